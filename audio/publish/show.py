"""A show: a folder with show.toml and articles/, read once into a frozen Show.

Settings flow one way: defaults ← show.toml ← command-line overrides; paths are
made absolute and every field is validated here, naming the field that is wrong.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audio.errors import InputError, OutputError
from audio.files import read_capped_file, write_text_atomic
from audio.options import DEFAULTS
from audio.publish.categories import category_problem
from audio.publish.hosting import DeploySettings, deploy_settings, published_base
from audio.sources.feeds import DEFAULT_MAX_NEW, UPDATE_POLICIES, FeedSource
from audio.sources.urls import followable
from audio.text.read import EXTENSIONS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SHOW_FILE = "show.toml"
ARTICLES_DIR = "articles"
SITE_DIR = "site"  # build's output inside the show folder, unless -o says otherwise
ARTICLE_SUFFIXES = tuple(EXTENSIONS)  # every file type papercast reads


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
    sources: tuple[FeedSource, ...] = ()  # feeds whose new posts become articles
    max_hours: float = DEFAULTS.max_hours  # longer articles are left out, with a warning
    private: bool = False  # served under a secret path, blocked from directories
    deploy: DeploySettings | None = None  # where `papercast deploy` uploads the site

    @property
    def site(self) -> Path:
        """Where `build` writes the site by default."""
        return self.folder / SITE_DIR

    @property
    def public_base(self) -> str | None:
        """The URL the site is served under: base_url, or base_url/TOKEN when private."""
        if not self.base_url:
            return None
        return published_base(self.base_url, self.folder, self.private)

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
        data = tomllib.loads(read_capped_file(path).decode("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no show.toml here (create one with `papercast init "
                         f"{folder}`)") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: {_toml_problem(path, exc)}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read show.toml: {exc}") from None
    return show_from_dict(folder, data, base_url)


# What each field takes, in the words a user can act on.
FIELD_HINTS = {
    **dict.fromkeys(("title", "description", "author", "link", "subcategory", "voice",
                     "cover", "lexicon"), 'text in quotes, like "…"'),
    "language": 'a language tag in quotes, like "en" or "de"',
    "base_url": 'an address in quotes, like "https://example.org/podcast"',
    "category": 'one of Apple\'s categories in quotes, like "News"',
    "type": '"episodic" or "serial"',
    **dict.fromkeys(("explicit", "locked", "private"), "true or false"),
    "loudness": "a number, like -16",
    "max_hours": "a number of hours, like 24",
    "owner": 'a table: [owner] with name = "…" and email = "…"',
    "sources": '[[sources]] tables with feed = "https://…"',
    "deploy": 'a table: [deploy] with to = "…"',
}
_KIND_HINTS = {str: 'text in quotes, like "…"', bool: "true or false", float: "a number",
               dict: "a table"}


def _toml_problem(path: Path, exc: Exception) -> str:
    """A TOML syntax error, named by the field on its line when it is one of ours:
    ``explicit = no`` is "explicit: write true or false (line 14)"."""
    import re

    found = re.search(r"at line (\d+)", str(exc))
    if found:
        number = int(found[1])
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        line = lines[number - 1] if 0 < number <= len(lines) else ""
        key = re.match(r"\s*([A-Za-z_]+)\s*=", line)
        if key and key[1] in FIELD_HINTS:
            return f"{key[1]}: write {FIELD_HINTS[key[1]]} (line {number})"
    return f"cannot read show.toml: {exc}"


def show_from_dict(folder: Path, data: dict, base_url: str | None = None) -> Show:
    where = folder / SHOW_FILE

    def get(key: str, kind: type, required: bool = False, default: object = None) -> Any:
        value = data.get(key, default)
        if value is None:
            if required:
                raise InputError(f"{where}: {key} is required")
            return None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
            wanted = FIELD_HINTS.get(key, _KIND_HINTS[kind])
            raise InputError(f"{where}: {key}: write {wanted}, not {value!r}")
        return value.strip() if isinstance(value, str) else value

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
        sources=_sources(data.get("sources", []), where),
        max_hours=_positive(get("max_hours", float, default=DEFAULTS.max_hours), "max_hours",
                            where),
        private=get("private", bool, default=False),
        deploy=deploy_settings(data.get("deploy"), where),
    )


def _positive(value: float, key: str, where: Path) -> float:
    if not value > 0:
        raise InputError(f"{where}: {key}: write a number above 0, not {value!r}")
    return value


def _sources(tables: object, where: Path) -> tuple[FeedSource, ...]:
    """The [[sources]] tables: feed (required), max_new, update."""
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise InputError(f"{where}: sources: write {FIELD_HINTS['sources']}")
    found = []
    for number, table in enumerate(tables, 1):
        feed, max_new = table.get("feed"), table.get("max_new", DEFAULT_MAX_NEW)
        update = table.get("update", "content")
        if not _feed_address(feed):
            raise InputError(f"{where}: sources entry {number}: feed must be an http(s) URL "
                             "without spaces or control characters")
        if not isinstance(max_new, int) or isinstance(max_new, bool) or max_new < 0:
            raise InputError(f"{where}: sources entry {number}: max_new must be a whole "
                             f"number, 0 or more, not {max_new!r}")
        if update not in UPDATE_POLICIES:
            raise InputError(f"{where}: sources entry {number}: update must be one of "
                             f"{', '.join(UPDATE_POLICIES)}, not {update!r}")
        unknown = set(table) - {"feed", "max_new", "update"}
        if unknown:
            raise InputError(f"{where}: sources entry {number}: unknown key "
                             f"{sorted(unknown)[0]!r} (feed, max_new, update)")
        found.append(FeedSource(feed, max_new, update))
    return tuple(found)


def _feed_address(value: object) -> bool:
    """An address show.toml may follow: http(s), absolute, no spaces or control characters
    (written as it is, so that it reads back the same)."""
    return isinstance(value, str) and value.startswith(("http://", "https://")) and \
        followable(value) == value


def add_sources(show: Show, feeds: list[str]) -> list[str]:
    """Append a [[sources]] table to show.toml for each feed it does not follow yet
    (comments and layout kept); the feeds added."""
    import tomli_w  # imported here: only following feeds writes show.toml

    followed = {source.feed for source in show.sources}
    for feed in feeds:
        if not _feed_address(feed):
            raise InputError(f"{feed!r}: not an http(s) feed address; not followed")
    new = [feed for feed in dict.fromkeys(feeds) if feed not in followed]
    if new:
        path = show.folder / SHOW_FILE
        text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
        for feed in new:  # written by a TOML writer: any character is escaped right
            text += "\n[[sources]]\n" + tomli_w.dumps({"feed": feed})
        show_from_dict(show.folder, tomllib.loads(text))  # never write a show.toml that breaks
        write_text_atomic(path, text)
    return new


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
# max_hours = 24                     # a longer article is left out, with a warning
loudness = {loudness}                     # LUFS

# private = true                     # a secret feed URL for chosen listeners only

[owner]                              # shown to directories, not to listeners
name = "{placeholder_name}"
email = "{placeholder_email}"

# Where `papercast deploy` (and `build --deploy`) uploads the site. Credentials never
# go here: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a profile; SSH keys or the agent.
# [deploy]
# to = "s3://my-bucket/podcast"       # or sftp://me@host/var/www/pod, host:path, a folder
# endpoint_url = "https://ACCOUNT.r2.cloudflarestorage.com"   # S3-compatible hosts
# region = "auto"
# profile = "podcast"                 # a profile of ~/.aws/credentials

# Blogs and newsletters to follow: each new post becomes an episode at the next
# `papercast build` (or `papercast pull`). `papercast add SHOW --opml FILE` adds many.
# [[sources]]
# feed = "https://blog.example.org/feed.xml"   # RSS 2.0 or Atom
# max_new = 5          # how many of the newest posts the first pull takes
# update = "content"   # an edited post: never | content (its text changed) | always
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
