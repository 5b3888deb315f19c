#!/usr/bin/env bash
# Document reader vs PassportEye (bench/documents.py). Run from the project root:
#   bench/documents.sh [COUNT]      (default 48 synthetic documents)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_tools_python
ensure_packages tesseract-ocr fonts-ocr-b   # PassportEye calls the tesseract program
swift build -c release --scratch-path .build-release --product openkyc
[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
bench/.venv/bin/python -c "import passporteye" 2>/dev/null || bench/.venv/bin/pip install -q passporteye
out=bench/out/documents
rm -rf "$out"
"$TOOLS_PYTHON" scripts/make-documents.py --out "$out" --seed 7 --count "${1:-48}"
bench/.venv/bin/python bench/documents.py .build-release/release/openkyc "$out"
