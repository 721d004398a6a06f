#!/usr/bin/env python3
"""Select the sentences of the held-out gold set (modern news, 2019).

Takes the Scrapinghub article-extraction ground truth
(`ground-truth.json`: a dict key -> {"articleBody", "url"}). Gives, on
stdout, one JSON line per selected sentence: `key`, `offset`, `length`,
`sha1`, `stratum` ("political", "control" or "supplement") — locators
only, never text (pass --with-text to see the text while annotating; that
output must stay outside the repository).

The selection is deterministic (seed 2019) and documented in README.md:

1. Each article body is split into sentences by `split_sentences` below
   (any line break ends a sentence).
2. A sentence is eligible when it is 40–400 characters long after
   whitespace normalisation and starts with an upper-case letter or a
   quote.
3. It is *political* when it names at least one actor from ACTOR_WORDS and
   contains at least one word from EVENT_WORDS; a *control* candidate when
   it names an actor and contains no EVENT_WORDS; a *supplement* candidate
   when it is a political candidate, or a control candidate with a finite
   event verb from STRONG_VERBS and at least two distinct mentions among
   ACTOR_WORDS and AGENT_WORDS.
4. Per article: every political sentence, or 10 drawn at random when there
   are more; then 1 control sentence drawn at random (seed 2019, articles
   in key order). A sentence whose whitespace-normalised text was already
   drawn is skipped.
5. Afterwards, with its own seed (2020) so that the first two strata stay
   as they were: per article, up to 12 supplement sentences not yet drawn
   (so the political sentences the cap of 10 left out, and sentences with
   a finite event verb between an actor and an agent noun).
   Added because the first two strata gave too few events (56).
"""

import argparse
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
from eval_coding import normalise_space, sha1  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "dev_select", os.path.join(HERE, "..", "reuters", "select_sentences.py"))
dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev)

SEED = 2019
POLITICAL_PER_ARTICLE = 10
CONTROL_PER_ARTICLE = 1

ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col", "capt",
    "sen", "rep", "gov", "corp", "inc", "co", "ltd", "no", "nos", "vs",
    "messrs", "maj", "adm", "cmdr", "sgt", "ft", "bros", "pty", "plc", "jr",
    "sr", "rev", "prof", "u.s", "e.g", "i.e",
}

_OPEN_Q = "\"'(“‘"
_CLOSE_Q = "\"')”’"
_BOUNDARY_RE = re.compile(
    r"[.!?][" + re.escape(_CLOSE_Q) + r"]*(?=\s+[" + re.escape(_OPEN_Q) + r"]?[A-Z0-9])"
)
_LINE_RE = re.compile(r"\s*\n\s*")


def split_sentences(body):
    """[(offset, length)] of the sentences of an article body.

    Rule: a line break always ends a sentence. Inside a line, a sentence
    ends after `.`, `!` or `?` (plus any closing quotes or brackets,
    straight or curly) followed by whitespace and an upper-case letter, a
    digit or an opening quote, unless the word before the period is in
    ABBREV, is a single letter, or contains a period itself ("U.S.").
    Each sentence is trimmed of surrounding whitespace. The mechanics are
    eval/reuters/select_sentences.py's, with this set's patterns.
    """
    return dev.split_sentences(
        body, para_re=_LINE_RE, boundary_re=_BOUNDARY_RE, abbrev=ABBREV, open_q=_OPEN_Q
    )


# Actor words (2019): country names, demonyms, capitals, IGOs and armed or
# political groups in the news. Matched as whole words, case-sensitively.
ACTOR_WORDS = [
    "U.S.", "US", "USA", "United States", "America", "American", "Americans", "Washington",
    "White House", "Pentagon", "Congress", "Trump",
    "Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin",
    "China", "Chinese", "Beijing", "Xi Jinping",
    "Hong Kong", "Taiwan", "Taiwanese", "Taipei",
    "Japan", "Japanese", "Tokyo",
    "South Korea", "South Korean", "Seoul", "North Korea", "North Korean", "Pyongyang",
    "Britain", "British", "U.K.", "UK", "London", "England", "English", "Scotland", "Scottish",
    "France", "French", "Paris", "Germany", "German", "Berlin", "Italy", "Italian", "Rome",
    "Spain", "Spanish", "Madrid", "Portugal", "Portuguese", "Netherlands", "Dutch",
    "Belgium", "Belgian", "Brussels", "Switzerland", "Swiss", "Geneva",
    "Austria", "Austrian", "Vienna", "Sweden", "Swedish", "Stockholm",
    "Norway", "Norwegian", "Denmark", "Danish", "Finland", "Finnish",
    "Ireland", "Irish", "Dublin", "Poland", "Polish", "Warsaw", "Hungary", "Hungarian",
    "Czech", "Romania", "Romanian", "Bulgaria", "Greece", "Greek", "Athens",
    "Serbia", "Serbian", "Croatia", "Bosnia", "Kosovo", "Albania", "Ukraine", "Ukrainian",
    "Kyiv", "Kiev", "Belarus", "Georgia", "Armenia", "Armenian", "Yerevan",
    "Azerbaijan", "Kazakhstan", "Turkey", "Turkish", "Ankara", "Erdogan",
    "Canada", "Canadian", "Ottawa", "Mexico", "Mexican",
    "Brazil", "Brazilian", "Argentina", "Argentine", "Argentinian", "Chile", "Chilean",
    "Peru", "Peruvian", "Colombia", "Colombian", "Venezuela", "Venezuelan", "Caracas",
    "Bolivia", "Bolivian", "La Paz", "Ecuador", "Cuba", "Cuban", "Havana",
    "Nicaragua", "Honduras", "Guatemala", "El Salvador", "Panama",
    "India", "Indian", "New Delhi", "Delhi", "Pakistan", "Pakistani", "Islamabad",
    "Afghanistan", "Afghan", "Kabul", "Bangladesh", "Sri Lanka", "Nepal",
    "Iran", "Iranian", "Tehran", "Iraq", "Iraqi", "Baghdad", "Syria", "Syrian", "Damascus",
    "Israel", "Israeli", "Israelis", "Jerusalem", "Palestinian", "Palestinians", "Gaza",
    "West Bank", "Lebanon", "Lebanese", "Beirut", "Jordan", "Jordanian",
    "Egypt", "Egyptian", "Cairo", "Saudi Arabia", "Saudi", "Riyadh", "Qatar", "Doha",
    "Kuwait", "Bahrain", "Oman", "Emirates", "UAE", "Yemen", "Yemeni", "Libya", "Libyan",
    "Tunisia", "Algeria", "Morocco", "Sudan", "Ethiopia", "Somalia", "Kenya", "Nigeria",
    "Nigerian", "Abuja", "Ghana", "South Africa", "South African", "Zimbabwe", "Congo",
    "Vietnam", "Vietnamese", "Hanoi", "Thailand", "Thai", "Myanmar", "Cambodia",
    "Malaysia", "Malaysian", "Singapore", "Indonesia", "Indonesian", "Philippines",
    "Philippine", "Filipino", "Manila", "Australia", "Australian", "Canberra",
    "New Zealand",
    "United Nations", "U.N.", "UN", "NATO", "EU", "European Union", "European Commission",
    "World Bank", "IMF", "WTO", "OPEC", "WHO", "ASEAN", "African Union",
    "Taliban", "Hamas", "Hezbollah", "Houthi", "Houthis", "Islamic State", "ISIS", "ISIL",
    "al-Qaeda", "al Qaeda", "Kurdish", "Kurds", "PKK", "Boko Haram",
]
_ACTOR_RE = re.compile(
    r"(?<![A-Za-z.])(" + "|".join(re.escape(a) for a in sorted(ACTOR_WORDS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)

EVENT_WORDS = r"""
talks negotiat met\ with meets meeting\ with visit accus urge urging called\ on calls\ on
call\ on warn threaten protest demonstrat sanction embargo retaliat boycott tariff
attack troops army military war\ arrest detain expel deport condemn critici
reject refus demand ultimatum ceasefire cease-fire recogni denounce invad
occup hostage kidnap hijack guerrilla rebel shell bomb kill clash
fought fighting raid summit envoy ambassador embassy diplomat complain mediat
appeal pledge vow seiz veto dispute negotiator meet agree deploy impeach
strike airstrike blame pressur investigat prosecut charg
""".split()
_EVENT_RE = re.compile(
    r"(?i)(?<![a-z])(" + "|".join(w.replace("\\ ", r"\s+") for w in EVENT_WORDS) + ")"
)

STRONG_VERBS = r"""
accused accuses urged urges met meets attacked attacks signed signs agreed agrees
visited visits arrived protested protests warned warns threatened threatens
rejected rejects condemned condemns criticised criticized criticises criticizes
expelled expels arrested arrests killed kills bombed bombs shelled shells
praised praises welcomed welcomes demanded demands denounced denounces
invaded invades seized seizes recognised recognized asked asks appealed
called\ on calls\ on imposed imposes retaliated vetoed blocked pledged
promised offered refused refuses held\ talks hold\ talks negotiated negotiating
testified told accusing urging demanding criticized attacked fired besieged
detained deported released freed sanctioned
""".split()
_STRONG_RE = re.compile(
    r"(?<![A-Za-z])(" + "|".join(w.replace("\\ ", r"\s+") for w in STRONG_VERBS) + r")(?![A-Za-z])"
)


# Agent nouns counted as actor mentions for the supplementary stratum
# (a role with or without its state: the sentence may give the state).
AGENT_WORDS = r"""
police protesters demonstrators lawmakers Democrats Republicans Senate House Congress
government military troops forces prosecutor prosecutors official officials minister
president President ambassador envoy administration authorities rebels militants
insurgents army
""".split()
_AGENT_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(AGENT_WORDS) + r")(?![A-Za-z])")
SUPPLEMENT_SEED = 2020
SUPPLEMENT_PER_ARTICLE = 12


def actors_in(text):
    return {m.group(1) for m in _ACTOR_RE.finditer(text)}


def eligible(text):
    if not (40 <= len(text) <= 400):
        return False
    return text[0].isupper() or text[0] in _OPEN_Q


def candidates(body):
    pol, ctl, sup = [], [], []
    for off, length in split_sentences(body):
        raw = body[off:off + length]
        text = normalise_space(raw)
        if not eligible(text):
            continue
        acts = actors_in(text)
        if not acts:
            continue
        rec = {"offset": off, "length": length, "sha1": sha1(raw), "_norm": sha1(text)}
        agents = set(_AGENT_RE.findall(text))
        if _EVENT_RE.search(text):
            pol.append(rec)
            # A political sentence left out by the per-article cap may
            # still be drawn as a supplement.
            sup.append(rec)
        else:
            ctl.append(rec)
            if _STRONG_RE.search(text) and len(acts) + len(agents) >= 2:
                sup.append(rec)
    return pol, ctl, sup


def draw(rng, recs, k, seen):
    pool = list(recs)
    if len(pool) > k:
        pool = rng.sample(pool, k)
    out = []
    for r in pool:
        if r["_norm"] in seen:
            continue
        seen.add(r["_norm"])
        out.append(r)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True,
                    help="folder holding ground-truth.json (Scrapinghub article extraction)")
    ap.add_argument("--with-text", action="store_true",
                    help="add the text (for annotation only; never commit that output)")
    args = ap.parse_args()
    with open(os.path.join(args.corpus, "ground-truth.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    rng = random.Random(SEED)
    seen = set()
    picks = {}
    for key in sorted(data):
        pol, ctl, sup = candidates(data[key]["articleBody"])
        picked = [dict(r, stratum="political")
                  for r in draw(rng, pol, POLITICAL_PER_ARTICLE, seen)]
        picked += [dict(r, stratum="control")
                   for r in draw(rng, ctl, CONTROL_PER_ARTICLE, seen)]
        picks[key] = (picked, sup)
    # The supplementary stratum is drawn after the first two, with its own
    # seed, so that adding it left them unchanged.
    rng2 = random.Random(SUPPLEMENT_SEED)
    for key in sorted(data):
        picked, sup = picks[key]
        picked += [dict(r, stratum="supplement")
                   for r in draw(rng2, sup, SUPPLEMENT_PER_ARTICLE, seen)]
    for key in sorted(data):
        body = data[key]["articleBody"]
        picked = picks[key][0]
        picked.sort(key=lambda r: r["offset"])
        for r in picked:
            del r["_norm"]
            out = {"key": key}
            out.update(r)
            if args.with_text:
                out["text"] = normalise_space(body[r["offset"]:r["offset"] + r["length"]])
                out["url"] = data[key]["url"]
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
