# Sourced by ./vitae. vitae_jar_stale ROOT: succeeds when ROOT/target/vitae.jar must be built: it is
# missing, or a file of the sources it is built from (src/main, templates, fonts, pom.xml) is newer,
# or one was added or removed there (its folder is newer). One walk of about 400 entries, which stops
# at the first newer one. A copy without pom.xml (an installed jar and its lib/) is never rebuilt.
vitae_jar_stale() {
  local jar="$1/target/vitae.jar"
  [ -f "$jar" ] || return 0
  [ -f "$1/pom.xml" ] || return 1
  [ -n "$(find "$1/src/main" "$1/templates" "$1/fonts" "$1/pom.xml" -newer "$jar" -print -quit \
    2>/dev/null)" ]
}
