package io.customsreview.hub.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166 country names and codes to alpha-2. */
public final class Countries {

    private static final Map<String, String> BY_NAME = load();

    private Countries() {
    }

    /** "People's Republic of China", "CHINA", "CN", "CHN", "Made in China" -> CN */
    public static Optional<String> code(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String letters = text.replaceAll("[^\\p{L}]", "");
        if (letters.length() <= 3 && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
            // codes are printed in capitals; "in", "de", "to" are words, and "ee" is a speck OCR read
            return Optional.empty();
        }
        String key = key(text);
        String direct = BY_NAME.get(key);
        if (direct != null) {
            return Optional.of(direct);
        }
        // a name followed or preceded by other words ("China (mainland)", "Made in Germany"): longest name inside
        String best = null;
        int bestLength = 0;
        String padded = " " + key + " ";
        for (Map.Entry<String, String> e : BY_NAME.entrySet()) {
            String name = e.getKey();
            if (name.length() > 3 && name.length() > bestLength && padded.contains(" " + name + " ")) {
                best = e.getValue();
                bestLength = name.length();
            }
        }
        return Optional.ofNullable(best).or(() -> nameWithASpaceReadIn(key));
    }

    /** the country the whole text names, and nothing else ("Italy", "Korea, Republic of", "SINGAPORE"); no codes */
    public static Optional<String> named(String text) {
        if (text == null || text.replaceAll("[^\\p{L}]", "").length() <= 3) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(key(text)));
    }

    /**
     * "Chin a" for China: a monospaced name a scan read with a space inside it; the one name that closing one of the
     * text's spaces gives (short texts only: a name, not a sentence)
     */
    private static Optional<String> nameWithASpaceReadIn(String key) {
        String[] words = key.split(" ");
        if (words.length < 2 || words.length > 3) {
            return Optional.empty();
        }
        for (int i = 1; i < words.length; i++) {
            String closed = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)) + words[i]
                    + (i + 1 < words.length ? " " + String.join(" ", java.util.Arrays.copyOfRange(words, i + 1,
                    words.length)) : "");
            String code = BY_NAME.get(closed);
            if (code != null && closed.length() > 3) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (var in = Countries.class.getResourceAsStream("/reference/countries.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(";", 3);
                String alpha2 = parts[0];
                map.put(key(alpha2), alpha2);
                map.put(key(parts[1]), alpha2);
                for (String name : parts[2].split("\\|")) {
                    map.putIfAbsent(key(name), alpha2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
