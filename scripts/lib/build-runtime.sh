#!/usr/bin/env bash
# Makes the launcher start faster: run by the launcher module's build (package phase) with the JDK that
# builds it, as   build-runtime.sh LAUNCHER_TARGET_DIR
#
# --upgrade-module-path, which gives a stock JDK the Graal compiler, turns off class-data sharing and the
# JDK 25 AOT cache. A runtime image made with jlink, without the JDK's own (empty) jdk.graal.compiler
# module, takes the compiler jars on --module-path instead and keeps both. So this script makes
#   TARGET/runtime      that image, and
#   TARGET/pyrust.aot   an AOT cache (classes loaded and linked ahead of time) from a training run.
# scripts/pyrust uses them when they exist. When jlink cannot make the image (a JDK without the
# jdk.jlink tools, say), the script says so and ends successfully: scripts/pyrust then runs the JDK with
# --upgrade-module-path, slower to start but the same otherwise.
set -euo pipefail

TARGET=$(cd "$1" && pwd -P)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
: "${JAVA_HOME:?JAVA_HOME must name the JDK that builds PyRust}"
RUNTIME=$TARGET/runtime
AOT=$TARGET/pyrust.aot
TRAINING=$HERE/../../launcher/src/main/aot/training.py

rm -rf "$RUNTIME" "$AOT"

# java.se and what Truffle and the launcher use beyond it; never jdk.graal.compiler.
MODULES=java.se,jdk.unsupported,jdk.internal.vm.ci,jdk.management,jdk.jfr,jdk.zipfs,jdk.charsets,jdk.localedata
if ! "$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
        --output "$RUNTIME" >"$TARGET/jlink.log" 2>&1; then
    echo "build-runtime: jlink could not make a runtime image (see $TARGET/jlink.log); scripts/pyrust will use the JDK with --upgrade-module-path" >&2
    rm -rf "$RUNTIME"
    exit 0
fi

. "$HERE/launch-flags.sh"
# scripts/pyrust runs with the serial collector too (the cache's archived heap objects depend on it).
# Should the JVM crash while it writes the cache, its report goes to target/, not to the working tree.
if ! "$RUNTIME/bin/java" -XX:AOTCacheOutput="$AOT" -XX:ErrorFile="$TARGET/hs_err_pid%p.log" -XX:+UseSerialGC "${PYRUST_LAUNCH_FLAGS[@]}" \
        org.pyrust.launcher.PyRustMain "$TRAINING" >"$TARGET/aot-training.log" 2>&1; then
    echo "build-runtime: the AOT training run failed (see $TARGET/aot-training.log); scripts/pyrust will start without the cache" >&2
    rm -f "$AOT"
fi
