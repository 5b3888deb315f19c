/// What the pipeline measured for one session, before anything is judged.
public struct VerificationEvidence: Sendable {
    /// What the document reader concluded, or why it could not read the document.
    public var document: Result<DocumentAssessment, Unavailable>
    /// Selfie-to-ID-portrait descriptor distance and its calibrated score.
    public var face: Result<FaceMeasure, Unavailable>
    /// The stored verdict of the liveness burst.
    public var liveness: Result<LivenessMeasure, Unavailable>
    /// Largest distance from the selfie to the liveness frames, when the selfie came after
    /// the burst (the burst was then judged without it).
    public var livenessToSelfie: Result<Double, Unavailable>?
    public var declared = DeclaredIdentity()
    public var fraud: [FraudSignal] = []
    /// Today as an ISO date (yyyy-mm-dd), for age.
    public var today: String

    public init(document: Result<DocumentAssessment, Unavailable>, face: Result<FaceMeasure, Unavailable>,
                liveness: Result<LivenessMeasure, Unavailable>, today: String) {
        self.document = document
        self.face = face
        self.liveness = liveness
        self.today = today
    }

    /// Why a check could not run: a stable code and a sentence.
    public struct Unavailable: Error, Sendable, Equatable {
        public let code: String
        public let detail: String
        public init(_ code: String, _ detail: String) {
            self.code = code
            self.detail = detail
        }
    }

    public struct FaceMeasure: Sendable, Equatable {
        public let distance: Double
        public let score: Double
        public init(distance: Double, score: Double) {
            self.distance = distance
            self.score = score
        }
    }

    public struct LivenessMeasure: Sendable, Equatable {
        public let passed: Bool
        public let score: Double
        public let failed: [String]
        /// Signals that could not be measured (they did not stop the burst).
        public let unmeasured: [String]
        public init(passed: Bool, score: Double, failed: [String], unmeasured: [String] = []) {
            self.passed = passed
            self.score = score
            self.failed = failed
            self.unmeasured = unmeasured
        }
    }

    /// What the user (or the business) said about the user and the document.
    public struct DeclaredIdentity: Sendable, Equatable {
        public var firstName: String?
        public var lastName: String?
        /// ISO date.
        public var dateOfBirth: String?
        /// ISO alpha-2 or alpha-3.
        public var country: String?
        public var documentKind: IdentityDocumentKind?
        public init() {}
    }
}
