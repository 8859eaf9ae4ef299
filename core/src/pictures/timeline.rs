//! The plan as a timeline by month (Gantt-like): one row per dated task,
//! a bar from its start to its due date (a diamond for a milestone), the
//! months as columns, today marked, late tasks flagged.

use super::svg::{clip, escape, n};
use crate::date::Date;
use crate::i18n::{t, Lang, Msg};
use crate::report::{Period, TaskLine};

/// Width of the task titles' column, of the months' area, height of a row
/// and of the months' heading, in SVG units (the picture scales).
pub const LABEL_WIDTH: f64 = 240.0;
pub const CHART_WIDTH: f64 = 720.0;
pub const ROW_HEIGHT: f64 = 26.0;
pub const HEAD_HEIGHT: f64 = 34.0;
/// Below the rows: room for today's label.
pub const FOOT_HEIGHT: f64 = 20.0;

/// A month column.
#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    pub year: i32,
    pub month: u8,
    pub x: f64,
    pub width: f64,
}

/// A task's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub title: String,
    pub row: usize,
    pub x: f64,
    pub width: f64,
    pub milestone: bool,
    pub done: bool,
    pub late: bool,
}

/// The laid-out timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub months: Vec<Month>,
    pub bars: Vec<Bar>,
    /// Where today falls, when within the months shown.
    pub today: Option<f64>,
    pub width: f64,
    pub height: f64,
}

fn first_of_month(d: Date) -> Date {
    Date { day: 1, ..d }
}

fn next_month(d: Date) -> Date {
    if d.month == 12 {
        Date {
            year: d.year + 1,
            month: 1,
            day: 1,
        }
    } else {
        Date {
            month: d.month + 1,
            day: 1,
            ..d
        }
    }
}

/// Lays the tasks out over the months of the period, in the order given
/// (the report's: by start). Tasks without any date are left to the table;
/// bars are cut to the months shown.
pub fn layout(tasks: &[TaskLine], period: Period, today: Date) -> Timeline {
    let from = first_of_month(period.from);
    let end = next_month(period.to.max(period.from));
    let days = from.days_until(end).max(1) as f64;
    let x_of =
        |d: Date| LABEL_WIDTH + (from.days_until(d) as f64 / days).clamp(0.0, 1.0) * CHART_WIDTH;
    let mut months = Vec::new();
    let mut m = from;
    while m < end {
        let next = next_month(m);
        months.push(Month {
            year: m.year,
            month: m.month,
            x: x_of(m),
            width: x_of(next) - x_of(m),
        });
        m = next;
    }
    let bars: Vec<Bar> = tasks
        .iter()
        .filter_map(|task| {
            let (start, due) = match (task.start, task.due) {
                (None, None) => return None,
                (s, d) => (s.or(d)?, d.or(s)?),
            };
            let (start, due) = (start.min(due), start.max(due));
            Some((task, start, due))
        })
        .enumerate()
        .map(|(row, (task, start, due))| {
            let x = x_of(start);
            Bar {
                title: task.title.clone(),
                row,
                x,
                width: (x_of(due.add_days(1)) - x).max(0.0),
                milestone: task.milestone || start == due,
                done: task.done,
                late: task.late,
            }
        })
        .collect();
    Timeline {
        today: (from <= today && today < end).then(|| x_of(today)),
        width: LABEL_WIDTH + CHART_WIDTH + 10.0,
        height: HEAD_HEIGHT + ROW_HEIGHT * bars.len().max(1) as f64 + FOOT_HEIGHT,
        months,
        bars,
    }
}

/// Okabe–Ito colours (readable by people with colour-blindness): blue done,
/// vermillion late, sky blue to do.
fn colour(bar: &Bar) -> &'static str {
    if bar.done {
        "#0072B2"
    } else if bar.late {
        "#D55E00"
    } else {
        "#56B4E9"
    }
}

fn month_short(lang: Lang, month: u8) -> &'static str {
    const SHORT: [Msg; 12] = [
        Msg::MonthShort1,
        Msg::MonthShort2,
        Msg::MonthShort3,
        Msg::MonthShort4,
        Msg::MonthShort5,
        Msg::MonthShort6,
        Msg::MonthShort7,
        Msg::MonthShort8,
        Msg::MonthShort9,
        Msg::MonthShort10,
        Msg::MonthShort11,
        Msg::MonthShort12,
    ];
    t(lang, SHORT[usize::from(month.clamp(1, 12)) - 1])
}

/// The timeline as SVG text, named for screen readers (the report's task
/// table beside it is its text alternative).
pub fn svg(lang: Lang, tl: &Timeline) -> String {
    let title = t(lang, Msg::TimelineTitle);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" font-family=\"system-ui, sans-serif\" font-size=\"12\">",
        n(tl.width),
        n(tl.height),
        escape(title)
    );
    out += &format!("<title>{}</title>", escape(title));
    // The years on a first line (at the first month and each January), the
    // months below; months narrower than 30 units are named every third.
    let every = if tl.months.first().is_some_and(|m| m.width < 30.0) {
        3
    } else {
        1
    };
    let rows_bottom = tl.height - FOOT_HEIGHT;
    for (i, m) in tl.months.iter().enumerate() {
        let shade = if i % 2 == 0 { "#f2f2f2" } else { "#ffffff" };
        out += &format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{shade}\"/>",
            n(m.x),
            n(HEAD_HEIGHT - 4.0),
            n(m.width),
            n(rows_bottom - HEAD_HEIGHT + 4.0)
        );
        if i == 0 || m.month == 1 {
            out += &format!(
                "<text x=\"{}\" y=\"12\" fill=\"#333\" font-weight=\"600\">{}</text>",
                n(m.x + 3.0),
                m.year
            );
        }
        if i % every == 0 {
            out += &format!(
                "<text x=\"{}\" y=\"{}\" fill=\"#333\">{}</text>",
                n(m.x + 3.0),
                n(HEAD_HEIGHT - 9.0),
                escape(month_short(lang, m.month))
            );
        }
    }
    for b in &tl.bars {
        let y = HEAD_HEIGHT + ROW_HEIGHT * b.row as f64;
        let mid = y + ROW_HEIGHT / 2.0;
        out += &format!(
            "<text x=\"4\" y=\"{}\" fill=\"{}\">{}</text>",
            n(mid + 4.0),
            if b.late { "#8a2c00" } else { "#1a1a1a" },
            escape(&clip(&b.title, 34))
        );
        if b.milestone {
            let cx = b.x + b.width / 2.0;
            out += &format!(
                "<path d=\"M{} {}l7 7l-7 7l-7-7z\" fill=\"{}\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"/>",
                n(cx),
                n(mid - 7.0),
                colour(b)
            );
        } else {
            out += &format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{}\"/>",
                n(b.x),
                n(y + 5.0),
                n(b.width.max(2.0)),
                n(ROW_HEIGHT - 10.0),
                colour(b)
            );
        }
    }
    if let Some(x) = tl.today {
        out += &format!(
            "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/><text x=\"{3}\" y=\"{4}\" fill=\"#000\" font-weight=\"600\">{5}</text>",
            n(x),
            n(HEAD_HEIGHT - 4.0),
            n(rows_bottom + 2.0),
            n(x + 3.0),
            n(tl.height - 5.0),
            escape(t(lang, Msg::TimelineToday))
        );
    }
    out + "</svg>"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn task(
        title: &str,
        start: Option<&str>,
        due: Option<&str>,
        done: bool,
        late: bool,
    ) -> TaskLine {
        TaskLine {
            id: crate::model::Id::nil(),
            title: title.into(),
            start: start.map(d),
            due: due.map(d),
            milestone: false,
            done,
            late,
        }
    }

    fn year_2016() -> Period {
        Period::year(2016)
    }

    #[test]
    fn months_tile_the_chart_and_bars_follow_their_dates() {
        let tasks = [
            task(
                "Listing",
                Some("2016-01-01"),
                Some("2016-01-31"),
                true,
                false,
            ),
            task(
                "Visites",
                Some("2016-02-01"),
                Some("2016-04-30"),
                false,
                false,
            ),
            task("Sans date", None, None, false, false),
            task("Rencontre", None, Some("2016-06-16"), false, true),
        ];
        let tl = layout(&tasks, year_2016(), d("2016-05-01"));
        assert_eq!(tl.months.len(), 12);
        assert_eq!(tl.months[0].x, LABEL_WIDTH);
        for w in tl.months.windows(2) {
            assert!((w[0].x + w[0].width - w[1].x).abs() < 1e-9, "months touch");
        }
        let last = tl.months.last().unwrap();
        assert!((last.x + last.width - (LABEL_WIDTH + CHART_WIDTH)).abs() < 1e-9);
        // January is one month wide exactly; the undated task is left out.
        assert_eq!(tl.bars.len(), 3);
        assert!((tl.bars[0].width - tl.months[0].width).abs() < 1e-9);
        assert_eq!(tl.bars[1].x, tl.months[1].x);
        let rows: Vec<usize> = tl.bars.iter().map(|b| b.row).collect();
        assert_eq!(rows, [0, 1, 2], "one row each: no two bars overlap");
        assert!(
            tl.bars[2].milestone && tl.bars[2].late,
            "a task of one day is a milestone"
        );
        let today = tl.today.unwrap();
        assert!(tl.months[4].x <= today && today < tl.months[4].x + tl.months[4].width);
    }

    #[test]
    fn bars_outside_the_period_are_cut_and_today_outside_is_not_drawn() {
        let tasks = [task(
            "Avant",
            Some("2015-10-01"),
            Some("2016-02-15"),
            true,
            false,
        )];
        let tl = layout(&tasks, year_2016(), d("2026-12-02"));
        assert_eq!(tl.bars[0].x, LABEL_WIDTH);
        assert!(tl.bars[0].width < 2.0 * tl.months[0].width);
        assert_eq!(tl.today, None);
    }

    #[test]
    fn the_same_plan_draws_the_same_picture_in_each_language() {
        let tasks = [
            task(
                "Listing & <tri>",
                Some("2016-01-01"),
                Some("2016-01-31"),
                true,
                false,
            ),
            task("Bilan", Some("2016-11-01"), Some("2016-11-30"), false, true),
        ];
        let tl = layout(&tasks, year_2016(), d("2016-12-01"));
        let fr = svg(Lang::Fr, &tl);
        assert_eq!(
            fr,
            svg(Lang::Fr, &layout(&tasks, year_2016(), d("2016-12-01")))
        );
        assert!(fr.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(fr.contains("aria-label=\"Calendrier de la démarche\""));
        assert!(fr.contains("Listing &amp; &lt;tri&gt;"));
        assert!(fr.contains(">2016<") && fr.contains(">janv.<") && fr.contains(">déc.<"));
        assert!(fr.contains("#D55E00"), "the late task is flagged");
        assert!(fr.contains("Aujourd"));
        assert!(svg(Lang::En, &tl).contains(">Jan<"));
    }
}
