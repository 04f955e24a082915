package dev.ackgen.generator.extension;

import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Pagination;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.JavaNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks that an IR an extension changed still holds together, before any emitter sees it: every
 * name is a Java identifier no generated class clashes with, every reference points at a type of
 * the model, every top-level object has its validator's name, top-level names do not collide,
 * properties of one class do not share a field name,
 * each client method's operation is one of the model's, and a paged operation's request and
 * response still have the members its paging names. The model builder guarantees all of this
 * for the IR it builds; an extension's copy could break any of it, and what would follow is code
 * that does not compile, or an emitter's crash, instead of an error naming the extension.
 */
final class ModelConsistency {
    private final ApiModel model;
    private final BiConsumer<String, String> problems;
    private final Map<JavaName, Boolean> declared = new HashMap<>();
    private final Map<JavaName, ObjectType> objects = new HashMap<>();

    private ModelConsistency(ApiModel model, BiConsumer<String, String> problems) {
        this.model = model;
        this.problems = problems;
    }

    /** Reports each inconsistency to {@code problems} as (JSON pointer, message). */
    static void check(ApiModel model, BiConsumer<String, String> problems) {
        new ModelConsistency(model, problems).check();
    }

    private void check() {
        Set<String> topLevel = new HashSet<>();
        for (ModelType type : model.types()) {
            declare(type);
            unique(type.name().simpleName(), type.pointer(), topLevel);
        }
        for (ModelType type : model.types()) {
            if (type instanceof ObjectType object) {
                references(object);
                String validator = model.validatorNames().get(object.name().simpleName());
                if (validator == null || !JavaNames.isIdentifier(validator)) {
                    problems.accept(object.pointer(), "the model has no validator name for " + object.name()
                            + " (a renamed type needs its entry in validatorNames renamed too)");
                } else {
                    unique(validator, object.pointer(), topLevel);
                }
            }
        }
        Set<String> operationIds = new HashSet<>();
        for (Operation operation : model.operations()) {
            operationIds.add(operation.operationId());
            reference(operation.request().name(), false, operation.pointer(), "its request");
            for (TypeRef body : java.util.Arrays.asList(operation.response(), operation.error())) {
                if (body != null) {
                    body.namedType().ifPresent(named -> reference(named.name(), named.isEnum(), operation.pointer(), "its response"));
                }
            }
            if (operation.pagination() != null) {
                pagination(operation);
            }
        }
        for (ClientGroup client : model.clients()) {
            String pointer = client.methods().isEmpty() ? "" : client.methods().get(0).operation().pointer();
            className(client.interfaceName(), pointer);
            className(client.implementationName(), pointer);
            unique(client.interfaceName(), pointer, topLevel);
            unique(client.implementationName(), pointer, topLevel);
            for (ClientGroup.ClientMethod method : client.methods()) {
                identifier(method.name(), method.operation().pointer(), "method");
                if (!operationIds.contains(method.operation().operationId())) {
                    problems.accept(method.operation().pointer(), "client method " + method.name() + " calls operation "
                            + method.operation().operationId() + ", which the model does not have");
                }
            }
        }
    }

    /** A paging whose members an extension renamed or removed would page through nothing, or not compile. */
    private void pagination(Operation operation) {
        Pagination paging = operation.pagination();
        ObjectType response = operation.response() instanceof TypeRef.Named named ? objects.get(named.name()) : null;
        List<Property> items = response == null ? null : Pagination.walk(response, paging.items(), objects::get);
        boolean fits = operation.request().property(paging.pageNumber()) != null
                && (paging.pageSize() == null || operation.request().property(paging.pageSize()) != null)
                && items != null && items.get(items.size() - 1).type() instanceof TypeRef.ListOf
                && Pagination.walk(response, paging.totalCount(), objects::get) != null;
        if (!fits) {
            problems.accept(operation.pointer(), "operation " + operation.operationId() + " pages by " + paging.pageNumber()
                    + " into /" + String.join("/", paging.items()) + ", which its request or response no longer has"
                    + " (keep the members its paging names)");
        }
    }

    /** Records a type and its nested types, checking their names. */
    private void declare(ModelType type) {
        className(type.name().simpleName(), type.pointer());
        declared.put(type.name(), type instanceof EnumType);
        if (type instanceof ObjectType object) {
            objects.put(object.name(), object);
            for (ModelType nested : object.nested()) {
                declare(nested);
            }
        }
    }

    private void references(ObjectType type) {
        Set<String> members = new HashSet<>();
        for (Property property : type.properties()) {
            identifier(property.fieldName(), property.pointer(), "field");
            identifier(property.getterName(), property.pointer(), "accessor");
            if (!members.add(property.fieldName())) {
                problems.accept(property.pointer(), "two properties of " + type.name() + " have the field name " + property.fieldName());
            }
            property.type().namedType().ifPresent(named -> reference(named.name(), named.isEnum(), property.pointer(), property.wireName()));
        }
        for (ModelType nested : type.nested()) {
            if (nested instanceof ObjectType object) {
                references(object);
            }
        }
    }

    private void reference(JavaName name, boolean isEnum, String pointer, String what) {
        Boolean enumType = declared.get(name);
        if (enumType == null) {
            problems.accept(pointer, what + " refers to " + name + ", which is not a type of the model");
        } else if (enumType != isEnum) {
            problems.accept(pointer, what + " refers to " + name + " as " + (isEnum ? "an enum" : "an object") + ", which it is not");
        }
    }

    private void className(String name, String pointer) {
        identifier(name, pointer, "class");
        if (JavaNames.isReservedClassName(name)) {
            problems.accept(pointer, "the class name " + name + " is taken by a type generated code uses");
        }
    }

    private void identifier(String name, String pointer, String what) {
        if (!JavaNames.isIdentifier(name)) {
            problems.accept(pointer, "the " + what + " name '" + name + "' is not a Java identifier");
        }
    }

    /** Top-level names become file names: compared ignoring case, as some file systems do. */
    private void unique(String name, String pointer, Set<String> taken) {
        if (name != null && !taken.add(name.toLowerCase(Locale.ROOT))) {
            problems.accept(pointer, "two top-level classes are named " + name + " (ignoring case, as file names)");
        }
    }
}
