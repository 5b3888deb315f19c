// A form's value boxes erased before the page is read: Tesseract takes a box drawn round a
// value for part of the text (`eG |_MUTASA`, `Date of birth: (24 09-78`) or drops the value
// inside it, and reads what a box holds once the box is gone.
//
// Character cells too: a number printed one character to a box (`1|6|-|4|1|4`) reads as
// `[a]6|- 4|1|4|5]2]2`, and a date in three boxes not at all.
//
// Only boxes: a lone rule (an underline, the rule under a title, the document's edge after
// flattening) is left as it is. Erasing those too cost readings elsewhere: letters standing on
// an underline lost their feet (a photocopied card's dotted `DLAMINI` read `MINT`), and erasing
// the flattened card's edge changed how Tesseract laid out a whole page.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

#include "image.hpp"

namespace {

/// A box at least this many times wider than tall holds a line of text; a squarer one is a
/// picture's frame (a contact chip, a portrait, a code), which erased breaks into specks
/// Tesseract reads beside the value next to it.
constexpr double kLineOfTextAspect = 2.5;

/// The value boxes among `rules` (thin horizontal runs of ink): a rule straight over another,
/// their ends level, the two as far apart as a line of text is tall, the box wide. Their tops
/// and bottoms, and their sides: the vertical ink at each end, between the two, no shorter than
/// half the box (letters inside stand clear of the sides, and are shorter).
cv::Mat value_boxes(const cv::Mat &ink, const cv::Mat &rules, int thickest) {
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(rules, labels, stats, centroids, 8);
    std::vector<cv::Rect> edges;
    for (int i = 0; i < count; ++i) {
        edges.emplace_back(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                           stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
    }
    cv::Mat boxes = cv::Mat::zeros(ink.size(), CV_8U);
    std::vector<bool> boxed(count, false);  // rules that are a box's top or bottom
    const int level = std::max(6, ink.cols / 100);
    for (int t = 1; t < count; ++t) {
        for (int b = 1; b < count; ++b) {
            const cv::Rect &top = edges[t], &bottom = edges[b];
            const int height = bottom.y - top.y;
            if (height <= 3 * thickest || height > ink.rows / 5 || top.width < kLineOfTextAspect * height) continue;
            if (std::abs(top.x - bottom.x) > level || std::abs(top.br().x - bottom.br().x) > level) continue;
            boxed[t] = boxed[b] = true;
            // A rounded corner takes the side out from the rule's end by up to a quarter of
            // the box; inward, only the rule's own thickness is looked at (the value starts there).
            const int reach = height / 4 + thickest;
            for (const auto &[from, to] : {std::pair{top.x - reach, top.x + thickest}, std::pair{top.br().x - thickest, top.br().x + reach}}) {
                const cv::Rect strip = cv::Rect(from, top.y, to - from, height + top.height) & cv::Rect(cv::Point(), ink.size());
                if (strip.area() == 0) continue;
                cv::Mat upright;
                cv::morphologyEx(ink(strip), upright, cv::MORPH_OPEN,
                                 cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, std::max(3, height / 2))));
                boxes(strip) |= upright;
            }
        }
    }
    // The boxes' rules, marked in one pass over the image (a rule may belong to several boxes).
    for (int y = 0; y < labels.rows; ++y) {
        const int *label = labels.ptr<int>(y);
        uchar *box = boxes.ptr<uchar>(y);
        for (int x = 0; x < labels.cols; ++x) {
            if (boxed[label[x]]) box[x] = 255;
        }
    }
    return boxes;
}

/// Fewer cells than this on a page are no row of character cells: a lone square glyph (a
/// `0` drawn as a rounded rectangle) could pass for one.
constexpr int kFewestCells = 3;

/// A row of character cells as wide as this many times its height, at most (an ID number of
/// fourteen boxes side by side, their frames joined).
constexpr double kWidestRow = 24;

/// Least share of a cell's inside that is ink (what it holds): a letter `O` drawn as a rounded
/// square (a display face's, `OF KENYA`) passes for an empty frame, and an empty box needs no
/// erasing to be read.
constexpr double kHeldInk = 0.03;

/// What marks `labels`' component `label`, within `box`, as character cells: thin ink along all
/// four sides (`band` deep) covering nine tenths of each, ink in every corner, something inside
/// (`ink` apart from the frame), and the walls between cells (columns inked over nine tenths of
/// the inside's height, which no letter inside a taller box is). Empty when it is no frame: a
/// letter's bowl (`0`, `O`, `D`) leaves corners empty, strokes thick or nothing inside.
cv::Mat cell_frame(const cv::Mat &ink, const cv::Mat &labels, int label, const cv::Rect &box, int area) {
    const int w = box.width, h = box.height;
    const int band = std::max(2, std::min(w, h) / 6);
    const cv::Mat region = labels(box) == label;
    cv::Mat inkedRows;  // per column, how much of the inside's height is inked
    cv::reduce(region.rowRange(band, h - band) / 255, inkedRows, 0, cv::REDUCE_SUM, CV_32S);
    std::vector<bool> wall(w, false);
    int walls = 0;
    for (int x = band; x < w - band; ++x) {
        wall[x] = inkedRows.at<int>(0, x) >= 0.85 * (h - 2 * band);
        walls += wall[x];
    }
    // A frame's ink is a line of about its thickness round the box (and its walls); a glyph's
    // strokes are thicker.
    const double thickness = (area - walls * (h - 2 * band)) / (2.0 * (w + h));
    if (thickness > 0.09 * std::min(w, h)) return {};
    auto covered = [&](const cv::Rect &strip, bool alongX) {
        cv::Mat profile;
        cv::reduce(region(strip), profile, alongX ? 0 : 1, cv::REDUCE_MAX);
        const int length = alongX ? strip.width : strip.height;
        const int inset = length / 20;
        const cv::Mat middle = alongX ? profile.colRange(inset, length - inset) : profile.rowRange(inset, length - inset);
        return cv::countNonZero(middle) >= 0.9 * middle.total();
    };
    if (!covered({0, 0, w, band}, true) || !covered({0, h - band, w, band}, true) ||
        !covered({0, 0, band, h}, false) || !covered({w - band, 0, band, h}, false)) return {};
    for (const cv::Point corner : {cv::Point(0, 0), cv::Point(w - band, 0), cv::Point(0, h - band), cv::Point(w - band, h - band)}) {
        if (cv::countNonZero(region(cv::Rect(corner, cv::Size(band, band)))) == 0) return {};
    }
    const cv::Rect within(band, band, w - 2 * band, h - 2 * band);
    if (cv::countNonZero(ink(box)(within) & ~region(within)) < kHeldInk * within.area()) return {};
    cv::Mat inside = cv::Mat::zeros(box.size(), CV_8U);
    inside(within).setTo(255);
    for (int x = 0; x < w; ++x) {
        if (wall[x]) inside.col(x).setTo(0);
    }
    return region & ~inside;
}

/// The frames of character cells: boxes a little taller than a line of text, each holding one
/// to four characters (a digit, a sex, a year), alone or side by side in a row. Found among the
/// page's straight strokes only, so that a background's rings touching a frame do not join
/// it; only the frame's band and its walls are marked, so a glyph touching it from inside keeps
/// what stands clear of it.
cv::Mat character_cells(const cv::Mat &ink) {
    const int longest = std::max(ink.cols, ink.rows);
    const int lowest = std::max(14, longest / 70), highest = longest / 12;
    const int stroke = std::max(9, lowest * 2 / 3);
    cv::Mat across, down;
    cv::morphologyEx(ink, across, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(stroke, 1)));
    cv::morphologyEx(ink, down, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, stroke)));
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(across | down, labels, stats, centroids, 8, CV_32S);
    cv::Mat cells = cv::Mat::zeros(ink.size(), CV_8U);
    int found = 0;
    for (int i = 1; i < count; ++i) {
        const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                           stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (box.height < lowest || box.height > highest || box.width < 0.4 * box.height || box.width > kWidestRow * box.height) continue;
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area > 0.5 * box.area()) continue;
        const cv::Mat frame = cell_frame(ink, labels, i, box, area);
        if (frame.empty()) continue;
        cells(box) |= frame;
        ++found;
    }
    return found >= kFewestCells ? cells : cv::Mat::zeros(ink.size(), CV_8U);
}

}  // namespace

cv::Mat kycvision::without_value_boxes(const cv::Mat &gray) {
    const int block = std::max(15, std::max(gray.cols, gray.rows) / 60) | 1;
    cv::Mat ink;
    cv::adaptiveThreshold(gray, ink, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, block, 10);
    // A rule is a horizontal run of ink far longer than any letter's bar (a twelfth of the
    // page), and thin: a band thicker than a pen stroke (a header, a flag's stripe) is no rule,
    // and may carry text.
    const int length = std::max(30, gray.cols / 12);
    const int thickest = std::max(5, gray.cols / 200);
    cv::Mat runs, bands;
    cv::morphologyEx(ink, runs, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(length, 1)));
    cv::morphologyEx(runs, bands, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, thickest)));
    const cv::Mat rules = runs & ~bands;
    cv::Mat boxes = character_cells(ink);
    if (cv::countNonZero(rules) > 0) boxes |= value_boxes(ink, rules, thickest);
    if (cv::countNonZero(boxes) == 0) return gray;
    // The boxes' antialiased fringe too, painted over with the ground around them: the page
    // closed (lightest around, then darkest around) over more than a rule's thickness, which
    // leaves no thin dark line (a median would do as well, at ten times the cost).
    cv::dilate(boxes, boxes, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::Mat ground;
    const int across = (thickest + 4) | 1;
    cv::morphologyEx(gray, ground, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(across, across)));
    cv::Mat out = gray.clone();
    ground.copyTo(out, boxes);
    return out;
}
