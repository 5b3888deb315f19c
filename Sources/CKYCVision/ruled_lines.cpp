// Ruled lines (a form's boxes, rules under a value, a double rule under the title) erased
// before the page is read: Tesseract takes a box drawn round a value for part of the text
// (`eG |_MUTASA`, `Date of birth: (24 09-78`) or drops the value inside it, and reads what a
// box holds once the box is gone.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

#include "image.hpp"

namespace {

/// A box at least this many times wider than tall holds a line of text.
constexpr double kLineOfTextAspect = 2.5;
/// A rule this close to the image's top or bottom edge is the document's edge.
constexpr int kBorder = 3;

/// The rules that are a form's (left in `rules`), and the sides of its value boxes (set in
/// `sides`): a value box is a rule straight over another, their ends level, the two as far
/// apart as a line of text is tall; its sides are the vertical ink at each end, between the
/// two, no shorter than half the box. Taken out of `rules`: a rule along the image's top or bottom edge (the document's own edge, after
/// flattening: erasing it changed how Tesseract laid out the whole page, and split a label),
/// and the top and bottom of a box not much wider than tall, a picture's frame (a contact chip,
/// a portrait, a code), which erased breaks into specks Tesseract reads beside the value next to it.
void form_rules(const cv::Mat &ink, cv::Mat &rules, cv::Mat &sides, int thickest) {
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(rules, labels, stats, centroids, 8);
    std::vector<cv::Rect> edges(count);
    sides = cv::Mat::zeros(ink.size(), CV_8U);
    cv::Mat kept = cv::Mat::zeros(ink.size(), CV_8U);
    for (int i = 1; i < count; ++i) {
        const cv::Rect edge(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                            stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (edge.y <= kBorder || edge.br().y >= ink.rows - kBorder) {
            cv::bitwise_or(kept, labels == i, kept);
            continue;
        }
        edges[i] = edge;
    }
    const int level = std::max(6, ink.cols / 100);
    for (int t = 1; t < count; ++t) {
        for (int b = 1; b < count; ++b) {
            const cv::Rect &top = edges[t], &bottom = edges[b];
            if (top.empty() || bottom.empty()) continue;
            const int height = bottom.y - top.y;
            if (height <= 3 * thickest || height > ink.rows / 5) continue;
            if (std::abs(top.x - bottom.x) > level || std::abs(top.br().x - bottom.br().x) > level) continue;
            if (top.width < kLineOfTextAspect * height) {
                cv::bitwise_or(kept, labels == t, kept);
                cv::bitwise_or(kept, labels == b, kept);
                continue;
            }
            // A rounded corner takes the side out from the rule's end by up to a quarter of
            // the box; inward, only the rule's own thickness is looked at (the value starts there).
            const int reach = height / 4 + thickest;
            for (const auto &[from, to] : {std::pair{top.x - reach, top.x + thickest}, std::pair{top.br().x - thickest, top.br().x + reach}}) {
                const cv::Rect strip = cv::Rect(from, top.y, to - from, height + top.height) & cv::Rect(cv::Point(), ink.size());
                if (strip.area() == 0) continue;
                cv::Mat upright;
                cv::morphologyEx(ink(strip), upright, cv::MORPH_OPEN,
                                 cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, std::max(3, height / 2))));
                sides(strip) |= upright;
            }
        }
    }
    rules &= ~kept;
}

}  // namespace

cv::Mat kycvision::without_rules(const cv::Mat &gray) {
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
    cv::Mat rules = runs & ~bands;
    if (cv::countNonZero(rules) == 0) return gray;
    cv::Mat sides;
    form_rules(ink, rules, sides, thickest);
    if (cv::countNonZero(rules) == 0) return gray;
    // The rule's antialiased fringe too; but where a letter stands on a rule or hangs through
    // it (values printed on an underline), the rule is left under the letter's strokes: erased
    // there, it took the foot off every letter (`DLAMINI` read `MINT`). A box's rounded
    // corners are no letter: ink near its sides does not count.
    const cv::Mat square = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
    cv::dilate(rules, rules, square);
    cv::dilate(sides, sides, square);
    cv::Mat corners, touching;
    cv::dilate(sides, corners, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(4 * thickest + 1, 4 * thickest + 1)));
    cv::dilate(ink & ~rules & ~corners, touching, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, 2 * thickest + 1)));
    rules = (rules & ~touching) | sides;
    // Painted over with the ground around it: the page closed (lightest around, then darkest
    // around) over more than a rule's thickness, which leaves no thin dark line (a median
    // would do as well, at ten times the cost).
    cv::Mat ground;
    const int across = (thickest + 4) | 1;
    cv::morphologyEx(gray, ground, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(across, across)));
    cv::Mat out = gray.clone();
    ground.copyTo(out, rules);
    return out;
}
