"""Report how much of the installed Wagtail's admin is translated into Vietnamese.

Run it after upgrading Wagtail: it lists every admin msgid that still has no
Vietnamese translation (ours or Wagtail's), ready to add to
``wagtail_nd43/vi_admin/locale/vi/LC_MESSAGES/*.po``.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ...coverage import measure


class Command(BaseCommand):
    help = gettext_lazy(
        "Share of the installed Wagtail's admin messages that have a Vietnamese "
        "translation, and the list of those that have none."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--min",
            type=float,
            default=None,
            help=gettext_lazy(
                "Fail (exit status 1) below this share, in percent, e.g. 99."
            ),
        )
        parser.add_argument(
            "--language",
            default="vi",
            help=gettext_lazy("Language code (default: vi)."),
        )

    def handle(self, *args, **options):
        import wagtail

        coverage = measure(options["language"])
        self.stdout.write(
            _("Wagtail %(version)s, language %(language)s")
            % {"version": wagtail.__version__, "language": coverage.language}
        )
        for result in coverage.domains.values():
            self.stdout.write(
                _(
                    "  %(domain)s: %(translated)d of %(total)d messages translated "
                    "(%(share).1f%%); Wagtail's own catalogue: %(by_wagtail)d"
                )
                % {
                    "domain": result.domain,
                    "translated": result.translated,
                    "total": result.total,
                    "share": 100 * result.share,
                    "by_wagtail": result.by_wagtail,
                }
            )
        self.stdout.write(
            _("Total: %(translated)d of %(total)d (%(share).2f%%)")
            % {
                "translated": coverage.translated,
                "total": coverage.total,
                "share": 100 * coverage.share,
            }
        )
        missing = coverage.missing
        if missing:
            self.stdout.write(_("Missing (%(count)d):") % {"count": len(missing)})
            for message, apps in missing:
                plural = f" / {message.msgid_plural!r}" if message.msgid_plural else ""
                self.stdout.write(f"  [{', '.join(apps)}] {message.msgid!r}{plural}")
        if options["min"] is not None and 100 * coverage.share < options["min"]:
            raise CommandError(
                _("Coverage %(share).2f%% is below %(min).2f%%.")
                % {"share": 100 * coverage.share, "min": options["min"]}
            )
