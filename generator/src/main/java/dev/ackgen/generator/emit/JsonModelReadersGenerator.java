package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.MODEL_READERS;
import static dev.ackgen.generator.emit.RuntimeTypes.VALUE_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The package's one deserializer for jackson-databind, {@code JsonModelReaders}: every model with
 * JSON members names it in {@code @JsonDeserialize}, and it answers Jackson, once per model class,
 * with that model's {@code readJson} (the runtime's {@code ModelReaders} does the rest). One class
 * for the package instead of a deserializer class per model; for a spec of more than a thousand
 * such models, one per thousand ({@link JsonReaderParts}).
 */
final class JsonModelReadersGenerator {
    private static final String READER_OF = "readerOf";

    private final EmitContext context;
    private final TypeNames names;

    JsonModelReadersGenerator(EmitContext context) {
        this.context = context;
        this.names = context.names();
    }

    /** The files, one per part of the models with JSON members; none when no model has any. */
    List<JavaFile> createReaders() {
        List<JavaFile> files = new ArrayList<>();
        List<List<ObjectType>> parts = context.readers().parts();
        for (int i = 0; i < parts.size(); i++) {
            files.add(JavaFiles.of(names.packageName(), createReaders(context.readers().className(i), parts.get(i))));
        }
        return files;
    }

    private TypeSpec createReaders(ClassName self, List<ObjectType> models) {
        TypeName reader = ParameterizedTypeName.get(VALUE_READER, WildcardTypeName.subtypeOf(Object.class));
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addJavadoc("Reads the models of this package for jackson-databind, which finds this class through\n"
                        + "each model's {@code @JsonDeserialize} and asks it once per model class; the client calls\n"
                        + "the models' {@code readJson} itself.\n")
                .addAnnotation(TypeNames.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(MODEL_READERS)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For Jackson, which makes this class through {@code @JsonDeserialize}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build());
        MethodSpec.Builder readerOf = MethodSpec.methodBuilder(READER_OF)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(reader)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "type");
        if (Splitting.isSplit(models)) {
            // A method of thousands of branches passes 64 KiB of code: parts of their own.
            List<List<ObjectType>> parts = Splitting.parts(models);
            readerOf.addStatement("$T reader", reader);
            for (int i = 0; i < parts.size(); i++) {
                String name = READER_OF + "Part" + (i + 1);
                MethodSpec.Builder part = MethodSpec.methodBuilder(name)
                        .addJavadoc("{@link #$N} of models $L to $L.\n", READER_OF, Splitting.first(i), Splitting.last(i, parts.get(i).size()))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(reader)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "type");
                addBranches(part, parts.get(i));
                spec.addMethod(part.addStatement("return null").build());
                readerOf.beginControlFlow("if ((reader = $N(type)) != null)", name)
                        .addStatement("return reader")
                        .endControlFlow();
            }
        } else {
            addBranches(readerOf, models);
        }
        return spec.addMethod(readerOf.addStatement("return null").build()).build();
    }

    /** One branch per model: its class, and its {@code readJson}. */
    private void addBranches(MethodSpec.Builder method, List<ObjectType> models) {
        boolean deprecated = false;
        for (ObjectType model : models) {
            ClassName className = names.className(model.name());
            method.beginControlFlow("if (type ==$W$T.class)", className)
                    .addStatement("return $T$Z::$N", className, GeneratedNames.READ_JSON)
                    .endControlFlow();
            deprecated |= context.deprecation().isDeprecated(model.name());
        }
        if (deprecated) {
            method.addAnnotation(DeprecationPolicy.suppression());
        }
    }
}
