"""WSGI entry point of the example site: production settings unless
``DJANGO_SETTINGS_MODULE`` says otherwise (``manage.py`` defaults to development)."""

import os

from django.core.wsgi import get_wsgi_application


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.production")

application = get_wsgi_application()
