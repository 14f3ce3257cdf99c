"""A Piper voice's onnxruntime session, from a copy of its model prepared once.

The first run of a voice on a machine prepares a copy in the user's cache folder (with
the clips): its decoder rewritten to convolve in 2-D (``piper_graph``; kept only if it
speaks the same samples as the model on a test sentence), then optimized by
onnxruntime at its full level, which lays the decoder out for this CPU's blocked
kernels, and saved. Optimizing costs 0.3-0.7 s of CPU each time a model is opened; the
saved copy opens with optimization off in about half that, on every worker of every
natural-voice episode. The layouts are this CPU's own, so the copy is named by the
CPU's instruction sets (a cache folder shared with another machine gets a copy of its
own), by the model's size and date, and by onnxruntime's version and the rewrite's.
Anything unusual (a read-only cache, a damaged copy, a model the rewrite does not
understand) falls back to the model itself: the copy only saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import platform
from pathlib import Path

from audio.files import remove_stale_temporaries, temporary_prefix
from audio.speech.piper_graph import decoder_in_2d

# Bump when the preparation changes, so older copies are made again.
PREPARATION = "dec2d2"
# Piper's inputs for the test sentence that checks a rewritten decoder: a few phoneme
# ids (every voice has at least these), no noise, length scale 1; speaker 0 if asked.
_TEST_PHONEMES = (1, 20, 30, 40, 50, 60, 25, 35, 45, 2)
SAME_SPEECH_TOLERANCE = 1e-3  # of full scale; float rounding is about 1e-6


def open_session(model: Path, threads: int):
    """An InferenceSession on the CPU for ``model``, on ``threads`` threads."""
    import onnxruntime  # imported here: only natural-voice workers load it (0.3 s, 60 MB)

    copy = _prepared_copy(model, onnxruntime.__version__)
    if copy is None:
        return _session(onnxruntime, str(model), threads)
    if copy.is_file():
        try:
            return _session(onnxruntime, str(copy), threads, optimized=True)
        except Exception:  # noqa: BLE001 - onnxruntime raises its own kinds for a bad file
            copy.unlink(missing_ok=True)  # damaged: made again below
    return _prepared_and_saved(onnxruntime, model, copy, threads)


def _prepared_and_saved(onnxruntime, model: Path, copy: Path, threads: int):
    """A session on the prepared model, saved to ``copy`` whole or not at all."""
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(copy.parent)  # a run killed while saving left 60 MB
        temporary = copy.with_name(f"{temporary_prefix(copy)}onnx")
        _session(onnxruntime, _rewritten(onnxruntime, model), threads, save_to=temporary)
        os.replace(temporary, copy)
        _remove_older_copies(copy)
        return _session(onnxruntime, str(copy), threads, optimized=True)
    except Exception:  # noqa: BLE001 - an unwritable cache only costs the time it would save
        for leftover in copy.parent.glob(f"{temporary_prefix(copy)}*"):
            leftover.unlink(missing_ok=True)
        return _session(onnxruntime, str(model), threads)


def _rewritten(onnxruntime, model: Path) -> str | bytes:
    """The model with its decoder in 2-D if that speaks the same, else the model's path."""
    try:
        import onnx  # imported here: only preparing a voice's copy needs it
    except ImportError:
        return str(model)
    try:
        rewritten = decoder_in_2d(onnx.load(str(model)))
        if rewritten is not None:
            candidate = rewritten.SerializeToString()
            if _speak_alike(onnxruntime, str(model), candidate):
                return candidate
    except Exception:  # noqa: BLE001 - a rewrite that fails in any way is not used
        pass
    return str(model)


def _speak_alike(onnxruntime, model: str, candidate: bytes) -> bool:
    """Whether two Piper models give the same samples for the test sentence."""
    import numpy as np

    def samples(source: str | bytes):
        session = _session(onnxruntime, source, 1)
        ids = np.array([_TEST_PHONEMES], dtype=np.int64)
        known = {"input": ids, "input_lengths": np.array([ids.shape[1]], dtype=np.int64),
                 "scales": np.array([0.0, 1.0, 0.0], dtype=np.float32),
                 "sid": np.array([0], dtype=np.int64)}
        return session.run(None, {i.name: known[i.name] for i in session.get_inputs()})[0]

    before, after = samples(model), samples(candidate)
    return before.shape == after.shape and float(np.abs(before - after).max()) \
        < SAME_SPEECH_TOLERANCE


def _session(onnxruntime, model: str | bytes, threads: int, save_to: Path | None = None,
             optimized: bool = False):
    """A session on ``model``: optimized fully as it opens (and saved to ``save_to``), or,
    for a copy saved that way, opened as it is."""
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # its warning that a saved layout is this CPU's: known
    levels = onnxruntime.GraphOptimizationLevel
    options.graph_optimization_level = (levels.ORT_DISABLE_ALL if optimized
                                        else levels.ORT_ENABLE_ALL)
    if save_to is not None:
        options.optimized_model_filepath = str(save_to)
    return onnxruntime.InferenceSession(model, sess_options=options,
                                        providers=["CPUExecutionProvider"])


def _remove_older_copies(copy: Path) -> None:
    """Copies of this model from an older preparation or onnxruntime (60 MB each)."""
    same_model = copy.name.split("-onnxruntime-")[0]
    for older in copy.parent.glob(f"{same_model}-onnxruntime-*.onnx"):
        if older != copy:
            older.unlink(missing_ok=True)


def _prepared_copy(model: Path, onnxruntime_version: str) -> Path | None:
    from audio.cache import default_cache_dir

    try:
        stat = model.stat()
        folder = default_cache_dir() / "piper-models"
    except OSError:
        return None
    return folder / (f"{model.stem}-{stat.st_size}-{stat.st_mtime_ns}-onnxruntime-"
                     f"{onnxruntime_version}-{PREPARATION}-cpu{_cpu_fingerprint()}.onnx")


def _cpu_fingerprint() -> str:
    """The machine and its instruction sets, which the saved layouts depend on."""
    flags = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8",
                                            errors="replace") as cpuinfo:
        flags = next((line for line in cpuinfo if line.startswith(("flags", "Features"))), "")
    identity = f"{platform.machine()}|{platform.processor()}|{flags.strip()}"
    return hashlib.sha256(identity.encode()).hexdigest()[:12]
