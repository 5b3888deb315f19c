import KYCCore
import Testing

@Suite("Where unread small captions are looked for")
struct SmallCaptionsTests {
    static func line(_ text: String, _ left: Int, _ top: Int, _ width: Int, _ height: Int, _ confidence: Double = 0.95) -> OCRLine {
        OCRLine(text: text, left: left, top: top, width: width, height: height, confidence: confidence)
    }

    /// The page reading of a Zimbabwean paper card in a pouch (eighteenth, 4242/029): every
    /// value read, not one of the 8 px captions over them.
    static let laminatedCard = [
        line("REPUBLIC OF ZIMBABWE", 149, 79, 389, 34), line("55-295005-Q-62", 356, 210, 295, 37, 0.91),
        line("Dube", 358, 300, 91, 32), line("Tatenda Farai", 358, 384, 208, 30, 0.91), line("16/12/79", 360, 470, 117, 31),
        line("Zimbabwean", 807, 461, 190, 28), line("het", 82, 394, 238, 137, 0.32), line("Harare", 363, 563, 99, 26),
        line("9/7/24", 364, 652, 96, 31),
    ]

    @Test("the strips over unlabelled values, a row of captions read once")
    func stripsOverValues() {
        let strips = SmallCaptions.strips(Self.laminatedCard, width: 1100, height: 760)
        // Over `Dube`: from a line's height above it to its top, wider than the name.
        #expect(strips.contains { $0.top == 268 && $0.top + $0.height == 300 && $0.left <= 358 && $0.left + $0.width >= 358 + 6 * 32 })
        // `16/12/79` and `Zimbabwean` stand on one row, apart: two strips, none over the unsure `het`.
        #expect(strips.contains { $0.top == 439 && $0.left < 400 } && strips.contains { $0.top == 433 && $0.left > 700 })
        #expect(!strips.contains { $0.left < 300 && $0.top > 300 && $0.top < 400 })
        // Every strip lies above a value, inside the image.
        #expect(strips.allSatisfy { $0.top >= 0 && $0.left >= 0 && $0.left + $0.width <= 1100 })
        #expect(strips.count == 8)
    }

    @Test("none where the side reads a label, or has too few values")
    func noStripsWhereLabelsRead() {
        let labelled = Self.laminatedCard + [Self.line("SURNAME", 358, 280, 60, 10)]
        #expect(SmallCaptions.strips(labelled, width: 1100, height: 760).isEmpty)
        #expect(SmallCaptions.strips(Array(Self.laminatedCard.prefix(2)), width: 1100, height: 760).isEmpty)
        // MRZ lines are no values to caption.
        let back = [Self.line("IDZWE5529500<<<<<<<<<<<<<<<", 40, 500, 800, 30), Self.line("7912168F2407094ZWE<<<<<<<<<<<4", 40, 540, 800, 30),
                    Self.line("DUBE<<TATENDA<FARAI<<<<<<<<<", 40, 580, 800, 30)]
        #expect(SmallCaptions.strips(back, width: 900, height: 640).isEmpty)
    }
}
