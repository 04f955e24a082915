package dev.ackgen.maven;

import dev.ackgen.generator.spec.SpecException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
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
 * <p>Extensions (jars in the plugin's dependencies, enabled by id in the extensions parameter) can
 * change the spec, the names, the model and the generated classes, and add files of their own.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

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
                    .withOverlays(overlays == null ? null : overlays.stream().map(File::toPath).toList(), strictOverlays);
            claimOutputDirectory(configuration.outputDirectory());
            GenerationRun.Result result = GenerationRun.run(configuration, getLog()::info);
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
