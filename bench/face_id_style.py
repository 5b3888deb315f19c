"""Face match on ID-style portraits: the reference photo of each pivot pair is turned into what
a phone photo of an ID card's printed portrait looks like (small, soft, desaturated, halftone
noise, a glare patch, heavy JPEG), then compared with the other, untouched photo. Both engines
see the same generated files. Accuracy only; timings are in face_bench.py.

    bench/.venv/bin/python bench/face_id_style.py FACES_DIR OPENKYC_BINARY OUT_DIR
"""
import csv
import json
import os
import random
import subprocess
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

FACES, BINARY, OUT = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
ID_DIR = os.path.join(OUT, "id-style")
os.makedirs(ID_DIR, exist_ok=True)

with open(os.path.join(FACES, "face-recognition-pivot.csv")) as f:
    pairs = [(r[0].split("/")[-1], r[1].split("/")[-1], r[2] == "Yes") for r in list(csv.reader(f))[1:]]


def id_style(name, portrait_width=260, seed=0):
    """A portrait as printed on a card and photographed: about 260 px wide (the face ~100 px)."""
    rng = random.Random(f"{name}-{seed}")
    image = Image.open(os.path.join(FACES, name)).convert("RGB")
    scale = portrait_width / image.width
    image = image.resize((portrait_width, max(1, int(image.height * scale))), Image.BILINEAR)
    image = ImageEnhance.Color(image).enhance(0.6)                     # faded print colours
    image = ImageEnhance.Contrast(image).enhance(0.85)
    pixels = np.asarray(image).astype(np.float32)
    pixels += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, pixels.shape)  # halftone/sensor noise
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    glare = Image.new("L", image.size, 0)                                # laminate glare patch
    w, h = image.size
    x, y = rng.uniform(0.1, 0.7) * w, rng.uniform(0.05, 0.5) * h
    ImageDraw.Draw(glare).ellipse([x, y, x + 0.35 * w, y + 0.2 * h], fill=110)
    image = Image.composite(Image.new("RGB", image.size, (255, 255, 255)), image, glare.filter(ImageFilter.GaussianBlur(12)))
    path = os.path.join(ID_DIR, name)
    image.save(path, quality=55)
    return path


references = sorted({b for _, b, _ in pairs})
generated = {name: id_style(name) for name in references}
probes = sorted({a for a, _, _ in pairs})


def openkyc(paths):
    out = subprocess.run([BINARY, "face-embed", *paths], check=True, capture_output=True, text=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    return {row["file"]: (np.array(row["descriptor"]) if row.get("descriptor") else None) for row in rows}


def face_recognition_run(paths):
    import face_recognition
    result = {}
    for path in paths:
        encodings = face_recognition.face_encodings(face_recognition.load_image_file(path))
        result[path] = encodings[0] if encodings else None
    return result


def accuracy(descriptors, threshold=0.6):
    correct = missed_faces = 0
    for a, b, same in pairs:
        x, y = descriptors[os.path.join(FACES, a)], descriptors[generated[b]]
        if x is None or y is None:
            missed_faces += 1
            correct += 0 if same else 1
            continue
        correct += (np.linalg.norm(x - y) < threshold) == same
    return correct / len(pairs), missed_faces


paths = [os.path.join(FACES, p) for p in probes] + list(generated.values())
report = {}
ENGINES = [("openkyc", openkyc), ("face_recognition", face_recognition_run)]
if os.environ.get("OPENKYC_ONLY"):
    ENGINES = ENGINES[:1]
# Each engine at its own threshold (OpenKYC's descriptors are unit length: another scale).
THRESHOLD = {"openkyc": 0.38, "face_recognition": 0.6}
for label, run in ENGINES:
    acc, missing = accuracy(run(paths), THRESHOLD[label])
    report[label] = {"accuracy": acc, "pairs_without_a_face": missing}
report["pairs"] = len(pairs)
print(json.dumps(report, indent=2))
