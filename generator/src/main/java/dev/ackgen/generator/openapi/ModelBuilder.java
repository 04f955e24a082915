package dev.ackgen.generator.openapi;

import dev.ackgen.generator.customize.Customizations;
import dev.ackgen.generator.customize.NameMappings;
import dev.ackgen.generator.customize.TypeMappings;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.naming.NameHook;
import dev.ackgen.generator.naming.Namer;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spi.NamingSite;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns swagger-parser's model into the IR, coordinating the readers of this package: component
 * classes are named first (so references resolve in any order) and built, then operations, then
 * the cross-field rules are checked against the finished types, then validators and clients are
 * named. Every OpenAPI quirk is normalised by those readers, once, and every Java name is decided
 * with {@link JavaNames} and the {@link NameHook}. Problems are collected, not thrown one by one:
 * the user sees them all, each with its location.
 */
// swagger-parser's API hands out raw Schema maps (Map<String, Schema>); we only read them.
@SuppressWarnings("rawtypes")
public final class ModelBuilder {
    /** A server variable that holds the region ({@code {region}}, {@code {regionId}}, ...). */
    private static final Pattern REGION_VARIABLE = Pattern.compile("\\{[^}]*(?i:region)[^}]*}");

    /**
     * The longest file name, in bytes of UTF-8, that a generated class may compile to: its binary
     * name in the package, nesting included ({@code Outer$Inner$Builder.class}). File systems allow
     * 255 bytes per name (ext4, NTFS, APFS); the 55 kept back cover what emitters nest inside the
     * classes checked here ({@code $Builder}) and the temporary names the output writer stages
     * ({@code .Name.java<random>.tmp}). A longer name is refused, located, rather than shortened:
     * a shortened name would be one the user never chose and could not find in the spec.
     */
    static final int MAX_CLASS_FILE_NAME_BYTES = 200;

    /**
     * The most properties one class may have. Past about 7,000 the model's and its builder's
     * constructors, which assign every final field and cannot be split, pass the class file's 64 KiB
     * of code per method; the bound leaves room for what a property costs there (a list or map
     * copied, a nested type). Everything else about a large model is split by the emitters.
     */
    static final int MAX_PROPERTIES = 5_000;

    private final OpenAPI openApi;
    private final Predicate<String> operationFilter;
    private final Problems problems;
    private final Namer namer;
    private final ExtensionVocabulary vocabulary;
    private final RefResolver refs;
    private final BuiltTypes types = new BuiltTypes();
    private final TypeTranslator translator;
    private final OperationReader operations;
    private final RuleChecker ruleChecker;
    private final NameMappings nameMappings;
    private final TypeMappings typeMappings;

    private ModelBuilder(LoadedSpec spec, Predicate<String> operationFilter, NameHook nameHook, Customizations customizations) {
        this.openApi = spec.openApi();
        this.operationFilter = operationFilter;
        this.problems = new Problems(spec);
        this.nameMappings = new NameMappings(customizations);
        this.typeMappings = new TypeMappings(customizations);
        this.namer = new Namer(nameMappings.before(nameHook), problems::add);
        this.vocabulary = new ExtensionVocabulary(problems);
        this.refs = new RefResolver(openApi);
        ConstraintReader constraints = new ConstraintReader(problems, refs, types, vocabulary);
        RuleParser rules = new RuleParser(problems);
        this.translator = new TypeTranslator(
                problems, refs, types, namer, vocabulary, constraints, rules, new EnumTypeReader(namer, vocabulary), typeMappings);
        this.operations = new OperationReader(problems, refs, types, namer, vocabulary, translator, constraints, rules);
        this.ruleChecker = new RuleChecker(problems, types);
    }

    /** Builds the IR of every operation of the spec. */
    public static ApiModel build(LoadedSpec spec) throws SpecException {
        return build(spec, operationId -> true);
    }

    /**
     * Builds the IR of the operations whose operationId the filter accepts, and of every component
     * schema.
     */
    public static ApiModel build(LoadedSpec spec, Predicate<String> operationFilter) throws SpecException {
        return build(spec, operationFilter, NameHook.NONE);
    }

    /**
     * Builds the IR of the operations whose operationId the filter accepts, and of every component
     * schema, asking the hook for each Java name.
     */
    public static ApiModel build(LoadedSpec spec, Predicate<String> operationFilter, NameHook nameHook) throws SpecException {
        return build(spec, operationFilter, nameHook, Customizations.NONE).model();
    }

    /** What a build produced: the IR, and what the user should know that did not stop it. */
    public record Built(ApiModel model, List<SpecProblem> warnings) {
        public Built {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Builds the IR of the operations whose operationId the filter accepts, and of every component
     * schema: names mapped as the customisations say, then asked of the hook; types mapped as they say.
     */
    public static Built build(LoadedSpec spec, Predicate<String> operationFilter, NameHook nameHook, Customizations customizations)
            throws SpecException {
        ModelBuilder builder = new ModelBuilder(spec, operationFilter, nameHook, customizations);
        try {
            ApiModel model = builder.build();
            List<SpecProblem> warnings = new ArrayList<>(builder.problems.warnings());
            for (String unused : builder.nameMappings.unused()) {
                warnings.add(new SpecProblem(spec.file(), 0, "", unused));
            }
            for (String unused : builder.typeMappings.unused()) {
                warnings.add(new SpecProblem(spec.file(), 0, "", unused));
            }
            return new Built(model, warnings);
        } catch (RuntimeException e) {
            // A spec swagger-parser already found broken may trip the builder; its problems say why.
            if (builder.problems.isEmpty()) {
                throw e;
            }
            throw builder.problems.exception();
        }
    }

    private ApiModel build() throws SpecException {
        vocabulary.checkKnown(openApi.getExtensions(), "");
        checkServers();
        // allOf is flattened recursively: a cycle would never end, so it stops the run first.
        List<RefResolver.AllOfCycle> cycles = refs.allOfCycles();
        for (RefResolver.AllOfCycle cycle : cycles) {
            problems.add(cycle.pointer(), cycle.message());
        }
        if (!cycles.isEmpty()) {
            problems.throwIfAny();
        }
        nameComponentClasses();
        buildComponentClasses();
        List<Operation> operationList = operations.operations(openApi, operationFilter);
        for (ModelType type : types.topLevel()) {
            ruleChecker.check(type);
        }
        for (RefResolver.AllOfConflict conflict : refs.takeAllOfConflicts()) {
            if (conflict.error()) {
                problems.add(conflict.pointer(), conflict.message());
            } else {
                problems.warn(conflict.pointer(), conflict.message());
            }
        }
        problems.throwIfAny();
        List<ModelType> sorted = new ArrayList<>(types.topLevel());
        sorted.sort(Comparator.comparing(type -> type.name().toString()));
        String apiVersion = ExtensionVocabulary.text(openApi.getExtensions(), ExtensionVocabulary.API_VERSION);
        if (apiVersion == null) {
            apiVersion = openApi.getInfo() == null ? "" : Schemas.nullToEmpty(openApi.getInfo().getVersion());
        }
        String server = server();
        String title = openApi.getInfo() == null ? "" : Schemas.nullToEmpty(openApi.getInfo().getTitle());
        // Validators are named before clients: a client never takes a validator's name.
        Map<String, String> validatorNames = validatorNames(sorted);
        ApiModel model = new ApiModel(title, apiVersion, server, operationList, sorted, validatorNames,
                new ClientGrouper(namer).clients(operationList, server, title));
        checkBounds(model);
        for (NameMappings.Collision collision : nameMappings.collisions()) {
            problems.add(collision.pointer(), collision.message());
        }
        problems.throwIfAny();
        return model;
    }

    /** Refuses every class whose file name would be too long or that holds too many properties, once per spec location. */
    private void checkBounds(ApiModel model) {
        for (ModelType type : model.types()) {
            checkBounds(type);
            String validator = model.validatorNames().get(type.name().topLevelName());
            if (validator != null) {
                checkNameLength(JavaName.topLevel(validator), type.pointer());
            }
        }
        for (ClientGroup client : model.clients()) {
            if (client.methods().isEmpty()) {
                continue;
            }
            String pointer = client.methods().get(0).operation().pointer() + (client.tag().isEmpty() ? "" : "/tags/0");
            checkNameLength(JavaName.topLevel(client.interfaceName()), pointer);
            checkNameLength(JavaName.topLevel(client.implementationName()), pointer);
        }
    }

    /** A type's name, and its nested types' names, fit a file; an object's properties fit a class. */
    private void checkBounds(ModelType type) {
        checkNameLength(type.name(), type.pointer());
        if (type instanceof ObjectType object) {
            if (object.properties().size() > MAX_PROPERTIES && !problems.hasAt(object.pointer())) {
                problems.add(object.pointer(), "the class " + object.name().simpleName() + " would have " + object.properties().size()
                        + " properties, more than the " + MAX_PROPERTIES + " a generated class may hold (its constructor would pass"
                        + " the class file's 64 KiB of code per method): split the schema, e.g. into nested objects");
            }
            for (ModelType nested : object.nested()) {
                checkBounds(nested);
            }
        }
    }

    private void checkNameLength(JavaName name, String pointer) {
        String file = String.join("$", name.simpleNames()) + ".class";
        int bytes = file.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_CLASS_FILE_NAME_BYTES && !problems.hasAt(pointer)) {
            String shown = file.length() > 60 ? file.substring(0, 40) + "..." + file.substring(file.length() - 16) : file;
            problems.add(pointer, "the generated class's file name " + shown + " would be " + bytes + " bytes long, more than the "
                    + MAX_CLASS_FILE_NAME_BYTES + " allowed: give it a shorter name (" + ExtensionVocabulary.JAVA_NAME
                    + " or a name mapping)");
        }
    }

    /**
     * Every server needs a url (OpenAPI says so; swagger-parser lets {@code url: null} through, and
     * says a url is missing without saying of which server: the spec loader leaves that to this).
     */
    private void checkServers() {
        if (openApi.getServers() == null) {
            return;
        }
        for (int i = 0; i < openApi.getServers().size(); i++) {
            Server server = openApi.getServers().get(i);
            if (server == null || server.getUrl() == null) {
                problems.add("/servers/" + i + (server == null ? "" : "/url"), "a server needs a url (a string)");
            }
        }
    }

    /** The first server's url, its region variable written {@code {region}}; "" when there is none. */
    private String server() {
        if (openApi.getServers() == null || openApi.getServers().isEmpty() || openApi.getServers().get(0) == null) {
            return "";
        }
        String url = openApi.getServers().get(0).getUrl();
        return url == null ? "" : REGION_VARIABLE.matcher(url).replaceAll("{region}");
    }

    /** Names every component that becomes a class before any is built, so references between them resolve. */
    private void nameComponentClasses() {
        for (Map.Entry<String, Schema> entry : refs.componentSchemas().entrySet()) {
            Schema<?> schema = entry.getValue();
            if (refs.isClass(schema) && typeMappings.forSchema(entry.getKey()) == null) {
                String pointer = RefResolver.componentPointer(entry.getKey());
                String proposal = vocabulary.javaClassName(schema.getExtensions(), pointer, JavaNames.className(entry.getKey()));
                String name = namer.topLevel(NamingSite.Kind.CLASS, entry.getKey(), pointer, proposal);
                types.declareComponent(entry.getKey(), new TypeRef.Named(JavaName.topLevel(name), Schemas.isEnum(schema)));
            }
        }
    }

    private void buildComponentClasses() {
        Map<String, Schema> schemas = refs.componentSchemas();
        for (Map.Entry<String, TypeRef.Named> entry : types.componentClasses().entrySet()) {
            String pointer = RefResolver.componentPointer(entry.getKey());
            Schema<?> schema = schemas.get(entry.getKey());
            types.addTopLevel(entry.getValue().isEnum()
                    ? translator.enumType(schema, entry.getValue().name(), pointer)
                    : translator.objectType(refs.flattenAllOf(schema, pointer), entry.getValue().name(), pointer));
        }
    }

    private Map<String, String> validatorNames(List<ModelType> sorted) {
        Map<String, String> validatorNames = new LinkedHashMap<>();
        for (ModelType type : sorted) {
            if (type instanceof ObjectType) {
                String name = type.name().topLevelName();
                validatorNames.put(name, namer.uniqueTopLevel(GeneratedNames.validatorName(name)));
            }
        }
        return validatorNames;
    }
}
