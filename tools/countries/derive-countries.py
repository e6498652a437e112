#!/usr/bin/env python3
"""Derive Bulwark's country table (core/.../country/countries.csv).

The table has one row per country, territory, former state or published aggregate, with the
columns iso3,iso2,iso_numeric,cow_code,name,kind,aliases (aliases separated by "|"; an empty
code means none), sorted by iso3. It is built, in this order, from:

1. ISO 3166-1 (Debian's iso-codes JSON): every current code, as a state unless curated.csv
   says territory; display name = the curated name, else ISO's common name, else ISO's name;
   ISO's other names become aliases.
2. tools/countries/curated.csv (hand-kept, next to this script): overrides of ISO rows (display
   name, kind, extra aliases), former codes from ISO 3166-3 (the row is taken from iso-codes
   and completed by the curated line), and rows ISO does not have (Kosovo, COW-only historical
   states, aggregates). A code cell holding "-" means "none" (it removes an ISO code).
3. World Bank (gdp, population): the name of every WB code present in the table is an alias of
   that row; WB regional and income aggregates are left out.
4. COW State System v2016: each code goes to the row its name resolves to, unless curated.csv
   already gives the code (cow_code column or a "cow:NNN" alias); the COW name becomes an alias.
5. troopdata (DMDC), NATO and SIPRI: every country spelling must resolve; a troopdata name that
   does not resolve becomes an alias of the row of its iso3c code.

A name resolves when its folded key (lower case, accents stripped, letters, digits and ':' only,
'&' read as 'and'; the same rule as dev.bulwark.core.country.Countries.fold) is a key of exactly
one row. The script stops, writing nothing, when a key would name two rows, when a source
spelling resolves nowhere, or when two rows claim one code; the messages say which curated line
to add. Python 3 standard library only.

Usage: python3 tools/countries/derive-countries.py [--repo DIR] [--data DIR] [--iso-codes DIR]
       [--check]
  --repo       the Bulwark checkout (default: two levels above this script)
  --data       the reference data (default: <repo>/../shared/data)
  --iso-codes  the iso-codes JSON folder (default: the first iso-codes/json under
               $XDG_DATA_DIRS, which defaults to /usr/local/share:/usr/share by the XDG spec)
  --check      compare with the committed table instead of writing it; exit 1 when they differ
"""

import argparse
import csv
import glob
import io
import json
import os
import sys
import unicodedata

HEADER = ["iso3", "iso2", "iso_numeric", "cow_code", "name", "kind", "aliases"]
KINDS = ("state", "territory", "historical", "aggregate")
TABLE = os.path.join("core", "src", "main", "resources", "dev", "bulwark", "core", "country",
                     "countries.csv")
NONE = "-"


def fold(text):
    """Folds a name to its matching key, exactly as Countries.fold does."""
    key = []
    for c in unicodedata.normalize("NFD", text):
        if c.isalnum() or c == ":":
            key.append(c.lower())
        elif c == "&":
            key.append("and")
    return "".join(key)


class Table:
    """The rows being built and the index of folded keys that must stay unique."""

    def __init__(self):
        self.rows = {}
        self.keys = {}
        self.errors = []

    def add_row(self, iso3, iso2, numeric, cow, name, kind):
        if iso3 in self.rows:
            raise SystemExit("duplicate row " + iso3)
        self.rows[iso3] = {"iso3": iso3, "iso2": iso2, "iso_numeric": numeric, "cow_code": cow,
                           "name": name, "kind": kind, "aliases": []}

    def index_codes(self):
        for row in self.rows.values():
            for code in (row["iso3"], row["iso2"], row["iso_numeric"]):
                if code:
                    self.claim(code, row["iso3"], "code")
            if row["cow_code"]:
                self.claim("cow:" + row["cow_code"], row["iso3"], "COW code")
            self.claim(row["name"], row["iso3"], "name")

    def claim(self, text, iso3, what):
        key = fold(text.lstrip("0") if text.isdigit() else text)
        owner = self.keys.setdefault(key, iso3)
        if owner != iso3:
            self.errors.append("%s '%s' of %s already names %s" % (what, text, iso3, owner))
            return False
        return True

    def alias(self, iso3, text, source):
        text = text.strip()
        if text and self.claim(text, iso3, source + " spelling"):
            self.rows[iso3]["aliases"].append(text)

    def resolve(self, text):
        return self.keys.get(fold(text))


def read_json(folder, name, key):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return {entry["alpha_3"]: entry for entry in json.load(f)[key]}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def numeric(text):
    return str(int(text)) if text else ""


def build(data, iso_codes, curated):
    table = Table()
    iso1 = read_json(iso_codes, "iso_3166-1.json", "3166-1")
    iso3 = read_json(iso_codes, "iso_3166-3.json", "3166-3")
    cur = {row["iso3"]: row for row in curated}
    for code, entry in iso1.items():
        table.add_row(code, entry["alpha_2"], numeric(entry.get("numeric", "")), "",
                      entry.get("common_name", entry["name"]), "state")
    for code, line in cur.items():
        if code in iso1:
            continue
        former = iso3.get(code)
        if former is not None:
            table.add_row(code, former["alpha_2"], numeric(former.get("numeric", "")), "",
                          former["name"], "")
        else:
            table.add_row(code, "", "", "", line["name"], "")
    for code, line in cur.items():
        row = table.rows[code]
        for field in ("iso2", "iso_numeric", "cow_code", "name", "kind"):
            if line[field] == NONE:
                row[field] = ""
            elif line[field]:
                row[field] = line[field]
        if row["kind"] not in KINDS:
            table.errors.append("%s: kind must be one of %s in curated.csv" % (code, KINDS))
    table.index_codes()
    for code, line in cur.items():
        for text in filter(None, line["aliases"].split("|")):
            table.alias(code, text, "curated")
    for code, entry in list(iso1.items()) + [(c, e) for c, e in iso3.items() if c in cur]:
        for field in ("name", "official_name", "common_name"):
            if field in entry and table.resolve(entry[field]) != code:
                table.alias(code, entry[field], "ISO 3166")
    add_world_bank(table, data)
    add_cow(table, data)
    add_troopdata(table, data)
    for path, column in ((glob.glob(os.path.join(data, "nato", "*panel.csv")), "country"),
                         ([os.path.join(data, "sipri", "sipri_milex_1949_2024_long.csv")],
                          "country")):
        require_names(table, path, column)
    return table


def add_world_bank(table, data):
    for path in sorted(glob.glob(os.path.join(data, "worldbank", "*.csv"))):
        for r in read_csv(path):
            code, name = r["Country Code"], r["Country Name"]
            if code in table.rows and table.resolve(name) != code:
                table.alias(code, name, "World Bank")


def add_cow(table, data):
    given = {row["cow_code"] for row in table.rows.values() if row["cow_code"]}
    given |= {k[4:] for k in table.keys if k.startswith("cow:")}
    for r in read_csv(os.path.join(data, "cow", "cow_states_v2016.csv")):
        code, name = r["ccode"], r["statenme"]
        if code in given:
            continue
        owner = table.resolve(name)
        if owner is None:
            table.errors.append("COW %s '%s' resolves to no row: add it to curated.csv"
                                % (code, name))
            continue
        row = table.rows[owner]
        if row["cow_code"] and row["cow_code"] != code:
            table.errors.append("COW %s '%s' resolves to %s, which has COW code %s"
                                % (code, name, owner, row["cow_code"]))
            continue
        row["cow_code"] = code
        table.claim("cow:" + code, owner, "COW code")
        given.add(code)


def add_troopdata(table, data):
    path = os.path.join(data, "troopdata_dmdc", "troopdata-rebuild-country-year-quarter-format.csv")
    seen = set()
    for r in read_csv(path):
        entry = (r["ccode"], r["iso3c"], r["countryname"])
        if entry in seen:
            continue
        seen.add(entry)
        ccode, code, name = entry
        owner = table.resolve(name)
        if owner is None and code in table.rows:
            table.alias(code, name, "troopdata")
        elif owner is None:
            table.errors.append("troopdata ccode %s '%s' (iso3c %s) resolves to no row: add it"
                                " to curated.csv" % (ccode, name, code))
        elif code in table.rows and owner != code:
            print("note: troopdata labels ccode %s / %s as '%s', which is %s"
                  % (ccode, code, name, owner), file=sys.stderr)


def require_names(table, paths, column):
    for path in paths:
        for name in sorted({r[column] for r in read_csv(path)}):
            if table.resolve(name) is None:
                table.errors.append("%s: '%s' resolves to no row: add it to curated.csv"
                                    % (os.path.basename(path), name))


def render(table):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for code in sorted(table.rows):
        row = table.rows[code]
        own = {fold(row[field]) for field in ("iso3", "iso2", "iso_numeric", "name")}
        firsts = {}
        for alias in row["aliases"]:
            if fold(alias) not in own:
                firsts.setdefault(fold(alias), alias)
        aliases = sorted(firsts.values(), key=str.casefold)
        writer.writerow([row["iso3"], row["iso2"], row["iso_numeric"], row["cow_code"],
                         row["name"], row["kind"], "|".join(aliases)])
    return out.getvalue()


def iso_codes_folder():
    """Finds Debian's iso-codes JSON the way freedesktop data files are found."""
    dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    for base in dirs.split(os.pathsep):
        folder = os.path.join(base, "iso-codes", "json")
        if os.path.isfile(os.path.join(folder, "iso_3166-1.json")):
            return folder
    raise SystemExit("iso-codes not found under $XDG_DATA_DIRS: install it"
                     " (apt-get install iso-codes) or pass --iso-codes")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=os.path.dirname(os.path.dirname(here)))
    parser.add_argument("--data")
    parser.add_argument("--iso-codes", default=iso_codes_folder())
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    data = args.data or os.path.join(args.repo, os.pardir, "shared", "data")
    curated = read_csv(os.path.join(here, "curated.csv"))
    table = build(data, args.iso_codes, curated)
    if table.errors:
        print("\n".join(table.errors), file=sys.stderr)
        return 1
    text = render(table)
    target = os.path.join(args.repo, TABLE)
    if args.check:
        with open(target, encoding="utf-8") as f:
            same = f.read() == text
        print("countries.csv is " + ("up to date" if same else "out of date"), file=sys.stderr)
        return 0 if same else 1
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print("wrote %d rows to %s" % (len(table.rows), TABLE), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
