"""The JSON API (django-ninja): ``POST /api/check``, ``GET /api/elections``, ``GET /api/periods``,
official posts (``/api/submissions``, ``submissions.py``) and the archive (``archive.py``).

Authentication is a per-user bearer token (see :mod:`civicpost.api.services`); what a token may
do is what its owner may do in the web app, decided at the moment of the request. Every error is
a problem details document (RFC 9457), and the OpenAPI document at ``/api/openapi.json`` says so.
"""

from __future__ import annotations

import os
import time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as RefusedError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError
from ninja.security import HttpBearer

from civicpost.checks.services import effective_pack
from civicpost.elections.models import Election
from civicpost.elections.periods import now, periods_around
from civicpost.people.roles import is_clerk, person_for
from civicpost.policy import InputError, Post, check
from civicpost.registers.context import context_from_db, pid

from . import archive, refusals, services, submissions
from .problems import CONTENT_TYPE, plain_errors, problem
from .schemas import ElectionOut, PeriodOut, PostIn, Problem, ReportOut

ERRORS = {400: Problem, 401: Problem, 403: Problem, 422: Problem, 429: Problem}


def rate_limit(user: Any) -> None:
    """At most ``CIVICPOST_API_RATE`` requests a minute per user (fixed one-minute windows;
    setting or environment variable, default 600). Counted in Django's cache, which is
    per process unless a shared cache is configured."""
    limit = int(
        getattr(settings, "CIVICPOST_API_RATE", None) or os.environ.get("CIVICPOST_API_RATE", 600)
    )
    window = int(time.time() // 60)
    key = f"api-rate:{user.pk}:{window}"
    cache.add(key, 0, timeout=90)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=90)
        count = 1
    if count > limit:
        raise Throttled(wait=60 - int(time.time()) % 60)


class TokenAuth(HttpBearer):
    """``Authorization: Bearer cp_…``: a token made on the "API tokens" page."""

    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        user = services.authenticate(token.strip())
        if user is not None:
            rate_limit(user)
        return user


class ProblemAPI(NinjaAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        """Error responses are ``application/problem+json``, as the API sends them."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        content[CONTENT_TYPE] = content.pop("application/json")
        return schema


api = ProblemAPI(
    title="civicpost API",
    version="1",
    description=(
        "Check posts against the council's social media policy and registers; draft, change "
        "and act on official posts (advice, override, approve, reject, withdraw) as on the web "
        "pages; search the archive of published posts; read elections and pre-election periods. "
        "Images cannot be attached to official posts through the API: use the web page. "
        "Authenticate with `Authorization: Bearer <token>`, a token made on the API tokens "
        "page; a token may do what its owner may do on the web pages. Errors are RFC 9457 "
        "problem details: 403 not allowed for you, 404 unknown (or not yours to see), 409 not "
        "possible in the post's present state, 422 invalid input."
    ),
    urls_namespace="api",
    auth=TokenAuth(),
    docs_url=None,
)


@api.exception_handler(ValidationError)
def _validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return problem(422, "The request does not match the schema.", errors=plain_errors(exc.errors))


@api.exception_handler(Throttled)
def _throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    return problem(
        429, "Too many requests: wait a minute and try again.", Retry_After=str(exc.wait or 60)
    )


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return problem(
        401,
        "Send a valid API token as 'Authorization: Bearer <token>'.",
        WWW_Authenticate="Bearer",
    )


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return problem(exc.status_code, str(exc))


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return problem(403, str(exc) or "You do not have permission to do this.")


@api.exception_handler(RefusedError)
def _refused(request: HttpRequest, exc: RefusedError) -> HttpResponse:
    """A rule of the workflow said no (``civicpost.posts.services``): 403, 409 or 422."""
    status, detail, messages = refusals.refusal(exc)
    return problem(status, detail, errors=[{"loc": [], "msg": m} for m in messages])


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem(404, "There is nothing here with that id.")


@api.exception_handler(InputError)
def _input_error(request: HttpRequest, exc: InputError) -> HttpResponse:
    return problem(422, f"The post cannot be checked: {exc}")


@api.post(
    "/check",
    response={200: ReportOut, **ERRORS},
    summary="Check a post against the policy and the council's registers",
    tags=["checks"],
)
def check_post(request: HttpRequest, payload: PostIn) -> Any:
    """The post is checked as the caller would see it on the "Check a post" page (clause by
    clause, with the Clerk's severity settings). ``author`` defaults to the caller's person id;
    only the Clerk may check a post as someone else's. Nothing is stored."""
    person = person_for(request.auth)
    if person is None:
        raise PermissionDenied("Your sign-in is not linked to a person in the registers.")
    own_id = pid(person.pk)
    author = payload.author or own_id
    if author != own_id and not is_clerk(request.auth):
        raise PermissionDenied("Only the Clerk can check a post as someone else's.")
    data = payload.model_dump(mode="json")
    data["author"] = author
    data["at"] = data["at"] or timezone.now().isoformat()
    post = Post.from_dict(data)
    return check(post, context_from_db(), effective_pack()).to_dict()


def _election(election: Election) -> dict[str, Any]:
    return {
        "id": election.pk,
        "name": str(election),
        "kind": election.kind,
        "poll_date": election.poll_date,
        "ward": str(election.ward) if election.ward_id else None,
        "notice_published_on": election.notice_published_on,
        "applies_to_whole_council": election.applies_to_whole_council,
    }


@api.get("/elections", response={200: list[ElectionOut], **ERRORS}, tags=["elections"])
def list_elections(request: HttpRequest) -> Any:
    """Every election, newest poll first (anyone signed in may read them in the web app)."""
    return [_election(e) for e in Election.objects.select_related("ward").order_by("-poll_date")]


@api.get(
    "/elections/{election_id}",
    response={200: ElectionOut, 404: Problem, **ERRORS},
    tags=["elections"],
)
def get_election(request: HttpRequest, election_id: int) -> Any:
    """One election."""
    return _election(get_object_or_404(Election.objects.select_related("ward"), pk=election_id))


@api.get("/periods", response={200: list[PeriodOut], **ERRORS}, tags=["elections"])
def list_periods(request: HttpRequest) -> Any:
    """Pre-election periods of the elections coming up (clause 4.2), and whether each is running."""
    moment = now()
    return [
        {
            "election_id": p.election_id,
            "election": p.election,
            "starts_at": p.starts_at,
            "ends_at": p.ends_at,
            "basis": p.basis,
            "ward": p.ward,
            "applies_to_whole_council": p.applies_to_whole_council,
            "running": p.contains(moment),
        }
        for p in periods_around(timezone.localtime(moment).date())
        if p.ends_at > moment
    ]


api.add_router("/submissions", submissions.router)
api.add_router("/archive", archive.router)
