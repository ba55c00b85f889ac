package org.loyaltylab.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * What a chart of a group against a reference line shows, in words: whether the group (customers
 * whose first failure was recovered) stays above the reference (comparable never-failed
 * customers), below it, or neither, and for how long it is above. A point counts as above when
 * its whole 95 % interval is above the reference, below when wholly below, and as unclear
 * otherwise.
 *
 * @param kind   the overall pattern
 * @param from   the first x at which the group is above (NaN if never)
 * @param to     the last x of the first run of points above (NaN if never)
 * @param points the points judged
 */
public record GapVerdict(Kind kind, double from, double to, int points) {
    /** The overall pattern. */
    public enum Kind {
        /** Above at every point. */
        ALWAYS_ABOVE,
        /** Above at some points. */
        SOMETIMES_ABOVE,
        /** Below at every point. */
        ALWAYS_BELOW,
        /** Never above, below at some points, unclear at others. */
        NEVER_ABOVE,
        /** Neither above nor below at any point. */
        NO_CLEAR_DIFFERENCE,
        /** No point to judge. */
        NO_DATA
    }

    /** Where one point lies against the reference. */
    public enum Side {
        /** The whole interval is above the reference. */
        ABOVE,
        /** The whole interval is below the reference. */
        BELOW,
        /** The interval reaches the reference. */
        UNCLEAR;

        /** @return where a difference to the reference lies, from its 95 % interval */
        public static Side ofGap(double low, double high) {
            return low > 0 ? ABOVE : high < 0 ? BELOW : UNCLEAR;
        }

        /** @return where a group's interval lies against the reference's interval (they must not overlap) */
        public static Side ofBands(double low, double high, double refLow, double refHigh) {
            return low > refHigh ? ABOVE : high < refLow ? BELOW : UNCLEAR;
        }
    }

    /**
     * One judged point.
     *
     * @param x    the day (or days since the failure)
     * @param side where the group lies
     */
    public record Point(double x, Side side) {
    }

    /** @return the verdict of points in increasing x */
    public static GapVerdict of(List<Point> points) {
        long above = points.stream().filter(p -> p.side() == Side.ABOVE).count();
        long below = points.stream().filter(p -> p.side() == Side.BELOW).count();
        int n = points.size();
        if (n == 0) {
            return new GapVerdict(Kind.NO_DATA, Double.NaN, Double.NaN, 0);
        }
        if (above == 0) {
            Kind kind = below == n ? Kind.ALWAYS_BELOW : below > 0 ? Kind.NEVER_ABOVE : Kind.NO_CLEAR_DIFFERENCE;
            return new GapVerdict(kind, Double.NaN, Double.NaN, n);
        }
        int first = 0;
        while (points.get(first).side() != Side.ABOVE) {
            first++;
        }
        int last = first;
        while (last + 1 < n && points.get(last + 1).side() == Side.ABOVE) {
            last++;
        }
        return new GapVerdict(above == n ? Kind.ALWAYS_ABOVE : Kind.SOMETIMES_ABOVE, points.get(first).x(),
                points.get(last).x(), n);
    }

    /**
     * @param group     the group in words, plural, e.g. "Recovered customers"
     * @param reference the reference in words, e.g. "never-failed ones"
     * @param unit      what x counts, e.g. "days after the failure"
     * @return the verdict as a sentence, e.g. "Recovered customers stay below never-failed ones: no
     *         paradox here", or "Recovered customers are above never-failed ones from 4 to 88 days
     *         after the failure"
     */
    public String words(String group, String reference, String unit) {
        return switch (kind) {
            case ALWAYS_ABOVE -> group + " stay above " + reference + " throughout: the paradox holds";
            case SOMETIMES_ABOVE -> String.format(Locale.ROOT, "%s are above %s from %s to %s %s", group, reference,
                    whole(from), whole(to), unit);
            case ALWAYS_BELOW -> group + " stay below " + reference + ": no paradox here";
            case NEVER_ABOVE -> group + " are never clearly above " + reference + ": no paradox here";
            case NO_CLEAR_DIFFERENCE -> group + " and " + reference + " do not clearly differ";
            case NO_DATA -> group + ": too few to judge";
        };
    }

    /**
     * @param byArm the verdict of each arm, in arm order
     * @return the verdicts of several arms in one sentence (one arm: its {@link #words}), e.g.
     *         "Recovered customers stay below never-failed ones in every arm: no paradox here"
     */
    public static String summary(String group, String reference, String unit, Map<String, GapVerdict> byArm) {
        if (byArm.size() == 1) {
            return byArm.values().iterator().next().words(group, reference, unit);
        }
        List<String> above = byArm.entrySet().stream().filter(e -> e.getValue().paradox()).map(Map.Entry::getKey)
                .toList();
        if (above.isEmpty()) {
            boolean allBelow = byArm.values().stream().allMatch(v -> v.kind() == Kind.ALWAYS_BELOW);
            boolean noneBelow = byArm.values().stream().noneMatch(v -> v.kind() == Kind.ALWAYS_BELOW
                    || v.kind() == Kind.NEVER_ABOVE);
            return allBelow ? group + " stay below " + reference + " in every arm: no paradox here"
                    : noneBelow ? group + " and " + reference + " do not clearly differ in any arm"
                    : group + " are never clearly above " + reference + " in any arm: no paradox here";
        }
        Map.Entry<String, GapVerdict> longest = byArm.entrySet().stream().filter(e -> e.getValue().paradox())
                .max(Comparator.comparingDouble(e -> e.getValue().to() - e.getValue().from())).orElseThrow();
        String where = above.size() == byArm.size() ? "in every arm" : "in " + above.size() + " of " + byArm.size()
                + " arms";
        return String.format(Locale.ROOT, "%s are above %s %s; longest in %s, from %s to %s %s", group, reference,
                where, longest.getKey(), whole(longest.getValue().from()), whole(longest.getValue().to()), unit);
    }

    /** @return true if the group is above the reference at some point */
    public boolean paradox() {
        return kind == Kind.ALWAYS_ABOVE || kind == Kind.SOMETIMES_ABOVE;
    }

    private static String whole(double x) {
        return String.format(Locale.ROOT, "%,d", Math.round(x));
    }
}
