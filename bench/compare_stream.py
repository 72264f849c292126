#!/usr/bin/env python3
"""Checks outputs against the Python oracle at sizes where compare.py's whole-file load does
not fit: the input NDJSON is cut into chunks, the shared oracle (python/reference_mapping.py)
maps each chunk, and every output is compared record by record on compare.py's canonical JSON
(keys sorted, compact, UTF-8), streaming.

usage: compare_stream.py SHARED_BENCH_DIR CASES.ndjson ORACLE_OUT.ndjson OUTPUT(.ndjson|.json)...
ORACLE_OUT.ndjson is written when missing (and reused otherwise). Exit 0 when all agree.
"""
import json
import os
import subprocess
import sys
import tempfile

CHUNK = 100_000


def oracle(shared, cases, out):
    sys.path.insert(0, shared)
    from compare import canon  # noqa: E402

    tmp = out + ".part"
    with open(cases, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as dst, \
            tempfile.TemporaryDirectory() as d:
        arr, res = os.path.join(d, "chunk.json"), os.path.join(d, "chunk_out.json")
        while True:
            lines = []
            for line in src:
                if line.strip():
                    lines.append(line.rstrip("\n"))
                if len(lines) == CHUNK:
                    break
            if not lines:
                break
            with open(arr, "w", encoding="utf-8") as f:
                f.write("[" + ",".join(lines) + "]")
            subprocess.run([sys.executable, os.path.join(shared, "python", "reference_mapping.py"),
                            arr, os.path.join(shared, "option_sets.json"), res], check=True)
            with open(res, encoding="utf-8") as f:
                for r in json.load(f):
                    dst.write(canon(r) + "\n")
    os.replace(tmp, out)


def records(p):
    """Records of a JSON array as written by the programs (one element per `,`-separated
    top-level value) or of NDJSON, one at a time."""
    if p.endswith(".ndjson"):
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
        return
    dec = json.JSONDecoder()
    with open(p, encoding="utf-8") as f:
        text = f.read()
    i = text.index("[") + 1
    n = len(text)
    while True:
        while i < n and text[i] in " \t\r\n,":
            i += 1
        if i >= n or text[i] == "]":
            return
        v, i = dec.raw_decode(text, i)
        yield v


def main():
    shared, cases, ref = sys.argv[1:4]
    sys.path.insert(0, shared)
    from compare import canon  # noqa: E402

    if not os.path.exists(ref):
        oracle(shared, cases, ref)
    bad = 0
    for p in sys.argv[4:]:
        n = 0
        with open(ref, encoding="utf-8") as rf:
            diff = None
            for got in records(p):
                want = rf.readline().rstrip("\n")
                if canon(got) != want:
                    diff = f"first difference at record {n}"
                    break
                n += 1
            else:
                if rf.readline():
                    diff = f"{p} ends after {n} records; the oracle has more"
        if diff:
            bad += 1
            print(f"DIFF  {p}: {diff}")
        else:
            print(f"OK    {p}: {n} records identical to {ref}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
