"""Load an article file (txt, md or html) and its NAME.meta.json sidecar into an Article.

Bad input is refused with a KgError that names the problem in one line: a missing,
empty, binary, non-UTF-8, oversized or non-English file, or a malformed meta file.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date
from pathlib import Path

from .errors import KgError
from .model import Article

MAX_BYTES = 2_000_000  # about 300k words: far beyond any news article
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# The commonest English function words; an English article of any length is full of them.
_ENGLISH = set("the of and to in a is that for on was with as by at from it said has have be are "
               "were an which this its not but had been their after over who".split())


def article_id(path: Path) -> str:
    """The article's id: its file name without extension, reduced to IRI-safe characters."""
    name = path.name
    for suffix in (".meta.json",) + ARTICLE_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-.")
    if not slug:  # a name with no Latin letters or digits: keep distinct files distinct
        return "article-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return slug


def parse_date(value, what: str) -> date:
    """Parse an ISO date (a datetime's date part is accepted); KgError when malformed."""
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", text)
    try:
        if not m:
            raise ValueError
        return date.fromisoformat(m.group(1))
    except ValueError:
        raise KgError(f"{what}: malformed date {text!r} (expected YYYY-MM-DD)") from None


def read_meta(path: Path) -> dict:
    """The sidecar NAME.meta.json beside an article, or {} when there is none."""
    meta_path = path.with_name(article_id(path) + ".meta.json")
    if not meta_path.exists():
        stem = path.name.rsplit(".", 1)[0]
        meta_path = path.with_name(stem + ".meta.json")
        if not meta_path.exists():
            return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KgError(f"{meta_path}: invalid meta file ({exc.__class__.__name__}: {exc})") from None
    if not isinstance(meta, dict):
        raise KgError(f"{meta_path}: invalid meta file (expected a JSON object)")
    return meta


def decode(data: bytes, where: str) -> str:
    """UTF-8 text from bytes, refusing empty, binary and non-UTF-8 content."""
    if len(data) > MAX_BYTES:
        raise KgError(f"{where}: file too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if not data.strip():
        raise KgError(f"{where}: empty file")
    if b"\x00" in data[:8192]:
        raise KgError(f"{where}: binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KgError(f"{where}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_html(text: str, path: Path | None = None) -> bool:
    if path is not None and path.suffix.lower() in (".html", ".htm"):
        return True
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or (
        len(re.findall(r"</(p|div|span|a|li|h\d)>", text[:20000], re.I)) >= 5)


def html_to_text(html: str, where: str) -> str:
    """Main text of an HTML page, by trafilatura (navigation and comments left out)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=True)
    if not text or not text.strip():
        raise KgError(f"{where}: no article text found in the HTML")
    return text.replace("\n", "\n\n")


def check_english(text: str, where: str) -> None:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 3:
        raise KgError(f"{where}: no text to read (fewer than 3 words)")
    share = sum(w in _ENGLISH for w in words) / len(words)
    if share < 0.08:
        raise KgError(f"{where}: does not look like English text (kg reads English news only)")


def load_article(path, published: str | date | None = None) -> Article:
    """Read one article; ``published`` overrides the meta file's date.

    >>> art = load_article("seeds/albania-iran-cyberattack.txt")   # doctest: +SKIP
    >>> art.published
    datetime.date(2022, 9, 10)
    """
    path = Path(path)
    if not path.exists():
        raise KgError(f"{path}: no such file")
    if path.is_dir():
        raise KgError(f"{path}: is a folder, not an article file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KgError(f"{path}: cannot read ({exc.strerror})") from None
    text = decode(data, str(path))
    if looks_html(text, path):
        text = html_to_text(text, str(path))
    check_english(text, str(path))
    meta = read_meta(path)
    if published is None:
        published = meta.get("published")
    if isinstance(published, str) or (published is not None and not isinstance(published, date)):
        published = parse_date(published, f"{path}: published")
    return Article(id=article_id(path), text=text, published=published, title=meta.get("title"),
                   source=meta.get("source"), url=meta.get("url"), path=str(path))


def article_from_text(text: str, article_id_: str = "article", published: date | None = None,
                      **meta) -> Article:
    """An Article from a string (for the library API and tests)."""
    text = decode(text.encode("utf-8"), article_id_)
    check_english(text, article_id_)
    return Article(id=article_id_, text=text, published=published, **meta)
