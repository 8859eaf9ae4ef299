//! SIRET (établissement) and SIREN (entreprise) identifiers of the INSEE
//! SIRENE register: 14 and 9 digits, protected by the Luhn checksum.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiretError {
    /// Not 14 digits once spaces are removed (`found` digits or other characters).
    Length { found: usize },
    /// A character that is neither a digit nor a space.
    NotDigits,
    /// 14 digits whose Luhn checksum fails: a typo.
    Checksum,
}

/// The SIREN of La Poste, whose many establishments are numbered past what the
/// Luhn key allows: INSEE accepts them when the sum of digits is a multiple of 5.
const LA_POSTE_SIREN: &str = "356000000";

/// Removes the spaces people type in (`123 456 789 00012`).
pub fn normalize(input: &str) -> String {
    input.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks a SIRET as typed (spaces allowed) and returns its 14 digits.
pub fn check_siret(input: &str) -> Result<String, SiretError> {
    let s = normalize(input);
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(SiretError::NotDigits);
    }
    if s.len() != 14 {
        return Err(SiretError::Length { found: s.len() });
    }
    let ok = luhn_valid(&s) || (s.starts_with(LA_POSTE_SIREN) && digit_sum(&s) % 5 == 0);
    if ok {
        Ok(s)
    } else {
        Err(SiretError::Checksum)
    }
}

/// The SIREN (first 9 digits) of a valid SIRET.
pub fn siren_of(siret: &str) -> Option<&str> {
    siret.get(0..9)
}

/// Luhn checksum over a string of ASCII digits.
pub fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = (b - b'0') as u32;
            if i % 2 == 1 {
                let dd = d * 2;
                if dd > 9 {
                    dd - 9
                } else {
                    dd
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

fn digit_sum(digits: &str) -> u32 {
    digits.bytes().map(|b| (b - b'0') as u32).sum()
}

/// Completes 13 digits with the Luhn key digit (used to generate example data).
pub fn with_luhn_key(first13: &str) -> String {
    (0..=9)
        .map(|k| format!("{first13}{k}"))
        .find(|s| luhn_valid(s))
        .expect("one of ten keys always satisfies Luhn")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_siret_with_spaces() {
        assert_eq!(check_siret("732 829 320 00074").unwrap(), "73282932000074");
        assert_eq!(siren_of("73282932000074"), Some("732829320"));
    }

    #[test]
    fn refuses_typos() {
        assert_eq!(check_siret("73282932000075"), Err(SiretError::Checksum));
        assert_eq!(check_siret("73282932000704"), Err(SiretError::Checksum));
        assert_eq!(
            check_siret("7328293200007"),
            Err(SiretError::Length { found: 13 })
        );
        assert_eq!(check_siret("732829320OOO74"), Err(SiretError::NotDigits));
        assert_eq!(check_siret(""), Err(SiretError::Length { found: 0 }));
    }

    #[test]
    fn la_poste_rule() {
        // Head office: a normal Luhn key.
        assert!(check_siret("35600000000048").is_ok());
        // An establishment: Luhn fails, digit sum 45 is a multiple of 5.
        assert!(!luhn_valid("35600000049837"));
        assert!(check_siret("35600000049837").is_ok());
        // Same digits outside La Poste: refused.
        assert_eq!(check_siret("35500000049801"), Err(SiretError::Checksum));
    }

    #[test]
    fn generated_keys_are_valid() {
        for prefix in ["1234567890123", "0000000000000", "9876543210987"] {
            assert!(check_siret(&with_luhn_key(prefix)).is_ok());
        }
    }
}
