"""Page furniture in web-page text dumps: lines that are not article text (ad-blocker notices,
"ALSO READ", share and subscribe prompts, rows of share buttons, "Skip to main content",
"Comments (12)", embeds) and "Published …" date lines. They stay in
``document_text`` (offsets never move) but out of the body, so nothing is extracted from them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from transforms.dates import parse_date

FURNITURE = re.compile(
    r"""^(?:
        ad\s*blocker\s+detected.* | also\s+read\s*:.* | read\s+more\s*:.* | related\s*:.* |
        image\s*:.* | photo\s*:.* | watch\s+on\b.* | watch\s*:.* |
        this\s+content\s+is\s+imported\s+from\b.* |
        (?:share|tweet|email|print|copy\s+link)(?:\s*(?:this|on|via)\b.*)? |
        (?:subscribe|sign\s+up)\b.*(?:newsletter|updates|free|now|today).* |
        follow\s+us\s+on\b.* | advertisement | sponsored(?:\s+content)? |
        (?:(?:facebook|twitter|x|e-?mail|whatsapp|linkedin|pinterest|reddit|messenger|telegram
            |print|share|copy\s+link)[\s,|·•]*){2,} |
        skip\s+to\s+(?:main\s+)?content | menu | comments?\s*\(\d+\) |
        (?:first\s+)?published\s*:?\s.{4,60} | (?:last\s+)?updated\s*:?\s.{4,60}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
PUBLISHED = re.compile(r"^(?:first\s+)?published\s*:?\s*(?:on\s+)?(?P<date>.+?)\s*$", re.IGNORECASE)
_CLOCK = re.compile(r",?\s*(\d{1,2}:\d{2})\s*([AP]M)?\s*(?:[A-Z]{2,4})?$", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    return len(line) <= 200 and FURNITURE.match(line.strip()) is not None


def published_date(line: str) -> datetime | None:
    """The date of a 'Published …' / 'First Published Apr 7, 2022, 9:30 AM IST' line."""
    m = PUBLISHED.match(line.strip())
    if not m:
        return None
    raw = m.group("date")
    parsed = parse_date(raw)
    if parsed is not None:
        return parsed
    day = _CLOCK.sub("", raw).strip().rstrip(",")
    for fmt in ("%b %d, %Y", "%B %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(day, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None
