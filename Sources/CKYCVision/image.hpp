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

/// `rect` clipped to an image of `size`.
cv::Rect clipped(const kv_rect &rect, cv::Size size);

}  // namespace kycvision
