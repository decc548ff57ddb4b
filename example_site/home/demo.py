"""Fill a scaffolded site with the fictional content of :mod:`home.demo_data`.

Idempotent: sections are found by their rulebook requirement key, an article whose
slug already exists under its section is skipped, and fields an editor has filled
(identity values, section introductions and bodies, the home page's welcome text) are
never overwritten. A page with unpublished changes is left alone.
"""

import datetime
import io
import json
import math
import unicodedata
from dataclasses import dataclass, field

from django.core.files import File
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from wagtail_nd43 import weeks as wk
from wagtail_nd43.models import (
    AgencyHomePage,
    AgencySettings,
    ArticlePage,
    ContactPerson,
    EditorialBoard,
    EditorialBoardMember,
    Leader,
    OnlineServicePage,
    PressRegulationPage,
    PressReleasePage,
    Spokesperson,
    Unit,
    WeekScheduleEntry,
    WeekSchedulePage,
)
from wagtail_nd43.models.base import sections_by_key

from . import demo_data as data
from . import demo_science
from .demo_banners import draw_sea_banner, publish_sea_banner
from .demo_direction import load_direction_items
from .demo_disclosure import generated_items
from .demo_legal import load_legal_documents
from .demo_participation import load_participation


HOME_KEY = "trang-chu"
SCHEDULE_KEY = "chi-dao-dieu-hanh.lich-lam-viec"
SERVICES_KEY = "dich-vu-cong"
PERIODIC_PRESS_KEY = "thong-tin-bao-chi.dinh-ky"
LEGAL_KEY = "van-ban"
MAP_KEY = "gioi-thieu.ban-do-hanh-chinh"


class DemoContentError(Exception):
    """The site is not ready for demo content; nothing was written."""


@dataclass
class Report:
    identity_fields: list = field(default_factory=list)
    pages_filled: list = field(default_factory=list)
    articles_created: dict = field(default_factory=dict)
    articles_present: int = 0
    images_created: int = 0
    sections_missing: list = field(default_factory=list)
    pages_skipped: list = field(default_factory=list)
    sections_without_item_type: list = field(default_factory=list)
    spokespersons_created: int = 0
    board_members_created: int = 0
    people_created: int = 0
    weeks_created: int = 0
    services_created: int = 0
    legal_documents_created: int = 0
    direction_items_created: int = 0
    science_items_created: int = 0
    participation_created: int = 0

    @property
    def total_created(self):
        return sum(self.articles_created.values())


def load(site, today=None, agency=None):
    """Load the demo content into ``site``; return a :class:`Report`.

    ``site``'s root must be the agency home page built by ``nd43_scaffold``.
    ``agency``: keyword arguments of :func:`demo_data.agency` naming another agency
    of the demo province (the default is its Sở Thông tin và Truyền thông).
    """
    identity, site_name = data.agency(**(agency or {}))
    today = today or timezone.localdate()
    home = site.root_page.specific
    if not isinstance(home, AgencyHomePage):
        raise DemoContentError(
            f"The root page of {site} is not an agency home page: "
            "run `manage.py nd43_scaffold --level so` first."
        )
    report = Report()
    with transaction.atomic():
        _fill_identity(site, identity, report)
        if not site.site_name:
            site.site_name = site_name
            site.save(update_fields=["site_name"])
        sections = find_sections(home)
        sections[HOME_KEY] = home
        _fill_pages(sections, today, report)
        _fill_press_regulation(sections, today)
        _fill_editorial_board(site, today, report)
        spokesperson = _ensure_spokespersons(today, report)
        images = {
            key: _image(title, DRAWINGS[key], f"demo-{key}.png", report)
            for key, (title, _alt) in data.IMAGES.items()
        }
        _ensure_people(report)
        _add_schedule_weeks(sections, today, report)
        _add_online_services(sections, report)
        report.science_items_created, english = demo_science.load(
            sections, today, _document
        )
        report.pages_filled += english
        generated = {
            PERIODIC_PRESS_KEY: periodic_press_items(today),
            **generated_items(today),
        }
        for position, (key, items) in enumerate({**data.ARTICLES, **generated}.items()):
            _add_articles(
                sections, key, items, position, today, images, report, spokesperson
            )
        publish_sea_banner(
            lambda: _image(
                "Băng-rôn Biển, đảo Việt Nam",
                lambda: draw_sea_banner(_sky, _star, YELLOW, RED),
                "demo-bien-dao.png",
                report,
            )
        )
        if LEGAL_KEY in sections:
            report.legal_documents_created = load_legal_documents(
                sections[LEGAL_KEY], today
            )
        report.direction_items_created = load_direction_items(
            sections, today, _document
        )
        report.participation_created = load_participation(sections)
    return report


def find_sections(home):
    """Map each requirement key to the section page that carries it under ``home``."""
    return sections_by_key(home)


def _fmt(text, today):
    return text.format(year=today.year, next_year=today.year + 1)


def _fill_identity(site, fields, report):
    identity = AgencySettings.for_site(site)
    for name, value in fields.items():
        if name == "level" or not value:
            continue
        if not getattr(identity, name):
            setattr(identity, name, value)
            report.identity_fields.append(name)
    if identity.logo_id is None:
        identity.logo = _image(data.LOGO_TITLE, draw_logo, "demo-logo.png", report)
        report.identity_fields.append("logo")
    if report.identity_fields:
        identity.save()


def _fill_pages(sections, today, report):
    contents = {HOME_KEY: {"welcome": data.HOME_WELCOME}, **data.SECTIONS}
    for key, content in contents.items():
        page = sections.get(key)
        if page is None:
            report.sections_missing.append(key)
            continue
        if page.has_unpublished_changes:
            report.pages_skipped.append(page.title)
            continue
        changed = False
        for name, value in content.items():
            current = getattr(page, name)
            if name == "body":
                if len(current) == 0:
                    page.body = json.dumps(_body(key, value, report))
                    changed = True
            elif not current:
                setattr(page, name, _fmt(value, today))
                changed = True
        if changed:
            page.save_revision().publish()
            report.pages_filled.append(page.title)


def _body(key, blocks, report):
    """The body of section ``key``: ``blocks``, after the drawn map on the
    administrative map page, with the full-size map to download after them."""
    if key != MAP_KEY:
        return blocks
    title, alt = data.ADMIN_MAP
    image = _image(title, draw_admin_map, "demo-ban-do-hanh-chinh.png", report)
    document = _document(f"{title} – bản khổ lớn", "ban-do-hanh-chinh")
    return [
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": alt, "decorative": False},
        },
        *blocks,
        {"type": "document", "value": {"document": document.pk, "title": ""}},
    ]


def _slug(title):
    slug = slugify(title.replace("đ", "d").replace("Đ", "D"))
    if len(slug) > 80:
        slug = slug[:80].rsplit("-", 1)[0]
    return slug


def item_model(parent):
    """The item page type ``parent`` lists: articles, or press releases."""
    for model in (ArticlePage, PressReleasePage):
        if model.can_create_at(parent):
            return model
    return None


def _add_articles(sections, key, items, position, today, images, report, spokesperson):
    parent = sections.get(key)
    if parent is None:
        report.sections_missing.append(key)
        return
    model = item_model(parent)
    if model is None:
        report.sections_without_item_type.append(key)
        return
    existing = set(parent.get_children().values_list("slug", flat=True))
    # News every other day from today; other sections about weekly, from yesterday
    # and staggered per section, so the newest items on the home page are news.
    if key == "tin-tuc-su-kien":
        spacing, start = 2, 0
    else:
        spacing, start = 7, 1 + position % 5
    for index, item in enumerate(items):
        title = _fmt(item["title"], today)
        slug = _slug(title)
        if slug in existing:
            report.articles_present += 1
            continue
        date = item.get("date") or today - datetime.timedelta(
            days=start + index * spacing
        )
        paragraphs = [_fmt(text, today) for text in item.get("paragraphs", ())]
        closing = data.CLOSINGS.get(key)
        body = item.get("body") or [
            data.p(text) for text in [*paragraphs, *([closing] if closing else [])]
        ]
        source_name, source_url = item.get("source", ("", ""))
        image_key = item.get("image")
        fields = {}
        if "explains_days" in item:
            fields["law_issued_date"] = date - datetime.timedelta(
                days=item["explains_days"]
            )
        if model is PressReleasePage:
            fields["kind"] = data.PRESS_KINDS.get(key, PressReleasePage.RELEASE)
            fields["spokesperson"] = spokesperson
            if fields["kind"] == PressReleasePage.AD_HOC:
                # The event happened the evening before the statement.
                fields["event_at"] = timezone.make_aware(
                    datetime.datetime.combine(
                        date - datetime.timedelta(days=1), datetime.time(19, 0)
                    )
                )
        article = model(
            **fields,
            title=title,
            slug=slug,
            date=date,
            lead=_fmt(item["lead"], today),
            author=item.get("author")
            or data.AUTHORS[(index + position) % len(data.AUTHORS)],
            body=json.dumps(body),
            is_reused=bool(source_name),
            source_name=source_name,
            source_url=source_url,
            image=images[image_key] if image_key else None,
            image_alt=data.IMAGES[image_key][1] if image_key else "",
            first_published_at=timezone.make_aware(
                datetime.datetime.combine(date, datetime.time(8 + index % 3, 30))
            ),
        )
        parent.add_child(instance=article)
        article.save_revision().publish()
        existing.add(slug)
        report.articles_created[key] = report.articles_created.get(key, 0) + 1


def _fill_press_regulation(sections, today):
    page = next(
        (p for p in sections.values() if isinstance(p, PressRegulationPage)), None
    )
    if page is None:
        return
    # Re-read it: filling the section's body above left this copy marked as
    # having unpublished changes.
    page = PressRegulationPage.objects.get(pk=page.pk)
    if page.has_unpublished_changes or page.regulation_number:
        return
    for name, value in data.PRESS_REGULATION.items():
        setattr(page, name, value)
    page.regulation_date = datetime.date(today.year - 1, 3, 15)
    page.regulation_file = _document(
        f"Quy chế phát ngôn {page.regulation_number} (minh họa)", "quy-che-phat-ngon"
    )
    page.save_revision().publish()


def _fill_editorial_board(site, today, report):
    board = EditorialBoard.for_site(site)
    changed = False
    for name, value in data.EDITORIAL_BOARD.items():
        if not getattr(board, name):
            setattr(board, name, value)
            changed = True
    for name in ("decision_date", "coordination_date", "operation_date"):
        if getattr(board, name) is None:
            setattr(board, name, datetime.date(today.year - 1, 3, 20))
            changed = True
    for prefix, label in (
        ("decision", "Quyết định thành lập Ban biên tập"),
        ("coordination", "Quy chế phối hợp cung cấp và xử lý thông tin"),
        ("operation", "Quy chế vận hành Cổng thông tin điện tử"),
    ):
        if getattr(board, f"{prefix}_file_id") is None:
            number = getattr(board, f"{prefix}_number")
            setattr(
                board,
                f"{prefix}_file",
                _document(f"{label} {number} (minh họa)", f"ban-bien-tap-{prefix}"),
            )
            changed = True
    if changed:
        board.save()
    if not board.members.exists():
        for order, (full_name, role, position, unit) in enumerate(
            data.EDITORIAL_BOARD_MEMBERS
        ):
            EditorialBoardMember.objects.create(
                board=board,
                sort_order=order,
                full_name=full_name,
                role=role,
                position=position,
                unit=unit,
            )
            report.board_members_created += 1


def _ensure_spokespersons(today, report):
    """Create the demo spokespersons once; return the appointed spokesperson."""
    appointed = None
    for values in data.SPOKESPERSONS:
        person = Spokesperson.objects.filter(full_name=values["full_name"]).first()
        if person is None:
            person = Spokesperson(
                **values,
                active_from=datetime.date(today.year - 1, 3, 15),
                decision_date=(
                    datetime.date(today.year - 1, 3, 15)
                    if values.get("decision_number")
                    else None
                ),
            )
            person.save()
            person.save_revision().publish()
            report.spokespersons_created += 1
        if person.role == Spokesperson.APPOINTED:
            appointed = person
    return appointed


# ---- People, the weekly schedule and online services (issue 5) -----------------------


def _ensure_people(report):
    """Leaders, units and contact persons, created once (found by name)."""
    for order, values in enumerate(data.LEADERS):
        _leader, created = Leader.objects.get_or_create(
            full_name=values["full_name"], defaults={**values, "sort_order": order}
        )
        report.people_created += created
    units = {}
    for order, values in enumerate(data.UNITS):
        units[values["name"]], created = Unit.objects.get_or_create(
            name=values["name"], defaults={**values, "sort_order": order}
        )
        report.people_created += created
    for order, (name, position, unit, phone, email) in enumerate(data.CONTACT_PERSONS):
        _person, created = ContactPerson.objects.get_or_create(
            full_name=name,
            defaults={
                "position": position,
                "unit": units[unit],
                "phone": phone,
                "email": email,
                "sort_order": order,
            },
        )
        report.people_created += created


def _schedule_entry(monday, row, leaders, change_note=""):
    offset, start, end, content, names, presiding, location, people, unit = row
    entry = WeekScheduleEntry(
        day=monday + datetime.timedelta(days=offset),
        start_time=datetime.time.fromisoformat(start),
        end_time=datetime.time.fromisoformat(end) if end else None,
        content=content,
        presiding_text=presiding,
        location=location,
        participants=people,
        preparing_unit=unit,
        change_note=change_note,
    )
    entry.leaders = [leaders[name] for name in names]
    return entry


def _add_schedule_weeks(sections, today, report, weeks_back=4):
    """One published week page for the current week, the weeks before and the next
    one; the current week then gets an added entry, shown as “Bổ sung”."""
    section = sections.get(SCHEDULE_KEY)
    if section is None:
        report.sections_missing.append(SCHEDULE_KEY)
        return
    leaders = {leader.full_name: leader for leader in Leader.objects.all()}
    this_monday = wk.monday_of(today)
    for back in range(-1, weeks_back + 1):
        monday = this_monday - back * wk.WEEK
        if (
            WeekSchedulePage.objects.child_of(section)
            .filter(week_start=monday)
            .exists()
        ):
            continue
        page = WeekSchedulePage(
            title=wk.suggested_title(monday, language="vi"),
            slug=wk.week_slug(monday),
            week_start=monday,
            live=False,
            entries=[
                _schedule_entry(monday, row, leaders) for row in data.SCHEDULE_ENTRIES
            ],
        )
        section.add_child(instance=page)
        page.save_revision().publish()
        report.weeks_created += 1
        if back == 0:
            page = WeekSchedulePage.objects.get(pk=page.pk)
            page.entries = [
                *page.entries.all(),
                _schedule_entry(
                    monday,
                    data.SCHEDULE_ADDED_ENTRY,
                    leaders,
                    change_note=data.SCHEDULE_ADDED_NOTE,
                ),
            ]
            page.save_revision().publish()


def _add_online_services(sections, report):
    section = sections.get(SERVICES_KEY)
    if section is None:
        report.sections_missing.append(SERVICES_KEY)
        return
    existing = set(section.get_children().values_list("slug", flat=True))
    for values in data.ONLINE_SERVICES:
        slug = _slug(values["title"])
        if slug in existing:
            continue
        service = OnlineServicePage(slug=slug, **values)
        section.add_child(instance=service)
        service.save_revision().publish()
        report.services_created += 1


# ---- Generated items: they follow the calendar ---------------------------------------


def periodic_press_items(today, months=5):
    """Monthly press information for the months before the current one."""
    items = []
    year, month = today.year, today.month
    for _ in range(months):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        received = 100 + (month * 37) % 60
        online = received - 8 - month % 7
        published = min(today, _next_month_day(year, month, 5))
        items.append(
            {
                "title": f"Thông tin định kỳ cho báo chí tháng {month}/{year}",
                "lead": (
                    f"Kết quả hoạt động nổi bật của Sở trong tháng {month}/{year} "
                    "và nhiệm vụ trọng tâm tháng tới."
                ),
                "author": "Phòng Thông tin – Báo chí – Xuất bản",
                "date": published,
                "body": [
                    data.h("Kết quả nổi bật"),
                    data.ul(
                        f"Tiếp nhận {received} hồ sơ thủ tục hành chính, trong đó "
                        f"{online} hồ sơ nộp trực tuyến toàn trình.",
                        f"Cấp {3 + month % 4} giấy phép xuất bản bản tin và "
                        f"{1 + month % 3} giấy phép bưu chính.",
                        "Không để xảy ra sự cố an toàn thông tin mạng nghiêm trọng.",
                    ),
                    data.h("Nhiệm vụ tháng tới"),
                    data.p(
                        "Tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng dịch vụ "
                        "công trực tuyến và công tác thông tin cơ sở."
                    ),
                    data.p(data.CLOSINGS[PERIODIC_PRESS_KEY]),
                ],
            }
        )
    return items


def _next_month_day(year, month, day):
    year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return datetime.date(year, month, day)


# ---- Images drawn at load time ---------------------------------------------------------

RED = (218, 37, 29)
YELLOW = (255, 205, 0)


def _star(cx, cy, radius):
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.382
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def draw_logo():
    """A red disc with a yellow five-pointed star: a plain stand-in emblem."""
    size = 512
    image = PILImage.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size - 8, size - 8), fill=RED, outline=YELLOW, width=12)
    draw.polygon(_star(size / 2, size / 2 + 12, size * 0.36), fill=YELLOW)
    return image


def _sky(width, height, top=(120, 180, 235), bottom=(215, 235, 250)):
    image = PILImage.new("RGB", (width, height), bottom)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line((0, y, width, y), fill=colour)
    return image, draw


def draw_tower():
    image, draw = _sky(1200, 675)
    draw.ellipse((-300, 420, 700, 1000), fill=(60, 150, 80))
    draw.ellipse((400, 460, 1500, 1100), fill=(45, 125, 65))
    top = (600, 140)
    draw.line((540, 520, 600, 140), fill=(90, 90, 90), width=8)
    draw.line((660, 520, 600, 140), fill=(90, 90, 90), width=8)
    for y in range(180, 520, 60):
        half = (y - 140) * 60 / 380
        draw.line((600 - half, y, 600 + half, y), fill=(110, 110, 110), width=4)
    draw.ellipse((585, 125, 615, 155), fill=RED)
    for radius in (60, 110, 160):
        box = (top[0] - radius, top[1] - radius, top[0] + radius, top[1] + radius)
        draw.arc(box, 200, 250, fill=(255, 255, 255), width=6)
        draw.arc(box, 290, 340, fill=(255, 255, 255), width=6)
    return image


def draw_shield():
    image, draw = _sky(1200, 675, top=(230, 240, 250), bottom=(200, 220, 240))
    draw.rounded_rectangle((300, 120, 900, 500), radius=24, fill=(60, 60, 70))
    draw.rectangle((330, 150, 870, 470), fill=(25, 60, 120))
    draw.polygon(
        [(230, 500), (970, 500), (1040, 570), (160, 570)], fill=(150, 150, 160)
    )
    draw.polygon(
        [(600, 190), (700, 230), (690, 360), (600, 430), (510, 360), (500, 230)],
        fill=YELLOW,
    )
    draw.line((550, 310, 590, 350, 660, 260), fill=(25, 60, 120), width=18)
    return image


def draw_building():
    image, draw = _sky(1200, 675)
    draw.rectangle((0, 600, 1200, 675), fill=(70, 140, 80))
    draw.rectangle((300, 260, 900, 600), fill=(245, 235, 215), outline=(150, 130, 100))
    for row in range(3):
        for col in range(8):
            x, y = 340 + col * 70, 290 + row * 95
            draw.rectangle((x, y, x + 40, y + 55), fill=(90, 130, 180))
    draw.rectangle((560, 500, 640, 600), fill=(120, 80, 50))
    draw.line((600, 260, 600, 120), fill=(80, 80, 80), width=6)
    draw.rectangle((603, 120, 723, 200), fill=RED)
    draw.polygon(_star(663, 162, 28), fill=YELLOW)
    return image


def draw_admin_map(width=1200, height=800, scale=5, units=96, seed=43):
    """A fictional province cut into ``units`` communes (nearest-seed cells on a
    coarse grid), each in a pale colour, with dark boundaries and a red capital."""
    import random

    rng = random.Random(seed)  # noqa: S311  (a drawing, not a secret)
    cols, rows = width // scale, height // scale
    cx, cy = cols / 2, rows / 2

    def inside(x, y):
        # An irregular blob: an ellipse whose radius wavers with the angle.
        angle = math.atan2(y - cy, x - cx)
        wobble = 1 + 0.12 * math.sin(3 * angle) + 0.07 * math.cos(5 * angle + 1)
        return ((x - cx) / (0.41 * cols)) ** 2 + ((y - cy) / (0.38 * rows)) ** 2 < (
            wobble**2
        )

    seeds = []
    while len(seeds) < units:
        x, y = rng.uniform(0, cols), rng.uniform(0, rows)
        if inside(x, y):
            seeds.append((x, y))
    palette = [
        (244, 226, 178),
        (206, 232, 196),
        (252, 208, 190),
        (214, 222, 246),
        (240, 214, 238),
        (226, 240, 220),
    ]
    cell = [[-1] * cols for _ in range(rows)]
    for y in range(rows):
        for x in range(cols):
            if inside(x + 0.5, y + 0.5):
                cell[y][x] = min(
                    range(units),
                    key=lambda i: (seeds[i][0] - x) ** 2 + (seeds[i][1] - y) ** 2,
                )
    small = PILImage.new("RGB", (cols, rows), (168, 206, 232))
    pixels = small.load()
    for y in range(rows):
        for x in range(cols):
            here = cell[y][x]
            if here < 0:
                continue
            edge = (x + 1 < cols and cell[y][x + 1] != here) or (
                y + 1 < rows and cell[y + 1][x] != here
            )
            pixels[x, y] = (90, 90, 90) if edge else palette[here % len(palette)]
    image = small.resize((width, height), PILImage.NEAREST)
    draw = ImageDraw.Draw(image)
    capital = seeds[
        min(range(units), key=lambda i: abs(seeds[i][0] - cx) + abs(seeds[i][1] - cy))
    ]
    x, y = capital[0] * scale, capital[1] * scale
    draw.polygon(_star(x, y, 18), fill=RED)
    return image


DRAWINGS = {"tower": draw_tower, "shield": draw_shield, "building": draw_building}


def _document(title, slug):
    """The Wagtail document called ``title``: a one-page PDF saying it is a
    fictional stand-in, created the first time."""
    model = get_document_model()
    document = model.objects.filter(title=title).first()
    if document is not None:
        return document
    page = PILImage.new("RGB", (1240, 1754), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    ascii_title = (
        unicodedata.normalize("NFKD", title.replace("đ", "d").replace("Đ", "D"))
        .encode("ascii", "ignore")
        .decode()
    )
    draw.text((120, 160), ascii_title, fill=(0, 0, 0))
    draw.text((120, 220), "Van ban minh hoa - du lieu hu cau.", fill=(0, 0, 0))
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    document = model(title=title, file=File(buffer, name=f"{slug}.pdf"))
    document.save()
    return document


def _image(title, draw, filename, report):
    """The Wagtail image called ``title``, drawn and saved the first time."""
    model = get_image_model()
    image = model.objects.filter(title=title).first()
    if image is not None:
        return image
    buffer = io.BytesIO()
    draw().save(buffer, format="PNG")
    image = model(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    report.images_created += 1
    return image
