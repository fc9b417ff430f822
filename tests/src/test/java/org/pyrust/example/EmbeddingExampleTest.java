package org.pyrust.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's embedding example runs, prints what it promises, and the README shows it as it is. */
class EmbeddingExampleTest {

    private static final Path REPO = Path.of(System.getProperty("pyrust.repo", ".."));

    @Test
    void runs() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertEquals("""
                        result: 50
                        add(3, 4) = 7
                        RuntimeError at 2:1: Division by zero (line 2)
                        """, captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readmeShowsIt() throws IOException {
        String source = Files.readString(REPO.resolve("tests/src/test/java/org/pyrust/example/EmbeddingExample.java"));
        String shown = source.substring(source.indexOf("import "));
        String readme = Files.readString(REPO.resolve("README.md"));
        assertTrue(readme.contains(shown.strip()), "README.md must show EmbeddingExample.java (from its imports on) unchanged");
    }
}
