// Plain C interface to the vision code (dlib, OpenCV). Every function catches C++ exceptions
// and reports failures through kv_status; nothing throws across this boundary.
#ifndef KYC_VISION_H
#define KYC_VISION_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum kv_code {
    KV_OK = 0,
    KV_ERR_DECODE = 1,     // not a decodable image
    KV_ERR_MODEL = 2,      // a model file is missing or unreadable
    KV_ERR_ARGUMENT = 3,   // bad argument (null, out of range)
    KV_ERR_INTERNAL = 4,   // anything else (message says what)
};

typedef struct {
    int code;
    char message[256];
} kv_status;

// ---- Images: 8-bit BGR, EXIF orientation applied at decode ----

typedef struct kv_image kv_image;

/// Decodes JPEG, PNG or WebP bytes. Grayscale and RGBA inputs become 3-channel.
kv_image *kv_image_decode(const uint8_t *bytes, size_t length, kv_status *status);
/// A copy turned clockwise by quarter_turns (0–3).
kv_image *kv_image_rotated(const kv_image *image, int quarter_turns);
/// A copy whose longest side is at most max_side (never enlarged).
kv_image *kv_image_shrunk(const kv_image *image, int max_side);
/// Copies the pixels as tightly packed RGB rows into out (width × height × 3 bytes).
void kv_image_copy_rgb(const kv_image *image, uint8_t *out);
int kv_image_width(const kv_image *image);
int kv_image_height(const kv_image *image);
void kv_image_free(kv_image *image);

typedef struct {
    double sharpness;     // variance of the Laplacian of the gray region, at ≤ 512 px
    double brightness;    // mean gray level, 0–255
    double overexposed;   // fraction of pixels ≥ 250
    double underexposed;  // fraction of pixels ≤ 5
} kv_quality;

/// Quality of the whole image, or of box (left, top, right, bottom) when it is not null.
int kv_image_quality(const kv_image *image, const double *box, kv_quality *out, kv_status *status);

// ---- Faces ----

typedef struct kv_face_engine kv_face_engine;

enum kv_detector { KV_DETECTOR_HOG = 0, KV_DETECTOR_HOG_UPSAMPLED = 1, KV_DETECTOR_CNN = 2 };

typedef struct {
    double left, top, right, bottom;  // in the image's pixel coordinates
    double score;                     // detector confidence (HOG or MMOD score)
    int detector;                     // enum kv_detector
    double landmarks[10];             // 5 points (x, y): eye corners and the base of the nose
} kv_face;

/// Loads the 5-point predictor, the ResNet embedder and the MMOD detector from models_dir.
kv_face_engine *kv_face_engine_load(const char *models_dir, kv_status *status);
/// An independent copy for another thread (dlib's detectors and networks are not thread-safe).
kv_face_engine *kv_face_engine_clone(const kv_face_engine *engine, kv_status *status);
void kv_face_engine_free(kv_face_engine *engine);

/// Finds faces with landmarks. HOG on a copy scaled to max_side; only if that finds nothing,
/// HOG on a 2× upsampled copy; only if that finds nothing and allow_cnn, the CNN detector.
/// Returns how many faces were found (at most capacity are written), or -1 on error.
int kv_detect_faces(kv_face_engine *engine, const kv_image *image, int max_side, int allow_cnn,
                    kv_face *faces, int capacity, kv_status *status);

/// The 128-D descriptor of a detected face, from a 150×150 chip aligned on its landmarks.
int kv_face_descriptor(kv_face_engine *engine, const kv_image *image, const kv_face *face,
                       float *descriptor128, kv_status *status);

// ---- Documents ----

typedef struct kv_ocr kv_ocr;

/// A Tesseract engine for `language` ("eng"), tessdata from tessdata_dir or the system default
/// when null. One engine serves one call at a time.
kv_ocr *kv_ocr_load(const char *tessdata_dir, const char *language, kv_status *status);
void kv_ocr_free(kv_ocr *ocr);

/// Finds the machine readable zone (the band of OCR-B text along the bottom of a passport page
/// or an ID card's back) and reads it with the MRZ character set. Writes the text, lines
/// separated by '\n', NUL-terminated, into text. Returns its length, 0 when no zone was found,
/// or -1 on error.
int kv_read_mrz(kv_ocr *ocr, const kv_image *image, char *text, int capacity, kv_status *status);

#ifdef __cplusplus
}
#endif

#endif
