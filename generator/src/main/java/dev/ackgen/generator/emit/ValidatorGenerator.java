package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.CHECKS;
import static dev.ackgen.generator.emit.RuntimeTypes.TEXT_PATTERN;
import static dev.ackgen.generator.emit.RuntimeTypes.VALIDATION_EXCEPTION;
import static dev.ackgen.generator.emit.RuntimeTypes.VIOLATION;
import static dev.ackgen.generator.emit.RuntimeTypes.VIOLATIONS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.Constraints;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.Literal;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.Rule;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A validator per top-level object type: plain generated code, no reflection, patterns compiled
 * once. It reports every violation, each with the JSON pointer of the value, the rule's name and a
 * message; it never puts the value of a secret into a message. Nested types are checked by private
 * overloads in the same class; other top-level types by their own validators.
 */
final class ValidatorGenerator {
    /** The most values listed one by one in a static initializer. */
    private static final int MAX_LISTED_VALUES = 1_000;

    private final TypeNames names;
    private final EmitHooks hooks;
    private final TypeIndex types;
    private final DeprecationPolicy deprecation;
    private final SecretPolicy secrets;
    private final Map<String, String> validatorNames;
    private final ValidationNeeds needs;

    /** @param needs what has anything to check; shared with whoever picks the types that get a validator */
    ValidatorGenerator(EmitContext context, ValidationNeeds needs) {
        this.needs = needs;
        this.names = context.names();
        this.hooks = context.hooks();
        this.types = context.types();
        this.deprecation = context.deprecation();
        this.secrets = context.secrets();
        this.validatorNames = context.model().validatorNames();
    }

    /** The validator class of a top-level object type. */
    JavaFile createValidator(ObjectType type) {
        ClassName model = names.className(type.name());
        ClassName self = ClassName.get(names.packageName(), validatorNames.get(type.name().topLevelName()));
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addJavadoc("Checks a {@link $T} against its spec: every constraint, every cross-field rule, all\n"
                        + "violations at once, each with the JSON pointer of the value. No reflection.\n", model)
                .addAnnotation(TypeNames.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        TypeName violations = ParameterizedTypeName.get(TypeNames.LIST, VIOLATION);
        boolean checks = needs.needsValidation(type);
        MethodSpec.Builder validate = MethodSpec.methodBuilder(GeneratedNames.VALIDATE)
                .addJavadoc("Every violation in the value, in the order they were checked; empty when it is valid.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(violations)
                .addParameter(model, "value")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
        if (checks) {
            validate.addStatement("$T violations = new $T()", VIOLATIONS, VIOLATIONS)
                    .addStatement("$N(value, violations)", GeneratedNames.VALIDATE)
                    .addStatement("return violations.toList()");
        } else {
            validate.addStatement("return $T.of()", TypeNames.LIST);
        }
        spec.addMethod(validate.build());
        spec.addMethod(MethodSpec.methodBuilder(GeneratedNames.REQUIRE_VALID)
                .addJavadoc("Returns the value if it is valid.\n\n@throws $T listing every violation if it is not\n", VALIDATION_EXCEPTION)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model)
                .addParameter(model, "value")
                .addStatement("$T found = $N(value)", violations, GeneratedNames.VALIDATE)
                .beginControlFlow("if (!found.isEmpty())")
                .addStatement("throw new $T($S, found)", VALIDATION_EXCEPTION, type.name().simpleName())
                .endControlFlow()
                .addStatement("return value")
                .build());

        Generation generation = new Generation(spec, type.name().topLevelName());
        if (checks) {
            generation.addValidateMethod(type, true);
        }
        if (generation.deprecation) {
            spec.addAnnotation(DeprecationPolicy.suppression());
        }
        hooks.validator(type, spec);
        return JavaFiles.of(names.packageName(), spec.build());
    }

    /** The state of writing one validator class. */
    private final class Generation {
        private final TypeSpec.Builder spec;
        private final String topLevel;
        private final Set<String> constantNames = new HashSet<>();
        private final Set<String> methodNames = new HashSet<>(GeneratedNames.VALIDATOR_METHODS);
        private final Set<JavaName> generated = new HashSet<>();
        /** The parsed-block locals of the method being written, by wire name ({@link #cidrBlocks(ObjectType)}). */
        private Map<String, String> cidrBlocks = Map.of();
        boolean deprecation;

        Generation(TypeSpec.Builder spec, String topLevel) {
            this.spec = spec;
            this.topLevel = topLevel;
        }

        void addValidateMethod(ObjectType type, boolean topLevelType) {
            if (!generated.add(type.name())) {
                return;
            }
            deprecation |= type.deprecated();
            MethodSpec.Builder method = MethodSpec.methodBuilder(GeneratedNames.VALIDATE)
                    .addModifiers(Modifier.STATIC)
                    .addParameter(names.className(type.name()), "value")
                    .addParameter(VIOLATIONS, "violations");
            if (!topLevelType) {
                method.addModifiers(Modifier.PRIVATE);
            }
            Map<String, String> outerBlocks = cidrBlocks;
            cidrBlocks = Splitting.isSplit(type.properties()) ? Map.of() : cidrBlocks(type);
            cidrBlocks.forEach((wire, local) ->
                    method.addStatement("long $N = $T.cidrBlock(value.$L())", local, CHECKS, type.property(wire).getterName()));
            if (Splitting.isSplit(type.properties())) {
                // Checks of thousands of properties pass 64 KiB of code: parts of their own.
                List<List<Property>> parts = Splitting.parts(type.properties());
                for (int i = 0; i < parts.size(); i++) {
                    String name = JavaNames.unique(GeneratedNames.VALIDATE + type.name().simpleName() + "Part" + (i + 1), methodNames, false);
                    MethodSpec.Builder part = MethodSpec.methodBuilder(name)
                            .addJavadoc("Checks properties $L to $L.\n", Splitting.first(i), Splitting.last(i, parts.get(i).size()))
                            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                            .addParameter(names.className(type.name()), "value")
                            .addParameter(VIOLATIONS, "violations");
                    for (Property property : parts.get(i)) {
                        deprecation |= property.deprecated();
                        part.addCode(propertyChecks(type, property));
                    }
                    spec.addMethod(part.build());
                    method.addStatement("$N(value, violations)", name);
                }
            } else {
                for (Property property : type.properties()) {
                    deprecation |= property.deprecated();
                    method.addCode(propertyChecks(type, property));
                }
            }
            for (Rule rule : type.rules()) {
                method.addCode(ruleCheck(type, rule));
            }
            spec.addMethod(method.build());
            cidrBlocks = outerBlocks;
        }

        /**
         * A local per property a disjoint-CIDR rule names, holding its parsed block: its format check
         * and the rule then parse it once, not twice. None when the checks are split into parts,
         * which could not see the method's locals.
         */
        private Map<String, String> cidrBlocks(ObjectType type) {
            Map<String, String> blocks = new LinkedHashMap<>();
            for (Rule rule : type.rules()) {
                if (rule.kind() == Rule.Kind.DISJOINT_CIDRS) {
                    for (String wire : rule.properties()) {
                        blocks.putIfAbsent(wire, type.property(wire).fieldName() + "Block");
                    }
                }
            }
            return blocks;
        }

        private CodeBlock propertyChecks(ObjectType owner, Property property) {
            String getter = "value." + property.getterName() + "()";
            ViolationPointer pointer = ViolationPointer.ROOT.member(property.wireName());
            CodeBlock path = pointer.code();
            CodeBlock checks = valueChecks(owner, property, property.type(), property.constraints(), getter, pointer, 0);
            if (property.location() == Property.Location.PATH) {
                checks = CodeBlock.builder().add(pathSegmentCheck(getter, path)).add(checks).build();
            }
            CodeBlock.Builder code = CodeBlock.builder();
            if (property.required()) {
                code.beginControlFlow("if ($L)", Presence.isAbsent(property, "value"))
                        .addStatement("violations.add($L,$W$S,$W$S)", path, "required", "is required");
                if (!checks.isEmpty()) {
                    code.nextControlFlow("else").add(checks);
                }
                code.endControlFlow();
            } else if (!checks.isEmpty()) {
                code.beginControlFlow("if ($L)", Presence.isSet(property, "value")).add(checks).endControlFlow();
            }
            return code.build();
        }

        /**
         * A path parameter fills one segment of the path: empty, {@code .}, {@code ..} or a value
         * holding {@code /} would make the client refuse it (or the gateway route it elsewhere), so
         * it is a violation, reported before anything is sent. The value is never quoted.
         */
        private CodeBlock pathSegmentCheck(String value, CodeBlock path) {
            CodeBlock.Builder code = CodeBlock.builder();
            violationIf(code, CodeBlock.of("!$T.isPathSegment($L)", CHECKS, value), path, "pathSegment",
                    CodeBlock.of("$S", "must be one path segment: not empty, not . or .., and without /"));
            return code.build();
        }

        /** Checks on a non-null value. */
        private CodeBlock valueChecks(
                ObjectType owner, Property property, TypeRef type, Constraints constraints, String value, ViolationPointer pointer, int depth) {
            CodeBlock path = pointer.code();
            CodeBlock.Builder code = CodeBlock.builder();
            // Item and entry variables name their type: a deprecated one needs the suppression.
            deprecation |= ValidatorGenerator.this.deprecation.namesDeprecated(type);
            Constraints c = constraints == null ? Constraints.NONE : constraints;
            boolean secret = secrets.isSecret(property);
            // The model builder drops a keyword that does not fit the value's type (with a warning);
            // a check is still only ever generated on the Java type it is written for.
            boolean string = type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING;
            boolean number = type instanceof TypeRef.Scalar scalar
                    && scalar.kind() != TypeRef.Scalar.Kind.STRING && scalar.kind() != TypeRef.Scalar.Kind.BOOLEAN;
            boolean array = type instanceof TypeRef.ListOf;
            if (string && c.minLength() != null) {
                violationIf(code, CodeBlock.of("$T.length($L) < $L", CHECKS, value, c.minLength()), path, "minLength",
                        message("must be at least " + characters(c.minLength()) + " long", null, value, true));
            }
            if (string && c.maxLength() != null) {
                violationIf(code, CodeBlock.of("$T.length($L) > $L", CHECKS, value, c.maxLength()), path, "maxLength",
                        message("must be at most " + characters(c.maxLength()) + " long", null, value, true));
            }
            if (string && c.pattern() != null) {
                String constant = constant(owner, property, "PATTERN");
                spec.addField(FieldSpec.builder(TEXT_PATTERN, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.compile($L)", TEXT_PATTERN, Literals.string(c.pattern()))
                        .build());
                violationIf(code, CodeBlock.of("!$N.find($L)", constant, value), path, "pattern",
                        message("must match the pattern " + c.pattern(), secret ? null : "got ", value, secret));
            }
            if (string && "cidr".equals(c.format())) {
                String block = depth == 0 ? cidrBlocks.get(property.wireName()) : null;
                CodeBlock invalid = block == null
                        ? CodeBlock.of("!$T.isCidr($L)", CHECKS, value)
                        : CodeBlock.of("$N == $T.NOT_A_CIDR_BLOCK", block, CHECKS);
                violationIf(code, invalid, path, "format",
                        message("must be an IPv4 CIDR block such as 192.168.0.0/16", secret ? null : "got ", value, secret));
            }
            if (string && c.minCharacterClasses() != null) {
                violationIf(code, CodeBlock.of("$T.characterClasses($L) < $L", CHECKS, value, c.minCharacterClasses()), path,
                        "characterClasses", message("must contain at least " + c.minCharacterClasses()
                                + " of: upper-case letters, lower-case letters, digits, special characters", null, value, true));
            }
            if (number && c.minimum() != null) {
                violationIf(code, compare(type, value, c.exclusiveMinimum() ? "<=" : "<", c.minimum()), path,
                        c.exclusiveMinimum() ? "exclusiveMinimum" : "minimum",
                        message("must be " + (c.exclusiveMinimum() ? "greater than " : "at least ") + c.minimum().toPlainString(),
                                secret ? null : "got ", value, secret));
            }
            if (number && c.maximum() != null) {
                violationIf(code, compare(type, value, c.exclusiveMaximum() ? ">=" : ">", c.maximum()), path,
                        c.exclusiveMaximum() ? "exclusiveMaximum" : "maximum",
                        message("must be " + (c.exclusiveMaximum() ? "less than " : "at most ") + c.maximum().toPlainString(),
                                secret ? null : "got ", value, secret));
            }
            if (!c.allowed().isEmpty()) {
                // Compared as the canonical text of the value (Checks.canonical), so the set holds texts.
                List<String> allowed = c.allowed().stream().map(Literal::text).toList();
                String constant = constant(owner, property, "VALUES");
                spec.addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), constant,
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(allowedSet(allowed))
                        .build());
                violationIf(code, CodeBlock.of("!$N.contains($T.canonical($L))", constant, CHECKS, value), path, "enum",
                        message("must be one of " + String.join(", ", allowed), secret ? null : "got ", value, secret));
            }
            if (array && c.minItems() != null) {
                violationIf(code, CodeBlock.of("$L.size() < $L", value, c.minItems()), path, "minItems",
                        CodeBlock.of("$S", "must have at least " + c.minItems() + (c.minItems() == 1 ? " item" : " items")));
            }
            if (array && c.maxItems() != null) {
                violationIf(code, CodeBlock.of("$L.size() > $L", value, c.maxItems()), path, "maxItems",
                        CodeBlock.of("$S", "must have at most " + c.maxItems() + (c.maxItems() == 1 ? " item" : " items")));
            }
            if (array && c.uniqueItems()) {
                violationIf(code, CodeBlock.of("$T.hasDuplicates($L)", CHECKS, value), path, "uniqueItems",
                        CodeBlock.of("$S", "must not hold the same item twice"));
            }
            if (type instanceof TypeRef.Named named) {
                if (named.isEnum()) {
                    violationIf(code, CodeBlock.of("!$L.isKnown()", value), path, "enum",
                            message("must be one of " + enumValues(named.name()), secret ? null : "got ", value, secret));
                } else {
                    ObjectType target = types.object(named.name());
                    if (needs.needsValidation(target)) {
                        code.add(delegate(target, value, pointer));
                    }
                }
            } else if (type instanceof TypeRef.ListOf list && needs.needsValidation(list.items(), c.items())) {
                String index = depth == 0 ? "i" : "i" + (depth + 1);
                String item = depth == 0 ? "item" : "item" + (depth + 1);
                ViolationPointer itemPath = pointer.index(CodeBlock.of("$L", index));
                code.beginControlFlow("for (int $L = 0; $L < $L.size(); $L++)", index, index, value, index)
                        .addStatement("$T $L = $L.get($L)", names.typeName(list.items()), item, value, index)
                        .beginControlFlow("if ($L != null)", item)
                        .add(valueChecks(owner, property, list.items(), c.items(), item, itemPath, depth + 1))
                        .endControlFlow()
                        .endControlFlow();
            } else if (type instanceof TypeRef.MapOf map && needs.needsValidation(map.values(), c.items())) {
                String entry = depth == 0 ? "entry" : "entry" + (depth + 1);
                ViolationPointer entryPath = pointer.key(CodeBlock.of("$L.getKey()", entry));
                code.beginControlFlow("for ($T<$T, $T> $L : $L.entrySet())",
                                Map.Entry.class, String.class, names.typeName(map.values()), entry, value)
                        .beginControlFlow("if ($L.getValue() != null)", entry)
                        .add(valueChecks(owner, property, map.values(), c.items(), entry + ".getValue()", entryPath, depth + 1))
                        .endControlFlow()
                        .endControlFlow();
            }
            return code.build();
        }

        /** Checks a nested object with its own method, entered at its pointer (built only if it has a violation). */
        private CodeBlock delegate(ObjectType target, String value, ViolationPointer pointer) {
            CodeBlock call;
            if (target.name().topLevelName().equals(topLevel)) {
                addValidateMethod(target, !target.name().isNested());
                call = CodeBlock.of("$N($L, violations);\n", GeneratedNames.VALIDATE, value);
            } else {
                deprecation |= target.deprecated();
                ClassName validator = ClassName.get(names.packageName(), validatorNames.get(target.name().topLevelName()));
                call = CodeBlock.of("$T.$N($L, violations);\n", validator, GeneratedNames.VALIDATE, value);
            }
            return CodeBlock.builder().add(pointer.enter()).add(call).addStatement("violations.leave()").build();
        }

        private CodeBlock ruleCheck(ObjectType owner, Rule rule) {
            List<String> wire = rule.properties();
            Property first = owner.property(wire.get(0));
            CodeBlock path = ViolationPointer.ROOT.member(first.wireName()).code();
            CodeBlock.Builder code = CodeBlock.builder();
            String names = String.join(", ", wire);
            switch (rule.kind()) {
                case AT_LEAST_ONE_OF -> violationIf(code, setCount(owner, wire, "== 0"), path, rule.kind().specName(),
                        ruleMessage(rule, "set at least one of: " + names));
                case AT_MOST_ONE_OF -> violationIf(code, setCount(owner, wire, "> 1"), path, rule.kind().specName(),
                        ruleMessage(rule, "set at most one of: " + names));
                case ALL_OR_NONE -> violationIf(code, CodeBlock.of("$T.isPartlySet($L)", CHECKS, getters(owner, wire)), path, rule.kind().specName(),
                        ruleMessage(rule, "set all of " + names + ", or none of them"));
                case REQUIRED_WHEN -> violationIf(code,
                        CodeBlock.of("$L$W&& !$T.isSet(value.$L())", condition(owner, rule.when()), CHECKS, first.getterName()),
                        path, rule.kind().specName(),
                        ruleMessage(rule, "is required when " + describe(rule.when())));
                case FORBIDDEN_VALUE_WHEN -> {
                    String getter = "value." + first.getterName() + "()";
                    violationIf(code,
                            CodeBlock.of("$L$W&& $L$W&& $L", condition(owner, rule.when()), Presence.isSet(first, "value"), equalsLiteral(first.type(), getter, rule.value())),
                            path, rule.kind().specName(),
                            ruleMessage(rule, "must not be " + rule.value().toJson() + " when " + describe(rule.when())));
                }
                case DISJOINT_CIDRS -> {
                    for (int i = 0; i < wire.size(); i++) {
                        for (int j = i + 1; j < wire.size(); j++) {
                            Property a = owner.property(wire.get(i));
                            Property b = owner.property(wire.get(j));
                            String aBlock = cidrBlocks.get(a.wireName());
                            String bBlock = cidrBlocks.get(b.wireName());
                            CodeBlock overlap = aBlock != null && bBlock != null
                                    ? CodeBlock.of("$T.blocksOverlap($N, $N)", CHECKS, aBlock, bBlock)
                                    : CodeBlock.of("$T.cidrsOverlap(value.$L(), value.$L())", CHECKS, a.getterName(), b.getterName());
                            violationIf(code, overlap,
                                    ViolationPointer.ROOT.member(a.wireName()).code(), rule.kind().specName(),
                                    ruleMessage(rule, a.wireName() + " and " + b.wireName() + " must not overlap"));
                        }
                    }
                }
            }
            return code.build();
        }

        private CodeBlock setCount(ObjectType owner, List<String> wire, String test) {
            return CodeBlock.of("$T.countSet($L) $L", CHECKS, getters(owner, wire), test);
        }

        private CodeBlock getters(ObjectType owner, List<String> wire) {
            CodeBlock.Builder arguments = CodeBlock.builder();
            for (int i = 0; i < wire.size(); i++) {
                arguments.add(i == 0 ? "value.$L()" : ", value.$L()", owner.property(wire.get(i)).getterName());
            }
            return arguments.build();
        }

        /** Whether the rule's condition holds; an absent property is compared by its default. */
        private CodeBlock condition(ObjectType owner, Rule.Condition when) {
            Property property = owner.property(when.property());
            String getter = "value." + property.getterName() + "()";
            if (when.itemProperty() == null) {
                boolean byDefault = when.equals().equals(property.defaultValue());
                CodeBlock equals = equalsLiteral(property.type(), getter, when.equals());
                return byDefault
                        ? CodeBlock.of("($L$W|| $L)", Presence.isAbsent(property, "value"), equals)
                        : CodeBlock.of("($L$W&& $L)", Presence.isSet(property, "value"), equals);
            }
            TypeRef.Named itemType = (TypeRef.Named) ((TypeRef.ListOf) property.type()).items();
            Property itemProperty = types.object(itemType.name()).property(when.itemProperty());
            String helper = JavaNames.unique(
                    JavaNames.memberName(property.wireName() + " include " + when.itemProperty() + " " + when.equals().text()),
                    methodNames, false);
            String itemGetter = "item." + itemProperty.getterName() + "()";
            deprecation |= ValidatorGenerator.this.deprecation.namesDeprecated(itemType) || itemProperty.deprecated();
            spec.addMethod(MethodSpec.methodBuilder(helper)
                    .addJavadoc("Whether an item of $L has $L equal to $L.\n",
                            Javadocs.code(property.wireName()), Javadocs.code(when.itemProperty()), Javadocs.code(when.equals().toJson()))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(boolean.class)
                    .addParameter(names.typeName(property.type()), "items")
                    .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                    .addStatement("$T item = items.get(i)", names.typeName(itemType))
                    .beginControlFlow("if (item != null$W&& $L$W&& $L)", Presence.isSet(itemProperty, "item"), equalsLiteral(itemProperty.type(), itemGetter, when.equals()))
                    .addStatement("return true")
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("return false")
                    .build());
            return CodeBlock.of("$N($L)", helper, getter);
        }

        private String constant(ObjectType owner, Property property, String kind) {
            String stem = owner.name().isNested() ? owner.name().simpleName() + "_" + property.wireName() : property.wireName();
            return JavaNames.unique(JavaNames.constantName(stem) + "_" + kind, constantNames, false);
        }
    }

    private String enumValues(JavaName name) {
        List<String> values = new ArrayList<>();
        types.enumType(name).values().forEach(value -> values.add(value.wire()));
        if (values.size() > Splitting.MAX_ENUM_CONSTANTS) {
            // a message of thousands of values helps no one (and would be repeated in every check)
            return "the " + values.size() + " values of " + name.simpleName();
        }
        return String.join(", ", values);
    }

    /**
     * {@code value == literal} for a non-null value of the type. The model builder has checked that
     * the literal fits the type: a string for strings and enums, a boolean, a whole number for integers.
     */
    private static CodeBlock equalsLiteral(TypeRef type, String value, Literal literal) {
        if (type instanceof TypeRef.Named) {
            return CodeBlock.of("$L.equals($L.toString())", Literals.string(literal.text()), value);
        }
        TypeRef.Scalar.Kind kind = ((TypeRef.Scalar) type).kind();
        return switch (kind) {
            case STRING -> CodeBlock.of("$L.equals($L)", Literals.string(literal.text()), value);
            case BOOLEAN -> literal instanceof Literal.Bool bool && bool.value()
                    ? CodeBlock.of("$L.booleanValue()", value)
                    : CodeBlock.of("!$L.booleanValue()", value);
            case INT32 -> literal instanceof Literal.Decimal number && number.fitsIn(31)
                    ? CodeBlock.of("$L.intValue() == $L", value, number.javaInt())
                    : CodeBlock.of("false");
            case INT64 -> literal instanceof Literal.Decimal number && number.fitsIn(63)
                    ? CodeBlock.of("$L.longValue() == $L", value, number.javaLong())
                    : CodeBlock.of("false");
            case FLOAT, DOUBLE -> CodeBlock.of("$L.doubleValue() == $L", value, doubleLiteral(new BigDecimal(literal.text())));
        };
    }

    private static CodeBlock compare(TypeRef type, String value, String operator, BigDecimal bound) {
        TypeRef.Scalar.Kind kind = type instanceof TypeRef.Scalar scalar ? scalar.kind() : TypeRef.Scalar.Kind.DOUBLE;
        boolean integral = bound.stripTrailingZeros().scale() <= 0;
        boolean fitsLong = integral && bound.toBigInteger().bitLength() <= 63;
        if ((kind == TypeRef.Scalar.Kind.INT32 || kind == TypeRef.Scalar.Kind.INT64) && fitsLong) {
            return CodeBlock.of("$L.longValue() $L $LL", value, operator, bound.toBigInteger());
        }
        return CodeBlock.of("$L.doubleValue() $L $L", value, operator, doubleLiteral(bound));
    }

    /**
     * A double expression for a spec number: {@code 3}, {@code 3.0} and {@code 3.00} are all
     * {@code 3.0}, never {@code 3.0.0}; {@code 1e400} is infinity, which a literal cannot spell.
     */
    private static CodeBlock doubleLiteral(BigDecimal number) {
        double d = number.doubleValue();
        if (Double.isInfinite(d)) {
            return CodeBlock.of("$T.$L", Double.class, d > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        if (d == 0) {
            // 1e-400 rounds to zero; javac refuses a non-zero literal that does (too small).
            return CodeBlock.of("$L", number.signum() < 0 ? "-0.0" : "0.0");
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return CodeBlock.of("$L.0", stripped.toBigInteger());
        }
        return CodeBlock.of("$L", stripped.toPlainString());
    }

    private static void violationIf(CodeBlock.Builder code, CodeBlock test, CodeBlock path, String rule, CodeBlock message) {
        code.beginControlFlow("if ($L)", test)
                .addStatement("violations.add($L,$W$S,$W$L)", path, rule, message)
                .endControlFlow();
    }

    /** A message, followed by the quoted value unless the value is a secret ({@code got} is null). */
    private static CodeBlock message(String text, String got, String value, boolean secret) {
        if (got == null || secret) {
            return Literals.string(text);
        }
        return CodeBlock.of("$L$W+ $T.quote($L)", Literals.string(text + "; " + got), CHECKS, value);
    }

    private static String characters(int count) {
        return count == 1 ? "1 character" : count + " characters";
    }

    private static CodeBlock ruleMessage(Rule rule, String fallback) {
        return Literals.string(rule.message() != null ? rule.message() : fallback);
    }

    private static String describe(Rule.Condition when) {
        return when.itemProperty() == null
                ? when.property() + " is " + when.equals().toJson()
                : when.property() + " has an item whose " + when.itemProperty() + " is " + when.equals().toJson();
    }

    /**
     * {@code Set.of("1", "2")}; a long list is one string split when the class loads, as a static
     * initializer of thousands of elements passes the JVM's 64 KiB limit on a method's code.
     */
    private static CodeBlock allowedSet(List<String> values) {
        if (values.size() > MAX_LISTED_VALUES && values.stream().noneMatch(value -> value.indexOf('\0') >= 0)) {
            return CodeBlock.of("$T.of($L.split($S, -1))", Set.class, Literals.string(String.join("\0", values)), "\0");
        }
        return CodeBlock.of("$T.of($L)", Set.class, stringList(values));
    }

    private static CodeBlock stringList(List<String> values) {
        CodeBlock.Builder list = CodeBlock.builder();
        for (int i = 0; i < values.size(); i++) {
            list.add(i == 0 ? "$L" : ", $L", Literals.string(values.get(i)));
        }
        return list.build();
    }
}
