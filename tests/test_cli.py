"""The `tqa` command in process: ingest, ask (text and JSON), list, remove, and one-line errors."""

import json

from click.testing import CliRunner

from qa.cli import main
from qa.config import ingest_precision_for
from tests.conftest import SEED


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def test_ingest_ask_list_remove(tmp_path):
    index = tmp_path / "index"
    code, out = run("ingest", SEED, "--index", index)
    assert code == 0 and "1 added" in out
    assert f"passages embedded ({ingest_precision_for('auto')}) in" in out  # the precision "auto" chose here
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
    # --index given a file (a new user's trial, s21: a traceback, NotADirectoryError / FileExistsError)
    for command in (("ask", "What about Kosovo?"), ("list",), ("ingest", SEED)):
        code, out = run(*command, "--index", SEED)
        assert code == 1 and "is a file, not an index folder" in out and out.count("\n") == 1


def test_a_mistyped_index_folder_is_named_as_missing_not_as_empty(seed_index_dir, tmp_path, monkeypatch):
    """trial43: `--index` pointing nowhere said "the index in FOLDER is empty" (ask), "no transcripts indexed yet"
    with exit 0 (list) and "indexed: none" (remove), as if the researcher's transcripts were gone."""
    typo = tmp_path / "my-idnex"
    for command in (("ask", "What about Kosovo?"), ("list",), ("remove", SEED.name)):
        code, out = run(*command, "--index", typo)
        assert code == 1 and out.count("\n") == 1, out
        assert f"no index at {typo}: there is no such folder" in out and "empty" not in out
        assert not typo.exists()  # reading commands make no folder
    monkeypatch.setenv("TQA_INDEX_DIR", str(typo))
    code, out = run("list")
    assert code == 1 and "no such folder" in out
    code, out = run("list", "--index", seed_index_dir)  # the folder as given still reads
    assert code == 0 and SEED.name in out


def test_subtitle_citations_show_hh_mm_ss_and_merge_cues(tmp_path):
    from tests.conftest import shared_path

    srt = shared_path("data", "transcripts", "i2ml-random-forest-bagging-lecture.srt")
    index = tmp_path / "index"
    assert run("ingest", srt, "--index", index)[0] == 0
    code, out = run("ask", "What is bagging?", "--index", index, "--k", 2)
    assert code == 0 and "at 00:" in out
    code, out = run("ask", "What is bagging?", "--index", index, "--k", 3, "--json")
    citations = json.loads(out)["citations"]
    for c in citations:
        assert c["start_time"] is not None and c["end_time"] > c["start_time"]
        assert len(c["text"].split()) > 40  # many short cues merged into one passage
        assert c["highlight"] in c["text"]


def test_timestamps_print_as_hh_mm_ss():
    from qa.cli import format_time

    assert format_time(3725.9) == "01:02:05"
    assert format_time(0) == "00:00:00"


def test_remove_keeps_the_file_unless_told_to_delete_it(seed_index_dir, tmp_path):
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    kept = data / SEED.name
    shutil.copyfile(SEED, kept)
    index = tmp_path / "index"
    assert run("ingest", kept, "--index", index)[0] == 0
    code, out = run("remove", SEED.name, "--index", index)
    assert code == 0 and "file is kept" in out and kept.exists()
    assert run("ingest", kept, "--index", index)[0] == 0
    code, out = run("remove", SEED.name, "--index", index, "--delete-file")
    assert code == 0 and "no file of it in the data or corpus folder" in out and kept.exists()  # not our folder


def test_front_ends_import_only_the_library_api():
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    for front in ("app.py", "qa/cli.py"):
        tree = ast.parse((root / front).read_text(encoding="utf-8"))
        ours = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
                and n.module.split(".")[0] in ("qa", "embeddings")}
        ours |= {f"qa.{a.name}" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module == "qa"
                 for a in n.names}
        ours |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
                 if a.name.split(".")[0] in ("qa", "embeddings")}
        assert ours <= {"qa.api", "qa"}, (front, ours)


def test_the_cli_and_library_do_not_import_the_ui():
    import subprocess
    import sys

    code = "import sys, qa.api, qa.cli; print(sorted(m for m in ('gradio', 'app') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_model_that_cannot_be_loaded_is_one_line_naming_it(tmp_path):
    code, out = run("--model", "no-such-model-anywhere", "ingest", SEED, "--index", tmp_path / "index")
    assert code == 1 and "no-such-model-anywhere" in out and out.count("\n") == 1
    assert not (tmp_path / "index" / "manifest.json").exists()


def test_text_output_shows_the_passage_with_its_highlight_marked(seed_index_dir):
    code, out = run("ask", "How many American diplomats will be told to leave Russia?", "--k", 1,
                    "--index", seed_index_dir)
    passage = next(line for line in out.splitlines() if line.strip().startswith("passage:"))
    marked = passage[passage.index("»"):passage.index("«") + 1]  # the highlight: the answer, maybe with its neighbour
    assert "We will respond in kind by proposing that 10 US diplomats leave Russia." in marked
    assert "Ten diplomats were included on a list" in passage


def test_serve_sets_an_index_of_another_version_aside_and_rebuilds_it(seed_index_dir, tmp_path):
    # `make serve` after an upgrade: the old index (unreadable here) is kept whole beside the new one, not refused
    import os
    import shutil
    import socket
    import subprocess
    import sys
    import time

    index = tmp_path / "index"
    shutil.copytree(seed_index_dir, index)
    manifest = json.loads((index / "manifest.json").read_text())
    (index / "manifest.json").write_text(json.dumps({**manifest, "format": 4}))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "TQA_INDEX_DIR": str(index), "TQA_CORPUS_DIR": str(SEED.parent),
           "TQA_DATA_DIR": str(tmp_path / "data"), "TQA_PORT": str(port), "HF_HUB_OFFLINE": "1"}
    server = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        # the page is served first and the folders indexed beside it: wait for both lines
        deadline, log = time.monotonic() + 180, []
        indexed = lambda: any(" transcripts (" in line for line in log)  # noqa: E731  (StartUp's closing line)
        while time.monotonic() < deadline and not (any("serving on" in line for line in log) and indexed()):
            line = server.stdout.readline()
            if not line:
                break
            log.append(line)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert any("serving on" in line for line in log) and indexed(), "".join(log)
    assert any("kept as" in line and "index.format4" in line for line in log)
    assert json.loads((tmp_path / "index.format4" / "manifest.json").read_text())["format"] == 4
    code, output = run("list", "--index", index)
    assert code == 0 and SEED.name in output


def test_one_passage_is_counted_in_the_singular(tmp_path):
    """ "1 passages embedded" and "1 passages ·" (trial25)."""
    note = tmp_path / "note.txt"
    note.write_text("Host: The ferry leaves at noon.\n", encoding="utf-8")
    code, out = run("ingest", note, "--index", tmp_path / "index")
    assert code == 0 and "; 1 passage embedded (" in out
    code, out = run("list", "--index", tmp_path / "index")
    assert code == 0 and "· 1 passage ·" in out
