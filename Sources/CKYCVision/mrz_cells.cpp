// Reading an MRZ band character by character.
//
// The zone is printed in one font (OCR-B) at one pitch (10 characters per inch), with a known
// number of characters per line (30, 36 or 44). So each text line can be cut into equal cells,
// and each cell compared with the font's 37 glyphs. A general OCR engine guesses where the
// characters are and reads the '<' runs badly; here the cell grid comes from the geometry.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "image.hpp"
#include "ocrb_glyphs.hpp"
#include "status.hpp"

namespace {

struct TextLine {
    int top, bottom;
    int height() const { return bottom - top; }
};

struct Reading {
    std::string text;
    double score;  // mean glyph correlation, 0–1
};

/// One glyph template, ready for normalised correlation: zero mean, its norm, and the centre
/// of its ink (to place it over a cell without trying every offset).
struct Glyph {
    cv::Mat zero_mean;  // CV_32F, kGlyphHeight × kGlyphWidth
    double norm;
    cv::Point2d ink_centre;
};

/// Where the ink of `image` (dark on light) is centred, within `region`.
cv::Point2d ink_centre(const cv::Mat &image, const cv::Rect &region) {
    double total = 0, sx = 0, sy = 0;
    for (int y = region.y; y < region.y + region.height; ++y) {
        const float *row = image.ptr<float>(y);
        for (int x = region.x; x < region.x + region.width; ++x) {
            const double weight = std::max(0.0, 230.0 - row[x]);
            total += weight, sx += weight * x, sy += weight * y;
        }
    }
    if (total < 1) return cv::Point2d(region.x + region.width / 2.0, region.y + region.height / 2.0);
    return cv::Point2d(sx / total, sy / total);
}

const std::vector<Glyph> &glyph_templates() {
    static const std::vector<Glyph> templates = [] {
        std::vector<Glyph> out;
        for (const auto &pixels : kGlyphPixels) {
            cv::Mat glyph(kGlyphHeight, kGlyphWidth, CV_8U, const_cast<unsigned char *>(pixels));
            cv::Mat smooth;
            glyph.convertTo(smooth, CV_32F);
            // Photos are never as sharp as the font: a little blur matches them better.
            cv::GaussianBlur(smooth, smooth, cv::Size(3, 3), 0.6);
            const cv::Point2d centre = ink_centre(smooth, cv::Rect(0, 0, kGlyphWidth, kGlyphHeight));
            cv::Mat zero_mean = smooth - cv::mean(smooth)[0];
            out.push_back(Glyph{zero_mean, cv::norm(zero_mean), centre});
        }
        return out;
    }();
    return templates;
}

/// Normalised correlation of `glyph` placed at (x, y) in `patch`, −1…1.
double correlation(const cv::Mat &patch, int x, int y, const Glyph &glyph) {
    double dot = 0, sum = 0, squares = 0;
    for (int row = 0; row < kGlyphHeight; ++row) {
        const float *p = patch.ptr<float>(y + row) + x;
        const float *g = glyph.zero_mean.ptr<float>(row);
        for (int col = 0; col < kGlyphWidth; ++col) {
            dot += p[col] * g[col];
            sum += p[col];
            squares += p[col] * p[col];
        }
    }
    const double n = kGlyphWidth * kGlyphHeight;
    const double spread = std::sqrt(std::max(0.0, squares - sum * sum / n));
    // The template has zero mean, so the window's mean drops out of the dot product.
    return spread > 1e-6 && glyph.norm > 1e-6 ? dot / (spread * glyph.norm) : 0;
}

/// Paper white and ink dark whatever the lighting: divide by the background, estimated by a
/// closing wider than any stroke (which removes the text).
cv::Mat flatten_light(const cv::Mat &gray, int kernel) {
    cv::Mat background, out;
    cv::morphologyEx(gray, background, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(kernel, kernel)));
    background.setTo(1, background == 0);
    cv::divide(gray, background, out, 255.0, CV_8U);
    return out;
}

cv::Mat rotated(const cv::Mat &image, double degrees, int border) {
    const cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(image.cols / 2.0f, image.rows / 2.0f), degrees, 1.0);
    cv::Mat out;
    cv::warpAffine(image, out, turn, image.size(), cv::INTER_LINEAR, border, cv::Scalar(0));
    return out;
}

cv::Mat row_profile(const cv::Mat &ink) {
    cv::Mat rows;
    cv::reduce(ink, rows, 1, cv::REDUCE_SUM, CV_32F);
    return rows / 255.0;
}

/// The skew that makes the text lines horizontal: the one with the most contrasted row profile.
double skew_angle(const cv::Mat &ink) {
    double best_angle = 0, best_score = -1;
    for (double angle = -6; angle <= 6.01; angle += 0.5) {
        const cv::Mat profile = row_profile(rotated(ink, angle, cv::BORDER_CONSTANT));
        double score = 0;
        for (int y = 1; y < profile.rows; ++y) {
            const double step = profile.at<float>(y) - profile.at<float>(y - 1);
            score += step * step;
        }
        if (score > best_score) best_score = score, best_angle = angle;
    }
    return best_angle;
}

std::vector<TextLine> text_lines(const cv::Mat &ink) {
    const cv::Mat profile = row_profile(ink);
    double peak;
    cv::minMaxLoc(profile, nullptr, &peak);
    std::vector<TextLine> runs;
    for (int y = 0; y < profile.rows; ++y) {
        if (profile.at<float>(y) <= 0.2 * peak) continue;
        if (!runs.empty() && y - runs.back().bottom <= 1) runs.back().bottom = y + 1;
        else runs.push_back({y, y + 1});
    }
    int tallest = 0;
    for (const auto &run : runs) tallest = std::max(tallest, run.height());
    std::vector<TextLine> lines;
    for (const auto &run : runs) {
        if (run.height() >= std::max(6.0, 0.5 * tallest)) lines.push_back(run);
    }
    return lines;
}

/// Horizontal centres of the character-sized blobs of one line, left to right.
std::vector<double> character_centres(const cv::Mat &ink, const TextLine &line) {
    const int margin = line.height() / 4;
    const cv::Rect strip_rect = cv::Rect(0, line.top - margin, ink.cols, line.height() + 2 * margin) &
                                cv::Rect(0, 0, ink.cols, ink.rows);
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(ink(strip_rect), labels, stats, centroids, 8, CV_32S);
    const double h = line.height();
    std::vector<std::pair<int, int>> spans;  // x ranges of the blobs kept
    for (int i = 1; i < count; ++i) {
        const int width = stats.at<int>(i, cv::CC_STAT_WIDTH), height = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (height < 0.3 * h || height > 1.25 * h || width > 1.5 * h || area < 0.02 * h * h) continue;
        spans.emplace_back(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_LEFT) + width);
    }
    std::sort(spans.begin(), spans.end());
    // Pieces of one broken character overlap horizontally: join them.
    std::vector<std::pair<int, int>> joined;
    for (const auto &span : spans) {
        if (!joined.empty()) {
            auto &last = joined.back();
            const int overlap = std::min(last.second, span.second) - std::max(last.first, span.first);
            if (overlap > 0.5 * std::min(last.second - last.first, span.second - span.first)) {
                last = {std::min(last.first, span.first), std::max(last.second, span.second)};
                continue;
            }
        }
        joined.push_back(span);
    }
    std::vector<double> centres;
    for (const auto &span : joined) centres.push_back((span.first + span.second) / 2.0);
    return centres;
}

/// Refines the grid x = a + b·k (k = 0…n−1) by least squares on the blob centres within
/// 0.3 pitch of it. Returns how many blobs fall on it.
int refine_grid(const std::vector<double> &centres, int n, double &a, double &b) {
    int inliers = 0;
    for (int round = 0; round < 3 && b > 0; ++round) {
        double sk = 0, sx = 0, skk = 0, skx = 0;
        inliers = 0;
        for (double x : centres) {
            const double k = std::round((x - a) / b);
            if (k < 0 || k > n - 1 || std::abs(x - (a + b * k)) > 0.3 * b) continue;
            ++inliers, sk += k, sx += x, skk += k * k, skx += k * x;
        }
        const double det = inliers * skk - sk * sk;
        if (inliers < 2 || det <= 0) break;
        b = (inliers * skx - sk * sx) / det;
        a = (sx - b * sk) / inliers;
    }
    return inliers;
}

/// The cell grid x = origin + pitch·k (k = 0…n−1) that best explains the blob centres: started
/// from a pair of end blobs, and from `seeds` (the grids of the zone's other lines, which share
/// its pitch and left edge: a line of fillers with a speck past its end fits them better than
/// its own end blobs), refined by least squares on the blobs that fall on the grid.
/// Returns how many blobs fall on the grid, or −1 when no plausible grid fits.
int fit_grid(const std::vector<double> &centres, int n, double line_height, double &origin, double &pitch,
             const std::vector<std::pair<double, double>> &seeds = {}) {
    if (static_cast<int>(centres.size()) < n / 3) return -1;
    std::vector<std::pair<double, double>> starts = seeds;
    const int m = static_cast<int>(centres.size());
    for (const auto &[first, last] : {std::pair{0, m - 1}, std::pair{1, m - 1}, std::pair{0, m - 2}}) {
        if (last > first) starts.emplace_back(centres[first], (centres[last] - centres[first]) / (n - 1));
    }
    int best_inliers = -1;
    for (auto [a, b] : starts) {
        const int inliers = refine_grid(centres, n, a, b);
        // OCR-B's pitch is about its cap height; far from it, n is the wrong character count.
        if (b < 0.55 * line_height || b > 1.6 * line_height) continue;
        if (inliers > best_inliers) best_inliers = inliers, origin = a, pitch = b;
    }
    return best_inliers >= n / 3 ? best_inliers : -1;
}

/// The glyph most like each cell of one line, and the mean correlation.
Reading read_cells(const cv::Mat &light, const TextLine &line, double origin, double pitch, int n) {
    const auto &templates = glyph_templates();
    const double sx = kGlyphWidth / pitch, sy = static_cast<double>(kGlyphHeight) / line.height();
    const int pad_x = 3, pad_y = 4;  // search ± this many template pixels around the cell
    Reading reading{std::string(n, '<'), 0};
    for (int k = 0; k < n; ++k) {
        const double left = origin + pitch * (k - 0.5) - pad_x / sx, top = line.top - pad_y / sy;
        const cv::Rect cell = cv::Rect(static_cast<int>(std::floor(left)), static_cast<int>(std::floor(top)),
                                       static_cast<int>(std::ceil(pitch + 2 * pad_x / sx)),
                                       static_cast<int>(std::ceil(line.height() + 2 * pad_y / sy))) &
                              cv::Rect(0, 0, light.cols, light.rows);
        if (cell.width < pitch / 2 || cell.height < line.height() / 2) continue;
        cv::Mat patch;
        cv::resize(light(cell), patch, cv::Size(kGlyphWidth + 2 * pad_x, kGlyphHeight + 2 * pad_y), 0, 0, cv::INTER_AREA);
        patch.convertTo(patch, CV_32F);
        // Each glyph goes where its ink centre meets the cell's, then ±2 px around that.
        const cv::Point2d centre = ink_centre(patch, cv::Rect(pad_x, 0, kGlyphWidth, patch.rows));
        double best = -1;
        for (size_t g = 0; g < templates.size(); ++g) {
            const int x0 = static_cast<int>(std::lround(centre.x - templates[g].ink_centre.x));
            const int y0 = static_cast<int>(std::lround(centre.y - templates[g].ink_centre.y));
            for (int y = std::max(0, y0 - 2); y <= std::min(2 * pad_y, y0 + 2); ++y) {
                for (int x = std::max(0, x0 - 2); x <= std::min(2 * pad_x, x0 + 2); ++x) {
                    const double score = correlation(patch, x, y, templates[g]);
                    if (score > best) best = score, reading.text[k] = kGlyphAlphabet[g];
                }
            }
        }
        reading.score += std::max(0.0, best) / n;
    }
    return reading;
}

/// The zone's lines, each as tall as the tallest. Every MRZ line is printed in the same font
/// size, but a names line of mostly fillers has too few letters in its top and bottom rows for
/// the row profile to count them, so it is found shorter than it is (25 px for 32): its letters
/// would then be set aside as too tall when the grid is fitted, and cut off at the baseline
/// when read (`E` read as `F`). A line found much shorter than the tallest is something else
/// and is left as it is.
std::vector<TextLine> of_one_height(std::vector<TextLine> zone) {
    int tallest = 0;
    for (const TextLine &line : zone) tallest = std::max(tallest, line.height());
    for (TextLine &line : zone) {
        if (tallest > 1.5 * line.height()) continue;
        const int grow = tallest - line.height();
        line.top -= grow / 2;
        line.bottom += grow - grow / 2;
    }
    return zone;
}

/// The readings of a levelled band: its last two or three lines (`only`: just so many) cut
/// into cells and classified.
std::vector<Reading> read_zone(const cv::Mat &light, const cv::Mat &ink, int only = 0) {
    const std::vector<TextLine> lines = text_lines(ink);
    std::vector<Reading> readings;
    // The zone is the last two or three lines of the band (it sits at the bottom of the page).
    // Two lines hold 44 or 36 characters: the count whose grid more blobs fall on is read.
    for (const auto &[count, widths] : {std::pair{2, std::vector<int>{44, 36}}, std::pair{3, std::vector<int>{30}}}) {
        if (static_cast<int>(lines.size()) < count || (only != 0 && count != only)) continue;
        const std::vector<TextLine> measured(lines.end() - count, lines.end());
        const std::vector<TextLine> zone_lines = of_one_height(measured);
        int chosen = 0, most_on_grid = -1;
        std::vector<std::vector<double>> centres;
        for (const TextLine &line : zone_lines) centres.push_back(character_centres(ink, line));
        std::vector<std::pair<double, double>> best_grids;
        for (int n : widths) {
            std::vector<std::pair<double, double>> grids(count);
            std::vector<int> inliers(count);
            for (int i = 0; i < count; ++i) {
                inliers[i] = fit_grid(centres[i], n, zone_lines[i].height(), grids[i].first, grids[i].second);
            }
            // Each line again, also from its neighbours' grids.
            const std::vector<std::pair<double, double>> own = grids;
            for (int i = 0; i < count; ++i) {
                inliers[i] = fit_grid(centres[i], n, zone_lines[i].height(), grids[i].first, grids[i].second, own);
            }
            int on_grid = 0;
            for (int i = 0; i < count && on_grid >= 0; ++i) on_grid = inliers[i] < 0 ? -1 : on_grid + inliers[i];
            if (on_grid > most_on_grid) most_on_grid = on_grid, chosen = n, best_grids = grids;
        }
        if (most_on_grid < 0) continue;
        Reading zone{"", 0};
        for (int i = 0; i < count; ++i) {
            const auto [origin, pitch] = best_grids[i];
            Reading line = read_cells(light, zone_lines[i], origin, pitch, chosen);
            if (zone_lines[i].height() != measured[i].height()) {
                // A line found only slightly short may have been measured right, its letters
                // being what is small: read it both ways and keep the closer match.
                Reading as_measured = read_cells(light, measured[i], origin, pitch, chosen);
                if (as_measured.score > line.score) line = as_measured;
            }
            zone.text += (zone.text.empty() ? "" : "\n") + line.text;
            zone.score += line.score / count;
        }
        readings.push_back(zone);
    }
    return readings;
}

/// A band's ink blobs, found once for the ends of all its lines.
struct Blobs {
    cv::Mat stats, centroids;
    int count = 0;
    explicit Blobs(const cv::Mat &ink) {
        cv::Mat labels;
        count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    }
};

/// Where a line's text starts and ends: the left edge of its first character-sized blob and
/// the right edge of its last, each at the mean height of the centres of the three blobs
/// there. Blobs belong to the line whose middle is nearest theirs. False when the line holds
/// too few blobs to tell.
bool line_ends(const Blobs &all, const std::vector<TextLine> &lines, size_t which, cv::Point2d &left, cv::Point2d &right) {
    const double h = lines[which].height();
    const auto middle = [&](size_t k) { return (lines[k].top + lines[k].bottom) / 2.0; };
    struct Blob { int left, right; double y; };
    std::vector<Blob> blobs;
    for (int i = 1; i < all.count; ++i) {
        const int width = all.stats.at<int>(i, cv::CC_STAT_WIDTH), height = all.stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (height < 0.3 * h || height > 1.25 * h || width > 1.5 * h || all.stats.at<int>(i, cv::CC_STAT_AREA) < 0.02 * h * h) continue;
        const double y = all.centroids.at<double>(i, 1);
        size_t nearest = 0;
        for (size_t l = 1; l < lines.size(); ++l) {
            if (std::abs(y - middle(l)) < std::abs(y - middle(nearest))) nearest = l;
        }
        if (nearest != which || std::abs(y - middle(which)) > h) continue;
        blobs.push_back({all.stats.at<int>(i, cv::CC_STAT_LEFT), all.stats.at<int>(i, cv::CC_STAT_LEFT) + width, y});
    }
    if (blobs.size() < 8) return false;
    std::sort(blobs.begin(), blobs.end(), [](const Blob &a, const Blob &b) { return a.left < b.left; });
    const size_t n = blobs.size();
    left = {static_cast<double>(blobs[0].left), (blobs[0].y + blobs[1].y + blobs[2].y) / 3};
    right = {static_cast<double>(blobs[n - 1].right), (blobs[n - 1].y + blobs[n - 2].y + blobs[n - 3].y) / 3};
    return true;
}

/// The levelled band seen square on, for a zone of its last `count` `lines`: every line of a
/// zone is as long as the others (fillers run to its end), so the ends of its first and last
/// lines stand at the corners of a rectangle, and are mapped to one. A card photographed in
/// perspective whose outline was not found (in a badge holder against a patterned shirt) prints
/// its zone converging and its pitch shrinking along each line, which one grid pitch cannot
/// follow. False when the ends are not found, already stand square (within a pixel and a half),
/// or stand too far from it.
bool squared(const cv::Mat &light, const Blobs &blobs, const std::vector<TextLine> &lines, int count, cv::Mat &square_light,
             cv::Mat &square_ink) {
    if (static_cast<int>(lines.size()) < count) return false;
    const size_t first = lines.size() - count, last = lines.size() - 1;
    cv::Point2d top_left, top_right, bottom_left, bottom_right;
    if (!line_ends(blobs, lines, first, top_left, top_right) || !line_ends(blobs, lines, last, bottom_left, bottom_right)) return false;
    const double left = std::min(top_left.x, bottom_left.x), right = std::max(top_right.x, bottom_right.x);
    const double top = (top_left.y + top_right.y) / 2, bottom = (bottom_left.y + bottom_right.y) / 2;
    const std::vector<cv::Point2f> from = {top_left, top_right, bottom_left, bottom_right};
    const std::vector<cv::Point2f> to = {{static_cast<float>(left), static_cast<float>(top)}, {static_cast<float>(right), static_cast<float>(top)},
                                         {static_cast<float>(left), static_cast<float>(bottom)}, {static_cast<float>(right), static_cast<float>(bottom)}};
    double off = 0;
    for (size_t i = 0; i < from.size(); ++i) off = std::max(off, cv::norm(from[i] - to[i]));
    // Over twice a line's height the lines are not one zone's (their lengths differ by more than
    // perspective makes). Under it, even a pixel or two: the view resampled square on reads
    // otherwise, and the check digits judge what it reads.
    const double height = lines[last].height();
    if (off < 1.5 || off > 2 * height || bottom - top < height) return false;
    const cv::Mat warp = cv::getPerspectiveTransform(from, to);
    cv::warpPerspective(light, square_light, warp, light.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::threshold(square_light, square_ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    return true;
}

std::vector<Reading> classify_band(const cv::Mat &gray_band, bool square_on) {
    // About 1000 px wide: 23–33 px per character whatever the photo's resolution.
    cv::Mat band;
    const double scale = 1000.0 / gray_band.cols;
    cv::resize(gray_band, band, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    cv::Mat light = flatten_light(band, 31), ink;
    cv::threshold(light, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const double angle = skew_angle(ink);
    if (angle != 0) {
        light = rotated(light, angle, cv::BORDER_REPLICATE);
        ink = rotated(ink, angle, cv::BORDER_CONSTANT);
    }
    std::vector<Reading> readings;
    if (!square_on) {
        readings = read_zone(light, ink);
    } else {
        // Seen square on as a zone of two lines and of three; the parser and the check digits
        // decide between the readings.
        const std::vector<TextLine> lines = text_lines(ink);
        const Blobs blobs(ink);
        for (int count : {2, 3}) {
            cv::Mat square_light, square_ink;
            if (!squared(light, blobs, lines, count, square_light, square_ink)) continue;
            for (Reading &reading : read_zone(square_light, square_ink, count)) readings.push_back(std::move(reading));
        }
    }
    std::sort(readings.begin(), readings.end(), [](const Reading &a, const Reading &b) { return a.score > b.score; });
    return readings;
}

}  // namespace

extern "C" int kv_classify_mrz_band(const kv_image *image, kv_rect band, int square_on, char *text, int capacity, kv_status *status) {
    return kycvision::guarded<int>(status, -1, [&]() -> int {
        if (!image || !text || capacity < 1) {
            kycvision::set_status(status, KV_ERR_ARGUMENT, "bad arguments to kv_classify_mrz_band");
            return -1;
        }
        text[0] = '\0';
        kycvision::set_ok(status);
        const cv::Rect region = kycvision::clipped(band, image->bgr.size());
        if (region.width < 60 || region.height < 12) return 0;
        std::string out;
        for (const Reading &reading : classify_band(kycvision::gray_of(*image, region), square_on != 0)) {
            out += (out.empty() ? "" : "\n\n") + reading.text;
        }
        const int length = static_cast<int>(std::min<size_t>(out.size(), capacity - 1));
        std::memcpy(text, out.data(), length);
        text[length] = '\0';
        return length;
    });
}
