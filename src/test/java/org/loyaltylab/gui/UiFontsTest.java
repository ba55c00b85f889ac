package org.loyaltylab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIDefaults;
import javax.swing.plaf.FontUIResource;
import org.junit.jupiter.api.Test;

/** Large text raises Swing's fonts to the projector size and normal text puts them back. */
class UiFontsTest {
    @Test
    void largeTextRaisesTheDefaultFontsAndNormalTextRestoresThem() {
        UIDefaults ui = new UIDefaults();
        ui.put("Label.font", new FontUIResource("DejaVu Sans", Font.PLAIN, 12));
        ui.put("TabbedPane.font", new FontUIResource("DejaVu Sans", Font.BOLD, 13));
        ui.put("Label.foreground", java.awt.Color.BLACK);
        UiFonts.applyDefaults(TextSize.LARGE, ui);
        assertEquals(TextSize.PROJECTOR_PX, ui.getFont("Label.font").getSize2D());
        assertEquals(TextSize.PROJECTOR_PX, ui.getFont("TabbedPane.font").getSize2D());
        assertTrue(ui.getFont("TabbedPane.font").isBold());
        UiFonts.applyDefaults(TextSize.NORMAL, ui);
        assertEquals(12, ui.getFont("Label.font").getSize2D());
        assertEquals(13, ui.getFont("TabbedPane.font").getSize2D());
    }

    @Test
    void fontsAComponentSetForItselfAreRaisedAndRestoredToo() {
        JPanel panel = new JPanel();
        JLabel own = new JLabel("own font");
        own.setFont(new Font("DejaVu Sans", Font.ITALIC, 11));
        JLabel large = new JLabel("already large");
        large.setFont(new Font("DejaVu Sans", Font.PLAIN, 40));
        panel.add(own);
        panel.add(large);
        UiFonts.applyOwn(TextSize.LARGE, panel);
        assertEquals(TextSize.PROJECTOR_PX, own.getFont().getSize2D());
        assertTrue(own.getFont().isItalic());
        assertEquals(40, large.getFont().getSize2D(), "never made smaller");
        UiFonts.applyOwn(TextSize.NORMAL, panel);
        assertEquals(11, own.getFont().getSize2D());
    }
}
