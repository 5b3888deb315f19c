"""The twelfth held-out layout families for scripts/make-documents.py: `vertical` and `grid`
(their specs are in document_families.FAMILIES, which says what they look like).

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions (`reupload`, `rolling_shutter`, `denoise_smear`) is applied or their surface
(`bedsheet`) is chosen, so every other family's documents stay the same, image for image, for a
seed. The truth, the MRZ, the ID numbers and tampering are the shared code's: this module only
draws them.
"""
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, AUTHORITIES, DARK, FLAG_STRIPES, OPEN_BOLD, OPEN_ITALIC, OPEN_REGULAR,
                               OPEN_SEMIBOLD, PROPERTY, contact_chip, draw_mrz, emblem, flag_band, font,
                               greyscale_portrait, pdf417, qr_code, scribble, shifted, tenth_values)
from document_families_eleventh import blend_region, coat_of_arms, fingerprint

INK = (24, 26, 34)


def fitted(draw, text, path, size, max_width):
    """The font `path` at `size`, or smaller until `text` fits in `max_width`."""
    f = ImageFont.truetype(path, size)
    while size > 12 and draw.textlength(text, font=f) > max_width:
        size -= 1
        f = ImageFont.truetype(path, size)
    return f


def deep(color):
    """The darker ink of a pale tint: its own hue, much deeper."""
    return tuple(int(c * 0.45) for c in color)


def second_tint(color):
    """A duotone's second colour: the issuer's pale tint turned warm (towards a pale gold)."""
    return tuple(int(c * 0.55 + g * 0.45) for c, g in zip(color, (252, 226, 170)))


# ---------------------------------------------------------------------------------------------
# `vertical`

def rosette(draw, cx, cy, radius, ink, petals, loops, turn=0.0, width=1):
    """A guilloche rosette: hypotrochoids (a spirograph's curves) of one family, each turned a
    little from the last, so that their crossings weave a band of `petals` lobes round a clear
    centre."""
    t = np.linspace(0, 2 * math.pi * loops, 900 * loops)
    for k in range(6):
        small = radius / petals * loops
        offset = radius * (0.32 + 0.05 * k)
        a = turn + k * math.pi / (3 * petals)
        big = radius - small
        x = big * np.cos(t) + offset * np.cos(big / small * t)
        y = big * np.sin(t) - offset * np.sin(big / small * t)
        xr, yr = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
        draw.line(list(zip(cx + xr * 0.78, cy + yr * 0.78)), fill=ink, width=width)


def duotone_ground(rng, size, color, centres, clear_from=None):
    """A duotone gradient, the issuer's tint deepened at the top and a warm pale gold at the
    bottom, with spirograph rosettes at `centres` ((x, y, radius)) in a darker ink and fine
    horizontal hairlines; below `clear_from` (a y) it fades to a pale clear ground, for the MRZ."""
    width, height = size
    top = np.array(shifted(color, -18), float)
    bottom = np.array(second_tint(color), float)
    yy, xx = np.mgrid[0:height, 0:width]
    t = np.clip(yy / height + 0.15 * (xx / width - 0.5), 0, 1)[:, :, None]
    pixels = top * (1 - t) + bottom * t
    pixels -= ((yy % 5) == 0)[:, :, None] * 5.0
    if clear_from is not None:
        fade = np.clip((yy - clear_from) / 30.0, 0, 1)[:, :, None]
        pixels = pixels * (1 - fade) + np.array([250, 249, 244], float) * fade
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    mask = Image.new("L", size, 0)
    md = ImageDraw.Draw(mask)
    for cx, cy, r in centres:
        rosette(md, cx, cy, r, 255, rng.choice([18, 22, 26]), rng.choice([3, 5]), rng.uniform(0, 1))
    if clear_from is not None:
        md.rectangle((0, clear_from - 10, width, height), fill=0)
    image.paste(Image.new("RGB", size, shifted(deep(color), 40)), (0, 0), mask.point(lambda v: v * 0.32))
    return image


def tracked(draw, cx, y, text, f, fill, tracking):
    """`text` letter-spaced (`tracking` pixels between letters), centred on `cx`."""
    widths = [draw.textlength(char, font=f) for char in text]
    x = cx - (sum(widths) + tracking * (len(text) - 1)) / 2
    for char, w in zip(text, widths):
        draw.text((x, y), char, font=f, fill=fill, anchor="la")
        x += w + tracking


def centred(draw, cx, y, label, value, label_font, value_font, label_ink, ink=INK, gap=4):
    """A `vertical` field: its label in small letter-spaced capitals over the value, both
    centred on `cx`."""
    tracked(draw, cx, y, label, label_font, label_ink, 2.5)
    draw.text((cx, y + label_font.size + gap), value, font=value_font, fill=ink, anchor="ma")


def vertical_card(rng, truth, spec, family, portrait_of):
    """The card's front, upright: the band with the arms and title across the top, the portrait
    in the middle under it, the fields centred in a column below."""
    size = (638, 1012)
    width, height = size
    alpha3 = spec["alpha3"]
    labels = family["labels"]
    image = duotone_ground(rng, size, spec["color"], [(width / 2, 340, 300), (width * 0.8, 900, 150)])
    draw = ImageDraw.Draw(image)
    dark = DARK[alpha3]
    draw.rectangle((0, 0, width, 148), fill=dark)
    coat_of_arms(draw, width / 2, 40, 28, (230, 200, 120))
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - 40)
    draw.text((width / 2, 80), spec["title"], font=title, fill=(255, 255, 255), anchor="ma")
    draw.text((width / 2, 118), "NATIONAL IDENTITY CARD", font=ImageFont.truetype(OPEN_REGULAR, 17),
              fill=(226, 230, 234), anchor="ma")
    flag_band(draw, alpha3, width, 148, 8)
    values = tenth_values(truth, spec, family)
    # The portrait in a white frame with a soft shadow; the chip to its left, its ghost to its right.
    photo_w, photo_h = 248, 318
    px, py = (width - photo_w) // 2, 178
    photo = portrait_of((photo_w, photo_h))
    shadow = Image.new("L", size, 0)
    ImageDraw.Draw(shadow).rectangle((px + 2, py + 4, px + photo_w + 10, py + photo_h + 12), fill=120)
    image.paste(Image.new("RGB", size, shifted(dark, 20)), (0, 0), shadow.filter(ImageFilter.GaussianBlur(6)))
    draw.rectangle((px - 6, py - 6, px + photo_w + 5, py + photo_h + 5), fill=(252, 252, 250))
    image.paste(photo, (px, py))
    contact_chip(draw, 54, 300, 84, 66)
    ghost = greyscale_portrait(photo.resize((92, 118), Image.LANCZOS), (1.0, 0.97, 0.9))
    blend_region(image, (width - 136, 340, width - 44, 458), np.asarray(ghost, float), np.full((118, 92), 0.38))
    label_font = ImageFont.truetype(family["label_font"][0], family["label_font"][1])
    label_ink = shifted(ACCENT[alpha3], -10)
    value_font = font(family["value_font"])
    cx, half = width / 2, width / 4
    y = 522
    centred(draw, cx, y, labels["surname"], values["surname"], label_font,
            fitted(draw, values["surname"], OPEN_BOLD, 36, width - 60), label_ink)
    y += 78
    centred(draw, cx, y, labels["given"], values["given"], label_font,
            fitted(draw, values["given"], family["value_font"][0], 30, width - 60), label_ink)
    y += 74
    centred(draw, half + 8, y, labels["dob"], values["dob"], label_font, value_font, label_ink)
    centred(draw, width - half - 8, y, labels["sex"], values["sex"], label_font, value_font, label_ink)
    y += 72
    centred(draw, half + 8, y, labels["nationality"], values["nationality"], label_font, value_font, label_ink)
    centred(draw, width - half - 8, y, labels["expiry"], values["expiry"], label_font, value_font, label_ink)
    y += 72
    centred(draw, cx, y, labels["id"], values["id"], label_font, ImageFont.truetype(OPEN_BOLD, 31), label_ink,
            ink=shifted(dark, -10))
    # The signature and, where the card has one, its number in a band along the bottom.
    scribble(draw, rng, cx - 95, 894, 190, 34, (26, 30, 80))
    draw.text((cx, 936), "HOLDER'S SIGNATURE", font=ImageFont.truetype(OPEN_REGULAR, 11), fill=(90, 92, 100), anchor="ma")
    draw.rectangle((0, 960, width, height), fill=dark)
    number = truth["fields"]["document_number"]
    band = ImageFont.truetype(OPEN_SEMIBOLD, 19)
    if number:
        draw.text((cx, 973), f"{labels['cardno']}  {number}", font=band, fill=(255, 255, 255), anchor="ma")
    else:
        draw.text((cx, 973), spec["name"], font=band, fill=(255, 255, 255), anchor="ma")
    return image


def vertical_back(rng, truth, spec, family):
    """The card's back, printed across (landscape, as on many upright cards): birthplace, date
    of issue and authority centred in three cells, a QR code, the property notice, the MRZ on a
    clear ground."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    labels = family["labels"]
    mrz = family["card_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3
    image = duotone_ground(rng, size, spec["color"], [(width * 0.3, height * 0.3, 220)], clear_from=mrz_top - 24)
    draw = ImageDraw.Draw(image)
    dark = DARK[alpha3]
    draw.rectangle((0, 0, width, 10), fill=dark)
    values = tenth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[alpha3][0]
    label_font = ImageFont.truetype(family["label_font"][0], family["label_font"][1])
    label_ink = shifted(ACCENT[alpha3], -10)
    cells = [("pob", 130), ("issue", 370), ("authority", 610)]
    for key, cx in cells:
        centred(draw, cx, 40, labels[key], values[key], label_font,
                fitted(draw, values[key], family["value_font"][0], family["value_font"][1], 230), label_ink)
    qr_code(draw, rng, 800, 34, 25, 6, paper=(250, 250, 246))
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    small = ImageFont.truetype(OPEN_ITALIC, 14)
    words, line, y = notice.split(), "", 150
    for word in words + [None]:
        if word is None or draw.textlength(line + " " + word, font=small) > 600:
            draw.text((370, y), line.strip(), font=small, fill=(80, 84, 96), anchor="ma")
            line, y = word or "", y + 21
        else:
            line += " " + word
    scribble(draw, rng, 290, 236, 160, 36, (26, 30, 80))
    draw.line((250, 282, 490, 282), fill=(110, 112, 120), width=1)
    draw.text((370, 288), "REGISTRAR GENERAL", font=ImageFont.truetype(OPEN_REGULAR, 12), fill=(90, 92, 100), anchor="ma")
    emblem(draw, 860, 270, 52, shifted(ACCENT[alpha3], 30))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def vertical_passport(rng, truth, spec, family, portrait_of):
    """The data page: a dark band up the left edge with `PASSPORT · PASSEPORT` printed up it,
    the title across the top, the portrait on the left, the fields centred in cells of a three-
    column grid, the MRZ on a clear ground."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    labels = family["passport_labels"]
    mrz = family["passport_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2
    image = duotone_ground(rng, size, spec["color"], [(820, 360, 340)], clear_from=mrz_top - 26)
    draw = ImageDraw.Draw(image)
    dark = DARK[alpha3]
    draw.rectangle((0, 0, 64, mrz_top - 26), fill=dark)
    upright = Image.new("L", (mrz_top - 60, 64), 0)
    ImageDraw.Draw(upright).text((upright.width / 2, 32), "PASSPORT  ·  PASSEPORT", font=ImageFont.truetype(OPEN_BOLD, 26),
                                 fill=255, anchor="mm")
    upright = upright.rotate(90, expand=True)
    image.paste(Image.new("RGB", upright.size, (236, 236, 236)), (0, 17), upright)
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], 800)
    draw.text((96, 22), spec["title"], font=title, fill=shifted(dark, 0))
    coat_of_arms(draw, width - 70, 58, 40, shifted(ACCENT[alpha3], 0))
    draw.line((96, 78, width - 130, 78), fill=shifted(ACCENT[alpha3], 40), width=2)
    values = tenth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[alpha3][1]
    photo_w, photo_h = 296, 380
    photo = portrait_of((photo_w, photo_h))
    draw.rectangle((96 - 6, 116 - 6, 96 + photo_w + 5, 116 + photo_h + 5), fill=(252, 252, 250))
    image.paste(photo, (96, 116))
    scribble(draw, rng, 124, 530, 230, 44, (26, 30, 80))
    draw.text((96 + photo_w / 2, 584), "HOLDER'S SIGNATURE", font=ImageFont.truetype(OPEN_REGULAR, 12),
              fill=(90, 92, 100), anchor="ma")
    label_font = ImageFont.truetype(family["label_font"][0], family["label_font"][1])
    label_ink = shifted(ACCENT[alpha3], -10)
    left, right = 430, 1220
    column = (right - left) / 3
    centres = [left + column * (k + 0.5) for k in range(3)]
    middle = (left + right) / 2
    rows = [[("type", 0), ("code", 1), ("docno", 2)], [("surname", None)], [("given", None)],
            [("nationality", 0), ("dob", 1), ("sex", 2)], [("pob", 0), ("issue", 1), ("expiry", 2)],
            [("authority", None)]]
    y = 108
    for row in rows:
        for key, k in row:
            cx = middle if k is None else centres[k]
            f = fitted(draw, values[key], family["value_font"][0], 30, (right - left if k is None else column) - 16)
            centred(draw, cx, y, labels[key], values[key], label_font, f, label_ink)
        y += 90
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `grid`

def contour_ground(rng, size, color, clear_from=None):
    """A topographic ground: contour lines of a smooth random relief, every fifth drawn heavier,
    in the issuer's ink over a pale tint washed with a second colour; below `clear_from` (a y) it
    fades to a pale clear ground, for the MRZ."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    coarse = Image.fromarray(noise.normal(0, 1, (5, 7)).astype(np.float32), mode="F")
    relief = np.asarray(coarse.resize((width, height), Image.BICUBIC), float)
    fine = Image.fromarray(noise.normal(0, 1, (12, 16)).astype(np.float32), mode="F")
    relief += 0.25 * np.asarray(fine.resize((width, height), Image.BICUBIC), float)
    levels = rng.uniform(9, 13)
    field = relief * levels
    gy, gx = np.gradient(field)
    slope = np.hypot(gx, gy) + 1e-6
    distance = np.abs(field - np.round(field)) / slope  # pixels to the nearest contour
    index = (np.round(field).astype(int) % 5 == 0)
    line = np.clip(1.0 - (distance - np.where(index, 0.9, 0.35)), 0, 1)
    yy, xx = np.mgrid[0:height, 0:width]
    wash = 0.5 + 0.5 * np.sin(xx / width * 2.4 + yy / height * 1.3 + rng.uniform(0, 6.28))
    ground = np.array(color, float) * (1 - 0.35 * wash[:, :, None]) + np.array(second_tint(color), float) * 0.35 * wash[:, :, None]
    ground = ground * 0.7 + 255 * 0.3
    ink = np.array(shifted(deep(color), 70), float)
    pixels = ground * (1 - 0.42 * line[:, :, None]) + ink * 0.42 * line[:, :, None]
    if clear_from is not None:
        fade = np.clip((yy - clear_from) / 30.0, 0, 1)[:, :, None]
        pixels = pixels * (1 - fade) + np.array([251, 250, 246], float) * fade
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def mini_flag(draw, alpha3, x, y, w, h):
    stripes = FLAG_STRIPES[alpha3]
    for k, color in enumerate(stripes):
        draw.rectangle((x, y + k * h / len(stripes), x + w, y + (k + 1) * h / len(stripes)), fill=color)
    draw.rectangle((x, y, x + w, y + h), outline=(60, 60, 60), width=1)


def boxed_value(draw, label_right, box, y, label, value, family, label_ink, box_ink):
    """A `grid` field: the label and a colon, right-aligned to `label_right`, then the value in
    a white box with rounded corners (`box` is its left and right x)."""
    path, size = family["label_font"]
    label_font = ImageFont.truetype(path, size)
    height = 46
    draw.text((label_right, y + height / 2), label + ":", font=label_font, fill=label_ink, anchor="rm")
    x0, x1 = box
    draw.rounded_rectangle((x0, y, x1, y + height), radius=7, fill=(253, 253, 251), outline=box_ink, width=1)
    f = fitted(draw, value, family["value_font"][0], family["value_font"][1], x1 - x0 - 18)
    draw.text((x0 + 10, y + height / 2 + 1), value, font=f, fill=INK, anchor="lm")


def grid_header(draw, spec, family, width, subtitle, x):
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - x - 150)
    draw.text((x, 20), spec["title"], font=title, fill=shifted(accent, -30))
    draw.text((x + 2, 62), subtitle, font=ImageFont.truetype(family["label_font"][0], 17), fill=(70, 72, 82))
    mini_flag(draw, alpha3, width - 124, 22, 84, 56)
    draw.line((x, 94, width - 36, 94), fill=shifted(accent, 20), width=3)
    draw.line((x, 100, width - 36, 100), fill=shifted(accent, 90), width=1)


def grid_card(rng, truth, spec, family, portrait_of):
    """The card's front: the title and a small flag across the top over a double rule, the
    portrait on the left with the signature under it, the fields in a grid of white boxes, each
    label to its left with a colon; two boxes a row where the values are short."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    labels = family["labels"]
    image = contour_ground(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    grid_header(draw, spec, family, width, "National Identity Card", 36)
    values = tenth_values(truth, spec, family)
    photo_w, photo_h = 196, 250
    photo = portrait_of((photo_w, photo_h))
    draw.rectangle((34, 120, 36 + photo_w + 1, 122 + photo_h + 1), outline=shifted(ACCENT[alpha3], 10), width=2)
    image.paste(photo, (36, 122))
    scribble(draw, rng, 44, 392, 170, 40, (24, 28, 86))
    draw.text((36, 442), "Holder's signature", font=ImageFont.truetype(family["label_font"][0], 13), fill=(90, 92, 100))
    label_ink, box_ink = shifted(ACCENT[alpha3], -20), shifted(ACCENT[alpha3], 60)
    wide, left, right = (392, 974), (392, 590), (758, 974)
    rows = [[("surname", 384, wide)], [("given", 384, wide)], [("dob", 384, left), ("sex", 750, right)],
            [("nationality", 384, left), ("expiry", 750, right)], [("id", 384, wide)]]
    number = truth["fields"]["document_number"]
    if number:
        values["cardno"] = number
        rows.append([("cardno", 384, left)])
    for index, row in enumerate(rows):
        for key, label_right, box in row:
            boxed_value(draw, label_right, box, 122 + index * 68, labels[key], values[key], family, label_ink, box_ink)
    # A strip of microtext with the country's name along the bottom edge.
    micro = ImageFont.truetype(family["label_font"][0], 8)
    draw.text((14, height - 18), (spec["name"].replace(" ", "") + " · ") * 40, font=micro, fill=shifted(ACCENT[alpha3], 40))
    return image


def grid_back(rng, truth, spec, family):
    """The card's back: birthplace, date of issue and authority in boxes, a thumbprint in a
    frame, a PDF417 code, the MRZ on a clear ground."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    labels = family["labels"]
    mrz = family["card_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3
    image = contour_ground(rng, size, spec["color"], clear_from=mrz_top - 26)
    draw = ImageDraw.Draw(image)
    values = tenth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[alpha3][0]
    label_ink, box_ink = shifted(ACCENT[alpha3], -20), shifted(ACCENT[alpha3], 60)
    for index, key in enumerate(["pob", "issue", "authority"]):
        boxed_value(draw, 196, (204, 600), 32 + index * 62, labels[key], values[key], family, label_ink, box_ink)
    fx, fy = 690, 26
    draw.rounded_rectangle((fx, fy, fx + 150, fy + 176), radius=10, fill=(252, 252, 250), outline=box_ink, width=1)
    fingerprint(draw, fx + 75, fy + 84, 62, (70, 72, 84))
    draw.text((fx + 75, fy + 182), "Right thumb", font=ImageFont.truetype(family["label_font"][0], 13), fill=(80, 82, 92),
              anchor="ma")
    mini_flag(draw, alpha3, 880, 34, 90, 60)
    pdf417(draw, rng, 40, 222, 3, 12, 2, 8)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    small = ImageFont.truetype(family["label_font"][0], 13)
    words, line, y = notice.split(), "", 240
    for word in words + [None]:
        if word is None or draw.textlength(line + " " + word, font=small) > 330:
            draw.text((630, y), line.strip(), font=small, fill=(76, 78, 90))
            line, y = word or "", y + 18
        else:
            line += " " + word
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def grid_passport(rng, truth, spec, family, portrait_of):
    """The data page: the same header, the portrait on the left, the fields in boxes with their
    labels (English / French) to the left with a colon, two a row, the MRZ on a clear ground."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    labels = family["passport_labels"]
    mrz = family["passport_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2
    image = contour_ground(rng, size, spec["color"], clear_from=mrz_top - 28)
    draw = ImageDraw.Draw(image)
    grid_header(draw, spec, family, width, "Passport / Passeport", 44)
    values = tenth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[alpha3][1]
    photo_w, photo_h = 270, 346
    photo = portrait_of((photo_w, photo_h))
    draw.rectangle((42, 124, 44 + photo_w + 1, 126 + photo_h + 1), outline=shifted(ACCENT[alpha3], 10), width=2)
    image.paste(photo, (44, 126))
    scribble(draw, rng, 60, 492, 210, 42, (24, 28, 86))
    draw.text((44, 546), "Holder's signature / Signature du titulaire", font=ImageFont.truetype(family["label_font"][0], 13),
              fill=(90, 92, 100))
    label_ink, box_ink = shifted(ACCENT[alpha3], -20), shifted(ACCENT[alpha3], 60)
    wide, left, right = (528, 1210), (528, 760), (962, 1210)
    rows = [[("type", 520, (528, 600)), ("code", 760, (768, 860)), ("docno", 1006, (1014, 1210))],
            [("surname", 520, wide)], [("given", 520, wide)], [("nationality", 520, left), ("sex", 954, right)],
            [("dob", 520, left), ("pob", 954, right)], [("issue", 520, left), ("expiry", 954, right)],
            [("authority", 520, wide)]]
    for index, row in enumerate(rows):
        for key, label_right, box in row:
            boxed_value(draw, label_right, box, 126 + index * 70, labels[key], values[key], family, label_ink, box_ink)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "vertical":
        if kind == "passport":
            return vertical_passport(rng, truth, spec, family, portrait_of)
        return vertical_card(rng, truth, spec, family, portrait_of)
    if kind == "passport":
        return grid_passport(rng, truth, spec, family, portrait_of)
    return grid_card(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "vertical":
        return vertical_back(rng, truth, spec, family)
    return grid_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on, and their capture conditions

BEDSHEETS = [((246, 240, 232), [(214, 96, 110), (238, 170, 60), (88, 140, 96)]),
             ((222, 232, 244), [(60, 90, 160), (240, 240, 246), (120, 170, 210)]),
             ((244, 222, 226), [(190, 60, 90), (250, 246, 240), (110, 150, 90)]),
             ((236, 236, 218), [(120, 80, 150), (230, 200, 90), (70, 120, 110)])]


def surface(rng, name, size):
    """A cotton bedsheet (IDs are often photographed on a bed): a printed pattern of small
    flowers and leaves on a pale ground, soft folds and wrinkles shading it, the weave's grain."""
    assert name == "bedsheet", name
    width, height = size
    ground, inks = rng.choice(BEDSHEETS)
    image = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(image)
    spacing = rng.randint(70, 110)
    for row, y in enumerate(range(-spacing, height + spacing, spacing)):
        for x in range((row % 2) * spacing // 2 - spacing, width + spacing, spacing):
            fx, fy = x + rng.uniform(-8, 8), y + rng.uniform(-8, 8)
            petal, ink = rng.uniform(9, 14), inks[(row + x // spacing) % 2]
            turn = rng.uniform(0, 6.28)
            for k in range(5):
                a = turn + k * 2 * math.pi / 5
                px, py = fx + petal * math.cos(a), fy + petal * math.sin(a)
                draw.ellipse((px - petal * 0.62, py - petal * 0.62, px + petal * 0.62, py + petal * 0.62), fill=ink)
            draw.ellipse((fx - 4, fy - 4, fx + 4, fy + 4), fill=inks[1 - (row + x // spacing) % 2])
            for side in (-1, 1):  # two leaves
                a = turn + side * 2.2
                lx, ly = fx + 2.2 * petal * math.cos(a), fy + 2.2 * petal * math.sin(a)
                draw.polygon([(fx + 1.3 * petal * math.cos(a), fy + 1.3 * petal * math.sin(a)),
                              (lx + 5 * math.sin(a), ly - 5 * math.cos(a)), (fx + 3 * petal * math.cos(a), fy + 3 * petal * math.sin(a)),
                              (lx - 5 * math.sin(a), ly + 5 * math.cos(a))], fill=inks[2])
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    yy, xx = np.mgrid[0:height, 0:width]
    light = np.ones((height, width))
    for _ in range(rng.randint(3, 6)):  # folds: long soft ridges with a shaded side
        a = rng.uniform(0, math.pi)
        d = (xx - rng.uniform(0, width)) * math.cos(a) + (yy - rng.uniform(0, height)) * math.sin(a)
        w = rng.uniform(25, 70)
        light += rng.uniform(0.06, 0.12) * np.tanh(d / w) * np.exp(-(d / (3 * w)) ** 2)
    coarse = Image.fromarray(noise.normal(0, 1, (8, 10)).astype(np.float32), mode="F")
    light += 0.05 * np.asarray(coarse.resize((width, height), Image.BICUBIC), float)
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(1.0)), float) * light[:, :, None]
    weave = ((xx % 3 == 0) ^ (yy % 3 == 0))[:, :, None] * 4.0
    pixels += noise.normal(0, 3, (height, width, 1)) - weave
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def apply_condition(rng, image, condition):
    """The photo with one of the twelfth families' capture conditions; (image, JPEG quality or None)."""
    width, height = image.size
    if condition == "reupload":  # sent through a chat app from a cheap phone: scaled down, JPEGed, then JPEGed again
        scale = rng.randint(900, 1100) / max(width, height)
        small = image.resize((round(width * scale), round(height * scale)), Image.BILINEAR)
        buffer = io.BytesIO()
        small.save(buffer, format="JPEG", quality=rng.randint(42, 58), subsampling=2)
        buffer.seek(0)
        return Image.open(buffer).convert("RGB"), rng.randint(72, 82)
    if condition == "rolling_shutter":  # the phone swung while its sensor read the rows: rows slide sideways
        pixels = np.asarray(image, np.float32)
        skew = rng.uniform(0.035, 0.06) * width * rng.choice([-1, 1])
        wobble, period, phase = rng.uniform(1.5, 3.5), rng.uniform(140, 320), rng.uniform(0, 6.28)
        rows = np.arange(height)
        shift = skew * (rows / height - 0.5) + wobble * np.sin(rows / period * 2 * math.pi + phase)
        xs = np.arange(width)[None, :] - shift[:, None]
        x0 = np.clip(np.floor(xs).astype(int), 0, width - 1)
        x1 = np.clip(x0 + 1, 0, width - 1)
        t = (xs - np.floor(xs))[:, :, None]
        out = pixels[rows[:, None], x0] * (1 - t) + pixels[rows[:, None], x1] * t
        smear = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
        return smear.filter(ImageFilter.BoxBlur(0.6)), None
    if condition == "denoise_smear":  # a dim room: sensor noise, then the phone's heavy noise reduction smears it
        noise = np.random.default_rng(rng.randint(0, 1 << 30))
        pixels = np.asarray(image, float) * rng.uniform(0.8, 0.92)
        pixels += noise.normal(0, rng.uniform(7, 10), (height, width, 1)) + noise.normal(0, 5, pixels.shape)
        noisy = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        smooth = noisy.filter(ImageFilter.MedianFilter(3)).filter(ImageFilter.MedianFilter(3))
        y, cb, cr = smooth.convert("YCbCr").split()
        cb, cr = cb.filter(ImageFilter.GaussianBlur(3)), cr.filter(ImageFilter.GaussianBlur(3))
        smeared = Image.merge("YCbCr", (y, cb, cr)).convert("RGB")
        return smeared.filter(ImageFilter.UnsharpMask(radius=1.8, percent=rng.randint(70, 110), threshold=3)), None
    raise ValueError(condition)
