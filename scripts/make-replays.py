#!/usr/bin/env python3
"""A labelled set of screen replays of real videos, to choose replay-detection thresholds.

Each burst is 20 frames of a video of ../shared/fixtures/liveness-video (*.mp4) at the Mini App's
capture cadence (265-330 ms apart, the video frame nearest each capture) from a random start; the
selfie is a frame of the same video at least 2 s from the burst (the farthest one if it is too short).

  real_genuine   the frame as the phone's camera delivers it: cropped to 3:4, scaled to 480x640,
                 exposure drift, sensor noise, JPEG. Nothing else.
  screen_replay  the video played on a phone, laptop or monitor, filmed by the phone. Every screen
                 pixel is rendered as R, G, B sub-pixels (stripes, or a PenTile-like checkerboard on
                 phones) with dark gaps, in a backlit panel's tone (raised black, less saturation,
                 tinted white), seen in perspective at 3x supersampling; then lens blur, the sensor
                 pixels' area averaging and a Bayer sensor. Moire is the sub-pixel grid beating against
                 the sensor, nothing is painted. Then refresh banding, glare on the glass, sometimes the
                 bezel, the room and fingers, and the genuine frames' camera model.

Output (deterministic for a seed; the layout of make-liveness.py, which the tools read):
  OUT/index.json      [{name, label, class, challenge, frames, timestamps, selfie, source, start_ms,
                        selfie_ms, screen}]   (screen: the replay's parameters, null for genuine)
  OUT/<name>/NN.jpg   frames in capture order; OUT/<name>/selfie.jpg

Usage: make-replays.py --out DIR [--seed 1] [--per-video 4] [--videos DIR]   (Pillow, numpy, ffmpeg)
"""
import argparse
import importlib.util
import json
import math
import os
import random
import subprocess
import time
from fractions import Fraction

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


# make-liveness.py's camera model, room, timestamps, homography and tilt (loaded by path: its name has a dash).
_spec = importlib.util.spec_from_file_location("make_liveness", os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-liveness.py"))
live = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(live)
W, H = live.W, live.H
FRAMES, SELFIE_GAP_MS = 20, 2000
S = 3                                   # render samples per output pixel, along each axis
FACE_SHARE, FACE_AT = 0.4, (0.5, 0.42)  # the videos are talking heads: face ~40% of the width, a little above the centre
BINS_R, BINS_H = 1024, 16               # sub-pixel coverage tables: positions in a period x sample footprints
DEVICES = {  # ppi, native resolutions (phones portrait, computers landscape), sub-pixel layouts
    "phone": ((400, 460), [(1080, 2340), (1170, 2532), (1440, 3200)], ["stripe", "pentile"]),
    "laptop": ((130, 220), [(1920, 1080), (2560, 1600), (2880, 1800)], ["stripe"]),
    "monitor": ((90, 110), [(1920, 1080), (2560, 1440)], ["stripe"]),
}


# ---------------------------------------------------------------- video frames and bursts

def probe(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height,r_frame_rate,nb_frames,duration",
                          "-of", "json", path], capture_output=True, text=True, check=True)
    stream = json.loads(out.stdout)["streams"][0]
    fps = float(Fraction(stream["r_frame_rate"]))
    count = int(stream.get("nb_frames") or round(float(stream["duration"]) * fps))
    return dict(width=int(stream["width"]), height=int(stream["height"]), fps=fps, count=count)

def decode(path, info, wanted):
    """The wanted frames (by index) as RGB arrays, from one streaming decode (whole videos would not fit in memory)."""
    size = info["width"] * info["height"] * 3
    process = subprocess.Popen(["ffmpeg", "-loglevel", "error", "-i", path, "-frames:v", str(max(wanted) + 1),
                                "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], stdout=subprocess.PIPE)
    frames, last = {}, None
    for index in range(max(wanted) + 1):
        data = process.stdout.read(size)
        if len(data) < size:
            break  # nb_frames can overstate: later indices get the last frame
        last = frames[index] = np.frombuffer(data, np.uint8).reshape(info["height"], info["width"], 3)
        if index not in wanted:
            del frames[index]
    process.stdout.close()
    process.wait()
    return {index: frames.get(index, last) for index in wanted}

def frame_at(ms, info):
    """The video frame nearest a time; past the end the video plays backwards (no jump cut, no frozen frames)."""
    count, index = info["count"], int(round(ms * info["fps"] / 1000))
    index %= max(1, 2 * (count - 1))
    return index if index < count else 2 * (count - 1) - index

def plan_burst(info, rng):
    """Capture times from a random start, and a selfie moment at least SELFIE_GAP_MS from the burst (or the
    moment farthest from it when the video is too short)."""
    stamps = live.timestamps(FRAMES, rng)
    offsets = [t - stamps[0] for t in stamps]
    end = (info["count"] - 1) * 1000 / info["fps"]
    latest = max(0.0, end - offsets[-1])
    # Prefer starts that leave room for the selfie before or after the burst (short videos: near either end).
    starts = [(a, b) for a, b in [(0.0, latest - SELFIE_GAP_MS), (SELFIE_GAP_MS, latest)] if b >= a] or [(0.0, latest)]
    start = rng.uniform(*rng.choices(starts, weights=[b - a + 1 for a, b in starts])[0])
    spans = [(a, b) for a, b in [(0.0, start - SELFIE_GAP_MS), (start + offsets[-1] + SELFIE_GAP_MS, end)] if b >= a]
    if spans:
        selfie_ms = rng.uniform(*rng.choices(spans, weights=[b - a + 1 for a, b in spans])[0])
    else:
        selfie_ms = 0.0 if start > end - start - offsets[-1] else end
    return dict(timestamps=stamps, start_ms=round(start, 1), selfie_ms=round(selfie_ms, 1),
                indices=[frame_at(start + o, info) for o in offsets], selfie_index=frame_at(selfie_ms, info))

def portrait(frame):
    """The source cropped to 3:4 around its centre and scaled to the camera frame."""
    h, w = frame.shape[:2]
    cw, ch = (h * 3 // 4, h) if w * 4 > h * 3 else (w, w * 4 // 3)
    x0, y0 = (w - cw) // 2, (h - ch) // 2
    return Image.fromarray(frame[y0:y0 + ch, x0:x0 + cw]).resize((W, H), Image.LANCZOS)


# ---------------------------------------------------------------- the screen and how it is held

def apply(coeffs, x, y):
    """PIL PERSPECTIVE coefficients applied to points (image -> screen, or the reverse for the inverse)."""
    a, b, c, d, e, f, g, h = coeffs
    w = g * x + h * y + 1
    return (a * x + b * y + c) / w, (d * x + e * y + f) / w

def placement(setup, shake=(0, 0, 0, 0)):
    """(image->screen, screen->image) coefficients: the face on the screen at the target, rolled, tilted, shaken."""
    sw, sh = setup["resolution"]
    corners = [(0, 0), (sw, 0), (sw, sh), (0, sh)]
    (fx, fy), m = setup["face_on_screen"], setup["m"]
    tx, ty = setup["target"][0] + shake[0], setup["target"][1] + shake[1]
    cos, sin = math.cos(math.radians(setup["roll_deg"] + shake[2])), math.sin(math.radians(setup["roll_deg"] + shake[2]))
    placed = [(tx + m * ((x - fx) * cos - (y - fy) * sin), ty + m * ((x - fx) * sin + (y - fy) * cos)) for x, y in corners]
    seen = live.tilt(placed, (tx, ty), setup["tilt_axis_deg"], setup["tilt_deg"] + shake[3], 1.0)
    return live.homography(corners, seen), live.homography(seen, corners)

def screen_setup(info, rng):
    """One attacker's screen, player and grip. The magnification m (camera pixels per screen pixel) and the
    player's zoom z (screen pixels per video pixel) are chosen together so the face spans ~165-245 px."""
    kind = rng.choice(list(DEVICES))
    ppis, resolutions, layouts = DEVICES[kind]
    (sw, sh), (vw, vh) = rng.choice(resolutions), (info["width"], info["height"])
    z_fit, z_fill = min(sw / vw, sh / vh), max(sw / vw, sh / vh)
    z_min = z_fit if kind == "phone" else 0.15 * z_fit     # a computer may play it in a small window (m up to 3)
    bezel, edges = rng.uniform(0.03, 0.08) * sw, rng.random() < 0.5
    face, face_v = rng.uniform(165, 245), FACE_SHARE * vw
    # Edges in view: the device is smaller than the frame one way (a phone needs m < 0.35 for that); else the screen covers it.
    just_spans = max(W / (sw + 2 * bezel), H / (sh + 2 * bezel)) if edges else max(W / sw, H / sh)
    lo = max(0.25 if edges else 0.35, 165 / (face_v * z_fill), 0 if edges else 1.3 * just_spans)
    hi = min(3.0, 245 / (face_v * z_min), 0.85 * just_spans if edges else 3.0)
    m = math.exp(rng.uniform(math.log(lo), math.log(hi))) if lo < hi else lo
    z = min(max(face / (face_v * m), z_min), z_fill)
    pw, ph, windowed = vw * z, vh * z, z < z_fit
    player = [(sw - pw) / 2 * (1 + windowed * rng.uniform(-0.5, 0.5)), (sh - ph) / 2 * (1 + windowed * rng.uniform(-0.5, 0.5))]
    tint = rng.uniform(0.02, 0.06) * rng.choice([-1, 1])   # + bluish, - warm
    setup = dict(
        kind=kind, ppi=round(rng.uniform(*ppis)), resolution=[sw, sh], layout=rng.choice(layouts), fill=rng.uniform(0.6, 0.9),
        black=rng.uniform(0.02, 0.12), saturation=rng.uniform(0.8, 1.0), white_gains=[1 - tint, 1.0, 1 + tint],
        brightness=rng.uniform(0.8, 1.4), player_zoom=z, windowed=windowed, player=[round(p) for p in player],
        player_size=[round(pw), round(ph)], background=rng.choice([0, 25, 235]) if windowed else 0, m=m,
        face_on_screen=(player[0] + FACE_AT[0] * pw, player[1] + FACE_AT[1] * ph),
        target=(W / 2 + rng.uniform(-20, 20), H * 0.42 + rng.uniform(-20, 20)), roll_deg=rng.uniform(-5, 5),
        tilt_axis_deg=rng.uniform(0, 180), tilt_deg=rng.uniform(-15, 15), edges_visible=edges, bezel=bezel,
        corner_radius=rng.choice([0, rng.uniform(0.02, 0.08) * sw]), bezel_level=rng.uniform(8, 30),
        # Most phone lenses are sharp, a few soft; sometimes the screen is too close to be in focus.
        lens_sigma=0.4 + 0.8 * rng.random() ** 3, defocus_sigma=rng.uniform(0.5, 1.0) if rng.random() < 0.25 else 0.0,
        banding=dict(amplitude=rng.uniform(0, 0.06), period=rng.uniform(20, 200), phase=rng.uniform(0, 2 * math.pi), drift=rng.uniform(0.5, 3)),
        glare=None if rng.random() >= 0.6 else dict(
            strength=rng.uniform(0, 0.35), at=(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)), long=rng.uniform(0.25, 0.6),
            wide=rng.uniform(0.04, 0.15), angle=rng.uniform(0, 180), colour=[1.0, rng.uniform(0.95, 1), rng.uniform(0.85, 1)]),
        hand=None if not edges or kind == "monitor" or rng.random() < 0.5 else dict(
            side=rng.choice(["left", "right", "bottom"]), along=rng.uniform(0.45, 0.8), fingers=rng.randint(1, 3),
            skin=[c * rng.uniform(0.85, 1.1) for c in (205, 150, 120)]))
    for _ in range(0 if edges else 12):   # hold it closer until the screen fills the frame, hand shake included
        screen_at = [apply(placement(setup)[0], x, y) for x in (-8, W + 8) for y in (-8, H + 8)]
        if all(0 <= u <= sw and 0 <= v <= sh for u, v in screen_at):
            break
        setup["m"] *= 1.08   # (a closer screen: a bigger face)
    setup.update(distance_mm=round(live.FOCAL * 25.4 / setup["ppi"] / setup["m"]), face_px=round(face_v * z * setup["m"]))
    return setup


# ---------------------------------------------------------------- rendering the screen

def layout(name, fill):
    """Sub-pixels as products of bar profiles along x and y, {profile: (period, start, length)} in screen pixels,
    and per channel the (x profile, y profile) rectangles that light it."""
    k = math.sqrt(fill)   # the same share of dark gap in both directions
    if name == "stripe":
        xs = {c: (1, i / 3 + (1 - k) / 6, k / 3) for i, c in enumerate("RGB")}
        return xs, {"row": (1, (1 - k) / 2, k)}, [[("R", "row")], [("G", "row")], [("B", "row")]]
    # PenTile-like: large R and B sub-pixels alternate in a checkerboard, a smaller G in every pixel
    big, green = 0.55 * k, 0.4 * k
    xs = {"even": (2, (0.55 - big) / 2, big), "odd": (2, 1 + (0.55 - big) / 2, big), "G": (1, 0.55 + (0.45 - green) / 2, green)}
    ys = {"even": (2, (1 - k) / 2, k), "odd": (2, 1 + (1 - k) / 2, k), "G": (1, (1 - 0.7 * k) / 2, 0.7 * k)}
    return xs, ys, [[("even", "even"), ("odd", "odd")], [("G", "G")], [("odd", "even"), ("even", "odd")]]

def ramp2(x, period, length):
    """Second antiderivative of bars [0, length) repeated every period (closed form, any x)."""
    n = np.floor(x / period)
    r = x - n * period
    inside = np.where(r <= length, r * r / 2, length * (r - length / 2))
    return length * period * n * (n - 1) / 2 + n * (length * period - length * length / 2) + n * length * r + inside

def tent_coverage(t, h, period, start, length):
    """Share of a tent window (centre t, half-width h) lit by the bars: a render sample averages the
    sub-pixels under it, so sub-pixels finer than the samples blend instead of aliasing in the render."""
    r = np.mod(t - start, period)
    return (ramp2(r + h, period, length) - 2 * ramp2(r, period, length) + ramp2(r - h, period, length)) / (h * h)

def subpixel_light(u, v, footprint, setup):
    """(Hs, Ws, 3) emission of the sub-pixel grid at the render samples, white averaging 1 per channel.
    Coverage comes from tables over (position in the period, sample footprint) built for this frame."""
    xs, ys, channels = layout(setup["layout"], setup["fill"])
    lookups = {}
    for axis, (t, profiles) in enumerate(((u, xs), (v, ys))):
        foot = footprint[axis]
        h_values = np.linspace(foot.min(), foot.max() + 1e-6, BINS_H)
        h_index = np.round((foot - h_values[0]) / (h_values[1] - h_values[0])).astype(np.int32) * BINS_R
        h_index = np.repeat(np.repeat(h_index, S, axis=0), S, axis=1)   # footprints vary slowly: per output pixel
        positions = {}
        for key, (period, start, length) in profiles.items():
            if period not in positions:
                positions[period] = np.minimum((np.mod(t, period) * (BINS_R / period)).astype(np.int32), BINS_R - 1) + h_index
            centres = (np.arange(BINS_R) + 0.5) * period / BINS_R
            table = tent_coverage(centres[None, :], h_values[:, None], period, start, length).astype(np.float32)
            lookups[axis, key] = table.ravel()[positions[period]]
    light = np.empty(u.shape + (3,), np.float32)
    for c, rectangles in enumerate(channels):
        mean = sum(xs[a][2] / xs[a][0] * ys[b][2] / ys[b][0] for a, b in rectangles)
        light[..., c] = sum(lookups[0, a] * lookups[1, b] for a, b in rectangles) / mean
    return light

def screen_content(frame, setup):
    """The video frame as the player shows it, per screen pixel in linear light (backlit-panel tone, the
    player's scaling), cropped to the screen, with a one-pixel border of the player's background."""
    tone, black = frame.astype(np.float32) / 255, setup["black"]
    gray = tone.mean(axis=2, keepdims=True)
    tone = black + (1 - black) * (gray + (tone - gray) * setup["saturation"])
    (sw, sh), (px, py), (pw, ph) = setup["resolution"], setup["player"], setup["player_size"]
    shown = np.asarray(Image.fromarray(np.clip(tone * 255, 0, 255).astype(np.uint8)).resize((pw, ph), Image.BILINEAR))
    x0, y0 = max(0, -px), max(0, -py)
    shown = np.pad(shown[y0:min(ph, sh - py), x0:min(pw, sw - px)], ((1, 1), (1, 1), (0, 0)),
                   constant_values=round(255 * black + (1 - black) * setup["background"]))
    table = ((np.arange(256, dtype=np.float32) / 255) ** 2.2)[:, None] * np.float32(setup["white_gains"]) * setup["brightness"]
    return np.stack([table[shown[..., c], c] for c in range(3)], axis=-1), (px + x0, py + y0)

def gather(content, origin, iu, iv):
    """Each render sample takes the colour of the screen pixel it falls on."""
    ch, cw = content.shape[:2]
    col = np.clip(iu - origin[0] + 1, 0, cw - 1).astype(np.int32)
    row = np.clip(iv - origin[1] + 1, 0, ch - 1).astype(np.int32)
    return content.reshape(-1, 3)[row * cw + col]

def device_distance(u, v, setup):
    """Signed distance (screen pixels) to the device's outline: a rounded rectangle, screen plus bezel."""
    (sw, sh), b, r = setup["resolution"], setup["bezel"], setup["corner_radius"]
    qx, qy = np.abs(u - sw / 2) - (sw / 2 + b - r), np.abs(v - sh / 2) - (sh / 2 + b - r)
    return np.hypot(np.maximum(qx, 0), np.maximum(qy, 0)) + np.minimum(np.maximum(qx, qy), 0) - r

def lens_and_sensor(scene, sigma):
    """Lens blur (Gaussian, sigma in output pixels), then each sensor pixel averaging the light on its area:
    one separable kernel, evaluated only at the output pixels, S render samples apart."""
    radius = int(math.ceil(2.5 * sigma * S))
    cdf = lambda x: 0.5 * (1 + math.erf(x / (sigma * S * math.sqrt(2))))
    weights = [cdf(d + S / 2) - cdf(d - S / 2) for d in np.arange(-radius, S + radius) - (S - 1) / 2]
    weights = np.float32(weights) / sum(weights)
    for axis in (0, 1):
        padded = np.pad(scene, [(radius, radius) if a == axis else (0, 0) for a in range(scene.ndim)], mode="edge")
        count = scene.shape[axis] // S
        out = np.zeros(scene.shape[:axis] + (count,) + scene.shape[axis + 1:], np.float32)
        for tap, weight in enumerate(weights):
            out += weight * np.take(padded, np.arange(tap, tap + count * S, S), axis=axis)
        scene = out
    return scene

def tent3(image):
    padded = np.pad(image, 1, mode="edge")
    rows = padded[:-2] + 2 * padded[1:-1] + padded[2:]
    return rows[:, :-2] + 2 * rows[:, 1:-1] + rows[:, 2:]

def bayer(linear):
    """The sensor sees one colour per pixel (RGGB), bilinear demosaicing fills in the rest: colour is sampled
    at half the pixel rate, which is where recaptured screens get their coloured moire."""
    ys, xs = np.mgrid[0:H, 0:W]
    out = np.empty_like(linear)
    for c, seen in enumerate([(ys % 2 == 0) & (xs % 2 == 0), (ys + xs) % 2 == 1, (ys % 2 == 1) & (xs % 2 == 1)]):
        interpolated = tent3(np.where(seen, linear[..., c], 0)) / tent3(seen.astype(np.float32))
        out[..., c] = np.where(seen, linear[..., c], interpolated)
    return out


# ---------------------------------------------------------------- the replay, frame by frame

def textured_room(rng):
    """The room around the device, in linear light: make-liveness's shaded wall, less colourful, with soft blotches."""
    wall = np.asarray(live.room(rng), np.float32) / 255
    gray = wall.mean(axis=2, keepdims=True)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 1, (6, 5)).astype(np.float32)
    blotches = np.asarray(Image.fromarray(noise, "F").resize((W, H), Image.BICUBIC))[..., None]
    return np.clip((gray + 0.5 * (wall - gray)) * (1 + 0.08 * blotches), 0, 1) ** 2.2

def add_glare(linear, u, v, number, setup):
    """A soft elongated highlight on the glass, fixed to the device, sliding a little as the hand tilts it."""
    glare, (sw, sh) = setup["glare"], setup["resolution"]
    width, angle = sw + 2 * setup["bezel"], math.radians(glare["angle"])
    du = (u - glare["at"][0] * sw) / width - 0.015 * math.sin(number * 0.9 + angle)
    dv = (v - glare["at"][1] * sh) / width
    along, across = du * math.cos(angle) + dv * math.sin(angle), -du * math.sin(angle) + dv * math.cos(angle)
    shine = glare["strength"] * np.exp(-(along / glare["long"]) ** 2 - (across / glare["wide"]) ** 2)
    on_glass = np.clip(0.5 - device_distance(u, v, setup) * setup["m"], 0, 1)
    return linear + (shine * on_glass)[..., None] * np.float32(glare["colour"])

def add_hand(linear, inverse, setup, sigma):
    """Fingers gripping one edge of the device, in front of it wherever that edge is in this frame."""
    hand, (sw, sh), b = setup["hand"], setup["resolution"], setup["bezel"]
    mm_screen, mm_image = setup["ppi"] / 25.4, setup["ppi"] / 25.4 * setup["m"]   # pixels per millimetre
    mask, side = Image.new("L", (W, H), 0), hand["side"]
    out = b + 7 * mm_screen   # fingertips ~16 mm thick, 18 mm apart, reaching ~8 mm over the edge
    for finger in range(hand["fingers"]):
        along = hand["along"] + 18 * mm_screen * finger / (sh if side != "bottom" else sw)
        x, y = apply(inverse, *{"left": (-out, along * sh), "right": (sw + out, along * sh), "bottom": ((along - 0.2) * sw, sh + out)}[side])
        rx, ry = (15 * mm_image, 8 * mm_image)[::1 if side != "bottom" else -1]
        ImageDraw.Draw(mask).ellipse([x - rx, y - ry, x + rx, y + ry], fill=255)
    alpha = np.asarray(mask.filter(ImageFilter.GaussianBlur(1 + sigma)), np.float32)[..., None] / 255
    rounded = np.asarray(mask.filter(ImageFilter.GaussianBlur(4 * mm_image)), np.float32)[..., None] / 255  # darker at a finger's sides
    return linear * (1 - alpha) + (np.float32(hand["skin"]) / 255) ** 2.2 * (0.35 + 0.65 * rounded) * alpha

def render_replay(frame, setup, burst, number):
    """One camera frame of the screen showing this video frame, in linear light, as the sensor delivers it."""
    coeffs, inverse = placement(setup, burst["shakes"][number])
    a, b, c, d, e, f, g, h = coeffs
    xo, yo = (np.arange(W, dtype=np.float32) + 0.5)[None, :], (np.arange(H, dtype=np.float32) + 0.5)[:, None]
    (uo, vo), wo = apply(coeffs, xo, yo), g * xo + h * yo + 1
    # How far one render sample reaches on the screen, along its x and y (the homography's Jacobian).
    footprint = ((np.abs(a - g * uo) + np.abs(b - h * uo)) / wo / S, (np.abs(d - g * vo) + np.abs(e - h * vo)) / wo / S)
    u, v = apply([np.float32(k) for k in coeffs], burst["xs"], burst["ys"])
    content, origin = screen_content(frame, setup)
    light = gather(content, origin, np.floor(u), np.floor(v)) * subpixel_light(u, v, footprint, setup)
    band = setup["banding"]   # PWM dimming against the rolling shutter: bands along the camera's rows
    light *= (1 + band["amplitude"] * np.sin(2 * math.pi * burst["ys"] / band["period"] + band["phase"] + band["drift"] * number))[..., None]
    if setup["edges_visible"]:
        sw, sh = setup["resolution"]
        on_screen = ((u >= 0) & (u < sw) & (v >= 0) & (v < sh))[..., None]
        on_device = (device_distance(u, v, setup) <= 0)[..., None]
        light = np.where(on_screen, light, np.where(on_device, np.float32((setup["bezel_level"] / 255) ** 2.2), burst["room"]))
    sigma = math.hypot(setup["lens_sigma"], setup["defocus_sigma"])
    linear = lens_and_sensor(light, sigma)
    if setup["glare"]:
        linear = add_glare(linear, uo, vo, number, setup)
    if setup["hand"]:
        linear = add_hand(linear, inverse, setup, sigma)
    return bayer(linear)

def replay_frames(frames, setup, rng):
    burst = dict(xs=((np.arange(W * S, dtype=np.float32) + 0.5) / S)[None, :], ys=((np.arange(H * S, dtype=np.float32) + 0.5) / S)[:, None],
                 shakes=[(rng.uniform(-4, 4), rng.uniform(-4, 4), rng.uniform(-1, 1), rng.uniform(-1, 1)) for _ in frames])
    if setup["edges_visible"]:
        burst["room"] = np.repeat(np.repeat(textured_room(rng), S, axis=0), S, axis=1).astype(np.float32)
    shots = []
    for number, frame in enumerate(frames):
        linear = render_replay(frame, setup, burst, number)
        shots.append(live.camera(Image.fromarray((np.clip(linear, 0, 1) ** (1 / 2.2) * 255 + 0.5).astype(np.uint8)), rng))
    return shots


# ---------------------------------------------------------------- the set

def save(out, index, name, kind, frames, selfie, plan, source, screen):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    names = [f"{number:02d}.jpg" for number in range(len(frames))]
    for file, data in zip(names + ["selfie.jpg"], frames + [selfie]):
        with open(os.path.join(folder, file), "wb") as handle:
            handle.write(data)
    index.append(dict(name=name, label="genuine" if kind == "real_genuine" else "attack", **{"class": kind}, challenge=["turn_left"],
                      frames=names, timestamps=plan["timestamps"], selfie="selfie.jpg", source=source,
                      start_ms=plan["start_ms"], selfie_ms=plan["selfie_ms"], screen=json.loads(json.dumps(screen), parse_float=lambda x: round(float(x), 3))))

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-video", type=int, default=4, help="genuine and replay bursts per source video")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--videos", default=os.path.join(here, "..", "..", "shared", "fixtures", "liveness-video"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    began, index, counts = time.time(), [], {"real_genuine": 0, "screen_replay": 0}
    for source in sorted(n for n in os.listdir(args.videos) if n.endswith(".mp4")):
        path = os.path.join(args.videos, source)
        info = probe(path)
        bursts = [(kind, plan_burst(info, rng)) for _ in range(args.per_video) for kind in ("real_genuine", "screen_replay")]
        decoded = decode(path, info, {i for _, p in bursts for i in p["indices"] + [p["selfie_index"]]})
        for kind, plan in bursts:
            started, frames = time.time(), [decoded[i] for i in plan["indices"]]
            selfie = live.camera(portrait(decoded[plan["selfie_index"]]), rng)   # the same for both: it must not give the label away
            screen = screen_setup(info, rng) if kind == "screen_replay" else None
            shots = replay_frames(frames, screen, rng) if screen else [live.camera(portrait(f), rng) for f in frames]
            name = f"{kind}-{counts[kind]:03d}"
            counts[kind] += 1
            save(args.out, index, name, kind, shots, selfie, plan, source, screen)
            detail = f"{screen['kind']} {screen['layout']} m={screen['m']:.2f} face~{screen['face_px']}px {'edges' if screen['edges_visible'] else 'full'}" if screen else ""
            print(f"{name} {source} @{plan['start_ms'] / 1000:.1f}s {detail} {(time.time() - started) / FRAMES * 1000:.0f} ms/frame", flush=True)
    with open(os.path.join(args.out, "index.json"), "w") as handle:
        json.dump(index, handle, indent=1)
    print(f"{len(index)} bursts in {args.out}, {time.time() - began:.1f} s")


if __name__ == "__main__":
    main()
