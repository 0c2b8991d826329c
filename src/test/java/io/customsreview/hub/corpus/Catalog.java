package io.customsreview.hub.corpus;

import java.util.List;
import java.util.Map;

/** Embedded reference data: goods with real HS codes, companies, ports, carriers, insurers. */
final class Catalog {
    private Catalog() {
    }

    /**
     * Goods: HS subheading (valid), a national 4-digit extension, two wordings of the same goods, unit,
     * USD price range, net kg per unit, units per carton, carton tare kg, another VALID subheading (for
     * HS_CODE_MISMATCH) and an INVALID 6-digit code (for HS_CODE_INVALID).
     */
    record Goods(String hs6, String ext, String description, String altDescription, String unit,
                 double minPrice, double maxPrice, double netPerUnit, int unitsPerCarton, double tare,
                 String altHs6, String invalidHs6) {
    }

    static final List<Goods> GOODS = List.of(
            new Goods("847130", "0000", "Laptop computer 14 inch, Intel Core i5, 16GB RAM", "Notebook PC 14\", i5 / 16 GB", "PCS", 260, 640, 1.6, 5, 2.2, "847141", "847139"),
            new Goods("851762", "0090", "Wireless router, dual band AC1200", "WiFi routers AC1200, 2.4/5 GHz", "PCS", 14, 42, 0.45, 20, 1.4, "851769", "851768"),
            new Goods("610910", "0010", "Men's T-shirts, 100% cotton, knitted", "Cotton knit tee shirts for men", "PCS", 1.8, 4.6, 0.19, 100, 1.1, "610990", "610919"),
            new Goods("940360", "1000", "Wooden bookcase, oak veneer, 5 shelves", "Timber shelving unit (bookshelf), oak", "SETS", 38, 95, 24.0, 1, 3.5, "940350", "940369"),
            new Goods("392690", "9790", "Plastic storage boxes with lid, 30 L", "PP storage containers 30 litre with cover", "PCS", 1.2, 3.9, 0.9, 12, 0.8, "392410", "392699"),
            new Goods("870899", "9790", "Steel suspension brackets for motor vehicles", "Vehicle chassis mounting brackets, steel", "PCS", 3.5, 12, 1.3, 40, 1.5, "870830", "870898"),
            new Goods("030617", "9200", "Frozen shrimps, peeled and deveined, 21/25", "Frozen prawns, P&D, 21-25 count", "KGS", 6.5, 11.5, 1.0, 10, 0.9, "030616", "030618"),
            new Goods("620342", "4010", "Men's denim jeans, 100% cotton", "Cotton denim trousers for men", "PCS", 4.5, 12.5, 0.62, 50, 1.2, "620343", "620348"),
            new Goods("640399", "9600", "Safety shoes with leather uppers, steel toe", "Leather-upper work footwear, steel toecap", "PRS", 8.5, 21, 1.25, 10, 1.0, "640391", "640398"),
            new Goods("730890", "9899", "Galvanized steel structural brackets", "Hot-dip galvanised steel structure parts", "PCS", 2.2, 9.5, 2.4, 25, 1.8, "730840", "730899"),
            new Goods("850440", "8300", "Power adapter 65W, AC/DC, universal input", "Switching power supply 65 W", "PCS", 3.8, 9.9, 0.32, 50, 1.2, "850431", "850449"),
            new Goods("940542", "1000", "LED panel light 600x600 mm, 40W", "LED ceiling panel luminaire 60x60", "PCS", 7.5, 19, 2.1, 4, 1.3, "940549", "940547"),
            new Goods("847330", "2000", "DDR4 memory modules 16GB", "RAM modules, DDR4, 16 GB", "PCS", 18, 39, 0.02, 200, 0.9, "847350", "847339"),
            new Goods("691110", "1000", "Porcelain dinnerware set, 16 pieces", "Porcelain tableware set (16 pcs)", "SETS", 9.5, 26, 5.2, 4, 1.5, "691200", "691119"),
            new Goods("420212", "9000", "Trolley suitcase, polycarbonate shell, 24 inch", "Hard-shell travel luggage 24\"", "PCS", 14, 36, 3.4, 3, 1.6, "420292", "420218"),
            new Goods("950300", "7590", "Plush toys, stuffed animals, assorted", "Soft toys (stuffed animal figures)", "PCS", 1.1, 4.2, 0.15, 60, 1.0, "950490", "950309"),
            new Goods("090111", "0000", "Green coffee beans, Arabica, not roasted", "Raw Arabica coffee, unroasted", "KGS", 3.2, 6.8, 1.0, 60, 0.5, "090121", "090119"),
            new Goods("401110", "0000", "Passenger car tyres 205/55R16, radial", "New pneumatic radial tyres for cars 205/55 R16", "PCS", 22, 48, 8.4, 1, 0.0, "401120", "401119"),
            new Goods("851830", "9500", "Bluetooth headphones, over-ear", "Wireless headsets, over-ear type", "PCS", 6.5, 24, 0.28, 40, 1.3, "851822", "851839"),
            new Goods("732393", "0080", "Stainless steel cookware set, 7 pieces", "Stainless steel pots and pans set (7 pcs)", "SETS", 12, 35, 4.6, 4, 1.4, "732394", "732398"),
            new Goods("841510", "9000", "Split air conditioner 12000 BTU, wall mounted", "Wall-type split AC unit, 12,000 BTU/h", "SETS", 140, 260, 38, 1, 6.0, "841582", "841519"),
            new Goods("630260", "0000", "Cotton terry bath towels 70x140 cm", "Terry towelling bath towels, cotton", "PCS", 1.9, 5.4, 0.5, 60, 1.0, "630231", "630269"));

    /** Company name parts per country: legal form and its spelled-out / differently written variant. */
    record CountryInfo(String code, String name, String[] cities, String[] postcodes, String[] streets,
                       String[][] legalForms, String[] ports) {
    }

    static final Map<String, CountryInfo> COUNTRIES = Map.ofEntries(
            Map.entry("CN", new CountryInfo("CN", "China", new String[]{"Shanghai", "Ningbo", "Shenzhen", "Qingdao", "Xiamen", "Guangzhou"},
                    new String[]{"200120", "315040", "518000", "266000", "361000", "510000"},
                    new String[]{"No. %d Zhangjiang Road, Pudong", "Room %d, Building 3, Jiangnan Avenue", "%d Huaqiang North Road, Futian District", "No. %d Xianggang Middle Road"},
                    new String[][]{{"Co., Ltd.", "Company Limited"}, {"Industrial Co., Ltd.", "Industrial Company Limited"}, {"Import & Export Co., Ltd.", "Imp. & Exp. Co. Ltd"}},
                    new String[]{"SHA", "NGB", "YTN", "TAO", "XMN"})),
            Map.entry("VN", new CountryInfo("VN", "Viet Nam", new String[]{"Ho Chi Minh City", "Hai Phong", "Binh Duong"},
                    new String[]{"700000", "180000", "820000"}, new String[]{"%d Nguyen Van Linh Street, District 7", "Lot %d, VSIP Industrial Park"},
                    new String[][]{{"Joint Stock Company", "JSC"}, {"Co., Ltd.", "Company Limited"}}, new String[]{"SGN", "HPH"})),
            Map.entry("IN", new CountryInfo("IN", "India", new String[]{"Mumbai", "Chennai", "Tiruppur"}, new String[]{"400001", "600032", "641604"},
                    new String[]{"%d Marine Drive, Nariman Point", "Plot %d, SIPCOT Industrial Estate"},
                    new String[][]{{"Pvt. Ltd.", "Private Limited"}, {"Exports Pvt. Ltd.", "Exports Private Limited"}}, new String[]{"NSA", "MAA"})),
            Map.entry("DE", new CountryInfo("DE", "Germany", new String[]{"Hamburg", "Bremen", "Duesseldorf", "Stuttgart"}, new String[]{"20457", "28195", "40210", "70173"},
                    new String[]{"Am Sandtorkai %d", "Hafenstrasse %d", "Industriestrasse %d"},
                    new String[][]{{"GmbH", "G.m.b.H."}, {"Handels GmbH", "Handelsgesellschaft mbH"}, {"GmbH & Co. KG", "GmbH & Co KG"}}, new String[]{"HAM", "BRV"})),
            Map.entry("NL", new CountryInfo("NL", "Netherlands", new String[]{"Rotterdam", "Amsterdam", "Venlo"}, new String[]{"3011 AA", "1012 AB", "5928 NA"},
                    new String[]{"Wilhelminakade %d", "Marconistraat %d"}, new String[][]{{"B.V.", "BV"}}, new String[]{"RTM"})),
            Map.entry("GB", new CountryInfo("GB", "United Kingdom", new String[]{"London", "Manchester", "Birmingham"}, new String[]{"EC1A 1BB", "M1 1AE", "B1 1AA"},
                    new String[]{"%d Commercial Road", "Unit %d, Trafford Park"}, new String[][]{{"Ltd", "Limited"}, {"plc", "PLC"}}, new String[]{"FXT", "SOU"})),
            Map.entry("US", new CountryInfo("US", "United States", new String[]{"Los Angeles", "Newark", "Houston", "Savannah"}, new String[]{"CA 90021", "NJ 07102", "TX 77002", "GA 31401"},
                    new String[]{"%d Commerce Street", "%d Industrial Parkway, Suite 200"}, new String[][]{{"Inc.", "Incorporated"}, {"LLC", "L.L.C."}, {"Corp.", "Corporation"}}, new String[]{"LAX", "LGB", "NYC", "SAV"})),
            Map.entry("FR", new CountryInfo("FR", "France", new String[]{"Le Havre", "Lyon", "Paris"}, new String[]{"76600", "69002", "75008"},
                    new String[]{"%d Quai de Southampton", "%d Rue de la Republique"}, new String[][]{{"S.A.", "SA"}, {"S.A.S.", "SAS"}}, new String[]{"LEH"})),
            Map.entry("ES", new CountryInfo("ES", "Spain", new String[]{"Valencia", "Barcelona", "Madrid"}, new String[]{"46024", "08039", "28001"},
                    new String[]{"Calle del Puerto %d", "Avenida Diagonal %d"}, new String[][]{{"S.A.", "Sociedad Anonima"}, {"S.L.", "Sociedad Limitada"}}, new String[]{"VLC", "BCN"})),
            Map.entry("IT", new CountryInfo("IT", "Italy", new String[]{"Genoa", "Milan"}, new String[]{"16126", "20121"},
                    new String[]{"Via del Porto %d", "Via Torino %d"}, new String[][]{{"S.p.A.", "SpA"}, {"S.r.l.", "Srl"}}, new String[]{"GOA"})),
            Map.entry("PL", new CountryInfo("PL", "Poland", new String[]{"Gdansk", "Warsaw"}, new String[]{"80-001", "00-001"},
                    new String[]{"ul. Portowa %d", "ul. Marszalkowska %d"}, new String[][]{{"Sp. z o.o.", "Sp. z.o.o."}}, new String[]{"GDN"})),
            Map.entry("JP", new CountryInfo("JP", "Japan", new String[]{"Yokohama", "Osaka", "Tokyo"}, new String[]{"231-0023", "530-0001", "100-0005"},
                    new String[]{"%d-2-1 Minato Mirai, Nishi-ku", "%d-1 Umeda, Kita-ku"}, new String[][]{{"Co., Ltd.", "Company Limited"}, {"Corporation", "Corp."}}, new String[]{"YOK"})),
            Map.entry("SG", new CountryInfo("SG", "Singapore", new String[]{"Singapore"}, new String[]{"018956"},
                    new String[]{"%d Raffles Place, #12-01", "%d Jurong Port Road"}, new String[][]{{"Pte. Ltd.", "Private Limited"}}, new String[]{"SIN"})),
            Map.entry("KR", new CountryInfo("KR", "Korea, Republic of", new String[]{"Busan", "Seoul"}, new String[]{"48939", "04524"},
                    new String[]{"%d Jungang-daero, Jung-gu", "%d Teheran-ro, Gangnam-gu"}, new String[][]{{"Co., Ltd.", "Company Limited"}}, new String[]{"PUS"})),
            Map.entry("BR", new CountryInfo("BR", "Brazil", new String[]{"Santos", "Sao Paulo"}, new String[]{"11010-000", "01310-100"},
                    new String[]{"Rua do Comercio %d", "Avenida Paulista %d"}, new String[][]{{"Ltda.", "Limitada"}}, new String[]{"SSZ"})),
            Map.entry("TR", new CountryInfo("TR", "Turkey", new String[]{"Istanbul", "Izmir"}, new String[]{"34000", "35000"},
                    new String[]{"Liman Caddesi No: %d", "Ataturk Bulvari No: %d"}, new String[][]{{"A.S.", "Anonim Sirketi"}, {"Ltd. Sti.", "Limited Sirketi"}}, new String[]{"AMR"})));

    static final Map<String, Port> PORTS = Map.ofEntries(
            Map.entry("SHA", new Port("Shanghai", "China", "CNSHA")), Map.entry("NGB", new Port("Ningbo", "China", "CNNGB")),
            Map.entry("YTN", new Port("Yantian, Shenzhen", "China", "CNYTN")), Map.entry("TAO", new Port("Qingdao", "China", "CNTAO")),
            Map.entry("XMN", new Port("Xiamen", "China", "CNXMN")), Map.entry("SGN", new Port("Ho Chi Minh City (Cat Lai)", "Viet Nam", "VNSGN")),
            Map.entry("HPH", new Port("Haiphong", "Viet Nam", "VNHPH")), Map.entry("NSA", new Port("Nhava Sheva", "India", "INNSA")),
            Map.entry("MAA", new Port("Chennai", "India", "INMAA")), Map.entry("HAM", new Port("Hamburg", "Germany", "DEHAM")),
            Map.entry("BRV", new Port("Bremerhaven", "Germany", "DEBRV")), Map.entry("RTM", new Port("Rotterdam", "Netherlands", "NLRTM")),
            Map.entry("FXT", new Port("Felixstowe", "United Kingdom", "GBFXT")), Map.entry("SOU", new Port("Southampton", "United Kingdom", "GBSOU")),
            Map.entry("LAX", new Port("Los Angeles", "United States", "USLAX")), Map.entry("LGB", new Port("Long Beach", "United States", "USLGB")),
            Map.entry("NYC", new Port("New York / Newark", "United States", "USNYC")), Map.entry("SAV", new Port("Savannah", "United States", "USSAV")),
            Map.entry("LEH", new Port("Le Havre", "France", "FRLEH")), Map.entry("VLC", new Port("Valencia", "Spain", "ESVLC")),
            Map.entry("BCN", new Port("Barcelona", "Spain", "ESBCN")), Map.entry("GOA", new Port("Genoa", "Italy", "ITGOA")),
            Map.entry("GDN", new Port("Gdansk", "Poland", "PLGDN")), Map.entry("YOK", new Port("Yokohama", "Japan", "JPYOK")),
            Map.entry("SIN", new Port("Singapore", "Singapore", "SGSIN")), Map.entry("PUS", new Port("Busan", "Korea, Republic of", "KRPUS")),
            Map.entry("SSZ", new Port("Santos", "Brazil", "BRSSZ")), Map.entry("AMR", new Port("Istanbul (Ambarli)", "Turkey", "TRAMR")),
            Map.entry("ANR", new Port("Antwerp", "Belgium", "BEANR")));

    static final List<String> EXPORTERS = List.of("CN", "CN", "CN", "VN", "IN", "DE", "JP", "KR", "TR", "IT", "SG");
    static final List<String> IMPORTERS = List.of("DE", "NL", "GB", "US", "US", "FR", "ES", "IT", "PL", "BR", "JP", "SG");

    static final String[] NAME_WORDS = {"Acme", "Golden Bridge", "Evergreat", "Sunrise", "Blue Ocean", "Hanseatic", "Northstar",
            "Orient Star", "Pacific Rim", "Silverline", "Redwood", "Delta", "Jade River", "Alpine", "Harbourside", "Meridian",
            "Crown", "Lotus", "Greenfield", "Atlas", "Nordwind", "Vanguard", "Sakura", "Anatolia", "Rialto", "Bosphorus", "Everbright"};
    static final String[] NAME_TRADES = {"Trading", "Electronics", "Textiles", "Home Goods", "Industries", "Logistics", "Supply",
            "Commerce", "Manufacturing", "Distribution", "Imports", "Global Sourcing", "Hardware"};

    /** Carrier: name, B/L prefix, container owner codes, vessels. */
    record Carrier(String name, String blPrefix, int blDigits, String[] owners, String[] vessels, String sealPrefix) {
    }

    static final List<Carrier> CARRIERS = List.of(
            new Carrier("COSCO SHIPPING Lines Co., Ltd.", "COSU", 10, new String[]{"CSNU", "CBHU", "FCIU"}, new String[]{"COSCO SHIPPING ARIES", "COSCO SHIPPING TAURUS", "CSCL SATURN"}, "CN"),
            new Carrier("Maersk A/S", "MAEU", 9, new String[]{"MSKU", "MRKU", "MAEU"}, new String[]{"MAERSK ESSEN", "MAERSK HIDALGO", "MARIE MAERSK"}, "ML-"),
            new Carrier("Mediterranean Shipping Company S.A.", "MEDU", 8, new String[]{"MSCU", "MEDU", "TGHU"}, new String[]{"MSC GULSUN", "MSC OSCAR", "MSC ANNA"}, "FX"),
            new Carrier("Hapag-Lloyd AG", "HLCU", 10, new String[]{"HLXU", "HLBU", "TCNU"}, new String[]{"BERLIN EXPRESS", "HAMBURG EXPRESS", "AL ZUBARA"}, "HLG"),
            new Carrier("Ocean Network Express Pte. Ltd.", "ONEY", 10, new String[]{"ONEU", "TCLU", "SEGU"}, new String[]{"ONE APUS", "ONE STORK", "ONE MINATO"}, "ONE"),
            new Carrier("Evergreen Marine Corp. (Taiwan) Ltd.", "EGLV", 12, new String[]{"EGHU", "EISU", "EMCU"}, new String[]{"EVER ACE", "EVER GIVEN", "EVER GLORY"}, "EMC"),
            new Carrier("CMA CGM S.A.", "CMDU", 9, new String[]{"CMAU", "TRHU", "ECMU"}, new String[]{"CMA CGM JACQUES SAADE", "CMA CGM ANTOINE DE SAINT EXUPERY"}, "C"),
            new Carrier("HMM Co., Ltd.", "HDMU", 10, new String[]{"HDMU", "KOCU", "TEMU"}, new String[]{"HMM ALGECIRAS", "HMM OSLO"}, "HD"));

    static final List<String[]> INSURERS = List.of(
            new String[]{"PICC Property and Casualty Company Limited", "CN"},
            new String[]{"Ping An Property & Casualty Insurance Company of China, Ltd.", "CN"},
            new String[]{"Allianz Global Corporate & Specialty SE", "DE"},
            new String[]{"AXA XL Insurance Company UK Limited", "GB"},
            new String[]{"Zurich Insurance plc", "IE"},
            new String[]{"Tokio Marine & Nichido Fire Insurance Co., Ltd.", "JP"},
            new String[]{"Chubb European Group SE", "FR"});

    static final Map<String, String> CUSTOMS = Map.ofEntries(
            Map.entry("DE", "Generalzolldirektion - Hauptzollamt Hamburg"), Map.entry("NL", "Belastingdienst/Douane Rotterdam"),
            Map.entry("GB", "HM Revenue & Customs"), Map.entry("US", "U.S. Customs and Border Protection"),
            Map.entry("FR", "Direction generale des douanes et droits indirects"), Map.entry("ES", "Agencia Tributaria - Aduanas"),
            Map.entry("IT", "Agenzia delle Dogane e dei Monopoli"), Map.entry("PL", "Krajowa Administracja Skarbowa - Urzad Celny"),
            Map.entry("BR", "Receita Federal do Brasil - Alfandega"), Map.entry("JP", "Japan Customs - Yokohama Customs"),
            Map.entry("SG", "Singapore Customs"));

    static final Map<String, String> CHAMBERS = Map.ofEntries(
            Map.entry("CN", "China Council for the Promotion of International Trade"), Map.entry("VN", "Vietnam Chamber of Commerce and Industry"),
            Map.entry("IN", "Federation of Indian Export Organisations"), Map.entry("DE", "Handelskammer Hamburg"),
            Map.entry("JP", "The Japan Chamber of Commerce and Industry"), Map.entry("KR", "Korea Chamber of Commerce and Industry"),
            Map.entry("TR", "Istanbul Chamber of Commerce"), Map.entry("IT", "Camera di Commercio di Milano"),
            Map.entry("SG", "Singapore Business Federation"));

    static final List<String> BROKERS = List.of("Kuehne + Nagel", "DHL Global Forwarding", "DB Schenker", "Expeditors International",
            "Rhenus Logistics", "Geodis", "Bollore Logistics", "Hellmann Worldwide Logistics", "Nippon Express");

    static final List<String> CURRENCIES = List.of("USD", "USD", "USD", "USD", "EUR", "EUR", "GBP", "CNY", "JPY");
    static final Map<String, Double> USD_RATE = Map.of("USD", 1.0, "EUR", 0.92, "GBP", 0.79, "CNY", 7.2, "JPY", 150.0);

    static final List<String> INCOTERMS = List.of("FOB", "FOB", "CIF", "CIF", "CIP", "EXW", "DAP", "CFR", "FCA", "CIF");
}
