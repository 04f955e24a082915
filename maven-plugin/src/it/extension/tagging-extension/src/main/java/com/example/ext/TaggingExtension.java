package com.example.ext;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.ExtensionContext;
import dev.ackgen.generator.spi.ModelView;
import dev.ackgen.generator.spi.NamingSite;
import dev.ackgen.generator.spi.ObjectView;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Every generated model implements an interface this extension generates beside them (named by
 * the option {@code interface}, {@code Tagged} by default) with a method {@code String wireTag()};
 * the class of the schema {@code Label} is called {@code Sticker}.
 */
@AutoService(AckgenExtension.class)
public final class TaggingExtension implements AckgenExtension {
    /** What every tag starts with. */
    private static final String PREFIX = "v1:";

    @Override
    public String id() {
        return "tagging";
    }

    @Override
    public void transformSpec(ObjectNode spec, ExtensionContext context) {
        String name = interfaceName(context);
        if (!SourceVersion.isName(name) || name.contains(".")) {
            context.error("", "the option interface must be a simple Java class name, not '" + name + "'");
        }
    }

    @Override
    public String name(NamingSite site, String proposal, ExtensionContext context) {
        boolean label = site.kind() == NamingSite.Kind.CLASS && site.owner() == null && site.specName().equals("Label");
        return label ? "Sticker" : proposal;
    }

    @Override
    public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
        builder.addSuperinterface(tagged(context))
                .addMethod(MethodSpec.methodBuilder("wireTag")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $S", PREFIX + type.simpleName())
                        .build());
    }

    @Override
    public List<JavaFile> extraFiles(ModelView model, ExtensionContext context) {
        TypeSpec tagged = TypeSpec.interfaceBuilder(tagged(context))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A generated model that knows its tag.\n")
                .addMethod(MethodSpec.methodBuilder("wireTag")
                        .addJavadoc("The model's tag.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(String.class)
                        .build())
                .build();
        return List.of(JavaFile.builder(context.packageName(), tagged).indent("    ").skipJavaLangImports(true).build());
    }

    private static ClassName tagged(ExtensionContext context) {
        return ClassName.get(context.packageName(), interfaceName(context));
    }

    private static String interfaceName(ExtensionContext context) {
        return context.option("interface", "Tagged");
    }
}
