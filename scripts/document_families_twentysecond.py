"""The twenty-second held-out layout families for scripts/make-documents.py: `mobileid` and
`videocall` (their specs are in document_families.FAMILIES, which says what they look like). This
module draws `mobileid`'s screens, "captures" them (the screenshot as it reaches the service) and
holds its capture conditions; document_families_twentysecond_call.py draws and captures
`videocall` and holds its condition.

Why these two. Of the ideas put for this round, a card in a clear plastic sleeve or ID holder was
left again: `laminated` already shows a card through clear plastic with a margin round it, `wallet`
a card in a clear window, `sheen`, `specular` and `glare` the plastic's light, and the twentieth
round left the sleeve for the same reasons. A photo forwarded through a chat app and screenshotted
in the gallery was left: `forwarded` (seventeenth) and `screenshot` (eighteenth) are conditions
already. A night photo with the flash (`flash`, `night`, ninth) and a worn, faded card (`worn`,
seventh) were left for the same reason. A driving licence or a residence permit was left because
the truth and the scoring know only identity cards and passports (a licence's classes, a permit's
category have nowhere to go). New scripts beside English were left: `script` already prints
Amharic or Arabic labels, `trilingual` Arabic, `mirrored` Arabic rows. What was chosen are two
ways documents reach KYC services now that no earlier family shows, both with the document on a
SCREEN that was screenshotted, not photographed:

`mobileid`: the identity document as the issuer's (or a bank's) DIGITAL ID app shows it,
screenshotted on the phone and uploaded. A fast-growing share of identity documents reach KYC
services in these countries this way: Nigeria's NIMC MobileID app shows the holder's digital NIN
slip and card, and agents and lenders are sent its screenshot; Kenya's Maisha Namba and eCitizen,
the Ghana Card services in Ghana's banking and telco apps, South Africa's Smart ID in the banking
apps, Uganda's and Zimbabwe's registries' online services show the card as a picture with the
holder's details listed under it; a passport's chip read by an NFC reading app (the KYC apps' own
"scan your passport's chip" step) lists the data page (DG1, MRZ and all) with the chip's photo.
Every earlier family is a physical document, photographed, scanned or copied; here there is no
paper and no camera: the document is born digital, drawn by an app at the screen's resolution in
the app's own type, shown TWICE on one screen (the card as the app draws it, and the same fields
again as the app's rows, captions at the left in grey and values right-aligned; dates
`14 Sep 1987` in the rows and `14 SEP 1987` on the card; the sex as `Male` in the rows and `M` on
the card), in the phone's chrome (status bar, the app's bar, a Front / Back switch, a button, the
gesture bar), light or dark. What degrades it is how a screenshot travels: kept as it is (`scan`,
`easy`), sent through a chat app once (`medium`: 1600 pixels tall, recompressed) or forwarded again
(`hard`: then 1280 pixels tall, recompressed again).

`videocall`: the document shown to the camera in a VIDEO CALL and the call screenshotted, as
video KYC is done: banks, lenders and mobile-money agents in Nigeria, Kenya, Ghana, South Africa
and Uganda verify customers on a video call (their own app's, or WhatsApp's, Meet's, Zoom's), the
agent asking the customer to hold the ID up to the camera and keeping a screenshot. `selfie`
(twenty-first) holds the card beside the face in a still photo at the camera's full resolution;
here the document is held CLOSE, most of the frame's width, over the face, and what reaches the
service is a video frame: the stream's low resolution (600 x 800 on a weak connection), the
codec's blocks and halved chroma, a hand's shake, inside the call app's screen on the agent's
phone (the video fitted to the width over a blurred copy of itself, the caller's name, the call's
time, the agent's own tile, the buttons) or laptop (a meeting app's dark screen, the portrait video
in a tile with dark sides). Its card is a layout no earlier family has (topographic contour lines
behind, the ID number first in red serif, Libertine values under small Biolinum Italic captions,
`Family name`, `Forenames`, `Citizenship`, `Valid until`, dates `14-Sep-1987`, the portrait at the
right).

Their capture conditions are new too: for `mobileid`, `notification`, a heads-up notification slid
down over the top of the screenshot when it was taken (a chat message, a mobile-money receipt, a
data bundle's warning: a rounded card with an app icon, a title and a line of text, over the status
bar and the app's bar, never the document), and `screen_crop`, the screenshot cropped in the
phone's editor to the card the app draws (a margin of a few per cent round it, uneven: a sliver of
the app's background, the rows gone), as people crop a screenshot to "just the ID"; for
`videocall`, `poor_connection`, the connection weakening as the screenshot was taken (the video
gone coarse, a band of blocks a frame behind, the app's `Poor connection` notice over the video).
Neither family is photographed lying on anything, so neither brings a surface; the photo's
conditions that would fall on the app's screen too (a shadow, a finger, low light, motion blur)
are not drawn for them.

document_families.py imports these modules only when one of these families is drawn or one of
their conditions is applied; make-documents.py hands their capture to document_families.capture
(as for the twenty-first families, whose specs name a `capture`), so every other family's
documents stay the same, image for image, for a seed. The truth, the MRZ, the ID numbers and
tampering are the shared code's: these modules only draw them (values_of; the MRZ lines as the
truth has them, tampered or not).
"""
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (CABIN, CABIN_BOLD, CABIN_MEDIUM, CABIN_SEMIBOLD, DARK, FIRA_MEDIUM, FLAG_STRIPES,
                               PROPERTY, SPARTAN_BOLD, SPARTAN_SEMIBOLD, draw_mrz, qr_code, scribble, shifted)
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_nineteenth import companion_rng, rounded, values_of
from document_families_seventeenth import fitted


SCREEN = (1080, 2340)  # a tall phone screen's screenshot, as Android saves it
CARD = (960, 606)      # the card as the app draws it (ID-1's proportions)
THEMES = {
    "light": dict(ground=(246, 247, 249), panel=(255, 255, 255), ink=(22, 24, 30), grey=(108, 114, 126),
                  rule=(226, 229, 234), bar=(255, 255, 255), chrome=(30, 32, 38)),
    "dark": dict(ground=(16, 17, 20), panel=(30, 32, 37), ink=(238, 240, 244), grey=(150, 156, 168),
                 rule=(54, 57, 64), bar=(22, 23, 27), chrome=(236, 238, 242)),
}
# The app's title by issuer: what the screen calls the document.
APP_TITLES = {"ZWE": "My National ID", "ZAF": "Digital Smart ID", "NGA": "Digital NIN", "KEN": "Digital ID",
              "GHA": "My Ghana Card", "UGA": "My National ID"}


def font(path, size):
    return ImageFont.truetype(path, size)


def titled(words):
    """`FEDERAL REPUBLIC OF NIGERIA` as an app writes it: `Federal Republic of Nigeria`."""
    small = {"OF", "THE", "AND"}
    return " ".join(w.lower() if k and w in small else w.capitalize() for k, w in enumerate(words.split()))


def session(truth):
    """The phone's state when the screenshots were taken (the theme, the time, the battery), drawn
    from the document's own generator (companion_rng): the front's screen and the back's are
    taken a minute or two apart in one sitting."""
    rng = companion_rng(truth, "mobileid-session")
    return dict(theme="dark" if rng.random() < 0.35 else "light", minutes=rng.randint(6 * 60, 22 * 60 + 50),
                battery=rng.randint(9, 98), icons=rng.randint(1, 3))


def app_values(truth, spec, family, kind):
    """The list's values (dates `14 Sep 1987`, the sex as a word) and the card's (dates
    `14 SEP 1987`, the sex as a letter)."""
    listed = values_of(truth, spec, family, kind)
    listed["sex"] = {"M": "Male", "F": "Female"}.get(listed["sex"], listed["sex"])
    return listed, values_of(truth, spec, family, kind, pattern="dd MON yyyy")


def status_bar(draw, rng, theme, width, state, later):
    """The phone's status bar: the time at the left, notification icons, signal, wifi and
    the battery with its percentage at the right; `later` (the back's screen) a minute or two
    on, the battery a point lower or not."""
    ink = theme["chrome"]
    minutes = state["minutes"] + (rng.randint(1, 2) if later else 0)
    draw.text((54, 22), f"{minutes // 60}:{minutes % 60:02d}", font=font(CABIN_SEMIBOLD, 38), fill=ink)
    x = 160
    for _ in range(state["icons"]):
        draw.rounded_rectangle((x, 32, x + 28, 60), radius=6, outline=ink, width=3)
        x += 44
    right = width - 54
    battery = state["battery"] - (rng.randint(0, 1) if later else 0)
    label = f"{battery}%"
    f = font(CABIN_MEDIUM, 32)
    right -= draw.textlength(label, font=f)
    draw.text((right, 26), label, font=f, fill=ink)
    right -= 62
    draw.rounded_rectangle((right, 30, right + 50, 60), radius=6, outline=ink, width=3)
    draw.rectangle((right + 5, 35, right + 5 + int(40 * battery / 100), 55), fill=ink)
    draw.rectangle((right + 51, 40, right + 55, 50), fill=ink)
    right -= 58
    for k in range(3):  # wifi: three arcs
        r = 10 + 11 * k
        draw.arc((right + 22 - r, 58 - r, right + 22 + r, 58 + r), 225, 315, fill=ink, width=5)
    right -= 52
    for k in range(4):  # signal bars
        draw.rectangle((right + k * 11, 58 - 8 * (k + 1), right + k * 11 + 7, 58), fill=ink)


def app_bar(draw, theme, width, title, subtitle, accent):
    """The app's bar: a back arrow, the title and the issuer under it, a menu's three dots."""
    draw.rectangle((0, 90, width, 250), fill=theme["bar"])
    ink = theme["ink"]
    draw.line((54, 160, 96, 160), fill=ink, width=6)
    draw.line((54, 160, 76, 138), fill=ink, width=6)
    draw.line((54, 160, 76, 182), fill=ink, width=6)
    draw.text((130, 118), title, font=font(CABIN_BOLD, 48), fill=ink)
    draw.text((132, 180), subtitle, font=font(CABIN, 30), fill=theme["grey"])
    for k in range(3):
        draw.ellipse((width - 70, 130 + 22 * k, width - 60, 140 + 22 * k), fill=ink)
    draw.line((0, 250, width, 250), fill=theme["rule"], width=2)


def switch(draw, theme, width, y, selected, accent, labels=("Front", "Back")):
    """The Front / Back switch, the side shown selected in the issuer's colour."""
    x0, x1 = 120, width - 120
    draw.rounded_rectangle((x0, y, x1, y + 84), radius=42, fill=theme["panel"], outline=theme["rule"], width=2)
    half = (x1 - x0) // 2
    for k, label in enumerate(labels):
        left = x0 + k * half
        f = font(CABIN_SEMIBOLD, 36)
        if k == selected:
            draw.rounded_rectangle((left + 6, y + 6, left + half - 6, y + 78), radius=36, fill=accent)
            ink = (255, 255, 255)
        else:
            ink = theme["grey"]
        w = draw.textlength(label, font=f)
        draw.text((left + (half - w) / 2, y + 20), label, font=f, fill=ink)


def detail_rows(draw, theme, width, top, heading, rows):
    """A panel of rows: the caption at the left in grey, the value right-aligned in the ink,
    hairlines between; returns the panel's bottom."""
    draw.text((60, top), heading, font=font(CABIN_BOLD, 38), fill=theme["ink"])
    y = top + 66
    step = 104
    draw.rounded_rectangle((40, y, width - 40, y + step * len(rows) + 10), radius=28, fill=theme["panel"])
    for k, (caption, value) in enumerate(rows):
        row = y + 10 + k * step
        draw.text((76, row + 32), caption, font=font(CABIN, 34), fill=theme["grey"])
        room = width - 76 - 76 - draw.textlength(caption, font=font(CABIN, 34)) - 30
        f = fitted(draw, value, CABIN_SEMIBOLD, 40, room, smallest=22)
        draw.text((width - 76 - draw.textlength(value, font=f), row + 28), value, font=f, fill=theme["ink"])
        if k < len(rows) - 1:
            draw.line((76, row + step, width - 76, row + step), fill=theme["rule"], width=2)
    return y + step * len(rows) + 10


def gesture_bar(draw, theme, width, height):
    draw.rounded_rectangle((width // 2 - 140, height - 30, width // 2 + 140, height - 20), radius=5,
                           fill=theme["chrome"])


def button(draw, width, y, text, accent):
    draw.rounded_rectangle((60, y, width - 60, y + 120), radius=60, fill=accent)
    f = font(CABIN_BOLD, 40)
    draw.text(((width - draw.textlength(text, font=f)) / 2, y + 36), text, font=f, fill=(255, 255, 255))


# ---------------------------------------------------------------------------------------------
# The card as the app draws it

def card_ground(spec):
    """A smooth digital ground: white at the bottom left rising to the issuer's tint at the top
    right, soft diagonal bands (a vector guilloche the app renders clean)."""
    width, height = CARD
    tint = np.array(spec["color"], float)
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    t = np.clip((xx / width + (1 - yy / height)) / 2, 0, 1)[:, :, None]
    pixels = np.array((252, 252, 251), float) * (1 - t) + tint * t
    bands = 0.5 + 0.5 * np.sin((xx * 0.7 + yy) / 9.0 + 2.5 * np.sin(xx / 140.0))
    pixels -= (bands ** 8)[:, :, None] * 10
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def card_header(draw, spec, deep, subtitle):
    """The flag's stripes down the left edge, the title in League Spartan, the arms at the right."""
    stripes = FLAG_STRIPES[spec["alpha3"]]
    h = CARD[1] / len(stripes)
    for k, colour in enumerate(stripes):
        draw.rectangle((0, int(k * h), 14, int((k + 1) * h)), fill=colour)
    title = spec["title"]
    draw.text((44, 24), title, font=fitted(draw, title, SPARTAN_BOLD, 36, CARD[0] - 180, smallest=20), fill=deep)
    draw.text((46, 70), subtitle, font=font(SPARTAN_SEMIBOLD, 20), fill=shifted(deep, 40))
    coat_of_arms(draw, CARD[0] - 70, 62, 40, deep)
    draw.line((44, 104, CARD[0] - 30, 104), fill=shifted(deep, 90), width=2)


def card_field(draw, x, y, caption, value, width, deep, size=30):
    if not value:  # a card with no card number (Zimbabwe's) leaves the field out
        return
    draw.text((x, y), caption.upper(), font=font(CABIN_SEMIBOLD, 15), fill=shifted(deep, 30))
    draw.text((x, y + 20), value, font=fitted(draw, value, CABIN_BOLD, size, width, smallest=16), fill=(20, 22, 28))


def card_front(rng, truth, spec, family, photo):
    deep = DARK[spec["alpha3"]]
    image = card_ground(spec)
    draw = ImageDraw.Draw(image)
    card_header(draw, spec, deep, "NATIONAL IDENTITY CARD")
    image.paste(photo.resize((220, 280)), (44, 128))
    draw.rectangle((43, 127, 264, 408), outline=shifted(deep, 60), width=2)
    scribble(draw, companion_rng(truth, "mobileid-sign"), 50, 440, 200, 50, (30, 34, 60))
    _, card = app_values(truth, spec, family, "id_card")
    labels = family["labels"]
    x, right = 296, CARD[0] - 40
    card_field(draw, x, 126, labels["surname"], card["surname"], right - x - 170, deep, 34)
    card_field(draw, x, 196, labels["given"], card["given"], right - x - 170, deep, 30)
    card_field(draw, x, 266, labels["dob"], card["dob"], 250, deep)
    card_field(draw, x + 270, 266, labels["sex"], card["sex"], 80, deep)
    card_field(draw, x + 380, 266, labels["nationality"], card["nationality"], right - x - 380, deep)
    card_field(draw, x, 336, labels["expiry"], card["expiry"], 250, deep)
    card_field(draw, x + 270, 336, labels["cardno"], card["cardno"], right - x - 270, deep)
    qr_code(draw, companion_rng(truth, "mobileid-qr"), right - 128, 128, 25, 5, ink=(20, 22, 28),
            paper=(255, 255, 255))
    draw.rounded_rectangle((296, 420, right, 516), radius=16, fill=shifted(deep, 150))
    draw.text((316, 428), labels["id"].upper(), font=font(CABIN_SEMIBOLD, 16), fill=deep)
    draw.text((316, 450), card["id"], font=fitted(draw, card["id"], CABIN_BOLD, 46, right - 336, smallest=24),
              fill=deep)
    draw.text((44, 560), "Digital copy issued by " + card["authority"], font=font(CABIN, 18),
              fill=shifted(deep, 60))
    return rounded(image, 30)


def card_back(rng, truth, spec, family):
    deep = DARK[spec["alpha3"]]
    image = card_ground(spec)
    draw = ImageDraw.Draw(image)
    _, card = app_values(truth, spec, family, "id_card")
    labels = family["labels"]
    draw.rectangle((0, 0, CARD[0], 14), fill=FLAG_STRIPES[spec["alpha3"]][0])
    linear_barcode(draw, companion_rng(truth, "mobileid-barcode"), 44, 40, 420, 70)
    card_field(draw, 500, 36, labels["pob"], card["pob"], CARD[0] - 540, deep)
    card_field(draw, 500, 100, labels["issue"], card["issue"], 220, deep)
    card_field(draw, 44, 140, labels["authority"], card["authority"], 420, deep)
    draw.text((44, 216), PROPERTY.format(spec["name"].title()), font=fitted(draw, PROPERTY.format(
        spec["name"].title()), CABIN, 18, CARD[0] - 88, smallest=12), fill=shifted(deep, 40))
    draw.rectangle((0, 380, CARD[0], CARD[1]), fill=(252, 252, 250))
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return rounded(image, 30)


def passport_photo(photo):
    return photo.resize((300, 380))


# ---------------------------------------------------------------------------------------------
# The screens

def paste_card(screen, card, x, y, theme):
    """The card on the screen with the app's soft drop shadow under it."""
    shadow = Image.new("L", screen.size, 0)
    ImageDraw.Draw(shadow).rounded_rectangle((x + 4, y + 14, x + card.width - 4, y + card.height + 14),
                                             radius=30, fill=90 if theme is THEMES["light"] else 160)
    shadow = shadow.filter(ImageFilter.GaussianBlur(14))
    screen.paste(Image.new("RGB", screen.size, (0, 0, 0)), (0, 0), shadow)
    screen.paste(card, (x, y), card)


def screen_base(rng, truth, spec, title, later=False):
    state = session(truth)
    theme = THEMES[state["theme"]]
    screen = Image.new("RGB", SCREEN, theme["ground"])
    draw = ImageDraw.Draw(screen)
    status_bar(draw, rng, theme, SCREEN[0], state, later)
    app_bar(draw, theme, SCREEN[0], title, titled(spec["name"]), DARK[spec["alpha3"]])
    return screen, draw, theme


def id_screen(rng, truth, spec, family, photo, side):
    screen, draw, theme = screen_base(rng, truth, spec, APP_TITLES[spec["alpha3"]], later=side == "back")
    accent = shifted(DARK[spec["alpha3"]], 30)
    switch(draw, theme, SCREEN[0], 292, 0 if side == "front" else 1, accent)
    card = card_front(rng, truth, spec, family, photo) if side == "front" else card_back(rng, truth, spec, family)
    x, y = (SCREEN[0] - CARD[0]) // 2, 420
    paste_card(screen, card, x, y, theme)
    listed, _ = app_values(truth, spec, family, "id_card")
    labels = family["labels"]
    if side == "front":
        keys = ["id", "surname", "given", "dob", "sex", "nationality", "expiry"]
        bottom = detail_rows(draw, theme, SCREEN[0], y + CARD[1] + 60, "Personal details",
                             [(labels[k], listed[k]) for k in keys if listed[k]])
        button(draw, SCREEN[0], bottom + 60, "Share ID", accent)
    else:
        keys = ["cardno", "pob", "issue", "authority"]
        bottom = detail_rows(draw, theme, SCREEN[0], y + CARD[1] + 60, "Card details",
                             [(labels[k], listed[k]) for k in keys if listed[k]])
        mrz_box(draw, theme, SCREEN[0], bottom + 50, truth["mrz"])
    gesture_bar(draw, theme, SCREEN[0], SCREEN[1])
    screen.info["card_box"] = (x, y, x + CARD[0], y + CARD[1])
    return screen


def mrz_box(draw, theme, width, top, lines):
    """The MRZ as text in the app (Fira Code), in a bordered box, under its heading; fitted to
    the box's width (a TD3 line's 44 characters come smaller than a TD1 line's 30)."""
    draw.text((60, top), "Machine readable zone", font=font(CABIN_BOLD, 38), fill=theme["ink"])
    inner = width - 2 * 40 - 2 * 36
    f = fitted(draw, lines[0], FIRA_MEDIUM, 44, inner, smallest=16)
    step = int(f.size * 1.5)
    y = top + 66
    draw.rounded_rectangle((40, y, width - 40, y + 40 + step * len(lines)), radius=20, fill=theme["panel"],
                           outline=theme["rule"], width=2)
    for k, line in enumerate(lines):
        draw.text((76, y + 22 + k * step), line, font=f, fill=theme["ink"])
    return y + 40 + step * len(lines)


def passport_screen(rng, truth, spec, family, photo):
    """The passport's chip read by an NFC reading app: a `Chip verified` badge, the chip's photo
    with the name beside it, the data page's fields as rows, the MRZ as text."""
    screen, draw, theme = screen_base(rng, truth, spec, "Passport")
    accent = shifted(DARK[spec["alpha3"]], 30)
    listed, _ = app_values(truth, spec, family, "passport")
    labels = family["passport_labels"]
    draw.rounded_rectangle((40, 290, SCREEN[0] - 40, 740), radius=28, fill=theme["panel"])
    portrait = passport_photo(photo)
    screen.paste(portrait, (76, 325))
    x = 420
    draw.rounded_rectangle((x, 330, x + 330, 386), radius=28, fill=(24, 128, 72))
    draw.line([(x + 26, 358), (x + 38, 370), (x + 60, 346)], fill=(255, 255, 255), width=6)  # a tick
    draw.text((x + 76, 338), "Chip verified", font=font(CABIN_SEMIBOLD, 32), fill=(255, 255, 255))
    draw.text((x, 420), listed["surname"], font=fitted(draw, listed["surname"], CABIN_BOLD, 56,
                                                      SCREEN[0] - x - 70, smallest=28), fill=theme["ink"])
    draw.text((x, 494), listed["given"], font=fitted(draw, listed["given"], CABIN_MEDIUM, 44,
                                                    SCREEN[0] - x - 70, smallest=24), fill=theme["ink"])
    draw.text((x, 570), titled(spec["title"]), font=fitted(draw, titled(spec["title"]), CABIN, 30,
                                                          SCREEN[0] - x - 70, smallest=18), fill=theme["grey"])
    draw.text((x, 620), "Passport \u00b7 " + spec["alpha3"], font=font(CABIN, 30), fill=theme["grey"])
    keys = ["docno", "type", "code", "nationality", "dob", "sex", "expiry"]
    bottom = detail_rows(draw, theme, SCREEN[0], 790, "Data page", [(labels[k], listed[k]) for k in keys if listed[k]])
    bottom = mrz_box(draw, theme, SCREEN[0], bottom + 50, truth["mrz"])
    button(draw, SCREEN[0], min(bottom + 50, SCREEN[1] - 190), "Continue", accent)
    gesture_bar(draw, theme, SCREEN[0], SCREEN[1])
    # What `screen_crop` keeps of a passport's screen: the chip's data, photo panel to MRZ (the
    # status bar, the app's bar and the button cut away).
    screen.info["card_box"] = (40, 290, SCREEN[0] - 40, bottom)
    return screen


# ---------------------------------------------------------------------------------------------
# The hooks document_families.py calls

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "videocall":
        import document_families_twentysecond_call as call
        return call.render_front(rng, truth, spec, family, kind, portrait_of)
    photo = portrait_of((220, 280) if kind == "id_card" else (300, 380))
    if kind == "passport":
        return passport_screen(rng, truth, spec, family, photo)
    return id_screen(rng, truth, spec, family, photo, "front")


def render_back(rng, truth, spec, family):
    if family["style"] == "videocall":
        import document_families_twentysecond_call as call
        return call.render_back(rng, truth, spec, family)
    return id_screen(rng, truth, spec, family, None, "back")


def recompress(image, quality, subsample=2):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, subsampling=subsample)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def capture(rng, flat, level, family, truth, photograph):
    """The screenshot as it reaches the service: as saved (`scan`, `easy`), sent through a chat
    app once (`medium`) or forwarded again (`hard`); (image, quarter turns: none). `videocall`'s
    screenshot of the call is its own module's."""
    if family["style"] == "videocall":
        import document_families_twentysecond_call as call
        return call.capture(rng, flat, level, family, truth, photograph)
    box = flat.info.get("card_box")
    image = flat
    if level in ("medium", "hard"):
        for tall, quality in ([(1600, rng.randint(68, 80))] if level == "medium"
                              else [(1600, rng.randint(64, 76)), (1280, rng.randint(55, 68))]):
            scale = tall / image.height
            image = recompress(image.resize((round(image.width * scale), tall), Image.LANCZOS), quality)
    if box:
        scale = image.width / SCREEN[0]
        image.info["card_box"] = tuple(round(v * scale) for v in box)
    return image, 0


def notification(rng, image):
    """A heads-up notification over the top of the screen, never over the document."""
    width = image.width
    s = width / SCREEN[0]
    out = image.copy()
    layer = Image.new("RGBA", out.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    dark = rng.random() < 0.4
    panel = (44, 46, 52, 246) if dark else (250, 250, 252, 246)
    ink, grey = ((240, 240, 244), (170, 174, 184)) if dark else ((20, 22, 28), (96, 100, 110))
    top = int(rng.uniform(14, 34) * s)
    draw.rounded_rectangle((int(24 * s), top, width - int(24 * s), top + int(200 * s)), radius=int(40 * s), fill=panel)
    sender, title, text, colour = rng.choice([
        ("WhatsApp", "Mum", "Did you send the ID to the bank?", (37, 211, 102)),
        ("Messages", "MoMo", "You have received 150.00 from 0244 ***", (255, 204, 0)),
        ("My Network", "Data bundle", "You have used 90% of your daily bundle", (0, 166, 81)),
        ("Telegram", "Agent", "Send the back side also please", (42, 171, 238)),
        ("Gmail", "Account opening", "Your application is in review", (219, 68, 55)),
    ])
    icon = int(64 * s)
    ix, iy = int(60 * s), top + int(40 * s)
    draw.ellipse((ix, iy, ix + icon, iy + icon), fill=colour)
    x = ix + icon + int(28 * s)
    draw.text((x, top + int(30 * s)), f"{sender} \u00b7 now", font=font(CABIN, max(10, int(28 * s))), fill=grey)
    draw.text((x, top + int(72 * s)), title, font=font(CABIN_BOLD, max(12, int(38 * s))), fill=ink)
    draw.text((x, top + int(122 * s)), text, font=font(CABIN, max(11, int(32 * s))), fill=ink)
    out.paste(layer, (0, 0), layer)
    out.info.update(image.info)
    return out


def screen_crop(rng, image):
    """The screenshot cropped in the phone's editor to the card the app draws (a passport's
    screen to its data, the photo panel down to the MRZ), a few per cent of margin round it,
    uneven."""
    box = image.info.get("card_box")
    if not box:
        return image
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    crop = (max(0, x0 - int(rng.uniform(0.0, 0.05) * w)), max(0, y0 - int(rng.uniform(0.01, 0.08) * h)),
            min(image.width, x1 + int(rng.uniform(0.0, 0.05) * w)), min(image.height, y1 + int(rng.uniform(0.01, 0.1) * h)))
    return image.crop(crop)


def apply_condition(rng, image, condition):
    if condition == "poor_connection":
        import document_families_twentysecond_call as call
        return call.apply_condition(rng, image, condition)
    if condition == "notification":
        return notification(rng, image), None
    return screen_crop(rng, image), None
