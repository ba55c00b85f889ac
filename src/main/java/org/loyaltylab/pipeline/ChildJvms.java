package org.loyaltylab.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts Java processes like this one (same Java, same heap, GC and system-property options, same
 * class path unless told otherwise) and times them from the outside: {@link #time(List, Path)} starts every command at
 * once and returns the seconds until the last one has ended, JVM start-up and exit included.
 */
final class ChildJvms {
    private final List<String> java;
    private final String classPath = System.getProperty("java.class.path");

    /** Takes this JVM's executable and its {@code -X} and {@code -D} options. */
    ChildJvms() {
        java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if ((option.startsWith("-X") || option.startsWith("-D")) && !option.startsWith("-Xrunjdwp")
                    && !option.startsWith("-Xdebug")) {
                java.add(option);
            }
        }
    }

    /** @return the command that runs {@code mainClass} with {@code args} in a JVM like this one */
    List<String> command(String mainClass, List<String> args) {
        return command(classPath, mainClass, args);
    }

    /** @return as {@link #command(String, List)}, with another class path (another version's jar) */
    List<String> command(String classPath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(java);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * Runs the commands at once, each with its output in {@code logs/child-<i>.log}.
     *
     * @return the wall time from the first start to the last end, in seconds
     * @throws IllegalStateException if a process fails, with the end of its output
     */
    static double time(List<List<String>> commands, Path logs) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < commands.size(); i++) {
            Path log = logs.resolve("child-" + i + ".log");
            outputs.add(log);
            processes.add(new ProcessBuilder(commands.get(i)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start());
        }
        for (Process p : processes) {
            p.waitFor();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i).exitValue() != 0) {
                String output = Files.readString(outputs.get(i));
                throw new IllegalStateException("a benchmark process failed (exit " + processes.get(i).exitValue()
                        + "): " + String.join(" ", commands.get(i)) + "\n"
                        + output.substring(Math.max(0, output.length() - 2000)));
            }
        }
        return wall;
    }
}
