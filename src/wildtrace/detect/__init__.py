"""Detectors: plugins that find CITES taxa and trade signals in listing text."""

from pathlib import Path

from wildtrace.compiled_core import package_path

# the compiled core's modules, when built from these very sources, are found before them
__path__[:0] = package_path(__name__)

# the detectors' data files, beside the sources (a compiled module's __file__ is elsewhere)
DATA_DIR = Path(__file__).parent / "data"
