#!/usr/bin/env bash
# Installs what building and testing Maillage needs, skipping what is there.
# Safe to run again: each step checks first. Measured on Debian 12, 2 cores:
# trunk ≈ 5 min and wasm-bindgen-cli ≈ 2 min the first time, seconds after.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14   # trunk 0.22 needs rustc >= 1.96.1
# The CLI must equal the wasm-bindgen crate pinned (with =) in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
: "${WASM_BINDGEN_VERSION:?wasm-bindgen must be pinned with = in Cargo.toml}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "Rust target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

step "Chromium and its driver (Debian packages)"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # --locked fails when the registry mirror lacks a locked dependency: retry unlocked, same version.
  cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" \
    || cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

step "wasm-opt (binaryen 132 from npm; Debian's 108 builds a broken app)"
[ -x tools/binaryen/node_modules/.bin/wasm-opt ] || (cd tools/binaryen && npm install --no-audit --no-fund --loglevel=error)

step "Browser test packages (Playwright, no browser download)"
[ -d tests/e2e/node_modules/@playwright/test ] && [ -d tests/e2e/node_modules/axe-core ] || (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

echo "setup: ok"
