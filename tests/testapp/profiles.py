"""A site's own profile: Decree 43 plus one content-only section a province asks
for and one check of a kind the province declares itself (:class:`OfficialEmail`,
evaluated by ``tests/testapp/compliance.py``). Registered with
``WAGTAIL_ND43_PROFILES = {"tinh-mau": "tests.testapp.profiles"}``; it adds no model
and no migration."""

from dataclasses import dataclass, replace

from wagtail_nd43.rulebook import (
    RECOMMENDED,
    Check,
    HasContent,
    Profile,
    Requirement,
    Section,
    Source,
    nd43,
)


@dataclass(frozen=True)
class OfficialEmail(Check):
    """The agency's e-mail address is on the province's official mail domain."""

    domain: str
    kind = "official_email"
    verifies = (
        "The e-mail address of the agency identity is on `domain` (the province's "
        "official mail service)."
    )
    statuses = ("ok", "missing")


AWARDS = Section(
    key="gioi-thieu.thanh-tich",
    title_vi="Thành tích, khen thưởng",
    title_en="Awards",
    slug="thanh-tich",
    requirement_ids=("QDT-3.2",),
    guidance_vi="Đăng các danh hiệu thi đua và hình thức khen thưởng của cơ quan.",
)


def _with_child(section, parent_key, child):
    children = tuple(_with_child(c, parent_key, child) for c in section.children)
    if section.key == parent_key:
        children += (child,)
    return replace(section, children=children)


PROFILE = Profile(
    name="tinh-mau",
    title_vi="Nghị định 43/2011/NĐ-CP và quy định của tỉnh",
    title_en="Decree 43/2011 and the province's rules",
    root=_with_child(nd43.PROFILE.root, "gioi-thieu", AWARDS),
    requirements=(
        *nd43.PROFILE.requirements,
        Requirement(
            id="QDT-3.2",
            source=Source("Quyết định 12/2026/QĐ-UBND", article="3", clause="2"),
            title_vi="Thành tích, khen thưởng của cơ quan",
            title_en="The agency's awards",
            severity=RECOMMENDED,
            check=HasContent(AWARDS.key),
        ),
        Requirement(
            id="QDT-5.1",
            source=Source("Quyết định 12/2026/QĐ-UBND", article="5", clause="1"),
            title_vi="Địa chỉ thư điện tử công vụ của cơ quan",
            title_en="The agency's official e-mail address",
            severity=RECOMMENDED,
            check=OfficialEmail("tinh-mau.gov.vn"),
        ),
    ),
    based_on="nd43",
)
