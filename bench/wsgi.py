"""WSGI entry point for bench/bench_counters.py and tests/test_two_servers.py
(gunicorn bench.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.counter_settings")
application = get_wsgi_application()
