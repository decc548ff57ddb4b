"""Admin hook functions for participation; registered in ``wagtail_hooks.py``."""

from django.contrib import messages
from django.utils.translation import gettext as _

from ..conf import nd43_settings


def warn_short_consultation(request, page):
    """Warn (without refusing) when a consultation's comment period is shorter than
    ``WAGTAIL_ND43_CONSULTATION_MIN_DAYS``."""
    from ..models import ConsultationPage

    specific = page.specific
    if not isinstance(specific, ConsultationPage):
        return
    days = specific.period_too_short()
    if days is not None:
        messages.warning(
            request,
            _(
                "The comment period of “%(title)s” lasts %(days)d days, shorter than "
                "the %(minimum)d days expected. Check that the law allows a shorter "
                "period for this draft."
            )
            % {
                "title": specific.title,
                "days": days,
                "minimum": nd43_settings.CONSULTATION_MIN_DAYS,
            },
        )
