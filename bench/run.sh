#!/usr/bin/env bash
# Whole-process benchmark of the reference mapping (shared/bench/REFERENCE_MAPPING.md), side by
# side: the compiled transform (`mapwright transform`), the interpreter (`mapwright preview`),
# the hand-written typed Rust program (bench-handwritten/) and the OpenFn runtime job.
# Checks every output equal to the Python oracle with compare.py, then prints median wall time
# and peak RSS (/usr/bin/time -v) as ratios to the hand-written program.
#
# usage: bench/run.sh [N] [REPEATS]      (default N=100000, REPEATS=3)
# env:   SHARED=path/to/shared/bench (default ../shared/bench beside the repo)
#        SKIP_OPENFN=1 to leave out the OpenFn runtime (needs node + npm install)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared/bench}
N=${1:-100000}
REPEATS=${2:-3}
DATA=$ROOT/bench/data
WORK=/var/tmp/mapwright-bench
OPENFN=/var/tmp/mapwright-openfn
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
mkdir -p "$DATA" "$WORK"

if [[ ! -f $DATA/cases_$N.json || ! -f $DATA/cases_1.json ]]; then
  python3 "$SHARED/gen_cases.py" --sizes "1,$N" --out "$DATA" --option-sets "$SHARED/option_sets.json"
fi
(cd "$ROOT" && cargo build -q --release -p runtime --bin mapwright && cargo build -q --release -p bench-handwritten)
MW=$TARGET/release/mapwright
HW=$TARGET/release/bench-handwritten

if [[ -z ${SKIP_OPENFN:-} ]]; then
  if [[ ! -d $OPENFN/node_modules ]]; then
    rm -rf "$OPENFN" && mkdir -p "$OPENFN" && cp "$SHARED"/openfn/* "$OPENFN"/
    (cd "$OPENFN" && npm install --silent --no-audit --no-fund)
  fi
fi

# name | command (IN and OUT are substituted)
declare -a NAMES CMDS
add() { NAMES+=("$1"); CMDS+=("$2"); }
add handwritten "$HW IN $SHARED/option_sets.json OUT"
add compiled "$MW transform bench_reference IN -o OUT --quiet"
add interpreter "$MW preview bench_reference IN --dir $ROOT/mappings > OUT"
[[ -z ${SKIP_OPENFN:-} ]] && add openfn "node --experimental-vm-modules --no-warnings $OPENFN/run.mjs IN $SHARED/option_sets.json OUT"

python3 "$SHARED/python/reference_mapping.py" "$DATA/cases_$N.json" "$SHARED/option_sets.json" "$WORK/oracle_$N.json"

measure() { # name cmd input output -> "wall_s rss_kib"
  local cmd=${2//IN/$3}; cmd=${cmd//OUT/$4}
  /usr/bin/time -v bash -c "$cmd" 2> "$WORK/time.txt" >/dev/null || { cat "$WORK/time.txt" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=(n==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]} /Maximum resident/{r=$2} END{print s, r}' "$WORK/time.txt"
}
median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

printf '\n%-12s %-8s %10s %10s %12s %10s\n' program input wall_s ratio peak_MiB ratio
for fmt in json ndjson; do
  IN=$DATA/cases_$N.$fmt
  declare -A WALL RSS
  for i in "${!NAMES[@]}"; do
    name=${NAMES[$i]}
    [[ $name == openfn && $fmt == ndjson ]] && continue
    [[ $name == interpreter && $fmt == ndjson ]] && continue
    OUT=$WORK/${name}_$N.$fmt
    [[ $name == interpreter ]] && OUT=$WORK/${name}_$N.json # preview writes an array for an array
    [[ $name == openfn ]] && OUT=$WORK/${name}_$N.json
    walls=(); rss=()
    for _ in $(seq "$REPEATS"); do
      read -r w r < <(measure "$name" "${CMDS[$i]}" "$IN" "$OUT")
      walls+=("$w"); rss+=("$r")
    done
    WALL[$name]=$(printf '%s\n' "${walls[@]}" | median)
    RSS[$name]=$(printf '%s\n' "${rss[@]}" | median)
    CMP=$OUT
    if [[ $OUT == *.ndjson ]]; then # compare.py reads JSON arrays
      CMP=$WORK/${name}_$N.as-array.json
      python3 -c 'import json,sys; json.dump([json.loads(l) for l in open(sys.argv[1]) if l.strip()], open(sys.argv[2], "w"), ensure_ascii=False)' "$OUT" "$CMP"
    fi
    python3 "$SHARED/compare.py" "$WORK/oracle_$N.json" "$CMP" | sed 's/^/    /'
  done
  for name in "${NAMES[@]}"; do
    [[ -z ${WALL[$name]:-} ]] && continue
    awk -v n="$name" -v f="$fmt" -v w="${WALL[$name]}" -v hw="${WALL[handwritten]}" -v r="${RSS[$name]}" -v hr="${RSS[handwritten]}" \
      'BEGIN{printf "%-12s %-8s %10.3f %9.2fx %12.1f %9.2fx\n", n, f, w, w/hw, r/1024, r/hr}'
  done
  unset WALL RSS
done

# Start-up on one record.
printf '\nstart-up (one record, median of 10):\n'
for name in handwritten compiled; do
  i=0; for j in "${!NAMES[@]}"; do [[ ${NAMES[$j]} == "$name" ]] && i=$j; done
  ts=()
  for _ in $(seq 10); do
    s=$(date +%s%N); cmd=${CMDS[$i]//IN/$DATA/cases_1.json}; bash -c "${cmd//OUT/$WORK/one.json}" >/dev/null 2>&1; e=$(date +%s%N)
    ts+=("$(( (e - s) / 1000 ))")
  done
  printf '  %-12s %8.2f ms (including bash)\n' "$name" "$(printf '%s\n' "${ts[@]}" | median | awk '{print $1/1000}')"
done
