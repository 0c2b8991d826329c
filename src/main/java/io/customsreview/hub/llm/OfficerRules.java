package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DecidedBy;
import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.RuleId;
import io.customsreview.hub.domain.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The officer-written rules of {@code hub.llm.officer-rules-file}: the model evaluates each with the values of the
 * fields it concerns as evidence, and a rule the documents break becomes a finding under the rule's own id. These
 * findings are only ever added to the computed ones. The file is re-read whenever its modification time changes
 * (checked on each review); a file that does not parse keeps the rules last read. Without a model (provider none)
 * the rules are skipped, with a log line.
 */
public final class OfficerRules {

    private static final Logger log = LoggerFactory.getLogger(OfficerRules.class);
    private static final Set<String> CONTRACT_IDS = Arrays.stream(RuleId.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private final Path file;
    private final AiTasks.OfficerRuleService service;
    private final LlmCaller caller;
    private volatile List<OfficerRule> rules = List.of();
    private volatile FileTime loadedAt;
    private volatile boolean skipLogged;

    OfficerRules(Path file, AiTasks.OfficerRuleService service, LlmCaller caller) {
        this.file = file;
        this.service = service;
        this.caller = caller;
    }

    /** no file: no rules */
    static OfficerRules none() {
        return new OfficerRules(null, null, null);
    }

    /** the rules now in force (re-reading the file when it changed) */
    public List<OfficerRule> rules() {
        reloadIfChanged();
        return rules;
    }

    /** the findings of the officer rules on a dossier; never removes or changes anything else */
    public List<Finding> check(Dossier dossier) {
        List<OfficerRule> current = rules();
        if (current.isEmpty()) {
            return List.of();
        }
        if (service == null) {
            if (!skipLogged) {
                skipLogged = true;
                log.info("{} officer rule(s) in {} skipped: no language model (hub.llm.provider=none)",
                        current.size(), file);
            }
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (OfficerRule rule : current) {
            try {
                evaluate(rule, dossier).ifPresent(findings::add);
            } catch (RuntimeException e) {
                log.error("Officer rule {} failed on dossier {}", rule.id(), dossier.id(), e);
            }
        }
        return findings;
    }

    private java.util.Optional<Finding> evaluate(OfficerRule rule, Dossier dossier) {
        List<Evidence> evidence = new ArrayList<>();
        List<Map<String, Object>> values = new ArrayList<>();
        for (Document document : dossier.readable()) {
            if (!rule.documents().isEmpty() && !rule.documents().contains(document.type())) {
                continue;
            }
            for (String name : rule.fields()) {
                collect(document, name, evidence, values);
            }
        }
        if (values.isEmpty()) {
            return java.util.Optional.empty(); // nothing the rule concerns: nothing to judge
        }
        String question = DocumentData.json(values);
        LlmCaller.Outcome<AiTasks.RuleAnswer> outcome = caller.ask(AiTasks.OFFICER_PROMPT,
                rule.id() + "\n" + rule.rule() + "\n" + question,
                () -> service.evaluate(rule.id(), DocumentData.text(rule.rule()), question),
                a -> a.confidence() >= 0 && a.confidence() <= 1);
        if (!outcome.answered()) {
            // the rule could not be applied: say so rather than stay silent (a WARNING, never an ERROR)
            return java.util.Optional.of(new Finding(rule.id(), Severity.WARNING, "Officer rule " + rule.id()
                    + " could not be evaluated: LLM unavailable (" + outcome.failure() + ")", evidence, 0.0,
                    DecidedBy.LLM));
        }
        AiTasks.RuleAnswer answer = outcome.answer();
        if (!answer.applicable() || answer.compliant()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(rule.id(), rule.severity(), "Officer rule " + rule.id() + " ("
                + rule.rule() + "): " + DocumentData.reason(answer.reason()), evidence,
                DocumentData.confidence(answer.confidence()), DecidedBy.LLM));
    }

    private static void collect(Document document, String name, List<Evidence> evidence,
                                List<Map<String, Object>> values) {
        if (name.startsWith("lines.")) {
            LineField field = lineField(name.substring("lines.".length()));
            if (field == null) {
                return;
            }
            for (LineItem line : document.lines()) {
                line.get(field).ifPresent(v -> {
                    String report = "lines[" + line.number() + "]." + field.jsonName();
                    evidence.add(Evidence.of(report, v));
                    values.add(value(document, report, v));
                });
            }
            return;
        }
        Field field = field(name);
        if (field == null) {
            return;
        }
        for (FieldValue v : document.all(field)) {
            evidence.add(Evidence.of(field, v));
            values.add(value(document, field.jsonName(), v));
        }
    }

    private static Map<String, Object> value(Document document, String field, FieldValue v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("document", document.id());
        map.put("type", document.type().name());
        map.put("field", field);
        map.put("value", v.value());
        return map;
    }

    private static Field field(String name) {
        return Arrays.stream(Field.values()).filter(f -> f.jsonName().equalsIgnoreCase(name) || f.name()
                .equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static LineField lineField(String name) {
        return Arrays.stream(LineField.values()).filter(f -> f.jsonName().equalsIgnoreCase(name) || f.name()
                .equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- the file

    private synchronized void reloadIfChanged() {
        if (file == null) {
            return;
        }
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            if (loadedAt != null || rules.isEmpty()) {
                log.warn("Officer rules file {} is not readable ({}); no officer rules", file, e.toString());
                loadedAt = null;
                rules = List.of();
            }
            return;
        }
        if (modified.equals(loadedAt)) {
            return;
        }
        try {
            rules = parse(Files.readString(file));
            loadedAt = modified;
            skipLogged = false;
            log.info("Loaded {} officer rule(s) from {}: {}", rules.size(), file,
                    rules.stream().map(OfficerRule::id).toList());
        } catch (IOException | RuntimeException e) {
            loadedAt = modified; // do not re-parse a broken file on every review
            log.warn("Officer rules file {} does not parse ({}); keeping the {} rule(s) last read", file,
                    e.getMessage(), rules.size());
        }
    }

    /** parses the YAML text; entries that are not valid rules are skipped with a warning */
    static List<OfficerRule> parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("rules") instanceof List<?> entries)) {
            throw new IllegalArgumentException("expected a top-level 'rules:' list");
        }
        List<OfficerRule> rules = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Object entry : entries) {
            try {
                OfficerRule rule = rule(entry);
                if (!seen.add(rule.id())) {
                    throw new IllegalArgumentException("id " + rule.id() + " appears twice");
                }
                rules.add(rule);
            } catch (RuntimeException e) {
                log.warn("Officer rule skipped: {} ({})", e.getMessage(), entry);
            }
        }
        return List.copyOf(rules);
    }

    private static OfficerRule rule(Object entry) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("not a mapping");
        }
        String id = string(map.get("id"));
        if (id == null || !id.matches("[A-Z][A-Z0-9_]{2,63}")) {
            throw new IllegalArgumentException("id must be capitals, digits and underscores");
        }
        if (CONTRACT_IDS.contains(id)) {
            throw new IllegalArgumentException("id " + id + " is a contract rule's: choose another");
        }
        String severity = Objects.requireNonNullElse(string(map.get("severity")), "WARNING");
        String text = string(map.get("rule"));
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("rule text missing");
        }
        List<String> fields = list(map.get("fields"));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("fields missing");
        }
        for (String f : fields) {
            boolean known = f.startsWith("lines.") ? lineField(f.substring(6)) != null : field(f) != null;
            if (!known) {
                throw new IllegalArgumentException("unknown field " + f);
            }
        }
        List<DocumentType> documents = list(map.get("documents")).stream()
                .map(d -> DocumentType.valueOf(d.toUpperCase(Locale.ROOT))).toList();
        return new OfficerRule(id, Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT)), fields, documents,
                text.strip().replaceAll("\\s+", " "));
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> list(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(Object::toString).map(String::strip).toList();
        }
        return List.of(o.toString().strip());
    }
}
