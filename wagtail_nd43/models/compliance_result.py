"""The last compliance evaluation of each site, kept so that the dashboard reads one
row per site instead of evaluating every requirement on each load (issue 15)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from ..rulebook import LEVELS


class StoredScore(models.Model):
    """What every stored evaluation keeps: the profile and level it was made for,
    the score and when it was computed."""

    profile = models.CharField(_("regulation profile"), max_length=50)
    level = models.CharField(_("agency level"), max_length=50, blank=True)
    score = models.FloatField(_("score"))
    required_ok = models.PositiveIntegerField(_("required items met"))
    required_applicable = models.PositiveIntegerField(_("required items evaluated"))
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        abstract = True


class ComplianceResult(StoredScore):
    """Written by ``nd43_check --store``, the compliance report and the dashboard
    (for a site evaluated for the first time); see ``compliance/stored.py``."""

    site = models.OneToOneField(
        Site,
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    counts = models.JSONField(_("findings per status"), default=dict)
    worst = models.JSONField(_("most urgent findings"), default=list)

    class Meta:
        verbose_name = _("compliance result")
        verbose_name_plural = _("compliance results")

    def __str__(self):
        return f"{self.site} — {round(self.score * 100)}%"


class RemoteAgency(models.Model):
    """An agency site that runs the package on its own server: the province's
    ``nd43_check --all-sites --store`` reads its compliance JSON endpoint
    (``/api/nd43/compliance.json`` with ``Authorization: Bearer <token>``) and keeps
    the result in the same history as the sites of this installation."""

    name = models.CharField(_("agency name"), max_length=255)
    level = models.CharField(
        _("agency level"), max_length=50, blank=True, choices=list(LEVELS.items())
    )
    base_url = models.URLField(
        _("address of the agency's portal"),
        help_text=_(
            "The portal's root address, e.g. https://sotuphap.example.gov.vn; the "
            "compliance endpoint /api/nd43/compliance.json is read under it."
        ),
    )
    token = models.CharField(
        _("access token"),
        max_length=255,
        help_text=_(
            "The value of WAGTAIL_ND43_COMPLIANCE_API_TOKEN on the agency's server "
            "(at least 32 characters)."
        ),
    )
    active = models.BooleanField(
        _("checked"),
        default=True,
        help_text=_("Untick to stop reading this agency's endpoint."),
    )
    last_success_at = models.DateTimeField(
        _("last read at"), null=True, blank=True, editable=False
    )
    unreachable_since = models.DateTimeField(
        _("unreachable since"), null=True, blank=True, editable=False
    )
    last_error = models.CharField(
        _("last error"), max_length=500, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("agency hosted elsewhere")
        verbose_name_plural = _("agencies hosted elsewhere")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        """Only an ``https://`` address (the token is sent to it), unless
        ``WAGTAIL_ND43_REMOTE_ALLOW_HTTP`` allows ``http://`` too."""
        from ..compliance.remote import address_error

        super().clean()
        if self.base_url and address_error(self.base_url):
            raise ValidationError(
                {"base_url": _("The address must start with https://.")}
            )


class ComplianceEvaluation(StoredScore):
    """One day of a site's compliance history: the last evaluation stored that day
    (re-evaluating the same day updates the day's row). Each row carries what the
    inspector's overview reads, so the overview never looks further back than the
    latest row: the status of every requirement, since when each failing one has
    failed without interruption, and what changed since the previous stored day.

    A row belongs to a site of this installation or to an agency hosted
    elsewhere (:class:`RemoteAgency`)."""

    site = models.ForeignKey(
        Site,
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
        null=True,
        blank=True,
    )
    remote = models.ForeignKey(
        RemoteAgency,
        verbose_name=_("agency hosted elsewhere"),
        on_delete=models.CASCADE,
        related_name="evaluations",
        null=True,
        blank=True,
    )
    date = models.DateField(_("date"))
    #: Requirement id → status, for every requirement evaluated.
    statuses = models.JSONField(_("status per requirement"), default=dict)
    #: Failing required requirement id → ISO date since which it has failed
    #: without interruption (from the history).
    failing_since = models.JSONField(_("failing since"), default=dict)
    newly_failing = models.JSONField(_("newly failing"), default=list)
    newly_passing = models.JSONField(_("newly passing"), default=list)
    #: The date of the stored day the changes are counted from (none for the first).
    previous_date = models.DateField(_("previous evaluation"), null=True, blank=True)

    class Meta:
        verbose_name = _("compliance evaluation")
        verbose_name_plural = _("compliance history")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "date"],
                condition=models.Q(site__isnull=False),
                name="wagtail_nd43_evaluation_site_day",
            ),
            models.UniqueConstraint(
                fields=["remote", "date"],
                condition=models.Q(remote__isnull=False),
                name="wagtail_nd43_evaluation_remote_day",
            ),
            models.CheckConstraint(
                condition=models.Q(site__isnull=False, remote__isnull=True)
                | models.Q(site__isnull=True, remote__isnull=False),
                name="wagtail_nd43_evaluation_one_agency",
            ),
        ]
        indexes = [models.Index(fields=["date"], name="wagtail_nd43_evaluation_date")]
        permissions = [
            (
                "view_province_overview",
                _("Can see the compliance overview of every agency site"),
            )
        ]

    def __str__(self):
        return f"{self.site or self.remote} {self.date} — {round(self.score * 100)}%"
