# Sourced by ./vitae: hands a command to the `vitae serve` of the current folder through bash's
# /dev/tcp, so that no JVM starts. Protocol 1 (the server's side: src/main/java/dev/vitae/cli/Server.java):
#   request  fields ended by NUL: vitae-serve-1, the token of .vitae/server, the working directory,
#            1 when standard input and output are terminals (else 0), the number of environment
#            entries, each NAME=VALUE, the number of arguments, each argument.
#   reply    lines: "ok" (taken) or "no REASON" (not taken: start vitae); then "o TEXT" / "e TEXT",
#            a line of standard output / error, "O TEXT" / "E TEXT" the same without its line end
#            (TEXT has "\\" for a backslash and "\x00" for NUL: printf %b gives the bytes back);
#            last "x CODE", the exit code.
# vitae_serve_request ARGS...: returns 200 when no server took the command (none, a stale file, a
# command or environment it does not run): the caller starts vitae itself. Else the exit code.
vitae_serve_request() {
  case "${1:-}" in build | check | validate) ;; *) return 200 ;; esac
  local arg
  for arg in "$@"; do [ "$arg" != - ] || return 200; done # standard input is not forwarded
  local port token pid
  { read -r port token pid <.vitae/server; } 2>/dev/null || return 200
  [[ "$port" =~ ^[0-9]+$ ]] || return 200
  local fd
  { exec {fd}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 200
  local env=() name tty=0
  for name in NO_COLOR CLICOLOR CLICOLOR_FORCE SOURCE_DATE_EPOCH TZ LANG LC_ALL LC_CTYPE; do
    [ -z "${!name+set}" ] || env+=("$name=${!name}")
  done
  if [ -t 0 ] && [ -t 1 ]; then tty=1; fi
  local line code=""
  if ! printf '%s\0' vitae-serve-1 "$token" "$PWD" "$tty" "${#env[@]}" ${env[@]+"${env[@]}"} \
    "$#" "$@" >&"$fd" 2>/dev/null || ! IFS= read -r -t 10 -u "$fd" line || [ "$line" != ok ]; then
    exec {fd}>&-
    return 200
  fi
  while IFS= read -r -u "$fd" line; do
    case "$line" in
      "o "*) printf '%b\n' "${line:2}" ;;
      "e "*) printf '%b\n' "${line:2}" >&2 ;;
      "O "*) printf '%b' "${line:2}" ;;
      "E "*) printf '%b' "${line:2}" >&2 ;;
      "x "*) code="${line:2}" && break ;;
    esac
  done
  exec {fd}>&-
  if [[ ! "$code" =~ ^[0-9]+$ ]]; then
    echo "vitae: error: the server of this folder (pid $pid) stopped before the command ended" >&2
    return 1
  fi
  return "$code"
}
