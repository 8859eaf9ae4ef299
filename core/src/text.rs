//! Text normalisation for search: case- and accent-insensitive, so that
//! "Ondulé", "ONDULE" and "ondule" meet.

/// Lower-case, without French (and common Latin) accents; ligatures spelled out.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' | 'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => {
                out.push('a')
            }
            'ß' => out.push_str("ss"),
            'ç' | 'Ç' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'î' | 'ï' | 'í' | 'ì' | 'Î' | 'Ï' | 'Í' | 'Ì' => out.push('i'),
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => out.push('u'),
            'ÿ' | 'Ÿ' | 'ý' | 'Ý' => out.push('y'),
            'ñ' | 'Ñ' => out.push('n'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            '’' | '‘' => out.push('\''),
            // ASCII and the accented letters above cover French names; other
            // scripts are kept as typed (no Unicode case tables in the app).
            _ => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// The folded words of a query (letters and digits), in order.
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A file-name-safe slug: `CC du Pays d'Héricourt` → `cc-du-pays-d-hericourt`.
pub fn slug(s: &str) -> String {
    let w = words(s).join("-");
    let w: String = w.chars().take(60).collect();
    if w.is_empty() {
        "projet".into()
    } else {
        w
    }
}

/// Parses a number as people type it: `12,5`, `12.5`, `1 200,5`.
pub fn parse_number(input: &str) -> Option<f64> {
    let s: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .collect();
    if s.is_empty() {
        return None;
    }
    let s = if s.contains(',') && !s.contains('.') {
        s.replace(',', ".")
    } else {
        s.replace(',', "")
    };
    s.parse::<f64>().ok().filter(|x| x.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(
            fold("Éco-Cartonnerie ŒUVRE Ondulé"),
            "eco-cartonnerie oeuvre ondule"
        );
    }

    #[test]
    fn splits_words() {
        assert_eq!(
            words("  Carton, ondulé!  l’usine"),
            vec!["carton", "ondule", "l", "usine"]
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("CC du Pays d'Héricourt"), "cc-du-pays-d-hericourt");
        assert_eq!(slug("!!!"), "projet");
    }
}
