"""The sixteenth held-out layout families for scripts/make-documents.py: `mirrored` and
`middlename` (their specs are in document_families.FAMILIES, which says what they look like).

document_families.py imports this module only when one of these families is drawn, one of their
capture conditions (`screen`, `camera_watermark`) is applied or their surface (`tablecloth`) is
chosen, so every other family's documents stay the same, image for image, for a seed. The
truth, the MRZ, the ID numbers and tampering are the shared code's (make-documents.py writes a
`middlename` card's MRZ as TD2, two lines of 36, from the same identity): this module only
draws them. Their date pattern `d Mon yyyy` is formatted here (date_text), not by the shared
fmt_date, so that its output for every earlier pattern is untouched.
"""
import datetime as dt
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

from document_families import (ACCENT, AMIRI, AMIRI_BOLD, AUTHORITIES, FLAG_STRIPES, INTER_BOLD, INTER_MEDIUM,
                               INTER_REGULAR, MONO_BOLD, MONTH_NAMES, OSP_DIN, PROPERTY, SANS, SANS_BOLD, draw_mrz,
                               fmt_date, perspective, place_of_birth, printed, qr_code, scribble, shifted)
from document_families_eleventh import blend_region, coat_of_arms, linear_barcode, rainbow

INK = (20, 22, 28)
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def date_text(date, pattern):
    """A date as the sixteenth families print it: `d Mon yyyy` (`4 Sep 1987`: the day without a
    leading zero, the month's first three letters in title case); any other pattern as fmt_date
    prints it (`mirrored`'s `dd.mm.yyyy`)."""
    if pattern == "d Mon yyyy":
        return f"{date.day} {MONTH_NAMES[date.month - 1][:3]} {date.year}"
    return fmt_date(date, pattern)


def title_case(text):
    """`OTIENO` as `Otieno`, `CAPE COAST` as `Cape Coast`; a three-letter code (`RSA`, `NGA`,
    `UGA`, the demonyms some issuers print) stays in capitals."""
    if len(text) == 3 and text.isalpha() and text.isupper():
        return text
    return " ".join(word.capitalize() for word in text.split(" "))


def fitted(draw, text, path, size, max_width, smallest=14, direction=None):
    """The font `path` at `size`, or smaller until `text` fits in `max_width`."""
    f = ImageFont.truetype(path, size)
    while size > smallest and draw.textlength(text, font=f, direction=direction) > max_width:
        size -= 1
        f = ImageFont.truetype(path, size)
    return f


def mrz_top(mrz, lines):
    return mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * lines


def wrapped(draw, text, f, x, y, width, fill, step=20, right=False):
    """`text` in lines no wider than `width` from (x, y); with `right`, x is the lines' right
    edge and the text Arabic (set right to left)."""
    line = ""
    direction = "rtl" if right else None
    for word in text.split() + [None]:
        if word is None or (line and draw.textlength(line + " " + word, font=f, direction=direction) > width):
            if right:
                draw.text((x, y), line, font=f, fill=fill, anchor="ra", direction="rtl")
            else:
                draw.text((x, y), line, font=f, fill=fill)
            line, y = word or "", y + step
        else:
            line = (line + " " + word).strip()


# ---------------------------------------------------------------------------------------------
# `mirrored`: Latin on the left, Arabic on the right of every row

# The issuers' names and demonyms in Arabic, and the Arabic captions.
ARABIC_TITLES = {"ZWE": "جمهورية زيمبابوي", "ZAF": "جمهورية جنوب أفريقيا", "NGA": "جمهورية نيجيريا الاتحادية",
                 "KEN": "جمهورية كينيا", "GHA": "جمهورية غانا", "UGA": "جمهورية أوغندا"}
ARABIC_COUNTRIES = {"ZWE": "زيمبابوي", "ZAF": "جنوب أفريقيا", "NGA": "نيجيريا", "KEN": "كينيا", "GHA": "غانا",
                    "UGA": "أوغندا"}
ARABIC_DEMONYMS = {"ZWE": "زيمبابوي", "ZAF": "جنوب أفريقي", "NGA": "نيجيري", "KEN": "كيني", "GHA": "غاني",
                   "UGA": "أوغندي"}
ARABIC_SEX = {"M": "ذكر", "F": "أنثى"}
ARABIC_AUTHORITY = "مصلحة الأحوال المدنية"  # the civil registry
ARABIC_NOTICE = "هذه البطاقة ملك للحكومة. في حال العثور عليها يرجى تسليمها إلى أقرب مركز للشرطة."
# Latin letters as an Arabic transliteration spells them (names have no Arabic form of their own).
AR_DIGRAPHS = {"SH": "ش", "CH": "تش", "TH": "ت", "KH": "خ", "GH": "غ", "PH": "ف", "DH": "ذ"}
AR_LETTERS = {"B": "ب", "D": "د", "F": "ف", "G": "غ", "H": "ه", "J": "ج", "K": "ك", "L": "ل", "M": "م", "N": "ن",
              "P": "ب", "Q": "ق", "R": "ر", "S": "س", "T": "ت", "V": "ف", "W": "و", "X": "كس", "Y": "ي", "Z": "ز"}
AR_VOWELS = {"A": "ا", "E": "ي", "I": "ي", "O": "و", "U": "و"}
AR_INITIAL = {"A": "أ", "E": "إي", "I": "إي", "O": "أو", "U": "أو"}


def arabic_word(word):
    """One Latin word (capitals) in Arabic letters, as a registry transliterates a name:
    consonants letter for letter, vowels as long vowels, doubled letters once."""
    out, i, previous = [], 0, None
    while i < len(word):
        pair = word[i:i + 2]
        if pair in AR_DIGRAPHS:
            out.append(AR_DIGRAPHS[pair])
            previous, i = pair, i + 2
            continue
        c = word[i]
        if c in AR_VOWELS:
            if i == 0:
                out.append(AR_INITIAL[c])
            elif previous is not None and previous in AR_VOWELS and AR_VOWELS[previous] == AR_VOWELS[c]:
                pass
            elif not (c == "E" and i == len(word) - 1 and word[i - 1] == "C"):  # GRACE: a silent e
                out.append(AR_VOWELS[c])
        elif c == "C":
            out.append("س" if i + 1 < len(word) and word[i + 1] in "EIY" else "ك")
        elif c in AR_LETTERS and c != previous:
            out.append(AR_LETTERS[c])
        previous = c
        i += 1
    return "".join(out)


def arabic_name(text):
    return " ".join(arabic_word(word) for word in text.replace("-", " ").split())


def arabic_date(date):
    """A date in Arabic-Indic digits, day / month / year."""
    return f"{date.day:02d}/{date.month:02d}/{date.year}".translate(ARABIC_DIGITS)


def mirrored_values(truth, spec, family, kind):
    """The printed values by field key, each a pair (Latin, Arabic or None); tampered fields print
    what tampering put there, on both sides."""
    fields = truth["fields"]
    alpha3 = spec["alpha3"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    pattern = family["date"]
    place = place_of_birth(truth, alpha3)
    return dict(surname=(fields["surname"], arabic_name(fields["surname"])),
                given=(fields["given_names"], arabic_name(fields["given_names"])),
                dob=(date_text(dob, pattern), arabic_date(dob)), sex=(fields["sex"], ARABIC_SEX[fields["sex"]]),
                nationality=(spec["demonym"], ARABIC_DEMONYMS[alpha3]),
                expiry=(date_text(expiry, pattern), arabic_date(expiry)),
                issue=(date_text(issue, pattern), arabic_date(issue)), pob=(place, arabic_name(place)),
                authority=(AUTHORITIES[alpha3][0 if kind == "id_card" else 1], ARABIC_AUTHORITY),
                id=(printed(truth, "id_number"), None), cardno=(fields["document_number"], None),
                docno=(fields["document_number"], None), type=("P", None), code=(alpha3, None))


def arabesque_ground(rng, size, color, clear_from=None):
    """A pale ground of Islamic geometric ornament: eight-pointed stars (two squares, one turned
    an eighth) on a square grid with small diamonds between them, fine lines in a deeper tint,
    lighter towards a soft glow; below `clear_from` a clear pale band."""
    width, height = size
    paper = tuple(int(c * 0.45 + 250 * 0.55) for c in color)
    yy, xx = np.mgrid[0:height, 0:width]
    gx, gy = width * rng.uniform(0.35, 0.65), height * rng.uniform(0.3, 0.6)
    glow = 1 + 0.035 * np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * (width * 0.3) ** 2))
    pixels = np.array(paper, float)[None, None, :] * glow[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    line = shifted(paper, -24)
    cell = rng.choice([58, 64, 72])
    ox, oy = rng.randint(0, cell), rng.randint(0, cell)
    r = cell * 0.44
    for cy in range(-cell + oy, height + cell, cell):
        for cx in range(-cell + ox, width + cell, cell):
            for turn in (0, math.pi / 4):
                square = [(cx + r * math.cos(turn + k * math.pi / 2 + math.pi / 4),
                           cy + r * math.sin(turn + k * math.pi / 2 + math.pi / 4)) for k in range(5)]
                draw.line(square, fill=line, width=1)
            inner = r * 0.42
            draw.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), outline=line, width=1)
            d = cell * 0.14  # a diamond where four cells meet
            mx, my = cx + cell / 2, cy + cell / 2
            draw.polygon([(mx, my - d), (mx + d, my), (mx, my + d), (mx - d, my)], outline=line)
    if clear_from is not None:
        draw.rectangle((0, clear_from, width, height), fill=tuple(int(c * 0.12 + 251 * 0.88) for c in paper))
    return image


def hologram_disc(image, cx, cy, r):
    """A round holographic seal on the laminate: rainbow bands turning across it, an
    eight-pointed star and two rings in it, translucent over what is under it."""
    box = (int(cx - r), int(cy - r), int(cx + r), int(cy + r))
    w, h = box[2] - box[0], box[3] - box[1]
    yy, xx = np.mgrid[0:h, 0:w]
    layer = rainbow(xx * 1.3, yy, 11) * 50 + 190
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    draw.ellipse((0, 0, w - 1, h - 1), fill=96)
    draw.ellipse((4, 4, w - 5, h - 5), outline=200, width=2)
    for turn in (0, math.pi / 4):
        s = r * 0.55
        draw.polygon([(w / 2 + s * math.cos(turn + k * math.pi / 2), h / 2 + s * math.sin(turn + k * math.pi / 2))
                      for k in range(4)], outline=220)
    blend_region(image, box, layer, np.asarray(mask.filter(ImageFilter.GaussianBlur(0.6)), float) / 255 * 0.75)


def mirrored_header(draw, spec, family, width, subtitle, arabic_subtitle):
    """The title in Latin at the left and in Arabic at the right, the arms between them, a double
    rule in the issuer's colour under them and the flag's colours along the top edge."""
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((k * width / len(stripes), 0, (k + 1) * width / len(stripes), 6), fill=c)
    half = width / 2 - 62
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], half - 30)
    draw.text((30, 20), spec["title"], font=title, fill=shifted(accent, -50))
    draw.text((31, 58), subtitle, font=ImageFont.truetype(OSP_DIN, 19), fill=(70, 70, 76))
    arabic = fitted(draw, ARABIC_TITLES[alpha3], AMIRI_BOLD, 32, half - 30, direction="rtl")
    draw.text((width - 30, 6), ARABIC_TITLES[alpha3], font=arabic, fill=shifted(accent, -50), anchor="ra",
              direction="rtl")
    draw.text((width - 30, 52), arabic_subtitle, font=ImageFont.truetype(AMIRI, 21), fill=(70, 70, 76), anchor="ra",
              direction="rtl")
    coat_of_arms(draw, width / 2, 50, 36, shifted(accent, -20), width=2)
    draw.line((24, 100, width - 24, 100), fill=accent, width=2)
    draw.line((24, 104, width - 24, 104), fill=shifted(accent, 60), width=1)


def mirrored_row(draw, x0, x1, y, keys, labels, arabic_labels, values, family, gap=44, ink=INK, size=None,
                 rule=True):
    """One row of fields: each Latin label over its Latin value from the left edge x0, their
    Arabic label over the Arabic value from the right edge x1 in the mirrored order, a hairline
    under the row. Returns the row's Latin and Arabic extents."""
    label_font = ImageFont.truetype(*family["label_font"])
    path, s = family["value_font"]
    value_font = ImageFont.truetype(path, size or s)
    arabic_label = ImageFont.truetype(AMIRI, family["label_font"][1] + 3)
    arabic_value = ImageFont.truetype(AMIRI_BOLD, (size or s) - 3)
    x, right = x0, x1
    for key in keys:
        latin, arabic = values[key]
        draw.text((x, y), labels[key], font=label_font, fill=(86, 84, 92))
        draw.text((x, y + label_font.size + 3), latin, font=value_font, fill=ink)
        x += max(draw.textlength(labels[key], font=label_font), draw.textlength(latin, font=value_font)) + gap
        draw.text((right, y - 6), arabic_labels[key], font=arabic_label, fill=(86, 84, 92), anchor="ra",
                  direction="rtl")
        if arabic:
            draw.text((right, y + label_font.size - 2), arabic, font=arabic_value, fill=ink, anchor="ra",
                      direction="rtl")
        right -= max(draw.textlength(arabic_labels[key], font=arabic_label, direction="rtl"),
                     draw.textlength(arabic or "", font=arabic_value, direction="rtl")) + gap
    if rule:
        bottom = y + label_font.size + 3 + value_font.size + 12
        draw.line((x0, bottom, x1, bottom), fill=(196, 192, 186), width=1)
    return x, right


def bilingual_cell(draw, x, y, label, arabic_label, value, family, size=None, ink=INK):
    """A field whose value has no Arabic form (a number, a code): its label in Latin and Arabic
    on one line, the value under it."""
    label_font = ImageFont.truetype(*family["label_font"])
    draw.text((x, y), label + " /", font=label_font, fill=(86, 84, 92))
    after = x + draw.textlength(label + " / ", font=label_font)
    draw.text((after, y - 5), arabic_label, font=ImageFont.truetype(AMIRI, family["label_font"][1] + 2),
              fill=(86, 84, 92), direction="rtl")
    path, s = family["value_font"]
    draw.text((x, y + label_font.size + 3), value, font=ImageFont.truetype(path, size or s), fill=ink)


def id_band(draw, x0, x1, y, label, arabic_label, value, family, accent, size=38):
    """The ID number (a passport's number) large in the middle of a pale band, its Latin label at
    the band's left end and its Arabic label at the right end."""
    draw.rounded_rectangle((x0, y, x1, y + size + 26), radius=8, fill=(250, 249, 244), outline=shifted(accent, 30),
                           width=2)
    label_font = ImageFont.truetype(*family["label_font"])
    draw.text((x0 + 14, y + (size + 26) / 2), label, font=label_font, fill=(86, 84, 92), anchor="lm")
    draw.text((x1 - 14, y + (size + 26) / 2 - 3), arabic_label, font=ImageFont.truetype(AMIRI, family["label_font"][1] + 3),
              fill=(86, 84, 92), anchor="rm", direction="rtl")
    f = ImageFont.truetype(family["value_font"][0], size)
    draw.text(((x0 + x1) / 2, y + (size + 26) / 2 + 1), value, font=f, fill=shifted(accent, -60), anchor="mm")


def bilingual_microline(draw, spec, x, y, width, fill):
    """A line of microprint: the issuer's name in Latin and Arabic by turns."""
    latin, arabic = ImageFont.truetype(OSP_DIN, 8), ImageFont.truetype(AMIRI, 9)
    while width > 0:
        for text, f, direction in ((spec["name"], latin, None), (ARABIC_COUNTRIES[spec["alpha3"]], arabic, "rtl")):
            draw.text((x, y - (2 if direction else 0)), text, font=f, fill=fill, direction=direction)
            step = draw.textlength(text, font=f, direction=direction) + 8
            x, width = x + step, width - step


def mirrored_portrait(image, rng, photo, x, y, accent, sign_label):
    """The portrait in a thin frame, a holographic seal over its lower right corner, the holder's
    signature under it."""
    draw = ImageDraw.Draw(image)
    draw.rectangle((x - 3, y - 3, x + photo.width + 2, y + photo.height + 2), outline=shifted(accent, -10), width=1)
    image.paste(photo, (x, y))
    hologram_disc(image, x + photo.width - 8, y + photo.height - 10, 34)
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, x + 12, y + photo.height + 16, photo.width - 30, 42, (30, 34, 96))
    label_font = ImageFont.truetype(OSP_DIN, 12)
    draw.text((x, y + photo.height + 70), sign_label[0], font=label_font, fill=(86, 84, 92))
    draw.text((x + photo.width, y + photo.height + 66), sign_label[1], font=ImageFont.truetype(AMIRI, 13),
              fill=(86, 84, 92), anchor="ra", direction="rtl")


def mirrored_card(rng, truth, spec, family, portrait_of):
    """The card's front: the title in Latin and Arabic either side of the arms; the portrait on
    the left; the fields in mirrored rows (surname, given names, birth date, sex and nationality,
    expiry), the ID number in a band along the bottom between its two labels."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels, arabic_labels = family["labels"], family["arabic_labels"]
    image = arabesque_ground(rng, size, spec["color"])
    draw = ImageDraw.Draw(image)
    mirrored_header(draw, spec, family, width, "NATIONAL IDENTITY CARD", "بطاقة الهوية الوطنية")
    values = mirrored_values(truth, spec, family, "id_card")
    mirrored_portrait(image, rng, portrait_of((200, 256)), 34, 124, accent, (labels["sign"], arabic_labels["sign"]))
    draw = ImageDraw.Draw(image)
    x0, x1 = 262, width - 30
    for k, keys in enumerate([["surname"], ["given"], ["dob"], ["sex", "nationality"], ["expiry"]]):
        mirrored_row(draw, x0, x1, 118 + k * 76, keys, labels, arabic_labels, values, family)
    id_band(draw, x0 - 6, x1, 508, labels["id"], arabic_labels["id"], values["id"][0], family, accent)
    bilingual_microline(draw, spec, 30, height - 22, width - 60, shifted(accent, 40))
    return image


def mirrored_back(rng, truth, spec, family):
    """The card's back: birthplace, date of issue, the authority and the card number in mirrored
    rows, a QR code, the notice in English and in Arabic side by side, the MRZ on a clear band."""
    size = (1012, 638)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels, arabic_labels = family["labels"], family["arabic_labels"]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 3) - 22
    image = arabesque_ground(rng, size, spec["color"], clear_from=clear)
    draw = ImageDraw.Draw(image)
    values = mirrored_values(truth, spec, family, "id_card")
    for k, keys in enumerate([["pob"], ["issue"], ["authority"]]):
        mirrored_row(draw, 36, 760, 26 + k * 74, keys, labels, arabic_labels, values, family, size=26)
    bilingual_cell(draw, 36, 252, labels["cardno"], arabic_labels["cardno"], values["cardno"][0], family, size=26)
    qr_code(draw, rng, 806, 40, 25, 6, paper=(250, 250, 246))
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(OSP_DIN, 15), 330, 254, 300, (70, 70, 80), step=19)
    wrapped(draw, ARABIC_NOTICE, ImageFont.truetype(AMIRI, 16), width - 36, 226, 300, (70, 70, 80), step=24,
            right=True)
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((36 + k * (width - 72) / len(stripes), clear - 14, 36 + (k + 1) * (width - 72) / len(stripes),
                        clear - 10), fill=c)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def mirrored_passport(rng, truth, spec, family, portrait_of):
    """The data page: the title in Latin and Arabic either side of the arms, the portrait on the
    left; type, code and the passport number with bilingual labels on the first row, then the
    mirrored rows; the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels, arabic_labels = family["passport_labels"], family["arabic_labels"]
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 26
    image = arabesque_ground(rng, size, spec["color"], clear_from=clear)
    draw = ImageDraw.Draw(image)
    mirrored_header(draw, spec, family, width, "PASSPORT", "جواز سفر")
    values = mirrored_values(truth, spec, family, "passport")
    mirrored_portrait(image, rng, portrait_of((256, 328)), 40, 126, accent, (labels["sign"], arabic_labels["sign"]))
    draw = ImageDraw.Draw(image)
    x0, x1 = 332, width - 34
    bilingual_cell(draw, x0, 120, labels["type"], arabic_labels["type"], "P", family)
    bilingual_cell(draw, x0 + 150, 120, labels["code"], arabic_labels["code"], alpha3, family)
    bilingual_cell(draw, x0 + 360, 120, labels["docno"], arabic_labels["docno"], values["docno"][0], family, size=34,
                   ink=shifted(accent, -60))
    draw.line((x0, 186, x1, 186), fill=(196, 192, 186), width=1)
    rows = [["surname"], ["given"], ["nationality", "sex"], ["dob"], ["pob"], ["issue", "expiry"], ["authority"]]
    for k, keys in enumerate(rows):
        mirrored_row(draw, x0, x1, 196 + k * 70, keys, labels, arabic_labels, values, family, size=28,
                     rule=k < len(rows) - 1)
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((40 + k * (width - 80) / len(stripes), clear - 16, 40 + (k + 1) * (width - 80) / len(stripes),
                        clear - 12), fill=c)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `middlename`: first, middle and last name in three fields, values in title case, the ID number
# in the header band; an ID-2 card with a two-line MRZ (TD2) on its back

def middle_values(truth, spec, family, kind):
    """The printed values by field key, in title case; `first` is the first given name, `middle`
    the others (empty where the holder has one given name); tampered fields print what
    tampering put there."""
    fields = truth["fields"]
    alpha3 = spec["alpha3"]
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    issue = expiry - dt.timedelta(days=3650)
    pattern = family["date"]
    first, _, middle = fields["given_names"].partition(" ")
    return dict(first=title_case(first), middle=title_case(middle), surname=title_case(fields["surname"]),
                id=printed(truth, "id_number"), dob=date_text(dob, pattern),
                sex={"M": "Male", "F": "Female"}[fields["sex"]], nationality=title_case(spec["demonym"]),
                expiry=date_text(expiry, pattern), issue=date_text(issue, pattern),
                pob=title_case(place_of_birth(truth, alpha3)),
                authority=AUTHORITIES[alpha3][0 if kind == "id_card" else 1], cardno=fields["document_number"],
                docno=fields["document_number"], type="P", code=alpha3)


def bogolan_ground(rng, size, color, clear_from=None):
    """A pale ground painted like bogolan (mud cloth): registers of small hand-drawn motifs (rows
    of dots, zigzags, crosses, ringed dots, ladders, diamonds) between double lines, in a soft
    earth tint mixed with the issuer's colour; below `clear_from` a clear pale band."""
    width, height = size
    paper = tuple(int(c * 0.3 + e * 0.7) for c, e in zip(color, (246, 238, 222)))
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    ink = tuple(int(p * 0.9 + e * 0.1) for p, e in zip(shifted(paper, -22), (120, 80, 50)))
    register = rng.choice([48, 54, 60])
    motifs = ["dots", "zigzag", "crosses", "rings", "ladder", "diamonds"]
    first = rng.randint(0, len(motifs) - 1)
    for row, y in enumerate(range(rng.randint(-register, 0), height, register)):
        draw.line((0, y, width, y), fill=ink, width=2)
        draw.line((0, y + 5, width, y + 5), fill=ink, width=1)
        motif = motifs[(first + row) % len(motifs)]
        top, bottom = y + 12, y + register - 6
        mid = (top + bottom) / 2
        step = rng.choice([22, 26, 30])
        for x in range(rng.randint(0, step), width + step, step):
            wobble = rng.uniform(-1.5, 1.5)
            if motif == "dots":
                draw.ellipse((x - 3, mid - 3 + wobble, x + 3, mid + 3 + wobble), fill=ink)
            elif motif == "zigzag":
                draw.line((x, bottom, x + step / 2, top + wobble, x + step, bottom), fill=ink, width=2)
            elif motif == "crosses":
                draw.line((x - 6, mid - 6, x + 6, mid + 6), fill=ink, width=2)
                draw.line((x - 6, mid + 6, x + 6, mid - 6), fill=ink, width=2)
            elif motif == "rings":
                draw.ellipse((x - 8, mid - 8, x + 8, mid + 8), outline=ink, width=2)
                draw.ellipse((x - 2, mid - 2, x + 2, mid + 2), fill=ink)
            elif motif == "ladder":
                draw.line((x, top + wobble, x, bottom), fill=ink, width=2)
                draw.line((x + step / 2, mid - 3, x + step / 2, mid + 3), fill=ink, width=2)
            else:
                draw.polygon([(x, top), (x + step / 2 - 2, mid), (x, bottom), (x - step / 2 + 2, mid)], outline=ink)
    image = image.filter(ImageFilter.GaussianBlur(0.5))
    if clear_from is not None:
        ImageDraw.Draw(image).rectangle((0, clear_from, width, height),
                                        fill=tuple(int(c * 0.12 + 251 * 0.88) for c in paper))
    return image


def spaced(draw, xy, text, f, fill, tracking=1.2):
    """Letter-spaced capitals from (x, y)."""
    x, y = xy
    for ch in text:
        draw.text((x, y), ch, font=f, fill=fill)
        x += draw.textlength(ch, font=f) + tracking
    return x - xy[0]


def middle_field(draw, x, y, label, value, family, width, size=None, ink=INK):
    """A `middlename` field: the label in small letter-spaced capitals, the value in title case
    under it (nothing under the label where there is no value), smaller where it would be wider
    than `width`."""
    spaced(draw, (x, y), label, ImageFont.truetype(*family["label_font"]), (88, 96, 110))
    if value:
        path, s = family["value_font"]
        f = fitted(draw, value, path, size or s, width)
        draw.text((x, y + family["label_font"][1] + 6), value, font=f, fill=ink)


def middle_header(image, spec, family, width, subtitle, number_label, number):
    """A band in the issuer's deep colour across the top: the arms and the title in white at the
    left, the ID number (a passport's number) large in white at the right under its label; the
    flag's colours as a thin stripe under the band."""
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    draw = ImageDraw.Draw(image)
    band = shifted(accent, -30)
    draw.rectangle((0, 0, width, 96), fill=band)
    coat_of_arms(draw, 54, 46, 34, (236, 226, 170), width=2)
    number_font = ImageFont.truetype(INTER_BOLD, 30)
    number_w = draw.textlength(number, font=number_font)
    title = fitted(draw, spec["title"], family["title_font"][0], family["title_font"][1], width - 140 - number_w - 60)
    draw.text((100, 16), spec["title"], font=title, fill=(255, 255, 255))
    spaced(draw, (101, 58), subtitle, ImageFont.truetype(INTER_MEDIUM, 15), (226, 230, 236), tracking=2)
    label_font = ImageFont.truetype(INTER_MEDIUM, 13)
    label_w = spaced(ImageDraw.Draw(Image.new("L", (1, 1))), (0, 0), number_label, label_font, 0, tracking=1.5)
    spaced(draw, (width - 30 - label_w, 14), number_label, label_font, (226, 230, 236), tracking=1.5)
    draw.text((width - 30, 36), number, font=number_font, fill=(255, 255, 255), anchor="ra")
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((k * width / len(stripes), 96, (k + 1) * width / len(stripes), 102), fill=c)


def ghost(image, photo, box, paper):
    """A small greyscale ghost of the portrait, faded into the ground, in a thin rounded frame."""
    x0, y0, x1, y1 = box
    grey = photo.convert("L").resize((x1 - x0, y1 - y0), Image.LANCZOS).convert("RGB")
    image.paste(Image.blend(grey, Image.new("RGB", grey.size, paper), 0.62), (x0, y0))
    ImageDraw.Draw(image).rounded_rectangle((x0 - 3, y0 - 3, x1 + 2, y1 + 2), radius=6, outline=shifted(paper, -40))


def middle_portrait(image, rng, photo, x, y, sign_label):
    """The portrait with rounded corners in a white mount, the signature on a line under it."""
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((x - 5, y - 5, x + photo.width + 4, y + photo.height + 4), radius=10, fill=(252, 252, 250),
                           outline=(150, 150, 156))
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, photo.width - 1, photo.height - 1), radius=7, fill=255)
    image.paste(photo, (x, y), mask)
    draw = ImageDraw.Draw(image)
    scribble(draw, rng, x + 10, y + photo.height + 14, photo.width - 24, 40, (30, 34, 96))
    draw.line((x, y + photo.height + 62, x + photo.width, y + photo.height + 62), fill=(140, 140, 148), width=1)
    spaced(draw, (x, y + photo.height + 66), sign_label, ImageFont.truetype(INTER_MEDIUM, 11), (88, 96, 110))


def middle_card(rng, truth, spec, family, portrait_of):
    """The card's front (ID-2 size, 105 x 74 mm): the header band with the ID number at its
    right; the portrait on the right with the signature under it, its ghost at the bottom right;
    the fields in two columns on the left: first and middle name, surname, birth date and sex,
    nationality and expiry, card number and date of issue, place of birth."""
    size = (1050, 740)
    width, height = size
    accent = ACCENT[spec["alpha3"]]
    labels = family["labels"]
    image = bogolan_ground(rng, size, spec["color"])
    values = middle_values(truth, spec, family, "id_card")
    middle_header(image, spec, family, width, "NATIONAL IDENTITY CARD", labels["id"], values["id"])
    photo = portrait_of((226, 290))
    middle_portrait(image, rng, photo, 790, 128, labels["sign"])
    ghost(image, photo, (900, 560, 1000, 688), image.getpixel((1040, 700)))
    draw = ImageDraw.Draw(image)
    rows = [["first", "middle"], ["surname"], ["dob", "sex"], ["nationality", "expiry"], ["cardno", "issue"], ["pob"]]
    left, column, right = 40, 400, 760
    for k, row in enumerate(rows):
        y = 124 + k * 88
        row = [key for key in row if key != "cardno" or values["cardno"]]
        for c, key in enumerate(row):
            x = left if c == 0 else column
            end = (column - 24) if len(row) > 1 and c == 0 else right
            middle_field(draw, x, y, labels[key], values[key], family, end - x,
                         size=family["value_font"][1] + (4 if key == "surname" else 0))
    f = ImageFont.truetype(INTER_MEDIUM, 8)
    line = ""
    while draw.textlength(line, font=f) < width - 60:
        line += spec["title"] + " · "
    draw.text((30, height - 24), line, font=f, fill=shifted(accent, 40))  # a line of microprint
    return image


def middle_back(rng, truth, spec, family):
    """The card's back: place of birth, date of issue and the authority, a QR code with `SCAN TO
    VERIFY` under it, the notice and a linear barcode; the two-line MRZ (TD2) on a clear band."""
    size = (1050, 740)
    width, height = size
    alpha3 = spec["alpha3"]
    accent = ACCENT[alpha3]
    labels = family["labels"]
    mrz = family["card_mrz"]
    clear = mrz_top(mrz, 2) - 30
    image = bogolan_ground(rng, size, spec["color"], clear_from=clear)
    draw = ImageDraw.Draw(image)
    values = middle_values(truth, spec, family, "id_card")
    for k, key in enumerate(["pob", "issue", "authority"]):
        middle_field(draw, 44, 36 + k * 86, labels[key], values[key], family, 480, size=27)
    qr_code(draw, rng, 796, 44, 25, 7, paper=(250, 250, 246))
    spaced(draw, (796 - 14, 44 + 25 * 7 + 24), labels["scan"], ImageFont.truetype(INTER_MEDIUM, 12), (88, 96, 110))
    notice = PROPERTY.format("the Republic of " + spec["name"].title() if alpha3 != "UGA" else "Uganda")
    wrapped(draw, notice, ImageFont.truetype(INTER_REGULAR, 16), 44, 312, 640, (70, 70, 80), step=22)
    linear_barcode(draw, rng, 44, 388, 420, 56)
    stripes = FLAG_STRIPES[alpha3]
    for k, c in enumerate(stripes):
        draw.rectangle((k * width / len(stripes), clear - 8, (k + 1) * width / len(stripes), clear - 3), fill=c)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def middle_passport(rng, truth, spec, family, portrait_of):
    """The data page: the header band with the passport number at its right, the portrait on the
    left (its ghost at the bottom right); type, code and nationality, first and middle name, surname, birth date, sex and
    birthplace, issue and expiry, the authority; the MRZ on a clear band."""
    size = (1250, 880)
    width, height = size
    labels = family["passport_labels"]
    mrz = family["passport_mrz"]
    clear = mrz_top(mrz, 2) - 26
    image = bogolan_ground(rng, size, spec["color"], clear_from=clear)
    values = middle_values(truth, spec, family, "passport")
    middle_header(image, spec, family, width, "PASSPORT · PASSEPORT", labels["docno"], values["docno"])
    photo = portrait_of((262, 336))
    middle_portrait(image, rng, photo, 44, 130, labels["sign"])
    ghost(image, photo, (1080, 560, 1190, 700), image.getpixel((1240, 720)))
    draw = ImageDraw.Draw(image)
    rows = [["type", "code", "nationality"], ["first", "middle"], ["surname"], ["dob", "sex", "pob"],
            ["issue", "expiry"], ["authority"]]
    left, right = 350, width - 40
    columns = [left, left + 300, left + 520]
    for k, row in enumerate(rows):
        y = 124 + k * 86
        for c, key in enumerate(row):
            x = columns[c] if len(row) == 3 else (left if c == 0 else left + 380)
            end = (columns[c + 1] if len(row) == 3 else left + 380) - 24 if c < len(row) - 1 else right
            middle_field(draw, x, y, labels[key], values[key], family, end - x,
                         size=family["value_font"][1] + (4 if key == "surname" else 0))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# Dispatch (document_families.render_front/render_back)

def needs_raqm():
    """`mirrored` sets Arabic right to left with Pillow's libraqm (which loads Debian's libfribidi0):
    without it the Arabic would come out unjoined and backwards, so stop rather than draw that."""
    if not features.check("raqm"):
        raise SystemExit("the family mirrored needs Pillow's libraqm and Debian's libfribidi0 (scripts/lib.sh)")


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "mirrored":
        needs_raqm()
        if kind == "passport":
            return mirrored_passport(rng, truth, spec, family, portrait_of)
        return mirrored_card(rng, truth, spec, family, portrait_of)
    if kind == "passport":
        return middle_passport(rng, truth, spec, family, portrait_of)
    return middle_card(rng, truth, spec, family, portrait_of)


def render_back(rng, truth, spec, family):
    if family["style"] == "mirrored":
        return mirrored_back(rng, truth, spec, family)
    return middle_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# The surface they may be photographed on, and their capture conditions

# Gingham vinyl tablecloths: the check's colour over white.
GINGHAM = [(192, 36, 42), (30, 66, 148), (26, 118, 66), (222, 112, 28), (40, 40, 44)]


def surface(rng, name, size):
    """A checked (gingham) vinyl tablecloth, as on kitchen and café tables: squares of the
    colour where its bands cross, half tints where one band runs, white between, the printed
    weave's fine hatching in the half tints; a broad sheen on the plastic, soft creases from
    its folds, the cloth at an angle."""
    assert name == "tablecloth", name
    width, height = size
    big = int(math.hypot(width, height)) + 40
    colour = np.array(rng.choice(GINGHAM), float)
    white = np.array([244, 242, 236], float)
    check = rng.uniform(38, 72)
    yy, xx = np.mgrid[0:big, 0:big].astype(float)
    a = (np.floor(xx / check) % 2).astype(bool)
    b = (np.floor(yy / check) % 2).astype(bool)
    half = white * 0.5 + colour * 0.5
    hatch = (np.sin((xx + yy) * math.pi / 3) > 0.6)[:, :, None]  # the printed weave
    half_tone = np.where(hatch, half * 0.92, half)
    pixels = np.where((a & b)[:, :, None], colour, np.where((a ^ b)[:, :, None], half_tone, white))
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).rotate(rng.uniform(-40, 40), resample=Image.BICUBIC)
    left, top = (big - width) // 2, (big - height) // 2
    pixels = np.asarray(page.crop((left, top, left + width, top + height)).filter(ImageFilter.GaussianBlur(1.3)), float)
    yy, xx = np.mgrid[0:height, 0:width]
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    coarse = Image.fromarray(noise.normal(0, 1, (4, 6)).astype(np.float32), mode="F")
    creases = np.asarray(coarse.resize((width, height), Image.BICUBIC), float)
    angle = rng.uniform(0, math.pi)
    d = ((xx - width * rng.uniform(0.3, 0.7)) * math.cos(angle) + (yy - height * rng.uniform(0.3, 0.7)) * math.sin(angle))
    sheen = rng.uniform(0.12, 0.22) * np.exp(-(d / rng.uniform(90, 180)) ** 2)  # the light on the vinyl
    light = 1 + 0.06 * creases
    pixels = pixels * light[:, :, None] * (1 - sheen[:, :, None]) + 255 * sheen[:, :, None]
    pixels *= 0.92 + 0.08 * (xx / width)[:, :, None]
    pixels += noise.normal(0, 3, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


# Phones' camera watermarks: (the model line, the second line).
PHONES = [("Shot on TECNO SPARK 10 Pro", "AI DUAL CAMERA"), ("Shot on Infinix HOT 30", "AI CAMERA"),
          ("Shot on Redmi Note 12", "AI QUAD CAMERA"), ("itel A70", "AI DUAL CAMERA"),
          ("Shot on realme C55", "64MP AI CAMERA"), ("TECNO CAMON 20", "AI PORTRAIT CAMERA")]


def apply_condition(rng, image, condition):
    """The photo with one of the sixteenth families' capture conditions; (image, JPEG quality or None)."""
    width, height = image.size
    if condition == "screen":
        # The photo shown on a laptop or another phone's screen and photographed from it: the
        # screen's cool white and lifted blacks, the backlight's uneven glow, the pixel grid, a
        # moiré of coloured bands where that grid beats against the camera's sensor, a window's
        # faint reflection in the glass, the screen a little slanted inside its dark bezel.
        pixels = np.asarray(image, float)
        pixels = pixels * rng.uniform(0.76, 0.84) + rng.uniform(24, 36)
        pixels *= np.array([rng.uniform(0.88, 0.94), rng.uniform(0.96, 1.0), 1.0])
        yy, xx = np.mgrid[0:height, 0:width].astype(float)
        angle = rng.uniform(0, math.pi)
        period = rng.uniform(28, 60)
        warp = rng.uniform(18, 40) * np.sin(yy / rng.uniform(140, 260) + rng.uniform(0, 6.28)) \
            + rng.uniform(18, 40) * np.sin(xx / rng.uniform(160, 300) + rng.uniform(0, 6.28))  # the bands curve
        phase = 2 * math.pi * ((xx * math.cos(angle) + yy * math.sin(angle) + warp) / period)
        amplitude = rng.uniform(0.05, 0.08)
        bands = np.stack([np.cos(phase), np.cos(phase + 2.1), np.cos(phase + 4.2)], axis=2) * amplitude
        pitch = rng.choice([3, 4])
        grid = ((xx % pitch) < 1) | ((yy % pitch) < 1)
        glow = 1 - 0.08 * (((xx / width - 0.5) ** 2 + (yy / height - 0.5) ** 2) * 2)
        pixels = pixels * (1 + bands) * (1 - rng.uniform(0.05, 0.08) * grid)[:, :, None] * glow[:, :, None]
        reflection = rng.uniform(0.04, 0.08) * np.clip(1 - np.abs((xx - yy * rng.uniform(0.4, 1.2)
                                                                  - width * rng.uniform(0.1, 0.6)) / (width * 0.18)),
                                                        0, 1)
        pixels = pixels * (1 - reflection[:, :, None]) + 235 * reflection[:, :, None]
        shown = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        scale = rng.uniform(0.84, 0.92)
        inner = shown.resize((round(width * scale), round(height * scale)), Image.LANCZOS)
        frame = Image.new("RGB", (width, height), (16, 16, 18))
        frame.paste(inner, ((width - inner.width) // 2 + rng.randint(-20, 20), (height - inner.height) // 2
                            + rng.randint(-20, 20)))
        slanted = perspective(frame, rng.uniform(0.03, 0.08), rng.choice(["top", "bottom", "left", "right"]), rng)
        return slanted, rng.randint(74, 84)
    if condition == "camera_watermark":
        # The phone's camera stamps its own marks on the photo: a `Shot on` watermark with the
        # model at the bottom left, a timestamp app's date and time in orange at the bottom
        # right, or both (the timestamp a date a few days before the documents' fixed today).
        image = image.copy()
        draw = ImageDraw.Draw(image)
        style = rng.choice(["brand", "timestamp", "both"])
        unit = min(width, height)
        if style in ("brand", "both"):
            model, line = rng.choice(PHONES)
            big, small = ImageFont.truetype(SANS_BOLD, round(unit * 0.028)), ImageFont.truetype(SANS, round(unit * 0.018))
            x, y = round(width * 0.03), round(height - unit * 0.04)
            draw.text((x, y - small.size - 4), model, font=big, fill=(250, 250, 250), anchor="ls",
                      stroke_width=1, stroke_fill=(90, 90, 90))
            draw.text((x, y), line, font=small, fill=(238, 238, 238), anchor="ls", stroke_width=1,
                      stroke_fill=(90, 90, 90))
        if style in ("timestamp", "both"):
            when = dt.datetime(2026, 11, rng.randint(18, 25), rng.randint(7, 20), rng.randint(0, 59))
            text = f"{when:%Y/%m/%d %H:%M}"
            f = ImageFont.truetype(MONO_BOLD, round(unit * 0.032))
            draw.text((round(width * 0.97), round(height - unit * 0.035)), text, font=f, fill=(255, 148, 36),
                      anchor="rs", stroke_width=2, stroke_fill=(70, 30, 0))
        return image, None
    raise ValueError(condition)
