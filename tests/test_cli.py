"""The `tqa` command in process: ingest, ask (text and JSON), list, remove, and one-line errors."""

import json

from click.testing import CliRunner

from qa.cli import main
from tests.conftest import SEED


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def test_ingest_ask_list_remove(tmp_path):
    index = tmp_path / "index"
    code, out = run("ingest", SEED, "--index", index)
    assert code == 0 and "1 added" in out
    code, out = run("ingest", SEED, "--index", index)
    assert code == 0 and "1 unchanged" in out and "0 passages embedded" in out
    code, out = run("ask", "How many American diplomats will be told to leave Russia?", "--index", index, "--k", 2)
    assert code == 0 and "[1] " + SEED.name in out and "10 US diplomats leave Russia" in out
    assert "Sergey Lavrov, answer, paragraph" in out
    code, out = run("list", "--index", index)
    assert code == 0 and "2021-04-16" in out and "Sergey Lavrov" in out
    code, out = run("remove", SEED.name, "--index", index)
    assert code == 0
    code, out = run("list", "--index", index)
    assert "no transcripts indexed" in out


def test_ask_json_prints_the_answer_object(seed_index_dir):
    code, out = run("ask", "What is the state of the Open Skies Treaty?", "--json", "--k", 3,
                    "--speaker", "Lavrov", "--index", seed_index_dir)
    data = json.loads(out)
    assert code == 0 and data["answerable"] and len(data["citations"]) == 3
    assert {c["speaker"] for c in data["citations"]} == {"Sergey Lavrov"}


def test_bad_input_is_one_line_and_a_nonzero_exit(seed_index_dir, tmp_path):
    code, out = run("ingest", tmp_path / "nope.txt", "--index", tmp_path / "i")
    assert code == 1 and "no such file or folder" in out
    code, out = run("ask", "What about Kosovo?", "--transcript", "nope", "--index", seed_index_dir)
    assert code == 1 and out.startswith("Error: no transcript named 'nope'") and out.count("\n") == 1
    code, out = run("ask", "What about Kosovo?", "--index", tmp_path / "empty-index")
    assert code == 1 and "tqa ingest" in out
