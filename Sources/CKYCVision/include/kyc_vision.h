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
    KV_ERR_PIXEL_LIMIT = 5,   // frames larger than the caller's pixel limit
    KV_ERR_LENGTH_LIMIT = 6,  // a video longer than the caller's limit
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
/// A copy mirrored left for right (a front camera's photo saved as its preview shows it).
kv_image *kv_image_mirrored(const kv_image *image);
/// A copy whose longest side is at most max_side (never enlarged).
kv_image *kv_image_shrunk(const kv_image *image, int max_side);
/// A copy enlarged by `factor` (1 < factor <= 4, bicubic): small scans' MRZ characters are read
/// again at a size the OCR-B cells and Tesseract handle. NULL on bad arguments.
kv_image *kv_image_enlarged(const kv_image *image, double factor);
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

enum kv_detector { KV_DETECTOR_HOG = 0, KV_DETECTOR_HOG_UPSAMPLED = 1, KV_DETECTOR_CNN = 2, KV_DETECTOR_TRACKED = 3 };

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

/// Landmarks for a face whose box (left, top, right, bottom) comes from elsewhere: a video
/// frame where the detector missed a face it found in the neighbouring frames.
int kv_face_in_box(kv_face_engine *engine, const kv_image *image, kv_face *face, kv_status *status);

/// The 128-D descriptor of a detected face, from a 150×150 chip aligned on its landmarks: the
/// mean of the chip's and its mirror image's network outputs, scaled to length 1 (descriptor
/// version 2; version 1 was the chip's output alone, unscaled).
int kv_face_descriptor(kv_face_engine *engine, const kv_image *image, const kv_face *face,
                       float *descriptor128, kv_status *status);

// ---- Documents ----

/// A copy of the region (left, top, width, height), clipped to the image; null when empty.
kv_image *kv_image_cropped(const kv_image *image, int left, int top, int width, int height);
/// JPEG bytes of the image into a buffer the caller frees with kv_bytes_free. Returns the length.
long kv_image_encode_jpeg(const kv_image *image, int quality, uint8_t **out, kv_status *status);
void kv_bytes_free(uint8_t *bytes);

/// Corners of a document found in a photo: top-left, top-right, bottom-right, bottom-left.
typedef struct {
    double x[4], y[4];
} kv_quad;

/// Finds the document (the largest card- or page-shaped quadrilateral covering `min_area` to
/// `max_area` of the photo; with `nested`, also one inside another outline) in a photo and
/// returns it flattened by a perspective warp, long side horizontal. Returns null with status OK
/// when no document outline was found (the photo may already be a tight crop or a scan).
kv_image *kv_document_rectify(const kv_image *image, double min_area, double max_area, int nested, kv_quad *corners,
                              kv_status *status);

typedef struct {
    int left, top, width, height;
} kv_rect;

/// Candidate machine readable zones (dense bands of dark text), most likely first.
/// Returns how many were found (at most capacity written), or -1 on error.
int kv_mrz_bands(const kv_image *image, kv_rect *bands, int capacity, kv_status *status);

/// Reads an MRZ band by cutting each text line into fixed-pitch cells (characters per line:
/// 30, 36 or 44) and matching every cell against the OCR-B glyphs. Writes one or more
/// candidate readings separated by a blank line; lines within one separated by '\n'. With
/// `square_on`, the band is first seen square on, its zone's first and last lines' ends mapped
/// to a rectangle (a zone photographed in perspective); 0 when they already stand square.
/// Returns the text length (0 when the band has no MRZ-like lines) or -1 on error.
int kv_classify_mrz_band(const kv_image *image, kv_rect band, int square_on, char *text, int capacity, kv_status *status);

/// How far the text of a photo is tilted, in degrees within ±max_degrees (at most 45),
/// counter-clockwise positive: kv_image_turned by that angle makes its lines level. For
/// documents whose outline is hidden, so that no perspective flattened them. 0 or -1 on error.
int kv_text_skew(const kv_image *image, double max_degrees, double *degrees, kv_status *status);

/// A copy turned counter-clockwise by `degrees`, enlarged so that no corner is cut off (the
/// border repeats the edge pixels). NULL on bad arguments.
kv_image *kv_image_turned(const kv_image *image, double degrees);

/// Dot-matrix print made readable: a copy in which the print drawn as separate dots (older
/// cards, photocopies of them) has its dots run into strokes, the rest unchanged. NULL with
/// status OK when nothing prints in dots.
kv_image *kv_image_dots_joined(const kv_image *image, kv_status *status);

/// Labels printed light on dark tabs (white capitals on a tab of the issuer's colour), which
/// the page reading misses: a copy of the image with each tab redrawn as black letters on
/// white, its tabs written to `tabs` (at most `capacity`, `count` set). NULL with status OK when
/// the image has none.
kv_image *kv_label_tabs_shown(const kv_image *image, kv_rect *tabs, int capacity, int *count, kv_status *status);
/// Dark bands larger than a tab printed with light text (a header band holding the ID number
/// in white), which the page reading reads in pieces: a copy of the image with each band
/// redrawn as black letters on white, their boxes written to `bands`. NULL with status OK when
/// the image has none.
kv_image *kv_dark_bands_shown(const kv_image *image, kv_rect *bands, int capacity, int *count, kv_status *status);

typedef struct kv_ocr kv_ocr;

enum kv_ocr_mode {
    KV_OCR_MRZ = 0,   // one block of text, MRZ characters only (A–Z, 0–9, '<')
    KV_OCR_TEXT = 1,  // printed text anywhere on a document, any characters of the language
};

/// A Tesseract engine (through its C API) for `languages` ("eng" or "eng+fra+por"), tessdata
/// from tessdata_dir or the system default when null. One engine serves one call at a time.
kv_ocr *kv_ocr_load(const char *tessdata_dir, const char *languages, int mode, kv_status *status);
void kv_ocr_free(kv_ocr *ocr);

/// Reads an MRZ band with Tesseract (an engine loaded with KV_OCR_MRZ). Same output as
/// kv_classify_mrz_band, one reading.
int kv_ocr_mrz_band(kv_ocr *ocr, const kv_image *image, kv_rect band, char *text, int capacity, kv_status *status);

typedef struct {
    char text[160];      // UTF-8, NUL-terminated
    kv_rect box;         // in the image's pixel coordinates
    float confidence;    // 0–100
} kv_text_line;

/// How the page is turned black and white before it is read.
typedef enum {
    /// One level for the whole page (Otsu's, Tesseract's default).
    KV_THRESHOLD_PAGE = 0,
    /// A level for each window of the page (Sauvola's): for a page shaded from one side, or
    /// whose value cells are tinted darker than the ground around them.
    KV_THRESHOLD_LOCAL = 1,
} kv_threshold;

/// Text lines of a document image with their boxes (an engine loaded with KV_OCR_TEXT). A line
/// whose words go from a value in capitals to smaller print (its label after it) comes as one
/// line per print.
/// Returns how many lines were found (at most capacity written), or -1 on error.
int kv_ocr_lines(kv_ocr *ocr, const kv_image *image, kv_threshold threshold, kv_text_line *lines, int capacity,
                 kv_status *status);

typedef enum {
    /// A lone word or letter somewhere in a region about three lines tall (`M` under `SEX`:
    /// Tesseract's sparse-text reading drops a lone character, which reads as a single word).
    KV_OCR_REGION_WORD = 0,
    /// One line of text filling the region (a value read again on its own).
    KV_OCR_REGION_LINE = 1,
} kv_ocr_region_kind;

/// Reads the text in `region` of an image with an engine loaded with KV_OCR_TEXT, only of
/// `characters` when not null. Writes the text and the confidence of its least confident
/// character (0–100); returns the text length or -1 on error.
int kv_ocr_region(kv_ocr *ocr, const kv_image *image, kv_rect region, kv_ocr_region_kind kind, const char *characters,
                  char *text, int capacity, float *confidence, kv_status *status);


// ---- Liveness: what one video frame looks like around the face ----

enum { KV_PATCH_SIDE = 64 };
/// Colour-texture numbers per frame (kv_frame_cues.texture): uniform-LBP histograms (59 bins) of
/// Y, Cr and Cb on the face's centre (at most 96×96) at the camera's own pixels; the log
/// spectrum of that centre in 8 rings less their mean; the skin's mean Cr and Cb, spread of Y,
/// Cr and Cb, and 1st and 99th luma percentiles.
enum { KV_TEXTURE_FEATURES = 3 * 59 + 8 + 7 };

typedef struct {
    uint64_t frame_hash[4];  // 256-bit difference hash of the whole frame (signs of 16×16 gradients)
    uint8_t patch[KV_PATCH_SIDE * KV_PATCH_SIDE];  // the face region in gray, for repeat checks
    double moire;            // how far the strongest periodic peak of the face region's spectrum
                             // stands above its ring (log10 ratio): screens and halftone raise it
    double border;           // 0–1: sides of a frame (screen bezel, paper edge) found around the face
    double dynamic_range;    // 1st–99th percentile spread of the face region's gray levels / 255
    double saturation;       // mean HSV saturation of the face region, 0–1
    double screen_pattern;   // like moire, the strongest over several scales (the face at its
                             // own pixels, the face, the head with its surroundings)
    int device_edge;         // 1 when a straight edge crosses below the face, through the neck
                             // and body, with a dark flat band along it (a screen's bezel, a
                             // letterboxed video's bar); 0 otherwise
    float texture[KV_TEXTURE_FEATURES];  // the face's colour texture, for the recapture model
} kv_frame_cues;

/// Measures one frame around the face box (left, top, right, bottom).
int kv_frame_cues_measure(const kv_image *image, const double *box, kv_frame_cues *out, kv_status *status);

/// Which features kv_plane_motion follows from one frame to another.
enum kv_plane_region {
    KV_REGION_SURROUNDINGS = 0,  // around the head, the head and hair masked out
    KV_REGION_FACE = 1,          // inside the face box
};

typedef struct {
    int inliers;          // matches the fitted homography explains (within 2.5 px)
    double inlier_share;  // inliers / matches
    double residual;      // RMS distance of the carried landmarks from the target ones, in eye distances
} kv_plane_fit;

/// For each of `count` later frames, fits one homography (ORB features, RANSAC) to the features
/// of `region` between frame `from` and that frame, and carries the five landmarks of `from`
/// with it. A photo held up moves as one plane: its face features fit one homography, and so
/// does the background printed around the face, and both carry the landmarks where they are. A
/// head turning does neither: its face has relief, and it turns against the room. `from`'s
/// features are found once for all frames. out[i].inliers is 0 when frame i had too few matches
/// to judge. Returns 0, or -1 on error. Boxes are (left, top, right, bottom), 4 doubles per
/// frame; landmarks 5 (x, y) pairs, 10 doubles per frame.
int kv_plane_motion(const kv_image *from, const double *box_from, const double *landmarks_from,
                    const kv_image *const *to, const double *boxes_to, const double *landmarks_to, int count,
                    int region, kv_plane_fit *out, kv_status *status);

// ---- Liveness videos ----

typedef struct {
    int max_frames;           // frames kept at most (spread over the whole video)
    int max_side;             // kept frames are shrunk to this longest side
    double min_gap_ms;        // kept frames are at least this far apart
    double max_duration_ms;   // longer videos are refused (KV_ERR_LENGTH_LIMIT) without decoding the rest
    double max_pixels;        // frame width × height above this is refused (KV_ERR_PIXEL_LIMIT)
} kv_video_limits;

/// Decodes a short WebM or MP4 video held in memory (OpenCV over FFmpeg) and keeps frames
/// spread evenly over it: one every min_gap_ms at first, every second one dropped (and the gap
/// doubled) whenever more than max_frames are kept, so memory stays bounded in one pass.
/// Writes the frames (the caller frees them with kv_image_free) and their presentation times in
/// milliseconds; `capacity` must be at least max_frames. Returns how many were kept, or -1
/// (KV_ERR_DECODE when it is not a readable video, or one of the limit codes).
int kv_video_decode(const uint8_t *bytes, size_t length, const kv_video_limits *limits,
                    kv_image **frames, double *timestamps_ms, int capacity, kv_status *status);

#ifdef __cplusplus
}
#endif

#endif
