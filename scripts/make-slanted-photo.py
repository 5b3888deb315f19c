#!/usr/bin/env python3
"""A photo of a flat card scan held at a steep slant, for the document reader's tests.

The card is tilted about its long axis until it looks 1.9 times as long as it is high (an ID-1
card is 1.59), then turned 72 degrees so that its text runs up the picture, and laid on a
striped table in a portrait photo. Every adjacent pair of its sides then differs by more than
1.8 times, which the outline finder once took for a strip rather than a card.

Usage: make-slanted-photo.py CARD_IMAGE OUT_JPEG
"""
import math
import sys

import numpy as np
from PIL import Image, ImageFilter

PHOTO = (1200, 1600)
# The card's corners around its centre (top-left, top-right, bottom-right, bottom-left), in
# pixels: long sides 1100 and 1120, short sides 590.
CORNERS = [(-550, -292), (550, -292), (560, 298), (-560, 298)]
TURN_DEGREES = -72


def placed_corners():
    angle = math.radians(TURN_DEGREES)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = PHOTO[0] / 2, PHOTO[1] / 2
    return [(cx + x * cos - y * sin, cy + x * sin + y * cos) for x, y in CORNERS]


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


def table(seed=9):
    """Brown stripes with grain: a wooden or ribbed table top."""
    rng = np.random.default_rng(seed)
    columns = np.arange(PHOTO[0])
    stripes = 18 * np.sin(columns / 23.0) + 6 * np.sin(columns / 5.0)
    base = np.array([120, 96, 84], float)
    picture = base[None, None, :] + stripes[None, :, None] + rng.normal(0, 4, (PHOTO[1], PHOTO[0], 1))
    return Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8))


def main():
    card_path, out_path = sys.argv[1:3]
    card = Image.open(card_path).convert("RGB")
    corners = placed_corners()
    warped = card.transform(PHOTO, Image.Transform.PERSPECTIVE, perspective_coefficients(corners, card.size),
                            Image.Resampling.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(PHOTO, Image.Transform.PERSPECTIVE,
                                                    perspective_coefficients(corners, card.size), Image.Resampling.BILINEAR)
    photo = table()
    photo.paste(warped, (0, 0), mask)
    photo.filter(ImageFilter.GaussianBlur(0.8)).save(out_path, quality=85)


if __name__ == "__main__":
    main()
