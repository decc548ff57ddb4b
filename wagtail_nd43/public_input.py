"""The one place public input is normalised before any query (issue 16).

Every public page (``before_serve_page``) and the package's public views replace
``request.GET`` with :func:`clean_query` of it: control characters and NUL bytes
(PostgreSQL refuses them in text) are removed, text is NFC, each value is cut to
``MAX_VALUE_LENGTH`` characters, and a query string cannot carry more than
``MAX_PARAMETERS`` parameters. Numbers, years and ISO weeks read from the query or
the path go through :func:`int_in_range`, :func:`year` and :func:`iso_week_monday`,
so an out-of-range value is ignored (filters) or a 404 (paths), never a 500.
Methods a public page does not answer get a 405 (:func:`method_not_allowed`).
"""

import datetime
import re
import unicodedata

from django.http import HttpResponseNotAllowed, QueryDict


#: Control characters except tab and newline; also the Unicode line/paragraph
#: separators, the bidirectional overrides used to disguise text, the byte-order
#: mark and the interlinear annotation characters.
CONTROL_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ufeff\ufff9-\ufffb]"
)
#: The C0 and C1 controls among them (NUL, ...) separate words.
_WORD_BREAKING_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Unpaired surrogates cannot be encoded (nor stored); they are dropped too.
_SURROGATES = re.compile("[\ud800-\udfff]")

MAX_VALUE_LENGTH = 500
MAX_PARAMETERS = 50
MAX_VALUES_PER_PARAMETER = 20

#: Years a public URL may ask for: legal documents go back to 1945, plans run
#: decades ahead; outside this range there is nothing to show.
YEAR_MIN = 1900
YEAR_MAX = 2999

#: Methods a public page answers; forms take POST on their own routes.
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
PAGE_METHODS = (*SAFE_METHODS, "POST")


def clean_value(value, max_length=MAX_VALUE_LENGTH):
    """``value`` as text without control characters, NFC, at most ``max_length``."""
    text = "" if value is None else str(value)
    # A C0/C1 control character becomes a space, not nothing: "hội\x00nghị" must
    # not turn into one word "hộinghị" that matches neither. Invisible format
    # characters (bidi overrides, BOM) are removed.
    text = CONTROL_CHARACTERS.sub("", _WORD_BREAKING_CONTROLS.sub(" ", text))
    text = _SURROGATES.sub("", text).strip()
    return unicodedata.normalize("NFC", text[: max_length * 2])[:max_length]


def clean_query(query):
    """A new immutable ``QueryDict`` holding ``query`` cleaned."""
    cleaned = QueryDict(mutable=True)
    for number, key in enumerate(query.keys()):
        if number >= MAX_PARAMETERS:
            break
        name = clean_value(key, 100)
        values = query.getlist(key)[:MAX_VALUES_PER_PARAMETER]
        cleaned.setlist(name, [clean_value(value) for value in values])
    cleaned._mutable = False
    return cleaned


CLEANED_ATTRIBUTE = "_nd43_query_cleaned"


def normalise_request(request):
    """Replace ``request.GET`` with its cleaned copy (once per request)."""
    if not getattr(request, CLEANED_ATTRIBUTE, False):
        request.GET = clean_query(request.GET)
        setattr(request, CLEANED_ATTRIBUTE, True)
    return request


#: What a search backend may receive besides letters, digits and spaces: the
#: separators of document numbers. Quotes, brackets and operators are query syntax
#: to SQLite's FTS5 (``"abc`` is a syntax error there) and are dropped.
_NOT_SEARCHABLE = re.compile(r"[^\w\s/.\-]+")


def search_text(value):
    """``value`` safe to hand to any search backend: cleaned, query syntax
    removed, whitespace collapsed."""
    return " ".join(
        _NOT_SEARCHABLE.sub(" ", clean_value(value)).replace("_", " ").split()
    )


def int_in_range(value, low, high):
    """``value`` as an int when it is a plain decimal number within
    ``low``–``high``, else ``None``."""
    text = clean_value(value, 20).strip()
    if not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number if low <= number <= high else None


def year(value):
    """A year a public URL may ask for, or ``None``."""
    return int_in_range(value, YEAR_MIN, YEAR_MAX)


def iso_week_monday(year_value, week_value):
    """The Monday of ISO week ``week_value`` of ``year_value``, or ``None`` when
    the year is outside the public range or has no such week."""
    chosen = year(year_value)
    week = int_in_range(week_value, 1, 53)
    if chosen is None or week is None:
        return None
    try:
        return datetime.date.fromisocalendar(chosen, week, 1)
    except ValueError:  # week 53 of a year that has 52
        return None


def method_not_allowed(request, allowed=PAGE_METHODS):
    """A 405 response when ``request.method`` is not in ``allowed``, else ``None``."""
    if request.method not in allowed:
        return HttpResponseNotAllowed(allowed)
    return None


def serve_page_hook(page, request, serve_args, serve_kwargs):
    """``before_serve_page``: 405 for methods pages do not answer; clean GET."""
    refused = method_not_allowed(request)
    if refused is not None:
        return refused
    normalise_request(request)
    return None
