#!/usr/bin/env python3
"""Labels the real-world address set of vietnam/admin.

This script is the set's own yardstick: it never imports or calls the Go
resolver, and it shares none of its spelling code. It reads the plain CSV
files of the statistics office's lists (internal/data/*.csv) and the list of
2019-2025 changes (changes_2019_2025.csv, with the earlier states of
supplement/earlier_states.csv), and computes for every address the
current (1/7/2025) commune code(s) it must resolve to.

Two inputs:
  hand.tsv   addresses typed one by one, each with a *spec* of the units the
             writer meant (names, not codes), e.g. "O:Hà Tĩnh/Hương Sơn/?".
  writer.py  an independent writer that picks units at random (fixed seed)
             and writes them the ways people do (writer.py, imported here).

Output: ../addresses.tsv (see ../README.md for the columns and labels).

  python3 labels.py            # rewrite ../addresses.tsv
  python3 labels.py --check    # exit 1 when ../addresses.tsv is stale

Spec grammar (hand.tsv, column 2); names are matched with tones, tone
placement and case aside ("Hoà" = "Hòa"), with or without the type word:
  N:<province 2025>/<commune 2025>         a 2025 commune
  O:<province>/<district>/<commune>        a commune of the 1/3/2025 list
  H:<province>/<district then>/<commune then>
                                           a unit as it was between 2019 and
                                           2025 (history list), or one of the
                                           list under a district's old name
  O:<province>/<district>/?                district known, commune unknown
  O:<province>/?                           province known only
  O:*/<district>/<commune>                 the text names no province: the one
                                           province with such a district
  N:<province>/?                           2025 province known only
  X                                        nothing: must not resolve
  spec|spec                                the text reads as either (a
                                           district spec stands for all its
                                           successors: "Phú Tân, Cà Mau" is
                                           the 2025 commune or the district
                                           of that name until 2025)
A spec ending in "~" widens to the units whose names differ from it only in
tones (the text was written without tones, so both are candidates).
"""

import argparse
import csv
import functools
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ADMIN = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DATA = os.path.join(ADMIN, "internal", "data")

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@functools.lru_cache(maxsize=None)
def tkey(s):
    """Key with tones: lower case, words glued, each word's tone mark moved
    to its end so that the placement ("Hoà"/"Hòa") does not count."""
    s = unicodedata.normalize("NFD", s.lower().replace("’", "'"))
    out = []
    for w in re.split(r"[\s\-'.]+", s):
        tone = "".join(c for c in w if c in TONE_MARKS)
        base = "".join(c for c in w if c not in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + tone)
    return "".join(out)


@functools.lru_cache(maxsize=None)
def fkey(s):
    """Key without tones or any other mark: "Đắk Lắk" -> "daklak"."""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d").replace("Đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s)


def numkey(k):
    """"02" and "2" are one ward number."""
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", k)


TYPE_WORDS = ["thành phố", "thị xã", "thị trấn", "tỉnh", "quận", "huyện", "xã", "phường", "đặc khu"]


def bare(name):
    low = name.lower()
    for w in TYPE_WORDS:
        if low.startswith(w + " "):
            return name[len(w) + 1:]
    return name


def has_tones(text):
    """Does the text carry any Vietnamese mark at all (tones, hats, đ)?"""
    d = unicodedata.normalize("NFD", text)
    return any(unicodedata.combining(c) for c in d) or "đ" in text.lower()


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def find_history(explicit):
    if explicit:
        return explicit
    hits = sorted(glob.glob(os.path.join(ADMIN, "internal", "**", "changes_2019_2025.csv"), recursive=True))
    if hits:
        return hits[0]
    sys.exit("labels.py: changes_2019_2025.csv not found under vietnam/admin/internal; pass --history PATH")


class Data:
    def __init__(self, data_dir, history):
        self.prov_new = {r["code"]: r for r in read(os.path.join(data_dir, "provinces_2025.csv"))}
        self.prov_old = {r["code"]: r for r in read(os.path.join(data_dir, "provinces_pre2025.csv"))}
        self.dist = {r["code"]: r for r in read(os.path.join(data_dir, "districts_pre2025.csv"))}
        self.comm_old = {r["code"]: r for r in read(os.path.join(data_dir, "communes_pre2025.csv"))}
        self.comm_new = {r["code"]: r for r in read(os.path.join(data_dir, "communes_2025.csv"))}
        self.prov_map = {r["old_province_code"]: r["new_province_code"]
                         for r in read(os.path.join(data_dir, "province_mapping_2025.csv"))}
        self.succ = {}   # old commune code -> [(new code, note)]
        for r in read(os.path.join(data_dir, "commune_mapping_2025.csv")):
            if r["old_commune_code"]:
                self.succ.setdefault(r["old_commune_code"], []).append((r["new_commune_code"], r["nso_note"]))
        self.hist = read(history)
        # with the states of the list of 2017 that the history lacks (names
        # lost in the 2019-2020 mergers, Huyện Tân Thành; same columns), for
        # labels only: the writer samples the history file alone
        self.hist_all = list(self.hist)
        earlier = os.path.join(data_dir, "supplement", "earlier_states.csv")
        if os.path.exists(earlier):
            self.hist_all += read(earlier)
        self.hist_by_prov = {}
        for h in self.hist_all:
            self.hist_by_prov.setdefault(h["province_code"], []).append(h)
        self.dist_comms = {}
        for c in self.comm_old.values():
            self.dist_comms.setdefault(c["district_code"], []).append(c["code"])
        # old province code of a 2025 province
        self.olds_of_new = {}
        for o, n in self.prov_map.items():
            self.olds_of_new.setdefault(n, []).append(o)

    # --- successors -------------------------------------------------------
    def current(self, old_code):
        """2025 communes of a commune of the 1/3/2025 list. When the office's
        note says all the population of a split commune went to some of its
        successors, an address (where people live) is there."""
        rows = self.succ[old_code]
        pop = [c for c, note in rows if "toàn bộ dân số" in note]
        return sorted(set(pop or [c for c, _ in rows]))

    def district_current(self, dcode):
        out = set()
        for c in self.dist_comms.get(dcode, []):
            out.update(c2 for c2, _ in self.succ[c])
        return sorted(out)

    # --- names ------------------------------------------------------------
    @staticmethod
    def named(row, key, toned):
        f = tkey if toned else fkey
        names = {numkey(f(row["name"])), numkey(f(row["full_name"]))}
        return numkey(f(key)) in names

    def provinces(self, name, era):
        table = self.prov_new if era == "new" else self.prov_old
        hits = [c for c, r in table.items() if self.named(r, name, True)]
        if era == "old" and not hits and tkey(name) in (tkey("Thừa Thiên Huế"), tkey("Huế")):
            hits = ["46"]
        if not hits:
            raise KeyError(f"no {era} province {name!r}")
        return hits

    def districts(self, pcode, name):
        """Districts of the 1/3/2025 list called name, directly or by a name
        they had since 2019 (history rows), as current district codes."""
        hits = {c for c, r in self.dist.items() if r["province_code"] == pcode and self.named(r, name, True)}
        typed = bare(name) != name  # "Huyện Hồng Ngự" is not Thị xã Hồng Ngự
        for h in self.hist_all:
            old = h["old_full_name"] if typed else bare(h["old_full_name"])
            if h["level"] == "district" and h["province_code"] == pcode and tkey(old) in (
                    tkey(name), tkey(bare(name))) and h["new_code"]:
                hits.add(h["new_code"])
        return sorted(hits)


def within_one(a, b):
    """Damerau-Levenshtein distance of a and b is at most 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    for i in range(len(b)):
        if a == b[:i] + b[i + 1:]:
            return True
    return False


def _unit_keys(self, pcodes):
    """Folded names of every unit of the old provinces pcodes and their 2025
    province, in both eras and in the 2019-2025 history."""
    ck = tuple(sorted(pcodes))
    cache = self.__dict__.setdefault("_keys", {})
    if ck in cache:
        return cache[ck]
    news = {self.prov_map[p] for p in pcodes}
    keys = set()
    for r in self.comm_old.values():
        if r["province_code"] in pcodes:
            keys.add(fkey(r["name"]))
    for r in self.dist.values():
        if r["province_code"] in pcodes:
            keys.add(fkey(r["name"]))
    for r in self.comm_new.values():
        if r["province_code"] in news:
            keys.add(fkey(r["name"]))
    for h in self.hist_all:
        if h["province_code"] in pcodes:
            keys.add(fkey(bare(h["old_full_name"])))
    cache[ck] = keys
    return keys


def _near_any(self, pcodes, name):
    k = fkey(name)
    return any(within_one(k, u) for u in self.unit_keys(pcodes))


def _province_label(self, name):
    """A province written alone: the provinces of either era so called,
    and the 2025 province of an old one (a name used in both eras, such as
    "Gia Lai", is right read in either)."""
    units = []
    for era, table in (("pre", self.prov_old), ("new", self.prov_new)):
        try:
            units += [f"{era}:{c}" for c in self.provinces(name, "old" if era == "pre" else "new")]
        except KeyError:
            pass
    for u in list(units):
        if u.startswith("pre:"):
            units.append("new:" + self.prov_map[u[4:]])
    if not units:
        raise KeyError(f"no province {name!r}")
    return Label("P", unit="|".join(sorted(set(units))))


Data.province_label = _province_label
Data.unit_keys = _unit_keys
Data.near_any = _near_any


def _commune_candidates(self, pcodes, dname, dcodes, name, toned):
    """Communes of the 1/3/2025 list that the written commune name can be,
    inside the written district: the units called so now, and the units
    called so between 2019 and 2025 (followed to their successor), and the
    districts of the abolished units that have no known successor."""
    olds, partial = [], []
    # the district written must be the one of the time, by name, or
    # the same district of the 1/3/2025 list under its current name
    direct = [c for c in dcodes if self.dist.get(c) and self.named(self.dist[c], dname, True)]
    direct += [x["old_code"] for p in pcodes for x in self.hist_by_prov.get(p, [])
               if x["level"] == "district" and x["old_code"] == x["new_code"] and tkey(bare(x["old_full_name"])) in (tkey(dname), tkey(bare(dname)))]
    for h in (h for p in pcodes for h in self.hist_by_prov.get(p, [])):
        if h["level"] != "commune":
            continue
        if not self.named({"name": bare(h["old_full_name"]), "full_name": h["old_full_name"]}, name, toned):
            continue
        if dname != "*" and not (tkey(bare(h["old_district_full_name"])) in (tkey(dname), tkey(bare(dname)))
                                 or h["old_district_code"] in direct):
            continue
        if h["kind"] == "abolished_target_unknown":
            partial.append(h["old_district_code"])
        elif "merged_into" in h["kind"] or "recoded" in h["kind"]:
            olds.append(h["new_code"])
        else:
            olds.append(h["old_code"])
    for dc in dcodes:
        for c in self.dist_comms.get(dc, []):
            if self.named(self.comm_old[c], name, toned):
                olds.append(c)
    return olds, partial


Data.commune_candidates = _commune_candidates


class Label:
    """What an address must resolve to."""

    def __init__(self, kind, codes=(), unit="", era=""):
        self.kind, self.codes, self.unit, self.era = kind, sorted(set(codes)), unit, era

    def text(self):
        if self.kind == "X":
            return "X"
        if self.kind == "C":
            return ("C:" if len(self.codes) == 1 else "A:") + "|".join(self.codes)
        if self.kind == "D":
            return f"D:{self.unit}/" + "|".join(self.codes)
        return f"P:{self.unit}"


def resolve_spec(d, spec, toneless):
    """Resolves one spec to the set of 2025 communes, or a partial label."""
    widen = spec.endswith("~") or toneless
    spec = spec.rstrip("~")
    if spec == "X":
        return Label("X")
    era, _, path = spec.partition(":")
    parts = path.split("/")
    if era == "N":
        pcodes = d.provinces(parts[0], "new")
        if parts[1] == "?":
            return d.province_label(parts[0])
        hits = [c for c, r in d.comm_new.items() if r["province_code"] in pcodes and d.named(r, parts[1], True)]
        if len(hits) != 1:
            raise KeyError(f"{spec}: {len(hits)} communes")
        if widen:
            r0 = d.comm_new[hits[0]]
            hits = [c for c, r in d.comm_new.items() if r["province_code"] in pcodes and d.named(r, r0["name"], False)]
        return Label("C", hits)
    if era not in ("O", "H"):
        raise KeyError(f"{spec}: unknown era")
    if parts[0] == "*":
        # the text names no province: the one province with such a district
        pcodes = [p for p in d.prov_old if d.districts(p, parts[1])]
        if len(pcodes) != 1:
            raise KeyError(f"{spec}: {len(pcodes)} provinces have a district {parts[1]!r}")
    else:
        pcodes = d.provinces(parts[0], "old")
    if parts[1] == "?":
        return d.province_label(parts[0])
    if parts[1] == "*":
        dcodes = [c for c, r in d.dist.items() if r["province_code"] in pcodes]
    else:
        dcodes = [c for p in pcodes for c in d.districts(p, parts[1])]
    if not dcodes:
        raise KeyError(f"{spec}: no district {parts[1]!r}")
    if parts[2].startswith("?"):
        unknown = parts[2][1:]
        if unknown and d.near_any(pcodes, unknown):
            raise KeyError(f"{spec}: {unknown!r} is (one edit from) a unit of the province")
        if len(dcodes) != 1:
            raise KeyError(f"{spec}: {len(dcodes)} districts")
        # a district gone since 2019 is right named as it was, or as the
        # district of the 1/3/2025 list that continues it
        gone = [h["old_code"] for p in pcodes for h in d.hist_by_prov.get(p, []) if h["level"] == "district"
                and h["new_code"] == dcodes[0] and tkey(bare(h["old_full_name"])) in (tkey(parts[1]), tkey(bare(parts[1])))]
        units = ",".join(f"pre:{c}" for c in [dcodes[0]] + sorted(set(gone) - {dcodes[0]}))
        return Label("D", d.district_current(dcodes[0]), unit=units)
    name = parts[2]
    olds, partial = d.commune_candidates(pcodes, parts[1], dcodes, name, not widen)
    if partial and not olds:
        dc = partial[0]
        return Label("D", d.district_current(dc), unit=f"pre:{dc}")
    if not olds:
        raise KeyError(f"{spec}: no commune {name!r} in districts {dcodes}")
    codes = set()
    for o in set(olds):
        codes.update(d.current(o))
    return Label("C", codes)


def label_of(d, specs, text):
    toneless = not has_tones(text)
    labels = [resolve_spec(d, s.strip(), toneless) for s in specs.split("|")]
    if len(labels) == 1:
        return labels[0]
    # a district read as either (a bare name that was a district until 2025
    # and is a commune since) stands for every successor of the district
    if any(l.kind not in ("C", "D") for l in labels) or all(l.kind == "D" for l in labels):
        raise KeyError(f"{specs}: only commune and district specs can be combined")
    return Label("C", [c for l in labels for c in l.codes])


def read_specs(d, name):
    """Labels the lines of gen/<name>.tsv: address, spec, category."""
    rows, errors = [], 0
    with open(os.path.join(HERE, name + ".tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 3:
                print(f"{name}.tsv:{n}: want 3 fields, got {len(fields)}: {line!r}", file=sys.stderr)
                errors += 1
                continue
            text, spec, cat = fields
            try:
                lab = label_of(d, spec, text)
            except KeyError as e:
                print(f"{name}.tsv:{n}: {e}", file=sys.stderr)
                errors += 1
                continue
            rows.append((text, lab.text(), cat, name))
    if errors:
        sys.exit(f"labels.py: {errors} bad lines in {name}.tsv")
    return rows


# The sets: the file written, the sources, the header's first line.
SETS = {
    "addresses": ("addresses.tsv", "gen/hand.tsv and gen/writer.py"),
    "scanned": ("scanned.tsv", "gen/scanned.tsv (see ../SOURCES.md)"),
    "shops": ("shops.tsv", "gen/shops.tsv (sampled by gen/shops.py; see ../SOURCES.md)"),
    "suites": ("suites.tsv", "gen/suites.tsv (see ../SOURCES.md)"),
    "places": ("places.tsv", "gen/places.tsv (sampled by gen/places.py; see ../SOURCES.md)"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--history", default="")
    ap.add_argument("--set", default="addresses", choices=sorted(SETS))
    args = ap.parse_args()
    d = Data(args.data, find_history(args.history))
    out_name, sources = SETS[args.set]
    out_path = os.path.normpath(os.path.join(HERE, "..", out_name))
    if args.set == "addresses":
        rows = [(t, l, c, "hand") for t, l, c, _ in read_specs(d, "hand")]
        sys.path.insert(0, HERE)
        import writer
        for text, lab, cat in writer.generate(d):
            rows.append((text, lab.text(), cat, "writer"))
    else:
        rows = read_specs(d, args.set)
    out = "".join("\t".join(r) + "\n" for r in rows)
    head = (f"# Labelled addresses for vietnam/admin; made by gen/labels.py from {sources}.\n"
            "# Do not edit: edit those and run `python3 gen/labels.py`. Columns: see README.md.\n"
            "# address\texpect\tcategory\torigin\n")
    out = head + out
    if args.check:
        with open(out_path, encoding="utf-8") as f:
            if f.read() != out:
                sys.exit(f"labels.py: {out_name} is stale; run python3 gen/labels.py --set {args.set}")
        print(f"{out_name} up to date ({len(rows)} rows)")
        return
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(out)
    print(f"wrote {out_path}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
