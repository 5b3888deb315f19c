#!/usr/bin/env python3
"""Re-judges saved liveness results (bench/liveness.py --json) under other thresholds for the
3-D signals, to choose them on training seeds before a held-out run. Every other signal keeps
its verdict; a signal that was not measured passes, as in the service.

Usage: liveness_thresholds.py RESULTS.json [...] [--relief 0.66,0.68,...] [--eye 0.3,...]
       [--surround 0.15,...] [--max-bpcer 5]
"""
import argparse
import itertools
import json

# signal: True when a value above the threshold fails it, False when a value below does.
TUNED = {"face_relief": True, "eye_depth": False, "surround_motion": False}


def passes(result, thresholds):
    for name, (value, passed, measured) in result["signals"].items():
        if name in thresholds:
            if measured and (value > thresholds[name] if TUNED[name] else value < thresholds[name]):
                return False
        elif not passed:
            return False
    return True


def rates(results, thresholds):
    by_class = {}
    for result in results:
        by_class.setdefault(result["kind"], []).append(passes(result, thresholds))
    genuine = [ok for kind, oks in by_class.items() if kind.startswith("genuine") for ok in oks]
    bpcer = 100 * genuine.count(False) / max(1, len(genuine))
    apcer = {kind: 100 * sum(oks) / len(oks) for kind, oks in by_class.items() if not kind.startswith("genuine")}
    return bpcer, apcer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results", nargs="+")
    parser.add_argument("--relief", default="0.64,0.66,0.68,0.70,0.72,0.74,0.76,0.78")
    parser.add_argument("--eye", default="0.3,0.5,0.6,0.7,0.8,0.85,0.9")
    parser.add_argument("--surround", default="0.10,0.15,0.20")
    parser.add_argument("--max-bpcer", type=float, default=5.0)
    args = parser.parse_args()
    results = [r for path in args.results for r in json.load(open(path)) if "signals" in r]
    grid = [[float(v) for v in getattr(args, key).split(",")] for key in ("relief", "eye", "surround")]
    rows = []
    for relief, eye, surround in itertools.product(*grid):
        thresholds = {"face_relief": relief, "eye_depth": eye, "surround_motion": surround}
        bpcer, apcer = rates(results, thresholds)
        rows.append((max(apcer.values()), bpcer, relief, eye, surround, apcer))
    print(f"{len(results)} results; combinations with BPCER <= {args.max_bpcer}%, lowest worst-class APCER first:")
    for worst, bpcer, relief, eye, surround, apcer in sorted(r for r in rows if r[1] <= args.max_bpcer)[:15]:
        classes = ", ".join(f"{k} {v:.0f}" for k, v in sorted(apcer.items()) if v > 0) or "none accepted"
        print(f"relief {relief:.2f} eye {eye:.2f} surround {surround:.2f}: BPCER {bpcer:.1f}%, "
              f"worst APCER {worst:.1f}% ({classes})")


if __name__ == "__main__":
    main()
