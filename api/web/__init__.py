"""Request-level concerns: auth, limits, CORS, proxies, caching, headers, errors, docs, uploads."""
