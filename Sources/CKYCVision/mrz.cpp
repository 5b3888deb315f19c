// Locating and reading the machine readable zone with OpenCV and Tesseract.
#include <tesseract/baseapi.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "image.hpp"
#include "status.hpp"

using kycvision::set_ok;
using kycvision::set_status;

struct kv_ocr {
    tesseract::TessBaseAPI api;
    ~kv_ocr() { api.End(); }  // without End, Tesseract reports its object cache as leaked
};

namespace {

/// Candidate MRZ bands, best first, in the coordinates of `gray`.
///
/// MRZ text is dense, dark, evenly spaced characters: a black-hat transform brings dark text
/// out of a light background, the horizontal gradient is strong all along the lines, and
/// closing it merges the characters (then the lines) into one wide band.
std::vector<cv::Rect> mrz_bands(const cv::Mat &gray) {
    const double scale = 800.0 / gray.cols;
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::GaussianBlur(small, small, cv::Size(3, 3), 0);
    cv::Mat blackhat, gradient, mask;
    cv::morphologyEx(small, blackhat, cv::MORPH_BLACKHAT, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(15, 7)));
    cv::Sobel(blackhat, gradient, CV_32F, 1, 0, -1);
    gradient = cv::abs(gradient);
    double lo, hi;
    cv::minMaxLoc(gradient, &lo, &hi);
    gradient.convertTo(gradient, CV_8U, hi > lo ? 255.0 / (hi - lo) : 1, hi > lo ? -255.0 * lo / (hi - lo) : 0);
    cv::morphologyEx(gradient, gradient, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(21, 5)));
    cv::threshold(gradient, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(31, 21)));
    cv::erode(mask, mask, cv::Mat(), cv::Point(-1, -1), 3);

    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<cv::Rect> bands;
    for (const auto &contour : contours) {
        const cv::Rect box = cv::boundingRect(contour);
        const double aspect = static_cast<double>(box.width) / std::max(1, box.height);
        if (aspect >= 4 && box.width >= small.cols * 0.55) bands.push_back(box);
    }
    // The zone sits at the bottom of the page: lowest band first.
    std::sort(bands.begin(), bands.end(), [](const cv::Rect &a, const cv::Rect &b) { return a.y > b.y; });
    // Lines of one zone that did not merge into one band: the union of a band and the band just
    // above it, when they overlap horizontally and sit close, is tried before either alone.
    std::vector<cv::Rect> merged;
    for (size_t i = 0; i + 1 < bands.size(); ++i) {
        const cv::Rect &low = bands[i], &high = bands[i + 1];
        const int overlap = std::min(low.x + low.width, high.x + high.width) - std::max(low.x, high.x);
        const int gap = low.y - (high.y + high.height);
        if (overlap > 0.7 * std::min(low.width, high.width) && gap < 1.5 * std::max(low.height, high.height)) {
            merged.push_back(low | high);
        }
    }
    // Last resort: the bottom third of the page, full width.
    merged.insert(merged.end(), bands.begin(), bands.end());
    merged.emplace_back(0, small.rows * 2 / 3, small.cols, small.rows - small.rows * 2 / 3);
    bands = merged;
    for (auto &band : bands) {
        const int padX = static_cast<int>(band.width * 0.04), padY = static_cast<int>(band.height * 0.25);
        cv::Rect padded(band.x - padX, band.y - padY, band.width + 2 * padX, band.height + 2 * padY);
        padded &= cv::Rect(0, 0, small.cols, small.rows);
        band = cv::Rect(static_cast<int>(padded.x / scale), static_cast<int>(padded.y / scale),
                        static_cast<int>(padded.width / scale), static_cast<int>(padded.height / scale)) &
               cv::Rect(0, 0, gray.cols, gray.rows);
    }
    return bands;
}

/// OCR of one band, scaled so characters are about 30 px tall (2–3 lines per band).
std::string read_band(kv_ocr &ocr, const cv::Mat &gray, const cv::Rect &band) {
    cv::Mat crop = gray(band).clone();
    const double target = 110.0;  // band height for two lines of ~30 px text plus spacing
    if (crop.rows < target) cv::resize(crop, crop, cv::Size(), target / crop.rows, target / crop.rows, cv::INTER_CUBIC);
    ocr.api.SetImage(crop.data, crop.cols, crop.rows, 1, static_cast<int>(crop.step));
    std::unique_ptr<char[]> text(ocr.api.GetUTF8Text());
    return text ? std::string(text.get()) : std::string();
}

}  // namespace

extern "C" kv_ocr *kv_ocr_load(const char *tessdata_dir, const char *language, kv_status *status) {
    return kycvision::guarded<kv_ocr *>(status, nullptr, [&]() -> kv_ocr * {
        auto ocr = std::make_unique<kv_ocr>();
        if (ocr->api.Init(tessdata_dir, language ? language : "eng", tesseract::OEM_LSTM_ONLY) != 0) {
            set_status(status, KV_ERR_MODEL, "Tesseract could not load its language data (install tesseract-ocr-eng)");
            return nullptr;
        }
        ocr->api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
        ocr->api.SetVariable("tessedit_char_whitelist", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<");
        ocr->api.SetVariable("load_system_dawg", "0");
        ocr->api.SetVariable("load_freq_dawg", "0");
        set_ok(status);
        return ocr.release();
    });
}

extern "C" void kv_ocr_free(kv_ocr *ocr) { delete ocr; }

extern "C" int kv_read_mrz(kv_ocr *ocr, const kv_image *image, char *text, int capacity, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!ocr || !image || !text || capacity < 1) {
            set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_read_mrz");
            return -1;
        }
        cv::Mat gray;
        cv::cvtColor(image->bgr, gray, cv::COLOR_BGR2GRAY);
        // An MRZ reads as two or three long lines with filler '<': take the first band that does.
        std::string best;
        for (const cv::Rect &band : mrz_bands(gray)) {
            std::string read = read_band(*ocr, gray, band);
            int long_lines = 0;
            std::size_t start = 0;
            while (start < read.size()) {
                const std::size_t end = std::min(read.find('\n', start), read.size());
                if (end - start >= 20) ++long_lines;
                start = end + 1;
            }
            if (long_lines >= 2 && std::count(read.begin(), read.end(), '<') >= 3) {
                best = read;
                break;
            }
            if (best.empty() && std::count(read.begin(), read.end(), '<') >= 3) best = read;
        }
        const int length = static_cast<int>(std::min<size_t>(best.size(), capacity - 1));
        std::memcpy(text, best.data(), length);
        text[length] = '\0';
        set_ok(status);
        return length;
    });
}
