"""PCM stream → MP3 with ffmpeg (libmp3lame, CBR, with a LAME/Xing header)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from audio.cache import ChunkCache
from audio.engine import ffmpeg_exe
from audio.errors import EngineError
from audio.master import METER_LOG_ARGS, Blocks, MeterLog, as_encoded, integrated, meter_filter
from audio.pcm import FRAME_BYTES
from audio.stitch import Program, chunk_spans, content_chunks, fingerprint, stream

OUTPUT_SAMPLE_RATE = 44100
MP3_FRAME_SAMPLES = 1152
LAME_DELAY_SAMPLES = 576  # libmp3lame's encoder delay, recorded in the Info header
LAME_MIN_PADDING = 576  # libmp3lame pads the end by at least this much (measured)
# libmp3lame's algorithm quality, 0 (best, slowest) to 9. 7 encodes espeak-ng's speech
# 2.4 times faster than ffmpeg's default (3) at 64 kbit/s; its SNR against the source
# measured 25.1 dB against 23.2 dB for the default (a 5 s excerpt, scripts/bench notes).
DEFAULT_QUALITY = 7
# Bump when the encoder's command line changes, to retire cached chunks.
ENCODE_VERSION = 1
MIN_CHUNK_S = 20.0  # shorter stretches are not worth an encoder process of their own
# Programs this long are cut by content into chunks of these bounds (seconds): through a
# pool of one encoder per core they encode as fast as one chunk per core (measured on
# 10.7 min: 2, 4 or 8 chunks within 1 %), and an edit re-encodes only its own chunk.
CONTENT_CHUNKS_FROM_S = 240.0
CONTENT_CHUNK_S = (30.0, 150.0)


class Mp3Encoder:
    """An ffmpeg process reading mono s16le PCM on stdin and writing a CBR MP3.

    CBR, because VBR without a correct Xing header gives wrong durations and bad
    seeking in podcast players. ffmpeg's own ID3 tag is disabled: tagging is ours.
    The same process meters the mastered signal on its way to libmp3lame (ebur128
    at the end of the filter chain), so the finished file needs no decoding to be
    measured.
    """

    def __init__(self, target: Path, sample_rate: int, bitrate_kbps: int = 64,
                 audio_filter: str | None = None, quality: int = DEFAULT_QUALITY,
                 core: int | None = None):
        # ebur128 passes the audio through unchanged (the MP3 is bit-identical without
        # it); inline, it costs about a third of a split-off meter branch.
        chain = ",".join(f for f in (audio_filter, meter_filter()) if f)
        command = [
            ffmpeg_exe(), "-nostdin", "-hide_banner", *METER_LOG_ARGS, "-y",
            "-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0",
            "-af", chain, "-ar", str(OUTPUT_SAMPLE_RATE), "-ac", "1",
            "-c:a", "libmp3lame", "-b:a", f"{bitrate_kbps}k", "-compression_level", str(quality),
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
            _pin(self._process.pid, core)
        self._log = MeterLog(self._process.stderr)

    def write(self, data: bytes) -> None:
        try:
            self._process.stdin.write(data)
        except BrokenPipeError:
            self._fail()

    def close(self) -> Blocks:
        """Finish the file and return the loudness of what was encoded; raise if ffmpeg failed."""
        with contextlib.suppress(BrokenPipeError):
            self._process.stdin.close()
        if self._process.wait() != 0:
            self._fail()
        return self._log.blocks()

    def abort(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()

    def _fail(self) -> None:
        self.abort()
        raise EngineError(f"ffmpeg failed to encode MP3: {self._log.error() or 'no output'}")


def _pin(pid: int, core: int) -> None:
    """Keep an ffmpeg on one core (before it starts its threads, which inherit this).

    ffmpeg 7+ runs demuxer, filters, encoder and muxer as threads handing every
    frame to the next; on one core the hand-overs are cheaper. Measured on 2 cores,
    one encoder per core: 7 % less CPU and 2–8 % less time for the encode step.
    """
    if not hasattr(os, "sched_setaffinity"):
        return
    cores = sorted(os.sched_getaffinity(0))
    with contextlib.suppress(OSError):  # the process may already be gone
        os.sched_setaffinity(pid, {cores[core % len(cores)]})


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


def plan_spans(program: Program, jobs: int) -> tuple[Program, list[tuple[int, int]]]:
    """Spans of the program for separate encoders, and the program as cut.

    A short program gets one span per core, cut where they balance. A long one is
    cut where its content says (see ``stitch.content_chunks``), into spans of 30 s
    to 2.5 min that a pool of one encoder per core works through: after an edit,
    only the spans around it are encoded again.
    """
    from audio.mp3join import JOIN_SAMPLES

    ratio, rest = divmod(OUTPUT_SAMPLE_RATE, program.sample_rate)
    count = max(1, min(jobs, int(program.duration_s // MIN_CHUNK_S)))
    if rest or count == 1:
        return program, [(0, program.frames)]
    period, skip = MP3_FRAME_SAMPLES // ratio, JOIN_SAMPLES // ratio
    if program.duration_s < CONTENT_CHUNKS_FROM_S:
        return program, chunk_spans(program, count, period, skip)
    rate = program.sample_rate
    return content_chunks(program, period, skip, lambda n: frame_aligned(n, rate),
                          round(CONTENT_CHUNK_S[0] * rate), round(CONTENT_CHUNK_S[1] * rate))


def encode_program(program: Program, target: Path, spans: list[tuple[int, int]], bitrate_kbps: int,
                   audio_filter: str | None, quality: int = DEFAULT_QUALITY,
                   progress: Callable[[int, int], None] | None = None,
                   cache: ChunkCache | None = None, jobs: int = 1):
    """Encode a stitched program, ``jobs`` spans at a time, and measure what came out.

    Each encoder is fed by its own thread (feeding encoders one after another
    through pipes serialises them: a full pipe blocks the writer). A span encoded
    before with the same audio and settings is taken from ``cache``. ``progress``
    gets the frames done so far and the total. Returns the whole file's Loudness,
    from the spans' meters.
    """
    from audio.mp3join import join

    parts = [target] if len(spans) == 1 else [
        target.with_name(f".{target.name}.{k}.part") for k in range(len(spans))]
    workers = max(1, min(jobs, len(spans)))
    cores = _cores_for(workers)  # each encoder thread keeps its ffmpegs on one core
    settings = _settings_id(program.sample_rate, bitrate_kbps, audio_filter, quality)
    fed = _Tally(program.frames, progress)
    running: set[Mp3Encoder] = set()
    local = threading.local()

    def encode_and_measure(index: int) -> Blocks:
        start, end = spans[index]
        key = _chunk_key(program, start, end, settings) if cache else None
        kept = cache.get(key) if key else None
        if kept:
            shutil.copyfile(kept[0], parts[index])
            fed.add(end - start)
            return Blocks(tuple(kept[1]["momentary"]), kept[1]["peak"], kept[1]["true_peak"])
        parts[index].unlink(missing_ok=True)  # a new file, never one the cache shares
        encoder = Mp3Encoder(parts[index], program.sample_rate, bitrate_kbps, audio_filter,
                             quality, core=getattr(local, "core", None))
        running.add(encoder)
        for chunk in stream(program, start, end):
            encoder.write(chunk)
            fed.add(len(chunk) // FRAME_BYTES)
        blocks = encoder.close()
        running.discard(encoder)
        if key:
            cache.put(key, parts[index], asdict(blocks))
        return blocks

    def take_core() -> None:
        local.core = next(cores, None)

    pool = ThreadPoolExecutor(max_workers=workers, initializer=take_core)
    try:
        futures = [pool.submit(encode_and_measure, k) for k in range(len(spans))]
        blocks = [future.result() for future in futures]
        if len(parts) > 1:
            join(parts, target)
        fed.finish()  # the joins put back the silence the spans left out
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        for encoder in list(running):
            encoder.abort()
        raise
    finally:
        pool.shutdown(wait=True)
        if len(parts) > 1:
            for part in parts:
                part.unlink(missing_ok=True)
    return as_encoded(integrated(blocks))


def _cores_for(workers: int) -> Iterator[int]:
    """Cores to pin encoder threads to, one each, if they fill every core; else none."""
    if workers > 1 and hasattr(os, "sched_getaffinity") and \
            workers >= len(os.sched_getaffinity(0)):
        return iter(range(workers))
    return iter(())


def _settings_id(sample_rate: int, bitrate_kbps: int, audio_filter: str | None,
                 quality: int) -> str:
    """Everything besides the audio that decides an encoded chunk's bytes."""
    ffmpeg = Path(ffmpeg_exe())
    stat = ffmpeg.stat()
    return json.dumps({"v": ENCODE_VERSION, "ffmpeg": [str(ffmpeg), stat.st_size,
                                                       stat.st_mtime_ns],
                       "rate": sample_rate, "kbps": bitrate_kbps, "filter": audio_filter,
                       "quality": quality}, sort_keys=True)


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
