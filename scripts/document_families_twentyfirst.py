"""The twenty-first held-out layout families for scripts/make-documents.py: `selfie` and
`appscan` (their specs are in document_families.FAMILIES, which says what they look like). This
module draws their flat documents; document_families_twentyfirst_capture.py photographs them
(the selfie's scene, the scanner app), and holds their capture conditions and surfaces.

Why these two. Of the ideas put for this round, a certified true copy was left: `photocopy`
already puts a commissioner of oaths' stamp, a signature and a date over a copy. A document shown
on a screen and photographed was left too: `screen` (sixteenth) is a photo taken off a screen.
A new-generation card layout alone was not taken as a family of its own: both families here
bring a card layout no earlier family has (`selfie`'s is one, with a ghost image, a chip and a QR
code), and what is new in them is how the document reaches the service. What was chosen:

`selfie`: the "selfie holding your ID" that KYC flows in Nigeria, Kenya, Ghana, South Africa,
Zimbabwe and Uganda ask for (banks, mobile-money agents, lenders, crypto exchanges): the holder
photographs themself with the front camera, holding the card (or the passport open at its data
page) up beside the chin. Every earlier family shows the document as the photo's subject,
filling most of the frame (even `handheld` (eighteenth) holds it up to fill the frame); here the
face and the room behind it fill the frame and the card is a quarter to under half of its width,
tilted, held between a thumb over its margin and the fingers behind it, whose tips and the
hand's edge show round its short edge, lit as the face is, in the front camera's soft focus.
The person is the fixture face photo that is also the card's portrait (the same draw, so the
truth's `portrait_source` names both), as a genuine selfie shows the card's holder. A card with
an MRZ on its back is photographed again, turned over, in a second selfie.

`appscan`: the document run through a phone's document-scanner app (CamScanner, Microsoft
Lens, Adobe Scan, the scanners in Google Drive and WhatsApp), which a great share of the
documents KYC services in these countries receive have been through, because agents and
employers ask for "a scan": the app finds the document's corners in the photo (a few pixels off:
a sliver of the table along an edge, or a millimetre of the document cut off), warps that
quadrilateral to a rectangle of its own proportions (so the document comes a few per cent too
wide or too tall), and applies its enhancing filter: the paper's white found locally and
stretched to pure white (pale security tints gone, shadows flattened, with the noise they hid),
colours saturated, edges sharpened with halos; or grey; or its black-and-white mode; then, in a
free app, its `Scanned with ...` watermark in the page's bottom right corner. Earlier families
show a document lying on a surface in a photo, or (`datapage`) a flat small scan; here the image
is the document alone, from a photo, with the app's geometry and tone over it. Now and then the
app found no corners and filtered the whole photo.

Their capture conditions and surfaces (in the capture module): `beauty` (the front camera's
beauty mode: skin smoothed, which smooths the card's fine print with it, the picture brightened
and warmed, a soft glow) and `mirror_saved` (the selfie saved as the front camera's preview
shows it, left for right, card and all), for `selfie`; `appscan`'s documents are photographed on
a table, on a school exercise book (`notebook`) or on a sofa's cushion (`sofa`), which show as
the slivers the app's crop leaves, or whole where it found no corners.

document_families.py imports these modules only when one of these families is drawn, one of
their conditions is applied or one of their surfaces is chosen; make-documents.py hands them
the capture (document_families.capture) only for a family whose spec says `capture`, so every
other family's documents stay the same, image for image, for a seed. The truth, the MRZ, the ID
numbers and tampering are the shared code's: this module only draws them (values_of; the
dates `dd MON yyyy` and `dd/mm/yyyy` as the shared fmt_date prints them).
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (DARK, FLAG_STRIPES, KARLA_BOLD, KARLA_EXTRABOLD, KARLA_MEDIUM, OCRB, PROPERTY,
                               ROADGEEK_C, ROADGEEK_D, SMART_LANGUAGE, SMART_SECOND, SORA_EXTRABOLD, SORA_SEMIBOLD,
                               TIRESIAS_BOLD, contact_chip, draw_mrz, greyscale_portrait, qr_code, scribble, shifted)
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_nineteenth import companion_rng, rounded, values_of
from document_families_seventeenth import CARD_NUMBER, fitted, mrz_top, noise_field, spaced, wrapped

INK = (18, 20, 26)
CARD = (1012, 638)
PAGE = (1250, 880)
# The selfie's frame (a front camera's 3:4 photo as the app uploads it). The person in it is the
# portrait's fixture photo, drawn once at this size: the card's portrait is cut from it.
SCENE = (1500, 2000)


def notice(spec):
    return PROPERTY.format("the Republic of " + spec["name"].title() if spec["alpha3"] != "UGA" else "Uganda")


def second(spec):
    """The issuer's second caption language (as `smartcard` prints it), card number included."""
    language = SMART_LANGUAGE[spec["alpha3"]]
    words = dict(SMART_SECOND[language])
    words["cardno"] = CARD_NUMBER[language]
    return words


def field(draw, x, y, caption, value, width, fonts, inks, sizes):
    """A caption over its value, both fitted to `width`: fonts = (caption, value) paths, inks and
    sizes likewise."""
    draw.text((x, y), caption, font=fitted(draw, caption, fonts[0], sizes[0], width, smallest=9), fill=inks[0])
    if value:
        draw.text((x, y + sizes[0] + 6), value, font=fitted(draw, value, fonts[1], sizes[1], width, smallest=15),
                  fill=inks[1])


def lay_rows(draw, rows, values, captions, x0, x1, top, step, fonts, inks, sizes, gap=18):
    """Rows of fields between x0 and x1 from `top`, `step` apart: each row a list of (key,
    share of the row's width; 0 for the rest of it). A key with no value is left out."""
    for k, row in enumerate(rows):
        x, y = x0, top + k * step
        for key, share in row:
            right = x + int((x1 - x0) * share) - gap if share else x1
            if values.get(key):
                size = sizes[key] if isinstance(sizes, dict) else sizes
                field(draw, x, y, captions[key], values[key], right - x, fonts,
                      inks[key] if isinstance(inks, dict) else inks, size)
            x = right + gap


# ---------------------------------------------------------------------------------------------
# `selfie`'s card: a new-generation polycarbonate card (Sora captions, Roadgeek values)

def arc_ground(size, spec, clear_from=None):
    """A pale ground: white at the left deepening to the issuer's tint at the right, under fine
    concentric arcs about a point below the card's lower left corner, in two tints; below
    `clear_from` a clear band for the MRZ."""
    width, height = size
    tint = np.array([0.55 * c + 0.45 * 246 for c in spec["color"]], float)
    t = np.linspace(0, 1, width)[None, :, None] ** 1.4
    pixels = np.array((248, 248, 246), float) * (1 - t) + tint * t
    image = Image.fromarray(np.repeat(pixels, height, axis=0).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    cx, cy = -width * 0.1, height * 1.25
    for k, r in enumerate(range(120, int(width * 1.5), 9)):
        ink = shifted(tuple(int(v) for v in tint), -16 if k % 2 else -10)
        draw.arc((cx - r, cy - r, cx + r, cy + r), 270, 360, fill=ink, width=1)
    if clear_from is not None:
        draw.rectangle((0, clear_from, width, height), fill=(250, 250, 248))
    return image


def selfie_header(draw, spec, width, subtitle, deep):
    """The title at the top left in Sora ExtraBold, the document's name in both languages
    letter-spaced under it, the arms and a small flag at the right, a rule under all."""
    title = fitted(draw, spec["title"], SORA_EXTRABOLD, 28, width - 250)
    draw.text((40, 20), spec["title"], font=title, fill=deep)
    spaced(draw, (42, 60), subtitle, fitted(draw, subtitle, SORA_SEMIBOLD, 14, width - 260, tracking=1.2),
           (84, 88, 100), tracking=1.2)
    coat_of_arms(draw, width - 150, 50, 30, deep, width=2)
    stripes = FLAG_STRIPES[spec["alpha3"]]
    x0, y0, w, h = width - 100, 28, 60, 40
    for k, c in enumerate(stripes):
        draw.rectangle((x0, y0 + k * h / len(stripes), x0 + w, y0 + (k + 1) * h / len(stripes)), fill=c)
    draw.line((40, 96, width - 40, 96), fill=deep, width=2)


def selfie_captions(labels, spec, keys):
    """Each caption in capitals, English / the issuer's second language (`SURNAME / ISIBONGO`)."""
    words = second(spec)
    return {key: f"{labels[key]} / {words.get(key, '')}".upper().rstrip(" /") for key in keys}


def faded(photo):
    """A new-generation card's colour portrait, its background fading into the card at the
    edges (printed on the card, not glued in a frame)."""
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((8, 8, photo.width - 9, photo.height - 9), radius=18, fill=255)
    out = photo.convert("RGBA")
    out.putalpha(mask.filter(ImageFilter.GaussianBlur(7)))
    return out


def selfie_front(rng, truth, spec, family, photo):
    """The front: the header; the portrait at the left, the signature under it; the ID number
    first, large, in the issuer's deep colour; then surname, given names, sex and birth date and
    nationality in one row, expiry and card number; a QR code at the top right, a ghost portrait
    under it and the contact chip at the foot of that column."""
    width, height = CARD
    deep = DARK[spec["alpha3"]]
    image = arc_ground(CARD, spec)
    draw = ImageDraw.Draw(image)
    words = second(spec)
    selfie_header(draw, spec, width, f"NATIONAL IDENTITY CARD · {words['card']}", deep)
    portrait = faded(photo.resize((236, 300), Image.LANCZOS))
    image.paste(portrait, (36, 114), portrait)
    scribble(draw, rng, 50, 428, 200, 46, (30, 36, 92))
    draw.text((40, 484), family["labels"]["sign"].upper(), font=ImageFont.truetype(SORA_SEMIBOLD, 11),
              fill=(84, 88, 100))
    values = values_of(truth, spec, family, "id_card")
    keys = ["id", "surname", "given", "sex", "dob", "nationality", "expiry", "cardno"]
    captions = selfie_captions(family["labels"], spec, keys)
    rows = [[("id", 0)], [("surname", 0)], [("given", 0)], [("sex", 0.2), ("dob", 0.42), ("nationality", 0)],
            [("expiry", 0.5), ("cardno", 0)]]
    inks = {key: ((84, 88, 100), deep if key == "id" else INK) for key in keys}
    sizes = {key: (12, 42 if key == "id" else 34) for key in keys}
    lay_rows(draw, rows, values, captions, 300, 770, 108, 84, (SORA_SEMIBOLD, ROADGEEK_C), inks, sizes)
    qr_code(draw, rng, 810, 120, 21, 7)
    ghost = greyscale_portrait(photo.resize((108, 138), Image.LANCZOS)).convert("L")
    pale = Image.new("RGB", ghost.size, deep)
    image.paste(pale, (826, 306), ghost.point(lambda v: int(0.32 * (255 - v))))
    contact_chip(draw, 830, 476, 104, 82)
    micro = ImageFont.truetype(SORA_SEMIBOLD, 8)
    line = ""
    while draw.textlength(line, font=micro) < width - 80:
        line += words["card"] + " · "
    draw.text((40, height - 26), line, font=micro, fill=shifted(deep, 110))
    return image


def selfie_back(rng, truth, spec, family):
    """The back: birthplace, date of issue and the authority at the left, a barcode at the right
    above the notice, the TD1 MRZ on a clear band (none on a Zimbabwean card)."""
    width, height = CARD
    deep = DARK[spec["alpha3"]]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 18 if truth["mrz"] else None
    image = arc_ground(CARD, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    stripes = FLAG_STRIPES[spec["alpha3"]]
    for k, c in enumerate(stripes):
        draw.rectangle((k * width / len(stripes), 0, (k + 1) * width / len(stripes), 8), fill=c)
    values = values_of(truth, spec, family, "id_card")
    keys = ["pob", "issue", "authority"]
    captions = selfie_captions(family["labels"], spec, keys)
    lay_rows(draw, [[("pob", 0)], [("issue", 0)], [("authority", 0)]], values, captions, 96, 580, 34, 76,
             (SORA_SEMIBOLD, ROADGEEK_C), ((84, 88, 100), INK), (12, 32))
    linear_barcode(draw, rng, 620, 44, 340, 96)
    bottom = clear if clear else height - 40
    wrapped(draw, notice(spec), ImageFont.truetype(SORA_SEMIBOLD, 14), 620, 170, 350, (80, 84, 94), step=19)
    draw.line((40, bottom - 22, width - 40, bottom - 22), fill=deep, width=1)
    if truth["mrz"]:
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def selfie_page(rng, truth, spec, family, photo):
    """The passport's data page in the same manner: the header, the portrait at the left with a
    ghost under it; surname first, then given names, passport number, type and code, birth date
    and sex, nationality and birthplace, issue and expiry, authority, English / French captions;
    TD3 on a clear band."""
    width, height = PAGE
    deep = DARK[spec["alpha3"]]
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 22
    image = arc_ground(PAGE, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    selfie_header(draw, spec, width, "PASSPORT · PASSEPORT", deep)
    portrait = faded(photo.resize((262, 332), Image.LANCZOS))
    image.paste(portrait, (40, 120), portrait)
    ghost = greyscale_portrait(photo.resize((96, 122), Image.LANCZOS)).convert("L")
    image.paste(Image.new("RGB", ghost.size, deep), (60, 470), ghost.point(lambda v: int(0.3 * (255 - v))))
    scribble(draw, rng, 170, 500, 150, 44, (30, 36, 92))
    values = values_of(truth, spec, family, "passport")
    labels = family["passport_labels"]
    rows = [[("surname", 0)], [("given", 0)], [("docno", 0.5), ("type", 0.2), ("code", 0)], [("dob", 0.5), ("sex", 0)],
            [("nationality", 0.5), ("pob", 0)], [("issue", 0.5), ("expiry", 0)], [("authority", 0)]]
    inks = {key: ((84, 88, 100), deep if key == "docno" else INK) for key in labels}
    lay_rows(draw, rows, values, {k: v.upper() for k, v in labels.items()}, 350, width - 90, 110, 82,
             (SORA_SEMIBOLD, ROADGEEK_C), inks, (12, 34))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def held_page(page, spec):
    """The passport as it is held up open at its data page, the rest of the booklet folded back
    behind it: the cover's dark edge a few pixels round the page, the corners rounded (RGBA)."""
    edge = 10
    booklet = Image.new("RGB", (page.width + 2 * edge, page.height + 2 * edge), shifted(DARK[spec["alpha3"]], -10))
    booklet.paste(page, (edge, edge))
    return rounded(booklet, 22)


# ---------------------------------------------------------------------------------------------
# `appscan`'s card: Karla captions, Tiresias values, the flag upright along the right edge

def wash_ground(rng, size, spec, clear_from=None):
    """A near-white ground with a soft wash of the issuer's colour from the top right corner,
    fine upright hairlines in a tint across the middle, a faint large coat of arms; below
    `clear_from` plain for the MRZ."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    d = np.hypot((xx - width) / width, yy / height)
    t = np.clip(1 - d / 1.1, 0, 1)[:, :, None] ** 1.5
    tint = np.array([0.5 * c + 0.5 * 240 for c in spec["color"]], float)
    pixels = np.array((250, 250, 248), float) * (1 - t) + tint * t
    image = Image.fromarray(pixels.astype(np.uint8))
    draw = ImageDraw.Draw(image)
    ink = shifted(tuple(int(v) for v in tint), -14)
    phase = rng.uniform(0, 6.28)
    for x in range(0, width, 7):
        a = height * (0.3 + 0.06 * math.sin(x / 90 + phase))
        draw.line((x, a, x, a + height * 0.34), fill=ink, width=1)
    coat_of_arms(draw, width * 0.55, height * 0.55, height * 0.28, shifted(ink, 8), width=3)
    if clear_from is not None:
        draw.rectangle((0, clear_from, width, height), fill=(251, 251, 250))
    return image


def flag_edge(draw, alpha3, width, height, bar=26):
    """The flag's stripes in an upright bar along the right edge."""
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((width - bar, k * height / len(stripes), width, (k + 1) * height / len(stripes)), fill=c)


def appscan_header(draw, spec, width, subtitle, deep, right):
    """The title centred (short of the flag bar) in Karla ExtraBold, the document's name centred
    and letter-spaced under it."""
    centre = (width - right) / 2
    title = fitted(draw, spec["title"], KARLA_EXTRABOLD, 32, width - right - 80)
    draw.text((centre, 40), spec["title"], font=title, fill=deep, anchor="mm")
    sub = ImageFont.truetype(KARLA_MEDIUM, 16)
    run = sum(draw.textlength(ch, font=sub) + 2.0 for ch in subtitle)
    spaced(draw, (centre - run / 2, 66), subtitle, sub, (76, 80, 90), tracking=2.0)


def appscan_front(rng, truth, spec, family, portrait_of):
    """The front: the header; the ID number in a rounded box across the top; the portrait at the
    left; given names first, then the surname, birth date and sex, nationality and expiry, the
    card number; the signature at the foot; the flag along the right edge."""
    width, height = CARD
    deep = DARK[spec["alpha3"]]
    labels = family["labels"]
    image = wash_ground(rng, CARD, spec)
    draw = ImageDraw.Draw(image)
    flag_edge(draw, spec["alpha3"], width, height)
    appscan_header(draw, spec, width, "NATIONAL IDENTITY CARD", deep, 26)
    values = values_of(truth, spec, family, "id_card")
    if values["id"]:
        draw.rounded_rectangle((36, 98, width - 62, 156), radius=12, outline=deep, width=2)
        draw.text((52, 127), labels["id"], font=ImageFont.truetype(KARLA_BOLD, 17), fill=deep, anchor="lm")
        number = fitted(draw, values["id"], TIRESIAS_BOLD, 34, 560)
        draw.text((width - 80, 128), values["id"], font=number, fill=INK, anchor="rm")
    photo = portrait_of((220, 280))
    image.paste(photo, (36, 176))
    draw.rectangle((34, 174, 36 + photo.width + 1, 176 + photo.height + 1), outline=(90, 94, 104), width=1)
    rows = [[("given", 0)], [("surname", 0)], [("dob", 0.55), ("sex", 0)], [("nationality", 0.55), ("expiry", 0)]]
    lay_rows(draw, rows, values, labels, 290, width - 60, 172, 78, (KARLA_BOLD, TIRESIAS_BOLD),
             ((96, 100, 110), INK), (15, 31))
    if values["cardno"]:
        draw.text((290, 500), f"{labels['cardno']}  {values['cardno']}", font=ImageFont.truetype(KARLA_BOLD, 19),
                  fill=deep)
    scribble(draw, rng, 560, 520, 260, 50, (28, 30, 86))
    draw.text((560, 578), labels["sign"], font=ImageFont.truetype(KARLA_MEDIUM, 12), fill=(96, 100, 110))
    return image


def appscan_back(rng, truth, spec, family):
    """The back: a barcode across the top, birthplace and date of issue side by side and the
    authority under them, the notice, the TD1 MRZ on a plain band (none on a Zimbabwean card)."""
    width, height = CARD
    labels = family["labels"]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 16 if truth["mrz"] else None
    image = wash_ground(rng, CARD, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    flag_edge(draw, spec["alpha3"], width, height, bar=14)
    linear_barcode(draw, rng, 40, 30, 520, 64)
    values = values_of(truth, spec, family, "id_card")
    lay_rows(draw, [[("pob", 0.55), ("issue", 0)], [("authority", 0)]], values, labels, 40, width - 50, 118, 76,
             (KARLA_BOLD, TIRESIAS_BOLD), ((96, 100, 110), INK), (15, 29))
    bottom = clear if clear else height - 40
    wrapped(draw, notice(spec), ImageFont.truetype(KARLA_MEDIUM, 15), 40, bottom - 96, 880, (80, 84, 94), step=20)
    if truth["mrz"]:
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def appscan_page(rng, truth, spec, family, portrait_of):
    """The passport's data page: the header centred; the portrait at the RIGHT; at the left
    passport number, type and code, given names, surname, birth date and sex, birthplace and
    nationality, issue and expiry, authority, English / French captions; TD3 on a plain band."""
    width, height = PAGE
    deep = DARK[spec["alpha3"]]
    mrz = family["passport_mrz"]
    image = wash_ground(rng, PAGE, spec, clear_from=mrz_top(mrz, 2) - 22)
    draw = ImageDraw.Draw(image)
    flag_edge(draw, spec["alpha3"], width, mrz_top(mrz, 2) - 22, bar=20)
    appscan_header(draw, spec, width, "PASSPORT · PASSEPORT", deep, 20)
    photo = portrait_of((262, 330))
    px = width - 60 - photo.width
    image.paste(photo, (px, 120))
    draw.rectangle((px - 2, 118, px + photo.width + 1, 120 + photo.height + 1), outline=(90, 94, 104), width=1)
    scribble(draw, rng, px + 10, 466, photo.width - 20, 46, (28, 30, 86))
    values = values_of(truth, spec, family, "passport")
    rows = [[("docno", 0.5), ("type", 0.2), ("code", 0)], [("given", 0)], [("surname", 0)], [("dob", 0.55), ("sex", 0)],
            [("pob", 0.55), ("nationality", 0)], [("issue", 0.55), ("expiry", 0)], [("authority", 0)]]
    inks = {key: ((96, 100, 110), deep if key == "docno" else INK) for key in family["passport_labels"]}
    lay_rows(draw, rows, values, family["passport_labels"], 50, px - 40, 108, 82, (KARLA_BOLD, TIRESIAS_BOLD), inks,
             (15, 30))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back/capture)

# The selfie's person, from the front's render to its capture and to the back's (one document at
# a time: make-documents.py renders a document's sides and photographs them before the next).
PERSON = {}


def person_key(truth):
    fields = truth["fields"]
    return (fields["full_name"], fields["date_of_birth"], fields["expiry_date"], fields["id_number"],
            fields["document_number"])


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "selfie":
        scene = portrait_of(SCENE)  # the holder: one draw of a fixture photo, the card's portrait cut from it
        PERSON.clear()
        PERSON[person_key(truth)] = scene
        crop = scene.crop((0, 40, SCENE[0], 40 + int(SCENE[0] * 300 / 236)))
        if kind == "passport":
            return held_page(selfie_page(rng, truth, spec, family, crop), spec)
        return rounded(selfie_front(rng, truth, spec, family, crop), 34)
    if kind == "passport":
        return appscan_page(rng, truth, spec, family, portrait_of)
    return appscan_front(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "selfie":
        return rounded(selfie_back(rng, truth, spec, family), 34)
    return appscan_back(rng, truth, spec, family)


def capture(rng, flat, level, family, truth, photograph):
    """The photo of a flat side: (image, quarter turns)."""
    import document_families_twentyfirst_capture as shots
    if family["style"] == "selfie":
        return shots.selfie(rng, flat, PERSON[person_key(truth)], level), 0
    return shots.scanner_app(rng, flat, level, family, photograph)


def apply_condition(rng, image, condition):
    import document_families_twentyfirst_capture as shots
    return shots.apply_condition(rng, image, condition)


def surface(rng, name, size):
    import document_families_twentyfirst_capture as shots
    return shots.surface(rng, name, size)
