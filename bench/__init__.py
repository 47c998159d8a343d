"""Shared pieces of the development tools."""

from __future__ import annotations

import contextlib
from types import ModuleType


@contextlib.contextmanager
def constants(module: ModuleType, **values):
    """`module`'s constants set to `values` (names of its constants) for the block, restored after: a tuning
    script replays the product's rule with other weights."""
    before = {name: getattr(module, name) for name in values}
    for name, value in values.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in before.items():
            setattr(module, name, value)
