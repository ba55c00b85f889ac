package org.loyaltylab.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small calibration for tests: two targets, two parameters, 3,000 customers, 365 days, 2 replications. */
final class CalibrationFiles {
    private CalibrationFiles() {
    }

    /**
     * @param complaint  the complaint-share target's {value, tolerance}
     * @param silent     the bought-again target (large problems, no complaint)
     * @return the calibration file, with its targets and experiment files beside it
     */
    static Path write(Path dir, String complaint, String silent, int budget) throws IOException {
        Files.writeString(dir.resolve("experiment.yaml"), "name: small\ndescription: x\nseed: 7\n"
                + "parameters:\n  customers: {initial_count: 3000}\narms:\n  - name: base\n");
        Files.writeString(dir.resolve("targets.yaml"), "targets:\n"
                + "  - {name: complained, observable: complaint_share, source: simulated, "
                + complaint.substring(1, complaint.length() - 1) + "}\n"
                + "  - {name: silent-bought-again, observable: bought_again_share, problem_size: large, "
                + "outcome: no-complaint, source: simulated, " + silent.substring(1, silent.length() - 1) + "}\n");
        Path file = dir.resolve("calibration.yaml");
        Files.writeString(file, "name: small\ntargets: targets.yaml\nexperiment: experiment.yaml\ndays: 365\n"
                + "replications: 2\nbudget: " + budget + "\nfit:\n"
                + "  service.complaint_base: {min: -6, max: -2}\n  loyalty.repurchase_base: {min: -2, max: 3}\n");
        return file;
    }
}
