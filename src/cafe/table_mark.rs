//! A table's mark: its number with a colour (Okabe–Ito, safe for colour
//! blindness) and a shape, so that colour is never the only cue. Table n
//! always gets the same mark, on screen, on the projector and on badges.

use leptos::prelude::*;
use maillage_core::i18n::{self, Lang, Msg};

const COLOURS: [(&str, Msg); 7] = [
    ("#E69F00", Msg::ColourOrange),
    ("#56B4E9", Msg::ColourSkyBlue),
    ("#009E73", Msg::ColourGreen),
    ("#F0E442", Msg::ColourYellow),
    ("#0072B2", Msg::ColourBlue),
    ("#D55E00", Msg::ColourVermilion),
    ("#CC79A7", Msg::ColourPurple),
];

/// Shapes as SVG polygons in a 24 × 24 box (a circle is drawn apart).
const SHAPES: [(&str, Msg); 8] = [
    ("", Msg::ShapeCircle),
    ("3,3 21,3 21,21 3,21", Msg::ShapeSquare),
    ("12,2 22.5,21 1.5,21", Msg::ShapeTriangle),
    ("12,1 23,12 12,23 1,12", Msg::ShapeDiamond),
    (
        "12,1 14.9,8.6 23,8.9 16.6,13.9 18.8,21.8 12,17.3 5.2,21.8 7.4,13.9 1,8.9 9.1,8.6",
        Msg::ShapeStar,
    ),
    ("12,1 22,6.5 22,17.5 12,23 2,17.5 2,6.5", Msg::ShapeHexagon),
    (
        "8,2 16,2 16,8 22,8 22,16 16,16 16,22 8,22 8,16 2,16 2,8 8,8",
        Msg::ShapeCross,
    ),
    ("12,1 23,9.5 18.8,22 5.2,22 1,9.5", Msg::ShapePentagon),
];

fn index(n: u32, len: usize) -> usize {
    (n.max(1) as usize - 1) % len
}

pub fn colour(n: u32) -> &'static str {
    COLOURS[index(n, COLOURS.len())].0
}

/// "Table 3 — green triangle", for screen readers and print.
pub fn describe(lang: Lang, n: u32) -> String {
    i18n::tf(
        lang,
        Msg::TableMarkText,
        &[
            ("n", &n.to_string()),
            ("shape", i18n::t(lang, SHAPES[index(n, SHAPES.len())].1)),
            ("colour", i18n::t(lang, COLOURS[index(n, COLOURS.len())].1)),
        ],
    )
}

/// The shape alone, filled with the table's colour.
#[component]
pub fn TableShape(n: u32) -> impl IntoView {
    let points = SHAPES[index(n, SHAPES.len())].0;
    let fill = colour(n);
    view! {
        <svg class="table-shape" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {if points.is_empty() {
                view! { <circle cx="12" cy="12" r="10.5" fill=fill/> }.into_any()
            } else {
                view! { <polygon points=points fill=fill/> }.into_any()
            }}
        </svg>
    }
}

/// Shape and number, with the words for those who do not see them.
#[component]
pub fn TableMark(n: u32, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    view! {
        <span class="table-mark" title=move || describe(lang.get(), n)>
            <TableShape n=n/>
            <span class="table-number" aria-hidden="true">{n}</span>
            <span class="visually-hidden">{move || describe(lang.get(), n)}</span>
        </span>
    }
}
