package dev.ackgen.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ackgen.generator.model.Literal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What swagger-parser hands out for values in the spec, as typed literals. */
class SpecValuesTest {

    @Test
    void scalarsBecomeTypedLiterals() {
        assertThat(SpecValues.literal("flannel")).isEqualTo(Literal.string("flannel"));
        assertThat(SpecValues.literal(true)).isEqualTo(Literal.bool(true));
        assertThat(SpecValues.literal(40)).isEqualTo(Literal.number(new BigDecimal("40")));
        assertThat(SpecValues.literal(40L)).isEqualTo(Literal.number(new BigDecimal("40")));
        assertThat(SpecValues.literal(new BigInteger("12345678901234567890"))).isEqualTo(Literal.number(new BigDecimal("12345678901234567890")));
        assertThat(SpecValues.literal(1.5)).isEqualTo(Literal.number(new BigDecimal("1.5")));
        assertThat(SpecValues.literal(new BigDecimal("1.50"))).isEqualTo(Literal.number(new BigDecimal("1.50")));
    }

    @Test
    void jsonTreesBecomeTheSameLiteralsAsPlainValues() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        assertThat(SpecValues.literal(nodes.textNode("x"))).isEqualTo(Literal.string("x"));
        assertThat(SpecValues.literal(nodes.numberNode(40))).isEqualTo(SpecValues.literal(40));
        assertThat(SpecValues.literal(nodes.booleanNode(false))).isEqualTo(Literal.bool(false));
    }

    @Test
    void objectsArraysAndNonNumbersAreJsonText() {
        assertThat(SpecValues.literal(Map.of("a", 1))).isEqualTo(Literal.json("{\"a\":1}"));
        assertThat(SpecValues.literal(List.of(1, 2))).isEqualTo(Literal.json("[1,2]"));
        assertThat(SpecValues.literal(Double.NaN)).isInstanceOf(Literal.Json.class);
    }
}
