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
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The package's one deserializer for jackson-databind, {@code JsonModelReaders}: every model with
 * JSON members names it in {@code @JsonDeserialize}, and it answers Jackson, once per model class,
 * with that model's {@code readJson} (the runtime's {@code ModelReaders} does the rest). One class
 * for the package instead of a deserializer class per model.
 */
final class JsonModelReadersGenerator {
    private static final String READER_OF = "readerOf";

    private final EmitContext context;
    private final TypeNames names;

    JsonModelReadersGenerator(EmitContext context) {
        this.context = context;
        this.names = context.names();
    }

    /** The file, or none when no model of the run has JSON members. */
    Optional<JavaFile> createReaders() {
        List<ObjectType> models = new ArrayList<>();
        context.model().types().forEach(type -> collect(type, models));
        if (models.isEmpty()) {
            return Optional.empty();
        }
        TypeName reader = ParameterizedTypeName.get(VALUE_READER, WildcardTypeName.subtypeOf(Object.class));
        TypeSpec.Builder spec = TypeSpec.classBuilder(GeneratedNames.JSON_MODEL_READERS)
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
        spec.addMethod(readerOf.addStatement("return null").build());
        return Optional.of(JavaFiles.of(names.packageName(), spec.build()));
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

    /** The models with JSON members, nested ones after the type that holds them, in model order. */
    private static void collect(ModelType type, List<ObjectType> models) {
        if (type instanceof ObjectType object) {
            if (object.hasBodyProperties()) {
                models.add(object);
            }
            object.nested().forEach(nested -> collect(nested, models));
        }
    }
}
