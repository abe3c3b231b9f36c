#!/usr/bin/env bash
# Checks the inputs once for every engine and decides where the image goes.
# env: ENGINE TAGS PUSH OUTPUT PLATFORMS
# outputs: repository, registry, layout, layout-tag, buildx-outputs
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 24 ]; then
  fail "lading needs Node 24; node on PATH is $(node --version 2>/dev/null || echo missing) (leave setup-node true)"
fi
case "${ENGINE:-}" in
  buildx | buildah | lading) ;;
  *) fail "engine: must be buildx, buildah or lading, not \"${ENGINE:-}\"" ;;
esac
case "${PUSH:-true}" in
  true | false) ;;
  *) fail "push: must be true or false, not \"$PUSH\"" ;;
esac

first=""
while IFS= read -r ref; do
  [[ "$ref" =~ $REF_RE ]] || fail "tags: \"$ref\" is not a full reference REGISTRY/REPOSITORY:TAG (lower-case repository)"
  [ -n "$first" ] || first=$ref
done < <(items "${TAGS:-}")
if [ "${PUSH:-true}" = true ] && [ -z "$first" ]; then
  fail "tags: give at least one REGISTRY/REPOSITORY:TAG to push to (or push: false)"
fi
if [ "$ENGINE" = lading ] && [ "$(items "${PLATFORMS:-}" | wc -l)" -gt 1 ]; then
  fail "platforms: engine lading builds one platform, not \"$PLATFORMS\""
fi

repository=${first%:*}
layout_tag=${first##*:}
if [ "${PUSH:-true}" = true ]; then
  # Pushed builds go through a layout only with buildah; it is scratch space.
  layout=$(mktemp -d "${RUNNER_TEMP:-/tmp}/lading-build-XXXXXX")
  outputs="type=image,name=$repository,push-by-digest=true,name-canonical=true,push=true"
else
  layout=${OUTPUT:-${RUNNER_TEMP:-/tmp}/lading-image}
  # The path goes into Buildx's comma-separated output option too.
  case "$layout" in *,* | *\"* | *=*) fail "output: \"$layout\" must not contain a comma, a quote or =" ;; esac
  outputs="type=oci,dest=$layout,tar=false"
fi
output repository "$repository"
output registry "${repository%%/*}"
output layout "$layout"
output layout-tag "${layout_tag:-latest}"
output buildx-outputs "$outputs"
