/// A failure with a stable machine-readable code, a human message and safe details.
///
/// Errors are data: the HTTP edge maps `code` to a status. Messages and details must never
/// carry personal data or internals, because they are sent to clients as they are.
public struct KYCError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable codes, part of the public API.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let invalidRequest = Code("INVALID_REQUEST")
        public static let invalidParameter = Code("INVALID_PARAMETER")
        public static let missingParameter = Code("MISSING_PARAMETER")
        public static let invalidDocumentType = Code("INVALID_DOC_TYPE")
        public static let unsupportedFileType = Code("UNSUPPORTED_FILE_TYPE")
        public static let fileTooLarge = Code("FILE_TOO_LARGE")
        public static let imageTooLarge = Code("IMAGE_TOO_LARGE")
        public static let corruptFile = Code("CORRUPT_FILE")
        public static let tooManyFiles = Code("TOO_MANY_FILES")
        /// A liveness video longer than the service takes.
        public static let videoTooLong = Code("VIDEO_TOO_LONG")
        public static let sessionExpired = Code("SESSION_EXPIRED")
        public static let sessionNotActive = Code("SESSION_NOT_ACTIVE")
        public static let invalidAPIKey = Code("INVALID_API_KEY")
        public static let blocked = Code("BLOCKED")
        public static let sessionNotFound = Code("SESSION_NOT_FOUND")
        public static let userNotFound = Code("USER_NOT_FOUND")
        public static let notFound = Code("NOT_FOUND")
        public static let rateLimited = Code("RATE_LIMITED")
        public static let noFaceDetected = Code("NO_FACE_DETECTED")
        public static let multipleFaces = Code("MULTIPLE_FACES")
        public static let noDocumentFound = Code("NO_DOCUMENT_FOUND")
        /// A capture too dark, too blurred or with the face too small to use; `details.check` says which.
        public static let poorImageQuality = Code("POOR_IMAGE_QUALITY")
        public static let modelUnavailable = Code("MODEL_UNAVAILABLE")
        /// A liveness upload without a current challenge (none issued, already used, or expired).
        public static let livenessChallengeRequired = Code("LIVENESS_CHALLENGE_REQUIRED")
        /// Every liveness attempt of the session has been used.
        public static let livenessAttemptsExhausted = Code("LIVENESS_ATTEMPTS_EXHAUSTED")
        /// `POST /verify` before every required upload is there; `details.missing` lists them.
        public static let missingDocuments = Code("MISSING_DOCUMENTS")
        /// The session has been decided (approved, rejected or reviewed) and cannot be verified again.
        public static let sessionAlreadyDecided = Code("SESSION_ALREADY_DECIDED")
        /// A review for a session that is not waiting for one.
        public static let sessionNotInReview = Code("SESSION_NOT_IN_REVIEW")
        /// Telegram initData that is malformed or not signed for the business's bot.
        public static let invalidInitData = Code("INVALID_INIT_DATA")
        /// Telegram initData older than the service accepts (reopen the Mini App).
        public static let initDataExpired = Code("INIT_DATA_EXPIRED")
        /// Signed initData of another Telegram user than the session's.
        public static let telegramUserMismatch = Code("TELEGRAM_USER_MISMATCH")
        /// The business accepts this flow only inside Telegram.
        public static let telegramRequired = Code("TELEGRAM_REQUIRED")
        public static let internalError = Code("INTERNAL_ERROR")
        public static let serviceUnavailable = Code("SERVICE_UNAVAILABLE")
    }

    public let code: Code
    public let message: String
    public let details: [String: String]

    public init(_ code: Code, _ message: String, details: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.details = details
    }

    public var description: String { "\(code): \(message)" }

    /// A parameter that is present but wrong.
    public static func invalid(_ field: String, _ reason: String) -> KYCError {
        KYCError(.invalidParameter, "Invalid parameter '\(field)': \(reason)", details: ["field": field])
    }

    /// A required parameter that is absent.
    public static func missing(_ field: String) -> KYCError {
        KYCError(.missingParameter, "Missing required parameter '\(field)'", details: ["field": field])
    }
}
