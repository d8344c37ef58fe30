#!/usr/bin/env python3
"""Samples the shops set (gen/shops.tsv) from two e-commerce address lists.

The lists are the unit triples (ward, district, province) that the address
pickers of two shops, Shopee (2020-2025) and TikTok Shop (2023-2025),
wrote into their orders, as published in github.com/tranngocminhhieu/
vietnamadminunits (MIT; see ../SOURCES.md for the commit). Each sampled
row becomes one address written as the picker joins it, "ward, district,
province", and its spec is the row itself: the units the shop meant.

Half of the rows (every second one sampled) are held out ("held"): the
resolver is tuned on the "tune" rows only and reported on both.

  python3 gen/shops.py --source DIR   # DIR: a checkout of vietnamadminunits
  python3 gen/labels.py --set shops   # then label gen/shops.tsv

Rows that labels.py cannot read (a name the statistics office spells
otherwise) are listed on stderr and left out; their count is in the
header of gen/shops.tsv.
"""

import argparse
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels as L  # noqa: E402

SEED = 20251203
PER_LIST = 1000
LISTS = (
    ("shopee", "scripts/testing_package/data/input/s_legacy_2020-2025.csv"),
    ("tiktok", "scripts/testing_package/data/input/t_legacy_2023-2025.csv"),
)


def spec_name(s):
    """A name as labels.py reads it: "TP. Hồ Chí Minh" and "Tỉnh Thừa
    Thiên Huế" are the provinces' names, "Cao Lãnh (Thành phố)" is
    "Thành phố Cao Lãnh"."""
    s = " ".join(s.split())
    for p in ("TP. ", "TP.", "Tỉnh Thừa Thiên Huế"):
        if s.startswith(p):
            s = s[len(p):] or "Thừa Thiên Huế"
    m = re.fullmatch(r"(.+?) \((Thành phố|Thị xã|Thị trấn|Xã|Phường|Huyện|Quận) ?\)", s)
    if m:
        s = m.group(2) + " " + m.group(1)
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    d = L.Data(L.DATA, L.find_history(""))
    rng = random.Random(SEED)
    out, left = [], 0
    for name, rel in LISTS:
        with open(os.path.join(args.source, rel), newline="", encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if r["ward"].strip()]
        picked = 0
        for r in rng.sample(rows, len(rows)):
            if picked == PER_LIST:
                break
            text = f'{r["ward"].strip()}, {r["district"].strip()}, {r["province"].strip()}'
            spec = "H:" + "/".join(spec_name(r[k]) for k in ("province", "district", "ward"))
            try:
                L.label_of(d, spec, text)
            except KeyError as e:
                print(f"left out {text!r}: {e}", file=sys.stderr)
                left += 1
                continue
            part = "tune" if picked % 2 == 0 else "held"
            out.append(f"{text}\t{spec}\t{name}:{part}\n")
            picked += 1
    with open(os.path.join(HERE, "shops.tsv"), "w", encoding="utf-8") as f:
        f.write("# The shops set: rows of two shops' address pickers, sampled by gen/shops.py (see ../SOURCES.md).\n")
        f.write(f"# address <TAB> spec (see labels.py) <TAB> list:part; {left} sampled rows labels.py cannot read were left out.\n")
        f.writelines(out)


if __name__ == "__main__":
    main()
