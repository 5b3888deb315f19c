#!/usr/bin/env python3
"""Screen replays of real videos (scripts/make-replays.py): how often the recapture signals
catch a replay (APCER: replays no such signal rejects) and how often they reject a real person
(BPCER: real genuine bursts one of them rejects). Only the signals that look at the picture
itself count here; the challenge, motion and 3-D signals do not apply (a replayed real head
really turns, and the real bursts are cut from videos where people did what they liked).

  run:     liveness_replays.py run OPENKYC SET [SET ...] --json OUT
  choose:  liveness_replays.py choose TRAIN.json [...] [--max-bpcer 5]
           every combination of the thresholds below, lowest APCER first at BPCER <= the limit
  judge:   liveness_replays.py judge RESULTS.json [...]
           rates at the thresholds the service shipped with (as reported in each result)
"""
import argparse
import itertools
import json
import os
import subprocess

# signal -> candidate limits; every one fails when its value is above the limit.
RECAPTURE = {
    "moire": [1.2],
    "screen_pattern": [1.0, 1.05, 1.1, 1.15, 1.2, 1.3, 1.4, 9],
    "frame_border": [0.25, 0.5],
    "device_edge": [0.25, 0.5, 9],
    "recapture_texture": [3.27, 9],   # its limit is chosen out of fold by bench/recapture_model.py
}


def run(openkyc, folder, entry):
    command = [openkyc, "liveness", "--challenge", ",".join(entry["challenge"]),
               "--timestamps", ",".join(str(t) for t in entry["timestamps"]),
               *[os.path.join(folder, frame) for frame in entry["frames"]]]
    out = subprocess.run(command, capture_output=True, text=True)
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"{entry['name']}: {out.stderr[-500:]}")


def collect(args):
    results = []
    for folder in args.sets:
        for entry in json.load(open(os.path.join(folder, "index.json"))):
            report = run(args.openkyc, os.path.join(folder, entry["name"]), entry)
            signals = {s["name"]: s for s in report["signals"]}
            results.append(dict(set=os.path.basename(folder.rstrip("/")), name=entry["name"], label=entry["label"],
                                source=entry.get("source"), screen=entry.get("screen"),
                                values={name: signals[name]["value"] for name in RECAPTURE if name in signals},
                                shipped={name: signals[name]["threshold"] for name in RECAPTURE if name in signals},
                                ms=report["timings"]["frames_ms"]))
            r = results[-1]
            print(f"{r['set']:>8} {r['name']:22s} " + " ".join(f"{k} {v:.3f}" for k, v in r["values"].items()), flush=True)
    json.dump(results, open(args.json, "w"), indent=1)
    judge_results(results)


def rejected(result, limits):
    return any(result["values"].get(name, 0) > limit for name, limit in limits.items())


def rates(results, limits):
    genuine = [r for r in results if r["label"] == "genuine"]
    attacks = [r for r in results if r["label"] == "attack"]
    bpcer = 100 * sum(rejected(r, limits) for r in genuine) / max(1, len(genuine))
    apcer = 100 * sum(not rejected(r, limits) for r in attacks) / max(1, len(attacks))
    return bpcer, apcer, len(genuine), len(attacks)


def judge_results(results):
    limits = results[0]["shipped"]
    bpcer, apcer, genuine, attacks = rates(results, limits)
    print(f"shipped limits {limits}: BPCER {bpcer:.1f}% of {genuine} real genuine bursts, "
          f"APCER {apcer:.1f}% of {attacks} screen replays")
    for name in limits:
        caught = sum(r["values"].get(name, 0) > limits[name] for r in results if r["label"] == "attack")
        false = sum(r["values"].get(name, 0) > limits[name] for r in results if r["label"] == "genuine")
        print(f"  {name}: catches {caught}/{attacks} replays, rejects {false}/{genuine} genuine")
    by_view = {}
    for r in results:
        if r["label"] == "attack":
            key = (r["screen"]["kind"], "edges in view" if r["screen"]["edges_visible"] else "filling the frame")
            by_view.setdefault(key, []).append(rejected(r, limits))
    for (kind, view), caught in sorted(by_view.items()):
        print(f"  {kind}, {view}: {sum(caught)}/{len(caught)} caught")
    missed = [r for r in results if r["label"] == "attack" and not rejected(r, limits)]
    for r in missed:
        screen = r["screen"] or {}
        view = "edges in view" if screen.get("edges_visible") else "filling the frame"
        print(f"  missed {r['set']}/{r['name']} ({screen.get('kind')}, {view}, {r['source']}): "
              + " ".join(f"{k} {v:.3f}" for k, v in r["values"].items()))


def choose(args):
    results = [r for path in args.results for r in json.load(open(path))]
    rows = []
    for combination in itertools.product(*RECAPTURE.values()):
        limits = dict(zip(RECAPTURE, combination))
        bpcer, apcer, _, _ = rates(results, limits)
        if bpcer <= args.max_bpcer:
            rows.append((apcer, bpcer, limits))
    rows.sort(key=lambda row: (row[0], row[1], [-v for v in row[2].values()]))
    print(f"{len(results)} results; lowest APCER at BPCER <= {args.max_bpcer}% (loosest limits first among equals):")
    for apcer, bpcer, limits in rows[:12]:
        print(f"APCER {apcer:5.1f}%  BPCER {bpcer:4.1f}%  {limits}")


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run")
    run_parser.add_argument("openkyc")
    run_parser.add_argument("sets", nargs="+")
    run_parser.add_argument("--json", required=True)
    choose_parser = commands.add_parser("choose")
    choose_parser.add_argument("results", nargs="+")
    choose_parser.add_argument("--max-bpcer", type=float, default=5.0)
    judge_parser = commands.add_parser("judge")
    judge_parser.add_argument("results", nargs="+")
    args = parser.parse_args()
    if args.command == "run":
        collect(args)
    elif args.command == "choose":
        choose(args)
    else:
        judge_results([r for path in args.results for r in json.load(open(path))])


if __name__ == "__main__":
    main()
