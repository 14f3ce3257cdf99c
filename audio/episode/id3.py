"""ID3v2.3 tags with mutagen, written and read back: what podcast apps and tag readers
show, plus chapters.

Publishing reads episodes back through ``read_episode``, so any episode papercast
made can be published later, from the file alone.

v2.3, not mutagen's default v2.4: Apple Podcasts mishandles some v2.4 chapter
tags and Windows ignores v2.4 cover art. So the date is TYER + TDAT, not TDRC.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audio.episode.cover import Cover
from audio.episode.sidecars import SIDECARS, Sidecar, sidecar_path
from audio.errors import InputError
from audio.models import ChapterMark
from audio.text.language import from_iso639_2

NO_OFFSET = 0xFFFFFFFF  # CHAP byte offsets unused: players go by time


@dataclass(frozen=True)
class Tags:
    title: str
    author: str | None
    show: str
    date: str  # YYYY-MM-DD
    description: str | None
    transcript: str
    length_ms: int
    chapters: tuple[ChapterMark, ...] = ()
    cover: Cover | None = None
    guid: str | None = None  # the episode's feed guid, kept with the file so republishing matches
    language: str = "eng"  # ISO 639-2, as ID3 wants it (TLAN, COMM, USLT)
    url: str | None = None  # the article's web address (WOAS: the official source)
    voice: str | None = None  # the narrator's engine voice (TXXX:voice), e.g. "gmw/de"


def write_tagged(audio: Path, target: Path, tags: Tags) -> None:
    """Write ``target`` as our tag followed by the MP3 stream in ``audio``.

    Tagging the finished MP3 in place would make mutagen move (and map into
    memory) the whole file to make room for the tag: for a book, hundreds of MB.
    """
    write_tags(target, tags)  # an empty file gets just the tag
    with open(target, "ab") as out, open(audio, "rb") as stream:
        shutil.copyfileobj(stream, out, 1024 * 1024)


def write_tags(path: Path, tags: Tags) -> None:
    """Replace any tag on ``path`` with ours (the file is a temporary copy: saves are in place)."""
    from mutagen.id3 import (  # mutagen is imported when tags are written or read
        APIC,
        COMM,
        PCST,
        TALB,
        TCON,
        TDAT,
        TDES,
        TGID,
        TIT2,
        TLAN,
        TLEN,
        TPE1,
        TXXX,
        TYER,
        USLT,
        WOAS,
    )

    id3 = _chronological_id3()
    id3.add(TIT2(encoding=3, text=[tags.title]))
    if tags.author:
        id3.add(TPE1(encoding=3, text=[tags.author]))
    id3.add(TALB(encoding=3, text=[tags.show]))
    id3.add(TCON(encoding=3, text=["Podcast"]))
    id3.add(PCST(value=1))
    year, month, day = tags.date.split("-")
    id3.add(TYER(encoding=3, text=[year]))
    id3.add(TDAT(encoding=3, text=[f"{day}{month}"]))
    id3.add(TLEN(encoding=3, text=[str(tags.length_ms)]))
    id3.add(TLAN(encoding=3, text=[tags.language]))
    if tags.description:
        id3.add(COMM(encoding=3, lang=tags.language, desc="", text=[tags.description]))
        id3.add(TDES(encoding=3, text=[tags.description]))
    id3.add(USLT(encoding=3, lang=tags.language, desc="", text=tags.transcript))
    if tags.guid:
        id3.add(TGID(encoding=3, text=[tags.guid]))
    if tags.url:
        id3.add(WOAS(url=tags.url))
    if tags.voice:
        id3.add(TXXX(encoding=3, desc="voice", text=[tags.voice]))
    if tags.cover:
        id3.add(APIC(encoding=3, mime=tags.cover.mime, type=3, desc="Cover",
                     data=tags.cover.data))
    if tags.chapters:
        ids = [f"chp{i}" for i in range(len(tags.chapters))]
        for frame in _tables_of_contents(ids):
            id3.add(frame)
        for element_id, chapter in zip(ids, tags.chapters):
            id3.add(_chap(element_id, chapter))
    id3.update_to_v23()
    id3.save(path, v2_version=3)


MAX_TOC_ENTRIES = 255  # a CTOC counts its entries in one byte


def _tables_of_contents(ids: list[str]) -> list:
    """One top-level, ordered CTOC; past 255 chapters it lists ordered sub-tables instead."""
    from mutagen.id3 import CTOC, TIT2, CTOCFlags  # as in write_tags

    def toc(element_id: str, children: list[str], top: bool):
        flags = CTOCFlags.ORDERED | (CTOCFlags.TOP_LEVEL if top else 0)
        return CTOC(element_id=element_id, flags=flags, child_element_ids=children,
                    sub_frames=[TIT2(encoding=3, text=["Chapters"])])

    if len(ids) <= MAX_TOC_ENTRIES:
        return [toc("toc", ids, top=True)]
    groups = [ids[i:i + MAX_TOC_ENTRIES] for i in range(0, len(ids), MAX_TOC_ENTRIES)]
    names = [f"toc{k}" for k in range(len(groups))]
    return [toc("toc", names, top=True),
            *(toc(name, group, top=False) for name, group in zip(names, groups))]


def _chap(element_id: str, chapter: ChapterMark):
    from mutagen.id3 import CHAP, TIT2  # as in write_tags

    return CHAP(
        element_id=element_id,
        start_time=round(chapter.start_s * 1000),
        end_time=round(chapter.end_s * 1000),
        start_offset=NO_OFFSET,
        end_offset=NO_OFFSET,
        sub_frames=[TIT2(encoding=3, text=[chapter.title])],
    )


def _chronological_id3():
    """An ID3 tag that writes its CHAP frames in time order.

    mutagen orders frames by size; ffmpeg (and the players built on it) list
    chapters in the order their frames appear, ignoring CTOC, so size order
    showed "Notes" first.
    """
    from mutagen.id3 import ID3  # as in write_tags
    from mutagen.id3._tags import save_frame  # mutagen's own frame writer

    class ChronologicalID3(ID3):
        def _write(self, config):
            chapters = sorted(self.getall("CHAP"), key=lambda frame: frame.start_time)
            self.delall("CHAP")
            try:
                data = super()._write(config)
            finally:
                for frame in chapters:
                    self.add(frame)
            return data + b"".join(save_frame(frame, config=config) for frame in chapters)

    return ChronologicalID3()


# ---------------------------------------------------------------- reading back


@dataclass(frozen=True)
class EpisodeInfo:
    path: Path
    title: str
    author: str | None
    show: str | None
    date: str | None  # YYYY-MM-DD
    description: str
    duration_s: float
    size_bytes: int
    guid: str | None
    sidecars: tuple[tuple[Path, Sidecar], ...]  # the files beside it, in SIDECARS order
    url: str | None = None  # the article's web address
    language: str | None = None  # a language tag ("de"), from TLAN

    def sidecar(self, role: str) -> list[tuple[Path, Sidecar]]:
        return [(path, kind) for path, kind in self.sidecars if kind.role == role]


def read_episode(mp3: Path) -> EpisodeInfo:
    """Tags and sidecars of an MP3; a file that is not one is a clear error."""
    from mutagen import MutagenError  # as in write_tags
    from mutagen.mp3 import MP3, HeaderNotFoundError

    mp3 = Path(mp3)
    if not mp3.is_file():
        raise InputError(f"{mp3}: no such episode file")
    try:
        audio = MP3(mp3)
    except (HeaderNotFoundError, MutagenError) as exc:
        raise InputError(f"{mp3}: not an MP3 file ({exc})") from None
    tags: Any = audio.tags or {}

    def text(key: str) -> str | None:
        frame = tags.get(key)
        return str(frame).strip() or None if frame is not None else None

    comments = tags.getall("COMM") if hasattr(tags, "getall") else []
    title = text("TIT2") or mp3.stem
    return EpisodeInfo(
        path=mp3,
        title=title,
        author=text("TPE1"),
        show=text("TALB"),
        date=_date(text("TDRC")),
        description=(str(comments[0]) if comments else None) or text("TDES") or title,
        duration_s=_duration(audio, text("TLEN")),
        size_bytes=mp3.stat().st_size,
        guid=text("TGID"),
        sidecars=tuple((path, kind) for kind in SIDECARS
                       if (path := sidecar_path(mp3, kind.suffix)).is_file()),
        url=_url(tags),
        language=from_iso639_2(text("TLAN")),
    )


def _url(tags) -> str | None:
    frames = tags.getall("WOAS") if hasattr(tags, "getall") else []
    return frames[0].url if frames else None


def _date(value: str | None) -> str | None:
    """mutagen shows TYER+TDAT of a v2.3 tag as a v2.4 TDRC: YYYY-MM-DD or YYYY."""
    if not value:
        return None
    parts = value.split("-")
    return value[:10] if len(parts) >= 3 else f"{parts[0]}-01-01"


def _duration(audio: Any, tlen: str | None) -> float:
    """The length the tags give (TLEN, in ms), else what mutagen measures."""
    return int(tlen) / 1000 if tlen else float(audio.info.length)
