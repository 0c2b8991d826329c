package io.customsreview.hub.edi;

import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring wiring of the EDI feed; the reader itself is plain Java (the command line builds it without Spring). */
@Configuration
class EdiConfiguration {

    @Bean
    EdifactDocumentReader edifactDocumentReader(EdiProperties properties) {
        return properties.structureCheck() ? EdifactDocumentReader.withStructureCheck(properties.mappingsDir(),
                properties.smooksCacheDir())
                : EdifactDocumentReader.standard();
    }

    @Bean
    EdiFeed ediFeed(EdifactDocumentReader reader, ProducerTemplate producer) {
        return new EdiFeed(reader, producer);
    }

    @Bean
    CusresRenderer cusresRenderer() {
        return new CusresRenderer();
    }
}
