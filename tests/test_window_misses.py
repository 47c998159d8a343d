"""bench/window_misses.py sorts a first citation by where the gold lies against the passages of its file: left out of
the cited window of the passage it cites, in the next passage of the same turn, or after the highlight."""

from bench.window_misses import classify, half
from qa.types import Passage

TEXT = ("Sputnik V is a vaccine developed in Russia. It was registered in August. "
        "Serbia makes it in Belgrade. Production starts in May. "
        "We discussed Kosovo as well.")


def passage(start: int, end: int, turn: int) -> Passage:
    return Passage(transcript="t.txt", speaker="A", role="answer", text=TEXT[start:end], start_char=start,
                   end_char=end, turn_index=turn, paragraph=turn)


PASSAGES = [passage(0, 73, 0), passage(73, 128, 0), passage(128, len(TEXT), 1)]


def record(gold: list[list[int]], start: int, end: int, hit: bool, highlight: tuple[int, int] = (0, 43),
           on_gold: bool = False) -> dict:
    citation = {"transcript": "t.txt", "start_char": start, "end_char": end,
                "highlight_start_char": highlight[0], "highlight_end_char": highlight[1]}
    return {"id": "q", "answerable": True, "transcript": "t.txt", "gold": gold,
            "answer": {"citations": [citation]},
            "metrics": {"hit@1": float(hit), "highlight@1": on_gold}}


def test_gold_the_window_leaves_out_after_its_end():
    assert classify(record([[44, 73]], 0, 43, False), PASSAGES) == "miss: (a) window leaves out gold after"


def test_gold_in_the_next_passage_of_the_same_turn_and_of_the_next():
    assert classify(record([[73, 101]], 0, 73, False), PASSAGES) == "miss: (b) gold in the next passage, same turn"
    assert classify(record([[129, 157]], 73, 128, False), PASSAGES) == (
        "miss: (b) gold in the next passage, next turn")


def test_a_hit_whose_highlight_stops_before_the_gold():
    assert classify(record([[44, 73]], 0, 73, True), PASSAGES) == "hit: (c) gold after the highlight"
    assert classify(record([[0, 43]], 0, 73, True, on_gold=True), PASSAGES) == "hit: highlight on gold"


def test_halves_are_stable_and_both_taken():
    assert {half(f"dev-{n}") for n in range(20)} == {0, 1}
