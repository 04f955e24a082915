package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.naming.Namer;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spi.NamingSite;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * An operation's path, query and header parameters as properties of its request: path-level ones
 * first, overridden by the operation's own of the same name and location; {@code $ref}s followed;
 * {@code content} parameters (JSON text in a query or header) as typed values.
 */
final class ParameterReader {
    private final Problems problems;
    private final RefResolver refs;
    private final Namer namer;
    private final ExtensionVocabulary vocabulary;
    private final TypeTranslator translator;
    private final ConstraintReader constraints;

    ParameterReader(
            Problems problems,
            RefResolver refs,
            Namer namer,
            ExtensionVocabulary vocabulary,
            TypeTranslator translator,
            ConstraintReader constraints) {
        this.problems = problems;
        this.refs = refs;
        this.namer = namer;
        this.vocabulary = vocabulary;
        this.translator = translator;
        this.constraints = constraints;
    }

    /** A parameter with where it was declared. */
    record Located(Parameter parameter, String pointer) {}

    /**
     * The parameters that apply to an operation, in declaration order: those of its path item,
     * then its own, an operation's replacing a path item's of the same name and location.
     */
    List<Located> parameters(List<Parameter> pathLevel, String pathPointer, List<Parameter> operationLevel, String operationPointer) {
        List<Located> parameters = new ArrayList<>();
        collect(pathLevel, pathPointer, parameters);
        collect(operationLevel, operationPointer, parameters);
        return parameters;
    }

    private void collect(List<Parameter> declared, String pointer, List<Located> into) {
        if (declared == null) {
            return;
        }
        for (int i = 0; i < declared.size(); i++) {
            Parameter parameter = declared.get(i);
            String parameterPointer = pointer + "/" + i;
            if (parameter.get$ref() != null) {
                Parameter resolved = refs.parameter(parameter.get$ref());
                if (resolved == null) {
                    problems.add(parameterPointer + "/$ref", "the parameter " + parameter.get$ref() + " does not exist");
                    continue;
                }
                parameter = resolved;
            }
            if (parameter.getName() == null || parameter.getIn() == null) {
                problems.add(parameterPointer, "a parameter needs a name and an 'in'");
                continue;
            }
            if ("cookie".equals(parameter.getIn())) {
                problems.add(parameterPointer + "/in", "cookie parameters are not supported");
                continue;
            }
            int existing = indexOf(into, parameter.getName(), parameter.getIn());
            if (existing >= 0) {
                into.set(existing, new Located(parameter, parameterPointer));
            } else {
                into.add(new Located(parameter, parameterPointer));
            }
        }
    }

    private static int indexOf(List<Located> parameters, String name, String in) {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i).parameter();
            if (parameter.getName().equals(name) && parameter.getIn().equals(in)) {
                return i;
            }
        }
        return -1;
    }

    /** A parameter as a property of the request class the scope names. */
    Property property(Located located, Scope scope) {
        Parameter parameter = located.parameter();
        String pointer = located.pointer();
        Schema<?> schema = parameter.getSchema();
        String schemaPointer = pointer + "/schema";
        boolean jsonEncoded = false;
        if (schema == null && parameter.getContent() != null && !parameter.getContent().isEmpty()) {
            String mediaType = parameter.getContent().keySet().iterator().next();
            schema = parameter.getContent().get(mediaType).getSchema();
            schemaPointer = pointer + "/content/" + SourceLocator.escape(mediaType) + "/schema";
            jsonEncoded = true;
        }
        if (schema == null) {
            problems.add(pointer, "the parameter " + parameter.getName() + " has neither a schema nor content");
            schema = new Schema<>().type("string");
        }
        Property.Location location = switch (parameter.getIn()) {
            case "path" -> Property.Location.PATH;
            case "header" -> Property.Location.HEADER;
            default -> Property.Location.QUERY;
        };
        String field = scope.uniqueMember(namer.named(NamingSite.Kind.PARAMETER, parameter.getName(), scope.owner, pointer,
                vocabulary.javaMemberName(parameter.getExtensions(), pointer, parameter.getName())));
        vocabulary.checkKnown(schema.getExtensions(), schemaPointer);
        TypeRef type = translator.typeRef(schema, scope, parameter.getName(), schemaPointer);
        String description = parameter.getDescription() != null ? parameter.getDescription() : Schemas.nullToEmpty(schema.getDescription());
        return Property.builder()
                .wireName(parameter.getName())
                .fieldName(field)
                .getterName(JavaNames.getterName(field))
                .type(type)
                .required(location == Property.Location.PATH || Boolean.TRUE.equals(parameter.getRequired()))
                .description(description)
                .deprecated(Boolean.TRUE.equals(parameter.getDeprecated()) || Boolean.TRUE.equals(schema.getDeprecated()))
                .secret(Secrets.isSecret(parameter.getName(), schema))
                .constraints(translator.checkableOn(type, constraints.constraints(schema, schemaPointer), schemaPointer))
                .location(location)
                .jsonEncoded(jsonEncoded)
                .defaultValue(SpecValues.defaultValue(schema))
                .example(SpecValues.exampleText(parameter.getExample() != null ? parameter.getExample() : schema.getExample()))
                .pointer(pointer)
                .build();
    }
}
