package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.gui.ArmSetup;
import org.loyaltylab.gui.LoyaltyLabGui;

import org.loyaltylab.model.random.KeyedRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code loyaltylab gui [FILE]}: the live simulation on MASON's Console. */
@Command(name = "gui", description = "Open the live simulation (MASON Console) on an experiment's first two arms; "
        + "with --screenshot, run N days, save a picture of every window and exit.")
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "experiment file (default: the defaults)")
    private Path file;

    @Option(names = "--screenshot", paramLabel = "OUT.png", description = "save a screenshot after --days days and exit")
    private Path screenshot;

    @Option(names = "--days", paramLabel = "N", description = "days to run (default: the experiment's horizon)")
    private Integer days;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the experiment's)")
    private Long seed;

    @Override
    public Integer call() throws InterruptedException {
        List<ArmSetup> arms;
        long master;
        int horizon;
        if (file == null) {
            arms = List.of(new ArmSetup("defaults", org.loyaltylab.model.param.Parameters.defaults()));
            master = 1;
            horizon = 730;
        } else {
            ExperimentSpec spec = ExperimentLoader.load(file);
            arms = spec.arms().stream().map((Arm a) -> new ArmSetup(a.name(), a.parameters())).toList();
            master = spec.seed();
            horizon = spec.days();
        }
        if (days != null) {
            if (days < 1) {
                throw new BadInputException("--days must be at least 1");
            }
            horizon = days;
        }
        long replicationSeed = KeyedRandom.replicationSeed(seed == null ? master : seed, 1);
        int code = LoyaltyLabGui.launch(arms, replicationSeed, horizon, screenshot, GuiCommand::openScenario);
        if (screenshot != null || code != 0) {
            return code;
        }
        new CountDownLatch(1).await();
        return 0;
    }

    private static void openScenario(Path experiment) {
        ExperimentSpec spec = ExperimentLoader.load(experiment);
        List<ArmSetup> arms = spec.arms().stream().map((Arm a) -> new ArmSetup(a.name(), a.parameters())).toList();
        LoyaltyLabGui.launch(arms, KeyedRandom.replicationSeed(spec.seed(), 1), spec.days(), null,
                GuiCommand::openScenario);
    }
}
