"""Pages for official posts (clause 4.1): thin; the rules are in ``services``."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_POST

from civicpost.audit.services import record
from civicpost.checks.views import TAG_CLASSES, panel_context
from civicpost.people.models import SocialAccount
from civicpost.people.roles import is_clerk, person_for
from civicpost.web.mixins import require_clerk

from . import archive as archive_mod
from . import crypto, services
from .forms import (
    AdviceForm,
    ConnectionForm,
    ContentForm,
    DraftForm,
    LinkForm,
    OverrideForm,
    ReasonForm,
)
from .models import Connection, Publication, Submission


def _bound(request: HttpRequest, files: bool = False) -> tuple[Any, ...]:
    """Form data for a POST (even an empty one, so errors show), none for a GET."""
    if request.method != "POST":
        return (None, None) if files else (None,)
    return (request.POST, request.FILES) if files else (request.POST,)


def _errors_to_form(form: Any, error: ValidationError) -> None:
    for message in error.messages:
        form.add_error(None, message)


@login_required
def post_list(request: HttpRequest) -> HttpResponse:
    person = person_for(request.user)
    clerk = is_clerk(request.user)
    mine = Submission.objects.filter(author=person) if person else Submission.objects.none()
    waiting = [
        s
        for s in Submission.objects.filter(
            state__in=[Submission.State.SUBMITTED, Submission.State.HELD]
        ).exclude(author=person)
        if clerk or not services.approval_problems(person, s)
    ]
    everything = Submission.objects.all()[:50] if clerk else []
    return render(
        request,
        "posts/list.html",
        {
            "mine": mine,
            "waiting": waiting,
            "everything": everything,
            "is_clerk": clerk,
        },
    )


@login_required
def post_new(request: HttpRequest) -> HttpResponse:
    form = DraftForm(*_bound(request, files=True))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            submission = services.create_submission(
                request.user,
                accounts=data["accounts"],
                text=data["text"],
                links=data["links"],
                images=form.images(),
                paid=data["paid"],
                publish_at=data["publish_at"],
                send=request.POST.get("action") != "save",
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            if submission.state == Submission.State.DRAFT:
                messages.success(request, "Draft saved: nobody else sees it until you send it")
            else:
                messages.success(request, "Your post has been sent for approval")
            return redirect("post-detail", pk=submission.pk)
    return render(request, "posts/draft.html", {"form": form, "title": "Draft an official post"})


@login_required
@require_POST
def live_panel(request: HttpRequest) -> HttpResponse:
    """The live check panel of the "Check a post" page, for an official post; stores nothing."""
    text = request.POST.get("text", "")
    if not text.strip():
        return render(request, "checks/_panel.html", {"empty": True})
    accounts = list(
        SocialAccount.objects.filter(
            pk__in=[a for a in request.POST.getlist("accounts") if a.isdigit()], is_official=True
        )
    )
    links = [line.strip() for line in request.POST.get("links", "").splitlines() if line.strip()]
    alt = request.POST.get("alt_text", "")
    images = [(alt, request.POST.get("consent", ""))] if alt.strip() else []
    post, report, pack = services.check_revision_content(
        text, links, accounts, images, request.POST.get("paid") == "on"
    )
    return render(request, "checks/_panel.html", panel_context(post, report, pack))


def _detail_context(request: HttpRequest, submission: Submission) -> dict[str, Any]:
    person = person_for(request.user)
    revision = submission.current_revision
    clerk = is_clerk(request.user)
    problems = services.approval_problems(person, submission)
    return {
        "submission": submission,
        "revision": revision,
        "findings": (revision.report.get("findings", []) if revision else []),
        "verdict_class": TAG_CLASSES.get(revision.verdict, "") if revision else "",
        "is_clerk": clerk,
        "is_author": person is not None and person.pk == submission.author_id,
        "can_approve": not problems,
        "approval_problems": problems,
        "publications": submission.publications.select_related("account"),
    }


def _submission(request: HttpRequest, pk: int) -> Submission:
    """The submission, or "not found" for someone else's unsent draft."""
    submission = get_object_or_404(Submission, pk=pk)
    if not services.may_see(request.user, submission):
        raise Http404("No such post")
    return submission


@login_required
def post_detail(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission(request, pk)
    return render(request, "posts/detail.html", _detail_context(request, submission))


@login_required
@require_POST
def post_send(request: HttpRequest, pk: int) -> HttpResponse:
    """The author sends a saved draft for approval (clause 4.1)."""
    submission = _submission(request, pk)
    try:
        services.send_for_approval(request.user, submission)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, "Your post has been sent for approval")
    return redirect("post-detail", pk=pk)


@login_required
def post_revise(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission(request, pk)
    revision = submission.current_revision
    initial = {"text": revision.text, "links": "\n".join(revision.links)} if revision else {}
    form = ContentForm(*_bound(request, files=True), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.revise(
                request.user,
                submission,
                text=form.cleaned_data["text"],
                links=form.cleaned_data["links"],
                images=form.images(),
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            if submission.state == Submission.State.DRAFT:
                messages.success(request, "Changes saved and checked again: it is still a draft")
            else:
                messages.success(
                    request, "Changes saved and checked again: it needs a new approval"
                )
            return redirect("post-detail", pk=pk)
    return render(
        request,
        "posts/draft.html",
        {"form": form, "title": "Change the post", "submission": submission},
    )


def _reason_page(
    request: HttpRequest,
    submission: Submission,
    form: Any,
    template_context: dict,
    action: Any,
    success: str,
) -> HttpResponse:
    if request.method == "POST" and form.is_valid():
        try:
            action(*form.cleaned_data.values())
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, success)
            return redirect("post-detail", pk=submission.pk)
    return render(
        request, "posts/reason.html", {"form": form, "submission": submission} | template_context
    )


@login_required
def post_advice(request: HttpRequest, pk: int) -> HttpResponse:
    require_clerk(request, "give advice on official posts")
    submission = _submission(request, pk)
    return _reason_page(
        request,
        submission,
        AdviceForm(*_bound(request)),
        {"title": "What is your advice?", "button": "Send advice", "show_report": True}
        | _detail_context(request, submission),
        lambda text: services.give_advice(request.user, submission, text),
        "Advice sent to the author",
    )


@login_required
def post_override(request: HttpRequest, pk: int) -> HttpResponse:
    require_clerk(request, "override a breach of the policy")
    submission = _submission(request, pk)
    return _reason_page(
        request,
        submission,
        OverrideForm(*_bound(request)),
        {"title": "Override the breach", "button": "Record the override", "show_report": True}
        | _detail_context(request, submission),
        lambda reason: services.override(request.user, submission, reason),
        "Override recorded",
    )


@login_required
def post_reject(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission(request, pk)
    return _reason_page(
        request,
        submission,
        ReasonForm(*_bound(request)),
        {"title": "Why are you rejecting this post?", "button": "Reject the post"},
        lambda reason: services.reject(request.user, submission, reason),
        "Post rejected: the author has been told",
    )


@login_required
def post_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission(request, pk)
    return _reason_page(
        request,
        submission,
        ReasonForm(*_bound(request)),
        {"title": "Why are you withdrawing this post?", "button": "Withdraw the post"},
        lambda reason: services.withdraw(request.user, submission, reason),
        "Post withdrawn",
    )


@login_required
def post_approve(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Check your answers" before the irreversible step, then approve."""
    submission = _submission(request, pk)
    context = _detail_context(request, submission)
    if request.method == "POST":
        try:
            services.approve(request.user, submission)
        except ValidationError as error:
            context["errors"] = error.messages
        else:
            messages.success(request, "Post approved: it will be published")
            return redirect("post-detail", pk=pk)
    return render(request, "posts/approve.html", context)


@login_required
def publication_link(request: HttpRequest, pk: int) -> HttpResponse:
    require_clerk(request, "record a post published by hand")
    publication = get_object_or_404(Publication, pk=pk)
    form = LinkForm(*_bound(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.record_by_hand(request.user, publication, form.cleaned_data["url"])
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, "Link recorded: the post is in the archive")
            return redirect("post-detail", pk=publication.submission_id)
    return render(
        request,
        "posts/reason.html",
        {
            "form": form,
            "submission": publication.submission,
            "button": "Save the link",
            "title": f"What is the link to the post on {publication.account}?",
            "lede": "Publish the approved text on the account yourself, then paste its link here.",
            "text_to_post": publication.revision.text_with_links,
        },
    )


@login_required
def archive(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    account = request.GET.get("account", "")
    account = account if account.isdigit() else ""
    since, until = request.GET.get("from") or None, request.GET.get("to") or None
    try:
        posts = archive_mod.published(q, account, since, until)
        list(posts[:1])
    except ValidationError:
        messages.error(request, "Enter dates as day, month and year")
        posts = archive_mod.published(q, account)
        since = until = None
    fmt = request.GET.get("format")
    if fmt == "csv":
        response = HttpResponse(archive_mod.as_csv(posts), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="official-posts.csv"'
        return response
    if fmt == "json":
        data = [archive_mod.as_record(p) for p in posts]
        response = HttpResponse(json.dumps(data, indent=2), content_type="application/json")
        response["Content-Disposition"] = 'attachment; filename="official-posts.json"'
        return response
    query = request.GET.copy()
    query.pop("format", None)
    return render(
        request,
        "posts/archive.html",
        {
            "posts": [archive_mod.as_record(p) for p in posts[:200]],
            "q": q,
            "account": account,
            "since": since or "",
            "until": until or "",
            "accounts": SocialAccount.objects.filter(is_official=True),
            "query": query.urlencode(),
        },
    )


class OfficialPostsFeed(Feed):
    """An Atom feed of the council's published official posts, for its website (public)."""

    feed_type = Atom1Feed
    title = "Official posts"
    subtitle = "Posts published on the council's official social media accounts."

    def link(self) -> str:
        return reverse("post-archive")

    def items(self) -> list[Publication]:
        return list(
            Publication.objects.filter(state=Publication.State.PUBLISHED)
            .select_related("account", "revision")
            .order_by("-published_at")[:50]
        )

    def item_title(self, item: Publication) -> str:
        text = item.revision.text
        return f"{item.account}: {text[:80]}"

    def item_description(self, item: Publication) -> str:
        return item.revision.text_with_links

    def item_link(self, item: Publication) -> str:
        return item.url or reverse("post-archive")

    def item_guid(self, item: Publication) -> str:
        return f"urn:uuid:{item.idempotency_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Publication) -> Any:
        return item.published_at

    def item_updateddate(self, item: Publication) -> Any:
        return item.published_at


@login_required
def connection_list(request: HttpRequest) -> HttpResponse:
    require_clerk(request, "manage how posts are published")
    accounts = SocialAccount.objects.filter(is_official=True).select_related("platform")
    rows = [(a, Connection.objects.filter(account=a).first()) for a in accounts]
    unsettled = (
        Publication.objects.filter(state__in=[Publication.State.SENDING, Publication.State.UNKNOWN])
        .select_related("account", "submission")
        .order_by("updated_at")
    )
    return render(request, "posts/connections.html", {"rows": rows, "unsettled": unsettled})


@login_required
@require_POST
def reconcile(request: HttpRequest) -> HttpResponse:
    """The Clerk's button for ``reconcile_publications``: settle posts a crashed worker left
    "sending" (never sending anything twice: ``services.publish_one`` explains how)."""
    require_clerk(request, "manage how posts are published")
    count = services.reconcile()
    record(request.user, "posts.reconcile", None, summary=f"Settled {count} publication(s)")
    if count:
        messages.success(request, f"Checked {count} post(s) left part-way through sending")
    else:
        messages.success(request, "Nothing was left part-way through sending for over 10 minutes")
    return redirect("post-connections")


@login_required
def connection_edit(request: HttpRequest, account_pk: int) -> HttpResponse:
    """Set how an account is published; the token is encrypted and never shown again."""
    require_clerk(request, "manage how posts are published")
    account = get_object_or_404(SocialAccount, pk=account_pk, is_official=True)
    instance = Connection.objects.filter(account=account).first() or Connection(account=account)
    form = ConnectionForm(*_bound(request), instance=instance)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            connection = form.save(commit=False)
            token = form.cleaned_data.get("token")
            if token:
                connection.secret = crypto.encrypt(token)
            if connection.kind == Connection.Kind.BY_HAND:
                connection.secret = ""
            connection.save()
            record(
                request.user,
                "connection.changed",
                connection,
                summary=f"Publishing set: {connection}",
                changes={
                    "kind": connection.kind,
                    "endpoint": connection.endpoint,
                    "token_changed": bool(token),
                },
            )  # never the token itself
        messages.success(request, f"Saved: {connection}")
        return redirect("post-connections")
    return render(
        request,
        "posts/connection_form.html",
        {"form": form, "account": account, "connection": instance},
    )
