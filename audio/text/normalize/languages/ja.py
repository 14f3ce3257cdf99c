"""Japanese: kanji read as kana, numbers as kana with the counter after them.

espeak-ng's Japanese voice reads kana only; every kanji would be "Chinese letter", in
English. So the text goes to it in kana: each word written with kanji is replaced by its
reading from pykakasi's dictionary (offline, bundled). Numbers in digits are read by
num2words with the common counters after them, whose sounds change with the number
(4月 しがつ, 3日 みっか, 40分 よんじゅっぷん, 2人 ふたり); pykakasi reads numbers and
counters poorly (三千人 "みち ひと").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from audio.text.normalize.words import Language

# Japanese punctuation as the ASCII espeak-ng pauses at (with the space after it that
# makes a full stop end a clause), symbols as words.
_PUNCTUATION = str.maketrans({
    "。": ". ", "、": ", ", "，": ", ", "．": ". ", "！": "! ", "？": "? ", "：": ": ",
    "；": "; ", "「": ' "', "」": '" ', "『": ' "', "』": '" ', "（": " (", "）": ") ",
    "・": " ", "〜": " ", "%": "パーセント", "&": "アンド", "+": "プラス", "=": "イコール",
})
_COUNTERS = "年月日時分人円歳"
_NUMBER = re.compile(rf"(\d+(?:,\d{{3}})*)(?:\.(\d+))?([{_COUNTERS}])?")
_DIGITS = ("ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
_MONTHS = ("いちがつ", "にがつ", "さんがつ", "しがつ", "ごがつ", "ろくがつ", "しちがつ",
           "はちがつ", "くがつ", "じゅうがつ", "じゅういちがつ", "じゅうにがつ")
_DAYS = {1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか",
         7: "なのか", 8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか",
         20: "はつか", 24: "にじゅうよっか"}
# The last sound of a number before a counter, and how it changes: 4年 よねん, 9時 くじ.
_ENDINGS = {
    "年": {"よん": "よ"}, "時": {"よん": "よ", "なな": "しち", "きゅう": "く"},
    "円": {"よん": "よ"}, "人": {"よん": "よ"},
    "分": {"いち": "いっ", "ろく": "ろっ", "はち": "はっ", "じゅう": "じゅっ"},
    "歳": {"いち": "いっ", "はち": "はっ", "じゅう": "じゅっ"},
}
_SUFFIXES = {"年": "ねん", "月": "がつ", "日": "にち", "時": "じ", "円": "えん", "人": "にん",
             "歳": "さい"}
_PAUSE_BEFORE_KANA = re.compile(r"([.!?,:;])(?=[^\x00-\x7f])")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")


def speakable_japanese(text: str) -> str:
    """Japanese text in kana (and whatever Latin letters it has), with ASCII punctuation."""
    text = unicodedata.normalize("NFKC", text)  # full-width letters and digits → ASCII
    text = _NUMBER.sub(_number, text).replace("〇", "ゼロ")
    text = _in_kana(text).translate(_PUNCTUATION)
    # NFKC made "！" "!": a space after it, as after "。", so that espeak-ng pauses
    return _PAUSE_BEFORE_KANA.sub(r"\1 ", text)


# Longer runs of digits (an account or serial number) are read digit by digit.
_LONGEST_NUMBER = 16


def _number(match: re.Match[str]) -> str:
    whole, fraction, counter = match[1].replace(",", ""), match[2], match[3]
    if len(whole) > _LONGEST_NUMBER:
        return " ".join(_DIGITS[int(d)] for d in match[0] if d.isdigit()) + \
            (_SUFFIXES[counter] if counter else "")
    value = int(whole)
    if fraction:  # "12.5": the point, then digit by digit
        return (_cardinal(value) + "てん" + "".join(_DIGITS[int(d)] for d in fraction) +
                (_counted(None, counter) if counter else ""))
    return _counted(value, counter) if counter else _cardinal(value)


def _cardinal(value: int) -> str:
    from num2words import num2words  # imported here: only when a number is read

    try:
        return num2words(value, lang="ja", reading=True)
    except (OverflowError, NotImplementedError):  # beyond its largest unit: digit by digit
        return " ".join(_DIGITS[int(d)] for d in str(value))


def _counted(value: int | None, counter: str) -> str:
    """A number with its counter, sounds changed as Japanese says them."""
    if counter == "月" and value is not None and 1 <= value <= 12:
        return _MONTHS[value - 1]
    if counter == "日" and value is not None:
        return _DAYS.get(value, _cardinal(value) + "にち")
    if counter == "人" and value in (1, 2):
        return ("ひとり", "ふたり")[value - 1]
    said = _cardinal(value) if value is not None else ""
    if value is not None:
        for ending, changed in _ENDINGS.get(counter, {}).items():
            if said.endswith(ending):
                said = said[: -len(ending)] + changed
                break
    if counter == "分":
        return said + ("ぷん" if said.endswith(("っ", "さん", "よん")) else "ふん")
    return said + _SUFFIXES[counter]


def _in_kana(text: str) -> str:
    """Each word written with kanji replaced by its reading in hiragana."""
    return "".join(word["hira"] if _KANJI.search(word["orig"]) else word["orig"]
                   for word in _kakasi().convert(text))


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi  # imported here: its dictionary takes 0.7 s to open, for Japanese only

    return pykakasi.kakasi()


LANGUAGE = Language("ja", alpha3="jpn", byline="文・{}。", notes="注",
                    rules=speakable_japanese)
