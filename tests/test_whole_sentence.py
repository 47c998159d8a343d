"""A highlight that holds part of a sentence cut into units is shown over the whole sentence (`qa.cite.whole_sentence`,
SENTENCE_HIGHLIGHT_WORDS; docs/retrieval.md, "The whole sentence, not the part of it a unit holds"), and the decline
still reads the units that matched (`Highlighted.read`)."""

import qa.cite as cite
from bench import constants

# a 47-word sentence of the bundled press conference, cut into two units, and the sentences around it
HEAD = ("We agreed to remain in contact at the level of ministers, deputy ministers and heads of departments at our "
        "ministries in keeping with")
TAIL = ("the Plan for Consultations between the Russian and Serbian foreign ministries for 2021-2022, which was signed "
        "during my visit to Belgrade in December 2020.")
BEFORE = "We believe this balanced policy by Belgrade is contributing to the preservation of peace and stability."
AFTER = "I am grateful to my colleague for the positive talks."


def test_a_highlight_on_part_of_a_cut_sentence_grows_over_the_whole_sentence():
    texts = [BEFORE, HEAD, TAIL, AFTER]
    # the tail with the short sentence after it: the whole sentence (47 words) and that neighbour (10) fit in 60 words,
    # and not in 50, where the sentence alone is shown
    with constants(cite, SENTENCE_HIGHLIGHT_WORDS=60):
        assert cite.whole_sentence(texts, 2, 3, best=2) == (1, 3)
    with constants(cite, SENTENCE_HIGHLIGHT_WORDS=50):
        assert cite.whole_sentence(texts, 2, 3, best=2) == (1, 2)
    # the tail alone: the sentence
    assert cite.whole_sentence(texts, 2, 2, best=2) == (1, 2)
    # a neighbour that would not fit with the sentence is left out
    longer = BEFORE[:-1] + ", and so " + BEFORE[0].lower() + BEFORE[1:]
    assert cite.whole_sentence([longer, HEAD, TAIL], 0, 1, best=1) == (1, 2)
    # a highlight that holds its whole sentence already stays
    assert cite.whole_sentence(texts, 0, 0, best=0) is None


def test_a_whole_sentence_too_long_unpunctuated_text_or_the_setting_off_keep_the_highlight():
    texts = [BEFORE, HEAD, TAIL, AFTER]
    with constants(cite, SENTENCE_HIGHLIGHT_WORDS=40):  # the sentence has 47 words
        assert cite.whole_sentence(texts, 2, 2, best=2) is None
    with constants(cite, SENTENCE_HIGHLIGHT_WORDS=0):
        assert cite.whole_sentence(texts, 2, 2, best=2) is None
    captions = ["so these points are called out of bag", "and we use them to estimate the error of"]
    assert cite.whole_sentence(captions, 0, 0, best=0) is None  # no sentence ends: captions read as one sentence
    assert cite.whole_sentence(texts, 3, 3, best=2) is None  # the best unit is not in the highlight (moved off it)


def test_the_seeds_question_about_levels_is_highlighted_at_the_part_that_names_them(seed_qa):
    question = "At which levels will the Russian and Serbian foreign ministries stay in touch?"
    first = seed_qa.ask(question, k=1).citations[0]
    assert "at the level of ministers, deputy ministers and heads of departments" in first.highlight
    assert first.text[first.highlight_start:first.highlight_end] == first.highlight
    with constants(cite, SENTENCE_HIGHLIGHT_WORDS=0):  # without the rule: the part that repeats the question's words
        before = seed_qa.ask(question, k=1).citations[0]
    assert "level of ministers" not in before.highlight and "foreign ministries" in before.highlight


def test_the_decline_reads_the_units_that_matched_not_the_whole_sentence(wildfires_qa):
    # the whole NOAA sentence is shown ...
    first = wildfires_qa.ask("Which agency has satellites that see new fires from space?", k=1).citations[0]
    assert "NOAA" in first.highlight and "see from space" in first.highlight
    # ... and "Who started the Lava Fire?" is still declined: read whole, that sentence names NOAA and says "start"
    # ("... able to see from space when new fires start"), which the decline would read as who started it
    assert not wildfires_qa.ask("Who started the Lava Fire?").answerable
