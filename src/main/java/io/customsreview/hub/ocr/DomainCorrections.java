package io.customsreview.hub.ocr;

import io.customsreview.hub.domain.Box;
import io.customsreview.hub.extraction.Countries;
import io.customsreview.hub.extraction.Currencies;
import io.customsreview.hub.extraction.Word;
import io.customsreview.hub.rules.HsNomenclature;
import io.customsreview.hub.rules.Normalize;
import io.customsreview.hub.rules.UnLocodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Knowledge-based post-correction of OCR words, the way customs systems repair OCR: a word that is not valid as
 * read but becomes a valid container number (ISO 6346 check digit), HS subheading (the nomenclature), currency,
 * country or port code (the UN/LOCODE list, where there is one) once its confusable characters (O/D/Q/0, I/1, S/5,
 * B/8) are read the other way is corrected. Only the one reading the position demands is tried (a container's owner
 * code is letters, its serial digits; an HS code is digits), so a correction happens only when exactly that one
 * reading is valid and the word as read is not.
 */
final class DomainCorrections {

    /** A validated correction is as sure as the check that validated it, not as the recogniser was. */
    private static final double CORRECTED_CONFIDENCE = 0.85;
    private static final Pattern HS_SHAPE = Pattern.compile("[0-9OoIlSB]{4}(\\.?[0-9OoIlSB]{2}){1,3}");
    private static final Pattern CODE_SHAPE = Pattern.compile("[A-Z0-9]{3}");

    private final HsNomenclature nomenclature;
    private final UnLocodes locodes;

    DomainCorrections(HsNomenclature nomenclature) {
        this(nomenclature, UnLocodes.none());
    }

    DomainCorrections(HsNomenclature nomenclature, UnLocodes locodes) {
        this.nomenclature = nomenclature;
        this.locodes = locodes;
    }

    List<Word> correct(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            out.add(correctWord(w));
        }
        correctContainers(out);
        return out;
    }

    private Word correctWord(Word word) {
        String text = word.text();
        String core = text.replaceAll("[,;:)]+$", "");
        String tail = text.substring(core.length());
        if (HS_SHAPE.matcher(core).matches() && !core.chars().allMatch(c -> c == '.' || Character.isDigit(c))
                && core.chars().filter(Character::isDigit).count() >= 3) {
            String digits = asDigits(core);
            if (nomenclature.isValid(digits.replace(".", ""))) {
                return corrected(word, digits + tail);
            }
        }
        if (CODE_SHAPE.matcher(core).matches() && core.chars().anyMatch(Character::isDigit)
                && core.chars().anyMatch(Character::isLetter)) {
            String letters = asLetters(core);
            if (Currencies.isCode(letters) && !Currencies.isCode(core)) {
                return corrected(word, letters + tail);
            }
        }
        String code = portCode(core.startsWith("(") ? core.substring(1) : core);
        if (code != null) {
            return corrected(word, text.replace(core.startsWith("(") ? core.substring(1) : core, code));
        }
        if (core.length() > 3 && core.chars().allMatch(c -> Character.isLetterOrDigit(c))
                && core.chars().anyMatch(c -> "0158l".indexOf(c) >= 0)
                && core.chars().filter(Character::isLetter).count() >= core.length() - 2) {
            String letters = asLetters(core.toUpperCase(Locale.ROOT).equals(core) ? core : core.replace('l', 'I'));
            if (Countries.code(core).isEmpty() && Countries.code(letters).isPresent()) {
                return corrected(word, letters + tail);
            }
        }
        return word;
    }

    /**
     * a UN/LOCODE with letters read as digits ("CN5HA", "SGS1N"): the one reading, its digits read as the letters
     * they resemble, that the list knows, where the word as read is none; else null. Only digits are read as
     * letters: a location's digits 2-9 are real ("USLB3"), and a word of letters alone is as likely a name.
     */
    private String portCode(String word) {
        if (locodes.isEmpty() || word.length() != 5
                || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                || word.chars().noneMatch(Character::isDigit) || locodes.isKnown(word)) {
            return null;
        }
        List<String> readings = new ArrayList<>(List.of(""));
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char letter = asLetters(String.valueOf(c)).charAt(0);
            boolean digitKept = Character.isDigit(c) && i >= 2 && c >= '2';
            List<String> next = new ArrayList<>();
            for (String r : readings) {
                if (!Character.isDigit(c) || digitKept) {
                    next.add(r + c);
                }
                if (Character.isDigit(c) && Character.isLetter(letter)) {
                    next.add(r + letter);
                }
            }
            readings = next;
        }
        List<String> known = readings.stream().filter(locodes::isKnown).toList();
        return known.size() == 1 ? known.get(0) : null;
    }

    /** Container numbers, whole ("MSCU1234565") or spaced over words ("MSCU 123456 5", "MSCU 1234565"). */
    private static void correctContainers(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String whole = words.get(i).text().toUpperCase(Locale.ROOT);
            String speckRemoved = ownerCodeAndSerialApart(whole);
            if (speckRemoved != null) {
                words.set(i, corrected(words.get(i), speckRemoved));
                continue;
            }
            if (whole.length() == 12 && whole.chars().allMatch(Character::isLetterOrDigit)) {
                // four letters and eight digits are as often a bill of lading number ("MEDU51805107") as a container
                // number with a digit read twice: the field extractor, which knows the label, decides
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (int n = 1; n <= 3 && i + n <= words.size(); n++) {
                String part = words.get(i + n - 1).text();
                if (!part.chars().allMatch(Character::isLetterOrDigit)) {
                    break;
                }
                joined.append(part);
                if (joined.length() > 11) {
                    break;
                }
                if (n > 1 && !nextTo(words.get(i + n - 2), words.get(i + n - 1))) {
                    break; // words of other columns or lines are no parts of one number
                }
                if (joined.length() == 11 && (n > 1 || words.get(i).text().length() == 11)) {
                    String raw = joined.toString().toUpperCase(Locale.ROOT);
                    if (Normalize.validContainerNumber(raw) || raw.substring(0, 4).chars().filter(Character::isLetter).count() < 2) {
                        break; // valid as read, or no owner code: "8518309500" + "1" is an HS code and a quantity
                    }
                    // an owner code's letter read as another letter ("FMCU" for EMCU) is left for the rules: only
                    // another document stating the number tells it from a number printed wrong
                    String reading = asLetters(raw.substring(0, 4)) + asDigits(raw.substring(4));
                    if (Normalize.validContainerNumber(reading)) {
                        int at = 0;
                        for (int k = i; k < i + n; k++) {
                            int length = words.get(k).text().length();
                            words.set(k, corrected(words.get(k), reading.substring(at, at + length)));
                            at += length;
                        }
                    }
                    break;
                }
            }
        }
    }

    /**
     * A container number with a speck read as a mark between owner code and serial ("CMAU/7139477", seen on a
     * scanned declaration): the number without it when that passes the check digit (confusables read the way each
     * part demands); else null.
     */
    static String ownerCodeAndSerialApart(String word) {
        if (word.length() != 12 || "/|.,:;'-".indexOf(word.charAt(4)) < 0) {
            return null;
        }
        String owner = word.substring(0, 4);
        String serial = word.substring(5);
        if (!(owner + serial).chars().allMatch(Character::isLetterOrDigit)
                || owner.chars().filter(Character::isLetter).count() < 3) {
            return null;
        }
        String reading = asLetters(owner) + asDigits(serial);
        return Normalize.validContainerNumber(reading) ? reading : null;
    }

    /** whether {@code next} follows {@code word} on its line, a space apart */
    private static boolean nextTo(Word word, Word next) {
        int height = Math.max(1, word.box().y2() - word.box().y1());
        int gap = next.box().x1() - word.box().x2();
        boolean sameLine = Math.min(word.box().y2(), next.box().y2()) - Math.max(word.box().y1(), next.box().y1())
                > 0.5 * Math.min(height, next.box().y2() - next.box().y1());
        return sameLine && gap >= -2 && gap <= 2 * height;
    }

    static String asDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case 'O', 'o', 'D', 'Q' -> '0';
                case 'I', 'l', '|' -> '1';
                case 'S' -> '5';
                case 'B' -> '8';
                default -> c;
            });
        }
        return sb.toString();
    }

    static String asLetters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case '0' -> 'O';
                case '1' -> 'I';
                case '5' -> 'S';
                case '8' -> 'B';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static Word corrected(Word word, String text) {
        if (text.equals(word.text())) {
            return word;
        }
        Box box = word.box();
        return new Word(text, box, Math.max(word.confidence(), CORRECTED_CONFIDENCE));
    }
}
