package io.customsreview.hub.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmSettingsTest {

    @Test
    void noneByDefault() {
        assertThat(LlmSettings.fromEnvironment(Map.<String, String>of()::get)).isEqualTo(LlmSettings.none());
        assertThat(LlmSettings.none().enabled()).isFalse();
    }

    @Test
    void deepSeekFromTheEnvironmentWithoutPrintingTheKey() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of("HUB_LLM_PROVIDER", "openai",
                "HUB_LLM_BASE_URL", "https://api.deepseek.com", "HUB_LLM_MODEL", "deepseek-chat",
                "LLM_API_KEY", "sk-secret", "HUB_LLM_TIMEOUT", "20")::get);
        assertThat(s.provider()).isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.apiKey()).isEqualTo("sk-secret");
        assertThat(s.toString()).doesNotContain("sk-secret");
        assertThat(LlmSettings.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aModelProviderNeedsAnAddressAndAModel() {
        assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("HUB_LLM_PROVIDER", "ollama")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base-url");
    }
}
