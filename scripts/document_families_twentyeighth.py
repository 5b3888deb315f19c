"""The twenty-eighth held-out layout families for scripts/make-documents.py: `crossing` and
`chama` (their specs are in document_families.FAMILIES, which says what they look like). This
module draws both, the surfaces they lie on and the four capture conditions that come with them.

Why these two. Both are places where documents are photographed for KYC in these countries that
no earlier family shows:

`crossing`: the traveller's or cross-border trader's document laid on the BONNET of the car or
the minibus in the queue at a border post (Beitbridge, Chirundu, Kazungula, Busia, Malaba,
Mutukula, Seme, Aflao), photographed in the midday heat for a money-transfer app's, a
cross-border mobile-money wallet's or a travel insurer's sign-up while the queue waits under the
car park's shade net. The layout: the state's style in small capitals over the country's name
in large OUTLINED (hollow) letters at the top left, the arms before them, the document's kind
and its number right-aligned at the top right; the portrait at the left printed in one colour,
a warm SEPIA DUOTONE, in a thin frame, the signature under it; every field after a short brick-
red ACCENT BAR down its left side, the caption in small letter-spaced capitals over the value
(`SURNAME`, `FORENAMES`, `DATE OF BIRTH`, `SEX`, `NATIONALITY`, `EXPIRES`); the personal
number large in white in a dark petrol PILL across the foot; dates run together with the
month's letters, `14SEP1987`; a pale sand paper with coloured SECURITY FIBRES and small
planchettes in it and fine relief waves, petrol and brick whatever the issuer; on a passport the
number also PERFORATED down the page's right edge in holes of a dot matrix, reading upwards,
through which the bonnet shows; the back a PDF417 stacked barcode. Title in Switzera ADF Bold
Condensed and millimetre Extrablack (the hollow name), captions in Switzera ADF Condensed, values
in Averia Sans GWF Bold, the numbers in Anonymous Pro Bold (Debian's fonts-adf-switzera,
fonts-millimetre, fonts-averia-sans-gwf and fonts-anonymous-pro, new with these families).
Surface: `bonnet` (the car's painted bonnet, white, silver, red, blue, beige or black: its
gloss mirroring the sky and clouds and a dark line of trees or roofs, bent by its curve, a
swage line along it, a film of dust with a wiped streak, dried water spots; at an edge now and
then the windscreen's foot with its black cowl and a wiper, or the gap to the wing). Conditions:
`heat_shimmer` (the air over the hot bonnet bending the light: every part of the frame a pixel
or two off in a slowly wandering field, a little soft where the air is thickest) and `shade_net`
(the shadow of the car park's knitted shade net: a fine soft lattice of light and shade over
everything, a darker seam now and then, the light through a green net tinted, the exposure
brought back up).

`chama`: the member's document laid on the savings group's RECORD BOOK at the group's evening
meeting (a chama in Kenya, a stokvel in South Africa, mukando in Zimbabwe, susu in Ghana, esusu
or ajo in Nigeria, a VSLA in Uganda), photographed by the treasurer who is registering the
members for the group's bank or mobile-money account, often in a power cut. The layout: the
title in Quattrocento reversed out of a header band that fades from one flag colour to another,
the arms at its left and a round seal at its right; every caption a white CHIP (a rounded tag
filled indigo) on the value's own line, the value after it, so the values start where their
chips end (`ID NO.`, `SURNAME`, `NAMES`, then `SEX` and `DATE OF BIRTH` on one line,
`NATIONALITY`, `DATE OF EXPIRY`, `CARD NO.`); the ID number first, under the band; the portrait at the left in
a frame with CUT (chamfered) corners, a saffron rule round it, the signature under it; dates as
two-digit day, month and year apart, `14 09 87`; an ivory ground carved as a Swahili (Lamu)
door's frieze: bands of interlocking chain, rows of rosettes and lotus fans, terracotta and teal
whatever the issuer; the back a LEFT THUMBPRINT in its box beside the birthplace, issue and
authority, and a Data Matrix code. Title in Quattrocento, chips in Karmilla Bold, values in
Century Catalogue, the ID number in Inconsolata (Debian's fonts-quattrocento, fonts-karmilla,
fonts-century-catalogue and fonts-inconsolata, new with these families). Surface: `cashbook`
(the group's ruled record book open on the table: blue ruled lines, red money columns, the
treasurer's handwritten headings and the members' entries, names, phone numbers, shares and
savings, ticks; the gutter's shadow between the pages, and beyond the book the table). Conditions:
`torch` (load shedding: the lights off and the scene lit only by a second phone's torch held off
to one side, a hard cool-white spot with the LED's rings falling off into a dark, noisy, warm
room) and `pen` (the treasurer's ballpoint pen lying across a corner or an edge of the document
with its soft shadow, never over the document's fields).

document_families.py imports this module only when one of these families is drawn, one of their
surfaces laid or one of their conditions applied, so every other family's documents stay the
same, image for image, for a seed. Truth, MRZ, ID numbers and tampering are the shared code's:
this module only draws them (values_of gives what tampering put there).
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from document_families import FLAG_STRIPES, HANDS, draw_mrz, scribble
from document_families_eleventh import coat_of_arms
from document_families_nineteenth import companion_rng, values_of
from document_families_seventeenth import fitted, spaced
from document_families_twentieth import notice
from document_families_twentysixth import document_quad, finished, font, mix, smooth_noise

ADF = "/usr/share/fonts/truetype/adf/"
SWITZERA_COND = ADF + "SwitzeraADF-Cond.otf"
SWITZERA_BOLD_COND = ADF + "SwitzeraADF-BoldCond.otf"
MILLIMETRE = "/usr/share/fonts/opentype/millimetre/millimetreA Extrablack 01.otf"
AVERIA_BOLD = "/usr/share/fonts/truetype/averia-gwf/AveriaSansGWF-Bold.ttf"
ANONYMOUS_BOLD = "/usr/share/fonts/truetype/anonymous-pro/Anonymous Pro B.ttf"
QUATTROCENTO = "/usr/share/fonts/opentype/quattrocento/Quattrocento-Regular.otf"
KARMILLA_BOLD = "/usr/share/fonts/truetype/karmilla/Karmilla-Bold.ttf"
KARMILLA = "/usr/share/fonts/truetype/karmilla/Karmilla-Regular.ttf"
CENTURY = "/usr/share/fonts/truetype/fonts-century-catalogue/Century-Catalogue.ttf"
INCONSOLATA = "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf"
# The record book's printed headings are a stationer's (Carlito, Calibri's metrics) and the
# treasurer writes in it with a ballpoint (the handwriting faces of fonts-bwht): faces earlier
# families already need.
CARLITO_BOLD = "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"
CARD = (1012, 638)
PAGE = (1250, 880)
KINDS = {"id_card": "NATIONAL IDENTITY CARD", "passport": "PASSPORT"}

PETROL = (18, 74, 92)
BRICK = (172, 56, 38)
SAND = (244, 237, 220)
CROSS_INK = (24, 26, 30)
CROSS_CAPTION = (60, 88, 98)
INDIGO = (42, 46, 112)
SAFFRON = (226, 152, 28)
IVORY = (250, 246, 234)
TERRACOTTA = (178, 94, 62)
TEAL = (38, 120, 118)
CHAMA_INK = (22, 20, 26)
MRZ_PAPER = (251, 250, 246)


def split_style(spec):
    """The state's style and the country's name of the title (`REPUBLIC OF`, `KENYA`)."""
    title, name = spec["title"], spec["name"]
    style = title[:-len(name)].strip() if title.endswith(name) else " ".join(title.split()[:-1])
    return style, title[len(style):].strip()


# ---------------------------------------------------------------------------------------------
# `crossing`: a hollow name, accent bars, a sepia portrait, the number in a pill, perforations

FIBRES = [(206, 40, 52), (36, 84, 196), (40, 150, 80), (222, 172, 30)]


def fibre_ground(rng, size, color):
    """A pale sand paper: fine relief waves across it (lines a little lighter and darker by
    turns, their spacing breathing), coloured security fibres (short curved threads, red, blue,
    green and yellow) and small pale planchettes (discs) in it, the paper's faint cloud."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    paper = mix(SAND, color, 0.16)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    phase = yy / 7.0 + 3.2 * np.sin(xx / rng.uniform(90, 140)) + 1.6 * np.sin(xx / rng.uniform(33, 47) + yy / 210)
    relief = 0.035 * np.sin(2 * math.pi * phase) * (0.6 + 0.4 * np.sin(xx / 260 + yy / 180))
    cloud = 0.018 * smooth_noise(noise, (height, width), 12)
    pixels = np.array(paper, float)[None, None, :] * (1 + relief + cloud)[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(int(width * height / 5200)):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        length, heading, bend = rng.uniform(8, 26), rng.uniform(0, 2 * math.pi), rng.uniform(-0.12, 0.12)
        points = []
        for k in range(8):
            points.append((x, y))
            heading += bend
            x, y = x + length / 7 * math.cos(heading), y + length / 7 * math.sin(heading)
        draw.line(points, fill=rng.choice(FIBRES) + (int(rng.uniform(70, 130)),), width=1)
    for _ in range(int(width * height / 9000)):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(1.6, 3.0)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=mix(paper, rng.choice(FIBRES), 0.35) + (150,))
    image.paste(layer, (0, 0), layer)
    return image


def sepia(photo):
    """The portrait printed in one colour: its greys mapped from a dark brown to a warm paper."""
    grey = np.asarray(photo.convert("L"), float) / 255
    grey = np.clip((grey - 0.04) / 0.92, 0, 1) ** 0.9
    dark, light = np.array((50, 32, 22), float), np.array((250, 238, 214), float)
    pixels = dark[None, None, :] * (1 - grey[:, :, None]) + light[None, None, :] * grey[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def hollow_header(draw, spec, kind, width, cardno_caption, cardno):
    """The arms, the state's style over the country's name in hollow letters at the top left;
    the kind and the document's number right-aligned at the top right; a brick rule under all."""
    style, name = split_style(spec)
    coat_of_arms(draw, 60, 62, 36, PETROL)
    x = 112
    spaced(draw, (x, 14), style, font(SWITZERA_BOLD_COND, 22), PETROL, tracking=2.0)
    room = width * 0.56 - x
    f = fitted(draw, name, MILLIMETRE, 62, room, smallest=30, tracking=4.0)
    spaced_outline(draw, (x - 2, 40), name, f, PETROL, SAND, 4.0)
    kind_text = KINDS[kind]
    k = font(SWITZERA_BOLD_COND, 24)
    w = draw.textlength(kind_text, font=k) + 1.5 * len(kind_text)
    spaced(draw, (width - 30 - w, 16), kind_text, k, BRICK, tracking=1.5)
    if cardno:
        c = font(SWITZERA_COND, 15)
        w = draw.textlength(cardno_caption.upper(), font=c) + 1.6 * len(cardno_caption)
        spaced(draw, (width - 30 - w, 52), cardno_caption.upper(), c, CROSS_CAPTION, tracking=1.6)
        draw.text((width - 30, 72), cardno, font=font(ANONYMOUS_BOLD, 28), fill=CROSS_INK, anchor="ra")
    draw.line((28, 120, width - 28, 120), fill=BRICK, width=3)
    draw.line((28, 126, width - 28, 126), fill=PETROL, width=1)


def spaced_outline(draw, xy, text, f, ink, paper, tracking):
    """Letter-spaced hollow letters: each letter's outline in `ink`, its inside the paper's."""
    x, y = xy
    for ch in text:
        draw.text((x, y), ch, font=f, fill=paper, stroke_width=2, stroke_fill=ink)
        x += draw.textlength(ch, font=f) + tracking


def accent_field(draw, x, y, caption, value, width, size=32, path=AVERIA_BOLD):
    """A field after a brick accent bar: the caption in small letter-spaced capitals, the value
    under it."""
    if not value:
        return
    draw.rectangle((x, y + 2, x + 4, y + 58), fill=BRICK)
    spaced(draw, (x + 14, y), caption.upper(), font(SWITZERA_COND, 16), CROSS_CAPTION, tracking=1.6)
    draw.text((x + 14, y + 21), value, font=fitted(draw, value, path, size, width - 16, smallest=16), fill=CROSS_INK)


def number_pill(draw, x0, y0, x1, y1, caption, number):
    """The personal number large in white in a dark petrol pill, its caption inside at the left."""
    r = (y1 - y0) / 2
    draw.rounded_rectangle((x0, y0, x1, y1), radius=r, fill=PETROL)
    c = font(SWITZERA_COND, 15)
    spaced(draw, (x0 + r, y0 + 8), caption.upper(), c, (196, 222, 226), tracking=1.6)
    f = fitted(draw, number, ANONYMOUS_BOLD, 42, x1 - x0 - 2 * r, smallest=24, tracking=3.0)
    spaced(draw, (x0 + r, y0 + 26), number, f, (255, 255, 255), tracking=3.0)


def flag_foot(draw, alpha3, width, height, left=0):
    stripes = FLAG_STRIPES[alpha3]
    step = (width - left) / len(stripes)
    for k, colour in enumerate(stripes):
        draw.rectangle((left + k * step, height - 12, left + (k + 1) * step, height), fill=colour)


# A 5 x 7 dot-matrix face for the perforated number (the rows of each glyph from the top).
DOTS = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    "01110 10001 10011 10101 11001 10001 01110", "00100 01100 00100 00100 00100 00100 01110",
    "01110 10001 00001 00010 00100 01000 11111", "11111 00010 00100 00010 00001 10001 01110",
    "00010 00110 01010 10010 11111 00010 00010", "11111 10000 11110 00001 00001 10001 01110",
    "00110 01000 10000 11110 10001 10001 01110", "11111 00001 00010 00100 01000 01000 01000",
    "01110 10001 10001 01110 10001 10001 01110", "01110 10001 10001 01111 00001 00010 01100",
    "01110 10001 10001 10001 11111 10001 10001", "11110 10001 10001 11110 10001 10001 11110",
    "01110 10001 10000 10000 10000 10001 01110", "11100 10010 10001 10001 10001 10010 11100",
    "11111 10000 10000 11110 10000 10000 11111", "11111 10000 10000 11110 10000 10000 10000",
    "01110 10001 10000 10111 10001 10001 01111", "10001 10001 10001 11111 10001 10001 10001",
    "01110 00100 00100 00100 00100 00100 01110", "00111 00010 00010 00010 00010 10010 01100",
    "10001 10010 10100 11000 10100 10010 10001", "10000 10000 10000 10000 10000 10000 11111",
    "10001 11011 10101 10101 10001 10001 10001", "10001 10001 11001 10101 10011 10001 10001",
    "01110 10001 10001 10001 10001 10001 01110", "11110 10001 10001 11110 10000 10000 10000",
    "01110 10001 10001 10001 10101 10010 01101", "11110 10001 10001 11110 10100 10010 10001",
    "01111 10000 10000 01110 00001 00001 11110", "11111 00100 00100 00100 00100 00100 00100",
    "10001 10001 10001 10001 10001 10001 01110", "10001 10001 10001 10001 10001 01010 00100",
    "10001 10001 10001 10101 10101 10101 01010", "10001 10001 01010 00100 01010 10001 10001",
    "10001 10001 10001 01010 00100 00100 00100", "11111 00001 00010 00100 01000 10000 11111"]))


def dot_glyph(ch):
    """A character as a 5 x 7 dot matrix (rows of booleans from the top); blank if unknown."""
    rows = DOTS.get(ch, "00000 " * 6 + "00000").split()
    return np.array([[c == "1" for c in row] for row in rows])


def perforate(image, text, x, y_bottom, pitch=7.0, radius=2.3):
    """`text` perforated in holes of a dot matrix, reading upwards from `y_bottom` along x (the
    letters' feet towards the page's edge), as passports perforate their number through the
    page: an RGBA image, the holes clear, each with a faint burnt rim."""
    rgba = image.convert("RGBA")
    alpha = Image.new("L", image.size, 255)
    ad, draw = ImageDraw.Draw(alpha), ImageDraw.Draw(rgba)
    y = y_bottom
    for ch in text:
        cells = dot_glyph(ch)
        for row in range(7):
            for col in range(5):
                if not cells[row, col]:
                    continue
                # Turned a quarter anticlockwise: the glyph's columns run up the page, its rows
                # across it.
                cx, cy = x + row * pitch, y - col * pitch
                draw.ellipse((cx - radius - 1, cy - radius - 1, cx + radius + 1, cy + radius + 1), fill=(150, 120, 90, 255))
                ad.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=0)
        y -= 7 * pitch
    rgba.putalpha(alpha)
    return rgba


def crossing_front(rng, truth, spec, family, kind, photo):
    values = values_of(truth, spec, family, kind)
    width, height = CARD if kind == "id_card" else PAGE
    image = fibre_ground(rng, (width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    if kind == "id_card":
        labels = family["labels"]
        hollow_header(draw, spec, kind, width, labels["cardno"], values["cardno"])
        px, py = 34, 144
        draw.rectangle((px - 5, py - 5, px + photo.width + 4, py + photo.height + 4), outline=PETROL, width=2)
        image.paste(sepia(photo), (px, py))
        under = py + photo.height + 10
        scribble(draw, companion_rng(truth, "crossing-sign"), px + 10, under, photo.width - 20, 40, (28, 34, 80))
        draw.line((px, under + 50, px + photo.width, under + 50), fill=CROSS_CAPTION, width=1)
        spaced(draw, (px, under + 54), labels["signature"].upper(), font(SWITZERA_COND, 13), CROSS_CAPTION, tracking=1.2)
        x0 = px + photo.width + 40
        accent_field(draw, x0, 142, labels["surname"], values["surname"], width - 30 - x0, 38)
        accent_field(draw, x0, 220, labels["given"], values["given"], width - 30 - x0, 34)
        accent_field(draw, x0, 298, labels["dob"], values["dob"], 270, 32)
        accent_field(draw, x0 + 300, 298, labels["sex"], values["sex"], 120, 32)
        accent_field(draw, x0, 376, labels["nationality"], values["nationality"], 290, 30)
        accent_field(draw, x0 + 300, 376, labels["expiry"], values["expiry"], 270, 32)
        if values["id"]:
            number_pill(draw, x0 - 4, 466, width - 30, 546, labels["id"], values["id"])
        flag_foot(draw, spec["alpha3"], width, height)
        return image
    labels = family["passport_labels"]
    hollow_header(draw, spec, kind, width, labels["docno"], values["docno"])
    px, py = 36, 146
    draw.rectangle((px - 5, py - 5, px + photo.width + 4, py + photo.height + 4), outline=PETROL, width=2)
    image.paste(sepia(photo), (px, py))
    under = py + photo.height + 14
    scribble(draw, companion_rng(truth, "crossing-sign"), px + 10, under, photo.width - 20, 46, (28, 34, 80))
    draw.line((px, under + 56, px + photo.width, under + 56), fill=CROSS_CAPTION, width=1)
    x0 = px + photo.width + 40
    right = 1150
    accent_field(draw, x0, 142, labels["type"], values["type"], 90, 32)
    accent_field(draw, x0 + 110, 142, labels["code"], values["code"], 130, 32)
    accent_field(draw, x0 + 260, 142, labels["docno"], values["docno"], right - x0 - 260, 32, ANONYMOUS_BOLD)
    accent_field(draw, x0, 220, labels["surname"], values["surname"], right - x0, 38)
    accent_field(draw, x0, 298, labels["given"], values["given"], right - x0, 34)
    accent_field(draw, x0, 376, labels["dob"], values["dob"], 260, 32)
    accent_field(draw, x0 + 290, 376, labels["sex"], values["sex"], 90, 32)
    accent_field(draw, x0 + 400, 376, labels["nationality"], values["nationality"], right - x0 - 400, 30)
    accent_field(draw, x0, 454, labels["pob"], values["pob"], 370, 28)
    accent_field(draw, x0 + 400, 454, labels["authority"], values["authority"], right - x0 - 400, 26)
    accent_field(draw, x0, 532, labels["issue"], values["issue"], 260, 32)
    accent_field(draw, x0 + 290, 532, labels["expiry"], values["expiry"], 260, 32)
    draw.rectangle((0, 680, width, height), fill=MRZ_PAPER)
    draw.line((0, 680, width, 680), fill=BRICK, width=3)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return perforate(image, values["docno"], 1184, 628)


def pdf417(draw, rng, x, y, cols, rows, module, row_height, ink):
    """A PDF417-like stacked barcode: the start pattern, a left row indicator, `cols` data
    codewords of 17 modules (four bars and four spaces each) on each of `rows` rows, a right
    indicator and the stop pattern."""
    start = [8, 1, 1, 1, 1, 1, 1, 3]
    stop = [7, 1, 1, 3, 1, 1, 1, 2, 1]

    def word():
        while True:
            widths = [rng.randint(1, 6) for _ in range(8)]
            if sum(widths) == 17:
                return widths
            if sum(widths) < 17:
                widths[rng.randrange(8)] += 17 - sum(widths)
                if max(widths) <= 6:
                    return widths

    for j in range(rows):
        cx = x
        top = y + j * row_height
        for pattern in [start] + [word() for _ in range(cols + 2)] + [stop]:
            bar = True
            for w in pattern:
                if bar:
                    draw.rectangle((cx, top, cx + w * module - 1, top + row_height - 1), fill=ink)
                cx += w * module
                bar = not bar


def crossing_back(rng, truth, spec, family):
    labels = family["labels"]
    values = values_of(truth, spec, family, "id_card")
    width, height = CARD
    image = fibre_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 12), fill=PETROL)
    accent_field(draw, 40, 40, labels["pob"], values["pob"], 460, 30)
    accent_field(draw, 40, 118, labels["issue"], values["issue"], 260, 30)
    accent_field(draw, 40, 196, labels["authority"], values["authority"], 520, 26)
    draw.rectangle((596, 34, 980, 222), fill=(252, 251, 247))
    pdf417(draw, companion_rng(truth, "crossing-pdf417"), 617, 44, 6, 28, 2, 6, CROSS_INK)
    y = 294
    f = font(SWITZERA_COND, 17)
    line = ""
    for word in notice(spec).split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > 900):
            draw.text((40, y), line, font=f, fill=PETROL)
            line, y = word or "", y + 22
        else:
            line = (line + " " + word).strip()
    draw.rectangle((0, 432, width, height), fill=MRZ_PAPER)
    draw.line((0, 432, width, 432), fill=BRICK, width=3)
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `chama`: caption chips, a fading header band, a chamfered portrait, a thumbprint

def lamu_ground(rng, size, color):
    """An ivory ground carved as a Swahili door's frieze: bands of interlocking chain (links
    overlapping along a line), between them rows of eight-petalled rosettes and lotus fans by
    turns, in pale terracotta and teal."""
    width, height = size
    paper = mix(IVORY, color, 0.12)
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    chain, leaf = mix(paper, TERRACOTTA, 0.22), mix(paper, TEAL, 0.2)
    band = 104
    offset = rng.uniform(0, band)
    y = -band + offset
    row = 0
    while y < height + band:
        # A chain: oval links overlapping along the line, a rule either side.
        for x in np.arange(-30 + (row % 2) * 17, width + 40, 34):
            draw.ellipse((x - 24, y - 10, x + 24, y + 10), outline=chain, width=2)
        draw.line((0, y - 16, width, y - 16), fill=chain, width=1)
        draw.line((0, y + 16, width, y + 16), fill=chain, width=1)
        cy = y + band / 2
        for k, x in enumerate(np.arange(-40 + (row % 2) * 52, width + 60, 104)):
            if (k + row) % 2 == 0:  # a rosette
                for p in range(8):
                    a = p * math.pi / 4
                    px, py = x + 16 * math.cos(a), cy + 16 * math.sin(a)
                    draw.ellipse((px - 9, py - 9, px + 9, py + 9), outline=leaf, width=2)
                draw.ellipse((x - 6, cy - 6, x + 6, cy + 6), fill=leaf)
            else:  # a lotus fan: petals from a base
                for p in range(5):
                    a = math.radians(-150 + p * 30)
                    tip = (x + 26 * math.cos(a), cy + 14 + 26 * math.sin(a))
                    draw.line((x, cy + 14, tip[0], tip[1]), fill=leaf, width=2)
                    draw.ellipse((tip[0] - 5, tip[1] - 5, tip[0] + 5, tip[1] + 5), outline=leaf, width=2)
                draw.arc((x - 16, cy + 4, x + 16, cy + 24), 0, 180, fill=leaf, width=2)
        y += band
        row += 1
    return image


def band_colours(alpha3):
    """Two colours of the issuer's flag (the first and the last that is neither white nor the
    first), darkened so that white reads on them."""
    stripes = [c for c in FLAG_STRIPES[alpha3] if sum(c) < 600]
    first = stripes[0]
    second = next((c for c in reversed(stripes) if c != first), (20, 20, 20))
    return mix(first, (0, 0, 0), 0.3), mix(second, (0, 0, 0), 0.3)


def fading_band(image, y0, y1, alpha3):
    """A band across the document fading from one flag colour at the left to another at the right."""
    width = image.width
    a, b = (np.array(c, float) for c in band_colours(alpha3))
    t = np.linspace(0, 1, width)[None, :, None]
    band = a[None, None, :] * (1 - t) + b[None, None, :] * t
    band = np.repeat(band, y1 - y0, axis=0)
    image.paste(Image.fromarray(band.astype(np.uint8)), (0, y0))


def seal(draw, cx, cy, r, ink):
    """A round seal: two rings, a star, short rays between the rings."""
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=2)
    draw.ellipse((cx - 0.74 * r, cy - 0.74 * r, cx + 0.74 * r, cy + 0.74 * r), outline=ink, width=1)
    for k in range(24):
        a = k * math.pi / 12
        draw.line((cx + 0.78 * r * math.cos(a), cy + 0.78 * r * math.sin(a), cx + 0.94 * r * math.cos(a),
                   cy + 0.94 * r * math.sin(a)), fill=ink, width=1)
    star = [(cx + (0.5 * r if k % 2 == 0 else 0.2 * r) * math.sin(k * math.pi / 5),
             cy - (0.5 * r if k % 2 == 0 else 0.2 * r) * math.cos(k * math.pi / 5)) for k in range(10)]
    draw.polygon(star, outline=ink, width=2)


def chama_header(image, draw, spec, kind, band=96):
    width = image.width
    fading_band(image, 0, band, spec["alpha3"])
    white = (255, 255, 255)
    coat_of_arms(draw, 56, band / 2 - 4, 32, white)
    seal(draw, width - 56, band / 2, 32, white)
    title = spec["title"]
    f = fitted(draw, title, QUATTROCENTO, 40, width - 240, smallest=22, tracking=2.0)
    w = draw.textlength(title, font=f) + 2.0 * len(title)
    spaced(draw, (width / 2 - w / 2, 10), title, f, white, tracking=2.0)
    kind_text = KINDS[kind]
    k = font(KARMILLA_BOLD, 16)
    w = draw.textlength(kind_text, font=k) + 4.0 * len(kind_text)
    spaced(draw, (width / 2 - w / 2, band - 30), kind_text, k, mix(white, SAFFRON, 0.35), tracking=4.0)
    draw.rectangle((0, band, width, band + 5), fill=SAFFRON)


def chip(draw, x, y, caption, h=28):
    """A caption as a white chip: a rounded tag filled indigo; returns the x after it."""
    f = font(KARMILLA_BOLD, 15)
    w = draw.textlength(caption, font=f) + 1.2 * len(caption) + 20
    draw.rounded_rectangle((x, y, x + w, y + h), radius=h / 2 - 2, fill=INDIGO)
    spaced(draw, (x + 10, y + h / 2 - 10), caption, f, (255, 255, 255), tracking=1.2)
    return x + w


def chip_field(draw, x, y, caption, value, right, size=34, path=CENTURY, tracking=0.0):
    """A chip and the value after it on one line; returns the x after the value."""
    if not value:
        return x
    after = chip(draw, x, y + 6, caption) + 12
    room = right - after - (0 if tracking else value.count(" ") * 0.3 * size)
    f = fitted(draw, value, path, size, room, smallest=16, tracking=tracking)
    if tracking:
        w = spaced(draw, (after, y + 20 - f.size * 0.62), value, f, CHAMA_INK, tracking=tracking)
    else:  # word by word, the words set well apart (Century Catalogue's own space is narrow)
        gap = max(draw.textlength(" ", font=f), 0.42 * f.size)
        x = after
        for word in value.split(" "):
            draw.text((x, y + 20), word, font=f, fill=CHAMA_INK, anchor="lm")
            x += draw.textlength(word, font=f) + gap
        w = x - gap - after
    return after + w


def chamfered(image, draw, photo, x, y, cut=22):
    """The portrait in a frame with cut corners: an octagon's outline in saffron round it."""
    w, h = photo.size

    def octagon(x0, y0, x1, y1, c):
        return [(x0 + c, y0), (x1 - c, y0), (x1, y0 + c), (x1, y1 - c), (x1 - c, y1), (x0 + c, y1), (x0, y1 - c), (x0, y0 + c)]
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).polygon(octagon(0, 0, w - 1, h - 1, cut), fill=255)
    draw.polygon(octagon(x - 8, y - 8, x + w + 7, y + h + 7, cut + 3), outline=SAFFRON, width=3)
    image.paste(photo, (x, y), mask)
    draw.polygon(octagon(x, y, x + w - 1, y + h - 1, cut), outline=INDIGO, width=2)


def chama_front(rng, truth, spec, family, kind, photo):
    values = values_of(truth, spec, family, kind)
    width, height = CARD if kind == "id_card" else PAGE
    image = lamu_ground(rng, (width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    chama_header(image, draw, spec, kind)
    if kind == "id_card":
        labels = family["labels"]
        chip_field(draw, 36, 112, labels["id"], values["id"], 700, 40, INCONSOLATA, tracking=3.0)
        px, py = 44, 178
        chamfered(image, draw, photo, px, py)
        under = py + photo.height + 14
        scribble(draw, companion_rng(truth, "chama-sign"), px + 6, under, photo.width - 12, 40, (30, 30, 96))
        draw.text((px + photo.width / 2, under + 46), labels["signature"], font=font(KARMILLA, 14), fill=INDIGO,
                  anchor="ma")
        x0, right = px + photo.width + 36, width - 30
        chip_field(draw, x0, 176, labels["surname"], values["surname"], right, 38)
        chip_field(draw, x0, 240, labels["given"], values["given"], right, 34)
        after = chip_field(draw, x0, 304, labels["sex"], values["sex"], x0 + 160, 34)
        chip_field(draw, max(after + 30, x0 + 150), 304, labels["dob"], values["dob"], right, 34)
        chip_field(draw, x0, 368, labels["nationality"], values["nationality"], right, 32)
        chip_field(draw, x0, 432, labels["expiry"], values["expiry"], right, 34)
        chip_field(draw, x0, 496, labels["cardno"], values["cardno"], right, 30)
        draw.rectangle((0, height - 10, width, height), fill=SAFFRON)
        return image
    labels = family["passport_labels"]
    px, py = 44, 136
    chamfered(image, draw, photo, px, py, cut=26)
    under = py + photo.height + 16
    scribble(draw, companion_rng(truth, "chama-sign"), px + 8, under, photo.width - 16, 46, (30, 30, 96))
    x0, right = px + photo.width + 40, width - 36
    after = chip_field(draw, x0, 126, labels["type"], values["type"], x0 + 140, 34)
    after = chip_field(draw, after + 30, 126, labels["code"], values["code"], after + 230, 34)
    chip_field(draw, after + 30, 126, labels["docno"], values["docno"], right, 34, INCONSOLATA, tracking=2.0)
    chip_field(draw, x0, 190, labels["surname"], values["surname"], right, 40)
    chip_field(draw, x0, 254, labels["given"], values["given"], right, 36)
    after = chip_field(draw, x0, 318, labels["sex"], values["sex"], x0 + 160, 34)
    chip_field(draw, max(after + 30, x0 + 150), 318, labels["dob"], values["dob"], right, 34)
    chip_field(draw, x0, 382, labels["nationality"], values["nationality"], right, 32)
    chip_field(draw, x0, 446, labels["pob"], values["pob"], right, 30)
    after = chip_field(draw, x0, 510, labels["issue"], values["issue"], x0 + 400, 34)
    chip_field(draw, max(after + 30, x0 + 390), 510, labels["expiry"], values["expiry"], right, 34)
    chip_field(draw, x0, 574, labels["authority"], values["authority"], right, 28)
    draw.rectangle((0, 680, width, height), fill=MRZ_PAPER)
    draw.rectangle((0, 680, width, 686), fill=SAFFRON)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def thumbprint(draw, rng, x, y, w, h, ink):
    """A left thumb's print: ridges as rings round a whorl or loops round a core, broken here and
    there, the print's outline an upright oval, its pressure lighter towards the edge."""
    cx, cy = x + w / 2 + rng.uniform(-0.06, 0.06) * w, y + h * rng.uniform(0.42, 0.52)
    loop = rng.random() < 0.6
    lean = rng.uniform(-0.3, 0.3)
    for k in range(1, 40):
        r = k * 4.2
        points = []
        for t in np.linspace(0, 2 * math.pi, int(20 + r)):
            if loop:  # loops: the rings drawn out into a U opening downwards and to one side
                px = cx + r * 0.8 * math.sin(t) + lean * r * max(0.0, math.cos(t))
                py = cy - r * math.cos(t) + 0.55 * r * max(0.0, -math.cos(t)) ** 2
            else:
                px = cx + r * 0.82 * math.sin(t)
                py = cy - r * math.cos(t) * 1.05
            points.append((px, py))
        inside = [(u, v) for u, v in points if ((u - x - w / 2) / (w * 0.46)) ** 2 + ((v - y - h / 2) / (h * 0.48)) ** 2 < 1]
        if len(inside) < 3:
            continue
        run = []
        for u, v in points:
            ok = ((u - x - w / 2) / (w * 0.46)) ** 2 + ((v - y - h / 2) / (h * 0.48)) ** 2 < 1 and rng.random() > 0.03
            if ok:
                run.append((u, v))
            elif len(run) > 1:
                draw.line(run, fill=ink, width=2)
                run = []
            else:
                run = []
        if len(run) > 1:
            draw.line(run, fill=ink, width=2)


def data_matrix(draw, rng, x, y, n, module, ink):
    """A Data Matrix-like code: the solid L finder on the left and the foot, the dotted timing
    pattern on the top and the right, modules at random inside."""
    for j in range(n):
        for i in range(n):
            if i == 0 or j == n - 1:
                on = True
            elif j == 0:
                on = i % 2 == 0
            elif i == n - 1:
                on = j % 2 == 1
            else:
                on = rng.random() < 0.5
            if on:
                draw.rectangle((x + i * module, y + j * module, x + (i + 1) * module - 1, y + (j + 1) * module - 1), fill=ink)


def chama_back(rng, truth, spec, family):
    labels = family["labels"]
    values = values_of(truth, spec, family, "id_card")
    width, height = CARD
    image = lamu_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    fading_band(image, 0, 16, spec["alpha3"])
    draw.rectangle((0, 16, width, 20), fill=SAFFRON)
    draw.rectangle((36, 44, 206, 262), fill=(252, 250, 244), outline=INDIGO, width=2)
    thumbprint(draw, companion_rng(truth, "chama-thumb"), 46, 54, 150, 198, (52, 48, 70))
    draw.text((121, 270), labels["thumb"], font=font(KARMILLA, 14), fill=INDIGO, anchor="ma")
    chip_field(draw, 236, 46, labels["pob"], values["pob"], 800, 30)
    chip_field(draw, 236, 110, labels["issue"], values["issue"], 800, 32)
    chip_field(draw, 236, 174, labels["authority"], values["authority"], 800, 26)
    draw.rectangle((826, 40, 976, 190), fill=(252, 251, 247))
    data_matrix(draw, companion_rng(truth, "chama-matrix"), 837, 51, 32, 4, CHAMA_INK)
    y = 306
    f = font(KARMILLA, 16)
    line = ""
    for word in notice(spec).split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > 920):
            draw.text((40, y), line, font=f, fill=INDIGO)
            line, y = word or "", y + 21
        else:
            line = (line + " " + word).strip()
    draw.rectangle((0, 428, width, height), fill=MRZ_PAPER)
    draw.rectangle((0, 428, width, 432), fill=SAFFRON)
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "crossing":
        photo = portrait_of((232, 290) if kind == "id_card" else (270, 340))
        return crossing_front(rng, truth, spec, family, kind, photo)
    photo = portrait_of((212, 268) if kind == "id_card" else (272, 344))
    return chama_front(rng, truth, spec, family, kind, photo)


def render_back(rng, truth, spec, family):
    if family["style"] == "crossing":
        return crossing_back(rng, truth, spec, family)
    return chama_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# Surfaces: `crossing`'s car bonnet and `chama`'s record book

PAINTS = [("white", (232, 232, 228), 0.10), ("silver", (176, 180, 184), 0.16), ("red", (150, 22, 26), 0.22),
          ("blue", (26, 42, 86), 0.26), ("beige", (210, 198, 172), 0.12), ("black", (20, 20, 22), 0.32)]
SKY_HIGH, SKY_LOW = np.array((70, 126, 200), float), np.array((196, 218, 236), float)
TREES = np.array((38, 50, 34), float)


def bonnet(rng, size):
    """A car's painted bonnet seen from above: the paint's own colour under its gloss, which
    mirrors the sky (deep blue overhead paling to the horizon, soft clouds) and a dark line of
    trees or roofs along the horizon, bent into a curve by the bonnet's crown; a swage line along
    it (a lit edge beside a shaded one); a film of dust with a wiped streak through it and dried
    water spots; sometimes at one edge the windscreen's foot (the black cowl with its slots, a
    wiper, the dark glass mirroring the sky) or the gap to the wing."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    _, paint, gloss = rng.choice(PAINTS)
    paint = np.array(paint, float)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    a = math.radians(rng.uniform(-25, 25) + rng.choice([0, 90, 180, 270]))
    along = ((xx - width / 2) * math.cos(a) + (yy - height / 2) * math.sin(a)) / max(size)
    across = (-(xx - width / 2) * math.sin(a) + (yy - height / 2) * math.cos(a)) / max(size)
    # What the gloss mirrors: an elevation (below 0 the horizon's trees and roofs) bent by the crown.
    crown = rng.uniform(-0.15, 0.15)
    elevation = rng.uniform(-0.1, 0.25) + rng.uniform(0.5, 0.9) * along - rng.uniform(1.2, 2.4) * (across - crown) ** 2
    skyline = 0.025 * smooth_noise(noise, (height, width), 14) + 0.012 * smooth_noise(noise, (height, width), 60)
    up = np.clip(elevation / 0.6, 0, 1)[:, :, None]
    sky = SKY_LOW[None, None, :] * (1 - up) + SKY_HIGH[None, None, :] * up
    clouds = np.clip(smooth_noise(noise, (height, width), 7) * 0.6 + rng.uniform(-0.4, 0.3), 0, 1) ** 1.5
    sky = sky * (1 - clouds[:, :, None]) + 246 * clouds[:, :, None]
    below = np.clip((skyline - elevation) / 0.01, 0, 1)[:, :, None]
    mirrored = sky * (1 - below) + TREES[None, None, :] * (1 + 0.2 * smooth_noise(noise, (height, width), 30))[:, :, None] * below
    shade = 0.82 + 0.18 * np.clip(1 - 3 * np.abs(across - crown), 0, 1)
    pixels = paint[None, None, :] * shade[:, :, None] * (1 - gloss) + mirrored * gloss
    pixels += paint[None, None, :] * gloss * 0.4 * (1 - mirrored / 255)  # the paint under a dark reflection
    # The swage line: a lit ridge beside a shaded one.
    swage = (across - crown - rng.choice([-1, 1]) * rng.uniform(0.18, 0.3)) * max(size)
    pixels += (70 * np.exp(-((swage - 2) / 2.2) ** 2) - 50 * np.exp(-((swage + 4) / 4.0) ** 2))[:, :, None]
    if rng.random() < 0.5:  # a metallic paint's sparkle
        pixels *= (1 + 0.05 * noise.normal(0, 1, (height, width)))[:, :, None]
    # Dust, thicker in patches, a wiped streak, dried water spots.
    dust = np.array((190, 170, 140), float)
    film = np.clip(0.5 + 0.5 * smooth_noise(noise, (height, width), 6), 0, 1) * rng.uniform(0.04, 0.16)
    wipe = Image.new("L", size, 0)
    x0, y0 = rng.uniform(0, width), rng.uniform(0, height)
    heading = rng.uniform(0, 2 * math.pi)
    points = []
    for k in range(12):
        points.append((x0, y0))
        heading += rng.uniform(-0.15, 0.15)
        x0, y0 = x0 + 60 * math.cos(heading), y0 + 60 * math.sin(heading)
    ImageDraw.Draw(wipe).line(points, fill=255, width=int(rng.uniform(30, 60)))
    wiped = np.asarray(wipe.filter(ImageFilter.GaussianBlur(8)), float) / 255
    film *= 1 - 0.85 * wiped
    pixels = pixels * (1 - film[:, :, None]) + dust[None, None, :] * film[:, :, None]
    spots = Image.new("L", size, 0)
    sd = ImageDraw.Draw(spots)
    for _ in range(rng.randint(20, 70)):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(3, 11)
        sd.ellipse((x - r, y - r * 0.85, x + r, y + r * 0.85), outline=int(rng.uniform(60, 140)), width=2)
    spots = np.asarray(spots.filter(ImageFilter.GaussianBlur(0.8)), float) / 255
    pixels = pixels * (1 - spots[:, :, None]) + (dust + 40)[None, None, :] * spots[:, :, None]
    if rng.random() < 0.5:  # an edge of the bonnet in the frame
        side = rng.choice([-1, 1])
        beyond = (along * side - rng.uniform(0.3, 0.4)) * max(size)  # pixels beyond the edge
        if rng.random() < 0.6:  # the windscreen's foot: the cowl, a wiper, the glass
            cowl = np.array((28, 28, 30), float) * (1 + 0.06 * np.sin(across * max(size) / 9.0) ** 8)[:, :, None]
            glass = mirrored * 0.35 + np.array((14, 18, 24), float)
            part = np.where((beyond > 0)[:, :, None], np.where((beyond > 70)[:, :, None], glass, cowl), pixels)
            wiper = np.exp(-((beyond - 40) / 5.0) ** 2)[:, :, None] * (across * side > rng.uniform(-0.3, 0.1))[:, :, None]
            pixels = part * (1 - 0.9 * wiper) + 10 * 0.9 * wiper
        else:  # the gap to the wing and the wing beyond it
            gap = np.exp(-(beyond / 2.5) ** 2)[:, :, None]
            wing = np.where((beyond > 0)[:, :, None], pixels * 0.86, pixels)
            pixels = wing * (1 - 0.85 * gap) + 8 * 0.85 * gap
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return image.filter(ImageFilter.GaussianBlur(0.7))


MEMBERS = ["Mary Wanjiku", "Grace Atieno", "Esther Nafula", "Joyce Chebet", "Agnes Akinyi", "Lucy Njeri",
           "Thandiwe Dube", "Nomsa Khumalo", "Rudo Chikwanha", "Chipo Mutasa", "Ama Serwaa", "Abena Oforiwaa",
           "Ngozi Eze", "Halima Bello", "Funke Adeyemi", "Sarah Nakato", "Prossy Namubiru", "Beatrice Auma",
           "Rose Kemunto", "Lindiwe Ncube", "Florence Achieng", "Janet Moraa", "Akua Asantewaa", "Blessing Okoro"]
TABLES = [(120, 84, 54), (96, 64, 44), (196, 196, 190), (44, 92, 140), (150, 36, 40)]


def cashbook(rng, size):
    """The savings group's record book open on the table: two cream pages with blue ruled lines,
    red money columns and a red margin, the treasurer's handwritten headings (`Date`, `Name`,
    `Phone`, `Shares`, `Savings`, `Sign`) and the members' entries under them in ballpoint, with
    ticks; the gutter's shadow between the pages, a page's edge, and beyond the book the table
    (wood, or a plastic cover); the book turned a little or round."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    s = rng.uniform(90, 145)  # pixels a centimetre
    W, H = width / s, height / s
    cx = rng.uniform(min(21.0, W / 2 - 3), max(21.0, 42 - W / 2 + 3))
    cy = rng.uniform(min(16.5, H / 2 - 2), max(16.5, 33 - H / 2 + 2))
    turn = rng.uniform(-12, 12) + rng.choice([0, 0, 90, 180, 270])
    D = int(math.hypot(width, height)) + 8

    def P(bx, by):
        return ((bx - cx) * s + D / 2, (by - cy) * s + D / 2)

    table = rng.choice(TABLES)
    scene = Image.new("RGB", (D, D), table)
    draw = ImageDraw.Draw(scene)
    (bx0, by0), (bx1, by1) = P(-0.3, -0.3), P(42.3, 33.3)
    draw.rectangle((bx0 + 0.1 * s, by0 + 0.15 * s, bx1 + 0.1 * s, by1 + 0.15 * s), fill=mix(table, (0, 0, 0), 0.4))
    draw.rectangle((bx0, by0, bx1, by1), fill=(120, 30, 36))  # the cover's edge round the pages
    (px0, py0), (px1, py1) = P(0, 0), P(42, 33)
    draw.rectangle((px0, py0, px1, py1), fill=(246, 242, 228))
    blue, red = (120, 150, 200), (210, 90, 90)
    pen = rng.choice([(28, 46, 150), (24, 30, 110), (20, 20, 24)])
    hand = font(rng.choice(HANDS), int(0.5 * s))
    line_w = max(1, int(s / 70))
    heads = [("Date", 0.3), ("Name", 2.3), ("Phone", 9.8), ("Shares", 14.3), ("Savings", 16.8), ("Sign", 19.3)]
    members = companion_members(rng)
    day = rng.randint(1, 27)
    for page in (0, 21):
        for c in (2.0, 9.5, 14.0, 16.5, 19.0):
            x = P(page + c, 0)[0]
            draw.line((x, P(0, 1.6)[1], x, P(0, 32.5)[1]), fill=red, width=line_w)
        for c in (15.6, 18.1):  # the money columns' cents
            x = P(page + c, 0)[0]
            draw.line((x, P(0, 2.4)[1], x, P(0, 32.5)[1]), fill=red, width=line_w)
        draw.text(P(page + 17.5, 0.5), "Page No.", font=font(CARLITO_BOLD, int(0.32 * s)), fill=blue)
        row = 2.4
        entry = 0
        while row < 32.5:
            y = P(0, row)[1]
            draw.line((P(page + 0.2, 0)[0], y, P(page + 20.8, 0)[0], y), fill=blue, width=line_w)
            base = P(0, row - 0.15)[1]
            if row < 3.2:
                for text, c in heads:
                    draw.text((P(page + c, 0)[0], base), text, font=hand, fill=pen, anchor="ls")
            elif rng.random() < 0.9:
                name = members[entry % len(members)]
                entry += 1
                phone = "07" + "".join(str(rng.randint(0, 9)) for _ in range(8))
                cells = [(f"{day}/11", 0.3), (name, 2.3), (phone[:4] + " " + phone[4:], 9.8),
                         (str(rng.choice([100, 200, 250, 500])), 14.3), (str(rng.choice([500, 1000, 1500, 2000, 300])), 16.8)]
                for text, c in cells:
                    if rng.random() < 0.94:
                        draw.text((P(page + c, 0)[0], base), text, font=hand, fill=pen, anchor="ls")
                tx, ty = P(page + 19.6, row - 0.5)
                draw.line((tx, ty, tx + 0.2 * s, ty + 0.25 * s, tx + 0.6 * s, ty - 0.25 * s), fill=pen,
                          width=max(2, int(s / 40)))
            row += 0.8
    # The gutter's shadow and the pages' faint yellowing, the paper's grain, the table's.
    pixels = np.asarray(scene, float)
    gx = np.arange(D, dtype=np.float32)
    gutter = P(21, 0)[0]
    fold = 1 - 0.35 * np.exp(-((gx - gutter) / (0.9 * s)) ** 2) - 0.12 * np.exp(-((gx - gutter) / (2.8 * s)) ** 2)
    inside = np.zeros((D, D), bool)
    inside[int(max(0, py0)):int(max(0, min(D, py1))), int(max(0, px0)):int(max(0, min(D, px1)))] = True
    pixels *= np.where(inside, fold[None, :], 1.0)[:, :, None]
    pixels *= (1 + np.where(inside, 0.012, 0.04) * noise.normal(0, 1, (D, D)))[:, :, None]
    scene = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    scene = scene.rotate(turn, resample=Image.BICUBIC, center=(D / 2, D / 2), fillcolor=table)
    left, top = (D - width) // 2, (D - height) // 2
    scene = scene.crop((left, top, left + width, top + height))
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    lit = math.radians(rng.uniform(0, 360))
    ramp = 1 + 0.1 * ((xx / width - 0.5) * math.cos(lit) + (yy / height - 0.5) * math.sin(lit))
    pixels = np.asarray(scene, float) * ramp[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def companion_members(rng):
    members = list(MEMBERS)
    rng.shuffle(members)
    return members


def surface(rng, name, size):
    if name == "bonnet":
        return bonnet(rng, size)
    assert name == "cashbook", name
    return cashbook(rng, size)


# ---------------------------------------------------------------------------------------------
# Conditions

def remap(pixels, dx, dy):
    """`pixels` sampled at (x + dx, y + dy), linearly between pixels, clamped at the frame."""
    height, width = pixels.shape[:2]
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    sx = np.clip(xx + dx, 0, width - 1.001)
    sy = np.clip(yy + dy, 0, height - 1.001)
    x0, y0 = sx.astype(np.int32), sy.astype(np.int32)
    fx, fy = (sx - x0)[:, :, None], (sy - y0)[:, :, None]
    top = pixels[y0, x0] * (1 - fx) + pixels[y0, x0 + 1] * fx
    bottom = pixels[y0 + 1, x0] * (1 - fx) + pixels[y0 + 1, x0 + 1] * fx
    return top * (1 - fy) + bottom * fy


def heat_shimmer(rng, image):
    """The air over the hot bonnet bending the light: every point of the frame moved a pixel or
    two in a field that wanders slowly across it (cells a few tens of pixels wide, a little
    taller than wide, as the warm air rises), the moving stronger where the air is thickest and
    the picture there a little soft, the contrast a little lower."""
    width, height = image.size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    cells = rng.uniform(28, 55)
    amp = rng.uniform(1.0, 2.4)
    thick = np.clip(0.6 + 0.4 * smooth_noise(noise, (height, width), 4), 0.15, 1.0)
    dx = amp * thick * smooth_noise(noise, (height, width), cells)
    dy = 1.3 * amp * thick * smooth_noise(noise, (height, width), cells * 0.8)
    pixels = remap(np.asarray(image, float), dx, dy)
    soft = np.asarray(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.3)), float)
    w = (0.55 * thick ** 2)[:, :, None]
    pixels = pixels * (1 - w) + soft * w
    mean = pixels.mean()
    pixels = mean + (pixels - mean) * rng.uniform(0.88, 0.96)
    return finished(pixels, image)


def shade_net(rng, image):
    """The shadow of the car park's knitted shade net, a man's height above: a fine lattice of
    soft light spots (the net's holes, blurred by the distance) over everything, the sun's light
    through the fabric itself tinted green by a green net, a darker seam where two widths are
    sewn together, now and then the net's edge and the open sun beyond it; the exposure brought
    back up so the frame is about as bright as before."""
    width, height = image.size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    period = rng.uniform(9, 17)
    a = rng.uniform(0, math.pi)
    stretch = 1 + rng.uniform(-0.25, 0.25) * (xx / width - 0.5) + rng.uniform(-0.25, 0.25) * (yy / height - 0.5)
    u = (xx * math.cos(a) + yy * math.sin(a)) / period * stretch
    v = (-xx * math.sin(a) + yy * math.cos(a)) / (period * rng.uniform(0.7, 1.0)) * stretch
    holes = ((0.5 + 0.5 * np.cos(2 * np.pi * (u + v) / 2)) * (0.5 + 0.5 * np.cos(2 * np.pi * (u - v) / 2))) ** 0.8
    seams = rng.uniform(25, 45)
    seam = np.exp(-(((u / seams) % 1 - 0.5) * seams / 1.2) ** 2)
    holes *= 1 - 0.85 * seam
    penumbra = period * rng.uniform(0.18, 0.32)
    holes = np.asarray(Image.fromarray((np.clip(holes, 0, 1) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(penumbra)), float) / 255
    if rng.random() < 0.3:  # the net's edge in the frame: open sun beyond it
        b = rng.uniform(0, 2 * math.pi)
        edge = (xx - width / 2) * math.cos(b) + (yy - height / 2) * math.sin(b) - rng.uniform(0.3, 0.45) * max(width, height)
        beyond = np.clip(edge / 20 + 0.5, 0, 1)
        holes = holes * (1 - beyond) + beyond
    green = rng.random() < 0.6
    tint = np.array((0.78, 1.0, 0.8)) if green else np.array((0.95, 0.95, 0.95))
    fabric = rng.uniform(0.1, 0.25)
    ambient = rng.uniform(0.18, 0.3)
    light = ambient * np.array((0.9, 0.95, 1.08))[None, None, :] + (1 - ambient) * (
        holes[:, :, None] + fabric * (1 - holes)[:, :, None] * tint[None, None, :])
    light *= 1 + 0.03 * smooth_noise(noise, (height, width), 5)[:, :, None]
    pixels = np.asarray(image, float) * light
    pixels *= rng.uniform(0.85, 1.0) * np.asarray(image, float).mean() / max(pixels.mean(), 1.0)
    return finished(pixels, image)


def torch(rng, image):
    """Load shedding: the lights off, the scene lit only by a second phone's torch held off to
    one side: a hard spot of cool-white light near the document, brightest in a small core, the
    LED's reflector rings round it, falling off steeply (wider along the way the light comes in)
    into a dark room lit a little by a warm glow; the phone's exposure pushed up for the dark, its
    grain coarse and coloured, smoothed a little by its noise reduction."""
    width, height = image.size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    quad = document_quad(image)
    mx, my = sum(x for x, _ in quad) / 4, sum(y for _, y in quad) / 4
    half = max(math.hypot(x - mx, y - my) for x, y in quad)
    sx, sy = mx + rng.uniform(-0.2, 0.2) * half, my + rng.uniform(-0.2, 0.2) * half
    r0 = rng.uniform(0.85, 1.2) * half
    b = rng.uniform(0, math.pi)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    along = (xx - sx) * math.cos(b) + (yy - sy) * math.sin(b)
    across = -(xx - sx) * math.sin(b) + (yy - sy) * math.cos(b)
    d = np.hypot(along / rng.uniform(1.0, 1.35), across)
    spot = (1 + (d / r0) ** 2) ** -1.5
    spot *= 1 + 0.07 * np.cos(d / (0.16 * r0)) * np.exp(-d / r0)
    spot += 0.22 * np.exp(-(d / (0.22 * r0)) ** 2)
    ambient = rng.uniform(0.03, 0.07)
    light = ambient * np.array((1.0, 0.82, 0.6))[None, None, :] + spot[:, :, None] * np.array((0.95, 0.98, 1.05))[None, None, :]
    light *= rng.uniform(1.05, 1.2) / (spot.max() + ambient)
    pixels = np.asarray(image, float) * light
    grain = noise.normal(0, rng.uniform(5, 9), (height, width, 3))
    blotch = np.stack([smooth_noise(noise, (height, width), 180) for _ in range(3)], axis=2) * rng.uniform(3, 6)
    pixels = pixels + grain + blotch
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
    return finished(np.asarray(out, float), image)


PENS = [((24, 60, 160), (20, 40, 130)), ((22, 22, 24), (22, 22, 24)), ((236, 236, 232), (26, 60, 170)),
        ((200, 40, 36), (200, 40, 36)), ((180, 200, 220), (24, 50, 150))]


def pen(rng, image):
    """The treasurer's ballpoint lying across a corner or an edge of the document: a round
    barrel (its colour, shaded round, a highlight along it), a cap with its clip at one end, the
    cone and the metal point at the other, its soft shadow on what lies under it; laid no further
    in than the document's outermost edge (moved outwards until it clears all but the outer three
    hundredths of the document, where no field or MRZ is printed)."""
    width, height = image.size
    quad = document_quad(image)
    mx, my = sum(x for x, _ in quad) / 4, sum(y for _, y in quad) / 4
    long_side = max(math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]),
                    math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]))
    length = long_side * rng.uniform(1.05, 1.45)
    radius = length * rng.uniform(0.028, 0.036)
    body, cap = rng.choice(PENS)
    inner = Image.new("L", image.size, 0)
    ImageDraw.Draw(inner).polygon([(mx + 0.97 * (x - mx), my + 0.97 * (y - my)) for x, y in quad], fill=255)
    scale = 0.125
    inner_small = np.asarray(inner.resize((int(width * scale), int(height * scale)), Image.BILINEAR), float) / 255
    if rng.random() < 0.6:  # across a corner
        kx, ky = rng.choice(quad)
        out = math.atan2(ky - my, kx - mx)
    else:  # along an edge
        k = rng.randrange(4)
        (ax, ay), (bx, by) = quad[k], quad[(k + 1) % 4]
        kx, ky = (ax + bx) / 2, (ay + by) / 2
        out = math.atan2(ky - my, kx - mx)
    heading = out + math.pi / 2 + rng.uniform(-0.35, 0.35)
    shift = rng.uniform(-0.2, 0.2) * length  # the pen's middle off the line's nearest point

    def capsule(scale_, f_):
        px, py = mx + (kx - mx) * f_, my + (ky - my) * f_
        ux, uy = math.cos(heading), math.sin(heading)
        x0, y0 = px + ux * (shift - length / 2), py + uy * (shift - length / 2)
        x1, y1 = px + ux * (shift + length / 2), py + uy * (shift + length / 2)
        mask = Image.new("L", (int(width * scale_), int(height * scale_)), 0)
        ImageDraw.Draw(mask).line((x0 * scale_, y0 * scale_, x1 * scale_, y1 * scale_), fill=255,
                                  width=max(1, int(2 * radius * scale_)))
        return mask, (x0, y0, x1, y1)

    f = 0.9
    for _ in range(20):
        mask, _ = capsule(scale, f)
        if (np.asarray(mask, float) / 255 * inner_small).max() < 0.02:
            break
        f += 0.04
    _, (x0, y0, x1, y1) = capsule(1.0, f)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    s_ = (xx - x0) * ux + (yy - y0) * uy  # along the pen from its point's end
    t_ = (-(xx - x0) * uy + (yy - y0) * ux) / radius  # across, -1 to 1 on the barrel
    tip = 0.07 * length
    r_here = np.where(s_ < tip, np.clip(s_ / tip, 0.12, 1.0), 1.0)
    on = (s_ > 0) & (s_ < length) & (np.abs(t_) < r_here)
    roundness = np.sqrt(np.clip(1 - (t_ / np.maximum(r_here, 1e-3)) ** 2, 0, 1))
    colour = np.where((s_ > length * 0.72)[:, :, None], np.array(cap, float)[None, None, :],
                      np.array(body, float)[None, None, :])
    colour = np.where((s_ < tip * 0.35)[:, :, None], np.array((170, 170, 176), float)[None, None, :], colour)
    colour = np.where(((s_ >= tip * 0.35) & (s_ < tip))[:, :, None], np.array((236, 234, 226), float)[None, None, :], colour)
    shaded = colour * (0.45 + 0.55 * roundness)[:, :, None] + (110 * np.exp(-((t_ + 0.45) / 0.14) ** 2))[:, :, None]
    clip_ = (s_ > length * 0.76) & (s_ < length * 0.97) & (np.abs(t_ - 0.15) < 0.22)
    shaded = np.where(clip_[:, :, None], np.array(cap, float)[None, None, :] * 0.7 + 40, shaded)
    # The shadow: the pen's outline moved away from the light and blurred.
    sh = Image.new("L", image.size, 0)
    offset = radius * rng.uniform(0.8, 1.6)
    ImageDraw.Draw(sh).line((x0 + offset, y0 + offset * 0.6, x1 + offset, y1 + offset * 0.6), fill=255,
                            width=max(1, int(2 * radius)))
    sh = np.asarray(sh.filter(ImageFilter.GaussianBlur(radius * 0.8)), float) / 255
    pixels = np.asarray(image, float) * (1 - 0.45 * sh)[:, :, None]
    edge = np.clip((r_here - np.abs(t_)) * radius / 1.2, 0, 1) * on
    pixels = pixels * (1 - edge[:, :, None]) + shaded * edge[:, :, None]
    return finished(pixels, image)


def apply_condition(rng, image, condition):
    handlers = dict(heat_shimmer=heat_shimmer, shade_net=shade_net, torch=torch, pen=pen)
    return handlers[condition](rng, image), None
