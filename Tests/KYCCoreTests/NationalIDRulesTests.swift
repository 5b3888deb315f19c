import Testing
import KYCCore

@Suite("National ID number rules")
struct NationalIDRulesTests {
    @Test("Zimbabwe: mod-23 check letter (worked examples)")
    func zimbabwe() {
        let first = NationalIDRules.check("50-2001148W50", country: "ZW")
        #expect(first.valid && first.checksumValid == true)
        #expect(first.normalized == "50-2001148-W-50")
        #expect(NationalIDRules.check("082047823Q29", country: "ZW").valid)
        #expect(NationalIDRules.check("08-2047823-Q-29", country: "ZW").normalized == "08-2047823-Q-29")
        let wrongLetter = NationalIDRules.check("50-2001148X50", country: "ZW")
        #expect(wrongLetter.formatValid && wrongLetter.checksumValid == false && !wrongLetter.valid)
        #expect(!NationalIDRules.check("50-20011-W50", country: "ZW").formatValid)
        // A dash read as a dot or a long dash; the check letter still decides.
        let dotted = NationalIDRules.check("06-801788-x.73", country: "ZW")
        #expect(dotted.valid && dotted.normalized == "06-801788-X-73")
        #expect(!NationalIDRules.check("06—801788-Y.73", country: "ZW").valid)
    }

    @Test("South Africa: Luhn, birth date and sex")
    func southAfrica() {
        let valid = NationalIDRules.check("7503305044089", country: "ZA")
        #expect(valid.valid)
        #expect(valid.encodedBirthDate == "1975-03-30")
        #expect(valid.encodedSex == "M")
        #expect(NationalIDRules.check("8503305044089", country: "ZA").checksumValid == false)
        #expect(!NationalIDRules.check("7513305044089", country: "ZA").formatValid, "month 13")
        #expect(!NationalIDRules.check("750330504408", country: "ZA").formatValid)
    }

    @Test("formats and encoded fields of the other countries")
    func others() {
        #expect(NationalIDRules.check("12345678901", country: "NG").valid)
        #expect(!NationalIDRules.check("1234567890", country: "NG").valid)
        #expect(NationalIDRules.check("12345678", country: "KE").valid)
        #expect(NationalIDRules.check("GHA-123456789-0", country: "GH").valid)
        #expect(!NationalIDRules.check("GHA-12345678-0", country: "GH").valid)
        #expect(NationalIDRules.check("GHA1234567890", country: "GH").normalized == "GHA-123456789-0", "as the card's MRZ carries it")
        #expect(!NationalIDRules.check("GHA-123456789", country: "GH").valid, "its last digit cut off")
        let uganda = NationalIDRules.check("CM90123456789A", country: "UG")
        #expect(uganda.valid && uganda.encodedSex == "M" && uganda.encodedBirthYear == 1990)
        let rwanda = NationalIDRules.check("1199070012345678", country: "RW")
        #expect(rwanda.valid && rwanda.encodedBirthYear == 1990 && rwanda.encodedSex == "F")
        #expect(!NationalIDRules.check("1185080012345678", country: "RW").valid, "born 1850")
        let tanzania = NationalIDRules.check("19900115-12345-00001-23", country: "TZ")
        #expect(tanzania.valid && tanzania.encodedBirthDate == "1990-01-15")
        #expect(NationalIDRules.check("123456/78/1", country: "ZM").valid)
        #expect(!NationalIDRules.check("123456/78/4", country: "ZM").valid)
        let egypt = NationalIDRules.check("29001150101234", country: "EG")
        #expect(egypt.valid && egypt.encodedBirthDate == "1990-01-15" && egypt.encodedSex == "M")
        #expect(egypt.checksumValid == nil && !egypt.hints.isEmpty, "unverified rules only lower confidence")
        #expect(NationalIDRules.check("123415678", country: "BW").encodedSex == "M")
        #expect(!NationalIDRules.check("1", country: "XX").valid)
    }
}
