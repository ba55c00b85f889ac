package org.loyaltylab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/** A manager's centre becomes model parameters by the formulas it prints; explicit parameters win, with a warning. */
class CentreDerivationTest {
    private static final Centre CENTRE = new Centre(8000, 160, 7.5, 2, 22, Centre.WageBasis.HOUR, 180, "EUR");

    @Test
    void everyClosedFormStepFollowsFromTheStatedFigures() {
        Map<String, Object> v = CentreDerivation.derive(CENTRE, Parameters.defaults()).values();
        assertEquals(8000, v.get("customers.initial_count"));
        assertEquals(2, v.get("contact_centre.agents"));
        assertEquals(0.02, (double) v.get("customers.inquiry_rate"), 1e-12, "160 contacts / 8,000 customers");
        assertEquals(6.25, (double) v.get("contact_centre.handle_minutes_mean"), 1e-12,
                "7.5 min / (1 + 0.5 x (1 - 0.6)) at the basic programme");
        assertEquals(528, (double) v.get("economics.agent_wage_per_day"), 1e-12, "22 an hour x 24 hours");
        double perMedian = 0.3 * 365 * 0.05 * Math.exp(0.8 * 0.8 / 2);
        assertEquals(180 / perMedian, (double) v.get("customers.value_median"), 1e-4);
        assertEquals("EUR", v.get("economics.currency"));
    }

    @Test
    void aWagePerYearIsSpreadOver365DaysAndTrainingChangesTheHandleTime() {
        Centre yearly = new Centre(8000, 160, 7.5, 2, 73_000, Centre.WageBasis.YEAR, 180, "USD");
        Map<String, Object> v = CentreDerivation.derive(yearly,
                Parameters.defaults().with("policies.training", "none")).values();
        assertEquals(200, (double) v.get("economics.agent_wage_per_day"), 1e-9);
        assertEquals(7.5 / 1.4, (double) v.get("contact_centre.handle_minutes_mean"), 1e-5, "training level 0.2");
    }

    @Test
    void theFileReadsTheCentreAndItsOwnParametersWinWithAWarning(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, "name: c\ndescription: x\ncentre:\n  customers: 8000\n  contacts_per_day: 160\n"
                + "  handle_minutes: 7.5\n  agents: 2\n  agent_wage_per_year: 50000\n"
                + "  margin_per_customer_per_year: 180\n  currency: GBP\n"
                + "parameters:\n  contact_centre: {agents: 3}\narms:\n  - name: a\n  - name: b\n"
                + "    parameters: {customers: {initial_count: 9000}}\n");
        ExperimentSpec spec = ExperimentLoader.load(file);
        assertEquals(3, spec.base().integer(ParameterRegistry.AGENTS), "the explicit value wins");
        assertEquals(List.of("parameters: contact_centre.agents = 3 overrides the value the centre implies, 2 "
                + "(explicit parameters win)"), spec.centre().warnings());
        assertEquals("GBP", spec.arms().get(0).parameters().choice(ParameterRegistry.CURRENCY));
        assertEquals(9000, spec.arms().get(1).parameters().integer(ParameterRegistry.INITIAL_CUSTOMERS),
                "an arm's own value applies on top");
        assertTrue(spec.centre().lines().get(0).startsWith("Centre: 8,000 customers, 160 contacts a day"));
    }

    @Test
    void aDerivedStepReachesTheBaseAndEveryArmThatDoesNotSetItsOwn(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, "name: c\ndescription: x\ncentre:\n  customers: 800\n  contacts_per_day: 16\n"
                + "  handle_minutes: 7.5\n  agents: 1\n  agent_wage_per_hour: 20\n  margin_per_customer_per_year: 180\n"
                + "arms:\n  - name: a\n  - name: b\n    parameters: {market: {marketing_acquisitions_per_day: 9}}\n");
        ExperimentSpec spec = ExperimentLoader.load(file).withDerived(new CentreDerivation.Step(
                ParameterRegistry.MARKETING_ACQUISITION.key(), 1.5, "test"));
        assertEquals(1.5, spec.arms().get(0).parameters().real(ParameterRegistry.MARKETING_ACQUISITION));
        assertEquals(9, spec.arms().get(1).parameters().real(ParameterRegistry.MARKETING_ACQUISITION));
        assertEquals("test", spec.centre().steps().get(spec.centre().steps().size() - 1).formula());
        assertEquals("money units", spec.base().choice(ParameterRegistry.CURRENCY), "no currency stated");
    }
}
