package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.Rule;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.naming.Namer;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spi.NamingSite;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The spec's operations, in path and method order, each with its request type (every parameter
 * and the body's members in one class, or the body's own class when there are no parameters), its
 * 2xx response type and its error type; inline bodies become top-level classes named after the
 * operation.
 */
final class OperationReader {
    private static final List<PathItem.HttpMethod> METHOD_ORDER = List.of(
            PathItem.HttpMethod.GET, PathItem.HttpMethod.PUT, PathItem.HttpMethod.POST, PathItem.HttpMethod.DELETE,
            PathItem.HttpMethod.OPTIONS, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.TRACE);

    private final Problems problems;
    private final RefResolver refs;
    private final BuiltTypes types;
    private final Namer namer;
    private final ExtensionVocabulary vocabulary;
    private final TypeTranslator translator;
    private final ParameterReader parameters;
    private final ConstraintReader constraints;
    private final RuleParser rules;
    private final PaginationReader pagination;

    OperationReader(
            Problems problems,
            RefResolver refs,
            BuiltTypes types,
            Namer namer,
            ExtensionVocabulary vocabulary,
            TypeTranslator translator,
            ConstraintReader constraints,
            RuleParser rules) {
        this.problems = problems;
        this.refs = refs;
        this.types = types;
        this.namer = namer;
        this.vocabulary = vocabulary;
        this.translator = translator;
        this.constraints = constraints;
        this.rules = rules;
        this.parameters = new ParameterReader(problems, refs, namer, vocabulary, translator, constraints);
        this.pagination = new PaginationReader(problems, types);
    }

    /** The operations whose operationId the filter accepts; a repeated operationId is reported once. */
    List<Operation> operations(OpenAPI openApi, Predicate<String> operationFilter) {
        List<Operation> operations = new ArrayList<>();
        if (openApi.getPaths() == null) {
            return operations;
        }
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, PathItem> pathEntry : openApi.getPaths().entrySet()) {
            PathItem item = pathEntry.getValue();
            Map<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> byMethod = item.readOperationsMap();
            for (PathItem.HttpMethod method : METHOD_ORDER) {
                io.swagger.v3.oas.models.Operation operation = byMethod.get(method);
                if (operation == null) {
                    continue;
                }
                String pointer = "/paths/" + SourceLocator.escape(pathEntry.getKey()) + "/" + method.name().toLowerCase(Locale.ROOT);
                String operationId = operation.getOperationId();
                if (operationId == null || operationId.isBlank()) {
                    operationId = JavaNames.className(method.name().toLowerCase(Locale.ROOT) + " " + pathEntry.getKey());
                }
                if (!operationIds.add(operationId)) {
                    String at = pointer + "/operationId";
                    if (!problems.hasAt(at)) {
                        problems.add(at, "operationId " + operationId + " is used twice");
                    }
                    vocabulary.checkKnown(operation.getExtensions(), pointer);
                    continue;
                }
                if (!operationFilter.test(operationId)) {
                    continue;
                }
                vocabulary.checkKnown(operation.getExtensions(), pointer);
                operations.add(operation(pathEntry.getKey(), item, method, operation, operationId, pointer));
            }
        }
        return operations;
    }

    private Operation operation(
            String path,
            PathItem item,
            PathItem.HttpMethod method,
            io.swagger.v3.oas.models.Operation operation,
            String operationId,
            String pointer) {
        String baseName = JavaNames.className(operationId);
        Request request = request(path, item, operation, operationId, baseName, pointer);
        TypeRef response = null;
        TypeRef error = null;
        if (operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
                String code = entry.getKey();
                ApiResponse declared = entry.getValue();
                ApiResponse apiResponse = refs.response(declared);
                if (apiResponse == null && declared != null && declared.get$ref() != null) {
                    // A dangling response would otherwise be no body at all: the method would return void.
                    problems.add(pointer + "/responses/" + SourceLocator.escape(code) + "/$ref",
                            "the response " + declared.get$ref() + " does not exist");
                    continue;
                }
                MediaType media = apiResponse == null ? null : jsonMedia(apiResponse.getContent());
                if (media == null || media.getSchema() == null) {
                    continue;
                }
                String responsePointer = pointer + "/responses/" + SourceLocator.escape(code) + "/content/"
                        + SourceLocator.escape(mediaTypeName(apiResponse.getContent())) + "/schema";
                if (response == null && code.startsWith("2")) {
                    response = bodyType(media.getSchema(), baseName + "Response", responsePointer);
                } else if (error == null && (code.equals("default") || code.startsWith("4") || code.startsWith("5"))) {
                    error = bodyType(media.getSchema(), baseName + "Error", responsePointer);
                }
            }
        }
        return Operation.builder()
                .operationId(operationId)
                .action(ExtensionVocabulary.text(operation.getExtensions(), ExtensionVocabulary.ACTION))
                .method(method.name())
                .path(path)
                .tags(operation.getTags() == null ? List.of() : operation.getTags())
                .summary(Schemas.nullToEmpty(operation.getSummary()))
                .description(Schemas.nullToEmpty(operation.getDescription()))
                .deprecated(Boolean.TRUE.equals(operation.getDeprecated()))
                .request(request.type())
                .bodyProperty(request.bodyProperty())
                .response(response)
                .error(error)
                .pagination(pagination.read(operation.getExtensions(), pointer, request.type(), response))
                .pointer(pointer)
                .build();
    }

    /** A request type, and the property that is the whole body when the body was not flattened into it. */
    private record Request(ObjectType type, Property bodyProperty) {}

    private Request request(
            String path, PathItem item, io.swagger.v3.oas.models.Operation operation, String operationId, String baseName, String pointer) {
        List<ParameterReader.Located> declared = parameters.parameters(
                item.getParameters(), "/paths/" + SourceLocator.escape(path) + "/parameters", operation.getParameters(), pointer + "/parameters");

        RequestBody body = requestBody(operation.getRequestBody(), pointer + "/requestBody");
        MediaType bodyMedia = body == null ? null : jsonMedia(body.getContent());
        Schema<?> bodySchema = bodyMedia == null ? null : bodyMedia.getSchema();
        String bodyPointer = bodySchema == null
                ? pointer + "/requestBody"
                : pointer + "/requestBody/content/" + SourceLocator.escape(mediaTypeName(body.getContent())) + "/schema";

        TypeRef.Named bodyClass = bodySchema == null ? null : translator.classOfRef(bodySchema);
        if (declared.isEmpty() && bodyClass != null && !bodyClass.isEnum()) {
            return new Request(types.object(bodyClass.name()), null); // the body's class is the request
        }
        JavaName requestName = JavaName.topLevel(namer.topLevel(NamingSite.Kind.CLASS, operationId, pointer, baseName + "Request"));
        Scope scope = new Scope(requestName);
        List<Property> properties = new ArrayList<>();
        for (ParameterReader.Located parameter : declared) {
            properties.add(parameters.property(parameter, scope));
        }
        List<Rule> requestRules = List.of();
        Property bodyProperty = null;
        if (bodySchema != null) {
            Schema<?> inline = bodySchema.get$ref() == null ? refs.flattenAllOf(bodySchema, bodyPointer) : null;
            if (inline != null && Schemas.isObjectWithProperties(inline)) {
                properties.addAll(translator.bodyProperties(inline, bodyPointer, scope));
                requestRules = rules.parse(inline.getExtensions(), bodyPointer);
            } else {
                bodyProperty = wholeBody(body, bodySchema, bodyPointer, scope);
                properties.add(bodyProperty);
            }
        }
        ObjectType request = types.addObject(
                new ObjectType(requestName, requestDescription(operation), false, properties, requestRules, scope.nested, pointer));
        types.addTopLevel(request);
        return new Request(request, bodyProperty);
    }

    /** A body that is not an object with members of its own (a $ref'd class beside parameters, an array...): one property. */
    private Property wholeBody(RequestBody body, Schema<?> schema, String pointer, Scope scope) {
        String field = scope.uniqueMember("body");
        TypeRef type = translator.typeRef(schema, scope, "body", pointer);
        return Property.builder()
                .wireName("body")
                .fieldName(field)
                .getterName(JavaNames.getterName(field))
                .type(type)
                .required(Boolean.TRUE.equals(body.getRequired()))
                .description(Schemas.nullToEmpty(body.getDescription()))
                .constraints(translator.checkableOn(type, constraints.constraints(schema, pointer), pointer))
                .location(Property.Location.BODY)
                .pointer(pointer)
                .build();
    }

    private static String requestDescription(io.swagger.v3.oas.models.Operation operation) {
        String summary = Schemas.nullToEmpty(operation.getSummary());
        String description = Schemas.nullToEmpty(operation.getDescription());
        if (summary.isEmpty()) {
            return description;
        }
        return description.isEmpty() ? summary : summary + "\n\n" + description;
    }

    private RequestBody requestBody(RequestBody body, String pointer) {
        if (body == null || body.get$ref() == null) {
            return body;
        }
        RequestBody resolved = refs.requestBody(body.get$ref());
        if (resolved == null) {
            problems.add(pointer + "/$ref", "the request body " + body.get$ref() + " does not exist");
        }
        return resolved;
    }

    /** The JSON media type of a content map (application/json or any +json), else the first one. */
    private static MediaType jsonMedia(Content content) {
        String name = mediaTypeName(content);
        return name == null ? null : content.get(name);
    }

    private static String mediaTypeName(Content content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        for (String name : content.keySet()) {
            if (name.startsWith("application/json") || name.endsWith("+json")) {
                return name;
            }
        }
        return content.keySet().iterator().next();
    }

    /** A one-part-or-more {@code allOf} whose $ref points nowhere would silently lose that part: report it at the ref. */
    private void reportDanglingAllOfParts(Schema<?> schema, String pointer) {
        if (schema.getAllOf() == null) {
            return;
        }
        for (int i = 0; i < schema.getAllOf().size(); i++) {
            Schema<?> part = schema.getAllOf().get(i);
            String ref = part == null ? null : part.get$ref();
            String at = pointer + "/allOf/" + i + "/$ref";
            if (ref != null && RefResolver.isComponentRef(ref) && refs.component(ref) == null && !problems.hasAt(at)) {
                problems.add(at, "$ref " + ref + " points to no schema");
            }
        }
    }

    /** A response or error body type: inline objects and enums become top-level classes named after the operation. */
    private TypeRef bodyType(Schema<?> schema, String name, String pointer) {
        reportDanglingAllOfParts(schema, pointer);
        TypeRef.Named named = translator.classOfRef(schema);
        if (named != null) {
            return named;
        }
        Schema<?> flat = refs.flattenAllOf(schema, pointer);
        if (schema.get$ref() == null && (Schemas.isObjectWithProperties(flat) || Schemas.isEnum(flat))) {
            JavaName javaName = JavaName.topLevel(namer.topLevel(NamingSite.Kind.CLASS, name, pointer, name));
            ModelType type = Schemas.isEnum(flat) ? translator.enumType(flat, javaName, pointer) : translator.objectType(flat, javaName, pointer);
            types.addTopLevel(type);
            return new TypeRef.Named(javaName, type instanceof EnumType);
        }
        JavaName holderName = JavaName.topLevel(namer.topLevel(NamingSite.Kind.CLASS, name, pointer, name));
        Scope scope = new Scope(holderName);
        TypeRef type = translator.typeRef(schema, scope, name, pointer);
        if (!scope.nested.isEmpty()) {
            // An array of inline objects: the item classes need an owner; the owner is a namespace.
            types.addTopLevel(types.addObject(new ObjectType(holderName, "", false, List.of(), List.of(), scope.nested, pointer)));
        }
        return type;
    }
}
