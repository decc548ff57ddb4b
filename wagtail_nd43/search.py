"""Vietnamese-aware matching: one folding function, and document numbers.

People type Vietnamese with or without diacritics, with precomposed characters
(``ò`` = U+00F2) or with combining marks (``o`` + U+0300), in any case, and write
``đ`` as ``d``. :func:`fold` maps all of these to the same plain, lowercase ASCII-ish
text, so that "nghi dinh 43", "Nghị định 43" and "NGHI DINH 43/2011" are equal after
folding. The legal documents listing and the site search both fold the query and
the indexed text with it; nothing else in the package may fold differently.

:func:`normalize_document_number` turns what an editor types as a number/symbol
(số ký hiệu) into its canonical written form, e.g. ``43/2011/nd-cp`` → ``43/2011/NĐ-CP``,
or raises a :class:`~django.core.exceptions.ValidationError` saying what is wrong.

Model-free: safe to import from anywhere.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


#: Combining strokes some keyboards put over a "D" to make "Đ" (D + U+0335/U+0336).
_STROKES = "\u0335\u0336"
_STROKED_D = re.compile(rf"([Dd])[{_STROKES}]")
#: "/" and "-" survive folding only between two letters or digits ("43/2011/nd-cp").
_SEPARATOR = re.compile(r"(?<=[0-9a-z])[/-](?=[0-9a-z])")
_NOT_WORD = re.compile(r"[^0-9a-z\0\1]+")


def _unstroke(text):
    """ "D" + a combining stroke → "Đ" (and "d" + stroke → "đ")."""
    return _STROKED_D.sub(lambda m: "Đ" if m.group(1) == "D" else "đ", text)


def _strip_marks(text):
    text = _unstroke(text)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text):
    """Fold Vietnamese ``text`` for matching.

    NFC and NFD spellings are equal, every diacritic is dropped, ``đ``/``Đ`` become
    ``d``, letters are lowercased, and every other character (punctuation,
    symbols, runs of whitespace) becomes one space — except ``/`` and ``-`` between
    two letters or digits, which keep document numbers like ``43/2011/nd-cp``
    intact. The result has no leading or trailing space.

    >>> fold("Nghị định 43/2011/NĐ-CP, về cung cấp thông tin!")
    'nghi dinh 43/2011/nd-cp ve cung cap thong tin'
    """
    if not text:
        return ""
    text = _strip_marks(str(text)).replace("đ", "d").replace("Đ", "d").casefold()
    # Letters outside Vietnamese that casefold into ASCII plus marks (e.g. "İ").
    text = "".join(
        ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)
    )
    kept = _SEPARATOR.sub(lambda m: "\0" if m.group() == "/" else "\1", text)
    words = _NOT_WORD.sub(" ", kept)
    return " ".join(words.replace("\0", "/").replace("\1", "-").split())


def fold_terms(text):
    """The folded words of ``text``: what a keyword box matches, each as a
    substring of the folded column. ``"nd-cp"`` stays one term."""
    return fold(text).split()


def fold_for_index(text):
    """Folded ``text`` for a full-text search index, whose tokenisers split on
    ``/`` and ``-`` unpredictably (PostgreSQL reads ``43/2011/nd-cp`` as a file
    path): the separators become spaces, so every part is its own word."""
    return fold(text).replace("/", " ").replace("-", " ")


# ---- Document numbers (số ký hiệu) ------------------------------------------------

#: Symbol parts written with "Đ", or in mixed case, as typed in ASCII. Only parts
#: that cannot mean anything else: "UBND" keeps its D (dân), "HD" (hướng dẫn) too.
SYMBOL_SPELLINGS = {
    "ND": "NĐ",
    "QD": "QĐ",
    "HDND": "HĐND",
    "DU": "ĐU",
    "TTG": "TTg",
    "NDCP": "NĐCP",
}

_NUMBER = re.compile(
    r"(?P<number>[0-9]+[A-Z]?)"
    r"(?:/(?P<year>[0-9]{4}))?"
    r"/(?P<symbol>(?=[^/]*[A-ZĐ])[A-ZĐ0-9][A-Za-zĐđ0-9&.]*(?:-[A-Za-zĐđ0-9&.]+)*)"
)


def _canonical_part(part):
    upper = part.upper()
    return SYMBOL_SPELLINGS.get(
        _strip_marks(upper).replace("Đ", "D").replace("đ", "D"), upper
    )


def normalize_document_number(value):
    """The canonical number/symbol of a document, or a ``ValidationError``.

    Accepts what editors type: any case (``43/2011/nd-cp``), spaces around the
    separators (``43 / 2011 / NĐ - CP``), a leading "Số" or "số", decomposed or
    ASCII "Đ", and en/em dashes. Returns e.g. ``"43/2011/NĐ-CP"``,
    ``"125/QĐ-STTTT"``, ``"80/2015/QH13"`` or ``"1234/QĐ-TTg"``.
    """
    text = unicodedata.normalize("NFC", _unstroke(str(value or ""))).strip()
    text = re.sub(r"^(?:số|so)\s*[:.]?\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"\s*([/-])\s*", r"\1", text)
    if not text:
        raise ValidationError(
            _("Enter the document's number and symbol, e.g. 43/2011/NĐ-CP."),
            code="required",
        )
    if re.search(r"\s", text):
        raise ValidationError(
            _(
                "A number and symbol has no spaces inside it: write it as "
                "“%(example)s”."
            ),
            code="spaces",
            params={"example": "12/2024/QĐ-UBND"},
        )
    if not text[0].isdigit():
        raise ValidationError(
            _(
                "The number and symbol starts with the document's number, e.g. "
                "“43/2011/NĐ-CP” (number 43, year 2011, symbol NĐ-CP)."
            ),
            code="no_number",
        )
    if "/" not in text or not re.search(r"[^\W\d_]", text.split("/", 2)[-1]):
        raise ValidationError(
            _(
                "Add the symbol after the number, separated by “/”, e.g. "
                "“125/QĐ-STTTT”."
            ),
            code="no_symbol",
        )
    parts = text.split("/")
    symbol = "/".join(parts[1:]) if len(parts) < 3 else "/".join(parts[2:])
    head = "/".join(parts[:2]) if len(parts) >= 3 else parts[0]
    symbol = "-".join(_canonical_part(p) for p in symbol.split("-"))
    head = head.upper()
    candidate = f"{head}/{symbol}"
    if not _NUMBER.fullmatch(candidate):
        raise ValidationError(
            _(
                "“%(value)s” is not a valid number and symbol. Use the form "
                "number/year/symbol or number/symbol, with letters, digits, “/” "
                "and “-” only, e.g. “43/2011/NĐ-CP” or “125/QĐ-STTTT”."
            ),
            code="invalid",
            params={"value": value},
        )
    return candidate
