"""What `tqa serve` says when its start-up indexing changes an index (trial39, docs/ui.md "New user's trial
(trial39)"): a meeting analyst served their own index and read "5 transcripts (1 changed, 18 passages embedded)",
where the change was the bundled press conference, added to their meetings. Real folders, index and model."""

from __future__ import annotations

import logging
import shutil

import app
from qa.api import Settings, TranscriptQA
from qa.config import BUNDLED_CORPUS
from tests.conftest import SEED


def start_up_line(tqa: TranscriptQA, folders, caplog) -> str:
    caplog.clear()
    with caplog.at_level(logging.INFO, logger=app.log.name):
        starting = app.StartUp(tqa, folders).start()
        assert starting.done.wait(300)
    (line,) = [r.getMessage() for r in caplog.records if " transcripts (" in r.getMessage()]
    return line


def test_the_start_up_line_names_what_it_changed(tmp_path, caplog):
    data = tmp_path / "data"
    data.mkdir()
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", data_dir=data))
    line = start_up_line(tqa, [BUNDLED_CORPUS, data], caplog)
    assert f"1 transcripts (1 changed: added {SEED.name}; 18 passages embedded in " in line, line
    assert start_up_line(tqa, [BUNDLED_CORPUS, data], caplog).endswith("1 transcripts (0 changed)")
    for n in range(7):
        (data / f"standup-{n}.txt").write_text(f"Ana: Item {n} of the standup is the budget for week {n}.\n"
                                               f"Ben: Agreed, we ship item {n} on Friday.\n", encoding="utf-8")
    line = start_up_line(tqa, [BUNDLED_CORPUS, data], caplog)
    assert "8 transcripts (7 changed: added standup-0.txt, standup-1.txt, standup-2.txt, standup-3.txt, " \
           "standup-4.txt and 2 more; " in line, line
    (data / "standup-0.txt").unlink()
    (data / "standup-1.txt").write_text("Ana: The standup moved to Monday.\n", encoding="utf-8")
    line = start_up_line(tqa, [BUNDLED_CORPUS, data], caplog)
    assert "(2 changed: updated standup-1.txt; removed standup-0.txt; 1 passage embedded in " in line, line
