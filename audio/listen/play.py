"""Play an episode in the terminal with whatever player the system has."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from audio.errors import EngineError, InputError

# Command lines that play an MP3 without a window and return when it ends.
PLAYERS = (
    ("mpv", ["--no-video", "--term-osd-bar"]),
    ("ffplay", ["-nodisp", "-autoexit", "-hide_banner", "-loglevel", "error"]),
    ("mpg123", ["-q"]),
    ("cvlc", ["--play-and-exit", "--quiet"]),
    ("afplay", []),
)


def find_player(preferred: str | None = None) -> list[str]:
    candidates = [p for p in PLAYERS if preferred in (None, p[0])]
    if preferred and not candidates:
        candidates = [(preferred, [])]
    for name, arguments in candidates:
        found = shutil.which(name)
        if found:
            return [found, *arguments]
    names = ", ".join(name for name, _ in PLAYERS)
    raise EngineError(f"no audio player found (looked for {names}); install one, e.g. "
                      "`apt-get install mpv`, or open the MP3 in any player")


def play(mp3: Path, preferred: str | None = None) -> int:
    """Play ``mp3`` in the foreground; the player's exit status."""
    if not Path(mp3).is_file():
        raise InputError(f"{mp3}: no such file")
    command = find_player(preferred)
    try:
        return subprocess.call([*command, str(mp3)])
    except KeyboardInterrupt:
        return 130
