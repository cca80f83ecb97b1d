# The whole set-up on a fresh machine is `make demo` or `make test`: every
# target first runs scripts/setup.sh, which installs what is missing.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: setup build demo test lint test-rust test-wasm-node test-wasm-browser test-js

setup:
	@scripts/setup.sh

build: setup
	@scripts/build-wasm.sh

demo: build
	@node js/demo.js

test: setup lint test-rust test-wasm-node test-wasm-browser test-js

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

test-rust: setup
	cargo test

test-wasm-node: setup
	scripts/expect-tests.sh wasm-pack test --node -- --test wasm

# Without WASM_BINDGEN_USE_BROWSER, wasm-pack would skip every test and pass.
test-wasm-browser: setup
	WASM_BINDGEN_USE_BROWSER=1 scripts/expect-tests.sh wasm-pack test --headless --chrome -- --test wasm

test-js: build
	node --test tests/js/
