#!/usr/bin/env bash
# engine: buildah, for runners without a Docker daemon: vfs storage (no overlay
# or fuse needed) and chroot isolation (no user namespaces or runtime needed).
# One platform: `buildah build --tag`; several: `buildah build --manifest`, one
# image per platform and a manifest list (RUN steps for another architecture
# need binfmt/qemu on the runner). The result goes to an OCI layout; finish.sh
# carries it to the registry and applies the tags under the immutable guard.
# env: CONTEXT FILE PLATFORMS BUILD_ARGS LABELS LAYOUT LAYOUT_TAG REGISTRY USERNAME PASSWORD
#      BUILDAH (default buildah) BUILDAH_STORAGE (default $RUNNER_TEMP/buildah-storage)
# outputs: digest
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

buildah=${BUILDAH:-buildah}
command -v "$buildah" >/dev/null || fail "buildah is not installed on this runner (ubuntu runners have it; or apt-get install buildah)"
storage=${BUILDAH_STORAGE:-${RUNNER_TEMP:-/tmp}/buildah-storage}
global=(--storage-driver vfs --root "$storage/root" --runroot "$storage/run")
name="localhost/lading-build-$$"
context=${CONTEXT:-.}
file=${FILE:-}
if [ -z "$file" ]; then
  if [ -f "$context/Containerfile" ]; then file="$context/Containerfile"; else file="$context/Dockerfile"; fi
fi
[ -d "$context" ] || fail "context: \"$context\" is not a directory"
[ -f "$file" ] || fail "file: \"$file\" does not exist"

build=(build --isolation chroot --format oci --file "$file")
auth=()
if [ -n "${USERNAME:-}" ]; then
  authfile="$storage/auth.json"
  mkdir -p "$storage"
  printf '%s' "${PASSWORD:-}" | "$buildah" login --authfile "$authfile" --username "$USERNAME" --password-stdin "$REGISTRY" >/dev/null
  auth=(--authfile "$authfile")
fi
while IFS= read -r a; do build+=(--build-arg "$a"); done < <(lines "${BUILD_ARGS:-}")
while IFS= read -r l; do build+=(--label "$l"); done < <(lines "${LABELS:-}")
platforms=$(items "${PLATFORMS:-}" | paste -sd, -)
digestfile="$storage/digest"
mkdir -p "$storage"
rm -f "$digestfile"
if [[ "$platforms" == *,* ]]; then
  # One build per platform, in the order given: with --platform a,b buildah builds
  # them concurrently and adds each to the list as it finishes, so the index (and
  # its digest) would depend on timing.
  while IFS= read -r p; do
    "$buildah" "${global[@]}" "${build[@]}" "${auth[@]}" --platform "$p" --manifest "$name" "$context"
  done < <(items "${PLATFORMS:-}")
  "$buildah" "${global[@]}" manifest push --all --format oci --digestfile "$digestfile" "$name" "oci:$LAYOUT:$LAYOUT_TAG"
else
  if [ -n "$platforms" ]; then build+=(--platform "$platforms"); fi
  "$buildah" "${global[@]}" "${build[@]}" "${auth[@]}" --tag "$name" "$context"
  "$buildah" "${global[@]}" push --format oci --digestfile "$digestfile" "$name" "oci:$LAYOUT:$LAYOUT_TAG"
fi
digest=$(cat "$digestfile")
[[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || fail "buildah wrote no digest (\"$digest\")"
output digest "$digest"
