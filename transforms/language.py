"""Language identification (py3langid: a bundled model, no download): English text goes
through English extraction; anything else is stored and marked, not extracted."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 2_000  # plenty for langid; the cost grows with the sample (3.6 ms at 5,000)
MIN_COMMON_LETTERS = 40
SURE = 0.95  # below this, English among the top three candidates wins (lists of names, scores)


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or 'und' when there are no letters to judge.

    Judged on the lower-case words when there are enough of them: names, places and scores
    (a results list) say nothing about the language an article is written in."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return "und"
    common = " ".join(w for w in sample.split() if w[:1].islower())
    if sum(ch.isalpha() for ch in common) >= MIN_COMMON_LETTERS:
        sample = common
    ranked = _identifier().rank(sample)
    best, prob = ranked[0]
    if best != "en" and prob < SURE and "en" in [lang for lang, _ in ranked[:3]]:
        return "en"
    return str(best)


def normalize_language(code: str | None) -> str | None:
    """'en-US', 'EN', 'eng'-like tags → a two-letter code; None when it is not one."""
    if not code:
        return None
    head = code.strip().lower().replace("_", "-").split("-")[0]
    return head if len(head) == 2 and head.isalpha() else None
