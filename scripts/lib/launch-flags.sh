# Sourced by scripts/pyrust and build-runtime.sh (which must use the very flags the cache is used with):
# sets PYRUST_LAUNCH_FLAGS, the JVM flags and class path that run the launcher in TARGET, given
#   TARGET   launcher/target
#   RUNTIME  TARGET/runtime, the jlink'd image (used when it exists), or anything else for the JDK
# With the image, the Graal compiler jars go on --module-path; with a stock JDK, on --upgrade-module-path
# (which replaces its empty jdk.graal.compiler module). Either way Truffle gets its JIT through JVMCI.

. "$(dirname "${BASH_SOURCE[0]}")/jvmci.sh"

PYRUST_JVMCI_PATH=$(pyrust_jvmci_path "$TARGET/jvmci") || return 1
PYRUST_LAUNCH_FLAGS=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI)
if [ -x "$RUNTIME/bin/java" ]; then
    PYRUST_LAUNCH_FLAGS+=(--module-path="$PYRUST_JVMCI_PATH" --add-modules=jdk.graal.compiler,org.graalvm.truffle.compiler)
else
    PYRUST_LAUNCH_FLAGS+=(--upgrade-module-path="$PYRUST_JVMCI_PATH")
fi
# Truffle and JLine use native access and sun.misc.Unsafe; JDK 25 warns on every run without these.
PYRUST_LAUNCH_FLAGS+=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
    -cp "$TARGET/pyrust-launcher.jar:$TARGET/lib/*")
