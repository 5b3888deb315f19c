"""The thirteenth held-out layout families for scripts/make-documents.py: `sidenote` and `foil`
(their specs are in document_families.FAMILIES, which says what they look like).

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions (`window_glare`, `lens_smudge`, `flicker`) is applied or their surface (`mat`)
is chosen, so every other family's documents stay the same, image for image, for a seed. The
truth, the MRZ, the ID numbers and tampering are the shared code's: this module only draws them.
Their date patterns (`dd MONTHCAPS yyyy`, `d/m/yyyy`) are formatted here (date_text), not by
the shared fmt_date, so that its output for every earlier pattern is untouched.
"""
import datetime as dt
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, ANDIKA, ANDIKA_BOLD, ANDIKA_ITALIC, AUTHORITIES, FLAG_STRIPES,
                               MONTH_NAMES, PROPERTY, SLAB_REGULAR, datamatrix, draw_mrz, emblem,
                               fmt_date, place_of_birth, printed, qr_code, scribble, shifted)
from document_families_eleventh import coat_of_arms, fingerprint

INK = (22, 24, 30)


def date_text(date, pattern):
    """A date as the thirteenth families print it: `dd MONTHCAPS yyyy` (`14 SEPTEMBER 1987`) or
    `d/m/yyyy` (`4/3/1987`, no leading zeros); any other pattern as fmt_date prints it."""
    if pattern == "d/m/yyyy":
        return f"{date.day}/{date.month}/{date.year}"
    if pattern == "dd MONTHCAPS yyyy":
        return f"{date.day:02d} {MONTH_NAMES[date.month - 1].upper()} {date.year}"
    return fmt_date(date, pattern)


def values_of(truth, spec, family, kind):
    """The printed values by field key; tampered fields print what tampering put there."""
    fields = truth["fields"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    pattern = family["date"]
    sex = {"M": "MALE", "F": "FEMALE"}[fields["sex"]] if family.get("sex_words") else fields["sex"]
    authority = AUTHORITIES[spec["alpha3"]][0 if kind == "id_card" else 1]
    return dict(surname=fields["surname"], given=fields["given_names"], id=printed(truth, "id_number"),
                dob=date_text(dob, pattern), sex=sex, nationality=spec["demonym"], expiry=date_text(expiry, pattern),
                docno=fields["document_number"], cardno=fields["document_number"], issue=date_text(issue, pattern),
                pob=place_of_birth(truth, spec["alpha3"]), authority=authority, type="P", code=spec["alpha3"])


def fitted(draw, text, path, size, max_width, smallest=14):
    """The font `path` at `size`, or smaller until `text` fits in `max_width`."""
    f = ImageFont.truetype(path, size)
    while size > smallest and draw.textlength(text, font=f) > max_width:
        size -= 1
        f = ImageFont.truetype(path, size)
    return f


def font_of(spec):
    return ImageFont.truetype(*spec)


def mrz_top(mrz, lines):
    return mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * lines


def clear_band(image, top, paper, ink):
    """A clear pale band from `top` to the bottom edge (where the MRZ is printed), a hairline over it."""
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, top, image.width, image.height), fill=paper)
    draw.line((0, top, image.width, top), fill=ink, width=1)


# ---------------------------------------------------------------------------------------------
# `sidenote`: values first, their labels small, lowercase and in two languages to the RIGHT

# The second language of `sidenote`'s labels, by issuer: Shona (Zimbabwe), isiXhosa (South
# Africa), Igbo (Nigeria), Swahili (Kenya and Uganda) and French (Ghana, as on its ECOWAS card).
# All lowercase, as the card prints them.
SIDE_LOCAL = {
    "ZWE": dict(surname="zita remhuri", given="mazita", id="nhamba yechitupa", dob="zuva rekuzvarwa",
                sex="murume/mukadzi", expiry="zuva rekupera", nationality="ugari", pob="nzvimbo yekuzvarirwa",
                issue="zuva rekupihwa", authority="akachipa", cardno="nhamba yekadhi", card="chitupa chenyika"),
    "ZAF": dict(surname="ifani", given="amagama", id="inombolo yesazisi", dob="umhla wokuzalwa", sex="isini",
                expiry="umhla wokuphelelwa", nationality="ubumi", pob="indawo yokuzalwa", issue="umhla wokukhutshwa",
                authority="igunya", cardno="inombolo yekhadi", card="isazisi sesizwe"),
    "NGA": dict(surname="aha nna", given="aha", id="nọmba njirimara", dob="ụbọchị ọmụmụ", sex="nwoke/nwaanyị",
                expiry="ụbọchị njedebe", nationality="obodo", pob="ebe a mụrụ ya", issue="ụbọchị e nyere ya",
                authority="onye nyere ya", cardno="nọmba kaadị", card="kaadị njirimara mba"),
    "KEN": dict(surname="jina la mwisho", given="majina mengine", id="nambari ya kitambulisho", dob="tarehe ya kuzaliwa",
                sex="jinsia", expiry="tarehe ya mwisho", nationality="uraia", pob="mahali pa kuzaliwa",
                issue="tarehe ya kutolewa", authority="kimetolewa na", cardno="nambari ya kadi",
                card="kitambulisho cha taifa"),
    "GHA": dict(surname="nom", given="prénoms", id="n° d'identification personnel", dob="date de naissance",
                sex="sexe", expiry="date d'expiration", nationality="nationalité", pob="lieu de naissance",
                issue="date de délivrance", authority="autorité", cardno="n° de la carte", card="carte d'identité"),
    "UGA": dict(surname="jina la ukoo", given="majina", id="nambari ya utambulisho", dob="tarehe ya kuzaliwa",
                sex="jinsia", expiry="inakwisha tarehe", nationality="uraia", pob="mahali pa kuzaliwa",
                issue="tarehe ya kutolewa", authority="mamlaka", cardno="nambari ya kadi",
                card="kitambulisho cha taifa"),
}
SIDE_FRENCH = dict(type="type", code="code", docno="n° du passeport", surname="nom", given="prénoms",
                   nationality="nationalité", sex="sexe", dob="date de naissance", pob="lieu de naissance",
                   issue="date de délivrance", expiry="date d'expiration", authority="autorité")


def woven_ground(rng, size, color, clear_from=None):
    """A pale ground woven like strip cloth (kente): horizontal bands of small blocks, zigzags and
    ladders in two soft tints of the issuer's colour, fine warp threads across them; a faint
    coat of arms in the middle; below `clear_from` (a y) a clear pale band, for the MRZ."""
    width, height = size
    paper = tuple(int(c * 0.55 + 255 * 0.45) for c in color)
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    tints = [shifted(paper, -12), shifted(tuple(int(c * 0.8 + g * 0.2) for c, g in zip(paper, (240, 200, 120))), -8)]
    band = rng.choice([44, 52, 60])
    for k, y in enumerate(range(rng.randint(-band, 0), height, band)):
        motif, ink = (k + rng.randint(0, 2)) % 3, tints[k % 2]
        block = rng.choice([18, 22, 26])
        for x in range(-block, width + block, block * 2):
            x += (k % 2) * block
            if motif == 0:  # blocks, a checker of two rows
                draw.rectangle((x, y + 6, x + block - 3, y + band // 2 - 2), fill=ink)
                draw.rectangle((x + block, y + band // 2 + 2, x + 2 * block - 3, y + band - 6), fill=ink)
            elif motif == 1:  # a zigzag
                draw.line([(x, y + band - 8), (x + block, y + 8), (x + 2 * block, y + band - 8)], fill=ink, width=3)
            else:  # a ladder: two rails and rungs
                draw.line((x, y + 8, x + 2 * block, y + 8), fill=ink, width=2)
                draw.line((x, y + band - 8, x + 2 * block, y + band - 8), fill=ink, width=2)
                for r in range(0, 2 * block, 7):
                    draw.line((x + r, y + 8, x + r, y + band - 8), fill=ink, width=1)
    warp = shifted(paper, -7)
    for x in range(0, width, 5):
        draw.line((x, 0, x, height), fill=warp, width=1)
    mask = Image.new("L", size, 0)
    coat_of_arms(ImageDraw.Draw(mask), width * 0.45, height * 0.52, height * 0.3, 255, fill=255, width=3)
    image.paste(Image.new("RGB", size, shifted(paper, -20)), (0, 0), mask.point(lambda v: v * 0.35))
    if clear_from is not None:
        clear_band(image, clear_from, tuple(int(c * 0.15 + 252 * 0.85) for c in paper), shifted(paper, -60))
    return image


def sidenote(draw, x, y, value, value_font, label, local, ink=INK, label_ink=(60, 60, 70), local_ink=(110, 100, 96),
             label_size=14, gap=12):
    """A `sidenote` field: the value at (x, y), its two small lowercase labels after it, stacked
    (English over the second language), their top at the value's cap height; returns the x after."""
    draw.text((x, y), value, font=value_font, fill=ink, anchor="la")
    top = y + draw.textbbox((x, y), "H", font=value_font, anchor="la")[1] - y - 1
    end = x + draw.textlength(value, font=value_font) + gap
    small = ImageFont.truetype(ANDIKA_ITALIC, label_size)
    draw.text((end, top), label, font=small, fill=label_ink, anchor="la")
    if local:
        draw.text((end, top + label_size + 2), local, font=small, fill=local_ink, anchor="la")
    return end + max(draw.textlength(label, font=small), draw.textlength(local or "", font=small))


def side_header(draw, spec, family, width, subtitle, right):
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], right - 44)
    draw.text((40, 20), spec["title"], font=title, fill=shifted(accent, -40))
    draw.text((42, 62), subtitle, font=ImageFont.truetype(ANDIKA_ITALIC, 18), fill=(70, 70, 84))
    coat_of_arms(draw, width - 74, 56, 40, shifted(accent, -10), width=2)
    # The flag's colours as a row of short dashes under the title.
    stripes = FLAG_STRIPES[alpha3]
    for k in range(0, 26):
        draw.rectangle((42 + k * 16, 92, 42 + k * 16 + 11, 96), fill=stripes[k % len(stripes)])


def sidenote_card(rng, truth, spec, family, portrait_of):
    """The card's front: the title and arms across the top, the portrait on the right with the
    signature under it, the fields down the left: each value with its labels after it."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    labels, local = family["labels"], SIDE_LOCAL[alpha3]
    image = woven_ground(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    side_header(draw, spec, family, width, f"national identity card · {local['card']}", width - 140)
    values = values_of(truth, spec, family, "id_card")
    photo_w, photo_h = 214, 274
    px, py = width - photo_w - 40, 122
    photo = portrait_of((photo_w, photo_h))
    draw.rectangle((px - 5, py - 5, px + photo_w + 4, py + photo_h + 4), fill=(250, 250, 246),
                   outline=shifted(ACCENT[alpha3], 40))
    image.paste(photo, (px, py))
    scribble(draw, rng, px + 14, py + photo_h + 16, photo_w - 40, 40, (28, 30, 90))
    small = ImageFont.truetype(ANDIKA_ITALIC, 13)
    draw.text((px, py + photo_h + 66), "holder's signature", font=small, fill=(90, 90, 100))
    if values["cardno"]:
        f = ImageFont.truetype(SLAB_REGULAR, 21)
        sidenote(draw, px, py + photo_h + 92, values["cardno"], f, labels["cardno"], local["cardno"], label_size=12)
    value_font = font_of(family["value_font"])
    limit = px - 30
    rows = [["id"], ["surname"], ["given"], ["dob"], ["expiry"], ["nationality", "sex"]]
    y = 116
    for row in rows:
        x = 40
        for key in row:
            size_ = 32 if key == "id" else family["value_font"][1]
            f = fitted(draw, values[key], family["value_font"][0], size_, limit - x - 150)
            ink = shifted(ACCENT[alpha3], -50) if key == "id" else INK
            end = sidenote(draw, x, y, values[key], f, labels[key], local[key], ink=ink)
            x = max(end + 40, 40 + 330)
        y += 82 if row == ["id"] else 78
    return image


def sidenote_back(rng, truth, spec, family):
    """The card's back: birthplace, date of issue and authority with their labels after them, a
    QR code, the notice, the MRZ on a clear band."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    labels, local = family["labels"], SIDE_LOCAL[alpha3]
    mrz = family["card_mrz"]
    image = woven_ground(rng, size, spec["color"], clear_from=mrz_top(mrz, 3) - 22)
    draw = ImageDraw.Draw(image)
    values = values_of(truth, spec, family, "id_card")
    for index, key in enumerate(["pob", "issue", "authority"]):
        sidenote(draw, 40, 36 + index * 64, values[key], fitted(draw, values[key], family["value_font"][0], 24, 440),
                 labels[key], local[key])
    qr_code(draw, rng, 812, 36, 25, 6, paper=(250, 250, 246))
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda").lower()
    small = ImageFont.truetype(ANDIKA_ITALIC, 14)
    words, line, y = notice.split(), "", 246
    for word in words + [None]:
        if word is None or draw.textlength(line + " " + word, font=small) > 520:
            draw.text((40, y), line.strip(), font=small, fill=(76, 76, 88))
            line, y = word or "", y + 20
        else:
            line += " " + word
    fingerprint(draw, 880, 300, 52, shifted(ACCENT[alpha3], 20))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def sidenote_passport(rng, truth, spec, family, portrait_of):
    """The data page: the title and arms across the top, the portrait on the right with the
    signature under it, the fields on the left (two or three a row where short), each value with
    its labels after it in English over French, the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    labels = family["passport_labels"]
    mrz = family["passport_mrz"]
    image = woven_ground(rng, size, spec["color"], clear_from=mrz_top(mrz, 2) - 26)
    draw = ImageDraw.Draw(image)
    side_header(draw, spec, family, width, "passport · passeport", width - 140)
    values = values_of(truth, spec, family, "passport")
    photo_w, photo_h = 270, 346
    px, py = width - photo_w - 44, 124
    photo = portrait_of((photo_w, photo_h))
    draw.rectangle((px - 5, py - 5, px + photo_w + 4, py + photo_h + 4), fill=(250, 250, 246),
                   outline=shifted(ACCENT[alpha3], 40))
    image.paste(photo, (px, py))
    scribble(draw, rng, px + 20, py + photo_h + 22, photo_w - 50, 44, (28, 30, 90))
    draw.text((px, py + photo_h + 76), "holder's signature · signature du titulaire",
              font=ImageFont.truetype(ANDIKA_ITALIC, 13), fill=(90, 90, 100))
    limit = px - 26
    rows = [["type", "code", "docno"], ["surname"], ["given"], ["nationality", "sex"], ["dob", "pob"],
            ["issue", "expiry"], ["authority"]]
    stops = {1: [44], 2: [44, 480], 3: [44, 236, 430]}
    y = 118
    for row in rows:
        x = 44
        for index, key in enumerate(row):
            x = max(x, stops[len(row)][index])
            f = fitted(draw, values[key], family["value_font"][0], family["value_font"][1], limit - x - 150)
            end = sidenote(draw, x, y, values[key], f, labels[key], SIDE_FRENCH[key])
            x = end + 34
        y += 86
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `foil`: flush-right fields under lowercase labels, a full-bleed portrait, a kinegram stripe

def moire_ground(rng, size, color, clear_from=None):
    """Two families of fine straight hairlines a few degrees apart (their crossing makes a soft
    moiré) over a ground that warms from the issuer's tint at the left to a pale cream at the
    right; below `clear_from` a clear pale band, for the MRZ."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width]
    left = np.array(shifted(color, 4), float)
    right = np.array([248, 243, 228], float)
    t = np.clip(xx / width * 1.1 - 0.05, 0, 1)[:, :, None]
    pixels = left * (1 - t) + right * t
    for angle, period in ((rng.uniform(28, 34), rng.uniform(6.5, 8)), (rng.uniform(36, 42), rng.uniform(6.5, 8))):
        a = math.radians(angle)
        phase = (xx * math.cos(a) + yy * math.sin(a)) / period
        line = np.clip(1 - np.abs(phase - np.round(phase)) * period / 0.9, 0, 1)
        pixels -= 11 * line[:, :, None]
    if clear_from is not None:
        fade = np.clip((yy - clear_from) / 8.0, 0, 1)[:, :, None]
        pixels = pixels * (1 - fade) + np.array([251, 250, 245], float) * fade
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def bleed_portrait(image, photo, x, y, fade=70):
    """The portrait printed without a frame, fading into the ground along its right and bottom edges."""
    w, h = photo.size
    xx = np.arange(w)[None, :]
    yy = np.arange(h)[:, None]
    alpha = np.clip((w - xx) / fade, 0, 1) * np.clip((h - yy) / fade, 0, 1)
    mask = Image.fromarray((alpha * 255).astype(np.uint8))
    image.paste(photo, (x, y), mask)


def kinegram(rng, image, start, end, half_width, accent):
    """A laminate's diffractive stripe (a kinegram) from `start` to `end`: a translucent band of
    shifting rainbow colours with fine diffraction lines and a row of small roundels, over the
    print; the print under it keeps most of its contrast."""
    width, height = image.size
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    along = (xx - x0) * ux + (yy - y0) * uy
    across = -(xx - x0) * uy + (yy - y0) * ux
    inside = np.clip((half_width - np.abs(across)) / 6.0, 0, 1)
    hue = along / rng.uniform(160, 240) + across / 90
    colours = np.stack([np.sin(hue), np.sin(hue + 2.1), np.sin(hue + 4.2)], axis=2) * 60 + 200
    lines = 0.5 + 0.5 * np.sin(across * 1.6 + along * 0.05)
    colours = colours - 22 * lines[:, :, None]
    alpha = inside * (0.26 + 0.08 * lines)
    pixels = np.asarray(image, float)
    pixels = pixels * (1 - alpha[:, :, None]) + colours * alpha[:, :, None]
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(out)
    ink = shifted(accent, 110)
    step = rng.uniform(120, 160)
    for k in range(int(length // step) + 1):
        cx, cy = x0 + ux * (k + 0.5) * step, y0 + uy * (k + 0.5) * step
        emblem(draw, cx, cy, half_width * 0.42, ink, width=1)
    return out


def flush_field(draw, right, y, label, value, label_font, value_font, label_ink, ink=INK):
    """A `foil` field: the lowercase label over the value, both flush right at `right`; returns
    the field's width."""
    draw.text((right, y), label, font=label_font, fill=label_ink, anchor="ra")
    draw.text((right, y + label_font.size + 4), value, font=value_font, fill=ink, anchor="ra")
    return max(draw.textlength(label, font=label_font), draw.textlength(value, font=value_font))


def flush_row(draw, right, left, y, keys, labels, values, label_font, path, size, label_ink, gap=46, ink=INK):
    """Fields in a row, the last flush right at `right`, each other one ending `gap` before the
    one after it; the values shrink if the row would cross `left`."""
    while True:
        value_font = ImageFont.truetype(path, size)
        widths = [max(draw.textlength(labels[k], font=label_font), draw.textlength(values[k], font=value_font)) for k in keys]
        if right - sum(widths) - gap * (len(keys) - 1) >= left or size <= 16:
            break
        size -= 1
    x = right
    for key, w in zip(reversed(keys), reversed(widths)):
        flush_field(draw, x, y, labels[key], values[key], label_font, value_font, label_ink, ink=ink)
        x -= w + gap


def foil_header(draw, spec, family, right, subtitle, left):
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], right - left)
    draw.text((right, 18), spec["title"], font=title, fill=shifted(accent, -45), anchor="ra")
    draw.text((right, 60), subtitle, font=ImageFont.truetype(ANDIKA, 19), fill=(64, 66, 78), anchor="ra")
    draw.line((left, 92, right, 92), fill=shifted(accent, 30), width=2)


def foil_card(rng, truth, spec, family, portrait_of):
    """The card's front: the portrait printed to the card's left edge without a frame, the title
    flush right at the top, the fields flush right under lowercase labels, a kinegram stripe."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    image = moire_ground(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    photo_w, photo_h = 300, 420
    photo = portrait_of((photo_w, photo_h))
    bleed_portrait(image, photo, 0, 110)
    emblem(draw, 64, 56, 40, shifted(accent, -10))
    draw.text((118, 40), spec["name"], font=ImageFont.truetype(ANDIKA_BOLD, 17), fill=shifted(accent, -20))
    right = width - 36
    foil_header(draw, spec, family, right, "national identity card", 330)
    values = values_of(truth, spec, family, "id_card")
    label_font = font_of(family["label_font"])
    label_ink = shifted(accent, -15)
    path, size_ = family["value_font"]
    rows = [(["surname"], 32), (["given"], size_), (["dob", "sex"], size_), (["nationality", "expiry"], size_)]
    y = 108
    for keys, s in rows:
        flush_row(draw, right, 340, y, keys, labels, values, label_font, path, s, label_ink)
        y += 82
    flush_row(draw, right, 340, y + 4, ["id"], labels, values, label_font, ANDIKA_BOLD, 34, label_ink,
              ink=shifted(accent, -60))
    scribble(draw, rng, 330, 556, 170, 40, (26, 30, 86))
    draw.text((330, 604), "signature", font=ImageFont.truetype(ANDIKA_ITALIC, 13), fill=(90, 90, 100))
    if values["cardno"]:  # the card's number small under the portrait
        draw.text((36, 552), labels["cardno"], font=ImageFont.truetype(ANDIKA, 13), fill=label_ink)
        draw.text((36, 570), values["cardno"], font=ImageFont.truetype(ANDIKA_BOLD, 20), fill=shifted(accent, -50))
    # The stripe runs up from the bottom, across the fields.
    x0 = rng.uniform(560, 700)
    tilt = rng.uniform(200, 320)
    return kinegram(rng, image, (x0, height + 20), (x0 + tilt, -20), rng.uniform(44, 58), accent)


def foil_back(rng, truth, spec, family):
    """The card's back: birthplace, date of issue and authority flush right, a Data Matrix code
    and the notice on the left, a narrow kinegram stripe clear of the MRZ, the MRZ on a clear band."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    mrz = family["card_mrz"]
    top = mrz_top(mrz, 3) - 24
    image = moire_ground(rng, size, spec["color"], clear_from=top)
    draw = ImageDraw.Draw(image)
    values = values_of(truth, spec, family, "id_card")
    label_font = font_of(family["label_font"])
    label_ink = shifted(accent, -15)
    path = family["value_font"][0]
    right = width - 40
    for index, key in enumerate(["pob", "issue", "authority"]):
        flush_row(draw, right, 460, 26 + index * 76, [key], labels, values, label_font, path, 25, label_ink)
    datamatrix(draw, rng, 44, 36, 22, 6)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda").lower()
    small = ImageFont.truetype(ANDIKA_ITALIC, 14)
    words, line, y = notice.split(), "", 190
    for word in words + [None]:
        if word is None or draw.textlength(line + " " + word, font=small) > 360:
            draw.text((44, y), line.strip(), font=small, fill=(76, 76, 88))
            line, y = word or "", y + 20
        else:
            line += " " + word
    band = Image.new("RGB", (width, top), (0, 0, 0))
    band.paste(image.crop((0, 0, width, top)))
    x0 = rng.uniform(420, 560)
    band = kinegram(rng, band, (x0, top), (x0 + rng.uniform(120, 200), 0), rng.uniform(30, 40), accent)
    image.paste(band, (0, 0))
    draw = ImageDraw.Draw(image)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def foil_passport(rng, truth, spec, family, portrait_of):
    """The data page: the portrait printed to the page's left edge without a frame, the title
    flush right, the fields flush right under lowercase English / French labels, a kinegram
    stripe across them, the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["passport_labels"]
    mrz = family["passport_mrz"]
    top = mrz_top(mrz, 2) - 24
    image = moire_ground(rng, size, spec["color"], clear_from=top)
    draw = ImageDraw.Draw(image)
    photo = portrait_of((330, 450))
    bleed_portrait(image, photo, 0, 112)
    emblem(draw, 70, 58, 42, shifted(accent, -10))
    right = width - 40
    foil_header(draw, spec, family, right, "passport · passeport", 380)
    values = values_of(truth, spec, family, "passport")
    label_font = font_of(family["label_font"])
    label_ink = shifted(accent, -15)
    path, size_ = family["value_font"]
    rows = [["type", "code", "docno"], ["surname"], ["given"], ["nationality", "sex", "dob"], ["pob", "issue"],
            ["authority", "expiry"]]
    y = 104
    for keys in rows:
        flush_row(draw, right, 380, y, keys, labels, values, label_font, path, size_ + 3, label_ink)
        y += 86
    scribble(draw, rng, 110, 600, 200, 44, (26, 30, 86))
    draw.text((110, 652), "signature du titulaire / holder's signature", font=ImageFont.truetype(ANDIKA_ITALIC, 13),
              fill=(90, 90, 100))
    band = image.crop((0, 0, width, top))
    x0 = rng.uniform(660, 800)
    band = kinegram(rng, band, (x0, top), (x0 + rng.uniform(180, 300), 0), rng.uniform(46, 60), accent)
    image.paste(band, (0, 0))
    draw = ImageDraw.Draw(image)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "sidenote":
        if kind == "passport":
            return sidenote_passport(rng, truth, spec, family, portrait_of)
        return sidenote_card(rng, truth, spec, family, portrait_of)
    if kind == "passport":
        return foil_passport(rng, truth, spec, family, portrait_of)
    return foil_card(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "sidenote":
        return sidenote_back(rng, truth, spec, family)
    return foil_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on, and their capture conditions

# Woven mats: (natural straw, dyed strips), the dyed strips every few.
MATS = [((206, 174, 112), (120, 58, 34)), ((214, 186, 128), (40, 92, 70)), ((198, 164, 104), (132, 34, 52)),
        ((218, 194, 140), (54, 50, 96)), ((190, 154, 96), (196, 136, 40))]


def surface(rng, name, size):
    """A woven palm-leaf or reed mat (as on a floor or a bench): strips over two and under two
    in a twill, natural straw with a dyed strip every few, the fibres along each strip, the gaps
    between strips dark, the strip on top shading the one under it; the mat at an angle."""
    assert name == "mat", name
    width, height = size
    straw, dyed = rng.choice(MATS)
    strip = rng.uniform(22, 34)
    a = math.radians(rng.uniform(0, 90))
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    u = xx * math.cos(a) + yy * math.sin(a) + rng.uniform(0, 100)
    v = -xx * math.sin(a) + yy * math.cos(a) + rng.uniform(0, 100)
    iu, iv = np.floor(u / strip).astype(int), np.floor(v / strip).astype(int)
    fu, fv = u / strip - iu, v / strip - iv
    over = ((iu + iv) % 4) < 2  # the strip running along u (one of the rows iv) is on top
    every = rng.choice([4, 5, 6])
    row_dyed = (iv % every) == 0
    column_dyed = (iu % every) == 0
    dyed_here = np.where(over, row_dyed, column_dyed)
    colour = np.where(dyed_here[:, :, None], np.array(dyed, float), np.array(straw, float))
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    tone = noise.normal(0, 9, (64, 64))
    strip_tone = np.where(over, tone[iv % 64, 0], tone[iu % 64, 1])  # each strip a little lighter or darker
    cross = np.where(over, v, u)  # across the strip on top: its fibres run along it
    fibres = sum(np.sin(cross * f + p) * w for f, p, w in ((2.1, rng.uniform(0, 6.28), 3.0), (5.3, rng.uniform(0, 6.28), 2.0),
                                                          (0.9, rng.uniform(0, 6.28), 2.5)))
    edge = np.where(over, np.abs(fv - 0.5), np.abs(fu - 0.5)) * 2  # 0 in a strip's middle, 1 at its long edges
    shade = 1 - 0.3 * edge ** 3
    pixels = colour * shade[:, :, None] + (strip_tone + fibres)[:, :, None]
    # Gaps only between neighbouring parallel strips (along the long edges of the strip on top).
    side = np.where(over, np.minimum(fv, 1 - fv), np.minimum(fu, 1 - fu)) * strip
    pixels = np.where((side < 1.3)[:, :, None], pixels * 0.42, pixels)
    # Where the strip on top dives under a crossing one, the crossing strip shades it.
    def is_over(du, dv):
        return ((iu + du + iv + dv) % 4) < 2
    before = np.where(over, ~is_over(-1, 0), is_over(0, -1))  # the cell before it along the strip has the other on top
    after = np.where(over, ~is_over(1, 0), is_over(0, 1))
    along = np.where(over, fu, fv) * strip
    end = np.minimum(np.where(before, along, 1e9), np.where(after, strip - along, 1e9))
    pixels *= (1 - 0.35 * np.exp(-end / 5))[:, :, None]
    coarse = Image.fromarray(noise.normal(0, 1, (5, 7)).astype(np.float32), mode="F")
    light = 1 + 0.08 * np.asarray(coarse.resize((width, height), Image.BICUBIC), float)
    pixels = pixels * light[:, :, None] + noise.normal(0, 3, (height, width, 1))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))


def apply_condition(rng, image, condition):
    """The photo with one of the thirteenth families' capture conditions; (image, JPEG quality or None)."""
    width, height = image.size
    pixels = np.asarray(image, float)
    yy, xx = np.mgrid[0:height, 0:width]
    if condition == "window_glare":  # a bright window behind the camera to one side: a veil of light from that side
        side = rng.choice(["left", "right", "top", "bottom"])
        along = {"left": xx / width, "right": 1 - xx / width, "top": yy / height, "bottom": 1 - yy / height}[side]
        reach = rng.uniform(0.45, 0.7)
        veil = rng.uniform(0.38, 0.52) * np.clip(1 - along / reach, 0, 1) ** 1.6
        # Soft vertical mullion shadows of the window frame in the veil.
        bars = 1 - 0.25 * (np.cos((xx + yy * 0.3) / width * rng.uniform(5, 8) * math.pi) > 0.92)
        veil = veil * np.asarray(Image.fromarray((bars * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(18)),
                                 float) / 255
        exposure = rng.uniform(0.78, 0.9)  # the phone exposed for the bright window
        sky = np.array([238, 244, 252], float)
        pixels = pixels * exposure * (1 - veil[:, :, None]) + sky * veil[:, :, None]
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "lens_smudge":  # a greasy thumbprint on the lens: a hazy, streaky glow over part of the frame
        haze = image.filter(ImageFilter.GaussianBlur(rng.uniform(7, 11)))
        angle = rng.uniform(0, math.pi)
        streak = np.zeros_like(pixels)
        length = rng.randint(11, 17)
        for k in range(length):  # light smeared along one direction, as grease does
            t = (k - length // 2) * 3
            streak += np.roll(pixels, (round(t * math.sin(angle)), round(t * math.cos(angle))), axis=(0, 1))
        streak /= length
        hazy = 0.55 * np.asarray(haze, float) + 0.45 * streak
        hazy = hazy * 0.9 + 28
        mask = np.zeros((height, width))
        for _ in range(rng.randint(2, 3)):  # a few overlapping soft blobs of grease
            gx, gy = rng.uniform(0.25, 0.75) * width, rng.uniform(0.25, 0.75) * height
            rx, ry = rng.uniform(0.14, 0.26) * width, rng.uniform(0.12, 0.22) * height
            mask = np.maximum(mask, np.exp(-(((xx - gx) / rx) ** 2 + ((yy - gy) / ry) ** 2) ** 1.5))
        mask = rng.uniform(0.45, 0.6) * mask[:, :, None]
        pixels = pixels * (1 - mask) + hazy * mask
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "flicker":  # fluorescent tubes on 50 Hz mains: broad soft bands across the sensor's rows, a green cast
        period = rng.uniform(110, 240)
        depth = rng.uniform(0.14, 0.24)
        phase = rng.uniform(0, 6.28)
        rows = np.arange(height)[:, None, None]
        band = 1 - depth * (0.5 + 0.5 * np.sin(2 * math.pi * rows / period + phase))
        cast = np.array([rng.uniform(0.9, 0.95), 1.0, rng.uniform(0.86, 0.92)])
        pixels = pixels * band * cast * rng.uniform(0.95, 1.05)
        pixels += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 3, pixels.shape)
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    raise ValueError(condition)
