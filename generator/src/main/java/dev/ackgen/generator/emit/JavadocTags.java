package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Completes the block tags of generated methods' javadoc, as {@code javadoc -Xdoclint:all} asks
 * of a method that has a comment: an {@code @param} for each parameter, an {@code @return} for a
 * value, a {@code @throws} for each declared exception. The emitters (and the hooks) write what a
 * method does; the tags say it again from the comment itself: {@code @return} and a setter's
 * {@code @param} are the comment's first sentence ("The cluster ID." gives "the cluster ID"), a
 * builder method returns "this builder". A tag the comment has already is kept as it is.
 */
final class JavadocTags {
    // Block tags, each matched only where a line starts with '@' (see tagged).
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\S+)");
    private static final Pattern RETURN = Pattern.compile("@return\\b");
    private static final Pattern THROWS = Pattern.compile("@(?:throws|exception)\\s+(\\S+)");
    private static final Pattern BLOCK_TAG = Pattern.compile("@\\w");
    /** Where the first paragraph ends: a block tag, or a paragraph or block element. */
    private static final Pattern BLOCK = Pattern.compile("(?m)^@\\w|<(?:p|ul|ol|pre|blockquote|hr|table|dl|div)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s|$)|。");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)");
    private static final Pattern ONE_WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** "Returns the value if it is valid." and "Reads the object ..." say what they return after the verb. */
    private static final Pattern LEADING_VERB = Pattern.compile("^(Returns|Reads) |^(Specifies|Indicates) (?=whether )");
    private static final Pattern ACCESSOR_PREFIX = Pattern.compile("^(get|is)(?=[A-Z])");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
    /** A property's comment is its getter's and its builder setter's. */
    private static final Memo SUMMARIES = new Memo(JavadocTags::firstSentence);
    private static final Set<String> VOID_TAGS = Set.of("br", "hr", "img", "wbr");
    /** Phrases that read right after "Returns": "the cluster ID", "whether it is on". */
    private static final Pattern READS_AS_RETURNED =
            Pattern.compile("(?:the|a|an|whether|this|these|every|each|all|members|how|which|what|its)\\b");
    /** Where comment text is wrapped: its lines end by this column. */
    static final int COLUMNS = 100;
    private static final int INDENT = 4;
    /** The " * " before each line of a comment. */
    private static final int COMMENT_PREFIX = 3;

    private JavadocTags() {}

    /** The type with its methods' tags completed and its comments wrapped, its nested types' too. */
    static TypeSpec complete(TypeSpec type) {
        return complete(type, 0);
    }

    private static TypeSpec complete(TypeSpec type, int depth) {
        // A static or instance initializer comes out of a TypeSpec already wrapped in its braces, and
        // a builder would wrap it again: such a type (the class of a large enum) is left as it is.
        if (type.name() == null || !type.staticBlock().isEmpty() || !type.initializerBlock().isEmpty()) {
            return type;
        }
        int memberWidth = COLUMNS - INDENT * (depth + 1) - COMMENT_PREFIX;
        // Each comment is rendered and read once; the type is rebuilt only if one changed.
        boolean changed = false;
        List<MethodSpec> methods = new ArrayList<>(type.methodSpecs().size());
        for (MethodSpec method : type.methodSpecs()) {
            MethodSpec completed = complete(type, method, memberWidth);
            changed |= completed != method;
            methods.add(completed);
        }
        List<FieldSpec> fields = new ArrayList<>(type.fieldSpecs().size());
        for (FieldSpec field : type.fieldSpecs()) {
            CodeBlock doc = wrapped(field.javadoc(), memberWidth);
            FieldSpec laid = doc == field.javadoc() ? field : withJavadoc(field, doc);
            changed |= laid != field;
            fields.add(laid);
        }
        Map<String, TypeSpec> constants = new LinkedHashMap<>();
        for (Map.Entry<String, TypeSpec> constant : type.enumConstants().entrySet()) {
            TypeSpec body = constant.getValue();
            CodeBlock doc = wrapped(body.javadoc(), memberWidth);
            TypeSpec laid = doc == body.javadoc() || !isPlainConstant(body) ? body
                    : TypeSpec.anonymousClassBuilder(body.anonymousTypeArguments()).addJavadoc(doc).build();
            changed |= laid != body;
            constants.put(constant.getKey(), laid);
        }
        List<TypeSpec> nestedTypes = new ArrayList<>(type.typeSpecs().size());
        for (TypeSpec nested : type.typeSpecs()) {
            TypeSpec completed = complete(nested, depth + 1);
            changed |= completed != nested;
            nestedTypes.add(completed);
        }
        CodeBlock javadoc = wrapped(type.javadoc(), COLUMNS - INDENT * depth - COMMENT_PREFIX);
        changed |= javadoc != type.javadoc();
        if (!changed) {
            return type;
        }
        TypeSpec.Builder builder = switch (type.kind()) {
            case CLASS -> TypeSpec.classBuilder(type.name());
            case INTERFACE -> TypeSpec.interfaceBuilder(type.name());
            case ENUM -> TypeSpec.enumBuilder(type.name());
            case ANNOTATION -> TypeSpec.annotationBuilder(type.name());
            // Not generated: left as it is.
            default -> null;
        };
        if (builder == null) {
            return type;
        }
        builder.addJavadoc(javadoc)
                .addAnnotations(type.annotations())
                .addModifiers(type.modifiers().toArray(new Modifier[0]))
                .addTypeVariables(type.typeVariables())
                .addSuperinterfaces(type.superinterfaces());
        if (!type.superclass().equals(ClassName.OBJECT)) {
            builder.superclass(type.superclass());
        }
        constants.forEach(builder::addEnumConstant);
        builder.addFields(fields);
        builder.addMethods(methods);
        builder.addTypes(nestedTypes);
        type.originatingElements().forEach(builder::addOriginatingElement);
        builder.alwaysQualify(type.alwaysQualifiedNames().toArray(new String[0]));
        return builder.build();
    }

    /** The method with the tags its comment lacks added and its comment wrapped; the same method when nothing changed. */
    private static MethodSpec complete(TypeSpec owner, MethodSpec method, int width) {
        if (method.javadoc().isEmpty()) {
            return method;
        }
        JavadocText text = JavadocText.of(method.javadoc());
        String doc = text != null ? text.text : method.javadoc().toString();
        List<String> missing = missingTags(method, doc);
        boolean returnsBuilder = !method.modifiers().contains(Modifier.STATIC) && method.returnType() instanceof ClassName returned
                && returned.simpleName().equals(owner.name()) && owner.name().equals(GeneratedNames.BUILDER);
        String completed = doc;
        if (missing.contains("@return") && !returnsBuilder && text != null) {
            String inline = inlineReturn(doc);
            if (inline != null) {
                completed = inline;
                missing = new ArrayList<>(missing);
                missing.remove("@return");
            }
        }
        if (!missing.isEmpty()) {
            completed += tags(method, missing, summary(doc), returnsBuilder, tagged(completed, BLOCK_TAG).isEmpty());
        }
        if (text == null) {
            // Not readable as parts: the tags are added, the comment is not rewritten.
            return missing.isEmpty() ? method : method.toBuilder().addJavadoc("$L", completed.substring(doc.length())).build();
        }
        completed = JavadocWrap.wrap(text.with(completed), width);
        return completed.equals(doc) ? method : withJavadoc(method, text.with(completed).toCodeBlock());
    }

    /** The block tags to add, each on a line. */
    private static String tags(MethodSpec method, List<String> missing, String summary, boolean returnsBuilder, boolean firstTag) {
        StringBuilder tags = new StringBuilder(firstTag ? "\n" : "");
        for (String tag : missing) {
            if (tag.startsWith("@param ")) {
                String name = tag.substring("@param ".length());
                boolean setter = returnsBuilder && method.parameters().size() == 1;
                // A setter's comment is its property's; "Sets ... to these items." is the method's own.
                String text = !setter ? "the " + words(name)
                        : summary == null || summary.startsWith("sets ") ? (method.varargs() ? "the items" : "the value") : summary;
                tags.append(tag).append(' ').append(text).append('\n');
            } else if (tag.equals("@return")) {
                tags.append("@return ").append(returnsBuilder ? "this builder" : summary != null ? summary : "the " + words(ACCESSOR_PREFIX.matcher(method.name()).replaceFirst(""))).append('\n');
            } else {
                boolean json = method.parameters().stream().map(parameter -> parameter.type().toString())
                        .anyMatch(type -> type.endsWith(".JsonParser") || type.endsWith(".JsonGenerator"));
                tags.append(tag).append(json ? " if reading or writing the JSON fails" : " if the call fails").append('\n');
            }
        }
        return tags.toString();
    }

    /**
     * The comment with its first sentence as {@code {@return ...}} (javadoc shows "Returns ..." and
     * needs no {@code @return} tag saying it again), when that sentence reads as what is returned:
     * a phrase such as "The cluster ID." or "Whether ...", or "Returns ..." itself. Null otherwise
     * (a verb, a sentence in Chinese, a one-word sentence): the comment keeps its {@code @return}.
     */
    static String inlineReturn(String doc) {
        if (doc.startsWith("<p>") || doc.isBlank() || Character.isWhitespace(doc.charAt(0))) {
            return null;
        }
        Matcher block = BLOCK.matcher(doc);
        int limit = block.find() ? block.start() : doc.length();
        Matcher end = SENTENCE_END.matcher(doc).region(0, limit);
        int sentenceEnd;
        int after;
        if (end.find()) {
            if (!end.group().equals(".")) {
                return null;
            }
            sentenceEnd = end.start();
            after = end.end();
        } else {
            sentenceEnd = doc.substring(0, limit).stripTrailing().length();
            after = sentenceEnd;
        }
        String phrase = WHITESPACE.matcher(doc.substring(0, sentenceEnd)).replaceAll(" ").strip();
        phrase = LEADING_VERB.matcher(phrase).replaceFirst("");
        if (phrase.isEmpty() || !balanced(phrase) || !balancedBraces(phrase)) {
            return null;
        }
        if (phrase.length() > 1 && Character.isUpperCase(phrase.charAt(0)) && (Character.isLowerCase(phrase.charAt(1)) || phrase.charAt(1) == ' ')) {
            phrase = Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        }
        if (!READS_AS_RETURNED.matcher(phrase).lookingAt()) {
            return null;
        }
        return "{@return " + phrase + "}" + doc.substring(after);
    }

    private static boolean balancedBraces(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The comment wrapped at the width; the same block when nothing changed or it cannot be read. */
    private static CodeBlock wrapped(CodeBlock javadoc, int width) {
        if (javadoc.isEmpty()) {
            return javadoc;
        }
        JavadocText text = JavadocText.of(javadoc);
        if (text == null) {
            return javadoc;
        }
        String wrapped = JavadocWrap.wrap(text, width);
        return wrapped.equals(text.text) ? javadoc : text.with(wrapped).toCodeBlock();
    }

    private static boolean isPlainConstant(TypeSpec body) {
        return body.methodSpecs().isEmpty() && body.fieldSpecs().isEmpty() && body.typeSpecs().isEmpty()
                && body.annotations().isEmpty() && body.superinterfaces().isEmpty();
    }

    private static MethodSpec withJavadoc(MethodSpec method, CodeBlock javadoc) {
        MethodSpec.Builder builder = method.isConstructor() ? MethodSpec.constructorBuilder() : MethodSpec.methodBuilder(method.name());
        builder.addJavadoc(javadoc)
                .addAnnotations(method.annotations())
                .addModifiers(method.modifiers())
                .addTypeVariables(method.typeVariables())
                .addParameters(method.parameters())
                .varargs(method.varargs())
                .addExceptions(method.exceptions())
                .addCode(method.code());
        if (!method.isConstructor()) {
            builder.returns(method.returnType());
        }
        if (method.defaultValue() != null && !method.defaultValue().isEmpty()) {
            builder.defaultValue(method.defaultValue());
        }
        return builder.build();
    }

    private static FieldSpec withJavadoc(FieldSpec field, CodeBlock javadoc) {
        FieldSpec.Builder builder = FieldSpec.builder(field.type(), field.name())
                .addJavadoc(javadoc)
                .addAnnotations(field.annotations())
                .addModifiers(field.modifiers().toArray(new Modifier[0]));
        if (field.initializer() != null && !field.initializer().isEmpty()) {
            builder.initializer(field.initializer());
        }
        return builder.build();
    }

    /** The tags the method's comment {@code doc} lacks ("@param name", "@return", "@throws Type"). */
    private static List<String> missingTags(MethodSpec method, String doc) {
        if (doc.contains("{@inheritDoc}")) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        Set<String> params = new HashSet<>(tagged(doc, PARAM));
        for (ParameterSpec parameter : method.parameters()) {
            if (!params.contains(parameter.name())) {
                missing.add("@param " + parameter.name());
            }
        }
        if (!method.isConstructor() && !method.returnType().equals(TypeName.VOID) && tagged(doc, RETURN).isEmpty()
                && !doc.contains("{@return ")) {
            missing.add("@return");
        }
        Set<String> thrown = new HashSet<>();
        for (String name : tagged(doc, THROWS)) {
            thrown.add(simpleName(name));
        }
        for (TypeName exception : method.exceptions()) {
            String name = exception instanceof ClassName className ? className.simpleName() : exception.toString();
            if (!thrown.contains(name)) {
                missing.add("@throws " + name);
            }
        }
        return missing;
    }

    /**
     * What the block tags of this kind say, one entry per tag: its first group, or the whole tag
     * when the pattern has none. A block tag is an '@' that starts a line, after any of the line
     * terminators of a regular expression's {@code (?m)^}; looking only there, not at every
     * character, keeps long comments cheap.
     */
    private static List<String> tagged(String doc, Pattern tag) {
        List<String> found = new ArrayList<>();
        Matcher matcher = tag.matcher(doc);
        for (int at = doc.indexOf('@'); at >= 0; at = doc.indexOf('@', at + 1)) {
            if ((at == 0 || isLineTerminator(doc.charAt(at - 1))) && matcher.region(at, doc.length()).lookingAt()) {
                found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
            }
        }
        return found;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The comment's first sentence as a phrase ("The cluster ID." gives "the cluster ID"), or null
     * when there is none or it would cut an element in two.
     */
    static String summary(String doc) {
        return SUMMARIES.apply(doc);
    }

    private static String firstSentence(String doc) {
        String text = doc.strip();
        if (text.startsWith("<p>")) {
            text = text.substring("<p>".length());
        }
        Matcher block = BLOCK.matcher(text);
        if (block.find()) {
            text = text.substring(0, block.start());
        }
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            String sentence = text.substring(0, end.start()).strip();
            // "Deprecated. The timeout ..." says more in its second sentence.
            if (ONE_WORD.matcher(sentence).matches() && !text.substring(end.end()).isBlank()) {
                text = text.substring(end.end()).strip();
                end = SENTENCE_END.matcher(text);
            } else {
                text = sentence;
                break;
            }
        }
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        text = LEADING_VERB.matcher(text).replaceFirst("");
        // The comment's $T names come qualified out of the CodeBlock: as text, a simple name reads as the file does.
        if (!text.contains("{@")) {
            text = QUALIFIED.matcher(text).replaceAll("$1");
        }
        if (text.isEmpty() || !balanced(text) || !balancedBraces(text)) {
            return null;
        }
        // "The cluster ID" and "A builder" read on after the tag in lower case; "ID of the cluster" stays.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && (Character.isLowerCase(text.charAt(1)) || text.charAt(1) == ' ')) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static boolean balanced(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (VOID_TAGS.contains(name)) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else if (!name.equals(open.poll())) {
                return false;
            }
        }
        return open.isEmpty();
    }

    /** A Java name as words: "requestId" gives "request id". */
    private static String words(String name) {
        return WORD_BOUNDARY.matcher(name).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
