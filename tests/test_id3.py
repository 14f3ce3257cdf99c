"""ID3 details that podcast apps depend on."""

from __future__ import annotations

import shutil

from mutagen.id3 import ID3

from audio.episode.id3 import Tags, write_tagged
from audio.models import ChapterMark


def test_more_than_255_chapters_get_ordered_sub_tables(sample_episodes, tmp_path):
    audio = tmp_path / "audio.mp3"
    shutil.copy(sample_episodes["harbor-news.txt"].path, audio)
    ID3(audio).delete()  # the bare MP3 stream, as the encoder leaves it
    chapters = tuple(ChapterMark(f"Chapter {i}", i * 0.1, (i + 1) * 0.1) for i in range(600))
    target = tmp_path / "tagged.mp3"
    write_tagged(audio, target, Tags("Title", "A", "Show", "2026-01-02", "d", "text", 60000,
                                     chapters))
    tags = ID3(target, translate=False)
    tocs = {toc.element_id: toc for toc in tags.getall("CTOC")}
    top = [toc for toc in tocs.values() if toc.flags & 2]
    assert len(top) == 1 and top[0].child_element_ids == ["toc0", "toc1", "toc2"]
    listed = [child for name in top[0].child_element_ids
              for child in tocs[name].child_element_ids]
    assert listed == [f"chp{i}" for i in range(600)]
    assert len(tags.getall("CHAP")) == 600
    assert str(tags["TDAT"]) == "0201" and str(tags["TYER"]) == "2026"
    assert target.stat().st_size > audio.stat().st_size
