"""The counting beacon: ``POST /nd43/count/`` with a page's token as the body.

For pages served from a CDN or full-page cache (``WAGTAIL_ND43_COUNTER_MODE =
"beacon"``). It needs no CSRF token and no cookie (``navigator.sendBeacon`` sends a
``text/plain`` body, which needs no CORS preflight), reads at most
``COUNTER_BEACON_MAX_BYTES``, refuses tokens it did not sign, and limits each
visitor to ``COUNTER_BEACON_RATE`` beacons a minute through the cache.
"""

import time

from django.core import signing
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..conf import nd43_settings
from ..counting.beacon import read_token
from ..counting.recorder import record, visitor_hash


def _too_many(request):
    """Count this beacon against the visitor's per-minute allowance."""
    cache = caches[nd43_settings.COUNTER_CACHE]
    visitor = visitor_hash(request, timezone.localdate())
    key = f"{nd43_settings.COUNTER_KEY_PREFIX}:rate:{visitor}:{int(time.time()) // 60}"
    if cache.add(key, 1, 120):
        return False
    try:
        return cache.incr(key) > nd43_settings.COUNTER_BEACON_RATE
    except ValueError:  # the key expired in between
        return False


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
