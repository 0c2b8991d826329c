package io.customsreview.hub.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The limit on OpenMP threads is set in the process itself, before Tesseract is loaded, unless a user set it. */
class ProcessEnvironmentTest {

    @Test
    void aVariableIsSetForNativeCodeOnlyWhereItIsNotSetYet() {
        String name = "HUB_PROCESS_ENVIRONMENT_TEST_" + ProcessHandle.current().pid();
        assertThat(ProcessEnvironment.nativeValue(name)).isNull();
        assertThat(ProcessEnvironment.setIfUnset(name, "1")).isTrue();
        assertThat(ProcessEnvironment.nativeValue(name)).isEqualTo("1");
        ProcessEnvironment.setIfUnset(name, "4");
        assertThat(ProcessEnvironment.nativeValue(name)).isEqualTo("1"); // a user's own setting is kept
    }
}
