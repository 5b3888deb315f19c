"""The twenty-seventh held-out layout families for scripts/make-documents.py: `boda` and
`homestead` (their specs are in document_families.FAMILIES, which says what they look like). This
module draws both, the surfaces they lie on and the four capture conditions that come with them.

Why these two. Both are places where documents are photographed for KYC in these countries that
no earlier family shows:

`boda`: the rider's document laid on the SEAT of his motorcycle at the boda-boda (okada) stage
and photographed by the agent who signs riders up for a ride-hailing app, a bike-on-credit loan
or the stage's SACCO, at noon, the engine left running. The layout: the ID number printed DOWN
the card's left edge on a dark slate band, reading from top to bottom as a book's spine does,
its caption above it the same way (a passport's number the same); the title SPLIT by the arms in
the middle of the top, the state's style at their left and the country's name at their right;
the portrait at the right in a HEXAGON with an orange rim, the signature and the card's serial
number under it; every caption after a small orange PICTOGRAM (a person for the names, a
calendar for the dates, a globe for the citizenship, a pin for the birthplace), in English
worded as a rider's documents are read out, `Family name`, `First names`, `Born`, `Gender`,
`Citizenship`, `Valid until`, `Birthplace`, `Card serial`; dates with MIDDLE DOTS,
`14·09·1987`; a pale ground dyed like Yoruba ADIRE cloth (squares of resist motifs, circles,
spirals, leaves, combs, on pale indigo), slate and a hi-vis orange whatever the issuer; the back
a hexagonal 2-D code with a bullseye (as a MaxiCode) beside the date of issue and the
authority. Title in Eurofurence Bold (a
rounded geometric sans), captions and values in Tuffy, the numbers down the edge in League Mono
Condensed Bold (Debian's fonts-eurofurence, fonts-tuffy and fonts-league-mono, new with these
families). Surface: `saddle` (the motorcycle's vinyl seat, quilted in diamonds or pleated
across, stitched, shiny along its crown, dusty, its side falling away at an edge to the red
murram of the stage or the painted tank). Conditions: `hdr_halo` (the phone's automatic HDR
under the noon sun: the scene's tones squeezed, dark and bright halos round the document's edge
and the print, colours pushed) and `judder` (the idling engine shaking the seat while the phone's
rolling shutter reads the frame row by row: the rows a few pixels off in a wave down the frame,
every edge a little doubled).

`homestead`: the document photographed on a FIELD OFFICER's clipboard at a farmer's homestead,
as agents of input-loan programmes, SACCOs, cooperatives and agricultural insurers register
smallholders in the villages: the card or passport laid on the application form clipped to the
board on her lap, the photo taken with a GPS stamp camera app that the programme asks for. The
layout: every value in an outlined rounded box whose caption is set INTO its top border as a
form's fieldset legend (English in Routed Gothic capitals), the issuer's language set into its
BOTTOM border at the right in Old Standard italics (isiNdebele, Afrikaans, Igbo, Kiswahili,
French, Luganda); the title in Old Standard Bold inside a CARTOUCHE with concave corners and a
double rule, the arms at its left and the flag at its right; the portrait at the left with the
signature box under it; surname, given names, birth date, sex and nationality, expiry and card
number in boxes at the right, the ID number in a wide box across the foot of the card; dates
YEAR FIRST with the month's letters, `1987-SEP-14`; values in Yrsa Bold; a cream ground with
rows of small beads in arcs, as a Maasai beaded collar, maroon and green whatever the issuer.
Surface: `clipboard` (the board, hardboard or plastic, the programme's printed form on it with
the officer's ballpoint entries, its steel clip at the top, and beyond its edge the officer's
trousers). Conditions: `geotag` (the GPS camera app's stamp: a dark translucent panel at the
foot of the photo with a small map, the place, its coordinates and the date and time, or the
same as a black strip under the photo where the document leaves no room) and `lens_finger` (the
officer's fingertip over a corner of the lens: a large soft blob of skin lit red-orange through
its edge, hazing the frame near it, never over the document's fields).

document_families.py imports this module only when one of these families is drawn, one of their
surfaces laid or one of their conditions applied, so every other family's documents stay the
same, image for image, for a seed. Truth, MRZ, ID numbers and tampering are the shared code's:
this module only draws them (values_of gives what tampering put there).
"""
import datetime as dt
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from document_families import FLAG_STRIPES, HANDS, draw_mrz, scribble
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_nineteenth import companion_rng, values_of
from document_families_seventeenth import fitted, spaced
from document_families_twentieth import notice
from document_families_twentysixth import document_mask, document_quad, finished, font, mix, smooth_noise

EURO_BOLD = "/usr/share/fonts/truetype/eurofurence/eurof75.ttf"
TUFFY = "/usr/share/fonts/truetype/tuffy/Tuffy.ttf"
TUFFY_BOLD = "/usr/share/fonts/truetype/tuffy/Tuffy_Bold.ttf"
LEAGUE_MONO = "/usr/share/fonts/opentype/league-mono/LeagueMono-CondensedBold.otf"
OLD_STANDARD_BOLD = "/usr/share/fonts/truetype/fonts-oldstandard/OldStandard-Bold.ttf"
OLD_STANDARD_ITALIC = "/usr/share/fonts/truetype/fonts-oldstandard/OldStandard-Italic.ttf"
ROUTED = "/usr/share/fonts/truetype/routed-gothic/routed-gothic.ttf"
YRSA_BOLD = "/usr/share/fonts/truetype/fonts-yrsa-rasa/Yrsa-Bold.ttf"
# The form on the clipboard is printed from a word processor (Carlito, Calibri's metrics) and
# filled in with a ballpoint (the handwriting faces of fonts-bwht); the GPS camera app's stamp is
# set in Roboto, as Android sets it: faces earlier families already need.
CARLITO = "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"
CARLITO_BOLD = "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"
ROBOTO = "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf"
ROBOTO_BOLD = "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf"
CARD = (1012, 638)
PAGE = (1250, 880)
KINDS = {"id_card": "NATIONAL IDENTITY CARD", "passport": "PASSPORT"}

SLATE = (30, 42, 72)
ORANGE = (226, 114, 26)
BODA_INK = (20, 24, 36)
BODA_CAPTION = (72, 84, 108)
INDIGO_PALE = (212, 224, 240)
MAROON = (122, 30, 36)
GREEN = (30, 86, 60)
CREAM = (249, 243, 228)
BOX = (252, 249, 240)
HOME_INK = (24, 22, 22)
MRZ_PAPER = (251, 250, 246)


# ---------------------------------------------------------------------------------------------
# `boda`: the number down the left edge, a split title, a hexagonal portrait, pictograms

def adire_ground(rng, size, color):
    """A pale ground dyed like adire eleko cloth: squares, each with a resist motif (rings, a
    spiral, a comb, a leaf, zigzags, dots in a cross, hatching), lighter than the pale indigo
    round them, stitched borders between the squares, the dye a little uneven."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    dye = mix(INDIGO_PALE, color, 0.12)
    resist, border = mix(dye, (255, 255, 255), 0.5), mix(dye, SLATE, 0.07)
    image = Image.new("RGB", size, dye)
    draw = ImageDraw.Draw(image)
    s = 72
    for j in range(height // s + 1):
        for i in range(width // s + 1):
            x, y = i * s, j * s
            cx, cy = x + s / 2, y + s / 2
            motif = rng.randrange(7)
            if motif == 0:  # rings round a dot
                for r in (0.38, 0.26, 0.14):
                    draw.ellipse((cx - r * s, cy - r * s, cx + r * s, cy + r * s), outline=resist, width=2)
                draw.ellipse((cx - 3, cy - 3, cx + 3, cy + 3), fill=resist)
            elif motif == 1:  # a spiral
                points = [(cx + 0.42 * s * t / 20 * math.cos(t / 2.2), cy + 0.42 * s * t / 20 * math.sin(t / 2.2))
                          for t in np.linspace(0, 20, 60)]
                draw.line(points, fill=resist, width=2)
            elif motif == 2:  # Olokun's comb: a half disc with its teeth
                draw.arc((cx - 0.36 * s, cy - 0.2 * s, cx + 0.36 * s, cy + 0.52 * s), 180, 360, fill=resist, width=2)
                for k in range(7):
                    t = math.pi + (k + 0.5) * math.pi / 7
                    draw.line((cx + 0.18 * s * math.cos(t), cy + 0.16 * s + 0.18 * s * math.sin(t),
                               cx + 0.36 * s * math.cos(t), cy + 0.16 * s + 0.36 * s * math.sin(t)), fill=resist, width=2)
            elif motif == 3:  # a leaf with its veins
                draw.ellipse((cx - 0.16 * s, cy - 0.4 * s, cx + 0.16 * s, cy + 0.4 * s), outline=resist, width=2)
                draw.line((cx, cy - 0.38 * s, cx, cy + 0.38 * s), fill=resist, width=1)
                for k in (-0.2, 0.0, 0.2):
                    draw.line((cx, cy + k * s, cx - 0.12 * s, cy + (k - 0.1) * s), fill=resist, width=1)
                    draw.line((cx, cy + k * s, cx + 0.12 * s, cy + (k - 0.1) * s), fill=resist, width=1)
            elif motif == 4:  # zigzags
                for k in (-0.22, 0.0, 0.22):
                    draw.line([(x + 6 + 10 * n, cy + k * s + (5 if n % 2 else -5)) for n in range(7)], fill=resist, width=2)
            elif motif == 5:  # dots in a cross
                for dx, dy in [(0, 0), (-0.25, 0), (0.25, 0), (0, -0.25), (0, 0.25), (-0.25, -0.25), (0.25, 0.25),
                               (-0.25, 0.25), (0.25, -0.25)]:
                    r = 4 if dx == dy == 0 else 2.6
                    draw.ellipse((cx + dx * s - r, cy + dy * s - r, cx + dx * s + r, cy + dy * s + r), fill=resist)
            else:  # hatching
                for k in range(-3, 4):
                    inset = 18 if k % 2 else 0  # the strokes cut short at one end or the other by turns
                    draw.line((cx + k * 9 - 0.3 * s + (18 - inset), cy + 0.3 * s - (18 - inset),
                               cx + k * 9 + 0.3 * s - inset, cy - 0.3 * s + inset), fill=resist, width=2)
    for x in range(0, width + s, s):
        draw.line((x, 0, x, height), fill=border, width=2)
    for y in range(0, height + s, s):
        draw.line((0, y, width, y), fill=border, width=2)
    pixels = np.asarray(image, float) * (1 + 0.02 * smooth_noise(noise, (height, width), 9))[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def down_text(image, text, f, fill, cx, top, tracking=0.0):
    """`text` turned a quarter clockwise, reading from top to bottom as a book's spine does,
    centred on x = cx from y = top; returns the y under it."""
    probe = ImageDraw.Draw(image)
    length = int(probe.textlength(text, font=f) + tracking * len(text)) + 8
    ascent, descent = f.getmetrics()
    mask = Image.new("L", (length, ascent + descent + 4), 0)
    spaced(ImageDraw.Draw(mask), (2, 2), text, f, 255, tracking=tracking)
    mask = mask.transpose(Image.Transpose.ROTATE_270)
    image.paste(Image.new("RGB", mask.size, fill), (int(round(cx - mask.width / 2)), int(top)), mask)
    return top + mask.height


def spine(image, draw, width_band, height, caption, number):
    """The dark band down the left edge: the caption, then the number, both reading down."""
    draw.rectangle((0, 0, width_band, height), fill=SLATE)
    draw.line((width_band, 0, width_band, height), fill=ORANGE, width=3)
    cx = width_band / 2
    y = down_text(image, caption.upper(), font(TUFFY_BOLD, 15), ORANGE, cx, 26, tracking=2.0)
    if number:
        room = height - y - 40
        f = fitted(draw, number, LEAGUE_MONO, 38, room, smallest=22, tracking=4.0)
        down_text(image, number, f, (250, 248, 240), cx, y + 22, tracking=4.0)


def split_title(draw, spec, kind, left, right):
    """The arms in the middle of the top, the state's style at their left and the country's
    name at their right; the document's kind across an orange rule under them."""
    title, name = spec["title"], spec["name"]
    style = title[:-len(name)].strip() if title.endswith(name) else " ".join(title.split()[:-1])
    name = title[len(style):].strip()
    cx = (left + right) / 2
    coat_of_arms(draw, cx, 48, 32, SLATE)
    room = cx - left - 58
    f = fitted(draw, style, EURO_BOLD, 34, room, smallest=18)
    f = min(f, fitted(draw, name, EURO_BOLD, 34, room, smallest=18), key=lambda g: g.size)
    draw.text((cx - 52, 52), style, font=f, fill=SLATE, anchor="rm")
    draw.text((cx + 52, 52), name, font=f, fill=SLATE, anchor="lm")
    text = KINDS[kind]
    k = font(TUFFY_BOLD, 16)
    w = draw.textlength(text, font=k) + 2.5 * len(text)
    draw.line((left + 8, 100, cx - w / 2 - 14, 100), fill=ORANGE, width=2)
    draw.line((cx + w / 2 + 14, 100, right - 8, 100), fill=ORANGE, width=2)
    spaced(draw, (cx - w / 2, 91), text, k, ORANGE, tracking=2.5)


def pictogram(draw, kind, x, y, s, ink):
    """A small pictogram `s` pixels high from (x, y): `person`, `calendar`, `globe`, `gender`,
    `card`, `pin`, `building`, `book`."""
    if kind == "person":
        draw.ellipse((x + 0.3 * s, y, x + 0.7 * s, y + 0.4 * s), fill=ink)
        draw.chord((x + 0.08 * s, y + 0.46 * s, x + 0.92 * s, y + 1.4 * s), 180, 360, fill=ink)
    elif kind == "calendar":
        draw.rectangle((x + 0.04 * s, y + 0.16 * s, x + 0.96 * s, y + s), outline=ink, width=2)
        draw.rectangle((x + 0.04 * s, y + 0.16 * s, x + 0.96 * s, y + 0.38 * s), fill=ink)
        for dx in (0.28, 0.72):
            draw.line((x + dx * s, y, x + dx * s, y + 0.26 * s), fill=ink, width=2)
        for dx in (0.3, 0.5, 0.7):
            for dy in (0.56, 0.8):
                draw.rectangle((x + dx * s - 1, y + dy * s - 1, x + dx * s + 1, y + dy * s + 1), fill=ink)
    elif kind == "globe":
        draw.ellipse((x, y, x + s, y + s), outline=ink, width=2)
        draw.ellipse((x + 0.3 * s, y, x + 0.7 * s, y + s), outline=ink, width=1)
        draw.line((x, y + 0.5 * s, x + s, y + 0.5 * s), fill=ink, width=1)
    elif kind == "gender":
        draw.ellipse((x + 0.1 * s, y + 0.22 * s, x + 0.62 * s, y + 0.74 * s), outline=ink, width=2)
        draw.line((x + 0.55 * s, y + 0.3 * s, x + 0.92 * s, y + 0.02 * s), fill=ink, width=2)
        draw.line((x + 0.66 * s, y + 0.02 * s, x + 0.92 * s, y + 0.02 * s, x + 0.92 * s, y + 0.26 * s), fill=ink, width=2)
        draw.line((x + 0.36 * s, y + 0.74 * s, x + 0.36 * s, y + s), fill=ink, width=2)
        draw.line((x + 0.22 * s, y + 0.88 * s, x + 0.5 * s, y + 0.88 * s), fill=ink, width=2)
    elif kind == "card":
        draw.rounded_rectangle((x, y + 0.16 * s, x + s, y + 0.84 * s), radius=2, outline=ink, width=2)
        draw.rectangle((x + 0.14 * s, y + 0.34 * s, x + 0.38 * s, y + 0.62 * s), fill=ink)
        draw.line((x + 0.5 * s, y + 0.4 * s, x + 0.86 * s, y + 0.4 * s), fill=ink, width=1)
        draw.line((x + 0.5 * s, y + 0.58 * s, x + 0.8 * s, y + 0.58 * s), fill=ink, width=1)
    elif kind == "pin":
        draw.polygon([(x + 0.16 * s, y + 0.42 * s), (x + 0.5 * s, y + s), (x + 0.84 * s, y + 0.42 * s)], fill=ink)
        draw.ellipse((x + 0.14 * s, y, x + 0.86 * s, y + 0.72 * s), fill=ink)
        draw.ellipse((x + 0.38 * s, y + 0.22 * s, x + 0.62 * s, y + 0.46 * s), fill=(255, 255, 255))
    elif kind == "building":
        draw.polygon([(x, y + 0.32 * s), (x + 0.5 * s, y), (x + s, y + 0.32 * s)], fill=ink)
        for dx in (0.14, 0.4, 0.66):
            draw.rectangle((x + dx * s, y + 0.4 * s, x + (dx + 0.16) * s, y + 0.86 * s), fill=ink)
        draw.rectangle((x, y + 0.9 * s, x + s, y + s), fill=ink)
    else:  # book
        draw.rectangle((x + 0.12 * s, y, x + 0.9 * s, y + s), outline=ink, width=2)
        draw.line((x + 0.26 * s, y, x + 0.26 * s, y + s), fill=ink, width=2)
        draw.ellipse((x + 0.44 * s, y + 0.3 * s, x + 0.76 * s, y + 0.62 * s), outline=ink, width=1)


def boda_field(draw, x, y, icon, caption, value, width, size=30):
    """A pictogram and its caption, the value under them."""
    if not value:
        return
    pictogram(draw, icon, x, y + 2, 16, ORANGE)
    draw.text((x + 24, y), caption, font=font(TUFFY, 17), fill=BODA_CAPTION)
    draw.text((x, y + 24), value, font=fitted(draw, value, TUFFY_BOLD, size, width, smallest=16), fill=BODA_INK)


def hexagon(cx, cy, r):
    """A hexagon standing on a point: its corners from the top one, clockwise."""
    return [(cx + r * math.cos(math.radians(-90 + 60 * k)), cy + r * math.sin(math.radians(-90 + 60 * k))) for k in range(6)]


def hex_photo(image, draw, photo, cx, cy):
    """The portrait cut to a hexagon standing on a point, in an orange rim and a slate line."""
    r = photo.height / 2
    draw.polygon(hexagon(cx, cy, r + 9), outline=SLATE, width=2)
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).polygon(hexagon(photo.width / 2, photo.height / 2, r), fill=255)
    image.paste(photo, (int(cx - photo.width / 2), int(cy - photo.height / 2)), mask)
    draw.polygon(hexagon(cx, cy, r + 2), outline=ORANGE, width=5)


def hex_size(r):
    """The portrait's size for a hexagon of radius r (a point at the top and at the bottom)."""
    return int(round(math.sqrt(3) * r)), int(2 * r)


def honeycomb_foot(draw, left, width, height):
    draw.rectangle((left, height - 10, width, height), fill=SLATE)
    r = 7
    x = left + 12
    while x < width - 10:
        draw.polygon(hexagon(x, height - 24, r), outline=ORANGE, width=2)
        x += math.sqrt(3) * r + 5


def boda_front(rng, truth, spec, family, kind, photo):
    values = values_of(truth, spec, family, kind)
    width, height = CARD if kind == "id_card" else PAGE
    image = adire_ground(rng, (width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    if kind == "id_card":
        labels = family["labels"]
        spine(image, draw, 64, height, labels["id"], values["id"])
        split_title(draw, spec, kind, 64, width)
        cx, cy = width - 44 - photo.width / 2, 128 + photo.height / 2
        hex_photo(image, draw, photo, cx, cy)
        under = cy + photo.height / 2 + 16
        scribble(draw, companion_rng(truth, "boda-sign"), cx - 100, under, 200, 38, (30, 36, 90))
        draw.line((cx - 110, under + 50, cx + 110, under + 50), fill=BODA_CAPTION, width=1)
        draw.text((cx, under + 54), labels["signature"], font=font(TUFFY, 14), fill=BODA_CAPTION, anchor="ma")
        if values["cardno"]:
            f = font(TUFFY, 16)
            w = draw.textlength(labels["cardno"], font=f) + 24
            pictogram(draw, "card", cx - w / 2, 508, 16, ORANGE)
            draw.text((cx - w / 2 + 24, 506), labels["cardno"], font=f, fill=BODA_CAPTION)
            draw.text((cx, 530), values["cardno"], font=font(TUFFY_BOLD, 28), fill=BODA_INK, anchor="ma")
        boda_field(draw, 92, 128, "person", labels["surname"], values["surname"], 580, 38)
        boda_field(draw, 92, 224, "person", labels["given"], values["given"], 580, 32)
        boda_field(draw, 92, 320, "calendar", labels["dob"], values["dob"], 220, 30)
        boda_field(draw, 330, 320, "gender", labels["sex"], values["sex"], 90, 30)
        boda_field(draw, 440, 320, "globe", labels["nationality"], values["nationality"], 230, 28)
        boda_field(draw, 92, 416, "calendar", labels["expiry"], values["expiry"], 220, 30)
        boda_field(draw, 330, 416, "pin", labels["pob"], values["pob"], 340, 28)
        honeycomb_foot(draw, 64, width, height)
        return image
    labels = family["passport_labels"]
    spine(image, draw, 72, height, labels["docno"], values["docno"])
    split_title(draw, spec, kind, 72, width)
    cx, cy = width - 48 - photo.width / 2, 134 + photo.height / 2
    hex_photo(image, draw, photo, cx, cy)
    scribble(draw, companion_rng(truth, "boda-sign"), cx - 110, cy + photo.height / 2 + 20, 220, 44, (30, 36, 90))
    boda_field(draw, 104, 124, "book", labels["type"], values["type"], 100, 30)
    boda_field(draw, 250, 124, "globe", labels["code"], values["code"], 160, 30)
    boda_field(draw, 104, 206, "person", labels["surname"], values["surname"], 740, 40)
    boda_field(draw, 104, 292, "person", labels["given"], values["given"], 740, 34)
    boda_field(draw, 104, 378, "calendar", labels["dob"], values["dob"], 250, 30)
    boda_field(draw, 380, 378, "gender", labels["sex"], values["sex"], 100, 30)
    boda_field(draw, 510, 378, "globe", labels["nationality"], values["nationality"], 330, 30)
    boda_field(draw, 104, 464, "pin", labels["pob"], values["pob"], 300, 28)
    boda_field(draw, 430, 464, "building", labels["authority"], values["authority"], 410, 26)
    boda_field(draw, 104, 550, "calendar", labels["issue"], values["issue"], 250, 30)
    boda_field(draw, 380, 550, "calendar", labels["expiry"], values["expiry"], 250, 30)
    draw.rectangle((72, 694, width, height), fill=MRZ_PAPER)
    draw.line((72, 694, width, 694), fill=ORANGE, width=4)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def maxicode(draw, rng, x, y, cols, rows, pitch, ink):
    """A MaxiCode-like 2-D code: rows of small hexagons, alternate rows half a module in, round
    a bullseye of three rings in the middle."""
    w, h = cols * pitch + pitch / 2, rows * pitch * 0.87
    cx, cy = x + w / 2, y + h / 2
    ring = pitch * 1.05
    for j in range(rows):
        for i in range(cols):
            mx = x + i * pitch + (pitch / 2 if j % 2 else 0) + pitch / 2
            my = y + j * pitch * 0.87 + pitch / 2
            if math.hypot(mx - cx, my - cy) < ring * 4.2:
                continue
            if rng.random() < 0.5:
                draw.polygon(hexagon(mx, my, pitch * 0.52), fill=ink)
    for k in range(3, 0, -1):
        draw.ellipse((cx - ring * k, cy - ring * k, cx + ring * k, cy + ring * k), outline=ink, width=int(ring * 0.5))


def boda_back(rng, truth, spec, family):
    labels = family["labels"]
    values = values_of(truth, spec, family, "id_card")
    width, height = CARD
    image = adire_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 64, height), fill=SLATE)
    draw.line((64, 0, 64, height), fill=ORANGE, width=3)
    for k in range(12):
        draw.polygon(hexagon(32, 40 + 32 * k, 9), outline=ORANGE, width=2)
    boda_field(draw, 92, 40, "calendar", labels["issue"], values["issue"], 300, 30)
    boda_field(draw, 92, 130, "building", labels["authority"], values["authority"], 560, 28)
    draw.rectangle((714, 30, 966, 270), fill=(250, 250, 246))
    maxicode(draw, companion_rng(truth, "boda-maxicode"), 726, 40, 30, 32, 7.6, BODA_INK)
    y = 292
    f = font(TUFFY, 16)
    line = ""
    for word in notice(spec).split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > 820):
            draw.text((92, y), line, font=f, fill=SLATE)
            line, y = word or "", y + 21
        else:
            line = (line + " " + word).strip()
    draw.rectangle((64, 404, width, height), fill=MRZ_PAPER)
    draw.line((64, 404, width, 404), fill=ORANGE, width=4)
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `homestead`: fieldset boxes with captions in their borders, a cartouche, year-first dates

# The issuer's language set into each box's bottom border: isiNdebele (Zimbabwe), Afrikaans
# (South Africa), Igbo (Nigeria), Kiswahili (Kenya), French (Ghana, as on its ECOWAS documents)
# and Luganda (Uganda).
HOME_SECOND = {
    "ZWE": dict(surname="Isibongo", given="Amabizo", dob="Ilanga lokuzalwa", sex="Ubulili", nationality="Ubuzwe",
                expiry="Ilanga lokuphela", id="Inombolo yesitupa", cardno="Inombolo yekhadi", pob="Indawo yokuzalwa",
                issue="Ilanga lokukhutshwa", authority="Igunya", type="Uhlobo", code="Ikhodi",
                docno="Inombolo yephasiphothi", signature="Isayina", card="Isitupa Sesizwe", passport="Iphasiphothi"),
    "ZAF": dict(surname="Van", given="Voorname", dob="Geboortedatum", sex="Geslag", nationality="Nasionaliteit",
                expiry="Vervaldatum", id="ID-nommer", cardno="Kaartnommer", pob="Geboorteplek", issue="Uitreikingsdatum",
                authority="Uitreikingsowerheid", type="Tipe", code="Kode", docno="Paspoortnommer",
                signature="Handtekening", card="Nasionale Identiteitskaart", passport="Paspoort"),
    "NGA": dict(surname="Aha ezinụlọ", given="Aha", dob="Ụbọchị ọmụmụ", sex="Okike", nationality="Mba",
                expiry="Ụbọchị ngwụcha", id="Nọmba njirimara", cardno="Nọmba kaadị", pob="Ebe a mụrụ ya",
                issue="Ụbọchị e nyere ya", authority="Ndị nyere ya", type="Ụdị", code="Koodu",
                docno="Nọmba paspọtụ", signature="Mbinye aka", card="Kaadị Njirimara Mba", passport="Paspọtụ"),
    "KEN": dict(surname="Jina la ukoo", given="Majina", dob="Tarehe ya kuzaliwa", sex="Jinsia", nationality="Uraia",
                expiry="Tarehe ya mwisho", id="Nambari ya kitambulisho", cardno="Nambari ya kadi",
                pob="Mahali pa kuzaliwa", issue="Tarehe ya kutolewa", authority="Mamlaka", type="Aina", code="Msimbo",
                docno="Nambari ya pasipoti", signature="Sahihi", card="Kitambulisho cha Taifa", passport="Pasipoti"),
    "GHA": dict(surname="Nom", given="Prénoms", dob="Date de naissance", sex="Sexe", nationality="Nationalité",
                expiry="Date d'expiration", id="N° d'identification", cardno="N° de la carte", pob="Lieu de naissance",
                issue="Date de délivrance", authority="Autorité", type="Type", code="Code", docno="N° du passeport",
                signature="Signature", card="Carte nationale d'identité", passport="Passeport"),
    "UGA": dict(surname="Erinnya ly'ekika", given="Amannya", dob="Olunaku lw'okuzaalibwa", sex="Ekikula",
                nationality="Obutuuze", expiry="Olunaku lw'okuggwaako", id="Ennamba ya ndagamuntu",
                cardno="Ennamba ya kaadi", pob="Ekifo we yazaalibwa", issue="Olunaku lw'okugabibwa",
                authority="Ekitongole", type="Ekika", code="Koodi", docno="Ennamba ya paasipooti", signature="Omukono",
                card="Ndagamuntu", passport="Paasipooti"),
}

BEADS = [(196, 40, 40), (40, 80, 170), (232, 128, 30), (36, 128, 70), (226, 190, 40), (120, 120, 130)]


def beadwork_ground(rng, size, color):
    """A cream ground with rows of small beads in arcs round a point below the card, as on a
    Maasai beaded collar: bands of three rows in one colour, now and then a row of blocks of two
    colours by turns, all pale."""
    width, height = size
    paper = mix(CREAM, color, 0.14)
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    cx, cy = width / 2 + rng.uniform(-0.15, 0.15) * width, height * rng.uniform(1.5, 1.8)
    pitch = 12
    r = cy - height - 2 * pitch
    far = math.hypot(max(cx, width - cx), cy) + pitch
    band, colours = 0, [rng.choice(BEADS)]
    while r < far:
        if band % 3 == 0:
            colours = [rng.choice(BEADS)] if rng.random() < 0.75 else rng.sample(BEADS, 2)
        n = int(2 * math.pi * r / pitch)
        for k in range(n):
            a = 2 * math.pi * k / n
            x, y = cx + r * math.cos(a), cy + r * math.sin(a)
            if -6 < x < width + 6 and -6 < y < height + 6:
                ink = mix(paper, colours[(k // 6) % len(colours)], 0.2)
                draw.ellipse((x - 3.6, y - 3.6, x + 3.6, y + 3.6), fill=ink)
        r += pitch
        band += 1
    return image


def cartouche(draw, x0, y0, x1, y1, r, fill, ink):
    """A cartouche: a rectangle with concave quarter-circle corners, a double rule."""
    def outline(x0, y0, x1, y1, r):
        points = []
        for (cx, cy, a0, a1) in [(x1, y0, 180, 90), (x1, y1, 270, 180), (x0, y1, 360, 270), (x0, y0, 90, 0)]:
            for t in np.linspace(a0, a1, 10):
                points.append((cx + r * math.cos(math.radians(t)), cy + r * math.sin(math.radians(t))))
        return points
    draw.polygon(outline(x0, y0, x1, y1, r), fill=fill, outline=ink, width=3)
    draw.polygon(outline(x0 + 6, y0 + 6, x1 - 6, y1 - 6, r - 2), outline=ink, width=1)


def small_flag(draw, alpha3, x, y, w, h):
    stripes = FLAG_STRIPES[alpha3]
    step = h / len(stripes)
    for k, colour in enumerate(stripes):
        draw.rectangle((x, y + k * step, x + w, y + (k + 1) * step), fill=colour)
    draw.rectangle((x, y, x + w, y + h), outline=(70, 60, 50), width=1)


def home_header(draw, spec, kind, width, second):
    w = 520 if kind == "id_card" else 600
    x0, x1 = (width - w) / 2, (width + w) / 2
    cartouche(draw, x0, 12, x1, 74, 14, mix(CREAM, (255, 255, 255), 0.6), MAROON)
    title = spec["title"]
    draw.text((width / 2, 44), title, font=fitted(draw, title, OLD_STANDARD_BOLD, 32, w - 60, smallest=18),
              fill=MAROON, anchor="mm")
    coat_of_arms(draw, x0 - 54, 42, 30, GREEN)
    small_flag(draw, spec["alpha3"], x1 + 26, 24, 58, 38)
    english = KINDS[kind]
    other = second["card" if kind == "id_card" else "passport"]
    f, g = font(ROUTED, 15), font(OLD_STANDARD_ITALIC, 17)
    a = draw.textlength(english, font=f) + 2.0 * len(english)
    b = draw.textlength("  ·  " + other, font=g)
    x = width / 2 - (a + b) / 2
    spaced(draw, (x, 84), english, f, GREEN, tracking=2.0)
    draw.text((x + a, 82), "  ·  " + other, font=g, fill=(96, 84, 76))


def fieldset(draw, x0, y0, x1, y1, legend, other, value, size=30, path=YRSA_BOLD, tracking=0.0, centred=False):
    """A value in an outlined box, its English caption set into the top border at the left and
    the issuer's language into the bottom border at the right, as a form's fieldset legends."""
    r = 9
    draw.rounded_rectangle((x0, y0, x1, y1), radius=r, fill=BOX)
    f, g = font(ROUTED, 13), font(OLD_STANDARD_ITALIC, 15)
    top = (x0 + 14, x0 + 14 + draw.textlength(legend, font=f) + 1.2 * len(legend) + 10)
    bottom = (x1 - 14 - draw.textlength(other, font=g) - 10, x1 - 14) if other else (x1 - r, x1 - r)
    draw.line((x0 + r, y0, top[0], y0), fill=GREEN, width=2)
    draw.line((top[1], y0, x1 - r, y0), fill=GREEN, width=2)
    draw.line((x0 + r, y1, bottom[0], y1), fill=GREEN, width=2)
    draw.line((bottom[1], y1, x1 - r, y1), fill=GREEN, width=2)
    draw.line((x0, y0 + r, x0, y1 - r), fill=GREEN, width=2)
    draw.line((x1, y0 + r, x1, y1 - r), fill=GREEN, width=2)
    for (cx, cy, a) in [(x0 + r, y0 + r, 180), (x1 - r, y0 + r, 270), (x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90)]:
        draw.arc((cx - r, cy - r, cx + r, cy + r), a, a + 90, fill=GREEN, width=2)
    spaced(draw, (top[0] + 5, y0 - 6), legend, f, GREEN, tracking=1.2)
    if other:
        draw.text((bottom[0] + 5, y1 + 1), other, font=g, fill=(110, 92, 84), anchor="lm")
    if value:
        inner = x1 - x0 - 28
        fv = fitted(draw, value, path, size, inner, smallest=16, tracking=tracking)
        if centred:
            w = draw.textlength(value, font=fv) + tracking * len(value)
            spaced(draw, ((x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - fv.size * 0.62), value, fv, HOME_INK, tracking=tracking)
        else:
            draw.text((x0 + 14, (y0 + y1) / 2 + 2), value, font=fv, fill=HOME_INK, anchor="lm")


def home_front(rng, truth, spec, family, kind, photo):
    values = values_of(truth, spec, family, kind)
    second = HOME_SECOND[spec["alpha3"]]
    width, height = CARD if kind == "id_card" else PAGE
    image = beadwork_ground(rng, (width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    home_header(draw, spec, kind, width, second)
    if kind == "id_card":
        labels = family["labels"]
        px, py = 40, 122
        draw.rectangle((px - 7, py - 7, px + photo.width + 6, py + photo.height + 6), fill=BOX, outline=MAROON, width=2)
        image.paste(photo, (px, py))
        fieldset(draw, 30, 412, 262, 482, labels["signature"], None, None)
        scribble(draw, companion_rng(truth, "homestead-sign"), 50, 424, 190, 44, (26, 32, 92))

        def row(key, x0, x1, y, size=30):
            fieldset(draw, x0, y, x1, y + 58, labels[key], second[key], values[key], size)
        row("surname", 284, 978, 122, 34)
        row("given", 284, 978, 200, 30)
        row("dob", 284, 522, 278)
        row("sex", 540, 640, 278)
        row("nationality", 658, 978, 278, 28)
        row("expiry", 284, 522, 356)
        if values["cardno"]:
            row("cardno", 540, 978, 356)
        fieldset(draw, 284, 470, 978, 560, labels["id"], second["id"], values["id"], 40, tracking=5.0, centred=True)
        draw.rectangle((0, height - 10, width, height), fill=MAROON)
        return image
    labels = family["passport_labels"]
    px, py = 44, 130
    draw.rectangle((px - 7, py - 7, px + photo.width + 6, py + photo.height + 6), fill=BOX, outline=MAROON, width=2)
    image.paste(photo, (px, py))
    fieldset(draw, 34, py + photo.height + 24, 312, py + photo.height + 96, labels["signature"], None, None)
    scribble(draw, companion_rng(truth, "homestead-sign"), 56, py + photo.height + 38, 230, 46, (26, 32, 92))

    def row(key, x0, x1, y, size=30):
        fieldset(draw, x0, y, x1, y + 56, labels[key], second[key], values[key], size)
    row("type", 336, 456, 128)
    row("code", 476, 660, 128)
    row("docno", 680, 1210, 128, 32)
    row("surname", 336, 1210, 206, 36)
    row("given", 336, 1210, 284, 32)
    row("dob", 336, 620, 362)
    row("sex", 640, 750, 362)
    row("nationality", 770, 1210, 362, 28)
    row("pob", 336, 760, 440, 28)
    row("authority", 780, 1210, 440, 26)
    row("issue", 336, 620, 518)
    row("expiry", 640, 924, 518)
    draw.rectangle((0, 694, width, height), fill=MRZ_PAPER)
    draw.line((0, 694, width, 694), fill=GREEN, width=3)
    draw.line((0, 699, width, 699), fill=MAROON, width=1)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def home_back(rng, truth, spec, family):
    labels = family["labels"]
    second = HOME_SECOND[spec["alpha3"]]
    values = values_of(truth, spec, family, "id_card")
    width, height = CARD
    image = beadwork_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 10), fill=MAROON)
    fieldset(draw, 36, 40, 560, 98, labels["pob"], second["pob"], values["pob"], 30)
    fieldset(draw, 36, 122, 330, 180, labels["issue"], second["issue"], values["issue"], 30)
    fieldset(draw, 36, 204, 620, 262, labels["authority"], second["authority"], values["authority"], 26)
    fieldset(draw, 644, 40, 976, 200, labels["cardno"], second["cardno"], None)
    linear_barcode(draw, companion_rng(truth, "homestead-barcode"), 664, 60, 292, 80, ink=HOME_INK)
    draw.text((810, 156), values["cardno"] or "", font=font(YRSA_BOLD, 24), fill=HOME_INK, anchor="ma")
    y = 286
    f = font(OLD_STANDARD_ITALIC, 17)
    line = ""
    for word in notice(spec).split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > 900):
            draw.text((36, y), line, font=f, fill=GREEN)
            line, y = word or "", y + 22
        else:
            line = (line + " " + word).strip()
    draw.rectangle((0, 402, width, height), fill=MRZ_PAPER)
    draw.line((0, 402, width, 402), fill=GREEN, width=3)
    draw.line((0, 407, width, 407), fill=MAROON, width=1)
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "boda":
        photo = portrait_of(hex_size(138) if kind == "id_card" else hex_size(166))
        return boda_front(rng, truth, spec, family, kind, photo)
    photo = portrait_of((214, 270) if kind == "id_card" else (262, 330))
    return home_front(rng, truth, spec, family, kind, photo)


def render_back(rng, truth, spec, family):
    if family["style"] == "boda":
        return boda_back(rng, truth, spec, family)
    return home_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# Surfaces: `boda`'s motorcycle seat and `homestead`'s clipboard on the officer's lap

VINYLS = [(30, 30, 32), (26, 26, 26), (54, 38, 30), (74, 24, 28), (26, 32, 54)]
THREADS = [(150, 150, 150), (200, 60, 40), (220, 170, 40), (90, 90, 96)]
MURRAM = (164, 92, 56)
TANKS = [(170, 24, 30), (20, 60, 150), (20, 20, 22), (30, 110, 60)]


def saddle(rng, size):
    """A motorcycle's seat seen from above: vinyl quilted in diamonds or pleated across, each
    panel puffed, the seams dark grooves with a row of stitches beside them, a leathery grain,
    a shine along the seat's crown, dust; sometimes the seat's side falling away at one edge of
    the frame, its piping catching the light, and beyond it the red murram of the stage or the
    painted tank."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    vinyl = np.array(rng.choice(VINYLS), float)
    thread = np.array(rng.choice(THREADS), float)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    a = math.radians(rng.uniform(-25, 25) + rng.choice([0, 90]))
    along = (xx - width / 2) * math.cos(a) + (yy - height / 2) * math.sin(a)
    across = -(xx - width / 2) * math.sin(a) + (yy - height / 2) * math.cos(a)
    if rng.random() < 0.65:  # diamonds, three to five centimetres
        cell = rng.uniform(220, 420)
        u, v = (along + across) / cell, (along - across) / cell
        fu, fv = (u % 1 - 0.5) * 2, (v % 1 - 0.5) * 2
        d = np.maximum(np.abs(fu), np.abs(fv))
        to_seam = (1 - d) * cell / 2 / math.sqrt(2)
        run = np.where(np.abs(fu) > np.abs(fv), v, u) * cell
        puff = (1 - fu ** 2) * (1 - fv ** 2)
    else:  # pleats across the seat, two to three centimetres
        cell = rng.uniform(160, 300)
        f = ((along / cell) % 1 - 0.5) * 2
        d = np.abs(f)
        to_seam = (1 - d) * cell / 2
        run = across
        puff = 1 - f ** 2
    # Each panel puffed up: lit on the side towards the light, shaded on the other.
    gy, gx = np.gradient(puff.astype(np.float32))
    sun = rng.uniform(0, 2 * math.pi)
    light = 0.8 + 0.16 * puff + 0.03 * cell * (gx * math.cos(sun) + gy * math.sin(sun))
    light *= 1 - 0.5 * np.exp(-(to_seam / 3.0) ** 2)  # the groove
    gap = cell * rng.uniform(0.035, 0.055)
    stitch = np.exp(-((to_seam - gap) / 1.4) ** 2) * (np.sin(run / (cell / 45)) > -0.2)
    grain = smooth_noise(noise, (height, width), 260) * 0.035 + noise.normal(0, 0.02, (height, width))
    light *= 1 + grain
    crown = rng.uniform(-0.3, 0.3) * height
    shine = np.exp(-((across - crown) / rng.uniform(120, 260)) ** 2) * rng.uniform(40, 75) * (0.5 + 0.5 * puff)
    pixels = vinyl[None, None, :] * light[:, :, None] + shine[:, :, None]
    sewn = 0.8 * stitch[:, :, None]
    pixels = pixels * (1 - sewn) + thread[None, None, :] * sewn * (0.7 + 0.3 * puff[:, :, None])
    # Dust: a film thicker in patches, and specks.
    film = np.clip(smooth_noise(noise, (height, width), 5) * 0.5 + 0.4, 0, 1) * rng.uniform(0.05, 0.16)
    pixels = pixels * (1 - film[:, :, None]) + np.array(MURRAM, float) * 1.1 * film[:, :, None]
    specks = (noise.random((height, width)) < 0.0006).astype(np.float32)
    specks = np.asarray(Image.fromarray((specks * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0)), float) / 255
    specks = (2 * specks[:, :, None]).clip(0, 0.8)
    pixels = pixels * (1 - specks) + np.array((196, 170, 140), float) * specks
    if rng.random() < 0.55:  # the seat's side at one edge of the frame, and what lies beyond it
        side = rng.choice([-1, 1])
        edge = side * rng.uniform(0.36, 0.5) * height
        beyond = (across - edge) * side
        fall = np.clip(beyond / 70, 0, 1)
        pixels *= (1 - 0.7 * fall)[:, :, None]
        pixels += (np.exp(-((beyond + 4) / 4.0) ** 2) * 70)[:, :, None]  # the piping's highlight
        if rng.random() < 0.5:  # the stage's red earth
            ground = np.array(MURRAM, float) * (1 + 0.07 * smooth_noise(noise, (height, width), 40)
                                                + 0.06 * smooth_noise(noise, (height, width), 300))[:, :, None]
            ground *= (1 + noise.normal(0, 0.04, (height, width)))[:, :, None]
        else:  # the fuel tank's paint and its reflection
            tank = np.array(rng.choice(TANKS), float)
            ground = tank * (0.75 + 0.5 * np.exp(-(((beyond - 160) / 60) ** 2)))[:, :, None] + \
                (np.exp(-((beyond - 120) / 14) ** 2) * 90)[:, :, None]
        out = np.clip((beyond - 90) / 20, 0, 1)[:, :, None]
        pixels = pixels * (1 - out) + ground * out
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return image.filter(ImageFilter.GaussianBlur(0.7))


FORMS = [("SMALLHOLDER INPUT LOAN APPLICATION", "Form IL-3 (rev. 2026) · To be completed by the Field Officer"),
         ("FARMER REGISTRATION FORM", "Section A to D · Cooperative Membership and Savings"),
         ("CROP INSURANCE ENROLMENT FORM", "Area-yield cover · One form per farmer"),
         ("SACCO MEMBERSHIP APPLICATION", "KYC and Group Guarantee · Field copy")]
VILLAGES = ["Shinyalu", "Lugari", "Nkokonjeru", "Kasese", "Techiman", "Wenchi", "Gwagwalada", "Chivhu", "Gokwe",
            "Lusikisiki", "Tzaneen", "Malava", "Mpigi", "Ejura"]
GROUPS = ["Tujijenge Women Group", "Umoja Farmers", "Bright Future Youth", "Kisa Dairy Group", "Nkabom Farmers",
          "Ubuntu Growers", "Twekembe Group", "Zvichanaka Club"]
OFFICERS = ["J. Wekesa", "A. Nakato", "P. Osei", "T. Moyo", "R. Nkosi", "E. Eze", "S. Chebet", "M. Ssali"]
BOARDS = [(150, 108, 70), (132, 96, 62), (40, 72, 140), (34, 34, 38)]
LAPS = [(176, 160, 120), (96, 100, 70), (40, 48, 70), (110, 110, 112), (120, 70, 50)]


def clipboard(rng, size):
    """The application form on a field officer's clipboard, on her lap: the programme's form
    printed from a word processor, her ballpoint entries (village, group, crop, acres, phone, her
    name and the date), the board's hardboard or plastic round the paper, its steel clip at the
    top, and beyond the board's edge the twill of her trousers; the board turned a little."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    s = rng.uniform(85, 150)  # pixels a centimetre
    W, H = width / s, height / s
    if rng.random() < 0.35:  # near the top: the clip in the frame
        cy = H / 2 + rng.uniform(-1.0, 1.5)
    else:
        cy = rng.uniform(H / 2 + 4.8, max(H / 2 + 5.2, 30.5 - H / 2))
    cx = rng.uniform(min(11.5, W / 2 - 2.5), max(11.5, 23 - W / 2 + 2.5))
    turn = rng.uniform(-10, 10) + rng.choice([0, 0, 180])
    D = int(math.hypot(width, height)) + 8

    def P(bx, by):
        return ((bx - cx) * s + D / 2, (by - cy) * s + D / 2)

    scene = Image.new("RGB", (D, D), (0, 0, 0))
    board_mask = Image.new("L", (D, D), 0)
    draw, md = ImageDraw.Draw(scene), ImageDraw.Draw(board_mask)
    board = rng.choice(BOARDS)
    (bx0, by0), (bx1, by1) = P(0, 0), P(23, 32)
    draw.rounded_rectangle((bx0, by0, bx1, by1), radius=0.6 * s, fill=board)
    md.rounded_rectangle((bx0, by0, bx1, by1), radius=0.6 * s, fill=255)
    (px0, py0), (px1, py1) = P(1.0, 2.2), P(22.0, 31.9)
    draw.rectangle((px0 + 0.06 * s, py0 + 0.08 * s, px1 + 0.06 * s, py1 + 0.08 * s), fill=mix(board, (0, 0, 0), 0.35))
    draw.rectangle((px0, py0, px1, py1), fill=(243, 242, 236))
    # The printed form.
    ink, pen = (34, 34, 38), rng.choice([(28, 46, 150), (24, 30, 110), (20, 20, 24)])
    title, subtitle = rng.choice(FORMS)
    body, bold = font(CARLITO, int(0.36 * s)), font(CARLITO_BOLD, int(0.36 * s))
    hand = font(rng.choice(HANDS), int(0.55 * s))
    x, y = P(2.2, 3.4)
    draw.text((x, y), title, font=font(CARLITO_BOLD, int(0.55 * s)), fill=ink)
    draw.text((x, y + 0.8 * s), subtitle, font=font(CARLITO, int(0.32 * s)), fill=ink)
    village, group = rng.choice(VILLAGES), rng.choice(GROUPS)
    visit = dt.date(2026, 11, 26) - dt.timedelta(days=rng.randint(0, 40))
    phone = "07" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    lines = [("A. APPLICANT", None, None), ("Name of applicant", "", None), ("ID / Passport No.", "", None),
             ("Mobile No.", phone[:4] + " " + phone[4:7] + " " + phone[7:], None),
             ("B. FARM", None, None), ("Village / Location", village, None), ("Group name", group, None),
             ("Main crop", "tick", rng.randrange(4)), ("Acreage", f"{rng.choice([0.5, 1, 1.5, 2, 2.5, 3, 4])} acres", None),
             ("C. INPUTS REQUESTED", None, None), ("table", None, None),
             ("D. DECLARATION", None, None), ("declaration", None, None),
             ("Field officer", rng.choice(OFFICERS), None), ("Date of visit", visit.strftime("%d/%m/%Y"), None)]
    yc = 5.2
    for caption, value, extra in lines:
        x, y = P(2.2, yc)
        right = P(21.0, yc)[0]
        if value is None and caption.startswith(("A.", "B.", "C.", "D.")):
            draw.rectangle((x - 0.15 * s, y - 0.08 * s, right, y + 0.5 * s), fill=(218, 220, 222))
            draw.text((x, y), caption, font=bold, fill=ink)
            yc += 0.9
        elif caption == "table":
            cols = [2.2, 10.5, 13.5, 17.0, 21.0]
            rows = ["Item", "DAP fertiliser 50 kg", "CAN top dressing 50 kg", "Hybrid seed 2 kg", "Total"]
            for k, item in enumerate(rows):
                ty = P(0, yc + 0.75 * k)[1]
                draw.line((P(cols[0], 0)[0], ty, P(cols[-1], 0)[0], ty), fill=ink, width=max(1, int(s / 70)))
                draw.text((P(cols[0] + 0.15, 0)[0], ty + 0.14 * s), item, font=bold if k in (0, 4) else body, fill=ink)
                if k == 0:
                    for c, head in zip(cols[1:], ["Qty", "Unit price", "Amount"]):
                        draw.text((P(c + 0.15, 0)[0], ty + 0.14 * s), head, font=bold, fill=ink)
                elif k < 4 and rng.random() < 0.8:
                    draw.text((P(cols[1] + 0.3, 0)[0], ty + 0.62 * s), str(rng.randint(1, 4)), font=hand, fill=pen,
                              anchor="ls")
            bottom = P(0, yc + 0.75 * len(rows))[1]
            draw.line((P(cols[0], 0)[0], bottom, P(cols[-1], 0)[0], bottom), fill=ink, width=max(1, int(s / 70)))
            for c in cols:
                draw.line((P(c, 0)[0], P(0, yc)[1], P(c, 0)[0], bottom), fill=ink, width=max(1, int(s / 70)))
            yc += 0.75 * len(rows) + 0.6
        elif caption == "declaration":
            text = ("I confirm that the information given on this form is true and that the inputs are for my own "
                    "farm. I agree to repay the loan in instalments after harvest and that my group guarantees it.")
            f = font(CARLITO, int(0.3 * s))
            line = ""
            for word in text.split() + [None]:
                if word is None or (line and draw.textlength(line + " " + word, font=f) > right - x):
                    draw.text((x, P(0, yc)[1]), line, font=f, fill=ink)
                    line, yc = word or "", yc + 0.45
                else:
                    line = (line + " " + word).strip()
            yc += 0.5
        else:
            draw.text((x, y), caption + ":", font=body, fill=ink)
            start = x + draw.textlength(caption + ":", font=body) + 0.25 * s
            if value == "tick":
                bx = start
                for k, crop in enumerate(["Maize", "Beans", "Sorghum", "Groundnuts"]):
                    draw.rectangle((bx, y + 0.06 * s, bx + 0.34 * s, y + 0.4 * s), outline=ink, width=max(1, int(s / 60)))
                    if k == extra:
                        draw.line((bx + 0.04 * s, y + 0.2 * s, bx + 0.15 * s, y + 0.38 * s, bx + 0.45 * s, y - 0.1 * s),
                                  fill=pen, width=max(2, int(s / 40)))
                    draw.text((bx + 0.45 * s, y), crop, font=body, fill=ink)
                    bx += 0.45 * s + draw.textlength(crop, font=body) + 0.4 * s
            else:
                dots = int(start)
                while dots < right:
                    draw.line((dots, y + 0.42 * s, dots + 0.06 * s, y + 0.42 * s), fill=ink, width=1)
                    dots += int(0.14 * s)
                if value:
                    draw.text((start + 0.2 * s, y + 0.36 * s), value, font=hand, fill=pen, anchor="ls")
            yc += 0.95
    # The clip: a steel plate with a rolled lip and two rivets, its wire lever above, its shadow
    # on the paper under the lip.
    clip = steel_clip(noise, s)
    at = tuple(int(round(c)) for c in P(7.5, -0.3))
    shade = Image.new("L", (D, D), 0)
    shade.paste(clip.getchannel("A"), (at[0] + int(0.12 * s), at[1] + int(0.22 * s)))
    shade = shade.filter(ImageFilter.GaussianBlur(0.18 * s)).point(lambda v: int(v * 0.5))
    scene.paste(Image.new("RGB", (D, D), (20, 20, 24)), (0, 0), shade)
    scene.paste(clip, at, clip)
    board_mask.paste(255, (at[0], at[1], at[0] + clip.width, at[1] + clip.height), clip.getchannel("A"))
    # The board's grain (hardboard speckle or moulded plastic), the paper's faint fibres.
    pixels = np.asarray(scene, float)
    paper_mask = np.zeros((D, D), bool)
    paper_mask[int(max(0, py0)):int(max(0, min(D, py1))), int(max(0, px0)):int(max(0, min(D, px1)))] = True
    pixels *= (1 + np.where(paper_mask, 0.012, 0.05) * noise.normal(0, 1, (D, D)))[:, :, None]
    scene = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    scene = scene.rotate(turn, resample=Image.BICUBIC, center=(D / 2, D / 2))
    board_mask = board_mask.rotate(turn, resample=Image.BILINEAR, center=(D / 2, D / 2))
    left, top = (D - width) // 2, (D - height) // 2
    scene = scene.crop((left, top, left + width, top + height))
    inside = board_mask.crop((left, top, left + width, top + height)).filter(ImageFilter.GaussianBlur(1.2))
    inside = np.asarray(inside, float) / 255
    # The lap beyond the board: trousers' twill, a fold or two, the board's shadow on it.
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    cloth = np.array(rng.choice(LAPS), float)
    twill = 1 + 0.06 * np.sin((xx + yy) / 2.6) + 0.04 * smooth_noise(noise, (height, width), 8)
    lap = cloth[None, None, :] * twill[:, :, None]
    shadow = board_mask.crop((left - 14, top - 18, left - 14 + width, top - 18 + height)).filter(ImageFilter.GaussianBlur(10))
    shadow = np.asarray(shadow, float) / 255
    lap *= (1 - 0.45 * shadow)[:, :, None]
    pixels = np.asarray(scene, float) * inside[:, :, None] + lap * (1 - inside[:, :, None])
    lit = math.radians(turn)
    ramp = 1 + 0.08 * ((xx / width - 0.5) * math.cos(lit) + (yy / height - 0.5) * math.sin(lit))
    pixels *= ramp[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def steel_clip(noise, s):
    """A clipboard's lever clip, `s` pixels a centimetre, on a transparent tile: a brushed steel
    plate bent over the board's top, lit along a band, its rolled lip at the foot, two rivets,
    the wire lever standing above it."""
    w, h = int(8 * s), int(5.2 * s)
    plate_top, plate_bottom = int(0.7 * s), h
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = (yy - plate_top) / (plate_bottom - plate_top)
    streaks = Image.fromarray(noise.normal(0, 1, (h, max(2, w // 40))).astype(np.float32))
    streaks = np.asarray(streaks.resize((w, h), Image.BILINEAR))
    grey = 140 + 80 * np.exp(-((t - 0.32) / 0.16) ** 2) - 30 * t + 5 * streaks
    lip = 0.4 * s / (plate_bottom - plate_top)
    u = np.clip((t - (1 - lip)) / lip, 0, 1)
    grey = np.where(t > 1 - lip, 95 + 140 * np.sin(np.pi * u * 0.8) ** 6, grey)
    side = np.minimum(xx, w - 1 - xx) / (0.35 * s)
    grey *= 0.75 + 0.25 * np.clip(side, 0, 1)
    rgb = np.stack([grey, grey, grey + 6], axis=2)
    tile = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).convert("RGBA")
    alpha = Image.new("L", (w, h), 0)
    ImageDraw.Draw(alpha).rounded_rectangle((0, plate_top, w - 1, h - 1), radius=int(0.45 * s), fill=255)
    d = ImageDraw.Draw(tile)
    ad = ImageDraw.Draw(alpha)
    for rx in (1.5 * s, 6.5 * s):
        ry = plate_top + 1.1 * s
        r = 0.22 * s
        d.ellipse((rx - r, ry - r, rx + r, ry + r), fill=(178, 180, 186), outline=(86, 86, 92), width=max(1, int(s / 40)))
        d.ellipse((rx - r * 0.5, ry - r * 0.6, rx, ry - r * 0.1), fill=(236, 236, 240))
    wire = max(4, int(s / 14))
    box = (2.0 * s, wire, 6.0 * s, plate_top + 1.9 * s)
    strokes = [(wire + 4, (70, 70, 76, 255)), (wire, (196, 198, 204, 255)), (max(1, wire // 3), (246, 246, 250, 255))]
    for width_, colour in strokes:
        d.rounded_rectangle(box, radius=int(0.5 * s), outline=colour, width=width_)
        ad.rounded_rectangle(box, radius=int(0.5 * s), outline=255, width=width_)
    tile.putalpha(alpha)
    return tile


def surface(rng, name, size):
    if name == "saddle":
        return saddle(rng, size)
    assert name == "clipboard", name
    return clipboard(rng, size)


# ---------------------------------------------------------------------------------------------
# Conditions

def hdr_halo(rng, image):
    """The phone's automatic HDR under the noon sun: the tones of the scene squeezed round their
    local mean (a wide blur of the brightness), the detail on top of it pushed up, so that a
    bright halo stands round dark things and a dark one round bright things (the document's edge
    on the seat, the print), the shadows lifted, the colours pushed, a little sharpening."""
    pixels = np.asarray(image, float)
    lum = pixels @ np.array([0.299, 0.587, 0.114])
    radius = rng.uniform(14, 30)
    base = np.asarray(Image.fromarray(np.clip(lum, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(radius)), float)
    squeeze, gain = rng.uniform(0.4, 0.62), rng.uniform(1.2, 1.45)
    mean = base.mean()
    target = mean + (base - mean) * (1 - squeeze) + (lum - base) * gain
    target += rng.uniform(10, 22) * np.exp(-base / 60)  # the shadows lifted
    out = pixels + (target - lum)[:, :, None]
    grey = out.mean(axis=2, keepdims=True)
    out = grey + (out - grey) * rng.uniform(1.2, 1.45)
    soft = np.asarray(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)), float)
    out = out + 0.5 * (out - soft)
    return finished(out, image)


def judder(rng, image):
    """The idling engine shaking the seat while the rolling shutter reads the frame from the top
    down: each row sampled a little to the side and up or down by the shake at the moment it was
    read (a wave down the frame, its strength beating), and within the exposure each point moved
    to and fro, so every edge is a little doubled."""
    width, height = image.size
    pixels = np.asarray(image, float)
    rows = np.arange(height, dtype=float)
    amp, period = rng.uniform(1.4, 3.2), rng.uniform(38, 110)
    phase, beat = rng.uniform(0, 2 * math.pi), rng.uniform(300, 700)
    envelope = 0.55 + 0.45 * np.sin(2 * math.pi * rows / beat + rng.uniform(0, 6.28))
    dx = amp * envelope * np.sin(2 * math.pi * rows / period + phase)
    dy = 0.4 * amp * envelope * np.sin(2 * math.pi * rows / period + phase + math.pi / 2)
    # Rows: sample row y + dy (linear between rows).
    src = np.clip(rows + dy, 0, height - 1)
    lo = np.floor(src).astype(int)
    hi = np.minimum(lo + 1, height - 1)
    w = (src - lo)[:, None, None]
    pixels = pixels[lo] * (1 - w) + pixels[hi] * w
    # Columns: each row shifted by dx (linear between columns).
    cols = np.arange(width, dtype=float)[None, :] + dx[:, None]
    cols = np.clip(cols, 0, width - 1)
    c0 = np.floor(cols).astype(int)
    c1 = np.minimum(c0 + 1, width - 1)
    wc = (cols - c0)[:, :, None]
    r = np.arange(height)[:, None]
    pixels = pixels[r, c0] * (1 - wc) + pixels[r, c1] * wc
    # The shake within the exposure: copies along its direction, most at its ends.
    angle = math.atan2(0.4, 1.0) + rng.uniform(-0.3, 0.3)
    reach = rng.uniform(0.8, 1.7)
    out = np.zeros_like(pixels)
    taps = 6
    frame = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    for k in range(taps):
        t = reach * math.cos(math.pi * (k + 0.5) / taps)
        moved = frame.transform(frame.size, Image.AFFINE, (1, 0, t * math.cos(angle), 0, 1, t * math.sin(angle)),
                                resample=Image.BILINEAR)
        out += np.asarray(moved, float)
    return finished(out / taps, image)


PLACES = [("Kakamega", "Kakamega County", "Kenya", "Lurambi Rd, Kakamega 50100", 0.2827, 34.7519, "+03:00"),
          ("Eldoret", "Uasin Gishu County", "Kenya", "Kapseret Rd, Eldoret 30100", 0.5143, 35.2698, "+03:00"),
          ("Masaka", "Central Region", "Uganda", "Kampala Rd, Masaka", -0.3411, 31.7364, "+03:00"),
          ("Gulu", "Northern Region", "Uganda", "Awich Rd, Gulu", 2.7724, 32.2881, "+03:00"),
          ("Techiman", "Bono East Region", "Ghana", "Kintampo Rd, Techiman", 7.5909, 1.9344, "+00:00"),
          ("Tamale", "Northern Region", "Ghana", "Bolgatanga Rd, Tamale", 9.4034, -0.8424, "+00:00"),
          ("Kano", "Kano State", "Nigeria", "Zaria Rd, Kano 700213", 12.0022, 8.5920, "+01:00"),
          ("Ogbomosho", "Oyo State", "Nigeria", "Ilorin Rd, Ogbomosho 210214", 8.1335, 4.2407, "+01:00"),
          ("Gokwe", "Midlands Province", "Zimbabwe", "Nembudziya Rd, Gokwe", -18.2056, 28.9349, "+02:00"),
          ("Chivhu", "Mashonaland East", "Zimbabwe", "Harare-Masvingo Rd, Chivhu", -19.0211, 30.8922, "+02:00"),
          ("Tzaneen", "Limpopo", "South Africa", "Agatha St, Tzaneen 0850", -23.8332, 30.1635, "+02:00"),
          ("Lusikisiki", "Eastern Cape", "South Africa", "Main St, Lusikisiki 4820", -31.3601, 29.5761, "+02:00")]


def map_tile(rng, size):
    """A small street map as the stamp shows it: a pale ground, green patches, a river, roads
    (one main road in yellow), a red pin in the middle."""
    tile = Image.new("RGB", (size, size), (236, 232, 224))
    d = ImageDraw.Draw(tile)
    for _ in range(4):
        x, y, r = rng.uniform(0, size), rng.uniform(0, size), rng.uniform(0.1, 0.3) * size
        d.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), fill=(200, 226, 190))
    d.line([(0, rng.uniform(0, size))] + [(size * t, rng.uniform(0.1, 0.9) * size) for t in (0.4, 0.7, 1.0)],
           fill=(170, 206, 236), width=max(3, size // 30))
    for _ in range(7):
        if rng.random() < 0.5:
            x = rng.uniform(0, size)
            d.line((x, 0, x + rng.uniform(-0.3, 0.3) * size, size), fill=(255, 255, 255), width=max(2, size // 40))
        else:
            y = rng.uniform(0, size)
            d.line((0, y, size, y + rng.uniform(-0.3, 0.3) * size), fill=(255, 255, 255), width=max(2, size // 40))
    y = rng.uniform(0.3, 0.7) * size
    d.line((0, y, size, y + rng.uniform(-0.2, 0.2) * size), fill=(246, 206, 92), width=max(4, size // 18))
    c, r = size / 2, size * 0.09
    d.ellipse((c - r, c - 2.2 * r, c + r, c - 0.2 * r), fill=(220, 54, 48))
    d.polygon([(c - 0.8 * r, c - 0.9 * r), (c, c + 0.4 * r), (c + 0.8 * r, c - 0.9 * r)], fill=(220, 54, 48))
    d.ellipse((c - 0.35 * r, c - 1.55 * r, c + 0.35 * r, c - 0.85 * r), fill=(150, 30, 28))
    return tile


def geotag(rng, image):
    """The GPS camera app's stamp at the foot of the photo: a dark translucent panel with a small
    map, the place in bold, its address, latitude and longitude and the date and time with the
    zone; over the photo where the document leaves room under it, else as a black strip added
    under the photo (the app's footer), so the stamp never covers the document."""
    width, height = image.size
    quad = document_quad(image)
    panel = int(min(width, height) * rng.uniform(0.15, 0.19))
    margin = int(panel * 0.1)
    lowest = max(y for _, y in quad)
    if height - lowest >= panel + 3 * margin:
        canvas = image.convert("RGBA")
        y0 = height - margin - panel
        overlay = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
        ImageDraw.Draw(overlay).rounded_rectangle((margin, y0, width - margin, y0 + panel), radius=panel // 10,
                                                  fill=(0, 0, 0, int(255 * rng.uniform(0.45, 0.6))))
        canvas = Image.alpha_composite(canvas, overlay).convert("RGB")
    else:
        canvas = Image.new("RGB", (width, height + panel + 2 * margin), (0, 0, 0))
        canvas.paste(image, (0, 0))
        y0 = height + margin
    draw = ImageDraw.Draw(canvas)
    tile = panel - 2 * margin
    canvas.paste(map_tile(rng, tile), (2 * margin, y0 + margin))
    town, region, country, street, lat, lon, zone = rng.choice(PLACES)
    lat += rng.uniform(-0.05, 0.05)
    lon += rng.uniform(-0.05, 0.05)
    when = dt.datetime(2026, 11, 26, 8, 0) - dt.timedelta(days=rng.randint(0, 40))
    when += dt.timedelta(minutes=rng.randint(0, 560))  # in working hours
    hour = when.hour % 12 or 12
    lines = [(f"{town}, {region}, {country}", ROBOTO_BOLD, 0.2),
             (f"{street}, {country}", ROBOTO, 0.15),
             (f"Lat {lat:.6f}°  Long {lon:.6f}°", ROBOTO, 0.15),
             (f"{when:%A}, {when:%d/%m/%Y} {hour:02d}:{when:%M} {'AM' if when.hour < 12 else 'PM'} GMT {zone}",
              ROBOTO, 0.15)]
    x = 2 * margin + tile + 2 * margin
    y = y0 + margin * 1.2
    room = width - margin - x - margin
    for text, path, share in lines:
        f = fitted(draw, text, path, int(panel * share), room, smallest=10)
        draw.text((x, y), text, font=f, fill=(255, 255, 255))
        y += panel * share * 1.32
    out = canvas
    out.info.update(image.info)
    return out


def lens_finger(rng, image):
    """The officer's fingertip over a corner of the lens, far too near to be in focus: a large
    soft blob of skin coming in from a corner of the frame, dark in its middle and lit red-orange
    through its thin edge, a haze of its scattered light round it; kept off the document's
    inside (the blob shrinks until it only touches the document's outer margin)."""
    width, height = image.size
    skin = np.array(rng.choice([(86, 52, 38), (120, 74, 52), (160, 104, 76), (198, 146, 116)]), float)
    glow = np.array((228, 118, 84), float)
    corner = rng.choice([(0, 0), (width, 0), (width, height), (0, height)])
    quad = document_quad(image)
    mx, my = sum(x for x, _ in quad) / 4, sum(y for _, y in quad) / 4
    inner = Image.new("L", image.size, 0)
    ImageDraw.Draw(inner).polygon([(mx + 0.93 * (x - mx), my + 0.93 * (y - my)) for x, y in quad], fill=255)
    small = (int(width * 0.125), int(height * 0.125))
    inner_small = np.asarray(inner.resize(small, Image.BILINEAR), float) / 255
    toward = math.atan2(height / 2 - corner[1], width / 2 - corner[0]) + rng.uniform(-0.35, 0.35)
    reach = rng.uniform(0.36, 0.52) * min(width, height)

    def blob(reach, scale):
        w, h = int(width * scale), int(height * scale)
        mask = Image.new("L", (w, h), 0)
        cx = corner[0] * scale + math.cos(toward) * reach * scale * 0.15
        cy = corner[1] * scale + math.sin(toward) * reach * scale * 0.15
        a, b = reach * scale, reach * scale * 0.62
        points = []
        for t in np.linspace(0, 2 * math.pi, 48):
            px, py = a * math.cos(t), b * math.sin(t)
            points.append((cx + px * math.cos(toward) - py * math.sin(toward),
                           cy + px * math.sin(toward) + py * math.cos(toward)))
        ImageDraw.Draw(mask).polygon(points, fill=255)
        return np.asarray(mask.filter(ImageFilter.GaussianBlur(reach * scale * 0.22)), float) / 255

    for _ in range(10):
        if (blob(reach, 0.125) * inner_small).max() < 0.2:
            break
        reach *= 0.85
    alpha = blob(reach, 1.0)
    edge = np.clip(alpha * (1 - alpha) * 4, 0, 1)  # the thin rim, lit through
    rim = edge[:, :, None]
    colour = skin[None, None, :] * (0.55 + 0.3 * alpha[:, :, None]) * (1 - rim) + glow[None, None, :] * rim
    haze = Image.fromarray((alpha * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(reach * 0.3))
    haze = np.asarray(haze, float) / 255
    pixels = np.asarray(image, float)
    pixels = pixels * (1 - 0.22 * haze[:, :, None]) + 235 * 0.22 * haze[:, :, None]
    a = np.clip(alpha * 1.15, 0, 1)[:, :, None]
    pixels = pixels * (1 - a) + colour * a
    return finished(pixels, image)


def apply_condition(rng, image, condition):
    handlers = dict(hdr_halo=hdr_halo, judder=judder, geotag=geotag, lens_finger=lens_finger)
    return handlers[condition](rng, image), None
