"""Build bench/out/related_words.tsv.gz (docs/retrieval.md, "Paraphrases read as absent (6)"; measured, not
adopted): for each one-word lemma of WordNet 3.0, the one-word lemmas of its synsets (synonyms) and of the synsets one
hypernym or hyponym link away (a broader or narrower word), nouns, verbs and adjectives (adjectives: synonyms and
"similar to"), each with the rank of the senses that relate them (`related`).

    python bench/build_related_words.py WORDNET_DICT_DIR [--out qa/data/related_words.tsv.gz]

WORDNET_DICT_DIR holds WordNet's data.noun, data.verb, data.adj (Debian's wordnet-base puts them in
/usr/share/wordnet). Only the build reads WordNet; the system reads the table.
"""

from __future__ import annotations

import argparse
import collections
import gzip
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINKS = {"n": {"@", "@i", "~", "~i"}, "v": {"@", "~"}, "a": {"&"}, "s": {"&"}}


def synsets(folder: Path):
    """(pos, offset) -> (one-word lemmas, [(pos, offset) linked])."""
    table = {}
    for pos, name in (("n", "data.noun"), ("v", "data.verb"), ("a", "data.adj")):
        for line in (folder / name).read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, ss_type, count = fields[0], fields[2], int(fields[3], 16)
            lemmas = [fields[4 + 2 * i].lower() for i in range(count)]
            lemmas = [w.split("(")[0] for w in lemmas if "_" not in w and w.isascii()]
            rest = fields[4 + 2 * count:]
            links = []
            for i in range(int(rest[0])):
                symbol, target, target_pos = rest[1 + 4 * i:4 + 4 * i]
                if symbol in LINKS.get(ss_type, ()):
                    links.append(("a" if target_pos == "s" else target_pos, target))
            table[("a" if ss_type == "s" else ss_type, offset)] = (lemmas, links)
    return table


def senses(folder: Path):
    """word -> [(pos, offset) of its synsets, most frequent sense first (WordNet's index order), per part of speech]."""
    out = collections.defaultdict(list)
    for pos, name in (("n", "index.noun"), ("v", "index.verb"), ("a", "index.adj")):
        for line in (folder / name).read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split()
            word, count, pointers = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointers:6 + pointers + count]
            out[word].append([(pos, o) for o in offsets])
    return out


def related(table, index) -> dict[str, dict[str, int]]:
    """word -> {related word: the rank of the sense (1: the commonest, per part of speech) through which WordNet
    relates them, the larger of the two words' ranks: "firearm" and "piece" share a synset, but it is piece's ninth
    sense, so the pair ranks 9}."""
    rank_of: dict[tuple[str, tuple[str, str]], int] = {}
    for word, by_pos in index.items():
        for offsets in by_pos:
            for rank, key in enumerate(offsets, 1):
                rank_of[(word, key)] = rank
    out: dict[str, dict[str, int]] = {}
    for word, by_pos in index.items():
        if "_" in word or not word.isascii():
            continue
        near: dict[str, int] = {}
        for offsets in by_pos:
            for rank, key in enumerate(offsets, 1):
                lemmas, links = table.get(key, ((), ()))
                for target in [key, *links]:
                    for w in table.get(target, ((), ()))[0]:
                        if w != word:
                            pair = max(rank, rank_of.get((w, target), 99))
                            near[w] = min(near.get(w, pair), pair)
        if near:
            out[word] = near
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "related_words.tsv.gz")
    args = parser.parse_args(argv)
    table = related(synsets(args.folder), senses(args.folder))
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as f:
        for w in sorted(table):
            near = table[w]
            f.write(f"{w}\t{' '.join(f'{r}:{near[r]}' for r in sorted(near))}\n")
    print(f"{len(table)} words -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
