"""Tests of full-text search: the query language, the index, and its migration."""
