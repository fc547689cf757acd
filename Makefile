# The two commands a newcomer needs:
#   make serve   installs what is missing, builds, serves http://127.0.0.1:8080 with live reload
#   make test    installs what is missing (Chromium too) and runs every test layer
# Every install step checks first and skips itself when already satisfied.
# Nothing is downloaded from outside crates.io, npm and Debian; Trunk never downloads tools.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
GECKODRIVER_VERSION := 0.37.1
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
NODE_BIN := $(CURDIR)/node_modules/.bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# wasm-opt comes from npm's binaryen; it goes first on PATH so Debian's old one is never used.
export PATH := $(NODE_BIN):$(CARGO_BIN):$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
# Browsers and drivers write large temporary folders: keep them in target/ and remove them after tests.
SCRATCH := $(CURDIR)/target/scratch

.PHONY: java check-html crates measure-hydrate bench lighthouse lighthouse-tool echarts help setup tools rust-target trunk wasm-bindgen npm chromium webkit firefox geckodriver serve dist test test-native test-js test-wasm test-e2e test-engines test-e2e-dejavu bench clean screenshots

help:
	@echo "make serve   build and serve on http://127.0.0.1:8080 with live reload"
	@echo "make test    run native, browser-component and end-to-end tests"
	@echo "make dist    release build into dist/ (prerendered pages, wasm, ECharts)"
	@echo "make bench   sizes and speed, slow-4G first visit included, against budgets"
	@echo "make lighthouse  Lighthouse 12.2.3 (mobile) on both articles and an embed, beside static copies"

## ---------- installs (each skips itself when satisfied) ----------

tools: rust-target trunk wasm-bindgen npm crates

# Trunk builds with --offline (Trunk.toml), so on a fresh machine the crates
# must already be in cargo's cache: cargo fetch downloads every crate
# Cargo.lock names, for every target (seconds when they are there already).
crates: rust-target
	@cargo fetch --locked --quiet && echo "ok   crates in Cargo.lock fetched"

rust-target:
	@if rustup target list --installed | grep -qx wasm32-unknown-unknown; then \
	  echo "ok   wasm32-unknown-unknown target"; \
	else \
	  echo "get  wasm32-unknown-unknown target (seconds)"; rustup target add wasm32-unknown-unknown; \
	fi

trunk:
	@if trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$"; then \
	  echo "ok   trunk $(TRUNK_VERSION)"; \
	else \
	  echo "get  trunk $(TRUNK_VERSION) from crates.io (about 13 minutes on 2 cores, once per machine)"; \
	  cargo install --locked trunk --version $(TRUNK_VERSION); \
	fi

# Installed without --locked: the CLI's own lock file pins a crate version this registry lacks.
wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "Cargo.lock names no wasm-bindgen"; exit 1; }
	@if wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$"; then \
	  echo "ok   wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	else \
	  echo "get  wasm-bindgen-cli $(WASM_BINDGEN_VERSION) from crates.io (about 4 minutes, once per machine)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

# npm ci installs exactly package-lock.json: echarts, binaryen (wasm-opt), Playwright.
npm: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	@echo "get  npm packages (echarts, binaryen for wasm-opt, @playwright/test; seconds)"
	@npm ci --no-audit --no-fund
	@touch $@

chromium:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
	  echo "ok   chromium and chromedriver"; \
	else \
	  echo "get  Debian chromium and chromium-driver (about 40 s)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; \
	fi

# Java runs the Nu Html Checker (npm's vnu-jar) for make check-html.
java:
	@if command -v java >/dev/null; then \
	  echo "ok   java"; \
	else \
	  echo "get  Debian default-jre-headless for the HTML checker (about a minute)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; \
	fi

setup: tools chromium webkit firefox geckodriver java

# Safari's engine: WebKitGTK's WebDriver and MiniBrowser, which needs a
# display (Xvfb). Firefox ESR from Debian, driven by geckodriver from crates.io.
webkit:
	@if [ -x /usr/bin/WebKitWebDriver ] && [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] && command -v xvfb-run >/dev/null; then \
	  echo "ok   WebKitWebDriver, MiniBrowser and xvfb"; \
	else \
	  echo "get  Debian webkit2gtk-driver and xvfb (about a minute)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq webkit2gtk-driver xvfb; \
	fi

firefox:
	@if [ -x /usr/bin/firefox-esr ]; then \
	  echo "ok   firefox-esr"; \
	else \
	  echo "get  Debian firefox-esr (about a minute)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq firefox-esr; \
	fi

geckodriver:
	@if geckodriver --version 2>/dev/null | grep -q "^geckodriver $(GECKODRIVER_VERSION)"; then \
	  echo "ok   geckodriver $(GECKODRIVER_VERSION)"; \
	else \
	  echo "get  geckodriver $(GECKODRIVER_VERSION) from crates.io (about 4 minutes, once per machine)"; \
	  cargo install --locked geckodriver --version $(GECKODRIVER_VERSION); \
	fi

## ---------- build and serve ----------

# ECharts with only the chart types and components src/js/echarts-parts.mjs lists,
# bundled by esbuild from the npm package (src/js/build-echarts.mjs, which
# also makes the SVG renderer keep unchanged nodes and the tooltip read no
# style on a step), then minified by terser
# (8 KB gzip smaller than esbuild's own minifier; about 12 s).
ECHARTS := target/echarts/echarts.min.js
echarts: $(ECHARTS)
$(ECHARTS): src/js/echarts.mjs src/js/echarts-parts.mjs src/js/labels.mjs src/js/figure-kit.mjs src/js/build-echarts.mjs node_modules/.installed
	@mkdir -p $(dir $@)
	node src/js/build-echarts.mjs $(dir $@)echarts.bundle.js
	npx terser $(dir $@)echarts.bundle.js --compress passes=2 --mangle --toplevel --comments false --output $@

serve: tools $(ECHARTS)
	trunk serve

dist: tools $(ECHARTS)
	trunk build --release

## ---------- tests ----------

test: setup
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-js
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory check-html SKIP_DIST=1
	$(MAKE) --no-print-directory test-engines SKIP_DIST=1
	@echo "all test layers passed"

# INSTA_UPDATE=no: a changed chart snapshot fails instead of being rewritten.
test-native: npm
	@echo "== native: model, formats, locales, chart snapshots (no web crates at all)"
	INSTA_UPDATE=no cargo test
	@echo "== native: the prerender, with the app's own components (ssr)"
	cargo test --features ssr --test prerender

# The label rules our ECharts bundle and the static renderer share
# (src/js/labels.mjs), with ECharts' own server-side renderer.
test-js: npm
	@echo "== the chart label rules, the static charts, robots.txt, sitemap.xml and JSON-LD, the figure kit's layout (node --test)"
	node --test tests/labels.test.mjs tests/static-svg.test.mjs tests/site-files.test.mjs tests/figure-kit.test.mjs

test-wasm: rust-target wasm-bindgen npm chromium
	@echo "== components in headless Chromium (wasm-bindgen-test)"
	@mkdir -p $(SCRATCH)
	TMPDIR=$(SCRATCH) HOME=$(SCRATCH) CARGO_HOME=$${CARGO_HOME:-$(HOME)/.cargo} RUSTUP_HOME=$${RUSTUP_HOME:-$(HOME)/.rustup} \
	  CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target wasm32-unknown-unknown --features csr,bundled-strings --test browser
	@rm -rf $(SCRATCH)

test-e2e: dist chromium
	@echo "== end to end: Playwright against the release build on 127.0.0.1"
	@mkdir -p $(SCRATCH)
	TMPDIR=$(SCRATCH) npx playwright test -c tests/e2e
	@rm -rf $(SCRATCH)

# The Nu Html Checker (npm's vnu-jar, run by Debian's Java) over every page
# in dist/: any error fails. Warnings are printed, not counted: the checker
# reads the pages from files, so it takes the CSP's 'self' and its script
# hashes as blocking them. (make test has just built dist/: SKIP_DIST=1.)
check-html: npm java
	@[ -n "$(SKIP_DIST)" ] || $(MAKE) --no-print-directory dist
	@echo "== the Nu Html Checker over dist/"
	@java -jar node_modules/vnu-jar/build/dist/vnu.jar --skip-non-html --errors-only dist && echo "vnu: 0 errors in $$(find dist -name '*.html' | wc -l) pages"

# The same build in WebKit (Safari's engine) and Firefox over WebDriver: a
# smoke layer of what a reader does first (tests/engines/smoke.test.mjs).
# (make test has just built dist/ for the Playwright layer: SKIP_DIST=1.)
test-engines: npm webkit firefox geckodriver
	@[ -n "$(SKIP_DIST)" ] || $(MAKE) --no-print-directory dist
	@echo "== WebKit (MiniBrowser) over WebDriver, under Xvfb"
	ENGINE=webkit xvfb-run -a node --test --test-concurrency=1 tests/engines/smoke.test.mjs
	@echo "== Firefox ESR over WebDriver, headless"
	ENGINE=firefox node --test --test-concurrency=1 tests/engines/smoke.test.mjs

# The end-to-end layer again with only DejaVu for Latin text and Noto CJK for
# Japanese (an isolated fontconfig): no test may depend on the fonts a
# machine has.
test-e2e-dejavu: dist chromium
	@echo "== end to end, with the fonts forced to DejaVu (tests/e2e/fonts-dejavu.conf)"
	@mkdir -p $(SCRATCH)
	FONTCONFIG_FILE=$(CURDIR)/tests/e2e/fonts-dejavu.conf TMPDIR=$(SCRATCH) npx playwright test -c tests/e2e
	@rm -rf $(SCRATCH)

clean:
	rm -rf dist target/scratch target/hydrate-dist tests/e2e/results

# Full-page screenshots into target/screenshots (needs fonts-noto-cjk to show Japanese),
# and phone screens of a control moving in every section (phone-*.png).
screenshots: dist chromium
	@fc-list :lang=ja | grep -q . || { echo "get  fonts-noto-cjk for Japanese glyphs"; $(SUDO) apt-get install -y -qq fonts-noto-cjk; }
	@node tests/e2e/serve.mjs 8130 dist & pid=$$!; sleep 0.5; kill -0 $$pid 2>/dev/null || { echo "port 8130 is taken: stop what listens there"; exit 1; }; \
	  node tests/e2e/screenshots.mjs http://127.0.0.1:8130/ target/screenshots && \
	  node tests/e2e/phone-shots.mjs http://127.0.0.1:8130/ target/screenshots; status=$$?; kill $$pid; exit $$status

# Sizes and speed of the release build in headless Chromium, with budgets.
# REF=<dir> also measures another build (a copy of an earlier dist/) beside
# this one, control by control, in the same run.
bench: dist chromium
	@ISOLATE=1 node tests/e2e/serve.mjs 8131 dist & pid=$$!; sleep 0.5; kill -0 $$pid 2>/dev/null || { echo "port 8131 is taken: stop what listens there"; exit 1; }; \
	  ref=""; if [ -n "$(REF)" ]; then ISOLATE=1 node tests/e2e/serve.mjs 8134 "$(REF)" & ref=$$!; sleep 0.5; kill -0 $$ref 2>/dev/null || { kill $$pid; echo "port 8134 is taken"; exit 1; }; fi; \
	  REF_URL=$${ref:+http://127.0.0.1:8134/} node tests/e2e/bench.mjs http://127.0.0.1:8131/ dist; status=$$?; kill $$pid $$ref 2>/dev/null; exit $$status

# Lighthouse as the web runs it, pinned (tools/lighthouse has its own lock
# file, so make test never installs it), with Debian's Chromium: both
# article pages and one embed page, three runs each, beside the same pages
# saved as static HTML. Prints medians and the budgets; never fails on a
# number. RUNS=5 for more runs.
RUNS ?= 3
lighthouse-tool: tools/lighthouse/node_modules/.installed
tools/lighthouse/node_modules/.installed: tools/lighthouse/package.json tools/lighthouse/package-lock.json
	@echo "get  Lighthouse 12.2.3 from npm (seconds)"
	@cd tools/lighthouse && npm ci --no-audit --no-fund
	@touch $@

lighthouse: dist chromium lighthouse-tool
	@node tests/e2e/lighthouse.mjs dist $(RUNS)

# The hydrate-or-replace measurement (ARCHITECTURE.md): the same site built
# to hydrate the prerendered page instead of replacing it, into
# target/hydrate-dist, measured beside the release build in one run.
measure-hydrate: dist chromium
	@sed 's/data-cargo-features="csr"/data-cargo-features="hydrate"/' index.html > hydrate.html
	@KEEP_HYDRATION_MARKERS=1 trunk build --release=true --dist target/hydrate-dist hydrate.html; status=$$?; rm -f hydrate.html; exit $$status
	@node tests/e2e/serve.mjs 8132 dist & a=$$!; node tests/e2e/serve.mjs 8133 target/hydrate-dist & b=$$!; sleep 0.5; \
	  node tests/e2e/measure-hydrate.mjs http://127.0.0.1:8132/ dist http://127.0.0.1:8133/ target/hydrate-dist; status=$$?; kill $$a $$b; exit $$status
