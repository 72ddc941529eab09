"""Bytes to text: UTF-8 when it is (with cp1252 for stray bytes in otherwise UTF-8 text),
else the best guess of charset-normalizer; the encoding used is recorded."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from transforms.document import DocumentRejected

BINARY_CONTROL_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    fallback: bool  # True when the file was not valid UTF-8


def decode(data: bytes) -> Decoded:
    """Decode a raw file; raise DocumentRejected for empty or binary content."""
    if not data.strip():
        raise DocumentRejected("empty file")
    if b"\x00" in data[:65536] and _control_share(data) > BINARY_CONTROL_SHARE:
        raise DocumentRejected("binary file: not text (NUL and control bytes)")
    try:
        text = data.decode("utf-8")
        return Decoded(text.removeprefix("\ufeff"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    if _has_utf8_text(data):  # UTF-8 with a few stray single-byte characters pasted in
        text = data.decode("utf-8", errors=MIXED)
        return Decoded(text.removeprefix("\ufeff"), "utf-8+cp1252", True)
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise DocumentRejected("binary file: no text encoding fits")
    encoding = best.encoding
    if encoding.startswith(("cp125", "latin", "iso8859")) and _decodes(data, "cp1252"):
        encoding = "cp1252"  # the usual single-byte encoding of Western web text
    text = data.decode(encoding, errors="replace")
    if _control_share(text.encode("utf-8", errors="replace")) > BINARY_CONTROL_SHARE:
        raise DocumentRejected("binary file: control characters")
    return Decoded(text, encoding, True)


MIXED = "newsdesk-cp1252"


def _cp1252_for_invalid(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error(MIXED, _cp1252_for_invalid)


def _has_utf8_text(data: bytes) -> bool:
    """Whether the bytes hold valid multi-byte UTF-8 characters, not only invalid bytes."""
    lenient = data[:1_000_000].decode("utf-8", errors="replace")
    return any(ord(c) > 127 and c != "\ufffd" for c in lenient)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))
