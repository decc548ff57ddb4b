"""Honest, fast and lossless page-view and site-visit counters (CV412-6).

- :mod:`.bots`: the maintained robot list;
- :mod:`.recorder`: who is counted, the visitor hash, the ``before_serve_page`` hook;
- :mod:`.store`: the Redis buffer or direct database writes;
- :mod:`.flush`: moving buffered counts into the daily rows without loss;
- :mod:`.database`: the ``F()`` updates of the daily rows.

See ``docs/explanation/counters.md``.
"""
