package org.loyaltylab.experiment;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one strict YAML reader of experiment files and overrides. It accepts UTF-8 text only
 * (UTF-16, UTF-32, Latin-1 bytes, NUL and other control characters are named with their line),
 * one document, and no anchors, aliases or tags (a recursive anchor can therefore never
 * recurse). The truth values are {@code true} and {@code false} only, as in YAML 1.2:
 * {@code yes}, {@code no}, {@code on} and {@code off} are words. Numbers are decimal;
 * hexadecimal, octal, binary and base-60 numbers, {@code .nan}, {@code .inf}, numbers too large
 * and quoted numbers are {@link UnreadableScalar}s, which their reader reports with the key and
 * what the key allows.
 */
public final class StrictYaml {
    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
    private static final Resolver RESOLVER = new Resolver();
    private static final int MAX_DEPTH = 50;
    private static final String DECIMAL_ONLY = " (this tool reads decimal numbers only)";

    private StrictYaml() {
    }

    /**
     * Reads one YAML document.
     *
     * @param bytes    the file's content
     * @param problems where the problems that stop the reading are recorded
     * @return the document's root node; null when a problem was recorded or the file holds no document
     */
    public static Node read(byte[] bytes, Problems problems) {
        String text = decode(bytes, problems);
        if (text == null || !plainYaml(text, problems)) {
            return null;
        }
        try {
            return yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problems.add(markLine(e), null, syntax(e), null);
        } catch (YAMLException e) {
            problems.add(0, null, "invalid YAML: " + e.getMessage(), null);
        }
        return null;
    }

    /**
     * A scalar as this tool reads it.
     *
     * @return a Long, Double, Boolean or String, null for YAML's null, or an {@link UnreadableScalar}
     */
    public static Object value(ScalarNode node) {
        String v = node.getValue();
        if (node.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            Tag asPlain = RESOLVER.resolve(NodeId.scalar, v, true);
            if (asPlain.equals(Tag.INT) || asPlain.equals(Tag.FLOAT)) {
                return new UnreadableScalar(v, "'" + v + "' is quoted, so it is text, not a number "
                        + "(write it without quotes)");
            }
            if (asPlain.equals(Tag.BOOL) && isTruthValue(v)) {
                return new UnreadableScalar(v, "'" + v + "' is quoted, so it is text, not true or false "
                        + "(write it without quotes)");
            }
            return v;
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return isTruthValue(v) ? (Object) Boolean.valueOf(v.toLowerCase(Locale.ROOT)) : v;
        }
        if (tag.equals(Tag.INT)) {
            return integer(v);
        }
        if (tag.equals(Tag.FLOAT)) {
            return real(v);
        }
        return v;
    }

    private static boolean isTruthValue(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false");
    }

    private static Object integer(String v) {
        String digits = v.replace("_", "");
        String unsigned = digits.replaceFirst("^[-+]", "");
        if (v.contains(":")) {
            return new UnreadableScalar(v, "'" + v + "' is a base-60 (sexagesimal) number" + DECIMAL_ONLY);
        }
        if (unsigned.startsWith("0x")) {
            return new UnreadableScalar(v, "'" + v + "' is a hexadecimal number" + DECIMAL_ONLY);
        }
        if (unsigned.startsWith("0b")) {
            return new UnreadableScalar(v, "'" + v + "' is a binary number" + DECIMAL_ONLY);
        }
        if (!DECIMAL_INTEGER.matcher(v).matches()) {
            return new UnreadableScalar(v, "'" + v + "' starts with 0, which YAML reads as an octal number"
                    + DECIMAL_ONLY);
        }
        try {
            return Long.parseLong(digits.replace("+", ""));
        } catch (NumberFormatException e) {
            return new UnreadableScalar(v, "'" + v + "' is too large (" + unsigned.length() + " digits)");
        }
    }

    private static Object real(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".nan")) {
            return new UnreadableScalar(v, "'" + v + "' is not a number (NaN)");
        }
        if (lower.endsWith(".inf")) {
            return new UnreadableScalar(v, "'" + v + "' is infinite");
        }
        if (v.contains(":")) {
            return new UnreadableScalar(v, "'" + v + "' is a base-60 (sexagesimal) number" + DECIMAL_ONLY);
        }
        double d = Double.parseDouble(v.replace("_", ""));
        return Double.isInfinite(d) ? new UnreadableScalar(v, "'" + v + "' is too large") : (Object) d;
    }

    /** @return the text, or null after recording why the bytes are not UTF-8 text YAML may hold */
    private static String decode(byte[] bytes, Problems problems) {
        String encoding = byteOrderMark(bytes);
        if (encoding == null) {
            encoding = utf16WithoutMark(bytes);
        }
        if (encoding != null) {
            problems.add(1, null, "the file is " + encoding, "UTF-8 text (save the file as UTF-8)");
            return null;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            problems.add(lineAt(bytes, at), null, String.format(Locale.ROOT,
                    "byte 0x%02X at column %d is not UTF-8 (is the file saved as Latin-1 or Windows-1252?)",
                    bytes[at] & 0xFF, columnAt(bytes, at)), "UTF-8 text (save the file as UTF-8)");
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != 0x85) {
                problems.add(lineAt(text, i), null, String.format(Locale.ROOT,
                        "control character U+%04X%s at column %d", (int) c, c == 0 ? " (NUL)" : "",
                        i - text.lastIndexOf('\n', i - 1)), "printable UTF-8 text");
                return null;
            }
        }
        return text;
    }

    private static String byteOrderMark(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xFF : -1;
        int b1 = b.length > 1 ? b[1] & 0xFF : -1;
        boolean zeroes = b.length > 3 && b[2] == 0 && b[3] == 0;
        if (b0 == 0xFF && b1 == 0xFE) {
            return (zeroes ? "UTF-32" : "UTF-16") + " (little-endian, with a byte-order mark)";
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return "UTF-16 (big-endian, with a byte-order mark)";
        }
        if (b0 == 0 && b1 == 0 && b.length > 3 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return "UTF-32 (big-endian, with a byte-order mark)";
        }
        return null;
    }

    /** Text in UTF-16 has a NUL byte beside every ASCII character; UTF-8 text has none. */
    private static String utf16WithoutMark(byte[] b) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = b.length / 2;
        if (half > 0 && odd >= half * 0.9) {
            return "UTF-16 (little-endian, without a byte-order mark)";
        }
        if (half > 0 && even >= half * 0.9) {
            return "UTF-16 (big-endian, without a byte-order mark)";
        }
        return null;
    }

    /** Refuses anchors, aliases and tags, recording each with its line; returns false on a problem. */
    private static boolean plainYaml(String text, Problems problems) {
        boolean clean = true;
        int depth = 0;
        try {
            for (Event e : yaml().parse(new StringReader(text))) {
                depth += e instanceof CollectionStartEvent ? 1 : e instanceof CollectionEndEvent ? -1 : 0;
                if (depth > MAX_DEPTH) {
                    problems.add(e.getStartMark().getLine() + 1, null, "lists or mappings nested more than "
                            + MAX_DEPTH + " deep", "at most " + MAX_DEPTH + " levels");
                    return false;
                }
                String tag = e instanceof ScalarEvent ? ((ScalarEvent) e).getTag()
                        : e instanceof CollectionStartEvent ? ((CollectionStartEvent) e).getTag() : null;
                String anchor = e instanceof NodeEvent ? ((NodeEvent) e).getAnchor() : null;
                String found = e instanceof AliasEvent ? "an alias (*" + anchor + ")"
                        : anchor != null ? "an anchor (&" + anchor + ")"
                        : tag != null ? "a tag (" + tag.replace(Tag.PREFIX, "!!") + ")" : null;
                if (found != null) {
                    problems.add(e.getStartMark().getLine() + 1, null, found + " is not supported",
                            "plain values: write each value out where it is used");
                    clean = false;
                }
            }
        } catch (MarkedYAMLException e) {
            problems.add(markLine(e), null, syntax(e), null);
            return false;
        } catch (YAMLException e) {
            problems.add(0, null, "invalid YAML: " + e.getMessage(), null);
            return false;
        }
        return clean;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        return new Yaml(new SafeConstructor(options));
    }

    private static int markLine(MarkedYAMLException e) {
        return e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
    }

    private static String syntax(MarkedYAMLException e) {
        return "invalid YAML: " + (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem();
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnAt(byte[] bytes, int index) {
        int start = index;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return index - start + 1;
    }

    private static int lineAt(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
