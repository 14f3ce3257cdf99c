"""Listening: a built site folder read back, served, as a player page and a playlist,
and an episode played in the terminal.
"""
