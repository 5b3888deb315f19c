// Decoding, rotation and quality measures with OpenCV.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "image.hpp"
#include "status.hpp"

using kycvision::set_ok;
using kycvision::set_status;

extern "C" kv_image *kv_image_decode(const uint8_t *bytes, size_t length, kv_status *status) {
    return kycvision::guarded<kv_image *>(status, nullptr, [&]() -> kv_image * {
        if (!bytes || length == 0) {
            set_status(status, KV_ERR_ARGUMENT, "empty input");
            return nullptr;
        }
        cv::Mat buffer(1, static_cast<int>(length), CV_8UC1, const_cast<uint8_t *>(bytes));
        // IMREAD_COLOR applies the EXIF orientation and turns gray or RGBA into 3 channels.
        cv::Mat decoded = cv::imdecode(buffer, cv::IMREAD_COLOR);
        if (decoded.empty()) {
            set_status(status, KV_ERR_DECODE, "the bytes are not a decodable image");
            return nullptr;
        }
        set_ok(status);
        return new kv_image{decoded};
    });
}

extern "C" kv_image *kv_image_rotated(const kv_image *image, int quarter_turns) {
    try {
        if (!image) return nullptr;
        cv::Mat out;
        switch (((quarter_turns % 4) + 4) % 4) {
            case 0: out = image->bgr.clone(); break;
            case 1: cv::rotate(image->bgr, out, cv::ROTATE_90_CLOCKWISE); break;
            case 2: cv::rotate(image->bgr, out, cv::ROTATE_180); break;
            default: cv::rotate(image->bgr, out, cv::ROTATE_90_COUNTERCLOCKWISE); break;
        }
        return new kv_image{out};
    } catch (...) {
        return nullptr;
    }
}

extern "C" kv_image *kv_image_mirrored(const kv_image *image) {
    try {
        if (!image) return nullptr;
        cv::Mat out;
        cv::flip(image->bgr, out, 1);
        return new kv_image{out};
    } catch (...) {
        return nullptr;
    }
}

cv::Mat kycvision::shrunk_copy(const cv::Mat &bgr, int max_side) {
    const double longest = std::max(bgr.cols, bgr.rows);
    if (longest <= max_side) return bgr.clone();
    cv::Mat out;
    cv::resize(bgr, out, cv::Size(), max_side / longest, max_side / longest, cv::INTER_AREA);
    return out;
}

extern "C" kv_image *kv_image_shrunk(const kv_image *image, int max_side) {
    try {
        if (!image || max_side < 1) return nullptr;
        return new kv_image{kycvision::shrunk_copy(image->bgr, max_side)};
    } catch (...) {
        return nullptr;
    }
}

extern "C" kv_image *kv_image_enlarged(const kv_image *image, double factor) {
    try {
        if (!image || !(factor > 1) || factor > 4) return nullptr;
        cv::Mat larger;
        cv::resize(image->bgr, larger, cv::Size(), factor, factor, cv::INTER_CUBIC);
        return new kv_image{larger};
    } catch (...) {
        return nullptr;
    }
}

extern "C" void kv_image_copy_rgb(const kv_image *image, uint8_t *out) {
    if (!image || !out) return;
    cv::Mat rgb(image->bgr.rows, image->bgr.cols, CV_8UC3, out);
    cv::cvtColor(image->bgr, rgb, cv::COLOR_BGR2RGB);
}

extern "C" int kv_image_width(const kv_image *image) { return image ? image->bgr.cols : 0; }
extern "C" int kv_image_height(const kv_image *image) { return image ? image->bgr.rows : 0; }
extern "C" void kv_image_free(kv_image *image) { delete image; }

extern "C" int kv_image_quality(const kv_image *image, const double *box, kv_quality *out, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!image || !out) {
            set_status(status, KV_ERR_ARGUMENT, "null image or output");
            return -1;
        }
        cv::Rect region(0, 0, image->bgr.cols, image->bgr.rows);
        if (box) {
            cv::Rect face(cv::Point(static_cast<int>(box[0]), static_cast<int>(box[1])),
                          cv::Point(static_cast<int>(box[2]), static_cast<int>(box[3])));
            region &= face;
            if (region.area() == 0) {
                set_status(status, KV_ERR_ARGUMENT, "box outside the image");
                return -1;
            }
        }
        cv::Mat gray;
        cv::cvtColor(image->bgr(region), gray, cv::COLOR_BGR2GRAY);
        // Sharpness depends on scale: measure at a fixed size so small and large photos compare.
        const double longest = std::max(gray.cols, gray.rows);
        if (longest > 512) cv::resize(gray, gray, cv::Size(), 512 / longest, 512 / longest, cv::INTER_AREA);
        cv::Mat laplacian;
        cv::Laplacian(gray, laplacian, CV_64F);
        cv::Scalar mean, deviation;
        cv::meanStdDev(laplacian, mean, deviation);
        out->sharpness = deviation[0] * deviation[0];
        out->brightness = cv::mean(gray)[0];
        const double pixels = static_cast<double>(gray.total());
        out->overexposed = cv::countNonZero(gray >= 250) / pixels;
        out->underexposed = cv::countNonZero(gray <= 5) / pixels;
        set_ok(status);
        return 0;
    });
}

cv::Mat kycvision::windowed_magnitude(const cv::Mat &gray) {
    cv::Mat values;
    gray.convertTo(values, CV_32F);
    values -= cv::mean(values)[0];
    cv::Mat window;
    cv::createHanningWindow(window, values.size(), CV_32F);
    values = values.mul(window);
    cv::Mat spectrum;
    cv::dft(values, spectrum, cv::DFT_COMPLEX_OUTPUT);
    std::vector<cv::Mat> parts;
    cv::split(spectrum, parts);
    cv::Mat magnitude;
    cv::magnitude(parts[0], parts[1], magnitude);
    return magnitude;
}

cv::Mat kycvision::gray_of(const kv_image &image) {
    return gray_of(image, cv::Rect(0, 0, image.bgr.cols, image.bgr.rows));
}

cv::Mat kycvision::gray_of(const kv_image &image, const cv::Rect &region) {
    cv::Mat gray;
    cv::cvtColor(image.bgr(region), gray, cv::COLOR_BGR2GRAY);
    return gray;
}

cv::Rect kycvision::clipped(const kv_rect &rect, cv::Size size) {
    return cv::Rect(rect.left, rect.top, rect.width, rect.height) & cv::Rect(0, 0, size.width, size.height);
}

extern "C" kv_image *kv_image_cropped(const kv_image *image, int left, int top, int width, int height) {
    try {
        if (!image) return nullptr;
        const cv::Rect region = kycvision::clipped(kv_rect{left, top, width, height}, image->bgr.size());
        if (region.area() == 0) return nullptr;
        return new kv_image{image->bgr(region).clone()};
    } catch (...) {
        return nullptr;
    }
}

extern "C" long kv_image_encode_jpeg(const kv_image *image, int quality, uint8_t **out, kv_status *status) {
    return kycvision::guarded<long>(status, -1, [&]() -> long {
        if (!image || !out) {
            set_status(status, KV_ERR_ARGUMENT, "null image or output");
            return -1;
        }
        std::vector<uint8_t> bytes;
        cv::imencode(".jpg", image->bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, std::clamp(quality, 1, 100)});
        *out = static_cast<uint8_t *>(std::malloc(bytes.size()));
        if (!*out) throw std::bad_alloc();
        std::memcpy(*out, bytes.data(), bytes.size());
        set_ok(status);
        return static_cast<long>(bytes.size());
    });
}

extern "C" void kv_bytes_free(uint8_t *bytes) { std::free(bytes); }
