import Foundation
import Testing
@testable import KYCServer

/// One person of the verification set scripts/test generates (scripts/make-verification.py):
/// a genuine liveness burst, its selfie, and ID cards whose portrait is that person.
struct VerificationPerson {
    struct Truth: Decodable {
        let surname: String
        let givenNames: String
        let dateOfBirth: String
        let idNumber: String?
        enum CodingKeys: String, CodingKey {
            case surname, givenNames = "given_names", dateOfBirth = "date_of_birth", idNumber = "id_number"
        }
    }

    let burst: GeneratedBurst
    let documents: [String: URL]

    static let directory: URL = {
        if let path = ProcessInfo.processInfo.environment["OPENKYC_TEST_VERIFICATION"] { return URL(fileURLWithPath: path) }
        return TestImages.repository.appendingPathComponent(".build/test-verification")
    }()

    /// The generated people, in order (they are different people).
    static func all() throws -> [VerificationPerson] {
        struct Index: Decodable {
            struct Person: Decodable { let burst: String; let documents: [String: String] }
            let people: [Person]
        }
        let data = try Data(contentsOf: directory.appendingPathComponent("index.json"))
        let index = try JSONDecoder().decode(Index.self, from: data)
        let bursts = try GeneratedBurst.all()
        return try index.people.map { person in
            let burst = try #require(bursts.first { $0.name == person.burst }, "burst \(person.burst) in the liveness set")
            return VerificationPerson(burst: burst, documents: person.documents.mapValues { directory.appendingPathComponent($0) })
        }
    }

    func truth(_ variant: String) throws -> Truth {
        let data = try Data(contentsOf: try #require(documents[variant]).appendingPathComponent("truth.json"))
        let decoder = JSONDecoder()
        struct Wrapper: Decodable { let fields: Truth }
        if let wrapped = try? decoder.decode(Wrapper.self, from: data) { return wrapped.fields }
        return try decoder.decode(Truth.self, from: data)
    }

    func document(_ variant: String, side: String) throws -> [UInt8] {
        Array(try Data(contentsOf: try #require(documents[variant]).appendingPathComponent("\(side).jpg")))
    }

    var selfie: [UInt8] { get throws { try burst.bytes(burst.selfie) } }
}

extension GeneratedBurst {
    static func all() throws -> [GeneratedBurst] {
        let data = try Data(contentsOf: directory.appendingPathComponent("index.json"))
        return try JSONDecoder().decode([GeneratedBurst].self, from: data)
    }
}
