package dev.ackgen.maven;

import dev.ackgen.generator.Generator;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ModelBuilder;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecLoader;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates models and validators from an OpenAPI spec of ACK operations, and adds the output
 * directory to the project's compile sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The OpenAPI 3 spec file (YAML or JSON). */
    @Parameter(property = "ackgen.spec", required = true)
    private File spec;

    /** The Java package of the generated classes. */
    @Parameter(property = "ackgen.packageName", required = true)
    private String packageName;

    /** Where the generated sources go; added to the compile source roots. */
    @Parameter(property = "ackgen.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/ackgen")
    private File outputDirectory;

    /** Skips generation (the output directory is still added as a source root). */
    @Parameter(property = "ackgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (skip) {
            getLog().info("ackgen: skipped (ackgen.skip)");
            return;
        }
        long start = System.nanoTime();
        try {
            ApiModel model = ModelBuilder.build(SpecLoader.load(spec.toPath()));
            OutputWriter.Summary summary = OutputWriter.write(
                    OutputWriter.render(Generator.generate(model, packageName)), outputDirectory.toPath());
            getLog().info(String.format("ackgen: %s, %d operations, %d ms",
                    summary, model.operations().size(), (System.nanoTime() - start) / 1_000_000));
        } catch (SpecException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new MojoFailureException("ackgen: " + e.getMessage());
        }
    }
}
