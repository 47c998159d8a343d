"""Definition questions: "What is X?", "What does X mean / stand for?", "What is meant by X?", "Define X".

A passage that merely names the term (a list: "First Contextual Paint. Largest Contextual Paint.") matches such a
question as well as the one that says what the term is ("And LCP stands for Largest Contextual Paint. This means
that if the user is viewing a page, then the biggest element on it."). `defines` marks the units that say what the
term is, by the words around it: "X is/are/means/stands for/refers to ...", "called X", "known as X", "so-called
X", "... stands for X" (an acronym spelled out), an apposition ("the Russian Foreign Intelligence Service -- the
SVR"), and a unit that opens with "this means" / "which means" after a unit that names the term. A unit with few
words besides the term gains nothing. qa.rerank and qa.cite add a weight to such units (docs/retrieval.md,
"Definition questions").

"Who is NAME?" is the same for a person: `person_asked` reads the name, `identifies` marks the units that say who
the person is (a title before the name, an apposition, a clause after it); docs/retrieval.md, "Who is NAME?".
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

import numpy as np

from qa.answerable import FUNCTION_WORDS, words
from qa.lexical import english_stemmer

RANK_WEIGHT = 0.6  # added to a sentence's score in qa.rerank when it defines the term asked about (dev sets)
HIGHLIGHT_WEIGHT = 0.4  # added to a unit's highlight score in qa.cite when it defines the term (dev sets)
MAX_TERM_WORDS = 5  # a term asked about has at most this many words ("largest contentful paint", "in bag")
OTHER_WORDS = 1  # a defining unit holds at least this many content words besides the term's (and its cue)
NEAR = 3  # the defining cue is at most this many words from the term

_ARTICLE = r"(?:(?:a|an|the)\s+)?"
_DEFINITION_QUESTION = (
    re.compile(rf"\s*what\s+(?:is|are)\s+(?:meant\s+by|the\s+(?:meaning|definition)\s+of)\s+{_ARTICLE}(?P<term>.+?)"
               r"\s*[?.!]*\s*$", re.IGNORECASE),
    re.compile(rf"\s*what\s+(?:does|do)\s+{_ARTICLE}(?P<term>.+?)\s+(?:mean|stand\s+for|refer\s+to)\s*[?.!]*\s*$",
               re.IGNORECASE),
    re.compile(rf"\s*(?:define|explain\s+what\s+is)\s+{_ARTICLE}(?P<term>.+?)\s*[?.!]*\s*$", re.IGNORECASE),
    re.compile(rf"\s*what\s+(?:is|are)\s+{_ARTICLE}(?P<term>.+?)\s*[?.!]*\s*$", re.IGNORECASE),
)
# a term that is not a thing to define: a pronoun or a possessive ("What are their names?"), a question word
_NOT_A_TERM = frozenset("""it its this that these those they them their he his she her we our you your i my me
there here what which who whom whose when where why how doing""".split())
# "What is Russia doing about American NGOs?", "What is Lamport working on?": a subject and a verb in "-ing" with its
# particle, a question about what someone does, not a term ("bagging in random forests", "sampling with replacement"
# and "stuttering insensitivity" stay terms: "in", "of", "for", "with" and a noun after the "-ing" word are a term's)
_PROGRESSIVE = re.compile(r"\b\w{2,}ing\s+(?:about|to|on|up|out|into|against|towards?)\b", re.IGNORECASE)
# after the term: "X is", "X are", "X means", "X stands for", "X refers to", "X basically ..."
_AFTER = frozenset("is are means mean meaning stands stand refers refer basically defined".split())
# before the term: "called X", "call them X", "known as X", "so-called X", "stands for X", "definition, X"
_BEFORE = frozenset("called call calling named known so-called stands stand definition".split())
_APPOSITION = re.compile(r"[—–(,:]\s*(?:the\s+)?$")  # "... Intelligence Service — the SVR", "The SVR unit, APT29"
_REFERS_ON = re.compile(r"\W*(?:and\s+|so\s+)?(?:this|that|which|it)\s+(?:means|stands\s+for|is\s+when)\b",
                        re.IGNORECASE)
# "This is called X.": the unit before says what X is; this one names it
_NAMES_BACK = re.compile(r"\W*(?:and\s+|so\s+)?(?:this|that|it|these|those)\s+(?:is|are|was|were)\s+(?:\w+\s+)?"
                         r"(?:called|known\s+as|named)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’+-]+")


def defined_term(question: str) -> str | None:
    """The term `question` asks to define ("What is largest contentful paint?": "largest contentful paint"; "What
    does FID stand for?": "FID"), else None: a question of another kind, or one whose subject is a pronoun, a
    possessive, a number, ends in a function word or is longer than MAX_TERM_WORDS words ("What are their names?",
    "What is Marketing's presentation mainly about?", "What is the first thing that comes in the core web
    vitals?")."""
    for pattern in _DEFINITION_QUESTION:
        match = pattern.match(question)
        if match:
            term = match.group("term").strip(" \"'“”‘’")
            tokens = _WORD.findall(term)
            if (not tokens or len(tokens) > MAX_TERM_WORDS or tokens[-1].lower() in FUNCTION_WORDS
                    or _PROGRESSIVE.search(term)
                    or any(t.lower() in _NOT_A_TERM or t.isdigit() or t.lower().endswith(("'s", "’s"))
                           for t in tokens)):
                return None
            return term
    return None


@functools.lru_cache(maxsize=1 << 15)  # every unit of every cited passage is read word by word
def _stem(word: str) -> str:
    return english_stemmer().stemWord(word.lower().strip("'’"))


def _is_acronym(term: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", term))


def _spelled_out(acronym: str, text: str) -> bool:
    """Whether `text` holds capitalised words whose initials spell `acronym` ("First Input Delay": FID)."""
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", text))
    return acronym.upper() in initials.upper() and len(acronym) > 1


def _holds_term(term: str, stems: frozenset[str], text: str) -> list[int]:
    """The indices of the words of `text` that are the term's: its stems (at least two thirds of them held: both of
    two, two of three, so that "Contextual" misheard for "Contentful" still counts, "climate" alone for "climate of
    Kosovo" does not), the acronym
    itself, or the capitalised words that spell it out."""
    tokens = _WORD.findall(text)
    if _is_acronym(term):
        found = [i for i, t in enumerate(tokens) if t.upper() == term.upper()]
        if found or not _spelled_out(term, text):
            return found
        return [i for i, t in enumerate(tokens) if t[:1].isupper() and t[:1].upper() in term.upper()]
    found = [i for i, t in enumerate(tokens) if _stem(t) in stems]
    held = {_stem(tokens[i]) for i in found}
    return found if stems and 3 * len(held) >= 2 * len(stems) else []


def acronym_defined(question: str, highlights: Sequence[str], passages: Sequence[str] = ()) -> bool:
    """Whether `question` asks what an acronym written in capitals stands for or is ("What does BRIC stand for?",
    "What is CORE?") and the first citations say it: a highlight holds the acronym, or its capitalised words that
    spell it out, beside a cue that defines (`defines`), or a highlight or a passage holds the acronym as written
    and the words that spell it out (`_beside_its_words`: "FCP comes. First Contextual Paint."). An acronym so
    spelled out is its definition, however far the short question's vector lies from the passage's (lead45)."""
    term = defined_term(question)
    return bool(term and _is_acronym(term)
                and (defines(term, highlights).any()
                     or any(_beside_its_words(term, text) for text in (*highlights, *passages))))


_SMALL = frozenset("and of for the to in on a an &".split())  # words inside a term its initials leave out, but "of"
_TERM_TOKEN = re.compile(r"[\w'’&-]+")


def _beside_its_words(acronym: str, text: str) -> bool:
    """Whether `text` holds `acronym` as written (in capitals) and a run of capitalised words whose initials are the
    acronym's letters, small words between them allowed ("FEMA's BRIC program — Building Resilient Infrastructure
    and Communities"): the acronym said beside its words."""
    tokens = _TERM_TOKEN.findall(text)
    if acronym not in (t[:-2] if t.endswith(("'s", "’s")) else t for t in tokens):
        return False
    for i, first in enumerate(tokens):
        if not first[:1].isupper() or first == acronym:
            continue
        initials = ""
        for word in tokens[i:i + 2 * len(acronym) + 2]:
            if word.lower() in _SMALL and initials:
                initials += "O" if word.lower() == "of" and "O" in acronym.upper() else ""
                continue
            if not word[:1].isupper() or word == acronym:
                break
            initials += word[0].upper()
            if initials == acronym.upper():
                return True
            if not acronym.upper().startswith(initials):
                break
    return False


def defines(term: str | None, texts: Sequence[str]) -> np.ndarray:
    """1 for each unit of `texts` (a passage's units, in order) that says what `term` is (see the module's doc),
    else 0; all 0 when `term` is None."""
    out = np.zeros(len(texts), np.float32)
    if not term:
        return out
    stems = frozenset(_stem(w) for w in words(term) if w not in FUNCTION_WORDS and len(w) > 1)
    held = [_holds_term(term, stems, t) for t in texts]
    for i, text in enumerate(texts):
        if held[i]:
            found = list(_WORD.finditer(text))
            tokens = [m.group() for m in found]
            first, last = min(held[i]), max(held[i])
            others = [t for j, t in enumerate(tokens) if j not in held[i] and t.lower() not in FUNCTION_WORDS]
            if len(others) < OTHER_WORDS:
                continue
            after = {t.lower() for t in tokens[last + 1:last + 1 + NEAR]}
            before = {t.lower() for t in tokens[max(0, first - NEAR):first]}
            lead = text[:found[first].start()]  # the text before the term's first word, for an apposition
            if _NAMES_BACK.match(text):
                out[i - 1 if i > 0 else i] = 1.0
                continue
            out[i] = float(bool(after & _AFTER or before & _BEFORE or _APPOSITION.search(lead)))
        elif i > 0 and held[i - 1] and _REFERS_ON.match(text):
            out[i] = 1.0
    return out


# "Who is X?" of a person: the sentence that says who X is (a title before the name, an apposition, a clause after
# it), not one that merely names or addresses X. docs/retrieval.md, "Who is NAME?".
PERSON_RANK_WEIGHT = 0.6  # added to a sentence's score in qa.rerank when it says who the person asked about is
PERSON_HIGHLIGHT_WEIGHT = 0.4  # added to a unit's highlight score in qa.cite when it says who the person is
MAX_NAME_WORDS = 4  # a name asked about has at most this many words ("Prime Minister Albin Kurti")

_PERSON_QUESTION = re.compile(r"\s*who\s+(?:is|was|'s)\s+(?P<name>.+?)\s*[?.!]*\s*$", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
# forms of address, not roles: "Mr Sullivan" says nothing of who he is
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. madam sir".split())
_CONNECTORS = frozenset("of to the for".split())  # inside a title: "Prime Minister of Kosovo", "Ambassador to the US"
# "my governor, Gavin Newsom", "My Serbian colleague, Nikola Selakovic": a noun phrase and a comma before the name
_APPOSED_BEFORE = re.compile(r"\b(?:my|our|your|his|her|their|the|a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,\s*$",
                             re.IGNORECASE)
# "Leslie Lamport, a distinguished scientist", "Mike Mansfield — who was ...", "Mr. Sugimoto, with Sankei Newspaper",
# "Shintomi-san of Kyodo News"
_APPOSED_AFTER = re.compile(r"(?:\s*(?:,|—|–|--|\()\s*(?:a|an|the|who|whose|one|with|from|of|my|our|his|her|their|"
                            r"former|currently|now)\b|\s+(?:of|with|from)\s+(?:the\s+)?[A-Z])")

# "Governor Newsom, do you want to pick that one up?": a name addressed, its title said to the person's face
_ADDRESSED = re.compile(r"\s*,\s*(?:[\w'’]+\s+){0,2}you\b", re.IGNORECASE)


def person_asked(question: str) -> str | None:
    """The name `question` asks about when it asks who someone is ("Who is Gavin Newsom?": "Gavin Newsom"; "Who is
    Governor Brown?": "Governor Brown"), else None: every word capitalised, at most MAX_NAME_WORDS, not a
    pronoun or a question word ("Who is the host ...?", "Who is he?", "Who is it?" are not)."""
    match = _PERSON_QUESTION.match(question)
    if not match:
        return None
    name = match.group("name").strip(" \"'“”‘’")
    tokens = name.split()
    if (not tokens or len(tokens) > MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(t) for t in tokens)
            or any(t.lower() in _NOT_A_TERM or t.lower() in FUNCTION_WORDS for t in tokens)):
        return None
    return name


def _surname(word: str) -> str:
    """The name part of a word: "Shintomi" of "Shintomi-san", "Brown" of "Brown’s", "Sugimoto" of "Sugimoto."."""
    word = re.sub(r"['’]s$", "", word.strip(".,"))
    return re.sub(r"-(?:san|sama|kun|chan)$", "", word, flags=re.IGNORECASE).lower()


def identifies(name: str | None, texts: Sequence[str], whole: bool = False) -> np.ndarray:
    """1 for each unit of `texts` that says who `name` (`person_asked`) is, else 0; all 0 when `name` is None. A
    unit holds the name when it holds its last word; it says who the person is by a title of capitalised words
    before the name that the question does not say ("Slovenian Prime Minister Janez Jansa", "Presidential Aide
    Yury Ushakov"; not "Mr Sullivan", not a word that only opens the sentence), by a noun phrase and a comma
    before it ("my governor, Gavin Newsom") or by an apposition or a clause after it ("Leslie Lamport, a
    distinguished scientist", "Mike Mansfield — who was ...", "Shintomi-san of Kyodo News"). `whole`: the unit
    holds every word of the name besides ("Who is Kate Brown?" is not answered by "Governor Brown's seat")."""
    out = np.zeros(len(texts), np.float32)
    if not name:
        return out
    asked = {_surname(t) for t in name.split()}
    last = _surname(name.split()[-1])
    for i, text in enumerate(texts):
        found = list(_WORD.finditer(text))
        if whole and not asked <= {_surname(m.group()) for m in found}:
            continue
        for j, m in enumerate(found):
            if _surname(m.group()) != last:
                continue
            start = j  # the capitalised run that ends in the name: title words and the name's own
            while start > 0 and not text[found[start - 1].end():found[start].start()].strip():
                word = found[start - 1].group()
                joined = start > 1 and not text[found[start - 2].end():found[start - 1].start()].strip()
                if word[:1].isupper() or (word.lower() in _CONNECTORS and joined
                                          and found[start - 2].group()[:1].isupper()):
                    start -= 1
                else:
                    break
            while start < j and found[start].group().lower() in _CONNECTORS:
                start += 1
            title = [found[k].group() for k in range(start, j) if _surname(found[k].group()) not in asked
                     and found[k].group().lower() not in _HONORIFICS and found[k].group().lower() not in _CONNECTORS]
            opens = not text[:found[start].start()].strip(" \t\n\"'“‘([")  # the run opens the unit
            if opens and title and title[0] == found[start].group():
                title = title[1:]  # "Today Yury Ushakov": a sentence's first word is capitalised anyway
            title = [] if _ADDRESSED.match(text[m.end():]) else title
            if (title or _APPOSED_BEFORE.search(text[:found[start].start()])
                    or _APPOSED_AFTER.match(text[m.end():])):
                out[i] = 1.0
                break
    return out
