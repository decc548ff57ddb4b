"""The package's settings, each ``WAGTAIL_ND43_<NAME>``, read at access time.

Reading lazily means ``override_settings`` in tests and per-deployment settings
modules both work; nothing is cached at import.
"""

from django.conf import settings as django_settings


DEFAULTS = {
    # Profile used when a site has not chosen one in its identity setting.
    "DEFAULT_PROFILE": "nd43",
    # Items per page in section listings.
    "LISTING_PAGE_SIZE": 20,
    # Number of newest news items on the agency home page.
    "HOME_NEWS_COUNT": 6,
    # Largest file (bytes) that may be attached to a legal document.
    "LEGAL_DOCUMENT_MAX_FILE_SIZE": 20 * 1024 * 1024,
}


class Settings:
    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(name)
        return getattr(django_settings, f"WAGTAIL_ND43_{name}", DEFAULTS[name])


nd43_settings = Settings()
