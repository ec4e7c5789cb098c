"""Storage: the database, models, transactions, writes and the queries that list and find articles.

Never imports Flask, schemas, routes or commands.
"""
