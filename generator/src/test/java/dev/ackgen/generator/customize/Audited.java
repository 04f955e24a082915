package dev.ackgen.generator.customize;

/** A marker interface a user makes generated types implement. */
public interface Audited {}
