# Sourced by ./mvnw, .ci/run and jpackage/package: makes JAVA_HOME a JDK 21 or newer.
# The build needs JDK 21 or newer. When JAVA_HOME does not point at one, use the
# newest suitable JDK on PATH or under /usr/lib/jvm, so the README's commands work on machines
# whose default java is older. Set JAVA_HOME yourself to choose another.
bothways_java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}
bothways_suitable_jdk() {
  [ -x "$1/bin/javac" ] && bothways_v=$(bothways_java_major "$1/bin/java") && [ -n "$bothways_v" ] && [ "$bothways_v" -ge 21 ]
}
if [ -z "${JAVA_HOME:-}" ] || ! bothways_suitable_jdk "$JAVA_HOME"; then
  bothways_found=""
  if command -v javac >/dev/null 2>&1; then
    bothways_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    bothways_suitable_jdk "$bothways_home" && bothways_found=$bothways_home
  fi
  if [ -z "$bothways_found" ]; then
    for bothways_home in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
      if bothways_suitable_jdk "$bothways_home"; then
        if [ -z "$bothways_found" ] || [ "$(bothways_java_major "$bothways_home/bin/java")" -gt "$(bothways_java_major "$bothways_found/bin/java")" ]; then
          bothways_found=$bothways_home
        fi
      fi
    done
  fi
  if [ -n "$bothways_found" ]; then
    JAVA_HOME=$bothways_found
    export JAVA_HOME
  else
    echo "Bothways needs a JDK 21 or newer: none found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
    echo "Install one (e.g. Temurin 21) and set JAVA_HOME to it." >&2
    exit 1
  fi
fi

