#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs (npm
# packages, Node 24 from the npm registry, the real peers), then lints,
# type-checks and runs every test. `npm test` runs this; so does CI.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "test: installing npm packages (and Node 24 from the npm registry)" >&2
  # Not `npm ci`: it refuses a lockfile without entries for optional packages the
  # registry does not serve (biome's other-platform binaries here); `npm install`
  # installs exactly the locked versions and skips those.
  npm install --no-audit --no-fund --loglevel=error
fi
export PATH="$PWD/node_modules/.bin:$PATH"
echo "test: node $(node --version)" >&2

# The Debian ground-truth test builds a real root filesystem with debootstrap.
if ! command -v debootstrap >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test: installing debootstrap from Debian" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

bash scripts/install-peers.sh >&2

echo "test: lint" >&2
biome ci --reporter=summary .
echo "test: typecheck" >&2
tsc --noEmit

mkdir -p .lading
status=0
vitest run --reporter=default --reporter=json --outputFile.json=.lading/vitest.json "$@" || status=$?
if [ -f .lading/vitest.json ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(".lading/vitest.json", "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);'
fi
exit $status
