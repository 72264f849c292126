#!/usr/bin/env bash
# `mapwright run` of Workflow 1 against `mapwright fakes`, two builds side by side: for each
# round, each build runs once against fresh fakes (CASES cases) and a fresh data directory, and
# prints its wall and CPU time (start-up included), peak memory and outcomes. The fakes are the
# second build's, in their own process (their CPU is not in the figures).
#
# usage: bench/run_w1_ab.sh MAPWRIGHT_A MAPWRIGHT_B [CASES] [ROUNDS]   (run from the repository root)
set -euo pipefail
A=$1; B=$2; CASES=${3:-10000}; ROUNDS=${4:-3}
MAPPINGS="$(pwd)/mappings/thailand"
one() {
  local mw=$1 d
  d=$(mktemp -d)
  "$B" fakes --cases "$CASES" > "$d/fakes.out" 2>&1 &
  local fakes=$!
  for _ in $(seq 100); do grep -q "Ctrl-C" "$d/fakes.out" && break; sleep 0.1; done
  { echo "data_dir = \"$d/data\""; echo "mappings = \"$MAPPINGS\"";
    sed -n '/^\[endpoints.primero\]/,/initial_cursor/p' "$d/fakes.out"; } > "$d/mapwright.toml"
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak %M KiB" "$mw" run \
    thailand_w1_primero_to_childshield --config "$d/mapwright.toml" > "$d/run.out" 2> "$d/run.err" || true
  echo "$(tail -n1 "$d/run.err") | $(grep -o '[0-9]* created.*' "$d/run.out" | head -n1)"
  kill "$fakes"; wait "$fakes" 2>/dev/null || true
  rm -rf "$d"
}
for r in $(seq "$ROUNDS"); do
  echo "round $r, A: $(one "$A")"
  echo "round $r, B: $(one "$B")"
done
