#!/usr/bin/env bash
# The app's layers point one way: views → state → storage and io; the
# domain (core) knows no browser; shared widgets (components) know no
# screen. Fails when an import breaks that, naming the file and line.
# (A grep, not a compiler: it reads `crate::…` paths and `use` lines.)
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
forbid() { # forbid <what the rule says> <folder> <pattern>
  local hits
  hits=$(grep -rnE "$3" "$2" --include=*.rs || true)
  if [ -n "$hits" ]; then
    printf 'arrows: %s\n%s\n' "$1" "$hits" >&2
    status=1
  fi
}
forbid "the domain (core/src) uses no browser crate" core/src '\b(leptos|web_sys|wasm_bindgen|js_sys|gloo_storage)::'
forbid "storage knows nothing above it (state, screens, widgets)" src/storage 'crate::(state|views|components|cafe)\b'
forbid "io knows nothing above it (state, screens, widgets)" src/io 'crate::(state|views|components|cafe)\b'
forbid "state reaches no screen or widget" src/state 'crate::(views|components|cafe)\b'
forbid "shared widgets (components) reach no screen" src/components 'crate::views\b'
forbid "the presenter's console and audience window reach no screen" src/cafe 'crate::views\b'
forbid "domain modules (core/src) do not call the message catalog up from below it" core/src/quick.rs 'crate::i18n\b'

# The open project is written only through AppState (state/mod.rs), which
# says which kinds of record changed (see state::Changes).
hits=$(grep -rnE '\.project\.(set|update|try_update|write|update_untracked|try_update_untracked)\(' src --include=*.rs | grep -v '^src/state/mod.rs:' || true)
if [ -n "$hits" ]; then
  printf 'arrows: the open project is changed only through AppState::{apply, put_project, put_records}\n%s\n' "$hits" >&2
  status=1
fi
# A link is built from a Route (core/src/route.rs spells every address once).
forbid "links are built with Route::to_hash, not spelled out" src/views '"#/'
forbid "links are built with Route::to_hash, not spelled out" src/components '"#/'
forbid "links are built with Route::to_hash, not spelled out" src/cafe '"#/'
# No two modules of a crate reach each other, directly or around a loop.
node tools/cycles.mjs src core/src || status=1
[ $status -eq 0 ] && echo "arrows: every import points the right way"
exit $status
