"""Where the test inputs live."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "000_2cc88c6092e52b83.txt"
FIXTURES = Path(__file__).parent / "fixtures"
