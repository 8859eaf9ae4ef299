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
    """Titles written in capitals (wholly, or before a lower-case remark in
    brackets, as some chapters of the official list are) in sentence case."""
    s = s.strip()
    head, sep, tail = s.partition("(")
    if head.isupper():
        s = head.lower() + sep + tail
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
    # The hazardous codes alone, for the worker that finds suggestions: it
    # needs the flag, not the 100 KB of labels.
    with open(out / "low_hazardous.txt", "w", encoding="utf-8") as f:
        f.write(" ".join(c[0] for c in codes if c[1] == "1") + "\n")


DEFRA_SRC = "UK Government GHG Conversion Factors for Company Reporting (DESNZ/DEFRA)"
DEFRA_VER = "2025, full set v1"
DEFRA_LIC = "Crown copyright, Open Government Licence v3.0"
BC_SRC = "ADEME Base Carbone"
BC_VER = "V23.6"
BC_LIC = "Base Carbone terms of use (ADEME); contributor kept per factor"
EPA_SRC = "US EPA ORCR, Volume-to-Weight Conversion Factors (as discarded, loose)"
EPA_VER = "April 2016"
EPA_LIC = "US federal government work, public domain"

# DEFRA road freight classes: (id part, label fr, label en, DEFRA type)
HGV = [
    ("rigid_3_5_7_5t", "Porteur 3,5–7,5 t", "Rigid 3.5–7.5 t", "Rigid (>3.5 - 7.5 tonnes)"),
    ("rigid_7_5_17t", "Porteur 7,5–17 t", "Rigid 7.5–17 t", "Rigid (>7.5 tonnes-17 tonnes)"),
    ("rigid_17t", "Porteur > 17 t", "Rigid > 17 t", "Rigid (>17 tonnes)"),
    ("artic_3_5_33t", "Semi-remorque 3,5–33 t", "Articulated 3.5–33 t", "Articulated (>3.5 - 33t)"),
    ("artic_33t", "Semi-remorque > 33 t", "Articulated > 33 t", "Articulated (>33t)"),
    ("all_hgv", "Poids lourd, moyenne", "All HGVs", "All HGVs"),
]
LOADS = [("avg", "chargement moyen", "average laden", "Average laden"), ("empty", "à vide", "empty", "0% Laden"),
         ("half", "à moitié chargé", "50% laden", "50% Laden"), ("full", "plein", "100% laden", "100% Laden")]


def build_factors(src: Path, out: Path) -> None:
    freight = list(csv.DictReader(open(src / "defra_2025_road_freight.csv", encoding="utf-8")))

    def defra(activity, typ, unit, laden, wtt=False):
        sheet = "WTT- delivery vehs & freight" if wtt else "Freighting goods"
        act = ("WTT- " + (activity.lower() if activity == "Vans" else activity)) if wtt else activity
        for r in freight:
            if r["sheet"] == sheet and r["activity"] == act and r["type"] == typ and r["unit"] == unit and r["laden_or_fuel"] == laden:
                return float(r["kgCO2e"])
        raise KeyError((activity, typ, unit, laden, wtt))

    rows = []

    def add(id_, kind, material, route, value, unit, fr, en, parts, source, version, licence):
        rows.append((id_, kind, material, route, f"{value:.6g}", unit, fr, en, parts, source, version, licence))

    # Vehicle-km, well-to-wheel = combustion (TTW) + fuel upstream (WTT).
    for key, fr, en, typ in HGV:
        for lkey, lfr, len_, laden in LOADS:
            if lkey != "avg" and key != "artic_33t":
                continue
            ttw = defra("HGV (all diesel)", typ, "km", laden)
            wtt = defra("HGV (all diesel)", typ, "km", laden, wtt=True)
            add(f"defra2025.{key}.{lkey}.km", "vehicle_km", "", "", ttw + wtt, "kgCO2e/km",
                f"{fr}, diesel, {lfr}", f"{en}, diesel, {len_}", f"TTW {ttw} + WTT {wtt}", DEFRA_SRC, DEFRA_VER, DEFRA_LIC)
    ttw = defra("Vans", "Average (up to 3.5 tonnes)", "km", "Diesel")
    wtt = defra("Vans", "Average (up to 3.5 tonnes)", "km", "Diesel", wtt=True)
    add("defra2025.van.diesel.km", "vehicle_km", "", "", ttw + wtt, "kgCO2e/km", "Utilitaire ≤ 3,5 t, diesel",
        "Van ≤ 3.5 t, diesel", f"TTW {ttw} + WTT {wtt}", DEFRA_SRC, DEFRA_VER, DEFRA_LIC)
    # Tonne-km, well-to-wheel, average laden.
    for key, fr, en, typ in HGV:
        ttw = defra("HGV (all diesel)", typ, "tonne.km", "Average laden")
        wtt = defra("HGV (all diesel)", typ, "tonne.km", "Average laden", wtt=True)
        add(f"defra2025.{key}.avg.tkm", "tonne_km", "", "", ttw + wtt, "kgCO2e/t.km", f"{fr}, diesel, chargement moyen",
            f"{en}, diesel, average laden", f"TTW {ttw} + WTT {wtt}", DEFRA_SRC, DEFRA_VER, DEFRA_LIC)
    bc = {r["id"]: r for r in csv.DictReader(open(src / "base_carbone_v23.6_transport_waste_materials.csv", encoding="utf-8"))}

    def bcv(i):
        r = bc[str(i)]
        v = float(r["total_kgCO2e"])
        return v * 1000 if r["unite"] == "kgCO2e/Kg" else v

    for i, fr, en in [(43722, "Porteur 3,5–7,5 t", "Rigid 3.5–7.5 t"), (43724, "Porteur 7,5–12 t", "Rigid 7.5–12 t"),
                      (43716, "Porteur 12–20 t", "Rigid 12–20 t"), (43718, "Porteur 20–26 t", "Rigid 20–26 t"),
                      (43721, "Porteur 26–32 t", "Rigid 26–32 t"), (43651, "Semi-remorque < 34 t", "Articulated < 34 t"),
                      (43643, "Semi-remorque 34–40 t", "Articulated 34–40 t"), (43735, "Utilitaire < 3,5 t", "Van < 3.5 t")]:
        add(f"bc23.6.{i}", "tonne_km", "", "", bcv(i), "kgCO2e/t.km", f"{fr}, gazole B7 (amont, combustion, fabrication)",
            f"{en}, diesel B7 (upstream, combustion, manufacture)", f"Base Carbone id {i}", BC_SRC, BC_VER, BC_LIC)

    # Waste treatment: emissions per tonne of waste of the route the synergy avoids.
    disposal = list(csv.DictReader(open(src / "defra_2025_waste_disposal.csv", encoding="utf-8")))
    routes = {"Landfill": ("landfill", "enfouissement", "landfill"),
              "Incineration with energy recovery": ("incineration", "incinération", "incineration"),
              "Closed-loop": ("recycling", "recyclage", "recycling"),
              "Composting": ("composting", "compostage", "composting"),
              "Anaerobic digestion": ("anaerobic_digestion", "méthanisation", "anaerobic digestion")}
    materials = {"Paper and board: board": ("cardboard", "Carton", "Board"),
                 "Paper and board: paper": ("paper", "Papier", "Paper"),
                 "Wood": ("wood", "Bois", "Wood"),
                 "Plastics: average plastics": ("plastics", "Plastiques", "Plastics"),
                 "Metal: scrap metal": ("metals", "Métaux", "Scrap metal"),
                 "Glass": ("glass", "Verre", "Glass"),
                 "Clothing": ("textiles", "Textiles", "Clothing"),
                 "Organic: food and drink waste": ("organics", "Biodéchets alimentaires", "Food and drink waste"),
                 "Aggregates": ("inert", "Granulats, inertes", "Aggregates"),
                 "Commercial and industrial waste": ("mixed", "Déchets d'activités en mélange", "Commercial and industrial waste")}
    for r in disposal:
        if r["material"] in materials and r["route"] in routes:
            mat, mfr, men = materials[r["material"]]
            route, rfr, ren = routes[r["route"]]
            add(f"defra2025.waste.{mat}.{route}", "treatment", mat, route, float(r["kgCO2e_per_tonne"]), "kgCO2e/t",
                f"{mfr} — {rfr}", f"{men} — {ren}", "disposal step only, no avoided-production credit", DEFRA_SRC, DEFRA_VER, DEFRA_LIC)
    for i, mat, route, fr, en in [(34484, "cardboard", "landfill", "Emballages carton — enfouissement", "Cardboard packaging — landfill"),
                                  (34482, "cardboard", "incineration", "Emballages carton — incinération", "Cardboard packaging — incineration"),
                                  (34480, "cardboard", "recycling", "Emballages carton — recyclage", "Cardboard packaging — recycling"),
                                  (34594, "wood", "landfill", "Emballages bois — enfouissement", "Wooden packaging — landfill"),
                                  (34592, "wood", "incineration", "Emballages bois — incinération", "Wooden packaging — incineration"),
                                  (34648, "organics", "landfill", "Déchets putrescibles — enfouissement", "Putrescible waste — landfill"),
                                  (34646, "organics", "incineration", "Déchets putrescibles — incinération", "Putrescible waste — incineration"),
                                  (34636, "organics", "anaerobic_digestion", "Déchets de cuisine — méthanisation", "Kitchen waste — anaerobic digestion"),
                                  (34638, "organics", "composting", "Déchets de cuisine et verts — compostage", "Kitchen and garden waste — composting"),
                                  (34692, "mixed", "landfill", "DIB en mélange — fin de vie hors recyclage", "Mixed non-hazardous waste — not recycled"),
                                  (34672, "metals", "landfill", "Métaux — fin de vie hors recyclage", "Metals — not recycled")]:
        add(f"bc23.6.{i}", "treatment", mat, route, bcv(i), "kgCO2e/t", fr, en,
            f"Base Carbone id {i}, « Impacts » only (avoided emissions reported apart)", BC_SRC, BC_VER, BC_LIC)

    # Virgin material no longer bought (primary production).
    use = list(csv.DictReader(open(src / "defra_2025_material_use.csv", encoding="utf-8")))
    for r in use:
        if r["material"] in materials and r["route"] == "Primary material production":
            mat, mfr, men = materials[r["material"]]
            add(f"defra2025.virgin.{mat}", "virgin", mat, "", float(r["kgCO2e_per_tonne"]), "kgCO2e/t",
                f"{mfr} — production primaire", f"{men} — primary production", "", DEFRA_SRC, DEFRA_VER, DEFRA_LIC)
    for i, mat, fr, en in [(26737, "cardboard", "Carton neuf", "Virgin cardboard"), (24309, "paper", "Papier, moyen", "Paper, average"),
                           (20908, "wood", "Bois courte durée de vie", "Short-life wood"), (20836, "plastics", "Plastique moyen neuf", "Average virgin plastic"),
                           (26729, "metals", "Acier ou fer blanc neuf", "Virgin steel or tinplate"), (26741, "glass", "Verre neuf", "Virgin glass"),
                           (26735, "inert", "Granulats", "Aggregates")]:
        add(f"bc23.6.{i}", "virgin", mat, "", bcv(i), "kgCO2e/t", fr, en, f"Base Carbone id {i}", BC_SRC, BC_VER, BC_LIC)

    # Bulk densities to turn volumes into mass.
    for mat, kg, fr, en, note in [("cardboard", 63, "Carton (en vrac)", "Cardboard, loose", "106 lb/yd3"),
                                  ("paper", 145, "Papiers en mélange", "Mixed paper", "245 lb/yd3"),
                                  ("wood", 371, "Bois broyé", "Wood, chipped", "625 lb/yd3 (EPA 1993)"),
                                  ("plastics", 24, "Plastiques en mélange", "Mixed plastics", "40 lb/yd3"),
                                  ("metals", 133, "Ferraille", "Scrap metal", "225 lb/yd3"),
                                  ("glass", 225, "Verre", "Glass", "380 lb/yd3"),
                                  ("textiles", 96, "Textiles en vrac", "Textiles, loose", "150–175 lb/yd3"),
                                  ("organics", 235, "Déchets alimentaires", "Food scraps", "396 lb/yd3"),
                                  ("inert", 510, "Béton", "Concrete", "860 lb/yd3")]:
        add(f"epa2016.density.{mat}", "density", mat, "", kg, "kg/m3", fr, en, note, EPA_SRC, EPA_VER, EPA_LIC)

    with open(out / "factors.tsv", "w", encoding="utf-8") as f:
        f.write("id\tkind\tmaterial\troute\tvalue\tunit\tlabel_fr\tlabel_en\tparts\tsource\tversion\tlicence\n")
        for r in rows:
            f.write("\t".join(clean(str(x)) for x in r) + "\n")


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/refdata")
    out = Path("data")
    out.mkdir(exist_ok=True)
    build_naf(src, out)
    build_low(src, out)
    build_factors(src, out)
    print("data/ rebuilt from", src)


if __name__ == "__main__":
    main()
