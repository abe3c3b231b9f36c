#!/usr/bin/env bash
# scripts/install-peers.sh [PREFIX]
#
# Installs the real peer tools lading's integration tests run against into
# PREFIX/bin (default: <repo>/.peers), without installing anything system-wide:
#   cosign, oras, notation, crane, docker-registry (distribution 2.8)  <- Debian sid
#   skopeo (with its private libgpgme and libassuan)                   <- Debian bookworm
#   buildah (private libgpgme, libassuan, libdevmapper; absolute rpath) <- Debian bookworm
#   referrers-registry (test/peers/referrers-registry, go build)       <- needs Go >= 1.21
#   pyspdxtools (the SPDX validator, spdx-tools from PyPI, in a venv)  <- needs python3
#   tuf-repo (test/peers/tuf-repo.py on python-tuf, the TUF reference
#             implementation, from PyPI, in the same venv)              <- needs python3
#
# The Debian packages come through an isolated apt configuration under
# PREFIX/.apt: its own sources file, lists, cache, empty preferences and dpkg
# status, so the machine's apt state is never touched. apt verifies the archive
# indices against /usr/share/keyrings/debian-archive-keyring.gpg and the .debs
# against those indices; `dpkg-deb -x` unpacks them into a scratch dir and only
# the binaries are kept. The mirror is the one the machine's apt sources already
# use; it is never printed (apt output is kept in logs and scrubbed when shown).
#
# Idempotent: PREFIX/.peers-versions records what was installed and
# PREFIX/.referrers-registry.src the source hash it was built from; when both
# match, the script only prints and needs no network and no lock.
#
# Output: one line per tool on stdout, `NAME VERSION PATH` (or why it was skipped);
# progress goes to stderr.
#
# Environment:
#   PEERS_PIN_<PKG>=VERSION|any  override a pin (PKG upper-cased, '-' -> '_');
#                                'any' takes whatever sid has now
#   PEERS_STRICT=1               fail when a pin has left sid (default: warn, take sid's)
#   PEERS_WITH_SKOPEO=0          skip skopeo
#   PEERS_WITH_BUILDAH=0         skip buildah
#   PEERS_FORCE=1                reinstall everything
#   PEERS_DEBIAN_MIRROR=URL      mirror to use when the machine's sources name none
#   PEERS_KEEP_APT=1             keep PREFIX/.apt (lists, .debs) for inspection
#
# Needs only what Debian 12 has: bash, apt-get, dpkg-deb, flock,
# debian-archive-keyring; Go for the referrers registry (skipped without it).
set -euo pipefail

# name / Debian package / pinned version (all verified working together, 2026-11)
SID_PEERS=(
  "cosign          3.1.1-2"
  "oras            1.3.3-1"
  "notation        1.3.2-2"
  "crane           0.20.7+ds1-5"
  "docker-registry 2.8.3+ds1-3"
)
SKOPEO_DEBS=(skopeo libgpgme11 libassuan0)
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
GO_MIN_MINOR=21 # go.mod's three-part `go 1.25.0` line needs toolchain switching (Go >= 1.21)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REFERRERS_SRC="$ROOT/test/peers/referrers-registry"
PREFIX=${1:-$ROOT/.peers}
mkdir -p "$PREFIX/bin"
PREFIX=$(cd "$PREFIX" && pwd)
STAMP="$PREFIX/.peers-versions"
REF_STAMP="$PREFIX/.referrers-registry.src"
APTDIR="$PREFIX/.apt"

log() { printf 'install-peers: %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}
# apt logs name the mirror; replace every scheme://host before showing them.
scrub() { sed -E 's#[a-zA-Z][a-zA-Z0-9+.-]*://[^ /]+#<mirror>#g'; }

pin_of() { # $1 package, $2 default pin
  local var
  var="PEERS_PIN_$(printf '%s' "$1" | tr 'a-z-' 'A-Z_')"
  printf '%s' "${!var:-$2}"
}

wanted() { # lines "package requested-version", the stamp's first two columns
  local pkg pin
  for line in "${SID_PEERS[@]}"; do
    read -r pkg pin <<<"$line"
    printf '%s %s\n' "$pkg" "$(pin_of "$pkg" "$pin")"
  done
  if [ "${PEERS_WITH_SKOPEO:-1}" != 0 ]; then printf 'skopeo bookworm\n'; fi
  if [ "${PEERS_WITH_BUILDAH:-1}" != 0 ]; then printf 'buildah bookworm\n'; fi
}

debian_up_to_date() {
  [ "${PEERS_FORCE:-0}" != 1 ] && [ -f "$STAMP" ] || return 1
  local pkg req
  while read -r pkg req; do
    awk -v p="$pkg" -v r="$req" '$1 == p && $2 == r { found = 1 } END { exit !found }' "$STAMP" || return 1
    [ -x "$PREFIX/bin/$pkg" ] || return 1
  done < <(wanted)
}

# --- the machine's Debian mirror -------------------------------------------------
debian_mirror() {
  if [ -n "${PEERS_DEBIAN_MIRROR:-}" ]; then
    printf '%s' "${PEERS_DEBIAN_MIRROR%/}"
    return
  fi
  local codename uri="" f
  codename=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-bookworm}")
  # deb822 stanzas: Types has deb, Suites has the release itself, URIs is http(s).
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    uri=$(awk -v cn="$codename" '
      function take() {
        if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " cn " ") && u ~ /^https?:\/\//) { print u; done = 1; exit }
        types = suites = u = ""
      }
      /^[ \t]*#/ { next }
      /^[ \t]*$/ { take(); next }
      tolower($1) == "types:"  { $1 = ""; types = $0 }
      tolower($1) == "suites:" { $1 = ""; suites = $0 }
      tolower($1) == "uris:"   { u = $2 }
      END { if (!done) take() }' "$f")
    [ -n "$uri" ] && break
  done
  if [ -z "$uri" ]; then # one-line format: deb [options] URI SUITE COMPONENTS...
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      sed -E 's/\[[^]]*\]//' |
      awk -v cn="$codename" '$1 == "deb" && $2 ~ /^https?:\/\// && $3 == cn { print $2; exit }')
  fi
  [ -n "$uri" ] || die "no Debian mirror for '$codename' in the apt sources under /etc/apt (set PEERS_DEBIAN_MIRROR)"
  printf '%s' "${uri%/}"
}

# --- isolated apt --------------------------------------------------------------------
APT=()
use_suite() { # $1 tag, $2.. suites: writes the sources file, sets APT options, updates lists
  local tag=$1 d="$APTDIR/$1"
  shift
  mkdir -p "$d/lists/partial" "$d/cache/archives/partial" "$d/debs"
  printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: %s\n' "$MIRROR" "$*" "$KEYRING" >"$d/apt.sources"
  APT=(
    -o "Dir::Etc::SourceList=$d/apt.sources" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null
    -o "Dir::State::Lists=$d/lists" -o "Dir::Cache=$d/cache" -o Dir::State::status=/dev/null
    -o Acquire::Languages=none -o "APT::Architecture=$ARCH" -o "APT::Architectures=$ARCH"
    -o APT::Sandbox::User=root -o quiet=1
  )
  log "updating isolated apt lists ($*)"
  apt-get "${APT[@]}" update >"$d/update.log" 2>&1 || {
    scrub <"$d/update.log" >&2
    die "apt-get update for $* failed"
  }
}

download() { # $1 tag, $2.. package[=version]: .debs land in $APTDIR/tag/debs
  local d="$APTDIR/$1"
  shift
  rm -f "$d/debs/"*.deb
  (cd "$d/debs" && apt-get "${APT[@]}" download "$@") >"$d/download.log" 2>&1 || {
    scrub <"$d/download.log" >&2
    die "apt-get download $* failed"
  }
}

choose_version() { # $1 package, $2 requested -> the version to download
  local pkg=$1 req=$2 cand
  cand=$(apt-cache "${APT[@]}" policy "$pkg" 2>/dev/null | awk '/Candidate:/ { print $2; exit }')
  [ -n "$cand" ] && [ "$cand" != "(none)" ] || die "$pkg is not in Debian sid"
  if [ "$req" = any ]; then
    printf '%s' "$cand"
  elif apt-cache "${APT[@]}" madison "$pkg" 2>/dev/null |
    awk -F'|' -v v="$req" '{ gsub(/ /, "", $2) } $2 == v { f = 1 } END { exit !f }'; then
    printf '%s' "$req"
  elif [ "${PEERS_STRICT:-0}" = 1 ]; then
    die "$pkg $req has left sid (it now has $cand); update the pin in scripts/install-peers.sh"
  else
    log "WARNING: $pkg $req has left sid; taking $cand (PEERS_STRICT=1 makes this an error)"
    printf '%s' "$cand"
  fi
}

install_debian_peers() {
  [ -r "$KEYRING" ] || die "$KEYRING is missing (apt-get install debian-archive-keyring)"
  MIRROR=$(debian_mirror)
  ARCH=$(dpkg --print-architecture)
  local pkg pin req ver deb x specs=() stamp_lines=()
  NEW_STAMP=$(mktemp "$PREFIX/.peers-versions.XXXXXX")
  trap 'rm -f "$NEW_STAMP"' EXIT
  local new=$NEW_STAMP

  use_suite sid sid
  for line in "${SID_PEERS[@]}"; do
    read -r pkg pin <<<"$line"
    req=$(pin_of "$pkg" "$pin")
    ver=$(choose_version "$pkg" "$req")
    specs+=("$pkg=$ver")
    stamp_lines+=("$pkg $req $ver")
  done
  log "downloading ${specs[*]}"
  download sid "${specs[@]}"
  for line in "${stamp_lines[@]}"; do
    read -r pkg _ _ <<<"$line"
    deb=$(ls "$APTDIR/sid/debs/${pkg}_"*.deb)
    x=$(mktemp -d "$APTDIR/x.XXXXXX")
    dpkg-deb -x "$deb" "$x"
    [ -f "$x/usr/bin/$pkg" ] || die "$(basename "$deb") has no usr/bin/$pkg"
    install -m 0755 "$x/usr/bin/$pkg" "$PREFIX/bin/$pkg.new"
    mv -f "$PREFIX/bin/$pkg.new" "$PREFIX/bin/$pkg"
    rm -rf "$x"
    printf '%s\n' "$line" >>"$new"
  done

  if [ "${PEERS_WITH_SKOPEO:-1}" != 0 ]; then
    # bookworm's skopeo, not sid's: sid's needs a newer libc than Debian 12 has.
    use_suite bookworm bookworm bookworm-updates
    download bookworm "${SKOPEO_DEBS[@]}"
    x=$(mktemp -d "$APTDIR/x.XXXXXX")
    for deb in "$APTDIR/bookworm/debs/"*.deb; do dpkg-deb -x "$deb" "$x"; done
    rm -rf "$PREFIX/lib/skopeo" "$PREFIX/libexec/skopeo" "$PREFIX/etc/containers"
    mkdir -p "$PREFIX/lib/skopeo" "$PREFIX/libexec/skopeo" "$PREFIX/etc/containers"
    cp -a "$x"/usr/lib/*-linux-gnu/libgpgme.so.11* "$x"/usr/lib/*-linux-gnu/libassuan.so.0* "$PREFIX/lib/skopeo/"
    install -m 0755 "$x/usr/bin/skopeo" "$PREFIX/libexec/skopeo/skopeo"
    printf '%s\n' '{ "default": [ { "type": "insecureAcceptAnything" } ] }' >"$PREFIX/etc/containers/policy.json"
    cat >"$PREFIX/bin/skopeo" <<'EOF'
#!/bin/sh
# bookworm's skopeo with its private libgpgme; a permissive policy.json unless the
# machine has its own or the caller passes --policy/--insecure-policy.
d=$(CDPATH= cd -- "$(dirname -- "$(readlink -f -- "$0")")/.." && pwd)
LD_LIBRARY_PATH="$d/lib/skopeo${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"; export LD_LIBRARY_PATH
case " $* " in *" --policy"*|*" --insecure-policy "*) exec "$d/libexec/skopeo/skopeo" "$@" ;; esac
if [ -f /etc/containers/policy.json ]; then exec "$d/libexec/skopeo/skopeo" "$@"; fi
exec "$d/libexec/skopeo/skopeo" --policy "$d/etc/containers/policy.json" "$@"
EOF
    chmod 0755 "$PREFIX/bin/skopeo"
    rm -rf "$x"
    "$PREFIX/bin/skopeo" --version >/dev/null || die "the extracted skopeo does not run"
    ver=$(basename "$APTDIR"/bookworm/debs/skopeo_*.deb | sed -E 's/^skopeo_([^_]+)_.*/\1/; s/%3a/:/')
    printf 'skopeo bookworm %s\n' "$ver" >>"$new"
  fi

  if [ "${PEERS_WITH_BUILDAH:-1}" != 0 ]; then
    # bookworm's buildah for actions/build's daemonless engine (vfs storage, chroot
    # isolation). Its chroot runtime re-executes itself with a clean environment, so
    # neither LD_LIBRARY_PATH nor $ORIGIN reaches it: the private libraries' path is
    # written into the binaries as an absolute rpath instead.
    download bookworm buildah libgpgme11 libassuan0 libdevmapper1.02.1 patchelf
    x=$(mktemp -d "$APTDIR/x.XXXXXX")
    for deb in "$APTDIR/bookworm/debs/"*.deb; do dpkg-deb -x "$deb" "$x"; done
    rm -rf "$PREFIX/lib/buildah"
    mkdir -p "$PREFIX/lib/buildah"
    cp -a "$x"/usr/lib/*-linux-gnu/libgpgme.so.11* "$x"/usr/lib/*-linux-gnu/libassuan.so.0* \
      "$x"/lib/*-linux-gnu/libdevmapper.so.1.02.1 "$PREFIX/lib/buildah/"
    for f in "$PREFIX"/lib/buildah/*; do [ -L "$f" ] || "$x/usr/bin/patchelf" --set-rpath "$PREFIX/lib/buildah" "$f"; done
    install -m 0755 "$x/usr/bin/buildah" "$PREFIX/bin/buildah.new"
    "$x/usr/bin/patchelf" --set-rpath "$PREFIX/lib/buildah" "$PREFIX/bin/buildah.new"
    mv -f "$PREFIX/bin/buildah.new" "$PREFIX/bin/buildah"
    rm -rf "$x"
    "$PREFIX/bin/buildah" --version >/dev/null || die "the extracted buildah does not run"
    ver=$(basename "$APTDIR"/bookworm/debs/buildah_*.deb | sed -E 's/^buildah_([^_]+)_.*/\1/; s/%3a/:/')
    printf 'buildah bookworm %s\n' "$ver" >>"$new"
  fi

  sort -o "$new" "$new"
  chmod 0644 "$new"
  mv -f "$new" "$STAMP"
  trap - EXIT
  [ "${PEERS_KEEP_APT:-0}" = 1 ] || rm -rf "$APTDIR"
}

# --- referrers-registry (go build) ----------------------------------------------------
referrers_src_hash() {
  (cd "$REFERRERS_SRC" && cat go.mod go.sum ./*.go) | sha256sum | cut -c1-64
}

referrers_up_to_date() {
  [ "${PEERS_FORCE:-0}" != 1 ] && [ -x "$PREFIX/bin/referrers-registry" ] && [ -f "$REF_STAMP" ] &&
    [ "$(cat "$REF_STAMP")" = "$(referrers_src_hash)" ]
}

REFERRERS_SKIPPED=""
build_referrers_registry() {
  if ! command -v go >/dev/null 2>&1; then
    REFERRERS_SKIPPED="skipped: go not found (tests of the referrers API will skip)"
    return
  fi
  local minor
  minor=$(go env GOVERSION | sed -nE 's/^go1\.([0-9]+).*/\1/p')
  if [ -z "$minor" ] || [ "$minor" -lt "$GO_MIN_MINOR" ]; then
    REFERRERS_SKIPPED="skipped: $(go env GOVERSION) is older than go1.$GO_MIN_MINOR"
    return
  fi
  log "building referrers-registry with $(go env GOVERSION)"
  local out="$PREFIX/bin/referrers-registry"
  (cd "$REFERRERS_SRC" && CGO_ENABLED=0 GOFLAGS=-mod=readonly go build -trimpath -o "$out.new" .) \
    >"$PREFIX/.referrers-build.log" 2>&1 || {
    tail -n 20 "$PREFIX/.referrers-build.log" >&2
    die "go build of $REFERRERS_SRC failed"
  }
  mv -f "$out.new" "$out"
  rm -f "$PREFIX/.referrers-build.log"
  referrers_src_hash >"$REF_STAMP"
}

# --- pyspdxtools (the SPDX project's validator) and python-tuf, from PyPI ------------
SPDX_TOOLS_VERSION=0.8.5
# python-tuf makes the TUF repositories lading's trusted-root tests fetch from.
PY_PINS="spdx-tools==$SPDX_TOOLS_VERSION tuf==7.0.1 securesystemslib==1.6.0 cryptography==50.0.2"
SPDX_STAMP="$PREFIX/.spdx-tools.version"
SPDX_SKIPPED=""

spdx_up_to_date() {
  [ "${PEERS_FORCE:-0}" != 1 ] && [ -x "$PREFIX/bin/pyspdxtools" ] && [ -x "$PREFIX/bin/tuf-repo" ] &&
    [ -f "$SPDX_STAMP" ] && [ "$(cat "$SPDX_STAMP")" = "$PY_PINS $ROOT" ]
}

install_spdx_tools() {
  if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv' 2>/dev/null; then
    SPDX_SKIPPED="skipped: python3 with venv not found (the SPDX validator and TUF tests will skip)"
    return
  fi
  log "installing $PY_PINS from PyPI into $PREFIX/venv"
  rm -rf "$PREFIX/venv"
  python3 -m venv "$PREFIX/venv" >"$PREFIX/.spdx-tools.log" 2>&1 &&
    # shellcheck disable=SC2086 # PY_PINS is a list of pins
    "$PREFIX/venv/bin/pip" install --quiet --disable-pip-version-check $PY_PINS \
      >>"$PREFIX/.spdx-tools.log" 2>&1 || {
    tail -n 20 "$PREFIX/.spdx-tools.log" >&2
    die "pip install $PY_PINS failed"
  }
  ln -sf ../venv/bin/pyspdxtools "$PREFIX/bin/pyspdxtools"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$PREFIX/venv/bin/python" "$ROOT/test/peers/tuf-repo.py" \
    >"$PREFIX/bin/tuf-repo"
  chmod +x "$PREFIX/bin/tuf-repo"
  rm -f "$PREFIX/.spdx-tools.log"
  printf '%s\n' "$PY_PINS $ROOT" >"$SPDX_STAMP"
}

referrers_version() {
  awk '$1 == "require" && $2 ~ /go-containerregistry$/ { print "ggcr-" $3 }
       $1 ~ /go-containerregistry$/ && $2 ~ /^v/ { print "ggcr-" $2 }' "$REFERRERS_SRC/go.mod" | head -n1
}

print_tools() {
  local pkg inst
  while read -r pkg _ inst; do
    printf '%-18s %-22s %s\n' "$pkg" "$inst" "$PREFIX/bin/$pkg"
  done <"$STAMP"
  if [ -n "$REFERRERS_SKIPPED" ]; then
    printf '%-18s %s\n' referrers-registry "$REFERRERS_SKIPPED"
  else
    printf '%-18s %-22s %s\n' referrers-registry "$(referrers_version)" "$PREFIX/bin/referrers-registry"
  fi
  if [ -n "$SPDX_SKIPPED" ]; then
    printf '%-18s %s\n' pyspdxtools "$SPDX_SKIPPED"
  else
    printf '%-18s %-22s %s\n' pyspdxtools "$SPDX_TOOLS_VERSION" "$PREFIX/bin/pyspdxtools"
    printf '%-18s %-22s %s\n' tuf-repo "python-tuf 7.0.1" "$PREFIX/bin/tuf-repo"
  fi
}

# --- main ------------------------------------------------------------------------------
if ! debian_up_to_date || ! referrers_up_to_date || ! spdx_up_to_date; then
  exec 9>"$PREFIX/.lock"
  flock 9
  # Another run may have finished the work while this one waited for the lock.
  debian_up_to_date || install_debian_peers
  referrers_up_to_date || build_referrers_registry
  spdx_up_to_date || install_spdx_tools
fi
print_tools
