"""The nineteenth held-out layout families for scripts/make-documents.py: `visa` and
`handwritten` (their specs are in document_families.FAMILIES, which says what they look like).

Why these two. Every earlier family's photo holds one document and nothing else that reads like
one: the wallet, the newspaper and the keyboard carry no names, numbers or dates of the holder.
`visa` photographs the document with a second one of the same holder's beside it, as people
take their documents out together: a passport open at its data page with the facing page above
the spine bearing a visa sticker (ICAO's machine-readable visa, MRV-A: the same name, passport
number and birth date, but another issuing state, the visa's own number and dates, and a second
two-line MRZ of 44 characters starting `V<` just above the passport's own), and an identity card
lying on the holder's bank card (its number, `VALID THRU` date and name embossed in OCR-A) or
health-insurance card (the name surname first, a membership number, a decoy expiry date), which
shows round one or two of its edges. The card itself prints the holder's names on ONE line,
given names first in title case and the surname last in capitals (`Tendai Blessing MOYO`), and
its dates as digits between spaces (`14 09 1987`). `handwritten` is a paper document whose
particulars a clerk wrote in by hand: an older paper identity document (a book's data page) or a
temporary passport, its captions printed in a serif in boxes or over lines, every value written
in ballpoint block capitals in one of four hands (each letter a little larger or smaller, turned,
high or low; the line drifting), the ID number one character a box, dates as that clerk writes
them (`14.9.1987`, `14/09/1987`, `14-09-1987`, `14 SEP 1987`); the photo glued under a round
rubber stamp, and the MRZ, which the clerk could not write, printed on an adhesive label stuck on
afterwards (on the book's next page, or along the foot of the passport page). No earlier family
has handwritten values, and none a second MRZ in the picture.

Their two capture conditions are new in kind too: `crop_edge`, the photo framed too tight, one
edge of the document (a short edge where the document is long; never by more than its margins,
so never into the MRZ) cut off by the frame; and `reflection`, the photographer's own reflection
in the glossy document: the ceiling's light as a veil over it, broken by the dark shape of the
phone (its edge catching the light), the hands holding it and the head and shoulders behind,
out of focus. Their surface is a tiled floor (glazed ceramic tiles, grout lines, the floor seen at
an angle), where many a document is photographed for want of a table.

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions is applied or their surface (`tiles`) is chosen, so every other family's
documents stay the same, image for image, for a seed. The truth, the MRZ, the ID numbers and
tampering are the shared code's: this module only draws them. The visa's MRZ and the bank card's
number are computed with make-documents.py's own check_digit, mrz_name and luhn_digit
(generator()); the second card's details are drawn from a generator of their own seeded by the
document's truth, so the card under an ID card's front is the one under its back. `visa`'s card
comes as an RGBA image (the two cards, the rest clear), which make-documents.py's photograph()
lays by its alpha as it does `laminated`'s pouch. `handwritten`'s `d.m.yyyy` is formatted here
(date_text), not by the shared fmt_date, so that its output for every earlier pattern is untouched.
"""
import datetime as dt
import functools
import importlib.util
import math
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (ACCENT, AUTHORITIES, CANTARELL, CANTARELL_BOLD, CANTARELL_EXTRABOLD, CHARIS,
                               CHARIS_BOLD, CHARIS_ITALIC, CONDENSED, CONDENSED_BOLD, DARK, FLAG_STRIPES, HANDS,
                               MONO_BOLD, OCRA, PROPERTY, SANS, SANS_BOLD, SMART_LANGUAGE, SMART_SECOND,
                               contact_chip, draw_mrz, fmt_date, greyscale_portrait, office_stamp, official_stamp,
                               place_of_birth, printed, qr_code, scribble, shifted)
from document_families_eighteenth import document_mask, mixed, smoothstep, soft, thumbprint
from document_families_eleventh import coat_of_arms, contactless, linear_barcode
from document_families_seventeenth import CARD_NUMBER, fitted, mrz_top, noise_field, spaced, wrapped

INK = (22, 24, 30)


@functools.lru_cache(maxsize=1)
def generator():
    """make-documents.py as a module, for its check_digit, mrz_name and luhn_digit: the visa's
    MRZ and the bank card's number are computed by the very code that computes the documents'
    own. Loading it only defines its functions and tables."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-documents.py")
    spec = importlib.util.spec_from_file_location("make_documents_nineteenth", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def date_text(date, pattern):
    """A date as the nineteenth families print it: `d.m.yyyy` (`14.9.1987`: day and month
    without leading zeros, as a clerk writes them) here; every other pattern as fmt_date prints
    it (`visa`'s `dd mm yyyy`, `14 09 1987`; the clerks' `dd/mm/yyyy`, `dd-mm-yyyy`, `dd MON yyyy`)."""
    if pattern == "d.m.yyyy":
        return f"{date.day}.{date.month}.{date.year}"
    return fmt_date(date, pattern)


def values_of(truth, spec, family, kind, pattern=None):
    """The printed values by field key, dates in `pattern` (the family's unless given: a clerk
    writes dates their own way); `name` is the names on one line, given names first in title case
    and the surname last in capitals. Tampered fields print what tampering put there."""
    fields = truth["fields"]
    alpha3 = spec["alpha3"]
    pattern = pattern or family["date"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    return dict(surname=fields["surname"], given=fields["given_names"],
                name=f"{mixed(fields['given_names'])} {fields['surname']}", id=printed(truth, "id_number"),
                dob=date_text(dob, pattern), sex=fields["sex"], nationality=spec["demonym"],
                expiry=date_text(expiry, pattern), issue=date_text(issue, pattern), pob=place_of_birth(truth, alpha3),
                authority=AUTHORITIES[alpha3][0 if kind == "id_card" else 1], cardno=fields["document_number"],
                docno=fields["document_number"], type="P", code=alpha3)


def second_words(alpha3):
    """The issuer's second caption language (isiNdebele, Afrikaans, French or Swahili, as
    `smartcard` prints it), with a word for the card number."""
    language = SMART_LANGUAGE[alpha3]
    words = dict(SMART_SECOND[language])
    words["cardno"] = CARD_NUMBER[language]
    return words


def companion_rng(truth, what):
    """A generator of its own for what lies beside the document (the second card, the visa) or
    who filled it in (the clerk), seeded by the document's true fields (tampering edits none of
    them): the same for its front and its back, and drawing nothing from the generator the
    documents are drawn with."""
    fields = truth["fields"]
    return random.Random(f"{what}:{fields['full_name']}:{fields['date_of_birth']}:{fields['expiry_date']}:"
                         f"{fields['id_number']}:{fields['document_number']}")


def rounded(image, radius):
    """`image` as RGBA with its corners rounded (an ID-1 card's 3 mm corners)."""
    shape = Image.new("L", image.size, 0)
    ImageDraw.Draw(shape).rounded_rectangle((0, 0, image.width - 1, image.height - 1), radius=radius, fill=255)
    out = image.convert("RGBA")
    out.putalpha(shape)
    return out


# ---------------------------------------------------------------------------------------------
# `visa`: the document with a second one of the holder's beside it

def lozenge_ground(rng, size, spec, clear_from=None):
    """A pale ground: the issuer's tint deepening towards one corner under a lattice of nested
    lozenges (diamonds three deep, every other one in a second tint), fine hairlines across it;
    below `clear_from` a clear band (ICAO's clear zone for the MRZ)."""
    width, height = size
    paper = np.array([0.22 * c + 0.78 * p for c, p in zip(spec["color"], (250, 250, 247))], float)
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    corner = rng.choice([(0, 0), (width, 0), (0, height), (width, height)])
    reach = np.hypot(xx - corner[0], yy - corner[1]) / math.hypot(width, height)
    deep = np.array(spec["color"], float) * 0.9
    pixels = paper[None, None, :] * (1 - 0.35 * (1 - reach))[:, :, None] + deep * 0.35 * (1 - reach)[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    inks = [shifted(tuple(int(v) for v in paper), -24), shifted(tuple(int(v) for v in paper[[1, 2, 0]]), -30)]
    cell = rng.choice([44, 52, 60])
    for row, cy in enumerate(range(-cell, height + cell, cell // 2)):
        for cx in range((row % 2) * cell // 2 - cell, width + cell, cell):
            ink = inks[(row // 2 + cx // cell) % 2]
            for depth in (0.5, 0.34, 0.18):
                r = cell * depth
                draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], outline=ink)
    for y in range(rng.randint(0, 6), height, 7):
        draw.line((0, y, width, y), fill=shifted(tuple(int(v) for v in paper), -9))
    if clear_from is not None:
        draw.rectangle((0, clear_from, width, height), fill=tuple(int(min(255, v + 3)) for v in paper))
    return image


def flag_bar(draw, alpha3, x, y0, y1, width=10):
    """The flag's stripes stacked in a thin upright bar along the document's edge."""
    stripes = FLAG_STRIPES[alpha3]
    step = (y1 - y0) / len(stripes)
    for k, c in enumerate(stripes):
        draw.rectangle((x, y0 + k * step, x + width, y0 + (k + 1) * step), fill=c)


def visa_caption(draw, x, y, text, width, accent, size=13):
    """A small letter-spaced caption in capitals in a muted shade of the issuer's colour."""
    f = fitted(draw, text, CANTARELL_BOLD, size, width, smallest=9, tracking=1.0)
    spaced(draw, (x, y), text, f, shifted(accent, 40), tracking=1.0)


def visa_field(draw, x, y, caption, value, width, accent, weight, size=29):
    """A caption over its value in Cantarell (Bold or ExtraBold: the issuer's choice), smaller
    where the value would be wider than `width`."""
    visa_caption(draw, x, y, caption, width, accent)
    if value:
        f = fitted(draw, value, weight, size, width, smallest=18)
        draw.text((x, y + 18), value, font=f, fill=INK)


def visa_header(draw, spec, family, x, subtitle, width):
    """The title in the issuer's colour, the document's name letter-spaced under it, the arms
    at the top right, a hairline under all of them."""
    accent = ACCENT[spec["alpha3"]]
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - x - 110)
    draw.text((x, 18), spec["title"], font=title, fill=accent)
    spaced(draw, (x + 2, 58), subtitle, fitted(draw, subtitle, CANTARELL, 16, width - x - 120, tracking=1.6),
           (70, 74, 86), tracking=1.6)
    coat_of_arms(draw, width - 74, 50, 34, accent, width=2)
    draw.line((x, 90, width - 30, 90), fill=shifted(accent, 80), width=1)


def framed_photo(image, rng, photo, x, y, accent, sign_label):
    """The portrait in a thin frame of the issuer's colour, the holder's signature under it."""
    draw = ImageDraw.Draw(image)
    draw.rectangle((x - 3, y - 3, x + photo.width + 2, y + photo.height + 2), outline=accent, width=1)
    image.paste(photo, (x, y))
    scribble(draw, rng, x + 6, y + photo.height + 10, photo.width - 16, 34, (24, 30, 84))
    draw.line((x, y + photo.height + 50, x + photo.width, y + photo.height + 50), fill=(140, 142, 150), width=1)
    spaced(draw, (x, y + photo.height + 54), sign_label, ImageFont.truetype(CANTARELL, 10), (96, 100, 110),
           tracking=0.8)


# Where the fields go on a `visa` card: the issuer chooses one of two orders.
VISA_CARD_ROWS = [
    [["name"], ["id", "sex"], ["dob", "nationality"], ["issue", "expiry"], ["pob", "cardno"]],
    [["id"], ["name"], ["dob", "sex"], ["nationality", "expiry"], ["cardno", "issue"]],
]


def visa_card(rng, truth, spec, family, photo):
    """The card's front: the flag's bar up the left edge, the header; the portrait on the left
    or the right (the issuer's choice) with the signature under it; the fields beside it, the
    names on one line (`Tendai Blessing MOYO`), then two a row; a line of microtext along the
    foot. Every value keeps clear of the card's short edges by more than `crop_edge` cuts."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    weight = rng.choice([CANTARELL_BOLD, CANTARELL_EXTRABOLD])
    image = lozenge_ground(rng, size, spec)
    draw = ImageDraw.Draw(image)
    flag_bar(draw, alpha3, 20, 20, height - 20)
    photo_left = rng.random() < 0.5
    visa_header(draw, spec, family, 48, f"NATIONAL IDENTITY CARD · {second_words(alpha3)['card']}", width)
    photo_x = 52 if photo_left else width - 60 - photo.width
    framed_photo(image, rng, photo, photo_x, 110, accent, labels["sign"])
    draw = ImageDraw.Draw(image)
    x0, x1 = (photo_x + photo.width + 40, width - 60) if photo_left else (56, photo_x - 36)
    middle = x0 + int((x1 - x0) * 0.56)
    values = values_of(truth, spec, family, "id_card")
    rows = [[key for key in row if values[key]] for row in rng.choice(VISA_CARD_ROWS)]
    for k, row in enumerate(r for r in rows if r):
        y = 104 + k * 86
        for c, key in enumerate(row):
            x = x0 if c == 0 else middle
            right = middle - 20 if len(row) > 1 and c == 0 else x1
            visa_field(draw, x, y, labels[key], values[key], right - x, accent, weight,
                       size=31 if key in ("name", "id") else 28)
    micro = ImageFont.truetype(CANTARELL, 9)
    line = ""
    while draw.textlength(line, font=micro) < width - 120:
        line += spec["name"] + " · "
    draw.text((48, height - 34), line, font=micro, fill=shifted(accent, 60))
    return image


def visa_card_back(rng, truth, spec, family):
    """The card's back: the flag's bar, birthplace, date of issue and authority on the left, a
    QR code on the right, the notice, the TD1 MRZ on a clear band."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 20
    image = lozenge_ground(rng, size, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    flag_bar(draw, alpha3, 20, 20, clear - 12)
    values = values_of(truth, spec, family, "id_card")
    for k, key in enumerate(["pob", "issue", "authority"]):
        visa_field(draw, 56, 34 + k * 76, labels[key], values[key], 560, accent, CANTARELL_BOLD, size=27)
    qr_code(draw, rng, 770, 46, 25, 6)
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(CANTARELL, 15), 56, 282, 640, (80, 84, 94), step=20)
    draw.line((40, clear - 8, width - 40, clear - 8), fill=shifted(accent, 60), width=1)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def visa_passport_page(rng, truth, spec, family, photo):
    """The data page: the flag's bar, the header; the portrait at the left with the signature
    under it; type, code and passport number, surname, given names, nationality and sex, birth
    date and birthplace, issue and expiry, the authority, captions in English and French; the
    TD3 MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["passport_labels"]
    weight = rng.choice([CANTARELL_BOLD, CANTARELL_EXTRABOLD])
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 24
    image = lozenge_ground(rng, size, spec, clear_from=clear)
    draw = ImageDraw.Draw(image)
    flag_bar(draw, alpha3, 22, 22, clear - 14)
    visa_header(draw, spec, family, 52, "PASSPORT · PASSEPORT", width)
    framed_photo(image, rng, photo, 60, 128, accent, labels["sign"])
    draw = ImageDraw.Draw(image)
    values = values_of(truth, spec, family, "passport")
    left, right = 370, width - 70
    rows = [[("type", 130), ("code", 170), ("docno", 0)], [("surname", 0)], [("given", 0)],
            [("nationality", 400), ("sex", 0)], [("dob", 400), ("pob", 0)], [("issue", 400), ("expiry", 0)],
            [("authority", 0)]]
    for k, row in enumerate(rows):
        y, x = 104 + k * 80, left
        for key, w in row:
            end = x + w - 20 if w else right
            visa_field(draw, x, y, labels[key], values[key], end - x, accent, weight,
                       size=32 if key in ("surname", "docno") else 29)
            x += w
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# The states whose visas a holder may carry: (ICAO code, name).
VISA_STATES = [("GBR", "UNITED KINGDOM"), ("CAN", "CANADA"), ("ARE", "UNITED ARAB EMIRATES"), ("CHN", "CHINA"),
               ("IND", "INDIA"), ("TUR", "TURKIYE"), ("QAT", "QATAR"), ("FRA", "FRANCE"), ("ZAF", "SOUTH AFRICA"),
               ("KEN", "KENYA"), ("GHA", "GHANA"), ("NGA", "NIGERIA")]
VISA_TINTS = [(222, 238, 214), (240, 222, 230), (218, 230, 244), (244, 238, 206)]
VISA_KINDS = [("VISITOR", "MULT", "90 DAYS"), ("TOURIST", "1", "30 DAYS"), ("BUSINESS", "MULT", "60 DAYS"),
              ("C", "MULT", "90 DAYS"), ("STUDENT", "MULT", "365 DAYS"), ("TRANSIT", "2", "5 DAYS")]


def visa_dates(vrng, truth):
    """The visa's valid-from and valid-until dates: issued some time after the passport, valid for
    a month to two years and never beyond the passport's own expiry."""
    expiry = dt.date.fromisoformat(truth["fields"]["expiry_date"])
    issued = expiry - dt.timedelta(days=3650)
    start = issued + dt.timedelta(days=vrng.randint(60, 3200))
    until = min(start + dt.timedelta(days=vrng.choice([30, 90, 180, 365, 730])), expiry - dt.timedelta(days=1))
    if until <= start:  # a passport near its end: a short visa
        start = expiry - dt.timedelta(days=60)
        until = expiry - dt.timedelta(days=2)
    return start, until


def mrv_a(state, truth, until, optional):
    """ICAO's machine-readable visa (MRV-A, 2 x 44) for the holder of this passport: `V<`, the
    issuing state and the name on the first line; the passport number, nationality, birth date,
    sex, the visa's own expiry and optional data on the second, each check digit by
    make-documents.py's check_digit (MRV-A has no composite check digit)."""
    g = generator()
    fields = truth["fields"]
    dob = dt.date.fromisoformat(fields["date_of_birth"])
    number = f"{fields['document_number']:<9}".replace(" ", "<")
    line1 = f"V<{state}" + g.mrz_name(fields["surname"], fields["given_names"], 39)
    line2 = (f"{number}{g.check_digit(number)}{fields['nationality']}{dob:%y%m%d}{g.check_digit(f'{dob:%y%m%d}')}"
             f"{fields['sex']}{until:%y%m%d}{g.check_digit(f'{until:%y%m%d}')}" + f"{optional:<16}".replace(" ", "<"))
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return [line1, line2]


def visa_sticker(truth, spec, photo):
    """The visa sticker (MRV-A, 120 x 80 mm): a pale tint with fine waves and a rosette, `VISA`
    and the issuing state, the visa's number in red; the holder's photo at the left; the visa's
    dates, kind, entries and stay, the holder's name (surname first, after a comma), passport
    number, birth date, sex and nationality; its own two-line MRZ along the foot. Everything from
    the visa's own generator (companion_rng), the holder's details from the truth (a visa is
    issued from the genuine passport: it shows the true birth date even on a tampered page)."""
    vrng = companion_rng(truth, "visa")
    state, state_name = vrng.choice([s for s in VISA_STATES if s[0] != spec["alpha3"]])
    size = (1180, 790)
    width, height = size
    tint = vrng.choice(VISA_TINTS)
    sticker = Image.new("RGB", size, tint)
    draw = ImageDraw.Draw(sticker)
    wave_ink = shifted(tint, -26)
    for k in range(0, height, 9):
        phase = vrng.uniform(0, 6.28)
        draw.line([(x, k + 4 * math.sin(x / 55 + phase)) for x in range(0, width + 10, 10)], fill=wave_ink)
    cx, cy = width - 230, 330
    for turn in range(24):
        a = turn * math.pi / 12
        draw.ellipse((cx + 70 * math.cos(a) - 90, cy + 70 * math.sin(a) - 90, cx + 70 * math.cos(a) + 90,
                      cy + 70 * math.sin(a) + 90), outline=shifted(tint, -34))
    draw.rectangle((0, 0, width - 1, height - 1), outline=shifted(tint, -60), width=2)
    deep = shifted(tint, -150)
    draw.text((36, 18), "VISA", font=ImageFont.truetype(CONDENSED_BOLD, 54), fill=deep)
    draw.text((190, 34), state_name, font=ImageFont.truetype(CONDENSED_BOLD, 30), fill=deep)
    visa_number = f"{vrng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{vrng.randint(10000000, 99999999)}"
    draw.text((width - 40, 26), visa_number, font=ImageFont.truetype(MONO_BOLD, 34), fill=(196, 30, 36), anchor="ra")
    start, until = visa_dates(vrng, truth)
    pattern = vrng.choice(["dd MON yyyy", "dd/mm/yyyy", "ddMONyyyy"])
    kind, entries, stay = vrng.choice(VISA_KINDS)
    fields = truth["fields"]
    dob = dt.date.fromisoformat(fields["date_of_birth"])
    sticker.paste(greyscale_portrait(photo.resize((200, 254), Image.LANCZOS), contrast=1.05), (36, 120))
    caption, value = ImageFont.truetype(CONDENSED, 16), ImageFont.truetype(CONDENSED_BOLD, 28)
    rows = [[("VALID FROM", fmt_date(start, pattern)), ("UNTIL", fmt_date(until, pattern)), ("TYPE", kind)],
            [("NUMBER OF ENTRIES", entries), ("DURATION OF STAY", stay), ("ISSUED AT", state_name.split()[-1])],
            [("SURNAME, NAME", f"{fields['surname']}, {fields['given_names']}")],
            [("PASSPORT NUMBER", fields["document_number"]), ("DATE OF BIRTH", fmt_date(dob, pattern)),
             ("SEX", fields["sex"]), ("NATIONALITY", fields["nationality"])],
            [("REMARKS", vrng.choice(["VISIT FAMILY", "BUSINESS MEETINGS", "TOURISM", "CONFERENCE", "STUDIES"]))]]
    columns = [270, 560, 830, 960]
    for k, row in enumerate(rows):
        y = 118 + k * 76
        for c, (label, text) in enumerate(row):
            x = columns[c] if len(row) > 1 else columns[0]
            draw.text((x, y), label, font=caption, fill=(70, 70, 78))
            draw.text((x, y + 20), text, font=value, fill=(24, 24, 28))
    optional = "".join(ch for ch in visa_number if ch.isalnum())
    lines = mrv_a(state, truth, until, optional)
    draw.rectangle((0, height - 136, width - 1, height - 1), fill=shifted(tint, 14))
    draw_mrz(draw, lines, 40, height - 24, 25.0, 1.7)
    return sticker, lines


def visa_page(rng, truth, spec, photo):
    """The passport's facing page: its paper, faint waves, the page number, and the visa sticker
    stuck on it by hand (a little crooked, a thin shadow along its edge)."""
    size = (1250, 880)
    width, height = size
    paper = tuple(int(0.12 * c + 0.88 * p) for c, p in zip(spec["color"], (248, 246, 238)))
    page = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(page)
    for k in range(0, height, 11):
        draw.line([(x, k + 3 * math.sin(x / 80 + k / 37)) for x in range(0, width + 10, 10)], fill=shifted(paper, -10))
    draw.text((width - 70, 24), str(rng.randint(3, 31)), font=ImageFont.truetype(CANTARELL, 22),
              fill=shifted(paper, -70))
    sticker, lines = visa_sticker(truth, spec, photo)
    turned = rounded(sticker, 10).rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=True)
    x, y = (width - turned.width) // 2 + rng.randint(-8, 8), height - turned.height - rng.randint(28, 40)
    shadow = Image.new("RGB", turned.size, shifted(paper, -60))
    page.paste(shadow, (x + 3, y + 4), turned.getchannel("A").filter(ImageFilter.GaussianBlur(3)))
    page.paste(turned, (x, y), turned)
    return page, lines


def open_at_visa(rng, truth, spec, page, photo):
    """The passport open at its data page, photographed with the facing page above the spine
    bearing a visa sticker: the lower part of that page (its sticker's MRZ just above the
    spine), both pages shaded into the fold, the cover's edge round them and the edges of the
    pages under the data page along its sides."""
    width, height = page.size
    facing, _ = visa_page(rng, truth, spec, photo)
    shown = int(height * rng.uniform(0.6, 0.86))
    edge = 14
    cover = DARK[spec["alpha3"]]
    booklet = Image.new("RGB", (width + 2 * edge, shown + height + 2 * edge), cover)
    booklet.paste(facing.crop((0, height - shown, width, height)), (edge, edge))
    booklet.paste(page, (edge, edge + shown))
    pixels = np.asarray(booklet, float)
    spine = edge + shown
    rows = np.arange(pixels.shape[0], dtype=float)[:, None]
    fold = 0.5 * np.exp(-np.abs(rows - spine) / 10.0) + 0.1 * np.exp(-np.abs(rows - spine) / 80.0)
    pixels[edge:-edge, edge:-edge] *= (1 - fold[edge:-edge])[:, :, None]
    booklet = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(booklet)
    for k in range(3):
        for x in (edge - 3 - 3 * k, booklet.width - edge + 2 + 3 * k):
            draw.line((x, spine + 8, x, booklet.height - edge + 2 + k), fill=(224, 222, 212))
    return booklet


# The second card: invented banks and health schemes (no real issuer's name or mark).
BANKS = [("SAVANNA BANK", (16, 42, 92), (40, 110, 170)), ("ZAMBEZI BANK", (14, 70, 56), (40, 150, 120)),
         ("HARMATTAN BANK", (90, 20, 28), (190, 60, 50)), ("BAOBAB BANK", (28, 28, 32), (96, 96, 104)),
         ("KILIMA BANK", (110, 70, 10), (214, 160, 40)), ("UNITY BANK OF AFRICA", (50, 26, 86), (120, 80, 170))]
SCHEMES = {"ZWE": "MEDICAL AID SOCIETY", "ZAF": "MEDICAL SCHEME", "NGA": "HEALTH INSURANCE SCHEME",
           "KEN": "SOCIAL HEALTH COVER", "GHA": "NATIONAL HEALTH INSURANCE", "UGA": "COMMUNITY HEALTH INSURANCE"}


def embossed(draw, xy, text, f, face=(236, 236, 230)):
    """Raised characters on a card: a dark shade below right, a lit edge above left, the face."""
    x, y = xy
    draw.text((x + 2, y + 2), text, font=f, fill=(30, 30, 34))
    draw.text((x - 1, y - 1), text, font=f, fill=(252, 252, 252))
    draw.text((x, y), text, font=f, fill=face)


def bank_card_number(crng):
    """A 16-digit card number whose last digit is make-documents.py's luhn_digit."""
    body = crng.choice(["4", "5", "506"])
    body += "".join(crng.choice("0123456789") for _ in range(15 - len(body)))
    return body + generator().luhn_digit(body)


def bank_card(crng, truth, face):
    """The holder's bank card (ID-1), its `face` "front" (a gradient body, the bank's name, the
    chip and the contactless mark, the number in four groups, `VALID THRU mm/yy` and the name
    embossed in OCR-A, `DEBIT`) or "back" (the magnetic stripe, the signature panel with the
    security code, the small print)."""
    name, dark, light = crng.choice(BANKS)
    size = (1012, 638)
    width, height = size
    t = np.linspace(0, 1, width)[None, :, None] * 0.6 + np.linspace(0, 1, height)[:, None, None] * 0.4
    pixels = np.array(dark, float) * (1 - t) + np.array(light, float) * t
    card = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(card)
    for k in range(14):
        draw.arc((-300 + k * 40, 200 - k * 10, 900 + k * 40, 1100 - k * 10), 200, 330, fill=shifted(light, 18))
    number = bank_card_number(crng)
    thru = dt.date(2027 + crng.randint(0, 4), crng.randint(1, 12), 1)
    fields = truth["fields"]
    given = fields["given_names"].split()
    holder = crng.choice([f"{given[0]} {fields['surname']}", f"{given[0][0]} {fields['surname']}",
                          f"{' '.join(g[0] for g in given)} {fields['surname']}"])
    if face == "back":
        draw.rectangle((0, 70, width, 180), fill=(18, 18, 20))
        draw.rectangle((60, 240, 700, 320), fill=(242, 240, 232))
        for x in range(60, 700, 8):
            draw.line((x, 240, x + 20, 320), fill=(220, 214, 200))
        scribble(draw, crng, 80, 250, 360, 56, (30, 40, 110))
        draw.text((720, 262), f"{crng.randint(100, 999)}", font=ImageFont.truetype(SANS_BOLD, 34),
                  fill=(240, 240, 240))
        small = ImageFont.truetype(CANTARELL, 17)
        text = (f"This card is issued by {name.title()} and remains its property. If found, please return it to any "
                f"branch. Customer care 0800 {crng.randint(100, 999)} {crng.randint(100, 999)}.")
        wrapped(draw, text, small, 60, 360, 880, (230, 230, 232), step=24)
        draw.rounded_rectangle((780, 470, 950, 580), radius=10, fill=shifted(light, 50))
        return card
    draw.text((60, 48), name, font=ImageFont.truetype(CANTARELL_EXTRABOLD, 40), fill=(250, 250, 250))
    draw.text((width - 60, 56), "DEBIT", font=ImageFont.truetype(CANTARELL_BOLD, 28), fill=(240, 240, 240),
              anchor="ra")
    contact_chip(draw, 90, 210, 120, 92)
    contactless(draw, 270, 256, 20, (240, 240, 240))
    groups = " ".join(number[k:k + 4] for k in range(0, 16, 4))
    embossed(draw, (84, 350), groups, ImageFont.truetype(OCRA, 62))
    draw.text((330, 448), "VALID\nTHRU", font=ImageFont.truetype(SANS, 12), fill=(236, 236, 236))
    embossed(draw, (378, 442), f"{thru:%m/%y}", ImageFont.truetype(OCRA, 36))
    embossed(draw, (84, 520), holder, ImageFont.truetype(OCRA, 40))
    draw.text((width - 60, height - 70), "Debit", font=ImageFont.truetype(CANTARELL_EXTRABOLD, 44),
              fill=(250, 250, 250), anchor="ra")
    return card


def health_card(crng, truth, spec, face, photo=None):
    """The holder's health-insurance card (ID-1), its `face` "front" (a white body under a band
    of the scheme's colour, `MEMBERSHIP CARD`, the photo, the name surname first, a membership
    number, birth date, sex and an expiry date of its own) or "back" (a barcode, the notice, a
    help line)."""
    size = (1012, 638)
    width, height = size
    colour = crng.choice([(0, 110, 70), (20, 80, 160), (170, 40, 60), (0, 120, 130)])
    card = Image.new("RGB", size, (248, 248, 244))
    draw = ImageDraw.Draw(card)
    scheme = SCHEMES[spec["alpha3"]]
    fields = truth["fields"]
    if face == "back":
        draw.rectangle((0, 0, width, 40), fill=colour)
        linear_barcode(draw, crng, 80, 90, 520, 110)
        text = (f"This card is not transferable. Present it with your national identity card at every visit to an "
                f"accredited health facility. Help line {crng.randint(100, 999)} {crng.randint(1000, 9999)}.")
        wrapped(draw, text, ImageFont.truetype(SANS, 20), 80, 250, 860, (60, 62, 70), step=30)
        return card
    draw.rectangle((0, 0, width, 130), fill=colour)
    draw.text((40, 22), scheme, font=fitted(draw, scheme, SANS_BOLD, 38, width - 80), fill=(255, 255, 255))
    draw.text((40, 78), "MEMBERSHIP CARD", font=ImageFont.truetype(SANS, 26), fill=(235, 240, 240))
    if photo is not None:
        card.paste(photo.resize((200, 250), Image.LANCZOS), (40, 170))
    dob = dt.date.fromisoformat(fields["date_of_birth"])
    until = dt.date(2026 + crng.randint(0, 3), crng.choice([3, 6, 9, 12]), crng.choice([30, 28]))
    member = "".join(crng.choice("0123456789") for _ in range(crng.choice([8, 10])))
    rows = [("NAME", f"{fields['surname']} {fields['given_names']}"), ("MEMBERSHIP NO.", member),
            ("DATE OF BIRTH", f"{dob:%d/%m/%Y}"), ("SEX", fields["sex"]), ("VALID UNTIL", f"{until:%d/%m/%Y}")]
    for k, (label, text) in enumerate(rows):
        y = 160 + k * 84
        draw.text((280, y), label, font=ImageFont.truetype(SANS, 18), fill=(90, 92, 100))
        draw.text((280, y + 24), text, font=fitted(draw, text, SANS_BOLD, 32, width - 320), fill=(20, 22, 28))
    return card


def second_card(truth, spec, face, photo=None):
    """The card the ID card lies on: the holder's bank card (six in ten) or health-insurance
    card, the same one under the front and the back (companion_rng); a health card shows its back
    where no photo is given (the back of the ID card is drawn without the holder's photo)."""
    crng = companion_rng(truth, "card")
    if crng.random() < 0.6:
        return bank_card(crng, truth, face)
    return health_card(crng, truth, spec, face if photo is not None else "back", photo)


def lying_on(rng, card, under):
    """`card` lying on `under`, both with rounded corners: `under` turned a little and showing
    round one side or corner of the card (a quarter to nearly half of it), a soft shadow of the
    card on it; an RGBA image, clear round the two cards."""
    top = rounded(card, 34)
    below = rounded(under, 34).rotate(rng.uniform(-20, 20), resample=Image.BICUBIC, expand=True)
    width, height = card.size
    side = rng.choice(["left", "right", "top", "bottom", "corner"])
    out_x, out_y = rng.uniform(0.22, 0.42) * width, rng.uniform(0.25, 0.45) * height
    dx = {"left": -out_x, "right": out_x}.get(side, rng.uniform(-0.15, 0.15) * width)
    dy = {"top": -out_y, "bottom": out_y}.get(side, rng.uniform(-0.1, 0.1) * height)
    if side == "corner":
        dx, dy = rng.choice([-1, 1]) * out_x * 0.8, rng.choice([-1, 1]) * out_y * 0.8
    bx, by = width / 2 + dx - below.width / 2, height / 2 + dy - below.height / 2
    left, upper = min(0, bx), min(0, by)
    right, lower = max(width, bx + below.width), max(height, by + below.height)
    pad = 10
    canvas = Image.new("RGBA", (int(right - left) + 2 * pad, int(lower - upper) + 2 * pad), (0, 0, 0, 0))
    cx, cy = int(pad - left), int(pad - upper)
    canvas.paste(below, (int(bx + cx), int(by + cy)), below)
    cast = Image.new("L", canvas.size, 0)
    cast.paste(top.getchannel("A"), (cx + 5, cy + 7))
    shade = np.asarray(cast.filter(ImageFilter.GaussianBlur(7)), float) / 255 * 0.4
    pixels = np.asarray(canvas, float)
    pixels[:, :, :3] *= (1 - shade)[:, :, None]
    canvas = Image.fromarray(pixels.astype(np.uint8), "RGBA")
    canvas.paste(top, (cx, cy), top)
    return canvas


# ---------------------------------------------------------------------------------------------
# `handwritten`: a paper form filled in by hand

PAPERS = [(246, 240, 222), (236, 244, 230), (232, 240, 246), (246, 234, 234)]  # cream, green, blue, pink
BALLPOINTS = [(26, 44, 140), (20, 30, 96), (28, 28, 34), (36, 60, 150)]
# The registry's acronym for its stamps (the first word of AUTHORITIES' office but Zimbabwe's).
REGISTRIES = {"ZWE": ("REGISTRAR GENERAL", "REGISTRAR GENERAL"), "ZAF": ("DHA", "DHA"), "NGA": ("NIMC", "NIS"),
              "KEN": ("NRB", "DIS"), "GHA": ("NIA", "GIS"), "UGA": ("NIRA", "DCIC")}


def form_ground(rng, size, paper, ink):
    """The printed form's paper: fine wavy lines in a pale tint of the printing ink, a faint
    coat of arms in the middle, fibres, and a double frame round the page."""
    width, height = size
    pixels = np.full((height, width, 3), paper, float)
    pixels += noise_field(rng, (height, width), 3)[:, :, None] * 2.0 + noise_field(rng, (height, width), 30)[:, :,
                                                                                                          None] * 2.5
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(page)
    pale = tuple(int(0.14 * i + 0.86 * p) for i, p in zip(ink, paper))
    for y0 in range(rng.randint(0, 8), height, 8):
        draw.line([(x, y0 + 2.5 * math.sin(x / 47 + y0 / 29)) for x in range(0, width + 8, 8)], fill=pale)
    coat_of_arms(draw, width / 2, height / 2 + 20, height * 0.3, tuple(int(0.2 * i + 0.8 * p) for i, p in
                                                                      zip(ink, paper)), width=3)
    draw.rectangle((16, 16, width - 17, height - 17), outline=ink, width=3)
    draw.rectangle((24, 24, width - 25, height - 25), outline=ink, width=1)
    return page


class Hand:
    """A clerk's hand: a font (four block-capital hands), a size, a ballpoint's ink, how far the
    line drifts and how much each letter varies."""

    def __init__(self, rng):
        self.path = rng.choice(HANDS)
        self.ink = rng.choice(BALLPOINTS)
        self.size = rng.uniform(0.95, 1.1)
        self.slope = rng.uniform(-0.025, 0.02)  # the line drifting up or down across a box
        self.wobble = rng.uniform(0.6, 1.4)


class Clerk:
    """Who filled the document in, and on what: the hand, the way dates are written, the paper
    stock (tinted a little by the issuer's colour) and how the issuer prints its fields (`boxes`:
    each value in a ruled box; `lines`: on a dotted line). Drawn from companion_rng, so a book's
    two pages are the same clerk's on the same paper."""

    def __init__(self, truth, spec, family):
        crng = companion_rng(truth, "clerk")
        self.hand = Hand(crng)
        self.pattern = crng.choice(family["clerk_dates"])
        self.paper = tuple(int(0.15 * c + 0.85 * p) for c, p in zip(spec["color"], crng.choice(PAPERS)))
        self.style = crng.choice(["boxes", "lines"])


@functools.lru_cache(maxsize=None)
def cap_scale(path):
    """How much to scale a hand's font so that its capitals stand as tall as DejaVu Sans's at the
    same size: the hands are drawn at very different heights for one nominal size."""
    def cap(p):
        box = ImageFont.truetype(p, 100).getbbox("H", anchor="ls")
        return box[3] - box[1]
    return cap(SANS) / cap(path)


def handwrite(layer, rng, hand, x, baseline, text, size, max_width=None):
    """`text` written on `layer` (an L mask, 255 where the ink goes) in block capitals from
    (x, baseline): each letter its own size (about 6 % either way), turned a little, a little high
    or low, the line drifting along the hand's slope; smaller as a whole where it would be wider
    than `max_width`. Returns the x after it."""
    size = size * hand.size * cap_scale(hand.path)
    probe = ImageDraw.Draw(layer)
    if max_width:
        while size > 16 and probe.textlength(text, font=ImageFont.truetype(hand.path, round(size))) * 1.06 > max_width:
            size -= 1
    start = x
    for char in text:
        s = round(size * rng.uniform(0.94, 1.06))
        f = ImageFont.truetype(hand.path, s)
        advance = probe.textlength(char, font=f)
        if char != " ":
            tile = Image.new("L", (int(s * 2.2), int(s * 2.2)), 0)
            ox, oy = int(s * 0.5), int(s * 1.5)
            ImageDraw.Draw(tile).text((ox, oy), char, font=f, fill=255, anchor="ls")
            tile = tile.rotate(rng.uniform(-4, 4) * hand.wobble, center=(ox, oy), resample=Image.BICUBIC)
            y = baseline + hand.slope * (x - start) + rng.uniform(-1.6, 1.6) * hand.wobble
            layer.paste(255, (round(x - ox), round(y - oy)), tile)
        x += advance * rng.uniform(1.0, 1.1) + rng.uniform(0, 2)
    return x


def ink_onto(page, layer, ink, rng):
    """The written layer laid on the page in ballpoint: the stroke a little soft, its ink
    heavier and lighter along it (the pen's pressure, the ball skipping now and then)."""
    width, height = page.size
    a = np.asarray(layer.filter(ImageFilter.GaussianBlur(0.55)), float) / 255
    pressure = np.clip(0.86 + 0.12 * noise_field(rng, (height, width), 6) + 0.05 * noise_field(rng, (height, width), 2),
                       0.55, 1.0)
    a = (a * pressure)[:, :, None]
    pixels = np.asarray(page, float)
    page.paste(Image.fromarray(np.clip(pixels * (1 - a) + np.array(ink, float) * a, 0, 255).astype(np.uint8)))


def printed_caption(draw, x, y, english, second, ink, size=17, width=None):
    """A printed caption: the English in Charis, the issuer's second language after it in
    italics (`Surname / Isibongo`), smaller where it would be wider than `width`."""
    text = english if not second else f"{english} / "
    f = ImageFont.truetype(CHARIS, size)
    g = ImageFont.truetype(CHARIS_ITALIC, size)
    if width:
        while size > 11 and draw.textlength(text, font=f) + (draw.textlength(second, font=g) if second else 0) > width:
            size -= 1
            f, g = ImageFont.truetype(CHARIS, size), ImageFont.truetype(CHARIS_ITALIC, size)
    draw.text((x, y), text, font=f, fill=ink)
    if second:
        draw.text((x + draw.textlength(text, font=f), y), second, font=g, fill=ink)


class Form:
    """A page being filled in: the printed page (its draw for captions and boxes, in the issuer's
    ink), the layer the clerk writes on, and the clerk."""

    def __init__(self, rng, page, ink, clerk):
        self.rng, self.page, self.ink, self.clerk = rng, page, ink, clerk
        self.hand, self.style = clerk.hand, clerk.style
        self.draw = ImageDraw.Draw(page)
        self.layer = Image.new("L", page.size, 0)

    def field(self, x, y, width, english, second, value, size=34):
        """A caption over the space for its value, the value written in it."""
        printed_caption(self.draw, x, y, english, second, self.ink, width=width)
        top, bottom = y + 24, y + 76
        if self.style == "boxes":
            self.draw.rectangle((x, top, x + width, bottom), outline=self.ink, width=1)
        else:
            for dot in range(int(x), int(x + width), 6):
                self.draw.point((dot, bottom - 4), fill=self.ink)
        if value:
            handwrite(self.layer, self.rng, self.hand, x + 10 + self.rng.uniform(0, 8), bottom - 14, value, size,
                      max_width=width - 24)

    def comb(self, x, y, english, second, value, cell=40):
        """A caption over a row of boxes, one for each character of the value (hyphens too),
        each character written in its own box."""
        printed_caption(self.draw, x, y, english, second, self.ink)
        top, bottom = y + 24, y + 76
        for k, char in enumerate(value):
            left = x + k * cell
            self.draw.rectangle((left, top, left + cell, bottom), outline=self.ink, width=1)
            if char != " ":
                f = ImageFont.truetype(self.hand.path, round(34 * self.hand.size * cap_scale(self.hand.path)))
                w = ImageDraw.Draw(self.layer).textlength(char, font=f)
                handwrite(self.layer, self.rng, self.hand, left + (cell - w) / 2 + self.rng.uniform(-2, 2),
                          bottom - 12, char, 34)

    def finish(self):
        ink_onto(self.page, self.layer, self.hand.ink, self.rng)
        return self.page


def form_title(draw, width, title, subtitle, ink, top=30):
    """The page's title centred in Charis Bold, the document's name in spaced italics under it."""
    f = fitted(draw, title, CHARIS_BOLD, 34, width - 300)
    draw.text(((width - draw.textlength(title, font=f)) / 2, top), title, font=f, fill=ink)
    g = fitted(draw, subtitle, CHARIS_ITALIC, 21, width - 300)
    draw.text(((width - draw.textlength(subtitle, font=g)) / 2, top + 44), subtitle, font=g, fill=ink)


def serial(draw, x, y, number):
    """The book's number as the printer's numbering machine put it, in red, flush right at x."""
    draw.text((x, y), f"No. {number}", font=ImageFont.truetype(CHARIS_BOLD, 28), fill=(190, 32, 36), anchor="ra")


def glued(image, rng, photo, x, y, words):
    """The photo glued to the page (a white border, a soft shadow), the office's round rubber
    stamp over its lower corner."""
    draw = ImageDraw.Draw(image)
    draw.rectangle((x - 3, y - 1, x + photo.width + 8, y + photo.height + 9), fill=(196, 192, 180))
    draw.rectangle((x - 6, y - 6, x + photo.width + 5, y + photo.height + 5), fill=(248, 248, 244))
    image.paste(photo, (x, y))
    corner = x + photo.width - 20 if rng.random() < 0.5 else x + 20
    official_stamp(image, rng, corner, y + photo.height - 16, 60, rng.choice([(92, 52, 130), (40, 60, 140)]), words)


def mrz_label(rng, lines, pitch, leading, paper):
    """The MRZ the clerk could not write, printed on a white adhesive label by the office's
    laser printer: OCR-B on a white label with rounded corners, as an RGBA image turned a little
    as it was stuck on."""
    width = int(len(lines[0]) * pitch + 60)
    height = int(pitch * leading * len(lines) + 48)
    label = Image.new("RGB", (width, height), (251, 251, 248))
    draw_mrz(ImageDraw.Draw(label), lines, 30, height - 16, pitch, leading, ink=(16, 16, 18))
    return rounded(label, 8).rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True)


def stick(page, label, x, y, paper):
    """The label stuck on the page at (x, y), a thin shadow along its lower and right edges."""
    shadow = Image.new("RGB", label.size, shifted(paper, -70))
    page.paste(shadow, (x + 2, y + 3), label.getchannel("A").filter(ImageFilter.GaussianBlur(2)))
    page.paste(label, (x, y), label)


# The card's fields in the issuer's two orders; `+` puts two in one row.
HAND_CARD_ROWS = [["id", "surname", "given", "dob+sex", "nationality+pob", "issue+expiry"],
                  ["surname", "given", "id", "sex+dob", "pob+nationality", "issue+expiry"]]


def hand_labels(family, alpha3, key, passport=False):
    """(English, second language) for a caption: identity documents the issuer's second language
    (SMART_SECOND; the card number CARD_NUMBER's), passports French."""
    if passport:
        return family["passport_labels"][key]
    words = second_words(alpha3)
    return family["labels"][key], words.get(key)


def new_form(rng, truth, spec, family):
    """A blank page of the issuer's form and the clerk who fills it in."""
    clerk = Clerk(truth, spec, family)
    ink = ACCENT[spec["alpha3"]]
    return Form(rng, form_ground(rng, (1250, 880), clerk.paper, ink), ink, clerk)


def handwritten_card(rng, truth, spec, family, portrait_of):
    """An identity book's data page (125 x 88 mm) filled in by hand: the title; the book's number
    in red; the photo glued at the left or right under a round stamp, the holder's signature or
    thumbprint under it; the fields in the issuer's order, captions over boxes or dotted lines,
    the ID number a character a box; the registration officer's signature and the office's oval
    stamp at the foot."""
    width, height = 1250, 880
    alpha3 = spec["alpha3"]
    form = new_form(rng, truth, spec, family)
    page, ink = form.page, form.ink
    values = values_of(truth, spec, family, "id_card", pattern=form.clerk.pattern)
    form_title(form.draw, width, spec["title"], f"Identity Document · {second_words(alpha3)['card'].title()}", ink)
    if values["cardno"]:
        serial(form.draw, width - 60, 40, values["cardno"])
    photo = greyscale_portrait(portrait_of((230, 290)), (1.0, 0.98, 0.94), contrast=1.05)
    photo_left = rng.random() < 0.5
    px = 70 if photo_left else width - 70 - photo.width
    glued(page, rng, photo, px, 130, REGISTRIES[alpha3][0] + " · REGISTRATION")
    form.draw = ImageDraw.Draw(page)
    if rng.random() < 0.5:
        thumbprint(ImageDraw.Draw(form.layer), rng, px + photo.width / 2, 520, 50, 66, 150)
    else:
        scribble(ImageDraw.Draw(form.layer), rng, px + 10, 476, photo.width - 20, 60, 255)
    form.draw.line((px, 600, px + photo.width, 600), fill=ink, width=1)
    printed_caption(form.draw, px, 606, *hand_labels(family, alpha3, "sign"), ink, size=14, width=photo.width)
    x0, x1 = (px + photo.width + 60, width - 70) if photo_left else (70, px - 50)
    for k, row in enumerate(rng.choice(HAND_CARD_ROWS)):
        y = 122 + k * 94
        keys = row.split("+")
        split = x0 + int((x1 - x0) * 0.58)
        for c, key in enumerate(keys):
            x = x0 if c == 0 else split + 20
            right = split - 20 if len(keys) > 1 and c == 0 else x1
            english, second = hand_labels(family, alpha3, key)
            if key == "id":
                form.comb(x, y, english, second, values["id"], cell=min(40, (right - x) // len(values["id"])))
            else:
                form.field(x, y, right - x, english, second, values[key])
    form.draw.line((x0, 800, x0 + 300, 800), fill=ink, width=1)
    printed_caption(form.draw, x0, 806, family["labels"]["officer"], None, ink, size=14)
    scribble(ImageDraw.Draw(form.layer), rng, x0 + 10, 744, 260, 50, 255)
    office_stamp(page, rng, x1 - 170, 780, [(AUTHORITIES[alpha3][0].split()[-1], 22), (values["issue"], 24),
                                            ("REGISTRATION OFFICE", 18)])
    return form.finish()


def handwritten_back(rng, truth, spec, family):
    """The book's next page: birthplace, date of issue, issuing office and the book's number
    written in, the officer's signature and stamp, and the TD1 MRZ on a printed label stuck
    along the foot."""
    width, height = 1250, 880
    alpha3 = spec["alpha3"]
    form = new_form(rng, truth, spec, family)
    page, ink, paper = form.page, form.ink, form.clerk.paper
    values = values_of(truth, spec, family, "id_card", pattern=form.clerk.pattern)
    form_title(form.draw, width, "PARTICULARS OF ISSUE", spec["title"].title().replace(" Of ", " of "), ink)
    for key, x, right, y in [("pob", 70, 640, 120), ("issue", 740, 1180, 120), ("authority", 70, 1180, 220),
                             ("cardno", 70, 640, 320)]:
        english, second = hand_labels(family, alpha3, key)
        form.field(x, y, right - x, english, second, values[key])
    form.draw.line((740, 410, 1080, 410), fill=ink, width=1)
    printed_caption(form.draw, 740, 416, family["labels"]["officer"], None, ink, size=14)
    scribble(ImageDraw.Draw(form.layer), rng, 760, 350, 280, 54, 255)
    office_stamp(page, rng, 900, 500, [(AUTHORITIES[alpha3][0].split()[-1], 22), (values["issue"], 24),
                                       ("REGISTRATION OFFICE", 18)])
    page = form.finish()
    mrz = family["card_mrz"]
    label = mrz_label(rng, truth["mrz"], mrz["pitch"], mrz["leading"], paper)
    stick(page, label, (width - label.width) // 2 + rng.randint(-20, 20), height - label.height - rng.randint(44, 60),
          paper)
    return page


def handwritten_passport(rng, truth, spec, family, portrait_of):
    """A temporary passport's data page filled in by hand: the title and `Temporary Passport /
    Passeport temporaire`, the passport number printed in red, the type and code printed; the
    photo glued at the left under a round stamp; surname, given names, nationality and sex,
    birth date and birthplace, issue and expiry and the authority written in, English / French
    captions; the TD3 MRZ on a printed label stuck along the foot."""
    width, height = 1250, 880
    alpha3 = spec["alpha3"]
    form = new_form(rng, truth, spec, family)
    page, ink, paper = form.page, form.ink, form.clerk.paper
    values = values_of(truth, spec, family, "passport", pattern=form.clerk.pattern)
    form_title(form.draw, width, spec["title"], "Temporary Passport / Passeport temporaire", ink, top=26)
    serial(form.draw, width - 60, 34, values["docno"])
    labels = family["passport_labels"]
    printed_caption(form.draw, 60, 40, "Type / Type", None, ink, size=14)
    form.draw.text((60, 58), "P", font=ImageFont.truetype(CHARIS_BOLD, 26), fill=ink)
    printed_caption(form.draw, 180, 40, "Code / Code", None, ink, size=14)
    form.draw.text((180, 58), alpha3, font=ImageFont.truetype(CHARIS_BOLD, 26), fill=ink)
    photo = greyscale_portrait(portrait_of((240, 300)), (1.0, 0.98, 0.94), contrast=1.05)
    glued(page, rng, photo, 66, 130, REGISTRIES[alpha3][1] + " · PASSPORT OFFICE")
    form.draw = ImageDraw.Draw(page)
    scribble(ImageDraw.Draw(form.layer), rng, 76, 470, photo.width - 20, 56, 255)
    form.draw.line((66, 540, 66 + photo.width, 540), fill=ink, width=1)
    printed_caption(form.draw, 66, 546, labels["sign"], None, ink, size=13, width=photo.width)
    x0, x1 = 370, width - 70
    rows = [["surname"], ["given"], ["nationality", "sex"], ["dob", "pob"], ["issue", "expiry"], ["authority"]]
    for k, row in enumerate(rows):
        y = 108 + k * 96
        split = x0 + int((x1 - x0) * 0.5)
        for c, key in enumerate(row):
            x = x0 if c == 0 else split + 20
            right = split - 20 if len(row) > 1 and c == 0 else x1
            form.field(x, y, right - x, labels[key], None, values[key])
    page = form.finish()
    mrz = family["passport_mrz"]
    label = mrz_label(rng, truth["mrz"], mrz["pitch"], mrz["leading"], paper)
    stick(page, label, (width - label.width) // 2 + rng.randint(-10, 10), height - label.height - rng.randint(32, 42),
          paper)
    return page


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "visa":
        if kind == "passport":
            photo = portrait_of((262, 330))
            page = visa_passport_page(rng, truth, spec, family, photo)
            return open_at_visa(rng, truth, spec, page, photo)
        photo = portrait_of((206, 258))
        card = visa_card(rng, truth, spec, family, photo)
        return lying_on(rng, card, second_card(truth, spec, "front", photo))
    if kind == "passport":
        return handwritten_passport(rng, truth, spec, family, portrait_of)
    return handwritten_card(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "visa":
        face = rng.choice(["front", "back"])
        return lying_on(rng, visa_card_back(rng, truth, spec, family), second_card(truth, spec, face))
    return handwritten_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on

# Glazed floor tiles: (glaze, grout, veined).
TILES = [((226, 216, 196), (180, 170, 150), True), ((238, 238, 234), (196, 196, 192), True),
         ((176, 176, 172), (120, 120, 118), True), ((178, 100, 72), (150, 140, 128), False),
         ((96, 98, 102), (140, 140, 138), False), ((206, 190, 160), (120, 108, 90), False)]


def surface(rng, name, size):
    """A tiled floor (many a document is photographed on the floor for want of a table): square
    glazed tiles, each a shade lighter or darker than the next, some with faint marble veins,
    in grout lines; the floor seen at an angle (the far tiles smaller) and turned, a little out
    of focus, a window's sheen across the glaze."""
    assert name == "tiles", name
    width, height = size
    glaze, grout, veined = rng.choice(TILES)
    side = 2000
    tile = rng.choice([300, 420, 560, 760])  # kitchen and bathroom tiles to large floor tiles
    joint = rng.randint(5, 9)
    yy, xx = np.mgrid[0:side, 0:side].astype(np.float32)
    ix, iy = (xx // tile).astype(int), (yy // tile).astype(int)
    shade = np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 0.035, (side // tile + 2, side // tile + 2))
    pixels = np.array(glaze, np.float32)[None, None, :] * (1 + shade[iy, ix])[:, :, None]
    if veined:
        # Marble's veins: long wavy lines running one way across the floor, a little broken.
        angle = rng.uniform(0, math.pi)
        run = (xx * math.cos(angle) + yy * math.sin(angle)) / rng.uniform(110, 170)
        wander = (1.4 * noise_field(rng, (side, side), 160) + 0.35 * noise_field(rng, (side, side), 25))
        vein = np.abs(np.sin(run + wander.astype(np.float32)))
        pixels *= (1 - 0.09 * np.clip(1 - vein / 0.04, 0, 1))[:, :, None]
    else:
        pixels += (noise_field(rng, (side, side), 2) * 4).astype(np.float32)[:, :, None]
    fx, fy = xx - ix * tile, yy - iy * tile
    gap = (fx < joint) | (fy < joint)
    pixels[gap] = grout
    edge = (np.abs(fx - joint) < 1.5) | (np.abs(fy - joint) < 1.5)  # the glaze's rounded edge
    pixels[edge & ~gap] *= 0.88
    floor = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    # The floor as the camera sees it: the frame's corners land on a quad of the floor whose far
    # side is wider (so the far tiles look smaller), turned by a random angle.
    spread = rng.uniform(0.2, 0.25) * side  # half the frame's width on the floor: inside it when turned
    far = rng.uniform(1.15, 1.45)
    turn = rng.uniform(0, 2 * math.pi)
    cx, cy = side / 2, side / 2
    quad = [(-far, -0.75), (far, -0.75), (1, 0.75), (-1, 0.75)]
    points = []
    for qx, qy in quad:
        x, y = qx * spread, qy * spread
        points.append((cx + x * math.cos(turn) - y * math.sin(turn), cy + x * math.sin(turn) + y * math.cos(turn)))
    target = [(0, 0), (width, 0), (width, height), (0, height)]
    rows = []
    for (x, y), (u, v) in zip(target, points):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
    coefficients = np.linalg.solve(np.array(rows, float), np.array([c for p in points for c in p], float)).tolist()
    view = floor.transform(size, Image.PERSPECTIVE, coefficients, Image.BICUBIC).filter(ImageFilter.GaussianBlur(1.0))
    out = np.asarray(view, float)
    gy, gx = np.mgrid[0:height, 0:width].astype(float)
    a = rng.uniform(0, math.pi)
    d = ((gx - width / 2) * math.cos(a) + (gy - height / 2) * math.sin(a)) / width - rng.uniform(-0.3, 0.3)
    out = out + 34 * np.exp(-(d / rng.uniform(0.12, 0.22)) ** 2)[:, :, None]
    out *= (0.9 + 0.1 * (gy / height))[:, :, None]  # the near floor a little brighter than the far
    out += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 2.5, out.shape)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------
# Their capture conditions

def document_region(image):
    """Where the document lies in the photo: (its box x0, y0, x1, y1, and a 0..1 mask of it).
    From the corners make-documents.py's photograph() recorded (image.info: the flat's own
    corners, exact whatever the surface; for an RGBA flat, its whole rectangle); where a photo
    has none, from document_mask (which may find too little of a pale document on a pale
    surface), or None where that finds no document."""
    width, height = image.size
    corners = image.info.get("document_corners")
    if corners:
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        shape = Image.new("L", image.size, 0)
        ImageDraw.Draw(shape).polygon([tuple(p) for p in corners], fill=255)
        return (min(xs), min(ys), max(xs), max(ys)), np.asarray(shape, float) / 255
    mask = document_mask(image)
    if not 0.12 <= float((mask > 0.5).mean()) <= 0.9:
        return None
    ys, xs = np.nonzero(mask > 0.5)
    return (int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())), mask


def crop_edge(rng, image):
    """The photo framed too tight: one edge of the document cut off by the frame, by 1.2 to 2.8 %
    of the document's length across that edge. Where the document is long, one of its short
    edges (never its long ones, along which the MRZ runs); where it is squarer (an open
    passport, a card on a second card), any edge: every layout of these families keeps its MRZ
    and fields further than that from every edge. Only an edge the photograph left whole is cut
    (at the medium and hard levels a document may already run off the frame, and a second cut
    there would go deeper than its margins); where there is none, or the document cannot be
    found, the photo is left as it is."""
    region = document_region(image)
    if region is None:
        return image
    (x0, y0, x1, y1), _ = region
    width, height = image.size
    w, h = x1 - x0, y1 - y0
    if max(w, h) > 1.3 * min(w, h):
        sides = ["left", "right"] if w > h else ["top", "bottom"]
    else:
        sides = ["left", "right", "top", "bottom"]
    room = {"left": x0, "right": width - x1, "top": y0, "bottom": height - y1}
    sides = [side for side in sides if room[side] > 6]
    if not sides:
        return image
    side = rng.choice(sides)
    cut = rng.uniform(0.012, 0.028) * (w if side in ("left", "right") else h)
    frame = {"left": (x0 + cut, 0, width, height), "right": (0, 0, x1 - cut, height),
             "top": (0, y0 + cut, width, height), "bottom": (0, 0, width, y1 - cut)}[side]
    return image.crop(tuple(round(v) for v in frame))


def reflection(rng, image):
    """The photographer's reflection in the glossy document: the ceiling's light as a veil over
    the document (a little brighter to one side), broken where the photographer is between it
    and the light: the phone held over the middle of the document (the camera sees its own lens
    there; the phone's edge catching the light), the hands round it and the head and shoulders
    behind, all out of focus. The document's laminate reflects the most; the surface round it
    a third as much (varnish, glaze), the two blended over a few pixels, so that no edge shows
    where an RGBA flat's clear corners (the surface between two cards) meet the surface."""
    region = document_region(image)
    if region is None:
        return image
    (x0, y0, x1, y1), mask = region
    width, height = image.size
    scale = min(x1 - x0, y1 - y0)
    mask = 0.35 + 0.65 * soft(mask, max(3.0, scale * 0.03))
    yy, xx = np.mgrid[0:height, 0:width].astype(float)
    cx, cy = x0 + (x1 - x0) * rng.uniform(0.38, 0.62), y0 + (y1 - y0) * rng.uniform(0.38, 0.62)
    a = rng.uniform(0, 2 * math.pi)  # from the phone towards the photographer's head
    along = (xx - cx) * math.cos(a) + (yy - cy) * math.sin(a)
    across = -(xx - cx) * math.sin(a) + (yy - cy) * math.cos(a)
    ph = scale * rng.uniform(0.42, 0.56)
    pw = ph * rng.uniform(0.46, 0.52)
    pa = along + ph * 0.3  # the lens sits near the phone's top end
    phone = (((pa / (ph / 2)) ** 8 + (across / (pw / 2)) ** 8) < 1).astype(float)
    head_r = scale * rng.uniform(0.3, 0.4)
    head = (((along - ph * 0.35 - head_r * 1.1) / (head_r * 1.15)) ** 2 + (across / head_r) ** 2 < 1).astype(float)
    shoulders = (((along - ph * 0.35 - head_r * 3.0) / (head_r * 1.4)) ** 2 + (across / (head_r * 3.2)) ** 2
                 < 1).astype(float)
    hands = np.zeros_like(phone)
    for s in (-1, 1):
        hands = np.maximum(hands, (((pa + ph * 0.1) / (pw * 0.7)) ** 2 + ((across - s * pw * 0.55) / (pw * 0.32)) ** 2
                                   < 1).astype(float))
    body = np.maximum.reduce([phone, head, shoulders, hands])
    blur = max(4.0, scale * 0.025)
    shape = soft(body, blur)
    light = rng.uniform(0.24, 0.36) * (0.75 + 0.25 * smoothstep((xx - x0) / max(1, x1 - x0)))
    if rng.random() < 0.5:
        light = light[:, ::-1]
    veil = light * (1 - shape) * mask
    tint = np.array(rng.choice([(252, 250, 244), (240, 246, 255), (255, 246, 230)]), float)
    pixels = np.asarray(image, float)
    pixels = pixels * (1 - veil[:, :, None]) + tint * veil[:, :, None]
    rim = np.clip(soft(phone, 1.5) - soft(phone, 4.0), 0, 1) * mask  # the phone's frame catching the light
    pixels += (rng.uniform(25, 45) * rim)[:, :, None]
    # The photographer's dark clothes and the phone's black back reflect a little less than nothing
    # in front of them would: the shape is a shade darker than the bare document, the phone more.
    pixels *= (1 - (0.07 * shape + 0.07 * soft(phone, blur * 0.6)) * mask)[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def apply_condition(rng, image, condition):
    """The photo with one of the nineteenth families' capture conditions; (image, JPEG quality or None)."""
    if condition == "crop_edge":
        return crop_edge(rng, image), None
    if condition == "reflection":
        return reflection(rng, image), None
    raise ValueError(condition)
