package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strict reader on malformed experiment files: duplicate and unknown keys at every level,
 * numbers that are not whole, designs too large, anchors, aliases and tags, encodings other than
 * UTF-8, number forms the tool does not read, and names too long for the file system. Each file
 * gives exit code 2 from both {@code validate} and {@code run} (or {@code sweep}, for a broken
 * sweep section), no stack trace, and a line that names the file, the line, the key and what is
 * allowed.
 */
class StrictInputTest {
    private static final String HEAD = "name: bad\ndescription: A question.\n";
    private static final String ARMS = "arms:\n  - name: a\n";
    private static final String SWEEP = HEAD + ARMS + "sweep:\n";
    private static final String TWO_ARMS = HEAD + "arms:\n  - name: a\n  - name: b\ncontrasts:\n";
    private static final String RANGE = "{min: 0.1, max: 0.9";
    /** A valid centre section, lines 3 to 10 after {@link #HEAD}. */
    private static final String CENTRE = "centre:\n  customers: 8000\n  contacts_per_day: 160\n  handle_minutes: 7.5\n"
            + "  agents: 2\n  agent_wage_per_hour: 22\n  margin_per_customer_per_year: 180\n  currency: EUR\n";

    /** @return a file with the centre section, {@code from} replaced by {@code to} */
    private static String centre(String from, String to) {
        if (!CENTRE.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return HEAD + CENTRE.replace(from, to) + ARMS;
    }

    /**
     * One malformed file.
     *
     * @param label   what is wrong
     * @param content the file's bytes
     * @param line    the line the message must name
     * @param key     the key the message must name, or null for problems of the whole file
     * @param texts   what the message must also say (the problem and what is allowed)
     */
    record Case(String label, byte[] content, int line, String key, List<String> texts) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Case text(String label, String content, int line, String key, String... texts) {
        return new Case(label, content.getBytes(StandardCharsets.UTF_8), line, key, List.of(texts));
    }

    private static Case bytes(String label, byte[] content, int line, String... texts) {
        return new Case(label, content, line, null, List.of(texts));
    }

    private static byte[] concat(String before, int[] raw, String after) {
        byte[] a = before.getBytes(StandardCharsets.ISO_8859_1);
        byte[] c = after.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(a, a.length + raw.length + c.length);
        for (int i = 0; i < raw.length; i++) {
            out[a.length + i] = (byte) raw[i];
        }
        System.arraycopy(c, 0, out, a.length + raw.length, c.length);
        return out;
    }

    private static byte[] encoded(String text, String charset, boolean mark) {
        byte[] body = text.getBytes(java.nio.charset.Charset.forName(charset));
        if (!mark) {
            return body;
        }
        int[] bom = charset.endsWith("LE") ? new int[] {0xFF, 0xFE} : new int[] {0xFE, 0xFF};
        return concat("", bom, new String(body, StandardCharsets.ISO_8859_1));
    }

    static Stream<Case> malformed() {
        String valid = HEAD + ARMS;
        return Stream.of(
                // duplicates, at every level
                text("name twice", HEAD + "name: other\n" + ARMS, 3, "name", "duplicate key", "each key once"),
                text("parameters twice", HEAD + "parameters: {}\nparameters: {}\n" + ARMS, 4, "parameters",
                        "each key once"),
                text("area twice", HEAD + "parameters:\n  market: {competition: 0.1}\n  market: {competition: 0.2}\n"
                        + ARMS, 5, "parameters.market", "duplicate key", "each key once"),
                text("parameter twice", HEAD + "parameters:\n  market:\n    competition: 0.1\n    competition: 0.2\n"
                        + ARMS, 6, "parameters.market.competition", "first on line 5", "each key once"),
                text("arm key twice", HEAD + "arms:\n  - name: a\n    name: b\n", 5, "arms[1].name", "each key once"),
                text("arm parameter twice", HEAD + "arms:\n  - name: a\n    parameters:\n"
                        + "      policies: {handling: kind, handling: defensive}\n", 6,
                        "arms[1].parameters.policies.handling", "each key once"),
                text("sweep key twice", SWEEP + "  design: grid\n  design: sobol\n  factors: {market.competition: [0, 1]}\n",
                        7, "sweep.design", "each key once"),
                text("factor twice", SWEEP + "  factors:\n    market.competition: [0, 1]\n    market.competition: [0.5]\n",
                        8, "sweep.factors.market.competition", "each key once"),
                text("metric twice", SWEEP + "  metrics: [profit, retention, profit]\n"
                        + "  factors: {market.competition: [0, 1]}\n", 6, "sweep.metrics", "listed twice", "each metric once"),
                text("range key twice", SWEEP + "  factors:\n    agents.empathy_mean: {min: 0.1, min: 0.2, max: 0.9}\n", 7,
                        "sweep.factors.agents.empathy_mean.min", "each key once"),
                // unknown keys, at every level
                text("typo inside a factor", SWEEP + "  factors:\n    agents.empathy_mean: " + RANGE + ", stpes: 4}\n", 7,
                        "sweep.factors.agents.empathy_mean.stpes", "unknown key", "min, max, steps"),
                text("long name inside a factor", SWEEP + "  factors:\n    agents.empathy_mean:\n      minimum: 0.1\n"
                        + "      max: 0.9\n", 8, "sweep.factors.agents.empathy_mean.minimum", "min, max, steps"),
                text("typo in an arm's parameter", HEAD + "arms:\n  - name: a\n    parameters:\n"
                        + "      market: {competiton: 0.1}\n", 6, "arms[1].parameters.market.competiton", "competition"),
                text("unknown area in an arm", HEAD + "arms:\n  - name: a\n    parameters: {weather: {sun: 1}}\n", 5,
                        "arms[1].parameters.weather", "customers"),
                text("key that is a list", HEAD + "? [a, b]\n: 1\n" + ARMS, 3, null, "a key must be a plain name",
                        "names such as"),
                // whole numbers must be whole
                text("steps 2.5", SWEEP + "  factors:\n    agents.empathy_mean: " + RANGE + ", steps: 2.5}\n", 7,
                        "sweep.factors.agents.empathy_mean", "'2.5' steps", "[2, 1000]"),
                text("steps a word", SWEEP + "  factors:\n    agents.empathy_mean: " + RANGE + ", steps: five}\n", 7,
                        "sweep.factors.agents.empathy_mean", "'five' steps", "[2, 1000]"),
                text("steps quoted", SWEEP + "  factors:\n    agents.empathy_mean: " + RANGE + ", steps: \"4\"}\n", 7,
                        "sweep.factors.agents.empathy_mean", "quoted", "[2, 1000]"),
                text("sweep points 2.5", SWEEP + "  design: sobol\n  points: 2.5\n  factors: {market.competition: [0, 1]}\n",
                        7, "sweep.points", "'2.5'", "[1, 1000000]"),
                text("sweep replications a word", SWEEP + "  replications: ten\n"
                        + "  factors: {market.competition: [0, 1]}\n", 6, "sweep.replications", "'ten'", "[1, 100000]"),
                text("replications 2.0", HEAD + "replications: 2.0\n" + ARMS, 3, "replications", "'2.0' is not a whole",
                        "[1, 100000]"),
                text("days 1e3", HEAD + "days: 1e3\n" + ARMS, 3, "days", "'1e3' is not a whole number", "[1, 36500]"),
                // designs too large, refused before a point is built
                text("grid of 3,000,000 points", SWEEP + "  factors:\n    agents.empathy_mean: " + RANGE
                        + ", steps: 1000}\n    market.competition: {min: 0, max: 1, steps: 1000}\n"
                        + "    contact_centre.agents: [1, 2, 3]\n", 6, "sweep.factors", "3,000,000 points", "at most 1,000,000"),
                text("saltelli of 3,000,000 points", SWEEP + "  design: saltelli\n  points: 1000000\n"
                        + "  factors: {market.competition: {min: 0, max: 1}}\n", 7, "sweep.points", "3,000,000 points",
                        "at most 1,000,000"),
                text("latin hypercube of 2,000,000 points", SWEEP + "  design: latin-hypercube\n  points: 2000000\n"
                        + "  factors: {market.competition: {min: 0, max: 1}}\n", 7, "sweep.points", "[1, 1000000]"),
                // anchors, aliases and tags
                text("recursive anchor", HEAD + "parameters: &p [*p]\n" + ARMS, 3, null, "anchor (&p)",
                        "write each value out"),
                text("alias of a mapping", HEAD + "parameters: &p {market: {competition: 0.1}}\narms:\n  - name: a\n"
                        + "    parameters: *p\n", 3, null, "anchor (&p)", "write each value out"),
                text("merge key", HEAD + "arms:\n  - name: a\n    parameters: {market: {competition: 0.1}}\n"
                        + "  - <<: *a\n    name: b\n", 6, null, "alias (*a)", "write each value out"),
                text("str tag", HEAD + "days: !!str 10\n" + ARMS, 3, null, "tag (!!str)", "plain values"),
                text("python tag", HEAD + "seed: !!python/object:os.system ls\n" + ARMS, 3, null, "tag",
                        "plain values"),
                // encodings other than UTF-8
                bytes("Latin-1 e acute", concat("name: bad\ndescription: caf", new int[] {0xE9}, "\n" + ARMS), 2,
                        "byte 0xE9", "Latin-1", "UTF-8"),
                bytes("Windows-1252 quote", concat(HEAD + "arms:\n  - name: a\n    description: ", new int[] {0x93},
                        "x\n"), 5, "byte 0x93", "UTF-8"),
                bytes("UTF-16 little-endian with mark", encoded(valid, "UTF-16LE", true), 1, "UTF-16", "little-endian",
                        "UTF-8"),
                bytes("UTF-16 big-endian with mark", encoded(valid, "UTF-16BE", true), 1, "UTF-16", "big-endian",
                        "UTF-8"),
                bytes("UTF-16 little-endian without mark", encoded(valid, "UTF-16LE", false), 1, "UTF-16",
                        "without a byte-order mark", "UTF-8"),
                bytes("UTF-16 big-endian without mark", encoded(valid, "UTF-16BE", false), 1, "UTF-16", "big-endian",
                        "UTF-8"),
                bytes("UTF-32 with mark", concat("", new int[] {0xFF, 0xFE, 0, 0}, "n\0\0\0"), 1, "UTF-32", "UTF-8"),
                bytes("NUL byte", concat(HEAD + "days:", new int[] {0}, " 10\n" + ARMS), 3, "NUL", "printable UTF-8"),
                bytes("control character", concat(HEAD, new int[] {1}, ARMS), 3, "U+0001", "printable UTF-8"),
                // number forms the tool does not read, named with the key and what it allows
                text(".nan", HEAD + "parameters:\n  market: {competition: .nan}\n" + ARMS, 4,
                        "parameters.market.competition", "NaN", "a number in [0, 1]"),
                text(".inf", HEAD + "parameters:\n  market: {competition: .inf}\n" + ARMS, 4,
                        "parameters.market.competition", "infinite", "a number in [0, 1]"),
                text("-.inf", HEAD + "parameters:\n  market: {competition: -.inf}\n" + ARMS, 4,
                        "parameters.market.competition", "infinite", "[0, 1]"),
                text("hexadecimal", HEAD + "parameters:\n  contact_centre: {agents: 0x10}\n" + ARMS, 4,
                        "parameters.contact_centre.agents", "hexadecimal", "an integer in [1,"),
                text("sexagesimal", HEAD + "parameters:\n  contact_centre: {agents: 1:30}\n" + ARMS, 4,
                        "parameters.contact_centre.agents", "base-60", "an integer in [1,"),
                text("binary", HEAD + "days: 0b101\n" + ARMS, 3, "days", "binary", "[1, 36500]"),
                text("leading zero", HEAD + "days: 012\n" + ARMS, 3, "days", "octal", "[1, 36500]"),
                text("30 digits", HEAD + "parameters:\n  customers: {initial_count: 123456789012345678901234567890}\n"
                        + ARMS, 4, "parameters.customers.initial_count", "too large (30 digits)",
                        "an integer in [0, 20000000]"),
                text("30-digit seed", HEAD + "seed: -123456789012345678901234567890\n" + ARMS, 3, "seed", "too large",
                        "a whole number in ["),
                text("1e400", HEAD + "parameters:\n  market: {competition: 1e400}\n" + ARMS, 4,
                        "parameters.market.competition", "too large", "[0, 1]"),
                text("quoted number", HEAD + "parameters:\n  market: {competition: \"0.3\"}\n" + ARMS, 4,
                        "parameters.market.competition", "'0.3' is quoted", "[0, 1]"),
                text("quoted days", HEAD + "days: '10'\n" + ARMS, 3, "days", "'10' is quoted", "[1, 36500]"),
                text("quoted true", HEAD + "arms:\n  - name: a\n    baseline: \"true\"\n", 5, "arms[1].baseline",
                        "'true' is quoted", "true, false"),
                text("yes for a policy", HEAD + "parameters:\n  policies: {handling: yes}\n" + ARMS, 4,
                        "parameters.policies.handling", "'yes' is not", "kind, defensive"),
                text("yes for baseline", HEAD + "arms:\n  - name: a\n    baseline: yes\n", 5, "arms[1].baseline",
                        "'yes' is not true or false", "true, false"),
                text("on for baseline", HEAD + "arms:\n  - name: a\n    baseline: on\n", 5, "arms[1].baseline",
                        "'on' is not true or false", "true, false"),
                text("no for days", HEAD + "days: no\n" + ARMS, 3, "days", "'no' is not a whole number", "[1, 36500]"),
                text("hexadecimal level", SWEEP + "  factors: {contact_centre.agents: [1, 0x2]}\n", 6,
                        "sweep.factors.contact_centre.agents", "hexadecimal", "an integer in [1,"),
                text(".nan level", SWEEP + "  factors: {market.competition: [0.1, .nan]}\n", 6,
                        "sweep.factors.market.competition", "NaN", "[0, 1]"),
                text("quoted level", SWEEP + "  factors: {market.competition: [0.1, \"0.5\"]}\n", 6,
                        "sweep.factors.market.competition", "'0.5' is quoted", "[0, 1]"),
                text("word as range end", SWEEP + "  factors:\n    agents.empathy_mean: {min: low, max: 0.9}\n", 7,
                        "sweep.factors.agents.empathy_mean", "'low' is not a number", "[0.01, 0.99]"),
                // contrasts: shapes, arms and duplicates
                text("contrast of an unknown arm", TWO_ARMS + "  - {name: x, arm: a, against: c}\n", 7,
                        "contrasts[1].against", "unknown arm 'c'", "an arm of this file: a, b"),
                text("contrast name twice", TWO_ARMS + "  - {name: x, arm: a, against: b}\n"
                        + "  - {name: x, arm: b, against: a}\n", 8, "contrasts[2].name", "duplicate contrast name 'x'"),
                text("contrast asked twice", TWO_ARMS + "  - {name: x, arm: a, against: b}\n"
                        + "  - {name: y, arm: a, against: b}\n", 8, "contrasts[2]", "asked twice", "each contrast once"),
                text("interaction of arms, not pairs", TWO_ARMS + "  - {name: x, interaction: [a, b]}\n", 7,
                        "contrasts[1].interaction[1]", "not a pair of arms", "[[A, B], [C, D]]"),
                text("interaction of three pairs", TWO_ARMS + "  - {name: x, interaction: [[a, b], [b, a], [a, b]]}\n",
                        7, "contrasts[1].interaction", "not two pairs", "(A - B) - (C - D)"),
                text("unknown contrast key", TWO_ARMS + "  - {name: x, arm: a, versus: b}\n", 7, "contrasts[1].versus",
                        "unknown key 'versus'", "name, arm, against, interaction"),
                text("contrast without against", TWO_ARMS + "  - {name: x, arm: a}\n", 7, "contrasts[1].against",
                        "missing", "{name: N, arm: A, against: B}"),
                text("arm against itself", TWO_ARMS + "  - {name: x, arm: a, against: a}\n", 7, "contrasts[1].against",
                        "'a' against itself", "another arm"),
                text("contrasts not a list", HEAD + "arms:\n  - name: a\n  - name: b\ncontrasts: {name: x}\n", 6,
                        "contrasts", "not a list", "interaction: [[A, B], [C, D]]"),
                // the manager's centre section
                text("centre key misspelt", centre("agents: 2", "agent: 2"), 7, "centre.agent", "unknown key 'agent'",
                        "customers, contacts_per_day, handle_minutes, agents"),
                text("centre customers not whole", centre("customers: 8000", "customers: 8000.5"), 4, "centre.customers",
                        "'8000.5' is not a whole number", "a whole number of customers"),
                text("centre with both wages", centre("currency: EUR\n", "currency: EUR\n  agent_wage_per_year: 40000\n"),
                        11, "centre.agent_wage", "both a wage per hour and a wage per year", "agent_wage_per_year"),
                text("centre without a wage", centre("  agent_wage_per_hour: 22\n", ""), 4, "centre.agent_wage",
                        "missing", "agent_wage_per_hour (cost of an agent per hour)"),
                text("centre currency in lower case", centre("currency: EUR", "currency: eur"), 10, "centre.currency",
                        "unknown currency 'eur' (write it in capitals: EUR)", "money units, EUR, USD"),
                text("centre handle time negative", centre("handle_minutes: 7.5", "handle_minutes: -1"), 6,
                        "centre.handle_minutes", "'-1' is out of range", "average handle time in minutes"),
                text("centre contacts quoted", centre("contacts_per_day: 160", "contacts_per_day: \"160\""), 5,
                        "centre.contacts_per_day", "is quoted", "contacts a day"),
                text("centre with more contacts than one a customer a day", centre("contacts_per_day: 160",
                        "contacts_per_day: 20000"), 5, "centre.contacts_per_day", "gives customers.inquiry_rate",
                        "'2.5' is out of range", "[0, 1]"),
                text("centre with a margin too small for a spend", centre("margin_per_customer_per_year: 180",
                        "margin_per_customer_per_year: 0.01"), 9, "centre.margin_per_customer_per_year",
                        "gives customers.value_median", "[0.01, 1000000]"),
                text("centre not a mapping", HEAD + "centre: 8000\n" + ARMS, 3, "centre", "expected a mapping",
                        "keys customers, contacts_per_day"),
                // names too long for file and folder names
                text("experiment name of 65 characters", "name: " + "a".repeat(65) + "\ndescription: x\n" + ARMS, 1,
                        "name", "65 characters", "at most 64 characters"),
                text("arm name of 200 characters", HEAD + "arms:\n  - name: a\n  - name: " + "b".repeat(200) + "\n", 5,
                        "arms[2].name", "200 characters", "at most 64 characters"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void malformedFileIsRefusedWithFileLineKeyAndWhatIsAllowed(Case c, @TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("experiment.yaml");
        Files.write(file, c.content());
        String validate = stderrOf(2, "validate", file.toString());
        String[] lines = validate.split("\n");
        for (String line : lines) {
            assertTrue(line.startsWith("error: " + file + ":"), () -> "one line per problem, naming the file: " + validate);
        }
        String expected = file + ":" + c.line() + ": " + (c.key() == null ? "" : "key '" + c.key() + "': ");
        String message = Arrays.stream(lines).filter(l -> l.contains(expected)).findFirst().orElse("");
        assertFalse(message.isEmpty(), () -> "names line " + c.line() + " and key " + c.key() + ": " + validate);
        for (String text : c.texts()) {
            assertTrue(message.contains(text), () -> "says '" + text + "': " + message);
        }
        assertTrue(message.contains("; allowed: "), () -> "says what is allowed: " + message);
        Path out = tmp.resolve("out");
        String command = new String(c.content(), StandardCharsets.ISO_8859_1).contains("sweep:") ? "sweep" : "run";
        String run = stderrOf(2, command, file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, run.split("\n").length, () -> command + " stops at the first problem, in one line: " + run);
        assertTrue(run.startsWith("error: " + file + ":"), run);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void validateListsEveryProblemOfAFileOneLineEachInLineOrder(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("many.yaml");
        Files.writeString(file, String.join("\n", "name: Many", "description: A question.", "days: 2.5",
                "seed: 0x1F", "parameters:", "  market: {competition: .nan}", "arms:", "  - name: a",
                "    baseline: yes", "  - name: a", "sweep:", "  metrics: [profit, profit]", "  factors:",
                "    agents.empathy_mean: {min: 0.1, max: 0.9, step: 3}", ""));
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, HEAD + ARMS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, RunCommandTest.run(out, err, "validate", good.toString(), file.toString()));
        assertTrue(out.toString().startsWith("OK: " + good), out::toString);
        List<String> lines = List.of(err.toString().split("\n"));
        int[] expectedLines = {1, 3, 4, 6, 9, 10, 12, 14};
        assertEquals(expectedLines.length, lines.size(), err::toString);
        for (int i = 0; i < expectedLines.length; i++) {
            assertTrue(lines.get(i).startsWith("error: " + file + ":" + expectedLines[i] + ": key '"), lines.get(i));
            assertFalse(lines.get(i).contains("Exception"), lines.get(i));
        }
        String run = stderrOf(2, "run", file.toString(), "--out", tmp.resolve("o").toString(), "--quiet");
        assertEquals("error: " + file + ":1: key 'name': 'Many' is not a valid name; allowed: lower-case letters, "
                + "digits and dashes, at most 64 characters, e.g. kind-vs-defensive", run.strip());
    }

    @Test
    void wordsOnAndOffStillNameChoicesAndQuotedWordsStayText(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, HEAD + "parameters:\n  policies: {follow_up: on}\n  contact_centre: {abandonment: \"off\"}\n"
                + "arms:\n  - name: a\n    baseline: true\nsweep:\n  design: \"grid\"\n"
                + "  factors: {policies.follow_up: [on, off], contact_centre.agents: {min: 1, max: 3, steps: 3}}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(out, err, "validate", file.toString()), err::toString);
        assertTrue(out.toString().contains("grid design, 6 points"), out::toString);
    }

    static String stderrOf(int expectedCode, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RunCommandTest.run(new ByteArrayOutputStream(), err, args);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, message);
        assertFalse(message.contains("\tat ") || message.contains("Exception") || message.contains("Error:"),
                () -> "no stack trace: " + message);
        return message;
    }
}
