/// One line of printed text read off a document image, with where it was.
public struct OCRLine: Sendable, Equatable {
    public let text: String
    public let left: Int
    public let top: Int
    public let width: Int
    public let height: Int
    /// The OCR engine's confidence, 0–1.
    public let confidence: Double

    public init(text: String, left: Int, top: Int, width: Int, height: Int, confidence: Double) {
        self.text = text
        self.left = left
        self.top = top
        self.width = width
        self.height = height
        self.confidence = confidence
    }

    var bottom: Int { top + height }
}

/// A rectangle of a document image, in pixels.
public struct OCRRegion: Sendable, Equatable {
    public let left: Int
    public let top: Int
    public let width: Int
    public let height: Int

    public init(left: Int, top: Int, width: Int, height: Int) {
        self.left = left
        self.top = top
        self.width = width
        self.height = height
    }
}
