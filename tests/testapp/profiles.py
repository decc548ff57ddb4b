"""A site's own profile: Decree 43 plus one content-only section a province asks
for. Registered with ``WAGTAIL_ND43_PROFILES = {"tinh-mau": "tests.testapp.profiles"}``;
it adds no model and no migration."""

from dataclasses import replace

from wagtail_nd43.rulebook import (
    RECOMMENDED,
    HasContent,
    Profile,
    Requirement,
    Section,
    Source,
    nd43,
)


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
    ),
    based_on="nd43",
)
