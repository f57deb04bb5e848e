#!/usr/bin/env python3
"""Writes ISO 3166-2 subdivisions from Debian's iso-codes package, with their Italian
translations, as corpora/lexicons/places-iso3166-2.txt:
    name<TAB>ISO 3166-1 alpha-2<TAB>other name (Italian translation when it differs)

Kept: every subdivision of Italy (regions, provinces, metropolitan cities), and elsewhere
the first-level units (states, regions, provinces...) whose name has at least four
letters. Names in parentheses and slashes ("Bozen/Bolzano") give one entry per form.

Usage (from the repository root, with the iso-codes package installed):
    python3 corpora/lexicons/build/iso_subdivisions.py > corpora/lexicons/places-iso3166-2.txt
Data: iso-codes (Debian), LGPL-2.1-or-later; the files are data, used unchanged apart
from the selection above.
"""
import gettext
import json
import re

ISO = "/usr/share/iso-codes/json/iso_3166-2.json"
tr = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=["it"], fallback=True)
subs = json.load(open(ISO, encoding="utf-8"))["3166-2"]

def forms(name):
    out = []
    for part in re.split(r"\s*/\s*|\s*\(|\)", name):
        part = part.strip(" ,")
        if len(part) >= 4 and not re.search(r"\d", part):
            out.append(part)
    return out

rows = {}
for s in subs:
    cc = s["code"][:2]
    if cc != "IT" and "parent" in s:
        continue  # second-level units outside Italy are mostly too small or ambiguous
    names = forms(s["name"])
    it_name = tr.gettext(s["name"])
    it_forms = forms(it_name) if it_name != s["name"] else []
    primary = (it_forms or names or [None])[0]
    if primary is None:
        continue
    others = [n for n in it_forms + names if n != primary]
    key = (primary, cc)
    rows.setdefault(key, set()).update(others)

print("# ISO 3166-2 subdivisions from Debian iso-codes (LGPL-2.1-or-later, data files),")
print("# name<TAB>ISO 3166-1 alpha-2<TAB>other names separated by '|'.")
print("# Regenerate with corpora/lexicons/build/iso_subdivisions.py.")
for (name, cc), others in sorted(rows.items()):
    line = f"{name}\t{cc}"
    if others:
        line += "\t" + "|".join(sorted(others))
    print(line)
