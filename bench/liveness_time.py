#!/usr/bin/env python3
"""Time per 10-frame burst of two builds side by side: the first ten frames of every genuine
burst of a make-liveness.py set, judged by each build in turn (A, B, A, B, ...), so that both
meet the same load on a shared machine. frames_ms is the service's own in-process time from
decoding the JPEGs to the verdict (model loading and the selfie are not in it).

Usage: liveness_time.py SET OPENKYC_A OPENKYC_B [--rounds 2]
"""
import argparse
import json
import os
import statistics

from liveness import run, spread, ten_frame_bursts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("set")
    parser.add_argument("builds", nargs=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    index = json.load(open(os.path.join(args.set, "index.json")))
    bursts = ten_frame_bursts(index)
    times = {build: [] for build in args.builds}
    for _ in range(args.rounds):
        for entry in bursts:
            for build in args.builds:
                times[build].append(run(build, os.path.join(args.set, entry["name"]), entry, [])["timings"]["frames_ms"])
    for build, values in times.items():
        print(f"{build}: {len(values)} runs of 10-frame bursts, frames_ms {spread(values)}")
    a, b = (statistics.median(times[build]) for build in args.builds)
    print(f"median ratio B/A: {b / a:.2f}")


if __name__ == "__main__":
    main()
