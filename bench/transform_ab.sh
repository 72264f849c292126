#!/usr/bin/env bash
# Two or more `mapwright` release binaries side by side on the reference bench: `transform
# bench_reference` at `--jobs 1` and `--jobs 2`, on NDJSON and on the array, the binaries
# alternating in each round. Prints one line per run (wall, user, sys, peak RSS in KiB) and
# checks that every binary's `--jobs 2` output is byte for byte its `--jobs 1` output.
#
# usage: bench/transform_ab.sh ROUNDS BINARY...
#   (the inputs are bench/data/cases_100000.{ndjson,json}, made by bench/run.sh 100000)
# env:   N=100000 to pick another bench size; OUT=/var/tmp/mapwright-ab for the outputs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=$1; shift
N=${N:-100000}
OUT=${OUT:-/var/tmp/mapwright-ab}
mkdir -p "$OUT"
printf '%-7s %-40s %-4s %6s %6s %6s %9s\n' input binary jobs wall_s user_s sys_s rss_kib
for round in $(seq "$ROUNDS"); do
  for fmt in ndjson json; do
    n=0
    for bin in "$@"; do
      n=$((n + 1))
      for jobs in 1 2; do
        read -r wall user sys rss < <(
          { /usr/bin/time -f "%e %U %S %M" "$bin" transform bench_reference \
              "$ROOT/bench/data/cases_$N.$fmt" -o "$OUT/b$n.j$jobs.$fmt" --quiet --jobs "$jobs" \
              --dir /nonexistent 2>&1 >/dev/null; } | tail -n1)
        printf '%-7s %-40s %-4s %6s %6s %6s %9s\n' "$fmt" "$bin" "$jobs" "$wall" "$user" "$sys" "$rss"
      done
      [[ $round == 1 ]] && { cmp -s "$OUT/b$n.j1.$fmt" "$OUT/b$n.j2.$fmt" \
        || { echo "$bin: --jobs 2 output differs from --jobs 1 on $fmt" >&2; exit 1; }; }
    done
  done
done
