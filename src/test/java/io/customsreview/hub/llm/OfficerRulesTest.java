package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DecidedBy;
import io.customsreview.hub.domain.DocumentBuilder;
import io.customsreview.hub.domain.DocumentType;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.customsreview.hub.llm.ScriptedLlmServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;

class OfficerRulesTest {

    private static final String BREAKS = "{\"applicable\":true,\"compliant\":false,\"confidence\":0.85,"
            + "\"reason\":\"line 1 'T-shirts, men' (HS 610910) names no material\"}";

    @TempDir
    Path dir;
    private ScriptedLlmServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Dossier textiles() {
        return new Dossier("SHP-T", List.of(
                DocumentBuilder.of("d1", DocumentType.INVOICE).line(Map.of(LineField.DESCRIPTION,
                        "Men's cotton T-shirts", LineField.HS_CODE, "610910")).build(),
                DocumentBuilder.of("d2", DocumentType.DECLARATION).line(Map.of(LineField.DESCRIPTION,
                        "T-shirts, men", LineField.HS_CODE, "6109100010")).build()));
    }

    private Path exampleFile() throws Exception {
        Path file = dir.resolve("officer-rules.yml");
        Files.copy(Path.of("docs/officer-rules.example.yml"), file);
        return file;
    }

    @Test
    void theDocumentedExampleParses() throws Exception {
        List<OfficerRule> rules = OfficerRules.parse(Files.readString(exampleFile()));
        assertThat(rules).extracting(OfficerRule::id)
                .containsExactly("OFFICER_TEXTILE_MATERIAL", "OFFICER_BATTERY_UN_NUMBER");
        assertThat(rules.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(rules.get(0).documents()).containsExactly(DocumentType.DECLARATION);
        assertThat(rules.get(0).rule()).startsWith("For textile goods").doesNotContain("\n");
    }

    @Test
    void invalidEntriesAreSkipped() {
        List<OfficerRule> rules = OfficerRules.parse("""
                rules:
                  - {id: INVOICE_CONTRACT_AMOUNT_MISMATCH, severity: WARNING, fields: [totalAmount], rule: never mind}
                  - {id: lower_case, fields: [description], rule: x}
                  - {id: OFFICER_NO_FIELDS, rule: x}
                  - {id: OFFICER_BAD_FIELD, fields: [colour], rule: x}
                  - {id: OFFICER_BAD_SEVERITY, severity: FATAL, fields: [description], rule: x}
                  - {id: OFFICER_OK, fields: [description], rule: descriptions must be in English}
                """);
        assertThat(rules).extracting(OfficerRule::id).containsExactly("OFFICER_OK");
        assertThat(rules.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aBrokenRuleIsAFindingUnderItsOwnIdDecidedByTheModel() throws Exception {
        server.always(Reply.content(BREAKS));
        OfficerRules rules = LlmSupport.create(LlmTesting.openAi(server, 3, exampleFile().toString())).officerRules();

        List<Finding> findings = rules.check(textiles());

        // the battery rule asks too (the descriptions are its evidence): the scripted model says both are broken
        assertThat(findings).extracting(Finding::rule)
                .containsExactly("OFFICER_TEXTILE_MATERIAL", "OFFICER_BATTERY_UN_NUMBER");
        Finding textile = findings.get(0);
        assertThat(textile.severity()).isEqualTo(Severity.ERROR);
        assertThat(textile.decidedBy()).isEqualTo(DecidedBy.LLM);
        assertThat(textile.confidence()).isEqualTo(0.85);
        assertThat(textile.message()).contains("OFFICER_TEXTILE_MATERIAL", "names no material");
        // only the declaration's fields are the textile rule's evidence
        assertThat(textile.evidence()).extracting(e -> e.document() + ":" + e.field() + "=" + e.value())
                .containsExactly("d2:lines[1].description=T-shirts, men", "d2:lines[1].hsCode=6109100010");
        String user = ScriptedLlmServer.userMessage(server.requests.get(0));
        assertThat(user).contains("OFFICER_TEXTILE_MATERIAL", "<document_data>", "T-shirts, men")
                .doesNotContain("Men's cotton");
    }

    @Test
    void compliantOrInapplicableRulesGiveNoFinding() throws Exception {
        server.then(Reply.content("{\"applicable\":true,\"compliant\":true,\"confidence\":0.9,\"reason\":\"ok\"}"))
                .then(Reply.content("{\"applicable\":false,\"compliant\":false,\"confidence\":0.9,\"reason\":\"no\"}"));
        OfficerRules rules = LlmSupport.create(LlmTesting.openAi(server, 3, exampleFile().toString())).officerRules();
        assertThat(rules.check(textiles())).isEmpty();
    }

    @Test
    void withoutAModelOfficerRulesAreSkipped() throws Exception {
        OfficerRules rules = LlmSupport.create(LlmSettings.none().withOfficerRulesFile(exampleFile().toString()))
                .officerRules();
        assertThat(rules.rules()).hasSize(2);
        assertThat(rules.check(textiles())).isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aRuleTheModelCannotEvaluateIsAWarning() throws Exception {
        server.always(Reply.status(500));
        OfficerRules rules = LlmSupport.create(LlmTesting.openAi(server, 10, exampleFile().toString())).officerRules();
        List<Finding> findings = rules.check(textiles());
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(findings.get(0).message()).contains("could not be evaluated", "LLM unavailable");
    }

    @Test
    void theFileIsReloadedWhenItChanges() throws Exception {
        Path file = dir.resolve("rules.yml");
        Files.writeString(file, "rules:\n  - {id: OFFICER_A, fields: [description], rule: a}\n");
        OfficerRules rules = LlmSupport.create(LlmSettings.none().withOfficerRulesFile(file.toString())).officerRules();
        assertThat(rules.rules()).extracting(OfficerRule::id).containsExactly("OFFICER_A");

        Files.writeString(file, "rules:\n  - {id: OFFICER_A, fields: [description], rule: a}\n"
                + "  - {id: OFFICER_B, severity: ERROR, fields: [lines.origin], rule: b}\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(rules.rules()).extracting(OfficerRule::id).containsExactly("OFFICER_A", "OFFICER_B");

        Files.writeString(file, "rules: [unclosed");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(rules.rules()).extracting(OfficerRule::id).containsExactly("OFFICER_A", "OFFICER_B");

        Files.delete(file);
        assertThat(rules.rules()).isEmpty();
    }
}
