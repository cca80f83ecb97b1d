#!/usr/bin/env bash
# Installs everything the build and tests need on a fresh machine of this
# project's kind (Debian, rustup, Node 20). Idempotent: when nothing is
# missing it only checks, in a few seconds. Every make target runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf 'setup: %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- the Rust toolchain rust-toolchain.toml pins --------------------------------
# The committed pkg/ is compared with a fresh build byte for byte, which only
# the pinned rustc reproduces.
toolchain=$(awk -F'"' '/^channel/ { print $2 }' rust-toolchain.toml)
if command -v rustup >/dev/null && ! rustup toolchain list | grep -q "^$toolchain"; then
  log "installing Rust $toolchain (rust-toolchain.toml)"
  rustup toolchain install "$toolchain" --profile minimal --component rustfmt,clippy \
    --target wasm32-unknown-unknown
fi

# --- the wasm32 target --------------------------------------------------------
wasm_std_present() {
  [ -d "$(rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib" ]
}
if ! wasm_std_present; then
  if command -v rustup >/dev/null && rustup target add wasm32-unknown-unknown; then
    :
  else
    # Fallback when rustup cannot fetch the target: Debian's rustc with a
    # wasm32 standard library built from source. It builds and tests, but
    # its wasm differs from the pinned toolchain's, so `make check-pkg`
    # reports pkg/ as changed on such a machine.
    log "rustup could not add wasm32; building a sysroot with Debian's rustc"
    apt_install rustc-web cargo-web rust-web-src lld-22
    export PATH="/usr/bin:$PATH"
    dummy=$(mktemp -d)
    mkdir -p "$dummy/src"
    printf '[package]\nname = "sysroot"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n' >"$dummy/Cargo.toml"
    echo '#![no_std]' >"$dummy/src/lib.rs"
    (cd "$dummy" && RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --release \
      --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort,test)
    mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib
    cp "$dummy"/target/wasm32-unknown-unknown/release/deps/*.rlib /usr/lib/rustlib/wasm32-unknown-unknown/lib/
    rm -rf "$dummy"
  fi
fi

# --- wasm-bindgen-cli, at exactly Cargo.lock's wasm-bindgen version ------------
[ -f Cargo.lock ] || cargo generate-lockfile
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  log "installing wasm-bindgen-cli $bindgen_version (about 5 minutes)"
  # No --locked: it fails on a crate missing from the registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --quiet
fi

# --- wasm-pack -----------------------------------------------------------------
if ! command -v wasm-pack >/dev/null; then
  log "installing wasm-pack (about 4 minutes)"
  cargo install wasm-pack --quiet
fi

# --- Chromium and its driver, for browser tests --------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi

# --- Python's venv, for Stigg's SDK (make check-fake-stigg, part of make test) --
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  apt_install python3-venv
fi

# --- npm dev dependencies (pinned binaryen for wasm-opt, playwright-core) ------
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

# Debian's binaryen 108 writes broken table exports; only npm's may be used.
if [ ! -x node_modules/.bin/wasm-opt ]; then
  log "node_modules/.bin/wasm-opt is missing after npm ci"
  exit 1
fi

# workerd, Cloudflare's Workers runtime, comes with npm miniflare (the package
# @cloudflare/workerd-linux-64); the edge relay's tests run the Worker in it.
if ! node_modules/.bin/workerd --version >/dev/null 2>&1; then
  log "node_modules/.bin/workerd (from npm miniflare) is missing or does not run on this machine"
  exit 1
fi
