import Fluent

/// Every migration, in the order they run. Append only.
enum OpenKYCMigrations {
    static let all: [any Migration] = [
        CreateTenants(),
        CreateAPIKeys(),
        CreateSessions(),
        CreateDocuments(),
        CreateDocumentBlobs(),
        CreateBlocklist(),
        AddLiveness(),
        AddVerification(),
        AddWebhookDelivery(),
        AddFaceDescriptorVersion(),
        AddTelegramSettings(),
    ]
}
