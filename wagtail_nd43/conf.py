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
    # Compliance checker: deadlines (Decree 43 Art. 17) are checked for the items
    # published in this many days before today.
    "COMPLIANCE_DEADLINE_WINDOW_DAYS": 365,
    # Read-only JSON endpoint of the compliance report for a supervising
    # department: off while empty; when set, requests must send
    # ``Authorization: Bearer <token>``.
    "COMPLIANCE_API_TOKEN": "",
}


class Settings:
    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(name)
        return getattr(django_settings, f"WAGTAIL_ND43_{name}", DEFAULTS[name])


nd43_settings = Settings()
