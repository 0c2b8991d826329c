package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.report.ReportJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints one JSON line per file with what the extractor read: {@code ExtractionJson FILE...} (a developer's tool). */
public final class ExtractionJson {

    public static void main(String[] args) throws Exception {
        RecognisingDocumentReader reader = new RecognisingDocumentReader(ExtractionSettings.defaults());
        for (String arg : args) {
            Path p = Path.of(arg);
            Document d = reader.read("d1", p.getFileName().toString(), Files.readAllBytes(p), "cli");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", p.toString());
            out.put("type", d.type());
            Map<String, Object> fields = new LinkedHashMap<>();
            d.fields().forEach((f, v) -> fields.put(f.jsonName(), v.stream().map(x -> x.value()).toList()));
            out.put("fields", fields);
            List<Map<String, String>> lines = d.lines().stream().map(li -> {
                Map<String, String> m = new LinkedHashMap<>();
                li.values().forEach((k, v) -> m.put(k.jsonName(), v.value()));
                return m;
            }).toList();
            out.put("lines", lines);
            System.out.println(ReportJson.mapper().writeValueAsString(out));
        }
    }
}
