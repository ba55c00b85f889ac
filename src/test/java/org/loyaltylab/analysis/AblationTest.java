package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.SummaryMetrics;

/** The gain a mechanism carries, computed by hand on paired replications. */
class AblationTest {
    private static final double[] BASE_ON = {0.80, 0.82, 0.79};
    private static final double[] ARM_ON = {0.84, 0.85, 0.84};
    private static final Contrast KIND = Contrast.pair("kind", "defensive");

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    @Test
    void carriedGainIsTheFullGainMinusTheGainWithTheMechanismOffPairedByReplication() {
        double[] baseOff = {0.81, 0.82, 0.80};
        double[] armOff = {0.83, 0.83, 0.82};
        Ablation a = Ablation.of(KIND, SummaryMetrics.RETENTION, "mechanisms.escalation", minus(ARM_ON, BASE_ON),
                minus(armOff, baseOff));
        assertEquals((0.04 + 0.03 + 0.05) / 3, a.fullGain().mean(), 1e-12);
        assertEquals((0.02 + 0.01 + 0.02) / 3, a.gainOff().mean(), 1e-12);
        assertEquals((0.02 + 0.02 + 0.03) / 3, a.carried().mean(), 1e-12);
        assertEquals(0.07 / 0.12, a.share().mean(), 1e-12);
        assertTrue(a.share().lower() < a.share().mean() && a.share().mean() < a.share().upper());
        assertEquals(3, a.fullGain().n());
    }

    @Test
    void aMechanismThatChangesNothingCarriesNoneOfTheGain() {
        Ablation a = Ablation.of(KIND, SummaryMetrics.RETENTION, "mechanisms.wait_penalty", minus(ARM_ON, BASE_ON),
                minus(ARM_ON, BASE_ON));
        assertEquals(0, a.carried().mean(), 1e-15);
        assertEquals(0, a.share().mean());
    }

    @Test
    void theFindingNamesTheMechanismsThatCarryMostFirst() {
        Ablation small = Ablation.of(KIND, SummaryMetrics.RETENTION, "mechanisms.wait_penalty",
                minus(ARM_ON, BASE_ON), minus(ARM_ON, BASE_ON));
        Ablation large = Ablation.of(KIND, SummaryMetrics.RETENTION, "mechanisms.escalation",
                minus(ARM_ON, BASE_ON), minus(BASE_ON, BASE_ON));
        List<String> findings = Ablation.findings(List.of(small, large), SummaryMetrics.RETENTION, "EUR");
        assertEquals(1, findings.size());
        String s = findings.get(0);
        assertTrue(s.startsWith("Of the retention gain of kind over defensive (+4.0 points)"), s);
        assertTrue(s.indexOf("mechanisms.escalation` 100 %") < s.indexOf("mechanisms.wait_penalty` 0 %"), s);
    }
}
