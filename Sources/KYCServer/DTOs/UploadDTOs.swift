import Foundation

/// `POST /upload/{doc_type}` response.
struct UploadResponse: Encodable, Sendable {
    let sessionID: String
    let docType: String
    let documentIDs: [String]
    let fileCount: Int
    let status: String
    let currentStep: String
    let message: String
    /// Liveness uploads only: the verdict on the burst.
    var livenessPassed: Bool?
    var livenessScore: Double?
    var liveness: LivenessResultDTO?

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", docType = "doc_type", documentIDs = "document_ids", fileCount = "file_count"
        case status, currentStep = "current_step", message
        case livenessPassed = "liveness_passed", livenessScore = "liveness_score", liveness
    }
}
