//! The problems found in a file or a form, errors first, the first
//! [`ISSUES_SHOWN`] of them with where each is (its path in the file).

use leptos::prelude::*;
use maillage_core::i18n::{self, Lang, Msg};
use maillage_core::Issue;

/// Beyond this many, the list says how many more there are.
const ISSUES_SHOWN: usize = 30;

#[component]
pub fn IssueList(issues: Vec<Issue>, lang: Lang) -> impl IntoView {
    let more = issues.len().saturating_sub(ISSUES_SHOWN);
    let mut sorted = issues;
    maillage_core::sorting::sort_by_key(&mut sorted, |i| i.severity);
    view! {
        <ul class="issues">
            {sorted.into_iter().take(ISSUES_SHOWN).map(|i| {
                let label = i18n::t(lang, if i.is_error() { Msg::IssueError } else { Msg::IssueWarning });
                view! {
                    <li class:warning=!i.is_error()>
                        <span class="issue-kind">{label}</span>" "
                        {i18n::issue_text(lang, &i)}" "
                        <code>{i.path.clone()}</code>
                    </li>
                }
            }).collect_view()}
            {(more > 0).then(|| view! { <li>{i18n::tf(lang, Msg::ImportMoreIssues, &[("n", &i18n::int(lang, more as i64))])}</li> })}
        </ul>
    }
}
