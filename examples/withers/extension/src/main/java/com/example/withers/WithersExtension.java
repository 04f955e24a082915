package com.example.withers;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.ExtensionContext;
import dev.ackgen.generator.spi.ObjectView;
import dev.ackgen.generator.spi.PropertyView;
import javax.lang.model.element.Modifier;

/**
 * Gives every generated model a copy method per property: {@code request.withName("demo")} is
 * {@code request.toBuilder().name("demo").build()}. Enabled with the id {@code withers}; the
 * option {@code prefix} (default {@code with}) names the methods.
 */
@AutoService(AckgenExtension.class)
public final class WithersExtension implements AckgenExtension {

    @Override
    public String id() {
        return "withers";
    }

    @Override
    public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
        String prefix = context.option("prefix", "with");
        if (!prefix.matches("[a-z][A-Za-z0-9]*")) {
            context.error(type.pointer(), "option prefix must be a lower-case Java identifier, not '" + prefix + "'");
            return;
        }
        ClassName self = context.className(type);
        for (PropertyView property : type.properties()) {
            String field = property.fieldName();
            builder.addMethod(MethodSpec.methodBuilder(prefix + capitalized(field))
                    .addJavadoc("A copy of this value with {@code $L} set to the given value (null: not sent).\n", property.wireName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self)
                    .addParameter(context.typeName(property.type()), field)
                    .addStatement("return toBuilder().$N($N).build()", field, field)
                    .build());
        }
    }

    /** {@code name} gives {@code Name}; {@code _2fa} stays {@code _2fa}. */
    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
