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

/**
 * The report as the contract's JSON (section 3): ISO-8601 instants, optional fields (page, box, unreadable reason)
 * left out when absent, boxes as {@code [x1, y1, x2, y2]}. Shared by the hub and the command line.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = newMapper();

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

    public static ObjectMapper newMapper() {
        SimpleModule boxes = new SimpleModule("report-boxes");
        boxes.addSerializer(Box.class, new BoxSerializer());
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(boxes)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    private static final class BoxSerializer extends JsonSerializer<Box> {
        @Override
        public void serialize(Box box, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeArray(new int[] {box.x1(), box.y1(), box.x2(), box.y2()}, 0, 4);
        }
    }
}
