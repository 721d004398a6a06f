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

PETRARCH's records change options with `<Config>` elements between
sentences, which the JSON Lines file drops; `--records` names the XML file
they come from. The settings in force are replayed the same way, each
segment getting a `PETR_config.ini`-style file with an `[Options]` section
(`--dict PATH.ini`). The expectations are read from the XML too: it keeps
the quoted new-actor codes (`"INJURY TOLL"`) that the JSON Lines file turns
into null, and a record without any coding expects no events, as
PETRARCH's validator reads it. Without `--dict`, the dictionaries of the
XML's `<Environment>` are used.

A record is exactly right when its set of (source, target, code) equals the
expected set; none, discard, complex and error records when no event is
coded; skip records are not scored. Prints one JSON object: records, exact,
tp, fp, fn, exact_share, and the per-category counts; `--show` lists the
mismatches. Exit code 4 when `--min-exact` is given and not reached.

Usage:
  score_normalized.py --suite tabari_validate.jsonl --dateline BIN \
      --dict A.actors --dict B.verbs --dict C.agents --options Validate.options
  score_normalized.py --suite petr_unittest_ptb.jsonl --dateline BIN \
      --records PETR.UnitTest.records.xml [--dict V.verbs.txt --dict A.actors.txt …]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

STORY_RE = re.compile(r"^(.+)-(\d+)$")
OPTION_RE = re.compile(r"OPTION:\s*(.*?)\s*(?:\}|\*/|$)", re.S)
XML_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
XML_ITEM_RE = re.compile(r"<Config\b[^>]*>|<Sentence\b.*?</Sentence>", re.S)
ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def xml_attr(tag, name):
    """An attribute's value (single or double quotes, blanks around `=`)."""
    m = re.search(r"(?<![\w-])" + name + r"\s*=\s*(\"([^\"]*)\"|'([^']*)')", tag)
    if not m:
        return None
    value = m.group(2) if m.group(2) is not None else m.group(3)
    return re.sub(r"&(\w+);", lambda e: ENTITIES.get(e.group(1), e.group(0)), value)


def petrarch_records(path):
    """PETRARCH's unit-test records in order: the settings in force (the
    `<Config>` elements seen so far), the expected triples, whether events
    are expected, the category, and the XML's dictionaries."""
    text = XML_COMMENT_RE.sub(" ", open(path, encoding="utf-8", errors="replace").read())
    env = {}
    for tag in ("Verbfile", "Actorfile", "Agentfile", "Discardfile"):
        m = re.search(r"<%s>\s*(.*?)\s*</%s>" % (tag, tag), text, re.S)
        if m and m.group(1):
            env[tag] = os.path.join(os.path.dirname(path), m.group(1))
    settings, out = {}, []
    for m in XML_ITEM_RE.finditer(text):
        item = m.group(0)
        if item.startswith("<Config"):
            option, value = xml_attr(item, "option"), xml_attr(item, "value")
            if option is not None and value is not None:
                settings[option] = value
            continue
        head = item[: item.find(">")]
        events = set()
        for tag in re.findall(r"<EventCoding\b[^>]*>", item):
            src, tgt, code = (xml_attr(tag, k) for k in ("sourcecode", "targetcode", "eventcode"))
            if src is not None and tgt is not None and code is not None:
                events.add((src, tgt, code))
        out.append(
            {
                "id": xml_attr(head, "id"),
                "category": xml_attr(head, "category"),
                "settings": dict(settings),
                "events": events,
            }
        )
    return out, [env[t] for t in ("Verbfile", "Actorfile", "Agentfile", "Discardfile") if t in env]


def tabari_source(path):
    """Expectations by record ID, read from TABARI's own `Validate.text`
    (this script's reading, independent of the engine's): a record starts
    at a line opening with a digit (date, then the ID: the first word with a
    letter), runs to the next empty line; its `/* … */` comment holds
    `{ SRC / TGT / CODE }` blocks, or first a `{---}`/`{###}`/`{+++}` marker
    (no event, discard, complex: no events expected); a `-{` (do not check)
    or an `OPTION:` block makes the record unscored. Also the IDs in order,
    so records the JSON Lines file lacks can be named. IDs repeat in the
    suite, so records are keyed by (ID, occurrence)."""
    lines = open(path, encoding="latin-1").read().split("\n")
    out, order, seen, i = {}, [], defaultdict(int), 0
    while i < len(lines):
        if not lines[i][:1].isdigit():
            i += 1
            continue
        words = [w for w in lines[i].split()[1:] if re.search(r"[A-Za-z]", w)]
        rid = words[0] if words else lines[i].split()[0]
        i += 1
        body = []
        while i < len(lines) and lines[i].strip() != "":
            body.append(lines[i].rstrip("\r"))
            i += 1
        raw = " ".join(body)
        rid = (rid, seen[rid])
        seen[rid[0]] += 1
        order.append(rid)
        c = raw.find("/*")
        first = raw.find("{", c + 2) if c >= 0 else -1
        if first < 0 or "OPTION:" in raw[first:]:
            out[rid] = ("skip", set())
        else:
            events, marker, k = set(), None, 0
            for m in re.finditer(r"(-?)\{([^}]*)\}", raw[first - 1 :]):
                if m.group(1):
                    marker = "skip"
                    break
                inner = m.group(2).strip()
                if inner in ("---", "###", "+++"):
                    if k == 0:
                        marker = "none"
                else:
                    f = [x.strip() for x in inner.split("/")]
                    if len(f) == 3:
                        events.add(tuple(f))
                k += 1
            if marker:
                out[rid] = (marker, set())
            else:
                out[rid] = ("events", events) if events else ("skip", set())
        if raw.startswith("This is the end of the standard validation records"):
            break
    return out, order


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


def run_segment(args, records, commands, workdir, n, ini=None):
    """Codes `records` with the options `commands` (TABARI) or the
    settings `ini` (PETRARCH); events by record id."""
    docs = os.path.join(workdir, f"seg{n}.jsonl")
    # Under TABARI's FORWARD command a pronoun may refer to the previous
    # sentence of the same story, so a story's consecutive records are
    # coded as one document, one paragraph each (sentence k = record k).
    fwd = [c.upper().split() for c in commands if c.upper().startswith("FORWARD:")]
    forward = bool(fwd) and fwd[-1][-1] != "OFF"
    groups = []
    for i, r in records:
        m = STORY_RE.match(r["id"])
        if forward and groups and m and groups[-1][-1][2] is not None:
            story, seq = groups[-1][-1][2]
            if m.group(1) == story and int(m.group(2)) == seq + 1:
                groups[-1].append((i, r, (story, int(m.group(2)))))
                continue
        groups.append([(i, r, (m.group(1), int(m.group(2))) if m else None)])
    with open(docs, "w", encoding="utf-8") as f:
        for g in groups:
            i, r = g[0][0], g[0][1]
            text = "\n\n".join(x[1]["text"] for x in g)
            f.write(json.dumps({"id": f"g{i}", "text": text, "date": r.get("date")}) + "\n")
    members = {f"g{g[0][0]}": [x[0] for x in g] for g in groups}
    cmd = [args.dateline, "code", "--no-builtin-dicts"]
    for d in args.dict:
        cmd += ["--dict", d]
    opts = None
    if ini is not None:
        opts = os.path.join(workdir, f"seg{n}.ini")
        with open(opts, "w", encoding="utf-8") as f:
            f.write("[Options]\n")
            for k, v in sorted(ini.items()):
                f.write(f"{k} = {v}\n")
        cmd += ["--dict", opts]
    elif args.options or commands:
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
        group = members[e["doc"]]
        if e["sentence"] >= len(group):
            sys.exit(f"{e['doc']}: sentence {e['sentence']} beyond its {len(group)} records")
        events[f"r{group[e['sentence']]}"].add(
            (e["source"]["code"], e["target"]["code"], e["code"])
        )
    return events


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--suite", required=True)
    ap.add_argument("--dateline", required=True)
    ap.add_argument("--dict", action="append", default=[])
    ap.add_argument("--options", help="the suite's base options file (TABARI)")
    ap.add_argument(
        "--records",
        help="PETRARCH's records XML: its <Config> settings are replayed and its expectations used",
    )
    ap.add_argument(
        "--source",
        help="TABARI's Validate.text: expectations are read from it by ID (the JSON Lines "
        "conversion lost some), and records it has that the JSON Lines lacks are listed",
    )
    ap.add_argument("--min-exact", type=float)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()

    records = [json.loads(l) for l in open(args.suite, encoding="utf-8") if l.strip()]
    petr = None
    if args.records:
        petr, env = petrarch_records(args.records)
        if len(petr) != len(records):
            sys.exit(f"{args.records}: {len(petr)} records, {args.suite}: {len(records)}")
        for i, (x, r) in enumerate(zip(petr, records)):
            if x["id"] != r["id"]:
                sys.exit(f"record {i + 1}: {x['id']} in the XML, {r['id']} in the JSON Lines")
            r["category"] = x["category"]
            r["expect"] = "events" if x["events"] else "none"
            r["events"] = [{"source": a, "target": b, "code": c} for a, b, c in x["events"]]
        if not args.dict:
            args.dict = env
    corrected, missing = [], []
    if args.source:
        source, order = tabari_source(args.source)
        seen = defaultdict(int)
        for r in records:
            key = (r["id"], seen[r["id"]])
            seen[r["id"]] += 1
            r["key"] = key
            if key not in source:
                continue
            expect, events = source[key]
            want = {(e["source"], e["target"], e["code"]) for e in r.get("events") or []}
            was = r["expect"] if r["expect"] in ("events", "skip") else "none"
            if (expect, events) != (was, want if was == "events" else set()):
                corrected.append(r["id"] + (f"#{key[1] + 1}" if key[1] else ""))
            r["expect"] = expect
            r["events"] = [{"source": a, "target": b, "code": c} for a, b, c in sorted(events)]
        have = {r["key"] for r in records}
        missing = [k[0] for k in order if k not in have and source[k][0] != "skip"]
    # Segments of records coded under the same options.
    segments, current, commands = [], [], []
    if petr is not None:
        for i, r in enumerate(records):
            if current and petr[current[-1][0]]["settings"] != petr[i]["settings"]:
                segments.append((current, petr[current[-1][0]]["settings"]))
                current = []
            current.append((i, r))
        if current:
            segments.append((current, petr[current[-1][0]]["settings"]))
    else:
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
                if petr is not None:
                    got = run_segment(args, seg, [], wd, n, ini=cmds)
                else:
                    got = run_segment(args, seg, cmds, wd, n)
                for k, v in got.items():
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
                **(
                    {"expectations_from_source": corrected, "scored_records_missing": missing}
                    if args.source
                    else {}
                ),
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
