"""The seventeenth held-out layout families for scripts/make-documents.py: `inverse` and
`typewriter` (their specs are in document_families.FAMILIES, which says what they look like).

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions (`crease`, `forwarded`) is applied or their surface (`denim`) is chosen, so
every other family's documents stay the same, image for image, for a seed. The truth, the MRZ,
the ID numbers and tampering are the shared code's: this module only draws them. `typewriter`'s
date pattern `dd MON. yyyy` is formatted here (date_text), not by the shared fmt_date, so that
its output for every earlier pattern is untouched.
"""
import datetime as dt
import io
import math

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, AUTHORITIES, COURIER_PRIME, FLAG_STRIPES, GARAMOND, GARAMOND_BOLD,
                               GARAMOND_ITALIC, OCRB, OXYGEN, OXYGEN_BOLD, PROPERTY, SERIF_CONDENSED_BOLD,
                               SMART_LANGUAGE, SMART_SECOND, contact_chip, draw_mrz, dry_seal, fmt_date,
                               greyscale_portrait, office_stamp, pdf417, place_of_birth, printed, scribble, shifted)
from document_families_eleventh import blend_region, coat_of_arms, linear_barcode, rainbow

WHITE = (246, 247, 250)
LABEL_GREY = (172, 182, 196)
GOLD_LIGHT, GOLD_DARK = (244, 216, 140), (176, 136, 58)
# A typist's month abbreviations: the short months written out, the others cut with a full stop.
TYPIST_MONTHS = ["JAN.", "FEB.", "MAR.", "APR.", "MAY", "JUNE", "JULY", "AUG.", "SEPT.", "OCT.", "NOV.", "DEC."]
# The card number in the second caption language (SMART_SECOND has no word for it).
CARD_NUMBER = {"ZWE": "Inombolo yekhadi", "ZAF": "Kaartnommer", "fr": "N° de la carte", "sw": "Nambari ya kadi"}


def date_text(date, pattern):
    """A date as the seventeenth families print it: `dd MON. yyyy` (`14 SEPT. 1987`, `03 MAY
    1990`, `21 JUNE 1975`: the month as a typist abbreviates it, with a full stop where it is
    cut); any other pattern as fmt_date prints it (`inverse`'s `dd MON yyyy`)."""
    if pattern == "dd MON. yyyy":
        return f"{date.day:02d} {TYPIST_MONTHS[date.month - 1]} {date.year}"
    return fmt_date(date, pattern)


def values_of(truth, spec, family, kind):
    """The printed values by field key; tampered fields print what tampering put there."""
    fields = truth["fields"]
    alpha3 = spec["alpha3"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    pattern = family["date"]
    return dict(surname=fields["surname"], given=fields["given_names"], id=printed(truth, "id_number"),
                dob=date_text(dob, pattern), sex=fields["sex"], nationality=spec["demonym"],
                expiry=date_text(expiry, pattern), issue=date_text(issue, pattern), pob=place_of_birth(truth, alpha3),
                authority=AUTHORITIES[alpha3][0 if kind == "id_card" else 1], cardno=fields["document_number"],
                docno=fields["document_number"], type="P", code=alpha3)


def second_words(alpha3):
    """The issuer's second caption language (as `smartcard` prints it: isiNdebele, Afrikaans,
    French or Swahili), with a word for the card number."""
    language = SMART_LANGUAGE[alpha3]
    words = dict(SMART_SECOND[language])
    words["cardno"] = CARD_NUMBER[language]
    return words


def fitted(draw, text, path, size, max_width, smallest=12, tracking=0.0):
    """The font `path` at `size`, or smaller until `text` (letter-spaced by `tracking`) fits in
    `max_width`."""
    f = ImageFont.truetype(path, size)
    while size > smallest and draw.textlength(text, font=f) + tracking * len(text) > max_width:
        size -= 1
        f = ImageFont.truetype(path, size)
    return f


def spaced(draw, xy, text, f, fill, tracking=1.0):
    """Letter-spaced text from (x, y); returns its width."""
    x, y = xy
    for ch in text:
        draw.text((x, y), ch, font=f, fill=fill)
        x += draw.textlength(ch, font=f) + tracking
    return x - xy[0]


def wrapped(draw, text, f, x, y, width, fill, step=20):
    """`text` in lines no wider than `width` from (x, y)."""
    line = ""
    for word in text.split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > width):
            draw.text((x, y), line, font=f, fill=fill)
            line, y = word or "", y + step
        else:
            line = (line + " " + word).strip()


def mrz_top(mrz, lines):
    return mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * lines


def noise_field(rng, shape, cells, blur=0.0):
    """Smooth noise in [-1, 1]-ish: a coarse random grid enlarged to `shape` (h, w)."""
    height, width = shape
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    coarse = Image.fromarray(noise.normal(0, 1, (max(2, height // cells), max(2, width // cells))).astype(np.float32),
                             mode="F")
    field = coarse.resize((width, height), Image.BICUBIC)
    if blur:
        field = field.filter(ImageFilter.GaussianBlur(blur))
    return np.asarray(field, float)


# ---------------------------------------------------------------------------------------------
# `inverse`: light on dark, a polycarbonate card printed deep navy, black or dark green

BODIES = [(16, 30, 64), (20, 21, 25), (12, 50, 40)]  # deep navy, black, dark green


def body_of(truth):
    """The card body's colour, the same on both sides of one document (no random draw)."""
    return BODIES[sum(map(ord, truth["fields"]["full_name"] + truth["fields"]["date_of_birth"])) % len(BODIES)]


def dark_ground(rng, size, body, clear_from=None, panel=(238, 236, 228)):
    """The dark body: a soft glow towards one side, a security pattern a little darker than the
    body (bundles of fine sine cords, a large rosette of looped curves), faint lighter hairlines,
    grain; below `clear_from` a light band for the MRZ."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    gx, gy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.1, 0.5) * height
    glow = 1 + 0.3 * np.exp(-(((xx - gx) / (width * 0.55)) ** 2 + ((yy - gy) / (height * 0.7)) ** 2))
    pixels = np.array(body, float)[None, None, :] * glow[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    dark = tuple(int(c * 0.62) for c in body)
    faint = tuple(int(c * 0.8) for c in body)
    light = shifted(body, 12)
    for bundle in range(rng.randint(3, 5)):  # cords that rise and fall across the card
        y0, amplitude = rng.uniform(0, height), rng.uniform(20, 60)
        period, phase = rng.uniform(180, 360), rng.uniform(0, 6.28)
        for k in range(9):
            points = [(x, y0 + k * 5 + amplitude * math.sin(x / period * 6.28 + phase + k * 0.18))
                      for x in range(0, width + 6, 6)]
            draw.line(points, fill=dark, width=1)
    cx, cy = width * rng.uniform(0.55, 0.8), height * rng.uniform(0.35, 0.6)
    radius, lobes = min(width, height) * rng.uniform(0.32, 0.42), rng.choice([7, 9, 11])
    for j in range(12):  # the rosette: looped curves turned a little each
        turn = j * 2 * math.pi / 12 / lobes
        points = []
        for t in np.linspace(0, 2 * math.pi, 240):
            r = radius * (0.62 + 0.38 * math.cos(lobes * t))
            points.append((cx + r * math.cos(t + turn), cy + r * math.sin(t + turn)))
        draw.line(points, fill=faint, width=1)
    for y in range(rng.randint(0, 14), height, 14):  # faint lighter hairlines
        draw.line((0, y, width, y + 0.08 * width), fill=light, width=1)
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(0.4)), float)
    pixels += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 2.2, pixels.shape)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if clear_from is not None:
        band = np.array(panel, float)[None, None, :] * (1 - 0.03 * (yy[clear_from:] - clear_from) / height)[:, :, None]
        image.paste(Image.fromarray(np.clip(band, 0, 255).astype(np.uint8)), (0, clear_from))
    return image


def gold_text(image, xy, text, f, tracking=0.0, anchor="la"):
    """Text in metallic gold ink: light at the top of the letters, deeper at the foot, a dark
    hairline under them."""
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    x, y = xy
    if tracking:
        spaced(draw, (x, y), text, f, 255, tracking)
    else:
        draw.text((x, y), text, font=f, fill=255, anchor=anchor)
    box = mask.getbbox()
    if not box:
        return
    x0, y0, x1, y1 = box
    t = np.linspace(0, 1, y1 - y0)[:, None, None]
    layer = np.array(GOLD_LIGHT, float) * (1 - t) + np.array(GOLD_DARK, float) * t
    layer = np.repeat(layer, x1 - x0, axis=1)
    shadow = np.asarray(mask.crop(box), float) / 255
    below = np.roll(shadow, 1, axis=0) * 0.5
    blend_region(image, box, np.zeros_like(layer), np.clip(below - shadow, 0, 1))
    blend_region(image, box, layer, shadow)


def inverse_label(draw, x, y, label, width, size=13, fill=LABEL_GREY, tracking=0.9):
    f = fitted(draw, label, OXYGEN, size, width, smallest=9, tracking=tracking)
    spaced(draw, (x, y), label, f, fill, tracking)


def inverse_field(draw, x, y, label, value, width, size=29, ink=WHITE, label_fill=LABEL_GREY):
    """A label in small letter-spaced light-grey capitals (English / the issuer's second
    language), the value in white Oxygen Bold under it, smaller where it would be wider than
    `width`."""
    inverse_label(draw, x, y, label, width, fill=label_fill)
    if value:
        draw.text((x, y + 20), value, font=fitted(draw, value, OXYGEN_BOLD, size, width, smallest=18), fill=ink)


def bilingual(labels, second, key):
    """`SURNAME / ISIBONGO`: the English caption and the issuer's second language, in capitals."""
    word = second.get(key)
    return labels[key] + (" / " + word.upper() if word and word.upper() != labels[key] else "")


def portrait_panel(image, rng, photo, x, y, pad=12):
    """The portrait on a lighter panel (a pale window in the dark print), a hologram patch over
    its lower right corner."""
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1 = x - pad, y - pad, x + photo.width + pad, y + photo.height + pad
    w, h = x1 - x0, y1 - y0
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    shade = np.array((214, 220, 228), float)[None, None, :] * (1.02 - 0.06 * yy / h)[:, :, None]
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=14, fill=255)
    image.paste(Image.fromarray(np.clip(shade, 0, 255).astype(np.uint8)), (x0, y0), mask)
    image.paste(photo, (x, y))
    draw.rectangle((x - 1, y - 1, x + photo.width, y + photo.height), outline=(150, 156, 166))
    hologram_patch(image, x + photo.width - 6, y + photo.height - 8, 32)


def hologram_patch(image, cx, cy, r):
    """A hologram on the laminate: an oval of rainbow bands turning across it, rings and a star
    in it, translucent over what is under it."""
    box = (int(cx - r * 1.2), int(cy - r), int(cx + r * 1.2), int(cy + r))
    w, h = box[2] - box[0], box[3] - box[1]
    yy, xx = np.mgrid[0:h, 0:w]
    layer = rainbow(xx * 1.6, yy * 0.7, 9) * 55 + 185
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    draw.ellipse((0, 0, w - 1, h - 1), fill=110)
    draw.ellipse((5, 5, w - 6, h - 6), outline=210, width=2)
    star = [(w / 2 + (r * 0.5 if k % 2 == 0 else r * 0.22) * math.sin(k * math.pi / 5),
             h / 2 - (r * 0.5 if k % 2 == 0 else r * 0.22) * math.cos(k * math.pi / 5)) for k in range(10)]
    draw.polygon(star, outline=230)
    blend_region(image, box, layer, np.asarray(mask.filter(ImageFilter.GaussianBlur(0.7)), float) / 255 * 0.7)


def pale_ghost(image, photo, box, body):
    """A small ghost portrait printed in a pale tint on the dark body (lighter where the face is)."""
    x0, y0, x1, y1 = box
    grey = np.asarray(photo.convert("L").resize((x1 - x0, y1 - y0), Image.LANCZOS), float) / 255
    tint = np.array(body, float)[None, None, :] + grey[:, :, None] * np.array((70, 74, 80), float)
    mask = Image.new("L", (x1 - x0, y1 - y0), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, x1 - x0 - 1, y1 - y0 - 1), fill=255)
    image.paste(Image.fromarray(np.clip(tint, 0, 255).astype(np.uint8)), (x0, y0),
                mask.filter(ImageFilter.GaussianBlur(6)))


def inverse_header(image, spec, family, width, subtitle, title_width=None):
    """The arms in gold at the top left, the title in gold beside them and the document's name
    (English and the issuer's second language) in light grey under it; the flag's colours as a
    thin line along the top edge, a gold hairline under the header."""
    draw = ImageDraw.Draw(image)
    stripes = FLAG_STRIPES[spec["alpha3"]]
    for k, c in enumerate(stripes):
        draw.rectangle((k * width / len(stripes), 0, (k + 1) * width / len(stripes), 4), fill=c)
    coat_of_arms(draw, 56, 52, 34, (214, 178, 96), width=2)
    room = (title_width or width) - 300
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], room, tracking=1.5)
    gold_text(image, (104, 16), spec["title"], title, tracking=1.5)
    draw = ImageDraw.Draw(image)
    inverse_label(draw, 106, 58, subtitle, room - 20, size=15, fill=(200, 206, 216), tracking=2.0)
    draw.line((24, 96, width - 24, 96), fill=(150, 120, 62), width=1)


def microline(draw, text, x, y, width, fill):
    f = ImageFont.truetype(OXYGEN, 8)
    line = ""
    while draw.textlength(line, font=f) < width:
        line += text + " · "
    draw.text((x, y), line, font=f, fill=fill)


def inverse_card(rng, truth, spec, family, portrait_of):
    """The card's front: the header; the portrait on a light panel at the left with a hologram
    over its corner, the signature and a contact chip under it; surname, given names, birth date
    and sex, nationality and expiry, card number and date of issue in white under light-grey
    bilingual captions; the ID number large in gold along the bottom; a pale ghost portrait at
    the bottom right."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    labels, second = family["labels"], second_words(alpha3)
    body = body_of(truth)
    image = dark_ground(rng, size, body)
    inverse_header(image, spec, family, width, f"NATIONAL IDENTITY CARD · {second['card']}")
    values = values_of(truth, spec, family, "id_card")
    photo = portrait_of((196, 250))
    portrait_panel(image, rng, photo, 42, 124)
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 48, 404, 170, 38, (226, 228, 236))
    inverse_label(draw, 42, 452, labels["sign"], 220, size=10)
    contact_chip(draw, 44, 486, 76, 58)
    x0, x1, right = 292, 640, width - 30
    inverse_field(draw, x0, 110, bilingual(labels, second, "surname"), values["surname"], right - x0, size=31)
    inverse_field(draw, x0, 184, bilingual(labels, second, "given"), values["given"], right - x0)
    rows = [("dob", "sex"), ("nationality", "expiry"), ("cardno", "issue")]
    for k, (a, b) in enumerate(rows):
        y = 258 + k * 72
        if values[a]:
            inverse_field(draw, x0, y, bilingual(labels, second, a), values[a], x1 - x0 - 24)
        inverse_field(draw, x1, y, bilingual(labels, second, b), values[b], right - x1)
    pale_ghost(image, photo, (858, 470, 962, 602), body)
    draw = ImageDraw.Draw(image)
    inverse_label(draw, x0, 482, bilingual(labels, second, "id"), 540, fill=(214, 186, 112))
    gold_text(image, (x0, 504), values["id"], ImageFont.truetype(OXYGEN_BOLD, 46), tracking=2.5)
    microline(ImageDraw.Draw(image), spec["title"], 30, height - 20, width - 60, shifted(body, 34))
    return image


def inverse_back(rng, truth, spec, family):
    """The card's back: birthplace, date of issue and the authority in white under bilingual
    captions, a PDF417 code on a light panel, the notice; a gold rule, and the MRZ dark on a
    light band along the bottom."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    labels, second = family["labels"], second_words(alpha3)
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 24
    body = body_of(truth)
    image = dark_ground(rng, size, body, clear_from=clear)
    draw = ImageDraw.Draw(image)
    values = values_of(truth, spec, family, "id_card")
    for k, key in enumerate(["pob", "issue", "authority"]):
        inverse_field(draw, 36, 30 + k * 72, bilingual(labels, second, key), values[key], 500, size=26)
    draw.rounded_rectangle((586, 28, 982, 196), radius=10, fill=(236, 236, 230))
    pdf417(draw, rng, 604, 44, 3, 17, 2, 8)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(OXYGEN, 15), 36, 262, 520, (190, 196, 206), step=21)
    coat_of_arms(draw, 790, 300, 42, shifted(body, 40), width=2)
    draw.line((0, clear - 6, width, clear - 6), fill=(196, 160, 84), width=3)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(14, 14, 18))
    return image


def inverse_passport(rng, truth, spec, family, portrait_of):
    """The data page, as dark as the card: the header with the passport number large in gold at
    its right; the portrait on a light panel at the left; type, code and nationality, surname,
    given names, birth date, sex and birthplace, issue and expiry, the authority; a pale ghost;
    the MRZ on a light band along the bottom."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    labels, second = family["passport_labels"], second_words(alpha3)
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 26
    body = body_of(truth)
    image = dark_ground(rng, size, body, clear_from=clear)
    inverse_header(image, spec, family, width, f"PASSPORT · {second['passport']}", title_width=width - 330)
    values = values_of(truth, spec, family, "passport")
    draw = ImageDraw.Draw(image)
    inverse_label(draw, width - 330, 18, bilingual(labels, second, "docno"), 300, fill=(214, 186, 112))
    gold_text(image, (width - 330, 40), values["docno"], ImageFont.truetype(OXYGEN_BOLD, 44), tracking=2.5)
    photo = portrait_of((250, 320))
    portrait_panel(image, rng, photo, 44, 132)
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 56, 484, 220, 42, (226, 228, 236))
    inverse_label(draw, 44, 536, labels["sign"], 260, size=10)
    left, right = 340, width - 40
    rows = [[("type", 130), ("code", 160), ("nationality", 400)], [("surname", 0)], [("given", 0)],
            [("dob", 300), ("sex", 140), ("pob", 0)], [("issue", 300), ("expiry", 0)], [("authority", 0)]]
    for k, row in enumerate(rows):
        y, x = 118 + k * 74, left
        for key, w in row:
            end = x + w - 20 if w else right
            inverse_field(draw, x, y, bilingual(labels, second, key), values[key], end - x,
                          size=31 if key == "surname" else 29)
            x += w
    pale_ghost(image, photo, (1060, 520, 1190, 690), body)
    draw = ImageDraw.Draw(image)
    draw.line((0, clear - 6, width, clear - 6), fill=(196, 160, 84), width=3)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(14, 14, 18))
    return image


# ---------------------------------------------------------------------------------------------
# `typewriter`: a paper data page filled in on a manual typewriter

# South Africa's green identity book: its captions Afrikaans first, English after.
GREEN_BOOK = dict(id=("I.D. NR.", "I.D. NO."), surname=("VAN", "SURNAME"), given=("VOORNAME", "FORENAMES"),
                  dob=("GEBOORTEDATUM", "DATE OF BIRTH"), sex=("GESLAG", "SEX"),
                  nationality=("NASIONALITEIT", "NATIONALITY"),
                  pob=("GEBOORTEDISTRIK OF -LAND", "DISTRICT OR COUNTRY OF BIRTH"),
                  issue=("DATUM UITGEREIK", "DATE ISSUED"), expiry=("VERVALDATUM", "DATE OF EXPIRY"),
                  cardno=("DOKUMENT NR.", "DOCUMENT NO."), authority=("UITGEREIK DEUR", "ISSUED BY"),
                  docno=("PASPOORT NR.", "PASSPORT NO."), type=("TIPE", "TYPE"), code=("KODE", "CODE"),
                  sign=("HANDTEKENING VAN HOUER", "SIGNATURE OF HOLDER"))


class Typewriter:
    """Values typed onto a page with a manual typewriter (Courier Prime): every letter a little
    high or low and pressed harder or softer, some struck at a slant so that one half prints
    fainter, now and then one struck twice a hair apart; the ribbon's weave in the ink. The
    page sat a little askew in the machine, so the typed lines lean and miss the printed ones."""

    def __init__(self, rng, size, face=(COURIER_PRIME, 30)):
        self.rng = rng
        self.size = size
        self.ink = Image.new("L", size, 0)
        self.font = ImageFont.truetype(*face)
        self.ascent, self.descent = self.font.getmetrics()
        self.advance = self.font.getlength("M")
        self.angle = rng.uniform(-0.6, 0.6)
        self.dx, self.dy = rng.uniform(-14, 14), rng.uniform(-6, 4)
        self.worn = rng.uniform(0.9, 1.0)

    def type(self, x, baseline, text):
        """`text` from x on the line `baseline`, at the typist's tab stop (a few pixels off)."""
        rng = self.rng
        x += self.dx + rng.uniform(-5, 5)
        baseline += self.dy + rng.uniform(-2, 2)
        for char in text:
            if char != " ":
                self.strike(x, baseline, char)
            x += self.advance

    def strike(self, x, baseline, char):
        rng = self.rng
        w, h = int(self.advance) + 10, self.ascent + self.descent + 8
        glyph = Image.new("L", (w, h), 0)
        ImageDraw.Draw(glyph).text((5, self.ascent + 4), char, font=self.font, fill=255, anchor="ls")
        a = np.asarray(glyph, float) / 255 * rng.uniform(0.62, 1.0)  # pressed harder or softer
        if rng.random() < 0.2:  # the type slug struck at a slant: its top or its foot prints fainter
            ramp = np.linspace(0, 1, h)[:, None]
            a = a * (1 - rng.uniform(0.35, 0.7) * (ramp if rng.random() < 0.5 else 1 - ramp))
        if rng.random() < 0.08:  # struck twice, the second strike a hair to the side
            again = np.roll(a, (rng.randint(0, 1), rng.choice([-2, -1, 1, 2])), axis=(0, 1)) * rng.uniform(0.4, 0.7)
            a = np.maximum(a, again)
        left = round(x - 5 + rng.uniform(-0.7, 0.7))
        top = round(baseline - self.ascent - 4 + rng.uniform(-1.8, 1.8))
        box = (left, top, left + w, top + h)
        region = self.ink.crop(box)
        self.ink.paste(ImageChops.lighter(region, Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8))), box)

    def onto(self, image, ink):
        """The typed layer on the page: turned by the page's skew, the ink spread a little into
        the paper, the ribbon's weave in it."""
        width, height = self.size
        layer = self.ink.rotate(self.angle, resample=Image.BICUBIC,
                                center=(width * self.rng.uniform(0.3, 0.7), height * self.rng.uniform(0.3, 0.7)))
        a = np.asarray(layer.filter(ImageFilter.GaussianBlur(0.55)), float) / 255
        weave = noise_field(self.rng, (height, width), 2) * 0.7
        a = np.clip(1.25 * a * self.worn * np.clip(0.9 + 0.5 * weave, 0.5, 1.0), 0, 1)[:, :, None]
        pixels = np.asarray(image, float)
        pixels = pixels * (1 - a) + np.array(ink, float)[None, None, :] * a
        image.paste(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)))


def ribbon_ink(rng):
    """A black ribbon, worn black or a blue-black one."""
    return rng.choice([(28, 28, 34), (40, 40, 46), (30, 34, 62)])


def paper_ground(rng, size, spec, clear_from=None):
    """The page's paper: South Africa's identity book pale green, the others a cream tinted by
    the issuer's colour; fine wavy guilloche lines in a deeper tint with a rosette behind the
    fields, a faint repeated line of the country's name, the paper's grain and a few red and
    blue security fibres. Returns the page and its ink for printed captions."""
    width, height = size
    if spec["alpha3"] == "ZAF":
        paper, line, ink = (212, 230, 206), (168, 200, 162), (34, 82, 48)
    else:
        paper = tuple((2 * p + c) // 3 for p, c in zip((246, 240, 222), spec["color"]))
        line, ink = shifted(paper, -30), shifted(ACCENT[spec["alpha3"]], -40)
    grain = noise_field(rng, (height, width), 4)
    pixels = np.array(paper, float)[None, None, :] + 3 * grain[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    period, amplitude = rng.uniform(90, 160), rng.uniform(5, 10)
    for y0 in range(rng.randint(-12, 0), height + 12, 12):
        phase = y0 / rng.choice([37, 41, 53])
        draw.line([(x, y0 + amplitude * math.sin(x / period * 6.28 + phase)) for x in range(0, width + 8, 8)],
                  fill=line, width=1)
    cx, cy, radius = width * rng.uniform(0.55, 0.7), height * 0.46, height * 0.32
    for j in range(24):
        points = [(cx + radius * (0.7 + 0.3 * math.cos(8 * t)) * math.cos(t + j * 0.0327),
                   cy + radius * (0.7 + 0.3 * math.cos(8 * t)) * math.sin(t + j * 0.0327))
                  for t in np.linspace(0, 2 * math.pi, 320)]
        draw.line(points, fill=shifted(line, 8), width=1)
    f = ImageFont.truetype(GARAMOND, 9)
    for y in range(32, height - 20, 140):
        text = ""
        while draw.textlength(text, font=f) < width:
            text += spec["name"] + " · "
        draw.text((0, y), text, font=f, fill=shifted(line, -6))
    for _ in range(rng.randint(14, 26)):  # security fibres
        x, y, a = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0, math.pi)
        length = rng.uniform(6, 16)
        draw.line((x, y, x + length * math.cos(a), y + length * math.sin(a)),
                  fill=rng.choice([(196, 60, 70), (60, 90, 190)]), width=1)
    if clear_from is not None:
        draw.rectangle((0, clear_from, width, height), fill=shifted(paper, 6))
    return image, ink


def page_title(draw, width, lines, subtitle, ink, top=22):
    """The issuer's name centred in Garamond capitals (two lines on South Africa's book) and the
    document's name under it, letter-spaced."""
    y = top
    for text in lines:
        f = fitted(draw, text, GARAMOND_BOLD, 30, width - 420)
        draw.text((width / 2, y), text, font=f, fill=ink, anchor="ma")
        y += 34
    if subtitle:
        f = ImageFont.truetype(GARAMOND, 17)
        span = spaced(ImageDraw.Draw(Image.new("L", (1, 1))), (0, 0), subtitle, f, 0, tracking=2.2)
        spaced(draw, (width / 2 - span / 2, y + 4), subtitle, f, ink, tracking=2.2)
    return y + 30


def caption(draw, x, y, pair, za, ink, size=17, width=None):
    """A printed caption: South Africa's book both languages in capitals, Afrikaans over English;
    elsewhere the English in capitals over the second language in italics."""
    first, second = pair
    f1 = fitted(draw, first, GARAMOND, size, width or 400)
    draw.text((x, y), first, font=f1, fill=ink)
    if second:
        f2 = fitted(draw, second, GARAMOND if za else GARAMOND_ITALIC, size - 2, width or 400)
        draw.text((x, y + size + 2), second, font=f2, fill=shifted(ink, 40))


def dotted(draw, x0, x1, y, ink):
    for x in range(int(x0), int(x1), 6):
        draw.point((x, y), fill=ink)
        draw.point((x + 1, y), fill=ink)


def card_pairs(family, alpha3):
    """The card page's captions by key: (first line, second line)."""
    if alpha3 == "ZAF":
        return GREEN_BOOK
    labels, second = family["labels"], second_words(alpha3)
    return {key: (labels[key], second.get(key) or "") for key in labels}


def passport_pairs(family, alpha3):
    if alpha3 == "ZAF":
        return GREEN_BOOK
    return family["passport_labels"]


def stamp_lines(office, date):
    """The office's rubber stamp: its name (smaller where long, to stay inside the oval), the
    date of issue, `REGISTRATION OFFICE`."""
    return [(office, 22 if len(office) <= 14 else 17), (date, 26), ("REGISTRATION OFFICE", 18)]


def glued_photo(image, rng, photo, x, y, paper):
    """A greyscale photo glued to the page: a white border, a soft shadow, an embossed dry seal
    over its lower right corner."""
    draw = ImageDraw.Draw(image)
    draw.rectangle((x - 4, y - 2, x + photo.width + 10, y + photo.height + 12), fill=shifted(paper, -36))
    draw.rectangle((x - 8, y - 8, x + photo.width + 7, y + photo.height + 7), fill=(246, 246, 240))
    image.paste(greyscale_portrait(photo, (1.0, 0.99, 0.95), contrast=1.1), (x, y))
    dry_seal(image, x + photo.width - 6, y + photo.height - 10, 52)


def typewriter_card(rng, truth, spec, family, portrait_of):
    """An identity book's data page (South Africa's green book; the others' paper identity
    documents the same way): the title centred; the book's serial in red at the top right (a
    barcode with the ID number on South Africa's); a greyscale photo glued at the left under a
    dry seal, the holder's signature under it; nine rows of printed captions, each with a dotted
    line in the value column that the clerk typed on: ID number, surname, forenames, birth date,
    sex, nationality, birthplace, issue and expiry."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    za = alpha3 == "ZAF"
    image, ink = paper_ground(rng, size, spec)
    paper = image.getpixel((4, 4))
    draw = ImageDraw.Draw(image)
    pairs = card_pairs(family, alpha3)
    values = values_of(truth, spec, family, "id_card")
    if za:
        page_title(draw, width, ["REPUBLIEK VAN SUID-AFRIKA", "REPUBLIC OF SOUTH AFRICA"],
                   "IDENTITEITSDOKUMENT · IDENTITY DOCUMENT", ink)
        linear_barcode(draw, rng, 930, 28, 280, 46, ink=(30, 40, 34))
        draw.text((1070, 80), values["id"], font=ImageFont.truetype(OCRB, 20), fill=(30, 40, 34), anchor="ma")
    else:
        second = second_words(alpha3)
        page_title(draw, width, [spec["title"]], f"IDENTITY DOCUMENT · {second['card']}", ink)
        if values["cardno"]:
            draw.text((width - 50, 34), f"Nº {values['cardno']}", font=ImageFont.truetype(SERIF_CONDENSED_BOLD, 24),
                      fill=(176, 40, 44), anchor="ra")
    glued_photo(image, rng, portrait_of((236, 300)), 64, 150, paper)
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 70, 500, 210, 44, (28, 36, 96))
    draw.line((60, 556, 310, 556), fill=ink, width=1)
    sign = pairs["sign"] if za else (family["labels"]["sign"], "")
    caption(draw, 60, 562, sign, za, ink, size=14, width=260)
    typewriter = Typewriter(rng, size, family["value_font"])
    label_x, value_x, top, step = 350, 668, 140, 76
    keys = ["id", "surname", "given", "dob", "sex", "nationality", "pob", "issue", "expiry"]
    for k, key in enumerate(keys):
        y = top + k * step
        caption(draw, label_x, y, pairs[key], za, ink, width=value_x - label_x - 24)
        dotted(draw, value_x - 8, width - 50, y + 38, shifted(ink, 60))
        typewriter.type(value_x, y + 34, values[key])
    draw.line((label_x - 16, top - 8, label_x - 16, top + len(keys) * step - 24), fill=shifted(ink, 50), width=1)
    typewriter.onto(image, ribbon_ink(rng))
    office_stamp(image, rng, rng.uniform(140, 190), rng.uniform(690, 760),
                 stamp_lines(AUTHORITIES[alpha3][0], values["issue"]))
    return image


def typewriter_back(rng, truth, spec, family):
    """The identity book's next page: the document number, the authority and the date of issue
    typed on captioned lines, the registrar's signature and stamp, the notice, a barcode, and
    the MRZ (TD1, three lines of 30) printed on a clear band along the bottom."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    za = alpha3 == "ZAF"
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 30
    image, ink = paper_ground(rng, size, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    pairs = card_pairs(family, alpha3)
    values = values_of(truth, spec, family, "id_card")
    page_title(draw, width, ["AANTEKENINGE · ENDORSEMENTS" if za else "ENDORSEMENTS"], "", ink, top=30)
    typewriter = Typewriter(rng, size, family["value_font"])
    label_x, value_x, top, step = 70, 470, 118, 76
    for k, key in enumerate(["cardno", "authority", "issue"]):
        y = top + k * step
        caption(draw, label_x, y, pairs[key], za, ink, width=value_x - label_x - 24)
        dotted(draw, value_x - 8, width - 60, y + 38, shifted(ink, 60))
        typewriter.type(value_x, y + 34, values[key])
    typewriter.onto(image, ribbon_ink(rng))
    draw = ImageDraw.Draw(image)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(GARAMOND_ITALIC, 19), 70, 370, 620, shifted(ink, 20), step=25)
    scribble(draw, rng, 800, 370, 240, 44, (28, 36, 96))
    draw.line((780, 430, 1160, 430), fill=ink, width=1)
    draw.text((780, 436), "DIREKTEUR-GENERAAL · DIRECTOR-GENERAL" if za else "REGISTRAR-GENERAL",
              font=ImageFont.truetype(GARAMOND, 15), fill=ink)
    office_stamp(image, rng, rng.uniform(880, 1000), rng.uniform(520, 560),
                 stamp_lines(AUTHORITIES[alpha3][0], values["issue"]))
    draw = ImageDraw.Draw(image)
    linear_barcode(draw, rng, 70, 486, 420, 60, ink=(30, 30, 34))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(16, 16, 20))
    return image


def typewriter_passport(rng, truth, spec, family, portrait_of):
    """A first-generation machine-readable passport's data page, filled in on a typewriter: the
    title centred, the photo glued at the left under a dry seal, captions English / French
    (Afrikaans / English on South Africa's) over dotted lines, type, code and the passport
    number on the first row, then surname, given names, nationality and sex, birth date and
    birthplace, issue and expiry, the authority; the MRZ printed on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    za = alpha3 == "ZAF"
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 30
    image, ink = paper_ground(rng, size, spec, clear_from=clear)
    paper = image.getpixel((4, 4))
    draw = ImageDraw.Draw(image)
    pairs = passport_pairs(family, alpha3)
    values = values_of(truth, spec, family, "passport")
    if za:
        page_title(draw, width, ["REPUBLIEK VAN SUID-AFRIKA", "REPUBLIC OF SOUTH AFRICA"], "PASPOORT · PASSPORT", ink)
    else:
        page_title(draw, width, [spec["title"]], "PASSPORT · PASSEPORT", ink)
    glued_photo(image, rng, portrait_of((244, 312)), 58, 148, paper)
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 64, 500, 220, 44, (28, 36, 96))
    draw.line((54, 556, 310, 556), fill=ink, width=1)
    caption(draw, 54, 562, pairs["sign"], za, ink, size=14, width=270)
    typewriter = Typewriter(rng, size, family["value_font"])
    left, right, step = 350, width - 44, 82
    rows = [[("type", 150), ("code", 190), ("docno", 0)], [("surname", 0)], [("given", 0)],
            [("nationality", 420), ("sex", 0)], [("dob", 420), ("pob", 0)], [("issue", 420), ("expiry", 0)],
            [("authority", 0)]]
    for k, row in enumerate(rows):
        y, x = 112 + k * step, left
        for key, w in row:
            end = x + w - 20 if w else right
            caption(draw, x, y, pairs[key], za, ink, size=16, width=end - x)
            dotted(draw, x, end, y + 68, shifted(ink, 60))
            typewriter.type(x + 4, y + 64, values[key])
            x += w
    typewriter.onto(image, ribbon_ink(rng))
    draw = ImageDraw.Draw(image)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(16, 16, 20))
    return image


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "inverse":
        if kind == "passport":
            return inverse_passport(rng, truth, spec, family, portrait_of)
        return inverse_card(rng, truth, spec, family, portrait_of)
    if kind == "passport":
        return typewriter_passport(rng, truth, spec, family, portrait_of)
    return typewriter_card(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "inverse":
        return inverse_back(rng, truth, spec, family)
    return typewriter_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on, and their capture conditions

def surface(rng, name, size):
    """The holder's lap: blue jeans. Indigo twill (diagonal ribs of dyed warp over white weft
    showing between them, slubby threads), faded along the thighs' folds in whiskers, a felled
    seam with two rows of gold top-stitching across it, soft folds of the cloth, a little out of
    focus."""
    assert name == "denim", name
    width, height = size
    big = int(math.hypot(width, height)) + 40
    yy, xx = np.mgrid[0:big, 0:big].astype(float)
    indigo = np.array(rng.choice([(34, 52, 92), (44, 66, 112), (28, 40, 66), (70, 94, 136)]), float)
    weft = np.array((214, 216, 220), float)
    period = rng.uniform(4.2, 5.6)
    ribs = 0.5 + 0.5 * np.sin((xx * 0.94 + yy * 0.34) * 2 * math.pi / period)  # the twill's diagonal ribs
    slub = noise_field(rng, (1, big), 1)  # threads thicker or thinner, one to the next
    fade = np.clip(0.5 + 0.35 * noise_field(rng, (big, big), 160), 0, 1)  # worn lighter in broad patches
    share = np.clip(0.03 + 0.16 * (1 - ribs) + 0.03 * slub + 0.1 * fade, 0, 0.5)[:, :, None]
    pixels = indigo[None, None, :] * (1 - share) + weft[None, None, :] * share
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    seam = rng.uniform(0.3, 0.7) * big
    draw.rectangle((seam - 16, 0, seam + 16, big), fill=tuple(int(c * 0.8) for c in indigo))
    draw.line((seam, 0, seam, big), fill=tuple(int(c * 0.55) for c in indigo), width=2)
    thread = rng.choice([(214, 150, 60), (226, 176, 84), (196, 120, 48)])
    for offset in (-10, 10):
        for y in range(rng.randint(0, 12), big, 12):
            draw.line((seam + offset, y, seam + offset + 1, y + 7), fill=thread, width=2)
    page = image.rotate(rng.uniform(-50, 50), resample=Image.BICUBIC)
    left, top = (big - width) // 2, (big - height) // 2
    pixels = np.asarray(page.crop((left, top, left + width, top + height)).filter(ImageFilter.GaussianBlur(1.1)), float)
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    folds = noise_field(rng, (height, width), 260)
    whiskers = np.zeros((height, width))
    cx, cy, turn = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0, 2 * math.pi)
    for k in range(rng.randint(3, 5)):  # whiskers: short worn pale streaks fanning out where the cloth creases
        a = turn + rng.uniform(-0.5, 0.5)
        wx, wy = cx + k * 40 * math.cos(turn + 1.4), cy + k * 40 * math.sin(turn + 1.4)
        along = (xx - wx) * math.cos(a) + (yy - wy) * math.sin(a)
        across = -(xx - wx) * math.sin(a) + (yy - wy) * math.cos(a) - 0.0008 * along ** 2  # curved a little
        whiskers += np.exp(-(along / rng.uniform(70, 150)) ** 2 - (across / rng.uniform(9, 18)) ** 2)
    light = 1 + 0.16 * folds + 0.16 * np.clip(whiskers, 0, 1)
    pixels = pixels * light[:, :, None] * (0.9 + 0.1 * (yy / height))[:, :, None]
    pixels += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 3, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def sample(pixels, sx, sy):
    """Bilinear samples of `pixels` at (sx, sy), clamped at the edges."""
    height, width = pixels.shape[:2]
    sx, sy = np.clip(sx, 0, width - 1.001), np.clip(sy, 0, height - 1.001)
    x0, y0 = np.floor(sx).astype(int), np.floor(sy).astype(int)
    fx, fy = (sx - x0)[:, :, None], (sy - y0)[:, :, None]
    top = pixels[y0, x0] * (1 - fx) + pixels[y0, x0 + 1] * fx
    bottom = pixels[y0 + 1, x0] * (1 - fx) + pixels[y0 + 1, x0 + 1] * fx
    return top * (1 - fy) + bottom * fy


def document_reach(blurred, px, py, a, least, most):
    """How far the document reaches from (px, py) along the direction `a`, each way: as far as
    the photo's colours stay unlike the surface's where that way leaves the frame (the document
    lies in the middle, the surface round it), between `least` and `most` pixels (the smallest
    and largest extent the photograph gives a document that way)."""
    height, width = blurred.shape[:2]
    reach = []
    for sign in (1, -1):
        ts = np.arange(0, 2 * max(width, height))
        xs, ys = px + sign * ts * math.cos(a), py + sign * ts * math.sin(a)
        inside = (xs >= 0) & (xs < width - 1) & (ys >= 0) & (ys < height - 1)
        colours = blurred[ys[inside].astype(int), xs[inside].astype(int)]
        surface = np.median(colours[-24:], axis=0)
        unlike = np.abs(colours - surface).mean(axis=1) > 22
        found = len(colours)
        for i in range(len(colours)):  # the first stretch of 16 pixels like the surface ends the document
            if not unlike[i:i + 16].any():
                found = i
                break
        reach.append(float(np.clip(found, least, most)))
    return reach


def fold(rng, pixels, blurred, along_long_side):
    """One fold line through the middle of the document, which lies in the middle of the photo
    with its long side along the frame's: along that side (folded lengthwise) or across it
    (folded in half). The print on either side pulled a pixel or three away from the line, a
    soft dark valley along it with a bright ridge beside it, one face turned a little from the
    light, the ink cracked pale along the line here and there; the fold ends at the document's
    edges (document_reach), so that the surface round it is not creased."""
    height, width = pixels.shape[:2]
    long_side = max(width, height)
    horizontal = (width >= height) == along_long_side  # the line runs left to right
    a = (0.0 if horizontal else math.pi / 2) + math.radians(rng.uniform(-8, 8))
    least, most = (0.27, 0.45) if along_long_side else (0.18, 0.31)
    px, py = rng.uniform(0.45, 0.55) * width, rng.uniform(0.45, 0.55) * height
    ahead, behind = document_reach(blurred, px, py, a, least * long_side, most * long_side)
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    nx, ny = -math.sin(a), math.cos(a)
    d = (xx - px) * nx + (yy - py) * ny  # signed distance from the fold
    t = (xx - px) * math.cos(a) + (yy - py) * math.sin(a)  # position along it
    ends = np.clip((np.where(t >= 0, ahead, behind) - np.abs(t)) / 8, 0, 1)
    ends = ends * ends * (3 - 2 * ends)  # the fold stops at the document's edge
    pull = rng.uniform(1.5, 3.2) * np.tanh(d / 5) * np.exp(-np.abs(d) / rng.uniform(18, 36)) * ends
    out = sample(pixels, xx - nx * pull, yy - ny * pull)
    side = rng.choice([-1, 1])
    width_v = rng.uniform(2.4, 4.0)
    valley = rng.uniform(0.2, 0.32) * np.exp(-(d / width_v) ** 2) * ends
    ridge = rng.uniform(0.1, 0.18) * np.exp(-((d - side * width_v * 1.8) / (width_v * 1.2)) ** 2) * ends
    face = rng.uniform(0.06, 0.13) * (side * d < 0) * np.exp(-np.abs(d) / rng.uniform(160, 280)) * ends
    gaps = np.clip(np.sin(t / rng.uniform(9, 16)) + np.sin(t / rng.uniform(23, 37) + 1.3), 0, 1)
    crack = 0.35 * gaps * np.exp(-(d / 0.9) ** 2) * ends
    out = out * (1 - valley - face)[:, :, None] + (255 - out) * (0.6 * ridge + crack)[:, :, None]
    return out


def apply_condition(rng, image, condition):
    """The photo with one of the seventeenth families' capture conditions; (image, JPEG quality or None)."""
    width, height = image.size
    if condition == "crease":
        # The document folded once (a page or card carried folded in half), sometimes twice
        # across (a page folded in four): each fold a line across it through the middle.
        pixels = np.asarray(image, float)
        blurred = np.asarray(image.filter(ImageFilter.GaussianBlur(5)), float)
        lengthwise = rng.random() < 0.35
        pixels = fold(rng, pixels, blurred, lengthwise)
        if rng.random() < 0.3:
            pixels = fold(rng, pixels, blurred, not lengthwise)
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "forwarded":
        # Sent through a chat app and forwarded: scaled down to about 640 pixels wide and
        # JPEG-compressed at a low quality, then compressed again at a low quality when saved
        # (the quality returned), as a photo that has been through two chats looks.
        target = rng.randint(600, 680)
        scale = target / width
        small = image.resize((target, round(height * scale)), Image.BILINEAR)
        buffer = io.BytesIO()
        small.save(buffer, format="JPEG", quality=rng.randint(38, 52), subsampling=2)
        buffer.seek(0)
        return Image.open(buffer).convert("RGB"), rng.randint(34, 46)
    raise ValueError(condition)
