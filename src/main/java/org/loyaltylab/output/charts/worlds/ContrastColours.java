package org.loyaltylab.output.charts.worlds;

import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.experiment.Contrast;

/**
 * The palette colour of each contrast: that of its arm (the first arm of its definition), so that
 * the default contrasts, each arm against the baseline, keep their arm's colour; a contrast whose
 * arm an earlier contrast already took gets the next palette colour no arm uses.
 */
public final class ContrastColours {
    private ContrastColours() {
    }

    /**
     * @param arms      every arm of the experiment, in colour order
     * @param contrasts the contrasts, in order
     * @return the palette index of each contrast, in the same order, all different while the palette lasts
     */
    public static int[] of(List<String> arms, List<Contrast> contrasts) {
        List<Integer> taken = new ArrayList<>();
        int spare = arms.size();
        int[] out = new int[contrasts.size()];
        for (int i = 0; i < out.length; i++) {
            int colour = arms.indexOf(contrasts.get(i).arm());
            if (taken.contains(colour)) {
                colour = spare++;
            }
            taken.add(colour);
            out[i] = colour;
        }
        return out;
    }
}
