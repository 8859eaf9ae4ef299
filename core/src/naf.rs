//! Activity codes: the French NAF nomenclature (INSEE).
//!
//! NAF rév. 2 (2008) is shipped in full (21 sections, 732 sub-classes) from
//! `data/`. NAF 2025 becomes the official nomenclature on 1 January 2027 and
//! SIRENE files carry both codes since December 2025: a company's code keeps
//! the nomenclature it belongs to, so the NAF 2025 list and the rév. 2 → 2025
//! correspondence table can be added here without touching stored data.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const SECTIONS_TSV: &str = include_str!("../../data/naf_rev2_sections.tsv");
const SUBCLASSES_TSV: &str = include_str!("../../data/naf_rev2_subclasses.tsv");

/// The nomenclature an activity code belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Nomenclature {
    /// NAF rév. 2 (2008), in force until 31 December 2026.
    NafRev2,
    /// NAF 2025 (from NACE Rev. 2.1), official from 1 January 2027.
    #[serde(rename = "naf_2025")]
    Naf2025,
}

/// An activity code with its nomenclature, e.g. `{"nomenclature": "naf_rev2", "code": "17.21A"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivityCode {
    pub nomenclature: Nomenclature,
    /// The code as INSEE writes it: `NN.NNL` for a NAF rév. 2 sub-class (e.g. `25.62B`).
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// A letter from A to U.
    pub letter: char,
    pub label_fr: &'static str,
    pub label_en: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubClass {
    pub code: &'static str,
    pub section: char,
    pub label_fr: &'static str,
}

pub struct NafRev2 {
    pub sections: Vec<Section>,
    pub subclasses: Vec<SubClass>,
}

/// The NAF rév. 2 list, parsed once from the shipped data.
pub fn rev2() -> &'static NafRev2 {
    static NAF: OnceLock<NafRev2> = OnceLock::new();
    NAF.get_or_init(|| NafRev2 {
        sections: rows(SECTIONS_TSV)
            .map(|c| Section {
                letter: c[0].chars().next().unwrap_or('?'),
                label_fr: c[1],
                label_en: c[2],
            })
            .collect(),
        subclasses: rows(SUBCLASSES_TSV)
            .map(|c| SubClass {
                code: c[0],
                section: c[1].chars().next().unwrap_or('?'),
                label_fr: c[2],
            })
            .collect(),
    })
}

/// Data rows of a shipped TSV file (header skipped), as columns.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.len() >= 3)
}

impl NafRev2 {
    pub fn subclass(&self, code: &str) -> Option<&SubClass> {
        let code = normalize_code(code);
        self.subclasses
            .binary_search_by(|s| s.code.cmp(code.as_str()))
            .ok()
            .map(|i| &self.subclasses[i])
    }

    pub fn section(&self, letter: char) -> Option<&Section> {
        self.sections.iter().find(|s| s.letter == letter)
    }

    /// Sub-classes matching a query: by code prefix ("25.6", "2562") or by
    /// words of the label, accent- and case-insensitive. At most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&SubClass> {
        let q = query.trim();
        if q.is_empty() {
            return Vec::new();
        }
        let code_q: String = q
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_uppercase();
        let looks_like_code = q.chars().next().is_some_and(|c| c.is_ascii_digit());
        let words = crate::text::words(q);
        self.subclasses
            .iter()
            .filter(|s| {
                if looks_like_code {
                    s.code.replace('.', "").starts_with(&code_q)
                } else {
                    let label = crate::text::fold(s.label_fr);
                    words.iter().all(|w| label.contains(w.as_str()))
                }
            })
            .take(limit)
            .collect()
    }
}

/// `2562b`, `25 62 B`, `25.62B` → `25.62B`.
pub fn normalize_code(input: &str) -> String {
    let raw: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase();
    if raw.len() == 5 && raw[..4].bytes().all(|b| b.is_ascii_digit()) {
        format!("{}.{}", &raw[..2], &raw[2..])
    } else {
        input.trim().to_ascii_uppercase()
    }
}

/// Whether a code has the shape `NN.NN` or `NN.NNL` (used for NAF 2025 codes,
/// whose list is not shipped yet).
pub fn has_code_shape(code: &str) -> bool {
    let b = code.as_bytes();
    (b.len() == 5 || b.len() == 6)
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && b[2] == b'.'
        && b[3].is_ascii_digit()
        && b[4].is_ascii_digit()
        && (b.len() == 5 || b[5].is_ascii_uppercase())
}

/// The section letter of a company's activity code, when it is known.
pub fn section_of(code: &ActivityCode) -> Option<char> {
    match code.nomenclature {
        Nomenclature::NafRev2 => rev2().subclass(&code.code).map(|s| s.section),
        Nomenclature::Naf2025 => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_the_whole_list() {
        let naf = rev2();
        assert_eq!(naf.sections.len(), 21);
        assert_eq!(naf.subclasses.len(), 732);
        assert!(
            naf.subclasses.windows(2).all(|w| w[0].code < w[1].code),
            "sorted for binary search"
        );
        assert_eq!(naf.section('C').unwrap().label_en, "Manufacturing");
    }

    #[test]
    fn finds_by_code_in_any_spelling() {
        let naf = rev2();
        assert_eq!(naf.subclass("17.21A").unwrap().section, 'C');
        assert_eq!(naf.subclass("1721a").unwrap().code, "17.21A");
        assert!(naf.subclass("17.21").is_none());
        assert!(naf.subclass("99.99Z").is_none());
    }

    #[test]
    fn searches_by_words_and_prefix() {
        let naf = rev2();
        let hits = naf.search("carton ondule", 10);
        assert!(hits.iter().any(|s| s.code == "17.21A"), "{hits:?}");
        let hits = naf.search("25.6", 50);
        assert!(!hits.is_empty() && hits.iter().all(|s| s.code.starts_with("25.6")));
        assert!(naf.search("   ", 10).is_empty());
    }

    #[test]
    fn code_shape() {
        assert!(has_code_shape("25.62B"));
        assert!(has_code_shape("25.62"));
        assert!(!has_code_shape("2562B"));
        assert!(!has_code_shape("25.62b"));
    }
}
