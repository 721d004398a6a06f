#!/usr/bin/env python3
"""Validate Dateline's actor dictionaries and print what they hold.

Takes the files under data/actors/ (countries, cities, regions,
organizations, people; formats in docs/dictionaries.md) and checks what the Rust loader
would otherwise only find one line at a time:

- every line has its format's field count and each code its CAMEO shape;
- country, region and ISO2/FIPS codes are unique, and no region code is also
  a country code (CAF is the Central African Republic, so Central Africa is
  CFR);
- every group code used in countries.txt is defined in regions.txt;
- no phrase (name, adjective, capital, seat) belongs to two entries, or
  twice to one field of an entry, after the engine's own normalisation: tokenised as
  src/sentence/tokenize.rs does, lower-cased, accents folded, curly
  apostrophes straightened. "Côte d'Ivoire" and "Cote d'Ivoire" are the
  same phrase; "U.S." and "US" are not;
- organisation and people codes start with a known country, region or CAMEO
  international prefix; people's dates are ISO and ordered; no line is
  repeated; one name's periods under one code do not overlap (a hand-over
  day may close one and open the next), and under two codes they do not
  share even a day, since the engine could not tell which code applies;
  no person's name is also the name, adjective, capital or seat of a
  country, region or organisation, a place of places.txt or an agent noun
  of agents.txt; no name is a bare surname too common to stand for one
  person (Kim, Lee, Khan ...).

Warnings (not errors) flag single-token phrases that equal a common English
word once lower-cased ("US" = "us"), since matching is case-insensitive; a
person's line with a government code and no start date; and a name with
terms under several codes whose first line is not its latest term (a text
without a date takes the first line that matches).

Usage: scripts/check_actor_data.py [DATA_DIR]   (default: data/actors next
to this script's parent). Exit status 1 if any error was found. Python 3
standard library only.
"""

import datetime
import os
import re
import sys
import unicodedata

# CAMEO's first-segment codes for actors that are not states or regions:
# intergovernmental and non-governmental organisations, multinationals,
# international militarised groups, and the bare role codes that can stand
# alone ("a role with no country in sight codes as the role alone").
INTERNATIONAL_PREFIXES = {"IGO", "NGO", "MNC", "IMG", "NGM", "UIS"}
ROLE_CODES = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "UAF", "BUS",
    "MED", "CVL", "EDU", "LAB", "REF", "HLH", "NGO", "SPY", "REL", "CRM",
    "ELI", "INS", "SEP", "AGR", "DEV", "ENV", "HRI", "MOD", "RAD", "IGO",
}

# Lower-cased single tokens that are ordinary English words: an all-capital
# abbreviation equal to one of them matches that word too.
COMMON_WORDS = set(
    """a about after all also am an and any are as at be been but by can car
    could did do for from go had has have he her him his how i if in into is
    it its may me more most my new no not now of on one or our out over said
    say she so than that the their them then there these they this to up us
    was we were what when which who will with would you aid arm arms art
    bar bat bed bet big bit box boy bus cat cut day die dog due end eye fan
    far few fit fly fun gap gas get god gun guy hat hit hot ice ill job key
    kid law lay led leg let lie lot low man map men mid mix net nor odd off
    oil old own pay per pet pin pit pop pot put ran raw red rid run sad sat
    saw sea see set sex sit six sky son sun tax ten tie tip top toy try two
    use van war way web wet win won yes yet""".split()
)

APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}


# ---------------------------------------------------------------- tokens

def _is_word_char(c):
    return c.isalnum()


def _acronym_end(s, i):
    """End of a U.S.-style acronym starting at i, or None (tokenize.rs)."""
    if i > 0 and s[i - 1].isascii() and s[i - 1].isalnum():
        return None
    j, letters = i, 0
    while (
        j + 1 < len(s)
        and s[j].isascii()
        and s[j].isalpha()
        and s[j + 1] == "."
    ):
        letters += 1
        j += 2
    if letters >= 2 and (j >= len(s) or not (s[j].isascii() and s[j].isalnum())):
        return j
    return None


def tokenize(s):
    """Token texts of s, splitting as src/sentence/tokenize.rs does."""
    s = "".join(APOSTROPHES.get(c, c) for c in s)
    out = []  # list of (text, kind, end)
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        end = _acronym_end(s, i)
        if end is not None:
            out.append((s[i:end], "word", end))
            i = end
            continue
        if c.isascii() and c.isdigit():
            j = i + 1
            while j < n:
                if s[j].isascii() and s[j].isdigit():
                    j += 1
                elif (
                    s[j] in ",."
                    and j + 1 < n
                    and s[j + 1].isascii()
                    and s[j + 1].isdigit()
                    and s[j - 1].isascii()
                    and s[j - 1].isdigit()
                ):
                    j += 2
                else:
                    break
            while j < n and s[j].isalpha():
                j += 1
            out.append((s[i:j], "number", j))
            i = j
            continue
        if _is_word_char(c):
            j = i + 1
            while j < n:
                if _is_word_char(s[j]):
                    j += 1
                    continue
                if s[j] == "'" and j + 1 < n:
                    e = s[j + 1]
                    after = j + 2
                    clitic_s = e in "sS" and (after >= n or not _is_word_char(s[after]))
                    if _is_word_char(e) and not clitic_s:
                        j += 1
                        continue
                break
            word = s[i:j]
            if len(word) > 3 and word[-3:].lower() == "n't":
                out.append((word[:-3], "word", j - 3))
                out.append((word[-3:], "word", j))
            else:
                out.append((word, "word", j))
            i = j
            continue
        if c == "'" and out and out[-1][2] == i and out[-1][1] == "word":
            k = i + 1
            if k < n and s[k] in "sS" and (k + 1 >= n or not _is_word_char(s[k + 1])):
                out.append((s[i:k + 1], "poss", k + 1))
                i = k + 1
                continue
            prev = out[-1][0]
            next_is_word = k < n and _is_word_char(s[k])
            if prev[-1:] in ("s", "S") and not next_is_word:
                out.append(("'", "poss", k))
                i = k
                continue
        out.append((c, "punct", i + 1))
        i += 1
    return [t[0] for t in out]


def fold(tok):
    """Lower-case and strip accents, as the matcher compares tokens."""
    d = unicodedata.normalize("NFKD", tok)
    return "".join(c for c in d if not unicodedata.combining(c)).lower()


def phrase_key(phrase):
    return tuple(fold(t) for t in tokenize(phrase))


# ---------------------------------------------------------------- reading

class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def read_lines(path, nfields, rep):
    """Yields (where, fields, comment) for each entry line of path.

    A line whose field count is wrong is reported and skipped, as the
    loader does.
    """
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            body, _, comment = raw.partition("#")
            if not body.strip():
                continue
            fields = [x.strip() for x in body.split("|")]
            where = f"{name}:{lineno}"
            if len(fields) != nfields:
                rep.error(where, f"{len(fields)} fields, expected {nfields}")
                continue
            yield where, fields, comment.strip()


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()]


CODE3 = re.compile(r"^[A-Z]{3}$")
CODE2 = re.compile(r"^[A-Z]{2}$")
ACTOR_CODE = re.compile(r"^(?:[A-Z]{3})+$")


class PhraseIndex:
    """Every phrase of every entry, to catch a phrase given to two entries."""

    def __init__(self, rep):
        self.rep = rep
        self.owner = {}  # key -> (entry label, field, where, phrase)

    def add(self, key_label, field, phrase, where):
        key = phrase_key(phrase)
        if not key:
            self.rep.error(where, f"{field} {phrase!r} has no tokens")
            return
        prev = self.owner.get(key)
        if prev is not None:
            plabel, pfield, pwhere, pphrase = prev
            if plabel == key_label:
                # A name that also serves as the entry's adjective ("UN" in
                # "UN envoy") is how docs/dictionaries.md lists it; the same
                # phrase twice in one field is a slip.
                if pfield == field:
                    self.rep.error(
                        where,
                        f"{field} {phrase!r} repeats {pphrase!r} in the same entry",
                    )
            else:
                self.rep.error(
                    where,
                    f"{field} {phrase!r} already belongs to {plabel} "
                    f"({pfield} {pphrase!r} at {pwhere})",
                )
            return
        self.owner[key] = (key_label, field, where, phrase)
        if len(key) == 1 and key[0] in COMMON_WORDS:
            self.rep.warn(
                where,
                f"{field} {phrase!r} equals the English word {key[0]!r} "
                "when matched case-insensitively",
            )


def check_regions(path, rep, index):
    regions = {}
    for where, f, _ in read_lines(path, 3, rep):
        code, names, adjs = f
        if not CODE3.match(code):
            rep.error(where, f"region code {code!r} is not three capitals")
            continue
        if code in regions:
            rep.error(where, f"region {code} defined twice")
            continue
        names_l, adjs_l = split_list(names), split_list(adjs)
        if not names_l:
            rep.error(where, f"region {code} has no names")
        for p in names_l:
            index.add(f"region {code}", "name", p, where)
        for p in adjs_l:
            index.add(f"region {code}", "adjective", p, where)
        regions[code] = {"names": names_l, "adjectives": adjs_l}
    return regions


_DATED = re.compile(r"(.*?)\s*\[([0-9-]*)\.\.([0-9-]*)\]")


def dated_item(p, where, rep, dated, code):
    """A list item with its optional dates ("Moscow [..1991-12-25]"):
    returns the phrase, and records its span in `dated` (phrase key ->
    {(from, to, code, where)})."""
    m = _DATED.fullmatch(p)
    if not m:
        if "[" in p:
            rep.error(where, f"{p!r}: a date range is written [FROM..TO]")
        return p
    name, a, b = m.group(1), m.group(2), m.group(3)
    if (a and parse_date(a) is None) or (b and parse_date(b) is None):
        rep.error(where, f"{p!r}: dates are ISO (YYYY-MM-DD)")
    dated.setdefault(phrase_key(name), set()).add((a or "0000", b or "9999", code, where))
    return name


def check_dated_overlaps(dated, rep):
    """A dated phrase may name other entries only over other dates."""
    for key, spans in dated.items():
        spans = sorted(spans)
        for (a1, b1, c1, w1), (a2, b2, c2, w2) in zip(spans, spans[1:]):
            if c1 != c2 and a2 <= b1:
                rep.error(w2, f"{' '.join(key)!r} names {c1} ({w1}) and {c2} over the same dates")


def check_countries(path, rep, index, regions):
    countries = {}
    iso2_seen, fips_seen = {}, {}
    used_groups = set()
    dated = {}
    for where, f, _ in read_lines(path, 8, rep):
        code, iso2, fips, names, adjs, caps, seats, groups = f
        if not CODE3.match(code):
            rep.error(where, f"country code {code!r} is not three capitals")
            continue
        if code in countries:
            rep.error(where, f"country {code} defined twice")
            continue
        if code in regions:
            rep.error(where, f"{code} is both a country and a region code")
        for label, val, seen in (("ISO2", iso2, iso2_seen), ("FIPS", fips, fips_seen)):
            if not val:
                continue
            if not CODE2.match(val):
                rep.error(where, f"{label} {val!r} is not two capitals")
            elif val in seen:
                rep.error(where, f"{label} {val} also used by {seen[val]}")
            else:
                seen[val] = code
        entry = {
            "names": split_list(names),
            "adjectives": split_list(adjs),
            "capitals": split_list(caps),
            "seats": split_list(seats),
            "groups": groups.split(),
        }
        # An item may carry the dates it names the country between
        # ("Moscow [..1991-12-25]"); the same phrase may then name another
        # country over other dates.
        for field in ("names", "adjectives", "capitals", "seats"):
            entry[field] = [dated_item(p, where, rep, dated, code) for p in entry[field]]
        if not entry["names"]:
            rep.error(where, f"{code} has no names")
        for field in ("names", "adjectives", "capitals", "seats"):
            for p in entry[field]:
                if phrase_key(p) in dated:
                    continue
                index.add(f"country {code}", field[:-1], p, where)
        for g in entry["groups"]:
            used_groups.add(g)
            if g not in regions:
                rep.error(where, f"{code}: group {g!r} is not defined in regions.txt")
        if len(set(entry["groups"])) != len(entry["groups"]):
            rep.error(where, f"{code}: a group is listed twice")
        countries[code] = entry
    check_dated_overlaps(dated, rep)
    return countries, used_groups


def first_segment_ok(code, countries, regions):
    head = code[:3]
    return head in countries or head in regions or head in INTERNATIONAL_PREFIXES or head in ROLE_CODES


def check_organizations(path, rep, index, countries, regions):
    orgs = []
    org_dated = {}
    for where, f, comment in read_lines(path, 3, rep):
        code, names, adjs = f
        if not ACTOR_CODE.match(code) or len(code) > 15:
            rep.error(where, f"code {code!r} is not 3..15 capitals in 3-letter segments")
            continue
        if not first_segment_ok(code, countries, regions):
            rep.error(where, f"code {code} starts with an unknown segment {code[:3]!r}")
        names_l, adjs_l = split_list(names), split_list(adjs)
        # Dated names ("Taliban [..2021-08-14]"), as in countries.txt; only
        # undated phrases go to the index of unique phrases.
        undated = [p for p in names_l + adjs_l if not _DATED.fullmatch(p)]
        names_l = [dated_item(p, where, rep, org_dated, code) for p in names_l]
        adjs_l = [dated_item(p, where, rep, org_dated, code) for p in adjs_l]
        if not names_l:
            rep.error(where, f"{code} has no names")
        label = f"organisation {code} ({names_l[0] if names_l else '?'})"
        for p in (p for p in names_l if p in undated):
            index.add(label, "name", p, where)
        for p in (p for p in adjs_l if p in undated):
            index.add(label, "adjective", p, where)
        orgs.append(
            {
                "code": code,
                "names": names_l,
                "adjectives": adjs_l,
                "constructed": "constructed" in comment.lower(),
            }
        )
    check_dated_overlaps(org_dated, rep)
    return orgs


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


# Bare surnames (and given names) shared by too many people in the news to
# stand for one of them: a person's line may not consist of one of these.
AMBIGUOUS_SURNAMES = {
    "kim", "lee", "park", "choi", "sharif", "khan", "ali", "singh", "johnson",
    "green", "smith", "brown", "wang", "li", "zhang", "chen", "liu", "mohammed",
    "muhammad", "ahmed", "hassan", "hussein", "abbas", "abdullah", "traore",
    "keita", "diallo", "kaboré", "kabore", "maiga", "sall", "ba", "aoun",
    "hariri", "marcos", "duterte", "castro", "bhutto", "zardari",
    "gandhi", "bush", "clinton", "kennedy", "le pen", "aliyeva",
}
# The exceptions, by name and code: since December 2011 wire copy's bare
# "Kim" is Kim Jong Un (development grids c, e, h, j); a Kim the document
# names in full is remembered before it (issue 4, session of 2026-12-03).
# Bare "Duterte" and "Marcos" are the Philippine president during the terms
# people.txt gives them (2016-22; 1965-86 and from 2022).
DOMINANT_SURNAMES = {("kim", "PRKGOV"), ("duterte", "PHLGOV"), ("marcos", "PHLGOV")}


def read_phrases(path, rep, field_index):
    """Folded phrases of one ;-list field of a |-separated file, if present."""
    phrases = {}
    if not os.path.exists(path):
        return phrases
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            body = raw.split("#", 1)[0].strip()
            if not body:
                continue
            fields = [x.strip() for x in body.split("|")]
            if field_index >= len(fields):
                continue
            for p in split_list(fields[field_index]):
                phrases.setdefault(phrase_key(p), f"{name}:{lineno}")
    return phrases


def check_cities(path, rep, index, countries):
    """cities.txt and gazetteer.txt: `CODE | names`, each a place of a state
    in countries.txt."""
    cities = 0
    if not os.path.exists(path):
        return cities
    for where, f, _ in read_lines(path, 2, rep):
        code, names = f
        if code not in countries:
            rep.error(where, f"city code {code!r} is not a country of countries.txt")
            continue
        names_l = split_list(names)
        if not names_l:
            rep.error(where, f"cities of {code} has no names")
        for p in names_l:
            index.add(f"cities of {code}", "city", p, where)
        cities += len(names_l)
    return cities


def check_people(path, rep, countries, regions, index, places, agents):
    people = []
    periods = {}  # folded name -> [(from, to, code, where)]
    seen_lines = {}  # (folded name, code, from, to) -> where
    for where, f, _ in read_lines(path, 4, rep):
        name, code, dfrom, dto = f
        if not name:
            rep.error(where, "empty name")
            continue
        if not ACTOR_CODE.match(code):
            rep.error(where, f"code {code!r} is not capitals in 3-letter segments")
            continue
        if not first_segment_ok(code, countries, regions):
            rep.error(where, f"code {code} starts with an unknown segment {code[:3]!r}")
        lo = hi = None
        if dfrom:
            lo = parse_date(dfrom)
            if lo is None:
                rep.error(where, f"from {dfrom!r} is not an ISO date")
        elif "GOV" in code[3:]:
            rep.warn(where, f"{name!r} holds a {code} office with no start date")
        if dto:
            hi = parse_date(dto)
            if hi is None:
                rep.error(where, f"to {dto!r} is not an ISO date")
        if lo and hi and hi < lo:
            rep.error(where, f"to {dto} is before from {dfrom}")
        key = phrase_key(name)
        if not key:
            rep.error(where, f"name {name!r} has no tokens")
            continue
        line_key = (key, code, lo, hi)
        if line_key in seen_lines:
            rep.error(where, f"{name!r} repeats the line at {seen_lines[line_key]}")
            continue
        seen_lines[line_key] = where
        if key in index.owner:
            plabel, pfield, pwhere, _ = index.owner[key]
            rep.error(where, f"person {name!r} is also the {pfield} of {plabel} ({pwhere})")
        if key in places:
            rep.error(where, f"person {name!r} is also a place ({places[key]})")
        if key in agents:
            rep.error(where, f"person {name!r} is also an agent noun ({agents[key]})")
        if " ".join(key) in AMBIGUOUS_SURNAMES and (" ".join(key), code) not in DOMINANT_SURNAMES:
            rep.error(where, f"{name!r} alone is shared by too many people to code one")
        elif len(key) == 1 and key[0] in COMMON_WORDS:
            rep.warn(where, f"person {name!r} equals the English word {key[0]!r}")
        a_lo = lo or datetime.date.min
        a_hi = hi or datetime.date.max
        for b_lo, b_hi, b_code, bwhere in periods.get(key, []):
            if b_code == code:
                # Bounds are inclusive; a hand-over day may close one
                # period and open the next under the same code.
                if a_lo < b_hi and b_lo < a_hi:
                    rep.error(where, f"{name!r} overlaps its own {code} period at {bwhere}")
            elif a_lo <= b_hi and b_lo <= a_hi:
                rep.error(
                    where,
                    f"{name!r} is {code} on days it is also {b_code} ({bwhere})",
                )
        periods.setdefault(key, []).append((a_lo, a_hi, code, where))
        people.append({"name": name, "code": code, "from": lo, "to": hi})
    for key, terms in periods.items():
        if len({t[2] for t in terms}) < 2:
            continue
        latest = max(terms, key=lambda t: (t[0], t[1]))
        if latest is not terms[0]:
            rep.warn(
                terms[0][3],
                f"{' '.join(key)!r} has terms under several codes; its latest "
                f"({latest[2]} at {latest[3]}) should come first",
            )
    return people


def kind_of(code):
    """'org' (IGO/NGO), 'group' (armed, militant, criminal) or 'state'."""
    if code[:3] in ("IGO", "NGO"):
        return "org"
    if code[:3] == "IMG" or code[3:6] in ("REB", "INS", "CRM", "UAF"):
        return "group"
    return "state"


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    data = argv[1] if len(argv) > 1 else os.path.join(here, "..", "data", "actors")
    rep = Report()
    index = PhraseIndex(rep)

    regions = check_regions(os.path.join(data, "regions.txt"), rep, index)
    countries, used_groups = check_countries(
        os.path.join(data, "countries.txt"), rep, index, regions
    )
    orgs = check_organizations(
        os.path.join(data, "organizations.txt"), rep, index, countries, regions
    )
    cities = check_cities(os.path.join(data, "cities.txt"), rep, index, countries)
    # The generated gazetteer (scripts/build_cities.py) has the same format
    # and must not repeat a phrase of the hand-written files either.
    cities += check_cities(os.path.join(data, "gazetteer.txt"), rep, index, countries)
    places = read_phrases(os.path.join(data, "places.txt"), rep, 0)
    agents = read_phrases(os.path.join(data, "agents.txt"), rep, 0)
    people = check_people(
        os.path.join(data, "people.txt"), rep, countries, regions, index, places, agents
    )

    for code in sorted(set(regions) - used_groups):
        rep.warn("regions.txt", f"region {code} is not used as a group by any country")

    for w in rep.warnings:
        print(f"warning: {w}")
    for e in rep.errors:
        print(f"error: {e}")

    def total(entries, field):
        return sum(len(e[field]) for e in entries)

    cvals = list(countries.values())
    igo_ngo = [o for o in orgs if kind_of(o["code"]) == "org"]
    groups = [o for o in orgs if kind_of(o["code"]) == "group"]
    state = [o for o in orgs if kind_of(o["code"]) == "state"]
    print(f"countries:  {len(countries)} entries")
    print(f"  names:      {total(cvals, 'names')}")
    print(f"  adjectives: {total(cvals, 'adjectives')}")
    print(f"  capitals:   {total(cvals, 'capitals')}")
    print(f"  seats:      {total(cvals, 'seats')}")
    print(f"cities:     {cities} names")
    print(f"regions:    {len(regions)} entries, "
          f"{total(regions.values(), 'names')} names, "
          f"{total(regions.values(), 'adjectives')} adjectives")
    print(f"organisations (IGO/NGO): {len(igo_ngo)} entries, "
          f"{total(igo_ngo, 'names')} names, "
          f"{sum(o['constructed'] for o in igo_ngo)} constructed codes")
    print(f"non-state groups: {len(groups)} entries, "
          f"{total(groups, 'names')} names, "
          f"{sum(o['constructed'] for o in groups)} constructed codes")
    print(f"state bodies and state-allied forces: {len(state)} entries, "
          f"{total(state, 'names')} names, "
          f"{sum(o['constructed'] for o in state)} constructed codes")
    print(f"people:     {len(people)} entries, "
          f"{len({p['name'] for p in people})} distinct names, "
          f"{sum(1 for p in people if p['to'] is None)} with an open end")
    state_people = [p for p in people if p["code"][:3] in countries]
    print(f"  countries with people: {len({p['code'][:3] for p in state_people})}; "
          f"lines coded GOV: {sum(1 for p in state_people if p['code'][3:] == 'GOV')}, "
          f"GOV MIL: {sum(1 for p in state_people if p['code'][3:] == 'GOVMIL')}, "
          f"other: {sum(1 for p in people if p['code'][3:] not in ('GOV', 'GOVMIL'))}")
    print(f"phrases:    {len(index.owner)} distinct")
    print(f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
