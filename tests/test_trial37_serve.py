"""`tqa serve` on a port another server holds (trial37, docs/ui.md "New user's trial (trial37)"): a real process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from tests.conftest import REPO


def test_serve_on_a_port_in_use_says_so_in_one_line_and_opens_no_index(tmp_path):
    """A second `make serve` said "serving on http://127.0.0.1:7937/", began indexing, then failed with Gradio's
    traceback ("OSError: Cannot find empty port in range: 7937-7937") and an abort at exit."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "qa.cli", "serve", "--port", str(port), "--index",
                               str(tmp_path / "index"), "--corpus", str(REPO / "corpus"), "--data",
                               str(tmp_path / "data")], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                              env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)})
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert f"cannot serve on 127.0.0.1:{port}" in said and "another port" in said
    assert "Traceback" not in said and "serving on" not in said
    assert not (tmp_path / "index").exists() and not (tmp_path / "data").exists()
