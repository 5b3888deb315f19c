"""The fifteenth held-out layout families for scripts/make-documents.py: `fullname` and `turned`
(their specs are in document_families.FAMILIES, which says what they look like).

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions (`barrel`, `flare`, `zoom`) is applied or their surface (`keyboard`) is
chosen, so every other family's documents stay the same, image for image, for a seed. The
truth, the MRZ, the ID numbers and tampering are the shared code's: this module only draws them.
Their date patterns (`Dth Month yyyy`, `dd.ROMAN.yyyy`) are formatted here (date_text), not by
the shared fmt_date, so that its output for every earlier pattern is untouched.
"""
import datetime as dt
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, AUTHORITIES, FLAG_STRIPES, LATO_BOLD, LATO_ITALIC, LATO_SEMIBOLD,
                               MONTH_NAMES, PROPERTY, PT_CAPTION, PT_CAPTION_BOLD, PT_MONO_BOLD, PT_SANS, SANS,
                               draw_mrz, fmt_date, personal_number, place_of_birth, printed, qr_code, scribble,
                               shifted)
from document_families_eleventh import coat_of_arms, linear_barcode

INK = (20, 22, 28)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def ordinal(day):
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st, 22nd, 23rd ... 31st."""
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def date_text(date, pattern):
    """A date as the fifteenth families print it: `Dth Month yyyy` (`14th September 1987`, the
    day an ordinal without a leading zero, the month written out) or `dd.ROMAN.yyyy`
    (`14.IX.1987`, the month in Roman numerals); any other pattern as fmt_date prints it."""
    if pattern == "Dth Month yyyy":
        return f"{ordinal(date.day)} {MONTH_NAMES[date.month - 1]} {date.year}"
    if pattern == "dd.ROMAN.yyyy":
        return f"{date.day:02d}.{ROMAN[date.month - 1]}.{date.year}"
    return fmt_date(date, pattern)


def values_of(rng, truth, spec, family, kind):
    """The printed values by field key; tampered fields print what tampering put there. `full`
    is the holder's names in one line, the surname first; `serial` the card's serial number (its
    document number, which the MRZ carries; a Zimbabwean card without an MRZ has a serial of its
    own, which is not its ID number); `personal` a passport's personal number (the holder's
    national ID number, not a scored field)."""
    fields = truth["fields"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    pattern = family["date"]
    alpha3 = spec["alpha3"]
    sex = {"M": "MALE", "F": "FEMALE"}[fields["sex"]] if family.get("sex_words") else fields["sex"]
    authority = AUTHORITIES[alpha3][0 if kind == "id_card" else 1]
    serial = fields["document_number"] or str(rng.randint(100000000, 999999999))
    personal = personal_number(rng, alpha3, dt.date.fromisoformat(fields["date_of_birth"]), fields["sex"]) \
        if kind == "passport" else None
    return dict(surname=fields["surname"], given=fields["given_names"], full=f"{fields['surname']} {fields['given_names']}",
                id=printed(truth, "id_number"), dob=date_text(dob, pattern), sex=sex, nationality=spec["demonym"],
                expiry=date_text(expiry, pattern), docno=fields["document_number"], cardno=fields["document_number"],
                serial=serial, issue=date_text(issue, pattern), pob=place_of_birth(truth, alpha3), authority=authority,
                type="P", code=alpha3, personal=personal)


def mrz_top(mrz, lines):
    return mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * lines


def fitted(draw, text, path, size, max_width, smallest=16):
    """The font `path` at `size`, or smaller until `text` fits in `max_width`."""
    f = ImageFont.truetype(path, size)
    while size > smallest and draw.textlength(text, font=f) > max_width:
        size -= 1
        f = ImageFont.truetype(path, size)
    return f


def wrapped(draw, text, f, x, y, width, fill, step=20):
    """`text` in lines no wider than `width` from (x, y)."""
    line = ""
    for word in text.split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > width):
            draw.text((x, y), line, font=f, fill=fill)
            line, y = word or "", y + step
        else:
            line = (line + " " + word).strip()


def thumbprint(draw, rng, cx, cy, rx, ry, ink):
    """A thumbprint: ridges as loops round a core, wavy and broken here and there, in an oval."""
    core_x, core_y = cx + rng.uniform(-0.15, 0.15) * rx, cy + rng.uniform(-0.1, 0.2) * ry
    phase = rng.uniform(0, 6.28)
    for k in range(1, 15):
        points = []
        for t in np.linspace(0, 2 * math.pi, 90):
            r = k * 0.075 * (1 + 0.05 * math.sin(3 * t + phase + k * 0.4))
            x, y = core_x + r * rx * 1.05 * math.cos(t), core_y + r * ry * (0.85 + 0.25 * (math.sin(t) > 0)) * math.sin(t)
            inside = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1
            if inside and rng.random() > 0.025:
                points.append((x, y))
            elif len(points) > 1:
                draw.line(points, fill=ink, width=2)
                points = []
            else:
                points = []
        if len(points) > 1:
            draw.line(points, fill=ink, width=2)


# ---------------------------------------------------------------------------------------------
# `fullname`: the names in one FULL NAMES line (the surname first), the ID number in a box with
# the card's serial number beside it, dates `14th September 1987` with the ordinal raised

def landscape_ground(rng, size, color, clear_from=None):
    """A pale ground engraved with a landscape, as on banknotes and cards: a sun's rays, a far
    mountain with a snowy top, two or three ranges of hills drawn in fine hatching, flat-topped
    acacia trees on the nearest, all in soft tints of the issuer's colour; below `clear_from`
    (a y) a clear pale band."""
    width, height = size
    paper = tuple(int(c * 0.5 + 252 * 0.5) for c in color)
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    line = shifted(paper, -22)
    far = shifted(paper, -17)
    horizon = height * rng.uniform(0.42, 0.52)
    sx, sy = width * rng.uniform(0.55, 0.85), horizon - height * rng.uniform(0.12, 0.2)
    for k in range(48):  # the sun's rays
        a = math.pi * (1 + k / 47)
        draw.line((sx + 40 * math.cos(a), sy + 40 * math.sin(a), sx + 900 * math.cos(a), sy + 900 * math.sin(a)),
                  fill=far, width=1)
    draw.ellipse((sx - 34, sy - 34, sx + 34, sy + 34), outline=line, width=2)
    mx, mw, mh = width * rng.uniform(0.15, 0.45), width * rng.uniform(0.28, 0.4), height * rng.uniform(0.22, 0.3)
    peak = [(mx - mw, horizon), (mx - mw * 0.3, horizon - mh * 0.8), (mx - mw * 0.08, horizon - mh),
            (mx + mw * 0.1, horizon - mh * 0.94), (mx + mw * 0.35, horizon - mh * 0.7), (mx + mw, horizon)]
    draw.polygon(peak, fill=paper)
    draw.line(peak, fill=line, width=2)
    for y in np.arange(horizon - mh, horizon, 6):  # the mountain hatched, its top left white (snow)
        xs = [x for x in range(int(mx - mw), int(mx + mw), 2) if _below(peak, x, y)]
        if xs and y > horizon - mh * 0.72:
            draw.line((xs[0], y, xs[-1], y), fill=far, width=1)
    ranges = rng.randint(2, 3)
    for r in range(ranges):  # hills, nearer ones lower and darker
        base = horizon + (r + 1) * (height - horizon) / (ranges + 1.2)
        amp, period, ph = rng.uniform(18, 40), rng.uniform(220, 420), rng.uniform(0, 6.28)
        ridge = [(x, base - amp * (1 + math.sin(x / period * 6.28 + ph)) / 2 - 20) for x in range(-10, width + 20, 10)]
        shade = shifted(paper, -16 - 5 * r)
        draw.polygon(ridge + [(width + 20, height), (-10, height)], fill=paper)
        draw.line(ridge, fill=shifted(paper, -26 - 4 * r), width=2)
        for x0, y0 in ridge[::1]:
            for t in range(1, 4 + r):
                draw.line((x0, y0 + t * 7, x0 + 8, y0 + t * 7 + 1), fill=shade, width=1)
        if r == ranges - 1:
            for _ in range(rng.randint(2, 4)):  # acacias on the nearest ridge
                i = rng.randint(2, len(ridge) - 3)
                tx, ty = ridge[i]
                th, tw = rng.uniform(50, 80), rng.uniform(70, 120)
                ink = shifted(paper, -30)
                draw.line((tx, ty, tx + 3, ty - th * 0.55), fill=ink, width=3)  # the trunk, forking into limbs
                for dx in (-0.3, 0.05, 0.32):
                    draw.line((tx + 3, ty - th * 0.55, tx + dx * tw, ty - th), fill=ink, width=2)
                for _ in range(6):  # the flat crown: overlapping flat lobes
                    lx, lw = tx + rng.uniform(-0.4, 0.3) * tw, rng.uniform(0.25, 0.4) * tw
                    ly = ty - th - rng.uniform(-3, 6)
                    draw.ellipse((lx - lw / 2, ly - 9, lx + lw / 2, ly + 7), fill=shifted(paper, -20))
    if clear_from is not None:
        pale = tuple(int(c * 0.15 + 251 * 0.85) for c in paper)
        draw.rectangle((0, clear_from, width, height), fill=pale)
    return image


def _below(polygon, x, y):
    """Whether (x, y) lies under the polyline `polygon` (points left to right)."""
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:]):
        if x0 <= x <= x1 and x1 > x0:
            return y >= y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return False


def ordinal_text(draw, xy, text, f, fill):
    """`text` with its leading ordinal's suffix (`14th`) raised and small, as typeset; (x, y) the
    top left. Returns the width."""
    x, y = xy
    head, _, tail = text.partition(" ")
    digits = head.rstrip("stndrh")
    if not digits.isdigit() or digits == head:
        draw.text((x, y), text, font=f, fill=fill)
        return draw.textlength(text, font=f)
    baseline = y + f.getmetrics()[0]
    small = ImageFont.truetype(f.path, max(10, round(f.size * 0.56)))
    draw.text((x, baseline), digits, font=f, fill=fill, anchor="ls")
    x += draw.textlength(digits, font=f) + 1
    draw.text((x, baseline - f.size * 0.36), head[len(digits):], font=small, fill=fill, anchor="ls")
    x += draw.textlength(head[len(digits):], font=small)
    draw.text((x, baseline), " " + tail, font=f, fill=fill, anchor="ls")
    return x + draw.textlength(" " + tail, font=f) - xy[0]


def ordinal_width(draw, text, f):
    head, _, tail = text.partition(" ")
    digits = head.rstrip("stndrh")
    if not digits.isdigit() or digits == head:
        return draw.textlength(text, font=f)
    small = ImageFont.truetype(f.path, max(10, round(f.size * 0.56)))
    return (draw.textlength(digits, font=f) + 1 + draw.textlength(head[len(digits):], font=small)
            + draw.textlength(" " + tail, font=f))


def full_field(draw, x, y, label, value, family, width, size=None, ink=INK, label_ink=(84, 80, 78)):
    """A `fullname` field: the label in small capitals, the value under it (an ordinal date's
    suffix raised), smaller where it would be wider than `width`."""
    label_font = ImageFont.truetype(*family["label_font"])
    draw.text((x, y), label, font=label_font, fill=label_ink)
    path, s = family["value_font"]
    s = size or s
    f = ImageFont.truetype(path, s)
    while s > 16 and ordinal_width(draw, value, f) > width:
        s -= 1
        f = ImageFont.truetype(path, s)
    ordinal_text(draw, (x, y + label_font.size + 3), value, f, ink)


def id_box(draw, x, y, label, value, family, accent, size=34):
    """The ID number (a passport's number) large in a ruled box under its label."""
    label_font = ImageFont.truetype(*family["label_font"])
    draw.text((x, y), label, font=label_font, fill=(84, 80, 78))
    f = ImageFont.truetype(family["value_font"][0], size)
    w = draw.textlength(value, font=f)
    top = y + label_font.size + 4
    draw.rectangle((x - 8, top, x + w + 10, top + size + 14), outline=shifted(accent, -30), width=2,
                   fill=(250, 250, 246))
    draw.text((x + 1, top + 5), value, font=f, fill=INK)
    return w + 18


def serial_field(draw, x, y, label, value, family):
    """The serial number: a small label, the number in red as letterpress numbering prints it."""
    label_font = ImageFont.truetype(*family["label_font"])
    draw.text((x, y), label, font=label_font, fill=(84, 80, 78))
    draw.text((x, y + label_font.size + 6), value, font=ImageFont.truetype(PT_MONO_BOLD, 26), fill=(178, 28, 32))


def ribbon(draw, alpha3, x0, x1, y, thickness=2):
    """The flag's colours as thin rules one under another."""
    for k, c in enumerate(FLAG_STRIPES[alpha3]):
        draw.rectangle((x0, y + k * thickness, x1, y + (k + 1) * thickness - 1), fill=c)


def full_header(draw, spec, family, width, subtitle):
    accent = ACCENT[spec["alpha3"]]
    coat_of_arms(draw, 64, 54, 38, shifted(accent, -20), width=2)
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - 260)
    draw.text((118, 16), spec["title"], font=title, fill=shifted(accent, -50))
    draw.text((120, 56), subtitle, font=ImageFont.truetype(PT_CAPTION, 18), fill=(60, 60, 66))
    ribbon(draw, spec["alpha3"], 118, width - 30, 86)


def microline(draw, text, x, y, width, fill):
    """A line of microprint: the text repeated in tiny capitals."""
    f = ImageFont.truetype(PT_SANS, 8)
    line = ""
    while draw.textlength(line, font=f) < width:
        line += text + " · "
    draw.text((x, y), line, font=f, fill=fill)


def fullname_card(rng, truth, spec, family, portrait_of):
    """The card's front: the arms and title, the portrait on the left with the signature under
    it; the serial number and the boxed ID number on the first row, FULL NAMES under them, then
    birth date and sex, nationality and district of birth, issue and expiry, place of issue."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    image = landscape_ground(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    full_header(draw, spec, family, width, "NATIONAL IDENTITY CARD")
    values = values_of(rng, truth, spec, family, "id_card")
    photo = portrait_of((232, 296))
    draw.rectangle((33, 117, 36 + 232 + 2, 120 + 296 + 2), outline=(70, 70, 76), width=1)
    image.paste(photo, (36, 120))
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 46, 438, 200, 48, (30, 34, 96))
    draw.line((40, 500, 262, 500), fill=(96, 96, 104), width=1)
    draw.text((40, 506), labels["sign"], font=ImageFont.truetype(*family["label_font"]), fill=(84, 80, 78))
    x0, x1 = 300, width - 34
    serial_field(draw, x0, 112, labels["serial"], values["serial"], family)
    id_box(draw, 600, 112, labels["id"], values["id"], family, accent)
    full_field(draw, x0, 194, labels["full"], values["full"], family, x1 - x0, size=family["value_font"][1] + 2)
    column = 640
    for y, left, right in [(276, "dob", "sex"), (352, "nationality", "pob"), (428, "issue", "expiry")]:
        full_field(draw, x0, y, labels[left], values[left], family, column - x0 - 20)
        full_field(draw, column, y, labels[right], values[right], family, x1 - column)
    full_field(draw, x0, 504, labels["authority"], values["authority"], family, x1 - x0, size=24)
    microline(draw, spec["name"] + " NATIONAL REGISTRATION", 24, height - 20, width - 48, shifted(accent, 40))
    return image


def fullname_back(rng, truth, spec, family):
    """The card's back: a right thumbprint in a frame on the left; district of birth, place and
    date of issue as `LABEL: value` rows, a barcode and the notice; the MRZ on a clear band."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    mrz = family["card_mrz"]
    image = landscape_ground(rng, size, spec["color"], clear_from=mrz_top(mrz, 3) - 22)
    draw = ImageDraw.Draw(image)
    values = values_of(rng, truth, spec, family, "id_card")
    draw.rectangle((34, 30, 204, 236), outline=(70, 70, 76), width=1, fill=(248, 246, 240))
    thumbprint(draw, rng, 119, 126, 62, 84, (60, 58, 66))
    draw.text((119, 218), labels["thumb"], font=ImageFont.truetype(*family["label_font"]), fill=(84, 80, 78), anchor="mm")
    label_font = ImageFont.truetype(PT_CAPTION_BOLD, 15)
    value_font = ImageFont.truetype(family["value_font"][0], 25)
    for k, key in enumerate(["pob", "authority", "issue"]):
        y = 40 + k * 50
        text = labels[key] + ":"
        draw.text((236, y + 6), text, font=label_font, fill=(84, 80, 78))
        ordinal_text(draw, (236 + draw.textlength(text, font=label_font) + 14, y), values[key], value_font, INK)
    linear_barcode(draw, rng, 620, 196, 340, 52)
    draw.text((790, 254), values["serial"], font=ImageFont.truetype(PT_MONO_BOLD, 16), fill=INK, anchor="ma")
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(PT_SANS, 15), 236, 206, 360, (70, 70, 80))
    ribbon(draw, alpha3, 34, width - 34, mrz_top(mrz, 3) - 36)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def fullname_passport(rng, truth, spec, family, portrait_of):
    """The data page: the arms and title, the portrait on the left with the signature under it;
    type, code and the boxed passport number, FULL NAMES / NOMS ET PRÉNOMS, then two fields a
    row; the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["passport_labels"]
    mrz = family["passport_mrz"]
    image = landscape_ground(rng, size, spec["color"], clear_from=mrz_top(mrz, 2) - 26)
    draw = ImageDraw.Draw(image)
    full_header(draw, spec, family, width, "PASSPORT · PASSEPORT")
    values = values_of(rng, truth, spec, family, "passport")
    photo = portrait_of((276, 352))
    draw.rectangle((37, 121, 40 + 276 + 2, 124 + 352 + 2), outline=(70, 70, 76), width=1)
    image.paste(photo, (40, 124))
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 52, 500, 236, 50, (30, 34, 96))
    draw.line((44, 566, 312, 566), fill=(96, 96, 104), width=1)
    draw.text((44, 572), labels["sign"], font=ImageFont.truetype(*family["label_font"]), fill=(84, 80, 78))
    x0, x1, column = 360, width - 40, 790
    full_field(draw, x0, 114, labels["type"], values["type"], family, 90)
    full_field(draw, x0 + 130, 114, labels["code"], values["code"], family, 120)
    id_box(draw, column, 114, labels["docno"], values["docno"], family, accent, size=36)
    full_field(draw, x0, 200, labels["full"], values["full"], family, x1 - x0, size=family["value_font"][1] + 2)
    for y, left, right in [(282, "nationality", "sex"), (360, "dob", "pob"), (438, "issue", "expiry"),
                           (516, "authority", "personal")]:
        full_field(draw, x0, y, labels[left], values[left], family, column - x0 - 24)
        full_field(draw, column, y, labels[right], values[right], family, x1 - column)
    ribbon(draw, alpha3, 40, width - 40, mrz_top(mrz, 2) - 40)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `turned`: every label turned a quarter, reading upwards in a tinted strip at its cell's left,
# the value across the cell; dates `14.IX.1987`; a guilloche rope border round a basketweave

def basketweave_ground(rng, size, color, clear_from=None):
    """A pale basketweave: squares of fine parallel hairlines, across and upright by turns, in a
    soft tint of the issuer's colour over a wash warming from left to right; below `clear_from`
    a clear pale band."""
    width, height = size
    paper = np.array([c * 0.42 + 253 * 0.58 for c in color], float)
    cell, spacing = rng.choice([22, 26, 30]), rng.choice([4, 5])
    yy, xx = np.mgrid[0:height, 0:width]
    ox, oy = rng.randint(0, cell), rng.randint(0, cell)
    across = ((xx + ox) // cell + (yy + oy) // cell) % 2 == 0
    hair = np.where(across, (yy + oy) % spacing == 0, (xx + ox) % spacing == 0)
    pixels = paper + np.array([6, 2, -8], float) * (xx / width)[:, :, None]
    pixels = np.where(hair[:, :, None], pixels - 17, pixels)
    if clear_from is not None:
        pixels = np.where((yy >= clear_from)[:, :, None], np.array([251, 250, 246], float), pixels)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def rope_border(draw, box, ink, band=16):
    """A guilloche rope border inside `box`: two rules with two sine cords plaited between them
    along every side, a small rosette at each corner."""
    x0, y0, x1, y1 = box
    pale = shifted(ink, 70)
    draw.rectangle(box, outline=ink, width=2)
    draw.rectangle((x0 + band, y0 + band, x1 - band, y1 - band), outline=ink, width=1)
    half = band / 2
    for a, b, fixed, horizontal in [(x0 + band, x1 - band, y0 + half, True), (x0 + band, x1 - band, y1 - half, True),
                                    (y0 + band, y1 - band, x0 + half, False), (y0 + band, y1 - band, x1 - half, False)]:
        for phase, colour in ((0, ink), (math.pi, pale)):
            points = []
            for t in np.arange(a, b + 1, 2):
                d = (half - 3) * math.sin((t - a) / 9 + phase)
                points.append((t, fixed + d) if horizontal else (fixed + d, t))
            draw.line(points, fill=colour, width=1)
    for cx, cy in ((x0 + half, y0 + half), (x1 - half, y0 + half), (x0 + half, y1 - half), (x1 - half, y1 - half)):
        for k in range(6):
            a = k * math.pi / 3
            draw.ellipse((cx + 3.5 * math.cos(a) - 3.5, cy + 3.5 * math.sin(a) - 3.5, cx + 3.5 * math.cos(a) + 3.5,
                          cy + 3.5 * math.sin(a) + 3.5), outline=ink, width=1)


def turned_label(image, x, y, height, label, strip_fill, ink, size=11):
    """A label turned a quarter to read upwards, its lines side by side in a strip `height` tall
    whose left edge is at x; the label wrapped at words to fit. `label` is a string or a tuple
    (English, French: the French in italics after it). Returns the strip's width."""
    parts = label if isinstance(label, tuple) else (label,)
    probe = ImageDraw.Draw(image)
    lines = []
    for k, part in enumerate(parts):
        f = ImageFont.truetype(LATO_BOLD if k == 0 else LATO_ITALIC, size)
        line = ""
        for word in part.split() + [None]:
            if word is None or (line and probe.textlength(line + " " + word, font=f) > height - 10):
                lines.append((line, f))
                line = word or ""
            else:
                line = (line + " " + word).strip()
    step = size + 3
    strip = len(lines) * step + 8
    probe.rectangle((x, y, x + strip - 1, y + height - 1), fill=strip_fill)
    tile = Image.new("L", (height, strip), 0)
    tile_draw = ImageDraw.Draw(tile)
    for k, (text, f) in enumerate(lines):
        tile_draw.text((height / 2, 4 + k * step + step / 2), text, font=f, fill=255, anchor="mm")
    tile = tile.rotate(90, expand=True)  # reads upwards; the first line at the strip's left
    image.paste(Image.new("RGB", tile.size, ink), (x, y), tile)
    return strip


def turned_cell(image, box, label, value, family, accent, size=None, ink=INK, label_size=11):
    """A `turned` field: a hairline cell, its label turned in a tinted strip at the left, the
    value across the rest of the cell, smaller where it would not fit."""
    x0, y0, x1, y1 = box
    draw = ImageDraw.Draw(image)
    draw.rectangle(box, outline=shifted(accent, 40), width=1, fill=(252, 252, 249))
    tint = tuple(int(c * 0.18 + 250 * 0.82) for c in accent)
    strip = turned_label(image, x0 + 1, y0 + 1, y1 - y0 - 1, label, tint, shifted(accent, -40), label_size)
    draw = ImageDraw.Draw(image)
    path, s = family["value_font"]
    s = size or s
    room = x1 - (x0 + strip + 14) - 8
    f = ImageFont.truetype(path, s)
    while s > 15 and draw.textlength(value, font=f) > room:
        s -= 1
        f = ImageFont.truetype(path, s)
    draw.text((x0 + strip + 14, (y0 + y1) / 2), value, font=f, fill=ink, anchor="lm")


def turned_rows(image, rows, x0, x1, top, step, gap, labels, values, family, accent, big=None, big_ink=None,
                label_size=11):
    """Rows of cells: each row a list of (key, share of the row's width)."""
    for r, row in enumerate(rows):
        row = [(k, share) for k, share in row if values.get(k)]
        total = sum(share for _, share in row)
        x = x0
        for k, share in row:
            w = (x1 - x0 - gap * (len(row) - 1)) * share / total
            turned_cell(image, (round(x), top + r * step, round(x + w), top + r * step + step - gap), labels[k],
                        values[k], family, accent, ink=big_ink if k == big and big_ink else INK, label_size=label_size)
            x += w + gap


def turned_header(draw, spec, family, width, subtitle, top=32):
    accent = ACCENT[spec["alpha3"]]
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - 340)
    text = " ".join(spec["title"])  # letter-spaced
    if draw.textlength(text, font=title) > width - 340:
        text = spec["title"]
    draw.text((width / 2, top), text, font=title, fill=shifted(accent, -50), anchor="ma")
    draw.text((width / 2, top + 40), subtitle, font=ImageFont.truetype(LATO_SEMIBOLD, 17), fill=(64, 64, 72), anchor="ma")
    coat_of_arms(draw, 92, top + 32, 30, shifted(accent, -20), width=2)
    stripes = FLAG_STRIPES[spec["alpha3"]]
    fx, fy, fw, fh = width - 146, top + 8, 66, 44
    for k, c in enumerate(stripes):
        draw.rectangle((fx, fy + k * fh / len(stripes), fx + fw, fy + (k + 1) * fh / len(stripes)), fill=c)
    draw.rectangle((fx, fy, fx + fw, fy + fh), outline=(60, 60, 60), width=1)


def turned_card(rng, truth, spec, family, portrait_of):
    """The card's front: a rope border, the title centred between the arms and the flag; the
    fields in hairline cells on the left, each label turned up its cell's strip; the portrait on
    the right with the signature under it."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    image = basketweave_ground(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    rope_border(draw, (12, 12, width - 13, height - 13), shifted(accent, -10))
    turned_header(draw, spec, family, width, "NATIONAL IDENTITY CARD")
    values = values_of(rng, truth, spec, family, "id_card")
    photo = portrait_of((204, 260))
    draw.rectangle((752, 124, 752 + 204 + 5, 124 + 260 + 5), fill=(250, 250, 248), outline=shifted(accent, 10))
    image.paste(photo, (755, 127))
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 764, 404, 180, 44, (30, 34, 96))
    draw.text((856, 470), "HOLDER'S SIGNATURE", font=ImageFont.truetype(LATO_SEMIBOLD, 11), fill=(84, 84, 92),
              anchor="ma")
    rows = [[("surname", 1)], [("given", 1)], [("dob", 3), ("sex", 1)], [("nationality", 1), ("expiry", 1)],
            [("id", 3), ("cardno", 2)]]
    turned_rows(image, rows, 44, 730, 122, 84, 8, family["labels"], values, family, accent, big="id",
                big_ink=shifted(accent, -60))
    draw = ImageDraw.Draw(image)
    f = ImageFont.truetype(LATO_SEMIBOLD, 8)
    line = ""
    while draw.textlength(line, font=f) < 900:
        line += spec["title"] + " · "
    draw.text((44, 572), line, font=f, fill=shifted(accent, 30))  # a line of microprint
    return image


def turned_back(rng, truth, spec, family):
    """The card's back: a rope border round the upper part; birthplace and date of issue, the
    authority and a right thumbprint in turned-label cells, a QR code and the notice; the MRZ on
    a clear band."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 22
    image = basketweave_ground(rng, size, spec["color"], clear_from=clear)
    draw = ImageDraw.Draw(image)
    rope_border(draw, (12, 12, width - 13, clear - 10), shifted(accent, -10))
    values = values_of(rng, truth, spec, family, "id_card")
    turned_rows(image, [[("pob", 1), ("issue", 1)], [("authority", 1)]], 44, 620, 44, 84, 8, family["labels"], values,
                family, accent)
    draw = ImageDraw.Draw(image)
    x, y = 648, 44
    draw.rectangle((x, y, x + 150, y + 160), outline=shifted(accent, 40), width=1, fill=(252, 252, 249))
    strip = turned_label(image, x + 1, y + 1, 159, family["labels"]["thumb"], tuple(int(c * 0.18 + 250 * 0.82) for c in accent),
                         shifted(accent, -40))
    draw = ImageDraw.Draw(image)
    thumbprint(draw, rng, x + strip + (150 - strip) / 2, y + 80, 46, 64, (60, 58, 66))
    qr_code(draw, rng, 842, 50, 25, 4, paper=(250, 250, 246))
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(LATO_ITALIC, 15), 48, 226, 560, (70, 70, 80))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def turned_passport(rng, truth, spec, family, portrait_of):
    """The data page: a rope border round the upper part, the title between the arms and the
    flag, the portrait on the left, the fields in turned-label cells (English and French up
    each strip) on the right; the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 26
    image = basketweave_ground(rng, size, spec["color"], clear_from=clear)
    draw = ImageDraw.Draw(image)
    rope_border(draw, (12, 12, width - 13, clear - 10), shifted(accent, -10))
    turned_header(draw, spec, family, width, "PASSPORT · PASSEPORT")
    values = values_of(rng, truth, spec, family, "passport")
    photo = portrait_of((268, 342))
    draw.rectangle((42, 124, 42 + 268 + 5, 124 + 342 + 5), fill=(250, 250, 248), outline=shifted(accent, 10))
    image.paste(photo, (45, 127))
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 60, 500, 230, 50, (30, 34, 96))
    draw.text((179, 570), "SIGNATURE DU TITULAIRE / HOLDER'S SIGNATURE", font=ImageFont.truetype(LATO_SEMIBOLD, 11),
              fill=(84, 84, 92), anchor="ma")
    rows = [[("type", 1), ("code", 1), ("docno", 2)], [("surname", 1)], [("given", 1)],
            [("nationality", 4), ("sex", 2), ("dob", 5)], [("pob", 1), ("issue", 1), ("expiry", 1)],
            [("authority", 1)]]
    turned_rows(image, rows, 340, width - 44, 120, 92, 8, family["passport_labels"], values, family, accent,
                big="docno", big_ink=shifted(accent, -60))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "fullname":
        if kind == "passport":
            return fullname_passport(rng, truth, spec, family, portrait_of)
        return fullname_card(rng, truth, spec, family, portrait_of)
    if kind == "passport":
        return turned_passport(rng, truth, spec, family, portrait_of)
    return turned_card(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "fullname":
        return fullname_back(rng, truth, spec, family)
    return turned_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on, and their capture conditions

# Laptops: (deck, keys, legends).
LAPTOPS = [((188, 190, 194), (44, 44, 48), (236, 236, 236)), ((52, 52, 56), (26, 26, 28), (200, 200, 204)),
           ((222, 222, 218), (238, 238, 236), (70, 70, 74)), ((150, 152, 158), (36, 38, 42), (224, 224, 226))]
KEY_ROWS = [  # (legend, width in keys); two-line legends as "upper\nlower"
    [("~\n`", 1), ("!\n1", 1), ("@\n2", 1), ("#\n3", 1), ("$\n4", 1), ("%\n5", 1), ("^\n6", 1), ("&\n7", 1), ("*\n8", 1),
     ("(\n9", 1), (")\n0", 1), ("_\n-", 1), ("+\n=", 1), ("delete", 1.5)],
    [("tab", 1.5)] + [(c, 1) for c in "QWERTYUIOP"] + [("{\n[", 1), ("}\n]", 1), ("|\n\\", 1)],
    [("caps lock", 1.8)] + [(c, 1) for c in "ASDFGHJKL"] + [(":\n;", 1), ("\"\n'", 1), ("enter", 1.7)],
    [("shift", 2.3)] + [(c, 1) for c in "ZXCVBNM"] + [("<\n,", 1), (">\n.", 1), ("?\n/", 1), ("shift", 2.2)],
    [("fn", 1), ("ctrl", 1), ("alt", 1), ("cmd", 1.25), ("", 5.2), ("cmd", 1.25), ("alt", 1), ("◀", 1), ("▼", 1),
     ("▶", 1)],
]


def surface(rng, name, size):
    """An open laptop's keyboard (a document photographed lying on it): the deck in aluminium or
    plastic, chiclet keys with their legends, the trackpad below them and the screen's hinge
    above, all at an angle and a little out of focus, lit from one side."""
    assert name == "keyboard", name
    width, height = size
    big = int(math.hypot(width, height)) + 40
    deck, key, legend = rng.choice(LAPTOPS)
    page = Image.new("RGB", (big, big), deck)
    draw = ImageDraw.Draw(page)
    pitch = rng.uniform(150, 240)  # px a key (19 mm)
    cap = pitch * 0.84
    total = 14.5 * pitch
    left = big / 2 - total / 2 + rng.uniform(-0.2, 0.2) * pitch
    top = big / 2 - 3.2 * pitch + rng.uniform(-0.6, 0.6) * pitch
    hinge = top - pitch * 1.1
    if hinge > 0:  # the hinge, the screen's dark edge beyond it
        draw.rectangle((0, max(0, hinge - 26), big, hinge), fill=shifted(deck, -60))
        if hinge > 26:
            draw.rectangle((0, 0, big, hinge - 26), fill=(18, 18, 20))
    f_big = ImageFont.truetype(SANS, round(pitch * 0.2))
    f_small = ImageFont.truetype(SANS, round(pitch * 0.13))
    for r, row in enumerate([[("esc", 1)] + [(f"F{k}", 1.04) for k in range(1, 13)] + [("⏻", 1)]] + KEY_ROWS):
        y = top + (r - 1) * pitch - (0.45 * pitch if r == 0 else 0)
        h = cap * (0.5 if r == 0 else 1)
        x = left
        for text, w in row:
            kw = w * pitch - (pitch - cap)
            draw.rounded_rectangle((x, y, x + kw, y + h), radius=pitch * 0.07, fill=key, outline=shifted(key, -14))
            if "\n" in text:
                upper, lower = text.split("\n")
                draw.text((x + kw / 2, y + h * 0.3), upper, font=f_small, fill=legend, anchor="mm")
                draw.text((x + kw / 2, y + h * 0.7), lower, font=f_small, fill=legend, anchor="mm")
            elif len(text) == 1 and text.isalpha():
                draw.text((x + kw / 2, y + h / 2), text, font=f_big, fill=legend, anchor="mm")
            elif text:
                draw.text((x + pitch * 0.1, y + h - pitch * 0.1), text, font=f_small, fill=legend, anchor="ld")
            x += w * pitch
    pad_w, pad_top = pitch * 6.2, top + 4 * pitch + pitch * 0.5
    draw.rounded_rectangle((big / 2 - pad_w / 2, pad_top, big / 2 + pad_w / 2, pad_top + pitch * 3.6),
                           radius=pitch * 0.15, fill=shifted(deck, -8), outline=shifted(deck, -24), width=2)
    page = page.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC, fillcolor=deck)
    x0, y0 = (big - width) // 2, (big - height) // 2
    pixels = np.asarray(page.crop((x0, y0, x0 + width, y0 + height)).filter(ImageFilter.GaussianBlur(1.6)), float)
    yy, xx = np.mgrid[0:height, 0:width]
    a = rng.uniform(0, 2 * math.pi)
    light = 1 + 0.12 * ((xx / width - 0.5) * math.cos(a) + (yy / height - 0.5) * math.sin(a))
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    pixels = pixels * light[:, :, None] + noise.normal(0, 3, pixels.shape)
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


def apply_condition(rng, image, condition):
    """The photo with one of the fifteenth families' capture conditions; (image, JPEG quality or None)."""
    width, height = image.size
    pixels = np.asarray(image, float)
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    if condition == "barrel":  # a phone's ultra-wide lens held close: straight lines bow outwards, soft dark corners
        k = rng.uniform(0.08, 0.16)
        cx, cy = width / 2 + rng.uniform(-0.03, 0.03) * width, height / 2 + rng.uniform(-0.03, 0.03) * height
        radius = math.hypot(width / 2, height / 2)
        r2 = ((xx - cx) ** 2 + (yy - cy) ** 2) / radius ** 2
        # The corners keep their place (the frame is the sensor's, filled to its corners): the
        # middle is magnified most, the middles of the frame's edges lose a sliver of the scene.
        farthest = max(cx, width - cx) ** 2 / radius ** 2 + max(cy, height - cy) ** 2 / radius ** 2
        scale = (1 + k * r2) / (1 + k * farthest)
        out = sample(pixels, cx + (xx - cx) * scale, cy + (yy - cy) * scale)
        soft = np.asarray(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2.2)),
                          float)
        w = np.clip((r2 - 0.35) * 1.6, 0, 1)[:, :, None]
        out = (out * (1 - w) + soft * w) * (1 - rng.uniform(0.25, 0.4) * r2)[:, :, None]
        return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), None
    if condition == "flare":  # the sun or a lamp just outside the frame: a veil from that side, a chain of ghosts
        side = rng.choice(["top", "left", "right", "top-left", "top-right"])
        sx = {"top": rng.uniform(0.25, 0.75), "left": -0.06, "right": 1.06, "top-left": -0.04,
              "top-right": 1.04}[side] * width
        sy = {"top": -0.06, "left": rng.uniform(0.15, 0.6), "right": rng.uniform(0.15, 0.6), "top-left": -0.05,
              "top-right": -0.05}[side] * height
        diagonal = math.hypot(width, height)
        d = np.hypot(xx - sx, yy - sy) / diagonal
        warm = np.array([255, 244, 222], float)
        veil = rng.uniform(0.62, 0.8) * np.exp(-d / rng.uniform(0.26, 0.36))[:, :, None]
        haze = rng.uniform(0.06, 0.12)  # scattered light over the whole frame: contrast fades
        out = pixels * (1 - haze) + pixels.mean() * haze
        out = out * (1 - veil) + warm * veil
        layer = Image.new("RGB", image.size, (0, 0, 0))
        draw = ImageDraw.Draw(layer)
        cx, cy = width / 2, height / 2
        tints = [(60, 110, 70), (110, 60, 110), (120, 90, 40), (50, 80, 120), (90, 110, 50)]
        for t in sorted(rng.uniform(0.5, 1.9) for _ in range(rng.randint(4, 6))):
            gx, gy = sx + (cx - sx) * t, sy + (cy - sy) * t
            r = rng.uniform(14, 90)
            tint = rng.choice(tints)
            hexagon = [(gx + r * math.cos(a + 0.3), gy + r * math.sin(a + 0.3)) for a in np.arange(6) * math.pi / 3]
            draw.polygon(hexagon, fill=tint)
            if rng.random() < 0.5:
                draw.ellipse((gx - r * 1.5, gy - r * 1.5, gx + r * 1.5, gy + r * 1.5), outline=tint, width=3)
        ghosts = np.asarray(layer.filter(ImageFilter.GaussianBlur(rng.uniform(2, 5))), float) * rng.uniform(0.5, 0.8)
        return Image.fromarray(np.clip(out + ghosts, 0, 255).astype(np.uint8)), None
    if condition == "zoom":  # digital zoom: a small crop of the sensor enlarged, soft and blocky, oversharpened
        z = rng.uniform(1.9, 2.4)
        small = image.resize((round(width / z), round(height / z)), Image.BOX)
        grain = np.asarray(small, float) + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 3.5, (small.height,
                                                                                                       small.width, 3))
        small = Image.fromarray(np.clip(grain, 0, 255).astype(np.uint8))
        up = small.resize((width, height), Image.BICUBIC)
        up = up.filter(ImageFilter.UnsharpMask(radius=rng.uniform(1.8, 2.6), percent=rng.randint(140, 200), threshold=2))
        return up, rng.randint(74, 84)
    raise ValueError(condition)
