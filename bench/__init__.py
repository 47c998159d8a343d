"""Shared pieces of the development tools."""

from __future__ import annotations

import ast
import contextlib
import importlib
import json
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


def set_constant(item: str) -> None:
    """`module.NAME=value` (a Python literal, or true / false) set before anything is asked; a name the module
    lacks stops the run."""
    name, value = item.split("=", 1)
    module, constant = name.rsplit(".", 1)
    target = importlib.import_module(module)
    if not hasattr(target, constant):
        raise SystemExit(f"{module} has no {constant}")
    setattr(target, constant, json.loads(value.lower()) if value.lower() in ("true", "false")
            else ast.literal_eval(value))
