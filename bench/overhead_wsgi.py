"""WSGI entry point for bench/bench_overhead.py (gunicorn bench.overhead_wsgi)."""

import os

from django.core.wsgi import get_wsgi_application


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.overhead_settings")
application = get_wsgi_application()
