package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.naming.Namer;
import dev.ackgen.generator.spi.NamingSite;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A string enum schema as an {@link EnumType}: its documented values, each with a constant name. */
final class EnumTypeReader {
    private final Namer namer;
    private final ExtensionVocabulary vocabulary;

    EnumTypeReader(Namer namer, ExtensionVocabulary vocabulary) {
        this.namer = namer;
        this.vocabulary = vocabulary;
    }

    EnumType enumType(Schema<?> schema, JavaName name, String pointer) {
        vocabulary.checkKnown(schema.getExtensions(), pointer);
        Set<String> constants = new HashSet<>(GeneratedNames.ENUM_MEMBERS);
        List<EnumType.Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<?, ?> descriptions = schema.getExtensions() != null
                        && schema.getExtensions().get(ExtensionVocabulary.ENUM_DESCRIPTIONS) instanceof Map<?, ?> map
                ? map
                : Map.of();
        for (int i = 0; i < schema.getEnum().size(); i++) {
            Object value = schema.getEnum().get(i);
            if (value == null) {
                continue;
            }
            String wire = String.valueOf(value);
            if (!seen.add(wire)) {
                continue; // a value listed twice is one constant
            }
            String constant = JavaNames.unique(
                    namer.named(NamingSite.Kind.ENUM_CONSTANT, wire, name, pointer + "/enum/" + i, JavaNames.constantName(wire)),
                    constants, false);
            Object description = descriptions.get(wire);
            values.add(new EnumType.Value(wire, constant, description == null ? "" : String.valueOf(description)));
        }
        return new EnumType(name, Schemas.nullToEmpty(schema.getDescription()), Boolean.TRUE.equals(schema.getDeprecated()), values, pointer);
    }
}
