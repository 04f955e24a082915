package dev.ackgen.generator.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.ClientView;
import dev.ackgen.generator.spi.EnumView;
import dev.ackgen.generator.spi.ExtensionContext;
import dev.ackgen.generator.spi.ModelEditor;
import dev.ackgen.generator.spi.ModelView;
import dev.ackgen.generator.spi.NamingSite;
import dev.ackgen.generator.spi.ObjectView;
import dev.ackgen.generator.spi.PropertyView;
import dev.ackgen.generator.spi.TypeDeclarationView;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Extensions the tests enable, registered as users register theirs: with {@code @AutoService}, so
 * {@link java.util.ServiceLoader} finds them on the test class path. Each shows one hook.
 */
final class TestExtensions {
    private TestExtensions() {}

    /** Every model implements an interface of the extension's own (an extra file) with a method. */
    @AutoService(AckgenExtension.class)
    public static final class TaggedModels implements AckgenExtension {
        @Override
        public String id() {
            return "tagged-models";
        }

        @Override
        public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
            builder.addSuperinterface(tagged(context))
                    .addMethod(MethodSpec.methodBuilder("wireTag")
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(String.class)
                            .addStatement("return $S", context.option("prefix", "") + type.javaName())
                            .build());
        }

        @Override
        public List<JavaFile> extraFiles(ModelView model, ExtensionContext context) {
            TypeSpec tagged = TypeSpec.interfaceBuilder(tagged(context))
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("A generated model that knows its tag.\n")
                    .addMethod(MethodSpec.methodBuilder("wireTag").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(String.class).build())
                    .build();
            return List.of(JavaFile.builder(context.packageName(), tagged).build());
        }

        private static ClassName tagged(ExtensionContext context) {
            return ClassName.get(context.packageName(), "Tagged");
        }
    }

    /**
     * Gives every model a copy method per property, {@code withName(String name)}: it needs the Java
     * type of each property, which the context gives.
     */
    @AutoService(AckgenExtension.class)
    public static final class Withers implements AckgenExtension {
        @Override
        public String id() {
            return "withers";
        }

        @Override
        public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
            ClassName self = context.className(type);
            for (PropertyView property : type.properties()) {
                String field = property.fieldName();
                builder.addMethod(MethodSpec.methodBuilder("with" + Character.toUpperCase(field.charAt(0)) + field.substring(1))
                        .addJavadoc("A copy of this value with {@code $L} set to the given value.\n", property.wireName())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addParameter(context.typeName(property.type()), field)
                        .addStatement("return toBuilder().$N($N).build()", field, field)
                        .build());
            }
        }
    }

    /** Renames one site of each kind. */
    @AutoService(AckgenExtension.class)
    public static final class Renaming implements AckgenExtension {
        @Override
        public String id() {
            return "renaming";
        }

        @Override
        public String name(NamingSite site, String proposal, ExtensionContext context) {
            return switch (site.kind()) {
                case CLASS -> site.specName().equals("Pet") ? "Animal" : proposal;
                case PROPERTY -> site.specName().equals("name") ? "petName" : proposal;
                case OPERATION_METHOD -> site.specName().equals("CreatePet") ? "adopt" : proposal;
                case ENUM_CONSTANT -> site.specName().equals("cat") ? "KITTY" : proposal;
                case CLIENT_INTERFACE -> "ShelterClient";
                case PARAMETER -> proposal;
            };
        }
    }

    /** Fixes the spec before it is parsed: a tighter constraint and a class name. */
    @AutoService(AckgenExtension.class)
    public static final class SpecFixing implements AckgenExtension {
        @Override
        public String id() {
            return "spec-fixing";
        }

        @Override
        public void transformSpec(ObjectNode spec, ExtensionContext context) {
            ObjectNode pet = (ObjectNode) spec.at("/components/schemas/Pet");
            pet.put("x-ackgen-java-name", "Creature");
            ((ObjectNode) pet.at("/properties/name")).put("maxLength", 5);
        }
    }

    /** Edits the model: the API version the client sends. */
    @AutoService(AckgenExtension.class)
    public static final class ApiVersion implements AckgenExtension {
        @Override
        public String id() {
            return "api-version";
        }

        @Override
        public void editModel(ModelView model, ModelEditor editor, ExtensionContext context) {
            editor.setApiVersion(context.option("version", "2099-01-01"));
        }
    }

    /**
     * Edits the model: the class Pet becomes Animal (its validator, the operation's request and the
     * client method follow), its property name becomes petName and kind becomes required. Not
     * registered: the tests enable it directly (the loader's tests list the registered ids).
     */
    public static final class Editing implements AckgenExtension {
        @Override
        public String id() {
            return "editing";
        }

        @Override
        public void editModel(ModelView model, ModelEditor editor, ExtensionContext context) {
            ObjectView pet = (ObjectView) model.type("Pet");
            editor.renameType(pet, "Animal");
            editor.renameProperty(pet.property("name"), "petName");
            editor.setRequired(pet.property("kind"), true);
            editor.setDescription(pet.property("kind"), "What kind of animal it is.");
            TypeDeclarationView kind = model.type("Pet.Kind");
            editor.renameType(kind, "Species");
        }
    }

    /** Marks every enum, validator, client interface and implementation in its javadoc. */
    @AutoService(AckgenExtension.class)
    public static final class Marking implements AckgenExtension {
        static final String MARK = "Shaped by the marking extension.";

        @Override
        public String id() {
            return "marking";
        }

        @Override
        public void customizeEnum(EnumView type, TypeSpec.Builder builder, ExtensionContext context) {
            builder.addJavadoc("\n<p>$L\n", MARK);
        }

        @Override
        public void customizeValidator(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
            builder.addJavadoc("\n<p>$L\n", MARK);
        }

        @Override
        public void customizeClientInterface(ClientView client, TypeSpec.Builder builder, ExtensionContext context) {
            builder.addJavadoc("\n<p>$L\n", MARK);
        }

        @Override
        public void customizeClientImplementation(ClientView client, TypeSpec.Builder builder, ExtensionContext context) {
            builder.addJavadoc("\n<p>$L\n", MARK);
        }
    }

    /** Refuses a property, reporting at its place in the spec. */
    @AutoService(AckgenExtension.class)
    public static final class Reporting implements AckgenExtension {
        @Override
        public String id() {
            return "reporting";
        }

        @Override
        public void editModel(ModelView model, ModelEditor editor, ExtensionContext context) {
            for (TypeDeclarationView type : model.types()) {
                if (type instanceof ObjectView object && object.property("kind") != null) {
                    context.error(object.property("kind").pointer(), "kind is not allowed here");
                    context.warning(object.pointer(), "a model with a kind");
                }
            }
        }
    }

    /** Fails in the validator hook. */
    @AutoService(AckgenExtension.class)
    public static final class Throwing implements AckgenExtension {
        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public void customizeValidator(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
            throw new IllegalStateException("boom");
        }
    }
}
