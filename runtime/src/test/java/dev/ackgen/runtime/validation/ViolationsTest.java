package dev.ackgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON pointers {@link Violations} puts together from what was entered, only when something is reported. */
class ViolationsTest {
    @Test
    void nothingReportedIsAnEmptyList() {
        Violations violations = new Violations();
        violations.enter("/runtime");
        violations.leave();
        assertThat(violations.isEmpty()).isTrue();
        assertThat(violations.toList()).isEmpty();
    }

    @Test
    void pointersJoinWhatWasEnteredWithTheReportedPointer() {
        Violations violations = new Violations();
        violations.add("/name", "required", "is required");
        violations.enter("/worker_data_disks/", 2);
        violations.add("/size", "maximum", "must be at most 500");
        violations.enter("/labels/", "a/b~c");
        violations.enter("/values/", 0);
        violations.enter("/x");
        violations.enter("/y");
        violations.add("", "required", "is required");
        violations.leave();
        violations.leave();
        violations.leave();
        violations.add("/k", "enum", "must be one of A");
        violations.leave();
        violations.leave();
        violations.add("/cluster_type", "enum", "must be one of ManagedKubernetes");

        assertThat(violations.toList()).extracting(Violation::path).containsExactly(
                "/name",
                "/worker_data_disks/2/size",
                "/worker_data_disks/2/labels/a~1b~0c/values/0/x/y",
                "/worker_data_disks/2/labels/a~1b~0c/k",
                "/cluster_type");
        assertThat(violations.isEmpty()).isFalse();
        List<Violation> list = violations.toList();
        assertThatThrownBy(() -> list.add(new Violation("/region_id", "required", "is required"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anIndexAfterAKeyAtTheSameDepthIsNotTakenForAKey() {
        Violations violations = new Violations();
        violations.enter("/m/", "k");
        violations.leave();
        violations.enter("/l/", 7);
        violations.add("", "minimum", "must be at least 0");
        assertThat(violations.toList()).extracting(Violation::path).containsExactly("/l/7");
    }

    @Test
    void leavingMoreThanWasEnteredIsAnError() {
        Violations violations = new Violations();
        assertThatThrownBy(violations::leave).isInstanceOf(IllegalStateException.class);
    }
}
