"""Evidence: checking uploads, sealing each item with its sha256, finding later changes, and the
evidence bundle for the Monitoring Officer (a ZIP with an index and a SHA256SUMS file).

Only the standard library: ``hashlib`` and ``zipfile``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from .models import Case, ComplaintSettings, Evidence, Letter

CHUNK = 64 * 1024

# Extension -> (what it is, a check of its first bytes, a check of its last bytes).
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
FILE_TYPES: dict[str, str] = {
    ".png": "PNG image",
    ".jpg": "JPEG image",
    ".jpeg": "JPEG image",
    ".gif": "GIF image",
    ".webp": "WebP image",
    ".pdf": "PDF document",
    ".txt": "text file",
}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    return sha256_bytes(text.encode("utf-8"))


def sha256_stream(stream: IO[bytes]) -> tuple[str, int]:
    """The sha256 and size of a file, read in chunks from the start."""
    digest, size = hashlib.sha256(), 0
    stream.seek(0)
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    stream.seek(0)
    return digest.hexdigest(), size


def _looks_whole(ext: str, head: bytes, tail: bytes, size: int) -> bool:
    """Whether a file starts and ends as a file of its type does (so it was not cut short)."""
    if ext == ".png":
        return head.startswith(b"\x89PNG\r\n\x1a\n") and tail.endswith(_PNG_END)
    if ext in (".jpg", ".jpeg"):
        return head.startswith(b"\xff\xd8\xff") and tail.rstrip(b"\x00\r\n").endswith(b"\xff\xd9")
    if ext == ".gif":
        return head[:6] in (b"GIF87a", b"GIF89a") and tail.rstrip(b"\x00").endswith(b";")
    if ext == ".webp":
        declared = int.from_bytes(head[4:8], "little") + 8 if len(head) >= 12 else -1
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP" and declared == size
    if ext == ".pdf":
        return head.startswith(b"%PDF-") and b"%%EOF" in tail
    return True


def check_upload(upload: UploadedFile, max_mb: int | None = None) -> None:
    """Refuse an upload that is empty, too big, of a type we do not keep, or broken.

    Raises ``ValidationError`` with a message for the person uploading.
    """
    name = upload.name or "file"
    limit_mb = max_mb if max_mb is not None else ComplaintSettings.objects.get(pk=1).max_upload_mb
    size = upload.size or 0
    if size == 0:
        raise ValidationError(f"{name} is empty. Choose the file again.")
    if size > limit_mb * 1024 * 1024:
        raise ValidationError(f"{name} is larger than {limit_mb} MB. Choose a smaller file.")
    ext = PurePath(name).suffix.lower()
    if ext not in FILE_TYPES:
        kinds = ", ".join(sorted({e.lstrip(".").upper() for e in FILE_TYPES}))
        raise ValidationError(f"{name} must be one of these types: {kinds}.")
    upload.seek(0)
    head = upload.read(16)
    upload.seek(max(0, size - 1024))
    tail = upload.read()
    upload.seek(0)
    broken = not _looks_whole(ext, head, tail, size)
    if ext == ".txt":
        try:
            upload.read().decode("utf-8")
        except UnicodeDecodeError:
            broken = True
        upload.seek(0)
    if broken:
        raise ValidationError(
            f"{name} is not a whole {FILE_TYPES[ext]}: it may be damaged or cut short. "
            "Save it again and upload the new copy."
        )


def safe_filename(name: str) -> str:
    stem = PurePath(name).stem
    ext = PurePath(name).suffix.lower()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")[:60] or "file"
    return f"{cleaned}{ext}"


def content_of(item: Evidence) -> bytes:
    """The bytes an item's sha256 seals: the file, the text, or the link."""
    if item.kind == Evidence.Kind.FILE:
        with item.file.open("rb") as handle:
            return handle.read()
    if item.kind == Evidence.Kind.LINK:
        return item.url.encode("utf-8")
    return item.text.encode("utf-8")


@dataclass(frozen=True)
class Check:
    item: Evidence
    ok: bool
    problem: str = ""


def verify_item(item: Evidence) -> Check:
    """Whether an item still has the sha256 it was captured with."""
    if item.kind == Evidence.Kind.FILE:
        try:
            with item.file.open("rb") as handle:
                actual, _ = sha256_stream(handle)
        except (FileNotFoundError, ValueError):
            return Check(item, False, "the file is missing")
    else:
        actual = sha256_bytes(content_of(item))
    if actual != item.sha256:
        return Check(item, False, "it has changed since it was captured")
    return Check(item, True)


def verify_case(case: Case) -> list[Check]:
    """Check every item of a case's evidence; the list holds a result for each."""
    return [verify_item(item) for item in case.evidence.order_by("number")]


def _zip_time(moment: dt.datetime) -> tuple[int, int, int, int, int, int]:
    local = timezone.localtime(moment)
    return (max(local.year, 1980), local.month, local.day, local.hour, local.minute, local.second)


def _add(zf: zipfile.ZipFile, name: str, data: bytes, when: dt.datetime) -> None:
    info = zipfile.ZipInfo(name, date_time=_zip_time(when))
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, data)


def bundle_name(item: Evidence) -> str:
    if item.kind == Evidence.Kind.FILE:
        return f"evidence/{item.number:02d}-{safe_filename(item.original_name or 'file')}"
    suffix = {"link": "link.txt", "text": "text.txt", "report": "report.json"}[item.kind]
    return f"evidence/{item.number:02d}-{suffix}"


class BrokenEvidence(Exception):
    """Some evidence no longer matches its sha256, so no bundle is made."""

    def __init__(self, checks: Iterable[Check]) -> None:
        self.checks = list(checks)
        items = ", ".join(f"item {c.item.number} ({c.problem})" for c in self.checks)
        super().__init__(f"The evidence bundle was not made: {items}.")


def build_bundle(case: Case, letter: Letter | None, council_name: str) -> bytes:
    """A ZIP of the case's evidence with an index (every item's sha256) and a SHA256SUMS file.

    The referral letter goes in too, if given. Refuses (``BrokenEvidence``) if any item no
    longer matches the sha256 it was captured with.
    """
    bad = [check for check in verify_case(case) if not check.ok]
    if bad:
        raise BrokenEvidence(bad)
    now = timezone.now()
    entries: list[dict[str, Any]] = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for item in case.evidence.order_by("number"):
            data = content_of(item)
            name = bundle_name(item)
            _add(zf, name, data, item.captured_at)
            entries.append(
                {
                    "number": item.number,
                    "file": name,
                    "description": item.description,
                    "kind": item.get_kind_display(),
                    "original_name": item.original_name,
                    "url": item.url,
                    "size": len(data),
                    "sha256": item.sha256,
                    "captured_at": timezone.localtime(item.captured_at).isoformat(),
                    "added_by": item.added_by_label,
                }
            )
        sums = [(e["sha256"], e["file"]) for e in entries]
        if letter is not None:
            data = letter.body.encode("utf-8")
            _add(zf, "referral-letter.txt", data, letter.generated_at)
            sums.append((sha256_bytes(data), "referral-letter.txt"))
        index = _index_text(case, entries, council_name, now)
        _add(zf, "index.txt", index.encode("utf-8"), now)
        meta = {"case": case.reference, "made_at": now.isoformat(), "items": entries}
        _add(zf, "index.json", json.dumps(meta, indent=2, ensure_ascii=False).encode(), now)
        _add(zf, "SHA256SUMS", "".join(f"{h}  {n}\n" for h, n in sums).encode(), now)
    return buffer.getvalue()


def _index_text(
    case: Case, entries: list[dict[str, Any]], council_name: str, now: dt.datetime
) -> str:
    lines = [
        f"Evidence bundle for complaint {case.reference}",
        f"{council_name}. Made {timezone.localtime(now):%-d %B %Y at %H:%M}.",
        "",
        "Each item was sealed with its SHA-256 fingerprint when it was captured. To check the",
        "files have not changed, run:  sha256sum -c SHA256SUMS",
        "",
    ]
    for e in entries:
        lines += [
            f"{e['number']}. {e['description']}",
            f"   File: {e['file']} ({e['size']} bytes)",
            f"   Captured: {e['captured_at']} by {e['added_by'] or 'unknown'}",
            f"   SHA-256: {e['sha256']}",
        ]
        if e["url"]:
            lines.append(f"   Link: {e['url']}")
        lines.append("")
    return "\n".join(lines)
