"""A cache outage never fails a citizen (issue 16).

Rate limits, de-duplication and the beacon's caps keep short-lived counters in a
shared cache (Redis in production). When that cache raises, or answers ``None``
where a number was due (django-redis with ``IGNORE_EXCEPTIONS``), :func:`call` runs
the same operation on a **process-local** cache instead, logs one warning, and
leaves the shared cache alone for ``WAGTAIL_ND43_CACHE_RETRY_SECONDS``, so a cache
that hangs costs one timeout, not one per request. Afterwards the next request
tries the shared cache again: recovery needs no action.

The choice, documented in docs/explanation/cache-outage.md: limits still apply
during an outage, per process instead of across servers (with N worker processes a
client gets at most N times its allowance), which is safer than failing open and
needs no database writes for every rate-limited request.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache

from .conf import nd43_settings


logger = logging.getLogger("wagtail_nd43.cache")

#: Shared by every thread of the process; LocMemCache is thread-safe.
local_cache = LocMemCache(
    "wagtail_nd43-cache-fallback", {"OPTIONS": {"MAX_ENTRIES": 50_000}}
)

_lock = threading.Lock()
_down_until = {}


class CacheUnavailable(Exception):
    """The cache answered, but not with what a working cache answers."""


def is_down(name):
    return _down_until.get(name, 0) > time.monotonic()


def mark_down(name, error):
    with _lock:
        first = not is_down(name)
        _down_until[name] = time.monotonic() + nd43_settings.CACHE_RETRY_SECONDS
    if first:
        logger.warning(
            "wagtail_nd43: cache %r unavailable (%s: %s); using a process-local "
            "fallback for %s seconds",
            name,
            type(error).__name__,
            error,
            nd43_settings.CACHE_RETRY_SECONDS,
        )


def reset():
    """Forget outages (tests)."""
    with _lock:
        _down_until.clear()
    local_cache.clear()


def call(name, shared, operation):
    """``operation(shared)``, or ``operation(local_cache)`` when the shared cache
    is down or fails. ``name`` identifies the shared cache (its alias)."""
    if not is_down(name):
        try:
            return operation(shared)
        except Exception as error:  # any client error is an outage here
            mark_down(name, error)
    return operation(local_cache)


def count_in_window(cache, key, timeout):
    """Add one to ``key`` (created with ``timeout``); the new count."""
    if cache.add(key, 1, timeout):
        return 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout)
        return 1
    if count is None:  # IGNORE_EXCEPTIONS hides an outage as None
        raise CacheUnavailable("incr returned None")
    return count
