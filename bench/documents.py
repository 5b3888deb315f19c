#!/usr/bin/env python3
"""OpenKYC's document reader against PassportEye, same run, same images, same Tesseract.

Sets: ../shared/fixtures/mrz (38 real photos, scans and renders) and synthetic sets made by
scripts/make-documents.py, each a directory given on the command line and named by its last
path component: the original generator's set (family classic), development layout families and
held-out layout families (never tuned on).

MRZ sides, both tools: share read with every check digit valid (PassportEye by
all(mrz.valid_check_digits), its stricter `valid` flag reported beside) and time per image.
Whole documents through `openkyc read-document`, OpenKYC only: MRZ exact (every line as
printed) and valid, printed fields exact, and `document_valid` right (genuine unexpired
documents valid; expired and tampered ones invalid). Tampered documents count only towards
`document_valid`: their printed data is wrong on purpose.

With --baseline OPENKYC_BINARY (an earlier build), the whole-document table also has a row
per set for that build, same run: before and after, side by side.

Usage: bench/documents.py [--baseline OLD_BINARY] OPENKYC_BINARY SYNTHETIC_DIR...   (run by bench/documents.sh)
"""
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

from passporteye import read_mrz

from document_scores import score

arguments = sys.argv[1:]
baseline = None
if arguments[0] == "--baseline":
    baseline, arguments = arguments[1], arguments[2:]
binary, synthetic_sets = arguments[0], arguments[1:]
# PassportEye runs the tesseract program and returns no MRZ when it is missing: without this
# check every PassportEye read would count as a miss, not as a comparison that could not run.
if shutil.which("tesseract") is None:
    sys.exit("PassportEye needs the tesseract program (Debian tesseract-ocr): run bench/documents.sh, which installs it")
fixtures = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "..", "shared", "fixtures", "mrz", "*")))


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
        # The same criterion as ours: every check digit valid. PassportEye's own `valid` flag
        # also demands line lengths and other format checks; it is kept as `strict` to report.
        digits = list(getattr(mrz, "valid_check_digits", None) or []) if mrz else []
        rows[file] = dict(valid=bool(digits) and all(digits), strict=bool(mrz and mrz.valid), ms=ms)
    return rows


def quantiles(values):
    values = sorted(values)
    return statistics.median(values), values[min(len(values) - 1, int(0.95 * len(values)))]


def pct(a, n):
    return f"{a}/{n} ({100 * a / n:.0f}%)" if n else "–"


def mrz_table(label, files):
    a, b = ours(files), passporteye(files)
    ma, pa = quantiles([r["ms"] for r in a.values()])
    mb, pb = quantiles([r["ms"] for r in b.values()])
    va, vb = sum(r["valid"] for r in a.values()), sum(r["valid"] for r in b.values())
    row = (f"| {label} ({len(files)}) | {pct(va, len(files))} | {pct(vb, len(files))} | {ma:.0f} / {pa:.0f} ms | "
           f"{mb:.0f} / {pb:.0f} ms | {mb / ma:.1f}× |")
    note = f"{label}: PassportEye's stricter `valid` flag {sum(r['strict'] for r in b.values())}/{len(files)}"
    missed = [os.path.relpath(f, os.path.dirname(os.path.dirname(f))) if os.path.basename(f) in ("front.jpg", "back.jpg")
              else os.path.basename(f) for f in files if not a[f]["valid"] and b[f]["valid"]]
    note += f"; read valid only by PassportEye: {', '.join(missed) or 'none'}."
    return row, note


def read_documents(folder, truths, program):
    """read-document on every document of a synthetic set: one row per document."""
    rows = {}
    for name, truth in sorted(truths.items()):
        sides = [os.path.join(folder, name, truth["files"][side]) for side in ("front", "back") if side in truth["files"]]
        out = subprocess.run([program, "read-document", *sides], capture_output=True, text=True).stdout
        rows[name] = json.loads(out)
    return rows


def document_rows(label, truths, results):
    scores = {n: score(truths[n], results[n]) for n in truths}
    genuine = [n for n in truths if not truths[n].get("tampered")]
    with_mrz = [n for n in genuine if scores[n].mrz is not None]
    mrz_right = sum(scores[n].mrz for n in with_mrz)
    total = sum(scores[n].total for n in genuine)
    right = total - sum(len(scores[n].wrong) for n in genuine)
    judged = {n: scores[n].judged for n in truths}  # None: no document found
    expected = {n: scores[n].expected for n in truths}
    valid_right = sum(judged[n] == expected[n] for n in truths)
    current = [n for n in genuine if not truths[n]["expired"]]
    expired = [n for n in genuine if truths[n]["expired"]]
    tampered = [n for n in truths if truths[n].get("tampered")]
    reports_confidence = any("document_confidence" in r for r in results.values())  # builds before issue 17 do not
    low = sum(scores[n].low for n in current) if reports_confidence else "–"
    per_side = [r["timings"]["total_ms"] / len(truths[n]["files"]) for n, r in results.items() if "timings" in r]
    median, p95 = quantiles(per_side)
    row = (f"| {label} ({len(truths)}) | {pct(mrz_right, len(with_mrz))} | {pct(right, total)} | "
           f"{pct(valid_right, len(truths))} | {sum(judged[n] is True for n in current)}/{len(current)} | "
           f"{sum(judged[n] is False for n in expired)}/{len(expired)} | {sum(judged[n] is False for n in tampered)}/{len(tampered)} | "
           f"{low} | {sum('error' in results[n] for n in truths)} | {median:.0f} / {p95:.0f} ms |")
    misses = []
    for name in sorted(truths):
        result, truth, wrong = results[name], truths[name], scores[name].wrong
        if wrong or judged[name] != expected[name]:
            misses.append(f"{name} ({truth.get('family')}, {truth.get('conditions') or '-'}, tampered {truth.get('tampered')}): "
                          f"fields wrong {wrong}, document_valid {judged[name]} expected {expected[name]}"
                          f" — {result.get('explanation', result.get('error', {}).get('code'))}")
    return row, misses


mrz_rows, notes, doc_rows, misses = [], [], [], {}
row, note = mrz_table("fixtures/mrz", fixtures)
mrz_rows.append(row)
notes.append(note)
for folder in synthetic_sets:
    label = os.path.basename(os.path.normpath(folder))
    index = json.load(open(os.path.join(folder, "index.json")))
    truths = {d["name"]: json.load(open(os.path.join(folder, d["name"], "truth.json"))) for d in index}
    mrz_sides = [os.path.join(folder, n, t["files"].get("back", t["files"]["front"]))
                 for n, t in sorted(truths.items()) if t["mrz"] and not t.get("tampered")]
    row, note = mrz_table(f"{label} MRZ sides", mrz_sides)
    mrz_rows.append(row)
    notes.append(note)
    if baseline:
        row, _ = document_rows(f"{label}, before", truths, read_documents(folder, truths, baseline))
        doc_rows.append(row)
    row, misses[label] = document_rows(label, truths, read_documents(folder, truths, binary))
    doc_rows.append(row)

print("| set | OpenKYC valid MRZ | PassportEye valid MRZ | OpenKYC median / p95 | PassportEye median / p95 | speed-up |")
print("|---|---|---|---|---|---|")
print("\n".join(mrz_rows))
print()
print("\n".join(f"- {n}" for n in notes))
print()
print("| set (documents) | MRZ exact and valid | printed fields exact | `document_valid` right | genuine unexpired judged valid | "
      "expired judged invalid | tampered judged invalid | genuine with low confidence | no document found | per side median / p95 |")
print("|---|---|---|---|---|---|---|---|---|---|")
print("\n".join(doc_rows))
for label, lines in misses.items():
    print(f"\n{label}: documents with a wrong field or verdict ({len(lines)})")
    print("\n".join(f"- {line}" for line in lines))
