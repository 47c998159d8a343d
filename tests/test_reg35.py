"""reg35: the frame a reporter types around a question ("Get me the quote where ...", "... ? Need the exact line.")
is read as a frame, not as a name the transcripts lack (docs/retrieval.md, "reg35")."""

from qa.answerable import names


def test_a_frame_verb_opening_a_sentence_is_no_name():
    assert names("Get me the quote where Lavrov calls the Greater Albania talk provocative.") == [
        "Lavrov", "Greater Albania"]
    assert names("Did Lavrov actually say the economy can cope? Need the exact line.") == ["Lavrov"]
    assert names("Pull the line where Biden talks about Iran. Wondering what he said.") == ["Biden", "Iran"]
    # a name that opens a later sentence is still a name, and so is a word of the frame's list elsewhere
    assert names("What did he say? Biden said so.") == ["Biden"]
    assert names("Who said Grab is a good app?") == ["Grab"]
    # an acronym after an abbreviation's point opens no sentence
    assert names("What does U.S. IT spending buy?") == ["IT"]


def test_a_reporters_frame_does_not_decline_what_the_transcript_says(seed_qa):
    # "Get" and "Need", capitalised by spelling, were names no transcript says: declined ("No transcript speaks of
    # all that this question asks about.", "Need does not come up in what Lavrov says.")
    quote = seed_qa.ask("Get me the quote where Lavrov calls the Greater Albania talk provocative.")
    assert quote.answerable, quote.note
    assert "provocative" in quote.citations[0].text
    line = seed_qa.ask("Did Lavrov actually say the Russian economy can cope with the debt sanctions? "
                       "Need the exact line.")
    assert line.answerable, line.note
    assert "can cope with this scale" in " ".join(c.text for c in line.citations[:3])
    # the frame is no topic either: a name the transcript lacks is still declined inside it
    absent = seed_qa.ask("Get me the quote where Lavrov talks about Fukushima.")
    assert not absent.answerable and "Fukushima" in absent.note
