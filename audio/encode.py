"""PCM stream → MP3 with ffmpeg (libmp3lame, CBR, with a LAME/Xing header)."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

from audio.engine import ffmpeg_exe
from audio.errors import EngineError

OUTPUT_SAMPLE_RATE = 44100
MP3_FRAME_SAMPLES = 1152
LAME_DELAY_SAMPLES = 576  # libmp3lame's encoder delay, recorded in the Info header
LAME_MIN_PADDING = 576  # libmp3lame pads the end by at least this much (measured)


class Mp3Encoder:
    """An ffmpeg process reading mono s16le PCM on stdin and writing a CBR MP3.

    CBR, because VBR without a correct Xing header gives wrong durations and bad
    seeking in podcast players. ffmpeg's own ID3 tag is disabled: tagging is ours.
    """

    def __init__(self, target: Path, sample_rate: int, bitrate_kbps: int = 64,
                 audio_filter: str | None = None):
        self.target = target
        command = [
            ffmpeg_exe(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
            "-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0",
            *(["-af", audio_filter] if audio_filter else []),
            "-ar", str(OUTPUT_SAMPLE_RATE), "-ac", "1",
            "-c:a", "libmp3lame", "-b:a", f"{bitrate_kbps}k",
            "-write_xing", "1", "-id3v2_version", "0", "-write_id3v1", "0",
            "-f", "mp3", str(target),
        ]
        try:
            self._process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
        except OSError as exc:
            raise EngineError(f"cannot start ffmpeg ({exc.strerror})") from None

    def write(self, data: bytes) -> None:
        try:
            self._process.stdin.write(data)
        except BrokenPipeError:
            self._fail()

    def close(self) -> None:
        """Finish the file; raise if ffmpeg failed."""
        with contextlib.suppress(BrokenPipeError):
            self._process.stdin.close()
        if self._process.wait() != 0:
            self._fail()

    def abort(self) -> None:
        self._process.kill()
        self._process.wait()

    def _fail(self) -> None:
        self._process.kill()
        _, err = self._process.communicate()
        detail = (err or b"").decode("utf-8", "replace").strip().splitlines()
        raise EngineError(f"ffmpeg failed to encode MP3: {detail[-1] if detail else 'no output'}")


def frame_aligned(frames: int, sample_rate: int) -> int:
    """The largest length ≤ ``frames`` whose MP3 ends with the least padding.

    ffmpeg records encoder delay and padding in a "Lavc" Info header that some
    readers (mutagen among them) ignore, counting both as audio. Ending the
    stream where libmp3lame pads least keeps them within 26 ms, not 52 ms.
    """
    ratio, rest = divmod(OUTPUT_SAMPLE_RATE, sample_rate)
    if rest:
        return frames
    period = MP3_FRAME_SAMPLES // ratio
    for candidate in range(frames, max(frames - period, 0) - 1, -1):
        padding = -(candidate * ratio + LAME_DELAY_SAMPLES) % MP3_FRAME_SAMPLES
        if LAME_MIN_PADDING <= padding < LAME_MIN_PADDING + ratio:
            return candidate
    return frames
