"""Docs that are generated from the code stay in step with it."""

from docs.make_docs import DOCS, cli_markdown, settings_markdown


def test_settings_doc_lists_every_setting_as_the_code_defines_it():
    assert (DOCS / "settings.md").read_text(encoding="utf-8") == settings_markdown(), \
        "docs/settings.md is stale: run .venv/bin/python docs/make_docs.py"


def test_cli_doc_is_the_current_help():
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == cli_markdown(), \
        "docs/cli.md is stale: run .venv/bin/python docs/make_docs.py"
