//! The facilitator's screen of a World Café: phases and countdown, the
//! keys, the audience window (or this tab projected when there is one
//! screen), the plan of the round, notes and the harvest at hand.

use super::audience::AudienceView;
use super::channel::{self, Message};
use super::keys::{command_of, Command};
use super::{live_store, platform};
use crate::components::harvest_form::HarvestForm;
use crate::route::{self, EventTab, Route};
use crate::state::events::event_of;
use crate::state::{now_ms, tr, use_app};
use leptos::prelude::*;
use maillage_core::cafe::live::{self, Live, Phase};
use maillage_core::cafe::timer;
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::{CafePlan, Event, Id};
use std::time::Duration;

/// The audience window counts as there when it said hello this recently.
const AUDIENCE_TIMEOUT_MS: i64 = 5_000;

#[component]
pub fn Presenter(id: Id) -> impl IntoView {
    let state = use_app();
    let event = Memo::new(move |_| event_of(state, id));
    let plan = Memo::new(move |_| event.with(|e| e.as_ref().and_then(|e| e.cafe.clone())));
    let has_plan = Memo::new(move |_| plan.with(Option::is_some));
    move || {
        if has_plan.get() {
            return view! { <Console id=id event=event plan=plan/> }.into_any();
        }
        view! {
            <section>
                <h1>{tr(Msg::PresenterTitle)}</h1>
                <p class="empty-state">{tr(Msg::PresenterNoPlan)}</p>
                <a class="button primary" href=Route::Event { id, tab: EventTab::Cafe }.to_hash()>{tr(Msg::GoToCafePlan)}</a>
            </section>
        }
        .into_any()
    }
}

/// What a key or button does to the session.
fn run(cmd: Command, live: RwSignal<Live>, plan: &CafePlan, help: RwSignal<bool>) {
    let now = now_ms();
    platform::unlock_audio();
    match cmd {
        Command::StartPause => live.update(|l| l.toggle(now)),
        Command::Next => live.update(|l| l.next(plan, now)),
        Command::Previous => live.update(|l| l.previous(plan)),
        Command::PlusMinute => live.update(|l| l.add_minutes(1, now)),
        Command::MinusMinute => live.update(|l| l.add_minutes(-1, now)),
        Command::Fullscreen => platform::toggle_fullscreen(),
        Command::Blank => live.update(|l| l.blank = !l.blank),
        Command::Mute => live.update(|l| l.muted = !l.muted),
        Command::Board => live.update(|l| l.board = !l.board),
        Command::Help => help.update(|h| *h = !*h),
    }
}

fn typing_in_a_field() -> bool {
    document()
        .active_element()
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

#[component]
fn Console(id: Id, event: Memo<Option<Event>>, plan: Memo<Option<CafePlan>>) -> impl IntoView {
    let state = use_app();
    let live = RwSignal::new(live_store::load(id));
    let now = RwSignal::new(now_ms());
    let help = RwSignal::new(false);
    let projecting = RwSignal::new(false);
    let audience_seen = RwSignal::new(None::<i64>);
    let blocked = RwSignal::new(false);
    let chimes = RwSignal::new(0u32);
    let frame = Memo::new(move |_| {
        let lang = state.lang.get();
        let (Some(e), Some(p)) = (event.get(), plan.get()) else {
            return None;
        };
        let company = |c: Id| {
            state.project.with_untracked(|pr| {
                pr.as_ref()
                    .and_then(|pr| pr.company(c))
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            })
        };
        Some(live.with(|l| live::frame(&e, &p, l, lang.tag(), &company)))
    });
    let send_frame = move || {
        channel::send(&Message {
            frame: frame.get_untracked(),
            ..Default::default()
        })
    };
    channel::open(id, move |msg: Message| {
        if msg.hello {
            audience_seen.set(Some(now_ms()));
            send_frame();
        }
        if msg.bye {
            audience_seen.set(None);
        }
        if let (Some(cmd), Some(p)) = (
            msg.key.as_deref().and_then(command_of),
            plan.get_untracked(),
        ) {
            run(cmd, live, &p, help);
        }
    });
    on_cleanup(channel::close);
    Effect::new(move |_| {
        frame.track();
        send_frame();
    });
    Effect::new(move |_| live.with(|l| live_store::save(id, l)));
    Effect::new(move |_| platform::keep_awake(live.with(|l| l.timer.running())));
    on_cleanup(|| platform::keep_awake(false));
    let tick = set_interval_with_handle(
        move || {
            let t = now_ms();
            now.set(t);
            let due =
                live.with_untracked(|l| l.timer.running() && l.timer.left(t) <= 0 && !l.chimed);
            if due {
                let mut muted = false;
                live.update(|l| {
                    l.chime_due(t);
                    muted = l.muted;
                });
                if !muted {
                    platform::chime();
                    chimes.update(|c| *c += 1);
                }
            }
        },
        Duration::from_millis(250),
    );
    if let Ok(handle) = tick {
        on_cleanup(move || handle.clear());
    }
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if e.key() == "Escape" {
            projecting.set(false);
            help.set(false);
            return;
        }
        if e.ctrl_key() || e.meta_key() || e.alt_key() || typing_in_a_field() {
            return;
        }
        if let (Some(cmd), Some(p)) = (command_of(&e.key()), plan.get_untracked()) {
            e.prevent_default();
            run(cmd, live, &p, help);
        }
    });
    on_cleanup(move || keys.remove());
    let connected = move || {
        audience_seen
            .get()
            .is_some_and(|t| now.get() - t < AUDIENCE_TIMEOUT_MS)
    };
    let open_audience = move |_| {
        platform::unlock_audio();
        blocked.set(!platform::open_window(&route::audience_hash(id)));
    };
    let title = move || event.with(|e| e.as_ref().map(|e| e.title.clone()).unwrap_or_default());
    let frame_signal = Signal::derive(move || frame.get());
    view! {
        <article class="presenter" data-chimes=move || chimes.get().to_string()>
            <p class="breadcrumb"><a href=Route::Event { id, tab: EventTab::Cafe }.to_hash()>{title}</a></p>
            <div class="page-head">
                <h1>{tr(Msg::PresenterTitle)}</h1>
                <div class="actions">
                    <span class="audience-status" class:connected=connected data-testid="audience-status">
                        {move || state.t(if connected() { Msg::AudienceConnected } else { Msg::AudienceNotConnected })}
                    </span>
                    <button type="button" class="button primary" on:click=open_audience data-testid="open-audience">{tr(Msg::OpenAudience)}</button>
                    <button type="button" class="button secondary" on:click=move |_| projecting.set(true) data-testid="project-here">{tr(Msg::ProjectHere)}</button>
                </div>
            </div>
            <p class="banner warning" role="alert" hidden=move || !blocked.get()>
                {tr(Msg::PopupBlocked)}" "
                <a href=route::audience_hash(id) target="_blank" rel="opener">{tr(Msg::OpenAudienceLink)}</a>
            </p>
            <div class="presenter-grid">
                <Controls live=live now=now.into() plan=plan help=help question=Signal::derive(move || frame.with(|f| f.as_ref().map(|f| f.question.clone()).unwrap_or_default()))/>
                <RoundPlan event=event plan=plan live=live/>
            </div>
            <div class="columns">
                <section class="card" aria-labelledby="harvest-now">
                    <h2 id="harvest-now">{tr(Msg::HarvestCapture)}</h2>
                    <HarvestForm id=id round=Signal::derive(move || live.with(|l| match l.phase {
                        Phase::Round(r) | Phase::Move(r) => Some(r as u32 + 1),
                        _ => None,
                    }))/>
                </section>
                <Notes event=event/>
            </div>
            <HelpOverlay open=help/>
            {move || projecting.get().then(|| view! {
                <div class="audience-overlay" data-testid="projected-here">
                    <AudienceView frame=frame_signal now=now.into() lang=state.lang.into()/>
                </div>
            })}
        </article>
    }
}

#[component]
fn Controls(
    live: RwSignal<Live>,
    now: Signal<i64>,
    plan: Memo<Option<CafePlan>>,
    help: RwSignal<bool>,
    question: Signal<String>,
) -> impl IntoView {
    let state = use_app();
    let button = move |cmd: Command, label: Msg, key: &'static str| {
        view! {
            <button type="button" class="button secondary" aria-keyshortcuts=key
                on:click=move |_| if let Some(p) = plan.get_untracked() { run(cmd, live, &p, help) }>
                {tr(label)}<kbd>{key}</kbd>
            </button>
        }
    };
    let phase_text = move || {
        let lang = state.lang.get();
        let rounds = plan.with(|p| p.as_ref().map_or(0, |p| p.rounds.len()));
        live.with(|l| phase_words(lang, l.phase, rounds))
    };
    let next_text = move || {
        let lang = state.lang.get();
        plan.with(|p| {
            let p = p.as_ref()?;
            let all = live::phases(p);
            let at = live.with(|l| all.iter().position(|x| *x == l.phase))?;
            let next = *all.get(at + 1)?;
            Some(i18n::tf(
                lang,
                Msg::NextPhase,
                &[("phase", &phase_words(lang, next, p.rounds.len()))],
            ))
        })
    };
    let running = move || live.with(|l| l.timer.running());
    let left = move || live.with(|l| l.timer.left(now.get()));
    let timed = move || live.with(|l| l.timer.left_ms != 0 || l.timer.running());
    view! {
        <section class="card controls" aria-labelledby="controls-title">
            <h2 id="controls-title" data-testid="phase">{phase_text}</h2>
            <p class="presenter-question" hidden=move || question.with(String::is_empty)>{question}</p>
            <p class="presenter-clock" class:overtime=move || timed() && left() <= 0 hidden=move || !timed() data-testid="presenter-clock">
                {move || timer::clock(left())}
                <span class="muted small">{move || state.t(if running() { Msg::Running } else { Msg::Paused })}</span>
            </p>
            <p class="muted">{next_text}</p>
            <div class="control-buttons">
                {button(Command::Previous, Msg::PreviousPhase, "P")}
                <button type="button" class="button primary" aria-keyshortcuts="Space" data-testid="start-pause"
                    on:click=move |_| if let Some(p) = plan.get_untracked() { run(Command::StartPause, live, &p, help) }>
                    {move || state.t(if running() { Msg::Pause } else { Msg::Start })}<kbd>{tr(Msg::KeySpace)}</kbd>
                </button>
                <button type="button" class="button primary" aria-keyshortcuts="N" data-testid="next-phase"
                    on:click=move |_| if let Some(p) = plan.get_untracked() { run(Command::Next, live, &p, help) }>
                    {tr(Msg::NextPhaseButton)}<kbd>"N"</kbd>
                </button>
            </div>
            <div class="control-buttons">
                {button(Command::MinusMinute, Msg::MinusMinute, "−")}
                {button(Command::PlusMinute, Msg::PlusMinute, "+")}
                {button(Command::Board, Msg::ToggleBoard, "T")}
                {button(Command::Blank, Msg::ToggleBlank, "B")}
                {button(Command::Fullscreen, Msg::Fullscreen, "F")}
                {button(Command::Help, Msg::KeysHelp, "?")}
            </div>
            <p class="control-toggles">
                <span class="tag" hidden=move || !live.with(|l| l.blank) data-testid="blank-on">{tr(Msg::BlankOn)}</span>
                <button type="button" class="button tertiary small" aria-pressed=move || live.with(|l| l.muted).to_string()
                    on:click=move |_| live.update(|l| l.muted = !l.muted) data-testid="mute">
                    {move || state.t(if live.with(|l| l.muted) { Msg::SoundOff } else { Msg::SoundOn })}<kbd>"M"</kbd>
                </button>
            </p>
        </section>
    }
}

pub fn phase_words(lang: Lang, phase: Phase, rounds: usize) -> String {
    match phase {
        Phase::Welcome => i18n::t(lang, Msg::PhaseWelcome).into(),
        Phase::Round(r) => i18n::tf(
            lang,
            Msg::AudienceRound,
            &[("n", &(r + 1).to_string()), ("of", &rounds.to_string())],
        ),
        Phase::Move(r) => i18n::tf(lang, Msg::AudienceMove, &[("n", &(r + 1).to_string())]),
        Phase::Harvest => i18n::t(lang, Msg::AudienceHarvest).into(),
    }
}

/// Who sits where in the round on (or coming).
#[component]
fn RoundPlan(
    event: Memo<Option<Event>>,
    plan: Memo<Option<CafePlan>>,
    live: RwSignal<Live>,
) -> impl IntoView {
    let state = use_app();
    let round = move || {
        live.with(|l| match l.phase {
            Phase::Round(r) | Phase::Move(r) => r,
            Phase::Welcome => 0,
            Phase::Harvest => usize::MAX,
        })
    };
    let tables = move || {
        let r = round();
        let (Some(e), Some(p)) = (event.get(), plan.get()) else {
            return Vec::new();
        };
        maillage_core::cafe::event_plan::tables_in_round(&e, &p, r)
    };
    view! {
        <section class="card" aria-labelledby="round-plan-title">
            <h2 id="round-plan-title">
                {move || {
                    let r = round();
                    if r == usize::MAX { state.t(Msg::PlanOfRoundNone).to_owned() }
                    else { state.tf(Msg::PlanOfRound, &[("n", &(r + 1).to_string())]) }
                }}
            </h2>
            <p class="empty-state" hidden=move || !tables().is_empty()>{tr(Msg::NoSeatsYet)}</p>
            <ul class="round-tables">
                {move || tables().into_iter().map(|(n, names)| view! {
                    <li>
                        <super::table_mark::TableMark n=n lang=state.lang/>
                        <ul>
                            {names.into_iter().map(|(name, host)| view! {
                                <li class:host=host>{name}{host.then(|| view! { " " <span class="tag">{tr(Msg::HostShort)}</span> })}</li>
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ul>
            <a href=move || event.with(|e| e.as_ref().map(|e| Route::Event { id: e.id, tab: EventTab::Cafe }.to_hash()).unwrap_or_default())>
                {tr(Msg::LiveChangesLink)}
            </a>
        </section>
    }
}

#[component]
fn Notes(event: Memo<Option<Event>>) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(
        event.with_untracked(|e| e.as_ref().map(|e| e.notes.clone()).unwrap_or_default()),
    );
    let save = move |_| {
        let Some(mut e) = event.get_untracked() else {
            return;
        };
        e.notes = text.get_untracked();
        if state
            .apply(|p, ctx| maillage_core::commands::save_event(p, e, ctx))
            .is_ok()
        {
            state.notify_when_saved(Msg::NotesSaved);
        }
    };
    view! {
        <section class="card" aria-labelledby="notes-title">
            <h2 id="notes-title">{tr(Msg::PresenterNotes)}</h2>
            <crate::components::field::TextArea id="presenter-notes" label=Msg::FieldNotes value=text rows=6/>
            <button type="button" class="button secondary" on:click=save>{tr(Msg::Save)}</button>
        </section>
    }
}

#[component]
fn HelpOverlay(open: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    // Keys with a name (Space, Escape) are words of the catalog; the others are symbols.
    const KEYS: [(Result<Msg, &str>, Msg); 11] = [
        (Ok(Msg::KeySpace), Msg::KeyStartPause),
        (Err("N"), Msg::KeyNext),
        (Err("P"), Msg::KeyPrevious),
        (Err("+"), Msg::PlusMinute),
        (Err("−"), Msg::MinusMinute),
        (Err("T"), Msg::ToggleBoard),
        (Err("B"), Msg::ToggleBlank),
        (Err("M"), Msg::KeyMute),
        (Err("F"), Msg::Fullscreen),
        (Err("?"), Msg::KeysHelp),
        (Ok(Msg::KeyEsc), Msg::KeyEscape),
    ];
    view! {
        <div class="help-overlay" role="dialog" aria-modal="true" aria-labelledby="keys-title" hidden=move || !open.get() data-testid="keys-help">
            <div class="help-box">
                <h2 id="keys-title">{tr(Msg::KeysHelp)}</h2>
                <dl class="facts">
                    {KEYS.into_iter().map(|(k, m)| view! {
                        <dt><kbd>{move || match k { Ok(name) => state.t(name), Err(symbol) => symbol }}</kbd></dt>
                        <dd>{tr(m)}</dd>
                    }).collect_view()}
                </dl>
                <button type="button" class="button primary" on:click=move |_| open.set(false)>{tr(Msg::Close)}</button>
            </div>
        </div>
    }
}
