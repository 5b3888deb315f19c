"""How the twenty-first families' documents are captured (document_families_twentyfirst.py says
why): `selfie`'s scene (the holder with the document held up beside the chin) and `appscan`'s
scanner app (corners found a little off, the quadrilateral warped to a rectangle, the app's
filter, its watermark); their capture conditions (`beauty`, `mirror_saved`) and the surfaces
`appscan`'s documents are photographed on (`notebook`, `sofa`). Imported only for them."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from document_families import KARLA_BOLD, KARLA_MEDIUM, scribble, shifted
from document_families_eighteenth import SKINS, capsule, skin, soft
from document_families_seventeenth import noise_field

# ---------------------------------------------------------------------------------------------
# Geometry


def solve(source, target):
    """The 3x3 perspective matrix taking the four `source` points to the four `target` points."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(source, target):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    return np.append(np.linalg.solve(np.array(rows, float), np.array(rhs, float)), 1.0).reshape(3, 3)


def apply(matrix, points):
    """`points` [(x, y)] through `matrix`."""
    out = []
    for x, y in points:
        u, v, w = matrix @ np.array([x, y, 1.0])
        out.append((u / w, v / w))
    return out


def pil_coefficients(matrix):
    """PIL's PERSPECTIVE coefficients for drawing through `matrix` (PIL maps output to input)."""
    inverse = np.linalg.inv(matrix)
    inverse /= inverse[2, 2]
    return inverse.flatten()[:8].tolist()


def ellipse(cx, cy, rx, ry, steps=48):
    return [(cx + rx * math.cos(2 * math.pi * k / steps), cy + ry * math.sin(2 * math.pi * k / steps))
            for k in range(steps)]


def stadium(x0, x1, y, thickness, steps=12):
    """A finger's outline lying along y from x0 (the hand) to x1 (its rounded tip)."""
    r, s = thickness / 2, 1 if x1 > x0 else -1
    tip = [(x1 - s * r + s * r * math.cos(a), y + r * math.sin(a))
           for a in np.linspace(-math.pi / 2, math.pi / 2, steps)]
    return [(x0, y - r)] + tip + [(x0, y + r)]


def polygon_mask(size, polygons):
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for polygon in polygons:
        draw.polygon(polygon, fill=255)
    return np.asarray(mask, float) / 255


# ---------------------------------------------------------------------------------------------
# `selfie`: the holder's front-camera photo with the document held up beside the chin

# By level: the document's width as a share of the frame's (a passport's a little more), its
# tilt (degrees), how far it leans back (its top edge shortened), the camera's softness and noise.
SHOTS = {"scan": dict(share=(0.4, 0.45), tilt=3, lean=0.02, blur=0.5, noise=2),
         "easy": dict(share=(0.36, 0.45), tilt=6, lean=0.04, blur=0.8, noise=3),
         "medium": dict(share=(0.3, 0.42), tilt=10, lean=0.07, blur=1.1, noise=5),
         "hard": dict(share=(0.25, 0.38), tilt=15, lean=0.1, blur=1.5, noise=8)}


def skin_tone(rng, scene):
    """The holder's skin, from the middle of the photo (the face), or one of SKINS where what is
    there does not look like skin."""
    w, h = scene.size
    patch = np.asarray(scene.crop((int(w * 0.42), int(h * 0.4), int(w * 0.58), int(h * 0.5))), float)
    r, g, b = np.median(patch.reshape(-1, 3), axis=0)
    if 50 < r < 252 and r > g > b and r - b > 18:
        return (int(r), int(g), int(b))
    return rng.choice(SKINS)


def card_corners(rng, shot, card, frame):
    """Where the held document's corners land in the frame: at the lower left or right, beside
    the chin, tilted and leaning back a little; and which of its short edges is held (the outer)."""
    width, height = frame
    share = rng.uniform(*shot["share"]) + (0.07 if card.width > 1100 else 0.0)
    w = width * share
    h = w * card.height / card.width
    left = rng.random() < 0.5
    cx = width * (rng.uniform(0.25, 0.34) if left else rng.uniform(0.66, 0.75))
    cx = min(max(cx, w / 2 + 0.05 * width), width - w / 2 - 0.05 * width)
    cy = min(height * rng.uniform(0.62, 0.75), height * 0.86 - h / 2)
    angle = math.radians(rng.uniform(-shot["tilt"], shot["tilt"]))
    lean = rng.uniform(0, shot["lean"])
    corners = []
    for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        x = sx * w / 2 * (1 - lean if sy < 0 else 1) + rng.uniform(-0.01, 0.01) * w
        y = sy * h / 2 * (1 - lean / 2 if sy < 0 else 1) + rng.uniform(-0.01, 0.01) * h
        corners.append((cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle)))
    return corners, left


def holding(card, to_frame, held_left):
    """What the hand is drawn from: the document's size in millimetres' pixels (an ID-1 card is
    85.6 mm wide, a passport page 125 mm), its held edge and inward direction, the frame's
    pixels per document pixel and the document's turn in the frame."""
    W, H = card.size
    mm = W / (125.0 if W > 1100 else 85.6)
    x_o, s = (0.0, 1) if held_left else (float(W), -1)
    (ax, ay), (bx, by) = apply(to_frame, [(0, 0), (W, 0)])
    return dict(W=W, H=H, mm=mm, x_o=x_o, s=s, scale=math.hypot(bx - ax, by - ay) / W, angle=math.atan2(by - ay, bx - ax))


def dome(xx, yy, centre, rx, ry, angle):
    """A rounded volume (0 at its outline, 1 at its crown) over an ellipse turned by `angle`."""
    dx, dy = xx - centre[0], yy - centre[1]
    u = (dx * math.cos(angle) + dy * math.sin(angle)) / rx
    v = (-dx * math.sin(angle) + dy * math.cos(angle)) / ry
    return np.sqrt(np.clip(1 - u ** 2 - v ** 2, 0, 1))


def hand_behind(rng, pixels, to_frame, card, held_left, tone, grid, v):
    """The hand behind the document at its held edge, where it shows round it: the palm and the
    ball of the thumb beyond the edge, the curled fingers' knuckles just below the bottom edge
    near the held corner (the rest hidden behind the document), the wrist and forearm running
    down out of the frame."""
    g = holding(card, to_frame, held_left)
    xx, yy = grid
    mm, s, x_o, H = g["mm"], g["s"], g["x_o"], g["H"]
    k = g["scale"] * mm  # frame pixels a millimetre
    (hx, hy), = apply(to_frame, [(x_o - s * 13 * mm, v * H + 12 * mm)])
    volume = dome(xx, yy, (hx, hy), 17 * k, 30 * k, g["angle"])
    for n in range(3):  # the knuckles of the fingers curled behind the document
        (kx, ky), = apply(to_frame, [(x_o + s * (3 + 12 * n + rng.uniform(-2, 2)) * mm, H + (3 - n) * mm)])
        volume = np.maximum(volume, dome(xx, yy, (kx, ky), 8.5 * k, 7.5 * k, g["angle"]))
    height = xx.shape[0]
    base = (hx - s * rng.uniform(0.1, 0.4) * (height - hy), height + 60 * k)
    length = math.hypot(hx - base[0], hy - base[1])
    arm, across, _ = capsule(xx, yy, (hx, hy), ((hx - base[0]) / length, (hy - base[1]) / length), 56 * k, length + 80 * k)
    volume = np.maximum(volume, arm * np.sqrt(np.clip(1 - across ** 2, 0, 1)) * 0.9)
    return skin(rng, pixels, (volume > 0).astype(float), volume, shifted(tone, -8), edge=2.0)


def thumb_over(rng, pixels, to_frame, card, alpha, held_left, tone, grid, v):
    """The thumb in front of the held edge, its tip 3 to 7 mm onto the document (2 to 4.5 mm on
    a passport page; every field of these families starts further in), its nail towards the
    camera and its shadow on the document."""
    g = holding(card, to_frame, held_left)
    xx, yy = grid
    mm, s, x_o, H = g["mm"], g["s"], g["x_o"], g["H"]
    reach = rng.uniform(2, 4.5) if g["W"] > 1100 else rng.uniform(3, 7)
    tip, base = apply(to_frame, [(x_o + s * reach * mm, v * H), (x_o - s * 30 * mm, v * H + rng.uniform(12, 26) * mm)])
    length = math.dist(tip, base)
    direction = ((tip[0] - base[0]) / length, (tip[1] - base[1]) / length)
    thickness = 20 * mm * g["scale"]
    thumb, across, along = capsule(xx, yy, tip, direction, thickness, length * 1.5)
    shadow = np.roll(soft(thumb, thickness * 0.12), (int(thickness * 0.08), int(thickness * 0.06)), axis=(0, 1))
    pixels *= (1 - 0.3 * shadow * alpha * (1 - thumb))[:, :, None]
    volume = np.sqrt(np.clip(1 - across ** 2, 0, 1)) * np.clip(along / (thickness * 0.5), 0.35, 1) ** 0.5
    pixels = skin(rng, pixels, thumb, volume, tone)
    nail = ((((along - thickness * 0.36) / (thickness * 0.26)) ** 2 + (across / 0.5) ** 2) < 1) * thumb
    n = soft(nail, 1.3)[:, :, None] * 0.7
    nail_tone = np.array(shifted(tone, 44), float) * np.array([1.03, 0.94, 0.94])
    return pixels * (1 - n) + nail_tone * n


def selfie(rng, card, scene, level):
    """The front camera's photo: the holder (the scene, a fixture photo at the frame's size),
    the hand behind the document, the document (RGBA) held up beside the chin with its soft
    shadow behind it and a faint sheen on it, the thumb over its held edge; then the front
    camera's softness, its noise and a vignette."""
    shot = SHOTS[level]
    frame = scene.size
    pixels = np.asarray(scene.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.6))), float)
    corners, held_left = card_corners(rng, shot, card, frame)
    to_frame = solve([(0, 0), (card.width, 0), (card.width, card.height), (0, card.height)], corners)
    tone = skin_tone(rng, scene)
    height, width = frame[1], frame[0]
    grid = np.mgrid[0:height, 0:width].astype(float)[::-1]
    v = rng.uniform(0.38, 0.6)  # where along the held edge the thumb is
    pixels = hand_behind(rng, pixels, to_frame, card, held_left, tone, grid, v)
    coefficients = pil_coefficients(to_frame)
    warped = np.asarray(card.convert("RGB").transform(frame, Image.PERSPECTIVE, coefficients, Image.BICUBIC), float)
    alpha = np.asarray(card.getchannel("A").transform(frame, Image.PERSPECTIVE, coefficients, Image.BILINEAR),
                       float) / 255
    shadow = np.roll(soft(alpha, 14), (12, 8), axis=(0, 1))
    pixels *= (1 - 0.35 * shadow * (1 - alpha))[:, :, None]
    xx, yy = grid
    a = rng.uniform(0, math.pi)
    band = np.exp(-((((xx * math.cos(a) + yy * math.sin(a)) - rng.uniform(0.2, 0.8) * (width + height) / 2) / 90) ** 2))
    warped += (255 - warped) * (rng.uniform(0.05, 0.22) * band)[:, :, None]  # the card's plastic catching the light
    pixels = pixels * (1 - alpha[:, :, None]) + warped * alpha[:, :, None]
    pixels = thumb_over(rng, pixels, to_frame, card, alpha, held_left, tone, grid, v)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.GaussianBlur(shot["blur"] * rng.uniform(0.7, 1.0)))
    pixels = np.asarray(image, float) * rng.uniform(0.92, 1.06)
    r = np.hypot((xx - width / 2) / width, (yy - height / 2) / height)
    pixels *= (1 - rng.uniform(0.1, 0.25) * r ** 2 * 2)[:, :, None]
    pixels += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, shot["noise"], pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------
# `appscan`: a phone's document-scanner app

def phone_shadow(rng, photo):
    """The phone's (and the hand's) soft shadow over part of the document as the app's photo
    was taken above it: the app's filter lifts it, leaving its noise and a duller patch."""
    width, height = photo.size
    mask = Image.new("L", photo.size, 0)
    cx, cy = rng.uniform(0.2, 0.8) * width, rng.choice([rng.uniform(-0.1, 0.2), rng.uniform(0.8, 1.1)]) * height
    rx, ry = rng.uniform(0.25, 0.45) * width, rng.uniform(0.2, 0.35) * height
    ImageDraw.Draw(mask).ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=255)
    shade = np.asarray(mask.filter(ImageFilter.GaussianBlur(rng.uniform(30, 60))), float) / 255
    pixels = np.asarray(photo, float) * (1 - rng.uniform(0.25, 0.45) * shade)[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def detected(rng, corners, turns):
    """The quadrilateral the app finds: the document's corners in the photo, clockwise from the
    one at the photo's top left (the app keeps the photo's orientation, so a document photographed
    turned stays turned), each a few pixels off: mostly outwards (a sliver of what it lies on
    along an edge), sometimes inwards (a millimetre of the document's margin cut off)."""
    quad = [corners[(turns + k) % 4] for k in range(4)]
    cx, cy = sum(x for x, _ in quad) / 4, sum(y for _, y in quad) / 4
    diagonal = math.dist(quad[0], quad[2])
    out = []
    for x, y in quad:
        d = math.hypot(x - cx, y - cy)
        ux, uy = (x - cx) / d, (y - cy) / d
        radial, tangent = diagonal * rng.uniform(-0.005, 0.022), diagonal * rng.uniform(-0.007, 0.007)
        out.append((x + ux * radial - uy * tangent, y + uy * radial + ux * tangent))
    return out


def unwarp(photo, quad):
    """The quadrilateral warped to a rectangle, its size the quadrilateral's mean side lengths
    (the app's guess of the document's proportions), its long side at most 1700 pixels."""
    w = (math.dist(quad[0], quad[1]) + math.dist(quad[3], quad[2])) / 2
    h = (math.dist(quad[0], quad[3]) + math.dist(quad[1], quad[2])) / 2
    k = min(1.0, 1700 / max(w, h))
    size = (int(round(w * k)), int(round(h * k)))
    to_page = solve(quad, [(0, 0), (size[0], 0), size, (0, size[1])])
    border = np.asarray(photo, float)
    fill = tuple(int(v) for v in np.median(np.concatenate([border[0], border[-1]]), axis=0))
    return photo.transform(size, Image.PERSPECTIVE, pil_coefficients(to_page), Image.BICUBIC, fillcolor=fill)


def paper_white(pixels):
    """The app's estimate of the paper's white at each pixel: the brightest nearby, smoothed."""
    height, width = pixels.shape[:2]
    lum = Image.fromarray(np.clip(pixels.mean(axis=2), 0, 255).astype(np.uint8))
    small = lum.resize((max(8, width // 8), max(8, height // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(3))
    return np.clip(np.asarray(small.resize((width, height), Image.BICUBIC), float), 40, 255)


def enhance(rng, page, mode):
    """The app's filter: `colour` (its "magic colour": the paper's white stretched to pure white
    wherever it is, colours saturated, mid-tones deepened, edges sharpened), `grey` (the same in
    grey), `bw` (its black-and-white document mode) or `original` (the crop alone, a little
    brightened)."""
    pixels = np.asarray(page, float)
    if mode == "original":
        return Image.fromarray(np.clip(pixels * rng.uniform(1.0, 1.06), 0, 255).astype(np.uint8))
    norm = np.clip(pixels * (255 / paper_white(pixels))[:, :, None] * rng.uniform(1.0, 1.08), 0, 255)
    grey = norm.mean(axis=2, keepdims=True)
    if mode == "colour":
        norm = np.clip(grey + (norm - grey) * rng.uniform(1.3, 1.7), 0, 255)
    else:
        norm = np.repeat(grey, 3, axis=2)
    if mode == "bw":
        norm = 255 / (1 + np.exp(-(norm - rng.uniform(150, 175)) * rng.uniform(0.07, 0.1)))
    else:
        norm = 255 * (norm / 255) ** rng.uniform(1.1, 1.35)
    image = Image.fromarray(np.clip(norm, 0, 255).astype(np.uint8))
    if mode != "bw":
        image = image.filter(ImageFilter.UnsharpMask(radius=rng.uniform(1.5, 2.5), percent=rng.randint(100, 170),
                                                     threshold=2))
    return image


# A free scanner app's mark, and its logo's colour.
WATERMARKS = [("Scanned with CamScanner", (24, 160, 120)), ("Scanned with PDF Scanner", (220, 60, 50)),
              ("Scanned by TapScanner", (40, 110, 220)), ("Made with Doc Scanner", (240, 140, 30))]


def watermark(rng, page):
    """The app's mark in the page's bottom right corner: a logo and `Scanned with ...` on a
    translucent white box, in the bottom 3.6 % of the page (below every MRZ of these families,
    which end above the bottom 5 %)."""
    width, height = page.size
    text, colour = rng.choice(WATERMARKS)
    box = max(14, int(height * 0.032))
    f = ImageFont.truetype(KARLA_MEDIUM, max(9, int(box * 0.62)))
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    run = draw.textlength(text, font=f)
    x1, y1 = width - int(width * 0.012), height - int(height * 0.005)
    x0, y0 = x1 - int(run + box * 1.5), y1 - box
    draw.rounded_rectangle((x0, y0, x1, y1), radius=box // 4, fill=(255, 255, 255, 200))
    logo = box - 6
    draw.rounded_rectangle((x0 + 3, y0 + 3, x0 + 3 + logo, y0 + 3 + logo), radius=logo // 4, fill=colour + (255,))
    draw.text((x0 + 3 + logo / 2, y0 + 3 + logo / 2), text.split()[-1][0], font=ImageFont.truetype(KARLA_BOLD, logo - 4),
              fill=(255, 255, 255, 255), anchor="mm")
    draw.text((x0 + box + 2, (y0 + y1) / 2), text, font=f, fill=(80, 82, 88, 255), anchor="lm")
    return Image.alpha_composite(page.convert("RGBA"), layer).convert("RGB")


def scanner_app(rng, flat, level, family, photograph):
    """The document photographed (make-documents.py's photograph, on the family's surfaces),
    perhaps with the phone's shadow over it, then run through the app: the corners it finds
    (none, one time in ten: the whole photo), the page warped flat, its filter, its watermark
    (seven times in ten). Returns (page, quarter turns): the page keeps the photo's turn."""
    photo, turns = photograph(flat)
    corners = photo.info.get("document_corners")
    if corners is None:  # a `scan` level photo: the flat on white, 20 pixels in
        corners = [(20, 20), (20 + flat.width, 20), (20 + flat.width, 20 + flat.height), (20, 20 + flat.height)]
    if rng.random() < 0.35:
        photo = phone_shadow(rng, photo)
    page = photo if rng.random() < 0.1 else unwarp(photo, detected(rng, corners, turns))
    mode = rng.choices(["colour", "grey", "bw", "original"], weights=[50, 20, 12, 18])[0]
    page = enhance(rng, page, mode)
    if rng.random() < 0.7:
        page = watermark(rng, page)
    return page, turns


# ---------------------------------------------------------------------------------------------
# Their capture conditions

def beauty(rng, image):
    """The front camera's beauty mode (on by default on many of the phones sold in these
    countries): the picture smoothed wherever its detail is faint (skin, and with it the card's
    fine print and pale captions), kept where it is strong, brightened, warmed a little, with a
    soft glow."""
    pixels = np.asarray(image, float)
    radius = rng.uniform(2.5, 4.5) * image.width / 1500
    smooth = np.asarray(image.filter(ImageFilter.GaussianBlur(radius)), float)
    detail = pixels - smooth
    strength = soft(np.clip(np.abs(detail).mean(axis=2) / rng.uniform(28, 40), 0, 1), 2.0)
    out = smooth + detail * np.clip(0.15 + strength, 0, 1)[:, :, None]
    out = 255 * (np.clip(out, 0, 255) / 255) ** rng.uniform(0.78, 0.9)
    out *= np.array([1.03, 1.0, 0.97])
    glow = np.asarray(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(14)), float)
    out = out * 0.86 + np.maximum(out, glow) * 0.14
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def apply_condition(rng, image, condition):
    """The photo with one of the twenty-first families' capture conditions; (image, JPEG quality
    or None)."""
    if condition == "beauty":
        return beauty(rng, image), None
    if condition == "mirror_saved":  # the front camera's preview, saved left for right, card and all
        return ImageOps.mirror(image), None
    raise ValueError(condition)


# ---------------------------------------------------------------------------------------------
# The surfaces `appscan`'s documents are photographed on

def turned_crop(rng, image, size, spread):
    """`image` (square, larger than `size`'s diagonal) turned up to `spread` degrees and cut to `size`."""
    width, height = size
    big = image.width
    image = image.rotate(rng.uniform(-spread, spread), resample=Image.BICUBIC)
    left, top = (big - width) // 2, (big - height) // 2
    return image.crop((left, top, left + width, top + height))


def notebook(rng, size):
    """A school exercise book lying open: cream paper ruled in pale blue with a red margin, the
    two pages meeting in a shaded fold with a staple, a few lines of faint blue handwriting."""
    width, height = size
    big = int(math.hypot(width, height)) + 20
    paper = tuple(int(v) for v in np.array((244, 242, 232)) + rng.uniform(-8, 4))
    image = Image.new("RGB", (big, big), paper)
    draw = ImageDraw.Draw(image)
    step = rng.uniform(34, 46)
    fold = big * rng.uniform(0.35, 0.65)
    for k in range(int(big / step)):
        draw.line((0, k * step + 60, big, k * step + 60), fill=(150, 182, 222), width=2)
    for margin in (fold + big * 0.07, fold - big * 0.42):
        draw.line((margin, 0, margin, big), fill=(214, 110, 116), width=2)
    for k in range(rng.randint(3, 9)):
        y = 60 + step * rng.randint(1, int(big / step) - 2)
        scribble(draw, rng, fold + big * rng.uniform(0.08, 0.12), y - step * 0.75, big * rng.uniform(0.15, 0.3),
                 step * 0.7, (120, 140, 200), width=1)
    for y in (big * 0.3, big * 0.7):
        draw.rectangle((fold - 2, y - 14, fold + 2, y + 14), fill=(150, 150, 156))
    pixels = np.asarray(image, float)
    xx = np.arange(big, dtype=float)[None, :, None]
    pixels *= 1 - 0.22 * np.exp(-np.abs(xx - fold) / rng.uniform(18, 40))
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    view = np.asarray(turned_crop(rng, image, size, 25).filter(ImageFilter.GaussianBlur(1.0)), float)
    view += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 2.5, view.shape)
    return Image.fromarray(np.clip(view, 0, 255).astype(np.uint8))


SOFA_FABRICS = [(96, 74, 60), (112, 112, 116), (98, 36, 44), (44, 54, 86), (150, 134, 110), (60, 82, 66)]


def sofa(rng, size):
    """A fabric sofa's seat cushion seen from above: the upholstery's fine basket weave in one
    colour, soft hollows where it was sat on, a piped seam across it, the cushion's rolled edge
    darker along one side of the frame."""
    width, height = size
    big = int(math.hypot(width, height)) + 20
    fabric = np.array(rng.choice(SOFA_FABRICS), float)
    yy, xx = np.mgrid[0:big, 0:big].astype(float)
    period = rng.uniform(5, 8)
    weave = np.sin(xx * 2 * math.pi / period) * np.sin(yy * 2 * math.pi / period)
    shade = 0.92 + 0.06 * weave + 0.08 * noise_field(rng, (big, big), 160) + 0.02 * noise_field(rng, (big, big), 3)
    seam = big * rng.uniform(0.2, 0.8)
    shade -= 0.3 * np.exp(-((yy - seam) / 5) ** 2)
    shade += 0.14 * np.exp(-((yy - seam - 9) / 4) ** 2)  # the piping catching the light
    shade -= 0.3 * np.clip((yy - big * 0.9) / (big * 0.1), 0, 1)  # the rolled edge
    image = Image.fromarray(np.clip(fabric * shade[:, :, None], 0, 255).astype(np.uint8))
    view = np.asarray(turned_crop(rng, image, size, 180).filter(ImageFilter.GaussianBlur(0.8)), float)
    view += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 2.0, view.shape)
    return Image.fromarray(np.clip(view, 0, 255).astype(np.uint8))


def surface(rng, name, size):
    if name == "notebook":
        return notebook(rng, size)
    assert name == "sofa", name
    return sofa(rng, size)
