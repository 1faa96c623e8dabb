"""Worker processes for the work that uses every core: how many, and how they are started.

Both the loader (parsing a big folder's Markdown and HTML) and the library (annotating what the
cache does not hold) take their pool from here: each its own, or, within `shared_pool` (a command
that loads a folder and then annotates it), one for both.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


MAX_WORKERS = 8
"""Most worker processes a pool takes, however many cores (each holds the annotator's data)."""


def usable_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the
    machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Shared:
    """The pool `shared_pool` lends, started when first asked for."""

    active = False
    pool: ProcessPoolExecutor | None = None


@contextlib.contextmanager
def shared_pool() -> Iterator[None]:
    """Within: `worker_pool` lends one pool to whoever asks, started at the first request and shut
    down on leaving, instead of a pool each. The processes that parsed a folder go on to
    annotate it, with no wait for new ones to start (and import the loaders again) between."""
    _Shared.active = True
    try:
        yield
    finally:
        _Shared.active = False
        pool, _Shared.pool = _Shared.pool, None
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def worker_pool(workers: int) -> contextlib.AbstractContextManager[ProcessPoolExecutor]:
    """A pool of `workers` processes for the `with` block, or, within `shared_pool`, the shared
    one (started with the workers first asked for, left running after the block)."""
    if not _Shared.active:
        return process_pool(workers)
    if _Shared.pool is None:
        _Shared.pool = process_pool(workers)
    return contextlib.nullcontext(_Shared.pool)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of spawned processes. Spawned, not forked: the reader starts it from a thread,
    and forking a threaded process can leave a lock held in the child forever. The pool's
    first queue starts multiprocessing's resource tracker, which hands it `sys.stderr`'s file
    descriptor; an app capturing output (Textual's reader) has none there, so the real stderr
    stands in while the pool is made."""
    import multiprocessing  # 12 ms, paid only by work big enough to need it
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    if _has_descriptor(sys.stderr) or sys.__stderr__ is None:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_collect_less)
    with contextlib.redirect_stderr(sys.__stderr__):
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_collect_less)


def _collect_less() -> None:
    """In a worker: the cycle collector runs once 10,000 new container objects outlive their
    use, not 700. Annotating one article keeps a thousand small tuples (its tokens) alive at
    once, all freed by reference counting, yet at 700 the collector walked them (and the word
    lists) ~200 times for 840 articles: 4-8 % of a worker's time."""
    gc.set_threshold(10_000, *gc.get_threshold()[1:])


def _has_descriptor(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return False
