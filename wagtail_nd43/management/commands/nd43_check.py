"""``manage.py nd43_check``: the compliance report for people (text) or machines
(JSON), with an exit status for CI and monitoring.

Exit status: 0 when no finding fails at the ``--fail-on`` level or worse, 1 when
one does, 2 on bad usage (unknown option or site, or a site that is not an agency site:
only agency sites are checked). Levels nest: ``missing`` fails on
missing, empty and incomplete findings; ``stale`` also on out-of-date ones; ``late``
(the default) also on late ones, i.e. on every failing finding. Only required
findings count unless ``--include-recommended`` is given.

``--all-sites`` checks every agency site of the installation and reads the
report of each agency hosted elsewhere (``RemoteAgency``): the exit status is 1
when any of them fails (an agency that cannot be read is listed as unreachable
and does not change it), and ``--format json`` gives, per agency, what the
inspector's overview shows.
"""

import json
import logging

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ...compliance import FAIL_LEVELS, LATE, OK, evaluate
from ...compliance.history import latest_evaluation, record, remote_row, site_row
from ...compliance.remote import mark_unreachable, read
from ...compliance.render import verify_rendered
from ...compliance.stored import store
from ...models import RemoteAgency, agency_sites
from ...rulebook import LEVELS, profile_names
from ..sites import add_site_argument, find_agency_site


logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Check a site against its regulation (Decree 43 by default) and list what "
        "is missing, empty, incomplete, out of date or published late. Exit status "
        "0: nothing fails at the --fail-on level; 1: something does; 2: bad usage. "
        "--fail-on missing fails on missing, empty or incomplete findings; stale "
        "adds out-of-date ones; late (default) adds late ones, i.e. any failing "
        "required finding."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        add_site_argument(parser)
        parser.add_argument(
            "--format",
            choices=("text", "json"),
            default="text",
            help="text for people (default), json for machines.",
        )
        parser.add_argument(
            "--fail-on",
            choices=tuple(FAIL_LEVELS),
            default=LATE,
            help=(
                "Exit 1 when a finding fails at this level or worse: missing "
                "(missing, empty, incomplete) ⊂ stale (+ out of date) ⊂ late "
                "(+ published late). Default: late, i.e. any failing finding."
            ),
        )
        parser.add_argument(
            "--include-recommended",
            action="store_true",
            help="Let failing recommended findings set the exit status too.",
        )
        parser.add_argument(
            "--render",
            action="store_true",
            help=(
                "Also open each evidence page as an anonymous visitor (one request "
                "per section) and fail findings whose page does not answer or does "
                "not show what they rest on."
            ),
        )
        parser.add_argument(
            "--profile",
            choices=profile_names(),
            help="Regulation profile (default: the one in the identity setting).",
        )
        parser.add_argument(
            "--store",
            action="store_true",
            help=(
                "Keep the result for the admin dashboard, which then reads it "
                "instead of evaluating on each load (run it periodically, e.g. "
                "hourly from cron)."
            ),
        )

        parser.add_argument(
            "--all-sites",
            action="store_true",
            help=(
                "Check every agency site of this installation and read the report "
                "of every agency hosted elsewhere (RemoteAgency); text: a line per "
                "agency with its score, then its oldest failure and what changed "
                "since the previous stored day; json: one object with a list of "
                "sites. With --store, also keep each agency's day in the compliance "
                "history and whether an agency elsewhere could be read; without "
                "it, nothing is kept: an agency that cannot be read is listed as "
                "unreachable but not recorded as such (run it daily from cron)."
            ),
        )

    def handle(self, *args, **options):
        if options["all_sites"]:
            if options["site"] is not None:
                raise CommandError(
                    _("Pass either --site or --all-sites, not both."), returncode=2
                )
            return self._all_sites(options)
        site = find_agency_site(options["site"])
        report = evaluate(site, profile=options["profile"])
        if options["render"]:
            report = verify_rendered(report)
        if options["store"]:
            store(report)
        if options["format"] == "json":
            self.stdout.write(
                json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
            )
        else:
            self._write_text(report)
        failing = report.failing(
            options["fail_on"], include_recommended=options["include_recommended"]
        )
        if failing:
            raise CommandError(
                _("%(count)d findings fail at level “%(level)s”.")
                % {"count": len(failing), "level": options["fail_on"]},
                returncode=1,
            )

    def _all_sites(self, options):
        """Every agency site, evaluated once each; the exit status says whether
        any of them fails at the ``--fail-on`` level."""
        failing_sites = 0
        rows = []
        for site in agency_sites():
            report = evaluate(site, profile=options["profile"])
            if options["render"]:
                report = verify_rendered(report)
            if options["store"]:
                evaluation = store(report).evaluation
            else:
                evaluation = record(report, save=False)
            rows.append(site_row(site, evaluation))
            if report.failing(
                options["fail_on"], include_recommended=options["include_recommended"]
            ):
                failing_sites += 1
        for remote in RemoteAgency.objects.filter(active=True):
            try:
                with transaction.atomic():
                    reading = read(remote, store=options["store"])
                    evaluation = reading.evaluation or latest_evaluation(remote=remote)
            except Exception as error:
                # One agency's surprise must not cost the others their reading.
                logger.exception("Reading the agency %s (%s) failed", remote, remote.pk)
                reading = mark_unreachable(
                    remote,
                    _("unexpected error (%(error)s), see the server log")
                    % {"error": type(error).__name__},
                    store=options["store"],
                )
                evaluation = latest_evaluation(remote=remote)
            rows.append(remote_row(remote, evaluation))
            if reading.failing(
                options["fail_on"], include_recommended=options["include_recommended"]
            ):
                failing_sites += 1
        if options["format"] == "json":
            self.stdout.write(
                json.dumps(
                    {"sites": [row.to_dict() for row in rows]},
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for row in rows:
                self._write_row(row)
        if failing_sites:
            raise CommandError(
                _("%(count)d agency sites fail at level “%(level)s”.")
                % {"count": failing_sites, "level": options["fail_on"]},
                returncode=1,
            )

    def _write_row(self, row):
        if row.unreachable_since is not None:
            self.stdout.write(
                self.style.ERROR(
                    _("%(name)s (%(host)s): unreachable since %(date)s — %(error)s")
                    % {
                        "name": row.name,
                        "host": row.hostname,
                        "date": timezone.localtime(row.unreachable_since).strftime(
                            "%d/%m/%Y %H:%M"
                        ),
                        "error": row.remote.last_error,
                    }
                )
            )
        if row.evaluation is None:
            return
        self.stdout.write(
            _("%(name)s (%(host)s) — %(level)s — %(score)s — %(count)d failing")
            % {
                "name": row.name,
                "host": row.hostname,
                "level": row.level_label,
                "score": row.score_display,
                "count": row.failing_count,
            }
        )
        oldest = row.oldest_failure
        if oldest is not None:
            self.stdout.write(
                "    "
                + _("Oldest failure: %(id)s, failing since %(date)s (%(days)d days)")
                % {
                    "id": oldest.id,
                    "date": oldest.since.strftime("%d/%m/%Y"),
                    "days": oldest.age_days,
                }
            )
        for change in row.newly_failing:
            self.stdout.write("    + " + _("newly failing: %(id)s") % {"id": change.id})
        for change in row.newly_passing:
            self.stdout.write("    − " + _("newly met: %(id)s") % {"id": change.id})

    def _write_text(self, report):
        self.stdout.write(
            _("%(profile)s — %(level)s — site %(site)s")
            % {
                "profile": report.profile.title_vi,
                "level": LEVELS.get(report.level, report.level),
                "site": report.site,
            }
        )
        self.stdout.write(
            _("Score: %(ok)d of %(total)d required requirements met (%(percent)d%%).")
            % {
                "ok": report.required_ok,
                "total": report.required_applicable,
                "percent": report.score_percent,
            }
        )
        for note in report.notes:
            self.stdout.write(self.style.WARNING(str(note)))
        for finding in report.findings:
            style = (
                self.style.SUCCESS
                if finding.status == OK
                else (self.style.ERROR if finding.is_failing else self.style.WARNING)
            )
            self.stdout.write("")
            self.stdout.write(
                f"[{style(str(finding.status_label))}] {finding.id} "
                f"({finding.severity_label}) {finding.title}"
            )
            self.stdout.write(f"    {finding.citation}")
            self.stdout.write(f"    {finding.message}")
            for note in finding.notes:
                self.stdout.write(f"    {note}")
            if finding.evidence_url:
                self.stdout.write(f"    {finding.evidence_url}")
