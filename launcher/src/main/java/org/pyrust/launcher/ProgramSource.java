package org.pyrust.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.graalvm.polyglot.Source;

/** Builds the polyglot Source of the program: CODE from -c, a FILE, or standard input. */
final class ProgramSource {

    static final String LANGUAGE = "pyrust";

    private ProgramSource() {}

    static Source fromCode(String code) {
        return Source.newBuilder(LANGUAGE, code, "<string>").buildLiteral();
    }

    /**
     * The whole of standard input, decoded as UTF-8 like a program file (bytes that are not UTF-8 are an
     * {@link UndecodableSource}).
     */
    static Source fromStdin(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UsageException("can't read the program from standard input: " + e.getMessage(), false);
        }
        return Source.newBuilder(LANGUAGE, UndecodableSource.decode(bytes), "<stdin>").buildLiteral();
    }

    /**
     * The program in {@code name}; a file that cannot be read is reported like CPython does, one that is
     * not UTF-8 is an {@link UndecodableSource}.
     */
    static Source fromFile(String name) {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw cannotOpen(name, "[Errno 21] Is a directory");
        }
        try {
            String text = UndecodableSource.decode(Files.readAllBytes(path));
            // Named and located as Source.newBuilder(LANGUAGE, File) would, which cannot decode strictly.
            return Source.newBuilder(LANGUAGE, text, path.getFileName().toString()).uri(path.toAbsolutePath().toUri()).build();
        } catch (NoSuchFileException e) {
            throw cannotOpen(name, "[Errno 2] No such file or directory");
        } catch (AccessDeniedException e) {
            throw cannotOpen(name, "[Errno 13] Permission denied");
        } catch (IOException e) {
            throw cannotOpen(name, e.getMessage());
        }
    }

    private static UsageException cannotOpen(String name, String reason) {
        return new UsageException("can't open file '" + name + "': " + reason, false);
    }
}
