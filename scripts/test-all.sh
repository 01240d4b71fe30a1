#!/usr/bin/env bash
# npm test: typecheck, lint, unit tests, production build, e2e — then one summary line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/vitest.json test-results/playwright.json

failed_steps=()
step() {
  local name=$1; shift
  echo "── $name: $*"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step typecheck npx tsc --noEmit
step lint npx eslint . --max-warnings=0
step unit npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
step build npx next build
if [[ " ${failed_steps[*]} " != *" build "* ]]; then
  step e2e npx playwright test
fi

node scripts/test-summary.mjs "${failed_steps[@]}"
