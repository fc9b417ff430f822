package org.pyrust.fuzz;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * How a program is written: the lexical freedom that Python gives and that must not change what a
 * program means. Each flag is a separate dimension so that a failure shrinks to the one that matters.
 *
 * @param indent        one level of indentation: spaces, or one tab
 * @param newline       the line ending, the same everywhere ({@code \n}, {@code \r\n} or {@code \r})
 * @param base          the indentation of the whole program (PyRust rule 4)
 * @param semicolons    consecutive simple statements share a line, separated by {@code ;}
 * @param inlineSuites  a compound statement whose body is simple statements only is written on one line
 * @param comments      comments after some lines, and comment-only and blank lines between them
 * @param breakInBrackets call arguments may continue on the next line (implicit line joining)
 * @param backslashes   lines are continued with a backslash after some operators, and inside brackets
 * @param bom           the program starts with a byte-order mark, which is skipped
 */
record Layout(String indent, String newline, String base, boolean semicolons, boolean inlineSuites, boolean comments, boolean breakInBrackets,
                boolean backslashes, boolean bom) {

    static Arbitrary<Layout> layouts() {
        Arbitrary<String> indents = Arbitraries.frequency(Tuple.of(6, "    "), Tuple.of(1, "  "), Tuple.of(1, " "), Tuple.of(1, "\t"));
        Arbitrary<String> newlines = Arbitraries.frequency(Tuple.of(6, "\n"), Tuple.of(1, "\r\n"), Tuple.of(1, "\r"));
        Arbitrary<String> bases = Arbitraries.frequency(Tuple.of(8, ""), Tuple.of(1, "  "), Tuple.of(1, "\t"));
        Arbitrary<Boolean> rarely = Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
        Arbitrary<Boolean> seldom = Arbitraries.frequency(Tuple.of(15, false), Tuple.of(1, true));
        Arbitrary<List<Boolean>> flags = Combinators.combine(rarely, rarely, rarely, rarely, rarely, seldom).as(List::of);
        return Combinators.combine(indents, newlines, bases, flags)
                        .as((indent, newline, base, f) -> new Layout(indent, newline, base, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)));
    }

    /** The text of a program: the statements, then a newline unless {@code finalNewline} is false. */
    String render(List<Code> program, boolean finalNewline) {
        StringBuilder out = new StringBuilder(bom ? "\ufeff" : "");
        block(program, 0, out, new int[1]);
        if (!finalNewline && out.length() >= newline.length()) {
            out.setLength(out.length() - newline.length());
        }
        return out.toString();
    }

    /** @param counter how many lines so far, which decides deterministically where comments go */
    private void block(List<Code> body, int depth, StringBuilder out, int[] counter) {
        String prefix = base + indent.repeat(depth);
        int i = 0;
        while (i < body.size()) {
            Code code = body.get(i);
            if (comments && counter[0] % 5 == 3) {
                // A comment-only line may be indented anyhow: it does not count for indentation.
                out.append(counter[0] % 2 == 0 ? "" : prefix).append("# note ").append(counter[0]).append(" é😀").append(newline);
                out.append(counter[0] % 3 == 0 ? "  " : "").append(newline);
            }
            counter[0]++;
            switch (code) {
                case Code.Line line -> {
                    StringBuilder text = new StringBuilder(line.text());
                    // Join with the following simple statements.
                    while (semicolons && i + 1 < body.size() && body.get(i + 1) instanceof Code.Line next && text.length() < 60) {
                        text.append("; ").append(next.text());
                        i++;
                    }
                    out.append(prefix).append(lineText(text.toString(), prefix));
                    if (comments && counter[0] % 4 == 1) {
                        out.append("  # after");
                    }
                    out.append(newline);
                }
                case Code.Suite suite -> {
                    out.append(prefix).append(lineText(suite.header(), prefix)).append(':');
                    if (inlineSuites && suite.body().size() <= 2 && suite.body().stream().allMatch(c -> c instanceof Code.Line)) {
                        List<String> parts = suite.body().stream().map(c -> lineText(((Code.Line) c).text(), prefix)).toList();
                        out.append(' ').append(String.join("; ", parts)).append(newline);
                    } else {
                        out.append(newline);
                        block(suite.body(), depth + 1, out, counter);
                    }
                }
            }
            i++;
        }
    }

    /**
     * Resolves the line-break marks: inside brackets a line break, with or without a backslash (both
     * join lines there), or nothing; after an operator a backslash and a line break, or nothing. The
     * indentation of a continuation line does not matter; it is deeper here, for whoever reads it.
     */
    private String lineText(String text, String prefix) {
        String continuation = newline + prefix + "        ";
        String inBrackets = breakInBrackets ? (backslashes ? " \\" : "") + continuation : "";
        return text.replace(Expr.BREAK, inBrackets).replace(Expr.CONTINUE, backslashes ? " \\" + continuation : "");
    }
}
