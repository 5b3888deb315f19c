import Foundation
import KYCCore

/// Checks JSON values against the JSON Schema subset that `openapi.json` uses: `$ref`, `type`
/// (with type lists for nullable values), `enum`, `required`, `properties`,
/// `additionalProperties`, `items`, `oneOf`, and the `date-time` and `uuid` formats.
struct SchemaValidator {
    let document: [String: Any]

    /// Every problem found, each with its JSON path; empty when the value conforms.
    func problems(_ value: JSONValue, against schema: [String: Any], at path: String = "$") -> [String] {
        if let reference = schema["$ref"] as? String {
            return problems(value, against: resolve(reference), at: path)
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { problems(value, against: $0, at: path).isEmpty }
            return matching.count == 1 ? [] : ["\(path): matches \(matching.count) of oneOf"]
        }
        var found: [String] = []
        if let types = schema["type"].map(typeList), !types.contains(where: { matches(value, type: $0) }) {
            return ["\(path): \(value) is not \(types.joined(separator: "|"))"]
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { equal($0, value) }) {
            found.append("\(path): \(value) not in enum")
        }
        if case .string(let text) = value, let format = schema["format"] as? String {
            if format == "date-time" && (try? Date(text, strategy: .iso8601)) == nil { found.append("\(path): not a date-time") }
            if format == "uuid" && UUID(uuidString: text) == nil { found.append("\(path): not a uuid") }
        }
        if case .object(let object) = value {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                found.append("\(path): missing required \(name)")
            }
            for (name, member) in object {
                if let propertySchema = properties[name] {
                    found += problems(member, against: propertySchema, at: "\(path).\(name)")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    found += problems(member, against: extra, at: "\(path).\(name)")
                } else if (schema["additionalProperties"] as? Bool) == false {
                    found.append("\(path): unexpected property \(name)")
                }
            }
        }
        if case .array(let array) = value, let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { found += problems(element, against: items, at: "\(path)[\(index)]") }
        }
        return found
    }

    /// The response schema the document declares for a path template, method and status.
    func responseSchema(path: String, method: String, status: Int) -> [String: Any]? {
        let paths = document["paths"] as? [String: [String: Any]]
        let operation = paths?[path]?[method.lowercased()] as? [String: Any]
        let response = (operation?["responses"] as? [String: Any])?[String(status)] as? [String: Any]
        let content = response?["content"] as? [String: Any]
        return (content?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
    }

    private func resolve(_ reference: String) -> [String: Any] {
        var node: Any = document
        for part in reference.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] as Any }
        return node as? [String: Any] ?? [:]
    }

    private func typeList(_ raw: Any) -> [String] { (raw as? [String]) ?? [(raw as? String) ?? ""] }

    private func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool),
             ("number", .number): return true
        case ("integer", .number(let number)): return number.rounded() == number
        default: return false
        }
    }

    private func equal(_ option: Any, _ value: JSONValue) -> Bool {
        switch value {
        case .null: return option is NSNull
        case .string(let text): return (option as? String) == text
        default: return false
        }
    }
}
