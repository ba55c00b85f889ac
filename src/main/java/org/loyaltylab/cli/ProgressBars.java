package org.loyaltylab.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.loyaltylab.pipeline.ProgressListener;

/** Draws a pipeline's progress as one ASCII progress bar per stage, on a terminal only. */
final class ProgressBars implements ProgressListener {
    private ProgressBar bar;

    private ProgressBars() {
    }

    /** @return progress bars, or silence when {@code quiet} or when no terminal is attached */
    static ProgressListener unless(boolean quiet) {
        return quiet || System.console() == null ? ProgressListener.SILENT : new ProgressBars();
    }

    @Override
    public void started(String stage, int runs) {
        bar = new ProgressBarBuilder().setTaskName(stage).setInitialMax(runs).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" runs", 1).showSpeed().build();
    }

    @Override
    public void finished(int runs) {
        bar.stepTo(runs);
    }

    @Override
    public void ended() {
        bar.close();
    }
}
