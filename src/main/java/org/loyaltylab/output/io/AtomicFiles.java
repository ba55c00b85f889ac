package org.loyaltylab.output.io;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a
 * temporary file in the same directory, is forced to disk, and is then renamed over the
 * target in one atomic step. If writing fails the target is left as it was.
 */
public final class AtomicFiles {
    /** Writes text to a writer; may throw {@link IOException}. */
    @FunctionalInterface
    public interface TextWriter {
        /** Writes the content. */
        void write(Writer out) throws IOException;
    }

    /** Writes bytes to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface ByteWriter {
        /** Writes the content. */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes UTF-8 text to {@code target} atomically, creating its directory if needed. */
    public static void writeText(Path target, TextWriter content) throws IOException {
        writeBytes(target, out -> writeText(out, content));
    }

    /**
     * Writes UTF-8 text gzip-compressed to {@code target} atomically; the same text gives the same
     * bytes (the gzip header carries a modification time of 0 and no file name).
     */
    public static void writeGzipText(Path target, TextWriter content) throws IOException {
        writeBytes(target, out -> {
            try (GZIPOutputStream gzip = new GZIPOutputStream(new KeptOpen(out), 1 << 16)) {
                writeText(gzip, content);
            }
        });
    }

    /** Passes writes through and flushes on close, leaving the file open to be forced to disk. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void writeText(OutputStream out, TextWriter content) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        content.write(w);
        w.flush();
    }

    /** Writes a string to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }

    /** Temporary files are private (rw-------); results are for everyone to read (rw-r--r--). */
    private static void makeReadable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes bytes to {@code target} atomically, creating its directory if needed. */
    public static void writeBytes(Path target, ByteWriter content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.write(out);
                out.flush();
                channel.force(true);
            }
            makeReadable(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
