#!/usr/bin/env python3
"""A pool of Reuters-21578 sentences to read while tuning, kept clear of the
held-out set.

Takes the corpus folder. Gives, on stdout, JSON Lines `{id, text, date}`
(coded by `dateline code`): the sentences the development set's selection
(`eval/reuters/select_sentences.py`, imported) would call political or
supplement, from every document except the held-out ones, and never a text
equal to a held-out sentence, spent or not. The wire repeats stories word
for word under other NEWIDs; a sampler that leaves out held-out documents
only still reads held-out sentences (32 were spent that way in the session
of 2026-12-07, see `eval/reuters-heldout/README.md`).

The output holds corpus text: keep it outside the repository.

    python3 scripts/sample_pool.py ../shared/corpus/reuters21578 > /tmp/pool.jsonl
"""

import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from eval_coding import normalise_space, read_sgm  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "dev_select", os.path.join(ROOT, "eval", "reuters", "select_sentences.py"))
dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev)

HELD = [os.path.join(ROOT, "eval", "reuters-heldout", f) for f in ("gold.jsonl", "spent.jsonl")]


def held_out(corpus):
    """The held-out documents (NEWIDs) and the texts of their sentences."""
    lines = [json.loads(line) for path in HELD if os.path.exists(path) for line in open(path)]
    by_id = {g["newid"]: g for g in lines}
    texts = set()
    for path in sorted(glob.glob(os.path.join(corpus, "reut2-*.sgm"))):
        for doc in read_sgm(path):
            g = by_id.get(doc["newid"])
            if g is not None and doc["body"]:
                texts.add(normalise_space(doc["body"][g["offset"]:g["offset"] + g["length"]]))
    return set(by_id), texts


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    corpus = sys.argv[1]
    docs, texts = held_out(corpus)
    seen = set()
    for path in sorted(glob.glob(os.path.join(corpus, "reut2-*.sgm"))):
        political, _, supplement = dev.candidates(path)
        bodies = {d["newid"]: d for d in read_sgm(path)}
        for group in (political, supplement):
            for newid, recs in sorted(group.items()):
                if newid in docs:
                    continue
                doc = bodies[newid]
                for r in recs:
                    text = normalise_space(doc["body"][r["offset"]:r["offset"] + r["length"]])
                    if text in texts or text in seen:
                        continue
                    seen.add(text)
                    print(json.dumps({"id": "p-%d-%d" % (newid, r["offset"]), "text": text,
                                      "date": doc["date"] or "1987-03-01"}))


if __name__ == "__main__":
    main()
