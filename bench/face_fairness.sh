#!/usr/bin/env bash
# The face engine's demographic differential (see bench/face_fairness.py): FAR/FRR at the
# shipped distance, TAR at FAR 1% and 0.1%, EER, per data set, and a DET plot.
#   bench/face_fairness.sh  -> tables on stdout and in bench/results/face-fairness{,-mirror}.md, plot in bench/results/face-det.png
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/setup-models.sh
ensure_packages "${RUNTIME_PACKAGES[@]}"
ensure_pip
ensure_models
ensure_tools_python
"$TOOLS_PYTHON" -c "import matplotlib" 2>/dev/null || "$TOOLS_PYTHON" -m pip install -q matplotlib
swift build -c release --scratch-path .build-release --product openkyc >/dev/null
mkdir -p bench/results bench/out
"$TOOLS_PYTHON" bench/face_fairness.py ../shared/fixtures .build-release/release/openkyc bench/out
# Experiment: each descriptor averaged with its mirrored photo's (test-time augmentation).
"$TOOLS_PYTHON" bench/face_fairness.py ../shared/fixtures .build-release/release/openkyc bench/out --mirror
cp bench/out/face-fairness.md bench/out/face-fairness-mirror.md bench/out/face-det.png bench/results/
