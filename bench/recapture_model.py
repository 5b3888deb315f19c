#!/usr/bin/env python3
"""The recapture model (issue 16): a logistic regression on the face's colour texture
(kv_frame_cues.texture) that tells a face filmed off a screen from a face in front of the camera.

  dump:   recapture_model.py dump OPENKYC SET [SET ...] --out FEATURES.json [--classes A,B]
          recapture_model.py dump OPENKYC --videos DIR --out FEATURES.json
          every faced frame's texture numbers of every burst of each set (make-replays.py or
          make-liveness.py layout), or of each MP4 of DIR whole, through `openkyc liveness --texture-out`
  train:  recapture_model.py train FEATURES.json [...] --swift OUT.swift
          fits the model on the sets given (genuine bursts and videos against screen replays),
          with the ridge and the limit chosen out of fold (one fold per real video), and writes
          the weights
  score:  recapture_model.py score FEATURES.json [...] --swift MODEL.swift --limit L [--results RESULTS.json]
          burst scores of other sets under a written model (the service computes the same), and
          with RESULTS.json the rates together with the other recapture signals
  unseen: recapture_model.py unseen TRAIN.json [...] --held-out FEATURES.json --results RESULTS.json --swift MODEL.swift
          the held-out replays as if their people were new: each real video's bursts are scored
          by a model fitted (at the written model's ridge and limit) without that video, and
          judged together with the other recapture signals' verdicts in RESULTS.json
          (bench/liveness_replays.py run on the same sets)

A burst's score is the mean of its frames' scores (logits: above 0 leans to a replay). Only
numpy; training is deterministic.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import numpy as np

HISTOGRAM_FEATURES = 3 * 59   # LBP histograms come first; their square roots are what the model weighs
TRAINING_ATTACKS = {"screen_replay"}   # the generator's own attack classes have their own signals
RIDGES = [1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0]   # ridge on the standardised weights: few independent videos, many similar frames
LIMIT_MARGIN = 0.25


def dump_burst(openkyc, folder, entry):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        command = [openkyc, "liveness", "--challenge", ",".join(entry["challenge"]), "--texture-out", out.name,
                   *[os.path.join(folder, entry["name"], frame) for frame in entry["frames"]]]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"{entry['name']}: {result.stderr[-400:]}")
        return json.load(open(out.name))


def dump_videos(args):
    """Each real video whole, decoded as the service decodes an uploaded video: genuine frames
    as clean as a camera's can be (no added sensor noise, no second JPEG)."""
    bursts = []
    for file in sorted(f for f in os.listdir(args.videos) if f.endswith(".mp4")):
        frames = dump_burst(args.openkyc, args.videos, dict(name="", challenge=["turn_left"], frames=[file]))
        bursts.append(dict(set="real-videos", name=file, label="genuine", cls="real_video", source=file, screen=None,
                           frames=frames))
    print(f"{args.videos}: {len(bursts)} videos", file=sys.stderr)
    json.dump(bursts, open(args.out, "w"))


def dump(args):
    if args.videos:
        return dump_videos(args)
    bursts = []
    for folder in args.sets:
        entries = [e for e in json.load(open(os.path.join(folder, "index.json")))
                   if not args.classes or e.get("class") in args.classes.split(",")]
        with ThreadPoolExecutor(args.jobs) as pool:
            textures = list(pool.map(lambda entry: dump_burst(args.openkyc, folder, entry), entries))
        for entry, frames in zip(entries, textures):
            bursts.append(dict(set=os.path.basename(folder.rstrip("/")), name=entry["name"], label=entry["label"],
                               cls=entry.get("class", entry["name"].rsplit("-", 1)[0]), source=entry.get("source"),
                               screen=entry.get("screen"), frames=frames))
        print(f"{folder}: {len(entries)} bursts", file=sys.stderr)
    json.dump(bursts, open(args.out, "w"))


def load(paths):
    return [b for path in paths for b in json.load(open(path)) if b["frames"]]


def transform(frames):
    x = np.asarray(frames, dtype=np.float64)
    x[:, :HISTOGRAM_FEATURES] = np.sqrt(np.maximum(x[:, :HISTOGRAM_FEATURES], 0))
    return x


def is_attack(burst):
    return burst["label"] == "attack"


def for_training(bursts):
    return [b for b in bursts if not is_attack(b) or b["cls"] in TRAINING_ATTACKS]


def group_of(burst):
    """Which population a genuine burst stands for: the real videos (cut into camera-like
    bursts, or whole), or the generator's stills."""
    return "real" if burst["cls"] in ("real_genuine", "real_video") else "generated"


def fit(bursts, l2):
    """Ridge logistic regression (Newton) on frames; each burst weighs the same whatever its frame
    count, and the four populations (replays; real bursts, real videos whole and generated
    genuine bursts) weigh the same."""
    populations = {}
    for b in bursts:
        populations.setdefault(b["cls"], []).append(b)
    rows, labels, weights = [], [], []
    for members in populations.values():
        for b in members:
            x = transform(b["frames"])
            rows.append(x)
            labels.append(np.full(len(x), 1.0 if is_attack(b) else 0.0))
            weights.append(np.full(len(x), 1.0 / (len(x) * len(members))))
    x, y, w = np.vstack(rows), np.concatenate(labels), np.concatenate(weights)
    w *= len(w) / w.sum()
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    ridge = np.full(z.shape[1], l2)
    ridge[-1] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        gradient = z.T @ (w * (p - y)) + ridge * beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(ridge + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    # Fold the standardisation into the weights: score = bias + weights · transform(texture).
    weights_raw = beta[:-1] / scale
    return weights_raw, beta[-1] - float(weights_raw @ mean)


def burst_score(model, burst):
    weights, bias = model
    return float(np.mean(transform(burst["frames"]) @ weights + bias))


def report(scores, bursts, limit, title):
    print(f"{title}: limit {limit:.2f}")
    for name in ("real", "generated"):
        group = [s for s, b in zip(scores, bursts) if not is_attack(b) and group_of(b) == name]
        if group:
            print(f"  {name} genuine: {sum(s > limit for s in group)}/{len(group)} rejected; "
                  f"scores {min(group):.2f}..{max(group):.2f} (median {np.median(group):.2f})")
    for cls in sorted({b["cls"] for b in bursts if is_attack(b)}):
        values = [s for s, b in zip(scores, bursts) if b["cls"] == cls]
        print(f"  {cls}: {sum(s > limit for s in values)}/{len(values)} caught; "
              f"scores {min(values):.2f}..{max(values):.2f} (median {np.median(values):.2f})")


def folds_of(bursts):
    """Seven folds, one per real video: its real bursts and its replays together (a model must
    not have seen the person it judges); the generated genuine bursts dealt round them in turn."""
    videos = sorted({b["source"] for b in bursts if b["source"]})
    fold, generated = {}, 0
    for index, b in enumerate(bursts):
        if b["source"]:
            fold[index] = videos.index(b["source"])
        else:
            fold[index] = generated % len(videos)
            generated += 1
    return fold, len(videos)


def out_of_fold(bursts, l2):
    fold, count = folds_of(bursts)
    scores = [0.0] * len(bursts)
    for k in range(count):
        model = fit([b for i, b in enumerate(bursts) if fold[i] != k], l2)
        for i, b in enumerate(bursts):
            if fold[i] == k:
                scores[i] = burst_score(model, b)
    return scores


def train(args):
    bursts = for_training(load(args.features))
    # The limit and the ridge are chosen on out-of-fold scores: the limit sits just above every
    # genuine burst a model did not see (real and generated), the ridge catches most replays there.
    best = None
    for l2 in RIDGES:
        scores = out_of_fold(bursts, l2)
        limit = max(s for s, b in zip(scores, bursts) if not is_attack(b)) + LIMIT_MARGIN
        caught = sum(s > limit for s, b in zip(scores, bursts) if is_attack(b))
        print(f"ridge {l2:g}: out of fold, {caught} replays caught at limit {limit:.2f} (no genuine burst above it)")
        if best is None or caught > best[0]:
            best = (caught, l2, limit, scores)
    _, l2, limit, scores = best
    report(scores, bursts, limit, f"out of fold (seven folds, one per real video), ridge {l2:g}")
    model = fit(bursts, l2)
    report([burst_score(model, b) for b in bursts], bursts, limit, "fitted on all training bursts (a regression gate)")
    write_swift(model, args.swift, sorted({b['set'] for b in bursts}), l2, limit)


def write_swift(model, path, sets, l2, limit):
    weights, bias = model
    lines = [f"        {', '.join(f'{w:.6g}' for w in weights[i:i + 8])}," for i in range(0, len(weights), 8)]
    text = f"""// Generated by bench/train_recapture.sh (bench/recapture_model.py train on {', '.join(sets)}); do not edit.
extension RecaptureModel {{
    /// Fitted weights of `texture`'s numbers (histograms as square roots) and the bias; ridge
    /// {l2:g}. The limit chosen out of fold: {limit:.2f} (LivenessPolicy.maxRecaptureScore).
    public static let trained = RecaptureModel(bias: {bias:.6g}, weights: [
{chr(10).join(lines)}
    ])
}}
"""
    open(path, "w").write(text)
    print(f"wrote {path}")


def read_swift(path):
    text = open(path).read()
    bias = float(re.search(r"bias: ([-0-9.e]+)", text).group(1))
    numbers = re.search(r"weights: \[(.*?)\]", text, re.S).group(1)
    return np.array([float(v) for v in numbers.replace("\n", " ").split(",") if v.strip()]), bias


def score(args):
    bursts = load(args.features)
    model = read_swift(args.swift)
    scores = [burst_score(model, b) for b in bursts]
    report(scores, bursts, args.limit, "scored")
    if args.results:
        with_other_signals(list(zip(scores, bursts)), args.results, args.limit)
    for b in bursts:
        if args.verbose:
            print(f"  {b['set']}/{b['name']} {b['cls']} {burst_score(model, b):.2f}")


def with_other_signals(scores, results, limit):
    """Rates when a burst is rejected by its recapture score or by any other recapture signal
    at its shipped limit (RESULTS.json: bench/liveness_replays.py run on the same sets)."""
    others = {(r["set"], r["name"]): r for r in json.load(open(results))}
    def rejected(score, b):
        r = others[(b["set"], b["name"])]
        return score > limit or any(r["values"].get(n, 0) > r["shipped"][n] for n in r["shipped"] if n != "recapture_texture")
    genuine = [rejected(s, b) for s, b in scores if not is_attack(b)]
    attacks = [rejected(s, b) for s, b in scores if is_attack(b)]
    print(f"  with the other recapture signals: BPCER {sum(genuine)}/{len(genuine)}, APCER {len(attacks) - sum(attacks)}/{len(attacks)}")
    for s, b in scores:
        if is_attack(b) and not rejected(s, b):
            print(f"  missed {b['set']}/{b['name']} ({b['screen']['kind']}, {b['source']}): {s:.2f}")


def unseen(args):
    training = for_training(load(args.features))
    held = load(args.held_out)
    text = open(args.swift).read()
    l2 = float(re.search(r"ridge\s+(?:///\s*)?([0-9.]+)", text).group(1))
    limit = float(re.search(r"chosen out of fold: ([-0-9.]+)", text).group(1))
    scores = []
    for video in sorted({b["source"] for b in held}):
        model = fit([b for b in training if b["source"] != video], l2)
        scores += [(burst_score(model, b), b) for b in held if b["source"] == video]
    report([s for s, _ in scores], [b for _, b in scores], limit, f"each video scored by a model that never saw it (ridge {l2:g})")
    with_other_signals(scores, args.results, limit)


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump")
    d.add_argument("openkyc")
    d.add_argument("sets", nargs="*")
    d.add_argument("--videos", help="instead of sets: every MP4 of this folder, whole (the shared real videos)")
    d.add_argument("--out", required=True)
    d.add_argument("--jobs", type=int, default=2)
    d.add_argument("--classes", help="only bursts of these classes (comma-separated)")
    t = commands.add_parser("train")
    t.add_argument("features", nargs="+")
    t.add_argument("--swift", required=True)
    t.add_argument("--limit", type=float, default=0.0)
    s = commands.add_parser("score")
    s.add_argument("features", nargs="+")
    s.add_argument("--swift", required=True)
    s.add_argument("--limit", type=float, default=0.0)
    s.add_argument("--verbose", action="store_true")
    s.add_argument("--results", help="also judge with the other recapture signals' verdicts (bench/liveness_replays.py run)")
    u = commands.add_parser("unseen")
    u.add_argument("features", nargs="+")
    u.add_argument("--held-out", nargs="+", required=True)
    u.add_argument("--results", required=True)
    u.add_argument("--swift", required=True)
    args = parser.parse_args()
    {"dump": dump, "train": train, "score": score, "unseen": unseen}[args.command](args)


if __name__ == "__main__":
    main()
