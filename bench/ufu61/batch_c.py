"""ufu61: batch C (seed-4880..4899), written after SELF_FORMS was frozen (47004df) and committed before any run: the
confirm batch whose wording the rule's patterns never saw (B's was in view while they were written: docs/retrieval.md
"ufu61"). 14 nonsense and off-topic turns after a question about the seed's Lavrov-Selakovic press conference, in
the registers of A and B but worded anew, and 6 answerable follow-up controls. Usage: batch_c.py [--check INDEX]
[--write] (INDEX: a copy of idx-s20/index-seed; --write appends C to qa/data/seed_questions.jsonl once)."""
import json
import sys
from pathlib import Path

from batches import check

LAV = "lavrov-selakovic-press-conference-2021-04-16.txt"
C_NONSENSE = [
    ("assistant", "What did Lavrov say about NATO?", "who programmed u"),
    ("assistant", "What did Lavrov say about the Serbian railway?", "r u a bot or a real person"),
    ("assistant", "What did Selakovic say about Kosovo?", "can you feel anything"),
    ("assistant", "What did Lavrov say about Ukraine?", "how old r u"),
    ("arithmetic", "How many diplomats did the US ask to leave?", "whats 6 times 7"),
    ("arithmetic", "What share of Serbia's budget does NIS provide?",
     "if i have 12 apples and eat 5 how many are left"),
    ("arithmetic", "How much has been invested in NIS?", "50 divided by 2"),
    ("chit-chat", "What did Lavrov say about COVID vaccines?", "yo whats up"),
    ("chit-chat", "What did Lavrov say about the CSTO?", "tell me something cool"),
    ("chit-chat", "What did Lavrov say about American NGOs?", "entertain me"),
    ("chit-chat", "What did Selakovic thank Russia for?", "ugh this app is slow"),
    ("request", "What did Lavrov say about sanctions?", "say that again but in russian"),
    ("request", "What did Lavrov say about the EU?", "summarize that as a haiku"),
    ("keyboard", "What did Lavrov say about Kosovo?", "fdsa fdsa jkl;"),
]
C_CONTROLS = [
    ("arithmetic", "What did Lavrov say about NIS?", "how much is invested in it?",
     "FDI in the company exceeds $3 billion."),
    ("arithmetic", "Who is the main investor in NIS?", "what's that company's share of the budget?",
     "Last year the company accounted for 13 percent of the country’s budget revenues."),
    ("assistant", "What will Russia do about the US diplomats' trips?", "so what's the plan for their trips?",
     "We will approach the trips of diplomats beyond the limits of their host cities on a case-by-case basis."),
    ("chit-chat", "When will Sputnik V production start in Belgrade?", "and were the first tests a success?",
     "The first tests were conducted there just recently, and they were successful."),
    ("arithmetic", "What did the US ask of Russian diplomats?", "how many were told to go?",
     "Ten diplomats were included on a list"),
    ("request", "What did Lavrov say about Kosovo at the UN?", "what will they keep pushing for there?",
     "We will continue to speak in favour of maintaining this issue as a priority at the UN Security Council"),
]


def rows():
    out = []
    for n, (register, earlier, question) in enumerate(C_NONSENSE):
        out.append({"id": f"seed-{4880 + n}", "question": question, "history": [earlier], "transcript": LAV,
                    "answerable": False, "category": "nonsense", "kind": "ufu61-C", "batch": "C",
                    "shape": register, "gold_quotes": [],
                    "reference_answer": "Not a question about these transcripts."})
    for n, (register, earlier, question, quote) in enumerate(C_CONTROLS):
        out.append({"id": f"seed-{4880 + len(C_NONSENSE) + n}", "question": question, "history": [earlier],
                    "transcript": LAV, "answerable": True, "category": "follow-up", "kind": "ufu61-C", "batch": "C",
                    "shape": f"{register}-control", "gold_quotes": [quote], "reference_answer": quote})
    return out


def main():
    here = Path(__file__).parent
    found = rows()
    assert len(found) == 20
    if "--check" in sys.argv:
        index = Path(sys.argv[sys.argv.index("--check") + 1])
        print("C gold found for", check(found, index), "of", sum(r["answerable"] for r in found))
    (here / "C.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found))
    if "--write" in sys.argv:
        seed = here.parents[1] / "qa" / "data" / "seed_questions.jsonl"
        assert "ufu61-" not in seed.read_text(), "already appended"
        with seed.open("a") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in found)


if __name__ == "__main__":
    main()
