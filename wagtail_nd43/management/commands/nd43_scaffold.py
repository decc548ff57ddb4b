import sys
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.models import Site

from ...models import AgencySettings
from ...rulebook import LEVELS, get_profile, profile_names
from ...scaffold import CREATED, MOVED, ScaffoldError, create_site, restore, scaffold
from ..sites import add_site_argument, find_site


@contextmanager
def scaffold_transaction(dry_run):
    """One transaction around a command's work: rolled back for a dry run, and a
    :class:`ScaffoldError` becomes a ``CommandError`` (exit status 1)."""
    try:
        with transaction.atomic():
            yield
            if dry_run:
                transaction.set_rollback(True)
    except ScaffoldError as error:
        raise CommandError(str(error)) from error


def add_build_arguments(parser):
    """``--no-workflow`` and ``--dry-run``, shared with ``nd43_add_site``."""
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


class Command(BaseCommand):
    help = (
        "Build the page tree the regulation requires (idempotent). By default the "
        "tree goes under the site's existing home page and no Site root changes "
        "(a fresh Wagtail welcome page is replaced). --hostname builds on a new "
        "site; --replace-root (with confirmation or --yes) points the site at the "
        "agency home page; --restore undoes what the scaffold did. Exit status 0 "
        "on success, 1 when the tree cannot be built, 2 on bad usage or a refused "
        "confirmation."
    )

    def add_arguments(self, parser):
        add_site_argument(parser)
        parser.add_argument(
            "--hostname",
            help=(
                "Build on the site with this hostname (and --port), creating it "
                "with a new agency home page as its root if there is none."
            ),
        )
        parser.add_argument(
            "--port", type=int, default=80, help="Port of the --hostname site."
        )
        parser.add_argument(
            "--site-name", default="", help="Name of a site created by --hostname."
        )
        parser.add_argument(
            "--replace-root",
            action="store_true",
            help=(
                "Point the site at the agency home page, replacing its root page "
                "(pages under the old root stop answering). Asks for confirmation "
                "unless --yes; the old root is remembered for --restore."
            ),
        )
        parser.add_argument(
            "--restore",
            action="store_true",
            help=(
                "Undo the scaffold on the site: point it back to the root page it "
                "had (delete a site the scaffold created); keep the agency pages "
                "unless --delete-pages. Asks for confirmation unless --yes."
            ),
        )
        parser.add_argument(
            "--delete-pages",
            action="store_true",
            help="With --restore: also delete the agency home page and its subtree.",
        )
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Confirm --replace-root or --restore without asking (for scripts).",
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
        add_build_arguments(parser)

    def handle(self, *args, **options):
        if options["site"] and options["hostname"]:
            raise CommandError(_("Pass --site or --hostname, not both."), returncode=2)
        if options["delete_pages"] and not options["restore"]:
            raise CommandError(_("--delete-pages goes with --restore."), returncode=2)
        if options["restore"]:
            return self._restore(options)
        if options["replace_root"] and not options["dry_run"]:
            self._confirm(
                options,
                _(
                    "The site's root page will be replaced by the agency home page: "
                    "every page under the current root stops answering at its "
                    "address until --restore."
                ),
            )
        # One transaction with the scaffold's: reading the identity setting
        # creates it when missing, and a refused or dry run must leave nothing.
        with scaffold_transaction(options["dry_run"]):
            site, site_created = self._site_for(options)
            identity = AgencySettings.for_site(site)
            level = options["level"] or identity.level
            profile = get_profile(options["profile"] or identity.profile)
            result = scaffold(
                site,
                profile,
                level,
                dry_run=options["dry_run"],
                workflow=not options["no_workflow"],
                replace_root=options["replace_root"],
            )
        if site_created:
            result.site_changes.insert(
                0,
                _("Site %(site)s is created, with a new agency home page as its root.")
                % {"site": site},
            )

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
        heading = (
            _("Site records and the host's pages (dry run, nothing is written):")
            if options["dry_run"]
            else _("Site records and the host's pages:")
        )
        self.stdout.write(heading)
        for change in result.site_changes:
            self.stdout.write(f"  {change}")
        for step in result.steps:
            label = labels.get(step.status, _("already present"))
            style = self.style.SUCCESS if step.status == CREATED else str
            self.stdout.write(f"{'  ' * step.depth}{step.title} — {style(label)}")
        for role in result.roles:
            if role.created:
                label = role.done or labels[CREATED]
            else:
                label = _("already present")
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

    def _restore(self, options):
        site = find_site(options["site"]) if not options["hostname"] else None
        if site is None:
            site = Site.objects.filter(
                hostname=options["hostname"], port=options["port"]
            ).first()
            if site is None:
                raise CommandError(
                    _("No site with hostname “%(site)s”.")
                    % {"site": options["hostname"]},
                    returncode=2,
                )
        if not options["dry_run"]:
            self._confirm(
                options,
                _("The scaffold on site %(site)s will be undone.") % {"site": site},
            )
        with scaffold_transaction(options["dry_run"]):
            changes = restore(site, delete_pages=options["delete_pages"])
        if options["dry_run"]:
            self.stdout.write(_("Dry run, nothing is written:"))
        for change in changes:
            self.stdout.write(change)

    def _confirm(self, options, message):
        """Ask before a change that can take pages offline; ``--yes`` answers for
        scripts, and without a terminal to ask on the command refuses (exit 2)."""
        if options["yes"]:
            return
        if not sys.stdin.isatty():
            raise CommandError(
                _("%(message)s Refused: pass --yes to confirm without a terminal.")
                % {"message": message},
                returncode=2,
            )
        answer = input(
            str(_("%(message)s Continue? Type “yes”: ")) % {"message": message}
        )
        if answer.strip().lower() not in ("yes", "y", "có", "co"):
            raise CommandError(_("Cancelled; nothing was changed."), returncode=2)

    def _site_for(self, options):
        """The site to build on, and whether this run created it (--hostname)."""
        if not options["hostname"]:
            return find_site(options["site"]), False
        try:
            return create_site(
                options["hostname"], options["port"], options["site_name"]
            )
        except ScaffoldError as error:
            raise CommandError(str(error)) from error
