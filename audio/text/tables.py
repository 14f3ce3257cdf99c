"""Tables read the way a presenter reads them: a sentence per row, told by its header.

| Route            | Hours | Cheapest seat | Cabin |
| Zürich–Amsterdam | 12.5  | €59.90        | €210  |

becomes "Zürich–Amsterdam: 12.5 hours, cheapest seat €59.90, cabin €210." A table too
big to follow by ear is announced as left out instead of read.
"""

from __future__ import annotations

import re

MAX_COLUMNS = 6
MAX_ROWS = 30
_BARE_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def table_sentences(header: list[str], rows: list[list[str]]) -> list[str]:
    """One sentence per row; ``header`` may be empty (then cells are listed)."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return []
    columns = max(len(header), *(len(row) for row in rows))
    if columns > MAX_COLUMNS or len(rows) > MAX_ROWS:
        return [f"A table of {len(rows)} rows and {columns} columns is left out here."]
    return [_row_sentence(header, row) for row in rows]


def _row_sentence(header: list[str], row: list[str]) -> str:
    cells = [cell.strip() for cell in row]
    label, rest = _route(cells[0]), cells[1:]
    heads = [h.strip() for h in header[1:]] if header else []
    parts = [_cell(heads[i] if i < len(heads) else "", value)
             for i, value in enumerate(rest) if value]
    if not label:
        return _sentence(", ".join(parts))
    return _sentence(f"{label}: {', '.join(parts)}" if parts else label)


def _cell(head: str, value: str) -> str:
    """A value with its column's name: "12.5 hours" for a count, "cabin €210" otherwise."""
    if not head:
        return value
    name = head if head.isupper() or not head[1:].islower() else head[0].lower() + head[1:]
    if _BARE_NUMBER.fullmatch(value) and " " not in head:
        return f"{value} {name}"
    return f"{name} {value}"


def _route(label: str) -> str:
    """Zürich–Amsterdam, Vienna - Hamburg: "Zürich to Amsterdam" (a dash between places)."""
    return re.sub(r"(?<=\w)\s?[\u2013\u2014]\s?(?=[A-Z])|(?<=\w) - (?=[A-Z])", " to ", label)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?" else text + "."
