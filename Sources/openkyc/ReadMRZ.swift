import ArgumentParser
import Foundation
import KYCCore
import KYCVision

/// For benchmarks and batch checks: one JSON line per image with the MRZ read off it and the
/// wall time from reading the file to the parsed zone.
struct ReadMRZ: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read-mrz", abstract: "Read the machine readable zone of each image; prints JSON lines.")

    @Argument(help: "Images.") var images: [String]

    struct Line: Encodable {
        let file: String
        let format: String?
        let lines: [String]?
        let valid: Bool
        let date_of_birth: String?
        let expiry_date: String?
        let document_number: String?
        let surname: String?
        let given_names: String?
        let error: String?
        let ms: Double
    }

    func run() async throws {
        let reader = try DocumentReader()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for file in images {
            let clock = ContinuousClock()
            let start = clock.now
            var mrz: MRZ?
            var failure: String?
            do {
                mrz = try await reader.readMRZ(try readFile(file))
            } catch {
                failure = error.code.rawValue
            }
            let line = Line(file: file, format: mrz?.format.rawValue, lines: mrz?.lines, valid: mrz?.valid ?? false,
                            date_of_birth: mrz?.dateOfBirth, expiry_date: mrz?.expiryDate, document_number: mrz?.documentNumber,
                            surname: mrz?.surname, given_names: mrz?.givenNames, error: failure,
                            ms: (clock.now - start).milliseconds)
            print(String(decoding: try encoder.encode(line), as: UTF8.self))
        }
    }
}
