"""System checks for what the package needs from the host project."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.utils.translation import gettext_lazy as _


REQUIRED_APPS = (
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
)


@register()
def check_installed_apps(app_configs, **kwargs):
    errors = []
    for app in REQUIRED_APPS:
        if app not in settings.INSTALLED_APPS:
            errors.append(
                Warning(
                    _("%(app)s is not in INSTALLED_APPS.") % {"app": app},
                    hint=_("wagtail_nd43 needs it; see the README's install steps."),
                    id="wagtail_nd43.W001",
                )
            )
    processors = [
        p
        for engine in settings.TEMPLATES
        for p in engine.get("OPTIONS", {}).get("context_processors", [])
    ]
    if "wagtail.contrib.settings.context_processors.settings" not in processors:
        errors.append(
            Warning(
                _("The Wagtail settings context processor is not enabled."),
                hint=_(
                    "Add 'wagtail.contrib.settings.context_processors.settings' to "
                    "TEMPLATES OPTIONS context_processors."
                ),
                id="wagtail_nd43.W002",
            )
        )
    return errors


@register()
def check_counter_cache(app_configs, **kwargs):
    """Say how counts are recorded with the configured cache (issue 7).

    A process-local cache (W070) is right for development, so it is reported only
    when ``DEBUG`` is off, or with ``check --deploy`` (:func:`check_counter_cache_deploy`).
    """
    return counter_cache_warnings(local_cache=not settings.DEBUG)


@register(deploy=True)
def check_counter_cache_deploy(app_configs, **kwargs):
    """``check --deploy`` with ``DEBUG`` on: say what production would warn about."""
    if not settings.DEBUG:
        return []  # check_counter_cache has said it already.
    return [w for w in counter_cache_warnings() if w.id == "wagtail_nd43.W070"]


def counter_cache_warnings(local_cache=True):
    from django.core.cache import caches

    from .conf import nd43_settings
    from .counting.store import is_process_local, redis_client

    if nd43_settings.COUNTER_MODE == "off":
        return []
    errors = []
    if nd43_settings.COUNTER_MODE not in ("server", "beacon"):
        errors.append(
            Warning(
                _("WAGTAIL_ND43_COUNTER_MODE must be “server”, “beacon” or “off”."),
                hint=_("Nothing is counted until it is set to one of these."),
                id="wagtail_nd43.W072",
            )
        )
    cache = caches[nd43_settings.COUNTER_CACHE]
    if is_process_local(cache):
        if not local_cache:
            return errors
        errors.append(
            Warning(
                _(
                    "The counters' cache is local to each process: views are written "
                    "to the database on every counted request, and repeat views and "
                    "“online now” are only seen within one process."
                ),
                hint=_(
                    "Use a Redis cache (django-redis) shared by all processes in "
                    "production, and run nd43_flush_counters every minute."
                ),
                id="wagtail_nd43.W070",
            )
        )
    elif redis_client(cache) is None:
        errors.append(
            Warning(
                _(
                    "The counters' cache is not Redis: views are written to the "
                    "database on every counted request instead of being buffered."
                ),
                hint=_(
                    "This is correct but slower under load; buffering needs Redis "
                    "(an atomic move of the pending counts)."
                ),
                id="wagtail_nd43.W071",
            )
        )
    return errors


#: From this month on, the coming year's holiday decision is expected: the
#: government announces Tết and the year's swaps in the last quarter.
HOLIDAY_DECISION_MONTH = 10


@register(Tags.database)
def check_holiday_decisions(app_configs, databases=None, **kwargs):
    """Warn when the current year, or from October the coming year, has no row in
    the holiday table: its working days then follow the `holidays` library's
    estimate only (swaps and make-up days unknown). Runs with ``migrate`` and
    ``check --database default``, since it reads the database."""
    from django.db import DatabaseError
    from django.utils import timezone

    from .models import Holiday

    if not databases:
        return []
    today = timezone.localdate()
    years = {"wagtail_nd43.W090": today.year}
    if today.month >= HOLIDAY_DECISION_MONTH:
        years["wagtail_nd43.W091"] = today.year + 1
    decided = set()
    for alias in databases:
        try:
            decided.update(
                Holiday.objects.using(alias)
                .filter(date__year__in=years.values())
                .values_list("date__year", flat=True)
                .distinct()
            )
        except DatabaseError:  # not migrated yet
            return []
    return [
        Warning(
            _(
                "The holiday table has no entry for %(year)s: working-day deadlines "
                "in %(year)s follow the holidays library's estimate, without the "
                "government's swaps and make-up days."
            )
            % {"year": year},
            hint=_(
                "Enter %(year)s's official decision (days off, swaps, make-up "
                "Saturdays) in the admin under Decree 43 › Holidays; one entry marks the year "
                "as decided."
            )
            % {"year": year},
            id=check_id,
        )
        for check_id, year in years.items()
        if year not in decided
    ]


@register()
def check_site_search_backend(app_configs, **kwargs):
    """The site search backend setting names this package's index or a configured
    Wagtail search backend (issue 21)."""
    from .conf import nd43_settings
    from .search_index import PACKAGE_BACKEND

    backend = nd43_settings.SITE_SEARCH_BACKEND
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", {"default": {}})
    if backend == PACKAGE_BACKEND or backend in configured:
        return []
    return [
        Warning(
            _(
                "WAGTAIL_ND43_SITE_SEARCH_BACKEND is “%(backend)s”, which is neither "
                "“nd43” nor a backend in WAGTAILSEARCH_BACKENDS."
            )
            % {"backend": backend},
            hint=_(
                "Use “nd43” (the package's own index) or the alias of a Wagtail "
                "search backend; the site search answers with an error until then."
            ),
            id="wagtail_nd43.W151",
        )
    ]


@register(Tags.database)
def check_site_search_index(app_configs, databases=None, **kwargs):
    """Live pages exist but the site search index is empty: pages published before
    the package's index existed are not found until it is built (issue 21)."""
    from django.db import DatabaseError
    from wagtail.models import Page

    from .conf import nd43_settings
    from .models import SiteSearchEntry
    from .search_index import PACKAGE_BACKEND

    if not databases or nd43_settings.SITE_SEARCH_BACKEND != PACKAGE_BACKEND:
        return []
    try:
        empty = not SiteSearchEntry.objects.exists()
        pages = empty and Page.objects.live().filter(depth__gt=1).exists()
    except DatabaseError:  # not migrated yet
        return []
    if not pages:
        return []
    return [
        Warning(
            _("The site search index is empty while the site has live pages."),
            hint=_("Run “manage.py nd43_search_index” once to build it."),
            id="wagtail_nd43.W150",
        )
    ]


@register()
def check_client_address(app_configs, **kwargs):
    """Combinations of the client-address settings a client could exploit (issue 16)."""
    import ipaddress

    from .conf import nd43_settings

    errors = []
    header = nd43_settings.COUNTER_CLIENT_IP_HEADER
    count = nd43_settings.TRUSTED_PROXY_COUNT
    proxies = nd43_settings.TRUSTED_PROXIES or ()
    if isinstance(proxies, str):
        proxies = (proxies,)
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        errors.append(
            Error(
                _(
                    "WAGTAIL_ND43_TRUSTED_PROXY_COUNT must be a whole number, 0 or more."
                ),
                hint=_("Set it to the number of proxies in front of Django."),
                id="wagtail_nd43.E080",
            )
        )
        count = 0
    networks = []
    for entry in proxies:
        try:
            networks.append(ipaddress.ip_network(str(entry), strict=False))
        except ValueError:
            errors.append(
                Error(
                    _("WAGTAIL_ND43_TRUSTED_PROXIES: “%(entry)s” is not a network.")
                    % {"entry": entry},
                    hint=_("Write addresses or networks, e.g. “10.0.0.0/8”."),
                    id="wagtail_nd43.E081",
                )
            )
    if header and not header.isupper():
        errors.append(
            Error(
                _(
                    "WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER is “%(header)s”, which is "
                    "never a request.META key."
                )
                % {"header": header},
                hint=_("Write it as Django names it, e.g. “HTTP_X_FORWARDED_FOR”."),
                id="wagtail_nd43.E082",
            )
        )
    if header and not count and not proxies:
        errors.append(
            Warning(
                _(
                    "WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER is set but neither "
                    "WAGTAIL_ND43_TRUSTED_PROXY_COUNT nor WAGTAIL_ND43_TRUSTED_PROXIES: "
                    "one proxy is assumed and the last address in the header is used."
                ),
                hint=_(
                    "Set WAGTAIL_ND43_TRUSTED_PROXY_COUNT to the number of proxies in "
                    "front of Django (see docs/explanation/client-address.md)."
                ),
                id="wagtail_nd43.W080",
            )
        )
    if not header and (count or proxies):
        errors.append(
            Warning(
                _(
                    "Trusted proxies are configured but "
                    "WAGTAIL_ND43_COUNTER_CLIENT_IP_HEADER is not set: every visitor "
                    "has the address of the proxy."
                ),
                hint=_("Set it, e.g. to “HTTP_X_FORWARDED_FOR”."),
                id="wagtail_nd43.W081",
            )
        )
    if count and proxies:
        errors.append(
            Warning(
                _(
                    "Both WAGTAIL_ND43_TRUSTED_PROXY_COUNT and "
                    "WAGTAIL_ND43_TRUSTED_PROXIES are set; only the networks are used."
                ),
                hint=_("Keep one of the two."),
                id="wagtail_nd43.W082",
            )
        )
    if any(net.prefixlen < (8 if net.version == 4 else 16) for net in networks):
        errors.append(
            Warning(
                _(
                    "WAGTAIL_ND43_TRUSTED_PROXIES contains a network so wide that "
                    "clients inside it can write their own address."
                ),
                hint=_("List only the networks of your proxies and CDN."),
                id="wagtail_nd43.W083",
            )
        )
    return errors


def _redis_kind(config):
    backend = config.get("BACKEND", "")
    if backend == "django.core.cache.backends.redis.RedisCache":
        return "django"
    if backend.startswith("django_redis."):
        return "django_redis"
    return None


@register()
def check_cache_layout(app_configs, **kwargs):
    """A cache layout where a Redis outage takes pages down (issue 16)."""
    from .conf import nd43_settings

    errors = []
    caches = settings.CACHES
    default = caches.get("default", {})
    kind = _redis_kind(default)
    ignores = default.get("OPTIONS", {}).get("IGNORE_EXCEPTIONS") or getattr(
        settings, "DJANGO_REDIS_IGNORE_EXCEPTIONS", False
    )
    if kind == "django" or (kind == "django_redis" and not ignores):
        errors.append(
            Warning(
                _(
                    "The default cache is Redis and raises when Redis is down: Wagtail "
                    "reads it to serve every page, so a Redis outage takes the whole "
                    "site down."
                ),
                hint=_(
                    "Use django-redis with OPTIONS {'IGNORE_EXCEPTIONS': True} for the "
                    "default cache, or keep it local and give Redis its own alias (see "
                    "docs/explanation/cache-outage.md)."
                ),
                id="wagtail_nd43.W084",
            )
        )
    aliases = {
        "default",
        nd43_settings.COUNTER_CACHE,
        nd43_settings.PARTICIPATION_CACHE,
    }
    for alias in sorted(aliases):
        config = caches.get(alias, {})
        kind = _redis_kind(config)
        options = config.get("OPTIONS", {})
        timeout = (
            options.get("SOCKET_CONNECT_TIMEOUT")
            if kind == "django_redis"
            else options.get("socket_connect_timeout")
        )
        if kind and not timeout:
            errors.append(
                Warning(
                    _(
                        "The cache “%(alias)s” is Redis without a connection timeout: "
                        "a Redis server that stops answering holds visitors' requests."
                    )
                    % {"alias": alias},
                    hint=_(
                        "Set a connection and socket timeout of a second or less "
                        "(see docs/explanation/cache-outage.md)."
                    ),
                    id="wagtail_nd43.W085",
                )
            )
    return errors


@register()
def check_api_token(app_configs, **kwargs):
    """The compliance API token must be long enough to resist guessing (issue 16)."""
    from .conf import nd43_settings
    from .views.compliance import MIN_API_TOKEN_LENGTH

    token = str(nd43_settings.COMPLIANCE_API_TOKEN or "")
    if token and len(token) < MIN_API_TOKEN_LENGTH:
        return [
            Error(
                _(
                    "WAGTAIL_ND43_COMPLIANCE_API_TOKEN has %(length)s characters; at "
                    "least %(minimum)s are needed, so the compliance API stays off."
                )
                % {"length": len(token), "minimum": MIN_API_TOKEN_LENGTH},
                hint=_(
                    'Generate one with: python -c "import secrets; '
                    'print(secrets.token_urlsafe(32))"'
                ),
                id="wagtail_nd43.E083",
            )
        ]
    return []


@register()
def check_evaluators(app_configs, **kwargs):
    """Every check kind has an evaluator (issue 19): a site that declares a kind
    of its own and forgets its function hears it here, not at its first report.
    The profiles are loaded first, so a kind declared in a profile module counts."""
    from .compliance.registry import without_evaluator
    from .rulebook import get_profile, profile_names

    for name in profile_names():
        try:
            get_profile(name)
        except (ImportError, AttributeError):
            continue  # a profile that does not load fails where it is used
    return [
        Error(
            _("The check kind “%(kind)s” (%(class)s) has no evaluator.")
            % {
                "kind": check_class.kind,
                "class": f"{check_class.__module__}.{check_class.__qualname__}",
            },
            hint=_(
                "Decorate the function that evaluates it with @evaluates(%(name)s) "
                "(wagtail_nd43.compliance), in a module your app imports in its "
                "AppConfig.ready()."
            )
            % {"name": check_class.__qualname__},
            id="wagtail_nd43.E190",
        )
        for check_class in without_evaluator()
    ]
