#!/usr/bin/env bash
# Peak memory of one `mapwright worker` process running Workflow 1 over N fake cases (issue 12:
# "peak memory per worker at 100k cases, flat"), for each N given, on the release binary.
#
# For each N: `mapwright fakes --cases N` in its own process, a web-only `mapwright serve
# --workers 0` that queues the run (W1's cron trigger replaced by a webhook, so one request
# starts it), and one `mapwright worker` that claims and executes it. When the run has ended,
# prints the run's status and outcomes, its wall time and the worker's peak RSS (VmHWM).
#
# usage: bench/worker_memory.sh [N ...]            (default: 10000 100000)
# env:   MAPWRIGHT_DATABASE_URL=postgres://…  to share a PostgreSQL store (default: SQLite in a
#        fresh data directory); CARGO_TARGET_DIR as for the build; MW=path/to/mapwright to use a
#        binary built elsewhere (no build).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
if [ -z "${MW:-}" ]; then
  (cd "$ROOT" && cargo build -q --release -p mapwright --bin mapwright)
  MW=$TARGET/release/mapwright
fi
SECRET=worker-memory-bench-secret
[ $# -eq 0 ] && set -- 10000 100000

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

for N in "$@"; do
  WORK=$(mktemp -d /var/tmp/mapwright-worker-memory.XXXXXX)
  pids=()
  cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
  trap cleanup EXIT
  "$MW" fakes --cases "$N" >"$WORK/fakes.out" 2>&1 &
  pids+=($!)
  until grep -q '^initial_cursor' "$WORK/fakes.out" 2>/dev/null; do sleep 0.2; done
  cp -r "$ROOT/mappings/thailand" "$WORK/mappings"
  w1=$WORK/mappings/workflows/w1_primero_to_childshield.yaml
  python3 - "$w1" <<'PY'
import sys
p = sys.argv[1]
t = open(p).read()
cron = 'trigger:\n  cron: "*/5 * * * *"\n  timezone: Asia/Bangkok\n'
assert cron in t, "W1's trigger changed"
open(p, "w").write(t.replace(cron, "trigger:\n  webhook: w1\n"))
PY
  {
    echo "data_dir = \"$WORK/data\""
    echo "mappings = \"$WORK/mappings\""
    sed -n '/^\[endpoints.primero\]/,$p' "$WORK/fakes.out" | sed '/^Press Ctrl-C/d'
    printf '[serve.webhooks.w1]\nmode = "header"\nsecret = "%s"\n' "$SECRET"
  } >"$WORK/mapwright.toml"
  export MAPWRIGHT_MASTER_KEY=$(printf 'ab%.0s' $(seq 32)) MAPWRIGHT_ADMIN_PASSWORD=worker-memory-bench
  port=$(free_port)
  "$MW" serve --config "$WORK/mapwright.toml" --listen "127.0.0.1:$port" --workers 0 >"$WORK/serve.log" 2>&1 &
  pids+=($!)
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
  "$MW" worker --config "$WORK/mapwright.toml" --concurrency 1 >"$WORK/worker.log" 2>&1 &
  worker=$!
  pids+=($worker)
  start=$(date +%s.%N)
  curl -sf -X POST -H "X-Mapwright-Secret: $SECRET" -H 'Content-Type: application/json' \
    -d '{}' "http://127.0.0.1:$port/hooks/w1" >/dev/null
  status=queued
  while [[ $status == queued || $status == running ]]; do
    sleep 1
    status=$("$MW" history --config "$WORK/mapwright.toml" --json --workflow thailand_w1_primero_to_childshield 2>/dev/null \
      | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r[0]["status"] if r else "queued")')
  done
  end=$(date +%s.%N)
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$worker/status")
  # What the resident memory is at the end: the heap (anonymous), mapped files, shared memory.
  split=$(awk '/^Rss(Anon|File|Shmem)/ {printf "%s %.1f MiB  ", $1, $2 / 1024}' "/proc/$worker/status")
  run=$("$MW" history --config "$WORK/mapwright.toml" --json --workflow thailand_w1_primero_to_childshield | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  outcomes=$("$MW" show --config "$WORK/mapwright.toml" --json "$run" | python3 -c '
import json, sys
d = json.load(sys.stdin)
c = {}
for o in d.get("outcomes", []):
    c[o["outcome"]] = c.get(o["outcome"], 0) + 1
print(", ".join(f"{k} {v}" for k, v in sorted(c.items())) or json.dumps(d.get("counters", {})))')
  printf 'N=%s  run %s %s in %.0f s  worker peak RSS %.1f MiB  (%s)\n' \
    "$N" "$run" "$status" "$(echo "$end - $start" | bc)" "$(echo "$hwm / 1024" | bc -l)" "$outcomes"
  echo "      at the end: $split"
  cleanup
  trap - EXIT
  rm -rf "$WORK"
done
