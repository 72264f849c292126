#!/usr/bin/env python3
"""Convert the benchmark kit's option_sets.json into mappings/bench/option-sets/*.yaml.

usage: python3 bench/option_sets_to_yaml.py [OPTION_SETS.json] [OUT_DIR]
Defaults: ../shared/bench/option_sets.json (beside the repo) and mappings/bench/option-sets.
One file per set, codes in file order, labels written as YAML double-quoted strings so that
any code or label (Thai, colons, leading digits) round-trips exactly. Deterministic output.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML), Thai kept as written."""
    return json.dumps(s, ensure_ascii=False)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "bench", "option_sets.json")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REPO, "mappings", "bench", "option-sets")
    with open(src, encoding="utf-8") as f:
        sets = json.load(f)["sets"]
    os.makedirs(out, exist_ok=True)
    for name in sorted(sets):
        s = sets[name]
        seen = set()
        lines = [f"option_set: {name}", f"source: {q(s['source'])}", "options:"]
        for v in s["values"]:
            if v["code"] in seen:  # the reference takes the first label of a repeated code
                continue
            seen.add(v["code"])
            lines.append(f"  - {{ code: {q(v['code'])}, en: {q(v.get('en', ''))}, th: {q(v['th'])} }}")
        with open(os.path.join(out, f"{name}.yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    print(f"wrote {len(sets)} option sets to {out}")


if __name__ == "__main__":
    main()
