"""Which site a page or a record belongs to: the site of a page (read from the
request when it can be), the agency identity of a site, the ``site`` field of the
package's site settings, and records shown on one agency site or on every site of
the province (:class:`SiteScopedMixin`).
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def site_of(page, request=None):
    """``page.get_site()``, without a query when ``page`` is in the request's site
    (Wagtail keeps that site on the request)."""
    from wagtail.models import Site

    if not page.pk:
        return None
    if request is not None:
        site = Site.find_for_request(request)
        parts = page.get_url_parts(request)
        if site is not None and parts is not None and parts[0] == site.pk:
            return site
    return page.get_site()


def identity_of(site, request=None):
    """``AgencySettings.for_site(site)``, from the cached site chrome when ``site``
    is the request's."""
    from wagtail.models import Site

    from .settings import AgencySettings

    if request is not None and site is not None:
        if Site.find_for_request(request) == site:
            from ..chrome import for_request

            identity = for_request(request).identity
            if identity is not None:
                return identity
    return AgencySettings.for_site(site)


def site_link():
    """The ``site`` field of the package's site settings, replacing
    ``BaseSiteSetting``'s: its reverse accessor ``site.wagtail_nd43_<model>`` does
    not clash with a host setting of the same name."""
    from wagtail.models import Site

    return models.OneToOneField(
        Site,
        unique=True,
        db_index=True,
        editable=False,
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s",
    )


class SiteScopedQuerySet(models.QuerySet):
    def for_site(self, site):
        """Items shown on ``site``: its own and the province-wide ones (no site).
        Without a site, only the province-wide ones."""
        if site is None:
            return self.filter(site__isnull=True)
        site_id = site if isinstance(site, int) else site.pk
        return self.filter(Q(site__isnull=True) | Q(site_id=site_id))


class SiteScopedMixin(models.Model):
    """Shown on one agency site, or, with no site, on every site of the province
    (a province campaign, a national mourning period). See
    ``docs/how-to/province-portal.md``."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site (empty: whole province)"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "The agency site that shows it. With none chosen, every site of the "
            "province shows it (only people allowed to publish province-wide may "
            "choose none)."
        ),
    )

    class Meta:
        abstract = True

    @property
    def is_province_wide(self):
        return self.site_id is None

    @property
    def shown_on(self):
        """Where it is shown, in words for the admin listing."""
        if self.site_id is None:
            return _("Whole province")
        return self.site.site_name or self.site.hostname

    def shown_on_site_ids(self):
        """The ids of the sites showing it now or before the change being saved
        (``None``: every site). A site chosen before and replaced by another
        still has the old item in its cached pages."""
        before = getattr(self, "_nd43_site_before", self.site_id)
        if self.site_id is None or before is None:
            return None
        return {self.site_id, before}
