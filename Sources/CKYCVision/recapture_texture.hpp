#pragma once

#include <opencv2/core.hpp>

#include "image.hpp"

namespace kycvision {

/// Writes KV_TEXTURE_FEATURES numbers describing the colour texture of the face box `face`
/// (clipped to the image): see kv_frame_cues.texture for the layout.
void recapture_texture(const kv_image &image, const cv::Rect &face, float *out);

}  // namespace kycvision
