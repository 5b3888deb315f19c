// Tesseract 5 through its C API: one engine per kv_ocr, reused across calls.
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

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

/// Text read in one print on one line: a Tesseract text line, or a piece of one.
struct PrintRun {
    std::string text;
    cv::Rect box;
    float confidence;  // 0–100
};

size_t characters_in(const std::string &utf8) {
    return static_cast<size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

/// How many letters or digits (any UTF-8 character past ASCII counts as a letter).
int letters_in(const std::string &utf8) {
    int letters = 0;
    for (unsigned char c : utf8) letters += std::isalnum(c) || c >= 0xC0;
    return letters;
}

bool has_lower_case(const std::string &utf8) {
    return std::any_of(utf8.begin(), utf8.end(), [](unsigned char c) { return std::islower(c); });
}

/// Whether `word` is in smaller print than `before`, the word before it on its line, a word in
/// capitals and digits (a value), or below its baseline (its top no higher, its bottom lower by
/// more than 0.4 of `before`'s height: a label stacked over its second language beside a value;
/// a word reaching higher and lower is a larger word or specks with it). A value with its
/// small label after it on one row (`MUKASA surname`) is read as one line; the label is other
/// text. A descender (`July`) drops a word's bottom by about a quarter of the capitals' height.
/// (Not after lower case: the boxes of small lower-case words vary too much, `siven` 29 px high,
/// `names` after it 9.)
bool in_smaller_print(const PrintRun &before, const PrintRun &word) {
    if (letters_in(before.text) < 2 || letters_in(word.text) < 2 || has_lower_case(before.text)) return false;
    const int drop = (word.box.y + word.box.height) - (before.box.y + before.box.height);
    return 5 * word.box.height < 3 * before.box.height || (word.box.y >= before.box.y && 5 * drop > 2 * before.box.height);
}

/// A line's words as runs of one print: the line whole, unless a word is in smaller print than
/// the one before it (then it starts a run, and so does a word in the line's first print after it).
void add_runs(const PrintRun &line, const std::vector<PrintRun> &words, std::vector<PrintRun> &runs) {
    std::vector<size_t> starts{0};
    for (size_t index = 1; index < words.size(); ++index) {
        const bool smaller = in_smaller_print(words[index - 1], words[index]);
        const bool back = starts.size() > 1 && in_smaller_print(words[index], words[index - 1]);
        if (smaller || back) starts.push_back(index);
    }
    if (starts.size() == 1) {
        runs.push_back(line);
        return;
    }
    starts.push_back(words.size());
    for (size_t start = 0; start + 1 < starts.size(); ++start) {
        PrintRun run{"", words[starts[start]].box, 0};
        double weighted = 0, characters = 0;
        for (size_t index = starts[start]; index < starts[start + 1]; ++index) {
            const PrintRun &word = words[index];
            run.text += (run.text.empty() ? "" : " ") + word.text;
            run.box |= word.box;
            weighted += word.confidence * characters_in(word.text);
            characters += characters_in(word.text);
        }
        run.confidence = characters > 0 ? static_cast<float>(weighted / characters) : 0;
        runs.push_back(run);
    }
}

/// What the last recognition read, as runs of one print, in Tesseract's reading order.
std::vector<PrintRun> print_runs(kv_ocr &ocr) {
    std::vector<PrintRun> runs;
    TessResultIterator *iterator = TessBaseAPIGetIterator(ocr.api);
    if (!iterator) return runs;
    const TessPageIterator *page = TessResultIteratorGetPageIteratorConst(iterator);
    auto box_at = [&](TessPageIteratorLevel level, cv::Rect &box) {
        int left, top, right, bottom;
        if (!TessPageIteratorBoundingBox(page, level, &left, &top, &right, &bottom)) return false;
        box = cv::Rect(left, top, right - left, bottom - top);
        return true;
    };
    PrintRun line{};
    bool in_line = false;
    std::vector<PrintRun> words;
    auto finish_line = [&]() {
        if (in_line && !words.empty()) add_runs(line, words, runs);
        in_line = false;
        words.clear();
    };
    do {
        if (TessPageIteratorIsAtBeginningOf(page, tesseract::RIL_TEXTLINE)) {
            finish_line();
            const std::string read = TessText{TessResultIteratorGetUTF8Text(iterator, tesseract::RIL_TEXTLINE)}.str();
            const size_t end = read.find_last_not_of(" \n\t");
            in_line = end != std::string::npos && box_at(tesseract::RIL_TEXTLINE, line.box);
            if (!in_line) continue;
            line.text = read.substr(0, end + 1);
            line.confidence = TessResultIteratorConfidence(iterator, tesseract::RIL_TEXTLINE);
        }
        if (!in_line) continue;
        PrintRun word{TessText{TessResultIteratorGetUTF8Text(iterator, tesseract::RIL_WORD)}.str(), {}, 0};
        if (word.text.empty() || !box_at(tesseract::RIL_WORD, word.box)) continue;
        word.confidence = TessResultIteratorConfidence(iterator, tesseract::RIL_WORD);
        words.push_back(word);
    } while (TessResultIteratorNext(iterator, tesseract::RIL_WORD));
    finish_line();
    TessResultIteratorDelete(iterator);
    return runs;
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

extern "C" int kv_ocr_lines(kv_ocr *ocr, const kv_image *image, kv_threshold threshold, kv_text_line *lines, int capacity,
                            kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!ocr || !image || !lines || ocr->mode != KV_OCR_TEXT) {
            set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_ocr_lines");
            return -1;
        }
        const cv::Mat gray = kycvision::without_value_boxes(kycvision::gray_of(*image));
        // Tesseract's thresholding_method: 0 is Otsu's, 2 Sauvola's. Set for this page only:
        // kv_ocr_region reads a small crop, whose ground one level suits.
        TessBaseAPISetVariable(ocr->api, "thresholding_method", threshold == KV_THRESHOLD_LOCAL ? "2" : "0");
        set_gray(*ocr, gray);
        const bool recognised = TessBaseAPIRecognize(ocr->api, nullptr) == 0;
        TessBaseAPISetVariable(ocr->api, "thresholding_method", "0");
        if (!recognised) {
            set_status(status, KV_ERR_INTERNAL, "Tesseract could not recognise the image");
            return -1;
        }
        int count = 0;
        for (const PrintRun &run : print_runs(*ocr)) {
            if (count < capacity) {
                kv_text_line &line = lines[count];
                const size_t length = std::min(run.text.size(), sizeof line.text - 1);
                std::memcpy(line.text, run.text.data(), length);
                line.text[length] = '\0';
                line.box = kv_rect{run.box.x, run.box.y, run.box.width, run.box.height};
                line.confidence = run.confidence;
            }
            ++count;
        }
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
