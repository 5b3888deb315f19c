// Text printed light on dark, redrawn dark on light so that Tesseract reads it: labels on tabs
// (white capitals on a rounded tab of the issuer's colour) and larger bands (a header band
// holding the ID number, or a column down the card's edge). The page reading misses them or
// reads them in pieces: its binarisation keeps each as one dark blob, the letters as holes in it.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <vector>

#include "image.hpp"
#include "status.hpp"

namespace {

/// Letters and the ground between them: a tab holds at least this many light holes, a band
/// (a line or two of text) at least this many of a letter's height.
constexpr int kLeastTabLetters = 3;
constexpr int kLeastBandLetters = 6;

/// Whether a dark shape is a tab: a line of text tall (1/80 to 1/10 of the image), wider than
/// tall as a word or two is, solid (its outline fills three quarters of its box: a bold word's
/// ink fills far less) and holding light letters.
bool is_tab(const std::vector<std::vector<cv::Point>> &contours, const std::vector<cv::Vec4i> &hierarchy, size_t index,
            cv::Size image) {
    const cv::Rect box = cv::boundingRect(contours[index]);
    if (box.height < image.height / 80 || box.height > image.height / 10) return false;
    const double aspect = static_cast<double>(box.width) / box.height;
    if (aspect < 1.5 || aspect > 16) return false;
    if (cv::contourArea(contours[index]) < 0.75 * box.area()) return false;
    int letters = 0;
    for (int hole = hierarchy[index][2]; hole >= 0; hole = hierarchy[hole][0]) {
        if (cv::contourArea(contours[hole]) > 4) ++letters;
    }
    return letters >= kLeastTabLetters;
}

/// Whether a light shape `extent` tall (across the line it stands in) is a letter's size: 1/100
/// to 1/8 of the image's height.
bool letter_sized(int extent, cv::Size image) { return extent >= image.height / 100 && extent <= image.height / 8; }

/// Whether a dark shape too large for a tab is a band printed with light text: at least a
/// fiftieth of the image and at most a third of its height (a header or footer band; reading a
/// card dark all over a second time whole cost 13-15% of the median time per side and gave one
/// field in 96 documents), solid (its outline fills three quarters of its box,
/// holes included; not a region of photo or pattern) and holding light holes of a letter's
/// height (1/100 to 1/8 of the image) enough for a word or two.
bool is_dark_band(const std::vector<std::vector<cv::Point>> &contours, const std::vector<cv::Vec4i> &hierarchy,
                  size_t index, cv::Size image) {
    const cv::Rect box = cv::boundingRect(contours[index]);
    if (box.area() < image.area() / 50 || box.height > image.height / 3) return false;
    if (cv::contourArea(contours[index]) < 0.75 * box.area()) return false;
    int letters = 0;
    for (int hole = hierarchy[index][2]; hole >= 0; hole = hierarchy[hole][0]) {
        const cv::Rect letter = cv::boundingRect(contours[hole]);
        if (cv::contourArea(contours[hole]) > 4 && letter_sized(letter.height, image)) ++letters;
    }
    return letters >= kLeastBandLetters;
}

/// Draws dark shape `index` into `shown` (a BGR copy of the page) as black letters on white:
/// inside its outline, a little in from its edge (whose blend with the card reads as brackets
/// round a label), its light letters black; the rest of its box white. The outline is drawn in
/// a mask the size of the shape's box, not of the whole image.
void redraw_light_letters(const cv::Mat &gray, const std::vector<std::vector<cv::Point>> &contours, size_t index,
                          cv::Mat &shown) {
    const cv::Rect box = cv::boundingRect(contours[index]);
    cv::Mat within = cv::Mat::zeros(box.size(), CV_8U);
    cv::drawContours(within, contours, static_cast<int>(index), cv::Scalar(255), cv::FILLED, cv::LINE_8, cv::noArray(), INT_MAX,
                     -box.tl());
    cv::erode(within, within, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)), cv::Point(-1, -1), 1,
              cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::Mat light;
    cv::threshold(gray(box), light, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::Mat redrawn(box.size(), CV_8U, cv::Scalar(255));
    redrawn.setTo(0, light & within);
    cv::cvtColor(redrawn, redrawn, cv::COLOR_GRAY2BGR);
    redrawn.copyTo(shown(box));
}

/// Adds to `shown` (and to `found`) the dark columns of the page: shapes at least three times
/// taller than wide and a fiftieth of the image, solid, holding light letters running down
/// them (an ID number along the card's edge), as wide as letters are tall (`letter_sized`)
/// and enough for a word or two. Found on the dark opened wider
/// than a rule is thick: a thin border along the card's bottom edge joins such a column to a
/// shape as wide as the card and mostly hollow.
void add_dark_columns(const cv::Mat &gray, const cv::Mat &dark, cv::Mat &shown, kv_rect *found, int capacity, int *count) {
    const int across = std::max(5, gray.cols / 100) | 1;
    cv::Mat solid;
    cv::morphologyEx(dark, solid, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(across, across)));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(solid, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (size_t index = 0; index < contours.size() && *count < capacity; ++index) {
        const cv::Rect box = cv::boundingRect(contours[index]);
        if (box.area() < gray.size().area() / 50 || box.height < 3 * box.width) continue;
        if (cv::contourArea(contours[index]) < 0.75 * box.area()) continue;
        cv::Mat within = cv::Mat::zeros(box.size(), CV_8U);
        cv::drawContours(within, contours, static_cast<int>(index), cv::Scalar(255), cv::FILLED, cv::LINE_8, cv::noArray(),
                         INT_MAX, -box.tl());
        cv::Mat letters, stats, centroids;
        const int parts = cv::connectedComponentsWithStats(~dark(box) & within, letters, stats, centroids, 8);
        int count_letters = 0;
        for (int part = 1; part < parts; ++part) {
            const int width = stats.at<int>(part, cv::CC_STAT_WIDTH);
            if (stats.at<int>(part, cv::CC_STAT_AREA) > 4 && letter_sized(width, gray.size())) ++count_letters;
        }
        if (count_letters < kLeastBandLetters) continue;
        if (shown.empty()) cv::cvtColor(gray, shown, cv::COLOR_GRAY2BGR);
        redraw_light_letters(gray, contours, index, shown);
        found[(*count)++] = kv_rect{box.x, box.y, box.width, box.height};
    }
}

/// The page's dark shapes that `accept` takes, redrawn as black letters on white in a copy of
/// the page (and, `columns`, the dark columns too); their boxes written to `found`. NULL when
/// there is none.
template <typename Accept>
kv_image *light_on_dark_shown(const kv_image &image, kv_rect *found, int capacity, int *count, bool columns, Accept accept) {
    *count = 0;
    const cv::Mat gray = kycvision::gray_of(image);
    cv::Mat dark;
    cv::threshold(gray, dark, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;
    cv::findContours(dark, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);
    cv::Mat shown;
    for (size_t index = 0; index < contours.size() && *count < capacity; ++index) {
        if (hierarchy[index][3] >= 0 || !accept(contours, hierarchy, index, gray.size())) continue;
        if (shown.empty()) cv::cvtColor(gray, shown, cv::COLOR_GRAY2BGR);
        redraw_light_letters(gray, contours, index, shown);
        const cv::Rect box = cv::boundingRect(contours[index]);
        found[(*count)++] = kv_rect{box.x, box.y, box.width, box.height};
    }
    if (columns) add_dark_columns(gray, dark, shown, found, capacity, count);
    return shown.empty() ? nullptr : new kv_image{shown};
}

}  // namespace

extern "C" kv_image *kv_label_tabs_shown(const kv_image *image, kv_rect *tabs, int capacity, int *count, kv_status *status) {
    return kycvision::guarded<kv_image *>(status, nullptr, [&]() -> kv_image * {
        if (!image || !tabs || !count || capacity < 0) {
            kycvision::set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_label_tabs_shown");
            return nullptr;
        }
        kycvision::set_ok(status);
        return light_on_dark_shown(*image, tabs, capacity, count, false, is_tab);
    });
}

extern "C" kv_image *kv_dark_bands_shown(const kv_image *image, kv_rect *bands, int capacity, int *count, kv_status *status) {
    return kycvision::guarded<kv_image *>(status, nullptr, [&]() -> kv_image * {
        if (!image || !bands || !count || capacity < 0) {
            kycvision::set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_dark_bands_shown");
            return nullptr;
        }
        kycvision::set_ok(status);
        return light_on_dark_shown(*image, bands, capacity, count, true,
                                   [](const auto &contours, const auto &hierarchy, size_t index, cv::Size size) {
                                       return !is_tab(contours, hierarchy, index, size) &&
                                              is_dark_band(contours, hierarchy, index, size);
                                   });
    });
}
