"""Renderers: turn results into JSON, Markdown, HTML and tables."""
