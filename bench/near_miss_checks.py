"""Would a check of the cited sentence decline the near misses that are answered? Over saved `eval_sets.py` (or
`tqa eval`) runs, every answered question (not declined, a citation given) is read with the candidate checks of
near33 (docs/retrieval.md, "near33"), and each check's firings are counted: unanswerable near misses (category
"near-miss"), other unanswerable questions, and answerable questions (a false decline each, were the check a
decline rule). The answered near misses are sorted by what a check would need to see (first that fits):

    a  the asked answer type (a number, a year, a month, a date, a count of what is asked) is absent from the
       highlighted sentence of citation [1]
    b  a content word of the question (a qualifier: state, 2019, dollar, Geneva) is absent from every cited passage
    c  every content word is in the passages, but one is only away from the highlighted sentence
    d  none of these

    .venv/bin/python bench/near_miss_checks.py bench/out/eval-dev-r2 bench/out/eval-fresh4-r2 [more runs ...]
    ... --list a      # the answered near misses sorted into class a (or b, c, d), with the checks that fire
    ... --list-check type-sentence   # every answered question a check fires on, with its gold

Questions asked after a history (conversation turns) are left out: their words point back to earlier turns.
Dev and fresh4 runs only (COMMON.md): held-out run folders are refused.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files  # noqa: E402
from qa.answerable import (FUNCTION_WORDS, answer_type, asks_name, content_words, focus_words,  # noqa: E402
                           holds_answer_type)
from qa.lexical import english_stemmer  # noqa: E402

_WORD = re.compile(r"[A-Za-z][\w’']*|\d[\d,.]*")
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_MONTHS = "january february march april may june july august september october november december".split()
_MONTH = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_ASKS_YEAR = re.compile(r"\b(?:what|which)\s+year\b", re.IGNORECASE)
_ASKS_MONTH = re.compile(r"\b(?:what|which)\s+month\b", re.IGNORECASE)
_ASKS_DAY = re.compile(r"\b(?:what|which)\s+(?:exact\s+)?dates?\b|\bexact\s+date\b|\bon\s+what\s+day\b",
                       re.IGNORECASE)
_ASKS_NUMBER = re.compile(r"\bhow\s+(?:many|much|old|long|far|big|large|small|deep|hot|cold|fast|often|tall|high)\b|"
                          r"\bwhat\s+(?:number|percentage|percent|share|proportion|age|value|rate|score|price|"
                          r"cost|amount|temperature|speed|size)\b", re.IGNORECASE)
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                 "hundred hundreds thousand thousands million billion dozen dozens half quarter").split()
_NUMBER = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
# the wide reading: any word a number or a time may be said with ("twice", "every", "capital M"; "next week",
# "earlier", "May")
_WIDE_NUMBER = re.compile(r"\d|\$|%|\b(?:" + "|".join(_NUMBER_WORDS) + r"|twice|doubled?|doubles|tripled?|once|"
                          r"several|few|every|percent|all|none|no)\b|\bcapital\s+[A-Z]\b", re.IGNORECASE)
_TIME_WORDS = (_MONTHS + "spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday "
               "yesterday today tomorrow tonight ago since until through till before after early earlier later "
               "soon now when".split())
_WIDE_DATE = re.compile(r"\d|\b(?:" + "|".join(_TIME_WORDS) + r")\b|\b(?:next|last|this|past|coming|previous)\s+"
                        r"(?:week|month|year|decade|season)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w’'-]+)")

CHECKS = {
    "type-sentence": "qa's answer type (count of what is asked, amount, date) absent from the highlighted sentence",
    "type-passage": "the same, absent from passage [1]",
    "number-sentence": "a number asked (how many/much/old/long..., what percentage/age/value...), no number in it",
    "wide-type-sentence": "a number or time asked, no word a number or time is said with in the sentence (wide)",
    "wide-type-passage": "the same, in passage [1]",
    "granular-time": "a year, month or exact date asked, the sentence lacks that granularity",
    "name-sentence": "a name asked (qa asks_name), no capitalised word in the sentence the question lacks",
    "word-absent": "a content word of the question in no cited passage (the qualifier absent)",
    "two-words-absent": "two or more such words",
    "counted-absent": "a word of what 'how many' counts in no cited passage",
    "focus-absent": "a word of what is asked for (qa focus_words) in no cited passage",
    "modifier-other": "'M H' asked, the sentence says 'O H' with another O, and M in no cited passage (contradicted)",
    "word-away": "a content word in passage [1] but not in its highlighted sentence",
    "two-words-away": "two or more such words",
}
CLASS_OF = {"a": ("type-sentence", "number-sentence", "granular-time"), "b": ("word-absent",), "c": ("word-away",)}


def _stems(text: str) -> set[str]:
    stem = english_stemmer().stemWord
    return {stem(w.lower()) for w in _WORD.findall(text.replace("-", " "))}


def _pairs(text: str) -> list[tuple[str, str]]:
    """Adjacent content-word pairs, stemmed, a modifier first ("state firefighters")."""
    stem = english_stemmer().stemWord
    ws = [w.lower() for w in _WORD.findall(text.replace("-", " "))]
    return [(stem(a), stem(b)) for a, b in zip(ws, ws[1:])
            if a not in FUNCTION_WORDS and b not in FUNCTION_WORDS and not a[0].isdigit()]


def checks_firing(question: str, sentence: str, passages: list[str]) -> set[str]:
    """The candidate checks that would decline an answer to `question` whose citation [1] highlights `sentence`
    and whose cited passages are `passages` (passage [1] first)."""
    fired = set()
    first = passages[0] if passages else ""
    asked = answer_type(question)
    if asked is not None and not holds_answer_type(asked, [sentence])[0]:
        fired.add("type-sentence")
    if asked is not None and not holds_answer_type(asked, [first])[0]:
        fired.add("type-passage")
    number_asked = asked is not None and asked.kind != "date" or bool(_ASKS_NUMBER.search(question))
    if _ASKS_NUMBER.search(question) and not _NUMBER.search(sentence):
        fired.add("number-sentence")
    for scope, text in (("sentence", sentence), ("passage", first)):
        if (asked is not None and asked.kind == "date" and not _WIDE_DATE.search(text)) or (
                (asked is None or asked.kind != "date") and number_asked and not _WIDE_NUMBER.search(text)):
            fired.add(f"wide-type-{scope}")
    if ((_ASKS_YEAR.search(question) and not _YEAR.search(sentence))
            or (_ASKS_MONTH.search(question) and not _MONTH.search(sentence))
            or (_ASKS_DAY.search(question) and not (_MONTH.search(sentence) and re.search(r"\d", sentence)))):
        fired.add("granular-time")
    if asks_name(question):
        own = {w.lower() for w in _WORD.findall(question)}
        if not [w for w in _CAPITALISED.findall(sentence) if w.lower() not in own and w != "I"]:
            fired.add("name-sentence")
    said, in_sentence, in_first = _stems(" ".join(passages)), _stems(sentence), _stems(first)
    words = _stems(" ".join(content_words(question)))
    absent = words - said
    away = {w for w in words if w in in_first and w not in in_sentence}
    fired |= {"word-absent"} if absent else set()
    fired |= {"two-words-absent"} if len(absent) >= 2 else set()
    fired |= {"word-away"} if away else set()
    fired |= {"two-words-away"} if len(away) >= 2 else set()
    if asked is not None and asked.kind == "count" and _stems(" ".join(asked.words)) - said:
        fired.add("counted-absent")
    if _stems(" ".join(focus_words(question))) - said:
        fired.add("focus-absent")
    sentence_pairs = _pairs(sentence)
    for modifier, head in _pairs(question):
        if modifier not in said and any(h == head and m != modifier for m, h in sentence_pairs):
            fired.add("modifier-other")
            break
    return fired


def near_miss_class(fired: set[str]) -> str:
    return next((name for name, checks in CLASS_OF.items() if fired & set(checks)), "d")


def answered_rows(files: list[Path]) -> list[dict]:
    rows = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            answer = r["answer"]
            if not answer["answerable"] or not answer["citations"] or r.get("history"):
                continue
            first = answer["citations"][0]
            fired = checks_firing(r["question"], first.get("highlight") or "",
                                  [c.get("text") or "" for c in answer["citations"]])
            rows.append(dict(id=r["id"], question=r["question"], gold=r["answerable"], fired=fired,
                             near=not r["answerable"] and r.get("category") == "near-miss"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--list", metavar="CLASS", choices="abcd", help="the answered near misses of a class")
    parser.add_argument("--list-check", metavar="CHECK", choices=sorted(CHECKS), help="what a check fires on")
    args = parser.parse_args()
    rows = answered_rows([f for run in args.runs for f in result_files(run)])
    if args.list or args.list_check:
        for row in rows:
            if (args.list and row["near"] and near_miss_class(row["fired"]) == args.list) or (
                    args.list_check and args.list_check in row["fired"]):
                gold = "answerable" if row["gold"] else "near-miss" if row["near"] else "unanswerable"
                print(f"{gold:12} {row['id']:22} {row['question'][:80]!r} | {','.join(sorted(row['fired']))}")
        return
    near = [r for r in rows if r["near"]]
    print(f"answered, asked alone: {len(rows)}; answerable {sum(r['gold'] for r in rows)}, unanswerable "
          f"{sum(not r['gold'] for r in rows)}, near misses {len(near)}")
    print("\n| class | near misses |\n| --- | --- |")
    for name in "abcd":
        print(f"| {name} | {sum(near_miss_class(r['fired']) == name for r in near)} |")
    print("\n| check | near misses | other unanswerable | answerable (false) | right per false | what it reads |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, what in CHECKS.items():
        hit = [r for r in rows if name in r["fired"]]
        right, false = sum(not r["gold"] for r in hit), sum(r["gold"] for r in hit)
        ratio = f"{right / false:.2f}" if false else ("-" if not right else "no false")
        print(f"| {name} | {sum(r['near'] for r in hit)} | {right - sum(r['near'] for r in hit)} | {false} | "
              f"{ratio} | {what} |")


if __name__ == "__main__":
    main()
