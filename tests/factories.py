"""Test data builders (wagtail-factories).

Pages are created with ``parent=``; titles are Vietnamese, and the slugs
wagtail-factories derives from them with ``slugify`` are ASCII.
"""

import factory
import wagtail_factories
from wagtail import blocks
from wagtail.rich_text import RichText

from wagtail_nd43.blocks import BodyBlock, HeadingBlock
from wagtail_nd43.models import (
    AgencyHomePage,
    ArticlePage,
    ContactPage,
    NewsIndexPage,
    StandardPage,
)


ImageFactory = wagtail_factories.ImageFactory


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Tình hình kinh tế - xã hội"
    level = "h2"

    class Meta:
        model = HeadingBlock


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    """A rich text paragraph; ``value`` is the HTML of the paragraph."""

    value = "<p>Sáng nay, Sở tổ chức hội nghị tổng kết công tác năm.</p>"

    class Meta:
        model = blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)

    class Meta:
        model = BodyBlock


class AgencyHomePageFactory(wagtail_factories.PageFactory):
    title = "Sở Thông tin và Truyền thông"
    slug = "trang-chu"

    class Meta:
        model = AgencyHomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang thông tin {n}")
    intro = "Thông tin khác do cơ quan đăng."

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức, sự kiện"
    slug = "tin-tuc-su-kien"

    class Meta:
        model = NewsIndexPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Liên hệ"
    slug = "lien-he"

    class Meta:
        model = ContactPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hội nghị sơ kết công tác quý {n}")
    lead = "Sở tổ chức hội nghị sơ kết, đánh giá kết quả và đề ra nhiệm vụ quý tới."
    author = "Phòng Văn phòng Sở"
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = ArticlePage


# ---- Banners, alerts and mourning (issue 7) ----


class BannerFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Chiến dịch tuyên truyền số {n}")
    image = factory.SubFactory(ImageFactory)
    image_alt = "Hưởng ứng chiến dịch tuyên truyền. Xem chi tiết."
    link_url = "https://www.hochiminhcity.gov.vn/"
    placement = "home-top"
    live = True

    class Meta:
        model = "wagtail_nd43.Banner"


class SiteAlertFactory(factory.django.DjangoModelFactory):
    title = "Bão số 9 đổ bộ"
    text = "Người dân hạn chế ra đường từ 18 giờ hôm nay."
    severity = "warning"
    live = True

    class Meta:
        model = "wagtail_nd43.SiteAlert"


class MourningPeriodFactory(factory.django.DjangoModelFactory):
    title = "Quốc tang"
    notice = "Treo cờ rủ, ngừng các hoạt động vui chơi, giải trí trong hai ngày."
    live = True

    class Meta:
        model = "wagtail_nd43.MourningPeriod"
