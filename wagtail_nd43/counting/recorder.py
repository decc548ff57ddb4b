"""Deciding whether a request is a person's view, and recording it.

Not counted: robots (:mod:`.bots`), previews, prefetches, people who can use the
admin (editors looking at their own pages), and the same visitor's repeat views of a
page within ``WAGTAIL_ND43_COUNTER_DEDUP_SECONDS``.

A visitor is recognised by a keyed hash of the client address, user agent and
language, with the day in the key: it changes every day and cannot be reversed or
linked across days without the site's ``SECRET_KEY``. It lives only in the cache,
with a lifetime of the de-duplication window; nothing about visitors is written to
the database.
"""

import hashlib
import hmac
import logging

from django.conf import settings
from django.utils import timezone

from .. import cache_fallback
from ..client_address import client_address
from ..conf import nd43_settings
from .bots import is_bot
from .store import COUNTED, REPEAT, DirectStore, get_store


logger = logging.getLogger(__name__)

BOT = "bot"
PREVIEW = "preview"
EDITOR = "editor"
PREFETCH = "prefetch"
OFF = "off"


def visitor_hash(request, day):
    """A daily-rotating, keyed hash standing for the visitor; never stored in
    the database."""
    key = hmac.new(
        settings.SECRET_KEY.encode(),
        f"wagtail_nd43.counting:{day.isoformat()}".encode(),
        hashlib.sha256,
    ).digest()
    message = "\n".join(
        (
            client_address(request),
            request.META.get("HTTP_USER_AGENT", "")[:512],
            request.META.get("HTTP_ACCEPT_LANGUAGE", "")[:64],
        )
    )
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()[:32]


def is_editor(request):
    user = getattr(request, "user", None)
    return (
        user is not None
        and user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
    )


def exclusion(request):
    """Why this request is not counted, or ``None`` when it is a person's view."""
    if getattr(request, "is_preview", False):
        return PREVIEW
    purpose = request.headers.get("Sec-Purpose", "") or request.headers.get(
        "Purpose", ""
    )
    if "prefetch" in purpose.lower() or "prerender" in purpose.lower():
        return PREFETCH
    if is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return BOT
    if is_editor(request):
        return EDITOR
    return None


def record(request, page_id, site_id):
    """Count a view of ``page_id`` on ``site_id`` unless excluded; return what was
    done (``"counted"``, ``"repeat"``, or the reason for not counting)."""
    reason = exclusion(request)
    if reason:
        return reason
    day = timezone.localdate()
    view, _visit = hit(page_id, site_id, day, visitor_hash(request, day))
    return COUNTED if view else REPEAT


def hit(page_id, site_id, day, visitor):
    """Record the view in the configured store; while its cache is down, straight
    to the database with de-duplication in a process-local cache, so no view is
    lost (see :mod:`wagtail_nd43.cache_fallback`)."""
    store = get_store()

    def on(target):
        chosen = store if target is store else DirectStore(target, store.prefix)
        return chosen.hit(page_id, site_id, day, visitor)

    return cache_fallback.call(nd43_settings.COUNTER_CACHE, store, on)


def count_served_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: count pages rendered by Django (server mode).

    Registered after Wagtail's view-restriction check, so a private page shown
    as a login form is not counted. A failing cache falls back (see :func:`hit`);
    any other error is logged and the page is served.
    """
    if nd43_settings.COUNTER_MODE != "server" or request.method != "GET":
        return None
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        record(request, page.pk, site.pk)
    except Exception:
        logger.exception("wagtail_nd43: could not count a view of page %s", page.pk)
    return None
