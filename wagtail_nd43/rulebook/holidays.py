"""Vietnam's public holidays and the government's day-off arrangements, as data.

The working-day module (``wagtail_nd43.workdays``) reads the ``Holiday`` table that
editors maintain in the admin; the scaffold seeds that table from :data:`SEED` the
first time it meets a year with no entry at all, so a year an agency has already
edited is never touched again.

Sources and assumptions
-----------------------
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
* Lunar dates: Tết Ất Tỵ 29/1/2025, Bính Ngọ 17/2/2026, Đinh Mùi 6/2/2027; Giỗ Tổ
  7/4/2025, 26/4/2026, 16/4/2027.

Per year:

* **2025** — as announced by Thông báo 6150/TB-LĐTBXH (11/2024) for civil servants:
  Tết 25/1–2/2 (official days 27/1–31/1, 28 Chạp to mùng 3); 30/4–4/5 with Friday
  2/5 swapped for Saturday 26/4; Quốc khánh 30/8–2/9 (1/9 and 2/9).
* **2026** — Tết 14/2–22/2 as the Prime Minister approved on the Bộ Nội vụ's
  proposal (official days 16/2–20/2, 29 Chạp to mùng 4); Giỗ Tổ falls on Sunday
  26/4, compensated on Monday 27/4. *Assumption*: Quốc khánh on 1/9 and 2/9 — the
  proposed longer break was not confirmed when this table was written; add the swap
  in the admin once the decision is published.
* **2027** — *provisional*, computed from the Labour Code alone because no
  arrangement had been announced: Tết 5/2–9/2 (29 Chạp to mùng 4) with Saturday and
  Sunday compensated on 10/2 and 11/2; 1/5 (a Saturday) compensated on Monday 3/5;
  Quốc khánh on 2/9 and 3/9.

Nothing else is seeded: a day the government adds later (for example a new national
day off) is added by editors in the admin, and this table is updated in a release.
"""

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
    ("2026-09-01", QUOC_KHANH, HOLIDAY, "Ngày liền kề trước 2/9 (giả định)"),
    ("2026-09-02", QUOC_KHANH, HOLIDAY, ""),
    # 2027 (provisional: Labour Code rules only)
    ("2027-01-01", TET_DUONG_LICH, HOLIDAY, ""),
    ("2027-02-05", TET_AM_LICH, HOLIDAY, "Giao thừa (tạm tính)"),
    ("2027-02-06", TET_AM_LICH, HOLIDAY, "Mùng 1 Tết Đinh Mùi"),
    ("2027-02-07", TET_AM_LICH, HOLIDAY, "Mùng 2 Tết"),
    ("2027-02-08", TET_AM_LICH, HOLIDAY, "Mùng 3 Tết"),
    ("2027-02-09", TET_AM_LICH, HOLIDAY, "Mùng 4 Tết"),
    ("2027-02-10", NGHI_BU, DAY_OFF, "Nghỉ bù thứ Bảy mùng 1 Tết (tạm tính)"),
    ("2027-02-11", NGHI_BU, DAY_OFF, "Nghỉ bù Chủ nhật mùng 2 Tết (tạm tính)"),
    ("2027-04-16", GIO_TO, HOLIDAY, ""),
    ("2027-04-30", CHIEN_THANG, HOLIDAY, ""),
    ("2027-05-01", LAO_DONG, HOLIDAY, "Thứ Bảy"),
    ("2027-05-03", NGHI_BU, DAY_OFF, "Nghỉ bù ngày 1/5 (tạm tính)"),
    ("2027-09-02", QUOC_KHANH, HOLIDAY, ""),
    ("2027-09-03", QUOC_KHANH, HOLIDAY, "Ngày liền kề sau 2/9 (tạm tính)"),
)
