from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.models import Site

from ...models import AgencySettings
from ...rulebook import LEVELS, get_profile, profile_names
from ...scaffold import CREATED, MOVED, ScaffoldError, scaffold


class Command(BaseCommand):
    help = "Build the page tree the regulation requires (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site",
            help="Site id or hostname (default: the default site).",
        )
        parser.add_argument(
            "--level",
            choices=list(LEVELS),
            help="Agency level (default: the one in the agency identity setting).",
        )
        parser.add_argument(
            "--profile",
            choices=profile_names(),
            help="Regulation profile (default: the one in the identity setting).",
        )
        parser.add_argument(
            "--no-workflow",
            action="store_true",
            help="Do not create the editorial board's approval workflow.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print the tree that would be built and write nothing.",
        )

    def handle(self, *args, **options):
        site = self._site(options["site"])
        try:
            # One transaction with the scaffold's: reading the identity setting
            # creates it when missing, and a refused or dry run must leave nothing.
            with transaction.atomic():
                identity = AgencySettings.for_site(site)
                level = options["level"] or identity.level
                profile = get_profile(options["profile"] or identity.profile)
                result = scaffold(
                    site,
                    profile,
                    level,
                    dry_run=options["dry_run"],
                    workflow=not options["no_workflow"],
                )
                if options["dry_run"]:
                    transaction.set_rollback(True)
        except ScaffoldError as error:
            raise CommandError(str(error)) from error

        labels = {
            CREATED: _("would be created")
            if options["dry_run"]
            else pgettext("scaffold result", "created"),
            MOVED: _("present (moved)"),
        }
        self.stdout.write(
            _("Profile %(profile)s, level %(level)s, site %(site)s")
            % {"profile": profile.title_vi, "level": LEVELS[level], "site": site}
        )
        for step in result.steps:
            label = labels.get(step.status, _("already present"))
            style = self.style.SUCCESS if step.status == CREATED else str
            self.stdout.write(f"{'  ' * step.depth}{step.title} — {style(label)}")
        for role in result.roles:
            label = labels[CREATED] if role.created else _("already present")
            self.stdout.write(f"{role.label} — {label}")
        if result.holidays_created:
            self.stdout.write(
                _("%(count)d holidays added to the working-day calendar.")
                % {"count": result.holidays_created}
            )
        if result.vocabularies_created:
            self.stdout.write(
                _("Legal document vocabularies: %(count)d entries created.")
                % {"count": result.vocabularies_created}
            )
        created = len(result.created)
        if options["dry_run"]:
            summary = _("Dry run: %(created)d of %(total)d sections would be created.")
        else:
            summary = _("%(created)d of %(total)d sections created.")
        self.stdout.write(summary % {"created": created, "total": len(result.steps)})
        if result.site_root_changed and not options["dry_run"]:
            self.stdout.write(
                _(
                    "The site now starts at the new agency home page; the previous "
                    "root page was kept in the page tree."
                )
            )

    def _site(self, value):
        if value is None:
            site = Site.objects.filter(is_default_site=True).first()
            if site is None:
                raise CommandError(_("There is no default site; pass --site."))
            return site
        value = str(value)
        lookup = {"pk": int(value)} if value.isdigit() else {"hostname": value}
        sites = list(Site.objects.filter(**lookup)[:2])
        if not sites:
            raise CommandError(
                _("No site with id or hostname “%(site)s”.") % {"site": value}
            )
        if len(sites) > 1:
            raise CommandError(
                _(
                    "Several sites use the hostname “%(site)s” (on different ports); "
                    "pass the site's id instead."
                )
                % {"site": value}
            )
        return sites[0]
