"""'Not in these transcripts': declined by the evidence a search leaves (words and names the transcripts lack, the
source a question names, how close the passages are), with a note that says why; decided on held-out questions."""

import dataclasses
import json

import pytest

from qa.answerable import (AnswerType, answer_type, asked_places, asked_words, asks_name, compared, content_words,
                           country_named, doing_verb, figure_subject, holds_answer_type, kind_speaks, relation_distance,
                           relation_said, relation_verb, unit_found, unit_kind, figure_elsewhere, is_person, is_place,
                           named_sources, names, names_said, passive_doer, place_named, said_doing, speaker_named,
                           transcript_facts, with_sentence_start, without_attribution)
from qa import answerable, order
from qa.config import REPO_ROOT
from qa.errors import TqaError
from qa.types import TranscriptInfo
from tests.conftest import SEED, meeting_qa, shared_path

HELD_OUT_SEED = [json.loads(line) for line in (REPO_ROOT / "qa/data/seed_questions_heldout.jsonl").read_text().splitlines()]


def test_content_words_leave_out_the_words_of_asking():
    assert content_words("What did Lavrov say about the Open Skies Treaty?") == ["lavrov", "open", "skies", "treaty"]


def test_the_words_a_question_must_find_leave_out_the_words_of_discussing():
    assert asked_words("Summarize the discussion about the pros and cons of bootstrap sampling.") == [
        "bootstrap", "sampling"]


@pytest.mark.parametrize("question, found", [
    ("Apart from prose, what else goes into a specification?", []),
    ("Despite the expulsions, does Lavrov want a dialogue?", ["Lavrov"]),
    ("Besides Kosovo, what did Selakovic raise?", ["Kosovo", "Selakovic"]),
])
def test_a_preposition_that_opens_a_question_is_no_name(question, found):
    assert names(question) == found


@pytest.mark.parametrize("question, found", [
    ("Roughly how many Russians work at Russia's mission to the UN?", ["Russians", "Russia", "UN"]),
    ("Exactly when did Lamport write the Paxos paper?", ["Lamport", "Paxos"]),
    ("Kelly, how are you?", ["Kelly"]),  # a name addressed, before a comma
])
def test_an_adverb_in_ly_before_the_asking_word_is_no_name(question, found):
    # "Roughly" was read as a name the counting passages lack ("No passage found counts ... with Roughly.")
    assert names(question) == found


def test_a_when_with_no_time_found_is_declined_up_to_time_similarity():
    from qa.answerable import DeclineRule, decide
    from qa.types import Evidence

    # dev-un-1615, "When will Lamport's TLA+ book be finished?" ("whether I'll finish the book - those are unknown
    # questions"), similarity 0.546: answered under the bound of the other kinds (typed_similarity 0.5)
    evidence = Evidence(cosine=0.55, sentence=0.43, coverage=1.0, top_coverage=1.0, expected="time",
                        expected_found=False)
    assert not decide(evidence).answerable
    assert decide(dataclasses.replace(evidence, cosine=DeclineRule().time_similarity + 0.01)).answerable
    assert decide(dataclasses.replace(evidence, expected_found=True)).answerable
    # a count not found keeps its own bound
    assert decide(dataclasses.replace(evidence, expected="number")).answerable


def test_a_count_for_another_time_is_declined_up_to_count_time_similarity():
    from qa.answerable import decide
    from qa.types import Evidence

    # dev-un-1601, "How many acres have burned in Oregon so far this year?" (Governor Brown's "Last year ... over a
    # million acres"), similarity 0.574: answered under the old bound 0.55
    evidence = Evidence(cosine=0.57, sentence=0.72, coverage=1.0, top_coverage=1.0, count_found=True,
                        count_other_time=("this year",))
    assert not decide(evidence).answerable
    assert decide(dataclasses.replace(evidence, cosine=0.62)).answerable


@pytest.mark.parametrize("question, who", [
    ("What did Putin say about the summit?", ["Putin"]),
    ("According to Lavrov, what is the state of the treaty?", ["Lavrov"]),
    ("Did the bagging lecture mention boosting?", ["the bagging lecture"]),
    ("What does Moscow think of the sanctions?", ["Moscow"]),
    ("How many diplomats will Russia expel?", []),
])
def test_the_source_a_question_names_is_found(question, who):
    assert named_sources(question)[0] == who


@pytest.mark.parametrize("source, person", [
    ("Governor Polis", True), ("Donald Knuth", True), ("Moscow", False), ("the EU and NATO", False),
    ("the bagging lecture", False),
])
def test_a_source_is_surely_a_person_only_with_a_title_or_a_first_name(source, person):
    assert is_person(source) is person


def test_a_name_no_transcript_mentions_is_declined_with_a_note_that_names_it(seed_qa):
    answer = seed_qa.ask("Did Lavrov mention Montenegro?")
    assert not answer.answerable and answer.citations == ()
    assert answer.note == "Montenegro is not mentioned in these transcripts."


def test_a_people_named_by_its_adjective_counts_as_present_when_the_transcripts_name_its_country(seed_qa):
    # the transcript says "Poland also announced the expulsion of our diplomats", never "Polish"
    answer = seed_qa.ask("Why did Russia decide to expel Polish diplomats?")
    assert answer.answerable and answer.evidence.unknown_names == ()
    assert any("Poland also announced the expulsion" in c.highlight for c in answer.citations[:3])


def test_a_country_asked_by_its_code_counts_as_present_where_the_transcripts_name_it_otherwise(seed_qa):
    # the transcript says "painful measures on American business", never "USA"
    answer = seed_qa.ask("What opportunities does Lavrov say Russia has against USA business?")
    assert answer.answerable and answer.evidence.unknown_names == ()
    assert "painful measures on American business" in answer.citations[0].highlight


def test_a_first_name_counts_as_present_where_the_surname_after_it_is_said():
    # "Which member of Kamala Harris's family fights fires?": the transcripts say "Harris", never "Kamala"
    from qa.answerable import first_names

    assert first_names("What did Nikola Selakovic say about Montenegro?", lambda w: w == "selakovic") == {"nikola"}
    assert first_names("What did Angela Merkel say?", lambda w: False) == set()


def test_a_topic_whose_words_no_section_of_the_speaker_holds_together_is_declined(seed_qa):
    # Lavrov says "interest" and "rates", never in one section (a run of neighbouring turns)
    answer = seed_qa.ask("Did Lavrov talk about interest rates?")
    assert not answer.answerable
    assert answer.note == "No passage of Lavrov speaks of interest rates."


def test_a_topic_one_passage_of_the_speaker_holds_is_answered(seed_qa):
    answer = seed_qa.ask("Did Lavrov mention the Open Skies Treaty?")
    assert answer.answerable and answer.evidence.topic_coverage == 1.0


@pytest.mark.parametrize("question, topic", [
    ("Did Lamport talk about machine learning?", "machine learning"),
    ("Was the power grid discussed at the wildfire meeting?", "the power grid"),
    ("What are Lamport's views on Bitcoin mining?", "Bitcoin mining"),
    ("What did the officials say regarding tariffs on Russian steel?", "tariffs on Russian steel"),
    ("Tell me a joke about cats.", "cats"),
    ("How many diplomats will leave?", None),
    ("What were the pros and cons of bagging discussed in the lecture?", None),  # the place alone is no topic
])
def test_what_a_question_asks_was_said_is_read_from_its_wording(question, topic):
    from qa.answerable import topic_of

    assert topic_of(question) == topic


@pytest.mark.parametrize("question, kind", [
    ("What percentage of Serbia's population has been vaccinated?", "percentage"),
    ("How much money did Russia pay the Taliban?", "amount of money"),
    ("In what year did Lamport join Microsoft Research?", "year"),
    ("On what date will Russia leave the memorandum?", "date"),
    ("What is the date of the next meeting?", "date"),  # the date asked as a noun, not only "what date"
    ("What was the exact year of the fire?", "year"),
    ("What is the day like in Moscow?", None),
    ("How many diplomats will leave?", "number"),
    ("When does it take effect?", "time"),
    ("Why did Russia expel them?", None),
    ("Who decides how fast the feedback loop runs?", None),  # "who" asks for a person, whatever "how" clause it holds
    ("And who pays how much money?", None),
])
def test_the_kind_of_answer_a_question_asks_for_is_named(question, kind):
    from qa.answerable import expected_answer

    assert expected_answer(question) == kind


def test_a_who_question_with_a_how_clause_asks_for_no_figure_amount_or_unit():
    from qa.answerable import unit_kind

    assert answer_type("Who said how many diplomats were expelled?") is None
    assert answer_type("Who knows how much the fund holds?") is None
    assert unit_kind("Who says how hot it got?") is None
    assert answer_type("How many diplomats did Russia expel?").kind == "count"  # not opening with "who": as before


def test_a_name_right_before_the_verb_asked_is_its_doer_a_country_too():
    from qa.answerable import subject_doer

    text = "the velocity of that feedback loop really is a function of what\nRussia decides to do next."
    assert subject_doer(text, "decid", set())
    assert not subject_doer(text, "decid", {"russia"})  # a name the conversation said is no new doer
    assert not subject_doer(text, "start", set())  # not the verb asked
    assert not subject_doer("Russia decides to do next.", "decid", set())  # a capital that starts a text: any word


def test_who_decides_how_fast_asks_no_number_and_finds_its_doer_in_what_a_country_decides(tmp_path_factory):
    # issue 10 (conv-dev-1602): "how fast" was read as asking for a number ("No passage found gives the number asked
    # for"), then the "who" rule found no doer in "a function of what Russia decides to do next": a country is no
    # name to it. Read in the evidence: over this call alone the nearest passage is not close enough to answer
    # (cosine 0.22); over the nine shared transcripts it is answered, citing that passage first
    from tests.conftest import shared_transcript_qa

    tqa = shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")
    evidence = tqa.ask("Who decides how fast the feedback loop runs?", k=3).evidence
    assert evidence.expected is None and evidence.expected_found is None
    assert evidence.acted_found is True


def test_a_question_for_a_percentage_no_highlight_gives_is_declined(seed_qa):
    # the passages found speak of Serbia's vaccination, none gives a share of its population
    answer = seed_qa.ask("What percentage of Serbia's population has been vaccinated?")
    assert not answer.answerable
    assert answer.note == "No passage found gives the percentage asked for."


def test_a_named_speaker_who_does_not_speak_is_said_in_the_note(seed_qa):
    answer = seed_qa.ask("What did Putin say about the proposed summit with Biden?")
    assert "Nobody named Putin speaks in these transcripts." in answer.note


def test_a_person_who_does_not_speak_is_named_in_the_note(seed_qa):
    # a note, not a decline: a speaker may report what someone else said (docs/retrieval.md)
    answer = seed_qa.ask("What did Ambassador John Sullivan say after his meeting with Ushakov?")
    assert "Nobody named Ambassador John Sullivan speaks" in answer.note


def test_a_name_the_transcripts_hold_but_the_passages_found_lack_is_named_in_the_evidence(seed_qa):
    evidence = seed_qa.ask("How many Russian diplomats work at the embassy in Belgrade?").evidence
    assert evidence.displaced_names == ("Belgrade",)


def test_the_displaced_name_rule_when_switched_on_declines_with_a_note_that_names_it(seed_qa):
    # off by default (docs/retrieval.md: it caught no held-out question); DeclineRule(displaced_similarity=...) on
    from qa.answerable import DeclineRule, decide

    evidence = seed_qa.ask("How many Russian diplomats work at the embassy in Belgrade?").evidence
    verdict = decide(evidence, DeclineRule(displaced_similarity=0.65))
    assert not verdict.answerable
    assert verdict.note == "Belgrade does not come up with the rest of this question in these transcripts."


def test_a_part_of_a_compound_name_in_the_passages_found_is_the_name_found(seed_qa):
    answer = seed_qa.ask("Which partners joined the US in the Crimea-related sanctions?")
    assert answer.answerable and answer.evidence.displaced_names == ()


def test_a_name_in_the_title_of_the_transcripts_is_found_with_every_passage(seed_qa):
    # the title ends "Moscow, April 16, 2021": Moscow is the setting of every passage, said or not
    evidence = seed_qa.ask("Is Moscow demanding a mediating role in the Belgrade-Pristina dialogue?").evidence
    assert "Moscow" not in evidence.displaced_names


def test_the_evidence_of_the_decision_is_part_of_the_answer(seed_qa):
    evidence = seed_qa.ask("How many American diplomats will be told to leave Russia?").evidence
    assert evidence.coverage > 0.5 and evidence.cosine > 0.5 and evidence.expected == "number"


def test_held_out_seed_questions_are_declined_when_unanswerable_and_answered_otherwise(seed_qa):
    said = [(q.get("answerable", True), seed_qa.ask(q["question"], history=q.get("history", ())).answerable)
            for q in HELD_OUT_SEED]
    unanswerable = [s for gold, s in said if not gold]
    answerable = [s for gold, s in said if gold]
    assert len(unanswerable) >= 10 and len(answerable) >= 30
    assert unanswerable.count(False) / len(unanswerable) >= 0.4
    assert answerable.count(False) / len(answerable) <= 0.05


def test_the_caption_question_whose_answer_is_55_plus_people_is_answered(tmp_path):
    from qa.api import TranscriptQA
    from qa.config import Settings

    vtt = shared_path("data", "transcripts", "agentic-ai-explained-youtube-captions.vtt")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([SEED, vtt])
    answer = tqa.ask("How many people work at the presenter's company?", k=3)
    assert answer.answerable
    assert "55 plus people" in answer.citations[0].highlight


# A guard against regressions, not a target: on these held-out questions the decline rule (tuned on dev) declines
# 3 of 5 unanswerable ones and 0 of 16 answerable ones (docs/evaluation.md has the figures on every set).
THRESHOLD_RECALL, THRESHOLD_FALSE = 0.6, 0.1
CAPTIONS = ("agentic-ai-explained-youtube-captions.vtt", "i2ml-random-forest-bagging-lecture.srt",
            "core-web-vitals-lecture-whisper.json")


def held_out(name: str) -> list[dict]:
    """The held-out questions of bench/questions/NAME about the three caption transcripts."""
    path = REPO_ROOT / "bench" / "questions" / name
    return [q for q in map(json.loads, path.read_text().splitlines()) if q.get("transcript") in CAPTIONS]


def test_held_out_questions_about_captions_are_declined_when_unanswerable_and_answered_otherwise(tmp_path):
    from qa.api import TranscriptQA
    from qa.config import Settings

    files = [shared_path("data", "transcripts", name) for name in CAPTIONS]
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest(files)
    unanswerable = [tqa.ask(q["question"]).answerable for q in held_out("unanswerable-test.jsonl")]
    answerable = [tqa.ask(q["question"]).answerable for q in held_out("real-test.jsonl")]
    assert len(unanswerable) >= 5 and len(answerable) >= 10
    assert unanswerable.count(False) / len(unanswerable) >= THRESHOLD_RECALL
    assert answerable.count(False) / len(answerable) <= THRESHOLD_FALSE


@pytest.mark.parametrize("question", ["Summarize the discussion about the remote control's buttons.",
                                      "Describe what the group decided about the budget.",
                                      "List the reasons Lavrov gave."])
def test_a_verb_that_opens_a_request_is_no_name(question):
    from qa.answerable import names

    assert question.split()[0] not in names(question)


@pytest.mark.parametrize("question, who, topic", [
    ("Does the export ban cover goods already shipped?", [], None),  # a ban covers; it does not speak
    ("Are existing holdings covered by the prohibition?", [], None),
    ("How many frames per second does a movie show?", [], None),
    ("Did the wildfire meeting cover helicopter shortages?", ["the wildfire meeting"], "helicopter shortages"),
    ("Was the power grid covered at the wildfire meeting?", [], "the power grid"),
    ("Did Lavrov cover the Open Skies Treaty?", ["Lavrov"], "the Open Skies Treaty"),
])
def test_a_verb_that_is_not_only_speech_is_speech_only_where_its_subject_can_speak(question, who, topic):
    from qa.answerable import topic_of

    assert named_sources(question)[0] == who and topic_of(question) == topic


def test_the_source_is_the_shortest_subject_before_a_verb_of_speech():
    # "talks" is a verb of speech too: the source of this question is Selakovic, not "Selakovic say about the"
    assert named_sources("What did Selakovic say about the talks with Russia?")[0] == ["Selakovic"]


@pytest.mark.parametrize("phrase, person", [
    ("Putin", True), ("the Serbian foreign minister", True), ("the officials", True),
    ("the mobile Lighthouse report", False), ("the bagging lecture", False), ("Resolution 1244", False),
])
def test_only_what_can_be_a_person_can_be_a_speaker(phrase, person):
    from qa.answerable import can_be_person

    assert can_be_person(phrase) is person


def test_no_speaker_note_is_given_for_a_document(seed_qa):
    answer = seed_qa.ask("What does the Security Council resolution say about Kosovo?")
    assert answer.answerable and not answer.evidence.absent_speakers


def test_a_person_named_in_the_title_who_never_speaks_is_said_in_the_note(seed_qa):
    # the title names "Foreign Minister of the Republic of Serbia Nikola Selakovic"; only Lavrov and reporters speak
    answer = seed_qa.ask("What did Selakovic say about the talks with Russia?")
    assert answer.answerable and answer.note == ("Nobody named Selakovic speaks in these transcripts: the passages "
                                                 "below are what others say, not Selakovic’s own words.")


@pytest.mark.parametrize("question, found", [
    ("What did they say about Hong Kong?", ["Hong Kong"]),
    ("What did Secretary of State Blinken say?", ["Secretary of State Blinken"]),
    ("What did Serbia's Foreign Minister Nikola Selakovic say?", ["Serbia", "Foreign Minister Nikola Selakovic"]),
])
def test_a_name_of_several_words_is_one_name(question, found):
    from qa.answerable import names

    assert names(question) == found


def test_a_name_of_several_words_is_named_whole_in_the_note(seed_qa):
    answer = seed_qa.ask("Did Lavrov talk about Hong Kong?")
    assert not answer.answerable and answer.note == "Hong Kong is not mentioned in these transcripts."


def test_a_number_in_the_sentence_after_the_highlight_is_a_number_found(seed_qa):
    # "NIS is an engine of Serbia's economy. Last year the company accounted for 13 percent ..."
    answer = seed_qa.ask("How large is the foreign investment in NIS?")
    assert answer.answerable and answer.evidence.expected_found is True


def test_a_word_asked_about_that_no_transcript_holding_the_name_says_makes_the_answer_uncertain():
    from qa.answerable import decide
    from qa.types import Evidence

    evidence = Evidence(cosine=0.37, sentence=0.45, coverage=1.0, top_coverage=1.0, company_coverage=0.0,
                        apart_names=("Moscow",), apart_words=("weather",))
    verdict = decide(evidence)
    assert verdict.answerable and verdict.note == "Uncertain: no transcript that mentions Moscow speaks of 'weather'."


def test_a_word_of_the_same_stem_in_the_transcript_holding_the_name_keeps_it_company(seed_qa):
    # the transcript says "investor", never "investment"
    evidence = seed_qa.ask("How large is the investment in NIS?").evidence
    assert evidence.company_coverage == 1.0 and evidence.apart_words == ()


def test_a_name_said_in_the_turns_before_a_named_speaker_answers_is_said_near_that_speaker(tmp_path):
    # QMSum val (development data): Nicola Edwards names "the coronavirus Act", Albert Heaney answers turns later
    from qa.api import TranscriptQA
    from qa.config import Settings

    lines = shared_path("bench", "qmsum", "val", "transcripts", "education_0.txt").read_text().splitlines()
    excerpt = tmp_path / "education_0.txt"
    excerpt.write_text("\n".join(lines[154:195]) + "\n")  # Heaney's three turns and the turns between them
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([excerpt])
    answer = tqa.ask("What did Albert Heaney think of the coronavirus Act when discussing the evaluations on the "
                     "legitimacy of the children's rights, protection and demands?")
    assert answer.answerable and answer.evidence.source_unknown_names == ()


@pytest.mark.parametrize("source, place", [("Russia", True), ("Moscow’s", True), ("Japan", True),
                                           ("Lavrov", False), ("the Russian side", False), ("NATO", False)])
def test_a_country_or_its_capital_is_a_place(source, place):
    assert is_place(source) is place


def test_a_country_that_speaks_is_not_confined_to_the_transcripts_whose_title_names_it(tmp_path):
    from qa.api import TranscriptQA
    from qa.config import Settings

    call = shared_path("data", "transcripts", "wh-background-press-call-russia-sanctions-2021-04-15.md")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([SEED, call])  # the call's title ends "on Russia"; Russia's minister speaks in the seed
    answer = tqa.ask("What does Russia think about NATO in the Balkans?", k=3)
    assert answer.answerable
    assert answer.citations[0].transcript == SEED.name


def test_a_recording_no_title_names_is_said_in_the_note_not_as_a_speaker(seed_qa):
    answer = seed_qa.ask("What did the Obama interview say about Kosovo?")
    assert "No transcript's title or file name matches the Obama interview." in answer.note
    assert "Nobody named" not in answer.note


def test_a_recording_named_by_a_compound_of_names_is_found_by_those_names(seed_qa):
    from qa.answerable import resolve_source

    source = resolve_source("the Lavrov-Selakovic press conference", tuple(seed_qa.list_transcripts()))
    assert source.transcripts == ("lavrov-selakovic-press-conference-2021-04-16.txt",)


def _infos(*titles_and_names: tuple[str, str]):
    from qa.types import TranscriptInfo

    return tuple(TranscriptInfo(name=name, title=title, date=None, time=None, format="md", speakers=(), passages=1,
                                content_hash=name) for title, name in titles_and_names)


SHARED_TITLES = _infos(("changelog 552 leslie lamport interview", "changelog-552-leslie-lamport-interview.md"),
                       ("i2ml random forest bagging lecture", "i2ml-random-forest-bagging-lecture.srt"),
                       ("Remarks by President Biden in Meeting on Western Wildfires",
                        "wh-biden-meeting-western-wildfires-2021-06-30.md"),
                       ("Remarks by President Biden and Prime Minister Suga of Japan at Press Conference",
                        "wh-biden-suga-press-conference-2021-04-16.md"))


@pytest.mark.parametrize("question, named", [
    ("Who is the host of the Changelog podcast?", ("changelog-552-leslie-lamport-interview.md",)),
    ("In the bagging lecture, what is out-of-bag error?", ("i2ml-random-forest-bagging-lecture.srt",)),
    ("What did Biden say during the Biden-Suga press conference?", ("wh-biden-suga-press-conference-2021-04-16.md",)),
    ("What was decided in the meeting?", ()),  # "meeting" says what kind of recording, not which
    ("What was the purpose of the meeting?", ()),
    ("What did they say in the first meeting?", ()),
    ("What did Biden say during the press conference?", ()),
])
def test_a_recording_is_named_by_a_word_of_its_title_or_file_name_that_says_which(question, named):
    from qa.answerable import recordings_named

    assert recordings_named(question, SHARED_TITLES) == named


LECTURES = SHARED_TITLES + _infos(("core web vitals lecture whisper", "core-web-vitals-lecture-whisper.json"))


@pytest.mark.parametrize("phrase, found", [
    ("the bagging lecture", ("i2ml-random-forest-bagging-lecture.srt",)),
    ("the random forest lecture", ("i2ml-random-forest-bagging-lecture.srt",)),
    ("the Core Web Vitals lecture", ("core-web-vitals-lecture-whisper.json",)),
    ("the Biden wildfires meeting", ("wh-biden-meeting-western-wildfires-2021-06-30.md",)),
    ("the Biden-Suga press conference", ("wh-biden-suga-press-conference-2021-04-16.md",)),
    ("Biden", ("wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-biden-suga-press-conference-2021-04-16.md")),
])
def test_a_source_is_the_recordings_whose_title_shares_the_most_of_its_words(phrase, found):
    from qa.answerable import resolve_source

    assert resolve_source(phrase, LECTURES).transcripts == found


def test_a_recording_asked_about_what_another_recording_of_its_kind_says_is_declined(tmp_path):
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in CAPTIONS[1:]])
    # both are lectures: "the bagging lecture" was both, and the Core Web Vitals one speaks of Lighthouse
    declined = tqa.ask("What does the bagging lecture say about Lighthouse?")
    assert not declined.answerable and "Lighthouse" in declined.note and "the bagging lecture" in declined.note
    assert tqa.ask("What does the Core Web Vitals lecture say about Lighthouse?").answerable


def test_a_name_only_a_file_name_holds_counts_as_mentioned(tmp_path):
    from qa.api import TranscriptQA
    from qa.config import Settings

    vtt = shared_path("data", "transcripts", "agentic-ai-explained-youtube-captions.vtt")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([SEED, vtt])
    answer = tqa.ask("What are the two categories of AI applications in the YouTube video?", k=3)
    assert "YouTube" not in (answer.note or "")
    assert answer.citations and answer.citations[0].transcript == vtt.name


def test_a_how_many_question_whose_passages_count_nothing_of_it_is_declined(seed_qa):
    # the transcript speaks of Russia and Serbia, and counts diplomats and officials, never tanks
    answer = seed_qa.ask("How many tanks will Russia send to Serbia?")
    assert not answer.answerable
    assert answer.note == "No passage found gives a count of what this question asks about."


def test_an_amount_of_money_or_a_share_counts_no_things():
    # "paid less than $13 an hour", "a $37 million federal grant", "10 percent bonuses" give no count of what follows
    asked = answer_type("How many firefighters does the federal government employ?").counted
    assert not holds_answer_type(answer_type("How many grants were announced?"),
                                 ["today, I'm announcing a $37 million federal grant to Sonoma County"]).any()
    assert not holds_answer_type(AnswerType("count", asked),
                                 ["some 10 percent firefighters on the frontlines get bonuses",
                                  "Fifty billion dollars firefighters"]).any()
    assert holds_answer_type(AnswerType("count", asked), ["There are already about 9,000 firefighters deployed"]).all()
    assert holds_answer_type(answer_type("How many dollars did it cost?"), ["it cost 50 dollars"]).all()


def test_a_compound_is_counted_by_its_head_and_a_lecture_counts_by_a_letter():
    assert holds_answer_type(answer_type("How many wildfires did Oregon have last year?"),
                             ["Last year, we had more than 2,000 fires that burned over a million acres."]).all()
    assert holds_answer_type(answer_type("How many bootstrap samples does bagging draw?"),
                             ["we will generate m capital M bootstrap samples of our original training data"]).all()
    assert not holds_answer_type(answer_type("How many wildfires did Oregon have last year?"),
                                 ["A fire burned there."]).any()


def test_a_count_asked_that_no_highlight_gives_is_answered_as_uncertain(wildfires_qa):
    # the meeting says what federal firefighters are paid ("less than $13 an hour", "at least $15 an hour"), never
    # how many the federal government employs: the answer must not read as a count
    answer = wildfires_qa.ask("How many firefighters does the federal government employ?")
    assert answer.evidence.count_found is False
    assert not answer.answerable or answer.note.startswith("Uncertain: no passage found gives a count of")


def test_a_count_found_only_in_passages_without_the_place_asked_about_is_in_the_evidence(seed_qa):
    # "10 US diplomats" is counted in passages that never name Germany, nor the words around them
    evidence = seed_qa.ask("How many diplomats did Russia expel from Germany?").evidence
    assert evidence.count_found and evidence.count_apart == ("Germany",)


def test_a_count_found_far_from_the_place_asked_about_is_declined(wildfires_qa):
    # Governor Brown counts "over a million acres" in Oregon; Newsom names the Lava Fire some 1,500 words later
    answer = wildfires_qa.ask("How many acres has the Lava Fire burned?")
    assert not answer.answerable and answer.evidence.count_apart == ("Lava Fire",)
    assert answer.note == "No passage found counts what this question asks about with Lava Fire."


def test_a_place_named_in_the_words_before_a_count_is_its_setting(wildfires_qa):
    # Newsom says "In California, we were ..." some 250 words before "12,000 lightning strikes in 24 hours"
    answer = wildfires_qa.ask("How many lightning strikes hit California in a single day?")
    assert answer.answerable and answer.evidence.count_found and answer.evidence.count_apart == ()


def test_a_count_said_only_for_another_time_than_the_one_asked_is_declined(wildfires_qa):
    # Governor Brown: "Last year, we had more than 2,000 fires that burned over a million acres."; the President:
    # "the horrific scenes from last year: ... more than 10 million acres burned" (the year said before his passage)
    answer = wildfires_qa.ask("How many acres burned in California this year?")
    assert not answer.answerable and answer.evidence.count_other_time == ("this year",)
    assert answer.note == "The counts found are for another time than this year."
    assert wildfires_qa.ask("How many acres burned in Oregon last year?").answerable
    # the count for this year points back to what it counts: "21 large, uncontained fires were burning. This year,
    # there are 36 that are uncontained and burning."
    answer = wildfires_qa.ask("How many fires in the West were uncontained and burning this year?")
    assert answer.answerable and answer.evidence.count_other_time == ()


@pytest.mark.parametrize("text, said", [
    ("Last year, we had more than 2,000 fires", {("last", "year")}),
    ("in last year’s wildfire season", {("last", "year")}),
    ("over the past year", {("last", "year")}),
    ("this \\[last\\] year", set()),  # a correction in brackets says neither
    ("our 2020 Labor Day wildfires", {("2020", "year number")}),
])
def test_the_times_a_text_names_are_read_by_their_kind(text, said):
    from qa.answerable import other_time, times_said

    assert times_said(text) == said
    assert other_time({("this", "year")}, {("last", "year")}) and not other_time({("this", "year")}, set())
    assert not other_time({("this", "year")}, {("2021", "year number")})  # another kind: no contradiction


@pytest.mark.parametrize("name, text, named", [("American", "that 10 US diplomats leave Russia", True),
                                               ("American", "prevented U.S. persons from purchases", True),
                                               ("United States", "the USA and Russia", True),
                                               ("Polish", "Poland also announced the expulsion", True),
                                               ("American", "let us respond in kind", False),
                                               ("German", "that 10 US diplomats leave Russia", False),
                                               ("Lava Fire", "the Lava Fire", False),
                                               # a code asked: "USA business" over "American business"
                                               ("USA", "painful measures on American business", True),
                                               ("UK", "British firms", True),
                                               ("USA", "let us respond in kind", False)])
def test_a_country_is_named_by_any_of_its_names(name, text, named):
    assert country_named(name, [text]) is named


@pytest.mark.parametrize("place, text, named", [("Moscow’s", "Russia expelled ten diplomats", True),
                                                ("Belgrade", "Serbia's foreign minister", True),
                                                ("Russia", "talks in Moscow", True),
                                                ("Serbia", "talks in Moscow", False),
                                                ("United States", "the U.S. said", True),
                                                ("Moscow", "talks in Belgrade ended", False),
                                                ("Russian diplomats", "Serbia's foreign minister", False)])
def test_a_capital_is_named_by_its_countrys_names(place, text, named):
    assert place_named(place, text) is named


def test_a_people_is_no_place_a_figure_is_asked_for():
    assert asked_places("How many Russian diplomats left Serbia?", ["Russian", "Serbia"]) == ["Serbia"]


def test_a_person_who_never_speaks_and_is_never_named_near_what_is_asked_is_declined(tmp_path):
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([shared_path("data", "transcripts", "changelog-552-leslie-lamport-interview.md")])
    # Lamport names Einstein once, as a genius he is not in the league of; nothing on distributed systems near it
    answer = tqa.ask("What did Einstein say about distributed systems?")
    assert not answer.answerable and answer.evidence.reported_coverage == 0
    assert answer.note == "Nobody named Einstein speaks in these transcripts. No passage reports them on this."


def test_a_person_named_in_passing_is_declined_on_what_no_passage_reports(seed_qa):
    # Lavrov names Albin Kurti once, on a Greater Albania; nothing on Sputnik V near it (nearest passage 0.61)
    answer = seed_qa.ask("What did Albin Kurti say about the Sputnik V vaccine?")
    assert not answer.answerable and answer.evidence.reported_coverage == 0
    assert answer.note == "Nobody named Albin Kurti speaks in these transcripts. No passage reports them on this."


def test_a_person_a_title_names_is_reported_anywhere_in_that_transcript(seed_qa):
    # the title names Nikola Selakovic, who never speaks; Lavrov reports him by his part ("as the Minister noted
    # today"), never near his name on the talks
    answer = seed_qa.ask("What did Selakovic say about the talks with Russia?")
    assert answer.answerable and answer.evidence.reported_coverage == 1
    assert answer.note == ("Nobody named Selakovic speaks in these transcripts: the passages below are what others "
                           "say, not Selakovic’s own words.")  # answered: by what others report


def test_a_person_who_never_speaks_but_is_reported_on_what_is_asked_is_answered(seed_qa):
    # Lavrov: "As President Vladimir Putin has repeatedly said, we will support any solution that is acceptable to
    # Serbia", on Kosovo's status
    answer = seed_qa.ask("What did Putin say about a settlement for Kosovo?")
    assert answer.answerable and answer.evidence.reported_coverage > 0
    # answered: by what others report (the calibrated hedge, qa.calibrated, may follow the note)
    assert answer.note.startswith("Nobody named Putin speaks in these transcripts: the passages below are what "
                                  "others say, not Putin’s own words.")


def test_a_count_of_what_is_asked_is_answered(seed_qa):
    answer = seed_qa.ask("How many American diplomats will be told to leave Russia?")
    assert answer.answerable and answer.evidence.count_found


def test_a_country_that_acts_in_a_question_is_not_noted_as_a_speaker_who_does_not_speak(seed_qa):
    # "Will Russia ask ..." is about what Russia does; it said "Nobody named Russia speaks in these transcripts."
    answer = seed_qa.ask("How many US diplomats will Russia ask to leave?")
    assert answer.evidence.absent_speakers == () and "Nobody named" not in (answer.note or "")


@pytest.mark.parametrize("question, texts, found", [
    ("What did they say about the UK?", ["Mr. Chair, the U.K. will begin applying tariffs"], {"uk"}),
    ("What do the EU and NATO insist on?", ["the European Union and the North Atlantic Treaty Organization"],
     {"eu", "nato"}),
    ("What did they say about the IMF?", ["As I said, the fund is small"], set()),
])
def test_an_acronym_is_found_where_the_passages_write_it_out(question, texts, found):
    from qa.answerable import acronyms_spelled_out

    assert acronyms_spelled_out(question, texts) == found


def test_an_acronym_the_transcript_writes_out_is_no_missing_name(seed_qa):
    # the transcript says "the European Union", never "EU"
    answer = seed_qa.ask("According to Lavrov, what do the EU and NATO insist on regarding Europe's borders?")
    assert answer.answerable and "EU" not in answer.evidence.unknown_names


def test_a_question_of_mostly_unknown_words_is_declined(seed_qa):
    answer = seed_qa.ask("lorem ipsum dolor sit amet")
    assert not answer.answerable and "vocabulary" in answer.note


def test_an_acronym_the_index_cannot_hold_is_found_dotted_in_the_transcript(tmp_path):
    # the index reads "U.K." as two single letters; the question says "UK"
    tqa = meeting_qa(tmp_path, "trade.txt", "Alice: The U.K. will begin applying tariffs on our steel exports in January.",
                     "Bob: Our farmers will keep selling grain abroad, whatever the tariffs.")
    answer = tqa.ask("When will the UK begin applying tariffs on steel?")
    assert answer.answerable and answer.evidence.unknown_names == ()


def test_a_name_ending_in_an_ordinary_word_is_not_excused_as_a_first_name(wildfires_qa):
    # "Kamala" need not occur where "Harris" does; "Dixie" must, since "fire" is no surname
    declined = wildfires_qa.ask("What is the Dixie Fire?")
    assert not declined.answerable and declined.note == "Dixie Fire is not mentioned in these transcripts."
    assert wildfires_qa.ask("What is the Lava Fire?").answerable


def test_a_name_written_one_letter_otherwise_in_the_transcript_is_found(seed_qa, wildfires_qa):
    # transcribers misspell names: "Prishtina" is the transcript's "Pristina", "Siskiyu" its "Siskiyou"; an
    # ordinary word one letter away is another word ("Chile": "chill")
    assert seed_qa.ask("What did Lavrov say about Prishtina's demands?").answerable
    assert wildfires_qa.ask("Which fire is burning in Siskiyu County?").answerable
    declined = seed_qa.ask("What did Lavrov say about Chile?")
    assert not declined.answerable and "Chile is not mentioned" in declined.note


@pytest.mark.parametrize("question, focus", [
    ("How much oil does Serbia import from Russia?", ["oil"]),
    ("How much natural gas does Japan buy from the United States?", ["natural", "gas"]),
    ("Who is the mayor of Portland?", ["mayor"]),
    ("What is the interest rate on Japanese government bonds?", ["interest", "rate"]),
    ("Who won the election in Kosovo?", ["election"]),
    ("Who is the host of the Changelog podcast?", []),  # a part someone has in a recording need not be said
    ("How much money did NIS add to Serbia's budget?", []),  # a word of measure: the answer-kind rules read it
    ("How much will the infrastructure framework invest?", []),
    ("What was the US ambassador John Sullivan advised to do?", []),  # a clause, not what is asked for
    ("Why did Russia expel the diplomats?", []),
    ("How much does Serbia pay for Russian weapons?", ["weapons"]),  # what the sum is for, names left out
    ("How much does California spend on fire insurance?", ["insurance"]),  # ... its head
    ("How much did Oregon invest in preparing for this year's fire season?", []),
    ("What is the Tokyo Olympics budget?", ["budget"]),  # the word that ends it after a name
    ("What is Serbia's defense budget?", ["budget"]),  # ... after a name's possessive: its head
    ("What is Japan's position on Taiwan?", []),  # which statement is asked for, not what about
    ("What is the BRIC program's goal?", []),
    ("What is the Lava Fire?", []),  # a name, asked whole
])
def test_what_a_question_asks_for_is_read_from_its_form(question, focus):
    from qa.answerable import focus_words

    assert focus_words(question) == focus


def test_what_is_asked_for_that_no_transcript_with_its_names_says_is_declined(seed_qa, wildfires_qa):
    # the press conference names Russia and Serbia, never wheat; the meeting names Portland, never a mayor
    declined = seed_qa.ask("How much wheat does Russia export to Serbia?")
    assert not declined.answerable and declined.evidence.focus == ("wheat",)
    assert "'wheat'" in declined.note
    assert not wildfires_qa.ask("Who is the mayor of Portland?").answerable
    # what is asked for, said: answered
    assert seed_qa.ask("Who is the main investor in NIS?").answerable
    assert wildfires_qa.ask("Which fire is the largest in Siskiyou County?").answerable


def test_what_a_sum_is_for_or_what_ends_a_question_after_a_name_is_declined_when_never_said(seed_qa):
    # the press conference names Serbia, Russia and NIS, never weapons nor a profit
    declined = seed_qa.ask("How much does Serbia pay for Russian weapons?")
    assert not declined.answerable and declined.evidence.focus == ("weapons",)
    assert "'weapons'" in declined.note
    declined = seed_qa.ask("What is the NIS profit?")
    assert not declined.answerable and declined.evidence.focus == ("profit",)
    assert seed_qa.ask("Who is NIS's main investor?").answerable


@pytest.mark.parametrize("question, verb", [("Who owns them?", "own"), ("Who founded it?", "found"),
                                            ("Who approved them?", "approv"), ("Who said that?", None),
                                            ("Who is it?", None), ("Whom does he want to stop it?", None)])
def test_a_follow_up_asking_who_acts_on_what_it_points_back_to_is_read_with_its_verb(question, verb):
    from qa.answerable import acting_verb

    assert acting_verb(question) == verb


def test_a_follow_up_asking_who_acts_is_read_and_declined_only_where_its_rule_is_on(tmp_path, seed_qa):
    # "The SVR unit, APT29, Cozy Bear, the Dukes" is near the designated companies: names, but no one owns anything
    from qa.answerable import DeclineRule, decide
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([shared_path("data", "transcripts", "wh-background-press-call-russia-sanctions-2021-04-15.md")])
    answer = tqa.ask("Who owns them?",
                     history=["Which companies did Treasury designate for supporting the SVR's cyber program?"])
    assert answer.evidence.name_found and answer.evidence.acted_found is False
    assert answer.answerable  # the rule is off by default (docs/retrieval.md: it declined as many answerable)
    verdict = decide(answer.evidence, DeclineRule(follow_up_acted_similarity=0.5))
    assert not verdict.answerable and verdict.note == "No passage found near the earlier answer says who does what this question asks."
    # "We will respond in kind by proposing that 10 US diplomats leave Russia": the speaker's "we" proposes
    assert seed_qa.ask("Who proposed it?", history=["How many US diplomats will have to leave Russia?"]).answerable
    # "the Foreign Ministry’s statement on measures that were approved by President of Russia Vladimir Putin"
    answer = seed_qa.ask("Who approved them?",
                         history=["What measures will the Foreign Ministry's statement announce?"])
    assert answer.answerable and answer.evidence.acted_found


def test_a_count_of_part_of_a_group_pointed_back_to_counts_what_follows():
    from qa.answerable import counted_words

    assert counted_words("How many of them are engineers?") == ["engineers"]
    assert counted_words("How many of them?") == []
    assert counted_words("How many Russian diplomats did Poland expel?") == ["russian", "diplomats"]


def test_who_won_needs_a_passage_that_speaks_of_winning_with_what_is_asked_for(tmp_path):
    # the sanctions call says "the 2020 election", never who won it; the press conference says who won the Masters
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in
                ("wh-background-press-call-russia-sanctions-2021-04-15.md", "wh-biden-suga-press-conference-2021-04-16.md")])
    declined = tqa.ask("Who won the 2020 election?")
    assert not declined.answerable and declined.note == "No passage found speaks of winning with 'election'."
    assert tqa.ask("Who won the Masters?").answerable


def test_an_acronym_written_with_one_letter_changed_in_the_transcript_is_found(tmp_path):
    # QMSum val asks about an "LSD screen" where the meeting says "LCD"; an acronym no letter change finds is absent
    tqa = meeting_qa(tmp_path, "design.txt", "Alice: We chose an LCD screen for the remote, in yellow.",
                     "Bob: The LCD screen costs more than the rubber buttons, but users like it.")
    answer = tqa.ask("What did they decide about the LSD screen?")
    assert answer.answerable and answer.evidence.unknown_names == ()
    declined = tqa.ask("What did they decide about the BBC?")
    assert not declined.answerable and declined.note.startswith("BBC is not mentioned in these transcripts.")


def test_what_is_asked_for_is_not_held_to_a_meeting_of_short_turns(tmp_path):
    # a meeting's questions ask what the talk made of a topic ("the conclusion of the discussion about ...") in
    # words its short turns need not say (QMSum val)
    from qa.api import TranscriptQA
    from qa.config import Settings

    turns = ["Alice: So the remote.", "Bob: Yellow?", "Alice: Maybe.", "Carol: Yellow is fine.", "Bob: Okay.",
             "Alice: And the buttons?", "Carol: Rubber ones.", "Bob: Rubber, yes.", "Alice: Good, yellow and rubber."]
    meeting = tmp_path / "meeting.txt"
    meeting.write_text("\n\n".join(turns) + "\n", encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([meeting])
    evidence = tqa.ask("What was the conclusion of the discussion about the remote?").evidence
    assert evidence.focus == ("conclusion",) and evidence.focus_apart is None and evidence.focus_near is None


@pytest.mark.parametrize("question, asked", [
    ("What are their names?", "any"), ("What is his last name?", "person"), ("Who owns them?", "any"),
    ("Which diplomats are they?", "person"), ("Who are they?", "person"), ("Which news agency is he from?", "any"),
    ("Who said that?", None), ("Which countries did they ask for help?", None), ("How many of them?", None)])
def test_a_follow_up_asks_for_a_name_by_its_form(question, asked):
    assert asks_name(question) == asked


def test_a_person_s_name_is_no_acronym_and_follows_no_article_nor_a_possessive():
    text = ("Out of these 450, all Americans are distributed among the Embassy and our consulates. Today, President "
            "of Russia Vladimir Putin approved the Labour Code of the UN, from Russia’s Washington office.")
    assert names_said(text, person=True) == ["Vladimir", "Putin"]
    assert "UN" in names_said(text) and "Embassy" in names_said(text)


def test_a_follow_up_asking_names_the_passages_near_its_earlier_answer_do_not_give_is_declined(seed_qa):
    answer = seed_qa.ask("Which diplomats are they?", history=["How many US diplomats will Russia ask to leave?"])
    assert not answer.answerable and answer.evidence.name_found is False
    assert answer.note == "No passage found near the earlier answer gives the name asked for."
    named = seed_qa.ask("Who approved them?", history=["What measures will the Foreign Ministry's statement announce?"])
    assert named.answerable and named.evidence.name_found and "Putin" in " ".join(c.text for c in named.citations)


@pytest.mark.parametrize("question", [
    "What were the pros and cons of the sanctions discussed at the press conference?",  # was: no 'pros' or 'cons'
    "What did Lavrov discuss about the pros and cons of the Russian vaccine?",  # was: Lavrov does not speak of this
])
def test_words_that_name_the_discussion_are_not_what_a_broad_question_must_find(seed_qa, question):
    answer = seed_qa.ask(question)
    assert answer.answerable and "pros" not in answer.evidence.focus


def test_a_broad_question_about_a_topic_never_discussed_is_still_declined(seed_qa):
    answer = seed_qa.ask("What did the meeting discuss about the pros and cons of tourism?")
    assert not answer.answerable and answer.note.startswith("No passage speaks of the pros and cons of tourism.")


def test_a_name_whose_accented_letter_the_speaker_label_lost_is_that_speaker(tmp_path):
    # QMSum's committee meetings (val: covid_6) label "Mr. Grard Deltell": the "é" of "Gérard" was lost
    tqa = meeting_qa(tmp_path, "committee.txt",
                     "The Chair: We'll now go to Mr. Deltell.",
                     "Mr. Grard Deltell (Louis-Saint-Laurent, CPC): Thank you, Mr. Chair. My question is very simple: "
                     "how much is Canada's deficit?",
                     "Hon. Bill Morneau (Minister of Finance): Mr. Chair, we want our economic update to be accurate, "
                     "and we will present it when we can make good forecasts.",
                     "Mr. Grard Deltell: The minister's answer is not fluid at all. How much is the deficit?")
    answer = tqa.ask("What did Gérard Deltell ask about Canada's deficit?")
    assert answer.answerable and answer.evidence.unknown_names == ()
    assert "deficit" in answer.citations[0].highlight


def test_a_person_only_named_never_reported_saying_anything_is_declined(wildfires_qa):
    # Newsom thanks "Inslee, Sisolak, Polis — all of you on there": Sisolak is named, never said to say anything,
    # though the mutual aid system is spoken of in that very turn
    answer = wildfires_qa.ask("What did Governor Sisolak say about the mutual aid system?")
    assert not answer.answerable and answer.evidence.reported_coverage == 0
    assert answer.note == ("Nobody named Governor Sisolak speaks in these transcripts. No passage reports them on "
                           "this.")


def test_a_person_the_object_of_what_is_said_is_not_reported_saying_it(seed_qa):
    # "Anatoly Antonov continues consultations", "When will ... Anatoly Antonov return": named, never saying; the
    # Open Skies Treaty is spoken of in the same answer
    answer = seed_qa.ask("What did Anatoly Antonov say about the Open Skies Treaty?")
    assert not answer.answerable and answer.evidence.reported_coverage == 0


def test_a_person_reported_with_a_verb_of_saying_after_the_name_is_reported_on_what_is_near(seed_qa):
    # "Russian Ambassador to Serbia Alexander Botsan-Kharchenko said in Belgrade yesterday that ..."
    answer = seed_qa.ask("What did Alexander Botsan-Kharchenko say about the Belgrade-Pristina dialogue?")
    assert answer.answerable and answer.evidence.reported_coverage == 1


def test_a_questioner_introduced_with_a_newsroom_is_reported(tmp_path):
    tqa = meeting_qa(tmp_path, "briefing.md",
                     "Host: Next question goes to Dana Whitfield of Channel Nine.",
                     "Q: Thank you. What is the budget for the new harbour bridge, and when will it open?",
                     "Host: The harbour bridge budget is forty million dollars, and it opens next spring.")
    answer = tqa.ask("What did Dana Whitfield ask about the harbour bridge?")
    assert answer.evidence.absent_speakers == ("Dana Whitfield",) and answer.evidence.reported_coverage > 0


@pytest.mark.parametrize("question, verb", [
    ("Who started the Lava Fire?", "start"), ("Who owns Gazprom Neft?", "own"), ("Who won the Masters?", "won"),
    ("Who is the host?", None), ("Who said that?", None), ("Who else spoke?", None),
    ("Who first separated the ideas from the typesetting?", "separ"),
    ("What did Newsom start?", None),
])
def test_a_question_that_asks_who_does_something_is_read_by_its_verb(question, verb):
    assert doing_verb(question) == verb


def test_who_did_something_no_passage_found_says_anyone_did_is_declined(wildfires_qa):
    # the Lava Fire is "a few miles away" from Newsom; no one is said to have caused it (nearest passage 0.42)
    answer = wildfires_qa.ask("Who caused the Lava Fire?")
    assert not answer.answerable and answer.evidence.acted_found is False
    assert answer.note == "No passage found says who does what this question asks."


def test_who_did_something_a_passage_found_names_is_answered(seed_qa):
    # "measures that were approved by President of Russia Vladimir Putin" (nearest passage 0.38)
    answer = seed_qa.ask("Who approved the measures in response to Washington?")
    assert answer.answerable and answer.evidence.acted_found is True


@pytest.mark.parametrize("text, verb, said", [
    ("And I came up with the bakery algorithm.", "came", True), ("So I wrote the definition.", "wrote", True),
    ("We finally agreed to resume it.", "agre", True), ("I think he came up with it.", "came", False),
    ("They came up with the bakery algorithm.", "came", False), ("I asked for a second briefing", "came", False),
])
def test_a_speaker_saying_i_or_we_did_it_is_read_with_its_verb(text, verb, said):
    assert said_doing(text, verb) is said


@pytest.mark.parametrize("label, named", [
    ("Leslie Lamport", True), ("THE PRESIDENT", True), ("Q", False), ("Speaker 1", False), ("", False),
    ("Host", False),
])
def test_a_speaker_label_names_someone_unless_it_is_a_role(label, named):
    assert speaker_named(label) is named


def test_a_speaker_the_conversation_already_named_is_no_new_doer():
    assert not speaker_named("Leslie Lamport", {"lamport", "lesli"})


@pytest.mark.parametrize("question, text, found", [
    ("How small?", "even as small as the size of your dining room table", True),
    ("How big is it?", "bigger than a football field", True), ("How tall is the tower?", "the height of a house", True),
    ("How heavy are they?", "as small as the size of your dining room table", False),
    ("How long?", "as long as the CSS is loaded", False), ("How long did it take?", "longer than a day", True),
    ("How many fires?", "bigger than last year", False), ("What is it?", "as small as a table", False),
])
def test_a_size_asked_how_big_may_be_given_by_comparison_in_its_measure(question, text, found):
    assert compared(question, [text]) is found


def test_the_start_of_a_highlight_s_sentence_cut_at_a_dash_is_read_with_it():
    passage = ("Speaker: We agreed to resume it. Before Mike Mansfield — who was a beloved ambassador — became "
               "ambassador, he was a mentor of mine.")
    highlights = ["became ambassador, he was a mentor of mine."]
    checked = [f"{highlights[0]} "]  # a highlight with the sentence after it (none here)
    assert "Mike Mansfield" in with_sentence_start(checked, highlights, [passage])[0]
    assert "We agreed" not in with_sentence_start(checked, highlights, [passage])[0]
    assert "We agreed" in with_sentence_start(checked, highlights, [passage], sentences=1)[0]


def test_how_small_after_a_question_on_satellites_is_answered_by_a_size_given_by_comparison(wildfires_qa):
    # the reported case: "as small as the size of your dining room table" holds no digit
    answer = wildfires_qa.ask("How small?", history=["What can NOAA's satellite technology see from space?"])
    assert answer.answerable and answer.evidence.expected == "number" and answer.evidence.expected_found is True


def test_who_did_it_is_answered_by_a_speaker_who_says_i_did_it(tmp_path):
    tqa = meeting_qa(tmp_path, "standup.md",
                     "Priya Raman: The relay scheduler moves jobs between the two clusters every night.",
                     "Priya Raman: I designed the relay scheduler after the outage in March, and it has run since.",
                     "Tom Okafor: Thanks. The billing export still fails on Mondays.")
    alone = tqa.ask("Who designed the relay scheduler?")
    assert alone.answerable and alone.evidence.acted_found is True
    follow = tqa.ask("Who designed it?", history=["What does the relay scheduler do?"])
    assert follow.evidence.acted_found is True
    assert tqa.ask("Who patented the relay scheduler?").evidence.acted_found is False


def test_a_figure_whose_sentence_names_only_other_places_is_another_places():
    # "across the region — from California to New Mexico, to Utah and Nevada": Arizona is not among them
    checked = ["There are already about 9,000 firefighters deployed across the region — from California to New "
               "Mexico, to Utah and Nevada — and it’s only June."]
    question = "How many firefighters are deployed in Arizona?"
    assert figure_elsewhere(question, checked, checked, names(question)) == ["Arizona"]
    question = "How many firefighters are deployed in California?"
    assert figure_elsewhere(question, checked, checked, names(question)) == []
    # a capital stands for its country: "How many American diplomats will Moscow send home?"
    checked = ["We will respond in kind by proposing that 10 US diplomats leave Russia."]
    question = "How many American diplomats will Moscow send home?"
    assert figure_elsewhere(question, checked, checked, names(question)) == []
    question = "How many diplomats will Serbia ask to leave?"
    assert figure_elsewhere(question, checked, checked, names(question)) == ["Serbia"]


def test_a_figure_said_without_a_place_is_about_the_place_named_before_it():
    figure = "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."
    setting = f"Just this weekend, temperatures in Oregon reached 117 degrees. {figure}"
    assert figure_elsewhere("How many homes were lost in Oregon?", [figure], [setting], ["Oregon"]) == []
    assert figure_elsewhere("How many homes were lost in California?", [figure], [setting],
                            ["California"]) == ["California"]
    # no place said before it either: nothing is known of its place
    assert figure_elsewhere("How many homes were lost in California?", [figure], [figure], ["California"]) == []


def test_a_count_set_in_another_state_is_declined(wildfires_qa):
    # the acres counted are Oregon's ("my state of Oregon" before "Last year, we had more than 2,000 fires that
    # burned over a million acres") and the West's; Nevada is named only after, in a list of where firefighters are
    answer = wildfires_qa.ask("How many acres burned in Nevada last year?")
    assert not answer.answerable and answer.evidence.figure_elsewhere == ("Nevada",)
    assert answer.note == "The passages found give what this question asks for another place than Nevada."
    assert wildfires_qa.ask("How many acres burned in Oregon last year?").answerable


def test_a_people_whose_country_is_said_only_inside_a_longer_name_is_not_mentioned(seed_qa):
    # the press conference names Albania only in "a Greater Albania"; "Albanian" is not "Albania" one letter off
    answer = seed_qa.ask("Did Lavrov comment on Albanian politics?")
    assert not answer.answerable and "Albanian is not mentioned in these transcripts." in answer.note
    assert seed_qa.ask("What did Lavrov say about a Greater Albania?").answerable
    # a country said alone still stands for its people: the transcript says "Poland", never "Polish"
    assert seed_qa.ask("Why did Russia decide to expel Polish diplomats?").answerable


def test_a_doer_said_in_the_passive_names_who_did_it():
    passage = ("Reporter: Do you see the idea of a Greater Albania invoked by Prime Minister of Kosovo Albin Kurti "
               "as a real, tenable idea?")
    question = "Who invoked the idea of a Greater Albania?"
    assert passive_doer([passage], question, doing_verb(question))
    # another verb, a doer the question names, or a sentence about something else: no doer of what is asked
    assert not passive_doer([passage], "Who funded the idea of a Greater Albania?", "fund")
    assert not passive_doer(["Reporter: The idea of a Greater Albania was invoked by Greater Albania's friends."],
                            question, doing_verb(question))
    assert not passive_doer(["Reporter: The treaty was invoked by Albin Kurti."], question, doing_verb(question))


def test_who_invoked_an_idea_is_answered_where_the_passage_asks_it_in_the_passive(tmp_path):
    # dev-dec-1225's case: the doer is in the reporter's question, the highlight in the answer
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([shared_path("data", "transcripts", "lavrov-selakovic-press-conference-2021-04-16.txt")])
    answer = tqa.ask("Who invoked the idea of a Greater Albania?")
    assert answer.answerable and answer.evidence.acted_found is True
    assert tqa.ask("Who funded the idea of a Greater Albania?").evidence.acted_found is False


def test_a_figure_asked_for_a_us_state_named_with_no_preposition_is_another_places(wildfires_qa):
    # Governor Brown's "my state of Oregon ... We lost nine lives": the President's "California" of the turn
    # before is not the place of her figure
    answer = wildfires_qa.ask("How many lives did California lose in last year's wildfires?")
    assert not answer.answerable and answer.evidence.figure_elsewhere == ("California",)
    assert wildfires_qa.ask("How many lives did Oregon lose in last year's wildfires?").answerable


def test_a_passage_that_names_a_place_is_its_figures_setting_before_the_words_said_before_it():
    figure = "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."
    passage = f"Governor: My state of Oregon reached 117 degrees. {figure}"
    setting = f"President: California is dry. {passage}"
    question = "How many homes did California lose?"
    assert figure_elsewhere(question, [figure], [setting], ["California"]) == []  # the setting alone
    assert figure_elsewhere(question, [figure], [setting], ["California"], [passage]) == ["California"]
    assert figure_elsewhere("How many homes did Oregon lose?", [figure], [setting], ["Oregon"], [passage]) == []


def test_a_us_state_is_a_place_asked_unless_its_name_is_a_capitals():
    assert asked_places("How many lives did California lose?", ["California"]) == ["California"]
    assert asked_places("How many homes did New Mexico lose?", ["New Mexico"]) == ["New Mexico"]
    # "Washington" of "Washington D.C.": the United States' capital, not the state, where no preposition says so
    assert asked_places("How many staff does Washington send to Russia?", ["Washington", "Russia"]) == ["Russia"]


@pytest.mark.parametrize("question, kind", [
    ("What temperature did Los Angeles reach?", "temperature"), ("How hot did it get in Portland?", "temperature"),
    ("How far is the Lava Fire from Portland?", "distance"), ("What area did the Lava Fire burn?", "area"),
    ("How many acres burned?", None), ("How much does it cost?", None)])
def test_a_figure_known_by_its_unit_is_named_by_its_kind(question, kind):
    assert unit_kind(question) == kind


def test_a_figure_of_a_unit_is_found_with_its_unit_in_the_sentence_or_the_passage():
    passage = ("You know, when you look at that thermometer — 117, 119 degrees up north. "
               "We were 123 down in Palm Springs.")
    assert unit_found("temperature", ["We were 123 down in Palm Springs."], [passage])
    assert not unit_found("temperature", ["We were 123 down in Palm Springs."], ["We were 123 down in Palm Springs."])
    assert not unit_found("distance", ["reaching upwards of 117 degrees."], ["reaching upwards of 117 degrees."])


def test_a_temperature_given_for_another_place_than_the_one_asked_is_declined(wildfires_qa):
    # the meeting gives temperatures for the Willamette Valley, Palm Springs and "up north"; Los Angeles is named
    # (the Vice President's family home, "in Los Angeles"), its temperature never
    answer = wildfires_qa.ask("What temperature did Los Angeles reach?")
    assert not answer.answerable and answer.evidence.expected == "temperature"
    assert answer.evidence.figure_elsewhere == ("Los Angeles",)
    assert wildfires_qa.ask("What temperature did the Willamette Valley reach?").answerable


@pytest.mark.parametrize("question, stem", [
    ("Who funded the Time, Clocks paper?", "fund"), ("Who translated Dijkstra's paper?", "translat"),
    ("Who first introduced the problem?", "introduc"), ("Who is Kate Brown?", None), ("Who said that?", None),
    # the present ("funds"), an irregular verb ("wrote", "sells", "ran"), a kind of doer asked ("Which company")
    ("Who wrote the paper?", "write"), ("Who funds it?", "fund"), ("Who sells the vaccine?", "sell"),
    ("Who ran the summit?", "run"), ("Which company funded the paper?", "fund"), ("Which agency audits it?", "audit"),
    # a noun and a verb not told apart, no verb in the past or present, a verb of being or speech: none
    ("Which companies fund it?", None), ("What happened to the fire?", None), ("Who else was there?", None),
    ("What does Lamport think?", None), ("Who discusses it?", None)])
def test_who_did_something_names_the_stem_of_its_verb(question, stem):
    assert relation_verb(question) == stem


def test_a_relation_is_said_in_any_form_its_stem_begins():
    assert relation_said("fund", ["the federal government is also offering funding"])
    assert relation_said("discov", ["not the inventor, but the discoverer"])
    assert relation_said("hire", ["they are hiring"])
    assert not relation_said("translat", ["the paper is not very well known, and mine was"])
    # an irregular verb's past and participle are its forms; a word that only begins like one is not
    assert relation_said("write", ["when I had written it"]) and relation_said("sell", ["it was sold"])
    assert not relation_said("sell", ["bounties on soldiers"])


def test_how_near_a_relation_is_said_is_counted_in_words():
    assert relation_distance("translat", ["I translated it"], []) == 0
    around = [("the editor sent it back", "and then nothing")]
    assert relation_distance("edit", ["the Paxos paper"], around) == 4  # "editor": four words before the passage
    assert relation_distance("edit", ["the Paxos paper"], [("nothing", "it was edited")]) == 3
    assert relation_distance("fund", ["the Paxos paper"], around) is None
    # read outwards, the nearest first: the fewest words over every passage's sides, whichever passage it is
    around = [("the editor sent it back", "and then nothing"), ("x y", "as edited")]
    assert relation_distance("edit", ["the Paxos paper", "a review"], around) == 2
    assert relation_distance("edit", ["the Paxos paper", "a review"], [("", ""), ("", "")]) is None


def test_the_stems_of_texts_read_apart_are_those_of_the_texts_joined():
    from qa.answerable import text_stems, stems_of_texts

    texts = ["President Biden's envoy", "-- well-known, they'd said", "", "talks'", "Russia's sanctions' effects"]
    assert stems_of_texts(texts) == text_stems(" ".join(texts)) and stems_of_texts([]) == set()


def test_a_figure_said_of_something_else_than_what_is_asked_is_read_as_such():
    question = "How much does the Changelog podcast cost?"
    passage = ("SENIOR ADMINISTRATION OFFICIAL: The ruble-denominated sovereign debt market is about 185 billion "
               "dollars in size. About a quarter of these bonds are owned by foreign investors.")
    checked = ["The ruble-denominated sovereign debt market is about 185 billion dollars in size."]
    assert figure_subject(question, checked, [passage]) is False
    assert figure_subject("How much money is the ruble-denominated debt market worth?", checked, [passage]) is True
    # the thing a sum is of may be said in the sentence before it ("... build resilience ... Fifty billion dollars.")
    passage = "THE PRESIDENT: The infrastructure bill is going to build resilience. Fifty billion dollars. And today."
    assert figure_subject("How much money does the infrastructure bill put toward resilience?",
                          ["Fifty billion dollars. And today."], [passage]) is True
    assert figure_subject("Who is Kate Brown?", checked, [passage]) is None


def test_who_did_what_no_passage_says_in_any_form_is_declined():
    from qa.answerable import decide
    from qa.types import Evidence

    # "Who funded the Time, Clocks paper?": the paper is found (every other word in the first passages), its funding
    # is said nowhere near them; similarity 0.57, above what the doer rule (`acted_similarity`) reads
    never = Evidence(cosine=0.57, sentence=0.77, coverage=1.0, top_coverage=0.75, relation="fund",
                     relation_said=False, relation_rest=1.0)
    verdict = decide(never)
    assert not verdict.answerable
    assert verdict.note == "No passage found, nor the words around it, says 'fund…' in any form."
    assert decide(dataclasses.replace(never, relation_said=True)).answerable
    assert decide(dataclasses.replace(never, relation_rest=0.25)).answerable  # the rest of it is not found either
    assert decide(dataclasses.replace(never, cosine=0.8)).answerable  # a close passage may say it in other words


def test_who_did_what_said_only_far_from_the_passages_found_is_declined():
    from qa.answerable import DeclineRule, decide
    from qa.types import Evidence

    # "Who edited the Paxos paper?": "editor" is said, but far from the passages found and of something else
    far = Evidence(cosine=0.57, sentence=0.77, coverage=1.0, top_coverage=0.75, relation="edit",
                   relation_said=True, relation_distance=300, relation_rest=1.0)
    rule = DeclineRule(relation_near_words=100)
    verdict = decide(far, rule)
    assert not verdict.answerable
    assert verdict.note == "No passage found, nor the 100 words around it, says 'edit…' in any form."
    assert decide(dataclasses.replace(far, relation_distance=50), rule).answerable
    assert decide(dataclasses.replace(far, relation_distance=0), DeclineRule(relation_near_words=0)).answerable
    assert not decide(dataclasses.replace(far, relation_distance=1), DeclineRule(relation_near_words=0)).answerable


def test_a_sum_asked_that_every_passage_found_gives_for_something_else_is_declined():
    from qa.answerable import decide
    from qa.types import Evidence

    other = Evidence(cosine=0.26, sentence=0.4, coverage=1.0, top_coverage=0.5, expected="amount of money",
                     expected_found=True, figure_subject=False)
    verdict = decide(other)
    assert not verdict.answerable
    assert verdict.note == "The passages found give the amount of money asked for of something else."
    assert decide(dataclasses.replace(other, figure_subject=True)).answerable


def test_who_does_what_in_the_present_no_passage_near_says_is_declined(wildfires_qa):
    # the firefighters are found, their insurance is said nowhere: "insures" is read as "insured" is
    answer = wildfires_qa.ask("Who insures the firefighters?")
    assert answer.evidence.relation == "insur" and answer.evidence.relation_said is False
    assert not answer.answerable and "'insur…' in any form" in answer.note
    # their pay is said ("being paid less than $13 an hour": the irregular participle), in the passage found
    answer = wildfires_qa.ask("Who pays the federal firefighters?")
    assert answer.evidence.relation == "pay" and answer.evidence.relation_distance == 0
    assert answer.answerable


def test_who_did_what_said_in_other_words_is_answered_as_uncertain():
    from qa.answerable import DeclineRule, decide
    from qa.types import Evidence

    # "Who invited Suga to the White House first?": "invit…" is said nowhere, but the first highlight ("the first head
    # of state that I've asked ... to come to the White House") is nearer the question with its verb than without it
    said_otherwise = Evidence(cosine=0.55, sentence=0.7, coverage=1.0, top_coverage=1.0, relation="invit",
                              relation_said=False, relation_rest=1.0, relation_shift=0.136)
    verdict = decide(said_otherwise)
    assert verdict.answerable
    assert verdict.note == ("Uncertain: no passage found says 'invit…' in any form; the first one may say it in "
                            "other words.")
    # "Who funded the Time, Clocks paper?": without its verb the question is nearer the highlight: declined
    assert not decide(dataclasses.replace(said_otherwise, relation_shift=-0.058)).answerable
    assert not decide(dataclasses.replace(said_otherwise, relation_shift=None)).answerable  # no highlight
    assert not decide(said_otherwise, DeclineRule(relation_shift=1.0)).answerable  # 1: the rule as before


def test_the_verb_brings_a_question_nearer_a_highlight_that_says_the_act_in_other_words(seed_qa):
    from qa.answerable import relation_shift, relation_word

    encode = seed_qa.query_encoder.encode
    assert relation_word("Who invited Suga to the White House first?") == "invited"
    assert relation_word("Which company insures the homes?") == "insures"
    assert relation_word("What did Lavrov say?") is None
    welcome = ("It's been my pleasure to welcome Prime Minister Suga to the White House. This is our first in-person "
               "meeting here — the first head of state that I've asked in my administration to come to the White "
               "House.")
    assert relation_shift("Who invited Suga to the White House first?", welcome, encode) > 0.05
    paper = ("The Time, Clocks paper is the one I'm best known for; it introduced logical clocks, and people found "
             "it in ways I never expected.")
    assert relation_shift("Who funded the Time, Clocks paper?", paper, encode) < 0
    assert relation_shift("What did Lavrov say?", paper, encode) is None


def test_a_request_said_as_asking_is_answered_and_one_never_made_declined(wildfires_qa):
    # the President "asked for a second briefing": requested in other words; the first briefing he "received"
    asked = wildfires_qa.ask("Who requested the second briefing, the one on wildfire season?")
    assert asked.evidence.relation == "request" and asked.evidence.relation_shift > 0.05
    assert asked.answerable and asked.note.startswith("Uncertain: no passage found says 'request…'")
    never = wildfires_qa.ask("Who requested the first briefing on hurricane season?")
    assert not never.answerable and "'request…' in any form" in never.note


def test_the_act_in_other_words_is_read_only_where_the_verb_is_not_said(seed_qa):
    # Lavrov says "by proposing that 10 US diplomats leave": the verb is said in a first passage, no rule reads its
    # shift, and it is not encoded
    evidence = seed_qa.ask("Who proposed that ten US diplomats leave Russia?").evidence
    assert evidence.relation is not None and evidence.relation_distance == 0
    assert evidence.relation_shift is None


def test_a_figure_asked_by_its_measure_needs_a_number_said_with_a_word_of_the_question():
    from qa.answerable import decide, measure_asked, measure_found
    from qa.types import Evidence

    question = "What inflation rate do the officials expect in Russia after the debt ban?"
    assert measure_asked(question) == "inflation rate"
    assert measure_asked("What is a good TBT score?") == "good TBT score"
    assert measure_asked("What error rate did the bakery algorithm have?") == "error rate"
    assert measure_asked("What level of confidence does the community have?") == "level of confidence"
    assert measure_asked("What happens to the error as the ensemble gets bigger?") is None  # no measure asked
    assert measure_asked("What did Selakovic say about Serbia's vaccination rate?") is None  # a statement asked
    # a bare term after "what is" asks what it is, not its figure
    assert measure_asked("What is prediction error?") is None
    assert measure_asked("What are error rates?") is None
    assert measure_asked("What is the error rate?") == "error rate"
    assert measure_asked("What is Russia's inflation rate?") == "Russia's inflation rate"
    # the rate is named, never given; the figures near are of other things, past a clause break
    checked = ["that has an impact on Russia’s growth rate; it has an impact on Russia’s inflation rate.  Previously "
               "in 2014, Russia decided to spend some of its foreign reserves",
               "This meant the vast majority — over 80 percent — of the sovereign debt that Russia issues"]
    assert measure_found(question, checked) is False
    assert measure_found("What rate are some federal firefighters paid?",
                         ["some of our federal firefighters are being paid less than $13 an hour."]) is True
    assert measure_found("What level of confidence does the intelligence community have?",
                         ["The intelligence community assesses, with low to moderate confidence, that"]) is True
    assert measure_found("Who funded the paper?", checked) is None
    unsaid = Evidence(cosine=0.63, sentence=0.55, coverage=1.0, top_coverage=0.7, measure="inflation rate",
                      measure_found=False)
    verdict = decide(unsaid)
    assert not verdict.answerable
    assert verdict.note == "No passage found gives the figure asked for: inflation rate."
    assert decide(dataclasses.replace(unsaid, measure_found=True)).answerable
    assert decide(dataclasses.replace(unsaid, cosine=0.7)).answerable


def test_a_rate_the_transcript_names_but_never_gives_is_declined(tmp_path):
    tqa = meeting_qa(tmp_path, "call.txt",
                     "Official: Sanctions have an impact on Russia's growth rate; they have an impact on Russia's "
                     "inflation rate. Previously in 2014, Russia spent some of its foreign reserves.",
                     "Official: Over 80 percent of the sovereign debt was untouched by the sanctions.")
    answer = tqa.ask("What inflation rate does Russia have?")
    assert answer.evidence.measure == "inflation rate" and answer.evidence.measure_found is False
    assert not answer.answerable and "the figure asked for: inflation rate" in answer.note
    answer = tqa.ask("What share of the sovereign debt was untouched by the sanctions?")
    assert answer.answerable and answer.evidence.measure is None


def test_a_post_asked_of_something_needs_its_holder_said_with_what_it_is_of():
    from qa.answerable import decide, role_asked, role_distance, role_phrase
    from qa.types import Evidence

    question = "Who is the Prime Minister of Canada?"
    assert role_asked(question) == ("minister", (), ("Canada",))
    assert role_asked("Who is Japan's ambassador to the United States?") == ("ambassador", ("Japan's",),
                                                                             ("United", "States"))
    assert role_asked("Who is the US ambassador to Russia?") == ("ambassador", ("US",), ("Russia",))
    assert role_asked("Who heads Microsoft Research?") == ("head", (), ("Microsoft", "Research"))
    assert role_asked("Who is the Secretary General of NATO?") == ("secretary", (), ("NATO",))
    assert role_asked("Who is the mayor?") is None  # a post of nothing named
    assert role_asked("Who is the host of the Changelog podcast?") is None  # a part in a recording
    assert role_asked("Who leads it?") is None and role_asked("Who hosted Suga at the White House?") is None
    # the post is said, to someone else; Canada elsewhere
    assert role_distance(question, ["Mr. Prime Minister, thank you for being here.  It’s been my honor."]) is None
    assert role_distance("Who is the Prime Minister of Kosovo?",
                         ["invoked by Prime Minister of Kosovo Albin Kurti as a real, tenable idea"]) == 2
    assert role_distance("Who is the Prime Minister of Slovenia?",
                         ["a non-paper by Slovenian Prime Minister Janez Jansa arguing"]) == 2
    assert role_distance("Who is the US ambassador to Russia?", ["let us ask the ambassador in Russia"]) is None
    # whose ambassador and to where: "to Japan" is not to the United States
    assert role_distance("Who is Japan's ambassador to the United States?",
                         ["Mansfield — who was a beloved ambassador to Japan — became ambassador"]) is None
    assert role_distance("Who is Russia's ambassador to Serbia?",
                         ["and Russian Ambassador to Serbia Alexander Botsan-Kharchenko"]) == 2
    assert role_phrase(question) == "Prime Minister of Canada"
    assert role_phrase("Who heads Microsoft Research?") == "head of Microsoft Research"
    unsaid = Evidence(cosine=0.6, sentence=0.5, coverage=1.0, top_coverage=1.0, role="Prime Minister of Canada")
    verdict = decide(unsaid)
    assert not verdict.answerable
    assert verdict.note == "No passage found says who holds the post asked for: Prime Minister of Canada."
    assert decide(dataclasses.replace(unsaid, role_distance=2)).answerable
    above = decide(dataclasses.replace(unsaid, cosine=0.8))
    assert above.answerable and above.note.startswith("Uncertain: no passage found says who holds the post")


def test_a_post_the_transcript_names_for_someone_else_is_declined(tmp_path):
    from qa.answerable import DeclineRule

    tqa = meeting_qa(tmp_path, "visit.txt",
                     "President: Mr. Prime Minister, thank you for being here. It has been my honor to host you.",
                     "President: I welcome Prime Minister Suga of Japan to the White House for our first meeting.",
                     "Governor: Last summer we were calling folks in Canada and Australia for firefighters.")
    answer = tqa.ask("Who is the Prime Minister of Canada?")
    assert answer.evidence.role == "Prime Minister of Canada"
    assert answer.evidence.role_distance is None or answer.evidence.role_distance > DeclineRule().role_reach
    assert not answer.answerable
    answer = tqa.ask("Who is the Prime Minister of Japan?")
    assert answer.answerable and answer.evidence.role_distance is not None


def test_a_kind_of_doer_speaks_where_a_speaker_label_of_a_transcript_holds_it():
    wildfires = TranscriptInfo(name="wildfires.md", title="Meeting on Western Wildfires", date=None, time=None,
                               format="md", speakers=("THE PRESIDENT", "GOVERNOR BROWN", "GOVERNOR NEWSOM"),
                               passages=1, content_hash="wildfires")
    call = dataclasses.replace(wildfires, name="call.md", speakers=("SENIOR ADMINISTRATION OFFICIAL", "Question"))
    facts = transcript_facts((wildfires, call))
    assert kind_speaks("governors", facts, ["wildfires.md"]) and kind_speaks("governor", facts, ["wildfires.md"])
    assert not kind_speaks("governors", facts, ["call.md"])  # governors speak, but not where the passages are
    assert not kind_speaks("mayors", facts, ["wildfires.md", "call.md"]) and not kind_speaks(None, facts, ["call.md"])


def test_which_kind_joined_is_answered_by_the_turns_of_speakers_of_that_kind(wildfires_qa):
    # "join" is said nowhere in the meeting: the governors' own turns show them taking part
    answer = wildfires_qa.ask("Which governors joined the wildfire meeting?")
    assert answer.answerable and any(c.speaker.startswith("GOVERNOR") for c in answer.citations[:3])
    declined = wildfires_qa.ask("Which mayors joined the wildfire meeting?")  # no mayor speaks in it
    assert not declined.answerable and "join" in declined.note


def test_a_bare_recording_named_as_the_source_is_left_out_of_what_is_searched():
    assert without_attribution("What is an AI agent according to the video?") == "What is an AI agent?"
    assert without_attribution("According to the lecture, what is bagging?") == "What is bagging?"
    assert without_attribution("In this video, what is agentic AI?") == "What is agentic AI?"
    assert without_attribution("What, according to the talk, is LCP?") == "What is LCP?"
    # a named recording says which, a person is no recording, and the talk asked about is what is asked
    for kept in ["Why did Lamport pick a Greek name, according to the Changelog interview?",
                 "What did Lavrov say, according to the officials?", "What is the video about?",
                 "According to the video?"]:
        assert without_attribution(kept) == kept


def test_a_time_found_answers_when_only_beside_a_word_of_what_is_asked():
    from qa.answerable import date_of_asked

    said = ["On March 2nd, the Biden administration, in coordination with several key allies and partners, announced "
            "our response to Russia’s use of a chemical weapon to poison Aleksey Navalny."]
    assert not date_of_asked("time", "When was it founded?", said)  # a date of something else
    assert date_of_asked("time", "When did the administration announce its response?", said)
    assert date_of_asked("time", "When did Navalny's poisoning happen?", said)  # a name is what it is the time of
    assert date_of_asked("time", "When did it happen?", said)  # nothing but an event in general: the date alone
    assert not date_of_asked("time", "When did the administration announce its response?",
                             ["The administration announced its response."])  # no point in time
    assert not date_of_asked("date", "On what date did the administration announce its response?",
                             ["The administration announced its response this year."])  # no day of a month


@pytest.fixture(scope="module")
def suga_qa(tmp_path_factory):
    from tests.conftest import shared_transcript_qa

    return shared_transcript_qa(tmp_path_factory, "wh-biden-suga-press-conference-2021-04-16.md")


def test_a_date_found_of_something_else_does_not_answer_what_date(suga_qa):
    # Suga's "Tokyo Olympics and the Paralympic Games ... this summer" is said; the opening's date never is, and the
    # months the passages found hold are of other acts (dev-un-1607)
    answer = suga_qa.ask("On what date will the Tokyo Olympics open?")
    assert not answer.answerable and answer.evidence.expected_found is False
    assert answer.note == "No passage found gives the date asked for."
    answer = suga_qa.ask("When will the Tokyo Olympics take place?")
    assert answer.answerable and answer.evidence.expected_found


def test_a_follow_up_asking_when_finds_its_date_beside_a_word_of_the_question_before(wildfires_qa):
    # "We've had four federal disaster declarations in my state since April of 2020": "start" is not said, the
    # declarations the earlier question asked about are
    answer = wildfires_qa.ask("When did they start?", history=["How many federal disaster declarations has Oregon had?"])
    assert answer.evidence.expected_found


def test_a_speaker_labelled_by_title_alone_is_named_by_the_turn_that_hands_them_the_floor(wildfires_qa):
    # "Now I'm going to ask Vice President Harris to say a few words ... Madam Vice President, the floor is yours."
    info = wildfires_qa.list_transcripts()[0]
    assert info.speaker_names == (("THE VICE PRESIDENT", "Harris"),)


def test_a_question_naming_the_handed_over_speaker_reads_their_passages(wildfires_qa):
    answer = wildfires_qa.ask("What did Vice President Harris say about who is not paid enough?", k=3)
    assert answer.answerable and answer.citations[0].speaker == "THE VICE PRESIDENT"
    assert "not getting\npaid enough" in answer.citations[0].text
    # what only others say is not hers: Newsom speaks of the Lava Fire, the President of the Sonoma grant
    assert not wildfires_qa.ask("What did Harris say about the Lava Fire?").answerable
    assert not wildfires_qa.ask("What did Harris say about the Sonoma County grant?").answerable


def test_only_the_end_of_the_turn_before_and_no_other_speakers_name_hands_over(tmp_path):
    # a name said early in the turn before is what it talks about; a name that is another label's is that speaker
    early = "Host: Governor Adams wrote to us last spring about the drought. " + "We talked it over. " * 12 + \
        "Now the floor is yours."
    tqa = meeting_qa(tmp_path, "panel.txt", early, "THE GOVERNOR: Thank you. The reservoirs are low this year.",
                     "Host: Let me now welcome Secretary Baker to speak.",
                     "THE SECRETARY: Thank you. Water storage is our first concern.",
                     "BAKER: I have a question.")
    info = tqa.list_transcripts()[0]
    assert {"THE GOVERNOR", "THE SECRETARY"} <= set(info.speakers) and info.speaker_names == ()
    (tmp_path / "two").mkdir()
    tqa = meeting_qa(tmp_path / "two", "panel.txt", "Host: Please welcome Governor Adams.",
                     "THE GOVERNOR: Thank you. The reservoirs are low this year.")
    assert tqa.list_transcripts()[0].speaker_names == (("THE GOVERNOR", "Adams"),)


def test_a_post_held_is_the_time_a_when_question_asks():
    from qa.answerable import date_of_asked

    assert date_of_asked("time", "When did she visit the scene in Paradise?",
                         ["As a senator, I have visited the scene, while the embers were still smoldering"])
    assert date_of_asked("time", "When did Biden visit the families in the region?",
                         ["the Prime Minister and I talked about, when I was Vice President, visiting the families"])
    # a title before a name, or "as the governor asked", is no time
    assert not date_of_asked("time", "When did Russia expel the diplomats?", ["as President Putin said, Russia "
                                                                              "will expel the diplomats"])
    assert not date_of_asked("time", "When were the reservoirs checked?", ["we checked the reservoirs as the governor "
                                                                           "asked"])


def test_a_follow_up_asking_when_is_answered_by_a_post_held(wildfires_qa):
    answer = wildfires_qa.ask("When did she visit the scene in Paradise?", k=3,
                              history=["What did Vice President Harris say about her family home?"])
    assert answer.answerable and "As a senator" in answer.citations[0].highlight


def test_a_when_no_passage_gives_the_time_of_is_declined_below_time_similarity(tmp_path):
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([shared_path("data", "transcripts", "changelog-552-leslie-lamport-interview.md")])
    # "whether I'll finish the book - those are unknown questions": the book is discussed, no time is given; the
    # nearest passage (about 0.55) is above the bound of the other kinds (0.5), below time_similarity (dev-un-1615)
    answer = tqa.ask("When will Lamport's TLA+ book be finished?")
    assert not answer.answerable and answer.evidence.expected_found is False
    assert answer.note == "No passage found gives the time asked for."
    # a time said: answered; "when" in general, its source after a comma, answered by a condition (dev-rank2-01)
    assert tqa.ask("When did Lamport begin to program?").answerable
    answer = tqa.ask("When does stuttering insensitivity actually start to matter, according to Lamport?")
    assert answer.answerable and answer.evidence.expected_found


@pytest.mark.parametrize("question, general", [
    ("When is it most effective?", True),
    ("When is that funding offered?", True),
    ("When does it matter?", True),
    ("When is Biden hosting the Climate Leaders Summit?", False),  # a progressive: a particular time
    ("When is the next Quad leaders' meeting?", False),
    ("When is Ambassador Antonov going back to Washington?", False),
    ("When did it start?", False),
    ("When will he retire?", False),
    # a source set apart by commas, or after the question, is no progressive (seed-1460, dev-rank2-01)
    ("When, according to Lavrov, do Western countries usually bring up the issue of borders?", True),
    ("When does stuttering insensitivity actually start to matter, according to Lamport?", True),
])
def test_when_in_the_simple_present_of_no_particular_time_asks_in_general(question, general):
    from qa.answerable import asks_when_in_general

    assert asks_when_in_general(question) is general


def test_a_condition_is_the_time_a_when_in_general_asks():
    from qa.answerable import date_of_asked

    said = ["The federal government is also offering funding, when governors request it, to train and equip"]
    assert date_of_asked("time", "When is that funding offered?", said)
    # a particular time is not given by a condition, nor a condition of something else
    assert not date_of_asked("time", "When will that funding be offered?", said)
    assert not date_of_asked("time", "When is the drought worst?", said)


def test_a_follow_up_asking_when_in_general_is_answered_by_a_condition(wildfires_qa, monkeypatch):
    # "The federal government is also offering funding, when governors request it, to train and equip National
    # Guard members": no date, a condition (conv-dev-1516; declined before)
    from qa import answerable

    ask = lambda: wildfires_qa.ask("When is that funding offered?", k=3,  # noqa: E731
                                   history=["How does the federal government help states train National Guard "
                                            "members for firefighting?"])
    answer = ask()
    assert answer.answerable and "when governors request" in answer.citations[0].highlight
    monkeypatch.setattr(answerable, "CONDITION_AS_TIME", False)
    assert not ask().answerable


def test_who_asked_in_the_passive_is_answered_by_a_sentence_that_says_it_in_the_passive():
    from qa.answerable import undergoing_said

    said = ["most often, those who can least afford the impacts are hurt the most — our communities of color"]
    assert undergoing_said("Who was hurt the most?", said)
    assert not undergoing_said("Who was hurt the most?", said, near=[False])  # far from the earlier answer
    assert not undergoing_said("Who was hurt the most?", ["the heat hurt the crops"])  # not in the passive
    assert not undergoing_said("Who was the editor?", ["he was the editor"])  # no passive asked


def test_a_follow_up_asking_who_in_the_passive_is_answered_without_a_name(wildfires_qa, monkeypatch):
    # "those who can least afford the impacts are hurt the most": no name, the subject of the passive (conv-dev-1302;
    # declined before, "No passage found near the earlier answer gives the name asked for.")
    from qa import answerable

    ask = lambda: wildfires_qa.ask("Who was hurt the most?", k=3,  # noqa: E731
                                   history=["What did Governor Brown say about last year's fire season in Oregon?"])
    answer = ask()
    assert answer.answerable and "hurt the most" in answer.citations[0].highlight
    monkeypatch.setattr(answerable, "PASSIVE_AS_NAME", False)
    assert not ask().answerable


@pytest.mark.parametrize("question, asked", [
    ("Did Lamport mention Kelsey Hightower?", ("Lamport", "Kelsey Hightower")),
    ("Has Leslie Lamport ever mentioned Einstein?", ("Leslie Lamport", "Einstein")),
    ("Did the Vice President bring up Los Angeles?", ("the Vice President", "Los Angeles")),
    ("Did Lavrov refer to Ambassador Sullivan at the press conference?", ("Lavrov", "Ambassador Sullivan")),
    ("Did Governor Brown talk about the Willamette Valley?", ("Governor Brown", "the Willamette Valley")),
    ("Did Biden mention the Paris climate agreement during the wildfire meeting?",
     ("Biden", "the Paris climate agreement")),
    ("Did the bagging lecture mention boosting?", None),  # a recording says what anyone in it says
    ("What did Lamport say about Kelsey Hightower?", None),  # what is said near him is an answer too
])
def test_a_question_whether_someone_said_something_is_read_as_who_and_what(question, asked):
    from qa.answerable import mention_asked

    assert mention_asked(question) == asked


def test_did_x_mention_y_is_declined_where_only_another_speaker_says_y_and_the_note_says_who(wildfires_qa):
    # Newsom names the Lava Fire; the President, labelled THE PRESIDENT in a meeting whose title names Biden, never
    # does, though he speaks in the turns around Newsom's
    answer = wildfires_qa.ask("Did President Biden mention the Lava Fire?")
    assert not answer.answerable
    assert answer.note == "President Biden never says Lava Fire; GOVERNOR NEWSOM does."
    assert answer.evidence.own_mention_names == ("Lava Fire",)


def test_did_x_mention_y_is_answered_where_x_says_y_in_their_own_turns(wildfires_qa):
    # THE PRESIDENT is labelled by his title alone ("I got my briefing at NOAA"); Brown says "Willamette Valley"
    for question in ("Did Biden bring up NOAA?", "Did Governor Brown mention the Willamette Valley?",
                     "Did Governor Newsom talk about the Lava Fire?"):
        answer = wildfires_qa.ask(question)
        assert answer.answerable, question
        assert answer.evidence.own_mention_names == ()


def test_did_x_mention_y_lists_every_speaker_who_says_y(wildfires_qa):
    answer = wildfires_qa.ask("Did the Vice President mention FEMA?")
    assert not answer.answerable
    assert answer.note == "The Vice President never says FEMA; THE PRESIDENT, GOVERNOR BROWN and GOVERNOR NEWSOM do."


def test_a_title_and_a_first_name_no_transcript_says_need_not_be_said_by_the_speaker(seed_qa):
    # Lavrov says "Mr Sullivan" and "Yury Ushakov"; the question's "Ambassador" is how it addresses Sullivan
    for question in ("Did Lavrov refer to Ambassador Sullivan?", "Did Lavrov mention John Sullivan?"):
        answer = seed_qa.ask(question)
        assert answer.evidence.own_mention_names == (), question


def test_did_x_mention_y_said_only_by_a_reporter_names_the_questioner(seed_qa):
    # a reporter names Albin Kurti in a question to Lavrov; Lavrov's answer never does
    answer = seed_qa.ask("Did Lavrov mention Albin Kurti?")
    assert not answer.answerable
    assert answer.note == "Lavrov never says Albin Kurti; a questioner does."


def test_did_x_mention_y_is_not_held_to_own_turns_in_rapid_talk(tmp_path):
    # in a meeting of short turns a speaker answers what another named (QMSum val): no rule on their own words
    tqa = meeting_qa(tmp_path, "meeting.txt", "Alice: Shall we make the remote yellow?",
                     "Bob: Yes, yellow works for me.", "Carol: And the buttons, rubber ones?",
                     "Bob: Rubber is fine for the buttons.", "Alice: What about the Logitech design?",
                     "Bob: Maybe, I like their remotes.", "Carol: Okay, we agree then.")
    assert tqa.ask("Did Bob mention Logitech?").evidence.own_mention_source is None


def test_a_speaker_who_only_says_short_replies_is_declined_not_crashed_on(tmp_path):
    # Bob's turns are backchannels ("Yes."), kept as no passage: a question about his words is declined, and the
    # note does not call a speaker unmentioned
    said = "Alice: " + "We reviewed the budget for the new community library and the council agreed to fund it. " * 6
    tqa = meeting_qa(tmp_path, "meeting.txt", said, "Bob: Yes.", said.replace("library", "park"), "Bob: Right, agreed.")
    for question in ("Did Bob mention the library?", "What did Bob say about the budget?"):
        answer = tqa.ask(question)
        assert not answer.answerable, question
        assert "Bob is not mentioned" not in (answer.note or ""), question
    with pytest.raises(TqaError, match="Bob only says short replies here"):
        tqa.ask("the budget", speakers=["Bob"])


def test_a_post_named_by_its_place_is_held_by_a_label_with_that_title_where_the_place_is_said(wildfires_qa):
    # GOVERNOR BROWN speaks in the wildfire meeting, which says Oregon: the label gives the post, not the state, so
    # "the governor of Oregon" is not said to be nobody who speaks (it was, on a new user's trial)
    oregon = wildfires_qa.ask("What did the governor of Oregon ask for?")
    assert "Nobody named" not in (oregon.note or "")
    # a state the meeting never says has no governor there
    texas = wildfires_qa.ask("What did the governor of Texas ask for?")
    assert "Nobody named the governor of Texas speaks" in (texas.note or "")


@pytest.mark.parametrize("question, focus", [
    ("Which hotel does the travel assistant book in London?", ["hotel"]),
    ("Which university awarded Lamport his doctorate?", ["university"]),
    ("What programming language did Lamport use?", ["programming", "language"]),
    ("Which fire is the largest in Siskiyou County?", ["fire"]),
    ("Which of their staff will Russia ask the Americans to cut?", []),  # a function word: not a kind asked
    ("What kind of tools does the agent get?", []),  # a kind, not a thing
    ("What age is Lamport at?", []),  # a measure: the number rules read it
    ("What did Lamport say about Paxos?", []),  # no noun between "what" and its verb
    ("Which Python library is the agent built with?", []),  # a name in the phrase: the name rules read it
])
def test_the_kind_of_thing_which_asks_for_is_read_from_its_form(question, focus):
    from qa.answerable import focus_words

    assert focus_words(question) == focus
    assert focus_words(question, which=False) == []  # a follow-up's "which" may point back: not read


@pytest.fixture(scope="module")
def agentic_qa(tmp_path_factory):
    from tests.conftest import shared_transcript_qa

    return shared_transcript_qa(tmp_path_factory, "agentic-ai-explained-youtube-captions.vtt")


def test_the_kind_which_asks_for_said_nowhere_with_its_names_is_declined(agentic_qa):
    # the video names London (the travel assistant's trip) and never a hotel
    declined = agentic_qa.ask("Which hotel does the travel assistant book in London?")
    assert not declined.answerable and declined.evidence.focus == ("hotel",) and "'hotel'" in declined.note
    # a kind said, even far from the first passages ("here we are using agno framework"): answered
    assert agentic_qa.ask("Which framework does the equity research agent use?").answerable
    assert agentic_qa.ask("Which search tool can the equity research agent be given?").answerable


def test_the_kind_which_asks_for_named_in_other_words_brings_the_highlight_nearer(seed_qa):
    from qa.answerable import focus_shift

    encode = seed_qa.query_encoder.encode
    # "prize" said nowhere, "Turing Award" said: the kind in other words (dev-dec-215, declined without this)
    assert focus_shift("Which prize did Lamport win in 2013?", ["prize"],
                       "Well, at the top I mentioned this Turing Award which you won in 2013", encode) > 0
    # a trip to London booked, no hotel: the kind is what the highlight lacks
    assert focus_shift("Which hotel does the travel assistant book in London?", ["hotel"],
                       "You might have a travel assistant where you can say book a 7-day trip to London in May",
                       encode) < 0
    assert focus_shift("Which hotel does the travel assistant book?", [], "a trip to London", encode) is None


def test_a_note_names_an_acronym_in_the_words_the_question_wrote_for_it():
    from qa.answerable import acronyms_as_written

    searched = "What did the Suga press conference say about Large Language Models (LLM)?"
    assert (acronyms_as_written("LLM does not come up in the Suga press conference.", searched)
            == "Large Language Models (LLM) do not come up in the Suga press conference.")
    # typed as an acronym: nothing written beside it, the note as it was
    assert acronyms_as_written("LLM does not come up here.", "What about LLM?") == "LLM does not come up here."
    assert acronyms_as_written(None, searched) is None


@pytest.mark.parametrize("question, kind", [
    ("What was the first topic of the Lamport interview?", "order"),
    ("What happened right after the President's opening remarks?", "order"),
    ("What did the lecture begin with?", "order"),
    ("Who spoke most about the Good Neighbor Authority?", "most"),
    ("What did the President ask the governors to do?", None),
    ("Who spoke about the Good Neighbor Authority?", None),
    ("What was the first concurrent algorithm Lamport wrote?", None),
    ("What's the first thing to do before writing code?", None),  # a first step of what is said (conv-dev-1622)
    ("What did Russia do right after the sanctions?", None),  # an event in the world
])
def test_a_question_of_the_recordings_order_is_read(question, kind):
    assert answerable.asks_order(question) == kind


def test_a_question_of_the_order_says_that_the_order_is_not_read(wildfires_qa, monkeypatch):
    """"What happened right after the President's opening remarks?" (trial27) was answered by the remarks most like
    it, with no word that the order is not what was searched: the note now says so; the citations are unchanged.
    (Where qa.order reads the order, its own note says what was read: tests/test_order.py.)"""
    monkeypatch.setattr(order, "ORDER_READ", False)
    monkeypatch.setattr(order, "MOST_COUNTED", False)
    answer = wildfires_qa.ask("What happened right after the President's opening remarks at the wildfire meeting?")
    assert answer.answerable and answerable.ORDER_NOTE in answer.note and answerable.CITED_NOTE in answer.note
    most = wildfires_qa.ask("Who spoke most about the Good Neighbor Authority?")
    assert most.answerable and most.note.startswith(answerable.MOST_SPOKEN_NOTE)
    assert most.citations[0].speaker == "GOVERNOR BROWN"


@pytest.mark.parametrize("turn, nothing", [
    ("thanks, that's really helpful!", True),
    ("Well, good afternoon.", True),  # a greeting after words that only lead in, as a passage's sentence reads it
    ("hello, what did Lavrov say about Poland?", False),  # a greeting with a question after it
    ("history of the Balkans", False),  # "hi" of "history" is no greeting
    ("5:30 pm", False),  # a time in a recording: the passages' marks are no courtesy of a chat turn
])
def test_a_chat_turn_of_courtesies_alone_asks_nothing(turn, nothing):
    assert answerable.asks_nothing(turn) == nothing


@pytest.mark.parametrize("turn, nothing", [
    ("<script>alert(1)</script>", True),  # a script element is code
    ("<b>hi</b>", True),  # a greeting inside tags
    ("<p></p>", True),  # tags and nothing else
    ("<b>Who is Leslie Lamport?</b>", False),  # a question inside tags is a question
    ("what did they say about the <script> tag?", False),  # a tag asked about
])
def test_a_turn_of_markup_is_read_without_its_tags(turn, nothing):
    assert answerable.asks_nothing(turn) == nothing


def test_markup_after_a_real_question_is_declined_as_asking_nothing(seed_qa):
    history = ["Why did Poland expel Russian diplomats?"]
    answer = seed_qa.ask("<b>hi</b>", history=history)
    assert not answer.answerable and answer.note == answerable.ASKS_NOTHING_NOTE


def test_a_number_joined_to_its_noun_and_twice_are_counts():
    # "a 25-mile radius" counts miles and "sampled twice" counts times, as "25 miles" and "2 times" would
    assert holds_answer_type(answer_type("How many miles may diplomats go from their city?"),
                             ["when any of these employees are going to travel beyond a 25-mile radius"]).all()
    assert holds_answer_type(answer_type("How many times was that observation drawn?"),
                             ["so this guy is sampled twice here in this data"]).all()
    assert not holds_answer_type(answer_type("How many miles may diplomats go from their city?"),
                                 ["I got a 10-year ban on assault weapons"]).any()
    assert not holds_answer_type(answer_type("How many times was that observation drawn?"),
                                 ["once the page is loaded, the layout is shifted"]).any()


def test_a_count_of_miles_written_with_a_hyphen_is_answered(seed_qa):
    answer = seed_qa.ask("How many miles may diplomats go from their city before the hosts must be told?")
    assert answer.answerable
    assert "25-mile" in answer.citations[0].highlight


def test_an_acronym_written_in_the_plural_or_as_a_stop_word_is_found(agentic_qa):
    # the video says "PDF files" and "IT help desk": Snowball keeps "pdfs" whole, and "it" is a stop word the index
    # never holds (dev-rank7-9, dev-cap-514, dev-fd27-1 were declined as naming what is not mentioned)
    for question in ("What can the HR chatbot read from PDFs?", "What does the agent create in the IT help desk?"):
        answer = agentic_qa.ask(question)
        assert answer.answerable and not answer.evidence.unknown_names, question
    # a plural acronym the video never says in any number is still not mentioned
    answer = agentic_qa.ask("Which GPUs does the agent run on?")
    assert not answer.answerable and answer.evidence.unknown_names == ("GPUs",)


def test_a_seat_of_government_speaks_for_its_country(seed_qa):
    # "the Kremlin" is Moscow's government: the press conference says Russia (seed-35, seed-1560 were declined)
    assert seed_qa.ask("How has the Kremlin reacted to Biden's idea of a summit meeting?").answerable
    # ... and is still asked about what the transcript never says
    answer = seed_qa.ask("What did the Kremlin say about Montenegro?")
    assert not answer.answerable and answer.evidence.unknown_names == ("Montenegro",)


def test_what_a_named_source_does_not_say_in_its_words_may_be_said_in_others():
    from qa.answerable import DeclineRule, decide
    from qa.types import Evidence

    # "What did Suga say the alliance needs to bolster as the region grows more dangerous?": Suga's passages hold
    # neither "bolster" nor "grows" nor "dangerous", and the first highlight is 0.10 nearer the question with them
    evidence = Evidence(cosine=0.52, sentence=0.5, coverage=1.0, top_coverage=0.6, source_coverage=0.5,
                        sources=("Suga",), source_unsaid=("bolster", "grows", "dangerous"))
    assert not decide(evidence).answerable  # not read: declined as before
    limit = DeclineRule().source_shift
    assert decide(dataclasses.replace(evidence, source_shift=limit + 0.01)).answerable
    declined = decide(dataclasses.replace(evidence, source_shift=limit - 0.01))
    assert not declined.answerable and declined.note == "Suga does not speak of this in these transcripts."


def test_a_named_source_saying_the_asked_in_other_words_answers(suga_qa):
    from qa.answerable import DeclineRule

    answer = suga_qa.ask("What did Suga say the alliance needs to bolster as the region grows more dangerous?")
    assert answer.answerable and answer.evidence.source_shift > DeclineRule().source_shift
    answer = suga_qa.ask("What did Suga think about the housing market?")
    assert not answer.answerable and answer.evidence.source_unsaid


def test_a_word_held_only_inside_a_compound_is_read_inside_it():
    from qa.answerable import compounds_ending

    # the index holds stems: "websit" of "website", "wildfir" of "wildfire"; "site" is read inside the first, "fire"
    # inside the second; a longer word that ends so without an English word before it is no compound
    vocabulary = {"websit", "wildfir", "site", "opposit", "firework"}
    assert compounds_ending(vocabulary, "site") == ["websit"]
    assert compounds_ending(vocabulary, "fire") == ["wildfir"]
    assert compounds_ending(vocabulary, "web") == []  # too short to be read inside another word


@pytest.fixture(scope="module")
def vitals_qa(tmp_path_factory):
    from tests.conftest import shared_transcript_qa

    return shared_transcript_qa(tmp_path_factory, "core-web-vitals-lecture-whisper.json")


def test_the_kind_which_asks_for_said_inside_a_compound_is_said(vitals_qa):
    # the lecture says "website" (often) and never "site" alone: "which site" asks for a website it opens
    # (dev-casual30-36, declined before casual32 as a kind said nowhere)
    evidence = vitals_qa.ask("Which site did he open as an example?").evidence
    assert evidence.focus == ("site",) and not evidence.focus_apart and evidence.focus_near


def test_a_compound_typed_apart_or_joined_is_read_as_the_transcripts_write_it(vitals_qa, agentic_qa):
    # "web site" typed apart is the lecture's "website", asked for as one thing (dev-casual32-10)
    assert vitals_qa.ask("Which web site explains all the core web vitals stuff?").evidence.focus == ("website",)
    # "wifi" typed joined is the video's "Wi-Fi": no word the transcripts never say (dev-casual32-15)
    asked = "What does the IT help desk ticket for the intern give besides wifi credentials?"
    evidence = agentic_qa.ask(asked).evidence
    assert "wifi" not in evidence.unknown_words and "fi" not in evidence.unknown_words
    # ... and searched so
    assert "wi-fi" in agentic_qa.ask("what does the intern get besides wifi credentials").query
    # a compound written in no form is left as typed: "key board" is two words the lecture says, "keyboard" none
    assert vitals_qa.ask("What key board shortcut opens Lighthouse?").evidence.focus[:2] == ("key", "board")


@pytest.mark.parametrize("question", [
    "who raised the question of firefighter pay?", "Who brought up the Olympics?", "Which reporter broached Taiwan?",
    "Who first raised the issue of gun control?", "Who put the question of water policy to the governors?"])
def test_who_raised_a_topic_asks_who_asked_not_who_did_an_act(question):
    assert answerable.asks_who_raised(question)
    assert relation_verb(question) is None


def test_who_raised_is_not_read_in_an_act_that_raises_something():
    assert not answerable.asks_who_raised("Who raised the firefighters' pay?")  # an act: raised the pay
    assert relation_verb("Who raised the firefighters' pay?") == "rais"
    assert not answerable.asks_who_raised("Who funded the Time, Clocks paper?")


def test_who_raised_a_topic_is_answered_not_declined_as_an_act_unsaid(wildfires_qa):
    answer = wildfires_qa.ask("who raised the question of firefighter pay?")
    assert answer.answerable, answer.note
