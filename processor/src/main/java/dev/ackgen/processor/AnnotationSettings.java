package dev.ackgen.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * The attributes of one {@code @GenerateAckClient}, read from its mirror (defaults included), so the
 * processor needs the annotation's name only, not its class.
 */
final class AnnotationSettings {
    private final Map<String, AnnotationValue> values;

    private AnnotationSettings(Map<String, AnnotationValue> values) {
        this.values = values;
    }

    static AnnotationSettings read(AnnotationMirror mirror, Elements elements) {
        Map<String, AnnotationValue> values = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
        }
        return new AnnotationSettings(values);
    }

    /** The attribute's value as written (for locating a message on it), or null when it has none. */
    AnnotationValue value(String attribute) {
        return values.get(attribute);
    }

    /** A string attribute; empty when missing or not a string (javac reports such source errors itself). */
    String string(String attribute) {
        AnnotationValue value = values.get(attribute);
        return value != null && value.getValue() instanceof String text ? text : "";
    }

    /** A boolean attribute; {@code true} when missing. */
    boolean flag(String attribute) {
        return flag(attribute, true);
    }

    /** A boolean attribute; {@code missing} when the annotation lacks it (an older annotation jar). */
    boolean flag(String attribute, boolean missing) {
        AnnotationValue value = values.get(attribute);
        return value == null || !(value.getValue() instanceof Boolean on) ? missing : on;
    }

    /** A string array attribute, in the order written. */
    List<String> strings(String attribute) {
        List<String> strings = new ArrayList<>();
        AnnotationValue value = values.get(attribute);
        if (value != null && value.getValue() instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof AnnotationValue element && element.getValue() instanceof String text) {
                    strings.add(text);
                }
            }
        }
        return strings;
    }

    /** A string array attribute as a set, in the order written. */
    Set<String> stringSet(String attribute) {
        return new LinkedHashSet<>(strings(attribute));
    }

    /**
     * {@code extensionOptions}, {@code id.name=value} each, by extension id and option name.
     *
     * @throws IllegalArgumentException naming an entry that is not {@code id.name=value}
     */
    Map<String, Map<String, String>> extensionOptions() {
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        for (String option : strings("extensionOptions")) {
            int dot = option.indexOf('.');
            int equals = option.indexOf('=');
            if (dot <= 0 || equals < dot + 2) {
                throw new IllegalArgumentException("extensionOptions takes id.name=value entries, not \"" + option + "\"");
            }
            options.computeIfAbsent(option.substring(0, dot), id -> new LinkedHashMap<>())
                    .put(option.substring(dot + 1, equals), option.substring(equals + 1));
        }
        return options;
    }
}
