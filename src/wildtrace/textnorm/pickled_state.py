"""Pickling that works the same for the Python classes and the compiled core's.

The engine cache pickles the whole engine. A class compiled by mypyc has no `__dict__`, and the
state its default `__getstate__` returns on Python 3.11+ is empty, so an engine read back from
the cache would have no attributes. Classes of the core that the cache holds derive from
`PickledState`, which reads and writes their attributes by name in both worlds, and are marked
`@mypyc_attr(allow_interpreted_subclasses=True)`: a class that pickles this way is built without
its `__init__` when unpickled, and only with that mark does mypyc still run `__init__` when
Python code makes one (`Engine()`). It lives in `textnorm`, the lower of the two compiled
packages, as a compiled class can only derive from compiled classes.
"""

from __future__ import annotations

from mypy_extensions import mypyc_attr


@mypyc_attr(serializable=True, allow_interpreted_subclasses=True)
class PickledState:
    def __getstate__(self) -> dict[str, object]:
        names = getattr(type(self), "__mypyc_attrs__", None)
        if names is None:  # running as Python: the instance's own attributes
            return dict(vars(self))
        return {n: getattr(self, n) for n in names if n != "__dict__" and hasattr(self, n)}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)  # frozen dataclasses too
