/// The kind of identity document a user says they will photograph.
public enum IdentityDocumentKind: String, Codable, Sendable, CaseIterable {
    case passport
    case nationalID = "national_id"
    case driversLicence = "drivers_licence"

    /// Cards have a back (often with the MRZ or a barcode); a passport's data page is one side.
    public var hasBack: Bool { self != .passport }
}
