//! Forms as their fields hold them: text as typed (numbers in the user's
//! locale, dates as `YYYY-MM-DD`), choices as values. Each form's fields
//! are made from a record (`of`) and turned back into one (`to_…`), which
//! says which fields do not read, at the path the command's checks use.
//! The screens only bind these fields to inputs.

pub mod company;
pub mod flow;
pub mod impact;
pub mod interaction;
pub mod programme;
pub mod task;
pub mod time;

use crate::i18n::{self, Lang};
use crate::{Date, Issue, IssueCode};

/// A number for a form field: every digit it has (a value imported with
/// ten decimals is not rounded by opening and saving its form), the
/// locale's decimal mark, no thousands separator.
pub fn number_text(lang: Lang, value: Option<f64>) -> String {
    let Some(x) = value else { return String::new() };
    let text = format!("{x}");
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// Reads the text of an optional number field: `None` when left empty; an
/// issue at `path` when it is not a number.
pub fn optional_number(text: &str, path: &str, issues: &mut Vec<Issue>) -> Option<f64> {
    if text.trim().is_empty() {
        return None;
    }
    let v = i18n::parse_number(text);
    if v.is_none() {
        issues.push(Issue::error(path, IssueCode::NotFinite));
    }
    v
}

/// Reads the text of an optional date field: `None` when left empty; an
/// issue at `path` when it is not a date.
pub fn optional_date(text: &str, path: &str, issues: &mut Vec<Issue>) -> Option<Date> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let d = Date::parse(text).ok();
    if d.is_none() {
        issues.push(Issue::error(path, IssueCode::OutOfRange));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back_as_written_in_either_language() {
        for lang in [Lang::Fr, Lang::En] {
            for x in [
                0.0,
                12.5,
                1234567.125,
                -3.75,
                7.495285973247617,
                1e-7,
                2.5e12,
            ] {
                let mut issues = Vec::new();
                let text = number_text(lang, Some(x));
                assert_eq!(optional_number(&text, "x", &mut issues), Some(x), "{text}");
                assert!(issues.is_empty());
            }
        }
        assert_eq!(number_text(Lang::Fr, Some(1234.5)), "1234,5");
        assert_eq!(
            number_text(Lang::En, Some(7.495285973247617)),
            "7.495285973247617"
        );
        assert_eq!(number_text(Lang::Fr, Some(180.0)), "180");
        let mut issues = Vec::new();
        assert_eq!(optional_number("  ", "x", &mut issues), None);
        assert!(issues.is_empty(), "empty is no value, not an error");
        assert_eq!(
            optional_number("douze", "route.distance_km", &mut issues),
            None
        );
        assert_eq!(issues[0].path, "route.distance_km");
        assert_eq!(optional_date("2026-13-01", "d", &mut issues), None);
        assert_eq!(issues.len(), 2);
        assert_eq!(
            optional_date("2026-12-01", "d", &mut issues),
            Some(Date::new(2026, 12, 1).unwrap())
        );
    }
}
