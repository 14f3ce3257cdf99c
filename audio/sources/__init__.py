"""Where articles come from besides files: web pages, feeds, read-later lists.

Each source ends as an Article (a page read like an HTML file) or as a Markdown file
saved into a show's articles/ folder, so the show folder stays the record of it.
"""
