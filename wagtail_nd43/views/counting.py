"""The counting beacon: ``POST /nd43/count/`` with a page's token as the body.

For pages served from a CDN or full-page cache (``WAGTAIL_ND43_COUNTER_MODE =
"beacon"``). It needs no CSRF token and no cookie (``navigator.sendBeacon`` sends a
``text/plain`` body, which needs no CORS preflight), reads at most
``COUNTER_BEACON_MAX_BYTES``, refuses tokens it did not sign, and limits each
visitor to ``COUNTER_BEACON_RATE`` and each client address, whatever its user
agents, to ``COUNTER_BEACON_ADDRESS_RATE`` beacons a minute through the cache.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .. import cache_fallback
from ..client_address import client_address
from ..conf import nd43_settings
from ..counting.beacon import read_token
from ..counting.recorder import record, visitor_hash


def _address_hash(request):
    """A keyed hash of the client address alone (the user agent left out, so a
    client cannot multiply its allowance by changing it)."""
    return hmac.new(
        settings.SECRET_KEY.encode(),
        f"wagtail_nd43.beacon:{client_address(request)}".encode(),
        hashlib.sha256,
    ).hexdigest()[:32]


def _too_many(request):
    """Count this beacon against the visitor's and the address's per-minute
    allowances (``COUNTER_BEACON_RATE``, ``COUNTER_BEACON_ADDRESS_RATE``)."""
    alias = nd43_settings.COUNTER_CACHE
    prefix = f"{nd43_settings.COUNTER_KEY_PREFIX}:rate"
    minute = int(time.time()) // 60
    visitor = visitor_hash(request, timezone.localdate())
    limits = (
        (f"{prefix}:{visitor}:{minute}", nd43_settings.COUNTER_BEACON_RATE),
        (
            f"{prefix}:a:{_address_hash(request)}:{minute}",
            nd43_settings.COUNTER_BEACON_ADDRESS_RATE,
        ),
    )

    def over(cache):
        counts = [
            cache_fallback.count_in_window(cache, key, 120) for key, _limit in limits
        ]
        return any(
            limit and count > limit
            for count, (_key, limit) in zip(counts, limits, strict=True)
        )

    return cache_fallback.call(alias, caches[alias], over)


@csrf_exempt
@never_cache
@require_POST
def beacon(request):
    if nd43_settings.COUNTER_MODE != "beacon":
        return HttpResponse(status=404)
    limit = nd43_settings.COUNTER_BEACON_MAX_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return HttpResponse(status=400)
    if declared > limit:
        return HttpResponse(status=413)
    body = request.read(limit + 1)
    if len(body) > limit:
        return HttpResponse(status=413)
    try:
        page_id, site_id = read_token(body.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError, signing.BadSignature):
        return HttpResponse(status=400)
    if _too_many(request):
        return HttpResponse(status=429)
    record(request, page_id, site_id)
    return HttpResponse(status=204)
