"""The records that pass between stages (parse -> segment -> index -> retrieve -> cite), and their JSON form."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

ROLES = ("statement", "question", "answer")


def named_speakers(speakers) -> list[str]:
    """The speakers by name of a list: the labels parsers give unnamed turns ("Question", "Answer") are roles, not
    people (a list of a transcript's speakers, a filter's choices)."""
    return [s for s in speakers if s.strip().lower() not in ROLES]


@dataclass(frozen=True)
class Piece:
    """A run of a turn's text that came from one place in the file: a paragraph, a subtitle cue, a segment.

    `text_start` is where the piece begins in `Turn.text`. When `verbatim` is true the piece's text is
    `file_text[start_char:end_char]` exactly, so any offset inside it maps to the file; otherwise (cleaned
    cue text, HTML, office formats) the piece's whole file span is cited.
    """

    text_start: int
    text_end: int
    start_char: int
    end_char: int
    verbatim: bool = True
    start_time: float | None = None
    end_time: float | None = None
    paragraph: int = 0  # 1-based number of the paragraph, cue or segment in the transcript


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted contribution. `question` is the text of the question an answer turn answers."""

    speaker: str
    role: str  # one of ROLES
    text: str
    pieces: tuple[Piece, ...]
    index: int  # 0-based position among the transcript's turns
    question: str | None = None
    question_index: int | None = None  # index of the turn that asked `question`

    @property
    def start_char(self) -> int:
        return self.pieces[0].start_char

    @property
    def end_char(self) -> int:
        return self.pieces[-1].end_char

    @property
    def start_time(self) -> float | None:
        return self.pieces[0].start_time

    @property
    def end_time(self) -> float | None:
        return self.pieces[-1].end_time


@dataclass(frozen=True)
class Transcript:
    """A parsed file. `text` is the file's text as read per the offset convention of DESIGN.md."""

    name: str  # file name, the transcript's identifier in the index
    title: str
    date: str | None  # ISO date, "2021-04-16"
    time: str | None  # "20:37" where the source gives one
    text: str
    turns: tuple[Turn, ...]
    format: str  # "text", "markdown", "srt", "vtt", "whisper", "html", "docx", "pdf"
    encoding: str = "utf-8"
    media_url: str | None = None
    warnings: tuple[str, ...] = ()  # parts of the file that were skipped, said in words

    @property
    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for turn in self.turns:
            if turn.speaker:
                seen.setdefault(turn.speaker)
        return list(seen)


@dataclass(frozen=True)
class Passage:
    """A piece of one turn that fits the encoder, cut at sentence boundaries, with its place in the file."""

    transcript: str
    speaker: str
    role: str
    text: str
    start_char: int
    end_char: int
    turn_index: int
    paragraph: int
    question: str | None = None
    start_time: float | None = None
    end_time: float | None = None
    section: int = 0  # the number of the Section of its transcript it belongs to
    turn_offset: int = 0  # where `text` begins in its turn's text: text == turn.text[turn_offset:turn_offset+len(text)]


@dataclass(frozen=True)
class SentenceUnit:
    """A highlightable unit of a passage: a sentence, or for unpunctuated captions a sentence-like run of cues
    (cut at cue boundaries and pauses, at most about 40 words). Computed at ingest by
    `qa.segment.sentence_units` and stored with its vector, so that a highlight costs a lookup.

    `start`/`end` index the passage's `text`; `start_char`/`end_char` are its span in the file (per the offset
    convention: the covering cues or elements where the text is not verbatim); times where the source has them.
    """

    start: int
    end: int
    start_char: int
    end_char: int
    start_time: float | None = None
    end_time: float | None = None


@dataclass(frozen=True)
class Section:
    """A stretch of conversation: consecutive turns of one transcript, whole passages, up to a word limit.

    Retrieval ranks sections as well as passages: a short turn ("Let's do that then.") is relevant because of
    the exchange it closes. Sections are never cited; passages are.
    """

    transcript: str
    number: int
    start_char: int
    end_char: int
    text: str  # 'Speaker: words' of each turn in it, a line each


@dataclass(frozen=True)
class TranscriptInfo:
    """What the index keeps about a transcript besides its passages."""

    name: str
    title: str
    date: str | None
    time: str | None
    format: str
    speakers: tuple[str, ...]
    passages: int
    content_hash: str
    media_url: str | None = None
    source_path: str | None = None
    warnings: tuple[str, ...] = ()
    # (label, name): a speaker labelled by a title alone ("THE VICE PRESIDENT") and the name that the turn handing
    # them the floor gives them ("Harris"); derived from the turns when the index loads, never stored
    speaker_names: tuple[tuple[str, str], ...] = ()
    # post44: (label, place, said) of speakers whose own turns claim a place ("my state of Oregon") or say one most
    # (qa.transcript_facts.speaker_places); derived from the turns when the index loads, never stored
    speaker_places: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Hit:
    """A passage as retrieval ranked it, or an exchange around it. `dense`/`lexical` are the per-method scores
    of `passage` (None: not in that list).

    An exchange (`is_exchange`) runs over consecutive turns `first_turn`..`last_turn` of `passage`'s transcript,
    from `start_char` (inside its first turn) to `end_char` (inside its last): `passages` are the indexed
    passages it holds, in file order, `passage` (the one that ranked) among them; turns without a passage
    (backchannels) between them belong to it too. `qa.exchange.exchange_text` turns it into a citation's text.
    A same-turn pair (`is_pair`: `first_turn == last_turn`, two passages) is consecutive passages of one turn cited
    as one passage of that turn (`qa.exchange.with_next_passage`, `pair_passage`). A one-passage hit leaves these at
    their defaults.
    """

    passage: Passage
    score: float
    dense: float | None = None
    lexical: float | None = None
    row: int = -1  # the passage's row in the store (for its sentence units and their vectors)
    passages: tuple[Passage, ...] = ()
    rows: tuple[int, ...] = ()  # the store rows of `passages`, in the same order (an exchange)
    first_turn: int | None = None
    last_turn: int | None = None
    start_char: int | None = None
    end_char: int | None = None

    @property
    def is_exchange(self) -> bool:
        return self.first_turn is not None and self.last_turn is not None and self.last_turn > self.first_turn

    @property
    def is_pair(self) -> bool:
        """Whether the hit is consecutive passages of one turn, cited as one longer passage of it."""
        return self.first_turn is not None and self.first_turn == self.last_turn and len(self.passages) > 1

    def with_score(self, score: float) -> Hit:
        """This hit scored `score`: `dataclasses.replace(self, score=score)` at a sixth of its cost (a question's
        sentence re-ranking re-scores its first 30 hits)."""
        hit = object.__new__(type(self))
        hit.__dict__.update(self.__dict__, score=score)
        return hit

    @property
    def span(self) -> tuple[int, int]:
        """The hit's span in its transcript's file: the exchange's, else the passage's."""
        if self.start_char is not None and self.end_char is not None:
            return self.start_char, self.end_char
        return self.passage.start_char, self.passage.end_char


@dataclass(frozen=True)
class CitedTurn:
    """One turn inside a citation: a one-speaker citation has one, an exchange several, in file order.
    `text_start`/`text_end` say where the turn's words sit in `Citation.text`."""

    speaker: str
    role: str
    start_char: int
    end_char: int
    start_time: float | None
    end_time: float | None
    paragraph: int
    text_start: int
    text_end: int


@dataclass(frozen=True)
class Citation:
    """A cited passage (one speaker) or exchange (consecutive turns of several speakers, `kind == "exchange"`).

    `speaker`, `role` and `question` are those of the turn that holds the highlight. `highlight` is
    `text[highlight_start:highlight_end]`, always inside one turn; `highlight_start_char`/`_end_char` are its
    span in the file and `highlight_start_time`/`_end_time` its times where the source has times (the media
    link opens there). `score` is the fused ranking score; `cosine` the passage's cosine similarity to the
    searched question, `bm25` its BM25 score (None: not in that ranking).
    """

    rank: int
    transcript: str
    title: str
    date: str | None
    speaker: str
    role: str
    question: str | None
    start_char: int
    end_char: int
    start_time: float | None
    end_time: float | None
    text: str
    highlight: str
    score: float
    paragraph: int = 0
    media_url: str | None = None  # the media link at the highlight's time, where the transcript names one
    kind: str = "passage"  # "passage" (one speaker's words) or "exchange" (consecutive turns)
    turns: tuple[CitedTurn, ...] = ()
    highlight_start: int = 0
    highlight_end: int = 0
    highlight_start_char: int | None = None
    highlight_end_char: int | None = None
    highlight_start_time: float | None = None
    highlight_end_time: float | None = None
    cosine: float | None = None
    bm25: float | None = None


@dataclass(frozen=True)
class Evidence:
    """What a search left to decide whether the transcripts answer the question (qa.answerable), from the
    question's own words, never its history's.

    `cosine` is the nearest passage's cosine similarity to the searched query; `sentence` the best highlight's.
    `coverage` is the share of the question's content words that occur in some passage it may cite,
    `transcript_coverage` the largest share that occurs in one transcript, `top_coverage` the share in its first
    passages; `missing` lists those that occur in no passage, and
    `unknown_names` the names among them. `sources` are what the question names as who speaks or where ("Lavrov",
    "the bagging lecture"), where they match speakers or transcripts; `source_coverage` is the share of its other
    content words that occur in those sources' passages (None: no source named), `source_unknown_names` its names
    that do not. `absent_speakers` are names the
    question has speak that no speaker label or title carries, `absent_person` whether one of them is surely a
    person ("Governor Polis"); `absent_recordings` the recordings it names by a name that no transcript's title or
    file name holds ("the Obama interview"). `dates_unsaid` are the dates it writes (qa.dates, in words: "20 April")
    that no transcript is dated and no passage says, `dates_held` then the transcripts' recorded dates nearest the
    first (ISO), `dates_more` how many others they have. `expected` is the kind of answer asked for ("number", "time", or a precise kind: "year",
    "date", "percentage", "amount of money"), `expected_found`
    whether a highlight holds one (None: no kind expected). `nonsense`: no word of the question is a word at all.
    `displaced_names` are its names that the transcripts hold but neither its first passages nor any transcript's
    title do. `topic` is what the question asks whether, or what, someone said about ("Did Lamport talk about machine
    learning?": "machine learning", as written); `topic_coverage` the largest share of its content words that one
    passage holds (of the source it names, else of any it may cite; None: no such topic). `company_coverage` is the
    share of its other content words (not names, numbers, sources or asking words) that occur, or a word of the
    same stem does, in a transcript that holds all its names (None: no names, or no such words, or no transcript
    holds all the names); `apart_words` those that do not, said apart from `apart_names` ("What is the weather in
    Moscow?": weather, apart from Moscow). `count_found` is whether a highlight, or the sentence after it, holds a
    count of what "how many" asks about, a number followed by it ("about 9,000 firefighters deployed"; None: the
    question asks no count of something); `count_apart` the question's names that none of the passages holding
    such a count holds, in any of its country's names, nor the words either side of them (qa.answerable
    COUNT_NEAR_WORDS), nor a title ("Germany" of "How many diplomats did Russia expel from Germany?");
    `count_words`, where no count found is of what is asked, the words the counts in the first passages do count
    (qa.answerable `count_words`: "companies"), and `count_word_similarity` how near the nearest of them is to the
    head of what is asked, as words alone ("firms": 0.87; `qa.answerable.count_word_similarity`, encoded only where
    the verdict turns on it; None: not read), and `count_phrase_similarity` how near the nearest count of the first
    passages, with the words around it, is to what is asked, as a phrase (`qa.answerable.count_phrase_similarity`,
    "expelling 10 Russian officials" for "staff were expelled"; likewise read only where the verdict turns on it);
    `count_other_time` the times the question names when every passage
    that counts it says another time of that kind ("this year", where the counts found are last year's).
    `figure_elsewhere` are the places the question asks a figure for (a count, share, sum, year, number, or a
    temperature, distance, area or length: `unit_kind`) that no passage
    found giving one is about, where one is about another place: the places its sentences giving the figure name,
    else those its setting (the words before it)
    names ("Arizona" of "How many firefighters are deployed in Arizona?" over "about 9,000 firefighters deployed
    across the region — from California to New Mexico, to Utah and Nevada"; qa.answerable.figure_elsewhere).
    `unknown_words` are its content words (`content_words` of them in all) that are words neither of the
    transcripts nor whole of the model's tokenizer ("lorem", "ipsum"). `reported_coverage` is, for a person the
    question has speak who does not (`absent_speakers`, surely a person), the largest share of its other content
    words said near a mention of their surname (0 where they are one person never reported saying anything:
    `qa.answerable.CorpusWords.reported_saying`; None: no such person). `follow_up`: the question was searched with
    earlier ones (its `cosine` is then the closeness of their topic, and a "when" needs a date proper: a year, a
    month, a time ago). `name_found`, for a follow-up that asks for a name (qa.answerable.asks_name: "What are
    their names?", "Who owns them?"), is whether a highlight or the sentence after it, in a passage near what the
    earlier answer cited, names someone the conversation has not (`qa.answerable.name_found`; None: no such
    follow-up, or no text written with capitals); `acted_found`, for one that asks who acts on what it points
    back to ("Who owns them?": `qa.answerable.acting_verb`), whether such a passage also says the act (a word its
    verb's stem begins: "owner", "owned"); for a question asked alone that asks who does something
    (`qa.answerable.doing_verb`: "Who started the Lava Fire?"), whether a highlight or the sentence after it names
    someone the question does not and says the act. `focus` is what the question asks for, by its form
    (`qa.answerable.focus_words`: "oil" of "How much oil ...?", "mayor" of "Who is the mayor of Portland?",
    "budget" of "What is the Tokyo Olympics budget?"), `focus_names` its names the transcripts hold;
    `focus_apart` whether no transcript that holds those names says it, `focus_near` whether the first passages
    or the words around them do (None: nothing asked for by its form), among passages that speak of winning
    where it asks who won (`focus_winning`). `person_identified`, for a question that asks who someone is
    (`qa.define.person_asked`: "Who is Albin Kurti?"), is whether a highlight says it (`qa.define.identifies`: a
    title, an apposition); None: no such question. `relation`, for a question asked alone that asks who did
    something, by a verb in the past or the present ("Who funded / funds ...?", "Who wrote ...?", "Which company
    built ...?"), is the verb's stem ("fund", "write"); `relation_said` whether a form of it (a word that stem
    begins, or whose stem it begins: "funding", "funder", "translation"; an irregular past: "wrote", "written") is
    in the first passages or the words around them (`qa.answerable.COUNT_NEAR_WORDS`), `relation_distance` the
    fewest words between a passage and one (0: in a passage; None: none said), and `relation_rest` the
    share of the question's other content words in the first passages (None: no such question); `relation_shift`
    how much nearer the first highlight is to the question than to it without its verb
    (`qa.answerable.relation_shift`: above 0, the highlight may say the act in other words; None where the verb is
    said in the first passages, `relation_distance` 0, and no rule reads it, and where the verdict is the same
    whatever it is: it is encoded only where it counts, `qa.api._shifts_read`). `figure_subject`,
    for a question asked alone that asks a sum, a share or a figure known by its unit, is whether a sentence found
    giving one, or the sentence before it, holds a word of what the question asks it of (False: each is said of
    something else; None: no such question, or no such figure found; `qa.answerable.figure_subject`). `measure`,
    for a question asked alone that asks a figure by the noun of its measure ("What inflation rate ...?", "What is
    a good TBT score?"), is that noun's phrase, and `measure_found` whether a first highlight (with the sentence
    after it) gives a number or a grading word with a word of the question near it (`qa.answerable.measure_found`;
    None: no such question). `role`, for a question asked alone that asks who holds a post of something ("Who is
    the Prime Minister of Canada?"), is the post and what it is of ("Prime Minister of Canada"; None: no such question),
    and `role_distance` the fewest words between the post's word and a word of what it is of in a first passage
    (`qa.answerable.role_distance`; None: no passage holds both). `own_mention_source`, for a question that asks
    whether a speaker said something ("Did Lamport mention Kelsey Hightower?", `qa.answerable.mention_asked`), is
    that speaker as written (None: no such question, or no speaker of the transcripts); `own_mention_names` the
    names of what is asked that the speaker's own passages never say, `own_mention_by` the other speakers of their
    transcripts who say them, and `own_mention_coverage` the share of its content words the speaker's own passages
    hold (`qa.answerable.own_mention`). `focus_shift`, for a question whose kind asked for by "which"
    (`focus`, read from "Which hotel ...?") is said in no transcript with its names (`focus_apart`), is how much nearer
    the first highlight is to the question than to it without that kind (`qa.answerable.focus_shift`: above 0, the
    highlight may name it in other words, "the Turing Award" for "Which prize ...?"; None: no such question); the
    same where it is said neither in nor near the first passages (`focus_near` False); None too where the verdict is
    the same whatever it is (`qa.api._shifts_read`). `focus_which`: the focus is
    the kind "which" asks for (`qa.answerable.focus_words`), not what "how much" or "who is the X of" asks.
    `source_unsaid`: the question's other words that are said neither in nor near the passages of the source it
    names (what `source_coverage` lacks); `source_shift`, where that coverage is short, how much nearer the first
    highlight is to the question than to it without those words (`qa.answerable.focus_shift`: above 0, the source
    may say them in other words, "my brother-in-law" for "her relatives"; None: not read, or the verdict is the same
    whatever it is).
    `composes` is what a request asks to be made up ("poem" of "write me a poem about clouds",
    `qa.answerable.composes`; None: no such request). `request_topic` is what a question typed as a request or a
    heading asks about ("bitcoin" of "whats the outlook for bitcoin", "medicare" of "medicare - what's the plan":
    `qa.answerable.request_topic`), `request_topic_coverage` the largest share of its content words that one section
    holds (None: no such question), `request_topic_unheld` its English words that no transcript holds (decl31).
    `own_topic_source`, for a question that asks what one speaker said of a topic ("What did Lamport say about
    blockchains?", "Did Suga talk about the Olympics' cost?"), is that speaker as written (None: no such question, no
    speaker of the transcripts, or rapid talk); `own_topic_unsaid` the topic's content words that the speaker's own
    passages never say (not near them: `source_unsaid` reads those), `own_topic_unheld` those of them no passage
    says, `own_topic_coverage` the share of the topic's words the speaker's own passages say
    (`qa.answerable.own_topic`), `own_topic_reported`, where it is 0, whether another speaker of their recordings says
    one of those words in a passage that names them (reported on it), and `own_topic_shift`, where that share is short, how much nearer the speaker's own
    first highlight is to the question than to it without the unsaid words (`qa.answerable.focus_shift`: above the
    rule's bound, said in other words; None: not read) (topic42).
    """

    cosine: float | None
    sentence: float | None
    coverage: float
    top_coverage: float
    transcript_coverage: float = 1.0
    source_coverage: float | None = None
    sources: tuple[str, ...] = ()
    # those of `sources` that name speakers and no recording ("Lavrov", "the Vice President"): a note says "what
    # Lavrov says" of them
    speaking_sources: tuple[str, ...] = ()
    source_unknown_names: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    unknown_names: tuple[str, ...] = ()
    absent_speakers: tuple[str, ...] = ()
    absent_person: bool = False
    # people a source phrase joins to someone who speaks, who speak nowhere ("John Carter" of "what did Lavrov and John
    # Carter say"): said in a note, never a decline by itself (spk39)
    absent_beside: tuple[str, ...] = ()
    absent_recordings: tuple[str, ...] = ()
    dates_unsaid: tuple[str, ...] = ()
    dates_held: tuple[str, ...] = ()
    dates_more: int = 0
    expected: str | None = None
    expected_found: bool | None = None
    # a figure asked by its noun (qa.answerable.figure_noun_asked): whether the first highlight, with the sentence
    # after it, holds a number; None when no such figure is asked (or for a follow-up)
    figure_first_found: bool | None = None
    nonsense: bool = False
    asks_nothing: bool = False  # a greeting, thanks, an address or code alone (qa.answerable.asks_nothing)
    tells: bool = False  # a turn that tells of the user and asks nothing (qa.answerable.tells_only)
    # the turn's words of English (known whole to the model) that no transcript holds, and their share of its words
    # (qa.answerable.unheld_words: "pie", "crust" of "whats the trick to a crispy pie crust")
    unheld_words: tuple[str, ...] = ()
    unheld_share: float | None = None
    index_terms: int = 0  # how many terms (stems) the index's passages hold (qa.answerable.CorpusWords.index_terms)
    displaced_names: tuple[str, ...] = ()
    topic: str | None = None
    topic_coverage: float | None = None
    company_coverage: float | None = None
    apart_names: tuple[str, ...] = ()
    apart_words: tuple[str, ...] = ()
    count_found: bool | None = None
    mention_count: bool = False  # it asks how many times something is said: answered by the mentions, no count made
    # it asks the order of a recording or who spoke most ('order' or 'most'): answered by the nearest passages, which
    # the note says (qa.answerable.asks_order); None for any other question
    order_asked: str | None = None
    count_apart: tuple[str, ...] = ()
    count_other_time: tuple[str, ...] = ()
    count_words: tuple[str, ...] = ()
    count_word_similarity: float | None = None
    count_phrase_similarity: float | None = None
    figure_elsewhere: tuple[str, ...] = ()
    # unans47: the places and times the question ties its figure to whose rival (another place, another time) each
    # sentence giving a figure of the asked kind names instead (qa.answerable.figure_rival)
    figure_rival: tuple[str, ...] = ()
    reported_coverage: float | None = None
    unknown_words: tuple[str, ...] = ()
    content_words: int = 0
    focus: tuple[str, ...] = ()
    focus_names: tuple[str, ...] = ()
    focus_apart: bool | None = None
    focus_near: bool | None = None
    focus_winning: bool = False
    name_found: bool | None = None
    acted_found: bool | None = None
    act_named: bool | None = None  # near43: the verb of "who VERBed X?" names the act (qa.answerable.act_named)
    follow_up: bool = False
    person_identified: bool | None = None
    phrase_said: bool = False  # lead36: a first highlight says the question's words side by side (`phrase_said`)
    term_defined: bool = False  # lead45: a first highlight spells out the acronym asked about (`acronym_defined`)
    quote_asked: bool = False  # lead36: the question asks for words as said ("the line about ...", `quote_asked`)
    figure_subject: bool | None = None
    relation: str | None = None
    relation_said: bool | None = None
    relation_distance: int | None = None
    relation_rest: float | None = None
    relation_shift: float | None = None
    measure: str | None = None
    measure_found: bool | None = None
    role: str | None = None
    role_distance: int | None = None
    described_name: str | None = None  # decl49: the name whose role or job is asked
    name_described: bool | None = None  # ... whether a mention of it says what they do (None: not read)
    compared: str | None = None  # decl49: what the question asks was compared to something
    compared_said: bool | None = None  # ... whether a sentence of the first passages says it with a comparison
    own_mention_source: str | None = None
    own_mention_names: tuple[str, ...] = ()
    own_mention_by: tuple[str, ...] = ()
    own_mention_coverage: float | None = None
    focus_shift: float | None = None
    focus_which: bool = False
    source_unsaid: tuple[str, ...] = ()
    source_common: tuple[str, ...] = ()  # fdecl58: those of them half or more of the recordings say
    source_shift: float | None = None
    composes: str | None = None
    assistant_form: str | None = None  # off55: a general assistant's form of the turn (`qa.answerable.assistant_form`)
    request_topic: str | None = None
    request_topic_coverage: float | None = None
    request_topic_unheld: tuple[str, ...] = ()
    own_topic_source: str | None = None
    own_topic_unsaid: tuple[str, ...] = ()
    own_topic_common: tuple[str, ...] = ()  # fdecl58: those of them half or more of the recordings say
    own_topic_unheld: tuple[str, ...] = ()
    own_topic_coverage: float | None = None
    own_topic_shift: float | None = None
    own_topic_reported: bool | None = None
    # fdecl47: where a topic rule (`qa.answerable.TOPIC_PHRASE_RULES`) declines, the topic phrase it tested
    # (`qa.answerable.phrase_tested`), and the best cosine between that phrase alone (encoded by itself) and the stored
    # sentence-unit vectors of the named source's passages (`phrase_source`; of every passage where no source is
    # named) and of every passage the question may cite (`phrase_anywhere`); None: not read
    tested_phrase: str | None = None
    phrase_source: float | None = None
    phrase_anywhere: float | None = None
    # fdecl59: where the source-silent rule declines, of the words the named source does not say (`source_unsaid`),
    # the least of each word's best cosine (each encoded alone) to a word of the source's own passages, encoded alone
    # ("heatwave" to "temperatures"); None: not read
    unsaid_word_source: float | None = None
    # syn64: the words the topic rule read for `topic_coverage` (after fd63's other forms) and the sections (rows) that
    # hold the most of them, at least one (of the named sources' where a source is named; at most
    # `qa.answerable.TOPIC_NEIGHBOUR_SECTIONS`); and, where the topic rule declines, the least cosine (each word encoded
    # alone) at which words of one of those sections stand for enough of the topic's words it lacks to reach the rule's
    # share (`topic_neighbour`; None: not read)
    topic_read: tuple[str, ...] = ()
    topic_sections: tuple[int, ...] = ()
    topic_neighbour: float | None = None
    # recall44: the acts of a why-question's premise (`qa.answerable.premise_acts`: "refuse" of "Why did the EU refuse
    # to back ...?") that none of the first passages says in any form (`premise_unsaid`)
    premise_unsaid: tuple[str, ...] = ()
    # unans45: the term a question asks the meaning of ("What does Newsom mean by a fire tornado?": "fire tornado",
    # `qa.answerable.term_asked`) where no transcript it may cite says it (`term_unsaid`); None for any other question
    term_unsaid: str | None = None
    # hyp49: the condition a hypothetical asks what follows from ("Russia defaults on its debt" of "What happens if
    # Russia defaults on its debt?", `qa.answerable.condition_of`; None for any other question), its words that neither
    # the first passages nor any transcript says (`condition_unsaid`), and the least that one of those brings the first
    # highlight nearer the question (`condition_shift`; None: not read)
    condition: str | None = None
    condition_unsaid: tuple[str, ...] = ()
    condition_shift: float | None = None
    # reg50: the superlatives a question asks ("deadliest" of "What was the deadliest wildfire in Oregon's history?",
    # `qa.answerable.superlatives_asked`) that neither the first passages nor any transcript says in any form
    # (`superlative_unsaid`)
    superlative_unsaid: tuple[str, ...] = ()
    # nm56: the register a question asks a speaker's act in ("thanks", "praise", "blame" of "Which allies did the
    # officials thank ...?", `qa.answerable.register_asked`) where none of the first passages holds a word of it
    # (`register_said`); None otherwise
    register_unsaid: str | None = None
    # decl51: whether `topic` is read after a register's frame alone ("the Lava Fire" of "What started the Lava
    # Fire?", `qa.answerable.register_frame_topic`): the decline reads it; the calibrated hedge does not (it was
    # fitted on main's topics)
    topic_framed: bool = False
    # lead38: (speaker, recording, where the speaker speaks) as the question writes them, where it asks what a speaker
    # said in a recording it names and that speaker does not speak there ("What did Newsom say at the Suga press
    # conference?"); None for any other question
    speaker_not_in: tuple[str, str, str] | None = None
    # ufu57: for a follow-up, its own names and numbers that no transcript holding all of its referent's names
    # (the earlier question's, `qa.answerable.referent_names`) holds, with those referent names: ("india",) and
    # ("Crimea",) for "did india join as well?" after the Crimea sanctions; empty otherwise
    referent_unheld: tuple[str, ...] = ()
    referent_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    question: str
    answerable: bool
    answer: str
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    query: str = ""  # the text that was searched (the question with its follow-up context)
    history_used: bool = False  # whether earlier questions of the conversation shaped the search
    note: str | None = None  # why it was declined, or what makes it uncertain ("Nobody named Putin speaks ...")
    evidence: Evidence | None = None  # what the "not in these transcripts" decision read (qa.answerable)
    # the modelled chance that citation [1] answers the question (qa.calibrated, fitted on dev questions asked alone);
    # None for a decline, a follow-up searched with its history, or an answer read by time or order
    confidence: float | None = None


def to_json(record) -> dict:
    """The JSON form of any record above (tuples become lists)."""
    return dataclasses.asdict(record)


def citation_from_json(data: dict) -> Citation:
    turns = tuple(CitedTurn(**t) for t in data.get("turns", ()))
    return Citation(**{**data, "turns": turns})


def answer_from_json(data: dict) -> Answer:
    citations = tuple(citation_from_json(c) for c in data.get("citations", ()))
    evidence = data.get("evidence")
    if evidence is not None:
        evidence = Evidence(**{k: tuple(v) if isinstance(v, list) else v for k, v in evidence.items()})
    return Answer(**{**data, "citations": citations, "evidence": evidence})


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did. `errors` holds one message per file that could not be indexed (nothing else changed)."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    passages_embedded: int = 0
    errors: tuple[str, ...] = ()
    seconds: float = 0.0
    precision: str = ""  # what this machine embedded in: fp32, bf16 or int8 (settings.ingest_precision decided)
    runtime: str = ""  # what ran the model: torch, or onnx (the local export; settings.ingest_runtime decided)
    # one line per transcript added with the very text of another one indexed (a copy under another name): both
    # are indexed, and an answer cites the same sentence twice
    duplicates: tuple[str, ...] = ()
    # transcripts of a folder passed over: removed earlier with their files kept (qa.ingest.SET_ASIDE); naming the
    # file, or uploading it, indexes it again
    set_aside: tuple[str, ...] = ()
    # transcripts (of `unchanged`) that another process was embedding at the same time, waited for and then found
    # indexed (qa.ingest.embedding_slots: an upload and `tqa ingest` given one file)
    indexed_elsewhere: tuple[str, ...] = ()
    # the parts of the files added or updated that were read with a doubt or skipped (`Transcript.warnings`, each
    # naming its file and line): said by `tqa ingest` and the page's upload line (trial44: said nowhere before)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContextTurn:
    """A turn shown around a citation; `cited` marks the turn that holds the cited span."""

    speaker: str
    role: str
    text: str
    start_char: int
    end_char: int
    start_time: float | None
    end_time: float | None
    paragraph: int
    cited: bool
    cited_start: int | None = None  # where the cited span begins and ends inside `text`, when `cited`
    cited_end: int | None = None
