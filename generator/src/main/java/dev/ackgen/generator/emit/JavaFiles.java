package dev.ackgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** How every generated file is laid out: one place, so all files look alike. */
public final class JavaFiles {
    private JavaFiles() {}

    /** The file of a top-level type in the package, with the block tags of its methods' javadoc completed (JavadocTags). */
    public static JavaFile of(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, JavadocTags.complete(type)).skipJavaLangImports(true).indent("    ").build();
    }
}
