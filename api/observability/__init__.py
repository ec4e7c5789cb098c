"""What operators see: request ids, JSON logs, access lines and Prometheus metrics."""
