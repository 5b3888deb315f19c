#!/usr/bin/env python3
"""Runs `openkyc liveness` over a set made by scripts/make-liveness.py and reports APCER per
attack class and BPCER on genuine bursts (ISO/IEC 30107-3 sense), plus the time per burst.

Every burst is checked with the hashes of every genuine burst except itself as the store of
earlier sessions, so a genuine burst can be falsely rejected as a replay, and a replayed one
is caught only by its hash.

Usage: liveness.py SET OPENKYC [--json OUT] [--only CLASS]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile


def run(openkyc, folder, entry, known, video=None):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(known))
        known_path = handle.name
    if video:
        media = [os.path.join(folder, video)]
    else:
        media = ["--timestamps", ",".join(str(t) for t in entry["timestamps"]),
                 *[os.path.join(folder, frame) for frame in entry["frames"]]]
    command = [openkyc, "liveness", "--challenge", ",".join(entry["challenge"]),
               "--selfie", os.path.join(folder, entry["selfie"]),
               "--known-hashes", known_path, *media]
    out = subprocess.run(command, capture_output=True, text=True)
    os.unlink(known_path)
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"{entry['name']}: {out.stderr[-500:]}")


def hashes(openkyc, folder, entry):
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as handle:
        path = handle.name
    subprocess.run([openkyc, "liveness", "--challenge", ",".join(entry["challenge"]), "--hashes-out", path,
                    *[os.path.join(folder, frame) for frame in entry["frames"]]], capture_output=True, check=True)
    lines = open(path).read().split()
    os.unlink(path)
    return lines


def ten_frame_bursts(index):
    """The first ten frames of each genuine burst of a set, with one move asked: the burst the
    time target is stated for."""
    return [dict(entry, frames=entry["frames"][:10], timestamps=entry["timestamps"][:10], challenge=entry["challenge"][:1])
            for entry in index if entry["label"] == "genuine" and len(entry["frames"]) >= 10]


def spread(values):
    ordered = sorted(values)
    return (f"median {statistics.median(ordered):.0f}, 90th percentile {ordered[int(0.9 * (len(ordered) - 1))]:.0f}, "
            f"max {ordered[-1]:.0f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("set")
    parser.add_argument("openkyc")
    parser.add_argument("--json")
    parser.add_argument("--only")
    args = parser.parse_args()
    index = json.load(open(os.path.join(args.set, "index.json")))
    genuine_hashes = {e["name"]: hashes(args.openkyc, os.path.join(args.set, e["name"]), e)
                      for e in index if e["label"] == "genuine"}
    results = []
    for entry in index:
        if args.only and entry["class"] != args.only:
            continue
        known = [h for name, lines in genuine_hashes.items() if name != entry["name"] for h in lines]
        webm = [v for v in entry.get("videos", []) if v.endswith(".webm")]
        for video in [None] + webm:
            report = run(args.openkyc, os.path.join(args.set, entry["name"]), entry, known, video)
            results.append(dict(name=entry["name"], label=entry["label"], kind=entry["class"] + (" (WebM)" if video else ""),
                                frames=len(report["frames"]), passed=report["liveness_passed"],
                                score=report["liveness_score"], failed=report["failed"],
                                ms=report["timings"]["frames_ms"], summary=report["summary"],
                                signals={s["name"]: [s["value"], s["passed"], not s.get("detail", "").startswith("not measured")]
                                         for s in report["signals"]},
                                details={s["name"]: s.get("detail", "") for s in report["signals"]},
                                frame_summaries=report["frames"]))
            r = results[-1]
            print(f"{r['name'] + (' webm' if video else ''):27s} {'PASS' if r['passed'] else 'fail'} {r['score']:.2f} "
                  f"{r['ms']:6.0f} ms  {','.join(r['failed'])}", flush=True)
    print()
    print("| class | bursts | rejected | accepted | rate |")
    print("|---|---|---|---|---|")
    order = ["genuine", "genuine (WebM)", "print", "print (WebM)", "screen", "wrong_order", "repeated_frames", "different_person", "selfie_replay",
             "session_replay", "fixture_spoof"]
    for kind in sorted({r["kind"] for r in results}, key=lambda k: order.index(k) if k in order else 99):
        rows = [r for r in results if r["kind"] == kind]
        accepted = sum(r["passed"] for r in rows)
        if kind.startswith("genuine"):
            wrong, rate = len(rows) - accepted, "BPCER"
        else:
            wrong, rate = accepted, "APCER"
        print(f"| {kind} | {len(rows)} | {len(rows) - accepted} | {accepted} | {rate} {100 * wrong / len(rows):.1f}% |")
    print()
    genuine_failures = {}
    for r in results:
        if r["kind"].startswith("genuine") and not r["passed"]:
            for name in r["failed"]:
                genuine_failures[name] = genuine_failures.get(name, 0) + 1
    print("genuine bursts rejected, by failing signal:", genuine_failures or "none")
    # The target is stated for 10 frames; the Mini App sends 15-27, so time the first ten of each
    # genuine burst on their own (their verdict is not counted).
    ten = [run(args.openkyc, os.path.join(args.set, entry["name"]), entry, [])["timings"]["frames_ms"]
           for entry in ten_frame_bursts(index)]
    if ten:
        print(f"10-frame bursts ({len(ten)}, the first ten frames of each genuine burst): frames_ms {spread(ten)}")
    genuine = [r for r in results if r["kind"] == "genuine"]
    if genuine:
        sizes = [r["frames"] for r in genuine]
        print(f"whole genuine bursts ({len(genuine)}, {min(sizes)}-{max(sizes)} frames): "
              f"frames_ms {spread([r['ms'] for r in genuine])}")
    every = [r["ms"] / r["frames"] for r in results if "WebM" not in r["kind"]]
    print(f"all bursts: {statistics.median(every):.0f} ms per frame (median)")
    videos = [r["ms"] for r in results if "WebM" in r["kind"]]
    if videos:
        print(f"WebM videos ({len(videos)}, decoding included): frames_ms {spread(videos)}")
    if args.json:
        json.dump(results, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
