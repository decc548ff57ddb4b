"""What ``nd43_scaffold`` did to a site, so that it can be undone (issue 13)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .fields import optional_link


class ScaffoldRecord(models.Model):
    """One per site the scaffold built a tree on: the mode it used, the agency home
    page it built under, and the Site root it replaced (if it replaced one).

    ``nd43_scaffold --restore`` reads it to put the Site back as it was. A site with
    a record is an *agency site*: only those are scored (see :func:`agency_sites`).
    """

    UNDER = "under"
    REPLACE = "replace"
    NEW_SITE = "new-site"
    MODES = (
        (UNDER, _("under the site's home page")),
        (REPLACE, _("replaced the site's root page")),
        (NEW_SITE, _("on a site created by the scaffold")),
    )

    site = models.OneToOneField(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="nd43_scaffold_record",
        verbose_name=_("site"),
    )
    mode = models.CharField(_("mode"), max_length=20, choices=MODES)
    home = optional_link("wagtailcore.Page", _("agency home page"), blank=False)
    previous_root = optional_link(
        "wagtailcore.Page",
        _("previous root page"),
        _("The site's root page before the scaffold replaced it."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("scaffold record")
        verbose_name_plural = _("scaffold records")

    def __str__(self):
        return f"{self.site} — {self.get_mode_display()}"


def agency_home(site):
    """The agency home page of ``site``: its root page when that is an agency home
    page (no query), else the one the scaffold built under the host's home page
    (one query, remembered on ``site``, which Wagtail keeps for the request); the
    root page otherwise. Menus and the header start from it, so the package's pages
    show the agency's sections, not the host's menu (issue 13)."""
    from django.contrib.contenttypes.models import ContentType

    from .home import AgencyHomePage

    cached = getattr(site, "_nd43_agency_home", None)
    if cached is not None:
        return cached
    home = site.root_page
    if home.content_type_id != ContentType.objects.get_for_model(AgencyHomePage).pk:
        record = (
            ScaffoldRecord.objects.filter(site=site, home__live=True)
            .select_related("home")
            .first()
        )
        if record is not None:
            home = record.home
    site._nd43_agency_home = home
    return home


def agency_sites():
    """The sites that are agency sites: a scaffold record, an agency home page as
    root, or an identity with the agency's name. Other sites of a multi-site
    install are never scored or reported on."""
    from wagtail.models import Site

    from .home import AgencyHomePage
    from .settings import AgencySettings

    named = AgencySettings.objects.exclude(full_name="").values("site_id")
    return (
        Site.objects.filter(
            models.Q(nd43_scaffold_record__isnull=False)
            | models.Q(
                root_page__content_type__model=AgencyHomePage._meta.model_name,
                root_page__content_type__app_label=AgencyHomePage._meta.app_label,
            )
            | models.Q(pk__in=named)
        )
        .select_related("root_page")
        .order_by("hostname", "port")
    )


__all__ = ["ScaffoldRecord", "agency_home", "agency_sites"]
