import Foundation
import KYCCore
import Testing

@Suite("Printed fields, dates, countries and the document verdict")
struct DocumentFieldsTests {
    static let today = ISO8601DateFormatter().date(from: "2026-11-26T12:00:00Z")!

    @Test("printed dates in the formats documents use", arguments: [
        ("15/01/1990", "1990-01-15"), ("15.01.1990", "1990-01-15"), ("15-01-1990", "1990-01-15"),
        ("1990-01-15", "1990-01-15"), ("15 JAN 1990", "1990-01-15"), ("15 JAN/JAN 90", "1990-01-15"),
        ("15 January 1990", "1990-01-15"), ("15 JANV 1990", "1990-01-15"), ("O5 MAR 2031", "2031-03-05"),
        ("2 1/07/2028", "2028-07-21"), ("1990 01 15", "1990-01-15"), ("03 FÉVRIER 1990", "1990-02-03"),
        ("March 14, 1987", "1987-03-14"), ("OCT 10 2029", "2029-10-10"), ("Sept. 5, 1990", "1990-09-05"),
        ("24 02 1969", "1969-02-24"), ("2004/08/20", "2004-08-20"), ("1971 JAN 05", "1971-01-05"), ("2032 OCT 02", "2032-10-02"),
        ("14th September 1987", "1987-09-14"), ("1st March 2031", "2031-03-01"), ("22 nd June 1990", "1990-06-22"),
        ("3™ May 1990", "1990-05-03"), ("4\" June 1952", "1952-06-04"), ("September 14th, 1987", "1987-09-14"), ("14.IX.1987", "1987-09-14"),
        ("02.XII.2031", "2031-12-02"), ("7 IV 1990", "1990-04-07"),
        // A heavy sans's bar-like `I` read as `1` where no numeric month reads so (fifteenth, turned).
        ("29.X1.2030", "2030-11-29"), ("17.V11.1999", "1999-07-17"), ("10.111.1962", "1962-03-10"), ("1* July 1957", "1957-07-01"),
        // A dotted zero read as `6`: the only look-alike swap that makes the day possible.
        ("63 12 1973", "1973-12-03"), ("62/12/2033", "2033-12-02"),
        // A spaced date whose last space OCR lost (nineteenth families, visa, 4444/041).
        ("16 011973", "1973-01-16"), ("1709 2026", "2026-09-17"),
        // A rule under the print read as `_` (twenty-third families, showcase, 5353/015).
        ("24 Sep.1976_", "1976-09-24"),
        // Middle dots between the numbers, read as such, as colons or as a degree sign
        // (twenty-seventh families, boda, 6060/011, 041, 001).
        ("02·07·1987", "1987-07-02"), ("15:12:1971", "1971-12-15"), ("21:09°1967", "1967-09-21"),
        // A value of three spaced numbers, the year in two digits, one letter read for a digit or a
        // mark after it (twenty-eighth families, chama, 6363/002; 6262/020, 003).
        ("07 08 78", "1978-08-07"), ("26 01 6L", "1961-01-26"), ("16 10 66-", "1966-10-16"), ("22 12 29", "2029-12-22"),
    ])
    func dates(text: String, iso: String) {
        #expect(PrintedDate.iso(text, future: iso > "2026", today: Self.today) == iso)
    }

    @Test("impossible dates are not dates", arguments: ["31/02/1990", "15/13/1990", "JAN 1990", "hello", "2021-10-90", "MARCH 1987",
                                                        "February 30, 1990", "April 1 37— 2019", "39 12 1973", "12 34 5678",
                                                        "14 5009 087", "16 013073", "4111 1111", "2024 2025", "14.IIII.1987", "BOTH 1987", "14.XIII.1987", "14.1111.1987",
                                                        // `2029-APR-10` with its first digit lost at a box's edge (homestead, 6060/000).
                                                        "029-APR-10",
                                                        // Three spaced numbers within a longer line, or with two letters read for digits
                                                        // (`29 01 32` as read on 6363/009).
                                                        "ID 07 08 78", "07 08 78 12", "20 Ut o2="])
    func notDates(text: String) {
        #expect(PrintedDate.iso(text, today: Self.today) == nil)
    }

    @Test("nationality words, names and codes to ISO alpha-3")
    func countries() {
        #expect(CountryNames.country("ZIMBABWEAN")?.alpha3 == "ZWE")
        #expect(CountryNames.country("RSA")?.alpha3 == "ZAF")
        #expect(CountryNames.country("Ghanaian")?.alpha3 == "GHA")
        #expect(CountryNames.code("D")?.alpha3 == "DEU")
        #expect(CountryNames.named(in: "FEDERAL REPUBLIC OF NIGERIA")?.alpha3 == "NGA")
        #expect(CountryNames.named(in: "REPUBLIQUE DU NIGER")?.alpha3 == "NER")
        #expect(CountryNames.country("ATLANTIS") == nil)
    }

    static func line(_ text: String, _ left: Int, _ top: Int) -> OCRLine {
        OCRLine(text: text, left: left, top: top, width: 200, height: 20, confidence: 0.9)
    }

    /// A line as read, with its box as Tesseract gave it.
    static func line(_ text: String, _ left: Int, _ top: Int, _ width: Int, _ height: Int) -> OCRLine {
        OCRLine(text: text, left: left, top: top, width: width, height: height, confidence: 0.9)
    }

    @Test("labels above values, labels with values after them, bilingual labels, a misread label")
    func visualZone() {
        let lines = [
            Self.line("Surname / Nom", 300, 100), Self.line("MOYO", 300, 125),
            Self.line("Given names / Prénoms", 300, 170), Self.line("Tendai  Farai", 302, 195),
            Self.line("10 NUMBER", 300, 240), Self.line("63-123456-B-42", 300, 265),
            Self.line("Date of birth: 15/01/1990", 300, 310), Self.line("SEX", 700, 310), Self.line("F", 700, 335),
            Self.line("CITIZENSHIP", 300, 380), Self.line("ZIMBABWEAN", 300, 405),
            Self.line("Date of expiry / Date d'expiration", 300, 450), Self.line("05 MAR 2031", 300, 475),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "MOYO")
        #expect(fields[.givenNames]?.value == "TENDAI FARAI")
        #expect(fields[.idNumber]?.value == "63-123456-B-42")
        #expect(fields[.dateOfBirth]?.value == "1990-01-15")
        #expect(fields[.sex]?.value == "F")
        #expect(fields[.nationality]?.value == "ZWE")
        #expect(fields[.expiryDate]?.value == "2031-03-05")
    }

    /// The line geometry of a `grid` card (twelfth families, 3131/041) read with its value
    /// boxes erased: each label to the left of its value, a speck of a box's corner before a
    /// name.
    @Test("labels left of boxed values: 'Identity Card No.' labels the ID number, a hyphen at a name's edge is no part of it")
    func labelsLeftOfBoxes() {
        let lines = [
            Self.line("Surname:", 335, 159, 64, 11), Self.line("-MOYO", 413, 156, 82, 19),
            Self.line("Given name(s)", 297, 227, 102, 14), Self.line("TATENDA", 422, 225, 115, 18),
            Self.line("Identity Card No.:", 279, 431, 119, 14), Self.line("49-746466-V-45", 423, 428, 176, 19),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "MOYO")
        #expect(fields[.givenNames]?.value == "TATENDA")
        #expect(fields[.idNumber]?.value == "49-746466-V-45")
    }

    /// The line geometry of a `foil` card (thirteenth families, 3333/041): every field flush
    /// right, a short lowercase label over the right end of its value.
    @Test("labels flush right over their values: a value ending where its label ends is its value")
    func flushRightLabels() {
        let lines = [
            Self.line("surname", 936, 138, 60, 13), Self.line("NYATHI", 869, 155, 127, 24),
            Self.line("given names", 911, 220, 85, 13), Self.line("TAPIWA", 882, 237, 114, 24),
            Self.line("date of birth", 838, 298, 88, 13), Self.line("sex", 972, 298, 24, 13),
            Self.line("13/10/1981", 768, 318, 157, 24), Self.line("M", 973, 318, 20, 24),
            Self.line("national identification number", 786, 466, 210, 14), Self.line("16-701748-Y-09", 724, 490, 272, 28),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "NYATHI")
        #expect(fields[.givenNames]?.value == "TAPIWA")
        #expect(fields[.dateOfBirth]?.value == "1981-10-13")
        #expect(fields[.sex]?.value == "M")
        #expect(fields[.idNumber]?.value == "16-701748-Y-09")
    }

    @Test("a value Tesseract broke at a wide space is one value again; a label's second language glued to it is no value")
    func brokenValuesAndGluedLabels() {
        func piece(_ text: String, _ left: Int, _ top: Int, _ width: Int, confidence: Double = 0.9) -> OCRLine {
            OCRLine(text: text, left: left, top: top, width: width, height: 20, confidence: confidence)
        }
        let lines = [
            piece("Nom/ Surname", 60, 100, 150), piece("MOYO", 330, 96, 80),
            piece("FIRST NAME/ OTHER NAMES", 60, 200, 260), piece("ABENA", 60, 222, 80), piece("AKOSUA", 156, 222, 96),
            piece("cl", 270, 220, 20, confidence: 0.3),
            piece("DATE OF BIRTH", 60, 300, 150), piece("October 10,", 60, 322, 178), piece("1973", 256, 322, 64),
            piece("SEX", 420, 300, 40), piece("M", 420, 322, 16),
            piece("Validade/Valict until: 2025-10-29", 60, 400, 400),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "MOYO", "`Surname` is the label's English, not the value")
        #expect(fields[.givenNames]?.value == "ABENA AKOSUA", "the pieces joined; the speck beside them left out")
        #expect(fields[.dateOfBirth]?.value == "1973-10-10")
        #expect(fields[.sex]?.value == "M", "a value a column away is another field's")
        #expect(fields[.expiryDate]?.value == "2025-10-29", "a misread second language ends at its colon")
    }

    /// A `sidenote` card (thirteenth families, 3333/027) as read: each value first, its small
    /// label (over the label's second language) after it, the row read in two where the print
    /// changes; `surname` lost its first letters.
    @Test("values before their labels on the row: the value just before each label, even a label read in part")
    func valuesBeforeLabels() {
        let lines = [
            Self.line("national identity", 52, 87, 166, 32), Self.line("CF830447THSZAT", 51, 155, 329, 28), Self.line("vt", 397, 163, 113, 32),
            Self.line("MUKASA", 51, 252, 149, 24), Self.line("rname", 217, 263, 73, 28),
            Self.line("ROBERT MOSES", 51, 346, 254, 24), Self.line("siven names", 321, 357, 92, 27),
            Self.line("13 OCTOBER 1979", 52, 439, 266, 24), Self.line("date of birth", 335, 433, 105, 49),
            Self.line("of", 432, 528, 14, 35), Self.line("expiry", 443, 540, 56, 16), Self.line("08 SEPTEMBER 2032 «", 52, 533, 354, 35),
            Self.line("FEMALE", 449, 627, 135, 23), Self.line("«ex", 601, 638, 24, 8),
            Self.line("UGA", 52, 627, 68, 24), Self.line("nationality", 137, 634, 83, 32),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "MUKASA")
        #expect(fields[.givenNames]?.value == "ROBERT MOSES")
        #expect(fields[.dateOfBirth]?.value == "1979-10-13")
        #expect(fields[.nationality]?.value == "UGA")
        // (The expiry date is not read: the `of` of its label, read at the value's height, is
        // joined to it.)
    }

    /// A `zebra` card (fourteenth families, 3434/000) as read: each label in the issuer's language
    /// with English in brackets at a band's left end, its value flush right at the other end.
    @Test("labels in brackets after the issuer's language, values at the row's far end")
    func bracketedLabels() {
        let lines = [
            Self.line("Abusua din (Surname)", 29, 48, 296, 32), Self.line("DARKO", 1217, 40, 166, 54),
            Self.line("Din fofora (Given names)", 31, 174, 329, 33), Self.line("KWESI", 1219, 180, 159, 55),
            Self.line("Awoda (Date of birth)", 29, 427, 285, 37), Self.line("1971 JAN 05", 1024, 454, 356, 66),
            Self.line("Ne bere twam (Date of expiry)", 31, 802, 406, 69), Self.line("2032 OCT 02", 1023, 869, 359, 81),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "DARKO")
        #expect(fields[.givenNames]?.value == "KWESI")
        #expect(fields[.dateOfBirth]?.value == "1971-01-05")
        #expect(fields[.expiryDate]?.value == "2032-10-02")
    }

    @Test("the next label cut before its bracketed English is no name: the value far right on the label's row is")
    func cutBracketedLabelIsNoName() {
        // 3535/007 as read (zebra, a hard photo): most values unread, so values are not known
        // to stand beside their labels, and the line under `Given names` is the next label.
        let lines = [
            Self.line("Majina mengine (Given names)", 39, 155, 487, 33), Self.line("KEVIN", 1422, 161, 193, 54),
            Self.line("Nambari ya utambulisho (ID", 36, 266, 447, 40),
            Self.line("Siku ya kuzaliwa (Date of birth)", 38, 381, 496, 48), Self.line("2004 FEB 28", 1194, 405, 423, 65),
            Self.line("Jinsia (Sex)", 29, 492, 181, 36),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.givenNames]?.value == "KEVIN")
        #expect(fields[.dateOfBirth]?.value == "2004-02-28")
        #expect(VisualZoneParser.normalize(.surname, "Nambari ya utambulisho (ID", today: Self.today) == nil)
        #expect(VisualZoneParser.normalize(.surname, "MUTASA (", today: Self.today) == "MUTASA")  // a speck, not a word
    }

    @Test("on a card printing values after their labels, the value before a label whose own value is unread is the previous field's")
    func valueBeforeALabelInColumns() {
        let lines = [
            Self.line("Surname:", 50, 100, 110, 20), Self.line("ADE", 200, 98, 60, 24), Self.line("Given names:", 290, 100, 150, 20),
            Self.line("Date of birth:", 50, 160, 150, 20), Self.line("12.03.1990", 210, 158, 130, 24), Self.line("Sex:", 370, 160, 50, 20),
            Self.line("M", 440, 158, 20, 24),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "ADE")
        #expect(fields[.givenNames] == nil)
        #expect(fields[.dateOfBirth]?.value == "1990-03-12")
        // A classic card (the tests' 006-gh): its portrait's specks read as a word just before
        // the `Firstnames` label, whose value is under it.
        let classic = [
            Self.line("Surname", 351, 154, 79, 13), Self.line("ASANTE", 350, 178, 123, 20),
            Self.line("Firstnames", 352, 229, 95, 13), Self.line("AMA", 350, 253, 71, 20), Self.line("ACe", 117, 214, 185, 87),
            Self.line("Date of Birth", 352, 378, 112, 14), Self.line("09/05/1973", 351, 403, 173, 23),
        ]
        #expect(VisualZoneParser.fields(classic, today: Self.today)[.givenNames]?.value == "AMA")
    }

    /// A `sidenote` card (3333/037) with one label standing apart from its value: the line under
    /// `surname` is its second language, not its value.
    @Test("a value just before a label is its value even when it is the only one; the label's second language under it is not")
    func oneValueBeforeItsLabel() {
        let lines = [
            Self.line("36865232", 47, 145, 159, 28), Self.line("reionalidno", 220, 153, 101, 13),
            Self.line("nambari ya kitambulisho", 220, 172, 178, 15), Self.line("CHEBET", 46, 237, 125, 24),
            Self.line("surname", 185, 248, 62, 9), Self.line("Jina la mwisho", 182, 262, 106, 16),
            Self.line("KEVIN sien nanes", 46, 326, 203, 23), Self.line("‘majina mengine", 162, 352, 113, 15),
        ]
        #expect(VisualZoneParser.fields(lines, today: Self.today)[.surname]?.value == "CHEBET")
    }

    /// The layout of 001-ke in the ninth families' photocopy draw (ninth-2424), read with its
    /// dots joined: the birth date label under `First names.` misread as words.
    @Test("on a card printing values beside their labels, a misread label under a label is not its value")
    func valuesBesideLabels() {
        func label(_ text: String, _ top: Int) -> OCRLine {
            OCRLine(text: text, left: 272, top: top, width: 150, height: 20, confidence: 0.95)
        }
        func value(_ text: String, _ top: Int) -> OCRLine {
            OCRLine(text: text, left: 485, top: top, width: 170, height: 24, confidence: 0.6)
        }
        let lines = [
            label("ID No.:", 108), value("15412092", 104),
            label("Surname:", 171), value("MWANGI", 167),
            label("First names:", 233), value("KEVIN", 229),
            label("Dae ef big", 295), value("23-NOV-1999", 291),
            label("Citizenship:", 419), value("KENYAN", 415),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.givenNames]?.value == "KEVIN")
        #expect(fields[.surname]?.value == "MWANGI")
        #expect(fields[.idNumber]?.value == "15412092")
        #expect(VisualZoneParser.unreadLabels(lines, today: Self.today).isEmpty)
        let unreadDate = lines.filter { $0.text != "23-NOV-1999" }.map { $0.text == "Dae ef big" ? label("Date of birth:", 295) : $0 }
        #expect(VisualZoneParser.unreadLabels(unreadDate, today: Self.today) == [.dateOfBirth])
    }

    /// Cards printing each value after its caption on a dark tag (twenty-eighth families, chama;
    /// lines as read): where a value was unread, neither the next row's value under the label
    /// (6262/020: `28 07 30`, the expiry, under `DATE OF BIRTH`) nor a value just before the
    /// label (6262/017: `04 10 20`, a date of issue whose tag read `GHEE`) is taken for it.
    @Test("on a card printing values after their labels, an unread value's place is not taken by a neighbour's")
    func unreadValuesAfterLabels() {
        func line(_ text: String, _ left: Int, _ top: Int, _ width: Int, _ height: Int) -> OCRLine {
            OCRLine(text: text, left: left, top: top, width: width, height: height, confidence: 0.95)
        }
        let expiryUnder = [
            line("SURNAME", 639, 562, 135, 40), line("OKAFOR", 790, 559, 219, 38),
            line("NAMES", 641, 647, 104, 39), line("CHIDI TUNDE", 761, 643, 313, 38),
            line("SEX", 643, 730, 69, 38), line("DATE OF BIRTH", 834, 727, 179, 39), line("26 Ul 6L", 1022, 718, 174, 57),
            line("NATIONALITY", 644, 809, 160, 38), line("NGA", 819, 807, 91, 32),
            line("DATE OF EXPIRY", 646, 886, 188, 38), line("28 07 30", 849, 882, 169, 34),
            line("CARD NO.", 648, 962, 119, 37), line("KE8449865-", 776, 959, 196, 40),
        ]
        let under = VisualZoneParser.fields(expiryUnder, today: Self.today)
        #expect(under[.dateOfBirth] == nil)
        #expect(under[.expiryDate]?.value == "2030-07-28")
        #expect(under[.surname]?.value == "OKAFOR")
        let issueBefore = [
            line("SURNAME", 376, 216, 101, 29), line("MOYO-", 484, 212, 133, 33),
            line("NAMES", 376, 280, 79, 29), line("TENDAI", 462, 278, 151, 31),
            line("SEX", 376, 344, 53, 29), line("DATE OF BIRTH", 526, 344, 141, 29), line("12 09 83", 674, 337, 142, 43),
            line("NATIONALITY", 376, 408, 126, 29), line("ZIMBABWEAN", 514, 407, 231, 26),
            line("GHEE", 376, 536, 189, 29), line("04", 524, 517, 38, 57), line("10 20", 583, 536, 84, 26),
            line("DATE OF EXPIRY", 766, 536, 151, 29), line("02 10:3E", 924, 529, 140, 43),
        ]
        let before = VisualZoneParser.fields(issueBefore, today: Self.today)
        #expect(before[.expiryDate] == nil)
        #expect(before[.dateOfBirth]?.value == "1983-09-12")
        #expect(before[.givenNames]?.value == "TENDAI")
    }

    /// A page line running across a label's dark tab (twenty-eighth families, chama; lines as
    /// read): the words after the tab are its value, placed clear of the tab; a word on the tab
    /// is the tab misread, and a line with nothing after the tab has no value there.
    @Test("the words of a page line after a label's tab")
    func pieceAfterTab() throws {
        let surname = OCRLine(text: "emma ABUBAKAR", left: 541, top: 408, width: 437, height: 45, confidence: 0.65)
        let afterSurname = try #require(surname.piece(after: OCRRegion(left: 541, top: 414, width: 131, height: 39)))
        #expect(afterSurname.text == "ABUBAKAR")
        #expect(afterSurname.left > 541 + 131 && afterSurname.left + afterSurname.width == 978)
        let cardNumber = OCRLine(text: "ae SC8247741", left: 406, top: 814, width: 493, height: 32, confidence: 0.58)
        #expect(cardNumber.piece(after: OCRRegion(left: 559, top: 818, width: 128, height: 40))?.text == "SC8247741")
        let onTab = OCRLine(text: "CED", left: 743, top: 546, width: 180, height: 40, confidence: 0.5)
        #expect(onTab.piece(after: OCRRegion(left: 743, top: 550, width: 183, height: 39)) == nil)
        #expect(VisualZoneParser.readsAsValue("07 08 78", labelledBy: "DATE OF BIRTH", today: Self.today))
        #expect(!VisualZoneParser.readsAsValue("07", labelledBy: "DATE OF BIRTH", today: Self.today))
        #expect(!VisualZoneParser.readsAsValue("ABUBAKAR", labelledBy: "TENDAI", today: Self.today))
    }

    /// Some slips and residence cards print each value first and its small label under it: the
    /// line under a label is then the next field's value, the one over it its own.
    @Test("values printed over their labels are paired with the label under them, not with the next row's value")
    func valuesOverLabels() {
        func label(_ text: String, _ top: Int) -> OCRLine {
            OCRLine(text: text, left: 57, top: top, width: 160, height: 18, confidence: 0.95)
        }
        func value(_ text: String, _ top: Int) -> OCRLine {
            OCRLine(text: text, left: 55, top: top, width: 220, height: 30, confidence: 0.9)
        }
        let lines = [
            value("MUTASA", 43), label("SURNAME", 83),
            value("RUDO TENDAI", 130), label("FORENAMES", 170),
            value("13/MAR/1981", 217), label("DATE OF BIRTH", 257),
            value("78-244488-F-65", 304), label("IDENTITY NUMBER", 344),
            value("ZIMBABWEAN", 391), label("CITIZENSHIP", 431),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "MUTASA")
        #expect(fields[.givenNames]?.value == "RUDO TENDAI")
        #expect(fields[.dateOfBirth]?.value == "1981-03-13")
        #expect(fields[.idNumber]?.value == "78-244488-F-65")
        #expect(fields[.nationality]?.value == "ZWE")
        // Labels over their values, rows apart, read the usual way: the line over a label is
        // the previous row's value, farther than its own under it.
        let labelsFirst = [
            label("SURNAME", 40), value("MUTASA", 62), label("FORENAMES", 130), value("RUDO TENDAI", 152),
            label("DATE OF BIRTH", 220), value("13/MAR/1981", 242),
        ]
        let usual = VisualZoneParser.fields(labelsFirst, today: Self.today)
        #expect(usual[.surname]?.value == "MUTASA" && usual[.givenNames]?.value == "RUDO TENDAI")
        #expect(usual[.dateOfBirth]?.value == "1981-03-13")
        // Each label printed in the issuer's own language over the English one, the value under
        // both: the line over a label, nearer than its value under it but no taller than the
        // label, is no value.
        let twoLanguages = [
            label("Jina la familia", 42), label("SURNAME", 62), value("WAMALWA", 84),
            label("Majina mengine", 142), label("NAMES", 162), value("FAITH MERCY", 184),
            label("Kinaisha tarehe", 240), label("DATE OF EXPIRY", 262), value("05AUG33", 284),
        ]
        let under = VisualZoneParser.fields(twoLanguages, today: Self.today)
        #expect(under[.surname]?.value == "WAMALWA" && under[.givenNames]?.value == "FAITH MERCY")
        #expect(under[.expiryDate]?.value == "2033-08-05")
    }

    /// The lines of the eleventh families' `polycarbonate` cards (held-out-2828/008 and 000, as
    /// read): each English caption has the issuer's own language in small obliques under it,
    /// then the value in a larger monospaced face.
    @Test("a caption in the issuer's language under the English label is no value")
    func captionUnderLabel() {
        func line(_ text: String, _ top: Int, _ height: Int) -> OCRLine {
            OCRLine(text: text, left: 317, top: top, width: 9 * text.count, height: height, confidence: 0.8)
        }
        let lines = [
            line("SURNAME", 134, 11), line("Oruko idile", 151, 10), line("NWOSU", 174, 20),
            line("Given Names", 210, 20), line("Oruko", 228, 9), line("AMINA", 250, 20),
            line("Date of Birth", 286, 13), line("Ojo ibi", 303, 10), line("02 APR 2004", 326, 20),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "NWOSU")
        #expect(fields[.givenNames]?.value == "AMINA", "a label's box may be taller than its letters")
        #expect(fields[.dateOfBirth]?.value == "2004-04-02")
        // A name printed on two lines of one size is two lines of value, not a caption and a value.
        let twoLines = [line("GIVEN NAMES", 210, 14), line("BLESSING", 230, 20), line("FARAI", 254, 20)]
        #expect(VisualZoneParser.fields(twoLines, today: Self.today)[.givenNames]?.value == "BLESSING")
    }

    /// The back of the twelfth families' `grid` cards (held-out-3131/003 and 020, as read).
    @Test("`Born at:` labels the place of birth: the date under it is not the birth date")
    func bornAtIsAPlace() {
        for born in ["Born at: JINJA", "Bom at: | IBADAN"] {
            let lines = [
                OCRLine(text: born, left: 191, top: 67, width: 191, height: 33, confidence: 0.7),
                OCRLine(text: "Issued on: | 15-01-21", left: 168, top: 151, width: 262, height: 27, confidence: 0.8),
                OCRLine(text: "Issuing office:", left: 132, top: 240, width: 136, height: 20, confidence: 0.96),
                OCRLine(text: "NIRA KAMPALA", left: 297, top: 237, width: 251, height: 26, confidence: 0.96),
            ]
            #expect(VisualZoneParser.fields(lines, today: Self.today)[.dateOfBirth] == nil, "\(born)")
        }
        // `Born` alone still labels the date.
        let born = [Self.line("Born", 191, 67), Self.line("15-01-1981", 191, 95)]
        #expect(VisualZoneParser.fields(born, today: Self.today)[.dateOfBirth]?.value == "1981-01-15")
    }

    @Test("a rule printed between label and value is no part of the value")
    func ruleBeforeValue() {
        let lines = [
            Self.line("Family NAME", 380, 238), Self.line("| NKOSI", 594, 234),
            Self.line("First NAMES", 380, 319), Self.line("[ANNA LERATO", 594, 315),
            Self.line("Date OF BIRTH", 380, 565), Self.line("\\ 2004/08/20", 594, 561),
            Self.line("VALID 10", 380, 646), Self.line("1 MAR 2031", 594, 642),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "NKOSI")
        #expect(fields[.givenNames]?.value == "ANNA LERATO")
        #expect(fields[.dateOfBirth]?.value == "2004-08-20")
        #expect(fields[.expiryDate]?.value == "2031-03-01", "a lone 1 is a day, not a rule")
        #expect(VisualZoneParser.normalize(.documentNumber, "¥G3273250", today: Self.today) == "YG3273250", "a Y read as a yen sign")
        #expect(VisualZoneParser.fields([Self.line("SURNAME I MWANGI", 40, 300)], today: Self.today)[.surname]?.value == "MWANGI")
    }

    @Test("values at a tab stop right of their label; a label known only in its second language")
    func tabularZone() {
        let lines = [
            Self.line("Nambari ya kitambulisho/ID No.", 40, 130), Self.line("13-415681-L-64", 372, 126),
            Self.line("Majina/Forenames", 40, 200), Self.line("FARAI NYASHA", 372, 194),
            Self.line("Jina la ukoo/Surname", 40, 268), Self.line("MAPFUMO", 372, 262),
            Self.line("Tarehe ya kuzaliwa/Born", 40, 336), Self.line("25-FEB-1983", 372, 330),
            Self.line("Jinsia/Sex", 40, 404), Self.line("MALE", 372, 398),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.idNumber]?.value == "13-415681-L-64")
        #expect(fields[.givenNames]?.value == "FARAI NYASHA")
        #expect(fields[.surname]?.value == "MAPFUMO")
        #expect(fields[.dateOfBirth]?.value == "1983-02-25")
        #expect(fields[.sex]?.value == "M")
        // A value is on the label's row: the next row's value is not taken for a label whose own did not read.
        let missing = [Self.line("Jina la ukoo/Surname", 40, 268), Self.line("Tarehe ya kuzaliwa/Born", 40, 336),
                       Self.line("25-FEB-1983", 372, 330)]
        #expect(VisualZoneParser.fields(missing, today: Self.today)[.surname] == nil)
        // A label broken in two leaves its tail on its right: not a value.
        let broken = [Self.line("Prénom:", 40, 355), Self.line("ames", 300, 356)]
        #expect(VisualZoneParser.fields(broken, today: Self.today)[.givenNames] == nil)
    }

    /// Boxes as a typewritten Kenyan page read (a caption in English over Swahili, the value
    /// typed on the dotted line beside them, its middle level with the pair's, below the
    /// English label's): the Swahili caption under the label is no value.
    @Test("a value typed beside a label and its second-language caption is the label's, not the caption")
    func typedBesideCaptions() {
        let lines = [
            Self.line("ID NUMBER", 371, 162, 93, 11), Self.line("Nambari ya kitambulisho", 371, 179, 147, 14),
            Self.line("16046491", 684, 172, 138, 22),
            Self.line("SURNAME", 371, 238, 81, 11), Self.line("Jinala ukoo", 368, 255, 70, 14), Self.line("OTIENO", 684, 247, 107, 22),
            Self.line("FORENAMES", 371, 314, 98, 11), Self.line("Majina", 370, 332, 44, 14),
            Self.line("BRIAN FAITH", 684, 325, 196, 22),
            Self.line("SEX", 370, 466, 29, 11), Self.line("Jinsia", 368, 484, 34, 13), Self.line("M", 685, 480, 18, 18),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "OTIENO")
        #expect(fields[.givenNames]?.value == "BRIAN FAITH")
        #expect(fields[.idNumber]?.value == "16046491")
        #expect(fields[.sex]?.value == "M")
        // Under a label with no caption, the value stacked under it is still its value.
        let stacked = [Self.line("SURNAME", 61, 236, 70, 9), Self.line("OTIENO", 62, 259, 90, 22),
                       Self.line("SEX", 421, 236, 26, 9), Self.line("M", 422, 259, 14, 22)]
        #expect(VisualZoneParser.fields(stacked, today: Self.today)[.surname]?.value == "OTIENO")
    }

    /// The seventeenth families' `inverse` Kenyan card (4040/007): grey bilingual captions on a
    /// dark card, `SURNAME / JINA LA UKOO` read `SURNAME + HHA LA imo.` at 55%, the value under
    /// it in print half as tall again. And its typed Ugandan card (4141/027): the remains of
    /// `PLACE OF BIRTH` under `NATIONALITY`, `| PL`, are no nationality (Poland's code).
    @Test("a misread second language after a label is no value when a larger, surer value stands under it; two letters are no nationality")
    func captionMisreadAfterLabel() {
        func line(_ text: String, _ top: Int, _ height: Int, _ confidence: Double) -> OCRLine {
            OCRLine(text: text, left: 556, top: top, width: 190, height: height, confidence: confidence)
        }
        let card = [line("SURNAME + HHA LA imo.", 338, 20, 0.55), line("MWANGI", 366, 31, 0.92),
                    line("GIVEN HAMES 1 Marina", 408, 18, 0.45), line("FAITH MERCY", 436, 32, 0.96),
                    line("NATIONALITY", 549, 16, 0.89), line("| PL", 582, 27, 0.75)]
        let fields = VisualZoneParser.fields(card, today: Self.today)
        #expect(fields[.surname]?.value == "MWANGI")
        #expect(fields[.givenNames]?.value == "FAITH MERCY")
        #expect(fields[.nationality] == nil)
        // A value after its label, as large as the line under it: the value.
        let inline = [line("Surname: MWANGI", 338, 30, 0.9), line("FAITH MERCY", 372, 30, 0.95)]
        #expect(VisualZoneParser.fields(inline, today: Self.today)[.surname]?.value == "MWANGI")
        // South Africa's Afrikaans captions over English: `VAN` is no surname, `VOORNAME` no given names.
        let book = [line("VAN", 200, 14, 0.9), line("SURNAME", 218, 14, 0.9), line("VOORNAME", 280, 14, 0.9),
                    line("FORENAMES", 298, 14, 0.9), line("SIPHO ZANELE", 316, 28, 0.9)]
        let typed = VisualZoneParser.fields(book, today: Self.today)
        #expect(typed[.surname] == nil)
        #expect(typed[.givenNames]?.value == "SIPHO ZANELE")
        #expect(VisualZoneParser.fields([line("SURNAME", 200, 14, 0.9), line("VAN DER MERWE", 220, 28, 0.9)],
                                        today: Self.today)[.surname]?.value == "VAN DER MERWE")
        // A label cut at the line's end (4141/047's `DATE OF` taken for the given names) is no name.
        #expect(VisualZoneParser.normalize(.givenNames, "DATE OF", today: Self.today) == nil)
        #expect(VisualZoneParser.normalize(.surname, "DE BEER", today: Self.today) == "DE BEER")
    }

    /// The eighteenth families' `frontmrz` cards, after their first measurement: a Nigerian NIN
    /// read `4525241 3733` failed Nigeria's format (4343/002), and `28 APR 2029`, the expiry in
    /// the next column, was taken for the card number under `CARD NO.` (4242/028).
    @Test("a digits-only ID number read with a space is one number; a date is no document number")
    func spacedNumberAndDateAsNumber() {
        let nin = NationalIDRules.check("4525241 3733", country: "NG")
        #expect(nin.formatValid && nin.normalized == "45252413733")
        #expect(!NationalIDRules.check("4525241 373", country: "NG").formatValid)
        #expect(VisualZoneParser.normalize(.documentNumber, "28 APR 2029", today: Self.today) == nil)
        #expect(VisualZoneParser.normalize(.idNumber, "63-123456-B-42", today: Self.today) == "63-123456-B-42")
        #expect(VisualZoneParser.normalize(.idNumber, "4525 241 3733", today: Self.today) == "4525 241 3733")
    }

    @Test("a label after a pictogram read as one or two characters (`fj Bom`, `g” Gender`) is a label; a value before one is not")
    func labelsAfterIcons() {
        let lines = [
            Self.line("fj Bom", 30, 380), Self.line("g” Gender", 330, 380),
            Self.line("02-07-1987", 30, 408), Self.line("M", 330, 408),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.dateOfBirth]?.value == "1987-07-02")
        #expect(fields[.sex]?.value == "M")
        // A sex typed before its label is that value, not a pictogram.
        #expect(!VisualZoneParser.readsAsLabel("M Sex"))
        #expect(VisualZoneParser.readsAsLabel("® Citizenship"))
        // `Other names` read in part is no pictogram and `NAMES` (twenty-fifth families, kiosk, 5757/021).
        #expect(!VisualZoneParser.readsAsLabel("A names"))
    }

    @Test("numbered labels as on driving licences (`1. Surname`, `2 Given names`) are labels; a misread `ID` stays one")
    func numberedLabels() {
        let lines = [
            Self.line("1. Surname", 300, 120), Self.line("NAKATO", 300, 145),
            Self.line("2 Given names", 300, 190), Self.line("SARAH GRACE", 300, 215),
            Self.line("3. Date of birth", 300, 260), Self.line("04 MAR 1990", 300, 285),
            Self.line("1d No. 12345678", 300, 330),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "NAKATO")
        #expect(fields[.givenNames]?.value == "SARAH GRACE")
        #expect(fields[.dateOfBirth]?.value == "1990-03-04")
        #expect(fields[.idNumber]?.value == "12345678")
        // A date whose day looks like a field number is still a value, not a label.
        let date = [Self.line("Date of birth", 300, 120), Self.line("16 FEB 1971", 300, 145)]
        #expect(VisualZoneParser.fields(date, today: Self.today)[.dateOfBirth]?.value == "1971-02-16")
        // A rule printed between the number and the label, and `rn` read as `m`.
        func row(_ label: String, _ value: String, _ top: Int) -> [OCRLine] {
            [OCRLine(text: label, left: 53, top: top, width: 200, height: 22, confidence: 0.85),
             OCRLine(text: value, left: 330, top: top, width: 180, height: 22, confidence: 0.9)]
        }
        let ruled = row("1. || Identity No.", "62-172316-D-69", 150) + row("2. || Sumame", "CHIKWANHA", 222)
            + row("3. || Other names", "TATENDA", 294) + row("9. |) Valid until", "17/09/28", 728)
        let read = VisualZoneParser.fields(ruled, today: Self.today)
        #expect(read[.idNumber]?.value == "62-172316-D-69")
        #expect(read[.surname]?.value == "CHIKWANHA")
        #expect(read[.givenNames]?.value == "TATENDA")
        #expect(read[.expiryDate]?.value == "2028-09-17")
    }

    @Test("a number's label in two languages leaves no words for the value; labels misread twice")
    func labelRemnantsAndMisreads() {
        let lines = [
            Self.line("Document No/No. du document", 300, 100), Self.line("KX5915842", 300, 125),
            Self.line("Date of &Xpity", 300, 170), Self.line("29 DEC 2027", 300, 195),
            // A pale label on a ruled card (`Family name`, an l read as t and one letter doubled).
            Self.line("Famity NaMeE", 300, 240), Self.line("| MAPFUMO", 540, 238),
            // Three languages, the slash before the third read as a quote.
            Self.line("Gwen names /Prénoms ‘Nomes", 300, 300), Self.line("NGOZI", 300, 325),
        ]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.documentNumber]?.value == "KX5915842")
        #expect(fields[.expiryDate]?.value == "2027-12-29")
        #expect(fields[.surname]?.value == "MAPFUMO")
        #expect(fields[.givenNames]?.value == "NGOZI")
        // Two edits are not enough to turn another label into this one.
        #expect(VisualZoneParser.fields([Self.line("Date of issue", 300, 100), Self.line("29 DEC 2017", 300, 125)],
                                        today: Self.today)[.expiryDate] == nil)
    }

    @Test("an ID number whose label did not read is known by its country's distinctive format, if it is the only one")
    func unlabelledIDNumber() {
        let ghana = [Self.line("AGYEMAN", 300, 100), Self.line("GHA-453301313-7", 300, 170), Self.line("15 JUN 1989", 300, 240)]
        #expect(VisualZoneParser.fields(ghana, today: Self.today)[.idNumber]?.value == "GHA-453301313-7")
        let two = ghana + [Self.line("63-123456-B-42", 300, 300)]
        #expect(VisualZoneParser.fields(two, today: Self.today)[.idNumber] == nil)
        // Digits alone could be any number on the card.
        #expect(VisualZoneParser.fields([Self.line("12345678", 300, 100)], today: Self.today)[.idNumber] == nil)
        // A card's chip beside the number reads as a short word before it; a word is no speck.
        let chip = [Self.line("Ar 50-673780-V-04", 50, 35), Self.line("MAPFUMO", 50, 184)]
        #expect(VisualZoneParser.fields(chip, today: Self.today)[.idNumber]?.value == "50-673780-V-04")
        let sentence = [Self.line("Issued 50-673780-V-04", 50, 35)]
        #expect(VisualZoneParser.fields(sentence, today: Self.today)[.idNumber] == nil)
        // The right edge of the box the number is printed in reads as `|` after it.
        let boxed = [Self.line("46-333861-R-23 |", 938, 142), Self.line("MAPFUMO", 414, 370)]
        #expect(VisualZoneParser.fields(boxed, today: Self.today)[.idNumber]?.value == "46-333861-R-23")
        // The pill's rounded end read as a bracket touching the number (twenty-fifth families, 5757/011).
        let pill = [Self.line("35-159847 Z 74)", 571, 818), Self.line("NYATHI", 414, 370)]
        #expect(VisualZoneParser.fields(pill, today: Self.today)[.idNumber]?.value == "35-159847 Z 74")
        #expect(VisualZoneParser.fields([Self.line("46-333861-R-23 Issued", 938, 142)], today: Self.today)[.idNumber] == nil)
    }

    @Test("two values side by side under their labels, read as one line, are split where the second label's column starts")
    func valuesOfOneRowReadAsOneLine() {
        // As read on a Zimbabwean card photographed a little off level.
        let labels = [Self.line("SEX", 59, 403, 40, 18), Self.line("NATIONALITY", 222, 410, 150, 18), Self.line("DATE OF BIRTH", 519, 422, 170, 18)]
        let merged = labels + [Self.line("M", 61, 435, 20, 26), Self.line("ZIMBABWEAN 1966.05.09", 223, 441, 470, 26)]
        let fields = VisualZoneParser.fields(merged, today: Self.today)
        #expect(fields[.nationality]?.value == "ZWE")
        #expect(fields[.dateOfBirth]?.value == "1966-05-09")
        #expect(fields[.sex]?.value == "M")
        // Not split when a piece would not read as its label's field, or when the second label
        // has a value line of its own.
        let names = [Self.line("SURNAME", 60, 100, 100, 18), Self.line("DATE OF BIRTH", 400, 100, 170, 18),
                     Self.line("MOYO TENDAI CHIPO", 60, 130, 420, 26)]
        #expect(VisualZoneParser.fields(names, today: Self.today)[.surname]?.value == "MOYO TENDAI CHIPO")
        let own = merged + [Self.line("1970.01.01", 519, 470, 160, 26)]
        #expect(VisualZoneParser.fields(own, today: Self.today)[.dateOfBirth]?.value == "1970-01-01")
        #expect(VisualZoneParser.fields(own, today: Self.today)[.nationality] == nil)
    }

    @Test("values whose labels did not read: the one future date, a birth date 16 years before any other date, a nationality word")
    func unlabelledValues() {
        // A 545 px scan whose grey labels the OCR did not see (the datapage family).
        let scan = [
            Self.line("REPUBLIC OF ZIMBABWE", 40, 30), Self.line("NATIONAL IDENTITY CARD", 40, 76),
            Self.line("NYATHI", 364, 135), Self.line("TATENDA", 362, 229), Self.line("71-512391-J-24", 364, 305),
            Self.line("15 SEP 2000", 364, 391), Self.line("ZIMBABWEAN", 363, 478), Self.line("10 JUL 2028", 365, 564),
        ]
        let fields = VisualZoneParser.fields(scan, today: Self.today)
        #expect(fields[.dateOfBirth]?.value == "2000-09-15")
        #expect(fields[.expiryDate]?.value == "2028-07-10")
        #expect(fields[.nationality]?.value == "ZWE")
        #expect(fields[.idNumber]?.value == "71-512391-J-24")
        #expect(fields[.surname] == nil, "a name cannot be told from another name without its label")

        // An issue date only nine years after the earliest date: which is the birth is unknown.
        let issued = VisualZoneParser.fields(scan + [Self.line("01 MAR 2009", 364, 600)], today: Self.today)
        #expect(issued[.dateOfBirth] == nil)
        // Two future dates: neither is known to be the expiry.
        #expect(VisualZoneParser.fields(scan + [Self.line("01 MAR 2030", 364, 600)], today: Self.today)[.expiryDate] == nil)
        // A back's only past date where `Date of Issue` stands may be that date, or a stamp's
        // (nineteenth families, handwritten, 4444/036); beside a later one it is the birth.
        let back = [Self.line("PARTICULARS OF ISSUE", 360, 30), Self.line("Date of Issue / Délivrée le", 630, 100),
                    Self.line("27/2024", 645, 125), Self.line("27/11/2004", 728, 398)]
        #expect(VisualZoneParser.fields(back, today: Self.today)[.dateOfBirth] == nil)
        #expect(VisualZoneParser.fields(back + [Self.line("27/11/2024", 645, 160)], today: Self.today)[.dateOfBirth]?.value == "2004-11-27")
        // A line read with little confidence is not taken without its label.
        let unsure = [OCRLine(text: "19-11-1980", left: 38, top: 273, width: 200, height: 20, confidence: 0.42)]
        #expect(VisualZoneParser.fields(unsure, today: Self.today)[.dateOfBirth] == nil)
    }

    @Test("a lone sex letter the line reading dropped is looked for under its label, a speck is not its value")
    func loneValueRegions() {
        let label = OCRLine(text: "SEX", left: 824, top: 447, width: 40, height: 17, confidence: 0.96)
        let speck = OCRLine(text: "|", left: 816, top: 465, width: 6, height: 20, confidence: 0.28)
        let regions = VisualZoneParser.loneValueRegions([label, speck], today: Self.today)
        #expect(regions.count == 1 && regions.first?.atTabStop == false)
        if let region = regions.first?.region {
            #expect(region.top > label.top && region.left <= label.left && region.left + region.width > label.left + label.width)
        }
        #expect(VisualZoneParser.fields([label, speck], today: Self.today)[.sex] == nil)
        let read = OCRLine(text: "F", left: 826, top: 468, width: 14, height: 24, confidence: 0.58)
        #expect(VisualZoneParser.fields([label, speck, read], today: Self.today)[.sex]?.value == "F")
        #expect(VisualZoneParser.loneValueRegions([label, read], today: Self.today).isEmpty)
        // A register printing values at a tab stop right of their labels: the tab stop on the row.
        func row(_ label: String, _ value: String?, _ top: Int) -> [OCRLine] {
            [OCRLine(text: label, left: 53, top: top, width: 150, height: 22, confidence: 0.9)]
                + (value.map { [OCRLine(text: $0, left: 330, top: top + 3, width: 160, height: 24, confidence: 0.9)] } ?? [])
        }
        let register = row("Surname", "CHIKWANHA", 222) + row("Date of birth", "18/04/1966", 367) + row("Sex", nil, 439)
            + row("Citizenship", "ZIMBABWEAN", 512)
        let beside = VisualZoneParser.loneValueRegions(register, today: Self.today)
        #expect(beside.count == 1 && beside.first?.atTabStop == true)
        if let region = beside.first?.region {
            #expect(region.left < 330 && region.left + region.width > 350 && region.top < 439 + 11 && region.top + region.height > 439 + 11)
        }
    }

    /// A Kenyan card's valid TD1 (OTIENO KEVIN, born 1995-12-17, expires 2032-07-03), no printed fields yet.
    static func kenyanCardMRZ() throws -> DocumentEvidence {
        var evidence = DocumentEvidence()
        evidence.mrz = try #require(MRZParser.parse([
            "I<KENNY6389610832140015<<<<<<<", "9512173M3207039KEN<<<<<<<<<<<8", "OTIENO<<KEVIN<<<<<<<<<<<<<<<<<",
        ], today: today))
        return evidence
    }

    static func visual(_ pairs: [DocumentField: String]) -> [DocumentField: FieldReading] {
        pairs.mapValues { FieldReading(value: $0, confidence: 0.9, source: .visual) }
    }

    @Test("a South African ID whose number encodes another birth date is not valid, and says why")
    func southAfricanMismatch() {
        var evidence = DocumentEvidence()
        evidence.namedCountry = "ZAF"
        // 8001015009087 encodes 1980-01-01, male; the card prints another date.
        evidence.front = Self.visual([.surname: "NKOSI", .givenNames: "THABO", .idNumber: "8001015009087",
                                      .dateOfBirth: "1981-01-01", .sex: "M", .expiryDate: "2030-01-01"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(!verdict.documentValid)
        #expect(verdict.checks.first { $0.name == "id_number_rules" }?.passed == true)
        #expect(verdict.checks.first { $0.name == "id_number_matches_fields" }?.passed == false)
        #expect(verdict.explanation.contains("id_number_matches_fields"))

        evidence.front[.dateOfBirth] = FieldReading(value: "1980-01-01", confidence: 0.9, source: .visual)
        let fixed = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(fixed.documentValid, "\(fixed.explanation)")
        #expect(fixed.fields[.fullName]?.value == "THABO NKOSI")
    }

    @Test("an expired document is flagged and not valid")
    func expired() {
        var evidence = DocumentEvidence()
        evidence.namedCountry = "ZWE"
        evidence.front = Self.visual([.surname: "MOYO", .givenNames: "TENDAI", .idNumber: "63-123456-B-42",
                                      .dateOfBirth: "1990-01-15", .expiryDate: "2025-06-30"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(!verdict.documentValid)
        #expect(verdict.checks.first { $0.name == "expiry_in_future" }?.passed == false)
    }

    @Test("the MRZ and the printed fields are cross-checked; names may differ by an OCR slip")
    func mrzAgainstVisual() throws {
        let mrz = try #require(MRZParser.parse([
            "I<KENNY6389610832140015<<<<<<<", "9512173M3207039KEN<<<<<<<<<<<8", "OTIENO<<KEVIN<<<<<<<<<<<<<<<<<",
        ], today: Self.today))
        #expect(mrz.valid)
        var evidence = DocumentEvidence()
        evidence.mrz = mrz
        evidence.front = Self.visual([.surname: "OTIENO", .givenNames: "KEVlN", .dateOfBirth: "1995-12-17"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(verdict.fields[.idNumber]?.value == "32140015")
        #expect(verdict.fields[.documentNumber]?.value == "NY6389610")
        #expect(verdict.issuingCountry == "KEN")
        // The MRZ's names line ends in fillers (nothing cut) and the zone is valid: where the
        // printed name read less surely, the MRZ's letters stand for a printed letter the OCR
        // misread; a surer printed reading, or a spelling the MRZ cannot write, stays.
        #expect(verdict.fields[.givenNames]?.value == "KEVlN")
        evidence.front[.givenNames] = FieldReading(value: "KEVLN", confidence: 0.69, source: .visual)
        #expect(DocumentAssessor.assess(evidence, today: Self.today).fields[.givenNames]?.value == "KEVIN")
        evidence.front[.surname] = FieldReading(value: "O'TIENO", confidence: 0.6, source: .visual)
        #expect(DocumentAssessor.assess(evidence, today: Self.today).fields[.surname]?.value == "O'TIENO")
        evidence.front[.surname] = FieldReading(value: "OTIENO", confidence: 0.9, source: .visual)
        evidence.front[.givenNames] = FieldReading(value: "KEVlN", confidence: 0.9, source: .visual)

        evidence.front[.dateOfBirth] = FieldReading(value: "1995-12-18", confidence: 0.9, source: .visual)
        let mismatch = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(!mismatch.documentValid)
        #expect(mismatch.checks.first { $0.name == "mrz_matches_visual" }?.detail.contains("date_of_birth") == true)
    }

    /// Names carry no check digit, and OCR reads the filler `<` as `K` or `X`: a ninth-draw
    /// passport's `BRIAN<KFAITH` gave the given names `BRIAN KFAITH` over a printed `BRIAN FAITH`.
    @Test("a filler read as a letter beside an MRZ name does not outweigh the printed name; another letter does")
    func fillerReadAsLetterInNames() throws {
        var evidence = DocumentEvidence()
        evidence.mrz = try #require(MRZParser.parse([
            "I<KENNY6389610832140015<<<<<<<", "9512173M3207039KEN<<<<<<<<<<<8", "OTIENOX<<BRIAN<KFAITH<<<<<<<<<",
        ], today: Self.today))
        evidence.front = Self.visual([.surname: "OTIENO", .dateOfBirth: "1995-12-17"])
        evidence.front[.givenNames] = FieldReading(value: "BRIAN FAITH", confidence: 0.69, source: .visual)
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.fields[.givenNames]?.value == "BRIAN FAITH")
        #expect(verdict.fields[.surname]?.value == "OTIENO")
        #expect(verdict.documentValid, "\(verdict.explanation)")
        // A letter that is no filler's lookalike, or a K inside a word, is the MRZ's reading.
        #expect(!PrintedFieldCorrection.fillerReadAsLetter(mrz: "BRIAN AFAITH", printed: "BRIAN FAITH"))
        #expect(!PrintedFieldCorrection.fillerReadAsLetter(mrz: "BRIAN FAIKTH", printed: "BRIAN FAITH"))
        #expect(!PrintedFieldCorrection.fillerReadAsLetter(mrz: "BRIAN K FAITH", printed: "BRIAN FAITH"))
        #expect(PrintedFieldCorrection.fillerReadAsLetter(mrz: "SARAHK", printed: "SARAH"))
    }

    /// The seventeenth families' zones read `WANJIRU<K<<` and `PATIENCE<KROBERT` (a filler read
    /// as `K`, in its place or read in beside it), and their captions (grey on dark) did not read,
    /// so the names were only words on the page: those words put the zone's names line back.
    @Test("MRZ name fillers read as K or X are restored by the words printed on the page; names the page does not print stay")
    func nameFillersFromPrint() throws {
        func restored(_ zone: [String], page: [String]) throws -> DocumentEvidence {
            var evidence = DocumentEvidence()
            evidence.mrz = try #require(MRZParser.parse(zone, today: Self.today))
            evidence.restoreMRZNameFillers(printedLines: page.enumerated().map { Self.line($1, 40, 40 * $0) })
            return evidence
        }
        let card = ["I<KENNY6389610832140015<<<<<<<", "9512173M3207039KEN<<<<<<<<<<<8"]
        var evidence = try restored(card + ["OTIENO<<WANJIRU<K<<<<<<<<<<<<<"], page: ["REPUBLIC OF KENYA", "OTIENO", "WANJIRU"])
        #expect(evidence.mrz?.lines[2] == "OTIENO<<WANJIRU<<<<<<<<<<<<<<<")
        #expect(evidence.mrz?.givenNames == "WANJIRU")
        #expect(evidence.mrz?.valid == true)
        #expect(evidence.readerHints.contains { $0.hasPrefix("mrz: a filler read as a letter") })

        // `<K` for a filler: the rest stood one place on. A letter at a word's end; accents.
        let passport = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
        evidence = try restored(["P<UTOERIKSSON<<ANNA<KMARIA<<<<<<<<<<<<<<<<<<", passport], page: ["Eriksson", "Anna María"])
        #expect(evidence.mrz?.lines[0] == "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
        evidence = try restored(card + ["OKONKWOX<<CHIOMAK<ADA<<<<<<<<<"], page: ["OKONKWO", "CHIOMA ADA"])
        #expect(evidence.mrz?.lines[2] == "OKONKWO<<CHIOMA<ADA<<<<<<<<<<<")
        // The separator's second filler read `K` in its place: no letter pushed in.
        evidence = try restored(["P<UTOERIKSSON<KANNA<<<<<<<<<<<<<<<<<<<<<<<<<", passport], page: ["ERIKSSON", "ANNA"])
        #expect(evidence.mrz?.lines[0] == "P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<")
        #expect(evidence.mrz?.surname == "ERIKSSON" && evidence.mrz?.givenNames == "ANNA")

        // Every word of the zone misread (a monospaced `<` that is no OCR-B's, twenty-sixth
        // families, 5959/042): the separator's first filler read `X` in its place, the filler
        // between the given names read `K`, the names' last filler read `X`.
        evidence = try restored(card + ["ASANTEX<YAWKKWAME<X<<<<<<<<<<<"], page: ["ASANTE", "YAW KWAME"])
        #expect(evidence.mrz?.lines[2] == "ASANTE<<YAW<KWAME<<<<<<<<<<<<<")
        #expect(evidence.mrz?.surname == "ASANTE" && evidence.mrz?.givenNames == "YAW KWAME")

        // The page prints the name with its K, a K initial, or nothing of the names: as read.
        for page in [["ERIKSSON", "ANNA KMARIA"], ["ERIKSSON", "ANNA K MARIA"], ["REPUBLIC OF UTOPIA", "MARIA"]] {
            let line = page.last == "MARIA" ? "P<UTOSMITH<<JOHN<K<<<<<<<<<<<<<<<<<<<<<<<<<<" : "P<UTOERIKSSON<<ANNA<KMARIA<<<<<<<<<<<<<<<<<<"
            evidence = try restored([line, passport], page: page)
            #expect(evidence.mrz?.lines[0] == line, "\(page)")
            #expect(evidence.readerHints.isEmpty)
        }
    }

    /// A phone app's zone in Fira Code (twenty-second families): its `<` between two given
    /// names read as `C` (5151/012), its slab-serif `I` read as `T` (5050/030) or `L` (5050/031).
    @Test("a names filler read as a letter between two printed words, and one confusable letter off a printed word, are restored")
    func nameLettersFromPrint() throws {
        func restored(_ names: String, page: [String]) throws -> DocumentEvidence {
            var evidence = DocumentEvidence()
            evidence.mrz = try #require(MRZParser.parse([names, "GX18936594GHA9709052F3102145<<<<<<<<<<<<<<00"], today: Self.today))
            evidence.restoreMRZNameFillers(printedLines: page.enumerated().map { Self.line($1, 40, 40 * $0) })
            return evidence
        }
        var evidence = try restored("P<GHAASANTE<<AKOSUACKOFI<<<<<<<<<<<<<<<<<<<<", page: ["ASANTE", "AKOSUA KOFI"])
        #expect(evidence.mrz?.givenNames == "AKOSUA KOFI" && evidence.mrz?.valid == true)
        evidence = try restored("P<GHAOSET<<AMA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", page: ["OSEI", "AMA"])
        #expect(evidence.mrz?.surname == "OSEI")
        // A fibre of lint across the zone read as a bar (twenty-fifth families, 5757/014).
        evidence = try restored("P<NGANWOSU<<CHILOMA<<<<<<<<<<<<<<<<<<<<<<<<<", page: ["NWOSU", "CHIOMA"])
        #expect(evidence.mrz?.givenNames == "CHIOMA" && evidence.mrz?.valid == true)
        // A letter only from print read surely: `EMEKA CHIDL` at 39% (twenty-first, 4848/032).
        var unsure = DocumentEvidence()
        unsure.mrz = try #require(MRZParser.parse(["APNGAOLADIPO<<EMEKA<CHIDI<<<<<<<<<<<<<<<<<<<", "GX18936594GHA9709052F3102145<<<<<<<<<<<<<<00"],
                                                  today: Self.today))
        unsure.restoreMRZNameFillers(printedLines: [OCRLine(text: "EMEKA CHIDL", left: 871, top: 1225, width: 83, height: 26, confidence: 0.39)])
        #expect(unsure.mrz?.givenNames == "EMEKA CHIDI")
        #expect(evidence.readerHints.contains { $0.contains("restored by the printed names") })
        // Not when the letters differ otherwise, the page prints two words it could be, or the word is short.
        for (names, page) in [("P<GHAOSEB<<AMA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", ["OSEI", "AMA"]),
                              ("P<GHAOSET<<AMA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", ["OSEI", "OSFT", "AMA"]),
                              ("P<GHAASANTE<<AMT<<<<<<<<<<<<<<<<<<<<<<<<<<<<", ["ASANTE", "AMI"]),
                              ("P<GHAASANTE<<AKOSUACKOFI<<<<<<<<<<<<<<<<<<<<", ["ASANTE", "AKOSUA"]),
                              ("P<DEUMUELLER<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<", ["MÜLLER", "ANNA"]),  // Ü written UE
                              ("P<GHADARKO<<ABENA<KWESI<<<<<<<<<<<<<<<<<<<<<", ["DARKO", "ABENA KWES"])] {  // the print cut short
            evidence = try restored(names, page: page)
            #expect(evidence.mrz?.lines[0] == names, "\(page)")
            #expect(evidence.readerHints.isEmpty)
        }
    }

    /// A video call's passport (twenty-second families, 5050/012): the zone read `WF9O632B6`,
    /// whose `F`, `O` and `B` add 180 to the weighted sum, so it verifies as `WE9063286` does.
    @Test("a zone's document number the check digits cannot tell from the printed one, shaped less like a number, is the printed one")
    func documentNumberFromPrint() throws {
        let zone = ["P<GHAAGYEMAN<<YAW<KOFI<<<<<<<<<<<<<<<<<<<<<<", "WF9O632B60GHA8907024F2901019<<<<<<<<<<<<<<08"]
        func restored(labelled: String?, page: [String]) throws -> DocumentEvidence {
            var evidence = DocumentEvidence()
            evidence.mrz = try #require(MRZParser.parse(zone, today: Self.today))
            #expect(evidence.mrz?.valid == true)
            if let labelled { evidence.front = Self.visual([.documentNumber: labelled]) }
            evidence.restoreMRZDocumentNumber(printedLines: page.enumerated().map { Self.line($1, 40, 40 * $0) }, today: Self.today)
            return evidence
        }
        // Unlabelled on the page, or labelled.
        for evidence in [try restored(labelled: nil, page: ["GHA WE9063286", "AGYEMAN"]), try restored(labelled: "WE9063286", page: [])] {
            #expect(evidence.mrz?.documentNumber == "WE9063286" && evidence.mrz?.valid == true)
            #expect(evidence.mrz?.lines[1] == "WE90632860GHA8907024F2901019<<<<<<<<<<<<<<08")
        }
        // A number that fails the check digit, differs by more than look-alikes, or is no
        // better shaped leaves the zone as read.
        for printed in ["WE9063287", "WE9063X86", "WF9O632B6"] {
            let evidence = try restored(labelled: printed, page: [])
            #expect(evidence.mrz?.documentNumber == "WF9O632B6", "\(printed)")
            #expect(evidence.readerHints.isEmpty)
        }
        // A card's `ZD6776964` printed and read `206776964` (twenty-first families, 4848/036):
        // it verifies too (`Z` and `D` add 270), but has no fewer letters among its digits.
        var card = DocumentEvidence()
        card.mrz = try #require(MRZParser.parse([
            "I<GHAZD67769641GHA3347474117<<", "7805226M3310148GHA<<<<<<<<<<<0", "DARKO<<EFUA<<<<<<<<<<<<<<<<<<<",
        ], today: Self.today))
        card.front = Self.visual([.documentNumber: "206776964"])
        card.restoreMRZDocumentNumber(printedLines: [], today: Self.today)
        #expect(card.mrz?.documentNumber == "ZD6776964")
    }

    /// A `sidenote` card (thirteenth families, 3232/019) prints `OTIENO` widely spaced, read
    /// `OTIE NO`: the MRZ writes every space of a name, and has none there.
    @Test("a space in a printed name that the valid MRZ's name of the same letters lacks is wide spacing; a hyphen stays")
    func spaceTheMRZLacks() throws {
        var evidence = DocumentEvidence()
        evidence.mrz = try #require(MRZParser.parse([
            "I<KENUC6905927632477626<<<<<<<", "6510167F3109018KEN<<<<<<<<<<<3", "OTIENO<<BRIAN<<<<<<<<<<<<<<<<<",
        ], today: Self.today))
        evidence.front = Self.visual([.surname: "OTIE NO", .givenNames: "BRIAN", .dateOfBirth: "1965-10-16"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.fields[.surname]?.value == "OTIENO")
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(PrintedFieldCorrection.spacedAsMRZ(printed: "MARY-JANE O'NEIL", mrz: "MARY JANE ONEIL") == "MARY-JANE O'NEIL")
        #expect(PrintedFieldCorrection.spacedAsMRZ(printed: "ABENA AKO SUA", mrz: "ABENA AKOSUA") == "ABENA AKOSUA")
    }

    @Test("a printed name with letters cut off at an edge takes the valid MRZ's whole name; a misread letter does not")
    func nameCutAtAnEdge() throws {
        var evidence = DocumentEvidence()
        evidence.mrz = try #require(MRZParser.parse([
            "I<NGAVK5331304842509166457<<<<", "6605256M3008133NGA<<<<<<<<<<<7", "BELLO<<FUNMILAYO<<<<<<<<<<<<<<",
        ], today: Self.today))
        evidence.front = Self.visual([.surname: "ELLO", .givenNames: "FUNMILAYO", .dateOfBirth: "1966-05-25"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.fields[.surname]?.value == "BELLO")
        #expect(verdict.fields[.fullName]?.value == "FUNMILAYO BELLO")
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(!PrintedFieldCorrection.cutAtAnEdge(printed: "BELO", mrz: "BELLO"))
        #expect(!PrintedFieldCorrection.cutAtAnEdge(printed: "BELLO", mrz: "BELLO"))
    }

    @Test("an ID number read with letters for digits is read by its country's format", arguments: [
        ("CFOORJHV11G6KG", "UG", "CF00RJHV11G6KG"), ("8OO1O15OO9O87", "ZA", "8001015009087"),
        ("63-I23456-B-42", "ZW", "63-123456-B-42"), ("2I4S7890", "KE", "21457890"),
        ("21-236047-3-78", "ZW", "21-236047-J-78"),  // a monospaced J read as 3
        ("S3-677596-H-28", "ZW", "83-677596-H-28"),  // a monospaced 8 read as S
        ("41-505984-7-45", "ZW", "41-505984-Z-45"),  // a Z read as 7
        ("81-538800 E O07", "ZW", "81-538800-E-07"),  // one 0 read twice, as O and 0 (twenty-fifth families, 5757/041)
    ])
    func idNumberByFormat(read: String, country: String, expected: String) throws {
        let corrected = try #require(PrintedFieldCorrection.idNumber(read, country: country))
        #expect(corrected.check.normalized == expected)
        #expect(corrected.swaps > 0)
    }

    @Test("a wrong ID number is not talked into a right one", arguments: [
        ("8001015009088", "ZA"), ("63-123456-C-42", "ZW"), ("12345", "KE"),
        ("81-538800 E 007", "ZW"),  // two zeros are two digits, not one read twice
    ])
    func wrongIDNumberStaysWrong(read: String, country: String) {
        #expect(PrintedFieldCorrection.idNumber(read, country: country) == nil)
    }

    @Test("a printed date one confusable digit away from the MRZ is a misreading, noted as a hint")
    func confusableDateIsAHint() throws {
        var evidence = try Self.kenyanCardMRZ()
        evidence.front = Self.visual([.surname: "OTIENO", .givenNames: "KEVIN", .dateOfBirth: "1995-12-17"])
        evidence.front[.expiryDate] = FieldReading(value: "2032-07-08", confidence: 0.6, source: .visual)  // 3 read as 8
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(verdict.fields[.expiryDate]?.value == "2032-07-03")
        #expect(verdict.hints.contains { $0.contains("expiry_date") })

        // A different date is not a misreading.
        evidence.front[.expiryDate] = FieldReading(value: "2034-02-03", confidence: 0.9, source: .visual)
        #expect(!DocumentAssessor.assess(evidence, today: Self.today).documentValid)
    }

    /// A slip's back (twenty-third families, 5252/027): `Place of Birth` read `race of Birth`,
    /// two edits from `DATE OF BIRTH` as from the place's label; its tab stop's date under it
    /// was the issue date.
    @Test("a misread label as near the place of birth's as the birth date's labels no birth date")
    func placeOfBirthMisread() {
        #expect(!VisualZoneParser.readsAsLabel("race of Birth"))
        for label in ["Date of Birth", "Date of B1rth", "Dte of Birth"] {
            let fields = VisualZoneParser.fields([Self.line(label, 40, 100), Self.line("30-03-1997", 40, 130)], today: Self.today)
            #expect(fields[.dateOfBirth]?.value == "1997-03-30", "\(label)")
        }
    }

    /// A slip read under a finger (twenty-third families, 5252/007): the printed `CK5895592`
    /// read `CXSS95592`, a `K`'s arms blurred into an `X`, `5` and `8` as `S`.
    @Test("a printed number that differs from the zone's only by look-alike letters and digits is a misreading")
    func numberLookalikeLetters() {
        #expect(PrintedFieldCorrection.explainedByOCR(.documentNumber, "CXSS95592", "CK5895592"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.documentNumber, "CASS95592", "CK5895592"))  // A is no K
        #expect(!PrintedFieldCorrection.explainedByOCR(.documentNumber, "CK5895593", "CK5895592"))  // an edited digit
    }

    /// A showcase card (twenty-third families, 5353/015) prints each value over an English /
    /// French caption; the surname's caption reads `Surname | Yo`, its `/ Nom` misread as a
    /// value, and the value over it read unsurely.
    @Test("a label whose misread second language reads as a value votes with the others for values over their labels")
    func valuesOverCaptionedLabels() {
        func line(_ text: String, _ left: Int, _ top: Int, _ width: Int, _ height: Int, _ confidence: Double) -> OCRLine {
            OCRLine(text: text, left: left, top: top, width: width, height: height, confidence: confidence)
        }
        let lines = [
            line("sSEMPALA", 28, 398, 168, 49, 0.34), line("Surname | Yo", 29, 447, 79, 22, 0.57), line("GRACE", 30, 484, 96, 35, 0.96),
            line("oven eames / Press", 27, 513, 131, 34, 0.48), line("UGA", 32, 564, 61, 29, 0.96),
            line("24 Sep.1976_", 35, 630, 180, 41, 0.25), line("Date of birth? Date de rasssec®", 36, 670, 177, 24, 0.41),
            line("11 May 2020", 38, 710, 185, 48, 0.56), line("Date of issue / Date de ces", 39, 753, 153, 22, 0.76),
        ]
        let fields = VisualZoneParser.rawFields(lines, today: Self.today)
        #expect(fields[.surname]?.text == "sSEMPALA")
        #expect(fields[.dateOfBirth]?.text == "24 Sep.1976_")
    }

    @Test("display faces' look-alike digits in a printed date are misreadings", arguments: [
        ("2035-02-10", "2033-02-10"),  // a rounded sans's 3 read as 5 (split, 3535/039)
        ("1991-12-25", "1991-12-23"),
        ("1957-08-04", "1957-08-01"),  // a monospace's flagged 1 read as 4 (zebra, 3434/001)
    ])
    func displayFaceDigits(read: String, mrz: String) {
        #expect(PrintedFieldCorrection.explainedByOCR(.dateOfBirth, read, mrz))
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1957-08-02", "1957-08-01"))  // 2 is no 1's look-alike
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1951-08-04", "1957-08-01"))  // two digits differ
    }

    @Test("a year no document prints is no date: a typed 1965 read as 4269 is unread, not another birth date")
    func implausibleYears() {
        #expect(PrintedDate.iso("07. JAN. 4269", today: Self.today) == nil)
        #expect(PrintedDate.iso("07.01.1865", today: Self.today) == nil)
        #expect(PrintedDate.iso("07. JAN. 1965", today: Self.today) == "1965-01-07")
        #expect(PrintedDate.iso("29 SEP 2033", future: true, today: Self.today) == "2033-09-29")
    }

    /// The nineteenth's 4545/027 (`22 05 1966` read `2 05 1966`) and the eighteenth's 4343/034
    /// (`7/11/32` read `7/1/32`): a doubled digit read once.
    @Test("a doubled day or month digit read once is a misreading; other differences are not")
    func doubledDigitReadOnce() {
        #expect(PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1966-05-02", "1966-05-22"))
        #expect(PrintedFieldCorrection.explainedByOCR(.expiryDate, "2032-01-07", "2032-11-07"))
        #expect(PrintedFieldCorrection.explainedByOCR(.expiryDate, "2030-12-11", "2030-12-01"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1966-05-03", "1966-05-33"))  // no date
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1966-05-02", "1966-05-12"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1966-01-02", "1966-11-22"))  // month and day
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1967-05-02", "1966-05-22"))  // and the year
    }

    /// The nineteenth families after their first measurement: a clerk's handwritten `7` read
    /// `3` and `9` read `4` twice (handwritten, 4545/002); names one or two look-alike letters
    /// apart (`EZE` in a zone read `FZE`, 4545/044; `ODHIAMBO` written and read `ODHLAMBO`,
    /// its zone read `DDHIAMBO`, 4545/043).
    @Test("handwritten look-alike digits and look-alike letters in names are misreadings; more is not")
    func handwrittenLookalikes() {
        #expect(PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1930-01-14", "1970-01-14"))
        #expect(PrintedFieldCorrection.explainedByOCR(.expiryDate, "2024-04-25", "2029-09-25"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.expiryDate, "2024-09-25", "2029-04-25"))  // two different misreadings
        #expect(!PrintedFieldCorrection.explainedByOCR(.expiryDate, "2024-04-24", "2029-09-29"))  // three digits
        #expect(PrintedFieldCorrection.explainedByOCR(.surname, "FZE", "EZE"))
        #expect(PrintedFieldCorrection.explainedByOCR(.surname, "ODHLAMBO", "DDHIAMBO"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.surname, "ODHLAMBA", "DDHIAMBO"))  // a third letter
        #expect(!PrintedFieldCorrection.explainedByOCR(.surname, "EZE", "EKE"))  // not look-alikes
        #expect(!PrintedFieldCorrection.explainedByOCR(.givenNames, "DORA", "OOPA"))  // two in four letters
    }

    /// The twentieth families after their first measurement: a copy's thin slashes read as `1`
    /// (frontback, 4747/011), a document number whose two letters a crack hid (mended,
    /// 4646/010), and an ID number read surely enough only by its check letter (4747/011).
    @Test("slashes read as 1, a number read in part, an unsure ID number its check letter vouches for")
    func slashesPartsAndCheckedNumbers() {
        #expect(PrintedDate.iso("1410412033", future: true, today: Self.today) == "2033-04-14")
        #expect(PrintedDate.iso("0712345678", today: Self.today) == nil)  // a phone number
        #expect(PrintedFieldCorrection.explainedByOCR(.documentNumber, "5385113", "XW5385113"))
        #expect(PrintedFieldCorrection.explainedByOCR(.idNumber, "82031923100", "8203192310086"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.documentNumber, "5385114", "XW5385113"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.documentNumber, "53851", "XW5385113"))  // too little read
        #expect(!PrintedFieldCorrection.explainedByOCR(.documentNumber, "385113", "XWA5385113"))  // four missing
        let unsure = OCRLine(text: "47-947795-S-58", left: 379, top: 424, width: 183, height: 36, confidence: 0.23)
        #expect(VisualZoneParser.fields([unsure], today: Self.today)[.idNumber]?.value == "47-947795-S-58")
        let wrongLetter = OCRLine(text: "47-947795-T-58", left: 379, top: 424, width: 183, height: 36, confidence: 0.23)
        #expect(VisualZoneParser.fields([wrongLetter], today: Self.today)[.idNumber] == nil)
    }

    /// The nineteenth's `visa` cards print one `NAME`, the given names in title case and the
    /// surname in capitals (4444/041).
    @Test("a names line whose case marks the surname is split by it; one case throughout is not")
    func namesSplitByCase() {
        let lines = [Self.line("NAME", 170, 450, 40, 10), Self.line("Farai Tatenda MAPFUMO", 175, 474, 355, 23)]
        let fields = VisualZoneParser.fields(lines, today: Self.today)
        #expect(fields[.surname]?.value == "MAPFUMO" && fields[.givenNames]?.value == "FARAI TATENDA" && fields[.fullName] == nil)
        let first = VisualZoneParser.fields([Self.line("NAME", 170, 450, 40, 10), Self.line("VAN WYK Pieter", 175, 474, 355, 23)],
                                            today: Self.today)
        #expect(first[.surname]?.value == "VAN WYK" && first[.givenNames]?.value == "PIETER")
        // `NAME` alone labels a second card's name as well (a health card's `Name`, nineteenth,
        // 4545/038): its line is taken only when its case marks the surname.
        let bare = VisualZoneParser.fields([Self.line("NAME", 170, 450, 40, 10), Self.line("Nwosu Emeka", 175, 474, 355, 23)],
                                           today: Self.today)
        #expect(bare[.fullName] == nil && bare[.surname] == nil && bare[.givenNames] == nil)
        let full = VisualZoneParser.fields([Self.line("FULL NAMES", 170, 450, 90, 10), Self.line("FARAI TATENDA MAPFUMO", 175, 474, 355, 23)],
                                           today: Self.today)
        #expect(full[.fullName]?.value == "FARAI TATENDA MAPFUMO" && full[.surname] == nil)
        #expect(VisualZoneParser.fields([Self.line("NAMES", 170, 450, 40, 10), Self.line("FARAI TATENDA", 175, 474, 355, 23)],
                                        today: Self.today)[.givenNames]?.value == "FARAI TATENDA")
    }

    @Test("February printed `II` and read `11` is a misreading; any other month apart is not")
    func romanFebruaryReadAsEleven() {
        #expect(PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1957-11-04", "1957-02-04"))
        #expect(PrintedFieldCorrection.explainedByOCR(.expiryDate, "2029-02-11", "2029-11-11"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1957-11-04", "1957-07-04"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1957-11-05", "1957-02-04"))  // and another day
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1958-11-04", "1957-02-04"))
    }

    @Test("a FULL NAMES line is split by the MRZ's names, in either order (a word dropped reads in part); without an MRZ the surname comes first")
    func fullNamesLine() throws {
        let lines = [Self.line("SERIAL NUMBER", 320, 137, 108, 10), Self.line("ID NUMBER", 620, 137, 76, 10),
                     Self.line("719209889", 322, 158, 137, 18), Self.line("56-520363-B-46", 623, 166, 206, 24),
                     Self.line("FULL NAMES.", 321, 219, 83, 10), Self.line("CHIKWANHA TAPIWA RUDO", 321, 241, 308, 23)]
        let printed = VisualZoneParser.fields(lines, today: Self.today)
        #expect(printed[.fullName]?.value == "CHIKWANHA TAPIWA RUDO")
        #expect(printed[.documentNumber]?.value == "719209889")
        #expect(printed[.surname] == nil && printed[.givenNames] == nil)

        var evidence = DocumentEvidence()
        evidence.namedCountry = "ZWE"
        evidence.front = printed
        let alone = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(alone.fields[.surname]?.value == "CHIKWANHA")
        #expect(alone.fields[.givenNames]?.value == "TAPIWA RUDO")

        let mrz = try #require(MRZParser.parse([
            "I<KENNY6389610832140015<<<<<<<", "9512173M3207039KEN<<<<<<<<<<<8", "OTIENO<<KEVIN<BRIAN<<<<<<<<<<<",
        ], today: Self.today))
        evidence = DocumentEvidence()
        evidence.mrz = mrz
        for (line, valid) in [("OTIENO KEVIN BRIAN", true), ("KEVIN BRIAN OTIENO", true), ("KEVlN BRIAN OTIENO", true),
                              ("OTIENO KEVIN", true), ("KAMAU KEVIN BRIAN", false)] {
            evidence.front = [.fullName: FieldReading(value: line, confidence: 0.9, source: .visual)]
            let verdict = DocumentAssessor.assess(evidence, today: Self.today)
            #expect(verdict.documentValid == valid, "\(line): \(verdict.explanation)")
            #expect(verdict.fields[.surname]?.value == "OTIENO")
        }
    }

    @Test("an MRZ country code one letter off that is no country's is a misreading; another country is not")
    func misreadCountryCode() throws {
        var evidence = DocumentEvidence()
        evidence.mrz = try #require(MRZParser.parse([
            "I<KENNY6389610832140015<<<<<<<", "9512173M3207039KFN<<<<<<<<<<<8", "OTIENO<<KEVIN<<<<<<<<<<<<<<<<<",
        ], today: Self.today))
        evidence.front = Self.visual([.surname: "OTIENO", .nationality: "KEN"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.documentValid && verdict.fields[.nationality]?.value == "KEN", "\(verdict.explanation)")
        #expect(PrintedFieldCorrection.explainedByOCR(.nationality, "KEN", "KFN"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.nationality, "KEN", "NGA"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.nationality, "UGA", "USA"))  // both real: a different country
    }

    @Test("a printed name read only in part (the OCR broke its line) is a hint and low confidence; another name fails")
    func partlyReadNameIsAHint() throws {
        var evidence = try Self.kenyanCardMRZ()
        evidence.front = Self.visual([.surname: "OTIENO", .givenNames: "KEV", .dateOfBirth: "1995-12-17"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(verdict.hints.contains { $0.contains("given_names") })
        #expect(verdict.confidence == .low && verdict.unverified == ["printed_name_partial"], "the rest was never compared")

        evidence.front[.givenNames] = FieldReading(value: "BRIAN", confidence: 0.9, source: .visual)
        #expect(!DocumentAssessor.assess(evidence, today: Self.today).documentValid)
    }

    /// A `mended` card's document number with its letters under the crack (twentieth, 4646/010).
    @Test("a printed number read only in part is a hint and low confidence, never verified; another number fails")
    func partlyReadNumberIsLowConfidence() throws {
        var evidence = try Self.kenyanCardMRZ()
        evidence.front = Self.visual([.surname: "OTIENO", .documentNumber: "6389610", .dateOfBirth: "1995-12-17"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(verdict.confidence == .low && verdict.unverified == ["printed_number_partial"], "the rest was never compared")

        evidence.front[.documentNumber] = FieldReading(value: "6389611", confidence: 0.9, source: .visual)
        #expect(!DocumentAssessor.assess(evidence, today: Self.today).documentValid)
    }

    /// A `mended` card's birth date with its year's last digits under the crack, `04 APR 20`
    /// for `04 APR 2001` (twentieth, 4747/002).
    @Test("a printed date's year read only to its century is low confidence, never verified; another date fails")
    func yearCutToItsCentury() throws {
        #expect(PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "2020-04-04", "2001-04-04"))
        #expect(PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "1987-09-14", "2019-09-14"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "2020-04-05", "2001-04-04"))  // another day
        #expect(!PrintedFieldCorrection.explainedByOCR(.dateOfBirth, "2021-04-04", "2001-04-04"))  // another year
        var evidence = try Self.kenyanCardMRZ()
        evidence.front = Self.visual([.surname: "OTIENO", .givenNames: "KEVIN", .dateOfBirth: "2019-12-17"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(verdict.fields[.dateOfBirth]?.value == "1995-12-17", "the zone's date stands")
        #expect(verdict.confidence == .low && verdict.unverified == ["printed_date_partial"], "the rest was never compared")

        evidence.front[.dateOfBirth] = FieldReading(value: "1995-12-18", confidence: 0.9, source: .visual)
        #expect(!DocumentAssessor.assess(evidence, today: Self.today).documentValid)
    }

    /// A `mended` card's given names whose label read with the crack's specks as one tall line,
    /// so the value under it looked like a caption over the next row's `JUL 1962` (twentieth,
    /// 4646/040); a Zimbabwean number read with `¥` for `Y` and no label (4747/029).
    @Test("a date is no name, and an unlabelled ID number's currency sign is a letter")
    func dateIsNoNameAndCurrencySignsInNumbers() {
        #expect(VisualZoneParser.normalize(.givenNames, "JUL 1962", today: Self.today) == nil)
        #expect(VisualZoneParser.normalize(.surname, "8ELLO", today: Self.today) == "BELLO")
        let lines = [
            Self.line("SURNAME", 357, 257, 66, 12), Self.line("PETERSEN", 358, 283, 149, 34),
            Self.line("GIVEN Noes", 357, 318, 105, 39), Self.line("NOMVULA", 358, 360, 141, 30),
            Self.line("DATE OF BIRTH", 357, 417, 105, 12), Self.line("16", 358, 443, 26, 21), Self.line("JUL 1962", 398, 443, 120, 39),
        ]
        #expect(VisualZoneParser.fields(lines, today: Self.today)[.givenNames]?.value == "NOMVULA")
        let number = OCRLine(text: "36-560128-¥-18", left: 309, top: 126, width: 264, height: 88, confidence: 0.65)
        #expect(VisualZoneParser.fields([number], today: Self.today)[.idNumber]?.value == "36-560128-Y-18")
        // A J whose hook was lost reads as `]`: inside the number it is the J, at its end a box's edge.
        let hook = [Self.line("ID Number", 79, 1201, 157, 26), Self.line("11-385699-]-30", 730, 1200, 272, 36)]
        #expect(VisualZoneParser.fields(hook, today: Self.today)[.idNumber]?.value == "11-385699-J-30")
        #expect(VisualZoneParser.normalize(.idNumber, "GHA-453301313-7]", today: Self.today) == "GHA-453301313-7")
    }

    @Test("a printed name read unsurely that the MRZ contradicts is set aside as unread; read surely, it fails")
    func unsureNameIsUnread() throws {
        var evidence = try Self.kenyanCardMRZ()
        evidence.front = Self.visual([.surname: "OTIENO", .dateOfBirth: "1995-12-17"])
        // Specks under a faint given name, read as letters at 21%.
        evidence.front[.givenNames] = FieldReading(value: "TBE", confidence: 0.21, source: .visual)
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(verdict.confidence == .low && verdict.unverified == ["printed_name_unsure"], "never compared")

        evidence.front[.givenNames] = FieldReading(value: "TBE", confidence: 0.85, source: .visual)
        #expect(!DocumentAssessor.assess(evidence, today: Self.today).documentValid)
    }

    /// The photocopy draw ninth-2525: dot-matrix dates read at 27–31% (`2020-03-08` for
    /// 2005-03-08) failed genuine cards against their valid MRZ.
    @Test("a printed date, number or nationality read unsurely that a valid MRZ contradicts is unread; read surely, it fails")
    func unsurePrintedFieldIsUnread() throws {
        var evidence = try Self.kenyanCardMRZ()
        evidence.front = Self.visual([.surname: "OTIENO", .givenNames: "KEVIN"])
        evidence.front[.dateOfBirth] = FieldReading(value: "2015-12-17", confidence: 0.27, source: .visual)
        evidence.front[.nationality] = FieldReading(value: "IRL", confidence: 0.25, source: .visual)
        let unsure = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(unsure.documentValid && unsure.confidence == .low && unsure.unverified == ["printed_field_unsure"], "\(unsure.explanation)")
        #expect(unsure.explanation.contains("date_of_birth, nationality"))
        #expect(unsure.fields[.dateOfBirth]?.value == "1995-12-17", "the MRZ's date stands")

        // Read surely, the same date is evidence against the card.
        evidence.front[.dateOfBirth] = FieldReading(value: "2015-12-17", confidence: 0.9, source: .visual)
        #expect(!DocumentAssessor.assess(evidence, today: Self.today).documentValid)

        // A confusable digit read unsurely stays a hint: the rest of the date did agree.
        evidence.front[.dateOfBirth] = FieldReading(value: "1995-12-11", confidence: 0.3, source: .visual)
        evidence.front[.nationality] = nil
        let confusable = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(confusable.documentValid && confusable.confidence == .high, "\(confusable.explanation)")

        // Against an MRZ whose check digits fail, nothing vouches for the MRZ's date: no set-aside.
        evidence.mrz = try #require(MRZParser.parse([
            "I<KENNY6389610832140015<<<<<<<", "9512174M3207039KEN<<<<<<<<<<<8", "OTIENO<<KEVIN<<<<<<<<<<<<<<<<<",
        ], today: Self.today))
        evidence.front[.dateOfBirth] = FieldReading(value: "2015-12-17", confidence: 0.27, source: .visual)
        let invalid = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(!invalid.unverified.contains("printed_field_unsure"))
    }

    @Test("a lone letter or a misread label where a name is looked for is no name; a name one letter off a label word is",
          arguments: [("I", nil), ("NANES PRENOUS", nil), ("Names / Prénoms", nil), ("JAMES", "JAMES"),
                      ("KAGISO", "KAGISO"), ("JAMES NAMES", nil), ("ESTHER GRACE", "ESTHER GRACE")])
    func labelWordsAreNoName(read: String, name: String?) {
        #expect(VisualZoneParser.normalize(.givenNames, read, today: Self.today) == name)
    }

    @Test("a name read in part: its first letter, a last letter half read, a word dropped; a different word is another name",
          arguments: [("D", "DAVID", true), ("SSEF", "SSEMPALA", true), ("LERAT!", "LERATO ZANELE", true),
                      ("EMPAL", "SSEMPALA", true), ("EMPA", "SSEMPALA", false), ("EMPAT", "SSEMPALA", false),
                      ("AKOSUA", "ABENA AKOSUA", true), ("ABENA KOFI", "ABENA AKOSUA", false), ("SSEF", "SSAMPALA", false),
                      ("BRIAN", "KEVIN BRIAN", true), ("BRIANA", "KEVIN BRIAN", false), ("KEF", "KEVIN", false)])
    func nameReadInPart(read: String, whole: String, inPart: Bool) {
        #expect(PrintedFieldCorrection.nameReadInPart(read, whole) == inPart)
    }

    @Test("what could not be read lowers confidence; it is not evidence against the document")
    func unreadIsLowConfidence() {
        var evidence = DocumentEvidence()
        evidence.namedCountry = "NGA"
        evidence.front = Self.visual([.surname: "OKAFOR", .givenNames: "CHIDI", .dateOfBirth: "1990-01-15"])
        let unread = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(unread.documentValid, "\(unread.explanation)")
        #expect(unread.confidence == .low)
        #expect(unread.unverified == ["no_anchor", "expiry_unread"])

        evidence.front[.idNumber] = FieldReading(value: "12345678901", confidence: 0.9, source: .visual)
        evidence.front[.expiryDate] = FieldReading(value: "2030-01-01", confidence: 0.9, source: .visual)
        let read = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(read.documentValid && read.confidence == .high, "\(read.explanation)")

        evidence.front[.idNumber] = FieldReading(value: "1234567890", confidence: 0.9, source: .visual)
        let wrong = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(!wrong.documentValid)
        #expect(wrong.checks.first { $0.name == "id_number_rules" }?.passed == false)
    }

    @Test("a printed ID number set aside for the MRZ's leaves the document unverified on that point")
    func printedIDSetAside() throws {
        var evidence = try Self.kenyanCardMRZ()
        evidence.front = Self.visual([.surname: "OTIENO", .givenNames: "KEVIN", .idNumber: "3214001577"])
        let verdict = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(verdict.documentValid, "\(verdict.explanation)")
        #expect(verdict.confidence == .low && verdict.unverified == ["printed_id_unread"])
        #expect(verdict.fields[.idNumber]?.value == "32140015")
    }

    @Test("a check digit read as a filler could not run: unverified, not failed; a wrong digit still fails")
    func unreadCheckDigit() throws {
        let lines = ["I<ZAFLZ178536448702095767086<<", "8702090M3211119ZAF<<<<<<<<<<<<", "BOTHA<<NOMVULA<ZANELE<<<<<<<<<"]
        var evidence = DocumentEvidence()
        evidence.mrz = try #require(MRZParser.parse(lines, today: Self.today))
        #expect(evidence.mrz?.checks.first { $0.field == "composite" } == MRZ.Check(field: "composite", valid: false, unread: true))
        evidence.front = Self.visual([.surname: "BOTHA", .dateOfBirth: "1987-02-09"])
        let unread = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(unread.documentValid && unread.confidence == .low && unread.unverified == ["mrz_check_unread"], "\(unread.explanation)")

        var wrong = lines
        wrong[1] = "8702090M3211119ZAF<<<<<<<<<<<2"
        evidence.mrz = try #require(MRZParser.parse(wrong, today: Self.today))
        #expect(!DocumentAssessor.assess(evidence, today: Self.today).documentValid)
    }

    @Test("a valid MRZ with no printed name, birth date or number read to compare it with is unverified: an edited page would pass unseen")
    func printedZoneUnread() throws {
        var evidence = try Self.kenyanCardMRZ()
        let unread = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(unread.documentValid && unread.confidence == .low && unread.unverified == ["printed_unread"], "\(unread.explanation)")
        evidence.front = Self.visual([.nationality: "KEN", .sex: "M"])
        let holderUnread = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(holderUnread.confidence == .low && holderUnread.unverified == ["printed_unread"], "\(holderUnread.explanation)")
        evidence.front = Self.visual([.surname: "OTIENO"])
        let read = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(read.confidence == .high && read.unverified.isEmpty, "\(read.explanation)")
    }

    /// 008-ng of the photocopy draw ninth-2424: its edited birth date did not read, the names
    /// did and agreed, and the card passed every check with high confidence.
    @Test("a birth date the page labels but that did not read is unverified: an edited one would pass unseen")
    func labelledFieldUnread() throws {
        var evidence = try Self.kenyanCardMRZ()
        evidence.front = Self.visual([.surname: "OTIENO", .givenNames: "KEVIN"])
        evidence.printedUnread = [.dateOfBirth]
        let unread = DocumentAssessor.assess(evidence, today: Self.today)
        #expect(unread.documentValid && unread.confidence == .low && unread.unverified == ["printed_field_unread"], "\(unread.explanation)")
        #expect(unread.explanation.contains("date_of_birth"))
        // A label for a field the MRZ does not carry, or none at all, changes nothing.
        evidence.printedUnread = []
        #expect(DocumentAssessor.assess(evidence, today: Self.today).confidence == .high)
        evidence.printedUnread = [.nationality]
        #expect(DocumentAssessor.assess(evidence, today: Self.today).confidence == .high)
    }

    /// A passport page in a badge holder (twenty-fourth families, 5454/012): `Given Names /
    /// Prénoms` read in two pieces, `Given N` and `ames / Prénoms`, its value `ABENA` under the
    /// second, and `Authority / Autorité` under the first: a caption, no given names.
    @Test("the caption of what no field of ours is, under a label, is no value")
    func authorityCaptionNoName() {
        let fields = VisualZoneParser.fields([Self.line("Given N", 513, 559, 63, 17), Self.line("Authority / Autorité", 557, 624, 165, 28)],
                                             today: Self.today)
        #expect(fields[.givenNames] == nil)
    }

    /// A `D` blurred by the camera's motion, its bowl short of the baseline (twenty-fourth
    /// families, 5555/022): the printed `DW1550794` read `PW1550794`.
    @Test("D read as P in a printed number is a misreading")
    func numberDReadAsP() {
        #expect(PrintedFieldCorrection.explainedByOCR(.documentNumber, "PW1550794", "DW1550794"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.documentNumber, "AW1550794", "DW1550794"))  // A is no D
    }

    /// Unparseable printed dates and where they stand (twenty-third families, 5252/025): a slip's
    /// `Date of Birth | 98-02-2003`, its day misread, is found to be read again on its own.
    @Test("a labelled date that did not read as a date is placed, to be read again")
    func unreadDatePlaced() {
        let lines = [Self.line("Date of Birth", 363, 442, 109, 17), Self.line("| 98-02-2003", 600, 425, 209, 51),
                     Self.line("Sex", 363, 499, 30, 16), Self.line("M", 600, 481, 38, 51)]
        #expect(VisualZoneParser.fields(lines, today: Self.today)[.dateOfBirth] == nil)
        let regions = VisualZoneParser.unreadDateRegions(lines, today: Self.today)
        #expect(regions[.dateOfBirth].map { $0.left >= 600 && $0.top == 425 } == true, "\(regions)")
        #expect(regions[.expiryDate] == nil)
    }

    /// A passport page's condensed `CZ3142196` read `£23142196` (twenty-fifth families,
    /// 5656/012): the sign dropped, the `Z` read `2`. The rest was read, with a look-alike.
    @Test("a number read in part, with a look-alike at its cut end, is a misreading")
    func numberReadInPartWithLookalike() {
        #expect(PrintedFieldCorrection.explainedByOCR(.documentNumber, "23142196", "CZ3142196"))
        #expect(!PrintedFieldCorrection.explainedByOCR(.documentNumber, "93142196", "CZ3142196"))  // 9 is no Z
        #expect(!PrintedFieldCorrection.explainedByOCR(.documentNumber, "23142197", "CZ3142196"))  // an edited digit
    }

    /// A date read in two pieces whose boxes differ in height (twenty-fifth families, 5656/012):
    /// `12/` and `Oct/2003`, the month's slash reaching lower. The issue date further down is no
    /// birth date.
    @Test("a date in two pieces of unequal height is one value")
    func dateInUnequalPieces() {
        let lines = [Self.line("Date de Naissance", 175, 398, 141, 32), Self.line("12/", 173, 425, 44, 24),
                     Self.line("Oct/2003", 212, 426, 126, 40), Self.line("15/Dec/2022", 157, 510, 177, 46)]
        #expect(VisualZoneParser.fields(lines, today: Self.today)[.dateOfBirth]?.value == "2003-10-12")
        // `Sep 22,` boxed twice as high as `1991` (5656/023), no label read.
        let unlabelled = [Self.line("NCUBE", 654, 549, 99, 56), Self.line("Sep 22,", 649, 722, 99, 56),
                          Self.line("1991", 761, 749, 52, 25), Self.line("Jul 05, 2034", 919, 811, 188, 68)]
        #expect(VisualZoneParser.fields(unlabelled, today: Self.today)[.dateOfBirth]?.value == "1991-09-22")
    }
}
