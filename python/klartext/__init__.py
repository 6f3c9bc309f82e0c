"""klartext: clean articles and who-said-what from captured news pages.

    import klartext
    article = klartext.extract(open("page.html", "rb").read(), url="https://example.org/a")
    print(article["title"], article["published"], article["authors"])
    for record in klartext.extract_warc("crawl.warc.gz"):
        ...

`extract` returns the same fields as `klartext extract` writes as JSON
(doc/article_schema.md); with analyze=True also "statements" and
"entities" (doc/analysis.md). The C++ work runs without the GIL, so a
thread pool scales across cores. Failures raise klartext.errors classes.
See doc/python.md.
"""
import json as _json

from . import _native
from .errors import (CorruptInputError, Error, InvalidArgumentError, IoError, NoContentError, TooLargeError,
                     UnsupportedInputError)

__version__ = _native.version
__all__ = ["extract", "extract_warc", "analyze", "Error", "InvalidArgumentError", "IoError",
           "UnsupportedInputError", "TooLargeError", "NoContentError", "CorruptInputError"]


def extract(page, url=None, format="auto", favor="balanced", analyze=False, content_type=None, comments=False,
            tables=True, links=False, images=False):
    """The article of one page as a dict.

    page: bytes (decoded by klartext: BOM, content_type's charset, <meta
      charset>, sniffing) or str.
    url: the page's address, for relative links and when the page declares none.
    format: "auto" (HTML if it looks like markup), "html", or "text" for a
      text capture (what a browser shows).
    favor: "balanced", "precision" or "recall".
    analyze: add "statements" and "entities".
    Raises NoContentError, UnsupportedInputError, TooLargeError,
    InvalidArgumentError (all klartext.Error).
    """
    return _json.loads(_native.extract_json(page, url, format, favor, content_type, analyze, comments, tables,
                                            links, images))


def extract_warc(paths, format="auto", favor="balanced", analyze=False):
    """Yields one dict per HTML page of the WARC file(s), streaming.

    paths: a path or a list of paths: .warc, .warc.gz, or anything the
      command takes (pages, directories).
    Each article dict also has "input" and "warc_record_id". A record that
    fails is yielded as {"input", "warc_record_id", "url", "error",
    "error_code"} and the iteration goes on; a truncated archive ends with
    such an error item. A missing file is an error item too.
    """
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    records = _native.Records([str(p) for p in paths], format, favor, analyze)
    for text in records:
        yield _json.loads(text)


def analyze(text, lang=None):
    """Statements and entities of a clean text: {"language", "text",
    "statements", "entities"}; offsets are UTF-8 bytes into "text".
    lang: "de" or "en"; guessed from the text when None."""
    if lang is not None and lang not in ("de", "en"):
        raise InvalidArgumentError('lang must be "de" or "en", not %r' % (lang,))
    return _json.loads(_native.analyze_json(text, lang))
