package io.customsreview.hub.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.customsreview.hub.domain.Box;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The report's JSON form (contract section 3): one object per dossier, absent values left out, boxes as arrays. */
public final class ReportJson {

    private static final ObjectMapper MAPPER = create();

    private ReportJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(ReviewReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReviewReport read(String json) {
        try {
            return MAPPER.readValue(json, ReviewReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper create() {
        SimpleModule boxes = new SimpleModule("boxes");
        boxes.addSerializer(Box.class, new JsonSerializer<>() {
            @Override
            public void serialize(Box box, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeArray(new int[]{box.x1(), box.y1(), box.x2(), box.y2()}, 0, 4);
            }
        });
        boxes.addDeserializer(Box.class, new com.fasterxml.jackson.databind.JsonDeserializer<>() {
            @Override
            public Box deserialize(com.fasterxml.jackson.core.JsonParser p,
                                   com.fasterxml.jackson.databind.DeserializationContext ctxt) throws IOException {
                int[] v = p.readValueAs(int[].class);
                return new Box(v[0], v[1], v[2], v[3]);
            }
        });
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(boxes)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
