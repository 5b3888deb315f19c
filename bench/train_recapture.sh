#!/usr/bin/env bash
# Fits the recapture model (issue 16) and writes its weights into the service's source:
#   bench/train_recapture.sh
# Training data: screen replays of the shared real videos beside real bursts cut from them
# (scripts/make-replays.py seeds 21-22, the sets bench/liveness_real.sh chooses limits on), the
# real videos whole, and the generator's genuine bursts (scripts/make-liveness.py seed 13). Seeds 31-32 and 16-17 are
# never used here: bench/liveness_real.sh and bench/liveness.sh judge the model on them.
# Prints a leave-one-video-out check; rebuild the service afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/setup-models.sh
ensure_tools_python
ensure_models
swift build -c release --scratch-path .build-release --product openkyc
mkdir -p bench/out
cp .build-release/release/openkyc bench/out/openkyc-texture   # the texture layout, not the weights, matters here
for seed in 21 22; do
  out=bench/out/replays-seed$seed
  [ -f "$out/index.json" ] || "$TOOLS_PYTHON" scripts/make-replays.py --out "$out" --seed "$seed" --per-video 4
done
[ -f bench/out/liveness-seed13/index.json ] || "$TOOLS_PYTHON" scripts/make-liveness.py --out bench/out/liveness-seed13 \
  --openkyc bench/out/openkyc-texture --genuine 60 --attacks 20 --seed 13 --videos 10
features=()
for set in replays-seed21 replays-seed22 liveness-seed13; do
  "$TOOLS_PYTHON" bench/recapture_model.py dump bench/out/openkyc-texture "bench/out/$set" --out "bench/out/texture-$set.json" \
    --classes genuine,real_genuine,screen_replay
  features+=("bench/out/texture-$set.json")
done
# The shared real videos whole, as clean as a camera's frames get: a model fitted only on bursts
# through the generator's camera model took a clean, noise-free video for a recapture.
"$TOOLS_PYTHON" bench/recapture_model.py dump bench/out/openkyc-texture --videos ../shared/fixtures/liveness-video \
  --out bench/out/texture-real-videos.json
features+=(bench/out/texture-real-videos.json)
"$TOOLS_PYTHON" bench/recapture_model.py train "${features[@]}" --swift Sources/KYCCore/Liveness/RecaptureModel+Trained.swift
