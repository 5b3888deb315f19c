"""How one document's reading is scored against its truth: shared by bench/documents.py (the
benchmark of record) and bench/documents_compare.py (two builds, document by document)."""
from collections import namedtuple

FIELDS = ["surname", "given_names", "id_number", "document_number", "date_of_birth", "expiry_date", "sex", "nationality"]

# mrz: exact and valid (None: no zone to read, or tampered); wrong: printed fields not exact
# (genuine documents only: a tampered one's printed data is wrong on purpose) out of `total`;
# judged: `document_valid` (None: no document found); expected: genuine and unexpired;
# low: a genuine unexpired document left at low confidence.
Score = namedtuple("Score", "mrz wrong total judged expected low")


def score(truth, result):
    genuine = not truth.get("tampered")
    mrz = None
    if genuine and truth["mrz"]:
        mrz = bool((result.get("mrz") or {}).get("valid") and result["mrz"]["lines"] == truth["mrz"])
    printed = [k for k in FIELDS if genuine and truth["fields"][k] is not None]
    wrong = [k for k in printed if result.get("fields", {}).get(k) != truth["fields"][k]]
    low = genuine and not truth["expired"] and result.get("document_confidence") == "low"
    return Score(mrz, wrong, len(printed), result.get("document_valid"), not truth["expired"] and genuine, low)
