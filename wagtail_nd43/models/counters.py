"""Daily totals of page views and site visits (CV412-6).

One row per page per day and per site per day: totals for a day, a month, a year or
a section are sums over a few rows, and writers never contend on one global row.
No visitor data is stored: only counts.
"""

import swapper
from django.db import models
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


swapper.set_app_prefix("wagtailcore", "wagtail")


class PageViewDay(models.Model):
    page = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="nd43_view_days",
    )
    day = models.DateField(_("day"))
    views = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views per day")
        verbose_name_plural = _("page views per day")
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="nd43_page_day_unique")
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"

    @classmethod
    def total_for(cls, page):
        """All views of ``page``, one query."""
        return cls.objects.filter(page=page).aggregate(n=Sum("views"))["n"] or 0


class SiteVisitDay(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="nd43_visit_days",
    )
    day = models.DateField(_("day"))
    visits = models.PositiveBigIntegerField(_("visits"), default=0)

    class Meta:
        verbose_name = _("site visits per day")
        verbose_name_plural = _("site visits per day")
        constraints = [
            models.UniqueConstraint(fields=["site", "day"], name="nd43_site_day_unique")
        ]

    def __str__(self):
        return f"{self.site_id} {self.day}: {self.visits}"

    @classmethod
    def summary(cls, site, today=None):
        """Visits today, this month, this year and in total: one query."""
        today = today or timezone.localdate()
        month = today.replace(day=1)
        year = today.replace(month=1, day=1)
        totals = cls.objects.filter(site=site).aggregate(
            today=Sum("visits", filter=Q(day=today)),
            month=Sum("visits", filter=Q(day__gte=month, day__lte=today)),
            year=Sum("visits", filter=Q(day__gte=year, day__lte=today)),
            total=Sum("visits"),
        )
        return {key: value or 0 for key, value in totals.items()}


class CounterFlushBatch(models.Model):
    """A batch of counts moved from the cache into the daily rows.

    Written in the same transaction as the counts it adds: a batch whose id is
    here has been applied, so a flush that was interrupted never applies it twice.
    """

    batch_id = models.CharField(_("batch"), max_length=64, unique=True)
    flushed_at = models.DateTimeField(_("flushed at"), default=timezone.now)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    views = models.PositiveBigIntegerField(_("views"), default=0)
    visits = models.PositiveBigIntegerField(_("visits"), default=0)
    dropped = models.PositiveBigIntegerField(
        _("dropped"),
        default=0,
        help_text=_("Counts of pages or sites deleted before the flush."),
    )

    class Meta:
        verbose_name = _("counter flush")
        verbose_name_plural = _("counter flushes")
        ordering = ["-flushed_at"]

    def __str__(self):
        return self.batch_id


__all__ = ["CounterFlushBatch", "PageViewDay", "SiteVisitDay"]
