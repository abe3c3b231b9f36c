#!/usr/bin/env bash
# engine: lading. Daemonless: a base image (or scratch) plus directories, no Dockerfile.
# Pushed builds go to the registry by digest only; tags come after, from finish.sh.
# env: DIRS FROM PLATFORMS LABELS ENTRYPOINT CMD ENV_VARS PUSH REPOSITORY LAYOUT LAYOUT_TAG
#      INSECURE_REGISTRIES LADING_REGISTRY_USERNAME LADING_REGISTRY_PASSWORD
# outputs: digest
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

args=(build --from "${FROM:-scratch}" --json)
if [ "${PUSH:-true}" = true ]; then
  args+=(--output "registry:$REPOSITORY" --no-tag)
else
  args+=(--output "oci-dir:$LAYOUT:$LAYOUT_TAG")
fi
n=0
while IFS= read -r d; do args+=(--dir "$d"); n=$((n + 1)); done < <(lines "${DIRS:-}")
[ "$n" -gt 0 ] || fail "dirs: engine lading needs at least one directory, SRC[:DEST] one a line"
platform=$(items "${PLATFORMS:-}")
if [ -n "$platform" ]; then args+=(--platform "$platform"); fi
while IFS= read -r l; do args+=(--label "$l"); done < <(lines "${LABELS:-}")
while IFS= read -r e; do args+=(--env "$e"); done < <(lines "${ENV_VARS:-}")
if [ -n "${ENTRYPOINT:-}" ]; then args+=(--entrypoint "$ENTRYPOINT"); fi
if [ -n "${CMD:-}" ]; then args+=(--cmd "$CMD"); fi
while IFS= read -r r; do args+=(--insecure-registry "$r"); done < <(items "${INSECURE_REGISTRIES:-}")

result=$(lading "${args[@]}")
digest=$(printf '%s' "$result" | node -e 'let s="";process.stdin.on("data",(c)=>{s+=c}).on("end",()=>{console.log(JSON.parse(s).manifest.digest)})')
output digest "$digest"
