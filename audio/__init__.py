"""papercast: turn written articles into podcast episodes, offline.

The public API follows the data: read an article, make a script of it,
render that script into an episode.
"""

__version__ = "0.1.0"
