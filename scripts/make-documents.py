#!/usr/bin/env python3
"""Synthetic African ID cards and passport data pages, "photographed", with ground truth.

Every document is random but valid: names from per-country lists, national ID numbers that pass
their country's rules, ICAO 9303 MRZs (TD1 on card backs, TD2 on the backs of the one family's
ID-2 cards that print it and on the fronts of the one-sided cards of another, TD3 on passports)
in the OCR-B font with every check digit right.
Each document is rendered flat in one of several layout families (field order, label wording
and languages, fonts, backgrounds, portrait and MRZ position: see FAMILIES), then captured at
one of four difficulty levels (scan, easy, medium, hard: perspective, rotation, blur, noise,
uneven light, JPEG), optionally with capture conditions on top (shadows, a finger over an edge,
low light, motion blur, strong JPEG; some families add their own, such as a crumpled card, a
blue LED cast, a phone's flash, a lamp's reflection on the laminate, a chat app's
re-compression, a rolling shutter's skew, a window's veil of light, dappled sunlight under a
tree, an ultra-wide lens's barrel distortion, a photo taken off a screen, a phone camera's
watermark and timestamp, a fold line across the document, a photo forwarded through chat
apps, the document held up in a hand at a steep angle, a screenshot of the photo in the
phone's gallery, the photo framed so tight that it cuts off an edge of the document or the
photographer's reflection in a glossy document, a cracked camera glass, the photo marked in
the phone's editor (`FOR KYC ONLY`), a front camera's beauty mode or a selfie saved mirrored, a
notification over a screenshot, a screenshot cropped to the card or a video call's poor
connection, hard noon sun with the phone's shadow, drops of water on a paper slip, a shop's
fluorescent tubes reflected in a counter's glass or fingerprints and dust on it, a badge
holder's scuffed and yellowed plastic, a paraffin lamp's warm light at night, a windscreen's
tinted sun strip or the harmattan's dusty haze, a kiosk's branded umbrella's coloured shade, a
lens fogged with condensation, a fold of a mosquito net in front of the lens, a blanket's
fibres on the document, houseflies on and round the document, a fire's smoke drifting across the
frame, a window's burglar bars' shadow, a phone's portrait mode blurring all round the
document, a phone's automatic HDR's halos under the noon sun, an idling engine's judder under
the rolling shutter, a GPS camera app's stamp with a map, the place and the time, a fingertip
over a corner of the lens, the heat shimmering over a car's bonnet, a car park's shade net's
shadow, a second phone's torch in a power cut, a pen lying across an edge of the document, a clear
plastic sleeve's seams and glare, a ceiling fan's turning shadow, a registration kit's ring light
mirrored in the laminate or a clerk's sticky note beside the document, and
some are photographed on a wax-print cloth, a terrazzo
counter, a bedsheet, a woven mat, a newspaper, a laptop's keyboard, a gingham tablecloth, the
holder's jeans, a car's seat, a tiled floor, the copy sheet round a copy, a plastic garden
chair, a school exercise book, a sofa's cushion, a shop's laminated counter, a work shirt, a
car's dashboard, a mobile-money kiosk's painted counter, a fleecy blanket on a bed, a market
stall's grain sack, a crocheted doily on a coffee table, a motorcycle's seat, a field
officer's clipboard, a car's bonnet, a savings group's record book, a patient's file on a clinic's records
desk or a pupil's desk in a classroom rather than a table; two families are held
up beside the holder's face in a selfie or run through a phone's scanner app, and two are
screenshots: of a digital ID app, or of a video call with the document held up to the camera; one is a
self-service printout on an inkjet, folded in four, and one lies under a shop counter's glass; one
hangs on a lanyard in a clear badge holder), and
optionally tampered (printed birth date edited, MRZ digit edited, ID number edited), so that a
reader can be judged on families it was never tuned on. Output, deterministic for a seed:

    OUT/index.json                 list of documents
    OUT/<name>/front.jpg           (and back.jpg for cards with an MRZ on the back)
    OUT/<name>/truth.json          the fields, MRZ lines, level and whether it has expired

Usage: make-documents.py --out DIR [--seed 1] [--count 40] [--faces DIR] [--levels scan,easy,...]
                         [--country ZA --kind id_card --expired no]   (one country, kind, expiry for all)
                         [--families classic,inline,...] [--conditions] [--tampered 0.1]
The defaults (family classic, no conditions, nothing tampered) give the original generator's
documents, image for image.
Needs Pillow and numpy, and Debian's fonts-ocr-b, fonts-dejavu-core and fonts-dejavu-extra (fonts-liberation2 and
fonts-freefont-ttf for the families ledger, script, ruled, laser, photocopy, smartcard, booklet and grid;
fonts-urw-base35, fonts-crosextra-carlito and fonts-crosextra-caladea for the families boxed, numbered, lusophone,
below, columns, table, leaders, grouped, vernacular, trilingual, laser, photocopy, smartcard, booklet,
polycarbonate, wallet and grid; polycarbonate's values are DejaVu Sans Mono from fonts-dejavu-core, its second
captions DejaVu Sans Condensed Oblique from fonts-dejavu-extra; fonts-open-sans for the family vertical; grid's
values are DejaVu Serif Condensed from fonts-dejavu-extra; fonts-roboto-slab and fonts-sil-andika for the family
sidenote, fonts-sil-andika for foil; fonts-quicksand for split; fonts-b612 for zebra, whose labels are DejaVu Serif
Condensed Italic from fonts-dejavu-extra; fonts-paratype for fullname; fonts-lato for turned; fonts-opendin and
fonts-hosny-amiri for mirrored, whose Arabic Pillow's libraqm sets with Debian's libfribidi0; fonts-inter for
middlename; fonts-oxygen for inverse; fonts-courier-prime and fonts-ebgaramond for typewriter; fonts-adf-gillius
for laminated; fonts-clear-sans for frontmrz; fonts-cantarell and fonts-ocr-a for visa; fonts-bwht,
fonts-humor-sans and fonts-sil-charis for handwritten; fonts-manrope for frontback, fonts-go for mended and
fonts-roboto-unhinted for their `annotated` condition; fonts-sora and fonts-roadgeek for selfie, fonts-karla and
fonts-tiresias for appscan; fonts-cabin, fonts-league-spartan and fonts-firacode for mobileid, fonts-linuxlibertine
for videocall; fonts-dosis and fonts-jura for slip, fonts-yanone-kaffeesatz and fonts-vollkorn for showcase;
fonts-opendin, fonts-quicksand and fonts-oxygen for lanyard, fonts-roboto-slab and fonts-b612 for dashboard;
fonts-bebas-neue, fonts-comfortaa and fonts-play for kiosk, fonts-sil-gentiumplus and fonts-national-park for
bedside; fonts-beteckna, fonts-allerta, fonts-adf-universalis and fonts-jetbrains-mono for stall, fonts-junction
and fonts-adf-baskervald for lounge; fonts-eurofurence, fonts-tuffy and fonts-league-mono for boda,
fonts-oldstandard, fonts-routed-gothic and fonts-yrsa-rasa for homestead, whose clipboard's form and GPS stamp
use fonts-crosextra-carlito, fonts-bwht and fonts-roboto-unhinted; fonts-adf-switzera, fonts-millimetre,
fonts-averia-sans-gwf and fonts-anonymous-pro for crossing, fonts-quattrocento, fonts-karmilla,
fonts-century-catalogue and fonts-inconsolata for chama, whose record book uses fonts-crosextra-carlito and
fonts-bwht; fonts-le-murmure, fonts-adf-tribun, fonts-cmu, fonts-adf-libris and fonts-mononoki for clinic, whose
patient file uses fonts-crosextra-carlito and fonts-bwht; fonts-arapey, fonts-gfs-neohellenic, fonts-adf-berenis,
fonts-hermit and fonts-breip for classroom, whose desk uses fonts-bwht). The held-out families (never tuned on,
only measured) are clinic and classroom (drawn by document_families_twentyninth.py); the others are for
development (crossing and chama were held out until their first measurement in the thirty-first round; boda and
homestead until theirs in the thirtieth; stall and lounge until theirs in the twenty-ninth; kiosk and
bedside until theirs in the twenty-eighth; lanyard and dashboard until theirs in the
twenty-seventh; slip and showcase until theirs in the twenty-sixth; mobileid
and videocall until theirs in the twenty-fifth; selfie and appscan until theirs in the
twenty-fourth; frontback and mended until theirs in the twenty-third; visa and
handwritten were held out until their first measurement in the twenty-second round, laminated and frontmrz until
theirs in the twenty-first, inverse and typewriter until theirs in the twentieth, mirrored and middlename until
theirs in the nineteenth, fullname and turned until theirs in the eighteenth).
"""
import argparse
import datetime as dt
import json
import math
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import document_families as families
from document_families import draw_mrz, fmt_date, printed

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TODAY = dt.date(2026, 11, 26)  # fixed, so a seed always gives the same documents


# How each country prints its documents. `date` is a strftime-like pattern handled by fmt_date.
COUNTRIES = {
    "ZW": dict(alpha3="ZWE", name="ZIMBABWE", demonym="ZIMBABWEAN", date="dd/mm/yyyy", card_mrz=False,
               title="REPUBLIC OF ZIMBABWE", labels=dict(surname="SURNAME", given="FIRST NAMES", id="ID NUMBER",
               dob="DATE OF BIRTH", sex="SEX", expiry="DATE OF EXPIRY", nationality="CITIZENSHIP"),
               surnames=["MOYO", "NCUBE", "SIBANDA", "DUBE", "CHIKWANHA", "MUTASA", "MAPFUMO", "NYATHI"],
               given=["TENDAI", "FARAI", "RUDO", "TAPIWA", "NYASHA", "BLESSING", "TATENDA", "CHIPO"],
               color=(222, 236, 214)),
    "ZA": dict(alpha3="ZAF", name="SOUTH AFRICA", demonym="RSA", date="dd MON yyyy", card_mrz=True,
               title="REPUBLIC OF SOUTH AFRICA", labels=dict(surname="Surname", given="Names", id="Identity Number",
               dob="Date of Birth", sex="Sex", expiry="Date of Expiry", nationality="Nationality"),
               surnames=["NKOSI", "DLAMINI", "MOKOENA", "NAIDOO", "BOTHA", "KHUMALO", "MAHLANGU", "PETERSEN"],
               given=["THABO", "NOMVULA", "SIPHO", "LERATO", "PIETER", "ZANELE", "KAGISO", "ANNA"],
               color=(214, 228, 240)),
    "NG": dict(alpha3="NGA", name="NIGERIA", demonym="NGA", date="dd MON yyyy", card_mrz=True,
               title="FEDERAL REPUBLIC OF NIGERIA", labels=dict(surname="SURNAME", given="GIVEN NAMES", id="NIN",
               dob="DATE OF BIRTH", sex="SEX", expiry="EXPIRY DATE", nationality="NATIONALITY"),
               surnames=["OKAFOR", "ADEYEMI", "BELLO", "OKONKWO", "EZE", "ABUBAKAR", "OLADIPO", "NWOSU"],
               given=["CHIDI", "NGOZI", "AMINA", "EMEKA", "FUNMILAYO", "IBRAHIM", "CHIOMA", "TUNDE"],
               color=(226, 240, 226)),
    "KE": dict(alpha3="KEN", name="KENYA", demonym="KENYAN", date="dd.mm.yyyy", card_mrz=True,
               title="REPUBLIC OF KENYA", labels=dict(surname="SURNAME", given="GIVEN NAMES", id="ID NUMBER",
               dob="DATE OF BIRTH", sex="SEX", expiry="DATE OF EXPIRY", nationality="NATIONALITY"),
               surnames=["OTIENO", "KAMAU", "MWANGI", "ODHIAMBO", "KIPTOO", "WAMALWA", "CHEBET", "NJOROGE"],
               given=["WANJIRU", "BRIAN", "AKINYI", "KEVIN", "MERCY", "JOSEPH", "FAITH", "DENNIS"],
               color=(240, 232, 220)),
    "GH": dict(alpha3="GHA", name="GHANA", demonym="GHANAIAN", date="dd/mm/yyyy", card_mrz=True,
               title="REPUBLIC OF GHANA", labels=dict(surname="Surname", given="Firstnames", id="Personal ID Number",
               dob="Date of Birth", sex="Sex", expiry="Date of Expiry", nationality="Nationality"),
               surnames=["MENSAH", "OWUSU", "BOATENG", "ASANTE", "AGYEMAN", "OSEI", "DARKO", "QUAYE"],
               given=["KOFI", "AMA", "AKOSUA", "KWAME", "YAW", "ABENA", "KWESI", "EFUA"],
               color=(236, 226, 236)),
    "UG": dict(alpha3="UGA", name="UGANDA", demonym="UGA", date="dd.mm.yyyy", card_mrz=True,
               title="THE REPUBLIC OF UGANDA", labels=dict(surname="SURNAME", given="GIVEN NAME", id="NIN",
               dob="DATE OF BIRTH", sex="SEX", expiry="DATE OF EXPIRY", nationality="NATIONALITY"),
               surnames=["MUKASA", "OKELLO", "NAMUBIRU", "SSEMPALA", "KATO", "NAKATO", "OPIO", "BYARUGABA"],
               given=["GRACE", "JOHN", "SARAH", "MOSES", "PATIENCE", "ROBERT", "ESTHER", "DAVID"],
               color=(244, 238, 210)),
}


# ---------------------------------------------------------------------------------------------
# Data: identities, numbers, dates, MRZ

def check_digit(text):
    values = [int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0) for c in text]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def luhn_digit(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = int(d)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def national_id(rng, country, dob, sex):
    if country == "ZW":
        district, serial, origin = rng.randint(1, 85), rng.randint(100000, 999999), rng.randint(1, 85)
        letter = "ZABCDEFGHJKLMNPQRSTVWXY"[int(f"{district:02d}{serial}") % 23]
        return f"{district:02d}-{serial}-{letter}-{origin:02d}"
    if country == "ZA":
        sequence = rng.randint(5000, 9999) if sex == "M" else rng.randint(0, 4999)
        body = dob.strftime("%y%m%d") + f"{sequence:04d}" + "0" + "8"
        return body + luhn_digit(body)
    if country == "NG":
        return "".join(rng.choice("0123456789") for _ in range(11))
    if country == "KE":
        return str(rng.randint(10000000, 39999999))
    if country == "GH":
        return f"GHA-{rng.randint(100000000, 999999999)}-{rng.randint(0, 9)}"
    if country == "UG":
        tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10))
        return f"C{sex}{dob.strftime('%y')}{tail}"
    raise ValueError(country)


def mrz_name(surname, given, width):
    text = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    return (text + "<" * width)[:width]


def td1(doc_number, country3, nationality3, dob, sex, expiry, optional1, surname, given):
    line1 = f"I<{country3}{doc_number}{check_digit(doc_number)}{optional1:<15}".replace(" ", "<")[:30]
    body = f"{dob:%y%m%d}{check_digit(f'{dob:%y%m%d}')}{sex}{expiry:%y%m%d}{check_digit(f'{expiry:%y%m%d}')}{nationality3}"
    line2 = (body + "<" * 11)[:29]
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    return [line1, line2 + check_digit(composite), mrz_name(surname, given, 30)]


def td2(doc_number, country3, nationality3, dob, sex, expiry, surname, given):
    """ICAO TD2 (2 x 36) for an ID card: the name on the first line, the number, dates and
    nationality on the second, no optional data."""
    line1 = f"I<{country3}" + mrz_name(surname, given, 31)
    number = f"{doc_number:<9}".replace(" ", "<")
    line2 = (f"{number}{check_digit(number)}{nationality3}{dob:%y%m%d}{check_digit(f'{dob:%y%m%d}')}{sex}"
             f"{expiry:%y%m%d}{check_digit(f'{expiry:%y%m%d}')}" + "<" * 7)
    composite = line2[0:10] + line2[13:20] + line2[21:35]
    return [line1, line2 + check_digit(composite)]


def card_td2(truth):
    """A card's MRZ as TD2, from its truth (for the families that print one: `card_mrz_format`)."""
    fields = truth["fields"]
    return td2(fields["document_number"], truth["issuing_country"], fields["nationality"],
               dt.date.fromisoformat(fields["date_of_birth"]), fields["sex"],
               dt.date.fromisoformat(fields["expiry_date"]), fields["surname"], fields["given_names"])


def td3(doc_number, country3, nationality3, dob, sex, expiry, surname, given):
    line1 = f"P<{country3}" + mrz_name(surname, given, 39)
    number = f"{doc_number:<9}".replace(" ", "<")
    personal = "<" * 14
    line2 = (f"{number}{check_digit(number)}{nationality3}{dob:%y%m%d}{check_digit(f'{dob:%y%m%d}')}{sex}"
             f"{expiry:%y%m%d}{check_digit(f'{expiry:%y%m%d}')}{personal}{check_digit(personal)}")
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    return [line1, line2 + check_digit(composite)]


def identity(rng, country, kind, expired):
    spec = COUNTRIES[country]
    sex = rng.choice("MF")
    dob = dt.date(rng.randint(1955, 2005), rng.randint(1, 12), rng.randint(1, 28))
    if expired:
        expiry = TODAY - dt.timedelta(days=rng.randint(30, 900))
    else:
        expiry = TODAY + dt.timedelta(days=rng.randint(200, 3000))
    given = rng.choice(spec["given"])
    if rng.random() < 0.4:
        given += " " + rng.choice([g for g in spec["given"] if g != given])
    surname = rng.choice(spec["surnames"])
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    doc_number = rng.choice(letters) + rng.choice(letters) + str(rng.randint(1000000, 9999999))
    id_number = national_id(rng, country, dob, sex) if kind == "id_card" else None
    truth = dict(document_type="passport" if kind == "passport" else "national_id", issuing_country=spec["alpha3"],
                 fields=dict(surname=surname, given_names=given, full_name=f"{given} {surname}", id_number=id_number,
                             document_number=doc_number if (kind == "passport" or spec["card_mrz"]) else None,
                             date_of_birth=dob.isoformat(), expiry_date=expiry.isoformat(), sex=sex,
                             nationality=spec["alpha3"]), expired=expired)
    if kind == "passport":
        truth["mrz"] = td3(doc_number, spec["alpha3"], spec["alpha3"], dob, sex, expiry, surname, given)
    elif spec["card_mrz"]:
        optional = id_number.replace("-", "") if len(id_number.replace("-", "")) <= 15 else ""
        truth["mrz"] = td1(doc_number, spec["alpha3"], spec["alpha3"], dob, sex, expiry, optional, surname, given)
    else:
        truth["mrz"] = None
    return truth


# ---------------------------------------------------------------------------------------------
# Rendering the flat document

def font(path, size):
    return ImageFont.truetype(path, size)


def security_background(rng, size, color):
    """A pale tint with guilloche-like waves, as printed under the text of real cards."""
    width, height = size
    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    shade = tuple(max(0, c - 22) for c in color)
    for k in range(14):
        phase, amplitude, period = rng.uniform(0, 6.28), rng.uniform(8, 30), rng.uniform(120, 300)
        y0 = k * height / 14
        points = [(x, y0 + amplitude * math.sin(x / period * 6.28 + phase)) for x in range(0, width, 6)]
        draw.line(points, fill=shade, width=1)
    return image


PORTRAITS = []  # the face photo used for each portrait, in order


def portrait(rng, faces_dir, size):
    names = sorted(f for f in os.listdir(faces_dir) if f.lower().endswith(".jpg") and "couple" not in f)
    name = rng.choice(names)
    PORTRAITS.append(name)
    photo = Image.open(os.path.join(faces_dir, name)).convert("RGB")
    width, height = photo.size
    target = size[0] / size[1]
    crop_w = min(width, int(height * target))
    crop_h = int(crop_w / target)
    left = (width - crop_w) // 2
    top = max(0, min(height - crop_h, int((height - crop_h) * 0.3)))
    return photo.crop((left, top, left + crop_w, top + crop_h)).resize(size, Image.LANCZOS)


def draw_field(draw, x, y, label, value, label_font, value_font):
    draw.text((x, y), label, font=label_font, fill=(70, 70, 90))
    draw.text((x, y + label_font.size + 4), value, font=value_font, fill=(15, 15, 20))


def render_card_front(rng, truth, country, faces_dir):
    spec = COUNTRIES[country]
    fields, labels = truth["fields"], spec["labels"]
    image = security_background(rng, (1012, 638), spec["color"])
    draw = ImageDraw.Draw(image)
    draw.text((40, 28), spec["title"], font=font(SANS_BOLD, 34), fill=(20, 40, 90))
    draw.text((40, 74), "NATIONAL IDENTITY CARD", font=font(SANS, 24), fill=(20, 40, 90))
    image.paste(portrait(rng, faces_dir, (250, 320)), (40, 140))
    small, value = font(SANS, 18), font(SANS_BOLD, 28)
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    x = 330
    draw_field(draw, x, 130, labels["surname"], fields["surname"], small, value)
    draw_field(draw, x, 205, labels["given"], fields["given_names"], small, value)
    draw_field(draw, x, 280, labels["id"], printed(truth, "id_number"), small, value)
    draw_field(draw, x, 355, labels["dob"], fmt_date(dob, spec["date"]), small, value)
    draw_field(draw, x + 330, 355, labels["sex"], fields["sex"], small, value)
    draw_field(draw, x, 430, labels["nationality"], spec["demonym"], small, value)
    draw_field(draw, x, 505, labels["expiry"], fmt_date(expiry, spec["date"]), small, value)
    return image


def render_card_back(rng, truth, country):
    spec = COUNTRIES[country]
    image = security_background(rng, (1012, 638), spec["color"])
    draw = ImageDraw.Draw(image)
    small, value = font(SANS, 18), font(SANS_BOLD, 24)
    draw_field(draw, 40, 30, "PLACE OF BIRTH", rng.choice(["HARARE", "LAGOS", "NAIROBI", "ACCRA", "KAMPALA", "DURBAN"]), small, value)
    draw_field(draw, 40, 100, "DATE OF ISSUE", fmt_date(dt.date.fromisoformat(truth["fields"]["expiry_date"]) - dt.timedelta(days=3650), spec["date"]), small, value)
    for i in range(60):  # a barcode-like block, as on many card backs
        if rng.random() < 0.55:
            draw.rectangle((600 + i * 6, 40, 603 + i * 6, 190), fill=(30, 30, 30))
    draw_mrz(draw, truth["mrz"], 48, 610, 30.5)
    return image


def render_passport(rng, truth, country, faces_dir):
    spec = COUNTRIES[country]
    fields = truth["fields"]
    image = security_background(rng, (1250, 880), tuple(min(255, c + 8) for c in spec["color"]))
    draw = ImageDraw.Draw(image)
    draw.text((40, 24), spec["title"], font=font(SANS_BOLD, 34), fill=(40, 30, 80))
    draw.text((40, 70), "PASSPORT / PASSEPORT", font=font(SANS, 24), fill=(40, 30, 80))
    image.paste(portrait(rng, faces_dir, (290, 370)), (40, 130))
    small, value = font(SANS, 18), font(SANS_BOLD, 28)
    dob = dt.date.fromisoformat(printed(truth, "date_of_birth"))
    expiry = dt.date.fromisoformat(fields["expiry_date"])
    x = 370
    draw_field(draw, x, 120, "Type / Type", "P", small, value)
    draw_field(draw, x + 200, 120, "Code / Code", spec["alpha3"], small, value)
    draw_field(draw, x + 420, 120, "Passport No. / N° du passeport", fields["document_number"], small, value)
    draw_field(draw, x, 195, "Surname / Nom", fields["surname"], small, value)
    draw_field(draw, x, 270, "Given names / Prénoms", fields["given_names"], small, value)
    draw_field(draw, x, 345, "Nationality / Nationalité", spec["demonym"], small, value)
    draw_field(draw, x, 420, "Date of birth / Date de naissance", fmt_date(dob, "dd MON yyyy"), small, value)
    draw_field(draw, x + 450, 420, "Sex / Sexe", fields["sex"], small, value)
    draw_field(draw, x, 495, "Date of expiry / Date d'expiration", fmt_date(expiry, "dd MON yyyy"), small, value)
    draw_mrz(draw, truth["mrz"], 55, 850, 25.4)
    return image


# ---------------------------------------------------------------------------------------------
# Capture: the flat document photographed

LEVELS = {
    # rotation °, corner jitter (share of size), blur radius, noise σ, light range, JPEG quality, quarter turns
    "scan":   dict(rotate=0, jitter=0.0, blur=0.0, noise=0, light=0.0, jpeg=92, turns=[0], fill=(0.97, 0.97)),
    "easy":   dict(rotate=3, jitter=0.02, blur=0.6, noise=3, light=0.15, jpeg=88, turns=[0], fill=(0.75, 0.88)),
    "medium": dict(rotate=8, jitter=0.05, blur=1.0, noise=6, light=0.3, jpeg=78, turns=[0, 2], fill=(0.65, 0.82)),
    "hard":   dict(rotate=14, jitter=0.08, blur=1.4, noise=9, light=0.45, jpeg=65, turns=[0, 1, 2, 3], fill=(0.6, 0.78)),
}


def homography(src, dst):
    """Coefficients mapping output points `dst` back to input points `src` (PIL's PERSPECTIVE)."""
    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    rhs = [c for point in src for c in point]
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def photograph(rng, flat, level, surfaces=None):
    """The flat document photographed at `level` on a wooden table, or on one of `surfaces`
    (a family's own list, "table", "cloth" or "terrazzo"; drawn from only for such families, so
    other documents stay the same)."""
    spec = LEVELS[level]
    # An RGBA flat (`laminated`'s card in its pouch, `visa`'s card on a second card, `crossing`'s
    # passport page with its number perforated through it) is laid by its alpha: where the pouch's
    # clear plastic is, or neither card, or a hole, the surface shows through. Every other family's
    # flat is RGB and laid whole.
    outline = flat.getchannel("A") if flat.mode == "RGBA" else None
    if outline is not None:
        flat = flat.convert("RGB")
    if level == "scan":
        canvas = Image.new("RGB", (flat.width + 40, flat.height + 40), (250, 250, 250))
        canvas.paste(flat, (20, 20), outline)
        return canvas, 0
    width, height = 1600, 1200
    surface = rng.choice(surfaces) if surfaces else "table"
    if surface != "table":
        canvas = families.surface(rng, surface, (width, height))
    else:
        table = np.full((height, width, 3), [rng.randint(60, 160), rng.randint(50, 130), rng.randint(40, 110)], float)
        table += np.sin(np.arange(height)[:, None, None] / rng.uniform(6, 20)) * rng.uniform(4, 12)  # wood grain
        table += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 6, table.shape)
        canvas = Image.fromarray(np.clip(table, 0, 255).astype(np.uint8))

    fill = rng.uniform(*spec["fill"])
    doc_w = width * fill
    doc_h = doc_w * flat.height / flat.width
    if doc_h > height * 0.9:
        doc_h = height * 0.9
        doc_w = doc_h * flat.width / flat.height
    angle = math.radians(rng.uniform(-spec["rotate"], spec["rotate"]))
    cx, cy = width / 2 + rng.uniform(-0.05, 0.05) * width, height / 2 + rng.uniform(-0.05, 0.05) * height
    corners = []
    for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        x, y = sx * doc_w / 2, sy * doc_h / 2
        x += rng.uniform(-spec["jitter"], spec["jitter"]) * doc_w
        y += rng.uniform(-spec["jitter"], spec["jitter"]) * doc_h
        corners.append((cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle)))
    source = [(0, 0), (flat.width, 0), (flat.width, flat.height), (0, flat.height)]
    coefficients = homography(source, corners)
    warped = flat.transform((width, height), Image.PERSPECTIVE, coefficients, Image.BICUBIC)
    opaque = outline if outline is not None else Image.new("L", flat.size, 255)
    mask = opaque.transform((width, height), Image.PERSPECTIVE, coefficients, Image.BILINEAR)
    canvas.paste(warped, (0, 0), mask)

    # Uneven light: a tilted gradient and a soft shadow or glare spot.
    pixels = np.asarray(canvas, float)
    if spec["light"]:
        yy, xx = np.mgrid[0:height, 0:width]
        direction = rng.uniform(0, 6.28)
        ramp = (np.cos(direction) * xx / width + np.sin(direction) * yy / height)
        ramp = (ramp - ramp.min()) / (ramp.max() - ramp.min())
        light = 1 - spec["light"] * ramp
        gx, gy, radius = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height, rng.uniform(0.1, 0.25) * width
        spot = np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * radius ** 2))
        light = light + rng.choice([-1, 1]) * spec["light"] * 0.5 * spot
        pixels *= light[:, :, None]
    if spec["noise"]:
        pixels += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, spec["noise"], pixels.shape)
    canvas = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if spec["blur"]:
        canvas = canvas.filter(ImageFilter.GaussianBlur(spec["blur"] * rng.uniform(0.7, 1.0)))
    turns = rng.choice(spec["turns"])
    if turns:
        canvas = canvas.rotate(90 * turns, expand=True)
    # Where the flat's corners landed, for the capture conditions that must know where the
    # document is (the nineteenth families' crop_edge and reflection): information only, no pixel
    # or draw changes, and not written into the JPEG.
    canvas.info["document_corners"] = quarter_turned(corners, turns, width, height)
    return canvas, turns


def quarter_turned(points, turns, width, height):
    """`points` of a width x height frame where they lie after `turns` quarter turns of the frame
    counter-clockwise (PIL's rotate by 90 degrees with expand)."""
    for _ in range(turns):
        points = [(y, width - x) for x, y in points]
        width, height = height, width
    return points


# ---------------------------------------------------------------------------------------------

def render(rng, truth, country, kind, family, faces_dir):
    """The flat sides of one document: [("front", image)] and for cards with an MRZ the back."""
    if family == "classic":
        sides = [("front", render_passport(rng, truth, country, faces_dir) if kind == "passport"
                  else render_card_front(rng, truth, country, faces_dir))]
        if kind == "id_card" and truth["mrz"]:
            sides.append(("back", render_card_back(rng, truth, country)))
        return sides
    spec, layout = COUNTRIES[country], families.FAMILIES[family]
    sides = [("front", families.render_front(rng, truth, spec, layout, kind, lambda size: portrait(rng, faces_dir, size)))]
    if kind == "id_card" and truth["mrz"] and not layout.get("mrz_front"):  # `frontmrz`: one side, MRZ and all
        sides.append(("back", families.render_back(rng, truth, spec, layout)))
    return sides


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--levels", default="scan,easy,medium,hard", help="of scan,easy,medium,hard,flat (a small flat scan)")
    parser.add_argument("--faces", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "fixtures", "faces"))
    parser.add_argument("--country", choices=sorted(COUNTRIES), help="every document from this country")
    parser.add_argument("--kind", choices=["id_card", "passport"], help="every document of this kind")
    parser.add_argument("--expired", choices=["yes", "no"], help="every document expired, or none")
    parser.add_argument("--families", default="classic", help="layout families to draw from: classic," + ",".join(families.FAMILIES))
    parser.add_argument("--conditions", action="store_true", help="half the photos get a capture condition (shadow, finger...)")
    parser.add_argument("--tampered", type=float, default=0.0, help="share of documents with one edit a reader must catch")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    levels = args.levels.split(",")
    family_names = args.families.split(",")
    os.makedirs(args.out, exist_ok=True)
    index = []
    countries = sorted(COUNTRIES)
    for i in range(args.count):
        # Family, conditions and tampering draw from their own generator, so that the defaults
        # give the original generator's documents exactly.
        extra = random.Random(f"{args.seed}:{i}")
        family = extra.choice(family_names)
        country = args.country or countries[i % len(countries)]
        kind = args.kind or ("passport" if (i // len(countries)) % 3 == 2 else "id_card")
        level = "flat" if families.FAMILIES.get(family, {}).get("flat_scan") else levels[(i // 2) % len(levels)]
        flat_scan = level == "flat"
        expired = rng.random() < 0.15  # drawn even when fixed, so a seed's other draws stay the same
        if args.expired:
            expired = args.expired == "yes"
        truth = identity(rng, country, kind, expired)
        if kind == "id_card" and truth["mrz"] and families.FAMILIES.get(family, {}).get("card_mrz_format") == "td2":
            truth["mrz"] = card_td2(truth)  # the same identity, no draws: other families' documents stay the same
        if extra.random() < args.tampered:
            families.tamper(extra, truth, country)
        name = f"{i:03d}-{country.lower()}-{kind}-{level}"
        folder = os.path.join(args.out, name)
        os.makedirs(folder, exist_ok=True)
        files, conditions = {}, {}
        for side, flat in render(rng, truth, country, kind, family, args.faces):
            quality = 85 if flat_scan else LEVELS[level]["jpeg"]
            layout = families.FAMILIES.get(family, {})
            if flat_scan:
                photo, turns = families.flat_scan(extra, flat, COUNTRIES[country]), 0
            elif layout.get("capture"):  # the twenty-first to twenty-fourth families capture their own (a selfie, a scanner app, a screenshot, the counter's glass, a badge holder)
                photo, turns = families.capture(rng, flat, level, layout, truth,
                                                lambda f: photograph(rng, f, level, layout.get("surfaces")))
            else:
                photo, turns = photograph(rng, flat, level, families.FAMILIES.get(family, {}).get("surfaces"))
            if args.conditions and level != "scan" and not flat_scan and extra.random() < 0.5:
                condition = extra.choice(families.FAMILIES.get(family, {}).get("conditions", families.CONDITIONS))
                photo, forced = families.apply_condition(extra, photo, condition)
                quality = forced or quality
                conditions[side] = condition
            file = f"{side}.jpg"
            photo.save(os.path.join(folder, file), quality=quality)
            files[side] = file
            truth.setdefault("quarter_turns", {})[side] = turns
        truth.update(name=name, country=country, level=level, files=files, portrait_source=PORTRAITS[-1])
        truth.update(family=family, held_out=families.FAMILIES.get(family, {}).get("held_out", False), conditions=conditions)
        truth.setdefault("tampered", None)
        with open(os.path.join(folder, "truth.json"), "w") as handle:
            json.dump(truth, handle, indent=2)
        index.append(dict(name=name, level=level, country=country, kind=kind, files=files, family=family))
    with open(os.path.join(args.out, "index.json"), "w") as handle:
        json.dump(index, handle, indent=2)
    print(f"{len(index)} documents in {args.out}")

if __name__ == "__main__":
    main()
