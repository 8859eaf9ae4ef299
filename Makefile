# Maillage — the two commands a newcomer needs:
#   make serve   build and serve the app on http://127.0.0.1:8080
#   make test    run every test (installs what is missing first)
# Others: make dist (release build in dist/), make bench (performance figures).

SHELL := /bin/bash
export PATH := $(CURDIR)/tools/binaryen/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must never download a tool: versions are pinned in Trunk.toml and installed by tools/setup.sh.
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true
# Headless Chromium from Debian for every browser test.
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_BIN := /usr/bin/chromium

.PHONY: setup serve dist test arrows test-core test-wasm test-e2e size size-check bench clean

setup:
	@tools/setup.sh

serve: setup
	trunk serve --release --no-autoreload

dist: setup
	trunk build --release
	@tools/size.sh

test: setup arrows test-core dist size-check test-wasm test-e2e
	@echo "make test: all tests passed"

# Imports point one way (views → state → storage; core knows no browser).
arrows:
	@tools/arrows.sh

test-core:
	cargo test -p maillage-core

# Browser adapters (IndexedDB…) under wasm-bindgen-test in headless Chromium.
test-wasm:
	@mkdir -p target/tmp/wbt
	TMPDIR=$(CURDIR)/target/tmp/wbt WASM_BINDGEN_TEST_TIMEOUT=60 cargo test -p maillage --target wasm32-unknown-unknown
	@rm -rf target/tmp/wbt

# End-to-end tests of the built release app (dist/) with Playwright on Debian's Chromium.
test-e2e:
	@mkdir -p target/tmp/pw
	cd tests/e2e && TMPDIR=$(CURDIR)/target/tmp/pw DIST_DIR=$(CURDIR)/dist npx playwright test

size:
	@tools/size.sh

# Fails when the build weighs more than the committed ceiling (tools/size-ceiling).
size-check:
	@tools/size.sh --check > /dev/null && echo "size check: within tools/size-ceiling"

bench: setup dist
	cargo bench -p maillage-core --bench project
	cargo bench -p maillage-core --bench rotation
	cd tests/e2e && DIST_DIR=$(CURDIR)/dist BENCH=1 npx playwright test bench --reporter=list

clean:
	rm -rf dist target/tmp
