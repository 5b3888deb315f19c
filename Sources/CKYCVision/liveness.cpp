// Passive liveness cues of one frame: a perceptual hash, a face patch for repeat checks, the
// spectrum's periodic peaks (screen moiré, print halftone), straight frame edges around the face
// (bezel, paper), a device's edge below it and the face region's tonal statistics. Each is a
// number; the Swift side decides.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

#include "image.hpp"
#include "recapture_texture.hpp"
#include "status.hpp"

using kycvision::gray_of;
using kycvision::set_ok;
using kycvision::set_status;

namespace {

cv::Rect box_rect(const double *box, cv::Size size, double grow) {
    const double width = box[2] - box[0], height = box[3] - box[1];
    cv::Rect rect(static_cast<int>(std::lround(box[0] - grow * width)), static_cast<int>(std::lround(box[1] - grow * height)),
                  static_cast<int>(std::lround(width * (1 + 2 * grow))), static_cast<int>(std::lround(height * (1 + 2 * grow))));
    return rect & cv::Rect(0, 0, size.width, size.height);
}

/// Signs of horizontal gradients on a 17×16 thumbnail: stable under re-encoding and resizing,
/// different as soon as the scene or the sensor noise in flat areas changes.
void difference_hash(const cv::Mat &gray, uint64_t out[4]) {
    cv::Mat thumb;
    cv::resize(gray, thumb, cv::Size(17, 16), 0, 0, cv::INTER_AREA);
    for (int word = 0; word < 4; ++word) out[word] = 0;
    for (int y = 0; y < 16; ++y) {
        for (int x = 0; x < 16; ++x) {
            if (thumb.at<uint8_t>(y, x + 1) > thumb.at<uint8_t>(y, x)) {
                const int bit = y * 16 + x;
                out[bit / 64] |= uint64_t{1} << (bit % 64);
            }
        }
    }
}

/// log10 of how far the strongest off-axis peak in the mid/high band of the spectrum stands
/// above the median magnitude of its ring. Natural skin and hair give a smooth spectrum (≈0.6–1);
/// the beat between a screen's pixel grid and the camera's, or a print's halftone, gives
/// isolated peaks far above it.
double periodic_peak(const cv::Mat &gray) {
    constexpr int side = 256;
    cv::Mat square;
    cv::resize(gray, square, cv::Size(side, side), 0, 0, gray.cols > side ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Mat magnitude = kycvision::windowed_magnitude(square);

    constexpr int low = 12, high = 110;  // cycles per 256 px: skip the face's shape and the corners
    std::vector<std::vector<float>> rings(high + 1);
    auto frequency = [](int index) { return index <= side / 2 ? index : index - side; };
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side / 2 + 1; ++x) {  // the other half mirrors this one
            const int fx = frequency(x), fy = frequency(y);
            const int radius = static_cast<int>(std::lround(std::hypot(fx, fy)));
            if (radius < low || radius > high || std::abs(fx) <= 2 || std::abs(fy) <= 2) continue;
            rings[radius].push_back(magnitude.at<float>(y, x));
        }
    }
    std::vector<float> medians(high + 1, 0);
    for (int radius = low; radius <= high; ++radius) {
        auto &ring = rings[radius];
        if (ring.empty()) continue;
        std::nth_element(ring.begin(), ring.begin() + ring.size() / 2, ring.end());
        medians[radius] = ring[ring.size() / 2];
    }
    double strongest = 1;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side / 2 + 1; ++x) {
            const int fx = frequency(x), fy = frequency(y);
            const int radius = static_cast<int>(std::lround(std::hypot(fx, fy)));
            if (radius < low || radius > high || std::abs(fx) <= 2 || std::abs(fy) <= 2 || medians[radius] <= 0) continue;
            strongest = std::max(strongest, static_cast<double>(magnitude.at<float>(y, x) / medians[radius]));
        }
    }
    return std::log10(strongest);
}

/// The strongest periodic peak over three views of the face: its centre at the camera's own
/// pixels (a fine pixel grid survives only there), the face box, and the head with what
/// surrounds it. The beat between a screen's grid and the sensor's falls at a frequency that
/// depends on the distance, so one scale alone misses some.
double periodic_peak_over_scales(const cv::Mat &gray, const double *box) {
    const cv::Rect face = box_rect(box, gray.size(), 0);
    const int side = std::min({face.width, face.height, 256});
    const cv::Rect centre(face.x + (face.width - side) / 2, face.y + (face.height - side) / 2, side, side);
    double strongest = periodic_peak(gray(face));
    if (side >= 64) strongest = std::max(strongest, periodic_peak(gray(centre)));
    return std::max(strongest, periodic_peak(gray(box_rect(box, gray.size(), 0.5))));
}

/// The frame at no more than 480 px on its longer side and the Canny edges of it lightly
/// smoothed; `scale` is the factor applied to the frame's coordinates.
struct EdgeMap {
    cv::Mat gray, edges;
    double scale;
};

EdgeMap edge_map(const cv::Mat &gray_full) {
    EdgeMap map;
    map.scale = std::min(1.0, 480.0 / std::max(gray_full.cols, gray_full.rows));
    cv::resize(gray_full, map.gray, cv::Size(), map.scale, map.scale, cv::INTER_AREA);
    cv::Mat smoothed;
    cv::GaussianBlur(map.gray, smoothed, cv::Size(3, 3), 0);
    cv::Canny(smoothed, map.edges, 50, 150);
    return map;
}

/// Which of the four sides of a rectangle around the face show a long straight edge: a phone's
/// bezel or a sheet's edge frames the face closely; a room's lines rarely do on all sides.
double frame_edges(const EdgeMap &map, const double *box) {
    const double left = box[0] * map.scale, top = box[1] * map.scale, right = box[2] * map.scale, bottom = box[3] * map.scale;
    const double size = std::min(right - left, bottom - top), cx = (left + right) / 2, cy = (top + bottom) / 2;
    std::vector<cv::Vec4i> lines;
    cv::HoughLinesP(map.edges, lines, 1, CV_PI / 180, 40, std::max(30.0, 0.8 * size), 6);
    bool sides[4] = {false, false, false, false};  // top, right, bottom, left
    for (const auto &line : lines) {
        const double x1 = line[0], y1 = line[1], x2 = line[2], y2 = line[3];
        const double dx = std::abs(x2 - x1), dy = std::abs(y2 - y1);
        if (dy < 0.25 * dx) {
            const double y = (y1 + y2) / 2;
            if (std::max(x1, x2) < cx - 0.3 * size || std::min(x1, x2) > cx + 0.3 * size) continue;
            if (y < top && y > top - 2.0 * size) sides[0] = true;
            if (y > bottom && y < bottom + 2.0 * size) sides[2] = true;
        } else if (dx < 0.25 * dy) {
            const double x = (x1 + x2) / 2;
            if (std::max(y1, y2) < cy - 0.3 * size || std::min(y1, y2) > cy + 0.3 * size) continue;
            if (x > right && x < right + 2.0 * size) sides[1] = true;
            if (x < left && x > left - 2.0 * size) sides[3] = true;
        }
    }
    return (sides[0] + sides[1] + sides[2] + sides[3]) / 4.0;
}

/// Whether the gray levels in a band `from`–`to` px beside a segment (positive: below it) are
/// dark and flat: a bezel or a letterbox bar varies no more than the camera's noise, while dark
/// cloth has weave, folds and shading (a navy shirt on a real selfie video spread 6–10 levels).
bool dark_flat_band(const cv::Mat &gray, const cv::Point2d &a, const cv::Point2d &b, int from, int to) {
    constexpr double darkest_mean = 50, most_spread = 5;  // gray levels
    double sum = 0, squares = 0;
    int count = 0;
    const int steps = static_cast<int>(std::lround(b.x - a.x));
    for (int step = 0; step <= steps; ++step) {
        const double x = a.x + step, y = a.y + (b.y - a.y) * step / std::max(1, steps);
        for (int offset = from; offset < to; ++offset) {
            const int row = static_cast<int>(std::lround(y + offset)), column = static_cast<int>(x);
            if (row < 0 || row >= gray.rows || column < 0 || column >= gray.cols) continue;
            const double level = gray.at<uint8_t>(row, column);
            sum += level;
            squares += level * level;
            ++count;
        }
    }
    if (count < 20) return false;
    const double mean = sum / count;
    return mean < darkest_mean && std::sqrt(std::max(0.0, squares / count - mean * mean)) < most_spread;
}

/// Whether a straight edge crosses below the face, through the neck and the body, with a dark
/// flat band along one side: the bottom of a screen held up to the camera (its bezel) or of a
/// letterboxed video (the bar). The body hides whatever in a room lies behind it below the
/// face, so a real scene rarely has a long straight edge there; a striped top can, which is
/// why one frame does not decide (the evaluator counts frames).
bool device_edge(const EdgeMap &map, const double *box) {
    const double left = box[0] * map.scale, right = box[2] * map.scale, bottom = box[3] * map.scale;
    const double size = std::min(right - left, bottom - box[1] * map.scale), cx = (left + right) / 2;
    std::vector<cv::Vec4i> lines;
    cv::HoughLinesP(map.edges, lines, 1, CV_PI / 180, 30, std::max(30.0, 0.5 * size), 20);
    const int band = std::max(4, static_cast<int>(std::lround(0.05 * size)));
    for (const auto &line : lines) {
        cv::Point2d a(line[0], line[1]), b(line[2], line[3]);
        if (a.x > b.x) std::swap(a, b);
        if (std::abs(b.y - a.y) >= 0.25 * (b.x - a.x)) continue;                      // steeper than 14°
        if (b.x < cx - 0.3 * size || a.x > cx + 0.3 * size) continue;                 // not under the face
        const double y = (a.y + b.y) / 2;
        if (y <= bottom || y >= bottom + 3 * size) continue;
        if (dark_flat_band(map.gray, a, b, 3, 3 + band) || dark_flat_band(map.gray, a, b, -2 - band, -2)) return true;
    }
    return false;
}

}  // namespace

extern "C" int kv_frame_cues_measure(const kv_image *image, const double *box, kv_frame_cues *out, kv_status *status) {
    if (!image || !box || !out) {
        set_status(status, KV_ERR_ARGUMENT, "null argument");
        return -1;
    }
    return kycvision::guarded(status, -1, [&] {
        const cv::Mat gray = gray_of(*image);
        const cv::Rect face = box_rect(box, gray.size(), 0);
        if (face.width < 8 || face.height < 8) {
            set_status(status, KV_ERR_ARGUMENT, "face box outside the image");
            return -1;
        }
        difference_hash(gray, out->frame_hash);

        cv::Mat patch(KV_PATCH_SIDE, KV_PATCH_SIDE, CV_8U, out->patch);
        cv::resize(gray(box_rect(box, gray.size(), 0.2)), patch, patch.size(), 0, 0, cv::INTER_AREA);

        out->moire = periodic_peak(gray(face));
        out->screen_pattern = periodic_peak_over_scales(gray, box);
        const EdgeMap edges = edge_map(gray);
        out->border = frame_edges(edges, box);
        out->device_edge = device_edge(edges, box) ? 1 : 0;
        kycvision::recapture_texture(*image, face, out->texture);

        const cv::Rect inner = box_rect(box, gray.size(), -0.15);
        const cv::Mat skin = gray(inner);
        int histogram[256] = {0};
        for (int y = 0; y < skin.rows; ++y)
            for (int x = 0; x < skin.cols; ++x) ++histogram[skin.at<uint8_t>(y, x)];
        const double total = static_cast<double>(skin.total());
        int low = 0, high = 255;
        for (double seen = 0; low < 255 && (seen += histogram[low]) < 0.01 * total;) ++low;
        for (double seen = 0; high > 0 && (seen += histogram[high]) < 0.01 * total;) --high;
        out->dynamic_range = std::max(0, high - low) / 255.0;

        cv::Mat hsv;
        cv::cvtColor(image->bgr(inner), hsv, cv::COLOR_BGR2HSV);
        out->saturation = cv::mean(hsv)[1] / 255.0;
        set_ok(status);
        return 0;
    });
}
