#!/usr/bin/env python3
"""Select the Reuters-21578 sentences of the development gold set.

Takes the corpus folder (reut2-000.sgm … reut2-021.sgm). Gives, on stdout,
one JSON line per selected sentence: `file`, `newid`, `offset`, `length`,
`sha1`, `stratum` ("political", "control" or "supplement") — locators only, never text
(pass --with-text to see the text while annotating; that output must stay
outside the repository).

The selection is deterministic (seed 1987) and documented in README.md:

1. Documents with a <BODY>. Each body (decoded as scripts/eval_coding.py
   decodes it) is split into sentences by `split_sentences` below.
2. A sentence is eligible when it is 40–400 characters long after
   whitespace normalisation, starts with an upper-case letter or a quote,
   has few digits (under 12 % of its characters) and is not the "Reuter"
   trailer.
3. It is *political* when it names at least one actor from ACTOR_WORDS and
   contains at least one word from EVENT_WORDS, and either names two
   distinct actors or its document's <PLACES> lists at least two
   countries or the sentence names a government agent (GOV_WORDS). It is a
   *control* candidate when it names an actor but contains no EVENT_WORDS
   and no GOV_WORDS.
4. Per file, at most one sentence per document: 15 political and 4 control
   sentences are drawn at random (seed 1987), i.e. 330 + 88 = 418. A
   sentence whose whitespace-normalised text was already drawn (the wire
   repeats stories) is skipped.
5. A supplementary stratum ("supplement") is drawn afterwards with its own
   seed (1988), so that the 418 above stay as they were: per file, 5
   sentences from documents not yet used, each with a finite event verb
   from STRONG_VERBS and two distinct actors, not naming a company. 110
   sentences; 528 in all.
"""

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
from eval_coding import normalise_space, read_sgm, sha1  # noqa: E402

SEED = 1987
POLITICAL_PER_FILE = 15
CONTROL_PER_FILE = 4

# Words that never end a sentence when followed by a period (titles,
# months, company suffixes, initials are handled separately).
ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col", "capt",
    "sen", "rep", "gov", "corp", "inc", "co", "ltd", "no", "nos", "vs",
    "messrs", "maj", "adm", "cmdr", "sgt", "ft", "bros", "pty", "plc",
}

_BOUNDARY_RE = re.compile(r"[.!?][\"')]*(?=\s+[\"'(]?[A-Z0-9])")
_PARA_RE = re.compile(r"\n[ \t]{2,}")


def split_sentences(body, para_re=_PARA_RE, boundary_re=_BOUNDARY_RE, abbrev=ABBREV, open_q="\"'("):
    """[(offset, length)] of the sentences of a decoded body.

    Rule: a paragraph break (a newline followed by two or more spaces or
    tabs — how the wire indents paragraphs) always ends a sentence. Inside
    a paragraph, a sentence ends after `.`, `!` or `?` (plus any closing
    quotes or brackets) followed by whitespace and an upper-case letter, a
    digit or an opening quote, unless the word before the period is in
    ABBREV, is a single letter, or contains a period itself ("U.S.",
    "U.K."). Each sentence is trimmed of surrounding whitespace. Other sets
    (eval/heldout) pass their own paragraph and boundary patterns,
    abbreviations and opening quotes.
    """
    spans = []
    para_starts = [0] + [m.end() for m in para_re.finditer(body)]
    para_ends = [m.start() for m in para_re.finditer(body)] + [len(body)]
    for ps, pe in zip(para_starts, para_ends):
        para = body[ps:pe]
        start = 0
        for m in boundary_re.finditer(para):
            end = m.end()
            # the word before the punctuation mark
            j = m.start()
            k = j
            while k > 0 and not para[k - 1].isspace():
                k -= 1
            word = para[k:j].strip(open_q)
            if para[j] == "." and (
                word.lower() in abbrev or len(word) == 1 or "." in word
            ):
                continue
            spans.append((ps + start, ps + end))
            start = end
        spans.append((ps + start, ps + len(para)))
    out = []
    for s, e in spans:
        seg = body[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        s2, e2 = s + lead, e - trail
        if e2 > s2:
            out.append((s2, e2 - s2))
    return out


# Actor words (1987): country names, demonyms, capitals, IGOs. Matched as
# whole words, case-sensitively (they are proper nouns).
ACTOR_WORDS = """
U.S. United States American Americans Washington Reagan
Soviet Soviets Soviet Union USSR Moscow Kremlin Gorbachev
Japan Japanese Tokyo Nakasone
Britain British U.K. London Thatcher
France French Paris
West Germany West German Bonn Kohl
East Germany East German
Germany German
Italy Italian Rome
Canada Canadian Ottawa Mulroney
China Chinese Peking Beijing
Taiwan Taiwanese Taipei
South Korea South Korean Seoul
North Korea North Korean
Hong Kong
India Indian New Delhi
Pakistan Pakistani Islamabad
Afghanistan Afghan Kabul
Iran Iranian Tehran
Iraq Iraqi Baghdad
Kuwait Kuwaiti
Saudi Arabia Saudi Riyadh
Israel Israeli Jerusalem
Egypt Egyptian Cairo
Syria Syrian Damascus
Lebanon Lebanese Beirut
Jordan Jordanian Amman
Libya Libyan Tripoli Gaddafi
Turkey Turkish Ankara
Greece Greek Athens
Cyprus Cypriot
Spain Spanish Madrid
Portugal Portuguese Lisbon
Netherlands Dutch Hague
Belgium Belgian Brussels
Switzerland Swiss Geneva
Austria Austrian Vienna
Sweden Swedish Stockholm
Norway Norwegian Oslo
Denmark Danish Copenhagen
Finland Finnish Helsinki
Ireland Irish Dublin
Poland Polish Warsaw
Hungary Hungarian Budapest
Czechoslovakia Czechoslovak Prague
Romania Romanian Bucharest
Bulgaria Bulgarian Sofia
Yugoslavia Yugoslav Belgrade
Albania Albanian
Brazil Brazilian Brasilia
Argentina Argentine Buenos Aires
Mexico Mexican
Chile Chilean Santiago
Peru Peruvian Lima
Colombia Colombian Bogota
Venezuela Venezuelan Caracas
Ecuador Ecuadorean Quito
Bolivia Bolivian
Nicaragua Nicaraguan Managua Sandinista Sandinistas Contra Contras
El Salvador Salvadorean
Honduras Honduran
Guatemala Guatemalan
Panama Panamanian
Costa Rica
Cuba Cuban Havana
Philippines Philippine Filipino Manila Aquino
Indonesia Indonesian Jakarta
Malaysia Malaysian Kuala Lumpur
Singapore
Thailand Thai Bangkok
Vietnam Vietnamese Hanoi
Cambodia Kampuchea Kampuchean
Burma Burmese
Bangladesh Sri Lanka Sri Lankan Nepal
Australia Australian Canberra Hawke
New Zealand
South Africa South African Pretoria Angola Angolan Namibia Zimbabwe Zambia
Mozambique Nigeria Nigerian Lagos Kenya Kenyan Zaire Ghana Ethiopia
Ethiopian Sudan Sudanese Chad Chadian Morocco Moroccan Algeria Algerian
Tunisia Tunisian Uganda Tanzania Senegal Ivory Coast Cameroon Gabon
Qatar Oman Bahrain Emirates UAE Yemen Gulf
EC European Community Common Market OPEC GATT IMF World Bank United Nations
U.N. NATO Warsaw Pact ASEAN OECD Comecon PLO Paris Club
""".split("\n")

_ACTOR_PHRASES = sorted(
    {p for line in ACTOR_WORDS for p in re.findall(r"[^ ]+", line)}, key=len, reverse=True
)
# Two-word names are listed word by word above; rejoin the known ones.
_MULTI = [
    "United States", "Soviet Union", "West Germany", "West German", "East Germany",
    "East German", "South Korea", "South Korean", "North Korea", "North Korean",
    "Hong Kong", "New Delhi", "Saudi Arabia", "Buenos Aires", "El Salvador",
    "Costa Rica", "Kuala Lumpur", "Sri Lanka", "Sri Lankan", "New Zealand",
    "South Africa", "South African", "Ivory Coast", "European Community",
    "Common Market", "World Bank", "United Nations", "Warsaw Pact", "Paris Club",
]
_SINGLE_STOP = {
    "United", "States", "Union", "West", "East", "South", "North", "Korea", "Korean",
    "Hong", "Kong", "New", "Delhi", "Arabia", "Buenos", "Aires", "El", "Salvador",
    "Costa", "Rica", "Kuala", "Lumpur", "Sri", "Lanka", "Lankan", "Zealand", "Africa",
    "African", "Ivory", "Coast", "European", "Community", "Common", "Market", "World",
    "Bank", "Nations", "Pact", "Club", "Gulf", "Jordan", "Chad", "Lima", "Santiago",
    "Sofia", "Hague", "Victoria",
}
_ACTORS = _MULTI + [p for p in _ACTOR_PHRASES if p not in _SINGLE_STOP]
_ACTOR_RE = re.compile(
    r"(?<![A-Za-z])(" + "|".join(re.escape(a) for a in sorted(_ACTORS, key=len, reverse=True)) + r")(?![A-Za-z])"
)

EVENT_WORDS = r"""
talks negotiat met\ with meets meeting\ with visit accus urged urges called\ on calls\ on
warned warns threaten protest demonstrat sanction embargo retaliat boycott
attack troops army military war\ arrest detain expel deport condemn critici
reject refus demand ultimatum ceasefire cease-fire recogni denounce invad
occup hostage kidnap hijack guerrilla rebel shelled shelling bomb killed clash
fought fighting raid summit envoy ambassador embassy diplomat complain mediat
appeal pledge vowed seized veto dispute negotiator
""".split()
_EVENT_RE = re.compile(r"(?i)(?<![a-z])(" + "|".join(w.replace("\\ ", r"\s+") for w in EVENT_WORDS) + ")")
# Company news: a sentence naming a firm is not drawn as political.
_COMPANY_RE = re.compile(r"\b(Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|GmbH|Bhd)\b|<[A-Z]")
GOV_WORDS = r"(?i)\b(government|minister|ministry|president|premier|prime minister|officials?|spokesman|secretary|chancellor|parliament|congress|senate|king|cabinet|authorities|administration)\b"
_GOV_RE = re.compile(GOV_WORDS)

# Reuters <PLACES> entries that are not states.
_NON_COUNTRY_PLACES = {"", "eec", "opec"}


# Supplementary stratum: a finite event verb (the forms a wire story uses
# for a completed act) and two distinct actors.
STRONG_VERBS = r"""
accused accuses urged urges met meets attacked attacks signed signs agreed agrees
visited visits arrived protested protests warned warns threatened threatens
rejected rejects condemned condemns criticised criticized criticises criticizes
expelled expels arrested arrests killed kills bombed bombs shelled shells
praised praises welcomed welcomes demanded demands denounced denounces
invaded invades seized seizes recognised recognized asked asks appealed
called\ on calls\ on imposed imposes retaliated vetoed blocked pledged
promised offered refused refuses held\ talks hold\ talks negotiated negotiating
""".split()
_STRONG_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(w.replace("\\ ", r"\s+") for w in STRONG_VERBS) + r")(?![A-Za-z])")
SUPPLEMENT_SEED = 1988
SUPPLEMENT_PER_FILE = 5


def actors_in(text):
    return {m.group(1) for m in _ACTOR_RE.finditer(text)}


def eligible(text):
    if not (40 <= len(text) <= 400):
        return False
    if not (text[0].isupper() or text[0] in "\"'"):
        return False
    if text.startswith("Reuter"):
        return False
    digits = sum(c.isdigit() for c in text)
    return digits < 0.12 * len(text)


def candidates(path):
    name = os.path.basename(path)
    pol, ctl, sup = {}, {}, {}
    for doc in read_sgm(path):
        body = doc["body"]
        if not body:
            continue
        n_places = len([p for p in doc["places"] if p not in _NON_COUNTRY_PLACES])
        for off, length in split_sentences(body):
            raw = body[off:off + length]
            text = normalise_space(raw)
            if not eligible(text):
                continue
            acts = actors_in(text)
            if not acts:
                continue
            has_event = bool(_EVENT_RE.search(text))
            has_gov = bool(_GOV_RE.search(text))
            rec = {"file": name, "newid": doc["newid"], "offset": off, "length": length,
                   "sha1": sha1(raw), "_norm": sha1(text)}
            company = bool(_COMPANY_RE.search(text))
            n_event = len({m.group(1).lower() for m in _EVENT_RE.finditer(text)})
            strong = (len(acts) >= 2 and (has_gov or n_event >= 2)) or (has_gov and n_event >= 2)
            if not company and len(acts) >= 2 and _STRONG_RE.search(text):
                sup.setdefault(doc["newid"], []).append(rec)
            if has_event and not company and strong and (len(acts) >= 2 or n_places >= 2):
                pol.setdefault(doc["newid"], []).append(rec)
            elif not has_event and not has_gov:
                ctl.setdefault(doc["newid"], []).append(rec)
    return pol, ctl, sup


def draw(rng, by_doc, k, taken_docs, seen_texts):
    """k sentences from k distinct documents; a text already drawn (the
    wire repeats stories) is skipped and the next document is tried."""
    ids = sorted(d for d in by_doc if d not in taken_docs)
    rng.shuffle(ids)
    out = []
    for d in ids:
        if len(out) == k:
            break
        rec = rng.choice(by_doc[d])
        if rec["_norm"] in seen_texts:
            continue
        seen_texts.add(rec["_norm"])
        out.append(rec)
        taken_docs.add(d)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--with-text", action="store_true",
                    help="add the text (for annotation only; never commit that output)")
    args = ap.parse_args()
    rng = random.Random(SEED)
    seen_texts = set()
    supplements = []
    taken_by_file = {}
    for i in range(22):
        name = "reut2-%03d.sgm" % i
        path = os.path.join(args.corpus, name)
        pol, ctl, sup = candidates(path)
        supplements.append((name, path, sup))
        taken = set()
        picked = [dict(r, stratum="political") for r in draw(rng, pol, POLITICAL_PER_FILE, taken, seen_texts)]
        picked += [dict(r, stratum="control") for r in draw(rng, ctl, CONTROL_PER_FILE, taken, seen_texts)]
        taken_by_file[name] = taken
        emit(args, path, picked)
    # The supplementary stratum is drawn after the main one, with its own
    # seed, so that adding it left the first 418 sentences unchanged.
    rng2 = random.Random(SUPPLEMENT_SEED)
    for name, path, sup in supplements:
        picked = [dict(r, stratum="supplement")
                  for r in draw(rng2, sup, SUPPLEMENT_PER_FILE, taken_by_file[name], seen_texts)]
        emit(args, path, picked)


def emit(args, path, picked):
    """Print one file's picks in document order (with text only on request)."""
    picked.sort(key=lambda r: (r["newid"], r["offset"]))
    if args.with_text:
        docs = {d["newid"]: d for d in read_sgm(path)}
        for r in picked:
            d = docs[r["newid"]]
            r["text"] = normalise_space(d["body"][r["offset"]:r["offset"] + r["length"]])
            r["date"] = d["date"]
            r["places"] = d["places"]
    for r in picked:
        del r["_norm"]
        print(json.dumps(r))


if __name__ == "__main__":
    main()
