"""The ``--site`` option the management commands share."""

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site


def add_site_argument(parser):
    parser.add_argument(
        "--site", help="Site id or hostname (default: the default site)."
    )


def find_site(value, returncode=1):
    """The site ``value`` names (its id or its hostname), or the default site when
    ``value`` is ``None``; a :class:`CommandError` with ``returncode`` otherwise.

    Only ASCII digits are an id: ``"²".isdigit()`` is true, but ``int("²")`` fails.
    """
    if value is None:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError(
                _("There is no default site; pass --site."), returncode=returncode
            )
        return site
    value = str(value)
    is_id = value.isascii() and value.isdigit()
    lookup = {"pk": int(value)} if is_id else {"hostname": value}
    sites = list(Site.objects.filter(**lookup)[:2])
    if not sites:
        raise CommandError(
            _("No site with id or hostname “%(site)s”.") % {"site": value},
            returncode=returncode,
        )
    if len(sites) > 1:
        raise CommandError(
            _(
                "Several sites use the hostname “%(site)s” (on different ports); "
                "pass the site's id instead."
            )
            % {"site": value},
            returncode=returncode,
        )
    return sites[0]


def find_agency_site(value):
    """:func:`find_site`, which must be an agency site (the commands that read the
    compliance of one refuse the others); a :class:`CommandError` with exit status
    2 otherwise."""
    from ..models import agency_sites

    site = find_site(value, returncode=2)
    if not agency_sites().filter(pk=site.pk).exists():
        raise CommandError(
            _(
                "Site %(site)s is not an agency site (no scaffold record, agency "
                "home page or agency name): it is not checked. Run nd43_scaffold "
                "on it, or pass --site with an agency site."
            )
            % {"site": site},
            returncode=2,
        )
    return site
