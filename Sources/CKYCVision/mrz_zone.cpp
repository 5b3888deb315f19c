// Finding the machine readable zone in a photo.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

#include "image.hpp"
#include "mark_rows.hpp"
#include "status.hpp"

namespace {

/// A padded band around `box`: a little room left and right, a quarter of its height above and below.
cv::Rect padded(const cv::Rect &box, const cv::Size &within) {
    const int padX = static_cast<int>(box.width * 0.04), padY = static_cast<int>(box.height * 0.25);
    return cv::Rect(box.x - padX, box.y - padY, box.width + 2 * padX, box.height + 2 * padY) & cv::Rect(cv::Point(0, 0), within);
}

/// `rect`, measured on an image resized by `scale`, in the original image's coordinates.
cv::Rect unscaled(const cv::Rect &rect, double scale) {
    return cv::Rect(static_cast<int>(rect.x / scale), static_cast<int>(rect.y / scale), static_cast<int>(rect.width / scale),
                    static_cast<int>(rect.height / scale));
}

/// `band` with a line `spacing` apart more above and below it: the zone's lines that did not
/// count as rows.
cv::Rect with_line_around(cv::Rect band, int spacing) {
    band.y -= spacing;
    band.height += 2 * spacing;
    return band;
}

/// A row of marks this many pitches long, found alone, may be a zone's line whose neighbours
/// did not count as rows: a passport's names line holds more fillers than letters, and fillers
/// are too small to be marks. (A TD3 zone's second line holds at least 28 marks.)
constexpr double kLoneLinePitches = 25;

/// Bands found by the zone's own structure rather than its ink: two or three rows of marks at
/// one fixed pitch, stacked one under the other and starting together (an MRZ's lines are 30,
/// 36 or 44 characters of OCR-B). Where a busy table or a pattern round the document merges
/// everything in the ink mask, the zone's rows still stand out. In the coordinates of `gray`.
/// `lone`: rows as long as a zone's line standing alone, with a line's spacing above and below.
std::vector<cv::Rect> pitch_bands(const cv::Mat &gray, std::vector<cv::Rect> &lone) {
    double scale = 1;
    std::vector<kycvision::MarkRow> rows = kycvision::mark_rows(gray, scale);
    std::sort(rows.begin(), rows.end(), [](const kycvision::MarkRow &a, const kycvision::MarkRow &b) { return a.box.y < b.box.y; });
    std::vector<cv::Rect> bands;
    for (size_t first = 0; first < rows.size();) {
        size_t end = first + 1;
        while (end < rows.size()) {
            const kycvision::MarkRow &above = rows[end - 1], &below = rows[end];
            const bool stacked = below.box.y - above.box.br().y < above.box.height &&
                                 std::abs(below.box.x - above.box.x) < 2 * above.pitch && std::abs(below.pitch / above.pitch - 1) < 0.1;
            if (!stacked) break;
            ++end;
        }
        if (end - first >= 2 && end - first <= 3) {
            cv::Rect band = rows[first].box;
            for (size_t k = first + 1; k < end; ++k) band |= rows[k].box;
            if (end - first == 2 && band.width < 34 * rows[first].pitch) {
                // An ID card's zone (30 characters a line) has three lines, and one may be mostly
                // fillers, which run together into fewer marks: a line's spacing more above and
                // below, for the reader to find it. (Passports' two lines are 44 characters.)
                band = with_line_around(band, rows[first + 1].box.y - rows[first].box.y);
            }
            bands.push_back(padded(unscaled(band, scale), gray.size()));
        } else if (end - first == 1 && rows[first].box.width >= kLoneLinePitches * rows[first].pitch) {
            // An MRZ's lines stand some 1.7 character heights apart; a line starts with marks
            // (the document's kind, its number) and may end in fillers, which are no marks: the
            // band reaches as far right as a passport's 44 characters.
            cv::Rect band = rows[first].box;
            band.width = std::max(band.width, static_cast<int>(45 * rows[first].pitch));
            lone.push_back(padded(unscaled(with_line_around(band, band.height * 17 / 10), scale), gray.size()));
        }
        first = end;
    }
    return bands;
}

double intersection_over_union(const cv::Rect &a, const cv::Rect &b) {
    const double common = (a & b).area();
    return common / std::max(1.0, static_cast<double>(a.area() + b.area()) - common);
}

/// Candidate MRZ bands, best first, in the coordinates of `gray`.
///
/// MRZ text is dense, dark, evenly spaced characters: a black-hat transform brings dark text
/// out of a light background, the horizontal gradient is strong all along the lines, and
/// closing it merges the characters (then the lines) into one wide band.
std::vector<cv::Rect> mrz_bands(const cv::Mat &gray) {
    const double scale = 800.0 / gray.cols;
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::GaussianBlur(small, small, cv::Size(3, 3), 0);
    cv::Mat blackhat, gradient, mask;
    cv::morphologyEx(small, blackhat, cv::MORPH_BLACKHAT, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(15, 7)));
    cv::Sobel(blackhat, gradient, CV_32F, 1, 0, -1);
    gradient = cv::abs(gradient);
    double lo, hi;
    cv::minMaxLoc(gradient, &lo, &hi);
    gradient.convertTo(gradient, CV_8U, hi > lo ? 255.0 / (hi - lo) : 1, hi > lo ? -255.0 * lo / (hi - lo) : 0);
    cv::morphologyEx(gradient, gradient, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(21, 5)));
    cv::threshold(gradient, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(31, 21)));
    cv::erode(mask, mask, cv::Mat(), cv::Point(-1, -1), 3);

    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<cv::Rect> bands;
    for (const auto &contour : contours) {
        const cv::Rect box = cv::boundingRect(contour);
        const double aspect = static_cast<double>(box.width) / std::max(1, box.height);
        if (aspect >= 4 && box.width >= small.cols * 0.55) bands.push_back(box);
    }
    // The zone sits at the bottom of the page: lowest band first.
    std::sort(bands.begin(), bands.end(), [](const cv::Rect &a, const cv::Rect &b) { return a.y > b.y; });
    // Lines of one zone that did not merge into one band: the union of a band and the band just
    // above it, when they overlap horizontally and sit close, is tried before either alone.
    std::vector<cv::Rect> merged;
    for (size_t i = 0; i + 1 < bands.size(); ++i) {
        const cv::Rect &low = bands[i], &high = bands[i + 1];
        const int overlap = std::min(low.x + low.width, high.x + high.width) - std::max(low.x, high.x);
        const int gap = low.y - (high.y + high.height);
        if (overlap > 0.7 * std::min(low.width, high.width) && gap < 1.5 * std::max(low.height, high.height)) {
            merged.push_back(low | high);
        }
    }
    // Last resort: the bottom third of the page, full width.
    merged.insert(merged.end(), bands.begin(), bands.end());
    merged.emplace_back(0, small.rows * 2 / 3, small.cols, small.rows - small.rows * 2 / 3);
    bands = merged;
    for (auto &band : bands) {
        band = unscaled(padded(band, small.size()), scale) & cv::Rect(0, 0, gray.cols, gray.rows);
    }
    // Bands of rows at a fixed pitch come first, unless the ink mask found them already (where
    // it did, its band reads as well or better: replacing it lost two zones of the ninth draws).
    std::vector<cv::Rect> pitched, lone;
    auto unseen = [&](const cv::Rect &rows) {
        return std::none_of(bands.begin(), bands.end(), [&](const cv::Rect &band) { return intersection_over_union(band, rows) > 0.5; });
    };
    for (const cv::Rect &rows : pitch_bands(gray, lone)) {
        if (unseen(rows)) pitched.push_back(rows);
    }
    bands.insert(bands.begin(), pitched.begin(), pitched.end());
    // A lone line's band comes last: tried by the classifier (milliseconds), read by Tesseract
    // only where the classifier sees a zone in it, so a card's long printed line costs nothing.
    for (const cv::Rect &line : lone) {
        if (unseen(line)) bands.push_back(line);
    }
    return bands;
}

}  // namespace

extern "C" int kv_mrz_bands(const kv_image *image, kv_rect *bands, int capacity, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!image || !bands || capacity < 0) {
            kycvision::set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_mrz_bands");
            return -1;
        }
        const std::vector<cv::Rect> found = mrz_bands(kycvision::gray_of(*image));
        const int count = std::min(static_cast<int>(found.size()), capacity);
        for (int i = 0; i < count; ++i) bands[i] = kv_rect{found[i].x, found[i].y, found[i].width, found[i].height};
        kycvision::set_ok(status);
        return count;
    });
}
