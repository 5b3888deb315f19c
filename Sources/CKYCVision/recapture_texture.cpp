// Colour texture of the face, the input of the recapture model: a face filmed off a screen has
// passed through a backlit panel (raised black, washed-out chroma), a second lens and a second
// sensor (softer detail, Bayer colour fringes), which shows in the micro-texture of the chroma
// channels long before any pixel grid is resolved. The numbers are fixed-layout; the learned
// weights that turn them into a score live on the Swift side (RecaptureModel).
#include "recapture_texture.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace kycvision {
namespace {

constexpr int lbp_bins = 59;       // 58 uniform 8-bit patterns and one bin for all the others
constexpr int spectrum_bands = 8;
constexpr int colour_moments = 7;

/// Uniform-pattern index of every 8-bit code: patterns with at most two 0/1 transitions round
/// the circle (edges, spots, flat areas) get a bin each, the rest share the last.
const std::array<uint8_t, 256> &uniform_bins() {
    static const std::array<uint8_t, 256> bins = [] {
        std::array<uint8_t, 256> table{};
        int next = 0;
        for (int code = 0; code < 256; ++code) {
            int transitions = 0;
            for (int bit = 0; bit < 8; ++bit) transitions += ((code >> bit) & 1) != ((code >> ((bit + 1) % 8)) & 1);
            table[code] = static_cast<uint8_t>(transitions <= 2 ? next++ : lbp_bins - 1);
        }
        return table;
    }();
    return bins;
}

/// Normalised histogram of uniform local binary patterns (8 neighbours at distance 1).
void lbp_histogram(const cv::Mat &channel, float *out) {
    static constexpr int dy[8] = {-1, -1, -1, 0, 1, 1, 1, 0}, dx[8] = {-1, 0, 1, 1, 1, 0, -1, -1};
    const auto &bins = uniform_bins();
    std::fill(out, out + lbp_bins, 0.0f);
    int total = 0;
    for (int y = 1; y + 1 < channel.rows; ++y) {
        for (int x = 1; x + 1 < channel.cols; ++x) {
            const uint8_t centre = channel.at<uint8_t>(y, x);
            int code = 0;
            for (int n = 0; n < 8; ++n) code |= (channel.at<uint8_t>(y + dy[n], x + dx[n]) >= centre) << n;
            out[bins[code]] += 1;
            ++total;
        }
    }
    if (total > 0)
        for (int bin = 0; bin < lbp_bins; ++bin) out[bin] /= static_cast<float>(total);
}

/// LBP histograms of the Y, Cr and Cb channels of a BGR region.
float *colour_lbp(const cv::Mat &bgr, float *out) {
    cv::Mat ycrcb;
    cv::cvtColor(bgr, ycrcb, cv::COLOR_BGR2YCrCb);
    cv::Mat channels[3];
    cv::split(ycrcb, channels);
    for (const auto &channel : channels) {
        lbp_histogram(channel, out);
        out += lbp_bins;
    }
    return out;
}

/// How the gray region's energy falls off with frequency: mean log magnitude in eight rings
/// from the coarse shape to the finest detail, less their mean (the picture's contrast
/// cancels; a recapture's extra blur tilts the profile down).
float *spectrum_profile(const cv::Mat &gray, float *out) {
    const cv::Mat magnitude = windowed_magnitude(gray);
    const int side = gray.rows, half = side / 2;
    double sums[spectrum_bands] = {0};
    int counts[spectrum_bands] = {0};
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const int fy = y <= half ? y : y - side, fx = x <= half ? x : x - side;
            const double radius = std::hypot(fx, fy);
            if (radius < 2 || radius >= half) continue;
            const int band = std::min(spectrum_bands - 1, static_cast<int>((radius - 2) / (half - 2) * spectrum_bands));
            sums[band] += std::log(1.0 + magnitude.at<float>(y, x));
            ++counts[band];
        }
    }
    double mean = 0;
    for (int band = 0; band < spectrum_bands; ++band) mean += (sums[band] /= std::max(1, counts[band])) / spectrum_bands;
    for (int band = 0; band < spectrum_bands; ++band) out[band] = static_cast<float>(sums[band] - mean);
    return out + spectrum_bands;
}

/// Chroma offset and spread, and the black and white points of the skin: a backlit panel
/// raises the black and washes out the colour.
float *colour_moments_of(const cv::Mat &bgr, float *out) {
    cv::Mat ycrcb;
    cv::cvtColor(bgr, ycrcb, cv::COLOR_BGR2YCrCb);
    cv::Scalar mean, spread;
    cv::meanStdDev(ycrcb, mean, spread);
    std::vector<uint8_t> luma(ycrcb.total());
    for (int y = 0, i = 0; y < ycrcb.rows; ++y)
        for (int x = 0; x < ycrcb.cols; ++x) luma[i++] = ycrcb.at<cv::Vec3b>(y, x)[0];
    std::sort(luma.begin(), luma.end());
    const auto percentile = [&](double share) { return luma[static_cast<size_t>(share * (luma.size() - 1))] / 255.0f; };
    const float moments[colour_moments] = {static_cast<float>((mean[1] - 128) / 128), static_cast<float>((mean[2] - 128) / 128),
                                           static_cast<float>(spread[0] / 128), static_cast<float>(spread[1] / 128),
                                           static_cast<float>(spread[2] / 128), percentile(0.01), percentile(0.99)};
    std::copy(moments, moments + colour_moments, out);
    return out + colour_moments;
}

}  // namespace

void recapture_texture(const kv_image &image, const cv::Rect &face, float *out) {
    static_assert(KV_TEXTURE_FEATURES == 3 * lbp_bins + spectrum_bands + colour_moments, "layout of kv_frame_cues.texture");
    const cv::Rect bounds(0, 0, image.bgr.cols, image.bgr.rows);
    // The face's centre at the camera's own pixels, where the second sensor's traces are not
    // averaged away. (The whole face shrunk to 64 px was tried beside it: its texture is the
    // person's features, and it told one video from another, not a replay from a face. Bringing
    // large faces down to 200 px first lost most of what tells a replay: 17 of 56 caught.)
    const int side = std::min({face.width, face.height, 96});
    const cv::Mat centre_bgr =
        image.bgr(cv::Rect(face.x + (face.width - side) / 2, face.y + (face.height - side) / 2, side, side) & bounds);
    out = colour_lbp(centre_bgr, out);
    cv::Mat centre_gray;
    cv::cvtColor(centre_bgr, centre_gray, cv::COLOR_BGR2GRAY);
    if (centre_gray.rows != 64 || centre_gray.cols != 64) cv::resize(centre_gray, centre_gray, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
    out = spectrum_profile(centre_gray, out);
    const cv::Rect skin(face.x + face.width * 15 / 100, face.y + face.height * 15 / 100, face.width * 70 / 100, face.height * 70 / 100);
    colour_moments_of(image.bgr(skin & bounds), out);
}

}  // namespace kycvision
