"""Where a counted view goes first: a Redis buffer, or straight to the database.

:class:`RedisStore` (the project's cache is Redis, through django-redis or Django's
own ``RedisCache``): one Lua script per view, one round trip, atomic. It checks
the visitor's repeat-view and visit keys, notes the visitor as online and
increments the pending hash. ``nd43_flush_counters`` later moves the pending hash
into the database (see :mod:`.flush`).

:class:`DirectStore` (any other cache): the repeat-view and visit keys live in the
cache; the counts are added to the daily rows at once with atomic ``UPDATE``
statements. Django's database and file caches implement ``incr`` as a read and a
write, which loses increments under concurrency, and Memcached cannot move a set
of counters atomically, so only Redis buffers counts. The system check
``wagtail_nd43.W070``/``W071`` says which mode a project is in.
"""

import time
import uuid

from django.core.cache import caches
from django.db import transaction

from ..cache_fallback import CacheUnavailable
from ..conf import nd43_settings
from .database import add_counts


COUNTED = "counted"
REPEAT = "repeat"

RECORD_SCRIPT = """
local pending, seen, visit, online = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local dedup_ttl = tonumber(ARGV[1])
local visit_ttl = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local online_ttl = tonumber(ARGV[4])
redis.call('ZADD', online, now, ARGV[7])
redis.call('ZREMRANGEBYSCORE', online, '-inf', now - online_ttl)
redis.call('EXPIRE', online, online_ttl * 2)
local counted = 1
if dedup_ttl > 0 and not redis.call('SET', seen, '1', 'NX', 'EX', dedup_ttl) then
  counted = 0
end
local visited = 1
if visit_ttl > 0 and not redis.call('SET', visit, '1', 'NX', 'EX', visit_ttl) then
  visited = 0
  redis.call('EXPIRE', visit, visit_ttl)
end
if counted == 1 then redis.call('HINCRBY', pending, ARGV[5], 1) end
if visited == 1 then redis.call('HINCRBY', pending, ARGV[6], 1) end
return counted * 2 + visited
"""

#: Atomically turn the pending hash into batch ``ARGV[1]`` and list the batch.
MOVE_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], ARGV[1])
  return 1
end
return 0
"""

#: The chunk size of a batch, fixed by whichever flush reads it first, so that a
#: flush resuming an interrupted batch numbers its chunks the same way.
CHUNK_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HSETNX', KEYS[1], '_chunk', ARGV[1])
  return tonumber(redis.call('HGET', KEYS[1], '_chunk'))
end
return tonumber(ARGV[1])
"""
CHUNK_FIELD = "_chunk"


def day_code(day):
    return day.strftime("%Y%m%d")


def view_field(page_id, day):
    return f"v:{page_id}:{day_code(day)}"


def visit_field(site_id, day):
    return f"s:{site_id}:{day_code(day)}"


def redis_client(cache):
    """The ``redis.Redis`` client behind a Django cache, or ``None``."""
    client = getattr(cache, "client", None)
    if client is not None and hasattr(client, "get_client"):  # django-redis
        return client.get_client(write=True)
    from django.core.cache.backends.redis import RedisCache

    if isinstance(cache, RedisCache):
        return cache._cache.get_client(write=True)
    return None


def is_process_local(cache):
    from django.core.cache.backends.dummy import DummyCache
    from django.core.cache.backends.locmem import LocMemCache

    return isinstance(cache, LocMemCache | DummyCache)


class RedisStore:
    buffered = True
    _scripts = {}

    def __init__(self, client, prefix):
        self.client = client
        self.prefix = prefix
        self.pending_key = f"{prefix}:pending"
        self.batches_key = f"{prefix}:batches"

    def _script(self, name, source):
        script = self._scripts.get(name)
        if script is None:
            script = self._scripts[name] = self.client.register_script(source)
        return script

    def batch_key(self, batch_id):
        return f"{self.prefix}:batch:{batch_id}"

    def hit(self, page_id, site_id, day, visitor):
        """Record one view; return ``(view_counted, visit_counted)``."""
        result = self._script("record", RECORD_SCRIPT)(
            keys=[
                self.pending_key,
                f"{self.prefix}:seen:{visitor}:{page_id}",
                f"{self.prefix}:visit:{site_id}:{visitor}",
                f"{self.prefix}:online:{site_id}",
            ],
            args=[
                nd43_settings.COUNTER_DEDUP_SECONDS,
                nd43_settings.COUNTER_VISIT_SECONDS,
                int(time.time()),
                nd43_settings.COUNTER_ONLINE_SECONDS,
                view_field(page_id, day),
                visit_field(site_id, day),
                visitor,
            ],
            client=self.client,
        )
        return bool(result & 2), bool(result & 1)

    def online(self, site_id):
        """Distinct visitors of the site seen within the online window."""
        now = int(time.time())
        return self.client.zcount(
            f"{self.prefix}:online:{site_id}",
            now - nd43_settings.COUNTER_ONLINE_SECONDS,
            "+inf",
        )

    def pending_views(self, page_id, day):
        return int(self.client.hget(self.pending_key, view_field(page_id, day)) or 0)

    def pending_visits(self, site_id, day):
        return int(self.client.hget(self.pending_key, visit_field(site_id, day)) or 0)

    @property
    def generation_key(self):
        return f"{self.prefix}:generation"

    def bump_generation(self):
        """Counts reached the database: figures cached for display are stale."""
        self.client.incr(self.generation_key)

    def live_figures(self, page_id, site_id, day):
        """Pending views of the page and visits of the site, visitors online and
        the flush generation: one round trip."""
        pipe = self.client.pipeline(transaction=False)
        pipe.get(self.generation_key)
        pipe.hget(self.pending_key, view_field(page_id, day))
        pipe.hget(self.pending_key, visit_field(site_id, day))
        now = int(time.time())
        pipe.zcount(
            f"{self.prefix}:online:{site_id}",
            now - nd43_settings.COUNTER_ONLINE_SECONDS,
            "+inf",
        )
        generation, views, visits, online = pipe.execute()
        return {
            "generation": int(generation or 0),
            "views": int(views or 0),
            "visits": int(visits or 0),
            "online": online,
        }

    # Flushing (see .flush)
    def move_pending(self, batch_id):
        moved = self._script("move", MOVE_SCRIPT)(
            keys=[self.pending_key, self.batch_key(batch_id), self.batches_key],
            args=[batch_id],
            client=self.client,
        )
        return bool(moved)

    def pending_batches(self):
        return sorted(
            _text(member) for member in self.client.smembers(self.batches_key)
        )

    def chunk_size(self, batch_id, wanted):
        return int(
            self._script("chunk", CHUNK_SCRIPT)(
                keys=[self.batch_key(batch_id)], args=[wanted], client=self.client
            )
        )

    def read_batch(self, batch_id):
        raw = self.client.hgetall(self.batch_key(batch_id))
        fields = {_text(field): int(value) for field, value in raw.items()}
        fields.pop(CHUNK_FIELD, None)
        return fields

    def forget_batch(self, batch_id):
        self.client.delete(self.batch_key(batch_id))
        self.client.srem(self.batches_key, batch_id)


class DirectStore:
    """Cache for the repeat-view, visit and online keys; counts straight to the
    database."""

    buffered = False

    def __init__(self, cache, prefix):
        self.cache = cache
        self.prefix = prefix

    def hit(self, page_id, site_id, day, visitor):
        dedup = nd43_settings.COUNTER_DEDUP_SECONDS
        visit_ttl = nd43_settings.COUNTER_VISIT_SECONDS
        self._note_online(site_id, visitor)
        view = dedup <= 0 or self.cache.add(
            f"{self.prefix}:seen:{visitor}:{page_id}", 1, dedup
        )
        visit = visit_ttl <= 0 or self.cache.add(
            f"{self.prefix}:visit:{site_id}:{visitor}", 1, visit_ttl
        )
        if view is None or visit is None:
            # A cache that ignores its errors answers None: an outage, not a
            # repeat view (the caller falls back; see cache_fallback).
            raise CacheUnavailable("add returned None")
        if not visit:
            # The visit goes on: it ends after visit_ttl seconds without a view.
            self.cache.touch(f"{self.prefix}:visit:{site_id}:{visitor}", visit_ttl)
        if view or visit:
            with transaction.atomic():
                add_counts(
                    {(page_id, day): 1} if view else {},
                    {(site_id, day): 1} if visit else {},
                )
            self.bump_generation()
            if transaction.get_connection().in_atomic_block:
                # Under ATOMIC_REQUESTS the counts are seen by others only now.
                transaction.on_commit(self.bump_generation, robust=True)
        return bool(view), bool(visit)

    def _slot(self, offset=0):
        return int(time.time()) // nd43_settings.COUNTER_ONLINE_SECONDS - offset

    def _note_online(self, site_id, visitor):
        ttl = nd43_settings.COUNTER_ONLINE_SECONDS * 2
        slot = self._slot()
        if self.cache.add(f"{self.prefix}:on:{site_id}:{slot}:{visitor}", 1, ttl):
            key = f"{self.prefix}:online:{site_id}:{slot}"
            if not self.cache.add(key, 1, ttl):
                try:
                    self.cache.incr(key)
                except ValueError:  # expired between add and incr
                    self.cache.add(key, 1, ttl)

    def online(self, site_id):
        """Visitors in the current time slot, or the previous one if it had more
        (the current slot has just begun): an estimate, documented as such."""
        values = self.cache.get_many(
            [f"{self.prefix}:online:{site_id}:{self._slot(n)}" for n in (0, 1)]
        )
        return max(values.values(), default=0)

    def pending_views(self, page_id, day):
        return 0

    def pending_visits(self, site_id, day):
        return 0

    @property
    def generation_key(self):
        return f"{self.prefix}:generation"

    def bump_generation(self):
        """Counts reached the database: figures cached for display are stale. A
        new random value, so that a generation evicted from the cache never
        comes back with figures cached under it."""
        self.cache.set(self.generation_key, uuid.uuid4().hex, None)

    def live_figures(self, page_id, site_id, day):
        """Counts are in the database already (nothing pending); the generation
        of the figures cached for display and the visitors online: one round
        trip."""
        online_keys = [
            f"{self.prefix}:online:{site_id}:{self._slot(n)}" for n in (0, 1)
        ]
        values = self.cache.get_many(
            [self.generation_key, *(online_keys if site_id else ())]
        )
        generation = values.pop(self.generation_key, None)
        if generation is None:
            self.cache.add(self.generation_key, uuid.uuid4().hex, None)
            generation = self.cache.get(self.generation_key)
        return {
            "generation": generation,
            "views": 0,
            "visits": 0,
            "online": max(values.values(), default=0) if site_id else None,
        }


def _text(value):
    return value.decode() if isinstance(value, bytes) else str(value)


def get_store():
    cache = caches[nd43_settings.COUNTER_CACHE]
    prefix = nd43_settings.COUNTER_KEY_PREFIX
    key_prefix = getattr(cache, "key_prefix", "")
    if key_prefix:
        prefix = f"{key_prefix}:{prefix}"
    client = redis_client(cache)
    if client is not None:
        return RedisStore(client, prefix)
    return DirectStore(cache, prefix)
