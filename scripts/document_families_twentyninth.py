"""The twenty-ninth held-out layout families for scripts/make-documents.py: `clinic` and
`classroom` (their specs are in document_families.FAMILIES, which says what they look like). This
module draws both, the surfaces they lie on and the four capture conditions that come with them.

Why these two. Both are places where documents are photographed for KYC in these countries that
no earlier family shows:

`clinic`: the patient's document on the RECORDS DESK of a clinic's or a hospital's out-patient
department, photographed by the records clerk who enrols the patient in the national health
insurance (NHIF and SHA in Kenya, NHIS in Ghana, NHIA in Nigeria, a medical aid in South Africa
or Zimbabwe, a hospital's own patient app in Uganda), under the hall's fluorescent tubes and its
ceiling fan, the card often kept in a clear plastic sleeve. The layout turns the usual order
round: every VALUE at the left, flush with the card's margin, and its CAPTION after it at the
RIGHT, right-aligned at the column's end, in the issuer's own language (Shona, isiZulu, Hausa,
Kiswahili, Twi, Luganda, as `vernacular` words it) with the English in TINY type under it, a
hairline under the row; the birth date and the sex, the expiry and the date of issue two to a row,
each with its own caption at its right; the portrait at the RIGHT with the card's number printed
VERTICALLY along its left side, reading upwards; the title right-aligned at the top right in a
tall condensed titling face, the arms and the document's name in the issuer's language at the
top left; dates YEAR FIRST with spaces, `1987 09 14`; a pale ground with a KANGA's border, a
frame of cashew (paisley) motifs between rules all round the card and small dots inside, coral
and sea blue whatever the issuer; the back a vertical barcode, and the MRZ on a tinted band set
close to the card's bottom edge. Title in Le Murmure, values in Tribun ADF Bold Condensed (a
condensed serif), the issuer's language in CMU Serif (Computer Modern Unicode, which has Twi's
and Hausa's letters), the English in Libris ADF, the numbers in mononoki Bold (Debian's
fonts-le-murmure, fonts-adf-tribun, fonts-cmu, fonts-adf-libris and fonts-mononoki, new with
these families). Surface: `folder` (the patient's buff manila file open on the desk: the
folder's card with its flecks and the crease of its spine, the out-patient record sheet held in
it by a steel fastener with its printed headings and the clinician's notes, a ruled record of
attendance printed inside the cover, a violet date stamp, the file number written on the tab,
and beyond the folder the desk's melamine top). Conditions: `sleeve_glare` (the card or the
passport in a clear plastic sleeve: its welded seams just outside the document's edges, the
open mouth's cut edge, a faint milky haze, and the tube's glare on the film as a broad bright
patch broken by the film's crinkles, with a crease or two catching the light) and `ceiling_fan`
(the shadow of the turning ceiling fan between the tubes and the desk: soft sectors of shade
swept round its hub during the exposure, doubled by a second tube, the frame tinted by the tubes'
cool light).

`classroom`: the voter's or applicant's document on a pupil's DESK in a school classroom used as
a registration centre (continuous voter registration, a national ID or a Huduma drive, a
university's admissions day), photographed by the clerk at the registration kit with its LED
ring light. The layout: every group of captions reversed in white out of a dark STRIP in the
issuer's deep colour, one to three captions a strip, split by white ticks, the values in a row
UNDER the strip, each under its own caption, like a table's header row: surname, given names,
birth date, sex and nationality under one strip, ID number and expiry under the next, the card
number under the last; the ID number in GROUPS joined by HYPHENS where the issuer's number is
long (`870914-5009-087`, `1234-567-8901`); the portrait at the left printed as a coarse
HALFTONE in black, as a cheap card printer prints it; the arms and the title at the top left
over a STEPPED rule (three bars of the flag's colours, each shorter than the one above it);
dates with the month written out and the day unpadded, `4 September 1987`; a pale ground woven
as a Maasai SHUKA's check, red bands crossed by black and blue lines with the twill's fine
diagonal in it, whatever the issuer; the back an Aztec code beside the birthplace, issue and
authority under their strips. Title in Arapey Black, captions in GFS Neohellenic Bold, values in
Berenis ADF Pro Bold, the numbers in Hermit Bold (Debian's fonts-arapey, fonts-gfs-neohellenic,
fonts-adf-berenis and fonts-hermit, new with these families; the clerk's sticky note is in
fonts-breip, also new). Surface: `desk` (the desk's varnished lid of two or three planks, their
grain and joints, the varnish worn pale where arms rest, initials, a heart and a class's year
carved in it, blue biro doodles, an ink blot, chalk dust, the pen groove along its top edge with
the old inkwell's hole). Conditions: `ring_light` (the registration kit's LED ring light
mirrored in the laminate: a bright ring, its LEDs sometimes apart, over part of the document, a
faint copy of it on the desk's varnish, the frame lit a little cooler and brighter round it) and
`sticky_note` (the clerk's sticky note with a queue number or a phone number in marker, stuck
beside the document with a corner over its outermost edge or tucked under it, curling up, with
its soft shadow; never over the document's fields).

document_families.py imports this module only when one of these families is drawn, one of their
surfaces laid or one of their conditions applied, so every other family's documents stay the
same, image for image, for a seed. Truth, MRZ, ID numbers and tampering are the shared code's:
this module only draws them (values_of gives what tampering put there).
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from document_families import DARK, FLAG_STRIPES, HANDS, LOCAL_LABELS, MONTH_NAMES, draw_mrz, scribble
from document_families_eleventh import coat_of_arms
from document_families_nineteenth import companion_rng, values_of
from document_families_seventeenth import fitted, spaced
from document_families_twentieth import notice
from document_families_twentysixth import (dates_of, document_mask, document_quad, finished, font, mix,
                                           on_document, smooth_noise)

ADF = "/usr/share/fonts/truetype/adf/"
MURMURE = "/usr/share/fonts/opentype/le-murmure/le-murmure.otf"
TRIBUN_BOLD_COND = ADF + "TribunADFStd-BoldCond.otf"
LIBRIS = ADF + "LibrisADFStd-Regular.otf"
LIBRIS_BOLD = ADF + "LibrisADFStd-Bold.otf"
CMU_SERIF = "/usr/share/fonts/truetype/cmu/cmunrm.ttf"
MONONOKI_BOLD = "/usr/share/fonts/truetype/mononoki/mononoki-Bold.ttf"
ARAPEY_BLACK = "/usr/share/fonts/opentype/arapey/Arapey-Black.otf"
NEOHELLENIC = "/usr/share/fonts/opentype/neohellenic/GFSNeohellenic.otf"
NEOHELLENIC_BOLD = "/usr/share/fonts/opentype/neohellenic/GFSNeohellenicBold.otf"
BERENIS_BOLD = ADF + "BerenisADFPro-Bold.otf"
HERMIT_BOLD = "/usr/share/fonts/truetype/hermit/Hermit-bold.otf"
BREIP = "/usr/share/fonts/truetype/breip/Breip.ttf"
# The patient file's printed form and the desk's stamp are a stationer's and an office's
# (Carlito, Calibri's metrics); the clinician and the pupils write with the handwriting faces of
# fonts-bwht: faces earlier families already need.
CARLITO = "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"
CARLITO_BOLD = "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"
CARD = (1012, 638)
PAGE = (1250, 880)
KINDS = {"id_card": "NATIONAL IDENTITY CARD", "passport": "PASSPORT"}

CORAL = (208, 98, 78)
SEA = (30, 104, 140)
SEA_DEEP = (18, 62, 88)
CLINIC_PAPER = (249, 246, 238)
CLINIC_INK = (22, 24, 30)
CLINIC_CAPTION = (52, 82, 100)
SHUKA_PAPER = (250, 246, 238)
CLASS_INK = (20, 20, 24)
MRZ_PAPER = (251, 250, 246)

# The captions `vernacular` does not word, in the same languages (Shona, isiZulu, Hausa,
# Kiswahili, Twi, Luganda).
MORE_LOCAL = {
    "ZWE": dict(authority="Yakapihwa na", cardno="Nhamba yekadhi", type="Rudzi", code="Kodhi", signature="Runyoro"),
    "ZAF": dict(authority="Ikhishwe ngu", cardno="Inombolo yekhadi", type="Uhlobo", code="Ikhodi",
                signature="Isiginesha"),
    "NGA": dict(authority="Hukumar da ta bayar", cardno="Lambar kati", type="Iri", code="Lamba", signature="Sa hannu"),
    "KEN": dict(authority="Mamlaka iliyotoa", cardno="Nambari ya kadi", type="Aina", code="Msimbo", signature="Sahihi"),
    "GHA": dict(authority="Wɔn a wɔde mae", cardno="Kaad nɔma", type="Su", code="Kood", signature="Nsaano"),
    "UGA": dict(authority="Ekitongole ekyagiwaayo", cardno="Ennamba ya kaadi", type="Ekika", code="Koodi",
                signature="Omukono"),
}


def local_words(alpha3):
    words = dict(LOCAL_LABELS[alpha3])
    words.update(MORE_LOCAL[alpha3])
    return words


def rotated_text(text, f, fill, tracking=0.0, turn=90):
    """`text` on a clear tile turned a quarter (90: reading upwards, its feet to the right)."""
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    w = int(probe.textlength(text, font=f) + tracking * len(text)) + 8
    h = int(f.size * 1.35) + 6
    tile = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    spaced(ImageDraw.Draw(tile), (4, 2), text, f, fill, tracking=tracking)
    return tile.rotate(turn, expand=True, resample=Image.BICUBIC)


# ---------------------------------------------------------------------------------------------
# `clinic`: values first, captions at their right, a vertical number, a kanga's border

def cashew(cx, cy, a, turn):
    """A kanga's cashew (paisley) outline: a round body and a tail curling to one side, turned
    `turn` radians, `a` the body's radius."""
    points = [(a * math.cos(t), a * math.sin(t)) for t in np.linspace(math.radians(-40), math.radians(215), 18)]
    start, end = points[-1], points[0]
    tip = (0.55 * a, -2.1 * a)
    for t in np.linspace(0, 1, 10)[1:]:  # up the tail's left side to its tip
        c = (-0.3 * a, -1.6 * a)
        points.append(((1 - t) ** 2 * start[0] + 2 * (1 - t) * t * c[0] + t ** 2 * tip[0],
                       (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * c[1] + t ** 2 * tip[1]))
    for t in np.linspace(0, 1, 10)[1:-1]:  # and down its right side
        c = (0.95 * a, -1.1 * a)
        points.append(((1 - t) ** 2 * tip[0] + 2 * (1 - t) * t * c[0] + t ** 2 * end[0],
                       (1 - t) ** 2 * tip[1] + 2 * (1 - t) * t * c[1] + t ** 2 * end[1]))
    ct, st = math.cos(turn), math.sin(turn)
    return [(cx + x * ct - y * st, cy + x * st + y * ct) for x, y in points]


def kanga_ground(rng, size, color):
    """A pale ground with a kanga's border: between two rules all round the document a frame of
    cashew motifs (each with an eye), turned head to tail by turns; inside it
    small dots in staggered rows and fine waves; coral and sea blue whatever the issuer."""
    width, height = size
    paper = mix(CLINIC_PAPER, color, 0.18)
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    coral, sea = mix(paper, CORAL, 0.3), mix(paper, SEA, 0.3)
    dot = mix(paper, CORAL, 0.2)
    wave = mix(paper, SEA, 0.1)
    phase = rng.uniform(0, 2 * math.pi)
    for k in range(int(height / 26) + 2):  # fine waves
        y0 = k * 26
        draw.line([(x, y0 + 6 * math.sin(x / 70 + phase + k * 0.5)) for x in range(0, width + 8, 8)], fill=wave, width=1)
    for j, y in enumerate(range(60, height - 40, 24)):  # the dots
        for x in range(60 + (j % 2) * 13, width - 40, 26):
            draw.ellipse((x - 1.6, y - 1.6, x + 1.6, y + 1.6), fill=dot)
    inner = 44
    draw.rectangle((8, 8, width - 9, height - 9), outline=sea, width=2)
    draw.rectangle((inner, inner, width - 1 - inner, height - 1 - inner), outline=sea, width=2)
    band = (8 + inner) / 2
    fill_band = mix(paper, CORAL, 0.07)
    for box in [(10, 10, width - 11, inner - 2), (10, height - inner + 2, width - 11, height - 11),
                (10, inner - 2, inner - 2, height - inner + 2), (width - inner + 2, inner - 2, width - 11, height - inner + 2)]:
        draw.rectangle(box, fill=fill_band)
    step = 46
    runs = [((x, band), 0) for x in np.arange(step / 2 + 12, width - 12, step)]
    runs += [((x, height - band), math.pi) for x in np.arange(step / 2 + 12, width - 12, step)]
    runs += [((band, y), -math.pi / 2) for y in np.arange(step / 2 + inner, height - inner, step)]
    runs += [((width - band, y), math.pi / 2) for y in np.arange(step / 2 + inner, height - inner, step)]
    for k, ((x, y), turn) in enumerate(runs):
        flip = math.pi if k % 2 else 0.0
        outline = cashew(x, y, 6.5, turn + math.pi / 2 + flip)
        draw.polygon(outline, outline=coral if k % 2 else sea, width=2)
        draw.ellipse((x - 2, y - 2, x + 2, y + 2), fill=sea if k % 2 else coral)
    return image


def right_caption_row(draw, x0, x1, y, value, local, english, size=40, path=TRIBUN_BOLD_COND, rule=True,
                      tracking=0.0):
    """A value at the left of [x0, x1] and its caption after it at the right, right-aligned at
    x1: the issuer's language over the English in tiny type; a hairline under the row. `y` is
    the row's top; the row is 60 pixels tall."""
    if not value:
        return
    lf, ef = font(CMU_SERIF, 17), font(LIBRIS, 11)
    caption_w = max(draw.textlength(local, font=lf), draw.textlength(english, font=ef) + 0.8 * len(english))
    draw.text((x1, y + 30), local, font=lf, fill=CLINIC_CAPTION, anchor="rs")
    ew = draw.textlength(english, font=ef) + 0.8 * len(english)
    spaced(draw, (x1 - ew, y + 34), english, ef, mix(CLINIC_CAPTION, (255, 255, 255), 0.2), tracking=0.8)
    room = x1 - x0 - caption_w - 18
    f = fitted(draw, value, path, size, room, smallest=16, tracking=tracking)
    if tracking:
        spaced(draw, (x0, y + 46 - f.getbbox("0")[3]), value, f, CLINIC_INK, tracking=tracking)
    else:
        draw.text((x0, y + 46), value, font=f, fill=CLINIC_INK, anchor="ls")
    if rule:
        for x in np.arange(x0, x1, 6):  # a dotted hairline
            draw.line((x, y + 55, x + 2.5, y + 55), fill=mix(CLINIC_CAPTION, (255, 255, 255), 0.35), width=1)


def clinic_header(draw, spec, kind, width, words, left=60, right=None):
    """The arms and the document's name in the issuer's language (the English tiny under it) at
    the top left; the title right-aligned at the top right in Le Murmure; a coral rule."""
    right = right or width - 58
    coat_of_arms(draw, left + 30, 92, 30, SEA_DEEP)
    name = words["card" if kind == "id_card" else "passport"]
    draw.text((left + 72, 84), name, font=fitted(draw, name, CMU_SERIF, 20, 300, smallest=12), fill=SEA_DEEP, anchor="ls")
    spaced(draw, (left + 72, 92), KINDS[kind], font(LIBRIS_BOLD, 12), CLINIC_CAPTION, tracking=1.4)
    title = spec["title"]
    f = fitted(draw, title, MURMURE, 50, width * 0.56, smallest=26, tracking=1.0)
    w = draw.textlength(title, font=f) + 1.0 * len(title)
    spaced(draw, (right - w, 54), title, f, SEA_DEEP, tracking=1.0)
    draw.line((left, 128, right, 128), fill=CORAL, width=3)


def framed_photo(image, draw, photo, x, y):
    draw.rectangle((x - 7, y - 7, x + photo.width + 6, y + photo.height + 6), outline=CORAL, width=2)
    draw.rectangle((x - 2, y - 2, x + photo.width + 1, y + photo.height + 1), outline=SEA_DEEP, width=1)
    image.paste(photo, (x, y))


def vertical_number(image, x, cy, caption, number):
    """The number with its caption printed up the portrait's left side, reading upwards and
    centred on `cy`, the letters' feet towards the portrait."""
    if not number:
        return
    tile = Image.new("RGBA", (420, 52), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile)
    cf, nf = font(LIBRIS, 12), font(MONONOKI_BOLD, 24)
    cw = d.textlength(caption.upper(), font=cf) + 1.2 * len(caption)
    nw = d.textlength(number, font=nf) + 2.0 * len(number)
    total = cw + 12 + nw
    x0 = (420 - total) / 2
    spaced(d, (x0, 20), caption.upper(), cf, CLINIC_CAPTION, tracking=1.2)
    spaced(d, (x0 + cw + 12, 10), number, nf, CLINIC_INK, tracking=2.0)
    turned = tile.rotate(90, expand=True, resample=Image.BICUBIC)
    image.paste(turned, (int(x - turned.width / 2), int(cy - turned.height / 2)), turned)


def clinic_front(rng, truth, spec, family, kind, photo):
    values = values_of(truth, spec, family, kind)
    words = local_words(spec["alpha3"])
    width, height = CARD if kind == "id_card" else PAGE
    image = kanga_ground(rng, (width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    clinic_header(draw, spec, kind, width, words)
    if kind == "id_card":
        labels = family["labels"]
        px, py = width - 58 - photo.width, 146
        framed_photo(image, draw, photo, px, py)
        vertical_number(image, px - 30, py + photo.height / 2, labels["cardno"], values["cardno"])
        under = py + photo.height + 10
        scribble(draw, companion_rng(truth, "clinic-sign"), px + 10, under, photo.width - 20, 38, (26, 32, 84))
        draw.text((px + photo.width, under + 56), f"{words['signature']} · {labels['signature']}", font=font(LIBRIS, 11),
                  fill=CLINIC_CAPTION, anchor="rs")
        x0, x1 = 58, px - 56
        mid = x0 + (x1 - x0) * 0.56
        right_caption_row(draw, x0, x1, 140, values["surname"], words["surname"], labels["surname"], 44)
        right_caption_row(draw, x0, x1, 206, values["given"], words["given"], labels["given"], 40)
        right_caption_row(draw, x0, x1, 272, values["id"], words["id"], labels["id"], 32, MONONOKI_BOLD, tracking=1.5)
        right_caption_row(draw, x0, mid - 14, 338, values["dob"], words["dob"], labels["dob"], 38)
        right_caption_row(draw, mid + 14, x1, 338, values["sex"], words["sex"], labels["sex"], 38)
        right_caption_row(draw, x0, x1, 404, values["nationality"], words["nationality"], labels["nationality"], 36)
        right_caption_row(draw, x0, mid - 14, 470, values["expiry"], words["expiry"], labels["expiry"], 38)
        right_caption_row(draw, mid + 14, x1, 470, values["issue"], words["issue"], labels["issue"], 30)
        return image
    labels = family["passport_labels"]
    px, py = width - 64 - photo.width, 146
    framed_photo(image, draw, photo, px, py)
    vertical_number(image, px - 30, py + photo.height / 2, labels["docno"], values["docno"])
    under = py + photo.height + 12
    scribble(draw, companion_rng(truth, "clinic-sign"), px + 12, under, photo.width - 24, 44, (26, 32, 84))
    x0, x1 = 64, px - 58
    a, b = x0 + (x1 - x0) * 0.17, x0 + (x1 - x0) * 0.4
    mid = x0 + (x1 - x0) * 0.5
    right_caption_row(draw, x0, a - 12, 140, values["type"], words["type"], labels["type"], 36)
    right_caption_row(draw, a + 12, b - 12, 140, values["code"], words["code"], labels["code"], 36)
    right_caption_row(draw, b + 12, x1, 140, values["docno"], words["docno"], labels["docno"], 30, MONONOKI_BOLD,
                      tracking=1.0)
    right_caption_row(draw, x0, x1, 206, values["surname"], words["surname"], labels["surname"], 44)
    right_caption_row(draw, x0, x1, 272, values["given"], words["given"], labels["given"], 40)
    right_caption_row(draw, x0, mid - 14, 338, values["nationality"], words["nationality"], labels["nationality"], 34)
    right_caption_row(draw, mid + 14, x1, 338, values["sex"], words["sex"], labels["sex"], 38)
    right_caption_row(draw, x0, mid - 14, 404, values["dob"], words["dob"], labels["dob"], 38)
    right_caption_row(draw, mid + 14, x1, 404, values["pob"], words["pob"], labels["pob"], 32)
    right_caption_row(draw, x0, mid - 14, 470, values["issue"], words["issue"], labels["issue"], 38)
    right_caption_row(draw, mid + 14, x1, 470, values["expiry"], words["expiry"], labels["expiry"], 38)
    right_caption_row(draw, x0, x1, 536, values["authority"], words["authority"], labels["authority"], 32)
    mrz_band(image, draw, 700, width, height)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def mrz_band(image, draw, top, width, height):
    """The MRZ's pale sea-blue tinted band from `top` to the document's bottom edge, over the
    kanga's border, a coral rule on its top edge."""
    draw.rectangle((0, top, width, height), fill=mix(MRZ_PAPER, SEA, 0.1))
    draw.line((0, top, width, top), fill=CORAL, width=3)


def vertical_barcode(draw, rng, x, y0, y1, width, ink):
    """A one-dimensional barcode turned upright: bars across, stacked down from y0 to y1, one to
    four modules thick, quiet zones at both ends."""
    module = 2
    y = y0 + 10 * module
    bar = True
    while y < y1 - 10 * module:
        w = rng.choice([1, 1, 1, 2, 2, 3, 4]) * module
        if bar:
            draw.rectangle((x, y, x + width, y + w - 1), fill=ink)
        y += w
        bar = not bar


def clinic_back(rng, truth, spec, family):
    labels = family["labels"]
    values = values_of(truth, spec, family, "id_card")
    words = local_words(spec["alpha3"])
    width, height = CARD
    image = kanga_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    x0, x1 = 58, 680
    right_caption_row(draw, x0, x1, 56, values["pob"], words["pob"], labels["pob"], 36)
    right_caption_row(draw, x0, x1, 122, values["issue"], words["issue"], labels["issue"], 38)
    right_caption_row(draw, x0, x1, 188, values["authority"], words["authority"], labels["authority"], 32)
    draw.rectangle((770, 54, 930, 420), fill=(252, 251, 247))
    vertical_barcode(draw, companion_rng(truth, "clinic-barcode"), 790, 62, 400, 92, CLINIC_INK)
    if values["cardno"]:
        turned = rotated_text(values["cardno"], font(MONONOKI_BOLD, 17), CLINIC_INK, tracking=2.0)
        image.paste(turned, (900, int(232 - turned.height / 2)), turned)
    y = 276
    f = font(LIBRIS, 15)
    line = ""
    for word in notice(spec).split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > 640):
            draw.text((x0, y), line, font=f, fill=CLINIC_CAPTION)
            line, y = word or "", y + 20
        else:
            line = (line + " " + word).strip()
    mrz_band(image, draw, 448, width, height)
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `classroom`: caption strips over values, a halftone portrait, hyphenated groups, a shuka check

SHUKA_SETTS = [
    [((186, 30, 36), 44), ((24, 24, 28), 5), ((186, 30, 36), 12), ((30, 44, 120), 10), ((186, 30, 36), 12),
     ((24, 24, 28), 5)],
    [((196, 44, 40), 36), ((30, 44, 120), 16), ((196, 44, 40), 8), ((24, 24, 28), 4), ((196, 44, 40), 8),
     ((30, 44, 120), 16)],
    [((176, 26, 44), 30), ((222, 120, 40), 6), ((176, 26, 44), 30), ((24, 24, 28), 10)],
]


def shuka_ground(rng, size, color):
    """A pale ground woven as a Maasai shuka's check: a sett of broad red bands with black, blue or
    orange lines across them, the same down and across, each crossing the mean of its warp and
    weft; the twill's fine diagonal; faint guilloche lines in the issuer's deep colour."""
    width, height = size
    sett = SHUKA_SETTS[rng.randrange(len(SHUKA_SETTS))]
    scale = rng.uniform(1.6, 2.2)
    run = []
    for colour, w in sett:
        run += [colour] * int(w * scale)
    run = np.array(run, float)
    offset_x, offset_y = rng.randrange(len(run)), rng.randrange(len(run))
    warp = run[(np.arange(width) + offset_x) % len(run)]
    weft = run[(np.arange(height) + offset_y) % len(run)]
    cloth = (warp[None, :, :] + weft[:, None, :]) / 2
    paper = np.array(mix(SHUKA_PAPER, color, 0.1), float)
    pixels = paper[None, None, :] * 0.89 + cloth * 0.11
    yy, xx = np.mgrid[0:height, 0:width]
    pixels *= (1 - 0.025 * (((xx + yy) % 4) == 0))[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return image


def guilloche_lines(draw, rng, size, ink):
    width, height = size
    for k in range(9):
        phase, amp, period = rng.uniform(0, 6.28), rng.uniform(10, 26), rng.uniform(160, 320)
        y0 = (k + 0.5) * height / 9
        draw.line([(x, y0 + amp * math.sin(x / period * 6.28 + phase)) for x in range(0, width + 6, 6)], fill=ink, width=1)


def hyphen_groups(number, alpha3):
    """The ID number in groups joined by hyphens where the issuer's number is long and has none:
    South Africa's 6-4-3, Nigeria's 4-3-4; every other number as it is."""
    if not number:
        return number
    if alpha3 == "ZAF" and len(number) == 13:
        return f"{number[:6]}-{number[6:10]}-{number[10:]}"
    if alpha3 == "NGA" and len(number) == 11:
        return f"{number[:4]}-{number[4:7]}-{number[7:]}"
    return number


def written_date(date):
    """`4 September 1987`: the day without a leading zero, the month written out."""
    return f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"


def classroom_values(truth, spec, family, kind):
    values = values_of(truth, spec, family, kind, pattern="dd/mm/yyyy")
    dates = dates_of(truth)
    values.update(dob=written_date(dates["dob"]), expiry=written_date(dates["expiry"]),
                  issue=written_date(dates["issue"]), id=hyphen_groups(values["id"], spec["alpha3"]))
    return values


def halftone(photo, cell=4.2, angle=45.0):
    """The portrait printed as a coarse halftone in black on white: round dots on a screen turned
    `angle` degrees, each as large as the picture is dark there."""
    grey = np.asarray(photo.convert("L").filter(ImageFilter.GaussianBlur(1.0)), float) / 255
    grey = np.clip((grey - 0.05) / 0.9, 0, 1)
    dark = 1 - grey
    h, w = dark.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    a = math.radians(angle)
    u = (xx * math.cos(a) + yy * math.sin(a)) / cell
    v = (-xx * math.sin(a) + yy * math.cos(a)) / cell
    du, dv = u - np.round(u), v - np.round(v)
    dist = np.hypot(du, dv) * cell
    radius = cell * np.sqrt(dark / math.pi) * 1.08
    ink = np.clip(radius - dist + 0.5, 0, 1)
    paper, black = np.array((246, 245, 240), float), np.array((26, 26, 30), float)
    pixels = paper[None, None, :] * (1 - ink[:, :, None]) + black[None, None, :] * ink[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def stepped_rule(draw, alpha3, x0, x1, y):
    """Three bars of the flag's colours under the title, each shorter and thinner than the one
    above it."""
    colours = [c for c in FLAG_STRIPES[alpha3] if sum(c) < 600]
    seen = []
    for c in colours:
        if c not in seen:
            seen.append(c)
    while len(seen) < 3:
        seen.append(DARK[alpha3])
    for k, (share, h) in enumerate([(1.0, 6), (0.66, 4), (0.36, 3)]):
        draw.rectangle((x0, y, x0 + (x1 - x0) * share, y + h - 1), fill=seen[k])
        y += h + 3


def classroom_header(draw, spec, kind, width):
    ink = DARK[spec["alpha3"]]
    coat_of_arms(draw, 66, 62, 40, ink)
    title = spec["title"]
    f = fitted(draw, title, ARAPEY_BLACK, 40, width - 160, smallest=24)
    draw.text((122, 58), title, font=f, fill=ink, anchor="ls")
    spaced(draw, (124, 68), KINDS[kind], font(NEOHELLENIC_BOLD, 17), mix(ink, (255, 255, 255), 0.15), tracking=3.0)
    stepped_rule(draw, spec["alpha3"], 122, width - 36, 98)


def strip_table(draw, x0, x1, y, columns, ink, value_size=34):
    """A dark strip from x0 to x1 with the captions reversed out of it in white, the columns split
    by white ticks, and the values under it, each under its own caption; `columns` is a list of
    (share of the width, caption, value, font path, tracking). Returns the y under the table."""
    strip = 24
    draw.rectangle((x0, y, x1, y + strip), fill=ink)
    cf = font(NEOHELLENIC_BOLD, 14)
    x = x0
    for k, (share, caption, value, path, tracking) in enumerate(columns):
        w = (x1 - x0) * share
        if k:
            draw.line((x, y + 4, x, y + strip - 4), fill=(255, 255, 255), width=2)
        spaced(draw, (x + 9, y + 5), caption.upper(), cf, (255, 255, 255), tracking=1.6)
        if value:
            f = fitted(draw, value, path, value_size, w - 16, smallest=16, tracking=tracking)
            if tracking:
                spaced(draw, (x + 8, y + strip + 46 - f.getbbox("0")[3]), value, f, CLASS_INK, tracking=tracking)
            else:
                draw.text((x + 8, y + strip + 46), value, font=f, fill=CLASS_INK, anchor="ls")
        x += w
    draw.line((x0, y + strip + 54, x1, y + strip + 54), fill=mix(ink, (255, 255, 255), 0.55), width=1)
    return y + strip + 58


def classroom_front(rng, truth, spec, family, kind, photo):
    values = classroom_values(truth, spec, family, kind)
    width, height = CARD if kind == "id_card" else PAGE
    image = shuka_ground(rng, (width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    ink = DARK[spec["alpha3"]]
    guilloche_lines(draw, rng, (width, height), mix(SHUKA_PAPER, ink, 0.12))
    classroom_header(draw, spec, kind, width)
    if kind == "id_card":
        labels = family["labels"]
        px, py = 40, 140
        draw.rectangle((px - 4, py - 4, px + photo.width + 3, py + photo.height + 3), outline=ink, width=2)
        image.paste(halftone(photo), (px, py))
        under = py + photo.height + 8
        scribble(draw, companion_rng(truth, "classroom-sign"), px + 8, under, photo.width - 16, 40, (24, 28, 60))
        spaced(draw, (px, under + 52), labels["signature"].upper(), font(NEOHELLENIC, 12), mix(ink, (255, 255, 255), 0.2),
               tracking=1.2)
        x0, x1 = px + photo.width + 30, width - 36
        y = strip_table(draw, x0, x1, 136, [(1.0, labels["surname"], values["surname"], BERENIS_BOLD, 0)], ink, 38)
        y = strip_table(draw, x0, x1, y + 4, [(1.0, labels["given"], values["given"], BERENIS_BOLD, 0)], ink, 34)
        y = strip_table(draw, x0, x1, y + 4, [(0.47, labels["dob"], values["dob"], BERENIS_BOLD, 0),
                                              (0.15, labels["sex"], values["sex"], BERENIS_BOLD, 0),
                                              (0.38, labels["nationality"], values["nationality"], BERENIS_BOLD, 0)],
                        ink, 30)
        y = strip_table(draw, x0, x1, y + 4, [(0.53, labels["id"], values["id"], HERMIT_BOLD, 1.0),
                                              (0.47, labels["expiry"], values["expiry"], BERENIS_BOLD, 0)], ink, 30)
        if values["cardno"]:
            strip_table(draw, x0, x0 + (x1 - x0) * 0.53, y + 4,
                        [(1.0, labels["cardno"], values["cardno"], HERMIT_BOLD, 1.5)], ink, 28)
        draw.rectangle((0, height - 12, width, height), fill=ink)
        return image
    labels = family["passport_labels"]
    px, py = 44, 136
    draw.rectangle((px - 4, py - 4, px + photo.width + 3, py + photo.height + 3), outline=ink, width=2)
    image.paste(halftone(photo, cell=4.6), (px, py))
    under = py + photo.height + 10
    scribble(draw, companion_rng(truth, "classroom-sign"), px + 10, under, photo.width - 20, 46, (24, 28, 60))
    x0, x1 = px + photo.width + 34, width - 40
    y = strip_table(draw, x0, x1, 132, [(0.16, labels["type"], values["type"], BERENIS_BOLD, 0),
                                        (0.24, labels["code"], values["code"], BERENIS_BOLD, 0),
                                        (0.6, labels["docno"], values["docno"], HERMIT_BOLD, 2.0)], ink, 32)
    y = strip_table(draw, x0, x1, y + 4, [(1.0, labels["surname"], values["surname"], BERENIS_BOLD, 0)], ink, 38)
    y = strip_table(draw, x0, x1, y + 4, [(1.0, labels["given"], values["given"], BERENIS_BOLD, 0)], ink, 34)
    y = strip_table(draw, x0, x1, y + 4, [(0.36, labels["nationality"], values["nationality"], BERENIS_BOLD, 0),
                                          (0.14, labels["sex"], values["sex"], BERENIS_BOLD, 0),
                                          (0.5, labels["dob"], values["dob"], BERENIS_BOLD, 0)], ink, 30)
    y = strip_table(draw, x0, x1, y + 4, [(0.5, labels["pob"], values["pob"], BERENIS_BOLD, 0),
                                          (0.5, labels["authority"], values["authority"], BERENIS_BOLD, 0)], ink, 28)
    strip_table(draw, x0, x1, y + 4, [(0.5, labels["issue"], values["issue"], BERENIS_BOLD, 0),
                                      (0.5, labels["expiry"], values["expiry"], BERENIS_BOLD, 0)], ink, 30)
    draw.rectangle((0, 664, width, height), fill=MRZ_PAPER)
    draw.rectangle((0, 664, width, 670), fill=ink)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def aztec(draw, rng, x, y, n, module, ink):
    """An Aztec-like code: a bullseye of nested squares in the middle (a dark centre, then light
    and dark rings by turns), orientation marks at three of the next ring's corners, modules at
    random round it."""
    c = n // 2
    marks = {(-5, -5), (-5, -4), (-4, -5), (5, -5), (5, -4), (5, 5)}
    for j in range(n):
        for i in range(n):
            ring = max(abs(i - c), abs(j - c))
            if ring <= 4:
                on = ring % 2 == 0
            elif ring == 5:
                on = (i - c, j - c) in marks
            else:
                on = rng.random() < 0.5
            if on:
                draw.rectangle((x + i * module, y + j * module, x + (i + 1) * module - 1, y + (j + 1) * module - 1), fill=ink)


def classroom_back(rng, truth, spec, family):
    labels = family["labels"]
    values = classroom_values(truth, spec, family, "id_card")
    width, height = CARD
    image = shuka_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    ink = DARK[spec["alpha3"]]
    guilloche_lines(draw, rng, CARD, mix(SHUKA_PAPER, ink, 0.12))
    draw.rectangle((0, 0, width, 12), fill=ink)
    x0, x1 = 40, 720
    y = strip_table(draw, x0, x1, 40, [(0.55, labels["pob"], values["pob"], BERENIS_BOLD, 0),
                                       (0.45, labels["issue"], values["issue"], BERENIS_BOLD, 0)], ink, 30)
    strip_table(draw, x0, x1, y + 4, [(1.0, labels["authority"], values["authority"], BERENIS_BOLD, 0)], ink, 28)
    draw.rectangle((776, 34, 966, 224), fill=(252, 251, 247))
    aztec(draw, companion_rng(truth, "classroom-aztec"), 790, 48, 27, 6, CLASS_INK)
    y = 246
    f = font(NEOHELLENIC, 16)
    line = ""
    for word in notice(spec).split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > 900):
            draw.text((x0, y), line, font=f, fill=ink)
            line, y = word or "", y + 21
        else:
            line = (line + " " + word).strip()
    stepped_rule(draw, spec["alpha3"], 40, width - 40, 318)
    draw.rectangle((0, 430, width, height), fill=MRZ_PAPER)
    draw.rectangle((0, 430, width, 434), fill=ink)
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "clinic":
        photo = portrait_of((222, 284) if kind == "id_card" else (262, 334))
        return clinic_front(rng, truth, spec, family, kind, photo)
    photo = portrait_of((222, 282) if kind == "id_card" else (268, 342))
    return classroom_front(rng, truth, spec, family, kind, photo)


def render_back(rng, truth, spec, family):
    if family["style"] == "clinic":
        return clinic_back(rng, truth, spec, family)
    return classroom_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# Surfaces: `clinic`'s patient file and `classroom`'s desk

FOLDERS = [(214, 186, 134), (222, 196, 146), (204, 174, 122), (226, 206, 150), (150, 176, 204)]
DESKS = [(206, 206, 200), (226, 224, 216), (150, 112, 78), (124, 128, 134)]
FORM_HEADS = ["Hosp. No.", "Name", "Age", "Sex", "Address", "Next of kin", "Tel."]
CLINICAL = ["c/o headache x 3/7", "BP 128/84  P 82", "Temp 37.2  Wt 64 kg", "Rx PCM 1g tds x 3/7", "Review in 2/52",
            "RDT for malaria: neg", "FBC, U&E - lab", "Refer to MOPC", "c/o cough x 1/52", "Amoxil 500mg tds x 5/7",
            "BS for MPs", "Advised, to return if no change", "ANC profile done", "Dressing, wound clean"]
ATTENDED = ["OPD", "MCH", "Lab", "Dental", "Eye", "Pharm", "MOPC", "CCC"]
STAFF = ["AK", "J.W.", "N.O.", "RM", "P. Osei", "S.N.", "T.M.", "E.A."]


def cm_mapping(s, cx, cy, D):
    def P(bx, by):
        return ((bx - cx) * s + D / 2, (by - cy) * s + D / 2)
    return P


def folder(rng, size):
    """The patient's buff manila file open on the records desk: the folder's card with its flecks
    and the crease of its spine, the tab with the file number written on it; on the right inside
    the out-patient record sheet held by a steel fastener at its top (printed headings, ruled
    lines, the clinician's handwritten notes); on the left inside a printed record of attendance
    with dates, clinics and initials; a violet date stamp on the sheet; beyond the folder the
    desk's melamine or wood-look top; the whole turned a little or round, lit by the tubes."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    s = rng.uniform(85, 140)  # pixels a centimetre
    cx, cy = rng.uniform(6, 41), rng.uniform(5, 26)
    turn = rng.uniform(-10, 10) + rng.choice([0, 0, 90, 180, 270])
    D = int(math.hypot(width, height)) + 8
    P = cm_mapping(s, cx, cy, D)
    desk_colour = rng.choice(DESKS)
    scene = Image.new("RGB", (D, D), desk_colour)
    draw = ImageDraw.Draw(scene)
    card = rng.choice(FOLDERS)
    (fx0, fy0), (fx1, fy1) = P(0, 0), P(47, 31)
    draw.rectangle((fx0 + 0.15 * s, fy0 + 0.2 * s, fx1 + 0.15 * s, fy1 + 0.2 * s), fill=mix(desk_colour, (0, 0, 0), 0.35))
    tab = [P(33, 0), P(33.6, -1.2), P(43.4, -1.2), P(44, 0)]
    draw.polygon(tab, fill=card)
    draw.rectangle((fx0, fy0, fx1, fy1), fill=card)
    pen = rng.choice([(28, 46, 150), (24, 30, 110), (20, 20, 24)])
    hand = font(rng.choice(HANDS), int(0.42 * s))
    file_no = f"{rng.randint(1, 99):02d}/{rng.randint(1000, 99999)}/{rng.choice([24, 25, 26])}"
    draw.text(P(34.2, -0.2), file_no, font=font(rng.choice(HANDS), int(0.75 * s)), fill=pen, anchor="ls")
    line_w = max(1, int(s / 70))
    # The record of attendance printed inside the cover.
    printed = (60, 60, 64)
    heading = font(CARLITO_BOLD, int(0.42 * s))
    small = font(CARLITO, int(0.32 * s))
    draw.text(P(1.5, 2.2), "RECORD OF ATTENDANCE", font=heading, fill=printed, anchor="ls")
    columns = [1.5, 7.0, 14.0, 22.0]
    for c, name in zip(columns, ["Date", "Clinic", "Seen by"]):
        draw.text(P(c + 0.2, 3.3), name, font=small, fill=printed, anchor="ls")
    for c in columns:
        draw.line(P(c, 2.6) + P(c, 29.5), fill=printed, width=line_w)
    day = rng.randint(1, 27)
    row = 3.6
    while row < 29.5:
        draw.line(P(1.5, row) + P(22, row), fill=printed, width=line_w)
        if row < 16 and rng.random() < 0.85:
            base = row + 0.75
            draw.text(P(1.8, base), f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.choice([23, 24, 25, 26])}",
                      font=hand, fill=pen, anchor="ls")
            draw.text(P(7.3, base), rng.choice(ATTENDED), font=hand, fill=pen, anchor="ls")
            draw.text(P(14.3, base), rng.choice(STAFF), font=hand, fill=pen, anchor="ls")
        row += 0.9
    # The out-patient sheet on the right, its shadow, its printed headings and ruled lines.
    sheet = (247, 246, 240)
    (sx0, sy0), (sx1, sy1) = P(24.8, 1.0), P(45.8, 30.7)
    draw.rectangle((sx0 + 0.08 * s, sy0 + 0.1 * s, sx1 + 0.08 * s, sy1 + 0.1 * s), fill=mix(card, (0, 0, 0), 0.25))
    draw.rectangle((sx0, sy0, sx1, sy1), fill=sheet)
    title = rng.choice(["OUT-PATIENT RECORD", "OUTPATIENT CONTINUATION SHEET", "PATIENT RECORD CARD"])
    draw.text(P(35.3, 4.4), title, font=font(CARLITO_BOLD, int(0.52 * s)), fill=printed, anchor="ms")
    draw.text(P(35.3, 5.2), rng.choice(["Ministry of Health", "District Hospital", "Health Centre IV", "County Referral Hospital"]),
              font=small, fill=printed, anchor="ms")
    y = 6.4
    for head in FORM_HEADS[:rng.randint(4, len(FORM_HEADS))]:
        draw.text(P(25.6, y), head, font=small, fill=printed, anchor="ls")
        draw.line(P(25.6 + 0.16 * len(head) + 0.6, y + 0.05) + P(45.0, y + 0.05), fill=mix(printed, sheet, 0.5), width=line_w)
        y += 0.9
    draw.text(P(25.6, y + 0.3), "Date", font=small, fill=printed, anchor="ls")
    draw.text(P(29.0, y + 0.3), "Clinical notes", font=small, fill=printed, anchor="ls")
    draw.line(P(28.6, y - 0.3) + P(28.6, 30.2), fill=(200, 80, 80), width=line_w)
    row = y + 1.3
    notes = list(CLINICAL)
    rng.shuffle(notes)
    k = 0
    while row < 30.2:
        draw.line(P(25.2, row) + P(45.4, row), fill=(150, 170, 205), width=line_w)
        if k < 7 and rng.random() < 0.8:
            if k == 0 or rng.random() < 0.3:
                draw.text(P(25.6, row - 0.15), f"{day}/11", font=hand, fill=pen, anchor="ls")
            draw.text(P(29.0, row - 0.15), notes[k % len(notes)], font=hand, fill=pen, anchor="ls")
            k += 1
        row += 0.85
    # The fastener: a steel strip with its two prongs folded flat along it.
    (mx0, my0), (mx1, my1) = P(30.3, 1.8), P(40.3, 2.7)
    steel = np.array((176, 178, 182), float)
    draw.rectangle((mx0 + 0.05 * s, my0 + 0.08 * s, mx1 + 0.05 * s, my1 + 0.08 * s), fill=mix(sheet, (0, 0, 0), 0.3))
    draw.rectangle((mx0, my0, mx1, my1), fill=tuple(int(c) for c in steel))
    draw.line((mx0, my0 + 1, mx1, my0 + 1), fill=(226, 228, 230), width=max(1, int(s / 45)))
    for px_, dx in ((31.3, 1), (39.3, -1)):
        a, b = P(px_, 2.25), P(px_ + dx * 3.6, 2.25)
        draw.line(a + b, fill=(150, 152, 158), width=max(2, int(0.32 * s)))
        draw.line((a[0], a[1] - 0.08 * s, b[0], b[1] - 0.08 * s), fill=(214, 216, 220), width=max(1, int(s / 60)))
    # The violet date stamp on the sheet.
    stamp = Image.new("L", (D, D), 0)
    sd = ImageDraw.Draw(stamp)
    tx, ty = P(rng.uniform(31, 41), rng.uniform(9, 24))
    r = 1.7 * s
    sd.ellipse((tx - r, ty - r, tx + r, ty + r), outline=255, width=max(2, int(s / 30)))
    sd.ellipse((tx - 0.8 * r, ty - 0.8 * r, tx + 0.8 * r, ty + 0.8 * r), outline=255, width=max(1, int(s / 50)))
    sd.text((tx, ty - 0.3 * r), rng.choice(["OUT-PATIENT", "RECORDS", "O.P.D.", "RECEPTION"]),
            font=font(CARLITO_BOLD, int(0.3 * s)), fill=255, anchor="ms")
    sd.text((tx, ty + 0.25 * r), f"{rng.randint(1, 26)} NOV 2026", font=font(CARLITO_BOLD, int(0.34 * s)), fill=255, anchor="ms")
    stamp = stamp.rotate(rng.uniform(-30, 30), center=(tx, ty))
    alpha = np.asarray(stamp, float) / 255 * rng.uniform(0.45, 0.75)
    alpha *= np.clip(0.75 + 0.5 * noise.random((D, D)), 0, 1)
    pixels = np.asarray(scene, float)
    violet = np.array((96, 58, 150), float)
    pixels = pixels * (1 - alpha[:, :, None]) + violet[None, None, :] * alpha[:, :, None]
    # The folder's flecks, the crease of its spine, the desk's speckle; the paper's grain.
    inside = np.zeros((D, D), bool)
    inside[int(max(0, fy0)):int(max(0, min(D, fy1))), int(max(0, fx0)):int(max(0, min(D, fx1)))] = True
    flecks = noise.random((D, D))
    fleck = np.where(flecks > 0.9985, -0.18, np.where(flecks < 0.001, 0.1, 0.0))
    pixels *= (1 + np.where(inside, fleck + 0.02 * noise.normal(0, 1, (D, D)), 0.015 * noise.normal(0, 1, (D, D))))[:, :, None]
    gx = np.arange(D, dtype=np.float32)
    spine = P(23.5, 0)[0]
    crease = 1 - 0.16 * np.exp(-((gx - spine) / (0.12 * s)) ** 2) + 0.06 * np.exp(-((gx - spine - 0.3 * s) / (0.2 * s)) ** 2)
    pixels *= np.where(inside, crease[None, :], 1.0)[:, :, None]
    scene = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    scene = scene.rotate(turn, resample=Image.BICUBIC, center=(D / 2, D / 2), fillcolor=desk_colour)
    left, top = (D - width) // 2, (D - height) // 2
    scene = scene.crop((left, top, left + width, top + height))
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    lit = math.radians(rng.uniform(0, 360))
    ramp = 1 + 0.08 * ((xx / width - 0.5) * math.cos(lit) + (yy / height - 0.5) * math.sin(lit))
    tubes = np.array((0.97, 1.0, 1.03))
    pixels = np.asarray(scene, float) * ramp[:, :, None] * tubes[None, None, :]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


WOODS = [(156, 104, 62), (126, 84, 50), (174, 124, 76), (104, 70, 46), (142, 100, 70)]
CARVINGS = ["JK", "T + M", "KCSE 2019", "F4 EAST", "BRIAN", "KCPE 2016", "WASSCE 23", "MAN U", "S.M.", "CLASS 7",
            "RIP", "NO 1", "P6 BLUE", "UNEB 2021", "ZIMSEC", "BIG MIKE", "2 GOOD", "A.K. + R.N.", "FORM 3"]
DOODLES = ["2x + 3 = 11", "x = 4", "ABC", "5 x 7 = 35", "H2O", "23/11", "Maths", "Bio p.42", "THE END"]


def desk(rng, size):
    """A pupil's wooden desk in a classroom: the varnished lid of planks along it, their grain
    (stretched rings and streaks) and the dark joints between them, the varnish worn pale and
    matte where arms rest near the front edge; initials, a heart and a class's year carved in it
    (gouges dark with grime, or pale where fresh, a lit edge beside them), blue biro doodles and a sum, an ink blot, chalk dust; at
    the back the pen groove along the lid with the old inkwell's hole; the desk turned a little
    or round."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    s = rng.uniform(85, 140)
    cx, cy = rng.uniform(12, 48), rng.uniform(5, 30)
    turn = rng.uniform(-12, 12) + rng.choice([0, 0, 90, 180, 270])
    D = int(math.hypot(width, height)) + 8
    P = cm_mapping(s, cx, cy, D)
    wood = np.array(rng.choice(WOODS), float)
    yy, xx = np.mgrid[0:D, 0:D].astype(np.float32)
    bx, by = (xx - D / 2) / s + cx, (yy - D / 2) / s + cy  # the desk's centimetres
    joints = [3.8] + [3.8 + k * rng.uniform(11.5, 13.5) for k in range(1, 4)]
    plank = np.zeros_like(bx)
    for j in joints:
        plank += (by > j)
    phase = plank * 2.3 + rng.uniform(0, 6)
    wander = 0.3 * np.sin(bx / rng.uniform(12, 20) + phase) + 0.1 * np.sin(bx / rng.uniform(3, 5) + 1.7 * phase)
    figure = np.sin(2 * np.pi * (by * rng.uniform(0.5, 0.9) + wander + 0.3 * plank))
    fine = np.sin(2 * np.pi * (by * rng.uniform(5, 8) + 3 * wander + 0.8 * smooth_noise(noise, (D, D), 25)))
    streak = smooth_noise(noise, (D, D), 40)
    pores = np.asarray(Image.fromarray((noise.random((D, D)) * 255).astype(np.uint8)).resize(
        (D // 8, D // 8)).resize((D, D), Image.NEAREST), float) / 255  # short dark flecks along the grain
    tone = (1 + 0.06 * figure + 0.05 * np.clip(fine, 0, 1) ** 3 - 0.04 * np.clip(-fine, 0, 1) ** 2 + 0.04 * streak
            + 0.04 * np.sin(plank * 1.9) - 0.05 * (pores > 0.97))
    pixels = wood[None, None, :] * tone[:, :, None]
    for j in joints:  # the joints: a dark gap with a lit edge
        d = (by - j) * s
        pixels *= (1 - 0.6 * np.exp(-(d / 1.6) ** 2))[:, :, None]
        pixels += (14 * np.exp(-((d - 2.5) / 1.2) ** 2))[:, :, None]
    # The pen groove and the inkwell's hole at the back of the lid.
    d = (by - 2.6) / 0.6
    pixels *= (1 - 0.28 * np.clip(1 - d ** 2, 0, 1) ** 0.5 + 0.08 * np.exp(-((by - 1.9) * s / 2) ** 2))[:, :, None]
    well_x = rng.uniform(40, 56)
    hole = np.hypot(bx - well_x, by - 2.6)
    pixels *= np.where(hole < 1.5, 0.18 + 0.2 * np.clip((hole - 1.2) / 0.3, 0, 1), 1.0)[:, :, None]
    pixels += (30 * np.exp(-((hole - 1.55) * s / 2.0) ** 2))[:, :, None]
    # Worn varnish where arms rest: paler, greyer, matte.
    wx, wy = rng.uniform(10, 50), rng.uniform(26, 36)
    worn = np.exp(-(((bx - wx) / 14) ** 2 + ((by - wy) / 6) ** 2)) * np.clip(0.5 + 0.5 * smooth_noise(noise, (D, D), 10), 0, 1)
    pale = pixels * 0.6 + np.array((190, 170, 140), float)[None, None, :] * 0.4
    pixels = pixels * (1 - 0.55 * worn[:, :, None]) + pale * 0.55 * worn[:, :, None]
    scene = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    # Carvings: the gouges (dark with grime, or pale where fresh) and a lit edge beside them.
    carve = Image.new("L", (D, D), 0)
    edge = Image.new("L", (D, D), 0)
    cd, ed = ImageDraw.Draw(carve), ImageDraw.Draw(edge)
    for _ in range(rng.randint(3, 6)):
        word = rng.choice(CARVINGS)
        x, y = P(rng.uniform(2, 58), rng.uniform(5, 40))
        f = font(rng.choice(HANDS), int(rng.uniform(1.4, 2.6) * s))
        layer = Image.new("L", (int(f.size * len(word) * 0.8) + 20, int(f.size * 1.6)), 0)
        ImageDraw.Draw(layer).text((10, 4), word, font=f, fill=255)
        layer = layer.rotate(rng.uniform(-25, 25), expand=True, resample=Image.BICUBIC)
        carve.paste(255, (int(x), int(y)), layer)
        edge.paste(255, (int(x) + max(1, int(s / 60)), int(y) + max(1, int(s / 45))), layer)
    if rng.random() < 0.7:  # a heart
        hx, hy = P(rng.uniform(4, 56), rng.uniform(6, 38))
        r = rng.uniform(1.2, 2.0) * s
        heart = [(hx + r * 16 * math.sin(t) ** 3 / 16, hy - r * (13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t)
                                                                 - math.cos(4 * t)) / 16) for t in np.linspace(0, 2 * math.pi, 60)]
        cd.line(heart, fill=255, width=max(2, int(s / 35)))
        ed.line([(x + 2, y + 2) for x, y in heart], fill=255, width=max(2, int(s / 35)))
    pixels = np.asarray(scene, float)
    lit_a = np.asarray(edge, float)[:, :, None] / 255 * 0.35
    carve_a = np.asarray(carve, float)[:, :, None] / 255
    fresh = rng.random() < 0.35  # a fresh carving shows pale wood; an old one is dark with grime
    pixels = pixels * (1 - lit_a) + np.array((214, 186, 142), float)[None, None, :] * lit_a
    if fresh:
        pixels = pixels * (1 - 0.6 * carve_a) + np.array((206, 176, 132), float)[None, None, :] * 0.6 * carve_a
    else:
        pixels = pixels * (1 - 0.5 * carve_a)
    scene = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(scene)
    biro = rng.choice([(30, 50, 150), (24, 34, 110)])
    for _ in range(rng.randint(1, 3)):  # biro doodles and a sum
        x, y = P(rng.uniform(2, 52), rng.uniform(5, 38))
        if rng.random() < 0.5:
            draw.text((x, y), rng.choice(DOODLES), font=font(rng.choice(HANDS), int(0.7 * s)), fill=biro)
        else:
            scribble(draw, rng, x, y, rng.uniform(2, 5) * s, rng.uniform(0.8, 1.6) * s, biro, width=max(1, int(s / 60)))
    pixels = np.asarray(scene, float)
    if rng.random() < 0.6:  # an ink blot
        blot = Image.new("L", (D, D), 0)
        bd = ImageDraw.Draw(blot)
        ox, oy = P(rng.uniform(4, 56), rng.uniform(6, 38))
        for _ in range(14):
            r = rng.uniform(0.15, 0.7) * s
            px_, py_ = ox + rng.gauss(0, 0.5 * s), oy + rng.gauss(0, 0.4 * s)
            bd.ellipse((px_ - r, py_ - r, px_ + r, py_ + r), fill=255)
        blot = np.asarray(blot.filter(ImageFilter.GaussianBlur(1.5)), float)[:, :, None] / 255 * 0.85
        pixels = pixels * (1 - blot) + np.array((18, 22, 50), float)[None, None, :] * blot
    chalk = np.clip(smooth_noise(noise, (D, D), 8) - rng.uniform(0.6, 1.4), 0, 1)[:, :, None] * rng.uniform(0.08, 0.22)
    pixels = pixels * (1 - chalk) + 236 * chalk
    pixels *= (1 + 0.02 * noise.normal(0, 1, (D, D)))[:, :, None]
    scene = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    scene = scene.rotate(turn, resample=Image.BICUBIC, center=(D / 2, D / 2), fillcolor=tuple(int(c) for c in wood))
    left, top = (D - width) // 2, (D - height) // 2
    scene = scene.crop((left, top, left + width, top + height))
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    lit = math.radians(rng.uniform(0, 360))
    ramp = 1 + 0.12 * ((xx / width - 0.5) * math.cos(lit) + (yy / height - 0.5) * math.sin(lit))
    pixels = np.asarray(scene, float) * ramp[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def surface(rng, name, size):
    if name == "folder":
        return folder(rng, size)
    assert name == "desk", name
    return desk(rng, size)


# ---------------------------------------------------------------------------------------------
# Conditions

def sleeve_glare(rng, image):
    """The document in a clear plastic sleeve, photographed under the tubes: the sleeve a little
    larger than the document on three sides, its welded seams (a bright and a dark line) just
    outside the document's edges, its open mouth's cut edge on the fourth, the document perhaps
    standing a little out of it; inside it a faint milky haze and sheen; the tube's glare on the
    film as a broad bright patch along the tube's direction, its edges broken by the film's
    crinkles, and a crease or two catching the light."""
    width, height = image.size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    quad = document_quad(image)
    mouth = rng.randrange(4)  # 0 top, 1 right, 2 bottom, 3 left: the open side
    margins = [rng.uniform(0.025, 0.05) for _ in range(4)]
    margins[mouth] = rng.uniform(-0.06, 0.0)
    s0, t0, s1, t1 = -margins[3], -margins[0], 1 + margins[1], 1 + margins[2]
    corners = [on_document(quad, s0, t0), on_document(quad, s1, t0), on_document(quad, s1, t1), on_document(quad, s0, t1)]
    film = Image.new("L", image.size, 0)
    ImageDraw.Draw(film).polygon(corners, fill=255)
    film = np.asarray(film.filter(ImageFilter.GaussianBlur(1.0)), float) / 255
    pixels = np.asarray(image, float)
    haze = rng.uniform(0.04, 0.1)
    sheen = np.clip(0.5 + 0.5 * smooth_noise(noise, (height, width), 3), 0, 1) * rng.uniform(0.03, 0.08)
    veil = film * (haze + sheen)
    pixels = pixels * (1 - veil[:, :, None]) + 236 * veil[:, :, None]
    # The tube's glare: a long soft patch along the tube's direction, broken by crinkles.
    mx, my = on_document(quad, rng.uniform(0.15, 0.85), rng.uniform(0.15, 0.85))
    diag = math.hypot(quad[2][0] - quad[0][0], quad[2][1] - quad[0][1])
    a = rng.uniform(0, math.pi)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    along = (xx - mx) * math.cos(a) + (yy - my) * math.sin(a)
    across = -(xx - mx) * math.sin(a) + (yy - my) * math.cos(a)
    half_len, half_w = diag * rng.uniform(0.2, 0.45), diag * rng.uniform(0.05, 0.12)
    patch = np.exp(-(np.maximum(np.abs(along) - half_len, 0) / (0.25 * half_len)) ** 2 - (across / half_w) ** 2)
    crinkle = smooth_noise(noise, (height, width), rng.uniform(25, 45))
    broken = np.clip(0.55 + 0.6 * crinkle, 0, 1)
    glare = np.clip(patch * (0.6 + 0.4 * broken) * rng.uniform(0.65, 0.95), 0, 0.92) * film
    pixels = pixels * (1 - glare[:, :, None]) + 252 * glare[:, :, None]
    # A crease or two in the film, catching the light.
    creases = Image.new("L", image.size, 0)
    cd = ImageDraw.Draw(creases)
    for _ in range(rng.randint(1, 3)):
        x0, y0 = on_document(quad, rng.uniform(-0.05, 1.05), rng.uniform(-0.05, 1.05))
        heading = rng.uniform(0, 2 * math.pi)
        points = []
        for k in range(10):
            points.append((x0, y0))
            heading += rng.uniform(-0.2, 0.2)
            x0, y0 = x0 + diag * 0.03 * math.cos(heading), y0 + diag * 0.03 * math.sin(heading)
        cd.line(points, fill=int(rng.uniform(90, 170)), width=2)
    creases = np.asarray(creases.filter(ImageFilter.GaussianBlur(1.2)), float) / 255 * film
    pixels = pixels * (1 - creases[:, :, None]) + 250 * creases[:, :, None]
    # The welded seams on the three closed sides, the mouth's cut edge on the fourth.
    seams = Image.new("L", image.size, 0)
    darks = Image.new("L", image.size, 0)
    sd, dd = ImageDraw.Draw(seams), ImageDraw.Draw(darks)
    edges = [(corners[0], corners[1]), (corners[1], corners[2]), (corners[2], corners[3]), (corners[3], corners[0])]
    mx_, my_ = sum(x for x, _ in corners) / 4, sum(y for _, y in corners) / 4
    for k, (p, q) in enumerate(edges):
        if k == mouth:
            sd.line(p + q, fill=200, width=1)
            continue
        sd.line(p + q, fill=230, width=2)
        inset = [(x + (mx_ - x) * 0.012, y + (my_ - y) * 0.012) for x, y in (p, q)]
        dd.line(inset[0] + inset[1], fill=150, width=2)
    seams = np.asarray(seams.filter(ImageFilter.GaussianBlur(0.7)), float)[:, :, None] / 255
    darks = np.asarray(darks.filter(ImageFilter.GaussianBlur(0.9)), float)[:, :, None] / 255
    pixels = pixels * (1 - 0.35 * darks)
    pixels = pixels * (1 - 0.6 * seams) + 250 * 0.6 * seams
    return finished(pixels, image)


def ceiling_fan(rng, image):
    """The turning ceiling fan's shadow: its three blades between the tubes and the desk throw
    soft sectors of shade round the hub, each swept through the angle the fan turned within the
    exposure and blurred by the tubes' length; a fainter copy offset from it by a second tube;
    the whole frame tinted by the tubes' cool light."""
    width, height = image.size
    scale = 0.25
    w, h = int(width * scale), int(height * scale)
    big = max(w, h)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    fx, fy = rng.uniform(-0.1, 1.1) * w, rng.uniform(-0.1, 1.1) * h
    length = rng.uniform(0.9, 1.6) * big
    blades = rng.choice([3, 3, 3, 4, 5])
    chord = rng.uniform(0.1, 0.16) * length
    sweep = rng.uniform(0.25, 1.2)
    phase = rng.uniform(0, 2 * math.pi)
    strength = rng.uniform(0.2, 0.36)

    def shadow(cx, cy, amount):
        r = np.hypot(xx - cx, yy - cy) + 1e-3
        theta = np.arctan2(yy - cy, xx - cx) - phase
        period = 2 * math.pi / blades
        # The blade's middle sweeps from 0 to `sweep`: how long each angle is under a blade.
        rel = (theta - sweep / 2 + period / 2) % period - period / 2 + sweep / 2
        half = np.arctan(chord / 2 / r)
        covered = np.clip(np.minimum(rel + half, sweep) - np.maximum(rel - half, 0), 0, None) / max(sweep, 1e-3)
        covered = np.clip(covered, 0, 1)
        reach = np.clip((length - r) / (0.08 * length), 0, 1) * np.clip((r - 0.05 * length) / (0.03 * length), 0, 1)
        hub = np.clip((0.07 * length - r) / (0.02 * length), 0, 1)
        return amount * np.maximum(covered * reach, hub)

    shade = shadow(fx, fy, strength)
    if rng.random() < 0.7:  # a second tube: a fainter shadow beside the first
        offset = rng.uniform(0.08, 0.25) * big
        b = rng.uniform(0, 2 * math.pi)
        shade = np.maximum(shade, shadow(fx + offset * math.cos(b), fy + offset * math.sin(b), strength * rng.uniform(0.4, 0.7)))
    soft = Image.fromarray((np.clip(shade, 0, 1) * 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(0.015, 0.035) * big))
    shade = np.asarray(soft.resize((width, height), Image.BILINEAR), float) / 255
    tint = rng.choice([np.array((0.96, 1.0, 1.04)), np.array((0.95, 1.02, 0.98)), np.array((0.98, 1.0, 1.02))])
    pixels = np.asarray(image, float) * (1 - shade)[:, :, None] * tint[None, None, :]
    return finished(pixels, image)


def ring_light(rng, image):
    """The registration kit's LED ring light mirrored in the card's laminate: a bright ring (an
    ellipse, as the document is seen at a slant) over part of the document, a flat diffuser's
    even band or its LEDs apart as beads, with a soft glow round it; a faint broken copy of it on
    the desk's varnish; the frame lit a little brighter and cooler round the ring."""
    width, height = image.size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    quad = document_quad(image)
    mask = document_mask(image, blur=1.0)
    cx, cy = on_document(quad, rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8))
    doc_w = math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1])
    radius = rng.uniform(0.12, 0.28) * doc_w
    thick = rng.uniform(0.1, 0.2) * radius
    a = rng.uniform(0, math.pi)
    squash = rng.uniform(0.75, 1.0)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    u = (xx - cx) * math.cos(a) + (yy - cy) * math.sin(a)
    v = (-(xx - cx) * math.sin(a) + (yy - cy) * math.cos(a)) / squash
    d = np.hypot(u, v)
    band = np.clip((thick / 2 - np.abs(d - radius)) / 1.5 + 0.5, 0, 1)
    if rng.random() < 0.4:  # no diffuser: the LEDs apart
        leds = rng.choice([48, 60, 72, 96])
        angle = np.arctan2(v, u)
        beads = np.clip(np.cos(angle * leds / 2) ** 2 * 1.8 - 0.4, 0, 1)
        band *= beads
    glow = 0.3 * np.exp(-((d - radius) / (1.5 * thick)) ** 2)
    ring = np.clip(band + glow, 0, 1) * rng.uniform(0.75, 0.95)
    varnish = np.clip(0.5 + 0.7 * smooth_noise(noise, (height, width), 30), 0, 1) * 0.25
    reflection = ring * (mask + (1 - mask) * varnish)
    light = 1 + 0.12 * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (2.5 * radius) ** 2))
    pixels = np.asarray(image, float) * light[:, :, None] * np.array((0.98, 1.0, 1.03))[None, None, :]
    pixels = pixels * (1 - reflection[:, :, None]) + np.array((250, 252, 255), float)[None, None, :] * reflection[:, :, None]
    return finished(pixels, image)


NOTES = [(250, 234, 96), (252, 168, 196), (190, 236, 140), (252, 186, 96), (156, 214, 242)]
NOTE_TEXTS = [["No. {n}"], ["Q {n}"], ["No. {n}", "Stream {s}"], ["{phone}"], ["Desk {d}", "No. {n}"],
              ["copy x2", "{phone}"], ["Stn {d}", "{n}"], ["Collect", "Tue"]]


def note_text(rng, line):
    phone = "07" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return line.format(n=rng.randint(1, 240), s=rng.choice("ABCDE"), d=rng.randint(1, 12),
                       phone=phone[:4] + " " + phone[4:7] + " " + phone[7:])


def sticky_note(rng, image):
    """The clerk's sticky note beside the document: a square of coloured paper with a queue
    number, a stream or a phone number in marker, its glued strip a little glossier, its free end
    curling up (lit and shaded across the curl) with a soft shadow under it; either stuck with a
    corner over the document's outermost edge (moved outwards until it clears all but the outer
    three hundredths of the document, where no field or MRZ is printed) or tucked under it."""
    quad = document_quad(image)
    mx, my = sum(x for x, _ in quad) / 4, sum(y for _, y in quad) / 4
    long_side = max(math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]),
                    math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]))
    short_side = min(math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]),
                     math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]))
    per_mm = long_side / (85.6 if long_side / max(short_side, 1) > 1.5 else 125.0)
    side_w, side_h = rng.choice([(51, 38), (38, 51), (51, 38), (38, 51), (76, 76), (76, 51)])
    nw, nh = int(side_w * per_mm), int(side_h * per_mm)
    colour = np.array(rng.choice(NOTES), float)
    # The note flat: paper, the glued strip, the marker's words.
    flat = Image.new("RGB", (nw, nh), tuple(int(c) for c in colour))
    fd = ImageDraw.Draw(flat)
    fd.rectangle((0, 0, nw, int(nh * 0.16)), fill=tuple(int(min(255, c * 1.03 + 4)) for c in colour))
    lines = [note_text(rng, line) for line in rng.choice(NOTE_TEXTS)]
    ink = rng.choice([(20, 30, 120), (20, 20, 24), (170, 20, 30)])
    size = int(min(nh / (len(lines) + 1.6), nw / 4.5))
    y = nh * 0.24
    for line in lines:
        f = fitted(fd, line, BREIP, size, nw * 0.86, smallest=8)
        fd.text((nw * 0.08 + rng.uniform(-2, 2), y), line, font=f, fill=ink)
        y += size * 1.05
    fp = np.asarray(flat, float)
    ys = np.linspace(0, 1, nh)[:, None]
    curl_from = rng.uniform(0.7, 0.85)
    curl = np.clip((ys - curl_from) / (1 - curl_from), 0, 1)
    fp = fp * (1 + 0.12 * np.sin(curl * math.pi) - 0.22 * curl ** 2)[:, :, None]
    fp *= (1 + 0.015 * np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 1, fp.shape[:2]))[:, :, None]
    flat = Image.fromarray(np.clip(fp, 0, 255).astype(np.uint8))
    alpha = Image.new("L", (nw, nh), 255)
    angle = rng.uniform(-25, 25)
    flat_r = flat.rotate(angle, expand=True, resample=Image.BICUBIC)
    alpha_r = alpha.rotate(angle, expand=True, resample=Image.BILINEAR)
    tucked = rng.random() < 0.4
    k = rng.randrange(4)
    (ax, ay), (bx, by) = quad[k], quad[(k + 1) % 4]
    along = rng.uniform(0.05, 0.95)
    ex, ey = ax + (bx - ax) * along, ay + (by - ay) * along
    ox, oy = ex - mx, ey - my
    norm = math.hypot(ox, oy) or 1
    ox, oy = ox / norm, oy / norm
    inner = Image.new("L", image.size, 0)
    ImageDraw.Draw(inner).polygon([(mx + 0.97 * (x - mx), my + 0.97 * (y - my)) for x, y in quad], fill=255)
    inner_a = np.asarray(inner, float) / 255
    doc = document_mask(image, blur=1.0)

    def placed(reach):
        px_, py_ = ex + ox * reach - flat_r.width / 2, ey + oy * reach - flat_r.height / 2
        layer = Image.new("L", image.size, 0)
        layer.paste(alpha_r, (int(px_), int(py_)))
        return (int(px_), int(py_)), np.asarray(layer, float) / 255

    reach = (0.15 if tucked else 0.5) * max(nw, nh)
    for _ in range(40):
        origin, cover = placed(reach)
        if tucked or (cover * inner_a).sum() < 1:
            break
        reach += 0.04 * max(nw, nh)
    note = Image.new("RGB", image.size, (0, 0, 0))
    note.paste(flat_r, origin)
    cover = np.clip(cover, 0, 1)
    if tucked:
        cover = cover * (1 - doc)
    shadow = Image.fromarray((cover * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(max(2.0, 0.02 * nw)))
    shadow = np.asarray(shadow, float) / 255
    shift = max(2, int(0.02 * nw))
    shadow = np.roll(np.roll(shadow, shift, axis=0), shift // 2, axis=1)
    pixels = np.asarray(image, float) * (1 - 0.35 * shadow * (1 - cover))[:, :, None]
    pixels = pixels * (1 - cover[:, :, None]) + np.asarray(note, float) * cover[:, :, None]
    return finished(pixels, image)


def apply_condition(rng, image, condition):
    handlers = dict(sleeve_glare=sleeve_glare, ceiling_fan=ceiling_fan, ring_light=ring_light, sticky_note=sticky_note)
    return handlers[condition](rng, image), None
