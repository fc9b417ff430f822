package org.pyrust.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The JMH entry point: {@code java -cp target/pyrust-benchmarks.jar:target/lib/* org.pyrust.benchmarks.BenchMain
 * [JMH options]}. It takes JMH's usual command line and appends to every fork's JVM the flags that give
 * Truffle the Graal JIT on a stock JDK ({@code -XX:+EnableJVMCI --upgrade-module-path=} the compiler jars that
 * the build copies to {@code target/jvmci}), so that no benchmark can run on the fallback runtime by
 * accident. The jars are found next to the benchmark jar, or in {@code -Dpyrust.jvmci.dir}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions command = new CommandLineOptions(args);
        if (command.shouldHelp() || command.shouldList() || command.shouldListWithParams() || command.shouldListProfilers()
                        || command.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        List<String> append = new ArrayList<>(forkJvmArgs());
        if (command.getJvmArgsAppend().hasValue()) {
            append.addAll(command.getJvmArgsAppend().get());
        }
        Options options = new OptionsBuilder().parent(command).jvmArgsAppend(append.toArray(new String[0])).build();
        try {
            new Runner(options).run();
        } catch (Exception e) {
            System.err.println("Benchmarks failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The flags every fork needs: the Graal JIT through JVMCI, and quiet JDK 25 warnings. */
    static List<String> forkJvmArgs() {
        List<String> args = new ArrayList<>();
        // JMH forks inherit this JVM's flags; add the JIT flags only when they are not inherited already.
        boolean inherited = ManagementFactory.getRuntimeMXBean().getInputArguments().stream().anyMatch(a -> a.startsWith("--upgrade-module-path"));
        if (!inherited) {
            String path = jvmciModulePath(jvmciDir());
            args.add("-XX:+UnlockExperimentalVMOptions");
            args.add("-XX:+EnableJVMCI");
            args.add("--upgrade-module-path=" + path);
        }
        args.add("--enable-native-access=ALL-UNNAMED");
        args.add("--sun-misc-unsafe-memory-access=allow");
        return args;
    }

    /** The jars the build's copy-jvmci execution (pom.xml, the one list of them) put in {@code dir}. */
    static String jvmciModulePath(Path dir) {
        List<String> jars = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(f -> jars.add(f.toAbsolutePath().toString()));
        } catch (java.io.IOException e) {
            // reported below as a missing directory
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no Graal compiler jars in " + dir + ": build the benchmarks with mvn -pl benchmarks package (it copies them), or set -Dpyrust.jvmci.dir");
        }
        return String.join(java.io.File.pathSeparator, jars);
    }

    static Path jvmciDir() {
        String configured = System.getProperty("pyrust.jvmci.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            // target/pyrust-benchmarks.jar or target/classes: either way, target/jvmci.
            Path location = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent().resolve("jvmci");
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the benchmark jar; set -Dpyrust.jvmci.dir", e);
        }
    }
}
