package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Pagination;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.spec.SourceLocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds how an operation pages: from its {@code x-ackgen-pagination} (spec/EXTENSIONS.md), else by
 * ACK's convention where that is unambiguous. The convention: a query parameter {@code page_number}
 * (or {@code pageNumber}), optionally {@code page_size} (or {@code pageSize}), and a response object
 * with exactly one list member and a {@code page_info} (or {@code page}) object holding an integer
 * {@code total_count}. DescribeClustersV1, DescribeClusterNodes, DescribeClusterEvents,
 * DescribeClusterTasks and DescribeEvents of the CS API follow it; DescribeTemplates
 * ({@code page_num}) needs the extension.
 */
final class PaginationReader {
    private static final List<String> PAGE_NUMBERS = List.of("page_number", "pageNumber");
    private static final List<String> PAGE_SIZES = List.of("page_size", "pageSize");
    private static final List<String> PAGE_INFOS = List.of("page_info", "page");
    private static final String TOTAL_COUNT = "total_count";
    private static final Set<String> KEYS = Set.of("pageNumber", "pageSize", "items", "totalCount");

    private final Problems problems;
    private final BuiltTypes types;

    PaginationReader(Problems problems, BuiltTypes types) {
        this.problems = problems;
        this.types = types;
    }

    /** How the operation pages, or null when it does not (or its declaration is wrong: reported). */
    Pagination read(Map<String, Object> extensions, String operationPointer, ObjectType request, TypeRef response) {
        Object declared = extensions == null ? null : extensions.get(ExtensionVocabulary.PAGINATION);
        if (declared == null) {
            return byConvention(request, response);
        }
        String pointer = operationPointer + "/" + ExtensionVocabulary.PAGINATION;
        if (Boolean.FALSE.equals(declared)) {
            return null;
        }
        if (!(declared instanceof Map<?, ?> map)) {
            problems.add(pointer, ExtensionVocabulary.PAGINATION + " must be an object (pageNumber, pageSize, items, totalCount) or false");
            return null;
        }
        boolean valid = true;
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                problems.add(pointer + "/" + SourceLocator.escape(String.valueOf(key)),
                        "unknown member " + key + "; " + ExtensionVocabulary.PAGINATION + " takes pageNumber, pageSize, items and totalCount");
                valid = false;
            }
        }
        String pageNumber = pageParameter(map.get("pageNumber"), request, pointer + "/pageNumber", true);
        String pageSize = pageParameter(map.get("pageSize"), request, pointer + "/pageSize", false);
        ObjectType body = responseObject(response);
        if (body == null) {
            problems.add(pointer, "the operation has no JSON object response to page through");
            return null;
        }
        List<String> items = responsePath(map.get("items"), body, pointer + "/items", true);
        List<String> totalCount = map.get("totalCount") == null ? List.of() : responsePath(map.get("totalCount"), body, pointer + "/totalCount", false);
        if (!valid || pageNumber == null || items == null || totalCount == null
                || (map.get("pageSize") != null && pageSize == null)) {
            return null;
        }
        return new Pagination(pageNumber, pageSize, items, totalCount, true);
    }

    /** A request parameter that carries a page number or size: named, a query parameter, a whole number or a string. */
    private String pageParameter(Object value, ObjectType request, String pointer, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(pointer, "name the request's page-number query parameter");
            }
            return null;
        }
        Property property = value instanceof String name ? request.property(name) : null;
        if (property == null || property.location() != Property.Location.QUERY) {
            problems.add(pointer, value + " is not a query parameter of the operation");
            return null;
        }
        if (!isPageParameterType(property.type())) {
            problems.add(pointer, value + " must be an integer or a string parameter to carry a page number or size");
            return null;
        }
        return property.wireName();
    }

    /**
     * A JSON pointer into the response ({@code /page_info/total_count}) as wire names, checked
     * against the response's types: objects all the way down, ending in a list (items) or an
     * integer (total count).
     */
    private List<String> responsePath(Object value, ObjectType response, String pointer, boolean items) {
        String what = items ? "the list of items" : "the total count";
        if (!(value instanceof String text) || !text.startsWith("/") || text.length() < 2) {
            problems.add(pointer, "give " + what + " as a JSON pointer into the response body, such as "
                    + (items ? "/clusters" : "/page_info/total_count"));
            return null;
        }
        List<String> path = new ArrayList<>();
        for (String segment : text.substring(1).split("/", -1)) {
            path.add(segment.replace("~1", "/").replace("~0", "~"));
        }
        ObjectType owner = response;
        for (int i = 0; i < path.size(); i++) {
            Property property = owner.property(path.get(i));
            if (property == null) {
                problems.add(pointer, text + ": the response has no member " + path.get(i) + " there");
                return null;
            }
            if (i == path.size() - 1) {
                boolean fits = items ? property.type() instanceof TypeRef.ListOf : isInteger(property.type());
                if (!fits) {
                    problems.add(pointer, text + " must lead to " + (items ? "a list" : "an integer"));
                    return null;
                }
            } else {
                owner = object(property.type());
                if (owner == null) {
                    problems.add(pointer, text + ": " + path.get(i) + " is not an object");
                    return null;
                }
            }
        }
        return path;
    }

    private Pagination byConvention(ObjectType request, TypeRef response) {
        Property pageNumber = firstParameter(request, PAGE_NUMBERS);
        ObjectType body = responseObject(response);
        if (pageNumber == null || body == null) {
            return null;
        }
        Property pageSize = firstParameter(request, PAGE_SIZES);
        List<Property> lists = body.properties().stream().filter(p -> p.type() instanceof TypeRef.ListOf).toList();
        if (lists.size() != 1) {
            return null;
        }
        for (String infoName : PAGE_INFOS) {
            Property info = body.property(infoName);
            ObjectType infoType = info == null ? null : object(info.type());
            Property total = infoType == null ? null : infoType.property(TOTAL_COUNT);
            if (total != null && isInteger(total.type())) {
                return new Pagination(pageNumber.wireName(), pageSize == null ? null : pageSize.wireName(),
                        List.of(lists.get(0).wireName()), List.of(info.wireName(), TOTAL_COUNT), false);
            }
        }
        return null;
    }

    private static Property firstParameter(ObjectType request, List<String> names) {
        for (String name : names) {
            Property property = request.property(name);
            if (property != null && property.location() == Property.Location.QUERY && isPageParameterType(property.type())) {
                return property;
            }
        }
        return null;
    }

    private ObjectType responseObject(TypeRef response) {
        return response == null ? null : object(response);
    }

    private ObjectType object(TypeRef type) {
        return type instanceof TypeRef.Named named && !named.isEnum() ? types.object(named.name()) : null;
    }

    private static boolean isPageParameterType(TypeRef type) {
        return isInteger(type) || type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING;
    }

    private static boolean isInteger(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar
                && (scalar.kind() == TypeRef.Scalar.Kind.INT32 || scalar.kind() == TypeRef.Scalar.Kind.INT64);
    }
}
