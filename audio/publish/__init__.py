"""Publishing: a show folder (show.toml), its RSS feed (one locked writer), and adding
an episode to a feed.
"""
