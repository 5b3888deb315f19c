"""The twenty-third held-out layout families for scripts/make-documents.py: `slip` and
`showcase` (their specs are in document_families.FAMILIES, which says what they look like). This
module draws both, the surfaces they lie on, `showcase`'s capture through a shop counter's glass
and the four capture conditions that come with them.

Why these two. Both are ways documents reach KYC services in these countries that no earlier
family shows, and both change what the document IS as well as how it was photographed:

`slip`: the identity document as a PRINTED SLIP: the registry's or the immigration portal's
self-service printout, printed at home or in a business centre on a cheap inkjet on plain A4,
cut out along its dashed line, folded in four to go in a purse and unfolded for the photo. Nigeria's
NIN slip is the best-known, and agents and lenders are routinely sent a phone photo of it;
enrolment and pre-enrolment slips, the Ghana Card's and Kenya's online printouts, passport
data-page printouts from the portals go the same way. Every earlier family is a card, a booklet,
a copy of one (`photocopy`: a greyscale office copy with a certifier's stamp) or a screen;
here the document is born as an inkjet print: the colours of a cartridge (a little off, the
channels out of register by a pixel or two), the print head's bands across it, the ink soaking
into plain paper, and the sheet's two creases crossing it, each quarter catching the light its
own way, the ink cracked along the folds. The slip's layout is its own: a solid header bar in
the issuer's colour with the title reversed out, the ID number large in a box with its caption,
then a ruled two-column table (captions in a tinted column, values beside them), the portrait
at the left printed in the cartridge's dull colours, a QR code, `Print date` and the portal's
notice at the foot. Its captions and title are Dosis (Debian fonts-dosis), its values Jura
(fonts-jura): packages no earlier family used. Dates `14-09-1987`. A card's "back" is the
slip's second panel (birthplace, issue, authority, a barcode, the TD1 MRZ printed in OCR-B in a
box); a passport's slip is the portal's printed data page (the same bar and table, the TD3 MRZ
at the foot). It lies on a shop's laminated counter (`formica`) or a wooden table. Its
conditions: `phone_shadow` (outdoors at noon: the paper in hard sunlight, a little washed out,
and the hard-edged shadow of the phone and the hand holding it across part of it) and
`raindrops` (drops of water on the paper: wet, greyer spots where the paper turns translucent,
the print under each drop magnified a little, a highlight on each).

`showcase`: the card or passport photographed lying UNDER THE GLASS TOP of a shop's display
counter, as mobile-money agents, phone shops and SIM registration points keep a customer's
document while they register it: the photo is taken through the counter's glass, so the glass
tints it green, lowers its contrast, carries a faint reflection of the shop behind the
photographer (shelves of boxes, a door's light) and the counter's aluminium frame crosses a
side; round the document, the counter's lining with SIM starter packs and airtime cards. The
documents are a layout no earlier family has: the title in Yanone Kaffeesatz (fonts-yanone-
kaffeesatz, a condensed face) on a ground of fine rays fanning from the lower right corner, a
flag ribbon across the top-left corner, captions English / French in Yanone under each value,
values in Vollkorn (fonts-vollkorn, a serif) semibold, the portrait at the right under the
header with a small ghost portrait at the lower left, the ID number boxed at the lower right,
dates `14 Sep. 1987`. Its conditions: `tube_light` (the shop's fluorescent tubes reflected in
the glass: long, slightly bluish bright bars across the photo) and `glass_dust` (fingerprints,
dust and fine scratches on the glass, lit by the room).

document_families.py imports this module only when one of these families is drawn, one of their
surfaces laid or one of their conditions applied, so every other family's documents stay the
same, image for image, for a seed. The truth, the MRZ, the ID numbers and tampering are the
shared code's: this module only draws them (values_of: the MRZ lines as the truth has them,
tampered or not, and printed() values).
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from document_families import (ACCENT, DARK, DOSIS_BOLD, DOSIS_MEDIUM, DOSIS_SEMIBOLD, FLAG_STRIPES, FRENCH_LABELS,
                               JURA_BOLD, JURA_MEDIUM, PROPERTY, VOLLKORN_SEMIBOLD, VOLLKORN_BOLD, YANONE_BOLD,
                               YANONE_REGULAR, draw_mrz, grouped_id, qr_code, scribble, shifted)
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_nineteenth import companion_rng, values_of
from document_families_seventeenth import fitted

PAPER = (247, 246, 241)
FRENCH = dict(FRENCH_LABELS, cardno="N° de la carte")  # `showcase`'s second captions
CUT = 34  # the dashed cut line's distance from the sheet's edge


def font(path, size):
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------------------------------------
# `slip`: the printed identity slip

SLIP_TITLES = {"id_card": ("NATIONAL IDENTITY SLIP", "REVERSE OF SLIP"),
               "passport": ("PASSPORT DATA PAGE \u00b7 PRINTOUT", None)}
PORTALS = {"ZWE": "Registrar General self-service", "ZAF": "DHA online services", "NGA": "NIMC self-service portal",
           "KEN": "eCitizen", "GHA": "NIA online services", "UGA": "NIRA e-services"}


def dashed_rectangle(draw, box, ink, dash=14, gap=9):
    x0, y0, x1, y1 = box
    for x in range(int(x0), int(x1), dash + gap):
        draw.line((x, y0, min(x + dash, x1), y0), fill=ink, width=2)
        draw.line((x, y1, min(x + dash, x1), y1), fill=ink, width=2)
    for y in range(int(y0), int(y1), dash + gap):
        draw.line((x0, y, x0, min(y + dash, y1)), fill=ink, width=2)
        draw.line((x1, y, x1, min(y + dash, y1)), fill=ink, width=2)


def printed_photo(photo):
    """The portrait as a cheap inkjet prints it: duller, flatter, a little warm."""
    grey = ImageOps.grayscale(photo).convert("RGB")
    photo = Image.blend(photo, grey, 0.35)
    photo = ImageOps.autocontrast(photo, cutoff=2)
    pixels = np.asarray(photo, float) * 0.82 + 30
    pixels *= np.array([1.02, 0.99, 0.93])
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def slip_header(image, draw, spec, title, width, accent):
    """The solid header bar in the issuer's colour with the title reversed out, the arms at the left."""
    draw.rectangle((CUT + 14, CUT + 14, width - CUT - 14, CUT + 120), fill=accent)
    coat_of_arms(draw, CUT + 70, CUT + 67, 44, (250, 250, 246))
    draw.text((CUT + 130, CUT + 24), spec["title"], font=fitted(draw, spec["title"], DOSIS_BOLD, 40,
              width - 2 * CUT - 170, smallest=24), fill=(252, 252, 248))
    draw.text((CUT + 131, CUT + 74), title, font=font(DOSIS_SEMIBOLD, 27), fill=shifted(accent, 150))


def table(draw, rows, x, y, label_w, value_w, row_h, accent):
    """A ruled two-column table: captions in a tinted column, values beside them."""
    tint = shifted(accent, 185)
    for k, (caption, value) in enumerate(rows):
        top = y + k * row_h
        draw.rectangle((x, top, x + label_w, top + row_h), fill=tint)
        draw.rectangle((x, top, x + label_w + value_w, top + row_h), outline=shifted(accent, 60), width=2)
        draw.line((x + label_w, top, x + label_w, top + row_h), fill=shifted(accent, 60), width=2)
        draw.text((x + 12, top + row_h / 2), caption, font=font(DOSIS_SEMIBOLD, 22), fill=shifted(accent, -20),
                  anchor="lm")
        draw.text((x + label_w + 14, top + row_h / 2 + 1), value,
                  font=fitted(draw, value, JURA_BOLD, 32, value_w - 26, smallest=18), fill=(22, 22, 26), anchor="lm")


def slip_front(rng, truth, spec, family, kind, photo):
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"] if kind == "id_card" else family["passport_labels"]
    values = values_of(truth, spec, family, kind)
    width, height = (1240, 800) if kind == "id_card" else (1420, 1010)
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    dashed_rectangle(draw, (CUT, CUT, width - CUT, height - CUT), (150, 150, 150))
    slip_header(image, draw, spec, SLIP_TITLES[kind][0], width, accent)
    left = CUT + 20
    if kind == "id_card":
        image.paste(printed_photo(photo), (left, CUT + 140))
        draw.rectangle((left - 1, CUT + 139, left + photo.width, CUT + 140 + photo.height), outline=(90, 90, 90))
        scribble(draw, companion_rng(truth, "slip-sign"), left + 10, CUT + 450, photo.width - 20, 60, (40, 44, 70))
        x = left + photo.width + 26
        # The ID number large in a box with its caption.
        draw.rectangle((x, CUT + 140, width - CUT - 190, CUT + 232), outline=accent, width=3)
        draw.text((x + 14, CUT + 146), labels["id"], font=font(DOSIS_SEMIBOLD, 22), fill=accent)
        number = grouped_id(values["id"], alpha3)
        draw.text((x + 14, CUT + 174), number, font=fitted(draw, number, JURA_BOLD, 48, width - CUT - 190 - x - 28,
                  smallest=26), fill=(18, 18, 22))
        qr_code(draw, companion_rng(truth, "slip-qr"), width - CUT - 140, CUT + 146, 21, 4, ink=(24, 24, 28),
                paper=PAPER)
        rows = [(labels["surname"], values["surname"]), (labels["given"], values["given"]),
                (labels["dob"], values["dob"]), (labels["sex"], values["sex"]),
                (labels["nationality"], values["nationality"]), (labels["expiry"], values["expiry"])]
        if values["cardno"]:
            rows.append((labels["cardno"], values["cardno"]))
        table(draw, rows, x, CUT + 256, 250, width - CUT - 20 - x - 250, 56 if len(rows) == 7 else 64, accent)
    else:
        image.paste(printed_photo(photo), (left, CUT + 150))
        draw.rectangle((left - 1, CUT + 149, left + photo.width, CUT + 150 + photo.height), outline=(90, 90, 90))
        scribble(draw, companion_rng(truth, "slip-sign"), left + 10, CUT + 540, photo.width - 20, 60, (40, 44, 70))
        x = left + photo.width + 26
        rows = [(labels["type"] + " / " + labels["code"], f"{values['type']}   {values['code']}"),
                (labels["docno"], values["docno"]), (labels["surname"], values["surname"]),
                (labels["given"], values["given"]), (labels["nationality"], values["nationality"]),
                (labels["dob"], values["dob"]), (labels["sex"], values["sex"]), (labels["pob"], values["pob"]),
                (labels["issue"], values["issue"]), (labels["expiry"], values["expiry"]),
                (labels["authority"], values["authority"])]
        table(draw, rows, x, CUT + 150, 260, width - CUT - 20 - x - 260, 52, accent)
        draw.rectangle((CUT + 14, height - CUT - 150, width - CUT - 14, height - CUT - 14), outline=(120, 120, 120))
        mrz = family["passport_mrz"]
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(16, 16, 20))
    foot = (f"Printed from the {PORTALS[alpha3]} \u00b7 Print date 20-11-2026 \u00b7 "
            "Verify with the QR code or the registry. Not valid if altered.")
    if kind == "id_card":
        draw.text((left, height - CUT - 42), foot, font=fitted(draw, foot, DOSIS_MEDIUM, 19, width - 2 * CUT - 40,
                  smallest=12), fill=(90, 90, 96))
    return inkjet(rng, image, accent)


def slip_back(rng, truth, spec, family):
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    values = values_of(truth, spec, family, "id_card")
    width, height = 1240, 800
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    dashed_rectangle(draw, (CUT, CUT, width - CUT, height - CUT), (150, 150, 150))
    slip_header(image, draw, spec, SLIP_TITLES["id_card"][1], width, accent)
    x = CUT + 20
    table(draw, [(labels["pob"], values["pob"]), (labels["issue"], values["issue"]),
                 (labels["authority"], values["authority"])], x, CUT + 142, 250, 520, 54, accent)
    linear_barcode(draw, companion_rng(truth, "slip-barcode"), x + 800, CUT + 150, 330, 120)
    notice = PROPERTY.format(spec["name"].title())
    draw.text((x, CUT + 318), notice, font=fitted(draw, notice, DOSIS_MEDIUM, 21, width - 2 * CUT - 40, smallest=12),
              fill=(80, 80, 86))
    draw.rectangle((CUT + 14, height - CUT - 190, width - CUT - 14, height - CUT - 14), outline=(120, 120, 120))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=(16, 16, 20))
    return inkjet(rng, image, accent)


def inkjet(rng, image, accent):
    """The page as a cheap inkjet prints it on plain paper and as it is after being folded in four:
    the ink (what is not paper) with its channels out of register, the print head's bands, the
    ink soaking in; the two creases, each quarter lit its own way, the ink cracked on the folds."""
    width, height = image.size
    pixels = np.asarray(image, float)
    ink = np.array(PAPER, float) - pixels  # how much ink each channel took
    for channel, shift in zip((0, 2), (rng.choice([-2, -1, 1, 2]), rng.choice([-1, 1]))):
        ink[:, :, channel] = np.roll(ink[:, :, channel], shift, axis=1)
    yy = np.arange(height)[:, None]
    period = rng.uniform(7, 12)
    bands = 1 - 0.07 * (0.5 + 0.5 * np.sin(2 * math.pi * yy / period))  # the print head's passes
    starved = np.ones((height, 1))
    for _ in range(rng.randint(2, 5)):  # a few passes where a nozzle row ran dry
        y = rng.randint(0, height - 8)
        starved[y:y + rng.randint(2, 5)] = rng.uniform(0.7, 0.85)
    ink *= (bands * starved)[:, :, None]
    ink *= np.array([0.94, 0.97, 0.9])  # the cartridge's colours, a little weak
    pixels = np.array(PAPER, float) - ink
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    fibres = noise.normal(0, 2.2, (height, width))
    pixels += fibres[:, :, None]
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    # Folded in four and opened again.
    pixels = np.asarray(out, float)
    fx, fy = width / 2 + rng.uniform(-0.04, 0.04) * width, height / 2 + rng.uniform(-0.05, 0.05) * height
    xx = np.arange(width)[None, :]
    quarters = [rng.uniform(0.9, 1.03) for _ in range(4)]
    light = np.where(xx < fx, np.where(yy < fy, quarters[0], quarters[2]), np.where(yy < fy, quarters[1], quarters[3]))
    dx, dy = np.abs(xx - fx), np.abs(yy - fy)
    valley, ridge = rng.choice([(1, -1), (-1, 1)])
    light = light - 0.07 * valley * np.exp(-dx / 3.0) - 0.05 * ridge * np.exp(-dy / 3.0)
    light = light + 0.025 * (np.exp(-(dx - 5) ** 2 / 8.0) + np.exp(-(dy - 5) ** 2 / 8.0))
    pixels *= light[:, :, None]
    crack = (noise.random((height, width)) < 0.45) & ((dx < 1.6) | (dy < 1.6))
    pixels[crack] = pixels[crack] * 0.3 + np.array(PAPER) * 0.65
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------
# `showcase`: the document under a shop counter's glass

CARD = (1012, 638)
PAGE = (1250, 880)
LINING = ["lnum"]  # Vollkorn's figures are old-style unless asked: an ID prints lining figures


def showcase_values(truth, spec, family, kind):
    """values_of, with `May` left whole (`14 Sep. 1987` but `14 May 1987`)."""
    values = values_of(truth, spec, family, kind)
    for key in ("dob", "expiry", "issue"):
        values[key] = values[key].replace("May.", "May")
    return values


def rays(rng, size, color):
    """A pale ground with fine rays fanning from the lower right corner."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    angle = np.arctan2(height - yy, width - xx)
    radius = np.hypot(width - xx, height - yy)
    pixels = np.ones((height, width, 3)) * np.array(shifted(color, 16), float)
    line = (0.5 + 0.5 * np.cos(angle * rng.choice([150, 170, 190]))) ** 12
    ring = 0.5 + 0.5 * np.cos(radius / 38.0)
    pixels -= (line * (0.6 + 0.4 * ring))[:, :, None] * np.array([26, 22, 14], float)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def ribbon(draw, alpha3, reach):
    """The flag's stripes as a diagonal ribbon across the top-left corner."""
    stripes = FLAG_STRIPES[alpha3]
    step = 40 / len(stripes)
    for k, colour in enumerate(stripes):
        a, b = reach + k * step, reach + (k + 1) * step
        draw.polygon([(a, 0), (b, 0), (0, b), (0, a)], fill=colour)


def caption_value(draw, x, y, key, value, labels, width, deep, size=34):
    """The value in Vollkorn, its caption English / French in Yanone under it."""
    if not value:
        return
    draw.text((x, y), value, font=fitted(draw, value, VOLLKORN_SEMIBOLD, size, width, smallest=18), fill=(20, 20, 24),
              features=LINING)
    caption = f"{labels[key]} / {FRENCH[key]}"
    draw.text((x + 1, y + size + 8), caption, font=font(YANONE_REGULAR, 20), fill=shifted(deep, 30))


def showcase_header(draw, spec, deep, width, subtitle):
    ribbon(draw, spec["alpha3"], 64)
    title = spec["title"]
    draw.text((120, 18), title, font=fitted(draw, title, YANONE_BOLD, 50, width - 260, smallest=28), fill=deep)
    draw.text((122, 74), subtitle, font=font(YANONE_REGULAR, 28), fill=shifted(deep, 50))
    coat_of_arms(draw, width - 70, 62, 44, deep)
    draw.line((120, 114, width - 130, 114), fill=shifted(deep, 110), width=2)


FRENCH_TITLES = {"id_card": "NATIONAL IDENTITY CARD / CARTE NATIONALE D'IDENTITÉ", "passport": "PASSPORT / PASSEPORT"}


def showcase_front(rng, truth, spec, family, kind, photo):
    deep = DARK[spec["alpha3"]]
    values = showcase_values(truth, spec, family, kind)
    if kind == "id_card":
        labels = family["labels"]
        width, height = CARD
        image = rays(rng, CARD, spec["color"])
        draw = ImageDraw.Draw(image)
        showcase_header(draw, spec, deep, width, FRENCH_TITLES[kind])
        px, py = width - 40 - photo.width, 132
        image.paste(photo, (px, py))
        draw.rectangle((px - 1, py - 1, px + photo.width, py + photo.height), outline=deep)
        ghost = ImageOps.grayscale(photo.resize((photo.width // 3, photo.height // 3))).convert("RGB")
        image.paste(Image.blend(ghost, Image.new("RGB", ghost.size, shifted(spec["color"], 16)), 0.55), (40, 520))
        x, w = 40, px - 60
        caption_value(draw, x, 134, "surname", values["surname"], labels, w, deep, 38)
        caption_value(draw, x, 216, "given", values["given"], labels, w, deep)
        caption_value(draw, x, 294, "dob", values["dob"], labels, 250, deep)
        caption_value(draw, x + 270, 294, "sex", values["sex"], labels, 70, deep)
        caption_value(draw, x + 380, 294, "nationality", values["nationality"], labels, w - 380, deep)
        caption_value(draw, x, 372, "expiry", values["expiry"], labels, 250, deep)
        caption_value(draw, x + 270, 372, "cardno", values["cardno"], labels, w - 270, deep)
        scribble(draw, companion_rng(truth, "showcase-sign"), px, py + photo.height + 8, photo.width, 50, (30, 30, 60))
        # The ID number boxed at the lower right.
        box = (170, 500, width - 40, 622)
        draw.rectangle(box, outline=deep, width=3, fill=shifted(spec["color"], 24))
        caption = f"{labels['id']} / {FRENCH_LABELS['id']}"
        draw.text((box[0] + 16, box[1] + 8), caption, font=font(YANONE_BOLD, 24), fill=deep)
        draw.text((box[0] + 16, box[1] + 40), values["id"], font=fitted(draw, values["id"], VOLLKORN_BOLD, 46,
                  box[2] - box[0] - 32, smallest=26), fill=(20, 20, 24), features=LINING)
        return image
    labels = family["passport_labels"]
    width, height = PAGE
    image = rays(rng, PAGE, tuple(min(255, c + 6) for c in spec["color"]))
    draw = ImageDraw.Draw(image)
    showcase_header(draw, spec, deep, width, FRENCH_TITLES[kind])
    px, py = width - 50 - photo.width, 140
    image.paste(photo, (px, py))
    draw.rectangle((px - 1, py - 1, px + photo.width, py + photo.height), outline=deep)
    x, w = 50, px - 70
    caption_value(draw, x, 136, "type", values["type"], labels, 60, deep)
    caption_value(draw, x + 110, 136, "code", values["code"], labels, 110, deep)
    caption_value(draw, x + 280, 136, "docno", values["docno"], labels, w - 280, deep)
    caption_value(draw, x, 212, "surname", values["surname"], labels, w, deep, 38)
    caption_value(draw, x, 294, "given", values["given"], labels, w, deep)
    caption_value(draw, x, 370, "nationality", values["nationality"], labels, 300, deep)
    caption_value(draw, x + 330, 370, "sex", values["sex"], labels, 80, deep)
    caption_value(draw, x, 446, "dob", values["dob"], labels, 300, deep)
    caption_value(draw, x + 330, 446, "pob", values["pob"], labels, w - 330, deep)
    caption_value(draw, x, 522, "issue", values["issue"], labels, 300, deep)
    caption_value(draw, x + 330, 522, "expiry", values["expiry"], labels, w - 330, deep)
    caption_value(draw, x, 598, "authority", values["authority"], labels, w, deep)
    scribble(draw, companion_rng(truth, "showcase-sign"), px, py + photo.height + 10, photo.width, 60, (30, 30, 60))
    draw.rectangle((0, 712, width, height), fill=(250, 250, 247))
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def showcase_back(rng, truth, spec, family):
    deep = DARK[spec["alpha3"]]
    labels = family["labels"]
    values = showcase_values(truth, spec, family, "id_card")
    width, height = CARD
    image = rays(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    ribbon(draw, spec["alpha3"], 30)
    caption_value(draw, 90, 28, "pob", values["pob"], labels, 360, deep, 30)
    caption_value(draw, 90, 100, "issue", values["issue"], labels, 300, deep, 30)
    caption_value(draw, 90, 172, "authority", values["authority"], labels, 420, deep, 30)
    linear_barcode(draw, companion_rng(truth, "showcase-barcode"), 560, 40, 400, 110)
    notice = PROPERTY.format(spec["name"].title())
    draw.text((40, 262), notice, font=fitted(draw, notice, YANONE_REGULAR, 24, width - 80, smallest=14),
              fill=shifted(deep, 30))
    draw.rectangle((0, 400, width, height), fill=(250, 250, 247))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "slip":
        photo = portrait_of((250, 310) if kind == "id_card" else (300, 380))
        return slip_front(rng, truth, spec, family, kind, photo)
    photo = portrait_of((240, 300) if kind == "id_card" else (290, 370))
    return showcase_front(rng, truth, spec, family, kind, photo)


def render_back(rng, truth, spec, family):
    if family["style"] == "slip":
        return slip_back(rng, truth, spec, family)
    return showcase_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# `showcase`'s capture: through the counter's glass

def shop_reflection(rng, size):
    """What the glass reflects: the shop behind the photographer, shelves of boxes and a bright
    doorway, out of focus."""
    width, height = size
    image = Image.new("RGB", size, (0, 0, 0))
    draw = ImageDraw.Draw(image)
    shelf = rng.uniform(0.12, 0.2) * height
    y = rng.uniform(-0.1, 0.1) * height
    while y < height:
        x = rng.uniform(-40, 0)
        while x < width:
            w = rng.uniform(30, 110)
            h = shelf * rng.uniform(0.5, 0.9)
            draw.rectangle((x, y + shelf - h, x + w, y + shelf), fill=tuple(rng.randint(40, 200) for _ in range(3)))
            x += w + rng.uniform(2, 10)
        draw.rectangle((0, y + shelf, width, y + shelf + 8), fill=(150, 150, 150))
        y += shelf + 8
    door = rng.uniform(0.1, 0.8) * width
    draw.rectangle((door, 0, door + rng.uniform(0.12, 0.2) * width, height), fill=(250, 250, 240))
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(9, 16)))


def capture(rng, flat, level, family, truth, photograph):
    """The document photographed lying under the counter's glass: the photo (on the counter's
    lining) tinted green by the glass, its contrast lowered, the shop reflected faintly in it,
    the counter's aluminium frame across one side; (image, quarter turns)."""
    photo, turns = photograph(flat)
    corners = photo.info.get("document_corners")
    pixels = np.asarray(photo, float)
    pixels = pixels * np.array([0.93, 1.0, 0.95]) * 0.95 + 10
    strength = {"scan": 0.0, "easy": 0.08, "medium": 0.12, "hard": 0.16}[level]
    if strength:
        reflection = np.asarray(shop_reflection(rng, photo.size), float)
        pixels = pixels + reflection * strength * rng.uniform(0.7, 1.0)
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if level != "scan":
        draw = ImageDraw.Draw(out)
        side = rng.choice(["top", "bottom", "left", "right"])
        w, h = out.size
        depth = int(rng.uniform(0.02, 0.05) * min(w, h))
        box = {"top": (0, 0, w, depth), "bottom": (0, h - depth, w, h), "left": (0, 0, depth, h),
               "right": (w - depth, 0, w, h)}[side]
        draw.rectangle(box, fill=(168, 172, 176))
        if side in ("top", "bottom"):
            edge = box[3] if side == "top" else box[1]
            draw.line((0, edge, w, edge), fill=(212, 216, 220), width=3)
            draw.line((0, edge + (4 if side == "top" else -4), w, edge + (4 if side == "top" else -4)),
                      fill=(80, 120, 96), width=3)  # the glass's green edge
        else:
            edge = box[2] if side == "left" else box[0]
            draw.line((edge, 0, edge, h), fill=(212, 216, 220), width=3)
            draw.line((edge + (4 if side == "left" else -4), 0, edge + (4 if side == "left" else -4), h),
                      fill=(80, 120, 96), width=3)
    if corners:
        out.info["document_corners"] = corners
    return out, turns


# ---------------------------------------------------------------------------------------------
# Surfaces: `slip`'s laminated shop counter and `showcase`'s counter lining

FORMICA = [((226, 218, 196), [(168, 150, 120), (120, 110, 96), (196, 120, 90)]),
           ((204, 222, 212), [(120, 150, 140), (80, 96, 90), (236, 236, 230)]),
           ((214, 214, 210), [(140, 140, 150), (90, 90, 96), (200, 170, 120)])]


def formica(rng, size):
    """A shop's laminated counter: a pale plastic ground with a scatter of small dashes and
    boomerangs, the light's sheen along it, an aluminium edging strip."""
    width, height = size
    ground, marks = rng.choice(FORMICA)
    image = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(image)
    for _ in range(width * height // 900):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        a, r = rng.uniform(0, math.pi), rng.uniform(4, 14)
        colour = rng.choice(marks)
        if rng.random() < 0.3:
            draw.arc((x - r, y - r, x + r, y + r), math.degrees(a), math.degrees(a) + 110, fill=colour, width=2)
        else:
            draw.line((x, y, x + r * math.cos(a), y + r * math.sin(a)), fill=colour, width=2)
    pixels = np.asarray(image, float)
    yy, xx = np.mgrid[0:height, 0:width]
    sheen = np.exp(-((xx * 0.6 + yy - rng.uniform(0.3, 1.2) * height) ** 2) / (2 * (0.18 * height) ** 2))
    pixels = pixels * 0.95 + sheen[:, :, None] * 28
    pixels += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 3, pixels.shape)
    edge = int(rng.uniform(0.03, 0.06) * height)
    pixels[height - edge:] = np.linspace(200, 140, edge)[:, None, None] * np.ones((1, width, 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


PACKS = [((252, 204, 0), (20, 20, 20), "4G SIM"), ((220, 30, 40), (250, 250, 250), "AIRTIME"),
         ((0, 150, 70), (250, 250, 250), "STARTER PACK"), ((30, 80, 170), (250, 250, 250), "DATA 5GB")]


def lining(rng, size):
    """The inside of a display counter: a felt lining with SIM starter packs and airtime cards
    laid out on it."""
    width, height = size
    felt = rng.choice([(34, 52, 96), (110, 26, 34), (30, 30, 34), (22, 78, 60)])
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    pixels = np.ones((height, width, 3)) * np.array(felt, float) + noise.normal(0, 7, (height, width, 1))
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    label = font(DOSIS_BOLD, 30)
    for _ in range(rng.randint(10, 16)):
        ground, ink, text = rng.choice(PACKS)
        w, h = rng.uniform(150, 230), rng.uniform(220, 300)
        x, y = rng.uniform(-60, width - 60), rng.uniform(-80, height - 80)
        draw.rectangle((x, y, x + w, y + h), fill=ground, outline=shifted(ground, -40), width=2)
        draw.text((x + 12, y + 16), text, font=label, fill=ink)
        draw.rectangle((x + 20, y + h * 0.5, x + 20 + 86, y + h * 0.5 + 54), fill=(220, 200, 120))  # the SIM
    return image.filter(ImageFilter.GaussianBlur(1.2))


def surface(rng, name, size):
    if name == "formica":
        return formica(rng, size)
    assert name == "lining", name
    return lining(rng, size)


# ---------------------------------------------------------------------------------------------
# Conditions

def document_box(image):
    corners = image.info.get("document_corners")
    if not corners:
        return 0, 0, image.width, image.height
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (max(0, min(xs)), max(0, min(ys)), min(image.width, max(xs)), min(image.height, max(ys)))


def phone_shadow(rng, image):
    """Outdoors at noon: the paper in hard sun, washed out a little and warm, and the hard-edged
    shadow of the phone and the hand holding it over part of it, blue with the sky's light."""
    width, height = image.size
    x0, y0, x1, y1 = document_box(image)
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    w, h = x1 - x0, y1 - y0
    side = rng.choice(["top", "right", "bottom", "left"])
    pw, ph = rng.uniform(0.25, 0.35) * max(w, h), rng.uniform(0.45, 0.6) * max(w, h)
    # The phone's shadow: a rounded slab reaching in from one side, the arm's shadow behind it.
    if side in ("top", "bottom"):
        cx = rng.uniform(x0 + 0.2 * w, x1 - 0.2 * w)
        reach = rng.uniform(0.2, 0.35) * h
        if side == "top":
            box = (cx - pw / 2, y0 + reach - ph, cx + pw / 2, y0 + reach)
            arm = [(cx - pw * 0.25, box[1] + 10), (cx + pw * 0.2, box[1] + 10), (cx + pw * 0.5, 0), (cx - pw * 0.1, 0)]
        else:
            box = (cx - pw / 2, y1 - reach, cx + pw / 2, y1 - reach + ph)
            arm = [(cx - pw * 0.25, box[3] - 10), (cx + pw * 0.2, box[3] - 10), (cx + pw * 0.5, height),
                   (cx - pw * 0.1, height)]
    else:
        cy = rng.uniform(y0 + 0.2 * h, y1 - 0.2 * h)
        reach = rng.uniform(0.2, 0.35) * w
        if side == "left":
            box = (x0 + reach - ph, cy - pw / 2, x0 + reach, cy + pw / 2)
            arm = [(box[0] + 10, cy - pw * 0.25), (box[0] + 10, cy + pw * 0.2), (0, cy + pw * 0.5), (0, cy - pw * 0.1)]
        else:
            box = (x1 - reach, cy - pw / 2, x1 - reach + ph, cy + pw / 2)
            arm = [(box[2] - 10, cy - pw * 0.25), (box[2] - 10, cy + pw * 0.2), (width, cy + pw * 0.5),
                   (width, cy - pw * 0.1)]
    draw.rounded_rectangle(box, radius=int(0.12 * pw), fill=255)
    draw.polygon(arm, fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(rng.uniform(1.5, 3.5)))
    shade = np.asarray(mask, float)[:, :, None] / 255
    pixels = np.asarray(image, float)
    sunlit = pixels * np.array([1.12, 1.1, 1.02]) + 14
    shadowed = pixels * np.array([0.42, 0.46, 0.56])
    pixels = sunlit * (1 - shade) + shadowed * shade
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out.info.update(image.info)
    return out


def raindrops(rng, image):
    """Drops of water on the paper: each a wet, greyer spot (the paper translucent there), the
    print under it magnified a little, a highlight on its sunny side."""
    x0, y0, x1, y1 = document_box(image)
    out = image.copy()
    size = min(x1 - x0, y1 - y0)
    for _ in range(rng.randint(4, 9)):
        r = int(rng.uniform(0.02, 0.045) * size)
        if r < 4:
            continue
        cx, cy = int(rng.uniform(x0 + r, x1 - r)), int(rng.uniform(y0 + r, y1 - r))
        box = (cx - r, cy - r, cx + r, cy + r)
        patch = out.crop(box)
        inner = patch.crop((int(r * 0.15), int(r * 0.15), int(r * 1.85), int(r * 1.85))).resize(patch.size, Image.BICUBIC)
        pixels = np.asarray(inner, float) * np.array([0.86, 0.87, 0.9])  # wet paper: greyer, darker
        yy, xx = np.mgrid[0:2 * r, 0:2 * r]
        d = np.hypot(xx - r, yy - r) / r
        hx, hy = r * 0.6, r * 0.55
        highlight = np.exp(-((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * (0.14 * r) ** 2)) * 180
        rim = np.exp(-((d - 0.95) ** 2) / 0.004) * -40
        pixels = pixels + (highlight + rim)[:, :, None]
        drop = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        shape = Image.new("L", patch.size, 0)
        ImageDraw.Draw(shape).ellipse((0, 0, 2 * r - 1, int(2 * r * rng.uniform(0.8, 1.0)) - 1), fill=255)
        out.paste(drop, box[:2], shape.filter(ImageFilter.GaussianBlur(1.2)))
    out.info.update(image.info)
    return out


def tube_light(rng, image):
    """The shop's fluorescent tubes reflected in the counter's glass: one or two long, slightly
    bluish bright bars across the photo, soft at their edges."""
    width, height = image.size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    light = np.zeros((height, width))
    angle = rng.uniform(-0.5, 0.5) + (math.pi / 2 if rng.random() < 0.5 else 0)
    nx, ny = -math.sin(angle), math.cos(angle)
    for _ in range(rng.randint(1, 2)):
        offset = rng.uniform(0.15, 0.85) * (abs(nx) * width + abs(ny) * height)
        distance = np.abs(xx * nx + yy * ny - offset - min(0, nx * width) - min(0, ny * height))
        half = rng.uniform(0.012, 0.03) * max(width, height)
        light = np.maximum(light, rng.uniform(0.4, 0.6) * np.exp(-(distance / half) ** 4)
                           + 0.15 * np.exp(-(distance / (half * 4)) ** 2))
    light = np.clip(light, 0, 0.7)[:, :, None]  # washed out, the print still faintly there
    pixels = np.asarray(image, float) * (1 - light) + np.array([246, 250, 255], float) * light
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out.info.update(image.info)
    return out


def glass_dust(rng, image):
    """Fingerprints, dust and fine scratches on the counter's glass, lit by the room: the prints
    a pale haze of ridges, the dust bright specks out of focus, the scratches thin bright lines."""
    width, height = image.size
    layer = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(layer)
    x0, y0, x1, y1 = document_box(image)
    for _ in range(rng.randint(2, 4)):  # fingerprints: ridges as broken concentric arcs, tilted
        cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
        rx, ry = rng.uniform(0.03, 0.05) * width, rng.uniform(0.045, 0.07) * width
        tilt = rng.uniform(-0.6, 0.6)
        for k in range(16):
            f = 1 - k / 17
            start = rng.uniform(0, 360)
            for a in range(int(start), int(start) + rng.randint(200, 330), 4):  # a ridge with a gap in it
                t = math.radians(a)
                px, py = rx * f * math.cos(t), ry * f * math.sin(t)
                u, v = cx + px * math.cos(tilt) - py * math.sin(tilt), cy + px * math.sin(tilt) + py * math.cos(tilt)
                draw.ellipse((u - 1, v - 1, u + 1, v + 1), fill=rng.randint(40, 80))
    for _ in range(rng.randint(80, 200)):  # dust
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(1, 4)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(90, 200))
    for _ in range(rng.randint(3, 8)):  # scratches
        x, y, a, n = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0, math.pi), rng.uniform(60, 300)
        draw.line((x, y, x + n * math.cos(a), y + n * math.sin(a)), fill=rng.randint(80, 140), width=1)
    haze = np.asarray(layer.filter(ImageFilter.GaussianBlur(1.6)), float)[:, :, None] / 255 * 0.8
    pixels = np.asarray(image, float) * (1 - haze) + 236 * haze
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out.info.update(image.info)
    return out


def apply_condition(rng, image, condition):
    handlers = dict(phone_shadow=phone_shadow, raindrops=raindrops, tube_light=tube_light, glass_dust=glass_dust)
    return handlers[condition](rng, image), None
