package io.customsreview.hub.rules;

import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.RuleId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VESSEL_VOYAGE_MISMATCH: vessel or voyage differs from the B/L's. Vessel names compare without case, punctuation
 * and the "M/V", "MV", "MS" prefixes; voyages on their letters and digits ("012 E" = "012E").
 */
final class VesselVoyageRule implements Rule, FieldDependent {

    private static final List<DocumentType> PREFERENCE = List.of(DocumentType.BILL_OF_LADING);

    @Override
    public RuleId id() {
        return RuleId.VESSEL_VOYAGE_MISMATCH;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Consistency.Spec vessel = Consistency.Spec.normalised(id(), Field.VESSEL, "Vessel", PREFERENCE, Normalize::vessel);
        findings.addAll(Consistency.againstReference(dossier, new Consistency.Spec(vessel.rule(), vessel.field(),
                vessel.label(), vessel.preference(), vessel.key(),
                (a, b) -> vessel.same().test(a, b) || Normalize.sameOrTruncated(withoutPrefix(a), withoutPrefix(b)),
                vessel.show(), vessel.detail()).forgivingScans(VesselVoyageRule::vesselsReadAlike)
                .forgivingDoubtfulScans(VesselVoyageRule::oneLetterApart)));
        // a voyage read from a scan is forgiven look-alike characters only: a digit more or less is another voyage;
        // read doubtfully, one digit as its look-alike ("910N" at 0.38 for 010N), as a reference is, or one digit
        // more ("0920S" at 0.39 for 020S), or a 4 as an A ("A86W" at 0.60 for 486W)
        findings.addAll(Consistency.againstReference(dossier,
                Consistency.Spec.normalised(id(), Field.VOYAGE, "Voyage", PREFERENCE, Normalize::code)
                        .forgivingScans(VesselVoyageRule::voyagesReadAlike)
                        .forgivingDoubtfulScans((a, b) -> Normalize.oneLookAlikeDigitApart(Normalize.code(a),
                                Normalize.code(b)) || digitMoreRead(a, b) || digitMoreRead(b, a)
                                || voyagesReadAlike(aTakenForFour(a), aTakenForFour(b))
                                || legReadTwiceAsDigits(a, b) || legReadTwiceAsDigits(b, a))));
        return findings;
    }

    /**
     * "28758" for 287S: the closing leg letter's glyph read twice, both times as look-alike digits — with the last
     * digit taken for the other's leg letter, the voyage is the other one read twice ({@link #withLegReadTwiceOrNot})
     */
    static boolean legReadTwiceAsDigits(String read, String other) {
        String a = Normalize.code(read);
        String b = Normalize.code(other);
        if (a.length() < 4 || b.isEmpty() || !Character.isLetter(b.charAt(b.length() - 1))) {
            return false;
        }
        char leg = b.charAt(b.length() - 1);
        String asLeg = a.substring(0, a.length() - 1) + leg;
        return LEG_LOOKALIKE_DIGITS.getOrDefault(leg, "").indexOf(a.charAt(a.length() - 1)) >= 0
                && withLegReadTwiceOrNot(asLeg).contains(b) && !asLeg.equals(b);
    }

    /** the voyage with each A taken for the 4 of its shape (not among {@link Normalize#ocrFolded}'s look-alikes) */
    private static String aTakenForFour(String voyage) {
        return Normalize.code(voyage).replace('A', '4');
    }

    private static long digits(String code) {
        return code.chars().filter(Character::isDigit).count();
    }

    /** {@code longer} as {@code shorter} with one digit more read into it, either with its leg letter read twice */
    static boolean digitMoreRead(String longer, String shorter) {
        for (String a : withLegReadTwiceOrNot(Normalize.code(longer))) {
            for (String b : withLegReadTwiceOrNot(Normalize.code(shorter))) {
                if (b.length() >= 3 && a.length() == b.length() + 1 && Normalize.oneCharacterMore(a, b)
                        && digits(a) == digits(b) + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two voyages that OCR may have read as one: equal once look-alikes are made one, or a closing "S" (the
     * southbound leg, "142S") read as the digit 8 ("1428"), which the general look-alikes (S/5, B/8) do not cover —
     * on one scan as 5 and on another as 8 ("4775", "4778") —, or
     * lost ("667" for "667N"), or its glyph read twice ("7515S" for "751S"), or a letter more among the digits.
     */
    static boolean voyagesReadAlike(String first, String second) {
        String c1 = Normalize.code(first);
        String c2 = Normalize.code(second);
        if (letterAmongDigits(c1, c2) || letterAmongDigits(c2, c1)) {
            return true; // "1S95W" for "195W": a speck among the digits read as a letter
        }
        for (String a : withLegReadTwiceOrNot(c1)) {
            for (String b : withLegReadTwiceOrNot(c2)) {
                if (lettersReadAlike(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** the longer is the shorter with one letter more between two of its digits */
    private static boolean letterAmongDigits(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 1; i + 1 < longer.length(); i++) {
            if (Character.isLetter(longer.charAt(i)) && Character.isDigit(longer.charAt(i - 1))
                    && Character.isDigit(longer.charAt(i + 1))
                    && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** digits a leg letter is read as when Tesseract reads its glyph twice ("751S" as "7515S" or "7518S") */
    private static final Map<Character, String> LEG_LOOKALIKE_DIGITS = Map.of('S', "58", 'B', "8", 'O', "0",
            'I', "1", 'Z', "2", 'G', "6");

    /**
     * The voyage as read, and — where a look-alike digit of the closing letter stands right before it after a
     * digit — without that digit: the closing letter's glyph read twice, once as its look-alike ("467S" read
     * "4678S", "751S" read "7515S"; seen on scans of several layouts).
     */
    private static List<String> withLegReadTwiceOrNot(String code) {
        int n = code.length();
        if (n >= 4 && Character.isDigit(code.charAt(n - 3))
                && LEG_LOOKALIKE_DIGITS.getOrDefault(code.charAt(n - 1), "").indexOf(code.charAt(n - 2)) >= 0) {
            return List.of(code, code.substring(0, n - 2) + code.charAt(n - 1));
        }
        return List.of(code);
    }

    private static boolean lettersReadAlike(String c1, String c2) {
        if (Normalize.ocrFolded(c1).equals(Normalize.ocrFolded(c2))) {
            return true;
        }
        String shorter = c1.length() < c2.length() ? c1 : c2;
        String longer = c1.length() < c2.length() ? c2 : c1;
        if (longer.length() == shorter.length() + 1 && longer.startsWith(shorter) && shorter.matches(".*\\d")
                && "NSEW".indexOf(longer.charAt(longer.length() - 1)) >= 0) {
            return true; // "667" for "667N": the leg's letter lost at the edge of the box
        }
        return c1.length() == c2.length() && c1.length() > 1
                && c1.substring(0, c1.length() - 1).equals(c2.substring(0, c2.length() - 1))
                // a leg's S or E read as a digit of its shape ("1135", "1138" for 113E on clean and degraded scans)
                && Set.of("S8", "8S", "58", "85", "E6", "6E", "E5", "5E", "E8", "8E")
                .contains("" + c1.charAt(c1.length() - 1) + c2.charAt(c2.length() - 1));
    }

    /**
     * Two names of six letters or more, one letter apart ("HWM OSLO" read at 0.35 for HMM OSLO): for a doubtful
     * reading, a letter misread — ships of one name but a letter are not met in one shipment's papers. Names read
     * surely keep the one-letter-in-eight measure of {@link Normalize#readAlike}.
     */
    static boolean oneLetterApart(String first, String second) {
        String a = Normalize.words(vesselName(first)).replace(" ", "");
        String b = Normalize.words(vesselName(second)).replace(" ", "");
        return a.length() >= 6 && a.length() == b.length() && !a.equals(b)
                && io.customsreview.hub.llm.PartyNames.levenshtein(a, b) == 1;
    }

    /** two vessel names OCR may have read as one: a letter in eight misread, or the first word lost */
    private static boolean vesselsReadAlike(String first, String second) {
        String a = vesselName(first);
        String b = vesselName(second);
        return Normalize.readAlike(a, b) || firstWordLost(a, b);
    }

    /**
     * A vessel's name whose first word a smudge took on a scan ("es CGM JACQUES SAADE", "CGM JACQUES SAADE" for "CMA
     * CGM JACQUES SAADE"): the rest of the names agree, two words or more and ten letters or more of them, so that
     * "BERLIN EXPRESS" and "HAMBURG EXPRESS" stay two ships; or a short prefix of three letters or fewer read as
     * another such ("Hee GULSUN" for "MSC GULSUN"), the rest of five letters or more agreeing.
     */
    static boolean firstWordLost(String first, String second) {
        List<String> a = List.of(Normalize.words(first).split(" "));
        List<String> b = List.of(Normalize.words(second).split(" "));
        List<String> longer = a.size() >= b.size() ? a : b;
        List<String> shorter = longer == a ? b : a;
        List<String> rest = longer.subList(1, longer.size());
        if (a.size() == b.size() && a.size() >= 2 && a.get(0).length() <= 3 && b.get(0).length() <= 3
                && String.join("", rest).length() >= 5) {
            // a carrier's short prefix misread ("Hee GULSUN" for "MSC GULSUN"): the named ship is the same
            return Normalize.readAlike(String.join(" ", a.subList(1, a.size())), String.join(" ", b.subList(1, b.size())));
        }
        if (rest.size() < 2 || String.join("", rest).length() < 10) {
            return false;
        }
        String restName = String.join(" ", rest);
        return shorter.size() == longer.size() - 1 ? Normalize.readAlike(String.join(" ", shorter), restName)
                : shorter.size() == longer.size() && shorter.get(0).length() <= 3
                && Normalize.readAlike(String.join(" ", shorter.subList(1, shorter.size())), restName);
    }

    /** the name without "MV" and without a voyage read along with it ("... EXUPERY 990E") */
    private static String vesselName(String value) {
        return Normalize.words(value).replaceFirst("^(M V|MV|M S|MS|S S|SS) ", "").replaceFirst(" [A-Z]?\\d+[A-Z]?$", "");
    }

    private static String withoutPrefix(FieldValue v) {
        return Normalize.words(v.value()).replaceFirst("^(M V|MV|M S|MS|S S|SS) ", "");
    }

    @Override
    public List<MissingField> missingFields(Dossier dossier, RuleContext context) {
        EnumSet<DocumentType> carriers = EnumSet.of(DocumentType.BILL_OF_LADING, DocumentType.INSURANCE);
        List<MissingField> missing = new ArrayList<>(MissingFields.among(dossier, id(), Field.VESSEL, carriers));
        missing.addAll(MissingFields.among(dossier, id(), Field.VOYAGE, carriers));
        return missing;
    }
}
