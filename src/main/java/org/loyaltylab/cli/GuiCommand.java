package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.gui.ArmChoice;
import org.loyaltylab.gui.ArmSetup;
import org.loyaltylab.gui.LoyaltyLabGui;
import org.loyaltylab.gui.TextSize;
import org.loyaltylab.model.random.KeyedRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code loyaltylab gui [FILE]}: the live simulation on MASON's Console. */
@Command(name = "gui", description = "Open the live simulation (MASON Console) on up to "
        + ArmChoice.MAX_ARMS + " arms of an experiment; with --screenshot, run N days, save pictures and exit.")
final class GuiCommand extends PrintingCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "experiment file (default: the defaults)")
    private Path file;

    @Option(names = "--arms", paramLabel = "NAME,NAME", split = ",",
            description = "the arms to show, up to " + ArmChoice.MAX_ARMS + " (default: the first ones)")
    private List<String> armNames = new ArrayList<>();

    @Option(names = "--large-text", description = "text of at least 28 px and thicker lines, for a projector "
            + "(also in the View menu)")
    private boolean largeText;

    @Option(names = "--screenshot", paramLabel = "OUT.png",
            description = "save OUT.png (floor and charts) and OUT-console.png after --days days and exit")
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
            arms = List.of(new ArmSetup("defaults", 0, org.loyaltylab.model.param.Parameters.defaults()));
            master = 1;
            horizon = 730;
        } else {
            ExperimentSpec spec = ExperimentLoader.load(file);
            arms = setups(spec);
            master = spec.seed();
            horizon = spec.days();
        }
        ArmChoice choice = ArmChoice.of(arms, armNames);
        tell(choice);
        if (days != null) {
            if (days < 1) {
                throw new BadInputException("--days must be at least 1");
            }
            horizon = days;
        }
        long replicationSeed = KeyedRandom.replicationSeed(seed == null ? master : seed, 1);
        int code = LoyaltyLabGui.launch(choice.shown(), replicationSeed, horizon,
                largeText ? TextSize.LARGE : TextSize.NORMAL, screenshot, this::openScenario);
        if (screenshot != null || code != 0) {
            return code;
        }
        new CountDownLatch(1).await();
        return 0;
    }

    private static List<ArmSetup> setups(ExperimentSpec spec) {
        List<ArmSetup> arms = new ArrayList<>();
        for (int i = 0; i < spec.arms().size(); i++) {
            arms.add(new ArmSetup(spec.arms().get(i).name(), i, spec.arms().get(i).parameters()));
        }
        return arms;
    }

    /** Prints which arms are shown when not all are. */
    private void tell(ArmChoice choice) {
        if (!choice.note().isEmpty()) {
            err().println(choice.note());
            err().flush();
        }
    }

    private void openScenario(Path experiment, TextSize textSize) {
        ExperimentSpec spec = ExperimentLoader.load(experiment);
        ArmChoice choice = ArmChoice.of(setups(spec), List.of());
        tell(choice);
        LoyaltyLabGui.launch(choice.shown(), KeyedRandom.replicationSeed(spec.seed(), 1), spec.days(), textSize, null,
                this::openScenario);
    }
}
