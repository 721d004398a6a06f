#!/usr/bin/env python3
"""Check Dateline's verb-pattern dictionaries (data/verbs/*.txt).

Takes: the verb files (default: data/verbs/*.txt next to this script's repo)
and, when present, the CAMEO code table used to validate codes
(/work/shared/lookups/CAMEO.goldsteinscale.txt, else data/cameo/codes.tsv,
or --codes PATH).

Gives: errors (file:line: message) and warnings on stderr; counts of verbs,
forms and patterns per file and per root, patterns per code, and the 3-digit
CAMEO codes no pattern produces, on stdout. Exit status 1 if any error.

Checks the format of docs/dictionaries.md ("Verbs"):
- `set NAME = a; b; ...` defines a set once across all files;
- `verb LEMMA [| FORMS]` (forms separated by spaces, or by `;` for a
  multi-word verb); a lemma belongs to one block in one file;
- `CODE PATTERN [# comment]` where CODE is a known code, `---`, or `A:B`;
  a pattern has exactly one `*`, at most one `$` and one `+`, every `&set`
  defined, well-formed `{a|b}` choices and `_` joins, no duplicate pattern
  within a block; every block has at least one pattern.
With --try SENTENCE (repeatable) it also shows which verbs of the
dictionaries a sentence contains and which pattern each would fire, by a
rough approximation of the engine (whole sentence as the clause, `+`/`$`
match nowhere in particular, specificity = number of non-`*` elements):
a quick aid for reviewing patterns, not the engine's behaviour.

Python 3 standard library only.
"""

import argparse
import glob
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED_CODES = "/work/shared/lookups/CAMEO.goldsteinscale.txt"
LOCAL_CODES = os.path.join(REPO, "data", "cameo", "codes.tsv")

WORD_RE = re.compile(r"^[\w][\w'.\-]*~?$|^[\w]~$|^'s$", re.UNICODE)
SET_NAME_RE = re.compile(r"^[a-z][a-z0-9]*$")
CODE_RE = re.compile(r"^[0-9]{2,4}$")


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: error: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: warning: {msg}")


def load_codes(path):
    codes = set()
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            field = line.split("\t")[0].strip()
            if i == 0 and not field[:1].isdigit():
                continue  # header row
            if field:
                codes.add(field)
    return codes


def strip_comment(line):
    i = line.find("#")
    return line if i < 0 else line[:i]


def split_top(s, sep):
    """Split s on sep outside {...}; returns None on unbalanced braces."""
    out, cur, depth = [], [], 0
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0:
                return None
        if c == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    if depth != 0:
        return None
    out.append("".join(cur))
    return out


def check_phrase(phrase):
    """A phrase of words (set member or choice alternative)."""
    words = phrase.split()
    if not words:
        return "empty phrase"
    for w in words:
        if not WORD_RE.match(w):
            return f"bad word {w!r}"
    return None


def parse_pattern(text, where, rep, set_uses):
    """Returns the list of elements, or None if malformed."""
    groups = split_top(text, " ")
    if groups is None:
        rep.error(where, f"unbalanced braces in pattern {text!r}")
        return None
    elements = []
    joins = []
    for g in groups:
        if not g:
            continue
        parts = split_top(g, "_")
        for pi, p in enumerate(parts):
            joins.append(pi > 0)
            if p == "":
                rep.error(where, f"empty element around '_' in {g!r}")
                return None
            if p in ("*", "$", "+"):
                elements.append(p)
            elif p.startswith(">="):
                # a number of at least N
                if not p[2:].isdigit():
                    rep.error(where, f"bad count {p!r} (expected >=N)")
                    return None
                elements.append(p)
            elif p.startswith("&"):
                name = p[1:]
                if not SET_NAME_RE.match(name):
                    rep.error(where, f"bad set reference {p!r}")
                    return None
                set_uses.append((name, where))
                elements.append(p)
            elif p.startswith("{"):
                if not p.endswith("}"):
                    rep.error(where, f"bad choice {p!r}")
                    return None
                alts = p[1:-1].split("|")
                if len(alts) < 2:
                    rep.error(where, f"choice with one alternative {p!r}")
                    return None
                seen = set()
                for a in alts:
                    msg = check_phrase(a)
                    if msg:
                        rep.error(where, f"choice {p!r}: {msg}")
                        return None
                    key = " ".join(a.lower().split())
                    if key in seen:
                        rep.warn(where, f"choice {p!r} repeats {a.strip()!r}")
                    seen.add(key)
                elements.append(p)
            else:
                if not WORD_RE.match(p):
                    rep.error(where, f"bad pattern word {p!r}")
                    return None
                elements.append(p.lower())
    stars = elements.count("*")
    if stars != 1:
        rep.error(where, f"pattern needs exactly one '*', has {stars}: {text!r}")
        return None
    for sym in ("$", "+"):
        if elements.count(sym) > 1:
            rep.error(where, f"pattern has more than one {sym!r}: {text!r}")
            return None
    parse_pattern.last_joins = joins
    return elements


def check_code(code, where, rep, codes):
    """Returns the list of codes the pattern produces ([] for ---)."""
    if code == "---":
        return []
    # "057+0871": a second event of each pair; "042:043": the reverse pair.
    if "+" in code and ":" in code:
        rep.error(where, f"bad code {code!r} (a pair takes no second code)")
        return None
    parts = code.split("+") if "+" in code else code.split(":")
    if len(parts) > 2:
        rep.error(where, f"bad code {code!r}")
        return None
    for p in parts:
        if not CODE_RE.match(p):
            rep.error(where, f"bad code {code!r}")
            return None
        if codes is not None and p not in codes:
            rep.error(where, f"unknown CAMEO code {p!r}")
            return None
    return parts


def regular_forms(lemma):
    """Approximation of the engine's regular inflection (for collision checks
    and --try): -s/-es/-ies, -ed/-d/-ied, -ing with e-drop; a final
    consonant after a single vowel is doubled in one-syllable verbs (ban ->
    banned) and generated both ways in longer ones (commit -> committed and
    commited)."""
    words = lemma.split()
    head, rest = words[0], words[1:]
    forms = {head}
    vowels = "aeiou"
    if re.search(r"(s|x|z|ch|sh|o)$", head):
        forms.add(head + "es")
    elif re.search(r"[^aeiou]y$", head):
        forms.add(head[:-1] + "ies")
    else:
        forms.add(head + "s")
    if head.endswith("e"):
        forms.add(head + "d")
        forms.add(head + "ing" if head.endswith(("ee", "ye", "oe")) else head[:-1] + "ing")
    elif re.search(r"[^aeiou]y$", head):
        forms.add(head[:-1] + "ied")
        forms.add(head + "ing")
    else:
        cvc = re.search(r"(^|[^aeiou])[aeiou][^aeiouwxy]$", head)
        syllables = len(re.findall(r"[aeiouy]+", head))
        if cvc and syllables == 1:
            forms.update({head + head[-1] + "ed", head + head[-1] + "ing"})
        else:
            forms.update({head + "ed", head + "ing"})
            if cvc:
                forms.update({head + head[-1] + "ed", head + head[-1] + "ing"})
    return {" ".join([f] + rest) for f in forms}


class Block:
    def __init__(self, path, line):
        self.path = path
        self.line = line
        self.verbs = []  # (lemma, forms, line)
        self.patterns = []  # (codes, elements, line)
        self.keys = {}
        self.tried = []  # (code, produced, elements, line, joins) for --try


def parse_file(path, rep, codes, sets, set_uses, blocks, lemmas):
    name = os.path.basename(path)
    cur = None
    in_patterns = False
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, raw in enumerate(lines, 1):
        where = f"{name}:{n}"
        line = strip_comment(raw).strip()
        if not line:
            continue
        head = line.split(None, 1)[0]
        if head == "set":
            m = re.match(r"^set\s+(\S+)\s*=\s*(.*)$", line)
            if not m:
                rep.error(where, "malformed set line")
                continue
            sname, body = m.group(1), m.group(2)
            if not SET_NAME_RE.match(sname):
                rep.error(where, f"bad set name {sname!r}")
                continue
            if sname in sets:
                rep.error(where, f"set {sname!r} already defined at {sets[sname][0]}")
                continue
            members = [m.strip() for m in body.split(";")]
            if any(not m for m in members):
                rep.error(where, f"set {sname!r} has an empty member")
                continue
            seen = set()
            ok = True
            for mem in members:
                msg = check_phrase(mem)
                if msg:
                    rep.error(where, f"set {sname!r}: {msg}")
                    ok = False
                key = " ".join(mem.lower().split())
                if key in seen:
                    rep.warn(where, f"set {sname!r} repeats {mem!r}")
                seen.add(key)
            if ok:
                sets[sname] = (where, members)
            continue
        if head == "verb":
            body = line[4:].strip()
            if "|" in body:
                lemma, forms_s = body.split("|", 1)
            else:
                lemma, forms_s = body, ""
            lemma = " ".join(lemma.split()).lower()
            if not lemma or check_phrase(lemma):
                rep.error(where, f"bad verb lemma {lemma!r}")
                continue
            multi = " " in lemma
            forms_s = forms_s.strip()
            if forms_s:
                if ";" in forms_s or multi:
                    forms = [" ".join(x.split()).lower() for x in forms_s.split(";")]
                else:
                    forms = [x.lower() for x in forms_s.split()]
                if any(not f for f in forms):
                    rep.error(where, "empty irregular form")
                    continue
                if multi:
                    nw = len(lemma.split())
                    for fm in forms:
                        if len(fm.split()) != nw:
                            rep.warn(
                                where,
                                f"form {fm!r} of multi-word verb {lemma!r} has "
                                f"{len(fm.split())} words (separate multi-word forms with ';')",
                            )
                for fm in forms:
                    if check_phrase(fm):
                        rep.error(where, f"bad form {fm!r}")
            else:
                forms = []
            if lemma in lemmas:
                rep.error(where, f"verb {lemma!r} already defined at {lemmas[lemma]}")
                continue
            lemmas[lemma] = where
            if cur is None or in_patterns:
                cur = Block(name, n)
                blocks.append(cur)
                in_patterns = False
            cur.verbs.append((lemma, forms, n))
            continue
        # pattern line
        if cur is None:
            rep.error(where, "pattern before any verb line")
            continue
        parts = line.split(None, 1)
        if len(parts) < 2:
            rep.error(where, f"pattern line without a pattern: {line!r}")
            continue
        code, ptext = parts
        produced = check_code(code, where, rep, codes)
        if produced is None:
            continue
        elements = parse_pattern(ptext, where, rep, set_uses)
        if elements is None:
            continue
        key = " ".join(elements).lower()
        if key in cur.keys:
            rep.error(where, f"duplicate pattern {ptext!r} (first at line {cur.keys[key]})")
            continue
        cur.keys[key] = n
        cur.patterns.append((code, produced, elements, n))
        cur.tried.append((code, produced, elements, n, parse_pattern.last_joins))
        in_patterns = True


# ---------------------------------------------------------------------------
# --try: rough matcher

TOKEN_RE = re.compile(r"(?:[a-z]\.){2,}|\d+(?:[.,]\d+)*[a-z]*|[\w]+(?:'[\w]+)*|'s\b|\S", re.UNICODE)


def fold(text):
    text = text.replace("\u2019", "'")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(fold(text)):
        t = m.group(0)
        # split a possessive 's glued to its word
        if t.endswith("'s") and len(t) > 2 and "'" not in t[:-2]:
            out.extend([t[:-2], "'s"])
        else:
            out.append(t)
    return out


def word_ok(pat, tok):
    if pat.endswith("~"):
        return tok.startswith(pat[:-1])
    return tok == pat


def phrase_at(words, toks, pos):
    """End position if the phrase (list of pattern words) matches at pos."""
    if pos + len(words) > len(toks):
        return None
    for k, w in enumerate(words):
        if not word_ok(w, toks[pos + k]):
            return None
    return pos + len(words)


def pattern_words(phrase):
    """Tokens of a pattern phrase, keeping a final `~` (prefix) on its word."""
    out = []
    for w in phrase.split():
        if w.endswith("~"):
            toks = tokens(w[:-1])
            out.extend(toks[:-1] + [toks[-1] + "~"])
        else:
            out.extend(tokens(w))
    return out


def alternatives(el, sets):
    if el.startswith("{"):
        return [pattern_words(a) for a in el[1:-1].split("|")]
    if el.startswith("&"):
        return [pattern_words(m) for m in sets.get(el[1:], (None, []))[1]]
    return [pattern_words(el)]


def match_pattern(elements, joins, toks, vstart, vend, sets):
    """joins[k] is true when element k must start where element k-1 ended."""
    star = elements.index("*")

    def rec(k, pos):
        if k == len(elements):
            return True
        el = elements[k]
        if el in ("+", "$"):
            return rec(k + 1, pos)
        if el == "*":
            if vstart < pos or (joins[k] and vstart != pos):
                return False
            return rec(k + 1, vend)
        starts = [pos] if joins[k] else range(pos, len(toks))
        if el.startswith(">="):
            n = int(el[2:])
            counts = {"hundreds": 200, "thousands": 2000}
            for st in starts:
                if st >= len(toks) or (k < star and st + 1 > vstart):
                    continue
                w = toks[st].replace(",", "")
                c = counts.get(w, int(w) if w.isdigit() else None)
                if c is not None and c >= n and rec(k + 1, st + 1):
                    return True
            return False
        for st in starts:
            for alt in alternatives(el, sets):
                end = phrase_at(alt, toks, st)
                if end is None or (k < star and end > vstart):
                    continue
                if rec(k + 1, end):
                    return True
        return False

    return rec(0, 0)


def try_sentences(sentences, blocks, sets):
    index = {}
    for b in blocks:
        for lemma, forms, n in b.verbs:
            for fm in regular_forms(lemma) | set(forms) | {lemma}:
                index.setdefault(tuple(tokens(fm)), []).append((b, lemma))
    longest = max(len(k) for k in index)
    for sent in sentences:
        toks = tokens(sent)
        print(f"\n> {sent}")
        i = 0
        found = False
        while i < len(toks):
            hit = None
            for L in range(min(longest, len(toks) - i), 0, -1):
                if tuple(toks[i:i + L]) in index:
                    hit = (L, index[tuple(toks[i:i + L])])
                    break
            if not hit:
                i += 1
                continue
            L, owners = hit
            found = True
            for b, lemma in owners:
                best = None
                for code, produced, elements, n, joins in b.tried:
                    if match_pattern(elements, joins, toks, i, i + L, sets):
                        spec = sum(1 for e in elements if e not in ("*", "+", "$"))
                        if best is None or spec > best[0]:
                            best = (spec, code, n, elements)
                where = f"{b.path}:{best[2]}" if best else "-"
                what = f"{best[1]:9} {' '.join(best[3])}" if best else "(no pattern)"
                print(f"  {' '.join(toks[i:i + L]):22} [{lemma}] {what}   {where}")
            i += L
        if not found:
            print("  (no dictionary verb)")


def root_of(code):
    return code[:2]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="verb files (default data/verbs/*.txt)")
    ap.add_argument("--codes", help="CAMEO code table (first column = code)")
    ap.add_argument("-q", "--quiet", action="store_true", help="errors and summary only")
    ap.add_argument("--try", dest="tries", action="append", default=[], metavar="SENTENCE",
                    help="show the verbs and patterns a sentence would fire (rough)")
    args = ap.parse_args()

    files = args.files or sorted(glob.glob(os.path.join(REPO, "data", "verbs", "*.txt")))
    if not files:
        print("no verb files found", file=sys.stderr)
        return 1

    codes_path = args.codes or next(
        (p for p in (SHARED_CODES, LOCAL_CODES) if os.path.exists(p)), None
    )
    codes = load_codes(codes_path) if codes_path else None

    rep = Report()
    sets, set_uses, blocks, lemmas = {}, [], [], {}
    for path in files:
        parse_file(path, rep, codes, sets, set_uses, blocks, lemmas)

    used_sets = set()
    for name, where in set_uses:
        used_sets.add(name)
        if name not in sets:
            rep.error(where, f"set &{name} is not defined")
    for name, (where, _) in sets.items():
        if name not in used_sets:
            rep.warn(where, f"set {name!r} is never used")

    for b in blocks:
        if not b.patterns:
            rep.error(f"{b.path}:{b.line}", "verb block has no pattern")

    # Forms that two blocks share make the engine's choice of block arbitrary.
    form_owner = {}
    for b in blocks:
        for lemma, forms, n in b.verbs:
            allf = regular_forms(lemma) | set(forms) | {lemma}
            for fm in allf:
                prev = form_owner.get(fm)
                if prev and prev[0] is not b:
                    rep.warn(
                        f"{b.path}:{n}",
                        f"form {fm!r} of {lemma!r} also belongs to {prev[1]!r} ({prev[0].path}:{prev[2]})",
                    )
                else:
                    form_owner[fm] = (b, lemma, n)

    if args.tries:
        for m in rep.errors:
            print(m, file=sys.stderr)
        try_sentences(args.tries, blocks, sets)
        return 1 if rep.errors else 0

    for m in rep.errors:
        print(m, file=sys.stderr)
    if not args.quiet:
        for m in rep.warnings:
            print(m, file=sys.stderr)

    # ---- counts
    per_file = defaultdict(lambda: [0, 0, 0, 0])  # blocks, verbs, forms, patterns
    per_code = Counter()
    per_root = Counter()
    defaults = 0
    blocking = 0
    guards = 0
    total_forms = 0
    for b in blocks:
        pf = per_file[b.path]
        pf[0] += 1
        for lemma, forms, n in b.verbs:
            nf = len(regular_forms(lemma) | set(forms) | {lemma})
            pf[1] += 1
            pf[2] += nf
            total_forms += nf
        for code, produced, elements, n in b.patterns:
            pf[3] += 1
            if not produced:
                blocking += 1
                if elements[-1] == "*" and len(elements) == 2 and elements[0].startswith("&"):
                    guards += 1
                per_code["---"] += 1
                continue
            if elements == ["*"]:
                defaults += 1
            for c in sorted(set(produced)):
                per_code[c] += 1
                per_root[root_of(c)] += 1

    print(f"files: {len(per_file)}  blocks: {len(blocks)}  verbs: {len(lemmas)}  "
          f"forms: {total_forms}  patterns: {sum(v[3] for v in per_file.values())}  "
          f"(defaults {defaults}, '---' {blocking} of which noun guards {guards})  "
          f"sets: {len(sets)}")
    print(f"code table: {codes_path or 'none (codes not validated)'}")
    print()
    print(f"{'file':28} {'blocks':>6} {'verbs':>6} {'forms':>6} {'patterns':>8}")
    for path in sorted(per_file):
        b, v, fo, p = per_file[path]
        print(f"{path:28} {b:6} {v:6} {fo:6} {p:8}")
    print()
    print("patterns producing each root (a pair counts for both its codes):")
    for r in sorted(per_root):
        print(f"  {r}: {per_root[r]}")
    print()
    print("patterns per code:")
    fam = defaultdict(list)
    for c in per_code:
        if c == "---":
            continue
        fam[c[:3]].append(c)
    line = []
    for f3 in sorted(fam):
        for c in sorted(fam[f3], key=lambda x: (len(x), x)):
            line.append(f"{c}:{per_code[c]}")
    for i in range(0, len(line), 10):
        print("  " + "  ".join(line[i:i + 10]))
    print(f"  ---:{per_code['---']}")
    if codes is not None:
        three = sorted(c for c in codes if len(c) == 3)
        covered = {c[:3] for c in per_code if c != "---"}
        missing = [c for c in three if c not in covered]
        print()
        print(f"3-digit codes with no pattern (counting their 4-digit children): "
              f"{len(missing)} of {len(three)}")
        if missing:
            print("  " + " ".join(missing))
        exact_missing = [c for c in sorted(codes) if len(c) >= 3 and c not in per_code]
        print(f"codes (3/4-digit) never produced exactly: {len(exact_missing)} of "
              f"{sum(1 for c in codes if len(c) >= 3)}")
        if exact_missing:
            for i in range(0, len(exact_missing), 16):
                print("  " + " ".join(exact_missing[i:i + 16]))
    print()
    print(f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into head & co.
        sys.exit(0)
