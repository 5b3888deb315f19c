/// The kinds of upload `POST /upload/{doc_type}` accepts.
public enum DocumentType: String, Codable, Sendable, CaseIterable {
    case selfie
    case liveness
    case idFront = "id_front"
    case idBack = "id_back"
    /// Proof of address: an image or a PDF.
    case address

    /// The step an upload of this type completes.
    public var step: VerificationStep {
        switch self {
        case .selfie: .selfie
        case .liveness: .liveness
        case .idFront: .idFront
        case .idBack: .idBack
        case .address: .address
        }
    }

    /// Which file formats are acceptable for this document type.
    public var acceptedFormats: Set<FileFormat> {
        switch self {
        case .address: [.jpeg, .png, .webp, .pdf]
        case .liveness: [.jpeg, .png, .webp, .webm, .mp4]
        case .selfie, .idFront, .idBack: [.jpeg, .png, .webp]
        }
    }

    /// Whether one upload may carry several files (liveness frames; a liveness video comes alone).
    public var allowsMultipleFiles: Bool { self == .liveness }
}
