package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which of several estimates (arms, or segments) are highest and which lowest, where the order is
 * clear: the top group is the highest estimates whose 95 % intervals, one reaching the next, lie
 * wholly above every other interval (the bottom group alike). Estimates without a mean are left out.
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

    /**
     * @return the estimates at the top that no interval joins to the rest: from the highest down,
     *         while the next interval reaches the lowest lower bound so far; empty when that takes in
     *         every estimate
     */
    public List<Entry> topGroup() {
        return group(entries);
    }

    /** @return the estimates at the bottom that no interval joins to the rest (as {@link #topGroup}, upwards) */
    public List<Entry> bottomGroup() {
        List<Entry> upwards = new ArrayList<>(entries);
        java.util.Collections.reverse(upwards);
        List<Entry> mirrored = upwards.stream().map(e -> new Entry(e.name(), -e.mean(), -e.high(), -e.low())).toList();
        List<String> names = group(mirrored).stream().map(Entry::name).toList();
        return upwards.stream().filter(e -> names.contains(e.name())).toList();
    }

    private static List<Entry> group(List<Entry> fromTop) {
        if (fromTop.size() < 2) {
            return List.of();
        }
        double low = fromTop.get(0).low();
        int k = 1;
        while (k < fromTop.size() && fromTop.get(k).high() >= low) {
            low = Math.min(low, fromTop.get(k).low());
            k++;
        }
        return k == fromTop.size() ? List.of() : fromTop.subList(0, k);
    }

    /**
     * @param what   what is compared, e.g. "Active customers at day 730"
     * @param higher the word for a higher value, e.g. "highest"
     * @param lower  the word for a lower value, e.g. "lowest"
     * @return the ranking in words: "Active customers at day 730: kind highest, defensive lowest",
     *         "...: kind and kind-volatile highest, defensive lowest" (lowest first), "...: kind highest" (two
     *         estimates, or only the top apart), "...: poor lowest" (when most are highest together),
     *         or "...: no clear difference"
     */
    public String words(String what, String higher, String lower) {
        List<Entry> top = topGroup();
        if (top.isEmpty()) {
            return what + ": no clear difference";
        }
        List<Entry> bottom = bottomGroup();
        if (2 * top.size() > entries.size() && !bottom.isEmpty()) {
            return what + ": " + names(bottom) + " " + lower; // the few apart, not the many together
        }
        String words = what + ": " + names(top) + " " + higher;
        return entries.size() > 2 && !bottom.isEmpty() ? words + ", " + names(bottom) + " " + lower : words;
    }

    /** @return the names of the estimates, "a", "a and b", "a, b and c" */
    public static String names(List<Entry> group) {
        List<String> names = group.stream().map(Entry::name).toList();
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1);
    }
}
