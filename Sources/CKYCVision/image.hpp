#pragma once

#include <opencv2/core.hpp>

struct kv_image {
    cv::Mat bgr;  // CV_8UC3
};
