"""Layout families, capture conditions and tampering for scripts/make-documents.py.

A family is one issuer's way of laying out a document: label wording and languages, fonts,
where the portrait and the MRZ sit, the background, how dates are printed. `classic` is the
original generator's layout (rendered by make-documents.py itself); the others are drawn by the
generic renderer below from a spec (`ruled` and `engraved` by their own, render_seventh_front;
`vernacular` and `trilingual` by theirs, render_eighth_front; `laser` and `photocopy` by
render_ninth_front; `smartcard` and `booklet` by render_tenth_front; `polycarbonate` and
`wallet` by document_families_eleventh.py; `vertical` and `grid` by
document_families_twelfth.py; `sidenote` and `foil` by document_families_thirteenth.py;
`split` and `zebra` by document_families_fourteenth.py; `fullname` and `turned` by
document_families_fifteenth.py; `mirrored` and `middlename` by document_families_sixteenth.py;
`inverse` and `typewriter` by document_families_seventeenth.py; `laminated` and `frontmrz` by
document_families_eighteenth.py; `visa` and `handwritten` by document_families_nineteenth.py;
`frontback` and `mended` by document_families_twentieth.py; `selfie` and `appscan` by
document_families_twentyfirst.py, photographed by its capture module; `mobileid` and `videocall`
by document_families_twentysecond.py and its `_call` module, which also make their screenshots;
`slip` and `showcase` by document_families_twentythird.py, which also lays `showcase` under a
shop counter's glass; `lanyard` and `dashboard` by document_families_twentyfourth.py, which also
puts `lanyard`'s card in its badge holder; `kiosk` and `bedside` by
document_families_twentyfifth.py; `stall` and `lounge` by document_families_twentysixth.py;
`boda` and `homestead` by document_families_twentyseventh.py; `crossing` and `chama` by
document_families_twentyeighth.py; `clinic` and `classroom` by document_families_twentyninth.py).
`clinic` and `classroom` are held out: the reader is never tuned on them, only measured (see
BENCHMARKS.md, issue 17).
`modern` and `datapage` were the first held-out families, `ledger` and `script` the second,
`boxed` and `numbered` the third, `lusophone` and `below` the fourth, `columns` and `table` the
fifth, `leaders` and `grouped` the sixth, `ruled` and `engraved` the seventh, `vernacular` and
`trilingual` the eighth, `laser` and `photocopy` the ninth, `smartcard` and `booklet` the tenth,
`polycarbonate` and `wallet` the eleventh, `vertical` and `grid` the twelfth, `sidenote` and
`foil` the thirteenth, `split` and `zebra` the fourteenth, `fullname` and `turned` the fifteenth
(held out until their first measurement in the eighteenth round, looked at since), `mirrored`
and `middlename` the sixteenth (held out until their first measurement in the nineteenth round,
looked at since), `inverse` and `typewriter` the seventeenth (held out until their first
measurement in the twentieth round, looked at since), `laminated` and `frontmrz` the eighteenth
(held out until their first measurement in the twenty-first round, looked at since), `visa` and
`handwritten` the nineteenth (held out until their first measurement in the twenty-second round,
looked at since); they have been measured, so they are development families now, and so are
`frontback` and `mended`, the twentieth, held out until their first measurement in the
twenty-third round, `selfie` and `appscan`, the twenty-first, held out until theirs in the
twenty-fourth, `mobileid` and `videocall`, the twenty-second, held out until theirs in the
twenty-fifth, `slip` and `showcase`, the twenty-third, held out until theirs in the
twenty-sixth (looked at since), `lanyard` and `dashboard`, the twenty-fourth, held out until
theirs in the twenty-seventh, `kiosk` and `bedside`, the twenty-fifth, held out until theirs
in the twenty-eighth, `stall` and `lounge`, the twenty-sixth, held out until theirs in the
twenty-ninth, `boda` and `homestead`, the twenty-seventh, held out until theirs in the
thirtieth, and `crossing` and `chama`, the twenty-eighth, held out until theirs in the
thirty-first. The ninth
families' code paths (renderer, backgrounds, the wax-print cloth they may be photographed on, the `flash`, `night` and
`bilevel` conditions) run only for them, the tenth's (renderer, grounds, typewriter, seals and stamps) only for the tenth, the eleventh's
(their module: renderer, grounds, the leather wallet, the terrazzo counter they may be
photographed on, the `specular`, `tilt_blur` and `sheen` conditions) only for the eleventh,
the twelfth's (their module: renderer, grounds, the bedsheet they may be photographed on, the
`reupload`, `rolling_shutter` and `denoise_smear` conditions) only for the twelfth, and the
thirteenth's (their module: renderer, grounds, the kinegram stripe, their date patterns, the
woven mat they may be photographed on, the `window_glare`, `lens_smudge` and `flicker`
conditions) only for the thirteenth, the fourteenth's (their module: renderer, grounds,
their date patterns, the newspaper they may be photographed on, the `dappled`, `chromatic` and
`ghost` conditions) only for the fourteenth, the fifteenth's (their module: renderer,
grounds, their date patterns, the laptop keyboard they may be photographed on, the `barrel`,
`flare` and `zoom` conditions) only for the fifteenth, the sixteenth's (their module:
renderer, grounds, their date pattern, the gingham tablecloth they may be photographed on, the
`screen` and `camera_watermark` conditions; and make-documents.py's TD2 MRZ, written only for a
family with `card_mrz_format="td2"`) only for the sixteenth, the seventeenth's (their
module: renderer, grounds, the typewriter, their date pattern, the jeans they may be
photographed on, the `crease` and `forwarded` conditions) only for the seventeenth, the
eighteenth's (their module: renderer, grounds, the laminate pouch, their date pattern, the car
seat they may be photographed on, the `handheld` and `screenshot` conditions; and
make-documents.py's laying of an RGBA flat by its alpha, reached only by them, by `visa`'s
cards on a second card and by `crossing`'s perforated passport pages, and its one-sided
`mrz_front` card) only for the eighteenth, and
the nineteenth's (their module: renderer, grounds, the second card and the visa page, the
handwriting, their date pattern, the tiled floor they may be photographed on, the `crop_edge` and
`reflection` conditions; make-documents.py's photograph() records where a document's corners
landed in its photo, information its conditions read and no pixel of any photo changes with) only
for the nineteenth, and the twentieth's (their module: renderer, grounds, the copier, the crack
and the tape, the copy sheet and the garden chair they may be photographed on, the
`cracked_lens` and `annotated` conditions) only for the twentieth, and the twenty-first's (their
two modules: renderer, grounds, the selfie's scene and hand, the scanner app, the exercise book
and the sofa they may be photographed on, the `beauty` and `mirror_saved` conditions; and
make-documents.py's handing of the capture to document_families.capture, reached only by a
family whose spec names a `capture`) only for the twenty-first, and the twenty-second's (their two
modules: the app's screens, the call's scene and screens, the `notification`, `screen_crop` and
`poor_connection` conditions; capture's dispatch to them, reached only by their styles) only for
the twenty-second, and the twenty-third's (their module: the printed slip and its inkjet and
folds, the showcase's documents and the counter's glass, the laminated counter and the counter's
lining they lie on, the `phone_shadow`, `raindrops`, `tube_light` and `glass_dust` conditions)
only for the twenty-third, and the twenty-fourth's (their module: the butterfly and foot-band
layouts, the badge holder, the shirt and the car's dashboard they lie on, the `holder_scuff`,
`lantern`, `sunstrip` and `harmattan` conditions; capture's, apply_condition's and surface's
dispatch to them, reached only by their styles, conditions and surfaces) only for the
twenty-fourth, and the twenty-fifth's (their module: the sandwiched and right-band layouts, the
shweshwe and Ndebele grounds, the kiosk's painted counter and the blanket they lie on, the
`umbrella`, `lens_fog`, `mosquito_net` and `lint` conditions; render_front's, render_back's,
apply_condition's and surface's dispatch to them, reached only by their styles, conditions and
surfaces) only for the twenty-fifth, and the twenty-sixth's (their module: the layouts with their
numbers in cells and with two-line captions and a validity range, the lusona and Kuba grounds,
the grain sack and the doily they lie on, the `flies`, `smoke`, `burglar_bars` and
`portrait_mode` conditions; render_front's, render_back's, apply_condition's and surface's
dispatch to them, reached only by their styles, conditions and surfaces) only for the
twenty-sixth, and the twenty-seventh's (their module: the layouts with the ID number down the
left edge, a split title and a hexagonal portrait, and with fieldset boxes and a cartouche, the
adire and beadwork grounds, the motorcycle seat and the clipboard they lie on, the `hdr_halo`,
`judder`, `geotag` and `lens_finger` conditions; render_front's, render_back's,
apply_condition's and surface's dispatch to them, reached only by their styles, conditions and
surfaces) only for the twenty-seventh, and the twenty-eighth's (their module: the layouts with a
hollow country's name, accent bars, a sepia portrait, the number in a pill and perforated, and
with caption chips, a fading header band, a chamfered portrait and a thumbprint, the fibre and
Lamu-frieze grounds, the car bonnet and the record book they lie on, the `heat_shimmer`,
`shade_net`, `torch` and `pen` conditions; render_front's, render_back's, apply_condition's and
surface's dispatch to them, reached only by their styles, conditions and surfaces) only for the
twenty-eighth, and the twenty-ninth's (their module: the layouts with values first and captions
at their right in two languages, a vertical card number and a kanga's border, and with caption
strips over the values, a halftone portrait, hyphenated ID number groups and a shuka's check,
the patient's file and the pupil's desk they lie on, the `sleeve_glare`, `ceiling_fan`,
`ring_light` and `sticky_note` conditions; render_front's, render_back's, apply_condition's and
surface's dispatch to them, reached only by their styles, conditions and surfaces) only for the
twenty-ninth, so every other family's documents stay the same, image for image, for a seed.
"""
import datetime as dt
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
SANS, SANS_BOLD = DEJAVU + "DejaVuSans.ttf", DEJAVU + "DejaVuSans-Bold.ttf"
CONDENSED, CONDENSED_BOLD = DEJAVU + "DejaVuSansCondensed.ttf", DEJAVU + "DejaVuSansCondensed-Bold.ttf"
SERIF, SERIF_BOLD = DEJAVU + "DejaVuSerif.ttf", DEJAVU + "DejaVuSerif-Bold.ttf"
SERIF_CONDENSED_BOLD = DEJAVU + "DejaVuSerifCondensed-Bold.ttf"
# Fonts the reader was never tuned on (Debian fonts-liberation2 and fonts-freefont-ttf).
LIBERATION = "/usr/share/fonts/truetype/liberation2/"
LIB_SANS, LIB_MONO_BOLD = LIBERATION + "LiberationSans-Regular.ttf", LIBERATION + "LiberationMono-Bold.ttf"
LIB_SERIF_BOLD = LIBERATION + "LiberationSerif-Bold.ttf"
FREE_SERIF, FREE_SANS_BOLD = "/usr/share/fonts/truetype/freefont/FreeSerif.ttf", "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf"
# The third held-out families' fonts (Debian fonts-urw-base35, fonts-crosextra-carlito/-caladea).
URW = "/usr/share/fonts/opentype/urw-base35/"
NARROW, NARROW_BOLD = URW + "NimbusSansNarrow-Regular.otf", URW + "NimbusSansNarrow-Bold.otf"
CROSEXTRA = "/usr/share/fonts/truetype/crosextra/"
CARLITO_ITALIC, CARLITO_BOLD = CROSEXTRA + "Carlito-Italic.ttf", CROSEXTRA + "Carlito-Bold.ttf"
CALADEA_BOLD = CROSEXTRA + "Caladea-Bold.ttf"
# The fourth held-out families' fonts (fonts-urw-base35 faces not used before).
GOTHIC, CENTURY_BOLD = URW + "URWGothic-Book.otf", URW + "C059-Bold.otf"
# The fifth held-out families' fonts (faces of the same packages not used before).
NIMBUS_SANS, NIMBUS_SANS_BOLD = URW + "NimbusSans-Regular.otf", URW + "NimbusSans-Bold.otf"
NIMBUS_ROMAN_BOLD, LIB_SANS_BOLD = URW + "NimbusRoman-Bold.otf", LIBERATION + "LiberationSans-Bold.ttf"
PALATINO_ITALIC, BOOKMAN_DEMI = URW + "P052-Italic.otf", URW + "URWBookman-Demi.otf"
# The sixth held-out families' fonts (faces of the same packages not used before).
ROMAN_ITALIC, PALATINO_BOLD = URW + "NimbusRoman-Italic.otf", URW + "P052-Bold.otf"
SANS_ITALIC, MONO_PS_BOLD, GOTHIC_DEMI = URW + "NimbusSans-Italic.otf", URW + "NimbusMonoPS-Bold.otf", URW + "URWGothic-Demi.otf"
# The seventh held-out families' fonts (faces of the same packages not used before).
MONO_BOLD = DEJAVU + "DejaVuSansMono-Bold.ttf"
FREE_SANS, FREE_SERIF_BOLD = "/usr/share/fonts/truetype/freefont/FreeSans.ttf", "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf"
# The eighth held-out families' fonts (faces of the same packages not used before).
CARLITO, EXTRA_LIGHT = CROSEXTRA + "Carlito-Regular.ttf", DEJAVU + "DejaVuSans-ExtraLight.ttf"
GOTHIC_DEMI_OBLIQUE, NARROW_OBLIQUE = URW + "URWGothic-DemiOblique.otf", URW + "NimbusSansNarrow-Oblique.otf"
CENTURY, ROMAN = URW + "C059-Roman.otf", URW + "NimbusRoman-Regular.otf"
# The ninth held-out families' fonts (faces of the same packages not used before).
BOOKMAN_LIGHT, BOOKMAN_DEMI_ITALIC = URW + "URWBookman-Light.otf", URW + "URWBookman-DemiItalic.otf"
PALATINO, FREE_SANS_OBLIQUE = URW + "P052-Roman.otf", "/usr/share/fonts/truetype/freefont/FreeSansOblique.ttf"
CALADEA, LIB_SERIF_ITALIC = CROSEXTRA + "Caladea-Regular.ttf", LIBERATION + "LiberationSerif-Italic.ttf"
LIB_MONO, CHANCERY = LIBERATION + "LiberationMono-Regular.ttf", URW + "Z003-MediumItalic.otf"
# The tenth held-out families' fonts (faces of the same packages not used before).
SANS_BOLD_ITALIC, GOTHIC_OBLIQUE = URW + "NimbusSans-BoldItalic.otf", URW + "URWGothic-BookOblique.otf"
LIB_SANS_ITALIC, LIB_SERIF = LIBERATION + "LiberationSans-Italic.ttf", LIBERATION + "LiberationSerif-Regular.ttf"
FREE_MONO_BOLD, FREE_SERIF_ITALIC = "/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf", "/usr/share/fonts/truetype/freefont/FreeSerifItalic.ttf"
CENTURY_ITALIC = URW + "C059-Italic.otf"
# The eleventh held-out families' fonts (faces of installed packages not used before:
# fonts-dejavu-core, fonts-dejavu-extra, fonts-urw-base35, fonts-crosextra-caladea).
SANS_MONO, CONDENSED_OBLIQUE = DEJAVU + "DejaVuSansMono.ttf", DEJAVU + "DejaVuSansCondensed-Oblique.ttf"
NARROW_BOLD_OBLIQUE, MONO_PS = URW + "NimbusSansNarrow-BoldOblique.otf", URW + "NimbusMonoPS-Regular.otf"
BOOKMAN_LIGHT_ITALIC, CENTURY_BOLD_ITALIC = URW + "URWBookman-LightItalic.otf", URW + "C059-BdIta.otf"
CALADEA_BOLD_ITALIC = CROSEXTRA + "Caladea-BoldItalic.ttf"
# The twelfth held-out families' fonts: Open Sans (Debian fonts-open-sans, a package no earlier
# family used) and faces of installed packages not used before (fonts-dejavu-extra,
# fonts-liberation2, fonts-urw-base35).
OPEN_SANS = "/usr/share/fonts/truetype/open-sans/"
OPEN_REGULAR, OPEN_SEMIBOLD = OPEN_SANS + "OpenSans-Regular.ttf", OPEN_SANS + "OpenSans-Semibold.ttf"
OPEN_BOLD, OPEN_EXTRABOLD = OPEN_SANS + "OpenSans-Bold.ttf", OPEN_SANS + "OpenSans-ExtraBold.ttf"
OPEN_ITALIC = OPEN_SANS + "OpenSans-Italic.ttf"
SERIF_CONDENSED, LIB_SANS_BOLD_ITALIC = DEJAVU + "DejaVuSerifCondensed.ttf", LIBERATION + "LiberationSans-BoldItalic.ttf"
ROMAN_BOLD_ITALIC = URW + "NimbusRoman-BoldItalic.otf"
# The thirteenth held-out families' fonts: Roboto Slab (Debian fonts-roboto-slab) and Andika
# (fonts-sil-andika, SIL's humanist sans made for readers of African languages), packages no
# earlier family used.
SLAB = "/usr/share/fonts/opentype/roboto/slab/"
SLAB_REGULAR, SLAB_BOLD = SLAB + "RobotoSlab-Regular.otf", SLAB + "RobotoSlab-Bold.otf"
ANDIKA_DIR = "/usr/share/fonts/truetype/andika/"
ANDIKA, ANDIKA_BOLD = ANDIKA_DIR + "Andika-Regular.ttf", ANDIKA_DIR + "Andika-Bold.ttf"
ANDIKA_ITALIC = ANDIKA_DIR + "Andika-Italic.ttf"
# The fourteenth held-out families' fonts: Quicksand (Debian fonts-quicksand, a rounded geometric
# sans) and B612 (fonts-b612, made for aircraft cockpit displays, with a monospaced cut), packages
# no earlier family used, and DejaVu Serif Condensed Italic (fonts-dejavu-extra), a face not used
# before.
QUICKSAND_DIR = "/usr/share/fonts/truetype/quicksand/"
QUICKSAND, QUICKSAND_MEDIUM = QUICKSAND_DIR + "Quicksand-Regular.ttf", QUICKSAND_DIR + "Quicksand-Medium.ttf"
QUICKSAND_BOLD = QUICKSAND_DIR + "Quicksand-Bold.ttf"
B612_DIR = "/usr/share/fonts/opentype/b612/"
B612, B612_BOLD = B612_DIR + "B612-Regular.otf", B612_DIR + "B612Mono-Bold.otf"
B612_TITLE = B612_DIR + "B612-Bold.otf"
SERIF_CONDENSED_ITALIC = DEJAVU + "DejaVuSerifCondensed-Italic.ttf"
# The fifteenth held-out families' fonts: PT Sans (Debian fonts-paratype: PT Sans, its Narrow and
# Caption cuts, PT Mono) and Lato (fonts-lato), packages no earlier family used.
PARATYPE = "/usr/share/fonts/truetype/paratype/"
PT_SANS, PT_SANS_BOLD = PARATYPE + "PTS55F.ttf", PARATYPE + "PTS75F.ttf"
PT_NARROW_BOLD, PT_MONO_BOLD = PARATYPE + "PTN77F.ttf", PARATYPE + "PTM75F.ttf"
PT_CAPTION, PT_CAPTION_BOLD = PARATYPE + "PTC55F.ttf", PARATYPE + "PTC75F.ttf"
LATO = "/usr/share/fonts/truetype/lato/"
LATO_BOLD, LATO_HEAVY = LATO + "Lato-Bold.ttf", LATO + "Lato-Heavy.ttf"
LATO_SEMIBOLD, LATO_ITALIC = LATO + "Lato-Semibold.ttf", LATO + "Lato-Italic.ttf"
# The sixteenth held-out families' fonts: OSP-DIN (Debian fonts-opendin, a DIN 1451 face, the
# lettering of road signs and many ID cards) and Amiri (fonts-hosny-amiri, an Arabic Naskh) for
# `mirrored`, Inter (fonts-inter) for `middlename`, packages no earlier family used.
OSP_DIN = "/usr/share/fonts/truetype/opendin/OSP-DIN.ttf"
AMIRI_DIR = "/usr/share/fonts/opentype/fonts-hosny-amiri/"
AMIRI, AMIRI_BOLD = AMIRI_DIR + "Amiri-Regular.ttf", AMIRI_DIR + "Amiri-Bold.ttf"
INTER = "/usr/share/fonts/opentype/inter/"
INTER_REGULAR, INTER_MEDIUM = INTER + "Inter-Regular.otf", INTER + "Inter-Medium.otf"
INTER_SEMIBOLD, INTER_BOLD = INTER + "Inter-SemiBold.otf", INTER + "Inter-Bold.otf"
# The seventeenth held-out families' fonts: Oxygen (Debian fonts-oxygen, KDE's sans) for
# `inverse`; Courier Prime (fonts-courier-prime, a typewriter face redrawn from Courier) for the
# values `typewriter` types and EB Garamond (fonts-ebgaramond, an old-style serif) for its
# printed captions; packages no earlier family used.
OXYGEN_DIR = "/usr/share/fonts/truetype/oxygen/"
OXYGEN, OXYGEN_BOLD = OXYGEN_DIR + "Oxygen-Sans.ttf", OXYGEN_DIR + "Oxygen-Sans-Bold.ttf"
COURIER_PRIME = "/usr/share/fonts/opentype/courier-prime/Courier Prime.otf"
GARAMOND_DIR = "/usr/share/fonts/opentype/ebgaramond/"
GARAMOND, GARAMOND_ITALIC = GARAMOND_DIR + "EBGaramond12-Regular.otf", GARAMOND_DIR + "EBGaramond12-Italic.otf"
GARAMOND_BOLD = GARAMOND_DIR + "EBGaramond12-Bold.otf"
# The eighteenth held-out families' fonts: Gillius ADF (Debian fonts-adf-gillius, a humanist sans
# after Gill Sans, the face of much Commonwealth-era print) for `laminated`'s mixed-case values and
# tiny captions; Clear Sans (fonts-clear-sans) for `frontmrz`; packages no earlier family used.
GILLIUS_DIR = "/usr/share/fonts/truetype/adf/"
GILLIUS, GILLIUS_BOLD = GILLIUS_DIR + "GilliusADF-Regular.otf", GILLIUS_DIR + "GilliusADF-Bold.otf"
GILLIUS_ITALIC = GILLIUS_DIR + "GilliusADF-Italic.otf"
CLEAR_SANS_DIR = "/usr/share/fonts/truetype/clear-sans/"
CLEAR_SANS, CLEAR_SANS_MEDIUM = CLEAR_SANS_DIR + "ClearSans-Regular.ttf", CLEAR_SANS_DIR + "ClearSans-Medium.ttf"
CLEAR_SANS_BOLD = CLEAR_SANS_DIR + "ClearSans-Bold.ttf"
# The nineteenth held-out families' fonts: Cantarell (Debian fonts-cantarell, GNOME's humanist
# sans) for `visa`'s pages and OCR-A (fonts-ocr-a, the face of many bank cards' embossed numbers)
# for the bank card its cards lie on; for `handwritten`, the clerks' hands: three block-capital
# hands of fonts-bwht (Because We Connect, Create and Learn; not its Mentor, whose R reads as a
# K) and Humor Sans (fonts-humor-sans), and Charis SIL (fonts-sil-charis) for the form's printed
# captions; packages no earlier family used.
CANTARELL_DIR = "/usr/share/fonts/opentype/cantarell/"
CANTARELL, CANTARELL_BOLD = CANTARELL_DIR + "Cantarell-Regular.otf", CANTARELL_DIR + "Cantarell-Bold.otf"
CANTARELL_EXTRABOLD = CANTARELL_DIR + "Cantarell-ExtraBold.otf"
OCRA = "/usr/share/fonts/truetype/ocr-a/OCRA.ttf"
BWHT_DIR = "/usr/share/fonts/opentype/bwht/"
HANDS = (BWHT_DIR + "BecauseWeConnect-Regular.otf", BWHT_DIR + "BecauseWeCreate-Regular.otf",
         BWHT_DIR + "BecauseWeLearn-Regular.otf", "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf")
CHARIS_DIR = "/usr/share/fonts/truetype/charis/"
CHARIS, CHARIS_BOLD = CHARIS_DIR + "CharisSIL-Regular.ttf", CHARIS_DIR + "CharisSIL-Bold.ttf"
CHARIS_ITALIC = CHARIS_DIR + "CharisSIL-Italic.ttf"
# The twentieth held-out families' fonts: Manrope (Debian fonts-manrope, a modern geometric sans)
# for `frontback`'s cards and pages, Go (fonts-go, the Go project's humanist sans with its small
# capitals and monospaced cut) for `mended`'s, and Roboto (fonts-roboto-unhinted, Android's
# system face, which phones' photo editors type in) for the `annotated` condition's text;
# packages no earlier family used.
MANROPE_DIR = "/usr/share/fonts/truetype/manrope/"
MANROPE_MEDIUM, MANROPE_SEMIBOLD = MANROPE_DIR + "Manrope-Medium.ttf", MANROPE_DIR + "Manrope-SemiBold.ttf"
MANROPE_BOLD, MANROPE_EXTRABOLD = MANROPE_DIR + "Manrope-Bold.ttf", MANROPE_DIR + "Manrope-ExtraBold.ttf"
GO_DIR = "/usr/share/fonts/fonts-go/"
GO, GO_BOLD = GO_DIR + "Go-Regular.ttf", GO_DIR + "Go-Bold.ttf"
GO_SMALLCAPS, GO_MONO_BOLD = GO_DIR + "Go-Smallcaps.ttf", GO_DIR + "Go-Mono-Bold.ttf"
ROBOTO_DIR = "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/"
ROBOTO_MEDIUM, ROBOTO_BOLD = ROBOTO_DIR + "Roboto-Medium.ttf", ROBOTO_DIR + "Roboto-Bold.ttf"
# The twenty-first held-out families' fonts: Sora (Debian fonts-sora, a geometric sans made for
# screens) for `selfie`'s captions and title and Roadgeek 2014 (fonts-roadgeek, the condensed
# highway-sign faces, Series C and D) for its values; Karla (fonts-karla, a grotesque sans) for
# `appscan`'s captions, title and the scanner app's watermark and Tiresias Infofont
# (fonts-tiresias, made for readers with low vision) for its values; packages no earlier family
# used.
SORA_DIR = "/usr/share/fonts/opentype/sora/"
SORA_SEMIBOLD, SORA_EXTRABOLD = SORA_DIR + "Sora-SemiBold.otf", SORA_DIR + "Sora-ExtraBold.otf"
ROADGEEK_DIR = "/usr/share/fonts/truetype/roadgeek/"
ROADGEEK_C, ROADGEEK_D = ROADGEEK_DIR + "RG2014C.ttf", ROADGEEK_DIR + "RG2014D.ttf"
KARLA_DIR = "/usr/share/fonts/truetype/karla/"
KARLA_MEDIUM, KARLA_BOLD, KARLA_EXTRABOLD = (KARLA_DIR + "Karla-Medium.otf", KARLA_DIR + "Karla-Bold.otf",
                                             KARLA_DIR + "Karla-ExtraBold.otf")
TIRESIAS_DIR = "/usr/share/fonts/truetype/tiresias/"
TIRESIAS, TIRESIAS_BOLD = TIRESIAS_DIR + "tiresias_infofont.ttf", TIRESIAS_DIR + "tiresias_infofont_bold.ttf"
# The twenty-second held-out families' fonts: Cabin (Debian fonts-cabin, a humanist sans of the kind
# apps are set in) for `mobileid`'s app text and the card's captions and values, League Spartan
# (fonts-league-spartan, a geometric sans) for the card's title, Fira Code (fonts-firacode, a
# monospaced face) for the MRZ the app lists as text; packages no earlier family used.
CABIN_DIR = "/usr/share/fonts/opentype/cabin/"
CABIN, CABIN_MEDIUM = CABIN_DIR + "Cabin-Regular.otf", CABIN_DIR + "Cabin-Medium.otf"
CABIN_SEMIBOLD, CABIN_BOLD = CABIN_DIR + "Cabin-SemiBold.otf", CABIN_DIR + "Cabin-Bold.otf"
SPARTAN_DIR = "/usr/share/fonts/opentype/league-spartan/"
SPARTAN_BOLD, SPARTAN_SEMIBOLD = SPARTAN_DIR + "LeagueSpartan-Bold.otf", SPARTAN_DIR + "LeagueSpartan-SemiBold.otf"
FIRA_DIR = "/usr/share/fonts/truetype/firacode/"
FIRA_MEDIUM = FIRA_DIR + "FiraCode-Medium.ttf"
# And `videocall`'s: Linux Biolinum (fonts-linuxlibertine, a humanist sans) for its title and
# italic captions, Linux Libertine (the same package, a book serif) for its values.
LIBERTINE_DIR = "/usr/share/fonts/opentype/linux-libertine/"
BIOLINUM_BOLD, BIOLINUM_ITALIC = LIBERTINE_DIR + "LinBiolinum_RB.otf", LIBERTINE_DIR + "LinBiolinum_RI.otf"
LIBERTINE_SEMIBOLD, LIBERTINE_BOLD = LIBERTINE_DIR + "LinLibertine_RZ.otf", LIBERTINE_DIR + "LinLibertine_RB.otf"
# The twenty-third held-out families' fonts: Dosis (Debian fonts-dosis, a rounded sans) for `slip`'s
# title and captions, Jura (fonts-jura, a squarish technical sans) for its values; Yanone
# Kaffeesatz (fonts-yanone-kaffeesatz, a condensed sans) for `showcase`'s title and captions,
# Vollkorn (fonts-vollkorn, a book serif) for its values; packages no earlier family used.
DOSIS_DIR = "/usr/share/fonts/opentype/dosis/"
DOSIS_MEDIUM, DOSIS_SEMIBOLD, DOSIS_BOLD = (DOSIS_DIR + "Dosis-Medium.otf", DOSIS_DIR + "Dosis-SemiBold.otf",
                                            DOSIS_DIR + "Dosis-Bold.otf")
JURA_DIR = "/usr/share/fonts/opentype/jura/"
JURA_MEDIUM, JURA_BOLD = JURA_DIR + "Jura-Medium.otf", JURA_DIR + "Jura-Bold.otf"
YANONE_DIR = "/usr/share/fonts/opentype/yanone-kaffeesatz/"
YANONE_REGULAR, YANONE_BOLD = YANONE_DIR + "YanoneKaffeesatz-Regular.otf", YANONE_DIR + "YanoneKaffeesatz-Bold.otf"
VOLLKORN_DIR = "/usr/share/fonts/truetype/vollkorn/"
VOLLKORN_SEMIBOLD, VOLLKORN_BOLD = VOLLKORN_DIR + "Vollkorn-SemiBold.ttf", VOLLKORN_DIR + "Vollkorn-Bold.ttf"
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
MOIS_LONG = ["JANVIER", "FÉVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOÛT", "SEPTEMBRE", "OCTOBRE",
             "NOVEMBRE", "DÉCEMBRE"]
MOIS = ["JANV", "FEVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]

FAMILIES = {
    # Development families: the reader may be tuned on these.
    "inline": dict(
        held_out=False, style="inline", header="band", portrait="right", background="diagonal", date="dd-mm-yyyy",
        label_font=(CONDENSED, 22), value_font=(CONDENSED_BOLD, 27), title_font=(SANS_BOLD, 30),
        labels=dict(surname="Surname", given="Given names", id="ID No", dob="Date of birth", sex="Sex",
                    expiry="Date of expiry", nationality="Nationality", docno="Passport No"),
        card_mrz=dict(pitch=29.0, bottom=606), passport_mrz=dict(pitch=24.5, bottom=846)),
    "serif": dict(
        held_out=False, style="above", header="centered", portrait="left-small", background="rosette", date="dd.mm.yyyy",
        label_font=(SERIF, 16), value_font=(SERIF_BOLD, 26), title_font=(SERIF_BOLD, 32),
        labels=dict(surname="Nom / Surname", given="Prénoms / Given names", id="Numéro national / National ID number",
                    dob="Date de naissance / Date of birth", sex="Sexe / Sex", expiry="Date d'expiration / Date of expiry",
                    nationality="Nationalité / Nationality", docno="N° du passeport / Passport No"),
        card_mrz=dict(pitch=30.0, bottom=612), passport_mrz=dict(pitch=25.0, bottom=852)),
    # The first held-out families: measured twice, their misses looked at (issue 17), so now
    # development families.
    "modern": dict(
        held_out=False, style="above", header="plain", portrait="left-ghost", background="microtext", date="dd MON/MOIS yyyy",
        label_font=(SANS, 15), value_font=(SERIF_CONDENSED_BOLD, 29), title_font=(CONDENSED_BOLD, 33),
        labels=dict(surname="Surname/Nom", given="Given Names/Prénoms", id="Personal ID Number",
                    dob="Date of Birth/Date de Naissance", sex="Sex/Sexe", expiry="Date of Expiry/Date d'Expiration",
                    nationality="Nationality/Nationalité", docno="Document No./No. du document"),
        card_mrz=dict(pitch=28.0, bottom=560), passport_mrz=dict(pitch=23.5, bottom=838)),
    "datapage": dict(
        held_out=False, style="above", header="plain", portrait="left", background="guilloche", date="dd MON yyyy",
        label_font=(SANS, 16), value_font=(SANS_BOLD, 26), title_font=(SANS_BOLD, 30), flat_scan=True,
        labels=dict(surname="Surname", given="Given names", id="National ID No.", dob="Date of birth", sex="Sex",
                    expiry="Date of expiry", nationality="Nationality", docno="Passport number"),
        card_mrz=dict(pitch=30.0, bottom=610), passport_mrz=dict(pitch=25.4, bottom=850)),
    # The second held-out families (made 2026-12-03): measured in two draws, their misses looked
    # at (issue 17, third round), so development families now.
    # `ledger`: an East African style with Swahili/English labels on the value's own line in a
    # tab column, no colon; the ID number first, given names before the surname, the sex as a
    # word, typewriter (monospaced) values, dates dd-MON-yyyy, a large portrait on the right, a
    # wave pattern over a colour gradient; glare on laminate among the capture conditions.
    "ledger": dict(
        held_out=False, style="tabular", header="band", portrait="right-large", background="waves", date="dd-MON-yyyy",
        label_font=(LIB_SANS, 17), value_font=(LIB_MONO_BOLD, 25), title_font=(LIB_SANS, 30), sex_words=True,
        order=["id", "given", "surname", "dob", "sex", "nationality", "expiry"],
        labels=dict(surname="Jina la ukoo/Surname", given="Majina/Forenames", id="Nambari ya kitambulisho/ID No.",
                    dob="Tarehe ya kuzaliwa/Born", sex="Jinsia/Sex", expiry="Mwisho/Valid until",
                    nationality="Uraia/Citizenship", docno="Nambari ya pasipoti/Passport No."),
        card_mrz=dict(pitch=29.5, bottom=598), passport_mrz=dict(pitch=24.0, bottom=842),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "glare"]),
    # `script`: labels in a second script (Amharic or Arabic) on one line and English under it,
    # above the value; serif values, dates dd/mm/yyyy, a small portrait on the left, a fine
    # cross-hatched background, the surname and given names side by side.
    "script": dict(
        held_out=False, style="stacked", header="centered", portrait="left-small", background="grid", date="dd/mm/yyyy",
        label_font=(FREE_SERIF, 15), value_font=(LIB_SERIF_BOLD, 27), title_font=(FREE_SANS_BOLD, 30),
        order=["surname+given", "id", "dob+sex", "nationality+expiry"],
        labels=dict(surname="Surname", given="Given names", id="Identity number", dob="Date of birth", sex="Sex",
                    expiry="Expiry date", nationality="Nationality", docno="Passport number"),
        second_script=[
            dict(surname="የአባት ስም", given="ስም", id="የመታወቂያ ቁጥር", dob="የትውልድ ቀን", sex="ጾታ",
                 expiry="የሚያበቃበት ቀን", nationality="ዜግነት", docno="የፓስፖርት ቁጥር"),
            dict(surname="اللقب", given="الاسم", id="الرقم الوطني", dob="تاريخ الميلاد", sex="الجنس",
                 expiry="تاريخ الانتهاء", nationality="الجنسية", docno="رقم الجواز")],
        card_mrz=dict(pitch=28.5, bottom=596), passport_mrz=dict(pitch=24.8, bottom=848),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "glare"]),
    # The third held-out families (made 2026-12-03 in the third round): measured in two draws
    # (505, 606) and their misses looked at, so development families now. Two capture conditions are new with them: a camera that did not
    # focus, and the warm cast and flat contrast of indoor tungsten light.
    # `boxed`: a form-like card in the Ugandan manner: every field in its own thin-ruled box,
    # small capital labels in the box's corner, condensed bold values, the nationality and sex
    # boxes side by side and the birth date beside the ID number, dates dd.mm.yyyy, a small
    # portrait on the right, a halftone dot screen behind.
    "boxed": dict(
        held_out=False, style="boxed", header="band", portrait="right-small", background="dots", date="dd.mm.yyyy",
        label_font=(NARROW, 15), value_font=(NARROW_BOLD, 29), title_font=(NARROW_BOLD, 34),
        order=["surname", "given", "nationality+sex", "dob+id", "expiry"],
        labels=dict(surname="SURNAME", given="GIVEN NAME", id="NIN", dob="DATE OF BIRTH", sex="SEX",
                    expiry="DATE OF EXPIRY", nationality="NATIONALITY", docno="PASSPORT NO."),
        card_mrz=dict(pitch=27.5, bottom=590), passport_mrz=dict(pitch=24.2, bottom=845),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "defocus", "colour_cast"]),
    # `numbered`: fields numbered as on driving licences (`1. Surname`), italic labels over serif
    # bold values, the birth date with two-digit year as `dd MON yy`, the sex beside the
    # nationality, the ID number last, a portrait on the left, sun rays behind.
    "numbered": dict(
        held_out=False, style="above", header="centered", portrait="left", background="rays", date="dd MON yy",
        label_font=(CARLITO_ITALIC, 17), value_font=(CALADEA_BOLD, 27), title_font=(CARLITO_BOLD, 32),
        order=["surname", "given", "dob", "nationality+sex", "expiry", "id"],
        labels=dict(surname="1. Surname", given="2. Given names", dob="3. Date of birth", nationality="4. Nationality",
                    sex="5. Sex", expiry="6. Date of expiry", id="7. ID number", docno="8. Passport number"),
        card_mrz=dict(pitch=29.0, bottom=604), passport_mrz=dict(pitch=25.2, bottom=850),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "defocus", "colour_cast"]),
    # The fourth held-out families (made 2026-12-03, fourth session of issue 17, before the
    # reader was run on them): measured in two draws (808, 909) and their misses looked at, so
    # development families now. A new capture condition comes with them: a washed-out,
    # overexposed photo (a flash or a window behind the card).
    # `lusophone`: a Mozambican/Angolan style: Portuguese/English labels with a colon and the
    # value on the same line, ISO dates (yyyy-mm-dd), Gothic labels and Century values, the
    # given names first, a small portrait on the left, a checkerboard of fine squares behind.
    "lusophone": dict(
        held_out=False, style="inline", header="plain", portrait="left-small", background="checker", date="yyyy-mm-dd",
        label_font=(GOTHIC, 20), value_font=(CENTURY_BOLD, 25), title_font=(CENTURY_BOLD, 31),
        order=["given", "surname", "id", "dob", "sex", "nationality", "expiry"],
        labels=dict(surname="Apelido/Surname", given="Nome/Given names", id="N.º do BI/ID No.",
                    dob="Data de nascimento/Date of birth", sex="Sexo/Sex", expiry="Validade/Valid until",
                    nationality="Nacionalidade/Nationality", docno="N.º do passaporte/Passport No."),
        card_mrz=dict(pitch=28.8, bottom=600), passport_mrz=dict(pitch=24.6, bottom=848),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "overexposed"]),
    # `below`: each value printed first with its label under it in small italics (as on some
    # slips and residence cards), dates dd/MON/yyyy, the sex as a word beside the birth date,
    # Bookman values, a portrait on the right, a field of small crosses behind.
    "below": dict(
        held_out=False, style="below", header="band", portrait="right", background="crosses", date="dd/MON/yyyy",
        label_font=(PALATINO_ITALIC, 16), value_font=(BOOKMAN_DEMI, 25), title_font=(BOOKMAN_DEMI, 30), sex_words=True,
        order=["surname", "given", "dob+sex", "id", "nationality+expiry"],
        labels=dict(surname="SURNAME", given="FORENAMES", id="IDENTITY NUMBER", dob="DATE OF BIRTH", sex="SEX",
                    expiry="EXPIRES", nationality="CITIZENSHIP", docno="PASSPORT NUMBER"),
        card_mrz=dict(pitch=28.2, bottom=594), passport_mrz=dict(pitch=24.4, bottom=846),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "overexposed"]),
    # The fifth held-out families (made 2026-12-03, fifth session of issue 17, before the reader
    # was run on them): measured in three draws (1212, 1313, 1414) and the misses of 1313 and
    # 1414 looked at, so development families now. Two capture conditions come with them:
    # uneven light (a lamp to one side, dark corners) and a card bent in the hand.
    # `columns`: a South African green-book manner: Afrikaans/English labels in capitals, right-
    # aligned in a column, each value left-aligned in a second column just after its label;
    # dates with the month written out (`14 March 1987`), Nimbus Sans, a large portrait on the
    # left, a honeycomb behind.
    "columns": dict(
        held_out=False, style="columns", header="band", portrait="left", background="honeycomb", date="dd MONTH yyyy",
        label_font=(NIMBUS_SANS, 15), value_font=(NIMBUS_SANS_BOLD, 25), title_font=(NIMBUS_SANS_BOLD, 30),
        order=["surname", "given", "id", "dob", "sex", "nationality", "expiry"],
        labels=dict(surname="VAN/SURNAME", given="VOORNAME/FORENAMES", id="I.D. NR./ID NO.",
                    dob="GEBOORTEDATUM/DATE OF BIRTH", sex="GESLAG/SEX", expiry="VERVALDATUM/DATE OF EXPIRY",
                    nationality="NASIONALITEIT/NATIONALITY", docno="PASPOORT NR./PASSPORT NO."),
        card_mrz=dict(pitch=28.4, bottom=602), passport_mrz=dict(pitch=24.9, bottom=849),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "uneven_light", "bent"]),
    # `table`: a ruled table, as on enrolment slips: each label in white on a dark cell, its value
    # in the cell beside it; title-case labels, dates `14 Mar 1987`, Times-like values, the sex
    # beside the birth date, a portrait on the right, overlapping rings behind.
    "table": dict(
        held_out=False, style="table", header="centered", portrait="right", background="rings", date="dd Mon yyyy",
        label_font=(LIB_SANS_BOLD, 16), value_font=(NIMBUS_ROMAN_BOLD, 26), title_font=(NIMBUS_ROMAN_BOLD, 31),
        order=["surname", "given", "dob+sex", "nationality", "id", "expiry"],
        labels=dict(surname="Surname", given="Other Names", id="Identification No.", dob="Birth Date", sex="Sex",
                    expiry="Expiry Date", nationality="Nationality", docno="Passport No."),
        card_mrz=dict(pitch=28.6, bottom=600), passport_mrz=dict(pitch=24.7, bottom=847),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "uneven_light", "bent"]),
    # The sixth held-out families (made 2026-12-03, sixth session of issue 17, before the reader
    # was run on them): measured in two draws (1616, 1717), so development families now. Two
    # capture conditions came with them: a hologram's rainbow sheen over part of the card, and a
    # card photographed from further away.
    # `leaders`: a francophone form: French/English labels in italics, a dotted leader from each
    # label to a tab stop and the value after it; dates with the French month written out
    # (`14 MARS 1987`, `03 FÉVRIER 1990`), Palatino values, a small portrait on the left, spirals
    # behind.
    "leaders": dict(
        held_out=False, style="leaders", header="band", portrait="left-small", background="spiral", date="dd MOISLONG yyyy",
        label_font=(ROMAN_ITALIC, 17), value_font=(PALATINO_BOLD, 25), title_font=(PALATINO_BOLD, 30),
        order=["surname", "given", "dob", "sex", "nationality", "id", "expiry"],
        labels=dict(surname="Nom / Surname", given="Prénoms / Given names", id="N° d'identification / ID No.",
                    dob="Né(e) le / Born on", sex="Sexe / Sex", expiry="Expire le / Expires on",
                    nationality="Nationalité / Nationality", docno="N° du passeport / Passport No."),
        card_mrz=dict(pitch=28.7, bottom=603), passport_mrz=dict(pitch=24.5, bottom=845),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "hologram", "far"]),
    # `grouped`: an enrolment-slip manner (as Nigeria's NIN slip): small italic labels over
    # typewriter (Courier) values, dates month first (`March 14, 1987`), and the ID number not
    # among the fields but large in a band along the bottom, grouped with spaces as people write
    # it (`1234 567 8901`, `63-123456 A 42`, `870314 5009 087`); a portrait on the right, wavy
    # stripes behind.
    "grouped": dict(
        held_out=False, style="above", header="plain", portrait="right", background="stripes", date="MONTH dd, yyyy",
        label_font=(SANS_ITALIC, 15), value_font=(MONO_PS_BOLD, 27), title_font=(GOTHIC_DEMI, 31), id_banner=True,
        order=["surname", "given", "dob+sex", "nationality+expiry"],
        labels=dict(surname="SURNAME", given="FIRST NAME / OTHER NAMES", id="NATIONAL IDENTIFICATION NUMBER",
                    dob="DATE OF BIRTH", sex="SEX", expiry="EXPIRY DATE", nationality="NATIONALITY",
                    docno="PASSPORT NO."),
        card_mrz=dict(pitch=29.2, bottom=596), passport_mrz=dict(pitch=24.3, bottom=843),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "hologram", "far"]),
    # The seventh held-out families (made for the seventh round of issue 17, before the reader
    # was run on them): measured in two draws (1919, 2020) and their misses looked at, so
    # development families now. Drawn by render_seventh_front/render_seventh_back. Two capture conditions
    # come with them: a strong tilt (the phone held at a slant: one edge of the card far smaller
    # than the other) and a worn card (scratched laminate, ink rubbed pale in patches).
    # `ruled`: a polycarbonate card in a light-on-dark theme: pale small-capital labels (`Family
    # Name`, `Gender`, `Personal No.`), a thin vertical rule, and the value on the label's baseline
    # after it in cream serif bold; dates year first with slashes (`1987/03/14`), a greyscale
    # laser-engraved portrait on the left with its ghost in a window at the bottom right, a net
    # of crossing waves behind; the back a QR block and the MRZ in a pale clear panel, set wide
    # apart. Passports print the same layout in blue ink on a pale page.
    "ruled": dict(
        held_out=False, style="ruled", header="plain", portrait="left-laser", background="mesh", date="yyyy/mm/dd",
        label_font=(FREE_SANS, 18), value_font=(FREE_SERIF_BOLD, 27), title_font=(FREE_SERIF_BOLD, 30),
        order=["surname", "given", "sex", "nationality", "dob", "expiry", "id"],
        labels=dict(surname="Family Name", given="First Names", id="Personal No.", dob="Date of Birth", sex="Gender",
                    expiry="Valid Until", nationality="Nationality", docno="Document No."),
        card_mrz=dict(pitch=26.6, bottom=618, leading=1.95, left=64),
        passport_mrz=dict(pitch=24.0, bottom=858, leading=1.6, left=44),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "glare", "tilt", "worn"]),
    # `engraved`: a metal plate in the Zimbabwean manner: labels and values engraved in one
    # monospaced face, weight and size, the value at a tab stop after its label, no colon; the ID
    # number first, the sex as a word, dates with spaces (`14 03 1987`), a small greyscale portrait
    # on the right, brushed metal behind, the MRZ engraved too, closely set. Passports are
    # photographed open: the data page (security fibres in the paper, the portrait on the left)
    # below the spine, the facing visa page's lower part above it, sometimes with an entry stamp.
    "engraved": dict(
        held_out=False, style="engraved", header="plain", portrait="right-plate", background="brushed",
        date="dd mm yyyy", label_font=(MONO_BOLD, 25), value_font=(MONO_BOLD, 25), title_font=(MONO_BOLD, 31),
        sex_words=True, booklet=True,
        order=["id", "surname", "given", "dob", "sex", "nationality", "expiry"],
        labels=dict(surname="SURNAME", given="FIRST NAMES", id="ID NUMBER", dob="DATE OF BIRTH", sex="SEX",
                    expiry="VALID TO", nationality="CITIZENSHIP", docno="PASSPORT NO"),
        card_mrz=dict(pitch=27.4, bottom=606, leading=1.55, left=58),
        passport_mrz=dict(pitch=25.6, bottom=846, leading=1.8, left=56),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "uneven_light", "tilt", "worn"]),
    # The eighth held-out families (made for the eighth round of issue 17, before the reader was
    # run on them): measured in two draws (2222, 2323) and their misses looked at, so development
    # families now. Drawn by render_eighth_front/render_eighth_back. Two capture conditions
    # come with them: a crumpled card (a fold across it, the print displaced and shaded along
    # the crease) and the cold blue cast of a cheap phone camera under LED light.
    # `vernacular`: every label twice, in the issuer's own language (Shona, Zulu, Hausa,
    # Swahili, Twi, Luganda) on one small line and in English on a second under it, both above
    # the value; values in a thin extra-light sans, dates run together as `14MAR87`, the ID
    # number white in a coloured pill and again, small, up the card's left edge; the portrait
    # on the right, its small ghost at the bottom left; fine concentric guilloche rings in two
    # inks with a faint outline of the country behind; the back's MRZ on a white strip.
    # Passports put the passport number in the pill and up the edge.
    "vernacular": dict(
        held_out=False, style="vernacular", header="plain", portrait="right-ghost", background="concentric",
        date="ddMONyy", label_font=(CARLITO, 15), value_font=(EXTRA_LIGHT, 30), title_font=(GOTHIC_DEMI_OBLIQUE, 29),
        order=["surname", "given", "dob+sex", "nationality+expiry"],
        labels=dict(surname="SURNAME", given="GIVEN NAMES", id="IDENTITY NUMBER", dob="DATE OF BIRTH", sex="SEX",
                    expiry="DATE OF EXPIRY", nationality="NATIONALITY", docno="PASSPORT NUMBER",
                    pob="PLACE OF BIRTH", issue="DATE OF ISSUE"),
        card_mrz=dict(pitch=27.0, bottom=616, leading=1.5, left=54),
        passport_mrz=dict(pitch=25.0, bottom=860, leading=1.55, left=40),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "crumpled", "blue_light"]),
    # `trilingual`: a regional-bloc data page (ECOWAS, SADC: English/French/Portuguese; the
    # East African issuers English/French/Arabic): each label in three languages split by
    # slashes on one small oblique line above its value, fields in two columns, values in a
    # condensed (width-squeezed) Century serif, dates `14 MAR/MARS 87` with a two-digit year, a
    # date of issue and an issuing authority besides the fields read, the ID number as the
    # "personal number"; an oval portrait fading into the page on the left, a fine lattice of
    # interlaced sine rosettes behind, the MRZ on its own tinted band, and a laminate whose
    # diffuse glare pales one corner.
    "trilingual": dict(
        held_out=False, style="trilingual", header="centered", portrait="left-oval", background="lattice",
        date="dd MON/MOIS yy", label_font=(NARROW_OBLIQUE, 15), value_font=(CENTURY, 31), title_font=(ROMAN, 30),
        squeeze=0.8,
        labels=dict(surname="Surname", given="Given names", id="Personal No.", dob="Date of birth", sex="Sex",
                    expiry="Date of expiry", nationality="Nationality", docno="Passport No.", issue="Date of issue",
                    authority="Authority", pob="Place of birth", type="Type", code="Code"),
        card_mrz=dict(pitch=27.8, bottom=604, leading=1.62, left=44),
        passport_mrz=dict(pitch=24.6, bottom=852, leading=1.7, left=52),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "crumpled", "blue_light"]),
    # The ninth held-out families (made for the ninth round of issue 17, before the reader was
    # run on them): measured in two draws (2424, 2525) and their misses looked at, so development
    # families now. Drawn by render_ninth_front/render_ninth_back. Their photos are taken on a
    # table or on a wax-print cloth (`surfaces`), and three capture conditions come with them: a
    # phone's flash (a hotspot near the middle, the edges falling off), a cheap phone at night
    # (dim, warm, blotchy colour noise) and, for `photocopy`, a scanner app's black-and-white
    # document mode.
    # `laser`: a polycarbonate card (as Kenya's Maisha Namba or Nigeria's NIN card): the flag's
    # stripes along the top, a roundel and the title in small capitals; each value engraved in
    # grey on a hairline with its small-capital caption in the issuer's colour under the line;
    # light Bookman values with the surname and ID number in a heavier italic; dates `14.03.87`;
    # a greyscale laser portrait on the left with a contact chip and the holder's signature
    # under it, a second small portrait in a rainbow-tinted round window and a QR code on the
    # right, the card number up the right edge; rainbow (iris) printing behind, a fan of fine
    # lines and a faint emblem. The back: date and place of issue, a Data Matrix code, the MRZ
    # on the card itself. Passports: the same captions numbered in discs and in English/French,
    # a personal number, place of birth, date of issue and authority besides the fields read, a
    # ghost image, the passport number perforated up the edge, the MRZ on a band of another
    # colour.
    "laser": dict(
        held_out=False, style="laser", header="plain", portrait="left-laser", background="iris", date="dd.mm.yy",
        label_font=(FREE_SANS_OBLIQUE, 15), value_font=(BOOKMAN_LIGHT, 28), title_font=(PALATINO, 31),
        labels=dict(surname="Surname", given="Given Names", id="National ID No.", dob="Date of Birth", sex="Sex",
                    expiry="Date of Expiry", nationality="Nationality", pob="Place of Birth", issue="Date of Issue",
                    authority="Issuing Authority"),
        passport_labels=dict(type="Type / Type", code="Code / Code", docno="Passport No. / N° du passeport",
                             surname="Surname / Nom", given="Given names / Prénoms", nationality="Nationality / Nationalité",
                             dob="Date of birth / Date de naissance", personal="Personal No. / N° personnel",
                             sex="Sex / Sexe", pob="Place of birth / Lieu de naissance", issue="Date of issue / Délivré le",
                             authority="Authority / Autorité", expiry="Date of expiry / Expire le"),
        card_mrz=dict(pitch=29.2, bottom=614, leading=1.62, left=46),
        passport_mrz=dict(pitch=25.0, bottom=852, leading=1.7, left=50), surfaces=["table", "cloth"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "flash", "night"]),
    # `photocopy`: a certified photocopy of an older paper document (a laminated card or a
    # booklet's data page): the original has a centred serif title between two roundels, a
    # colour portrait with the registrar's round stamp over its corner, labels in serif italics
    # with a colon and a ruled line, the values printed onto the lines by a dot-matrix printer a
    # little out of register; dates `14-Mar-1987`, the passport's labels English/French with its
    # place and date of issue and authority on lines of their own. The copier gives it back in
    # greyscale, pale tints dropped, mid-tones screened, toner specks and sometimes a drum
    # streak, the original a little skew on the sheet; a commissioner of oaths' or notary's
    # rectangular stamp (blue or violet, with the date it was certified) and signature are over
    # the lower fields, never over the MRZ.
    "photocopy": dict(
        held_out=False, style="photocopy", header="centered", portrait="left", background="ruled-tint", date="dd-Mon-yyyy",
        label_font=(LIB_SERIF_ITALIC, 19), value_font=(LIB_MONO, 12), title_font=(CALADEA, 32),
        labels=dict(surname="Surname", given="First names", id="Identity No.", dob="Date of birth", sex="Sex",
                    expiry="Date of expiry", nationality="Citizenship", pob="Place of birth", issue="Date of issue",
                    authority="Issuing authority"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No. / N°", surname="Surname / Nom",
                             given="Given names / Prénoms", nationality="Nationality / Nationalité",
                             dob="Date of birth / Date de naissance", sex="Sex / Sexe", pob="Place of birth / Lieu de naissance",
                             issue="Date of issue / Date de délivrance", authority="Authority / Autorité",
                             expiry="Date of expiry / Date d'expiration"),
        card_mrz=dict(pitch=28.8, bottom=606, leading=1.65, left=50),
        passport_mrz=dict(pitch=24.8, bottom=850, leading=1.75, left=56), surfaces=["table", "cloth"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "flash", "night", "bilevel"]),
    # The tenth held-out families (made for the tenth round of issue 17, before the reader was
    # run on them): measured in two draws (2626, 2727) and their misses looked at, so development
    # families now. Drawn by render_tenth_front/render_tenth_back.
    # `smartcard`: a dense modern polycarbonate card: a header band in the issuer's colour, a
    # contact chip with the ID number large beside it, then up to three fields a row; each label
    # in two languages on one small line over its value (English bold at the left, the issuer's
    # second language in italics at the right: isiNdebele, Afrikaans, French, Swahili), values in
    # a bold condensed sans (Liberation Sans Bold squeezed, narrower still where a value is
    # long), dates `1987.03.14`; a large portrait on the right under an iridescent seal, the
    # holder's signature under it; a diagonal colour gradient with fine waves and an iridescent
    # band. The back: place of birth, issue and authority, a PDF417 code, the MRZ on a ground
    # that fades to white. Passports: the portrait on the left, a ghost image at the top right,
    # the same two-language captions, the MRZ on the faded ground.
    "smartcard": dict(
        held_out=False, style="smartcard", header="band", portrait="right-large", background="holographic",
        date="yyyy.mm.dd", label_font=(NIMBUS_SANS_BOLD, 13), value_font=(LIB_SANS_BOLD, 36),
        title_font=(SANS_BOLD_ITALIC, 30), squeeze=0.78,
        labels=dict(surname="SURNAME", given="GIVEN NAMES", id="NATIONAL ID NO.", dob="DATE OF BIRTH", sex="SEX",
                    expiry="DATE OF EXPIRY", nationality="NATIONALITY", pob="PLACE OF BIRTH", issue="DATE OF ISSUE",
                    authority="AUTHORITY", docno="PASSPORT NO.", type="TYPE", code="COUNTRY CODE"),
        card_mrz=dict(pitch=28.4, bottom=612, leading=1.58, left=60),
        passport_mrz=dict(pitch=24.8, bottom=856, leading=1.62, left=48),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "glare", "hologram", "flash"]),
    # `booklet`: an older paper document (a laminated paper card, a first-generation
    # machine-readable passport page): cream paper in a ruled frame, a faint emblem watermark, an
    # italic serif title; the fields in a register: their numbers in a column of their own behind
    # a double rule, the label after the number (on passports English over French in italics),
    # the value typed on the row with a manual typewriter (Courier-like bold, each letter a
    # little high or low, pressed harder or softer), a rule under each row; dates `14/03/87`; a
    # mounted photo (on the right of the card, the left of the page) with a dry seal embossed
    # over its corner; an office's oval rubber stamp with the date of issue in violet partly over
    # the last rows; the MRZ lines set wide apart. The card's back: more typed rows, the
    # registrar's signature and the MRZ.
    "booklet": dict(
        held_out=False, style="booklet", header="centered", portrait="right-mounted", background="frame", date="dd/mm/yy",
        label_font=(LIB_SERIF, 16), value_font=(FREE_MONO_BOLD, 26), title_font=(CENTURY_ITALIC, 32),
        labels=dict(surname="Surname", given="Other names", id="Identity No.", dob="Date of birth", sex="Sex",
                    expiry="Valid until", nationality="Citizenship", pob="Place of birth", issue="Date of issue",
                    authority="Issuing office", origin="District of origin"),
        passport_labels=dict(type=("Type", "Type"), code=("Code of issuing State", "Code de l'État émetteur"),
                             docno=("Passport No.", "N° du passeport"), surname=("Surname", "Nom"),
                             given=("Given names", "Prénoms"), nationality=("Nationality", "Nationalité"),
                             dob=("Date of birth", "Date de naissance"), sex=("Sex", "Sexe"),
                             pob=("Place of birth", "Lieu de naissance"), issue=("Date of issue", "Date de délivrance"),
                             authority=("Authority", "Autorité"), expiry=("Date of expiry", "Date d'expiration")),
        card_mrz=dict(pitch=27.2, bottom=600, leading=1.95, left=64),
        passport_mrz=dict(pitch=24.4, bottom=846, leading=2.0, left=66), surfaces=["table", "cloth"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "uneven_light", "colour_cast", "night"]),
    # The eleventh held-out families (made for the eleventh round of issue 17): measured in two
    # draws (2828, 2929), development families from the twelfth round on. Drawn by
    # document_families_eleventh.py. Three capture conditions come
    # with them: a lamp's specular reflection on the laminate (a small hard-edged white blob
    # with a second smaller one beside it and a bloom round both), a card tilted away from the
    # camera with its far end out of focus (depth of field), and the sheen of a plastic sleeve
    # or laminate (a broad band across the photo where contrast fades and a bright streak runs
    # along its edge).
    # `polycarbonate`: a modern polycarbonate card or data page: a dark header strip in the
    # issuer's colour with a drawn coat of arms (shield, crest star, two palm supporters, a
    # motto ribbon) in gold, the title in a narrow bold oblique, the flag's colours under it;
    # each caption twice, stacked: English in small capitals over the issuer's own language in
    # small obliques (Chichewa, Sesotho, Yoruba, Swahili, Ewe, Luganda), the value under them in
    # a laser-engraved monospaced sans (DejaVu Sans Mono), dates `14 MAR 1987`; a colour
    # portrait with rounded corners on the left, the signature under it, the ID number large
    # along the bottom; a ghost portrait made of fine horizontal lines and an iridescent
    # patch with the arms on the right; behind, fine wavy hairlines whose phase shifts inside a
    # large hidden coat of arms, and rules of microtext. The back: date of issue and authority,
    # a row of icons (the e-document symbol, a fingerprint, the chip, contactless waves, tactile
    # dots), a linear barcode with the card number, the MRZ on a clear ground. Photographed on a
    # table or a terrazzo counter.
    "polycarbonate": dict(
        held_out=False, style="polycarbonate", header="strip", portrait="left-rounded", background="latent",
        date="dd MON yyyy", label_font=(CARLITO_BOLD, 15), value_font=(SANS_MONO, 28),
        title_font=(NARROW_BOLD_OBLIQUE, 31),
        labels=dict(surname="Surname", given="Given Names", id="National ID Number", dob="Date of Birth", sex="Sex",
                    expiry="Date of Expiry", nationality="Nationality", pob="Place of Birth", issue="Date of Issue",
                    authority="Issuing Authority", docno="Passport No.", cardno="Card No.", type="Type",
                    code="Country Code"),
        card_mrz=dict(pitch=28.0, bottom=610, leading=1.68, left=66),
        passport_mrz=dict(pitch=24.6, bottom=856, leading=1.72, left=46), surfaces=["table", "terrazzo"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "specular", "tilt_blur"]),
    # `wallet`: a document kept in a leather wallet: a card photographed in the wallet's clear
    # window (the leather over three of its edges, stitching round the window and the wallet)
    # or, for its back, lying askew on the open wallet over its card slots; a passport open in a
    # leather passport cover (the facing observations page above the spine, the cover's sleeves
    # round the booklet). The page: a pale ground of fine wavy vertical hairlines with the
    # country's name large and diagonal as a watermark, an italic serif title, a laminate sheen
    # across it (a bright diagonal band showing the laminate's repeated emblems); the portrait
    # on the LEFT with the holder's signature under it; the fields numbered, `1. Surname / Nom`,
    # English / French labels in Bookman light italics over typewriter values (Courier regular,
    # Nimbus Mono PS), dates `14-MAR-87`; the MRZ lines set closer than on any other family.
    "wallet": dict(
        held_out=False, style="wallet", header="left", portrait="left-signed", background="watermark", date="dd-MON-yy",
        label_font=(BOOKMAN_LIGHT_ITALIC, 15), value_font=(MONO_PS, 31), title_font=(CENTURY_BOLD_ITALIC, 30),
        labels=dict(surname="Surname / Nom", given="Given names / Prénoms", id="ID number / N° d'identité",
                    dob="Date of birth / Date de naissance", sex="Sex / Sexe", expiry="Date of expiry / Date d'expiration",
                    nationality="Nationality / Nationalité", pob="Place of birth / Lieu de naissance",
                    issue="Date of issue / Date de délivrance", authority="Authority / Autorité",
                    cardno="Card No. / N° de la carte", docno="Passport No. / N° du passeport", type="Type / Type",
                    code="Code / Code"),
        card_mrz=dict(pitch=27.6, bottom=604, leading=1.45, left=58),
        passport_mrz=dict(pitch=24.8, bottom=852, leading=1.45, left=52),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "sheen", "tilt_blur"]),
    # The twelfth held-out families (made for the twelfth round of issue 17): measured in two
    # draws (3030, 3131), development families from the thirteenth round on. Drawn by
    # document_families_twelfth.py. Their photos are taken on a table
    # or on a bed's printed cotton sheet (small flowers and leaves, soft folds), and three
    # capture conditions come with them: a photo sent through a chat app from a cheap phone
    # (scaled down to about 1000 px and JPEGed twice, hard), a rolling shutter (the phone swung
    # while its sensor read the rows: the rows slide sideways, the document leans, with a small
    # wobble) and a dim room's sensor noise under the phone's heavy noise reduction (median
    # smear, colour bled, then oversharpened).
    # `vertical`: an upright (portrait) card, 54 x 86 mm standing: a dark band across the top
    # with the gold arms, the title and `NATIONAL IDENTITY CARD` centred, the flag's colours
    # under it; the portrait in a white frame in the middle, a contact chip to its left and a
    # faint greyscale ghost to its right; every field centred in the column below: its label in
    # small letter-spaced capitals over the value (`LAST NAME`, `FIRST NAME(S)`, `D.O.B.`,
    # `CITIZEN OF`, `CARD EXPIRY`, `PERSONAL IDENTITY NO.`), the birth date and sex side by
    # side, then the citizenship and expiry, the ID number last in bold; values in Open
    # Sans Semibold (the surname larger in bold), dates `14.MAR.1987`; the holder's signature
    # and a dark band with the card number along the bottom; a duotone ground (the issuer's
    # tint at the top turning to a pale gold at the bottom) with spirograph rosettes behind the
    # portrait. The back is printed across (landscape): birthplace, date of issue and authority
    # centred in three cells, a QR code, the notice, the MRZ on a clear ground, set wider than
    # most. Passports: a dark band up the left edge with `PASSPORT · PASSEPORT` up it, the
    # portrait on the left, the fields centred in the cells of a three-column grid.
    "vertical": dict(
        held_out=False, style="vertical", header="band-centred", portrait="top-centre", background="duotone-rosette",
        date="dd.MON.yyyy", label_font=(OPEN_REGULAR, 15), value_font=(OPEN_SEMIBOLD, 26),
        title_font=(OPEN_EXTRABOLD, 27),
        labels=dict(surname="LAST NAME", given="FIRST NAME(S)", id="PERSONAL IDENTITY NO.", dob="D.O.B.", sex="SEX",
                    expiry="CARD EXPIRY", nationality="CITIZEN OF", pob="BIRTHPLACE", issue="ISSUED",
                    authority="ISSUED BY", cardno="CARD NO."),
        passport_labels=dict(type="TYPE", code="STATE", docno="PASSPORT NO.", surname="LAST NAME",
                             given="FIRST NAME(S)", nationality="CITIZEN OF", dob="D.O.B.", sex="SEX",
                             pob="BIRTHPLACE", issue="ISSUED", expiry="EXPIRES", authority="ISSUED BY"),
        card_mrz=dict(pitch=29.6, bottom=606, leading=1.5, left=44),
        passport_mrz=dict(pitch=25.3, bottom=850, leading=1.84, left=40), surfaces=["table", "bedsheet"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "reupload", "rolling_shutter"]),
    # `grid`: a form-like card: the title in a bold italic roman with `National Identity Card`
    # under it, a small flag at the right, a double rule; the portrait on the left with the
    # signature under it; every value in a white box with rounded corners, its label to the
    # LEFT with a colon in a bold italic sans (`Surname:`, `Given name(s):`, `Date of birth:`,
    # `Gender:`, `Nationality:`, `Expiry date:`, `Identity Card No.:`, `Card serial:`), the
    # boxes in a grid, two a row where the values are short; values in DejaVu Serif Condensed,
    # dates `14-03-87`; a topographic ground (contour lines of a random relief, every fifth
    # heavier) over a two-colour wash, microtext along the bottom. The back: birthplace, date of
    # issue and authority in boxes, a thumbprint in a frame, the flag, a PDF417 code, the MRZ
    # on a clear ground. Passports: the same, labels English / French (`Surname / Nom:`), the
    # type, code and passport number in three small boxes on the first row.
    "grid": dict(
        held_out=False, style="grid", header="left-flag", portrait="left-boxed", background="contours", date="dd-mm-yy",
        label_font=(LIB_SANS_BOLD_ITALIC, 15), value_font=(SERIF_CONDENSED, 25), title_font=(ROMAN_BOLD_ITALIC, 32),
        labels=dict(surname="Surname", given="Given name(s)", id="Identity Card No.", dob="Date of birth", sex="Gender",
                    expiry="Expiry date", nationality="Nationality", pob="Born at", issue="Issued on",
                    authority="Issuing office", cardno="Card serial"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No. / N°", surname="Surname / Nom",
                             given="Given names / Prénoms", nationality="Nationality / Nationalité", sex="Sex / Sexe",
                             dob="Date of birth / Né(e) le", pob="Place of birth / Lieu", issue="Issued / Délivré le",
                             expiry="Expires / Expire le", authority="Authority / Autorité"),
        card_mrz=dict(pitch=27.2, bottom=598, leading=1.76, left=62),
        passport_mrz=dict(pitch=24.2, bottom=842, leading=1.56, left=58), surfaces=["table", "bedsheet"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "reupload", "denoise_smear"]),
    # The thirteenth held-out families (made for the thirteenth round of issue 17): measured in
    # two draws (3232, 3333), development families from the fourteenth round on. Drawn by
    # document_families_thirteenth.py. Their photos are taken on
    # a table or on a woven palm-leaf mat (straw strips over two and under two, a dyed strip every
    # few, the mat at an angle), and three capture conditions come with them: a bright window
    # behind the camera to one side (a veil of pale light over that side of the frame, faint
    # shadows of the window's bars in it, the rest a little underexposed), a greasy thumbprint
    # on the lens (a hazy glow smeared along one direction over part of the frame) and the
    # flicker of fluorescent tubes on 50 Hz mains (broad soft dark and light bands across the
    # sensor's rows, a green cast).
    # `sidenote`: every value FIRST, its labels after it on the right, small, all lowercase and
    # in two languages stacked (English over the issuer's second language: Shona, isiXhosa,
    # Igbo, Swahili or, for Ghana, French; `surname` over `ifani`), their top at the value's
    # cap height; values in Roboto Slab Bold (a slab serif), dates `14 SEPTEMBER 1987` (the
    # month written out in capitals), the sex as a word; the ID number first in the issuer's
    # deep colour, then surname, given names, birth date, expiry and nationality with the sex
    # beside it; the portrait on the RIGHT in a thin frame with the signature and the card
    # number under it, a coat of arms at the top right, the flag's colours as a row of short
    # dashes under the title; a pale ground woven like strip cloth (kente: bands of blocks,
    # zigzags and ladders in two soft tints, fine warp threads) with a faint coat of arms. The
    # back: birthplace, date of issue and authority the same way, a QR code, a lowercase notice,
    # a thumbprint, the MRZ on a clear band, its characters set wider than on any other card.
    # Passports: the same, labels English over French (`surname` over `nom`), two or three
    # fields a row, the portrait on the right.
    "sidenote": dict(
        held_out=False, style="sidenote", header="left-arms", portrait="right-framed", background="strip-cloth",
        date="dd MONTHCAPS yyyy", label_font=(ANDIKA_ITALIC, 14), value_font=(SLAB_BOLD, 27),
        title_font=(SLAB_BOLD, 30), sex_words=True,
        labels=dict(surname="surname", given="given names", id="national id no.", dob="date of birth", sex="sex",
                    expiry="date of expiry", nationality="nationality", pob="place of birth", issue="date of issue",
                    authority="issuing authority", cardno="card no."),
        passport_labels=dict(type="type", code="code", docno="passport no.", surname="surname", given="given names",
                             nationality="nationality", sex="sex", dob="date of birth", pob="place of birth",
                             issue="date of issue", expiry="date of expiry", authority="authority"),
        card_mrz=dict(pitch=30.2, bottom=624, leading=1.5, left=40),
        passport_mrz=dict(pitch=25.9, bottom=858, leading=1.62, left=34), surfaces=["table", "mat"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "window_glare", "lens_smudge"]),
    # `foil`: the portrait printed to the card's LEFT edge without a frame, fading into the
    # ground along its right and bottom edges; the title and `national identity card` flush
    # right at the top; every field flush RIGHT against the right margin (ragged on the left),
    # its label in small lowercase Andika over the value (`surname`, `given names`, `date of
    # birth`, `sex`, `nationality`, `date of expiry`, `national identification number`), two a
    # row where short, the rightmost field at the margin and the one before it to its left;
    # values in Andika Bold (a humanist sans), the surname larger, the ID number last, large, in
    # the issuer's deep colour; dates `4/3/1987` (day and month without leading zeros); a
    # laminate kinegram (a translucent diffractive stripe of shifting rainbow colours with fine
    # lines and small roundels) running up across the fields; a ground of two families of fine
    # hairlines a few degrees apart (a soft moiré) over the issuer's tint warming to cream. The
    # back: birthplace, date of issue and authority flush right, a Data Matrix code and a
    # lowercase notice on the left, a narrower stripe clear of the MRZ, the MRZ on a clear band,
    # indented further than on any other card. Passports: the same, labels `surname / nom`, up
    # to three fields a row, the MRZ lines set wide apart.
    "foil": dict(
        held_out=False, style="foil", header="right", portrait="left-bleed", background="moire", date="d/m/yyyy",
        label_font=(ANDIKA, 15), value_font=(ANDIKA_BOLD, 27), title_font=(ANDIKA_BOLD, 29),
        labels=dict(surname="surname", given="given names", id="national identification number", dob="date of birth",
                    sex="sex", expiry="date of expiry", nationality="nationality", pob="place of birth",
                    issue="date of issue", authority="issuing authority", cardno="card no."),
        passport_labels=dict(type="type / type", code="code / code", docno="passport no. / n° du passeport",
                             surname="surname / nom", given="given names / prénoms",
                             nationality="nationality / nationalité", sex="sex / sexe",
                             dob="date of birth / date de naissance", pob="place of birth / lieu de naissance",
                             issue="date of issue / délivré le", expiry="date of expiry / expire le",
                             authority="authority / autorité"),
        card_mrz=dict(pitch=28.6, bottom=596, leading=1.72, left=72),
        passport_mrz=dict(pitch=25.2, bottom=848, leading=1.9, left=60), surfaces=["table", "mat"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "window_glare", "flicker"]),
    # The fourteenth held-out families (made for the fourteenth round of issue 17): measured in
    # two draws (3434, 3535) and their misses looked at, development families from the fifteenth
    # round on. Drawn by document_families_fourteenth.py. Their photos are taken on
    # a table or on an open newspaper (columns of small body text under bold headlines, halftone
    # photos, the page at an angle with a fold across it), and three capture conditions come
    # with them: a photo taken outdoors under a tree (round flecks of warm sunlight with soft
    # edges over a bluish shade), a cheap lens's chromatic aberration (the red and blue images a
    # little larger and smaller than the green, so colour fringes grow towards the corners, a
    # purple fringe on dark print next to bright ground, soft darker corners) and a phone's
    # night mode merging its frames out of line (a faint second copy of everything a few pixels
    # off, stronger towards one side).
    # `split`: the portrait in the MIDDLE of the card in an arched window (a round top), framed
    # by three thin arches in the flag's colours, the holder's signature under it; the fields
    # split to its left and right, each column flush AGAINST the portrait (the left one ragged
    # on its left, the right one ragged on its right): each label a white capital caption on a
    # rounded tab of the issuer's colour over its value (`SURNAME`, `GIVEN NAMES`,
    # `NATIONALITY`, `SEX` on the left; `IDENTITY NO.`, `DATE OF BIRTH`, `DATE OF EXPIRY`, `CARD
    # NO.` on the right, the ID number larger in the issuer's deep colour); values in Quicksand
    # Bold (a rounded geometric sans), dates `SEP 14 1987` (month first, no comma); the title
    # and `NATIONAL IDENTITY CARD` centred, a coat of arms at the top left and a roundel at the
    # top right, the flag's colours as a ribbon along the bottom edge; a pale ground stamped like
    # adinkra cloth (squares marked off by comb-drawn bands of four wavy lines, a symbol stamped
    # in each: rings, a cross of circles, a double spiral, a nested diamond or a ladder, one a
    # row). The back: a QR code in the middle with birthplace and date of issue flush against it
    # on the left and the authority on the right, the notice centred, the MRZ on a clear band.
    # Passports: the same, labels English / French on the tabs, type and code side by side.
    "split": dict(
        held_out=False, style="split", header="centred-arms", portrait="centre-arched", background="adinkra",
        date="MON dd yyyy", label_font=(QUICKSAND_BOLD, 13), value_font=(QUICKSAND_BOLD, 27),
        title_font=(QUICKSAND_BOLD, 31),
        labels=dict(surname="SURNAME", given="GIVEN NAMES", id="IDENTITY NO.", dob="DATE OF BIRTH", sex="SEX",
                    expiry="DATE OF EXPIRY", nationality="NATIONALITY", pob="PLACE OF BIRTH", issue="DATE OF ISSUE",
                    authority="ISSUING AUTHORITY", cardno="CARD NO."),
        passport_labels=dict(type="TYPE / TYPE", code="CODE / CODE", docno="PASSPORT NO. / N° DU PASSEPORT",
                             surname="SURNAME / NOM", given="GIVEN NAMES / PRÉNOMS",
                             nationality="NATIONALITY / NATIONALITÉ", sex="SEX / SEXE",
                             dob="DATE OF BIRTH / DATE DE NAISSANCE", pob="PLACE OF BIRTH / LIEU DE NAISSANCE",
                             issue="DATE OF ISSUE / DÉLIVRÉ LE", expiry="DATE OF EXPIRY / EXPIRE LE",
                             authority="AUTHORITY / AUTORITÉ"),
        card_mrz=dict(pitch=28.8, bottom=608, leading=1.6, left=58),
        passport_mrz=dict(pitch=25.0, bottom=854, leading=1.7, left=48), surfaces=["table", "newspaper"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "dappled", "ghost"]),
    # `zebra`: one field a row across the card on alternating bands (a deeper tint of the
    # issuer's colour, then near white; a short bar of the issuer's colour at each band's left
    # end), as on a statement: the label at the band's LEFT end in the issuer's language first
    # with English in brackets after it (`Isibongo (Surname)`, `Sunan iyali (Surname)`; the
    # languages isiNdebele, isiZulu, Hausa, Swahili, Twi and Luganda) in DejaVu Serif Condensed
    # Italic, the value flush RIGHT at the band's other end, far from its label where the label
    # is short; values in a condensed monospace (B612 Mono Bold squeezed to four fifths), dates
    # `1987 SEP 14` (year first), the ID number (a passport's number) in the issuer's deep
    # colour; the title at the top left in B612 Bold with the card's name in the issuer's
    # language and English under it, a small flag at the top right, a double rule; the portrait
    # on the LEFT with the signature under it; a pale mosaic of triangles (squares cut on a
    # diagonal, the halves in slightly different tints, fine pale seams) behind. The back:
    # birthplace, date of issue and authority on bands, the notice and an Aztec code under them,
    # the MRZ on a clear band. Passports: twelve bands from type to authority.
    "zebra": dict(
        held_out=False, style="zebra", header="left-flag", portrait="left-framed", background="mosaic",
        date="yyyy MON dd", label_font=(SERIF_CONDENSED_ITALIC, 16), value_font=(B612_BOLD, 29),
        title_font=(B612_TITLE, 28),
        labels=dict(surname="Surname", given="Given names", id="ID number", dob="Date of birth", sex="Sex",
                    expiry="Date of expiry", nationality="Nationality", pob="Place of birth", issue="Date of issue",
                    authority="Issuing authority", cardno="Card number"),
        passport_labels=dict(type="Type", code="Country code", docno="Passport number", surname="Surname",
                             given="Given names", nationality="Nationality", sex="Sex", dob="Date of birth",
                             pob="Place of birth", issue="Date of issue", expiry="Date of expiry",
                             authority="Authority"),
        card_mrz=dict(pitch=29.0, bottom=604, leading=1.66, left=50),
        passport_mrz=dict(pitch=25.4, bottom=850, leading=1.68, left=44), surfaces=["table", "newspaper"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "dappled", "chromatic"]),
    # The fifteenth held-out families (made for the fifteenth round of issue 17): measured in
    # two draws (3636, 3737) in the eighteenth round and looked at since (their dates worked
    # on), development families now. Drawn by document_families_fifteenth.py. Their photos are taken on
    # a table or on an open laptop's keyboard (chiclet keys with their letters and figures round
    # the document, the trackpad below, the hinge and the screen's dark edge above, the laptop
    # at an angle and a little out of focus), and three capture conditions come with them: a
    # phone's ultra-wide lens held close (barrel distortion: the document's straight edges bow
    # outwards, the middle magnified most, soft dark corners), the sun or a lamp just outside
    # the frame (a warm veil of light from that side, contrast faded over the whole frame, a
    # chain of tinted hexagonal ghosts across it) and a digital zoom (a small crop of the
    # sensor enlarged to the full frame: soft and blocky, oversharpened halos, the grain
    # enlarged with it).
    # `fullname`: the names as Kenya's second-generation card prints them: ONE field, `FULL
    # NAMES`, the surname first and the given names after it (`OTIENO BRIAN KEVIN`), no
    # separate surname and given-name fields; the first row the card's `SERIAL NUMBER` in red
    # letterpress figures (its document number, the one its back's MRZ carries; a Zimbabwean
    # card, without an MRZ, has a nine-digit serial of its own, which is not its ID number)
    # beside the `ID NUMBER` large in a ruled box; then label over value in two columns: `DATE
    # OF BIRTH`, `SEX` (a word), `NATIONALITY`, `DISTRICT OF BIRTH`, `DATE OF ISSUE`, `DATE OF
    # EXPIRY`, and `PLACE OF ISSUE` (the authority) under them; labels in small PT Sans Caption
    # capitals, values in PT Sans Narrow Bold (a condensed grotesque), dates `14th September
    # 1987` (the day an ordinal without a leading zero, its suffix raised and small as a word
    # processor sets it, the month written out in title case); the coat of arms at the top left
    # with the title beside it, the flag's colours as fine rules under them; the portrait on the
    # LEFT in a thin frame with the holder's signature over `HOLDER'S SIGN.` under it; a pale
    # ground engraved with a landscape (a sun's rays, a far mountain, ranges of hatched hills,
    # flat-topped acacias), a line of microprint along the bottom. The back: a right thumbprint
    # in a frame; district of birth, place and date of issue as `LABEL: value` rows; the
    # notice, a linear barcode with the serial under it, the MRZ on a clear band. Passports: the
    # same, labels English / French (`FULL NAMES / NOMS ET PRÉNOMS`), type and code side by side
    # and the passport number boxed on the first row, a personal number (the holder's national
    # ID number, not a field read) beside the authority.
    "fullname": dict(
        held_out=False, style="fullname", header="left-arms", portrait="left-framed", background="landscape",
        date="Dth Month yyyy", label_font=(PT_CAPTION, 14), value_font=(PT_NARROW_BOLD, 30),
        title_font=(PT_SANS_BOLD, 30), sex_words=True,
        labels=dict(serial="SERIAL NUMBER", id="ID NUMBER", full="FULL NAMES", dob="DATE OF BIRTH", sex="SEX",
                    nationality="NATIONALITY", pob="DISTRICT OF BIRTH", issue="DATE OF ISSUE", expiry="DATE OF EXPIRY",
                    authority="PLACE OF ISSUE", sign="HOLDER'S SIGN.", thumb="RIGHT THUMB"),
        passport_labels=dict(type="TYPE / TYPE", code="CODE / CODE", docno="PASSPORT NO. / N° DU PASSEPORT",
                             full="FULL NAMES / NOMS ET PRÉNOMS", nationality="NATIONALITY / NATIONALITÉ",
                             sex="SEX / SEXE", dob="DATE OF BIRTH / DATE DE NAISSANCE",
                             pob="PLACE OF BIRTH / LIEU DE NAISSANCE", issue="DATE OF ISSUE / DATE DE DÉLIVRANCE",
                             expiry="DATE OF EXPIRY / DATE D'EXPIRATION", authority="AUTHORITY / AUTORITÉ",
                             personal="PERSONAL NO. / N° PERSONNEL", sign="HOLDER'S SIGNATURE / SIGNATURE DU TITULAIRE"),
        card_mrz=dict(pitch=29.4, bottom=612, leading=1.58, left=52),
        passport_mrz=dict(pitch=25.6, bottom=856, leading=1.64, left=42), surfaces=["table", "keyboard"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "barrel", "zoom"]),
    # `turned`: every field in a hairline cell of its own, its label turned a quarter to read
    # UPWARDS in a narrow tinted strip at the cell's left (wrapped at words into two or three
    # short lines side by side where long: `DATE OF` / `BIRTH`), the value across the rest of
    # the cell in Lato Heavy; the cells in rows on the left (surname; given names; birth date
    # and sex; nationality and expiry; the ID number in the issuer's deep colour beside the card
    # number), dates `14.IX.1987` (the month in Roman numerals); the title centred in letter-
    # spaced capitals between the coat of arms and a small flag; a guilloche rope border (two
    # sine cords plaited between two rules, a rosette at each corner) round the card, a pale
    # basketweave of fine hairlines (squares hatched across and upright by turns) behind; the
    # portrait on the RIGHT in a thin frame with the signature under it, a line of microprint
    # along the bottom. The back: birthplace, date of issue and authority in turned-label
    # cells, a right thumbprint in a cell of its own, a QR code, the notice, the border round
    # the upper part only, the MRZ on a clear band. Passports: the same, the portrait on the
    # left, each strip English in bold and French in italics (`SURNAME` / `NOM`), type, code and
    # the passport number on the first row, the authority on the last.
    "turned": dict(
        held_out=False, style="turned", header="centred-flag", portrait="right-framed", background="basketweave",
        date="dd.ROMAN.yyyy", label_font=(LATO_BOLD, 11), value_font=(LATO_HEAVY, 28), title_font=(LATO_HEAVY, 26),
        labels=dict(surname="SURNAME", given="GIVEN NAMES", id="NATIONAL ID NO.", dob="DATE OF BIRTH", sex="SEX",
                    expiry="DATE OF EXPIRY", nationality="NATIONALITY", pob="PLACE OF BIRTH", issue="DATE OF ISSUE",
                    authority="ISSUING AUTHORITY", cardno="CARD NO.", thumb="RIGHT THUMB"),
        passport_labels=dict(type=("TYPE", "TYPE"), code=("CODE", "CODE"), docno=("PASSPORT NO.", "N° DU PASSEPORT"),
                             surname=("SURNAME", "NOM"), given=("GIVEN NAMES", "PRÉNOMS"),
                             nationality=("NATIONALITY", "NATIONALITÉ"), sex=("SEX", "SEXE"),
                             dob=("DATE OF BIRTH", "DATE DE NAISSANCE"), pob=("PLACE OF BIRTH", "LIEU DE NAISSANCE"),
                             issue=("DATE OF ISSUE", "DÉLIVRÉ LE"), expiry=("DATE OF EXPIRY", "EXPIRE LE"),
                             authority=("AUTHORITY", "AUTORITÉ")),
        card_mrz=dict(pitch=27.8, bottom=604, leading=1.7, left=70),
        passport_mrz=dict(pitch=25.1, bottom=846, leading=1.78, left=62), surfaces=["table", "keyboard"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "flare", "zoom"]),
    # The sixteenth held-out families (made for the sixteenth round of issue 17): measured in
    # two draws (3838, 3939) in the nineteenth round and looked at since, development families
    # now. Drawn by document_families_sixteenth.py. Their photos are taken on
    # a table or on a checked (gingham) vinyl tablecloth (squares of a colour where its bands
    # cross, half tints where one runs, a sheen on the plastic, soft creases, the cloth at an
    # angle), and two capture conditions come with them: the photo shown on a laptop's or
    # another phone's screen and photographed from it (the screen's cool white and lifted
    # blacks, its pixel grid, a moiré of coloured bands, a window's faint reflection, the screen
    # a little slanted in its dark bezel) and the phone camera's own marks stamped on the photo
    # (a `Shot on TECNO SPARK 10 Pro` / `AI DUAL CAMERA` watermark at the bottom left, a
    # timestamp app's date and time `2026/11/21 14:32` in orange at the bottom right, or both).
    # `mirrored`: every row in two scripts, as Sudan's, Mauritania's or Morocco's cards print
    # them: the English label over the Latin value from the LEFT edge of the fields, the Arabic
    # label over the Arabic value from the RIGHT edge, mirrored (the surname and given names
    # transliterated into Arabic letters, the dates again in Arabic-Indic digits `١٤/٠٩/١٩٨٧`,
    # the sex `ذكر` / `أنثى` and the nationality as Arabic words), a hairline under each row;
    # rows: surname; given names; date of birth; sex and nationality side by side; date of
    # expiry; the ID number large in the issuer's deep colour in the middle of a pale band along
    # the bottom, `National ID No.` at its left end and `الرقم الوطني` at its right; Latin labels
    # and values in OSP-DIN (a condensed DIN 1451 face), Arabic in Amiri, dates `14.09.1987`;
    # the title in Latin at the top left and in Arabic at the top right with the arms between
    # them, a double rule under them, the flag's colours along the top edge; the portrait on the
    # LEFT in a thin frame under a round holographic seal (rainbow bands, an eight-pointed star)
    # over its corner, the signature under it captioned in both scripts; a pale ground of Islamic
    # geometric ornament (eight-pointed stars of two squares, small diamonds between); a line of
    # microprint alternating the country's name in Latin and Arabic. The back: birthplace, date
    # of issue and authority in mirrored rows, the card number with a bilingual label
    # (`Card No. / رقم البطاقة`), a QR code, the notice in English and in Arabic side by side,
    # the MRZ on a clear band. Passports: the same, `PASSPORT` / `جواز سفر`, type, code and the
    # passport number with bilingual labels on the first row, nine fields in seven mirrored rows
    # under it.
    "mirrored": dict(
        held_out=False, style="mirrored", header="mirrored", portrait="left-sealed", background="arabesque",
        date="dd.mm.yyyy", label_font=(OSP_DIN, 16), value_font=(OSP_DIN, 31), title_font=(OSP_DIN, 32),
        labels=dict(surname="Surname", given="Given names", id="National ID No.", dob="Date of birth", sex="Sex",
                    nationality="Nationality", expiry="Date of expiry", pob="Place of birth", issue="Date of issue",
                    authority="Issuing authority", cardno="Card No.", sign="Holder's signature"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname", given="Given names",
                             nationality="Nationality", sex="Sex", dob="Date of birth", pob="Place of birth",
                             issue="Date of issue", expiry="Date of expiry", authority="Authority",
                             sign="Holder's signature"),
        arabic_labels=dict(surname="اللقب", given="الاسم", id="الرقم الوطني", dob="تاريخ الميلاد", sex="الجنس",
                           nationality="الجنسية", expiry="تاريخ الانتهاء", pob="مكان الميلاد", issue="تاريخ الإصدار",
                           authority="جهة الإصدار", cardno="رقم البطاقة", docno="رقم الجواز", type="النوع",
                           code="الرمز", sign="توقيع الحامل"),
        card_mrz=dict(pitch=28.4, bottom=610, leading=1.62, left=60),
        passport_mrz=dict(pitch=25.3, bottom=852, leading=1.74, left=50), surfaces=["table", "tablecloth"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "screen", "camera_watermark"]),
    # `middlename`: the names in THREE fields, as Tanzania's NIDA card and Nigeria's NIN slip
    # print them: `FIRST NAME` and `MIDDLE NAME` side by side on the first row (the middle name
    # the holder's other given names, its field left empty under the label where there are
    # none), `SURNAME` under them; the values in TITLE CASE (`Brian`, `Kevin`, `Otieno`, the sex
    # `Male` / `Female`, the nationality `Kenyan`; the issuers printing a code, `RSA`, `NGA`,
    # `UGA`, keep it in capitals) in Inter SemiBold under small letter-spaced Inter capitals,
    # dates `4 Sep 1987` (the day without a leading zero, the month abbreviated in title case);
    # the ID number NOT among the fields but large in white at the right end of the header band
    # in the issuer's deep colour, under `NATIONAL ID NUMBER`, the arms and the title in white at
    # the band's left, the flag's colours as a thin stripe under it; then birth date and sex,
    # nationality and expiry, card number and date of issue, place of birth, two a row; the
    # portrait on the RIGHT with rounded corners in a white mount, the signature under it; a pale
    # ground painted like bogolan (mud cloth: registers of hand-drawn dots, zigzags, crosses,
    # ringed dots, ladders and diamonds between double lines). The card is ID-2 size (105 x 74
    # mm, larger than the ID-1 cards of every other family) and its back carries a TWO-line MRZ
    # of 36 characters (ICAO TD2, make-documents.py writes it from the same identity) under
    # birthplace, date of issue and authority, a QR code, the notice and a linear barcode.
    # Passports: the passport number at the band's right end, the portrait on the left, type,
    # code and nationality, first and middle name, surname, then the other fields, TD3 as ever.
    "middlename": dict(
        held_out=False, style="middlename", header="band-number", portrait="right-rounded", background="bogolan",
        date="d Mon yyyy", label_font=(INTER_MEDIUM, 13), value_font=(INTER_SEMIBOLD, 30), title_font=(INTER_BOLD, 28),
        card_mrz_format="td2",
        labels=dict(first="FIRST NAME", middle="MIDDLE NAME", surname="SURNAME", id="NATIONAL ID NUMBER",
                    dob="DATE OF BIRTH", sex="SEX", nationality="NATIONALITY", expiry="DATE OF EXPIRY",
                    issue="DATE OF ISSUE", pob="PLACE OF BIRTH", authority="ISSUED BY", cardno="CARD NUMBER",
                    sign="HOLDER'S SIGNATURE", scan="SCAN TO VERIFY"),
        passport_labels=dict(type="TYPE", code="COUNTRY CODE", nationality="NATIONALITY", first="FIRST NAME",
                             middle="MIDDLE NAME", surname="SURNAME", dob="DATE OF BIRTH", sex="SEX",
                             pob="PLACE OF BIRTH", issue="DATE OF ISSUE", expiry="DATE OF EXPIRY",
                             authority="AUTHORITY", docno="PASSPORT NUMBER", sign="HOLDER'S SIGNATURE"),
        card_mrz=dict(pitch=25.6, bottom=712, leading=1.7, left=62),
        passport_mrz=dict(pitch=25.0, bottom=850, leading=1.76, left=56), surfaces=["table", "tablecloth"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "screen", "camera_watermark"]),
    # The seventeenth held-out families (made for the seventeenth round of issue 17): measured
    # in two draws (4040, 4141) in the twentieth round and looked at since, development families
    # now. Drawn by document_families_seventeenth.py. Their photos are
    # taken on a table or on the holder's lap, on blue jeans (indigo twill with the white weft
    # showing between its diagonal ribs, faded whiskers, a felled seam with two rows of gold
    # top-stitching, soft folds, the cloth at an angle), and two capture conditions come with
    # them: a fold line across the document (folded in half, sometimes in four: a soft dark
    # valley along the line with a bright ridge beside it, the print pulled a pixel or three
    # either side of it, one face turned a little from the light, the ink cracked pale along it
    # here and there) and a photo forwarded through chat apps (scaled down to about 640 pixels
    # wide and JPEG-compressed twice at a low quality).
    # `inverse`: an ID-1 polycarbonate card printed light on dark over its whole front: a deep
    # navy, black or dark green body (the same on both sides) under a security pattern a little
    # darker than it (bundles of sine cords, a large rosette of looped curves) and faint lighter
    # hairlines; captions in small letter-spaced light-grey capitals, English and the issuer's
    # second language as `smartcard` prints it (`SURNAME / ISIBONGO`, `SURNAME / VAN`, `DATE OF
    # BIRTH / DATE DE NAISSANCE`, `SEX / JINSIA`), values in white Oxygen Bold, dates `14 SEP
    # 1987`; the arms and the title in metallic gold at the top left, the document's name in two
    # languages under it, the flag's colours as a thin line along the top edge; the portrait on
    # a lighter panel at the LEFT with a hologram over its corner, the signature in a light ink
    # and a gold contact chip under it; surname, given names, birth date and sex, nationality
    # and expiry, card number and date of issue; the ID number large in gold along the bottom; a
    # pale ghost portrait at the bottom right; a line of microprint. The back: birthplace, date
    # of issue and authority in white, a PDF417 code on a light panel, the notice, a gold rule,
    # and the MRZ dark on a light band along the bottom (ICAO's clear zone). Passports: the page
    # as dark, the passport number large in gold at the top right, the portrait on the left,
    # type, code and nationality, names, birth date, sex and birthplace, issue and expiry and the
    # authority, the MRZ on a light band.
    "inverse": dict(
        held_out=False, style="inverse", header="gold-left", portrait="left-panel", background="dark-rosette",
        date="dd MON yyyy", label_font=(OXYGEN, 13), value_font=(OXYGEN_BOLD, 29), title_font=(OXYGEN_BOLD, 28),
        labels=dict(surname="SURNAME", given="GIVEN NAMES", id="NATIONAL ID NO.", dob="DATE OF BIRTH", sex="SEX",
                    nationality="NATIONALITY", expiry="DATE OF EXPIRY", pob="PLACE OF BIRTH", issue="DATE OF ISSUE",
                    authority="AUTHORITY", cardno="CARD NO.", sign="HOLDER'S SIGNATURE"),
        passport_labels=dict(type="TYPE", code="CODE", docno="PASSPORT NO.", surname="SURNAME", given="GIVEN NAMES",
                             nationality="NATIONALITY", sex="SEX", dob="DATE OF BIRTH", pob="PLACE OF BIRTH",
                             issue="DATE OF ISSUE", expiry="DATE OF EXPIRY", authority="AUTHORITY",
                             sign="HOLDER'S SIGNATURE"),
        card_mrz=dict(pitch=28.2, bottom=612, leading=1.64, left=62),
        passport_mrz=dict(pitch=25.2, bottom=852, leading=1.72, left=54), surfaces=["table", "denim"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "crease", "forwarded"]),
    # `typewriter`: a paper data page whose values a clerk typed on a manual typewriter (Courier
    # Prime: every letter a little high or low, pressed harder or softer, some struck at a slant
    # so that their top or foot prints fainter, now and then one struck twice a hair apart, the
    # ribbon's weave in the ink; the page askew in the machine, so the typed values lean a
    # little and miss the printed lines and columns by a few pixels); the captions printed in
    # EB Garamond (an old-style serif) over dotted lines, two languages each: South Africa's
    # green identity book Afrikaans over English in capitals (`VAN` / `SURNAME`, `VOORNAME` /
    # `FORENAMES`, `GEBOORTEDATUM` / `DATE OF BIRTH`), the other issuers' identity documents
    # English in capitals over their second language in italics (isiNdebele, French, Swahili, as
    # `smartcard` prints them), passports English / French (South Africa's Afrikaans over
    # English, as its book); dates `14 SEPT. 1987` (the month
    # as a typist abbreviates it: `MAY`, `JUNE`, `JULY` written out, the others cut with a full
    # stop). The identity document is a booklet's data page (125 x 88 mm, the size of a
    # passport page): pale green paper for South Africa's (with a barcode and the ID number
    # printed at the top right), cream tinted with the issuer's colour for the others (the
    # book's number in red at the top right); fine wavy guilloche, a rosette, lines of the
    # country's name, security fibres; a greyscale photo glued at the left under an embossed
    # dry seal, the holder's signature under it and the office's violet rubber stamp over the
    # corner; nine typed rows: ID number, surname, forenames, birth date, sex, nationality,
    # birthplace, issue, expiry. Its next page (the back): the document number, the authority
    # and the date of issue typed, the notice, the registrar's signature and stamp, a barcode,
    # and the MRZ (TD1, as the shared code writes every identity card's) printed on a clear
    # band. Passports: a first-generation machine-readable data page typed the same way (type,
    # code and passport number; surname; given names; nationality and sex; birth date and
    # birthplace; issue and expiry; the authority), the photo glued at the left, the TD3 MRZ
    # printed in OCR-B on a clear band.
    "typewriter": dict(
        held_out=False, style="typewriter", header="centred-serif", portrait="left-glued", background="paper-guilloche",
        date="dd MON. yyyy", label_font=(GARAMOND, 17), value_font=(COURIER_PRIME, 30), title_font=(GARAMOND_BOLD, 30),
        labels=dict(id="ID NUMBER", surname="SURNAME", given="FORENAMES", dob="DATE OF BIRTH", sex="SEX",
                    nationality="NATIONALITY", pob="PLACE OF BIRTH", issue="DATE OF ISSUE", expiry="DATE OF EXPIRY",
                    cardno="DOCUMENT NO.", authority="ISSUED BY", sign="SIGNATURE OF HOLDER"),
        passport_labels=dict(type=("Type", "Type"), code=("Code", "Code"), docno=("Passport No.", "N° du passeport"),
                             surname=("Surname", "Nom"), given=("Given names", "Prénoms"),
                             nationality=("Nationality", "Nationalité"), sex=("Sex", "Sexe"),
                             dob=("Date of birth", "Date de naissance"), pob=("Place of birth", "Lieu de naissance"),
                             issue=("Date of issue", "Date de délivrance"),
                             expiry=("Date of expiry", "Date d'expiration"), authority=("Authority", "Autorité"),
                             sign=("Signature of holder", "Signature du titulaire")),
        card_mrz=dict(pitch=31.0, bottom=842, leading=1.62, left=160),
        passport_mrz=dict(pitch=25.0, bottom=848, leading=1.76, left=70), surfaces=["table", "denim"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "crease", "forwarded"]),
    # The eighteenth held-out families (made for the eighteenth round of issue 17): measured in
    # two draws (4242, 4343) in the twenty-first round and looked at since, development families
    # now. Drawn by document_families_eighteenth.py (whose docstring says why these two). Their
    # photos are taken on a table or on a car's seat (leather or cloth
    # upholstery in quilted channels, puffed between dark seams with a row of top-stitching
    # either side, the leather perforated or grained, a cross seam with piping, the seat at an
    # angle and a little out of focus, a window's light falling off across it), and two capture
    # conditions come with them: the document held up in one hand and photographed at a steep
    # angle (the thumb over its held edge, nail towards the camera and a few millimetres onto
    # the margin, casting a soft shadow; the palm and a fingertip showing round the edges behind
    # it; the surface far behind and out of focus; the frame's far edge foreshortened by a third
    # or more, the far side of the document a little soft) and a screenshot of the photo open in
    # the phone's gallery (a tall 1080-pixel-wide portrait screen, the photo scaled to its width
    # in the middle on black or, in a light theme, white; the status bar with the time, two
    # notification icons, signal, wifi and the battery's percentage; the gallery's back arrow
    # and menu above, Share, Edit, Lens and Delete below, the gesture bar).
    # `laminated`: an older-generation paper identity card (Zimbabwe's "plastic" ID, Kenya's
    # second-generation card, a Nigerian NIN slip cut out and sealed at a roadside shop) printed
    # on a desktop colour printer and heat-sealed in a clear laminate pouch. The pouch is a few
    # millimetres larger than the card all round: the photo shows its clear margin (the surface
    # through a light haze, the welded rim more opaque, rounded corners), the paper a little
    # crooked and off-centre in it with a silvery air channel along the paper's edge, a few
    # trapped bubbles, sometimes a milky patch where the film did not bond, the film's ripple and
    # a broad sheen. The printer's colour pass sits a pixel or three off its black pass (captions,
    # rules and tints against values), the ink soaked into plain paper, faint banding. The card:
    # a band of the issuer's colour across the top with the arms and the title in white and
    # `National Identity Card` in mixed case, the flag's colours in a thin line under it; a
    # double rule round the card; a pale tint with the country's name in tiny diagonal rows and
    # a faint large coat of arms; the photo printed at the LEFT in a thin black frame, the
    # signature under it; tiny letter-spaced captions in capitals in the issuer's colour over
    # values in MIXED CASE in Gillius (a Gill Sans-like humanist sans) Bold: the ID number,
    # `Moyo`, `Tendai Blessing`, then birth date, sex (`M`, `F`) and nationality (`Zimbabwean`,
    # `Kenyan`, `Ghanaian`; the codes `RSA`, `NGA`, `UGA` in capitals), birthplace (`Harare`)
    # and date of issue, expiry and card number; dates as a desktop's short date, `14/9/87` (day
    # and month without leading zeros, the year in two digits); the notice in small italics
    # along the bottom. The back: birthplace, date of issue and the issuing office (`Registrar
    # General Harare`, `NIRA Kampala`), the right thumbprint in a frame, the notice, a barcode,
    # the TD1 MRZ printed in the black pass on bare paper, all sealed in its pouch too.
    # Passports: a data page personalised on a colour printer under a heat-sealed film that
    # stops a few millimetres short of the page's edges (a thin line where it ends), the film's
    # small coats of arms glinting in its sheen, its bubbles; the title and `Passport /
    # Passeport` in the issuer's colour, the photo at the left, tiny English / French captions
    # over the same mixed-case values, the TD3 MRZ on a clear band.
    "laminated": dict(
        held_out=False, style="laminated", header="band-arms", portrait="left-printed", background="printed-tint",
        date="d/m/yy", label_font=(GILLIUS, 12), value_font=(GILLIUS_BOLD, 30), title_font=(GILLIUS_BOLD, 30),
        labels=dict(id="ID NUMBER", surname="SURNAME", given="GIVEN NAMES", dob="DATE OF BIRTH", sex="SEX",
                    nationality="NATIONALITY", pob="PLACE OF BIRTH", issue="DATE OF ISSUE", expiry="DATE OF EXPIRY",
                    cardno="CARD NO.", authority="ISSUING OFFICE", sign="HOLDER'S SIGNATURE", thumb="RIGHT THUMB"),
        passport_labels=dict(type=("Type", "Type"), code=("Code", "Code"), docno=("Passport No.", "N° du passeport"),
                             surname=("Surname", "Nom"), given=("Given names", "Prénoms"),
                             nationality=("Nationality", "Nationalité"), sex=("Sex", "Sexe"),
                             dob=("Date of birth", "Date de naissance"), pob=("Place of birth", "Lieu de naissance"),
                             issue=("Date of issue", "Délivré le"), expiry=("Date of expiry", "Expire le"),
                             authority=("Authority", "Autorité"), sign=("Holder's signature", "Signature du titulaire")),
        card_mrz=dict(pitch=28.6, bottom=608, leading=1.64, left=58),
        passport_mrz=dict(pitch=25.2, bottom=850, leading=1.74, left=52), surfaces=["table", "carseat"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "handheld", "screenshot"]),
    # `frontmrz`: a ONE-SIDED ID-1 card whose MRZ is on its FRONT: two lines of 36 (ICAO TD2,
    # which puts the MRZ on the data side; make-documents.py writes it from the same identity, as
    # it does `middlename`'s), set close across the bottom of the card under the fields and the
    # portrait on a clear band, as Romania's ID-1 card prints it; the card has no back to
    # photograph (`mrz_front`: make-documents.py draws none), and a Zimbabwean one, without an
    # MRZ, has a barcode and the notice in that band. The portrait on the RIGHT in a thin frame
    # with the signature under it, and a second, small ghost portrait (greyscale, faded into the
    # ground round an oval) in the MIDDLE of the card between the fields and the portrait; the
    # fields in two columns at the left: surname, given names, ID number and sex, birth date and
    # nationality, card number and expiry, birthplace and date of issue; each caption on one
    # small line, English capitals in the issuer's deep colour and the second language after a
    # slash in grey (`SURNAME / Isibongo`, `DATE OF BIRTH / Date de naissance`, `SEX / Jinsia`),
    # values in Clear Sans Bold capitals, dates `14 SEP 1987`; the arms and the title in the
    # issuer's colour at the top left, `IDENTITY CARD · ISITUPA SELIZWE` under them, a hairline;
    # a pale ground with the issuer's flag waving across it (its stripes in one broad soft band
    # rising to the right along a slow wave, lit and shaded along its ripples) under fine wavy
    # hairlines, a short run of the flag's colours over the MRZ band. Passports: the same, the
    # portrait at the right and the ghost in the middle of the page, type, code and the passport
    # number, surname, given names, nationality and sex, birth date and birthplace, issue and
    # expiry, the authority at the left, TD3 on the clear band.
    "frontmrz": dict(
        held_out=False, style="frontmrz", header="left-arms", portrait="right-ghost-middle", background="flag-wave",
        date="dd MON yyyy", label_font=(CLEAR_SANS_MEDIUM, 13), value_font=(CLEAR_SANS_BOLD, 28),
        title_font=(CLEAR_SANS_BOLD, 28), card_mrz_format="td2", mrz_front=True,
        labels=dict(surname="SURNAME", given="GIVEN NAMES", id="ID NUMBER", dob="DATE OF BIRTH", sex="SEX",
                    nationality="NATIONALITY", expiry="DATE OF EXPIRY", pob="PLACE OF BIRTH", issue="DATE OF ISSUE",
                    cardno="CARD NO.", sign="HOLDER'S SIGNATURE"),
        passport_labels=dict(type="TYPE", code="CODE", docno="PASSPORT NO.", surname="SURNAME", given="GIVEN NAMES",
                             nationality="NATIONALITY", sex="SEX", dob="DATE OF BIRTH", pob="PLACE OF BIRTH",
                             issue="DATE OF ISSUE", expiry="DATE OF EXPIRY", authority="AUTHORITY",
                             sign="HOLDER'S SIGNATURE"),
        card_mrz=dict(pitch=25.4, bottom=614, leading=1.6, left=46),
        passport_mrz=dict(pitch=25.0, bottom=852, leading=1.72, left=56), surfaces=["table", "carseat"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "handheld", "screenshot"]),
    # The nineteenth held-out families (made for the nineteenth round of issue 17): measured in
    # two draws (4444, 4545) in the twenty-second round and looked at since, development
    # families now. Drawn by document_families_nineteenth.py (whose docstring says why these
    # two). Their photos are taken on a table or on a tiled floor (square glazed tiles a
    # shade lighter or darker each, some with faint marble veins, in grout lines; the floor seen
    # at an angle and turned, so the grout runs in straight lines that converge, a window's sheen
    # across the glaze), and two capture conditions come with them: the photo framed too tight,
    # one edge of the document cut off by the frame (1.2 to 2.8 % of the document's length across
    # it; a short edge where the document is long, any edge of an open passport or of a card on a
    # second card; never into the MRZ or a field, which every layout of these keeps further from
    # its edges) and the photographer's reflection in the glossy document (the ceiling's light as
    # a veil over it, broken by the out-of-focus dark shape of the phone held over its middle,
    # the phone's edge catching the light, the hands round it and the head and shoulders behind).
    # `visa`: the document photographed with a second one of the holder's beside it. The ID card
    # lies on the holder's bank card (a gradient body, an invented bank's name, a chip, the card
    # number in four groups, `VALID THRU mm/yy` and the name, `T B MOYO`, embossed in OCR-A; or
    # its back: magnetic stripe, signature panel, security code, small print with a telephone
    # number) or health-insurance card (`MEMBERSHIP CARD`, the photo, the name SURNAME FIRST, a
    # membership number, the birth date, sex and a `VALID UNTIL` date of its own), turned up to
    # 20 degrees and showing round one side or corner of the card (a quarter to nearly half of
    # it), the card's soft shadow on it; both with rounded corners, the rest clear (an RGBA
    # flat). The card: a pale ground of nested lozenges over the issuer's tint deepening towards
    # a corner, the flag's stripes in an upright bar along the left edge; the title in the
    # issuer's colour in Cantarell ExtraBold, `NATIONAL IDENTITY CARD · ISITUPA SELIZWE` (the
    # second language as `smartcard` prints it) letter-spaced under it, the arms at the top right;
    # the portrait at the LEFT or the RIGHT (the issuer's choice) in a thin frame, the signature
    # under it; small letter-spaced captions over values in Cantarell Bold or ExtraBold; the
    # names on ONE line, given names first in title case and the surname last in capitals
    # (`Tendai Blessing MOYO`), then ID number and sex, birth date and citizenship, issue and
    # expiry, birthplace and document number, or in a second order the ID number first; dates as
    # digits between spaces, `14 09 1987`; microtext along the foot. The back: birthplace, date of
    # issue and authority, a QR code, the notice, the TD1 MRZ on a clear band. Passports: the
    # data page (the same ground and header, the portrait at the left, English / French
    # captions, type, code and passport number, surname, given names, nationality and sex, birth
    # date and birthplace, issue and expiry, authority, TD3 on a clear band) photographed OPEN,
    # the facing page above the spine (its lower 60 to 86 %) bearing a visa sticker (MRV-A, 120 x
    # 80 mm, of another state: `VISA` and the state's name, a red visa number, a greyscale photo
    # of the holder, `VALID FROM` and `UNTIL` dates and the holder's birth date in the visa's
    # own pattern, `14 SEP 2025`, `14/09/2025` or `14SEP2025`, kind, entries and stay, `SURNAME,
    # NAME` as `MOYO, TENDAI BLESSING`, the passport number, sex and nationality, remarks) with
    # its own two-line, 44-character machine-readable visa zone starting `V<` (the same name,
    # passport number and birth date, the visa's expiry where the passport's would be) just
    # above the spine and the passport's own MRZ, both pages shaded into the fold, the cover's
    # edge round them.
    "visa": dict(
        held_out=False, style="visa", header="left-title-arms", portrait="left-or-right", background="lozenges",
        date="dd mm yyyy", label_font=(CANTARELL_BOLD, 13), value_font=(CANTARELL_BOLD, 29),
        title_font=(CANTARELL_EXTRABOLD, 30),
        labels=dict(name="NAME", id="IDENTITY NUMBER", dob="DATE OF BIRTH", sex="SEX", nationality="CITIZENSHIP",
                    expiry="VALID UNTIL", issue="DATE OF ISSUE", pob="PLACE OF BIRTH", cardno="DOCUMENT NUMBER",
                    authority="ISSUING AUTHORITY", sign="HOLDER'S SIGNATURE"),
        passport_labels=dict(type="TYPE / TYPE", code="CODE / CODE", docno="PASSPORT NO. / N° DU PASSEPORT",
                             surname="SURNAME / NOM", given="GIVEN NAMES / PRÉNOMS",
                             nationality="NATIONALITY / NATIONALITÉ", sex="SEX / SEXE",
                             dob="DATE OF BIRTH / DATE DE NAISSANCE", pob="PLACE OF BIRTH / LIEU DE NAISSANCE",
                             issue="DATE OF ISSUE / DÉLIVRÉ LE", expiry="DATE OF EXPIRY / EXPIRE LE",
                             authority="AUTHORITY / AUTORITÉ", sign="HOLDER'S SIGNATURE / SIGNATURE DU TITULAIRE"),
        card_mrz=dict(pitch=28.6, bottom=598, leading=1.64, left=76),
        passport_mrz=dict(pitch=25.0, bottom=836, leading=1.72, left=72), surfaces=["table", "tiles"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "crop_edge", "reflection"]),
    # `handwritten`: a paper document whose particulars a clerk wrote in by hand. The identity
    # document is a paper book's data page (125 x 88 mm, as older paper identity documents and the
    # interim certificates registries still issue): a printed form on cream, pale green, blue or
    # pink stock tinted by the issuer's colour, fine wavy lines, a faint coat of arms, a double
    # frame in the issuer's ink; the title centred in Charis SIL Bold and `Identity Document ·
    # Isitupa Selizwe` in italics; the book's number printed in red at the top right (`No.
    # AB1234567`; none on Zimbabwe's, which have no document number); the photo glued (greyscale,
    # a white border, a soft shadow) at the LEFT or the RIGHT under the registry's round violet
    # or blue rubber stamp, the holder's signature or right thumbprint under it; captions in
    # Charis with the issuer's second language after a slash in italics (`Surname / Isibongo`,
    # `Date of Birth / Date de naissance`), over ruled boxes or dotted lines (the issuer's
    # choice); every value written in by the clerk in ballpoint block capitals (blue, dark blue or
    # black; one of four hands: fonts-bwht's Connect, Create and Learn and Humor Sans, their
    # capitals brought to one height;
    # each letter its own size, turned a few degrees, a little high or low, the line drifting
    # up or down, the pen's pressure uneven), the ID number ONE CHARACTER A BOX (hyphens too);
    # the fields in one of two orders (ID number, surname, forenames, birth date and sex,
    # citizenship and birthplace, issue and expiry; or the names first); dates as that clerk
    # writes them, `14.9.1987`, `14/09/1987`, `14-09-1987` or `14 SEP 1987`; the registration
    # officer's signature and the office's oval violet stamp with the date of issue at the foot.
    # Its next page (the back): birthplace, date of issue, issuing office and the book's number
    # written in by the same clerk, the officer's signature and stamp, and the TD1 MRZ, which the
    # clerk could not write, printed in OCR-B on a white adhesive label stuck along the foot,
    # a little crooked, its shadow along its edge. Passports: a temporary passport's data page
    # filled in the same way (English / French captions; type and code printed, the passport
    # number printed in red at the top right; surname, given names, nationality and sex, birth
    # date and birthplace, issue and expiry, authority written in), the photo glued at the left,
    # the TD3 MRZ on a label stuck along the foot.
    "handwritten": dict(
        held_out=False, style="handwritten", header="centred-serif", portrait="left-or-right-glued",
        background="printed-form", date="d.m.yyyy", clerk_dates=["d.m.yyyy", "dd/mm/yyyy", "dd-mm-yyyy", "dd MON yyyy"],
        label_font=(CHARIS, 17), value_font=(HANDS[0], 34), title_font=(CHARIS_BOLD, 34),
        labels=dict(id="Identity Number", surname="Surname", given="Forenames", dob="Date of Birth", sex="Sex",
                    nationality="Citizenship", pob="Place of Birth", issue="Date of Issue", expiry="Date of Expiry",
                    cardno="Book Number", authority="Issuing Office", sign="Signature or thumbprint of holder",
                    officer="Registration Officer"),
        passport_labels=dict(surname="Surname / Nom", given="Given names / Prénoms",
                             nationality="Nationality / Nationalité", sex="Sex / Sexe",
                             dob="Date of birth / Date de naissance", pob="Place of birth / Lieu de naissance",
                             issue="Date of issue / Date de délivrance", expiry="Date of expiry / Date d'expiration",
                             authority="Authority / Autorité", sign="Signature of bearer / Signature du titulaire"),
        card_mrz=dict(pitch=29.0, leading=1.7), passport_mrz=dict(pitch=24.5, leading=1.7),  # on their labels
        surfaces=["table", "tiles"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "crop_edge", "reflection"]),
    # The twentieth held-out families (made for the twentieth round of issue 17): measured in two
    # draws (4646, 4747) in the twenty-third round, development families now (drawn in
    # bench/documents.sh as `twentieth-4646` and `twentieth-4747`). Drawn by document_families_twentieth.py (whose
    # docstring says why these two). Two capture conditions come with them: the phone's cracked camera glass (a
    # star of cracks round an impact near a corner of the frame, each a bright thin line with
    # the picture a pixel or two off across it, a milky haze round the impact) and the photo
    # marked in the phone's editor before it was sent (`FOR KYC ONLY`, `FOR ACCOUNT OPENING
    # ONLY`, `NOT VALID FOR ANY OTHER USE` and the like, sometimes with the day's date, typed in
    # Roboto upright on the phone's screen (turned up to 22 degrees) across the upper part of the
    # document, in red, blue, black, white or yellow, a little translucent; never over its lower
    # third).
    # `frontback`: both sides of the identity card on ONE image: a copy shop's colour copy (one
    # in five black and white) of the card's front above its back on an A4 sheet, the sheet
    # photographed framed inside it (the rest of the sheet, `copypaper`, fills the frame round
    # them; no table shows). Each side with its rounded corners, turned up to a degree as it was
    # laid on the glass, its edge drawn dark on one side and the paper greyed a few millimetres
    # round it (the card's thickness held the lid off the glass); the copier's look over all:
    # pale tints dropped to the paper, darks deepened, colours muted and a little cast, one
    # colour plane a pixel or two out of register, a fine halftone screen in the mid-tones,
    # toner specks. The card: a pale ground of fine zigzag rows in two tints with a faint
    # roundel of rays; the arms at the top left, the title in Manrope ExtraBold in the issuer's
    # deep colour beside them, `NATIONAL IDENTITY CARD` letter-spaced under it, the flag's
    # colours in a thin band across the card; captions in title case in Manrope SemiBold in the
    # issuer's deep colour (`Surname`, `Given Names`, `Date of Birth`, `ID Number`) over values
    # in Manrope ExtraBold capitals: surname, given names, birth date and sex, nationality and
    # expiry, the ID number in the deep colour beside the card number; dates `14/09/1987`; the
    # portrait at the RIGHT in a thin frame, the signature under it; microprint along the foot.
    # Its back, under it on the same image: birthplace, date of issue and authority, a QR code,
    # the notice, a barcode and the TD1 MRZ on a clear band (a Zimbabwean card has none). The
    # card is one-sided for make-documents.py (`mrz_front`): its one photo is the document,
    # MRZ and all. Passports: copied open at the data page (the same ground and header, the
    # portrait at the left, English / French captions, type, code and passport number, surname,
    # given names, nationality and sex, birth date and birthplace, issue and expiry, authority,
    # TD3 on a clear band) under the lower part of the facing page (official observations,
    # `NIL`, the bearer's signature in a box, the notice), the gutter dark and soft between
    # them where the spine held the pages off the glass, the cover's edge round them.
    "frontback": dict(
        held_out=False, style="frontback", header="left-arms-title", portrait="right-framed", background="zigzag",
        date="dd/mm/yyyy", label_font=(MANROPE_SEMIBOLD, 15), value_font=(MANROPE_EXTRABOLD, 29),
        title_font=(MANROPE_EXTRABOLD, 30), mrz_front=True,
        labels=dict(surname="Surname", given="Given Names", dob="Date of Birth", sex="Sex", nationality="Nationality",
                    expiry="Date of Expiry", id="ID Number", cardno="Card Number", pob="Place of Birth",
                    issue="Date of Issue", authority="Issuing Authority", sign="Holder's Signature"),
        passport_labels=dict(type="Type / Type", code="Code / Code", docno="Passport No. / N° du passeport",
                             surname="Surname / Nom", given="Given Names / Prénoms",
                             nationality="Nationality / Nationalité", sex="Sex / Sexe",
                             dob="Date of Birth / Date de naissance", pob="Place of Birth / Lieu de naissance",
                             issue="Date of Issue / Date de délivrance", expiry="Date of Expiry / Date d'expiration",
                             authority="Authority / Autorité", sign="Holder's Signature / Signature du titulaire"),
        card_mrz=dict(pitch=28.6, bottom=602, leading=1.64, left=68),
        passport_mrz=dict(pitch=25.0, bottom=846, leading=1.72, left=58), surfaces=["copypaper"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "cracked_lens", "annotated"]),
    # `mended`: a broken document held together with clear tape. An older PVC card printed by a
    # dye-sublimation card printer: near white, the issuer's colour in a band across the top
    # deepening to its edge with the title in Go Bold and `NATIONAL IDENTITY CARD` letter-spaced
    # in white, a small flag at the band's right; a faint large coat of arms, fine sine waves in
    # the issuer's tint along the foot; the portrait at the LEFT in a thin grey frame with the
    # signature under it; captions in Go's small capitals in grey-blue over values in Go Bold
    # capitals: the ID number first (Go Mono Bold, in the issuer's deep colour), surname, given
    # names, birth date, sex and nationality in a row, expiry and card number (Go Mono Bold);
    # dates `14 SEP 1987`. The card cracked across from one long edge to the other, a third to
    # two thirds of the way along: the right piece a pixel or three away and turned a hair, the
    # crack's shadow between the pieces, the plastic stress-whitened along both lips; a strip
    # (sometimes two, crossing at a slant) of clear tape, 17 to 22 mm wide, over the crack,
    # running past the card's long edges (its overhang a faint film over the surface), yellowed
    # with age or fresh, its ends cut on a dispenser's teeth or torn, dirt along its edges, a
    # glossy band along it, wrinkles and trapped air. The back: birthplace, date of issue and
    # authority, the right thumbprint in a frame, a barcode, the notice, the TD1 MRZ on a white
    # band; the same crack seen from behind (the front's course mirrored), running between two
    # of the MRZ's characters where it crosses it, taped too. Passports: the data page in the
    # same manner (the band and title, the portrait at the left, English / French captions in
    # small capitals, the passport number in Go Mono Bold in the deep colour, TD3 on a white
    # band), torn in from its outer edge (a sixth to a third of its width, between two rows of
    # fields, white paper fibres along the tear's lips) and taped along the tear (the strip
    # folded round the page's edge) or across it, and most often taped along its top edge too,
    # where it came loose from the stitching. Photographed
    # on a table or on a plastic garden chair's seat (`chair`: the white, green, blue, red or
    # tan moulded seat seen from above, its fine grain, dished towards the rim, the rounded lip
    # along one edge of the frame with the backrest's slats and the floor beyond it).
    "mended": dict(
        held_out=False, style="mended", header="band-flag", portrait="left-framed", background="arms-waves",
        date="dd MON yyyy", label_font=(GO_SMALLCAPS, 16), value_font=(GO_BOLD, 28), title_font=(GO_BOLD, 32),
        labels=dict(id="Identity No.", surname="Surname", given="Given Names", dob="Date of Birth", sex="Sex",
                    nationality="Nationality", expiry="Date of Expiry", cardno="Card No.", pob="Place of Birth",
                    issue="Date of Issue", authority="Issuing Office", sign="Holder's Signature", thumb="Right Thumb"),
        passport_labels=dict(type="Type / Type", code="Code / Code", docno="Passport No. / N° du passeport",
                             surname="Surname / Nom", given="Given Names / Prénoms",
                             nationality="Nationality / Nationalité", sex="Sex / Sexe",
                             dob="Date of Birth / Date de naissance", pob="Place of Birth / Lieu de naissance",
                             issue="Date of Issue / Délivré le", expiry="Date of Expiry / Expire le",
                             authority="Authority / Autorité"),
        card_mrz=dict(pitch=28.0, bottom=604, leading=1.66, left=74),
        passport_mrz=dict(pitch=24.8, bottom=848, leading=1.74, left=62), surfaces=["table", "chair"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "cracked_lens", "annotated"]),
    # The twenty-first held-out families (made for the twenty-first round of issue 17): measured in
    # two draws (4848, 4949) in the twenty-fourth round, development families now (drawn in
    # bench/documents.sh as `twenty-first-4848` and `twenty-first-4949`). Drawn by document_families_twentyfirst.py (whose docstring says
    # why these two) and captured by document_families_twentyfirst_capture.py: `capture` hands
    # make-documents.py's photographing to document_families.capture for them alone.
    # `selfie`: the "selfie holding your ID": the holder's front-camera photo (3:4, 1500 x 2000;
    # the person is the fixture face photo drawn for the portrait, at the frame's size, the card's
    # portrait cut from it), the document held up beside the chin at the lower left or right, a
    # quarter to under half of the frame's width (a passport a little more), tilted up to 15
    # degrees and leaning back, held at its outer short edge: the thumb in front, its tip a few
    # millimetres onto the margin with its nail and shadow, the palm beyond the edge, the index
    # and little fingers' sides showing along the top and bottom edges near it, the forearm
    # running down out of the frame, in a skin tone taken from the face; the card's soft shadow
    # behind it, a faint sheen on it, the front camera's softness, noise and vignette. A card
    # with an MRZ on its back is held up again, turned over, in a second selfie. The card: a
    # new-generation polycarbonate card: a pale ground from white to the issuer's tint with fine
    # concentric arcs; the title in Sora ExtraBold in the issuer's deep colour at the top left,
    # `NATIONAL IDENTITY CARD · ISITUPA SELIZWE` (the second language as `smartcard` prints it)
    # letter-spaced under it, the arms and a small flag at the right, a rule under them; the
    # colour portrait at the left fading into the card, the signature under it; captions in
    # Sora SemiBold capitals, English / second language (`SURNAME / ISIBONGO`), over values in
    # Roadgeek 2014 Series C (a condensed highway-sign face): the ID number first, large, in the
    # deep colour; surname; given names; sex, birth date and nationality in one row; expiry and
    # card number; dates `14 SEP 1987`; a QR code at the top right, a ghost portrait under it, the
    # contact chip at the foot of that column; microprint along the foot. The back: birthplace,
    # date of issue and authority, a barcode, the notice, the TD1 MRZ on a clear band.
    # Passports: the data page (the same ground and header, the portrait at the left with a
    # ghost under it, English / French captions: surname, given names, passport number, type and
    # code, birth date and sex, nationality and birthplace, issue and expiry, authority; TD3 on
    # a clear band) held up open, the booklet folded back behind it.
    "selfie": dict(
        held_out=False, style="selfie", header="left-title-arms-flag", portrait="left-faded", background="arcs",
        date="dd MON yyyy", label_font=(SORA_SEMIBOLD, 12), value_font=(ROADGEEK_C, 34),
        title_font=(SORA_EXTRABOLD, 28), capture="selfie",
        labels=dict(id="ID Number", surname="Surname", given="Given Names", sex="Sex", dob="Date of Birth",
                    nationality="Nationality", expiry="Date of Expiry", cardno="Card No.", pob="Place of Birth",
                    issue="Date of Issue", authority="Issuing Authority", sign="Holder's Signature"),
        passport_labels=dict(type="Type / Type", code="Code / Code", docno="Passport No. / N° du passeport",
                             surname="Surname / Nom", given="Given Names / Prénoms",
                             nationality="Nationality / Nationalité", sex="Sex / Sexe",
                             dob="Date of Birth / Date de naissance", pob="Place of Birth / Lieu de naissance",
                             issue="Date of Issue / Délivré le", expiry="Date of Expiry / Expire le",
                             authority="Authority / Autorité"),
        card_mrz=dict(pitch=28.8, bottom=598, leading=1.64, left=62),
        passport_mrz=dict(pitch=25.0, bottom=834, leading=1.72, left=60),
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "beauty", "mirror_saved"]),
    # `appscan`: the document run through a phone's document-scanner app: photographed (on a
    # table, a school exercise book, `notebook`, or a sofa's cushion, `sofa`), a third of the
    # time with the phone's soft shadow over part of it; the corners the app finds a few pixels
    # off each (mostly outwards, a sliver of the surface along an edge; sometimes inwards, a
    # millimetre of the margin cut off), clockwise from the photo's top left (a document
    # photographed turned stays turned); that quadrilateral warped to a rectangle of its mean side
    # lengths (the proportions a few per cent off), its long side at most 1700 pixels; one time in
    # ten no corners found and the whole photo kept; then the app's filter: `magic colour` half
    # the time (the paper's white found locally and stretched to pure white, pale tints gone,
    # the shadow lifted with its noise, colours saturated, mid-tones deepened, edges sharpened),
    # grey, black and white, or none; seven times in ten the free app's `Scanned with ...` mark
    # (a logo and the words in Karla on a translucent white box) in the page's bottom right
    # corner, in its bottom 3.6 % (every MRZ here ends above the bottom 5 %). The card: near
    # white with a soft wash of the issuer's colour from the top right, fine upright hairlines
    # across the middle, a faint coat of arms, the flag in an upright bar along the right edge;
    # the title centred in Karla ExtraBold, `NATIONAL IDENTITY CARD` letter-spaced under it;
    # the ID number in a rounded box across the top (its caption at the left in Karla Bold, the
    # number at the right in Tiresias Infofont Bold); the portrait at the left in a thin frame;
    # captions in title case in Karla Bold over values in Tiresias Bold: given names FIRST, then
    # surname, birth date and sex, nationality and expiry; the card number on one line in the
    # deep colour; the signature at the foot; dates `14/09/1987`. The back: a barcode across the
    # top, birthplace and date of issue side by side, the authority, the notice, the TD1 MRZ on
    # a plain band. Passports: the data page (the title centred, the portrait at the RIGHT, at
    # the left passport number, type and code, given names, surname, birth date and sex,
    # birthplace and nationality, issue and expiry, authority, English / French captions; TD3 on
    # a plain band).
    "appscan": dict(
        held_out=False, style="appscan", header="centred-karla", portrait="left-framed", background="wash-hairlines",
        date="dd/mm/yyyy", label_font=(KARLA_BOLD, 15), value_font=(TIRESIAS_BOLD, 31),
        title_font=(KARLA_EXTRABOLD, 32), capture="appscan",
        labels=dict(id="Personal ID Number", given="Given Names", surname="Surname", dob="Date of Birth", sex="Sex",
                    nationality="Nationality", expiry="Date of Expiry", cardno="Card No.", pob="Place of Birth",
                    issue="Date of Issue", authority="Issuing Authority", sign="Signature of Holder"),
        passport_labels=dict(type="Type / Type", code="Code / Code", docno="Passport No. / N° du passeport",
                             given="Given Names / Prénoms", surname="Surname / Nom",
                             nationality="Nationality / Nationalité", sex="Sex / Sexe",
                             dob="Date of Birth / Date de naissance", pob="Place of Birth / Lieu de naissance",
                             issue="Date of Issue / Date de délivrance", expiry="Date of Expiry / Date d'expiration",
                             authority="Authority / Autorité"),
        card_mrz=dict(pitch=28.4, bottom=598, leading=1.66, left=72),
        passport_mrz=dict(pitch=24.8, bottom=834, leading=1.74, left=62), surfaces=["table", "notebook", "sofa"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg"]),
    # The twenty-second held-out families (made for the twenty-second round of issue 17): measured
    # in two draws (5050, 5151) in the twenty-fifth round, development families now (drawn in
    # bench/documents.sh as `twenty-second-5050` and `twenty-second-5151`). Drawn and captured by document_families_twentysecond.py
    # (whose docstring says why these two) and, `videocall`, its `_call` module: `capture` hands
    # make-documents.py's photographing to document_families.capture for them.
    # `mobileid`: the document as a digital ID app shows it, screenshotted (1080 x 2340): the
    # status bar (time, notification icons, signal, wifi, battery and its percentage), the app's
    # bar (a back arrow, the title, `Digital NIN`, `My Ghana Card`, `Digital Smart ID`..., the
    # country under it, a menu), in a light or (a third of the time) dark theme. An identity
    # card: a Front / Back switch with the side shown selected in the issuer's colour; the card as
    # the app draws it, 960 x 606 with rounded corners and a soft drop shadow: a clean ground
    # rising from white to the issuer's tint with soft diagonal bands, the flag's stripes down
    # the left edge, the title in League Spartan Bold in the issuer's deep colour with
    # `NATIONAL IDENTITY CARD` under it, the arms at the right, a rule; the portrait at the left
    # in a thin frame, the signature under it; captions in Cabin SemiBold capitals over values
    # in Cabin Bold: surname, given names, birth date, sex and nationality in a row, expiry and
    # card number; a QR code at the top right; the ID number large in a tinted rounded box; `Digital
    # copy issued by ...` at the foot; dates `14 SEP 1987`. Under the card the same fields again as
    # the app's rows (`Personal details`: caption at the left in grey Cabin, value right-aligned
    # in Cabin SemiBold: ID number, last name, first names, date of birth, gender as `Male` /
    # `Female`, nationality, expiry date; dates `14 Sep 1987`), a `Share ID` button, the gesture
    # bar. The back's screen: the card's back (a barcode, birthplace, date of issue and
    # authority, the notice, the TD1 MRZ in OCR-B on a white band), `Card details` rows (document
    # number, birthplace, date of issue, authority) and the MRZ again as text in Fira Code in a
    # box. A passport: its chip read by an NFC reading app: a panel with the chip's photo, a
    # green `Chip verified` badge, the surname large and the given names under it, the issuer;
    # `Data page` rows (document number, type, issuing state, nationality, birth date, sex,
    # expiry) and the TD3 MRZ as text. Kept as saved (scan, easy), sent through a chat app once
    # (medium: 1600 pixels tall, recompressed) or forwarded again (hard: then 1280 pixels tall,
    # recompressed again). Its conditions: `notification` (a heads-up notification over the top
    # of the screen) and `screen_crop` (the screenshot cropped to the card; a passport's to its
    # data, photo panel to MRZ), besides strong JPEG and a photo forwarded through chat apps
    # (`forwarded`); no photo's conditions (a shadow, a finger, low light, motion blur) fit a
    # screenshot.
    "mobileid": dict(
        held_out=False, style="mobileid", header="app-card", portrait="left-framed", background="digital-bands",
        date="dd Mon yyyy", label_font=(CABIN_SEMIBOLD, 15), value_font=(CABIN_BOLD, 30),
        title_font=(SPARTAN_BOLD, 36), capture="screenshot",
        labels=dict(id="ID Number", surname="Last Name", given="First Names", dob="Date of Birth", sex="Gender",
                    nationality="Nationality", expiry="Expiry Date", cardno="Document No.", pob="Place of Birth",
                    issue="Issue Date", authority="Issued By"),
        passport_labels=dict(docno="Document number", type="Document type", code="Issuing state",
                             nationality="Nationality", dob="Date of birth", sex="Sex", expiry="Date of expiry"),
        card_mrz=dict(pitch=28.6, bottom=584, leading=1.62, left=58),
        conditions=["strong_jpeg", "forwarded", "notification", "screen_crop"]),
    # `videocall`: the document shown to the camera in a video call (video KYC) and the call
    # screenshotted on the agent's phone (1080 x 2340) or, four times in ten, laptop (1920 x
    # 1080). The holder's front camera (3:4): the holder (the fixture photo drawn for the
    # portrait, the document's portrait cut from it) out of focus behind the document, which is
    # held close, 70 to 90 per cent of the frame's width, tilted and leaning back a little, the
    # thumb over its right edge (a passport page's left: the portrait's side) and the hand round
    # it (the twenty-first capture module's hand),
    # the room a little darker where the camera exposed for the bright document; the stream at
    # 1080 x 1440 (scan), 900 x 1200 (easy), 720 x 960 (medium) or 600 x 800 (hard), coded (8 x 8
    # blocks, halved chroma, the decoder's softening). On the phone: the video fitted to the
    # width over a blurred, darkened copy of itself, the caller's name (`KYC Desk`, `Account
    # Officer`...), the call's time and `End-to-end encrypted` at the top, the agent's own tile
    # with the camera off (initials in a circle) at the top right, four round buttons (the red
    # end-call) at the bottom. On the laptop: a meeting app's dark screen, the portrait video
    # fitted to the main tile's height with dark sides, `Customer` on its label, the agent's
    # tile, the call's time and a toolbar. A card with an MRZ on its back is turned over later
    # in the call. The card: a band of the issuer's deep colour across the top with the flag in a
    # white frame, the title in Linux Biolinum Bold in white, `Identity Card` in italics under
    # it, the arms; a pale tint under fine topographic contour lines; the ID number first, in
    # red Linux Libertine Bold, then the surname in Libertine Bold, the forenames, sex, birth
    # date and citizenship in a row, `Valid until` and the card number, each value in Libertine
    # Semibold under a small Biolinum Italic caption in the issuer's colour (`Family name`,
    # `Forenames`, `Citizenship`, `ID No.`); the portrait at the RIGHT; the signature at the
    # lower left; dates `14-Sep-1987`. The back: birthplace, date of issue and authority over a
    # PDF417 block, the notice, the TD1 MRZ on a white band. Passports: the same band (`Passport`)
    # and ground, the portrait at the left, type, code and the passport number in red, surname,
    # given names, nationality and sex, birth date and birthplace, issue and expiry, authority,
    # the TD3 MRZ on a white band. The hand shakes in some frames (none at scan, 15, 30 and 45
    # per cent at easy, medium and hard: the frame smeared 4 to 12 pixels one way). Its
    # conditions: `poor_connection` (over the video only: the picture coarse, a band of blocks a
    # frame behind, `Poor connection` over it), besides strong JPEG and the screenshot forwarded
    # through chat apps (`forwarded`); the photo's conditions (a shadow, a finger, low light,
    # motion blur over the whole image) would fall on the app's screen too, so they are not
    # drawn; no surface: nothing lies on one.
    "videocall": dict(
        held_out=False, style="videocall", header="band-flag-framed", portrait="right-framed",
        background="contours", date="dd-Mon-yyyy", label_font=(BIOLINUM_ITALIC, 19),
        value_font=(LIBERTINE_SEMIBOLD, 32), title_font=(BIOLINUM_BOLD, 40), capture="videocall",
        labels=dict(id="ID No.", surname="Family name", given="Forenames", sex="Sex", dob="Date of birth",
                    nationality="Citizenship", expiry="Valid until", cardno="Card No.", pob="Place of birth",
                    issue="Date of issue", authority="Issuing authority", sign="Holder's signature"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Family name",
                             given="Forenames", nationality="Citizenship", sex="Sex", dob="Date of birth",
                             pob="Place of birth", issue="Date of issue", expiry="Valid until",
                             authority="Issuing authority"),
        card_mrz=dict(pitch=28.2, bottom=606, leading=1.66, left=68),
        passport_mrz=dict(pitch=25.0, bottom=846, leading=1.7, left=60),
        conditions=["strong_jpeg", "forwarded", "poor_connection"]),
    # The twenty-third held-out families (made for the twenty-third round of issue 17): measured in
    # two draws (5252, 5353) in the twenty-sixth round, looked at since, development families now
    # (drawn in bench/documents.sh as `twenty-third-5252` and `twenty-third-5353`). Drawn by document_families_twentythird.py (whose docstring says
    # why these two; `showcase`'s `capture` hands make-documents.py's photographing to
    # document_families.capture, which lays it under the counter's glass).
    # `slip`: the identity document as a self-service PRINTOUT (a NIN slip, a registry's or a
    # passport portal's printed data page): plain A4 paper (1240 x 800 for a card's slip, 1420 x
    # 1010 for a passport's), a dashed cut line round it with a scissors mark, a solid header bar
    # in the issuer's colour (the arms and the title reversed out in Dosis Bold, `NATIONAL IDENTITY
    # SLIP` or `PASSPORT DATA PAGE · PRINTOUT` under it); a card's: the portrait at the left
    # printed dull, the signature under it, the ID number large in Jura Bold (grouped as people
    # write it) in a box captioned `Identification Number`, a QR code at the right; then a ruled
    # two-column table, captions in Dosis SemiBold in a tinted column and values in Jura Bold
    # beside them: surname, first names, date of birth, sex, nationality, expiry, document number;
    # the portal's notice and `Print date 20-11-2026` at the foot. Its "back" is the slip's second
    # panel: `REVERSE OF SLIP`, birthplace, date of issue and issuing office in the table, a
    # barcode, the card's notice, the TD1 MRZ in OCR-B in a ruled box. A passport's: the portrait,
    # a table of type and code, passport number, surname, first names, nationality, birth date,
    # sex, birthplace, issue, expiry and authority; the TD3 MRZ in a ruled box at the foot. Dates
    # `14-09-1987`. Printed on a cheap inkjet (the ink's channels a pixel or two out of register,
    # the print head's bands, a few passes where a nozzle row ran dry, the ink soaking in, the
    # colours weak) and folded in four (two creases crossing, each quarter lit its own way, the
    # ink cracked along the folds); photographed on a shop's laminated counter (`formica`) or a
    # table. Its conditions: `phone_shadow` (hard noon sun, the phone's and hand's hard-edged
    # shadow over part of the slip) and `raindrops` (drops of water on the paper), besides a
    # shadow, a finger, low light, motion blur and strong JPEG.
    "slip": dict(
        held_out=False, style="slip", header="bar-reversed", portrait="left-printed", background="paper-inkjet",
        date="dd-mm-yyyy", label_font=(DOSIS_SEMIBOLD, 22), value_font=(JURA_BOLD, 32),
        title_font=(DOSIS_BOLD, 40),
        labels=dict(id="Identification Number", surname="Surname", given="First Names", dob="Date of Birth",
                    sex="Sex", nationality="Nationality", expiry="Expiry Date", cardno="Document No.",
                    pob="Place of Birth", issue="Date of Issue", authority="Issuing Office"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname",
                             given="First Names", nationality="Nationality", dob="Date of Birth", sex="Sex",
                             pob="Place of Birth", issue="Date of Issue", expiry="Date of Expiry",
                             authority="Authority"),
        card_mrz=dict(pitch=30.0, bottom=738, leading=1.66, left=80),
        passport_mrz=dict(pitch=26.0, bottom=950, leading=1.7, left=108), surfaces=["table", "formica"],
        conditions=["shadow", "finger", "low_light", "motion_blur", "strong_jpeg", "phone_shadow", "raindrops"]),
    # `showcase`: the document photographed lying UNDER THE GLASS TOP of a shop's display counter
    # (a mobile-money agent's, a phone shop's, a SIM registration point's): the photo taken
    # through the glass (tinted green, its contrast lowered, the shop behind the photographer
    # reflected faintly in it: shelves of boxes, a bright doorway; stronger at harder levels),
    # the counter's aluminium frame with the glass's green edge across one side, the document on
    # the counter's felt lining among SIM starter packs and airtime cards. The card (1012 x 638):
    # a pale ground of fine rays fanning from the lower right corner, the flag as a diagonal
    # ribbon across the top-left corner, the title in Yanone Kaffeesatz Bold, `NATIONAL IDENTITY
    # CARD / CARTE NATIONALE D'IDENTITÉ` under it, the arms at the right, a rule; values in
    # Vollkorn SemiBold with their captions UNDER them in Yanone, English / French (`Surname /
    # Nom`): surname, given names, birth date, sex and nationality in a row, expiry and card
    # number; the portrait at the RIGHT under the header, the signature under it, a small ghost
    # portrait at the lower left; the ID number in Vollkorn Bold in a tinted box at the lower
    # right. The back: birthplace, date of issue and authority, a barcode, the notice, the TD1 MRZ
    # on a white band. A passport (1250 x 880): the same ground, ribbon and header (`PASSPORT /
    # PASSEPORT`), the portrait at the right, type, code and passport number, surname, given
    # names, nationality and sex, birth date and birthplace, issue and expiry, authority, the TD3
    # MRZ on a white band. Dates `14 Sep. 1987`. Its conditions: `tube_light` (the shop's
    # fluorescent tubes reflected in the glass as long bright bars) and `glass_dust`
    # (fingerprints, dust and scratches on the glass), besides a shadow, low light, motion blur
    # and strong JPEG (no finger: the document is under glass).
    "showcase": dict(
        held_out=False, style="showcase", header="ribbon-corner-yanone", portrait="right-under-header",
        background="rays", date="dd Mon. yyyy", label_font=(YANONE_REGULAR, 20), value_font=(VOLLKORN_SEMIBOLD, 34),
        title_font=(YANONE_BOLD, 50), capture="showcase",
        labels=dict(id="ID Number", surname="Surname", given="Given names", dob="Date of birth", sex="Sex",
                    nationality="Nationality", expiry="Date of expiry", cardno="Card No.", pob="Place of birth",
                    issue="Date of issue", authority="Authority"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname", given="Given names",
                             nationality="Nationality", sex="Sex", dob="Date of birth", pob="Place of birth",
                             issue="Date of issue", expiry="Date of expiry", authority="Authority"),
        card_mrz=dict(pitch=28.4, bottom=604, leading=1.66, left=68),
        passport_mrz=dict(pitch=25.0, bottom=850, leading=1.7, left=60), surfaces=["lining"],
        conditions=["shadow", "low_light", "motion_blur", "strong_jpeg", "tube_light", "glass_dust"]),
    # The twenty-fourth held-out families (made for the twenty-fourth round of issue 17): measured
    # in two draws (5454, 5555) in the twenty-seventh round, development families now (drawn in
    # bench/documents.sh as `twenty-fourth-5454` and `twenty-fourth-5555`). Drawn by
    # document_families_twentyfourth.py (whose docstring says why these two; `lanyard`'s `capture`
    # hands make-documents.py's photographing to document_families.capture, which puts its card
    # in a badge holder).
    # `lanyard`: the card worn on a lanyard in a clear PVC badge holder, photographed hanging
    # against the holder's shirt (the holder's milky margin, welded seam, slot and metal clip
    # round the card); a passport page held open against the shirt. The layout is a symmetric
    # BUTTERFLY (1012 x 638): the title centred in OSP-DIN with the document's kind under it, the
    # arms at both ends, a thin flag band; the portrait in the MIDDLE of the card; at its left,
    # right-aligned towards it, surname, given names and card number; at its right, birth date,
    # sex, nationality and expiry; captions English / the issuer's second language (Kiswahili,
    # French, Afrikaans or isiNdebele) in Quicksand Bold over values in Oxygen Sans Bold; the ID
    # number large and centred at the foot under its caption; a flag band at the bottom edge.
    # The back: birthplace, issue and authority centred, a barcode, the TD1 MRZ on a white band.
    # A passport (1250 x 880): the same butterfly (type and code, passport number, surname, given
    # names, authority at the left; nationality, birth date, sex, birthplace, issue, expiry at
    # the right), the TD3 MRZ on a white band. Dates `14.09.1987`. Its conditions:
    # `holder_scuff` (the holder's PVC scuffed and yellowed: a milky haze, fine scratches, a
    # sheen band) and `lantern` (at night by a paraffin lamp: warm light falling off from one
    # side), besides a shadow, low light, motion blur and strong JPEG.
    "lanyard": dict(
        held_out=False, style="lanyard", header="centred-din", portrait="centre", background="guilloche-crossed",
        date="dd.mm.yyyy", label_font=("/usr/share/fonts/truetype/quicksand/Quicksand-Bold.ttf", 17),
        value_font=("/usr/share/fonts/truetype/oxygen/Oxygen-Sans-Bold.ttf", 30),
        title_font=("/usr/share/fonts/truetype/opendin/OSP-DIN.ttf", 44), capture="lanyard",
        labels=dict(id="ID Number", surname="Surname", given="Given Names", dob="Date of Birth", sex="Sex",
                    nationality="Nationality", expiry="Date of Expiry", cardno="Card No.", pob="Place of Birth",
                    issue="Date of Issue", authority="Authority"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname", given="Given Names",
                             nationality="Nationality", sex="Sex", dob="Date of Birth", pob="Place of Birth",
                             issue="Date of Issue", expiry="Date of Expiry", authority="Authority"),
        card_mrz=dict(pitch=28.4, bottom=606, leading=1.66, left=68),
        passport_mrz=dict(pitch=25.0, bottom=850, leading=1.7, left=60), surfaces=["shirt"],
        conditions=["shadow", "low_light", "motion_blur", "strong_jpeg", "holder_scuff", "lantern"]),
    # `dashboard`: the document laid on a car's dashboard and photographed from the driver's seat
    # (a ride-hailing or delivery driver signing up): dark grained plastic, the windscreen's foot
    # and the sky at the top, an air vent. The card (1012 x 638) puts its title at the FOOT: a
    # dark band across the bottom with the country's title in Roboto Slab Bold and the kind in
    # B612 Bold reversed out at the left, the ID number (grouped) under its caption reversed out
    # at the right; the portrait at the top LEFT with rounded corners, the signature under it;
    # to its right a column of captions in B612, grey, lower case with a colon (`surname:`), and
    # values in Roboto Slab Bold beside them: surname, given names, birth date, sex, nationality,
    # expiry, card number; the arms at the top right; a ground fading from the issuer's colour to
    # white with fine hairlines. The back: a dark band at the top, birthplace, issue and authority
    # rows, a barcode, the TD1 MRZ on a white band. A passport (1250 x 880): the same rows (type /
    # code, passport number, surname, given names, nationality, birth date, sex, birthplace, issue,
    # expiry, authority), the foot band above the white MRZ strip. Dates `14/09/1987`. Its
    # conditions: `sunstrip` (the windscreen's tinted top band darkening the top of the photo
    # blue-green) and `harmattan` (the dry season's dust: contrast lowered to beige, fine dust
    # specks), besides a shadow, a finger, motion blur and strong JPEG.
    "dashboard": dict(
        held_out=False, style="dashboard", header="foot-band", portrait="top-left-rounded", background="fade-hairlines",
        date="dd/mm/yyyy", label_font=("/usr/share/fonts/opentype/b612/B612-Regular.otf", 17),
        value_font=("/usr/share/fonts/opentype/roboto/slab/RobotoSlab-Bold.otf", 32),
        title_font=("/usr/share/fonts/opentype/roboto/slab/RobotoSlab-Bold.otf", 30),
        labels=dict(id="ID Number", surname="Surname", given="Given names", dob="Date of birth", sex="Sex",
                    nationality="Nationality", expiry="Expiry", cardno="Card number", pob="Place of birth",
                    issue="Issued", authority="Authority"),
        passport_labels=dict(type="Type", code="Code", docno="Passport number", surname="Surname",
                             given="Given names", nationality="Nationality", dob="Date of birth", sex="Sex",
                             pob="Place of birth", issue="Issued", expiry="Expiry", authority="Authority"),
        card_mrz=dict(pitch=28.4, bottom=606, leading=1.66, left=68),
        passport_mrz=dict(pitch=25.0, bottom=850, leading=1.7, left=60), surfaces=["dashboard"],
        conditions=["shadow", "finger", "motion_blur", "strong_jpeg", "sunstrip", "harmattan"]),
    # The twenty-fifth held-out families (made for the twenty-fifth round of issue 17): measured
    # in two draws (5656, 5757) in the twenty-eighth round, development families now (drawn in
    # bench/documents.sh as `twenty-fifth-5656` and `twenty-fifth-5757`). Drawn by
    # document_families_twentyfifth.py (whose docstring says why these two). Neither captures its
    # own: make-documents.py photographs them on their surfaces, and their conditions and surfaces
    # are that module's.
    # `kiosk`: the document laid on the counter of a roadside mobile-money or SIM-registration
    # kiosk and photographed by the agent (`planks`: the kiosk's planks painted in a brand's
    # yellow, green, red or blue, the paint chipped to the grey wood along their edges, dark gaps
    # and nail heads between them, a ballpoint pen and coins near the frame's edge). The card
    # (1012 x 638): a pale ground printed like SHWESHWE cloth (small four-petal florets and dots
    # on a diagonal lattice) inside a rounded double frame in the issuer's deep colour and accent;
    # the title centred in Bebas Neue Bold, `NATIONAL IDENTITY CARD · KITAMBULISHO CHA TAIFA`
    # (the second language as `smartcard` prints it) letter-spaced in Comfortaa under it, the
    # arms at the top left, a small flag at the top right; every value SANDWICHED between two
    # captions: the second language's in Comfortaa Bold in the deep colour ABOVE it (`Majina`,
    # `Prénoms`, `Voorname`, `Amabizo`) and English in small grey Comfortaa UNDER it (`Given
    # names`); values in Play Bold: given names FIRST, then surname, birth date, sex and the
    # holder's HEIGHT (`1.72 m`, as ECOWAS cards print it: not a field read), nationality,
    # expiry and card number; the portrait ROUND at the right in a ring of the flag's colours
    # and a gold line, the signature under it; the ID number (grouped) at the foot in an
    # outlined PILL with its two captions at the pill's left; short flag dashes under it. The
    # back: birthplace, issue and authority sandwiched the same way, a QR code, the notice, the
    # TD1 MRZ on a white band. A passport (1250 x 880): the same ground, frame and header
    # (`PASSPORT · PASIPOTI`), the round portrait at the right; type, code and passport number,
    # given names, surname, nationality, sex and height, birth date and birthplace, issue and
    # expiry, authority, all sandwiched; the TD3 MRZ on a white band. Dates `14/Sep/1987`. Its
    # conditions: `umbrella` (in the shade of the kiosk's branded umbrella: its panels' colour
    # and white by turns cast over most of the frame, the bright sun beyond its scalloped edge)
    # and `lens_fog` (the lens fogged with condensation out of an air-conditioned hall or car: a
    # milky glow bleeding from the light parts, thickest near the middle), besides a shadow, a
    # finger, motion blur and strong JPEG.
    "kiosk": dict(
        held_out=False, style="kiosk", header="centred-bebas-framed", portrait="right-round",
        background="shweshwe", date="dd/Mon/yyyy",
        label_font=("/usr/share/fonts/truetype/comfortaa/Comfortaa-Bold.ttf", 16),
        value_font=("/usr/share/fonts/truetype/play/Play-Bold.ttf", 30),
        title_font=("/usr/share/fonts/opentype/bebas-neue/BebasNeue-Bold.otf", 54),
        labels=dict(id="ID Number", surname="Surname", given="Given names", dob="Date of birth", sex="Sex",
                    nationality="Nationality", expiry="Date of expiry", cardno="Card number",
                    pob="Place of birth", issue="Date of issue", authority="Issuing authority"),
        passport_labels=dict(type="Type", code="Country code", docno="Passport number", surname="Surname",
                             given="Given names", nationality="Nationality", dob="Date of birth", sex="Sex",
                             pob="Place of birth", issue="Date of issue", expiry="Date of expiry",
                             authority="Issuing authority"),
        card_mrz=dict(pitch=28.6, bottom=604, leading=1.64, left=64),
        passport_mrz=dict(pitch=25.0, bottom=852, leading=1.7, left=58), surfaces=["planks"],
        conditions=["shadow", "finger", "motion_blur", "strong_jpeg", "umbrella", "lens_fog"]),
    # `bedside`: the document photographed at night on the bed, lying on a fleecy "mink" blanket
    # (`blanket`: a raschel blanket's deep ground with large printed roses and leaves, the
    # plush's fuzz and broad soft folds), the mosquito net hanging round the bed. The card (1012 x
    # 638): the country's title running UP the RIGHT edge in Gentium Book Plus Bold on a band of
    # the issuer's deep colour, edged by a strip of NDEBELE painted frieze (bold blocks, diamonds
    # and squares of yellow, red, blue and green in black outlines); the arms at the top left
    # with `NATIONAL IDENTITY CARD` in National Park Heavy and the second language's name of it
    # in Gentium Italic beside them, a rule under them; a cream ground with faint stepped
    # Ndebele gables and nested squares; the portrait at the top LEFT in a white mount, the ID
    # number (grouped) large UNDER it across the card with its caption, the holder's signature
    # over `Holder's signature` at the foot; to the portrait's right each caption on ONE line,
    # English in National Park then the second language in Gentium Italic after a middle dot
    # (`Date of birth  ·  Tarehe ya kuzaliwa`), over values in National Park Heavy: surname,
    # given names, birth date and sex, nationality and expiry, card number. The back: a frieze
    # strip along the top, birthplace, issue and authority, the right thumbprint in an oval, a
    # barcode, the notice in Gentium Italic, the TD1 MRZ on a white band. A passport (1250 x
    # 880): the band and frieze down the right edge to the MRZ band, the portrait at the left
    # with the passport number in red under it, type and code, surname, given names, nationality
    # and sex, birth date and birthplace, issue and expiry, authority; a frieze strip over the
    # white MRZ band, the TD3 MRZ. Dates `Sep 14, 1987`. Its conditions: `mosquito_net` (a fold
    # of the net hanging close in front of the lens over one side of the frame: a soft pale veil,
    # thicker in its folds, the mesh's threads blurred) and `lint` (the blanket's fibres, tufts
    # and a hair on the document, its pile standing over the document's edges), besides a
    # shadow, low light, motion blur and strong JPEG.
    "bedside": dict(
        held_out=False, style="bedside", header="title-up-right-band", portrait="top-left-id-under",
        background="ndebele", date="Mon dd, yyyy",
        label_font=("/usr/share/fonts/opentype/national-park/NationalPark-Regular.otf", 17),
        value_font=("/usr/share/fonts/opentype/national-park/NationalPark-Heavy.otf", 32),
        title_font=("/usr/share/fonts/truetype/gentiumplus/GentiumBookPlus-Bold.ttf", 38),
        labels=dict(id="ID Number", surname="Surname", given="Given names", dob="Date of birth", sex="Sex",
                    nationality="Nationality", expiry="Date of expiry", cardno="Card No.", pob="Place of birth",
                    issue="Date of issue", authority="Authority"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname", given="Given names",
                             nationality="Nationality", dob="Date of birth", sex="Sex", pob="Place of birth",
                             issue="Date of issue", expiry="Date of expiry", authority="Authority"),
        card_mrz=dict(pitch=28.0, bottom=608, leading=1.72, left=72),
        passport_mrz=dict(pitch=24.8, bottom=848, leading=1.74, left=66), surfaces=["blanket"],
        conditions=["shadow", "low_light", "motion_blur", "strong_jpeg", "mosquito_net", "lint"]),
    # The twenty-sixth held-out families (made for the twenty-sixth round of issue 17): measured
    # in two draws (5858, 5959) in the twenty-ninth round, development families now (drawn in
    # bench/documents.sh as `twenty-sixth-5858` and `twenty-sixth-5959`). Drawn by
    # document_families_twentysixth.py (whose docstring says why these two). Neither captures its
    # own: make-documents.py photographs them on their surfaces, and their conditions and surfaces
    # are that module's.
    # `stall`: the document laid on a trader's sack of grain at a market stall and photographed
    # by the agent signing market traders up (`sack`: a woven polypropylene sack's flat tapes over
    # one and under one, each with its sheen and the slit film's fine lines, two coloured tapes
    # woven in, a stencilled `MAIZE` / `50 KG` in faded ink on the tapes, the grain's lumps and a
    # fold, the sack turned a little, now and then a few maize kernels or beans spilled near the
    # frame's edge). The card (1012 x 638): a sand ground with a LUSONA (sona) drawing, a line
    # looping round a lattice of dots, in pale terracotta and indigo, whatever the issuer; the
    # arms at the top left, the title in Beteckna GS Bold in indigo, `NATIONAL IDENTITY CARD`
    # letter-spaced in Allerta in terracotta under it, a terracotta rule ending in diamonds; the
    # flag as a RIBBON HANGING from the top edge, its stripes running down, its end notched; the
    # portrait at the right under it in a thin indigo frame, the signature under it and a small
    # DOT-MATRIX copy of the portrait (as a laser-perforated image) at the lower right; captions
    # in English only, in Allerta capitals in terracotta, each after a small terracotta DIAMOND
    # (`SURNAME`, `OTHER NAMES`, `NATIONALITY`, `SEX`, `BIRTH DATE`, `PERSONAL ID NO.`,
    # `EXPIRES`, `DOCUMENT NO.`); the order surname, other names, then nationality and sex
    # BEFORE the birth date (as Ghana's card orders them), the ID number, the expiry beside the
    # document number; names and nationality in Universalis ADF Bold; the NUMBERS IN CELLS in
    # JetBrains Mono ExtraBold: the ID number one character a cell in a comb, its groups apart
    # (a dash between them where the number has hyphens: `63-123456-A-42`, `GHA-123456789-0`;
    # South Africa's 6-4-3, Nigeria's 4-3-4, Uganda's 2-2-5-5 as gaps), the sex in one cell, each
    # DATE as three cells (day, month, year) with a tiny `DD`, `MM`, `YYYY` under them; a
    # terracotta strip along the foot. The back: a terracotta strip at the top, birthplace,
    # the date of issue in cells and the issuing authority, a barcode with the card number under
    # it, the notice, the TD1 MRZ on a white band. A passport (1250 x 880): the same ground,
    # header and ribbon (`PASSPORT`); type in a cell, code, the passport number in cells;
    # surname, other names, nationality, sex and birth date, birthplace and authority, issue and
    # expiry in cells; the portrait at the right with the signature and the dot copy under it;
    # the TD3 MRZ on a white band. Its conditions: `flies` (houseflies settled near the
    # document's top corners and round it on the sack, each with its soft shadow, now and then one
    # passing through the frame blurred) and `smoke` (wisps of smoke from a fish smoker's or a
    # maize roaster's fire drifting across the frame: bluish grey streaks, thicker towards one
    # side, the picture under them a little soft), besides a shadow, a finger, motion blur and
    # strong JPEG.
    "stall": dict(
        held_out=False, style="stall", header="arms-title-ribbon", portrait="right-dot-copy", background="sona",
        date="dd|mm|yyyy", label_font=("/usr/share/fonts/opentype/allerta/allerta_medium.otf", 15),
        value_font=("/usr/share/fonts/truetype/adf/UniversalisADFStd-Bold.otf", 32),
        title_font=("/usr/share/fonts/truetype/beteckna/BetecknaGS-Bold.ttf", 40),
        labels=dict(id="PERSONAL ID NO.", surname="SURNAME", given="OTHER NAMES", dob="BIRTH DATE", sex="SEX",
                    nationality="NATIONALITY", expiry="EXPIRES", cardno="DOCUMENT NO.", pob="PLACE OF BIRTH",
                    issue="DATE OF ISSUE", authority="ISSUED BY"),
        passport_labels=dict(type="TYPE", code="CODE", docno="PASSPORT NO.", surname="SURNAME", given="OTHER NAMES",
                             nationality="NATIONALITY", dob="BIRTH DATE", sex="SEX", pob="PLACE OF BIRTH",
                             issue="DATE OF ISSUE", expiry="EXPIRES", authority="ISSUED BY"),
        card_mrz=dict(pitch=28.4, bottom=606, leading=1.68, left=66),
        passport_mrz=dict(pitch=25.0, bottom=850, leading=1.72, left=62), surfaces=["sack"],
        conditions=["shadow", "finger", "motion_blur", "strong_jpeg", "flies", "smoke"]),
    # `lounge`: the document photographed at home in the sitting room, laid on the crocheted
    # doily on the coffee table by the window (`doily`: rings of lace round the doily's centre,
    # chain mesh with large oval holes, rows of small round ones and solid bands with slits, a
    # scalloped edge with a ring of small holes inside it, the stitches; the varnished wooden
    # table's dark grain and the window's sheen showing through the holes, the lace's shadow on
    # it). The card (1012 x 638): a pale ivory ground of KUBA-cloth mazes (stepped lines from
    # cell to cell joining into a maze, every sixth row a band of small triangles between rules)
    # in pale teal and copper, whatever the issuer; the country's title in Baskervald ADF Heavy
    # reversed out of a teal RIBBON BANNER with folded, notched tails, centred at the top, the
    # document's name in Junction under it in English and the issuer's language (`National
    # Identity Card · Karata ya Boitshupo`); the arms at the top left, a copper guilloche seal
    # at the top right, a copper rule; each caption a TWO-LINE block in a column at the LEFT of
    # its value: English capitals in Junction in copper over the issuer's language in Baskervald
    # italics in grey (Shona, Setswana, Hausa, Kiswahili, French for Ghana, Luganda:
    # `Zita remhuri`, `Sefane`, `Sunan iyali`, `Jina la familia`, `Nom de famille`, `Erinnya
    # ly'ekika`), the value in Baskervald ADF Bold beside it, a dotted teal line under each row:
    # surname, given names, sex, birth date, nationality, the VALIDITY as one range from the date
    # of issue to the expiry (`14 Sept 2021 – 13 Sept 2031`), card number; dates with the month
    # as British style abbreviates it (`14 Sept 1987`, `03 June 1990`, `22 July 1985`, `09 Mar
    # 1979`); the ID number under its own BARCODE at the top right (as South Africa's green
    # identity book printed it), letter-spaced; the portrait at the BOTTOM RIGHT on an ivory
    # mount held by copper PHOTO CORNERS; the signature at the lower left over `SIGNATURE`. The
    # back: a teal strip with a copper rule at the top, birthplace, date of issue and authority
    # in the same rows, a QR code, the notice in Baskervald italics, the TD1 MRZ on a white band.
    # A passport (1250 x 880): the same ground and banner (`Passport · Phasepoto`), the passport
    # number under its barcode at the top right, the portrait under it with the signature; type
    # and code, surname, given names, sex, birth date, birthplace, nationality, validity and
    # authority; the TD3 MRZ on a white band. Its conditions: `burglar_bars` (the window
    # grille's shadow thrown across the frame by the low sun: bars and rails with diamonds, a
    # rising sun's rays or S-curls, sheared by the sun's angle and soft-edged, warm sun between,
    # cool shade under them and beyond the window's patch of light) and `portrait_mode` (the
    # phone left in its portrait mode: the surface blurred hard as background, the matte's edge
    # wandering in and out of the document's outline, the document's far part a little soft),
    # besides a shadow, low light, motion blur and strong JPEG.
    "lounge": dict(
        held_out=False, style="lounge", header="ribbon-banner", portrait="bottom-right-cornered",
        background="kuba", date="dd Sept yyyy",
        label_font=("/usr/share/fonts/opentype/junction/Junction.otf", 15),
        value_font=("/usr/share/fonts/truetype/adf/BaskervaldADFStd-Bold.otf", 29),
        title_font=("/usr/share/fonts/truetype/adf/BaskervaldADFStd-Heavy.otf", 34),
        labels=dict(id="ID Number", surname="Surname", given="Given names", dob="Date of birth", sex="Sex",
                    nationality="Nationality", valid="Validity", expiry="Date of expiry", cardno="Card No.",
                    pob="Place of birth", issue="Date of issue", authority="Authority", signature="Signature"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname", given="Given names",
                             nationality="Nationality", dob="Date of birth", sex="Sex", pob="Place of birth",
                             valid="Validity", issue="Date of issue", expiry="Date of expiry",
                             authority="Authority"),
        card_mrz=dict(pitch=28.2, bottom=604, leading=1.7, left=70),
        passport_mrz=dict(pitch=25.0, bottom=850, leading=1.7, left=60), surfaces=["doily"],
        conditions=["shadow", "low_light", "motion_blur", "strong_jpeg", "burglar_bars", "portrait_mode"]),
    # The twenty-seventh held-out families (made for the twenty-seventh round of issue 17): measured
    # in two draws (6060, 6161) in the thirtieth round, development families now (drawn in
    # bench/documents.sh as `twenty-seventh-6060` and `twenty-seventh-6161`). Drawn by
    # document_families_twentyseventh.py (whose docstring says why these two). Neither captures
    # its own: make-documents.py photographs them on their surfaces, and their conditions and
    # surfaces are that module's.
    # `boda`: the rider's document laid on the seat of his motorcycle at the boda-boda stage and
    # photographed at noon by the agent signing riders up for a ride-hailing app, a bike loan or
    # the stage's SACCO, the engine idling (`saddle`: the seat's vinyl quilted in diamonds or
    # pleated across, each panel puffed, dark grooves with a row of stitches beside them, a
    # leathery grain, a shine along the crown, a film of red dust and specks; sometimes the seat's
    # side falling away at one edge of the frame, its piping lit, and beyond it the stage's red
    # murram or the painted fuel tank). The card (1012 x 638): a pale ground dyed like ADIRE
    # cloth (squares of lighter resist motifs, rings, spirals, Olokun's comb, leaves, zigzags,
    # dots and hatching, on pale indigo, stitched borders between them), slate and a hi-vis
    # orange whatever the issuer; the ID NUMBER DOWN THE LEFT EDGE on a slate band, reading from
    # top to bottom as a book's spine does, in League Mono Condensed Bold, letter-spaced, its
    # caption `ID NO.` above it the same way in orange; the title SPLIT by the arms in the middle
    # of the top, the state's style at their left and the country's name at their right
    # (`REPUBLIC OF` | arms | `KENYA`) in Eurofurence Bold, `NATIONAL IDENTITY CARD` across an
    # orange rule under them; the portrait at the right in a HEXAGON standing on a point with an
    # orange rim, the signature under it, the card's serial number under that; each caption
    # after a small orange PICTOGRAM (a person, a calendar, a globe, a gender sign, a card, a pin,
    # a building, a book), worded `Family name`, `First names`, `Born`, `Gender`, `Citizenship`,
    # `Valid until`, `Birthplace`, `Card serial`, in Tuffy, over values in Tuffy Bold: family
    # name, first names, then born, gender and citizenship in one row, valid until and birthplace;
    # dates with MIDDLE DOTS, `14·09·1987`; a row of small orange hexagons over a slate strip along
    # the foot. The back: the slate band with hexagons, issue and authority with their pictograms, a
    # MaxiCode-like 2-D code (small hexagons round a bullseye) on a white patch at the right, the
    # notice, the TD1 MRZ on a white band under an orange rule. A passport (1250 x 880): the
    # passport number down the left band, the split title (`PASSPORT`), the hexagonal portrait at
    # the right with the signature; type and country code, family name, first names, born,
    # gender and citizenship, birthplace and authority, issued and valid until; the TD3 MRZ on a
    # white band. Its conditions: `hdr_halo` (the phone's automatic HDR under the noon sun: the
    # tones squeezed round their local mean, the detail pushed, a bright halo round dark things
    # and a dark one round bright ones, the shadows lifted, the colours pushed, a little
    # sharpening) and `judder` (the idling engine shaking the seat under the rolling shutter: the
    # rows a pixel or three to the side and up or down in a wave down the frame, its strength
    # beating, every edge a little doubled by the shake within the exposure), besides a shadow,
    # a finger, motion blur and strong JPEG.
    "boda": dict(
        held_out=False, style="boda", header="split-arms-title", portrait="right-hexagon", background="adire",
        date="dd·mm·yyyy", label_font=("/usr/share/fonts/truetype/tuffy/Tuffy.ttf", 17),
        value_font=("/usr/share/fonts/truetype/tuffy/Tuffy_Bold.ttf", 30),
        title_font=("/usr/share/fonts/truetype/eurofurence/eurof75.ttf", 34),
        labels=dict(id="ID No.", surname="Family name", given="First names", dob="Born", sex="Gender",
                    nationality="Citizenship", expiry="Valid until", cardno="Card serial", pob="Birthplace",
                    issue="Issued", authority="Issuing authority", signature="Holder's signature"),
        passport_labels=dict(type="Type", code="Country code", docno="Passport No.", surname="Family name",
                             given="First names", nationality="Citizenship", dob="Born", sex="Gender",
                             pob="Birthplace", issue="Issued", expiry="Valid until", authority="Issuing authority"),
        card_mrz=dict(pitch=28.0, bottom=606, leading=1.7, left=90),
        passport_mrz=dict(pitch=24.8, bottom=850, leading=1.72, left=100), surfaces=["saddle"],
        conditions=["shadow", "finger", "motion_blur", "strong_jpeg", "hdr_halo", "judder"]),
    # `homestead`: the document photographed on a field officer's clipboard at a farmer's
    # homestead, as input-loan programmes, SACCOs, cooperatives and crop insurers register
    # smallholders in the villages, laid on the application form clipped to the board on her lap
    # (`clipboard`: the programme's form printed from a word processor, headed `SMALLHOLDER INPUT
    # LOAN APPLICATION` or the like, its sections, dotted lines, tick boxes and a table of inputs,
    # her ballpoint entries, village, group, crop, acres, phone, her name and the date of the
    # visit, the name and ID lines left for later; the board's hardboard or plastic round the
    # paper, its steel clip with a rolled lip, rivets and wire lever at the top; beyond the
    # board's edge the twill of her trousers with the board's shadow; the board turned a little
    # or upside down). The card (1012 x 638): a cream ground with rows of small pale beads in
    # arcs round a point below the card, as a Maasai beaded collar, bands of one colour and rows
    # of blocks of two, maroon and green whatever the issuer; the title in Old Standard Bold in
    # a CARTOUCHE with concave corners and a double maroon rule, centred at the top, the arms at
    # its left and a small flag at its right, `NATIONAL IDENTITY CARD` letter-spaced in Routed
    # Gothic under it with the issuer's name for it in Old Standard italics after a middle dot;
    # every value in an outlined rounded box whose English caption is set INTO ITS TOP BORDER
    # as a form's fieldset legend, in Routed Gothic capitals in green, the issuer's language set
    # into its BOTTOM BORDER at the right in Old Standard italics (isiNdebele, Afrikaans, Igbo,
    # Kiswahili, French for Ghana, Luganda: `Isibongo`, `Van`, `Aha ezinụlọ`, `Jina la ukoo`,
    # `Nom`, `Erinnya ly'ekika`); values in Yrsa Bold; the portrait at the left in a maroon line,
    # the signature in a box of its own under it; surname, given names, then birth date, sex and
    # nationality in a row, expiry and card number, and the ID number in a WIDE BOX ACROSS THE
    # FOOT, large and letter-spaced; dates YEAR FIRST with the month's letters, `1987-SEP-14`; a
    # maroon strip along the foot. The back: a maroon strip at the top, birthplace, issue and
    # authority in their boxes, a barcode with the card number under it in a box at the right,
    # the notice in Old Standard italics, the TD1 MRZ on a white band. A passport (1250 x 880):
    # the same ground and cartouche (`PASSPORT · Pasipoti`), the portrait at the left with the
    # signature box under it, the boxes at the right: type, code and passport number, surname,
    # given names, birth date, sex and nationality, birthplace and authority, issue and expiry;
    # the TD3 MRZ on a white band. Its conditions: `geotag` (the GPS camera app's stamp: a dark
    # translucent panel at the foot of the photo with a small map and a red pin, the place, its
    # street, latitude and longitude and the weekday, date, time and zone; where the document
    # leaves no room under it, the same as a black strip added under the photo, so that it never
    # covers the document) and `lens_finger` (the officer's fingertip over a corner of the lens:
    # a large soft blob of skin from a corner, lit red-orange through its rim, a haze of
    # scattered light round it, kept to the document's outer margin at most), besides a shadow,
    # low light, motion blur and strong JPEG.
    "homestead": dict(
        held_out=False, style="homestead", header="cartouche-arms-flag", portrait="left-signature-box",
        background="beadwork", date="yyyy-MON-dd",
        label_font=("/usr/share/fonts/truetype/routed-gothic/routed-gothic.ttf", 13),
        value_font=("/usr/share/fonts/truetype/fonts-yrsa-rasa/Yrsa-Bold.ttf", 30),
        title_font=("/usr/share/fonts/truetype/fonts-oldstandard/OldStandard-Bold.ttf", 32),
        labels=dict(id="NATIONAL ID NO.", surname="SURNAME", given="GIVEN NAMES", dob="DATE OF BIRTH", sex="SEX",
                    nationality="NATIONALITY", expiry="DATE OF EXPIRY", cardno="CARD NO.", pob="PLACE OF BIRTH",
                    issue="DATE OF ISSUE", authority="ISSUING AUTHORITY", signature="SIGNATURE"),
        passport_labels=dict(type="TYPE", code="CODE", docno="PASSPORT NO.", surname="SURNAME", given="GIVEN NAMES",
                             nationality="NATIONALITY", dob="DATE OF BIRTH", sex="SEX", pob="PLACE OF BIRTH",
                             issue="DATE OF ISSUE", expiry="DATE OF EXPIRY", authority="AUTHORITY",
                             signature="SIGNATURE"),
        card_mrz=dict(pitch=28.4, bottom=608, leading=1.66, left=64),
        passport_mrz=dict(pitch=25.2, bottom=852, leading=1.7, left=56), surfaces=["clipboard"],
        conditions=["shadow", "low_light", "motion_blur", "strong_jpeg", "geotag", "lens_finger"]),
    # The twenty-eighth held-out families (made for the twenty-eighth round of issue 17): measured
    # in two draws (6262, 6363) in the thirty-first round, development families now (drawn in
    # bench/documents.sh as `twenty-eighth-6262` and `twenty-eighth-6363`). Drawn by
    # document_families_twentyeighth.py (whose docstring says why these two). Neither captures
    # its own: make-documents.py photographs them on their surfaces, and their conditions and
    # surfaces are that module's.
    # `crossing`: the traveller's or cross-border trader's document laid on the bonnet of the car
    # or minibus in the queue at a border post and photographed in the midday heat for a
    # money-transfer app, a cross-border mobile-money wallet or a travel insurer (`bonnet`: the
    # car's paint, white, silver, red, blue, beige or black, its gloss mirroring the sky, clouds
    # and a dark line of trees or roofs bent by the bonnet's crown, a swage line along it, a film
    # of dust with a wiped streak and dried water spots; sometimes at one edge the windscreen's
    # foot, its black cowl with slots, a wiper and the dark glass, or the gap to the wing). The
    # card (1012 x 638): a pale SAND paper with coloured SECURITY FIBRES (short curved threads,
    # red, blue, green, yellow) and small planchettes in it and fine relief waves across it,
    # petrol and brick whatever the issuer; the arms at the top left, the state's style in Switzera
    # ADF Bold Condensed over the country's name in large HOLLOW (outlined) letters in millimetre
    # Extrablack, letter-spaced (`REPUBLIC OF` over `K E N Y A`); the document's kind and its
    # number (`DOCUMENT NO.`, in Anonymous Pro Bold) right-aligned at the top right; a brick rule
    # over a petrol hairline under the header; the portrait at the left printed in one colour, a
    # warm SEPIA DUOTONE, in a thin petrol frame, the signature over `HOLDER'S SIGNATURE` under
    # it; every field after a short brick ACCENT BAR down its left side, the caption in small
    # letter-spaced capitals in Switzera ADF Condensed over the value in Averia Sans GWF Bold:
    # surname, forenames, date of birth and sex, nationality and `EXPIRES`; the PERSONAL NUMBER
    # large and letter-spaced in white in a dark petrol PILL across the foot; dates run together
    # with the month's letters, `14SEP1987`; the flag's stripes along the foot. The back: a petrol
    # strip at the top, birthplace, issue and issuing office after their accent bars, a PDF417
    # stacked barcode on a white patch at the right, the notice, the TD1 MRZ on a white band under
    # a brick rule. A passport (1250 x 880): the same header (`PASSPORT`, `PASSPORT NO.`), the
    # sepia portrait at the left, type, code and number, surname, forenames, birth date, sex and
    # nationality, birthplace and office, issue and expiry after their bars; the passport number
    # also PERFORATED down the page's right edge in holes of a 5 x 7 dot matrix reading upwards
    # (the holes clear, the bonnet showing through them); the TD3 MRZ on a white band. Its
    # conditions: `heat_shimmer` (the air over the hot bonnet bending the light: every point a
    # pixel or two off in a slowly wandering field, softer where the air is thickest, a little
    # less contrast) and `shade_net` (the car park's knitted shade net's shadow: a fine soft
    # lattice of light spots over everything, darker seams, the light through a green net
    # tinted, sometimes the net's edge and open sun beyond it, the exposure brought back up),
    # besides a shadow, a finger, motion blur and strong JPEG.
    "crossing": dict(
        held_out=False, style="crossing", header="hollow-name-left", portrait="left-sepia", background="fibres",
        date="ddMONyyyy", label_font=("/usr/share/fonts/truetype/adf/SwitzeraADF-Cond.otf", 16),
        value_font=("/usr/share/fonts/truetype/averia-gwf/AveriaSansGWF-Bold.ttf", 32),
        title_font=("/usr/share/fonts/opentype/millimetre/millimetreA Extrablack 01.otf", 62),
        labels=dict(id="Personal No.", surname="Surname", given="Forenames", dob="Date of Birth", sex="Sex",
                    nationality="Nationality", expiry="Expires", cardno="Document No.", pob="Place of Birth",
                    issue="Issued", authority="Issuing Office", signature="Holder's Signature"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname", given="Forenames",
                             nationality="Nationality", dob="Date of Birth", sex="Sex", pob="Place of Birth",
                             issue="Issued", expiry="Expires", authority="Issuing Office"),
        card_mrz=dict(pitch=28.2, bottom=606, leading=1.7, left=68),
        passport_mrz=dict(pitch=25.0, bottom=850, leading=1.72, left=60), surfaces=["bonnet"],
        conditions=["shadow", "finger", "motion_blur", "strong_jpeg", "heat_shimmer", "shade_net"]),
    # `chama`: the member's document laid on the savings group's record book at the group's
    # evening meeting (a chama, a stokvel, mukando, susu, esusu or ajo, a VSLA), photographed by
    # the treasurer registering the members for the group's bank or mobile-money account, often
    # in a power cut (`cashbook`: the ruled record book open on the table, cream pages with blue
    # lines, red money columns and margin, the treasurer's handwritten headings `Date`, `Name`,
    # `Phone`, `Shares`, `Savings`, `Sign` and the members' entries in ballpoint, with ticks; the
    # gutter's shadow between the pages, the cover's edge, and beyond the book the table, wood
    # or a plastic cover; the book turned a little or round). The card (1012 x 638): an IVORY
    # ground carved as a Swahili (Lamu) door's frieze, bands of interlocking chain between rows
    # of eight-petalled rosettes and lotus fans, terracotta and teal whatever the issuer; a
    # HEADER BAND FADING from one flag colour at the left to another at the right, the title in
    # Quattrocento reversed out of it, letter-spaced, `NATIONAL IDENTITY CARD` under it, the arms
    # at its left and a round seal at its right in white, a saffron rule under it; every caption
    # a white CHIP (a rounded indigo tag, in Karmilla Bold) on the value's own line with the value
    # after it in Century Catalogue, so the values start where their chips end: the ID NUMBER
    # first, under the band, in Inconsolata, letter-spaced; the portrait at the left in a frame
    # with CUT CORNERS (an octagon, indigo inside a saffron rule), the signature over `Holder's
    # signature` under it; at the right surname, names, SEX and DATE OF BIRTH on one line,
    # nationality, date of expiry, card number; dates as two-digit day, month and year apart,
    # `14 09 87`; a saffron strip along the foot. The back: the fading band as a thin strip at the
    # top, the LEFT THUMBPRINT in a box at the left (`Left thumb`), birthplace, issue and
    # authority after their chips, a Data Matrix code at the right, the notice, the TD1 MRZ on a
    # white band. A passport (1250 x 880): the same band (`PASSPORT`), the chamfered portrait at
    # the left, the chips at the right: type, code and passport number, surname, names, sex and
    # birth date, nationality, birthplace, issue and expiry, authority; the TD3 MRZ on a white
    # band. Its conditions: `torch` (load shedding: the scene lit only by a second phone's torch
    # held off to one side, a hard cool-white spot with the LED's rings falling off steeply into
    # a dark, warm room, the exposure pushed up, coarse coloured grain smoothed a little) and
    # `pen` (the treasurer's ballpoint lying across a corner or along an edge of the document,
    # barrel, cap and clip, cone and point, with its soft shadow, kept to the document's outermost
    # edge), besides a shadow, low light, motion blur and strong JPEG.
    "chama": dict(
        held_out=False, style="chama", header="fading-band-quattrocento", portrait="left-chamfered",
        background="lamu", date="dd mm yy",
        label_font=("/usr/share/fonts/truetype/karmilla/Karmilla-Bold.ttf", 15),
        value_font=("/usr/share/fonts/truetype/fonts-century-catalogue/Century-Catalogue.ttf", 34),
        title_font=("/usr/share/fonts/opentype/quattrocento/Quattrocento-Regular.otf", 40),
        labels=dict(id="ID NO.", surname="SURNAME", given="NAMES", dob="DATE OF BIRTH", sex="SEX",
                    nationality="NATIONALITY", expiry="DATE OF EXPIRY", cardno="CARD NO.", pob="PLACE OF BIRTH",
                    issue="DATE OF ISSUE", authority="AUTHORITY", signature="Holder's signature",
                    thumb="Left thumb"),
        passport_labels=dict(type="TYPE", code="CODE", docno="PASSPORT NO.", surname="SURNAME", given="NAMES",
                             nationality="NATIONALITY", dob="DATE OF BIRTH", sex="SEX", pob="PLACE OF BIRTH",
                             issue="DATE OF ISSUE", expiry="DATE OF EXPIRY", authority="AUTHORITY"),
        card_mrz=dict(pitch=28.4, bottom=608, leading=1.68, left=62),
        passport_mrz=dict(pitch=25.2, bottom=852, leading=1.7, left=56), surfaces=["cashbook"],
        conditions=["shadow", "low_light", "motion_blur", "strong_jpeg", "torch", "pen"]),
    # The twenty-ninth held-out families (made for the twenty-ninth round of issue 17; the reader
    # has not been run on them), drawn by document_families_twentyninth.py (whose docstring says
    # why these two). Neither captures its own: make-documents.py photographs them on their
    # surfaces, and their conditions and surfaces are that module's.
    # `clinic`: the patient's document on the records desk of a clinic's or hospital's
    # out-patient department, photographed by the records clerk enrolling the patient in the
    # national health insurance or a hospital's patient app, under fluorescent tubes and a
    # ceiling fan (`folder`: the patient's buff manila file open on the desk, its flecked card
    # and the crease of its spine, the out-patient record sheet held in it by a steel fastener,
    # printed headings and the clinician's handwritten notes on its ruled lines, a ruled record
    # of attendance printed inside the cover with dates and initials, a violet date stamp, the
    # file number written on the tab; beyond the folder the desk's melamine top; the folder
    # turned a little or round). The card (1012 x 638): a pale ground with a KANGA's border, a
    # frame of cashew (paisley) motifs between two rules all round the card, head to tail by
    # turns, small dots in staggered rows and fine waves inside, coral and sea blue whatever the
    # issuer; the arms at the top left with the document's name in the issuer's language beside
    # them (`KITAMBULISHO CHA TAIFA`, `UMAZISI WESIZWE`) over `NATIONAL IDENTITY CARD` in tiny
    # capitals, the title RIGHT-ALIGNED at the top right in Le Murmure (a tall condensed
    # titling face), a coral rule under them; every VALUE at the LEFT, flush with the margin,
    # in Tribun ADF Bold Condensed, and its CAPTION after it at the RIGHT, right-aligned at the
    # column's end: the issuer's language (Shona, isiZulu, Hausa, Kiswahili, Twi, Luganda, as
    # `vernacular` words it) in CMU Serif over the English in TINY Libris ADF (`Isibongo` over
    # `Surname`), a dotted hairline under the row: surname, given names, the ID number in
    # mononoki Bold, the birth date and the sex two to a row, each with its caption at its
    # right, nationality, the expiry and the date of issue two to a row; dates YEAR FIRST with
    # spaces, `1987 09 14`; the portrait at the RIGHT in a coral and sea-blue frame, the CARD
    # NUMBER printed VERTICALLY along its left side, reading upwards, after its caption; the
    # signature under the portrait over its caption in both languages. The back: birthplace, issue and authority the same way, a
    # one-dimensional barcode turned UPRIGHT (bars across) on a white panel at the right with the
    # card number up its side, the notice, and the TD1 MRZ on a pale sea-blue TINTED band set
    # CLOSE to the bottom edge. A passport (1250 x 880): the same ground, header (`PASSPORT`,
    # `PASIPOTI`) and rows: type, code and passport number three to a row, surname, given names,
    # nationality and sex, birth date and birthplace, issue and expiry, authority; the portrait
    # at the right with the passport number up its left side; the TD3 MRZ on the tinted band
    # close to the page's foot. Its conditions: `sleeve_glare` (the document in a clear plastic
    # sleeve: the welded seams just outside its edges, the open mouth's cut edge, a faint milky
    # haze, the tube's glare on the film as a broad bright patch broken by the film's crinkles, a
    # crease or two catching the light) and `ceiling_fan` (the turning ceiling fan's shadow:
    # soft sectors of shade swept round its hub within the exposure, a fainter second one from a
    # second tube, the frame tinted by the tubes' cool light), besides a shadow, low light,
    # motion blur and strong JPEG.
    "clinic": dict(
        held_out=True, style="clinic", header="arms-local-title-right", portrait="right-vertical-number",
        background="kanga", date="yyyy mm dd",
        label_font=("/usr/share/fonts/truetype/cmu/cmunrm.ttf", 17),
        value_font=("/usr/share/fonts/truetype/adf/TribunADFStd-BoldCond.otf", 40),
        title_font=("/usr/share/fonts/opentype/le-murmure/le-murmure.otf", 50),
        labels=dict(id="ID Number", surname="Surname", given="Given names", dob="Date of birth", sex="Sex",
                    nationality="Nationality", expiry="Date of expiry", cardno="Card No.", pob="Place of birth",
                    issue="Date of issue", authority="Issuing authority", signature="Signature"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname", given="Given names",
                             nationality="Nationality", dob="Date of birth", sex="Sex", pob="Place of birth",
                             issue="Date of issue", expiry="Date of expiry", authority="Issuing authority"),
        card_mrz=dict(pitch=28.2, bottom=628, leading=1.62, left=60),
        passport_mrz=dict(pitch=25.0, bottom=870, leading=1.66, left=54), surfaces=["folder"],
        conditions=["shadow", "low_light", "motion_blur", "strong_jpeg", "sleeve_glare", "ceiling_fan"]),
    # `classroom`: the voter's or applicant's document on a pupil's desk in a school classroom
    # used as a registration centre (continuous voter registration, a national ID or Huduma
    # drive, a university's admissions day), photographed by the clerk at the registration kit
    # with its LED ring light (`desk`: the desk's varnished lid of two or three planks, their
    # grain and joints, the varnish worn pale where arms rest, initials, a heart and a class's
    # year carved in it, blue biro doodles and an ink blot, chalk dust, the pen groove along its
    # top edge with the old inkwell's hole; the desk turned a little or round). The card (1012 x
    # 638): a pale ground woven as a Maasai SHUKA's check (broad red bands crossed by black,
    # blue or orange lines, the twill's fine diagonal in it), faint guilloche lines in the
    # issuer's deep colour; the arms at the top left, the title in Arapey Black after them in
    # the issuer's deep colour, `NATIONAL IDENTITY CARD` letter-spaced under it, a STEPPED rule
    # under both (three bars of the flag's colours, each shorter and thinner than the one above
    # it); the portrait at the LEFT printed as a coarse black HALFTONE (round dots on a screen
    # turned 45 degrees), the signature under it over `HOLDER'S SIGNATURE`; at its right the
    # fields as a table: each group of captions reversed in white out of a dark STRIP in the
    # issuer's deep colour (GFS Neohellenic Bold capitals), one to three captions a strip split
    # by white ticks, the values in the row UNDER the strip, each under its own caption, in
    # Berenis ADF Pro Bold: `SURNAME`; `GIVEN NAMES`; `DATE OF BIRTH` | `SEX` | `NATIONALITY`;
    # `ID NUMBER` | `DATE OF EXPIRY`; `CARD NUMBER`; the numbers in Hermit Bold, the ID number
    # in GROUPS joined by HYPHENS where the issuer's number is long and has none
    # (`870914-5009-087`, `1234-567-8901`); dates with the month written out and the day
    # unpadded, `4 September 1987`; a dark strip along the foot. The back: a dark strip at the
    # top, birthplace and issue under one strip and the authority under another, an Aztec code
    # on a white patch at the right, the notice, the stepped rule, the TD1 MRZ on a white band. A
    # passport (1250 x 880): the same ground and header (`PASSPORT`), the halftone portrait at
    # the left; type, code and passport number; surname; given names; nationality, sex and birth
    # date; birthplace and authority; issue and expiry, each under its strip; the TD3 MRZ on a
    # white band. Its conditions: `ring_light` (the registration kit's LED ring light mirrored in
    # the laminate: a bright ring over part of the document, its LEDs sometimes apart, a faint
    # copy of it on the desk's varnish, the frame a little cooler and brighter round it) and
    # `sticky_note` (the clerk's sticky note with a queue number, a stream or a phone number in
    # marker, beside the document with a corner over its outermost edge or tucked under it,
    # curling up, with its soft shadow; never over the document's fields), besides a shadow, a
    # finger, motion blur and strong JPEG.
    "classroom": dict(
        held_out=True, style="classroom", header="arms-title-stepped-rule", portrait="left-halftone",
        background="shuka", date="d MONTH yyyy",
        label_font=("/usr/share/fonts/opentype/neohellenic/GFSNeohellenicBold.otf", 14),
        value_font=("/usr/share/fonts/truetype/adf/BerenisADFPro-Bold.otf", 34),
        title_font=("/usr/share/fonts/opentype/arapey/Arapey-Black.otf", 40),
        labels=dict(id="ID Number", surname="Surname", given="Given names", dob="Date of birth", sex="Sex",
                    nationality="Nationality", expiry="Date of expiry", cardno="Card number", pob="Place of birth",
                    issue="Date of issue", authority="Authority", signature="Holder's signature"),
        passport_labels=dict(type="Type", code="Code", docno="Passport No.", surname="Surname", given="Given names",
                             nationality="Nationality", dob="Date of birth", sex="Sex", pob="Place of birth",
                             issue="Date of issue", expiry="Date of expiry", authority="Authority"),
        card_mrz=dict(pitch=28.4, bottom=606, leading=1.68, left=66),
        passport_mrz=dict(pitch=25.0, bottom=852, leading=1.7, left=58), surfaces=["desk"],
        conditions=["shadow", "finger", "motion_blur", "strong_jpeg", "ring_light", "sticky_note"]),
}


def font(spec):
    return ImageFont.truetype(*spec)


def fmt_date(date, pattern):
    return (pattern.replace("MOISLONG", MOIS_LONG[date.month - 1]).replace("dd", f"{date.day:02d}").replace("mm", f"{date.month:02d}")
            .replace("yyyy", str(date.year)).replace("yy", f"{date.year % 100:02d}").replace("MOIS", MOIS[date.month - 1]).replace("MONTH", MONTH_NAMES[date.month - 1])
            .replace("MON", MONTHS[date.month - 1]).replace("Mon", MONTH_NAMES[date.month - 1][:3]))


def printed(truth, key):
    """What the document prints for a field: the truth, unless tampering edited it."""
    return truth.get("printed", {}).get(key, truth["fields"][key])


# ---------------------------------------------------------------------------------------------
# Backgrounds

def background(rng, size, color, kind, country_name):
    width, height = size
    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    shade = tuple(max(0, c - 26) for c in color)
    if kind == "diagonal":
        for x in range(-height, width, 9):
            draw.line([(x, 0), (x + height, height)], fill=shade, width=1)
    elif kind == "rosette":
        for _ in range(3):
            cx, cy, r = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height, rng.uniform(120, 260)
            for k in range(36):
                a = k * math.pi / 18
                draw.ellipse((cx + r / 2 * math.cos(a) - r / 2, cy + r / 2 * math.sin(a) - r / 2,
                              cx + r / 2 * math.cos(a) + r / 2, cy + r / 2 * math.sin(a) + r / 2), outline=shade)
    elif kind == "waves":  # concentric waves from a corner over a left-to-right colour gradient
        pixels = np.asarray(image, float)
        pixels *= np.linspace(1.0, 0.9, width)[None, :, None]
        image = Image.fromarray(pixels.astype(np.uint8))
        draw = ImageDraw.Draw(image)
        cx, cy = rng.choice([(0, 0), (width, height)])
        for r in range(20, int(math.hypot(width, height)), 14):
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=shade)
    elif kind == "grid":  # a fine cross-hatch
        for x in range(-height, width, 7):
            draw.line([(x, 0), (x + height, height)], fill=shade, width=1)
            draw.line([(x + height, 0), (x, height)], fill=shade, width=1)
    elif kind == "dots":  # a halftone screen whose dots swell and shrink across the card
        for y in range(0, height, 8):
            for x in range(0, width, 8):
                r = 1.6 + 1.2 * math.sin(x / 90) * math.cos(y / 70)
                draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)
    elif kind == "rays":  # sun rays from a point below the card
        cx, cy = rng.uniform(0.3, 0.7) * width, height * 1.3
        for k in range(90):
            a = math.pi + k * math.pi / 90
            draw.line([(cx, cy), (cx + 2000 * math.cos(a), cy + 2000 * math.sin(a))], fill=shade, width=2)
    elif kind == "checker":  # a checkerboard of fine squares
        for y in range(0, height, 6):
            for x in range((y // 6) % 2 * 6, width, 12):
                draw.rectangle((x, y, x + 5, y + 5), fill=shade)
    elif kind == "crosses":  # small crosses on a staggered grid
        for y in range(0, height, 16):
            for x in range((y // 16) % 2 * 8, width, 16):
                draw.line([(x - 3, y), (x + 3, y)], fill=shade, width=1)
                draw.line([(x, y - 3), (x, y + 3)], fill=shade, width=1)
    elif kind == "honeycomb":  # hexagons edge to edge
        r = 11
        for row, y in enumerate(range(0, height + 2 * r, int(r * 1.5))):
            for x in range((row % 2) * int(r * 0.87), width + 2 * r, int(r * 1.74)):
                points = [(x + r * math.sin(k * math.pi / 3), y + r * math.cos(k * math.pi / 3)) for k in range(7)]
                draw.line(points, fill=shade, width=1)
    elif kind == "rings":  # two sets of concentric rings whose overlap makes a moire
        for cx, cy in [(rng.uniform(0.1, 0.4) * width, rng.uniform(0.2, 0.8) * height),
                       (rng.uniform(0.6, 0.9) * width, rng.uniform(0.2, 0.8) * height)]:
            for r in range(8, int(math.hypot(width, height)), 10):
                draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=shade)
    elif kind == "spiral":  # a few Archimedean spirals, as engraved on some francophone cards
        for _ in range(3):
            cx, cy = rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.9) * height
            turn = rng.uniform(0, 6.28)
            points = [(cx + 1.6 * t * math.cos(t / 8 + turn), cy + 1.6 * t * math.sin(t / 8 + turn)) for t in range(0, 700)]
            draw.line(points, fill=shade, width=1)
    elif kind == "stripes":  # fine horizontal lines that swell into waves across the card
        amplitude = rng.uniform(3, 7)
        for y in range(0, height + 8, 5):
            points = [(x, y + amplitude * math.sin(x / 60 + y / 40)) for x in range(0, width + 10, 10)]
            draw.line(points, fill=shade, width=1)
    elif kind == "mesh":  # two sets of waves crossing into a net; lighter than a dark ground, darker than a pale one
        shade = tuple(min(255, c + 30) for c in color) if sum(color) < 300 else shade
        period, amplitude = rng.uniform(70, 110), rng.uniform(7, 12)
        for y0 in range(-20, height + 20, 13):
            for sign in (1, -1):
                points = [(x, y0 + sign * amplitude * math.sin(x / period * 6.28)) for x in range(0, width + 6, 6)]
                draw.line(points, fill=shade, width=1)
    elif kind == "brushed":  # brushed metal: fine horizontal streaks and a broad sheen, a hint of the colour
        noise = np.random.default_rng(rng.randint(0, 1 << 30))
        streaks = Image.fromarray(noise.normal(128, 40, (height, width // 30 + 2)).clip(0, 255).astype(np.uint8))
        streaks = np.asarray(streaks.resize((width, height), Image.BILINEAR), float) - 128
        yy, xx = np.mgrid[0:height, 0:width]
        sheen = 18 * np.cos(2 * math.pi * (xx / width * 0.7 + yy / height * 0.35 + rng.uniform(0, 1)))
        grey = 168 + sheen + 0.22 * streaks + noise.normal(0, 3, (height, 1)) + noise.normal(0, 2, (height, width))
        tint = np.array(color, float) / np.mean(color)
        image = Image.fromarray(np.clip(grey[:, :, None] * tint[None, None, :], 0, 255).astype(np.uint8))
    elif kind == "fibres":  # passport paper: faint waves and short coloured security fibres
        for k in range(12):
            phase, period = rng.uniform(0, 6.28), rng.uniform(150, 320)
            points = [(x, k * height / 12 + 12 * math.sin(x / period * 6.28 + phase)) for x in range(0, width, 6)]
            draw.line(points, fill=shade, width=1)
        for _ in range(320):
            x, y, a, length = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0, 6.28), rng.uniform(5, 14)
            ink = rng.choice([(190, 70, 70), (70, 100, 190), (200, 160, 50)])
            ink = tuple((i + c) // 2 for i, c in zip(ink, color))
            draw.line([(x, y), (x + length * math.cos(a), y + length * math.sin(a))], fill=ink, width=1)
    elif kind == "microtext":
        small = ImageFont.truetype(SANS, 9)
        line = (country_name + " ") * 40
        for y in range(0, height, 11):
            draw.text((-(y * 7) % 60, y), line, font=small, fill=shade)
    else:  # guilloche
        for k in range(20):
            phase, amplitude, period = rng.uniform(0, 6.28), rng.uniform(10, 40), rng.uniform(80, 260)
            points = [(x, k * height / 20 + amplitude * math.sin(x / period * 6.28 + phase)) for x in range(0, width, 5)]
            draw.line(points, fill=shade, width=1)
    return image


# ---------------------------------------------------------------------------------------------
# The generic renderer

def draw_mrz(draw, lines, left, bottom, pitch, leading=1.75, ink=(10, 10, 10), highlight=None):
    """The MRZ in OCR-B, `pitch` pixels a character, lines `leading` pitches apart; with
    `highlight`, each character gets a lit edge below and right of it, as if engraved."""
    ocrb = ImageFont.truetype(OCRB, int(pitch * 1.45))
    line_height = int(pitch * leading)
    top = bottom - line_height * len(lines)
    for row, line in enumerate(lines):
        for column, char in enumerate(line):
            if highlight:
                draw.text((left + column * pitch + 1, top + row * line_height + 1), char, font=ocrb, fill=highlight)
            draw.text((left + column * pitch, top + row * line_height), char, font=ocrb, fill=ink)


SEX_WORDS = {"M": "MALE", "F": "FEMALE"}


DEFAULT_ORDER = ["surname", "given", "id", "dob+sex", "nationality", "expiry"]  # the first families'


def field_rows(truth, spec, family, kind):
    """Rows of (label, value) pairs in the family's order (field keys, `a+b` for two fields side
    by side); a passport's document number comes first, a card's ID number where the order says."""
    fields, labels = truth["fields"], family["labels"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    date = family["date"]
    values = dict(surname=fields["surname"], given=fields["given_names"], id=printed(truth, "id_number"),
                  dob=fmt_date(dob, date), sex=SEX_WORDS[fields["sex"]] if family.get("sex_words") else fields["sex"],
                  nationality=spec["demonym"], expiry=fmt_date(expiry, date), docno=fields["document_number"])
    # A passport carries no ID number; an `id_banner` family draws it in its own band (render_front).
    shows_id = kind == "id_card" and not family.get("id_banner")
    rows = [[key for key in row.split("+") if shows_id or key != "id"] for row in family.get("order", DEFAULT_ORDER)]
    if kind == "passport":
        rows = [["docno"]] + rows
    return [[(labels[key], values[key]) for key in row] for row in rows if row]


def grouped_id(number, alpha3):
    """An ID number grouped with spaces as people write it; unchanged where there is no habit."""
    if alpha3 == "NGA":
        return f"{number[:4]} {number[4:7]} {number[7:]}"
    if alpha3 == "ZAF":
        return f"{number[:6]} {number[6:10]} {number[10:]}"
    if alpha3 == "ZWE":  # 63-123456-A-42 as 63-123456 A 42
        district, serial, letter, origin = number.split("-")
        return f"{district}-{serial} {letter} {origin}"
    return number


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] in TWENTYNINTH_STYLES:
        import document_families_twentyninth as twentyninth
        return twentyninth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTYEIGHTH_STYLES:
        import document_families_twentyeighth as twentyeighth
        return twentyeighth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTYSEVENTH_STYLES:
        import document_families_twentyseventh as twentyseventh
        return twentyseventh.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTYSIXTH_STYLES:
        import document_families_twentysixth as twentysixth
        return twentysixth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTYFIFTH_STYLES:
        import document_families_twentyfifth as twentyfifth
        return twentyfifth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTYFOURTH_STYLES:
        import document_families_twentyfourth as twentyfourth
        return twentyfourth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTYTHIRD_STYLES:
        import document_families_twentythird as twentythird
        return twentythird.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTYSECOND_STYLES:
        import document_families_twentysecond as twentysecond
        return twentysecond.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTYFIRST_STYLES:
        import document_families_twentyfirst as twentyfirst
        return twentyfirst.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWENTIETH_STYLES:
        import document_families_twentieth as twentieth
        return twentieth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in NINETEENTH_STYLES:
        import document_families_nineteenth as nineteenth
        return nineteenth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in EIGHTEENTH_STYLES:
        import document_families_eighteenth as eighteenth
        return eighteenth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in SEVENTEENTH_STYLES:
        import document_families_seventeenth as seventeenth
        return seventeenth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in SIXTEENTH_STYLES:
        import document_families_sixteenth as sixteenth
        return sixteenth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in FIFTEENTH_STYLES:
        import document_families_fifteenth as fifteenth
        return fifteenth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in FOURTEENTH_STYLES:
        import document_families_fourteenth as fourteenth
        return fourteenth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in THIRTEENTH_STYLES:
        import document_families_thirteenth as thirteenth
        return thirteenth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TWELFTH_STYLES:
        import document_families_twelfth as twelfth
        return twelfth.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in ELEVENTH_STYLES:
        import document_families_eleventh as eleventh
        return eleventh.render_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in TENTH_STYLES:
        return render_tenth_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in NINTH_STYLES:
        return render_ninth_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in EIGHTH_STYLES:
        return render_eighth_front(rng, truth, spec, family, kind, portrait_of)
    if family["style"] in SEVENTH_STYLES:
        return render_seventh_front(rng, truth, spec, family, kind, portrait_of)
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    image = background(rng, size, spec["color"], family["background"], spec["name"])
    draw = ImageDraw.Draw(image)
    title_font = font(family["title_font"])
    subtitle = "PASSPORT / PASSEPORT" if kind == "passport" else "NATIONAL IDENTITY CARD"
    if family["header"] == "band":
        band = tuple(max(0, c - 120) for c in spec["color"])
        draw.rectangle((0, 0, width, 92), fill=band)
        draw.text((30, 12), spec["title"], font=title_font, fill=(255, 255, 255))
        draw.text((30, 56), subtitle, font=ImageFont.truetype(SANS, 22), fill=(235, 235, 235))
    elif family["header"] == "centered":
        for y, text, f in [(20, spec["title"], title_font), (62, subtitle, ImageFont.truetype(SERIF, 22))]:
            w = draw.textlength(text, font=f)
            draw.text(((width - w) / 2, y), text, font=f, fill=(30, 30, 60))
    else:
        draw.text((36, 22), spec["title"], font=title_font, fill=(25, 45, 85))
        draw.text((36, 66), subtitle, font=ImageFont.truetype(CONDENSED, 21), fill=(25, 45, 85))

    top = 120 if kind == "id_card" else 118
    placement = family["portrait"]
    photo_w = 230 if placement.endswith("-small") else (260 if kind == "id_card" else 300)
    if placement == "right-large":
        photo_w = 300 if kind == "id_card" else 330
    photo_h = min(int(photo_w * 1.28), height - top - 60)
    photo_x = width - photo_w - 40 if placement.startswith("right") else 36
    image.paste(portrait_of((photo_w, photo_h)), (photo_x, top + 10))
    if placement == "left-ghost":  # a small pale copy of the portrait, as on polycarbonate cards
        ghost = portrait_of((110, 140)).convert("L").convert("RGB")
        ghost = Image.blend(ghost, Image.new("RGB", ghost.size, spec["color"]), 0.65)
        image.paste(ghost, (width - 150, height - 190))
    x0 = 40 + photo_w + 36 if not placement.startswith("right") else 40
    label_font, value_font = font(family["label_font"]), font(family["value_font"])
    rows = field_rows(truth, spec, family, kind)
    second = rng.choice(family["second_script"]) if "second_script" in family else None
    second_labels = {english: second[key] for key, english in family["labels"].items()} if second else {}
    inline = family["style"] == "inline"
    banner = 96 if family.get("id_banner") and kind == "id_card" else 0
    step = (height - top - 40 - banner - (150 if kind == "passport" else 0)) / len(rows)
    for index, row in enumerate(rows):
        y = top + index * step
        for column, (label, value) in enumerate(row):
            x = x0 + column * (360 if not inline else 420)
            if family["style"] == "boxed":  # a ruled box, the label in its corner, the value under it
                draw.rectangle((x - 10, y - 6, x + 340, y + step - 12), outline=(60, 60, 80), width=2)
                draw.text((x - 4, y - 3), label, font=label_font, fill=(80, 80, 100))
                draw.text((x, y + label_font.size + 3), value, font=value_font, fill=(15, 15, 20))
            elif family["style"] == "tabular":  # label and value on one line, the value at a tab stop
                draw.text((x, y + 6), label, font=label_font, fill=(70, 70, 90))
                draw.text((x + (330 if kind == "id_card" else 380), y), value, font=value_font, fill=(15, 15, 20))
            elif second:  # the label in the second script, the English under it, then the value
                draw.text((x, y - 4), second_labels[label], font=label_font, fill=(95, 95, 110))
                draw.text((x, y + label_font.size + 2), label, font=label_font, fill=(95, 95, 110))
                draw.text((x, y + 2 * label_font.size + 8), value, font=value_font, fill=(15, 15, 20))
            elif family["style"] == "columns":  # the label right-aligned to a column, the value after it
                stop = x + (300 if kind == "id_card" else 330)
                draw.text((stop - draw.textlength(label, font=label_font), y + 6), label, font=label_font, fill=(80, 80, 95))
                draw.text((stop + 16, y), value, font=value_font, fill=(15, 15, 20))
            elif family["style"] == "table":  # white label on a dark cell, the value in the next cell
                cell = tuple(max(0, c - 140) for c in spec["color"])
                label_w = 170 if len(row) == 1 else 120
                draw.rectangle((x - 8, y - 4, x + label_w, y + step - 14), fill=cell)
                draw.line((x - 8, y + step - 10, x + (560 if len(row) == 1 else 330), y + step - 10), fill=(70, 70, 80), width=1)
                draw.text((x - 2, y + 4), label, font=label_font, fill=(250, 250, 250))
                draw.text((x + label_w + 12, y), value, font=value_font, fill=(15, 15, 20))
            elif family["style"] == "leaders":  # the label, a dotted leader to a tab stop, the value
                stop = x + (270 if kind == "id_card" else 300)
                draw.text((x, y + 6), label, font=label_font, fill=(70, 70, 90))
                start = x + draw.textlength(label, font=label_font) + 8
                for dot in range(int(start), stop - 10, 7):
                    draw.ellipse((dot, y + 24, dot + 2, y + 26), fill=(90, 90, 100))
                draw.text((stop, y), value, font=value_font, fill=(15, 15, 20))
            elif family["style"] == "below":  # the value first, its label under it
                draw.text((x, y), value, font=value_font, fill=(15, 15, 20))
                draw.text((x, y + value_font.size + 4), label, font=label_font, fill=(95, 95, 110))
            elif inline:
                text = f"{label}: "
                draw.text((x, y + 4), text, font=label_font, fill=(70, 70, 90))
                draw.text((x + draw.textlength(text, font=label_font), y), value, font=value_font, fill=(15, 15, 20))
            else:
                draw.text((x, y), label, font=label_font, fill=(95, 95, 110))
                draw.text((x, y + label_font.size + 5), value, font=value_font, fill=(15, 15, 20))
    if banner:  # the grouped ID number large in a pale band along the bottom
        band_top = height - banner - 20
        draw.rectangle((24, band_top, width - 24, height - 20), fill=tuple(min(255, c + 22) for c in spec["color"]),
                       outline=(90, 90, 100), width=2)
        draw.text((40, band_top + 8), family["labels"]["id"], font=label_font, fill=(70, 70, 90))
        number = grouped_id(printed(truth, "id_number"), spec["alpha3"])
        draw.text((40, band_top + 30), number, font=ImageFont.truetype(family["value_font"][0], 40), fill=(15, 15, 20))
    if kind == "passport":
        mrz = family["passport_mrz"]
        draw_mrz(draw, truth["mrz"], 50, mrz["bottom"], mrz["pitch"])
    return image


def render_back(rng, truth, spec, family):
    if family["style"] in TWENTYNINTH_STYLES:
        import document_families_twentyninth as twentyninth
        return twentyninth.render_back(rng, truth, spec, family)
    if family["style"] in TWENTYEIGHTH_STYLES:
        import document_families_twentyeighth as twentyeighth
        return twentyeighth.render_back(rng, truth, spec, family)
    if family["style"] in TWENTYSEVENTH_STYLES:
        import document_families_twentyseventh as twentyseventh
        return twentyseventh.render_back(rng, truth, spec, family)
    if family["style"] in TWENTYSIXTH_STYLES:
        import document_families_twentysixth as twentysixth
        return twentysixth.render_back(rng, truth, spec, family)
    if family["style"] in TWENTYFIFTH_STYLES:
        import document_families_twentyfifth as twentyfifth
        return twentyfifth.render_back(rng, truth, spec, family)
    if family["style"] in TWENTYFOURTH_STYLES:
        import document_families_twentyfourth as twentyfourth
        return twentyfourth.render_back(rng, truth, spec, family)
    if family["style"] in TWENTYTHIRD_STYLES:
        import document_families_twentythird as twentythird
        return twentythird.render_back(rng, truth, spec, family)
    if family["style"] in TWENTYSECOND_STYLES:
        import document_families_twentysecond as twentysecond
        return twentysecond.render_back(rng, truth, spec, family)
    if family["style"] in TWENTYFIRST_STYLES:
        import document_families_twentyfirst as twentyfirst
        return twentyfirst.render_back(rng, truth, spec, family)
    if family["style"] in TWENTIETH_STYLES:
        import document_families_twentieth as twentieth
        return twentieth.render_back(rng, truth, spec, family)
    if family["style"] in NINETEENTH_STYLES:
        import document_families_nineteenth as nineteenth
        return nineteenth.render_back(rng, truth, spec, family)
    if family["style"] in EIGHTEENTH_STYLES:
        import document_families_eighteenth as eighteenth
        return eighteenth.render_back(rng, truth, spec, family)
    if family["style"] in SEVENTEENTH_STYLES:
        import document_families_seventeenth as seventeenth
        return seventeenth.render_back(rng, truth, spec, family)
    if family["style"] in SIXTEENTH_STYLES:
        import document_families_sixteenth as sixteenth
        return sixteenth.render_back(rng, truth, spec, family)
    if family["style"] in FIFTEENTH_STYLES:
        import document_families_fifteenth as fifteenth
        return fifteenth.render_back(rng, truth, spec, family)
    if family["style"] in FOURTEENTH_STYLES:
        import document_families_fourteenth as fourteenth
        return fourteenth.render_back(rng, truth, spec, family)
    if family["style"] in THIRTEENTH_STYLES:
        import document_families_thirteenth as thirteenth
        return thirteenth.render_back(rng, truth, spec, family)
    if family["style"] in TWELFTH_STYLES:
        import document_families_twelfth as twelfth
        return twelfth.render_back(rng, truth, spec, family)
    if family["style"] in ELEVENTH_STYLES:
        import document_families_eleventh as eleventh
        return eleventh.render_back(rng, truth, spec, family)
    if family["style"] in TENTH_STYLES:
        return render_tenth_back(rng, truth, spec, family)
    if family["style"] in NINTH_STYLES:
        return render_ninth_back(rng, truth, spec, family)
    if family["style"] in EIGHTH_STYLES:
        return render_eighth_back(rng, truth, spec, family)
    if family["style"] in SEVENTH_STYLES:
        return render_seventh_back(rng, truth, spec, family)
    size = (1012, 638)
    image = background(rng, size, spec["color"], family["background"], spec["name"])
    draw = ImageDraw.Draw(image)
    label_font, value_font = font(family["label_font"]), ImageFont.truetype(family["value_font"][0], 23)
    issue = dt.date.fromisoformat(truth["fields"]["expiry_date"]) - dt.timedelta(days=3650)
    place = rng.choice(["HARARE", "LAGOS", "NAIROBI", "ACCRA", "KAMPALA", "DURBAN", "BULAWAYO", "KUMASI"])
    for i, (label, value) in enumerate([("Place of birth", place), ("Date of issue", fmt_date(issue, family["date"]))]):
        draw.text((40, 30 + i * 72), label, font=label_font, fill=(95, 95, 110))
        draw.text((40, 30 + i * 72 + label_font.size + 5), value, font=value_font, fill=(15, 15, 20))
    if family["background"] != "rosette":  # a 2-D barcode block on some backs
        for i in range(24):
            for j in range(12):
                if rng.random() < 0.5:
                    draw.rectangle((640 + i * 12, 30 + j * 12, 650 + i * 12, 40 + j * 12), fill=(30, 30, 30))
    mrz = family["card_mrz"]
    if mrz["bottom"] < 600:  # a signature strip under the zone
        draw.line((60, 600, 420, 600), fill=(60, 60, 60), width=2)
        draw.text((60, 606), "Holder's signature", font=ImageFont.truetype(SANS, 14), fill=(90, 90, 90))
    draw_mrz(draw, truth["mrz"], 46, mrz["bottom"], mrz["pitch"])
    return image


# ---------------------------------------------------------------------------------------------
# The seventh families' renderer: `ruled` (light on dark, a vertical rule between label and
# value) and `engraved` (a metal plate, one face for labels and values; passports open)

SEVENTH_STYLES = ("ruled", "engraved")
# Dark card grounds by issuer, for `ruled`.
DARK = {"ZWE": (24, 58, 42), "ZAF": (22, 42, 74), "NGA": (16, 60, 38), "KEN": (62, 32, 28), "GHA": (46, 30, 58),
        "UGA": (64, 50, 20)}


def draw_small_caps(draw, x, baseline, text, path, size, fill):
    """`text` in small capitals: its capitals full size, its small letters as capitals 0.74 as
    tall, on one baseline; returns the x after it."""
    big, small = ImageFont.truetype(path, size), ImageFont.truetype(path, round(size * 0.74))
    for char in text:
        f = small if char.islower() else big
        draw.text((x, baseline), char.upper(), font=f, fill=fill, anchor="ls")
        x += draw.textlength(char.upper(), font=f)
    return x


def engrave(draw, xy, text, f, ink=(38, 40, 44), highlight=(236, 236, 232)):
    """Text cut into metal: a lit edge one pixel below and right of the dark cut."""
    draw.text((xy[0] + 1, xy[1] + 1), text, font=f, fill=highlight)
    draw.text(xy, text, font=f, fill=ink)


def greyscale_portrait(photo, tone=(1.0, 1.0, 1.0), contrast=1.15):
    grey = np.asarray(photo.convert("L"), float)
    grey = np.clip((grey - 128) * contrast + 128, 0, 255)
    return Image.fromarray(np.clip(grey[:, :, None] * np.array(tone)[None, None, :], 0, 255).astype(np.uint8))


def seventh_header(draw, spec, family, kind, width, ink, sub_ink):
    subtitle = "PASSPORT / PASSEPORT" if kind == "passport" else "NATIONAL IDENTITY CARD"
    title_font = font(family["title_font"])
    if family["style"] == "engraved":  # centred, cut into the plate (printed on the passport page)
        sub_font = ImageFont.truetype(family["title_font"][0], 20)
        for y, text, f in [(22, spec["title"], title_font), (64, subtitle, sub_font)]:
            x = (width - draw.textlength(text, font=f)) / 2
            engrave(draw, (x, y), text, f, ink=ink) if kind == "id_card" else draw.text((x, y), text, font=f, fill=ink)
        draw.line((30, 100, width - 30, 100), fill=sub_ink, width=2)
    else:  # small capitals on the left, a thin rule under them
        draw_small_caps(draw, 36, 52, spec["title"].title().replace(" Of ", " of ").replace(" The ", " the "),
                        family["title_font"][0], family["title_font"][1], ink)
        draw_small_caps(draw, 38, 84, subtitle.title(), FREE_SANS, 20, sub_ink)
        draw.line((36, 98, width - 36, 98), fill=sub_ink, width=1)


def seventh_page(rng, truth, spec, family, kind, portrait_of):
    """The flat card front or passport data page of a seventh family."""
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    ruled, card = family["style"] == "ruled", kind == "id_card"
    if ruled and card:  # light on dark
        ground = DARK[spec["alpha3"]]
        label_ink, value_ink, rule_ink = (178, 196, 214), (250, 242, 212), (150, 166, 184)
        title_ink, sub_ink = (228, 204, 128), (190, 200, 212)
        image = background(rng, size, ground, "mesh", spec["name"])
    elif ruled:  # the passport page: pale, values in blue ink
        ground = tuple(min(255, c + 10) for c in spec["color"])
        label_ink, value_ink, rule_ink = (88, 92, 110), (22, 44, 128), (120, 124, 140)
        title_ink, sub_ink = (30, 40, 90), (70, 80, 110)
        image = background(rng, size, ground, "mesh", spec["name"])
    elif card:  # a metal plate
        image = background(rng, size, spec["color"], "brushed", spec["name"])
        label_ink = value_ink = title_ink = (38, 40, 44)
        sub_ink = (90, 92, 96)
    else:  # passport paper with security fibres
        image = background(rng, size, tuple(min(255, c + 12) for c in spec["color"]), "fibres", spec["name"])
        label_ink = value_ink = (28, 28, 34)
        title_ink, sub_ink = (40, 40, 70), (90, 90, 110)
    draw = ImageDraw.Draw(image)
    seventh_header(draw, spec, family, kind, width, title_ink, sub_ink)

    top = 122
    label_font, value_font = font(family["label_font"]), font(family["value_font"])
    rows = field_rows(truth, spec, family, kind)
    if ruled:
        # A greyscale laser portrait on the left in a pale frame; its ghost in a clear window.
        photo_w = 236 if card else 280
        photo_h = int(photo_w * 1.28)
        photo = portrait_of((photo_w, photo_h))
        draw.rectangle((32, top + 6, 40 + photo_w + 3, top + 14 + photo_h + 3), fill=(236, 236, 230))
        image.paste(greyscale_portrait(photo, (0.96, 0.97, 1.0)), (36, top + 10))
        ghost_w = 104 if card else 120
        ghost = greyscale_portrait(photo.resize((ghost_w, int(ghost_w * 1.28)), Image.LANCZOS), contrast=0.8)
        gx, gy = width - ghost_w - 44, (height - int(ghost_w * 1.28) - 40) if card else 470
        window = Image.new("RGB", ghost.size, tuple(min(255, c + 40) for c in image.getpixel((gx, gy))))
        image.paste(Image.blend(ghost, window, 0.55), (gx, gy))
        draw.rounded_rectangle((gx - 6, gy - 6, gx + ghost_w + 6, gy + int(ghost_w * 1.28) + 6), radius=10,
                               outline=rule_ink, width=1)
        x0 = 36 + photo_w + 44
        step = (height - top - 36 - (150 if not card else 0)) / len(rows)
        rule_x = x0 + (196 if card else 214)
        for index, row in enumerate(rows):
            label, value = row[0]
            baseline = top + index * step + value_font.size
            draw_small_caps(draw, x0, baseline, label, family["label_font"][0], family["label_font"][1], label_ink)
            draw.line((rule_x, baseline - value_font.size + 2, rule_x, baseline + 8), fill=rule_ink, width=2)
            draw.text((rule_x + 16, baseline), value, font=value_font, fill=value_ink, anchor="ls")
    else:
        # Labels and values in one monospaced face; a small greyscale portrait on the right of
        # the plate (on the left of the passport page, as ICAO has it).
        photo_w = 204 if card else 270
        photo_h = int(photo_w * 1.3)
        photo_x = width - photo_w - 44 if card else 44
        photo = greyscale_portrait(portrait_of((photo_w, photo_h)), (1.0, 0.97, 0.9) if card else (1, 1, 1))
        mask = Image.new("L", photo.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, photo_w - 1, photo_h - 1), radius=14, fill=255)
        image.paste(photo, (photo_x, top + 8), mask)
        x0 = 44 if card else photo_w + 44 + 40
        tab = draw.textlength("M" * 15, font=label_font)
        step = (height - top - 40 - (150 if not card else 0)) / len(rows)
        for index, row in enumerate(rows):
            label, value = row[0]
            y = top + 6 + index * step
            if card:
                engrave(draw, (x0, y), label, label_font, ink=label_ink)
                engrave(draw, (x0 + tab, y), value, value_font, ink=value_ink)
            else:
                draw.text((x0, y), label, font=label_font, fill=label_ink)
                draw.text((x0 + tab, y), value, font=value_font, fill=value_ink)
    if kind == "passport":
        mrz = family["passport_mrz"]
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def open_booklet(rng, page, spec):
    """A passport photographed open: the data page below the spine, the facing visa page's
    lower part above it, the cover's edge around both."""
    width, height = page.size
    shown, edge = 250, 14
    cover = DARK[spec["alpha3"]]  # the booklet's cover, seen round the pages
    booklet = Image.new("RGB", (width + 2 * edge, shown + height + 2 * edge), cover)
    visa = background(rng, (width, shown), tuple(min(255, c + 14) for c in spec["color"]), "fibres", spec["name"])
    draw = ImageDraw.Draw(visa)
    draw.text((width - 150, shown - 50), "VISAS", font=ImageFont.truetype(SERIF, 24), fill=(150, 150, 165))
    draw.text((40, shown - 46), str(rng.randint(2, 7)), font=ImageFont.truetype(SERIF, 20), fill=(150, 150, 165))
    if rng.random() < 0.5:  # an entry stamp in violet ink, at a slant
        stamp = Image.new("RGBA", (330, 150), (0, 0, 0, 0))
        sd = ImageDraw.Draw(stamp)
        ink = (96, 40, 140, 190)
        sd.rounded_rectangle((4, 4, 325, 145), radius=12, outline=ink, width=4)
        place = rng.choice(["KOTOKA", "JKIA NAIROBI", "ENTEBBE", "O.R. TAMBO", "LAGOS MMIA", "HARARE RGM"])
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        for y, text, size in [(16, "IMMIGRATION", 24), (52, place, 22), (88, "ARRIVAL  " + fmt_date(day, "dd MON yyyy"), 20)]:
            f = ImageFont.truetype(SANS_BOLD, size)
            sd.text(((330 - sd.textlength(text, font=f)) / 2, y), text, font=f, fill=ink)
        stamp = stamp.rotate(rng.uniform(-14, 14), expand=True, resample=Image.BICUBIC)
        visa.paste(stamp, (rng.randint(200, width - stamp.width - 200), rng.randint(-40, max(-40, shown - stamp.height - 10))), stamp)
    booklet.paste(visa, (edge, edge))
    booklet.paste(page, (edge, edge + shown))
    # The spine: both pages curve down into the fold, which is in shade; the data page's top
    # is a little shaded too.
    pixels = np.asarray(booklet, float)
    spine = edge + shown
    yy = np.arange(pixels.shape[0])[:, None]
    depth = 0.55 * np.exp(-np.abs(yy - spine) / 9.0) + 0.12 * np.exp(-np.clip(yy - spine, 0, None) / 70.0) * (yy >= spine)
    pixels[edge:-edge, edge:-edge] *= (1 - depth[edge:-edge])[:, :, None]
    booklet = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    # The edges of the pages under the data page, showing as thin light lines along its sides.
    draw = ImageDraw.Draw(booklet)
    for k in range(3):
        for x in (edge - 3 - 3 * k, booklet.width - edge + 2 + 3 * k):
            draw.line((x, spine + 6, x, booklet.height - edge + 2 + k), fill=(222, 220, 208))
    return booklet


def render_seventh_front(rng, truth, spec, family, kind, portrait_of):
    page = seventh_page(rng, truth, spec, family, kind, portrait_of)
    return open_booklet(rng, page, spec) if kind == "passport" and family.get("booklet") else page


def render_seventh_back(rng, truth, spec, family):
    size = (1012, 638)
    width, height = size
    issue = dt.date.fromisoformat(truth["fields"]["expiry_date"]) - dt.timedelta(days=3650)
    place = rng.choice(["HARARE", "LAGOS", "NAIROBI", "ACCRA", "KAMPALA", "DURBAN", "BULAWAYO", "KUMASI"])
    mrz = family["card_mrz"]
    if family["style"] == "ruled":
        image = background(rng, size, DARK[spec["alpha3"]], "mesh", spec["name"])
        draw = ImageDraw.Draw(image)
        value_font = ImageFont.truetype(family["value_font"][0], 24)
        for i, (label, value) in enumerate([("Place of Birth", place), ("Date of Issue", fmt_date(issue, family["date"]))]):
            baseline = 70 + i * 64
            draw_small_caps(draw, 44, baseline, label, family["label_font"][0], family["label_font"][1], (178, 196, 214))
            draw.line((230, baseline - 22, 230, baseline + 8), fill=(150, 166, 184), width=2)
            draw.text((246, baseline), value, font=value_font, fill=(250, 242, 212), anchor="ls")
        # A QR-like code on a white square, as on the backs of newer cards.
        modules, cell, qx, qy = 29, 7, width - 270, 26
        draw.rectangle((qx - 14, qy - 14, qx + modules * cell + 14, qy + modules * cell + 14), fill=(246, 246, 242))
        for i in range(modules):
            for j in range(modules):
                finder = any(i - a in range(7) and j - b in range(7) for a, b in [(0, 0), (modules - 7, 0), (0, modules - 7)])
                if finder:
                    on = max(abs(i - (3 if i < 7 else modules - 4)), abs(j - (3 if j < 7 else modules - 4))) in (0, 1, 3)
                else:
                    on = rng.random() < 0.5
                if on:
                    draw.rectangle((qx + i * cell, qy + j * cell, qx + i * cell + cell - 1, qy + j * cell + cell - 1), fill=(20, 20, 20))
        # The MRZ in a pale clear panel along the bottom.
        top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3 - 14
        draw.rounded_rectangle((22, top, width - 22, height - 10), radius=12, fill=(238, 238, 230))
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    else:
        image = background(rng, size, spec["color"], "brushed", spec["name"])
        draw = ImageDraw.Draw(image)
        f = font(family["label_font"])
        tab = draw.textlength("M" * 16, font=f)
        for i, (label, value) in enumerate([("PLACE OF BIRTH", place), ("DATE OF ISSUE", fmt_date(issue, family["date"]))]):
            engrave(draw, (44, 40 + i * 56), label, f)
            engrave(draw, (44 + tab, 40 + i * 56), value, f)
        draw.line((44, 200, width - 44, 200), fill=(90, 92, 96), width=2)
        engrave(draw, (44, 216), "THIS PLATE REMAINS THE PROPERTY OF THE STATE", ImageFont.truetype(MONO_BOLD, 16))
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(34, 36, 40),
                 highlight=(236, 236, 232))
    return image


# ---------------------------------------------------------------------------------------------
# The eighth families' renderer: `vernacular` (each label in the issuer's language over its
# English, thin values, the number in a pill) and `trilingual` (three languages on one label
# line, two columns of condensed serif values, the MRZ on a tinted band)

EIGHTH_STYLES = ("vernacular", "trilingual")

# What a card in the issuer's own language prints, for `vernacular`: Shona, Zulu, Hausa,
# Swahili (worded unlike `ledger`'s), Twi and Luganda.
LOCAL_LABELS = {
    "ZWE": dict(card="CHITUPA CHENYIKA", passport="PASIPOTI", surname="Zita remhuri", given="Mazita",
                id="Nhamba yechitupa", dob="Zuva rekuzvarwa", sex="Murume/Mukadzi", expiry="Zuva rekupera",
                nationality="Ugari", docno="Nhamba yepasipoti", pob="Nzvimbo yekuzvarirwa", issue="Zuva rekupihwa"),
    "ZAF": dict(card="UMAZISI WESIZWE", passport="IPHASIPHOTHI", surname="Isibongo", given="Amagama",
                id="Inombolo kamazisi", dob="Usuku lokuzalwa", sex="Ubulili", expiry="Usuku lokuphelelwa",
                nationality="Ubuzwe", docno="Inombolo yephasiphothi", pob="Indawo yokuzalwa", issue="Usuku lokukhishwa"),
    "NGA": dict(card="KATIN SHAIDA NA ƘASA", passport="FASFO", surname="Sunan iyali", given="Sunaye",
                id="Lambar shaida", dob="Ranar haihuwa", sex="Jinsi", expiry="Ranar ƙarewa", nationality="Ɗan ƙasa",
                docno="Lambar fasfo", pob="Wurin haihuwa", issue="Ranar bayarwa"),
    "KEN": dict(card="KITAMBULISHO CHA TAIFA", passport="PASIPOTI", surname="Jina la familia", given="Majina mengine",
                id="Nambari ya utambulisho", dob="Siku ya kuzaliwa", sex="Jinsia", expiry="Kinaisha tarehe",
                nationality="Utaifa", docno="Nambari ya pasipoti", pob="Mahali pa kuzaliwa", issue="Kimetolewa tarehe"),
    "GHA": dict(card="ƆMAN NIPA KAAD", passport="AKWANTUO KRATAA", surname="Abusua din", given="Din foforɔ",
                id="Nɔma", dob="Awoda", sex="Ɔbarima/Ɔbaa", expiry="Ne bere twam", nationality="Ɔman",
                docno="Akwantuo krataa nɔma", pob="Baabi a wɔwoo no", issue="Da a wɔde mae"),
    "UGA": dict(card="ENDAGAMUNTU", passport="PAASIPOOTI", surname="Erinnya ly'ekika", given="Amannya",
                id="Ennamba y'endagamuntu", dob="Olunaku lw'okuzaalibwa", sex="Ekikula", expiry="Lw'eggwaako",
                nationality="Obutuuze", docno="Ennamba ya paasipooti", pob="Ekifo w'azaalibwa", issue="Lw'eyaweebwa"),
}
# `trilingual`'s second and third languages: French, then Portuguese (ECOWAS and SADC
# issuers) or Arabic (the East African issuers, as on African Union documents).
FRENCH_LABELS = dict(surname="Nom", given="Prénoms", id="N° personnel", dob="Date de naissance", sex="Sexe",
                     expiry="Date d'expiration", nationality="Nationalité", docno="N° du passeport",
                     issue="Date de délivrance", authority="Autorité", pob="Lieu de naissance", type="Type", code="Code",
                     card="CARTE D'IDENTITÉ", passport="PASSEPORT")
THIRD_LABELS = {
    "pt": dict(surname="Apelido", given="Nomes", id="N.º pessoal", dob="Data de nascimento", sex="Sexo",
               expiry="Data de validade", nationality="Nacionalidade", docno="N.º do passaporte", issue="Data de emissão",
               authority="Autoridade", pob="Local de nascimento", type="Tipo", code="Código",
               card="BILHETE DE IDENTIDADE", passport="PASSAPORTE"),
    "ar": dict(surname="اللقب", given="الأسماء", id="الرقم الشخصي", dob="تاريخ الميلاد", sex="الجنس",
               expiry="تاريخ الانتهاء", nationality="الجنسية", docno="رقم الجواز", issue="تاريخ الإصدار",
               authority="السلطة", pob="مكان الميلاد", type="النوع", code="الرمز", card="بطاقة الهوية",
               passport="جواز السفر"),
}
THIRD_LANGUAGE = {"ZWE": "pt", "ZAF": "pt", "NGA": "pt", "GHA": "pt", "KEN": "ar", "UGA": "ar"}
# The issuing authority printed on `trilingual` documents: (card, passport).
AUTHORITIES = {"ZWE": ("REGISTRAR GENERAL HARARE", "REGISTRAR GENERAL HARARE"), "ZAF": ("DHA PRETORIA", "DHA PRETORIA"),
               "NGA": ("NIMC ABUJA", "NIS ABUJA"), "KEN": ("NRB NAIROBI", "DIS NAIROBI"), "GHA": ("NIA ACCRA", "GIS ACCRA"),
               "UGA": ("NIRA KAMPALA", "DCIC KAMPALA")}


def eighth_values(truth, spec, family):
    """The printed values by field key; tampered fields print what tampering put there."""
    fields = truth["fields"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    date = family["date"]
    return dict(surname=fields["surname"], given=fields["given_names"], id=printed(truth, "id_number"),
                dob=fmt_date(dob, date), sex=fields["sex"], nationality=spec["demonym"], expiry=fmt_date(expiry, date),
                docno=fields["document_number"], issue=fmt_date(issue, date), type="P", code=spec["alpha3"])


def shifted(color, delta):
    return tuple(max(0, min(255, c + delta)) for c in color)


def concentric_background(rng, size, color):
    """Fine concentric guilloche rings round two centres in two inks, over a faint outline of
    the country (a smooth closed curve standing in for the map watermark)."""
    width, height = size
    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    cx, cy, radius = width * rng.uniform(0.32, 0.48), height * rng.uniform(0.48, 0.6), min(size) * 0.36
    harmonics = [(k, rng.uniform(0.03, 0.1) * 2 / k, rng.uniform(0, 6.28)) for k in range(2, 7)]
    outline = []
    for step in range(0, 360, 3):
        a = math.radians(step)
        r = radius * (1 + sum(amp * math.sin(k * a + phase) for k, amp, phase in harmonics))
        outline.append((cx + 1.15 * r * math.cos(a), cy + r * math.sin(a)))
    draw.polygon(outline, fill=shifted(color, -9))
    draw.line(outline + [outline[0]], fill=shifted(color, -28), width=2)
    # The second ink: the ground's channels turned round, so a green card gets violet rings.
    inks = [shifted(color, -30), tuple(max(0, c - 34) for c in (color[2], color[0], color[1]))]
    centres = [(rng.uniform(0.0, 0.3) * width, rng.uniform(0.0, 1.0) * height),
               (rng.uniform(0.7, 1.0) * width, rng.uniform(0.0, 1.0) * height)]
    for (ox, oy), ink in zip(centres, inks):
        lobes, phase = rng.randint(10, 16), rng.uniform(0, 6.28)
        for r0 in range(12, int(math.hypot(width, height)), 11):
            angles = np.linspace(0, 2 * math.pi, max(40, r0 // 2))
            r = r0 + 3.0 * np.sin(lobes * angles + phase + r0 / 45)
            draw.line(list(zip(ox + r * np.cos(angles), oy + r * np.sin(angles))), fill=ink, width=1)
    return image


def lattice_background(rng, size, color):
    """A lattice of small interlaced sine rosettes on a ground that pales towards the top."""
    width, height = size
    pixels = np.full((height, width, 3), color, float)
    pixels += np.linspace(14, -6, height)[:, None, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    ink = shifted(color, -32)
    petals, spacing = rng.choice([5, 6, 7]), rng.choice([96, 108, 120])
    angles = np.linspace(0, 2 * math.pi, 160)
    for row, y in enumerate(range(-spacing // 2, height + spacing, spacing)):
        for x in range((row % 2) * spacing // 2 - spacing, width + spacing, spacing):
            for turn in (0, math.pi / petals):  # two rose curves a half-petal apart interlace
                r = spacing * 0.62 * (0.55 + 0.45 * np.cos(petals * (angles + turn)))
                draw.line(list(zip(x + r * np.cos(angles), y + r * np.sin(angles))), fill=ink, width=1)
    return image


def draw_condensed(image, xy, text, path, size, squeeze, fill):
    """`text` squeezed to `squeeze` of its width, as a condensed cut of the face would print."""
    f = ImageFont.truetype(path, size)
    tile = Image.new("L", (math.ceil(ImageDraw.Draw(image).textlength(text, font=f)) + 4, round(size * 1.35)), 0)
    ImageDraw.Draw(tile).text((2, 0), text, font=f, fill=255)
    tile = tile.resize((max(1, round(tile.width * squeeze)), tile.height), Image.LANCZOS)
    image.paste(Image.new("RGB", tile.size, fill), (round(xy[0]), round(xy[1])), tile)


def vernacular_page(rng, truth, spec, family, kind, portrait_of):
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    card = kind == "id_card"
    local, english = LOCAL_LABELS[spec["alpha3"]], family["labels"]
    image = concentric_background(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    ink, local_ink, english_ink = (20, 22, 30), (112, 74, 44), (64, 76, 100)
    draw.text((36, 16), spec["title"], font=font(family["title_font"]), fill=(28, 52, 72))
    subtitle = f"{local['card']} · NATIONAL IDENTITY CARD" if card else f"{local['passport']} · PASSPORT"
    draw.text((38, 56), subtitle, font=ImageFont.truetype(CARLITO, 21), fill=(60, 80, 96))
    draw.line((36, 88, width - 36, 88), fill=shifted(spec["color"], -70), width=3)

    # The portrait on the right in a thin white frame; its small pale ghost at the bottom left.
    photo_w = 236 if card else 280
    photo_h = int(photo_w * 1.27)
    photo_x, photo_y = width - photo_w - 36, 108
    photo = portrait_of((photo_w, photo_h))
    draw.rectangle((photo_x - 4, photo_y - 4, photo_x + photo_w + 3, photo_y + photo_h + 3), fill=(250, 250, 246))
    image.paste(photo, (photo_x, photo_y))
    ghost_w = 86 if card else 100
    ghost_xy = (44, height - 160) if card else (44, 600)
    ghost = greyscale_portrait(photo.resize((ghost_w, int(ghost_w * 1.27)), Image.LANCZOS), contrast=0.7)
    under = image.crop((*ghost_xy, ghost_xy[0] + ghost.width, ghost_xy[1] + ghost.height))
    image.paste(Image.blend(ghost, under, 0.6), ghost_xy)

    label_font, value_font = font(family["label_font"]), font(family["value_font"])
    values = eighth_values(truth, spec, family)
    column = 330 if card else 390
    step = 88 if card else 94

    def labels(x, y, key):  # the issuer's language on one small line, the English under it
        draw.text((x, y), local[key], font=label_font, fill=local_ink)
        draw.text((x, y + label_font.size + 2), english[key], font=label_font, fill=english_ink)
        return y + 2 * label_font.size + 7

    for index, row in enumerate(family["order"]):
        y = 104 + index * step
        for col, key in enumerate(row.split("+")):
            x = 58 + col * column
            draw.text((x, labels(x, y, key)), values[key], font=value_font, fill=ink)

    # The number (ID number on cards, passport number on passports) in a coloured pill beside
    # the ghost, and again small up the left edge, read bottom to top.
    key = "id" if card else "docno"
    number = values[key]
    x, y = 58 + ghost_w + 40, 104 + len(family["order"]) * step + 6
    top = labels(x, y, key)
    pill_font = ImageFont.truetype(EXTRA_LIGHT, 33)
    w = draw.textlength(number, font=pill_font)
    draw.rounded_rectangle((x - 16, top - 2, x + w + 16, top + 46), radius=24, fill=shifted(spec["color"], -150))
    draw.text((x, top + 3), number, font=pill_font, fill=(255, 255, 255))
    edge_font = ImageFont.truetype(CARLITO, 17)
    strip = Image.new("L", (math.ceil(draw.textlength(number, font=edge_font)) + 4, 22), 0)
    ImageDraw.Draw(strip).text((2, 0), number, font=edge_font, fill=255)
    strip = strip.rotate(90, expand=True)
    image.paste(Image.new("RGB", strip.size, (50, 60, 80)), (12, (height - strip.height) // 2 + 40), strip)

    if not card:  # the MRZ on a white strip along the bottom of the page
        mrz = family["passport_mrz"]
        top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2
        draw.rectangle((0, top - 16, width, height), fill=(250, 250, 247))
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def tri_label(draw, x, y, key, third, label_font, fill):
    """One small line: English / French / the third language (Arabic in a face that has it)."""
    text = f"{TRI_ENGLISH[key]} / {FRENCH_LABELS[key]} / "
    draw.text((x, y), text, font=label_font, fill=fill)
    x += draw.textlength(text, font=label_font)
    if third == "ar":
        draw.text((x, y - 3), THIRD_LABELS["ar"][key], font=ImageFont.truetype(SANS, label_font.size - 1), fill=fill)
    else:
        draw.text((x, y), THIRD_LABELS["pt"][key], font=label_font, fill=fill)


TRI_ENGLISH = dict(surname="Surname", given="Given names", id="Personal No.", dob="Date of birth", sex="Sex",
                   expiry="Date of expiry", nationality="Nationality", docno="Passport No.", issue="Date of issue",
                   authority="Authority", pob="Place of birth", type="Type", code="Code",
                   card="IDENTITY CARD", passport="PASSPORT")


def laminate_glare(rng, image):
    """A diffuse glare on the laminate: a broad soft whitening from one upper corner."""
    width, height = image.size
    yy, xx = np.mgrid[0:height, 0:width]
    gx, gy = rng.choice([0.1, 0.9]) * width, rng.uniform(-0.1, 0.2) * height
    spread = rng.uniform(0.3, 0.42) * width
    glow = rng.uniform(0.22, 0.34) * np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * spread ** 2))[:, :, None]
    pixels = np.asarray(image, float)
    return Image.fromarray(np.clip(pixels * (1 - glow) + 255 * glow, 0, 255).astype(np.uint8))


def trilingual_page(rng, truth, spec, family, kind, portrait_of):
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    card = kind == "id_card"
    third = THIRD_LANGUAGE[spec["alpha3"]]
    image = lattice_background(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    label_font, label_ink, ink = font(family["label_font"]), (78, 70, 96), (26, 24, 40)
    title_font = font(family["title_font"])
    w = draw.textlength(spec["title"], font=title_font)
    draw.text(((width - w) / 2, 14), spec["title"], font=title_font, fill=(40, 34, 80))
    what = "card" if card else "passport"
    sub_font = ImageFont.truetype(NARROW_OBLIQUE, 20)
    sub = f"{TRI_ENGLISH[what]} / {FRENCH_LABELS[what]} / "
    sub_w = draw.textlength(sub, font=sub_font)
    third_font = ImageFont.truetype(SANS, 18) if third == "ar" else sub_font
    total = sub_w + draw.textlength(THIRD_LABELS[third][what], font=third_font)
    draw.text(((width - total) / 2, 54), sub, font=sub_font, fill=(60, 56, 96))
    draw.text(((width - total) / 2 + sub_w, 52 if third == "ar" else 54), THIRD_LABELS[third][what], font=third_font,
              fill=(60, 56, 96))

    # An oval portrait fading into the page on the left.
    photo_w = 214 if card else 272
    photo_h = int(photo_w * 1.3)
    photo = portrait_of((photo_w, photo_h))
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).ellipse((10, 8, photo_w - 10, photo_h - 8), fill=255)
    image.paste(photo, (32, 104), mask.filter(ImageFilter.GaussianBlur(7)))

    values = eighth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[spec["alpha3"]][0 if card else 1]
    if card:
        columns = [["surname", "given", "dob", "sex"], ["nationality", "id", "expiry", "issue"]]
        xs, top, step = [272, 640], 104, 98
    else:
        columns = [["type", "surname", "given", "dob", "sex", "authority"],
                   ["code", "docno", "nationality", "issue", "expiry"]]
        xs, top, step = [346, 800], 104, 104
    squeeze = family["squeeze"]
    for x, keys in zip(xs, columns):
        for index, key in enumerate(keys):
            y = top + index * step
            tri_label(draw, x, y, key, third, label_font, label_ink)
            draw_condensed(image, (x, y + label_font.size + 6), values[key], family["value_font"][0],
                           family["value_font"][1], squeeze, ink)
    if card:  # the authority along the bottom, under the two columns
        y = top + 4 * step + 6
        tri_label(draw, xs[0], y, "authority", third, label_font, label_ink)
        draw_condensed(image, (xs[0], y + label_font.size + 6), values["authority"], family["value_font"][0], 26,
                       squeeze, ink)
    else:  # the MRZ on its own tinted band along the bottom
        mrz = family["passport_mrz"]
        band_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2 - 18
        draw.rectangle((0, band_top, width, height), fill=shifted(spec["color"], 12))
        draw.line((0, band_top, width, band_top), fill=shifted(spec["color"], -60), width=2)
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return laminate_glare(rng, image)


def render_eighth_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "vernacular":
        return vernacular_page(rng, truth, spec, family, kind, portrait_of)
    return trilingual_page(rng, truth, spec, family, kind, portrait_of)


def render_eighth_back(rng, truth, spec, family):
    size = (1012, 638)
    width, height = size
    issue = dt.date.fromisoformat(truth["fields"]["expiry_date"]) - dt.timedelta(days=3650)
    place = rng.choice(["HARARE", "LAGOS", "NAIROBI", "ACCRA", "KAMPALA", "DURBAN", "BULAWAYO", "KUMASI"])
    mrz = family["card_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3
    label_font = font(family["label_font"])
    if family["style"] == "vernacular":
        image = concentric_background(rng, size, spec["color"])
        draw = ImageDraw.Draw(image)
        local, english = LOCAL_LABELS[spec["alpha3"]], family["labels"]
        value_font = ImageFont.truetype(EXTRA_LIGHT, 27)
        for i, (key, value) in enumerate([("pob", place), ("issue", fmt_date(issue, family["date"]))]):
            y = 34 + i * 92
            draw.text((48, y), local[key], font=label_font, fill=(112, 74, 44))
            draw.text((48, y + label_font.size + 2), english[key], font=label_font, fill=(64, 76, 100))
            draw.text((48, y + 2 * label_font.size + 7), value, font=value_font, fill=(20, 22, 30))
        # A right thumbprint: a whorl of wavering loops in a ruled box.
        fx, fy = width - 230, 30
        draw.rectangle((fx, fy, fx + 170, fy + 200), outline=(70, 80, 100), width=2)
        for k in range(3, 24):
            angles = np.linspace(0, 2 * math.pi, 90)
            r = k * 3.4 + 1.2 * np.sin(7 * angles + k)
            draw.line(list(zip(fx + 85 + 0.8 * r * np.cos(angles), fy + 104 + r * np.sin(angles))),
                      fill=(60, 60, 70), width=2)
        draw.text((fx, fy + 206), "RIGHT THUMB", font=label_font, fill=(64, 76, 100))
        # The MRZ on a white strip, the full width of the card.
        draw.rounded_rectangle((16, mrz_top - 14, width - 16, height - 8), radius=10, fill=(250, 250, 247))
    else:
        image = lattice_background(rng, size, spec["color"])
        draw = ImageDraw.Draw(image)
        third = THIRD_LANGUAGE[spec["alpha3"]]
        rows = [("pob", place), ("authority", AUTHORITIES[spec["alpha3"]][0])]
        for i, (key, value) in enumerate(rows):
            y = 30 + i * 84
            tri_label(draw, 44, y, key, third, label_font, (78, 70, 96))
            draw_condensed(image, (44, y + label_font.size + 6), value, family["value_font"][0], 27, family["squeeze"],
                           (26, 24, 40))
        # A stacked 2-D barcode, rows of bars, on the right.
        for j in range(10):
            x = 600
            while x < width - 44:
                bar = rng.choice([2, 3, 4, 6])
                if rng.random() < 0.55:
                    draw.rectangle((x, 34 + j * 16, x + bar - 1, 47 + j * 16), fill=(28, 28, 32))
                x += bar
        # The MRZ on its own tinted band.
        draw.rectangle((0, mrz_top - 18, width, height), fill=shifted(spec["color"], 12))
        draw.line((0, mrz_top - 18, width, mrz_top - 18), fill=shifted(spec["color"], -60), width=2)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return laminate_glare(rng, image) if family["style"] == "trilingual" else image


# ---------------------------------------------------------------------------------------------
# The ninth families' renderer: `laser` (a polycarbonate card, each value over a hairline with
# its caption under it) and `photocopy` (an older paper document, dot-matrix values on ruled form
# lines, photocopied in greyscale and certified with a stamp and a signature)

NINTH_STYLES = ("laser", "photocopy")
# National colours: the stripes of each issuer's flag (a band along the top of `laser` cards)
# and an ink for the captions and titles.
FLAG_STRIPES = {
    "ZWE": [(0, 122, 61), (255, 210, 0), (214, 40, 40), (20, 20, 20), (214, 40, 40), (255, 210, 0), (0, 122, 61)],
    "ZAF": [(224, 60, 49), (250, 250, 250), (0, 119, 73), (250, 250, 250), (0, 20, 137)],
    "NGA": [(0, 135, 81), (250, 250, 250), (0, 135, 81)],
    "KEN": [(20, 20, 20), (250, 250, 250), (187, 0, 0), (250, 250, 250), (0, 102, 0)],
    "GHA": [(206, 17, 38), (252, 209, 22), (0, 107, 63)],
    "UGA": [(20, 20, 20), (252, 220, 4), (217, 0, 0), (20, 20, 20), (252, 220, 4), (217, 0, 0)],
}
ACCENT = {"ZWE": (0, 96, 52), "ZAF": (0, 64, 128), "NGA": (0, 104, 58), "KEN": (150, 26, 34), "GHA": (148, 34, 30),
          "UGA": (128, 92, 0)}
LASER_GREY = (56, 56, 60)  # laser-engraved values: a warm dark grey, not black
PLACES = {"ZWE": ["HARARE", "BULAWAYO", "MUTARE", "GWERU", "MASVINGO"], "ZAF": ["JOHANNESBURG", "DURBAN", "SOWETO", "PRETORIA", "GQEBERHA"],
          "NGA": ["LAGOS", "IBADAN", "KANO", "ENUGU", "ABEOKUTA"], "KEN": ["NAIROBI", "KISUMU", "NAKURU", "ELDORET", "MOMBASA"],
          "GHA": ["ACCRA", "KUMASI", "TAMALE", "CAPE COAST", "HO"], "UGA": ["KAMPALA", "GULU", "MBARARA", "JINJA", "MASAKA"]}
# Who certifies a photocopy, by issuer: the stamp's words and the place.
CERTIFIERS = {"ZWE": ("COMMISSIONER OF OATHS", "ZIMBABWE REPUBLIC POLICE", "HARARE CENTRAL"),
              "ZAF": ("COMMISSIONER OF OATHS", "SOUTH AFRICAN POLICE SERVICE", "HILLBROW"),
              "NGA": ("NOTARY PUBLIC", "HIGH COURT OF LAGOS STATE", "IKEJA"),
              "KEN": ("COMMISSIONER FOR OATHS", "ADVOCATE OF THE HIGH COURT", "NAIROBI"),
              "GHA": ("NOTARY PUBLIC", "SUPREME COURT OF GHANA", "ACCRA"),
              "UGA": ("COMMISSIONER FOR OATHS", "ADVOCATE", "KAMPALA")}
TODAY_CERTIFIED = dt.date(2026, 11, 20)  # certified copies are dated before make-documents.py's fixed today
SIGNERS = ["J. Banda", "P. Mensah", "A. Okoro", "R. Naidoo", "S. Wekesa", "M. Ssali", "T. Chirwa", "E. Adjei"]
# Words on card backs (no digits): who owns the card.
PROPERTY = "This card is the property of the Government of {}. If found, hand it in at the nearest police station."


def place_of_birth(truth, alpha3):
    """The holder's place of birth, the same on every side of the document."""
    return PLACES[alpha3][sum(map(ord, truth["fields"]["full_name"])) % len(PLACES[alpha3])]


def personal_number(rng, alpha3, dob, sex):
    """A national ID number in the issuer's format, as a passport prints it in its personal
    number field (the same rules as make-documents.py's national_id; not a scored field)."""
    if alpha3 == "ZWE":
        district, serial, origin = rng.randint(1, 85), rng.randint(100000, 999999), rng.randint(1, 85)
        return f"{district:02d}-{serial}-{'ZABCDEFGHJKLMNPQRSTVWXY'[int(f'{district:02d}{serial}') % 23]}-{origin:02d}"
    if alpha3 == "ZAF":
        body = dob.strftime("%y%m%d") + f"{rng.randint(5000, 9999) if sex == 'M' else rng.randint(0, 4999):04d}08"
        total = 0
        for i, d in enumerate(reversed(body)):
            d = int(d) * (2 if i % 2 == 0 else 1)
            total += d - 9 if d > 9 else d
        return body + str((10 - total % 10) % 10)
    if alpha3 == "NGA":
        return "".join(rng.choice("0123456789") for _ in range(11))
    if alpha3 == "KEN":
        return str(rng.randint(10000000, 39999999))
    if alpha3 == "GHA":
        return f"GHA-{rng.randint(100000000, 999999999)}-{rng.randint(0, 9)}"
    return f"C{sex}{dob:%y}" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10))


def iris_background(rng, size, color):
    """Rainbow (iris) printing: the tint runs from the issuer's colour through near-white to a
    second pastel across the card, under a fan of fine wavy lines and a faint emblem."""
    width, height = size
    second = tuple(min(255, c + 8) for c in (color[1], color[2], color[0]))
    middle = rng.uniform(0.4, 0.6)
    x = np.linspace(0, 1, width)
    row = np.stack([np.interp(x, [0, middle, 1], [a, 247, b]) for a, b in zip(color, second)], axis=1)
    pixels = np.repeat(row[None, :, :], height, axis=0)
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    ox, oy = rng.choice([-0.1, 1.1]) * width, 1.2 * height
    for k in range(80):
        a0 = -math.pi / 2 + (k - 40) * 0.022
        points = [(ox + r * math.cos(a0 + 0.03 * math.sin(r / 50 + k * 0.7)), oy + r * math.sin(a0 + 0.03 * math.sin(r / 50 + k * 0.7)))
                  for r in range(0, int(1.6 * width), 8)]
        draw.line(points, fill=255, width=1)
    emblem(draw, width * rng.uniform(0.55, 0.65), height * 0.55, height * 0.3, 110)
    shade = np.asarray(mask, float)[:, :, None] / 255
    pixels = pixels * (1 - 0.1 * shade)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def emblem(draw, cx, cy, r, ink, width=2):
    """A roundel standing in for the coat of arms: two rings, a star, a wreath of leaves."""
    for rr in (r, r * 0.9):
        draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=ink, width=width)
    star = [(cx + (r * 0.5 if k % 2 == 0 else r * 0.2) * math.sin(k * math.pi / 5),
             cy - (r * 0.5 if k % 2 == 0 else r * 0.2) * math.cos(k * math.pi / 5)) for k in range(10)]
    draw.polygon(star, outline=ink, width=width)
    for k in range(14):
        a = math.pi * (0.15 + 0.7 * k / 13)
        lx, ly = cx + r * 0.72 * math.cos(a), cy + r * 0.72 * math.sin(a)
        draw.ellipse((lx - r * 0.06, ly - r * 0.06, lx + r * 0.06, ly + r * 0.06), outline=ink, width=1)


def flag_band(draw, alpha3, width, top, height):
    stripes = FLAG_STRIPES[alpha3]
    for k, color in enumerate(stripes):
        draw.rectangle((0, top + k * height / len(stripes), width, top + (k + 1) * height / len(stripes)), fill=color)


def laser_portrait(photo):
    """A laser-engraved portrait: greyscale, a little warm, with the fine lines of the laser."""
    grey = np.asarray(greyscale_portrait(photo, (1.0, 0.98, 0.94), contrast=1.1), float)
    grey[1::3] *= 0.93
    return Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8))


def rainbow_portrait(photo, diameter):
    """The secondary portrait in a round window, its grey tinted with a hue that shifts across it."""
    grey = np.asarray(photo.convert("L").resize((diameter, diameter), Image.LANCZOS), float) / 255
    yy, xx = np.mgrid[0:diameter, 0:diameter]
    phase = (xx + yy) / diameter * math.pi
    hue = np.stack([np.sin(phase), np.sin(phase + 2.1), np.sin(phase + 4.2)], axis=2) * 50 + 200
    pixels = hue * (0.45 + 0.55 * grey[:, :, None])
    mask = Image.new("L", (diameter, diameter), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, diameter - 1, diameter - 1), fill=255)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), mask


def qr_code(draw, rng, x, y, modules, cell, ink=(20, 20, 20), paper=(246, 246, 242)):
    draw.rectangle((x - 2 * cell, y - 2 * cell, x + (modules + 2) * cell - 1, y + (modules + 2) * cell - 1), fill=paper)
    for i in range(modules):
        for j in range(modules):
            corners = [(0, 0), (modules - 7, 0), (0, modules - 7)]
            finder = next(((a, b) for a, b in corners if 0 <= i - a < 7 and 0 <= j - b < 7), None)
            if finder:
                on = max(abs(i - finder[0] - 3), abs(j - finder[1] - 3)) in (0, 1, 3)
            else:
                on = rng.random() < 0.5
            if on:
                draw.rectangle((x + i * cell, y + j * cell, x + (i + 1) * cell - 1, y + (j + 1) * cell - 1), fill=ink)


def datamatrix(draw, rng, x, y, modules, cell, ink=(24, 24, 28)):
    """A Data Matrix symbol: solid left and bottom edges, alternating top and right, random inside."""
    for i in range(modules):
        for j in range(modules):
            if i == 0 or j == modules - 1:
                on = True
            elif j == 0:
                on = i % 2 == 0
            elif i == modules - 1:
                on = j % 2 == 1
            else:
                on = rng.random() < 0.5
            if on:
                draw.rectangle((x + i * cell, y + j * cell, x + (i + 1) * cell - 1, y + (j + 1) * cell - 1), fill=ink)


def scribble(draw, rng, x, y, w, h, ink, width=2):
    """A handwritten-looking signature: one or two looping strokes of uneven loops, slanted,
    and a flourish under them."""
    xs = [(rng.uniform(0.02, 0.07) * w, rng.uniform(3, 9), rng.uniform(0, 6.28)) for _ in range(3)]
    ys = [(rng.uniform(0.12, 0.3) * h, rng.uniform(2, 8), rng.uniform(0, 6.28)) for _ in range(3)]
    slant, gap = rng.uniform(0.2, 0.5), rng.uniform(0.3, 0.6) if rng.random() < 0.5 else None
    points = []
    for t in np.linspace(0, 1, 260):
        dy = sum(a * math.sin(2 * math.pi * f * t + p) for a, f, p in ys)
        px = x + t * w + sum(a * math.sin(2 * math.pi * f * t + p) for a, f, p in xs) - slant * dy
        points.append((px, y + h / 2 + dy))
    if gap is None:
        draw.line(points, fill=ink, width=width, joint="curve")
    else:  # the pen lifted once
        cut = int(gap * len(points))
        draw.line(points[:cut], fill=ink, width=width, joint="curve")
        draw.line(points[cut + 8:], fill=ink, width=width, joint="curve")
    bow = rng.uniform(-8, 8)
    flourish = [(x + w * (0.05 + 0.95 * t), y + h * (1.0 - 0.3 * t) + bow * math.sin(math.pi * t)) for t in np.linspace(0, 1, 40)]
    draw.line(flourish, fill=ink, width=width, joint="curve")


def caption_value(draw, x, baseline, value, value_font, caption, caption_font, accent, rule_to, number=None):
    """A `laser` field: the value on a hairline, its small-capital caption under the line (with
    a field number in a disc before it on passports)."""
    draw.text((x, baseline), value, font=value_font, fill=LASER_GREY, anchor="ls")
    draw.line((x, baseline + 7, rule_to, baseline + 7), fill=tuple((c + 255 * 2) // 3 for c in accent), width=1)
    cx = x
    if number is not None:
        disc = ImageFont.truetype(FREE_SANS_BOLD, 11)
        draw.ellipse((x, baseline + 12, x + 15, baseline + 27), fill=accent)
        draw.text((x + 7.5, baseline + 20), str(number), font=disc, fill=(255, 255, 255), anchor="mm")
        cx = x + 20
    draw_small_caps(draw, cx, baseline + 25, caption, caption_font[0], caption_font[1], accent)


def perforated(image, text, x, y):
    """The passport number laser-perforated up the page's edge: small holes in dot-matrix figures."""
    f = ImageFont.truetype(LIB_MONO, 10)
    probe = ImageDraw.Draw(Image.new("1", (1, 1)))
    tile = Image.new("1", (int(probe.textlength(text, font=f)) + 4, 13), 0)
    tile_draw = ImageDraw.Draw(tile)
    tile_draw.fontmode = "1"
    tile_draw.text((2, 0), text, font=f, fill=1)
    bits = np.asarray(tile.rotate(90, expand=True))
    draw = ImageDraw.Draw(image)
    for row, column in zip(*np.nonzero(bits)):
        cx, cy = x + column * 4, y + row * 4
        draw.ellipse((cx - 1.6, cy - 1.6, cx + 1.6, cy + 1.6), fill=(252, 250, 244), outline=(150, 140, 120))


def laser_header(draw, spec, kind, x, accent, width):
    title = spec["title"].title().replace(" Of ", " of ").replace(" The ", " the ")
    draw_small_caps(draw, x, 54, title, PALATINO, 31, accent)
    subtitle = "Passport · Passeport" if kind == "passport" else "National Identity Card"
    draw_small_caps(draw, x + 2, 82, subtitle, FREE_SANS_OBLIQUE, 19, (70, 70, 80))
    draw.line((x, 94, width - 40, 94), fill=accent, width=1)


def laser_page(rng, truth, spec, family, kind, portrait_of):
    """The front of a `laser` card or its passport data page."""
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    card = kind == "id_card"
    alpha3, accent = spec["alpha3"], ACCENT[spec["alpha3"]]
    image = iris_background(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    values = eighth_values(truth, spec, family)
    labels = family["labels"]
    captions = family["label_font"]
    value_font = font(family["value_font"])
    heavy = lambda size: ImageFont.truetype(BOOKMAN_DEMI_ITALIC, size)
    if card:
        flag_band(draw, alpha3, width, 0, 12)
    emblem(draw, 66, 58, 34, accent)
    laser_header(draw, spec, kind, 114, accent, width)

    photo_w = 206 if card else 262
    photo_h = int(photo_w * 1.28)
    photo = portrait_of((photo_w, photo_h))
    image.paste(laser_portrait(photo), (34, 112))
    draw.rectangle((33, 111, 34 + photo_w, 112 + photo_h), outline=accent, width=1)
    if card:
        # A contact chip under the portrait, the holder's engraved signature under that.
        cx, cy = 62, 112 + photo_h + 22
        draw.rounded_rectangle((cx, cy, cx + 86, cy + 66), radius=10, fill=(214, 178, 96), outline=(150, 118, 50), width=2)
        for gx in (cx + 28, cx + 58):
            draw.line((gx, cy, gx, cy + 66), fill=(150, 118, 50), width=2)
        for gy in (cy + 22, cy + 44):
            draw.line((cx, gy, cx + 28, gy), fill=(150, 118, 50), width=2)
            draw.line((cx + 58, gy, cx + 86, gy), fill=(150, 118, 50), width=2)
        scribble(draw, rng, 40, height - 92, 180, 44, LASER_GREY)
        draw.line((34, height - 40, 240, height - 40), fill=accent, width=1)
        draw_small_caps(draw, 34, height - 22, "Holder's Signature", FREE_SANS_OBLIQUE, 13, accent)

        x0, x1, end = 276, 516, 744
        rows = [[("surname", heavy(31))], [("given", value_font)], [("dob", value_font), ("sex", value_font)],
                [("nationality", value_font), ("expiry", value_font)], [("pob", value_font)], [("id", heavy(34))]]
        values["pob"] = place_of_birth(truth, alpha3)
        for index, row in enumerate(rows):
            baseline = 148 + index * 82 + (8 if index == 5 else 0)
            for column, (key, f) in enumerate(row):
                x = x0 if column == 0 else x1
                rule_to = end if len(row) == 1 else (x1 - 24 if column == 0 else end)
                caption_value(draw, x, baseline, values[key], f, labels[key], captions, accent, rule_to)
        # The secondary portrait in a round window, a QR code, the card number up the right edge.
        window, mask = rainbow_portrait(photo, 122)
        image.paste(window, (800, 114), mask)
        draw.ellipse((799, 113, 922, 236), outline=accent, width=1)
        qr_code(draw, rng, 796, 300, 25, 5)
        number = truth["fields"]["document_number"] or "".join(rng.choice("0123456789") for _ in range(9))
        edge_font = ImageFont.truetype(FREE_SANS_OBLIQUE, 15)
        text = f"CARD No. {number}"
        strip = Image.new("L", (math.ceil(draw.textlength(text, font=edge_font)) + 4, 20), 0)
        ImageDraw.Draw(strip).text((2, 0), text, font=edge_font, fill=255)
        strip = strip.rotate(90, expand=True)
        image.paste(Image.new("RGB", strip.size, accent), (width - 36, height - strip.height - 40), strip)
        return image

    # The passport data page: numbered fields with English/French captions, a ghost image, the
    # passport number perforated up the edge, the MRZ on a band of another colour.
    values["pob"] = place_of_birth(truth, alpha3)
    values["authority"] = AUTHORITIES[alpha3][1]
    values["personal"] = personal_number(rng, alpha3, dt.date.fromisoformat(truth["fields"]["date_of_birth"]),
                                         truth["fields"]["sex"])
    labels = family["passport_labels"]
    captions = (captions[0], captions[1] - 1)  # the passport's two-language captions a size smaller
    end = 1040
    rows = [[("type", 336, value_font), ("code", 460, value_font), ("docno", 620, heavy(30))],
            [("surname", 336, heavy(31))], [("given", 336, value_font)],
            [("nationality", 336, value_font), ("personal", 660, value_font)],
            [("dob", 336, value_font), ("sex", 640, value_font), ("pob", 760, value_font)],
            [("issue", 336, value_font), ("authority", 640, value_font)], [("expiry", 336, value_font)]]
    numbers = dict(type=1, code=2, docno=3, surname=4, given=5, nationality=6, dob=7, personal=8, sex=9, pob=10,
                   issue=11, authority=12, expiry=13)
    for index, row in enumerate(rows):
        baseline = 146 + index * 80
        for column, (key, x, f) in enumerate(row):
            rule_to = row[column + 1][1] - 24 if column + 1 < len(row) else end
            caption_value(draw, x, baseline, values[key], f, labels[key], captions, accent, rule_to, numbers[key])
    ghost = greyscale_portrait(photo.resize((112, 143), Image.LANCZOS), contrast=0.75)
    under = image.crop((1084, 110, 1196, 253))
    image.paste(Image.blend(ghost, under, 0.55), (1084, 110))
    perforated(image, truth["fields"]["document_number"], width - 58, 300)
    mrz = family["passport_mrz"]
    band_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2 - 22
    band = tuple((c + 2 * w) // 3 for c, w in zip((spec["color"][2], spec["color"][0], spec["color"][1]), (252, 248, 236)))
    draw.rectangle((0, band_top, width, height), fill=band)
    draw.line((0, band_top, width, band_top), fill=accent, width=2)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def laser_back(rng, truth, spec, family):
    size = (1012, 638)
    width = size[0]
    alpha3, accent = spec["alpha3"], ACCENT[spec["alpha3"]]
    image = iris_background(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    flag_band(draw, alpha3, width, 0, 12)
    labels, captions = family["labels"], family["label_font"]
    value_font = ImageFont.truetype(family["value_font"][0], 26)
    issue = dt.date.fromisoformat(truth["fields"]["expiry_date"]) - dt.timedelta(days=3650)
    rows = [("issue", fmt_date(issue, family["date"])), ("authority", AUTHORITIES[alpha3][0]),
            ("pob", place_of_birth(truth, alpha3))]
    for index, (key, value) in enumerate(rows):
        caption_value(draw, 44, 66 + index * 74, value, value_font, labels[key], captions, accent, 560)
    datamatrix(draw, rng, 800, 34, 32, 5)
    name = spec["name"].title().replace(" Of ", " of ")
    text = PROPERTY.format("the Republic of " + name if alpha3 != "UGA" else "Uganda")
    small = ImageFont.truetype(FREE_SANS_OBLIQUE, 15)
    draw.text((44, 300), text, font=small, fill=(70, 70, 80))
    scribble(draw, rng, 640, 330, 200, 44, LASER_GREY)
    draw.line((620, 392, 900, 392), fill=accent, width=1)
    draw_small_caps(draw, 620, 410, "Registrar General", FREE_SANS_OBLIQUE, 13, accent)
    mrz = family["card_mrz"]
    draw.line((30, mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3 - 16, width - 30,
               mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3 - 16), fill=accent, width=1)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(24, 24, 28))
    return image


def dot_matrix(image, xy, text, ink, size=12, scale=3, dot=1.45):
    """`text` as a 9-pin printer prints it: each pixel of a small bitmap rendering of a
    monospaced face becomes one round dot; `xy` is the top left."""
    f = ImageFont.truetype(LIB_MONO, size)
    probe = ImageDraw.Draw(Image.new("1", (1, 1)))
    tile = Image.new("1", (int(probe.textlength(text, font=f)) + 4, size + 6), 0)
    tile_draw = ImageDraw.Draw(tile)
    tile_draw.fontmode = "1"
    tile_draw.text((2, 1), text, font=f, fill=1)
    bits = np.asarray(tile)
    mask = Image.new("L", (tile.width * scale, tile.height * scale), 0)
    mask_draw = ImageDraw.Draw(mask)
    for row, column in zip(*np.nonzero(bits)):
        cx, cy = column * scale + scale / 2, row * scale + scale / 2
        mask_draw.ellipse((cx - dot, cy - dot, cx + dot, cy + dot), fill=255)
    image.paste(Image.new("RGB", mask.size, ink), (round(xy[0]), round(xy[1])), mask)
    return mask.size


def official_stamp(image, rng, cx, cy, r, ink, words):
    """A round rubber stamp: two rings, words round the rim, a star in the middle."""
    layer = Image.new("L", (2 * r + 8, 2 * r + 8), 0)
    draw = ImageDraw.Draw(layer)
    c = r + 4
    draw.ellipse((c - r, c - r, c + r, c + r), outline=255, width=3)
    draw.ellipse((c - r * 0.7, c - r * 0.7, c + r * 0.7, c + r * 0.7), outline=255, width=2)
    emblem(draw, c, c, r * 0.45, 255, 1)
    f = ImageFont.truetype(NARROW_BOLD, max(10, int(r * 0.2)))
    step = 2 * math.pi / (len(words) + 4)
    for k, char in enumerate(words):
        a = -math.pi / 2 - step * (len(words) - 1) / 2 + k * step
        glyph = Image.new("L", (30, 30), 0)
        ImageDraw.Draw(glyph).text((15, 15), char, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        gx, gy = c + r * 0.85 * math.cos(a), c + r * 0.85 * math.sin(a)
        layer.paste(255, (round(gx - 15), round(gy - 15)), glyph)
    layer = layer.rotate(rng.uniform(-30, 30), resample=Image.BICUBIC)
    alpha = layer.point(lambda v: v * 0.75)
    image.paste(Image.new("RGB", layer.size, ink), (round(cx - c), round(cy - c)), alpha)


def form_line(draw, image, x, y, label, value, tab, end, label_font, shift):
    """A pre-printed label and rule, the value printed onto the line afterwards by a dot-matrix
    printer whose sheet was fed a little out of register (`shift`)."""
    draw.text((x, y), label + ":", font=label_font, fill=(60, 60, 76))
    draw.line((tab - 8, y + label_font.size + 2, end, y + label_font.size + 2), fill=(120, 120, 140), width=1)
    dot_matrix(image, (tab + shift[0], y - 10 + shift[1]), value, (22, 22, 30))


def photocopy_page(rng, truth, spec, family, kind, portrait_of):
    """The original being copied: an older paper card (laminated) or a booklet's data page."""
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    card = kind == "id_card"
    alpha3 = spec["alpha3"]
    paper = tuple(min(255, c + 10) for c in spec["color"])
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 5):  # a fine ruled tint, mostly lost in the copy
        draw.line((0, y, width, y + 3 * math.sin(y / 30)), fill=shifted(paper, -14), width=1)
    emblem(draw, width * 0.58, height * 0.55, height * 0.28, shifted(paper, -40), 3)
    title_font = ImageFont.truetype(CALADEA, 32)
    for y, text, f in [(14, spec["title"], title_font),
                       (54, "PASSPORT / PASSEPORT" if not card else "NATIONAL IDENTITY CARD", ImageFont.truetype(CALADEA, 21))]:
        w = draw.textlength(text, font=f)
        draw.text(((width - w) / 2, y), text, font=f, fill=(30, 30, 50))
    for x in (50, width - 50):
        emblem(draw, x, 48, 32, (40, 40, 60))
    draw.line((30, 90, width - 30, 90), fill=(40, 40, 60), width=2)

    values = eighth_values(truth, spec, family)
    values["pob"] = place_of_birth(truth, alpha3)
    labels = family["labels"]
    label_font = font(family["label_font"])
    shift = (rng.randint(-8, 8), rng.randint(-9, 3))  # the printer's registration, the same on every line
    photo_w = 214 if card else 256
    photo_h = int(photo_w * 1.28)
    image.paste(portrait_of((photo_w, photo_h)), (30, 108))
    official_stamp(image, rng, 30 + 34, 108 + photo_h - 20, 54, (92, 52, 130), "REGISTRAR GENERAL")
    if card:
        scribble(draw, rng, 40, height - 96, 170, 40, (30, 40, 90))
        draw.line((30, height - 44, 244, height - 44), fill=(60, 60, 76), width=1)
        draw.text((30, height - 38), "Signature of holder", font=ImageFont.truetype(LIB_SERIF_ITALIC, 15), fill=(60, 60, 76))
        keys = ["id", "surname", "given", "dob", "sex", "nationality", "pob", "expiry"]
        x, tab, end, top, step = 272, 480, 990, 108, 62
        for index, key in enumerate(keys):
            form_line(draw, image, x, top + index * step, labels[key], values[key], tab, end, label_font,
                      (shift[0] + rng.randint(-1, 1), shift[1] + rng.randint(-1, 1)))
        return image
    values["authority"] = AUTHORITIES[alpha3][1]
    labels = family["passport_labels"]
    end, top, step = 1220, 106, 58
    lines = [[("type", 316, 400), ("code", 480, 570), ("docno", 700, 930)], [("surname", 316, 640)], [("given", 316, 640)],
             [("nationality", 316, 640)], [("dob", 316, 640), ("sex", 930, 1040)], [("pob", 316, 640)],
             [("issue", 316, 640)], [("authority", 316, 640)], [("expiry", 316, 640)]]
    for index, line in enumerate(lines):
        for column, (key, lx, tab) in enumerate(line):
            right = line[column + 1][1] - 30 if column + 1 < len(line) else end
            form_line(draw, image, lx, top + index * step, labels[key], values[key], tab, right, label_font,
                      (shift[0] + rng.randint(-1, 1), shift[1] + rng.randint(-1, 1)))
    scribble(draw, rng, 60, 610, 180, 40, (30, 40, 90))
    draw.text((40, 668), "Signature of bearer / Signature du titulaire", font=ImageFont.truetype(LIB_SERIF_ITALIC, 15),
              fill=(60, 60, 76))
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def photocopy_back_page(rng, truth, spec, family):
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    paper = tuple(min(255, c + 10) for c in spec["color"])
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 5):
        draw.line((0, y, width, y + 3 * math.sin(y / 30)), fill=shifted(paper, -14), width=1)
    labels, label_font = family["labels"], font(family["label_font"])
    issue = dt.date.fromisoformat(truth["fields"]["expiry_date"]) - dt.timedelta(days=3650)
    shift = (rng.randint(-8, 8), rng.randint(-9, 3))
    for index, (key, value) in enumerate([("issue", fmt_date(issue, family["date"])), ("authority", AUTHORITIES[alpha3][0])]):
        form_line(draw, image, 40, 40 + index * 62, labels[key], value, 250, 770, label_font, shift)
    # A left thumbprint in a ruled box.
    fx, fy = width - 220, 28
    draw.rectangle((fx, fy, fx + 170, fy + 196), outline=(60, 60, 76), width=2)
    for k in range(3, 22):
        angles = np.linspace(0, 2 * math.pi, 80)
        r = k * 3.6 + 1.5 * np.sin(5 * angles + k * 0.8)
        draw.line(list(zip(fx + 85 + 0.78 * r * np.cos(angles), fy + 100 + r * np.sin(angles))), fill=(50, 50, 60), width=2)
    draw.text((fx + 30, fy + 200), "Left thumb", font=label_font, fill=(60, 60, 76))
    name = spec["name"].title().replace(" Of ", " of ")
    notice = PROPERTY.format("the Republic of " + name if alpha3 != "UGA" else "Uganda")
    small = ImageFont.truetype(LIB_SERIF_ITALIC, 16)
    words, line, y = notice.split(), "", 250
    for word in words + [None]:  # the notice wrapped to the space left of the thumbprint box
        if word is None or draw.textlength(line + " " + word, font=small) > 700:
            draw.text((40, y), line.strip(), font=small, fill=(60, 60, 76))
            line, y = word or "", y + 22
        else:
            line += " " + word
    scribble(draw, rng, 60, 318, 190, 40, (30, 40, 90))
    draw.line((40, 372, 300, 372), fill=(60, 60, 76), width=1)
    draw.text((40, 378), "Registrar-General", font=small, fill=(60, 60, 76))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def photocopy(rng, page, spec, stamp_area, side):
    """The page as an office copier gives it back: greyscale, pale tints dropped, mid-tones
    screened, toner specks and a drum streak, the original a little skew on the sheet with its
    edge showing; then certified in colour: a stamp over `stamp_area` (x0, y0, x1, y1 on the
    original) with a date, and a signature across it. The stamp hangs over the original's
    `side` edge ("left", "right" or None) onto a wider margin of the sheet."""
    grey = np.asarray(page.convert("L"), float)
    black, white = rng.uniform(45, 65), rng.uniform(212, 228)
    grey = 255 * np.clip((grey - black) / (white - black), 0, 1) ** 1.2
    height, width = grey.shape
    yy, xx = np.mgrid[0:height, 0:width]
    screen = np.sin((xx + yy) * math.pi / 3) * np.sin((xx - yy) * math.pi / 3)
    grey += 34 * screen * 4 * (grey / 255) * (1 - grey / 255)
    original = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8))
    ImageDraw.Draw(original).rounded_rectangle((0, 0, width - 1, height - 1), radius=18 if width < 1100 else 4,
                                               outline=70, width=3)
    angle = rng.uniform(0.6, 2.2) * rng.choice([-1, 1])
    mask = Image.new("L", original.size, 255).rotate(angle, expand=True, resample=Image.BICUBIC)
    turned = original.rotate(angle, expand=True, resample=Image.BICUBIC)
    margins = [rng.randint(36, 80) for _ in range(4)]  # left, top, right, bottom
    if side:
        margins[0 if side == "left" else 2] = rng.randint(120, 170)
        margins[3] = rng.randint(80, 120)
    sheet = Image.new("L", (turned.width + margins[0] + margins[2], turned.height + margins[1] + margins[3]), 246)
    sheet.paste(turned, (margins[0], margins[1]), mask)
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    draw = ImageDraw.Draw(sheet)
    for _ in range(sheet.width * sheet.height // 8000):  # toner specks
        x, y, r = rng.uniform(0, sheet.width), rng.uniform(0, sheet.height), rng.uniform(0.4, 1.3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(30, 130))
    if rng.random() < 0.6:  # a scratch on the drum: a faint line down the whole sheet
        x = rng.uniform(0.1, 0.9) * sheet.width
        draw.line((x, 0, x + rng.uniform(-3, 3), sheet.height), fill=rng.randint(170, 210), width=rng.choice([1, 2]))
    pixels = np.asarray(sheet.filter(ImageFilter.GaussianBlur(0.55)), float) + noise.normal(0, 2.5, (sheet.height, sheet.width))
    rgb = np.repeat(np.clip(pixels, 0, 255)[:, :, None], 3, axis=2)
    copy = Image.fromarray(rgb.astype(np.uint8))

    # Where a point of the original landed on the sheet.
    def on_sheet(px, py):
        a = math.radians(angle)
        dx, dy = px - width / 2, py - height / 2
        return (margins[0] + turned.width / 2 + dx * math.cos(a) + dy * math.sin(a),
                margins[1] + turned.height / 2 - dx * math.sin(a) + dy * math.cos(a))

    # The certification stamp in blue or violet ink, multiplied over the copy.
    ink = rng.choice([(40, 62, 170), (96, 48, 150), (30, 90, 160)])
    title, office, place = CERTIFIERS[spec["alpha3"]]
    day = TODAY_CERTIFIED - dt.timedelta(days=rng.randint(1, 300))
    stamp = Image.new("L", (360, 160), 0)
    stamp_draw = ImageDraw.Draw(stamp)
    stamp_draw.rectangle((3, 3, 356, 156), outline=255, width=4)
    stamp_draw.rectangle((10, 10, 349, 149), outline=255, width=1)
    for y, text, size in [(16, "CERTIFIED TRUE COPY", 26), (49, "OF THE ORIGINAL", 16), (70, title, 19), (96, office, 14),
                          (116, f"{place}   {fmt_date(day, 'dd MON yyyy')}", 17)]:
        f = ImageFont.truetype(NARROW_BOLD, size)
        stamp_draw.text(((360 - stamp_draw.textlength(text, font=f)) / 2, y), text, font=f, fill=255)
    stamp = stamp.rotate(rng.uniform(-15, 15), expand=True, resample=Image.BICUBIC)
    sx, sy = on_sheet(rng.uniform(stamp_area[0], stamp_area[2]), rng.uniform(stamp_area[1], stamp_area[3]))
    layer = Image.new("L", copy.size, 0)
    layer.paste(stamp, (round(sx - stamp.width / 2), round(sy - stamp.height / 2)))
    signature = Image.new("L", copy.size, 0)
    f = ImageFont.truetype(CHANCERY, rng.randint(40, 50))
    name = rng.choice(SIGNERS)
    sig = Image.new("L", (int(ImageDraw.Draw(signature).textlength(name, font=f)) + 140, 110), 0)
    sig_draw = ImageDraw.Draw(sig)
    sig_draw.text((10, 18), name, font=f, fill=255)
    scribble(sig_draw, rng, 30, 58, sig.width - 40, 34, 255, width=2)
    sig = sig.rotate(rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
    dx = rng.uniform(-40, 0) if side == "left" else rng.uniform(0, 40) if side == "right" else rng.uniform(-40, 40)
    signature.paste(sig, (round(sx - sig.width / 2 + dx), round(sy - sig.height / 2 + rng.uniform(-20, 10))))
    pixels = np.asarray(copy, float)
    for mask_image, strength, color in [(layer, rng.uniform(0.55, 0.7), ink), (signature, 0.8, (26, 38, 120))]:
        m = np.asarray(mask_image.filter(ImageFilter.GaussianBlur(0.7)), float)[:, :, None] / 255 * strength
        pixels = pixels * (1 - m) + pixels * np.array(color)[None, None, :] / 255 * m
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))



def render_ninth_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "laser":
        return laser_page(rng, truth, spec, family, kind, portrait_of)
    page = photocopy_page(rng, truth, spec, family, kind, portrait_of)
    # The stamp across the card's lower left corner onto the sheet (over the holder's signature
    # and the last labels), or across a passport page's right edge beside its last lines: never
    # on a value read or the MRZ.
    if kind == "id_card":
        return photocopy(rng, page, spec, (80, 480, 200, 580), "left")
    return photocopy(rng, page, spec, (1080, 560, 1120, 610), "right")


def render_ninth_back(rng, truth, spec, family):
    if family["style"] == "laser":
        return laser_back(rng, truth, spec, family)
    return photocopy(rng, photocopy_back_page(rng, truth, spec, family), spec, (380, 120, 600, 200), None)


# ---------------------------------------------------------------------------------------------
# The tenth families' renderer: `smartcard` (a dense modern card, two-language captions over bold
# condensed values, a chip, an iridescent ground) and `booklet` (an older paper document, numbered
# register rows with typewritten values, a dry seal and a rubber stamp)

TENTH_STYLES = ("smartcard", "booklet")
# `smartcard`'s second caption language, by issuer: isiNdebele (an official language of
# Zimbabwe other than the Shona `vernacular` prints), Afrikaans, French (ECOWAS cards print
# English and French), Swahili (official in Kenya and in Uganda).
SMART_SECOND = {
    "ZWE": dict(surname="Isibongo", given="Amabizo", id="Inombolo yesitupa", dob="Ilanga lokuzalwa", sex="Ubulili",
                expiry="Ilanga lokuphela", nationality="Ubuzwe", pob="Indawo yokuzalwa", issue="Ilanga lokukhutshwa",
                authority="Okhiphileyo", docno="Inombolo yephasipoti", type="Uhlobo", code="Ikhodi",
                card="ISITUPA SELIZWE", passport="IPHASIPOTI"),
    "ZAF": dict(surname="Van", given="Voorname", id="Identiteitsnommer", dob="Geboortedatum", sex="Geslag",
                expiry="Vervaldatum", nationality="Nasionaliteit", pob="Geboorteplek", issue="Uitreikingsdatum",
                authority="Owerheid", docno="Paspoortnommer", type="Tipe", code="Landkode",
                card="IDENTITEITSKAART", passport="PASPOORT"),
    "fr": dict(surname="Nom", given="Prénoms", id="N° d'identité", dob="Date de naissance", sex="Sexe",
               expiry="Date d'expiration", nationality="Nationalité", pob="Lieu de naissance", issue="Délivrée le",
               authority="Autorité", docno="N° du passeport", type="Type", code="Code du pays",
               card="CARTE NATIONALE D'IDENTITÉ", passport="PASSEPORT"),
    "sw": dict(surname="Jina la ukoo", given="Majina", id="Nambari ya kitambulisho", dob="Tarehe ya kuzaliwa",
               sex="Jinsia", expiry="Tarehe ya kuisha", nationality="Uraia", pob="Mahali pa kuzaliwa",
               issue="Tarehe ya kutolewa", authority="Mamlaka", docno="Nambari ya pasipoti", type="Aina",
               code="Msimbo wa nchi", card="KITAMBULISHO CHA TAIFA", passport="PASIPOTI"),
}
SMART_LANGUAGE = {"ZWE": "ZWE", "ZAF": "ZAF", "NGA": "fr", "GHA": "fr", "KEN": "sw", "UGA": "sw"}
PAPER = (246, 240, 222)  # `booklet`'s cream paper, tinted a little by the issuer's colour


def tenth_values(truth, spec, family):
    """The printed values by field key (eighth_values' and the fields only the tenth print)."""
    values = eighth_values(truth, spec, family)
    expiry = dt.date.fromisoformat(truth["fields"]["expiry_date"])
    values.update(pob=place_of_birth(truth, spec["alpha3"]), issue=fmt_date(expiry - dt.timedelta(days=3650), family["date"]))
    return values


def holographic_background(rng, size, color, clear_from=None):
    """A smartcard's printed ground: a diagonal gradient from near white to a deeper shade of the
    issuer's colour, fine slanted waves, an iridescent band whose hue turns along its length;
    below `clear_from` (a y) it fades to near white, for the MRZ."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width]
    t = np.clip(0.7 * xx / width + 0.3 * yy / height, 0, 1)[:, :, None]
    pale, deep = np.array([250, 250, 246], float), np.array(shifted(color, -34), float)
    pixels = pale * (1 - t) + deep * t
    centre = height * rng.uniform(0.35, 0.65) + height * 0.18 * np.sin(xx / width * math.pi * rng.uniform(1.2, 2.0) + rng.uniform(0, 6.28))
    band = np.exp(-((yy - centre) / (height * 0.09)) ** 2)[:, :, None]
    hue = 2 * math.pi * xx / width * 1.5
    rainbow = np.stack([np.sin(hue), np.sin(hue + 2.1), np.sin(hue + 4.2)], axis=2) * 40 + 215
    pixels = pixels * (1 - 0.22 * band) + rainbow * 0.22 * band
    if clear_from is not None:
        fade = np.clip((yy - clear_from) / 40.0, 0, 1)[:, :, None]
        pixels = pixels * (1 - fade) + pale * fade
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    ink = shifted(color, -52)
    period, amplitude = rng.uniform(140, 220), rng.uniform(5, 9)
    for y0 in range(-height // 3, height, 11):  # fine waves rising to the right
        points = [(x, y0 + 0.3 * x + amplitude * math.sin(x / period * 6.28 + y0 / 37)) for x in range(0, width + 8, 8)]
        draw.line([(x, y) for x, y in points if clear_from is None or y < clear_from - 20], fill=ink, width=1)
    return image


def contact_chip(draw, x, y, w, h):
    """A gold contact chip: eight pads round a centre pad."""
    gold, line = (218, 186, 110), (156, 124, 58)
    draw.rounded_rectangle((x, y, x + w, y + h), radius=12, fill=gold, outline=line, width=2)
    draw.rounded_rectangle((x + w * 0.36, y + h * 0.28, x + w * 0.64, y + h * 0.72), radius=5, outline=line, width=2)
    for gx in (x + w * 0.36, x + w * 0.64):
        draw.line((gx, y, gx, y + h * 0.28), fill=line, width=2)
        draw.line((gx, y + h * 0.72, gx, y + h), fill=line, width=2)
    for gy in (y + h / 3, y + 2 * h / 3):
        draw.line((x, gy, x + w * 0.36, gy), fill=line, width=2)
        draw.line((x + w * 0.64, gy, x + w, gy), fill=line, width=2)


def iridescent_seal(image, cx, cy, r):
    """An optically variable seal (the emblem in rainbow ink) over part of the portrait."""
    mask = Image.new("L", image.size, 0)
    emblem(ImageDraw.Draw(mask), cx, cy, r, 255, 3)
    yy, xx = np.mgrid[0:image.height, 0:image.width]
    hue = (xx + yy - cx - cy) / r * 1.4
    rainbow = np.stack([np.sin(hue), np.sin(hue + 2.1), np.sin(hue + 4.2)], axis=2) * 70 + 170
    m = np.asarray(mask.filter(ImageFilter.GaussianBlur(0.6)), float)[:, :, None] / 255 * 0.55
    pixels = np.asarray(image, float) * (1 - m) + rainbow * m
    image.paste(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)))


def smart_field(image, draw, x, y, width, key, value, family, second, size=None, ink=(18, 20, 28)):
    """A `smartcard` field: the English caption at the left and the second language's at the
    right of one small line, the value under them in the bold condensed face, squeezed further
    when it would not fit `width`."""
    english = family["labels"][key]
    draw.text((x, y), english, font=font(family["label_font"]), fill=(52, 60, 84))
    other = ImageFont.truetype(LIB_SANS_ITALIC, family["label_font"][1])
    draw.text((x + width - draw.textlength(second[key], font=other), y), second[key], font=other, fill=(96, 96, 110))
    path, size = family["value_font"][0], size or family["value_font"][1]
    natural = draw.textlength(value, font=ImageFont.truetype(path, size))
    draw_condensed(image, (x - 1, y + 15), value, path, size, min(family["squeeze"], width / max(natural, 1)), ink)


def smart_header(draw, spec, accent, width, subtitle):
    for x in range(0, width, 4):  # the band darkens towards the right
        draw.rectangle((x, 0, x + 3, 88), fill=shifted(accent, -int(40 * x / width)))
    draw.text((38, 10), spec["title"], font=ImageFont.truetype(SANS_BOLD_ITALIC, 30), fill=(255, 255, 255))
    draw.text((40, 52), subtitle, font=ImageFont.truetype(GOTHIC_OBLIQUE, 19), fill=(232, 236, 240))
    emblem(draw, width - 62, 44, 32, (255, 255, 255))


def smartcard_page(rng, truth, spec, family, kind, portrait_of):
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    card, alpha3, accent = kind == "id_card", spec["alpha3"], ACCENT[spec["alpha3"]]
    second = SMART_SECOND[SMART_LANGUAGE[alpha3]]
    values = tenth_values(truth, spec, family)
    mrz = family["passport_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2
    image = holographic_background(rng, size, spec["color"], None if card else mrz_top - 30)
    draw = ImageDraw.Draw(image)
    what = "card" if card else "passport"
    smart_header(draw, spec, accent, width, f"{'NATIONAL IDENTITY CARD' if card else 'PASSPORT'}  ·  {second[what]}")
    photo_w = 300 if card else 292
    photo_h = int(photo_w * 1.27)
    photo_x, photo_y = (width - photo_w - 40, 108) if card else (40, 110)
    photo = portrait_of((photo_w, photo_h))
    image.paste(photo, (photo_x, photo_y))
    iridescent_seal(image, photo_x + (18 if card else photo_w - 18), photo_y + photo_h - 24, 46)
    draw = ImageDraw.Draw(image)
    signature_x = photo_x + 20
    scribble(draw, rng, signature_x, photo_y + photo_h + 14, photo_w - 60, 44, (30, 34, 70))
    draw.text((photo_x, photo_y + photo_h + 70), "HOLDER'S SIGNATURE", font=ImageFont.truetype(NIMBUS_SANS_BOLD, 11),
              fill=(52, 60, 84))
    if card:
        # The chip, the ID number large in the issuer's colour beside it, then the rows.
        contact_chip(draw, 40, 112, 104, 80)
        smart_field(image, draw, 174, 112, 440, "id", values["id"], family, second, 40, ink=shifted(accent, -30))
        rows = [[("surname", 600)], [("given", 600)], [("sex", 100), ("nationality", 210), ("dob", 250)],
                [("issue", 290), ("expiry", 290)], [("pob", 600)]]
        top, step, gap = 212, 80, 20
        number = truth["fields"]["document_number"]
        if number:  # the card number under the signature
            draw.text((photo_x, height - 34), f"CARD No. {number}", font=ImageFont.truetype(NIMBUS_SANS_BOLD, 16),
                      fill=(40, 44, 60))
    else:
        values["authority"] = AUTHORITIES[alpha3][1]
        ghost = greyscale_portrait(photo.resize((118, 150), Image.LANCZOS), contrast=0.7)
        under = image.crop((width - 158, 108, width - 40, 258))
        image.paste(Image.blend(ghost, under, 0.55), (width - 158, 108))
        rows = [[("type", 90), ("code", 215), ("docno", 315)], [("surname", 670)], [("given", 670)],
                [("nationality", 250), ("sex", 100), ("dob", 270)], [("pob", 320), ("issue", 325)],
                [("authority", 320), ("expiry", 325)]]
        top, step, gap = 112, 100, 25
    x0 = 40 if card else 370
    for index, row in enumerate(rows):
        x = x0
        for key, w in row:
            smart_field(image, draw, x, top + index * step, w, key, values[key], family, second)
            x += w + gap
    if not card:
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def pdf417(draw, rng, x, y, columns, rows, module, row_height, ink=(24, 24, 30)):
    """A PDF417 symbol: the fixed start and stop patterns, rows of bars between them."""
    start, stop = [8, 1, 1, 1, 1, 1, 1, 3], [7, 1, 1, 3, 1, 1, 1, 2, 1]
    for r in range(rows):
        cx, top = x, y + r * row_height
        widths = start + [rng.randint(1, 6) for _ in range(8 * columns)] + stop
        for k, w in enumerate(widths):
            if k % 2 == 0:  # bars on the even places, spaces between
                draw.rectangle((cx, top, cx + w * module - 1, top + row_height - 1), fill=ink)
            cx += w * module


def smartcard_back(rng, truth, spec, family):
    size = (1012, 638)
    width = size[0]
    alpha3, accent = spec["alpha3"], ACCENT[spec["alpha3"]]
    second = SMART_SECOND[SMART_LANGUAGE[alpha3]]
    mrz = family["card_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3
    image = holographic_background(rng, size, spec["color"], mrz_top - 30)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 10), fill=accent)
    values = tenth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[alpha3][0]
    for index, key in enumerate(["pob", "issue", "authority"]):
        smart_field(image, draw, 40, 34 + index * 76, 420, key, values[key], family, second, 30)
    pdf417(draw, rng, 520, 38, 4, 22, 2, 9)
    name = spec["name"].title().replace(" Of ", " of ")
    notice = PROPERTY.format("the Republic of " + name if alpha3 != "UGA" else "Uganda")
    small = ImageFont.truetype(LIB_SANS_ITALIC, 14)
    draw.text((40, 280), notice, font=small, fill=(60, 64, 80))
    scribble(draw, rng, 640, 300, 220, 40, (30, 34, 70))
    draw.text((640, 356), "REGISTRAR GENERAL", font=ImageFont.truetype(NIMBUS_SANS_BOLD, 11), fill=(52, 60, 84))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def paper_page(rng, size, spec, title, subtitle):
    """`booklet`'s paper: cream tinted by the issuer's colour, a ruled frame with corner
    rosettes, a faint emblem watermark, the title in italic serif and a spaced subtitle."""
    width, height = size
    paper = tuple((2 * p + c) // 3 for p, c in zip(PAPER, spec["color"]))
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    grain = np.asarray(Image.fromarray(noise.normal(0, 1, (height // 4, width // 4)).astype(np.float32), mode="F")
                       .resize((width, height), Image.BICUBIC), float)
    pixels = np.array(paper, float)[None, None, :] + 3 * grain[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    emblem(draw, width * 0.55, height * 0.52, height * 0.32, shifted(paper, -16), 3)
    frame = shifted(spec["color"], -120)
    for inset, w in ((12, 3), (19, 1)):
        draw.rectangle((inset, inset, width - inset, height - inset), outline=frame, width=w)
    for cx, cy in ((16, 16), (width - 16, 16), (16, height - 16), (width - 16, height - 16)):
        for k in range(8):
            a = k * math.pi / 4
            draw.ellipse((cx + 7 * math.cos(a) - 4, cy + 7 * math.sin(a) - 4, cx + 7 * math.cos(a) + 4,
                          cy + 7 * math.sin(a) + 4), outline=frame)
    f = ImageFont.truetype(CENTURY_ITALIC, 32)
    draw.text(((width - draw.textlength(title, font=f)) / 2, 24), title, font=f, fill=frame)
    f = ImageFont.truetype(LIB_SERIF, 18)
    spaced = " ".join(subtitle)
    draw.text(((width - draw.textlength(spaced, font=f)) / 2, 66), spaced, font=f, fill=(50, 46, 44))
    return image, frame


def typed(draw, rng, x, y, text, size=26, ink=(26, 28, 42)):
    """`text` as a manual typewriter strikes it: each letter a little high or low and pressed
    harder or softer, now and then one struck twice a hair apart."""
    f = ImageFont.truetype(FREE_MONO_BOLD, size)
    advance = draw.textlength("M", font=f)
    for char in text:
        dy, soft = rng.uniform(-1.5, 1.5), rng.uniform(0, 0.22)
        fill = tuple(round(c + (200 - c) * soft) for c in ink)
        if rng.random() < 0.07:
            draw.text((x + 1, y + dy + 1), char, font=f, fill=tuple(round(c + (200 - c) * 0.5) for c in ink))
        draw.text((x, y + dy), char, font=f, fill=fill)
        x += advance


def dry_seal(image, cx, cy, r):
    """A dry (embossed) seal: the emblem and a ring pressed into the paper and photo, seen only
    as light and shade along its edges."""
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=4)
    emblem(draw, cx, cy, r * 0.8, 255, 3)
    relief = np.asarray(mask.filter(ImageFilter.GaussianBlur(1.2)), float) / 255
    edge = np.roll(relief, (-2, -2), axis=(0, 1)) - relief  # lit above-left, shaded below-right
    pixels = np.asarray(image, float) * (1 - 0.22 * np.clip(-edge, 0, 1))[:, :, None] + 60 * np.clip(edge, 0, 1)[:, :, None]
    image.paste(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)))


def office_stamp(image, rng, cx, cy, lines):
    """An oval rubber stamp in violet with its lines of text, turned a little, in translucent
    ink: what it falls on still shows through."""
    layer = Image.new("L", (300, 150), 0)
    draw = ImageDraw.Draw(layer)
    draw.ellipse((4, 4, 295, 145), outline=255, width=4)
    draw.ellipse((14, 14, 285, 135), outline=255, width=1)
    for (text, size), y in zip(lines, (34, 62, 96)):
        f = ImageFont.truetype(NARROW_BOLD, size)
        draw.text(((300 - draw.textlength(text, font=f)) / 2, y), text, font=f, fill=255, anchor="lm")
    layer = layer.rotate(rng.uniform(-18, 18), expand=True, resample=Image.BICUBIC)
    full = Image.new("L", image.size, 0)
    full.paste(layer, (round(cx - layer.width / 2), round(cy - layer.height / 2)))
    m = np.asarray(full, float)[:, :, None] / 255 * rng.uniform(0.5, 0.62)
    ink = np.array(rng.choice([(104, 50, 150), (78, 56, 160)]), float)
    pixels = np.asarray(image, float)
    image.paste(Image.fromarray(np.clip(pixels * (1 - m) + pixels * ink / 255 * m, 0, 255).astype(np.uint8)))


def register_rows(image, rng, rows, x, top, step, label_x, value_x, end, frame, family):
    """`booklet`'s numbered register: the row numbers in a column of their own behind a double
    rule, each label (with its French under it on passports) and the typed value, a rule under
    the row. `rows` are (number, labels, value)."""
    draw = ImageDraw.Draw(image)
    number_font, label_font = ImageFont.truetype(CENTURY_BOLD, 17), font(family["label_font"])
    french = ImageFont.truetype(FREE_SERIF_ITALIC, 14)
    bottom = top + len(rows) * step - 6
    for rule in (label_x - 12, label_x - 8):
        draw.line((rule, top - 6, rule, bottom), fill=frame, width=1)
    for index, (number, labels, value) in enumerate(rows):
        y = top + index * step
        text = f"{number}."
        draw.text((label_x - 18 - draw.textlength(text, font=number_font), y + 2), text, font=number_font, fill=frame)
        draw.text((label_x, y + 2), labels[0], font=label_font, fill=(54, 50, 50))
        if len(labels) > 1:
            draw.text((label_x, y + 21), labels[1], font=french, fill=(96, 90, 88))
        typed(draw, rng, value_x, y - 2 + rng.uniform(-1, 1), value)
        draw.line((x, y + step - 6, end, y + step - 6), fill=shifted(frame, 110), width=1)


def booklet_page(rng, truth, spec, family, kind, portrait_of):
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    card, alpha3 = kind == "id_card", spec["alpha3"]
    title = spec["title"].title().replace(" Of ", " of ").replace(" The ", " the ")
    image, frame = paper_page(rng, size, spec, title, "NATIONAL IDENTITY CARD" if card else "PASSPORT · PASSEPORT")
    draw = ImageDraw.Draw(image)
    values = tenth_values(truth, spec, family)
    # The mounted photo: a white border and a soft shadow, the dry seal over its lower corner.
    photo_w = 196 if card else 250
    photo_h = int(photo_w * 1.28)
    photo_x, photo_y = (width - photo_w - 44, 112) if card else (56, 122)
    draw.rectangle((photo_x - 3, photo_y - 1, photo_x + photo_w + 9, photo_y + photo_h + 11), fill=shifted(PAPER, -40))
    draw.rectangle((photo_x - 6, photo_y - 6, photo_x + photo_w + 5, photo_y + photo_h + 5), fill=(252, 252, 248))
    image.paste(portrait_of((photo_w, photo_h)), (photo_x, photo_y))
    dry_seal(image, photo_x + (0 if card else photo_w), photo_y + photo_h - 6, 56)
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, photo_x + 10, photo_y + photo_h + 24, photo_w - 40, 40, (28, 36, 96))
    caption = "Signature" if card else "Signature of bearer / Signature du titulaire"
    draw.text((photo_x, photo_y + photo_h + 78), caption, font=ImageFont.truetype(FREE_SERIF_ITALIC, 14), fill=(96, 90, 88))
    issue = dt.date.fromisoformat(truth["fields"]["expiry_date"]) - dt.timedelta(days=3650)
    if card:
        labels = family["labels"]
        keys = ["id", "surname", "given", "dob", "sex", "nationality", "pob", "issue", "expiry"]
        rows = [(n + 1, (labels[key],), values[key]) for n, key in enumerate(keys)]
        register_rows(image, rng, rows, 30, 110, 54, 86, 286, width - photo_w - 70, frame, family)
        office = AUTHORITIES[alpha3][0]
        stamp_xy = (rng.uniform(500, 600), rng.uniform(470, 540))
    else:
        labels = family["passport_labels"]
        values["authority"] = AUTHORITIES[alpha3][1]
        keys = ["type", "code", "docno", "surname", "given", "nationality", "dob", "sex", "pob", "issue", "authority",
                "expiry"]
        rows = [(n + 1, labels[key], values[key]) for n, key in enumerate(keys)]
        register_rows(image, rng, rows, 350, 104, 52, 404, 660, width - 36, frame, family)
        office = AUTHORITIES[alpha3][1]
        stamp_xy = (rng.uniform(880, 1020), rng.uniform(600, 660))
    office_stamp(image, rng, *stamp_xy, [(office, 22), (fmt_date(issue, "dd MON yyyy"), 28),
                                         ("PASSPORT OFFICE" if not card else "REGISTRATION OFFICE", 18)])
    if not card:
        mrz = family["passport_mrz"]
        draw_mrz(ImageDraw.Draw(image), truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def booklet_back(rng, truth, spec, family):
    size = (1012, 638)
    width = size[0]
    alpha3 = spec["alpha3"]
    image, frame = paper_page(rng, size, spec, "Identity Card", "CONDITIONS OF ISSUE")
    labels = family["labels"]
    origin = PLACES[alpha3][(sum(map(ord, truth["fields"]["surname"])) + 1) % len(PLACES[alpha3])]
    rows = [(10, (labels["origin"],), origin), (11, (labels["authority"],), AUTHORITIES[alpha3][0])]
    register_rows(image, rng, rows, 30, 110, 54, 86, 326, width - 40, frame, family)
    draw = ImageDraw.Draw(image)
    name = spec["name"].title().replace(" Of ", " of ")
    notice = PROPERTY.format("the Republic of " + name if alpha3 != "UGA" else "Uganda")
    small = ImageFont.truetype(FREE_SERIF_ITALIC, 16)
    draw.text((40, 236), notice, font=small, fill=(70, 64, 60))
    scribble(draw, rng, 620, 270, 220, 42, (28, 36, 96))
    draw.line((600, 330, 900, 330), fill=frame, width=1)
    draw.text((600, 336), "Registrar-General", font=small, fill=(70, 64, 60))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(20, 20, 26))
    return image


def render_tenth_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "smartcard":
        return smartcard_page(rng, truth, spec, family, kind, portrait_of)
    return booklet_page(rng, truth, spec, family, kind, portrait_of)


def render_tenth_back(rng, truth, spec, family):
    if family["style"] == "smartcard":
        return smartcard_back(rng, truth, spec, family)
    return booklet_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# The eleventh families (`polycarbonate`, `wallet`): their renderer, grounds, surface and capture
# conditions are in document_families_eleventh.py, imported only when one of them is drawn.

ELEVENTH_STYLES = ("polycarbonate", "wallet")
ELEVENTH_CONDITIONS = ("specular", "tilt_blur", "sheen")
# The twelfth families (`vertical`, `grid`): the same, in document_families_twelfth.py.
TWELFTH_STYLES = ("vertical", "grid")
TWELFTH_CONDITIONS = ("reupload", "rolling_shutter", "denoise_smear")
TWELFTH_SURFACES = ("bedsheet",)
# The thirteenth families (`sidenote`, `foil`): the same, in document_families_thirteenth.py.
THIRTEENTH_STYLES = ("sidenote", "foil")
THIRTEENTH_CONDITIONS = ("window_glare", "lens_smudge", "flicker")
THIRTEENTH_SURFACES = ("mat",)
# The fourteenth families (`split`, `zebra`): the same, in document_families_fourteenth.py.
FOURTEENTH_STYLES = ("split", "zebra")
FOURTEENTH_CONDITIONS = ("dappled", "chromatic", "ghost")
FOURTEENTH_SURFACES = ("newspaper",)
# The fifteenth families (`fullname`, `turned`): the same, in document_families_fifteenth.py.
FIFTEENTH_STYLES = ("fullname", "turned")
FIFTEENTH_CONDITIONS = ("barrel", "flare", "zoom")
FIFTEENTH_SURFACES = ("keyboard",)
# The sixteenth families (`mirrored`, `middlename`): the same, in document_families_sixteenth.py.
SIXTEENTH_STYLES = ("mirrored", "middlename")
SIXTEENTH_CONDITIONS = ("screen", "camera_watermark")
SIXTEENTH_SURFACES = ("tablecloth",)
# The seventeenth families (`inverse`, `typewriter`): the same, in document_families_seventeenth.py.
SEVENTEENTH_STYLES = ("inverse", "typewriter")
SEVENTEENTH_CONDITIONS = ("crease", "forwarded")
SEVENTEENTH_SURFACES = ("denim",)
# The eighteenth families (`laminated`, `frontmrz`): the same, in document_families_eighteenth.py.
EIGHTEENTH_STYLES = ("laminated", "frontmrz")
EIGHTEENTH_CONDITIONS = ("handheld", "screenshot")
EIGHTEENTH_SURFACES = ("carseat",)
# The nineteenth families (`visa`, `handwritten`): the same, in document_families_nineteenth.py.
NINETEENTH_STYLES = ("visa", "handwritten")
NINETEENTH_CONDITIONS = ("crop_edge", "reflection")
NINETEENTH_SURFACES = ("tiles",)
# The twentieth families (`frontback`, `mended`): the same, in document_families_twentieth.py.
TWENTIETH_STYLES = ("frontback", "mended")
TWENTIETH_CONDITIONS = ("cracked_lens", "annotated")
TWENTIETH_SURFACES = ("copypaper", "chair")
# The twenty-first families (`selfie`, `appscan`): the same, in document_families_twentyfirst.py and
# its capture module, which also photographs them (capture, below).
TWENTYFIRST_STYLES = ("selfie", "appscan")
TWENTYFIRST_CONDITIONS = ("beauty", "mirror_saved")
TWENTYFIRST_SURFACES = ("notebook", "sofa")
# The twenty-second families (`mobileid`, `videocall`): the same, in document_families_twentysecond.py
# and (`videocall`) document_families_twentysecond_call.py, which also "capture" their screenshots
# (capture, below). No surface: neither lies on one.
TWENTYSECOND_STYLES = ("mobileid", "videocall")
TWENTYSECOND_CONDITIONS = ("notification", "screen_crop", "poor_connection")
# The twenty-third families (`slip`, `showcase`): the same, in document_families_twentythird.py,
# which also lays `showcase` under the counter's glass (capture, below).
TWENTYTHIRD_STYLES = ("slip", "showcase")
TWENTYTHIRD_CONDITIONS = ("phone_shadow", "raindrops", "tube_light", "glass_dust")
TWENTYTHIRD_SURFACES = ("formica", "lining")
# The twenty-fourth families (`lanyard`, `dashboard`): the same, in document_families_twentyfourth.py,
# which also puts `lanyard`'s card in its badge holder (capture, below).
TWENTYFOURTH_STYLES = ("lanyard", "dashboard")
TWENTYFOURTH_CONDITIONS = ("holder_scuff", "lantern", "sunstrip", "harmattan")
TWENTYFOURTH_SURFACES = ("shirt", "dashboard")
# The twenty-fifth families (`kiosk`, `bedside`): the same, in document_families_twentyfifth.py
# (neither captures its own: no dispatch in capture).
TWENTYFIFTH_STYLES = ("kiosk", "bedside")
TWENTYFIFTH_CONDITIONS = ("umbrella", "lens_fog", "mosquito_net", "lint")
TWENTYFIFTH_SURFACES = ("planks", "blanket")
# The twenty-sixth families (`stall`, `lounge`): the same, in document_families_twentysixth.py
# (neither captures its own: no dispatch in capture).
TWENTYSIXTH_STYLES = ("stall", "lounge")
TWENTYSIXTH_CONDITIONS = ("flies", "smoke", "burglar_bars", "portrait_mode")
TWENTYSIXTH_SURFACES = ("sack", "doily")
# The twenty-seventh families (`boda`, `homestead`): the same, in document_families_twentyseventh.py
# (neither captures its own: no dispatch in capture).
TWENTYSEVENTH_STYLES = ("boda", "homestead")
TWENTYSEVENTH_CONDITIONS = ("hdr_halo", "judder", "geotag", "lens_finger")
TWENTYSEVENTH_SURFACES = ("saddle", "clipboard")
# The twenty-eighth families (`crossing`, `chama`): the same, in document_families_twentyeighth.py
# (neither captures its own: no dispatch in capture).
TWENTYEIGHTH_STYLES = ("crossing", "chama")
TWENTYEIGHTH_CONDITIONS = ("heat_shimmer", "shade_net", "torch", "pen")
TWENTYEIGHTH_SURFACES = ("bonnet", "cashbook")
# The twenty-ninth families (`clinic`, `classroom`): the same, in document_families_twentyninth.py
# (neither captures its own: no dispatch in capture).
TWENTYNINTH_STYLES = ("clinic", "classroom")
TWENTYNINTH_CONDITIONS = ("sleeve_glare", "ceiling_fan", "ring_light", "sticky_note")
TWENTYNINTH_SURFACES = ("folder", "desk")


def capture(rng, flat, level, family, truth, photograph):
    """The photo of a flat side of a family whose spec names its own `capture` (the twenty-first
    families': a selfie, a scanner app; the twenty-second's screenshot), for make-documents.py,
    which passes its `photograph` (a function of the flat, on the family's surfaces at the
    document's level); (image, quarter turns). `showcase`'s photo through the counter's glass is
    the twenty-third families' module's, `lanyard`'s badge holder the twenty-fourth's."""
    if family["style"] in TWENTYFOURTH_STYLES:
        import document_families_twentyfourth as twentyfourth
        return twentyfourth.capture(rng, flat, level, family, truth, photograph)
    if family["style"] in TWENTYTHIRD_STYLES:
        import document_families_twentythird as twentythird
        return twentythird.capture(rng, flat, level, family, truth, photograph)
    if family["style"] in TWENTYSECOND_STYLES:
        import document_families_twentysecond as twentysecond
        return twentysecond.capture(rng, flat, level, family, truth, photograph)
    import document_families_twentyfirst as twentyfirst
    return twentyfirst.capture(rng, flat, level, family, truth, photograph)


# ---------------------------------------------------------------------------------------------
# Flat small scans (the datapage family): the image is the page, a watermark over it

def flat_scan(rng, flat, spec):
    overlay = Image.new("RGBA", flat.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    mark = ImageFont.truetype(SANS_BOLD, 64)
    for k in range(4):
        draw.text((rng.uniform(0, 200) + k * 120, 80 + k * 190), spec["name"], font=mark, fill=(120, 60, 60, 48))
    overlay = overlay.rotate(rng.uniform(15, 30), resample=Image.BICUBIC)
    page = Image.alpha_composite(flat.convert("RGBA"), overlay).convert("RGB")
    width = rng.randint(480, 650)
    return page.resize((width, round(page.height * width / page.width)), Image.LANCZOS)


# ---------------------------------------------------------------------------------------------
# Capture conditions, on top of a photographed document

CONDITIONS = ["shadow", "finger", "low_light", "motion_blur", "strong_jpeg"]  # a family may list others


def perspective(image, squeeze, side, rng):
    """The frame seen at a slant: the `side` edge shortened by `squeeze`; what comes into view
    beyond the old frame is more of the surface (its colour from the frame's edge)."""
    width, height = image.size
    pixels = np.asarray(image, float)
    a, b = squeeze / 2, 1 - squeeze / 2
    corners = {"top": [(a, 0), (b, 0), (1, 1), (0, 1)], "bottom": [(0, 0), (1, 0), (b, 1), (a, 1)],
               "left": [(0, a), (1, 0), (1, 1), (0, b)], "right": [(0, 0), (1, a), (1, b), (0, 1)]}[side]
    source = [(0, 0), (width, 0), (width, height), (0, height)]
    target = [(x * width, y * height) for x, y in corners]
    rows = []
    for (x, y), (u, v) in zip(target, source):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
    coefficients = np.linalg.solve(np.array(rows, float), np.array([c for p in source for c in p], float)).tolist()
    ring = np.concatenate([pixels[:8].reshape(-1, 3), pixels[-8:].reshape(-1, 3),
                           pixels[:, :8].reshape(-1, 3), pixels[:, -8:].reshape(-1, 3)])
    table = np.median(ring, axis=0) + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 5, pixels.shape)
    beyond = Image.fromarray(np.clip(table, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1))
    mask = Image.new("L", image.size, 255).transform(image.size, Image.PERSPECTIVE, coefficients, Image.BILINEAR)
    tilted = image.transform(image.size, Image.PERSPECTIVE, coefficients, Image.BICUBIC)
    return Image.composite(tilted, beyond, mask)


def apply_condition(rng, image, condition):
    """The photo with one capture condition; returns (image, JPEG quality or None)."""
    if condition in TWENTYNINTH_CONDITIONS:
        import document_families_twentyninth as twentyninth
        return twentyninth.apply_condition(rng, image, condition)
    if condition in TWENTYEIGHTH_CONDITIONS:
        import document_families_twentyeighth as twentyeighth
        return twentyeighth.apply_condition(rng, image, condition)
    if condition in TWENTYSEVENTH_CONDITIONS:
        import document_families_twentyseventh as twentyseventh
        return twentyseventh.apply_condition(rng, image, condition)
    if condition in TWENTYSIXTH_CONDITIONS:
        import document_families_twentysixth as twentysixth
        return twentysixth.apply_condition(rng, image, condition)
    if condition in TWENTYFIFTH_CONDITIONS:
        import document_families_twentyfifth as twentyfifth
        return twentyfifth.apply_condition(rng, image, condition)
    if condition in TWENTYFOURTH_CONDITIONS:
        import document_families_twentyfourth as twentyfourth
        return twentyfourth.apply_condition(rng, image, condition)
    if condition in TWENTYTHIRD_CONDITIONS:
        import document_families_twentythird as twentythird
        return twentythird.apply_condition(rng, image, condition)
    if condition in TWENTYSECOND_CONDITIONS:
        import document_families_twentysecond as twentysecond
        return twentysecond.apply_condition(rng, image, condition)
    if condition in TWENTYFIRST_CONDITIONS:
        import document_families_twentyfirst as twentyfirst
        return twentyfirst.apply_condition(rng, image, condition)
    if condition in TWENTIETH_CONDITIONS:
        import document_families_twentieth as twentieth
        return twentieth.apply_condition(rng, image, condition)
    if condition in NINETEENTH_CONDITIONS:
        import document_families_nineteenth as nineteenth
        return nineteenth.apply_condition(rng, image, condition)
    if condition in EIGHTEENTH_CONDITIONS:
        import document_families_eighteenth as eighteenth
        return eighteenth.apply_condition(rng, image, condition)
    if condition in SEVENTEENTH_CONDITIONS:
        import document_families_seventeenth as seventeenth
        return seventeenth.apply_condition(rng, image, condition)
    if condition in SIXTEENTH_CONDITIONS:
        import document_families_sixteenth as sixteenth
        return sixteenth.apply_condition(rng, image, condition)
    if condition in FIFTEENTH_CONDITIONS:
        import document_families_fifteenth as fifteenth
        return fifteenth.apply_condition(rng, image, condition)
    if condition in FOURTEENTH_CONDITIONS:
        import document_families_fourteenth as fourteenth
        return fourteenth.apply_condition(rng, image, condition)
    if condition in THIRTEENTH_CONDITIONS:
        import document_families_thirteenth as thirteenth
        return thirteenth.apply_condition(rng, image, condition)
    if condition in TWELFTH_CONDITIONS:
        import document_families_twelfth as twelfth
        return twelfth.apply_condition(rng, image, condition)
    if condition in ELEVENTH_CONDITIONS:
        import document_families_eleventh as eleventh
        return eleventh.apply_condition(rng, image, condition)
    width, height = image.size
    pixels = np.asarray(image, float)
    if condition == "shadow":  # a hand or phone's hard-edged shadow across one side
        mask = Image.new("L", image.size, 0)
        corner = rng.choice([(0, 0), (width, 0), (width, height), (0, height)])
        reach = rng.uniform(0.35, 0.6)
        points = [corner, (corner[0] if corner[0] else 0, abs(corner[1] - reach * height * 1.6)),
                  (abs(corner[0] - reach * width * 1.4), corner[1])]
        ImageDraw.Draw(mask).polygon(points, fill=255)
        shade = np.asarray(mask.filter(ImageFilter.GaussianBlur(12)), float)[:, :, None] / 255
        pixels = pixels * (1 - rng.uniform(0.35, 0.5) * shade)
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "finger":  # a thumb over an edge of the frame, and so of the document
        image = image.copy()
        skin = rng.choice([(92, 58, 40), (141, 85, 57), (198, 134, 98), (224, 172, 140)])
        draw = ImageDraw.Draw(image)
        side = rng.choice(["left", "right", "bottom"])
        w, h = width * 0.09, height * 0.22
        if side == "bottom":
            cx, cy, w, h = rng.uniform(0.2, 0.8) * width, height, height * 0.1, width * 0.07
        else:
            cx, cy = (0 if side == "left" else width), rng.uniform(0.3, 0.7) * height
        draw.ellipse((cx - w, cy - h, cx + w, cy + h), fill=skin)
        return image.filter(ImageFilter.GaussianBlur(0.8)), None
    if condition == "low_light":
        pixels = pixels * rng.uniform(0.38, 0.5) + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 7, pixels.shape)
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), 80
    if condition == "motion_blur":  # the phone moved: a short straight smear
        length, angle = rng.randint(5, 9), rng.uniform(0, math.pi)
        out = np.zeros_like(pixels)
        for k in range(length):
            t = k - (length - 1) / 2
            out += np.roll(pixels, (round(t * math.sin(angle)), round(t * math.cos(angle))), axis=(0, 1))
        return Image.fromarray(np.clip(out / length, 0, 255).astype(np.uint8)), None
    if condition == "glare":  # a lamp's reflection on the laminate washes out a patch
        yy, xx = np.mgrid[0:height, 0:width]
        gx, gy = rng.uniform(0.25, 0.75) * width, rng.uniform(0.25, 0.75) * height
        rx, ry = rng.uniform(0.06, 0.14) * width, rng.uniform(0.04, 0.1) * height
        spot = rng.uniform(0.7, 0.95) * np.exp(-(((xx - gx) / rx) ** 2 + ((yy - gy) / ry) ** 2))[:, :, None]
        pixels = pixels * (1 - spot) + 255 * spot
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "defocus":  # the camera focused behind the document
        return image.filter(ImageFilter.GaussianBlur(rng.uniform(1.4, 2.2))), None
    if condition == "colour_cast":  # indoor tungsten light: warm, dim and flat
        cast = np.array([1.0, rng.uniform(0.78, 0.86), rng.uniform(0.5, 0.62)])
        pixels = (pixels * rng.uniform(0.65, 0.8) + 40) * cast
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "uneven_light":  # a lamp to one side: light falls off across the card, corners darken
        yy, xx = np.mgrid[0:height, 0:width]
        side = rng.choice([-1, 1])
        ramp = 1 - rng.uniform(0.35, 0.55) * (0.5 + side * (xx / width - 0.5))
        vignette = 1 - 0.35 * (((xx - width / 2) / width) ** 2 + ((yy - height / 2) / height) ** 2) * 2
        return Image.fromarray(np.clip(pixels * (ramp * vignette)[:, :, None], 0, 255).astype(np.uint8)), None
    if condition == "bent":  # the card bowed in the hand: rows bend along a gentle arc
        amplitude = rng.uniform(6, 14) * rng.choice([-1, 1])
        out = np.empty_like(pixels)
        for x in range(width):
            out[:, x] = np.roll(pixels[:, x], int(round(amplitude * math.sin(math.pi * x / width))), axis=0)
        return Image.fromarray(out.astype(np.uint8)), None
    if condition == "hologram":  # a laminate hologram's rainbow sheen over a patch near the middle
        yy, xx = np.mgrid[0:height, 0:width]
        gx, gy = rng.uniform(0.35, 0.65) * width, rng.uniform(0.35, 0.65) * height
        rx, ry = rng.uniform(0.12, 0.2) * width, rng.uniform(0.1, 0.18) * height
        patch = rng.uniform(0.3, 0.45) * np.exp(-(((xx - gx) / rx) ** 2 + ((yy - gy) / ry) ** 2) ** 2)
        phase = (xx + yy) / rng.uniform(18, 30)
        rainbow = np.stack([np.sin(phase), np.sin(phase + 2.1), np.sin(phase + 4.2)], axis=2) * 90 + 165
        pixels = pixels * (1 - patch[:, :, None]) + rainbow * patch[:, :, None]
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "far":  # photographed from further away: the same scene in fewer pixels
        scale = rng.uniform(0.58, 0.72)
        return image.resize((round(width * scale), round(height * scale)), Image.LANCZOS), 85
    if condition == "overexposed":  # a flash or a bright window: highlights clip, contrast fades
        gain, lift = rng.uniform(1.25, 1.45), rng.uniform(25, 45)
        return Image.fromarray(np.clip(pixels * gain + lift, 0, 255).astype(np.uint8)), None
    if condition == "tilt":  # the phone held at a strong slant: the far edge of the frame much shorter
        squeeze, side = rng.uniform(0.3, 0.4), rng.choice(["top", "bottom", "left", "right"])
        return perspective(image, squeeze, side, rng), None
    if condition == "worn":  # an old card: scratched laminate and ink rubbed pale in patches
        noise = np.random.default_rng(rng.randint(0, 1 << 30))
        yy, xx = np.mgrid[0:height, 0:width]
        for _ in range(rng.randint(2, 4)):
            gx, gy = rng.uniform(0.3, 0.7) * width, rng.uniform(0.35, 0.65) * height
            rx, ry = rng.uniform(0.05, 0.12) * width, rng.uniform(0.03, 0.08) * height
            rub = rng.uniform(0.25, 0.4) * np.exp(-(((xx - gx) / rx) ** 2 + ((yy - gy) / ry) ** 2))[:, :, None]
            pixels = pixels * (1 - rub) + (pixels.mean(axis=2, keepdims=True) * 0.4 + 150) * rub
        pixels += noise.normal(0, 2.5, pixels.shape)
        worn = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        scratches = Image.new("L", image.size, 0)
        draw = ImageDraw.Draw(scratches)
        for _ in range(rng.randint(25, 45)):
            # Within the middle of the frame, where the document lies.
            x, y = rng.uniform(0.27, 0.73) * width, rng.uniform(0.33, 0.67) * height
            a, length = rng.uniform(0, math.pi), rng.uniform(30, 130)
            bend = rng.uniform(-12, 12)
            points = [(x + t * length * math.cos(a) - bend * math.sin(math.pi * t) * math.sin(a),
                       y + t * length * math.sin(a) + bend * math.sin(math.pi * t) * math.cos(a)) for t in np.linspace(0, 1, 8)]
            draw.line(points, fill=rng.randint(70, 150), width=1)
        white = Image.new("RGB", image.size, (235, 235, 230))
        return Image.composite(white, worn, scratches.filter(ImageFilter.GaussianBlur(0.6))), None
    if condition == "crumpled":  # folded and crumpled: a crease across the card, the print bent and shaded along it
        yy, xx = np.mgrid[0:height, 0:width].astype(float)
        a = rng.uniform(0, math.pi)
        px, py = rng.uniform(0.38, 0.62) * width, rng.uniform(0.38, 0.62) * height
        nx, ny = -math.sin(a), math.cos(a)
        d = (xx - px) * nx + (yy - py) * ny  # signed distance from the crease
        # Each face of the fold bulges a little: the print is pushed along the crease's normal,
        # most near the crease, and softer wrinkles move it a pixel or two elsewhere.
        noise = np.random.default_rng(rng.randint(0, 1 << 30))
        def wrinkles():
            coarse = Image.fromarray(noise.normal(0, 1, (6, 8)).astype(np.float32), mode="F")
            return np.asarray(coarse.resize((width, height), Image.BICUBIC), float)
        wx, wy = wrinkles(), wrinkles()
        shift = rng.uniform(3, 6) * np.tanh(d / 30) * np.exp(-np.abs(d) / rng.uniform(250, 400))
        sx = np.clip(np.round(xx - nx * shift + 1.5 * wx), 0, width - 1).astype(int)
        sy = np.clip(np.round(yy - ny * shift + 1.5 * wy), 0, height - 1).astype(int)
        pixels = pixels[sy, sx]
        # One face turned from the light, a bright ridge beside a dark crease, wrinkle shading.
        side = rng.choice([-1, 1])
        light = (1 - rng.uniform(0.12, 0.22) * (side * d > 0) * np.exp(-np.abs(d) / 500)
                 + 0.2 * np.exp(-((d - 2.5) / 2.5) ** 2) - 0.32 * np.exp(-((d + 1.5) / 2.0) ** 2) + 0.05 * wx)
        return Image.fromarray(np.clip(pixels * light[:, :, None], 0, 255).astype(np.uint8)), None
    if condition == "blue_light":  # a cheap phone's white balance under cold LED light: a strong blue cast, LED banding
        cast = np.array([rng.uniform(0.68, 0.8), rng.uniform(0.86, 0.94), 1.0])
        pixels = pixels * cast * rng.uniform(0.92, 1.04) + np.array([0.0, 6.0, rng.uniform(18, 30)])
        pixels *= 1 + rng.uniform(0.02, 0.05) * np.sin(np.arange(height) / rng.uniform(14, 30))[:, None, None]
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "flash":  # the phone's flash: a hotspot on the laminate near the middle, the edges falling off
        yy, xx = np.mgrid[0:height, 0:width]
        gx, gy = rng.uniform(0.38, 0.62) * width, rng.uniform(0.38, 0.62) * height
        r2 = ((xx - gx) ** 2 + (yy - gy) ** 2) / float(max(width, height)) ** 2
        falloff = 1.06 - rng.uniform(0.3, 0.45) * np.clip(r2 / 0.3, 0, 1.4)
        core = rng.uniform(0.5, 0.62) * np.exp(-r2 / (2 * rng.uniform(0.02, 0.032) ** 2))
        halo = rng.uniform(0.12, 0.2) * np.exp(-r2 / (2 * rng.uniform(0.08, 0.12) ** 2))
        spot = np.clip(core + halo, 0, 0.72)[:, :, None]
        pixels = pixels * falloff[:, :, None] * np.array([0.97, 1.0, 1.04])  # the flash's cool white
        pixels = pixels * (1 - spot) + 255 * spot
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "night":  # a cheap phone at night under a weak bulb: dim, warm, blotchy colour noise, smeared
        noise = np.random.default_rng(rng.randint(0, 1 << 30))
        pixels = pixels * rng.uniform(0.55, 0.7) * np.array([1.0, rng.uniform(0.88, 0.95), rng.uniform(0.7, 0.8)])
        blotches = []
        for _ in range(3):
            coarse = Image.fromarray(noise.normal(0, 1, (height // 10 + 1, width // 10 + 1)).astype(np.float32), mode="F")
            blotches.append(np.asarray(coarse.resize((width, height), Image.BICUBIC), float))
        chroma = np.stack(blotches, axis=2)
        chroma -= chroma.mean(axis=2, keepdims=True)  # colour only: the blotches shift hue, not brightness
        pixels += rng.uniform(10, 15) * chroma + noise.normal(0, rng.uniform(5, 8), (height, width, 1))
        pixels += noise.normal(0, 4, pixels.shape)
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        return image, rng.randint(58, 70)
    if condition == "bilevel":  # a scanner app's black-and-white document mode: a local threshold, softened
        grey = pixels.mean(axis=2)
        local = np.asarray(Image.fromarray(grey.astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(14, 22))), float)
        out = 255 / (1 + np.exp(-(grey - local + rng.uniform(10, 16)) * rng.uniform(0.12, 0.18)))
        return Image.fromarray(np.repeat(out[:, :, None], 3, axis=2).astype(np.uint8)), None
    return image, rng.randint(30, 42)  # strong_jpeg


# ---------------------------------------------------------------------------------------------
# Surfaces some families' documents may be photographed on (make-documents.py's photograph): the
# ninth's wax-print cloth here, the eleventh's terrazzo counter in document_families_eleventh.py,
# the twelfth's bedsheet in document_families_twelfth.py, the thirteenth's woven mat in
# document_families_thirteenth.py, the fourteenth's newspaper in document_families_fourteenth.py,
# the fifteenth's laptop keyboard in document_families_fifteenth.py, the sixteenth's gingham
# tablecloth in document_families_sixteenth.py, the seventeenth's jeans in
# document_families_seventeenth.py, the eighteenth's car seat in document_families_eighteenth.py,
# the nineteenth's tiled floor in document_families_nineteenth.py, the twentieth's copy sheet and
# garden chair in document_families_twentieth.py, the twenty-first's exercise book and sofa in
# document_families_twentyfirst_capture.py, the twenty-third's laminated counter and counter lining
# in document_families_twentythird.py, the twenty-fourth's shirt and car dashboard in
# document_families_twentyfourth.py, the twenty-fifth's kiosk counter and blanket in
# document_families_twentyfifth.py, the twenty-sixth's grain sack and doily in
# document_families_twentysixth.py, the twenty-seventh's motorcycle seat and clipboard in
# document_families_twentyseventh.py, the twenty-eighth's car bonnet and record book in
# document_families_twentyeighth.py, the twenty-ninth's patient file and pupil's desk in
# document_families_twentyninth.py

def surface(rng, name, size):
    """The surface `name` (other than the default wooden table), `size` pixels."""
    if name == "cloth":
        return cloth(rng, size)
    if name in TWELFTH_SURFACES:
        import document_families_twelfth as twelfth
        return twelfth.surface(rng, name, size)
    if name in THIRTEENTH_SURFACES:
        import document_families_thirteenth as thirteenth
        return thirteenth.surface(rng, name, size)
    if name in FOURTEENTH_SURFACES:
        import document_families_fourteenth as fourteenth
        return fourteenth.surface(rng, name, size)
    if name in FIFTEENTH_SURFACES:
        import document_families_fifteenth as fifteenth
        return fifteenth.surface(rng, name, size)
    if name in SIXTEENTH_SURFACES:
        import document_families_sixteenth as sixteenth
        return sixteenth.surface(rng, name, size)
    if name in SEVENTEENTH_SURFACES:
        import document_families_seventeenth as seventeenth
        return seventeenth.surface(rng, name, size)
    if name in EIGHTEENTH_SURFACES:
        import document_families_eighteenth as eighteenth
        return eighteenth.surface(rng, name, size)
    if name in NINETEENTH_SURFACES:
        import document_families_nineteenth as nineteenth
        return nineteenth.surface(rng, name, size)
    if name in TWENTIETH_SURFACES:
        import document_families_twentieth as twentieth
        return twentieth.surface(rng, name, size)
    if name in TWENTYFIRST_SURFACES:
        import document_families_twentyfirst as twentyfirst
        return twentyfirst.surface(rng, name, size)
    if name in TWENTYFOURTH_SURFACES:
        import document_families_twentyfourth as twentyfourth
        return twentyfourth.surface(rng, name, size)
    if name in TWENTYFIFTH_SURFACES:
        import document_families_twentyfifth as twentyfifth
        return twentyfifth.surface(rng, name, size)
    if name in TWENTYSIXTH_SURFACES:
        import document_families_twentysixth as twentysixth
        return twentysixth.surface(rng, name, size)
    if name in TWENTYSEVENTH_SURFACES:
        import document_families_twentyseventh as twentyseventh
        return twentyseventh.surface(rng, name, size)
    if name in TWENTYEIGHTH_SURFACES:
        import document_families_twentyeighth as twentyeighth
        return twentyeighth.surface(rng, name, size)
    if name in TWENTYNINTH_SURFACES:
        import document_families_twentyninth as twentyninth
        return twentyninth.surface(rng, name, size)
    if name in TWENTYTHIRD_SURFACES:
        import document_families_twentythird as twentythird
        return twentythird.surface(rng, name, size)
    import document_families_eleventh as eleventh
    return eleventh.surface(rng, name, size)


WAX_PALETTES = [((196, 64, 32), (248, 188, 44), (28, 58, 118)), ((18, 108, 92), (238, 198, 62), (148, 30, 62)),
                ((38, 40, 116), (228, 120, 34), (246, 236, 214)), ((118, 22, 42), (32, 118, 64), (238, 216, 118)),
                ((232, 214, 170), (120, 60, 30), (30, 30, 30))]


def cloth(rng, size):
    """A wax-print (kitenge, ankara) cloth: bold motifs in three colours on a grid, the whole
    turned at an angle, with folds in the fabric and the weave's texture."""
    width, height = size
    ground, ink, third = rng.choice(WAX_PALETTES)
    big = int(math.hypot(width, height)) + 20
    image = Image.new("RGB", (big, big), ground)
    draw = ImageDraw.Draw(image)
    motif, cell = rng.choice(["circles", "diamonds", "leaves"]), rng.randint(110, 170)
    for row, y in enumerate(range(0, big + cell, cell)):
        for x in range((row % 2) * cell // 2, big + cell, cell):
            if motif == "circles":
                for k, color in enumerate([ink, third, ground, ink, third]):
                    r = cell * (0.46 - k * 0.085)
                    draw.ellipse((x - r, y - r, x + r, y + r), fill=color)
            elif motif == "diamonds":
                for k, color in enumerate([ink, ground, third, ground]):
                    r = cell * (0.5 - k * 0.11)
                    draw.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill=color)
            else:
                for k in range(6):
                    a = k * math.pi / 3 + row * 0.4
                    px, py = x + cell * 0.24 * math.cos(a), y + cell * 0.24 * math.sin(a)
                    leaf = [(px + cell * 0.2 * math.cos(a) * t - cell * 0.07 * math.sin(a) * math.sin(math.pi * t) * s,
                             py + cell * 0.2 * math.sin(a) * t + cell * 0.07 * math.cos(a) * math.sin(math.pi * t) * s)
                            for s in (1, -1) for t in (np.linspace(0, 1, 8) if s == 1 else np.linspace(1, 0, 8))]
                    draw.polygon(leaf, fill=ink)
                draw.ellipse((x - cell * 0.1, y - cell * 0.1, x + cell * 0.1, y + cell * 0.1), fill=third)
    image = image.rotate(rng.uniform(0, 90), resample=Image.BICUBIC)
    left, top = (big - width) // 2, (big - height) // 2
    pixels = np.asarray(image.crop((left, top, left + width, top + height)).filter(ImageFilter.GaussianBlur(1.2)), float)
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    coarse = Image.fromarray(noise.normal(0, 1, (5, 7)).astype(np.float32), mode="F")
    folds = np.asarray(coarse.resize((width, height), Image.BICUBIC), float)
    yy, xx = np.mgrid[0:height, 0:width]
    weave = 3 * np.sin(xx * math.pi / 2) * np.sin(yy * math.pi / 2)
    pixels = pixels * (1 + 0.1 * folds)[:, :, None] + weave[:, :, None] + noise.normal(0, 4, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------
# Tampering: evidence against the document a reader must catch

def tamper(rng, truth, country):
    """Edits one thing on a document and records what in truth["tampered"]; None if this
    document has nothing that can be checked (no MRZ and no ID number rule)."""
    fields = truth["fields"]
    choices = []
    if truth["mrz"]:
        choices += ["printed_birth_date", "mrz_digit"]
    if country in ("ZA", "ZW") and fields["id_number"]:
        choices.append("id_number")
    if not choices:
        return None
    kind = rng.choice(choices)
    if kind == "printed_birth_date":
        # Another person's birth date: day, month and year all differ from the MRZ's.
        dob = dt.date.fromisoformat(fields["date_of_birth"])
        other = dt.date(dob.year + rng.choice([-9, -6, -4, 4, 6, 9]), (dob.month + rng.randint(1, 10)) % 12 + 1,
                        (dob.day + rng.randint(1, 20)) % 28 + 1)
        truth.setdefault("printed", {})["date_of_birth"] = other.isoformat()
    elif kind == "mrz_digit":
        # A digit of the birth year edited in the MRZ (still a date), its check digit left as it was.
        lines = list(truth["mrz"])
        row, start = (1, 13) if len(lines) == 2 else (1, 0)
        line = lines[row]
        position = start + rng.randint(0, 1)
        digit = str((int(line[position]) + rng.randint(1, 8)) % 10)
        lines[row] = line[:position] + digit + line[position + 1:]
        truth["mrz"] = lines
    else:
        number = fields["id_number"]
        if country == "ZA":
            position = rng.randint(6, 9)  # the sequence digits: the Luhn digit then fails
            number = number[:position] + str((int(number[position]) + rng.randint(1, 8)) % 10) + number[position + 1:]
        else:  # Zimbabwe: a different check letter
            parts = number.split("-")
            parts[2] = rng.choice([c for c in "ZABCDEFGHJKLMNPQRSTVWXY" if c != parts[2]])
            number = "-".join(parts)
        truth.setdefault("printed", {})["id_number"] = number
    truth["tampered"] = kind
    return kind
