#!/usr/bin/env python3
"""Select the Reuters-21578 sentences of the fourth development set (dev4).

Takes the corpus folder (reut2-000.sgm … reut2-021.sgm). Gives, on stdout,
one JSON line per selected sentence: `file`, `newid`, `offset`, `length`,
`sha1`, `stratum` ("political", "control" or "supplement") — locators only,
never text (pass --with-text to see the text while annotating; that output
must stay outside the repository).

The sentence splitter, the eligibility test, the strata's definitions and
the draw are those of the development set (`eval/reuters/select_sentences.py`),
the exclusion and the draw loop those of the held-out set
(`eval/reuters-heldout/select_sentences.py`), both imported, not copied.
What differs (README.md):

1. Every document (file, NEWID) with a sentence in `eval/reuters/gold.jsonl`,
   `eval/reuters-dev2/gold.jsonl`, `eval/reuters-dev3/gold.jsonl` or
   `eval/reuters-heldout/gold.jsonl` is
   left out, and so is any sentence whose whitespace-normalised text equals
   a sentence of any of them (the wire repeats stories across documents),
   so that tuning on dev4 never touches the held-out set.
2. Weighted towards events, as dev2: per file, at most one sentence per
   document, 6 political and 1 control sentence (seed 4101), then 6
   supplement sentences from documents not yet used (seed 4102).
"""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")

_spec = importlib.util.spec_from_file_location(
    "heldout_select", os.path.join(ROOT, "eval", "reuters-heldout", "select_sentences.py"))
heldout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(heldout)

SEED = 4101
POLITICAL_PER_FILE = 6
CONTROL_PER_FILE = 1
SUPPLEMENT_SEED = 4102
SUPPLEMENT_PER_FILE = 6
EXCLUDED_GOLD = [os.path.join(ROOT, "eval", d, "gold.jsonl") for d in ("reuters", "reuters-dev2", "reuters-dev3", "reuters-heldout")]


def main():
    args = heldout.parse_args(__doc__)
    heldout.select(args, heldout.dev_exclusions(args.corpus, EXCLUDED_GOLD), SEED,
                   POLITICAL_PER_FILE, CONTROL_PER_FILE, SUPPLEMENT_SEED, SUPPLEMENT_PER_FILE)


if __name__ == "__main__":
    main()
