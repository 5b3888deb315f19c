# Shared helpers for the project's scripts. Sourced, not run.

# Installs Debian packages that are not installed yet (one apt-get update, only if needed).
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Packages the service needs at build and run time: SQLite, and the vision stack (dlib 19.24,
# OpenCV 4.6 core/imgproc/imgcodecs, OpenBLAS, Tesseract 5 with English, French and Portuguese data) from Debian;
# python3-pip fetches the face models.
RUNTIME_PACKAGES=(libsqlite3-dev ca-certificates curl libdlib-dev libopencv-core-dev libopencv-imgproc-dev
  libopencv-imgcodecs-dev libopencv-features2d-dev libopencv-calib3d-dev libopencv-videoio-dev libopenblas-dev liblapack-dev libtesseract-dev tesseract-ocr-eng tesseract-ocr-fra
  tesseract-ocr-por)

# pip for the model download: the machine's python3 may already have it (pyenv), else Debian's.
ensure_pip() {
  python3 -m pip --version >/dev/null 2>&1 || ensure_packages python3-pip
}

# The fonts of the synthetic documents, every layout family's (scripts/document_families*.py
# name the package of each face): OCR-B for the MRZ, DejaVu, Liberation, FreeFont, URW's,
# Carlito and Caladea, Open Sans, Roboto Slab, Andika, Quicksand, B612, PT Sans (ParaType), Lato,
# OSP-DIN, Amiri (an Arabic Naskh), Inter, Oxygen, Courier Prime (a typewriter face), EB
# Garamond, Gillius ADF (a Gill Sans-like face), Clear Sans, Cantarell, OCR-A (a bank card's
# embossed numbers), the handwriting of Because We Had To and Humor Sans, Charis SIL, Manrope, Go
# (the Go project's sans, its small capitals and monospaced cut) and Roboto (Android's face, which
# phones' photo editors type in), Sora, Roadgeek 2014, Karla and Tiresias (the twenty-first
# families'), Cabin, League Spartan, Fira Code and Linux Libertine/Biolinum (the twenty-second's),
# Dosis, Jura, Yanone Kaffeesatz and Vollkorn (the twenty-third's; the twenty-fourth's reuse
# OSP-DIN, Quicksand, Oxygen, Roboto Slab and B612, already here), Bebas Neue, Comfortaa, Play,
# Gentium Plus and National Park (the twenty-fifth's), Beteckna, Allerta, Universalis ADF, JetBrains
# Mono, Junction and Baskervald ADF (the twenty-sixth's), Eurofurence, Tuffy, League Mono, Old
# Standard, Routed Gothic and Yrsa (the twenty-seventh's), Switzera ADF, millimetre, Averia Sans
# GWF, Anonymous Pro, Quattrocento, Karmilla, Century Catalogue and Inconsolata (the
# twenty-eighth's), Le Murmure, Tribun ADF, CMU (Computer Modern Unicode), Libris ADF, mononoki,
# Arapey, GFS Neohellenic, Berenis ADF, Hermit and Breip (the twenty-ninth's); and libfribidi0,
# which Pillow's own libraqm loads to set Arabic right to left (`script`'s labels, `mirrored`'s
# rows). The tests draw most families, so a machine without one of these cannot make its test sets.
DOCUMENT_FONT_PACKAGES=(fonts-ocr-b fonts-dejavu-core fonts-dejavu-extra fonts-liberation2 fonts-freefont-ttf
                        fonts-urw-base35 fonts-crosextra-carlito fonts-crosextra-caladea fonts-open-sans
                        fonts-roboto-slab fonts-sil-andika fonts-quicksand fonts-b612 fonts-paratype fonts-lato
                        fonts-opendin fonts-hosny-amiri fonts-inter fonts-oxygen fonts-courier-prime
                        fonts-ebgaramond fonts-adf-gillius fonts-clear-sans fonts-cantarell fonts-ocr-a fonts-bwht
                        fonts-humor-sans fonts-sil-charis fonts-manrope fonts-go fonts-roboto-unhinted
                        fonts-sora fonts-roadgeek fonts-karla fonts-tiresias fonts-cabin fonts-league-spartan
                        fonts-firacode fonts-linuxlibertine fonts-dosis fonts-jura fonts-yanone-kaffeesatz
                        fonts-vollkorn fonts-bebas-neue fonts-comfortaa fonts-play fonts-sil-gentiumplus
                        fonts-national-park fonts-beteckna fonts-allerta fonts-adf-universalis
                        fonts-jetbrains-mono fonts-junction fonts-adf-baskervald fonts-eurofurence
                        fonts-tuffy fonts-league-mono fonts-oldstandard fonts-routed-gothic
                        fonts-yrsa-rasa fonts-adf-switzera fonts-millimetre fonts-averia-sans-gwf
                        fonts-anonymous-pro fonts-quattrocento fonts-karmilla fonts-century-catalogue
                        fonts-inconsolata fonts-le-murmure fonts-adf-tribun fonts-cmu fonts-adf-libris
                        fonts-mononoki fonts-arapey fonts-gfs-neohellenic fonts-adf-berenis fonts-hermit
                        fonts-breip libfribidi0)

# Packages the tests need on top: a PostgreSQL server, WebP tools to make test images, the
# documents' fonts, a headless browser for the Mini App and ffmpeg for liveness videos.
TEST_PACKAGES=(postgresql postgresql-client webp "${DOCUMENT_FONT_PACKAGES[@]}" python3-venv chromium ffmpeg)

# Run-time settings that must be in the environment before the process starts (see
# ../shared/reference/vision-stack.md): one OpenMP and one OpenBLAS thread per process.
export OMP_THREAD_LIMIT=1 OPENBLAS_NUM_THREADS=1

# A Python environment for the project's own tools (the synthetic document generator):
# Pillow and numpy from PyPI in ./.venv-tools. Prints nothing when already there.
TOOLS_PYTHON="${TOOLS_PYTHON:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.venv-tools/bin/python}"
ensure_tools_python() {
  "$TOOLS_PYTHON" -c "import PIL, numpy, websocket, standardwebhooks" >/dev/null 2>&1 && return 0
  echo "==> creating the tools Python environment (Pillow, numpy, websocket-client, standardwebhooks)"
  python3 -m venv "$(dirname "$(dirname "$TOOLS_PYTHON")")" || { ensure_packages python3-venv; python3 -m venv "$(dirname "$(dirname "$TOOLS_PYTHON")")"; }
  "$TOOLS_PYTHON" -m pip install -q pillow numpy websocket-client standardwebhooks==1.1.0
}
