#!/usr/bin/env python3
"""Validate Dateline's coding cases (tests/coding/*.toml).

Takes: case files or directories (default: tests/coding next to this script's
parent), plus any tests/fixtures/*.expected.toml, whose `events` use the same
format. Gives: a report on standard output (cases, events and empty cases per
file, events and cases per CAMEO root) and exit status 0 when no error was
found, 1 otherwise. Errors are printed as `path: case-id: message`.

Checks:
- every file parses as TOML and holds only `[[case]]` tables (case files);
- each case has a non-empty `id` (lower-case words joined by `-`, starting
  with the issue prefix `issueN-`), a non-empty `text`, an optional ISO
  `date`, an `events` array and an optional `note`; no other keys;
- ids are unique across all files;
- each event has exactly `source`, `target`, `code`; the same triple does not
  appear twice in one case (expectations are a set);
- codes are 2-4 digits and, when the Goldstein table is present
  (/work/shared/lookups/CAMEO.goldsteinscale.txt, or --goldstein PATH), are
  rows of it;
- actor codes have a known shape: an optional country (ISO 3166-1 alpha-3
  or a CAMEO special code), region or `IGO...` organisation prefix, followed
  by zero or more role codes from docs/dictionaries.md.

Warnings (printed, not fatal): self-events (source == target), unknown IGO
codes, events outside a root file's own root (some cases test that a sentence
codes in another root on purpose).

Python 3.11+ standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_GOLDSTEIN = Path("/work/shared/lookups/CAMEO.goldsteinscale.txt")

# The codes the cases may use are those of Dateline's own actor
# dictionaries (data/actors/): countries, regions, organisations and groups
# (their whole code), and the role codes of the agent nouns.
DATA = Path(__file__).resolve().parent.parent / "data" / "actors"


def _field_codes(name: str, field: int = 0) -> set[str]:
    codes = set()
    path = DATA / name
    if not path.exists():
        return codes
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > field and parts[field]:
            codes.add(parts[field])
    return codes


def _roles() -> set[str]:
    roles = set()
    for roles_field in _field_codes("agents.txt", 1):
        roles.update(roles_field.split())
    return roles


ROLES = _roles() | {"ELI"}
REGIONS = _field_codes("regions.txt")
COUNTRIES = _field_codes("countries.txt")
KNOWN_ORGS = _field_codes("organizations.txt")

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PREFIX_RE = re.compile(r"^issue\d+-")
CODE_RE = re.compile(r"^\d{2,4}$")
ROOT_FILE_RE = re.compile(r"^(\d{2})-")
CASE_KEYS = {"id", "text", "date", "events", "note"}
REQUIRED_KEYS = {"id", "text", "events"}
EVENT_KEYS = {"source", "target", "code"}


def load_goldstein(path: Path) -> set[str] | None:
    """CAMEO codes of the Goldstein table, or None when it is absent."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    codes = set()
    for line in lines[1:]:
        field = line.split("\t", 1)[0].strip()
        if field:
            codes.add(field)
    return codes


def actor_problem(code: str) -> tuple[str | None, str | None]:
    """(error, warning) about the shape of an actor code."""
    if not isinstance(code, str) or not code:
        return "actor code must be a non-empty string", None
    if not re.fullmatch(r"[A-Z]+", code):
        return f"actor code {code!r} must be upper-case letters only", None
    warning = None
    rest = code
    # An organisation or group carries its own code, possibly with roles.
    for org in sorted(KNOWN_ORGS, key=len, reverse=True):
        if code.startswith(org):
            rest = code[len(org):]
            parts = [rest[i : i + 3] for i in range(0, len(rest), 3)]
            if len(rest) % 3 or any(p not in ROLES for p in parts):
                return f"actor code {code!r}: unknown roles after {org}", None
            return None, None
    if code.startswith("IGO") or code.startswith("NGO"):
        return None, f"organisation code {code!r} is not in data/actors/organizations.txt"
    head = code[:3]
    if head in COUNTRIES or head in REGIONS:
        rest = code[3:]
    if len(rest) % 3:
        return f"actor code {code!r} does not split into 3-letter parts", None
    parts = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    bad = [p for p in parts if p not in ROLES]
    if bad:
        what = "role" if rest != code else "country, region or role"
        return f"actor code {code!r}: unknown {what} {'/'.join(bad)}", None
    if len(parts) != len(set(parts)):
        return f"actor code {code!r} repeats a role", None
    return None, warning


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def check_events(events, where: str, codes: set[str] | None, rep: Report) -> list[dict]:
    good = []
    if not isinstance(events, list):
        rep.error(where, "`events` must be an array")
        return good
    seen = set()
    for i, ev in enumerate(events):
        ew = f"{where}: event {i + 1}"
        if not isinstance(ev, dict):
            rep.error(ew, "must be a table { source, target, code }")
            continue
        keys = set(ev)
        if keys != EVENT_KEYS:
            missing = EVENT_KEYS - keys
            extra = keys - EVENT_KEYS
            if missing:
                rep.error(ew, f"missing {', '.join(sorted(missing))}")
            if extra:
                rep.error(ew, f"unknown key(s) {', '.join(sorted(extra))}")
            continue
        ok = True
        for side in ("source", "target"):
            err, warn = actor_problem(ev[side])
            if err:
                rep.error(ew, f"{side}: {err}")
                ok = False
            if warn:
                rep.warn(ew, f"{side}: {warn}")
        code = ev["code"]
        if not isinstance(code, str) or not CODE_RE.match(code):
            rep.error(ew, f"code {code!r} must be a string of 2-4 digits")
            ok = False
        elif codes is not None and code not in codes:
            rep.error(ew, f"code {code} is not in the Goldstein table")
            ok = False
        if ok and ev["source"] == ev["target"]:
            rep.warn(ew, f"self-event {ev['source']} -> {ev['target']}")
        triple = (ev["source"], ev["target"], ev["code"])
        if triple in seen:
            rep.error(ew, f"duplicate event {triple}")
        seen.add(triple)
        if ok:
            good.append(ev)
    return good


def check_case_file(path: Path, codes, ids: dict[str, Path], rep: Report, stats) -> None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        rep.error(str(path), f"cannot read: {e}")
        return
    extra = set(data) - {"case"}
    if extra:
        rep.error(str(path), f"unknown top-level key(s) {', '.join(sorted(extra))}")
    cases = data.get("case", [])
    if not isinstance(cases, list) or not cases:
        rep.error(str(path), "no [[case]] tables")
        return
    m = ROOT_FILE_RE.match(path.name)
    file_root = m.group(1) if m else None
    fs = stats["files"][path.name]
    for n, case in enumerate(cases, 1):
        cid = case.get("id") if isinstance(case, dict) else None
        where = f"{path}: {cid or f'case #{n}'}"
        if not isinstance(case, dict):
            rep.error(where, "not a table")
            continue
        keys = set(case)
        for k in sorted(REQUIRED_KEYS - keys):
            rep.error(where, f"missing `{k}`")
        for k in sorted(keys - CASE_KEYS):
            rep.error(where, f"unknown key `{k}`")
        if isinstance(cid, str):
            if not ID_RE.match(cid):
                rep.error(where, "id must be lower-case words joined by '-'")
            if not PREFIX_RE.match(cid):
                rep.error(where, "id must start with the issue prefix 'issueN-'")
            if cid in ids:
                rep.error(where, f"duplicate id (also in {ids[cid]})")
            ids[cid] = path
        elif "id" in case:
            rep.error(where, "id must be a string")
        text = case.get("text")
        if "text" in case and (not isinstance(text, str) or not text.strip()):
            rep.error(where, "text must be a non-empty string")
            text = None
        if "date" in case:
            d = case["date"]
            if isinstance(d, dt.date) and not isinstance(d, dt.datetime):
                rep.error(where, "date must be a quoted string \"YYYY-MM-DD\"")
            elif not isinstance(d, str):
                rep.error(where, "date must be a string")
            else:
                try:
                    dt.date.fromisoformat(d)
                except ValueError:
                    rep.error(where, f"date {d!r} is not YYYY-MM-DD")
        if "note" in case and not isinstance(case["note"], str):
            rep.error(where, "note must be a string")
        events = check_events(case.get("events", []), where, codes, rep)
        fs["cases"] += 1
        fs["events"] += len(events)
        if "events" in case and isinstance(case["events"], list) and not case["events"]:
            fs["empty"] += 1
        if text:
            stats["words"].append(len(text.split()))
            fs["words"].append(len(text.split()))
        roots_here = set()
        for ev in events:
            root = ev["code"][:2]
            stats["root_events"][root] += 1
            roots_here.add(root)
            if file_root and root != file_root:
                fs["off_root"] += 1
        for root in roots_here:
            stats["root_cases"][root] += 1


def check_fixture(path: Path, codes, rep: Report) -> int:
    """Checks the events of a tests/fixtures/*.expected.toml; returns their number."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        rep.error(str(path), f"cannot read: {e}")
        return 0
    if "events" not in data:
        rep.error(str(path), "no `events` array")
        return 0
    return len(check_events(data["events"], str(path), codes, rep))


def main(argv: list[str]) -> int:
    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, help="case files or directories")
    ap.add_argument("--goldstein", type=Path, default=DEFAULT_GOLDSTEIN)
    ap.add_argument("--fixtures", type=Path, default=repo / "tests" / "fixtures",
                    help="directory of *.expected.toml to check too")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not list warnings")
    args = ap.parse_args(argv)

    paths = args.paths or [repo / "tests" / "coding"]
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(p.glob("*.toml")))
        else:
            files.append(p)
    if not files:
        print("no case files found", file=sys.stderr)
        return 1

    codes = load_goldstein(args.goldstein)
    rep = Report()
    stats = {
        "files": defaultdict(lambda: {"cases": 0, "events": 0, "empty": 0, "off_root": 0, "words": []}),
        "root_events": Counter(),
        "root_cases": Counter(),
        "words": [],
    }
    ids: dict[str, Path] = {}
    for f in files:
        check_case_file(f, codes, ids, rep, stats)
    fixture_events = {}
    if args.fixtures.is_dir():
        for f in sorted(args.fixtures.glob("*.expected.toml")):
            fixture_events[f.name] = check_fixture(f, codes, rep)

    if codes is None:
        print(f"note: {args.goldstein} not found; event codes checked for shape only")
    print(f"{'file':<28} {'cases':>5} {'events':>6} {'none':>5} {'off-root':>8} {'words(med/max)':>15}")
    tot = Counter()
    for name in sorted(stats["files"]):
        s = stats["files"][name]
        w = s["words"]
        wtxt = f"{int(statistics.median(w))}/{max(w)}" if w else "-"
        print(f"{name:<28} {s['cases']:>5} {s['events']:>6} {s['empty']:>5} {s['off_root']:>8} {wtxt:>15}")
        for k in ("cases", "events", "empty"):
            tot[k] += s[k]
    print(f"{'total':<28} {tot['cases']:>5} {tot['events']:>6} {tot['empty']:>5}")
    w = stats["words"]
    if w:
        long_ = sum(1 for x in w if x >= 50)
        short = sum(1 for x in w if x < 10)
        print(f"text length: min {min(w)}, median {int(statistics.median(w))}, max {max(w)} words; "
              f"{long_} of 50+ words, {short} under 10")
    print("\nroot  events  cases-with-root")
    for root in sorted(stats["root_events"]):
        print(f"{root:>4}  {stats['root_events'][root]:>6}  {stats['root_cases'][root]:>6}")
    for name, n in fixture_events.items():
        print(f"\nfixture {name}: {n} events")

    if rep.warnings and not args.quiet:
        print(f"\n{len(rep.warnings)} warning(s):")
        for w_ in rep.warnings:
            print(f"  warning: {w_}")
    if rep.errors:
        print(f"\n{len(rep.errors)} error(s):")
        for e in rep.errors:
            print(f"  error: {e}")
        return 1
    print("\nok: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
