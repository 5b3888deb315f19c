#!/usr/bin/env python3
"""The face engine's demographic differential, measured per data set at the shipped decision.

    face_fairness.py FIXTURES_DIR OPENKYC_BINARY OUT_DIR [--auto 0.34 --match 0.38 --no-match 0.45]

The operating points default to FaceMatchPolicy's (Sources/KYCCore/FaceMatchPolicy.swift):
automatic match below --auto, `match: true` below --match, no_match from --no-match, review in
between.

Sets (descriptors from `openkyc face-embed`, one process per set):
  - faces: ../shared/fixtures/faces (no Black faces); every pair of its photos, identities joined
    from its "Yes" pair lists (as bench/face_duplicates.py does);
  - faces-lfw-black: real photos of 21 Black and African people (LFW, grayscale); every pair;
  - id-style: the faces/ pivot pairs with the reference photo turned into a phone photo of an
    ID card's printed portrait (bench/face_id_style.py makes them).
For each: at `match: true` FAR and TAR; for automatic approval FAR and TAR; the share of
same-person and different-person pairs sent to review; same-person pairs rejected (no_match);
TAR at FAR 1% and 0.1% with the distance that gives it; the equal error rate. A DET plot of every set on one figure goes to
OUT_DIR/face-det.png; the table to OUT_DIR/face-fairness.md, raw numbers to face-fairness.json.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from face_duplicates import embed, faces_set, lfw_black  # noqa: E402


def all_pairs(labels, rows):
    files = [f for f in labels if rows[f][0] is not None]
    X = np.stack([rows[f][0] for f in files])
    ids = np.array([labels[f] for f in files])
    D = np.sqrt(np.maximum(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1), 0))
    i, j = np.triu_indices(len(files), k=1)
    same = ids[i] == ids[j]
    return D[i, j][same], D[i, j][~same], len(labels) - len(files)


def id_style_pairs(fixtures, binary, out):
    """(genuine, impostor, pairs without a face) for the pivot pairs, reference made ID-style."""
    faces = os.path.join(fixtures, "faces")
    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "face_id_style.py"), faces, binary, out],
                   check=True, capture_output=True, env={**os.environ, "OPENKYC_ONLY": "1"})
    with open(os.path.join(faces, "face-recognition-pivot.csv")) as f:
        pairs = [(r[0].split("/")[-1], r[1].split("/")[-1], r[2] == "Yes") for r in list(csv.reader(f))[1:]]
    probes = {os.path.join(faces, a) for a, _, _ in pairs}
    references = {os.path.join(out, "id-style", b) for _, b, _ in pairs}
    rows = embed(binary, None, sorted(probes | references))
    genuine, impostor, missing = [], [], 0
    for a, b, same in pairs:
        x, y = rows[os.path.join(faces, a)][0], rows[os.path.join(out, "id-style", b)][0]
        if x is None or y is None:
            missing += 1
            continue
        (genuine if same else impostor).append(float(np.linalg.norm(x - y)))
    return np.array(genuine), np.array(impostor), missing


def operating_point(genuine, impostor, far_target):
    """The largest threshold whose FAR (distance < t) is at most far_target, and the TAR there."""
    imp = np.sort(impostor)
    allowed = int(np.floor(far_target * len(imp)))
    t = imp[allowed] if allowed < len(imp) else np.inf
    return float(t), float(np.mean(genuine < t)), float(np.mean(impostor < t))


def equal_error(genuine, impostor):
    best = (1.0, 0.0)
    for t in np.unique(np.concatenate([genuine, impostor])):
        far, frr = np.mean(impostor < t), np.mean(genuine >= t)
        if abs(far - frr) < best[0]:
            best = (abs(far - frr), (far + frr) / 2)
    return float(best[1])


def analyse(name, genuine, impostor, missing, points):
    auto, match, no_match = points

    def share(values, low, high=np.inf):
        return float(np.mean((values >= low) & (values < high)))

    r = {"set": name, "genuine_pairs": len(genuine), "impostor_pairs": len(impostor), "images_or_pairs_without_face": missing,
         "match_far": share(impostor, -np.inf, match), "match_tar": share(genuine, -np.inf, match),
         "auto_far": share(impostor, -np.inf, auto), "auto_tar": share(genuine, -np.inf, auto),
         "review_genuine": share(genuine, auto, no_match), "review_impostor": share(impostor, auto, no_match),
         "no_match_frr": share(genuine, no_match), "eer": equal_error(genuine, impostor)}
    for label, target in (("far_1pct", 0.01), ("far_0_1pct", 0.001)):
        t, tar, far = operating_point(genuine, impostor, target)
        r[label] = {"threshold": t, "tar": tar, "far": far}
    r["genuine"], r["impostor"] = sorted(map(float, genuine)), sorted(map(float, impostor))
    return r


def plot(results, path, title):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6.5, 5))
    for r in results:
        g, i = np.array(r["genuine"]), np.array(r["impostor"])
        ts = np.unique(np.concatenate([g, i, [0, 2]]))
        far = np.array([np.mean(i < t) for t in ts])
        frr = np.array([np.mean(g >= t) for t in ts])
        keep = (far > 0) & (frr > 0)
        ax.plot(far[keep] * 100, frr[keep] * 100, label=f"{r['set']} (EER {r['eer'] * 100:.1f}%)")
        ax.plot([r["match_far"] * 100], [(1 - r["match_tar"]) * 100], "o", color=ax.lines[-1].get_color())
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("false accepts, % of different-person pairs")
    ax.set_ylabel("false rejects, % of same-person pairs")
    ax.set_title(title)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def markdown(results, points):
    auto, match, no_match = points
    lines = [f"| set | same / different-person pairs | match: true (< {match}): FAR / TAR | automatic approval (< {auto}): "
             f"FAR / TAR | review ({auto}–{no_match}): same / different | same-person at no_match (≥ {no_match}) | EER | "
             "TAR at FAR 1% (distance) | TAR at FAR 0.1% (distance) |", "|---|---|---|---|---|---|---|---|---|"]
    pct = lambda v: f"{v * 100:.2f}%"  # noqa: E731
    for r in results:
        p1, p01 = r["far_1pct"], r["far_0_1pct"]
        lines.append(f"| {r['set']} | {r['genuine_pairs']} / {r['impostor_pairs']} | {pct(r['match_far'])} / {r['match_tar'] * 100:.1f}% | "
                     f"{pct(r['auto_far'])} / {r['auto_tar'] * 100:.1f}% | {r['review_genuine'] * 100:.1f}% / {r['review_impostor'] * 100:.1f}% | "
                     f"{pct(r['no_match_frr'])} | {pct(r['eer'])} | {p1['tar'] * 100:.1f}% ({p1['threshold']:.3f}) | "
                     f"{p01['tar'] * 100:.1f}% ({p01['threshold']:.3f}) |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures")
    parser.add_argument("binary")
    parser.add_argument("out")
    parser.add_argument("--auto", type=float, default=0.34)
    parser.add_argument("--match", type=float, default=0.38)
    parser.add_argument("--no-match", type=float, default=0.45)
    parser.add_argument("--name", default="face-fairness", help="file name stem of the outputs")
    args = parser.parse_args()
    points = (args.auto, args.match, args.no_match)
    os.makedirs(args.out, exist_ok=True)
    results = []
    for name, labels in (("faces", faces_set(args.fixtures)), ("faces-lfw-black", lfw_black(args.fixtures))):
        rows = embed(args.binary, None, sorted(labels))
        results.append(analyse(name, *all_pairs(labels, rows), points))
    results.append(analyse("id-style", *id_style_pairs(args.fixtures, args.binary, args.out), points))
    table = markdown(results, points)
    open(os.path.join(args.out, f"{args.name}.md"), "w").write(table)
    json.dump(results, open(os.path.join(args.out, f"{args.name}.json"), "w"))
    plot(results, os.path.join(args.out, f"{args.name}-det.png"),
         f"DET per data set (dots: match: true at {args.match})")
    print(table)


if __name__ == "__main__":
    main()
