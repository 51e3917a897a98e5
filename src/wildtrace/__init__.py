"""wildtrace: cyber patrols against wildlife crime on the Internet."""

__version__ = "0.1.0"
