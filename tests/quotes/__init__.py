"""Tests of quote extraction and speaker attribution (api/parser/quotes.py and friends)."""
