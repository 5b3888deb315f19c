import Foundation

/// Country names, ISO 3166-1 alpha-3 and alpha-2 codes, and the nationality words documents
/// print (`ZIMBABWEAN`, `RSA`), for the countries whose documents we expect.
public enum CountryNames {
    public struct Country: Sendable, Equatable {
        public let alpha3: String
        public let alpha2: String
        public let name: String
        let words: [String]
    }

    // alpha-3 | alpha-2 | name | other words printed for the nationality
    private static let table = """
    DZA|DZ|Algeria|ALGERIAN;AGO|AO|Angola|ANGOLAN;BEN|BJ|Benin|BENINESE;BWA|BW|Botswana|MOTSWANA,BATSWANA,BOTSWANAN
    BFA|BF|Burkina Faso|BURKINABE;BDI|BI|Burundi|BURUNDIAN;CPV|CV|Cabo Verde|CAPE VERDEAN,CAPE VERDE;CMR|CM|Cameroon|CAMEROONIAN,CAMEROUN
    CAF|CF|Central African Republic|CENTRAL AFRICAN;TCD|TD|Chad|CHADIAN,TCHAD;COM|KM|Comoros|COMORAN;COG|CG|Congo|CONGOLESE
    COD|CD|Democratic Republic of the Congo|DR CONGO,RDC;CIV|CI|Côte d'Ivoire|IVORIAN,IVOIRIENNE,IVOIRIEN,COTE D'IVOIRE
    DJI|DJ|Djibouti|DJIBOUTIAN;EGY|EG|Egypt|EGYPTIAN;GNQ|GQ|Equatorial Guinea|EQUATOGUINEAN;ERI|ER|Eritrea|ERITREAN
    SWZ|SZ|Eswatini|SWAZI,SWAZILAND;ETH|ET|Ethiopia|ETHIOPIAN;GAB|GA|Gabon|GABONESE;GMB|GM|Gambia|GAMBIAN;GHA|GH|Ghana|GHANAIAN
    GIN|GN|Guinea|GUINEAN,GUINEE;GNB|GW|Guinea-Bissau|BISSAU-GUINEAN;KEN|KE|Kenya|KENYAN;LSO|LS|Lesotho|MOSOTHO,BASOTHO
    LBR|LR|Liberia|LIBERIAN;LBY|LY|Libya|LIBYAN;MDG|MG|Madagascar|MALAGASY;MWI|MW|Malawi|MALAWIAN;MLI|ML|Mali|MALIAN
    MRT|MR|Mauritania|MAURITANIAN;MUS|MU|Mauritius|MAURITIAN;MAR|MA|Morocco|MOROCCAN,MAROC;MOZ|MZ|Mozambique|MOZAMBICAN,MOCAMBICANA,MOCAMBIQUE
    NAM|NA|Namibia|NAMIBIAN;NER|NE|Niger|NIGERIEN;NGA|NG|Nigeria|NIGERIAN;RWA|RW|Rwanda|RWANDAN,RWANDAISE
    STP|ST|Sao Tome and Principe|SANTOMEAN;SEN|SN|Senegal|SENEGALESE,SENEGALAISE;SYC|SC|Seychelles|SEYCHELLOIS
    SLE|SL|Sierra Leone|SIERRA LEONEAN;SOM|SO|Somalia|SOMALI;ZAF|ZA|South Africa|SOUTH AFRICAN,RSA;SSD|SS|South Sudan|SOUTH SUDANESE
    SDN|SD|Sudan|SUDANESE;TZA|TZ|Tanzania|TANZANIAN;TGO|TG|Togo|TOGOLESE;TUN|TN|Tunisia|TUNISIAN;UGA|UG|Uganda|UGANDAN
    ZMB|ZM|Zambia|ZAMBIAN;ZWE|ZW|Zimbabwe|ZIMBABWEAN
    GBR|GB|United Kingdom|BRITISH,BRITISH CITIZEN;USA|US|United States|AMERICAN,UNITED STATES OF AMERICA;CAN|CA|Canada|CANADIAN
    FRA|FR|France|FRENCH,FRANCAISE;DEU|DE|Germany|GERMAN,DEUTSCH,D;PRT|PT|Portugal|PORTUGUESE,PORTUGUESA;ESP|ES|Spain|SPANISH,ESPANOLA
    ITA|IT|Italy|ITALIAN,ITALIANA;NLD|NL|Netherlands|DUTCH,NEDERLANDSE;BEL|BE|Belgium|BELGIAN;CHE|CH|Switzerland|SWISS
    AUT|AT|Austria|AUSTRIAN;POL|PL|Poland|POLISH,POLSKIE;CZE|CZ|Czechia|CZECH,CESKA REPUBLIKA;HUN|HU|Hungary|HUNGARIAN
    ROU|RO|Romania|ROMANIAN;HRV|HR|Croatia|CROATIAN;SVN|SI|Slovenia|SLOVENIAN;LTU|LT|Lithuania|LITHUANIAN;LVA|LV|Latvia|LATVIAN
    FIN|FI|Finland|FINNISH;ISL|IS|Iceland|ICELANDIC;LUX|LU|Luxembourg|LUXEMBOURGISH;IRL|IE|Ireland|IRISH;SWE|SE|Sweden|SWEDISH
    NOR|NO|Norway|NORWEGIAN;DNK|DK|Denmark|DANISH;GRC|GR|Greece|GREEK;TUR|TR|Türkiye|TURKISH;RUS|RU|Russia|RUSSIAN
    UKR|UA|Ukraine|UKRAINIAN;CHN|CN|China|CHINESE;TWN|TW|Taiwan|TAIWANESE;JPN|JP|Japan|JAPANESE;IND|IN|India|INDIAN
    PAK|PK|Pakistan|PAKISTANI;BGD|BD|Bangladesh|BANGLADESHI;ARE|AE|United Arab Emirates|EMIRATI;SAU|SA|Saudi Arabia|SAUDI
    LBN|LB|Lebanon|LEBANESE;ISR|IL|Israel|ISRAELI;AUS|AU|Australia|AUSTRALIAN;NZL|NZ|New Zealand|NEW ZEALANDER
    BRA|BR|Brazil|BRAZILIAN,BRASILEIRA;MEX|MX|Mexico|MEXICAN;MKD|MK|North Macedonia|MACEDONIAN;UTO|UT|Utopia|UTOPIAN
    """.split(whereSeparator: { $0 == ";" || $0.isNewline }).compactMap { entry -> Country? in
        let parts = entry.trimmingCharacters(in: .whitespaces).split(separator: "|").map(String.init)
        guard parts.count == 4 else { return nil }
        return Country(alpha3: parts[0], alpha2: parts[1], name: parts[2], words: parts[3].split(separator: ",").map(String.init))
    }

    private static let byWord: [String: Country] = {
        var index: [String: Country] = [:]
        for country in table {
            for word in [country.alpha3, country.name.uppercased()] + country.words where index[word] == nil {
                index[word] = country
            }
        }
        return index
    }()

    /// The country a printed nationality, country name or code stands for. Not a two-letter
    /// code: documents print the holder's nationality as a word or as the MRZ's three-letter code,
    /// and two letters there are a misread label's remains (`| PL` of `PLACE OF BIRTH` taken for
    /// Poland).
    public static func country(_ text: String) -> Country? {
        let key = text.uppercased().folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: "<", with: "").trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        if let country = byWord[key] { return country }
        return nearWord(key)
    }

    /// A long nationality word with one letter misread (`ZMBABWEAN`) is still that word, when
    /// no other word is as near.
    private static func nearWord(_ key: String) -> Country? {
        guard key.count >= 6 else { return nil }
        let letters = Array(key)
        let near = byWord.filter { word, _ in
            abs(word.count - letters.count) <= 1 && DocumentAssessor.editDistance(Array(word), letters) <= 1
        }
        let countries = Set(near.values.map(\.alpha3))
        return countries.count == 1 ? near.first?.value : nil
    }

    /// Every code an MRZ may carry for a state: the ISO 3166-1 alpha-3 codes (Debian's
    /// iso-codes 4.15) and ICAO 9303's own (Germany's `D`, the British variants, the United
    /// Nations, stateless persons and refugees, the EU, Kosovo, Utopia for specimens).
    private static let stateCodes: Set<String> = Set("""
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
    BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
    COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
    FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
    HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
    KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
    MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
    NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
    SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
    TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
    VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
    D GBD GBN GBO GBP GBS UNO UNA UNK XXA XXB XXC XXX EUE XOM XPO XCC XBA XIM XCE XDC XEC XES XMP RKS UTO
    """.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init))

    /// Whether an MRZ state code (fillers removed) names a state.
    public static func isStateCode(_ code: String) -> Bool { stateCodes.contains(code) }

    /// The country a code (alpha-2 or alpha-3) stands for.
    public static func code(_ code: String) -> Country? {
        let key = code.uppercased()
        return table.first { $0.alpha3 == key || $0.alpha2 == key } ?? (key == "D" ? byWord["D"] : nil)
    }

    /// The country whose name a header spells out ("REPUBLIC OF SOUTH AFRICA"), whole words only.
    public static func named(in text: String) -> Country? {
        let words = text.uppercased().folding(options: .diacriticInsensitive, locale: nil)
            .split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        let padded = " \(words) "
        return table.sorted { $0.name.count > $1.name.count }
            .first { padded.contains(" " + $0.name.uppercased() + " ") }
    }
}
