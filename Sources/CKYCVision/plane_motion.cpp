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

}  // namespace

extern "C" int kv_plane_motion(const kv_image *from, const kv_image *to, const double *box_from, const double *box_to,
                               const double *landmarks_from, const double *landmarks_to, int region, kv_plane_fit *out,
                               kv_status *status) {
    if (!from || !to || !box_from || !box_to || !landmarks_from || !landmarks_to || !out) {
        set_status(status, KV_ERR_ARGUMENT, "null argument");
        return -1;
    }
    return kycvision::guarded(status, -1, [&] {
        const cv::Mat a = gray_of(*from), b = gray_of(*to);
        auto orb = cv::ORB::create(region == KV_REGION_FACE ? 400 : 600, 1.2f, 8, region == KV_REGION_FACE ? 15 : 31);
        std::vector<cv::KeyPoint> keys_a, keys_b;
        cv::Mat descriptors_a, descriptors_b;
        orb->detectAndCompute(a, region_mask(a.size(), box_from, region), keys_a, descriptors_a);
        orb->detectAndCompute(b, region_mask(b.size(), box_to, region), keys_b, descriptors_b);
        set_ok(status);
        if (keys_a.size() < kMinMatches || keys_b.size() < kMinMatches) return 0;

        cv::BFMatcher matcher(cv::NORM_HAMMING);
        std::vector<std::vector<cv::DMatch>> pairs;
        matcher.knnMatch(descriptors_a, descriptors_b, pairs, 2);
        std::vector<cv::Point2f> matched_a, matched_b;
        for (const auto &pair : pairs) {
            if (pair.size() == 2 && pair[0].distance < 0.8 * pair[1].distance) {
                matched_a.push_back(keys_a[pair[0].queryIdx].pt);
                matched_b.push_back(keys_b[pair[0].trainIdx].pt);
            }
        }
        if (matched_a.size() < kMinMatches) return 0;
        std::vector<uchar> inlier_mask;
        const cv::Mat homography = cv::findHomography(matched_a, matched_b, cv::RANSAC, 2.5, inlier_mask);
        if (homography.empty()) return 0;
        out->inliers = cv::countNonZero(inlier_mask);
        out->inlier_share = static_cast<double>(out->inliers) / matched_a.size();

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
        out->residual = std::sqrt(squared / 5) / eye_distance;
        return 1;
    });
}
