#!/usr/bin/env python3
"""Select the Reuters-21578 sentences of the second held-out gold set.

Takes the corpus folder (reut2-000.sgm … reut2-021.sgm). Gives, on stdout,
one JSON line per selected sentence: `file`, `newid`, `offset`, `length`,
`sha1`, `stratum` ("political", "control" or "supplement") — locators only,
never text (pass --with-text to see the text while annotating; that output
must stay outside the repository).

The sentence splitter, the eligibility test, the strata's definitions and
the draw are those of the development set (`eval/reuters/select_sentences.py`,
imported, not copied); the corpus decoding is `scripts/eval_coding.py`'s.
What differs (README.md):

1. Every document (file, NEWID) with a sentence in `eval/reuters/gold.jsonl`
   is left out, and so is any sentence whose whitespace-normalised text
   equals a development sentence (the wire repeats stories across
   documents).
2. Per file, at most one sentence per document: 8 political and 2 control
   sentences (seed 2026), then 6 supplement sentences from documents not
   yet used (seed 2027), so that the first two strata do not depend on
   the third. 22 files × 16 = 352 sentences.
"""

import argparse
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from eval_coding import normalise_space, read_sgm, sha1  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "dev_select", os.path.join(ROOT, "eval", "reuters", "select_sentences.py"))
dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev)

SEED = 2026
POLITICAL_PER_FILE = 8
CONTROL_PER_FILE = 2
SUPPLEMENT_SEED = 2027
SUPPLEMENT_PER_FILE = 6
DEV_GOLD = os.path.join(ROOT, "eval", "reuters", "gold.jsonl")


def dev_exclusions(corpus, golds=(DEV_GOLD,)):
    """(set of (file, newid) of the sets in `golds` (the development set),
    set of the SHA-1s of their whitespace-normalised sentences)."""
    docs, texts = set(), set()
    rows = [json.loads(line) for path in golds
            for line in open(path, encoding="utf-8") if line.strip()]
    by_file = {}
    for r in rows:
        docs.add((r["file"], r["newid"]))
        by_file.setdefault(r["file"], []).append(r)
    for name, rs in by_file.items():
        bodies = {d["newid"]: d["body"] for d in read_sgm(os.path.join(corpus, name))}
        for r in rs:
            raw = bodies[r["newid"]][r["offset"]:r["offset"] + r["length"]]
            texts.add(sha1(normalise_space(raw)))
    return docs, texts


def without_dev(by_doc, name, dev_docs, dev_texts):
    """The candidates {newid: [rec]} less the development documents and texts."""
    out = {}
    for newid, recs in by_doc.items():
        if (name, newid) in dev_docs:
            continue
        keep = [r for r in recs if r["_norm"] not in dev_texts]
        if keep:
            out[newid] = keep
    return out


def parse_args(doc):
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--with-text", action="store_true",
                    help="add the text (for annotation only; never commit that output)")
    return ap.parse_args()


def main():
    args = parse_args(__doc__)
    select(args, dev_exclusions(args.corpus), SEED, POLITICAL_PER_FILE, CONTROL_PER_FILE,
           SUPPLEMENT_SEED, SUPPLEMENT_PER_FILE)


def select(args, exclusions, seed, political, control, supplement_seed, supplement):
    """Draw and print the sentences: per file `political` and `control`
    sentences (seed `seed`), then `supplement` supplementary ones from
    documents not yet used (`supplement_seed`), leaving out the documents
    and texts of `exclusions`."""
    dev_docs, dev_texts = exclusions
    rng = random.Random(seed)
    # Development texts count as already drawn, so a repeat is skipped.
    seen_texts = set(dev_texts)
    supplements = []
    taken_by_file = {}
    for i in range(22):
        name = "reut2-%03d.sgm" % i
        path = os.path.join(args.corpus, name)
        pol, ctl, sup = (without_dev(c, name, dev_docs, dev_texts) for c in dev.candidates(path))
        supplements.append((name, path, sup))
        taken = set()
        picked = [dict(r, stratum="political")
                  for r in dev.draw(rng, pol, political, taken, seen_texts)]
        picked += [dict(r, stratum="control")
                   for r in dev.draw(rng, ctl, control, taken, seen_texts)]
        taken_by_file[name] = taken
        dev.emit(args, path, picked)
    rng2 = random.Random(supplement_seed)
    for name, path, sup in supplements:
        picked = [dict(r, stratum="supplement")
                  for r in dev.draw(rng2, sup, supplement, taken_by_file[name], seen_texts)]
        dev.emit(args, path, picked)


if __name__ == "__main__":
    main()
