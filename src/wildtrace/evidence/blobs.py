"""Content-addressed, write-once blob store: a file's name is its SHA-256.

Written to a temporary file then renamed, so a crash leaves either nothing or the whole file;
read back only after checking the hash, so a changed file is never served as the original.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class BlobIntegrityError(Exception):
    """A stored file whose content no longer matches its hash."""


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self.path_for(digest)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            Path(tmp).chmod(0o444)
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, sha256: str) -> bytes:
        data = self.path_for(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobIntegrityError(f"blob {sha256}: content does not match its hash")
        return data
