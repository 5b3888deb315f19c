"""The eleventh held-out layout families for scripts/make-documents.py: `polycarbonate` and
`wallet` (their specs are in document_families.FAMILIES, which says what they look like).

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions (`specular`, `tilt_blur`, `sheen`) is applied or their surface (`terrazzo`) is
chosen, so every other family's documents stay the same, image for image, for a seed. The truth,
the MRZ, the ID numbers and tampering are the shared code's: this module only draws them.
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (perspective, ACCENT, AUTHORITIES, BOOKMAN_LIGHT_ITALIC, CALADEA_BOLD_ITALIC,
                               CONDENSED_OBLIQUE, DARK, PROPERTY, contact_chip, draw_mrz,
                               draw_small_caps, emblem, flag_band, font, scribble, shifted, tenth_values)

GOLD = (222, 186, 104)

# `polycarbonate`'s second caption language, by issuer: Chichewa (an official language of
# Zimbabwe), Sesotho, Yoruba (printed without tone marks, as on many documents, but with its
# underdots), Swahili, Ewe and Luganda.
POLY_LOCAL = {
    "ZWE": dict(surname="Dzina la banja", given="Maina", id="Nambala ya chiphaso", dob="Tsiku lobadwa",
                sex="Mwamuna/Mkazi", expiry="Tsiku lotha", nationality="Nzika ya dziko", pob="Malo obadwira",
                issue="Tsiku lopatsidwa", authority="Wopereka", docno="Nambala ya pasipoti", cardno="Nambala ya khadi",
                type="Mtundu", code="Khodi", card="CHIPHASO CHA DZIKO", passport="PASIPOTI"),
    "ZAF": dict(surname="Fane", given="Mabitso", id="Nomoro ya boitsebiso", dob="Letsatsi la tswalo", sex="Bong",
                expiry="Letsatsi la ho fela", nationality="Bochaba", pob="Sebaka sa tswalo", issue="Letsatsi la ho fanwa",
                authority="Bolaodi", docno="Nomoro ya phasepoto", cardno="Nomoro ya karete", type="Mofuta",
                code="Khoutu", card="KARETE YA BOITSEBISO", passport="PHASEPOTO"),
    "NGA": dict(surname="Orukọ idile", given="Orukọ", id="Nọmba idanimọ", dob="Ọjọ ibi", sex="Akọ/Abo",
                expiry="Ọjọ ipari", nationality="Ọmọ orilẹ-ede", pob="Ibi ti a bi si", issue="Ọjọ ifunni",
                authority="Alaṣẹ", docno="Nọmba iwe irinna", cardno="Nọmba kaadi", type="Iru", code="Koodu",
                card="KAADI IDANIMỌ ORILẸ-EDE", passport="IWE IRINNA"),
    "KEN": dict(surname="Jina la mwisho", given="Majina ya kwanza", id="Nambari ya utambulisho",
                dob="Tarehe ya kuzaliwa", sex="Jinsia", expiry="Halali hadi", nationality="Uraia",
                pob="Mahali alipozaliwa", issue="Tarehe ya kutolewa", authority="Mamlaka",
                docno="Nambari ya pasipoti", cardno="Nambari ya kadi", type="Aina", code="Msimbo",
                card="KITAMBULISHO CHA MTU", passport="PASIPOTI"),
    "GHA": dict(surname="Ƒomeŋkɔ", given="Ŋkɔ bubuwo", id="Dzesidenɔmba", dob="Dzigbeŋkeke", sex="Ŋutsu/Nyɔnu",
                expiry="Ŋkeke si wòwu nu", nationality="Dukɔ", pob="Afi si wodzii le", issue="Ŋkeke si wona",
                authority="Dziɖuɖu", docno="Mɔzɔgbalẽ ƒe nɔmba", cardno="Kard ƒe nɔmba", type="Ƒomevi",
                code="Dzesi", card="DUKƆ ƑE DZESIDAGBALẼ", passport="MƆZƆGBALẼ"),
    "UGA": dict(surname="Erinnya ly'ekika", given="Amannya amalala", id="Ennamba y'endagamuntu",
                dob="Ennaku z'okuzaalibwa", sex="Ekikula", expiry="Ekiseera kiggwaako", nationality="Obutuuze",
                pob="Ekifo w'azaalibwa", issue="Lwe yaweebwa", authority="Ekitongole", docno="Ennamba ya paasipooti",
                cardno="Ennamba ya kaadi", type="Ekika", code="Koodi", card="ENDAGAMUNTU Y'EGGWANGA",
                passport="PAASIPOOTI"),
}
# Leathers for `wallet`: dark brown, black, tan, burgundy, navy; and thread to match.
LEATHERS = [((78, 46, 28), (196, 164, 118)), ((40, 36, 34), (150, 140, 126)), ((146, 92, 50), (236, 214, 170)),
            ((94, 30, 36), (210, 180, 150)), ((34, 46, 70), (190, 180, 160))]


# ---------------------------------------------------------------------------------------------
# Drawn shapes shared by both families

def coat_of_arms(draw, cx, cy, s, ink, fill=None, width=2):
    """A coat of arms drawn in shapes: a shield (a band and water inside, a star on top), a
    crest star above it, two palm-frond supporters and a motto ribbon under it; `s` is half its
    height. With `fill`, the shapes are solid (for masks)."""
    def shield_outline():
        points = [(cx - 0.42 * s, cy - 0.5 * s), (cx + 0.42 * s, cy - 0.5 * s)]
        for t in np.linspace(0, 1, 14):  # the right side curving into the point
            points.append((cx + 0.42 * s * (1 - t ** 2), cy + 0.1 * s + 0.52 * s * t))
        for t in np.linspace(1, 0, 14):
            points.append((cx - 0.42 * s * (1 - t ** 2), cy + 0.1 * s + 0.52 * s * t))
        return points
    shield = shield_outline()
    draw.polygon(shield, fill=fill, outline=ink, width=width)
    line = ink if fill is None else 0
    draw.line((cx - 0.42 * s, cy - 0.12 * s, cx + 0.42 * s, cy - 0.12 * s), fill=line, width=width)
    waves = [(cx - 0.34 * s + 0.68 * s * t, cy + 0.2 * s + 0.05 * s * math.sin(t * 4 * math.pi)) for t in np.linspace(0, 1, 20)]
    draw.line(waves, fill=line, width=width)

    def star(x, y, r):
        return [(x + (r if k % 2 == 0 else r * 0.42) * math.sin(k * math.pi / 5),
                 y - (r if k % 2 == 0 else r * 0.42) * math.cos(k * math.pi / 5)) for k in range(10)]
    draw.polygon(star(cx, cy - 0.31 * s, 0.13 * s), fill=line if fill is None else 0, outline=line)
    draw.polygon(star(cx, cy - 0.78 * s, 0.17 * s), fill=fill if fill is not None else ink, outline=ink)
    for side in (-1, 1):  # palm fronds: a curved stem with leaflets
        stem = [(cx + side * (0.5 * s + 0.22 * s * math.sin(t * math.pi * 0.9)), cy + 0.55 * s - 1.2 * s * t)
                for t in np.linspace(0, 1, 16)]
        draw.line(stem, fill=ink, width=width)
        for k, (x, y) in enumerate(stem[2:], 2):
            length = 0.2 * s * (1 - abs(k - 9) / 10)
            draw.line((x, y, x + side * length, y - length * 0.6), fill=ink, width=max(1, width - 1))
            draw.line((x, y, x - side * length * 0.5, y - length * 0.7), fill=ink, width=max(1, width - 1))
    ribbon_top = [(cx - 0.72 * s + 1.44 * s * t, cy + 0.72 * s + 0.14 * s * math.sin(t * math.pi)) for t in np.linspace(0, 1, 20)]
    ribbon = ribbon_top + [(x, y + 0.14 * s) for x, y in reversed(ribbon_top)]
    draw.polygon(ribbon, fill=fill, outline=ink, width=width)
    for side in (-1, 1):  # the ribbon's forked ends
        x = cx + side * 0.72 * s
        draw.polygon([(x, cy + 0.72 * s), (x + side * 0.16 * s, cy + 0.7 * s), (x + side * 0.08 * s, cy + 0.8 * s),
                      (x + side * 0.16 * s, cy + 0.9 * s), (x, cy + 0.86 * s)], fill=fill, outline=ink)


def rainbow(xx, yy, scale, offset=0.0):
    hue = (xx + yy) / scale + offset
    return np.stack([np.sin(hue), np.sin(hue + 2.1), np.sin(hue + 4.2)], axis=2)


def blend_region(image, box, layer, alpha):
    """`layer` (an RGB array the size of `box`) over `image` with the per-pixel `alpha` (H×W)."""
    x0, y0, x1, y1 = box
    region = np.asarray(image.crop(box), float)
    a = alpha[:, :, None]
    image.paste(Image.fromarray(np.clip(region * (1 - a) + layer * a, 0, 255).astype(np.uint8)), (x0, y0))


def rounded_paste(image, photo, xy, radius):
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, photo.width - 1, photo.height - 1), radius=radius, fill=255)
    image.paste(photo, xy, mask)


# ---------------------------------------------------------------------------------------------
# `polycarbonate`

def latent_background(rng, size, color, name, clear_from=None):
    """Fine wavy horizontal hairlines, 4 px apart, whose phase shifts by half a period inside a
    large hidden coat of arms (a line-modulated latent image), over a tint that deepens from a
    pale middle to the issuer's colour at the edges, with rules of microtext; below `clear_from`
    (a y) everything fades to a clear pale ground, for the MRZ."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width]
    cx, cy = width * rng.uniform(0.4, 0.6), height * rng.uniform(0.4, 0.6)
    r = np.sqrt(((xx - cx) / width) ** 2 + ((yy - cy) / height) ** 2)
    t = np.clip(0.15 + 1.3 * r, 0, 1)[:, :, None]
    pale = np.array([248, 248, 244], float)
    pixels = pale * (1 - t) + np.array(color, float) * t
    mask = Image.new("L", size, 0)
    coat_of_arms(ImageDraw.Draw(mask), width * rng.uniform(0.55, 0.7), height * 0.55, height * 0.42, 255, fill=255, width=4)
    inside = np.asarray(mask, float) > 128
    period, amplitude, phase = rng.uniform(50, 80), rng.uniform(1.5, 2.6), rng.uniform(0, 6.28)
    wavy = yy + amplitude * np.sin(xx / period + phase) + 2 * inside
    line = (np.floor(wavy) % 4 == 0)[:, :, None]
    ink = np.array(shifted(color, -40), float)
    pixels = np.where(line, pixels * 0.62 + ink * 0.38, pixels)
    if clear_from is not None:
        fade = np.clip((yy - clear_from) / 36.0, 0, 1)[:, :, None]
        pixels = pixels * (1 - fade) + pale * fade
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    micro = ImageFont.truetype(CONDENSED_OBLIQUE, 7)
    text = (name.replace(" ", "") + " ") * 40
    for y in range(rng.randint(150, 190), height if clear_from is None else clear_from - 20, 118):
        draw.text((-rng.uniform(0, 40), y), text, font=micro, fill=shifted(color, -55))
    return image


def poly_header(image, spec, width, height, subtitle, title_font):
    """A dark strip in the issuer's colour, finely pinstriped, with the gold arms, the title and
    the subtitle in white, and the contactless symbol at the right."""
    draw = ImageDraw.Draw(image)
    dark = tuple(int(c * 0.62) for c in ACCENT[spec["alpha3"]])
    for y in range(height):
        draw.line((0, y, image.width, y), fill=shifted(dark, int(22 * (1 - y / height))))
    for x in range(-height, image.width, 7):
        draw.line((x, height, x + height, 0), fill=shifted(dark, 12), width=1)
    coat_of_arms(draw, 58, height * 0.47, height * 0.42, GOLD)
    draw.text((112, 10), spec["title"], font=font(title_font), fill=(255, 255, 255))
    draw.text((114, 54), subtitle, font=ImageFont.truetype(CONDENSED_OBLIQUE, 17), fill=(228, 232, 236))
    contactless(draw, width - 60, height // 2, 22, (240, 240, 240))


def contactless(draw, cx, cy, r, ink, width=2):
    """The e-document symbol: a circle between two bars in a rounded rectangle."""
    draw.rounded_rectangle((cx - r * 1.3, cy - r, cx + r * 1.3, cy + r), radius=r * 0.25, outline=ink, width=width)
    draw.line((cx - r * 1.05, cy - r * 0.55, cx + r * 1.05, cy - r * 0.55), fill=ink, width=width)
    draw.line((cx - r * 1.05, cy + r * 0.55, cx + r * 1.05, cy + r * 0.55), fill=ink, width=width)
    draw.ellipse((cx - r * 0.36, cy - r * 0.36, cx + r * 0.36, cy + r * 0.36), outline=ink, width=width)


def poly_field(draw, x, y, key, value, family, local, value_size=None, ink=(30, 32, 38)):
    """A `polycarbonate` field: the English caption in small capitals, the issuer's language in
    small obliques under it, then the value in the engraved monospaced face."""
    path, size = family["label_font"]
    draw_small_caps(draw, x, y + size, family["labels"][key], path, size, (70, 78, 96))
    draw.text((x, y + size + 3), local[key], font=ImageFont.truetype(CONDENSED_OBLIQUE, size - 2), fill=(112, 100, 84))
    value_font = ImageFont.truetype(family["value_font"][0], value_size or family["value_font"][1])
    draw.text((x, y + 2 * size + 8), value, font=value_font, fill=ink)


def line_ghost(image, photo, box, ink):
    """The ghost image as laser lines: horizontal lines 3 px apart, thicker where the face is
    darker, faded into the ground, in a thin rounded frame."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    grey = np.asarray(photo.convert("L").resize((w, h), Image.LANCZOS), float) / 255
    frac = ((np.arange(h)[:, None] % 3) + 0.5) / 3
    on = (frac < (1 - grey) * 0.95 + 0.08).astype(float) * 0.5
    blend_region(image, box, np.broadcast_to(np.array(ink, float), (h, w, 3)), on)
    ImageDraw.Draw(image).rounded_rectangle((x0 - 5, y0 - 5, x1 + 4, y1 + 4), radius=8, outline=shifted(ink, 60), width=1)


def ovd_patch(image, box, spec):
    """An iridescent patch (a kinegram) with the arms in it: rainbow bands turning across it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    yy, xx = np.mgrid[0:h, 0:w]
    layer = rainbow(xx * 1.6, yy, 14) * 55 + 185
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=14, fill=120)
    coat_of_arms(draw, w / 2, h * 0.5, h * 0.42, 230, width=2)
    blend_region(image, box, layer, np.asarray(mask.filter(ImageFilter.GaussianBlur(0.5)), float) / 255 * 0.7)


def polycarbonate_page(rng, truth, spec, family, kind, portrait_of):
    size = (1250, 880) if kind == "passport" else (1012, 638)
    width, height = size
    card, alpha3 = kind == "id_card", spec["alpha3"]
    local = POLY_LOCAL[alpha3]
    mrz = family["passport_mrz"]
    clear_from = None if card else mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2 - 36
    image = latent_background(rng, size, spec["color"], spec["name"], clear_from)
    what = "card" if card else "passport"
    poly_header(image, spec, width, 92, f"{'NATIONAL IDENTITY CARD' if card else 'PASSPORT'}  /  {local[what]}",
                family["title_font"])
    draw = ImageDraw.Draw(image)
    flag_band(draw, alpha3, width, 92, 6)
    values = tenth_values(truth, spec, family)
    # The colour portrait with rounded corners on the left, the signature under it.
    photo_w = 232 if card else 280
    photo_h = int(photo_w * 1.28)
    photo_x, photo_y = (34, 116) if card else (40, 118)
    photo = portrait_of((photo_w, photo_h))
    draw.rounded_rectangle((photo_x - 3, photo_y - 3, photo_x + photo_w + 2, photo_y + photo_h + 2), radius=14,
                           fill=(250, 250, 248))
    rounded_paste(image, photo, (photo_x, photo_y), 12)
    scribble(draw, rng, photo_x + 16, photo_y + photo_h + 10, photo_w - 60, 40, (28, 30, 64))
    draw_small_caps(draw, photo_x, photo_y + photo_h + 66, "Holder's Signature", family["label_font"][0], 12, (70, 78, 96))
    ink = (30, 32, 38)
    if card:
        x0, x1, top, step = 296, 596, 110, 76
        rows = [[("surname", x0)], [("given", x0)], [("dob", x0), ("sex", x1)], [("nationality", x0), ("expiry", x1)],
                [("pob", x0), ("issue", x1)]]
        for index, row in enumerate(rows):
            for key, x in row:
                poly_field(draw, x, top + index * step, key, values[key], family, local)
        # The ID number large along the bottom, the card number beside it.
        poly_field(draw, 34, 500, "id", values["id"], family, local, 36, ink=shifted(ACCENT[alpha3], -40))
        number = truth["fields"]["document_number"]
        if number:
            poly_field(draw, 640, 500, "cardno", number, family, local, 26)
        line_ghost(image, photo, (888, 114, 982, 234), shifted(ACCENT[alpha3], -20))
        ovd_patch(image, (878, 262, 986, 372), spec)
        return image
    values["authority"] = AUTHORITIES[alpha3][1]
    x0, top, step = 356, 110, 76
    rows = [[("type", x0), ("code", x0 + 110), ("docno", x0 + 290)], [("surname", x0)], [("given", x0)],
            [("nationality", x0), ("sex", x0 + 330)], [("dob", x0), ("pob", x0 + 330)], [("issue", x0), ("expiry", x0 + 330)],
            [("authority", x0)]]
    for index, row in enumerate(rows):
        for key, x in row:
            poly_field(draw, x, top + index * step, key, values[key], family, local)
    line_ghost(image, photo, (1092, 114, 1204, 258), shifted(ACCENT[alpha3], -20))
    ovd_patch(image, (1080, 300, 1210, 430), spec)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def fingerprint(draw, cx, cy, r, ink):
    for k in range(2, 9):
        rr = r * k / 8
        draw.arc((cx - rr * 0.8, cy - rr, cx + rr * 0.8, cy + rr), 200 - k * 4, 340 + k * 6, fill=ink, width=2)
        draw.arc((cx - rr * 0.8, cy - rr * 0.9, cx + rr * 0.8, cy + rr * 1.05), 20, 150 - k * 5, fill=ink, width=2)


def icon_row(draw, x, y, size, ink):
    """Icons printed on the back: the e-document symbol, a fingerprint, the chip, contactless
    waves, tactile dots; each in a thin rounded square."""
    gap = size + 26
    for k in range(5):
        draw.rounded_rectangle((x + k * gap, y, x + k * gap + size, y + size), radius=10, outline=ink, width=2)
    c = size / 2
    contactless(draw, x + c, y + c, size * 0.26, ink)
    fingerprint(draw, x + gap + c, y + c, size * 0.38, ink)
    contact_chip(draw, x + 2 * gap + size * 0.16, y + size * 0.22, size * 0.68, size * 0.56)
    for k in range(1, 4):
        rr = size * 0.12 * k
        draw.arc((x + 3 * gap + size * 0.3 - rr, y + c - rr, x + 3 * gap + size * 0.3 + rr, y + c + rr), -50, 50,
                 fill=ink, width=3)
    for i in range(2):
        for j in range(3):
            px, py = x + 4 * gap + size * (0.38 + 0.24 * i), y + size * (0.28 + 0.22 * j)
            if (i + j) % 3 != 2:
                draw.ellipse((px - 4, py - 4, px + 4, py + 4), fill=ink)


def linear_barcode(draw, rng, x, y, width, height, ink=(22, 22, 26)):
    """A Code 128-like linear barcode: bars and spaces of one to four modules between fixed ends."""
    module = 2
    cx = x
    for w in [2, 1, 1, 2, 3, 2]:
        draw.rectangle((cx, y, cx + w * module - 1, y + height), fill=ink)
        cx += 2 * w * module
    bar = True
    while cx < x + width - 30:
        w = rng.choice([1, 1, 2, 2, 3, 4])
        if bar:
            draw.rectangle((cx, y, cx + w * module - 1, y + height), fill=ink)
        cx += w * module
        bar = not bar
    for w in [2, 3, 3, 1, 1, 1, 2]:
        draw.rectangle((cx, y, cx + w * module - 1, y + height), fill=ink)
        cx += 2 * w * module


def polycarbonate_back(rng, truth, spec, family):
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    local = POLY_LOCAL[alpha3]
    mrz = family["card_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3
    image = latent_background(rng, size, spec["color"], spec["name"], mrz_top - 30)
    draw = ImageDraw.Draw(image)
    dark = tuple(int(c * 0.62) for c in ACCENT[alpha3])
    draw.rectangle((0, 0, width, 34), fill=dark)
    draw.text((34, 7), f"{spec['title']}  ·  {local['card']}", font=ImageFont.truetype(CONDENSED_OBLIQUE, 16),
              fill=(236, 236, 236))
    values = tenth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[alpha3][0]
    poly_field(draw, 40, 52, "issue", values["issue"], family, local)
    poly_field(draw, 40, 128, "authority", values["authority"], family, local)
    coat_of_arms(draw, 850, 122, 76, shifted(spec["color"], -60))
    icon_row(draw, 40, 214, 56, shifted(ACCENT[alpha3], -30))
    number = truth["fields"]["document_number"]
    linear_barcode(draw, rng, 40, 296, 540, 66)
    draw.text((44, 368), " ".join(number), font=ImageFont.truetype(family["value_font"][0], 15), fill=(30, 32, 38))
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    small = ImageFont.truetype(CONDENSED_OBLIQUE, 12)
    words, line, y = notice.split(), "", 290
    for word in words + [None]:  # the notice wrapped beside the barcode
        if word is None or draw.textlength(line + " " + word, font=small) > 340:
            draw.text((630, y), line.strip(), font=small, fill=(70, 76, 90))
            line, y = word or "", y + 16
        else:
            line += " " + word
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `wallet`

def watermark_ground(rng, size, color, word):
    """A pale ground of fine vertical hairlines that wave sideways, the country's name large and
    diagonal across it as a watermark, a faint rosette behind the title's emblem."""
    width, height = size
    ground = tuple((2 * c + 252) // 3 for c in color)
    yy, xx = np.mgrid[0:height, 0:width]
    pixels = np.array(ground, float) + np.linspace(6, -6, height)[:, None, None]
    period, amplitude = rng.uniform(60, 110), rng.uniform(2, 3.5)
    wavy = xx + amplitude * np.sin(yy / period + xx / 300)
    line = (np.floor(wavy) % 6 == 0)[:, :, None]
    pixels = np.where(line, pixels - 16, pixels)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    layer = Image.new("L", (int(width * 1.4), int(height * 0.7)), 0)
    f = ImageFont.truetype(CALADEA_BOLD_ITALIC, int(height * 0.3))
    lw = ImageDraw.Draw(layer).textlength(word, font=f)
    if lw > layer.width * 0.9:
        f = ImageFont.truetype(CALADEA_BOLD_ITALIC, int(height * 0.3 * layer.width * 0.9 / lw))
        lw = ImageDraw.Draw(layer).textlength(word, font=f)
    ImageDraw.Draw(layer).text(((layer.width - lw) / 2, layer.height * 0.15), word, font=f, fill=255)
    layer = layer.rotate(rng.uniform(22, 32), expand=True, resample=Image.BICUBIC)
    full = Image.new("L", size, 0)
    full.paste(layer, ((width - layer.width) // 2 + rng.randint(-30, 30), (height - layer.height) // 2 + rng.randint(-20, 20)))
    tint = Image.new("RGB", size, shifted(ground, -22))
    image.paste(tint, (0, 0), full.point(lambda v: v * 0.55))
    return image


def laminate_sheen(rng, image, keep_below=None):
    """A laminate's sheen: a bright diagonal band across the page in which the laminate's own
    pattern (small repeated roundels) shows; it stops short of `keep_below` (a y), the MRZ."""
    width, height = image.size
    yy, xx = np.mgrid[0:height, 0:width]
    a = rng.uniform(0.55, 0.95)
    d = (xx * math.cos(a) - yy * math.sin(a)) / width - rng.uniform(0.05, 0.45)
    band = rng.uniform(0.16, 0.24) * np.exp(-(d / rng.uniform(0.08, 0.13)) ** 2)
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    for row, y in enumerate(range(20, height, 64)):
        for x in range((row % 2) * 40, width, 80):
            emblem(draw, x, y, 16, 255, 1)
    pattern = np.asarray(mask.filter(ImageFilter.GaussianBlur(0.6)), float) / 255
    if keep_below is not None:
        band = band * np.clip((keep_below - yy) / 40.0, 0, 1)
    pixels = np.asarray(image, float)
    pixels = pixels * (1 - band[:, :, None]) + 255 * band[:, :, None]
    pixels += (band * pattern * 85)[:, :, None] * np.array([0.9, 0.85, 0.55])
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def wallet_field(draw, x, y, number, key, value, family, value_font):
    path, size = family["label_font"]
    draw.text((x, y), f"{number}. {family['labels'][key]}", font=ImageFont.truetype(path, size), fill=(78, 72, 86))
    draw.text((x, y + size + 6), value, font=value_font, fill=(16, 16, 24))


def wallet_header(draw, spec, width, subtitle, family, x):
    accent = ACCENT[spec["alpha3"]]
    title = spec["title"].title().replace(" Of ", " of ").replace(" The ", " the ")
    draw.text((x, 18), title, font=font(family["title_font"]), fill=shifted(accent, -20))
    draw.text((x + 2, 58), subtitle, font=ImageFont.truetype(BOOKMAN_LIGHT_ITALIC, 18), fill=(64, 60, 72))
    emblem(draw, width - 70, 52, 34, shifted(accent, -10))
    draw.line((x, 90, width - 120, 90), fill=shifted(accent, 40), width=2)
    draw.line((x, 95, width - 120, 95), fill=shifted(accent, 80), width=1)


def wallet_card(rng, truth, spec, family, portrait_of):
    """The card's front, flat (it goes into the wallet's window after)."""
    size = (1012, 638)
    width, height = size
    image = watermark_ground(rng, size, spec["color"], spec["name"])
    draw = ImageDraw.Draw(image)
    wallet_header(draw, spec, width, "National Identity Card / Carte nationale d'identité", family, 36)
    values = tenth_values(truth, spec, family)
    photo_w, photo_h = 214, 274
    photo = portrait_of((photo_w, photo_h))
    draw.rectangle((33, 109, 36 + photo_w + 2, 112 + photo_h + 2), outline=(120, 116, 126), width=1)
    image.paste(photo, (36, 112))
    scribble(draw, rng, 48, 396, 170, 42, (24, 30, 90))
    draw.text((36, 452), "Signature of holder /", font=ImageFont.truetype(BOOKMAN_LIGHT_ITALIC, 13), fill=(96, 90, 100))
    draw.text((36, 469), "Signature du titulaire", font=ImageFont.truetype(BOOKMAN_LIGHT_ITALIC, 13), fill=(96, 90, 100))
    value_font = font(family["value_font"])
    x0, x1, top, step = 284, 620, 108, 72
    rows = [[("surname", x0)], [("given", x0)], [("dob", x0), ("sex", x1)], [("nationality", x0), ("expiry", x1)],
            [("id", x0)]]
    number = 1
    for index, row in enumerate(rows):
        for key, x in row:
            wallet_field(draw, x, top + index * step, number, key, values[key], family, value_font)
            number += 1
    card_number = truth["fields"]["document_number"]
    if card_number:
        wallet_field(draw, x0, top + 5 * step, number, "cardno", card_number, family, value_font)
    return laminate_sheen(rng, image)


def wallet_card_back(rng, truth, spec, family):
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    image = watermark_ground(rng, size, spec["color"], spec["name"])
    draw = ImageDraw.Draw(image)
    values = tenth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[alpha3][0]
    value_font = ImageFont.truetype(family["value_font"][0], 28)
    first = 9 if truth["fields"]["document_number"] else 8  # after the front's seven fields and card number
    for index, key in enumerate(["pob", "issue", "authority"]):
        wallet_field(draw, 40, 30 + index * 66, first + index, key, values[key], family, value_font)
    # A left thumbprint in a frame, the notice and the registrar's signature.
    fx, fy = width - 210, 28
    draw.rounded_rectangle((fx, fy, fx + 160, fy + 190), radius=12, outline=(90, 86, 100), width=2)
    for k in range(3, 21):
        angles = np.linspace(0, 2 * math.pi, 80)
        r = k * 3.5 + 1.4 * np.sin(6 * angles + k * 0.7)
        draw.line(list(zip(fx + 80 + 0.8 * r * np.cos(angles), fy + 96 + r * np.sin(angles))), fill=(70, 66, 80), width=2)
    small = ImageFont.truetype(BOOKMAN_LIGHT_ITALIC, 14)
    draw.text((fx + 16, fy + 196), "Left thumb / Pouce gauche", font=ImageFont.truetype(BOOKMAN_LIGHT_ITALIC, 12),
              fill=(78, 72, 86))
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    words, line, y = notice.split(), "", 248
    for word in words + [None]:
        if word is None or draw.textlength(line + " " + word, font=small) > 560:
            draw.text((40, y), line.strip(), font=small, fill=(78, 72, 86))
            line, y = word or "", y + 20
        else:
            line += " " + word
    scribble(draw, rng, 680, 280, 200, 40, (24, 30, 90))
    draw.line((660, 340, 930, 340), fill=(90, 86, 100), width=1)
    draw.text((660, 346), "Registrar / Officier de l'état civil", font=small, fill=(78, 72, 86))
    mrz = family["card_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3
    image = laminate_sheen(rng, image, mrz_top - 10)
    draw_mrz(ImageDraw.Draw(image), truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def wallet_passport_page(rng, truth, spec, family, portrait_of):
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    image = watermark_ground(rng, size, spec["color"], spec["name"])
    draw = ImageDraw.Draw(image)
    wallet_header(draw, spec, width, "Passport / Passeport", family, 48)
    values = tenth_values(truth, spec, family)
    values["authority"] = AUTHORITIES[alpha3][1]
    photo_w, photo_h = 280, 360
    photo = portrait_of((photo_w, photo_h))
    draw.rectangle((45, 113, 48 + photo_w + 2, 116 + photo_h + 2), outline=(120, 116, 126), width=1)
    image.paste(photo, (48, 116))
    scribble(draw, rng, 64, 490, 220, 46, (24, 30, 90))
    draw.text((48, 552), "Holder's signature / Signature du titulaire", font=ImageFont.truetype(BOOKMAN_LIGHT_ITALIC, 14),
              fill=(96, 90, 100))
    value_font = font(family["value_font"])
    x0, top, step = 370, 108, 72
    rows = [[("type", x0), ("code", x0 + 180), ("docno", x0 + 380)], [("surname", x0)], [("given", x0)],
            [("nationality", x0)], [("dob", x0), ("sex", x0 + 420)], [("pob", x0), ("issue", x0 + 420)],
            [("authority", x0), ("expiry", x0 + 420)]]
    number = 1
    for index, row in enumerate(rows):
        for key, x in row:
            wallet_field(draw, x, top + index * step, number, key, values[key], family, value_font)
            number += 1
    mrz = family["passport_mrz"]
    mrz_top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2
    image = laminate_sheen(rng, image, mrz_top - 14)
    draw_mrz(ImageDraw.Draw(image), truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def leather(rng, size, base):
    """Pebble-grained leather: a cellular grain at two scales, a broad sheen, fine noise."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))

    def smooth(cells):
        coarse = Image.fromarray(noise.normal(0, 1, (height // cells + 2, width // cells + 2)).astype(np.float32), mode="F")
        return np.asarray(coarse.resize((width + 2 * cells, height + 2 * cells), Image.BICUBIC), float)[cells:cells + height, cells:cells + width]
    grain = np.abs(smooth(5)) * 0.6 + np.abs(smooth(11)) * 0.4
    yy, xx = np.mgrid[0:height, 0:width]
    sheen = 0.1 * np.cos(2 * math.pi * (xx / width * 0.6 + yy / height * 0.4 + rng.uniform(0, 1)))
    light = 1.05 - 0.16 * grain + sheen
    pixels = np.array(base, float)[None, None, :] * light[:, :, None] + noise.normal(0, 2.5, (height, width, 1))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def stitches(draw, box, thread, radius=0, dash=8, gap=5):
    """A line of stitches round `box`: short dashes of thread with a shadow under each."""
    x0, y0, x1, y1 = box
    perimeter = []
    for (ax, ay), (bx, by) in [((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))]:
        length = math.hypot(bx - ax, by - ay)
        t = 0.0
        while t + dash < length:
            sx, sy = ax + (bx - ax) * t / length, ay + (by - ay) * t / length
            ex, ey = ax + (bx - ax) * (t + dash) / length, ay + (by - ay) * (t + dash) / length
            perimeter.append((sx, sy, ex, ey))
            t += dash + gap
    for sx, sy, ex, ey in perimeter:
        draw.line((sx + 1, sy + 2, ex + 1, ey + 2), fill=(20, 16, 14), width=2)
        draw.line((sx, sy, ex, ey), fill=thread, width=2)


def card_mask(size, radius=34):
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=radius, fill=255)
    return mask


def card_in_window(rng, card):
    """The card seen through a leather wallet's clear window: the leather over its edges by a
    few pixels, a thumb notch cut into the leather at the right showing the card's edge and the
    dark lining beyond it; the plastic a little hazy; stitching round the window and the wallet."""
    base, thread = rng.choice(LEATHERS)
    margin, lap = 66, 7
    width, height = card.width + 2 * margin, card.height + 2 * margin
    inside = Image.new("RGB", (width, height), shifted(base, -46))  # the pocket's lining
    hazy = Image.blend(card, Image.new("RGB", card.size, (236, 240, 244)), 0.07)
    inside.paste(hazy, (margin, margin), card_mask(card.size))
    wallet = leather(rng, (width, height), base)
    draw = ImageDraw.Draw(wallet)
    stitches(draw, (margin - 16, margin - 16, margin + card.width + 16, margin + card.height + 16), thread)
    stitches(draw, (12, 12, width - 12, height - 12), thread)
    draw.text((width / 2 - 58, height - 44), "GENUINE LEATHER", font=ImageFont.truetype(BOOKMAN_LIGHT_ITALIC, 13),
              fill=shifted(base, -28))
    window = (margin + lap, margin + lap, margin + card.width - lap, margin + card.height - lap)
    notch_x, notch_y, notch_r = margin + card.width - lap, margin + card.height * rng.uniform(0.35, 0.65), 46
    opening = Image.new("L", (width, height), 0)
    od = ImageDraw.Draw(opening)
    od.rounded_rectangle(window, radius=26, fill=255)
    od.ellipse((notch_x - notch_r, notch_y - notch_r, notch_x + notch_r, notch_y + notch_r), fill=255)
    wallet.paste(inside, (0, 0), opening)
    # The leather's cut edge: a shade along the window's top and left, a light rim at the bottom.
    edge = Image.new("L", (width, height), 0)
    ImageDraw.Draw(edge).rounded_rectangle(window, radius=26, outline=255, width=3)
    ImageDraw.Draw(edge).arc((notch_x - notch_r, notch_y - notch_r, notch_x + notch_r, notch_y + notch_r), -90, 90,
                             fill=255, width=3)
    wallet.paste(Image.new("RGB", (width, height), shifted(base, -50)), (0, 0), edge.filter(ImageFilter.GaussianBlur(1)))
    return wallet


def card_on_wallet(rng, card):
    """The card's back lying a little askew on the open wallet, over its card slots, with a soft
    shadow under it."""
    base, thread = rng.choice(LEATHERS)
    margin = 74
    width, height = card.width + 2 * margin, card.height + 2 * margin
    wallet = leather(rng, (width, height), base)
    draw = ImageDraw.Draw(wallet)
    fold = width * rng.uniform(0.46, 0.54)
    draw.line((fold, 0, fold, height), fill=shifted(base, -36), width=3)
    for k in range(4):  # card slots on both panels, one above the other
        y = 60 + k * 46
        for x0, x1 in ((26, fold - 18), (fold + 18, width - 26)):
            draw.line((x0, y, x1, y + 8), fill=shifted(base, -30), width=3)
            draw.line((x0, y + 3, x1, y + 11), fill=shifted(base, 26), width=1)
    stitches(draw, (12, 12, width - 12, height - 12), thread)
    angle = rng.uniform(-2.5, 2.5)
    mask = card_mask(card.size).rotate(angle, expand=True, resample=Image.BICUBIC)
    turned = card.rotate(angle, expand=True, resample=Image.BICUBIC)
    x, y = (width - turned.width) // 2 + rng.randint(-10, 10), (height - turned.height) // 2 + rng.randint(-8, 8)
    shadow = Image.new("L", (width, height), 0)
    shadow.paste(mask, (x + 7, y + 9))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8)).point(lambda v: v * 0.6)
    wallet.paste(Image.new("RGB", (width, height), (10, 8, 6)), (0, 0), shadow)
    wallet.paste(turned, (x, y), mask)
    return wallet


def passport_in_wallet(rng, page, spec):
    """The passport open in a leather passport cover: the facing observations page above the
    spine, the booklet's own cover showing a little round the pages, the wallet's sleeves over
    the cover's ends, stitching round them."""
    base, thread = rng.choice(LEATHERS)
    width, height = page.size
    shown, cover, margin = 210, 10, 54
    total_w, total_h = width + 2 * (cover + margin), shown + height + 2 * (cover + margin)
    wallet = leather(rng, (total_w, total_h), base)
    draw = ImageDraw.Draw(wallet)
    left, top = margin + cover, margin + cover
    draw.rectangle((margin, margin, total_w - margin, total_h - margin), fill=DARK[spec["alpha3"]])
    facing = watermark_ground(rng, (width, shown), spec["color"], "")
    fd = ImageDraw.Draw(facing)
    f = ImageFont.truetype(BOOKMAN_LIGHT_ITALIC, 20)
    fd.text((60, 26), "Observations / Observations", font=f, fill=(90, 84, 96))
    for k in range(4):
        fd.line((60, 74 + k * 34, width - 60, 74 + k * 34), fill=(176, 172, 180), width=1)
    fd.text((width / 2 - 6, shown - 36), str(rng.randint(2, 5)), font=f, fill=(120, 116, 126))
    wallet.paste(facing, (left, top))
    wallet.paste(page, (left, top + shown))
    pixels = np.asarray(wallet, float).copy()
    spine = top + shown
    yy = np.arange(total_h)[:, None]
    depth = 0.5 * np.exp(-np.abs(yy - spine) / 8.0) + 0.1 * np.exp(-np.clip(yy - spine, 0, None) / 60.0) * (yy >= spine)
    inner = slice(top, total_h - top)
    pixels[inner, left:total_w - left] *= (1 - depth[inner])[:, :, None]
    wallet = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(wallet)
    for k in range(3):  # the edges of the pages under the data page
        for x in (left - 3 - 2 * k, total_w - left + 2 + 2 * k):
            draw.line((x, spine + 8, x, total_h - top + 1 + k), fill=(224, 222, 212))
    # The wallet's sleeves over the ends of the booklet's cover, their edges shaded.
    for y0, y1, edge in ((0, margin + 6, margin + 6), (total_h - margin - 6, total_h, total_h - margin - 6)):
        part = leather(rng, (total_w, y1 - y0), shifted(base, 8))
        wallet.paste(part, (0, y0))
        draw.line((0, edge, total_w, edge), fill=shifted(base, -50), width=3)
        stitches(draw, (14, y0 + 12, total_w - 14, y1 - 12), thread)
    stitches(draw, (12, 12, total_w - 12, total_h - 12), thread)
    return wallet


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "polycarbonate":
        return polycarbonate_page(rng, truth, spec, family, kind, portrait_of)
    if kind == "passport":
        return passport_in_wallet(rng, wallet_passport_page(rng, truth, spec, family, portrait_of), spec)
    return card_in_window(rng, wallet_card(rng, truth, spec, family, portrait_of))


def render_back(rng, truth, spec, family):
    if family["style"] == "polycarbonate":
        return polycarbonate_back(rng, truth, spec, family)
    return card_on_wallet(rng, wallet_card_back(rng, truth, spec, family))


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on, and their capture conditions

TERRAZZO = [((214, 210, 200), [(120, 118, 112), (60, 58, 56), (178, 150, 120), (236, 234, 228)]),
            ((88, 92, 90), [(200, 198, 190), (40, 40, 42), (140, 120, 96), (170, 176, 172)]),
            ((196, 178, 156), [(110, 84, 60), (232, 222, 204), (70, 66, 62), (160, 100, 76)])]


def surface(rng, name, size):
    """A terrazzo counter (as in a bank or office): stone chips of a few colours set in a ground,
    polished, with the room's light along it."""
    assert name == "terrazzo", name
    width, height = size
    ground, chips = rng.choice(TERRAZZO)
    image = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(image)
    for _ in range(width * height // 500):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(2, 11)
        corners = rng.randint(4, 7)
        turn = rng.uniform(0, 6.28)
        points = [(x + r * rng.uniform(0.6, 1.1) * math.cos(turn + k * 2 * math.pi / corners),
                   y + r * rng.uniform(0.6, 1.1) * math.sin(turn + k * 2 * math.pi / corners)) for k in range(corners)]
        draw.polygon(points, fill=rng.choice(chips))
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    yy, xx = np.mgrid[0:height, 0:width]
    light = 1 + 0.12 * np.cos(2 * math.pi * (xx / width * 0.5 + yy / height * 0.3 + rng.uniform(0, 1)))
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(0.8)), float) * light[:, :, None]
    pixels += noise.normal(0, 3, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def apply_condition(rng, image, condition):
    """The photo with one of the eleventh families' capture conditions; (image, JPEG quality or None)."""
    width, height = image.size
    yy, xx = np.mgrid[0:height, 0:width]
    if condition == "specular":  # a lamp's reflection on the laminate: a hard-edged white blob, a second beside it, a bloom
        gx, gy = rng.uniform(0.3, 0.7) * width, rng.uniform(0.3, 0.7) * height
        a = rng.uniform(0, math.pi)
        rx = rng.uniform(0.03, 0.06) * width
        ry = rx * rng.uniform(0.35, 0.7)
        spot = np.zeros((height, width))
        for scale, dx in ((1.0, 0.0), (rng.uniform(0.35, 0.55), rng.uniform(1.6, 2.2) * rng.choice([-1, 1]))):
            cx, cy = gx + dx * rx * math.cos(a), gy + dx * rx * math.sin(a)
            u = ((xx - cx) * math.cos(a) + (yy - cy) * math.sin(a)) / (rx * scale)
            v = (-(xx - cx) * math.sin(a) + (yy - cy) * math.cos(a)) / (ry * scale)
            r = np.sqrt(u ** 2 + v ** 2)
            spot = np.maximum(spot, 1 / (1 + np.exp(np.clip((r - 1) * 9, -60, 60))))  # the core: white, a sharp rim
            spot = np.maximum(spot, rng.uniform(0.25, 0.4) * np.exp(-(r / 3.2) ** 2))  # the bloom round it
        pixels = np.asarray(image, float)
        spot = spot[:, :, None]
        pixels = pixels * (1 - spot) + np.array([255, 252, 244]) * spot
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    if condition == "tilt_blur":  # tilted away from the camera, the far end out of focus
        side = rng.choice(["top", "bottom", "left", "right"])
        image = perspective(image, rng.uniform(0.12, 0.22), side, rng)
        along = {"top": 1 - yy / height, "bottom": yy / height, "left": 1 - xx / width, "right": xx / width}[side]
        focus, radius = rng.uniform(0.3, 0.5), rng.uniform(2.2, 3.6)
        blur = radius * np.clip((along - focus) / (1 - focus), 0, 1) ** 1.3
        levels = [np.asarray(image, np.float32)] + [np.asarray(image.filter(ImageFilter.GaussianBlur(radius * k / 3)), np.float32)
                                                    for k in (1, 2, 3)]
        position = blur / radius * 3  # 0..3 between the levels
        out = np.zeros_like(levels[0])
        for k, level in enumerate(levels):
            weight = np.clip(1 - np.abs(position - k), 0, 1).astype(np.float32)[:, :, None]
            out += level * weight
        return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), None
    if condition == "sheen":  # a plastic sleeve's or laminate's sheen: a broad band of faded contrast, a bright streak at its edge
        a = rng.uniform(0, math.pi)
        diagonal = math.hypot(width, height)
        d = ((xx - width / 2) * math.cos(a) + (yy - height / 2) * math.sin(a)) / diagonal - rng.uniform(-0.12, 0.12)
        w = rng.uniform(0.08, 0.15)
        band = rng.uniform(0.35, 0.5) * np.exp(-(d / w) ** 2)
        streak = rng.uniform(0.2, 0.35) * np.exp(-((d - w * 0.9) / (w * 0.07)) ** 2)
        pixels = np.asarray(image, float)
        haze = pixels * 0.5 + np.array([228, 234, 242]) * 0.5
        pixels = pixels * (1 - band[:, :, None]) + haze * band[:, :, None]
        pixels = pixels * (1 - streak[:, :, None]) + 255 * streak[:, :, None]
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), None
    raise ValueError(condition)
