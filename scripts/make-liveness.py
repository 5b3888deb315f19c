#!/usr/bin/env python3
"""A labelled liveness evaluation set: genuine bursts and attack bursts, made from real photos.

Genuine bursts: a person from ../shared/fixtures/faces performs the challenge. The fixture photos
are near-frontal (those that are not are left out), so head poses are re-rendered from one photo with a head-shaped depth model
(an ellipsoid with a nose): the nose moves in front of the eyes and the far eye narrows, as on a
real head. Frames come as the Mini App captures them (three neutral, then six per move about
300 ms apart, the user reacting late and turning over a moment). Every frame varies naturally
(hand shake, exposure, sensor noise, JPEG); the selfie is another photo of the same person
where there is one.

Attacks (class names as in BENCHMARKS.md):
  print            one photo printed and held up: moved, scaled, rotated and tilted in perspective
                   (about the vertical, horizontal or a diagonal axis) to act out each move
  screen           the same on a phone or tablet screen: moire, glare, bluish tint, sometimes a bezel
  wrong_order      genuine frames performing the moves in another order
  repeated_frames  genuine frames with some frames replaced by copies of others
  different_person genuine frames with one move performed by someone else
  selfie_replay    the selfie sent as the burst, or as its first frame
  session_replay   a genuine burst from an earlier session sent again (re-encoded)
  fixture_spoof    the recaptured spoof photos of ../shared/fixtures/spoof, handheld

Output (deterministic for a seed):
  OUT/index.json      [{name, label, class, challenge, frames, timestamps, selfie, replay_of}]
  OUT/<name>/NN.jpg   frames in capture order; OUT/<name>/selfie.jpg

Usage: make-liveness.py --out DIR --openkyc BIN [--seed 5] [--genuine 40] [--attacks 40]
Needs Pillow and numpy; BIN is the openkyc executable (its face-detect gives the landmarks).
"""
import argparse
import csv
import io
import json
import math
import os
import random
import subprocess

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

W, H = 480, 640          # a phone's front camera, portrait
FACE_WIDTH = 200         # face box width in a neutral frame
FOCAL = 520              # pixels: about 50 degrees across the frame
MOVES = ["turn_left", "turn_right", "look_up", "move_closer"]


# ---------------------------------------------------------------- sources

def identities(faces_dir):
    """Groups of photos of one person, from the fixtures' same-person pairs."""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for name in ("master.csv", "face-recognition-pivot.csv"):
        with open(os.path.join(faces_dir, name)) as handle:
            for row in csv.DictReader(handle):
                keys = {k.lower(): v for k, v in row.items()}
                if keys.get("decision", "").lower() in ("yes", "same", "1", "true"):
                    a, b = os.path.basename(keys["file_x"]), os.path.basename(keys["file_y"])
                    parent[find(a)] = find(b)
    groups = {}
    for photo in parent:
        groups.setdefault(find(photo), []).append(photo)
    return [sorted(group) for group in groups.values()]


class Faces:
    """Landmarks of source photos, from one batch run of `openkyc face-detect`."""

    def __init__(self, openkyc, paths):
        out = subprocess.run([openkyc, "face-detect", *paths], capture_output=True, text=True, check=True)
        lines = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
        if len(paths) == 1:
            lines = [dict(file=paths[0], detection=lines[0])]
        self.found = {}
        for line in lines:
            faces = (line.get("detection") or {}).get("faces") or []
            upright_only = (line.get("detection") or {}).get("rotation", 0) == 0
            self.found[line["file"]] = faces[0] if len(faces) == 1 and upright_only else None

    def find(self, path):
        return self.found.get(path)


# The head model turns a face that looks at the camera; a photo already turned further than this
# (eye distances of nose offset, as the server measures yaw) would start every burst mid-turn.
MAX_SOURCE_YAW = 0.12


def nose_offset(landmarks):
    """The nose's offset from the eye centres' midpoint along the eye axis, in eye distances."""
    corners = sorted(landmarks[:4], key=lambda point: point[0])
    left = np.mean(corners[:2], axis=0)
    right = np.mean(corners[2:], axis=0)
    axis = (right - left) / np.linalg.norm(right - left)
    return float(np.dot(np.array(landmarks[4]) - (left + right) / 2, axis) / np.linalg.norm(right - left))


def padded(path):
    """The photo with its border pixels repeated outwards, so framing never shows empty corners."""
    pixels = np.asarray(Image.open(path).convert("RGB"))
    pad = max(pixels.shape[:2]) // 2
    return Image.fromarray(np.pad(pixels, ((pad, pad), (pad, pad), (0, 0)), mode="edge")), pad


def shifted(face, pad):
    moved = dict(face)
    for key in ("left", "right"):
        moved[key] = face[key] + pad
    for key in ("top", "bottom"):
        moved[key] = face[key] + pad
    moved["landmarks"] = [[x + pad, y + pad] for x, y in face["landmarks"]]
    return moved


def upright_spoof_samples(spoof_dir, out_dir):
    """The spoof fixtures are stored lying on their side (head to the left): stand them up."""
    folder = os.path.join(out_dir, "_sources")
    os.makedirs(folder, exist_ok=True)
    paths = {}
    for name in ("image_T1.jpg", "image_F1.jpg", "image_F2.jpg"):
        target = os.path.join(folder, name.replace(".jpg", ".png"))
        Image.open(os.path.join(spoof_dir, name)).convert("RGB").rotate(-90, expand=True).save(target)
        paths[name] = target
    return paths


# ---------------------------------------------------------------- framing and rendering

def frame_photo(photo, face, rng, zoom=1.0):
    """Crops and scales a photo so the face sits in a portrait frame; returns (frame, head)."""
    points = np.array(face["landmarks"], dtype=float)
    box_width = face["right"] - face["left"]
    scale = FACE_WIDTH * zoom * rng.uniform(0.95, 1.05) / box_width
    eyes = points[:4].mean(axis=0)
    roll = math.radians(rng.uniform(-3, 3))
    target = np.array([W / 2 + rng.uniform(-10, 10), H * 0.42 + rng.uniform(-10, 10)])
    # Output -> source affine for PIL: src = A @ (out - target) + eyes
    cos, sin = math.cos(roll) / scale, math.sin(roll) / scale
    a, b, d, e = cos, -sin, sin, cos
    c = eyes[0] - a * target[0] - b * target[1]
    f = eyes[1] - d * target[0] - e * target[1]
    frame = photo.transform((W, H), Image.AFFINE, (a, b, c, d, e, f), resample=Image.BILINEAR)
    # Where the eyes and nose land in the frame (inverse of the affine above).
    inverse = np.linalg.inv(np.array([[a, b], [d, e]]))
    mapped = (inverse @ (points - np.array([c, f])).T).T
    iod = np.linalg.norm(mapped[:2].mean(axis=0) - mapped[2:4].mean(axis=0))
    return frame, {"eyes": mapped[:4].mean(axis=0), "nose": mapped[4], "iod": iod}


def turn_head(frame, head, yaw_deg, pitch_deg):
    """Re-renders the head turned by yaw (positive: the person's left) and pitch (positive: up)."""
    if abs(yaw_deg) < 0.01 and abs(pitch_deg) < 0.01:
        return frame
    pixels = np.asarray(frame, dtype=np.float32)
    d = head["iod"]
    cx, cy = head["eyes"][0], head["eyes"][1] + 0.3 * d
    a, b, depth = 1.05 * d, 1.45 * d, 1.0 * d
    nx, ny = head["nose"][0], head["eyes"][1] + 0.55 * d
    theta, phi = math.radians(yaw_deg), math.radians(pitch_deg)

    def displacement(u, v):
        r2 = ((u - cx) / a) ** 2 + ((v - cy) / b) ** 2
        z = depth * np.sqrt(np.clip(1 - r2, 0, None))
        z = z + 0.45 * d * np.exp(-(((u - nx) / (0.22 * d)) ** 2 + ((v - ny) / (0.35 * d)) ** 2))
        x1 = (u - cx) * math.cos(theta) + z * math.sin(theta)
        z1 = -(u - cx) * math.sin(theta) + z * math.cos(theta)
        y1 = (v - cy) * math.cos(phi) - z1 * math.sin(phi)
        weight = np.clip((1.25 - np.sqrt(r2)) / 0.35, 0, 1)  # the head moves, the room does not
        return weight * (cx + x1 - u), weight * (cy + y1 - v)

    # Only the head's surroundings move: warp that window, keep the rest of the frame.
    x0, x1 = max(0, int(cx - 1.4 * a)), min(W, int(cx + 1.4 * a) + 1)
    y0, y1 = max(0, int(cy - 1.4 * b)), min(H, int(cy + 1.4 * b) + 1)
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    u, v = xs.copy(), ys.copy()
    for _ in range(24):  # invert the forward map by damped fixed-point iteration (undamped, it
        du, dv = displacement(u, v)  # oscillates where the turn compresses the face: doubled eyes)
        u, v = 0.5 * (u + xs - du), 0.5 * (v + ys - dv)
    out = np.asarray(frame).copy()
    out[y0:y1, x0:x1] = sample(pixels, u, v)
    return Image.fromarray(out)


def sample(pixels, u, v):
    """Bilinear lookup of pixels at (u, v), edges clamped."""
    u = np.clip(u, 0, pixels.shape[1] - 1.001)
    v = np.clip(v, 0, pixels.shape[0] - 1.001)
    x0, y0 = np.floor(u).astype(int), np.floor(v).astype(int)
    fx, fy = (u - x0)[..., None], (v - y0)[..., None]
    top = pixels[y0, x0] * (1 - fx) + pixels[y0, x0 + 1] * fx
    bottom = pixels[y0 + 1, x0] * (1 - fx) + pixels[y0 + 1, x0 + 1] * fx
    return np.clip(top * (1 - fy) + bottom * fy, 0, 255).astype(np.uint8)


def camera(image, rng, quality=None):
    """What a phone adds: exposure drift, sensor noise, JPEG."""
    pixels = np.asarray(image, dtype=np.float32) * rng.uniform(0.94, 1.06) + rng.uniform(-6, 6)
    pixels += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(2.0, 3.5), pixels.shape)
    out = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=quality or rng.randint(80, 92))
    return out.getvalue()


# ---------------------------------------------------------------- genuine bursts

POSES = {"turn_left": (24, 0, 1.0), "turn_right": (-24, 0, 1.0), "look_up": (0, 18, 1.0), "move_closer": (0, 0, 1.4)}


NEUTRAL_FRAMES, FRAMES_PER_MOVE = 3, 6   # as the Mini App captures: 5 frames per prompt, then "back to the centre"
FRAME_GAP_MS = (265, 330)                # its 250 ms wait plus the time a cheap phone takes to encode a JPEG


def schedule(moves, rng, strength=1.0):
    """(yaw, pitch, zoom) per frame, at the Mini App's capture times: three neutral frames, then per
    move five frames while its prompt shows and one as "back to the centre" appears. The user reacts
    after a delay, turns over a moment and holds; the first frame of a move still shows the end of
    the previous one. `strength` scales the turns (real people turn anywhere from 20 to 50 degrees)."""
    poses = [(rng.uniform(-2, 2), rng.uniform(-2, 2), 1.0) for _ in range(NEUTRAL_FRAMES)]
    previous = (0.0, 0.0, 1.0)
    for move in moves:
        yaw, pitch, zoom = POSES[move]
        yaw *= strength
        amplitude = rng.uniform(0.9, 1.25)
        reaction, turning = rng.uniform(0.2, 0.6), rng.uniform(0.3, 0.7)   # seconds
        residual = rng.uniform(0.1, 0.5)
        for frame in range(FRAMES_PER_MOVE):
            seconds = frame * sum(FRAME_GAP_MS) / 2000
            share = min(1.0, max(0.0, (seconds - reaction) / turning)) * (0.95 if frame == FRAMES_PER_MOVE - 1 else 1.0)
            carried = residual if frame == 0 else 0.0
            poses.append((yaw * amplitude * share + previous[0] * carried + rng.uniform(-2, 2),
                          pitch * amplitude * share + previous[1] * carried + rng.uniform(-2, 2),
                          1 + (zoom - 1) * share + (previous[2] - 1) * carried))
        previous = (yaw * amplitude, pitch * amplitude, zoom)
    return poses


def capture_style(rng):
    """How one real capture differs from a clean render, chosen once per burst (what the shared real
    videos show): some people turn strongly, a head caught mid-turn is smeared by motion blur and
    skewed by the rolling shutter, auto-exposure follows the face, and a laptop webcam is soft and
    noisy."""
    return {"strength": rng.choice([1.0, 1.0, rng.uniform(1.2, 1.4)]),
            "blur_px_per_degree": rng.uniform(0.0, 0.12),
            "shutter_skew_per_degree": rng.uniform(0.0, 0.0012),
            "exposure_per_degree": rng.uniform(-0.008, 0.008),
            "webcam": rng.random() < 0.25}


def as_captured(image, change_deg, yaw_deg, style, rng):
    """A rendered frame through the capture defects of `style`; `change_deg` is how far the head
    turned since the previous frame (motion during the exposure and the shutter's scan)."""
    pixels = np.asarray(image, dtype=np.float32)
    smear = int(round(abs(change_deg) * style["blur_px_per_degree"]))
    if smear >= 1:
        pixels = sum(np.roll(pixels, shift, axis=1) for shift in range(-smear, smear + 1)) / (2 * smear + 1)
    skew = change_deg * style["shutter_skew_per_degree"]
    if abs(skew) > 1e-4:
        sheared = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        pixels = np.asarray(sheared.transform(sheared.size, Image.AFFINE, (1, skew, -skew * H / 2, 0, 1, 0),
                                              resample=Image.BILINEAR), dtype=np.float32)
    pixels = pixels * (1 + style["exposure_per_degree"] * abs(yaw_deg))
    if style["webcam"]:
        small = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).resize((W * 3 // 5, H * 3 // 5), Image.BILINEAR)
        pixels = np.asarray(small.resize((W, H), Image.BILINEAR), dtype=np.float32)
        pixels += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(3.0, 5.0), pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def render_genuine(photo, face, moves, rng):
    frames = []
    style = capture_style(rng)
    previous_yaw = 0.0
    for yaw, pitch, zoom in schedule(moves, rng, style["strength"]):
        framed, head = frame_photo(photo, face, rng, zoom)
        turned = turn_head(framed, head, yaw, pitch)
        frames.append(camera(as_captured(turned, yaw - previous_yaw, yaw, style, rng), rng))
        previous_yaw = yaw
    return frames


def timestamps(count, rng):
    start = rng.uniform(1e12, 2e12)
    times = [start]
    for _ in range(count - 1):
        times.append(times[-1] + rng.uniform(*FRAME_GAP_MS))
    return [round(t, 1) for t in times]


# ---------------------------------------------------------------- presentation attacks

def homography(src, dst):
    """PIL PERSPECTIVE coefficients mapping output points dst back to source points src."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y]); rhs.append(v)
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def tilt(corners, centre, axis_deg, angle_deg, scale):
    """Corners of a flat sheet rotated by angle about an in-plane axis through centre, seen by a pinhole camera."""
    axis = np.array([math.cos(math.radians(axis_deg)), math.sin(math.radians(axis_deg)), 0.0])
    angle = math.radians(angle_deg)
    k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    rotation = np.eye(3) + math.sin(angle) * k + (1 - math.cos(angle)) * (k @ k)
    projected = []
    for x, y in corners:
        p = rotation @ np.array([(x - centre[0]) * scale, (y - centre[1]) * scale, 0.0])
        z = FOCAL + p[2]
        projected.append((centre[0] + FOCAL * p[0] / z, centre[1] + FOCAL * p[1] / z))
    return projected


def as_print(image, rng):
    """Ink on paper: less contrast and colour, a little softer."""
    pixels = np.asarray(image, dtype=np.float32)
    gray = pixels.mean(axis=2, keepdims=True)
    pixels = gray + (pixels - gray) * rng.uniform(0.6, 0.85)
    pixels = 235 - (235 - pixels) * rng.uniform(0.7, 0.85)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))


def as_screen(image, rng):
    """A photo on a phone screen as a camera sees it: moire from the pixel grid, a bluish cast, glare."""
    pixels = np.asarray(image, dtype=np.float32) * np.array([0.92, 0.98, 1.08])
    ys, xs = np.mgrid[0:image.height, 0:image.width].astype(np.float32)
    angle = rng.uniform(0, math.pi)
    frequency = rng.uniform(0.12, 0.3)
    wave = np.sin(2 * math.pi * frequency * (xs * math.cos(angle) + ys * math.sin(angle)))
    pixels *= (1 + rng.uniform(0.06, 0.14) * wave)[..., None]
    glare = np.exp(-(((xs - rng.uniform(0, image.width)) / (0.3 * image.width)) ** 2
                     + ((ys - rng.uniform(0, image.height)) / (0.5 * image.height)) ** 2))
    pixels += rng.uniform(40, 90) * glare[..., None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def room(rng):
    """The attacker's background: a wall with some shading."""
    base = np.array([rng.randint(90, 200) for _ in range(3)], dtype=np.float32)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    shade = 1 + 0.25 * (xs / W - 0.5) * rng.choice([-1, 1]) + 0.15 * (ys / H - 0.5)
    return Image.fromarray(np.clip(base * shade[..., None], 0, 255).astype(np.uint8))


# How a photo held up acts out each move: (axis in degrees, tilt in degrees, scale).
ACTING = {"turn_left": [(90, -35, 1.0), (45, -40, 1.0), (135, -40, 1.0)],
          "turn_right": [(90, 35, 1.0), (45, 40, 1.0), (135, 40, 1.0)],
          "look_up": [(0, 30, 1.0)], "move_closer": [(0, 0, 1.35)]}


def render_sheet(photo, face, moves, rng, kind):
    """A print or screen held in front of the camera, tilted to act out the moves."""
    framed, _ = frame_photo(photo, face, rng, rng.uniform(0.9, 1.1))
    sheet = as_print(framed, rng) if kind == "print" else as_screen(framed, rng)
    margin = rng.choice([0, 0, 24])  # paper margin or bezel, when the edges are in view
    edges_visible = rng.random() < 0.5
    if edges_visible:
        framing = Image.new("RGB", (W + 2 * margin, H + 2 * margin), (245, 245, 240) if kind == "print" else (12, 12, 12))
        framing.paste(sheet, (margin, margin))
        sheet, inset = framing, 0.85
    else:
        inset = 1.25  # held close: the sheet fills the frame
    centre = (W / 2, H * 0.45)
    base_scale = inset * W / sheet.width
    corners = [(0, 0), (sheet.width, 0), (sheet.width, sheet.height), (0, sheet.height)]
    frames = []
    for yaw, pitch, zoom in schedule(moves, rng):
        move = None
        for name in moves:
            ref_yaw, ref_pitch, ref_zoom = POSES[name]
            if (ref_yaw and yaw * ref_yaw > 0.3 * ref_yaw ** 2) or (ref_pitch and pitch * ref_pitch > 0.3 * ref_pitch ** 2) \
                    or (ref_zoom > 1 and zoom > 1.1):
                move = name
        axis, angle, scale = (0, rng.uniform(-3, 3), 1.0)
        if move:
            axis, angle, scale = rng.choice(ACTING[move])
            share = max(abs(yaw) / 24, abs(pitch) / 15, (zoom - 1) / 0.4, 0.3)
            angle *= min(share, 1.2)
            scale = 1 + (scale - 1) * min(share, 1.2)
        offset = (rng.uniform(-15, 15), rng.uniform(-15, 15))
        sheet_centre = (sheet.width / 2, sheet.height * 0.45)
        placed = [(centre[0] + (x - sheet_centre[0]) * base_scale, centre[1] + (y - sheet_centre[1]) * base_scale)
                  for x, y in corners]
        tilted = tilt(placed, centre, axis + rng.uniform(-5, 5), angle, scale)
        tilted = [(x + offset[0], y + offset[1]) for x, y in tilted]
        warped = sheet.transform((W, H), Image.PERSPECTIVE, homography(corners, tilted), resample=Image.BILINEAR)
        mask = Image.new("L", sheet.size, 255).transform((W, H), Image.PERSPECTIVE, homography(corners, tilted))
        shot = room(rng)
        shot.paste(warped, (0, 0), mask)
        frames.append(camera(shot, rng))
    return frames


# ---------------------------------------------------------------- the set

def reencode(data, rng, shift=0):
    image = Image.open(io.BytesIO(data))
    if shift:
        image = image.transform(image.size, Image.AFFINE, (1, 0, shift, 0, 1, shift), resample=Image.BILINEAR)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=rng.randint(78, 90))
    return out.getvalue()


def write_videos(folder, frames, stamps):
    """The burst as the phone's recorder would have sent it: one video frame per capture, at its
    capture time (variable frame rate, like MediaRecorder), in WebM/VP8 and MP4/H.264."""
    listing = os.path.join(folder, "frames.txt")
    with open(listing, "w") as handle:
        for number, name in enumerate(frames):
            handle.write(f"file '{name}'\n")
            if number + 1 < len(frames):
                handle.write(f"duration {(stamps[number + 1] - stamps[number]) / 1000:.4f}\n")
    written = []
    for name, codec in (("video.webm", ["-c:v", "libvpx", "-b:v", "1M"]), ("video.mp4", ["-c:v", "libx264", "-pix_fmt", "yuv420p"])):
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", listing,
                        "-fps_mode", "vfr", *codec, os.path.join(folder, name)], check=True)
        written.append(name)
    os.remove(listing)
    return written


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--openkyc", required=True)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--genuine", type=int, default=40)
    parser.add_argument("--attacks", type=int, default=40, help="bursts per attack class")
    parser.add_argument("--videos", type=int, default=0,
                        help="also write the first N genuine and print bursts as WebM (VP8) and MP4 (H.264) videos")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--faces", default=os.path.join(here, "..", "..", "shared", "fixtures", "faces"))
    parser.add_argument("--spoof", default=os.path.join(here, "..", "..", "shared", "fixtures", "spoof"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    spoofs = upright_spoof_samples(args.spoof, args.out)
    groups = identities(args.faces)
    paths = [os.path.join(args.faces, name) for group in groups for name in group] + list(spoofs.values())
    faces = Faces(args.openkyc, paths)

    def load_source(path):
        face = faces.find(path)
        if not face or face["right"] - face["left"] < 90 or abs(nose_offset(face["landmarks"])) > MAX_SOURCE_YAW:
            return None
        photo, pad = padded(path)
        return photo, shifted(face, pad)

    people = [usable for usable in ([load_source(os.path.join(args.faces, n)) for n in group] for group in groups)]
    people = [[p for p in group if p] for group in people]
    people = [group for group in people if group]
    live = load_source(spoofs["image_T1.jpg"])
    if live:
        people.append([live])
    rng.shuffle(people)

    os.makedirs(args.out, exist_ok=True)
    index = []

    def save(name, label, kind, challenge, frames, selfie, replay_of=None):
        folder = os.path.join(args.out, name)
        os.makedirs(folder, exist_ok=True)
        names = []
        for number, data in enumerate(frames):
            names.append(f"{number:02d}.jpg")
            with open(os.path.join(folder, names[-1]), "wb") as handle:
                handle.write(data)
        with open(os.path.join(folder, "selfie.jpg"), "wb") as handle:
            handle.write(selfie)
        index.append(dict(name=name, label=label, **{"class": kind}, challenge=challenge, frames=names,
                          timestamps=timestamps(len(frames), rng), selfie="selfie.jpg", replay_of=replay_of))

    def challenge():
        while True:
            moves = []
            count = rng.randint(2, 4)
            while len(moves) < count:
                move = rng.choice(MOVES)
                if not moves or moves[-1] != move:
                    moves.append(move)
            if any(m.startswith("turn") for m in moves):
                return moves

    def person_and_selfie(person):
        photo, face = rng.choice(person)
        others = [p for p in person if p[0] is not photo]
        selfie_photo, selfie_face = rng.choice(others) if others else (photo, face)
        framed, _ = frame_photo(selfie_photo, selfie_face, rng)
        return photo, face, camera(framed, rng)

    genuine = []
    for number in range(args.genuine):
        person = people[number % len(people)]
        photo, face, selfie = person_and_selfie(person)
        moves = challenge()
        frames = render_genuine(photo, face, moves, rng)
        save(f"genuine-{number:03d}", "genuine", "genuine", moves, frames, selfie)
        genuine.append((index[-1], frames, person))

    for number in range(args.attacks):
        person = people[number % len(people)]
        photo, face, selfie = person_and_selfie(person)
        moves = challenge()
        for kind in ("print", "screen"):
            save(f"{kind}-{number:03d}", "attack", kind, moves, render_sheet(photo, face, moves, rng, kind), selfie)

        shuffled = moves[:]
        while shuffled == moves:
            rng.shuffle(shuffled)
        save(f"wrong_order-{number:03d}", "attack", "wrong_order", moves, render_genuine(photo, face, shuffled, rng), selfie)

        frames = render_genuine(photo, face, moves, rng)
        for _ in range(rng.randint(2, 4)):
            source, target = rng.sample(range(len(frames)), 2)
            frames[target] = frames[source] if rng.random() < 0.5 else reencode(frames[source], rng)
        save(f"repeated_frames-{number:03d}", "attack", "repeated_frames", moves, frames, selfie)

        stranger = people[(number + 1 + rng.randrange(len(people) - 1)) % len(people)]
        other_photo, other_face = rng.choice(stranger)
        rng_state = rng.getstate()
        frames = render_genuine(photo, face, moves, rng)
        rng.setstate(rng_state)
        swapped = render_genuine(other_photo, other_face, moves, rng)
        move = rng.randrange(len(moves))
        first = NEUTRAL_FRAMES + FRAMES_PER_MOVE * move
        for position in range(first + 1, first + FRAMES_PER_MOVE - 1):
            frames[position] = swapped[position]
        save(f"different_person-{number:03d}", "attack", "different_person", moves, frames, selfie)

        if number % 2 == 0:
            frames = [reencode(selfie, rng, shift=rng.choice([0, 1])) for _ in range(NEUTRAL_FRAMES + FRAMES_PER_MOVE * len(moves))]
        else:
            frames = render_genuine(photo, face, moves, rng)
            frames[0] = selfie
        save(f"selfie_replay-{number:03d}", "attack", "selfie_replay", moves, frames, selfie)

        original, original_frames, _ = genuine[number % len(genuine)]
        save(f"session_replay-{number:03d}", "attack", "session_replay", original["challenge"],
             [reencode(f, rng) for f in original_frames], open(os.path.join(args.out, original["name"], "selfie.jpg"), "rb").read(),
             replay_of=original["name"])

    for number in range(max(2, args.attacks // 4)):
        spoof = load_source(spoofs[["image_F1.jpg", "image_F2.jpg"][number % 2]])
        if not spoof:
            continue
        photo, face = spoof
        moves = challenge()
        frames = [camera(frame_photo(photo, face, rng, zoom)[0], rng) for _, _, zoom in schedule(moves, rng)]
        save(f"fixture_spoof-{number:03d}", "attack", "fixture_spoof", moves, frames,
             camera(frame_photo(photo, face, rng)[0], rng))

    for entry in index:
        number = int(entry["name"].rsplit("-", 1)[1])
        if entry["class"] in ("genuine", "print") and number < args.videos:
            entry["videos"] = write_videos(os.path.join(args.out, entry["name"]), entry["frames"], entry["timestamps"])

    with open(os.path.join(args.out, "index.json"), "w") as handle:
        json.dump(index, handle, indent=1)
    print(f"{len(index)} bursts in {args.out}")


if __name__ == "__main__":
    main()
