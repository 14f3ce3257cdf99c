"""The package's shape: imports run one way, down the stages, and the public API is whole."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import audio

PACKAGE = Path(audio.__file__).resolve().parent
# Lowest first: a module may import from its own layer or the ones before it. The
# speech workers use sound's PCM helpers (trimming), so sound comes before speech.
LAYERS = (
    {"errors", "models", "files", "progress", "guids", "cache"},
    {"text"},
    {"sources"},
    {"sound"},
    {"speech"},
    {"episode"},
    {"options"},
    {"pipeline"},
    {"publish"},
    {"listen"},
    {"build"},
    {"deploy"},
    {"watch"},
    {"commands", "cli", "__main__", "__init__"},
)


def _layer(module: str) -> int:
    top = module.split(".")[1] if module.count(".") else "__init__"
    return next(i for i, names in enumerate(LAYERS) if top in names)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [node.module for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                 "audio.")]
    return [name for name in found if name != "audio"]


def _modules() -> list[tuple[str, Path]]:
    return [("audio." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts), p)
            for p in sorted(PACKAGE.rglob("*.py"))]


@pytest.mark.parametrize(("module", "path"), _modules(), ids=lambda v: str(v))
def test_imports_only_run_down_the_layers(module, path):
    own = _layer(module.removesuffix(".__init__")) if module != "audio.__init__" else len(
        LAYERS) - 1
    upward = [name for name in _imports(path) if _layer(name) > own]
    assert upward == [], f"{module} imports from a later stage: {upward}"


def test_every_module_sits_in_a_layer():
    tops = {p.relative_to(PACKAGE).parts[0].removesuffix(".py")
            for p in PACKAGE.rglob("*.py")}
    assert tops <= set().union(*LAYERS)


def test_the_public_api_resolves():
    assert audio.__all__[0] == "__version__"
    for name in audio.__all__:
        assert getattr(audio, name) is not None, name
    assert audio.make_episode.__module__ == "audio.pipeline"
    assert audio.publish_episode.__module__ == "audio.publish.publish"
    with pytest.raises(AttributeError):
        audio.no_such_name  # noqa: B018


def test_a_language_is_one_file_and_one_table_entry():
    """Every file in text/normalize/languages/ is a language of the table, with its golden
    test row, and nothing outside its file names it: adding one is one file."""
    import json
    import re

    from audio.text.normalize.languages import _MODULES, LANGUAGES

    folder = Path("audio/text/normalize/languages")
    files = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"} | {
        p.name for p in folder.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert files == {module.__name__.rsplit(".", 1)[1] for module in _MODULES}
    assert files <= set(LANGUAGES)
    golden = json.loads(Path("tests/data/languages.json").read_text(encoding="utf-8"))
    assert files == set(golden)
    # the shared rules branch on no language code (slavic.py is the grammar Russian and
    # Polish share, and tells them apart)
    shared = [p for p in Path("audio/text/normalize").glob("*.py") if p.stem != "slavic"]
    for path in shared:
        code = path.read_text(encoding="utf-8")
        codes = "|".join(sorted(files))
        found = re.findall(rf"""[=!]= *["'](?:{codes})["']|in \((?:["'][a-z]{{2}}["'], *)+""",
                           code)
        assert not found, f"{path} branches on a language code: {found}"
