#!/usr/bin/env bash
# `make check-pkg` (part of `make test`): pkg/ is committed so that users can
# download the Segment script and install the npm package without building
# them. The build is reproducible (scripts/build-wasm.sh), so once pkg/ is
# rewritten from the current build (here, after make has brought target/glue/
# up to date), any difference between pkg/ and git's index means the
# committed copy is stale: the code changed and pkg/ was not refreshed. On a
# fresh clone, as in CI, the index is the commit itself.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-pkg: not a git checkout, so there is no committed pkg/ to compare; skipped" >&2
  exit 0
fi

node scripts/build-pkg.js >/dev/null
node scripts/bundle.js >/dev/null
modified=$(git diff --name-only -- pkg)
untracked=$(git ls-files --others --exclude-standard -- pkg)
if [ -n "$modified$untracked" ]; then
  {
    echo "check-pkg: pkg/ differs from the committed copy after a fresh build:"
    if [ -n "$modified" ]; then printf '  changed:   %s\n' $modified; fi
    if [ -n "$untracked" ]; then printf '  new:       %s\n' $untracked; fi
    echo "Refresh it with:  make pkg && git add pkg   (then commit)"
  } >&2
  exit 1
fi
echo "check-pkg: pkg/ matches a fresh build"
