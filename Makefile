# The whole set-up on a fresh machine is `make demo` or `make test`: every
# target first runs scripts/setup.sh, which installs what is missing.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: setup build bundle bundle-trap bench fuzz deploy www playground demo serve test lint test-rust test-wasm-node test-wasm-browser test-js

setup:
	@scripts/setup.sh

build: setup
	@scripts/build-wasm.sh

# pkg/segment-function.js: the script users paste into Segment.
bundle: build
	@node scripts/bundle.js

# The same script built with a test-only export that traps inside wasm.
bundle-trap: build
	@FEATURES=test-hooks scripts/build-wasm.sh
	@node scripts/bundle.js --features test-hooks

demo: bundle
	@node js/demo.js

# Speed, cold start and size against Stigg's reference; writes BENCHMARKS.md.
bench: bundle
	@FEATURES=bench-object-boundary scripts/build-wasm.sh
	@node js/bench.js

# Create or update the function in Segment and deploy it (SEGMENT_API_TOKEN, ...).
deploy: bundle
	@node js/deploy.js

# Every fuzz target for $${FUZZ_SECONDS:-60} seconds each (nightly + cargo-fuzz).
fuzz: setup
	@scripts/fuzz.sh

# The browser playground: www/ plus its generated www/pkg/.
www: bundle
	@node scripts/build-www.js

playground: www
	@node js/static-server.js

# Every fixture through the Segment script and the warehouse preview into
# DuckDB (artifacts/warehouse.duckdb): tables, column types, type conflicts
# and dropped properties, without and with warehouseSafeProperties.
.PHONY: warehouse
warehouse: bundle
	@node js/warehouse.js

# A local stand-in for Segment's function endpoint on 127.0.0.1:$${PORT:-8787}.
serve: bundle
	@node js/serve.js

test: setup lint test-rust test-wasm-node test-wasm-browser test-js

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features test-hooks,bench-object-boundary -- -D warnings

test-rust: setup
	cargo test

test-wasm-node: setup
	scripts/expect-tests.sh wasm-pack test --node -- --test wasm

# Without WASM_BINDGEN_USE_BROWSER, wasm-pack would skip every test and pass.
test-wasm-browser: setup
	WASM_BINDGEN_USE_BROWSER=1 scripts/expect-tests.sh wasm-pack test --headless --chrome -- --test wasm

test-js: bundle bundle-trap www
	node --test tests/js/
