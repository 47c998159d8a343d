"""Shared pieces of the development tools."""

from __future__ import annotations

import ast
import contextlib
import importlib
import argparse
import json
import pickle
from pathlib import Path
from types import ModuleType
from typing import Callable


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


def collect_or_grid(doc: str, out: Path, collect: Callable[[Path], object], grid: Callable[[object, str], None],
                    new: str) -> None:
    """The command line of a tuning script that records once and replays a grid on the records: `collect`
    (ask the dev questions once, into OUT/records.pkl) or `grid` (replay the rule's constants on them; `--new`,
    a regular expression of the ids written for the rule, which are counted apart)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("what", choices=("collect", "grid"))
    ap.add_argument("--indexes", type=Path, default=Path(__file__).resolve().parent / "out")
    ap.add_argument("--new", default=new, help="ids of the new questions")
    args = ap.parse_args()
    path = out / "records.pkl"
    if args.what == "collect":
        out.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(collect(args.indexes)))
        return
    grid(pickle.loads(path.read_bytes()), args.new)
