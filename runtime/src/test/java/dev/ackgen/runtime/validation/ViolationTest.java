package dev.ackgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Nested
    class ViolationValue {
        @Test
        void exposesItsParts() {
            Violation violation = new Violation("/worker_data_disks/0/size", "maximum", "must be at most 32768");
            assertThat(violation.path()).isEqualTo("/worker_data_disks/0/size");
            assertThat(violation.rule()).isEqualTo("maximum");
            assertThat(violation.message()).isEqualTo("must be at most 32768");
        }

        @Test
        void equalWhenPathRuleAndMessageAreEqual() {
            Violation a = new Violation("/a", "required", "is required");
            Violation b = new Violation(new String("/a"), new String("required"), new String("is required"));
            assertThat(a).isEqualTo(b);
            assertThat(b).isEqualTo(a);
            assertThat(a).hasSameHashCodeAs(b);
            assertThat(a).isEqualTo(a);
        }

        @Test
        void differsWhenAnyPartDiffers() {
            Violation base = new Violation("/a", "required", "is required");
            assertThat(base).isNotEqualTo(new Violation("/b", "required", "is required"));
            assertThat(base).isNotEqualTo(new Violation("/a", "minLength", "is required"));
            assertThat(base).isNotEqualTo(new Violation("/a", "required", "is missing"));
        }

        @Test
        void notEqualToNullOrOtherTypes() {
            Violation violation = new Violation("/a", "required", "is required");
            assertThat(violation.equals(null)).isFalse();
            assertThat(violation.equals("/a [required] is required")).isFalse();
        }

        @Test
        void toStringShowsPathRuleAndMessage() {
            assertThat(new Violation("/a/0", "maximum", "must be at most 5"))
                    .hasToString("/a/0 [maximum] must be at most 5");
        }

        @Test
        void toStringShowsTheEmptyPathOfTheRequestItselfAsSlash() {
            assertThat(new Violation("", "atLeastOneOf", "set vpcid or vswitch_ids"))
                    .hasToString("/ [atLeastOneOf] set vpcid or vswitch_ids");
        }

        @Test
        void rejectsNullPath() {
            assertThatThrownBy(() -> new Violation(null, "r", "m"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("path");
        }

        @Test
        void rejectsNullRule() {
            assertThatThrownBy(() -> new Violation("/a", null, "m"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("rule");
        }

        @Test
        void rejectsNullMessage() {
            assertThatThrownBy(() -> new Violation("/a", "r", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("message");
        }
    }

    @Nested
    class ValidationExceptionMessage {
        @Test
        void listsEveryViolationWithTheirCount() {
            ValidationException exception = new ValidationException("CreateClusterRequest", List.of(
                    new Violation("/name", "required", "is required"),
                    new Violation("", "allOrNone", "set both or neither"),
                    new Violation("/tags/1/key", "maxLength", "must be at most 128 characters")));
            assertThat(exception).hasMessage("CreateClusterRequest is invalid (3 violations)"
                    + "\n  /name [required] is required"
                    + "\n  / [allOrNone] set both or neither"
                    + "\n  /tags/1/key [maxLength] must be at most 128 characters");
        }

        @Test
        void usesTheSingularForOneViolation() {
            ValidationException exception = new ValidationException("Req",
                    List.of(new Violation("/x", "minimum", "must be at least 1")));
            assertThat(exception).hasMessage("Req is invalid (1 violation)\n  /x [minimum] must be at least 1");
        }

        @Test
        void keepsTheViolationsInOrder() {
            Violation first = new Violation("/b", "r1", "m1");
            Violation second = new Violation("/a", "r2", "m2");
            ValidationException exception = new ValidationException("Req", List.of(first, second));
            assertThat(exception.violations()).containsExactly(first, second);
        }

        @Test
        void isARuntimeException() {
            assertThat(new ValidationException("Req", List.of())).isInstanceOf(RuntimeException.class);
        }
    }

    @Nested
    class ValidationExceptionViolations {
        @Test
        void violationsAreUnmodifiable() {
            ValidationException exception = new ValidationException("Req",
                    List.of(new Violation("/x", "r", "m")));
            List<Violation> violations = exception.violations();
            assertThatThrownBy(() -> violations.add(new Violation("/y", "r", "m")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(violations::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThat(exception.violations()).hasSize(1);
        }

        @Test
        void violationsAreACopyThatLaterChangesToTheCallersListDoNotReach() {
            List<Violation> original = new ArrayList<>();
            Violation violation = new Violation("/x", "r", "m");
            original.add(violation);
            ValidationException exception = new ValidationException("Req", original);

            original.add(new Violation("/y", "r", "m"));
            original.clear();

            assertThat(exception.violations()).containsExactly(violation);
            assertThat(exception.getMessage()).isEqualTo("Req is invalid (1 violation)\n  /x [r] m");
        }
    }
}
