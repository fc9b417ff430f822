package org.pyrust.example;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

public class EmbeddingExample {
    public static void main(String[] args) {
        try (Context context = Context.create("pyrust")) {
            // A program's result is the value of its last expression statement.
            Value result = context.eval("pyrust", "def add(a, b):\n    return a + b\nadd(2, 3) * 10");
            System.out.println("result: " + result.asLong());

            // Globals are visible from Java; PyRust functions are executable values.
            Value add = context.getBindings("pyrust").getMember("add");
            System.out.println("add(3, 4) = " + add.execute(3, 4).asLong());

            // Guest errors are PolyglotExceptions whose message is the error's first line.
            try {
                context.eval("pyrust", "x = 1\nx / 0");
            } catch (PolyglotException e) {
                System.out.println(e.getMessage() + " (line " + e.getSourceLocation().getStartLine() + ")");
            }
        }
    }
}
