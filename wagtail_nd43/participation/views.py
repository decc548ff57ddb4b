"""The public form views, served by the pages' routes.

A rejected submission is shown again with what the person typed (files excepted)
and a Vietnamese message: 400 for invalid input, 429 when the client sent too many.
Nothing visitors send ever reaches a template unescaped.
"""

from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.models import Site

from . import notify
from .forms import CommentForm, LookupForm, QuestionForm
from .notice import COMMENT, QUESTION, build_notice
from .security import hit_rate_limit


TOO_MANY = "too_many"


def _render(request, page, template, context, status=200):
    context = {**page.get_context(request), **context}
    response = TemplateResponse(request, template, context, status=status)
    add_never_cache_headers(response)
    return response


def _site(page, request):
    return Site.find_for_request(request) or page.get_site()


def _handle(request, page, form_class, kind, scope, create):
    """GET: the empty form. POST: rate limit, validate, ``create(form)`` in a
    transaction. Returns ``(form, result, status, problem)``."""
    notice = build_notice(request, _site(page, request), kind)
    if request.method != "POST":
        return form_class(notice=notice), None, 200, None
    form = form_class(request.POST, request.FILES, notice=notice)
    if hit_rate_limit(request, scope):
        form.is_valid()  # fill the form's data and errors for the page
        return form, None, 429, TOO_MANY
    if not form.is_valid():
        return form, None, 400, form.rejected
    with transaction.atomic():
        result = create(form)
    return form, result, 200, None


def ask_view(page, request):
    from ..models import Question

    site = _site(page, request)

    def create(form):
        fields = form.submission_fields()
        question = Question(site=site, **fields)
        if form.cleaned_data.get("attachment"):
            question.attachment = form.cleaned_data["attachment"]
        question.save()
        notify.question_received(
            question,
            request.build_absolute_uri(page.url + page.reverse_subpage("lookup")),
        )
        return question

    form, question, status, problem = _handle(
        request, page, QuestionForm, QUESTION, "question", create
    )
    if question is not None:
        return _render(
            request,
            page,
            "wagtail_nd43/participation/question_received.html",
            {
                "question": question,
                "lookup_url": page.url + page.reverse_subpage("lookup"),
            },
        )
    return _render(
        request,
        page,
        "wagtail_nd43/participation/ask.html",
        {"form": form, "problem": problem},
        status,
    )


def lookup_view(page, request):
    from ..models import Question
    from ..models.participation import normalize_ticket

    site = _site(page, request)
    question = None
    status = 200
    problem = None
    if request.method == "POST":
        form = LookupForm(request.POST)
        if hit_rate_limit(request, "lookup"):
            form.is_valid()
            status, problem = 429, TOO_MANY
        elif form.is_valid():
            ticket = normalize_ticket(form.cleaned_data["ticket"])
            contact = form.cleaned_data["contact"].strip()
            candidate = (
                Question.objects.filter(
                    site=site, ticket=ticket, erased_at__isnull=True
                )
                .select_related("category")
                .first()
                if ticket
                else None
            )
            if candidate is not None and _contact_matches(candidate, contact):
                question = candidate
            else:
                status, problem = 404, "not_found"
        else:
            status = 400
    else:
        form = LookupForm()
    return _render(
        request,
        page,
        "wagtail_nd43/participation/lookup.html",
        {"form": form, "question": question, "problem": problem},
        status,
    )


def _digits(value):
    return "".join(char for char in value if char.isdigit())


def _contact_matches(question, contact):
    if question.email and contact.casefold() == question.email.casefold():
        return True
    digits = _digits(contact)
    return (
        bool(question.phone) and len(digits) >= 8 and digits == _digits(question.phone)
    )


def consultation_view(page, request):
    from ..models import ConsultationComment
    from ..models.participation import ConsultationStatus

    is_open = page.status() == ConsultationStatus.OPEN
    comment = None
    form = None
    status = 200
    problem = None
    if is_open:

        def create(form):
            comment = ConsultationComment(page=page, **form.submission_fields())
            if form.cleaned_data.get("attachment"):
                comment.attachment = form.cleaned_data["attachment"]
            comment.save()
            notify.comment_received(comment)
            return comment

        form, comment, status, problem = _handle(
            request, page, CommentForm, COMMENT, "comment", create
        )
    elif request.method == "POST":
        status = 400
        problem = "closed"
    return _render(
        request,
        page,
        page.get_template(request),
        {
            "form": form,
            "comment": comment,
            "problem": problem,
            "consultation_status": page.status(),
            "comments": page.published_comments(),
        },
        status,
    )
