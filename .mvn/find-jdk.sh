# Sourced by ./vitae and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Order: $JAVA_HOME if new enough, the `java` on PATH, then the newest JDK under /usr/lib/jvm or
# /opt/java, /Library/Java/JavaVirtualMachines (macOS).
vitae_java_major() {
  # The JDK's release file answers without starting a JVM (about 100 ms saved per call), read by
  # bash itself: the launcher calls this for each JDK it looks at, and each sed | head cost 2-3 ms.
  if [ -f "$1/release" ]; then
    local line
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"[0-9]*)
          line="${line#JAVA_VERSION=\"}"
          echo "${line%%[!0-9]*}"
          return 0
          ;;
      esac
    done <"$1/release"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}
vitae_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(vitae_java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(readlink -f "$(command -v javac)")
    candidate="${candidate%/bin/javac}"
    major=$(vitae_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(vitae_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "vitae: error: no JDK 21 or newer found" >&2
  echo "  hint: install one (e.g. Temurin 21) and set JAVA_HOME to it" >&2
  return 1
}
