package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which of several estimates (arms, or segments) is highest and which lowest, and whether the
 * order is clear: the top is clear when its 95 % interval lies wholly above every other one's,
 * the bottom when wholly below. Estimates without a mean are left out.
 *
 * @param entries the estimates, highest mean first
 */
public record Ranking(List<Entry> entries) {
    /**
     * One estimate.
     *
     * @param name its name
     * @param mean its mean
     * @param low  the lower bound of its 95 % interval
     * @param high the upper bound of its 95 % interval
     */
    public record Entry(String name, double mean, double low, double high) {
    }

    /** Orders the entries, highest mean first. */
    public Ranking {
        entries = entries.stream().filter(e -> !Double.isNaN(e.mean()))
                .sorted(Comparator.comparingDouble(Entry::mean).reversed()).toList();
    }

    /** @return the ranking of the estimates given by name */
    public static Ranking of(Map<String, double[]> meanLowHigh) {
        List<Entry> list = new ArrayList<>();
        meanLowHigh.forEach((name, v) -> list.add(new Entry(name, v[0], v[1], v[2])));
        return new Ranking(list);
    }

    /** @return the highest estimate, if its interval lies above every other one's; else null */
    public Entry clearTop() {
        if (entries.size() < 2) {
            return null;
        }
        Entry top = entries.get(0);
        return entries.stream().skip(1).allMatch(e -> top.low() > e.high()) ? top : null;
    }

    /** @return the lowest estimate, if its interval lies below every other one's; else null */
    public Entry clearBottom() {
        if (entries.size() < 2) {
            return null;
        }
        Entry bottom = entries.get(entries.size() - 1);
        return entries.stream().limit(entries.size() - 1L).allMatch(e -> bottom.high() < e.low()) ? bottom : null;
    }

    /**
     * @param what   what is compared, e.g. "Active customers at day 730"
     * @param higher the word for a higher value, e.g. "highest"
     * @param lower  the word for a lower value, e.g. "lowest"
     * @return the ranking in words: "Active customers at day 730: kind highest, defensive lowest",
     *         "...: kind highest" (when only the top is clear), or "...: no clear difference"
     */
    public String words(String what, String higher, String lower) {
        Entry top = clearTop();
        Entry bottom = clearBottom();
        if (top == null && bottom == null) {
            return what + ": no clear difference";
        }
        List<String> parts = new ArrayList<>();
        if (top != null) {
            parts.add(top.name() + " " + higher);
        }
        if (bottom != null && (top == null || entries.size() > 2)) {
            parts.add(bottom.name() + " " + lower);
        }
        return what + ": " + String.join(", ", parts);
    }
}
