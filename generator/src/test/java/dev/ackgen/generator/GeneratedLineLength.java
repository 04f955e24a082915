package dev.ackgen.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one rule for the length of generated lines: none longer than {@value #LIMIT} characters
 * (code wraps at column 100, comments are wrapped there too), with two kinds of line that nothing
 * can break, allowed and counted:
 *
 * <ul>
 *   <li>a comment line holding one token without a space: a URL in an {@code <a href>}, a JSON
 *       example in {@code {@code}}; breaking it would change it;
 *   <li>a method's header up to its {@code (}: JavaPoet writes the modifiers, the return type and
 *       the name on one line, and a list response's nested item type can be long
 *       ({@code List<DescribeKubernetesVersionMetadataResponse.DescribeKubernetesVersionMetadataResponseItem>}).
 * </ul>
 */
final class GeneratedLineLength {
    static final int LIMIT = 120;

    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*\\* ");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern INLINE_TAG_NAME = Pattern.compile("\\{@\\w+ ");
    private static final Pattern METHOD_HEADER = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|default|abstract)\\s+)*[A-Za-z_][\\w.]*(?:<[\\w.<>, ?]+>)?\\s+[a-z]\\w*\\($");

    private GeneratedLineLength() {}

    /** What a set of sources holds: the lines too long, and how many of each allowed kind. */
    record Report(List<String> tooLong, int unbreakableCommentTokens, int methodHeaders) {}

    /** Checks sources by name. */
    static Report check(Map<String, String> sources) {
        List<String> tooLong = new ArrayList<>();
        int tokens = 0;
        int headers = 0;
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String[] lines = source.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.length() <= LIMIT) {
                    continue;
                }
                if (isUnbreakableCommentToken(line)) {
                    tokens++;
                } else if (METHOD_HEADER.matcher(line).matches()) {
                    headers++;
                } else {
                    tooLong.add(source.getKey() + ":" + (i + 1) + " (" + line.length() + "): " + line.strip());
                }
            }
        }
        return new Report(tooLong, tokens, headers);
    }

    static boolean isUnbreakableCommentToken(String line) {
        if (!COMMENT_LINE.matcher(line).find()) {
            return false;
        }
        String text = COMMENT_LINE.matcher(line).replaceFirst("");
        text = INLINE_TAG_NAME.matcher(HTML_TAG.matcher(text).replaceAll("")).replaceAll("");
        return text.indexOf(' ') < 0;
    }
}
