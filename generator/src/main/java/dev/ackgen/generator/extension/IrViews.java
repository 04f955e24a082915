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
import dev.ackgen.generator.spi.ClientView;
import dev.ackgen.generator.spi.EnumView;
import dev.ackgen.generator.spi.ModelView;
import dev.ackgen.generator.spi.ObjectView;
import dev.ackgen.generator.spi.OperationView;
import dev.ackgen.generator.spi.PropertyView;
import dev.ackgen.generator.spi.TypeDeclarationView;
import dev.ackgen.generator.spi.TypeView;
import java.util.ArrayList;
import java.util.List;

/**
 * The SPI's read-only views over the IR: thin adapters that translate on each call, so the IR can
 * change without the SPI changing (only these adapters do). Views made here are the only ones
 * {@link ExtensionChain}'s context and {@link ModelEdits} accept back.
 */
final class IrViews {
    private IrViews() {}

    static ModelView model(ApiModel model) {
        return new ModelAdapter(model);
    }

    static TypeDeclarationView type(ModelType type) {
        return type instanceof ObjectType object ? new ObjectAdapter(object) : new EnumAdapter((EnumType) type);
    }

    static ObjectView object(ObjectType type) {
        return new ObjectAdapter(type);
    }

    static EnumView enumType(EnumType type) {
        return new EnumAdapter(type);
    }

    static ClientView client(ClientGroup client) {
        return new ClientAdapter(client);
    }

    /** The IR name behind a view of a class. */
    static JavaName nameOf(TypeDeclarationView view) {
        if (view instanceof ObjectAdapter object) {
            return object.ir().name();
        }
        if (view instanceof EnumAdapter enumType) {
            return enumType.ir().name();
        }
        throw new IllegalArgumentException("not a view ackgen made: " + view);
    }

    /** The IR type behind a type view. */
    static TypeRef typeOf(TypeView view) {
        if (view instanceof TypeAdapter type) {
            return type.ir();
        }
        throw new IllegalArgumentException("not a view ackgen made: " + view);
    }

    /** The property and its owner's name behind a property view. */
    static PropertyAdapter propertyOf(PropertyView view) {
        if (view instanceof PropertyAdapter property) {
            return property;
        }
        throw new IllegalArgumentException("not a view ackgen made: " + view);
    }

    /** A Java name as the views write it ({@code Pet.Kind}). */
    static JavaName javaName(String dotted) {
        return new JavaName(List.of(dotted.split("\\.", -1)));
    }

    private static List<TypeDeclarationView> views(List<ModelType> types) {
        return types.stream().map(IrViews::type).toList();
    }

    record ModelAdapter(ApiModel ir) implements ModelView {
        @Override
        public String title() {
            return ir.title();
        }

        @Override
        public String apiVersion() {
            return ir.apiVersion();
        }

        @Override
        public String serverUrl() {
            return ir.serverUrl();
        }

        @Override
        public List<TypeDeclarationView> types() {
            return views(ir.types());
        }

        @Override
        public TypeDeclarationView type(String javaName) {
            List<ModelType> candidates = ir.types();
            List<String> names = List.of(javaName.split("\\.", -1));
            ModelType found = null;
            for (int depth = 0; depth < names.size(); depth++) {
                List<String> prefix = names.subList(0, depth + 1);
                found = candidates.stream().filter(type -> type.name().simpleNames().equals(prefix)).findFirst().orElse(null);
                if (found == null) {
                    return null;
                }
                candidates = found instanceof ObjectType object ? object.nested() : List.of();
            }
            return found == null ? null : IrViews.type(found);
        }

        @Override
        public String validatorName(ObjectView type) {
            JavaName name = nameOf(type);
            return name.isNested() ? null : ir.validatorNames().get(name.simpleName());
        }

        @Override
        public List<OperationView> operations() {
            return ir.operations().stream().<OperationView>map(OperationAdapter::new).toList();
        }

        @Override
        public List<ClientView> clients() {
            return ir.clients().stream().<ClientView>map(ClientAdapter::new).toList();
        }
    }

    /** What every declared type's view answers from its IR type. */
    private interface DeclarationAdapter extends TypeDeclarationView {
        ModelType ir();

        @Override
        default String javaName() {
            return ir().name().toString();
        }

        @Override
        default List<String> simpleNames() {
            return ir().name().simpleNames();
        }

        @Override
        default String description() {
            return ir().description();
        }

        @Override
        default boolean deprecated() {
            return ir().deprecated();
        }

        @Override
        default String pointer() {
            return ir().pointer();
        }
    }

    record ObjectAdapter(ObjectType ir) implements ObjectView, DeclarationAdapter {
        @Override
        public List<PropertyView> properties() {
            List<PropertyView> properties = new ArrayList<>();
            for (Property property : ir.properties()) {
                properties.add(new PropertyAdapter(property, ir.name()));
            }
            return List.copyOf(properties);
        }

        @Override
        public List<TypeDeclarationView> nestedTypes() {
            return views(ir.nested());
        }
    }

    record EnumAdapter(EnumType ir) implements EnumView, DeclarationAdapter {
        @Override
        public List<Value> values() {
            return ir.values().stream().<Value>map(ValueAdapter::new).toList();
        }
    }

    record ValueAdapter(EnumType.Value ir) implements EnumView.Value {
        @Override
        public String wireValue() {
            return ir.wire();
        }

        @Override
        public String constantName() {
            return ir.constant();
        }

        @Override
        public String description() {
            return ir.description();
        }
    }

    /** A property, with the name of the object it belongs to (which edits need to find it). */
    record PropertyAdapter(Property ir, JavaName owner) implements PropertyView {
        @Override
        public String wireName() {
            return ir.wireName();
        }

        @Override
        public String fieldName() {
            return ir.fieldName();
        }

        @Override
        public String getterName() {
            return ir.getterName();
        }

        @Override
        public TypeView type() {
            return new TypeAdapter(ir.type());
        }

        @Override
        public boolean required() {
            return ir.required();
        }

        @Override
        public boolean deprecated() {
            return ir.deprecated();
        }

        @Override
        public boolean secret() {
            return ir.secret();
        }

        @Override
        public String description() {
            return ir.description();
        }

        @Override
        public Location location() {
            return Location.valueOf(ir.location().name());
        }

        @Override
        public String defaultValueJson() {
            return ir.defaultValue() == null ? null : ir.defaultValue().toJson();
        }

        @Override
        public String pointer() {
            return ir.pointer();
        }
    }

    record TypeAdapter(TypeRef ir) implements TypeView {
        @Override
        public Kind kind() {
            if (ir instanceof TypeRef.Scalar) {
                return Kind.SCALAR;
            } else if (ir instanceof TypeRef.ListOf) {
                return Kind.LIST;
            } else if (ir instanceof TypeRef.MapOf) {
                return Kind.MAP;
            } else if (ir instanceof TypeRef.Named) {
                return Kind.NAMED;
            } else if (ir instanceof TypeRef.Mapped) {
                return Kind.MAPPED;
            }
            return Kind.ANY;
        }

        @Override
        public Scalar scalar() {
            return ir instanceof TypeRef.Scalar scalar ? Scalar.valueOf(scalar.kind().name()) : null;
        }

        @Override
        public TypeView elementType() {
            if (ir instanceof TypeRef.ListOf list) {
                return new TypeAdapter(list.items());
            }
            return ir instanceof TypeRef.MapOf map ? new TypeAdapter(map.values()) : null;
        }

        @Override
        public String javaName() {
            return ir instanceof TypeRef.Named named ? named.name().toString() : null;
        }

        @Override
        public boolean isEnum() {
            return ir instanceof TypeRef.Named named && named.isEnum();
        }

        @Override
        public String mappedClassName() {
            return ir instanceof TypeRef.Mapped mapped ? mapped.qualifiedName() : null;
        }
    }

    record OperationAdapter(Operation ir) implements OperationView {
        @Override
        public String operationId() {
            return ir.operationId();
        }

        @Override
        public String action() {
            return ir.action();
        }

        @Override
        public String httpMethod() {
            return ir.method();
        }

        @Override
        public String path() {
            return ir.path();
        }

        @Override
        public List<String> tags() {
            return ir.tags();
        }

        @Override
        public String summary() {
            return ir.summary();
        }

        @Override
        public String description() {
            return ir.description();
        }

        @Override
        public boolean deprecated() {
            return ir.deprecated();
        }

        @Override
        public ObjectView request() {
            return new ObjectAdapter(ir.request());
        }

        @Override
        public TypeView response() {
            return ir.response() == null ? null : new TypeAdapter(ir.response());
        }

        @Override
        public boolean paged() {
            return ir.pagination() != null;
        }

        @Override
        public String pointer() {
            return ir.pointer();
        }
    }

    record ClientAdapter(ClientGroup ir) implements ClientView {
        @Override
        public String tag() {
            return ir.tag();
        }

        @Override
        public String interfaceName() {
            return ir.interfaceName();
        }

        @Override
        public String implementationName() {
            return ir.implementationName();
        }

        @Override
        public List<Method> methods() {
            return ir.methods().stream().<Method>map(MethodAdapter::new).toList();
        }
    }

    record MethodAdapter(ClientGroup.ClientMethod ir) implements ClientView.Method {
        @Override
        public String name() {
            return ir.name();
        }

        @Override
        public String asyncName() {
            return ir.asyncName();
        }

        @Override
        public OperationView operation() {
            return new OperationAdapter(ir.operation());
        }
    }
}
