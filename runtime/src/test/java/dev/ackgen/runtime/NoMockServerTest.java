package dev.ackgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The mock ACK server is the ackgen-mock artifact (package dev.ackgen.mock), a test dependency:
 * nothing of it ships in ackgen-runtime, and the runtime does not depend on it (that would be a
 * reactor cycle, since the mock uses the runtime's signing code).
 */
class NoMockServerTest {
    @Test
    void theRuntimeHasNoMockServer() {
        ClassLoader loader = NoMockServerTest.class.getClassLoader();
        assertThat(loader.getResource("dev/ackgen/runtime/mock")).isNull();
        assertThat(loader.getResource("dev/ackgen/mock")).isNull();
        assertThatThrownBy(() -> Class.forName("dev.ackgen.runtime.mock.MockAckServer"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("dev.ackgen.mock.MockAckServer"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
