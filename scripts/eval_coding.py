#!/usr/bin/env python3
"""Score Dateline's coding against a gold set of real news sentences.

Takes a gold file, the folder of the corpus it points into, and a Dateline
binary. Three kinds of gold line are understood, told apart by the line's
"corpus" field (all lines of one file must be of one kind, since --corpus
names one folder):
- no "corpus" field: Reuters-21578 (eval/reuters/gold.jsonl): a sentence
  located by file, NEWID, character offset and length within the decoded
  <BODY> text; --corpus is the folder of the read-only reut2-*.sgm files;
  the date is the document's <DATE>.
- "corpus": "scrapinghub" (eval/heldout/gold.jsonl, the held-out set): a
  sentence located by article key, character offset and length within the
  article's "articleBody"; --corpus is the folder holding the Scrapinghub
  article-extraction `ground-truth.json`; the date is the line's own
  "date" (the article's publication date).
- "corpus": "inline" (eval/grids/*/gold.jsonl): sentences the project
  wrote itself, so the line holds its own "id", "text" and "date";
  --corpus may be omitted and no SHA-1 is checked.
Each line also carries the sentence's SHA-1 and its gold events. Gives one
JSON summary line on stdout (event-level precision/recall/F1 at country
level and root, sentence-level PLOVER agreement, a per-root table) and,
with --show / --table, human-readable detail after it.

Invariants:
- The repository never stores corpus text: sentences are re-extracted from
  the corpus at run time, checked against their SHA-1, written to a
  temporary JSON Lines file (one sentence = one document: `id`, `text`,
  `date`) and printed only by --show.
- A sentence whose SHA-1 no longer matches is reported and left out of the
  scores (drift never silently changes the figures).
- Events are compared at country level: within one sentence, gold and
  coded events are each reduced to their distinct (country source,
  country target, root) keys first, so two codings that differ only in
  roles or in the digits after the root count once on either side.
- Sentences flagged `multilateral` (a compound subject of three or more
  states coded pairwise, 20 or more gold events) are scored with the rest
  and also left out in the `without_multilateral` figures, since five such
  sentences would otherwise weigh as much as a hundred others.

Recomputing a sentence by hand (the same rule `extract_body` implements):
read the .sgm file as Latin-1 (bytes map 1:1 to characters; only
reut2-017.sgm has a non-ASCII byte), find the <REUTERS ... NEWID="n">
element, take the characters strictly between its <BODY> and </BODY>,
replace `&lt;` `&gt;` `&amp;` and numeric `&#N;` references by their
characters (nothing else), and slice [offset, offset+length). The SHA-1 is
of that slice encoded as UTF-8. The text given to Dateline is the slice
with every run of whitespace (the wire's hard line breaks) collapsed to one
space. A Scrapinghub sentence is `articleBody[offset:offset+length]` of
its key in ground-truth.json (read as UTF-8 JSON), its SHA-1 that slice
as UTF-8, and the text given to Dateline that slice with whitespace
collapsed the same way.

Usage:
  scripts/eval_coding.py --dateline BIN --gold eval/reuters/gold.jsonl \
      --corpus ../shared/corpus/reuters21578 [--show] [--table] [--reasons] \
      [--keep-input PATH] [--events-out PATH] [--extra-args "..."]
  scripts/eval_coding.py --dateline BIN --gold eval/heldout/gold.jsonl \
      --corpus ../shared/eval/extraction/scrapinghub
  add --context document to code the gold sentences' whole documents (as
  `dateline code` on the corpus would) and score the events of the gold
  sentences only
  (the held-out set: read only the aggregate figures; see
  eval/heldout/README.md before using --show or --reasons on it)

Python 3 standard library only.
"""

import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

# --------------------------------------------------------------------------
# Corpus access (shared with eval/reuters/select.py, which imports these).

_DOC_RE = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID_RE = re.compile(r'NEWID="(\d+)"')
_BODY_RE = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_DATE_RE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_PLACES_RE = re.compile(r"<PLACES>(.*?)</PLACES>", re.S)
_TOPICS_RE = re.compile(r"<TOPICS>(.*?)</TOPICS>", re.S)
_TITLE_RE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_DATELINE_RE = re.compile(r"<DATELINE>(.*?)</DATELINE>", re.S)
_D_RE = re.compile(r"<D>(.*?)</D>", re.S)
_ENTITY_RE = re.compile(r"&(lt|gt|amp|#\d+);")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


def decode_entities(text):
    """Replace the SGML references the corpus uses, and only those."""

    def sub(m):
        name = m.group(1)
        if name == "lt":
            return "<"
        if name == "gt":
            return ">"
        if name == "amp":
            return "&"
        return chr(int(name[1:]))

    return _ENTITY_RE.sub(sub, text)


def read_sgm(path):
    """Yield one dict per <REUTERS> element of a .sgm file.

    Keys: newid (int), date (ISO or None), places, topics (lists), title
    (decoded, or ""), dateline (decoded, or ""), body (decoded, or None when
    the document has none).
    """
    with open(path, "rb") as fh:
        raw = fh.read().decode("latin-1")
    for m in _DOC_RE.finditer(raw):
        attrs, inner = m.group(1), m.group(2)
        idm = _NEWID_RE.search(attrs)
        if not idm:
            continue
        date = None
        dm = _DATE_RE.search(inner)
        if dm and dm.group(2).lower() in _MONTHS:
            date = "%s-%02d-%02d" % (dm.group(3), _MONTHS[dm.group(2).lower()], int(dm.group(1)))
        places = []
        pm = _PLACES_RE.search(inner)
        if pm:
            places = _D_RE.findall(pm.group(1))
        topics = []
        tm = _TOPICS_RE.search(inner)
        if tm:
            topics = _D_RE.findall(tm.group(1))
        title = ""
        ttm = _TITLE_RE.search(inner)
        if ttm:
            title = decode_entities(ttm.group(1))
        dateline = ""
        dlm = _DATELINE_RE.search(inner)
        if dlm:
            dateline = decode_entities(dlm.group(1)).strip()
        bm = _BODY_RE.search(inner)
        body = decode_entities(bm.group(1)) if bm else None
        yield {
            "newid": int(idm.group(1)),
            "date": date,
            "places": places,
            "topics": topics,
            "title": title,
            "dateline": dateline,
            "body": body,
        }


def load_corpus(corpus_dir, files):
    """{(file, newid): doc} for the given file names."""
    docs = {}
    for name in sorted(set(files)):
        for doc in read_sgm(os.path.join(corpus_dir, name)):
            docs[(name, doc["newid"])] = doc
    return docs


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def normalise_space(text):
    return " ".join(text.split())


# --------------------------------------------------------------------------
# Actor codes at country level.

# CAMEO role codes that may follow a country or an organisation code.
ROLE_CODES = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "UAF", "BUS",
    "MED", "CVL", "EDU", "LAB", "REF", "HLH", "NGO", "SPY", "REL", "CRM",
    "ELI", "AGR", "DEV", "HRI", "IGO", "MOD", "RAD", "SET", "ENV", "INS",
}
ORG_PREFIXES = ("IGO", "NGO", "MNC", "IMG", "NGM", "UIS")


def country_level(code):
    """The part of an actor code the event-level score compares.

    A country (or region) code: its first three letters. An organisation
    (IGO…, NGO…, MNC…): the code up to its first role code after the
    organisation's own six letters, so that a unit named after a role is
    of its organisation (the UN's court `IGOUNOJUDICJ` and its human
    rights council `IGOUNOHRI` are `IGOUNO`, as the annotators' `IGOUNOJUD`
    is; the EU's `IGOEUREEC` stays whole). A bare role with no country
    (MIL, REB): the role itself.
    """
    code = (code or "").strip().upper()
    if not code:
        return ""
    if code.startswith(ORG_PREFIXES):
        for cut in range(6, len(code) - 2, 3):
            if code[cut:cut + 3] in ROLE_CODES:
                return code[:cut]
        return code
    return code[:3]


def root_of(code):
    code = (code or "").strip()
    return code[:2]


# --------------------------------------------------------------------------
# Scoring.


def load_gold(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit("%s:%d: invalid JSON: %s" % (path, n, e))
    return rows


def sentence_id(row):
    if row.get("corpus") == "inline":
        return str(row["id"])
    if row.get("corpus") == "scrapinghub":
        return "%s:%d" % (row["key"], row["offset"])
    return "%s:%d:%d" % (row["file"], row["newid"], row["offset"])


def corpus_kind(gold):
    """"reuters" or "scrapinghub": the one corpus all gold lines point into."""
    kinds = {g.get("corpus", "reuters") for g in gold}
    unknown = kinds - {"reuters", "scrapinghub", "inline"}
    if unknown:
        sys.exit("unknown corpus in the gold file: %s" % ", ".join(sorted(unknown)))
    if len(kinds) > 1:
        sys.exit("the gold file mixes corpora (%s); --corpus names one folder"
                 % ", ".join(sorted(kinds)))
    return kinds.pop() if kinds else "reuters"


def reextract(gold, docs):
    """[(gold line, raw slice or None, date)] in gold order.

    `docs` is `load_documents`' answer (None for inline gold). Reuters: the
    decoded <BODY> of (file, NEWID) and the document's date. Scrapinghub:
    the articleBody of the key in ground-truth.json and the line's own
    date. None when the document or article is missing.
    """
    if docs is None:
        return [(g, g.get("text"), g.get("date")) for g in gold]
    out = []
    for g in gold:
        doc = docs.get(doc_key(g))
        text = doc[1][g["offset"]:g["offset"] + g["length"]] if doc else None
        if g.get("corpus") == "scrapinghub":
            date = g.get("date")
        else:
            date = doc[2] if doc else None
        out.append((g, text, date))
    return out


def load_plover(codes_tsv):
    table = {}
    if not os.path.exists(codes_tsv):
        return table
    with open(codes_tsv, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        ci, pi = header.index("code"), header.index("plover")
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) > max(ci, pi):
                table[f[ci]] = f[pi]
    return table


def plover_set(events, plover_of):
    """Sentence-level categories: PLOVER labels of the events, NONE left out.

    01x statements map to NONE (no PLOVER category), so a sentence holding
    only statements has the empty set, like a sentence with no event.
    """
    out = set()
    for ev in events:
        p = ev.get("plover") or plover_of.get(ev.get("code", ""), "")
        if p and p != "NONE":
            out.add(p)
    return out


def doc_key(row):
    """The document a corpus sentence lies in: Scrapinghub key or file:NEWID."""
    if row.get("corpus") == "scrapinghub":
        return row["key"]
    return "%s:%d" % (row["file"], row["newid"])


def load_documents(gold, corpus_dir):
    """{doc key: (title, raw body, date, dateline)} of the documents gold sentences lie
    in, read once for both the sentences and `--context document`; None for
    inline gold. A document or article missing, or with no body, is left out.
    """
    if corpus_kind(gold) == "inline":
        return None
    out = {}
    if corpus_kind(gold) == "scrapinghub":
        path = os.path.join(corpus_dir, "ground-truth.json")
        try:
            with open(path, encoding="utf-8") as fh:
                articles = json.load(fh)
        except (OSError, ValueError) as e:
            sys.exit("%s: cannot read the Scrapinghub ground truth: %s" % (path, e))
        for g in gold:
            art = articles.get(g["key"])
            if isinstance(art, dict) and art.get("articleBody") is not None:
                out[g["key"]] = ("", art["articleBody"], g.get("date"), "")
        return out
    docs = load_corpus(corpus_dir, [g["file"] for g in gold])
    for g in gold:
        doc = docs.get((g["file"], g["newid"]))
        if doc and doc["body"] is not None:
            out[doc_key(g)] = (doc["title"], doc["body"], doc["date"], doc["dateline"])
    return out


def place_events(raw, sentences, docs):
    """Give each event of whole-document coding to the gold sentence it lies in.

    Documents are given to Dateline with whitespace collapsed, so a gold
    sentence is found in its document's collapsed body near where its
    offset points; an event is placed by where its verb lies, found
    through its sentence's text in the body. Returns ({sentence id: [raw
    event]}, number of events whose sentence could not be found in the
    body, e.g. a headline's), and the number of gold sentences not found in
    their document (they get no events). Events in sentences that carry no
    gold line are dropped: the gold set scores only the sentences it holds.
    """
    flat_of = {key: normalise_space(body) for key, (_t, body, _d, _dl) in docs.items()}
    ranges = collections.defaultdict(list)
    lost = 0
    for g, text, _date in sentences:
        key = doc_key(g)
        if key not in docs:
            continue
        body, flat = docs[key][1], flat_of[key]
        near = max(0, len(normalise_space(body[:g["offset"]])) - 2)
        start = flat.find(text, near)
        if start < 0:
            start = flat.find(text)
        if start >= 0:
            ranges[key].append((start, start + len(text), sentence_id(g)))
        else:
            lost += 1
    placed = collections.defaultdict(list)
    unplaced = 0
    for ev in raw:
        key = str(ev.get("doc", ""))
        if key not in docs:
            unplaced += 1
            continue
        flat = flat_of[key]
        st = normalise_space(ev.get("sentence_text") or "")
        at = flat.find(st) if st else -1
        if at < 0:
            unplaced += 1
            continue
        verb = ev.get("verb_text") or ""
        off = st.find(verb) if verb else -1
        pos = at + max(off, 0)
        for start, end, sid in ranges.get(key, []):
            if start <= pos < end:
                placed[sid].append(ev)
                break
    return placed, unplaced, lost


def run_dateline(binary, input_path, extra_args):
    cmd = [binary, "code", "--format", "jsonl"] + extra_args + [input_path]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 3):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.exit("dateline exited %d: %s" % (proc.returncode, " ".join(cmd)))
    events = []
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return events, proc.stderr.decode("utf-8", "replace")


def actor_code(x):
    if isinstance(x, dict):
        return x.get("code") or ""
    return x or ""


def event_key(e):
    return (country_level(e["source"]), country_level(e["target"]), root_of(e["code"]))


def dedupe(events):
    """Keep the first event of each country-level key, in order."""
    seen, out = set(), []
    for e in events:
        k = event_key(e)
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


def match_events(gold, coded):
    """One-to-one matching on (country source, country target, root).

    Returns (matched pairs, unmatched gold, unmatched coded).
    """
    def key(src, tgt, code):
        return (country_level(src), country_level(tgt), root_of(code))

    free = list(range(len(gold)))
    pairs, fps = [], []
    for c in coded:
        k = key(c["source"], c["target"], c["code"])
        hit = None
        for i in free:
            g = gold[i]
            if key(g["source"], g["target"], g["code"]) == k:
                hit = i
                break
        if hit is None:
            fps.append(c)
        else:
            free.remove(hit)
            pairs.append((gold[hit], c))
    fns = [gold[i] for i in free]
    return pairs, fns, fps


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def fmt_event(e):
    s = "%s -> %s %s" % (e["source"], e["target"], e["code"])
    if e.get("rule"):
        s += "  [%s]" % e["rule"]
    if e.get("verb"):
        s += "  verb=%r" % e["verb"]
    return s


def is_bare_role(code):
    return country_level(code) in ROLE_CODES


def miss_reasons(errors):
    """Counts of false negatives and false positives by a coarse reason.

    A reason is read off the sentence's other events: a false negative whose
    key shows up among the sentence's false positives with a bare role on
    one side, another root, or source and target swapped is attributed to
    that; otherwise to nothing having been coded in the sentence (split by
    whether the gold note says a named person is needed) or to the coder
    having coded other events there.
    """
    fn_why, fp_why = collections.Counter(), collections.Counter()
    for g, _text, pairs, fns, fps in errors:
        multi = bool(g.get("multilateral"))
        person = "person:" in (g.get("note") or "")
        keyed = [(country_level(c["source"]), country_level(c["target"]),
                  root_of(c["code"]), c) for c in fps]
        for e in fns:
            s, t, r = country_level(e["source"]), country_level(e["target"]), root_of(e["code"])
            if multi:
                why = "multilateral compound sentence (pairwise events)"
            elif not pairs and not fps:
                why = ("nothing coded: needs a named person" if person
                       else "nothing coded in the sentence")
            elif any(cr == r and ((cs == s and is_bare_role(ct)) or (ct == t and is_bare_role(cs)))
                     for cs, ct, cr, _ in keyed):
                why = "right root, a bare role for a state"
            elif any(cs == s and ct == t for cs, ct, _, _ in keyed):
                why = "right actors, another root"
            elif any(cs == t and ct == s and cr == r for cs, ct, cr, _ in keyed):
                why = "source and target reversed"
            else:
                why = "other events coded in the sentence, not this one"
            fn_why[why] += 1
        gold_keys = {(country_level(e["source"]), country_level(e["target"]))
                     for e in g.get("events", [])}
        for cs, ct, _cr, _c in keyed:
            if not g.get("events"):
                why = "no gold event in the sentence"
            elif is_bare_role(cs) or is_bare_role(ct):
                why = "a bare role as source or target"
            elif (cs, ct) in gold_keys:
                why = "right actors, another root"
            elif (ct, cs) in gold_keys:
                why = "source and target reversed"
            else:
                why = "another actor or an extra event"
            fp_why[why] += 1
    return fn_why, fp_why


# What `dateline explain` says about the verbs of a sentence that coded
# nothing, in the order the reasons are looked for (the first that any verb
# of the sentence reports wins).
EXPLAIN_REASONS = [
    ("no target actor", "a verb matched, no target actor found"),
    ("no source actor", "a verb matched, no source actor found"),
    ("negated", "negated"),
    ("hedged", "hedged or subjunctive"),
    ("subjunctive", "hedged or subjunctive"),
    ("pattern blocks", "a pattern blocks the reading (---)"),
    ("infinitive not governed", "only an infinitive no intent word governs"),
    ("no pattern matched", "verb known, no pattern matched"),
]


def why_nothing(binary, text, date):
    """Why a sentence coded nothing, read off `dateline explain`."""
    cmd = [binary, "explain"] + (["--date", date] if date else []) + [text]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.decode("utf-8", "replace")
    actors = out.split("actors:", 1)[-1].split("coding:", 1)[0]
    if not any(line.strip() for line in actors.splitlines()):
        return "no actor recognised"
    # Reporting verbs ("said") code a statement only with an addressee;
    # what they report is what matters.
    reporting = set(re.findall(r'verb candidate "([^"]*)" \[[^]]*\] form \w+[^\n]*reporting verb',
                               out))
    lines = [line for line in out.splitlines()
             if not any(line.strip().startswith('"%s":' % v) for v in reporting)]
    body = "\n".join(lines)
    for needle, why in EXPLAIN_REASONS:
        if needle in body:
            return why
    if reporting and not re.search(r'^  "[^"]*": ', body, re.M):
        return "only a reporting verb, with no addressee"
    if "verb candidate" not in out:
        return "no verb the dictionaries know"
    return "verbs used as nouns or otherwise not coded"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dateline", required=True, help="the dateline binary")
    ap.add_argument("--gold", required=True, help="gold JSON Lines")
    ap.add_argument("--corpus", default="",
                    help="folder of reut2-*.sgm, or of the Scrapinghub ground-truth.json "
                         "(by the gold lines' \"corpus\" field; not needed for inline sentences)")
    ap.add_argument("--codes", default=os.path.join(here, "..", "data", "cameo", "codes.tsv"),
                    help="CAMEO code table (for the PLOVER of coded events that lack one)")
    ap.add_argument("--show", action="store_true",
                    help="list false positives and negatives with the sentence text")
    ap.add_argument("--table", action="store_true", help="print the per-root table")
    ap.add_argument("--reasons", action="store_true",
                    help="count false negatives and false positives by reason")
    ap.add_argument("--keep-input", metavar="PATH",
                    help="write the re-extracted sentences here instead of a temporary file "
                         "(contains corpus text: keep it outside the repository)")
    ap.add_argument("--events-out", metavar="PATH", help="save Dateline's raw events here")
    ap.add_argument("--extra-args", default="", help="extra arguments for `dateline code`")
    ap.add_argument("--context", choices=["sentence", "document"], default="sentence",
                    help="code each gold sentence alone (default) or the whole documents they "
                         "lie in, as a user would, then score the events of the gold sentences "
                         "(corpus gold only)")
    args = ap.parse_args()

    gold = load_gold(args.gold)
    plover_of = load_plover(args.codes)

    # Re-extract and verify.
    sentences, drifted = [], []
    all_docs = load_documents(gold, args.corpus)
    for g, text, date in reextract(gold, all_docs):
        if text is None or (g.get("corpus") != "inline" and sha1(text) != g["sha1"]):
            drifted.append(sentence_id(g))
            continue
        sentences.append((g, normalise_space(text), date))

    tmpdir = None
    if args.keep_input:
        input_path = args.keep_input
    else:
        tmpdir = tempfile.mkdtemp(prefix="dateline-eval-")
        input_path = os.path.join(tmpdir, "sentences.jsonl")
    docs = None
    if args.context == "document":
        if all_docs is None:
            sys.exit("--context document needs corpus gold (Reuters or Scrapinghub): "
                     "inline sentences have no document")
        docs = all_docs
    with open(input_path, "w", encoding="utf-8") as fh:
        if docs is not None:
            for key, (title, body, date, dateline) in sorted(docs.items()):
                rec = {"id": key, "text": normalise_space(body)}
                if title:
                    rec["title"] = normalise_space(title)
                # (Kept apart from the body, as `dateline code` reads the
                # SGML: its place says where "here" is.)
                if dateline:
                    rec["dateline"] = normalise_space(dateline)
                if date:
                    rec["date"] = date
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            for g, text, date in sentences:
                rec = {"id": sentence_id(g), "text": text}
                if date:
                    rec["date"] = date
                # (A sentence alone keeps its document's dateline, metadata
                # as its date is.)
                doc = all_docs.get(doc_key(g)) if all_docs else None
                if doc and doc[3]:
                    rec["dateline"] = normalise_space(doc[3])
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    raw, stderr = run_dateline(args.dateline, input_path, args.extra_args.split())
    if args.events_out:
        with open(args.events_out, "w", encoding="utf-8") as fh:
            for ev in raw:
                fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
    if tmpdir:
        os.remove(input_path)
        os.rmdir(tmpdir)

    unplaced = None
    if docs is not None:
        by_sentence, unplaced, lost = place_events(raw, sentences, docs)
        raw = [dict(ev, doc=sid) for sid, evs in by_sentence.items() for ev in evs]
    coded_by = collections.defaultdict(list)
    for ev in raw:
        coded_by[str(ev.get("doc", ""))].append({
            "source": actor_code(ev.get("source")),
            "target": actor_code(ev.get("target")),
            "code": str(ev.get("code", "")),
            "plover": ev.get("plover"),
            "rule": ev.get("rule"),
            "verb": ev.get("verb_text"),
        })

    tp = fp = fn = 0
    per_root = collections.defaultdict(lambda: {"gold": 0, "coded": 0, "tp": 0})
    groups = collections.defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "sentences": 0})
    plover_exact = 0
    empty_gold = empty_both = 0
    nonempty_gold = nonempty_exact = 0
    errors = []
    for g, text, _date in sentences:
        sid = sentence_id(g)
        gev = dedupe(g.get("events", []))
        cev = dedupe(coded_by.get(sid, []))
        pairs, fns, fps = match_events(gev, cev)
        tp += len(pairs)
        fp += len(fps)
        fn += len(fns)
        names = ["stratum:" + g.get("stratum", "?")]
        if not g.get("multilateral"):
            names.append("without_multilateral")
        for name in names:
            d = groups[name]
            d["tp"] += len(pairs)
            d["fp"] += len(fps)
            d["fn"] += len(fns)
            d["sentences"] += 1
        for e in gev:
            per_root[root_of(e["code"])]["gold"] += 1
        for e in cev:
            per_root[root_of(e["code"])]["coded"] += 1
        for ge, _ce in pairs:
            per_root[root_of(ge["code"])]["tp"] += 1
        gset = plover_set(gev, plover_of)
        cset = plover_set(cev, plover_of)
        if gset == cset:
            plover_exact += 1
        if not gev:
            empty_gold += 1
            if not cev:
                empty_both += 1
        if gset:
            nonempty_gold += 1
            if gset == cset:
                nonempty_exact += 1
        if fns or fps:
            errors.append((g, text, pairs, fns, fps))

    p, r, f = prf(tp, fp, fn)
    n = len(sentences)
    roots = {}
    for root in sorted(per_root):
        d = per_root[root]
        rp, rr, rf = prf(d["tp"], d["coded"] - d["tp"], d["gold"] - d["tp"])
        roots[root] = {"gold": d["gold"], "coded": d["coded"], "tp": d["tp"],
                       "precision": rp, "recall": rr, "f1": rf}
    summary = {
        "sentences": n,
        "drifted": drifted,
        "gold_events": tp + fn,
        "coded_events": tp + fp,
        "tp": tp, "fp": fp, "fn": fn,
        "precision": p, "recall": r, "f1": f,
        "plover_sentence_exact": round(plover_exact / n, 4) if n else 0.0,
        "plover_nonempty_exact": round(nonempty_exact / nonempty_gold, 4) if nonempty_gold else 0.0,
        "sentences_gold_empty": empty_gold,
        "empty_gold_nothing_coded": round(empty_both / empty_gold, 4) if empty_gold else 0.0,
        "per_root": roots,
    }
    if unplaced is not None:
        summary["context"] = "document"
        summary["events_outside_body"] = unplaced
        summary["sentences_not_found"] = lost
    for name in sorted(groups):
        d = groups[name]
        gp, gr, gf = prf(d["tp"], d["fp"], d["fn"])
        summary[name] = {"sentences": d["sentences"], "gold_events": d["tp"] + d["fn"],
                         "coded_events": d["tp"] + d["fp"], "tp": d["tp"],
                         "precision": gp, "recall": gr, "f1": gf}
    print(json.dumps(summary, sort_keys=False))

    if args.table:
        print()
        print("root  gold coded   tp   prec  recall    f1")
        for root, d in roots.items():
            print("%-4s %5d %5d %4d  %5.2f  %5.2f  %5.2f" % (
                root, d["gold"], d["coded"], d["tp"], d["precision"], d["recall"], d["f1"]))
    if args.reasons:
        fn_why, fp_why = miss_reasons(errors)
        # Split "nothing coded" by what the engine saw.
        date_of = {sentence_id(g): d for g, _t, d in sentences}
        nothing = collections.Counter()
        for g, text, pairs, fns, fps in errors:
            if fns and not pairs and not fps and not g.get("multilateral"):
                nothing[why_nothing(args.dateline, text, date_of.get(sentence_id(g)))] += len(fns)
        for title, counts in (("false negatives", fn_why), ("false positives", fp_why)):
            print()
            print("%s by reason (%d)" % (title, sum(counts.values())))
            for why, k in counts.most_common():
                print("  %4d  %s" % (k, why))
        print()
        print("false negatives in sentences that coded nothing, by what `dateline explain` shows (%d)"
              % sum(nothing.values()))
        for why, k in nothing.most_common():
            print("  %4d  %s" % (k, why))
    if args.show:
        print()
        for g, text, pairs, fns, fps in errors:
            print("== %s  %s" % (sentence_id(g), text))
            if g.get("note"):
                print("   note: %s" % g["note"])
            for ge, ce in pairs:
                print("   ok  %s  (coded %s -> %s %s)" % (
                    fmt_event(ge), ce["source"], ce["target"], ce["code"]))
            for e in fns:
                print("   FN  %s" % fmt_event(e))
            for e in fps:
                print("   FP  %s" % fmt_event(e))
    if drifted:
        sys.stderr.write("%d sentence(s) drifted (SHA-1 mismatch), left out: %s\n" % (
            len(drifted), ", ".join(drifted[:10])))
    if stderr.strip() and args.show:
        sys.stderr.write(stderr)


if __name__ == "__main__":
    main()
