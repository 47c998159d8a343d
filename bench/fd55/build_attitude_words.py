"""fd55: writes qa/data/attitude_words.tsv from WordNet 3.0 (Debian's wordnet-base, unpacked with `dpkg -x` from the
apt cache; nothing downloaded): the words whose most frequent sense (WordNet's first) names a speech act, a thought or
a feeling, by WordNet's lexicographer files, one a line, `word<TAB>v` or `word<TAB>n`:

- verbs whose first sense is in verb.communication, verb.cognition or verb.emotion ("doubt", "describe", "lament",
  "criticize", "predict", "fret", "dislike"), with their -s and past forms (regular, and WordNet's verb.exc
  exceptions: "thought"); no -ing form (a gerund is often what is asked about: "teaching skills");
- nouns whose first sense is in noun.communication, noun.cognition, noun.feeling or noun.motive ("criticism",
  "gist", "purpose", "doubt", "fear"), with their plurals.

One-word lemmas only.

    python bench/fd55/build_attitude_words.py WORDNET_DICT_DIR > qa/data/attitude_words.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_classes import LEXNAMES, lexnames  # noqa: E402

VERB_FILES = {"verb.communication", "verb.cognition", "verb.emotion"}
NOUN_FILES = {"noun.communication", "noun.cognition", "noun.feeling", "noun.motive"}
VOWELS = "aeiou"


def first_senses(root: Path, pos: str) -> dict[str, str]:
    lex = lexnames(root, pos)
    out = {}
    for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, n_syn, n_ptr = parts[0], int(parts[2]), int(parts[3])
        if "_" in lemma or "-" in lemma or not lemma.isalpha() or len(lemma) < 3:
            continue
        out[lemma] = lex[parts[4 + n_ptr + 2]]
    return out


def verb_forms(v: str) -> set[str]:
    forms = {v}
    if v.endswith("y") and v[-2:-1] not in VOWELS:
        forms |= {v[:-1] + "ies", v[:-1] + "ied"}
    elif v.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {v + "es", v + "ed"}
    elif v.endswith("e"):
        forms |= {v + "s", v + "d"}
    else:
        forms |= {v + "s", v + "ed"}
        if len(v) > 2 and v[-1] not in VOWELS + "wxy" and v[-2] in VOWELS and v[-3] not in VOWELS:
            forms.add(v + v[-1] + "ed")  # admit -> admitted
    return forms


def noun_forms(n: str) -> set[str]:
    if n.endswith("y") and n[-2:-1] not in VOWELS:
        return {n, n[:-1] + "ies"}
    if n.endswith(("s", "x", "z", "ch", "sh")):
        return {n, n + "es"}
    return {n, n + "s"}


def main() -> None:
    root = Path(sys.argv[1])
    assert LEXNAMES
    verbs = {v for v, f in first_senses(root, "verb").items() if f in VERB_FILES}
    nouns = {n for n, f in first_senses(root, "noun").items() if f in NOUN_FILES}
    irregular = {}
    for line in (root / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, lemma = line.split()[:2]
        if lemma in verbs and form.isalpha() and not form.endswith("ing"):
            irregular.setdefault(lemma, set()).add(form)
    rows = set()
    for v in verbs:
        rows |= {(f, "v") for f in verb_forms(v) | irregular.get(v, set())}
    for n in nouns:
        rows |= {(f, "n") for f in noun_forms(n)}
    for word, pos in sorted(rows):
        print(f"{word}\t{pos}")


if __name__ == "__main__":
    main()
