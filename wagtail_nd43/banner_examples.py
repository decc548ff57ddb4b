"""The HCMC letter 412/2016's banner examples, seeded by the scaffold as drafts.

Item 3 of the letter asks for a propaganda section such as the election of the
National Assembly and People's Councils, “or a link by banner”; item 5 asks for the
city's campaign banners, e.g. “Biển, đảo Việt Nam” linking to the city portal. The
examples are created unpublished and without an image: the board chooses the
campaign's image, checks the dates and publishes them.

They are created, as the site's own, when the site has no banner yet (of its own
or province-wide), so a second scaffold run adds
nothing, and banners the agency deleted after making its own do not come back.
"""

from django.utils.translation import gettext_lazy as _

from .models import Banner, SectionPage
from .rulebook.nd43 import LAW_DISSEMINATION


SEA_AND_ISLANDS = "Biển, đảo Việt Nam – Nguồn cội tự bao giờ"
CITY_PORTAL = "https://www.hochiminhcity.gov.vn/"
ELECTION = "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp"


def _examples(home, site):
    examples = [
        Banner(
            title=SEA_AND_ISLANDS,
            image_alt=(
                "Biển, đảo Việt Nam – Nguồn cội tự bao giờ. Xem trên Cổng thông tin "
                "điện tử Thành phố Hồ Chí Minh."
            ),
            link_url=CITY_PORTAL,
            placement="home-top",
            sort_order=10,
            live=False,
            site=site,
        )
    ]
    section = (
        SectionPage.objects.descendant_of(home)
        .filter(requirement_key=LAW_DISSEMINATION)
        .order_by("path")
        .first()
    )
    if section is not None:
        examples.append(
            Banner(
                title=ELECTION,
                image_alt=f"{ELECTION}. Xem chuyên mục {section.title}.",
                link_page=section,
                placement="home-top",
                sort_order=20,
                live=False,
                site=site,
            )
        )
    return examples


def ensure_example_banners(home, site=None):
    """Create the letter's examples as drafts of ``site`` unless it has banners
    (its own or province-wide ones)."""
    from .roles import RoleStep

    if Banner.objects.for_site(site).exists():
        return [RoleStep(str(_("Example campaign banners")), False)]
    for banner in _examples(home, site):
        banner.save()
        banner.save_revision(clean=False)  # no image yet: the board chooses it
    return [RoleStep(str(_("Example campaign banners")), True)]
