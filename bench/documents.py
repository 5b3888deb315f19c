#!/usr/bin/env python3
"""OpenKYC's document reader against PassportEye, same run, same images, same Tesseract.

Sets: ../shared/fixtures/mrz (38 photos, scans and renders) and a synthetic set made by
scripts/make-documents.py (African ID cards and passport pages, photographed at four levels).
Reports per set: share of documents whose MRZ is read with every check digit valid (for both
tools: PassportEye by all(mrz.valid_check_digits), its stricter `valid` flag reported beside), MRZ
field accuracy where ground truth exists, median and p95 time per document, as ratios; and
for OpenKYC alone, the accuracy of every field of `read-document` on the synthetic set.

Usage: bench/documents.py OPENKYC_BINARY SYNTHETIC_DIR   (run by bench/documents.sh)
"""
import glob
import json
import os
import statistics
import subprocess
import sys
import time

from passporteye import read_mrz

binary, synthetic = sys.argv[1], sys.argv[2]
fixtures = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "..", "shared", "fixtures", "mrz", "*")))
index = json.load(open(os.path.join(synthetic, "index.json")))
truths = {doc["name"]: json.load(open(os.path.join(synthetic, doc["name"], "truth.json"))) for doc in index}
# The side that carries the MRZ: the back of a card, the data page of a passport.
mrz_images = {}
for name, truth in truths.items():
    if truth["mrz"]:
        mrz_images[os.path.join(synthetic, name, truth["files"].get("back", truth["files"]["front"]))] = truth


def ours(files):
    out = subprocess.run([binary, "read-mrz", *files], capture_output=True, text=True, check=True).stdout
    return {row["file"]: row for row in map(json.loads, out.splitlines())}


def passporteye(files):
    rows = {}
    for file in files:
        start = time.perf_counter()
        try:
            mrz = read_mrz(file)
        except Exception:  # PassportEye raises on some inputs; count as not read
            mrz = None
        ms = (time.perf_counter() - start) * 1000
        fields = mrz.to_dict() if mrz else {}
        # The same criterion as ours: every check digit valid. PassportEye's own `valid` flag
        # also demands line lengths and other format checks; it is kept as `strict` to report.
        digits = list(getattr(mrz, "valid_check_digits", None) or []) if mrz else []
        rows[file] = dict(valid=bool(digits) and all(digits), strict=bool(mrz and mrz.valid), ms=ms, fields=fields)
    return rows


def iso(yymmdd, truth_iso):
    """PassportEye gives YYMMDD: compare with the last six digits of the truth."""
    return yymmdd == truth_iso[2:4] + truth_iso[5:7] + truth_iso[8:10]


def mrz_field_accuracy(row, truth, engine):
    f = truth["fields"]
    if engine == "ours":
        got = [row.get("document_number") == f["document_number"], row.get("date_of_birth") == f["date_of_birth"],
               row.get("expiry_date") == f["expiry_date"], row.get("surname") == f["surname"],
               row.get("given_names") == f["given_names"]]
    else:
        p = row["fields"]
        got = [p.get("number", "").replace("<", "") == f["document_number"], iso(p.get("date_of_birth", ""), f["date_of_birth"]),
               iso(p.get("expiration_date", ""), f["expiry_date"]), p.get("surname", "") == f["surname"],
               p.get("names", "") == f["given_names"]]
    return sum(got), len(got)


def summary(rows):
    times = sorted(row["ms"] for row in rows.values())
    return dict(valid=sum(row["valid"] for row in rows.values()), n=len(rows), median=statistics.median(times),
                p95=times[min(len(times) - 1, int(0.95 * len(times)))])


report, notes = [], []
for label, files in [("fixtures/mrz", fixtures), ("synthetic MRZ sides", sorted(mrz_images))]:
    a, b = ours(files), passporteye(files)
    sa, sb = summary(a), summary(b)
    line = (f"| {label} ({sa['n']}) | {sa['valid']}/{sa['n']} ({100 * sa['valid'] / sa['n']:.0f}%) | "
            f"{sb['valid']}/{sb['n']} ({100 * sb['valid'] / sb['n']:.0f}%) | {sa['median']:.0f} / {sa['p95']:.0f} ms | "
            f"{sb['median']:.0f} / {sb['p95']:.0f} ms | {sb['median'] / sa['median']:.1f}× |")
    if label.startswith("synthetic"):
        ca = [mrz_field_accuracy(a[file], mrz_images[file], "ours") for file in files]
        cb = [mrz_field_accuracy(b[file], mrz_images[file], "pe") for file in files]
        notes.append(f"MRZ fields right on the synthetic set (document number, birth, expiry, surname, given names): ours {sum(x for x, _ in ca)}/{sum(n for _, n in ca)}, "
                 f"PassportEye {sum(x for x, _ in cb)}/{sum(n for _, n in cb)}.")
        by_level = {}
        for file in files:
            level = mrz_images[file]["level"]
            ok = by_level.setdefault(level, [0, 0, 0])
            ok[0] += a[file]["valid"]
            ok[1] += b[file]["valid"]
            ok[2] += 1
        notes.append("Valid MRZ reads by capture level (ours vs PassportEye): " + ", ".join(
            f"{level} {v[0]}/{v[2]} vs {v[1]}/{v[2]}" for level, v in sorted(by_level.items())) + ".")
    notes.append(f"{label}: PassportEye's own stricter `valid` flag: {sum(row['strict'] for row in b.values())}/{len(b)}.")
    if label.startswith("fixtures"):
        missed = [os.path.basename(f) for f in files if not a[f]["valid"] and b[f]["valid"]]
        only = [os.path.basename(f) for f in files if a[f]["valid"] and not b[f]["valid"]]
        notes.append(f"Fixtures only PassportEye reads valid: {', '.join(missed) or 'none'}; only OpenKYC: {', '.join(only) or 'none'}.")
    report.append(line)

# Whole documents (front + back) through read-document, OpenKYC only: every printed field.
keys = ["surname", "given_names", "id_number", "document_number", "date_of_birth", "expiry_date", "sex", "nationality"]
right = total = valid_docs = expired_flagged = expired = not_found = 0
per_level, times = {}, []
for name, truth in sorted(truths.items()):
    folder = os.path.join(synthetic, name)
    args = [binary, "read-document", os.path.join(folder, truth["files"]["front"])]
    if "back" in truth["files"]:
        args.append(os.path.join(folder, truth["files"]["back"]))
    start = time.perf_counter()
    result = json.loads(subprocess.run(args, capture_output=True, text=True).stdout)
    times.append((time.perf_counter() - start) * 1000)
    level = per_level.setdefault(truth["level"], [0, 0])
    if "error" in result:
        not_found += 1
        fields = {}
    else:
        fields = result["fields"]
        valid_docs += result["document_valid"] and not truth["expired"]
        flagged = any(c["name"] == "expiry_in_future" and not c["passed"] for c in result["checks"])
        expired += truth["expired"]
        expired_flagged += truth["expired"] and flagged
    for key in keys:
        if truth["fields"][key] is None:
            continue
        total += 1
        level[1] += 1
        if fields.get(key) == truth["fields"][key]:
            right += 1
            level[0] += 1
times.sort()
current = sum(not t["expired"] for t in truths.values())
notes.append(
    f"read-document on {len(truths)} synthetic documents: fields right {right}/{total} ({100 * right / total:.1f}%) — "
    + ", ".join(f"{lvl} {v[0]}/{v[1]}" for lvl, v in sorted(per_level.items()))
    + f"; unexpired documents judged valid {valid_docs}/{current}; expired flagged {expired_flagged}/{expired}; "
    f"no document found {not_found}; time per document (process start, models, both sides) median "
    f"{statistics.median(times):.0f} ms, p95 {times[int(0.95 * (len(times) - 1))]:.0f} ms.")

print("| set | OpenKYC valid MRZ | PassportEye valid MRZ | OpenKYC median / p95 | PassportEye median / p95 | speed-up |")
print("|---|---|---|---|---|---|")
print("\n".join(report))
print()
print("\n\n".join(notes))
