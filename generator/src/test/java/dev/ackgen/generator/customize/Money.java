package dev.ackgen.generator.customize;

/**
 * A user's own class a schema mapping puts in place of the generated {@code Money}: Jackson reads
 * and writes it (a record, so its components are its JSON members).
 */
public record Money(String amount, String currency) {}
