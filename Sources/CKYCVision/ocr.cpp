// Tesseract 5 through its C API: one engine per kv_ocr, reused across calls.
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

#include "image.hpp"
#include "status.hpp"

using kycvision::set_ok;
using kycvision::set_status;

struct kv_ocr {
    TessBaseAPI *api = TessBaseAPICreate();
    int mode = KV_OCR_MRZ;
    ~kv_ocr() {
        TessBaseAPIEnd(api);  // without End, Tesseract reports its object cache as leaked
        TessBaseAPIDelete(api);
    }
};

namespace {

/// Owns a string Tesseract allocated.
struct TessText {
    char *text;
    ~TessText() { TessDeleteText(text); }
    std::string str() const { return text ? std::string(text) : std::string(); }
};

void set_gray(kv_ocr &ocr, const cv::Mat &gray) {
    TessBaseAPISetImage(ocr.api, gray.data, gray.cols, gray.rows, 1, static_cast<int>(gray.step));
}

}  // namespace

extern "C" kv_ocr *kv_ocr_load(const char *tessdata_dir, const char *languages, int mode, kv_status *status) {
    return kycvision::guarded<kv_ocr *>(status, nullptr, [&]() -> kv_ocr * {
        // Leptonica (under Tesseract) prints warnings about odd boxes on stderr: keep logs clean.
        setMsgSeverity(L_SEVERITY_NONE);
        auto ocr = std::make_unique<kv_ocr>();
        ocr->mode = mode;
        if (TessBaseAPIInit2(ocr->api, tessdata_dir, languages ? languages : "eng", tesseract::OEM_LSTM_ONLY) != 0) {
            set_status(status, KV_ERR_MODEL, "Tesseract could not load its language data (install tesseract-ocr-eng)");
            return nullptr;
        }
        // Dictionaries only hurt on names, numbers and codes.
        TessBaseAPISetVariable(ocr->api, "load_system_dawg", "0");
        TessBaseAPISetVariable(ocr->api, "load_freq_dawg", "0");
        // Quiet: no "Estimating resolution" or "too small to scale" notes on stderr.
        TessBaseAPISetVariable(ocr->api, "debug_file", "/dev/null");
        TessBaseAPISetVariable(ocr->api, "user_defined_dpi", "300");
        if (mode == KV_OCR_MRZ) {
            TessBaseAPISetPageSegMode(ocr->api, tesseract::PSM_SINGLE_BLOCK);
            TessBaseAPISetVariable(ocr->api, "tessedit_char_whitelist", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<");
        } else {
            TessBaseAPISetPageSegMode(ocr->api, tesseract::PSM_SPARSE_TEXT);
        }
        set_ok(status);
        return ocr.release();
    });
}

extern "C" void kv_ocr_free(kv_ocr *ocr) { delete ocr; }

extern "C" int kv_ocr_mrz_band(kv_ocr *ocr, const kv_image *image, kv_rect band, char *text, int capacity,
                               kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!ocr || !image || !text || capacity < 1 || ocr->mode != KV_OCR_MRZ) {
            set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_ocr_mrz_band");
            return -1;
        }
        const cv::Rect region = kycvision::clipped(band, image->bgr.size());
        text[0] = '\0';
        set_ok(status);
        if (region.area() == 0) return 0;
        cv::Mat crop = kycvision::gray_of(*image, region);
        // Characters about 30 px tall read best: a band of two or three lines ~110 px high.
        const double target = 110.0;
        if (crop.rows < target) cv::resize(crop, crop, cv::Size(), target / crop.rows, target / crop.rows, cv::INTER_CUBIC);
        set_gray(*ocr, crop);
        const std::string read = TessText{TessBaseAPIGetUTF8Text(ocr->api)}.str();
        const int length = static_cast<int>(std::min<size_t>(read.size(), capacity - 1));
        std::memcpy(text, read.data(), length);
        text[length] = '\0';
        return length;
    });
}

extern "C" int kv_ocr_lines(kv_ocr *ocr, const kv_image *image, kv_text_line *lines, int capacity, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!ocr || !image || !lines || ocr->mode != KV_OCR_TEXT) {
            set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_ocr_lines");
            return -1;
        }
        const cv::Mat gray = kycvision::without_value_boxes(kycvision::gray_of(*image));
        set_gray(*ocr, gray);
        if (TessBaseAPIRecognize(ocr->api, nullptr) != 0) {
            set_status(status, KV_ERR_INTERNAL, "Tesseract could not recognise the image");
            return -1;
        }
        int count = 0;
        TessResultIterator *iterator = TessBaseAPIGetIterator(ocr->api);
        if (!iterator) {
            set_ok(status);
            return 0;
        }
        const TessPageIterator *page = TessResultIteratorGetPageIteratorConst(iterator);
        do {
            const std::string read = TessText{TessResultIteratorGetUTF8Text(iterator, tesseract::RIL_TEXTLINE)}.str();
            if (read.find_first_not_of(" \n\t") == std::string::npos) continue;
            int left, top, right, bottom;
            if (!TessPageIteratorBoundingBox(page, tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom)) continue;
            if (count < capacity) {
                kv_text_line &line = lines[count];
                std::string trimmed = read.substr(0, read.find_last_not_of(" \n\t") + 1);
                const size_t length = std::min(trimmed.size(), sizeof line.text - 1);
                std::memcpy(line.text, trimmed.data(), length);
                line.text[length] = '\0';
                line.box = kv_rect{left, top, right - left, bottom - top};
                line.confidence = TessResultIteratorConfidence(iterator, tesseract::RIL_TEXTLINE);
            }
            ++count;
        } while (TessResultIteratorNext(iterator, tesseract::RIL_TEXTLINE));
        TessResultIteratorDelete(iterator);
        set_ok(status);
        return std::min(count, capacity);
    });
}

extern "C" int kv_ocr_region(kv_ocr *ocr, const kv_image *image, kv_rect region, kv_ocr_region_kind kind,
                             const char *characters, char *text, int capacity, float *confidence, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!ocr || !image || !text || capacity < 1 || !confidence || ocr->mode != KV_OCR_TEXT) {
            set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_ocr_region");
            return -1;
        }
        const cv::Rect box = kycvision::clipped(region, image->bgr.size());
        text[0] = '\0';
        *confidence = 0;
        set_ok(status);
        if (box.area() == 0) return 0;
        cv::Mat crop = kycvision::gray_of(*image, box);
        // Letters some 40 px tall (the region is about three lines tall for a word, one and a
        // half for a line), on a margin: Tesseract reads a lone glyph best so.
        const double target = (kind == KV_OCR_REGION_LINE ? 1.5 : 3) * 40.0;
        if (crop.rows < target) cv::resize(crop, crop, cv::Size(), target / crop.rows, target / crop.rows, cv::INTER_CUBIC);
        cv::copyMakeBorder(crop, crop, 20, 20, 20, 20, cv::BORDER_REPLICATE);
        TessBaseAPISetPageSegMode(ocr->api, kind == KV_OCR_REGION_LINE ? tesseract::PSM_SINGLE_LINE : tesseract::PSM_SINGLE_WORD);
        if (characters) TessBaseAPISetVariable(ocr->api, "tessedit_char_whitelist", characters);
        set_gray(*ocr, crop);
        const std::string read = TessText{TessBaseAPIGetUTF8Text(ocr->api)}.str();
        // The least confident character's (MeanTextConf reads 0 under a character whitelist).
        if (TessResultIterator *iterator = TessBaseAPIGetIterator(ocr->api)) {
            float least = 100;
            bool any = false;
            do {
                least = std::min(least, TessResultIteratorConfidence(iterator, tesseract::RIL_SYMBOL));
                any = true;
            } while (TessResultIteratorNext(iterator, tesseract::RIL_SYMBOL));
            TessResultIteratorDelete(iterator);
            if (any) *confidence = least;
        }
        // Back to the engine's settings for kv_ocr_lines.
        if (characters) TessBaseAPISetVariable(ocr->api, "tessedit_char_whitelist", "");
        TessBaseAPISetPageSegMode(ocr->api, tesseract::PSM_SPARSE_TEXT);
        const std::string trimmed = read.substr(0, read.find_last_not_of(" \n\t") + 1);
        const int length = static_cast<int>(std::min<size_t>(trimmed.size(), capacity - 1));
        std::memcpy(text, trimmed.data(), length);
        text[length] = '\0';
        return length;
    });
}
