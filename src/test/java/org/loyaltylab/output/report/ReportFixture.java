package org.loyaltylab.output.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.loyaltylab.cli.LoyaltyLab;

/** A small two-arm experiment run through the command line, producing tables, charts and a report. */
final class ReportFixture {
    private ReportFixture() {
    }

    static Path run(Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, String.join("\n",
                "name: tiny-report",
                "description: Does kind handling keep more customers? (a tiny test experiment)",
                "days: 90",
                "replications: 3",
                "parameters:",
                "  customers: {initial_count: 1500}",
                "  contact_centre: {agents: 1}",
                "arms:",
                "  - name: defensive",
                "    parameters: {policies: {handling: defensive}}",
                "  - name: kind",
                "    description: Listen, acknowledge, apologise.",
                "    parameters: {policies: {handling: kind}}",
                ""));
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoyaltyLab.run(new String[] {"run", file.toString(), "--out", out.toString(), "--quiet"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        if (code != 0) {
            throw new IllegalStateException("run failed: " + err);
        }
        return out;
    }
}
