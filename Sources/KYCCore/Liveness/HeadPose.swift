import Foundation

/// Head pose read from dlib's five landmarks (two corners of each eye, the base of the nose).
///
/// All measures are in units of the distance between the eye centres, so they do not depend
/// on how far the face is from the camera:
/// - `yaw`: the nose's offset along the eye axis, positive towards the image's right. A head
///   turning moves the nose off the eye line's midpoint because the nose stands in front of the
///   eyes; a photo turned about any axis in its own plane keeps it there unless it is sheared.
/// - `pitch`: the nose's drop below the eye axis (smaller when looking up).
/// - `eyeWidthRatio`: log(width of the image-left eye / width of the image-right eye). On a real
///   head the far eye narrows more than the near one (its outer corner lies deeper); on a flat
///   photo the ratio of the two widths cannot change, since an affine view keeps the ratios of
///   segments along a line.
public struct HeadPose: Sendable, Equatable, Codable {
    public let yaw: Double
    public let pitch: Double
    public let eyeWidthRatio: Double
    /// Distance between the eye centres in pixels: the face's scale.
    public let eyeDistance: Double

    public init(yaw: Double, pitch: Double, eyeWidthRatio: Double, eyeDistance: Double) {
        self.yaw = yaw
        self.pitch = pitch
        self.eyeWidthRatio = eyeWidthRatio
        self.eyeDistance = eyeDistance
    }

    /// `landmarks` as dlib gives them: five [x, y] points, the nose last.
    public init?(landmarks: [[Double]]) {
        guard landmarks.count == 5, landmarks.allSatisfy({ $0.count == 2 }) else { return nil }
        let corners = landmarks.prefix(4).sorted { $0[0] < $1[0] }
        let leftEye = (corners[0], corners[1]), rightEye = (corners[2], corners[3])
        func centre(_ eye: ([Double], [Double])) -> (Double, Double) { ((eye.0[0] + eye.1[0]) / 2, (eye.0[1] + eye.1[1]) / 2) }
        func width(_ eye: ([Double], [Double])) -> Double { hypot(eye.0[0] - eye.1[0], eye.0[1] - eye.1[1]) }
        let (lx, ly) = centre(leftEye), (rx, ry) = centre(rightEye)
        let distance = hypot(rx - lx, ry - ly)
        let leftWidth = width(leftEye), rightWidth = width(rightEye)
        guard distance > 1, leftWidth > 0.5, rightWidth > 0.5 else { return nil }
        let ux = (rx - lx) / distance, uy = (ry - ly) / distance
        let dx = landmarks[4][0] - (lx + rx) / 2, dy = landmarks[4][1] - (ly + ry) / 2
        yaw = (dx * ux + dy * uy) / distance
        pitch = (dy * ux - dx * uy) / distance
        eyeWidthRatio = log(leftWidth / rightWidth)
        eyeDistance = distance
    }
}
