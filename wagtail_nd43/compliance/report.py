"""What the checker returns: a :class:`Finding` per requirement and a :class:`Report`."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..rulebook import MEMORY, REQUIRED, SECONDARY


OK = "ok"
MISSING = "missing"
EMPTY = "empty"
INCOMPLETE = "incomplete"
STALE = "stale"
LATE = "late"
NOT_EVALUATED = "not_evaluated"

STATUSES = {
    OK: _("OK"),
    MISSING: _("Missing"),
    EMPTY: _("Empty"),
    INCOMPLETE: _("Incomplete"),
    STALE: _("Out of date"),
    LATE: _("Published late"),
    NOT_EVALUATED: _("Not checked automatically"),
}
#: Worst first: how a list of findings is sorted when "worst items" are shown.
SEVERITY_ORDER = (MISSING, EMPTY, INCOMPLETE, STALE, LATE, NOT_EVALUATED, OK)

#: ``--fail-on`` levels, each failing on its own statuses and every worse one:
#: ``missing`` ⊂ ``stale`` ⊂ ``late``. "Missing" covers what is absent or not
#: filled (missing, empty, incomplete); "stale" adds out-of-date content; "late"
#: adds content published after its deadline, i.e. every failing status.
FAIL_LEVELS = {
    MISSING: frozenset({MISSING, EMPTY, INCOMPLETE}),
    STALE: frozenset({MISSING, EMPTY, INCOMPLETE, STALE}),
    LATE: frozenset({MISSING, EMPTY, INCOMPLETE, STALE, LATE}),
}
FAILING = FAIL_LEVELS[LATE]

#: What the report says of a rule whose wording was not read in the text itself
#: (requirements.md §0); verified rows and the HCMC letter need no remark.
CONFIDENCE_NOTES = {
    SECONDARY: _(
        "The wording of this rule is known from a secondary source, not from the "
        "official text: check it against the text before relying on it."
    ),
    MEMORY: _(
        "This rule is written from memory and has not been checked against a "
        "text: treat it as a recommendation until it is verified."
    ),
}


def absolute_admin_url(path):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if path and base and path.startswith("/"):
        return base.rstrip("/") + path
    return path


@dataclass
class Finding:
    requirement: object  # rulebook Requirement
    status: str
    message: str
    evidence_url: str = ""
    admin_url: str = ""
    #: Further remarks for the reader (e.g. that the wording of the rule comes
    #: from a secondary source); :attr:`notes` adds the rulebook's own.
    extra_notes: list = field(default_factory=list)

    @property
    def id(self):
        return self.requirement.id

    @property
    def title(self):
        return self.requirement.title_vi

    @property
    def severity(self):
        return self.requirement.severity

    @property
    def required(self):
        return self.requirement.severity == REQUIRED

    @property
    def citation(self):
        return self.requirement.source.citation()

    @property
    def group(self):
        return group_of(self.requirement)

    @property
    def confidence(self):
        return self.requirement.source.confidence

    @property
    def notes(self):
        """What the reader should know besides the message: how sure the
        catalogue is of the rule's wording, and the evaluator's remarks."""
        notes = []
        if self.confidence in CONFIDENCE_NOTES:
            notes.append(str(CONFIDENCE_NOTES[self.confidence]))
        return notes + [str(note) for note in self.extra_notes]

    @property
    def display_message(self):
        """The message followed by the notes, as the report shows it."""
        return " ".join([str(self.message), *self.notes])

    @property
    def scored(self):
        return self.required and self.status != NOT_EVALUATED

    @property
    def is_ok(self):
        return self.status == OK

    @property
    def is_failing(self):
        return self.status in FAILING

    @property
    def status_label(self):
        return STATUSES[self.status]

    @property
    def severity_label(self):
        return _("Required") if self.required else _("Recommended")

    def to_dict(self):
        return {
            "requirement": self.id,
            "title": self.title,
            "severity": self.severity,
            "status": self.status,
            "scored": self.scored,
            "message": str(self.message),
            "citation": self.citation,
            "group": self.group,
            "url": self.evidence_url or None,
            "admin_url": absolute_admin_url(self.admin_url) or None,
            "confidence": self.confidence,
            "notes": self.notes,
        }


def group_of(requirement):
    """The article a requirement belongs to, e.g. “Điều 10 Nghị định 43/2011/NĐ-CP”."""
    source = requirement.source
    if source.article:
        return f"Điều {source.article} {source.document}"
    return source.document


@dataclass
class Report:
    site: object
    profile: object  # rulebook Profile
    level: str
    findings: list
    evaluated_at: object = field(default_factory=timezone.now)
    #: Remarks on the evaluation as a whole (e.g. an abolished agency level).
    notes: list = field(default_factory=list)

    @property
    def scored(self):
        return [f for f in self.findings if f.scored]

    @property
    def required_ok(self):
        return sum(1 for f in self.scored if f.is_ok)

    @property
    def required_applicable(self):
        return len(self.scored)

    @property
    def score(self):
        """Required findings met over required findings evaluated (1.0 when none)."""
        if not self.required_applicable:
            return 1.0
        return self.required_ok / self.required_applicable

    @property
    def score_percent(self):
        return round(self.score * 100)

    def counts(self):
        counts = dict.fromkeys(STATUSES, 0)
        for finding in self.findings:
            counts[finding.status] += 1
        return counts

    def failing(self, level=LATE, include_recommended=False):
        """Findings failing at ``level`` or worse (see :data:`FAIL_LEVELS`)."""
        statuses = FAIL_LEVELS[level]
        return [
            f
            for f in self.findings
            if f.status in statuses and (f.required or include_recommended)
        ]

    def worst(self, count=5):
        """The failing required findings, worst status first, then rulebook order."""
        order = {status: index for index, status in enumerate(SEVERITY_ORDER)}
        failing = [f for f in self.findings if f.required and f.is_failing]
        return sorted(failing, key=lambda f: order[f.status])[:count]

    def groups(self):
        seen = []
        for finding in self.findings:
            if finding.group not in seen:
                seen.append(finding.group)
        return seen

    def to_dict(self):
        return {
            "profile": self.profile.name,
            "level": self.level,
            "score": round(self.score, 4),
            "required_ok": self.required_ok,
            "required_applicable": self.required_applicable,
            "site": {
                "id": self.site.pk,
                "hostname": self.site.hostname,
                "port": self.site.port,
                "name": self.site.site_name,
            },
            "evaluated_at": timezone.localtime(self.evaluated_at).isoformat(),
            "counts": self.counts(),
            "notes": [str(note) for note in self.notes],
            "findings": [finding.to_dict() for finding in self.findings],
        }
