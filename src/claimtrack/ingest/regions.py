"""Find boilerplate and repeated passages in article text.

Web pages saved as text carry menus, share buttons, calendars, footers and,
sometimes, the whole article twice. These are found line by line and
described as :class:`~claimtrack.model.Region` objects; the text itself is
never touched, so offsets stay exact.

The rules look at the *shape* of lines (length, bullets, punctuation) and at a
small vocabulary of page furniture, never at any particular site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from claimtrack.model import Region, RegionKind

__all__ = ["Line", "find_regions", "non_overlapping", "split_lines"]

_BULLET = re.compile(r"^\s*(?:[•·▪◦‣*]|-(?=\s))\s*")
_SHARE = re.compile(
    r"^(?:share(?:\s+(?:on|this|via|article))?|tweet|e-?mail|print|copy\s+link|whatsapp|"
    r"facebook|twitter|linkedin|pinterest|reddit|telegram|flipboard)\b",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|all\s+rights\s+reserved|privacy\s+policy|terms\s+of\s+(?:use|service)|"
    r"cookie|subscribe\b|sign\s+(?:in|up)\b|log\s?in\b|newsletter\b|advertisement\b|comments?\b|"
    r"related(?:\s+(?:articles|stories|posts))?\s*$|recommended\s*$|read\s+more\b|follow\s+us\b|"
    r"previous\s+post\b|next\s+post\b|welcome\s+back\b|forgot(?:ten)?\s+(?:your\s+)?password|"
    r"retrieve\s+your\s+password|go\s+to\s+mobile\s+version|no\s+result\s*$|"
    r"view\s+all\s+result|join\s+the\s+.*mailing\s+list|more\s+from\b|you\s+may\s+also\s+like|"
    r"\d+\s*min(?:ute)?s?\s+read\s*$|leave\s+a\s+(?:comment|reply)\b|"
    r"(?:popular|recent|latest|trending|top|most\s+read)\s+(?:news|posts|stories|articles)\s*$|"
    r"-?\d{1,3}\s?°\s?[CF]?\s*(?:[A-Z][a-z]{2}\.?\s+\d{1,2},\s+\d{4}\s*-?\s*)?$)",
    re.IGNORECASE,
)
_STRONG_FOOTER = re.compile(
    r"^\s*(?:©|advertisement\s*$|previous\s+post\s*$|next\s+post\s*$|comments?\s*$|"
    r"newsletter\s*$|related(?:\s+(?:articles|stories|posts))?\s*$|recommended\s*$|"
    r"you\s+may\s+also\s+like|leave\s+a\s+(?:comment|reply)\s*$|"
    r"(?:popular|recent|latest|trending|most\s+read)\s+(?:news|posts|stories|articles)\s*$)",
    re.IGNORECASE,
)
_CALENDAR = re.compile(
    r"^(?:[MTWFS](?:\s+[MTWFS]){6}|\d[\d\s]{2,20}|«\s*\w{3}\.?\s*|\w{3}\.?\s*»)$"
)
_REFERENCES = re.compile(
    r"^\s*(?:references|sources|notes|bibliography|works\s+cited|endnotes)\s*:?\s*$",
    re.IGNORECASE,
)
_CAPTION_OPENER = re.compile(
    r"^(?:FILE\s*[-–—]\s*)?(?:(?:In\s+)?(?:this|these|an?)\s+(?:combination\s+of\s+)?"
    r"(?:(?:undated|handout|file|satellite|aerial|drone|video|combination)\s+)*"
    r"(?:images?|photos?|photographs?|pictures?|grabs?|screenshots?|stills?)\b"
    r".{0,160}?\b(?:shows?|showing|taken|provided|released|made|obtained|dated|seen)\b)",
    re.IGNORECASE)
"""``This combination of satellite images shows ...``, ``In this photo taken on ...``,
``FILE - A handout image released by ...``: the opening of a photo caption."""
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:AP\s+Photo|Photo|Photograph|Image|Picture|Credit|Source)\b[^()\n]{0,120}\)"
    r"|\bvia\s+Getty\s+Images\)?)\s*\.?\s*$",
    re.IGNORECASE)
"""``(AP Photo/Jane Doe)``, ``(Photo by X/Agency via Getty Images)``: a credit closing a
caption."""
_CAPTION_MAX = 600
_SHORT = 40
_REPEAT_MIN = 50
_PROSE_TAIL = 300


@attrs.frozen
class Line:
    """One line of a text: ``text[start:end]`` without its line break."""

    start: int
    end: int
    content: str

    @property
    def stripped(self) -> str:
        return self.content.strip()


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into lines with exact offsets (``\\n``, ``\\r\\n`` and ``\\r`` all break)."""
    lines: list[Line] = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if m.start() == m.end() == len(text) and lines:
            break
        body = m.group(0).rstrip("\r\n")
        lines.append(Line(m.start(), m.start() + len(body), body))
    return lines


def _is_short(line: Line) -> bool:
    s = line.stripped
    return 0 < len(s) <= _SHORT and not s.endswith((".", "!", "?", ":", "\"", "”", ";"))


def _navigation(lines: list[Line]) -> list[tuple[int, int]]:
    """Runs of at least five short lines, half of them bulleted: a menu."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not _is_short(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and (_is_short(lines[j]) or not lines[j].stripped):
            j += 1
        run = [ln for ln in lines[i:j] if ln.stripped]
        bullets = sum(1 for ln in run if _BULLET.match(ln.content))
        if len(run) >= 5 and bullets * 2 >= len(run):
            last = max(k for k in range(i, j) if lines[k].stripped)
            spans.append((lines[i].start, lines[last].end))
        i = j
    return spans


def _line_kind(line: Line) -> RegionKind | None:
    s = _BULLET.sub("", line.stripped)
    if s and len(s) <= _CAPTION_MAX and (_CAPTION_OPENER.match(s) or _CAPTION_CREDIT.search(s)):
        return "caption"  # it describes a picture: its dates are when the photo was taken
    if not s or len(s) > 120:
        return None
    if _CALENDAR.match(s):
        return "calendar"
    if _SHARE.match(s) and len(s) <= 80:
        return "share"
    if _FOOTER.match(s):
        return "footer"
    return None


def _footer_tail(lines: list[Line]) -> int | None:
    """The index of a footer marker after which no prose paragraph follows."""
    longest_after = 0
    candidate = None
    for k in range(len(lines) - 1, -1, -1):
        if _STRONG_FOOTER.match(lines[k].content) and longest_after < _PROSE_TAIL:
            candidate = k
        longest_after = max(longest_after, len(lines[k].stripped))
        if longest_after >= _PROSE_TAIL:
            break
    # The tail must not swallow the article: keep it in the last two thirds, of the
    # lines or of the text (an article may be one long line under its headline).
    if candidate is not None and (candidate > len(lines) // 3
                                  or lines[candidate].start > lines[-1].end // 3):
        return candidate
    return None


def _references(lines: list[Line]) -> int | None:
    for k in range(len(lines) // 2, len(lines)):
        if _REFERENCES.match(lines[k].content):
            return k
    return None


def _repeats(text: str, lines: list[Line], taken: list[tuple[int, int]]) -> list[Region]:
    """Lines of real length that the text already said, verbatim, merged into blocks."""
    seen: dict[str, int] = {}
    hits: list[tuple[int, int, int]] = []  # (start, end, original start)
    for line in lines:
        s = line.content
        if len(s.strip()) < _REPEAT_MIN:
            continue
        if s in seen:
            if not any(a <= line.start < b for a, b in taken):
                hits.append((line.start, line.end, seen[s]))
        else:
            seen[s] = line.start
    regions: list[Region] = []
    for start, end, orig in hits:
        if regions:
            last = regions[-1]
            assert last.of_start is not None
            gap = text[last.end : start]
            shift = last.start - last.of_start
            if start - orig == shift and text[last.of_start + (last.end - last.start) :][
                : len(gap)
            ] == gap:
                regions[-1] = attrs.evolve(last, end=end)
                continue
        regions.append(Region(start=start, end=end, kind="repeat", of_start=orig))
    return regions


def find_regions(text: str, lines: list[Line] | None = None) -> list[Region]:
    """Find navigation, share, calendar, footer, caption, reference and repeat regions in
    ``text``.

    Returns:
        Non-overlapping regions sorted by start offset.
    """
    lines = split_lines(text) if lines is None else lines
    regions: list[Region] = [Region(a, b, "navigation") for a, b in _navigation(lines)]
    tail = _footer_tail(lines)
    refs = _references(lines)
    if refs is not None and (tail is None or refs < tail):
        end = lines[tail - 1].end if tail is not None else lines[-1].end
        regions.append(Region(lines[refs].start, end, "references"))
    if tail is not None:
        regions.append(Region(lines[tail].start, lines[-1].end, "footer"))

    def taken() -> list[tuple[int, int]]:
        return [(r.start, r.end) for r in regions]

    occupied = taken()
    for line in lines:
        kind = _line_kind(line)
        if kind and not any(a <= line.start < b for a, b in occupied):
            regions.append(Region(line.start, line.end, kind))
    regions.extend(_repeats(text, lines, taken()))
    return _merge(sorted(regions, key=lambda r: (r.start, r.end)), text)


def non_overlapping(regions: Iterable[Region]) -> Iterator[Region]:
    """Regions sorted by start, with nested ones dropped and overlaps trimmed."""
    end = -1
    for region in regions:
        if region.start >= end:
            yield region
            end = region.end
        elif region.end > end:
            yield attrs.evolve(region, start=end)
            end = region.end


def _merge(regions: list[Region], text: str) -> list[Region]:
    """Join same-kind regions separated only by blank space; drop nested ones."""
    out: list[Region] = []
    for region in non_overlapping(regions):
        if (
            out
            and out[-1].kind == region.kind
            and region.kind != "repeat"
            and not text[out[-1].end : region.start].strip()
        ):
            out[-1] = attrs.evolve(out[-1], end=region.end)
            continue
        out.append(region)
    return out
