#!/usr/bin/env python3
"""Documents for end-to-end verification tests: ID cards whose portrait is the person of a
generated genuine liveness burst, so one user's selfie, burst and document show one person.

For each genuine burst of a liveness set (scripts/make-liveness.py), the burst's first frame
(the person looking straight at the camera) is the portrait source, and the burst's selfie (a
different photo of that person) stays the selfie. Bursts whose selfie is not a usable,
different photo of the portrait's person clear enough to approve (distance from 0.1 to below
the automatic match 0.34 by `openkyc face-match`, descriptor version 2) are skipped: the tests
need a genuine user, not a look-alike or the same photo twice.

    OUT/index.json   {"people": [{"burst", "distance", "documents": {"valid": dir, "expired": dir, "second": dir}}]}
    OUT/<burst>-<variant>/   as scripts/make-documents.py writes (front.jpg, back.jpg, truth.json)

Usage: make-verification.py --liveness DIR --openkyc BIN --out DIR [--people 2] [--python PY]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def distance(openkyc, a, b):
    out = subprocess.run([openkyc, "face-match", a, b], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return json.loads(out.stdout)["distance"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--liveness", required=True)
    parser.add_argument("--openkyc", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--people", type=int, default=2)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    with open(os.path.join(args.liveness, "index.json")) as handle:
        bursts = [b for b in json.load(handle) if b["label"] == "genuine"]
    os.makedirs(args.out, exist_ok=True)
    people, portraits = [], []
    for burst in bursts:
        folder = os.path.join(args.liveness, burst["name"])
        portrait, selfie = os.path.join(folder, burst["frames"][0]), os.path.join(folder, burst["selfie"])
        d = distance(args.openkyc, selfie, portrait)
        if d is None or not 0.1 <= d < 0.34:
            continue
        # A different person from those already chosen (so one can stand in for an impostor).
        if any((distance(args.openkyc, selfie, other) or 0) < 0.45 for other in portraits):
            continue
        portraits.append(portrait)
        documents = {}
        with tempfile.TemporaryDirectory() as faces:
            shutil.copy(portrait, os.path.join(faces, "portrait.jpg"))
            for seed, variant, expired in [(11, "valid", "no"), (12, "expired", "yes"), (13, "second", "no")]:
                out = os.path.join(args.out, f"{burst['name']}-{variant}")
                subprocess.run([args.python, os.path.join(HERE, "make-documents.py"), "--out", out, "--seed", str(seed),
                                "--count", "1", "--levels", "scan", "--country", "ZA", "--kind", "id_card",
                                "--expired", expired, "--faces", faces], check=True, stdout=subprocess.DEVNULL)
                with open(os.path.join(out, "index.json")) as handle:
                    documents[variant] = os.path.relpath(os.path.join(out, json.load(handle)[0]["name"]), args.out)
        people.append(dict(burst=burst["name"], distance=round(d, 3), documents=documents))
        if len(people) == args.people:
            break
    if len(people) < args.people:
        sys.exit(f"only {len(people)} usable people in {args.liveness}")
    with open(os.path.join(args.out, "index.json"), "w") as handle:
        json.dump(dict(people=people), handle, indent=2)
    print(f"{len(people)} people in {args.out}")


if __name__ == "__main__":
    main()
