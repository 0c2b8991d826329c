package io.customsreview.hub.llm;

import io.customsreview.hub.domain.DecidedBy;
import io.customsreview.hub.domain.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customsreview.hub.llm.ScriptedLlmServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;

class ExtractionAssistTest {

    /** messy OCR: the extractors found neither the B/L number nor the vessel */
    static final String OCR = """
            BILL 0F LAD1NG      B/L N0.: COSU 6l2345678
            Shipper: ACME Trading Co., Ltd.
            Vesse1 / Voy: COSCO SHIPPING ARIES  012E
            Port of Loading: Shanghai
            """;

    private ScriptedLlmServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void onlyValuesQuotedLiterallyFromTheTextAreAccepted() {
        server.then(Reply.content("""
                {"values":[
                  {"field":"vessel","value":"COSCO SHIPPING ARIES","quote":"Vesse1 / Voy: COSCO SHIPPING ARIES"},
                  {"field":"blNumber","value":"COSU612345678","quote":"B/L No.: COSU 612345678"},
                  {"field":"voyage","value":"012E","quote":"ARIES  012E"},
                  {"field":"portOfDischarge","value":"Hamburg","quote":"Port of Loading: Shanghai"},
                  {"field":"totalAmount","value":"1000000","quote":"Shipper"}
                ]}"""));
        ExtractionAssist assist = LlmSupport.create(LlmTesting.openAi(server)).extractionAssist();

        List<ExtractionAssist.AssistedValue> values = assist.propose(OCR,
                List.of(Field.BL_NUMBER, Field.VESSEL, Field.VOYAGE, Field.PORT_OF_DISCHARGE));

        // blNumber: the quote 'corrects' the OCR, so it is not in the text; portOfDischarge: the value is not in
        // its quote; totalAmount: not asked for
        assertThat(values).extracting(v -> v.field().jsonName() + "=" + v.value())
                .containsExactly("vessel=COSCO SHIPPING ARIES", "voyage=012E");
        ExtractionAssist.AssistedValue vessel = values.get(0);
        assertThat(vessel.decidedBy()).isEqualTo(DecidedBy.LLM);
        assertThat(OCR.substring(vessel.offset(), vessel.offset() + vessel.quote().length()))
                .isEqualTo(vessel.quote());
        assertThat(vessel.evidence("d4").value()).isEqualTo("Vesse1 / Voy: COSCO SHIPPING ARIES");
        assertThat(ScriptedLlmServer.userMessage(server.requests.get(0)))
                .contains("blNumber, vessel, voyage, portOfDischarge", "<document_data>", "B/L N0.: COSU 6l2345678");
    }

    @Test
    void aValueTheOcrGarbledIsAcceptedAsWrittenWhenQuotedExactly() {
        server.then(Reply.content("{\"values\":[{\"field\":\"blNumber\",\"value\":\"COSU 6l2345678\","
                + "\"quote\":\"B/L N0.: COSU 6l2345678\"}]}"));
        List<ExtractionAssist.AssistedValue> values = LlmSupport.create(LlmTesting.openAi(server)).extractionAssist()
                .propose(OCR, List.of(Field.BL_NUMBER));
        assertThat(values).extracting(ExtractionAssist.AssistedValue::value).containsExactly("COSU 6l2345678");
    }

    @Test
    void withoutAModelOrWhenItFailsNothingIsProposed() {
        assertThat(LlmSupport.create(LlmSettings.none()).extractionAssist().propose(OCR, List.of(Field.VESSEL)))
                .isEmpty();
        server.always(Reply.status(500));
        assertThat(LlmSupport.create(LlmTesting.openAi(server)).extractionAssist().propose(OCR, List.of(Field.VESSEL)))
                .isEmpty();
    }
}
