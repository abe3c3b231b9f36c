#!/usr/bin/env bash
# Applies the tags (lading tag: every tag resolved first; an immutable one that
# points elsewhere stops the job before any tag moves) and sets the outputs.
# env: ENGINE PUSH DIGEST REPOSITORY LAYOUT TAGS IMMUTABLE_TAGS INSECURE_REGISTRIES
#      LADING_REGISTRY_USERNAME LADING_REGISTRY_PASSWORD
# outputs: digest image platforms tags
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ "${DIGEST:-}" =~ ^sha256:[0-9a-f]{64}$ ]] || fail "the build gave no digest (\"${DIGEST:-}\")"
access=()
while IFS= read -r r; do access+=(--insecure-registry "$r"); done < <(items "${INSECURE_REGISTRIES:-}")

# Where the built image is now: buildx and lading pushed it by digest; buildah and unpushed builds left a layout.
if [ "${PUSH:-true}" = true ] && [ "$ENGINE" != buildah ]; then
  built="$REPOSITORY@$DIGEST"
else
  built="oci-dir:$LAYOUT@$DIGEST"
fi

if [ "${PUSH:-true}" = true ]; then
  args=(tag "$built" --json)
  while IFS= read -r t; do args+=(--tag "$t"); done < <(items "${TAGS:-}")
  while IFS= read -r p; do args+=(--immutable "$p"); done < <(items "${IMMUTABLE_TAGS:-}")
  lading "${args[@]}" "${access[@]}" >"${RUNNER_TEMP:-/tmp}/lading-tag.json"
  image="$REPOSITORY@$DIGEST"
  while IFS= read -r t; do printf '%s\n' "$t"; done < <(items "${TAGS:-}") | output_lines tags
else
  image=$built
  printf '' | output_lines tags
fi

platforms=$(lading inspect "$image" --json "${access[@]}" | node -e '
  let s = "";
  process.stdin.on("data", (c) => { s += c }).on("end", () => {
    const r = JSON.parse(s);
    const fmt = (p) => [p.os, p.architecture, p.variant].filter(Boolean).join("/");
    const list = r.platforms.length ? r.platforms.map((p) => p.platform) : r.image?.platform ? [fmt(r.image.platform)] : [];
    console.log(list.join(","));
  });')
output digest "$DIGEST"
output image "$image"
output platforms "$platforms"
