package io.customsreview.hub.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Label-friendly tokens of a text with their character spans: lower case, accents and punctuation dropped, and the
 * many ways of writing "number" (No., Nº, N°, #, Nr., Number, Num.) made one token "no".
 */
final class Tokens {

    record Token(String text, int start, int end) {
    }

    private static final java.util.regex.Pattern NUMBER_SIGN_GLUED =
            java.util.regex.Pattern.compile("(?i)(n[\u00B0\u00BA])(\\d+)");

    private Tokens() {
    }

    /** "Sh~pment": a tilde between letters is a letter a scan misread (no word is printed so), kept in its word */
    private static boolean letterReadAsTilde(String text, int i) {
        return text.charAt(i) == '~' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '#' || c == '\u2116') {
                if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals("no")) {
                    tokens.add(new Token("no", i, i + 1));
                }
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\u00BA'
                    || text.charAt(i) == '\u00B0' || letterReadAsTilde(text, i))) {
                i++;
            }
            java.util.regex.Matcher glued = NUMBER_SIGN_GLUED.matcher(text.substring(start, i));
            if (glued.matches()) {
                // "n°562044387": the number sign and the number were printed without a space
                tokens.add(new Token("no", start, start + glued.end(1)));
                tokens.add(new Token(glued.group(2), start + glued.start(2), i));
                continue;
            }
            String token = normalise(text.substring(start, i));
            if (token.equals("0") && i < n && text.charAt(i) == '.' && !tokens.isEmpty()
                    && tokens.get(tokens.size() - 1).text().matches("\\p{L}")) {
                token = "o"; // "P.0. No.": an abbreviation's O read as a zero (no abbreviation's letter is a digit)
            }
            if (token.equals("no") && !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("no")) {
                continue; // "Receipt # No." says "number" twice
            }
            tokens.add(new Token(token, start, i));
        }
        return tokens;
    }

    static String normalise(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return switch (w) {
            case "no", "nº", "n°", "n0", "nr", "nro", "num", "number", "numero", "nummer", "numbers", "nos" -> "no";
            default -> w;
        };
    }

    /** "Inv. #" -> "inv no"; used to write labels in the same form as the text. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder();
        for (Token t : of(text)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
