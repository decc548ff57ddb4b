"""System checks of the host's URL configuration (issue 13): the package's public
URLs must be included, and no pattern of the host listed earlier may hide one."""

from django.core.checks import Tags, Warning, register
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.translation import gettext_lazy as _


@register(Tags.urls)
def check_public_urls(app_configs, **kwargs):
    from . import urls as package_urls

    try:
        reverse("wagtail_nd43:search")
    except NoReverseMatch:
        return [
            Warning(
                _("wagtail_nd43.urls is not included in the project's URLs."),
                hint=_(
                    'Add path("", include("wagtail_nd43.urls")) before Wagtail\'s '
                    "page serving URLs: the site search, the counters, sitemap.xml "
                    "and the compliance API need it."
                ),
                id="wagtail_nd43.W101",
            )
        ]
    errors = []
    for name, also_fine in package_urls.PUBLIC_URL_NAMES.items():
        url = reverse(f"wagtail_nd43:{name}")
        try:
            match = resolve(url)
        except Resolver404:  # pragma: no cover - reverse() and resolve() agree
            continue
        if match.namespace == "wagtail_nd43" or match.func in also_fine:
            continue
        errors.append(
            Warning(
                _(
                    "The package's URL %(url)s is answered by the project's pattern "
                    "“%(route)s” (%(view)s), listed before wagtail_nd43.urls."
                )
                % {"url": url, "route": match.route, "view": match._func_path},
                hint=_(
                    'Move path("", include("wagtail_nd43.urls")) above that '
                    "pattern, or give the project's view another address."
                ),
                id="wagtail_nd43.W100",
            )
        )
    return errors
