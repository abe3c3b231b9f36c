"""A TUF repository made by python-tuf, the reference implementation, for lading's tests.

It stands where Sigstore's TUF CDN stands: one `trusted_root.json` target, signed
root/targets/snapshot/timestamp metadata with consistent snapshots, laid out as
@sigstore/tuf fetches it (`<n>.root.json`, `timestamp.json`,
`<n>.snapshot.json`, `<n>.targets.json`, `targets/<sha256>.<name>`).

usage:
  tuf-repo.py init DIR TARGET_FILE       new keys and repository; DIR/root.json is
                                         the root a client starts from
  tuf-repo.py update DIR TARGET_FILE     publish a new version of the target
  tuf-repo.py expire-timestamp DIR       re-sign timestamp.json with an expiry in the past

Private keys live in DIR.keys/ beside the served directory, never in it.
"""

import json
import os
import shutil
import sys
from datetime import datetime, timedelta, timezone

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner, SSlibKey
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

ROLES = ("root", "targets", "snapshot", "timestamp")
TARGET_NAME = "trusted_root.json"


def now():
    return datetime.now(timezone.utc).replace(microsecond=0)


def key_dir(repo):
    return repo.rstrip("/") + ".keys"


def signer(repo, role):
    with open(os.path.join(key_dir(repo), f"{role}.pem"), "rb") as f:
        private = serialization.load_pem_private_key(f.read(), password=None)
    return CryptoSigner(private, SSlibKey.from_crypto(private.public_key()))


def write(repo, md, name):
    md.to_file(os.path.join(repo, name), serializer=JSONSerializer(compact=False))


def load(repo, name):
    return Metadata.from_file(os.path.join(repo, name))


def sign(repo, md):
    md.signatures.clear()
    md.sign(signer(repo, md.signed.type))


def publish_target(repo, target_file, targets_version, snapshot_version, timestamp_version, expires):
    with open(target_file, "rb") as f:
        data = f.read()
    target = TargetFile.from_data(TARGET_NAME, data, ["sha256"])
    os.makedirs(os.path.join(repo, "targets"), exist_ok=True)
    with open(os.path.join(repo, "targets", f"{target.hashes['sha256']}.{TARGET_NAME}"), "wb") as f:
        f.write(data)

    targets = Metadata(Targets(version=targets_version, expires=expires, targets={TARGET_NAME: target}))
    sign(repo, targets)
    write(repo, targets, f"{targets_version}.targets.json")

    snapshot = Metadata(
        Snapshot(version=snapshot_version, expires=expires, meta={"targets.json": MetaFile(targets_version)})
    )
    sign(repo, snapshot)
    write(repo, snapshot, f"{snapshot_version}.snapshot.json")

    timestamp = Metadata(
        Timestamp(version=timestamp_version, expires=expires, snapshot_meta=MetaFile(snapshot_version))
    )
    sign(repo, timestamp)
    write(repo, timestamp, "timestamp.json")


def init(repo, target_file):
    os.makedirs(repo)
    os.makedirs(key_dir(repo))
    expires = now() + timedelta(days=30)
    root = Root(expires=expires, consistent_snapshot=True)
    for role in ROLES:
        private = Ed25519PrivateKey.generate()
        with open(os.path.join(key_dir(repo), f"{role}.pem"), "wb") as f:
            f.write(
                private.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )
        root.add_key(SSlibKey.from_crypto(private.public_key()), role)
    md = Metadata(root)
    sign(repo, md)
    write(repo, md, "1.root.json")
    shutil.copyfile(os.path.join(repo, "1.root.json"), os.path.join(repo, "root.json"))
    publish_target(repo, target_file, 1, 1, 1, expires)


def update(repo, target_file):
    timestamp = load(repo, "timestamp.json").signed
    snapshot_version = timestamp.snapshot_meta.version
    targets_version = load(repo, f"{snapshot_version}.snapshot.json").signed.meta["targets.json"].version
    publish_target(
        repo,
        target_file,
        targets_version + 1,
        snapshot_version + 1,
        timestamp.version + 1,
        now() + timedelta(days=30),
    )


def expire_timestamp(repo):
    md = load(repo, "timestamp.json")
    md.signed.version += 1
    md.signed.expires = now() - timedelta(days=1)
    sign(repo, md)
    write(repo, md, "timestamp.json")


def main(argv):
    if len(argv) == 3 and argv[0] == "init":
        init(argv[1], argv[2])
    elif len(argv) == 3 and argv[0] == "update":
        update(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "expire-timestamp":
        expire_timestamp(argv[1])
    else:
        sys.stderr.write(__doc__)
        return 2
    json.dump({"ok": True}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
