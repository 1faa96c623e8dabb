"""Pausing Python's cycle collector while a collection is built.

Loading 100,000 documents makes millions of small objects (documents, blocks, spans, annotation
records) that all live as long as the collection. The cycle collector, triggered by allocation
counts, walks every one of them again and again while they are made, yet none of them is in a
cycle (reference counting frees them). Paused during the build and told afterwards that what
exists now is permanent (`gc.freeze`), it neither slows the build nor rescans the collection at
every later full collection. Garbage with cycles made meanwhile is collected once it resumes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived_objects() -> Iterator[None]:
    """Make the objects of a big, long-lived structure without the cycle collector rescanning
    them. Safe from several threads at once: the collector resumes when the first one leaves."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
            gc.freeze()
