// Face detection, 5-point landmarks and 128-D descriptors with dlib.
#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "image.hpp"
#include "networks.hpp"
#include "status.hpp"

using kycvision::set_ok;
using kycvision::set_status;

struct kv_face_engine {
    dlib::frontal_face_detector hog;
    dlib::shape_predictor landmarks;
    kycvision::descriptor_network descriptor;
    kycvision::cnn_detector_network cnn;
};

namespace {

/// Faces narrower than this (in the scaled image) are detected again at twice the size.
constexpr double kSmallFacePixels = 80;

template <typename Deserializer>
bool load_model(const std::string &path, kv_status *status, Deserializer &&deserializer) {
    try {
        deserializer(path);
        return true;
    } catch (const std::exception &error) {
        set_status(status, KV_ERR_MODEL, ("cannot load model " + path + ": " + error.what()).c_str());
        return false;
    }
}

/// A detection in scaled coordinates, mapped back to the original image.
dlib::rectangle unscale(const dlib::rectangle &box, double scale) {
    return dlib::rectangle(static_cast<long>(box.left() / scale), static_cast<long>(box.top() / scale),
                           static_cast<long>(box.right() / scale), static_cast<long>(box.bottom() / scale));
}

struct Detection {
    dlib::rectangle box;
    double score;
    int detector;
};

std::vector<Detection> detect_hog(kv_face_engine &engine, const cv::Mat &bgr, double scale, int detector) {
    cv::Mat scaled;
    cv::resize(bgr, scaled, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    dlib::cv_image<dlib::bgr_pixel> view(scaled);
    std::vector<dlib::rect_detection> found;
    engine.hog(view, found, 0.0);
    std::vector<Detection> result;
    for (const auto &hit : found) result.push_back({unscale(hit.rect, scale), hit.detection_confidence, detector});
    return result;
}

std::vector<Detection> detect_cnn(kv_face_engine &engine, const cv::Mat &bgr, double scale) {
    cv::Mat scaled, rgb;
    cv::resize(bgr, scaled, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::cvtColor(scaled, rgb, cv::COLOR_BGR2RGB);
    dlib::matrix<dlib::rgb_pixel> input;
    dlib::assign_image(input, dlib::cv_image<dlib::rgb_pixel>(rgb));
    std::vector<Detection> result;
    for (const auto &hit : engine.cnn(input)) result.push_back({unscale(hit.rect, scale), hit.detection_confidence, KV_DETECTOR_CNN});
    return result;
}

/// The five landmarks of the face in `box`, written into `face` with the box.
void locate_landmarks(kv_face_engine &engine, const cv::Mat &bgr, const dlib::rectangle &box, kv_face &face) {
    dlib::cv_image<dlib::bgr_pixel> view(bgr);
    const dlib::full_object_detection shape = engine.landmarks(view, box);
    face.left = box.left();
    face.top = box.top();
    face.right = box.right();
    face.bottom = box.bottom();
    for (unsigned long p = 0; p < 5 && p < shape.num_parts(); ++p) {
        face.landmarks[2 * p] = shape.part(p).x();
        face.landmarks[2 * p + 1] = shape.part(p).y();
    }
}

}  // namespace

extern "C" kv_face_engine *kv_face_engine_load(const char *models_dir, kv_status *status) {
    return kycvision::guarded<kv_face_engine *>(status, nullptr, [&]() -> kv_face_engine * {
        if (!models_dir) {
            set_status(status, KV_ERR_ARGUMENT, "no models directory");
            return nullptr;
        }
        const std::string dir(models_dir);
        auto engine = std::make_unique<kv_face_engine>();
        engine->hog = dlib::get_frontal_face_detector();
        if (!load_model(dir + "/shape_predictor_5_face_landmarks.dat", status,
                        [&](const std::string &p) { dlib::deserialize(p) >> engine->landmarks; }) ||
            !load_model(dir + "/dlib_face_recognition_resnet_model_v1.dat", status,
                        [&](const std::string &p) { dlib::deserialize(p) >> engine->descriptor; }) ||
            !load_model(dir + "/mmod_human_face_detector.dat", status,
                        [&](const std::string &p) { dlib::deserialize(p) >> engine->cnn; })) {
            return nullptr;
        }
        set_ok(status);
        return engine.release();
    });
}

extern "C" kv_face_engine *kv_face_engine_clone(const kv_face_engine *engine, kv_status *status) {
    return kycvision::guarded<kv_face_engine *>(status, nullptr, [&]() -> kv_face_engine * {
        if (!engine) {
            set_status(status, KV_ERR_ARGUMENT, "null engine");
            return nullptr;
        }
        auto copy = new kv_face_engine(*engine);
        set_ok(status);
        return copy;
    });
}

extern "C" void kv_face_engine_free(kv_face_engine *engine) { delete engine; }

extern "C" int kv_detect_faces(kv_face_engine *engine, const kv_image *image, int max_side, int allow_cnn,
                               kv_face *faces, int capacity, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!engine || !image || (capacity > 0 && !faces) || max_side < 64) {
            set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_detect_faces");
            return -1;
        }
        const cv::Mat &bgr = image->bgr;
        const double longest = std::max(bgr.cols, bgr.rows);
        const double scale = std::min(1.0, max_side / longest);
        // Cheapest first. The upsampled pass runs when the first finds nothing, or only small
        // faces (an ID portrait): HOG's box on a face under ~80 px is coarse, and alignment,
        // hence the descriptor, depends on it.
        std::vector<Detection> found = detect_hog(*engine, bgr, scale, KV_DETECTOR_HOG);
        const bool small = !found.empty() && std::all_of(found.begin(), found.end(), [&](const Detection &d) {
            return d.box.width() * scale < kSmallFacePixels;
        });
        if (found.empty() || small) {
            std::vector<Detection> upsampled = detect_hog(*engine, bgr, scale * 2, KV_DETECTOR_HOG_UPSAMPLED);
            if (!upsampled.empty()) found = upsampled;
        }
        if (found.empty() && allow_cnn) found = detect_cnn(*engine, bgr, scale);
        std::sort(found.begin(), found.end(), [](const Detection &a, const Detection &b) { return a.box.area() > b.box.area(); });

        const int written = std::min<int>(capacity, static_cast<int>(found.size()));
        for (int i = 0; i < written; ++i) {
            locate_landmarks(*engine, bgr, found[i].box, faces[i]);
            faces[i].score = found[i].score;
            faces[i].detector = found[i].detector;
        }
        set_ok(status);
        return static_cast<int>(found.size());
    });
}

extern "C" int kv_face_in_box(kv_face_engine *engine, const kv_image *image, kv_face *face, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!engine || !image || !face || face->right <= face->left || face->bottom <= face->top) {
            set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_face_in_box");
            return -1;
        }
        const dlib::rectangle box(static_cast<long>(face->left), static_cast<long>(face->top),
                                  static_cast<long>(face->right), static_cast<long>(face->bottom));
        locate_landmarks(*engine, image->bgr, box, *face);
        face->score = 0;
        face->detector = KV_DETECTOR_TRACKED;
        set_ok(status);
        return 0;
    });
}

extern "C" int kv_face_descriptor(kv_face_engine *engine, const kv_image *image, const kv_face *face,
                                  float *descriptor128, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!engine || !image || !face || !descriptor128) {
            set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_face_descriptor");
            return -1;
        }
        const dlib::rectangle box(static_cast<long>(face->left), static_cast<long>(face->top),
                                  static_cast<long>(face->right), static_cast<long>(face->bottom));
        std::vector<dlib::point> parts;
        for (int p = 0; p < 5; ++p) {
            parts.emplace_back(static_cast<long>(face->landmarks[2 * p]), static_cast<long>(face->landmarks[2 * p + 1]));
        }
        const dlib::full_object_detection shape(box, parts);
        dlib::cv_image<dlib::bgr_pixel> view(image->bgr);
        dlib::matrix<dlib::rgb_pixel> chip;
        dlib::extract_image_chip(view, dlib::get_face_chip_details(shape, 150, 0.25), chip);
        // Test-time augmentation: the face and its mirror image, in one batch, averaged, then
        // scaled to length 1. Both steps measurably narrow the gap on Black and African faces
        // (bench/face_variants.py, BENCHMARKS.md "Face fairness"): the mirror averages out
        // left-right lighting and pose; unit length removes a per-image scale that varies with
        // exposure and contrast and carries no identity.
        const std::vector<dlib::matrix<dlib::rgb_pixel>> batch{chip, dlib::fliplr(chip)};
        const std::vector<dlib::matrix<float, 0, 1>> vectors = engine->descriptor(batch);
        const dlib::matrix<float, 0, 1> mean = (vectors[0] + vectors[1]) * 0.5f;
        const float length = std::sqrt(dlib::sum(dlib::squared(mean)));
        if (!(length > 0)) {
            set_status(status, KV_ERR_INTERNAL, "empty face descriptor");
            return -1;
        }
        for (long i = 0; i < 128; ++i) descriptor128[i] = mean(i) / length;
        set_ok(status);
        return 0;
    });
}
