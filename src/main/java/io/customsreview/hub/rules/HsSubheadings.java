package io.customsreview.hub.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The HS subheadings read from a resource of one 6-digit code per line. */
final class HsSubheadings implements HsNomenclature {

    private static final String CLASSPATH = "classpath:";

    private final Set<String> subheadings;

    private HsSubheadings(Set<String> subheadings) {
        this.subheadings = Set.copyOf(subheadings);
    }

    static HsSubheadings of(Set<String> subheadings) {
        for (String code : subheadings) {
            if (!code.matches("\\d{6}")) {
                throw new IllegalArgumentException("not a 6-digit HS subheading: " + code);
            }
        }
        return new HsSubheadings(subheadings);
    }

    static HsSubheadings load(String resource) {
        try (InputStream in = open(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> codes = new HashSet<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    codes.add(code);
                }
            }
            if (codes.isEmpty()) {
                // an empty nomenclature would flag every code as invalid: fail loudly instead
                throw new IllegalStateException("no HS subheadings in " + resource);
            }
            return of(codes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HS nomenclature " + resource, e);
        }
    }

    @Override
    public boolean isValid(String code) {
        String digits = Normalize.hsCode(code);
        return digits != null && digits.length() >= 6 && subheadings.contains(digits.substring(0, 6));
    }

    int size() {
        return subheadings.size();
    }

    private static InputStream open(String resource) throws IOException {
        if (resource.startsWith(CLASSPATH)) {
            String path = resource.substring(CLASSPATH.length()).replaceFirst("^/", "");
            InputStream in = HsSubheadings.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException("not on the classpath: " + path);
            }
            return in;
        }
        return Files.newInputStream(Path.of(resource));
    }
}
