"""The twenty-fifth held-out layout families for scripts/make-documents.py: `kiosk` and
`bedside` (their specs are in document_families.FAMILIES, which says what they look like). This
module draws both, the surfaces they lie on and the four capture conditions that come with them.

Why these two. Both are places where documents are photographed for KYC in these countries that
no earlier family shows:

`kiosk`: the document laid on the counter of a roadside mobile-money or SIM-registration
KIOSK (the agent's painted wooden booth under a branded umbrella: MTN MoMo's yellow, M-Pesa's
and Airtel Money's green and red, as on every corner in Kampala, Accra, Lagos, Nairobi and
Harare), photographed by the agent for a SIM registration or a wallet upgrade. The layout
SANDWICHES each value between two captions: the issuer's second language (Kiswahili, French,
Afrikaans or isiNdebele) above it and English under it, small, in grey; a round portrait at the
right in a ring; a printed height (as ECOWAS cards print it) among the fields; the ID number at
the foot in an outlined pill. Title in Bebas Neue Bold, captions in Comfortaa, values in Play
Bold (Debian's fonts-bebas-neue, fonts-comfortaa and fonts-play, new with these families). Dates
`14/Sep/1987`. A pale ground printed like shweshwe cloth (small florets and dots on a diagonal
lattice) inside a rounded double frame. Surface: `planks` (the kiosk's counter: painted planks
with chipped paint, gaps and nails, a pen and coins on it). Conditions: `umbrella` (the photo in
the umbrella's coloured shade, its panels alternating brand colour and white, the bright sun
beyond its scalloped edge) and `lens_fog` (the phone's lens fogged with condensation when it came
out of an air-conditioned banking hall or car into the humid heat: a milky glow bleeding from
the light parts, thickest in the middle).

`bedside`: the document photographed at night on the BED, lying on a fleecy "mink" (raschel)
blanket with its large printed roses, as people sign up on the apps before sleeping, with a
mosquito net hanging round the bed. The layout runs the country's title UP the RIGHT edge on a
band of the issuer's deep colour, edged by a strip of Ndebele-style painted geometric frieze;
the portrait at the top LEFT in a white mount with the ID number large UNDER it; the captions on
one line, English in National Park and the second language in Gentium Italic after a middle dot,
over values in National Park Heavy; the title, the kind and the arms at the top left. Dates
`Sep 14, 1987` (the month first, abbreviated, with a comma). A cream ground with faint
stepped Ndebele motifs. Title in Gentium Book Plus Bold (Debian's fonts-sil-gentiumplus and
fonts-national-park, new with these families). Surface: `blanket`. Conditions: `mosquito_net`
(a fold of the net hanging close in front of the lens over one side of the frame: a soft pale
veil with the mesh's blurred threads) and `lint` (the blanket's fibres and fluff on the
document, its pile standing over the document's edges).

document_families.py imports this module only when one of these families is drawn, one of their
surfaces laid or one of their conditions applied, so every other family's documents stay the
same, image for image, for a seed. Truth, MRZ, ID numbers and tampering are the shared code's:
this module only draws them (values_of prints what tampering put there).
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, DARK, FLAG_STRIPES, draw_mrz, grouped_id, qr_code, scribble, shifted)
from document_families_eighteenth import thumbprint
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_nineteenth import companion_rng, second_words, values_of
from document_families_seventeenth import fitted, spaced, wrapped
from document_families_twentieth import notice

BEBAS = "/usr/share/fonts/opentype/bebas-neue/BebasNeue-Bold.otf"
COMFORTAA_BOLD = "/usr/share/fonts/truetype/comfortaa/Comfortaa-Bold.ttf"
COMFORTAA = "/usr/share/fonts/truetype/comfortaa/Comfortaa-Regular.ttf"
PLAY_BOLD = "/usr/share/fonts/truetype/play/Play-Bold.ttf"
GENTIUM_BOLD = "/usr/share/fonts/truetype/gentiumplus/GentiumBookPlus-Bold.ttf"
GENTIUM_ITALIC = "/usr/share/fonts/truetype/gentiumplus/GentiumPlus-Italic.ttf"
PARK = "/usr/share/fonts/opentype/national-park/NationalPark-Regular.otf"
PARK_HEAVY = "/usr/share/fonts/opentype/national-park/NationalPark-Heavy.otf"
CARD = (1012, 638)
PAGE = (1250, 880)
KINDS = {"id_card": "NATIONAL IDENTITY CARD", "passport": "PASSPORT"}
INK = (18, 18, 24)


def font(path, size):
    return ImageFont.truetype(path, size)


def height_of(truth):
    """The holder's printed height (ECOWAS cards print it): the same on every side, drawn from
    the document's own generator of companions, not the documents' generator."""
    return f"{companion_rng(truth, 'kiosk-height').uniform(1.50, 1.92):.2f} m"


# ---------------------------------------------------------------------------------------------
# `kiosk`: values sandwiched between two captions, a round portrait

def shweshwe_ground(size, color):
    """A pale ground printed like shweshwe cloth: small four-petal florets and dots alternating
    on a diagonal lattice, a fine line between them, in a tint a little deeper than the paper."""
    width, height = size
    paper = tuple(int(0.3 * c + 0.7 * p) for c, p in zip(color, (250, 250, 246)))
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    ink = shifted(paper, -26)
    faint = shifted(paper, -13)
    step = 26
    for row, y in enumerate(range(-step, height + step, step)):
        for col, x in enumerate(range(-step, width + step, step)):
            cx = x + (step / 2 if row % 2 else 0)
            if (row + col) % 2 == 0:
                for dx, dy in [(-3, 0), (3, 0), (0, -3), (0, 3)]:
                    draw.ellipse((cx + dx - 2.2, y + dy - 2.2, cx + dx + 2.2, y + dy + 2.2), fill=ink)
                draw.ellipse((cx - 1, y - 1, cx + 1, y + 1), fill=paper)
            else:
                draw.ellipse((cx - 1.6, y - 1.6, cx + 1.6, y + 1.6), fill=ink)
    for k in range(-height, width, step * 2):
        draw.line((k, 0, k + height, height), fill=faint, width=1)
    return image


def framed(draw, size, deep, accent):
    width, height = size
    draw.rounded_rectangle((8, 8, width - 9, height - 9), radius=22, outline=deep, width=3)
    draw.rounded_rectangle((15, 15, width - 16, height - 16), radius=17, outline=accent, width=1)


def small_flag(draw, alpha3, x, y, w, h):
    stripes = FLAG_STRIPES[alpha3]
    step = h / len(stripes)
    for k, colour in enumerate(stripes):
        draw.rectangle((x, y + k * step, x + w, y + (k + 1) * step), fill=colour)
    draw.rectangle((x, y, x + w, y + h), outline=(90, 90, 90), width=1)


def sandwich(draw, x, y, key, value, labels, second, width, deep, size=30):
    """The second language's caption above the value, English under it; (x, y) the top left."""
    if not value:
        return
    draw.text((x, y), second.get(key, labels[key]), font=fitted(draw, second.get(key, labels[key]), COMFORTAA_BOLD,
                                                                 16, width, smallest=11), fill=deep)
    vfont = fitted(draw, value, PLAY_BOLD, size, width, smallest=16)
    draw.text((x, y + 20), value, font=vfont, fill=INK)
    draw.text((x, y + 22 + size * 1.12), labels[key], font=fitted(draw, labels[key], COMFORTAA, 14, width, smallest=10),
              fill=(104, 106, 114))


def round_portrait(image, draw, photo, cx, cy, alpha3):
    """The portrait cut round, in a ring of the flag's colours and a thin gold line."""
    d = photo.width
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).ellipse((0, 0, d - 1, d - 1), fill=255)
    stripes = FLAG_STRIPES[alpha3]
    r = d / 2 + 12
    for k, colour in enumerate(stripes):
        a0 = -90 + 360 * k / len(stripes)
        draw.pieslice((cx - r, cy - r, cx + r, cy + r), a0, a0 + 360 / len(stripes), fill=colour)
    draw.ellipse((cx - d / 2 - 4, cy - d / 2 - 4, cx + d / 2 + 4, cy + d / 2 + 4), fill=(196, 160, 70))
    image.paste(photo, (int(cx - d / 2), int(cy - d / 2)), mask)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(70, 70, 70), width=1)


def kiosk_header(draw, spec, kind, width, deep, second):
    title = spec["title"]
    draw.text((width / 2, 22), title, font=fitted(draw, title, BEBAS, 54, width - 300, smallest=30), fill=deep,
              anchor="ma")
    words = second["card" if kind == "id_card" else "passport"]
    line = f"{KINDS[kind]}  ·  {words}"
    f = fitted(draw, line, COMFORTAA_BOLD, 17, width - 300, smallest=12, tracking=1.5)
    spaced(draw, (width / 2 - (draw.textlength(line, font=f) + 1.5 * len(line)) / 2, 82), line, f, shifted(deep, 40),
           tracking=1.5)
    coat_of_arms(draw, 70, 62, 36, deep)
    small_flag(draw, spec["alpha3"], width - 112, 38, 62, 42)


def kiosk_front(rng, truth, spec, family, kind, photo):
    alpha3 = spec["alpha3"]
    deep, accent = DARK[alpha3], ACCENT[alpha3]
    values = values_of(truth, spec, family, kind)
    second = second_words(alpha3)
    width, height = CARD if kind == "id_card" else PAGE
    image = shweshwe_ground((width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    framed(draw, (width, height), deep, accent)
    kiosk_header(draw, spec, kind, width, deep, second)
    tall = height_of(truth)
    if kind == "id_card":
        labels = dict(family["labels"], height="Height")
        second = dict(second, height={"ZWE": "Ubude", "ZAF": "Lengte", "fr": "Taille", "sw": "Urefu"}.get(
            {"NGA": "fr", "GHA": "fr", "KEN": "sw", "UGA": "sw"}.get(alpha3, alpha3), "Height"))
        cx, cy = width - 168, 252
        round_portrait(image, draw, photo, cx, cy, alpha3)
        scribble(draw, companion_rng(truth, "kiosk-sign"), cx - 100, cy + 140, 200, 44, (30, 34, 80))
        sandwich(draw, 44, 124, "given", values["given"], labels, second, 640, deep)
        sandwich(draw, 44, 202, "surname", values["surname"], labels, second, 640, deep, 36)
        sandwich(draw, 44, 286, "dob", values["dob"], labels, second, 230, deep)
        sandwich(draw, 290, 286, "sex", values["sex"], labels, second, 120, deep)
        sandwich(draw, 430, 286, "height", tall, labels, second, 200, deep)
        sandwich(draw, 44, 364, "nationality", values["nationality"], labels, second, 230, deep)
        sandwich(draw, 290, 364, "expiry", values["expiry"], labels, second, 230, deep)
        sandwich(draw, 540, 364, "cardno", values["cardno"], labels, second, 200, deep, 26)
        draw.rounded_rectangle((40, 456, 704, 548), radius=46, outline=deep, width=3,
                               fill=shifted(tuple(int(0.3 * c + 0.7 * p) for c, p in zip(spec["color"], (250, 250, 246))), 6))
        draw.text((78, 476), second["id"], font=fitted(draw, second["id"], COMFORTAA_BOLD, 16, 230, smallest=11), fill=deep)
        draw.text((78, 502), labels["id"], font=font(COMFORTAA, 14), fill=(104, 106, 114))
        number = grouped_id(values["id"], alpha3)
        draw.text((676, 502), number, font=fitted(draw, number, PLAY_BOLD, 44, 380, smallest=24), fill=INK, anchor="rm")
        for k, colour in enumerate(FLAG_STRIPES[alpha3]):
            draw.rectangle((40 + k * 24, 576, 40 + k * 24 + 18, 582), fill=colour)
        return image
    labels = dict(family["passport_labels"], height="Height")
    second = dict(second, height={"ZWE": "Ubude", "ZAF": "Lengte", "fr": "Taille", "sw": "Urefu"}.get(
        {"NGA": "fr", "GHA": "fr", "KEN": "sw", "UGA": "sw"}.get(alpha3, alpha3), "Height"))
    cx, cy = width - 200, 300
    round_portrait(image, draw, photo, cx, cy, alpha3)
    scribble(draw, companion_rng(truth, "kiosk-sign"), cx - 120, cy + 186, 240, 54, (30, 34, 80))
    rows = [[("type", values["type"], 120), ("code", values["code"], 160), ("docno", values["docno"], 300)],
            [("given", values["given"], 780)], [("surname", values["surname"], 780)],
            [("nationality", values["nationality"], 260), ("sex", values["sex"], 130), ("height", tall, 200)],
            [("dob", values["dob"], 260), ("pob", values["pob"], 360)],
            [("issue", values["issue"], 260), ("expiry", values["expiry"], 260)],
            [("authority", values["authority"], 500)]]
    for r, row in enumerate(rows):
        x = 48
        for key, value, w in row:
            sandwich(draw, x, 124 + r * 82, key, value, labels, second, w, deep, 34 if key == "surname" else 30)
            x += w + 30
    draw.rectangle((16, 712, width - 17, height - 17), fill=(251, 251, 248))
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def kiosk_back(rng, truth, spec, family):
    alpha3 = spec["alpha3"]
    deep, accent = DARK[alpha3], ACCENT[alpha3]
    labels = family["labels"]
    second = second_words(alpha3)
    values = values_of(truth, spec, family, "id_card")
    width, height = CARD
    image = shweshwe_ground(CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    framed(draw, CARD, deep, accent)
    sandwich(draw, 44, 36, "pob", values["pob"], labels, second, 300, deep)
    sandwich(draw, 44, 120, "issue", values["issue"], labels, second, 300, deep)
    sandwich(draw, 44, 204, "authority", values["authority"], labels, second, 420, deep, 26)
    qr_code(draw, companion_rng(truth, "kiosk-qr"), 810, 44, 25, 6)
    wrapped(draw, notice(spec), font(COMFORTAA, 14), 44, 300, 700, shifted(deep, 30), step=19)
    draw.rectangle((16, 420, width - 17, height - 17), fill=(251, 251, 248))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `bedside`: the title up the right edge, the ID number under the portrait

NDEBELE = [(236, 188, 40), (200, 44, 44), (34, 82, 160), (40, 128, 72), (246, 244, 236), (120, 60, 140)]


def ndebele_ground(size, color):
    """A cream ground with faint stepped motifs as Ndebele house painting draws them (stepped
    gables and nested rectangles in thin outlines, a pale fill), in rows."""
    width, height = size
    paper = tuple(int(0.22 * c + 0.78 * p) for c, p in zip(color, (248, 244, 232)))
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    line, fill = shifted(paper, -20), shifted(paper, -7)
    cell = 132
    for row, y in enumerate(range(0, height + cell, cell)):
        for col, x in enumerate(range(-cell // 2 if row % 2 else 0, width + cell, cell)):
            steps = [(x + 14, y + 110), (x + 14, y + 70), (x + 34, y + 70), (x + 34, y + 46), (x + 54, y + 46),
                     (x + 54, y + 22), (x + 78, y + 22), (x + 78, y + 46), (x + 98, y + 46), (x + 98, y + 70),
                     (x + 118, y + 70), (x + 118, y + 110)]
            draw.polygon(steps, fill=fill, outline=line)
            draw.rectangle((x + 50, y + 78, x + 82, y + 110), outline=line, width=1)
            draw.line((x + 14, y + 110, x + 118, y + 110), fill=line, width=2)
    return image


def frieze(draw, x0, y0, x1, y1, upright=True):
    """A strip of Ndebele painting: bold blocks of colour in black outlines, stepped and
    triangular, along the strip."""
    length = (y1 - y0) if upright else (x1 - x0)
    breadth = (x1 - x0) if upright else (y1 - y0)
    draw.rectangle((x0, y0, x1, y1), fill=(246, 244, 236))

    def box(a0, b0, a1, b1, colour):
        rect = (x0 + b0, y0 + a0, x0 + b1, y0 + a1) if upright else (x0 + a0, y0 + b0, x0 + a1, y0 + b1)
        draw.rectangle(rect, fill=colour, outline=(16, 16, 16), width=2)

    def tri(points, colour):
        pts = [(x0 + b, y0 + a) if upright else (x0 + a, y0 + b) for a, b in points]
        draw.polygon(pts, fill=colour, outline=(16, 16, 16))

    a, k = 0, 0
    while a < length:
        unit = breadth * 1.6
        colour, other = NDEBELE[k % 4], NDEBELE[(k + 2) % 4]
        box(a + 2, 2, a + unit - 2, breadth - 2, colour)
        tri([(a + 6, breadth / 2), (a + unit / 2, 5), (a + unit - 6, breadth / 2), (a + unit / 2, breadth - 5)], other)
        box(a + unit / 2 - breadth * 0.14, breadth / 2 - breadth * 0.14, a + unit / 2 + breadth * 0.14,
            breadth / 2 + breadth * 0.14, NDEBELE[4])
        a += unit
        k += 1
    rect = (x0, y0, x1, y1)
    draw.rectangle(rect, outline=(16, 16, 16), width=2)


def title_band(image, draw, spec, x, y0, y1, deep):
    """The band of the issuer's deep colour with the title running up it."""
    width = image.width
    draw.rectangle((x, y0, width, y1), fill=deep)
    title = spec["title"]
    length = y1 - y0 - 40
    f = ImageFont.truetype(GENTIUM_BOLD, 38)
    scratch = ImageDraw.Draw(Image.new("L", (1, 1)))
    size = 38
    while size > 20 and scratch.textlength(title, font=f) > length:
        size -= 1
        f = ImageFont.truetype(GENTIUM_BOLD, size)
    w = int(scratch.textlength(title, font=f)) + 8
    h = size + 16
    strip = Image.new("L", (w, h), 0)
    ImageDraw.Draw(strip).text((4, 4), title, font=f, fill=255)
    strip = strip.rotate(90, expand=True)
    px = x + (width - x - strip.width) // 2 + 4
    py = y0 + (y1 - y0 - strip.height) // 2
    image.paste(Image.new("RGB", strip.size, (250, 246, 232)), (px, py), strip)


def caption_line(draw, x, y, key, labels, second, width, deep):
    """`English · second language` on one line: English in National Park, the second language in
    Gentium italics."""
    english, other = labels[key], second.get(key, labels[key])
    size = 17
    while size > 11:
        fe, fo = font(PARK, size), font(GENTIUM_ITALIC, size + 1)
        total = draw.textlength(english + "  ·  ", font=fe) + draw.textlength(other, font=fo)
        if total <= width:
            break
        size -= 1
    draw.text((x, y), english + "  ·  ", font=fe, fill=deep)
    draw.text((x + draw.textlength(english + "  ·  ", font=fe), y - 1), other, font=fo, fill=(96, 90, 84))


def bed_field(draw, x, y, key, value, labels, second, width, deep, size=32):
    if not value:
        return
    caption_line(draw, x, y, key, labels, second, width, deep)
    draw.text((x, y + 22), value, font=fitted(draw, value, PARK_HEAVY, size, width, smallest=16), fill=INK)


def mounted(image, draw, photo, x, y):
    draw.rectangle((x - 3, y - 3, x + photo.width + 12, y + photo.height + 12), fill=shifted(image.getpixel((x, y)), -30))
    draw.rectangle((x - 7, y - 7, x + photo.width + 6, y + photo.height + 6), fill=(252, 252, 250),
                   outline=(150, 150, 150), width=1)
    image.paste(photo, (x, y))


def bedside_front(rng, truth, spec, family, kind, photo):
    alpha3 = spec["alpha3"]
    deep = DARK[alpha3]
    values = values_of(truth, spec, family, kind)
    second = second_words(alpha3)
    width, height = CARD if kind == "id_card" else PAGE
    image = ndebele_ground((width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    band = width - 92
    bottom = height if kind == "id_card" else 690
    title_band(image, draw, spec, band, 0, bottom, deep)
    frieze(draw, band - 30, 0, band, bottom)
    coat_of_arms(draw, 60, 54, 34, deep)
    words = second["card" if kind == "id_card" else "passport"]
    draw.text((110, 22), KINDS[kind], font=fitted(draw, KINDS[kind], PARK_HEAVY, 30, band - 160, smallest=18), fill=deep)
    draw.text((112, 58), words.title() if kind == "id_card" else words,
              font=fitted(draw, words, GENTIUM_ITALIC, 22, band - 160, smallest=14), fill=shifted(deep, 50))
    draw.line((30, 96, band - 46, 96), fill=deep, width=2)
    if kind == "id_card":
        labels = family["labels"]
        mounted(image, draw, photo, 40, 116)
        right = band - 46
        x = 40 + photo.width + 34
        bed_field(draw, x, 112, "surname", values["surname"], labels, second, right - x, deep, 36)
        bed_field(draw, x, 190, "given", values["given"], labels, second, right - x, deep)
        half = (right - x) // 2
        bed_field(draw, x, 268, "dob", values["dob"], labels, second, half - 16, deep)
        bed_field(draw, x + half, 268, "sex", values["sex"], labels, second, half, deep)
        bed_field(draw, x, 346, "nationality", values["nationality"], labels, second, half - 16, deep)
        bed_field(draw, x + half, 346, "expiry", values["expiry"], labels, second, half, deep)
        bed_field(draw, x + half, 424, "cardno", values["cardno"], labels, second, half, deep, 28)
        caption_line(draw, 40, 448, "id", labels, second, x + half - 60, deep)
        number = grouped_id(values["id"], alpha3)
        draw.text((40, 472), number, font=fitted(draw, number, PARK_HEAVY, 48, x + half - 70, smallest=26), fill=INK)
        draw.line((40, 540, 360, 540), fill=(150, 150, 150), width=1)
        scribble(draw, companion_rng(truth, "bedside-sign"), 60, 548, 240, 46, (26, 30, 90))
        draw.text((40, 602), "Holder's signature", font=font(PARK, 13), fill=(110, 110, 110))
        return image
    labels = family["passport_labels"]
    mounted(image, draw, photo, 40, 118)
    caption_line(draw, 40, 118 + photo.height + 24, "docno", labels, second, 340, deep)
    draw.text((40, 118 + photo.height + 48), values["docno"], font=font(PARK_HEAVY, 44), fill=(150, 26, 30))
    right = band - 46
    x = 40 + photo.width + 40
    half = (right - x) // 2
    rows = [[("type", values["type"]), ("code", values["code"])], [("surname", values["surname"])],
            [("given", values["given"])], [("nationality", values["nationality"]), ("sex", values["sex"])],
            [("dob", values["dob"]), ("pob", values["pob"])], [("issue", values["issue"]), ("expiry", values["expiry"])],
            [("authority", values["authority"])]]
    for r, row in enumerate(rows):
        for c, (key, value) in enumerate(row):
            w = (right - x) if len(row) == 1 else half - 16
            bed_field(draw, x + c * half, 112 + r * 80, key, value, labels, second, w, deep, 36 if key == "surname" else 31)
    draw.rectangle((0, 690, width, height), fill=(252, 251, 247))
    frieze(draw, 0, 690, width, 706, upright=False)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def bedside_back(rng, truth, spec, family):
    alpha3 = spec["alpha3"]
    deep = DARK[alpha3]
    labels = family["labels"]
    second = second_words(alpha3)
    values = values_of(truth, spec, family, "id_card")
    width, height = CARD
    image = ndebele_ground(CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    frieze(draw, 0, 0, width, 24, upright=False)
    bed_field(draw, 40, 46, "pob", values["pob"], labels, second, 420, deep, 30)
    bed_field(draw, 40, 122, "issue", values["issue"], labels, second, 420, deep, 30)
    bed_field(draw, 40, 198, "authority", values["authority"], labels, second, 520, deep, 28)
    print_rng = companion_rng(truth, "bedside-thumb")
    thumbprint(draw, print_rng, 820, 150, 62, 84, (60, 60, 84))
    draw.ellipse((752, 60, 888, 240), outline=(150, 150, 150), width=1)
    draw.text((820, 250), "Right thumb", font=font(PARK, 13), fill=(110, 110, 110), anchor="ma")
    linear_barcode(draw, companion_rng(truth, "bedside-barcode"), 40, 290, 420, 60)
    wrapped(draw, notice(spec), font(GENTIUM_ITALIC, 16), 500, 290, 470, shifted(deep, 30), step=20)
    draw.rectangle((0, 398, width, height), fill=(252, 251, 247))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "kiosk":
        photo = portrait_of((236, 236) if kind == "id_card" else (300, 300))
        return kiosk_front(rng, truth, spec, family, kind, photo)
    photo = portrait_of((232, 292) if kind == "id_card" else (300, 380))
    return bedside_front(rng, truth, spec, family, kind, photo)


def render_back(rng, truth, spec, family):
    if family["style"] == "kiosk":
        return kiosk_back(rng, truth, spec, family)
    return bedside_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# Surfaces: `kiosk`'s painted counter and `bedside`'s blanket

def planks(rng, size):
    """The kiosk's counter: planks painted in a mobile-money brand's colour, the paint chipped
    and worn to the grey wood along the edges, dark gaps between the planks, nail heads, a
    ballpoint pen and a few coins on it; the planks a little askew."""
    width, height = size
    paint = np.array(rng.choice([(238, 196, 24), (24, 142, 64), (206, 32, 40), (30, 96, 176)]), float)
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    big = int(math.hypot(width, height)) + 8
    yy, xx = np.mgrid[0:big, 0:big].astype(float)
    pixels = np.ones((big, big, 3)) * paint
    grain = np.sin(yy / rng.uniform(2.5, 4.0) + 3 * np.sin(xx / rng.uniform(60, 140))) * 5
    pixels += grain[:, :, None]
    wood = np.array([150, 136, 112], float) + noise.normal(0, 8, (big, big, 1))
    worn = np.zeros((big, big))
    edges = []
    y = 0.0
    while y < big:
        h = rng.uniform(110, 190)
        edges.append(y)
        pixels[int(y):int(y + h)] *= rng.uniform(0.9, 1.06)
        y += h
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    chips = Image.new("L", (big, big), 0)
    cd = ImageDraw.Draw(chips)
    for e in edges:
        for _ in range(int(big / 60)):
            cx, cy = rng.uniform(0, big), e + rng.choice([-1, 1]) * rng.uniform(0, 22)
            r = rng.uniform(4, 26)
            points = [(cx + r * rng.uniform(0.4, 1.2) * math.cos(t), cy + r * 0.6 * rng.uniform(0.4, 1.2) * math.sin(t))
                      for t in np.linspace(0, 2 * math.pi, 9)[:-1]]
            cd.polygon(points, fill=255)
    for _ in range(int(big / 120)):  # a few knocks away from the edges
        cx, cy, r = rng.uniform(0, big), rng.uniform(0, big), rng.uniform(2, 9)
        cd.ellipse((cx - r, cy - r * 0.6, cx + r, cy + r * 0.6), fill=255)
    worn = np.asarray(chips.filter(ImageFilter.GaussianBlur(0.8)), float)[:, :, None] / 255
    pixels = np.asarray(image, float) * (1 - worn) + wood * worn
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for e in edges[1:]:
        draw.rectangle((0, e - 3, big, e + 3), fill=(34, 28, 22))
        for x in np.arange(rng.uniform(40, 200), big, rng.uniform(300, 500)):
            for dy in (-32, 32):
                draw.ellipse((x - 5, e + dy - 5, x + 5, e + dy + 5), fill=(70, 66, 62), outline=(40, 38, 36))
    image = image.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
    left, top = (big - width) // 2, (big - height) // 2
    image = image.crop((left, top, left + width, top + height))
    draw = ImageDraw.Draw(image)
    # A ballpoint pen and a few coins, near an edge of the frame (the document lies in the middle).
    side = rng.choice(["top", "bottom"])
    py = rng.uniform(0.03, 0.1) * height if side == "top" else rng.uniform(0.9, 0.97) * height
    px = rng.uniform(0.1, 0.5) * width
    a = math.radians(rng.uniform(-15, 15))
    length = rng.uniform(260, 340)
    end = (px + length * math.cos(a), py + length * math.sin(a))
    barrel = rng.choice([(20, 40, 140), (24, 24, 28), (170, 30, 30)])
    draw.line((px + 4, py + 6, end[0] + 4, end[1] + 6), fill=(40, 34, 30), width=20)  # its shadow
    draw.line((px, py, end[0], end[1]), fill=(236, 236, 240), width=20)  # the clear barrel
    draw.line((px, py, end[0], end[1]), fill=barrel, width=6)  # the refill's ink tube inside it
    cap = (px + 70 * math.cos(a), py + 70 * math.sin(a))
    draw.line((px, py, cap[0], cap[1]), fill=barrel, width=22)
    draw.line((px + 10 * math.cos(a), py + 10 * math.sin(a) - 9, cap[0], cap[1] - 9), fill=shifted(barrel, 60), width=4)
    tip = (end[0] + 34 * math.cos(a), end[1] + 34 * math.sin(a))
    draw.polygon([(end[0] - 10 * math.sin(a), end[1] + 10 * math.cos(a)), (end[0] + 10 * math.sin(a), end[1] - 10 * math.cos(a)),
                  tip], fill=(210, 210, 214), outline=(120, 120, 124))
    for _ in range(rng.randint(2, 4)):
        cx = rng.choice([rng.uniform(0.02, 0.12), rng.uniform(0.88, 0.98)]) * width
        cy = rng.uniform(0.1, 0.9) * height
        r = rng.uniform(20, 30)
        metal = rng.choice([(196, 170, 96), (176, 178, 182)])
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=metal, outline=shifted(metal, -60), width=2)
        draw.ellipse((cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), outline=shifted(metal, -30), width=1)
    return image.filter(ImageFilter.GaussianBlur(0.6))


BLANKETS = [((120, 20, 40), (230, 90, 120), (40, 110, 60)), ((24, 40, 120), (220, 200, 240), (60, 140, 200)),
            ((70, 30, 100), (236, 150, 200), (90, 160, 90)), ((110, 60, 26), (240, 200, 130), (170, 40, 40)),
            ((20, 90, 80), (240, 230, 200), (200, 60, 90))]


def rose(draw, rng, cx, cy, r, petal, leaf):
    """A printed rose: pointed leaves round it, three rings of petals from light to deep, a
    curl at the heart."""
    for _ in range(rng.randint(2, 4)):
        a = rng.uniform(0, 2 * math.pi)
        along = [(math.cos(a), math.sin(a)), (-math.sin(a), math.cos(a))]
        outline = []
        for t in np.linspace(0, 1, 12):
            outline.append((0.7 + 1.1 * t, 0.32 * math.sin(math.pi * t)))
        for t in np.linspace(1, 0, 12):
            outline.append((0.7 + 1.1 * t, -0.32 * math.sin(math.pi * t)))
        points = [(cx + r * (u * along[0][0] + v * along[1][0]), cy + r * (u * along[0][1] + v * along[1][1]))
                  for u, v in outline]
        draw.polygon(points, fill=leaf, outline=shifted(leaf, -50))
        draw.line((points[0], points[11]), fill=shifted(leaf, -50), width=2)
    deep = shifted(petal, -90)
    offset = rng.uniform(0, 2 * math.pi)
    for ring, (count, reach, size, colour) in enumerate([(6, 0.55, 0.5, petal), (5, 0.3, 0.38, shifted(petal, -45)),
                                                         (4, 0.12, 0.25, deep)]):
        for j in range(count):
            a = offset + 2 * math.pi * j / count + ring * 0.6
            px, py = cx + reach * r * math.cos(a), cy + reach * r * math.sin(a)
            draw.ellipse((px - size * r, py - 0.8 * size * r, px + size * r, py + 0.8 * size * r), fill=colour,
                         outline=shifted(colour, -40), width=2)
    draw.arc((cx - 0.18 * r, cy - 0.14 * r, cx + 0.18 * r, cy + 0.14 * r), 0, 300, fill=shifted(deep, -30), width=3)


def blanket(rng, size):
    """A fleecy raschel ("mink") blanket on a bed: a deep ground with large printed roses and
    leaves, the plush pile's soft fuzz and sheen, broad soft folds."""
    width, height = size
    ground, petal, leaf = rng.choice(BLANKETS)
    image = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(image)
    cell = rng.uniform(360, 460)
    for row, y in enumerate(np.arange(-cell / 2, height + cell, cell * 0.8)):
        for x in np.arange(-cell / 2 + (cell / 2 if row % 2 else 0), width + cell, cell):
            rose(draw, rng, x + rng.uniform(-40, 40), y + rng.uniform(-40, 40), rng.uniform(0.25, 0.34) * cell,
                 petal, leaf)
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(3.0)), float)
    fuzz = Image.fromarray(np.clip(noise.normal(128, 60, (height, width)), 0, 255).astype(np.uint8))
    fuzz = np.asarray(fuzz.filter(ImageFilter.GaussianBlur(1.2)), float)[:, :, None] / 128 - 1
    pixels *= 1 + 0.16 * fuzz
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    a = rng.uniform(0, math.pi)
    folds = np.sin((xx * math.cos(a) + yy * math.sin(a)) / rng.uniform(90, 150) + rng.uniform(0, 6))
    folds += 0.5 * np.sin((xx * math.sin(a) - yy * math.cos(a)) / rng.uniform(150, 260))
    pixels *= (1 + 0.14 * folds)[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def surface(rng, name, size):
    if name == "planks":
        return planks(rng, size)
    assert name == "blanket", name
    return blanket(rng, size)


# ---------------------------------------------------------------------------------------------
# Conditions

def finished(pixels, image):
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out.info.update(image.info)
    return out


def document_mask(image, blur=1.0):
    """Where the document is in the photo (its corners, as make-documents.py's photograph
    recorded them), 0 to 1; the whole frame where none are known."""
    corners = image.info.get("document_corners")
    shape = Image.new("L", image.size, 0 if corners else 255)
    if corners:
        ImageDraw.Draw(shape).polygon([tuple(c) for c in corners], fill=255)
    return np.asarray(shape.filter(ImageFilter.GaussianBlur(blur)), float) / 255


UMBRELLAS = [(1.0, 0.82, 0.36), (0.6, 0.9, 0.6), (1.0, 0.6, 0.56), (0.62, 0.74, 1.0)]


def umbrella(rng, image):
    """In the shade of the kiosk's branded umbrella at midday: most of the frame under it, lit
    through its panels (the brand's colour and white by turns, so the cast changes from panel to
    panel with soft seams), the rest in the bright sun beyond the scalloped edge of its valance."""
    width, height = image.size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    tint = np.array(rng.choice(UMBRELLAS))
    # The umbrella's centre above, outside the frame; panels as sectors round it.
    a = rng.uniform(0, 2 * math.pi)
    ux, uy = width / 2 + 1.4 * width * math.cos(a), height / 2 + 1.4 * height * math.sin(a)
    angle = np.arctan2(yy - uy, xx - ux)
    panels = rng.choice([8, 10, 12])
    phase = rng.uniform(0, 2 * math.pi)
    coloured = 0.5 + 0.5 * np.tanh(6 * np.sin(panels / 2 * (angle + phase)))
    strength = (0.45 + 0.55 * coloured)[:, :, None]
    cast = 1 - strength * (1 - tint)
    # The valance's scalloped edge: at a distance from the centre, the sun beyond it.
    distance = np.hypot(xx - ux, yy - uy)
    reach = np.percentile(distance, rng.uniform(62, 86))
    scallop = 46 * np.abs(np.sin(panels * (angle + phase)))
    edge = 1 / (1 + np.exp(-(distance - reach - scallop) / rng.uniform(6, 14)))[:, :, None]
    shade = rng.uniform(0.66, 0.8)
    pixels = np.asarray(image, float)
    shaded = pixels * cast * shade
    sunny = pixels * 1.12 + 14
    pixels = shaded * (1 - edge) + sunny * edge
    return finished(pixels, image)


def lens_fog(rng, image):
    """The lens fogged with condensation (out of an air-conditioned hall or car into the humid
    heat): a milky glow bleeding out of the light parts over the dark, contrast lifted, thickest
    in a patch near the middle and clearing towards the frame's edges, where it evaporates first."""
    width, height = image.size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    cx, cy = rng.uniform(0.35, 0.65) * width, rng.uniform(0.35, 0.65) * height
    r = np.hypot((xx - cx) / width, (yy - cy) / height)
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    small = Image.fromarray(np.clip(noise.normal(128, 50, (height // 40 + 1, width // 40 + 1)), 0, 255).astype(np.uint8))
    blotch = np.asarray(small.resize((width, height), Image.BICUBIC), float) / 255
    density = np.clip((1 - (r / rng.uniform(0.55, 0.8)) ** 2) * (0.75 + 0.5 * blotch), 0, 1)
    density = (density * rng.uniform(0.42, 0.55))[:, :, None]
    glow = np.asarray(image.filter(ImageFilter.GaussianBlur(rng.uniform(12, 20))), float)
    soft = np.asarray(image.filter(ImageFilter.GaussianBlur(1.8)), float)
    pixels = np.asarray(image, float)
    pixels = pixels * (1 - density) + soft * density  # the droplets scatter: the picture softens
    veil = 0.6 * np.minimum(255, glow * 1.12) + 0.4 * np.array([228, 230, 232], float)
    pixels = pixels * (1 - density) + veil * density
    return finished(pixels, image)


NETS = [(244, 244, 240), (244, 244, 240), (180, 210, 240), (190, 230, 200), (244, 200, 214)]


def mosquito_net(rng, image):
    """A fold of the mosquito net hanging close in front of the lens over one side of the frame:
    a soft pale veil, thicker where the net's folds overlap, with the mesh's threads blurred
    (far out of focus) in it; the rest of the frame clear."""
    width, height = image.size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    side = rng.choice(["left", "right", "top"])
    across = {"left": xx / width, "right": 1 - xx / width, "top": yy / height}[side]
    along = {"left": yy / height, "right": yy / height, "top": xx / width}[side]
    reach = rng.uniform(0.25, 0.5) + 0.06 * np.sin(along * rng.uniform(5, 9) + rng.uniform(0, 6))
    drape = 1 / (1 + np.exp((across - reach) / 0.03))
    folds = 0.5 + 0.5 * np.sin(along * rng.uniform(14, 24) + 3 * across + rng.uniform(0, 6))
    period = rng.uniform(9, 14)
    wobble = 2.5 * np.sin(yy / 37.0 + xx / 53.0)
    u = (xx + yy * 0.5 + wobble) / period
    v = (xx - yy * 0.5 - wobble) / period
    mesh = np.maximum(np.exp(-((u - np.round(u)) / 0.16) ** 2), np.exp(-((v - np.round(v)) / 0.16) ** 2))
    mesh = np.asarray(Image.fromarray((mesh * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(1.4, 2.2))),
                      float) / 255
    colour = np.array(rng.choice(NETS), float)
    amount = (drape * (0.16 + 0.12 * folds + 0.3 * mesh) * rng.uniform(0.8, 1.0))[:, :, None]
    pixels = np.asarray(image, float)
    pixels = pixels * (1 - amount) + colour * amount
    return finished(pixels, image)


def lint(rng, image):
    """The blanket's fibres and fluff on the document: curly strands and small tufts in the
    blanket's colours and white, here and there a dark hair; the fleece's pile standing over the
    document's edges in the colour round them."""
    width, height = image.size
    inside = document_mask(image)
    corners = image.info.get("document_corners") or [(0, 0), (width, 0), (width, height), (0, height)]
    pixels = np.asarray(image, float)
    layer = Image.new("RGB", image.size, (0, 0, 0))
    alpha = Image.new("L", image.size, 0)
    ld, ad = ImageDraw.Draw(layer), ImageDraw.Draw(alpha)
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    box = (max(0, min(xs)), max(0, min(ys)), min(width - 1, max(xs)), min(height - 1, max(ys)))

    def strand(x, y, length, colour, w, opacity):
        a = rng.uniform(0, 2 * math.pi)
        points = [(x, y)]
        for _ in range(int(length / 4)):
            a += rng.uniform(-0.6, 0.6)
            x, y = x + 4 * math.cos(a), y + 4 * math.sin(a)
            points.append((x, y))
        ld.line(points, fill=colour, width=w, joint="curve")
        ad.line(points, fill=opacity, width=w, joint="curve")

    # The surface's colour just outside the document, for its fibres and pile.
    ring = pixels[(inside < 0.05)]
    fleece = tuple(int(c) for c in (np.median(ring, axis=0) if len(ring) else (120, 40, 60)))
    colours = [fleece, shifted(fleece, 50), (236, 232, 226), (236, 232, 226)]
    for _ in range(rng.randint(12, 30)):
        x, y = rng.uniform(box[0], box[2]), rng.uniform(box[1], box[3])
        strand(x, y, rng.uniform(18, 80), rng.choice(colours), 1, rng.randint(150, 230))
    for _ in range(rng.randint(3, 8)):  # tufts
        x, y = rng.uniform(box[0], box[2]), rng.uniform(box[1], box[3])
        colour = rng.choice(colours)
        for _ in range(rng.randint(8, 16)):
            strand(x + rng.uniform(-5, 5), y + rng.uniform(-5, 5), rng.uniform(8, 22), colour, 1, rng.randint(120, 200))
    if rng.random() < 0.6:  # a hair
        x, y = rng.uniform(box[0], box[2]), rng.uniform(box[1], box[3])
        strand(x, y, rng.uniform(60, 140), (24, 20, 18), 1, 220)
    # The pile over the document's edges: short fibres across each edge.
    for k in range(4):
        (x0, y0), (x1, y1) = corners[k], corners[(k + 1) % 4]
        n = int(math.hypot(x1 - x0, y1 - y0) / 3)
        for t in np.linspace(0, 1, n):
            if rng.random() < 0.5:
                continue
            x, y = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
            a = rng.uniform(0, 2 * math.pi)
            length = rng.uniform(3, 10)
            colour = shifted(fleece, rng.randint(-20, 30))
            ld.line((x, y, x + length * math.cos(a), y + length * math.sin(a)), fill=colour, width=2)
            ad.line((x, y, x + length * math.cos(a), y + length * math.sin(a)), fill=rng.randint(140, 230), width=2)
    # Softened a little (the fibres stand off the document, a hair out of focus), premultiplied so
    # that their colour does not darken where they fade.
    opacity = np.asarray(alpha, float)[:, :, None] / 255
    inked = Image.fromarray(np.clip(np.asarray(layer, float) * opacity, 0, 255).astype(np.uint8))
    inked = np.asarray(inked.filter(ImageFilter.GaussianBlur(0.6)), float)
    opacity = np.asarray(alpha.filter(ImageFilter.GaussianBlur(0.6)), float)[:, :, None] / 255
    pixels = pixels * (1 - opacity) + inked
    return finished(pixels, image)


def apply_condition(rng, image, condition):
    handlers = dict(umbrella=umbrella, lens_fog=lens_fog, mosquito_net=mosquito_net, lint=lint)
    return handlers[condition](rng, image), None
