"""``manage.py load_demo_history``: a few weeks of compliance history for the demo's
agency sites, so the province overview has a chart and changes to show. For the
local demo only: the rows are made up (each earlier week, a few more requirements
fail), and today's real evaluation is stored afterwards by
``nd43_check --all-sites --store``."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail_nd43.compliance import evaluate
from wagtail_nd43.compliance.history import record_values
from wagtail_nd43.models import ComplianceEvaluation, agency_sites


#: How many weeks back, and how many requirements fail per week back.
WEEKS = 4
PER_WEEK = 2


class Command(BaseCommand):
    help = (
        "Write made-up compliance history (the last few weeks) for every agency "
        "site of the demo, unless a site already has history. Demo only."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        for site in agency_sites():
            if ComplianceEvaluation.objects.filter(site=site).exists():
                self.stdout.write(f"{site}: history already there; left unchanged.")
                continue
            report = evaluate(site)
            required = [f.id for f in report.findings if f.required and f.scored]
            for weeks_back in range(WEEKS, 0, -1):
                failing = required[: weeks_back * PER_WEEK + site.pk % 3]
                statuses = {f.id: f.status for f in report.findings}
                statuses.update(dict.fromkeys(failing, "missing"))
                ok = sum(1 for rid in required if statuses[rid] == "ok")
                record_values(
                    {"site": site},
                    day=today - datetime.timedelta(weeks=weeks_back),
                    profile=report.profile.name,
                    level=report.level or "",
                    score=ok / len(required) if required else 1.0,
                    required_ok=ok,
                    required_applicable=len(required),
                    statuses=statuses,
                    failing=[rid for rid in required if statuses[rid] != "ok"],
                    computed_at=timezone.now() - datetime.timedelta(weeks=weeks_back),
                )
            self.stdout.write(f"{site}: {WEEKS} weeks of demo history written.")
