import CKYCVision
import Dispatch
import Foundation
import KYCCore

public struct DocumentReaderConfig: Sendable {
    /// Tesseract's language data; nil for the system's.
    public var tessdataDirectory: String?
    /// Tesseract languages for the printed text, e.g. "eng" or "eng+fra+por".
    public var languages = "eng"
    public var uploadLimits = UploadLimits()

    public init() {}
}

/// What was read off one side of a document.
public struct DocumentSide: Sendable {
    /// A document outline was found and flattened (otherwise the photo was read as it is).
    public let outlineFound: Bool
    /// Quarter turns clockwise that made the flattened document upright.
    public let quarterTurns: Int
    public let fields: [DocumentField: FieldReading]
    public let lines: [OCRLine]
    public let mrz: MRZ?
}

public struct DocumentReading: Sendable {
    public let assessment: DocumentAssessment
    /// The best machine readable zone of either side.
    public let mrz: MRZ?
    public let front: DocumentSide
    public let back: DocumentSide?
    /// The ID portrait, cropped from the upright document (JPEG), for the face matcher.
    public let portrait: [UInt8]?
    public let timings: [String: Double]
}

/// Reads identity documents: finds and flattens the document, turns it upright, reads the
/// MRZ and the printed fields, crops the portrait, and judges what it read.
///
/// Tesseract keeps state per engine, so the OCR runs on one serial queue of its own (never on
/// Swift's cooperative threads); face detection runs on the face engine's pool.
public final class DocumentReader: @unchecked Sendable {
    // Used only on `queue`.
    private let mrzOCR: OCREngine
    private let textOCR: OCREngine
    private let queue = DispatchQueue(label: "openkyc.document-reader")
    private let faces: FaceEngine?
    private let limits: UploadLimits

    /// `faces` finds the portrait (and with it the orientation of a side without an MRZ).
    public init(config: DocumentReaderConfig = DocumentReaderConfig(), faces: FaceEngine? = nil) throws(KYCError) {
        mrzOCR = try OCREngine(tessdataDirectory: config.tessdataDirectory, languages: "eng", mode: .mrz)
        textOCR = try OCREngine(tessdataDirectory: config.tessdataDirectory, languages: config.languages, mode: .text)
        self.faces = faces
        limits = config.uploadLimits
    }

    /// Reads a document from a photo of its front and, for cards, of its back.
    /// Throws `NO_DOCUMENT_FOUND` when neither side shows anything readable as a document.
    public func read(front: [UInt8], back: [UInt8]? = nil, declaredCountry: String? = nil,
                     declaredType: String? = nil, today: Date = Date()) async throws(KYCError) -> DocumentReading {
        let clock = ContinuousClock()
        let start = clock.now
        var timings: [String: Double] = [:]
        // A card carries its zone on the back: the back is read first, and the front is searched
        // for a zone only when the back has no valid one (searching a card's front for a zone
        // it does not carry takes a second or more).
        var backSide: SideResult?
        if let back {
            backSide = try await readSide(back, today: today, timings: &timings, prefix: "back", wantPortrait: false, searchZone: true)
        }
        let frontSide = try await readSide(front, today: today, timings: &timings, prefix: "front", wantPortrait: true,
                                           searchZone: backSide?.side.mrz?.valid != true, onlyImage: back == nil)
        // A card's back rarely carries the portrait: it is looked for there only when the front
        // had none (and the back's own face search, which turns a back without a valid zone
        // upright, found none either).
        var portrait = frontSide.portrait ?? backSide?.portrait
        if portrait == nil, let backSide { portrait = try await uprightPortrait(in: backSide.image) }

        var evidence = DocumentEvidence()
        evidence.mrz = Self.better(frontSide.side.mrz, backSide?.side.mrz)
        evidence.front = frontSide.side.fields
        evidence.back = backSide?.side.fields ?? [:]
        if let mrz = evidence.mrz, mrz.valid {
            let expected = DocumentAssessor.readings(of: mrz)
            (evidence.front, evidence.readerHints) = try await readAgain(frontSide, against: expected, today: today)
            if let backSide {
                let (back, notes) = try await readAgain(backSide, against: expected, today: today)
                evidence.back = back
                evidence.readerHints += notes
            }
        }
        let labelledSides = [frontSide.side.lines, backSide?.side.lines ?? []]
        evidence.restoreMRZDocumentNumber(printedLines: labelledSides.flatMap { $0 }, today: today)
        evidence.restoreMRZNameFillers(printedLines: labelledSides.flatMap { $0 })
        evidence.printedUnread = labelledSides.reduce(into: Set<DocumentField>()) { $0.formUnion(VisualZoneParser.unreadLabels($1, today: today)) }
            .subtracting(evidence.front.keys).subtracting(evidence.back.keys)
        let header = (frontSide.headerText + " " + (backSide?.headerText ?? ""))
        evidence.namedCountry = CountryNames.named(in: header)?.alpha3
        evidence.saysPassport = Self.saysPassport(header)
        evidence.declaredCountry = declaredCountry
        evidence.declaredType = declaredType
        let readable = evidence.mrz != nil || evidence.front.count + evidence.back.count >= 2
        guard readable else {
            throw KYCError(.noDocumentFound, "No identity document could be read in the image")
        }
        let assessment = DocumentAssessor.assess(evidence, today: today)
        timings["total_ms"] = (clock.now - start).milliseconds
        return DocumentReading(assessment: assessment, mrz: evidence.mrz, front: frontSide.side, back: backSide?.side,
                               portrait: portrait, timings: timings)
    }

    /// Only the machine readable zone of a photo (found, flattened, turned upright, read).
    public func readMRZ(_ bytes: [UInt8]) async throws(KYCError) -> MRZ? {
        try await onQueue { [self] () throws(KYCError) -> MRZ? in
            let (photo, flat) = try decodeAndFlatten(bytes)
            let first = try findMRZAtScales(flat ?? photo, outline: flat != nil)?.mrz
            // The outline found may not be the page's (a cut-off page, a panel): the whole
            // photo is read too, as read-document does for a side that read nothing.
            guard flat != nil, first?.valid != true, let whole = try findMRZAtScales(photo, outline: false)?.mrz else { return first }
            return Self.better(whole, first)
        }
    }

    // MARK: - One side

    private struct SideResult {
        let side: DocumentSide
        /// The upright image the printed text was read on (its lines' coordinates).
        let image: VisionImage
        let portrait: [UInt8]?
        /// Text of the top quarter, where documents name their country and kind.
        let headerText: String

        /// No zone and fewer than two printed fields: not read as a document.
        var readsAsNothing: Bool { side.mrz == nil && side.fields.count < 2 }

        /// Another view of the same side that read as nothing is replaced by this one when it
        /// found a zone or more printed fields.
        func readsMore(than other: SideResult) -> Bool { side.mrz != nil || side.fields.count > other.side.fields.count }

        /// This side with its printed text read again: `lines` read on `image`, and their `fields`.
        func withText(_ lines: [OCRLine], fields: [DocumentField: FieldReading], on image: VisionImage, headerText: String) -> SideResult {
            SideResult(side: DocumentSide(outlineFound: side.outlineFound, quarterTurns: side.quarterTurns, fields: fields,
                                          lines: lines, mrz: side.mrz),
                       image: image, portrait: portrait, headerText: headerText)
        }

        /// This side with `mrz` as its zone (read on another view of the same photo), and that
        /// view's portrait where this one found none.
        func withZone(_ mrz: MRZ?, portraitElse other: [UInt8]? = nil) -> SideResult {
            SideResult(side: DocumentSide(outlineFound: side.outlineFound, quarterTurns: side.quarterTurns, fields: side.fields,
                                          lines: side.lines, mrz: mrz),
                       image: image, portrait: portrait ?? other, headerText: headerText)
        }
    }

    /// One side, with `searchZone` false when its zone is known to be elsewhere (a card's front
    /// when its back's zone is valid).
    /// `onlyImage`: the document's one photo (a passport page, or a card's two sides in one).
    private func readSide(_ bytes: [UInt8], today: Date, timings: inout [String: Double], prefix: String,
                          wantPortrait: Bool, searchZone: Bool, onlyImage: Bool = false) async throws(KYCError) -> SideResult {
        let read = try await readSideOnce(bytes, today: today, timings: &timings, prefix: prefix, wantPortrait: wantPortrait,
                                          searchZone: searchZone, onlyImage: onlyImage)
        // Without `searchZone` the other side's zone is valid (a card's front, anchored by its
        // back): the last-resort reading is for documents with no valid zone anywhere.
        let shaded = searchZone ? try await readShadedAgain(read, today: today) : read
        return try await withSmallCaptions(shaded, today: today)
    }

    private func readSideOnce(_ bytes: [UInt8], today: Date, timings: inout [String: Double], prefix: String,
                              wantPortrait: Bool, searchZone: Bool, onlyImage: Bool) async throws(KYCError) -> SideResult {
        let clock = ContinuousClock()
        let start = clock.now
        let (photo, flat) = try await onQueue { [self] () throws(KYCError) in try decodeAndFlatten(bytes) }
        timings["\(prefix)_locate_ms"] = (clock.now - start).milliseconds
        let first = try await readView(flat ?? photo, outline: flat != nil, today: today, timings: &timings, prefix: prefix,
                                       wantPortrait: wantPortrait, searchZone: searchZone, zoneInTextAlone: flat == nil)
        /// `read` or, when it read as nothing, the small document in the photo if that reads as
        /// more; and when nothing still reads, the document (or photo) mirrored: a front
        /// camera's photo saved as its preview shows it, the text left for right. Not the whole
        /// photo when no document was found in it and the other side's zone is valid: that side
        /// anchors the document, and a selfie whose card is too small to find cost two or three
        /// seconds more for nothing.
        func orSmallDocument(_ read: SideResult) async throws(KYCError) -> SideResult {
            guard read.readsAsNothing else { return read }
            let small = try await onQueue { [self] () throws(KYCError) in try smallDocument(in: photo) }
            var best = read
            if let small {
                let held = try await readView(small, outline: true, today: today, timings: &timings, prefix: "\(prefix)_small",
                                              wantPortrait: wantPortrait, searchZone: searchZone)
                if held.readsMore(than: best) { best = held }
            }
            guard best.readsAsNothing, let found = small ?? flat ?? (searchZone ? photo : nil),
                  let mirrored = found.mirrored() else { return best }
            let flipped = try await readView(mirrored, outline: small != nil || flat != nil, today: today, timings: &timings,
                                             prefix: "\(prefix)_mirrored", wantPortrait: wantPortrait, searchZone: searchZone)
            return flipped.readsMore(than: best) ? flipped : best
        }
        guard flat != nil else { return try await orSmallDocument(first) }
        guard !first.readsAsNothing else {
            // The outline found was not the document's (a portrait, a panel of the card, the
            // photo's whole background): the whole photo is read instead, in every orientation.
            let whole = try await readView(photo, outline: false, today: today, timings: &timings, prefix: "\(prefix)_whole",
                                           wantPortrait: wantPortrait, searchZone: searchZone)
            return try await orSmallDocument(whole.readsMore(than: first) ? whole : first)
        }
        if onlyImage, first.side.mrz?.valid == true, first.side.fields.isEmpty {
            // The document's only photo, its zone read and not one printed field: a card's two
            // sides copied on one sheet, the outline found around the back. The whole photo's
            // text is read for the printed fields, the zone kept.
            let whole = try await readView(photo, outline: false, today: today, timings: &timings, prefix: "\(prefix)_whole",
                                           wantPortrait: wantPortrait, searchZone: false)
            return whole.side.fields.isEmpty ? first : whole.withZone(first.side.mrz, portraitElse: first.portrait)
        }
        if searchZone, let read = first.side.mrz, read.valid, read.corrections > 0 {
            // A valid zone read with corrections on a flattening that bent it (an outline found
            // along a plank's edge, the card in perspective): Tesseract's reading, its check
            // digits right and its names garbled (`WANJB` for `WANJIRU`; no check digit covers
            // names). The photo's own zone is read by the OCR-B classifier alone (about 0.1 s,
            // no Tesseract) and taken when it is better: as valid, with fewer corrections.
            let searched = clock.now
            let classified = try await onQueue { [self] () throws(KYCError) -> MRZFound? in
                var seen: [MRZLikeBand] = []
                return try findMRZ(photo, turns: Self.turnsToTry(photo, outline: false), classifierOnly: true, mrzLike: &seen)
            }
            timings["\(prefix)_whole_mrz_ms"] = (clock.now - searched).milliseconds
            if let mrz = classified?.mrz, mrz.finished, mrz.checks.count == read.checks.count, mrz.corrections < read.corrections {
                return first.withZone(mrz)
            }
            return first
        }
        guard searchZone, Self.zoneMayBeMissed(first.side) else { return first }
        // The flattening may have cut or bent the zone (an outline found a little inside the
        // page, glare on one corner): as read-mrz does, the photo's own zone is read too, and
        // taken when it is valid, or when the flattened view read none: a zone shaped like one
        // (`plausible`) that fails a check digit is evidence against the document wherever it
        // was read (a slip's page whose outline found only its ruled table, its zone below
        // with an edited digit). A card side without a zone pays nothing for this; a passport
        // page whose zone was not found pays for the search.
        let searched = clock.now
        let whole = try await onQueue { [self] () throws(KYCError) in try findMRZAtScales(photo, outline: false) }
        timings["\(prefix)_whole_mrz_ms"] = (clock.now - searched).milliseconds
        guard let mrz = whole?.mrz, mrz.valid || first.side.mrz == nil else { return first }
        return first.withZone(mrz)
    }

    /// A flattened side whose zone should be read again on the whole photo: one was read but
    /// fails a check, or none was read on a passport page (which always carries one), known by
    /// its title or by its type and code (`P KEN`) where the title was cut off with the zone.
    static func zoneMayBeMissed(_ side: DocumentSide) -> Bool {
        if let mrz = side.mrz { return !mrz.valid }
        return side.lines.contains { saysPassport($0.text) || printsPassportTypeAndCode($0.text) }
    }

    /// A passport's type and issuing state as its data page prints them, alone on a line: `P`
    /// and a country's code (`P KEN`, `p NGa`, `P<GHA`).
    static func printsPassportTypeAndCode(_ text: String) -> Bool {
        guard let match = text.uppercased().wholeMatch(of: #/\s*P\s*[<\s]\s*([A-Z]{3})\s*/#) else { return false }
        return CountryNames.code(String(match.1)) != nil
    }

    /// The text names a passport, in English or French.
    static func saysPassport(_ text: String) -> Bool {
        let upper = text.uppercased()
        return upper.contains("PASSPORT") || upper.contains("PASSEPORT")
    }

    /// One view of a side (the flattened document, or the photo as it is): MRZ, orientation,
    /// portrait and printed fields.
    /// `zoneInTextAlone`: a zone the page's text holds counts though the zone search found none;
    /// only for a photo in which no document outline was found (a screenshot of an app showing
    /// the zone as text). Elsewhere the fallbacks after a view that read as nothing (the whole
    /// photo, a small document in it) read the zone and the printed fields together; a zone
    /// from the text alone would end them with the fields unread.
    private func readView(_ document: VisionImage, outline: Bool, today: Date, timings: inout [String: Double], prefix: String,
                          wantPortrait: Bool, searchZone: Bool, zoneInTextAlone: Bool = false) async throws(KYCError) -> SideResult {
        let clock = ContinuousClock()
        var mark = clock.now
        func lap(_ name: String) {
            timings["\(prefix)_\(name)_ms"] = (clock.now - mark).milliseconds
            mark = clock.now
        }
        let found = searchZone ? try await onQueue { [self] () throws(KYCError) in try findMRZAtScales(document, outline: outline) } : nil
        lap("mrz")

        // Upright: as the MRZ reads; else as the portrait stands; else as the text reads best.
        var turns = found?.mrz.valid == true ? found?.turns : nil
        var turnedByFace = false
        var portrait: [UInt8]?
        if let faces, wantPortrait || turns == nil {
            let base = turns.map { document.rotated($0) ?? document } ?? document
            // Known upright, or a flattened document (upright or upside down): only those
            // turns, so that a face-like pattern sideways cannot turn the document.
            let candidates = turns != nil ? [0] : (outline && base.width >= base.height ? [0, 2] : FaceEngine.everyTurn)
            let detection = try await faces.detect(in: base, allowCNN: false, turns: candidates)
            if let face = detection.faces.first, let upright = detection.rotation == 0 ? base : base.rotated(detection.rotation) {
                if turns == nil { (turns, turnedByFace) = (detection.rotation, true) }
                portrait = try Self.portrait(of: face, in: upright)
            }
            lap("portrait")
        }
        let chosen = turns ?? found?.turns
        var (oriented, lines) = try await onQueue { [self] () throws(KYCError) -> (VisionImage, [OCRLine]) in
            if let chosen {
                return try readText(chosen == 0 ? document : (document.rotated(chosen) ?? document), outline: outline)
            }
            return try bestReadingTurn(document, outline: outline).reading
        }
        let (page, pageLines) = (oriented, lines)
        lines = try await onQueue { [self] () throws(KYCError) in try withLightOnDarkBands(page, try withLabelsOnTabs(page, pageLines)) }
        var fields = VisualZoneParser.fields(lines, today: today)
        if turnedByFace, fields.count < 2 {
            // The face chose a turn the text does not read in: a portrait cut at the top of the
            // head can score below a face-like pattern sideways. The text's own turn is read,
            // and kept when it gives more fields; the portrait is then looked for upright in it.
            let (turn, reading) = try await onQueue { [self] () throws(KYCError) in try bestReadingTurn(document, outline: outline) }
            let more = VisualZoneParser.fields(reading.1, today: today)
            if more.count > fields.count {
                (oriented, lines, fields, turns) = (reading.0, reading.1, more, turn)
                portrait = try await uprightPortrait(in: turn == 0 ? document : document.rotated(turn))
            }
        }
        lap("ocr")
        let zone = found == nil && !zoneInTextAlone ? nil : Self.zone(found?.mrz, confirmedBy: lines, fields: fields)
        let side = DocumentSide(outlineFound: outline, quarterTurns: turns ?? found?.turns ?? 0,
                                fields: fields, lines: lines, mrz: zone)
        return SideResult(side: side, image: oriented, portrait: portrait, headerText: Self.header(lines, of: oriented))
    }

    /// The zone found, or the zone as the page's own text read it when that is valid and the
    /// zone found is not (or none was found), or is valid too but holds fewer real dates, or as
    /// many and the printed number and dates agree with the page's reading more. The zone's
    /// classifier knows OCR-B; a zone set in another face (a phone app showing the MRZ as text
    /// in Fira Code) it reads with confusions that repeat (`8` for `3`, weighed 7 and 1, adds
    /// 40), and those can pass every check digit, even on an expiry of day 81. Tesseract
    /// reading the page does not share them; it may break a zone's line at a run of fillers,
    /// so the page is also read with the pieces of each row joined.
    public static func zone(_ found: MRZ?, confirmedBy lines: [OCRLine], fields: [DocumentField: FieldReading]) -> MRZ? {
        let rows = OCRLine.rows(lines)
        let asRead = parseMRZ(lines.map(\.text).joined(separator: "\n"))
        let joined = rows.count < lines.count ? parseMRZ(rows.joined(separator: "\n")) : nil  // nothing joined: the same text
        guard let page = better(asRead, joined), page.valid, page.lines != found?.lines else { return found }
        guard let found, found.valid else { return page }
        func realDates(_ zone: MRZ) -> Int { [zone.dateOfBirth, zone.expiryDate].compactMap { $0 }.count }
        func agreements(_ zone: MRZ) -> Int {
            let read = DocumentAssessor.readings(of: zone)
            return [DocumentField.documentNumber, .dateOfBirth, .expiryDate].filter { read[$0] != nil && read[$0]?.value == fields[$0]?.value }.count
        }
        if realDates(page) != realDates(found) { return realDates(page) > realDates(found) ? page : found }
        return agreements(page) > agreements(found) ? page : found
    }

    /// Text of the top quarter, where documents name their country and kind.
    private static func header(_ lines: [OCRLine], of image: VisionImage) -> String {
        lines.filter { $0.top < image.height / 4 }.map(\.text).joined(separator: " ")
    }

    /// A side that read next to nothing (fewer than two fields) and no valid zone, with no
    /// valid zone elsewhere on the document, read again turned black and white window by window.
    /// One level for the page (Tesseract's) blacks out every value on a side shaded darker, or
    /// in cells tinted darker than the ground; a level per window costs readings on even pages
    /// (a letter's thin stroke lost), so it is only the last resort, kept when it gives more
    /// fields. Last: the whole photo's own reading, in every turn, has had its chance (a
    /// passport page whose flattened view reads nothing finds its zone there).
    private func readShadedAgain(_ read: SideResult, today: Date) async throws(KYCError) -> SideResult {
        guard read.side.fields.count < 2, read.side.mrz?.valid != true else { return read }
        let (image, again) = try await onQueue { [self] () throws(KYCError) in try readLines(read.image, locally: true) }
        let more = VisualZoneParser.fields(again, today: today)
        guard more.count > read.side.fields.count else { return read }
        return read.withText(again, fields: more, on: image, headerText: Self.header(again, of: image))
    }

    /// The decoded photo, and the document flattened when its outline is found. (Below a fifth
    /// of the photo, on a scan, the ID portrait's or a panel's outline would be taken for the page's.)
    private func decodeAndFlatten(_ bytes: [UInt8]) throws(KYCError) -> (VisionImage, VisionImage?) {
        let photo = try VisionImage.decode(bytes, limits: limits)
        return (photo, try photo.rectifiedDocument(area: 0.2...0.97))
    }

    /// A document small in the photo (a card held up beside the face in a selfie: 3–10% of the
    /// picture, its edges joined to the hand's and the hair's), flattened and enlarged towards
    /// `smallDocumentWidth` so that its print reads as a photographed card's does. Looked for
    /// only where the photo read as nothing else.
    private func smallDocument(in photo: VisionImage) throws(KYCError) -> VisionImage? {
        guard let small = try photo.rectifiedDocument(area: 0.025...0.2, nested: true) else { return nil }
        guard small.width < Self.smallDocumentWidth else { return small }
        return small.enlarged(by: min(2, Double(Self.smallDocumentWidth) / Double(small.width))) ?? small
    }

    static let smallDocumentWidth = 1200

    /// A flattened document lies long side horizontal: upright or upside down. A photo without
    /// an outline may also be sideways.
    private static func turnsToTry(_ image: VisionImage, outline: Bool) -> [Int] {
        outline || image.width >= image.height ? [0, 2] : [1, 3, 0, 2]
    }

    /// The portrait of an image known to be upright; nil when no face stands upright in it.
    private func uprightPortrait(in image: VisionImage?) async throws(KYCError) -> [UInt8]? {
        guard let faces, let image, let face = try await faces.detect(in: image, allowCNN: false, turns: [0]).faces.first else {
            return nil
        }
        return try Self.portrait(of: face, in: image)
    }

    /// The portrait with a margin around the face, as the face matcher expects an ID photo.
    private static func portrait(of face: FaceBox, in image: VisionImage) throws(KYCError) -> [UInt8]? {
        let width = face.right - face.left, height = face.bottom - face.top
        let crop = image.cropped(left: Int(face.left - 0.6 * width), top: Int(face.top - 0.8 * height),
                                 width: Int(2.2 * width), height: Int(2.6 * height))
        return try crop?.jpeg(quality: 92)
    }

    // MARK: - MRZ

    private struct MRZFound {
        let mrz: MRZ
        let turns: Int
    }

    /// Images under this longest side are read again at twice the size when the first reading
    /// finds no valid zone: on a small scan the MRZ characters are too few pixels high. (Three
    /// times under 500 px was tried as well and read nothing more on the shared photos.) The
    /// second reading is taken when it is better; enlarged noise yields MRZ-like text, which
    /// `plausible` keeps from replacing "nothing found".
    static let smallImageSide = 1000
    /// Text tilted less than this reads as it is; more, and a photo without an outline is
    /// read again turned level (a hand or the frame's edge hid the document's outline).
    static let readableSkew = 1.5
    /// A flattened document whose text is tilted this much or more was flattened by an outline
    /// not its own, and is read again turned level. (A right outline leaves its text within a
    /// degree or two of level.)
    static let tiltedFlattening = 3.0
    static let largestSkew = 20.0
    /// A photo turned a quarter is levelled up to this tilt: a document lying 45–135° off
    /// level. (The photo as it is is levelled only up to `largestSkew`.)
    static let acrossSkew = 45.0

    /// The MRZ of a view, tried until a valid zone is found: as it is; enlarged when small; and
    /// when no outline flattened the photo, turned sideways (an open booklet photographed
    /// across), turned level when its text is tilted, and turned a quarter and levelled when it
    /// lies sideways and askew. The sideways view pays for Tesseract only where the OCR-B
    /// classifier saw MRZ-like lines, so a side without a zone (an ID card's front) costs
    /// milliseconds more, not a second; the level views, made only for text tilted 1.5° or
    /// more, also have their likeliest band read.
    private func findMRZAtScales(_ image: VisionImage, outline: Bool) throws(KYCError) -> MRZFound? {
        let turns = Self.turnsToTry(image, outline: outline)
        var mrzLike: [MRZLikeBand] = []
        var best = try findMRZ(image, turns: turns, mrzLike: &mrzLike)
        /// `view` is `image` turned by `quarterTurns` (and perhaps a little more to level it).
        func consider(_ view: VisionImage?, turns: [Int], likeliestBand: Bool, quarterTurns: Int = 0) throws(KYCError) {
            guard best?.mrz.valid != true, let view, !turns.isEmpty,
                  let found = try findMRZ(view, turns: turns, likeliestBand: likeliestBand, quarterTurns: quarterTurns, mrzLike: &mrzLike),
                  Self.better(found.mrz, best?.mrz) == found.mrz else { return }
            best = MRZFound(mrz: found.mrz, turns: (found.turns + quarterTurns) % 4)
        }
        if max(image.width, image.height) < Self.smallImageSide {
            try consider(image.enlarged(by: 2), turns: turns, likeliestBand: true)
        }
        guard best?.mrz.valid != true else { return best }
        if outline {
            // A flattening that left the text tilted did not find the document's outline.
            let skew = try image.textSkew(within: Self.largestSkew)
            if abs(skew) >= Self.tiltedFlattening, let level = image.turned(degrees: skew) {
                try consider(level, turns: turns, likeliestBand: true)
            }
            return try squareOnLast(best, mrzLike)
        }
        try consider(image, turns: [1, 3].filter { !turns.contains($0) }, likeliestBand: false)
        let skew = try image.textSkew(within: Self.largestSkew)
        if abs(skew) >= Self.readableSkew, let level = image.turned(degrees: skew) {
            try consider(level, turns: turns, likeliestBand: true)
            // On a busy photo (a card's two sides copied on one sheet, in perspective) the
            // blobs' tilt can stop short of level, 11° of 16°; turned that far, the zone's rows
            // are found by their pitch, which measures what is left. Tesseract reads that view
            // only where the classifier saw MRZ-like lines: a side without a zone pays milliseconds.
            if best?.mrz.valid != true {
                let rest = try level.textSkew(within: Self.largestSkew)
                if abs(rest) >= Self.readableSkew { try consider(level.turned(degrees: rest), turns: turns, likeliestBand: false) }
            }
        }
        // A document lying sideways and askew (a card dropped on a bed, photographed from
        // above): its lines stand some 20–45° off upright, where the level view above does not
        // look. Turned a quarter first, its tilt is measured up to 45° either way.
        if best?.mrz.valid != true, let across = image.rotated(1) {
            let tilt = try across.textSkew(within: Self.acrossSkew)
            if abs(tilt) >= Self.readableSkew {
                try consider(across.turned(degrees: tilt), turns: [0, 2], likeliestBand: true, quarterTurns: 1)
            }
        }
        return try squareOnLast(best, mrzLike)
    }

    /// The best MRZ over the turns tried. First pass: the OCR-B cell classifier on every band
    /// of every turn (milliseconds each); second pass, only if that found no finished zone:
    /// Tesseract on the bands where the classifier saw MRZ-like lines, and on the likeliest band.
    /// Stops at the first finished zone (valid, names read). Without `likeliestBand`, Tesseract
    /// reads only the bands the classifier found MRZ-like; with `classifierOnly`, none. Those
    /// bands are added to `mrzLike`, their turns counted from `quarterTurns`.
    private func findMRZ(_ image: VisionImage, turns: [Int], likeliestBand: Bool = true, quarterTurns: Int = 0,
                         classifierOnly: Bool = false, mrzLike: inout [MRZLikeBand]) throws(KYCError) -> MRZFound? {
        var best: MRZFound?
        var promising: [(VisionImage, Int, kv_rect)] = []
        func consider(_ mrz: MRZ?, turn: Int) { Self.keepBetter(mrz, turns: turn, in: &best) }
        for turn in turns {
            guard let turned = turn == 0 ? image : image.rotated(turn) else { continue }
            for (index, band) in try turned.mrzBands(limit: 5).enumerated() {
                let classified = try turned.classifyMRZ(in: band)
                if !classified.isEmpty || (index == 0 && likeliestBand) { promising.append((turned, turn, band)) }
                if !classified.isEmpty { mrzLike.append(MRZLikeBand(turned: turned, turns: (turn + quarterTurns) % 4, band: band)) }
                for mrz in classified.compactMap(Self.parseMRZ) { consider(mrz, turn: turn) }
                if best?.mrz.finished == true { return best }
            }
        }
        for (turned, turn, band) in promising where !classifierOnly {
            consider(Self.parseMRZ(try mrzOCR.readMRZ(turned, band: band)), turn: turn)
            if best?.mrz.finished == true { return best }
        }
        return best
    }

    static let squareOnBands = 4

    /// A band the OCR-B classifier read as MRZ-like lines, in the view (`turned`) it was found
    /// in, and the quarter turns that stand that view upright.
    struct MRZLikeBand {
        let turned: VisionImage
        let turns: Int
        let band: kv_rect
    }

    /// The best zone of `best` and the MRZ-like bands read again seen square on, when no view
    /// gave a valid zone: a zone in perspective whose outline was not found converges and
    /// shrinks along its lines past what one grid pitch follows, and Tesseract misreads it too.
    /// Only then, so that a document read as it is pays nothing for it, and only the first
    /// `squareOnBands` (the first views' likeliest bands), so that a photo no view reads a zone
    /// in pays a bounded time for it.
    private func squareOnLast(_ best: MRZFound?, _ bands: [MRZLikeBand]) throws(KYCError) -> MRZFound? {
        guard best?.mrz.valid != true else { return best }
        var best = best
        for candidate in bands.prefix(Self.squareOnBands) {
            for mrz in try candidate.turned.classifyMRZ(in: candidate.band, squareOn: true).compactMap(Self.parseMRZ) {
                Self.keepBetter(mrz, turns: candidate.turns, in: &best)
            }
            if best?.mrz.finished == true { break }
        }
        return best
    }

    /// `best`, or `mrz` found at `turns` when it is the better zone.
    private static func keepBetter(_ mrz: MRZ?, turns: Int, in best: inout MRZFound?) {
        if let mrz, better(mrz, best?.mrz) == mrz { best = MRZFound(mrz: mrz, turns: turns) }
    }

    /// The zone with more valid check digits, then the one whose names were read, then fewer
    /// corrections.
    static func better(_ a: MRZ?, _ b: MRZ?) -> MRZ? {
        guard let a else { return b }
        guard let b else { return a }
        let (va, vb) = (a.checks.filter(\.valid).count, b.checks.filter(\.valid).count)
        if va != vb { return va > vb ? a : b }
        if a.namesRead != b.namesRead { return a.namesRead ? a : b }
        return a.corrections <= b.corrections ? a : b
    }

    /// The best MRZ in OCR text: consecutive long lines, tried as TD3, TD2 and TD1.
    static func parseMRZ(_ text: String) -> MRZ? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.filter { !$0.isWhitespace } }.filter { $0.count >= 20 }
        var best: MRZ?
        for size in [2, 3] where lines.count >= size {
            for start in 0...(lines.count - size) {
                best = better(MRZParser.parse(lines[start..<(start + size)].map { String($0) }).flatMap(plausible), best)
            }
        }
        return best
    }

    /// A zone is kept only if it is shaped like one: a document code ICAO uses (P, I, A, C, V)
    /// and a birth date that is a date — check digits alone do not make a zone, since runs of
    /// fillers and zeros pass them (a card's name line read sideways as a TD2 did). One that is
    /// not valid must also have an expiry that is a date and a check digit that passes.
    /// Otherwise it is other text read as an MRZ (a barcode, the printed lines above the zone,
    /// the name line taken for the second line), and its "failed check digits" would condemn
    /// a document for our misreading.
    static func plausible(_ mrz: MRZ) -> MRZ? {
        guard let code = mrz.documentCode.first, "PIACV".contains(code), mrz.dateOfBirth != nil else { return nil }
        if mrz.valid { return mrz }
        guard mrz.expiryDate != nil, mrz.checks.contains(where: \.valid) else { return nil }
        return mrz
    }

    // MARK: - Printed text

    /// A lone letter forced to M, F or X reads as one even from a speck: only a reading this
    /// confident counts.
    static let loneValueConfidence = 0.4

    /// The printed text of an upright image, and the image it was read on, also read turned
    /// level when its text is tilted: a value at a tab stop is found on its label's row, which a
    /// tilt of a few degrees moves by a line. A photo no outline flattened is levelled from
    /// `readableSkew`; a flattened document only from `tiltedFlattening`: its text stands level
    /// when the outline was the document's, and tilted when it was not (the card's edge joined to
    /// the grooves of a plank counter, their hull taken for the card: text 7–12° off level).
    private func readText(_ image: VisionImage, outline: Bool) throws(KYCError) -> (VisionImage, [OCRLine]) {
        try levelled(image, asIs: try readLines(image), outline: outline)
    }

    /// The reading of the image turned level, when its text is tilted (from `readableSkew`, or
    /// on a flattened document from `tiltedFlattening`) and the levelled text reads at least as
    /// well as `asIs`: the tilt is measured on blobs that may not be text (ruled boxes, a
    /// background pattern), and a wrong turn would cost the reading.
    private func levelled(_ image: VisionImage, asIs: (VisionImage, [OCRLine]), outline: Bool) throws(KYCError) -> (VisionImage, [OCRLine]) {
        let skew = try image.textSkew(within: Self.largestSkew)
        guard abs(skew) >= (outline ? Self.tiltedFlattening : Self.readableSkew), let turned = image.turned(degrees: skew) else { return asIs }
        let level = try readLines(turned)
        return Self.textScore(level.1) >= Self.textScore(asIs.1) ? level : asIs
    }

    /// The lines with the labels printed light on dark tabs, each read on its own, when the page
    /// reading found fewer labels than there are tabs (it reads a tab as one dark blob, or as
    /// `E SURNAME }`). A tab's reading replaces what the page read on it; only what reads as a
    /// label is taken: the values stand outside the tabs, and the page reading read them.
    private func withLabelsOnTabs(_ image: VisionImage, _ lines: [OCRLine]) throws(KYCError) -> [OCRLine] {
        guard let (shown, tabs) = try image.labelTabsShown(), tabs.count >= 2,
              tabs.count > lines.count(where: { VisualZoneParser.readsAsLabel($0.text) }) else { return lines }
        var read = lines, labelled: [OCRLine] = []
        for tab in tabs {
            guard let label = try textOCR.line(shown, in: tab), VisualZoneParser.readsAsLabel(label.text) else { continue }
            read.removeAll { $0.region.isMostlyWithin(tab) }
            read.append(label)
            labelled.append(label)
        }
        guard !labelled.isEmpty else { return lines }
        read = try withoutTabs(image, read, labels: labelled)
        // A lone letter under a label read here (`F` under `SEX`) was not looked for before.
        return try withLoneValues(image, read)
    }

    /// The page lines that ran across a label's tab without it: the page reading reads a tab as
    /// a few letters joined to the value beside it (`emma ABUBAKAR` for the `SURNAME` tab and its
    /// value), which names no field and garbles the value. After the last tab such a line
    /// crosses, its own words there (`OCRLine.piece(after:)`) are kept when they read as the
    /// tab's field: the page reads most faces better than a crop of them (`TENDAI`, read again
    /// on its own `TE NAL` or `TENPAT` as the crop's edges moved). Otherwise that stretch is read
    /// again on its own with the pieces that follow it on the row (the page reading breaks
    /// `07 08 78` at its wide spaces, and a piece keeps the whole line's confidence, too low to
    /// join); and so is each stretch before a tab, at least a tab's height wide.
    private func withoutTabs(_ image: VisionImage, _ lines: [OCRLine], labels: [OCRLine]) throws(KYCError) -> [OCRLine] {
        let crossing = lines.indices.filter { index in labels.contains { Self.runsAcross(lines[index], $0.region) } }
        var stretches: [OCRRegion] = [], kept: [OCRLine] = [], joined = Set(crossing)
        for index in crossing {
            let line = lines[index]
            let crossed = labels.filter { Self.runsAcross(line, $0.region) }.sorted { $0.left < $1.left }
            let last = crossed[crossed.count - 1].region
            // The row's height: the line's, kept within a quarter of a tab's height of the tab (a
            // page line reaching over a tab often takes in the pattern over or under it).
            var top = max(line.top, last.top - last.height / 4), bottom = min(line.top + line.height, last.top + last.height * 5 / 4)
            // Read with a quarter of the tab's height spare over and under, and beyond the line's
            // ends: a region cut at the letters' tops, feet or last stroke reads them smeared or
            // short (`TE NAL` for `TENDAI`, `12 09 8`).
            let spare = last.height / 4
            func stretch(from start: Int, to end: Int) {
                guard end - start >= last.height else { return }
                stretches.append(OCRRegion(left: start, top: top - spare, width: end - start, height: bottom - top + 2 * spare))
            }
            // A margin each side of a tab leaves out its rounded edge's blend with the card.
            var start = line.left - spare
            for tab in crossed.map(\.region) {
                let margin = tab.height / 4
                stretch(from: start, to: tab.left - margin)
                start = max(start, tab.left + tab.width + margin)
            }
            if let own = line.piece(after: last), VisualZoneParser.readsAsValue(own.text, labelledBy: crossed[crossed.count - 1].text) {
                kept.append(own)
                continue
            }
            var end = line.left + line.width
            while let next = lines.indices.first(where: { other in
                !joined.contains(other) && Self.follows(lines[other], end: end, onRowOf: last)
                    && !labels.contains { lines[other].region.overlapsMostly($0.region) }
            }) {
                joined.insert(next)
                end = lines[next].left + lines[next].width
                top = min(top, lines[next].top)
                bottom = max(bottom, lines[next].top + lines[next].height)
            }
            stretch(from: start, to: end + spare)
        }
        var read = lines.indices.filter { !joined.contains($0) }.map { lines[$0] } + kept
        for stretch in stretches {
            if let piece = try textOCR.line(image, in: stretch) { read.append(piece) }
        }
        return read
    }

    /// Whether `line` is the next piece of a value ending at `end` on the row of `tab`, its
    /// label: on the tab's row, starting after `end` within the tab's height.
    static func follows(_ line: OCRLine, end: Int, onRowOf tab: OCRRegion) -> Bool {
        let down = min(line.top + line.height, tab.top + tab.height) - max(line.top, tab.top)
        return 2 * down > tab.height && line.left > end && line.left - end <= tab.height
    }

    /// Whether page line `line` runs across `tab` and past it: on the tab's row (sharing most of
    /// its height) and reaching beyond it on either side by the tab's height (a line as tall as
    /// the tab is read with the letters of its value beside it).
    static func runsAcross(_ line: OCRLine, _ tab: OCRRegion) -> Bool {
        let down = min(line.top + line.height, tab.top + tab.height) - max(line.top, tab.top)
        guard 2 * down > tab.height, line.left < tab.left + tab.width, line.left + line.width > tab.left else { return false }
        return tab.left - line.left >= tab.height || line.left + line.width - (tab.left + tab.width) >= tab.height
    }

    /// The lines with the text printed light on a dark band larger than a tab (a header band
    /// holding the ID number in white, or a column down the card's edge whose number runs down
    /// it) read again from a copy showing it dark on light: the
    /// page reading reads such text in pieces (`156` and `68166` for `15651268166`) or not at
    /// all. A confident line read there replaces the page's lines it overlaps when it holds
    /// more letters and digits than they do together, and is added where the page read nothing.
    private func withLightOnDarkBands(_ image: VisionImage, _ lines: [OCRLine]) throws(KYCError) -> [OCRLine] {
        guard let (shown, bands) = try image.darkBandsShown() else { return lines }
        func characters(_ text: String) -> Int { text.count(where: { $0.isLetter || $0.isNumber }) }
        var read = lines
        for band in bands {
            guard let crop = shown.cropped(left: band.left, top: band.top, width: band.width, height: band.height) else { continue }
            if band.height >= 3 * band.width {
                // A column's text runs down it: read turned either way, as one line over the column.
                guard let line = try lineDown(crop, placedOn: band), line.confidence >= Self.bandLineConfidence,
                      characters(line.text) > read.filter({ $0.region.isMostlyWithin(band) }).reduce(0, { $0 + characters($1.text) })
                else { continue }
                read.removeAll { $0.region.isMostlyWithin(band) }
                read.append(line)
                continue
            }
            for line in try textOCR.lines(crop) where line.confidence >= Self.bandLineConfidence {
                let placed = OCRLine(text: line.text, left: line.left + band.left, top: line.top + band.top,
                                     width: line.width, height: line.height, confidence: line.confidence)
                let overlapped = read.filter { $0.region.overlapsMostly(placed.region) }
                guard characters(placed.text) > overlapped.reduce(0, { $0 + characters($1.text) }) else { continue }
                read.removeAll(where: overlapped.contains)
                read.append(placed)
            }
        }
        return read
    }

    /// The text running down a column (`crop`), read with the column turned a quarter either
    /// way, the way that reads better kept: its lines left to right as one line standing
    /// where the column does (`ID NO. 37-318691-T-69`, the label first), its confidence the
    /// least of theirs.
    private func lineDown(_ crop: VisionImage, placedOn column: OCRRegion) throws(KYCError) -> OCRLine? {
        var best: [OCRLine] = []
        for turns in [1, 3] {
            guard let turned = crop.rotated(turns) else { continue }
            let lines = try textOCR.lines(turned)
            if Self.textScore(lines) > Self.textScore(best) { best = lines }
        }
        guard !best.isEmpty else { return nil }
        let text = best.sorted { $0.left < $1.left }.map(\.text).joined(separator: " ")
        return OCRLine(text: text, left: column.left, top: column.top, width: column.width, height: column.height,
                       confidence: best.map(\.confidence).min() ?? 0)
    }

    /// Least confidence of a line read on a dark band (a garbled reading of a pattern is less sure).
    static let bandLineConfidence = 0.6

    /// A side with its captions printed far smaller than its values read again from the strips
    /// above the values, enlarged (`SmallCaptions`): Tesseract takes 8 px captions for specks, and
    /// the values then say nothing of which field each is. Only what reads as a label is taken,
    /// replacing what the page read within it; the side is kept when that gives more fields. A
    /// side with a valid zone has its fields from it.
    private func withSmallCaptions(_ read: SideResult, today: Date) async throws(KYCError) -> SideResult {
        guard read.side.mrz?.valid != true else { return read }
        let image = read.image
        let strips = SmallCaptions.strips(read.side.lines, width: image.width, height: image.height)
        guard !strips.isEmpty else { return read }
        let lines = try await onQueue { [self] () throws(KYCError) -> [OCRLine] in
            var lines = read.side.lines
            for strip in strips {
                guard let crop = image.cropped(left: strip.left, top: strip.top, width: strip.width, height: strip.height),
                      let enlarged = crop.enlarged(by: Self.captionEnlargement) else { continue }
                for line in try textOCR.lines(enlarged) where line.confidence >= Self.captionConfidence && VisualZoneParser.readsAsLabel(line.text) {
                    let placed = Self.placed(line, enlargedBy: Self.captionEnlargement, from: strip)
                    lines.removeAll { $0.region.isMostlyWithin(placed.region) }
                    lines.append(placed)
                }
            }
            return lines
        }
        let fields = VisualZoneParser.fields(lines, today: today)
        guard fields.count > read.side.fields.count else { return read }
        return read.withText(lines, fields: fields, on: image, headerText: read.headerText)
    }

    /// A line read on a crop enlarged by `scale`, placed where it stands on the page.
    private static func placed(_ line: OCRLine, enlargedBy scale: Double, from crop: OCRRegion) -> OCRLine {
        OCRLine(text: line.text, left: crop.left + Int(Double(line.left) / scale), top: crop.top + Int(Double(line.top) / scale),
                width: Int(Double(line.width) / scale), height: Int(Double(line.height) / scale), confidence: line.confidence)
    }

    /// Captions some 8 px high read at 24 px, the size Tesseract reads best.
    static let captionEnlargement = 3.0
    static let captionConfidence = 0.5

    /// The printed text, and the image it was read on: a small scan is read at twice its size,
    /// since Tesseract wants letters some 20 px high and a 500 px wide card prints them at half
    /// that. A lone letter by its label is read on its own.
    private func readLines(_ image: VisionImage, locally: Bool = false) throws(KYCError) -> (VisionImage, [OCRLine]) {
        let read = max(image.width, image.height) < Self.smallImageSide ? image.enlarged(by: 2) ?? image : image
        return (read, try withLoneValues(read, try textOCR.lines(read, locally: locally)))
    }

    /// The lines with each lone letter a label's value should be (a sex) read on its own.
    private func withLoneValues(_ read: VisionImage, _ lines: [OCRLine]) throws(KYCError) -> [OCRLine] {
        var lines = lines
        for place in VisualZoneParser.loneValueRegions(lines) {
            // Tesseract's word mode reads nothing from some lone letters (a typewriter's `M`)
            // that its line mode reads. Only at a tab stop, on the label's own row: under a
            // label the line mode reads specks as a confident letter (`F` from a passport's
            // background where the `M` stood beside the label).
            let letters = VisualZoneParser.loneValueLetters
            var value = try textOCR.word(read, in: place.region, characters: letters)
            if value == nil, place.atTabStop { value = try textOCR.line(read, in: place.region, characters: letters) }
            if let value, value.confidence >= Self.loneValueConfidence {
                lines.append(value)
            }
        }
        return lines
    }

    /// How much text reads, and how confidently: characters of lines of three or more, weighted by confidence.
    private static func textScore(_ lines: [OCRLine]) -> Double {
        lines.filter { $0.text.count >= 3 }.reduce(0) { $0 + $1.confidence * Double($1.text.count) }
    }

    // MARK: - A value read again

    /// Fields whose printed value may be read again, and the characters each may hold.
    static let rereadable: [(DocumentField, String)] = [
        (.idNumber, idCharacters), (.documentNumber, idCharacters), (.dateOfBirth, dateCharacters), (.expiryDate, dateCharacters),
    ]
    static let idCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/"
    static let dateCharacters = "0123456789-./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    /// A reading again counts only when its least sure character is at least this sure.
    static let rereadConfidence = 0.5

    /// A side's fields, with each number or date whose printed reading disagrees with a valid
    /// MRZ read again on its own from where it stands (the line reading confuses `3` and `8` in
    /// small print now and then). The second reading replaces the first only when it says what
    /// the MRZ says: a value really printed otherwise (an edited birth date) reads otherwise
    /// again, and still fails the comparison. Returns the fields and a note for each replaced.
    private func readAgain(_ side: SideResult, against mrz: [DocumentField: FieldReading],
                           today: Date) async throws(KYCError) -> ([DocumentField: FieldReading], [String]) {
        try await onQueue { [self] () throws(KYCError) in try readAgainOnQueue(side, against: mrz, today: today) }
    }

    private func readAgainOnQueue(_ side: SideResult, against mrz: [DocumentField: FieldReading],
                                  today: Date) throws(KYCError) -> ([DocumentField: FieldReading], [String]) {
        var fields = side.side.fields
        var notes: [String] = []
        let printed = VisualZoneParser.rawFields(side.side.lines, today: today)
        let unreadDates = VisualZoneParser.unreadDateRegions(side.side.lines, today: today)
        for (field, characters) in Self.rereadable {
            guard let expected = mrz[field]?.value else { continue }
            let first = fields[field]
            let disagreeing = first.flatMap { DocumentAssessor.agree(field, $0.value, expected) ? nil : printed[field]?.region }
            guard let place = first == nil ? unreadDates[field] : disagreeing else { continue }
            let margin = place.height / 4
            let width = max(place.width, Self.widthOfNumber(expected, field, readAs: printed[field]?.text ?? "", in: place))
            let region = OCRRegion(left: max(0, place.left - margin), top: max(0, place.top - margin),
                                   width: width + 2 * margin, height: place.height + 2 * margin)
            func sure(_ line: OCRLine?) -> (String, OCRLine)? {
                guard let line, line.confidence >= Self.rereadConfidence,
                      let value = Self.value(field, endingLine: line.text, today: today) else { return nil }
                return (value, line)
            }
            func agreeing(_ reading: (String, OCRLine)?) -> (String, OCRLine)? {
                reading.flatMap { DocumentAssessor.agree(field, $0.0, expected) ? $0 : nil }
            }
            let once = sure(try textOCR.line(side.image, in: region, characters: characters))
            var found = agreeing(once)
            if found == nil { found = agreeing(sure(try lineEnlarged(side.image, in: region, characters: characters))) }
            if let (value, again) = found {
                fields[field] = FieldReading(value: value, confidence: again.confidence, source: .visual)
                notes.append("\(field.rawValue): the printed value, read again on its own, agrees with the MRZ")
            } else if let (value, again) = once, first.map({ value == $0.value && again.confidence > $0.confidence }) ?? true {
                // Read unsurely on the page (a faint inkjet date at 30%) and surely again on its
                // own, the same value twice; or a labelled date the page reading could not parse
                // (`98-02-2003`) read surely on its own: what is printed there, and evidence
                // against the MRZ.
                fields[field] = FieldReading(value: value, confidence: again.confidence, source: .visual)
            }
        }
        try readDotsJoined(side, against: mrz, into: &fields, notes: &notes, today: today)
        return (fields, notes)
    }

    /// A value's region read on its own enlarged twice, for when the reading at the page's size
    /// does not say what the zone says (sixteenth 3838/013: a Kenyan passport's birth date).
    private func lineEnlarged(_ image: VisionImage, in region: OCRRegion, characters: String) throws(KYCError) -> OCRLine? {
        guard let crop = image.cropped(left: region.left, top: region.top, width: region.width, height: region.height),
              let enlarged = crop.enlarged(by: 2) else { return nil }
        return try textOCR.line(enlarged, in: OCRRegion(left: 0, top: 0, width: enlarged.width, height: enlarged.height),
                                characters: characters)
    }

    /// Fields the MRZ carries that a dot-matrix print kept from reading (none, or not what the
    /// MRZ says), read again on the side with its dots joined into strokes. As with a value
    /// read again, a field is replaced only by a reading that says what the MRZ says: an
    /// edited value reads otherwise again, and stays unread or different.
    private func readDotsJoined(_ side: SideResult, against mrz: [DocumentField: FieldReading],
                                into fields: inout [DocumentField: FieldReading], notes: inout [String], today: Date) throws(KYCError) {
        let unread = VisualZoneParser.unreadLabels(side.side.lines, today: today)
        let missing = Self.joinedReadable.filter { field in
            guard let expected = mrz[field]?.value else { return false }
            return fields[field].map { !DocumentAssessor.agree(field, $0.value, expected) } ?? unread.contains(field)
        }
        guard !missing.isEmpty, let joined = try side.image.dotsJoined() else { return }
        let again = VisualZoneParser.fields(try textOCR.lines(joined), today: today)
        for field in missing {
            guard let value = again[field], let expected = mrz[field]?.value, DocumentAssessor.agree(field, value.value, expected) else { continue }
            fields[field] = value
            notes.append("\(field.rawValue): the printed value, read with its dot-matrix print joined, agrees with the MRZ")
        }
    }

    /// What a side's dot-matrix print is read again for: who the holder is, and the dates.
    static let joinedReadable: [DocumentField] = [.surname, .givenNames, .dateOfBirth, .idNumber, .documentNumber, .expiryDate]

    /// How wide a number the MRZ carries would stand where its printed reading stands, at that
    /// reading's width per character, with two characters to spare for separators: the line
    /// reading may cut a number short (`2734978` for `27349789`: its last characters left out
    /// of the line), and the second reading must take in the whole number. Dates are printed
    /// in other forms than the MRZ's, and keep their region.
    static func widthOfNumber(_ expected: String, _ field: DocumentField, readAs printed: String, in place: OCRRegion) -> Int {
        guard field == .idNumber || field == .documentNumber, !printed.isEmpty else { return 0 }
        return place.width * (expected.count + 2) / printed.count
    }

    /// The value a re-read line ends with (the region may hold the end of its label): a date
    /// anywhere in it, a number as its last word.
    static func value(_ field: DocumentField, endingLine text: String, today: Date) -> String? {
        if field == .dateOfBirth || field == .expiryDate { return VisualZoneParser.normalize(field, text, today: today) }
        guard let last = text.split(whereSeparator: \.isWhitespace).last else { return nil }
        return VisualZoneParser.normalize(field, String(last.drop { !$0.isLetter && !$0.isNumber }), today: today)
    }

    // MARK: - Orientation by text

    /// Upright or upside down (or sideways), judged by how confidently the text reads; then
    /// read level, when no outline flattened the photo.
    private func bestReadingTurn(_ image: VisionImage, outline: Bool) throws(KYCError) -> (turn: Int, reading: (VisionImage, [OCRLine])) {
        var best: (turn: Int, turned: VisionImage, reading: (VisionImage, [OCRLine]), score: Double)?
        for turn in Self.turnsToTry(image, outline: outline) {
            guard let turned = turn == 0 ? image : image.rotated(turn) else { continue }
            let reading = try readLines(turned)
            let score = Self.textScore(reading.1)
            if score > (best?.score ?? -1) { best = (turn, turned, reading, score) }
        }
        guard let best else { return (0, (image, [])) }
        return (best.turn, try levelled(best.turned, asIs: best.reading, outline: outline))
    }

    private func onQueue<T: Sendable>(_ work: @escaping @Sendable () throws(KYCError) -> T) async throws(KYCError) -> T {
        let result: Result<T, KYCError> = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Result { () throws(KYCError) -> T in try work() }) }
        }
        return try result.get()
    }
}

private extension MRZ {
    /// Nothing left to read better: every check digit passes and the names were read. A TD1
    /// names line has no check digit, so a valid zone can still carry names the classifier
    /// misread and the parser set aside, which Tesseract may read.
    var finished: Bool { valid && namesRead }
}
