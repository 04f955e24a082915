package dev.ackgen.generator.customize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which Java type stands for a {@code format} or a component schema. Built in, {@code date-time}
 * is {@code java.time.OffsetDateTime} and {@code date} is {@code java.time.LocalDate}: they are
 * what the formats mean (RFC 3339), an {@code OffsetDateTime} keeps the offset Alibaba Cloud sends
 * ({@code +08:00}) so a value read and written again is the same instant in the same notation, and
 * a malformed value is caught when read rather than when used. {@code typeMappings} entries
 * override them; {@code date-time=String} keeps plain strings.
 */
public final class TypeMappings {
    private static final Map<String, String> BUILT_IN = Map.of(
            "date-time", "java.time.OffsetDateTime",
            "date", "java.time.LocalDate");

    private final Map<String, String> formats = new LinkedHashMap<>(BUILT_IN);
    private final Map<String, String> schemas;
    private final Map<String, String> configuredFormats;
    private final Set<String> used = new HashSet<>();

    public TypeMappings(Customizations customizations) {
        configuredFormats = customizations.mapping(CustomizationOption.TYPE_MAPPINGS);
        configuredFormats.forEach((format, type) -> {
            if (Customizations.STRING.contains(type)) {
                formats.remove(format);
            } else {
                formats.put(format, type);
            }
        });
        schemas = customizations.mapping(CustomizationOption.SCHEMA_MAPPINGS);
    }

    /** The built-in mappings and nothing else. */
    public static TypeMappings builtIn() {
        return new TypeMappings(Customizations.NONE);
    }

    /** The Java type of values with this format, or null to keep ackgen's own. */
    public String forFormat(String format) {
        if (format == null) {
            return null;
        }
        if (configuredFormats.containsKey(format)) {
            used.add(CustomizationOption.TYPE_MAPPINGS + "\0" + format);
        }
        return formats.get(format);
    }

    /** The user's class that stands for this component schema, or null to generate one. */
    public String forSchema(String componentName) {
        String type = schemas.get(componentName);
        if (type != null) {
            used.add(CustomizationOption.SCHEMA_MAPPINGS + "\0" + componentName);
        }
        return type;
    }

    /** The configured entries that matched nothing, as warning texts. */
    public List<String> unused() {
        List<String> unused = new ArrayList<>();
        configuredFormats.forEach((format, type) -> {
            if (!used.contains(CustomizationOption.TYPE_MAPPINGS + "\0" + format)) {
                unused.add(CustomizationOption.TYPE_MAPPINGS + " " + format + "=" + type
                        + " matches no format of the generated operations; it no longer applies");
            }
        });
        schemas.forEach((schema, type) -> {
            if (!used.contains(CustomizationOption.SCHEMA_MAPPINGS + "\0" + schema)) {
                unused.add(CustomizationOption.SCHEMA_MAPPINGS + " " + schema + "=" + type
                        + " matches no component schema of the generated operations; it no longer applies");
            }
        });
        return unused;
    }
}
