"""Writing the files innovkit produces: never over an existing file without ``force``, and
always through a temporary file moved into place, so a crash never leaves half a document."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from innovkit.errors import BadInput, InnovkitError
from innovkit.i18n import tr


def check_writable(path: Path, force: bool = False) -> None:
    """Raise ``BadInput`` if ``path`` may not be written (exists without force, bad folder)."""
    if path.is_dir():
        raise BadInput(tr("common.output_is_folder", path=path))
    if path.exists() and not force:
        raise BadInput(tr("common.output_exists", path=path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(tr("common.output_folder_missing", folder=folder))
    if not os.access(folder, os.W_OK):
        raise BadInput(tr("common.output_folder_unwritable", folder=folder))


def write_file(path: Path, content: str | bytes, force: bool = False, mode: int = 0o644) -> Path:
    """Write ``content`` to ``path`` atomically; refuses to replace a file unless ``force``."""
    path = Path(path)
    check_writable(path, force)
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BadInput(tr("common.output_folder_unwritable", folder=folder)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if not force and path.exists():  # appeared while we were writing
            raise BadInput(tr("common.output_exists", path=path))
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InnovkitError(tr("common.output_failed", path=path, reason=exc.strerror)) from exc
        raise
    return path
