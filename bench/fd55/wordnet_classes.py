"""fd55: read WordNet 3.0 (Debian's wordnet-base, unpacked with `dpkg -x` from the apt cache; nothing downloaded) and
print, for each one-word lemma, the lexicographer files of its senses in WordNet's order (by frequency), per part of
speech: `word<TAB>pos<TAB>lexname,lexname,...`.

    python bench/fd55/wordnet_classes.py WORDNET_DICT_DIR > bench/out/fd55-lexnames.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object
noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state
noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption
verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative
verb.weather adj.ppl""".split()


def lexnames(root: Path, pos: str) -> dict[str, str]:
    out = {}
    for line in (root / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" ", 3)
        out[parts[0]] = LEXNAMES[int(parts[1])]
    return out


def main() -> None:
    root = Path(sys.argv[1])
    for pos in ("noun", "verb"):
        lex = lexnames(root, pos)
        for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma = parts[0]
            if "_" in lemma or not lemma.isalpha():
                continue
            n_ptr = int(parts[3])
            n_syn = int(parts[2])
            offsets = parts[4 + n_ptr + 2:][:n_syn]
            print(f"{lemma}\t{pos}\t{','.join(lex[o] for o in offsets)}")


if __name__ == "__main__":
    main()
