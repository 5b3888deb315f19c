// Rows of evenly spaced, character-sized marks (see mark_rows.hpp).
#include "mark_rows.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace kycvision {

namespace {

/// The least-squares slope of the marks' bottoms against their centres.
double baseline_slope(const std::vector<cv::Rect> &marks) {
    double mx = 0, my = 0;
    for (const cv::Rect &mark : marks) {
        mx += mark.x + mark.width / 2.0;
        my += mark.br().y;
    }
    mx /= marks.size();
    my /= marks.size();
    double sxy = 0, sxx = 0;
    for (const cv::Rect &mark : marks) {
        const double dx = mark.x + mark.width / 2.0 - mx;
        sxy += dx * (mark.br().y - my);
        sxx += dx * dx;
    }
    return sxx > 0 ? sxy / sxx : 0;
}

}  // namespace

std::vector<MarkRow> mark_rows(const cv::Mat &gray, double &scale) {
    scale = 1200.0 / gray.cols;
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat ink, labels, stats, centroids;
    cv::adaptiveThreshold(small, ink, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, 31, 15);
    const int count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8);
    std::vector<cv::Rect> marks;
    for (int i = 1; i < count; ++i) {
        const cv::Rect mark(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                            stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (mark.height >= 12 && mark.height <= 60 && mark.width >= 0.2 * mark.height && mark.width <= mark.height) marks.push_back(mark);
    }
    std::sort(marks.begin(), marks.end(), [](const cv::Rect &a, const cv::Rect &b) { return a.x < b.x; });
    std::vector<bool> used(marks.size(), false);
    std::vector<MarkRow> rows;
    for (size_t i = 0; i < marks.size(); ++i) {
        if (used[i]) continue;
        std::vector<cv::Rect> chain{marks[i]};
        for (size_t j = i + 1; j < marks.size(); ++j) {
            const cv::Rect &last = chain.back(), &mark = marks[j];
            if (used[j] || mark.x <= last.x) continue;
            if (mark.x - (last.x + last.width) > 1.2 * last.height) {
                if (mark.x > last.x + 3 * last.height) break;
                continue;
            }
            if (std::abs(mark.br().y - last.br().y) < 0.3 * last.height && std::abs(mark.height - last.height) < 0.3 * last.height) {
                chain.push_back(mark);
                used[j] = true;
            }
        }
        if (chain.size() < 20) continue;
        std::vector<double> steps;
        cv::Rect box = chain.front();
        for (size_t k = 1; k < chain.size(); ++k) {
            steps.push_back(chain[k].x - chain[k - 1].x);
            box |= chain[k];
        }
        std::vector<double> sorted = steps;
        std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
        const double pitch = sorted[sorted.size() / 2];
        double spread = 0;
        for (double step : steps) spread += (step - pitch) * (step - pitch);
        if (pitch > 0 && std::sqrt(spread / steps.size()) <= 0.15 * pitch) rows.push_back({box, pitch, baseline_slope(chain)});
    }
    return rows;
}

}  // namespace kycvision
