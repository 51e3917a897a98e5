"""Text normalisation that undoes common evasion while keeping offsets into the original."""

from wildtrace.compiled_core import package_path

# the compiled core's modules, when built from these very sources, are found before them
__path__[:0] = package_path(__name__)
