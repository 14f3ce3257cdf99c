"""The language detector's model, unpacked once and then mapped, not decompressed, per run.

py3langid ships its model LZMA-compressed: unpacking it took 0.6 s of every run that
detects a language (most of a two-minute article's episode). The first run stores the
unpacked arrays as plain .npy files in the user's cache folder (with the clips); later
runs map them in milliseconds. Anything unusual (a read-only cache, another py3langid
layout, a damaged copy) falls back to py3langid's own loader: the copy only saves time.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from array import array
from importlib import metadata
from pathlib import Path

from audio.files import temporary_prefix

_ARRAYS = ("ptc", "pc", "nextmove", "row", "output")


def load_identifier():
    """py3langid's LanguageIdentifier with normalized probabilities."""
    import py3langid.langid as langid

    folder = _unpacked_folder()
    if folder is not None:
        try:
            return _from_folder(langid, folder)
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(folder, ignore_errors=True)  # damaged: unpacked again below
    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    if folder is not None:
        _store(identifier, folder)
    return identifier


def _unpacked_folder() -> Path | None:
    from audio.cache import default_cache_dir

    try:
        version = metadata.version("py3langid")
    except metadata.PackageNotFoundError:
        return None
    return default_cache_dir() / f"language-model-py3langid-{version}"


def _from_folder(langid, folder: Path):
    import numpy as np

    meta = json.loads((folder / "model.json").read_text("utf-8"))
    loaded = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
              for name in _ARRAYS}
    nextmove, row = array(meta["nextmove"]), array(meta["row"])
    nextmove.frombytes(loaded["nextmove"].data.cast("B"))  # from the mapping: one copy
    row.frombytes(loaded["row"].data.cast("B"))
    return langid.LanguageIdentifier(
        np.asarray(loaded["ptc"]), np.asarray(loaded["pc"]), meta["classes"], nextmove,
        loaded["output"].tolist(), norm_probs=True, tk_row=row)


def _store(identifier, folder: Path) -> None:
    """The identifier's arrays as .npy files; the folder appears whole or not at all."""
    import numpy as np

    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=temporary_prefix(folder), dir=folder.parent))
    except OSError:
        return
    try:
        nextmove, row = identifier.tk_nextmove, identifier.tk_row
        arrays = {"ptc": identifier.nb_ptc, "pc": identifier.nb_pc,
                  "nextmove": np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
                  "row": np.frombuffer(row, dtype=f"u{row.itemsize}"),
                  "output": np.asarray(identifier.tk_output, dtype=np.int64)}
        for name, values in arrays.items():
            np.save(work / f"{name}.npy", values, allow_pickle=False)
        (work / "model.json").write_text(json.dumps({
            "classes": list(identifier.nb_classes), "nextmove": nextmove.typecode,
            "row": row.typecode}), "utf-8")
        os.rename(work, folder)
    except (OSError, AttributeError, TypeError, ValueError):
        pass  # another run stored it first, or the cache is full: next time, then
    finally:
        shutil.rmtree(work, ignore_errors=True)
