"""Shows: init, show.toml validation, incremental builds, pruning, interrupted builds."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import podcastparser
import pytest
from conftest import ARTICLES, SAMPLE_ARTICLES, run_cli

from audio.errors import InputError
from audio.publish.show import load_show

BASE = "https://cdn.example.org/evening"


def _make_show(folder: Path, articles=SAMPLE_ARTICLES) -> Path:
    assert run_cli("init", str(folder), "--title", "Evening Reads").returncode == 0
    (folder / "articles" / "the-reading-room.md").unlink()
    toml = folder / "show.toml"
    toml.write_text(toml.read_text().replace("https://example.com/podcast", BASE))
    for name in articles:
        shutil.copy(ARTICLES / name, folder / "articles" / name)
    return folder


def _summary(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.decode().splitlines()[-1]


def _entries(site: Path):
    return feedparser.parse((site / "feed.xml").read_bytes()).entries


@pytest.fixture(scope="module")
def built_show(tmp_path_factory) -> Path:
    show = _make_show(tmp_path_factory.mktemp("show") / "evening")
    assert _summary(run_cli("build", str(show))) == "3 rendered, 0 unchanged"
    return show


def test_init_writes_a_commented_valid_show(tmp_path):
    result = run_cli("init", str(tmp_path / "my-show"))
    assert result.returncode == 0
    toml = (tmp_path / "my-show" / "show.toml").read_text()
    assert 'title = "My Show"' in toml and "# Where the built folder will be hosted" in toml
    show = load_show(tmp_path / "my-show")
    assert (show.title, show.language, show.explicit, show.owner.email) == (
        "My Show", "en", False, "you@example.com")
    assert [p.name for p in show.articles] == ["the-reading-room.md"]
    steps = result.stderr.decode()
    assert steps.startswith("\nNext:\n  1. Edit ") and f"papercast build {tmp_path / 'my-show'}" \
        in steps and f"papercast serve {tmp_path / 'my-show'}  " in steps
    assert f"renders the episodes into {tmp_path / 'my-show' / 'site'}/" in steps
    assert f"papercast deploy {tmp_path / 'my-show'}" in steps
    again = run_cli("init", str(tmp_path / "my-show"))
    assert again.returncode == 1 and "already exists; not overwriting it" in again.stderr.decode()


def test_build_writes_a_feed_every_client_reads(built_show):
    site = built_show / "site"
    entries = _entries(site)
    assert len(entries) == 3
    with (site / "feed.xml").open("rb") as stream:
        gpodder = podcastparser.parse(f"{BASE}/feed.xml", stream)
    assert gpodder["title"] == "Evening Reads"
    assert gpodder["cover_url"] == f"{BASE}/cover.jpg"
    assert len(gpodder["episodes"]) == 3
    for entry, episode in zip(entries, gpodder["episodes"]):
        mp3 = site / "episodes" / Path(entry.enclosures[0].href).name
        assert entry.enclosures[0].href == f"{BASE}/episodes/{mp3.name}"
        assert int(entry.enclosures[0].length) == mp3.stat().st_size
        assert episode["enclosures"][0]["file_size"] == mp3.stat().st_size
        assert episode["total_time"] > 60
        assert entry.image["href"] == f"{BASE}/episodes/{mp3.stem}.jpg"
    assert sorted(e["number"] for e in gpodder["episodes"]) == [1, 2, 3]
    assert (site / "cover.jpg").stat().st_size > 10_000


def test_the_site_folder_holds_only_what_is_published(built_show):
    """It is copied to a web host as it is: no build state, no lock files."""
    site = built_show / "site"
    assert sorted(p.name for p in site.iterdir()) == [
        "cover.jpg", "episodes", "feed.xml", "index.html", "playlist.m3u"]
    assert not [p for p in site.rglob(".*")]
    assert (built_show / ".papercast-build.json").is_file()


def test_second_build_renders_nothing_and_edit_renders_one(built_show):
    site = built_show / "site"
    before = {e.id: (e.itunes_episode, e.published) for e in _entries(site)}
    assert _summary(run_cli("build", str(built_show))) == "0 rendered, 3 unchanged"
    article = built_show / "articles" / "harbor-news.txt"
    article.write_text(article.read_text().replace("Two years became five.",
                                                   "Two years became six."))
    assert _summary(run_cli("build", str(built_show))) == "1 rendered, 2 unchanged"
    after = {e.id: (e.itunes_episode, e.published) for e in _entries(site)}
    assert after == before  # guids, numbers and dates stay


def test_removed_article_stays_until_pruned(tmp_path):
    show = _make_show(tmp_path / "show", articles=("harbor-news.txt", "night-trains.md"))
    _summary(run_cli("build", str(show)))
    (show / "articles" / "harbor-news.txt").unlink()
    kept = _summary(run_cli("build", str(show)))
    assert kept == "0 rendered, 1 unchanged, 1 removed articles kept (use --prune to drop them)"
    assert len(_entries(show / "site")) == 2
    pruned = _summary(run_cli("build", str(show), "--prune"))
    assert pruned == "0 rendered, 1 unchanged, 1 removed articles pruned"
    assert [e.title for e in _entries(show / "site")] == ["The Quiet Return of the Night Train"]
    assert not list((show / "site" / "episodes").glob("harbor-news.*"))


def test_interrupted_build_keeps_the_old_feed_and_the_next_finishes(tmp_path):
    show = _make_show(tmp_path / "show", articles=("night-trains.md",))
    _summary(run_cli("build", str(show)))
    feed = show / "site" / "feed.xml"
    old_feed = feed.read_bytes()
    for name in ("harbor-news.txt", "lighthouse-keepers.html"):
        shutil.copy(ARTICLES / name, show / "articles" / name)
    process = subprocess.Popen([sys.executable, "-m", "audio", "build", str(show)],
                               start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    first_new = show / "site" / "episodes" / "lighthouse-keepers.mp3"  # older: rendered first
    deadline = time.monotonic() + 120
    while not first_new.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert feed.read_bytes() == old_feed
    assert len(feedparser.parse(old_feed).entries) == 1
    finished = _summary(run_cli("build", str(show)))
    rendered, unchanged = int(finished.split()[0]), int(finished.split()[2])
    assert rendered in (1, 2) and rendered + unchanged == 3, finished
    assert len(_entries(show / "site")) == 3


def test_a_value_toml_cannot_read_is_named_with_its_line(tmp_path):
    (tmp_path / "show.toml").write_text('title = "t"\ndescription = "d"\nauthor = "a"\n'
                                        'language = "en"\n\nexplicit = no\n')
    result = run_cli("build", str(tmp_path))
    assert result.stderr.decode() == (f"Error: {tmp_path / 'show.toml'}: explicit: write true "
                                      "or false (line 6)\n")


@pytest.mark.parametrize(("toml", "message"), [
    ('description = "d"\nauthor = "a"\nlanguage = "en"\n', "show.toml: title is required"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\nexplicit = "yes"\n',
     "show.toml: explicit: write true or false, not 'yes'"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en_US"\n',
     "show.toml: language must look like 'en' or 'en-us', not 'en_US'"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\nloudness = "loud"\n',
     "show.toml: loudness: write a number, like -16, not 'loud'"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\nexplicit = no\n',
     "show.toml: explicit: write true or false"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\nmax_hours = many\n',
     "show.toml: max_hours: write a number of hours, like 24"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\nowner = "me"\n',
     "show.toml: owner: write a table"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\ncategory = "Transport"\n',
     "show.toml: category 'Transport' is not one of Apple's podcast categories; the closest "
     'is category = "Society & Culture", subcategory = "Places & Travel"'),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\ncategory = "Cooking"\n',
     'the closest is category = "Arts", subcategory = "Food"'),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\ncategory = "Zzyzx"\n',
     "'Zzyzx' is not one of Apple's podcast categories, and none is close; choose one of "
     "Arts, Business, Comedy,"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\nbase_url = "ftp://x"\n',
     "show.toml: base_url must start with http:// or https://"),
    ('title = = "t"\n', "show.toml: title: write text in quotes"),
    ('[[[bad\n', "show.toml: cannot read show.toml"),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\ncategory = "Tech"\n',
     "show.toml: category 'Tech' is not one of Apple's podcast categories; the closest is "
     'category = "Technology"'),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\ncategory = "Technology"\n'
     'subcategory = "Tech News"\n', "category 'Technology / Tech News' is not one of Apple's "
     'podcast categories; the closest is category = "News", subcategory = "Tech News"'),
    ('title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\ncategory = "Technology"\n'
     'subcategory = "Gadgets"\n',
     "'Technology / Gadgets' is not one of Apple's podcast categories"),
])
def test_bad_show_toml_names_the_field(tmp_path, toml, message):
    (tmp_path / "show.toml").write_text(toml)
    with pytest.raises(InputError, match=message):
        load_show(tmp_path)
    result = run_cli("build", str(tmp_path))
    assert result.returncode == 1 and message in result.stderr.decode()
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_build_without_base_url_is_a_clear_error(tmp_path):
    (tmp_path / "show.toml").write_text(
        'title = "t"\ndescription = "d"\nauthor = "a"\nlanguage = "en"\n')
    (tmp_path / "articles").mkdir()
    result = run_cli("build", str(tmp_path))
    assert result.returncode == 1
    assert "base_url is required to build a feed (or give --base-url URL)" in \
        result.stderr.decode()
    assert not (tmp_path / "site").exists()


def test_inits_examples_are_not_published_unnoticed(tmp_path):
    show = tmp_path / "fresh"
    assert run_cli("init", str(show)).returncode == 0
    refused = run_cli("build", str(show))
    assert refused.returncode == 1
    assert refused.stderr.decode().strip() == (
        f"Error: {show / 'show.toml'}: base_url is still the example "
        "(https://example.com/podcast); set where the site will be hosted, or build a draft "
        "with --draft")
    assert not (show / "site" / "feed.xml").exists()
    draft = run_cli("build", str(show), "--draft")
    assert _summary(draft) == "1 rendered, 0 unchanged"
    warnings = draft.stderr.decode().splitlines()
    assert [w.split(": ")[2] for w in warnings] == ["author is still the example from "
                                                   "`papercast init`; it will be published as "
                                                   "it is", "owner.name is still the example "
                                                   "from `papercast init`; it will be published "
                                                   "as it is", "owner.email is still the example "
                                                   "from `papercast init`; it will be published "
                                                   "as it is"]


def test_gpodder_downloads_a_back_dated_article_added_later(tmp_path):
    """A newly built article written months ago still goes into the feed as the newest
    episode, so a podcast app (gPodder's gpo) sees it as new and downloads it."""
    gpo = shutil.which("gpo")
    if gpo is None:
        if os.environ.get("CI"):
            pytest.fail("gPodder is required in CI (scripts/test installs it)")
        pytest.skip("gPodder (gpo) not installed")
    show = _make_show(tmp_path / "show", articles=("night-trains.md",))  # dated 2026-03-02
    assert _summary(run_cli("build", str(show))) == "1 rendered, 0 unchanged"
    server = subprocess.Popen([sys.executable, "-m", "audio", "serve", str(show / "site"),
                               "--port", "0"], stdout=subprocess.PIPE, text=True)
    env = {**os.environ, "GPODDER_HOME": str(tmp_path / "gpodder"),
           "GPODDER_DOWNLOAD_DIR": str(tmp_path / "downloads")}

    def gpodder(*args: str) -> str:
        done = subprocess.run([gpo, *args], capture_output=True, text=True, env=env,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    try:
        feed_url = re.search(r"at (http://\S+/)", server.stdout.readline())[1] + "feed.xml"
        gpodder("subscribe", feed_url)
        gpodder("download")
        assert len(list((tmp_path / "downloads").rglob("*.mp3"))) == 1
        (show / "articles" / "back-dated.md").write_text(
            "---\ntitle: An Old Story\ndate: 2025-05-05\n---\n\nWritten last spring, "
            "published only now.\n")
        assert _summary(run_cli("build", str(show))) == "1 rendered, 1 unchanged"
        gpodder("update")
        assert "An Old Story" in gpodder("pending")
        gpodder("download")
        assert len(list((tmp_path / "downloads").rglob("*.mp3"))) == 2
    finally:
        server.kill()
        server.wait()


def test_the_site_goes_to_one_place_and_every_help_says_so(tmp_path):
    """init's next steps, build --help and the README tell one story: SHOW/site."""
    steps = run_cli("init", str(tmp_path / "pod")).stderr.decode()
    assert f"renders the episodes into {tmp_path / 'pod' / 'site'}/" in steps
    help_text = " ".join(run_cli("build", "--help").stdout.decode().split())
    assert "The site goes to SHOW_DIR/site unless -o says otherwise." in help_text
    assert "[default: SHOW_DIR/site]" in help_text
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert "papercast build evening-reads         # render what changed into " \
           "evening-reads/site/" in readme
    assert "-o site" not in readme


def test_articles_whose_names_make_one_slug_are_all_published(tmp_path):
    """"東京.md" and "大阪.md" both made the slug "episode", "Notes.md" and "notes.txt"
    both "notes": one of each pair was silently left out of the show. Names in other
    scripts are transliterated; a clash is told apart by a digest of the name; and an
    article keeps the slug it was built under, whatever the rule now says (its guid)."""
    show = _make_show(tmp_path / "show", ())
    folder = show / "articles"
    for name, text in [("東京.md", "# 東京\n\n東京都は新しい図書館を開館しました。"),
                       ("大阪.md", "# 大阪\n\n大阪市は新しい美術館を開館しました。"),
                       ("Notes.md", "# Notes\n\nThe bridge opens again on Monday."),
                       ("notes.txt", "More notes\n\nThe ferries are full again."),
                       # 230 bytes: with ".chapters.json" and a temporary's marks, too long
                       (f"{'Harbour notes ' * 16}.md", "# Long\n\nThe pier is open.")]:
        (folder / name).write_text(text + "\n", encoding="utf-8")
    assert _summary(run_cli("build", str(show))) == "5 rendered, 0 unchanged"
    files = sorted(p.stem for p in (show / "site" / "episodes").glob("*.mp3"))
    assert files[:3] == ["daban", "dongjing", ("harbour-notes-" * 9)[:120].strip("-")]
    assert files[3] == "notes" and re.fullmatch(r"notes-[0-9a-f]{6}", files[4])
    titles = sorted(e.title for e in _entries(show / "site"))
    assert titles == sorted(["東京", "大阪", "Notes", "More notes", "Long"])
    assert _summary(run_cli("build", str(show))) == "0 rendered, 5 unchanged"

    from audio.build import article_slugs
    from audio.publish.ledger import BuildLedger, EpisodeRecord

    built_before = BuildLedger(tmp_path / "ledger.json", {"episode": EpisodeRecord(
        "guid", 1, "2026-11-01", article="東京.md")})
    slugs = article_slugs([folder / "大阪.md", folder / "東京.md"], built_before)
    assert slugs == {"episode": folder / "東京.md", "daban": folder / "大阪.md"}
