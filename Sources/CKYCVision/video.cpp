// Liveness videos: decoding a WebM or MP4 upload into a bounded set of timed frames.
#include <opencv2/videoio.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "image.hpp"
#include "status.hpp"

using kycvision::set_ok;
using kycvision::set_status;

namespace {

// FFmpeg parses untrusted uploads here: let it open local files only (no network or nested
// protocols) with the WebM/Matroska and MP4/QuickTime demuxers only. OpenCV reads these options
// from the environment at every open; they are set once, before main, while one thread runs,
// unless the operator set their own.
const bool ffmpeg_restricted = [] {
    return setenv("OPENCV_FFMPEG_CAPTURE_OPTIONS",
                  "protocol_whitelist;file|format_whitelist;matroska,webm,mov,mp4,m4a,3gp,3g2,mj2", 0) == 0;
}();

/// A private temporary file holding the video, removed when this goes out of scope. OpenCV
/// 4.6 reads videos only from a path; the file is unlinked as soon as FFmpeg has opened it,
/// so the (biometric) bytes are reachable by name only for that moment.
class TemporaryVideo {
   public:
    explicit TemporaryVideo(const uint8_t *bytes, size_t length) {
        const char *directory = std::getenv("TMPDIR");
        path_ = std::string(directory && *directory ? directory : "/tmp") + "/openkyc-video-XXXXXX";
        const int descriptor = mkstemp(path_.data());
        if (descriptor < 0) {
            path_.clear();
            return;
        }
        size_t written = 0;
        while (written < length) {
            const ssize_t step = write(descriptor, bytes + written, length - written);
            if (step <= 0) break;
            written += static_cast<size_t>(step);
        }
        close(descriptor);
        ok_ = written == length;
    }
    ~TemporaryVideo() { remove(); }
    TemporaryVideo(const TemporaryVideo &) = delete;
    TemporaryVideo &operator=(const TemporaryVideo &) = delete;

    bool ok() const { return ok_; }
    const std::string &path() const { return path_; }
    void remove() {
        if (!path_.empty()) unlink(path_.c_str());
        path_.clear();
    }

   private:
    std::string path_;
    bool ok_ = false;
};

struct TimedFrame {
    cv::Mat bgr;
    double ms;
};

}  // namespace

extern "C" int kv_video_decode(const uint8_t *bytes, size_t length, const kv_video_limits *limits,
                               kv_image **frames, double *timestamps_ms, int capacity, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!bytes || length == 0 || !limits || !frames || !timestamps_ms || limits->max_frames < 1 ||
            capacity < limits->max_frames || limits->max_side < 1) {
            set_status(status, KV_ERR_ARGUMENT, "bad video decoding arguments");
            return -1;
        }
        TemporaryVideo file(bytes, length);
        if (!file.ok()) {
            set_status(status, KV_ERR_INTERNAL, "could not write a temporary file for the video");
            return -1;
        }
        cv::VideoCapture capture(file.path(), cv::CAP_FFMPEG);
        file.remove();
        if (!capture.isOpened()) {
            set_status(status, KV_ERR_DECODE, "the bytes are not a readable video");
            return -1;
        }
        const double width = capture.get(cv::CAP_PROP_FRAME_WIDTH), height = capture.get(cv::CAP_PROP_FRAME_HEIGHT);
        if (width * height > limits->max_pixels) {
            set_status(status, KV_ERR_PIXEL_LIMIT, "the video's frames are over the pixel limit");
            return -1;
        }
        std::vector<TimedFrame> kept;
        double gap = limits->min_gap_ms, first = -1, previous = -1;
        cv::Mat frame;
        int decoded = 0;
        while (capture.read(frame)) {
            if (frame.empty()) continue;
            ++decoded;
            double ms = capture.get(cv::CAP_PROP_POS_MSEC);
            // Some streams carry no usable times: fall back to the frame rate, then to 30 fps.
            if (!(ms >= 0) || ms <= previous) {
                const double fps = capture.get(cv::CAP_PROP_FPS);
                ms = previous < 0 ? 0 : previous + 1000.0 / (fps > 0 && fps < 1000 ? fps : 30);
            }
            previous = ms;
            if (first < 0) first = ms;
            if (ms - first > limits->max_duration_ms) {
                set_status(status, KV_ERR_LENGTH_LIMIT, "the video is longer than the limit");
                return -1;
            }
            if (!kept.empty() && ms - kept.back().ms < gap) continue;
            kept.push_back({kycvision::shrunk_copy(frame, limits->max_side), ms});
            if (static_cast<int>(kept.size()) > limits->max_frames) {
                std::vector<TimedFrame> thinned;
                for (size_t index = 0; index < kept.size(); index += 2) thinned.push_back(std::move(kept[index]));
                kept = std::move(thinned);
                gap *= 2;
            }
        }
        if (decoded == 0) {
            set_status(status, KV_ERR_DECODE, "the video has no readable frames");
            return -1;
        }
        for (size_t index = 0; index < kept.size(); ++index) {
            frames[index] = new kv_image{kept[index].bgr};
            timestamps_ms[index] = kept[index].ms;
        }
        set_ok(status);
        return static_cast<int>(kept.size());
    });
}
