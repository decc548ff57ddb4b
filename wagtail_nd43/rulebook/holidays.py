"""Vietnam's public holidays and the government's day-off arrangements, as data.

Two layers decide which days are not working days (``wagtail_nd43.workdays``):

1. **The baseline**, for any year, from the `holidays` library (``holidays.VN``):
   the Labour Code's days with lunar dates computed (Tết, Giỗ Tổ Hùng Vương), the
   compensatory days it implies, and the swaps the library records
   (:func:`baseline`).
2. **The** ``Holiday`` **table**, which editors maintain in the admin from each
   year's official decision (swaps, make-up Saturdays, extra days). A row overrides
   the baseline for its date: a ``working-day`` row even turns a baseline holiday
   back into a working day. A year with at least one row counts as *decided*; the
   system checks ``wagtail_nd43.W090``/``W091`` say when the current or coming year
   is not (``wagtail_nd43.checks``).

The scaffold seeds the table from :data:`SEED` the first time it meets a year with
no entry at all, so a year an agency has already edited is never touched again.

Sources
-------
* **Bộ luật Lao động 2019, Điều 112** (Labour Code): Tết Dương lịch 1 day (1/1);
  Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 1 day (10/3 lunar); Ngày Chiến thắng 1 day
  (30/4); Quốc tế lao động 1 day (1/5); Quốc khánh 2 days (2/9 and one adjacent day,
  before or after). The government picks the Tết days and the day adjacent to 2/9.
* **Bộ luật Lao động 2019, Điều 111.3** and Nghị định 145/2020/NĐ-CP: a holiday on a
  weekly rest day (Saturday or Sunday for civil servants) is compensated by the next
  working day (``DAY_OFF``).
* **Swaps** (hoán đổi): the Prime Minister may move a working day to make a longer
  break; the moved day is a ``DAY_OFF`` and the Saturday worked instead is a
  ``WORKING_DAY`` (ngày làm bù).

Seeded decisions (:data:`SEED`):

* **2025** — Thông báo 6150/TB-LĐTBXH (11/2024) for civil servants: Tết 25/1–2/2
  (official days 27/1–31/1, 28 Chạp to mùng 3); 30/4–4/5 with Friday 2/5 swapped for
  Saturday 26/4; Quốc khánh 30/8–2/9 (1/9 and 2/9).
* **2026** — Tết 14/2–22/2 as the Prime Minister approved on the Bộ Nội vụ's
  proposal (official days 16/2–20/2, 29 Chạp to mùng 4); Giỗ Tổ falls on Sunday
  26/4, compensated on Monday 27/4; Quốc khánh 29/8–2/9 with Monday 31/8 swapped
  for Saturday 22/8.

From 2027 on, the baseline applies until editors enter the year's decision.
"""

import datetime
import functools


HOLIDAY = "holiday"
DAY_OFF = "day-off"
WORKING_DAY = "working-day"

TET_DUONG_LICH = "Tết Dương lịch"
TET_AM_LICH = "Tết Nguyên đán"
GIO_TO = "Giỗ Tổ Hùng Vương (10/3 âm lịch)"
CHIEN_THANG = "Ngày Chiến thắng (30/4)"
LAO_DONG = "Ngày Quốc tế lao động (1/5)"
QUOC_KHANH = "Quốc khánh (2/9)"
NGHI_BU = "Nghỉ bù"
HOAN_DOI = "Nghỉ hoán đổi"
LAM_BU = "Làm bù"

#: ``(ISO date, name, kind, note)``, sorted by date.
SEED = (
    # 2025
    ("2025-01-01", TET_DUONG_LICH, HOLIDAY, ""),
    ("2025-01-27", TET_AM_LICH, HOLIDAY, "28 tháng Chạp"),
    ("2025-01-28", TET_AM_LICH, HOLIDAY, "29 tháng Chạp (giao thừa)"),
    ("2025-01-29", TET_AM_LICH, HOLIDAY, "Mùng 1 Tết Ất Tỵ"),
    ("2025-01-30", TET_AM_LICH, HOLIDAY, "Mùng 2 Tết"),
    ("2025-01-31", TET_AM_LICH, HOLIDAY, "Mùng 3 Tết"),
    ("2025-04-07", GIO_TO, HOLIDAY, ""),
    ("2025-04-26", LAM_BU, WORKING_DAY, "Làm bù cho thứ Sáu 2/5/2025"),
    ("2025-04-30", CHIEN_THANG, HOLIDAY, ""),
    ("2025-05-01", LAO_DONG, HOLIDAY, ""),
    ("2025-05-02", HOAN_DOI, DAY_OFF, "Hoán đổi với thứ Bảy 26/4/2025"),
    ("2025-09-01", QUOC_KHANH, HOLIDAY, "Ngày liền kề trước 2/9"),
    ("2025-09-02", QUOC_KHANH, HOLIDAY, ""),
    # 2026
    ("2026-01-01", TET_DUONG_LICH, HOLIDAY, ""),
    ("2026-02-16", TET_AM_LICH, HOLIDAY, "29 tháng Chạp (giao thừa)"),
    ("2026-02-17", TET_AM_LICH, HOLIDAY, "Mùng 1 Tết Bính Ngọ"),
    ("2026-02-18", TET_AM_LICH, HOLIDAY, "Mùng 2 Tết"),
    ("2026-02-19", TET_AM_LICH, HOLIDAY, "Mùng 3 Tết"),
    ("2026-02-20", TET_AM_LICH, HOLIDAY, "Mùng 4 Tết"),
    ("2026-04-26", GIO_TO, HOLIDAY, "Chủ nhật"),
    ("2026-04-27", NGHI_BU, DAY_OFF, "Nghỉ bù Giỗ Tổ Hùng Vương"),
    ("2026-04-30", CHIEN_THANG, HOLIDAY, ""),
    ("2026-05-01", LAO_DONG, HOLIDAY, ""),
    ("2026-08-22", LAM_BU, WORKING_DAY, "Làm bù cho thứ Hai 31/8/2026"),
    ("2026-08-31", HOAN_DOI, DAY_OFF, "Hoán đổi với thứ Bảy 22/8/2026"),
    ("2026-09-01", QUOC_KHANH, HOLIDAY, "Ngày liền kề trước 2/9"),
    ("2026-09-02", QUOC_KHANH, HOLIDAY, ""),
)


#: Words of the library's Vietnamese names for days that are not holidays in their
#: own right: compensatory (``nghỉ bù``) and swapped (``thay cho``) days off.
_DAY_OFF_MARKERS = ("nghỉ bù", "thay cho")


@functools.cache
def _make_up_days():
    """``{date: the day off it pays for}``: the Saturdays worked for the library's
    recorded swaps (read from its table of special days; none if its layout
    changes, the editable table then carries them)."""
    try:
        from holidays.countries.vietnam import VietnamStaticHolidays

        table = VietnamStaticHolidays.special_public_holidays
    except (ImportError, AttributeError):
        return {}
    days = {}
    for year, swaps in table.items():
        for swap in swaps if isinstance(swaps[0], tuple) else (swaps,):
            try:
                to_month, to_day, from_month, from_day, *from_year = swap
                day_off = datetime.date(year, to_month, to_day)
                worked = datetime.date(
                    from_year[0] if from_year else year, from_month, from_day
                )
            except (TypeError, ValueError):
                continue
            days[worked] = day_off
    return days


@functools.lru_cache(maxsize=64)
def baseline(year):
    """``{date: (name, kind)}``: the days of ``year`` that the `holidays` library
    makes exceptions to the Monday–Friday week, before the editable table."""
    import holidays

    days = {}
    for day, name in holidays.country_holidays("VN", years=year, language="vi").items():
        off = any(marker in name.lower() for marker in _DAY_OFF_MARKERS)
        days[day] = (name, DAY_OFF if off else HOLIDAY)
    for worked in _make_up_days():
        if worked.year == year:
            days[worked] = (
                LAM_BU,
                WORKING_DAY,
            )
    return days
