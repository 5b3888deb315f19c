"""The twenty-fourth held-out layout families for scripts/make-documents.py: `lanyard` and
`dashboard` (their specs are in document_families.FAMILIES, which says what they look like). This
module draws both, the surfaces they lie on, `lanyard`'s capture in a badge holder and the four
capture conditions that come with them.

Why these two. Both are ways documents reach KYC services in these countries that no earlier
family shows:

`lanyard`: the card worn on a LANYARD in a clear PVC badge holder (as clinic staff, security
guards, market association members and many employees in Kenya, Uganda, Nigeria carry their
national ID), photographed where it hangs, against the holder's shirt. The layout is a
symmetric "butterfly" no earlier family has: the title centred over a thin flag band, the
portrait in the MIDDLE of the card, surname and given names at its left aligned towards it,
birth date, sex and nationality at its right, the ID number large and centred under it between
the expiry and the card number; captions English / second language (Kiswahili, French,
Afrikaans or isiNdebele) over each value. Title in OSP-DIN, captions in Quicksand Bold, values in
Oxygen Sans Bold (packages already installed, never combined so). Dates `14.09.1987`. The
passport page is the same butterfly with the TD3 MRZ at the foot, held open against the shirt.
Conditions: `holder_scuff` (the badge holder's PVC scuffed and yellowed: a milky haze of fine
scratches and a broad sheen band) and `lantern` (photographed at night by a paraffin lamp during
load shedding: warm light falling off from one side, the rest dim and noisy).

`dashboard`: the document laid on a car's DASHBOARD and photographed from the driver's seat, as
ride-hailing and delivery drivers do when they sign up on the apps (Bolt, Uber, SafeBoda, inDrive
onboard by the thousand in Lagos, Nairobi, Kampala, Accra, Johannesburg). The layout puts the
title at the FOOT: a dark band across the bottom of the card with the country's title reversed
out at the left and the ID number reversed out at the right; the portrait at the top LEFT with
rounded corners; values in Roboto Slab Bold to its right, captions in B612 (small, grey, lower
case with a colon) at the left of each value in a column of their own. Dates `14/09/1987`.
Passport: the same foot band above the white MRZ strip. Conditions: `sunstrip` (the
windscreen's tinted top band darkening and tinting blue-green the top of the photo) and
`harmattan` (the dry season's dusty haze: contrast lowered towards beige, fine dust specks on the
dashboard and the document).

document_families.py imports this module only when one of these families is drawn, one of their
surfaces laid or one of their conditions applied, so every other family's documents stay the
same, image for image, for a seed. Truth, MRZ, ID numbers and tampering are the shared code's:
this module only draws them (values_of prints what tampering put there).
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, DARK, FLAG_STRIPES, draw_mrz, grouped_id, scribble, shifted)
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_nineteenth import companion_rng, values_of, second_words
from document_families_seventeenth import fitted

DIN = "/usr/share/fonts/truetype/opendin/OSP-DIN.ttf"
QUICKSAND_BOLD = "/usr/share/fonts/truetype/quicksand/Quicksand-Bold.ttf"
OXYGEN_BOLD = "/usr/share/fonts/truetype/oxygen/Oxygen-Sans-Bold.ttf"
SLAB_BOLD = "/usr/share/fonts/opentype/roboto/slab/RobotoSlab-Bold.otf"
SLAB_REGULAR = "/usr/share/fonts/opentype/roboto/slab/RobotoSlab-Regular.otf"
B612 = "/usr/share/fonts/opentype/b612/B612-Regular.otf"
B612_BOLD = "/usr/share/fonts/opentype/b612/B612-Bold.otf"
CARD = (1012, 638)
PAGE = (1250, 880)
TITLES = {"id_card": "NATIONAL IDENTITY CARD", "passport": "PASSPORT"}


def font(path, size):
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------------------------------------
# `lanyard`: the butterfly layout

def lanyard_ground(size, color):
    """A pale ground with a fine guilloche of two crossing sine families."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    base = np.array(shifted(color, 20), float)
    a = np.abs(np.sin((yy + 18 * np.sin(xx / 47.0)) / 6.0)) < 0.12
    b = np.abs(np.sin((xx + 22 * np.sin(yy / 53.0)) / 7.0)) < 0.10
    pixels = np.ones((height, width, 3)) * base
    pixels[a | b] -= np.array([18, 16, 10], float)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def flag_band(draw, alpha3, width, y, h):
    stripes = FLAG_STRIPES[alpha3]
    step = h / len(stripes)
    for k, colour in enumerate(stripes):
        draw.rectangle((0, y + k * step, width, y + (k + 1) * step), fill=colour)


def field(draw, x, y, key, value, labels, second, width, deep, anchor="l", size=30):
    """Caption English / second language over the value; anchored left, right or centre at x."""
    if not value:
        return
    caption = f"{labels[key]} / {second.get(key, labels[key])}"
    cfont = fitted(draw, caption, QUICKSAND_BOLD, 17, width, smallest=11)
    vfont = fitted(draw, value, OXYGEN_BOLD, size, width, smallest=16)
    a = {"l": "la", "r": "ra", "m": "ma"}[anchor]
    draw.text((x, y), caption, font=cfont, fill=shifted(deep, 40), anchor=a)
    draw.text((x, y + 24), value, font=vfont, fill=(18, 18, 24), anchor=a)


def lanyard_front(rng, truth, spec, family, kind, photo):
    alpha3 = spec["alpha3"]
    deep = DARK[alpha3]
    values = values_of(truth, spec, family, kind)
    second = second_words(alpha3)
    width, height = CARD if kind == "id_card" else PAGE
    image = lanyard_ground((width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    title = spec["title"]
    draw.text((width / 2, 14), title, font=fitted(draw, title, DIN, 44, width - 200, smallest=24), fill=deep,
              anchor="ma")
    draw.text((width / 2, 62), TITLES[kind], font=font(DIN, 24), fill=shifted(deep, 50), anchor="ma")
    flag_band(draw, alpha3, width, 94, 12)
    coat_of_arms(draw, 56, 52, 36, deep)
    coat_of_arms(draw, width - 56, 52, 36, deep)
    px, py = (width - photo.width) // 2, 120
    image.paste(photo, (px, py))
    draw.rectangle((px - 2, py - 2, px + photo.width + 1, py + photo.height + 1), outline=deep, width=2)
    left_w = px - 40
    right_x = px + photo.width + 20
    right_w = width - 20 - right_x
    if kind == "id_card":
        labels = family["labels"]
        field(draw, px - 20, 130, "surname", values["surname"], labels, second, left_w, deep, "r", 34)
        field(draw, px - 20, 210, "given", values["given"], labels, second, left_w, deep, "r")
        field(draw, px - 20, 290, "cardno", values["cardno"], labels, second, left_w, deep, "r")
        field(draw, right_x, 130, "dob", values["dob"], labels, second, right_w, deep)
        field(draw, right_x, 210, "sex", values["sex"], labels, second, right_w, deep)
        field(draw, right_x, 290, "nationality", values["nationality"], labels, second, right_w, deep)
        field(draw, right_x, 370, "expiry", values["expiry"], labels, second, right_w, deep)
        scribble(draw, companion_rng(truth, "lanyard-sign"), 60, 380, 260, 50, (30, 30, 70))
        number = grouped_id(values["id"], alpha3)
        caption = f"{labels['id']} / {second['id']}"
        draw.text((width / 2, 452), caption, font=font(QUICKSAND_BOLD, 20), fill=deep, anchor="ma")
        draw.text((width / 2, 480), number, font=fitted(draw, number, OXYGEN_BOLD, 54, width - 160, smallest=28),
                  fill=(14, 14, 20), anchor="ma")
        flag_band(draw, alpha3, width, height - 30, 12)
        return image
    labels = family["passport_labels"]
    field(draw, px - 20, 124, "type", f"{values['type']}  {values['code']}",
          dict(labels, type=f"{labels['type']}, {labels['code']}"),
          dict(second, type=f"{second['type']}, {second['code']}"), left_w, deep, "r")
    field(draw, px - 20, 200, "docno", values["docno"], labels, second, left_w, deep, "r")
    field(draw, px - 20, 276, "surname", values["surname"], labels, second, left_w, deep, "r", 34)
    field(draw, px - 20, 352, "given", values["given"], labels, second, left_w, deep, "r")
    field(draw, px - 20, 428, "authority", values["authority"], labels, second, left_w, deep, "r")
    field(draw, right_x, 124, "nationality", values["nationality"], labels, second, right_w, deep)
    field(draw, right_x, 200, "dob", values["dob"], labels, second, right_w, deep)
    field(draw, right_x, 276, "sex", values["sex"], labels, second, right_w, deep)
    field(draw, right_x, 352, "pob", values["pob"], labels, second, right_w, deep)
    field(draw, right_x, 428, "issue", values["issue"], labels, second, right_w, deep)
    field(draw, right_x, 504, "expiry", values["expiry"], labels, second, right_w, deep)
    scribble(draw, companion_rng(truth, "lanyard-sign"), px, py + photo.height + 14, photo.width, 60, (30, 30, 70))
    draw.rectangle((0, 712, width, height), fill=(250, 250, 246))
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def lanyard_back(rng, truth, spec, family):
    alpha3 = spec["alpha3"]
    deep = DARK[alpha3]
    labels = family["labels"]
    second = second_words(alpha3)
    values = values_of(truth, spec, family, "id_card")
    width, height = CARD
    image = lanyard_ground(CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    flag_band(draw, alpha3, width, 0, 12)
    field(draw, width / 2, 30, "pob", values["pob"], labels, second, width - 200, deep, "m")
    field(draw, width / 4, 110, "issue", values["issue"], labels, second, width / 2 - 40, deep, "m")
    field(draw, 3 * width / 4, 110, "authority", values["authority"], labels, second, width / 2 - 40, deep, "m")
    linear_barcode(draw, companion_rng(truth, "lanyard-barcode"), width / 2 - 180, 190, 360, 90)
    draw.rectangle((0, 400, width, height), fill=(250, 250, 246))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `dashboard`: the title band at the foot

def dash_ground(rng, size, color):
    """A ground fading from the issuer's pale colour at the top to white at the foot, with fine
    horizontal hairlines."""
    width, height = size
    top, bottom = np.array(shifted(color, 8), float), np.array((250, 250, 248), float)
    t = np.linspace(0, 1, height)[:, None, None]
    pixels = top * (1 - t) + bottom * t + np.zeros((1, width, 1))
    pixels[::5] -= 9
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def row(draw, x, y, caption_w, key, value, labels, width, size=32):
    if not value:
        return
    draw.text((x, y + size * 0.62), labels[key].lower() + ":", font=font(B612, 17), fill=(104, 106, 112),
              anchor="ls")
    draw.text((x + caption_w, y + size * 0.9), value,
              font=fitted(draw, value, SLAB_BOLD, size, width - caption_w, smallest=16), fill=(16, 16, 22), anchor="ls")


def foot_band(draw, spec, kind, width, y, h, deep, number_text):
    draw.rectangle((0, y, width, y + h), fill=deep)
    title = spec["title"]
    draw.text((30, y + 12), title, font=fitted(draw, title, SLAB_BOLD, 30, width * 0.55, smallest=16),
              fill=(246, 246, 240))
    draw.text((30, y + 52), TITLES[kind], font=font(B612_BOLD, 18), fill=shifted(deep, 120))
    if number_text:
        caption, number = number_text
        draw.text((width - 30, y + 10), caption, font=font(B612, 16), fill=shifted(deep, 120), anchor="ra")
        draw.text((width - 30, y + 32), number, font=fitted(draw, number, SLAB_BOLD, 40, width * 0.4, smallest=22),
                  fill=(255, 255, 255), anchor="ra")


def rounded_photo(image, photo, x, y, radius=22):
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, photo.width - 1, photo.height - 1), radius=radius, fill=255)
    image.paste(photo, (x, y), mask)


def dashboard_front(rng, truth, spec, family, kind, photo):
    alpha3 = spec["alpha3"]
    deep = DARK[alpha3]
    values = values_of(truth, spec, family, kind)
    if kind == "id_card":
        labels = family["labels"]
        width, height = CARD
        image = dash_ground(rng, CARD, spec["color"])
        draw = ImageDraw.Draw(image)
        rounded_photo(image, photo, 30, 30)
        coat_of_arms(draw, width - 60, 58, 36, ACCENT[alpha3])
        x, cw = 30 + photo.width + 30, 150
        w = width - 30 - x
        rows = [("surname", values["surname"]), ("given", values["given"]), ("dob", values["dob"]),
                ("sex", values["sex"]), ("nationality", values["nationality"]), ("expiry", values["expiry"]),
                ("cardno", values["cardno"])]
        for k, (key, value) in enumerate(rows):
            row(draw, x, 40 + k * 58 + (20 if k else 0), cw, key, value, labels, w - (90 if k == 0 else 0),
                38 if k == 0 else 32)
        scribble(draw, companion_rng(truth, "dashboard-sign"), 40, 30 + photo.height + 10, photo.width - 20, 50,
                 (28, 30, 70))
        foot_band(draw, spec, kind, width, height - 96, 96, deep,
                  (labels["id"], grouped_id(values["id"], alpha3)))
        return image
    labels = family["passport_labels"]
    width, height = PAGE
    image = dash_ground(rng, PAGE, spec["color"])
    draw = ImageDraw.Draw(image)
    rounded_photo(image, photo, 40, 40)
    coat_of_arms(draw, width - 70, 66, 40, ACCENT[alpha3])
    x, cw = 40 + photo.width + 36, 200
    w = width - 40 - x
    rows = [("type", f"{values['type']}   {values['code']}"), ("docno", values["docno"]), ("surname", values["surname"]),
            ("given", values["given"]), ("nationality", values["nationality"]), ("dob", values["dob"]),
            ("sex", values["sex"]), ("pob", values["pob"]), ("issue", values["issue"]), ("expiry", values["expiry"]),
            ("authority", values["authority"])]
    labels = dict(labels, type=labels["type"] + " / " + labels["code"])
    for k, (key, value) in enumerate(rows):
        row(draw, x, 36 + k * 52, cw, key, value, labels, w - (100 if k < 2 else 0), 30)
    scribble(draw, companion_rng(truth, "dashboard-sign"), 50, 40 + photo.height + 14, photo.width - 20, 60,
             (28, 30, 70))
    foot_band(draw, spec, kind, width, 624, 84, deep, None)
    draw.rectangle((0, 708, width, height), fill=(250, 250, 247))
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def dashboard_back(rng, truth, spec, family):
    alpha3 = spec["alpha3"]
    deep = DARK[alpha3]
    labels = family["labels"]
    values = values_of(truth, spec, family, "id_card")
    width, height = CARD
    image = dash_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 40), fill=deep)
    for k, (key, value) in enumerate([("pob", values["pob"]), ("issue", values["issue"]),
                                      ("authority", values["authority"])]):
        row(draw, 30, 60 + k * 56, 190, key, value, labels, 560, 30)
    linear_barcode(draw, companion_rng(truth, "dashboard-barcode"), 640, 70, 330, 110)
    draw.rectangle((0, 400, width, height), fill=(250, 250, 247))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "lanyard":
        photo = portrait_of((220, 280) if kind == "id_card" else (300, 380))
        return lanyard_front(rng, truth, spec, family, kind, photo)
    photo = portrait_of((250, 300) if kind == "id_card" else (300, 380))
    return dashboard_front(rng, truth, spec, family, kind, photo)


def render_back(rng, truth, spec, family):
    if family["style"] == "lanyard":
        return lanyard_back(rng, truth, spec, family)
    return dashboard_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# `lanyard`'s capture: the card in a clear badge holder

def badge_holder(rng, flat):
    """The card inside a clear PVC badge holder: a margin of clear, slightly milky plastic with a
    welded seam, a slot punched at the top with the lanyard's metal clip through it."""
    margin, top = 26, 70
    width, height = flat.width + 2 * margin, flat.height + margin + top
    holder = Image.new("RGB", (width, height), (214, 218, 222))
    draw = ImageDraw.Draw(holder)
    pixels = np.asarray(holder, float) + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 4, (height, width, 1))
    holder = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(holder)
    draw.rectangle((4, 4, width - 5, height - 5), outline=(170, 176, 182), width=3)  # the welded seam
    sx = width // 2
    draw.rounded_rectangle((sx - 70, 18, sx + 70, 36), radius=9, fill=(60, 62, 66))  # the slot
    draw.rounded_rectangle((sx - 22, 0, sx + 22, 30), radius=6, fill=(176, 178, 184), outline=(110, 112, 118), width=2)
    strap = tuple(rng.choice([(20, 60, 150), (180, 30, 40), (20, 20, 24), (0, 120, 70)]))
    draw.rectangle((sx - 16, 0, sx + 16, 8), fill=strap)
    window = Image.blend(flat, Image.new("RGB", flat.size, (226, 230, 234)), 0.08)  # seen through the plastic
    holder.paste(window, (margin, top))
    return holder


def capture(rng, flat, level, family, truth, photograph):
    """`lanyard`'s card photographed in its badge holder hanging on the shirt; its passport held
    open against the shirt (the photograph alone); (image, quarter turns)."""
    if flat.width == CARD[0] and flat.height == CARD[1]:
        flat = badge_holder(rng, flat)
    return photograph(flat)


# ---------------------------------------------------------------------------------------------
# Surfaces: `lanyard`'s shirt and `dashboard`'s dashboard

def shirt(rng, size):
    """A work shirt's cloth, close up: a plain or checked weave in a uniform's colour, a placket
    with buttons down one side."""
    width, height = size
    base = np.array(rng.choice([(200, 214, 232), (236, 236, 232), (120, 140, 170), (196, 168, 130),
                                (170, 196, 176)]), float)
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    weave = 6 * np.sin(xx * 1.9) * np.sin(yy * 1.7)
    pixels = np.ones((height, width, 3)) * base + weave[:, :, None]
    if rng.random() < 0.5:  # checked: thin darker threads both ways, a little wavy with the cloth
        period = rng.uniform(26, 48)
        wx = xx + 3 * np.sin(yy / 37.0)
        wy = yy + 3 * np.sin(xx / 41.0)
        check = ((wx % period) < 3).astype(float) + ((wy % period) < 3).astype(float)
        thread = np.array(rng.choice([(60, 40, 10), (10, 30, 60), (50, 10, 40)]), float)
        pixels -= check[:, :, None] * thread * 0.6
    folds = 14 * np.sin(xx / rng.uniform(90, 160) + yy / rng.uniform(200, 400))
    pixels += folds[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    px = rng.uniform(0.08, 0.92) * width
    draw.line((px, 0, px, height), fill=tuple(int(c * 0.8) for c in base), width=3)
    draw.line((px + 40, 0, px + 40, height), fill=tuple(int(c * 0.8) for c in base), width=2)
    for y in range(int(rng.uniform(40, 140)), height, 180):
        draw.ellipse((px + 12, y - 9, px + 30, y + 9), fill=(236, 232, 224), outline=(150, 150, 150))
    return image.filter(ImageFilter.GaussianBlur(0.8))


def dashboard(rng, size):
    """A car's dashboard from the driver's seat: dark grained plastic, the windscreen's foot at
    the top with the bright sky beyond, an air vent's slats at one side."""
    width, height = size
    base = rng.choice([(44, 44, 46), (62, 58, 54), (30, 32, 36)])
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    grain = noise.normal(0, 6, (height // 2 + 1, width // 2 + 1))
    grain = np.kron(grain, np.ones((2, 2)))[:height, :width]
    pixels = np.ones((height, width, 3)) * np.array(base, float) + grain[:, :, None]
    yy = np.arange(height)[:, None, None]
    pixels += 30 * np.exp(-yy / (0.3 * height))  # the sky's light on the dash, brighter near the glass
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    glass = int(rng.uniform(0.04, 0.09) * height)
    draw.rectangle((0, 0, width, glass), fill=(206, 220, 232))
    draw.line((0, glass, width, glass), fill=(16, 16, 18), width=6)
    vx = rng.choice([rng.uniform(0.0, 0.08), rng.uniform(0.84, 0.92)]) * width
    vy = rng.uniform(0.55, 0.75) * height
    draw.rounded_rectangle((vx, vy, vx + 0.12 * width, vy + 0.18 * height), radius=12, fill=(22, 22, 24))
    for k in range(6):
        y = vy + 8 + k * 0.18 * height / 6
        draw.line((vx + 6, y, vx + 0.12 * width - 6, y), fill=(70, 70, 74), width=3)
    return image


def surface(rng, name, size):
    if name == "shirt":
        return shirt(rng, size)
    assert name == "dashboard", name
    return dashboard(rng, size)


# ---------------------------------------------------------------------------------------------
# Conditions

def document_box(image):
    corners = image.info.get("document_corners")
    if not corners:
        return 0, 0, image.width, image.height
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (max(0, min(xs)), max(0, min(ys)), min(image.width, max(xs)), min(image.height, max(ys)))


def finished(pixels, image):
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out.info.update(image.info)
    return out


def holder_scuff(rng, image):
    """The badge holder's PVC scuffed and yellowed with wear: a milky yellow haze over the
    document, a web of fine scratches catching the light and a broad soft sheen band."""
    width, height = image.size
    x0, y0, x1, y1 = document_box(image)
    layer = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(layer)
    for _ in range(rng.randint(60, 140)):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        a, n = rng.uniform(0, math.pi), rng.uniform(10, 120)
        draw.line((x, y, x + n * math.cos(a), y + n * math.sin(a)), fill=rng.randint(60, 150), width=1)
    # The holder itself, as the photo shows it (its outline, not the box round it).
    corners = image.info.get("document_corners")
    shape = Image.new("L", image.size, 0 if corners else 255)
    if corners:
        ImageDraw.Draw(shape).polygon([tuple(c) for c in corners], fill=255)
    region = np.asarray(shape.filter(ImageFilter.GaussianBlur(1.0)), float)[:, :, None] / 255
    scratches = np.asarray(layer.filter(ImageFilter.GaussianBlur(0.7)), float)[:, :, None] / 255 * region
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    a = rng.uniform(0, math.pi)
    d = xx * math.cos(a) + yy * math.sin(a)
    centre = rng.uniform(d.min(), d.max())
    sheen = np.exp(-((d - centre) / (0.12 * max(width, height))) ** 2)[:, :, None] * rng.uniform(0.25, 0.4)
    pixels = np.asarray(image, float)
    haze = region * rng.uniform(0.1, 0.18)
    pixels = pixels * (1 - haze) + np.array([236, 228, 196], float) * haze
    pixels = pixels * (1 - sheen * region) + 248 * sheen * region
    pixels = pixels * (1 - scratches * 0.8) + 240 * scratches * 0.8
    return finished(pixels, image)


def lantern(rng, image):
    """At night by a paraffin lamp (load shedding): warm orange light falling off from a point at
    one side of the frame, the far side dim; the phone's noise in the dark."""
    width, height = image.size
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    side = rng.choice(["left", "right", "top", "bottom"])
    lx, ly = {"left": (-0.15 * width, rng.uniform(0.2, 0.8) * height),
              "right": (1.15 * width, rng.uniform(0.2, 0.8) * height),
              "top": (rng.uniform(0.2, 0.8) * width, -0.15 * height),
              "bottom": (rng.uniform(0.2, 0.8) * width, 1.15 * height)}[side]
    d = np.hypot(xx - lx, yy - ly) / max(width, height)
    light = np.clip(1.25 / (1 + (d / 0.55) ** 2), 0.22, 1.0)[:, :, None]
    pixels = np.asarray(image, float) * light * np.array([1.08, 0.86, 0.55])
    pixels += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 5, (height, width, 1)) * (1.3 - light)
    return finished(pixels, image)


def sunstrip(rng, image):
    """The windscreen's tinted top band: the upper part of the photo (as the phone was held under
    it) darker and blue-green, its lower edge a soft gradient."""
    width, height = image.size
    edge = rng.uniform(0.25, 0.45) * height
    soft = rng.uniform(0.03, 0.07) * height
    yy = np.arange(height, dtype=float)[:, None, None]
    band = 1 / (1 + np.exp((yy - edge) / soft))
    tint = np.array([0.55, 0.72, 0.74]) * rng.uniform(0.85, 1.0)
    pixels = np.asarray(image, float)
    pixels = pixels * (1 - band) + pixels * tint * band
    return finished(pixels, image)


def harmattan(rng, image):
    """The harmattan's dusty haze: the contrast lowered towards a beige grey, the light flat, fine
    dust specks settled on the dashboard and the document."""
    width, height = image.size
    pixels = np.asarray(image, float)
    amount = rng.uniform(0.22, 0.34)
    dust = np.array([206, 188, 160], float)
    pixels = pixels * (1 - amount) + dust * amount
    layer = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(layer)
    for _ in range(rng.randint(300, 700)):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0.6, 2.0)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(80, 200))
    specks = np.asarray(layer, float)[:, :, None] / 255 * 0.6
    pixels = pixels * (1 - specks) + np.array([222, 206, 176], float) * specks
    out = finished(pixels, image).filter(ImageFilter.GaussianBlur(0.5))
    out.info.update(image.info)
    return out


def apply_condition(rng, image, condition):
    handlers = dict(holder_scuff=holder_scuff, lantern=lantern, sunstrip=sunstrip, harmattan=harmattan)
    return handlers[condition](rng, image), None
