"""scale60: the fingerprint under which a transcript's speaker facts are stored (scale57) covers only the code that
derives them (`qa.store.deriving_code`: the functions `speaker_facts` reaches and the constants they read), so an edit
to any other function of their modules (a decline rule of qa/answerable.py) leaves stored facts valid, and an edit to
a reached function or constant makes them another code's, derived from the turns again (docs/scale.md "scale60")."""

import ast
import importlib.metadata
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

import qa.answerable
import qa.transcript_facts
from qa.store import DB, DERIVED, derived_fingerprint, deriving_code, fingerprint_of, read_manifest, speaker_facts
from tests.conftest import files_qa
from tests.test_post44 import CONFERENCE, MEETING

REPO = Path(__file__).resolve().parents[1]
PLANTED = ["GOVERNOR BROWN", "Idaho", "claimed"]


def test_the_reached_code_holds_the_deriving_functions_and_their_constants_not_a_decline_rule():
    reached = deriving_code((speaker_facts,))
    for name in ("qa.store.speaker_facts", "qa.answerable.labelled_by_title", "qa.answerable.handed_over_names",
                 "qa.answerable.titled_speaker", "qa.transcript_facts.posts_held", "qa.transcript_facts.speaker_places",
                 "qa.transcript_facts.place_key", "qa.transcript_facts._post_runs", "qa.answerable._country_forms"):
        assert name in reached, name
    # the constants they read, by value: a number, a set sorted, a compiled regex by its pattern and flags
    assert reached["qa.transcript_facts.SAID_MOST_MIN"] == "3"
    assert reached["qa.transcript_facts._HONORIFICS"] == "{'dr', 'mr', 'mrs', 'ms'}"
    own_place = qa.transcript_facts._OWN_PLACE
    assert reached["qa.transcript_facts._OWN_PLACE"] == f"re.compile({own_place.pattern!r}, {int(own_place.flags)})"
    # a function's text is its source
    assert reached["qa.answerable.labelled_by_title"].startswith("def labelled_by_title(label: str) -> bool:")
    # not the rest of qa.answerable: a decline rule, the ranking
    assert "qa.answerable.not_a_speaker" not in reached
    assert not any(k.startswith(("qa.retrieve.", "qa.api.")) for k in reached)
    assert len([k for k in reached if k.startswith("qa.answerable.")]) < 40 < len(vars(qa.answerable))


def _module_copy(tmp_path: Path, module, name: str, edit=lambda text: text):
    """`module`'s source, edited, loaded as the module qa.scale60_copy from its own file in the folder `name` (each
    copy under the same module name, so that only its edit tells their fingerprints apart)."""
    path = tmp_path / name / "scale60_copy.py"
    path.parent.mkdir()
    text = Path(module.__file__).read_text()
    path.write_text(edit(text))
    assert (edit(text) == text) == (name == "scale60_a" or name == "scale60_b")  # each edit found where it edits
    spec = importlib.util.spec_from_file_location("qa.scale60_copy", path)
    copy = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = copy  # while it runs (its dataclasses look their module up)
    try:
        spec.loader.exec_module(copy)
    finally:
        del sys.modules[spec.name]
    return copy


def _fingerprint_of_copy(tmp_path: Path, name: str, edit=lambda text: text) -> str:
    copy = _module_copy(tmp_path, qa.transcript_facts, name, edit)
    return fingerprint_of(deriving_code((copy.posts_held, copy.speaker_places)))


def test_the_fingerprint_moves_with_a_reached_constant_or_function_and_not_with_another_function(tmp_path):
    same = _fingerprint_of_copy(tmp_path, "scale60_a")
    assert _fingerprint_of_copy(tmp_path, "scale60_b") == same
    # another function of the module (`holders`, which reads the stored facts, derives none): the same fingerprint
    holders_start = "    if not info.speakers:\n        return ()\n"
    assert _fingerprint_of_copy(tmp_path, "scale60_c", lambda t: t.replace(
        holders_start, holders_start.replace("()", "tuple()"))) == same
    # a constant the deriving code reads, its value or a regex's pattern: another fingerprint
    assert _fingerprint_of_copy(tmp_path, "scale60_d", lambda t: t.replace(
        "SAID_MOST_MIN = 3", "SAID_MOST_MIN = 4")) != same
    assert _fingerprint_of_copy(tmp_path, "scale60_e", lambda t: t.replace(
        r"|\bhere\s+in\s+([A-Z][a-z]+)\b", r"|\bthere\s+in\s+([A-Z][a-z]+)\b")) != same
    # a function it calls (`_label_post`, through `posts_held`): another fingerprint
    assert _fingerprint_of_copy(tmp_path, "scale60_f", lambda t: t.replace(
        "return tuple(w for w in words if is_title(w) and w not in _HONORIFICS)",
        "return tuple(w for w in words if is_title(w))")) != same


def _edited_tree(tmp_path: Path, module: str, function: str, line: str) -> Path:
    """A copy of this checkout's code with `line` inserted as the first statement of `function` after its docstring."""
    tree = tmp_path / "tree"
    for package in ("qa", "embeddings"):
        shutil.copytree(REPO / package, tree / package, ignore=shutil.ignore_patterns("__pycache__"))
    path = tree / module
    text = path.read_text()
    node = next(n for n in ast.parse(text).body if isinstance(n, ast.FunctionDef) and n.name == function)
    lines = text.splitlines(keepends=True)
    first = node.body[1].lineno - 1  # after the docstring
    lines.insert(first, f"    {line}\n")
    path.write_text("".join(lines))
    return tree


def _loaded_places_in(tree: Path, folder: Path) -> list:
    """The speaker places another process, running the code of `tree`, loads for the meeting."""
    script = ("import json, sys; from qa.api import TranscriptQA; from qa.config import Settings; "
              f"infos = TranscriptQA(Settings(index_dir={str(folder)!r})).store().infos(); "
              "print(json.dumps(infos['wildfire-meeting.txt'].speaker_places))")
    env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", script], cwd=tree, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _plant(folder: Path) -> None:
    """A place stored under the writer's fingerprint that no turn says: loaded only where the stored facts are read."""
    db = sqlite3.connect(folder / read_manifest(folder)["generation"] / DB)
    try:
        with db:
            (info,) = db.execute("SELECT info FROM transcripts WHERE name='wildfire-meeting.txt' AND live=1").fetchone()
            info = json.loads(info)
            assert info[DERIVED]["fingerprint"] == derived_fingerprint()
            info[DERIVED]["speaker_places"] = [PLANTED]
            db.execute("UPDATE transcripts SET info=? WHERE name='wildfire-meeting.txt' AND live=1",
                       (json.dumps(info),))
    finally:
        db.close()


@pytest.mark.parametrize("module, function, line, read", [
    # a decline rule of qa/answerable.py: the stored facts are read, not derived again
    ("qa/answerable.py", "not_a_speaker", "edited = 'scale60'  # an edit of a function that derives no fact", True),
    # a function that derives them: derived from the turns again, the planted place gone
    ("qa/transcript_facts.py", "_name_label", "edited = 'scale60'  # an edit of a deriving function", False),
])
def test_facts_written_by_one_process_are_read_by_another_whose_code_differs_elsewhere(
        tmp_path, module, function, line, read):
    (tmp_path / "written").mkdir()
    written = files_qa(tmp_path / "written", {"wildfire-meeting.txt": MEETING, "lavrov-conference.md": CONFERENCE})
    folder = Path(written.settings.index_dir)
    _plant(folder)
    loaded = _loaded_places_in(_edited_tree(tmp_path, module, function, line), folder)
    assert (PLANTED in loaded) is read
    if not read:  # what the turns say, as this process derives it
        turns = written.store().transcript("wildfire-meeting.txt").turns
        assert loaded == [list(p) for p in qa.transcript_facts.speaker_places(turns)]


def test_the_reached_code_is_the_same_after_the_deriving_functions_ran(tmp_path):
    """Its texts read no state a run leaves (lru caches, the per-thread stemmer): every process computes the same."""
    before = deriving_code((speaker_facts,))
    (tmp_path / "files").mkdir()
    written = files_qa(tmp_path / "files", {"wildfire-meeting.txt": MEETING, "lavrov-conference.md": CONFERENCE})
    store = written.store()
    for name, info in store.infos().items():
        speaker_facts(info, lambda: store.text_and_turns(name)[1])
    assert deriving_code((speaker_facts,)) == before


def test_the_code_outside_qa_that_the_deriving_functions_import_is_fingerprinted_by_its_version():
    """Every module outside qa and the standard library that a reached function imports or names is of a package whose
    installed version the fingerprint reads (countryinfo, PyStemmer)."""
    distributions = importlib.metadata.packages_distributions()
    outside = set()
    for key, text in deriving_code((speaker_facts,)).items():
        module_name, _, qualname = key.rpartition(".")
        if not text.startswith(("def ", "@", "class ")) or "." in qualname:
            continue
        module = importlib.import_module(module_name)
        for node in ast.walk(ast.parse(textwrap.dedent(text))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                outside |= {a.name.split(".")[0] for a in node.names} if isinstance(node, ast.Import) else \
                    {(node.module or "").split(".")[0]}
            elif isinstance(node, ast.Name) and isinstance(getattr(module, node.id, None), types.ModuleType):
                outside.add(getattr(module, node.id).__name__.split(".")[0])
    outside -= {"qa", *sys.stdlib_module_names}
    assert outside == {"countryinfo", "Stemmer"}
    assert {d for m in outside for d in distributions[m]} == {"countryinfo", "PyStemmer"}
