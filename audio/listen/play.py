"""Play an episode in the terminal with whatever player the system has."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from audio.episode.id3 import read_episode
from audio.errors import EngineError

# Command lines that play an MP3 without a window and return when it ends.
PLAYERS: tuple[tuple[str, list[str]], ...] = (
    ("mpv", ["--no-video", "--term-osd-bar"]),
    ("ffplay", ["-nodisp", "-autoexit", "-hide_banner", "-loglevel", "error"]),
    ("mpg123", ["-q"]),
    ("cvlc", ["--play-and-exit", "--quiet"]),
    ("afplay", []),
)


def find_player(preferred: str | None = None) -> list[str]:
    """The command line of ``preferred``, or of the first player the system has."""
    names = ", ".join(name for name, _ in PLAYERS)
    if preferred:
        arguments = dict(PLAYERS).get(preferred, [])
        found = shutil.which(preferred)
        if not found:
            raise EngineError(f"{preferred} was not found; install it, or leave out --player "
                              f"to use any of {names}")
        return [found, *arguments]
    for name, arguments in PLAYERS:
        found = shutil.which(name)
        if found:
            return [found, *arguments]
    raise EngineError(f"no audio player found (looked for {names}); install one, e.g. "
                      "`apt-get install mpv`, or open the MP3 in any player")


def play(mp3: Path, preferred: str | None = None) -> int:
    """Play ``mp3`` in the foreground; 0 when it played, 130 when stopped with Ctrl-C.

    The file is checked first (players differ in what they say about a bad one, and
    some exit 0 anyway), and a player that fails is an error naming it.
    """
    read_episode(mp3)  # an InputError for a missing file or one that is not an MP3
    command = find_player(preferred)
    try:
        status = subprocess.call([*command, str(mp3)])
    except KeyboardInterrupt:
        return 130
    if status not in (0, 130):
        raise EngineError(f"{Path(command[0]).name} could not play {mp3} (exit status "
                          f"{status})")
    return status
