"""post44: who a speaker is, as a transcript says it, so that a question may name them by what they are ("the Oregon
governor", "the governor of California", "Japan's prime minister", "the Russian foreign minister", "the Japanese
leader") and be read as if it named them.

A post is the title words a speaker holds: those of their label (GOVERNOR BROWN: "governor"; PRIME MINISTER SUGA:
"prime minister"), and those the transcript's title gives a name ("Foreign Minister Sergey Lavrov's statement ...":
Sergey Lavrov, "foreign minister"; "... with Foreign Minister of the Republic of Serbia Nikola Selakovic": Selakovic,
who never speaks). The place a post is of is read, from the strongest word to the weakest:
  1. the title or a turn that writes it beside the name: "Prime Minister Suga of Japan", "Foreign Minister of the
     Republic of Serbia Nikola Selakovic", "Russian Ambassador ..." (`explicit`);
  2. the holder's own turns, where they say a place is theirs: "my state of Oregon", "In California, we", "we in
     Japan" (`explicit`);
  3. else the place their own turns say most, at least `SAID_MOST_MIN` times and more than any other (`said`): Lavrov
     says Russia 29 times, Serbia 17. Weak: Biden's turns at the Suga press conference say Japan most, so it only
     ever picks a holder, never rules one out.
A post asked with a place resolves to the holders whose place is that place (1 and 2 first, then 3); to nobody where
every holder of the post has a place of the kinds 1-2 and none is it ("the governor of Texas": Brown is Oregon's,
Newsom California's); and is left unread (None: the reading before post44) where a holder's place is unknown.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from qa.answerable import FUNCTION_WORDS, _country_forms, _label_stems, _typed_places, is_title, text_stems
from qa.types import TranscriptInfo, Turn

# a place said this many times at least in a speaker's own turns, and more than any other, is the weak guess of
# theirs (3: the fewest that gives Lavrov Russia (29 against Serbia's 17) and gives no one a place said once or twice in
# passing; GOVERNOR BROWN's "Oregon" twice is read by her "my state of Oregon" instead)
SAID_MOST_MIN = 3

# honorifics are titles of a label but no post ("DR. SHERWOOD-RANDALL" holds no post)
_HONORIFICS = frozenset("dr mr mrs ms".split())
# a post a user names by its kind, not its title: the head of a government ("the Japanese leader", "the Japanese
# premier"), whatever the title is
_LEADER_WORDS = frozenset("leader premier".split())
_LEADER_POSTS = (("president",), ("prime", "minister"), ("chancellor",), ("premier",))

_WORD = re.compile(r"[\w’'.-]+|[,;:()]")
# a speaker's own words that make a place theirs: "my state of Oregon", "my home state, California", "In California,
# we ...", "we in Japan", "here in Oregon"
_OWN_PLACE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:home\s+)?(?:state|country|nation|province)(?:\s+of|,)?\s+([A-Z][a-z]+)"
                        r"|\b[Ii]n\s+([A-Z][a-z]+),\s+we\b|\b[Ww]e\s+in\s+([A-Z][a-z]+)\b|\bhere\s+in\s+([A-Z][a-z]+)\b")


@functools.lru_cache(maxsize=4096)
def place_key(word: str) -> str:
    """One key for every one-word name of a country or a US state and its people ("Japanese", "Japan" -> the same
    key; "Oregonians", "Oregon" -> "oregon"); "" for any other word."""
    w = word.lower().strip("’'.,")
    w = re.sub(r"['’]s$", "", w)
    forms = _country_forms()
    for cand in (w, *(w[:-len(s)] + e for s in ("ians", "ian", "ans", "an", "ese", "s", "n") for e in ("", "a")
                      if w.endswith(s) and len(w) - len(s) >= 4)):
        if cand in forms:
            return min({cand, *forms[cand]})
        if cand in _typed_places():
            return cand
    return ""


@dataclass(frozen=True)
class Holder:
    """Someone who holds a post in a transcript: their speaker label ("" where they never speak: the title names
    them), the name a title gives them, the post's words (lower case), and the place it is of."""

    transcript: str
    label: str
    name: str
    post: tuple[str, ...]
    place: str = ""  # `place_key` of a place written beside them or claimed in their own turns
    said: str = ""  # `place_key` of the place their own turns say most (the weak guess)


def _post_runs(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    """(post words, name, place) of each post written with a name in `text`: "Foreign Minister Sergey Lavrov",
    "Foreign Minister of the Republic of Serbia Nikola Selakovic" (Serbia), "Prime Minister Suga of Japan" (Japan),
    "Russian Ambassador to Serbia Alexander Botsan-Kharchenko" (Russia, the place before it)."""
    tokens = _WORD.findall(text)
    found = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j][:1].isupper() and is_title(tokens[j].strip(".")) \
                and tokens[j].lower().strip(".") not in _HONORIFICS:
            j += 1
        if j == i:
            i += 1
            continue
        post = tuple(t.lower().strip(".") for t in tokens[i:j])
        before = place_key(tokens[i - 1]) if i and tokens[i - 1][:1].isupper() else ""
        k, place = j, ""
        if k < len(tokens) and tokens[k] == "of":  # "Foreign Minister of the Republic of Serbia Nikola Selakovic"
            rest = tokens[k + 1:k + 6]
            for m, t in enumerate(rest):
                if place_key(t) and t[:1].isupper():
                    place, k = place_key(t), k + 1 + m + 1
                    break
        name = []
        while k < len(tokens) and len(name) < 3 and tokens[k][:1].isupper() and not is_title(tokens[k].strip(".")) \
                and tokens[k].lower() not in FUNCTION_WORDS:
            name.append(re.sub(r"['’]s$", "", tokens[k]))
            k += 1
        if name and not place and k + 1 < len(tokens) and tokens[k] == "of" and place_key(tokens[k + 1]):
            place = place_key(tokens[k + 1])  # "Prime Minister Suga of Japan"
        if name:
            found.append((post, " ".join(name), place or before))
        i = max(k, j)
    return found


def _label_post(label: str) -> tuple[str, ...]:
    """The post words of a speaker label: its titles but honorifics ("GOVERNOR BROWN" -> ("governor",))."""
    words = [w.lower().strip(".") for w in _WORD.findall(label)]
    return tuple(w for w in words if is_title(w) and w not in _HONORIFICS)


def _name_label(name: str, labels: Sequence[str], titled: dict[str, str]) -> str:
    """The label of the speaker `name` is ("Sergey Lavrov" -> "Sergey Lavrov"; "Suga" -> "PRIME MINISTER SUGA";
    "Biden" -> "THE PRESIDENT" where the title names THE PRESIDENT so), "" for none."""
    last = text_stems(name.split()[-1])
    for label in labels:
        if last and last <= _label_stems(label):
            return label
    for label, given in titled.items():
        if last and last <= text_stems(given):
            return label
    return ""


def speaker_places(turns: Sequence[Turn]) -> tuple[tuple[str, str, str], ...]:
    """(label, place, said) for each speaker of `turns`: the place they claim in their own turns ("my state of
    Oregon") or that a turn writes beside their post and name ("Prime Minister Suga of Japan"), and the place their
    own turns say most (`SAID_MOST_MIN`); `place_key`s, "" where none. Derived when an index loads (qa.store)."""
    labels = list(dict.fromkeys(t.speaker for t in turns if t.speaker))
    claimed: dict[str, Counter] = {s: Counter() for s in labels}
    said: dict[str, Counter] = {s: Counter() for s in labels}
    for turn in turns:
        if not turn.speaker:
            continue
        for m in _OWN_PLACE.finditer(turn.text):
            key = place_key(next(g for g in m.groups() if g))
            if key:
                claimed[turn.speaker][key] += 1
        for w in re.findall(r"\b[A-Z][a-z]{2,}\b", turn.text):
            key = place_key(w)
            if key:
                said[turn.speaker][key] += 1
        for post, name, place in _post_runs(turn.text):  # "Governor Newsom of California", said by anyone
            label = _name_label(name, labels, {})
            if label and place and set(post) <= set(_label_post(label)):
                claimed[label][place] += 1
    found = []
    for s in labels:
        place = claimed[s].most_common(1)[0][0] if claimed[s] else ""
        top = said[s].most_common(2)
        most = top[0][0] if top and top[0][1] >= SAID_MOST_MIN and (len(top) == 1 or top[0][1] > top[1][1]) else ""
        if place or most:
            found.append((s, place, most))
    return tuple(found)


# titles of no place: a meeting's "Professor B" is nobody's governor (the ICSI meetings of QMSum label a third of
# their transcripts so, and reading their turns at load would grow with the archive)
_UNPLACED = frozenset("professor director chairman chair general administrator deputy".split())


def posts_held(info: TranscriptInfo) -> bool:
    """Whether a speaker label or the title of `info` holds the title word of a post a place has (only those
    transcripts' turns are read for places when an index loads)."""
    return (any(set(_label_post(s)) - _UNPLACED for s in info.speakers)
            or any(True for _ in _post_runs(info.title)))


@functools.lru_cache(maxsize=65536)
def holders(info: TranscriptInfo) -> tuple[Holder, ...]:
    """Everyone `info` gives a post: each speaker whose label holds one, each name its title writes after a post (a
    speaker, or someone who never speaks where the transcript's turns are labelled), with the places read."""
    if not info.speakers:
        return ()
    places = {s: (p, m) for s, p, m in info.speaker_places}
    titled = {s: n for s, n in info.speaker_names}
    from qa.answerable import titled_speaker
    for s in info.speakers:
        name = titled_speaker(s, info.title)
        if name:
            titled.setdefault(s, name)
    found: dict[tuple[str, str], Holder] = {}
    for s in info.speakers:
        post = _label_post(s)
        if post:
            found[(s, " ".join(post))] = Holder(info.name, s, s, post, *places.get(s, ("", "")))
    for post, name, place in _post_runs(info.title):
        label = _name_label(name, info.speakers, titled)
        own, most = places.get(label, ("", "")) if label else ("", "")
        key = (label or name, " ".join(post))
        held = found.get(key)
        if held and held.place and not place:
            continue
        found[key] = Holder(info.name, label, name, post, place or own, most)
    return tuple(found.values())


_PLACE_POST = re.compile(r"^\s*(?:the\s+)?(?P<place>[\w’'-]+?)(?:['’]s)?\s+(?P<post>(?:[\w-]+\s+){0,2}?[\w-]+)\s*$",
                         re.IGNORECASE)
_POST_OF_PLACE = re.compile(r"^\s*(?:the\s+)?(?P<post>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:of|from|for)\s+(?:the\s+)?"
                            r"(?P<place>[\w’'-]+)\s*$", re.IGNORECASE)


def post_asked(phrase: str) -> tuple[tuple[str, ...], str] | None:
    """(post words, place key) where `phrase` names a post by a place: "the Oregon governor", "Oregon's governor",
    "the governor of California", "the Japanese prime minister", "the Russian minister", "the Japanese leader"; the
    post's last word a title (not an honorific), or a word for a government's head; None for any other phrase."""
    m = _POST_OF_PLACE.match(phrase) or _PLACE_POST.match(phrase)
    if not m:
        return None
    post, place = m["post"], m["place"]
    key = place_key(place)
    words = tuple(w.lower() for w in post.split())
    if not key or not words:
        return None
    if len(words) == 1 and words[0] in _LEADER_WORDS:
        return words, key
    # a title last, after titles or the words of a department ("the Japanese defense minister", "the Idaho interior
    # secretary"): no function word, no honorific
    if not is_title(words[-1]) or any(w in _HONORIFICS or w in FUNCTION_WORDS or not w.isalpha() for w in words):
        return None
    return words, key


def _holds(held: tuple[str, ...], post: tuple[str, ...]) -> bool:
    """Whether a post `held` (its words) is the post asked (`post_asked`'s words): all of its words, or a
    government's head for "the leader"."""
    if len(post) == 1 and post[0] in _LEADER_WORDS:
        return held in _LEADER_POSTS
    return set(post) <= set(held)


def post_named(text: str, post: tuple[str, ...], place: str) -> bool:
    """Whether `text` writes the post `post` of `place` (`post_asked`'s reading) beside a name: "Slovenian Prime
    Minister Janez Jansa", "Prime Minister Suga of Japan" (`_post_runs`)."""
    return any(found_place == place and _holds(found, post) for found, _, found_place in _post_runs(text))


def post_holders(phrase: str, transcripts: Sequence[TranscriptInfo]) -> tuple[Holder, ...] | None:
    """The holders of the post `phrase` names with a place (`post_asked`) in `transcripts`: those whose place is it,
    by what is written (1, 2 of the module's note), else by what they say most (3); () where every holder of the
    post has a place of the first kinds and none is it ("the governor of Texas", "the Kosovo prime minister"); None
    where the phrase names no such post, no one holds the post, or a holder's place is unknown (read as before)."""
    asked = post_asked(phrase)
    if asked is None:
        return None
    post, place = asked
    held = [h for info in transcripts for h in holders(info) if _holds(h.post, post)]
    if not held:
        return None
    # of the holders, those whose post has the fewest words beyond those asked: "the president" is no vice president
    extra = min(len(set(h.post) - set(post)) for h in held)
    held = [h for h in held if len(set(h.post) - set(post)) == extra or post[0] in _LEADER_WORDS]
    written = tuple(h for h in held if h.place == place)
    if written:
        return written
    said = tuple(h for h in held if not h.place and h.said == place)
    if said:
        return said
    if all(h.place for h in held):
        return ()
    return None
