//! The European List of Waste (Decision 2000/532/EC as amended by
//! 2014/955/EU; annex II to article R541-8 of the French Code de
//! l'environnement): 842 six-digit codes in 20 chapters, 408 hazardous
//! (written with a star: `15 01 10*`). Shipped from `data/`.
//!
//! `low` (List Of Waste) is its one name in the code: this module, the
//! flows' `low_code`, the `LowPicker` and the `data/low_*` files.

use std::sync::OnceLock;

const CHAPTERS_TSV: &str = include_str!("../../data/low_chapters.tsv");
const CODES_TSV: &str = include_str!("../../data/low_codes.tsv");
/// The hazardous codes alone (space-separated, sorted), so that what needs
/// only the flag — the suggestions' worker — does not carry the labels.
const HAZARDOUS: &str = include_str!("../../data/low_hazardous.txt");

/// Whether a code (`150110`, `15 01 10*`) is a hazardous waste.
pub fn is_hazardous(code: &str) -> bool {
    static CODES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let codes = CODES.get_or_init(|| HAZARDOUS.split_whitespace().collect());
    codes.binary_search(&normalize_code(code).as_str()).is_ok()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chapter {
    /// Two digits, `15`.
    pub chapter: &'static str,
    pub label_fr: &'static str,
    pub label_en: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WasteCode {
    /// Six digits without spaces or star, `150101`.
    pub code: &'static str,
    pub hazardous: bool,
    /// Mirror entries come in pairs (hazardous / "other than …").
    pub mirror: bool,
    pub label_fr: &'static str,
    pub label_en: &'static str,
}

impl WasteCode {
    /// The code as printed in the regulation: `15 01 10*`.
    pub fn display(&self) -> String {
        display_code(self.code, self.hazardous)
    }

    pub fn chapter(&self) -> &'static str {
        &self.code[..2]
    }
}

/// `150110`, hazardous → `15 01 10*`.
pub fn display_code(code: &str, hazardous: bool) -> String {
    if code.len() != 6 {
        return code.to_owned();
    }
    format!(
        "{} {} {}{}",
        &code[..2],
        &code[2..4],
        &code[4..],
        if hazardous { "*" } else { "" }
    )
}

pub struct ListOfWaste {
    pub chapters: Vec<Chapter>,
    pub codes: Vec<WasteCode>,
}

/// The list, parsed once from the shipped data.
pub fn list() -> &'static ListOfWaste {
    static LOW: OnceLock<ListOfWaste> = OnceLock::new();
    LOW.get_or_init(|| ListOfWaste {
        chapters: CHAPTERS_TSV
            .lines()
            .skip(1)
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                (c.len() >= 3).then(|| Chapter {
                    chapter: c[0],
                    label_fr: c[1],
                    label_en: c[2],
                })
            })
            .collect(),
        codes: CODES_TSV
            .lines()
            .skip(1)
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                (c.len() >= 5).then(|| WasteCode {
                    code: c[0],
                    hazardous: c[1] == "1",
                    mirror: c[2] == "m",
                    label_fr: c[3],
                    label_en: c[4],
                })
            })
            .collect(),
    })
}

/// `15 01 10*`, `150110`, `15.01.10` → `150110`.
pub fn normalize_code(input: &str) -> String {
    input.chars().filter(char::is_ascii_digit).collect()
}

impl ListOfWaste {
    pub fn get(&self, code: &str) -> Option<&WasteCode> {
        let code = normalize_code(code);
        self.codes
            .binary_search_by(|c| c.code.cmp(code.as_str()))
            .ok()
            .map(|i| &self.codes[i])
    }

    pub fn chapter(&self, chapter: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.chapter == chapter)
    }

    /// Codes matching a query, by code prefix (`15 01`) or by words of the
    /// French or English label, accent- and case-insensitive.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&WasteCode> {
        let q = query.trim();
        if q.is_empty() {
            return Vec::new();
        }
        if q.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let digits = normalize_code(q);
            return self
                .codes
                .iter()
                .filter(|c| c.code.starts_with(&digits))
                .take(limit)
                .collect();
        }
        let words = crate::text::words(q);
        self.codes
            .iter()
            .filter(|c| {
                let fr = crate::text::fold(c.label_fr);
                let en = crate::text::fold(c.label_en);
                words
                    .iter()
                    .all(|w| fr.contains(w.as_str()) || en.contains(w.as_str()))
            })
            .take(limit)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_hazardous_list_is_the_starred_entries_of_the_whole_list() {
        let low = list();
        for c in &low.codes {
            assert_eq!(is_hazardous(c.code), c.hazardous, "{}", c.code);
        }
        assert!(is_hazardous("15 01 10*") && !is_hazardous("15 01 01") && !is_hazardous("99"));
        assert_eq!(HAZARDOUS.split_whitespace().count(), 408);
    }

    use super::*;

    #[test]
    fn loads_the_whole_list() {
        let low = list();
        assert_eq!(low.chapters.len(), 20);
        assert_eq!(low.codes.len(), 842);
        assert_eq!(low.codes.iter().filter(|c| c.hazardous).count(), 408);
        assert!(low.codes.windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn looks_up_codes() {
        let low = list();
        let c = low.get("15 01 01").unwrap();
        assert!(!c.hazardous);
        assert_eq!(c.display(), "15 01 01");
        assert!(c.label_fr.contains("carton"));
        assert_eq!(low.get("150110").unwrap().display(), "15 01 10*");
        assert!(low.get("150199").is_none());
    }

    #[test]
    fn searches() {
        let low = list();
        assert!(low
            .search("emballages carton", 20)
            .iter()
            .any(|c| c.code == "150101"));
        assert!(low
            .search("15 01", 20)
            .iter()
            .all(|c| c.code.starts_with("1501")));
    }
}
