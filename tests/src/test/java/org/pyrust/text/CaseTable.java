package org.pyrust.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import org.pyrust.numeric.FloatRepr;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The case tables that scripts/gen-text-cases writes from CPython 3.11: reading them, decoding their
 * values (ints as Long, floats as Double, str, bool, None as null, lists, {@link Tuple}s and dicts as
 * LinkedHashMaps), running one operation over its cases and reporting every mismatch at once.
 */
public final class CaseTable {

    /** A Python tuple in a case, kept apart from lists for repr. */
    public record Tuple(List<Object> items) {
    }

    /** One case: operation, decoded arguments, and either the result or the error class and message. */
    public record Case(String op, List<Object> args, Object result, String errorClass, String errorMessage) {
        public Object arg(int i) {
            return args.get(i);
        }

        public String text() {
            return op + args.stream().map(CaseTable::repr).toList();
        }
    }

    private CaseTable() {
    }

    public static List<Case> load(String name) {
        String resource = "/text/" + name;
        try (InputStream in = CaseTable.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing: run scripts/gen-text-cases");
            JsonArray all = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonArray();
            List<Case> cases = new ArrayList<>();
            for (JsonElement e : all) {
                JsonObject o = e.getAsJsonObject();
                List<Object> args = new ArrayList<>();
                o.getAsJsonArray("args").forEach(a -> args.add(decode(a)));
                if (o.has("err")) {
                    JsonArray err = o.getAsJsonArray("err");
                    cases.add(new Case(o.get("op").getAsString(), args, null, err.get(0).getAsString(), err.get(1).getAsString()));
                } else {
                    cases.add(new Case(o.get("op").getAsString(), args, decode(o.get("ok")), null, null));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The operation names in a table, for a parameterized test per operation. */
    public static List<String> ops(String name) {
        return new ArrayList<>(new TreeSet<>(load(name).stream().map(Case::op).toList()));
    }

    static Object decode(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            return e.getAsJsonPrimitive().isBoolean() ? (Object) e.getAsBoolean() : e.getAsString();
        }
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> list.add(decode(x)));
            return list;
        }
        JsonObject o = e.getAsJsonObject();
        if (o.has("i")) {
            return Long.parseLong(o.get("i").getAsString());
        }
        if (o.has("f")) {
            return parseHex(o.get("f").getAsString());
        }
        if (o.has("t")) {
            return new Tuple(((List<?>) decode(o.get("t"))).stream().map(x -> (Object) x).toList());
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        for (JsonElement kv : o.getAsJsonArray("d")) {
            map.put(decode(kv.getAsJsonArray().get(0)), decode(kv.getAsJsonArray().get(1)));
        }
        return map;
    }

    private static double parseHex(String hex) {
        return switch (hex) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(hex);
        };
    }

    /**
     * Runs {@code op} on every case of the table with that operation name and fails listing the mismatches.
     * The function returns the result (converted to the case's value shapes) or throws a PythonError.
     */
    public static void check(String table, String op, Function<Case, Object> run) {
        check(table, op, run, Objects::equals);
    }

    public interface Same {
        boolean same(Object expected, Object actual);
    }

    public static void check(String table, String op, Function<Case, Object> run, Same same) {
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (Case c : load(table)) {
            if (!c.op().equals(op)) {
                continue;
            }
            count++;
            String want = c.errorClass() != null ? c.errorClass() + ": " + c.errorMessage() : repr(c.result());
            String got;
            boolean ok;
            try {
                Object actual = run.apply(c);
                got = repr(actual);
                ok = c.errorClass() == null && same.same(c.result(), actual);
            } catch (PythonError e) {
                got = e.pythonClass() + ": " + e.getMessage();
                ok = c.errorClass() != null && c.errorClass().equals(e.pythonClass()) && c.errorMessage().equals(e.getMessage());
            } catch (RuntimeException e) {
                got = e.toString();
                ok = false;
            }
            if (!ok) {
                failures.add(c.text() + "\n      CPython: " + want + "\n      PyRust:  " + got);
            }
        }
        assertTrue(count > 0, "no cases for " + op + " in " + table);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + count + " cases of " + op + " differ from CPython:\n    "
                            + String.join("\n    ", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    /** Python's repr of a case value, for messages and for the repr callbacks. */
    public static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (v instanceof String s) {
            return CharacterRepr.quote(s);
        }
        if (v instanceof Tuple t) {
            List<String> items = t.items().stream().map(CaseTable::repr).toList();
            return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(CaseTable::repr).toList()) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            m.forEach((k, x) -> items.add(repr(k) + ": " + repr(x)));
            return "{" + String.join(", ", items) + "}";
        }
        if (v instanceof double[] pair) {
            return "(" + FloatRepr.repr(pair[0]) + ", " + FloatRepr.repr(pair[1]) + ")";
        }
        return String.valueOf(v);
    }

    /** Python's str of a case value. */
    public static String str(Object v) {
        return v instanceof String s ? s : repr(v);
    }

    /** Python's ascii(): repr with every non-ASCII character escaped. */
    public static String ascii(Object v) {
        StringBuilder out = new StringBuilder();
        repr(v).codePoints().forEach(c -> {
            if (c < 128) {
                out.append((char) c);
            } else {
                out.append(CharacterRepr.escape(c));
            }
        });
        return out.toString();
    }

    public static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Tuple) {
            return "tuple";
        }
        if (v instanceof List) {
            return "list";
        }
        return v instanceof Map ? "dict" : v.getClass().getSimpleName();
    }
}
