//! Material categories: a short list a facilitator recognises (cardboard,
//! wood, metals…), with the words people use for them and the List of
//! Waste codes that belong to them. Matching uses them so that "carton",
//! "emballages en carton" and 15 01 01 meet.

/// A material category, by key (the value stored in `flow.category`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    pub key: &'static str,
    pub label_fr: &'static str,
    pub label_en: &'static str,
    /// Folded, singular words that point to this category (French and English).
    pub words: &'static [&'static str],
    /// List of Waste code prefixes (2, 4 or 6 digits) of this category.
    pub codes: &'static [&'static str],
}

pub const CATEGORIES: &[Category] = &[
    Category {
        key: "cardboard",
        label_fr: "Carton",
        label_en: "Cardboard",
        words: &[
            "carton",
            "cartonnage",
            "ondule",
            "cardboard",
            "board",
            "calage",
        ],
        codes: &["150101", "200101", "191201", "030308"],
    },
    Category {
        key: "paper",
        label_fr: "Papier",
        label_en: "Paper",
        words: &["papier", "broye", "rognure", "archive", "paper", "shredded"],
        codes: &["030307", "030310"],
    },
    Category {
        key: "wood",
        label_fr: "Bois, palettes",
        label_en: "Wood, pallets",
        words: &[
            "bois", "palette", "sciure", "planche", "wood", "pallet", "sawdust",
        ],
        codes: &["0301", "150103", "170201", "191207", "200138"],
    },
    Category {
        key: "plastics",
        label_fr: "Plastiques",
        label_en: "Plastics",
        words: &[
            "plastique",
            "film",
            "polypropylene",
            "polyethylene",
            "pet",
            "pehd",
            "pvc",
            "purge",
            "plastic",
        ],
        codes: &["0702", "120105", "150102", "170203", "191204", "200139"],
    },
    Category {
        key: "metals",
        label_fr: "Métaux",
        label_en: "Metals",
        words: &[
            "metal",
            "ferraille",
            "acier",
            "aluminium",
            "cuivre",
            "tole",
            "limaille",
            "inox",
            "scrap",
            "steel",
        ],
        codes: &["1201", "150104", "1704", "191202", "191203", "200140"],
    },
    Category {
        key: "glass",
        label_fr: "Verre",
        label_en: "Glass",
        words: &["verre", "calcin", "glass", "cullet"],
        codes: &["1011", "150107", "170202", "191205", "200102"],
    },
    Category {
        key: "textiles",
        label_fr: "Textiles",
        label_en: "Textiles",
        words: &["textile", "tissu", "chiffon", "fibre", "vetement", "cloth"],
        codes: &["0402", "150109", "191208", "200110", "200111"],
    },
    Category {
        key: "organics",
        label_fr: "Matières organiques",
        label_en: "Organic matter",
        words: &[
            "biodechet",
            "organique",
            "alimentaire",
            "lactoserum",
            "dreche",
            "marc",
            "epluchure",
            "vert",
            "compost",
            "food",
            "organic",
        ],
        codes: &["02", "200108", "200201", "200302"],
    },
    Category {
        key: "inert",
        label_fr: "Inertes, gravats",
        label_en: "Inert, rubble",
        words: &[
            "gravat", "beton", "brique", "tuile", "terre", "granulat", "inerte", "rubble",
            "concrete",
        ],
        codes: &["1701", "1705", "1709"],
    },
    Category {
        key: "chemicals",
        label_fr: "Produits chimiques",
        label_en: "Chemicals",
        words: &[
            "solvant", "chimique", "acide", "base", "peinture", "encre", "colle", "solvent",
            "chemical", "paint",
        ],
        codes: &["06", "07", "08", "11", "14"],
    },
    Category {
        key: "oils",
        label_fr: "Huiles",
        label_en: "Oils",
        words: &["huile", "hydrocarbure", "graisse", "oil"],
        codes: &["13", "200125", "200126"],
    },
    Category {
        key: "weee",
        label_fr: "Équipements électriques (DEEE)",
        label_en: "Electrical equipment (WEEE)",
        words: &[
            "deee",
            "electrique",
            "electronique",
            "informatique",
            "weee",
            "electronic",
        ],
        codes: &["1602", "200135", "200136"],
    },
    Category {
        key: "mixed",
        label_fr: "Déchets en mélange",
        label_en: "Mixed waste",
        words: &["melange", "dib", "mixed"],
        codes: &["150106", "200301", "170904", "191212"],
    },
    Category {
        key: "energy",
        label_fr: "Énergie, chaleur",
        label_en: "Energy, heat",
        words: &[
            "chaleur",
            "vapeur",
            "energie",
            "electricite",
            "froid",
            "heat",
            "steam",
            "energy",
        ],
        codes: &[],
    },
    Category {
        key: "water",
        label_fr: "Eau",
        label_en: "Water",
        words: &["eau", "effluent", "water"],
        codes: &[],
    },
    Category {
        key: "services",
        label_fr: "Services partagés",
        label_en: "Shared services",
        words: &[
            "collecte",
            "formation",
            "transport",
            "achat",
            "groupement",
            "maintenance",
            "gardiennage",
            "collection",
            "training",
        ],
        codes: &[],
    },
];

pub fn category(key: &str) -> Option<&'static Category> {
    CATEGORIES.iter().find(|c| c.key == key)
}

/// A shipped category's key. (Written through an alias so that serde's
/// derive does not take the field for text borrowed from the input.)
pub type CategoryKey = &'static str;

/// A category key in a message between the page and its worker: written as
/// text, read back as the shipped key ("" stays "", for no category).
pub mod category_key {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(key: &&'static str, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(key)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
        let key = String::deserialize(d)?;
        if key.is_empty() {
            return Ok("");
        }
        super::category(&key)
            .map(|c| c.key)
            .ok_or_else(|| D::Error::custom(format!("unknown material category {key}")))
    }
}

/// The category a List of Waste code belongs to (longest matching prefix).
pub fn category_of_code(code: &str) -> Option<&'static Category> {
    CATEGORIES
        .iter()
        .flat_map(|c| c.codes.iter().map(move |p| (c, p)))
        .filter(|(_, p)| code.starts_with(**p))
        .max_by_key(|(_, p)| p.len())
        .map(|(c, _)| c)
}

/// Folded words of a text, singular (final s/x dropped), short words skipped:
/// "Emballages en carton" → ["emballage", "carton"].
pub fn stems(text: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "de", "des", "du", "en", "et", "la", "le", "les", "un", "une", "au", "aux", "pour", "par",
        "sur", "a", "the", "of", "and", "for",
    ];
    let mut out: Vec<String> = crate::text::words(text)
        .into_iter()
        .filter(|w| !STOP.contains(&w.as_str()) && w.chars().any(|c| c.is_alphabetic()))
        .map(|w| singular(&w))
        .filter(|w| w.len() >= 2)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The word of `text`, as written (accents, not singular), that gives the
/// stem `stem` — to show people their own words rather than stems.
pub fn word_of_stem(text: &str, stem: &str) -> Option<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .find(|w| {
            let folded = crate::text::fold(w);
            singular(folded.trim()) == stem
        })
        .map(|w| w.to_lowercase())
}

fn singular(w: &str) -> String {
    let ends = |s: &str| w.len() > 3 && w.ends_with(s);
    if ends("aux") {
        format!("{}al", &w[..w.len() - 3])
    } else if ends("s") || ends("x") {
        w[..w.len() - 1].to_owned()
    } else {
        w.to_owned()
    }
}

/// The category suggested by the words of a label, when one word points to one.
pub fn category_of_text(text: &str) -> Option<&'static Category> {
    let stems = stems(text);
    CATEGORIES
        .iter()
        .find(|c| c.words.iter().any(|w| stems.iter().any(|s| s == w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_singular() {
        assert_eq!(
            stems("Emballages en Carton ondulé"),
            vec!["carton", "emballage", "ondule"]
        );
        assert_eq!(stems("Métaux, chevaux"), vec!["cheval", "metal"]);
    }

    #[test]
    fn codes_and_words_find_the_category() {
        assert_eq!(category_of_code("150101").unwrap().key, "cardboard");
        assert_eq!(category_of_code("030105").unwrap().key, "wood");
        assert_eq!(category_of_code("120101").unwrap().key, "metals");
        assert!(category_of_code("160103").is_none());
        assert_eq!(
            category_of_text("chutes de carton").unwrap().key,
            "cardboard"
        );
        assert_eq!(category_of_text("Palettes cassées").unwrap().key, "wood");
        assert!(category_of_text("rien à voir").is_none());
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = CATEGORIES.iter().map(|c| c.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), CATEGORIES.len());
    }
}
