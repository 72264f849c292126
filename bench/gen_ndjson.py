#!/usr/bin/env python3
"""Streams N cases of shared/bench/gen_cases.py as NDJSON without holding them in memory.

gen_cases.py builds every case in a list before writing, which needs tens of GiB at 1M cases.
This drives its `make_case` with the same seed in the same order, so the records are the same
as gen_cases.py would write (the first K records of every size are identical).

usage: gen_ndjson.py SHARED_BENCH_DIR N OUT.ndjson [--seed 20230127]
"""
import argparse
import json
import os
import random
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared")
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20230127)
    args = ap.parse_args()
    sys.path.insert(0, args.shared)
    import gen_cases  # noqa: E402  (found through SHARED_BENCH_DIR)

    with open(os.path.join(args.shared, "option_sets.json"), encoding="utf-8") as f:
        sets = json.load(f)["sets"]
    rng = random.Random(args.seed)
    tmp = args.out + ".part"
    with open(tmp, "w", encoding="utf-8") as f:
        for i in range(args.n):
            f.write(json.dumps(gen_cases.make_case(rng, sets, i), ensure_ascii=False,
                               separators=(",", ":")))
            f.write("\n")
    os.replace(tmp, args.out)
    print(f"{args.out}: {args.n} records, {os.path.getsize(args.out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
