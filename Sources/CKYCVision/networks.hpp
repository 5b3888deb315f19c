// The network layouts of the two dlib model files we load. They must match the files'
// serialised structure exactly: the ResNet-29 metric network behind
// dlib_face_recognition_resnet_model_v1.dat and the MMOD detector behind
// mmod_human_face_detector.dat.
#pragma once

#include <dlib/dnn.h>

namespace kycvision {
using namespace dlib;

// ---- Face descriptor: a residual network mapping a 150×150 chip to 128 numbers ----

template <int filters, template <typename> class norm, int stride, typename input>
using conv_pair = norm<con<filters, 3, 3, 1, 1, relu<norm<con<filters, 3, 3, stride, stride, input>>>>>;

template <template <int, template <typename> class, int, typename> class body, int filters,
          template <typename> class norm, typename input>
using same_size_residual = add_prev1<body<filters, norm, 1, tag1<input>>>;

template <template <int, template <typename> class, int, typename> class body, int filters,
          template <typename> class norm, typename input>
using halving_residual = add_prev2<avg_pool<2, 2, 2, 2, skip1<tag2<body<filters, norm, 2, tag1<input>>>>>>;

template <int filters, typename input> using res = relu<same_size_residual<conv_pair, filters, affine, input>>;
template <int filters, typename input> using res_down = relu<halving_residual<conv_pair, filters, affine, input>>;

template <typename input> using stage256a = res_down<256, input>;
template <typename input> using stage256b = res<256, res<256, res_down<256, input>>>;
template <typename input> using stage128 = res<128, res<128, res_down<128, input>>>;
template <typename input> using stage64 = res<64, res<64, res<64, res_down<64, input>>>>;
template <typename input> using stage32 = res<32, res<32, res<32, input>>>;

using descriptor_network = loss_metric<fc_no_bias<128, avg_pool_everything<
    stage256a<stage256b<stage128<stage64<stage32<
        max_pool<3, 3, 2, 2, relu<affine<con<32, 7, 7, 2, 2, input_rgb_image_sized<150>>>>>>>>>>>>>;

// ---- MMOD CNN face detector ----

template <long filters, typename input> using conv5_stride2 = con<filters, 5, 5, 2, 2, input>;
template <long filters, typename input> using conv5 = con<filters, 5, 5, 1, 1, input>;
template <typename input>
using downsample8 = relu<affine<conv5_stride2<32, relu<affine<conv5_stride2<32, relu<affine<conv5_stride2<16, input>>>>>>>>>;
template <typename input> using conv5_block = relu<affine<conv5<45, input>>>;

using cnn_detector_network = loss_mmod<con<1, 9, 9, 1, 1,
    conv5_block<conv5_block<conv5_block<downsample8<input_rgb_image_pyramid<pyramid_down<6>>>>>>>>;

}  // namespace kycvision
