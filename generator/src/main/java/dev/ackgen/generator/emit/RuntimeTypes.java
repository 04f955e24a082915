package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * Every class of ackgen-runtime that generated code names, in one place, and the static members
 * it calls on them by name. The generator does not depend on the runtime (generated code does),
 * so these names are text: {@code RuntimeTypesTest} loads each from the runtime jar, so that a
 * renamed runtime class or method fails a unit test rather than only a golden file or a user's build.
 */
public final class RuntimeTypes {
    private static final String CLIENT = "dev.ackgen.runtime.client";
    private static final String JSON = "dev.ackgen.runtime.json";
    private static final String MODEL = "dev.ackgen.runtime.model";
    private static final String VALIDATION = "dev.ackgen.runtime.validation";

    // client: what a client interface and implementation are built on
    public static final ClassName API_CALL = ClassName.get(CLIENT, "ApiCall");
    public static final ClassName API_CALL_BUILDER = API_CALL.nestedClass("Builder");
    public static final ClassName CLIENT_BUILDER = ClassName.get(CLIENT, "ClientBuilder");
    public static final ClassName CLIENT_RUNTIME = ClassName.get(CLIENT, "ClientRuntime");
    public static final ClassName ACK_SERVICE_EXCEPTION = ClassName.get(CLIENT, "AckServiceException");
    public static final ClassName ACK_CLIENT_EXCEPTION = ClassName.get(CLIENT, "AckClientException");
    public static final ClassName PAGES = ClassName.get(CLIENT, "Pages");

    // json: what the models' JSON writers and readers call
    public static final ClassName ISO_VALUES = ClassName.get(JSON, "IsoValues");
    public static final ClassName JSON_READING = ClassName.get(JSON, "JsonReading");
    public static final ClassName JSON_WRITING = ClassName.get(JSON, "JsonWriting");
    public static final ClassName JSON_READ_EXCEPTION = ClassName.get(JSON, "JsonReadException");
    public static final ClassName JSON_WRITABLE = ClassName.get(JSON, "JsonWritable");
    public static final ClassName MODEL_READERS = ClassName.get(JSON, "ModelReaders");
    public static final ClassName VALUE_READER = JSON_READING.nestedClass("ValueReader");

    // model: what every model's constructor, accessors and toString share
    public static final ClassName MODEL_FIELDS = ClassName.get(MODEL, "ModelFields");
    public static final ClassName MODEL_TEXT = ClassName.get(MODEL, "ModelText");

    // validation: what validators call and report with
    public static final ClassName VIOLATION = ClassName.get(VALIDATION, "Violation");
    public static final ClassName VIOLATIONS = ClassName.get(VALIDATION, "Violations");
    public static final ClassName VALIDATION_EXCEPTION = ClassName.get(VALIDATION, "ValidationException");
    public static final ClassName CHECKS = ClassName.get(VALIDATION, "Checks");
    public static final ClassName TEXT_PATTERN = ClassName.get(VALIDATION, "TextPattern");

    /** A static method or constant of a runtime class that generated code names. */
    public record Member(ClassName owner, String name) {}

    private RuntimeTypes() {}

    /** Every runtime class above. */
    public static List<ClassName> all() {
        return List.of(API_CALL, API_CALL_BUILDER, CLIENT_BUILDER, CLIENT_RUNTIME, ACK_SERVICE_EXCEPTION, ACK_CLIENT_EXCEPTION, PAGES,
                ISO_VALUES, JSON_READING, JSON_WRITING, JSON_READ_EXCEPTION, JSON_WRITABLE, MODEL_READERS, VALUE_READER,
                MODEL_FIELDS, MODEL_TEXT,
                VIOLATION, VIOLATIONS, VALIDATION_EXCEPTION, CHECKS, TEXT_PATTERN);
    }

    /**
     * The static members the emitters write into generated code by name (in format strings, not
     * as {@link ClassName}s): a new call belongs here, so that the test checks it too.
     */
    public static List<Member> members() {
        return List.of(
                new Member(API_CALL, "builder"), new Member(API_CALL, "noContent"),
                new Member(PAGES, "numbered"), new Member(PAGES, "parse"),
                new Member(ISO_VALUES, "readOffsetDateTime"), new Member(ISO_VALUES, "readInstant"),
                new Member(ISO_VALUES, "readLocalDate"), new Member(ISO_VALUES, "readLocalDateTime"),
                new Member(ISO_VALUES, "readUuid"), new Member(ISO_VALUES, "write"), new Member(ISO_VALUES, "text"),
                new Member(JSON_READING, "expectObject"), new Member(JSON_READING, "readTree"),
                new Member(JSON_READING, "readString"), new Member(JSON_READING, "readBoolean"),
                new Member(JSON_READING, "readInt"), new Member(JSON_READING, "readLong"),
                new Member(JSON_READING, "readFloat"), new Member(JSON_READING, "readDouble"),
                new Member(JSON_READING, "readEnum"), new Member(JSON_READING, "readList"),
                new Member(JSON_READING, "readMap"), new Member(JSON_READING, "readValue"),
                new Member(JSON_WRITING, "writeTree"), new Member(JSON_WRITING, "writeValue"),
                new Member(JSON_WRITING, "stringMember"), new Member(JSON_WRITING, "booleanMember"),
                new Member(JSON_WRITING, "intMember"), new Member(JSON_WRITING, "longMember"),
                new Member(JSON_WRITING, "enumMember"), new Member(JSON_WRITING, "objectMember"),
                new Member(JSON_WRITING, "unknownMembers"),
                new Member(MODEL_FIELDS, "copyOf"), new Member(MODEL_FIELDS, "copyOfMembers"), new Member(MODEL_FIELDS, "orEmpty"),
                new Member(TEXT_PATTERN, "compile"),
                new Member(CHECKS, "cidrBlock"), new Member(CHECKS, "isPathSegment"), new Member(CHECKS, "length"),
                new Member(CHECKS, "isCidr"), new Member(CHECKS, "NOT_A_CIDR_BLOCK"), new Member(CHECKS, "characterClasses"),
                new Member(CHECKS, "canonical"), new Member(CHECKS, "hasDuplicates"), new Member(CHECKS, "isPartlySet"),
                new Member(CHECKS, "isSet"), new Member(CHECKS, "blocksOverlap"), new Member(CHECKS, "cidrsOverlap"),
                new Member(CHECKS, "countSet"), new Member(CHECKS, "pointerSegment"), new Member(CHECKS, "quote"));
    }
}
