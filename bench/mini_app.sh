#!/usr/bin/env bash
# The Mini App's first-load weight and time to interactive, slow 3G and unthrottled (issue 15).
#   bench/mini_app.sh [RUNS]   -> summary on stdout and in bench/results/mini-app.md
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/setup-models.sh
ensure_packages "${RUNTIME_PACKAGES[@]}" chromium
ensure_pip
ensure_models
ensure_tools_python
swift build -c release --scratch-path .build-release --product openkyc >/dev/null
mkdir -p bench/results
raw=$(for f in index.html app.css strings.js telegram.js app.js; do cat "Sources/KYCServer/Resources/Public/app/$f"; done | wc -c)
gz=$(for f in index.html app.css strings.js telegram.js app.js; do gzip -9c "Sources/KYCServer/Resources/Public/app/$f"; done | wc -c)
{
  echo "Files: $raw bytes raw, $gz bytes gzip -9 (HTML, CSS, strings, Telegram bridge, app)."
  "$TOOLS_PYTHON" bench/mini_app.py .build-release/release/openkyc "${1:-5}"
} | tee bench/results/mini-app.md
