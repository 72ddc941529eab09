"""Benchmark corpora: realistic text made by replicating and perturbing the bundled samples and
../shared/corpus/bbc_raw/dev, so every file is distinct (distinct hash) but reads like news."""

from __future__ import annotations

import os
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "samples" / "articles", ROOT.parent / "shared" / "corpus" / "bbc_raw" / "dev"]
FIRST = ["Ana", "Tom", "Lena", "Omar", "Iris", "Jon", "Mei", "Raul", "Nia", "Piotr", "Sara", "Eli"]
LAST = ["Kowal", "Mendes", "Okoro", "Lind", "Haddad", "Brandt", "Ito", "Varga", "Quinn", "Sousa"]


def source_texts() -> list[str]:
    texts = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            try:
                text = path.read_text("utf-8")
            except UnicodeDecodeError:
                continue
            if len(text.split()) > 50:
                texts.append(text)
    return texts


def perturb(text: str, i: int, rng: random.Random) -> str:
    """The same article with a different closing quote by a different person."""
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    extra = f"“We will look at this again in round {i},” {who} said on Tuesday."
    title, _, rest = text.partition("\n")
    return f"{title}\n{rest.rstrip()}\n\n{extra}\n"


def build(folder: Path, n: int, seed: int = 7) -> Path:
    """Write n article files into folder (once: an existing complete folder is reused)."""
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.txt"))) == n:
        return folder
    rng = random.Random(seed)
    texts = source_texts()
    for i in range(n):
        (folder / f"a{i:06d}.txt").write_text(perturb(texts[i % len(texts)], i, rng), "utf-8")
    return folder


def build_tiny(folder: Path, n: int) -> Path:
    """n small files for discovery and rescan timing (content is irrelevant there)."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = len(os.listdir(folder))
    for i in range(existing, n):
        (folder / f"f{i:06d}.txt").write_text(f"Title {i}\n\nBody {i}.\n", "utf-8")
    return folder
