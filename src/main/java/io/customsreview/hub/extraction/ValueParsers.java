package io.customsreview.hub.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the text after a label into a canonical value of the field's kind, or nothing when it is not one. */
final class ValueParsers {

    static final Pattern HS = Pattern.compile("(?<![\\d.])(\\d{4}[.\\s]?\\d{2}(?:[.\\s]?\\d{2}){0,2})(?![\\d])");
    /** a container number; group 4 a digit too many, read where a scan saw a stroke as a digit */
    static final Pattern CONTAINER = Pattern.compile(
            "(?<![A-Z0-9])([A-Z]{3}[UJZ])\\s?(\\d{6})\\s?-?\\s?(\\d)(\\d)?(?![0-9])");
    private static final Pattern STOP_WORD = Pattern.compile(
            "(?i)^(dated?|of|from|issued|on|and|d\\.d\\.|vom|du|del|de|for|to|in|the|dd|with|per)$");
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^\\s*(pcs|pc|pieces?|sets?|units?|ea|kgs?|kg|mt|cartons?|ctns?|pallets?|plts?|packages?|pkgs?|cases?|"
                    + "bags?|boxes|box|rolls?|drums?|bales?|pairs?|prs|doz|%|m3|cbm|lbs?|tons?|tonnes?|nos|pce|set|"
                    + "litres?|liters?|ltr|meters?|metres?|mtr|m|l|g|gr|grams?|crates?)\\b",
            Pattern.CASE_INSENSITIVE);

    private ValueParsers() {
    }

    /** the text before the first separator, or "" (String.split gives no part at all for "(" split on "(") */
    static String firstPart(String text, String separator) {
        String[] parts = text.split(separator);
        return parts.length == 0 ? "" : parts[0];
    }

    /** An identifier: 1 to 3 tokens, the first ones may be a prefix ("COSU 612345678"), must hold a digit. */
    static Optional<String> reference(String text) {
        // "No.:; 2536W": a speck after the colon read as a semicolon
        String cleaned = text.strip().replaceFirst("^[:;#.,\\-=\\s]+", "")
                .replaceFirst("(?i)^((our|your)\\s+)?(ref(erence)?|no|nr|number|n[o\u00B0\u00BA])[.:#\\s]+", "")
                .replaceFirst("(?i)^(no|nr|number)[.:\\s]+", "")
                // a "No." a scan read as another pair of letters ("Na.:", "Mo.:"): only before its colon
                .replaceFirst("(?i)^(?:n[aec0]|m[o0])[.,]?:\\s*", "");
        List<String> kept = new ArrayList<>();
        boolean seenDigit = false;
        for (String raw : cleaned.split("\\s+")) {
            // "$$C251343": a capital S read as a dollar sign (before a letter: an amount's stands before digits);
            // "€1/3926/25": a C read as a euro sign (before digits and a slash: no amount has one); "354€": a voyage's
            // E read as one (right after its digits, the token's end: an amount's sign stands after its cents);
            // "ONEY8&430991046": an 8 read twice, once as an ampersand (no reference has one beside an 8)
            // "SC:246990B": a speck read as a colon between a reference's letters and its digits; "S|I248758": a
            // capital I read as a bar (no reference has one within it); "Cl\/6094/25": a slash read as a backslash,
            // or twice, once so; "$€242090D": an S and a C read as currency signs before the digits, "$C€245252C":
            // the C read twice, once as a euro sign; "EEG/2025;/927": a speck read as a mark beside a slash
            String token = raw.replaceAll("\\\\/|/\\\\", "/").replace('\\', '/')
                    .replaceAll("(?<=[A-Za-z0-9])[,;:](?=/[A-Za-z0-9])|(?<=[A-Za-z0-9]/)[,;:](?=[A-Za-z0-9])", "")
                    .replaceAll("[,;:)]+$", "")
                    .replaceFirst("^\\(", "").replaceAll("\\$(?=[$€A-Z])", "S").replaceAll("C€|€C", "C")
                    .replaceAll("(?<=^[A-Z])€(?=\\d)", "C")
                    .replaceFirst("^([A-Z]{1,4}):(?=\\d)", "$1").replaceAll("(?<=[A-Z0-9])\\|(?=[A-Z0-9])", "I")
                    .replaceAll("€(?=\\d+/)", "C").replaceAll("(?<=\\d)€$", "E").replaceAll("8&|&8", "8");
            if (token.isEmpty() || STOP_WORD.matcher(token).matches()
                    || !token.matches("[A-Za-z0-9./\\-_#]+")) {
                break;
            }
            boolean digit = token.matches(".*\\d.*");
            if (seenDigit && !digit) {
                break;
            }
            kept.add(token.replaceAll("\\.$", ""));
            seenDigit |= digit;
            if (kept.size() == 3 || raw.endsWith(",") || raw.endsWith(";")) {
                break;
            }
        }
        String value = String.join(" ", kept);
        if (!seenDigit || value.length() < 3 || value.length() > 40) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** a dash with a space on either side between a reference's parts, where no date follows */
    private static final Pattern SPACED_DASH = Pattern.compile(
            "(?<=[A-Za-z0-9])(?: +- *| *- +)(?=[A-Za-z]*\\d)"
                    + "(?!\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})");

    /** "INV -2025 - 45042": a scan's spaces around a reference's dashes closed (a scan's reading only) */
    static String dashSpacesClosed(String text) {
        return SPACED_DASH.matcher(text).replaceAll("-");
    }

    private static final Pattern NUMBER_WITH_COLON = Pattern.compile("^(\\D{0,4}\\d[\\d.,]*):(\\d{1,2})$");

    /**
     * A table cell holding one number whose decimal mark a scan read as a colon ("2:3" for 2.3): the document's
     * decimal mark put back. Only a whole cell of one number, where no time of day stands.
     */
    static String colonAsDecimalMark(String cell, Numbers.DecimalStyle style) {
        java.util.regex.Matcher m = NUMBER_WITH_COLON.matcher(cell.strip());
        return m.matches() ? m.group(1) + (style == Numbers.DecimalStyle.COMMA ? "," : ".") + m.group(2) : cell;
    }

    /** An amount: the first number not followed by a unit (so "1,200 PCS 45,000.00" gives 45000.00). */
    /** "JPY I5688880": an amount's leading 1 read as a capital I or a small l (no amount starts with a letter) */
    private static final Pattern ONE_READ_AS_LETTER = Pattern.compile("(?<![\\p{L}\\d.,])[Il](?=\\d)");

    static Optional<BigDecimal> amount(String text, Numbers.DecimalStyle style) {
        text = Numbers.ocrSpacesClosed(withoutDates(ONE_READ_AS_LETTER.matcher(text).replaceAll("1")), style);
        Matcher m = Numbers.NUMBER.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end());
            if (UNIT_AFTER.matcher(after).find()) {
                continue;
            }
            String before = text.substring(0, m.start());
            if (before.matches("(?s).*(?i)(incoterms?|clauses?|icc|\\bno\\.?|#)\\s*$")) {
                continue;
            }
            Optional<BigDecimal> value = Numbers.parse(m.group(), style);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** blanks out dates, whose digits are no amounts ("TOTAL DUE ON August 3, 2014  $4.11") */
    static String withoutDates(String text) {
        String result = text;
        for (int guard = 0; guard < 5; guard++) {
            Optional<Dates.Found> found = Dates.find(result, Dates.DayOrder.DAY_FIRST);
            if (found.isEmpty()) {
                break;
            }
            result = result.substring(0, found.get().start()) + " ".repeat(found.get().end() - found.get().start())
                    + result.substring(found.get().end());
        }
        return result;
    }

    record Count(BigDecimal count, String unit) {
    }

    /** "6, 200 PCS": a space OCR set after the grouping mark of a count */
    private static final Pattern SPLIT_GROUP = Pattern.compile("^\\s*(\\d{1,3}[.,])\\s+(\\d{3})(?![\\d.,])");
    /** "1 @60 PCS": a digit group's leading zero read as an at sign (scans) */
    private static final Pattern AT_SIGN_FOR_ZERO =
            Pattern.compile("(?<=^\\s{0,3}\\d{1,3}[ ,.])@(?=\\d{2}(?![\\d.,]))");
    /** digits right after a count, with nothing but a space between ("4 6600") */
    private static final Pattern MORE_DIGITS = Pattern.compile("^\\s+\\d");
    /** "2,/60": a digit inside the number read as a stroke; the digits before it are no count */
    private static final Pattern DIGIT_READ_AS_A_STROKE = Pattern.compile("^[.,]?[/|\\\\]\\d");

    /** A count with its unit or package kind: "120 CARTONS", "(120) ctns", "1,200 PCS". */
    static Optional<Count> count(String text, Numbers.DecimalStyle style) {
        return count(text, style, null);
    }

    /** @param unitOfRow the unit the row states in its own column, for a count whose cell names none; or null */
    static Optional<Count> count(String text, Numbers.DecimalStyle style, String unitOfRow) {
        text = fiveReadAsAnSBeforeItsUnit(zerosReadAsLettersBeforeAUnit(SPLIT_GROUP.matcher(
                AT_SIGN_FOR_ZERO.matcher(text).replaceFirst("0")).replaceFirst("$1$2")));
        Matcher m = Numbers.NUMBER.matcher(text);
        while (m.find()) {
            // "-1,800": a speck or a rule read as a dash before a count; nothing is counted below zero
            Optional<BigDecimal> value = Numbers.parse(m.group(), style).map(BigDecimal::abs);
            if (value.isEmpty()) {
                continue;
            }
            if (value.get().signum() == 0) {
                return Optional.empty(); // "NH . 000 PCS": the lead digits of "9,000" lost; nothing is counted as 0
            }
            if (m.group().matches("-?0\\d+")) {
                return Optional.empty(); // "0306179200": a code (an HS code read beside the label), never a count
            }
            if (MORE_DIGITS.matcher(text.substring(m.end())).find()
                    || DIGIT_READ_AS_A_STROKE.matcher(text.substring(m.end())).find()) {
                // "4 6600 PCS": digits that make no number with the first ones: which of them is the count is
                // unknown, and the first alone ("4") would be a wrong count
                return Optional.empty();
            }
            String after = text.substring(m.end()).replaceFirst("^[\\s)]+", "");
            String unitWord = after.isEmpty() ? null : ValueParsers.firstPart(after, "[\\s,;/]+");
            String unit = unitWord == null ? null : Units.unit(unitWord).orElse(null);
            String counted = unit != null ? unit : unitOfRow;
            if (counted != null && Units.countedInPieces(counted) && value.get().stripTrailingZeros().scale() > 0
                    && m.group().matches("\\d{1,3}[.,]\\d{3}")) {
                // "1,200 PCS" on a document writing decimal commas (a scan's "." read as ","): pieces are whole,
                // and three digits after the mark group thousands
                return Optional.of(new Count(new BigDecimal(m.group().replaceAll("\\D", "")), unit));
            }
            return Optional.of(new Count(value.get(), unit));
        }
        return Optional.empty();
    }

    /** digits with letters O (or Q) among or after them, right before a unit word: "7OPRS", "1O0 PCS", "7Q PCS" */
    private static final Pattern ZEROS_READ_AS_O =
            Pattern.compile("(?<![A-Za-z\\d])(\\d+[OoQ][\\dOoQ]*)(?=\\s*([A-Za-z]+))");

    /**
     * "7OPRS" for 70 PRS: a scan reads a zero set against its unit as the letter O (or, a speck at its foot, as a Q).
     * The O is a zero only where the word after it is a unit, so "7 OPEN CASES" keeps its 7.
     */
    static String zerosReadAsLettersBeforeAUnit(String text) {
        Matcher m = ZEROS_READ_AS_O.matcher(text);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String digits = Units.unit(m.group(2)).isPresent() ? m.group(1).replaceAll("[OoQ]", "0") : m.group(1);
            m.appendReplacement(result, digits);
        }
        return m.appendTail(result).toString();
    }

    /** digits and an S glued to a unit word: "1SSETS" */
    private static final Pattern FIVE_READ_AS_S = Pattern.compile("(?<![A-Za-z\\d])(\\d+)S(?=([A-Za-z]+))");
    private static final Pattern LEADING_FIVE_READ_AS_S = Pattern.compile("^(\\s*)S(?=\\d[\\d,.]*(?:[\\s/;]*[A-Za-z]+)?\\s*$)");

    /**
     * "1SSETS" for 15 SETS: a scan reads a 5 set against its unit as the letter S. The S is a 5 only where the letters
     * after it are a unit and, with it, are none ("1SETS" keeps its 1).
     */
    static String fiveReadAsAnSBeforeItsUnit(String text) {
        // "S3/SETS" for 53 SETS: the count's leading 5 read as an S (no count is written with a letter before it)
        text = LEADING_FIVE_READ_AS_S.matcher(text).replaceFirst("$15");
        Matcher m = FIVE_READ_AS_S.matcher(text);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            boolean five = Units.unit(m.group(2)).isPresent() && Units.unit("S" + m.group(2)).isEmpty();
            m.appendReplacement(result, m.group(1) + (five ? "5" : "S"));
        }
        return m.appendTail(result).toString();
    }

    /**
     * The code of a goods line's code cell: where the cell holds more than one number of a code's shape and exactly one
     * is written as a code ("154560/4011.10": an amount that lost its point ran into the cell before "4011.10"), that
     * one; else the first.
     */
    static Optional<String> hsCodeOfCell(String text) {
        // "175044/39269097": the amount before the code glued to it by the column's rule, read as a slash or a bar
        Matcher glued = AMOUNT_GLUED_TO_CODE.matcher(text);
        if (glued.find()) {
            return Optional.of(glued.group(1));
        }
        Matcher m = HS.matcher(text);
        List<String> written = new ArrayList<>();
        int found = 0;
        int firstStart = -1;
        while (m.find()) {
            found++;
            firstStart = firstStart < 0 ? m.start(1) : firstStart;
            if (m.group(1).matches("\\d{4}\\.\\d{2}.*")) {
                written.add(m.group(1));
            }
        }
        if (found > 1 && written.size() == 1) {
            return Optional.of(written.get(0).replaceAll("[^0-9]", ""));
        }
        // "613872 3926.90.9790": the one code written with its points, where a number before it ran into the first
        // reading across the space
        Matcher dotted = WRITTEN_HS.matcher(text);
        if (found == 1 && dotted.find() && dotted.start(1) > firstStart && !dotted.find()) {
            dotted.reset(text).find();
            return Optional.of(dotted.group(1).replaceAll("[^0-9]", ""));
        }
        return hsCode(text);
    }

    /** a number, a rule read as a slash or a bar, then a code of eight or ten digits */
    private static final Pattern AMOUNT_GLUED_TO_CODE =
            Pattern.compile("(?<![\\d.,])\\d{4,}[/|](\\d{8}|\\d{10})(?![\\d.])");

    /** a commodity code written with its points ("3926.90.9790", "6203.42") */
    private static final Pattern WRITTEN_HS = Pattern.compile("(?<![\\d.])(\\d{4}\\.\\d{2}(?:\\.?\\d{2}){0,2})(?!\\d)");

    static Optional<String> hsCode(String text) {
        Matcher m = HS.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1).replaceAll("[^0-9]", ""));
        }
        return Optional.empty();
    }

    /** A party name: the first line of its block, without the street address that may follow on the same line. */
    /** a form's caption beside or under a party's label: "(Name and Address)", "(full name & address)" */
    private static final Pattern NAME_AND_ADDRESS_CAPTION =
            Pattern.compile("(?i).*\\(\\s*(full\\s+)?name\\s*(and|&|/)\\s*address.*");

    /** a document's title, which a scan may set beside a party's label: "IMPORT DECLARATION", "COMMERCIAL INVOICE" */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("(?i)^\\W*((customs|commercial|proforma)\\s+)?"
            + "((import|export|goods)\\s+)?(declaration|invoice|packing\\s+list|bill\\s+of\\s+lading|"
            + "certificate\\s+of\\s+origin|(sales\\s+)?contract)\\W*$");

    static Optional<String> party(String text) {
        if (NAME_AND_ADDRESS_CAPTION.matcher(text).matches() || DOCUMENT_TITLE.matcher(text).matches()) {
            return Optional.empty(); // "Comugnire (Name and Address)": the next box's label, its first word misread
        }
        if (CARRIAGE_CLAUSE.matcher(text).find()) {
            return Optional.empty(); // "SHIPPER'S LOAD, STOW, COUNT AND SEAL": a B/L's clause, its label word misread
        }
        // "Messrs, Jade River ...": a label's point read as a comma
        String name = text.strip().replaceFirst("^[:.,\\-=/\\s)\\]]+", "")
                .replaceFirst("(?i)^(to the order of|to order of|to order|order of)\\s*:?\\s*", "");
        name = nameBeforeAddress(name);
        name = firstPart(name, "(?i),\\s*(?=\\d|no\\.?\\s|room\\b|rm\\b|building\\b|bldg\\b|floor\\b|flat\\b|suite\\b|unit\\b|"
                + "street\\b|road\\b|p\\.?o\\.? box)|\\s+-\\s+|;|\\s{2,}|\\bTel\\b|\\bPhone\\b|\\bAddress\\b").strip();
        name = name.replaceAll("[,:]+$", "").strip();
        if (ADDRESS_LINE.matcher(name).matches()) {
            return Optional.empty(); // "183 Commerce Street", "Lot 120": the name's line unread, its address below
        }
        if (PROSE.matcher(name).find()) {
            return Optional.empty(); // "We herewith invoice you for the goods below": a letter's sentence
        }
        if (TO_LABEL.matcher(name).matches() || toLabelMisread(name)) {
            return Optional.empty(); // "Soki To": a party's label ("Sold To") misread beside another's, no name
        }
        if (name.length() < 2 || !name.matches(".*\\p{L}.*") || name.split("\\s+").length > 12
                || !Character.isLetterOrDigit(name.charAt(0)) || Character.isLowerCase(name.charAt(0))) {
            // company names are capitalised; "is correct." is the rest of a sentence
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** a B/L clause on who loaded and counted the goods ("load, stow, count and seal", "load and count") */
    private static final Pattern CARRIAGE_CLAUSE =
            Pattern.compile("(?i)\\b(load|stow)\\b[,\\s]+(and\\s+)?(stow|count)\\b");

    /** words of a letter's sentences, in no company's name */
    private static final Pattern PROSE = Pattern.compile("(?i)\\b(herewith|hereby|undersigned)\\b");

    /** a street address, a plot or a block ("144-1 Umeda", "40-2-1 Minato Mirai"), which no company is named */
    private static final Pattern ADDRESS_LINE = Pattern.compile("(?i)\\d{1,5}[A-Za-z]?\\s+[\\p{L} .'\\-]+\\s"
            + "(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|parkway|pkwy|highway|hwy|place|pl|"
            + "square|sq|quay|way|court|ct|terrace|close|crescent)\\.?"
            + "|(?:lot|plot)\\s+\\d+[A-Za-z]?|\\d{1,5}(?:-\\d{1,5}){1,2}\\s+[\\p{L} .'\\-]+");

    /**
     * a label of the form "Sold To", "Ship To", "Consigned To": no company's name ends in "To" alone; after a party
     * label's own first word, a "To" with one letter misread ("Sold Te", "Ship T0") is that label too
     */
    private static final Pattern TO_LABEL = Pattern.compile("(?i)\\p{L}{2,9}\\.?\\s+to"
            + "|(?:sold|ship|shipped|bill|billed|consigned|delivered|deliver|invoiced?)\\.?\\s+(?:t[\\p{L}0]|[il1|]o)");

    private static final Pattern MISREAD_TO_LABEL = Pattern.compile("(?i)(\\p{L}{4})\\.?\\s+(?:t[\\p{L}0]|[il1|]o)");

    /** "Seld Te": "Sold To" with a letter of each word misread (the label's first word one letter off, same length) */
    private static boolean toLabelMisread(String name) {
        Matcher m = MISREAD_TO_LABEL.matcher(name);
        if (!m.matches()) {
            return false;
        }
        String first = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.of("sold", "ship", "bill")
                .anyMatch(word -> io.customsreview.hub.llm.PartyNames.levenshtein(word, first) == 1);
    }

    private static final Pattern LEGAL_FORM_PART = Pattern.compile(
            "(?i)^\\s*(ltd|limited|inc|incorporated|llc|l\\.l\\.c|corp|corporation|co|company|gmbh|ag|kg|s\\.?a|"
                    + "s\\.?a\\.?s|s\\.?r\\.?l|s\\.?p\\.?a|b\\.?v|n\\.?v|plc|llp|pty|pvt|oy|ab|a/s|a\\.s|"
                    + "s\\.?l|k\\.?k|sdn\\.? bhd|bhd|jsc|oao|ooo|spol\\. s r\\.o|s\\.?r\\.?o|sp\\. z o\\.o|"
                    + "co\\.?,? ltd|pte\\.? ltd|pvt\\.? ltd|s\\. de r\\.l\\. de c\\.v|s\\.a\\. de c\\.v)\\.?\\s*$");

    /** "Harbourside Textiles BV, Wilhelminakade 101, Venlo" -> the name; "ACME Co., Ltd." keeps its legal form */
    private static final Pattern LAST_LEGAL_FORM = Pattern.compile(
            "(?i)^(.*\\b(?:ltd|limited|inc|llc|gmbh|corp|corporation|ltda|limitada|plc|s\\.?p\\.?a|s\\.?a|b\\.?v|"
                    + "n\\.?v|a\\.?s|s\\.?r\\.?l|co|company|pty|pte|bhd|ag|oy|ab|llp|kk|sirketi|mbh)\\b\\.?)(.*)$");

    private static String nameBeforeAddress(String text) {
        String[] parts = addressAfterLegalForm(text).split(",", -1);
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!LEGAL_FORM_PART.matcher(parts[i]).matches()) {
                break;
            }
            name.append(',').append(parts[i]);
        }
        // "Lotus Trading S.A. Avenida Diagonal 141, 46024 Valencia": the street before the first comma, after the form
        return addressAfterLegalForm(name.toString());
    }

    /** "... Pvt. Ltd. Plot 125": the text up to its last legal form, where an address with a number follows it */
    private static String addressAfterLegalForm(String text) {
        Matcher legal = LAST_LEGAL_FORM.matcher(text);
        return legal.matches() && legal.group(2).matches(".*\\d.*") && !legal.group(2).startsWith(",")
                ? legal.group(1) : text;
    }

    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)\\b(customs|collector|office|department|ministry|company|co\\.|ltd|limited|inc|gmbh|llc|bank|attn|"
                    + "attention|dear|sirs?|madam|messrs|whom)\\b");

    /** A port or place: up to a few words, trailing punctuation dropped. */
    static Optional<String> place(String text) {
        String place = firstPart(text.strip().replaceFirst("^[:\\-=\\s]+", ""),
                "\\s{2,}|;|\\(|(?i)\\s+(?:per|by|via|on board|vessel|v\\.|under|for)\\b").strip();
        place = place.replaceAll("[.,:]+$", "").strip();
        place = place.replaceFirst("(?i)^(the )?(port|place|airport) of ", "").strip();
        if (ORGANISATION.matcher(place).find()) {
            return Optional.empty(); // "To: The Collector of Customs" addresses a letter, it names no port
        }
        if (ANOTHER_LABEL.matcher(place).find()) {
            return Optional.empty(); // the next label, its first word misread by OCR ("Bort of Destination")
        }
        if (place.matches("(?i)^(to|from|via|and|or|the|port|name|place|n/?a|tbd|tba|-+)$") || place.isEmpty()
                || !(Character.isUpperCase(place.charAt(0)) || Character.isDigit(place.charAt(0)))) {
            return Optional.empty(); // port names are capitalised; "warehouse to warehouse" is a clause
        }
        // three letters at least: "Po" is what OCR left of a label ("Port of …"), no port is named so
        if (place.replaceAll("[^\\p{L}]", "").length() < 3 || place.split("\\s+").length > 6) {
            return Optional.empty();
        }
        return Optional.of(place);
    }

    private static final Pattern ANOTHER_LABEL = Pattern.compile(
            "(?i)\\b\\w{0,5}\\s+of\\s+(destination|discharge|loading|delivery|receipt|entry|shipment|dispatch)\\b");

    private static final Pattern CARGO_BOILERPLATE = Pattern.compile(
            "(?i)(shipper['\u2019\u2018`]{0,2}s\\s+)?load[,.]?\\s+stow[,.]?(\\s+and|\\s*&)?\\s+count(\\s+and\\s+seal)?[,.]?|"
                    + "said\\s+to\\s+contain:?|\\bto\\s+contain:|\\bs\\.?t\\.?c\\.?:|"
                    + "\\bstc\\b:?|said to be:?|\\b\\d+\\s*(x\\s*)?(20|40|45)\\s*'?(gp|hc|hq|dv|ft|rf)\\b");

    /** the carrier's clauses taken out of a cargo description, also where they run over a line break */
    static String withoutBoilerplate(String text) {
        return CARGO_BOILERPLATE.matcher(text).replaceAll(" ");
    }

    /** a goods description without the carrier's boilerplate; empty when nothing but boilerplate or a label */
    /** "134 CTNS", "20 PALLETS." — how many packages, not what goods (a cargo cell read apart by OCR) */
    private static final Pattern PACKAGES_ONLY = Pattern.compile("(?i)\\d[\\d,.]*\\s*(\\p{L}{2,12})\\.?");

    private static boolean packagesOnly(String value) {
        Matcher m = PACKAGES_ONLY.matcher(value);
        return m.matches() && Units.unit(m.group(1)).filter(Units::isPackageKind).isPresent();
    }

    static Optional<String> description(String text) {
        // "92 CASES|SHIPPER'S LOAD ...": a rule between two cells read as a bar; goods are described without one
        String value = CARGO_BOILERPLATE.matcher(text.replace('|', ' ')).replaceAll(" ").replaceAll("\\s+", " ").strip()
                .replaceFirst("^[:\\-=.,;\\s]+", "").strip();
        if (value.endsWith(":") || value.split("\\s+").length < 2 || !value.matches(".*\\p{L}{3,}.*")
                || Character.isLowerCase(value.charAt(0)) || packagesOnly(value) || measuresOnly(value)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * "6,518.87 KGS 27.379 CBM": the cargo's weight and measurement, no goods; also after the packages' kind ("CS
     * 7,451.00 KGS", the count in the column before)
     */
    private static boolean measuresOnly(String value) {
        int kind = packageKindOpening(value);
        String measures = kind < 0 ? value : value.substring(kind);
        return measures.matches("(?i)(\\s*[\\d.,]+\\s*(kgs?|kgm|cbm|m3|mt|lbs?|cft)\\b[.,]?)+\\s*");
    }

    private static final Pattern PACKAGE_KIND_FIRST = Pattern.compile("(?:\\d[\\d,.]*\\s*)?(\\p{L}{2,12})\\.?\\s+");

    /** where the packages' kind (and its count) opening a text ends ("CS 7,451.00 KGS", "71 CARTONS MEN'S ..."); -1 */
    static int packageKindOpening(String text) {
        Matcher kind = PACKAGE_KIND_FIRST.matcher(text);
        return kind.lookingAt() && Units.unit(kind.group(1)).filter(Units::isPackageKind).isPresent() ? kind.end() : -1;
    }

    static Optional<String> text(String text) {
        String value = text.strip().replaceFirst("^[:\\-=\\s]+", "").strip();
        return value.isEmpty() || !value.matches(".*\\p{L}.*") ? Optional.empty() : Optional.of(value);
    }

    record VesselVoyage(String vessel, String voyage) {
    }

    private static final Pattern VESSEL_VOYAGE = Pattern.compile(
            "^(.*?\\p{L}.*?)\\s*(?:/|\\bV\\.|\\bVOY(?:AGE)?\\.?(?:\\s*NO\\.?)?[:\\s]?|\\bVOYAGE\\b)\\s*([A-Z0-9][A-Z0-9\\-]*)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ROUTE_VESSEL = Pattern.compile(
            "(?i)\\b(?:per|vessel|by vessel|on board|m/?v|s/?s)\\s+(?!sea\\b|air\\b)([A-Z0-9][A-Z0-9 .\\-']+?)(\\s+(?:V\\.|VOY\\.?|VOYAGE)\\s*[A-Z0-9\\-]+)?\\s*$");

    /** "V .813E", "V,954E": the voyage's point with a space read before it, or read as a comma */
    private static final Pattern VOYAGE_POINT_MISREAD = Pattern.compile("\\bV(?:\\s+\\.|,\\s?)(?=\\d)");

    private static final Pattern SPECK_IN_VOYAGE = Pattern.compile("(?i)(\\bV\\.\\s?\\d+)[:;](\\d+[A-Z]?)$");

    /** a vessel's name and, last, a voyage number of two to five digits with letters about them ("672S", "FE123") */
    private static final Pattern VOYAGE_LAST =
            Pattern.compile("^(.*\\p{L}.*?)\\s+([A-Z]{0,3}\\d{2,5}[A-Z]{0,2})$");

    /**
     * under a label that names the voyage too ("Vessel & Voyage"), a value without a mark between name and voyage:
     * the voyage is its last word where that word is a voyage number
     */
    static VesselVoyage voyageLast(String vessel) {
        Matcher m = VOYAGE_LAST.matcher(vessel.strip());
        return m.matches() ? new VesselVoyage(m.group(1).strip(), m.group(2)) : new VesselVoyage(vessel, null);
    }

    /** "BY SEAFROMQINGDAO": a route's first words run together on a scan that lost their spaces */
    private static final Pattern ROUTE_RUN_TOGETHER =
            Pattern.compile("(?i)^([:\\s]*by)\\s*(sea|air|ocean)\\s*(from)\\s*(?=\\p{L})");

    /** a route with the spaces between its first words restored ("BY SEA FROM QINGDAO") */
    static String routeSpaced(String text) {
        return ROUTE_RUN_TOGETHER.matcher(text).replaceFirst("$1 $2 $3 ");
    }

    /** a ship's kind before its name: steamship, motor vessel; "$8.", "5.S." and "$.5S.": S.S. as scans read it */
    private static final Pattern SHIP_PREFIX = Pattern.compile(
            "(?i)^(?:s\\.\\s?s\\.|m\\.\\s?v\\.|m/v|s/s|[s$5]\\.?\\s?[s$58]{1,2}\\.)\\s*:?\\s*");

    /** whether the text is a ship's kind alone ("S.S.", "$8."), the name to follow on the next line */
    static boolean shipPrefixOnly(String text) {
        String value = text.strip();
        return !value.isEmpty() && SHIP_PREFIX.matcher(value).replaceFirst("").isEmpty();
    }

    static VesselVoyage vessel(String text) {
        String value = text.strip().replaceFirst("^[:.\\-=\\s]+", "").replaceAll("[.,;]+$", "").strip();
        // "V.84:1N": a speck read as a colon inside the voyage number
        value = VOYAGE_POINT_MISREAD.matcher(value).replaceFirst("V.");
        value = SPECK_IN_VOYAGE.matcher(value).replaceFirst("$1$2");
        value = SHIP_PREFIX.matcher(value).replaceFirst(""); // "S.S.: AL ZUBARA", "M/V MAERSK ESSEN"
        if (value.matches("(?i)^(and|or|the|of|to|from|name|voyage|no|number|details|flight|carrier)\\b.*")) {
            return new VesselVoyage("", null);
        }
        if (value.matches("(?i)^(by (sea|air|ocean|vessel|truck|rail)|sea|from|sea freight|ocean freight)\\b.*")
                || value.matches("(?i).*\\s(per|by vessel|on board)(\\s.*|$)")) {
            // "BY SEA FROM GENOA TO LOS ANGELES PER MARIE MAERSK V.490N": the vessel follows "per"
            Matcher route = ROUTE_VESSEL.matcher(value);
            if (!route.find()) {
                return new VesselVoyage("", null);
            }
            value = route.group(1) + (route.group(2) == null ? "" : route.group(2));
        }
        Matcher m = VESSEL_VOYAGE.matcher(value);
        if (m.matches() && m.group(2).matches(".*\\d.*")) {
            return new VesselVoyage(m.group(1).replaceAll("[,/\\s]+$", "").strip(), m.group(2));
        }
        return new VesselVoyage(value, null);
    }
}
