import re
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site

from ...conf import nd43_settings
from ...models import AgencySettings
from ...roles import MAX_SHORT_NAME_LENGTH, group_short_name, identity_short_name
from ...rulebook import ABOLISHED_LEVELS, LEVELS, profile_names
from ...scaffold import create_site
from .nd43_scaffold import add_build_arguments, scaffold_transaction


#: An ASCII host name (an international name is given in its xn-- form).
HOSTNAME = re.compile(
    r"(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    r"(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*"
)


class Command(BaseCommand):
    help = (
        "Add a component site (an agency of the province portal) in one step: the "
        "Site and its agency home page, its identity (name, short name, level, "
        "regulation), the page tree the regulation requires, and its own editorial "
        "groups and approval workflow (nd43_scaffold --site builds it again later). "
        "Exit status 0 on success, 1 when the tree cannot be built, 2 on bad input "
        "(an existing host name, an unknown or abolished level...); nothing is "
        "written unless everything succeeds."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname", required=True, help="Host name, e.g. stc.tinh.gov.vn."
        )
        parser.add_argument("--port", type=int, default=80, help="Port (default 80).")
        parser.add_argument(
            "--name",
            required=True,
            help="The agency's full Vietnamese name, e.g. “Sở Tài chính tỉnh Bình An”.",
        )
        parser.add_argument(
            "--short-name",
            default="",
            help=(
                "Abbreviation, e.g. STC; it ends the names of the agency's groups "
                "and workflow (“Biên tập viên — STC”)."
            ),
        )
        parser.add_argument("--level", required=True, choices=list(LEVELS))
        parser.add_argument(
            "--profile",
            choices=profile_names(),
            default=nd43_settings.DEFAULT_PROFILE,
            help="Regulation.",
        )
        add_build_arguments(parser)

    def handle(self, *args, **options):
        hostname = options["hostname"].strip().lower().rstrip(".")
        port = options["port"]
        name = options["name"].strip()
        self._validate(hostname, port, name, options["level"])
        self._validate_short_name(options["short_name"].strip(), name)
        output = StringIO()
        with scaffold_transaction(options["dry_run"]):
            site = self._create(hostname, port, name, options)
            call_command(
                "nd43_scaffold",
                site=str(site.pk),
                level=options["level"],
                profile=options["profile"],
                no_workflow=options["no_workflow"],
                dry_run=options["dry_run"],
                stdout=output,
                no_color=options.get("no_color", False),
            )
        if options["dry_run"]:
            self.stdout.write(_("Dry run, nothing is written:"))
        self.stdout.write(
            _(
                "Site %(site)s is created for “%(name)s”, with a new agency home "
                "page as its root."
            )
            % {"site": f"{hostname}:{port}", "name": name}
        )
        self.stdout.write(output.getvalue(), ending="")

    def _validate(self, hostname, port, name, level):
        if not HOSTNAME.fullmatch(hostname):
            raise CommandError(
                _(
                    "“%(hostname)s” is not a host name: use letters a–z, digits, "
                    "hyphens and dots (an international name in its xn-- form)."
                )
                % {"hostname": hostname},
                returncode=2,
            )
        if not 0 < port < 65536:
            raise CommandError(_("The port must be between 1 and 65535."), returncode=2)
        if not name:
            raise CommandError(_("Give the agency's full name (--name)."), returncode=2)
        if level in ABOLISHED_LEVELS:
            raise CommandError(
                _(
                    "The level “%(level)s” was abolished on %(date)s; choose the "
                    "agency's current level."
                )
                % {
                    "level": LEVELS[level],
                    "date": ABOLISHED_LEVELS[level].strftime("%d/%m/%Y"),
                },
                returncode=2,
            )
        existing = Site.objects.filter(hostname=hostname, port=port).first()
        if existing is not None:
            raise CommandError(
                _(
                    "A site already answers at %(hostname)s:%(port)s (“%(site)s”). "
                    "To build its tree again, run nd43_scaffold --site %(id)s."
                )
                % {
                    "hostname": hostname,
                    "port": port,
                    "site": existing.site_name or existing.hostname,
                    "id": existing.pk,
                },
                returncode=2,
            )

    def _validate_short_name(self, short_name, name):
        """The agency's groups are named with its short name (its full name, cut
        to fit, when none is given): it must fit them and be no other agency's."""
        if len(short_name) > MAX_SHORT_NAME_LENGTH:
            raise CommandError(
                _(
                    "The short name “%(name)s” is too long: at most %(max)s "
                    "characters (--short-name)."
                )
                % {"name": short_name, "max": MAX_SHORT_NAME_LENGTH},
                returncode=2,
            )
        # Compared as the groups will be named: two long names that agree up to
        # the cut would share their groups.
        mine = group_short_name(short_name, name).casefold()
        taken = next(
            (
                identity
                for identity in AgencySettings.objects.select_related("site")
                if identity_short_name(identity, identity.site).casefold() == mine
            ),
            None,
        )
        if taken is not None:
            raise CommandError(
                _(
                    "The short name “%(name)s” is already used by “%(site)s”: its "
                    "groups would be shared. Give another one (--short-name)."
                )
                % {
                    "name": short_name or name,
                    "site": taken.full_name or taken.site,
                },
                returncode=2,
            )

    def _create(self, hostname, port, name, options):
        site, _created = create_site(hostname, port, name)
        identity = AgencySettings.for_site(site)
        identity.full_name = name
        identity.short_name = options["short_name"].strip()
        identity.level = options["level"]
        identity.profile = options["profile"]
        identity.save()
        return site
