#!/usr/bin/env python3
"""Samples the places set (gen/places.tsv) from a list of shops and places.

The list is the address records (data/ner_samples.json) of another
project's database of Vietnamese places, github.com/NguyenGiangVtr/
vn-address-intelligence (see ../SOURCES.md for the commit and licence):
for each place, the address as written ("raw": by the shop or the map it
came from, often with the picker's ward, district and province appended)
and the database's own ward, district and province ("context").

A record is kept only when its text writes both the database's ward and
its district as a comma-separated part of their own, type word aside and
with the same tones ("Phường 5" or "P5" for ward "05"), so that the text
says what the label says; its spec is the database's answer (the units
of their time). Of the kept records, SAMPLE are drawn (fixed seed); every
second one is held out ("held"), as in the shops set.

  python3 gen/places.py --source DIR   # DIR: a checkout of vn-address-intelligence
  python3 gen/labels.py --set places   # then label gen/places.tsv
"""

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels as L  # noqa: E402

SEED = 20251203
SAMPLE = 1200
SOURCE = "data/ner_samples.json"

TYPE = re.compile(r"^(thành phố|thị xã|thị trấn|tỉnh|quận|huyện|xã|phường|tp|tx|tt|p|q|h|x)\.?\s*", re.I)


def unit_key(s):
    """A part or a unit name without its type word: its number, or its
    name with tones (labels.tkey)."""
    s = TYPE.sub("", s.strip(), count=1).strip()
    if re.fullmatch(r"\d+", s):
        return str(int(s))
    return L.tkey(s)


def spec_name(name, numbered):
    if re.fullmatch(r"\d+", name):
        return f"{numbered} {int(name)}"
    return name


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    d = L.Data(L.DATA, L.find_history(""))
    with open(os.path.join(args.source, SOURCE), encoding="utf-8") as f:
        records = json.load(f)
    kept, seen = [], set()
    for rec in records:
        meta = rec["data"]["meta"]
        text = " ".join(meta["raw"].replace("\t", " ").split("\n"))
        ctx = [c.strip() for c in meta["context"].split(",")]
        if len(ctx) != 3 or text in seen:
            continue
        seen.add(text)
        ward, dist, prov = ctx
        parts = {unit_key(p) for p in text.split(",")}
        if unit_key(ward) not in parts or unit_key(dist) not in parts:
            continue
        spec = f"H:{prov}/{spec_name(dist, 'Quận')}/{spec_name(ward, 'Phường')}"
        try:
            L.label_of(d, spec, text)
        except KeyError as e:
            print(f"left out {text!r}: {e}", file=sys.stderr)
            continue
        kept.append((text, spec))
    rng = random.Random(SEED)
    out = []
    for i, (text, spec) in enumerate(rng.sample(kept, min(SAMPLE, len(kept)))):
        out.append(f"{text}\t{spec}\tplaces:{'tune' if i % 2 == 0 else 'held'}\n")
    with open(os.path.join(HERE, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# The places set: addresses of a database of shops and places, sampled by gen/places.py (see ../SOURCES.md).\n")
        f.write(f"# address <TAB> spec (see labels.py) <TAB> set:part; {len(out)} of the {len(kept)} records whose text writes the database's ward and district.\n")
        f.writelines(out)
    print(f"wrote gen/places.tsv: {len(out)} rows of {len(kept)} kept", file=sys.stderr)


if __name__ == "__main__":
    main()
