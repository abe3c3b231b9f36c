# Shared by the scripts of actions/build. Sourced, not run.
# Every value comes from the environment (the action's env:), never from
# ${{ }} text spliced into a script, so no input can inject shell.

# lading's CLI: the bundle next to the action; LADING_DIST_DIR points a test at a fresh build.
lading() {
  node "${LADING_DIST_DIR:-$GITHUB_ACTION_PATH/../../dist}/cli/index.js" "$@"
}

# The items of a newline- or comma-separated list, trimmed, one a line, empty ones dropped.
items() {
  printf '%s\n' "$1" | tr ',' '\n' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' | grep -v '^$' || true
}

# Lines only (build args and labels may hold commas), trimmed, empty ones dropped.
lines() {
  printf '%s\n' "$1" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' | grep -v '^$' || true
}

output() { # name value (single line)
  printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
}

output_lines() { # name, then the value on stdin
  local end="LADING_EOF_$RANDOM$RANDOM"
  { printf '%s<<%s\n' "$1" "$end"; cat; printf '%s\n' "$end"; } >>"$GITHUB_OUTPUT"
}

fail() {
  printf '::error title=lading build::%s\n' "$*"
  exit 1
}

# A full reference REGISTRY[:PORT]/REPOSITORY:TAG, strict enough that it can go
# into Buildx's comma-separated output option without adding options to it.
REF_RE='^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$'
