#!/usr/bin/env python3
"""Time per MRZ side of two builds side by side: each side is read by one build, then the other,
so both meet the same load. Prints each build's median and mean `read-mrz` time and the ratio.
With --documents, whole documents instead: `read-document` on each document's front and back,
its own `total_ms` (per document, and per side: a card's two sides count as two).

Usage: bench/mrz_time.py OLD_BINARY NEW_BINARY SET_DIR... [--per-set N] [--documents]
       (MRZ sides: each document's back, else its front)
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
    parser.add_argument("--documents", action="store_true")
    args = parser.parse_args()
    env = dict(os.environ, OPENKYC_MODELS_DIR=os.environ.get("OPENKYC_MODELS_DIR", os.path.abspath("models")))
    runs = []  # (command, side count)
    for folder in args.sets:
        documents = sorted(d for d in glob.glob(os.path.join(folder, "*")) if os.path.isdir(d))[:args.per_set]
        if not documents:
            raise SystemExit(f"no documents in {folder}")
        for document in documents:
            front, back = os.path.join(document, "front.jpg"), os.path.join(document, "back.jpg")
            if args.documents:
                sides = [front, back] if os.path.exists(back) else [front]
                runs.append((["read-document", *sides], len(sides)))
            else:
                runs.append((["read-mrz", back if os.path.exists(back) else front], 1))
    times = {args.old: [], args.new: []}
    for index, (command, side_count) in enumerate(runs):
        # Alternate which build goes first, so neither always meets a warm or a cold cache.
        for binary in (args.old, args.new) if index % 2 == 0 else (args.new, args.old):
            out = json.loads(subprocess.run([binary, *command], capture_output=True, text=True, env=env).stdout)
            times[binary].append(out["timings"]["total_ms"] / side_count if args.documents else out["ms"])
    unit = "document sides (read-document)" if args.documents else "MRZ sides (read-mrz)"
    for binary, values in times.items():
        print(f"{binary}: {len(values)} runs, time per {unit}: median {statistics.median(values):.0f} ms, "
              f"mean {statistics.mean(values):.0f} ms")
    print(f"ratio of medians (new / old): {statistics.median(times[args.new]) / statistics.median(times[args.old]):.2f}")
    print(f"ratio of means (new / old): {statistics.mean(times[args.new]) / statistics.mean(times[args.old]):.2f}")


if __name__ == "__main__":
    main()
