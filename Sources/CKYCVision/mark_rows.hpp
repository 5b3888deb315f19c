// Rows of evenly spaced, character-sized marks: how an MRZ's lines look to a connected-component
// pass. Shared by the zone finder (mrz_zone.cpp) and the tilt estimate (text_skew.cpp).
#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace kycvision {

/// One row of evenly spaced, character-sized dark marks.
struct MarkRow {
    cv::Rect box;
    double pitch;
    /// The marks' baseline, rise over run in image coordinates (y down): 0 for a level row.
    double slope;
};

/// Rows of at least 20 character-sized marks side by side, sharing a baseline and a height,
/// at a steady pitch (spread at most 15% of it). They are looked for on `gray` resized to 1200 px
/// wide (where MRZ characters are 12–60 px high), and given in that image's coordinates; `scale`
/// is set to its size over `gray`'s.
std::vector<MarkRow> mark_rows(const cv::Mat &gray, double &scale);

}  // namespace kycvision
