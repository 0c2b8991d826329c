package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customsreview.hub.domain.DocumentType.BILL_OF_LADING;
import static io.customsreview.hub.domain.DocumentType.CONTRACT;
import static io.customsreview.hub.domain.DocumentType.DECLARATION;
import static io.customsreview.hub.domain.DocumentType.INSURANCE;
import static io.customsreview.hub.domain.DocumentType.INVOICE;
import static io.customsreview.hub.domain.DocumentType.PACKING_LIST;
import static io.customsreview.hub.rules.RuleTesting.check;
import static org.assertj.core.api.Assertions.assertThat;

class TransportRulesTest {

    @Test
    void aDifferentPackageCountIsAMismatch() {
        assertThat(check(new PackageCountRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new PackageCountRule(), CleanDossier.create().set(BILL_OF_LADING, Field.PACKAGE_COUNT, "24"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PACKAGE_COUNT_MISMATCH");
            assertThat(f.message()).isEqualTo("Package count 24 on bill of lading d4 differs from 25 on packing list d3");
        });
    }

    @Test
    void aDottedZeroReadInDoubtAsAZeroAndASixIsTheCountMisread() {
        // "150 CTNS" in Courier (its zero dotted) read "1506 CTNS" at 0.69 on a degraded declaration: a false
        // PACKAGE_COUNT_MISMATCH
        CleanDossier dotted = CleanDossier.create().set(PACKING_LIST, Field.PACKAGE_COUNT, "150")
                .set(BILL_OF_LADING, Field.PACKAGE_COUNT, "150")
                .scanned(DECLARATION, 0.69).set(DECLARATION, Field.PACKAGE_COUNT, "1506");
        assertThat(check(new PackageCountRule(), dotted)).isEmpty();
        CleanDossier sure = CleanDossier.create().set(PACKING_LIST, Field.PACKAGE_COUNT, "150")
                .set(BILL_OF_LADING, Field.PACKAGE_COUNT, "150")
                .scanned(DECLARATION, 0.95).set(DECLARATION, Field.PACKAGE_COUNT, "1506");
        assertThat(check(new PackageCountRule(), sure)).as("read surely").hasSize(1);
        CleanDossier otherDigit = CleanDossier.create().set(PACKING_LIST, Field.PACKAGE_COUNT, "150")
                .set(BILL_OF_LADING, Field.PACKAGE_COUNT, "150")
                .scanned(DECLARATION, 0.69).set(DECLARATION, Field.PACKAGE_COUNT, "1502");
        assertThat(check(new PackageCountRule(), otherDigit)).as("no dot's look-alike").hasSize(1);
    }

    @Test
    void grossWeightsWithinATenthOfAPercentAgree() {
        // 1250.5 kg on packing list and B/L, 1250 kg on the declaration: 0.04 % apart
        assertThat(check(new GrossWeightRule(), CleanDossier.create())).isEmpty();
        assertThat(check(new GrossWeightRule(), CleanDossier.create().set(DECLARATION, Field.GROSS_WEIGHT, "1249.3")))
                .isEmpty();
    }

    @Test
    void grossWeightsFurtherApartAreAMismatch() {
        List<Finding> findings = check(new GrossWeightRule(),
                CleanDossier.create().set(DECLARATION, Field.GROSS_WEIGHT, "1240"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("GROSS_WEIGHT_MISMATCH");
            assertThat(f.message()).isEqualTo(
                    "Gross weight 1,240 kg on declaration d5 differs from 1,250.5 kg on packing list d3 by 10.5 kg");
        });
    }

    @Test
    void netWeightsAreComparedTheSameWay() {
        assertThat(check(new NetWeightRule(), CleanDossier.create())).isEmpty(); // 1100 and 1100.0
        assertThat(check(new NetWeightRule(), CleanDossier.create().set(DECLARATION, Field.NET_WEIGHT, "1098.9")))
                .isEmpty();
        List<Finding> findings = check(new NetWeightRule(), CleanDossier.create().set(DECLARATION, Field.NET_WEIGHT, "1098.8"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("NET_WEIGHT_MISMATCH"));
    }

    @Test
    void theSameContainersInAnotherOrderAndSpacingAgree() {
        assertThat(check(new ContainerMismatchRule(), CleanDossier.create())).isEmpty();
    }

    @Test
    void aContainerMissingFromADocumentIsAMismatch() {
        List<Finding> findings = check(new ContainerMismatchRule(),
                CleanDossier.create().set(DECLARATION, Field.CONTAINER_NUMBER, "CSQU3054383", "TGHU9988774"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CONTAINER_MISMATCH");
            assertThat(f.message()).isEqualTo("Container numbers on declaration d5 differ from those on bill of lading d4: "
                    + "MSCU1234566 not listed; TGHU9988774 listed in addition");
        });
    }

    @Test
    void aDocumentListingNoContainerIsNotCompared() {
        assertThat(check(new ContainerMismatchRule(), CleanDossier.create().remove(PACKING_LIST, Field.CONTAINER_NUMBER)))
                .isEmpty();
    }

    @Test
    void aWrongCheckDigitIsReportedOnceForEveryDocumentCarryingIt() {
        assertThat(check(new ContainerNumberInvalidRule(), CleanDossier.create())).isEmpty();
        CleanDossier dossier = CleanDossier.create()
                .set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "CSQU3054383", "MSCU1234565")
                .set(PACKING_LIST, Field.CONTAINER_NUMBER, "CSQU3054383", "MSCU 123456 5");
        List<Finding> findings = check(new ContainerNumberInvalidRule(), dossier);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CONTAINER_NUMBER_INVALID");
            assertThat(f.message()).isEqualTo("Container number MSCU1234565 on packing list d3 and bill of lading d4 "
                    + "fails its ISO 6346 check digit: 5 given, 6 expected");
            assertThat(f.evidence()).hasSize(2);
        });
    }

    @Test
    void aMalformedContainerNumberIsInvalid() {
        List<Finding> findings = check(new ContainerNumberInvalidRule(),
                CleanDossier.create().set(BILL_OF_LADING, Field.CONTAINER_NUMBER, "CSQU3054383", "MSC123456"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("4 letters and 7 digits"));
    }

    @Test
    void portsWrittenAsNameWithCountryOrAsCodeAreNoMismatch() {
        // B/L "Shanghai, China" / "HAMBURG"; declaration "CNSHA" / "Port of Hamburg (DE)"
        assertThat(check(new PortRule(), CleanDossier.create())).isEmpty();
    }

    @Test
    void aDifferentPortNameIsAMismatch() {
        List<Finding> findings = check(new PortRule(),
                CleanDossier.create().set(DECLARATION, Field.PORT_OF_DISCHARGE, "Rotterdam, Netherlands"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PORT_MISMATCH");
            assertThat(f.message()).isEqualTo(
                    "Port of discharge Rotterdam, Netherlands on declaration d5 differs from HAMBURG on bill of lading d4");
        });
    }

    @Test
    void twoDifferentLocodesAreAMismatchButACodeAgainstANameIsNot() {
        assertThat(check(new PortRule(), CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "CNNGB")))
                .hasSize(1);
        assertThat(check(new PortRule(), CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Ningbo")))
                .isEmpty();
    }

    @Test
    void aCodeAgainstANameIsComparedThroughThePortsTheDossierNamesWithTheirCodes() {
        // the invoice names CNSHA: "Shanghai (CNSHA)"; the declaration's bare CNSHA is then not the B/L's Ningbo
        List<Finding> findings = check(new PortRule(), CleanDossier.create()
                .set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Ningbo")
                .set(INVOICE, Field.PORT_OF_LOADING, "Shanghai (CNSHA)"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
                "Port of loading Shanghai (CNSHA) on invoice d2 and declaration d5 differs from Ningbo on bill of lading d4"));
        // and it is the B/L's Shanghai
        assertThat(check(new PortRule(), CleanDossier.create()
                .set(INVOICE, Field.PORT_OF_LOADING, "Shanghai (CNSHA)"))).isEmpty();
    }

    @Test
    void aPortWrittenAsItsCountryAloneIsNoOtherPortOfThatCountry() {
        // "POD: Gdansk, Poland" on a scanned packing list, "Gdansk," not read at all: "Poland" against the B/L's
        // "Gdansk, Poland" (a false PORT_MISMATCH); another country is another port
        CleanDossier gdansk = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Gdansk, Poland")
                .set(DECLARATION, Field.PORT_OF_DISCHARGE, "PLGDN").set(INVOICE, Field.PORT_OF_DISCHARGE, "Gdansk");
        assertThat(check(new PortRule(), gdansk.set(PACKING_LIST, Field.PORT_OF_DISCHARGE, "Poland"))).isEmpty();
        assertThat(check(new PortRule(), gdansk.set(PACKING_LIST, Field.PORT_OF_DISCHARGE, "Germany"))).hasSize(1);
    }

    /** a few rows as the UN/LOCODE list has them (its CNSHA is named after the airport, ITGOA in Italian) */
    private static final UnLocodes LOCODES = UnLocodes.of(java.util.List.of(
            new UnLocodes.Location("CNSHA", "Shanghai Hongqiao International Apt", false),
            new UnLocodes.Location("CNNBO", "Ningbo", true),
            new UnLocodes.Location("ITGOA", "Genova", true),
            new UnLocodes.Location("TRAMR", "Ambarli", true),
            new UnLocodes.Location("TRIST", "Istanbul", true),
            new UnLocodes.Location("USLGB", "Long Beach", true),
            new UnLocodes.Location("USLAX", "Los Angeles", true),
            new UnLocodes.Location("PLGDN", "Gdansk", true),
            new UnLocodes.Location("PLGDY", "Gdynia", true)));

    private static List<Finding> checkListed(CleanDossier dossier) {
        return new PortRule().check(dossier.dossier(), new RuleContext(RuleSettings.defaults(),
                RuleTesting.NOMENCLATURE, null, LOCODES));
    }

    @Test
    void aCodeNoDocumentNamesIsComparedWithANameThroughTheUnLocodeList() {
        // the B/L's Ningbo against the declaration's bare CNSHA: another port of China (without the list, unproven)
        CleanDossier ningbo = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Ningbo");
        assertThat(checkListed(ningbo)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Port of loading CNSHA on declaration d5 differs from Ningbo on bill of lading d4"));
        assertThat(checkListed(CleanDossier.create())).as("Shanghai, China is the listed CNSHA").isEmpty();
        // a name the list writes within a longer one, or in brackets, is the port
        assertThat(checkListed(CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Istanbul (Ambarli)")
                .set(DECLARATION, Field.PORT_OF_LOADING, "TRAMR"))).isEmpty();
        assertThat(checkListed(CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Long Beach")
                .set(DECLARATION, Field.PORT_OF_LOADING, "USLAX"))).hasSize(1);
        // "Genoa" is no listed port of Italy (Genova): the list cannot tell, and no finding is made
        assertThat(checkListed(CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Genoa")
                .set(DECLARATION, Field.PORT_OF_LOADING, "ITGOA"))).isEmpty();
        // a code the list does not know proves nothing
        assertThat(checkListed(ningbo.set(DECLARATION, Field.PORT_OF_LOADING, "CNXXX"))).isEmpty();
    }

    @Test
    void aScannedPortNameOneLetterFromAListedPortAndItselfNoPortIsThatPortMisread() {
        // "Sdansk, Poland" on a degraded invoice, its G read as an S: no sea port of that name is listed, Gdansk is
        // (a false PORT_MISMATCH against the B/L)
        CleanDossier gdansk = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Gdansk")
                .set(DECLARATION, Field.PORT_OF_DISCHARGE, "PLGDN")
                .set(PACKING_LIST, Field.PORT_OF_DISCHARGE, "Gdansk");
        assertThat(checkListed(gdansk.scanned(INVOICE).set(INVOICE, Field.PORT_OF_DISCHARGE, "Sdansk, Poland")))
                .isEmpty();
        assertThat(checkListed(CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Gdansk")
                .set(DECLARATION, Field.PORT_OF_DISCHARGE, "PLGDN").set(INVOICE, Field.PORT_OF_DISCHARGE, "Sdansk")))
                .as("printed so").isNotEmpty();
        assertThat(checkListed(gdansk.scanned(INVOICE).set(INVOICE, Field.PORT_OF_DISCHARGE, "Gdynia, Poland")))
                .as("another listed port").isNotEmpty();
    }

    @Test
    void aPortNameWithItsIReadAsTOnAScanIsThePort() {
        // "CHENNAT" for Chennai on two seeds' scanned invoice and contract: a serif I's bars read as a T
        CleanDossier chennai = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Chennai, India")
                .set(INVOICE, Field.PORT_OF_LOADING, "Chennai").set(DECLARATION, Field.PORT_OF_LOADING, "INMAA");
        assertThat(check(new PortRule(), chennai.scanned(INVOICE).set(INVOICE, Field.PORT_OF_LOADING, "CHENNAT")))
                .isEmpty();
        CleanDossier printed = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Chennai, India")
                .set(DECLARATION, Field.PORT_OF_LOADING, "INMAA").set(INVOICE, Field.PORT_OF_LOADING, "CHENNAT");
        assertThat(check(new PortRule(), printed)).as("digital: another name").hasSize(1);
    }

    @Test
    void aPortNameThatReadsLikeACodeIsANameWhereTheDossierSaysSo() {
        // GENOA: "GE" is Georgia's code, but the invoice names ITGOA "Genoa"
        CleanDossier dossier = CleanDossier.create()
                .set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "GENOA")
                .set(DECLARATION, Field.PORT_OF_DISCHARGE, "ITGOA")
                .set(INVOICE, Field.PORT_OF_DISCHARGE, "Genoa (ITGOA)");
        assertThat(check(new PortRule(), dossier)).isEmpty();
        assertThat(check(new PortRule(), dossier.set(DECLARATION, Field.PORT_OF_DISCHARGE, "ITSPE"))).hasSize(1);

        // "GENOA" on the B/L, "Genoa" on contract and invoice, no code anywhere: a declaration's Barcelona is another
        // port (a planted PORT_MISMATCH had been missed on digital documents too: "GENOA" was taken for a code no
        // document names, and a code no document names is never a finding)
        CleanDossier named = CleanDossier.create()
                .set(BILL_OF_LADING, Field.PORT_OF_LOADING, "GENOA")
                .set(CONTRACT, Field.PORT_OF_LOADING, "Genoa").set(INVOICE, Field.PORT_OF_LOADING, "Genoa")
                .set(PACKING_LIST, Field.PORT_OF_LOADING, "Genoa").set(DECLARATION, Field.PORT_OF_LOADING, "Barcelona");
        assertThat(check(new PortRule(), named)).hasSize(1);
        assertThat(check(new PortRule(), named.set(DECLARATION, Field.PORT_OF_LOADING, "Genoa"))).isEmpty();
    }

    @Test
    void aCodeNoDocumentNamesIsAnotherPortWhereItsCountryIsNotTheCountryTheNameIsIn() {
        // "GENOA" on an invoice (GE: Georgia's code, and no document names it) where the others write Singapore, a
        // city that is its country: another port (a planted PORT_MISMATCH missed on the digital documents)
        CleanDossier singapore = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Singapore")
                .set(DECLARATION, Field.PORT_OF_LOADING, "SINGAPORE").set(INVOICE, Field.PORT_OF_LOADING, "GENOA")
                .set(PACKING_LIST, Field.PORT_OF_LOADING, "Singapore").set(CONTRACT, Field.PORT_OF_LOADING, "SINGAPORE");
        assertThat(check(new PortRule(), singapore)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("Port of loading GENOA on invoice d2 differs from Singapore"));
        assertThat(check(new PortRule(), singapore.set(INVOICE, Field.PORT_OF_LOADING, "SGSIN")))
                .as("a code of the name's country: unproven").isEmpty();
        // "Busan, Korea, Republic of" and KRPUS (no document names it, nor abbreviates Busan): the same country
        CleanDossier busan = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Busan, Korea, Republic of")
                .set(DECLARATION, Field.PORT_OF_LOADING, "KRPUS").set(INVOICE, Field.PORT_OF_LOADING, "Busan");
        assertThat(check(new PortRule(), busan)).isEmpty();
        assertThat(check(new PortRule(), busan.set(DECLARATION, Field.PORT_OF_LOADING, "CNSHA")))
                .as("another country's code").hasSize(1);
        assertThat(check(new PortRule(), CleanDossier.create()
                .set(BILL_OF_LADING, Field.PORT_OF_LOADING, "Hong Kong, China")
                .set(DECLARATION, Field.PORT_OF_LOADING, "HKHKG").set(INVOICE, Field.PORT_OF_LOADING, "Hong Kong")))
                .as("a city that is its country, written with the country it belongs to").isEmpty();
        // "Newark, New Jersey": no country (Jersey is one, but "New Jersey" is not its name), so USNWK is unproven
        assertThat(check(new PortRule(), CleanDossier.create()
                .set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Newark, New Jersey")
                .set(DECLARATION, Field.PORT_OF_DISCHARGE, "USNWK").set(INVOICE, Field.PORT_OF_DISCHARGE, "Newark")
                .set(PACKING_LIST, Field.PORT_OF_DISCHARGE, "Newark"))).isEmpty();
    }

    @Test
    void aNamedCodeWhoseOpeningBracketWasLostOnAScanIsStillTheNameAndTheCode() {
        // "Genoa ITGOA)" and "Yokohama UPYOK)" (its "(J" read as one U) for "Genoa (ITGOA)" and "Yokohama (JPYOK)"
        CleanDossier genoa = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Genoa ITGOA)")
                .set(PACKING_LIST, Field.PORT_OF_DISCHARGE, "Genoa, Italy")
                .set(DECLARATION, Field.PORT_OF_DISCHARGE, "ITGOA").scanned(BILL_OF_LADING);
        assertThat(check(new PortRule(), genoa)).isEmpty();
        assertThat(check(new PortRule(), genoa.set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Genoa ITSPE)")))
                .as("the code read is another port's").hasSize(1);
        CleanDossier yokohama = CleanDossier.create().set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Yokohama UPYOK)")
                .set(PACKING_LIST, Field.PORT_OF_DISCHARGE, "Yokohama, Japan")
                .set(DECLARATION, Field.PORT_OF_DISCHARGE, "Yokohama, Japan").scanned(BILL_OF_LADING);
        assertThat(check(new PortRule(), yokohama)).isEmpty();
        assertThat(check(new PortRule(), yokohama.set(BILL_OF_LADING, Field.PORT_OF_DISCHARGE, "Osaka UPOSA)")))
                .as("another name").hasSize(1);
    }

    @Test
    void vesselNamesWithPrefixesAndVoyagesWithSpacesAgree() {
        // "M/V COSCO SHIPPING ARIES" / "MV Cosco Shipping Aries", "012E" / "012 E"
        assertThat(check(new VesselVoyageRule(), CleanDossier.create())).isEmpty();
    }

    @Test
    void anotherVesselOrVoyageIsAMismatch() {
        List<Finding> findings = check(new VesselVoyageRule(), CleanDossier.create()
                .set(INSURANCE, Field.VESSEL, "MV Cosco Shipping Taurus").set(INSURANCE, Field.VOYAGE, "013E"));
        assertThat(findings).extracting(Finding::rule).containsOnly("VESSEL_VOYAGE_MISMATCH");
        assertThat(findings).extracting(Finding::message).containsExactly(
                "Vessel MV Cosco Shipping Taurus on insurance d7 differs from M/V COSCO SHIPPING ARIES on bill of lading d4",
                "Voyage 013E on insurance d7 differs from 012E on bill of lading d4");
    }

    @Test
    void aDifferentIncotermIsAMismatch() {
        assertThat(check(new IncotermsRule(), CleanDossier.create())).isEmpty();
        assertThat(check(new IncotermsRule(), CleanDossier.create().set(INVOICE, Field.INCOTERM, "CIF Hamburg"))).isEmpty();
        List<Finding> findings = check(new IncotermsRule(), CleanDossier.create().set(INVOICE, Field.INCOTERM, "FOB"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("INCOTERMS_MISMATCH");
            assertThat(f.message()).isEqualTo("Incoterm FOB on invoice d2 differs from CIF on contract d1");
        });
    }

    @Test
    void contractDatedAfterTheInvoiceIsOutOfSequence() {
        assertThat(check(new DateSequenceRule(), CleanDossier.create())).isEmpty();
        List<Finding> findings = check(new DateSequenceRule(), CleanDossier.create().set(CONTRACT, Field.DOCUMENT_DATE, "2025-02-02"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DATE_SEQUENCE_ERROR");
            assertThat(f.message()).isEqualTo("Contract d1 is dated 2025-02-02, after invoice d2 dated 2025-02-01");
        });
        // the same day is in sequence
        assertThat(check(new DateSequenceRule(), CleanDossier.create().set(CONTRACT, Field.DOCUMENT_DATE, "2025-02-01")))
                .isEmpty();
    }

    @Test
    void insuranceDatedAfterLoadingIsOutOfSequence() {
        List<Finding> findings = check(new DateSequenceRule(), CleanDossier.create().set(INSURANCE, Field.DOCUMENT_DATE, "2025-02-11"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Insurance d7 is dated 2025-02-11, after the goods went on board on 2025-02-10 (bill of lading d4)"));
    }

    @Test
    void aDateWhoseDayOrderTheDocumentDoesNotShowIsReadAsTheDossiersOtherDatesSuggest() {
        // a declaration "09/05/2025" read as 9 May or 5 September, its document not showing which comes first: taken
        // as 2025-09-05, a planted date before loading (the other documents' dates in May) went unseen
        List<Finding> findings = check(new DateSequenceRule(), withAmbiguousDeclarationDate("2025-09-02"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("Declaration d5 is dated 2025-02-09 (day and month order as the dossier's other dates "
                        + "suggest), before the goods went on board on 2025-02-10"));
        assertThat(check(new DateSequenceRule(), withAmbiguousDeclarationDate("2025-12-02"))).as("12 February")
                .isEmpty();
        assertThat(check(new DateSequenceRule(), CleanDossier.create().set(DECLARATION, Field.DOCUMENT_DATE,
                "2025-09-02"))).as("the order shown").isEmpty();
    }

    private static io.customsreview.hub.domain.Dossier withAmbiguousDeclarationDate(String read) {
        io.customsreview.hub.domain.Dossier dossier = CleanDossier.create().dossier();
        List<io.customsreview.hub.domain.Document> documents = dossier.documents().stream().map(d -> {
            if (d.type() != DECLARATION) {
                return d;
            }
            var fields = new java.util.EnumMap<>(d.fields());
            fields.put(Field.DOCUMENT_DATE, List.of(new io.customsreview.hub.domain.FieldValue(read, read,
                    new io.customsreview.hub.domain.Provenance(d.id(), 1, null,
                            io.customsreview.hub.domain.ExtractionMethod.PDF_TEXT, 1.0,
                            io.customsreview.hub.extraction.FieldExtractor.ASSUMED_DAY_ORDER))));
            return new io.customsreview.hub.domain.Document(d.id(), d.type(), d.fileName(), d.source(), d.extraction(),
                    d.confidence(), fields, d.lines(), d.unreadableReason());
        }).toList();
        return new io.customsreview.hub.domain.Dossier(dossier.id(), documents);
    }

    @Test
    void declarationDatedBeforeLoadingIsOutOfSequence() {
        List<Finding> findings = check(new DateSequenceRule(), CleanDossier.create().set(DECLARATION, Field.DOCUMENT_DATE, "2025-02-09"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Declaration d5 is dated 2025-02-09, before the goods went on board on 2025-02-10 (bill of lading d4)"));
    }
}
