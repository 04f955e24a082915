package dev.ackgen.generator.spec;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * A parsed spec with what is needed to report problems in it.
 *
 * @param openApi swagger-parser's model, external {@code $ref}s resolved
 * @param file the spec file's name as the user gave it
 * @param locator the line of each JSON pointer in the file
 */
public record LoadedSpec(OpenAPI openApi, String file, SourceLocator locator) {

    /** A problem at this JSON pointer, with its line. */
    public SpecProblem problem(String pointer, String message) {
        return new SpecProblem(file, locator.line(pointer), pointer, message);
    }
}
