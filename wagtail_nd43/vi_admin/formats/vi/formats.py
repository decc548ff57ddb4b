"""``vi`` formats for the Wagtail admin: dd/mm/yyyy and the 24-hour clock.

Django's own ``vi`` format module sets display formats but no ``*_INPUT_FORMATS``, so
forms fall back to Django's global, American defaults (``%m/%d/%Y``): a date typed as
05/03/2026 would be read as 3 May. Enabled with
``FORMAT_MODULE_PATH = ["wagtail_nd43.vi_admin.formats"]``; what is not set here comes
from Django's ``vi`` module (for example ``DATE_FORMAT`` "Ngày 05 tháng 3 năm 2026"
and the decimal comma).
"""

SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
TIME_FORMAT = "H:i"
# Weeks start on Monday in Vietnam (the admin date picker's first column).
FIRST_DAY_OF_WEEK = 1

# The first entry of each list is the one WAGTAIL_*_FORMAT uses; ISO input stays valid.
DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 05/03/2026
    "%d/%m/%y",  # 05/03/26
    "%d-%m-%Y",  # 05-03-2026
    "%d.%m.%Y",  # 05.03.2026
    "%Y-%m-%d",  # 2026-03-05
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # 14:30
    "%H:%M:%S",  # 14:30:59
    "%H:%M:%S.%f",  # 14:30:59.000200
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",  # 05/03/2026 14:30
    "%d/%m/%Y %H:%M:%S",  # 05/03/2026 14:30:59
    "%d/%m/%Y %H:%M:%S.%f",  # 05/03/2026 14:30:59.000200
    "%d/%m/%Y",  # 05/03/2026
    "%d-%m-%Y %H:%M",  # 05-03-2026 14:30
    "%d-%m-%Y",  # 05-03-2026
    "%Y-%m-%d %H:%M:%S",  # 2026-03-05 14:30:59
    "%Y-%m-%d %H:%M",  # 2026-03-05 14:30
    "%Y-%m-%d",  # 2026-03-05
]
