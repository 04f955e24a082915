package dev.ackgen.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a paged list operation pages: which request parameters pick the page, and where its response
 * holds the items and the total count. Everything is named by wire name and resolved against the
 * model when the client is generated, so a customisation that renames a Java accessor cannot leave
 * the paging code calling the old one.
 *
 * @param pageNumber the wire name of the request's page-number parameter
 * @param pageSize the wire name of the request's page-size parameter, or null when it has none
 * @param items the wire names leading from the response to the list of items, outermost first
 * @param totalCount the wire names leading from the response to the total number of items, or
 *     empty when the response gives none
 * @param declared whether {@code x-ackgen-pagination} declared it (else it was found by convention)
 */
public record Pagination(String pageNumber, String pageSize, List<String> items, List<String> totalCount, boolean declared) {
    public Pagination {
        Objects.requireNonNull(pageNumber, "pageNumber");
        items = List.copyOf(items);
        totalCount = List.copyOf(totalCount);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the path to the items is empty");
        }
    }

    /**
     * The properties along a path of wire names, starting in an object: each step but the last must
     * be an object type the lookup knows.
     *
     * @return the properties, outermost first, or null when a step is missing or not an object
     */
    public static List<Property> walk(ObjectType from, List<String> path, Function<JavaName, ObjectType> objects) {
        List<Property> properties = new ArrayList<>();
        ObjectType owner = from;
        for (String wireName : path) {
            Property property = owner == null ? null : owner.property(wireName);
            if (property == null) {
                return null;
            }
            properties.add(property);
            owner = property.type() instanceof TypeRef.Named named && !named.isEnum() ? objects.apply(named.name()) : null;
        }
        return properties;
    }
}
