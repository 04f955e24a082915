package dev.ackgen.generator.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.Constraints;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.Rule;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.naming.NameHook;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spi.NamingSite;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns swagger-parser's model into the IR. Every OpenAPI quirk ({@code $ref} or inline,
 * {@code allOf} wrappers, {@code content} parameters, formats, enums, additionalProperties) is
 * normalised here, once, and every Java name is decided here, with {@link JavaNames}. Problems are
 * collected, not thrown one by one: the user sees them all, each with its location.
 */
// swagger-parser's API hands out raw Schema maps and lists (Map<String, Schema>); we only read them.
@SuppressWarnings("rawtypes")
public final class ModelBuilder {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> KNOWN_EXTENSIONS = Set.of(
            "x-ackgen-min-character-classes", "x-ackgen-secret", "x-ackgen-java-name", "x-ackgen-rules",
            "x-ackgen-action", "x-ackgen-api-version");
    /** Names whose values are secrets even when the spec forgets to say so (the CS API does). */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|private_?key|token).*");
    /** Members of generated classes that a property's Java name must not take. */
    private static final Set<String> RESERVED_MEMBERS =
            Set.of("additionalProperties", "additionalProperty", "build", "builder", "toBuilder");
    private static final List<PathItem.HttpMethod> METHOD_ORDER = List.of(
            PathItem.HttpMethod.GET, PathItem.HttpMethod.PUT, PathItem.HttpMethod.POST, PathItem.HttpMethod.DELETE,
            PathItem.HttpMethod.OPTIONS, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.TRACE);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final LoadedSpec spec;
    private final OpenAPI openApi;
    private final Predicate<String> operationFilter;
    private final NameHook nameHook;
    private final List<SpecProblem> problems = new ArrayList<>();
    /** Top-level class names taken, lower-cased: they become file names. */
    private final Set<String> topLevelNames = new HashSet<>();
    /** Component schema name -> its class, for the components that become classes. */
    private final Map<String, TypeRef.Named> componentClasses = new LinkedHashMap<>();
    private final List<ModelType> topLevelTypes = new ArrayList<>();
    /** Every object built, by name, so rules can look into the types of other properties. */
    private final Map<JavaName, ObjectType> objects = new HashMap<>();
    private final Set<String> resolvingAliases = new HashSet<>();
    private final Set<String> constrainingAliases = new HashSet<>();

    private ModelBuilder(LoadedSpec spec, Predicate<String> operationFilter, NameHook nameHook) {
        this.spec = spec;
        this.nameHook = nameHook;
        this.problems.addAll(spec.problems());
        this.openApi = spec.openApi();
        this.operationFilter = operationFilter;
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
        ModelBuilder builder = new ModelBuilder(spec, operationFilter, nameHook);
        try {
            return builder.build();
        } catch (RuntimeException e) {
            // A spec swagger-parser already found broken may trip the builder; its problems say why.
            if (builder.problems.isEmpty()) {
                throw e;
            }
            throw new SpecException(builder.problems);
        }
    }

    private ApiModel build() throws SpecException {
        checkExtensions(openApi.getExtensions(), "");
        Map<String, Schema> schemas = componentSchemas();
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema<?> schema = entry.getValue();
            if (isClass(schema)) {
                String pointer = "/components/schemas/" + SourceLocator.escape(entry.getKey());
                String proposal = javaNameOverride(schema, pointer, JavaNames.className(entry.getKey()));
                String name = JavaNames.unique(named(NamingSite.Kind.CLASS, entry.getKey(), null, pointer, proposal), topLevelNames, true);
                componentClasses.put(entry.getKey(), new TypeRef.Named(JavaName.topLevel(name), isEnum(schema)));
            }
        }
        for (Map.Entry<String, TypeRef.Named> entry : componentClasses.entrySet()) {
            String pointer = "/components/schemas/" + SourceLocator.escape(entry.getKey());
            Schema<?> schema = schemas.get(entry.getKey());
            topLevelTypes.add(entry.getValue().isEnum()
                    ? enumType(schema, entry.getValue().name(), pointer)
                    : objectType(schema, entry.getValue().name(), pointer, List.of()));
        }
        List<Operation> operations = operations();
        for (ModelType type : topLevelTypes) {
            checkRules(type);
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
        List<ModelType> types = new ArrayList<>(topLevelTypes);
        types.sort(Comparator.comparing(type -> type.name().toString()));
        String apiVersion = stringExtension(openApi.getExtensions(), "x-ackgen-api-version");
        if (apiVersion == null) {
            apiVersion = openApi.getInfo() == null ? "" : nullToEmpty(openApi.getInfo().getVersion());
        }
        String server = openApi.getServers() == null || openApi.getServers().isEmpty()
                ? "" : REGION_VARIABLE.matcher(openApi.getServers().get(0).getUrl()).replaceAll("{region}");
        String title = openApi.getInfo() == null ? "" : nullToEmpty(openApi.getInfo().getTitle());
        Map<String, String> validatorNames = new LinkedHashMap<>();
        for (ModelType type : types) {
            if (type instanceof ObjectType) {
                String name = type.name().topLevelName();
                validatorNames.put(name, JavaNames.unique(name + "Validator", topLevelNames, true));
            }
        }
        return new ApiModel(title, apiVersion, server, operations, types, validatorNames, clients(operations, server, title));
    }

    // ------------------------------------------------------------------------------------- clients

    /** Names a client library does not give away to operations: its own and Object's methods. */
    private static final Set<String> CLIENT_RESERVED = Set.of("close", "builder", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "finalize", "clone");
    /** A server variable that holds the region ({@code {region}}, {@code {regionId}}, ...). */
    private static final Pattern REGION_VARIABLE = Pattern.compile("\\{[^}]*(?i:region)[^}]*}");
    private static final Pattern SERVICE_HOST = Pattern.compile("https?://([A-Za-z][A-Za-z0-9-]*)\\..*");

    /**
     * One client per tag (an operation's first), in order of first use; untagged operations share
     * one named after the service: the first label of the server host ({@code cs} in {@code
     * https://cs.{region}.aliyuncs.com}), else the spec's title.
     */
    private List<ClientGroup> clients(List<Operation> operations, String server, String title) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Operation operation : operations) {
            byTag.computeIfAbsent(operation.tags().isEmpty() ? "" : operation.tags().get(0), tag -> new ArrayList<>())
                    .add(operation);
        }
        List<ClientGroup> clients = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> entry : byTag.entrySet()) {
            String stem = entry.getKey().isEmpty() ? serviceName(server, title) : JavaNames.className(entry.getKey());
            String unsuffixed = stem.substring(0, stem.length() - (stem.endsWith("Model") ? "Model".length() : 0));
            if (!unsuffixed.isEmpty() && !JavaNames.className(unsuffixed).equals(unsuffixed)) {
                stem = unsuffixed; // "Runtime" became "RuntimeModel" for a java.lang clash, which "RuntimeClient" is not
            }
            Operation first = entry.getValue().get(0);
            String interfaceName = JavaNames.unique(
                    named(NamingSite.Kind.CLIENT_INTERFACE, entry.getKey(), null, first.pointer() + (entry.getKey().isEmpty() ? "" : "/tags/0"), stem + "Client"),
                    topLevelNames, true);
            String implementationName = JavaNames.unique("Default" + interfaceName, topLevelNames, true);
            Set<String> taken = new HashSet<>(CLIENT_RESERVED);
            List<ClientGroup.ClientMethod> methods = new ArrayList<>();
            for (Operation operation : entry.getValue()) {
                String name = named(NamingSite.Kind.OPERATION_METHOD, operation.operationId(), JavaName.topLevel(interfaceName),
                        operation.pointer() + "/operationId", JavaNames.memberName(operation.operationId()));
                String candidate = name;
                for (int n = 2; taken.contains(candidate) || taken.contains(candidate + "Async")
                        || taken.contains(candidate + "Call"); n++) {
                    candidate = name + n;
                }
                taken.add(candidate);
                taken.add(candidate + "Async");
                taken.add(candidate + "Call");
                methods.add(new ClientGroup.ClientMethod(operation, candidate));
            }
            clients.add(new ClientGroup(entry.getKey(), interfaceName, implementationName, methods));
        }
        return clients;
    }

    private static String serviceName(String server, String title) {
        Matcher host = SERVICE_HOST.matcher(server);
        if (host.matches()) {
            return JavaNames.className(host.group(1));
        }
        return title.isBlank() ? "Api" : JavaNames.className(title);
    }

    // ---------------------------------------------------------------------------------- operations

    private List<Operation> operations() {
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
                    if (problems.stream().noneMatch(problem -> problem.pointer().equals(at))) {
                        problems.add(spec.problem(at, "operationId " + operationId + " is used twice"));
                    }
                    checkExtensions(operation.getExtensions(), pointer);
                    continue;
                }
                if (!operationFilter.test(operationId)) {
                    continue;
                }
                checkExtensions(operation.getExtensions(), pointer);
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
        List<Parameter> parameters = new ArrayList<>();
        List<String> parameterPointers = new ArrayList<>();
        collectParameters(item.getParameters(), "/paths/" + SourceLocator.escape(path) + "/parameters", parameters, parameterPointers);
        collectParameters(operation.getParameters(), pointer + "/parameters", parameters, parameterPointers);

        RequestBody body = resolveRequestBody(operation.getRequestBody(), pointer + "/requestBody");
        MediaType bodyMedia = body == null ? null : jsonMedia(body.getContent());
        Schema<?> bodySchema = bodyMedia == null ? null : bodyMedia.getSchema();
        String bodyPointer = bodySchema == null
                ? pointer + "/requestBody"
                : pointer + "/requestBody/content/" + SourceLocator.escape(mediaTypeName(body.getContent())) + "/schema";

        ObjectType request;
        Property bodyProperty = null;
        TypeRef.Named bodyClass = bodySchema == null ? null : classOfRef(bodySchema);
        if (parameters.isEmpty() && bodyClass != null && !bodyClass.isEnum()) {
            request = objects.get(bodyClass.name());
        } else {
            JavaName requestName = JavaName.topLevel(
                    JavaNames.unique(named(NamingSite.Kind.CLASS, operationId, null, pointer, baseName + "Request"), topLevelNames, true));
            Scope scope = new Scope(requestName);
            List<Property> properties = new ArrayList<>();
            for (int i = 0; i < parameters.size(); i++) {
                properties.add(parameterProperty(parameters.get(i), parameterPointers.get(i), scope));
            }
            List<Rule> rules = List.of();
            if (bodySchema != null) {
                Schema<?> inline = bodySchema.get$ref() == null ? flattenAllOf(bodySchema) : null;
                if (inline != null && isObjectWithProperties(inline)) {
                    properties.addAll(objectProperties(inline, bodyPointer, scope, Property.Location.BODY));
                    rules = parseRules(inline, bodyPointer);
                } else {
                    String field = JavaNames.unique("body", scope.members, false);
                    TypeRef type = typeRef(bodySchema, scope, "body", bodyPointer);
                    bodyProperty = new Property("body", field, JavaNames.getterName(field), type,
                            Boolean.TRUE.equals(body.getRequired()), nullToEmpty(body.getDescription()), false, false,
                            constraints(bodySchema, bodyPointer), Property.Location.BODY, false, null, null, bodyPointer);
                    properties.add(bodyProperty);
                }
            }
            request = new ObjectType(requestName, requestDescription(operation), false, properties, rules, scope.nested, pointer);
            objects.put(requestName, request);
            topLevelTypes.add(request);
        }

        TypeRef response = null;
        TypeRef error = null;
        if (operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
                String code = entry.getKey();
                ApiResponse apiResponse = resolveResponse(entry.getValue());
                MediaType media = apiResponse == null ? null : jsonMedia(apiResponse.getContent());
                if (media == null || media.getSchema() == null) {
                    continue;
                }
                String responsePointer = pointer + "/responses/" + SourceLocator.escape(code) + "/content/"
                        + SourceLocator.escape(mediaTypeName(apiResponse.getContent())) + "/schema";
                if (response == null && code.startsWith("2")) {
                    response = topLevelTypeRef(media.getSchema(), baseName + "Response", responsePointer);
                } else if (error == null && (code.equals("default") || code.startsWith("4") || code.startsWith("5"))) {
                    error = topLevelTypeRef(media.getSchema(), baseName + "Error", responsePointer);
                }
            }
        }
        String action = stringExtension(operation.getExtensions(), "x-ackgen-action");
        return new Operation(
                operationId,
                action == null ? operationId : action,
                method.name(),
                path,
                operation.getTags() == null ? List.of() : operation.getTags(),
                nullToEmpty(operation.getSummary()),
                nullToEmpty(operation.getDescription()),
                Boolean.TRUE.equals(operation.getDeprecated()),
                request,
                bodyProperty,
                response,
                error,
                pointer);
    }

    private static String requestDescription(io.swagger.v3.oas.models.Operation operation) {
        String summary = nullToEmpty(operation.getSummary());
        String description = nullToEmpty(operation.getDescription());
        if (summary.isEmpty()) {
            return description;
        }
        return description.isEmpty() ? summary : summary + "\n\n" + description;
    }

    private void collectParameters(List<Parameter> declared, String pointer, List<Parameter> into, List<String> pointers) {
        if (declared == null) {
            return;
        }
        for (int i = 0; i < declared.size(); i++) {
            Parameter parameter = declared.get(i);
            String parameterPointer = pointer + "/" + i;
            if (parameter.get$ref() != null) {
                String ref = parameter.get$ref();
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                Parameter resolved = openApi.getComponents() == null || openApi.getComponents().getParameters() == null
                        ? null
                        : openApi.getComponents().getParameters().get(name);
                if (resolved == null) {
                    problems.add(spec.problem(parameterPointer + "/$ref", "the parameter " + ref + " does not exist"));
                    continue;
                }
                parameter = resolved;
            }
            if (parameter.getName() == null || parameter.getIn() == null) {
                problems.add(spec.problem(parameterPointer, "a parameter needs a name and an 'in'"));
                continue;
            }
            if ("cookie".equals(parameter.getIn())) {
                problems.add(spec.problem(parameterPointer + "/in", "cookie parameters are not supported"));
                continue;
            }
            // An operation's parameter overrides a path-level one of the same name and location.
            int existing = indexOf(into, parameter.getName(), parameter.getIn());
            if (existing >= 0) {
                into.set(existing, parameter);
                pointers.set(existing, parameterPointer);
            } else {
                into.add(parameter);
                pointers.add(parameterPointer);
            }
        }
    }

    private static int indexOf(List<Parameter> parameters, String name, String in) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).getName().equals(name) && parameters.get(i).getIn().equals(in)) {
                return i;
            }
        }
        return -1;
    }

    private Property parameterProperty(Parameter parameter, String pointer, Scope scope) {
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
            problems.add(spec.problem(pointer, "the parameter " + parameter.getName() + " has neither a schema nor content"));
            schema = new Schema<>().type("string");
        }
        Property.Location location = switch (parameter.getIn()) {
            case "path" -> Property.Location.PATH;
            case "header" -> Property.Location.HEADER;
            default -> Property.Location.QUERY;
        };
        String field = JavaNames.unique(named(NamingSite.Kind.PARAMETER, parameter.getName(), scope.owner, pointer,
                javaNameOverride(parameter.getExtensions(), pointer, JavaNames.memberName(parameter.getName()))), scope.members, false);
        checkExtensions(schema.getExtensions(), schemaPointer);
        TypeRef type = typeRef(schema, scope, parameter.getName(), schemaPointer);
        String description = parameter.getDescription() != null ? parameter.getDescription() : nullToEmpty(schema.getDescription());
        return new Property(
                parameter.getName(),
                field,
                JavaNames.getterName(field),
                type,
                location == Property.Location.PATH || Boolean.TRUE.equals(parameter.getRequired()),
                description,
                Boolean.TRUE.equals(parameter.getDeprecated()) || Boolean.TRUE.equals(schema.getDeprecated()),
                isSecret(parameter.getName(), schema),
                constraints(schema, schemaPointer),
                location,
                jsonEncoded,
                defaultJson(schema),
                exampleText(parameter.getExample() != null ? parameter.getExample() : schema.getExample()),
                pointer);
    }

    private RequestBody resolveRequestBody(RequestBody body, String pointer) {
        if (body == null || body.get$ref() == null) {
            return body;
        }
        String name = body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1);
        RequestBody resolved = openApi.getComponents() == null || openApi.getComponents().getRequestBodies() == null
                ? null
                : openApi.getComponents().getRequestBodies().get(name);
        if (resolved == null) {
            problems.add(spec.problem(pointer + "/$ref", "the request body " + body.get$ref() + " does not exist"));
        }
        return resolved;
    }

    private ApiResponse resolveResponse(ApiResponse response) {
        if (response == null || response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return openApi.getComponents() == null || openApi.getComponents().getResponses() == null
                ? null
                : openApi.getComponents().getResponses().get(name);
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

    /** A response or error body type: inline objects become top-level classes named after the operation. */
    private TypeRef topLevelTypeRef(Schema<?> schema, String name, String pointer) {
        TypeRef.Named named = classOfRef(schema);
        if (named != null) {
            return named;
        }
        Schema<?> flat = flattenAllOf(schema);
        if (schema.get$ref() == null && (isObjectWithProperties(flat) || isEnum(flat))) {
            JavaName javaName = JavaName.topLevel(JavaNames.unique(named(NamingSite.Kind.CLASS, name, null, pointer, name), topLevelNames, true));
            ModelType type = isEnum(flat) ? enumType(flat, javaName, pointer) : objectType(flat, javaName, pointer, List.of());
            topLevelTypes.add(type);
            return new TypeRef.Named(javaName, type instanceof EnumType);
        }
        JavaName holderName = JavaName.topLevel(JavaNames.unique(named(NamingSite.Kind.CLASS, name, null, pointer, name), topLevelNames, true));
        Scope scope = new Scope(holderName);
        TypeRef type = typeRef(schema, scope, name, pointer);
        if (!scope.nested.isEmpty()) {
            // An array of inline objects: the item classes need an owner; the owner is a namespace.
            ObjectType holder = new ObjectType(holderName, "", false, List.of(), List.of(), scope.nested, pointer);
            objects.put(holderName, holder);
            topLevelTypes.add(holder);
        }
        return type;
    }

    // ------------------------------------------------------------------------------------- types

    /** The scope an object's members and nested classes are named in. */
    private static final class Scope {
        final JavaName owner;
        final Set<String> members = new HashSet<>(RESERVED_MEMBERS);
        final Set<String> nestedNames = new HashSet<>();
        final List<ModelType> nested = new ArrayList<>();

        Scope(JavaName owner) {
            this.owner = owner;
            for (String enclosing : owner.simpleNames()) {
                nestedNames.add(enclosing.toLowerCase(Locale.ROOT));
            }
        }

        JavaName nestedName(String candidate) {
            return owner.nested(JavaNames.unique(candidate, nestedNames, true));
        }
    }

    private ObjectType objectType(Schema<?> schema, JavaName name, String pointer, List<Rule> extraRules) {
        checkExtensions(schema.getExtensions(), pointer);
        Scope scope = new Scope(name);
        List<Property> properties = objectProperties(schema, pointer, scope, Property.Location.BODY);
        List<Rule> rules = new ArrayList<>(parseRules(schema, pointer));
        rules.addAll(extraRules);
        ObjectType type = new ObjectType(
                name, nullToEmpty(schema.getDescription()), Boolean.TRUE.equals(schema.getDeprecated()), properties, rules, scope.nested, pointer);
        objects.put(name, type);
        return type;
    }

    private List<Property> objectProperties(Schema<?> schema, String pointer, Scope scope, Property.Location location) {
        List<Property> properties = new ArrayList<>();
        Map<String, Schema> declared = schema.getProperties() == null ? Map.of() : schema.getProperties();
        Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
        for (String name : required) {
            if (!declared.containsKey(name)) {
                problems.add(spec.problem(pointer + "/required", "required names " + name + ", which is not a property"));
            }
        }
        for (Map.Entry<String, Schema> entry : declared.entrySet()) {
            String wire = entry.getKey();
            Schema<?> propertySchema = entry.getValue();
            String propertyPointer = pointer + "/properties/" + SourceLocator.escape(wire);
            checkExtensions(propertySchema.getExtensions(), propertyPointer);
            String field = JavaNames.unique(named(NamingSite.Kind.PROPERTY, wire, scope.owner, propertyPointer,
                    javaNameOverride(propertySchema, propertyPointer, JavaNames.memberName(wire))), scope.members, false);
            TypeRef type = typeRef(propertySchema, scope, wire, propertyPointer);
            Schema<?> target = propertySchema.get$ref() != null ? component(propertySchema.get$ref()) : null;
            String description = propertySchema.getDescription() != null || target == null
                    ? nullToEmpty(propertySchema.getDescription())
                    : nullToEmpty(target.getDescription());
            Schema<?> constrained = target != null && componentClasses.get(componentName(propertySchema.get$ref())) == null
                    ? target
                    : propertySchema;
            properties.add(new Property(
                    wire,
                    field,
                    JavaNames.getterName(field),
                    type,
                    required.contains(wire),
                    description,
                    Boolean.TRUE.equals(propertySchema.getDeprecated()),
                    isSecret(wire, constrained),
                    constraints(constrained, propertyPointer),
                    location,
                    false,
                    defaultJson(constrained),
                    exampleText(propertySchema.getExample() != null || target == null ? propertySchema.getExample() : target.getExample()),
                    propertyPointer));
        }
        return properties;
    }

    /**
     * The type of a value. Inline objects and enums become classes nested in the scope's owner,
     * named after the property ({@code addons} items: {@code Addon}).
     */
    private TypeRef typeRef(Schema<?> schema, Scope scope, String propertyName, String pointer) {
        if (schema.get$ref() != null) {
            return refType(schema.get$ref(), scope, propertyName, pointer);
        }
        Schema<?> flat = flattenAllOf(schema);
        if (flat != schema) {
            return typeRef(flat, scope, propertyName, pointer);
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return new TypeRef.AnyJson();
        }
        String type = typeOf(schema);
        if (isEnum(schema)) {
            JavaName name = scope.nestedName(named(
                    NamingSite.Kind.CLASS, propertyName, scope.owner, pointer, JavaNames.className(javaNameOverride(schema, pointer, propertyName))));
            EnumType enumType = enumType(schema, name, pointer);
            scope.nested.add(enumType);
            return new TypeRef.Named(name, true);
        }
        if (isObjectWithProperties(schema)) {
            JavaName name = scope.nestedName(named(
                    NamingSite.Kind.CLASS, propertyName, scope.owner, pointer, JavaNames.className(javaNameOverride(schema, pointer, propertyName))));
            scope.nested.add(objectType(schema, name, pointer, List.of()));
            return new TypeRef.Named(name, false);
        }
        if (type == null) {
            return new TypeRef.AnyJson();
        }
        switch (type) {
            case "string":
                return TypeRef.string();
            case "boolean":
                return new TypeRef.Scalar(TypeRef.Scalar.Kind.BOOLEAN);
            case "integer":
                return new TypeRef.Scalar("int32".equals(schema.getFormat()) ? TypeRef.Scalar.Kind.INT32 : TypeRef.Scalar.Kind.INT64);
            case "number":
                return new TypeRef.Scalar("float".equals(schema.getFormat()) ? TypeRef.Scalar.Kind.FLOAT : TypeRef.Scalar.Kind.DOUBLE);
            case "array":
                if (schema.getItems() == null) {
                    return new TypeRef.ListOf(new TypeRef.AnyJson());
                }
                String itemName = JavaNames.itemClassName(JavaNames.className(propertyName));
                return new TypeRef.ListOf(typeRef(schema.getItems(), scope, itemName, pointer + "/items"));
            case "object":
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    return new TypeRef.MapOf(typeRef(values, scope, propertyName + " value", pointer + "/additionalProperties"));
                }
                return new TypeRef.AnyJson();
            default:
                problems.add(spec.problem(pointer + "/type", "unknown type " + type));
                return new TypeRef.AnyJson();
        }
    }

    private TypeRef refType(String ref, Scope scope, String propertyName, String pointer) {
        if (!ref.startsWith(SCHEMAS)) {
            problems.add(spec.problem(pointer + "/$ref", "cannot follow $ref " + ref + ": only local #/components/schemas/ references"
                    + " (and files swagger-parser inlines) are supported"));
            return new TypeRef.AnyJson();
        }
        String name = componentName(ref);
        TypeRef.Named named = componentClasses.get(name);
        if (named != null) {
            return named;
        }
        Schema<?> target = component(ref);
        if (target == null) {
            problems.add(spec.problem(pointer + "/$ref", "$ref " + ref + " points to no schema"));
            return new TypeRef.AnyJson();
        }
        // A component that is not a class (a string, an array...) is an alias: use its type here.
        if (!resolvingAliases.add(name)) {
            problems.add(spec.problem(pointer + "/$ref", "$ref " + ref + " refers to itself through aliases"));
            return new TypeRef.AnyJson();
        }
        try {
            return typeRef(target, scope, propertyName, "/components/schemas/" + SourceLocator.escape(name));
        } finally {
            resolvingAliases.remove(name);
        }
    }

    private TypeRef.Named classOfRef(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return componentClasses.get(componentName(schema.get$ref()));
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1 && schema.getProperties() == null) {
            return classOfRef(schema.getAllOf().get(0));
        }
        return null;
    }

    /**
     * {@code allOf: [X]} is how specs attach a description to a {@code $ref}: it is X. Several
     * parts are merged into one object (properties, required, rules).
     */
    private Schema<?> flattenAllOf(Schema<?> schema) {
        List<Schema> parts = schema.getAllOf();
        if (parts == null || parts.isEmpty()) {
            return schema;
        }
        if (parts.size() == 1 && schema.getProperties() == null) {
            Schema<?> only = parts.get(0);
            if (only.get$ref() != null) {
                return only;
            }
            return flattenAllOf(only);
        }
        Schema<Object> merged = new Schema<>();
        merged.setType("object");
        merged.setDescription(schema.getDescription());
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<Schema> all = new ArrayList<>(parts);
        all.add(schema);
        for (Schema part : all) {
            Schema<?> resolved = part.get$ref() != null ? component(part.get$ref()) : part;
            if (resolved == null) {
                continue;
            }
            resolved = resolved == part ? resolved : flattenAllOf(resolved);
            if (resolved.getProperties() != null) {
                properties.putAll(resolved.getProperties());
            }
            if (resolved.getRequired() != null) {
                required.addAll(resolved.getRequired());
            }
        }
        merged.setProperties(properties);
        merged.setRequired(required.isEmpty() ? null : required);
        merged.setExtensions(schema.getExtensions());
        return merged;
    }

    private EnumType enumType(Schema<?> schema, JavaName name, String pointer) {
        checkExtensions(schema.getExtensions(), pointer);
        // UNKNOWN is the Value constant for values the spec does not list; VALUES holds the list.
        Set<String> constants = new HashSet<>(Set.of("UNKNOWN", "VALUES"));
        List<EnumType.Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<?, ?> descriptions = schema.getExtensions() != null && schema.getExtensions().get("x-enum-descriptions") instanceof Map<?, ?> map
                ? map
                : Map.of();
        for (int i = 0; i < schema.getEnum().size(); i++) {
            Object value = schema.getEnum().get(i);
            if (value == null) {
                continue;
            }
            String wire = String.valueOf(value);
            if (!seen.add(wire)) {
                continue;
            }
            String constant = JavaNames.unique(
                    named(NamingSite.Kind.ENUM_CONSTANT, wire, name, pointer + "/enum/" + i, JavaNames.constantName(wire)), constants, false);
            Object description = descriptions.get(wire);
            values.add(new EnumType.Value(wire, constant, description == null ? "" : String.valueOf(description)));
        }
        return new EnumType(name, nullToEmpty(schema.getDescription()), Boolean.TRUE.equals(schema.getDeprecated()), values, pointer);
    }

    // ------------------------------------------------------------------------------- constraints

    private Constraints constraints(Schema<?> schema, String pointer) {
        if (schema.get$ref() != null) {
            // A class checks itself; an alias (a $ref'd string, number or array) brings its constraints.
            String name = componentName(schema.get$ref());
            Schema<?> target = component(schema.get$ref());
            if (target == null || componentClasses.containsKey(name) || !constrainingAliases.add(name)) {
                return Constraints.NONE;
            }
            try {
                return constraints(target, "/components/schemas/" + SourceLocator.escape(name));
            } finally {
                constrainingAliases.remove(name);
            }
        }
        String type = typeOf(schema);
        String pattern = schema.getPattern();
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(spec.problem(pointer + "/pattern", "the pattern is not a valid regular expression: " + e.getDescription()));
                pattern = null;
            }
        }
        BigDecimal minimum = schema.getMinimum();
        boolean exclusiveMinimum = Boolean.TRUE.equals(schema.getExclusiveMinimum());
        if (schema.getExclusiveMinimumValue() != null) {
            minimum = schema.getExclusiveMinimumValue();
            exclusiveMinimum = true;
        }
        BigDecimal maximum = schema.getMaximum();
        boolean exclusiveMaximum = Boolean.TRUE.equals(schema.getExclusiveMaximum());
        if (schema.getExclusiveMaximumValue() != null) {
            maximum = schema.getExclusiveMaximumValue();
            exclusiveMaximum = true;
        }
        String format = "cidr".equals(schema.getFormat()) ? "cidr" : null;
        Integer classes = null;
        Object classesValue = schema.getExtensions() == null ? null : schema.getExtensions().get("x-ackgen-min-character-classes");
        if (classesValue != null) {
            if (classesValue instanceof Integer n && n >= 1 && n <= 4) {
                classes = n;
            } else {
                problems.add(spec.problem(pointer + "/x-ackgen-min-character-classes", "must be an integer from 1 to 4"));
            }
        }
        Set<String> allowed = new java.util.LinkedHashSet<>();
        if (schema.getEnum() != null && !"string".equals(type)) {
            for (Object value : schema.getEnum()) {
                allowed.add(value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value));
            }
        }
        Constraints items = null;
        if ("array".equals(type) && schema.getItems() != null) {
            items = constraints(schema.getItems(), pointer + "/items");
        } else if (schema.getAdditionalProperties() instanceof Schema<?> values && !isObjectWithProperties(schema)) {
            items = constraints(values, pointer + "/additionalProperties");
        }
        return new Constraints(
                schema.getMinLength(),
                schema.getMaxLength(),
                pattern,
                minimum,
                exclusiveMinimum,
                maximum,
                exclusiveMaximum,
                schema.getMinItems(),
                schema.getMaxItems(),
                Boolean.TRUE.equals(schema.getUniqueItems()),
                format,
                classes,
                List.copyOf(allowed),
                items == null || items.isEmpty() ? null : items);
    }

    private static boolean isSecret(String wireName, Schema<?> schema) {
        return "password".equals(schema.getFormat())
                || (schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get("x-ackgen-secret")))
                || SECRET_NAME.matcher(wireName).matches();
    }

    private static String defaultJson(Schema<?> schema) {
        Object value = schema.getDefault();
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String exampleText(Object example) {
        if (example == null) {
            return null;
        }
        return example instanceof String text ? text : json(example);
    }

    // ------------------------------------------------------------------------------------- rules

    private List<Rule> parseRules(Schema<?> schema, String pointer) {
        Object declared = schema.getExtensions() == null ? null : schema.getExtensions().get("x-ackgen-rules");
        if (declared == null) {
            return List.of();
        }
        String rulesPointer = pointer + "/x-ackgen-rules";
        if (!(declared instanceof List<?> list)) {
            problems.add(spec.problem(rulesPointer, "x-ackgen-rules must be a list of rules"));
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String rulePointer = rulesPointer + "/" + i;
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                problems.add(spec.problem(rulePointer, "a rule must be an object with a 'rule' member"));
                continue;
            }
            Rule rule = parseRule(map, rulePointer);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private Rule parseRule(Map<?, ?> map, String pointer) {
        Rule.Kind kind = Rule.Kind.fromSpecName(String.valueOf(map.get("rule")));
        if (kind == null) {
            problems.add(spec.problem(pointer + "/rule", "unknown rule " + map.get("rule") + "; known rules: atLeastOneOf, atMostOneOf,"
                    + " allOrNone, requiredWhen, forbiddenValueWhen, disjointCidrs"));
            return null;
        }
        Set<String> allowedKeys = switch (kind) {
            case AT_LEAST_ONE_OF, AT_MOST_ONE_OF, ALL_OR_NONE, DISJOINT_CIDRS -> Set.of("rule", "properties", "message");
            case REQUIRED_WHEN -> Set.of("rule", "property", "when", "message");
            case FORBIDDEN_VALUE_WHEN -> Set.of("rule", "property", "value", "when", "message");
        };
        for (Object key : map.keySet()) {
            if (!allowedKeys.contains(String.valueOf(key))) {
                problems.add(spec.problem(pointer + "/" + key, "a " + kind.specName() + " rule has no member " + key
                        + "; it takes " + String.join(", ", new java.util.TreeSet<>(allowedKeys))));
            }
        }
        Object message = map.get("message");
        List<String> properties = new ArrayList<>();
        Rule.Condition when = null;
        String value = null;
        switch (kind) {
            case AT_LEAST_ONE_OF, AT_MOST_ONE_OF, ALL_OR_NONE, DISJOINT_CIDRS -> {
                if (!(map.get("properties") instanceof List<?> names) || names.size() < 2) {
                    problems.add(spec.problem(pointer + "/properties", "a " + kind.specName() + " rule needs a list of two or more properties"));
                    return null;
                }
                names.forEach(name -> properties.add(String.valueOf(name)));
            }
            case REQUIRED_WHEN, FORBIDDEN_VALUE_WHEN -> {
                if (!(map.get("property") instanceof String name)) {
                    problems.add(spec.problem(pointer + "/property", "a " + kind.specName() + " rule needs a property name"));
                    return null;
                }
                properties.add(name);
                when = parseCondition(map.get("when"), pointer + "/when");
                if (when == null) {
                    return null;
                }
                if (kind == Rule.Kind.FORBIDDEN_VALUE_WHEN) {
                    if (!map.containsKey("value") || map.get("value") == null) {
                        problems.add(spec.problem(pointer + "/value", "a forbiddenValueWhen rule needs a value"));
                        return null;
                    }
                    value = json(map.get("value"));
                }
            }
        }
        return new Rule(kind, properties, value, when, message == null ? null : String.valueOf(message), pointer);
    }

    private Rule.Condition parseCondition(Object declared, String pointer) {
        if (!(declared instanceof Map<?, ?> map)) {
            problems.add(spec.problem(pointer, "the rule needs a condition: {property: p, equals: v} or {property: p, itemProperty: q, equals: v}"));
            return null;
        }
        for (Object key : map.keySet()) {
            if (!Set.of("property", "itemProperty", "equals").contains(String.valueOf(key))) {
                problems.add(spec.problem(pointer + "/" + key, "a condition has no member " + key + "; it takes property, itemProperty, equals"));
            }
        }
        if (!(map.get("property") instanceof String property) || !map.containsKey("equals") || map.get("equals") == null) {
            problems.add(spec.problem(pointer, "a condition needs property and equals"));
            return null;
        }
        Object itemProperty = map.get("itemProperty");
        return new Rule.Condition(property, itemProperty == null ? null : String.valueOf(itemProperty), json(map.get("equals")));
    }

    /** Checks, once every type exists, that each rule names properties of fitting types. */
    private void checkRules(ModelType type) {
        if (!(type instanceof ObjectType object)) {
            return;
        }
        for (Rule rule : object.rules()) {
            for (int i = 0; i < rule.properties().size(); i++) {
                String name = rule.properties().get(i);
                String at = rule.pointer() + (rule.kind() == Rule.Kind.REQUIRED_WHEN || rule.kind() == Rule.Kind.FORBIDDEN_VALUE_WHEN
                        ? "/property"
                        : "/properties/" + i);
                Property property = object.property(name);
                if (property == null) {
                    problems.add(spec.problem(at, "the rule names " + name + ", which is not a property of this object"));
                } else if (rule.kind() == Rule.Kind.DISJOINT_CIDRS && !property.type().equals(TypeRef.string())) {
                    problems.add(spec.problem(at, "disjointCidrs compares strings, and " + name + " is not a string"));
                } else if (rule.kind() == Rule.Kind.FORBIDDEN_VALUE_WHEN) {
                    checkLiteral(property, rule.value(), rule.pointer() + "/value");
                }
            }
            if (rule.when() != null) {
                checkCondition(object, rule.when(), rule.pointer() + "/when");
            }
        }
        for (ModelType nested : object.nested()) {
            checkRules(nested);
        }
    }

    private void checkCondition(ObjectType object, Rule.Condition when, String pointer) {
        Property property = object.property(when.property());
        if (property == null) {
            problems.add(spec.problem(pointer + "/property", "the condition names " + when.property() + ", which is not a property of this object"));
            return;
        }
        if (when.itemProperty() == null) {
            checkLiteral(property, when.equals(), pointer + "/equals");
            return;
        }
        ObjectType items = property.type() instanceof TypeRef.ListOf list && list.items() instanceof TypeRef.Named named && !named.isEnum()
                ? objects.get(named.name())
                : null;
        Property itemProperty = items == null ? null : items.property(when.itemProperty());
        if (itemProperty == null) {
            problems.add(spec.problem(pointer + "/itemProperty", "itemProperty needs " + when.property()
                    + " to be an array of objects with a property " + when.itemProperty()));
            return;
        }
        checkLiteral(itemProperty, when.equals(), pointer + "/equals");
    }

    /** Whether a literal from a rule can be compared with the property's values. */
    private void checkLiteral(Property property, String literal, String pointer) {
        boolean fits;
        if (property.type() instanceof TypeRef.Named named && named.isEnum()) {
            fits = literal.startsWith("\"");
        } else if (property.type() instanceof TypeRef.Scalar scalar) {
            fits = switch (scalar.kind()) {
                case STRING -> literal.startsWith("\"");
                case BOOLEAN -> literal.equals("true") || literal.equals("false");
                case INT32 -> fitsIn(literal, 31);
                case INT64 -> fitsIn(literal, 63);
                case FLOAT, DOUBLE -> literal.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
            };
        } else {
            fits = false;
        }
        if (!fits) {
            problems.add(spec.problem(pointer, "the value " + literal + " cannot be compared with " + property.wireName()
                    + ": compare strings, enums, booleans or numbers with a value of the same type"));
        }
    }

    /** Whether the text is an integer that fits a signed type of this many value bits. */
    private static boolean fitsIn(String literal, int bits) {
        return literal.matches("-?\\d{1,20}") && new java.math.BigInteger(literal).bitLength() <= bits;
    }

    // ----------------------------------------------------------------------------------- helpers

    private void checkExtensions(Map<String, Object> extensions, String pointer) {
        if (extensions == null) {
            return;
        }
        for (String key : extensions.keySet()) {
            if (key.startsWith("x-ackgen-") && !KNOWN_EXTENSIONS.contains(key)) {
                problems.add(spec.problem(pointer + "/" + key, "unknown extension " + key + " (see spec/EXTENSIONS.md for the ones ackgen knows)"));
            }
        }
    }

    /** The name the hook gives this site, starting from ackgen's proposal. */
    private String named(NamingSite.Kind kind, String specName, JavaName owner, String pointer, String proposal) {
        return nameHook.name(new NamingSite(kind, specName, owner, pointer), proposal);
    }

    private String javaNameOverride(Schema<?> schema, String pointer, String fallback) {
        return javaNameOverride(schema.getExtensions(), pointer, fallback);
    }

    private String javaNameOverride(Map<String, Object> extensions, String pointer, String fallback) {
        Object name = extensions == null ? null : extensions.get("x-ackgen-java-name");
        if (name == null) {
            return fallback;
        }
        if (!(name instanceof String text) || !JavaNames.isIdentifier(text)) {
            problems.add(spec.problem(pointer + "/x-ackgen-java-name", "x-ackgen-java-name must be a Java identifier, not " + name));
            return fallback;
        }
        return text;
    }

    private Map<String, Schema> componentSchemas() {
        return openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
                ? Map.of()
                : openApi.getComponents().getSchemas();
    }

    private Schema<?> component(String ref) {
        return ref.startsWith(SCHEMAS) ? componentSchemas().get(componentName(ref)) : null;
    }

    private static String componentName(String ref) {
        return ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()).replace("~1", "/").replace("~0", "~") : ref;
    }

    /** Whether a component schema becomes a class of its own (an object with properties, or a string enum). */
    private boolean isClass(Schema<?> schema) {
        Schema<?> flat = schema.get$ref() == null ? flattenAllOf(schema) : schema;
        return flat.get$ref() == null && (isObjectWithProperties(flat) || isEnum(flat));
    }

    private static boolean isEnum(Schema<?> schema) {
        return schema.getEnum() != null && !schema.getEnum().isEmpty() && "string".equals(typeOf(schema));
    }

    private static boolean isObjectWithProperties(Schema<?> schema) {
        String type = typeOf(schema);
        return (type == null || "object".equals(type)) && schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    /** The schema's type; OpenAPI 3.1's type lists give their first non-null type. */
    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        Collection<String> types = schema.getTypes();
        if (types != null) {
            for (String type : types) {
                if (!"null".equals(type)) {
                    return type;
                }
            }
        }
        return null;
    }

    private static String stringExtension(Map<String, Object> extensions, String name) {
        Object value = extensions == null ? null : extensions.get(name);
        return value == null ? null : String.valueOf(value);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
