"""Cache backends for the outage tests (issue 16): one that raises on every call,
as a Redis client does when the server is gone, and one that answers ``None``, as
django-redis does with ``IGNORE_EXCEPTIONS``. ``FlakyCache`` is down while its
class attribute ``down`` is true and a working local cache otherwise."""

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache


OPERATIONS = (
    "add get set touch delete clear get_many set_many delete_many has_key incr decr"
).split()


class BrokenCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise ConnectionError(
            "Error 111 connecting to 127.0.0.1:1. Connection refused."
        )


class SilentCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)

    def _nothing(self, *args, **kwargs):
        return None


for _name in OPERATIONS:
    setattr(BrokenCache, _name, BrokenCache._fail)
    setattr(SilentCache, _name, SilentCache._nothing)


class FlakyCache(LocMemCache):
    down = False

    def keys_with(self, text):
        return [key for key in self._cache if text in key]

    def __getattribute__(self, name):
        if name in OPERATIONS and type(self).down:
            raise ConnectionError("Connection refused (flaky test cache)")
        return super().__getattribute__(name)
