#!/usr/bin/env python3
"""Validate data/cameo/codes.tsv and data/actors/agents.txt; print counts.

Takes: the repository root (default: the parent of this script's folder) and,
optionally, GDELT's Goldstein table to compare against (--goldstein PATH; by
default /work/shared/lookups/CAMEO.goldsteinscale.txt when it exists, else that
comparison is skipped).
Gives: one line per problem (file:line: message) on stderr, counts on stdout,
exit status 1 when any problem was found, 0 otherwise.
Invariants it enforces are the formats of docs/dictionaries.md plus the
decisions written down in data/cameo/README.md. Python 3 standard library only.
"""

import argparse
import collections
import os
import re
import sys

HEADER = ["code", "goldstein", "quad", "plover", "intent", "name", "plover_mode", "reciprocal"]

PLOVER = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
]
# NONE marks the CAMEO 01 codes, which PLOVER drops.
PLOVER_VALUES = set(PLOVER) | {"NONE"}

# The mode vocabulary each PLOVER category allows (see data/cameo/README.md for
# where each list comes from). A category absent here takes no mode.
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "AID": {"economic", "military", "humanitarian", "asylum"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "ban", "censor", "curfew", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone",
                "heavy-weapons", "crowd-control", "cleansing", "massacre", "unconventional"},
}

# CAMEO role codes an agent noun may carry (CAMEO actor codebook).
ROLES = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS",
    "CRM", "CVL", "LAB", "LEG", "HLH", "HRI", "REF", "REL", "ELI", "UAF", "INS",
    "SEP", "MOD", "RAD", "AGR", "ENV", "DEV", "NGO", "IGO", "SET", "IMG", "AMN",
}

# The role table of docs/dictionaries.md ("Role codes for the common agent
# nouns"): every surface form the coding cases rely on, with the roles it must
# resolve to. Kept in step with that table by hand.
CONTRACT = {
    "GOV": ["government", "regime", "administration", "cabinet", "authorities", "president",
            "prime minister", "premier", "minister", "ministry", "foreign minister",
            "foreign ministry", "official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "diplomat", "ambassador", "envoy", "delegation", "leader", "king",
            "head of state", "junta"],
    "GOV MIL": ["defence minister", "defense minister", "defence ministry", "defense ministry",
                "defence officials", "defense officials", "defence department",
                "defense department"],
    "MIL": ["army", "military", "armed forces", "troops", "soldiers", "forces", "navy",
            "air force", "general", "commander", "military leaders", "militaries"],
    "COP": ["police", "policemen", "police officers", "security forces"],
    "JUD": ["court", "judge", "prosecutor", "supreme court", "judiciary"],
    "LEG": ["parliament", "lawmakers", "legislators", "senate", "senators", "congress", "mps",
            "national assembly"],
    "OPP": ["opposition", "opposition party", "protesters", "demonstrators", "dissidents"],
    "PTY": ["party", "ruling party"],
    "REB": ["rebels", "insurgents", "rebel group", "militia"],
    "UAF": ["gunmen", "militants", "armed men", "attackers"],
    "BUS": ["business", "company", "firms", "businessmen", "investors", "companies"],
    "MED": ["media", "journalists", "reporters", "newspaper", "broadcaster"],
    "CVL": ["civilians", "residents", "villagers", "people", "citizens"],
    "EDU": ["students", "university", "teachers"],
    "LAB": ["workers", "trade unions", "union"],
    "REF": ["refugees", "migrants", "displaced people"],
    "HLH": ["doctors", "hospital"],
    "GOV HLH": ["health ministry"],
    "NGO": ["aid group", "charity", "non-governmental organisation"],
    "SPY": ["intelligence agency", "spies", "intelligence service"],
    "REL": ["clergy", "church", "imam", "bishop", "cleric"],
    "CRM": ["criminals", "gang", "smugglers", "traffickers"],
    "": ["capital"],
}

DEFAULT_GOLDSTEIN = "/work/shared/lookups/CAMEO.goldsteinscale.txt"


class Report:
    def __init__(self):
        self.problems = 0

    def error(self, where, msg):
        self.problems += 1
        print(f"{where}: {msg}", file=sys.stderr)


def quad_of(code):
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


def check_codes(path, goldstein_path, rep):
    rows = {}
    order = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        rep.error(path, "empty file")
        return None
    if lines[0].split("\t") != HEADER:
        rep.error(f"{path}:1", f"header must be {HEADER}, got {lines[0].split(chr(9))}")
    for n, line in enumerate(lines[1:], start=2):
        where = f"{path}:{n}"
        # Trailing tabs are significant (an empty plover_mode), so no strip().
        f_ = line.split("\t")
        if len(f_) != len(HEADER):
            rep.error(where, f"{len(f_)} fields, want {len(HEADER)}")
            continue
        code, gold, quad, plover, intent, name, mode, reciprocal = f_
        if reciprocal not in ("", "yes"):
            rep.error(where, f"reciprocal must be 'yes' or empty, got {reciprocal!r}")
        if not re.fullmatch(r"\d{2,4}", code) or quad_of(code) is None:
            rep.error(where, f"bad code {code!r}")
            continue
        if code in rows:
            rep.error(where, f"duplicate code {code}")
            continue
        try:
            g = float(gold)
            if not -10.0 <= g <= 10.0:
                rep.error(where, f"goldstein {gold} out of -10..10")
        except ValueError:
            rep.error(where, f"goldstein {gold!r} is not a number")
        if quad != str(quad_of(code)):
            rep.error(where, f"quad {quad} but root {code[:2]} is quad {quad_of(code)}")
        if plover not in PLOVER_VALUES:
            rep.error(where, f"unknown PLOVER category {plover!r}")
        if not name.strip() or name != name.strip():
            rep.error(where, "name empty or padded")
        if mode:
            allowed = MODES.get(plover)
            if allowed is None:
                rep.error(where, f"{plover} takes no mode, got {mode!r}")
            elif mode not in allowed:
                rep.error(where, f"mode {mode!r} is not among the {plover} modes")
        rows[code] = dict(gold=gold, quad=quad, plover=plover, intent=intent, name=name,
                          mode=mode, line=n)
        order.append(code)

    # Hierarchy: every code's parent is in the table.
    for code in order:
        parent = code[:-1] if len(code) > 2 else None
        if parent and parent not in rows:
            rep.error(f"{path}:{rows[code]['line']}", f"parent {parent} of {code} missing")

    # Intent: "-" or an existing code; the intent code itself says something
    # about the future (03 cooperative intent, 13 threat) and has no intent of
    # its own, so applying it twice is harmless.
    for code in order:
        r = rows[code]
        where = f"{path}:{r['line']}"
        it = r["intent"]
        if it == "-":
            continue
        if it not in rows:
            rep.error(where, f"intent {it} is not a code in the table")
            continue
        if it[:2] not in ("03", "13"):
            rep.error(where, f"intent {it} is neither an 03 nor a 13 code")
        if rows[it]["intent"] != "-":
            rep.error(where, f"intent {it} has an intent of its own")
        if code[:2] in ("03", "13"):
            rep.error(where, "an intent code cannot have an intent")
        if code[:2] <= "08" and it[:2] != "03":
            rep.error(where, f"cooperative code maps to non-03 intent {it}")
        if code[:2] >= "14" and it[:2] != "13":
            rep.error(where, f"material conflict code maps to non-13 intent {it}")

    # GDELT's table: same codes, same values, same order.
    if goldstein_path and os.path.exists(goldstein_path):
        ref = []
        with open(goldstein_path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                line = line.rstrip("\r\n")
                if i == 0 or not line.strip():
                    continue
                c, v = line.split("\t")
                ref.append((c, v))
        ref_codes = [c for c, _ in ref]
        if ref_codes != order:
            missing = sorted(set(ref_codes) - set(order))
            extra = sorted(set(order) - set(ref_codes))
            rep.error(path, f"codes differ from {goldstein_path}: missing {missing}, extra {extra}"
                      if missing or extra else f"code order differs from {goldstein_path}")
        for c, v in ref:
            if c in rows and rows[c]["gold"] != v:
                rep.error(f"{path}:{rows[c]['line']}", f"goldstein {rows[c]['gold']} != GDELT {v}")
        print(f"codes.tsv: compared with {goldstein_path} ({len(ref)} codes)")
    else:
        print("codes.tsv: GDELT Goldstein table not found, comparison skipped")

    by_quad = collections.Counter(rows[c]["quad"] for c in order)
    by_plover = collections.Counter(rows[c]["plover"] for c in order)
    n_intent = sum(1 for c in order if rows[c]["intent"] != "-")
    n_mode = sum(1 for c in order if rows[c]["mode"])
    print(f"codes.tsv: {len(order)} codes ({sum(1 for c in order if len(c) == 2)} roots, "
          f"{sum(1 for c in order if len(c) == 3)} three-digit, "
          f"{sum(1 for c in order if len(c) == 4)} four-digit)")
    print("  by quad: " + ", ".join(f"{q}: {by_quad[q]}" for q in sorted(by_quad)))
    print("  by PLOVER: " + ", ".join(f"{p} {by_plover[p]}" for p in PLOVER + ["NONE"]))
    print(f"  with an intent counterpart: {n_intent}; with a PLOVER mode: {n_mode}")
    return rows


def normalize(phrase):
    """Lower-cases and splits a phrase the way the tokenizer does for the
    characters agent nouns use: hyphens and apostrophes are tokens of their own."""
    p = phrase.lower().replace("\u2019", "'")
    p = re.sub(r"([-'])", r" \1 ", p)
    return " ".join(p.split())


def regular_plural(phrase):
    words = phrase.split(" ")
    w = words[-1]
    if re.search(r"(s|x|z|ch|sh)$", w):
        w += "es"
    elif re.search(r"[^aeiou]y$", w):
        w = w[:-1] + "ies"
    else:
        w += "s"
    return " ".join(words[:-1] + [w])


def check_agents(path, rep):
    entries = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            where = f"{path}:{n}"
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 3:
                rep.error(where, f"{len(parts)} fields, want 3 (noun | ROLES | plurals)")
                continue
            noun, roles, plurals = parts
            if not noun:
                rep.error(where, "empty noun")
                continue
            role_list = roles.split()
            bad = [r for r in role_list if r not in ROLES]
            if bad:
                rep.error(where, f"unknown role code(s) {bad}")
            if len(set(role_list)) != len(role_list):
                rep.error(where, "role repeated")
            if plurals == "-":
                forms_pl = []
            elif plurals == "":
                forms_pl = [regular_plural(normalize(noun))]
            else:
                forms_pl = [normalize(p) for p in plurals.split(";")]
                if any(not p for p in forms_pl):
                    rep.error(where, "empty plural in list")
                if regular_plural(normalize(noun)) in forms_pl and len(forms_pl) == 1:
                    rep.error(where, "listed plural is the regular one: leave the field empty")
            entries.append(dict(noun=noun, key=normalize(noun), roles=" ".join(role_list),
                                forms=[normalize(noun)] + forms_pl, line=n))

    seen_noun = {}
    unique = []
    for e in entries:
        if e["key"] in seen_noun:
            rep.error(f"{path}:{e['line']}",
                      f"duplicate noun {e['noun']!r} (first at line {seen_noun[e['key']]})")
        else:
            seen_noun[e["key"]] = e["line"]
            unique.append(e)
    # A plural of one entry must not be (or be a plural of) another entry:
    # the loader could not tell which roles the form carries.
    form_owner = {}
    for e in unique:
        for form in e["forms"]:
            other = form_owner.get(form)
            if other is not None and other is not e:
                rep.error(f"{path}:{e['line']}",
                          f"form {form!r} of {e['noun']!r} is also a form of "
                          f"{other['noun']!r} (line {other['line']})")
            else:
                form_owner[form] = e

    for roles, forms in CONTRACT.items():
        for form in forms:
            e = form_owner.get(normalize(form))
            if e is None:
                rep.error(path, f"contract noun {form!r} ({roles or 'country'}) is missing")
            elif e["roles"] != roles:
                rep.error(f"{path}:{e['line']}",
                          f"contract noun {form!r} must be {roles or 'empty'}, is {e['roles'] or 'empty'}")

    by_role = collections.Counter(e["roles"].split(" ")[0] if e["roles"] else "(country)"
                                  for e in entries)
    print(f"agents.txt: {len(entries)} nouns, {len(form_owner)} surface forms "
          f"({sum(1 for e in entries if ' ' in e['key'])} multiword, "
          f"{sum(1 for e in entries if len(e['roles'].split()) > 1)} with two roles)")
    print("  by first role: " + ", ".join(f"{r} {c}" for r, c in sorted(by_role.items(),
                                                                          key=lambda x: (-x[1], x[0]))))
    print(f"  contract nouns checked: {sum(len(v) for v in CONTRACT.values())}")
    return entries


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.dirname(here), help="repository root")
    ap.add_argument("--goldstein", default=DEFAULT_GOLDSTEIN,
                    help="GDELT CAMEO.goldsteinscale.txt to compare against ('' to skip)")
    args = ap.parse_args()
    rep = Report()
    codes = os.path.join(args.root, "data", "cameo", "codes.tsv")
    agents = os.path.join(args.root, "data", "actors", "agents.txt")
    for p in (codes, agents):
        if not os.path.exists(p):
            rep.error(p, "missing")
    if os.path.exists(codes):
        check_codes(codes, args.goldstein, rep)
    if os.path.exists(agents):
        check_agents(agents, rep)
    if rep.problems:
        print(f"{rep.problems} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
