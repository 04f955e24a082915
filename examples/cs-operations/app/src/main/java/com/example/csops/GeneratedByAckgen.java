package com.example.csops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the classes ackgen generates here (the pom's additionalModelAnnotations and
 * additionalClientAnnotations put it on them). JaCoCo leaves out of coverage every class annotated
 * with a class- or runtime-retained annotation whose name contains "Generated": generated code is
 * tested where it is generated, not here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GeneratedByAckgen {}
