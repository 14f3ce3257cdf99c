"""PCM stream → MP3 with ffmpeg (libmp3lame, CBR, with a LAME/Xing header)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import math
import os
import subprocess
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from audio.cache import ChunkCache
from audio.errors import EngineError, OutputError
from audio.sound.ffmpeg import ffmpeg_exe, pin_to_core
from audio.sound.layout import Program, fingerprint, stream
from audio.sound.meter import (
    METER_LOG_ARGS,
    Blocks,
    Loudness,
    MeterLog,
    as_encoded,
    integrated,
    meter_filter,
)
from audio.sound.mp3join import join
from audio.sound.pcm import FRAME_BYTES

OUTPUT_SAMPLE_RATE = 44100
UNMETERED = Blocks((), -math.inf)  # a span encoded without its meter: no blocks, no peak
# libmp3lame's algorithm quality, 0 (best, slowest) to 9. 7 encodes espeak-ng's speech
# 2.4 times faster than ffmpeg's default (3) at 64 kbit/s; its SNR against the source
# measured 25.1 dB against 23.2 dB for the default (a 5 s excerpt of speech).
DEFAULT_QUALITY = 7
DEFAULT_BITRATE_KBPS = 64  # mono speech: transparent enough, and a small download
# Bump when the encoder's command line changes, to retire cached chunks.
ENCODE_VERSION = 1
# Long programs are metered on about this much of their encoded spans (the first, and
# others chosen by content): the meter costs a quarter of an encoder's time, and the gain
# was planned on a sample of the same size (see master.PLANNING_SAMPLE_S).
METERED_SAMPLE_S = 180.0


@dataclass(frozen=True)
class Mp3Settings:
    """How the MP3 is encoded: constant bitrate (mono) and libmp3lame's algorithm quality."""

    bitrate_kbps: int = DEFAULT_BITRATE_KBPS
    quality: int = DEFAULT_QUALITY  # 0 (best) to 9 (fastest)


class Mp3Encoder:
    """An ffmpeg process reading mono s16le PCM on stdin and writing a CBR MP3.

    CBR, because VBR without a correct Xing header gives wrong durations and bad
    seeking in podcast players. ffmpeg's own ID3 tag is disabled: tagging is ours.
    The same process meters the mastered signal on its way to libmp3lame (ebur128
    at the end of the filter chain), so the finished file needs no decoding to be
    measured.
    """

    def __init__(self, target: Path, sample_rate: int, settings: Mp3Settings = Mp3Settings(),
                 audio_filter: str | None = None, core: int | None = None,
                 metered: bool = True):
        # ebur128 passes the audio through unchanged (the MP3 is bit-identical without
        # it); inline, it costs about a third of a split-off meter branch.
        self.target, self.metered = target, metered
        chain = ",".join(f for f in (audio_filter, meter_filter() if metered else None) if f)
        command = [
            ffmpeg_exe(), "-nostdin", "-hide_banner",
            *(METER_LOG_ARGS if metered else ("-v", "error")), "-y",
            "-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0",
            *(("-af", chain) if chain else ()), "-ar", str(OUTPUT_SAMPLE_RATE), "-ac", "1",
            "-c:a", "libmp3lame", "-b:a", f"{settings.bitrate_kbps}k",
            "-compression_level", str(settings.quality),
            "-write_xing", "1", "-id3v2_version", "0", "-write_id3v1", "0",
            "-f", "mp3", str(target),
        ]
        try:
            self._process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
        except OSError as exc:
            raise EngineError(f"cannot start ffmpeg ({exc.strerror})") from None
        if core is not None:
            pin_to_core(self._process.pid, core)
        assert self._process.stdin is not None and self._process.stderr is not None  # pipes
        self._stdin = self._process.stdin
        self._log = MeterLog(self._process.stderr)

    def write(self, data: bytes) -> None:
        try:
            self._stdin.write(data)
        except BrokenPipeError:
            self._fail()

    def close(self) -> Blocks:
        """Finish the file and return the loudness of what was encoded (nothing if it was
        not metered); raise if ffmpeg failed."""
        with contextlib.suppress(BrokenPipeError):
            self._stdin.close()
        if self._process.wait() != 0:
            self._fail()
        return self._log.blocks() if self.metered else UNMETERED

    def abort(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()

    def _fail(self) -> None:
        self.abort()
        error = self._log.error()
        # ffmpeg exits with -errno; a full disk is -ENOSPC (often with no error line)
        if self._process.returncode == -errno.ENOSPC & 0xFF or "No space left" in error:
            raise OutputError(f"{self.target.parent}: no space left on device")
        raise EngineError(f"ffmpeg failed to encode MP3: {error or 'no output'}")


def encode_program(program: Program, target: Path, spans: list[tuple[int, int]],
                   settings: Mp3Settings, audio_filter: str | None,
                   progress: Callable[[int, int], None] | None = None,
                   cache: ChunkCache | None = None, jobs: int = 1) -> Loudness:
    """Encode a stitched program, ``jobs`` spans at a time, and measure what came out.

    Each encoder is fed by its own thread (feeding encoders one after another
    through pipes serialises them: a full pipe blocks the writer). A span encoded
    before with the same audio and settings is taken from ``cache``. ``progress``
    gets the frames done so far and the total. Returns the whole file's Loudness,
    from the spans' meters (of every span up to six minutes, of a sample beyond).
    """
    parts = [target] if len(spans) == 1 else [
        target.with_name(f".{target.name}.{k}.part") for k in range(len(spans))]
    chunks = _ChunkEncoder(program, parts, spans, settings, audio_filter, cache,
                           _Tally(program.frames, progress))
    try:
        blocks = chunks.encode_all(max(1, min(jobs, len(spans))))
        if len(parts) > 1:
            join(parts, target)
        chunks.tally.finish()  # the joins put back the silence the spans left out
    finally:
        if len(parts) > 1:
            for part in parts:
                part.unlink(missing_ok=True)
    return as_encoded(integrated(blocks))


class _ChunkEncoder:
    """Encodes the spans of one program into their part files, from a pool of threads."""

    def __init__(self, program: Program, parts: list[Path], spans: list[tuple[int, int]],
                 settings: Mp3Settings, audio_filter: str | None, cache: ChunkCache | None,
                 tally: _Tally) -> None:
        self.program, self.parts, self.spans = program, parts, spans
        self.settings, self.audio_filter = settings, audio_filter
        self.cache, self.tally = cache, tally
        self.settings_id = _settings_id(program.sample_rate, settings, audio_filter)
        self.keys = [_chunk_key(program, start, end, self.settings_id) for start, end in spans]
        self.metered = metered_spans(self.keys, program.frames / program.sample_rate)
        self.running: set[Mp3Encoder] = set()
        self.local = threading.local()

    def encode_all(self, workers: int) -> list[Blocks]:
        cores = _cores_for(workers)  # each encoder thread keeps its ffmpegs on one core

        def take_core() -> None:
            self.local.core = next(cores, None)

        pool = ThreadPoolExecutor(max_workers=workers, initializer=take_core)
        try:
            futures = [pool.submit(self.encode, k) for k in range(len(self.spans))]
            return [future.result() for future in futures]
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            for encoder in list(self.running):
                encoder.abort()
            raise
        finally:
            pool.shutdown(wait=True)

    def encode(self, index: int) -> Blocks:
        """One span into its part file, from the cache if it was encoded before (and
        metered, if this span is to be)."""
        start, end = self.spans[index]
        cache = self.cache
        key, metered = self.keys[index], index in self.metered
        kept = cache.copy_to(key, self.parts[index]) if cache else None
        if kept and (kept.get("metered", True) or not metered):
            self.tally.add(end - start)
            return Blocks(tuple(kept["momentary"]), kept["peak"], kept["true_peak"])
        blocks = self._encode_span(self.parts[index], start, end, metered)
        if cache:
            cache.put(key, self.parts[index], {**asdict(blocks), "metered": metered})
        return blocks

    def _encode_span(self, part: Path, start: int, end: int, metered: bool) -> Blocks:
        part.unlink(missing_ok=True)  # a new file, never one the cache shares
        encoder = Mp3Encoder(part, self.program.sample_rate, self.settings, self.audio_filter,
                             core=getattr(self.local, "core", None), metered=metered)
        self.running.add(encoder)
        for chunk in stream(self.program, start, end):
            encoder.write(chunk)
            self.tally.add(len(chunk) // FRAME_BYTES)
        blocks = encoder.close()
        self.running.discard(encoder)
        return blocks


def metered_spans(keys: list[str], program_s: float) -> set[int]:
    """The spans whose encoders meter them: every span of a program up to twice
    METERED_SAMPLE_S long; of a longer one the first and those with the lowest keys,
    about METERED_SAMPLE_S in all. Chosen by content, so an edit elsewhere keeps the
    choice (and the cached chunks' readings) as it was."""
    if program_s <= 2 * METERED_SAMPLE_S:
        return set(range(len(keys)))
    count = math.ceil(len(keys) * METERED_SAMPLE_S / program_s)
    return {0, *sorted(range(len(keys)), key=keys.__getitem__)[:count]}


def _cores_for(workers: int) -> Iterator[int]:
    """Cores to pin encoder threads to, one each, if they fill every core; else none."""
    if workers > 1 and hasattr(os, "sched_getaffinity") and \
            workers >= len(os.sched_getaffinity(0)):
        return iter(range(workers))
    return iter(())


def _settings_id(sample_rate: int, settings: Mp3Settings, audio_filter: str | None) -> str:
    """Everything besides the audio that decides an encoded chunk's bytes."""
    ffmpeg = Path(ffmpeg_exe())
    stat = ffmpeg.stat()
    return json.dumps({"v": ENCODE_VERSION, "ffmpeg": [str(ffmpeg), stat.st_size,
                                                       stat.st_mtime_ns],
                       "rate": sample_rate, "kbps": settings.bitrate_kbps,
                       "filter": audio_filter, "quality": settings.quality}, sort_keys=True)


def _chunk_key(program: Program, start: int, end: int, settings: str) -> str:
    return hashlib.sha256(f"{settings}|{fingerprint(program, start, end)}".encode()).hexdigest()


class _Tally:
    """Frames fed by all the encoder threads, reported as they add up."""

    def __init__(self, total: int, report: Callable[[int, int], None] | None) -> None:
        self.total, self.report, self.done = total, report, 0
        self._lock = threading.Lock()

    def add(self, frames: int) -> None:
        if self.report is None:
            return
        with self._lock:  # one report at a time, in order
            self.done = min(self.done + frames, self.total - 1)
            self.report(self.done, self.total)

    def finish(self) -> None:
        if self.report is not None:
            self.report(self.total, self.total)
