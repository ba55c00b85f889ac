package org.loyaltylab.cli;

import java.nio.file.Path;
import org.loyaltylab.output.report.ReportBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code loyaltylab report DIR}: redraws charts and the report from the tables, without re-running. */
@Command(name = "report", description = "Redraw the charts (charts/*.png|svg|pdf) and report.html of a results "
        + "directory from its tables, without re-running the simulation; refuses a folder whose tables are "
        + "incomplete or do not match its run.json.")
final class ReportCommand extends PrintingCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "a results directory written by loyaltylab run")
    private Path dir;

    @Option(names = "--slides", description = "also draw every chart at 1920 x 1080 for a projector, into "
            + "charts/slides/")
    private boolean slides;

    @Override
    public Integer call() throws Exception {
        Path report = ReportBuilder.build(dir, slides);
        out().println("Charts in " + dir.resolve("charts") + ", report in " + report);
        out().flush();
        return 0;
    }
}
