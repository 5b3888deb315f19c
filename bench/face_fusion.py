#!/usr/bin/env python3
"""What comparing the ID portrait with several samples of the live face buys (issue 14).

    face_fusion.py FIXTURES_DIR OPENKYC_BINARY OUT_DIR

1. Independent photos (upper bound): faces-lfw-black, each photo as the "ID portrait" against
   k = 1, 2, 3 other photos of the same person (genuine) or of another person (impostor), the k
   distances fused by their median. Photos taken years apart vary far more than the frames of
   one capture, so this is the most fusion can give.
2. One capture (what a verification has): the real videos of liveness-video/, 4 frames a second
   over the first 4 s. The "ID portrait" is the last frame made to look like a printed portrait
   (small, faded, soft, heavy JPEG); the probe is the first frame alone (the selfie) or the median
   over the first 1 + 3 frames (selfie and liveness frames). Impostors: other videos' frames.
   Seven people only: it shows how much frames of one capture differ, not an error rate.
Descriptors come from the engine (`openkyc face-embed`). Table on stdout and OUT_DIR/face-fusion.md.
"""
import itertools
import os
import subprocess
import sys

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from face_duplicates import embed, lfw_black  # noqa: E402

FIXTURES, BINARY, OUT = sys.argv[1:4]
THRESHOLDS = (0.35, 0.37, 0.38)


def rates(genuine, impostor):
    return " | ".join(f"{np.mean(impostor < t) * 100:.2f}% / {np.mean(genuine < t) * 100:.1f}%" for t in THRESHOLDS)


def independent_photos():
    labels = lfw_black(FIXTURES)
    rows = embed(BINARY, None, sorted(labels))
    people = {}
    for path, person in labels.items():
        if rows[path][0] is not None:
            people.setdefault(person, []).append(rows[path][0])
    lines = []
    for k in (1, 2, 3):
        genuine, impostor = [], []
        for person, photos in people.items():
            for r, reference in enumerate(photos):
                others = photos[:r] + photos[r + 1:]
                genuine += [np.median([np.linalg.norm(reference - c) for c in combo])
                            for combo in itertools.combinations(others, k)]
                for other, theirs in people.items():
                    if other != person:
                        impostor += [np.median([np.linalg.norm(reference - c) for c in combo])
                                     for combo in itertools.combinations(theirs, k)]
        genuine, impostor = np.array(genuine), np.array(impostor)
        lines.append(f"| faces-lfw-black, {k} photo{'s' if k > 1 else ''} | {len(genuine)} / {len(impostor)} | {rates(genuine, impostor)} |")
    return lines


def printed(path, target):
    image = Image.open(path).convert("RGB")
    image = image.resize((260, max(1, image.height * 260 // image.width)), Image.BILINEAR)
    image = ImageEnhance.Contrast(ImageEnhance.Color(image).enhance(0.6)).enhance(0.85).filter(ImageFilter.GaussianBlur(0.8))
    image.save(target, quality=35)
    return target


def one_capture():
    folder = os.path.join(OUT, "fusion-frames")
    os.makedirs(folder, exist_ok=True)
    videos = sorted(v for v in os.listdir(os.path.join(FIXTURES, "liveness-video")) if v.endswith(".mp4"))
    frames, portraits = {}, {}
    for video in videos:
        name = video[:-4]
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", os.path.join(FIXTURES, "liveness-video", video),
                        "-t", "4", "-vf", "fps=4", os.path.join(folder, f"{name}-%02d.jpg")], check=True)
        frames[name] = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith(name + "-") and not f.endswith("-portrait.jpg"))
        portraits[name] = printed(frames[name][-1], os.path.join(folder, f"{name}-portrait.jpg"))
    rows = embed(BINARY, None, sorted(p for fs in frames.values() for p in fs[:4]) + sorted(portraits.values()))
    live = {n: [rows[p][0] for p in fs[:4] if rows[p][0] is not None] for n, fs in frames.items()}
    lines, spread = [], []
    for label, fuse in (("selfie alone", lambda d: d[0]), ("median of selfie + 3 frames", np.median)):
        genuine, impostor = [], []
        for name, portrait in portraits.items():
            reference = rows[portrait][0]
            if reference is None:
                continue
            for other, samples in live.items():
                if len(samples) < 4:
                    continue
                d = fuse([np.linalg.norm(reference - s) for s in samples])
                (genuine if other == name else impostor).append(d)
        genuine, impostor = np.array(genuine), np.array(impostor)
        lines.append(f"| liveness-video, {label} | {len(genuine)} / {len(impostor)} | {rates(genuine, impostor)} |")
        spread.append(genuine)
    for samples in live.values():
        spread.append([np.linalg.norm(a - b) for a, b in itertools.combinations(samples, 2)])
    within = np.concatenate(spread[2:])
    note = (f"\nFrames of one capture lie {np.median(within):.3f} apart (median; max {within.max():.3f}); the selfie's "
            f"distance to the printed portrait moved by {np.mean(np.abs(spread[0] - spread[1])):.3f} on average when fused.\n")
    return lines, note


def main():
    header = ["| probe | genuine / impostor | " + " | ".join(f"FAR / TAR at {t}" for t in THRESHOLDS) + " |",
              "|---|---|" + "---|" * len(THRESHOLDS)]
    lines = independent_photos()
    capture, note = one_capture()
    table = "\n".join(header + lines + capture) + "\n" + note
    open(os.path.join(OUT, "face-fusion.md"), "w").write(table)
    print(table)


if __name__ == "__main__":
    main()
