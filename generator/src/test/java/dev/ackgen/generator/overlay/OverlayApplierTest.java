package dev.ackgen.generator.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlay engine on small trees: update, append, remove, order, and its located problems. */
class OverlayApplierTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Pets
              version: '1'
              contact: {name: Ann}
            tags:
              - {name: Pets}
              - {name: old}
              - {name: old}
            paths:
              /pets:
                post: {operationId: CreatePet}
                get: {operationId: ListPets}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, maxLength: 20}
            """;

    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<SpecProblem> warnings = new ArrayList<>();

    private ObjectNode apply(boolean strict, OverlaySource... overlays) throws Exception {
        ObjectNode tree = (ObjectNode) YAML.readTree(SPEC);
        List<Overlay> parsed = new ArrayList<>();
        for (OverlaySource overlay : overlays) {
            parsed.add(Overlay.parse(overlay));
        }
        OverlayApplier applier = new OverlayApplier(parsed, strict);
        applier.apply(tree, SourceLocator.of("spec.yaml", SPEC));
        warnings.addAll(applier.warnings());
        return tree;
    }

    private ObjectNode apply(OverlaySource... overlays) throws Exception {
        return apply(false, overlays);
    }

    /** An Overlay 1.0.0 document with these actions (YAML list items, indented by two). */
    private static OverlaySource overlay(String name, String actions) {
        return new OverlaySource(name, "overlay: 1.0.0\ninfo: {title: local, version: '1'}\nactions:\n" + actions);
    }

    private static List<SpecProblem> problems(ThrowingRun run) {
        try {
            run.run();
        } catch (SpecException e) {
            return e.problems();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no SpecException");
    }

    @FunctionalInterface
    private interface ThrowingRun {
        void run() throws Exception;
    }

    @Test
    void anUpdateIsMergedIntoEachTargetObjectRecursivelyReplacingPrimitives() throws Exception {
        ObjectNode tree = apply(overlay("local.yaml", """
                  - target: $.info
                    update:
                      title: My pets
                      contact: {email: ann@example.com}
                      x-audience: internal
                  - target: $.paths['/pets'].*
                    update: {x-ackgen-tag: shelter}
                """));

        assertThat(tree.at("/info/title").asText()).isEqualTo("My pets");
        assertThat(tree.at("/info/version").asText()).isEqualTo("1");
        assertThat(tree.at("/info/contact/name").asText()).isEqualTo("Ann");
        assertThat(tree.at("/info/contact/email").asText()).isEqualTo("ann@example.com");
        assertThat(tree.at("/info/x-audience").asText()).isEqualTo("internal");
        assertThat(tree.at("/paths/~1pets/post/x-ackgen-tag").asText()).isEqualTo("shelter");
        assertThat(tree.at("/paths/~1pets/get/x-ackgen-tag").asText()).isEqualTo("shelter");
        assertThat(warnings).isEmpty();
    }

    @Test
    void anUpdateIsAppendedToATargetArrayAndArraysInAnObjectAreConcatenated() throws Exception {
        ObjectNode tree = apply(overlay("local.yaml", """
                  - target: $.tags
                    update: {name: Shelter}
                  - target: $.components.schemas.Pet.required
                    update: [kind, age]
                  - target: $.components.schemas.Pet
                    update: {required: [owner]}
                """));

        assertThat(tree.at("/tags").findValuesAsText("name")).containsExactly("Pets", "old", "old", "Shelter");
        assertThat(tree.at("/components/schemas/Pet/required").toString()).isEqualTo("[\"name\",\"kind\",\"age\",\"owner\"]");
    }

    @Test
    void removeTakesEachTargetOutOfTheObjectOrArrayThatHoldsIt() throws Exception {
        ObjectNode tree = apply(overlay("local.yaml", """
                  - target: $.paths['/pets'].get
                    remove: true
                  - target: $.tags[?(@.name == 'old')]
                    remove: true
                  - target: $.components.schemas.Pet.properties.name.maxLength
                    remove: true
                """));

        assertThat(tree.at("/paths/~1pets").fieldNames()).toIterable().containsExactly("post");
        assertThat(tree.at("/tags").findValuesAsText("name")).containsExactly("Pets");
        assertThat(tree.at("/components/schemas/Pet/properties/name").has("maxLength")).isFalse();
    }

    @Test
    void actionsApplyInOrderEachToTheTreeTheOnesBeforeItLeft() throws Exception {
        ObjectNode tree = apply(overlay("local.yaml", """
                  - target: $.components.schemas.Pet.properties.name
                    remove: true
                  - target: $.components.schemas.Pet.properties
                    update: {name: {type: integer}}
                  - target: $.components.schemas.Pet.properties.name
                    update: {minimum: 1}
                """));

        assertThat(tree.at("/components/schemas/Pet/properties/name").toString()).isEqualTo("{\"type\":\"integer\",\"minimum\":1}");
    }

    @Test
    void overlaysApplyInOrderALaterOneSeeingAnEarlierOnesChanges() throws Exception {
        ObjectNode tree = apply(
                overlay("first.yaml", """
                          - target: $.info
                            update: {title: First, x-added: {by: first}}
                        """),
                overlay("second.yaml", """
                          - target: $.info.x-added
                            update: {by: second}
                          - target: $.info
                            update: {title: Second}
                        """));

        assertThat(tree.at("/info/title").asText()).isEqualTo("Second");
        assertThat(tree.at("/info/x-added/by").asText()).isEqualTo("second");
    }

    @Test
    void aTargetThatSelectsNothingIsALocatedWarningAndTheOtherActionsStillApply() throws Exception {
        ObjectNode tree = apply(overlay("local.yaml", """
                  - target: $.paths['/cats'].post
                    update: {summary: meow}
                  - target: $.info
                    update: {title: Still}
                """));

        assertThat(tree.at("/info/title").asText()).isEqualTo("Still");
        assertThat(warnings).extracting(SpecProblem::toString)
                .containsExactly("local.yaml:4 at #/actions/0: target $.paths['/cats'].post: selects nothing, the action changes nothing");
    }

    @Test
    void whenStrictATargetThatSelectsNothingIsAnError() {
        List<SpecProblem> problems = problems(() -> apply(true, overlay("local.yaml", """
                  - target: $.info
                    update: {title: T}
                  - target: $..[?(@.operationId == 'DeletePet')]
                    remove: true
                """)));

        assertThat(problems).extracting(SpecProblem::toString).containsExactly(
                "local.yaml:6 at #/actions/1: target $..[?(@.operationId == 'DeletePet')]: selects nothing, the action changes nothing");
        assertThat(warnings).isEmpty();
    }

    @Test
    void anInvalidJsonPathIsAnErrorWithTheOverlayFileTheActionsLineAndIndex() {
        List<SpecProblem> problems = problems(() -> apply(overlay("overlays/local.yaml", """
                  - target: $.info
                    update: {title: T}
                  - description: a typo
                    target: $.paths['/pets'
                    remove: true
                  - target: info.title
                    remove: true
                """)));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).toString()).startsWith(
                "overlays/local.yaml:6 at #/actions/1: target $.paths['/pets': not a valid JSONPath: ");
        assertThat(problems.get(1).toString()).isEqualTo(
                "overlays/local.yaml:9 at #/actions/2: target info.title: not a valid JSONPath: it must start with $");
    }

    @Test
    void aDocumentThatIsNotAnOverlayIsALocatedErrorListingEveryProblem() {
        List<SpecProblem> missing = problems(() -> apply(new OverlaySource("o.yaml", "openapi: 3.0.3\ninfo: {title: T}\n")));
        assertThat(missing).extracting(SpecProblem::toString).containsExactly(
                "o.yaml:1: not an overlay: it has no overlay field (the Overlay Specification version, overlay: 1.0.0)",
                "o.yaml:2 at #/info: info.version must be a string",
                "o.yaml:1: unknown field openapi (an overlay has overlay, info, extends, actions and x- extensions)",
                "o.yaml:1: not an overlay: it has no actions");

        List<SpecProblem> types = problems(() -> apply(new OverlaySource("o.json", """
                {"overlay": 1.0, "info": {"title": "T", "version": "1"},
                 "actions": "remove everything"}""")));
        assertThat(types).extracting(SpecProblem::toString).containsExactly(
                "o.json:1 at #/overlay: overlay must be the Overlay Specification version 1.0.x or 1.1.x as a string, not a number",
                "o.json:2 at #/actions: actions must be a list of actions, not a string");

        List<SpecProblem> actions = problems(() -> apply(overlay("o.yaml", """
                  - target: $.info
                  - target: $.info
                    remove: yes please
                  - target: $.info
                    update: {}
                    copy: $.tags
                  - [not, an, action]
                """)));
        assertThat(actions).extracting(SpecProblem::toString).containsExactly(
                "o.yaml:4 at #/actions/0: target $.info: the action has neither an update nor remove: true",
                "o.yaml:5 at #/actions/1: target $.info: remove must be true or false, not a string",
                "o.yaml:5 at #/actions/1: target $.info: the action has neither an update nor remove: true",
                "o.yaml:7 at #/actions/2: target $.info: unknown field copy"
                        + " (an action has target, description, update, remove and x- extensions)",
                "o.yaml:10 at #/actions/3: an action must be an object with a target and an update or remove: true, not an array");
    }

    @Test
    void anUpdateOfTheWrongKindIsALocatedErrorNamingTheSelectedNode() {
        List<SpecProblem> problems = problems(() -> apply(overlay("local.yaml", """
                  - target: $.components.schemas.Pet
                    update: [nope]
                  - target: $.info.title
                    update: {text: x}
                  - target: $
                    remove: true
                """)));

        assertThat(problems).extracting(SpecProblem::toString).containsExactly(
                "local.yaml:4 at #/actions/0: target $.components.schemas.Pet: selects an object at #/components/schemas/Pet,"
                        + " so the update must be an object, not an array",
                "local.yaml:6 at #/actions/1: target $.info.title: selects a string at #/info/title;"
                        + " only objects and arrays can be updated (target the object that holds it)",
                "local.yaml:8 at #/actions/2: target $: the document itself cannot be removed");
    }

    @Test
    void keysWithQuotesAndSlashesAreFollowed() throws Exception {
        ObjectNode tree = apply(overlay("local.yaml", """
                  - target: $.info
                    update: {x-keys: {"it's": {a: 1}, "x']['y": {b: 2}}}
                  - target: $.info['x-keys'].*
                    update: {seen: true}
                  - target: $.paths.*.*
                    update: {seen: true}
                """));

        assertThat(tree.at("/info/x-keys/it's/seen").asBoolean()).isTrue();
        assertThat(tree.at("/info/x-keys/x']['y/seen").asBoolean()).isTrue();
        assertThat(tree.at("/paths/~1pets/get/seen").asBoolean()).isTrue();
    }

    @Test
    void anOverlay11CopyMergesTheOneNodeItSelects() throws Exception {
        ObjectNode tree = apply(new OverlaySource("copy.yaml", """
                overlay: 1.1.0
                info: {title: copy, version: '1'}
                actions:
                  - target: $.paths['/pets'].get
                    copy: $.info.contact
                """));

        assertThat(tree.at("/paths/~1pets/get/name").asText()).isEqualTo("Ann");
        assertThat(tree.at("/paths/~1pets/get/operationId").asText()).isEqualTo("ListPets");
    }
}
