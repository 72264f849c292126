#!/usr/bin/env bash
# Builds the fuzz targets on the nightly toolchain, seeds their corpora from mappings/ and the
# fakes' data, and runs each target.
#   fuzz/run.sh                    # every target, 12 s each (what .ci/run does: 72 s in all)
#   fuzz/run.sh "-runs=10000000 -max_total_time=1200"   # 10^7 executions or 20 min, per target
#   fuzz/run.sh -max_total_time=600 expr_parse
#   FUZZ_SANITIZER=none fuzz/run.sh "-runs=10000000" check_specs   # long runs: no ASan
# Corpora and crash artifacts go to $FUZZ_WORK (default /var/tmp/mapwright-fuzz), not the repo.
# FUZZ_SANITIZER (default address) is cargo-fuzz's `-s`: the targets fuzz safe Rust only (the
# one `unsafe` block of the binary is outside them), where AddressSanitizer finds nothing that
# the debug assertions and overflow checks (on in both builds) do not, at 2-3x the cost per
# input; each sanitizer builds into its own target directory.
set -euo pipefail
cd "$(dirname "$0")"
limit="${1:--max_total_time=12}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(spec_yaml expr_parse check_specs record_reader webhook_body record_json_in)
work="${FUZZ_WORK:-/var/tmp/mapwright-fuzz}"
sanitizer="${FUZZ_SANITIZER:-address}"
target_dir="${FUZZ_TARGET_DIR:-/var/tmp/mapwright-fuzz-target}"
[ "$sanitizer" = address ] || target_dir="$target_dir-$sanitizer"
export CARGO_TARGET_DIR="$target_dir"

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  cargo +nightly install cargo-fuzz --locked --quiet
fi

seed() { # seed <target> <files...>
  local dir="$work/corpus/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do cp -n "$f" "$dir/seed-$(basename "$(dirname "$f")")-$(basename "$f")" 2>/dev/null || true; done
}
yaml=$(find ../mappings -name '*.yaml' -size -16k)
seed spec_yaml $yaml
seed check_specs ../mappings/example/transforms/*.yaml ../mappings/bench/transforms/*.yaml
# Expressions: every `from:`/`when:`/`keep:`/`value:` right-hand side in the mappings, one per file.
mkdir -p "$work/corpus/expr_parse"
grep -rhoE '^\s*(from|when|keep|value|expr|if|let [a-z_]+):\s+.+$' ../mappings --include='*.yaml' \
  | sed -E 's/^\s*[a-z_ ]+:\s+//' | sort -u | head -n 400 \
  | awk -v d="$work/corpus/expr_parse" '{ f = sprintf("%s/seed-%04d", d, NR); printf "%s", $0 > f; close(f) }'
json=$(find ../mappings ../fakes/data -name '*.json' -size -16k)
seed record_reader $json
seed webhook_body $json
seed record_json_in $json
# A few small shapes the fakes' files are too large to give.
printf ' [{"a": "x,]}\\"y"}, [1, {"c": 2}], 3, null]' >"$work/corpus/record_reader/seed-array"
printf '{"a": 1}\n\n{"a": 2}\n' >"$work/corpus/record_reader/seed-ndjson"
printf '{\n  "a": 1\n}\n{"b": 2}' >"$work/corpus/record_reader/seed-values"
printf '{"data": {"record_id": "abc", "national_id_no": "1"}}' >"$work/corpus/webhook_body/seed-primero"
printf '{"__query_params": {}, "data": {"record_id": "abc"}}' >"$work/corpus/webhook_body/seed-openfn"
printf '{"id":"a","age":"3","sex":"male","nationality":["thai",7],"family_details_section":[{"relation":"mother","relation_age":40}],"x":{"y":[1,-2,true]}}' \
  >"$work/corpus/record_json_in/seed-case"

status=0
for t in "${targets[@]}"; do
  echo "== fuzz $t ($limit)"
  # -timeout: an input that runs 10 s is a failure (a hang), reported with its artifact, instead
  # of libFuzzer's 20 minutes.
  if ! cargo +nightly fuzz run -s "$sanitizer" "$t" "$work/corpus/$t" -- $limit -max_len=16384 -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$work/artifacts-$t-" 2>"$work/$t.log"; then
    echo "fuzz target $t failed; see $work/$t.log and $work/artifacts-$t-*" >&2
    tail -n 40 "$work/$t.log" >&2
    status=1
  fi
  grep -E '^(#[0-9]+|Done [0-9]+ runs)' "$work/$t.log" | tail -n 1 || true
done
exit $status
