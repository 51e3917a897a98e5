"""Crawling: the guarded HTTP client and the durable frontier."""
