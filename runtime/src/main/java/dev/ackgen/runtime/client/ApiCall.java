package dev.ackgen.runtime.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One operation call, before signing: the action, method, expanded path, query parameters,
 * operation headers and JSON body, and how to read the answer. Generated clients build one per
 * call; {@link ClientRuntime} signs and sends it, as many times as its retry rules allow.
 *
 * @param <T> what the response body becomes
 */
public final class ApiCall<T> {
    /** One factory for every call: Jackson factories are thread-safe and recycle their buffers. */
    static final JsonFactory JSON = JsonFactory.builder().build();

    private final String action;
    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final ResponseReader<T> reader;
    private final List<String> secrets;

    /** The reader of calls without a response body; compared by identity. */
    private static final ResponseReader<Void> NO_CONTENT = parser -> null;

    private ApiCall(Builder<T> builder, String path) {
        this.action = builder.action;
        this.method = builder.method;
        this.path = path;
        this.query = Collections.unmodifiableMap(builder.query);
        this.headers = Collections.unmodifiableMap(builder.headers);
        this.body = builder.body;
        this.reader = builder.reader;
        this.secrets = List.copyOf(builder.secrets);
    }

    /**
     * Starts a call.
     *
     * @param action the action name ACK expects in {@code x-acs-action}
     * @param method the HTTP method
     * @param pathTemplate the path with {@code {name}} for each path parameter
     * @param reader reads a 2xx response body; {@link #noContent()} when the operation returns none
     */
    public static <T> Builder<T> builder(String action, String method, String pathTemplate, ResponseReader<T> reader) {
        return new Builder<>(action, method, pathTemplate, reader);
    }

    /** A reader for operations without a response body: ignores any body and gives null. */
    public static ResponseReader<Void> noContent() {
        return NO_CONTENT;
    }

    public String action() {
        return action;
    }

    public String method() {
        return method;
    }

    /** The path with its parameters filled in, not yet percent-encoded. */
    public String path() {
        return path;
    }

    /** Decoded query parameters in the order the operation lists them. */
    public Map<String, String> query() {
        return query;
    }

    /** Header parameters of the operation (the client adds the protocol headers). */
    public Map<String, String> headers() {
        return headers;
    }

    /** The JSON body bytes, shared: callers must not change them. Empty when there is no body. */
    byte[] body() {
        return body;
    }

    /** Whether the call only reads, so sending it twice does no harm. */
    public boolean isIdempotent() {
        return method.equals("GET") || method.equals("HEAD");
    }

    ResponseReader<T> reader() {
        return reader;
    }

    /** Values of this call that must never show in a message, e.g. a password in the body. */
    List<String> secrets() {
        return secrets;
    }

    /** Action, method and path; never parameter values or the body, which may hold secrets. */
    @Override
    public String toString() {
        return "ApiCall[" + action + " " + method + " " + path + ", query=" + query.keySet() + ", body=" + body.length
                + " bytes]";
    }

    /**
     * Collects a call's parts. Null values are left out, as ACK expects for parameters not given.
     *
     * @param <T> what the response body becomes
     */
    public static final class Builder<T> {
        private final String action;
        private final String method;
        private final String pathTemplate;
        private final ResponseReader<T> reader;
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private final List<String> secrets = new ArrayList<>();

        private Builder(String action, String method, String pathTemplate, ResponseReader<T> reader) {
            this.action = Objects.requireNonNull(action, "action");
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            this.reader = Objects.requireNonNull(reader, "reader");
        }

        /**
         * Fills the path variable {@code {name}}. A path value can only be one segment: a null, an
         * empty value, {@code .}, {@code ..} or one holding {@code /} is refused, naming the
         * parameter (a gateway that normalises paths would turn {@code /clusters/c1/nodepools/..}
         * into another operation).
         */
        public Builder<T> pathParameter(String name, Object value) {
            if (value == null || value.toString().isEmpty()) {
                throw new IllegalArgumentException(action + ": path parameter " + name + " is required");
            }
            String text = value.toString();
            if (text.indexOf('/') >= 0) {
                throw new IllegalArgumentException(action + ": path parameter " + name + " must not contain '/'");
            }
            if (text.equals(".") || text.equals("..")) {
                throw new IllegalArgumentException(action + ": path parameter " + name + " must not be . or ..");
            }
            pathParameters.put(name, text);
            return this;
        }

        /**
         * Adds a query parameter (a string, number, boolean or enum value; a collection as its
         * items joined with commas, ROA's "simple" style); null is left out.
         */
        public Builder<T> query(String name, Object value) {
            if (value instanceof Collection<?> items) {
                StringJoiner joined = new StringJoiner(",");
                items.forEach(item -> joined.add(String.valueOf(item)));
                query.put(name, joined.toString());
            } else if (value != null) {
                query.put(name, value.toString());
            }
            return this;
        }

        /** Adds a query parameter whose value travels as JSON text; null is left out. */
        public <V> Builder<T> queryJson(String name, V value, BodyWriter<? super V> writer) {
            if (value != null) {
                query.put(name, jsonText(value, writer));
            }
            return this;
        }

        /** Adds a header parameter; null is left out. */
        public Builder<T> header(String name, Object value) {
            if (value != null) {
                headers.put(name, value.toString());
            }
            return this;
        }

        /** Adds a header parameter whose value travels as JSON text; null is left out. */
        public <V> Builder<T> headerJson(String name, V value, BodyWriter<? super V> writer) {
            if (value != null) {
                headers.put(name, jsonText(value, writer));
            }
            return this;
        }

        /**
         * Marks a value of this call as secret (a password parameter): it is sent, but never shown
         * in an exception message, even when ACK echoes it. Null and empty values are ignored.
         */
        public Builder<T> secret(String value) {
            if (value != null && !value.isEmpty()) {
                secrets.add(value);
                // An error body that echoes the request has it JSON-escaped: blank out that form too.
                String escaped = new String(JsonStringEncoder.getInstance().quoteAsString(value));
                if (!escaped.equals(value)) {
                    secrets.add(escaped);
                }
            }
            return this;
        }

        /**
         * Marks every secret a value holds, however deep (a password inside a nested object, in a
         * list or map): the collector hands each one to the consumer it is given, as {@link
         * #secret(String)} takes them. Generated clients pass a walker generated per type. A null
         * value holds none.
         */
        public <V> Builder<T> secrets(V value, BiConsumer<? super V, ? super Consumer<String>> collector) {
            Objects.requireNonNull(collector, "collector");
            if (value != null) {
                Consumer<String> secret = this::secret;
                collector.accept(value, secret);
            }
            return this;
        }

        /** Sets the JSON body; a null value sends no body. */
        public <V> Builder<T> body(V value, BodyWriter<? super V> writer) {
            body = value == null ? new byte[0] : json(value, writer);
            return this;
        }

        public ApiCall<T> build() {
            StringBuilder path = new StringBuilder(pathTemplate.length() + 32);
            int at = 0;
            while (at < pathTemplate.length()) {
                int open = pathTemplate.indexOf('{', at);
                if (open < 0) {
                    path.append(pathTemplate, at, pathTemplate.length());
                    break;
                }
                int close = pathTemplate.indexOf('}', open);
                String name = pathTemplate.substring(open + 1, close);
                String value = pathParameters.get(name);
                if (value == null) {
                    throw new IllegalArgumentException(action + ": path parameter " + name + " is required");
                }
                path.append(pathTemplate, at, open).append(value);
                at = close + 1;
            }
            return new ApiCall<>(this, path.toString());
        }

        private static <V> String jsonText(V value, BodyWriter<? super V> writer) {
            return new String(json(value, writer), StandardCharsets.UTF_8);
        }

        /**
         * The value as JSON bytes. The bytes are collected in a buffer taken from the factory's
         * recycler and given back after, as {@code ObjectMapper.writeValueAsBytes} does: a new
         * buffer per call (grown and copied for a body of a few KB) allocated more than the body
         * itself.
         */
        private static <V> byte[] json(V value, BodyWriter<? super V> writer) {
            try (ByteArrayBuilder bytes = new ByteArrayBuilder(JSON._getBufferRecycler());
                    JsonGenerator generator = JSON.createGenerator(bytes)) {
                writer.write(value, generator);
                generator.flush();
                byte[] json = bytes.toByteArray();
                bytes.release();
                return json;
            } catch (IOException e) {
                throw new UncheckedIOException("could not write JSON: " + e.getMessage(), e);
            }
        }
    }
}
