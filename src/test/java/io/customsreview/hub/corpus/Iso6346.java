package io.customsreview.hub.corpus;

import java.util.Random;

/** ISO 6346 container numbers: owner code (3 letters + U/J/Z), 6-digit serial, check digit. */
public final class Iso6346 {
    private Iso6346() {
    }

    static int letterValue(char c) {
        // A=10, then skip multiples of 11
        int v = 10;
        for (char x = 'A'; x < c; x++) {
            v++;
            if (v % 11 == 0) {
                v++;
            }
        }
        return v;
    }

    /** Check digit for the first 10 characters; 10 is returned as-is (such serials should not be used). */
    public static int checkDigitRaw(String first10) {
        String s = first10.replace(" ", "").toUpperCase();
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            int v = Character.isLetter(c) ? letterValue(c) : c - '0';
            sum += v << i;
        }
        return sum % 11;
    }

    public static int checkDigit(String first10) {
        return checkDigitRaw(first10) % 10;
    }

    public static boolean isValid(String number) {
        String s = number.replace(" ", "").toUpperCase();
        if (!s.matches("[A-Z]{3}[UJZ][0-9]{7}")) {
            return false;
        }
        return checkDigitRaw(s.substring(0, 10)) != 10 && checkDigit(s.substring(0, 10)) == s.charAt(10) - '0';
    }

    /** A valid number for this owner code, avoiding serials whose check value is 10. */
    public static String generate(String owner, Random r) {
        while (true) {
            String first10 = owner + String.format("%06d", r.nextInt(1_000_000));
            if (checkDigitRaw(first10) != 10) {
                return first10 + checkDigit(first10);
            }
        }
    }

    /** The same number with a wrong check digit. */
    public static String corrupt(String number, Random r) {
        int good = number.charAt(10) - '0';
        int bad = (good + 1 + r.nextInt(8)) % 10;
        return number.substring(0, 10) + bad;
    }
}
