"""The twenty-second held-out family `videocall` for scripts/make-documents.py (its spec is in
document_families.FAMILIES; document_families_twentysecond.py's docstring says why it and
`mobileid` were chosen): the document shown to the camera in a video call and the call
screenshotted. This module draws its card and passport page (a layout no earlier family has) and
"captures" them: the holder's front camera with the document held close (the holder's face behind
it, the hand round it: document_families_twentyfirst_capture.py's hand), the stream's low
resolution and its codec, the call app's screen round it; and its capture condition
`poor_connection`. Imported only for `videocall`."""
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from document_families import (BIOLINUM_BOLD, BIOLINUM_ITALIC, DARK, FLAG_STRIPES, LIBERTINE_BOLD,
                               LIBERTINE_SEMIBOLD, PROPERTY, draw_mrz, pdf417, scribble, shifted)
from document_families_eleventh import coat_of_arms
from document_families_nineteenth import companion_rng, rounded, values_of
from document_families_seventeenth import fitted, noise_field

INK = (24, 22, 30)
CARD = (1012, 638)
PAGE = (1250, 880)
# The holder's front camera (portrait 3:4) and the stream's resolution by level: a call on good
# Wi-Fi, a fair one, a weak 3G/4G one; the document's width as a share of the camera's frame.
CAMERA = (1080, 1440)
STREAMS = {"scan": dict(size=(1080, 1440), quality=(80, 86), share=(0.72, 0.86), tilt=3, shake=0.0),
           "easy": dict(size=(900, 1200), quality=(68, 78), share=(0.7, 0.86), tilt=5, shake=0.15),
           "medium": dict(size=(720, 960), quality=(56, 68), share=(0.7, 0.86), tilt=8, shake=0.3),
           "hard": dict(size=(600, 800), quality=(44, 56), share=(0.74, 0.86), tilt=11, shake=0.45)}


def font(path, size):
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------------------------------------
# The card and the page: topographic contour lines, serif values, the portrait at the right

def contour_ground(rng, size, spec, clear_from=None):
    """A pale tint of the issuer's colour under fine contour lines (the isolines of a smooth
    relief, as on a survey map) in a deeper tint; below `clear_from` a white band."""
    width, height = size
    tint = np.array([0.35 * c + 0.65 * 250 for c in spec["color"]], float)
    relief = noise_field(rng, (height, width), 150) * 0.7 + noise_field(rng, (height, width), 60) * 0.3
    phase = (relief * 9.0) % 1.0
    line = np.exp(-((np.minimum(phase, 1 - phase)) / 0.045) ** 2)
    deep = np.array(shifted(DARK[spec["alpha3"]], 120), float)
    pixels = tint * (1 - 0.45 * line[:, :, None]) + deep * (0.45 * line[:, :, None])
    if clear_from is not None:
        pixels[clear_from:] = 252
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def header(draw, spec, width, subtitle):
    """A band of the issuer's deep colour across the top: the flag at the left, the title in
    Biolinum Bold in white, the subtitle in Biolinum Italic under it, the arms at the right."""
    deep = DARK[spec["alpha3"]]
    draw.rectangle((0, 0, width, 104), fill=deep)
    stripes = FLAG_STRIPES[spec["alpha3"]]
    for k, colour in enumerate(stripes):
        draw.rectangle((30, 22 + k * 60 // len(stripes), 120, 22 + (k + 1) * 60 // len(stripes)), fill=colour)
    draw.rectangle((30, 22, 120, 82), outline=(250, 250, 250), width=2)
    draw.text((146, 14), spec["title"], font=fitted(draw, spec["title"], BIOLINUM_BOLD, 40, width - 270, smallest=22),
              fill=(252, 252, 250))
    draw.text((148, 62), subtitle, font=font(BIOLINUM_ITALIC, 26), fill=shifted(deep, 150))
    coat_of_arms(draw, width - 66, 52, 40, (250, 246, 226))


def field(draw, x, y, caption, value, width, accent, size=32, ink=INK, path=None):
    """A small italic caption over its serif value."""
    if not value:
        return
    draw.text((x, y), caption, font=font(BIOLINUM_ITALIC, 19), fill=accent)
    draw.text((x, y + 22), value, font=fitted(draw, value, path or LIBERTINE_SEMIBOLD, size, width, smallest=18),
              fill=ink)


def call_front(rng, truth, spec, family, photo):
    accent = shifted(DARK[spec["alpha3"]], 20)
    image = contour_ground(rng, CARD, spec)
    draw = ImageDraw.Draw(image)
    header(draw, spec, CARD[0], "Identity Card")
    values = values_of(truth, spec, family, "id_card")
    labels = family["labels"]
    x, right = 40, 676
    field(draw, x, 122, labels["id"], values["id"], right - x, (176, 30, 36), 40, ink=(168, 24, 30),
          path=LIBERTINE_BOLD)
    field(draw, x, 200, labels["surname"], values["surname"], right - x, accent, 36, path=LIBERTINE_BOLD)
    field(draw, x, 270, labels["given"], values["given"], right - x, accent, 32)
    field(draw, x, 340, labels["sex"], values["sex"], 90, accent)
    field(draw, x + 120, 340, labels["dob"], values["dob"], 230, accent)
    field(draw, x + 380, 340, labels["nationality"], values["nationality"], right - x - 380, accent)
    field(draw, x, 410, labels["expiry"], values["expiry"], 230, accent)
    field(draw, x + 260, 410, labels["cardno"], values["cardno"], right - x - 260, accent)
    image.paste(photo, (700, 126))
    draw.rectangle((699, 125, 700 + photo.width, 126 + photo.height), outline=accent, width=2)
    draw.text((40, 486), labels["sign"], font=font(BIOLINUM_ITALIC, 17), fill=accent)
    scribble(draw, companion_rng(truth, "videocall-sign"), 40, 506, 250, 60, (30, 34, 70))
    draw.line((40, 574, 330, 574), fill=accent, width=1)
    return rounded(image, 34)


def call_back(rng, truth, spec, family):
    accent = shifted(DARK[spec["alpha3"]], 20)
    mrz = family["card_mrz"]
    top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 3 - 20
    image = contour_ground(rng, CARD, spec, clear_from=top)
    draw = ImageDraw.Draw(image)
    values = values_of(truth, spec, family, "id_card")
    labels = family["labels"]
    field(draw, 40, 30, labels["pob"], values["pob"], 420, accent)
    field(draw, 40, 100, labels["issue"], values["issue"], 300, accent)
    field(draw, 40, 170, labels["authority"], values["authority"], 440, accent)
    pdf417(draw, companion_rng(truth, "videocall-pdf417"), 520, 36, 8, 14, 2, 12)
    notice = PROPERTY.format(spec["name"].title())
    draw.text((40, 250), notice, font=fitted(draw, notice, BIOLINUM_ITALIC, 19, CARD[0] - 80, smallest=12), fill=accent)
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return rounded(image, 34)


def call_page(rng, truth, spec, family, photo):
    """A passport's data page: the band, the portrait at the LEFT, two columns of captioned
    values, the TD3 MRZ on a white band."""
    accent = shifted(DARK[spec["alpha3"]], 20)
    mrz = family["passport_mrz"]
    top = mrz["bottom"] - int(mrz["pitch"] * mrz["leading"]) * 2 - 24
    image = contour_ground(rng, PAGE, spec, clear_from=top)
    draw = ImageDraw.Draw(image)
    header(draw, spec, PAGE[0], "Passport")
    values = values_of(truth, spec, family, "passport")
    labels = family["passport_labels"]
    image.paste(photo, (40, 140))
    draw.rectangle((39, 139, 40 + photo.width, 140 + photo.height), outline=accent, width=2)
    x, mid, right = 360, 800, PAGE[0] - 40
    field(draw, x, 124, labels["type"], values["type"], 120, accent)
    field(draw, x + 150, 124, labels["code"], values["code"], 150, accent)
    field(draw, mid, 124, labels["docno"], values["docno"], right - mid, (176, 30, 36), 36, ink=(168, 24, 30),
          path=LIBERTINE_BOLD)
    field(draw, x, 194, labels["surname"], values["surname"], right - x, accent, 36, path=LIBERTINE_BOLD)
    field(draw, x, 264, labels["given"], values["given"], right - x, accent)
    field(draw, x, 334, labels["nationality"], values["nationality"], mid - x - 20, accent)
    field(draw, mid, 334, labels["sex"], values["sex"], right - mid, accent)
    field(draw, x, 404, labels["dob"], values["dob"], mid - x - 20, accent)
    field(draw, mid, 404, labels["pob"], values["pob"], right - mid, accent)
    field(draw, x, 474, labels["issue"], values["issue"], mid - x - 20, accent)
    field(draw, mid, 474, labels["expiry"], values["expiry"], right - mid, accent)
    field(draw, x, 544, labels["authority"], values["authority"], mid - x - 20, accent)
    scribble(draw, companion_rng(truth, "videocall-sign"), 60, 560, 240, 60, (30, 34, 70))
    draw_mrz(draw, truth["mrz"], mrz["left"], mrz["bottom"], mrz["pitch"], mrz["leading"])
    return rounded(image, 12)


# ---------------------------------------------------------------------------------------------
# The call

PERSON = {}


def person_key(truth):
    fields = truth["fields"]
    return (fields["full_name"], fields["date_of_birth"], fields["expiry_date"], fields["id_number"])


def render_front(rng, truth, spec, family, kind, portrait_of):
    scene = portrait_of(CAMERA)  # the holder: one draw of a fixture photo, the document's portrait cut from it
    PERSON.clear()
    PERSON[person_key(truth)] = scene
    if kind == "passport":
        crop = scene.crop((120, 80, CAMERA[0] - 120, 80 + int((CAMERA[0] - 240) * 360 / 280)))
        return call_page(rng, truth, spec, family, crop.resize((280, 360)))
    crop = scene.crop((140, 80, CAMERA[0] - 140, 80 + int((CAMERA[0] - 280) * 336 / 260)))
    return call_front(rng, truth, spec, family, crop.resize((260, 336)))


def render_back(rng, truth, spec, family):
    return call_back(rng, truth, spec, family)


def held_close(rng, card, scene, stream):
    """The holder's front camera: the document held close, filling most of the frame's width,
    tilted, the face behind it out of focus, the hand round its held edge (the twenty-first
    capture module's hand and thumb)."""
    import document_families_twentyfirst_capture as shots
    width, height = CAMERA
    pixels = np.asarray(scene.filter(ImageFilter.GaussianBlur(rng.uniform(3, 6))), float)
    share = rng.uniform(*stream["share"])
    w = width * share
    h = w * card.height / card.width
    cx = width / 2 + rng.uniform(-0.06, 0.06) * width
    reach = w / 2 * math.cos(math.radians(stream["tilt"])) + h / 2 * math.sin(math.radians(stream["tilt"]))
    cx = min(max(cx, reach + 0.02 * width), width - reach - 0.02 * width)  # the whole document in the frame
    cy = height * rng.uniform(0.5, 0.64)
    angle = math.radians(rng.uniform(-stream["tilt"], stream["tilt"]))
    lean = rng.uniform(0, 0.06)
    corners = []
    for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        x = sx * w / 2 * (1 - lean if sy < 0 else 1)
        y = sy * h / 2 * (1 - lean / 2 if sy < 0 else 1)
        corners.append((cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle)))
    to_frame = shots.solve([(0, 0), (card.width, 0), (card.width, card.height), (0, card.height)], corners)
    tone = shots.skin_tone(rng, scene)
    # Held by the short edge away from the fields: a card's right (its portrait's side; every
    # field and the MRZ end more than the thumb's reach from it), a passport page's left (the
    # portrait's side too).
    held_left = card.width > 1100
    grid = np.mgrid[0:height, 0:width].astype(float)[::-1]
    v = rng.uniform(0.4, 0.6)
    pixels = shots.hand_behind(rng, pixels, to_frame, card, held_left, tone, grid, v)
    coefficients = shots.pil_coefficients(to_frame)
    warped = np.asarray(card.convert("RGB").transform(CAMERA, Image.PERSPECTIVE, coefficients, Image.BICUBIC), float)
    alpha = np.asarray(card.getchannel("A").transform(CAMERA, Image.PERSPECTIVE, coefficients, Image.BILINEAR),
                       float) / 255
    xx, yy = grid
    a = rng.uniform(0, math.pi)
    band = np.exp(-((((xx * math.cos(a) + yy * math.sin(a)) - rng.uniform(0.2, 0.8) * (width + height) / 2) / 120) ** 2))
    warped += (255 - warped) * (rng.uniform(0.04, 0.16) * band)[:, :, None]
    pixels = pixels * (1 - alpha[:, :, None]) + warped * alpha[:, :, None]
    pixels = shots.thumb_over(rng, pixels, to_frame, card, alpha, held_left, tone, grid, v)
    # The front camera's exposure set by the bright document: the room behind a little darker.
    pixels *= (1 - rng.uniform(0.05, 0.2) * (1 - alpha))[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def codec(rng, frame, size, quality, passes=1):
    """The stream: the camera's frame scaled to the call's resolution and coded (JPEG's 8x8
    blocks and halved chroma standing for the video codec's), the decoder's deblocking softening
    it a little."""
    image = frame.resize(size, Image.BILINEAR)
    for _ in range(passes):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, subsampling=2)
        buffer.seek(0)
        image = Image.open(buffer).convert("RGB")
    return image.filter(ImageFilter.GaussianBlur(0.55))


def session(truth):
    """The call: on a phone or a laptop, how long it has run, who the agent is (a name on a
    tile), drawn from the document's own generator, the same for the front and the back."""
    rng = companion_rng(truth, "videocall-session")
    return dict(laptop=rng.random() < 0.4, seconds=rng.randint(40, 900),
                agent=rng.choice(["KYC Desk", "Account Officer", "Verification", "Customer Care", "Agent"]),
                initials=rng.choice(["AO", "KD", "CS", "VT", "MN"]), colour=rng.choice(
                    [(26, 115, 232), (52, 168, 83), (234, 67, 53), (142, 36, 170), (0, 137, 123)]))


def button(draw, cx, cy, r, fill, glyph, ink=(255, 255, 255)):
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
    if glyph == "end":  # a handset
        draw.rounded_rectangle((cx - r * 0.5, cy - r * 0.14, cx + r * 0.5, cy + r * 0.14), radius=int(r * 0.14), fill=ink)
    elif glyph == "mic":
        draw.rounded_rectangle((cx - r * 0.16, cy - r * 0.45, cx + r * 0.16, cy + r * 0.12), radius=int(r * 0.16), fill=ink)
        draw.arc((cx - r * 0.32, cy - r * 0.3, cx + r * 0.32, cy + r * 0.3), 0, 180, fill=ink, width=max(2, int(r * 0.07)))
    elif glyph == "cam":
        draw.rounded_rectangle((cx - r * 0.45, cy - r * 0.25, cx + r * 0.15, cy + r * 0.25), radius=int(r * 0.08), fill=ink)
        draw.polygon([(cx + r * 0.15, cy), (cx + r * 0.45, cy - r * 0.22), (cx + r * 0.45, cy + r * 0.22)], fill=ink)
    else:  # flip: two arrows round
        draw.arc((cx - r * 0.4, cy - r * 0.4, cx + r * 0.4, cy + r * 0.4), 200, 340, fill=ink, width=max(2, int(r * 0.08)))
        draw.arc((cx - r * 0.4, cy - r * 0.4, cx + r * 0.4, cy + r * 0.4), 20, 160, fill=ink, width=max(2, int(r * 0.08)))


def avatar(draw, box, state):
    """The agent's own tile with the camera off: their initials in a coloured circle."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=24, fill=(48, 50, 56))
    r = min(x1 - x0, y1 - y0) * 0.26
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=state["colour"])
    f = font(BIOLINUM_BOLD, int(r * 0.9))
    w = draw.textlength(state["initials"], font=f)
    draw.text((cx - w / 2, cy - r * 0.55), state["initials"], font=f, fill=(255, 255, 255))


def phone_screen(rng, video, state, later):
    """The agent's phone (1080 x 2340): the customer's video fitted to the width in the middle,
    a blurred, darkened copy of it filling above and below; the caller's name, the call's
    time and `End-to-end encrypted` at the top, the agent's own tile (camera off) at the top
    right, the call's buttons at the bottom."""
    width, height = 1080, 2340
    fill = video.resize((width, int(width * video.height / video.width)), Image.BICUBIC)
    back = video.resize((height * video.width // video.height, height), Image.BILINEAR)
    back = back.crop(((back.width - width) // 2, 0, (back.width - width) // 2 + width, height))
    back = Image.eval(back.filter(ImageFilter.GaussianBlur(30)), lambda v: int(v * 0.45))
    screen = back.copy()
    top = (height - fill.height) // 2 + rng.randint(-40, 40)
    screen.paste(fill, (0, top))
    box = (0, top, width, top + fill.height)
    layer = Image.new("RGBA", screen.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.rectangle((0, 0, width, 300), fill=(0, 0, 0, 70))
    seconds = state["seconds"] + (rng.randint(20, 70) if later else 0)
    draw.text((60, 100), state["agent"], font=font(BIOLINUM_BOLD, 52), fill=(255, 255, 255, 255))
    draw.text((62, 170), f"{seconds // 60:02d}:{seconds % 60:02d}", font=font(BIOLINUM_ITALIC, 38),
              fill=(230, 230, 230, 255))
    draw.text((62, 222), "End-to-end encrypted", font=font(BIOLINUM_ITALIC, 30), fill=(210, 210, 210, 255))
    draw.rectangle((0, height - 330, width, height), fill=(20, 20, 24, 150))
    for k, (glyph, colour) in enumerate([("flip", (70, 72, 80, 255)), ("cam", (70, 72, 80, 255)),
                                         ("mic", (70, 72, 80, 255)), ("end", (226, 48, 48, 255))]):
        button(draw, 180 + k * 240, height - 190, 78, colour, glyph)
    screen.paste(layer, (0, 0), layer)
    draw = ImageDraw.Draw(screen)
    avatar(draw, (width - 300, 90, width - 40, 440), state)
    return screen, box


def laptop_screen(rng, video, state, later):
    """The agent's laptop (1920 x 1080): a meeting app's dark screen, the customer's portrait
    video fitted to the height of the main tile with dark sides, the tile's name label, the
    agent's own small tile (camera off), the toolbar along the bottom."""
    width, height = 1920, 1080
    screen = Image.new("RGB", (width, height), (32, 33, 36))
    draw = ImageDraw.Draw(screen)
    tile = (24, 24, 1560, 960)
    draw.rounded_rectangle(tile, radius=18, fill=(18, 18, 20))
    th = tile[3] - tile[1]
    fit = video.resize((int(th * video.width / video.height), th), Image.BICUBIC)
    left = (tile[0] + tile[2] - fit.width) // 2
    screen.paste(fit, (left, tile[1]))
    box = (left, tile[1], left + fit.width, tile[1] + fit.height)
    draw.rounded_rectangle((tile[0] + 16, tile[3] - 60, tile[0] + 260, tile[3] - 16), radius=10, fill=(0, 0, 0))
    draw.text((tile[0] + 30, tile[3] - 56), "Customer", font=font(BIOLINUM_BOLD, 30), fill=(255, 255, 255))
    avatar(draw, (1584, 24, 1896, 260), state)
    draw.text((1600, 226), state["agent"] + " (You)", font=font(BIOLINUM_ITALIC, 22), fill=(230, 230, 230))
    seconds = state["seconds"] + (rng.randint(20, 70) if later else 0)
    draw.text((40, 1000), f"{seconds // 60:02d}:{seconds % 60:02d}  |  Identity verification",
              font=font(BIOLINUM_BOLD, 30), fill=(232, 234, 237))
    for k, (glyph, colour) in enumerate([("mic", (60, 64, 67)), ("cam", (60, 64, 67)), ("flip", (60, 64, 67)),
                                         ("end", (234, 67, 53))]):
        button(draw, 800 + k * 100, 1016, 34, colour, glyph)
    return screen, box


def capture(rng, flat, level, family, truth, photograph):
    """The call's screenshot: (image, quarter turns: none)."""
    stream = STREAMS[level]
    scene = PERSON[person_key(truth)]
    frame = held_close(rng, flat, scene, stream)
    if rng.random() < stream["shake"]:
        frame = shaken(rng, frame)
    video = codec(rng, frame, stream["size"], rng.randint(*stream["quality"]))
    state = session(truth)
    later = bool(truth.get("quarter_turns"))  # the front is captured first: a side before it means this is the back
    screen, box = laptop_screen(rng, video, state, later) if state["laptop"] else phone_screen(rng, video, state, later)
    # Where the video is on the screen, for `poor_connection` (information only, no pixel).
    screen.info["video_box"] = box
    return screen, 0


def shaken(rng, frame):
    """The hand moving the document while the frame was exposed: smeared a few pixels along
    one direction."""
    length = rng.uniform(4, 12)
    angle = rng.uniform(0, math.pi)
    pixels = np.asarray(frame, float)
    steps = max(2, int(length))
    out = np.zeros_like(pixels)
    for k in range(steps):
        t = k / (steps - 1) - 0.5
        dx, dy = int(round(t * length * math.cos(angle))), int(round(t * length * math.sin(angle)))
        out += np.roll(pixels, (dy, dx), axis=(0, 1))
    return Image.fromarray(np.clip(out / steps, 0, 255).astype(np.uint8))


def poor_connection(rng, image):
    """The connection weakening when the screenshot was taken: the video gone coarse (the
    encoder dropping to a third of its resolution, its blocks showing), a band of blocks
    still a frame behind (smeared a few pixels), and the app's `Poor connection` notice over the
    video; the app's own screen round it unchanged."""
    x0, y0, x1, y1 = image.info.get("video_box", (0, 0) + image.size)
    whole = image
    image = whole.crop((x0, y0, x1, y1))
    width, height = image.size
    small = image.resize((width // 3, height // 3), Image.BILINEAR)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=rng.randint(45, 60), subsampling=2)
    buffer.seek(0)
    coarse = Image.open(buffer).convert("RGB").resize((width, height), Image.BILINEAR)
    pixels = np.asarray(image, float) * 0.35 + np.asarray(coarse, float) * 0.65
    top = int(rng.uniform(0.1, 0.8) * height)
    band = max(16, int(height * rng.uniform(0.03, 0.06))) // 16 * 16
    shift = rng.choice([-1, 1]) * rng.randint(3, 9)
    pixels[top:top + band] = np.roll(pixels[top:top + band], shift, axis=1)
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(out, "RGBA")
    f = font(BIOLINUM_BOLD, max(18, width // 22))
    text = "Poor connection"
    w = draw.textlength(text, font=f)
    x, y = (width - w) / 2, int(height * 0.16)
    draw.rounded_rectangle((x - 30, y - 14, x + w + 30, y + f.size + 14), radius=f.size, fill=(20, 20, 20, 190))
    draw.text((x, y), text, font=f, fill=(255, 255, 255, 255))
    screen = whole.copy()
    screen.paste(out, (x0, y0))
    return screen


def apply_condition(rng, image, condition):
    if condition == "poor_connection":
        return poor_connection(rng, image), None
    raise ValueError(condition)
