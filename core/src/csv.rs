//! The one CSV writer of the app, for every spreadsheet it hands out.
//!
//! Files are written as French Excel reads them without an import dialog:
//! `;` between cells, CRLF between rows, a UTF-8 byte-order mark so that
//! accents open right, numbers with a decimal comma (in French).
//!
//! Text cells that a spreadsheet would run as a formula — those starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return ("CSV injection", OWASP) —
//! are neutralised with a leading apostrophe, which spreadsheets show as text
//! and do not evaluate. Numbers are written by the writer itself, so a
//! negative amount stays a number.

use crate::i18n::Lang;

/// One cell of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Anything typed by a person or read from a file: neutralised if needed.
    Text(String),
    /// A number, written in the language's decimal notation, never neutralised.
    Number(f64),
    /// A whole number.
    Int(i64),
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_owned())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Cell {
        v.map(Into::into).unwrap_or(Cell::Empty)
    }
}

impl From<u32> for Cell {
    fn from(n: u32) -> Cell {
        Cell::Int(n as i64)
    }
}

impl From<usize> for Cell {
    fn from(n: usize) -> Cell {
        Cell::Int(n as i64)
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Cell {
        Cell::Int(n)
    }
}

impl From<f64> for Cell {
    fn from(x: f64) -> Cell {
        Cell::Number(x)
    }
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text as a spreadsheet must show it, never as a formula.
pub fn neutralise(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A sheet being written: a header row, then data rows.
pub struct Sheet {
    lang: Lang,
    out: String,
}

impl Sheet {
    pub fn new(lang: Lang, header: &[&str]) -> Sheet {
        let mut sheet = Sheet {
            lang,
            out: String::from("\u{feff}"),
        };
        sheet.row(header.iter().map(|h| Cell::Text((*h).to_owned())));
        sheet
    }

    pub fn row(&mut self, cells: impl IntoIterator<Item = Cell>) {
        let mut first = true;
        for cell in cells {
            if !first {
                self.out.push(';');
            }
            first = false;
            let text = match cell {
                Cell::Text(t) => neutralise(&t),
                Cell::Number(x) => number(self.lang, x),
                Cell::Int(n) => n.to_string(),
                Cell::Empty => String::new(),
            };
            self.out.push_str(&quote(&text));
        }
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// A cell quoted when it holds a separator, a quote or a line break.
fn quote(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Up to 6 decimals, no thousands separator (a spreadsheet would read it as
/// text), a decimal comma in French.
fn number(lang: Lang, x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let mut s = format!("{:.6}", x);
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" {
        s = "0".into();
    }
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// `recolte-cafe-2026-11-28.csv`-style names: a slug and a date.
pub fn file_name(what: &str, title: &str, date: crate::Date) -> String {
    let slug = crate::text::slug(title);
    if slug.is_empty() {
        format!("{what}-{date}.csv")
    } else {
        format!("{what}-{slug}-{date}.csv")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(cells: Vec<Cell>) -> String {
        let mut s = Sheet::new(Lang::Fr, &["a"]);
        s.row(cells);
        let text = s.finish();
        text.split("\r\n").nth(1).unwrap().to_owned()
    }

    #[test]
    fn formulas_are_neutralised() {
        for bad in [
            "=HYPERLINK(\"http://x\",\"clic\")",
            "@SUM(A1:A2)",
            "+cmd|' /C calc'!A0",
            "-1+1",
            "\tcaché",
            "\rretour",
        ] {
            let cell = write(vec![Cell::Text(bad.into())]);
            let unquoted = cell.trim_matches('"');
            assert!(unquoted.starts_with('\''), "{bad:?} written as {cell:?}");
        }
        // Text that merely contains those characters is left alone.
        assert_eq!(write(vec!["a=b".into()]), "a=b");
        assert_eq!(write(vec!["Saint-Étienne".into()]), "Saint-Étienne");
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(
            write(vec![
                Cell::Number(-12.5),
                Cell::Int(-3),
                Cell::Number(0.1 + 0.2)
            ]),
            "-12,5;-3;0,3"
        );
        let mut en = Sheet::new(Lang::En, &["x"]);
        en.row([Cell::Number(1234.5)]);
        assert!(en.finish().ends_with("1234.5\r\n"));
    }

    #[test]
    fn separators_quotes_and_lines_are_quoted() {
        assert_eq!(
            write(vec![
                "a;b".into(),
                "il a dit \"oui\"".into(),
                "deux\nlignes".into()
            ]),
            "\"a;b\";\"il a dit \"\"oui\"\"\";\"deux\nlignes\""
        );
        // A neutralised cell with a separator is quoted after neutralising.
        assert_eq!(write(vec!["=1;2".into()]), "\"'=1;2\"");
    }

    #[test]
    fn sheet_has_bom_header_and_crlf() {
        let mut s = Sheet::new(Lang::Fr, &["Nom", "Quantité"]);
        s.row(["Carton".into(), Cell::Number(2.0)]);
        s.row([Cell::Empty, Cell::Empty]);
        assert_eq!(s.finish(), "\u{feff}Nom;Quantité\r\nCarton;2\r\n;\r\n");
    }
}
