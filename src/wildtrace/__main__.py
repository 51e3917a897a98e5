"""`python -m wildtrace` runs the CLI."""

from wildtrace.cli import main

main()
