"""The package's settings, each ``WAGTAIL_ND43_<NAME>``, read at access time.

Reading lazily means ``override_settings`` in tests and per-deployment settings
modules both work; nothing is cached at import.
"""

from django.conf import settings as django_settings
from django.utils.translation import gettext_lazy as _


DEFAULTS = {
    # Profile used when a site has not chosen one in its identity setting.
    "DEFAULT_PROFILE": "nd43",
    # New pages get ASCII slugs folded from their Vietnamese titles ("Quyết định"
    # → "quyet-dinh"), in the editor as the title is typed and on the server.
    "ASCII_SLUGS": True,
    # The site's own profiles besides the shipped ones: name → dotted path of a
    # module holding ``PROFILE`` (docs/how-to/add-a-profile.md).
    "PROFILES": {},
    # Items per page in section listings.
    "LISTING_PAGE_SIZE": 20,
    # ---- Site search (issue 21) ----
    # "nd43": the package's own folded index (SiteSearchEntry; PostgreSQL full-text
    # index). Or the alias of a WAGTAILSEARCH_BACKENDS entry (e.g. Elasticsearch
    # configured with wagtail_nd43.search_index.elasticsearch_index_settings()).
    "SITE_SEARCH_BACKEND": "nd43",
    # The result count of a search stops at this many ("more than 1000 results").
    "SITE_SEARCH_MAX_COUNT": 1000,
    # Number of newest news items on the agency home page.
    "HOME_NEWS_COUNT": 6,
    # Compliance checker: deadlines (Decree 43 Art. 17) are checked for the items
    # published in this many days before today.
    "COMPLIANCE_DEADLINE_WINDOW_DAYS": 365,
    # Read-only JSON endpoint of the compliance report for a supervising
    # department: off while empty; when set, requests must send
    # ``Authorization: Bearer <token>``.
    "COMPLIANCE_API_TOKEN": "",
    # ---- Banners, alerts and mourning mode (issue 7) ----
    # Where campaign banners can be shown: (key, label, image rendition spec).
    # Add entries to offer more placements; render them with {% nd43_banners "key" %}.
    "BANNER_PLACEMENTS": [
        ("home-top", _("Home page, top"), "max-1200x400"),
        ("sidebar", _("Sidebar"), "max-400x600"),
        ("footer-strip", _("Footer strip"), "max-1200x200"),
    ],
    # Items whose start lies within this many seconds are already in the page,
    # hidden, so a page served from a cache shows them on time (see
    # docs/explanation/banner-scheduling-and-caches.md).
    "SCHEDULE_HORIZON": 15 * 60,
    # ---- Site chrome and frontend caches (issue 15) ----
    # Cache alias holding the site chrome (identity, menu, banners, alerts...);
    # shared by every application server, e.g. Redis.
    "CHROME_CACHE": "default",
    # Longest a chrome entry is kept; publishing renews it at once anyway.
    "CHROME_CACHE_SECONDS": 60 * 60,
    # Cache-Control of public pages (frontend_cache.CacheControlMiddleware):
    # browsers keep them PAGE_MAX_AGE seconds, shared caches (proxies, CDNs)
    # PAGE_SHARED_MAX_AGE, since publishing purges them; both capped by the next
    # banner/alert/mourning start or end.
    "PAGE_MAX_AGE": 5 * 60,
    "PAGE_SHARED_MAX_AGE": 60 * 60,
    # Path added to a site's URL to purge everything on that host from the
    # frontend cache (a Varnish ban in docs/how-to/deploy.md; CloudFront reads it
    # as a wildcard).
    "FRONTEND_CACHE_SITE_PATH": "/*",
    # ---- Counters (issue 7) ----
    # "server": count when Django renders a page; "beacon": count through a small
    # POST sent by the page (for sites behind a CDN or full-page cache); "off".
    "COUNTER_MODE": "server",
    # A shared cache that failed is left alone this many seconds (rate limits,
    # de-duplication and counting use a process-local fallback meanwhile).
    "CACHE_RETRY_SECONDS": 30,
    # Cache alias used for the counters; buffered counting needs a Redis cache.
    "COUNTER_CACHE": "default",
    # Prefix of the counters' Redis keys.
    "COUNTER_KEY_PREFIX": "nd43:counters",
    # A visitor's repeat views of a page within this many seconds count once (0: off).
    "COUNTER_DEDUP_SECONDS": 30 * 60,
    # A visit (a session) ends after this many seconds without a view by the
    # visitor; each view extends it (issue 16: the usual analytics definition).
    "COUNTER_VISIT_SECONDS": 30 * 60,
    # “Online now” counts visitors seen within this many seconds.
    "COUNTER_ONLINE_SECONDS": 5 * 60,
    # User agents matching these regular expressions (case-insensitive) are not
    # counted. EXTRA patterns are added to the maintained default list.
    "COUNTER_BOT_PATTERNS": None,
    "COUNTER_EXTRA_BOT_PATTERNS": (),
    # ---- Client address behind proxies (issue 16; wagtail_nd43.client_address) ----
    # request.META key of the header the proxies write the client's address to,
    # e.g. "HTTP_X_FORWARDED_FOR". None: REMOTE_ADDR. Used by counters, rate limits
    # and logs alike (the name is kept from issue 7).
    "COUNTER_CLIENT_IP_HEADER": None,
    # How many proxies in front of Django append to that header (nginx: 1; a CDN
    # and nginx: 2): the address the outermost one saw is taken.
    "TRUSTED_PROXY_COUNT": 0,
    # Or the proxies' networks, e.g. ["10.0.0.0/8", "2001:db8::/32"]: the header is
    # read only from these and walked from the right past them.
    "TRUSTED_PROXIES": (),
    # Beacon limits: largest body accepted, and beacons per visitor per minute.
    "COUNTER_BEACON_MAX_BYTES": 256,
    "COUNTER_BEACON_RATE": 60,
    # Beacons per client address per minute, whatever the user agent (issue 16).
    # Raise it for an audience behind one address (a school, a carrier's NAT).
    "COUNTER_BEACON_ADDRESS_RATE": 30,
    # Rows written per database transaction by nd43_flush_counters.
    "COUNTER_FLUSH_CHUNK": 500,
    # Largest file (bytes) that may be attached to a legal document.
    "LEGAL_DOCUMENT_MAX_FILE_SIZE": 20 * 1024 * 1024,
    # Largest file (bytes) that may be attached to a plan, project, directive,
    # petition response or reward/penalty decision.
    "ATTACHMENT_MAX_FILE_SIZE": 20 * 1024 * 1024,
    # ---- Public participation: questions and consultations (issue 6) ----
    # A form sent back sooner than this many seconds after it was shown is refused
    # (people need time to type; robots do not).
    "PARTICIPATION_MIN_FILL_SECONDS": 3,
    # A form older than this many seconds must be sent again.
    "PARTICIPATION_FORM_MAX_AGE": 24 * 3600,
    # Submissions (and ticket lookups) per visitor per window, counted in the cache.
    "PARTICIPATION_RATE_LIMIT": 10,
    "PARTICIPATION_RATE_WINDOW": 600,
    # Cache alias holding the rate-limit counters (shared by every app server).
    "PARTICIPATION_CACHE": "default",
    # Largest attachment (bytes) a visitor may send with a question or comment.
    "PARTICIPATION_MAX_FILE_SIZE": 10 * 1024 * 1024,
    # Personal data of finished submissions is erased this many days after the
    # question was answered or the consultation closed (nd43_purge_submissions).
    "PARTICIPATION_RETENTION_DAYS": 730,
    # Seconds a slow mail server may hold a visitor's request, per message.
    "PARTICIPATION_EMAIL_TIMEOUT": 10,
    # Who is told of each new question; empty: the agency's official email.
    "QUESTION_NOTIFY_EMAILS": (),
    # Decree 43 Art. 17.1.đ: answer (or send a status notice) within this many
    # working days of receipt.
    "QUESTION_ANSWER_WORKING_DAYS": 15,
    # A consultation shorter than this many days gets a warning for the editor.
    "CONSULTATION_MIN_DAYS": 60,
    # The synthesis report is expected within this many days after closing.
    "CONSULTATION_CONCLUSION_DAYS": 30,
}


class Settings:
    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(name)
        return getattr(django_settings, f"WAGTAIL_ND43_{name}", DEFAULTS[name])


nd43_settings = Settings()


#: Settings of other apps that the package defaults when a site has not set them.
#: Wagtail's admin loads avatars from Gravatar by default, which an agency network
#: without Internet access cannot reach (a broken image on every admin page).
OTHER_APPS_DEFAULTS = {
    "WAGTAIL_GRAVATAR_PROVIDER_URL": None,
}


def apply_other_apps_defaults():
    """Set each of :data:`OTHER_APPS_DEFAULTS` the site's settings leave unset
    (called from ``AppConfig.ready``); a value the site sets always wins."""
    for name, value in OTHER_APPS_DEFAULTS.items():
        if not hasattr(django_settings, name):
            setattr(django_settings, name, value)
