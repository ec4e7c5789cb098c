"""Tests of the HTTP API: endpoints, errors, and the OpenAPI contract."""
