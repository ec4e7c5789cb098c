"""The q language of searches, sorts and cursors, and the search text of an article (pure)."""
