"""One reader per article format: plain text, Markdown, HTML, e-mail; read.py's table
maps extensions and types to them."""
