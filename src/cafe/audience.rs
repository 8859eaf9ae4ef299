//! The audience window, for the projector: it draws the frame the presenter
//! sent and nothing else — the welcome and café etiquette, the round and
//! its question, a countdown readable from the back of the room, the
//! "where do I go" board, the harvest, or a blank screen. Its own clock
//! only runs the countdown between frames.

use super::channel::{self, Message};
use super::platform;
use super::table_mark::{describe, TableShape};
use crate::state::now_ms;
use crate::storage::prefs;
use leptos::prelude::*;
use maillage_core::cafe::live::{BoardLine, Frame, Phase};
use maillage_core::cafe::timer::{self, Urgency};
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::Id;
use std::time::Duration;

/// Board lines on one screen (three columns); longer boards turn pages.
const BOARD_PAGE: usize = 36;
/// Seconds a page of the board stays up.
const PAGE_SECONDS: i64 = 10;

const ETIQUETTE: [Msg; 8] = [
    Msg::EtiquetteFocus,
    Msg::EtiquetteContribute,
    Msg::EtiquetteSpeak,
    Msg::EtiquetteListen,
    Msg::EtiquetteLink,
    Msg::EtiquetteInsights,
    Msg::EtiquetteDraw,
    Msg::EtiquetteFun,
];

/// The window opened at `#/projection/<event>`.
#[component]
pub fn AudienceWindow(event: Id) -> impl IntoView {
    let frame = RwSignal::new(None::<Frame>);
    let now = RwSignal::new(now_ms());
    channel::open(event, move |msg: Message| {
        if let Some(f) = msg.frame {
            frame.set(Some(f));
        }
    });
    let hello = || {
        channel::send(&Message {
            hello: true,
            ..Default::default()
        })
    };
    hello();
    set_interval(move || now.set(now_ms()), Duration::from_millis(250));
    // Tell the presenter this window is still there.
    set_interval(hello, Duration::from_secs(2));
    let _ = window_event_listener(leptos::ev::keydown, move |e| {
        platform::unlock_audio();
        if e.key().eq_ignore_ascii_case("f") {
            platform::toggle_fullscreen();
        } else if super::keys::command_of(&e.key()).is_some() {
            e.prevent_default();
            channel::send(&Message {
                key: Some(e.key()),
                ..Default::default()
            });
        }
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| {
        channel::send(&Message {
            bye: true,
            ..Default::default()
        })
    });
    let lang = Signal::derive(move || {
        frame
            .with(|f| f.as_ref().and_then(|f| Lang::from_tag(&f.lang)))
            .or_else(prefs::lang)
            .unwrap_or(Lang::Fr)
    });
    Effect::new(move |_| {
        let running = frame.with(|f| f.as_ref().is_some_and(|f| f.timer.running()));
        platform::keep_awake(running);
        let l = lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.tag());
        }
        document().set_title(&i18n::t(l, Msg::AudienceWindowTitle));
    });
    view! { <AudienceView frame=frame.into() now=now.into() lang=lang/> }
}

/// What the projector shows for a frame at a moment (also used in the
/// presenter's own tab when there is a single screen).
#[component]
pub fn AudienceView(
    frame: Signal<Option<Frame>>,
    now: Signal<i64>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let t = move |m: Msg| i18n::t(lang.get(), m);
    let phase = move || frame.with(|f| f.as_ref().map(|f| f.phase));
    let blank = move || frame.with(|f| f.as_ref().is_some_and(|f| f.blank));
    view! {
        <div class="audience" class:blank=blank data-testid="audience" data-phase=move || format!("{:?}", phase())>
            {move || {
                if blank() {
                    return view! { <div class="audience-blank" aria-label=t(Msg::BlankScreen)></div> }.into_any();
                }
                match frame.get() {
                    None => view! {
                        <div class="audience-waiting">
                            <p class="audience-title">{t(Msg::AudienceWaiting)}</p>
                            <p>{t(Msg::AudienceWaitingHint)}</p>
                        </div>
                    }.into_any(),
                    Some(f) => screen(f, now, lang).into_any(),
                }
            }}
        </div>
    }
}

fn screen(f: Frame, now: Signal<i64>, lang: Signal<Lang>) -> impl IntoView {
    let board = f
        .board_round
        .map(|r| view! { <Board lines=f.board.clone() round=r now=now lang=lang/> });
    match f.phase {
        Phase::Welcome => view! {
            <div class="audience-welcome">
                <p class="audience-kicker">{move || i18n::t(lang.get(), Msg::AudienceWelcome)}</p>
                <h1 class="audience-title">{f.title.clone()}</h1>
                {(!f.theme.is_empty()).then(|| view! { <p class="audience-theme">{f.theme.clone()}</p> })}
                {match board {
                    Some(b) => b.into_any(),
                    None => view! { <Etiquette lang=lang/> }.into_any(),
                }}
                <p class="audience-footer">
                    {move || i18n::tf(lang.get(), Msg::AudienceFormat, &[
                        ("tables", &f.tables.to_string()),
                        ("rounds", &f.rounds.to_string()),
                        ("minutes", &f.minutes.to_string()),
                    ])}
                </p>
            </div>
        }
        .into_any(),
        Phase::Round(r) => {
            let small = board.is_some();
            view! {
                <div class="audience-round" class:with-board=small>
                    <p class="audience-kicker">{move || round_of(lang.get(), r, f.rounds)}</p>
                    {(!f.question.is_empty()).then(|| view! { <p class="audience-question">{f.question.clone()}</p> })}
                    <TableQuestions questions=f.table_questions.clone() lang=lang/>
                    <Countdown timer=f.timer now=now lang=lang small=small/>
                    {board}
                </div>
            }
            .into_any()
        }
        Phase::Move(r) => view! {
            <div class="audience-move">
                <div class="audience-move-head">
                    <p class="audience-kicker">{move || i18n::tf(lang.get(), Msg::AudienceMove, &[("n", &(r + 1).to_string())])}</p>
                    <Countdown timer=f.timer now=now lang=lang small=true/>
                </div>
                {board}
            </div>
        }
        .into_any(),
        Phase::Harvest => view! {
            <div class="audience-harvest">
                <p class="audience-kicker">{move || i18n::t(lang.get(), Msg::AudienceHarvestKicker)}</p>
                <h1 class="audience-title">{move || i18n::t(lang.get(), Msg::AudienceHarvest)}</h1>
                <p class="audience-theme">{f.title.clone()}</p>
            </div>
        }
        .into_any(),
    }
}

fn round_of(lang: Lang, r: usize, of: usize) -> String {
    i18n::tf(
        lang,
        Msg::AudienceRound,
        &[("n", &(r + 1).to_string()), ("of", &of.to_string())],
    )
}

#[component]
fn Etiquette(lang: Signal<Lang>) -> impl IntoView {
    view! {
        <section class="etiquette">
            <h2>{move || i18n::t(lang.get(), Msg::EtiquetteTitle)}</h2>
            <ul>
                {ETIQUETTE.into_iter().map(|m| view! { <li>{move || i18n::t(lang.get(), m)}</li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn TableQuestions(questions: Vec<(u32, String)>, lang: Signal<Lang>) -> impl IntoView {
    (!questions.is_empty()).then(|| {
        view! {
            <ul class="table-questions">
                {questions.into_iter().map(|(n, q)| view! {
                    <li>
                        <TableShape n=n/>
                        <span class="table-number">{n}</span>
                        <span class="visually-hidden">{move || describe(lang.get(), n)}</span>
                        <span>{q}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// The countdown: digits, and the state in words and colour (never colour
/// alone); overtime flashes once a second.
#[component]
fn Countdown(
    timer: maillage_core::cafe::timer::Timer,
    now: Signal<i64>,
    lang: Signal<Lang>,
    small: bool,
) -> impl IntoView {
    let urgency = move || timer.urgency(now.get());
    let state_text = move || {
        let l = lang.get();
        match urgency() {
            Urgency::Overtime => i18n::t(l, Msg::TimeUp),
            Urgency::LastMinute => i18n::t(l, Msg::LastMinute),
            Urgency::Normal if !timer.running() && timer.left_ms > 0 => i18n::t(l, Msg::Paused),
            Urgency::Normal => "",
        }
    };
    let class = move || match urgency() {
        Urgency::Overtime => "countdown overtime",
        Urgency::LastMinute => "countdown last-minute",
        Urgency::Normal => "countdown",
    };
    view! {
        <div class=class class:small=small data-testid="countdown">
            <p class="digits" role="timer">{move || timer::clock(timer.left(now.get()))}</p>
            <p class="countdown-state" aria-live="polite">{state_text}</p>
        </div>
    }
}

/// "Where do I go": everybody in alphabetical order with their table.
#[component]
fn Board(
    lines: Vec<BoardLine>,
    round: usize,
    now: Signal<i64>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let pages = lines.len().div_ceil(BOARD_PAGE).max(1);
    let page = move || ((now.get() / 1000 / PAGE_SECONDS) as usize) % pages;
    let shown = move || {
        let start = page() * BOARD_PAGE;
        lines
            .iter()
            .skip(start)
            .take(BOARD_PAGE)
            .cloned()
            .collect::<Vec<_>>()
    };
    view! {
        <section class="where" data-testid="board">
            <h2>
                {move || i18n::tf(lang.get(), Msg::WhereToGo, &[("n", &(round + 1).to_string())])}
                {(pages > 1).then(|| view! {
                    <span class="where-page">{move || i18n::tf(lang.get(), Msg::BoardPage, &[("page", &(page() + 1).to_string()), ("pages", &pages.to_string())])}</span>
                })}
            </h2>
            <ol class="where-lines">
                {move || shown().into_iter().map(|l| view! {
                    <li>
                        <span class="where-name">{l.name}</span>
                        <span class="where-table">
                            <TableShape n=l.table/>
                            <span class="table-number">{l.table}</span>
                            <span class="visually-hidden">{move || describe(lang.get(), l.table)}</span>
                        </span>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}
