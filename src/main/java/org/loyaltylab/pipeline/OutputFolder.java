package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.loyaltylab.BadInputException;

/**
 * A results folder that is never a mix of two runs: the new results are written into a fresh
 * hidden folder beside the target ({@code .NAME.loyaltylab-partial-PID}) and swapped in by
 * renames at the end. A run killed before the swap leaves the old results as they were; one
 * killed between the two renames leaves the old results in {@code .NAME.loyaltylab-old-PID},
 * which the next run into the same target moves back before it starts. Folders of this kind
 * left by processes that no longer live are removed by the next run; those of a live process
 * are left alone.
 *
 * <p>Every check is made before anything runs: the target is a folder or does not exist, holds
 * only files this tool writes (the swap replaces it whole), its name fits the file system, and
 * its parent is writable (the error names the folder, not the hidden one).
 */
public final class OutputFolder {
    private static final String PARTIAL = ".loyaltylab-partial-";
    private static final String OLD = ".loyaltylab-old-";
    private static final int MAX_NAME_BYTES = 255;

    private final Path target;
    private final Path partial;
    private boolean committed;

    private OutputFolder(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /**
     * Checks {@code target}, tidies what killed runs left beside it and creates the hidden folder
     * the results are written into.
     *
     * @param option the command-line option that named the target, for messages
     * @param ours   which file names in an existing target this tool writes
     * @throws BadInputException if the target cannot be (re)placed
     */
    public static OutputFolder begin(String option, Path target, Predicate<String> ours) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            throw new BadInputException(option + " " + target + " is the root of the file system: choose a folder in it");
        }
        String name = abs.getFileName().toString();
        requireName(option, target);
        createParent(option, target, parent);
        restoreAndTidy(parent, name, abs);
        if (Files.exists(abs)) {
            requireOurs(option, target, abs, ours);
        }
        Path partial = parent.resolve("." + name + PARTIAL + ProcessHandle.current().pid());
        deleteTree(partial);
        try {
            Files.createDirectory(partial);
        } catch (IOException e) {
            throw new BadInputException(option + " " + target + ": cannot write in " + parent + " (" + reason(e) + ")");
        }
        return new OutputFolder(abs, partial);
    }

    /**
     * @throws BadInputException if the name of {@code target}, or of the hidden folders beside it,
     *                           is too long for the file system
     */
    public static void requireName(String option, Path target) {
        Path name = target.toAbsolutePath().normalize().getFileName();
        int longest = MAX_NAME_BYTES - 2 - PARTIAL.length() - Long.toString(Long.MAX_VALUE).length();
        if (name != null && name.toString().getBytes(StandardCharsets.UTF_8).length > longest) {
            throw new BadInputException(option + " " + target + ": the name is too long for the file system (at most "
                    + longest + " bytes)");
        }
    }

    /** @return the folder to write the new results into */
    public Path dir() {
        return partial;
    }

    /** @return the target folder */
    public Path target() {
        return target;
    }

    /** Swaps the new results in for the target's old ones. */
    public void commit() throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + OLD + ProcessHandle.current().pid());
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        deleteTree(old);
    }

    /** Removes the new results if they were not swapped in (after a failure); the target is untouched. */
    public void abandon() throws IOException {
        if (!committed) {
            deleteTree(partial);
        }
    }

    private static void createParent(String option, Path target, Path parent) {
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new BadInputException(option + " " + target + ": " + existing + " is a file, not a folder");
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new BadInputException(option + " " + target + ": cannot create " + parent + " (" + reason(e) + ")");
        }
    }

    /** @throws BadInputException if {@code abs} is not a folder or holds a file {@code ours} does not claim */
    static void requireOurs(String option, Path target, Path abs, Predicate<String> ours) throws IOException {
        if (!Files.isDirectory(abs)) {
            throw new BadInputException(option + " " + target + " exists and is not a folder");
        }
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(abs)) {
            for (Path e : entries) {
                if (!ours.test(e.getFileName().toString())) {
                    foreign.add(e.getFileName().toString());
                }
            }
        }
        if (!foreign.isEmpty()) {
            foreign.sort(null);
            throw new BadInputException(option + " " + target + " holds files this tool did not write ("
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", ..." : "") + "), and a new run replaces the folder whole: "
                    + "choose a new or empty folder");
        }
    }

    /** Moves back old results a killed swap left hidden, and removes what dead runs left beside the target. */
    private static void restoreAndTidy(Path parent, String name, Path target) throws IOException {
        List<Path> leftovers = new ArrayList<>();
        String prefix = "." + name;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path e : entries) {
                if (e.getFileName().toString().startsWith(prefix + ".loyaltylab-")) {
                    leftovers.add(e);
                }
            }
        }
        for (Path p : leftovers) {
            String rest = p.getFileName().toString().substring(prefix.length());
            boolean old = rest.startsWith(OLD);
            if (!old && !rest.startsWith(PARTIAL) || alive(rest.substring((old ? OLD : PARTIAL).length()))) {
                continue;
            }
            if (old && !Files.exists(target)) {
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(p);
            }
        }
    }

    private static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** @return why a file operation failed, without the path (which may be the hidden folder) */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }
}
