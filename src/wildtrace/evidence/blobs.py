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
        return self.put_many([data])[0]

    def put_many(self, items: list[bytes]) -> list[str]:
        """Store several files; when this returns, every one is on disk (fsync'd) under its
        hash. All are written first, then synced, then renamed into place."""
        digests = [hashlib.sha256(data).hexdigest() for data in items]
        pending: dict[str, tuple[int, str]] = {}  # digest -> (fd, temporary path)
        try:
            for digest, data in zip(digests, items, strict=True):
                path = self.path_for(digest)
                if digest in pending or path.exists():
                    continue
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
                pending[digest] = (fd, tmp)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            for fd, _ in pending.values():
                os.fsync(fd)
            for digest, (fd, tmp) in pending.items():
                os.close(fd)
                pending[digest] = (-1, tmp)
                Path(tmp).chmod(0o444)
                Path(tmp).replace(self.path_for(digest))
                pending[digest] = (-1, "")
        except BaseException:
            for fd, tmp in pending.values():
                if fd >= 0:
                    os.close(fd)
                if tmp:
                    Path(tmp).unlink(missing_ok=True)
            raise
        return digests

    def get(self, sha256: str) -> bytes:
        data = self.path_for(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobIntegrityError(f"blob {sha256}: content does not match its hash")
        return data
