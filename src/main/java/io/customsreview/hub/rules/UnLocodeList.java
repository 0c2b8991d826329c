package io.customsreview.hub.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The UN/LOCODE list held in memory: names by code, sea ports by name. */
final class UnLocodeList implements UnLocodes {

    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*)\\)");
    /** one list per file: an engine is built per test context and per command, the file read once (37,000 rows) */
    private static final Map<Path, UnLocodeList> LOADED = new ConcurrentHashMap<>();

    private final Map<String, Set<String>> namesByCode = new HashMap<>();
    private final Map<String, Set<String>> seaPortsByName = new HashMap<>();

    private UnLocodeList(Collection<Location> locations) {
        for (Location location : locations) {
            for (String name : namesOf(location.name())) {
                namesByCode.computeIfAbsent(location.code(), k -> new HashSet<>()).add(name);
                if (location.seaPort()) {
                    seaPortsByName.computeIfAbsent(name, k -> new HashSet<>()).add(location.code());
                }
            }
            namesByCode.computeIfAbsent(location.code(), k -> new HashSet<>());
        }
    }

    static UnLocodeList of(Collection<Location> locations) {
        return new UnLocodeList(locations);
    }

    static UnLocodeList load(String file) {
        if (file == null || file.isBlank()) {
            return of(List.of());
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            System.getLogger(UnLocodes.class.getName()).log(System.Logger.Level.INFO, "No UN/LOCODE list at " + path
                    + ": ports compared through the code-name pairs the dossiers state");
            return of(List.of());
        }
        try {
            return LOADED.computeIfAbsent(path, UnLocodeList::read);
        } catch (IllegalStateException | UncheckedIOException e) {
            // a list that cannot be read makes no review impossible: ports are compared as without one
            System.getLogger(UnLocodes.class.getName()).log(System.Logger.Level.WARNING,
                    e.getMessage() + ": ports compared through the code-name pairs the dossiers state");
            return of(List.of());
        }
    }

    private static UnLocodeList read(Path path) {
        List<Location> locations = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            List<String> header = columns(reader.readLine());
            int country = header.indexOf("country"), location = header.indexOf("location"),
                    name = header.indexOf("name"), plainName = header.indexOf("nameWoDiacritics"),
                    function = header.indexOf("function");
            if (country < 0 || location < 0 || name < 0 || function < 0) {
                throw new IllegalStateException("not a UN/LOCODE list (country,location,name,function): " + path);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> row = columns(line);
                if (row.size() <= Math.max(function, Math.max(name, location))) {
                    continue;
                }
                String code = row.get(country) + row.get(location);
                boolean seaPort = row.get(function).startsWith("1");
                if (code.length() == 5) {
                    locations.add(new Location(code, row.get(name), seaPort));
                    if (plainName >= 0 && plainName < row.size() && !row.get(plainName).equals(row.get(name))) {
                        locations.add(new Location(code, row.get(plainName), seaPort));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the UN/LOCODE list " + path, e);
        }
        UnLocodeList list = of(locations);
        System.getLogger(UnLocodes.class.getName()).log(System.Logger.Level.INFO,
                "UN/LOCODE list: " + list.namesByCode.size() + " locations from " + path);
        return list;
    }

    /** a CSV line's cells; quoted cells may hold commas and doubled quotes */
    static List<String> columns(String line) {
        List<String> cells = new ArrayList<>();
        if (line == null) {
            return cells;
        }
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** "Jawaharlal Nehru (Nhava Sheva)": both names */
    static Set<String> namesOf(String written) {
        Set<String> names = new HashSet<>();
        String whole = Normalize.portName(written.replace("\"", ""));
        if (!whole.isEmpty()) {
            names.add(whole);
        }
        Matcher m = PARENTHESISED.matcher(written);
        while (m.find()) {
            String inner = Normalize.portName(m.group(1));
            if (!inner.isEmpty()) {
                names.add(inner);
            }
        }
        return names;
    }

    @Override
    public boolean isKnown(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    @Override
    public Set<String> names(String code) {
        return code == null ? Set.of() : namesByCode.getOrDefault(code, Set.of());
    }

    @Override
    public Set<String> seaPortsNamed(String name) {
        return name == null ? Set.of() : seaPortsByName.getOrDefault(name, Set.of());
    }

    @Override
    public boolean isEmpty() {
        return namesByCode.isEmpty();
    }
}
