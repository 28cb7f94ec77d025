"""HTML pages to visible text, metadata and boilerplate regions.

The document text of an HTML page is its visible text: block elements end
lines, runs of white space fold to one space as a browser shows them, and
scripts and styles are dropped. Navigation, headers, footers, asides, forms
and elements whose class or id names page furniture (``menu``, ``share``,
``related`` ...) stay in the text but are recorded as regions, so nothing a
reader could see is silently lost.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import attrs

from claimtrack.model import Region, RegionKind

__all__ = ["HtmlPage", "parse_html"]

_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head",
                        "object", "canvas"})
_BLOCK = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
    "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption", "ul", "ol",
    "table", "pre", "hr", "main", "form", "dd", "dt", "dl", "title", "address", "time",
})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base",
                   "col", "embed", "param", "track"})
_FURNITURE_TAGS: dict[str, RegionKind] = {"nav": "navigation", "header": "navigation",
                                          "footer": "footer", "aside": "footer",
                                          "form": "footer", "figcaption": "caption"}
_FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|share|sharing|social|related|comments?|"
    r"sidebar|cookie|newsletter|subscribe|advert|ads?|promo|footer|masthead)(?:$|[\s_-])",
    re.IGNORECASE,
)


@attrs.frozen
class HtmlPage:
    """What an HTML page gave: its visible text, metadata and furniture regions."""

    text: str
    meta: dict[str, Any]
    regions: tuple[Region, ...]


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.pending_break = False
        self.hidden = 0
        self.stack: list[tuple[str, RegionKind | None, int]] = []
        self.regions: list[Region] = []
        self.meta: dict[str, Any] = {}
        self.in_title = False
        self.title_parts: list[str] = []
        self.in_jsonld = False
        self.jsonld: list[str] = []

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def _break(self) -> None:
        if self.length:
            self.pending_break = True

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs_}
        if tag == "html" and a.get("lang"):
            self.meta.setdefault("language", a["lang"])
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
            return
        if tag == "title":
            self.in_title = True
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_jsonld = True
        if tag in _INVISIBLE:
            self.hidden += 1
            if tag != "head":
                return
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._break()
            return
        if tag in _BLOCK:
            self._break()
        kind: RegionKind | None = _FURNITURE_TAGS.get(tag)
        if kind is None:
            hit = _FURNITURE_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}")
            if hit:
                word = hit.group(0).strip(" _-").lower()
                kind = ("share" if word in ("share", "sharing", "social")
                        else "footer" if word in ("related", "comment", "comments", "footer",
                                                  "newsletter", "subscribe")
                        else "navigation")
        start = self.length + (1 if self.pending_break else 0)
        self.stack.append((tag, kind, start))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_jsonld = False
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
            if tag != "head":
                return
        if tag in _VOID:
            return
        # Pop to the matching open tag; browsers tolerate unclosed elements.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for open_tag, kind, start in reversed(self.stack[i:]):
                    del open_tag
                    if kind is not None and self.length > start:
                        self.regions.append(Region(start, self.length, kind))
                del self.stack[i:]
                break
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.in_jsonld:
            self.jsonld.append(data)
        if self.hidden:
            return
        folded = re.sub(r"\s+", " ", data)
        if not folded.strip():
            if self.parts and not self.parts[-1].endswith((" ", "\n")) and not self.pending_break:
                self._emit(" ")
            return
        if self.pending_break:
            if self.parts and self.parts[-1].endswith(" "):
                self.parts[-1] = self.parts[-1][:-1]
                self.length -= 1
            self._emit("\n")
            self.pending_break = False
            folded = folded.lstrip()
        elif not self.parts or self.parts[-1].endswith("\n"):
            folded = folded.lstrip()
        self._emit(folded)


def _jsonld_meta(blobs: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for blob in blobs:
        try:
            data = json.loads(blob)
        except json.JSONDecodeError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) \
            if isinstance(data, dict) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            for key in ("datePublished", "headline", "author", "publisher", "url",
                        "dateModified", "inLanguage"):
                if key in item and key not in found:
                    found[key] = item[key]
    return found


def parse_html(markup: str) -> HtmlPage:
    """Extract the visible text, metadata and furniture regions of an HTML page."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).rstrip()
    regions = tuple(
        Region(r.start, min(r.end, len(text)), r.kind)
        for r in sorted(parser.regions, key=lambda r: (r.start, -r.end))
        if r.start < len(text)
    )
    meta = dict(parser.meta)
    ld = _jsonld_meta(parser.jsonld)
    out: dict[str, Any] = {
        "title": meta.get("og:title") or ld.get("headline")
        or "".join(parser.title_parts).strip() or None,
        "outlet": meta.get("og:site_name") or (ld.get("publisher") or {}).get("name")
        if isinstance(ld.get("publisher"), dict) else meta.get("og:site_name"),
        "url": meta.get("og:url") or meta.get("canonical") or ld.get("url"),
        "published": meta.get("article:published_time") or ld.get("datePublished")
        or meta.get("datepublished") or meta.get("date") or meta.get("pubdate")
        or meta.get("dc.date"),
        "authors": meta.get("author") or meta.get("article:author") or ld.get("author"),
        "language": meta.get("language") or ld.get("inLanguage"),
    }
    return HtmlPage(text=text, meta={k: v for k, v in out.items() if v}, regions=regions)
