"""The twenty-sixth held-out layout families for scripts/make-documents.py: `stall` and `lounge`
(their specs are in document_families.FAMILIES, which says what they look like). This module
draws both, the surfaces they lie on and the four capture conditions that come with them.

Why these two. Both are places where documents are photographed for KYC in these countries that
no earlier family shows:

`stall`: the document laid on the trader's own stock at a MARKET STALL, on a woven polypropylene
sack of maize, beans or rice, and photographed by the agent who signs market traders up for a
mobile-money wallet, a merchant till or a group micro-loan (Gikomba, Owino, Makola, Balogun, Mbare:
agents walk the market rows with a phone). The layout prints its numbers in CELLS: the ID number
one character a cell in a comb (the groups apart, a dash between them where the number has one),
every date as three cells, day, month and year, with a tiny `DD MM YYYY` legend under them, the
sex in a cell of its own; captions in English only (`OTHER NAMES`, `BIRTH DATE`, `EXPIRES`,
`PERSONAL ID NO.`, `DOCUMENT NO.`), each after a small terracotta diamond; the nationality and
sex before the birth date, as Ghana's card orders them; the flag as a ribbon HANGING from the top
edge with a notched end; a portrait at the right under it with a small dot-matrix copy of it (as
a laser-perforated image) at the lower right; a sand ground with a lusona (sona) drawing: a line
looping round a lattice of dots. Title in Beteckna GS Bold (a Futura-like geometric sans),
captions in Allerta, values in Universalis ADF Bold (a geometric sans), cells in JetBrains
Mono ExtraBold (Debian's fonts-beteckna, fonts-allerta, fonts-adf-universalis and
fonts-jetbrains-mono, new with these families); terracotta, indigo and sand whatever the issuer.
Surface: `sack` (the sack's woven tapes, a stencilled word and weight on it, its coloured stripes,
lumps and folds, a few grains spilled near the frame's edge). Conditions: `flies` (houseflies
settled at the document's top corners and round it, one sometimes passing blurred through the frame)
and `smoke` (wisps of smoke from a fish smoker's or a maize roaster's fire drifting across the
frame: a bluish haze in streaks, the picture a little softened under it).

`lounge`: the document photographed at home in the SITTING ROOM, laid on the crocheted doily on
the coffee table by the window, in the afternoon sun that the window's burglar bars stripe with
their shadow. The layout: the title on a RIBBON BANNER with folded tails centred at the top, the
document's name in English and the issuer's language under it; each caption a two-line block in
a column at the LEFT of its value, English capitals over the issuer's language in italics
(Shona, Setswana, Hausa, Kiswahili, French, Luganda); values in Baskervald ADF Bold; the date of
issue and the expiry on ONE line as a validity range (`14 Sept 2021 – 13 Sept 2031`), dates with
the month as British style abbreviates it (`Sept`, `June`, `July`, the others three letters); the
ID number under its BARCODE at the top right (as South Africa's green identity book printed it);
the portrait at the BOTTOM RIGHT with copper photo corners; a pale ground of Kuba-cloth mazes
(stepped lines joining in a maze, bands of small triangles); teal and copper whatever the issuer.
Captions in Junction, title, values and second captions in Baskervald ADF (Debian's fonts-junction
and fonts-adf-baskervald, new with these families). Surface: `doily` (a crocheted lace doily on a
varnished wooden table, the wood showing through its holes). Conditions: `burglar_bars` (the
window grille's shadow, bars and scrollwork, thrown across the frame by the low sun) and
`portrait_mode` (the phone left in its portrait mode: the surface blurred as background by the
phone's depth guess, its matte's edge wandering into the document, the far part of the document
a little soft).

document_families.py imports this module only when one of these families is drawn, one of their
surfaces laid or one of their conditions applied, so every other family's documents stay the
same, image for image, for a seed. Truth, MRZ, ID numbers and tampering are the shared code's:
this module only draws them (values_of and printed give what tampering put there).
"""
import datetime as dt
import functools
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import FLAG_STRIPES, draw_mrz, printed, qr_code, scribble
from document_families_eleventh import coat_of_arms, linear_barcode
from document_families_nineteenth import companion_rng, values_of
from document_families_seventeenth import fitted, spaced, wrapped
from document_families_twentieth import notice

BETECKNA_BOLD = "/usr/share/fonts/truetype/beteckna/BetecknaGS-Bold.ttf"
ALLERTA = "/usr/share/fonts/opentype/allerta/allerta_medium.otf"
STENCIL = "/usr/share/fonts/opentype/allerta/allerta_stencil.otf"
UNIVERSALIS = "/usr/share/fonts/truetype/adf/UniversalisADFStd-Regular.otf"
UNIVERSALIS_BOLD = "/usr/share/fonts/truetype/adf/UniversalisADFStd-Bold.otf"
JETBRAINS = "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-ExtraBold.ttf"
JUNCTION = "/usr/share/fonts/opentype/junction/Junction.otf"
BASK_BOLD = "/usr/share/fonts/truetype/adf/BaskervaldADFStd-Bold.otf"
BASK_HEAVY = "/usr/share/fonts/truetype/adf/BaskervaldADFStd-Heavy.otf"
BASK_ITALIC = "/usr/share/fonts/truetype/adf/BaskervaldADFStd-Italic.otf"
CARD = (1012, 638)
PAGE = (1250, 880)
KINDS = {"id_card": "NATIONAL IDENTITY CARD", "passport": "PASSPORT"}

TERRACOTTA = (164, 70, 40)
INDIGO = (34, 44, 98)
SAND = (244, 234, 212)
STALL_INK = (30, 24, 22)
CELL = (253, 250, 242)
TEAL = (16, 88, 94)
COPPER = (158, 90, 44)
IVORY = (247, 244, 235)
LOUNGE_INK = (22, 26, 36)
MRZ_PAPER = (251, 250, 246)


@functools.lru_cache(maxsize=None)
def font(path, size):
    return ImageFont.truetype(path, int(size))


# Universalis ADF's required ligatures join A and E, O and E (MOKOENA would print MOKŒNA):
# documents print the letters apart, so its text is set without them.
PLAIN = ["-rlig"]


def plain_fitted(draw, text, path, size, max_width, smallest=16):
    """fitted's font for a face set without its required ligatures."""
    f = font(path, size)
    while size > smallest and draw.textlength(text, font=f, features=PLAIN) > max_width:
        size -= 1
        f = font(path, size)
    return f


def mix(a, b, share):
    """`share` of colour b over colour a."""
    return tuple(int(round((1 - share) * x + share * y)) for x, y in zip(a, b))


def dates_of(truth):
    """The printed dates as dates: birth (what tampering printed), issue and expiry (issued ten
    years before it expires, as every family prints it)."""
    expiry = dt.date.fromisoformat(truth["fields"]["expiry_date"])
    return dict(dob=dt.date.fromisoformat(printed(truth, "date_of_birth")), expiry=expiry,
                issue=expiry - dt.timedelta(days=3650))


# ---------------------------------------------------------------------------------------------
# `stall`: numbers in cells, captions after a diamond, the flag as a hanging ribbon

def sona_ground(rng, size, color):
    """A sand ground with a lusona drawing: a lattice of dots with a line looping round them
    (quarter circles round the lattice's points, cell by cell, mostly alternating so that they
    close into rings and chains, now and then turned so the line meanders), in two pale inks."""
    width, height = size
    paper = mix(SAND, color, 0.22)
    image = Image.new("RGB", size, paper)
    pixels = np.asarray(image, float) * np.linspace(1.0, 0.965, width)[None, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    line, dot = mix(paper, TERRACOTTA, 0.22), mix(paper, INDIGO, 0.24)
    s, r = 36, 18
    for j in range(height // s + 2):
        for i in range(width // s + 2):
            x, y = i * s - s / 2, j * s - s / 2
            if ((i + j) % 2 == 0) != (rng.random() < 0.22):
                arcs = [((x, y), 0, 90), ((x + s, y + s), 180, 270)]
            else:
                arcs = [((x + s, y), 90, 180), ((x, y + s), 270, 360)]
            for (cx, cy), a0, a1 in arcs:
                draw.arc((cx - r, cy - r, cx + r, cy + r), a0, a1, fill=line, width=2)
    for j in range(height // s + 3):
        for i in range(width // s + 3):
            x, y = i * s - s / 2, j * s - s / 2
            draw.ellipse((x - 2.3, y - 2.3, x + 2.3, y + 2.3), fill=dot)
    return image


def flag_ribbon(draw, alpha3, x, w, length):
    """The flag as a ribbon hanging from the top edge, its stripes running down, its end notched."""
    stripes = FLAG_STRIPES[alpha3]
    step, notch = w / len(stripes), w * 0.42

    def foot(px):
        return length - notch * (1 - abs(px - (x + w / 2)) / (w / 2))
    for k, colour in enumerate(stripes):
        x0, x1 = x + k * step, x + (k + 1) * step
        draw.polygon([(x0, 0), (x1, 0), (x1, foot(x1)), (x0, foot(x0))], fill=colour)
    draw.line([(x, 0), (x, length), (x + w / 2, length - notch), (x + w, length), (x + w, 0)], fill=(90, 80, 70), width=1)


def diamond_caption(draw, x, y, text, size=15):
    d = 5
    draw.polygon([(x + d, y + 2), (x + 2 * d, y + 2 + d), (x + d, y + 2 + 2 * d), (x, y + 2 + d)], fill=TERRACOTTA)
    spaced(draw, (x + 2 * d + 7, y), text, font(ALLERTA, size), TERRACOTTA, tracking=1.2)


def stall_field(draw, x, y, caption, value, width, size=30, path=UNIVERSALIS_BOLD):
    if not value:
        return
    diamond_caption(draw, x, y, caption)
    draw.text((x, y + 21), value, font=plain_fitted(draw, value, path, size, width), fill=STALL_INK, features=PLAIN)


def cells(draw, x, y, groups, dashed, cell=33, height=44, size=28):
    """Characters one a cell, the cells of a group touching, the groups apart (a dash between
    them where the number has one); returns the x after the last cell."""
    f = font(JETBRAINS, size)
    for g, group in enumerate(groups):
        if g:
            if dashed:
                draw.line((x + 4, y + height / 2, x + 14, y + height / 2), fill=STALL_INK, width=3)
            x += 18 if dashed else 12
        for ch in group:
            draw.rectangle((x, y, x + cell, y + height), fill=CELL, outline=INDIGO, width=2)
            draw.text((x + cell / 2 + 0.5, y + height / 2 + 1), ch, font=f, fill=STALL_INK, anchor="mm")
            x += cell
    return x


def id_groups(number, alpha3):
    """The ID number's groups for its cells: at its hyphens (Zimbabwe, Ghana), else as people
    group it (South Africa 6-4-3, Nigeria 4-3-4, Uganda 2-2-5-5), Kenya's eight digits whole."""
    if "-" in number:
        return number.split("-"), True
    if alpha3 == "ZAF":
        return [number[:6], number[6:10], number[10:]], False
    if alpha3 == "NGA":
        return [number[:4], number[4:7], number[7:]], False
    if alpha3 == "UGA":
        return [number[:2], number[2:4], number[4:9], number[9:]], False
    return [number], False


def date_cells(draw, x, y, date, height=40, size=25):
    """A date as three cells, day, month and year, a tiny legend under each."""
    f, legend = font(JETBRAINS, size), font(ALLERTA, 11)
    for text, name in [(f"{date.day:02d}", "DD"), (f"{date.month:02d}", "MM"), (f"{date.year}", "YYYY")]:
        w = draw.textlength(text, font=f) + 18
        draw.rounded_rectangle((x, y, x + w, y + height), radius=5, fill=CELL, outline=INDIGO, width=2)
        draw.text((x + w / 2 + 0.5, y + height / 2 + 1), text, font=f, fill=STALL_INK, anchor="mm")
        draw.text((x + w / 2, y + height + 3), name, font=legend, fill=(124, 112, 100), anchor="ma")
        x += w + 8
    return x


def dot_portrait(draw, photo, x, y, cols, rows, pitch, ink):
    """A small copy of the portrait as a matrix of dots, each as large as the picture is dark
    there (as a laser-perforated image)."""
    grey = np.asarray(photo.convert("L").resize((cols, rows), Image.LANCZOS), float) / 255
    for j in range(rows):
        for i in range(cols):
            r = (1 - grey[j, i]) * pitch * 0.56
            if r > 0.5:
                cx, cy = x + i * pitch + pitch / 2, y + j * pitch + pitch / 2
                draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=ink)


def stall_header(draw, spec, kind, width):
    title = spec["title"]
    coat_of_arms(draw, 64, 62, 36, INDIGO)
    draw.text((118, 22), title, font=fitted(draw, title, BETECKNA_BOLD, 40, width - 300, smallest=24), fill=INDIGO)
    spaced(draw, (120, 74), KINDS[kind], font(ALLERTA, 17), TERRACOTTA, tracking=3.0)
    flag_ribbon(draw, spec["alpha3"], width - 104, 46, 104)
    draw.line((36, 108, width - 130, 108), fill=TERRACOTTA, width=2)
    for x in (36, width - 130):
        draw.polygon([(x, 102), (x + 6, 108), (x, 114), (x - 6, 108)], fill=TERRACOTTA)


def framed_photo(image, draw, photo, x, y):
    draw.rectangle((x - 7, y - 7, x + photo.width + 6, y + photo.height + 6), fill=(250, 247, 238), outline=INDIGO, width=2)
    image.paste(photo, (x, y))


def stall_front(rng, truth, spec, family, kind, photo):
    alpha3 = spec["alpha3"]
    values = values_of(truth, spec, family, kind)
    dates = dates_of(truth)
    width, height = CARD if kind == "id_card" else PAGE
    image = sona_ground(rng, (width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    stall_header(draw, spec, kind, width)
    px, py = width - 56 - photo.width, 132
    framed_photo(image, draw, photo, px, py)
    scribble(draw, companion_rng(truth, "stall-sign"), px + 12, py + photo.height + 14, photo.width - 24, 40, (30, 34, 82))
    paper = image.getpixel((width - 40, height // 2))
    if kind == "id_card":
        labels = family["labels"]
        dot_portrait(draw, photo, px + photo.width - 100, 470, 20, 26, 5, mix(paper, INDIGO, 0.6))
        stall_field(draw, 40, 124, labels["surname"], values["surname"], 660, 38)
        stall_field(draw, 40, 202, labels["given"], values["given"], 660, 32)
        stall_field(draw, 40, 282, labels["nationality"], values["nationality"], 220, 28)
        diamond_caption(draw, 280, 282, labels["sex"])
        cells(draw, 280, 303, [values["sex"]], False, height=40, size=25)
        diamond_caption(draw, 380, 282, labels["dob"])
        date_cells(draw, 380, 303, dates["dob"])
        diamond_caption(draw, 40, 380, labels["id"])
        groups, dashed = id_groups(values["id"], alpha3)
        cells(draw, 40, 401, groups, dashed)
        diamond_caption(draw, 40, 482, labels["expiry"])
        date_cells(draw, 40, 503, dates["expiry"])
        stall_field(draw, 330, 482, labels["cardno"], values["cardno"], 300, 30)
        draw.rectangle((0, height - 12, width, height), fill=TERRACOTTA)
        return image
    labels = family["passport_labels"]
    dot_portrait(draw, photo, px + photo.width - 100, 520, 20, 26, 5, mix(paper, INDIGO, 0.6))
    diamond_caption(draw, 44, 124, labels["type"])
    cells(draw, 44, 145, [values["type"]], False, height=42, size=26)
    stall_field(draw, 130, 124, labels["code"], values["code"], 130, 32)
    diamond_caption(draw, 290, 124, labels["docno"])
    docno = values["docno"]
    cells(draw, 290, 145, [docno[:2], docno[2:]], False)
    stall_field(draw, 44, 212, labels["surname"], values["surname"], 860, 40)
    stall_field(draw, 44, 288, labels["given"], values["given"], 860, 32)
    stall_field(draw, 44, 364, labels["nationality"], values["nationality"], 260, 28)
    diamond_caption(draw, 320, 364, labels["sex"])
    cells(draw, 320, 385, [values["sex"]], False, height=40, size=25)
    diamond_caption(draw, 430, 364, labels["dob"])
    date_cells(draw, 430, 385, dates["dob"])
    stall_field(draw, 44, 462, labels["pob"], values["pob"], 340, 28)
    stall_field(draw, 430, 462, labels["authority"], values["authority"], 430, 26)
    diamond_caption(draw, 44, 540, labels["issue"])
    date_cells(draw, 44, 561, dates["issue"])
    diamond_caption(draw, 330, 540, labels["expiry"])
    date_cells(draw, 330, 561, dates["expiry"])
    draw.rectangle((0, 700, width, height), fill=MRZ_PAPER)
    draw.rectangle((0, 694, width, 700), fill=TERRACOTTA)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def lines_of(draw, text, f, width):
    """`text` broken at words into lines no wider than `width`."""
    lines, line = [], ""
    for word in text.split():
        if line and draw.textlength(line + " " + word, font=f, features=PLAIN) > width:
            lines.append(line)
            line = word
        else:
            line = (line + " " + word).strip()
    return lines + [line] if line else lines


def stall_back(rng, truth, spec, family):
    labels = family["labels"]
    values = values_of(truth, spec, family, "id_card")
    dates = dates_of(truth)
    width, height = CARD
    image = sona_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 12), fill=TERRACOTTA)
    stall_field(draw, 40, 38, labels["pob"], values["pob"], 480, 30)
    diamond_caption(draw, 40, 116, labels["issue"])
    date_cells(draw, 40, 137, dates["issue"])
    stall_field(draw, 40, 214, labels["authority"], values["authority"], 520, 26)
    linear_barcode(draw, companion_rng(truth, "stall-barcode"), 620, 44, 340, 76, ink=STALL_INK)
    number = values["cardno"] or ""
    draw.text((790, 128), number, font=font(JETBRAINS, 20), fill=STALL_INK, anchor="ma")
    y = 300
    for line in lines_of(draw, notice(spec), font(UNIVERSALIS, 15), 600):
        draw.text((40, y), line, font=font(UNIVERSALIS, 15), fill=INDIGO, features=PLAIN)
        y += 20
    draw.rectangle((0, 414, width, 420), fill=TERRACOTTA)
    draw.rectangle((0, 420, width, height), fill=MRZ_PAPER)
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


# ---------------------------------------------------------------------------------------------
# `lounge`: a ribbon banner, two-line captions at the left, the validity as a range

UK_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

# The issuer's language in `lounge`'s second captions: Shona (Zimbabwe), Setswana (South Africa),
# Hausa (Nigeria, written without its hooked letters as many forms print it), Kiswahili (Kenya),
# French (Ghana, as on its ECOWAS documents) and Luganda (Uganda).
LOUNGE_SECOND = {
    "ZWE": dict(surname="Zita remhuri", given="Mazita", sex="Murume/Mukadzi", dob="Zuva rekuzvarwa",
                nationality="Ugari", valid="Nguva yekushandisa", cardno="Nhamba yekadhi", id="Nhamba yechitupa",
                pob="Nzvimbo yekuzvarwa", issue="Zuva rakapihwa", authority="Vakapa", type="Rudzi", code="Kodhi",
                docno="Nhamba yepasipoti", card="Chitupa cheNyika", passport="Pasipoti"),
    "ZAF": dict(surname="Sefane", given="Maina", sex="Bong", dob="Letlha la matsalo", nationality="Boagi",
                valid="Nako ya tiriso", cardno="Nomoro ya karata", id="Nomoro ya boitshupo", pob="Lefelo la matsalo",
                issue="Letlha la go ntshiwa", authority="Bothati", type="Mofuta", code="Khoutu",
                docno="Nomoro ya phasepoto", card="Karata ya Boitshupo", passport="Phasepoto"),
    "NGA": dict(surname="Sunan iyali", given="Sunaye", sex="Jinsi", dob="Ranar haihuwa", nationality="Dan kasa",
                valid="Wa'adin aiki", cardno="Lambar kati", id="Lambar shaida", pob="Wurin haihuwa",
                issue="Ranar bayarwa", authority="Hukuma", type="Iri", code="Lambar kasa", docno="Lambar fasfo",
                card="Katin Shaidar Dan Kasa", passport="Fasfo"),
    "KEN": dict(surname="Jina la familia", given="Majina", sex="Jinsia", dob="Tarehe ya kuzaliwa", nationality="Uraia",
                valid="Muda wa kutumika", cardno="Nambari ya kadi", id="Nambari ya utambulisho",
                pob="Mahali pa kuzaliwa", issue="Tarehe ya kutolewa", authority="Mamlaka", type="Aina", code="Msimbo",
                docno="Nambari ya pasipoti", card="Kitambulisho cha Taifa", passport="Pasipoti"),
    "GHA": dict(surname="Nom de famille", given="Prénoms", sex="Sexe", dob="Date de naissance", nationality="Nationalité",
                valid="Validité", cardno="N° de la carte", id="N° personnel", pob="Lieu de naissance",
                issue="Date de délivrance", authority="Autorité", type="Type", code="Code", docno="N° du passeport",
                card="Carte d'identité nationale", passport="Passeport"),
    "UGA": dict(surname="Erinnya ly'ekika", given="Amannya", sex="Ekikula", dob="Olunaku lw'okuzaalibwa",
                nationality="Obutuuze", valid="Ebbanga ly'okukozesa", cardno="Ennamba ya kaadi",
                id="Ennamba ya ndagamuntu", pob="Ekifo we yazaalibwa", issue="Olunaku lw'okugabibwa",
                authority="Ekitongole", type="Ekika", code="Koodi", docno="Ennamba ya paasipooti", card="Ndaga Muntu",
                passport="Paasipooti"),
}


def uk_date(date):
    return f"{date.day:02d} {UK_MONTHS[date.month - 1]} {date.year}"


def kuba_ground(rng, size, color):
    """A pale ground of Kuba-cloth mazes: cell by cell a stepped line from the middle of one
    edge to the middle of the next and another across the opposite corner, turned at random,
    so that the steps join into a maze; every sixth row a band of small triangles between
    rules; small squares at the lattice points."""
    width, height = size
    paper = mix(IVORY, color, 0.18)
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    line, band, point = mix(paper, TEAL, 0.2), mix(paper, COPPER, 0.2), mix(paper, COPPER, 0.28)
    s = 32
    m, q = s / 2, s / 4
    for j in range(height // s + 2):
        y = j * s
        if j % 6 == 5:
            draw.line((0, y + 3, width, y + 3), fill=band, width=2)
            draw.line((0, y + s - 3, width, y + s - 3), fill=band, width=2)
            for k, x in enumerate(range(0, width + s, s // 2)):
                if k % 2:
                    draw.polygon([(x, y + 8), (x + s / 2, y + 8), (x + s / 4, y + s - 8)], fill=band)
                else:
                    draw.polygon([(x, y + s - 8), (x + s / 2, y + s - 8), (x + s / 4, y + 8)], fill=band)
            continue
        for i in range(width // s + 2):
            x = i * s
            if rng.random() < 0.5:  # top to right, bottom to left
                paths = [[(x + m, y), (x + m, y + q), (x + s - q, y + q), (x + s - q, y + m), (x + s, y + m)],
                         [(x + m, y + s), (x + m, y + s - q), (x + q, y + s - q), (x + q, y + m), (x, y + m)]]
            else:  # top to left, bottom to right
                paths = [[(x + m, y), (x + m, y + q), (x + q, y + q), (x + q, y + m), (x, y + m)],
                         [(x + m, y + s), (x + m, y + s - q), (x + s - q, y + s - q), (x + s - q, y + m), (x + s, y + m)]]
            for path in paths:
                draw.line(path, fill=line, width=2)
            draw.rectangle((x - 1.5, y - 1.5, x + 1.5, y + 1.5), fill=point)
    return image


def ribbon_banner(draw, cx, y, w, h, title):
    """The title in a ribbon banner with folded, notched tails behind its ends."""
    x0, x1 = cx - w / 2, cx + w / 2
    drop, tail, inset = h * 0.34, h * 1.15, h * 0.42
    dark, darker = mix(TEAL, (0, 0, 0), 0.25), mix(TEAL, (0, 0, 0), 0.5)
    for side in (-1, 1):
        edge = x0 if side < 0 else x1
        inner = edge - side * inset
        outer = edge + side * tail
        draw.polygon([(inner, y + drop), (outer, y + drop), (outer - side * h * 0.32, y + drop + h / 2),
                      (outer, y + drop + h), (inner, y + drop + h)], fill=dark)
        draw.polygon([(edge, y + h), (inner, y + drop + h), (inner, y + h)], fill=darker)
    draw.rectangle((x0, y, x1, y + h), fill=TEAL)
    gold = mix(COPPER, (255, 255, 255), 0.3)
    draw.line((x0 + 8, y + 5, x1 - 8, y + 5), fill=gold, width=1)
    draw.line((x0 + 8, y + h - 6, x1 - 8, y + h - 6), fill=gold, width=1)
    f = fitted(draw, title, BASK_HEAVY, int(h * 0.62), w - 44, smallest=18)
    draw.text((cx, y + h / 2 + 1), title, font=f, fill=(250, 246, 232), anchor="mm")


def rosette_seal(draw, cx, cy, r, ink):
    """A small guilloche roundel: loops round a ring, a star in the middle."""
    for k in range(18):
        a = k * math.pi / 9
        ox, oy = cx + r * 0.45 * math.cos(a), cy + r * 0.45 * math.sin(a)
        draw.ellipse((ox - r * 0.55, oy - r * 0.55, ox + r * 0.55, oy + r * 0.55), outline=ink, width=1)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=2)
    star = [(cx + (r * 0.36 if k % 2 == 0 else r * 0.15) * math.sin(k * math.pi / 5),
             cy - (r * 0.36 if k % 2 == 0 else r * 0.15) * math.cos(k * math.pi / 5)) for k in range(10)]
    draw.polygon(star, fill=ink)


def lounge_header(draw, spec, kind, width, second):
    w = 520 if kind == "id_card" else 640
    ribbon_banner(draw, width / 2, 16, w, 56, spec["title"])
    line = f"{KINDS[kind].title()}  ·  {second['card' if kind == 'id_card' else 'passport']}"
    f = fitted(draw, line, JUNCTION, 19, width - 320, smallest=12)
    draw.text((width / 2, 96), line, font=f, fill=TEAL, anchor="ma")
    coat_of_arms(draw, 60, 66, 34, TEAL)
    rosette_seal(draw, width - 60, 62, 34, mix(COPPER, IVORY, 0.2))
    draw.line((36, 124, width - 36, 124), fill=COPPER, width=1)
    draw.polygon([(width / 2, 119), (width / 2 + 5, 124), (width / 2, 129), (width / 2 - 5, 124)], fill=COPPER)


def caption_block(draw, x, y, english, other, width):
    """English capitals in copper over the issuer's language in grey italics."""
    text = english.upper()
    f = fitted(draw, text, JUNCTION, 15, width, smallest=10, tracking=1.0)
    spaced(draw, (x, y), text, f, COPPER, tracking=1.0)
    draw.text((x, y + 18), other, font=fitted(draw, other, BASK_ITALIC, 16, width, smallest=10), fill=(98, 98, 102))


def lounge_row(draw, x, y, key, value, labels, second, caption_w, value_x, value_w, size=30):
    if not value:
        return
    caption_block(draw, x, y, labels[key], second.get(key, labels[key]), caption_w)
    draw.text((value_x, y + 1), value, font=fitted(draw, value, BASK_BOLD, size, value_w, smallest=16), fill=LOUNGE_INK)
    dots = mix(IVORY, TEAL, 0.35)
    for dx in range(int(x), int(value_x + value_w), 7):
        draw.line((dx, y + 47, dx + 2, y + 47), fill=dots, width=1)


def number_barcode(draw, text, x, y, w, h, ink=LOUNGE_INK):
    """A linear barcode of `text`: each character's code as six bars and spaces, wide or narrow,
    between start and stop marks, scaled to `w` (every bar at least a pixel wide)."""
    widths = [1, 1, 2, 1, 2, 1, 1]  # start
    for ch in text:
        code = (ord(ch) * 37 + 11) % 64
        widths += [2 if code >> b & 1 else 1 for b in range(6)] + [1]
    widths += [1, 2, 1, 1, 2, 1, 1]  # stop
    if len(widths) % 2 == 0:
        widths.append(1)
    unit = w / sum(widths)
    cx = x
    for k, n in enumerate(widths):
        if k % 2 == 0:
            draw.rectangle((round(cx), y, max(round(cx), round(cx + n * unit) - 1), y + h), fill=ink)
        cx += n * unit


def cornered_photo(image, draw, photo, x, y):
    """The portrait on an ivory mount in a thin teal line, held by copper photo corners."""
    draw.rectangle((x - 10, y - 10, x + photo.width + 9, y + photo.height + 9), fill=(252, 250, 244), outline=TEAL, width=1)
    image.paste(photo, (x, y))
    c = 30
    for (cx, cy, sx, sy) in [(x - 4, y - 4, 1, 1), (x + photo.width + 3, y - 4, -1, 1),
                             (x + photo.width + 3, y + photo.height + 3, -1, -1), (x - 4, y + photo.height + 3, 1, -1)]:
        draw.polygon([(cx, cy), (cx + sx * c, cy), (cx, cy + sy * c)], fill=COPPER)
        draw.line([(cx + sx * c, cy), (cx, cy + sy * c)], fill=mix(COPPER, IVORY, 0.4), width=1)


def lounge_number(draw, x, y, w, caption, other, number, size=26):
    caption_block(draw, x, y, caption, other, w)
    number_barcode(draw, number, x, y + 42, w, 50)
    f = fitted(draw, number, BASK_BOLD, size, w, smallest=16, tracking=2.0)
    spaced(draw, (x + (w - draw.textlength(number, font=f) - 2.0 * len(number)) / 2, y + 98), number, f, LOUNGE_INK,
           tracking=2.0)


def lounge_front(rng, truth, spec, family, kind, photo):
    alpha3 = spec["alpha3"]
    values = values_of(truth, spec, family, kind)
    dates = dates_of(truth)
    second = LOUNGE_SECOND[alpha3]
    width, height = CARD if kind == "id_card" else PAGE
    image = kuba_ground(rng, (width, height), spec["color"])
    draw = ImageDraw.Draw(image)
    lounge_header(draw, spec, kind, width, second)
    validity = f"{uk_date(dates['issue'])} – {uk_date(dates['expiry'])}"
    if kind == "id_card":
        labels = family["labels"]
        lounge_number(draw, 748, 136, 228, labels["id"], second["id"], values["id"])
        px, py = width - 40 - photo.width, height - 46 - photo.height
        cornered_photo(image, draw, photo, px, py)
        rows = [("surname", values["surname"]), ("given", values["given"]), ("sex", values["sex"]),
                ("dob", uk_date(dates["dob"])), ("nationality", values["nationality"]), ("valid", validity),
                ("cardno", values["cardno"])]
        y = 136
        for key, value in rows:
            lounge_row(draw, 36, y, key, value, labels, second, 196, 244, 470, 32 if key == "surname" else 29)
            y += 58
        scribble(draw, companion_rng(truth, "lounge-sign"), 60, 548, 230, 42, (24, 32, 86))
        draw.text((40, 604), labels["signature"].upper(), font=font(JUNCTION, 11), fill=COPPER)
        return image
    labels = family["passport_labels"]
    lounge_number(draw, 936, 136, 274, labels["docno"], second["docno"], values["docno"], 30)
    px, py = width - 40 - photo.width, 300
    cornered_photo(image, draw, photo, px, py)
    scribble(draw, companion_rng(truth, "lounge-sign"), px + 10, py + photo.height + 18, photo.width - 20, 42,
             (24, 32, 86))
    lounge_row(draw, 40, 136, "type", values["type"], labels, second, 200, 256, 120)
    lounge_row(draw, 400, 136, "code", values["code"], labels, second, 200, 616, 200)
    rows = [("surname", values["surname"]), ("given", values["given"]), ("sex", values["sex"]),
            ("dob", uk_date(dates["dob"])), ("pob", values["pob"]), ("nationality", values["nationality"]),
            ("valid", validity), ("authority", values["authority"])]
    y = 194
    for key, value in rows:
        lounge_row(draw, 40, y, key, value, labels, second, 204, 256, 600, 34 if key == "surname" else 30)
        y += 58
    draw.rectangle((0, 702, width, height), fill=MRZ_PAPER)
    draw.line((0, 702, width, 702), fill=TEAL, width=3)
    mrz = family["passport_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def lounge_back(rng, truth, spec, family):
    labels = family["labels"]
    second = LOUNGE_SECOND[spec["alpha3"]]
    values = values_of(truth, spec, family, "id_card")
    dates = dates_of(truth)
    width, height = CARD
    image = kuba_ground(rng, CARD, spec["color"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 18), fill=TEAL)
    draw.line((0, 22, width, 22), fill=COPPER, width=2)
    lounge_row(draw, 36, 44, "pob", values["pob"], labels, second, 196, 244, 480)
    lounge_row(draw, 36, 102, "issue", uk_date(dates["issue"]), labels, second, 196, 244, 480)
    lounge_row(draw, 36, 160, "authority", values["authority"], labels, second, 196, 244, 480, 27)
    qr_code(draw, companion_rng(truth, "lounge-qr"), 806, 54, 25, 6, ink=LOUNGE_INK, paper=(250, 248, 240))
    wrapped(draw, notice(spec), font(BASK_ITALIC, 17), 36, 240, 700, TEAL, step=21)
    draw.rectangle((0, 400, width, height), fill=MRZ_PAPER)
    draw.line((0, 400, width, 400), fill=TEAL, width=3)
    mrz = family["card_mrz"]
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return image


def render_front(rng, truth, spec, family, kind, portrait_of):
    if family["style"] == "stall":
        photo = portrait_of((204, 256) if kind == "id_card" else (250, 318))
        return stall_front(rng, truth, spec, family, kind, photo)
    photo = portrait_of((224, 282) if kind == "id_card" else (254, 320))
    return lounge_front(rng, truth, spec, family, kind, photo)


def render_back(rng, truth, spec, family):
    if family["style"] == "stall":
        return stall_back(rng, truth, spec, family)
    return lounge_back(rng, truth, spec, family)


# ---------------------------------------------------------------------------------------------
# Surfaces: `stall`'s grain sack and `lounge`'s doily on the coffee table

SACKS = [(238, 236, 228), (236, 230, 210), (214, 224, 234), (216, 230, 210), (240, 228, 216)]
SACK_INKS = [(26, 118, 58), (176, 36, 36), (30, 66, 148), (24, 24, 28)]
SACK_WORDS = [("MAIZE", "50 KG"), ("BEANS", "90 KG"), ("RICE", "25 KG"), ("SORGHUM", "50 KG"),
              ("GROUNDNUTS", "50 KG"), ("MAIZE", "GRADE 1")]


def smooth_noise(noise, shape, cells):
    """Noise with about `cells` blobs across the larger side, smoothly interpolated, mean 0, sd 1."""
    height, width = shape
    small = noise.normal(0, 1, (max(2, int(cells * height / max(shape))), max(2, int(cells * width / max(shape)))))
    field = np.asarray(Image.fromarray(small.astype(np.float32)).resize((width, height), Image.BICUBIC), float)
    return (field - field.mean()) / (field.std() + 1e-6)


def sack(rng, size):
    """A woven polypropylene sack full of grain: flat tapes over one and under one, each with
    its sheen across it and the fine lines of the slit film along it, a shade of its own, thin
    dark seams where they cross; two coloured tapes woven in; the sack's stencilled word and
    weight in faded ink that lies on the tapes; the lumps of the grain inside and a fold; the
    sack turned a little; now and then a few grains spilled near the frame's edge."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    big = int(math.hypot(width, height)) + 8
    base = np.array(rng.choice(SACKS), float)
    tape = rng.uniform(22, 30)
    yy, xx = np.mgrid[0:big, 0:big].astype(np.float32)
    i, j = np.floor(xx / tape).astype(int), np.floor(yy / tape).astype(int)
    u, v = (xx / tape) % 1, (yy / tape) % 1
    warp_top = (i + j) % 2 == 0
    count = int(big / tape) + 2
    shades_w, shades_h = noise.normal(0, 0.03, count), noise.normal(0, 0.03, count)
    # The slit film's fine lines run along each tape: the warp's (upright) vary across x, the weft's across y.
    film_w = np.convolve(noise.normal(0, 1, big), [0.25, 0.5, 0.25], "same")
    film_h = np.convolve(noise.normal(0, 1, big), [0.25, 0.5, 0.25], "same")
    # Each float is brightest in its middle and darkens where it dives under the crossing tape;
    # the warp and the weft catch the light differently.
    warp = 1.0 + shades_w[i] + 0.045 * film_w[None, :] - 0.16 * (2 * v - 1) ** 4
    weft = 0.93 + shades_h[j] + 0.045 * film_h[:, None] - 0.16 * (2 * u - 1) ** 4
    light = np.where(warp_top, warp, weft)
    edge = np.minimum(np.minimum(u, 1 - u), np.minimum(v, 1 - v)) * tape
    light *= 1 - 0.12 * np.exp(-edge ** 2 / 1.5)
    colour = np.broadcast_to(base, (big, big, 3)).copy()
    stripe_colour = np.array(rng.choice([(40, 110, 190), (30, 140, 70), (200, 50, 50)]), float)
    first = rng.randint(3, count - 8)
    striped = warp_top & np.isin(i, [first, first + 2])
    colour[striped] = stripe_colour
    pixels = colour * light[:, :, None]
    # The stencilled print, its ink worn in patches, on the tapes only (the seams stay dark).
    word, weight = rng.choice(SACK_WORDS)
    ink = np.array(rng.choice(SACK_INKS), float)
    layer = Image.new("L", (big, big), 0)
    ld = ImageDraw.Draw(layer)
    size_word = rng.uniform(230, 300)
    ld.text((rng.uniform(0.05, 0.3) * big, rng.uniform(0.15, 0.35) * big), word, font=font(STENCIL, size_word), fill=255)
    ld.text((rng.uniform(0.3, 0.6) * big, rng.uniform(0.6, 0.75) * big), weight, font=font(STENCIL, size_word * 0.8),
            fill=255)
    worn = np.clip(0.75 + 0.35 * smooth_noise(noise, (big, big), 40), 0, 1)
    a = np.asarray(layer.filter(ImageFilter.GaussianBlur(1.2)), np.float32) / 255 * worn * rng.uniform(0.6, 0.85)
    a *= np.clip(edge / 2.5, 0, 1)
    pixels = pixels * (1 - a[:, :, None]) + (ink * light[:, :, None]) * a[:, :, None]
    # The grain inside: lumps, and a fold across the sack.
    lumps = smooth_noise(noise, (big, big), 7)
    pixels *= (1 + 0.06 * lumps)[:, :, None]
    angle = rng.uniform(0, math.pi)
    across = (xx - big / 2) * math.cos(angle) + (yy - big / 2) * math.sin(angle) - rng.uniform(-0.3, 0.3) * big
    pixels *= (1 - 0.16 * np.exp(-(across / 26) ** 2) + 0.07 * np.exp(-((across - 40) / 30) ** 2))[:, :, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    image = image.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)
    left, top = (big - width) // 2, (big - height) // 2
    image = image.crop((left, top, left + width, top + height))
    draw = ImageDraw.Draw(image, "RGBA")
    maize = word.startswith("MAIZE") or rng.random() < 0.5
    for _ in range(rng.choice([0, 0, 1, 2, 3, 4])):  # spilled grains near the frame's edge, clear of the document
        side = rng.choice(["top", "bottom", "left", "right"])
        along = rng.uniform(0.05, 0.95)
        depth = rng.uniform(0.02, 0.08)
        x = {"left": depth, "right": 1 - depth}.get(side, along) * width
        y = {"top": depth, "bottom": 1 - depth}.get(side, along) * height
        grain(draw, rng, x, y, maize)
    return image.filter(ImageFilter.GaussianBlur(0.7))


def grain(draw, rng, x, y, maize):
    """A maize kernel (a rounded wedge, its germ and a highlight) or a bean, with its shadow."""
    a = rng.uniform(0, 2 * math.pi)
    ca, sa = math.cos(a), math.sin(a)
    if maize:
        size = rng.uniform(56, 72)
        shape = [(-0.5, -0.55), (0.5, -0.55), (0.58, -0.2), (0.3, 0.6), (0.0, 0.7), (-0.3, 0.6), (-0.58, -0.2)]
        body = rng.choice([(226, 172, 40), (236, 200, 70), (238, 228, 200)])
    else:
        size = rng.uniform(70, 86)
        shape = [(0.8 * math.cos(t), 0.48 * math.sin(t) * (0.8 if math.sin(t) < 0 else 1.0)) for t in np.linspace(0, 2 * math.pi, 16)]
        body = rng.choice([(120, 36, 30), (150, 90, 60), (236, 226, 210)])

    def at(points, dx=0.0, dy=0.0, scale=1.0):
        return [(x + dx + size * scale * (px * ca - py * sa), y + dy + size * scale * (px * sa + py * ca)) for px, py in points]
    draw.polygon(at(shape, 5, 7), fill=(0, 0, 0, 70))
    draw.polygon(at(shape), fill=body + (255,), outline=tuple(max(0, c - 60) for c in body) + (255,))
    if maize:
        draw.polygon(at([(-0.2, 0.1), (0.2, 0.1), (0.1, 0.45), (-0.1, 0.45)]), fill=(246, 236, 200, 200))
    (hx, hy), = at([(-0.2, -0.25)])
    draw.ellipse((hx - 7, hy - 5, hx + 7, hy + 5), fill=(255, 255, 255, 130))


WOODS = [(92, 46, 26), (70, 40, 24), (118, 70, 38), (58, 34, 22)]
THREADS = [(246, 244, 236), (240, 232, 210), (236, 226, 200), (248, 248, 246)]


def doily(rng, size):
    """A crocheted doily on a varnished wooden coffee table: rings of lace round its centre (chain
    mesh with large oval holes, rows of small round ones, solid bands with slits as shells), a
    scalloped edge, the threads' stitches, their shadow on the wood through the holes; the table's
    dark grain and the window's sheen on the varnish where it shows."""
    width, height = size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    wood = np.array(rng.choice(WOODS), float)
    a = rng.uniform(-0.4, 0.4)
    across = -xx * math.sin(a) + yy * math.cos(a)
    along = xx * math.cos(a) + yy * math.sin(a)
    wobble = smooth_noise(noise, (height, width), 6)
    grain_lines = np.sin(across / rng.uniform(4, 8) + 2.5 * wobble) + 0.5 * np.sin(across / rng.uniform(17, 29) + wobble)
    table = wood * (1 + 0.07 * grain_lines + 0.05 * smooth_noise(noise, (height, width), 14))[:, :, None]
    sheen_at = rng.uniform(0.2, 0.8) * width
    table += 46 * np.exp(-((along - sheen_at) / rng.uniform(90, 180)) ** 2)[:, :, None]
    # The doily, round a centre somewhere about the frame's middle, larger than the frame.
    cx = width / 2 + rng.uniform(-0.35, 0.35) * width
    cy = height / 2 + rng.uniform(-0.35, 0.35) * height
    edge_r = rng.uniform(0.55, 0.85) * width
    dx, dy = xx - cx, yy - cy
    r = np.hypot(dx, dy)
    theta = np.arctan2(dy, dx)
    ring_w = rng.uniform(44, 60)
    spacing = rng.uniform(36, 50)
    k = np.floor(r / ring_w).astype(int)
    f = (r / ring_w) % 1
    n = np.maximum(6, np.round(2 * np.pi * (k + 0.5) * ring_w / spacing))
    phase = (theta / (2 * np.pi) * n + 0.5 * (k % 2)) % 1
    styles = np.array([rng.choice([0, 0, 0, 1, 1, 2, 3]) for _ in range(80)])
    style = styles[np.clip(k, 0, 79)]
    # 0: chain mesh, large ovals; 1: two rows of small round holes; 2: shells, solid with slits
    # between them; 3: spokes, the ring open but for short radial bars.
    holes = np.select([style == 0, style == 1, style == 2, style == 3],
                      [((phase - 0.5) / 0.42) ** 2 + ((f - 0.5) / 0.4) ** 2 < 1,
                       (((phase - 0.5) / 0.22) ** 2 + ((f - 0.27) / 0.17) ** 2 < 1)
                       | ((((phase + 0.5) % 1 - 0.5) / 0.22) ** 2 + ((f - 0.73) / 0.17) ** 2 < 1),
                       (np.abs(phase - 0.5) < 0.08) & (np.abs(f - 0.5) < 0.38),
                       (np.abs(phase - 0.5) > 0.12) & (np.abs(f - 0.5) < 0.36)], False)
    holes &= k > 1  # a solid rosette in the middle
    scallops = max(12, int(2 * math.pi * edge_r / 110))
    rim = edge_r + 30 * np.abs(np.sin(theta * scallops / 2))
    along_rim = (theta / (2 * np.pi) * scallops) % 1
    picots = ((along_rim - 0.5) / 0.16) ** 2 + ((r - rim + 27) / 10) ** 2 < 1  # a ring of small holes inside the edge
    thread = ~(holes | (r > rim) | picots)
    mask = Image.fromarray((thread * 255).astype(np.uint8))
    body = np.asarray(mask.filter(ImageFilter.GaussianBlur(1.1)), float) / 255
    fat = np.asarray(mask.filter(ImageFilter.GaussianBlur(3.5)), float) / 255
    shadow = np.roll(np.roll(fat, 4, axis=0), 3, axis=1)
    # The yarn's twist and the stitches: short slanted ridges along the threads.
    stitches = np.sin(theta * n * 4 + r / 2.2) * np.sin(r / 2.6 - theta * n * 2)
    yarn = np.array(rng.choice(THREADS), float) * (0.8 + 0.12 * fat + 0.08 * stitches)[:, :, None]
    table = table * (1 - 0.45 * shadow)[:, :, None]
    pixels = table * (1 - body[:, :, None]) + yarn * body[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def surface(rng, name, size):
    if name == "sack":
        return sack(rng, size)
    assert name == "doily", name
    return doily(rng, size)


# ---------------------------------------------------------------------------------------------
# Conditions

def finished(pixels, image):
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out.info.update(image.info)
    return out


def document_mask(image, blur=1.0):
    """Where the document is in the photo (its corners, as make-documents.py's photograph
    recorded them), 0 to 1; the middle of the frame where none are known."""
    width, height = image.size
    corners = document_quad(image)
    shape = Image.new("L", image.size, 0)
    ImageDraw.Draw(shape).polygon([tuple(c) for c in corners], fill=255)
    return np.asarray(shape.filter(ImageFilter.GaussianBlur(blur)), float) / 255


def document_quad(image):
    width, height = image.size
    corners = image.info.get("document_corners")
    if corners:
        return [tuple(c) for c in corners]
    return [(0.2 * width, 0.2 * height), (0.8 * width, 0.2 * height), (0.8 * width, 0.8 * height), (0.2 * width, 0.8 * height)]


def on_document(quad, s, t):
    """The point at (s, t) of the document, 0 to 1 along its top and down its side."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = quad
    return ((1 - s) * (1 - t) * x0 + s * (1 - t) * x1 + s * t * x2 + (1 - s) * t * x3,
            (1 - s) * (1 - t) * y0 + s * (1 - t) * y1 + s * t * y2 + (1 - s) * t * y3)


def housefly(length, rng):
    """A housefly seen from above, head up, on a transparent tile: grey striped thorax, a
    chequered grey abdomen under the folded translucent wings, red-brown eyes, six legs."""
    s = int(length * 2.4)
    c = s / 2
    tile = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile)
    L = length
    leg = (26, 22, 20, 255)
    lw = max(1, int(L / 36))
    for side in (-1, 1):
        for k, (ax, ay, bx, by, ex, ey) in enumerate([(0.12, -0.14, 0.34, -0.3, 0.42, -0.52),
                                                     (0.14, -0.05, 0.42, 0.0, 0.56, 0.08),
                                                     (0.12, 0.04, 0.34, 0.24, 0.44, 0.5)]):
            d.line([(c + side * ax * L, c + ay * L), (c + side * bx * L, c + by * L), (c + side * ex * L, c + ey * L)],
                   fill=leg, width=lw, joint="curve")
    d.ellipse((c - 0.2 * L, c - 0.02 * L, c + 0.2 * L, c + 0.46 * L), fill=(66, 62, 54, 255))
    for k in range(3):  # the abdomen's chequer bands
        y = c + (0.08 + 0.11 * k) * L
        d.arc((c - 0.18 * L, y - 0.05 * L, c + 0.18 * L, y + 0.09 * L), 200, 340, fill=(120, 108, 84, 255), width=max(1, lw))
    wings = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    wd = ImageDraw.Draw(wings)
    for side in (-1, 1):
        blade = Image.new("RGBA", (s, s), (0, 0, 0, 0))
        bd = ImageDraw.Draw(blade)
        bd.ellipse((c - 0.12 * L, c - 0.06 * L, c + 0.12 * L, c + 0.62 * L), fill=(206, 210, 214, 105),
                   outline=(70, 70, 74, 150))
        for t in (-0.05, 0.0, 0.05):
            bd.line((c + t * L, c, c + t * 1.6 * L, c + 0.55 * L), fill=(70, 70, 74, 110), width=1)
        blade = blade.rotate(side * -24, center=(c, c - 0.02 * L), resample=Image.BICUBIC)
        wings = Image.alpha_composite(wings, blade)
    tile = Image.alpha_composite(tile, wings)
    d = ImageDraw.Draw(tile)
    d.ellipse((c - 0.19 * L, c - 0.24 * L, c + 0.19 * L, c + 0.06 * L), fill=(78, 78, 74, 255))
    for t in (-0.09, -0.03, 0.03, 0.09):  # the thorax's four dark stripes
        d.line((c + t * L, c - 0.21 * L, c + t * L, c + 0.02 * L), fill=(28, 28, 28, 255), width=max(1, lw))
    d.ellipse((c - 0.17 * L, c - 0.38 * L, c + 0.17 * L, c - 0.2 * L), fill=(52, 46, 42, 255))
    for side in (-1, 1):
        ex = c + side * 0.1 * L
        d.ellipse((ex - 0.09 * L, c - 0.39 * L, ex + 0.09 * L, c - 0.22 * L), fill=(112, 48, 38, 255))
        d.ellipse((ex - 0.03 * L, c - 0.35 * L, ex, c - 0.32 * L), fill=(240, 210, 200, 200))
    return tile.rotate(rng.uniform(0, 360), resample=Image.BICUBIC)


def flies(rng, image):
    """Houseflies on and round the document at a market stall: one or two settled near its TOP
    corners (on the arms, the flag's ribbon or the seal every layout here puts there, clear of the
    values and of the MRZ, which is at the foot of every side that has one), one to three on the
    sack round it, each with its small soft shadow, and now and then one passing through the
    frame, blurred by its flight and its wings."""
    width, height = image.size
    quad = document_quad(image)
    inside = document_mask(image)
    doc_w = math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1])
    doc_h = math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1])
    aspect = max(doc_w, doc_h) / max(1.0, min(doc_w, doc_h))
    length = max(doc_w, doc_h) * (0.068 if aspect > 1.5 else 0.05)
    spots = []
    for _ in range(rng.randint(1, 2)):
        s = rng.choice([rng.uniform(0.03, 0.08), rng.uniform(0.92, 0.97)])
        spots.append(on_document(quad, s, rng.uniform(0.04, 0.09)))  # the document's top, wherever the photo turned it
    for _ in range(rng.randint(1, 3)):
        for _ in range(40):
            x, y = rng.uniform(0.04, 0.96) * width, rng.uniform(0.04, 0.96) * height
            if inside[int(y), int(x)] < 0.01:
                spots.append((x, y))
                break
    canvas = image.convert("RGBA")
    for x, y in spots:
        size = length * rng.uniform(0.85, 1.15)
        tile = housefly(size, rng)
        shade = Image.new("RGBA", tile.size, (0, 0, 0, 0))
        shade.putalpha(tile.getchannel("A").point(lambda v: int(v * 0.32)))
        shade = shade.filter(ImageFilter.GaussianBlur(size * 0.06))
        at = (max(0, int(x - tile.width / 2)), max(0, int(y - tile.height / 2)))
        canvas.alpha_composite(shade, (at[0] + int(size * 0.12), at[1] + int(size * 0.16)))
        canvas.alpha_composite(tile.filter(ImageFilter.GaussianBlur(0.6)), at)
    if rng.random() < 0.35:  # one in flight: smeared along its path, its wings a haze
        size = length * rng.uniform(0.9, 1.2)
        tile = housefly(size, rng).filter(ImageFilter.GaussianBlur(size * 0.05))
        a = rng.uniform(0, 2 * math.pi)
        x, y = rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.9) * height
        trail = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
        steps = 7
        for k in range(steps):
            ghost = tile.copy()
            ghost.putalpha(tile.getchannel("A").point(lambda v, k=k: int(v * 0.55 / steps * 2.2)))
            ox = int(x + math.cos(a) * size * 0.12 * k - tile.width / 2)
            oy = int(y + math.sin(a) * size * 0.12 * k - tile.height / 2)
            trail.alpha_composite(ghost, (max(0, ox), max(0, oy)))
        canvas = Image.alpha_composite(canvas, trail)
    out = canvas.convert("RGB")
    out.info.update(image.info)
    return out


def smoke(rng, image):
    """Wisps of smoke from a fire nearby (a fish smoker's drum, a maize roaster's brazier)
    drifting across the frame: streaks of a bluish grey haze that thicken towards the side the
    smoke comes from, the picture under the thicker wisps softened a little, as the smoke scatters
    the light."""
    width, height = image.size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    big = int(math.hypot(width, height)) + 4
    field = np.zeros((big, big), np.float32)
    for cells, amp in [(5, 1.0), (10, 0.6), (22, 0.35), (46, 0.2)]:
        small = noise.normal(0, 1, (cells * 3, cells)).astype(np.float32)  # streaks: three times finer across
        field += amp * np.asarray(Image.fromarray(small).resize((big, big), Image.BICUBIC))
    # Curl the streaks: shift each row by a slow wave.
    shift = (40 * np.sin(np.arange(big) / rng.uniform(60, 120) + rng.uniform(0, 6))).astype(int)
    rows = np.arange(big)[:, None]
    cols = (np.arange(big)[None, :] + shift[:, None]) % big
    field = field[rows, cols]
    angle = rng.uniform(0, 180)
    turned = Image.fromarray(field).rotate(angle, resample=Image.BILINEAR)
    left, top = (big - width) // 2, (big - height) // 2
    field = np.asarray(turned.crop((left, top, left + width, top + height)), float)
    field = (field - field.mean()) / (field.std() + 1e-6)
    wisps = np.clip((field + rng.uniform(0.2, 0.6)) * 0.55, 0, 1) ** 1.5
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    ramp = (np.cos(a) * (xx / width - 0.5) + np.sin(a) * (yy / height - 0.5)) + 0.5
    source = np.clip(1.3 - 1.0 * ramp, 0.25, 1)
    density = np.clip(wisps * source * rng.uniform(0.5, 0.68) + 0.08 * source, 0, 0.6)[:, :, None]
    colour = np.array([206, 210, 218], float) * rng.uniform(0.86, 1.0)
    pixels = np.asarray(image, float)
    soft = np.asarray(image.filter(ImageFilter.GaussianBlur(2.0)), float)
    pixels = pixels * (1 - 0.6 * density) + soft * 0.6 * density
    pixels = pixels * (1 - density) + colour * density
    return finished(pixels, image)


def burglar_bars(rng, image):
    """The shadow of the window's burglar bars thrown over the table by the low afternoon sun:
    upright bars and rails with their scrollwork (diamonds, a rising sun's rays, S-curls or a
    plain grid), sheared and stretched by the sun's angle, soft-edged with distance; warm sun
    between the bars, cool shade under them and beyond the window's patch of light."""
    width, height = image.size
    W, H = int(width * 2.2), int(height * 2.2)
    grille = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(grille)
    ox, oy = W / 2 + rng.uniform(-0.35, 0.35) * width, H / 2 + rng.uniform(-0.35, 0.35) * height
    win_w, win_h = rng.uniform(1.2, 1.9) * width, rng.uniform(1.2, 1.9) * height
    d.rectangle((ox - win_w / 2, oy - win_h / 2, ox + win_w / 2, oy + win_h / 2), fill=0)  # the window's light
    pitch, bar = rng.uniform(110, 170), rng.uniform(11, 19)
    rail = pitch * rng.choice([2, 3])
    style = rng.choice(["grid", "diamond", "sunrise", "scroll"])
    x = ox - win_w / 2 + rng.uniform(0, pitch)
    while x < ox + win_w / 2:
        d.rectangle((x, 0, x + bar, H), fill=255)
        x += pitch
    y = oy - win_h / 2 + rng.uniform(0, rail)
    rails = []
    while y < oy + win_h / 2:
        d.rectangle((0, y, W, y + bar), fill=255)
        rails.append(y)
        y += rail
    thin = max(4, int(bar * 0.6))
    for y0, y1 in zip(rails, rails[1:]):
        x = ox - win_w / 2
        while x < ox + win_w / 2:
            if style == "diamond":
                mx, my = x + pitch, (y0 + y1) / 2
                d.line([(x, my), (mx, y0), (x + 2 * pitch, my), (mx, y1), (x, my)], fill=255, width=thin)
            elif style == "sunrise":
                cx = x + pitch
                for rr in (pitch * 0.85, pitch * 0.45):
                    d.arc((cx - rr, y1 - rr, cx + rr, y1 + rr), 180, 360, fill=255, width=thin)
                for k in range(1, 6):
                    t = math.pi + k * math.pi / 6
                    d.line((cx + 0.45 * pitch * math.cos(t), y1 + 0.45 * pitch * math.sin(t),
                            cx + 0.85 * pitch * math.cos(t), y1 + 0.85 * pitch * math.sin(t)), fill=255, width=thin)
            elif style == "scroll":
                cx, cy, rr = x + pitch / 2, (y0 + y1) / 2, min(pitch, y1 - y0) * 0.22
                d.arc((cx - rr, cy - 2 * rr, cx + rr, cy), 90, 360, fill=255, width=thin)
                d.arc((cx - rr, cy, cx + rr, cy + 2 * rr), 270, 540, fill=255, width=thin)
            x += 2 * pitch
    # The sun's angle: turned, sheared and stretched about the frame's middle.
    turn = math.radians(rng.uniform(-35, 35))
    shear, stretch = rng.uniform(-0.45, 0.45), rng.uniform(1.0, 1.5)
    a11, a12 = math.cos(turn), -math.sin(turn) + shear
    a21, a22 = math.sin(turn) / stretch, math.cos(turn) / stretch
    cxf, cyf = width / 2, height / 2
    coefficients = (a11, a12, W / 2 - a11 * cxf - a12 * cyf, a21, a22, H / 2 - a21 * cxf - a22 * cyf)
    shadow = grille.transform((width, height), Image.AFFINE, coefficients, resample=Image.BILINEAR)
    shadow = np.asarray(shadow.filter(ImageFilter.GaussianBlur(rng.uniform(2.0, 5.0))), float)[:, :, None] / 255
    sun = rng.uniform(1.05, 1.16) * np.array([1.04, 1.0, 0.92])
    shade = rng.uniform(0.5, 0.64) * np.array([0.94, 0.97, 1.05])
    pixels = np.asarray(image, float) * ((1 - shadow) * sun + shadow * shade)
    return finished(pixels, image)


def portrait_mode(rng, image):
    """The phone left in its portrait (background blur) mode: what its depth guess takes for
    background (the surface round the document) blurred hard, the matte's edge wandering a little
    in and out of the document's outline, and the document's far part, which it thought a little
    further away, a little soft."""
    width, height = image.size
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    quad = document_quad(image)
    inside = document_mask(image, blur=1.0)
    wander = smooth_noise(noise, (height, width), rng.uniform(8, 14))
    matte = np.asarray(Image.fromarray((inside * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(14)), float) / 255
    matte = np.clip((matte - 0.5 + 0.16 * wander) * 5 + 0.5, 0, 1)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    proj = np.cos(a) * xx + np.sin(a) * yy
    ends = [math.cos(a) * x + math.sin(a) * y for x, y in quad]
    t = (proj - min(ends)) / max(1.0, max(ends) - min(ends))
    start = rng.uniform(0.4, 0.65)
    near_far = np.clip((t - start) / (1 - start), 0, 1) * rng.uniform(1.4, 2.6)
    background = rng.uniform(6, 11)
    sigma = matte * near_far + (1 - matte) * background
    levels = [0.0, 1.0, 2.0, 3.0, 5.0, 8.0, 11.0]
    stack = [np.asarray(image, np.float32) if s == 0 else np.asarray(image.filter(ImageFilter.GaussianBlur(s)), np.float32)
             for s in levels]
    out = np.zeros_like(stack[0])
    for k in range(len(levels) - 1):
        lo, hi = levels[k], levels[k + 1]
        w = ((sigma - lo) / (hi - lo))[:, :, None]
        inside_band = ((sigma >= lo) & ((sigma < hi) if k < len(levels) - 2 else (sigma <= hi)))[:, :, None]
        out += np.where(inside_band, stack[k] * (1 - w) + stack[k + 1] * w, 0)
    return finished(out, image)


def apply_condition(rng, image, condition):
    handlers = dict(flies=flies, smoke=smoke, burglar_bars=burglar_bars, portrait_mode=portrait_mode)
    return handlers[condition](rng, image), None
