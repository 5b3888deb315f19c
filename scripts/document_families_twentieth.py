"""The twentieth held-out layout families for scripts/make-documents.py: `frontback` and
`mended` (their specs are in document_families.FAMILIES, which says what they look like).

Why these two. Of the ideas put for this round, a document in a clear plastic sleeve was left:
`laminated` already shows a card through clear plastic with a margin round it, `wallet` a card in
a clear window, and `sheen` a sleeve's sheen. Rubber stamps and signatures over printed fields
were left too: `photocopy` puts a commissioner's stamp over its lower fields, `booklet`,
`typewriter` and `handwritten` an office's stamp over theirs. Dates in two calendars were left
for want of an issuer among the generator's countries that prints them. What was chosen:

`frontback`: both sides of an identity card on ONE image, as banks, agents and employers in
Kenya, Nigeria, Ghana, Zimbabwe and South Africa ask for them ("a copy of your ID, front and
back") and as copy shops make them: the two sides laid one above the other on a copier's glass
and copied in colour onto one A4 sheet, the sheet photographed. Every earlier card comes as one
photo a side, the MRZ on a side of its own (or, `frontmrz`, under the fields of a one-sided
card); here one photo holds the front's fields, the back's birthplace, date of issue and
authority, and the back's MRZ below them, with two sets of captions and two headers, and the
copier's look over all of it (pale tints dropped to the paper, colours muted, a halftone screen,
the colour planes a pixel out of register, the card's edge drawn dark where it held the lid off
the glass). A passport is copied open, as it lies on the glass: the data page under the facing
page (its observations and the holder's signature), the spine's gutter dark and soft between
them and the cover's edge round them. The truth of the one image is the document's: its front
and its back are the same card's, drawn from the same truth.

`mended`: a broken document held together with clear adhesive tape, as worn cards are carried
until they can be replaced: an older PVC card (dye-sublimation printed) cracked across from one
long edge to the other, the two pieces a pixel or three apart and turned a hair, the plastic
stress-whitened along the crack, a strip of clear tape (yellowed with age or fresh, its cut end
serrated by the dispenser's teeth or torn, dirt along its edges, trapped air, a glossy band
along it) over the crack on both sides, overhanging the card's edges; the crack's course seen
from the back is the front's mirrored (the same card), and where it crosses the back's MRZ it
runs between two characters, so it shifts them without cutting one. A passport's data page has
torn in from its outer edge between two rows of fields and is taped along or across the tear,
and the page, come loose at the stitching, is taped along the spine. No earlier family shows a
broken document or tape; `worn`, `crumpled`, `crease` and `bent` mark a whole document.

Their two capture conditions are new in kind too: `cracked_lens`, the phone's cracked camera
glass (common on the budget phones most of these photos are taken with): a star of cracks
round an impact near a corner of the frame, each crack a bright thin line with the picture a
pixel off across it, a milky haze round the impact; and `annotated`, the photo marked in the
phone's editor before it was sent, as people are told to mark the copies they give out: `FOR
KYC ONLY`, `FOR ACCOUNT OPENING ONLY` and the like typed upright on the phone's screen across the
upper part of the document in a translucent colour, sometimes with a date (never over the lower
third of the document, where the MRZ is). `frontback`'s photos are framed inside the copy sheet
(`copypaper`: the rest of the A4 sheet fills the frame round the copied sides, no table shows);
`mended`'s are taken on a table or on a white plastic garden chair's seat (`chair`), where many
a document is laid for want of a table.

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions is applied or one of their surfaces is chosen, so every other family's
documents stay the same, image for image, for a seed. The truth, the MRZ, the ID numbers and
tampering are the shared code's: this module only draws them (values_of, the date patterns
`dd/mm/yyyy` and `dd MON yyyy` as the shared fmt_date prints them). `frontback` cards are
one-sided for make-documents.py (`mrz_front`): the one image is the card, MRZ and all. `mended`
cards come as RGBA images (the card, the tape's overhang translucent, the rest clear), which
make-documents.py's photograph() lays by their alpha as it does `laminated`'s pouch. The crack's
course is drawn from a generator seeded by the document's truth (companion_rng), so the back
shows the front's crack.
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, DARK, FLAG_STRIPES, GO, GO_BOLD, GO_MONO_BOLD, GO_SMALLCAPS,
                               MANROPE_BOLD, MANROPE_EXTRABOLD, MANROPE_MEDIUM, MANROPE_SEMIBOLD, OCRB, PROPERTY,
                               ROBOTO_BOLD, ROBOTO_MEDIUM, draw_mrz, flag_band, shifted, qr_code, scribble)
from document_families_eighteenth import soft, thumbprint
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_nineteenth import companion_rng, rounded, values_of
from document_families_seventeenth import fitted, mrz_top, noise_field, spaced, wrapped

INK = (20, 22, 28)
CARD = (1012, 638)
PAGE = (1250, 880)


def notice(spec):
    """The card's notice, naming its issuer."""
    return PROPERTY.format("the Republic of " + spec["name"].title() if spec["alpha3"] != "UGA" else "Uganda")


# ---------------------------------------------------------------------------------------------
# `frontback`: both sides on one copy sheet

def zigzag_ground(rng, size, spec, clear_from=None):
    """A pale ground: the issuer's tint under rows of fine zigzags (chevrons) in two tints, a
    faint roundel of rays at the right; below `clear_from` a clear band for the MRZ."""
    width, height = size
    paper = tuple(int(0.5 * c + 0.5 * p) for c, p in zip(spec["color"], (236, 236, 228)))
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    inks = [shifted(paper, -22), shifted(tuple(paper[k] for k in (1, 2, 0)), -18)]
    step, tooth = rng.choice([(22, 30), (26, 36), (30, 40)])
    for row, y in enumerate(range(-step, height + step, step)):
        points = [(x, y + (step * 0.6 if (x // tooth) % 2 else 0)) for x in range(0, width + tooth, tooth)]
        draw.line(points, fill=inks[row % 2], width=1)
    cx, cy, r = width * 0.72, height * 0.52, height * 0.34
    for k in range(72):
        a = k * math.pi / 36
        draw.line((cx + 0.35 * r * math.cos(a), cy + 0.35 * r * math.sin(a), cx + r * math.cos(a),
                   cy + r * math.sin(a)), fill=shifted(paper, -14))
    if clear_from is not None:
        draw.rectangle((0, clear_from, width, height), fill=tuple(min(255, v + 4) for v in paper))
    return image


def manrope_field(draw, x, y, caption, value, width, accent, size=29, ink=INK):
    """A caption in the issuer's deep colour (Manrope SemiBold, title case) over its value in
    Manrope ExtraBold capitals, smaller where the value would be wider than `width`."""
    draw.text((x, y), caption, font=fitted(draw, caption, MANROPE_SEMIBOLD, 15, width, smallest=10), fill=accent)
    if value:
        draw.text((x, y + 19), value, font=fitted(draw, value, MANROPE_EXTRABOLD, size, width, smallest=16), fill=ink)


def manrope_header(draw, spec, family, subtitle, width):
    """The arms at the top left, the title beside them, the document's name letter-spaced under
    it, and the flag's colours in a thin band under both."""
    deep = DARK[spec["alpha3"]]
    coat_of_arms(draw, 62, 54, 36, deep, width=2)
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - 150)
    draw.text((112, 18), spec["title"], font=title, fill=deep)
    spaced(draw, (114, 58), subtitle, fitted(draw, subtitle, MANROPE_MEDIUM, 16, width - 160, tracking=1.5),
           (70, 74, 84), tracking=1.5)
    flag_band(draw, spec["alpha3"], width, 92, 6)


def frontback_front(rng, truth, spec, family, portrait_of):
    """The card's front: the header; the fields at the left (surname; given names; birth date
    and sex; nationality and expiry; the ID number in the issuer's deep colour beside the card
    number); the portrait at the right in a thin frame, the signature under it."""
    width, height = CARD
    labels, deep = family["labels"], DARK[spec["alpha3"]]
    image = zigzag_ground(rng, CARD, spec)
    draw = ImageDraw.Draw(image)
    manrope_header(draw, spec, family, "NATIONAL IDENTITY CARD", width)
    photo = portrait_of((232, 292))
    px, py = width - 46 - photo.width, 116
    draw.rectangle((px - 3, py - 3, px + photo.width + 2, py + photo.height + 2), outline=deep, width=1)
    image.paste(photo, (px, py))
    scribble(draw, rng, px + 10, py + photo.height + 10, photo.width - 24, 40, (26, 34, 90))
    draw.text((px, py + photo.height + 56), labels["sign"], font=ImageFont.truetype(MANROPE_MEDIUM, 12),
              fill=(90, 94, 104))
    values = values_of(truth, spec, family, "id_card")
    x0, x1 = 44, px - 30
    rows = [[("surname", 0)], [("given", 0)], [("dob", 0.56), ("sex", 0)], [("nationality", 0.56), ("expiry", 0)],
            [("id", 0.56), ("cardno", 0)]]
    for k, row in enumerate(rows):
        y = 112 + k * 84
        for c, (key, share) in enumerate(row):
            if not values[key]:
                continue
            x = x0 if c == 0 else x0 + int((x1 - x0) * row[0][1])
            right = x0 + int((x1 - x0) * share) - 16 if share else x1
            manrope_field(draw, x, y, labels[key], values[key], right - x, deep,
                          ink=deep if key == "id" else INK, size=31 if key == "id" else 29)
    micro = ImageFont.truetype(MANROPE_MEDIUM, 9)
    line = ""
    while draw.textlength(line, font=micro) < width - 90:
        line += spec["name"] + " · "
    draw.text((44, height - 30), line, font=micro, fill=shifted(deep, 90))
    return image


def frontback_back(rng, truth, spec, family):
    """The card's back: birthplace, date of issue and the authority at the left, a QR code at
    the right, the notice, a barcode, and the TD1 MRZ on a clear band (none on a Zimbabwean
    card, whose barcode and notice run lower)."""
    width, height = CARD
    labels, deep = family["labels"], DARK[spec["alpha3"]]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 18 if truth["mrz"] else None
    image = zigzag_ground(rng, CARD, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    flag_band(draw, spec["alpha3"], width, 0, 6)
    values = values_of(truth, spec, family, "id_card")
    for k, key in enumerate(["pob", "issue", "authority"]):
        manrope_field(draw, 44, 28 + k * 74, labels[key], values[key], 560, deep, size=27)
    qr_code(draw, rng, 760, 40, 25, 7)
    bottom = clear if clear else height - 40
    wrapped(draw, notice(spec), ImageFont.truetype(MANROPE_MEDIUM, 15), 44, bottom - 122, 620, (80, 84, 94), step=20)
    linear_barcode(draw, rng, 700, bottom - 120, 270, 70)
    if truth["mrz"]:
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def frontback_page(rng, truth, spec, family, portrait_of):
    """The passport's data page: the header, the portrait at the left with the signature under
    it; type, code and passport number, surname, given names, nationality and sex, birth date
    and birthplace, issue and expiry, the authority, English / French captions; TD3 on a clear
    band."""
    width, height = PAGE
    labels, deep = family["passport_labels"], DARK[spec["alpha3"]]
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 22
    image = zigzag_ground(rng, PAGE, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    manrope_header(draw, spec, family, "PASSPORT · PASSEPORT", width)
    photo = portrait_of((262, 330))
    image.paste(photo, (52, 130))
    draw.rectangle((49, 127, 52 + photo.width + 2, 130 + photo.height + 2), outline=deep, width=1)
    scribble(draw, rng, 62, 474, photo.width - 24, 46, (26, 34, 90))
    draw.text((52, 530), labels["sign"], font=ImageFont.truetype(MANROPE_MEDIUM, 12), fill=(90, 94, 104))
    values = values_of(truth, spec, family, "passport")
    left, right = 360, width - 60
    rows = [[("type", 130), ("code", 170), ("docno", 0)], [("surname", 0)], [("given", 0)],
            [("nationality", 420), ("sex", 0)], [("dob", 420), ("pob", 0)], [("issue", 420), ("expiry", 0)],
            [("authority", 0)]]
    for k, row in enumerate(rows):
        y, x = 112 + k * 80, left
        for key, w in row:
            end = x + w - 20 if w else right
            manrope_field(draw, x, y, labels[key], values[key], end - x, deep, size=30 if key == "surname" else 28)
            x += w
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def observations_page(rng, spec):
    """The page facing the data page, as much of it as the copy shows above the spine (its lower
    part): the official observations on ruled lines, the holder's signature in a box, the
    notice about the passport's ownership, the page number."""
    width, height = PAGE
    paper = tuple(int(0.16 * c + 0.84 * p) for c, p in zip(spec["color"], (250, 249, 243)))
    page = Image.new("RGB", PAGE, paper)
    draw = ImageDraw.Draw(page)
    for y in range(0, height, 10):
        draw.line([(x, y + 3 * math.sin(x / 70 + y / 31)) for x in range(0, width + 10, 10)], fill=shifted(paper, -9))
    deep = DARK[spec["alpha3"]]
    heading = ImageFont.truetype(MANROPE_BOLD, 22)
    draw.text((60, 250), "OBSERVATIONS / OBSERVATIONS OFFICIELLES", font=heading, fill=deep)
    for y in range(310, 560, 44):
        draw.line((60, y, width - 60, y), fill=shifted(paper, -40), width=1)
    draw.text((70, 280), rng.choice(["NIL", "NO OBSERVATIONS", "NONE"]), font=ImageFont.truetype(MANROPE_MEDIUM, 20),
              fill=(60, 62, 70))
    draw.rectangle((60, 610, 620, 740), outline=deep, width=1)
    draw.text((70, 616), "Signature of bearer / Signature du titulaire", font=ImageFont.truetype(MANROPE_MEDIUM, 14),
              fill=deep)
    scribble(draw, rng, 110, 650, 380, 70, (26, 34, 90))
    wrapped(draw, f"This passport is the property of the Government of {spec['name'].title()}. "
                  "Ce passeport est la propriété du Gouvernement.", ImageFont.truetype(MANROPE_MEDIUM, 15),
            680, 620, 500, (80, 84, 94), step=21)
    draw.text((width / 2, height - 40), str(rng.randint(2, 5)), font=ImageFont.truetype(MANROPE_MEDIUM, 18),
              fill=shifted(paper, -80), anchor="mm")
    return page


def open_booklet(rng, spec, page, facing):
    """The passport open on the copier's glass: the facing page's lower part above the data
    page, the cover's edge round both; the gutter dark and soft where the spine lifts the pages
    off the glass (the page blurred and shaded towards it)."""
    width, height = PAGE
    shown = int(height * rng.uniform(0.32, 0.55))
    edge = 12
    booklet = Image.new("RGB", (width + 2 * edge, shown + height + 2 * edge), DARK[spec["alpha3"]])
    booklet.paste(facing.crop((0, height - shown, width, height)), (edge, edge))
    booklet.paste(page, (edge, edge + shown))
    spine = edge + shown
    blurred = np.asarray(booklet.filter(ImageFilter.GaussianBlur(3.0)), float)
    pixels = np.asarray(booklet, float)
    rows = np.abs(np.arange(pixels.shape[0], dtype=float) - spine)[:, None, None]
    reach = rng.uniform(26, 44)
    lift = np.exp(-rows / reach)
    pixels = pixels * (1 - lift) + blurred * lift
    pixels *= 1 - 0.82 * np.exp(-rows / (reach * 0.45)) - 0.12 * np.exp(-rows / (reach * 2.5))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


COPY_PAPER = (246, 246, 242)
# A copier's colour cast, as a power on each colour's coverage: the paper (1) stays the paper.
COPIER_CASTS = [(1.0, 1.0, 1.0), (1.0, 1.03, 1.12), (1.1, 1.03, 1.0), (1.0, 1.06, 1.02)]


def on_glass(sheet, piece, x, y, rng):
    """`piece` (RGBA) laid on the copier's glass at (x, y) of `sheet` (a float array): its
    thickness holds the lid off the glass round it, so the copy greys a few millimetres round
    its edge and draws the edge itself dark on the side away from the lamp."""
    alpha = np.asarray(piece.getchannel("A"), float) / 255
    h, w = alpha.shape
    pad = 24
    ring = np.zeros((h + 2 * pad, w + 2 * pad))
    ring[pad:pad + h, pad:pad + w] = alpha
    halo = soft(ring, rng.uniform(5, 9))
    shift = (rng.choice([-2, -1, 1, 2]), rng.choice([-2, -1, 1, 2]))
    edge = np.roll(np.roll(soft(ring, 1.2), shift[1], axis=0), shift[0], axis=1)
    region = sheet[y - pad:y + h + pad, x - pad:x + w + pad]
    region *= (1 - 0.12 * halo)[:, :, None]
    region *= (1 - 0.7 * np.clip(edge - ring, 0, 1))[:, :, None]
    body = np.asarray(piece.convert("RGB"), float)
    inner = region[pad:pad + h, pad:pad + w]
    inner[:] = inner * (1 - alpha[:, :, None]) + body * alpha[:, :, None]


def copier(rng, sheet, colour):
    """The copier's rendering of the glass (a float array, 0..255): the pale tints dropped to the
    paper and the darks deepened; in colour, the colours muted and cast a little, one colour
    plane a pixel or two out of register, a fine halftone screen in the mid-tones; in black and
    white, grey with one screen; toner specks; printed on the sheet's paper."""
    height, width, _ = sheet.shape
    t = sheet / 255
    white, black = rng.uniform(0.9, 0.95), rng.uniform(0.05, 0.11)
    t = np.clip((t - black) / (white - black), 0, 1) ** rng.uniform(0.95, 1.2)
    grey = (t @ np.array([0.3, 0.59, 0.11]))[:, :, None]
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    period = rng.uniform(3.6, 4.6)

    def screen(angle):
        a = math.radians(angle)
        u = (xx * math.cos(a) + yy * math.sin(a)) / period
        v = (-xx * math.sin(a) + yy * math.cos(a)) / period
        return np.cos(2 * np.pi * u) * np.cos(2 * np.pi * v)

    if colour:
        t = np.clip(grey + rng.uniform(0.72, 0.9) * (t - grey), 0, 1) ** np.array(rng.choice(COPIER_CASTS))
        plane = rng.randint(0, 2)
        t[:, :, plane] = np.roll(np.roll(t[:, :, plane], rng.choice([-2, -1, 1, 2]), axis=1),
                                 rng.choice([-1, 0, 1]), axis=0)
        for c, angle in enumerate((15, 75, 45)):
            t[:, :, c] *= 1 + 0.5 * screen(angle + rng.uniform(-2, 2)) * t[:, :, c] * (1 - t[:, :, c])
    else:
        t = np.repeat(grey, 3, axis=2) * (1 + 0.5 * screen(45)[:, :, None] * grey * (1 - grey))
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    specks = noise.random((height, width)) < rng.uniform(0.00004, 0.00015)
    t[specks] *= 0.35
    out = np.clip(t, 0, 1) * np.array(COPY_PAPER, float) + noise.normal(0, 1.0, (height, width, 3))
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def copy_sheet(rng, pieces, gap):
    """The part of the A4 sheet the photo frames: `pieces` (RGBA, each turned a little as it was
    laid by hand) one under the other with `gap` pixels between them, a margin of paper round
    them, copied (in colour four times in five). The margin under the last piece is the widest:
    the drawn part of the sheet is tall, so a hard capture's turn and slant may take its lower
    corners out of the frame, and the back's MRZ is there."""
    margin, foot = rng.randint(40, 70), rng.randint(100, 150)
    width = max(p.width for p in pieces) + 2 * margin + 30
    height = sum(p.height for p in pieces) + gap * (len(pieces) - 1) + margin + foot
    sheet = np.full((height, width, 3), 255.0)
    y = margin
    for piece in pieces:
        x = margin + rng.randint(0, 30)
        on_glass(sheet, piece, x, y, rng)
        y += piece.height + gap
    return copier(rng, sheet, colour=rng.random() < 0.8)


def frontback_card(rng, truth, spec, family, portrait_of):
    """Both sides of the card copied onto one sheet, the front above the back, each with its
    rounded corners and turned up to a degree as it was laid on the glass."""
    front = frontback_front(rng, truth, spec, family, portrait_of)
    back = frontback_back(rng, truth, spec, family)
    pieces = [rounded(side, 36).rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, expand=True)
              for side in (front, back)]
    return copy_sheet(rng, pieces, rng.randint(36, 90))


def frontback_passport(rng, truth, spec, family, portrait_of):
    """The passport copied open at its data page onto one sheet."""
    page = frontback_page(rng, truth, spec, family, portrait_of)
    booklet = open_booklet(rng, spec, page, observations_page(rng, spec))
    piece = rounded(booklet, 14).rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=True)
    return copy_sheet(rng, [piece], 0)


# ---------------------------------------------------------------------------------------------
# `mended`: a broken document held together with clear tape

def go_ground(rng, size, spec, band, clear_from=None):
    """An older PVC card's printed ground: near-white, the issuer's colour in a band across the
    top (`band` pixels, deepening to the top edge), a faint large coat of arms, a run of fine
    sine waves in the issuer's tint along the foot; below `clear_from` plain white for the MRZ."""
    width, height = size
    accent = ACCENT[spec["alpha3"]]
    base = np.array((250, 249, 245), float)
    pixels = np.tile(base, (height, width, 1))
    if band:
        t = np.clip(1 - np.arange(height, dtype=float) / band, 0, 1)[:, None, None]
        pixels = pixels * (1 - t) + np.array(accent, float) * t * 0.92 + base * t * 0.08
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    pale = tuple(int(0.12 * c + 0.88 * b) for c, b in zip(accent, base))
    coat_of_arms(draw, width * 0.62, height * 0.56, height * 0.3, pale, width=3)
    foot = (clear_from or height) - 8
    for k in range(6):
        phase = rng.uniform(0, 6.28)
        draw.line([(x, foot - 14 - k * 7 + 5 * math.sin(x / 38 + phase)) for x in range(0, width + 8, 8)], fill=pale)
    if clear_from is not None:
        draw.rectangle((0, clear_from, width, height), fill=(252, 252, 250))
    return image


def go_field(draw, x, y, caption, value, width, value_font=GO_BOLD, size=28, ink=INK):
    """A caption in Go's small capitals (grey-blue) over its value in Go Bold capitals."""
    draw.text((x, y), caption, font=fitted(draw, caption, GO_SMALLCAPS, 16, width, smallest=10), fill=(70, 84, 110))
    if value:
        draw.text((x, y + 20), value, font=fitted(draw, value, value_font, size, width, smallest=16), fill=ink)


def go_header(draw, spec, subtitle, width):
    """The title and the document's name in white on the band, a small flag at the right."""
    title = fitted(draw, spec["title"], GO_BOLD, 32, width - 200)
    draw.text((34, 16), spec["title"], font=title, fill=(252, 252, 250))
    spaced(draw, (36, 58), subtitle, ImageFont.truetype(GO, 17), (236, 238, 240), tracking=2.0)
    stripes = FLAG_STRIPES[spec["alpha3"]]
    x0, y0, w, h = width - 104, 22, 70, 46
    for k, c in enumerate(stripes):
        draw.rectangle((x0, y0 + k * h / len(stripes), x0 + w, y0 + (k + 1) * h / len(stripes)), fill=c)
    draw.rectangle((x0, y0, x0 + w, y0 + h), outline=(250, 250, 250), width=1)


def mended_front(rng, truth, spec, family, portrait_of):
    """The card's front: the band with the title; the portrait at the left, the signature under
    it; the ID number first in Go Mono Bold in the issuer's deep colour, then surname, given
    names, birth date, sex and nationality, expiry and card number."""
    width, height = CARD
    labels, deep = family["labels"], DARK[spec["alpha3"]]
    image = go_ground(rng, CARD, spec, 100)
    draw = ImageDraw.Draw(image)
    go_header(draw, spec, "NATIONAL IDENTITY CARD", width)
    photo = portrait_of((220, 276))
    image.paste(photo, (38, 122))
    draw.rectangle((36, 120, 38 + photo.width + 1, 122 + photo.height + 1), outline=(120, 124, 130), width=1)
    scribble(draw, rng, 48, 410, photo.width - 20, 44, (24, 30, 80))
    draw.text((38, 462), labels["sign"], font=ImageFont.truetype(GO_SMALLCAPS, 13), fill=(70, 84, 110))
    values = values_of(truth, spec, family, "id_card")
    x0, x1 = 296, width - 40
    rows = [[("id", 0)], [("surname", 0)], [("given", 0)], [("dob", 0.42), ("sex", 0.62), ("nationality", 0)],
            [("expiry", 0.42), ("cardno", 0)]]
    for k, row in enumerate(rows):
        y = 116 + k * 80
        x = x0
        for key, share in row:
            right = x0 + int((x1 - x0) * share) - 14 if share else x1
            if values[key]:
                mono = key in ("id", "cardno")
                go_field(draw, x, y, labels[key], values[key], right - x, GO_MONO_BOLD if mono else GO_BOLD,
                         size=30 if key == "id" else 28, ink=deep if key == "id" else INK)
            x = right + 14
    return image


def mended_back(rng, truth, spec, family):
    """The card's back: birthplace, date of issue and the authority at the left, the right thumb
    in a frame at the right, a barcode, the notice, the TD1 MRZ on a white band (none on a
    Zimbabwean card)."""
    width, height = CARD
    labels = family["labels"]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 16 if truth["mrz"] else None
    image = go_ground(rng, CARD, spec, 22, clear_from=clear)
    draw = ImageDraw.Draw(image)
    values = values_of(truth, spec, family, "id_card")
    for k, key in enumerate(["pob", "issue", "authority"]):
        go_field(draw, 40, 40 + k * 72, labels[key], values[key], 560, size=26)
    draw.rectangle((760, 34, 950, 244), outline=(110, 114, 122), width=1)
    draw.text((770, 40), labels["thumb"], font=ImageFont.truetype(GO_SMALLCAPS, 13), fill=(70, 84, 110))
    layer = Image.new("L", CARD, 0)
    thumbprint(ImageDraw.Draw(layer), rng, 855, 150, 58, 76, 170)
    image.paste((40, 42, 58), (0, 0), layer)
    bottom = clear if clear else height - 40
    linear_barcode(draw, rng, 40, bottom - 126, 360, 56)
    wrapped(draw, notice(spec), ImageFont.truetype(GO, 14), 440, bottom - 128, 530, (80, 84, 94), step=19)
    if truth["mrz"]:
        draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# The data page's rows: (y, [(key, width)]); a tear runs between two of them.
MENDED_PAGE_ROWS = [(112, [("type", 130), ("code", 170), ("docno", 0)]), (194, [("surname", 0)]),
                    (276, [("given", 0)]), (358, [("nationality", 420), ("sex", 0)]),
                    (440, [("dob", 420), ("pob", 0)]), (522, [("issue", 420), ("expiry", 0)]),
                    (604, [("authority", 0)])]


def mended_page(rng, truth, spec, family, portrait_of):
    """The passport's data page in the same manner: the band, the portrait at the left with the
    signature under it, English / French captions in small capitals, TD3 on a white band."""
    width, height = PAGE
    labels, deep = family["passport_labels"], DARK[spec["alpha3"]]
    mrz = family["passport_mrz"]
    image = go_ground(rng, PAGE, spec, 100, clear_from=mrz_top(mrz, 2) - 22)
    draw = ImageDraw.Draw(image)
    go_header(draw, spec, "PASSPORT · PASSEPORT", width)
    photo = portrait_of((262, 330))
    image.paste(photo, (44, 128))
    draw.rectangle((42, 126, 44 + photo.width + 1, 128 + photo.height + 1), outline=(120, 124, 130), width=1)
    scribble(draw, rng, 56, 472, photo.width - 24, 46, (24, 30, 80))
    values = values_of(truth, spec, family, "passport")
    for y, row in MENDED_PAGE_ROWS:
        x = 352
        for key, w in row:
            end = x + w - 20 if w else width - 50
            go_field(draw, x, y, labels[key], values[key], end - x, GO_MONO_BOLD if key == "docno" else GO_BOLD,
                     ink=deep if key == "docno" else INK)
            x += w
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def crack_course(truth, width, height):
    """Where the card cracked, as seen from its front: a jagged line from the top edge to the
    bottom edge, a third to two thirds of the way along, wandering a little. From a generator
    seeded by the truth: the back shows the same crack, mirrored."""
    crng = companion_rng(truth, "crack")
    top = width * crng.uniform(0.32, 0.68)
    bottom = top + width * crng.uniform(-0.1, 0.1)
    points, y, drift = [], -6.0, 0.0
    while y < height + 6:
        points.append((top + (bottom - top) * max(0.0, y) / height + drift, y))
        y += crng.uniform(8, 22)
        drift = 0.8 * drift + crng.uniform(-5, 5)
    points.append((bottom + drift, height + 6))
    return points


def between_characters(points, mrz):
    """The back's crack through its MRZ band made to run upright between two characters (the
    nearest gap to where it crosses), easing into and out of that course over the band's
    edges, so it shifts the characters on one side without cutting any."""
    f = ImageFont.truetype(OCRB, int(mrz["pitch"] * 1.45))
    left_ink, _, right_ink, _ = f.getbbox("M")
    top, bottom = mrz_top(mrz, 3) - 6, mrz["bottom"] + 6
    band = [x for x, y in points if top <= y <= bottom] or [points[-1][0]]
    column = round((sum(band) / len(band) - mrz["left"] - (right_ink + mrz["pitch"] + left_ink) / 2) / mrz["pitch"])
    column = min(max(column, 0), 28)
    gap = mrz["left"] + column * mrz["pitch"] + (right_ink + mrz["pitch"] + left_ink) / 2
    eased = []
    for x, y in points:
        distance = max(top - y, y - bottom, 0)
        weight = max(0.0, 1 - distance / 40)
        eased.append((x * (1 - weight) + gap * weight, y))
    return eased


def cracked(rng, card, points):
    """`card` (RGBA) broken along `points`: the piece right of the crack a pixel or three away
    and turned a hair about the crack's middle, the crack's shadow between the pieces, the
    plastic stress-whitened along both of its lips."""
    width, height = card.size
    left = Image.new("L", card.size, 0)
    ImageDraw.Draw(left).polygon([(-20, -20)] + points + [(-20, height + 20)], fill=255)
    right = Image.new("L", card.size, 255)
    right.paste(0, (0, 0), left)
    centre = points[len(points) // 2]
    dx, dy, turn = rng.uniform(1.2, 3.0), rng.uniform(-2.0, 2.0), rng.uniform(-0.35, 0.35)
    moved = card.rotate(turn, resample=Image.BICUBIC, center=centre, translate=(dx, dy))
    moved_mask = right.rotate(turn, resample=Image.BILINEAR, center=centre, translate=(dx, dy))
    out = Image.new("RGBA", card.size, (0, 0, 0, 0))
    shadow = Image.new("L", card.size, 0)
    ImageDraw.Draw(shadow).line(points, fill=255, width=7)
    shadow = Image.fromarray(np.minimum(np.asarray(shadow), np.asarray(card.getchannel("A"))))
    out.paste((48, 48, 52, 255), (0, 0), shadow)
    out.paste(card, (0, 0), Image.fromarray(np.minimum(np.asarray(left), np.asarray(card.getchannel("A")))))
    out.paste(moved, (0, 0), Image.fromarray(np.minimum(np.asarray(moved_mask), np.asarray(moved.getchannel("A")))))
    lips = Image.new("L", card.size, 0)
    draw = ImageDraw.Draw(lips)
    draw.line(points, fill=255, width=9)
    draw.line([(x + dx, y + dy) for x, y in points], fill=255, width=9)
    whitening = soft(np.asarray(lips, float) / 255, 2.0) * np.clip(0.55 + 0.45 * noise_field(rng, (height, width), 6),
                                                                  0, 1)
    pixels = np.asarray(out, float)
    pixels[:, :, :3] += (np.array((242, 242, 238)) - pixels[:, :, :3]) * (0.55 * whitening)[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGBA")


def padded(image, pad):
    """`image` (RGB or RGBA) in a clear margin of `pad` pixels, for the tape's overhang."""
    out = Image.new("RGBA", (image.width + 2 * pad, image.height + 2 * pad), (0, 0, 0, 0))
    rgba = image.convert("RGBA")
    out.paste(rgba, (pad, pad), rgba)
    return out


def tape(rng, flat, start, end, width, aged):
    """A strip of clear tape stuck on `flat` (RGBA) from `start` to `end` along its middle,
    `width` pixels wide: the document under it a little hazed and (`aged`) yellowed, a glossy
    band along it, dirt along its edges and a brighter line inside them, a few wrinkles and
    trapped air bubbles, its ends serrated by a dispenser's teeth or torn; where it overhangs the
    document, a faint film over whatever lies under it (the flat's alpha)."""
    w, h = flat.size
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    length = math.hypot(end[0] - start[0], end[1] - start[1])
    ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
    along = (xx - start[0]) * ux + (yy - start[1]) * uy
    across = -(xx - start[0]) * uy + (yy - start[1]) * ux
    if rng.random() < 0.6:  # cut on a dispenser's teeth
        ends = 7 * np.abs((across / 10) % 2 - 1)
    else:  # torn off by hand
        ends = 10 * np.abs(noise_field(rng, (h, w), 7))
    wobble = 1.2 * noise_field(rng, (h, w), 40)
    strip = soft(((np.abs(across) < width / 2 + wobble) & (along > ends) & (along < length - ends)).astype(float), 0.7)
    pixels = np.asarray(flat, float)
    rgb, alpha = pixels[:, :, :3], pixels[:, :, 3] / 255
    film = (rgb * 0.93 + 255 * 0.07) * np.array((1.0, 0.985, 0.935) if aged else (0.99, 0.99, 0.985))
    lane = rng.uniform(-0.3, 0.3) * width
    gloss = rng.uniform(0.12, 0.26) * np.exp(-((across - lane) / (width * rng.uniform(0.12, 0.25))) ** 2)
    gloss *= 0.7 + 0.3 * np.clip(noise_field(rng, (h, w), 60), -1, 1)
    light = gloss + wrinkles(rng, along, across, width, length) + air(rng, along, across, width, length)
    film += (255 - film) * np.clip(light, 0, 0.6)[:, :, None]
    edge = np.exp(-((np.abs(across) - width / 2) / 1.4) ** 2)  # dirt on the adhesive's edge
    film *= (1 - 0.45 * edge * (0.6 + 0.4 * noise_field(rng, (h, w), 5)))[:, :, None]
    film += (255 - film) * (0.16 * np.exp(-((np.abs(across) - width / 2 + 4) / 1.2) ** 2))[:, :, None]
    overhang = np.clip(1 - alpha, 0, 1) * strip
    rgb = rgb * (1 - strip[:, :, None]) + film * strip[:, :, None]
    bare = np.array((246, 242, 228) if aged else (248, 248, 246), float)  # the tape over nothing but the surface
    rgb = rgb * (1 - overhang[:, :, None]) + bare * overhang[:, :, None]
    alpha = np.maximum(alpha, strip * (0.24 + 0.45 * edge))
    return Image.fromarray(np.clip(np.dstack([rgb, alpha * 255]), 0, 255).astype(np.uint8), "RGBA")


def wrinkles(rng, along, across, width, length):
    """Where the tape creased as it was pressed down: a few thin bright lines running across
    it at a slant, each over part of its width (a 0..1 brightening)."""
    out = np.zeros_like(along)
    for _ in range(rng.randint(1, 4)):
        at, slant = rng.uniform(0.1, 0.9) * length, rng.uniform(-0.6, 0.6)
        reach = rng.uniform(0.3, 0.8) * width / 2
        centre = rng.uniform(-0.3, 0.3) * width
        line = np.exp(-((along - at - slant * (across - centre)) / 1.1) ** 2)
        out += rng.uniform(0.12, 0.25) * line * np.clip(1 - np.abs(across - centre) / reach, 0, 1)
    return out


def air(rng, along, across, width, length):
    """Air trapped under the tape: a few small bright bubbles with a darker rim (a 0..1
    brightening, the rim negative)."""
    out = np.zeros_like(along)
    for _ in range(rng.randint(1, 5)):
        ca, cc = rng.uniform(0.15, 0.85) * length, rng.uniform(-0.4, 0.4) * width
        ra, rc = rng.uniform(4, 14), rng.uniform(3, 9)
        d = np.sqrt(((along - ca) / ra) ** 2 + ((across - cc) / rc) ** 2)
        out += 0.22 * np.clip(1 - d, 0, 1) ** 0.5 - 0.18 * np.exp(-((d - 1) / 0.12) ** 2)
    return out


def tape_over_crack(rng, flat, points, pad, aged):
    """A strip (sometimes two, the second at a slant) of tape over the crack, its middle a little
    to one side of the crack, running past the card's long edges onto the table."""
    top, bottom = points[0], points[-1]
    width = rng.uniform(200, 262)
    for k in range(1 if rng.random() < 0.7 else 2):
        offset = rng.uniform(-0.22, 0.22) * width + (k * rng.choice([-1, 1]) * width * 0.5)
        over = rng.uniform(8, 34), rng.uniform(8, 34)
        slant = rng.uniform(-0.06, 0.06) + (k * rng.uniform(-0.12, 0.12))
        start = (top[0] + pad + offset - slant * 340, pad - over[0])
        end = (bottom[0] + pad + offset + slant * 340, flat.height - pad + over[1])
        flat = tape(rng, flat, start, end, width, aged)
    return flat


def mended_card(rng, truth, spec, family, side, portrait_of=None):
    """A side of the cracked card, taped: the side drawn, its corners rounded, broken along the
    crack (the front's course, mirrored on the back and eased between two MRZ characters
    there), tape over the crack; in a clear margin for the tape's overhang (RGBA)."""
    width, height = CARD
    card = mended_front(rng, truth, spec, family, portrait_of) if side == "front" else mended_back(rng, truth, spec,
                                                                                                 family)
    points = crack_course(truth, width, height)
    if side == "back":
        points = [(width - x, y) for x, y in points]
        if truth["mrz"]:
            points = between_characters(points, family["card_mrz"])
    broken = cracked(rng, rounded(card, 34), points)
    pad = 40
    aged = companion_rng(truth, "tape").random() < 0.6  # the same roll of tape on both sides
    return tape_over_crack(rng, padded(broken, pad), points, pad, aged)


def tear(rng, page, edge, y, direction, length):
    """A tear into `page` (RGBA) from its edge at x = `edge`, running `direction` (1 rightwards,
    -1 leftwards) for `length` along y: a jagged course, the paper's white fibres along its
    lips, a thin shadow where the lower lip lifts. Returns the tear's course."""
    points, x, drift = [], 0.0, 0.0
    while x < length:
        points.append((edge + direction * x, y + drift))
        x += rng.uniform(5, 14)
        drift = max(-7.0, min(7.0, drift + rng.uniform(-2.5, 2.5)))
    lifted = Image.new("L", page.size, 0)  # the lower lip lifted a little off the page: its shade
    ImageDraw.Draw(lifted).line([(x, y + 4) for x, y in points], fill=255, width=8)
    pixels = np.asarray(page, float)
    pixels[:, :, :3] *= (1 - 0.12 * np.asarray(lifted.filter(ImageFilter.GaussianBlur(3)), float) / 255)[:, :, None]
    page.paste(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGBA"))
    draw = ImageDraw.Draw(page)
    fibre = (252, 252, 248, 255)
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        draw.line((x0, y0 + 2, x1, y1 + 2), fill=(70, 70, 74, 255), width=2)
        draw.line((x0, y0, x1, y1), fill=fibre, width=rng.choice([2, 3, 3, 4]))
        if rng.random() < 0.3:
            draw.line((x0, y0, x0 + rng.uniform(-4, 4), y0 + rng.uniform(-4, 4)), fill=fibre, width=1)
    return points


def mended_passport(rng, truth, spec, family, portrait_of):
    """The data page, torn in from its outer edge between two rows of fields and taped along the
    tear (round the page's edge) or across it; the page, come loose at the stitching, most often
    taped along the spine (its top edge) too."""
    page = padded(mended_page(rng, truth, spec, family, portrait_of), 40)
    aged = rng.random() < 0.7
    row = rng.randint(2, 5)
    y = 40 + MENDED_PAGE_ROWS[row][0] + 66
    from_left = rng.random() < 0.35
    points = tear(rng, page, 40 if from_left else 40 + PAGE[0], y, 1 if from_left else -1,
                  rng.uniform(0.16, 0.3) * PAGE[0])
    if rng.random() < 0.6:  # a strip along the tear, folded round the page's edge
        edge, end = points[0][0], points[-1][0]
        start = (edge - (end - edge) * rng.uniform(0.04, 0.1), y + rng.uniform(-6, 6))
        stop = (end + (end - edge) * rng.uniform(0.1, 0.25), y + rng.uniform(-6, 6))
        page = tape(rng, page, start, stop, rng.uniform(120, 170), aged)
    else:  # a short strip across it
        middle, span = points[len(points) // 2][0], rng.uniform(150, 210)
        page = tape(rng, page, (middle + rng.uniform(-20, 20), y - span), (middle + rng.uniform(-20, 20), y + span),
                    rng.uniform(190, 240), aged)
    if rng.random() < 0.75:
        edge_y = 40 + rng.uniform(-10, 30)
        start, end = (rng.uniform(0, 60), edge_y), (page.width - rng.uniform(0, 60), edge_y + rng.uniform(-6, 6))
        page = tape(rng, page, start, end, rng.uniform(150, 200), aged)
    return page


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "frontback":
        if kind == "passport":
            return frontback_passport(rng, truth, spec, family, portrait_of)
        return frontback_card(rng, truth, spec, family, portrait_of)
    if kind == "passport":
        return mended_passport(rng, truth, spec, family, portrait_of)
    return mended_card(rng, truth, spec, family, "front", portrait_of)


def render_back(rng, truth, spec, family):
    # `frontback` has no back of its own (`mrz_front`): its one image holds both sides.
    return mended_card(rng, truth, spec, family, "back")


# ---------------------------------------------------------------------------------------------
# The surfaces they may be photographed on

def copy_paper(rng, size):
    """The rest of `frontback`'s copy sheet, filling the frame round the part of it drawn as
    the document: the same paper, the same faint grain and a few toner specks, so that no edge
    shows where the drawn part ends (the photo is framed inside the sheet)."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    pixels = np.array(COPY_PAPER, float) + noise.normal(0, 1.0, (height, width, 3))
    specks = noise.random((height, width)) < 0.00008
    pixels[specks] *= 0.35
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


# Garden chairs' moulded plastic: white most of all, then green, blue, red and tan.
CHAIR_PLASTICS = [(238, 238, 232), (236, 236, 228), (232, 234, 230), (46, 112, 64), (40, 84, 150), (170, 42, 40),
                  (196, 170, 128)]
FLOORS = [(150, 146, 140), (120, 70, 56), (186, 176, 160), (90, 90, 92)]


def chair(rng, size):
    """The seat of a moulded plastic garden chair (the white monobloc found in every home,
    shop and office), seen from above: the seat's finely grained plastic filling the frame, a
    little dished (darker towards its rim), the rounded rim along one edge of the frame with the
    floor beyond it, the backrest's slats rising there, a broad soft sheen on the plastic."""
    width, height = size
    plastic = np.array(rng.choice(CHAIR_PLASTICS), float)
    floor = np.array(rng.choice(FLOORS), float)
    # Drawn with the backrest at the top, then turned so that it lies along any edge.
    big = max(width, height)
    yy, xx = np.mgrid[0:big, 0:big].astype(float)
    rim = big * rng.uniform(0.05, 0.08)
    depth = np.clip((yy - rim) / (big * 0.5), 0, 1)
    side = np.minimum(xx, big - xx) / big
    pixels = plastic[None, None, :] * (0.9 + 0.1 * np.sqrt(depth) - 0.06 * np.exp(-side / 0.05))[:, :, None]
    pixels += (noise_field(rng, (big, big), 2) * 3.5)[:, :, None]  # the mould's fine grain
    lip = np.exp(-((yy - rim) / 6.0) ** 2)
    pixels += (255 - pixels) * (0.45 * lip)[:, :, None]  # the rim's rounded lip catching the light
    beyond = yy < rim - 4
    slat = rng.uniform(36, 60)
    slats = (np.abs(((xx / slat) % 2) - 1) < 0.62) & beyond
    pixels[beyond] = floor * 0.75
    pixels[slats] = plastic * 0.82
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    image = image.rotate(90 * rng.randint(0, 3) + rng.uniform(-8, 8), resample=Image.BICUBIC,
                         fillcolor=tuple(int(v * 0.75) for v in floor))
    left, top = (big - width) // 2, (big - height) // 2
    view = np.asarray(image.crop((left, top, left + width, top + height)).filter(ImageFilter.GaussianBlur(1.2)), float)
    gy, gx = np.mgrid[0:height, 0:width].astype(float)
    a = rng.uniform(0, math.pi)
    d = ((gx - width / 2) * math.cos(a) + (gy - height / 2) * math.sin(a)) / width - rng.uniform(-0.3, 0.3)
    view += 24 * np.exp(-(d / rng.uniform(0.15, 0.3)) ** 2)[:, :, None]
    view += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 2.0, view.shape)
    return Image.fromarray(np.clip(view, 0, 255).astype(np.uint8))


def surface(rng, name, size):
    if name == "copypaper":
        return copy_paper(rng, size)
    assert name == "chair", name
    return chair(rng, size)


# ---------------------------------------------------------------------------------------------
# Their capture conditions

def crack_lines(rng, size, impact):
    """The cracks of a phone's cover glass round an `impact` point, drawn on an L mask: a few
    long cracks running out from it (bending as they go, now and then branching), arcs of
    concentric cracks near it, a tight star of short ones at it."""
    width, height = size
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    diag = math.hypot(width, height)

    def crack(x, y, angle, length, width_px):
        points = [(x, y)]
        travelled = 0.0
        while travelled < length:
            angle += rng.uniform(-0.09, 0.09)
            step = rng.uniform(14, 30)
            x, y = x + step * math.cos(angle), y + step * math.sin(angle)
            travelled += step
            points.append((x, y))
            if rng.random() < 0.05 and length - travelled > 80:
                crack(x, y, angle + rng.choice([-1, 1]) * rng.uniform(0.35, 0.9), (length - travelled) * 0.5, 1)
        draw.line(points, fill=255, width=width_px)

    start = rng.uniform(0, 2 * math.pi)
    count = rng.randint(5, 8)
    for k in range(count):
        angle = start + 2 * math.pi * k / count + rng.uniform(-0.3, 0.3)
        crack(impact[0], impact[1], angle, diag * rng.uniform(0.35, 1.1), rng.choice([1, 2, 2]))
    for r in sorted(rng.uniform(30, 170) for _ in range(rng.randint(1, 3))):
        a0 = rng.uniform(0, 360)
        draw.arc((impact[0] - r, impact[1] - r, impact[0] + r, impact[1] + r), a0, a0 + rng.uniform(60, 200),
                 fill=220, width=1)
    for _ in range(rng.randint(10, 18)):
        a, r = rng.uniform(0, 2 * math.pi), rng.uniform(12, 55)
        draw.line((impact[0], impact[1], impact[0] + r * math.cos(a), impact[1] + r * math.sin(a)), fill=255, width=1)
    return np.asarray(mask.filter(ImageFilter.GaussianBlur(0.6)), float) / 255, mask


def cracked_lens(rng, image):
    """The photo through a cracked camera glass: cracks round an impact near a corner of the
    frame (or just off it), each a bright thin line where the glass scatters light with a faint
    dark line beside it, the picture seen a pixel or two off in a narrow band either side (the
    broken glass refracting), and a milky haze round the impact, strongest at it. The lines are
    a pixel or two wide, so a value they cross still reads."""
    width, height = image.size
    diag = math.hypot(width, height)
    fx, fy = rng.choice([(0, 0), (1, 0), (0, 1), (1, 1)])
    impact = (width * (fx + (1 - 2 * fx) * rng.uniform(-0.04, 0.2)),
              height * (fy + (1 - 2 * fy) * rng.uniform(-0.04, 0.22)))
    lines, mask = crack_lines(rng, image.size, impact)
    band = soft(np.asarray(mask.filter(ImageFilter.MaxFilter(7)), float) / 255, 2.0)
    pixels = np.asarray(image, float)
    sx, sy = rng.choice([-2, -1, 1, 2]), rng.choice([-2, -1, 1, 2])
    seen = np.roll(np.roll(pixels, sy, axis=0), sx, axis=1)
    pixels = pixels * (1 - 0.7 * band[:, :, None]) + seen * (0.7 * band)[:, :, None]
    luminance = pixels.mean(axis=2, keepdims=True) / 255
    pixels += lines[:, :, None] * rng.uniform(45, 80) * (0.55 + 0.45 * luminance)
    beside = np.roll(np.roll(lines, 1, axis=0), 1, axis=1)
    pixels -= (22 * np.clip(beside - lines, 0, 1))[:, :, None]
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    r = np.hypot(xx - impact[0], yy - impact[1]) / diag
    haze = rng.uniform(0.18, 0.32) * np.exp(-(r / rng.uniform(0.1, 0.2)) ** 2)
    milk = min(240.0, float(pixels.mean()) + 80)
    pixels = pixels * (1 - haze[:, :, None]) + milk * haze[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


# What people type across a copy of their document before they send it (so it cannot be used
# for anything else), and how the phone's editor sets it.
ANNOTATIONS = ["FOR KYC ONLY", "FOR KYC VERIFICATION ONLY", "FOR ACCOUNT OPENING ONLY", "FOR VERIFICATION ONLY",
               "FOR SIM REGISTRATION ONLY", "NOT VALID FOR ANY OTHER USE", "For KYC purposes only",
               "For account verification only", "COPY - FOR KYC ONLY"]
EDITOR_COLOURS = [(226, 32, 38), (30, 90, 220), (20, 20, 24), (250, 250, 250), (240, 200, 20)]


def mapping(source, target):
    """The perspective map taking the four `source` points to the four `target` points (a
    document's unit square to where its corners landed in the photo, or back)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(source, target):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    a, b, c, d, e, f, g, h = np.linalg.solve(np.array(rows, float), np.array(rhs, float))

    def apply(x, y):
        w = g * x + h * y + 1
        return (a * x + b * y + c) / w, (d * x + e * y + f) / w
    return apply


# Where on the document the annotation may run: its upper part, clear of its edges (u across
# its width, v down its height, 0..1). Every MRZ of these families lies below v = 0.65.
ANNOTATION_BAND = (0.06, 0.94, 0.1, 0.56)


def reach(to_document, centre, angle):
    """How far (pixels) a line through `centre` at `angle` (radians, in the photo) runs each way
    before it leaves ANNOTATION_BAND: the shorter of the two."""
    u0, u1, v0, v1 = ANNOTATION_BAND
    shortest = None
    for sign in (1, -1):
        t = 0.0
        dx, dy = sign * math.cos(angle), sign * math.sin(angle)
        while t < 4000:
            u, v = to_document(centre[0] + (t + 2) * dx, centre[1] + (t + 2) * dy)
            if not (u0 <= u <= u1 and v0 <= v <= v1):
                break
            t += 2
        shortest = t if shortest is None else min(shortest, t)
    return shortest


def annotated(rng, image):
    """The photo marked in the phone's editor before it was sent: `FOR KYC ONLY` or the like
    (sometimes with the day's date) typed across the document in one of the editor's colours, a
    little translucent. The editor types upright on the screen, so the text runs across the
    photo as it is stored (turned up to 22 degrees with a finger), whichever way the document
    lies in it; it is put on the document's upper part and kept inside it (ANNOTATION_BAND:
    never over the lower third, where an MRZ is).
    Where the photo does not say where the document lies, or the band is too short for the
    words, it is left as it is."""
    corners = image.info.get("document_corners")
    if not corners:
        return image
    square = [(0, 0), (1, 0), (1, 1), (0, 1)]
    to_photo, to_document = mapping(square, corners), mapping(corners, square)
    centre = to_photo(rng.uniform(0.42, 0.58), rng.uniform(0.26, 0.4))
    angle = math.radians(rng.uniform(-22, 22))
    run = 2 * reach(to_document, centre, angle)
    tall = math.hypot(*np.subtract(to_photo(0.5, 1), to_photo(0.5, 0)))
    text = rng.choice(ANNOTATIONS)
    if rng.random() < 0.4:
        day = 26 - rng.randint(0, 20)
        text += rng.choice([f"  {day:02d}/11/2026", f" {day:02d}.11.26", f" - {day} Nov 2026"])
    path = rng.choice([ROBOTO_BOLD, ROBOTO_MEDIUM])
    probe = ImageDraw.Draw(image)
    size = 13
    while size < 0.075 * tall and probe.textlength(text, font=ImageFont.truetype(path, size + 1)) < 0.9 * run:
        size += 1
    f = ImageFont.truetype(path, size)
    length = probe.textlength(text, font=f)
    if length > 0.95 * run:
        return image
    layer = Image.new("L", (int(length) + 40, size * 2 + 40), 0)
    draw = ImageDraw.Draw(layer)
    draw.text((20, 20 + size), text, font=f, fill=255, anchor="lm")
    layer = layer.rotate(-math.degrees(angle), resample=Image.BICUBIC, expand=True)
    opacity = rng.uniform(0.42, 0.66)
    out = image.copy()
    out.paste(rng.choice(EDITOR_COLOURS), (int(centre[0] - layer.width / 2), int(centre[1] - layer.height / 2)),
              layer.point(lambda a: int(a * opacity)))
    return out


def apply_condition(rng, image, condition):
    """The photo with one of the twentieth families' capture conditions; (image, JPEG quality or None)."""
    if condition == "cracked_lens":
        return cracked_lens(rng, image), None
    if condition == "annotated":
        return annotated(rng, image), None
    raise ValueError(condition)
