"""Text: an article file read into an Article, and made into a Script to speak.

read (+ boilerplate) → Article; normalize + lexicon → speakable words; segment → Script;
script_view prints a Script as the listener will hear it (`papercast text`).
"""
