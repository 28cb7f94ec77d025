"""Bytes to text: encodings, byte order marks, binary files.

The policy is explicit rather than guessed: UTF-8 (with or without a byte
order mark) and UTF-16 with a byte order mark are detected; anything else must
be declared (an HTML ``<meta charset>``, a sidecar's ``encoding``, or the
``--encoding`` option). Undecodable bytes are an error that names the offset,
never silently replaced. Line endings are kept exactly as read.
"""

from __future__ import annotations

import codecs
import re

from claimtrack.errors import InputError

__all__ = ["decode", "sniff_html_charset"]

_BINARY_PROBE = 8192
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def sniff_html_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in its first 4 KiB, if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _known(encoding: str, source: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}") from None


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` read from ``source`` into text.

    Args:
        data: the raw bytes.
        source: the file name or record address, for error messages.
        declared: an encoding declared by the input or the user, tried when the
            bytes are not UTF-8.

    Returns:
        ``(text, encoding)``; a byte order mark is not part of the text.

    Raises:
        InputError: the input is empty, binary, or not decodable.
    """
    if not data:
        raise InputError(source, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", source), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source), "utf-16"
    if b"\x00" in data[:_BINARY_PROBE]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if declared is None or _known(declared, source) == "utf-8":
            bad = data[exc.start : exc.start + 1].hex().upper()
            raise InputError(
                source,
                f"not valid UTF-8 (byte 0x{bad} at offset {exc.start}); "
                "declare its encoding (sidecar \"encoding\" or --encoding)",
            ) from None
    name = _known(declared, source)
    return _strict(data, name, source), name


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex().upper()
        raise InputError(
            source, f"not valid {encoding} (byte 0x{bad} at offset {exc.start})"
        ) from None
