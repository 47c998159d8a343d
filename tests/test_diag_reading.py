"""bench/diag_reading.py's `miss_cause`: why the passages read within a word budget hold no gold, the mechanical
causes (nothing read, a list cut short, spans read twice) told apart from the ranking's."""

from bench.diag_reading import miss_cause

GOLD = [(1000, 1100)]


def row(ranked, *, depth=300, citable=True):
    return dict(transcript="m.txt", gold=GOLD, ranked=ranked, depth=depth, citable=citable)


def passage(start: int, words: int, transcript: str = "m.txt"):
    return (transcript, start, start + 50, words, "A")


def test_a_hit_has_no_cause():
    assert miss_cause(row([passage(0, 100), passage(1000, 100)]), 200) is None


def test_a_declined_question_reads_nothing():
    assert miss_cause(row([]), 2000).startswith("declined")


def test_gold_ranked_past_the_budget_says_where():
    ranked = [passage(100 * n, 150) for n in range(5)] + [passage(1000, 20)]  # rank 6, after 750 words
    assert miss_cause(row(ranked), 600) == "ranking: first gold at rank 6, after 750 words"
    assert miss_cause(row(ranked), 2000) is None


def test_spans_read_twice_are_mechanical():
    ranked = [passage(0, 100), passage(20, 100), passage(2000, 100), passage(1000, 100)]
    assert miss_cause(row(ranked), 300).startswith("mechanical: spans read twice")
    other = [passage(0, 100), passage(20, 100, "other.txt"), passage(2000, 100), passage(1000, 100)]
    assert miss_cause(row(other), 300).startswith("ranking")  # the same offsets in two meetings do not overlap


def test_a_list_cut_before_the_budget_is_mechanical_unless_it_is_the_whole_meeting():
    ranked = [passage(100 * n, 10) for n in range(3)]
    assert miss_cause(row(ranked, depth=3), 2000) == "mechanical: list cut before the budget (depth)"
    assert miss_cause(row(ranked, depth=300), 2000) == "meeting shorter than the budget, no gold in it"
    assert miss_cause(row(ranked, depth=300, citable=False), 2000).startswith("gold in no indexed passage")


def test_reading_stopped_short_by_a_long_passage_is_mechanical():
    ranked = [passage(0, 100), passage(2000, 1500), passage(1000, 10)]
    assert miss_cause(row(ranked), 1000).startswith("mechanical: reading stopped 900 words short")
