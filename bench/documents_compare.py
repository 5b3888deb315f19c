#!/usr/bin/env python3
"""Two reader builds on the same synthetic document sets, document by document.

The development loop of issue 17: scores each set as bench/documents.py scores it (MRZ exact and
valid, printed fields exact, `document_valid` right, genuine unexpired left at low confidence)
and lists every document whose score changed between the builds, so a change's gains and losses
are seen one by one. No PassportEye and no timing: the benchmark of record is bench/documents.py.

Usage: bench/documents_compare.py OLD_BINARY NEW_BINARY SYNTHETIC_DIR...
Readings are kept in BINARY.readings/ (give each build its own file name; a rebuilt file is read again).
Reads run one at a time (the reader is single-threaded per document; keep OMP_THREAD_LIMIT=1).
"""
import json
import os
import subprocess
import sys

from document_scores import score


def read(program, folder, name, truth):
    """One document's reading, kept beside the build (`PROGRAM.readings/SET/NAME.json`): a build
    is compared with several others, and its readings do not change (read again when the build or
    the document is newer)."""
    cache = os.path.join(program + ".readings", os.path.basename(os.path.normpath(folder)), name + ".json")
    made = max(os.path.getmtime(program), os.path.getmtime(os.path.join(folder, name, "truth.json")))
    if os.path.exists(cache) and os.path.getmtime(cache) > made:
        return json.load(open(cache))
    sides = [os.path.join(folder, name, truth["files"][side]) for side in ("front", "back") if side in truth["files"]]
    result = json.loads(subprocess.run([program, "read-document", *sides], capture_output=True, text=True).stdout)
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    json.dump(result, open(cache, "w"))
    return result


def main():
    old, new, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    for folder in folders:
        label = os.path.basename(os.path.normpath(folder))
        index = json.load(open(os.path.join(folder, "index.json")))
        totals = {"old": [0, 0, 0, 0, 0, 0], "new": [0, 0, 0, 0, 0, 0]}
        changes = []
        for entry in index:
            name = entry["name"]
            truth = json.load(open(os.path.join(folder, name, "truth.json")))
            scores = {}
            for key, program in (("old", old), ("new", new)):
                result = read(program, folder, name, truth)
                mark = score(truth, result)
                t = totals[key]
                t[0] += mark.mrz is True
                t[1] += mark.mrz is not None
                t[2] += mark.total - len(mark.wrong)
                t[3] += mark.total
                t[4] += mark.judged == mark.expected
                t[5] += mark.low
                scores[key] = (mark.mrz, mark.wrong, mark.judged == mark.expected, mark.low,
                               result.get("explanation", (result.get("error") or {}).get("code")))
            if scores["old"][:4] != scores["new"][:4]:
                changes.append(f"  {name} ({truth.get('family')}, tampered {truth.get('tampered')}): "
                               f"mrz {scores['old'][0]}→{scores['new'][0]}, wrong {scores['old'][1]}→{scores['new'][1]}, "
                               f"verdict {scores['old'][2]}→{scores['new'][2]}, low {scores['old'][3]}→{scores['new'][3]}"
                               f" — {scores['new'][4]}")
        o, n = totals["old"], totals["new"]
        print(f"{label} ({len(index)}): MRZ {o[0]}→{n[0]}/{n[1]}, fields {o[2]}→{n[2]}/{n[3]}, "
              f"verdicts {o[4]}→{n[4]}/{len(index)}, low {o[5]}→{n[5]}")
        print("\n".join(changes) if changes else "  no document changed")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
