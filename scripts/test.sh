#!/usr/bin/env bash
# The whole test suite (what `npm test` runs): installs the system tools the tests need when they
# are missing (Debian's chromium, xmllint, python3-rdflib and virtuoso-opensource; needs root),
# type-checks, builds the package (library, CLI, viewer) and its API reference, runs vitest.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1 || need+=(python3-rdflib)
[ -x /usr/bin/virtuoso-t ] || need+=(virtuoso-opensource)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing ${need[*]} with apt-get" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "test: missing ${need[*]}; install them with: sudo apt-get install -y ${need[*]}" >&2
  fi
fi

# networkx 3.6 reads our GEXF exports in the tests (it ships with this machine's python3).
if ! python3 -c 'import networkx' >/dev/null 2>&1; then
  echo "test: networkx missing; trying: python3 -m pip install 'networkx>=3.6'" >&2
  python3 -m pip install -q 'networkx>=3.6' >&2 || echo "test: could not install networkx; the GEXF networkx tests will fail until 'python3 -m pip install networkx>=3.6' works" >&2
fi

echo "test: tsc --noEmit (everything; then src/graph, src/data, src/cli without the DOM library)" >&2
npm run --silent typecheck
echo "test: build (library, CLI, viewer)" >&2
npm run --silent build
echo "test: API reference (typedoc; fails on an undocumented export)" >&2
npm run --silent docs
echo "test: vitest run" >&2
mkdir -p test-artifacts
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest.json "$@" || status=$?
# A plain closing line that any CI reader understands.
node -e '
  const r = JSON.parse(require("fs").readFileSync("test-artifacts/vitest.json", "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' || true
exit "$status"
