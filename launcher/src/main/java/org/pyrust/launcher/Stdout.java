package org.pyrust.launcher;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output as the guest sees it. Writes are buffered, because a program that prints
 * in a loop would otherwise make one system call per print; a daemon thread flushes the buffer every
 * {@value #FLUSH_INTERVAL_MS} ms, so output still appears while a long program runs (and a reader waiting
 * for a line, like a test, sees it). The launcher flushes explicitly before exiting and before it writes
 * anything to standard error, so no output is lost or reordered around error reports.
 *
 * <p>When the reader goes away (a broken pipe, e.g. {@code pyrust prog.py | head -1}), the process ends at
 * once with status 141, as a C program killed by SIGPIPE would, instead of reporting an I/O error; any
 * other write error is reported and ends the process with status 1.
 */
final class Stdout extends OutputStream {

    static final long FLUSH_INTERVAL_MS = 50;
    static final int EXIT_BROKEN_PIPE = 141;

    private final OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    private volatile boolean dirty;

    Stdout() {
        Thread flusher = new Thread(this::flushPeriodically, "pyrust-stdout-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            writeFailed(e);
        }
        dirty = true;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            writeFailed(e);
        }
        dirty = true;
    }

    @Override
    public void flush() {
        dirty = false;
        try {
            out.flush();
        } catch (IOException e) {
            writeFailed(e);
        }
    }

    private void flushPeriodically() {
        while (true) {
            try {
                Thread.sleep(FLUSH_INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (dirty) {
                flush();
            }
        }
    }

    /** Output that cannot be written cannot be reported on standard output either: end the process. */
    private static void writeFailed(IOException e) {
        if ("Broken pipe".equals(e.getMessage())) {
            Runtime.getRuntime().halt(EXIT_BROKEN_PIPE);
        }
        System.err.println("pyrust: cannot write to standard output: " + e.getMessage());
        Runtime.getRuntime().halt(PyRustMain.EXIT_ERROR);
    }
}
