package dev.ackgen.maven;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An annotation of the user's that the customisation tests put on generated classes: no elements, allowed on types. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Audited {}
