"""Defences shared by the public forms, without third-party services.

- :func:`clean_text`: what a visitor types is stored as plain text: markup, control
  characters and NUL bytes are removed, Unicode is normalised (NFC). Templates escape
  it again when they show it.
- :func:`issue_start_token` / :func:`check_start_token`: a signed timestamp in a
  hidden field; a form sent back too fast (a robot) or too late is refused.
- :func:`hit_rate_limit`: submissions per client per window, counted in Django's
  cache under a keyed hash of the client address (the address itself is never
  stored).
- :func:`validate_upload`: attachments of the types the legal-documents module
  accepts (PDF, DOC, DOCX, ODT), checked by content as well as by name, and no
  larger than ``WAGTAIL_ND43_PARTICIPATION_MAX_FILE_SIZE``.
"""

import hashlib
import hmac
import html
import logging
import re
import time
import unicodedata

from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from .. import cache_fallback
from ..client_address import client_address
from ..conf import nd43_settings
from ..public_input import CONTROL_CHARACTERS


logger = logging.getLogger(__name__)


# ---- Plain text -----------------------------------------------------------------

#: Control characters, NUL bytes and disguising marks: shared with the query
#: normalisation of every public page.
_CONTROL = CONTROL_CHARACTERS
#: What could open a tag once the text is read as HTML again.
_TAG_OPENER = re.compile(r"<(?=[A-Za-z!/?])")


def clean_text(value, multiline=True):
    """``value`` as plain text: no markup, no control characters, NFC, trimmed.

    Tags are removed (repeatedly, so ``<scr<b>ipt>`` does not survive); character
    references are decoded first, so ``&lt;b&gt;`` is not a way round it. A ``<``
    that is left and could still open a tag gets a space after it.
    """
    if value is None:
        return ""
    text = str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    for _attempt in range(5):
        stripped = strip_tags(html.unescape(text))
        stripped = _CONTROL.sub("", stripped)
        if stripped == text:
            break
        text = stripped
    text = _TAG_OPENER.sub("< ", text)
    text = unicodedata.normalize("NFC", text)
    if not multiline:
        text = " ".join(text.split())
    else:
        lines = [line.rstrip() for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip()


def has_markup(text):
    """Whether ``text`` holds anything a browser would read as a tag."""
    return bool(_TAG_OPENER.search(text or ""))


# ---- Minimum fill time ----------------------------------------------------------

_SALT = "wagtail_nd43.participation.start"


def issue_start_token(now=None):
    """A signed token holding the time the form was shown."""
    return signing.dumps(
        {"t": round(now if now is not None else time.time(), 3)}, salt=_SALT
    )


TOO_FAST = "too_fast"
EXPIRED = "expired"
INVALID = "invalid"


def check_start_token(token, now=None):
    """``None`` when the form was shown long enough ago and not too long ago; else
    one of :data:`TOO_FAST`, :data:`EXPIRED`, :data:`INVALID`."""
    now = now if now is not None else time.time()
    try:
        started = float(signing.loads(token or "", salt=_SALT)["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return INVALID
    if now - started < nd43_settings.PARTICIPATION_MIN_FILL_SECONDS:
        return TOO_FAST
    if now - started > nd43_settings.PARTICIPATION_FORM_MAX_AGE:
        return EXPIRED
    return None


# ---- Rate limit -----------------------------------------------------------------


def client_hash(request):
    """A keyed hash standing for the client's address; only ever a cache key."""
    return hmac.new(
        settings.SECRET_KEY.encode(),
        f"wagtail_nd43.participation:{client_address(request)}".encode(),
        hashlib.sha256,
    ).hexdigest()[:32]


def _window_key(request, scope):
    window = nd43_settings.PARTICIPATION_RATE_WINDOW
    bucket = int(time.time() // window)
    return f"nd43:participation:{scope}:{client_hash(request)}:{bucket}", window


def over_rate_limit(request, scope):
    """Whether this client is already over the limit in ``scope`` (nothing counted)."""
    limit = nd43_settings.PARTICIPATION_RATE_LIMIT
    if not limit:
        return False
    alias = nd43_settings.PARTICIPATION_CACHE
    key, _window = _window_key(request, scope)
    count = cache_fallback.call(alias, caches[alias], lambda cache: cache.get(key))
    return (count or 0) >= limit


def hit_rate_limit(request, scope):
    """Count one attempt of this client in ``scope``; ``True`` when the client has
    gone over ``WAGTAIL_ND43_PARTICIPATION_RATE_LIMIT`` in the current window.

    With the cache down, counted in a process-local fallback (see
    :mod:`wagtail_nd43.cache_fallback`): the form still works, and still limits."""
    limit = nd43_settings.PARTICIPATION_RATE_LIMIT
    if not limit:
        return False
    alias = nd43_settings.PARTICIPATION_CACHE
    key, window = _window_key(request, scope)
    count = cache_fallback.call(
        alias,
        caches[alias],
        lambda cache: cache_fallback.count_in_window(cache, key, window + 5),
    )
    if count > limit:
        logger.warning(
            "wagtail_nd43: rate limit of %s reached by %s",
            scope,
            client_address(request),
        )
        return True
    return False


# ---- Attachments ----------------------------------------------------------------

#: The file types the legal-documents module accepts, with their first bytes.
_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "docx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
}


def allowed_extensions():
    from ..models.legal import ALLOWED_EXTENSIONS

    return ALLOWED_EXTENSIONS


def validate_upload(upload):
    """Refuse an uploaded file of another type than PDF/DOC/DOCX/ODT (by name and by
    content), or larger than the configured size."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in allowed_extensions() or extension not in _SIGNATURES:
        raise ValidationError(
            _(
                "Attach a PDF, DOC, DOCX or ODT file; other file types are not accepted."
            ),
            code="file_type",
        )
    limit = nd43_settings.PARTICIPATION_MAX_FILE_SIZE
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("The attached file is %(size)s; it may be at most %(limit)s."),
            code="file_size",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(limit),
            },
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not any(head.startswith(magic) for magic in _SIGNATURES[extension]):
        raise ValidationError(
            _(
                "The attached file is not a real %(type)s file. Save it again as "
                "PDF, DOC, DOCX or ODT and attach it."
            ),
            code="file_content",
            params={"type": extension.upper()},
        )
    return extension
