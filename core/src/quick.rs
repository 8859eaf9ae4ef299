//! Quick capture of a flow in a few keystrokes, as people say it during a
//! visit: "environ 2 t/mois de chutes de carton", "300 kg par semaine",
//! "about 40 pallets a month". The rest is refined later in the form.

use crate::model::*;

#[derive(Clone, Debug, PartialEq)]
pub struct QuickFlow {
    /// The words that are not the quantity ("chutes de carton").
    pub label: String,
    pub quantity: Option<Quantity>,
    /// Category key guessed from the words, when one fits.
    pub category: Option<&'static str>,
    pub confidence: Confidence,
}

const ROUGHLY: &[&str] = &[
    "environ",
    "env",
    "approx",
    "approximativement",
    "about",
    "around",
    "roughly",
    "~",
    "≈",
    "vers",
];
const FILLERS: &[&str] = &[
    "de", "d", "of", "par", "per", "/", "a", "an", "chaque", "every", "tous", "les",
];

fn unit_of(w: &str) -> Option<Unit> {
    Some(match w {
        "t" | "tonne" | "tonnes" | "tonnes." | "ton" | "tons" => Unit::T,
        "kg" | "kilo" | "kilos" | "kilogramme" | "kilogrammes" => Unit::Kg,
        "m3" | "m³" | "mc" => Unit::M3,
        "l" | "litre" | "litres" | "liter" | "liters" => Unit::L,
        "mwh" => Unit::Mwh,
        "kwh" => Unit::Kwh,
        "palette" | "palettes" | "pallet" | "pallets" => Unit::Pallets,
        "unite" | "unites" | "unité" | "unités" | "piece" | "pieces" | "pièce" | "pièces"
        | "pcs" | "units" | "unit" => Unit::Units,
        _ => return None,
    })
}

fn period_of(w: &str) -> Option<Period> {
    Some(match w {
        "j" | "jour" | "jours" | "day" | "days" | "jr" => Period::Day,
        "sem" | "semaine" | "semaines" | "week" | "weeks" | "hebdo" => Period::Week,
        "mois" | "month" | "months" | "mensuel" => Period::Month,
        "trimestre" | "trim" | "quarter" => Period::Quarter,
        "an" | "ans" | "annee" | "année" | "year" | "yr" | "annuel" => Period::Year,
        _ => return None,
    })
}

/// Splits "2t/mois" into "2", "t", "/", "mois" (and keeps other words whole).
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let mut cur = String::new();
        let mut prev_digit: Option<bool> = None;
        for c in raw.chars() {
            if c == '/' {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                out.push("/".into());
                prev_digit = None;
                continue;
            }
            let digit = c.is_ascii_digit() || ((c == ',' || c == '.') && prev_digit == Some(true));
            if prev_digit.is_some_and(|p| p != digit)
                && !cur.is_empty()
                && !(c == '3' && cur == "m")
            {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(c);
            prev_digit = Some(digit);
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

pub fn parse(text: &str) -> QuickFlow {
    let toks = tokens(text);
    let lower: Vec<String> = toks
        .iter()
        .map(|t| {
            t.to_lowercase()
                .trim_end_matches([',', '.', ';'])
                .to_owned()
        })
        .collect();
    let mut used = vec![false; toks.len()];
    let mut quantity = None;
    if let Some(n) = lower
        .iter()
        .position(|t| t.starts_with(|c: char| c.is_ascii_digit()))
    {
        if let Some(value) = crate::text::parse_number(&lower[n]) {
            used[n] = true;
            let unit = lower.get(n + 1).and_then(|u| unit_of(u));
            if unit.is_some() {
                used[n + 1] = true;
            }
            // The period follows the unit, possibly after "/", "par", "per", "a".
            let mut period = None;
            for k in (n + 1)..toks.len().min(n + 5) {
                if let Some(p) = period_of(&lower[k]) {
                    period = Some(p);
                    used[k] = true;
                    for f in (n + 1)..k {
                        used[f] |= FILLERS.contains(&lower[f].as_str());
                    }
                    break;
                }
            }
            quantity = Some(Quantity {
                value,
                unit: unit.unwrap_or(Unit::T),
                period: period.unwrap_or(Period::Year),
            });
        }
    }
    let rough = lower.iter().any(|t| ROUGHLY.contains(&t.as_str()));
    let label_words: Vec<&str> = toks
        .iter()
        .zip(&lower)
        .zip(&used)
        .filter(|((_, l), used)| !**used && !ROUGHLY.contains(&l.as_str()))
        .map(|((t, _), _)| t.as_str())
        .collect();
    // Drop leading connectives left over from the quantity ("… de carton").
    let start = label_words
        .iter()
        .position(|w| !FILLERS.contains(&w.to_lowercase().trim_end_matches('\'').as_ref()))
        .unwrap_or(label_words.len());
    let label = label_words[start..]
        .join(" ")
        .replace("d' ", "d'")
        .trim()
        .to_owned();
    QuickFlow {
        category: crate::materials::category_of_text(&label).map(|c| c.key),
        label,
        quantity,
        confidence: if rough {
            Confidence::OrderOfMagnitude
        } else {
            Confidence::Estimated
        },
    }
}

/// A new flow from a quick capture, to refine later; None when the text
/// holds no words for a label.
pub fn draft_flow(
    id: Id,
    company_id: Id,
    direction: Direction,
    text: &str,
    today: crate::Date,
    ctx: &EditContext,
) -> Option<Flow> {
    let parsed = parse(text);
    if parsed.label.trim().is_empty() {
        return None;
    }
    let mut flow =
        crate::form::flow::new_flow(id, company_id, direction, ctx.author.clone(), today);
    flow.updated_at = ctx.now_ms;
    flow.label = parsed.label;
    flow.category = parsed.category.unwrap_or_default().into();
    flow.quantity = parsed.quantity;
    flow.confidence = parsed.confidence;
    Some(flow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, unit: Unit, period: Period) -> Option<Quantity> {
        Some(Quantity {
            value,
            unit,
            period,
        })
    }

    #[test]
    fn french_phrases() {
        let f = parse("environ 2 t/mois de chutes de carton");
        assert_eq!(f.quantity, q(2.0, Unit::T, Period::Month));
        assert_eq!(f.label, "chutes de carton");
        assert_eq!(f.category, Some("cardboard"));
        assert_eq!(f.confidence, Confidence::OrderOfMagnitude);

        let f = parse("Palettes cassées 40 palettes par mois");
        assert_eq!(f.quantity, q(40.0, Unit::Pallets, Period::Month));
        assert_eq!(f.label, "Palettes cassées");
        assert_eq!(f.category, Some("wood"));

        let f = parse("300kg/semaine papier broyé");
        assert_eq!(f.quantity, q(300.0, Unit::Kg, Period::Week));
        assert_eq!(f.label, "papier broyé");
        assert_eq!(f.confidence, Confidence::Estimated);

        let f = parse("lactosérum 20 m3 par semaine");
        assert_eq!(f.quantity, q(20.0, Unit::M3, Period::Week));
        assert_eq!(f.label, "lactosérum");

        assert_eq!(
            parse("1,5 t/an de sciure").quantity,
            q(1.5, Unit::T, Period::Year)
        );
    }

    #[test]
    fn english_phrases() {
        let f = parse("about 40 pallets a month");
        assert_eq!(f.quantity, q(40.0, Unit::Pallets, Period::Month));
        assert_eq!(f.confidence, Confidence::OrderOfMagnitude);
        assert_eq!(f.label, "");
    }

    #[test]
    fn words_only() {
        let f = parse("formation SST");
        assert_eq!(f.quantity, None);
        assert_eq!(f.label, "formation SST");
        assert_eq!(f.category, Some("services"));
    }
}
