package dev.ackgen.generator.openapi;

import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecProblem;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;

/**
 * A parsed spec with what is needed to report problems in it.
 *
 * @param openApi swagger-parser's model, external {@code $ref}s resolved
 * @param file the spec file's name as the user gave it
 * @param locator the line of each JSON pointer in the file
 * @param problems what swagger-parser found wrong though it could still build a model; the model
 *     builder reports them together with its own, so the user sees every problem at once
 */
public record LoadedSpec(OpenAPI openApi, String file, SourceLocator locator, List<SpecProblem> problems) {

    public LoadedSpec {
        problems = List.copyOf(problems);
    }

    /** A problem at this JSON pointer, with its line. */
    public SpecProblem problem(String pointer, String message) {
        return new SpecProblem(file, locator.line(pointer), pointer, message);
    }
}
