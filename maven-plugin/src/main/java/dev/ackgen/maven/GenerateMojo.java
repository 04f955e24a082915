package dev.ackgen.maven;

import dev.ackgen.generator.customize.CustomizationOption;
import dev.ackgen.generator.customize.TypeLookup;
import dev.ackgen.generator.spec.SpecException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from an OpenAPI 3 description of ACK operations: immutable models with
 * their JSON codecs, validators and a client per API group, and adds the output directory to
 * the project's compile source roots.
 *
 * <p>Incremental: when the spec, every file it references through {@code $ref}, this
 * configuration and the generator are unchanged, and the output directory still holds what the
 * last run wrote, nothing is touched. Otherwise only files whose content changed are written, and
 * files an earlier run wrote that are no longer generated are deleted (never any other file). A
 * failing run leaves the previous output as it was.
 *
 * <p>Overlays (OpenAPI Overlay Specification 1.0 files) change the spec in memory, in order, before
 * anything else reads it; the spec file itself is never changed.
 *
 * <p>Customisations rename generated classes, members, methods, constants and clients (the
 * *NameMappings parameters), put Java types of your choice in place of formats and schemas
 * (typeMappings, schemaMappings), and add annotations and interfaces to the generated models, enums
 * and clients (the additional* parameters). They apply before the extensions. The types they name
 * are looked up in the project's compile class path and source roots, which is why this goal
 * resolves the project's compile dependencies.
 *
 * <p>Extensions (jars in the plugin's dependencies, enabled by id in the extensions parameter) can
 * change the spec, the names, the model and the generated classes, and add files of their own.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class GenerateMojo extends AbstractMojo {
    /** Where the types customisations name are looked up, in messages about one that is not there. */
    static final String USER_TYPES_PLACE = "the project's compile class path and source roots";

    /**
     * The OpenAPI 3.0/3.1 spec file, YAML or JSON. Files it references through {@code $ref} are
     * resolved relative to it, and changes to them regenerate too.
     */
    @Parameter(property = "ackgen.spec", required = true)
    private File spec;

    /** The Java package of the generated classes, e.g. {@code com.example.ack}. */
    @Parameter(property = "ackgen.packageName", required = true)
    private String packageName;

    /**
     * Where the generated sources go; added to the compile source roots on every run. ackgen
     * owns the files it writes there (listed in {@code .ackgen-manifest}) and keeps its fingerprint
     * in {@code .ackgen-fingerprint}; give each execution its own directory.
     */
    @Parameter(property = "ackgen.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/ackgen", required = true)
    private File outputDirectory;

    /**
     * The operationIds to generate; empty (the default) means all of the spec's. From the command
     * line: {@code -Dackgen.includeOperations=CreateCluster,DescribeClusterDetail}. An id the spec
     * does not have fails the build.
     */
    @Parameter(property = "ackgen.includeOperations")
    private List<String> includeOperations;

    /**
     * The operationIds to leave out (applied after {@code includeOperations}). Their request
     * types and validators are not generated; component schemas are. An id the spec does not have
     * fails the build.
     */
    @Parameter(property = "ackgen.excludeOperations")
    private List<String> excludeOperations;

    /** Whether to generate the models (immutable classes with builders and JSON codecs). */
    @Parameter(property = "ackgen.models", defaultValue = "true")
    private boolean models;

    /** Whether to generate the validators (needs the models). */
    @Parameter(property = "ackgen.validators", defaultValue = "true")
    private boolean validators;

    /**
     * Whether to generate the client: an interface per OpenAPI tag (or one for the whole spec)
     * with sync and async methods and a builder, and its implementation (needs the models; without
     * the validators it sends requests as they are).
     */
    @Parameter(property = "ackgen.client", defaultValue = "true")
    private boolean client;

    /**
     * The extensions to run, by id, in this order (each sees what the earlier ones made): an
     * extension element per id, e.g. serializable-models, or -Dackgen.extensions=a,b from the command
     * line. An extension is a jar with an implementation of dev.ackgen.generator.spi.AckgenExtension:
     * add the jar to the dependencies of this plugin (not of the project), where
     * java.util.ServiceLoader finds it. Jars there that this list does not name never run. An id no
     * jar provides fails the build, listing the ids found. Each enabled extension's id, options and
     * code (the content of the jar its class comes from) are part of the fingerprint: enabling,
     * removing, reconfiguring or upgrading one regenerates.
     */
    @Parameter(property = "ackgen.extensions")
    private List<String> extensions;

    /**
     * Options for the enabled extensions: an element per option, named by the extension's id, a dot
     * and the option's name, holding the value; e.g. an element serializable-models.interface with
     * the text java.io.Serializable gives the extension serializable-models its option interface.
     * Which options an extension takes is up to it. An option of an extension that the extensions
     * parameter does not enable fails the build.
     */
    @Parameter
    private Map<String, String> extensionOptions;

    /**
     * Overlay files (OpenAPI Overlay Specification 1.0.0, YAML or JSON), relative to the project
     * like spec: an overlay element per file, applied in this order to the spec's tree in memory
     * before the extensions run; the spec file is not changed. Each action's target is a JSONPath
     * expression; its update is merged into each selected object (objects recursively, arrays
     * appended, other values replaced) or appended to each selected array, and remove: true removes
     * each selected node. An action whose target selects nothing is a build warning (see
     * strictOverlays). Each overlay's content, in order, is part of the fingerprint: editing, adding,
     * removing or reordering one regenerates.
     */
    @Parameter(property = "ackgen.overlays")
    private List<File> overlays;

    /**
     * Whether an overlay action whose target selects nothing fails the build instead of warning:
     * for overlays that must keep matching a spec that changes under them.
     */
    @Parameter(property = "ackgen.strictOverlays", defaultValue = "false")
    private boolean strictOverlays;

    /**
     * Directories besides the spec's own whose files the spec's external {@code $ref}s may read, a
     * refRoot element each, relative to the project like spec. Without it a {@code $ref} may name
     * files within the spec's directory tree only; a {@code $ref} that leads elsewhere (by
     * {@code ..}, an absolute path or a symbolic link), to anything but a regular file, to a file
     * over 16 MiB, or to a URL (nothing is fetched) fails the build at the {@code $ref}. The
     * contents of referenced files, and these directories, are part of the fingerprint.
     */
    @Parameter(property = "ackgen.refRoots")
    private List<File> refRoots;

    /**
     * Renames generated classes: a modelNameMapping element per entry, {@code Schema=ClassName},
     * e.g. {@code <modelNameMapping>ClusterDetail=Cluster</modelNameMapping>}, or
     * {@code -Dackgen.modelNameMappings=ClusterDetail=Cluster,Tag=Label} from the command line. The key
     * is a component schema's name or the name ackgen would give the class ({@code Outer.Inner} for a
     * nested class, after any rename of the enclosing class); the value must be a Java identifier
     * that is not a class generated code already names (java.lang's, ackgen's own). A name another
     * generated class also takes (case ignored) fails the build, naming both; an entry that matches
     * nothing is a build warning; a key mapped twice is a configuration error. Part of the
     * fingerprint, like every customisation: changing an entry regenerates.
     */
    @Parameter(property = "ackgen.modelNameMappings")
    private List<String> modelNameMappings;

    /**
     * Renames the members (field, getter, builder method) of properties and parameters: a
     * propertyNameMapping element per entry, {@code property=memberName} for every class or
     * {@code Class.property=memberName} for one, e.g.
     * {@code <propertyNameMapping>Cluster.vpcid=vpcId</propertyNameMapping>}. The key's property is its
     * name in the spec, its class the generated class's name. The name must be a Java identifier
     * starting with a lower-case letter, not a member every model has. A name another member of the
     * same class also takes fails the build, naming both; an entry that matches nothing is a build
     * warning.
     */
    @Parameter(property = "ackgen.propertyNameMappings")
    private List<String> propertyNameMappings;

    /**
     * Renames client methods: an operationNameMapping element per entry, {@code operationId=methodName},
     * e.g. {@code <operationNameMapping>DescribeClusterDetail=getCluster</operationNameMapping>}. The name
     * must be a Java identifier that is not a member every client has. A name another method of the
     * same client also takes fails the build, naming both; an entry that matches nothing is a build
     * warning.
     */
    @Parameter(property = "ackgen.operationNameMappings")
    private List<String> operationNameMappings;

    /**
     * Renames enum constants: an enumNameMapping element per entry, {@code value=CONSTANT} for every
     * enum or {@code EnumClass.value=CONSTANT} for one, where value is the enum value in the spec and
     * EnumClass the generated enum's name; e.g.
     * {@code <enumNameMapping>ClusterType.ManagedKubernetes=MANAGED</enumNameMapping>}. The name must be a
     * Java identifier that is not a member every enum has. A name another constant of the same enum
     * also takes fails the build, naming both; an entry that matches nothing is a build warning.
     */
    @Parameter(property = "ackgen.enumNameMappings")
    private List<String> enumNameMappings;

    /**
     * Renames client interfaces (and so their implementations): a clientNameMapping element per
     * entry, {@code tag=InterfaceName} with an OpenAPI tag, or the name ackgen would give, e.g.
     * {@code <clientNameMapping>CsClient=AckClient</clientNameMapping>}. The name must be a Java
     * identifier that is not a class generated code already names. A name another generated class
     * also takes fails the build, naming both; an entry that matches nothing is a build warning.
     */
    @Parameter(property = "ackgen.clientNameMappings")
    private List<String> clientNameMappings;

    /**
     * The Java type of the values of a {@code format}: a typeMapping element per entry,
     * {@code format=qualified.ClassName}, e.g.
     * {@code <typeMapping>date-time=java.time.Instant</typeMapping>}. Built in, date-time is
     * java.time.OffsetDateTime and date is java.time.LocalDate; {@code date-time=String} keeps plain
     * strings. java.time.OffsetDateTime, Instant, LocalDate, LocalDateTime and java.util.UUID are read
     * and written as ISO text by the runtime; any other class through Jackson databind, as that class
     * asks. The class must be on the project's compile class path or in its source roots: one that
     * is not, or is an annotation type, is a configuration error naming this parameter, and nothing
     * is written. An entry that matches no format of the generated operations is a build warning.
     */
    @Parameter(property = "ackgen.typeMappings")
    private List<String> typeMappings;

    /**
     * Uses your class instead of generating one for a component schema: a schemaMapping element per
     * entry, {@code Schema=qualified.ClassName}, e.g.
     * {@code <schemaMapping>Money=com.example.Money</schemaMapping>}. Every reference to the schema
     * becomes the class, read and written through Jackson databind (and not validated). The class must
     * be on the project's compile class path or in its source roots (a class of this project's
     * src/main/java is found before it is compiled): one that is not, or is an annotation type, is a
     * configuration error naming this parameter, and nothing is written. An entry that matches no
     * component schema is a build warning.
     */
    @Parameter(property = "ackgen.schemaMappings")
    private List<String> schemaMappings;

    /**
     * Annotations put on every generated model class (and on its nested Builder and JSON reader and
     * writer classes): an additionalModelAnnotation element per annotation type, its qualified name,
     * e.g. {@code <additionalModelAnnotation>com.example.Generated</additionalModelAnnotation>} (a leading
     * {@code @} is allowed; arguments are not: the annotation must need none, and must be allowed on
     * classes). The type must be on the project's compile class path or in its source roots: one that
     * is not, or is not an annotation type, is a configuration error naming this parameter, and
     * nothing is written.
     */
    @Parameter(property = "ackgen.additionalModelAnnotations")
    private List<String> additionalModelAnnotations;

    /**
     * Annotations put on every generated enum: an additionalEnumAnnotation element per annotation
     * type, its qualified name, e.g.
     * {@code <additionalEnumAnnotation>com.example.Generated</additionalEnumAnnotation>}; as
     * additionalModelAnnotations, an unknown type or one that is not an annotation type is a
     * configuration error naming this parameter.
     */
    @Parameter(property = "ackgen.additionalEnumAnnotations")
    private List<String> additionalEnumAnnotations;

    /**
     * Annotations put on every generated client interface and its implementation: an
     * additionalClientAnnotation element per annotation type, its qualified name, e.g.
     * {@code <additionalClientAnnotation>com.example.Generated</additionalClientAnnotation>}; as
     * additionalModelAnnotations, an unknown type or one that is not an annotation type is a
     * configuration error naming this parameter.
     */
    @Parameter(property = "ackgen.additionalClientAnnotations")
    private List<String> additionalClientAnnotations;

    /**
     * Interfaces every generated model class implements: an additionalModelInterface element per
     * interface, its qualified name, e.g.
     * {@code <additionalModelInterface>java.io.Serializable</additionalModelInterface>} (a model made
     * Serializable gets a serialVersionUID). The interface must not leave methods for the models to
     * implement. One that is not on the project's compile class path or in its source roots, or is
     * not an interface, is a configuration error naming this parameter, and nothing is written.
     */
    @Parameter(property = "ackgen.additionalModelInterfaces")
    private List<String> additionalModelInterfaces;

    /**
     * Interfaces every generated enum implements: an additionalEnumInterface element per interface,
     * its qualified name, e.g. {@code <additionalEnumInterface>com.example.Coded</additionalEnumInterface>};
     * as additionalModelInterfaces, an unknown type or one that is not an interface is a configuration
     * error naming this parameter.
     */
    @Parameter(property = "ackgen.additionalEnumInterfaces")
    private List<String> additionalEnumInterfaces;

    /**
     * Interfaces every generated client interface extends: an additionalClientInterface element per
     * interface, its qualified name, e.g.
     * {@code <additionalClientInterface>com.example.AckApi</additionalClientInterface>}; as
     * additionalModelInterfaces, an unknown type or one that is not an interface is a configuration
     * error naming this parameter.
     */
    @Parameter(property = "ackgen.additionalClientInterfaces")
    private List<String> additionalClientInterfaces;

    /**
     * Skips generation. The output directory is still added to the compile source roots, so
     * sources from an earlier run still compile.
     */
    @Parameter(property = "ackgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (skip) {
            getLog().info("ackgen: skipped (ackgen.skip=true); " + outputDirectory + " is still a source root");
            return;
        }
        try {
            // The plugin's class realm: the plugin, the generator and the jars of the plugin's <dependencies>.
            Extensions enabled = Extensions.load(GenerateMojo.class.getClassLoader(), extensions, extensionOptions);
            Configuration configuration = Configuration.of(spec == null ? null : spec.toPath(), packageName,
                    outputDirectory.toPath(), includeOperations, excludeOperations, models, validators, client, enabled)
                    .withOverlays(overlays == null ? null : overlays.stream().map(File::toPath).toList(), strictOverlays)
                    .withCustomizations(customizations())
                    .withRefRoots(refRoots == null ? null : refRoots.stream().map(File::toPath).toList());
            claimOutputDirectory(configuration.outputDirectory());
            GenerationRun.Result result;
            try (URLClassLoader classPath = compileClassPath()) {
                TypeLookup lookup = TypeLookup.of(classPath).or(TypeLookup.sources(sourceRoots(configuration.outputDirectory())));
                result = GenerationRun.run(configuration, new GenerationRun.UserTypes(lookup, USER_TYPES_PLACE), getLog()::info);
            }
            result.warnings().forEach(warning -> getLog().warn("ackgen: " + warning));
        } catch (ConfigurationException e) {
            throw new MojoFailureException("ackgen: invalid configuration: " + e.getMessage());
        } catch (SpecException e) {
            throw new MojoFailureException("ackgen: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("ackgen: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("ackgen: " + e.getMessage());
        }
    }

    /** Every customisation parameter's entries, by option. */
    private Map<CustomizationOption, List<String>> customizations() {
        Map<CustomizationOption, List<String>> entries = new EnumMap<>(CustomizationOption.class);
        for (CustomizationOption option : CustomizationOption.values()) {
            List<String> values = parameter(option);
            if (values != null) {
                entries.put(option, values);
            }
        }
        return entries;
    }

    /** The parameter named {@link CustomizationOption#optionName()}: a new option fails to compile until it has one. */
    private List<String> parameter(CustomizationOption option) {
        return switch (option) {
            case MODEL_NAME_MAPPINGS -> modelNameMappings;
            case PROPERTY_NAME_MAPPINGS -> propertyNameMappings;
            case OPERATION_NAME_MAPPINGS -> operationNameMappings;
            case ENUM_NAME_MAPPINGS -> enumNameMappings;
            case CLIENT_NAME_MAPPINGS -> clientNameMappings;
            case TYPE_MAPPINGS -> typeMappings;
            case SCHEMA_MAPPINGS -> schemaMappings;
            case ADDITIONAL_MODEL_ANNOTATIONS -> additionalModelAnnotations;
            case ADDITIONAL_ENUM_ANNOTATIONS -> additionalEnumAnnotations;
            case ADDITIONAL_CLIENT_ANNOTATIONS -> additionalClientAnnotations;
            case ADDITIONAL_MODEL_INTERFACES -> additionalModelInterfaces;
            case ADDITIONAL_ENUM_INTERFACES -> additionalEnumInterfaces;
            case ADDITIONAL_CLIENT_INTERFACES -> additionalClientInterfaces;
        };
    }

    /**
     * The project's compile class path (its dependencies and its output directory) as a class loader
     * whose parent is the platform class loader: the types the customisations name are the project's
     * and the JDK's, never the plugin's own.
     */
    private URLClassLoader compileClassPath() throws MojoExecutionException {
        List<String> elements;
        try {
            elements = project.getCompileClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("ackgen: the project's compile class path is not resolved: " + e.getMessage(), e);
        }
        List<URL> urls = new ArrayList<>();
        for (String element : elements == null ? List.<String>of() : elements) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("ackgen: compile class path entry " + element + " is not usable: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /**
     * The project's compile source roots but this execution's output directory (what it generated
     * last time is no user type): a class of src/main/java is not compiled yet in generate-sources.
     */
    private List<Path> sourceRoots(Path outputDirectory) {
        List<Path> roots = new ArrayList<>();
        for (String root : project.getCompileSourceRoots()) {
            Path path = Path.of(root).toAbsolutePath().normalize();
            if (!path.equals(outputDirectory)) {
                roots.add(path);
            }
        }
        return roots;
    }

    /**
     * Two executions writing one directory would delete each other's files on every build: the
     * second one to claim a directory in this project fails.
     */
    private void claimOutputDirectory(Path directory) throws ConfigurationException {
        @SuppressWarnings("unchecked")
        Map<Object, Object> context = getPluginContext();
        if (context == null) {
            return;
        }
        String key = "ackgen.outputDirectory:" + directory;
        String id = execution == null ? "default" : execution.getExecutionId();
        Object owner = context.putIfAbsent(key, id);
        if (owner != null && !owner.equals(id)) {
            throw new ConfigurationException("executions '" + owner + "' and '" + id + "' both write " + directory
                    + ": give each execution its own <outputDirectory>");
        }
    }
}
