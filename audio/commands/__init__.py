"""papercast's commands, grouped by what they work on; the CLI registers ``COMMANDS``."""

from audio.commands import episode, hosting, listen, show

# In the order `papercast --help` is read by a newcomer: an episode, a show, hosting it,
# listening to it. (click lists them alphabetically; this order is for the code.)
COMMANDS = (*episode.COMMANDS, *show.COMMANDS, *hosting.COMMANDS, *listen.COMMANDS)
