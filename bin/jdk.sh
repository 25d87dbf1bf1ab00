# Sourced by the scripts in bin/: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: JAVA_HOME if it is 21+, then the usual install places, then a clear error.

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}

find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(java_major "$JAVA_HOME")
        if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(java_major "$candidate")
        if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    echo "Zorgloket needs a JDK 21 or newer. Install one (for example Temurin 21) and set JAVA_HOME to it." >&2
    return 1
}

find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
