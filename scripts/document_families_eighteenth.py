"""The eighteenth held-out layout families for scripts/make-documents.py: `laminated` and
`frontmrz` (their specs are in document_families.FAMILIES, which says what they look like).

Why these two. Every earlier family is a document drawn flat and photographed bare, and every
earlier identity card carries its MRZ on the back. `laminated` is the older-generation paper card
(Zimbabwe's "plastic" ID, Kenya's second-generation card, a Nigerian NIN slip cut out and
sealed at a roadside shop): printed on a desktop colour printer whose colour pass does not line
up with its black one, then heat-sealed in a clear pouch a few millimetres larger than the
paper, so the photo shows a second, transparent outline round the card (the surface seen through
a haze), a silvery air channel along the paper's edge, trapped bubbles, the film's sheen; its
values are set in mixed case (`Moyo`, `Tendai Blessing`, `Harare`) in a Gill Sans-like face
with tiny captions and short numeric dates (`14/9/87`), as desktop-made cards print them.
`frontmrz` is a one-sided card that carries its MRZ on its FRONT, under the fields and the
portrait, as ICAO's TD2 layout puts it on the data side (Romania's ID-1 card prints two lines of
36 there): the reader has only ever found a card's MRZ on a side of its own. Its portrait is on
the RIGHT with a second, small ghost portrait in the MIDDLE between the fields and it; the
passport page the same. Mixed case on its own was not chosen: `middlename` already prints title
case; captions inside value boxes (`boxed`) and right-aligned caption columns (`columns`) exist.

Their two capture conditions are new in kind too: `handheld`, the document held up in one hand
and photographed with the other at a steep angle (the thumb over the held edge, the hand behind
it, the surface far behind and out of focus, the far edge foreshortened), where `finger` and
`tilt` put an oval over a document lying flat or slant the frame; and `screenshot`, the photo
opened in the phone's gallery and sent as a screenshot (a tall portrait screen, the photo a
third of it, a status bar and the gallery's bars with their words and figures round it), where
`screen` photographs a screen. Their surface is a car's seat: drivers registering with a
ride-hailing app photograph their ID in the car.

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions (`handheld`, `screenshot`) is applied or their surface (`carseat`) is chosen,
so every other family's documents stay the same, image for image, for a seed. The truth, the
MRZ, the ID numbers and tampering are the shared code's (make-documents.py writes a `frontmrz`
card's MRZ as TD2 from the same identity, as it does `middlename`'s): this module only draws
them. Two things make-documents.py does only for these families: a `laminated` card comes as an
RGBA image whose alpha is the pouch's outline and its clear plastic, which photograph() lays
over the surface; a `frontmrz` card (`mrz_front`) has no back. `laminated`'s date pattern
`d/m/yy` is formatted here (date_text), not by the shared fmt_date, so that its output for every
earlier pattern is untouched.
"""
import datetime as dt
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, AUTHORITIES, CLEAR_SANS, CLEAR_SANS_BOLD, CLEAR_SANS_MEDIUM, FLAG_STRIPES,
                               GILLIUS, GILLIUS_BOLD, GILLIUS_ITALIC, INTER_MEDIUM, INTER_REGULAR, PROPERTY,
                               SMART_LANGUAGE, SMART_SECOND, draw_mrz, fmt_date, place_of_birth,
                               printed, scribble, shifted)
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_seventeenth import CARD_NUMBER, fitted, mrz_top, noise_field, spaced, wrapped

INK = (22, 22, 26)  # the desktop printer's black
# The issuing offices' acronyms, kept in capitals where `laminated` prints the rest in mixed case.
ACRONYMS = {"DHA", "NIMC", "NIS", "NRB", "DIS", "NIA", "GIS", "NIRA", "DCIC"}


def date_text(date, pattern):
    """A date as the eighteenth families print it: `d/m/yy` (`14/9/87`, `3/11/05`: a desktop's
    short date, day and month without leading zeros, the year in two digits; the truth keeps
    the full date); any other pattern as fmt_date prints it (`frontmrz`'s `dd MON yyyy`)."""
    if pattern == "d/m/yy":
        return f"{date.day}/{date.month}/{date.year % 100:02d}"
    return fmt_date(date, pattern)


def mixed(text):
    """A name or place in mixed case: `MOYO` as `Moyo`, `CAPE COAST` as `Cape Coast`, `AMA` as
    `Ama` (every word, however short: a three-letter name is no code)."""
    return " ".join(word.capitalize() for word in text.split(" "))


def mixed_nationality(demonym):
    """`ZIMBABWEAN` as `Zimbabwean`; the codes some issuers print for a nationality (`RSA`,
    `NGA`, `UGA`) stay in capitals."""
    return demonym if len(demonym) == 3 else mixed(demonym)


def mixed_authority(text):
    """`REGISTRAR GENERAL HARARE` as `Registrar General Harare`, `NIRA KAMPALA` as `NIRA Kampala`."""
    return " ".join(word if word in ACRONYMS else word.capitalize() for word in text.split())


def values_of(truth, spec, family, kind):
    """The printed values by field key (`laminated`'s names, places and nationality in mixed
    case, the codes some issuers print for a nationality kept in capitals); tampered fields print
    what tampering put there."""
    fields = truth["fields"]
    alpha3 = spec["alpha3"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    pattern = family["date"]
    authority = AUTHORITIES[alpha3][0 if kind == "id_card" else 1]
    values = dict(surname=fields["surname"], given=fields["given_names"], id=printed(truth, "id_number"),
                  dob=date_text(dob, pattern), sex=fields["sex"], nationality=spec["demonym"],
                  expiry=date_text(expiry, pattern), issue=date_text(issue, pattern),
                  pob=place_of_birth(truth, alpha3), authority=authority, cardno=fields["document_number"],
                  docno=fields["document_number"], type="P", code=alpha3)
    if family["style"] == "laminated":
        values.update(surname=mixed(values["surname"]), given=mixed(values["given"]), pob=mixed(values["pob"]),
                      nationality=mixed_nationality(values["nationality"]), authority=mixed_authority(authority))
    return values


def second_words(alpha3):
    """The issuer's second caption language (isiNdebele, Afrikaans, French or Swahili, as
    `smartcard` prints it), with a word for the card number."""
    language = SMART_LANGUAGE[alpha3]
    words = dict(SMART_SECOND[language])
    words["cardno"] = CARD_NUMBER[language]
    return words


def smoothstep(t):
    t = np.clip(t, 0, 1)
    return t * t * (3 - 2 * t)


# ---------------------------------------------------------------------------------------------
# `laminated`: a desktop-printed paper card sealed in a clear laminate pouch

class Print:
    """A page from a desktop colour printer, drawn in its two passes: a colour layer (the paper's
    tint, rules, the arms, the captions, the photo) and a black layer (values, signature, MRZ:
    a mask, 255 where the black ink goes). finish() lays the colour pass a pixel or three off the
    black one, as such printers and their paper feed do, so captions and rules sit a little off
    their values."""

    def __init__(self, size, paper):
        self.size = size
        self.paper = paper
        self.colour = Image.new("RGB", size, paper)
        self.black = Image.new("L", size, 0)
        self.ink = ImageDraw.Draw(self.colour)
        self.mono = ImageDraw.Draw(self.black)

    def finish(self, rng):
        """The printed page: the colour pass offset (the strip it leaves bare is paper), its
        inkjet dots spread into the paper, faint banding where the head passed, the black pass
        on top, and the paper's fibres under both."""
        width, height = self.size
        dx, dy = rng.choice([-3, -2, -1, 1, 2, 3]), rng.choice([-2, -1, 0, 1, 2])
        moved = Image.new("RGB", self.size, self.paper)
        moved.paste(self.colour, (dx, dy))
        pixels = np.asarray(moved.filter(ImageFilter.GaussianBlur(0.65)), float)
        rows = np.arange(height, dtype=float)[:, None, None]
        pixels *= 1 + rng.uniform(0.008, 0.016) * np.sin(2 * math.pi * rows / rng.uniform(26, 44))
        a = np.asarray(self.black.filter(ImageFilter.GaussianBlur(0.45)), float)[:, :, None] / 255
        a *= rng.uniform(0.9, 0.97)  # the black never quite solid
        pixels = pixels * (1 - a) + np.array(INK, float) * a
        fibres = noise_field(rng, (height, width), 2) * 2.2 + noise_field(rng, (height, width), 9) * 2.5
        pixels += fibres[:, :, None]
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def paper_of(spec):
    """The card's paper: an office printer's white, warmed a little, tinted by the issuer's colour."""
    return tuple(int(0.2 * c + 0.8 * p) for c, p in zip(spec["color"], (251, 249, 242)))


def printed_ground(rng, p, spec, clear_from=None):
    """What the card's designer printed under the fields, in the colour pass: a pale tint of the
    issuer's colour fading from the top, a large faint coat of arms, diagonal rows of the
    country's name in tiny pale capitals, a double rule round the card; below `clear_from` the
    paper is left bare for the MRZ."""
    width, height = p.size
    tint = np.asarray(p.colour, float)
    fade = np.linspace(1, 0.35, height)[:, None, None]
    colour = np.array(spec["color"], float)
    tint = tint * (1 - 0.45 * fade) + colour * 0.45 * fade
    p.colour.paste(Image.fromarray(np.clip(tint, 0, 255).astype(np.uint8)))
    p.ink = ImageDraw.Draw(p.colour)
    pale = shifted(spec["color"], -18)
    words = Image.new("L", (width * 2, height * 2), 0)
    draw = ImageDraw.Draw(words)
    f = ImageFont.truetype(GILLIUS, 11)
    for k, y in enumerate(range(0, height * 2, 22)):
        line = ""
        while draw.textlength(line, font=f) < width * 2:
            line += spec["name"] + "  "
        draw.text((-(k * 37) % 90, y), line, font=f, fill=255)
    words = words.rotate(rng.uniform(18, 28), resample=Image.BICUBIC).crop(
        (width // 2, height // 2, width // 2 + width, height // 2 + height))
    p.colour.paste(Image.new("RGB", p.size, pale), (0, 0), words.point(lambda v: v * 45 // 255))
    arms = Image.new("L", p.size, 0)
    coat_of_arms(ImageDraw.Draw(arms), width * 0.58, height * 0.56, height * 0.3, 255, width=3)
    p.colour.paste(Image.new("RGB", p.size, shifted(spec["color"], -30)), (0, 0), arms.point(lambda v: v * 60 // 255))
    if clear_from is not None:
        p.ink.rectangle((0, clear_from, width, height), fill=p.paper)
    accent = ACCENT[spec["alpha3"]]
    p.ink.rounded_rectangle((10, 10, width - 11, height - 11), radius=18, outline=accent, width=2)
    p.ink.rounded_rectangle((16, 16, width - 17, height - 17), radius=14, outline=shifted(accent, 90), width=1)


def laminated_header(p, spec, family, width, subtitle):
    """A band of the issuer's colour across the top inside the rule: the arms and the title in
    white, the document's name in mixed case under it; the flag's colours as a thin line under
    the band."""
    accent = ACCENT[spec["alpha3"]]
    p.ink.rounded_rectangle((16, 16, width - 17, 92), radius=12, fill=accent)
    p.ink.rectangle((16, 60, width - 17, 92), fill=accent)
    coat_of_arms(p.ink, 60, 54, 30, (250, 250, 246), width=2)
    title = fitted(p.ink, spec["title"], family["title_font"][0], family["title_font"][1], width - 160)
    p.ink.text((104, 20), spec["title"], font=title, fill=(252, 252, 250))
    p.ink.text((106, 58), subtitle, font=ImageFont.truetype(GILLIUS, 20), fill=(236, 240, 236))
    stripes = FLAG_STRIPES[spec["alpha3"]]
    for k, c in enumerate(stripes):
        p.ink.rectangle((16 + k * (width - 33) / len(stripes), 93, 16 + (k + 1) * (width - 33) / len(stripes), 98),
                        fill=c)


def printed_photo(p, photo, x, y):
    """The portrait as a desktop printer gives it: a little flat and pale (the ink soaks into
    plain paper), a thin black frame round it."""
    flat = np.asarray(photo, float)
    flat = (flat - 128) * 0.86 + 128 + 10
    p.colour.paste(Image.fromarray(np.clip(flat, 0, 255).astype(np.uint8)), (x, y))
    p.mono.rectangle((x - 2, y - 2, x + photo.width + 1, y + photo.height + 1), outline=255, width=1)


def caption(p, x, y, label, width, accent, size=12):
    """A tiny letter-spaced caption in capitals, in the colour pass."""
    f = fitted(p.ink, label, GILLIUS, size, width, smallest=9, tracking=0.8)
    spaced(p.ink, (x, y), label, f, accent, tracking=0.8)


def laminated_field(p, x, y, label, value, width, accent, size=30):
    """A tiny caption (colour pass) over its value in mixed-case Gillius Bold (black pass),
    smaller where the value would be wider than `width`."""
    caption(p, x, y, label, width, accent)
    if value:
        f = fitted(p.mono, value, GILLIUS_BOLD, size, width, smallest=18)
        p.mono.text((x, y + 15), value, font=f, fill=255)


def laminated_card(rng, truth, spec, family, portrait_of):
    """The card's front as printed (before the pouch): the header band; the photo at the left
    with the signature under it; the ID number, surname and given names one a row, then birth
    date, sex and nationality, birthplace and date of issue, expiry and the card number; the
    notice in small italics along the bottom."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    p = Print(size, paper_of(spec))
    printed_ground(rng, p, spec)
    laminated_header(p, spec, family, width, "National Identity Card")
    values = values_of(truth, spec, family, "id_card")
    photo = portrait_of((206, 258))
    printed_photo(p, photo, 38, 118)
    scribble(p.mono, rng, 46, 396, 186, 38, 255)
    p.mono.line((38, 446, 244, 446), fill=150, width=1)
    caption(p, 38, 452, labels["sign"], 210, accent, size=10)
    x0, right = 276, width - 34
    columns = [x0, x0 + 250, x0 + 380]
    laminated_field(p, x0, 112, labels["id"], values["id"], right - x0, accent, size=34)
    laminated_field(p, x0, 180, labels["surname"], values["surname"], right - x0, accent, size=34)
    laminated_field(p, x0, 248, labels["given"], values["given"], right - x0, accent)
    rows = [[("dob", 0), ("sex", 1), ("nationality", 2)], [("pob", 0), ("issue", 2)], [("expiry", 0), ("cardno", 2)]]
    for k, row in enumerate(rows):
        y = 316 + k * 72
        for c, (key, column) in enumerate(row):
            end = columns[row[c + 1][1]] - 20 if c < len(row) - 1 else right
            if values[key]:
                laminated_field(p, columns[column], y, labels[key], values[key], end - columns[column], accent,
                                size=29)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(p.ink, notice, ImageFont.truetype(GILLIUS_ITALIC, 15), 38, 560, width - 90, shifted(accent, 30), step=19)
    return p.finish(rng)


def thumbprint(draw, rng, cx, cy, rx, ry, ink):
    """A right thumb's inked print: ridges looping round a core a little off the middle, each a
    wobbling line broken here and there, inside the oval the thumb pressed (drawn on a mask
    layer with `ink` as its strength)."""
    core_x, core_y = cx + rng.uniform(-0.15, 0.15) * rx, cy - rng.uniform(0.05, 0.2) * ry
    for k in range(1, 19):
        r = k / 16
        gaps = [(rng.uniform(0, 2 * math.pi), rng.uniform(0.1, 0.4)) for _ in range(rng.randint(1, 3))]
        run = []
        for t in np.linspace(0, 2 * math.pi, 200):
            wobble = 1 + 0.05 * math.sin(5 * t + k) + 0.03 * math.sin(11 * t + 2 * k)
            x = core_x + rx * r * wobble * math.cos(t)
            y = core_y + ry * r * wobble * math.sin(t) * (1.2 if math.sin(t) > 0 else 0.85)  # the loops open downwards
            inside = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1
            broken = any(abs((t - start + math.pi) % (2 * math.pi) - math.pi) < span for start, span in gaps)
            if inside and not broken:
                run.append((x, y))
            else:
                if len(run) > 1:
                    draw.line(run, fill=ink, width=3, joint="curve")
                run = []
        if len(run) > 1:
            draw.line(run, fill=ink, width=3, joint="curve")


def laminated_back(rng, truth, spec, family):
    """The card's back as printed: the title small in the issuer's colour; birthplace, date of
    issue and the issuing office; the right thumbprint in a frame; the notice; a barcode; the
    MRZ (TD1) printed in the black pass on bare paper along the bottom."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 22
    p = Print(size, paper_of(spec))
    printed_ground(rng, p, spec, clear_from=clear)
    values = values_of(truth, spec, family, "id_card")
    p.ink.text((40, 30), spec["title"], font=ImageFont.truetype(GILLIUS_BOLD, 22), fill=accent)
    for k, key in enumerate(["pob", "issue", "authority"]):
        laminated_field(p, 40, 76 + k * 64, labels[key], values[key], 600, accent, size=28)
    p.ink.rounded_rectangle((784, 34, 966, 250), radius=8, outline=accent, width=2)
    caption(p, 796, 42, labels["thumb"], 160, accent)
    thumbprint(p.mono, rng, 875, 152, 62, 84, 190)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(p.ink, notice, ImageFont.truetype(GILLIUS_ITALIC, 17), 40, 290, 700, shifted(accent, 20), step=22)
    linear_barcode(p.mono, rng, 40, 352, 380, 44, ink=255)
    p.ink.line((30, clear - 8, width - 30, clear - 8), fill=accent, width=2)
    draw_mrz(p.mono, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=255)
    return p.finish(rng)


def veil(rgb, alpha, amount, colour):
    """`colour` laid over a partly clear layer by `amount` (H×W), premultiplied so that what the
    surface shows through is veiled too: (rgb, alpha) afterwards."""
    a2 = 1 - (1 - alpha) * (1 - amount)
    mixed = rgb * (alpha * (1 - amount))[:, :, None] + np.array(colour, float) * amount[:, :, None]
    return mixed / np.maximum(a2, 1e-6)[:, :, None], a2


def film_effects(rng, rgb, alpha, film):
    """A heat-sealed laminate film over `film` (H×W, 1 where the film is): its orange-peel
    ripple, a broad sheen band across it, a few trapped air bubbles (a pale lens with a dark
    rim on one side and a bright one on the other) and, sometimes, a milky patch where it did
    not bond; all faint enough that the print under them reads."""
    height, width = alpha.shape
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    rgb = rgb * (1 + 0.014 * noise_field(rng, (height, width), 3) * film)[:, :, None]
    a = rng.uniform(0.5, 1.1)
    d = (xx * math.cos(a) - yy * math.sin(a)) / width - rng.uniform(0.0, 0.5)
    sheen = rng.uniform(0.1, 0.18) * np.exp(-(d / rng.uniform(0.07, 0.14)) ** 2) * film
    rgb, alpha = veil(rgb, alpha, sheen, (252, 252, 250))
    for _ in range(rng.randint(2, 5)):
        if rng.random() < 0.6:  # most bubbles sit near an edge, where the rollers pushed the air
            bx = rng.choice([rng.uniform(0.03, 0.12), rng.uniform(0.88, 0.97), rng.uniform(0.1, 0.9)]) * width
            by = rng.choice([rng.uniform(0.04, 0.14), rng.uniform(0.86, 0.96)]) * height
        else:
            bx, by = rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.9) * height
        rx, ry = rng.uniform(6, 20), rng.uniform(4, 13)
        r = np.sqrt(((xx - bx) / rx) ** 2 + ((yy - by) / ry) ** 2)
        lens = 0.2 * smoothstep((1.15 - r) / 0.3) * film
        rgb, alpha = veil(rgb, alpha, lens, (244, 246, 248))
        side = np.clip(((xx - bx) * 0.7 + (yy - by) * 0.7) / max(rx, ry), -1, 1)
        rim = np.exp(-((r - 1) / 0.12) ** 2) * film
        rgb, alpha = veil(rgb, alpha, 0.32 * rim * np.clip(side, 0, 1), (40, 40, 44))
        rgb, alpha = veil(rgb, alpha, 0.5 * rim * np.clip(-side, 0, 1), (255, 255, 255))
    if rng.random() < 0.45:  # a milky patch near a corner, where the film did not bond
        cx, cy = rng.choice([0.06, 0.94]) * width, rng.choice([0.1, 0.9]) * height
        blob = np.exp(-(((xx - cx) / (width * 0.09)) ** 2 + ((yy - cy) / (height * 0.12)) ** 2))
        blob = smoothstep((blob + 0.25 * noise_field(rng, (height, width), 24) - 0.35) / 0.4)
        rgb, alpha = veil(rgb, alpha, rng.uniform(0.12, 0.2) * blob * film, (240, 242, 244))
    return rgb, alpha


def pouch(rng, card):
    """The printed card sealed in a clear laminate pouch a little larger than it: an RGBA image
    whose alpha lets the surface through the clear margin (a light haze, the welded rim round
    the pouch more opaque, its corners rounded); the paper a little crooked and off-centre in
    it, a silvery air channel along the paper's edge; the film's ripple, sheen and bubbles over
    all of it (film_effects)."""
    w, h = card.size
    margin = rng.randint(40, 46)
    size = (w + 2 * margin, h + 2 * margin)
    width, height = size
    turned = card.convert("RGBA").rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, expand=True)
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    layer.paste(turned, ((width - turned.width) // 2 + rng.randint(-6, 6), (height - turned.height) // 2
                         + rng.randint(-5, 5)))
    pa = np.asarray(layer, float)
    paper = pa[:, :, 3] / 255
    haze = np.array((232, 236, 238), float)
    rgb = haze[None, None, :] * (1 - paper[:, :, None]) + pa[:, :, :3] * paper[:, :, None]
    alpha = np.maximum(paper, rng.uniform(0.12, 0.2))
    outline = Image.fromarray((paper * 255).astype(np.uint8))
    channel = np.asarray(outline.filter(ImageFilter.MaxFilter(7)), float) / 255 - paper
    channel = np.clip(channel, 0, 1) * np.clip(0.55 + 0.45 * noise_field(rng, (height, width), 40), 0.15, 1)
    rgb, alpha = veil(rgb, alpha, 0.55 * channel, (246, 248, 250))
    shape = Image.new("L", size, 0)
    ImageDraw.Draw(shape).rounded_rectangle((0, 0, width - 1, height - 1), radius=26, fill=255)
    inner = Image.new("L", size, 0)
    ImageDraw.Draw(inner).rounded_rectangle((5, 5, width - 6, height - 6), radius=22, fill=255)
    rim = (np.asarray(shape, float) - np.asarray(inner.filter(ImageFilter.GaussianBlur(1.5)), float)) / 255
    rgb, alpha = veil(rgb, alpha, np.clip(rim, 0, 1) * 0.38, (226, 230, 232))
    rgb, alpha = film_effects(rng, rgb, alpha, np.ones((height, width)))
    alpha = alpha * np.asarray(shape.filter(ImageFilter.GaussianBlur(0.8)), float) / 255
    out = np.dstack([np.clip(rgb, 0, 255), np.clip(alpha * 255, 0, 255)]).astype(np.uint8)
    return Image.fromarray(out, "RGBA")


def overlaminate(rng, page):
    """A passport's data page under its heat-sealed film: the film stops a few millimetres short
    of the page's edges (a thin shadow and a bright line where it ends), the film's own
    retroreflective pattern (small coats of arms) showing only in its sheen, its ripple and
    bubbles (film_effects)."""
    width, height = page.size
    inset = rng.randint(16, 24)
    film_mask = Image.new("L", page.size, 0)
    ImageDraw.Draw(film_mask).rounded_rectangle((inset, inset, width - inset, height - inset), radius=12, fill=255)
    film = np.asarray(film_mask.filter(ImageFilter.GaussianBlur(0.7)), float) / 255
    rgb = np.asarray(page, float)
    pattern = Image.new("L", page.size, 0)
    draw = ImageDraw.Draw(pattern)
    for row, y in enumerate(range(40, height, 110)):
        for x in range((row % 2) * 70 + 40, width, 140):
            coat_of_arms(draw, x, y, 22, 255, width=1)
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    a = rng.uniform(0.5, 1.0)
    d = (xx * math.cos(a) - yy * math.sin(a)) / width - rng.uniform(0.1, 0.5)
    glint = np.exp(-(d / 0.12) ** 2) * np.asarray(pattern.filter(ImageFilter.GaussianBlur(0.6)), float) / 255
    rgb += (glint * film * 60)[:, :, None] * np.array([0.95, 0.88, 0.6])
    edge = np.asarray(film_mask.filter(ImageFilter.FIND_EDGES), float) / 255
    rgb = rgb * (1 - 0.25 * np.roll(edge, 1, axis=0))[:, :, None] + (90 * edge)[:, :, None]
    rgb, _ = film_effects(rng, rgb, np.ones((height, width)), film)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))


def laminated_passport(rng, truth, spec, family, portrait_of):
    """A first-generation machine-readable passport's data page personalised on a colour
    printer and sealed under a film: the title and `Passport / Passeport` in the issuer's
    colour, the photo at the left, tiny English / French captions in capitals over mixed-case
    values (type, code and passport number; surname; given names; nationality and sex; birth
    date and birthplace; issue and expiry; the authority), the TD3 MRZ in the black pass on a
    clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["passport_labels"]
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 26
    p = Print(size, paper_of(spec))
    printed_ground(rng, p, spec, clear_from=clear)
    values = values_of(truth, spec, family, "passport")
    coat_of_arms(p.ink, 74, 66, 38, accent, width=2)
    title = fitted(p.ink, spec["title"], family["title_font"][0], family["title_font"][1] + 4, width - 520)
    p.ink.text((130, 28), spec["title"], font=title, fill=accent)
    p.ink.text((132, 72), "Passport / Passeport", font=ImageFont.truetype(GILLIUS, 24), fill=shifted(accent, 30))
    photo = portrait_of((262, 330))
    printed_photo(p, photo, 48, 150)
    scribble(p.mono, rng, 56, 500, 230, 42, 255)
    caption(p, 48, 556, " / ".join(labels["sign"]), 280, accent, size=10)
    left, right = 350, width - 48
    rows = [[("type", 140), ("code", 170), ("docno", 0)], [("surname", 0)], [("given", 0)],
            [("nationality", 420), ("sex", 0)], [("dob", 420), ("pob", 0)], [("issue", 420), ("expiry", 0)],
            [("authority", 0)]]
    for k, row in enumerate(rows):
        y, x = 128 + k * 74, left
        for key, w in row:
            end = x + w - 20 if w else right
            laminated_field(p, x, y, " / ".join(labels[key]).upper(), values[key], end - x, accent,
                            size=33 if key in ("surname", "docno") else 30)
            x += w
    draw_mrz(p.mono, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"], ink=255)
    return overlaminate(rng, p.finish(rng))


# ---------------------------------------------------------------------------------------------
# `frontmrz`: a one-sided card with its MRZ on the front, the portrait at the right and a small
# ghost of it in the middle

def flag_ground(rng, size, spec, clear_from=None):
    """A pale ground with the issuer's flag waving across it: the flag's stripes as one broad
    band that rises to the right along a slow wave, lit and shaded along its ripples, in soft
    tints; fine wavy hairlines over all of it; below `clear_from` a plain clear band (ICAO's
    clear zone for the MRZ)."""
    width, height = size
    paper = tuple(int(0.3 * c + 0.7 * p) for c, p in zip(spec["color"], (250, 250, 246)))
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    stripes = np.array(FLAG_STRIPES[spec["alpha3"]], float)
    period, phase = rng.uniform(0.8, 1.3) * width, rng.uniform(0, 2 * math.pi)
    wave = np.sin(2 * math.pi * xx / period + phase)
    centre = height * rng.uniform(0.42, 0.58) - rng.uniform(0.2, 0.4) * (xx - width / 2) + 0.07 * height * wave
    band = height * rng.uniform(0.5, 0.66)
    v = (yy - centre) / band + 0.5
    index = np.clip(np.floor(v * len(stripes)), 0, len(stripes) - 1).astype(int)
    edge = smoothstep(np.minimum(v, 1 - v) / 0.04)
    strength = 0.17 * edge * (1 + 0.35 * np.cos(2 * math.pi * xx / period + phase))  # the ripples lit and shaded
    pixels = np.array(paper, float)[None, None, :] * (1 - strength[:, :, None]) + stripes[index] * strength[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    line = shifted(paper, -16)
    for y0 in range(rng.randint(-9, 0), height + 9, 9):
        points = [(x, y0 + 4 * math.sin(x / 70 + y0 / 41)) for x in range(0, width + 8, 8)]
        draw.line(points, fill=line, width=1)
    if clear_from is not None:
        draw.rectangle((0, clear_from, width, height), fill=shifted(paper, 4))
    return image


def front_caption(draw, x, y, english, second, width, accent, size=13):
    """`SURNAME / Isibongo`: the English caption in capitals in the issuer's deep colour, the
    second language after a slash in a lighter grey, on one small line."""
    f = fitted(draw, english, CLEAR_SANS_MEDIUM, size, width, smallest=9)
    draw.text((x, y), english, font=f, fill=accent)
    if second and second.upper() != english:
        start = x + draw.textlength(english + " ", font=f)
        room = width - (start - x)
        g = fitted(draw, "/ " + second, CLEAR_SANS, size, room, smallest=9)
        if draw.textlength("/ " + second, font=g) <= room:  # where even the smallest will not fit, English only
            draw.text((start, y), "/ " + second, font=g, fill=(104, 108, 116))


def front_field(draw, x, y, english, second, value, width, accent, size=28):
    """A caption line over the value in Clear Sans Bold capitals."""
    front_caption(draw, x, y, english, second, width, accent)
    if value:
        f = fitted(draw, value, CLEAR_SANS_BOLD, size, width, smallest=18)
        draw.text((x, y + 18), value, font=f, fill=(20, 22, 28))


def front_header(draw, spec, family, x, subtitle, width):
    """The arms in the issuer's colour at the top left, the title beside them, the document's
    name in two languages under it, a hairline under the header."""
    accent = ACCENT[spec["alpha3"]]
    coat_of_arms(draw, x + 24, 54, 32, accent, width=2)
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - x - 90)
    draw.text((x + 66, 18), spec["title"], font=title, fill=accent)
    spaced(draw, (x + 68, 56), subtitle, fitted(draw, subtitle, CLEAR_SANS_MEDIUM, 15, width - x - 120), (70, 76, 88),
           tracking=1.2)


def framed_portrait(image, rng, photo, x, y, sign_label, accent):
    """The portrait in a thin frame, the signature under it on a line with its caption."""
    draw = ImageDraw.Draw(image)
    draw.rectangle((x - 4, y - 4, x + photo.width + 3, y + photo.height + 3), fill=(250, 250, 248),
                   outline=shifted(accent, 60))
    image.paste(photo, (x, y))
    scribble(draw, rng, x + 8, y + photo.height + 10, photo.width - 20, 36, (26, 30, 90))
    draw.line((x, y + photo.height + 52, x + photo.width, y + photo.height + 52), fill=(140, 142, 150), width=1)
    spaced(draw, (x, y + photo.height + 56), sign_label, ImageFont.truetype(CLEAR_SANS, 10), (96, 100, 110),
           tracking=0.8)


def middle_ghost(image, photo, box):
    """The second, small portrait in the middle of the document: greyscale, faded into the
    ground round its edges (an oval vignette), as a ghost image is printed."""
    x0, y0, x1, y1 = box
    grey = photo.convert("L").resize((x1 - x0, y1 - y0), Image.LANCZOS)
    ground = image.crop(box)
    pale = Image.blend(grey.convert("RGB"), ground, 0.45)
    mask = Image.new("L", grey.size, 0)
    ImageDraw.Draw(mask).ellipse((4, 4, grey.width - 5, grey.height - 5), fill=255)
    image.paste(pale, (x0, y0), mask.filter(ImageFilter.GaussianBlur(7)))


def frontmrz_card(rng, truth, spec, family, portrait_of):
    """The card's one printed side: the header; the fields in two columns at the left (surname,
    given names, ID number and sex, birth date and nationality, card number and expiry,
    birthplace and date of issue); the portrait at the right with the signature under it and its
    ghost between the fields and it; and across the bottom, under all of them, the MRZ (TD2,
    two lines of 36) on a clear band. A Zimbabwean card, which has no MRZ, has a barcode and
    the notice there."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels, second = family["labels"], second_words(alpha3)
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 2) - 18
    image = flag_ground(rng, size, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    front_header(draw, spec, family, 20, f"IDENTITY CARD · {second['card']}", width)
    draw.line((24, 94, width - 24, 94), fill=shifted(accent, 70), width=1)
    values = values_of(truth, spec, family, "id_card")
    photo = portrait_of((194, 244))
    framed_portrait(image, rng, photo, 792, 108, labels["sign"], accent)
    middle_ghost(image, photo, (676, 300, 764, 410))
    draw = ImageDraw.Draw(image)
    left, column, end = 32, 372, 664
    rows = [["surname"], ["given"], ["id", "sex"], ["dob", "nationality"], ["cardno", "expiry"], ["pob", "issue"]]
    if not values["cardno"]:  # a card without an MRZ has no card number: expiry and issue move up
        rows[4:] = [["expiry", "issue"], ["pob"]]
    for k, row in enumerate(rows):
        y = 104 + k * 64
        for c, key in enumerate(row):
            x = left if c == 0 else column
            right = (column - 22) if len(row) > 1 and c == 0 else end
            if values[key]:
                front_field(draw, x, y, labels[key], second.get(key), values[key], right - x, accent,
                            size=31 if key == "surname" else 28)
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((24 + k * 20, clear - 12, 24 + (k + 1) * 20, clear - 8), fill=c)
    if truth["mrz"]:
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    else:
        linear_barcode(draw, rng, 40, clear + 16, 360, 56)
        notice = PROPERTY.format("the Republic of " + spec["name"].title())
        wrapped(draw, notice, ImageFont.truetype(CLEAR_SANS, 14), 440, clear + 16, 540, (80, 84, 94), step=19)
    return image


def frontmrz_passport(rng, truth, spec, family, portrait_of):
    """The data page: the header; type, code and the passport number, surname, given names,
    nationality and sex, birth date and birthplace, issue and expiry, the authority at the
    left; the portrait at the RIGHT with the signature under it, a small ghost of it in the
    middle of the page between the fields and it; the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels, second = family["passport_labels"], second_words(alpha3)
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 26
    image = flag_ground(rng, size, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    front_header(draw, spec, family, 24, f"PASSPORT · {second['passport']}", width - 300)
    draw.line((28, 100, width - 28, 100), fill=shifted(accent, 70), width=1)
    values = values_of(truth, spec, family, "passport")
    photo = portrait_of((268, 340))
    framed_portrait(image, rng, photo, 944, 120, labels["sign"], accent)
    middle_ghost(image, photo, (724, 330, 840, 476))
    draw = ImageDraw.Draw(image)
    left, end = 40, 700
    rows = [[("type", 130), ("code", 170), ("docno", 0)], [("surname", 0)], [("given", 0)],
            [("nationality", 330), ("sex", 0)], [("dob", 330), ("pob", 0)], [("issue", 330), ("expiry", 0)],
            [("authority", 0)]]
    for k, row in enumerate(rows):
        y, x = 114 + k * 76, left
        for key, w in row:
            right = x + w - 20 if w else end
            front_field(draw, x, y, labels[key], second.get(key), values[key], right - x, accent,
                        size=32 if key in ("surname", "docno") else 29)
            x += w
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((28 + k * 24, clear - 12, 28 + (k + 1) * 24, clear - 8), fill=c)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "laminated":
        if kind == "passport":
            return laminated_passport(rng, truth, spec, family, portrait_of)
        return pouch(rng, laminated_card(rng, truth, spec, family, portrait_of))
    if kind == "passport":
        return frontmrz_passport(rng, truth, spec, family, portrait_of)
    return frontmrz_card(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "laminated":
        return pouch(rng, laminated_back(rng, truth, spec, family))
    raise ValueError("a frontmrz card has no back: its MRZ is on its front (mrz_front)")


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on

# Car seats: (upholstery colour, thread colour) for leather and for cloth.
LEATHER_SEATS = [((34, 33, 35), (60, 58, 60)), ((38, 36, 38), (170, 40, 42)), ((188, 168, 138), (120, 100, 78)),
                 ((92, 58, 40), (200, 176, 140)), ((66, 66, 70), (150, 150, 156))]
CLOTH_SEATS = [((70, 72, 78), (48, 50, 56)), ((46, 48, 58), (90, 96, 120)), ((112, 104, 96), (80, 74, 68))]


def pebbles(rng, shape):
    """Leather's pebbled grain: fine noise softened into small rounded bumps, about -1 to 1."""
    noise = np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 1, shape)
    bumps = Image.fromarray(np.clip(128 + 40 * noise, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    field = np.asarray(bumps, float) - 128
    return field / max(1e-6, field.std())


def surface(rng, name, size):
    """A car's seat (a driver registering for a ride-hailing app photographs the card on the
    passenger seat): leather or cloth upholstery in quilted channels, each channel puffed (lit
    along its crown, shaded into the seams), a dark groove at each seam with a row of
    top-stitching either side of it, leather perforated in a diamond pattern or pebble-grained,
    cloth a heathered weave; a cross seam with piping; the seat at an angle, a little out of
    focus, the window's light falling off across it."""
    assert name == "carseat", name
    width, height = size
    big = int(math.hypot(width, height)) + 40
    leather = rng.random() < 0.6
    base, thread = rng.choice(LEATHER_SEATS if leather else CLOTH_SEATS)
    base, thread = np.array(base, float), np.array(thread, float)
    yy, xx = np.mgrid[0:big, 0:big].astype(float)
    channel = rng.uniform(110, 170)
    u = (xx % channel) / channel
    crown = np.sin(math.pi * u) ** 0.7
    light = 0.72 + 0.38 * crown
    if leather:
        grain = pebbles(rng, (big, big)) * 0.05
        pixels = base[None, None, :] * (light + grain)[:, :, None]
        if rng.random() < 0.6:  # perforations in a diamond pattern across the channel's middle
            pitch = rng.choice([11, 12, 14])
            row = np.floor(yy / pitch)
            holes = ((xx + (row % 2) * pitch / 2) % pitch < 3) & (yy % pitch < 3) & (u > 0.18) & (u < 0.82)
            pixels[holes] *= 0.35
    else:
        heather = np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 0.07, (big, big))
        weave = 0.04 * np.sin(xx * math.pi / 1.5) * np.sin(yy * math.pi / 1.5)
        pixels = base[None, None, :] * (light + heather + weave)[:, :, None]
    seam = np.minimum(u, 1 - u) * channel  # distance to the nearest seam
    pixels *= (1 - 0.55 * np.exp(-(seam / 2.5) ** 2))[:, :, None]
    dashes = (yy % 9) < 5.5
    for offset in (7.0, 12.5):  # double top-stitching either side of the seam
        stitch = (np.abs(seam - offset) < 1.3) & dashes
        pixels[stitch] = thread * 1.1
    cross = big * rng.uniform(0.3, 0.7)
    piping = np.exp(-((yy - cross) / 5) ** 2)
    pixels *= (1 - 0.5 * np.exp(-((yy - cross - 7) / 2.5) ** 2) + 0.25 * piping)[:, :, None]
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).rotate(rng.uniform(-35, 35),
                                                                             resample=Image.BICUBIC)
    left, top = (big - width) // 2, (big - height) // 2
    pixels = np.asarray(page.crop((left, top, left + width, top + height)).filter(ImageFilter.GaussianBlur(1.2)),
                        float)
    gy, gx = np.mgrid[0:height, 0:width].astype(float)
    side = rng.choice([-1, 1])
    window = 0.82 + 0.3 * (0.5 + side * (gx / width - 0.5)) + 0.04 * noise_field(rng, (height, width), 200)
    pixels = pixels * window[:, :, None]
    pixels += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 2.5, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------
# Their capture conditions

def convex_hull(points):
    """The convex hull of (x, y) points, counter-clockwise (Andrew's monotone chain)."""
    points = sorted(set(points))
    if len(points) < 3:
        return points

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower, upper = [], []
    for p in points:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(points):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def document_mask(image):
    """Where the document lies in the photo (H×W, 0 to 1): the pixels unlike the surface (the
    median of the frame's border, where the photograph leaves only surface), thin lines and
    specks removed, and the convex hull round them (a document is one convex shape, and a hull
    gives it straight edges), softened. Falls back to the middle of the frame."""
    width, height = image.size
    scale = 4
    small = image.resize((width // scale, height // scale), Image.BILINEAR).filter(ImageFilter.GaussianBlur(1.5))
    px = np.asarray(small, float)
    ring = np.concatenate([px[:3].reshape(-1, 3), px[-3:].reshape(-1, 3), px[:, :3].reshape(-1, 3),
                           px[:, -3:].reshape(-1, 3)])
    surface = np.median(ring, axis=0)
    spread = np.percentile(np.abs(ring - surface).mean(axis=1), 90)
    unlike = (np.abs(px - surface).mean(axis=2) > max(26, 1.6 * spread)).astype(np.uint8) * 255
    unlike = np.asarray(Image.fromarray(unlike).filter(ImageFilter.MinFilter(5)).filter(ImageFilter.MaxFilter(5))) > 0
    h, w = unlike.shape
    edges = []
    for y in range(h):  # each row's first and last such pixel: all the hull needs
        found = np.flatnonzero(unlike[y])
        if len(found) > 0.05 * w:
            edges += [(int(found[0]), y), (int(found[-1]), y)]
    hull = convex_hull(edges)
    full = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(full)
    if len(hull) >= 3:
        draw.polygon([((x + 0.5) * scale, (y + 0.5) * scale) for x, y in hull], fill=255)
    mask = np.asarray(full, float) / 255
    if mask.mean() < 0.12:
        draw.ellipse((width * 0.14, height * 0.2, width * 0.86, height * 0.8), fill=255)
        mask = np.asarray(full, float) / 255
    return soft(mask, 2)


SKINS = [(92, 58, 40), (120, 76, 52), (141, 85, 57), (176, 118, 84), (198, 134, 98), (224, 172, 140)]


def soft(mask, radius):
    """A 0..1 mask softened by a Gaussian of `radius` pixels."""
    image = Image.fromarray(np.clip(mask * 255, 0, 255).astype(np.uint8))
    return np.asarray(image.filter(ImageFilter.GaussianBlur(float(radius))), float) / 255


def capsule(xx, yy, tip, direction, thickness, length):
    """A finger's shape seen from above: a rounded tip at `tip`, its body running back along
    `direction` (a unit vector from the hand to the tip) for `length`, a little wider at the
    base; returns (mask 0/1, across -1..1 from its axis, distance back from the tip)."""
    ux, uy = direction
    dx, dy = xx - tip[0], yy - tip[1]
    along = -(dx * ux + dy * uy)
    across = dx * -uy + dy * ux
    half = thickness / 2 * (1 + 0.15 * np.clip(along / length, 0, 1))
    body = (along >= half) & (along <= length) & (np.abs(across) <= half)
    cap = (along < half) & ((along - half) ** 2 + across ** 2 <= half ** 2)
    return (body | cap).astype(float), np.clip(across / half, -1, 1), along


def skin(rng, pixels, mask, volume, tone, edge=1.6):
    """Skin laid over `mask`: `volume` (0 at the outline to 1 along the crown) shades it round,
    lit from above left with a soft highlight on the crown, a blotchy tone and fine texture;
    its outline softened by `edge` pixels. Returns the pixels with it."""
    height, width = mask.shape
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    light = 1 + 0.06 * (0.5 - (xx / width + yy / height) / 2)
    shade = (0.62 + 0.42 * np.sqrt(np.clip(volume, 0, 1))) * light
    shade += 0.1 * np.clip((volume - 0.75) / 0.25, 0, 1)  # a soft sheen on the crown
    blotch = 1 + 0.04 * noise_field(rng, (height, width), 40) + 0.02 * noise_field(rng, (height, width), 3)
    colour = np.array(tone, float)[None, None, :] * (shade * blotch)[:, :, None]
    colour *= np.array([1.0, 0.97, 0.95])  # a little redder in the shade
    a = soft(mask, edge)[:, :, None]
    return pixels * (1 - a) + colour * a


def document_hand(rng, pixels, mask, box, tone):
    """The hand behind the document at its left (held) edge, showing only where the document
    does not hide it: the palm and the ball of the thumb between the document and the frame's
    left edge, and the fingers curled into the palm under the document's lower left corner,
    their middle joints in a row of rounded knuckles below its bottom edge."""
    height, width = mask.shape
    x0, y0, x1, y1, edge_x, ty, thickness = box
    yy, xx = np.mgrid[0:height, 0:width].astype(float)

    def dome(cx, cy, rx, ry):
        return np.sqrt(np.clip(1 - ((xx - cx) / rx) ** 2 - ((yy - cy) / ry) ** 2, 0, 1))
    volume = dome(edge_x - thickness * 0.55, ty + thickness * 0.9, thickness * 1.05, thickness * 1.6)
    bottom = max(y1, ty + thickness * 0.8)
    for k in range(3):  # the curled fingers' knuckles, stepping down and back from the corner
        r = thickness * (0.42 - 0.04 * k)
        cx = edge_x + thickness * (0.25 - 0.62 * k) + rng.uniform(-4, 4)
        cy = bottom + thickness * (0.12 + 0.16 * k) + rng.uniform(-4, 4)
        volume = np.maximum(volume, dome(cx, cy, r * 1.1, r))
    hand = (volume > 0).astype(float) * (1 - np.clip(mask * 1.4, 0, 1))  # behind the document
    return skin(rng, pixels, hand, volume, shifted(tone, -10), edge=2.0)


def steep(image, squeeze):
    """The frame seen at a steep slant with its right side farther away: the right edge shows
    1 / (1 - squeeze) times the height the left edge shows, the rows between foreshortened as a
    tilted plane is. What comes into view above and below at the far side is the surface,
    continued from the frame's top and bottom rows and softened more the further it is from
    them (it is far behind and out of focus); nothing is left empty."""
    width, height = image.size
    pad = int(math.ceil(height * squeeze / (2 * (1 - squeeze)))) + 2
    padded = np.pad(np.asarray(image, float), ((pad, pad), (0, 0), (0, 0)), mode="edge")
    smooth = np.asarray(Image.fromarray(padded.astype(np.uint8)).filter(ImageFilter.GaussianBlur(18)), float)
    rows = np.arange(padded.shape[0], dtype=float)
    beyond = np.clip(np.maximum(pad - rows, rows - (pad + height - 1)) / 60, 0, 1)[:, None, None]
    source = Image.fromarray(np.clip(padded * (1 - beyond) + smooth * beyond, 0, 255).astype(np.uint8))
    target = [(0, 0), (width, 0), (width, height), (0, height)]
    corners = [(0, pad), (width, 0), (width, height + 2 * pad), (0, pad + height)]
    rows = []
    for (x, y), (u, v) in zip(target, corners):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
    coefficients = np.linalg.solve(np.array(rows, float), np.array([c for p in corners for c in p], float)).tolist()
    return source.transform((width, height), Image.PERSPECTIVE, coefficients, Image.BICUBIC)


def held(rng, image):
    """The document held up in one hand (photographed with the other), drawn with the held edge
    at the left (apply_condition turns the photo so, and back): the surface far behind, out of
    focus; the hand behind the document round that edge (document_hand); the thumb in front,
    its nail towards the camera and its tip a few millimetres onto the document's margin, a soft
    shadow beside it on the document; then the phone's steep angle (steep: the right side
    farther away) and the far side of the document a little soft."""
    width, height = image.size
    mask = document_mask(image)
    pixels = np.asarray(image, float)
    behind = np.asarray(image.filter(ImageFilter.GaussianBlur(rng.uniform(2.5, 4.0))), float)
    pixels = pixels * mask[:, :, None] + behind * (1 - mask[:, :, None])
    ys, xs = np.nonzero(mask > 0.5)
    x0, x1, y0, y1 = xs.min(), xs.max(), ys.min(), ys.max()
    length = float(x1 - x0)
    ty = int(y0 + (y1 - y0) * rng.uniform(0.4, 0.6))
    edge = np.flatnonzero(mask[ty] > 0.5)
    edge_x = edge[0] if len(edge) else x0
    tone = rng.choice(SKINS)
    thickness = length * rng.uniform(0.17, 0.2)
    pixels = document_hand(rng, pixels, mask, (x0, y0, x1, y1, edge_x, ty, thickness), tone)
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    a = rng.uniform(-0.3, 0.15)
    tip = (edge_x + length * rng.uniform(0.015, 0.025), ty)  # on the margin, short of the print
    thumb, across, along = capsule(xx, yy, tip, (math.cos(a), math.sin(a)), thickness, length)
    shadow = np.roll(soft(thumb, 10), (7, 6), axis=(0, 1)) * mask * (1 - thumb)
    pixels *= (1 - 0.32 * shadow)[:, :, None]
    volume = np.sqrt(np.clip(1 - across ** 2, 0, 1)) * np.clip(along / (thickness * 0.5), 0.35, 1) ** 0.5
    pixels = skin(rng, pixels, thumb, volume, tone)
    nail = ((((along - thickness * 0.36) / (thickness * 0.26)) ** 2 + (across / 0.5) ** 2) < 1) * thumb
    n = soft(nail, 1.3)[:, :, None] * 0.75
    nail_tone = np.array(shifted(tone, 46), float) * np.array([1.03, 0.93, 0.93])
    shine = 1 + 0.12 * np.exp(-((across + 0.2) / 0.15) ** 2)[:, :, None]
    pixels = pixels * (1 - n) + nail_tone * shine * n
    out = steep(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), rng.uniform(0.3, 0.42))
    far = np.asarray(out.filter(ImageFilter.GaussianBlur(1.1)), float)
    ramp = smoothstep((xx / width - 0.55) / 0.45)[:, :, None] * 0.8
    return Image.fromarray(np.clip(np.asarray(out, float) * (1 - ramp) + far * ramp, 0, 255).astype(np.uint8))


# The turns that bring a held side to the left, and back.
TO_LEFT = {"left": (None, None), "right": (Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_180),
           "top": (Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270),
           "bottom": (Image.Transpose.ROTATE_270, Image.Transpose.ROTATE_90)}


def battery(draw, x, y, level, fg):
    """A battery icon: a rounded outline filled to `level`, its nub on the right."""
    draw.rounded_rectangle((x, y, x + 56, y + 28), radius=6, outline=fg, width=3)
    draw.rectangle((x + 57, y + 9, x + 61, y + 19), fill=fg)
    draw.rounded_rectangle((x + 6, y + 6, x + 6 + int(44 * level), y + 22), radius=2, fill=fg)


def status_bar(draw, rng, width, fg):
    """An Android status bar: the time at the left with two notification icons after it; the
    signal bars, the wifi fan and the battery with its percentage at the right."""
    when = dt.time(rng.randint(6, 22), rng.randint(0, 59))
    draw.text((52, 46), f"{when:%H:%M}", font=ImageFont.truetype(INTER_MEDIUM, 36), fill=fg, anchor="lm")
    draw.ellipse((170, 32, 198, 60), outline=fg, width=3)  # a chat app's bubble
    draw.polygon([(176, 58), (172, 68), (184, 60)], fill=fg)
    draw.line((226, 32, 226, 56), fill=fg, width=4)  # a download arrow
    draw.polygon([(214, 50), (238, 50), (226, 62)], fill=fg)
    level = rng.randint(12, 96)
    f = ImageFont.truetype(INTER_MEDIUM, 30)
    text = f"{level}%"
    right = width - 44
    draw.text((right, 46), text, font=f, fill=fg, anchor="rm")
    x = right - draw.textlength(text, font=f) - 76
    battery(draw, x, 32, level / 100, fg)
    x -= 56
    for k in range(3):  # wifi
        r = 10 + 9 * k
        draw.arc((x - r, 58 - r, x + r, 58 + r), 225, 315, fill=fg, width=4)
    draw.ellipse((x - 4, 54, x + 4, 62), fill=fg)
    x -= 76
    for k in range(4):  # signal bars
        draw.rectangle((x + k * 12, 60 - 7 * (k + 1), x + k * 12 + 7, 60), fill=fg if k < 3 else shifted(fg, -90))


def gallery_bars(draw, width, height, fg):
    """A gallery app's bars over the photo: a back arrow and a menu at the top; Share, Edit,
    Lens and Delete at the bottom, each an icon over its word; the gesture bar under them."""
    draw.line((48, 150, 92, 150), fill=fg, width=5)
    draw.line((48, 150, 68, 130), fill=fg, width=5)
    draw.line((48, 150, 68, 170), fill=fg, width=5)
    for k in range(3):
        draw.ellipse((width - 62, 130 + k * 18, width - 54, 138 + k * 18), fill=fg)
    f = ImageFont.truetype(INTER_REGULAR, 28)
    y = height - 200
    for k, word in enumerate(["Share", "Edit", "Lens", "Delete"]):
        cx = width * (k + 0.5) / 4
        if word == "Share":
            for px, py in [(cx - 18, y), (cx + 16, y - 18), (cx + 16, y + 18)]:
                draw.ellipse((px - 8, py - 8, px + 8, py + 8), outline=fg, width=4)
            draw.line((cx - 12, y - 4, cx + 10, y - 14), fill=fg, width=3)
            draw.line((cx - 12, y + 4, cx + 10, y + 14), fill=fg, width=3)
        elif word == "Edit":
            for j in range(3):
                draw.line((cx - 24, y - 16 + j * 16, cx + 24, y - 16 + j * 16), fill=fg, width=3)
                draw.ellipse((cx - 14 + j * 12 - 6, y - 22 + j * 16, cx - 14 + j * 12 + 6, y - 10 + j * 16), fill=fg)
        elif word == "Lens":
            draw.rounded_rectangle((cx - 22, y - 22, cx + 22, y + 22), radius=10, outline=fg, width=4)
            draw.ellipse((cx - 8, y - 8, cx + 8, y + 8), fill=fg)
        else:
            draw.rectangle((cx - 16, y - 14, cx + 16, y + 22), outline=fg, width=4)
            draw.line((cx - 24, y - 18, cx + 24, y - 18), fill=fg, width=4)
            draw.line((cx - 6, y - 24, cx + 6, y - 24), fill=fg, width=4)
        draw.text((cx, y + 52), word, font=f, fill=fg, anchor="mm")
    draw.rounded_rectangle((width / 2 - 110, height - 34, width / 2 + 110, height - 24), radius=5, fill=fg)


def screenshot(rng, image):
    """The photo opened in the phone's gallery and sent as a screenshot: a tall portrait screen
    (1080 wide), the photo (a JPEG already) scaled to the screen's width in the middle on the
    viewer's black (or, in a light theme, white), the status bar at the top, the gallery's bars
    over the top and bottom."""
    width, height = 1080, rng.choice([2340, 2400, 2412])
    dark = rng.random() < 0.75
    ground, fg = ((0, 0, 0), (238, 238, 238)) if dark else ((250, 250, 250), (32, 33, 36))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=rng.randint(84, 92))
    buffer.seek(0)
    photo = Image.open(buffer).convert("RGB")
    scale = min(width / photo.width, (height - 520) / photo.height)
    photo = photo.resize((round(photo.width * scale), round(photo.height * scale)), Image.LANCZOS)
    screen = Image.new("RGB", (width, height), ground)
    screen.paste(photo, ((width - photo.width) // 2, (height - photo.height) // 2 + rng.randint(-20, 20)))
    draw = ImageDraw.Draw(screen)
    status_bar(draw, rng, width, fg)
    gallery_bars(draw, width, height, fg)
    return screen


def apply_condition(rng, image, condition):
    """The photo with one of the eighteenth families' capture conditions; (image, JPEG quality or None)."""
    if condition == "handheld":
        # Held up in one hand at a steep angle, the thumb over the held (short) edge.
        mask = document_mask(image)
        ys, xs = np.nonzero(mask > 0.5)
        wide = (xs.max() - xs.min()) >= (ys.max() - ys.min())
        side = rng.choice(["left", "right"] if wide else ["top", "bottom"])
        there, back = TO_LEFT[side]
        turned = image.transpose(there) if there is not None else image
        out = held(rng, turned)
        return (out.transpose(back) if back is not None else out), None
    if condition == "screenshot":
        return screenshot(rng, image), rng.randint(86, 92)
    raise ValueError(condition)
