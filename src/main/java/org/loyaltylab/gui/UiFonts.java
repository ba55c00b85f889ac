package org.loyaltylab.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.UIDefaults;
import javax.swing.plaf.FontUIResource;
import javax.swing.plaf.UIResource;
import javax.swing.text.JTextComponent;

/**
 * The Swing side of {@link TextSize}: the fonts of MASON's Console, its model inspector, menus and
 * the display's controls. Large text raises the look and feel's default fonts (for components
 * made later, such as the inspector of each new run) and every font a component set for itself;
 * normal text puts the originals back.
 */
final class UiFonts {
    private static final String ORIGINAL = "loyaltylab.normalFont";
    /** Per look-and-feel defaults (by identity: a UIDefaults' hash changes with its content), the original fonts. */
    private static final Map<UIDefaults, Map<Object, Font>> ORIGINALS = new IdentityHashMap<>();

    private UiFonts() {
    }

    /** Sets the default fonts of {@code ui} (a look and feel's defaults) for {@code size}. */
    static synchronized void applyDefaults(TextSize size, UIDefaults ui) {
        Map<Object, Font> originals = ORIGINALS.computeIfAbsent(ui, k -> new HashMap<>());
        if (originals.isEmpty()) {
            for (Object key : new ArrayList<>(ui.keySet())) {
                if (ui.get(key) instanceof Font font) {
                    originals.put(key, font);
                }
            }
        }
        originals.forEach((key, font) -> ui.put(key, new FontUIResource(sized(font, size))));
    }

    /** Sets the fonts of {@code window} and everything in it for {@code size}, and lays it out again. */
    static void apply(TextSize size, Window window) {
        SwingUtilities.updateComponentTreeUI(window);
        applyOwn(size, window);
        window.validate();
        window.repaint();
    }

    /** Sizes the fonts that components set for themselves (the look and feel's follow its defaults). */
    static void applyOwn(TextSize size, Component c) {
        if (c instanceof JComponent j && c.getFont() != null && !(c.getFont() instanceof UIResource)) {
            Font original = (Font) j.getClientProperty(ORIGINAL);
            if (original == null) {
                original = c.getFont();
                j.putClientProperty(ORIGINAL, original);
            }
            c.setFont(sized(original, size));
        }
        if (c instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                applyOwn(size, item);
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                applyOwn(size, child);
            }
        }
    }

    private static Font sized(Font font, TextSize size) {
        return font.deriveFont(Math.max(font.getSize2D(), size.uiPx()));
    }

    /**
     * @return the smallest font among the components under {@code c} that show text (labels,
     *         buttons, menus, tabs, text fields, lists, tables), with the component's class, or
     *         null when there is none
     */
    static Map.Entry<Float, String> smallestText(Component c) {
        List<Map.Entry<Float, String>> found = new ArrayList<>();
        collect(c, found);
        return found.stream().min(Map.Entry.comparingByKey()).orElse(null);
    }

    private static void collect(Component c, List<Map.Entry<Float, String>> found) {
        boolean text = c instanceof JLabel l && l.getText() != null && !l.getText().isBlank()
                || c instanceof AbstractButton b && b.getText() != null && !b.getText().isBlank()
                || c instanceof JTextComponent || c instanceof JComboBox || c instanceof JTabbedPane
                || c instanceof JList || c instanceof JTable;
        if (text && c.isShowing() && c.getFont() != null) {
            found.add(Map.entry(c.getFont().getSize2D(), c.getClass().getName()));
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, found);
            }
        }
    }
}
