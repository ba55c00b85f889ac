package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.loyaltylab.BadInputException;
import org.loyaltylab.calibration.Calibration;
import org.loyaltylab.calibration.CalibrationResult;
import org.loyaltylab.calibration.CalibrationSpec;
import org.loyaltylab.output.CalibrationTables;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.calibration.ConvergenceChart;
import org.loyaltylab.output.charts.calibration.FitChart;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.output.report.CalibrationReport;

/**
 * A {@code calibrate} start to finish: the evaluations in the crash-safe store
 * ({@code calibration.db}, resumable), then {@code fit.csv}, {@code accepted.csv},
 * {@code evaluations.csv}, {@code calibrated.yaml}, the fit and convergence charts and
 * {@code report.html}.
 */
public final class CalibrationPipeline {
    /** The store's file name in the output folder. */
    public static final String STORE = "calibration.db";

    private final ProgressListener progress;

    /** @param progress hears each evaluation */
    public CalibrationPipeline(ProgressListener progress) {
        this.progress = progress;
    }

    /**
     * @param dir     the output folder
     * @param threads threads for the replications
     * @param resume  whether to carry on a calibration stored in {@code dir}
     * @param command the command line, for the report
     * @return what the calibration found
     */
    public CalibrationResult run(CalibrationSpec spec, Path dir, int threads, boolean resume, List<String> command)
            throws IOException, SQLException {
        Path store = dir.resolve(STORE);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + ": is a file; allowed: a folder");
        }
        if (Files.exists(store) && !resume) {
            throw new BadInputException(dir + " already holds a calibration; use --resume to carry it on, "
                    + "or another --out folder");
        }
        Files.createDirectories(dir.resolve("charts"));
        CalibrationResult result;
        progress.started("calibration", spec.budget());
        try {
            int[] n = {0};
            result = Calibration.run(spec, store, threads, spec.experiment().seed(), e -> progress.finished(++n[0]));
        } finally {
            progress.ended();
        }
        CalibrationTables.write(result, dir);
        ChartExport.write(ChartExport.of(FitChart.draw(result)), dir.resolve("charts/fit"));
        ChartExport.write(ChartExport.of(ConvergenceChart.draw(result)), dir.resolve("charts/convergence"));
        AtomicFiles.writeString(dir.resolve("report.html"), CalibrationReport.html(result, command));
        return result;
    }
}
