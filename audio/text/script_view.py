"""A Script as the listener will hear it, for checking before rendering."""

from __future__ import annotations

import json
from dataclasses import asdict

from audio.models import Pauses, Script

OUTPUT_FORMATS = ("text", "json")


def script_view(script: Script, pauses: Pauses, output_format: str = OUTPUT_FORMATS[0]) -> str:
    """The script in one of OUTPUT_FORMATS: text for people, JSON for tools."""
    return script_json(script, pauses) if output_format == "json" else script_text(script, pauses)


def script_records(script: Script, pauses: Pauses) -> list[dict]:
    return [
        {**asdict(segment), "pause_s": pauses.after(segment.pause_after),
         "chapter_title": script.chapters[segment.chapter].title}
        for segment in script.segments
    ]


def script_json(script: Script, pauses: Pauses) -> str:
    document = {
        "title": script.title, "author": script.author, "date": script.date,
        "language": script.language, "language_source": script.language_source,
        "description": script.description,
        "chapters": [c.title for c in script.chapters],
        "segments": script_records(script, pauses),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def script_text(script: Script, pauses: Pauses) -> str:
    """One block per segment: number, kind, voice, pause, then the words spoken."""
    lines = [f"Language: {script.language} ({script.language_source})"]
    for record in script_records(script, pauses):
        if record["index"] == script.chapters[record["chapter"]].first_segment:
            lines.append(f"== Chapter {record['chapter'] + 1}: {record['chapter_title']}")
        own = f"{record['language']} · " if record["language"] else ""  # another language
        lines.append(f"[{record['index'] + 1}] {record['kind']} · {record['role']} · {own}"
                     f"then {record['pause_s']:g} s {record['pause_after']} pause")
        lines.append(f"    {record['speech']}")
    return "\n".join(lines)
