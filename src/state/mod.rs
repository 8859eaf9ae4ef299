//! The state of the running app, shared by every screen through context:
//! the open project, the language, the route, the save status and the
//! notices. Screens read it and call the operations of [`session`]; the
//! domain logic itself lives in `maillage_core`.

pub mod autosave;
pub mod events;
pub mod files;
pub mod forms;
pub mod session;
pub mod tabs;

use crate::route::Route;
use leptos::prelude::*;
use maillage_core::commands::Changed;
use maillage_core::factors::FactorSet;
use maillage_core::funnel::{self, FunnelState};
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::search::CompanyIndex;
use maillage_core::stored::ProjectSummary;
use maillage_core::{Author, Date, EditContext, Id, Issue, Kind, Project};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    /// Edits waiting for the next write (at most a second).
    Pending,
    Saving,
    Failed,
    /// No storage in this browser: nothing is kept after the tab closes.
    MemoryOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boot {
    Starting,
    Ready,
    /// IndexedDB is missing or refused: the app runs in memory only.
    NoStorage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Shown in a polite live region.
    Info,
    /// Shown with `role="alert"`.
    Error,
}

/// A message to the user, kept as a catalog entry with its values so that
/// it follows a change of language.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub msg: Msg,
    pub args: Vec<(&'static str, String)>,
    /// Offer the "export now" button with the message.
    pub offer_export: bool,
}

impl Notice {
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        i18n::tf(lang, self.msg, &args)
    }
}

/// Everything screens share. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub boot: RwSignal<Boot>,
    pub project: RwSignal<Option<Project>>,
    pub summaries: RwSignal<Vec<ProjectSummary>>,
    pub save: RwSignal<SaveState>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Whether the browser granted persistent storage (None: not asked yet).
    pub persisted: RwSignal<Option<bool>>,
    pub author: RwSignal<Author>,
    /// A step waits for the user to say what to do with unwritten edits.
    pub asking: RwSignal<bool>,
    /// A new version of the app is downloaded and waits to take over.
    pub update_ready: RwSignal<bool>,
    /// Stored records of the open project that could not be read (kept apart).
    pub set_aside: RwSignal<Vec<maillage_core::stored::SetAside>>,
    /// Funnel state of every company of the open project, as of today.
    pub funnel: Memo<HashMap<Id, FunnelState>>,
    /// The folded search index of the open project's companies.
    pub index: Memo<Arc<CompanyIndex>>,
    /// Emission and conversion factors in force (shipped, and the project's own).
    pub factors: Memo<Arc<FactorSet>>,
    /// Which kinds of record of the open project changed.
    pub changes: Changes,
    next_notice: StoredValue<u64>,
}

/// One trigger per record kind, pulled when records of that kind change,
/// so that what is derived from some kinds is worked out again only when
/// those change: the search index of 20 000 companies is not rebuilt for a
/// harvest vote. The project itself is written only through [`AppState`]
/// (`apply`, `put_project`, `put_records`), which pull the triggers; a check
/// of `make test` (`tools/arrows.sh`) keeps it so.
#[derive(Clone, Copy)]
pub struct Changes([Trigger; Kind::ALL.len()]);

impl Changes {
    fn new() -> Self {
        Changes(std::array::from_fn(|_| Trigger::new()))
    }

    fn slot(kind: Kind) -> usize {
        Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
    }

    /// Makes the reactive reader follow changes to these kinds only.
    pub fn track(&self, kinds: &[Kind]) {
        for k in kinds {
            self.0[Self::slot(*k)].track();
        }
    }

    fn notify(&self, kinds: impl IntoIterator<Item = Kind>) {
        let mut seen = [false; Kind::ALL.len()];
        for k in kinds {
            seen[Self::slot(k)] = true;
        }
        for (trigger, changed) in self.0.iter().zip(seen) {
            if changed {
                trigger.notify();
            }
        }
    }
}

/// The kinds the funnel reads besides the meetings' attendances.
/// The funnel is read as of the programme's last day once it is past: the
/// territory's period is one of its inputs.
const FUNNEL_KINDS: [Kind; 5] = [
    Kind::Company,
    Kind::Interaction,
    Kind::Flow,
    Kind::Synergy,
    Kind::Territory,
];

pub fn provide_app_state(initial_route: Route, lang: Lang, author: Author) -> AppState {
    let project = RwSignal::new(None::<Project>);
    let changes = Changes::new();
    // Each derived value reads the project untracked and follows the kinds
    // it is made of (an Arc is always news: comparing indexes costs more
    // than the screens that read them).
    let attended = Memo::new(move |_| {
        changes.track(&[Kind::Event, Kind::Territory]);
        project.with_untracked(|p| {
            p.as_ref()
                .map(|p| funnel::attendances(p, p.territory.as_of(today())))
        })
    });
    let funnel = Memo::new(move |_| {
        changes.track(&FUNNEL_KINDS);
        attended.with(|a| {
            project.with_untracked(|p| match (p, a) {
                (Some(p), Some(a)) => {
                    funnel::derive_with(p, a, funnel::AsOf::at(p.territory.as_of(today()), today()))
                }
                _ => HashMap::new(),
            })
        })
    });
    let index = Memo::new_with_compare(
        move |_| {
            changes.track(&[Kind::Company]);
            Arc::new(
                project
                    .with_untracked(|p| p.as_ref().map(CompanyIndex::build))
                    .unwrap_or_else(CompanyIndex::build_empty),
            )
        },
        |_, _| true,
    );
    let factors = Memo::new_with_compare(
        move |_| {
            changes.track(&[Kind::Settings]);
            Arc::new(
                project
                    .with_untracked(|p| p.as_ref().map(|p| FactorSet::of(&p.settings)))
                    .unwrap_or_else(FactorSet::shipped_only),
            )
        },
        |_, _| true,
    );
    let state = AppState {
        lang: RwSignal::new(lang),
        route: RwSignal::new(initial_route),
        boot: RwSignal::new(Boot::Starting),
        project,
        summaries: RwSignal::new(Vec::new()),
        save: RwSignal::new(SaveState::Saved),
        notices: RwSignal::new(Vec::new()),
        persisted: RwSignal::new(None),
        author: RwSignal::new(author),
        set_aside: RwSignal::new(Vec::new()),
        asking: RwSignal::new(false),
        update_ready: RwSignal::new(false),
        funnel,
        index,
        factors,
        changes,
        next_notice: StoredValue::new(0),
    };
    provide_context(state);
    state
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// A message of the catalog as reactive text, for views and attributes.
/// Every static text of the app goes through this one closure type, so its
/// rendering code is generated once rather than once per message (which
/// made up a large share of the browser build).
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Clone + Copy + Send + Sync + 'static {
    let lang = use_app().lang;
    move || i18n::t(lang.get(), msg)
}

/// Today's date in the browser's time zone.
pub fn today() -> Date {
    Date::from_epoch_ms(now_ms() - tz_offset_min() * 60_000)
}

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Minutes to add to UTC to get local time (`getTimezoneOffset` is the opposite).
pub fn tz_offset_min() -> i64 {
    -(js_sys::Date::new_0().get_timezone_offset() as i64)
}

impl AppState {
    /// A message in the current language (reactive).
    pub fn t(&self, msg: Msg) -> &'static str {
        i18n::t(self.lang.get(), msg)
    }

    /// A message with its placeholders filled (reactive).
    pub fn tf(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        i18n::tf(self.lang.get(), msg, args)
    }

    pub fn lang_now(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn notify(&self, kind: NoticeKind, msg: Msg, args: &[(&'static str, &str)]) {
        self.push_notice(kind, msg, args, false);
    }

    /// An error offering the "export now" button.
    pub fn notify_with_export(&self, msg: Msg, args: &[(&'static str, &str)]) {
        self.push_notice(NoticeKind::Error, msg, args, true);
    }

    fn push_notice(
        &self,
        kind: NoticeKind,
        msg: Msg,
        args: &[(&'static str, &str)],
        offer_export: bool,
    ) {
        let id = self.next_notice.get_value() + 1;
        self.next_notice.set_value(id);
        let args: Vec<(&'static str, String)> =
            args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
        self.notices.update(|n| {
            // The same message twice is shown once; a new confirmation replaces
            // the previous one (errors stay until dismissed).
            n.retain(|x| {
                (x.msg, &x.args) != (msg, &args)
                    && !(kind == NoticeKind::Info && x.kind == NoticeKind::Info)
            });
            n.push(Notice {
                id,
                kind,
                msg,
                args,
                offer_export,
            });
            if n.len() > 4 {
                n.remove(0);
            }
        });
        if kind == NoticeKind::Info {
            let notices = self.notices;
            set_timeout(
                move || notices.update(|n| n.retain(|x| x.id != id)),
                std::time::Duration::from_secs(8),
            );
        }
    }

    /// Confirms a change once it is on disk: the notice waits for the
    /// write to complete, and says nothing if it failed (the failure is told).
    pub fn notify_when_saved(&self, msg: Msg) {
        self.notify_when_saved_with(msg, &[]);
    }

    pub fn notify_when_saved_with(&self, msg: Msg, args: &[(&'static str, &str)]) {
        let state = *self;
        let args: Vec<(&'static str, String)> =
            args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
        leptos::task::spawn_local(async move {
            if autosave::settle(state).await && !autosave::is_memory_only() {
                let args: Vec<(&'static str, &str)> =
                    args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                state.notify(NoticeKind::Info, msg, &args);
            }
        });
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    pub fn edit_context(&self) -> EditContext {
        EditContext {
            now_ms: now_ms(),
            author: self.author.get_untracked(),
        }
    }

    /// Runs a command on the open project. On success the changed records
    /// are saved within a second; on failure nothing changed and the issues
    /// are returned for the form to show.
    pub fn apply(
        &self,
        f: impl FnOnce(&mut Project, &EditContext) -> Result<Vec<Changed>, Vec<Issue>>,
    ) -> Result<(), Vec<Issue>> {
        let ctx = self.edit_context();
        // Work on the value without notifying: readers only hear of real changes.
        let mut outcome = Ok(Vec::new());
        self.project.try_update_untracked(|p| {
            if let Some(p) = p {
                outcome = f(p, &ctx);
            }
        });
        match outcome {
            Ok(changed) if changed.is_empty() => Ok(()),
            Ok(changed) => {
                self.project.notify();
                self.changes.notify(changed.iter().map(|(k, _)| *k));
                autosave::mark(*self, changed);
                Ok(())
            }
            Err(issues) => Err(issues),
        }
    }

    /// Opens (or closes, with `None`) a project: everything derived from it
    /// is worked out again.
    pub fn put_project(&self, project: Option<Project>) {
        self.project.set(project);
        self.changes.notify(Kind::ALL);
    }

    /// Changes records of the open project outside a command (records
    /// another tab wrote, loaded from storage): `kinds` says which kinds.
    pub fn put_records(&self, kinds: &[Kind], f: impl FnOnce(&mut Project)) {
        self.project.update(|p| {
            if let Some(p) = p {
                f(p)
            }
        });
        self.changes.notify(kinds.iter().copied());
    }

    /// The screen actually shown: screens that need a project give way to
    /// the welcome page (first run) or the project list when none is open.
    pub fn shown_route(&self, has_project: bool) -> Route {
        let route = self.route.get();
        let needs_project = !matches!(
            route,
            Route::Welcome | Route::Projects | Route::Import | Route::Backups
        );
        if needs_project && !has_project {
            if self.summaries.with(Vec::is_empty) {
                Route::Welcome
            } else {
                Route::Projects
            }
        } else {
            route
        }
    }

    /// The summary of the open project.
    pub fn current_summary(&self) -> Option<ProjectSummary> {
        let id = self
            .project
            .with_untracked(|p| p.as_ref().map(Project::id))?;
        self.summaries
            .with_untracked(|s| s.iter().find(|x| x.id == id).cloned())
    }
}
