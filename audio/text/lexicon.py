"""Pronunciation lexicons: TOML files of whole-word and regex replacements.

```toml
[words]               # whole words; a key with capitals matches only that case
"GIF" = "jif"
"nginx" = "engine x"  # an all-lowercase key matches any case

[[regex]]             # applied after the words, in file order
pattern = "\\\\bv(\\\\d+)\\\\b"
replace = "version \\\\1"
```
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audio.errors import InputError
from audio.files import read_capped_file
from audio.text.language import base_language

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# papercast's own lexicons, one per language: lexicons/en.toml, lexicons/de.toml, …
LEXICONS = Path(__file__).resolve().parent / "lexicons"


@dataclass(frozen=True)
class Replacement:
    pattern: re.Pattern[str]
    replace: str


@dataclass(frozen=True)
class Lexicon:
    replacements: tuple[Replacement, ...] = ()

    def apply(self, text: str) -> str:
        for item in self.replacements:
            text = item.pattern.sub(item.replace, text)
        return text

    def __add__(self, other: Lexicon) -> Lexicon:
        """``user + default``: the left one's rules run first."""
        return Lexicon(self.replacements + other.replacements)


def load_lexicon(path: Path) -> Lexicon:
    """A lexicon from a TOML file; errors name the file and the entry."""
    try:
        data = tomllib.loads(read_capped_file(path).decode("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such lexicon file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: cannot read lexicon: {exc}") from None
    return lexicon_from_dict(data, str(path))


def lexicon_from_dict(data: dict, where: str = "lexicon") -> Lexicon:
    words = data.get("words", {})
    if not isinstance(words, dict):
        raise InputError(f"{where}: [words] must be a table of word = replacement")
    items: list[Replacement] = []
    # Longest first, so "New York City" wins over "New York".
    for word, spoken in sorted(words.items(), key=lambda kv: -len(kv[0])):
        if not isinstance(spoken, str):
            raise InputError(f"{where}: words.{word} must be a string")
        flags = re.IGNORECASE if word == word.lower() else 0
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", flags)
        items.append(Replacement(pattern, spoken.replace("\\", "\\\\")))
    for number, entry in enumerate(data.get("regex", []), start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str) \
                or not isinstance(entry.get("replace"), str):
            raise InputError(f"{where}: regex entry {number} needs pattern and replace strings")
        try:
            pattern = re.compile(entry["pattern"])
            pattern.sub(entry["replace"], "")  # a bad group reference fails here, not later
        except re.error as exc:
            raise InputError(f"{where}: regex entry {number}: {exc}") from None
        items.append(Replacement(pattern, entry["replace"]))
    return Lexicon(tuple(items))


@lru_cache(maxsize=32)
def default_lexicon(language: str = "en") -> Lexicon:
    """papercast's lexicon for ``language`` (a tag such as "de" or "pt-BR"); empty for a
    language that has none. English respellings ("GIF" = "jif") never reach a German
    voice."""
    path = LEXICONS / f"{base_language(language)}.toml"
    return load_lexicon(path) if path.is_file() else Lexicon()
