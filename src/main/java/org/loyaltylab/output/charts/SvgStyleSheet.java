package org.loyaltylab.output.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the inline {@code style='...'} attributes of an SVG element's children into one
 * {@code <style>} sheet of classes, one class per distinct style. JFreeSVG repeats the same long
 * style (font stack, stroke settings) on every line and label; a chart has a few dozen distinct
 * styles over a thousand elements, so the element shrinks by about a quarter and draws the same.
 * Class names carry a prefix so that several SVGs can share one HTML page.
 */
final class SvgStyleSheet {
    private static final Pattern STYLE = Pattern.compile("style='([^']*)'");

    private SvgStyleSheet() {
    }

    /**
     * @param svg    an {@code <svg>} element as JFreeSVG writes it (single-quoted attributes)
     * @param prefix the class-name prefix, unique within the page, letters, digits and hyphens
     * @return the same drawing with the children's styles as classes
     */
    static String compact(String svg, String prefix) {
        int open = svg.indexOf('>') + 1;
        Map<String, String> classes = new LinkedHashMap<>();
        Matcher m = STYLE.matcher(svg.substring(open));
        StringBuilder body = new StringBuilder(svg.length());
        while (m.find()) {
            String name = classes.computeIfAbsent(m.group(1), s -> prefix + "s" + classes.size());
            m.appendReplacement(body, "class='" + name + "'");
        }
        m.appendTail(body);
        StringBuilder sheet = new StringBuilder("<style>");
        classes.forEach((style, name) -> sheet.append('.').append(name).append('{').append(style).append('}'));
        sheet.append("</style>");
        return svg.substring(0, open) + sheet + body;
    }
}
