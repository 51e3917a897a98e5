"""Detectors: plugins that find CITES taxa and trade signals in listing text."""
