#!/usr/bin/env python3
"""Which descriptor recipe separates faces best, per data set: an experiment run with dlib's own
Python binding (the same ResNet and landmark models as the engine) so that recipes can be
compared without rebuilding the C++ target. The recipe kept is then built into the engine and
measured again there (bench/face_fairness.sh), which is the number that counts.

    bench/.venv/bin/python bench/face_variants.py FIXTURES_DIR MODELS_DIR ID_STYLE_DIR OUT.md

Recipes (each a function of the aligned 150x150 chip, or of the image before alignment):
  base      one descriptor of the chip (what the engine shipped with);
  mirror    mean of the chip's and its left-right mirror's descriptors;
  jitter10  mean over 10 randomly jittered chips (dlib's num_jitters=10: shifts, zoom, flips);
  mirror+j4 mirror plus 4 jittered chips;
  gray      the image turned gray (3 equal channels) before everything, so colour photos and
            gray ones (faces-lfw-black, faded ID prints) are compared on the same footing;
  gray+mirror both;
  equalize  the chip's brightness histogram equalised (dark or flat-lit faces);
  unit      base, each descriptor scaled to length 1 (distances then differ in scale);
  combinations of the above ("mirror+unit" is what the engine keeps).
Reported per set: EER, TAR at FAR 1% and 0.1% (with the distance), and the same with the
threshold picked on half the identities and applied to the other half (mean of 20 random
splits): how well an operating point carries over to faces it was not chosen on.
"""
import os
import sys

import dlib
import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from face_duplicates import faces_set, lfw_black  # noqa: E402
from face_fairness import equal_error, operating_point  # noqa: E402

FIXTURES, MODELS, ID_STYLE, OUT = sys.argv[1:5]
detector = dlib.get_frontal_face_detector()
landmarks = dlib.shape_predictor(os.path.join(MODELS, "shape_predictor_5_face_landmarks.dat"))
net = dlib.face_recognition_model_v1(os.path.join(MODELS, "dlib_face_recognition_resnet_model_v1.dat"))


def chip_of(rgb):
    """The aligned chip of the largest face, found as the engine finds it (HOG, upsampled once
    when the faces are small or missing); None without a face."""
    faces = detector(rgb, 0)
    if len(faces) == 0 or max(f.width() for f in faces) < 80:
        faces = detector(rgb, 1) or faces
    if len(faces) == 0:
        return None
    box = max(faces, key=lambda f: f.area())
    return dlib.get_face_chip(rgb, landmarks(rgb, box), size=150, padding=0.25)


def describe(chips):
    return np.array(net.compute_face_descriptor(chips), dtype=np.float64)


def equalised(chip):
    gray = chip.astype(np.float64).mean(axis=2)
    ranks = np.searchsorted(np.sort(gray.ravel()), gray, side="right") / gray.size
    scale = (ranks * 255 + 1) / (gray + 1)
    return np.clip(chip * scale[..., None], 0, 255).astype(np.uint8)


def unit(v):
    return v / np.linalg.norm(v)


def raw_descriptors(path):
    """Descriptors of the chip, its mirror, 10 jittered chips, the gray image's chip and its
    mirror, and the equalised chip: every recipe is a combination of these."""
    rgb = np.asarray(Image.open(path).convert("RGB"))
    gray = np.ascontiguousarray(np.repeat(np.asarray(Image.open(path).convert("L"))[..., None], 3, axis=2))
    chip, gchip = chip_of(rgb), chip_of(gray)
    if chip is None or gchip is None:
        return None
    mirror = lambda c: np.ascontiguousarray(c[:, ::-1])  # noqa: E731
    d = describe([chip, mirror(chip), gchip, mirror(gchip), equalised(chip)])
    return {"chip": d[0], "flip": d[1], "gray": d[2], "gray_flip": d[3], "equalised": d[4],
            "jitter": describe(dlib.jitter_image(chip, num_jitters=10))}


RECIPES = {
    "base": lambda r: r["chip"],
    "mirror": lambda r: (r["chip"] + r["flip"]) / 2,
    "jitter10": lambda r: r["jitter"].mean(0),
    "mirror+j4": lambda r: np.vstack([r["chip"], r["flip"], r["jitter"][:4]]).mean(0),
    "gray": lambda r: r["gray"],
    "gray+mirror": lambda r: (r["gray"] + r["gray_flip"]) / 2,
    "equalize": lambda r: r["equalised"],
    "unit": lambda r: unit(r["chip"]),
    "mirror+unit": lambda r: unit(r["chip"] + r["flip"]),
    "unit-mirror": lambda r: unit(unit(r["chip"]) + unit(r["flip"])),
    "jitter10+unit": lambda r: unit(r["jitter"].mean(0)),
    "mirror+j4+unit": lambda r: unit(np.vstack([r["chip"], r["flip"], r["jitter"][:4]]).mean(0)),
    "gray+mirror+unit": lambda r: unit(r["gray"] + r["gray_flip"]),
}


def recipes(path, cache={}):
    if path not in cache:
        cache[path] = raw_descriptors(path)
    raw = cache[path]
    return None if raw is None else {name: make(raw) for name, make in RECIPES.items()}


def pairs_all(labels, rows, recipe):
    files = [f for f in labels if rows.get(f) and recipe in rows[f]]
    X = np.stack([rows[f][recipe] for f in files])
    ids = np.array([labels[f] for f in files])
    D = np.sqrt(((X[:, None] - X[None]) ** 2).sum(-1))
    i, j = np.triu_indices(len(files), 1)
    return D[i, j], ids[i], ids[j]


def held_out(dist, ida, idb, target, rounds=20):
    """Threshold at FAR target on half the identities, (TAR, FAR) on pairs of the other half."""
    names = np.unique(np.concatenate([ida, idb]))
    rng = np.random.default_rng(7)
    tars, fars = [], []
    for _ in range(rounds):
        half = set(rng.choice(names, len(names) // 2, replace=False))
        ina = np.array([a in half for a in ida])
        inb = np.array([b in half for b in idb])
        fit, test = ina & inb, ~ina & ~inb
        same = ida == idb
        t, _, _ = operating_point(dist[fit & same], dist[fit & ~same], target)
        tars.append(np.mean(dist[test & same] < t))
        fars.append(np.mean(dist[test & ~same] < t))
    return float(np.mean(tars)), float(np.mean(fars))


def main():
    sets = {"faces": faces_set(FIXTURES), "faces-lfw-black": lfw_black(FIXTURES)}
    lines = ["| set | recipe | EER | TAR @FAR 1% (distance) | TAR @FAR 0.1% (distance) | held-out halves @1%: TAR / FAR |",
             "|---|---|---|---|---|---|"]
    all_rows = {}
    for name, labels in sets.items():
        rows = {f: recipes(f) for f in labels}
        all_rows[name] = rows
        for recipe in rows[next(iter(labels))]:
            dist, ida, idb = pairs_all(labels, rows, recipe)
            same = ida == idb
            g, i = dist[same], dist[~same]
            t1, tar1, _ = operating_point(g, i, 0.01)
            t01, tar01, _ = operating_point(g, i, 0.001)
            htar, hfar = held_out(dist, ida, idb, 0.01)
            lines.append(f"| {name} | {recipe} | {equal_error(g, i) * 100:.2f}% | {tar1 * 100:.1f}% ({t1:.3f}) | "
                         f"{tar01 * 100:.1f}% ({t01:.3f}) | {htar * 100:.1f}% / {hfar * 100:.2f}% |")
            print(lines[-1], flush=True)
    # ID-style: faces/ probe against its generated ID-card portrait (pivot pairs).
    import csv
    with open(os.path.join(FIXTURES, "faces", "face-recognition-pivot.csv")) as f:
        pivot = [(r[0].split("/")[-1], r[1].split("/")[-1], r[2] == "Yes") for r in list(csv.reader(f))[1:]]
    probes = all_rows["faces"]
    refs = {b: recipes(os.path.join(ID_STYLE, b)) for b in {b for _, b, _ in pivot}}
    for recipe in RECIPES:
        g, i = [], []
        for a, b, same in pivot:
            x, y = probes.get(os.path.join(FIXTURES, "faces", a)), refs.get(b)
            if not x or not y or recipe not in x or recipe not in y:
                continue
            (g if same else i).append(np.linalg.norm(x[recipe] - y[recipe]))
        g, i = np.array(g), np.array(i)
        t1, tar1, _ = operating_point(g, i, 0.01)
        lines.append(f"| id-style | {recipe} | {equal_error(g, i) * 100:.2f}% | {tar1 * 100:.1f}% ({t1:.3f}) | – | – |")
        print(lines[-1], flush=True)
    open(OUT, "w").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
