"""The holiday table behind every working-day deadline of the package.

Weekends are days off; this table lists the exceptions the government announces each
year: public holidays, compensatory or swapped days off, and the weekend days worked
instead (ngày làm bù). Editors maintain it under “Nghị định 43 > Ngày nghỉ lễ”.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..rulebook.holidays import DAY_OFF, HOLIDAY, WORKING_DAY
from .fields import optional_text, short_text


class Holiday(models.Model):
    HOLIDAY = HOLIDAY
    DAY_OFF = DAY_OFF
    WORKING_DAY = WORKING_DAY
    KIND_CHOICES = [
        (HOLIDAY, _("Public holiday")),
        (DAY_OFF, _("Compensatory or swapped day off")),
        (WORKING_DAY, _("Weekend day worked instead (make-up working day)")),
    ]

    date = models.DateField(
        _("date"),
        unique=True,
        help_text=_("One entry per day; a nine-day Tết break is entered day by day."),
    )
    name = short_text(_("name"), _("E.g. “Tết Nguyên đán”, “Nghỉ bù”."))
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=KIND_CHOICES,
        default=HOLIDAY,
        help_text=_(
            "Public holidays and days off are not working days; a make-up working "
            "day turns a Saturday or Sunday into a working day. Deadlines counted in "
            "working days (for example 2 or 10 working days to publish a legal "
            "document, Decree 43, Article 17) use this table."
        ),
    )
    note = optional_text(
        _("note"), _("Optional: the announcement that decided it, or the lunar date.")
    )

    class Meta:
        ordering = ["date"]
        verbose_name = _("holiday or make-up day")
        verbose_name_plural = _("holidays and make-up days")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.name}"

    def clean(self):
        super().clean()
        if self.date is None:
            return
        weekend = self.date.weekday() >= 5
        if self.kind == WORKING_DAY and not weekend:
            raise ValidationError(
                {
                    "kind": _(
                        "A make-up working day must be a Saturday or a Sunday: "
                        "other days are working days already."
                    )
                }
            )
        if self.kind == DAY_OFF and weekend:
            raise ValidationError(
                {
                    "kind": _(
                        "A compensatory day off cannot fall on a Saturday or "
                        "Sunday: those are days off already. Enter the weekday "
                        "given instead."
                    )
                }
            )


__all__ = ["Holiday"]
