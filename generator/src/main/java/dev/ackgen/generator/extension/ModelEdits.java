package dev.ackgen.generator.extension;

import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.spi.ModelEditor;
import dev.ackgen.generator.spi.PropertyView;
import dev.ackgen.generator.spi.TypeDeclarationView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The {@link ModelEditor} one extension's {@code editModel} gets: applies each edit to a copy of the
 * IR at once, everywhere the IR repeats what it changes (a request type is both a type of the model
 * and its operation's, and a client method holds its operation), and keeps track of renames so a
 * view of the model the hook was given still finds what an earlier edit renamed. {@link
 * ExtensionChain} checks the result with {@link ModelConsistency}.
 */
final class ModelEdits implements ModelEditor {
    private ApiModel current;
    private boolean changed;
    private boolean closed;
    /** The current name of each class renamed so far, by the name the hook's views have. */
    private final Map<JavaName, JavaName> renamed = new LinkedHashMap<>();

    ModelEdits(ApiModel model) {
        this.current = model;
    }

    /** Whether any edit was made. */
    boolean changed() {
        return changed;
    }

    /** The edited model. */
    ApiModel result() {
        return current;
    }

    /** No more edits: the hook returned (an editor kept past its hook fails). */
    void close() {
        closed = true;
    }

    @Override
    public void setApiVersion(String apiVersion) {
        open();
        current = current.withApiVersion(Objects.requireNonNull(apiVersion, "apiVersion"));
        changed = true;
    }

    @Override
    public void renameType(TypeDeclarationView type, String simpleName) {
        open();
        Objects.requireNonNull(simpleName, "simpleName");
        JavaName from = currentName(IrViews.nameOf(type));
        List<String> names = new ArrayList<>(from.simpleNames());
        names.set(names.size() - 1, simpleName);
        JavaName to = new JavaName(names);
        UnaryOperator<JavaName> rename = name -> moved(name, from, to);
        Map<String, String> validators = new HashMap<>(current.validatorNames());
        if (!from.isNested()) {
            String validator = validators.remove(from.simpleName());
            if (validator != null) {
                validators.put(to.simpleName(), validator.equals(GeneratedNames.validatorName(from.simpleName()))
                        ? GeneratedNames.validatorName(to.simpleName()) : validator);
            }
        }
        current = rewrite(current, new Rewrite() {
            @Override
            public ObjectType object(ObjectType object) {
                return object.withName(rename.apply(object.name()));
            }

            @Override
            public EnumType enumType(EnumType enumType) {
                return enumType.withName(rename.apply(enumType.name()));
            }

            @Override
            public TypeRef named(TypeRef.Named named) {
                return new TypeRef.Named(rename.apply(named.name()), named.isEnum());
            }
        }).withValidatorNames(validators);
        renamed.replaceAll((original, now) -> rename.apply(now));
        renamed.putIfAbsent(IrViews.nameOf(type), to);
        changed = true;
    }

    @Override
    public void renameProperty(PropertyView property, String fieldName) {
        Objects.requireNonNull(fieldName, "fieldName");
        editProperty(property, p -> p.toBuilder().fieldName(fieldName).getterName(JavaNames.getterName(fieldName)).build());
    }

    @Override
    public void setRequired(PropertyView property, boolean required) {
        editProperty(property, p -> p.toBuilder().required(required).build());
    }

    @Override
    public void setDescription(PropertyView property, String description) {
        Objects.requireNonNull(description, "description");
        editProperty(property, p -> p.toBuilder().description(description).build());
    }

    @Override
    public void setDescription(TypeDeclarationView type, String description) {
        open();
        Objects.requireNonNull(description, "description");
        JavaName name = declared(IrViews.nameOf(type));
        current = rewrite(current, new Rewrite() {
            @Override
            public ObjectType object(ObjectType object) {
                return object.name().equals(name) ? object.withDescription(description) : object;
            }

            @Override
            public EnumType enumType(EnumType enumType) {
                return enumType.name().equals(name) ? enumType.withDescription(description) : enumType;
            }
        });
        changed = true;
    }

    private void editProperty(PropertyView view, UnaryOperator<Property> edit) {
        open();
        IrViews.PropertyAdapter property = IrViews.propertyOf(view);
        JavaName owner = declared(property.owner());
        String wireName = property.wireName();
        boolean[] found = {false};
        ApiModel edited = rewrite(current, new Rewrite() {
            @Override
            public ObjectType object(ObjectType object) {
                if (!object.name().equals(owner) || object.property(wireName) == null) {
                    return object;
                }
                found[0] = true;
                return object.withProperties(object.properties().stream()
                        .map(p -> p.wireName().equals(wireName) ? edit.apply(p) : p)
                        .toList());
            }
        });
        if (!found[0]) {
            throw new IllegalArgumentException(owner + " has no property " + wireName);
        }
        current = edited;
        changed = true;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the model can only be edited while editModel runs");
        }
    }

    /** The name a class of the hook's views has now, checked to be a class of the model. */
    private JavaName declared(JavaName original) {
        return currentName(original);
    }

    private JavaName currentName(JavaName original) {
        // The closest renamed class: the class itself, else the nearest enclosing one (whose rename moved it).
        JavaName name = original;
        int closest = 0;
        for (Map.Entry<JavaName, JavaName> entry : renamed.entrySet()) {
            int length = entry.getKey().simpleNames().size();
            JavaName moved = moved(original, entry.getKey(), entry.getValue());
            if (length > closest && (moved != original)) {
                name = moved;
                closest = length;
            }
        }
        if (!declares(current.types(), name)) {
            throw new IllegalArgumentException(original + " is not a class of this model");
        }
        return name;
    }

    private static boolean declares(List<ModelType> types, JavaName name) {
        for (ModelType type : types) {
            if (type.name().equals(name)
                    || type instanceof ObjectType object && declares(object.nested(), name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code name} with the prefix {@code from} replaced by {@code to}, or {@code name} when it does not start with it. */
    private static JavaName moved(JavaName name, JavaName from, JavaName to) {
        List<String> names = name.simpleNames();
        int length = from.simpleNames().size();
        if (names.size() < length || !names.subList(0, length).equals(from.simpleNames())) {
            return name; // the same instance: callers tell "not moved" by identity
        }
        List<String> result = new ArrayList<>(to.simpleNames());
        result.addAll(names.subList(length, names.size()));
        return new JavaName(result);
    }

    /** What an edit changes; each method sees its element after what it holds is rewritten. */
    private interface Rewrite {
        default ObjectType object(ObjectType object) {
            return object;
        }

        default EnumType enumType(EnumType enumType) {
            return enumType;
        }

        default TypeRef named(TypeRef.Named named) {
            return named;
        }
    }

    /** The model with every class, reference and operation (in the model and in its clients) rewritten. */
    private static ApiModel rewrite(ApiModel model, Rewrite rewrite) {
        List<ModelType> types = model.types().stream().map(type -> rewrite(type, rewrite)).toList();
        List<Operation> operations = model.operations().stream().map(operation -> rewrite(operation, rewrite)).toList();
        List<ClientGroup> clients = model.clients().stream()
                .map(client -> client.withMethods(client.methods().stream()
                        .map(method -> method.withOperation(rewrite(method.operation(), rewrite)))
                        .toList()))
                .toList();
        return model.withTypes(types).withOperations(operations).withClients(clients);
    }

    private static ModelType rewrite(ModelType type, Rewrite rewrite) {
        if (type instanceof EnumType enumType) {
            return rewrite.enumType(enumType);
        }
        ObjectType object = (ObjectType) type;
        return rewrite.object(object
                .withProperties(object.properties().stream()
                        .map(property -> property.toBuilder().type(rewrite(property.type(), rewrite)).build())
                        .toList())
                .withNested(object.nested().stream().map(nested -> rewrite(nested, rewrite)).toList()));
    }

    private static Operation rewrite(Operation operation, Rewrite rewrite) {
        ObjectType request = (ObjectType) rewrite(operation.request(), rewrite);
        Property body = operation.bodyProperty();
        if (body != null && request.property(body.wireName()) != null) {
            body = request.property(body.wireName());
        }
        return operation.toBuilder()
                .request(request)
                .bodyProperty(body)
                .response(operation.response() == null ? null : rewrite(operation.response(), rewrite))
                .error(operation.error() == null ? null : rewrite(operation.error(), rewrite))
                .build();
    }

    private static TypeRef rewrite(TypeRef type, Rewrite rewrite) {
        if (type instanceof TypeRef.ListOf list) {
            return new TypeRef.ListOf(rewrite(list.items(), rewrite));
        }
        if (type instanceof TypeRef.MapOf map) {
            return new TypeRef.MapOf(rewrite(map.values(), rewrite));
        }
        return type instanceof TypeRef.Named named ? rewrite.named(named) : type;
    }
}
