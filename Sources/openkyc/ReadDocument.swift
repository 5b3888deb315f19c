import ArgumentParser
import Foundation
import KYCCore
import KYCVision

struct ReadDocument: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read-document",
        abstract: "Read an ID card or passport page: fields, MRZ and checks as JSON.",
        discussion: "Exit status 2 with {\"error\": …} when no document can be read (code NO_DOCUMENT_FOUND).")

    @Argument(help: "Photo of the front (or of the passport data page).") var front: String
    @Argument(help: "Photo of the back, for cards with the MRZ on the back.") var back: String?
    @Option(help: "The country the document should be from (ISO alpha-2 or alpha-3).") var country: String?
    @Option(help: "The document type it should be: passport or national_id.") var type: String?
    @Option(help: "Write the cropped ID portrait (JPEG) to this file.") var portraitOut: String?
    @Option(help: "Tesseract languages for the printed text.") var languages = "eng"
    @Option(help: "Directory of the dlib models (default: OPENKYC_MODELS_DIR or ./models).") var models: String?
    @Flag(help: "Skip the face models: no portrait crop, orientation from MRZ and text only.") var noFaces = false
    @Flag(help: "Also print the OCR text lines of each side (they contain personal data).") var lines = false

    func run() async throws {
        do {
            var config = DocumentReaderConfig()
            config.languages = languages
            let faces = noFaces ? nil : try FaceEngine(config: FaceEngineConfig(modelsDirectory: modelsDirectory(models), workers: 1))
            let reader = try DocumentReader(config: config, faces: faces)
            let reading = try await reader.read(front: try readFile(front), back: try back.map(readFile),
                                                declaredCountry: country, declaredType: type)
            if let portraitOut, let portrait = reading.portrait {
                try Data(portrait).write(to: URL(fileURLWithPath: portraitOut))
            }
            try printJSON(DocumentReport(reading, includeLines: lines))
        } catch let error as KYCError {
            try failJSON(error)
        }
    }
}
