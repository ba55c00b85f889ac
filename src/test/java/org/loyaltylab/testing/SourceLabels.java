package org.loyaltylab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old labels of the five source articles ("seed 001", "(seed 000 paradox 2)", "S004", "seed
 * article") and the jargon "Greenwood band", which user-visible text must not use. The random
 * seed ("master seed 42", {@code --seed}, {@code seed:}) is not matched.
 */
public final class SourceLabels {
    /** A seed used as a source label. */
    public static final Pattern SEED_LABEL =
            Pattern.compile("(?i)\\bseeds?\\s+(?:0\\d\\d|articles?|texts?)\\b|\\(seeds?\\b|\\bS00\\d\\b");
    /** The survival band named by its method instead of in plain words. */
    public static final Pattern GREENWOOD = Pattern.compile("(?i)greenwood");

    private SourceLabels() {
    }

    /** Fails, quoting the place, if {@code text} matches {@code pattern}. */
    public static void assertAbsent(Pattern pattern, String text, String where) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            int from = Math.max(0, m.start() - 60);
            int to = Math.min(text.length(), m.end() + 60);
            fail(where + ": '" + m.group() + "' in ..." + text.substring(from, to) + "...");
        }
    }
}
