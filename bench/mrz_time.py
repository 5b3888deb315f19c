#!/usr/bin/env python3
"""Time per MRZ side of two builds side by side: each side is read by one build, then the other,
so both meet the same load. Prints each build's median and mean `read-mrz` time and the ratio.

Usage: bench/mrz_time.py OLD_BINARY NEW_BINARY SET_DIR... [--per-set N]   (sides: each document's back, else its front)
"""
import argparse
import glob
import json
import os
import statistics
import subprocess


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--per-set", type=int, default=12)
    args = parser.parse_args()
    env = dict(os.environ, OPENKYC_MODELS_DIR=os.environ.get("OPENKYC_MODELS_DIR", os.path.abspath("models")))
    sides = []
    for folder in args.sets:
        documents = sorted(d for d in glob.glob(os.path.join(folder, "*")) if os.path.isdir(d))[:args.per_set]
        if not documents:
            raise SystemExit(f"no documents in {folder}")
        for document in documents:
            back = os.path.join(document, "back.jpg")
            sides.append(back if os.path.exists(back) else os.path.join(document, "front.jpg"))
    times = {args.old: [], args.new: []}
    for side in sides:
        for binary in (args.old, args.new):
            out = subprocess.run([binary, "read-mrz", side], capture_output=True, text=True, env=env).stdout
            times[binary].append(json.loads(out)["ms"])
    for binary, values in times.items():
        print(f"{binary}: {len(values)} sides, median {statistics.median(values):.0f} ms, mean {statistics.mean(values):.0f} ms")
    print(f"ratio of medians (new / old): {statistics.median(times[args.new]) / statistics.median(times[args.old]):.2f}")


if __name__ == "__main__":
    main()
