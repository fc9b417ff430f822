# Sourced by scripts/pyrust and scripts/test: finds a JDK 25 or newer and exports JAVA_HOME and MAVEN_OPTS.
#
# Order: $JAVA_HOME if it is a JDK >= 25, else the newest JDK >= 25 under /usr/lib/jvm. Otherwise the
# calling script exits with status 1 and says what it found.

PYRUST_MIN_JAVA=25

# Prints the full version of the JDK in directory $1 (e.g. "25.0.1"), or nothing when it is not a JDK.
# The release file answers without starting a JVM, which matters for the start-up time of scripts/pyrust.
pyrust_jdk_version() {
    local home=$1 version=
    [ -x "$home/bin/java" ] || return 0
    if [ -f "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")
    fi
    if [ -z "$version" ]; then
        version=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    printf '%s\n' "$version"
}

# Succeeds when version $1 (e.g. "25.0.1", "17.0.15", "1.8.0_402") is at least PYRUST_MIN_JAVA.
pyrust_version_ok() {
    local major=${1%%[!0-9]*}
    [ -n "$major" ] && [ "$major" -ge "$PYRUST_MIN_JAVA" ]
}

pyrust_find_jdk() {
    local found="" home real seen=" " version best="" best_version=""
    if [ -n "${JAVA_HOME:-}" ]; then
        version=$(pyrust_jdk_version "$JAVA_HOME")
        if pyrust_version_ok "$version"; then
            return 0
        fi
        found="JAVA_HOME=$JAVA_HOME (${version:-not a JDK})"
    fi
    for home in /usr/lib/jvm/*; do
        [ -x "$home/bin/java" ] || continue
        # Debian lists one JDK under several names (java-1.17.0-openjdk-amd64 -> java-17-openjdk-amd64).
        real=$(readlink -f "$home")
        case $seen in *" $real "*) continue ;; esac
        seen="$seen$real "
        version=$(pyrust_jdk_version "$home")
        found="${found:+$found, }$home (${version:-unknown version})"
        if pyrust_version_ok "$version"; then
            # The newest wins: compare as version strings ("25.0.10" > "25.0.9").
            if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "$best_version" "$version" | sort -V | tail -n 1)" = "$version" ]; then
                best=$home
                best_version=$version
            fi
        fi
    done
    if [ -z "$best" ]; then
        echo "PyRust needs JDK $PYRUST_MIN_JAVA or newer; found: ${found:-no JDK (JAVA_HOME is unset and /usr/lib/jvm has none)}." >&2
        echo "Set JAVA_HOME to a JDK $PYRUST_MIN_JAVA or newer (e.g. export JAVA_HOME=/path/to/jdk-25)." >&2
        exit 1
    fi
    JAVA_HOME=$best
}

pyrust_find_jdk
export JAVA_HOME
case " ${MAVEN_OPTS:-} " in
    *" --sun-misc-unsafe-memory-access=allow "*) ;;
    *) MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow${MAVEN_OPTS:+ $MAVEN_OPTS}" ;;
esac
export MAVEN_OPTS
