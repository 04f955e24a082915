package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.PAGES;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Pagination;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The {@code ...Pages} method of a paged operation: a default method of the client interface that
 * hands the runtime's {@code Pages} a way to fetch page N (a copy of the request with its page
 * number set, sent through the operation's own method), the items on a page and the total count.
 * Being a default method, it also pages through any other implementation of the interface, such
 * as a test double.
 */
final class PagesMethodGenerator {
    /** The names around a reader lambda's locals: the method's parameter and the lambda's. */
    private static final Set<String> TAKEN = Set.of("request", "response");

    private final TypeNames names;
    private final TypeIndex types;
    private final DeprecationPolicy deprecation;

    PagesMethodGenerator(EmitContext context) {
        this.names = context.names();
        this.types = context.types();
        this.deprecation = context.deprecation();
    }

    /** The resolved paging of one operation: its properties, found by wire name in the final model. */
    private record Paging(Property pageNumber, Property pageSize, List<Property> items, List<Property> totalCount) {}

    /** The paging method, or null when the operation does not page. */
    MethodSpec createPagesMethod(ClientGroup.ClientMethod method) {
        Operation operation = method.operation();
        Paging paging = resolve(operation);
        if (paging == null) {
            return null;
        }
        TypeName response = names.typeName(operation.response());
        TypeName item = names.typeName(((TypeRef.ListOf) paging.items().get(paging.items().size() - 1).type()).items());
        MethodSpec.Builder pages = MethodSpec.methodBuilder(method.pagesName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(ParameterizedTypeName.get(PAGES, response, item))
                .addParameter(names.className(operation.request().name()), "request")
                .addJavadoc("Every page of {@link #$L}, fetched one at a time as iteration reaches it:\n"
                                + "first the page the request's $L names (1 when unset), then the next ones,\n"
                                + "until $L.\n",
                        method.name(), Javadocs.code(paging.pageNumber().wireName()), end(paging))
                .addJavadoc("\n<pre>{@code\n$L(request).items().forEach(item -> ...);\n}</pre>\n", method.pagesName())
                .addJavadoc("\n@param request the request of the first page; each page sends a copy with its page number\n")
                .addJavadoc("@return the pages, not fetched yet; the items on a page are its $L\n", Javadocs.code(wirePath(paging.items())))
                .addJavadoc("@throws IllegalArgumentException if the request's page number or page size is below 1$L\n",
                        isString(paging.pageNumber()) || paging.pageSize() != null && isString(paging.pageSize())
                                ? ", or is text that is not a whole number" : "")
                .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request")
                // Not addStatement: a lambda of several steps holds statements of its own.
                .addCode("return $T.numbered($L,$W$L,\n$>$>page -> $N(request.$N().$N($L).$N()),\n$L,\n$L);\n$<$<",
                        PAGES, number(paging.pageNumber()), paging.pageSize() == null ? "null" : number(paging.pageSize()),
                        method.name(), GeneratedNames.TO_BUILDER, paging.pageNumber().fieldName(), pageValue(paging.pageNumber()),
                        GeneratedNames.BUILD,
                        reader(operation, paging.items(), true), reader(operation, paging.totalCount(), false));
        if (operation.deprecated()) {
            pages.addAnnotation(Deprecated.class).addJavadoc("@deprecated the spec marks this operation deprecated\n");
        }
        if (usesDeprecated(paging)) {
            pages.addAnnotation(DeprecationPolicy.suppression());
        }
        return pages.build();
    }

    private Paging resolve(Operation operation) {
        Pagination pagination = operation.pagination();
        if (pagination == null || !(operation.response() instanceof TypeRef.Named named) || named.isEnum()) {
            return null;
        }
        ObjectType response = types.object(named.name());
        Property pageNumber = operation.request().property(pagination.pageNumber());
        Property pageSize = pagination.pageSize() == null ? null : operation.request().property(pagination.pageSize());
        List<Property> items = response == null ? null : Pagination.walk(response, pagination.items(), types::object);
        List<Property> total = response == null ? null : Pagination.walk(response, pagination.totalCount(), types::object);
        if (pageNumber == null || (pagination.pageSize() != null && pageSize == null) || items == null || total == null
                || !(items.get(items.size() - 1).type() instanceof TypeRef.ListOf)) {
            // ModelConsistency reports a paging that an extension broke; the reader reports the spec's.
            return null;
        }
        return new Paging(pageNumber, pageSize, items, total);
    }

    /** When the pages end, as {@code Pages} decides it for this operation. */
    private static String end(Paging paging) {
        if (!paging.totalCount().isEmpty()) {
            return "the pages reach the total count " + Javadocs.code(wirePath(paging.totalCount())) + " or a page is empty";
        }
        return paging.pageSize() == null
                ? "a page is empty or shorter than the ones before it"
                : "a page is empty, or shorter than the ones before it or the request's " + Javadocs.code(paging.pageSize().wireName());
    }

    /** A page number or size as the {@code Number} the runtime takes. */
    private static CodeBlock number(Property parameter) {
        CodeBlock value = CodeBlock.of("request.$N()", parameter.getterName());
        return isString(parameter)
                ? CodeBlock.of("$T.parse($L, $S)", PAGES, value, parameter.wireName())
                : value;
    }

    /** The {@code long} page number as the page parameter's type. */
    private static CodeBlock pageValue(Property pageNumber) {
        if (isString(pageNumber)) {
            return CodeBlock.of("$T.toString(page)", Long.class);
        }
        return ((TypeRef.Scalar) pageNumber.type()).kind() == TypeRef.Scalar.Kind.INT32
                ? CodeBlock.of("$T.toIntExact(page)", Math.class)
                : CodeBlock.of("page");
    }

    private static boolean isString(Property property) {
        return property.type() instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING;
    }

    /**
     * A lambda from a page to the value at the end of a path: the items (an empty list when an
     * object on the way is absent) or the total count (null then).
     */
    private CodeBlock reader(Operation operation, List<Property> path, boolean items) {
        if (path.isEmpty()) {
            return CodeBlock.of("response -> null");
        }
        if (path.size() == 1) {
            return CodeBlock.of("$T::$N", names.typeName(operation.response()), path.get(0).getterName());
        }
        CodeBlock.Builder body = CodeBlock.builder().add("response -> {\n$>");
        Set<String> locals = new HashSet<>(TAKEN);
        String previous = "response";
        for (int i = 0; i < path.size() - 1; i++) {
            Property step = path.get(i);
            String local = step.fieldName();
            for (int n = 2; locals.contains(local); n++) {
                local = step.fieldName() + n;
            }
            locals.add(local);
            if (i == 0) {
                body.add("$T $N = $N.$N();\n", names.typeName(step.type()), local, previous, step.getterName());
            } else {
                body.add("$T $N = $N == null ? null : $N.$N();\n", names.typeName(step.type()), local, previous, previous, step.getterName());
            }
            previous = local;
        }
        Property last = path.get(path.size() - 1);
        CodeBlock whenAbsent = items ? CodeBlock.of("$T.of()", TypeNames.LIST) : CodeBlock.of("null");
        body.add("return $N == null ? $L : $N.$N();\n", previous, whenAbsent, previous, last.getterName());
        return body.add("$<}").build();
    }

    private static String wirePath(List<Property> path) {
        StringBuilder pointer = new StringBuilder();
        path.forEach(property -> pointer.append('/').append(property.wireName()));
        return pointer.toString();
    }

    /** Whether the method names a deprecated property or class, which javac would warn about. */
    private boolean usesDeprecated(Paging paging) {
        List<Property> used = new ArrayList<>(paging.items());
        used.addAll(paging.totalCount());
        used.add(paging.pageNumber());
        if (paging.pageSize() != null) {
            used.add(paging.pageSize());
        }
        return used.stream().anyMatch(deprecation::usesDeprecated);
    }
}
