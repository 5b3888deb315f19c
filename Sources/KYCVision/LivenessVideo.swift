import CKYCVision
import KYCCore

/// How a liveness video is cut into the frames that are judged.
public struct LivenessVideoSampling: Sendable {
    /// Frames kept at most, spread over the whole video: as many as a burst may have (and no
    /// fewer than the Mini App's longest burst, 27), so a turn held for a second keeps several.
    public var maxFrames = 30
    /// Kept frames are at least this far apart: every third frame of a 30 fps video until
    /// `maxFrames` are kept, then every sixth, and so on (a 3-second video gives 30, a 4-second
    /// one about 20).
    public var minGapMilliseconds = 80.0
    /// Longer videos are refused before the rest is decoded: a challenge takes a few seconds.
    public var maxSeconds = 30.0

    public init() {}
}

/// One frame decoded from a video, with its presentation time.
struct VideoFrame: Sendable {
    let image: VisionImage
    let timestamp: Double
}

extension VisionImage {
    /// Decodes a WebM or MP4 liveness video into timed frames of at most `maxSide` pixels.
    static func videoFrames(_ bytes: [UInt8], sampling: LivenessVideoSampling, maxSide: Int,
                            limits: UploadLimits) throws(KYCError) -> [VideoFrame] {
        _ = try UploadInspector.inspect(bytes, accepted: [.webm, .mp4], limits: limits)
        var settings = kv_video_limits(max_frames: Int32(sampling.maxFrames), max_side: Int32(maxSide),
                                       min_gap_ms: sampling.minGapMilliseconds,
                                       max_duration_ms: sampling.maxSeconds * 1000, max_pixels: Double(limits.maxPixels))
        var status = kv_status()
        var images = [OpaquePointer?](repeating: nil, count: sampling.maxFrames)
        var times = [Double](repeating: 0, count: sampling.maxFrames)
        let count = bytes.withUnsafeBufferPointer { video in
            images.withUnsafeMutableBufferPointer { out in
                times.withUnsafeMutableBufferPointer { ms in
                    kv_video_decode(video.baseAddress, video.count, &settings, out.baseAddress, ms.baseAddress,
                                    Int32(sampling.maxFrames), &status)
                }
            }
        }
        guard count >= 0 else {
            switch Int(status.code) {
            case Int(KV_ERR_PIXEL_LIMIT.rawValue):
                throw KYCError(.imageTooLarge, "The video's frames are over the pixel limit",
                               details: ["max_pixels": String(limits.maxPixels)])
            case Int(KV_ERR_LENGTH_LIMIT.rawValue):
                throw KYCError(.videoTooLong, "The video is longer than \(Int(sampling.maxSeconds)) seconds",
                               details: ["max_seconds": String(Int(sampling.maxSeconds))])
            case Int(KV_ERR_DECODE.rawValue):
                throw KYCError(.corruptFile, "The video could not be decoded")
            default:
                throw VisionFailure.error(from: status, fallback: .internalError)
            }
        }
        return (0..<Int(count)).compactMap { index in
            images[index].map { VideoFrame(image: VisionImage(pointer: $0), timestamp: times[index]) }
        }
    }
}
