"""The home page's "waiting for me" items for official posts (clause 4.1)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from civicpost.people.roles import is_clerk, person_for
from civicpost.web.todo import Todo

from .models import Publication, Submission
from .services import approval_problems


def post_todos(user: Any) -> list[Todo]:
    person = person_for(user)
    if person is None:
        return []
    clerk = is_clerk(user)
    todos = [
        Todo(f"Your draft post {draft.pk} has not been sent for approval.", url, "Open it")
        for draft in Submission.objects.filter(author=person, state=Submission.State.DRAFT)
        for url in [reverse("post-detail", args=[draft.pk])]
    ]
    open_posts = Submission.objects.filter(
        state__in=[Submission.State.SUBMITTED, Submission.State.HELD]
    ).select_related("author")
    for post in open_posts:
        url = reverse("post-detail", args=[post.pk])
        revision = post.current_revision
        if post.author_id == person.pk:
            if post.state == Submission.State.HELD:
                todos.append(Todo(f"Your post {post.pk} was held at publish time.", url, "See why"))
            continue
        if clerk and revision and revision.needs_advice and not revision.advice.exists():
            todos.append(
                Todo(
                    f"Post {post.pk} by {post.author} needs your advice "
                    f"(the check found a {revision.verdict}).",
                    reverse("post-advice", args=[post.pk]),
                    "Give advice",
                )
            )
        elif not approval_problems(person, post):
            todos.append(
                Todo(
                    f"Post {post.pk} by {post.author} is waiting for your approval.",
                    url,
                    "Review the post",
                )
            )
    if clerk:
        for pub in Publication.objects.filter(
            state__in=[
                Publication.State.BY_HAND,
                Publication.State.UNKNOWN,
                Publication.State.GAVE_UP,
            ]
        ).select_related("account"):
            todos.append(
                Todo(
                    f"Post {pub.submission_id} on {pub.account}: "
                    f"{pub.get_state_display().lower()}.",
                    reverse("publication-link", args=[pub.pk]),
                    "Record the link",
                )
            )
    return todos
