"""``en`` input formats matching the dd/mm/yyyy admin widgets.

An editor who switches the admin to English still gets dates rendered by the same
``WAGTAIL_DATE_FORMAT`` widgets, so the English input formats must read them the same
way (Django's ``en`` formats would read 05/03/2026 as 3 May). Display formats stay
Django's ``en`` ones.
"""

from ..vi.formats import (  # noqa: F401
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    TIME_INPUT_FORMATS,
)
