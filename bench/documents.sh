#!/usr/bin/env bash
# Document reader vs PassportEye (bench/documents.py). Run from the project root:
#   bench/documents.sh [COUNT]      (default 48 documents per synthetic set)
#   OPENKYC_BASELINE=/path/to/older/openkyc bench/documents.sh   (adds that build's rows, same run)
# Synthetic sets: the original generator's (classic layout, seed 7), development layout
# families (inline, serif), the first to tenth held-out families (modern, datapage; ledger,
# script; boxed, numbered; lusophone, below; columns, table; leaders, grouped; ruled, engraved;
# vernacular, trilingual; laser, photocopy; smartcard, booklet: looked at, so development now),
# two draws of the eleventh families (polycarbonate, wallet: measured, development now), two of
# the twelfth (vertical, grid: measured, development now), two of the thirteenth (sidenote,
# foil: held out until measured in the sixteenth round, looked at since, development now), two
# of the fourteenth (split, zebra: held out until measured in the seventeenth round, their misses
# looked at since, development now), two of the fifteenth (fullname, turned: held out until
# measured in the eighteenth round, looked at since, development now), two of the sixteenth
# (mirrored, middlename: held out until measured in the nineteenth round, their misses looked at
# since, development now), two of the seventeenth (inverse, typewriter: held out until measured
# in the twentieth round, looked at since, development now), two of the eighteenth (laminated,
# frontmrz: held out until measured in the twenty-first round, looked at since, development now),
# two of the nineteenth (visa, handwritten: held out until measured in the twenty-second round,
# looked at since, development now), two of the twentieth (frontback, mended: held out until
# measured in the twenty-third round, development now), two of the twenty-first (selfie, appscan:
# held out until measured in the twenty-fourth round, development now), two of the twenty-second
# (mobileid, videocall: held out until measured in the twenty-fifth round, looked at since,
# development now), two of the twenty-third (slip, showcase: held out until measured in the
# twenty-sixth round, looked at since, development now), two of the twenty-fourth (lanyard,
# dashboard: held out until measured in the twenty-seventh round, development now), two of the
# twenty-fifth (kiosk, bedside: held out until measured in the twenty-eighth round, development
# now), two of the twenty-sixth (stall, lounge: held out until measured in the twenty-ninth round,
# development now), two of the twenty-seventh (boda, homestead: held out until measured in the
# thirtieth round, development now), two of the twenty-eighth (crossing, chama: held out until
# measured in the thirty-first round, development now) and two draws of the twenty-ninth
# families (clinic, classroom: held out, never looked at), all but the first with capture
# conditions and tampered documents.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/setup-models.sh
ensure_tools_python
ensure_models   # read-document finds the portrait
# PassportEye calls tesseract.
ensure_packages "${RUNTIME_PACKAGES[@]}" tesseract-ocr "${DOCUMENT_FONT_PACKAGES[@]}"
swift build -c release --scratch-path .build-release --product openkyc
[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
bench/.venv/bin/python -c "import passporteye" 2>/dev/null || bench/.venv/bin/pip install -q passporteye
out=bench/out/documents
rm -rf "$out"
count="${1:-48}"
"$TOOLS_PYTHON" scripts/make-documents.py --out "$out/classic" --seed 7 --count "$count"
"$TOOLS_PYTHON" scripts/make-documents.py --out "$out/development" --seed 11 --count "$count" \
  --families inline,serif --conditions --tampered 0.15 --levels scan,easy,medium,hard,flat
"$TOOLS_PYTHON" scripts/make-documents.py --out "$out/first-held-out" --seed 101 --count "$count" \
  --families modern,datapage --conditions --tampered 0.15
"$TOOLS_PYTHON" scripts/make-documents.py --out "$out/second-held-out" --seed 404 --count "$count" \
  --families ledger,script --conditions --tampered 0.15
"$TOOLS_PYTHON" scripts/make-documents.py --out "$out/third-held-out" --seed 505 --count "$count" \
  --families boxed,numbered --conditions --tampered 0.15
"$TOOLS_PYTHON" scripts/make-documents.py --out "$out/fourth-held-out" --seed 808 --count "$count" \
  --families lusophone,below --conditions --tampered 0.15
for seed in 1212 1313 1414; do   # three draws of the fifth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/fifth-$seed" --seed "$seed" --count "$count" \
    --families columns,table --conditions --tampered 0.15
done
for seed in 1616 1717; do   # two draws of the sixth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/sixth-$seed" --seed "$seed" --count "$count" \
    --families leaders,grouped --conditions --tampered 0.15
done
for seed in 1919 2020; do   # two draws of the seventh families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/seventh-$seed" --seed "$seed" --count "$count" \
    --families ruled,engraved --conditions --tampered 0.15
done
for seed in 2222 2323; do   # two draws of the eighth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/eighth-$seed" --seed "$seed" --count "$count" \
    --families vernacular,trilingual --conditions --tampered 0.15
done
for seed in 2424 2525; do   # two draws of the ninth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/ninth-$seed" --seed "$seed" --count "$count" \
    --families laser,photocopy --conditions --tampered 0.15
done
for seed in 2626 2727; do   # two draws of the tenth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/tenth-$seed" --seed "$seed" --count "$count" \
    --families smartcard,booklet --conditions --tampered 0.15
done
for seed in 2828 2929; do   # two draws of the eleventh families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/eleventh-$seed" --seed "$seed" --count "$count" \
    --families polycarbonate,wallet --conditions --tampered 0.15
done
for seed in 3030 3131; do   # two draws of the twelfth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twelfth-$seed" --seed "$seed" --count "$count" \
    --families vertical,grid --conditions --tampered 0.15
done
for seed in 3232 3333; do   # two draws of the thirteenth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/thirteenth-$seed" --seed "$seed" --count "$count" \
    --families sidenote,foil --conditions --tampered 0.15
done
for seed in 3434 3535; do   # two draws of the fourteenth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/fourteenth-$seed" --seed "$seed" --count "$count" \
    --families split,zebra --conditions --tampered 0.15
done
for seed in 3636 3737; do   # two draws of the fifteenth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/fifteenth-$seed" --seed "$seed" --count "$count" \
    --families fullname,turned --conditions --tampered 0.15
done
for seed in 3838 3939; do   # two draws of the sixteenth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/sixteenth-$seed" --seed "$seed" --count "$count" \
    --families mirrored,middlename --conditions --tampered 0.15
done
for seed in 4040 4141; do   # two draws of the seventeenth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/seventeenth-$seed" --seed "$seed" --count "$count" \
    --families inverse,typewriter --conditions --tampered 0.15
done
for seed in 4242 4343; do   # two draws of the eighteenth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/eighteenth-$seed" --seed "$seed" --count "$count" \
    --families laminated,frontmrz --conditions --tampered 0.15
done
for seed in 4444 4545; do   # two draws of the nineteenth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/nineteenth-$seed" --seed "$seed" --count "$count" \
    --families visa,handwritten --conditions --tampered 0.15
done
for seed in 4646 4747; do   # two draws of the twentieth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twentieth-$seed" --seed "$seed" --count "$count" \
    --families frontback,mended --conditions --tampered 0.15
done
for seed in 4848 4949; do   # two draws of the twenty-first families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twenty-first-$seed" --seed "$seed" --count "$count" \
    --families selfie,appscan --conditions --tampered 0.15
done
for seed in 5050 5151; do   # two draws of the twenty-second families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twenty-second-$seed" --seed "$seed" --count "$count" \
    --families mobileid,videocall --conditions --tampered 0.15
done
for seed in 5252 5353; do   # two draws of the twenty-third families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twenty-third-$seed" --seed "$seed" --count "$count" \
    --families slip,showcase --conditions --tampered 0.15
done
for seed in 5454 5555; do   # two draws of the twenty-fourth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twenty-fourth-$seed" --seed "$seed" --count "$count" \
    --families lanyard,dashboard --conditions --tampered 0.15
done
for seed in 5656 5757; do   # two draws of the twenty-fifth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twenty-fifth-$seed" --seed "$seed" --count "$count" \
    --families kiosk,bedside --conditions --tampered 0.15
done
for seed in 5858 5959; do   # two draws of the twenty-sixth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twenty-sixth-$seed" --seed "$seed" --count "$count" \
    --families stall,lounge --conditions --tampered 0.15
done
for seed in 6060 6161; do   # two draws of the twenty-seventh families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twenty-seventh-$seed" --seed "$seed" --count "$count" \
    --families boda,homestead --conditions --tampered 0.15
done
for seed in 6262 6363; do   # two draws of the twenty-eighth families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/twenty-eighth-$seed" --seed "$seed" --count "$count" \
    --families crossing,chama --conditions --tampered 0.15
done
for seed in 6464 6565; do   # two draws of the held-out families
  "$TOOLS_PYTHON" scripts/make-documents.py --out "$out/held-out-$seed" --seed "$seed" --count "$count" \
    --families clinic,classroom --conditions --tampered 0.15
done
bench/.venv/bin/python bench/documents.py ${OPENKYC_BASELINE:+--baseline "$OPENKYC_BASELINE"} .build-release/release/openkyc \
  "$out/classic" "$out/development" "$out/first-held-out" "$out/second-held-out" "$out/third-held-out" \
  "$out/fourth-held-out" "$out/fifth-1212" "$out/fifth-1313" "$out/fifth-1414" "$out/sixth-1616" "$out/sixth-1717" \
  "$out/seventh-1919" "$out/seventh-2020" "$out/eighth-2222" "$out/eighth-2323" "$out/ninth-2424" "$out/ninth-2525" \
  "$out/tenth-2626" "$out/tenth-2727" "$out/eleventh-2828" "$out/eleventh-2929" "$out/twelfth-3030" \
  "$out/twelfth-3131" "$out/thirteenth-3232" "$out/thirteenth-3333" "$out/fourteenth-3434" "$out/fourteenth-3535" \
  "$out/fifteenth-3636" "$out/fifteenth-3737" "$out/sixteenth-3838" "$out/sixteenth-3939" "$out/seventeenth-4040" \
  "$out/seventeenth-4141" "$out/eighteenth-4242" "$out/eighteenth-4343" "$out/nineteenth-4444" "$out/nineteenth-4545" \
  "$out/twentieth-4646" "$out/twentieth-4747" "$out/twenty-first-4848" "$out/twenty-first-4949" \
  "$out/twenty-second-5050" "$out/twenty-second-5151" "$out/twenty-third-5252" "$out/twenty-third-5353" \
  "$out/twenty-fourth-5454" "$out/twenty-fourth-5555" "$out/twenty-fifth-5656" "$out/twenty-fifth-5757" \
  "$out/twenty-sixth-5858" "$out/twenty-sixth-5959" "$out/twenty-seventh-6060" "$out/twenty-seventh-6161" \
  "$out/twenty-eighth-6262" "$out/twenty-eighth-6363" "$out/held-out-6464" "$out/held-out-6565"
