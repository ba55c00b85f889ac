package org.loyaltylab.output.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.report.ShortReport;

/** Tables and charts written side by side: a failed write leaves nothing behind at a new path. */
class ParallelWritesTest {
    @Test
    void aChartOrTableThatFailsHalfWayLeavesNoFileAtItsNewPathAndNoTemporaryFile(@TempDir Path dir)
            throws IOException {
        ShortReport report = new ShortReport(dir, "Test", "broken", "Does a failed chart leave a file?")
                .chart("broken", (g, area) -> {
                    g.fill(area);
                    throw new IllegalStateException("the figure fails half drawn");
                }, "A chart that cannot be drawn.");
        List<ParallelWrites.Job> jobs = new ArrayList<>(report.chartJobs());
        jobs.add(() -> AtomicFiles.writeText(dir.resolve("table.csv"), w -> {
            w.write("a,b\n1,2\n");
            w.flush();
            throw new IOException("the disk is full half way");
        }));
        jobs.add(() -> AtomicFiles.writeString(dir.resolve("whole.csv"), "a,b\n1,2\n"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelWrites.run(jobs, 2));
        assertEquals("the figure fails half drawn", e.getMessage(), "the first failure in list order");
        try (Stream<Path> tree = Files.walk(dir)) {
            List<String> left = tree.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList();
            assertFalse(left.stream().anyMatch(f -> f.startsWith("charts/broken") || f.equals("table.csv")
                    || f.endsWith(".tmp") || f.equals(ShortReport.FILE)), left::toString);
            if (left.contains("whole.csv")) {
                assertEquals("a,b\n1,2\n", Files.readString(dir.resolve("whole.csv")), "a job that ran ran whole");
            }
        }
    }

    @Test
    void aFailureIsReportedOnlyOnceTheWritesUnderWayHaveEnded(@TempDir Path dir) throws IOException {
        CountDownLatch started = new CountDownLatch(1);
        List<ParallelWrites.Job> jobs = List.of(() -> {
            await(started);
            throw new IOException("fails while the other job writes");
        }, () -> {
            started.countDown();
            AtomicFiles.writeText(dir.resolve("slow.csv"), w -> {
                w.write("a\n");
                sleep();
            });
        });
        assertThrows(IOException.class, () -> ParallelWrites.run(jobs, 2));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("slow.csv"), files.map(p -> p.getFileName().toString()).toList(),
                    "the running job finished, its temporary file renamed");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
