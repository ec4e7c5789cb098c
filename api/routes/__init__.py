"""HTTP resources, one flask-smorest blueprint per module."""
