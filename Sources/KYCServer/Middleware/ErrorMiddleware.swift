import KYCCore
import Vapor

/// Turns every thrown error into the public error shape with a stable code. Internal errors
/// are logged by type with the request id and answered with a generic 500: no internals leak.
struct KYCErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let kycError = Self.translate(error, isUpload: request.url.path.hasPrefix("/upload/"), logger: request.logger)
            let body = ErrorResponse(error: kycError.message, code: kycError.code.rawValue, details: kycError.details)
            let status = Self.status(for: kycError.code)
            if status == .internalServerError && kycError.code != .internalError {
                request.logger.error("error code without an HTTP status", metadata: ["error.code": "\(kycError.code)"])
            }
            let response = try JSONBody.response(body, status: status)
            if kycError.code == .rateLimited, let retryAfter = kycError.details["retry_after"] {
                response.headers.replaceOrAdd(name: "Retry-After", value: retryAfter)
            }
            return response
        }
    }

    /// Every code has its status written out: a new code without one is a 500 and a log line,
    /// never a silent 400.
    static func status(for code: KYCError.Code) -> HTTPResponseStatus {
        switch code {
        case .invalidRequest, .invalidParameter, .missingParameter, .invalidDocumentType, .unsupportedFileType,
             .fileTooLarge, .imageTooLarge, .corruptFile, .tooManyFiles, .videoTooLong, .sessionExpired,
             .sessionNotActive, .missingDocuments, .noFaceDetected, .multipleFaces, .noDocumentFound, .poorImageQuality:
            .badRequest
        case .invalidAPIKey, .invalidInitData, .initDataExpired, .telegramRequired: .unauthorized
        case .blocked, .telegramUserMismatch: .forbidden
        case .sessionNotFound, .userNotFound, .notFound: .notFound
        case .livenessChallengeRequired, .livenessAttemptsExhausted, .sessionAlreadyDecided, .sessionNotInReview: .conflict
        case .rateLimited: .tooManyRequests
        case .serviceUnavailable, .modelUnavailable: .serviceUnavailable
        case .internalError: .internalServerError
        default: .internalServerError
        }
    }

    /// Maps framework errors onto the public codes.
    static func translate(_ error: any Error, isUpload: Bool, logger: Logger) -> KYCError {
        switch error {
        case let error as KYCError:
            return error
        case let error as DecodingError:
            return decodingError(error)
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return KYCError(.notFound, "Resource not found")
            case .payloadTooLarge:
                return isUpload
                    ? KYCError(.fileTooLarge, "The request body is larger than the upload limit")
                    : KYCError(.invalidRequest, "The request body is too large")
            case .unsupportedMediaType:
                return KYCError(.invalidRequest, "Unsupported Content-Type: send application/json or multipart/form-data")
            case .badRequest, .unprocessableEntity:
                // abort.reason is the framework's wording and may name internals: not sent.
                logger.debug("request rejected by the framework", metadata: ["http.status": "\(abort.status.code)"])
                return KYCError(.invalidRequest, "The request could not be read")
            case .methodNotAllowed: return KYCError(.notFound, "Resource not found")
            default:
                logger.error("request failed", metadata: ["error.type": "\(type(of: abort))", "http.status": "\(abort.status.code)"])
                return KYCError(.internalError, "Internal server error")
            }
        default:
            logger.error("request failed", metadata: ["error.type": "\(type(of: error))"])
            logger.debug("request failure detail", metadata: ["error": "\(String(reflecting: error))"])
            return KYCError(.internalError, "Internal server error")
        }
    }

    /// Names the offending field so an integrator sees what to fix.
    private static func decodingError(_ error: DecodingError) -> KYCError {
        func path(_ context: DecodingError.Context, extra: CodingKey? = nil) -> String {
            (context.codingPath + (extra.map { [$0] } ?? [])).map { $0.intValue.map(String.init) ?? $0.stringValue }
                .joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .missing(path(context, extra: key))
        case .valueNotFound(_, let context):
            return .missing(path(context))
        case .typeMismatch(let type, let context):
            let field = path(context)
            if field.isEmpty { return KYCError(.invalidRequest, "The request body must be a JSON object") }
            return .invalid(field, "has the wrong type (expected \(Self.jsonTypeName(type)))")
        case .dataCorrupted(let context):
            let field = path(context)
            if field.isEmpty { return KYCError(.invalidRequest, "The request body is not valid JSON") }
            return .invalid(field, "is not valid")
        @unknown default:
            return KYCError(.invalidRequest, "The request could not be read")
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Bool.Type: "boolean"
        case is Int.Type, is Double.Type: "number"
        default: "\(type)".contains("Dictionary") ? "object" : "\(type)".contains("Array") ? "array" : "value"
        }
    }
}
