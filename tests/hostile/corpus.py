"""A corpus of hostile and broken inputs, generated at test time (the big ones are never
committed), with what must become of each file."""

from __future__ import annotations

import json
import os
import random
import zlib
from pathlib import Path

MB = 1024 * 1024
GOOD = (
    "Harbour ferry adds a night crossing\n\n"
    "The harbour authority will run a late ferry from June, its director Mara Quist said.\n\n"
    "“People asked for it for years,” Quist said on Monday. “Now the budget allows it.”\n"
)


def _zeros_gzip(path: Path, size: int) -> None:
    """A small .gz file that inflates to SIZE bytes of zeros (a gzip bomb)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * MB
    with path.open("wb") as f:
        for _ in range(size // MB):
            f.write(z.compress(chunk))
        f.write(z.flush())


def build(folder: Path, outside: Path) -> dict[str, tuple[str, str | None]]:
    """Write the corpus; return file name → (expected status, reason pattern or None)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(11)
    expect: dict[str, tuple[str, str | None]] = {}

    def put(name: str, data: bytes | str, status: str, reason: str | None = None) -> None:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        (folder / name).write_bytes(raw)
        expect[name] = (status, reason)

    put("good.txt", GOOD, "loaded")
    put("empty.txt", b"", "rejected", "empty")
    put("binary.txt", bytes(rng.randrange(256) for _ in range(4096)), "rejected", "binary")
    put("nul_bytes.txt", GOOD.replace(" ", "\0", 3), "loaded")
    put("invalid_utf8.txt", GOOD.encode() + b"\xff\xfe\xc3(" + b" more text.\n", "loaded")
    put(
        "mixed_encodings.txt",
        GOOD.encode() + "Café owner José said so.\n".encode("cp1252"),
        "loaded",
    )
    put(
        "wrong_types.json",
        json.dumps({"title": 5, "body": ["x"], "author": {"a": 1}, "published": True}),
        "rejected",
        "title is int",
    )
    put(
        "bad_lines.jsonl",
        "\n".join([json.dumps({"title": "Ferry", "body": GOOD}), "{not json", "[1, 2]"]),
        "loaded",
        "record",
    )
    put(
        "unbalanced.txt",
        GOOD + "\n“He never closed this quote, Quist said.\n\n“Nor this one\n",
        "loaded",
    )
    put("many_quotes.txt", "Quote storm\n\n" + "“a” " * 5000 + "\n", "loaded")
    put(
        "no_sentences.txt",
        "### ---\n\n" + "@@@ ### *** " * 200 + "\n",
        "rejected",
        "no recognisable title",
    )
    nested = (
        "<html><body>"
        + "<div>" * 5000
        + "<p>Deep text here.</p>"
        + "</div>" * 5000
        + "</body></html>"
    )
    put("nested.html", nested, "rejected", "no article text")
    # fmt: on
    _zeros_gzip(folder / "bomb.txt.gz", 300 * MB)
    expect["bomb.txt.gz"] = ("rejected", "decompressed size over the limit")
    with (folder / "huge_200mb.txt").open("wb") as f:
        f.truncate(200 * MB)  # sparse: 200 MB without writing them
    expect["huge_200mb.txt"] = ("rejected", "file too large")
    (folder / "one_line_50mb.txt").write_bytes(b"word " * (10 * MB))
    expect["one_line_50mb.txt"] = ("rejected", "text too long")
    outside.write_text(GOOD, "utf-8")
    os.symlink(outside, folder / "outside_link.txt")
    expect["outside_link.txt"] = ("rejected", "outside the source folder")
    return expect
