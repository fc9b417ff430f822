# Sourced: pyrust_jvmci_path DIR prints the module path of the Graal compiler jars that the build's
# copy-jvmci execution (pom.xml, the one list of them) puts in DIR, or fails with a message.

pyrust_jvmci_path() {
    local dir=$1 jar path=
    for jar in "$dir"/*.jar; do
        [ -f "$jar" ] && path=${path:+$path:}$jar
    done
    if [ -z "$path" ]; then
        echo "pyrust: no Graal compiler jars in $dir (the build copies them there)" >&2
        return 1
    fi
    printf '%s\n' "$path"
}
