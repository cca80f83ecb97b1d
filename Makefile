# The whole set-up on a fresh machine is `make demo` or `make test`. `make
# demo` needs only Node 20 and the committed pkg/; `make test` and every
# target that builds first run scripts/setup.sh, which installs what is
# missing (Rust, wasm-pack, Chromium, the npm tree).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: setup build pkg rebuild-pkg bundle tracking-plan bundle-trap bench bench-cli bench-edge bench-opt-levels bench-sync check-fake-stigg cli fuzz deploy www playground demo function-dev edge-dev fake-segment test lint test-rust test-cli test-wasm-node test-wasm-browser test-js check-pkg

# A recipe that fails leaves no half-written target behind to look up to date.
.DELETE_ON_ERROR:

setup:
	@scripts/setup.sh

# Real file targets, so the wasm, the package and the bundle are rebuilt only
# when one of their inputs changed. The files each rule's script writes last
# stand for all of its output. `| setup` runs setup without forcing a rebuild.
WASM_INPUTS := Cargo.toml Cargo.lock rust-toolchain.toml package-lock.json scripts/build-wasm.sh \
	$(shell find src -type f)
GLUE := target/glue/sizes.json
PKG_FILES := pkg/package.json pkg/segment-function.js
TRAP_BUNDLE := target/glue-test-hooks/segment-function.js
WWW_FILES := www/pkg/samples.json

$(GLUE): $(WASM_INPUTS) | setup
	@scripts/build-wasm.sh

pkg/package.json: $(GLUE) scripts/build-pkg.js Cargo.toml LICENSE
	@node scripts/build-pkg.js

pkg/segment-function.js: $(GLUE) shim/shim.js scripts/bundle.js scripts/build-pkg.js Cargo.toml
	@node scripts/bundle.js

# bundle.js takes the version and settings from the package's glue ($(GLUE)).
$(TRAP_BUNDLE): $(GLUE) shim/shim.js scripts/bundle.js scripts/build-pkg.js | setup
	@FEATURES=test-hooks scripts/build-wasm.sh
	@node scripts/bundle.js --features test-hooks

$(WWW_FILES): $(GLUE) pkg/segment-function.js scripts/build-www.js $(wildcard tests/fixtures/stigg/*.json)
	@node scripts/build-www.js

build: $(GLUE)

# The Segment tracking plan (Protocols) for what the function emits:
# artifacts/tracking-plan.json (the body of Segment's Public API "Replace
# Rules in Tracking Plan") and artifacts/tracking-plan.md, for the default
# settings or for `make tracking-plan SETTINGS=file.json`. STRICT=1 writes
# the strict plan, which closes Stigg's properties (docs/tracking-plan.md).
tracking-plan: pkg
	@node tools/tracking-plan.js $(SETTINGS) $(if $(filter 1 true yes,$(STRICT)),--strict)

# pkg/, which is committed: the npm package, pkg/segment-function.js (the
# script users paste into Segment) and its settings. After a change to its
# inputs: `make pkg && git add pkg`.
pkg: $(PKG_FILES)

bundle: pkg

# The same script built with a test-only export that traps inside wasm.
bundle-trap: $(TRAP_BUNDLE)

# Fails when pkg/ differs from the committed copy: the build is reproducible,
# so a difference means pkg/ was not refreshed after a change to the code.
# It rewrites pkg/ first whatever the timestamps say: a file git just checked
# out looks newer than the build it should come from.
check-pkg: $(GLUE)
	@scripts/check-pkg.sh

# pkg/ rewritten from a fresh build whatever the timestamps say (a file git
# just checked out looks newer than the build it should come from).
# scripts/build-inputs.js runs it when pkg/build-inputs.json, the SHA-256 of
# each source the committed pkg/ was built from, does not match the checkout.
rebuild-pkg: $(GLUE)
	@node scripts/build-pkg.js
	@node scripts/bundle.js

# The committed pkg/ as it is when it matches its sources (compared by
# content, with Node alone); rebuilt first when it does not and cargo is on
# PATH, or always with BUILD=1. No setup: Node 20 is all `make demo` needs.
PKG_CURRENT = @node scripts/build-inputs.js $(if $(BUILD),--build)

# Sample Stigg webhooks through pkg/segment-function.js in the emulated
# Segment runtime: each call, or why a webhook made none.
demo:
	$(PKG_CURRENT)
	@node tools/demo.js

# Speed, cold start and size against Stigg's reference; writes BENCHMARKS.md.
bench: bundle
	@FEATURES=bench-object-boundary scripts/build-wasm.sh
	@node tools/bench/bench.js

# The Segment script at opt-level z, s, 2 and 3: speed, size and cold start.
bench-opt-levels: bundle
	@scripts/build-opt-levels.sh
	@node tools/bench/bench-opt-levels.js

# The native binary (the crate cli/): target/release/stigg-segment (send / serve).
cli: setup
	cargo build --release -p stigg-segment-cli

# `cargo bench` builds the binary the benches run with the bench profile
# (release's panic = "abort") and the benches with unwinding: the core twice,
# into the same file names (a cdylib's carry no hash), and the link can take
# the half-written one ("failed to load bitcode", "undefined symbol").
# Unwinding for the binary too builds it once (cargo's warning that it
# ignores the setting concerns the benches alone).
BENCH_CARGO := CARGO_PROFILE_BENCH_PANIC=unwind cargo

# Throughput and peak memory of `stigg-segment send` against a local fake
# Segment API; writes the binary's section of BENCHMARKS.md.
bench-cli: setup
	$(BENCH_CARGO) bench -p stigg-segment-cli --bench cli

# `stigg-segment sync` against a local fake Stigg API and fake Segment API:
# customers/s and peak memory at 2,000 and 20,000 customers; writes its
# section of BENCHMARKS.md.
bench-sync: setup
	$(BENCH_CARGO) bench -p stigg-segment-cli --bench sync

# The fake Stigg API of the sync's tests (cli/tests/cli/fake_stigg.rs) read
# by Stigg's official Python SDK, pinned, with strict response validation:
# part of `make test`, so the fake cannot drift from Stigg's shapes (about
# 8 s, the SDK from PyPI into a venv under target/ the first time).
STIGG_SDK_VERSION := 0.1.0b53
check-fake-stigg: setup
	cargo build -q -p stigg-segment-cli --example fake-stigg
	test -x target/stigg-sdk/bin/python || python3 -m venv target/stigg-sdk
	target/stigg-sdk/bin/pip install -q stigg==$(STIGG_SDK_VERSION)
	target/stigg-sdk/bin/python tools/check-fake-stigg.py target/debug/examples/fake-stigg

# The edge relay (edge/) in workerd (npm miniflare): webhooks/s into the
# queue, the consumer's calls/s, cold start; writes its section of BENCHMARKS.md.
bench-edge: pkg
	@node tools/bench/bench-edge.js

# Create or update the function in Segment and deploy it (SEGMENT_API_TOKEN, ...);
# with SEGMENT_TRACKING_PLAN_ID or _NAME, also its tracking plan.
deploy: bundle
	@node tools/deploy.js

# Every fuzz target for $${FUZZ_SECONDS:-60} seconds each (nightly + cargo-fuzz).
fuzz: setup
	@scripts/fuzz.sh

# The browser playground: www/ plus its generated www/pkg/.
www: $(WWW_FILES)

playground: www
	@node tools/static-server.js

# Every fixture through the Segment script and the warehouse preview into
# DuckDB (artifacts/warehouse.duckdb): tables, column types, type conflicts
# and dropped properties, without and with warehouseSafeProperties.
.PHONY: warehouse
warehouse: bundle
	@node tools/warehouse.js

# A local stand-in for the Segment function's endpoint on
# 127.0.0.1:$${PORT:-8788}: POST a webhook, get the calls; sends nothing.
function-dev:
	$(PKG_CURRENT)
	@node tools/function-dev.js

# The npm tree alone (miniflare's workerd), for targets that need no Rust.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# The edge relay (edge/) in workerd on 127.0.0.1:$${PORT:-8789}, with a fake
# Segment API behind it that prints each call; no account needed.
edge-dev: node_modules/.package-lock.json
	$(PKG_CURRENT)
	@node tools/edge-dev.js

# A fake Segment HTTP Tracking API on 127.0.0.1:$${PORT:-8790} that prints
# each call, for `stigg-segment send` and `serve --endpoint`.
fake-segment:
	@node tools/fake-segment-dev.js

test: setup lint test-rust test-cli check-fake-stigg test-wasm-node test-wasm-browser test-js check-pkg

lint: setup
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy -p stigg-segment-cli --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features test-hooks,bench-object-boundary -- -D warnings

test-rust: setup
	cargo test

# The native binary (cli/) against a fake Segment API on 127.0.0.1.
test-cli: setup
	cargo test -p stigg-segment-cli

# The wasm tests as anyone types them: the crate's default features are the
# npm package's API, so plain `wasm-pack test` builds and runs every one.
test-wasm-node: setup
	scripts/expect-tests.sh wasm-pack test --node

# Without WASM_BINDGEN_USE_BROWSER, wasm-pack would skip every test and pass.
test-wasm-browser: setup
	WASM_BINDGEN_USE_BROWSER=1 scripts/expect-tests.sh wasm-pack test --headless --chrome

test-js: pkg bundle-trap www
	node --test tests/js/

# The edge relay alone (tests/js/edge.test.js, also part of test-js): the
# Worker in workerd against a fake Segment API on 127.0.0.1.
.PHONY: test-edge
test-edge: pkg
	node --test tests/js/edge.test.js
