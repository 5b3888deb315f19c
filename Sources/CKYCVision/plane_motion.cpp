// Does the face move as one plane, with its surroundings (a photo held up), or does it have
// relief and turn against the room (a head)? See kv_plane_motion in kyc_vision.h.
#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

#include "image.hpp"
#include "status.hpp"

using kycvision::gray_of;
using kycvision::set_ok;
using kycvision::set_status;

namespace {

constexpr int kMinMatches = 20;  // fewer cannot tell a plane from chance matches

/// Where features are taken. Surroundings: a window around the head minus the head and hair
/// (which turn with the face on a real person). Face: the face box.
cv::Mat region_mask(cv::Size size, const double *box, int region) {
    const double width = box[2] - box[0], height = box[3] - box[1];
    const cv::Point2d centre((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
    cv::Mat mask = cv::Mat::zeros(size, CV_8U);
    const cv::Rect frame(cv::Point(0, 0), size);
    if (region == KV_REGION_FACE) {
        mask(cv::Rect(cv::Point(static_cast<int>(box[0]), static_cast<int>(box[1])),
                      cv::Point(static_cast<int>(box[2]), static_cast<int>(box[3]))) & frame).setTo(255);
        return mask;
    }
    const cv::Rect window(cv::Point(static_cast<int>(centre.x - 2.2 * width), static_cast<int>(centre.y - 2.2 * height)),
                          cv::Point(static_cast<int>(centre.x + 2.2 * width), static_cast<int>(centre.y + 2.6 * height)));
    mask(window & frame).setTo(255);
    cv::ellipse(mask, cv::Point(static_cast<int>(centre.x), static_cast<int>(centre.y - 0.15 * height)),
                cv::Size(static_cast<int>(0.85 * width), static_cast<int>(1.05 * height)), 0, 0, 360, cv::Scalar(0), cv::FILLED);
    return mask;
}

std::vector<cv::Point2f> points(const double *landmarks) {
    std::vector<cv::Point2f> out;
    for (int i = 0; i < 5; ++i) out.emplace_back(static_cast<float>(landmarks[2 * i]), static_cast<float>(landmarks[2 * i + 1]));
    return out;
}

/// ORB features of one frame inside `region`.
struct Features {
    std::vector<cv::KeyPoint> keys;
    cv::Mat descriptors;
};

Features features(const kv_image &image, const double *box, int region) {
    const cv::Mat gray = gray_of(image);
    auto orb = cv::ORB::create(region == KV_REGION_FACE ? 400 : 600, 1.2f, 8, region == KV_REGION_FACE ? 15 : 31);
    Features found;
    orb->detectAndCompute(gray, region_mask(gray.size(), box, region), found.keys, found.descriptors);
    return found;
}

/// The fit from `a` to `b`; inliers 0 when there is too little to judge.
kv_plane_fit fit(const Features &a, const Features &b, const double *landmarks_from, const double *landmarks_to) {
    kv_plane_fit result{0, 0, 0};
    if (a.keys.size() < kMinMatches || b.keys.size() < kMinMatches) return result;
    cv::BFMatcher matcher(cv::NORM_HAMMING);
    std::vector<std::vector<cv::DMatch>> pairs;
    matcher.knnMatch(a.descriptors, b.descriptors, pairs, 2);
    std::vector<cv::Point2f> matched_a, matched_b;
    for (const auto &pair : pairs) {
        if (pair.size() == 2 && pair[0].distance < 0.8 * pair[1].distance) {
            matched_a.push_back(a.keys[pair[0].queryIdx].pt);
            matched_b.push_back(b.keys[pair[0].trainIdx].pt);
        }
    }
    if (matched_a.size() < kMinMatches) return result;
    std::vector<uchar> inlier_mask;
    const cv::Mat homography = cv::findHomography(matched_a, matched_b, cv::RANSAC, 2.5, inlier_mask);
    if (homography.empty()) return result;
    result.inliers = cv::countNonZero(inlier_mask);
    result.inlier_share = static_cast<double>(result.inliers) / matched_a.size();

    std::vector<cv::Point2f> carried;
    cv::perspectiveTransform(points(landmarks_from), carried, homography);
    const auto target = points(landmarks_to);
    double squared = 0;
    for (int i = 0; i < 5; ++i) {
        const cv::Point2f d = carried[i] - target[i];
        squared += d.x * d.x + d.y * d.y;
    }
    const cv::Point2f left = (target[2] + target[3]) * 0.5f, right = (target[0] + target[1]) * 0.5f;
    const double eye_distance = std::max(1.0, static_cast<double>(cv::norm(right - left)));
    result.residual = std::sqrt(squared / 5) / eye_distance;
    return result;
}

}  // namespace

extern "C" int kv_plane_motion(const kv_image *from, const double *box_from, const double *landmarks_from,
                               const kv_image *const *to, const double *boxes_to, const double *landmarks_to, int count,
                               int region, kv_plane_fit *out, kv_status *status) {
    if (!from || !box_from || !landmarks_from || count < 0 || (count > 0 && (!to || !boxes_to || !landmarks_to || !out))) {
        set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_plane_motion");
        return -1;
    }
    return kycvision::guarded(status, -1, [&] {
        const Features first = features(*from, box_from, region);
        for (int i = 0; i < count; ++i) {
            if (!to[i]) {
                set_status(status, KV_ERR_ARGUMENT, "null frame");
                return -1;
            }
            out[i] = fit(first, features(*to[i], boxes_to + 4 * i, region), landmarks_from, landmarks_to + 10 * i);
        }
        set_ok(status);
        return 0;
    });
}
