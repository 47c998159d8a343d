"""What the user knows already and what the reporter asked right above the answer: the words after "besides",
"apart from" ... are left out of the highlight's word share (`qa.cite.known_stems`, EXCLUDED_WORDS), and the
answer's opening sentence gains under a reporter's question that matches the user's better than the reply does
(`qa.cite.asked_above`; docs/retrieval.md, "What the user knows already; what the reporter asked right above the
answer"). The real bundled model and index of the seed transcript."""

import qa.cite as cite
from bench import constants

MEDIATION = "Is Russia pushing Serbia to accept Russian mediation with Pristina?"  # seed-951
POLAND = ("Besides responding in kind to the ten US diplomats being sent home, which other country's expulsion of "
          "Russian diplomats will Moscow answer?")  # dev-pair-4, over the same transcript


def test_known_stems_reads_what_the_user_says_they_know():
    assert cite.known_stems("Besides Interpol, which organisations did Kosovo fail to join?") == {"besid", "interpol"}
    # up to the question word that opens the main clause, without a comma
    assert cite.known_stems("Besides Interpol which organisations did Kosovo fail to join?") == {"besid", "interpol"}
    # at the end of the question
    assert cite.known_stems("What has Russia done with Biden's summit proposal besides welcoming it?") == {
        "besid", "welcom"}
    assert cite.known_stems("Except for the UN, in which forums will Russia and Serbia coordinate?") == {"except", "un"}
    # a word the rest of the question says too is still asked
    assert "kosovo" not in cite.known_stems("Besides Kosovo, what did Lavrov say about Kosovo and Serbia?")
    assert cite.known_stems("What else did Lavrov say about Kosovo?") == frozenset()
    asked = cite.read_question("Apart from the list of eight officials, what other sanctions did the US announce?")
    assert {"list", "eight", "offici"} <= asked.known and "sanction" in asked.stems
    with constants(cite, EXCLUDED_WORDS=False):
        assert not cite.read_question("Apart from the list, what other sanctions?").known


def test_the_highlight_leaves_out_what_the_user_knows(seed_qa):
    first = seed_qa.ask(POLAND, k=1).citations[0]
    assert "Poland also announced the expulsion of our diplomats." in first.highlight
    with constants(cite, EXCLUDED_WORDS=False):  # without the rule: the sentence about the ten diplomats
        before = seed_qa.ask(POLAND, k=1).citations[0]
    assert "Poland" not in before.highlight and "Ten diplomats were included" in before.highlight


def test_the_answers_opening_answers_what_the_reporter_asked_above_it(seed_qa):
    first = seed_qa.ask(MEDIATION, k=1).citations[0]
    assert first.kind == "exchange" and first.highlight.startswith("We do not impose anything.")
    # without the rule: the reply's best matching sentence (and without yn54's verdict before, which would add the
    # negating sentence before it to this yes/no question's highlight)
    with constants(cite, ASKED_ABOVE_OPENING=0.0, VERDICT_BEFORE=0):
        before = seed_qa.ask(MEDIATION, k=1).citations[0]
    assert before.highlight.startswith("Let me stress again")
    # a margin the reporter's question does not clear: no gain
    with constants(cite, ASKED_ABOVE_MARGIN=2.0, VERDICT_BEFORE=0):
        assert seed_qa.ask(MEDIATION, k=1).citations[0].highlight.startswith("Let me stress again")
