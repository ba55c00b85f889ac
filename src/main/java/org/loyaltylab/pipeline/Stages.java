package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.loyaltylab.BadInputException;

/** Small steps the pipelines share. */
final class Stages {
    private Stages() {
    }

    /** @return the command line as the manifests record it */
    static String commandLine(List<String> arguments) {
        return "loyaltylab " + String.join(" ", arguments);
    }

    /** @throws BadInputException if {@code dir} exists and is not a directory, or cannot be created */
    static void createFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + " exists and is not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("--out " + dir + ": cannot create the folder (" + e.getClass().getSimpleName()
                    + ")");
        }
    }
}
