#!/usr/bin/env bash
# The face engine's demographic differential and its operating points (issue 14):
#   bench/face_fairness.sh  -> bench/results/face-fairness.md (per set: match: true, automatic
#   approval, review share, no_match, EER, TAR at FAR 1% / 0.1%) and face-fairness-det.png;
#   bench/results/face-variants.md (descriptor recipes compared with dlib's Python binding);
#   bench/results/face-fusion.md (several samples of the live face against the ID portrait).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/setup-models.sh
ensure_packages "${RUNTIME_PACKAGES[@]}" ffmpeg
ensure_pip
ensure_models
ensure_tools_python
"$TOOLS_PYTHON" -c "import matplotlib" 2>/dev/null || "$TOOLS_PYTHON" -m pip install -q matplotlib
if [ ! -x bench/.venv/bin/python ]; then
  python3 -m venv bench/.venv
  bench/.venv/bin/pip install -q dlib-bin face_recognition_models pillow numpy click matplotlib
  bench/.venv/bin/pip install -q --no-deps face_recognition
fi
swift build -c release --scratch-path .build-release --product openkyc >/dev/null
mkdir -p bench/results bench/out
"$TOOLS_PYTHON" bench/face_fairness.py ../shared/fixtures .build-release/release/openkyc bench/out
"$TOOLS_PYTHON" bench/face_fusion.py ../shared/fixtures .build-release/release/openkyc bench/out
OMP_NUM_THREADS=1 bench/.venv/bin/python bench/face_variants.py ../shared/fixtures "$OPENKYC_MODELS_DIR" bench/out/id-style bench/out/face-variants.md
cp bench/out/face-fairness.md bench/out/face-fairness-det.png bench/out/face-fusion.md bench/out/face-variants.md bench/results/
