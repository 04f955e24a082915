package dev.ackgen.generator.customize;

import dev.ackgen.generator.naming.NameHook;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spi.NamingSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name mappings of a run, as the naming hook the model builder asks first (the extensions'
 * hook answers after it). It remembers every name it hands out in each scope, so that a mapping
 * whose name another member, class or constant of the same scope also takes is reported as an
 * error naming both, where ackgen would otherwise number one of them and compile. Mappings that
 * match nothing are reported as warnings: after a spec update that is how users learn a rename no
 * longer applies.
 *
 * <p>Keys: a component schema's name or the class name ackgen would give ({@code Outer.Inner} for
 * a nested class); {@code property} or {@code Class.property}; an operationId; {@code value} or
 * {@code EnumClass.value}; a tag or the client interface name ackgen would give. Class names in
 * keys are the generated ones, after any rename of the enclosing class.
 */
public final class NameMappings {
    private static final String COMPONENT_POINTER = "/components/schemas/";

    private final Customizations customizations;
    private final Set<String> used = new HashSet<>();
    /** Per scope, per name (lower case where case does not tell classes apart): who took it. */
    private final Map<String, Map<String, Claim>> claims = new HashMap<>();
    private final List<Collision> collisions = new ArrayList<>();

    /** A problem a mapping caused, at the JSON pointer of the site the mapping renamed. */
    public record Collision(String pointer, String message) {}

    private record Claim(NamingSite site, String name, String mapping) {}

    public NameMappings(Customizations customizations) {
        this.customizations = customizations;
    }

    /** The hook that applies these mappings, then lets {@code next} (the extensions) have its say. */
    public NameHook before(NameHook next) {
        return (site, proposal) -> {
            String mapping = mappingFor(site, proposal);
            String mapped = mapping == null ? proposal : mapping.substring(mapping.indexOf('=') + 1);
            String name = next.name(site, mapped);
            claim(site, name, mapping);
            return name;
        };
    }

    /** The problems the mappings caused, in the order met. */
    public List<Collision> collisions() {
        return List.copyOf(collisions);
    }

    /** The entries that matched nothing, as {@code option entry} texts. */
    public List<String> unused() {
        List<String> unused = new ArrayList<>();
        for (CustomizationOption option : CustomizationOption.values()) {
            if (option.shape() != CustomizationOption.Shape.NAME_MAPPING) {
                continue;
            }
            for (Map.Entry<String, String> entry : customizations.mapping(option).entrySet()) {
                if (!used.contains(option + "\0" + entry.getKey())) {
                    unused.add(option + " " + entry.getKey() + "=" + entry.getValue() + " matches nothing the spec generates;"
                            + " it no longer applies");
                }
            }
        }
        return unused;
    }

    /** The matching entry as {@code key=name} (the most specific key first), or null. */
    private String mappingFor(NamingSite site, String proposal) {
        String owner = site.owner();
        return switch (site.kind()) {
            case CLASS -> {
                String component = site.owner() == null && site.pointer().equals(COMPONENT_POINTER + SourceLocator.escape(site.specName()))
                        ? site.specName() : null;
                yield find(CustomizationOption.MODEL_NAME_MAPPINGS, component, owner == null ? proposal : owner + "." + proposal);
            }
            case PROPERTY, PARAMETER -> find(CustomizationOption.PROPERTY_NAME_MAPPINGS,
                    owner == null ? null : owner + "." + site.specName(), site.specName());
            case OPERATION_METHOD -> find(CustomizationOption.OPERATION_NAME_MAPPINGS, site.specName(), null);
            case ENUM_CONSTANT -> find(CustomizationOption.ENUM_NAME_MAPPINGS,
                    owner == null ? null : owner + "." + site.specName(), site.specName());
            case CLIENT_INTERFACE -> find(CustomizationOption.CLIENT_NAME_MAPPINGS,
                    site.specName().isEmpty() ? null : site.specName(), proposal);
        };
    }

    private String find(CustomizationOption option, String specific, String general) {
        Map<String, String> mapping = customizations.mapping(option);
        for (String key : new String[] {specific, general}) {
            if (key != null && mapping.containsKey(key)) {
                used.add(option + "\0" + key);
                return key + "=" + mapping.get(key);
            }
        }
        return null;
    }

    /** Records who takes the name, reporting a collision when a mapping is on either side. */
    private void claim(NamingSite site, String name, String mapping) {
        boolean classes = site.kind() == NamingSite.Kind.CLASS || site.kind() == NamingSite.Kind.CLIENT_INTERFACE;
        String scope = scope(site);
        String key = classes ? name.toLowerCase(Locale.ROOT) : name;
        if (mapping != null && site.kind() == NamingSite.Kind.CLASS && site.owner() != null) {
            for (String enclosing : site.ownerSimpleNames()) {
                if (enclosing.equalsIgnoreCase(name)) {
                    collisions.add(new Collision(site.pointer(), optionOf(site) + " " + mapping + ": " + name
                            + " is the name of an enclosing class, which Java does not allow"));
                }
            }
        }
        Claim current = new Claim(site, name, mapping);
        Claim earlier = claims.computeIfAbsent(scope, s -> new HashMap<>()).putIfAbsent(key, current);
        if (earlier == null || earlier.site().pointer().equals(site.pointer()) || (mapping == null && earlier.mapping() == null)) {
            return;
        }
        // The error is the mapping's, at the site it renamed; the other side is named in the message.
        Claim renamed = mapping != null ? current : earlier;
        Claim other = mapping != null ? earlier : current;
        collisions.add(new Collision(renamed.site().pointer(), optionOf(renamed.site()) + " " + renamed.mapping() + ": "
                + renamed.name() + " is also the name of " + describe(other.site())
                + (other.mapping() == null ? "" : " (mapped by " + other.mapping() + ")") + where(renamed.site())));
    }

    private static String scope(NamingSite site) {
        String owner = site.owner();
        return switch (site.kind()) {
            case CLASS -> owner == null ? "class" : "class " + owner;
            case CLIENT_INTERFACE -> "class";
            case PROPERTY, PARAMETER -> "member " + owner;
            case OPERATION_METHOD -> "method " + owner;
            case ENUM_CONSTANT -> "constant " + owner;
        };
    }

    private static CustomizationOption optionOf(NamingSite site) {
        return switch (site.kind()) {
            case CLASS -> CustomizationOption.MODEL_NAME_MAPPINGS;
            case PROPERTY, PARAMETER -> CustomizationOption.PROPERTY_NAME_MAPPINGS;
            case OPERATION_METHOD -> CustomizationOption.OPERATION_NAME_MAPPINGS;
            case ENUM_CONSTANT -> CustomizationOption.ENUM_NAME_MAPPINGS;
            case CLIENT_INTERFACE -> CustomizationOption.CLIENT_NAME_MAPPINGS;
        };
    }

    private static String describe(NamingSite site) {
        String what = switch (site.kind()) {
            case CLASS -> "the class for";
            case PROPERTY -> "the member for property";
            case PARAMETER -> "the member for parameter";
            case OPERATION_METHOD -> "the client method for operation";
            case ENUM_CONSTANT -> "the constant for enum value";
            case CLIENT_INTERFACE -> "the client interface for tag";
        };
        return what + " '" + site.specName() + "' at #" + site.pointer();
    }

    private static String where(NamingSite site) {
        return site.owner() == null ? "" : " in " + site.owner();
    }
}
