"""A show: a folder with show.toml and articles/, read once into a frozen Show.

Settings flow one way: defaults ← show.toml ← command-line overrides; paths are
made absolute and every field is validated here, naming the field that is wrong.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from audio.errors import InputError, OutputError
from audio.files import write_text_atomic
from audio.options import DEFAULTS
from audio.publish.categories import category_problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SHOW_FILE = "show.toml"
ARTICLES_DIR = "articles"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class Owner:
    name: str
    email: str


@dataclass(frozen=True)
class Show:
    folder: Path
    title: str
    description: str
    author: str
    language: str
    base_url: str | None = None
    link: str | None = None
    owner: Owner | None = None
    category: str = "News"
    subcategory: str | None = None
    explicit: bool = False
    type: str = "episodic"
    cover: Path | None = None
    voice: str = DEFAULTS.voice
    lexicon: Path | None = None
    loudness: float = DEFAULTS.loudness_lufs
    locked: bool = True

    @property
    def articles(self) -> list[Path]:
        folder = self.folder / ARTICLES_DIR
        if not folder.is_dir():
            raise InputError(f"{folder}: no articles folder (put .txt, .md or .html files there)")
        return sorted(p for p in folder.iterdir()
                      if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())


def load_show(folder: Path, base_url: str | None = None) -> Show:
    """The show in ``folder``; ``base_url`` overrides the file's."""
    folder = Path(folder).resolve()
    path = folder / SHOW_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no show.toml here (create one with `papercast init "
                         f"{folder}`)") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: cannot read show.toml: {exc}") from None
    return show_from_dict(folder, data, base_url)


def show_from_dict(folder: Path, data: dict, base_url: str | None = None) -> Show:
    where = folder / SHOW_FILE

    def get(key: str, kind: type, required: bool = False, default: object = None):
        value = data.get(key, default)
        if value is None:
            if required:
                raise InputError(f"{where}: {key} is required")
            return None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is str and not value.strip()):
            wanted = {str: "a non-empty string", bool: "true or false", float: "a number",
                      dict: "a table"}[kind]
            raise InputError(f"{where}: {key} must be {wanted}, not {value!r}")
        return value.strip() if kind is str else value

    language = get("language", str, required=True)
    if "_" in language:
        raise InputError(f"{where}: language must look like 'en' or 'en-us', not {language!r}")
    kind = get("type", str, default="episodic")
    if kind not in ("episodic", "serial"):
        raise InputError(f"{where}: type must be 'episodic' or 'serial', not {kind!r}")
    url = (base_url or get("base_url", str) or "").rstrip("/") or None
    if url and not url.startswith(("http://", "https://")):
        raise InputError(f"{where}: base_url must start with http:// or https://, not {url!r}")
    category, subcategory = get("category", str, default="News"), get("subcategory", str)
    problem = category_problem(category, subcategory)
    if problem:
        raise InputError(f"{where}: {problem}")
    owner = get("owner", dict)
    if owner is not None:
        if not isinstance(owner.get("name"), str) or not isinstance(owner.get("email"), str):
            raise InputError(f"{where}: owner needs name and email strings")
        owner = Owner(owner["name"], owner["email"])
    cover = get("cover", str)
    lexicon = get("lexicon", str)
    if lexicon is None and (folder / "lexicon.toml").is_file():
        lexicon = "lexicon.toml"
    return Show(
        folder=folder,
        title=get("title", str, required=True),
        description=get("description", str, required=True),
        author=get("author", str, required=True),
        language=language.lower(),
        base_url=url,
        link=get("link", str),
        owner=owner,
        category=category,
        subcategory=subcategory,
        explicit=get("explicit", bool, default=False),
        type=kind,
        cover=folder / cover if cover else None,
        voice=get("voice", str, default=DEFAULTS.voice),
        lexicon=folder / lexicon if lexicon else None,
        loudness=get("loudness", float, default=DEFAULTS.loudness_lufs),
        locked=get("locked", bool, default=True),
    )


# What `init` writes for the user to replace; `build` will not publish them unnoticed.
PLACEHOLDER_NAME = "Your Name"
PLACEHOLDER_URL = "https://example.com/podcast"
PLACEHOLDER_EMAIL = "you@example.com"


def placeholders(show: Show) -> list[str]:
    """The show.toml fields still holding what `init` wrote for the user to replace."""
    found = {"author": show.author == PLACEHOLDER_NAME,
             "owner.name": show.owner is not None and show.owner.name == PLACEHOLDER_NAME,
             "owner.email": show.owner is not None and show.owner.email == PLACEHOLDER_EMAIL,
             "base_url": show.base_url == PLACEHOLDER_URL}
    return [field for field, placeholder in found.items() if placeholder]


SHOW_TEMPLATE = '''# papercast show settings. Every article in articles/ becomes an episode.

title = "{title}"
description = "Articles from {title}, read aloud."
author = "{placeholder_name}"
language = "en"                      # en, en-us, de, …

# Where the built folder will be hosted; enclosure URLs start here.
base_url = "{placeholder_url}"
link = "https://example.com"         # the show's website

category = "News"                    # one of Apple's categories (papercast checks it)
# subcategory = "Daily News"
explicit = false
type = "episodic"                    # or "serial"

# cover = "cover.jpg"                # square JPEG/PNG, 1400-3000 px; generated if absent
voice = "{voice}"                   # a profile from `papercast voices`, or a .toml file
# lexicon = "lexicon.toml"           # your pronunciations (used if the file exists)
loudness = {loudness}                     # LUFS

[owner]                              # shown to directories, not to listeners
name = "{placeholder_name}"
email = "{placeholder_email}"
'''

EXAMPLE_ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "the-reading-room.md"


def init_show(folder: Path, title: str | None = None) -> list[Path]:
    """Create a show folder with a commented show.toml and an example article."""
    folder = Path(folder)
    target = folder / SHOW_FILE
    if target.exists():
        raise OutputError(f"{target}: already exists; not overwriting it")
    try:
        (folder / ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the show folder ({exc.strerror})") from None
    name = (title or folder.resolve().name.replace("-", " ").title()).replace('"', "'")
    write_text_atomic(target, SHOW_TEMPLATE.format(
        title=name, voice=DEFAULTS.voice, loudness=DEFAULTS.loudness_lufs,
        placeholder_name=PLACEHOLDER_NAME, placeholder_url=PLACEHOLDER_URL,
        placeholder_email=PLACEHOLDER_EMAIL))
    example = folder / ARTICLES_DIR / EXAMPLE_ARTICLE.name
    if not example.exists():
        write_text_atomic(example, EXAMPLE_ARTICLE.read_text(encoding="utf-8"))
    return [target, example]
