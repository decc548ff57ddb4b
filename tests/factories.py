"""Test data builders (wagtail-factories).

Pages are created with ``parent=``; titles are Vietnamese, and the slugs
wagtail-factories derives from them with ``slugify`` are ASCII.
"""

import datetime

import factory
import wagtail_factories
from wagtail import blocks
from wagtail.rich_text import RichText

from wagtail_nd43.blocks import BodyBlock, HeadingBlock
from wagtail_nd43.models import (
    AgencyHomePage,
    ArticlePage,
    ContactPage,
    DocumentType,
    IssuingBody,
    LegalDocumentAttachment,
    LegalDocumentPage,
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


# ---- Legal documents ----------------------------------------------------------------


class DocumentFileFactory(wagtail_factories.DocumentFactory):
    """A Wagtail document holding a small PDF."""

    title = factory.Sequence(lambda n: f"Văn bản {n}")
    file = factory.django.FileField(
        filename="van-ban.pdf", data=b"%PDF-1.4\n% test file\n%%EOF\n"
    )


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    name = "Nghị định"
    is_normative = True

    class Meta:
        model = DocumentType
        django_get_or_create = ("name",)


class IssuingBodyFactory(factory.django.DjangoModelFactory):
    name = "Chính phủ"

    class Meta:
        model = IssuingBody
        django_get_or_create = ("name",)


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    """A live legal document with one PDF file; pass ``parent=`` the section."""

    title = factory.Sequence(lambda n: f"Quyết định {n}/QĐ-UBND về công tác văn thư")
    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    document_type = factory.SubFactory(DocumentTypeFactory, name="Quyết định")
    issuing_body = factory.SubFactory(IssuingBodyFactory, name="Ủy ban nhân dân tỉnh")
    issued_date = datetime.date(2024, 3, 1)
    effective_date = datetime.date(2024, 3, 15)
    summary = "Ban hành quy chế công tác văn thư, lưu trữ của cơ quan."

    class Meta:
        model = LegalDocumentPage

    @factory.post_generation
    def attach(obj, create, extracted, **kwargs):
        """``attach=False`` skips the file; otherwise one PDF is attached."""
        if not create or extracted is False:
            return
        LegalDocumentAttachment.objects.create(page=obj, document=DocumentFileFactory())
