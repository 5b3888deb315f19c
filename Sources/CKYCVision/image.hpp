#pragma once

#include <opencv2/core.hpp>

#include "kyc_vision.h"

struct kv_image {
    cv::Mat bgr;  // CV_8UC3
};

namespace kycvision {

/// The image, or one region of it, in gray levels (only that region is converted).
cv::Mat gray_of(const kv_image &image);
cv::Mat gray_of(const kv_image &image, const cv::Rect &region);

/// A copy of `bgr` whose longest side is at most `max_side` (never enlarged; always a copy, so
/// it outlives a buffer the source shares, such as a video decoder's frame).
cv::Mat shrunk_copy(const cv::Mat &bgr, int max_side);

/// Magnitude of the 2-D spectrum of a gray image, its mean removed and a Hann window applied
/// first (so the image's edges add no spurious lines).
cv::Mat windowed_magnitude(const cv::Mat &gray);

/// `gray` with the boxes drawn round its values painted over with the ground around them
/// (ruled_lines.cpp); `gray` itself when it has none.
cv::Mat without_value_boxes(const cv::Mat &gray);

/// `rect` clipped to an image of `size`.
cv::Rect clipped(const kv_rect &rect, cv::Size size);

}  // namespace kycvision
