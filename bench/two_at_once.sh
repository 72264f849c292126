#!/usr/bin/env bash
# What the machine gives two CPU-bound processes at once: `transform --jobs 1` alone, then two
# of them started together, then `--jobs 2`. When two at once take as long as one alone, the
# cores are independent and `--jobs 2` can reach 2× on this machine (a VM's two vCPUs may not).
#
# usage: bench/two_at_once.sh MAPWRIGHT INPUT [ROUNDS]
set -euo pipefail
MW=$1; IN=$2; ROUNDS=${3:-3}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
one() { { /usr/bin/time -f "%e s wall, %U user, %S sys" "$MW" transform bench_reference "$IN" \
  -o "$T/$1.out" --quiet --jobs "$2" --dir /nonexistent 2>&1 >/dev/null; } | tail -n1; }
for r in $(seq "$ROUNDS"); do
  echo "round $r, --jobs 1 alone:        $(one a 1)"
  one b 1 > "$T/b.t" & one c 1 > "$T/c.t" & wait
  echo "round $r, two --jobs 1 at once:  $(cat "$T/b.t") | $(cat "$T/c.t")"
  echo "round $r, --jobs 2:              $(one d 2)"
done
