"""A Piper voice's onnxruntime session, from a copy of its model optimized once.

onnxruntime optimizes a model's graph every time it opens it: 0.5–0.7 s of CPU for a
medium voice, paid by every worker of every natural-voice episode, while a two-minute
article takes about six seconds in all. The first run saves the optimized graph in the
user's cache folder (with the clips); later runs open that copy with optimization off,
in about a fifth of the time, and speak as fast. The copy is optimized to the
"extended" level only, which onnxruntime keeps free of this CPU's own layouts, so a
cache folder shared between machines stays usable; it is named by the model's size and
date and by onnxruntime's version. Anything unusual (a read-only cache, a damaged
copy) falls back to the model itself: the copy only saves time.
"""

from __future__ import annotations

import os
from pathlib import Path

from audio.files import remove_stale_temporaries, temporary_prefix


def open_session(model: Path, threads: int):
    """An InferenceSession on the CPU for ``model``, on ``threads`` threads."""
    import onnxruntime  # imported here: only natural-voice workers load it (0.3 s, 60 MB)

    copy = _optimized_copy(model, onnxruntime.__version__)
    if copy is None:
        return _session(onnxruntime, model, threads, optimize=True)
    if copy.is_file():
        try:
            return _session(onnxruntime, copy, threads, optimize=False)
        except Exception:  # noqa: BLE001 - onnxruntime raises its own kinds for a bad file
            copy.unlink(missing_ok=True)  # damaged: made again below
    return _optimized_and_saved(onnxruntime, model, copy, threads)


def _optimized_and_saved(onnxruntime, model: Path, copy: Path, threads: int):
    """A session on ``model``, its optimized graph saved to ``copy`` whole or not at all."""
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(copy.parent)  # a run killed while saving left 60 MB
        temporary = copy.with_name(f"{temporary_prefix(copy)}onnx")
        session = _session(onnxruntime, model, threads, optimize=True, save_to=temporary)
        os.replace(temporary, copy)
        return session
    except Exception:  # noqa: BLE001 - an unwritable cache only costs the time it would save
        for leftover in copy.parent.glob(f"{temporary_prefix(copy)}*"):
            leftover.unlink(missing_ok=True)
        return _session(onnxruntime, model, threads, optimize=True)


def _session(onnxruntime, model: Path, threads: int, optimize: bool,
             save_to: Path | None = None):
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    levels = onnxruntime.GraphOptimizationLevel
    # "extended" when saving: "all" adds layouts of this CPU's (and measured no faster)
    options.graph_optimization_level = (levels.ORT_ENABLE_EXTENDED if optimize
                                        else levels.ORT_DISABLE_ALL)
    if save_to is not None:
        options.optimized_model_filepath = str(save_to)
    return onnxruntime.InferenceSession(str(model), sess_options=options,
                                        providers=["CPUExecutionProvider"])


def _optimized_copy(model: Path, onnxruntime_version: str) -> Path | None:
    from audio.cache import default_cache_dir

    try:
        stat = model.stat()
        folder = default_cache_dir() / "piper-models"
    except OSError:
        return None
    return folder / (f"{model.stem}-{stat.st_size}-{stat.st_mtime_ns}"
                     f"-onnxruntime-{onnxruntime_version}.onnx")
