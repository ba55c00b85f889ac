package org.loyaltylab.output.charts.experiment;

import java.io.IOException;

/** One chart of an experiment, drawn from the tables of its results directory. */
interface ExperimentChart {
    /**
     * @return the chart, or null when its tables are absent or hold nothing to draw
     * @throws IOException if a table cannot be read
     */
    ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException;
}
