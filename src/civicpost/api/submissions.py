"""``/api/submissions``: official posts (clause 4.1) through the API, as on the web pages.

Every rule is in ``civicpost.posts.services`` (who may draft, revise, advise, override,
approve, reject or withdraw, and when) and the input is cleaned by the web app's own forms, so
the API and the pages cannot disagree. A refusal becomes a problem document: 403 (not this
person), 409 (not in this state) or 422 (the content), see ``refusals``. Images cannot be sent
through the API.
"""

from __future__ import annotations

from typing import Annotated, Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Header, Query, Router

from civicpost.people.models import SocialAccount
from civicpost.posts import services
from civicpost.posts.forms import (
    AdviceForm,
    ContentForm,
    DraftForm,
    LinkForm,
    OverrideForm,
    ReasonForm,
)
from civicpost.posts.models import Publication, Submission

from . import idempotency, post_records
from .post_schemas import (
    AdviceIn,
    LinkIn,
    ReasonIn,
    RevisionIn,
    State,
    SubmissionIn,
    SubmissionOut,
    SubmissionPage,
)
from .problems import problem
from .schemas import Problem

router = Router(tags=["submissions"])

READ_ERRORS = {400: Problem, 401: Problem, 404: Problem, 422: Problem, 429: Problem}
WRITE_ERRORS = READ_ERRORS | {403: Problem, 409: Problem}


def _visible(request: HttpRequest, submission_id: int) -> Submission:
    """The post, or 404 when it does not exist or the caller may not see it (web: may_see)."""
    return get_object_or_404(services.visible_submissions(request.auth), pk=submission_id)


def _detail(request: HttpRequest, submission_id: int) -> dict[str, Any]:
    submission = get_object_or_404(post_records.with_related(Submission.objects), pk=submission_id)
    return SubmissionOut.model_validate(post_records.detail(submission, request.auth)).model_dump(
        mode="json"
    )


def _form_problem(form: Any) -> HttpResponse:
    """A form's errors as a 422 problem, each located at the request's field."""
    errors = [
        {"loc": ["body", "payload"] + ([] if field == "__all__" else [field]), "msg": str(m)}
        for field, messages in form.errors.items()
        for m in messages
    ]
    return problem(422, " ".join(e["msg"] for e in errors), errors=errors)


def _account_ids(refs: list[int | str]) -> list[int] | HttpResponse:
    """Account ids as given, or looked up from handles among the official accounts."""
    ids = []
    for ref in refs:
        if isinstance(ref, int):
            ids.append(ref)
            continue
        bare = ref.strip().lstrip("@")
        found = list(
            SocialAccount.objects.filter(is_official=True)
            .filter(Q(handle__iexact=bare) | Q(handle__iexact=f"@{bare}"))
            .values_list("pk", flat=True)
        )
        if len(found) != 1:
            why = "no official account" if not found else "more than one official account"
            return problem(
                422,
                f"There is {why} with the handle “{ref}”: give the account's id.",
                errors=[{"loc": ["body", "payload", "accounts"], "msg": f"Unknown “{ref}”."}],
            )
        ids.append(found[0])
    return ids


@router.get("", response={200: SubmissionPage, **READ_ERRORS}, summary="List official posts")
def list_submissions(
    request: HttpRequest,
    state: State | None = None,
    account: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> Any:
    """The official posts the caller may see (everything but someone else's unsent draft; the
    Clerk sees all), newest first, optionally of one state or on one account."""
    posts = services.visible_submissions(request.auth)
    if state:
        posts = posts.filter(state=state)
    if account:
        posts = posts.filter(accounts__pk=account)
    posts = posts.order_by("-created_at", "-pk")
    items = post_records.for_summaries(posts)[offset : offset + limit]
    return {
        "count": posts.count(),
        "limit": limit,
        "offset": offset,
        "items": [post_records.summary(s) for s in items],
    }


@router.get(
    "/{submission_id}",
    response={200: SubmissionOut, **READ_ERRORS},
    summary="One official post with its history",
)
def get_submission(request: HttpRequest, submission_id: int) -> Any:
    """Its revisions, the latest check report, the Clerk's advice and overrides, approvals
    (including voided ones), rejections and withdrawals, publications, and whether the caller
    may approve it now."""
    return _detail(request, _visible(request, submission_id).pk)


@router.post(
    "",
    response={201: SubmissionOut, **WRITE_ERRORS},
    summary="Draft an official post and send it for approval (or keep it as a draft)",
)
def create_submission(
    request: HttpRequest,
    payload: SubmissionIn,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias=idempotency.HEADER,
            min_length=1,
            max_length=200,
            description="Any unique string, e.g. a UUID: a retry with the same key and body makes "
            "no second post and gets the first answer; the same key with another body is a 422.",
        ),
    ] = None,
) -> Any:
    """Any councillor or employee drafts an official post (clause 4.1); it is checked against
    the policy and the registers and waits for approval. Images cannot be attached through the
    API: add them on the web page."""
    user = request.auth
    digest = idempotency.request_hash(payload)
    if idempotency_key:
        replayed = idempotency.replay(user, idempotency_key, digest)
        if replayed is not None:
            return replayed
    ids = _account_ids(payload.accounts)
    if isinstance(ids, HttpResponse):
        return ids
    form = DraftForm(
        {
            "accounts": ids,
            "text": payload.text,
            "links": "\n".join(payload.links),
            "paid": payload.paid,
            "publish_at": payload.publish_at,
        }
    )
    if not form.is_valid():
        return _form_problem(form)
    data = form.cleaned_data
    try:
        with transaction.atomic():
            submission = services.create_submission(
                user,
                accounts=data["accounts"],
                text=data["text"],
                links=data["links"],
                paid=data["paid"],
                publish_at=data["publish_at"],
                send=payload.send,
            )
            body = _detail(request, submission.pk)
            if idempotency_key:
                idempotency.keep(user, idempotency_key, digest, submission, 201, body)
    except IntegrityError:
        replayed = idempotency_key and idempotency.replay(user, idempotency_key, digest)
        if not replayed:
            raise
        return replayed  # the same key, sent twice at once: the other request made the post
    return idempotency.json_response(body, 201, Location=f"/api/submissions/{submission.pk}")


def _act(request: HttpRequest, submission_id: int, form: Any, action: Any) -> Any:
    """Clean the input with the web page's form, then let the service decide."""
    submission = _visible(request, submission_id)
    if form is not None and not form.is_valid():
        return _form_problem(form)
    action(submission, form.cleaned_data if form is not None else {})
    return _detail(request, submission.pk)


@router.post(
    "/{submission_id}/revisions",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="Change the post (a new revision)",
)
def revise(request: HttpRequest, submission_id: int, payload: RevisionIn) -> Any:
    """The author or the Clerk changes the text or links; the new revision is checked again and
    any approval is voided (clause 4.1). Images of the latest revision are kept."""
    form = ContentForm({"text": payload.text, "links": "\n".join(payload.links)})
    return _act(
        request,
        submission_id,
        form,
        lambda s, d: services.revise(request.auth, s, text=d["text"], links=d["links"]),
    )


@router.post(
    "/{submission_id}/advice",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="The Clerk's advice",
)
def advise(request: HttpRequest, submission_id: int, payload: AdviceIn) -> Any:
    """The Clerk's written advice on the current revision, which the author sees (clause 4.1)."""
    return _act(
        request,
        submission_id,
        AdviceForm({"text": payload.text}),
        lambda s, d: services.give_advice(request.auth, s, d["text"]),
    )


@router.post(
    "/{submission_id}/override",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="The Clerk overrides a breach",
)
def override(request: HttpRequest, submission_id: int, payload: ReasonIn) -> Any:
    """The Clerk lets a revision with a breach go out, with a written reason (clause 4.1)."""
    return _act(
        request,
        submission_id,
        OverrideForm({"reason": payload.reason}),
        lambda s, d: services.override(request.auth, s, d["reason"]),
    )


@router.post(
    "/{submission_id}/approve",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="Approve the current revision",
)
def approve(request: HttpRequest, submission_id: int) -> Any:
    """An agreed councillor whose authority stands now, or the Clerk, approves the current
    revision; never its author (clause 4.1 and 4.2). Two approvals at once leave one: the other
    gets a 409. Publishing then starts in the background."""
    return _act(request, submission_id, None, lambda s, d: services.approve(request.auth, s))


@router.post(
    "/{submission_id}/reject",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="Reject the post, saying why",
)
def reject(request: HttpRequest, submission_id: int, payload: ReasonIn) -> Any:
    """An agreed councillor or the Clerk turns the post down; the author is told why."""
    return _act(
        request,
        submission_id,
        ReasonForm({"reason": payload.reason}),
        lambda s, d: services.reject(request.auth, s, d["reason"]),
    )


@router.post(
    "/{submission_id}/withdraw",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="Withdraw the post, saying why",
)
def withdraw(request: HttpRequest, submission_id: int, payload: ReasonIn) -> Any:
    """The author or the Clerk withdraws the post; its history is kept."""
    return _act(
        request,
        submission_id,
        ReasonForm({"reason": payload.reason}),
        lambda s, d: services.withdraw(request.auth, s, d["reason"]),
    )


@router.post(
    "/{submission_id}/send",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="Send a draft for approval",
)
def send(request: HttpRequest, submission_id: int) -> Any:
    """The author or the Clerk sends a saved draft to the agreed councillors (clause 4.1);
    a second send gets a 409."""
    return _act(
        request, submission_id, None, lambda s, d: services.send_for_approval(request.auth, s)
    )


@router.post(
    "/{submission_id}/publications/{publication_id}/link",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="Record the link of a post published by hand",
)
def record_link(
    request: HttpRequest, submission_id: int, publication_id: int, payload: LinkIn
) -> Any:
    """The Clerk posted it by hand (or checked an account whose outcome was unknown) and gives
    its address; the archive record is the same as for a connector."""
    submission = _visible(request, submission_id)
    publication = get_object_or_404(Publication, pk=publication_id, submission=submission)
    return _act(
        request,
        submission_id,
        LinkForm({"url": payload.url}),
        lambda s, d: services.record_by_hand(request.auth, publication, d["url"]),
    )
