#!/usr/bin/env python3
"""Photos of a flat card scan for the document reader's tests.

`slanted`: the card tilted about its long axis until it looks 1.9 times as long as it is high
(an ID-1 card is 1.59), then turned 72 degrees so that its text runs up the picture, on a
striped table in a portrait photo. Every adjacent pair of its sides then differs by more than
1.8 times, which the outline finder once took for a strip rather than a card.

`rings`: the card upside down and a little turned on a cloth of dark rings. The rings merge
with the text in the ink the MRZ band finder looks for, in the photo and at the edges of the
card flattened from it, so the zone is found only by its rows of characters at a fixed pitch.

Usage: make-document-photo.py slanted|rings CARD_IMAGE OUT_JPEG
"""
import math
import sys

import numpy as np
from PIL import Image, ImageFilter

# Per kind: the photo's size, the card's corners around a centre (top-left, top-right,
# bottom-right, bottom-left; `slanted`: long sides 1100 and 1120, short sides 590), the turn
# in degrees and the centre.
KINDS = {
    "slanted": dict(photo=(1200, 1600), corners=[(-550, -292), (550, -292), (560, 298), (-560, 298)], turn=-72,
                    centre=(600, 800)),
    "rings": dict(photo=(1600, 1200), corners=[(-560, -353), (560, -353), (560, 353), (-560, 353)], turn=178,
                  centre=(880, 620)),
}


def placed_corners(kind):
    angle = math.radians(kind["turn"])
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = kind["centre"]
    return [(cx + x * cos - y * sin, cy + x * sin + y * cos) for x, y in kind["corners"]]


def perspective_coefficients(photo_corners, card_size):
    """PIL's PERSPECTIVE coefficients: the card pixel each photo pixel comes from."""
    width, height = card_size
    card_corners = [(0, 0), (width, 0), (width, height), (0, height)]
    rows, values = [], []
    for (x, y), (u, v) in zip(photo_corners, card_corners):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return np.linalg.solve(np.array(rows, float), np.array(values, float)).tolist()


def table(size, seed=9):
    """Brown stripes with grain: a wooden or ribbed table top."""
    rng = np.random.default_rng(seed)
    columns = np.arange(size[0])
    stripes = 18 * np.sin(columns / 23.0) + 6 * np.sin(columns / 5.0)
    base = np.array([120, 96, 84], float)
    picture = base[None, None, :] + stripes[None, :, None] + rng.normal(0, 4, (size[1], size[0], 1))
    return Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8))


def rings(size, seed=9):
    """A cloth printed with dark concentric rings on cream, 80 px apart."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size[1], 0:size[0]]
    radius = np.hypot((x % 80) - 40, (y % 80) - 40)
    dark = (radius < 9) | ((radius > 17) & (radius < 25)) | ((radius > 31) & (radius < 36))
    picture = np.where(dark[..., None], [40, 28, 24], [226, 212, 180]).astype(float) + rng.normal(0, 4, (size[1], size[0], 1))
    return Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8))


def main():
    kind_name, card_path, out_path = sys.argv[1:4]
    kind = KINDS[kind_name]
    size = kind["photo"]
    card = Image.open(card_path).convert("RGB")
    corners = placed_corners(kind)
    warped = card.transform(size, Image.Transform.PERSPECTIVE, perspective_coefficients(corners, card.size),
                            Image.Resampling.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(size, Image.Transform.PERSPECTIVE,
                                                    perspective_coefficients(corners, card.size), Image.Resampling.BILINEAR)
    photo = table(size) if kind_name == "slanted" else rings(size)
    photo.paste(warped, (0, 0), mask)
    photo.filter(ImageFilter.GaussianBlur(0.8)).save(out_path, quality=85)


if __name__ == "__main__":
    main()
