"""Which documents were read and where the reader left each one, kept between runs.

A small JSON file in the platform data folder. Reading state is a convenience, never a reason
to fail: a missing, unreadable or read-only folder, or a corrupt file, gives an empty state
that simply is not saved.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tui.core.documents import Document
from tui.resources import user_dir

STATE_FILE = "state.json"
_VERSION = 1


def document_key(document: Document) -> str:
    """A key that names the same article whichever folder the reader was started from."""
    path = os.path.abspath(document.path)
    return f"{path}#{document.record_id}" if document.record_id is not None else path


class ReadState:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._documents: dict[str, dict[str, object]] = {}
        """Per document key, what the state file holds (`read`, `offset`), checked on use."""
        self.last: str | None = None
        if path is not None:
            self._load(path)

    @classmethod
    def default(cls) -> ReadState:
        return cls(user_dir("data") / STATE_FILE)

    def _load(self, path: Path) -> None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(raw, dict) or not isinstance(raw.get("documents"), dict):
            return
        self._documents = {
            key: value for key, value in raw["documents"].items() if isinstance(value, dict)
        }
        last = raw.get("last")
        self.last = last if isinstance(last, str) else None

    def is_read(self, key: str) -> bool:
        return bool(self._documents.get(key, {}).get("read"))

    def position(self, key: str) -> int:
        """The text offset the reader last had at the top of the view (0 when never opened)."""
        offset = self._documents.get(key, {}).get("offset", 0)
        return offset if isinstance(offset, int) and offset >= 0 else 0

    def mark_read(self, key: str) -> None:
        self.set_read(key, True)
        self.last = key

    def set_read(self, key: str, read: bool) -> None:
        self._documents.setdefault(key, {})["read"] = read

    def remember(self, key: str, offset: int) -> None:
        self._documents.setdefault(key, {})["offset"] = max(0, int(offset))

    def save(self) -> bool:
        """Write atomically; False (and nothing raised) when the folder cannot be written."""
        if self.path is None:
            return False
        import tempfile  # only when saving: it costs start-up time to import

        data = json.dumps(
            {"version": _VERSION, "last": self.last, "documents": self._documents},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(prefix=".state-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(data)
                os.replace(temporary, self.path)
            except OSError:
                os.unlink(temporary)
                raise
        except OSError:
            return False
        return True
