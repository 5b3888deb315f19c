// Finding a card or passport page in a photo and flattening it.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "image.hpp"
#include "status.hpp"

namespace {

using Quad = std::array<cv::Point2f, 4>;

/// Corners in clockwise order starting nearest the top-left (which corner is really the
/// document's top-left is settled later, by reading it).
Quad ordered(const std::vector<cv::Point> &points) {
    cv::Point2f centre(0, 0);
    for (const auto &point : points) centre += cv::Point2f(point) * 0.25f;
    std::vector<cv::Point2f> corners(points.begin(), points.end());
    // Angles grow clockwise on screen, where y points down.
    std::sort(corners.begin(), corners.end(), [&](const cv::Point2f &a, const cv::Point2f &b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) < std::atan2(b.y - centre.y, b.x - centre.x);
    });
    const auto first = std::min_element(corners.begin(), corners.end(),
                                        [](const cv::Point2f &a, const cv::Point2f &b) { return a.x + a.y < b.x + b.y; });
    std::rotate(corners.begin(), first, corners.end());
    return Quad{corners[0], corners[1], corners[2], corners[3]};
}

/// Whether four corners outline a card or a page seen at a slant: each side at least 0.6 of
/// the side opposite it (a slant shortens the far side, never by half), and the mean long side
/// 1.25–2 × the mean short one. An ID-1 card is 1.59 and a passport page 1.42; tilted 30° away
/// along its long axis a card looks 1.8–1.9, which a ratio of two adjacent sides (the earlier
/// test, up to 1.8) rejected. Below 1.25 lies the portrait; above 2, a strip or a label.
bool card_or_page_shaped(const std::vector<cv::Point> &corners) {
    double sides[4];
    for (int i = 0; i < 4; ++i) sides[i] = cv::norm(corners[i] - corners[(i + 1) % 4]);
    const double across = sides[0] + sides[2], along = sides[1] + sides[3];
    for (int i = 0; i < 2; ++i) {
        if (std::min(sides[i], sides[i + 2]) < 0.6 * std::max(sides[i], sides[i + 2])) return false;
    }
    const double elongation = std::max(across, along) / std::max(1.0, std::min(across, along));
    return elongation >= 1.25 && elongation <= 2.0;
}

/// The largest convex four-cornered outline covering `min_area`–`max_area` of the picture, if
/// any. Two views of the edges: Canny on the gray image, and the boundary of an Otsu threshold
/// (a light card on a dark table even when its edges are soft). `nested`: outlines inside
/// others count too (a card held up in a selfie, whose edges join the hand's and the hair's
/// into one outer contour).
bool find_outline(const cv::Mat &small, double min_area, double max_area, bool nested, Quad &quad) {
    cv::Mat blurred, edges, bright;
    cv::GaussianBlur(small, blurred, cv::Size(5, 5), 0);
    cv::Canny(blurred, edges, 40, 120);
    cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::threshold(blurred, bright, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(bright, bright, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7)));
    const double image_area = static_cast<double>(small.total());
    double best_area = 0;
    for (const cv::Mat &mask : {edges, bright}) {
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(mask, contours, nested ? cv::RETR_LIST : cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        for (const auto &contour : contours) {
            std::vector<cv::Point> hull, corners;
            cv::convexHull(contour, hull);
            const double area = cv::contourArea(hull);
            if (area < min_area * image_area || area > max_area * image_area || area <= best_area) continue;
            cv::approxPolyDP(hull, corners, 0.02 * cv::arcLength(hull, true), true);
            if (corners.size() != 4) continue;
            if (!card_or_page_shaped(corners)) continue;
            best_area = area;
            quad = ordered(corners);
        }
    }
    return best_area > 0;
}

double distance(const cv::Point2f &a, const cv::Point2f &b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

extern "C" kv_image *kv_document_rectify(const kv_image *image, double min_area, double max_area, int nested, kv_quad *corners,
                                         kv_status *status) {
    return kycvision::guarded<kv_image *>(status, nullptr, [&]() -> kv_image * {
        if (!image || !(min_area > 0) || !(max_area > min_area) || max_area > 1) {
            kycvision::set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_document_rectify");
            return nullptr;
        }
        kycvision::set_ok(status);
        const cv::Mat gray = kycvision::gray_of(*image);
        const double scale = std::min(1.0, 800.0 / std::max(gray.cols, gray.rows));
        cv::Mat small;
        cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
        Quad quad;
        if (!find_outline(small, min_area, max_area, nested != 0, quad)) return nullptr;
        for (auto &point : quad) point /= scale;
        // Long side horizontal: a card photographed upright-in-portrait starts at its top-right.
        double top = distance(quad[0], quad[1]), side = distance(quad[1], quad[2]);
        if (side > top) {
            std::rotate(quad.begin(), quad.begin() + 1, quad.end());
            std::swap(top, side);
        }
        const double width = std::max(top, static_cast<double>(distance(quad[3], quad[2])));
        double aspect = width / std::max(1.0, std::max(side, static_cast<double>(distance(quad[0], quad[3]))));
        // Perspective shortens one side: snap to an ID-1 card (85.6 × 54) or a passport page (125 × 88).
        double nearest = aspect, closest = 0.08;
        for (double standard : {85.6 / 54.0, 125.0 / 88.0}) {
            const double off = std::abs(aspect / standard - 1);
            if (off < closest) closest = off, nearest = standard;
        }
        aspect = nearest;
        const cv::Size size(static_cast<int>(std::min(width, 1600.0)), static_cast<int>(std::min(width, 1600.0) / aspect));
        const Quad target{cv::Point2f(0, 0), cv::Point2f(size.width - 1.0f, 0),
                          cv::Point2f(size.width - 1.0f, size.height - 1.0f), cv::Point2f(0, size.height - 1.0f)};
        cv::Mat flat;
        cv::warpPerspective(image->bgr, flat, cv::getPerspectiveTransform(quad.data(), target.data()), size,
                            cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        if (corners) {
            for (int i = 0; i < 4; ++i) corners->x[i] = quad[i].x, corners->y[i] = quad[i].y;
        }
        return new kv_image{flat};
    });
}
