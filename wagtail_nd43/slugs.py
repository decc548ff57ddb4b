"""ASCII page slugs from Vietnamese titles.

A title like "Quyết định 99/2026/QĐ-UBND về đường giao thông" becomes the slug
``quyet-dinh-99-2026-qd-ubnd-ve-duong-giao-thong``: the same folding as the search
(:func:`wagtail_nd43.search.fold`: diacritics dropped, ``đ`` → ``d``), so a shared
address never turns into percent-encoding (``/van-ban/quy%E1%BA%BFt-...``).

Two halves do the same thing:

* in the editor, :class:`FoldedSlugInput` gives Wagtail's slug widget (its ``w-slug``
  Stimulus controller) formatters derived from :func:`fold`, so the slug fills in
  as the editor types the title;
* on the server, :func:`fill_new_page_slug` (the ``before_create_page`` hook) fills
  an empty slug, or one that merely follows the title, with a slug that is free
  among the new page's siblings (``-2``, ``-3``… appended), so a page never fails
  its first save for a slug hidden on the "Promote" tab.

Existing slugs, ASCII or not, are never rewritten: addresses already shared keep
working. ``WAGTAIL_ND43_ASCII_SLUGS = False`` turns both halves off.

Model-free: safe to import from anywhere.
"""

import json

from wagtail.admin.widgets import SlugInput

from .conf import nd43_settings
from .search import fold_for_index


#: Longest slug (Wagtail's ``Page.slug`` holds 255 characters); room is left for a
#: "-NNN" suffix that makes it unique among siblings.
MAX_LENGTH = 240

#: Latin letters with marks, the ones Vietnamese uses among them (U+00C0–U+024F and
#: U+1E00–U+1EFF, where the precomposed Vietnamese vowels live).
_LATIN_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


def slug_from_title(title):
    """The ASCII slug of ``title``: folded words joined by "-".

    >>> slug_from_title("Quyết định 99/2026/QĐ-UBND về Đường tỉnh 741")
    'quyet-dinh-99-2026-qd-ubnd-ve-duong-tinh-741'
    """
    words = fold_for_index(title).split()
    slug = "-".join(words)
    if len(slug) > MAX_LENGTH:
        slug = slug[:MAX_LENGTH].rsplit("-", 1)[0] or slug[:MAX_LENGTH]
    return slug


def unique_slug(base, parent, page=None):
    """``base``, or ``base-2``, ``base-3``… : the first not used by another child
    of ``parent`` (``page`` itself excepted). One query."""
    siblings = parent.get_children().filter(slug__startswith=base)
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.values_list("slug", flat=True))
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _folded_letters():
    """{ASCII result: letters that fold to it}, for every marked Latin letter
    :func:`fold` turns into plain ASCII letters (``ạ`` → ``a``, ``Đ`` → ``d``)."""
    groups = {}
    for start, end in _LATIN_RANGES:
        for code in range(start, end + 1):
            letter = chr(code)
            if not letter.isalpha():
                continue
            folded = fold_for_index(letter)
            if folded.isascii() and folded.isalpha() and folded != letter:
                groups.setdefault(folded, []).append(letter)
    return groups


def slug_formatters():
    """The ``w-slug`` controller's formatters: ``[pattern, replacement]`` pairs
    (JavaScript regular expressions, flags ``gu``) applied in order before Wagtail
    turns the text into a slug. They do in the browser what :func:`slug_from_title`
    does on the server."""
    formatters = [
        # Decomposed spellings (o + U+0300) and a stroke over D: marks dropped.
        ["[\\u0300-\\u036f\\u0335\\u0336]", ""],
    ]
    for folded, letters in sorted(_folded_letters().items()):
        formatters.append(["[" + "".join(sorted(letters)) + "]", folded])
    formatters += [
        # Everything else that is not a letter or digit separates words.
        ["[^0-9A-Za-z]+", " "],
        ["^\\s+|\\s+$", ""],
    ]
    return formatters


class FoldedSlugInput(SlugInput):
    """Wagtail's slug widget, folding Vietnamese like the search does."""

    def __init__(self, attrs=None, **kwargs):
        attrs = dict(attrs or {})
        if nd43_settings.ASCII_SLUGS:
            attrs.setdefault(
                "data-w-slug-formatters-value",
                json.dumps(slug_formatters(), separators=(",", ":")),
            )
            attrs.setdefault("data-w-slug-allow-unicode-value", "false")
        super().__init__(attrs=attrs, **kwargs)


def register_slug_widget():
    """Make every slug field of the admin's model forms use :class:`FoldedSlugInput`
    (called from ``AppConfig.ready``, after Wagtail registered its own)."""
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(models.SlugField, override={"widget": FoldedSlugInput})


def fill_new_page_slug(request, parent_page, page_class):
    """``before_create_page`` hook: give the page being created a free ASCII slug
    when the editor left it empty or it only follows the title.

    A slug the editor typed is kept as typed (Wagtail then says if it is taken), and
    page types whose form sets ``derives_slug = True`` make their own (a week's
    schedule: ``tuan-2026-48``).
    """
    if request.method != "POST" or not nd43_settings.ASCII_SLUGS:
        return None
    form_class = page_class.get_edit_handler().get_form_class()
    if getattr(form_class, "derives_slug", False):
        return None
    title = request.POST.get("title", "")
    slug = request.POST.get("slug", "").strip()
    base = slug_from_title(title)
    # What the browser wrote, truncated as Wagtail's script does.
    typed_along = "-".join(fold_for_index(title).split())[:255].rstrip("-")
    if not base or slug not in ("", base, typed_along):
        return None
    data = request.POST.copy()
    data["slug"] = unique_slug(base, parent_page)
    request.POST = data
    return None
