"""HTML pages of transcripts (a ministry's or a newsroom's page): the article's paragraphs, without navigation,
language switches, share buttons and footers. A paragraph is a piece whose span is its element in the file.
"""

from __future__ import annotations

import functools
import re

from bs4 import BeautifulSoup, Tag

from qa.errors import ParseError
from qa.parse.decode import decode_text
from qa.parse.text import LEFTOVER_LINES, parse_date, title_speaker
from qa.parse.turns import ANSWER_LABELS, QUESTION_LABELS, Block, build_turns, label_of
from qa.types import Transcript

_DROP_TAGS = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
              "select", "svg", "iframe", "menu", "dialog", "figure", "object", "video", "audio"]
# class or id words of page furniture
_FURNITURE = re.compile(r"(?:^|[-_ ])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|header|share|sharing|social|"
                        r"lang|language|languages|cookie|cookies|banner|sidebar|related|subscribe|print|skip|tags|"
                        r"toolbar|pagination|comments?|advert|ads)(?:$|[-_ ])", re.I)
_BLOCKS = ["p", "li", "blockquote", "pre", "dd", "dt", "td", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6"]
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_YOUTUBE_EMBED = re.compile(r"^(?:https?:)?//(?:www\.)?youtube(?:-nocookie)?\.com/embed/([\w-]{6,})")
_MEDIA_HOSTS = re.compile(r"^https?://(?:www\.|m\.)?(?:youtube\.com/watch|youtu\.be/|vimeo\.com/\d)")


def parse_html(data: bytes, name: str) -> Transcript:
    """Parse an HTML page holding a transcript. Raises ParseError for a page without transcript text."""
    decoded = decode_text(data, name)
    text, encoding = decoded.text, decoded.encoding
    if not re.search(r"<(?:!doctype|html|body|p|div|article|head)\b", text[:200_000], re.I):
        raise ParseError(f"{name}: not an HTML page (no <html>, <body> or <p> tags); check the file type")
    try:
        soup = BeautifulSoup(text, "html.parser")
    except Exception as exc:  # html.parser on hostile input can fail in ways bs4 does not wrap
        raise ParseError(f"{name}: the HTML could not be read ({type(exc).__name__}); save the page again") from None
    title = _title(soup) or name.rsplit(".", 1)[0].replace("-", " ").replace("_", " ")
    date, time = _date(soup)
    media_url = _media_url(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_furniture):
        tag.decompose()
    root = _content_root(soup)
    blocks = _blocks(root, _line_starts(text), text, title)
    if not blocks:
        raise ParseError(f"{name}: no transcript text found in the page (only navigation, headings or scripts)")
    if date is None:
        date, time = next(((d, t) for b in blocks[:3] for d, t in [parse_date(b.text)] if d), (None, None))
    blocks = [b for b in blocks if not (len(b.text) < 40 and parse_date(b.text)[0])]
    names = [lab.speaker for b in blocks[:200] for lab in [label_of(b.text)]
             if lab and lab.speaker and lab.speaker.lower() not in QUESTION_LABELS | ANSWER_LABELS]
    turns = build_turns(blocks, opening_speaker=title_speaker(title, list(dict.fromkeys(names))))
    if not turns:
        raise ParseError(f"{name}: no transcript text found in the page")
    return Transcript(name=name, title=title, date=date, time=time, text=text, turns=tuple(turns), format="html",
                      encoding=encoding, media_url=media_url, warnings=decoded.warnings)


def _is_furniture(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article") or tag.attrs is None:
        return False
    words = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
    return bool(words.strip()) and _FURNITURE.search(words) is not None or tag.get("role") in ("navigation",
                                                                                               "banner",
                                                                                               "contentinfo")


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
        if tag and isinstance(tag.get("content"), str) and tag["content"].strip():
            return tag["content"].strip()
    return None


def _title(soup: BeautifulSoup) -> str | None:
    h1 = soup.find("h1")
    for candidate in (_meta(soup, "og:title"), h1.get_text(" ", strip=True) if h1 else None,
                      soup.title.get_text(" ", strip=True) if soup.title else None):
        if candidate:
            return " ".join(candidate.split())
    return None


def _date(soup: BeautifulSoup) -> tuple[str | None, str | None]:
    stamp = _meta(soup, "article:published_time", "date", "dc.date", "pubdate")
    if not stamp:
        tag = soup.find("time")
        stamp = tag.get("datetime") if tag and isinstance(tag.get("datetime"), str) else None
    if stamp:
        m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", stamp.strip())
        if m:
            return m.group(1), m.group(2)
    return None, None


def _media_url(soup: BeautifulSoup) -> str | None:
    url = _meta(soup, "og:video:url", "og:video:secure_url", "og:video", "twitter:player")
    if not url:
        for frame in soup.find_all("iframe"):
            if isinstance(frame.get("src"), str) and _YOUTUBE_EMBED.match(frame["src"]):
                url = frame["src"]
                break
    if not url:
        link = soup.find("link", attrs={"rel": "canonical"})
        href = link.get("href") if link else None
        url = href if isinstance(href, str) and _MEDIA_HOSTS.match(href) else None
    if url:
        m = _YOUTUBE_EMBED.match(url)
        if m:  # an embed link cannot take &t=; the watch page can
            return f"https://www.youtube.com/watch?v={m.group(1)}"
        if url.startswith("//"):
            url = "https:" + url
    return url if url and url.startswith(("http://", "https://")) else None


def _content_root(soup: BeautifulSoup) -> Tag:
    for found in (soup.find("article"), soup.find("main"), soup.find(attrs={"role": "main"})):
        if found and found.get_text(strip=True):
            return found
    return soup.body or soup


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _blocks(root: Tag, line_starts: list[int], text: str, title: str) -> list[Block]:
    """The innermost block elements holding text, in page order, each with its span in the file."""
    leaves = _innermost_blocks(root)
    if not leaves and root.get_text(strip=True):
        leaves = [root]
    blocks: list[Block] = []
    for tag in leaves:
        if tag.name in _HEADINGS:
            continue
        words = " ".join(tag.get_text(" ", strip=True).split())
        if not words or LEFTOVER_LINES.match(words) or words == title:
            continue
        start = _offset(tag, line_starts)
        blocks.append(Block(words, start, _end_of(tag.name, start, text), len(blocks) + 1, verbatim=False))
    return blocks


def _innermost_blocks(root: Tag) -> list[Tag]:
    """The block elements under `root` with no block element inside them, in page order, in one walk of the
    tree (asking each block whether it holds another would walk its subtree again: 100,000 nested <div>s)."""
    blocks = set(_BLOCKS)
    leaves: list[Tag] = []
    stack = [(root, iter(root.children), [False])]  # (element, its children left, whether a block is inside)
    while stack:
        tag, children, inside = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            is_block = tag is not root and tag.name in blocks
            if is_block and not inside[0]:
                leaves.append(tag)
            if stack and (is_block or inside[0]):
                stack[-1][2][0] = True
        elif isinstance(child, Tag):
            stack.append((child, iter(child.children), [False]))
    return leaves


def _offset(tag: Tag, line_starts: list[int]) -> int:
    line, column = tag.sourceline or 1, tag.sourcepos or 0
    return line_starts[min(line, len(line_starts)) - 1] + column


@functools.lru_cache(maxsize=32)
def _tag_pattern(name: str) -> re.Pattern:
    return re.compile(rf"<(/?){name}\b[^>]*>", re.I)


def _end_of(name: str, start: int, text: str) -> int:
    """Where the element opened at `start` closes: its matching end tag, counted through nested ones."""
    depth = 0
    for m in _tag_pattern(name).finditer(text, start, start + 200_000):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    nxt = text.find("<", start + 1)
    return nxt if nxt != -1 else len(text)
