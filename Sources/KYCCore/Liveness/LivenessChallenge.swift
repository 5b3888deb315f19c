import Foundation

/// One head movement the user is asked to make. Directions are the user's own ("turn left"
/// means the user turns to their left); frames are judged as the camera sees them, not mirrored.
///
/// There is no "look down": with five landmarks, tilting the face away shortens the nose's drop
/// below the eyes as much as the nose's depth lengthens it, so the move barely shows (measured
/// on the evaluation set); a challenge must only ask for what can be verified.
public enum LivenessMove: String, Sendable, Codable, CaseIterable {
    case turnLeft = "turn_left"
    case turnRight = "turn_right"
    case lookUp = "look_up"
    case moveCloser = "move_closer"

    /// Turns are the moves whose 3-D parallax a flat photo cannot imitate, so every challenge has one.
    public var isTurn: Bool { self == .turnLeft || self == .turnRight }

    /// Accepts the API names and the CLI's short forms (`left`, `right`, `up`, `closer`).
    public init?(name: String) {
        let short: [String: LivenessMove] = ["left": .turnLeft, "right": .turnRight, "up": .lookUp,
                                             "closer": .moveCloser]
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let move = LivenessMove(rawValue: key) ?? short[key] else { return nil }
        self = move
    }
}

/// An ordered list of 2–4 moves chosen by the server. Consecutive moves differ and at least
/// one is a turn, so the parallax and eye-depth checks always have something to measure.
public struct LivenessChallenge: Sendable, Equatable, Codable {
    public let moves: [LivenessMove]

    public init(moves: [LivenessMove]) throws(KYCError) {
        guard (1...6).contains(moves.count) else { throw KYCError.invalid("challenge", "give 1 to 6 moves") }
        self.moves = moves
    }

    /// Parses "left,right,up" or "turn_left,turn_right,look_up".
    public init(parsing text: String) throws(KYCError) {
        var moves: [LivenessMove] = []
        for name in text.split(separator: ",") {
            guard let move = LivenessMove(name: String(name)) else {
                throw KYCError.invalid("challenge", "unknown move '\(name.prefix(20))'; use "
                                       + LivenessMove.allCases.map(\.rawValue).joined(separator: ", "))
            }
            moves.append(move)
        }
        try self.init(moves: moves)
    }

    /// A fresh random challenge: 2–4 moves, no move twice in a row, at least one turn.
    public static func random<R: RandomNumberGenerator>(using generator: inout R) -> LivenessChallenge {
        let count = Int.random(in: 2...4, using: &generator)
        while true {
            var moves: [LivenessMove] = []
            while moves.count < count {
                let move = LivenessMove.allCases.randomElement(using: &generator)!
                if move != moves.last { moves.append(move) }
            }
            if moves.contains(where: \.isTurn) { return LivenessChallenge(unchecked: moves) }
        }
    }

    public static func random() -> LivenessChallenge {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    private init(unchecked moves: [LivenessMove]) { self.moves = moves }

    /// "turn_left,turn_right,look_up": how challenges are stored.
    public var encoded: String { moves.map(\.rawValue).joined(separator: ",") }
}
