import Foundation
import Testing
import KYCCore

@Suite("ICAO 9303 machine readable zones")
struct MRZTests {
    let today = Date(timeIntervalSince1970: 1_795_000_000)  // late 2026

    @Test("check digits: the 7-3-1 rule on the worked example")
    func checkDigits() {
        #expect(MRZCheckDigit.compute("L898902C3") == 6)
        #expect(MRZCheckDigit.compute("740812") == 2)
        #expect(MRZCheckDigit.compute("120415") == 9)
        #expect(MRZCheckDigit.compute("<<<") == 0)
        #expect(MRZCheckDigit.compute("ab") == nil)
    }

    @Test("TD3 passport specimen")
    func td3Specimen() throws {
        let mrz = try #require(MRZParser.parse([
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ], today: today))
        #expect(mrz.format == .td3)
        #expect(mrz.valid, "\(mrz.checks)")
        #expect(mrz.documentNumber == "L898902C3")
        #expect(mrz.surname == "ERIKSSON")
        #expect(mrz.givenNames == "ANNA MARIA")
        #expect(mrz.nationality == "UTO")
        #expect(mrz.dateOfBirth == "1974-08-12")
        #expect(mrz.expiryDate == "2012-04-15")
        #expect(mrz.sex == "F")
        #expect(mrz.optionalData == "ZE184226B")
        #expect(mrz.corrections == 0)
    }

    @Test("TD1 ID card specimen")
    func td1Specimen() throws {
        let mrz = try #require(MRZParser.parse([
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ], today: today))
        #expect(mrz.format == .td1)
        #expect(mrz.valid, "\(mrz.checks)")
        #expect(mrz.documentNumber == "D23145890")
        #expect(mrz.documentCode == "I")
        #expect(mrz.givenNames == "ANNA MARIA")
    }

    @Test("TD2 specimen")
    func td2Specimen() throws {
        let mrz = try #require(MRZParser.parse([
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "D231458907UTO7408122F1204159<<<<<<<6",
        ], today: today))
        #expect(mrz.format == .td2)
        #expect(mrz.valid, "\(mrz.checks)")
        #expect(mrz.documentNumber == "D23145890")
    }

    @Test("OCR confusions are corrected by field type and by check digit")
    func corrections() throws {
        let mrz = try #require(MRZParser.parse([
            "P<UT0ERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L8989O2C36UT074O8122F12O4159ZE184226B<<<<<1O",
        ], today: today))
        #expect(mrz.valid, "\(mrz.checks) \(mrz.lines)")
        #expect(mrz.issuingState == "UTO")
        #expect(mrz.surname == "ERIKSSON")
        #expect(mrz.documentNumber == "L898902C3")
        #expect(mrz.dateOfBirth == "1974-08-12")
        #expect(mrz.corrections >= 6)
    }

    @Test("a national ID number in optional data read with O for 0 is read by the composite and its own check, not by one alone")
    func optionalNationalID() throws {
        let za = try #require(MRZParser.parse([
            "I<ZAFEZ5664595969O1223952O89<<", "6901224F3112294ZAF<<<<<<<<<<<8", "DLAMINI<<ANNA<<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(za.valid && za.optionalData == "6901223952089", "\(za.checks) \(za.lines)")
        // Kenyan ID numbers have no check character, but are digits throughout: the letter the
        // format forbids is read as a digit when the composite then passes; not when it fails.
        let ke = try #require(MRZParser.parse([
            "I<KENNY6389610832I40015<<<<<<<", "9512173M3207039KEN<<<<<<<<<<<8", "OTIENO<<KEVIN<<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(ke.valid && ke.optionalData == "32140015", "\(ke.checks) \(ke.lines)")
        let wrongDigit = try #require(MRZParser.parse([
            "I<KENNY6389610832I40017<<<<<<<", "9512173M3207039KEN<<<<<<<<<<<8", "OTIENO<<KEVIN<<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(!wrongDigit.valid && wrongDigit.optionalData == "32I40017")
        // Uganda's NIN (nineteenth families, visa, 4545/021): digits third and fourth, letters
        // after them allowed and left as read.
        let ug = try #require(MRZParser.parse([
            "I<UGAWL90926889CFO0019UCM5HD5<", "0005267F2803180UGA<<<<<<<<<<<7", "OPIO<<GRACE<ESTHER<<<<<<<<<<<<",
        ], today: today))
        #expect(ug.valid && ug.optionalData == "CF00019UCM5HD5", "\(ug.checks) \(ug.lines)")
        // Two `O`s weighed 7 and 3 pass the composite either way (nineteenth, handwritten, 4444/007).
        let passingAsRead = try #require(MRZParser.parse([
            "I<KENKX771109393583O2OO<<<<<<<", "0012120M3011135KEN<<<<<<<<<<<1", "KIPTOO<<BRIAN<<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(passingAsRead.valid && passingAsRead.optionalData == "35830200", "\(passingAsRead.lines)")
    }

    @Test("an O between digits that verifies either way is a zero")
    func zeroBetweenDigits() throws {
        let mrz = try #require(MRZParser.parse([
            "P<NGAOLADIPO<<TUNDE<AMINA<<<<<<<<<<<<<<<<<<<", "MN7O147O73NGA0207050F2805014<<<<<<<<<<<<<<02",
        ], today: today))
        #expect(mrz.valid && mrz.documentNumber == "MN7014707", "\(mrz.checks) \(mrz.lines)")
        // Two O's running (weighed 7 and 3: 240 either way), and one before the check digit.
        let card = try #require(MRZParser.parse([
            "I<GHAKK4461OO89GHA5826414593<<", "5607024M2509161GHA<<<<<<<<<<<2", "OSEI<<KOFI<YAW<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(card.valid && card.lines[0] == "I<GHAKK44610089GHA5826414593<<", "\(card.lines)")
        let passport = try #require(MRZParser.parse([
            "P<KENWAMALWA<<JOSEPH<<<<<<<<<<<<<<<<<<<<<<<<", "FC483141O2KEN8301068M3103289<<<<<<<<<<<<<<02",
        ], today: today))
        #expect(passport.valid && passport.documentNumber == "FC4831410", "\(passport.lines)")
        // Other letters between digits stay: real numbers hold them (Luxembourg's `S99BS27`).
        let letters = try #require(MRZParser.parse([
            "P<ZWENCUBE<<BLESSING<FARAI<<<<<<<<<<<<<<<<<<", "HG3346SS21ZWE0410254F3110153<<<<<<<<<<<<<<06",
        ], today: today))
        #expect(letters.valid && letters.documentNumber == "HG3346SS2", "\(letters.lines)")
        // A 7 read for the Z of a state code is the Z.
        let seven = try #require(MRZParser.parse([
            "P<ZWEDUBE<<TENDAI<CHIPO<<<<<<<<<<<<<<<<<<<<<", "NW474755657WE5908237M2910275<<<<<<<<<<<<<<00",
        ], today: today))
        #expect(seven.valid && seven.nationality == "ZWE" && seven.lines[1].hasPrefix("NW47475565ZWE"), "\(seven.lines)")
    }

    @Test("what the OCR read after the names' three fillers is filler in the lines too")
    func fillersAfterNames() throws {
        let mrz = try #require(MRZParser.parse([
            "P<ZWEMOYO<<NYASHA<TAPIWA<<<<<<<<<<<K<K<SKKKK", "LJ10249938ZWE0512240M2907309<<<<<<<<<<<<<<04",
        ], today: today))
        #expect(mrz.valid && mrz.lines[0] == "P<ZWEMOYO<<NYASHA<TAPIWA<<<<<<<<<<<<<<<<<<<<")
        #expect(mrz.surname == "MOYO" && mrz.givenNames == "NYASHA TAPIWA")
        let card = try #require(MRZParser.parse([
            "I<GHANG61605005GHA8307333497<<", "7212136F3102019GHA<<<<<<<<<<<4", "OSEI<<AKOSUA<<<<<<<KKKKKKKKKKK",
        ], today: today))
        #expect(card.valid && card.lines[2] == "OSEI<<AKOSUA<<<<<<<<<<<<<<<<<<")
    }

    /// A `K` weighs 20 and a filler 0 in every check digit: the seventeenth families' cards read
    /// `…7172<<<<<K<` and `GHA<<<<<<<<<K<6` with every check digit valid.
    @Test("fillers read as K after the optional data, or alone in it, are fillers; data holding a K stays")
    func fillersAfterOptionalData() throws {
        let card = try #require(MRZParser.parse([
            "I<KENRK3377518724717172<<<<<K<", "7210121F3112180KEN<<<<<<<<<K<9", "OTIENO<<WANJIRU<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(card.valid)
        #expect(card.lines[0] == "I<KENRK3377518724717172<<<<<<<" && card.lines[1] == "7210121F3112180KEN<<<<<<<<<<<9")
        let passport = try #require(MRZParser.parse([
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<K<10",
        ], today: today))
        #expect(passport.valid && passport.lines[1] == "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
        let data = try #require(MRZParser.parse([
            "I<KENRK3377518724717172<<K<1<<", "7210121F3112180KEN<<<<<<<<<<<9", "OTIENO<<WANJIRU<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(data.lines[0] == "I<KENRK3377518724717172<<K<1<<")
        // A `K` alone where the field starts (twenty-fifth families, 5656/046): no data at all.
        let lone = try #require(MRZParser.parse([
            "I<KENRK3377518724717172<<<<<<<", "7210121F3112180KENK<<<<<<<<<<9", "OTIENO<<WANJIRU<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(lone.valid && lone.lines[1] == "7210121F3112180KEN<<<<<<<<<<<9")
    }

    @Test("a wrong digit fails its check and the composite")
    func invalidDigits() throws {
        let mrz = try #require(MRZParser.parse([
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408132F1204159ZE184226B<<<<<10",
        ], today: today))
        #expect(!mrz.valid)
        #expect(mrz.checks.first { $0.field == "date_of_birth" }?.valid == false)
        #expect(mrz.checks.first { $0.field == "composite" }?.valid == false)
        #expect(mrz.checks.first { $0.field == "document_number" }?.valid == true)
        #expect(MRZParser.parse(["hello", "world"]) == nil)
    }
}

@Suite("MRZ lines as OCR returns them")
struct MRZOCRShapeTests {
    let today = Date(timeIntervalSince1970: 1_795_000_000)  // late 2026
    @Test("collapsed filler runs and trailing junk are tolerated")
    func ragged() throws {
        let mrz = try #require(MRZParser.parse([
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<K<K<K<K<K<K<KK<K<<K",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ]))
        #expect(mrz.format == .td3 && mrz.valid)
        let td1 = try #require(MRZParser.parse([
            "I<UTOD231458907<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA",
        ]))
        #expect(td1.format == .td1 && td1.valid, "\(td1.checks)")
    }

    @Test("a filler run miscounted before the composite check digit: the digit is the line's last character")
    func fillersMiscountedBeforeComposite() throws {
        let names = "MWANGI<<JOSEPH<<<<<<<<<<<<<<<<"
        let truth = ["I<KENUS7045311310914114<<<<<<<", "7407011F2809056KEN<<<<<<<<<<<5", names]
        // One filler short (read as 29 characters), and one filler moved after the digit. A
        // filler where the composite stands verified this zone by chance (it counts as 0).
        for second in ["7407011F2809056KEN<<<<<<<<<<5", "7407011F2809056KEN<<<<<<<<<<5<"] {
            let mrz = try #require(MRZParser.parse([truth[0], second, names]))
            #expect(mrz.lines == truth && mrz.valid)
        }
        // A passport's line, its optional data's check digit and the composite after the run.
        let page = ["P<UGAKATO<<MOSES<GRACE<<<<<<<<<<<<<<<<<<<<<<", "WB43746098UGA7809028M2712217<<<<<<<<<<<<<<08"]
        let shifted = try #require(MRZParser.parse([page[0], "WB43746098UGA7809028M2712217<<<<<<<<<<<<<08<"]))
        #expect(shifted.lines == page && shifted.valid)
        // A digit that does not verify there stays where it was read.
        let wrong = try #require(MRZParser.parse([truth[0], "7407011F2809056KEN<<<<<<<<<<7<", names]))
        #expect(wrong.lines[1] == "7407011F2809056KEN<<<<<<<<<<7<")
    }

    @Test("a visa (MRV-A) has no personal-number or composite check digit")
    func visa() throws {
        let mrz = try #require(MRZParser.parse([
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
        ], today: today))
        #expect(mrz.valid, "\(mrz.checks)")
        #expect(mrz.checks.map(\.field) == ["document_number", "date_of_birth", "expiry_date"])
        #expect(mrz.documentNumber == "L8988901C" && mrz.dateOfBirth == "1940-09-07")
    }

    /// State codes carry no check digit: a lookalike letter misread (`KFN`, `QHA`) stood, and the
    /// nationality read wrong on a valid zone.
    @Test("a state code naming no state is read with one lookalike letter swapped, when only one swap names a state")
    func stateCodeLookalikes() throws {
        let kenyan = try #require(MRZParser.parse([
            "P<QHAMWANGI<<AKINYI<<<<<<<<<<<<<<<<<<<<<<<<<", "CC11770752KFN7801103F3102019<<<<<<<<<<<<<<02",
        ], today: today))
        #expect(kenyan.issuingState == "GHA" && kenyan.nationality == "KEN")
        #expect(kenyan.valid, "\(kenyan.checks)")
        // MLT (Malta) is a state, though one letter from MLI (Mali): it stands. GHB is one swap
        // from GMB and from GNB: which one cannot be told, so it stands too.
        let other = try #require(MRZParser.parse([
            "P<MLTBORG<<MARIA<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "CC11770752GHB7801103F3102019<<<<<<<<<<<<<<02",
        ], today: today))
        #expect(other.issuingState == "MLT" && other.nationality == "GHB")
    }

    @Test("names end at three fillers: a filler read as K after them is not a name")
    func fillerReadAsK() throws {
        let mrz = try #require(MRZParser.parse([
            "P<NGAOLADIPO<<IBRAHIM<<<<<<<<<<<KKK<<<<<<<<<", "DC10605126NGA8810078M3301100<<<<<<<<<<<<<<02",
        ], today: today))
        #expect(mrz.surname == "OLADIPO" && mrz.givenNames == "IBRAHIM")
    }

    @Test("the surname's separator with its middle filler read as X or K, and no other, is the separator")
    func separatorReadAsLetter() throws {
        let card = try #require(MRZParser.parse([
            "I<GHAPD20202981GHA2439539379<<", "5707016M3402074GHA<<<<<<<<<<<9", "QUAYE<X<EFUA<KOFI<<<<<<<<<<<<<",
        ], today: today))
        #expect(card.surname == "QUAYE" && card.givenNames == "EFUA KOFI")
        #expect(card.lines[2] == "QUAYE<<EFUA<KOFI<<<<<<<<<<<<<<")
        let passport = try #require(MRZParser.parse([
            "P<NGAOLADIPO<K<IBRAHIM<<<<<<<<<<<<<<<<<<<<<<", "DC10605126NGA8810078M3301100<<<<<<<<<<<<<<02",
        ], today: today))
        #expect(passport.surname == "OLADIPO" && passport.givenNames == "IBRAHIM")
        // With its `<<`, a lone letter is a name's initial.
        let initial = try #require(MRZParser.parse([
            "P<NGAOLADIPO<<IBRAHIM<K<<<<<<<<<<<<<<<<<<<<<", "DC10605126NGA8810078M3301100<<<<<<<<<<<<<<02",
        ], today: today))
        #expect(initial.givenNames == "IBRAHIM K")
    }

    @Test("a character read twice before the issuing state is taken out: the line is back in step")
    func characterBeforeState() throws {
        let card = try #require(MRZParser.parse([
            "II<GHARN87540521GHA8859329752<", "6203157F2907055GHA<<<<<<<<<<<7", "BOATENG<<KOFI<<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(card.valid)
        #expect(card.lines[0] == "I<GHARN87540521GHA8859329752<<")
        #expect(card.documentNumber == "RN8754052")
        let passport = try #require(MRZParser.parse([
            "P<<NGAOLADIPO<<IBRAHIM<<<<<<<<<<<<<<<<<<<<<", "DC10605126NGA8810078M3301100<<<<<<<<<<<<<<02",
        ], today: today))
        #expect(passport.issuingState == "NGA" && passport.surname == "OLADIPO")
        // A card whose document code is two letters keeps them.
        let twoLetters = try #require(MRZParser.parse([
            "IDGHARN87540521GHA8859329752<<", "6203157F2907055GHA<<<<<<<<<<<7", "BOATENG<<KOFI<<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(twoLetters.lines[0] == "IDGHARN87540521GHA8859329752<<")
    }

    @Test("two characters read before a TD1 zone's document code are taken out, and from the names line when it starts with them")
    func twoCharactersBeforeDocumentCode() throws {
        // As read on a card held up in a selfie: the card's rim at the zone's left edge read as `AA`.
        let card = try #require(MRZParser.parse([
            "AAI<UGAWA38585012CF73R1J8UL96GN<", "7305014F3012279UGA<<<<<<<<<<<9", "AABYARUGABA<<SARAH<<<<<<<<<<<<<<",
        ], today: today))
        #expect(card.valid)
        #expect(card.documentNumber == "WA3858501" && card.surname == "BYARUGABA")
        // A names line that does not start with them keeps its letters.
        let names = try #require(MRZParser.parse([
            "AAI<UGAWA38585012CF73R1J8UL96GN<", "7305014F3012279UGA<<<<<<<<<<<9", "ABBO<<SARAH<<<<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(names.valid && names.surname == "ABBO")
        let other = try #require(MRZParser.parse([
            "ABI<UGAWA38585012CF73R1J8UL96GN<", "7305014F3012279UGA<<<<<<<<<<<9", "AABO<<SARAH<<<<<<<<<<<<<<<<<<<",
        ], today: today))
        #expect(other.surname == "AABO")
    }

    /// A phone app's zone in Fira Code, read off the screenshot by Tesseract (twenty-second
    /// families, 5151/031): its fillers after the data come out as `c` and `e`.
    @Test("fillers read as C, E or S after the data are fillers, and the check digits then decide")
    func fillersReadAsLettersAfterData() throws {
        let names = "P<KENMWANGI<<FAITH<<<<<<<<ccccecceeceecceec"
        let passport = try #require(MRZParser.parse([names, "TD76271757KEN9007057M3004249<<<<<ccccec<<<02"], today: today))
        #expect(passport.valid, "\(passport.checks)")
        #expect(passport.lines[1] == "TD76271757KEN9007057M3004249<<<<<<<<<<<<<<02" && passport.optionalData.isEmpty)
        // Letters other than those stay, and the check digit finds them wrong.
        let other = try #require(MRZParser.parse([names, "TD76271757KEN9007057M3004249<<<<<ccccxw<<<02"], today: today))
        #expect(!other.valid && other.lines[1].hasSuffix("CCCCXW<<<02"))
    }

    /// An overexposed card whose every filler read as `K`: its check digits pass, but its names
    /// line is fillers and letters run together. Its names are unread, so the printed ones stand.
    @Test("names holding KKK were read from fillers: unread, and the printed names are not judged against them")
    func namesOfFillers() throws {
        let mrz = try #require(MRZParser.parse([
            "I<KENFX2389217416808647<<<<<<<", "9106145F3109122KENKKK<KKKKK<<0", "OTITENO<KKWANTTRUCKKK<CCCCK<<<",
        ], today: today))
        #expect(mrz.valid)
        #expect(mrz.surname.isEmpty && mrz.givenNames.isEmpty)
        var evidence = DocumentEvidence()
        evidence.mrz = mrz
        evidence.front = [.surname: FieldReading(value: "OTIENO", confidence: 0.9, source: .visual),
                          .dateOfBirth: FieldReading(value: "1991-06-14", confidence: 0.9, source: .visual)]
        let verdict = DocumentAssessor.assess(evidence, today: today)
        #expect(verdict.fields[.surname]?.value == "OTIENO")
        #expect(verdict.checks.first { $0.name == "mrz_matches_visual" }?.passed == true, "\(verdict.explanation)")
        // The names were never compared: not verified, so a person looks (fail closed).
        #expect(verdict.documentValid && verdict.confidence == .low && verdict.unverified.contains("mrz_names_unread"))
    }

    /// A blurred names line read as letters and digits: the alphabetic correction leaves digits
    /// no letter looks like, and no name holds them.
    @Test("names holding a digit, or split by << twice, were misread: unread", arguments: [
        "KOBI<<7THLLCC<<<<<<<<<<<<<<<<<", "B<<AULW<<HCC<<YOC<<<<<<<<<<<<<",
    ])
    func misreadNames(line: String) throws {
        let mrz = try #require(MRZParser.parse([
            "I<ZAFLK383645717305153988080<<", "7305151F2906210ZAF<<<<<<<<<<<3", line,
        ], today: today))
        #expect(mrz.valid)
        #expect(mrz.surname.isEmpty && mrz.givenNames.isEmpty)
    }

    /// Small cards held up in selfies (the twenty-first families, 4848/045 and 4949/004): a
    /// Ugandan NIN in optional data read with `O` for its last `0`, which both may be and only
    /// the composite guards; a composite check digit read as `R` in the dark.
    @Test("a composite an O for 0 in optional data explains, or a letter for its digit, is unread: not passed, not failed")
    func compositeUnreadNotFailed() throws {
        let lines = ["I<UGADH94465839CM666Z88NK5KX0<", "6607191M2607263UGA<<<<<<<<<<<6", "SSEMPALA<<GRACE<<<<<<<<<<<<<<<"]
        let genuine = try #require(MRZParser.parse(lines, today: today))
        #expect(genuine.valid, "\(genuine.checks)")
        for misread in [[lines[0].replacingOccurrences(of: "KX0<", with: "KXO<"), lines[1], lines[2]],
                        [lines[0], String(lines[1].dropLast()) + "R", lines[2]]] {
            let mrz = try #require(MRZParser.parse(misread, today: today))
            let composite = try #require(mrz.checks.first { $0.field == "composite" })
            #expect(!mrz.valid && !composite.valid && composite.unread, "\(misread): \(mrz.checks)")
        }
        // Another digit in the optional data, which no single look-alike explains, fails.
        let edited = try #require(MRZParser.parse([lines[0].replacingOccurrences(of: "KX0<", with: "KX3<"), lines[1], lines[2]], today: today))
        #expect(edited.checks.contains { $0.field == "composite" && !$0.valid && !$0.unread })
    }

    /// A passport zone read on a phone screen's screenshot (twenty-second 5050/030) with its
    /// second line shifted two places: `<<<<<<<<K<<<OO<<` for `<<<<<<<<<<<<<<00`. Its personal
    /// number's and composite check digits read as fillers, which weigh 0 in a field and had
    /// passed as the digit 0. A filler where a digit must stand verifies nothing.
    @Test("a filler where a check digit must stand passes nothing, but an empty personal number's may be a filler")
    func fillerCheckDigitPassesNothing() throws {
        let names = "P<GHAOSEI<<AMA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
        let shifted = try #require(MRZParser.parse([names, "GR57871429GHA9001055M2811305<<<<<<<<K<<<OO<<"], today: today))
        #expect(!shifted.valid, "\(shifted.checks)")
        #expect(shifted.checks.contains { $0.field == "composite" && !$0.valid && $0.unread })
        #expect(!MRZCheckDigit.verify("<<<", digit: "<"))
        let read = try #require(MRZParser.parse([names, "GR57871429GHA9001055M2811305<<<<<<<<<<<<<<00"], today: today))
        #expect(read.valid, "\(read.checks)")
        let emptyPersonal = try #require(MRZParser.parse([names, "GR57871429GHA9001055M2811305<<<<<<<<<<<<<<<0"], today: today))
        #expect(emptyPersonal.valid, "\(emptyPersonal.checks)")
    }
}
