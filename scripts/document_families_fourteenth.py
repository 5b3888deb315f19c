"""The fourteenth held-out layout families for scripts/make-documents.py: `split` and `zebra`
(their specs are in document_families.FAMILIES, which says what they look like).

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions (`dappled`, `chromatic`, `ghost`) is applied or their surface (`newspaper`)
is chosen, so every other family's documents stay the same, image for image, for a seed. The
truth, the MRZ, the ID numbers and tampering are the shared code's: this module only draws them.
Their date patterns (`MON dd yyyy`, `yyyy MON dd`) are formatted here (date_text), not by the
shared fmt_date, so that its output for every earlier pattern is untouched.
"""
import datetime as dt
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, AUTHORITIES, B612, B612_BOLD, FLAG_STRIPES, LIB_SERIF,
                               MONTHS, NIMBUS_ROMAN_BOLD, PROPERTY, QUICKSAND, QUICKSAND_BOLD, QUICKSAND_MEDIUM,
                               SERIF_CONDENSED_ITALIC, draw_mrz, emblem, fmt_date, place_of_birth, printed, qr_code,
                               scribble, shifted)
from document_families_eleventh import coat_of_arms

INK = (22, 24, 30)


def date_text(date, pattern):
    """A date as the fourteenth families print it: `MON dd yyyy` (`SEP 14 1987`, month first
    and no comma) or `yyyy MON dd` (`1987 SEP 14`, year first); any other pattern as fmt_date
    prints it."""
    if pattern == "MON dd yyyy":
        return f"{MONTHS[date.month - 1]} {date.day:02d} {date.year}"
    if pattern == "yyyy MON dd":
        return f"{date.year} {MONTHS[date.month - 1]} {date.day:02d}"
    return fmt_date(date, pattern)


def values_of(truth, spec, family, kind):
    """The printed values by field key; tampered fields print what tampering put there."""
    fields = truth["fields"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    pattern = family["date"]
    authority = AUTHORITIES[spec["alpha3"]][0 if kind == "id_card" else 1]
    return dict(surname=fields["surname"], given=fields["given_names"], id=printed(truth, "id_number"),
                dob=date_text(dob, pattern), sex=fields["sex"], nationality=spec["demonym"],
                expiry=date_text(expiry, pattern), docno=fields["document_number"], cardno=fields["document_number"],
                issue=date_text(issue, pattern), pob=place_of_birth(truth, spec["alpha3"]), authority=authority,
                type="P", code=spec["alpha3"])


def fitted(draw, text, path, size, max_width, smallest=14):
    """The font `path` at `size`, or smaller until `text` fits in `max_width`."""
    f = ImageFont.truetype(path, size)
    while size > smallest and draw.textlength(text, font=f) > max_width:
        size -= 1
        f = ImageFont.truetype(path, size)
    return f


def mrz_top(mrz, lines):
    return mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * lines


def wrapped(draw, text, f, x, y, width, fill, centre=False, step=20):
    """`text` in lines no wider than `width` from (x, y) (centred on x with `centre`)."""
    line = ""
    for word in text.split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f) > width):
            draw.text((x, y), line, font=f, fill=fill, anchor="ma" if centre else "la")
            line, y = word or "", y + step
        else:
            line = (line + " " + word).strip()


# ---------------------------------------------------------------------------------------------
# `split`: the portrait in the middle, the fields to its left and right, each under a tab

def adinkra_ground(rng, size, color, clear_from=None):
    """A pale ground stamped like adinkra cloth: squares marked off by comb-drawn bands (four
    hand-drawn parallel lines, a little wavy), a stamped symbol in each square, one symbol a
    row (concentric rings, a cross of circles, a double spiral, a nested diamond, a ladder), all
    in soft tints of the issuer's colour; below `clear_from` (a y) a clear pale band."""
    width, height = size
    paper = tuple(int(c * 0.45 + 255 * 0.55) for c in color)
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    comb, stamp = shifted(paper, -26), shifted(paper, -18)
    cell = rng.choice([118, 132, 146])
    ox, oy = rng.uniform(-cell, 0), rng.uniform(-cell, 0)
    wobble = [(rng.uniform(1.5, 3.5), rng.uniform(0.01, 0.03), rng.uniform(0, 6.28)) for _ in range(2)]
    for k in range(int(width / cell) + 3):  # vertical comb bands
        x0 = ox + k * cell
        for t in range(4):
            a, f, p = wobble[0]
            points = [(x0 + t * 4 + a * math.sin(y * f + p + k), y) for y in range(0, height + 8, 8)]
            draw.line(points, fill=comb, width=1)
    for k in range(int(height / cell) + 3):  # horizontal comb bands
        y0 = oy + k * cell
        for t in range(4):
            a, f, p = wobble[1]
            points = [(x, y0 + t * 4 + a * math.sin(x * f + p + k)) for x in range(0, width + 8, 8)]
            draw.line(points, fill=comb, width=1)
    for row in range(int(height / cell) + 3):
        motif = (row + rng.randint(0, 4)) % 5
        for column in range(int(width / cell) + 3):
            cx, cy = ox + column * cell + cell / 2 + 8, oy + row * cell + cell / 2 + 8
            r = cell * 0.26
            if motif == 0:  # concentric rings round a dot
                for rr in (r, r * 0.66, r * 0.33):
                    draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=stamp, width=3)
                draw.ellipse((cx - 3, cy - 3, cx + 3, cy + 3), fill=stamp)
            elif motif == 1:  # a cross with a circle on each arm
                draw.line((cx - r, cy, cx + r, cy), fill=stamp, width=3)
                draw.line((cx, cy - r, cx, cy + r), fill=stamp, width=3)
                for dx, dy in ((r, 0), (-r, 0), (0, r), (0, -r)):
                    draw.ellipse((cx + dx * 0.8 - 7, cy + dy * 0.8 - 7, cx + dx * 0.8 + 7, cy + dy * 0.8 + 7), outline=stamp,
                                 width=2)
            elif motif == 2:  # a double spiral (two ram's horns)
                for side in (-1, 1):
                    points = [(cx + side * (r * 0.5 + (r * 0.5) * (1 - t / 12) * math.cos(t * 0.6)),
                               cy + (r * 0.5) * (1 - t / 12) * math.sin(t * 0.6)) for t in range(12)]
                    draw.line(points, fill=stamp, width=3, joint="curve")
            elif motif == 3:  # a nested diamond
                for rr in (r, r * 0.55):
                    draw.polygon([(cx, cy - rr), (cx + rr, cy), (cx, cy + rr), (cx - rr, cy)], outline=stamp, width=3)
            else:  # a ladder in a square
                draw.rectangle((cx - r * 0.7, cy - r, cx + r * 0.7, cy + r), outline=stamp, width=3)
                for t in range(1, 4):
                    draw.line((cx - r * 0.7, cy - r + t * r / 2, cx + r * 0.7, cy - r + t * r / 2), fill=stamp, width=2)
    if clear_from is not None:
        pale = tuple(int(c * 0.12 + 252 * 0.88) for c in paper)
        draw.rectangle((0, clear_from, width, height), fill=pale)
        draw.line((0, clear_from - 3, width, clear_from - 3), fill=shifted(color, -60), width=1)
        draw.line((0, clear_from - 2, width, clear_from - 2), fill=shifted(color, -30), width=1)
    return image


def arched(photo):
    """A mask for a portrait in an arched window: a round top over straight sides."""
    w, h = photo.size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    draw.ellipse((0, 0, w - 1, w - 1), fill=255)
    draw.rectangle((0, w // 2, w - 1, h - 1), fill=255)
    return mask


def arch_frame(draw, alpha3, x, y, w, h):
    """The window's frame: three thin arches in the flag's colours (white stripes left out)."""
    colours = [c for c in FLAG_STRIPES[alpha3] if sum(c) < 700][:3]
    for k, c in enumerate(colours):
        d = 5 + 4 * k
        draw.arc((x - d, y - d, x + w + d, y + w + d), 180, 360, fill=c, width=2)
        draw.line((x - d, y + w / 2, x - d, y + h + d), fill=c, width=2)
        draw.line((x + w + d, y + w / 2, x + w + d, y + h + d), fill=c, width=2)
        draw.line((x - d, y + h + d, x + w + d, y + h + d), fill=c, width=2)


def tab(draw, x, y, text, accent, right=False, size=13):
    """A label: small capitals in white on a tab of the issuer's colour; its left (or, with
    `right`, its right) end at x. Returns the tab's width."""
    f = ImageFont.truetype(QUICKSAND_BOLD, size)
    w = draw.textlength(text, font=f) + 14
    x0 = x - w if right else x
    draw.rounded_rectangle((x0, y, x0 + w, y + size + 9), radius=(size + 9) // 2, fill=accent)
    draw.text((x0 + 7, y + (size + 9) / 2 + 1), text, font=f, fill=(255, 255, 255), anchor="lm")
    return w


def split_field(draw, edge, y, label, value, value_font, accent, right, ink=INK):
    """A `split` field: the tab over the value; both flush against `edge` (their right ends with
    `right`, for the column left of the portrait; their left ends otherwise). Returns the width."""
    w = tab(draw, edge, y, label, accent, right=right)
    draw.text((edge, y + 28), value, font=value_font, fill=ink, anchor="ra" if right else "la")
    return max(w, draw.textlength(value, font=value_font))


def split_column(draw, edge, top, step, rows, labels, values, path, size, limit, accent, right, big=None, big_ink=None):
    """Rows of fields flush against `edge`, outwards: a row of several fields runs away from the
    portrait (for the left column, right to left). Values shrink to keep each row within
    `limit` pixels; the field `big` a little larger, in `big_ink`."""
    y = top
    for keys in rows:
        keys = [k for k in keys if values.get(k)]
        s = size
        while True:
            fonts = [ImageFont.truetype(path, (s + 4) if k == big else s) for k in keys]
            widths = [max(draw.textlength(values[k], font=f), draw.textlength(labels[k], font=ImageFont.truetype(
                QUICKSAND_BOLD, 13)) + 14) for k, f in zip(keys, fonts)]
            if sum(widths) + 30 * (len(keys) - 1) <= limit or s <= 16:
                break
            s -= 1
        x = edge
        for k, f, w in zip(keys, fonts, widths):
            split_field(draw, x, y, labels[k], values[k], f, accent, right, ink=big_ink if k == big else INK)
            x = x - w - 30 if right else x + w + 30
        y += step


def split_header(draw, spec, family, width, subtitle):
    accent = ACCENT[spec["alpha3"]]
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - 260)
    draw.text((width / 2, 16), spec["title"], font=title, fill=shifted(accent, -45), anchor="ma")
    draw.text((width / 2, 56), subtitle, font=ImageFont.truetype(QUICKSAND_MEDIUM, 18), fill=(60, 62, 74), anchor="ma")
    coat_of_arms(draw, 70, 52, 36, shifted(accent, -10), width=2)
    emblem(draw, width - 70, 52, 34, shifted(accent, -10))


def split_card(rng, truth, spec, family, portrait_of):
    """The card's front: the title centred, the portrait in an arched window in the middle with
    the signature under it, four fields on its left flush against it and four on its right."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    image = adinkra_ground(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    split_header(draw, spec, family, width, "NATIONAL IDENTITY CARD")
    values = values_of(truth, spec, family, "id_card")
    photo_w, photo_h = 210, 272
    px, py = (width - photo_w) // 2, 114
    photo = portrait_of((photo_w, photo_h))
    image.paste(photo, (px, py), arched(photo))
    arch_frame(draw, alpha3, px, py, photo_w, photo_h)
    scribble(draw, rng, px + 16, py + photo_h + 36, photo_w - 30, 40, (28, 30, 90))
    draw.text((width / 2, py + photo_h + 92), "holder's signature", font=ImageFont.truetype(QUICKSAND, 13),
              fill=(90, 90, 100), anchor="ma")
    path, s = family["value_font"]
    inner_left, inner_right = px - 34, px + photo_w + 34
    split_column(draw, inner_left, 112, 110, [["surname"], ["given"], ["nationality"], ["sex"]], labels, values, path,
                 s, inner_left - 30, accent, True)
    split_column(draw, inner_right, 112, 110, [["id"], ["dob"], ["expiry"], ["cardno"]], labels, values, path, s,
                 width - 30 - inner_right, accent, False, big="id", big_ink=shifted(accent, -60))
    # The flag's colours as a ribbon along the bottom edge.
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((0, 616 + k * 22 / len(stripes), width, 616 + (k + 1) * 22 / len(stripes)), fill=c)
    return image


def split_back(rng, truth, spec, family):
    """The card's back: a QR code in the middle, birthplace and date of issue on its left and the
    authority on its right, the notice centred under them, the MRZ on a clear band."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    mrz = family["card_mrz"]
    image = adinkra_ground(rng, size, spec["color"], clear_from=mrz_top(mrz, 3) - 24)
    draw = ImageDraw.Draw(image)
    values = values_of(truth, spec, family, "id_card")
    qr_code(draw, rng, width // 2 - 62, 40, 25, 5, paper=(250, 250, 246))
    path = family["value_font"][0]
    split_column(draw, width // 2 - 104, 36, 94, [["pob"], ["issue"]], labels, values, path, 25, 330, accent, True)
    split_column(draw, width // 2 + 104, 36, 94, [["authority"]], labels, values, path, 25, 330, accent, False)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(QUICKSAND_MEDIUM, 15), width / 2, 236, 600, (70, 72, 84), centre=True)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def split_passport(rng, truth, spec, family, portrait_of):
    """The data page: the portrait in an arched window in the middle, the fields under English /
    French tabs on its left and right, flush against it, the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["passport_labels"]
    mrz = family["passport_mrz"]
    image = adinkra_ground(rng, size, spec["color"], clear_from=mrz_top(mrz, 2) - 26)
    draw = ImageDraw.Draw(image)
    split_header(draw, spec, family, width, "PASSPORT · PASSEPORT")
    values = values_of(truth, spec, family, "passport")
    photo_w, photo_h = 250, 322
    px, py = (width - photo_w) // 2, 112
    photo = portrait_of((photo_w, photo_h))
    image.paste(photo, (px, py), arched(photo))
    arch_frame(draw, alpha3, px, py, photo_w, photo_h)
    scribble(draw, rng, px + 20, py + photo_h + 34, photo_w - 40, 44, (28, 30, 90))
    draw.text((width / 2, py + photo_h + 94), "signature du titulaire / holder's signature",
              font=ImageFont.truetype(QUICKSAND, 13), fill=(90, 90, 100), anchor="ma")
    path, s = family["value_font"]
    inner_left, inner_right = px - 34, px + photo_w + 34
    split_column(draw, inner_left, 112, 104, [["code", "type"], ["surname"], ["given"], ["sex", "nationality"], ["pob"]],
                 labels, values, path, s + 2, inner_left - 34, accent, True)
    split_column(draw, inner_right, 112, 104, [["docno"], ["dob"], ["issue"], ["expiry"], ["authority"]], labels, values,
                 path, s + 2, width - 34 - inner_right, accent, False)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `zebra`: one field a row on alternating bands, the label at the left in the issuer's language
# with English in brackets, the value flush right at the band's end

# The issuer's language on `zebra`'s labels: isiNdebele (Zimbabwe), isiZulu (South Africa),
# Hausa (Nigeria), Swahili (Kenya), Twi (Ghana) and Luganda (Uganda), worded as the earlier
# families print them where they have the word.
ZEBRA_LOCAL = {
    "ZWE": dict(surname="Isibongo", given="Amabizo", id="Inombolo yesitupa", dob="Ilanga lokuzalwa", sex="Ubulili",
                expiry="Ilanga lokuphela", nationality="Ubuzwe", pob="Indawo yokuzalwa", issue="Ilanga lokukhutshwa",
                authority="Okhiphileyo", cardno="Inombolo yekhadi", docno="Inombolo yephasipoti", type="Uhlobo",
                code="Ikhodi", card="ISITUPA SELIZWE", passport="IPHASIPOTI"),
    "ZAF": dict(surname="Isibongo", given="Amagama", id="Inombolo kamazisi", dob="Usuku lokuzalwa", sex="Ubulili",
                expiry="Usuku lokuphelelwa", nationality="Ubuzwe", pob="Indawo yokuzalwa", issue="Usuku lokukhishwa",
                authority="Igunya", cardno="Inombolo yekhadi", docno="Inombolo yephasiphothi", type="Uhlobo",
                code="Ikhodi", card="UMAZISI WESIZWE", passport="IPHASIPHOTHI"),
    "NGA": dict(surname="Sunan iyali", given="Sunaye", id="Lambar shaida", dob="Ranar haihuwa", sex="Jinsi",
                expiry="Ranar ƙarewa", nationality="Ɗan ƙasa", pob="Wurin haihuwa", issue="Ranar bayarwa",
                authority="Hukuma", cardno="Lambar kati", docno="Lambar fasfo", type="Iri", code="Lambar ƙasa",
                card="KATIN SHAIDA NA ƘASA", passport="FASFO"),
    "KEN": dict(surname="Jina la familia", given="Majina mengine", id="Nambari ya utambulisho", dob="Siku ya kuzaliwa",
                sex="Jinsia", expiry="Kinaisha tarehe", nationality="Utaifa", pob="Mahali pa kuzaliwa",
                issue="Kimetolewa tarehe", authority="Mamlaka", cardno="Nambari ya kadi", docno="Nambari ya pasipoti",
                type="Aina", code="Msimbo", card="KITAMBULISHO CHA TAIFA", passport="PASIPOTI"),
    "GHA": dict(surname="Abusua din", given="Din foforɔ", id="Nɔma", dob="Awoda", sex="Ɔbarima/Ɔbaa",
                expiry="Ne bere twam", nationality="Ɔman", pob="Baabi a wɔwoo no", issue="Da a wɔde mae",
                authority="Tumi", cardno="Kaad nɔma", docno="Akwantuo krataa nɔma", type="Su", code="Kood",
                card="ƆMAN NIPA KAAD", passport="AKWANTUO KRATAA"),
    "UGA": dict(surname="Erinnya ly'ekika", given="Amannya", id="Ennamba y'endagamuntu", dob="Olunaku lw'okuzaalibwa",
                sex="Ekikula", expiry="Lw'eggwaako", nationality="Obutuuze", pob="Ekifo w'azaalibwa",
                issue="Lw'eyaweebwa", authority="Ekitongole", cardno="Ennamba ya kaadi",
                docno="Ennamba ya paasipooti", type="Ekika", code="Koodi", card="ENDAGAMUNTU",
                passport="PAASIPOOTI"),
}


def mosaic_ground(rng, size, color, clear_from=None):
    """A pale mosaic of triangles (each square of a grid cut on a diagonal, the halves in
    slightly different tints of the issuer's colour, as on a kitenge print washed out), fine
    white seams between them; below `clear_from` a clear pale band."""
    width, height = size
    paper = np.array([c * 0.4 + 255 * 0.6 for c in color], float)
    cell = rng.choice([34, 40, 46])
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    a = math.radians(rng.uniform(-8, 8))
    u, v = xx * math.cos(a) + yy * math.sin(a), -xx * math.sin(a) + yy * math.cos(a)
    iu, iv = np.floor(u / cell).astype(int), np.floor(v / cell).astype(int)
    fu, fv = u / cell - iu, v / cell - iv
    upper = (fu > fv) if rng.random() < 0.5 else (fu + fv < 1)
    tones = np.random.default_rng(rng.randint(0, 1 << 30)).uniform(-13, 5, (64, 64, 2))
    tone = np.where(upper, tones[iu % 64, iv % 64, 0], tones[iu % 64, iv % 64, 1])
    warm = np.array([8, 2, -10], float) * (xx / width)[:, :, None]
    pixels = paper + tone[:, :, None] + warm
    seam = np.minimum(np.minimum(fu, 1 - fu), np.minimum(fv, 1 - fv)) * cell < 0.8
    pixels = np.where(seam[:, :, None], pixels * 0.4 + 255 * 0.6, pixels)
    if clear_from is not None:
        fade = np.clip((yy - clear_from) / 6.0, 0, 1)[:, :, None]
        pixels = pixels * (1 - fade) + np.array([250, 250, 246], float) * fade
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def bands(image, x0, x1, top, step, count, accent):
    """The zebra's rows: bands of alternately a deeper tint and near white over the ground, a
    short bar of the issuer's colour at each band's left end."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    deep = tuple(int(c * 0.25 + 225 * 0.75) for c in accent)
    for k in range(count):
        y = top + k * step
        fill = deep + (170,) if k % 2 == 0 else (252, 252, 250, 200)
        draw.rectangle((x0, y, x1, y + step - 3), fill=fill)
        draw.rectangle((x0, y, x0 + 4, y + step - 3), fill=accent + (255,))
    image.paste(Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB"))


def condensed(image, right, cy, text, size, fill, squeeze=0.8, path=B612_BOLD):
    """`text` in a monospace squeezed to `squeeze` of its width (a condensed cut), its right end
    at `right` and its middle at `cy`; returns its width."""
    f = ImageFont.truetype(path, size)
    tile = Image.new("L", (math.ceil(ImageDraw.Draw(image).textlength(text, font=f)) + 4, round(size * 1.5)), 0)
    ImageDraw.Draw(tile).text((2, tile.height / 2), text, font=f, fill=255, anchor="lm")
    tile = tile.resize((max(1, round(tile.width * squeeze)), tile.height), Image.LANCZOS)
    image.paste(Image.new("RGB", tile.size, fill), (round(right - tile.width), round(cy - tile.height / 2)), tile)
    return tile.width


def zebra_rows(image, rows, x0, x1, top, step, labels, local, values, size, accent, label_size=16, id_ink=None):
    """One field a row: the label at the band's left (the issuer's word, English in brackets),
    the value flush right at its end, smaller where it would reach the label."""
    draw = ImageDraw.Draw(image)
    label_font = ImageFont.truetype(SERIF_CONDENSED_ITALIC, label_size)
    for k, key in enumerate(rows):
        cy = top + k * step + (step - 3) / 2
        label = f"{local[key]} ({labels[key]})"
        draw.text((x0 + 16, cy), label, font=label_font, fill=(56, 56, 66), anchor="lm")
        room = x1 - 14 - (x0 + 16 + draw.textlength(label, font=label_font)) - 30
        s = size
        while s > 16 and draw.textlength(values[key], font=ImageFont.truetype(B612_BOLD, s)) * 0.8 > room:
            s -= 1
        ink = id_ink if key in ("id", "docno") and id_ink else INK
        condensed(image, x1 - 14, cy, values[key], s, ink)


def mini_flag(draw, alpha3, x, y, w, h):
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((x, y + k * h / len(stripes), x + w, y + (k + 1) * h / len(stripes)), fill=c)
    draw.rectangle((x, y, x + w, y + h), outline=(60, 60, 60), width=1)


def zebra_header(draw, spec, family, width, subtitle):
    accent = ACCENT[spec["alpha3"]]
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - 200)
    draw.text((36, 16), spec["title"], font=title, fill=shifted(accent, -50))
    draw.text((38, 56), subtitle, font=ImageFont.truetype(B612, 16), fill=(60, 62, 74))
    mini_flag(draw, spec["alpha3"], width - 116, 22, 80, 52)
    draw.line((36, 90, width - 36, 90), fill=shifted(accent, -20), width=2)
    draw.line((36, 95, width - 36, 95), fill=shifted(accent, 40), width=1)


def zebra_card(rng, truth, spec, family, portrait_of):
    """The card's front: the title at the top left, the flag at the top right, the portrait on
    the left with the signature under it, the fields one a row on alternating bands."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    local = ZEBRA_LOCAL[alpha3]
    image = mosaic_ground(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    zebra_header(draw, spec, family, width, f"{local['card']} · NATIONAL IDENTITY CARD")
    values = values_of(truth, spec, family, "id_card")
    photo = portrait_of((212, 272))
    draw.rectangle((31, 113, 36 + 212 + 4, 118 + 272 + 4), fill=(250, 250, 248), outline=shifted(accent, 30))
    image.paste(photo, (36, 118))
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 46, 410, 170, 40, (28, 30, 90))
    draw.text((36, 466), "Holder's signature", font=ImageFont.truetype(SERIF_CONDENSED_ITALIC, 13), fill=(80, 80, 92))
    rows = [k for k in ["surname", "given", "id", "dob", "sex", "nationality", "expiry", "cardno"] if values[k]]
    step = 60 if len(rows) == 8 else 66
    bands(image, 272, width - 30, 110, step, len(rows), accent)
    zebra_rows(image, rows, 272, width - 30, 110, step, family["labels"], local, values, family["value_font"][1],
               accent, id_ink=shifted(accent, -60))
    return image


def aztec(draw, rng, x, y, modules, cell, ink=(24, 24, 28), paper=(250, 250, 246)):
    """An Aztec code: a bullseye of concentric squares in the middle, orientation marks at its
    corners, random modules round it."""
    draw.rectangle((x - cell, y - cell, x + (modules + 1) * cell - 1, y + (modules + 1) * cell - 1), fill=paper)
    c = modules // 2
    for i in range(modules):
        for j in range(modules):
            ring = max(abs(i - c), abs(j - c))
            if ring <= 5:
                on = ring % 2 == 0 or (ring == 5 and (i - c, j - c) in ((-5, -5), (-5, -4), (-4, -5), (5, -5)))
            else:
                on = rng.random() < 0.5
            if on:
                draw.rectangle((x + i * cell, y + j * cell, x + (i + 1) * cell - 1, y + (j + 1) * cell - 1), fill=ink)


def zebra_back(rng, truth, spec, family):
    """The card's back: birthplace, date of issue and authority on bands, the notice and an Aztec
    code under them, the MRZ on a clear band."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    local = ZEBRA_LOCAL[alpha3]
    mrz = family["card_mrz"]
    image = mosaic_ground(rng, size, spec["color"], clear_from=mrz_top(mrz, 3) - 22)
    values = values_of(truth, spec, family, "id_card")
    bands(image, 36, width - 36, 30, 60, 3, accent)
    zebra_rows(image, ["pob", "issue", "authority"], 36, width - 36, 30, 60, family["labels"], local, values, 26, accent)
    draw = ImageDraw.Draw(image)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(SERIF_CONDENSED_ITALIC, 15), 40, 234, 560, (70, 72, 84))
    aztec(draw, rng, 820, 222, 27, 5)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def zebra_passport(rng, truth, spec, family, portrait_of):
    """The data page: the title at the top left, the portrait on the left, the fields one a row
    on alternating bands (the issuer's word, English in brackets), the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    local = ZEBRA_LOCAL[alpha3]
    mrz = family["passport_mrz"]
    image = mosaic_ground(rng, size, spec["color"], clear_from=mrz_top(mrz, 2) - 24)
    draw = ImageDraw.Draw(image)
    zebra_header(draw, spec, family, width, f"{local['passport']} · PASSPORT")
    values = values_of(truth, spec, family, "passport")
    photo = portrait_of((280, 360))
    draw.rectangle((35, 115, 40 + 280 + 4, 120 + 360 + 4), fill=(250, 250, 248), outline=shifted(accent, 30))
    image.paste(photo, (40, 120))
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, 56, 512, 220, 44, (28, 30, 90))
    draw.text((40, 574), "Holder's signature", font=ImageFont.truetype(SERIF_CONDENSED_ITALIC, 14), fill=(80, 80, 92))
    rows = ["type", "code", "docno", "surname", "given", "nationality", "sex", "dob", "pob", "issue", "expiry",
            "authority"]
    bands(image, 350, width - 36, 106, 52, len(rows), accent)
    zebra_rows(image, rows, 350, width - 36, 106, 52, family["passport_labels"], local, values,
               family["value_font"][1], accent, id_ink=shifted(accent, -60))
    draw = ImageDraw.Draw(image)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "split":
        if kind == "passport":
            return split_passport(rng, truth, spec, family, portrait_of)
        return split_card(rng, truth, spec, family, portrait_of)
    if kind == "passport":
        return zebra_passport(rng, truth, spec, family, portrait_of)
    return zebra_card(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "split":
        return split_back(rng, truth, spec, family)
    return zebra_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on, and their capture conditions

NEWSPRINT = [(224, 219, 204), (216, 212, 198), (230, 224, 206), (220, 220, 212)]
# Words of the newspaper's stories: none a document's label, no digits.
WORDS = ("the council market water road season rains harvest school league coach farmers prices fuel transport "
         "minister said would after before their district village traders bus station week clinic women youth "
         "project bridge river drought maize cattle tea coffee football match supporters county ward chief "
         "meeting plan budget teachers pupils exams results music festival church choir rain flooding repair "
         "power supply outage residents complained yesterday morning evening told reporters local business "
         "loans bank savings group members hospital nurses doctors vaccine campaign borehole well road works "
         "contract tender building new old many several also however while because and of to in on for with").split()
HEADLINES = ["RAINS RETURN TO THE VALLEY", "COUNCIL OPENS NEW MARKET", "LEAGUE LEADERS HELD AT HOME",
             "FARMERS WELCOME BETTER PRICES", "BRIDGE WORKS TO START SOON", "CLINIC GETS NEW BOREHOLE",
             "TRADERS COUNT COST OF FLOODS", "CHOIR WINS REGIONAL FESTIVAL", "POWER CUTS ANGER RESIDENTS",
             "SCHOOL RESULTS IMPROVE AGAIN", "BUS FARES GO UP THIS WEEK", "MAIZE HARVEST BEATS FORECAST"]


def surface(rng, name, size):
    """An open newspaper (a tabloid's page on a table): greyish newsprint, columns of small body
    text under bold headlines, rules between stories, a halftone photo now and then; the page at
    an angle, with a fold across it."""
    assert name == "newspaper", name
    width, height = size
    big = int(math.hypot(width, height)) + 40
    paper = rng.choice(NEWSPRINT)
    page = Image.new("RGB", (big, big), paper)
    draw = ImageDraw.Draw(page)
    ink = (52, 50, 50)
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    body_size = rng.randint(13, 16)
    body = ImageFont.truetype(LIB_SERIF, body_size)
    column, gutter = rng.randint(250, 320), 24
    chars = int(column / (body_size * 0.46))
    for x in range(rng.randint(-column, 0), big, column + gutter):
        y = rng.randint(-200, 0)
        while y < big:
            if rng.random() < 0.25:  # a halftone photo
                h = rng.randint(160, 260)
                shade = np.asarray(Image.fromarray(noise.normal(0, 1, (4, 4)).astype(np.float32), mode="F")
                                   .resize((column // 7 + 1, h // 7 + 1), Image.BICUBIC))
                for i in range(shade.shape[1]):
                    for j in range(shade.shape[0]):
                        r = 3.2 * (0.5 + 0.35 * math.tanh(shade[j, i]))
                        cx, cy = x + i * 7 + 3, y + j * 7 + 3
                        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=ink)
                y += h + 18
            head = ImageFont.truetype(NIMBUS_ROMAN_BOLD, rng.randint(26, 40))
            words = rng.choice(HEADLINES).split()
            line = ""
            for word in words + [None]:
                if word is None or (line and draw.textlength(line + " " + word, font=head) > column):
                    draw.text((x, y), line, font=head, fill=ink)
                    y += head.size + 6
                    line = word or ""
                else:
                    line = (line + " " + word).strip()
            y += 6
            for _ in range(rng.randint(8, 30)):
                text = ""
                while len(text) < chars:
                    text += rng.choice(WORDS) + " "
                draw.text((x, y), text[:chars].strip(), font=body, fill=ink)
                y += body_size + 4
            draw.line((x, y + 6, x + column, y + 6), fill=ink, width=1)
            y += 22
        draw.line((x + column + gutter // 2, 0, x + column + gutter // 2, big), fill=shifted(paper, -40), width=1)
    page = page.rotate(rng.uniform(-30, 30), resample=Image.BICUBIC, fillcolor=paper)
    left, top = (big - width) // 2, (big - height) // 2
    pixels = np.asarray(page.crop((left, top, left + width, top + height)).filter(ImageFilter.GaussianBlur(0.8)), float)
    yy, xx = np.mgrid[0:height, 0:width]
    a = math.radians(rng.uniform(60, 120))
    d = (xx - width * rng.uniform(0.2, 0.8)) * math.cos(a) + (yy - height / 2) * math.sin(a)
    fold = 1 - 0.16 * np.exp(-(d / 10) ** 2) + 0.05 * np.tanh(d / 80)
    coarse = Image.fromarray(noise.normal(0, 1, (5, 7)).astype(np.float32), mode="F")
    light = 1 + 0.06 * np.asarray(coarse.resize((width, height), Image.BICUBIC), float)
    pixels = pixels * (fold * light)[:, :, None] + noise.normal(0, 3, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def apply_condition(rng, image, condition):
    """The photo with one of the fourteenth families' capture conditions; (image, JPEG quality or None)."""
    width, height = image.size
    pixels = np.asarray(image, float)
    yy, xx = np.mgrid[0:height, 0:width]
    if condition == "dappled":  # taken outdoors under a tree: round flecks of warm sun in a bluish shade
        small = Image.new("L", (width // 4, height // 4), 0)
        draw = ImageDraw.Draw(small)
        for _ in range(rng.randint(40, 70)):
            cx, cy = rng.uniform(0, small.width), rng.uniform(0, small.height)
            rx = rng.uniform(6, 30)
            ry = rx * rng.uniform(0.55, 1.0)
            draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=255)
        for _ in range(rng.randint(10, 24)):  # leaves' shadows cutting into the light
            cx, cy = rng.uniform(0, small.width), rng.uniform(0, small.height)
            rx = rng.uniform(4, 14)
            draw.ellipse((cx - rx, cy - rx * 0.5, cx + rx, cy + rx * 0.5), fill=0)
        mask = small.filter(ImageFilter.GaussianBlur(rng.uniform(1.5, 3))).resize((width, height), Image.BICUBIC)
        sun = np.asarray(mask, float)[:, :, None] / 255
        shade = pixels * rng.uniform(0.5, 0.62) * np.array([0.92, 0.97, 1.08])
        lit = pixels * rng.uniform(1.02, 1.1) * np.array([1.05, 1.0, 0.9]) + 8
        return Image.fromarray(np.clip(shade * (1 - sun) + lit * sun, 0, 255).astype(np.uint8)), None
    if condition == "chromatic":  # a cheap lens: colour fringes growing towards the corners, purple edges, soft corners
        cx, cy = width / 2 + rng.uniform(-0.05, 0.05) * width, height / 2 + rng.uniform(-0.05, 0.05) * height
        k = rng.uniform(0.0035, 0.0055)

        def scaled(channel, s):  # the channel magnified by `s` about (cx, cy)
            plane = Image.fromarray(np.clip(channel, 0, 255).astype(np.uint8))
            return np.asarray(plane.transform(plane.size, Image.AFFINE, (1 / s, 0, cx - cx / s, 0, 1 / s, cy - cy / s),
                                              Image.BICUBIC), float)
        out = np.stack([scaled(pixels[:, :, 0], 1 + k), pixels[:, :, 1], scaled(pixels[:, :, 2], 1 - k * 0.8)], axis=2)
        radius = np.hypot((xx - cx) / (width / 2), (yy - cy) / (height / 2)) / math.sqrt(2)
        lum = out.mean(axis=2)
        bright = Image.fromarray((np.clip((lum - 170) / 50, 0, 1) * 255).astype(np.uint8))
        halo = np.asarray(bright.filter(ImageFilter.GaussianBlur(rng.uniform(2, 3.2))), float) / 255
        fringe = halo * (1 - np.clip(lum / 170, 0, 1)) * (0.35 + 0.65 * radius) * rng.uniform(45, 70)
        out += fringe[:, :, None] * np.array([0.75, -0.25, 1.0])
        soft = np.asarray(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.5)),
                          float)
        w = (np.clip(radius - 0.45, 0, 1) * 1.6)[:, :, None]
        out = (out * (1 - np.minimum(w, 1)) + soft * np.minimum(w, 1)) * (1 - 0.22 * radius ** 2)[:, :, None]
        return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), None
    if condition == "ghost":  # a night mode's frames merged out of line: a faint second copy, stronger to one side
        dx, dy = rng.choice([-1, 1]) * rng.randint(4, 8), rng.randint(-4, 4)
        padded = np.pad(pixels, ((abs(dy), abs(dy)), (abs(dx), abs(dx)), (0, 0)), mode="edge")
        copy = padded[abs(dy) + dy:abs(dy) + dy + height, abs(dx) + dx:abs(dx) + dx + width]
        a = math.radians(rng.uniform(0, 360))
        ramp = (xx / width - 0.5) * math.cos(a) + (yy / height - 0.5) * math.sin(a)
        alpha = rng.uniform(0.26, 0.36) * np.clip(0.65 + ramp, 0.3, 1)[:, :, None]
        out = pixels * (1 - alpha) + copy * alpha
        image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        return image, None
    raise ValueError(condition)
