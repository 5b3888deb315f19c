// Dot-matrix print (older cards, and certified photocopies of them): each character is a
// grid of separate dots, which Tesseract reads as specks or not at all. The glyphs made of
// dots are found and their dots run together; everything else is left as it is.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "image.hpp"
#include "status.hpp"

namespace {

/// A neighbourhood is judged when at least this many of its pixels lie inside strokes; fewer
/// are specks or punctuation.
constexpr double kSmallestStroke = 12;
/// The share of the stroke interior that is a gap between dots: solid print has none (its
/// inside is as dark as its darkest), dot-matrix print about half.
constexpr double kDottedShare = 0.3;
/// Less of the image than this printed in dots is no dotted print (a dotted rule, a texture).
constexpr double kSmallestArea = 0.002;

/// Where the print is made of dots. `joined` has the dots run together (the ink closed); inside
/// the strokes that makes, a pixel much lighter than its joined value was a gap between dots.
/// Judged per neighbourhood of about a glyph, not per blob, since dotted glyphs touch the rule
/// they are printed on. Small serif print, whose letters nearly touch, is marked now and then
/// too: the reader uses the joined image only as a second reading.
cv::Mat dotted_area(const cv::Mat &gray, const cv::Mat &joined, int glyph) {
    cv::Mat ink, inside;
    const int block = std::max(15, std::max(gray.cols, gray.rows) / 60) | 1;
    cv::adaptiveThreshold(joined, ink, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, block, 12);
    cv::erode(ink, inside, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::Mat gap = inside & ((gray - joined) > 40);
    cv::Mat insideSum, gapSum;
    const cv::Size window(glyph, glyph);
    cv::boxFilter(inside / 255, insideSum, CV_32F, window, cv::Point(-1, -1), false);
    cv::boxFilter(gap / 255, gapSum, CV_32F, window, cv::Point(-1, -1), false);
    cv::Mat dotted = (insideSum >= kSmallestStroke) & (gapSum >= kDottedShare * insideSum);
    cv::dilate(dotted, dotted, cv::getStructuringElement(cv::MORPH_RECT, window));
    return dotted;
}

}  // namespace

extern "C" kv_image *kv_image_dots_joined(const kv_image *image, kv_status *status) {
    return kycvision::guarded<kv_image *>(status, nullptr, [&]() -> kv_image * {
        if (!image) {
            kycvision::set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_image_dots_joined");
            return nullptr;
        }
        kycvision::set_ok(status);
        const cv::Mat gray = kycvision::gray_of(*image);
        const int longest = std::max(gray.cols, gray.rows);
        // A dot pitch of some 3 px on a card 1300 px wide: the closing spans one pitch.
        const int span = std::max(3, static_cast<int>(std::lround(3.0 * longest / 1300)) | 1);
        // Closing the ink (darkest around, then lightest around) fills the light gaps narrower
        // than a pitch and gives every stroke back its width.
        cv::Mat joined;
        cv::morphologyEx(gray, joined, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(span, span)));
        const cv::Mat dotted = dotted_area(gray, joined, 5 * span);
        const int area = cv::countNonZero(dotted);
        if (area < kSmallestArea * gray.total()) return nullptr;
        auto out = std::make_unique<kv_image>();
        out->bgr = image->bgr.clone();
        // The joined strokes come out thinner than print Tesseract was trained on: thickened
        // by a pixel and softened, they read as the font they imitate.
        cv::Mat shown, joinedBGR;
        cv::erode(joined, shown, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2, 2)));
        cv::GaussianBlur(shown, shown, cv::Size(), 1.0);
        cv::cvtColor(shown, joinedBGR, cv::COLOR_GRAY2BGR);
        joinedBGR.copyTo(out->bgr, dotted);
        return out.release();
    });
}
