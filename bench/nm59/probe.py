"""nm59 probe (the first measure; `kind=figure|typed|person|money`, `depth=N`, `said=strict`, `passage=any`,
`fresh4`, `list`): for dev questions asked alone and answered whose form asks a kind (figure / person), whether the
first citation's highlight with the sentence after it, the passage's sentences with the question’s own words, and the
next highlights say a thing of that kind; answerable against unanswerable."""
import collections
import json
import re
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from qa.answerable import (_ATTRIBUTE_SENTENCE, _kept_stems, _highlight_and_next, asks_name,  # noqa: E402
                           names_said)

R = "/work/main/bench/out/eval-dev-s45g/"
OPTS = dict(a.split("=") for a in sys.argv[1:] if "=" in a)
KIND = OPTS.get("kind", "figure")
DEPTH = int(OPTS.get("depth", 2))
ASKS = {"figure": re.compile(r"^\W*(?:(?:and|so|but|ok|okay)\W+)?how\s+(?:much|many)\b|"
                             r"^\W*(?:what|which)\s+(?:number|percentage|share|fraction|proportion|portion|amount|"
                             r"sum|total|price|cost|figure|rate)\b", re.I)}
NUM = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarter|percent|double|twice|"
                 r"triple|single|none|dozen)\b", re.I)
MONEY_ASKED = re.compile(r"\b(?:cost|costs|costing|price|prices|priced|budget|budgets|salary|salaries|wage|wages|"
                         r"paid|pay|pays|spend|spends|spent|spending|fee|fees|funding|funded|money|prize|"
                         r"dollars?|euros?|roubles?|rubles?|yen|grant|grants|invest|invested|investment|"
                         r"worth|earn|earns|earned|charge|charged)\b(?![-’'])", re.I)
_AFTER_HEAD = (r"(?=\s+(?:of|for|does|did|do|is|was|are|were|will|would|could|can|has|have|had|per|on|to|in|at|that|"
               r"which)\b|\s*[?.!,;:]|\s*$)")
AMOUNT_ASKED = re.compile(r"(?<!\bby\s)\bhow\s+(?:much|big|large|high|low)\b|"
                          r"\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were))?\s+(?:[\w’'-]+\s+){0,3}?"
                          r"(?:price|prices|cost|costs|salary|salaries|wage|wages|budget|fee|fees|sum|amount)"
                          + _AFTER_HEAD + r"|\bwhat\s+(?:does|did|do|will|would)\b.*\bcost\b", re.I)
MONEY_STRICT = re.compile(r"[$€£¥₽]|\b(?:dollars?|bucks|cents?|euros?|pounds?|roubles?|rubles?|yen|dinars?|"
                          r"free|millions?|billions?|trillions?)\b", re.I)
MONEY_SAID = re.compile(r"[$€£¥]|\b(?:dollars?|bucks|cents?|euros?|pounds?|roubles?|rubles?|yen|dinars?|"
                        r"usd|eur|rub|budget|per\s+hour|an\s+hour|a\s+year|per\s+year|salary|paid|"
                        r"cost|costs|price|millions?|billions?|trillions?|thousands?|k)\b", re.I)
FRAME = "how much many number percentage share fraction proportion portion amount total price cost figure rate"


def asks(q):
    if KIND == "person":
        return asks_name(q) is not None
    if KIND == "money":
        return bool(MONEY_ASKED.search(q)) and bool(AMOUNT_ASKED.search(q))
    if KIND == "typed":
        from qa.answerable import answer_type
        t = answer_type(q)
        return t is not None and t.kind != "date"
    return bool(ASKS[KIND].search(q))


def says(text):
    if KIND == "money":
        return bool((MONEY_STRICT if OPTS.get("said") == "strict" else MONEY_SAID).search(text))
    if KIND == "person":
        return bool(names_said(text))
    return bool(NUM.search(text))


def unsaid(q, hs):
    text, s, e = hs[0]
    own = _kept_stems(q) - _kept_stems(FRAME)
    if says(_highlight_and_next(text, s, e)):
        return False
    if OPTS.get("passage", "1") == "1" and any(says(x) and _kept_stems(x) & own
                                               for x in _ATTRIBUTE_SENTENCE.split(text)):
        return False
    if OPTS.get("passage") == "any" and says(text):
        return False
    return not any(says(_highlight_and_next(*h)) for h in hs[1:DEPTH])


c = collections.Counter()
FILES = [R + f for f in ["dev-real+unanswerable", "dev-seed", "dev-conversations"]]
if "fresh4" in sys.argv:
    F4 = "/work/main/bench/out/eval-fresh4-s45g/"
    FILES = [F4 + f for f in ["fresh4-real+unanswerable", "fresh4-seed", "fresh4-conversations"]]
for f in FILES:
    for line in open(f + "/results.jsonl"):
        r = json.loads(line)
        if r.get("history") or not asks(r["question"]):
            continue
        a = r["answer"]
        if not a["answerable"] or not a["citations"]:
            c[(r["answerable"], "declined")] += 1
            continue
        hs = [(x["text"], x["highlight_start"], x["highlight_end"]) for x in a["citations"]]
        u = unsaid(r["question"], hs)
        c[(r["answerable"], u)] += 1
        if u and ("list" in sys.argv or not r["answerable"]):
            print("ans" if r["answerable"] else "UN ", r["id"], r.get("category"), "|", r["question"][:100], "||",
                  a["citations"][0]["highlight"][:90].replace("\n", " "))
print(sorted(c.items(), key=str))
