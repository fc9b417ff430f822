package org.pyrust.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;

/**
 * The tags PyRust provides work for tools: statements are tagged at block level (stepping goes
 * statement by statement, not expression by expression), calls can be stepped into and roots have
 * names for stack frames.
 */
class DebuggerTest {

    private static final String PROGRAM = """
                    def add(a, b):
                        s = a + b
                        return s
                    x = 1
                    y = add(x, 2)
                    print(y)
                    """;

    private static Context newContext() {
        return Context.newBuilder("pyrust").out(new ByteArrayOutputStream()).build();
    }

    @Test
    void stepOverVisitsEachTopLevelStatementOnce() {
        List<Integer> lines = new ArrayList<>();
        try (Context context = newContext();
                        DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                            lines.add(event.getSourceSection().getStartLine());
                            event.prepareStepOver(1);
                        })) {
            session.suspendNextExecution();
            context.eval(Source.create("pyrust", PROGRAM));
        }
        assertEquals(List.of(1, 4, 5, 6), lines);
    }

    @Test
    void stepIntoEntersTheFunctionBody() {
        List<String> stops = new ArrayList<>();
        try (Context context = newContext();
                        DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                            stops.add(event.getTopStackFrame().getName() + ":" + event.getSourceSection().getStartLine());
                            event.prepareStepInto(1);
                        })) {
            session.suspendNextExecution();
            context.eval(Source.create("pyrust", PROGRAM));
        }
        // Back from add, the debugger stops once more in the caller's unfinished statement (line 5), as
        // Truffle's stepping does for every language.
        assertEquals(List.of("<module>:1", "<module>:4", "<module>:5", "add:2", "add:3", "<module>:5", "<module>:6"), stops);
    }

    @Test
    void lineBreakpointInsideAFunctionStopsWithTheCallStack() throws Exception {
        Source source = Source.newBuilder("pyrust", PROGRAM, "program.py").build();
        List<String> stacks = new ArrayList<>();
        try (Context context = newContext();
                        DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                            List<String> frames = new ArrayList<>();
                            event.getStackFrames().forEach(frame -> frames.add(frame.getName()));
                            stacks.add(event.getSourceSection().getStartLine() + " " + frames);
                        })) {
            session.install(Breakpoint.newBuilder(source.getURI()).lineIs(3).build());
            context.eval(source);
        }
        assertEquals(List.of("3 [add, <module>]"), stacks);
    }
}
