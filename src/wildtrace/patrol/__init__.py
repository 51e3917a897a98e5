"""Patrols: a plan of sources and queries, run through the pipeline with a durable frontier."""
