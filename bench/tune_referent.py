"""A follow-up that points back with a pronoun only and asks about a topic of its own ("What metaphor does he like for
describing systems?" after "Why does Lamport say he is different from most computer people?"): how the dev follow-ups
of that shape fare, and ways of searching them with the earlier question's referent rather than its whole wording
(`qa.conversation.own_topic_referent`; docs/retrieval.md, "A follow-up with a topic of its own", quotes the figures).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_referent.py [--list]

Prints Hit@1 / Hit@3 (first gold citation, k = 10) of the older dev follow-ups (the seed's and conversations-dev's,
chosen on), of those among them that point back with a pronoun and have a content word of their own, and of those
written for this work (`conv-dev-801` on, reported, never chosen on), for the product before (every follow-up
searched with its earlier questions' whole wording), the product, and the variants tried; with each the follow-ups
whose rank changed. `--list` prints each dev follow-up that points back with a pronoun, with its rank before and its
count of own content words. Development data only. Swaps the query builder and the rule that `qa.api` calls, as
bench/tune_followups.py does.
"""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402
from qa.answerable import content_words  # noqa: E402
from qa.evaluate.questions import load_questions  # noqa: E402
from bench import constants  # noqa: E402
from bench.tune_followups import SETS, PRODUCT, blended, ranks  # noqa: E402

OFF = 1000  # a REFERENT_MIN_WORDS that no question reaches: every follow-up searched as before
RULE = conversation.own_topic_referent
NEVER = re.compile(r"(?!x)x")


def written_now(qid: str) -> bool:
    number = qid.rsplit("-", 1)[-1]
    return qid.startswith("conv-dev-") and number.isdigit() and int(number) >= 801


def counts(r: list) -> str:
    return f"{sum(x == 1 for x in r)} / {sum(x is not None and x <= 3 for x in r)} of {len(r)}"


def any_pronoun(question, context):
    """The product's rule for a pronoun of any kind (it, its, they, them, their too)."""
    pronoun = context.pronouns[0] if context.pronouns else None
    if (not context.questions or pronoun is None or len(content_words(question)) < conversation.REFERENT_MIN_WORDS
            or conversation._ASKS_WHICH.search(context.questions[-1])):
        return None
    return conversation.referent_of(pronoun, context.questions[-1])


def written_in(weight: float):
    """The product's BM25 text, and a vector of the question with its first pronoun replaced by the referent, leaning
    `weight` towards the earlier questions (the latest; half that the one before)."""
    def build(question, context, encode):
        query = PRODUCT(question, context, encode)
        referent = conversation.own_topic_referent(question, context)
        if not referent:
            return query
        pronoun = context.pronouns[0]
        found = re.search(rf"\b{re.escape(pronoun)}\b", question)
        said = f"{referent}'s" if pronoun.lower() in ("his", "her", "its", "their") else referent
        text = question[:found.start()] + said + question[found.end():] if found else question
        return conversation.Query(question=question, lexical_text=query.lexical_text, text=query.text,
                                  vector=blended(text, list(context.questions), encode, weight))
    return build


ASKS_WHICH = conversation._ASKS_WHICH


def scaled(question, context, encode):
    """The product before, with the earlier questions' vector weight divided by 1 + the follow-up's own content words
    where it points back with a pronoun (the more topic of its own, the less the history pulls)."""
    earlier = list(context.questions)
    if not earlier or not context.pronouns:
        return PRODUCT(question, context, encode)
    weight = conversation.HISTORY_WEIGHT / (1 + len(content_words(question)))
    return conversation.Query(question=question, lexical_text=" ".join([*earlier, question]), text=question,
                              vector=blended(question, earlier, encode, weight))


def own_twice(question, context, encode):
    """The product before, with the question's words counted twice in BM25 where the product's rule applies."""
    query = PRODUCT(question, context, encode)
    if not conversation.own_topic_referent(question, context):
        return query
    return conversation.Query(question=question, vector=query.vector, text=query.text,
                              lexical_text=" ".join([*context.questions, question, question]))


@contextmanager
def rule(own=RULE, asks_which=ASKS_WHICH, **values):
    """The product's rule (`own`, `asks_which`) and constants (`values`) swapped for the block, restored after."""
    conversation.own_topic_referent, conversation._ASKS_WHICH = own, asks_which
    try:
        with constants(conversation, **values):
            yield
    finally:
        conversation.own_topic_referent, conversation._ASKS_WHICH = RULE, ASKS_WHICH


SHAPED: set[str] = set()


def shaped(questions) -> set[str]:
    """The follow-ups that point back with a pronoun and have a content word of their own."""
    return {q.id for q in questions if conversation.read_dependence(q.question, lambda w: True).pronouns
            and content_words(q.question)}


def report(label: str, build, before: dict | None) -> dict:
    ids: list[str] = []
    found = ranks(build, ids)
    r = dict(zip(ids, found))
    old = [x for i, x in r.items() if not written_now(i)]
    print(f"| {label} | {counts(old)} | {counts([r[i] for i in r if i in SHAPED and not written_now(i)])} "
          f"| {counts([x for i, x in r.items() if written_now(i)])} |", flush=True)
    if before is not None:
        changed = [f"{i} {before[i]}->{r[i]}" for i in r if r[i] != before[i]]
        print(f"|  | changed: {', '.join(changed) or 'none'} | | |", flush=True)
    return r


def main() -> None:
    asked = {q.id: q for path, _ in SETS for q in load_questions(path) if q.category == "follow-up"}
    SHAPED.update(shaped(asked.values()))
    if "--list" in sys.argv:
        ids: list[str] = []
        with rule(REFERENT_MIN_WORDS=OFF):
            found = ranks(PRODUCT, ids)
        for i, x in zip(ids, found):
            if i in SHAPED:
                q = asked[i]
                print(f"{'MISS' if x is None or x > 3 else 'ok  '} {x} {i} own words {len(content_words(q.question))} "
                      f"{' / '.join(q.history)} => {q.question}")
        return
    print("| how a follow-up with a topic of its own is searched | older Hit@1 / Hit@3 | older, pronoun + own words "
          "| written for it |\n| --- | --- | --- | --- |")
    with rule(REFERENT_MIN_WORDS=OFF):
        before = report("before: the earlier questions' whole wording", PRODUCT, None)
    for words in (1, 2, 3):
        with rule(REFERENT_MIN_WORDS=words):
            report(f"BM25: the referent in place of the earlier question, own words >= {words}", PRODUCT, before)
    with rule(own=any_pronoun, REFERENT_MIN_WORDS=2):
        report("the same for a pronoun of any kind (it, they ...), own words >= 2", PRODUCT, before)
    with rule(asks_which=NEVER, REFERENT_MIN_WORDS=2):
        report("the same after a who/which question too, own words >= 2", PRODUCT, before)
    for words in (2, 3):
        for weight in (0.0, 0.25, 0.5):
            with rule(REFERENT_MIN_WORDS=words):
                report(f"+ vector of the question with the referent written in, history {weight}, own words >= "
                       f"{words}", written_in(weight), before)
    with rule(asks_which=NEVER, REFERENT_MIN_WORDS=2):
        report("+ vector with the referent written in, history 0.25, own words >= 2, after a who/which question too",
               written_in(0.25), before)
    with rule(REFERENT_MIN_WORDS=OFF):
        report("scaled: the history's vector weight / (1 + own words) for any pronoun, BM25 as before", scaled,
               before)
    with rule(REFERENT_MIN_WORDS=2):
        report("BM25: the earlier question and the question's words twice, where the product's rule applies",
               own_twice, before)
    for weight in (0.25, 0.5):
        with rule(own=any_pronoun, asks_which=NEVER, REFERENT_MIN_WORDS=2):
            report(f"the first try: any pronoun, after any question, referent written in, history {weight}",
                   written_in(weight), before)


if __name__ == "__main__":
    main()
