package dev.ackgen.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeRefTest {
    private static final TypeRef.Named DISK = new TypeRef.Named(JavaName.topLevel("DataDisk"), false);

    @Test
    void innermostTakesOffEveryListAndMap() {
        TypeRef nested = new TypeRef.ListOf(new TypeRef.MapOf(new TypeRef.ListOf(DISK)));

        assertThat(nested.innermost()).isEqualTo(DISK);
        assertThat(nested.namedType()).contains(DISK);
        assertThat(DISK.innermost()).isSameAs(DISK);
    }

    @Test
    void scalarsAndAnyJsonHoldNoClass() {
        assertThat(new TypeRef.ListOf(TypeRef.string()).innermost()).isEqualTo(TypeRef.string());
        assertThat(new TypeRef.MapOf(new TypeRef.AnyJson()).namedType()).isEmpty();
        assertThat(TypeRef.string().namedType()).isEmpty();
    }
}
