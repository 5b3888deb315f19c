// A form's value boxes erased before the page is read: Tesseract takes a box drawn round a
// value for part of the text (`eG |_MUTASA`, `Date of birth: (24 09-78`) or drops the value
// inside it, and reads what a box holds once the box is gone.
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
    if (cv::countNonZero(rules) == 0) return gray;
    cv::Mat boxes = value_boxes(ink, rules, thickest);
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
