package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.runtime.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Specs written to break the generator: every one must give code that compiles with
 * {@code -Xlint:all -Werror}, and each test also pins what the hostile feature turned into.
 */
class HostileSpecTest {

    // ------------------------------------------------------------------------------------ names

    @Test
    void propertyNamesThatAreKeywordsOrLiteralsGetValidJavaNames() throws Exception {
        Path spec = spec("""
                Kw:
                  type: object
                  required: [class]
                  properties:
                    class: {type: string, minLength: 1}
                    default: {type: string}
                    public: {type: string}
                    "true": {type: boolean}
                    "null": {type: string}
                    var: {type: string}
                    record: {type: string}
                    _: {type: string}
                """);
        ObjectType kw = object(GeneratorFixture.model(spec), "Kw");
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.keywords");
        GeneratorFixture.compileStrictly(files);

        assertThat(List.of("class", "default", "public", "true", "null", "var", "record"))
                .extracting(wire -> kw.property(wire).fieldName())
                .containsExactly("class_", "default_", "public_", "true_", "null_", "var_", "record_");
        for (Property property : kw.properties()) {
            assertThat(SourceVersion.isName(property.fieldName())).as(property.wireName()).isTrue();
            assertThat(SourceVersion.isName(property.getterName())).as(property.wireName()).isTrue();
        }
        assertThat(kw.property("class").getterName()).isEqualTo("getClass_");
        assertThat(kw.properties()).extracting(Property::fieldName).doesNotHaveDuplicates().doesNotContain("_");
        // the wire names are kept as they are
        String source = source(files, "Kw");
        assertThat(source).contains("case \"class\":", "case \"_\":", "TRUE = new SerializedString(\"true\")", "(generator, TRUE, this.true_)");
        assertThat(methodNames(nested(type(files, "Kw"), "Builder"))).contains("class_", "true_", "build");
    }

    @Test
    void propertyNamesThatCollideAfterCamelCasingAreNumberedInSpecOrder() throws Exception {
        Path spec = spec("""
                Clash:
                  type: object
                  properties:
                    foo_bar: {type: string}
                    fooBar: {type: integer}
                    foo-bar: {type: boolean}
                """);
        ObjectType clash = object(GeneratorFixture.model(spec), "Clash");
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.clash");
        GeneratorFixture.compileStrictly(files);

        assertThat(clash.properties()).extracting(Property::wireName, Property::fieldName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("foo_bar", "fooBar"),
                org.assertj.core.groups.Tuple.tuple("fooBar", "fooBar2"),
                org.assertj.core.groups.Tuple.tuple("foo-bar", "fooBar3"));
        assertThat(fieldNames(type(files, "Clash"))).startsWith("fooBar", "fooBar2", "fooBar3");
        assertThat(methodNames(type(files, "Clash"))).contains("getFooBar", "getFooBar2", "getFooBar3");
        String source = source(files, "Clash");
        assertThat(source).contains(
                "private final String fooBar;", "private final Long fooBar2;", "private final Boolean fooBar3;",
                "case \"foo-bar\":");
    }

    @Test
    void propertiesNamedLikeGeneratedMembersOrLocalVariablesDoNotBreakTheClass() throws Exception {
        Path spec = spec("""
                Members:
                  type: object
                  required: [build, value, path, i, item, violations]
                  properties:
                    build: {type: string, minLength: 1}
                    builder: {type: string}
                    toBuilder: {type: string}
                    additionalProperties: {type: string}
                    additionalProperty: {type: string}
                    value: {type: string, maxLength: 3}
                    path: {type: string, pattern: '^a'}
                    violations: {type: array, items: {type: string, minLength: 1}}
                    other: {type: string}
                    that: {type: string}
                    source: {type: string}
                    generator: {type: string}
                    parser: {type: string}
                    member: {type: string}
                    item:
                      type: array
                      items: {type: array, items: {type: string, minLength: 2}}
                    i:
                      type: array
                      items: {type: object, required: [x], properties: {x: {type: string}}}
                    entry: {type: object, additionalProperties: {type: object, required: [y], properties: {y: {type: string}}}}
                    found: {type: string}
                    e: {type: string}
                    hashCode: {type: string}
                    equals: {type: string}
                    toString: {type: string}
                    getClass: {type: string}
                    wait: {type: string}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.members");
        Compilation compilation = GeneratorFixture.compileStrictly(files);

        TypeSpec members = type(files, "Members");
        TypeSpec builder = nested(members, "Builder");
        // the generated API is intact ...
        MethodSpec build = method(builder, "build", 0);
        assertThat(build.returnType().toString()).isEqualTo("hostile.members.Members");
        assertThat(method(members, "builder", 0).modifiers()).contains(javax.lang.model.element.Modifier.STATIC);
        assertThat(method(members, "toBuilder", 0).returnType().toString()).isEqualTo("hostile.members.Members.Builder");
        assertThat(method(builder, "additionalProperty", 2).parameters()).extracting(ParameterSpec::name)
                .containsExactly("name", "value");
        assertThat(method(members, "getAdditionalProperties", 0).returnType().toString())
                .isEqualTo("java.util.Map<java.lang.String, com.fasterxml.jackson.databind.JsonNode>");
        // ... and the properties that wanted its names got others
        assertThat(fieldNames(members)).contains(
                "build2", "builder2", "toBuilder2", "additionalProperties2", "additionalProperty2", "value", "path",
                "violations", "other", "that", "source", "generator", "parser", "member", "item", "i", "additionalProperties");
        assertThat(method(builder, "build2", 1).returnType().toString()).isEqualTo("hostile.members.Members.Builder");
        assertThat(source(files, "MembersValidator")).contains("value.getPath()", "value.getValue()", "value.getI()");

        // the validator's own locals (value, path, violations, i, item, entry) do not hide the properties
        LoadedClasses loaded = new LoadedClasses(compilation);
        Object item = loaded.build("hostile.members.Members$IItem");
        Object entry = loaded.build("hostile.members.Members$EntryValue");
        Object instance = loaded.build("hostile.members.Members",
                "build2", "b", "value", "four", "path", "zzz", "violations", List.of(""), "item", List.of(List.of("ok", "x")),
                "i", List.of(item), "entry", java.util.Map.of("k/1", entry));
        assertThat(loaded.validate("hostile.members.MembersValidator", instance))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/value", "maxLength"),
                        org.assertj.core.groups.Tuple.tuple("/path", "pattern"),
                        org.assertj.core.groups.Tuple.tuple("/violations/0", "minLength"),
                        org.assertj.core.groups.Tuple.tuple("/item/0/1", "minLength"),
                        org.assertj.core.groups.Tuple.tuple("/i/0/x", "required"),
                        org.assertj.core.groups.Tuple.tuple("/entry/k~11/y", "required"));
    }

    @Test
    void schemaNamesThatClashWithJavaLangOrGeneratedNestedNamesGetASuffix() throws Exception {
        StringBuilder schemas = new StringBuilder();
        List<String> clashing = List.of(
                "Runtime", "String", "Object", "Builder", "Value", "JsonModelReaders", "List", "Map", "Override", "Generated",
                "Deprecated");
        for (String name : clashing) {
            schemas.append(name).append(": {type: object, required: [a], properties: {a: {type: string}}}\n");
        }
        schemas.append("Class: {type: string, enum: [x, y]}\n");
        schemas.append("RuntimeModel: {type: object, properties: {b: {type: string}}}\n");
        schemas.append("""
                Holder:
                  type: object
                  properties:
                    runtime: {$ref: '#/components/schemas/Runtime'}
                    string: {$ref: '#/components/schemas/String'}
                    object: {$ref: '#/components/schemas/Object'}
                    builder: {$ref: '#/components/schemas/Builder'}
                    value: {$ref: '#/components/schemas/Value'}
                    jsonModelReaders: {$ref: '#/components/schemas/JsonModelReaders'}
                    list: {type: array, items: {$ref: '#/components/schemas/List'}}
                    map: {type: object, additionalProperties: {$ref: '#/components/schemas/Map'}}
                    override: {$ref: '#/components/schemas/Override'}
                    generated: {$ref: '#/components/schemas/Generated'}
                    deprecated: {$ref: '#/components/schemas/Deprecated'}
                    class: {$ref: '#/components/schemas/Class'}
                    runtimeModel: {$ref: '#/components/schemas/RuntimeModel'}
                    plain: {type: string}
                """);
        Path spec = spec(schemas.toString());
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.schemas");
        GeneratorFixture.compileStrictly(files);

        assertThat(typeNames(files)).contains(
                "RuntimeModel", "StringModel", "ObjectModel", "BuilderModel", "ValueModel", "JsonModelReadersModel",
                "ListModel", "MapModel", "OverrideModel", "GeneratedModel", "DeprecatedModel", "ClassModel",
                "RuntimeModel2", "Holder", "HolderValidator");
        // JsonModelReaders is the package's own reader of models, and the schema of that name got a suffix
        assertThat(typeNames(files)).doesNotContainAnyElementsOf(clashing.stream().filter(name -> !name.equals("JsonModelReaders")).toList())
                .doesNotContain("Class").containsOnlyOnce("JsonModelReaders");
        assertThat(source(files, "JsonModelReaders")).contains("extends ModelReaders", "JsonModelReadersModel::readJson");
        String holder = source(files, "Holder");
        assertThat(holder).contains(
                "private final RuntimeModel runtime;", "private final StringModel string;",
                "private final List<ListModel> list;", "private final Map<String, MapModel> map;",
                "private final ClassModel class_;", "private final RuntimeModel2 runtimeModel;",
                "private final String plain;");
        // the generated code's own nested classes are still what Holder.Builder and friends mean
        assertThat(nestedNames(type(files, "BuilderModel"))).contains("Builder");
        assertThat(typeNames(files)).contains("JsonModelReaders");
    }

    @Test
    void oddSchemaAndPropertyNamesBecomeDistinctIdentifiers() throws Exception {
        Path spec = spec("""
                1st-thing:
                  type: object
                  properties:
                    2nd: {type: string}
                    3-d: {type: string}
                my-type.v2_name:
                  type: object
                  properties:
                    "a.b c-d": {type: string}
                    "with space": {type: string}
                    "集群": {type: string}
                    "节点": {type: string}
                    "配置": {type: object, properties: {x: {type: string}}}
                    "标签": {type: object, properties: {y: {type: string}}}
                Foo: {type: object, properties: {x: {type: string}}}
                FOO: {type: object, properties: {y: {type: string}}}
                foo: {type: object, properties: {z: {type: string}}}
                Ref:
                  type: object
                  properties:
                    a: {$ref: '#/components/schemas/Foo'}
                    b: {$ref: '#/components/schemas/FOO'}
                    c: {$ref: '#/components/schemas/foo'}
                    d: {$ref: '#/components/schemas/1st-thing'}
                    e: {$ref: '#/components/schemas/my-type.v2_name'}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.odd");
        GeneratorFixture.compileStrictly(files);

        List<String> names = typeNames(files);
        assertThat(names).contains("_1stThing", "MyTypeV2Name", "Foo", "Foo2", "Foo3", "Ref");
        assertThat(names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList()).doesNotHaveDuplicates();
        assertThat(fieldNames(type(files, "_1stThing"))).startsWith("_2nd", "_3D");
        assertThat(fieldNames(type(files, "Foo2"))).startsWith("y");
        assertThat(fieldNames(type(files, "Foo3"))).startsWith("z");
        TypeSpec odd = type(files, "MyTypeV2Name");
        List<String> oddFields = fieldNames(odd);
        assertThat(oddFields).hasSize(7).doesNotHaveDuplicates().startsWith("aBCD", "withSpace");
        assertThat(oddFields).allMatch(SourceVersion::isName);
        // two Chinese-only inline objects: two distinct nested classes
        assertThat(nestedNames(odd)).contains("Type", "Type2");
        assertThat(source(files, "MyTypeV2Name")).contains("case \"集群\":", "case \"with space\":", "{@code 配置}");
        assertThat(source(files, "Ref")).contains(
                "private final Foo a;", "private final Foo2 b;", "private final Foo3 c;", "private final _1stThing d;",
                "private final MyTypeV2Name e;");
    }

    // ------------------------------------------------------------------------------------- text

    @Test
    void hostileDescriptionsCannotBreakOutOfJavadoc() throws Exception {
        String spec = """
                openapi: 3.0.3
                info: {title: "t */", version: "1"}
                paths:
                  /docs:
                    post:
                      operationId: PostDoc
                      summary: 'closes */ the comment \\u000a'
                      parameters:
                        - name: q
                          in: query
                          description: 'param */ @param x \\uZZZZ'
                          schema: {type: string}
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Doc'}
                      responses: {"200": {description: ok}}
                components:
                  schemas:
                    Doc:
                      type: object
                      description: |
                        Ends a comment */ and opens /* one; @deprecated {@code x} <b>bold</b> & co.
                        Unicode \\u000a and \\uZZZZ and \\\\u0041 written literally.
                        JavaPoet formats $L $S $T $N $$ $ and a lone $.

                        A second paragraph.
                      properties:
                        single:
                          type: string
                          description: 'single */ quoted \\u000a\\uZZZZ $L'
                        crlf:
                          type: string
                          description: "line one\\r\\nline two\\ttabbed\\r\\n\\r\\nthird */ and\\u0007bell"
                        kind:
                          type: string
                          description: "*/"
                          enum: [a, b]
                          x-enum-descriptions:
                            a: "desc */ \\\\u000a @see"
                        secret:
                          type: string
                          format: password
                          description: "*/*/*/"
                """;
        Path file = GeneratorFixture.writeSpec("docs.yaml", spec);
        ObjectType doc = object(GeneratorFixture.model(file), "Doc");
        // the backslashes reached the generator as they are written
        assertThat(doc.property("single").description()).isEqualTo("single */ quoted \\u000a\\uZZZZ $L");
        assertThat(doc.description()).contains("\\u000a", "\\uZZZZ", "\\\\u0041");

        List<JavaFile> files = GeneratorFixture.generate(file, "hostile.docs");
        GeneratorFixture.compileStrictly(files);

        for (JavaFile javaFile : files) {
            String source = javaFile.toString();
            for (String line : source.split("\n", -1)) {
                if (line.contains("*/")) {
                    assertThat(line).as("a line of %s", javaFile.typeSpec().name()).matches("\\s*\\*/");
                }
            }
            assertThat(source).doesNotContain("\r").doesNotContain("\\uZZZZ").doesNotContain("@deprecated {");
        }
        String docSource = GeneratorFixture.unwrapped(source(files, "Doc"));
        assertThat(docSource).contains(
                // Markdown: the two asterisks are an emphasis; the HTML is text
                "Ends a comment <em>/ and opens /</em> one; &#64;deprecated {&#64;code x} &lt;b&gt;bold&lt;/b&gt; &amp; co.",
                "Unicode &#92;u000a and &#92;uZZZZ and &#92;u0041 written literally.",
                "JavaPoet formats $L $S $T $N $$ $ and a lone $.",
                "<p>A second paragraph.</p>",
                "single *&#47; quoted &#92;u000a&#92;uZZZZ $L",
                "line two\ttabbed",
                "&#7;bell",
                "desc *&#47; &#92;u000a &#64;see");
        assertThat(type(files, "Doc").annotations()).extracting(AnnotationSpec::toString).noneMatch(a -> a.contains("Deprecated"));
        assertThat(source(files, "PostDocRequest")).contains("closes *&#47; the comment &#92;u000a", "param *&#47; &#64;param x &#92;uZZZZ");
    }

    @Test
    void hostileWireNamesInJavadocCannotBreakOutOfIt() throws Exception {
        Path spec = spec("""
                Node:
                  type: object
                  properties:
                    'role*/x': {type: string}
                Names:
                  type: object
                  x-ackgen-rules:
                    - {rule: requiredWhen, property: name, when: {property: 'nodes*/', itemProperty: 'role*/x', equals: m}}
                  properties:
                    name: {type: string}
                    'a*/b': {type: array, items: {type: string}}
                    'tags\\uZZZZ': {type: array, items: {type: string}}
                    'nodes*/': {type: array, items: {$ref: '#/components/schemas/Node'}}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.wirenames");
        GeneratorFixture.compileStrictly(files);
        assertThat(source(files, "Names")).contains("case \"a*/b\":", "case \"tags\\\\uZZZZ\":");
    }

    // ------------------------------------------------------------------------------------ enums

    @Test
    void hostileEnumValuesGiveDistinctConstantsThatWork() throws Exception {
        Path spec = spec("""
                Hostile:
                  type: string
                  enum: [class, default, "", "1", "12", UNKNOWN, unknown, a, A, a, "true", "null", value, empty, "_", "-", "-1", "1.0"]
                Holder:
                  type: object
                  properties:
                    hostile: {$ref: '#/components/schemas/Hostile'}
                    inline: {type: string, enum: [x, X, "x ", UNKNOWN]}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.enums");
        Compilation compilation = GeneratorFixture.compileStrictly(files);

        TypeSpec hostile = type(files, "Hostile");
        List<String> constants = new ArrayList<>(nested(hostile, "Value").enumConstants().keySet());
        assertThat(constants).containsExactly(
                "CLASS", "DEFAULT", "EMPTY", "_1", "_12", "UNKNOWN2", "UNKNOWN3", "A", "A2", "TRUE", "NULL", "VALUE",
                "EMPTY2", "EMPTY3", "EMPTY4", "MINUS_1", "_1_0", "UNKNOWN");
        assertThat(nested(nested(type(files, "Holder"), "Inline"), "Value").enumConstants().keySet())
                .containsExactly("X", "X2", "X3", "UNKNOWN2", "UNKNOWN");

        LoadedClasses loaded = new LoadedClasses(compilation);
        Class<?> hostileClass = loaded.load("hostile.enums.Hostile");
        Object lowerA = loaded.call(hostileClass, "valueOf", "a");
        Object upperA = loaded.call(hostileClass, "valueOf", "A");
        assertThat(lowerA).isNotEqualTo(upperA).isSameAs(hostileClass.getField("A").get(null));
        assertThat(upperA).isSameAs(hostileClass.getField("A2").get(null));
        assertThat(loaded.call(hostileClass, "valueOf", "")).isSameAs(hostileClass.getField("EMPTY").get(null));
        Object documentedUnknown = loaded.call(hostileClass, "valueOf", "UNKNOWN");
        assertThat(loaded.call(documentedUnknown, "isKnown")).isEqualTo(true);
        assertThat(loaded.call(documentedUnknown, "get").toString()).isEqualTo("UNKNOWN2");
        Object undocumented = loaded.call(hostileClass, "valueOf", "zzz");
        assertThat(loaded.call(undocumented, "isKnown")).isEqualTo(false);
        assertThat(loaded.call(undocumented, "get").toString()).isEqualTo("UNKNOWN");
        assertThat(undocumented).hasToString("zzz");
        assertThat(loaded.call(hostileClass, "valueOf", "-1")).isSameAs(hostileClass.getField("MINUS_1").get(null));
        assertThat((List<?>) loaded.call(hostileClass, "values")).hasSize(17);
    }

    @Test
    void enumValueNamedValuesDoesNotCollideWithTheValuesField() throws Exception {
        Path spec = spec("""
                Listing:
                  type: string
                  enum: [keys, values, entries]
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.enumvalues");
        GeneratorFixture.compileStrictly(files);
        assertThat(nested(type(files, "Listing"), "Value").enumConstants()).hasSize(4);
    }

    // ------------------------------------------------------------------------------ deprecation

    @Test
    void deprecatedSchemasReferencedFromOtherSchemasLeakNoWarning() throws Exception {
        Path spec = spec("""
                Old:
                  type: object
                  deprecated: true
                  required: [id]
                  properties:
                    id: {type: string, minLength: 1}
                OldEnum:
                  type: string
                  deprecated: true
                  enum: [a, b]
                User:
                  type: object
                  required: [old]
                  properties:
                    old: {$ref: '#/components/schemas/Old'}
                    olds: {type: array, items: {$ref: '#/components/schemas/Old'}}
                    oldMap: {type: object, additionalProperties: {$ref: '#/components/schemas/Old'}}
                    kind: {$ref: '#/components/schemas/OldEnum'}
                    legacy: {type: string, deprecated: true, maxLength: 3}
                    nested:
                      type: object
                      properties:
                        old: {$ref: '#/components/schemas/Old'}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.deprecated");
        GeneratorFixture.compileStrictly(files);

        assertThat(annotationTexts(type(files, "Old"))).anyMatch(a -> a.contains("Deprecated"));
        assertThat(annotationTexts(type(files, "OldEnum"))).anyMatch(a -> a.contains("Deprecated"));
        assertThat(annotationTexts(type(files, "User")))
                .noneMatch(a -> a.contains("Deprecated"))
                .anyMatch(a -> a.contains("SuppressWarnings") && a.contains("deprecation"));
        assertThat(annotationTexts(type(files, "UserValidator"))).anyMatch(a -> a.contains("deprecation"));
        assertThat(source(files, "UserValidator")).contains("OldValidator.validate(");
        assertThat(annotationTexts(method(type(files, "User"), "getLegacy", 0))).anyMatch(a -> a.contains("Deprecated"));
    }

    @Test
    void arraysAndMapsOfDeprecatedEnumsLeakNoWarning() throws Exception {
        Path spec = spec("""
                OldEnum:
                  type: string
                  deprecated: true
                  enum: [a, b]
                User:
                  type: object
                  properties:
                    kinds: {type: array, items: {$ref: '#/components/schemas/OldEnum'}}
                    kindMap: {type: object, additionalProperties: {$ref: '#/components/schemas/OldEnum'}}
                    inline: {type: array, items: {type: string, enum: [x], deprecated: true}}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.deprecatedenums");
        GeneratorFixture.compileStrictly(files);
        assertThat(typeNames(files)).contains("UserValidator");
    }

    @Test
    void itemPropertyConditionOnDeprecatedItemsLeaksNoWarning() throws Exception {
        Path spec = spec("""
                Node:
                  type: object
                  deprecated: true
                  properties:
                    role: {type: string}
                    legacy: {type: string, deprecated: true}
                Cluster:
                  type: object
                  x-ackgen-rules:
                    - {rule: requiredWhen, property: name, when: {property: nodes, itemProperty: role, equals: master}}
                    - {rule: requiredWhen, property: name, when: {property: nodes, itemProperty: legacy, equals: x}}
                  properties:
                    name: {type: string}
                    nodes: {type: array, items: {$ref: '#/components/schemas/Node'}}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.deprecateditems");
        GeneratorFixture.compileStrictly(files);
        assertThat(typeNames(files)).contains("ClusterValidator");
    }

    // -------------------------------------------------------------------------------- structure

    @Test
    void nestedArraysMapsFreeFormAllOfAndOneOfCompile() throws Exception {
        Path spec = spec("""
                Base: {type: object, required: [id], properties: {id: {type: string, minLength: 1}}}
                Extra: {type: object, properties: {note: {type: string}}}
                Tree:
                  type: object
                  properties:
                    levels:
                      type: array
                      items:
                        type: object
                        properties:
                          children:
                            type: array
                            items:
                              type: object
                              properties:
                                leaves:
                                  type: array
                                  items:
                                    type: object
                                    required: [name]
                                    properties:
                                      name: {type: string, maxLength: 5}
                    matrix:
                      type: array
                      items: {type: array, items: {type: string, minLength: 1}}
                    byName:
                      type: object
                      additionalProperties:
                        type: object
                        properties:
                          size: {type: integer, minimum: 1}
                    anything: {type: object}
                    loose: {type: object, additionalProperties: true}
                    untyped: {}
                    wrapped:
                      description: a described ref
                      allOf: [{$ref: '#/components/schemas/Base'}]
                    merged:
                      allOf:
                        - {$ref: '#/components/schemas/Base'}
                        - {$ref: '#/components/schemas/Extra'}
                        - {type: object, properties: {own: {type: boolean}}}
                    either:
                      oneOf:
                        - {$ref: '#/components/schemas/Base'}
                        - {type: string}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.nested");
        Compilation compilation = GeneratorFixture.compileStrictly(files);

        TypeSpec tree = type(files, "Tree");
        assertThat(fieldTypes(tree)).contains(
                "levels=java.util.List<hostile.nested.Tree.Level>",
                "matrix=java.util.List<java.util.List<java.lang.String>>",
                "byName=java.util.Map<java.lang.String, hostile.nested.Tree.ByNameValue>",
                "anything=com.fasterxml.jackson.databind.JsonNode",
                "loose=com.fasterxml.jackson.databind.JsonNode",
                "untyped=com.fasterxml.jackson.databind.JsonNode",
                "wrapped=hostile.nested.Base",
                "merged=hostile.nested.Tree.Merged",
                "either=com.fasterxml.jackson.databind.JsonNode");
        TypeSpec leaf = nested(nested(nested(tree, "Level"), "ChildrenItem"), "Leave");
        assertThat(fieldNames(leaf)).startsWith("name");
        assertThat(fieldNames(nested(tree, "Merged"))).startsWith("id", "note", "own");
        String validator = source(files, "TreeValidator");
        assertThat(validator).contains("validate(Tree.Level.ChildrenItem.Leave value", "BaseValidator.validate(value.getWrapped()");

        // three levels down, the pointer of a violation is exact
        LoadedClasses loaded = new LoadedClasses(compilation);
        Object leafValue = loaded.build("hostile.nested.Tree$Level$ChildrenItem$Leave", "name", "toolong");
        Object child = loaded.build("hostile.nested.Tree$Level$ChildrenItem", "leaves", List.of(leafValue));
        Object level = loaded.build("hostile.nested.Tree$Level", "children", List.of(child));
        Object treeValue = loaded.build("hostile.nested.Tree", "levels", List.of(level), "matrix", List.of(List.of("ok", "")));
        assertThat(loaded.validate("hostile.nested.TreeValidator", treeValue))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/levels/0/children/0/leaves/0/name", "maxLength"),
                        org.assertj.core.groups.Tuple.tuple("/matrix/0/1", "minLength"));
    }

    @Test
    void constraintsOnMapValuesAndAliasedItemsAreValidated() throws Exception {
        Path spec = spec("""
                Short: {type: string, maxLength: 3}
                Holder:
                  type: object
                  properties:
                    labels: {type: object, additionalProperties: {type: string, minLength: 1}}
                    shorts: {type: array, items: {$ref: '#/components/schemas/Short'}}
                    short: {$ref: '#/components/schemas/Short'}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.mapconstraints");
        LoadedClasses loaded = new LoadedClasses(GeneratorFixture.compileStrictly(files));
        Object holder = loaded.build("hostile.mapconstraints.Holder",
                "labels", java.util.Map.of("k", ""), "shorts", List.of("toolong"), "short_", "toolong");
        assertThat(loaded.validate("hostile.mapconstraints.HolderValidator", holder))
                .extracting(Violation::path, Violation::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/labels/k", "minLength"),
                        org.assertj.core.groups.Tuple.tuple("/shorts/0", "maxLength"),
                        org.assertj.core.groups.Tuple.tuple("/short", "maxLength"));
    }

    // -------------------------------------------------------------------------------- constraints

    @Test
    void numericEnumsExclusiveBoundsHostilePatternsAndUniqueItemsCompileAndWork() throws Exception {
        Path spec = spec("""
                Num:
                  type: object
                  properties:
                    level: {type: integer, format: int32, enum: [1, 2, 3]}
                    big: {type: integer, format: int64, enum: [10000000000, -1]}
                    score: {type: number, format: float, minimum: 0, exclusiveMinimum: true, maximum: 1.5, exclusiveMaximum: true}
                    count: {type: integer, minimum: 1, exclusiveMinimum: true, maximum: 100, exclusiveMaximum: true}
                    code: {type: string, pattern: '^[a-z]+\\d"$'}
                    quoted: {type: string, pattern: "^\\\\w+'\\"\\\\\\\\$"}
                    tags: {type: array, uniqueItems: true, items: {type: string}}
                """);
        ObjectType num = object(GeneratorFixture.model(spec), "Num");
        assertThat(num.property("code").constraints().pattern()).isEqualTo("^[a-z]+\\d\"$");
        assertThat(num.property("quoted").constraints().pattern()).isEqualTo("^\\w+'\"\\\\$");

        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.numbers");
        Compilation compilation = GeneratorFixture.compileStrictly(files);
        String validator = source(files, "NumValidator");
        assertThat(validator).contains(
                "Pattern.compile(\"^[a-z]+\\\\d\\\"$\")",
                "Pattern.compile(\"^\\\\w+'\\\"\\\\\\\\$\")",
                "Set.of(\"1\", \"2\", \"3\")",
                "value.getCount().longValue() <= 1L",
                "value.getCount().longValue() >= 100L",
                "value.getScore().doubleValue() <= 0.0",
                "value.getScore().doubleValue() >= 1.5",
                "Checks.hasDuplicates(value.getTags())");
        assertThat(fieldTypes(type(files, "Num"))).contains(
                "level=java.lang.Integer", "big=java.lang.Long", "score=java.lang.Float", "count=java.lang.Long");

        LoadedClasses loaded = new LoadedClasses(compilation);
        Object valid = loaded.build("hostile.numbers.Num",
                "level", 2, "big", 10_000_000_000L, "score", 0.5f, "count", 2L, "code", "abc7\"", "quoted", "w'\"\\",
                "tags", List.of("a", "b"));
        assertThat(loaded.validate("hostile.numbers.NumValidator", valid)).isEmpty();
        Object invalid = loaded.build("hostile.numbers.Num",
                "level", 4, "big", 1L, "score", 1.5f, "count", 1L, "code", "abc\\d\"", "quoted", "w'\"", "tags", List.of("a", "a"));
        assertThat(loaded.validate("hostile.numbers.NumValidator", invalid))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/level", "enum"),
                        org.assertj.core.groups.Tuple.tuple("/big", "enum"),
                        org.assertj.core.groups.Tuple.tuple("/score", "exclusiveMaximum"),
                        org.assertj.core.groups.Tuple.tuple("/count", "exclusiveMinimum"),
                        org.assertj.core.groups.Tuple.tuple("/code", "pattern"),
                        org.assertj.core.groups.Tuple.tuple("/quoted", "pattern"),
                        org.assertj.core.groups.Tuple.tuple("/tags", "uniqueItems"));
    }

    @Test
    void repeatedIntegerEnumValuesDoNotBreakTheValidator() throws Exception {
        Path spec = spec("""
                Num:
                  type: object
                  properties:
                    n: {type: integer, enum: [1, 1, 2]}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.dupenum");
        LoadedClasses loaded = new LoadedClasses(GeneratorFixture.compileStrictly(files));
        Object value = loaded.build("hostile.dupenum.Num", "n", 2L);
        assertThatCode(() -> loaded.validate("hostile.dupenum.NumValidator", value)).doesNotThrowAnyException();
    }

    @Test
    void numberEnumAcceptsItsIntegralValues() throws Exception {
        Path spec = spec("""
                Num:
                  type: object
                  properties:
                    ratio: {type: number, enum: [1, 2.5]}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.numberenum");
        LoadedClasses loaded = new LoadedClasses(GeneratorFixture.compileStrictly(files));
        assertThat(loaded.validate("hostile.numberenum.NumValidator", loaded.build("hostile.numberenum.Num", "ratio", 2.5)))
                .isEmpty();
        assertThat(loaded.validate("hostile.numberenum.NumValidator", loaded.build("hostile.numberenum.Num", "ratio", 1.0)))
                .isEmpty();
    }

    @Test
    void integerBoundsBeyondTheLongRangeCompile() throws Exception {
        Path spec = spec("""
                Big:
                  type: object
                  properties:
                    n: {type: integer, format: int64, minimum: -100000000000000000000, maximum: 100000000000000000000}
                """);
        GeneratorFixture.compileStrictly(GeneratorFixture.generate(spec, "hostile.bigbounds"));
    }

    // -------------------------------------------------------------------------------- operations

    @Test
    void operationWithPathQueryHeaderJsonQueryAndInlineBodyParameters() throws Exception {
        Path spec = spec("""
                /clusters/{cluster_id}/nodes/:
                  parameters:
                    - {name: cluster_id, in: path, required: true, schema: {type: string, pattern: '^c[a-z0-9]+$'}}
                  post:
                    operationId: add-nodes
                    parameters:
                      - {name: dry-run, in: query, schema: {type: boolean, default: false}}
                      - {name: X-Request-Id, in: header, required: true, schema: {type: string, maxLength: 64}}
                      - name: filter
                        in: query
                        content:
                          application/json:
                            schema: {type: object, properties: {zone: {type: string}}}
                    requestBody:
                      required: true
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [count]
                            properties:
                              count: {type: integer, format: int32, minimum: 0}
                              cluster_id: {type: string}
                              labels: {type: array, items: {type: string}}
                    responses:
                      "200":
                        description: ok
                        content:
                          application/json:
                            schema: {type: object, properties: {task_id: {type: string}}}
                      default:
                        description: failed
                        content:
                          application/json:
                            schema: {type: object, properties: {code: {type: string}}}
                """, """
                Unused: {type: object, properties: {a: {type: string}}}
                """);
        ApiModel model = GeneratorFixture.model(spec);
        assertThat(model.operations()).hasSize(1);
        Operation operation = model.operations().get(0);
        assertThat(operation.path()).isEqualTo("/clusters/{cluster_id}/nodes/");
        assertThat(operation.method()).isEqualTo("POST");
        assertThat(operation.request().name().toString()).isEqualTo("AddNodesRequest");
        assertThat(operation.request().properties())
                .extracting(Property::wireName, Property::fieldName, Property::location, Property::jsonEncoded, Property::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cluster_id", "clusterId", Property.Location.PATH, false, true),
                        org.assertj.core.groups.Tuple.tuple("dry-run", "dryRun", Property.Location.QUERY, false, false),
                        org.assertj.core.groups.Tuple.tuple("X-Request-Id", "xRequestId", Property.Location.HEADER, false, true),
                        org.assertj.core.groups.Tuple.tuple("filter", "filter", Property.Location.QUERY, true, false),
                        org.assertj.core.groups.Tuple.tuple("count", "count", Property.Location.BODY, false, true),
                        org.assertj.core.groups.Tuple.tuple("cluster_id", "clusterId2", Property.Location.BODY, false, false),
                        org.assertj.core.groups.Tuple.tuple("labels", "labels", Property.Location.BODY, false, false));

        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.operation");
        Compilation compilation = GeneratorFixture.compileStrictly(files);
        assertThat(typeNames(files)).contains(
                "AddNodesRequest", "AddNodesResponse", "AddNodesError", "AddNodesRequestValidator", "Unused");
        String request = source(files, "AddNodesRequest");
        // only body members travel in the JSON body
        TypeSpec requestType = type(files, "AddNodesRequest");
        String write = method(requestType, "writeJson", 1).code().toString();
        assertThat(write).contains("COUNT, this.count", "CLUSTER_ID, this.clusterId2", "LABELS")
                .doesNotContain("dryRun", "xRequestId", "filter");
        // a constant per body member's name, and none for the others
        assertThat(requestType.fieldSpecs().stream().filter(field -> field.modifiers().contains(Modifier.STATIC)).map(FieldSpec::name))
                .containsExactly("COUNT", "CLUSTER_ID", "LABELS");
        assertThat(request).contains("COUNT = new SerializedString(\"count\")", "CLUSTER_ID = new SerializedString(\"cluster_id\")",
                "LABELS = new SerializedString(\"labels\")");
        assertThat(request).contains("Path parameter {@code cluster_id}", "Header {@code X-Request-Id}");
        assertThat(nestedNames(type(files, "AddNodesRequest"))).contains("Filter");

        LoadedClasses loaded = new LoadedClasses(compilation);
        Object invalid = loaded.build("hostile.operation.AddNodesRequest", "xRequestId", "x".repeat(65), "count", -1, "clusterId2", "c");
        assertThat(loaded.validate("hostile.operation.AddNodesRequestValidator", invalid))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/cluster_id", "required"),
                        org.assertj.core.groups.Tuple.tuple("/X-Request-Id", "maxLength"),
                        org.assertj.core.groups.Tuple.tuple("/count", "minimum"));
    }

    @Test
    void everyRuleKindOnAnInlineRequestBodyCompilesAndWorks() throws Exception {
        Path spec = spec("""
                /clusters:
                  post:
                    operationId: CreateThing
                    requestBody:
                      required: true
                      content:
                        application/json:
                          schema:
                            type: object
                            x-ackgen-rules:
                              - {rule: atLeastOneOf, properties: [count, names]}
                              - {rule: atMostOneOf, properties: [key_pair, login_password], message: "pick one, $L $S \\\\u000a */"}
                              - {rule: allOrNone, properties: [vswitch, zone]}
                              - {rule: requiredWhen, property: key_pair, when: {property: secure, equals: true}}
                              - {rule: requiredWhen, property: names, when: {property: nodes, itemProperty: role, equals: master}}
                              - {rule: forbiddenValueWhen, property: secure, value: false, when: {property: profile, equals: Edge}}
                              - {rule: forbiddenValueWhen, property: os, value: Windows, when: {property: count, equals: 3}}
                              - {rule: forbiddenValueWhen, property: count, value: 0, when: {property: os, equals: Linux}}
                              - {rule: forbiddenValueWhen, property: profile, value: Edge, when: {property: secure, equals: false}}
                              - {rule: disjointCidrs, properties: [pod_cidr, service_cidr, node_cidr]}
                            properties:
                              count: {type: integer, format: int32}
                              names: {type: array, items: {type: string}}
                              key_pair: {type: string}
                              login_password: {type: string, format: password}
                              vswitch: {type: string}
                              zone: {type: string}
                              secure: {type: boolean, default: true}
                              os: {type: string}
                              profile: {type: string, enum: [Default, Edge]}
                              pod_cidr: {type: string, format: cidr}
                              service_cidr: {type: string, format: cidr}
                              node_cidr: {type: string}
                              nodes:
                                type: array
                                items:
                                  type: object
                                  properties:
                                    role: {type: string, enum: [master, worker]}
                    responses: {"200": {description: ok}}
                """, "Unused: {type: object, properties: {a: {type: string}}}\n");
        ApiModel model = GeneratorFixture.model(spec);
        assertThat(model.operations().get(0).request().rules()).extracting(rule -> rule.kind().specName()).containsExactly(
                "atLeastOneOf", "atMostOneOf", "allOrNone", "requiredWhen", "requiredWhen", "forbiddenValueWhen",
                "forbiddenValueWhen", "forbiddenValueWhen", "forbiddenValueWhen", "disjointCidrs");

        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.rules");
        Compilation compilation = GeneratorFixture.compileStrictly(files);
        String validator = source(files, "CreateThingRequestValidator");
        assertThat(validator).contains(
                "\"atLeastOneOf\"", "\"atMostOneOf\"", "\"allOrNone\"", "\"requiredWhen\"", "\"forbiddenValueWhen\"",
                "\"disjointCidrs\"", "nodesIncludeRoleMaster(value.getNodes())", "\"pick one, $L $S \\\\u000a */\"");

        LoadedClasses loaded = new LoadedClasses(compilation);
        String request = "hostile.rules.CreateThingRequest";
        String validatorName = "hostile.rules.CreateThingRequestValidator";
        Object master = loaded.build(request + "$Node", "role", loaded.call(loaded.load(request + "$Node$Role"), "valueOf", "master"));
        Object edge = loaded.call(loaded.load(request + "$Profile"), "valueOf", "Edge");
        Object valid = loaded.build(request, "count", 1, "keyPair", "k", "names", List.of("n"), "nodes", List.of(master));
        assertThat(loaded.validate(validatorName, valid)).isEmpty();

        Object invalid = loaded.build(request,
                "loginPassword", "secret", "keyPair", "k", "vswitch", "vsw", "secure", false, "profile", edge,
                "os", "Linux", "count", 0, "nodes", List.of(master),
                "podCidr", "10.0.0.0/8", "serviceCidr", "10.1.0.0/16", "nodeCidr", "192.168.0.0/16");
        assertThat(loaded.validate(validatorName, invalid))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/key_pair", "atMostOneOf"),
                        org.assertj.core.groups.Tuple.tuple("/vswitch", "allOrNone"),
                        org.assertj.core.groups.Tuple.tuple("/names", "requiredWhen"),
                        org.assertj.core.groups.Tuple.tuple("/secure", "forbiddenValueWhen"),
                        org.assertj.core.groups.Tuple.tuple("/count", "forbiddenValueWhen"),
                        org.assertj.core.groups.Tuple.tuple("/profile", "forbiddenValueWhen"),
                        org.assertj.core.groups.Tuple.tuple("/pod_cidr", "disjointCidrs"));
        // secure is absent: its default (true) makes key_pair required
        Object byDefault = loaded.build(request, "count", 1);
        assertThat(loaded.validate(validatorName, byDefault))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/key_pair", "requiredWhen"));
    }

    // ---------------------------------------------------------------------------------- helpers

    private static final String SPEC_HEAD = """
            openapi: 3.0.3
            info:
              title: hostile
              version: "1"
            """;

    /** A full spec whose components/schemas are the fragment (written at column 0). */
    private static Path spec(String schemas) {
        return GeneratorFixture.writeSpec("hostile.yaml", SPEC_HEAD + "paths: {}\ncomponents:\n  schemas:\n" + schemas.indent(4));
    }

    /** A full spec with these paths and components/schemas (both fragments written at column 0). */
    private static Path spec(String paths, String schemas) {
        return GeneratorFixture.writeSpec("hostile.yaml",
                SPEC_HEAD + "paths:\n" + paths.indent(2) + "components:\n  schemas:\n" + schemas.indent(4));
    }

    private static ObjectType object(ApiModel model, String name) {
        for (ModelType type : model.types()) {
            if (type instanceof ObjectType object && object.name().toString().equals(name)) {
                return object;
            }
        }
        throw new AssertionError("no object type " + name + " in " + model.types().stream().map(t -> t.name().toString()).toList());
    }

    private static List<String> typeNames(List<JavaFile> files) {
        return files.stream().map(file -> file.typeSpec().name()).toList();
    }

    private static JavaFile file(List<JavaFile> files, String name) {
        return files.stream()
                .filter(file -> file.typeSpec().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no file " + name + " in " + typeNames(files)));
    }

    private static TypeSpec type(List<JavaFile> files, String name) {
        return file(files, name).typeSpec();
    }

    private static String source(List<JavaFile> files, String name) {
        return file(files, name).toString();
    }

    private static TypeSpec nested(TypeSpec type, String name) {
        return type.typeSpecs().stream()
                .filter(nested -> name.equals(nested.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no nested type " + name + " in " + type.name() + ": " + nestedNames(type)));
    }

    private static List<String> nestedNames(TypeSpec type) {
        return type.typeSpecs().stream().map(TypeSpec::name).toList();
    }

    /** The instance fields: the model's values, without the constants of its JSON member names. */
    private static List<String> fieldNames(TypeSpec type) {
        return type.fieldSpecs().stream().filter(field -> !field.modifiers().contains(Modifier.STATIC)).map(FieldSpec::name).toList();
    }

    private static List<String> fieldTypes(TypeSpec type) {
        return type.fieldSpecs().stream().map(field -> field.name() + "=" + field.type()).toList();
    }

    private static List<String> methodNames(TypeSpec type) {
        return type.methodSpecs().stream().map(MethodSpec::name).toList();
    }

    private static MethodSpec method(TypeSpec type, String name, int parameterCount) {
        return type.methodSpecs().stream()
                .filter(method -> method.name().equals(name) && method.parameters().size() == parameterCount)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name + "/" + parameterCount + " in " + type.name()));
    }

    private static List<String> annotationTexts(TypeSpec type) {
        return type.annotations().stream().map(AnnotationSpec::toString).toList();
    }

    private static List<String> annotationTexts(MethodSpec method) {
        return method.annotations().stream().map(AnnotationSpec::toString).toList();
    }
}
