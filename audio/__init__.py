"""papercast: turn written articles into podcast episodes, offline.

The public API follows the data: read an article, make a script of it, render
that script into an episode, publish episodes in a feed, build a whole show, deploy
it to its host and check it as an app would, or watch it and do all that unattended.

    from audio import EpisodeOptions, make_episode

    episode = make_episode("article.md", EpisodeOptions(output="article.mp3"))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.2.0"

# name → the module that defines it
_EXPORTS = {
    "EpisodeOptions": "audio.options",
    "make_episode": "audio.pipeline",
    "load_script": "audio.pipeline",
    "read_article": "audio.text.read",
    "read_url": "audio.sources.web",
    "add_urls": "audio.sources.add",
    "build_show": "audio.build",
    "pull_show": "audio.build",
    "publish_episode": "audio.publish.publish",  # `publish` is the subpackage's name
    "load_show": "audio.publish.show",
    "init_show": "audio.publish.show",
    "read_episode": "audio.episode.id3",
    "deploy_show": "audio.deploy.deploy",
    "deploy_site": "audio.deploy.deploy",
    "check_feed": "audio.deploy.check",
    "watch_show": "audio.watch",
    "Article": "audio.models",
    "Script": "audio.models",
    "Episode": "audio.models",
    "PapercastError": "audio.errors",
}
__all__ = [
    "__version__", "EpisodeOptions", "make_episode", "load_script", "read_article",
    "read_url", "add_urls", "build_show", "pull_show", "publish_episode", "load_show",
    "init_show", "read_episode", "deploy_show", "deploy_site", "check_feed", "watch_show",
    "Article", "Script", "Episode", "PapercastError",
]

if TYPE_CHECKING:
    from audio.build import build_show, pull_show
    from audio.deploy.check import check_feed
    from audio.deploy.deploy import deploy_show, deploy_site
    from audio.episode.id3 import read_episode
    from audio.errors import PapercastError
    from audio.models import Article, Episode, Script
    from audio.options import EpisodeOptions
    from audio.pipeline import load_script, make_episode
    from audio.publish.publish import publish as publish_episode
    from audio.publish.show import init_show, load_show
    from audio.sources.add import add_urls
    from audio.sources.web import read_url
    from audio.text.read import read_article
    from audio.watch import watch_show


def __getattr__(name: str) -> object:
    # Loaded on first use (PEP 562): every `audio.*` import runs this package first, and
    # importing all the stages here would slow every command's start-up, --help included.
    if name not in _EXPORTS:
        raise AttributeError(f"module 'audio' has no attribute {name!r}")
    module = importlib.import_module(_EXPORTS[name])
    return getattr(module, "publish" if name == "publish_episode" else name)
