"""English: rules of its own, the richest papercast has.

Rules run in a fixed order, each a small function over the whole text, the most
specific structures first (links, phone numbers, times, dates, money, addresses,
measures) so that the general ones (ranges, years, plain numbers, symbols) only see
what is left. Each rule replaces a token with words; none drops a word of the text.
"""

from __future__ import annotations

from collections.abc import Callable

from audio.text.normalize.languages.en.amounts import (
    addresses,
    dashes,
    fractions,
    math,
    measures,
    money,
    numbers,
    percent,
    ranges,
)
from audio.text.normalize.languages.en.dates import dates, decades, ordinals, times, years
from audio.text.normalize.languages.en.references import references
from audio.text.normalize.languages.en.tokens import (
    abbreviations,
    chains,
    degrees,
    fixed,
    hashtags_and_handles,
    letter_a,
    phone_numbers,
    phrases,
    roman,
    serials,
    symbols,
    version_numbers,
    web_addresses,
)
from audio.text.normalize.words import Language

RULES: tuple[Callable[[str], str], ...] = (
    degrees, web_addresses, hashtags_and_handles, fixed, phrases, references, phone_numbers,
    times, dates, version_numbers, money, addresses, decades, measures, chains, fractions,
    math, percent, dashes, ranges, years, ordinals, roman, abbreviations, serials, numbers,
    symbols, letter_a,
)



def normalize(text: str) -> str:
    for rule in RULES:
        text = rule(text)
    return text



# its commonest short words: an article full of them is in this language
FUNCTION_WORDS = frozenset({
    "the", "and", "of", "to", "in", "is", "that", "it", "was", "for", "on", "with", "as",
    "his", "her", "they", "be", "at", "by", "this", "had", "not", "are", "but", "from", "have",
    "which", "were", "you", "we", "their", "has", "would", "been", "its", "an", "or", "will",
})
LANGUAGE = Language("en", alpha3="eng", byline="By {}.", notes="Notes", rules=normalize,
                    function_words=FUNCTION_WORDS)
