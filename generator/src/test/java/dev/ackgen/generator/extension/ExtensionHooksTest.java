package dev.ackgen.generator.extension;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.ackgen.generator.extension.PetsSpec.path;
import static dev.ackgen.generator.extension.PetsSpec.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.EnumView;
import dev.ackgen.generator.spi.ExtensionContext;
import dev.ackgen.generator.spi.ModelEditor;
import dev.ackgen.generator.spi.ModelView;
import dev.ackgen.generator.spi.NamingSite;
import dev.ackgen.generator.spi.ObjectView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hook of the extension SPI, through the pipeline every entry point runs. */
class ExtensionHooksTest {

    @Test
    void modelHookAndExtraFilesGiveEveryModelAnInterfaceAndAMethodThatCompile() throws Exception {
        Pipeline.Result result = Pipeline.of(GeneratorOptions.all(PetsSpec.PACKAGE))
                .withExtensions(List.of(new EnabledExtension(new TestExtensions.TaggedModels(), Map.of("prefix", "pets:"))))
                .run(SpecSource.read(PetsSpec.file()));

        assertThat(source(result, path("Tagged"))).contains("public interface Tagged");
        assertThat(source(result, path("Pet"))).contains("public final class Pet implements JsonWritable, Tagged").contains("return \"pets:Pet\";");
        assertThat(source(result, path("CreatePetResponse"))).contains("implements JsonWritable, Tagged");
        assertThat(PetsSpec.compile(result.files())).succeededWithoutWarnings();
    }

    @Test
    void theContextGivesTheJavaTypesOfTheIrSoExtensionsCanWriteMethodsOverProperties() throws Exception {
        Pipeline.Result result = PetsSpec.generate(new TestExtensions.Withers());

        assertThat(source(result, path("Pet")))
                .contains("public Pet withName(String name) {")
                .contains("public Pet withKind(Kind kind) {")
                .contains("return toBuilder().kind(kind).build();");
        assertThat(PetsSpec.compile(result.files())).succeededWithoutWarnings();
    }

    @Test
    void namingHookNamesClassesPropertiesMethodsConstantsAndClients() throws Exception {
        Pipeline.Result result = PetsSpec.generate(new TestExtensions.Renaming());

        assertThat(result.files()).containsKeys(path("Animal"), path("AnimalValidator"), path("ShelterClient"), path("DefaultShelterClient"))
                .doesNotContainKey(path("Pet"));
        assertThat(source(result, path("Animal"))).contains("public String getPetName()").contains("public Builder petName(String petName)")
                .contains("\"name\""); // the wire name is the spec's
        assertThat(source(result, path("Animal"))).contains("KITTY");
        assertThat(source(result, path("ShelterClient"))).contains("CreatePetResponse adopt(Animal request)").contains("adoptAsync(");
        assertThat(PetsSpec.compile(result.files())).succeededWithoutWarnings();
    }

    @Test
    void aNameThatIsNotAJavaIdentifierIsALocatedErrorNamingTheExtension() {
        AckgenExtension spaces = new Named("spaces") {
            @Override
            public String name(NamingSite site, String proposal, ExtensionContext context) {
                return site.kind() == NamingSite.Kind.PROPERTY && site.specName().equals("kind") ? "kind of pet" : proposal;
            }
        };

        assertThatThrownBy(() -> PetsSpec.generate(spaces))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/components/schemas/Pet/properties/kind");
                    assertThat(problem.line()).isEqualTo(39);
                    assertThat(problem.message()).isEqualTo(
                            "extension spaces: names the property kind 'kind of pet', which is not a Java identifier");
                    assertThat(problem.toString()).startsWith(problem.file() + ":39 at #/components/schemas/Pet/properties/kind: ");
                }));
    }

    @Test
    void specHookChangesTheRawTreeBeforeItIsParsed() throws Exception {
        Pipeline.Result result = PetsSpec.generate(new TestExtensions.SpecFixing());

        assertThat(result.files()).containsKeys(path("Creature"), path("CreatureValidator")).doesNotContainKey(path("Pet"));
        assertThat(source(result, path("CreatureValidator"))).contains("Checks.length(value.getName()) > 5)").doesNotContain("> 20)");
    }

    @Test
    void modelHookChangesTheIrTheEmittersSee() throws Exception {
        String before = source(PetsSpec.generate(), path("PetsClient"));
        String after = source(PetsSpec.generate(new TestExtensions.ApiVersion()), path("PetsClient"));

        assertThat(before).contains("\"2024-01-01\"").doesNotContain("2099-01-01");
        assertThat(after).contains("\"2099-01-01\"").doesNotContain("2024-01-01");
    }

    @Test
    void builderHooksReachEnumsValidatorsClientInterfacesAndImplementations() throws Exception {
        Pipeline.Result result = PetsSpec.generate(new TestExtensions.Marking());

        for (String changed : List.of("PetValidator", "PetsClient", "DefaultPetsClient")) {
            assertThat(source(result, path(changed))).as(changed).contains(TestExtensions.Marking.MARK);
        }
        // The enum is nested in its model: the hook reaches nested types too.
        assertThat(source(result, path("Pet"))).contains(TestExtensions.Marking.MARK);
        assertThat(source(result, path("CreatePetResponse"))).doesNotContain(TestExtensions.Marking.MARK);
        assertThat(PetsSpec.compile(result.files())).succeededWithoutWarnings();
    }

    @Test
    void aReportedProblemHasTheSpecFileLineAndPointerAndNamesTheExtension() {
        assertThatThrownBy(() -> PetsSpec.generate(new TestExtensions.Reporting()))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    SpecProblem problem = e.problems().get(0);
                    assertThat(e.problems()).hasSize(1);
                    assertThat(problem.file()).endsWith("pets.yaml");
                    assertThat(problem.line()).isEqualTo(39);
                    assertThat(problem.pointer()).isEqualTo("/components/schemas/Pet/properties/kind");
                    assertThat(problem.message()).isEqualTo("extension reporting: kind is not allowed here");
                });
    }

    @Test
    void warningsAreReturnedWithTheFilesWhenThereIsNoError() throws Exception {
        AckgenExtension warning = new Named("warning") {
            @Override
            public void editModel(ModelView model, ModelEditor editor, ExtensionContext context) {
                context.warning("/paths/~1pets/post", "adoption is slow");
            }
        };

        Pipeline.Result result = PetsSpec.generate(warning);

        assertThat(result.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.message()).isEqualTo("extension warning: adoption is slow");
        });
        assertThat(result.files()).containsKey(path("Pet"));
    }

    @Test
    void anExtensionThatThrowsFailsTheRunNamingItAndTheHookAndNothingIsWritten(@TempDir Path output) throws Exception {
        Path spec = PetsSpec.file();
        OutputWriter.write(Pipeline.of(GeneratorOptions.all(PetsSpec.PACKAGE)).run(SpecSource.read(spec)).files(), output);
        byte[] validatorBefore = Files.readAllBytes(output.resolve(path("PetValidator")));

        assertThatThrownBy(() -> Pipeline.of(GeneratorOptions.all(PetsSpec.PACKAGE))
                        .withExtensions(List.of(new EnabledExtension(new TestExtensions.Throwing(), Map.of())))
                        .run(SpecSource.read(spec)))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/components/schemas/Pet");
                    assertThat(problem.line()).isEqualTo(32);
                    assertThat(problem.message()).isEqualTo("extension throwing (" + TestExtensions.Throwing.class.getName()
                            + ") failed in customizeValidator(Pet): java.lang.IllegalStateException: boom");
                }));
        assertThat(Files.readAllBytes(output.resolve(path("PetValidator")))).isEqualTo(validatorBefore);
    }

    @Test
    void aChangeJavaPoetRefusesIsTheExtensionsError() {
        AckgenExtension abstractMethod = new Named("abstract-method") {
            @Override
            public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
                if (type.simpleName().equals("Pet")) {
                    builder.addMethod(com.palantir.javapoet.MethodSpec.methodBuilder("tag").addModifiers(Modifier.ABSTRACT).build());
                }
            }
        };

        assertThatThrownBy(() -> PetsSpec.generate(abstractMethod))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(":32 at #/components/schemas/Pet: extension abstract-method (")
                .hasMessageContaining("failed in customizeModel(Pet): java.lang.IllegalArgumentException: non-abstract type Pet"
                        + " cannot declare abstract method tag");
    }

    @Test
    void modelEditsRenameTypesAndPropertiesWithEveryReferenceAndChangeRequiredness() throws Exception {
        Pipeline.Result result = PetsSpec.generate(new TestExtensions.Editing());

        assertThat(result.files()).containsKeys(path("Animal"), path("AnimalValidator")).doesNotContainKeys(path("Pet"), path("PetValidator"));
        assertThat(source(result, path("Animal")))
                .contains("public String getPetName()")
                .contains("public Builder petName(String petName)")
                .contains("\"name\"") // the wire name is the spec's
                .contains("public static final class Species ")
                .contains("public Species getKind()")
                .doesNotContain("class Kind")
                .contains("What kind of animal it is.");
        assertThat(source(result, path("AnimalValidator"))).contains("violations.add(\"/kind\", \"required\", \"is required\");");
        assertThat(source(PetsSpec.generate(), path("PetValidator"))).doesNotContain("violations.add(\"/kind\", \"required\"");
        assertThat(source(result, path("PetsClient"))).contains("CreatePetResponse createPet(Animal request)");
        assertThat(PetsSpec.compile(result.files())).succeededWithoutWarnings();
    }

    @Test
    void anEditedModelThatNoLongerHoldsTogetherIsTheExtensionsLocatedError() {
        AckgenExtension clashing = new Named("rename-ir") {
            @Override
            public void editModel(ModelView model, ModelEditor editor, ExtensionContext context) {
                ObjectView pet = (ObjectView) model.type("Pet");
                editor.renameType(pet, "PetsClient");
                editor.renameProperty(pet.property("kind"), "kind of pet");
            }
        };

        assertThatThrownBy(() -> PetsSpec.generate(clashing))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::toString)
                        .allSatisfy(problem -> assertThat(problem).contains(": extension rename-ir: editModel: "))
                        .anySatisfy(problem -> assertThat(problem).endsWith(
                                ":39 at #/components/schemas/Pet/properties/kind: extension rename-ir: editModel: the field name"
                                        + " 'kind of pet' is not a Java identifier"))
                        .anySatisfy(problem -> assertThat(problem).endsWith(
                                ":11 at #/paths/~1pets/post: extension rename-ir: editModel: two top-level classes are named"
                                        + " PetsClient (ignoring case, as file names)")));
    }

    @Test
    void anEditOfSomethingNotInTheModelFailsTheHookAndAnEditorKeptPastItsHookFails() {
        ModelEditor[] kept = new ModelEditor[1];
        AckgenExtension keeping = new Named("keeping") {
            @Override
            public void editModel(ModelView model, ModelEditor editor, ExtensionContext context) {
                kept[0] = editor;
            }
        };
        AckgenExtension foreign = new Named("foreign") {
            @Override
            public void editModel(ModelView model, ModelEditor editor, ExtensionContext context) {
                editor.renameType(new ObjectView() {
                    @Override
                    public String javaName() {
                        return "Pet";
                    }

                    @Override
                    public List<String> simpleNames() {
                        return List.of("Pet");
                    }

                    @Override
                    public String description() {
                        return "";
                    }

                    @Override
                    public boolean deprecated() {
                        return false;
                    }

                    @Override
                    public String pointer() {
                        return "";
                    }

                    @Override
                    public List<dev.ackgen.generator.spi.PropertyView> properties() {
                        return List.of();
                    }

                    @Override
                    public List<dev.ackgen.generator.spi.TypeDeclarationView> nestedTypes() {
                        return List.of();
                    }
                }, "Animal");
            }
        };

        assertThatThrownBy(() -> PetsSpec.generate(foreign))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("failed in editModel: java.lang.IllegalArgumentException: not a view ackgen made");
        org.assertj.core.api.Assertions.assertThatCode(() -> PetsSpec.generate(keeping)).doesNotThrowAnyException();
        assertThatThrownBy(() -> kept[0].setApiVersion("2099-01-01")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClassNameGeneratedCodeUsesIsRefusedFromTheNamingHook() {
        AckgenExtension builder = new Named("builder") {
            @Override
            public String name(NamingSite site, String proposal, ExtensionContext context) {
                return site.kind() == NamingSite.Kind.CLASS && site.specName().equals("Pet") ? "Builder" : proposal;
            }
        };

        assertThatThrownBy(() -> PetsSpec.generate(builder))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(":32 at #/components/schemas/Pet: extension builder: names the class Pet 'Builder', which generated"
                        + " code uses");
    }

    @Test
    void anErrorThrownByAHookIsReportedLikeAnException() {
        AckgenExtension asserting = new Named("asserting") {
            @Override
            public void customizeEnum(EnumView type, TypeSpec.Builder builder, ExtensionContext context) {
                throw new AssertionError("enums are not expected");
            }
        };

        assertThatThrownBy(() -> PetsSpec.generate(asserting))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("at #/components/schemas/Pet/properties/kind: extension asserting (")
                .hasMessageContaining("failed in customizeEnum(Pet.Kind): java.lang.AssertionError: enums are not expected");
    }

    @Test
    void aNullExtraFileIsTheExtensionsError() {
        AckgenExtension nulls = new Named("nulls") {
            @Override
            public List<JavaFile> extraFiles(ModelView model, ExtensionContext context) {
                return java.util.Arrays.asList((JavaFile) null);
            }
        };

        assertThatThrownBy(() -> PetsSpec.generate(nulls))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("extension nulls: extraFiles returned a null file");
    }

    @Test
    void anExtensionThatLeavesTheSpecTreeAsItWasGivesTheBytesOfARunWithout() throws Exception {
        AckgenExtension looksOnly = new Named("looks-only") {
            @Override
            public void transformSpec(com.fasterxml.jackson.databind.node.ObjectNode spec, ExtensionContext context) {
                assertThat(spec.at("/components/schemas/Pet").isObject()).isTrue();
            }
        };

        Pipeline.Result without = PetsSpec.generate();
        Pipeline.Result with = PetsSpec.generate(looksOnly);

        assertThat(with.files().keySet()).isEqualTo(without.files().keySet());
        without.files().forEach((file, bytes) -> assertThat(with.files().get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void extensionsRunInTheConfiguredOrderEachSeeingTheLastOnesAnswer() throws Exception {
        AckgenExtension a = suffix("a", "A");
        AckgenExtension b = suffix("b", "B");

        assertThat(PetsSpec.generate(a, b).files()).containsKey(path("PetAB"));
        assertThat(PetsSpec.generate(b, a).files()).containsKey(path("PetBA"));
    }

    @Test
    void anExtraFileThatTakesAGeneratedFilesPathIsAnError() {
        AckgenExtension clash = new Named("clash") {
            @Override
            public List<JavaFile> extraFiles(ModelView model, ExtensionContext context) {
                return List.of(JavaFile.builder(context.packageName(), TypeSpec.classBuilder("Pet").addModifiers(Modifier.FINAL).build()).build());
            }
        };

        assertThatThrownBy(() -> PetsSpec.generate(clash))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("extension clash: extraFiles returned com/example/pets/Pet.java, a path another generated file has");
    }

    @Test
    void theSameSpecAndExtensionsGiveTheSameBytes() throws Exception {
        Pipeline.Result first = PetsSpec.generate(new TestExtensions.TaggedModels(), new TestExtensions.Renaming());
        Pipeline.Result second = PetsSpec.generate(new TestExtensions.TaggedModels(), new TestExtensions.Renaming());

        assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
        first.files().forEach((file, bytes) -> assertThat(second.files().get(file)).as(file).isEqualTo(bytes));
    }

    /** An extension that appends to the name of the Pet class. */
    private static AckgenExtension suffix(String id, String suffix) {
        return new Named(id) {
            @Override
            public String name(NamingSite site, String proposal, ExtensionContext context) {
                return site.kind() == NamingSite.Kind.CLASS && site.specName().equals("Pet") ? proposal + suffix : proposal;
            }
        };
    }

    /** An extension with an id and no hooks, for tests to override one. */
    private abstract static class Named implements AckgenExtension {
        private final String id;

        Named(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }
}
