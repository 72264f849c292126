#!/usr/bin/env bash
# Whole-process benchmark of the reference mapping (shared/bench/REFERENCE_MAPPING.md), side by
# side: the compiled transform (`mapwright transform`), the interpreter (`mapwright preview`),
# the hand-written typed Rust program (bench-handwritten/) and the OpenFn runtime job.
# Checks every output equal to the Python oracle (compare.py's canonical JSON), then prints
# median wall time, median CPU time (user+sys), input throughput and peak RSS, with ratios to
# the hand-written program. Processes are spawned directly (bench/spawn_time.py), no shell.
#
# usage: bench/run.sh [N] [REPEATS]      (default N=100000, REPEATS=3)
# env:   SHARED=path/to/shared/bench (default ../shared/bench beside the repo)
#        FORMATS="json ndjson" (default; at N >= 1000000 only ndjson is generated)
#        SKIP_OPENFN=1 to leave out the OpenFn runtime (needs node + npm install; it reads a
#        JSON array whole, so it runs on the array input only and never at N >= 1000000)
#        STARTUP_RUNS=21 start-up runs on one record (0 to skip)
#        JOBS="1 2" the `--jobs` of the compiled runs, one row each (compiled-jN); the scaling
#        from the first to the last is printed under each table
#        MW=path/to/mapwright to use binaries built elsewhere, no build (bench-handwritten is
#        taken from the same folder unless HW= names it)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared/bench}
N=${1:-100000}
REPEATS=${2:-3}
DATA=$ROOT/bench/data
WORK=/var/tmp/mapwright-bench
OPENFN=/var/tmp/mapwright-openfn
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIG=$((N >= 1000000))
FORMATS=${FORMATS:-$([[ $BIG == 1 ]] && echo ndjson || echo "json ndjson")}
STARTUP_RUNS=${STARTUP_RUNS:-21}
JOBS=${JOBS:-1 2}
SPAWN="python3 $ROOT/bench/spawn_time.py"
mkdir -p "$DATA" "$WORK"

if [[ $BIG == 1 ]]; then
  # gen_cases.py holds every case in memory: stream the same records instead.
  [[ -f $DATA/cases_$N.ndjson ]] || python3 "$ROOT/bench/gen_ndjson.py" "$SHARED" "$N" "$DATA/cases_$N.ndjson"
  [[ -f $DATA/cases_1.json ]] || python3 "$SHARED/gen_cases.py" --sizes 1 --out "$DATA" --option-sets "$SHARED/option_sets.json"
elif [[ ! -f $DATA/cases_$N.json || ! -f $DATA/cases_1.json ]]; then
  python3 "$SHARED/gen_cases.py" --sizes "1,$N" --out "$DATA" --option-sets "$SHARED/option_sets.json"
fi
if [[ -z ${MW:-} ]]; then
  (cd "$ROOT" && cargo build -q --release -p mapwright --bin mapwright && cargo build -q --release -p bench-handwritten)
  MW=$TARGET/release/mapwright
fi
HW=${HW:-$(dirname "$MW")/bench-handwritten}

[[ $BIG == 1 ]] && SKIP_OPENFN=1
if [[ -z ${SKIP_OPENFN:-} ]]; then
  if [[ ! -d $OPENFN/node_modules ]]; then
    rm -rf "$OPENFN" && mkdir -p "$OPENFN" && cp "$SHARED"/openfn/* "$OPENFN"/
    (cd "$OPENFN" && npm install --silent --no-audit --no-fund)
  fi
fi

# name | argv (IN and OUT are substituted); `preview` writes to stdout (PIPE below).
declare -a NAMES CMDS
add() { NAMES+=("$1"); CMDS+=("$2"); }
add handwritten "$HW IN $SHARED/option_sets.json OUT"
for j in $JOBS; do
  add "compiled-j$j" "$MW transform bench_reference IN -o OUT --quiet --jobs $j"
done
# The interpreter loads and checks the one deployment it runs (`--dir mappings/bench`).
add interpreter "PIPE $MW preview bench_reference IN --dir $ROOT/mappings/bench"
[[ -z ${SKIP_OPENFN:-} ]] && add openfn "$(command -v node) --experimental-vm-modules --no-warnings $OPENFN/run.mjs IN $SHARED/option_sets.json OUT"

# The oracle: shared/bench/python/reference_mapping.py (by chunks at N >= 1M).
if [[ $BIG == 1 ]]; then
  ORACLE=$WORK/oracle_$N.ndjson
  check() { python3 "$ROOT/bench/compare_stream.py" "$SHARED" "$DATA/cases_$N.ndjson" "$ORACLE" "$1"; }
else
  ORACLE=$WORK/oracle_$N.json
  [[ -f $ORACLE ]] || python3 "$SHARED/python/reference_mapping.py" "$DATA/cases_$N.json" "$SHARED/option_sets.json" "$ORACLE"
  check() { python3 "$SHARED/compare.py" "$ORACLE" "$1"; }
fi

measure() { # cmd input output -> "wall_s cpu_s rss_kib"
  local cmd=${1//IN/$2}; cmd=${cmd//OUT/$3}
  if [[ $cmd == PIPE\ * ]]; then
    # shellcheck disable=SC2086
    $SPAWN "$REPEATS" --stdout "$3" -- ${cmd#PIPE }
  else
    # shellcheck disable=SC2086
    $SPAWN "$REPEATS" -- $cmd
  fi
}

printf '\n%-13s %-7s %9s %8s %9s %8s %9s %10s %8s\n' program input wall_s ratio cpu_s ratio MB/s peak_MiB ratio
for fmt in $FORMATS; do
  IN=$DATA/cases_$N.$fmt
  MB=$(stat -L -c %s "$IN" | awk '{print $1/1e6}')
  declare -A WALL CPU RSS
  for i in "${!NAMES[@]}"; do
    name=${NAMES[$i]}
    [[ $name == openfn && $fmt == ndjson ]] && continue
    OUT=$WORK/${name}_$N.$fmt
    [[ $name == openfn ]] && OUT=$WORK/${name}_$N.json
    read -r WALL[$name] CPU[$name] RSS[$name] < <(measure "${CMDS[$i]}" "$IN" "$OUT")
    check "$OUT" | sed 's/^/    /'
  done
  for name in "${NAMES[@]}"; do
    [[ -z ${WALL[$name]:-} ]] && continue
    awk -v n="$name" -v f="$fmt" -v w="${WALL[$name]}" -v hw="${WALL[handwritten]}" \
      -v c="${CPU[$name]}" -v hc="${CPU[handwritten]}" -v mb="$MB" -v r="${RSS[$name]}" -v hr="${RSS[handwritten]}" \
      'BEGIN{printf "%-13s %-7s %9.3f %7.2fx %9.3f %7.2fx %9.0f %10.1f %7.2fx\n", n, f, w, w/hw, c, c/hc, mb/w, r/1024, r/hr}'
  done
  read -r j1 jn <<< "$(echo "$JOBS" | awk '{print $1, $NF}')"
  if [[ $j1 != "$jn" ]]; then
    awk -v a="${WALL[compiled-j$j1]}" -v b="${WALL[compiled-j$jn]}" -v j1="$j1" -v jn="$jn" \
      'BEGIN{printf "scaling, compiled --jobs %s -> %s: %.2fx (wall)\n", j1, jn, a/b}'
  fi
  unset WALL CPU RSS
done

# Start-up on one record, spawned directly (median of STARTUP_RUNS).
if [[ $STARTUP_RUNS -gt 0 ]]; then
  printf '\nstart-up, one record (median of %s, no shell):\n' "$STARTUP_RUNS"
  for i in "${!NAMES[@]}"; do
    name=${NAMES[$i]}
    [[ $name == openfn ]] && continue
    cmd=${CMDS[$i]//IN/$DATA/cases_1.json}; cmd=${cmd//OUT/$WORK/one.json}; cmd=${cmd#PIPE }
    # shellcheck disable=SC2086
    read -r w c _ < <($SPAWN "$STARTUP_RUNS" --no-rss -- $cmd)
    awk -v n="$name" -v w="$w" -v c="$c" 'BEGIN{printf "  %-12s %7.2f ms wall %7.2f ms cpu\n", n, w*1000, c*1000}'
  done
fi
