package io.customsreview.hub.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersAndDatesTest {

    @ParameterizedTest(name = "{0} in a {1} document is {2}")
    @CsvSource(delimiter = '|', value = {
            "12,345.60   | POINT | 12345.60",
            "12.345,60   | COMMA | 12345.60",
            "12 345,60   | COMMA | 12345.60",
            "12345.6     | POINT | 12345.6",
            "12'345.60   | POINT | 12345.60",
            "1,234       | POINT | 1234",
            "1,234       | COMMA | 1.234",
            "1.234       | COMMA | 1234",
            "1,234,567   | POINT | 1234567",
            "0,75        | COMMA | 0.75",
            "45,93       | POINT | 45.93",
            "4,904.724,00 | COMMA | 4904724.00", // a scan's grouping point read as a comma; the cents end it
            "4.904,724.00 | POINT | 4904724.00",
    })
    void amountsAreReadAsPrinted(String text, Numbers.DecimalStyle style, String expected) {
        assertThat(Numbers.parse(text, style)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @org.junit.jupiter.api.Test
    void aGroupingCommaBeforeFiveDigitsInAPointDocumentIsNoDecimalMark() {
        // "1,11940KGS" on a scanned packing list that writes "1,048.55": 1,119.40 with its point lost, not 1.1194 (a
        // false NET_EXCEEDS_GROSS against the line's net 1,048.55)
        assertThat(Numbers.parse("1,11940", Numbers.DecimalStyle.POINT)).isEmpty();
        assertThat(Units.kilograms("1,11940KGS", Numbers.DecimalStyle.POINT)).isEmpty();
        assertThat(Numbers.parse("1,11940", Numbers.DecimalStyle.COMMA)).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("1.1194"));
        assertThat(Numbers.parse("0,11940", Numbers.DecimalStyle.POINT)).as("no grouping before a zero")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.1194"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "USD 12,345.60            | 12345.60",
            "US$ 12 345,60            | 12345.60",
            "1,200 PCS  USD 45,000.00 | 45000.00",
            "TOTAL DUE ON August 3, 2014  $4.11 | 4.11",
            "JPY I5688880             | 15688880",  // a scan's leading 1 read as a capital I
            "JPY l5,168,384.00        | 15168384.00",
    })
    void amountsSkipQuantitiesAndDates(String text, String expected) {
        assertThat(ValueParsers.amount(text, Numbers.DecimalStyle.of(text)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "7 060, 20          | COMMA | 7060.20",
            "CNY 361.198, 60    | COMMA | 361198.60",
            "50, 400.00         | POINT | 50400.00",
            "1, 250.00          | POINT | 1250.00",
            "Items 1, 20        | POINT | 1",
            "243 .033,00 GBP    | COMMA | 243033.00",
            "1 ,250.00          | POINT | 1250.00",
            "1, 668 . 48        | POINT | 1668.48",
            "1 .010, 88         | COMMA | 1010.88",
            "61, 80             | COMMA | 61.80",
            "61. 80             | POINT | 61.80",
            "'value: ¥ 21,444, 840.00.' | POINT | 21444840.00", // at a sentence's end
            "'value: US$ 2.400, 84.'   | COMMA | 2400.84",     // the decimals too
            "JPY 1915 200,00    | COMMA | 1915200.00",  // "1 915 200,00" with its first space lost
            "JPY 1915 200.00    | POINT | 1915200.00",
    })
    void aSpaceOcrSetBeforeOrAfterASeparatorInsideANumberIsTakenOut(String text, Numbers.DecimalStyle style, String expected) {
        assertThat(ValueParsers.amount(text, style)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
        assertThat(Numbers.first(text, style)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the document uses decimals like 1.234,56 | COMMA",
            "the document uses decimals like 1,234.56 | POINT",
            "Total 12,50 EUR and 3,75 EUR              | COMMA",
    })
    void theDecimalStyleIsLearntFromTheDocument(String text, Numbers.DecimalStyle expected) {
        assertThat(Numbers.DecimalStyle.of(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-03-04        | DAY_FIRST   | 2025-03-04",
            "04 MAR 2025       | DAY_FIRST   | 2025-03-04",
            "4-Mar-25          | DAY_FIRST   | 2025-03-04",
            "March 4, 2025     | DAY_FIRST   | 2025-03-04",
            "on August 30. 2024, for carriage | DAY_FIRST | 2024-08-30", // the comma read as a full stop on a scan
            "4th March 2025    | DAY_FIRST   | 2025-03-04",
            "04.03.2025        | DAY_FIRST   | 2025-03-04",
            "'12.06,2025'      | DAY_FIRST   | 2025-06-12", // its second full stop read as a comma on a scan
            "'13,04.2025'      | DAY_FIRST   | 2025-04-13", // its first full stop read as a comma on a scan
            "04/03/2025        | DAY_FIRST   | 2025-03-04",
            "03/04/2025        | MONTH_FIRST | 2025-03-04",
            "7. Mai 2014       | DAY_FIRST   | 2014-05-07",
            "02 Juillet 2015   | DAY_FIRST   | 2015-07-02",
            "'Date of Invoice: J anuary 9, 2024' | DAY_FIRST | 2024-01-09", // the month's capital read apart (scan)
            "9 S ept 2024      | DAY_FIRST   | 2024-09-09",
    })
    void datesAreReadInTheirManyForms(String text, Dates.DayOrder order, LocalDate expected) {
        assertThat(Dates.first(text, order)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "67/04/2024 | DAY_FIRST | 2024-04-07",  // the day's 0 read as 6
            "87/04/2024 | DAY_FIRST | 2024-04-07",
            "01.07.2625 | DAY_FIRST | 2025-07-01",  // the year's 0 read as 6
            "2025-08-84 | DAY_FIRST | 2025-08-04",  // ISO: the day's 0 read as 8
            "61 OCT 2025 | DAY_FIRST | 2025-10-01", // a B/L's on-board date, the day's 0 read as 6
            "97/30/2025 | DAY_FIRST | 2025-07-30",  // the month's 0 read as 9: the 30 shows the month comes first
            "'October 67, 2025' | DAY_FIRST | 2025-10-07",
    })
    void aDateOneLookAlikeDigitFromTheOnlyValidReadingIsRepaired(String text, Dates.DayOrder order,
                                                                 LocalDate expected) {
        assertThat(Dates.first(text, order)).as("no date as read").isEmpty();
        assertThat(Dates.lookAlikeRepaired(text, order)).get().extracting(Dates.Found::date).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "906 MAY 2025    | 2025-05-06", // a speck read as a 9 before an invoice's day
            "'May 906, 2025' | 2025-05-06",
            "19 AUG 20625    | 2025-08-19", // a year with a digit more (2062 and 2065 are no document's year)
            "'August 19, 20255' | 2025-08-19",
    })
    void aDayWithADigitMoreIsTheOnlyDayThatLeavingOneOutGives(String text, LocalDate expected) {
        assertThat(Dates.first(text, Dates.DayOrder.DAY_FIRST)).as("no date as read").isEmpty();
        assertThat(Dates.digitMoreRepaired(text)).get().extracting(Dates.Found::date).isEqualTo(expected);
        assertThat(Dates.digitMoreRepaired("112 MAY 2025")).as("11 and 12 May").isEmpty();
        assertThat(Dates.digitMoreRepaired("06 MAY 2025")).as("a date as read").isEmpty();
        assertThat(Dates.digitMoreRepaired("19 AUG 20205")).as("2020 and 2025").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "07/04/2024 | a date as read",
            "44/04/2024 | 4 has no look-alike digit",
            "29/02/2025 | 20, 25 and 28 February 2025: several readings",
            "33/04/2025 | no look-alike makes it a date",
            "Invoice CI/3600/25 | no date shape",
    })
    void noRepairWhereTheTextIsADateNoShapeOrSeveralReadings(String text, String why) {
        assertThat(Dates.lookAlikeRepaired(text, Dates.DayOrder.DAY_FIRST)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Invoice date 25/03/2025, due 04/04/2025 | DAY_FIRST",
            "Invoice date 03/25/2025, due 04/04/2025 | MONTH_FIRST",
            "Chennai, 07/11/2025 ... Chennai, 97/11/2025 | DAY_FIRST",
    })
    void theDayOrderIsLearntFromTheDocument(String text, Dates.DayOrder expected) {
        assertThat(Dates.DayOrder.of(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aNumberNoDayCanBeShowsNoOrder() {
        // a scanned B/L's "07/11/2025" (July 11) repeated as "97/11/2025" (its 0 read as 9): 97 is no day, and had
        // made the document day-first — the on-board date November 7, after the declaration (a false
        // DATE_SEQUENCE_ERROR); the dossier's other dates tell the order where the document does not
        assertThat(Dates.DayOrder.shownIn("Date of Shipment: 07/11/2025 Chennai, 97/11/2025")).isFalse();
        assertThat(Dates.DayOrder.shownIn("Date of Shipment: 07/11/2025 Chennai, 27/11/2025")).isTrue();
        assertThat(Dates.DayOrder.of("Shipped 07/11/2025, 11/97/2025")).isEqualTo(Dates.DayOrder.DAY_FIRST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12,500.00 KGS | 12500.00",
            "1.2 MT        | 1200.0",
            "2,000 lbs     | 907.18474",
            "850 kg        | 850",
    })
    void weightsBecomeKilograms(String text, BigDecimal expected) {
        assertThat(Units.kilograms(text, Numbers.DecimalStyle.POINT))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "5.113.53KGS 21.477 CBM   | POINT | 5113.53", // a grouping mark read for the decimal comma
            "5,212,34 Kgs 21,892 CBM  | COMMA | 5212.34",
            "-——S«.2015.71 KG         | POINT | 2015.71", // a speck's mark before the number
            "21.477 CBM 5,113.53 KGS  | POINT | 5113.53", // the measurement is no weight
            "164 PACKAGES 2,300 KG    | POINT | 2300",
            "5.594,.18 KGS            | COMMA | 5594.18", // a speck beside the decimal mark
            "685 83 KGS               | POINT | 685.83", // the decimal mark read as a space: no group of three
            "1,685 83 KGS             | POINT | 1685.83",
            "2.685 83 kg              | COMMA | 2685.83",
            "1 685 KGS                | POINT | 1685", // a grouping space
            "kg -56.50 kg             | POINT | 56.50", // a speck read as a dash: nothing weighs below zero
            "5/780,89Kgs              | COMMA | 5780.89", // a grouping space read as a stroke
            "5/780.89 KGS             | POINT | 5780.89",
            "3: 013,65 KGS 12,657 CBM | COMMA | 3013.65", // a speck read as a colon in the grouping space: "013,65"
            "3;013.65 KGS             | POINT | 3013.65", // is no number of its own
    })
    void weightsOnScansAreReadThroughMisreadMarksAndBesideTheMeasurement(String text, Numbers.DecimalStyle style,
                                                                        BigDecimal expected) {
        assertThat(Units.kilograms(text, style)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @org.junit.jupiter.api.Test
    void aNumberAfterAColonIsNoGroupOfTheOneBefore() {
        assertThat(Units.kilograms("Item 2: 123.45 KGS", Numbers.DecimalStyle.POINT))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
    }

    @org.junit.jupiter.api.Test
    void aCountInWordsWithItsFiguresIsNoWeight() {
        // "SAY THIRTY-TWO (32) PALLETS ONLY", cut at a column's edge on a scan
        assertThat(Units.kilograms("THIRTY-TWO (32)", Numbers.DecimalStyle.POINT)).isEmpty();
        assertThat(Units.kilograms("SAY ONE HUNDRED AND ELEVEN (111)", Numbers.DecimalStyle.POINT)).isEmpty();
        assertThat(Units.kilograms("Seventeen (17)", Numbers.DecimalStyle.POINT)).isEmpty();
        assertThat(Units.kilograms("TWO THOUSAND (2,000) KGS", Numbers.DecimalStyle.POINT)).as("a weight in words")
                .get().satisfies(kg -> assertThat(kg).isEqualByComparingTo("2000"));
    }

    @org.junit.jupiter.api.Test
    void aWeightWithASpaceOcrSetAfterItsDecimalMarkIsOneNumber() {
        assertThat(Units.kilograms("6.841, 81 KG", Numbers.DecimalStyle.COMMA)).get()
                .satisfies(kg -> assertThat(kg).isEqualByComparingTo("6841.81"));
    }

    @org.junit.jupiter.api.Test
    void aDottedDateIsReadDayFirstNotBothWays() {
        // "11.10.2024" on a contract whose other dates told no order: read both ways, the dossier's dates turned it
        // into November 10, after the invoice (a false DATE_SEQUENCE_ERROR); dots write the day first
        assertThat(Dates.readsBothWays("11.10.2024")).isFalse();
        assertThat(Dates.readsBothWays("11/10/2024")).isTrue();
        assertThat(Dates.readsBothWays("11-10-2024")).isTrue();
        assertThat(Dates.first("11.10.2024", Dates.DayOrder.DAY_FIRST)).contains(java.time.LocalDate.of(2024, 10, 11));
    }

    @org.junit.jupiter.api.Test
    void aDottedDateWithASpaceAfterADotIsADate() {
        // "Date of Invoice: 24. 04.2024" on a scan (and "24. 04. 2024" as some print it): the invoice had no date (a
        // false MISSING_FIELD)
        assertThat(Dates.find("Date of Invoice: 24. 04.2024", Dates.DayOrder.DAY_FIRST)).get()
                .extracting(Dates.Found::date).isEqualTo(java.time.LocalDate.of(2024, 4, 24));
        assertThat(Dates.first("24. 04. 2024", Dates.DayOrder.DAY_FIRST)).contains(java.time.LocalDate.of(2024, 4, 24));
        assertThat(Dates.first("Item 1. 12.50 USD", Dates.DayOrder.DAY_FIRST)).as("no year: no date").isEmpty();
    }
}
