// Ruled lines (a form's boxes, rules under a value, a double rule under the title) erased
// before the page is read: Tesseract takes a box drawn round a value for part of the text
// (`eG |_MUTASA`) or drops the value inside it, and reads what a box holds once the box's
// top and bottom are gone.
#include <opencv2/imgproc.hpp>

#include <algorithm>

#include "image.hpp"

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
    // The rule's antialiased fringe too, painted over with the ground around it.
    cv::dilate(rules, rules, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::Mat ground;
    cv::medianBlur(gray, ground, 21);
    cv::Mat out = gray.clone();
    ground.copyTo(out, rules);
    return out;
}
