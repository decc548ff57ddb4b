"""The last compliance evaluation of each site, kept so that the dashboard reads one
row per site instead of evaluating every requirement on each load (issue 15)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site


class ComplianceResult(models.Model):
    """Written by ``nd43_check --store``, the compliance report and the dashboard
    (for a site evaluated for the first time); see ``compliance/stored.py``."""

    site = models.OneToOneField(
        Site,
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    profile = models.CharField(_("regulation profile"), max_length=50)
    level = models.CharField(_("agency level"), max_length=50, blank=True)
    score = models.FloatField(_("score"))
    required_ok = models.PositiveIntegerField(_("required items met"))
    required_applicable = models.PositiveIntegerField(_("required items evaluated"))
    counts = models.JSONField(_("findings per status"), default=dict)
    worst = models.JSONField(_("most urgent findings"), default=list)
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        verbose_name = _("compliance result")
        verbose_name_plural = _("compliance results")

    def __str__(self):
        return f"{self.site} — {round(self.score * 100)}%"
