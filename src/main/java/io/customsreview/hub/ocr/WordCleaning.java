package io.customsreview.hub.ocr;

import io.customsreview.hub.extraction.LineBuilder;
import io.customsreview.hub.extraction.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what table rules, box borders and specks add to OCR words: a border glued to a value ("|MSCU1234565",
 * "KGS}") and words that are nothing but such marks. Otherwise a ruled grid would drag every cell's confidence down
 * to that of its borders.
 */
final class WordCleaning {

    private static final Pattern BORDER_MARKS = Pattern.compile("^[|_{}\\[\\]‘’“”~«»—]+|[|_{}\\[\\]‘’“”~«»—]+$");
    private static final double MIN_CONFIDENCE_OF_MARKS = 0.5;
    /** a character boxed less than this share of its word's height is no glyph */
    private static final double FLAT_SHARE = 0.45;
    private static final Pattern LEADING_QUOTES = Pattern.compile("^['\"`]+");

    private WordCleaning() {
    }

    /** The word without border marks; empty when nothing of it is worth keeping. */
    static String clean(String word, double confidence) {
        String text = BORDER_MARKS.matcher(word).replaceAll("");
        // a speck or a cell's corner read as a quote before a value ("' INV-2025-32127", "'N/M"); closing quotes
        // stay (24" is a size)
        text = LEADING_QUOTES.matcher(text).replaceAll("");
        boolean hasContent = text.codePoints().anyMatch(Character::isLetterOrDigit);
        if (!hasContent && (confidence < MIN_CONFIDENCE_OF_MARKS || text.isEmpty())) {
            return "";
        }
        // "$C241355€,": a reference's closing C read as a euro sign (no amount has letters before its digits)
        text = EURO_FOR_C.matcher(text).replaceFirst("C");
        // "CI’/2561/24": a speck read as an apostrophe between a reference's letters and its slash
        text = MARK_BEFORE_SLASH.matcher(text).replaceFirst("");
        // "$C241430D": an S read as a dollar sign; a dollar before an amount is followed by a digit, not a letter
        if (DOLLAR_FOR_S.matcher(text).matches()) {
            text = "S" + text.substring(1);
        }
        // "S$C252576B": within a reference too
        text = DOLLAR_INSIDE.matcher(text).replaceAll("S");
        // "$/C No.": a sales contract's S/C, whose S no dollar can stand for before a slash and a letter
        text = DOLLAR_SLASH_LETTER.matcher(text).replaceFirst("S/");
        // "§.471,35KGS" for 5.471,35: a 5 read as a section sign, which opens no number
        text = SECTION_SIGN_FOR_5.matcher(text).replaceAll("5");
        // "7O/KGS" for 70 KGS: a zero read as the letter after a digit
        text = O_AFTER_DIGIT.matcher(text).replaceAll("0");
        // "35@0" for 3500: a zero read as an at sign between a count's digits (a count at a price, "1@50", has one
        // digit before it, and is spaced as often)
        text = AT_FOR_ZERO.matcher(text).replaceAll("0");
        // "7 O80/PCS" for 7 080 PCS: a digit group's first zero read as the letter, its unit glued on
        text = O_OPENING_A_GROUP.matcher(text).replaceFirst("0");
        // "1G0SETS" for 160 SETS: a digit between a count's digits read as the letter of its shape, before its unit
        java.util.regex.Matcher count = LETTER_AMONG_COUNT_DIGITS.matcher(text);
        if (count.matches()) {
            text = count.group(1) + DIGIT_OF_LETTER.get(count.group(2).charAt(0)) + count.group(3) + count.group(4);
        }
        // "IS6SETS" for 156SETS: a count's opening digits read as the letters of their shape, a unit after it
        java.util.regex.Matcher opening = LETTERS_OPENING_A_COUNT.matcher(text);
        if (opening.matches() && opening.group(1).charAt(0) != 'O'
                && io.customsreview.hub.extraction.Units.unit(opening.group(3)).isPresent()) {
            text = digitsOfLetters(opening.group(1)) + opening.group(2) + opening.group(3);
        }
        // "1IS|SETS" for 115 SETS: a doubted count's closing digits read as the letters of their shape, the gap before
        // its unit read as a bar
        java.util.regex.Matcher closing = LETTERS_CLOSING_A_COUNT.matcher(text);
        if (confidence < SURE_WORD && closing.matches()
                && io.customsreview.hub.extraction.Units.unit(closing.group(3)).isPresent()) {
            text = closing.group(1) + digitsOfLetters(closing.group(2)) + closing.group(3);
        }
        // "3.277,/0 KG" for 3.277,70: a 7 after a number's decimal mark read as a slash
        text = SLASH_FOR_7.matcher(text).replaceAll("7");
        // "INV~2025-40420": a reference's dash read as a tilde
        text = TILDE_FOR_DASH.matcher(text).replaceAll("-");
        // "482.47KG__2.026": a gap between two cells read as underscores; trade documents' values hold none
        text = UNDERSCORES_BETWEEN.matcher(text).replaceAll(" ");
        // "223380}4011100000", "440,00/0901.11.00", "344,00)8473.30": a table's rule between two cells' numbers read
        // as a mark; "154596.1/8471.30.00": an amount's last zero and the rule read as one, before a dotted code
        text = RULE_BETWEEN_NUMBERS.matcher(text).replaceAll(" ");
        // "580500/950300" read doubtfully: two cells' numbers of six digits or more with a rule between
        if (confidence < MIN_CONFIDENCE_OF_MARKS + 0.1) {
            text = RULE_BETWEEN_LONG_NUMBERS.matcher(text).replaceAll(" ");
        }
        // "280.00|/Germany", ".00|Germany": an amount's cents and the next cell's word, the rule between them read
        text = RULE_AFTER_CENTS.matcher(text).replaceAll(" ");
        // "12000)": a rule after a cell's number read as a bracket nothing opened
        if (text.indexOf('(') < 0) {
            text = CLOSING_BRACKET_AFTER_NUMBER.matcher(text).replaceFirst("");
        }
        // "Cl’3378/24": a reference's slash read as an apostrophe between its letters and its digits
        text = APOSTROPHE_FOR_SLASH.matcher(text).replaceAll("/");
        // "c/0" for "C/O" (country of origin): an abbreviation's O read as a zero
        text = ZERO_FOR_O_IN_ABBREVIATION.matcher(text).replaceFirst("$1/O$2");
        // "pane!" for "panel", "stee!": an l's top read as an exclamation mark; trade documents do not exclaim
        text = L_READ_AS_EXCLAMATION.matcher(text).replaceFirst("l");
        // "Portof Discharge", "Billof Lading", "SICNo.", "ContractNo.": the space in a label's words lost
        text = RUN_TOGETHER_OF.matcher(text).replaceFirst("$1 $2");
        return RUN_TOGETHER_NO.matcher(text).replaceFirst("$1 $2");
    }

    private static final Pattern EURO_FOR_C = Pattern.compile("(?<=[A-Z$][A-Z]{0,3}\\d{4,12})€(?=[,.;:)]?$)");

    private static final Pattern MARK_BEFORE_SLASH = Pattern.compile("(?<=^[A-Za-z]{1,4})['’‘`](?=/\\d)");

    private static final Pattern DOLLAR_SLASH_LETTER = Pattern.compile("^\\$/(?=[A-Z][.:]?$)");

    private static final Pattern O_OPENING_A_GROUP = Pattern.compile("^O(?=\\d{2}[/|]?\\p{Lu}{2,5}$)");
    private static final Pattern AT_FOR_ZERO = Pattern.compile("(?<=^\\d{2,9})@(?=\\d{1,2}$)");
    private static final Pattern O_AFTER_DIGIT = Pattern.compile("(?<=\\d)O(?=\\d|[.,/]|$)");

    private static final Pattern LETTER_AMONG_COUNT_DIGITS = Pattern.compile("^(\\d+)([GSBZ])(\\d+)([A-Za-z]{2,5})$");

    private static final java.util.Map<Character, Character> DIGIT_OF_LETTER = java.util.Map.of('G', '6', 'S', '5',
            'B', '8', 'Z', '2');

    /** letters read for the digits of their shape, as those digits ("IS" as "15") */
    private static String digitsOfLetters(String letters) {
        StringBuilder digits = new StringBuilder();
        letters.chars().forEach(c -> digits.append(io.customsreview.hub.extraction.Numbers.digitOfLetter((char) c)));
        return digits.toString();
    }

    private static final Pattern LETTERS_OPENING_A_COUNT =
            Pattern.compile("^([IlSOBZ]{1,2})(\\d{1,5})([A-Za-z]{2,5})$");

    private static final Pattern RULE_BETWEEN_LONG_NUMBERS =
            Pattern.compile("(?<=(?<![\\d.,/])\\d{6,10})/(?=\\d{6,10}(?![\\d/]))");

    private static final Pattern LETTERS_CLOSING_A_COUNT =
            Pattern.compile("^(\\d{1,4})([IlSOBZ]{1,2})\\|?([A-Za-z]{2,5})$");

    /** below this a word was doubted by the recogniser */
    private static final double SURE_WORD = 0.9;

    private static final Pattern SLASH_FOR_7 = Pattern.compile("(?<=\\d{3}[.,])/(?=\\d(?![\\d/]))");

    private static final Pattern TILDE_FOR_DASH = Pattern.compile("(?<=[A-Za-z0-9])~(?=\\d)");

    private static final Pattern SECTION_SIGN_FOR_5 = Pattern.compile("(?<![\\p{L}\\d.,])§(?=[.,]?\\d)");

    private static final Pattern RULE_BETWEEN_NUMBERS =
            Pattern.compile("(?<=\\d)[|{}\\[\\]]/?(?=\\d)|(?<=\\d[.,]\\d{2})[/)](?=\\d)"
                    + "|(?<=\\d[.,]\\d)[/)](?=\\d{4}\\.\\d{2}(?!\\d))");

    private static final Pattern RULE_AFTER_CENTS = Pattern.compile("(?<=[.,]\\d{2})\\|/?(?=\\p{L}{2})");

    private static final Pattern CLOSING_BRACKET_AFTER_NUMBER = Pattern.compile("(?<=\\d)[)]$");

    /**
     * A word the cleaning found to be two cells' values ("223380 4011100000" where a rule stood between them) as
     * one word per value, each boxed over its share of the letters: a table's columns are told by the words' boxes.
     */
    /** below this a number is checked against the width its box gives its digits */
    private static final double DOUBTFUL_DIGITS = 0.9;
    /** a number whose digits are this much narrower than its line's sure digits holds a digit too many */
    private static final double NARROW = 0.8;
    /** withheld as a number: below the floor for values read from scans */
    private static final double DIGIT_MORE_THAN_THE_BOX = 0.3;

    /**
     * Doubtful numbers read with a digit more than their box holds ("4098" at 0.68 for 400, the box three digits
     * wide beside surely read digits on its line; printed digits are all one width): withheld, not taken as another
     * number. Other words as they are.
     */
    static List<Word> digitsMoreThanTheirBoxHolds(List<Word> words) {
        List<Word> result = new ArrayList<>(words);
        for (int i = 0; i < result.size(); i++) {
            Word word = result.get(i);
            if (word.confidence() >= DOUBTFUL_DIGITS || !word.text().matches("\\d{3,}")) {
                continue;
            }
            double[] sure = words.stream().filter(w -> w != word && w.confidence() >= DOUBTFUL_DIGITS
                            && w.text().matches("\\d{3,}") && sameLine(w, word))
                    .mapToDouble(w -> (double) (w.box().x2() - w.box().x1()) / w.text().length()).sorted().toArray();
            if (sure.length == 0) {
                continue;
            }
            double pitch = sure[sure.length / 2];
            int length = word.text().length();
            double width = word.box().x2() - word.box().x1();
            if (width / length < NARROW * pitch && Math.abs(width / (length - 1) - pitch) <= 0.2 * pitch) {
                result.set(i, new Word(word.text(), word.box(), Math.min(word.confidence(), DIGIT_MORE_THAN_THE_BOX)));
            }
        }
        return result;
    }

    /** a glyph's box is at least this share of its height wide (but for the strokes a one, an I or an l are) */
    private static final double THINNEST_GLYPH = 0.2;
    /** ... and a stroke so read is doubted below this */
    private static final double DOUBTED_STROKE = 0.5;

    /**
     * The words without one-character words read in doubt whose box is thinner than that character's glyph could be:
     * a rule's remains or a stroke of noise read as a "3", which would join the cells either side into one.
     */
    static List<Word> strokesReadAsCharacters(List<Word> words) {
        return words.stream().filter(w -> !(w.text().length() == 1 && "1Il|!ij.,:;'`".indexOf(w.text().charAt(0)) < 0
                && w.confidence() < DOUBTED_STROKE
                && w.box().x2() - w.box().x1() < THINNEST_GLYPH * (w.box().y2() - w.box().y1()))).toList();
    }

    private static boolean sameLine(Word a, Word b) {
        int overlap = Math.min(a.box().y2(), b.box().y2()) - Math.max(a.box().y1(), b.box().y1());
        return overlap > 0.5 * Math.min(a.box().y2() - a.box().y1(), b.box().y2() - b.box().y1());
    }

    static List<Word> splitAtGaps(Word word) {
        String text = word.text();
        if (text.indexOf(' ') < 0) {
            return List.of(word);
        }
        List<Word> parts = new ArrayList<>();
        var box = word.box();
        double perChar = (box.x2() - box.x1()) / (double) text.length();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    parts.add(new Word(text.substring(start, i), LineBuilder.box(box.x1() + start * perChar, box.y1(),
                            box.x1() + i * perChar, box.y2()), word.confidence()));
                }
                start = i + 1;
            }
        }
        return parts;
    }

    private static final Pattern UNDERSCORES_BETWEEN = Pattern.compile("(?<=[\\p{L}\\p{N}.,])_+(?=[\\p{L}\\p{N}])");

    private static final Pattern APOSTROPHE_FOR_SLASH = Pattern.compile("(?<=^[A-Za-z]{1,4})['’‘`](?=\\d{2,}/)");

    /**
     * A word that repeats an earlier one: the same text over the same ink ("Place of of Unloading", both "of" boxed
     * over one another: the page's reading and the second one), or a small function word Tesseract read twice side by
     * side. Either way the label is no longer known; a value's repeated word beside it is the document's.
     */
    static boolean readTwice(io.customsreview.hub.extraction.Word earlier, io.customsreview.hub.extraction.Word word) {
        if (!word.text().equals(earlier.text())) {
            return false;
        }
        var a = earlier.box();
        var b = word.box();
        if (Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1()) <= 0) {
            return false; // not on one line
        }
        int overlap = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        int narrower = Math.min(a.x2() - a.x1(), b.x2() - b.x1());
        if (overlap > 0 && 2 * overlap >= narrower) {
            return true;
        }
        int height = Math.max(a.y2() - a.y1(), b.y2() - b.y1());
        return FUNCTION_WORD.matcher(word.text()).matches() && b.x1() >= a.x2() && b.x1() - a.x2() <= height;
    }

    /**
     * A doubted scrap of a character or two boxed within a longer word's ink on its line ("1" at 0.43 inside
     * "Qingdao"): a speck, no word; kept, it splits the line's segment in two there
     */
    static boolean speckInside(io.customsreview.hub.extraction.Word word, io.customsreview.hub.extraction.Word speck) {
        var a = word.box();
        var b = speck.box();
        // boxed less than half as high as the word, it is no glyph however surely read ("1" at 0.59, 1 px by 2)
        boolean flat = b.y2() - b.y1() < FLAT_SHARE * (a.y2() - a.y1());
        return speck.text().length() <= 2 && (speck.confidence() < MIN_CONFIDENCE_OF_MARKS || flat)
                && word.text().length() >= 4
                && b.x1() >= a.x1() && b.x2() <= a.x2() && Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1()) > 0;
    }

    /** an amount's text up to its decimal mark, nothing after it: "28.536," */
    private static final Pattern UP_TO_ITS_MARK = Pattern.compile("\\d[\\d.,]*[.,]");

    /**
     * A word read again over the end of the one before it on the line (either given first), their boxes
     * overlapping: "Meri" + "idian" + "ian" for Meridian, "Stock" + "tock", an amount's cents "28.536," + "00".
     * The one word they make (the later word's letters after those the two share), over both boxes, as sure as the
     * less sure; null where the boxes do not overlap or the texts do not run on (words side by side never overlap).
     */
    static io.customsreview.hub.extraction.Word readOverItsEnd(io.customsreview.hub.extraction.Word one,
                                                              io.customsreview.hub.extraction.Word other) {
        // Tesseract gives the two in either order
        boolean inOrder = one.box().x1() <= other.box().x1();
        var earlier = inOrder ? one : other;
        var word = inOrder ? other : one;
        var a = earlier.box();
        var b = word.box();
        // on one line: most of the lower box's height shared ("Nordwind" and a ghost "Industrial" boxed right under
        // it on a skewed scan, touching by a few pixels, had made the buyer "Nordwindustrial Supply Inc.")
        int shared = Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1());
        if (shared <= 0 || 2 * shared < Math.min(a.y2() - a.y1(), b.y2() - b.y1()) || b.x1() >= a.x2()
                || b.x1() <= a.x1()) {
            return null;
        }
        String first = earlier.text();
        String second = word.text();
        String joined = null;
        if (UP_TO_ITS_MARK.matcher(first).matches() && second.matches("\\d{2}")) {
            joined = first + second;
        } else if (first.chars().allMatch(Character::isLetter) && second.chars().allMatch(Character::isLetter)) {
            for (int letters = Math.min(first.length(), second.length()); letters >= 1 && joined == null; letters--) {
                if (endsWithReadAlike(first, second.substring(0, letters))) {
                    joined = first + second.substring(letters);
                }
            }
        }
        if (joined == null) {
            return null;
        }
        return new io.customsreview.hub.extraction.Word(joined, a.union(b), Math.min(earlier.confidence(),
                word.confidence()));
    }

    /** "Orient" ends with "lent"'s "len": the letters alike, or strokes of one shape (i, l, I) read for each other */
    private static boolean endsWithReadAlike(String word, String part) {
        if (part.length() > word.length()) {
            return false;
        }
        String end = word.substring(word.length() - part.length());
        for (int i = 0; i < part.length(); i++) {
            char a = end.charAt(i);
            char b = part.charAt(i);
            if (a != b && !(STROKES.indexOf(a) >= 0 && STROKES.indexOf(b) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static final String STROKES = "ilI";

    private static final Pattern FUNCTION_WORD = Pattern.compile("of|and|the|to|for|de|du|la|des|del|di");

    /** "SICNo.", "ContractNo:": an abbreviation or a capitalised word, then "No" with its capital N */
    private static final Pattern RUN_TOGETHER_NO = Pattern.compile("^([A-Z][A-Z/]{1,4}|[A-Z][a-z]{2,})(No\\.?:?)$");

    private static final Pattern RUN_TOGETHER_OF = Pattern.compile(
            "(?i)^(port|bill|bills|date|place|country|description|number|marks|kind)(of)$");

    /** a letter, a slash and a zero: "c/0", "C/0:" */
    private static final Pattern ZERO_FOR_O_IN_ABBREVIATION = Pattern.compile("^([A-Za-z])/0([.:]?)$");

    /** an exclamation mark closing a lower-case word of two letters or more ("pane!", "stee!") */
    private static final Pattern L_READ_AS_EXCLAMATION = Pattern.compile("(?<=[a-z]{2})!(?=[,;.:)]?$)");

    private static final Pattern DOLLAR_INSIDE = Pattern.compile("(?<=[A-Z])\\$(?=[A-Z])");
    /** "$C241430D", "$0S242723": a letter right after the sign, or after one digit */
    private static final Pattern DOLLAR_FOR_S = Pattern.compile("\\$(?=[A-Z]|[0-9][A-Z])[A-Z0-9/\\-]{4,}[,;:.]?");
}
