// How far the text of a photo is tilted, and turning it straight: for documents whose
// outline is hidden or cut off (a hand, the frame's edge), so no perspective flattened them.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "image.hpp"
#include "mark_rows.hpp"
#include "status.hpp"

namespace {

/// The tilt of rows of evenly spaced characters (an MRZ's lines), when there are any: the
/// median of their baselines' directions. A busy pattern round the document (a cloth of rings)
/// makes more blobs than the text does and sways the line blobs' estimate below; the zone's
/// rows are found by their pitch, which no pattern shares.
std::optional<double> mrz_row_skew(const cv::Mat &gray, double max_degrees) {
    double scale = 1;  // a slope is the same at any scale
    std::vector<double> directions;
    for (const kycvision::MarkRow &row : kycvision::mark_rows(gray, scale)) {
        const double direction = std::atan(row.slope) * 180 / CV_PI;
        if (std::abs(direction) <= max_degrees) directions.push_back(direction);
    }
    if (directions.empty()) return std::nullopt;
    std::nth_element(directions.begin(), directions.begin() + directions.size() / 2, directions.end());
    return directions[directions.size() / 2];
}

/// The tilt in degrees (counter-clockwise positive, as OpenCV turns) within ±max_degrees:
/// dark text brought out by a black-hat transform, its characters closed into line blobs, and
/// the length-weighted median direction of the long, thin blobs (lines of text; the MRZ's
/// two or three lines weigh most). 0 when no line of text is found.
double text_skew(const cv::Mat &gray, double max_degrees) {
    if (const auto rows = mrz_row_skew(gray, max_degrees)) return *rows;
    const double scale = 1000.0 / std::max(gray.cols, gray.rows);
    cv::Mat small, blackhat, mask;
    cv::resize(gray, small, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::morphologyEx(small, blackhat, cv::MORPH_BLACKHAT, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(13, 13)));
    cv::threshold(blackhat, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(9, 3)));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<std::pair<double, double>> lines;  // (direction, length)
    double total = 0;
    for (const auto &contour : contours) {
        if (contour.size() < 5) continue;
        const cv::RotatedRect box = cv::minAreaRect(contour);
        cv::Point2f corners[4];
        box.points(corners);
        cv::Point2f a = corners[1] - corners[0], b = corners[2] - corners[1];
        if (cv::norm(a) < cv::norm(b)) std::swap(a, b);
        const double length = cv::norm(a), thickness = cv::norm(b);
        if (length < 60 || length < 6 * std::max(1.0, thickness)) continue;  // a line of text, not a blob
        double direction = std::atan2(a.y, a.x) * 180 / CV_PI;
        if (direction > 90) direction -= 180;
        if (direction <= -90) direction += 180;
        if (std::abs(direction) > max_degrees) continue;
        lines.emplace_back(direction, length);
        total += length;
    }
    if (lines.empty()) return 0;
    std::sort(lines.begin(), lines.end());
    double seen = 0;
    for (const auto &[direction, length] : lines) {
        seen += length;
        if (seen >= total / 2) return direction;
    }
    return lines.back().first;
}

}  // namespace

extern "C" int kv_text_skew(const kv_image *image, double max_degrees, double *degrees, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!image || !degrees || !(max_degrees > 0) || max_degrees > 45) {
            kycvision::set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_text_skew");
            return -1;
        }
        *degrees = text_skew(kycvision::gray_of(*image), max_degrees);
        kycvision::set_ok(status);
        return 0;
    });
}

extern "C" kv_image *kv_image_turned(const kv_image *image, double degrees) {
    try {
        if (!image || !std::isfinite(degrees)) return nullptr;
        const cv::Mat &bgr = image->bgr;
        const double radians = degrees * CV_PI / 180, c = std::abs(std::cos(radians)), s = std::abs(std::sin(radians));
        const cv::Size size(static_cast<int>(bgr.cols * c + bgr.rows * s), static_cast<int>(bgr.cols * s + bgr.rows * c));
        cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(bgr.cols / 2.0f, bgr.rows / 2.0f), degrees, 1.0);
        turn.at<double>(0, 2) += (size.width - bgr.cols) / 2.0;  // keep every corner in view
        turn.at<double>(1, 2) += (size.height - bgr.rows) / 2.0;
        cv::Mat out;
        cv::warpAffine(bgr, out, turn, size, cv::INTER_CUBIC, cv::BORDER_REPLICATE);
        return new kv_image{out};
    } catch (...) {
        return nullptr;
    }
}
