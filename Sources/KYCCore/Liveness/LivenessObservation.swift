/// What the vision code saw in one frame; the evaluator turns a list of these into a verdict.
public struct FrameObservation: Sendable {
    /// Capture time in milliseconds (any origin), when the client sent one.
    public var timestamp: Double?
    /// Faces found; the rest describes the largest.
    public var faceCount: Int
    /// Shorter side of the face box in pixels.
    public var faceSize: Double
    public var pose: HeadPose?
    /// 128-D face descriptor.
    public var descriptor: [Float]?
    public var hash: FrameHash
    /// The face region in gray, 64×64, for spotting repeated frames.
    public var patch: [UInt8]
    public var moire: Double
    public var border: Double
    public var dynamicRange: Double
    public var saturation: Double
    /// The strongest periodic peak over several scales (see `kv_frame_cues`).
    public var screenPattern: Double
    /// A straight edge below the face with a dark flat band along it: a screen's bezel or a
    /// letterboxed video's bar (see `kv_frame_cues`).
    public var deviceEdge: Bool
    /// The face's colour texture (`kv_frame_cues.texture`), scored by `RecaptureModel`; empty
    /// when no face was found.
    public var texture: [Float]
    /// The detector missed this frame's face; it was found in a neighbouring frame's box.
    public var tracked: Bool
    /// Five [x, y] landmarks and the box (left, top, right, bottom), in the frame's pixels.
    public var landmarks: [[Double]]?
    public var box: [Double]?
    /// RMS distance (eye distances) between the landmarks and where the surroundings' motion
    /// since the first frame would carry them; measured on turned frames only.
    public var surroundResidual: Double?
    /// Share of the face's feature matches (first frame to this one) that one homography
    /// explains: near 1 for a flat photo, lower for a head's relief. Turned frames only.
    public var faceFlatness: Double?

    public init(timestamp: Double?, faceCount: Int, faceSize: Double, pose: HeadPose?, descriptor: [Float]?,
                hash: FrameHash, patch: [UInt8], moire: Double, border: Double, dynamicRange: Double, saturation: Double,
                screenPattern: Double = 0, deviceEdge: Bool = false, texture: [Float] = [], tracked: Bool = false, landmarks: [[Double]]? = nil, box: [Double]? = nil, surroundResidual: Double? = nil,
                faceFlatness: Double? = nil) {
        self.timestamp = timestamp
        self.faceCount = faceCount
        self.faceSize = faceSize
        self.pose = pose
        self.descriptor = descriptor
        self.hash = hash
        self.patch = patch
        self.moire = moire
        self.border = border
        self.dynamicRange = dynamicRange
        self.saturation = saturation
        self.screenPattern = screenPattern
        self.deviceEdge = deviceEdge
        self.texture = texture
        self.tracked = tracked
        self.landmarks = landmarks
        self.box = box
        self.surroundResidual = surroundResidual
        self.faceFlatness = faceFlatness
    }
}

/// The session's selfie, to tie the frames to it.
public struct SelfieReference: Sendable {
    /// Nil when no face was found in the selfie (the frames then cannot match it).
    public var descriptor: [Float]?
    public var hash: FrameHash

    public init(descriptor: [Float]?, hash: FrameHash) {
        self.descriptor = descriptor
        self.hash = hash
    }
}
