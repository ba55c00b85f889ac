package org.loyaltylab.model.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.economy.CostComponent;
import org.junit.jupiter.api.Test;

/** The registry numbers its figures in column order, documents each, and rows are indexed by it. */
class MetricRegistryTest {
    private static final List<MetricSet> SETS = List.of(SeriesMetrics.ALL, SummaryMetrics.ALL);

    @Test
    void everyFigureIsNumberedInColumnOrderWithAUniqueKeyAndIsDocumented() {
        for (MetricSet set : SETS) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < set.size(); i++) {
                Metric m = set.all().get(i);
                assertEquals(i, m.index(), m.key());
                assertSame(set, m.set(), m.key());
                assertTrue(keys.add(m.key()), "duplicate " + m.key());
                assertTrue(m.key().matches("[a-z][a-z0-9_]*"), m.key());
                assertFalse(m.unit().isBlank() || m.meaning().isBlank(), m.key());
                assertSame(m, set.parse(m.key()));
            }
            assertEquals(List.copyOf(keys).size(), set.keys().size());
        }
    }

    @Test
    void figuresGeneratedPerEnumConstantAreDistinctColumnsOfTheirTable() {
        for (ExitReason r : ExitReason.values()) {
            assertEquals("churn_" + r.label() + "_total", SeriesMetrics.churned(r).key());
            assertEquals("churn_" + r.label(), SummaryMetrics.churned(r).key());
        }
        for (CostComponent c : CostComponent.values()) {
            assertEquals("cost_" + c.label() + "_cum", SeriesMetrics.cost(c).key());
            assertSame(SummaryMetrics.ALL, SummaryMetrics.cost(c).set());
        }
        Set<Metric> byFailure = new HashSet<>();
        for (FailureExperience f : FailureExperience.values()) {
            assertTrue(byFailure.add(SeriesMetrics.meanLoyalty(f)));
        }
    }

    @Test
    void anUnknownNameIsRefusedNamingEveryAllowedKey() {
        UnknownMetricException e = assertThrows(UnknownMetricException.class,
                () -> SummaryMetrics.ALL.parse("churn_natural_total"));
        assertEquals("'churn_natural_total' is not a summary figure", e.getMessage());
        assertEquals(String.join(", ", SummaryMetrics.ALL.keys()), e.allowed());
        assertTrue(e.allowed().startsWith("active_customers, retention, "), e.allowed());
    }

    @Test
    void aRowIsIndexedByItsTableAndRefusesAnotherTablesFigure() {
        MetricValues.Builder b = MetricValues.of(SummaryMetrics.ALL);
        for (Metric m : SummaryMetrics.ALL.all()) {
            b.put(m, 10 * m.index());
        }
        MetricValues row = b.build();
        assertEquals(10.0 * SummaryMetrics.RETENTION.index(), row.get(SummaryMetrics.RETENTION));
        assertEquals(10.0 * SummaryMetrics.cost(CostComponent.WAGES).index(),
                row.get(SummaryMetrics.cost(CostComponent.WAGES)));
        assertThrows(IllegalArgumentException.class, () -> row.get(SeriesMetrics.ACTIVE_CUSTOMERS));
        assertThrows(IllegalArgumentException.class, () -> b.put(SummaryMetrics.PROFIT, 1));
        Metric forged = new Metric(SummaryMetrics.ALL, SummaryMetrics.RETENTION.index(), "kept", "share 0-1",
                Kind.LEVEL, Aggregation.LAST, "not registered");
        assertThrows(IllegalArgumentException.class, () -> row.get(forged));
    }

    @Test
    void aRowWithAFigureMissingIsNotBuilt() {
        MetricValues.Builder b = MetricValues.of(SeriesMetrics.ALL);
        for (Metric m : SeriesMetrics.ALL.all()) {
            if (m != SeriesMetrics.QUEUE_LENGTH) {
                b.put(m, 0);
            }
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertEquals("no value for queue_length", e.getMessage());
    }
}
