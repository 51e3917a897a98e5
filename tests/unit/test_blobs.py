from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from wildtrace.evidence.blobs import BlobIntegrityError, BlobStore


def test_put_is_content_addressed_and_idempotent(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    digest = blobs.put(b"hello")
    assert digest == hashlib.sha256(b"hello").hexdigest()
    assert blobs.put(b"hello") == digest
    assert blobs.get(digest) == b"hello"
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [digest]


def test_changed_blob_is_not_served(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    digest = blobs.put(b"original")
    path = blobs.path_for(digest)
    path.chmod(0o644)
    path.write_bytes(b"tampered")
    with pytest.raises(BlobIntegrityError):
        blobs.get(digest)
