#!/usr/bin/env python3
"""Builds the reference data shipped in the app (data/*.tsv) from the
extracts in ../shared/refdata (see data/README.md for sources and licences).

Run from the repository root:  python3 tools/refdata/build_data.py ../shared/refdata
The output is committed; the app and the tests never read ../shared.
"""
import csv
import sys
from pathlib import Path

# NACE Rev. 2 section titles in English (Regulation (EC) 1893/2006).
SECTIONS_EN = {
    "A": "Agriculture, forestry and fishing",
    "B": "Mining and quarrying",
    "C": "Manufacturing",
    "D": "Electricity, gas, steam and air conditioning supply",
    "E": "Water supply; sewerage, waste management and remediation activities",
    "F": "Construction",
    "G": "Wholesale and retail trade; repair of motor vehicles and motorcycles",
    "H": "Transportation and storage",
    "I": "Accommodation and food service activities",
    "J": "Information and communication",
    "K": "Financial and insurance activities",
    "L": "Real estate activities",
    "M": "Professional, scientific and technical activities",
    "N": "Administrative and support service activities",
    "O": "Public administration and defence; compulsory social security",
    "P": "Education",
    "Q": "Human health and social work activities",
    "R": "Arts, entertainment and recreation",
    "S": "Other service activities",
    "T": "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use",
    "U": "Activities of extraterritorial organisations and bodies",
}


def sentence_case(s: str) -> str:
    s = s.strip()
    if s.isupper():
        s = s.lower()
    return s[:1].upper() + s[1:]


def clean(s: str) -> str:
    return " ".join(s.split()).replace("\t", " ")


def build_naf(src: Path, out: Path) -> None:
    sections, subclasses = [], []
    current = None
    with open(src / "naf_rev2_insee_all_levels.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["code"].strip()
            if code.startswith("SECTION "):
                current = code.split()[1]
                sections.append((current, sentence_case(clean(row["intitule"])), SECTIONS_EN[current]))
            elif len(code) == 6 and code[2] == "." and code[5].isalpha():
                subclasses.append((code, current, clean(row["intitule"])))
    assert len(sections) == 21, len(sections)
    assert len(subclasses) == 732, len(subclasses)
    with open(out / "naf_rev2_sections.tsv", "w", encoding="utf-8") as f:
        f.write("section\tlabel_fr\tlabel_en\n")
        for s in sections:
            f.write("\t".join(s) + "\n")
    with open(out / "naf_rev2_subclasses.tsv", "w", encoding="utf-8") as f:
        f.write("code\tsection\tlabel_fr\n")
        for s in subclasses:
            f.write("\t".join(s) + "\n")


def build_low(src: Path, out: Path) -> None:
    with open(src / "low_chapters_fr_en.csv", newline="", encoding="utf-8") as f:
        chapters = [(r["chapter"], sentence_case(clean(r["title_fr_trackdechets"])), clean(r["title_en_defra"]))
                    for r in csv.DictReader(f)]
    assert len(chapters) == 20, len(chapters)
    with open(src / "low_2014-955_fr_en.csv", newline="", encoding="utf-8") as f:
        codes = [(r["code"], "1" if r["hazardous"] == "true" else "0",
                  "m" if r["entry_type_defra"].startswith("Mirror") else "a",
                  clean(r["description_fr_trackdechets"]), clean(r["description_en_defra"]))
                 for r in csv.DictReader(f)]
    assert len(codes) == 842, len(codes)
    assert sum(c[1] == "1" for c in codes) == 408
    codes.sort()
    with open(out / "low_chapters.tsv", "w", encoding="utf-8") as f:
        f.write("chapter\tlabel_fr\tlabel_en\n")
        for c in chapters:
            f.write("\t".join(c) + "\n")
    with open(out / "low_codes.tsv", "w", encoding="utf-8") as f:
        f.write("code\thazardous\tentry\tlabel_fr\tlabel_en\n")
        for c in codes:
            f.write("\t".join(c) + "\n")


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/refdata")
    out = Path("data")
    out.mkdir(exist_ok=True)
    build_naf(src, out)
    build_low(src, out)
    print("data/ rebuilt from", src)


if __name__ == "__main__":
    main()
