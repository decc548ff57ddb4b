"""Emails about submissions, through Django's email backend.

Mail is sent after the submission is committed, and a failing mail server never
fails the visitor's request: the error is logged and the submission stays in the
admin. A slow server holds the request at most
``WAGTAIL_ND43_PARTICIPATION_EMAIL_TIMEOUT`` seconds per message. Visitor text goes only into message bodies (plain text), never into
headers.
"""

import logging

from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.utils.translation import gettext as _

from ..conf import nd43_settings


logger = logging.getLogger(__name__)


def _send(subject, body, recipients, what):
    recipients = [address for address in recipients if address]
    if not recipients:
        return False
    try:
        connection = get_connection(
            fail_silently=False, timeout=nd43_settings.PARTICIPATION_EMAIL_TIMEOUT
        )
        send_mail(subject, body, None, recipients, connection=connection)
    except Exception:  # the mail server is down or refuses: log, never fail
        logger.exception("wagtail_nd43: could not send the %s email", what)
        return False
    return True


def send_later(subject, body, recipients, what):
    """Send once the current transaction commits (now when there is none)."""
    transaction.on_commit(lambda: _send(subject, body, list(recipients), what))


def tell_sender(submission, subject, body, what):
    """Mail the person who sent ``submission`` (a question, a comment), when they
    left an address."""
    if submission.email:
        send_later(subject, body, [submission.email], what)


def _date(value):
    """A date as visitors write it (``dd/mm/yyyy``); none: empty."""
    return f"{value:%d/%m/%Y}" if value else ""


def question_staff_recipients(site):
    from ..models import AgencySettings

    configured = list(nd43_settings.QUESTION_NOTIFY_EMAILS)
    if configured:
        return configured
    email = AgencySettings.for_site(site).email if site else ""
    return [email] if email else []


def question_received(question, page_url):
    send_later(
        _("New question %(ticket)s") % {"ticket": question.ticket},
        _(
            "A new question was received through the website.\n\n"
            "Ticket: %(ticket)s\nSubject: %(title)s\nAnswer due: %(due)s\n\n"
            "%(body)s\n\nAnswer it in the admin, under “Questions”."
        )
        % {
            "ticket": question.ticket,
            "title": question.title,
            "due": _date(question.due_date),
            "body": question.body,
        },
        question_staff_recipients(question.site),
        "new question",
    )
    tell_sender(
        question,
        _("Your question was received: %(ticket)s") % {"ticket": question.ticket},
        _(
            "We have received your question “%(title)s”.\n\n"
            "Your ticket code is %(ticket)s. Keep it: with it and this email "
            "address you can follow the question at %(url)s.\n\n"
            "An answer or a notice of its status is due by %(due)s."
        )
        % {
            "title": question.title,
            "ticket": question.ticket,
            "url": page_url,
            "due": _date(question.due_date),
        },
        "question receipt",
    )


def question_status_changed(question):
    """Tell the sender when the question is answered or out of scope (the latter
    at once, Decree 43 Art. 17.1.đ)."""
    if question.status == question.Status.OUT_OF_SCOPE:
        body = _(
            "Your question %(ticket)s “%(title)s” is outside the agency's remit.\n\n"
            "%(reason)s"
        ) % {
            "ticket": question.ticket,
            "title": question.title,
            "reason": question.out_of_scope_reason,
        }
    elif question.status == question.Status.ANSWERED:
        body = _(
            "Your question %(ticket)s “%(title)s” has been answered.\n\n%(answer)s"
        ) % {
            "ticket": question.ticket,
            "title": question.title,
            "answer": question.answer,
        }
    else:
        return
    _tell_about_question(question, body, "question status")


def question_status_notice(question):
    """Send the sender the status notice and the date the answer is expected by
    (Decree 43 Art. 17.1.đ: an answer or a status notice within 15 working
    days)."""
    _tell_about_question(
        question,
        _(
            "Your question %(ticket)s “%(title)s” is being handled.\n\n%(notice)s"
            "\n\nThe answer is expected by %(date)s."
        )
        % {
            "ticket": question.ticket,
            "title": question.title,
            "notice": question.status_notice,
            "date": _date(question.answer_expected_by),
        },
        "question status notice",
    )


def _tell_about_question(question, body, what):
    tell_sender(
        question,
        _("About your question %(ticket)s") % {"ticket": question.ticket},
        body,
        what,
    )


def comment_received(comment):
    page = comment.page
    send_later(
        _("New comment %(ticket)s on “%(title)s”")
        % {"ticket": comment.ticket, "title": page.title},
        _(
            "A comment on the draft “%(title)s” was received through the website.\n\n"
            "Reference: %(ticket)s\n\n%(body)s\n\nModerate it in the admin, under "
            "“Comments on drafts”."
        )
        % {"title": page.title, "ticket": comment.ticket, "body": comment.body},
        [page.receiving_email],
        "new comment",
    )
    tell_sender(
        comment,
        _("Your comment was received: %(ticket)s") % {"ticket": comment.ticket},
        _(
            "We have received your comment on the draft “%(title)s”. Its "
            "reference is %(ticket)s. It is published on the page after "
            "moderation."
        )
        % {"title": page.title, "ticket": comment.ticket},
        "comment receipt",
    )
