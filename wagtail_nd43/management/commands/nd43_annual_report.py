"""``manage.py nd43_annual_report``: the agency's annual report on its portal
(Decree 43/2011 Art. 30.5: sent to the Ministry before 1 December every year).

For one site and one calendar year (default: this year): items published and
updated per section, deadlines met and missed, visits per month when the counters
hold data, and the compliance score — as Vietnamese text, a printable HTML document,
CSV or JSON. Exit status 0 when the report was written, 2 on bad usage (unknown
site, a year that is not a year or not yet come, a file that cannot be written).
"""

import csv
import io
import json

from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from ...compliance.annual import AnnualReportError, build_annual_report
from ...rulebook import LEVELS
from ..sites import add_site_argument, find_agency_site


FORMATS = ("text", "html", "csv", "json")
INDENT = "  "


class Command(BaseCommand):
    help = (
        "Write the annual report on the portal (Decree 43/2011 Art. 30.5): items "
        "published and updated per section, deadlines met and missed, visits per "
        "month and the compliance score, for one calendar year. Exit status 2 on "
        "bad usage."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        add_site_argument(parser)
        parser.add_argument(
            "--year", help="Calendar year of the report (default: this year)."
        )
        parser.add_argument(
            "--format",
            choices=FORMATS,
            default="text",
            help="text (default), html (printable), csv or json.",
        )
        parser.add_argument(
            "--output", help="File to write (default: standard output)."
        )

    def handle(self, *args, **options):
        # The report is a Vietnamese document, whatever language the shell uses.
        with translation.override("vi"):
            site = find_agency_site(options["site"])
            year = options["year"] or timezone.localdate().year
            try:
                report = build_annual_report(site, year)
            except AnnualReportError as error:
                raise CommandError(str(error), returncode=2) from error
            text = getattr(self, f"_render_{options['format']}")(report)
        if options["output"]:
            try:
                with open(options["output"], "w", encoding="utf-8", newline="") as f:
                    f.write(text)
            except OSError as error:
                raise CommandError(
                    _("Cannot write the file “%(file)s”: %(error)s")
                    % {"file": options["output"], "error": error.strerror},
                    returncode=2,
                ) from error
        else:
            self.stdout.write(text, ending="")

    # -- formats -----------------------------------------------------------------

    def _render_json(self, report):
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def _render_html(self, report):
        return render_to_string(
            "wagtail_nd43/reports/annual_report.html",
            {"report": report, "level": LEVELS.get(report.level, report.level)},
        )

    def _render_csv(self, report):
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([_("Part"), _("Code"), _("Item"), _("Measure"), _("Value")])
        part = _("Sections")
        for row in report.sections:
            writer.writerow([part, row.key, row.title, _("published"), row.published])
            writer.writerow([part, row.key, row.title, _("updated"), row.updated])
        part = _("Deadlines")
        for row in report.deadlines:
            writer.writerow([part, row.requirement, row.title, _("met"), row.met])
            writer.writerow([part, row.requirement, row.title, _("missed"), row.missed])
        if report.visits_by_month is not None:
            part = _("Visits")
            for month, visits in report.visits_by_month:
                label = _("month %(month)d") % {"month": month}
                writer.writerow([part, f"{report.year}-{month:02d}", label, "", visits])
            writer.writerow([part, "", _("Page views"), "", report.page_views])
        compliance = report.compliance
        writer.writerow(
            [
                _("Compliance"),
                report.profile.name,
                report.profile.title_vi,
                _("required items met"),
                f"{compliance.required_ok}/{compliance.required_applicable}",
            ]
        )
        return out.getvalue()

    def _render_text(self, report):
        lines = [
            _("ANNUAL REPORT ON THE PORTAL, YEAR %(year)d") % {"year": report.year},
            _("Agency: %(agency)s") % {"agency": report.agency},
            _("Regulation: %(profile)s — %(level)s")
            % {
                "profile": report.profile.title_vi,
                "level": LEVELS.get(report.level, report.level),
            },
            _("Made on: %(date)s")
            % {
                "date": formats.date_format(
                    timezone.localtime(report.generated_at), "d/m/Y"
                )
            },
            "",
            _("1. Information published"),
        ]
        for row in report.sections:
            lines.append(
                INDENT * (row.depth + 1)
                + _("%(section)s: %(published)d new, %(updated)d updated")
                % {
                    "section": row.title,
                    "published": row.published,
                    "updated": row.updated,
                }
            )
        lines.append(
            INDENT
            + _("Total: %(published)d new items, %(updated)d updated")
            % {"published": report.published, "updated": report.updated}
        )
        lines += ["", _("2. Deadlines")]
        if not report.deadlines:
            lines.append(INDENT + _("The regulation sets no publication deadline."))
        for row in report.deadlines:
            lines.append(
                INDENT
                + _(
                    "%(id)s %(title)s (within %(limit)s): %(met)d on time, "
                    "%(missed)d late"
                )
                % {
                    "id": row.requirement,
                    "title": row.title,
                    "limit": row.limit,
                    "met": row.met,
                    "missed": row.missed,
                }
            )
        lines += ["", _("3. Visits")]
        if report.visits_by_month is None:
            lines.append(INDENT + _("No visit counts were recorded this year."))
        else:
            for month, visits in report.visits_by_month:
                lines.append(
                    INDENT
                    + _("Month %(month)d: %(visits)s visits")
                    % {"month": month, "visits": formats.number_format(visits, 0, True)}
                )
            lines.append(
                INDENT
                + _("Total: %(visits)s visits, %(views)s page views")
                % {
                    "visits": formats.number_format(report.visits, 0, True),
                    "views": formats.number_format(report.page_views, 0, True),
                }
            )
        compliance = report.compliance
        lines += [
            "",
            _("4. Compliance"),
            INDENT
            + _("%(ok)d of %(total)d required items met (%(percent)d%%).")
            % {
                "ok": compliance.required_ok,
                "total": compliance.required_applicable,
                "percent": compliance.score_percent,
            },
        ]
        for finding in report.unmet:
            lines.append(
                f"{INDENT}- {finding.id} {finding.title}: {finding.status_label}"
            )
        return "\n".join(lines) + "\n"
