"""Face engine benchmark: OpenKYC (Swift + Debian's dlib with OpenBLAS) against the Python
`face_recognition` package (PyPI dlib-bin, same dlib models), on the same images, in one run.

Run through bench/face.sh, which builds the release binary and the virtualenv.
Measures (1) verification accuracy on the pivot and master pairs (accuracy at each engine's
threshold, TAR at FAR 1%, ROC curve as a PNG) and (2) time per image for the whole pipeline
(decode -> detect -> align -> embed), median and p95, and their ratio. It also fits the score
calibration (a logistic curve of distance) to compare with FaceMatchPolicy's score. Each engine is
judged at its own threshold: face_recognition's default tolerance 0.6, OpenKYC's `match` 0.38
(descriptor version 2, unit length: its distances are on another scale).
"""
import csv
import json
import math
import os
import statistics
import subprocess
import sys
import time

import numpy as np

FACES = os.path.abspath(sys.argv[1])
BINARY = sys.argv[2]
OUT = sys.argv[3]


def pairs(name):
    with open(os.path.join(FACES, name)) as f:
        rows = list(csv.reader(f))[1:]
    return [(r[0].split("/")[-1], r[1].split("/")[-1], r[2] == "Yes") for r in rows if len(r) >= 3]


pivot, master = pairs("face-recognition-pivot.csv"), pairs("master.csv")
images = sorted({n for a, b, _ in pivot + master for n in (a, b)})


def openkyc_run():
    """Descriptors and per-image times from `openkyc face-embed` (one process, models loaded once)."""
    out = subprocess.run([BINARY, "face-embed", *[os.path.join(FACES, n) for n in images]],
                         check=True, capture_output=True, text=True,
                         env={**os.environ, "OMP_THREAD_LIMIT": "1", "OPENBLAS_NUM_THREADS": "1"}).stdout
    result = {}
    for line in out.splitlines():
        row = json.loads(line)
        result[os.path.basename(row["file"])] = (np.array(row["descriptor"]) if row.get("descriptor") else None, row["total_ms"])
    return result


def face_recognition_run():
    import face_recognition  # noqa: imported here so the Swift side runs even without it
    result = {}
    for name in images:
        start = time.perf_counter()
        image = face_recognition.load_image_file(os.path.join(FACES, name))
        encodings = face_recognition.face_encodings(image)  # the package's default pipeline
        elapsed = (time.perf_counter() - start) * 1000
        result[name] = (encodings[0] if encodings else None, elapsed)
    return result


def evaluate(run, pair_list, threshold):
    same, different, missing = [], [], 0
    for a, b, label in pair_list:
        x, y = run[a][0], run[b][0]
        if x is None or y is None:
            missing += 1
            continue
        (same if label else different).append(float(np.linalg.norm(x - y)))
    # A pair with no face counts as a non-match (what the product would answer).
    correct = sum(d < threshold for d in same) + sum(d >= threshold for d in different)
    total = len(same) + len(different) + missing
    correct += sum(1 for a, b, label in pair_list if (run[a][0] is None or run[b][0] is None) and not label)
    far1 = sorted(different)[max(0, math.floor(0.01 * len(different)))] if different else 0
    tar = sum(d < far1 for d in same) / max(1, len(same) + sum(1 for a, b, l in pair_list if l and (run[a][0] is None or run[b][0] is None)))
    return {"accuracy": correct / total, "tar_at_far1": tar, "threshold_far1": far1, "no_face_pairs": missing,
            "same": same, "different": different}


def roc(same, different):
    thresholds = sorted(set(same + different + [0.0, 2.0]))
    return ([sum(d < t for d in different) / len(different) for t in thresholds],
            [sum(d < t for d in same) / len(same) for t in thresholds])


def fit_logistic(same, different):
    """Fits P(same | d) = 1 / (1 + exp(k (d - t))) by Newton's method on the labelled pairs."""
    d = np.array(same + different)
    y = np.array([1.0] * len(same) + [0.0] * len(different))
    w = np.array([0.0, 0.0])  # logit = w0 + w1 d
    X = np.stack([np.ones_like(d), d], axis=1)
    for _ in range(50):
        p = 1 / (1 + np.exp(-(X @ w)))
        gradient = X.T @ (y - p) - 1e-3 * w
        hessian = -(X.T * (p * (1 - p))) @ X - 1e-3 * np.eye(2)
        w = w - np.linalg.solve(hessian, gradient)
    return -w[1], -w[0] / w[1]  # slope k, midpoint t


def summary(times):
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


THRESHOLD = {"openkyc": 0.38, "face_recognition": 0.6}
ours = openkyc_run()
theirs = face_recognition_run()
report = {"images": len(images)}
for label, run in (("openkyc", ours), ("face_recognition", theirs)):
    times = [t for _, t in run.values()]
    median, p95 = summary(times)
    report[label] = {
        "median_ms": median, "p95_ms": p95, "no_face_images": sum(1 for v in run.values() if v[0] is None),
        "threshold": THRESHOLD[label],
        "pivot": {k: v for k, v in evaluate(run, pivot, THRESHOLD[label]).items() if k not in ("same", "different")},
        "master": {k: v for k, v in evaluate(run, master, THRESHOLD[label]).items() if k not in ("same", "different")},
    }
report["speedup_median"] = report["face_recognition"]["median_ms"] / report["openkyc"]["median_ms"]
report["speedup_p95"] = report["face_recognition"]["p95_ms"] / report["openkyc"]["p95_ms"]
ours_pivot = evaluate(ours, pivot, THRESHOLD["openkyc"])
slope, midpoint = fit_logistic(ours_pivot["same"], ours_pivot["different"])
report["calibration"] = {"slope": slope, "midpoint": midpoint}
# Threshold sweep: where accuracy on the pivot pairs peaks.
sweep = {round(t, 2): evaluate(ours, pivot, t)["accuracy"] for t in np.arange(0.28, 0.52, 0.02)}
report["pivot_accuracy_by_threshold"] = sweep

import matplotlib  # noqa: E402
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
plt.figure(figsize=(5, 5))
for label, key, run in (("OpenKYC", "openkyc", ours), ("face_recognition", "face_recognition", theirs)):
    e = evaluate(run, pivot, THRESHOLD[key])
    far, tar = roc(e["same"], e["different"])
    plt.plot(far, tar, label=label)
plt.xscale("symlog", linthresh=0.01)
plt.xlabel("false accept rate")
plt.ylabel("true accept rate")
plt.title("ROC on face-recognition-pivot.csv")
plt.legend()
plt.grid(True, alpha=0.3)
plt.savefig(os.path.join(OUT, "face-roc.png"), dpi=100, bbox_inches="tight")
print(json.dumps(report, indent=2))
