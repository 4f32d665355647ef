from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from civicpost.people.roles import is_clerk, person_for

from .todo import todos_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "home.html",
        {
            "todos": todos_for(request.user),
            "person": person_for(request.user),
            "is_clerk": is_clerk(request.user),
        },
    )


def healthz(request: HttpRequest) -> HttpResponse:
    """For monitoring: answers 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
