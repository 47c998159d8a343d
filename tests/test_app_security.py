"""The server with a login (TQA_AUTH): failed logins throttled per address, nothing indexed shown before the
login, no run history, no Hugging Face token within reach. One real server for the module."""

from __future__ import annotations

import logging
import time

import httpx
import pytest

from qa.api import forget_hub_tokens
from tests.conftest import SEED, running_ui

USER, PASSWORD = "editor", "s3cret-words"


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with running_ui(tmp_path_factory.mktemp("ui-auth"), auth=f"{USER}:{PASSWORD}", login_delay_s=1.0) as (address, _):
        yield address


def login(url: str, password: str) -> int:
    return httpx.post(f"{url}login", data={"username": USER, "password": password}).status_code


def test_failed_logins_are_throttled_then_the_right_password_works_again(url, caplog):
    caplog.set_level(logging.WARNING, logger="tqa")
    assert [login(url, f"guess-{n}") for n in range(5)] == [400] * 5
    assert login(url, PASSWORD) == 429  # refused while the delay runs, even with the right password
    assert any("failed attempts" in r.getMessage() for r in caplog.records)
    assert any("refused" in r.getMessage() for r in caplog.records)
    time.sleep(1.2)
    assert login(url, PASSWORD) == 200
    assert login(url, "guess-again") == 400  # a success starts the count afresh


def test_page_before_login_names_no_transcript(url):
    page = httpx.get(url)
    assert page.status_code == 200
    assert SEED.name not in page.text and "lavrov" not in page.text.lower()


def test_run_history_is_not_served(url):
    assert httpx.get(f"{url}gradio_api/runs").status_code == 404
    assert httpx.get(f"{url}gradio_api/run-history/buckets").status_code in (401, 403, 404)


def test_api_needs_the_login(url):
    assert httpx.get(f"{url}gradio_api/info").status_code == 401


def test_hub_tokens_are_forgotten():
    environ = {"HF_TOKEN": "hf_secret", "HUGGING_FACE_HUB_TOKEN": "hf_other", "PATH": "/bin"}
    forget_hub_tokens(environ)
    assert "HF_TOKEN" not in environ and "HUGGING_FACE_HUB_TOKEN" not in environ
    assert environ["HF_TOKEN_PATH"] == "/dev/null" and environ["PATH"] == "/bin"
