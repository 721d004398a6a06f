#!/usr/bin/env python3
"""Score `dateline code` on a normalized validation suite, outside the engine.

The normalized suites (`eval/normalized/*.jsonl` in the reference material)
hold one record per line: `id`, `date`, `text`, expected `events`, and an
`expect` of events / none / discard / complex / skip / error. This script
plays the part of the suite's driver: it feeds the records to
`dateline code --no-builtin-dicts --dict …` as JSON Lines documents, in
order, and compares the events it prints with the expectations — so the
figures come from the same binary and engine as `dateline code`, not from
`dateline validate`.

TABARI suites carry option commands in the `note` of their skip records
(`{ OPTION: … }`). As TABARI's own validator does, the options in force are
replayed: the records are coded in segments, and each segment is given an
options file holding every command seen so far (`--dict PATH.options`).

A record is exactly right when its set of (source, target, code) equals the
expected set; none, discard, complex and error records when no event is
coded; skip records are not scored. Prints one JSON object: records, exact,
tp, fp, fn, exact_share, and the per-category counts; `--show` lists the
mismatches. Exit code 4 when `--min-exact` is given and not reached.

Usage:
  score_normalized.py --suite tabari_validate.jsonl --dateline BIN \
      --dict A.actors --dict B.verbs --dict C.agents --options Validate.options
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

OPTION_RE = re.compile(r"OPTION:\s*(.*?)\s*(?:\}|\*/|$)", re.S)


def options_in(note):
    """The option commands a record's note carries, in order."""
    if not note or "OPTION:" not in note:
        return []
    out = []
    for m in OPTION_RE.finditer(note):
        cmd = " ".join(m.group(1).replace("\\n", " ").split())
        if cmd:
            out.append(cmd)
    return out


def run_segment(args, records, commands, workdir, n):
    """Codes `records` with the options `commands`; events by record id."""
    docs = os.path.join(workdir, f"seg{n}.jsonl")
    with open(docs, "w", encoding="utf-8") as f:
        for i, r in records:
            f.write(
                json.dumps({"id": f"r{i}", "text": r["text"], "date": r.get("date")})
                + "\n"
            )
    cmd = [args.dateline, "code", "--no-builtin-dicts"]
    for d in args.dict:
        cmd += ["--dict", d]
    opts = None
    if args.options or commands:
        opts = os.path.join(workdir, f"seg{n}.options")
        with open(opts, "w", encoding="utf-8") as f:
            if args.options:
                with open(args.options, encoding="latin-1") as base:
                    f.write(base.read().rstrip("\n") + "\n")
            for c in commands:
                f.write(c + "\n")
        cmd += ["--dict", opts]
    cmd.append(docs)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 3):
        sys.exit(f"dateline failed ({proc.returncode}): {proc.stderr[:2000]}")
    events = defaultdict(set)
    for line in proc.stdout.splitlines():
        e = json.loads(line)
        events[e["doc"]].add((e["source"]["code"], e["target"]["code"], e["code"]))
    return events


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--suite", required=True)
    ap.add_argument("--dateline", required=True)
    ap.add_argument("--dict", action="append", default=[])
    ap.add_argument("--options", help="the suite's base options file (TABARI)")
    ap.add_argument("--min-exact", type=float)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()

    records = [json.loads(l) for l in open(args.suite, encoding="utf-8") if l.strip()]
    # Segments of records coded under the same options.
    segments, current, commands = [], [], []
    for i, r in enumerate(records):
        current.append((i, r))
        new = options_in(r.get("note"))
        if new:
            segments.append((current, list(commands)))
            current = []
            commands.extend(new)
    segments.append((current, list(commands)))

    coded = {}
    with tempfile.TemporaryDirectory() as wd:
        for n, (seg, cmds) in enumerate(segments):
            if seg:
                for k, v in run_segment(args, seg, cmds, wd, n).items():
                    coded[k] = v

    total = defaultdict(int)
    cats = defaultdict(lambda: defaultdict(int))
    mismatches = []
    for i, r in enumerate(records):
        if r["expect"] == "skip":
            continue
        got = coded.get(f"r{i}", set())
        want = {(e["source"], e["target"], e["code"]) for e in r.get("events") or []}
        if r["expect"] != "events":
            want = set()
        c = cats[r.get("category", "?")]
        for d in (total, c):
            d["records"] += 1
            d["tp"] += len(want & got)
            d["fp"] += len(got - want)
            d["fn"] += len(want - got)
        if got == want:
            total["exact"] += 1
            c["exact"] += 1
        else:
            mismatches.append((r["id"], sorted(want), sorted(got), r["text"]))
    share = total["exact"] / total["records"] if total["records"] else 0.0
    print(
        json.dumps(
            {
                "suite": os.path.basename(args.suite),
                "records": total["records"],
                "exact": total["exact"],
                "tp": total["tp"],
                "fp": total["fp"],
                "fn": total["fn"],
                "exact_share": round(share, 4),
                "categories": {k: dict(v) for k, v in sorted(cats.items())},
            }
        )
    )
    if args.show:
        for rid, want, got, text in mismatches:
            print(f"MISMATCH {rid}: {text}\n  want {want}\n  got  {got}", file=sys.stderr)
    if args.min_exact is not None and share < args.min_exact:
        print(
            f"score_normalized: {share:.1%} exactly right, below {args.min_exact:.1%}",
            file=sys.stderr,
        )
        sys.exit(4)


if __name__ == "__main__":
    main()
