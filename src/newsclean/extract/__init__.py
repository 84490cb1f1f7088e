"""Extractors: read fields (title, authors, dates, quotes …) out of the blocks."""
