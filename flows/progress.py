"""Progress reporting from a flow run to whoever started it (the CLI's progress bar).

Kept out of the flow's module: Prefect pickles the flow function for worker processes, and a
callback it referenced directly would travel with it.
"""

from __future__ import annotations

from collections.abc import Callable

_on_plan: Callable[[int], None] | None = None
_on_done: Callable[[int], None] | None = None


def listen(on_plan: Callable[[int], None] | None, on_done: Callable[[int], None] | None) -> None:
    """Register callbacks: the number of files to read, then files done after every batch."""
    global _on_plan, _on_done
    _on_plan, _on_done = on_plan, on_done


def planned(files: int) -> None:
    if _on_plan:
        _on_plan(files)


def done(files: int) -> None:
    if _on_done:
        _on_done(files)
