"""Pages for the people, platforms, accounts and authorities registers (Clerk only),
and "my details" for everyone."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.generic import CreateView, DetailView, ListView, UpdateView

from civicpost.web.mixins import ClerkRequiredMixin, ServiceFormMixin, require_clerk

from . import services
from .forms import (
    AuthorityForm,
    EndDateForm,
    PersonForm,
    PlatformForm,
    RoleForm,
    SignInForm,
    SocialAccountForm,
)
from .models import Person, Platform, PostingAuthority, Role, SocialAccount, today
from .roles import is_clerk, person_for

FORM_TEMPLATE = "people/form.html"


# --- People ------------------------------------------------------------------------------------
class PersonList(ClerkRequiredMixin, ListView):
    model = Person
    paginate_by = 50

    def get_queryset(self) -> QuerySet[Person]:
        people = Person.objects.prefetch_related("roles")
        query = self.request.GET.get("q", "").strip()
        if query:
            people = people.filter(Q(full_name__icontains=query) | Q(aliases__icontains=query))
        return people

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["query"] = self.request.GET.get("q", "")
        context["today"] = today()
        return context


class PersonCreate(ClerkRequiredMixin, ServiceFormMixin, CreateView):
    model = Person
    form_class = PersonForm
    template_name = FORM_TEMPLATE
    service = services.save_person
    title = "Add a person"
    success_message = "Person added"

    def get_success_url(self) -> str:
        return reverse("person-detail", args=[self.object.pk])


class PersonUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = Person
    form_class = PersonForm
    template_name = FORM_TEMPLATE
    service = services.save_person
    title = "Change a person’s details"
    success_message = "Details saved"

    def get_success_url(self) -> str:
        return reverse("person-detail", args=[self.object.pk])


class PersonDetail(ClerkRequiredMixin, DetailView):
    model = Person

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(**kwargs) | _person_context(self.object)


def _person_context(person: Person) -> dict[str, Any]:
    return {
        "roles": person.roles.all(),
        "accounts": person.accounts.select_related("platform"),
        "authorities": person.authorities.select_related("account__platform"),
        "today": today(),
    }


@login_required
def my_details(request: HttpRequest) -> HttpResponse:
    """Councillors and employees see their own record."""
    person = person_for(request.user)
    context: dict[str, Any] = {"person": person, "is_clerk": is_clerk(request.user)}
    if person:
        context |= _person_context(person)
    return render(request, "people/my_details.html", context)


# --- Roles -------------------------------------------------------------------------------------
class RoleCreate(ClerkRequiredMixin, ServiceFormMixin, CreateView):
    model = Role
    form_class = RoleForm
    template_name = FORM_TEMPLATE
    service = services.save_role
    title = "Add a role"
    success_message = "Role added"

    def get_initial(self) -> dict[str, Any]:
        return {"person": self.request.GET.get("person"), "starts_on": today()}

    def get_success_url(self) -> str:
        return reverse("person-detail", args=[self.object.person_id])


class RoleUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = Role
    form_class = RoleForm
    template_name = FORM_TEMPLATE
    service = services.save_role
    title = "Change a role"
    success_message = "Role saved"

    def get_success_url(self) -> str:
        return reverse("person-detail", args=[self.object.person_id])


# --- Platforms ---------------------------------------------------------------------------------
class PlatformList(ClerkRequiredMixin, ListView):
    model = Platform


class PlatformCreate(ClerkRequiredMixin, ServiceFormMixin, CreateView):
    model = Platform
    form_class = PlatformForm
    template_name = FORM_TEMPLATE
    service = services.save_platform
    title = "Add a platform"
    success_message = "Platform added"

    def get_success_url(self) -> str:
        return reverse("platform-list")


class PlatformUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = Platform
    form_class = PlatformForm
    template_name = FORM_TEMPLATE
    service = services.save_platform
    title = "Change a platform"
    success_message = "Platform saved"

    def get_success_url(self) -> str:
        return reverse("platform-list")


# --- Social accounts ---------------------------------------------------------------------------
class AccountList(ClerkRequiredMixin, ListView):
    model = SocialAccount
    template_name = "people/account_list.html"
    paginate_by = 50

    def get_queryset(self) -> QuerySet[SocialAccount]:
        accounts = SocialAccount.objects.select_related("platform", "owner")
        kind = self.request.GET.get("kind")
        if kind == "official":
            accounts = accounts.filter(is_official=True)
        elif kind == "personal":
            accounts = accounts.filter(is_official=False)
        query = self.request.GET.get("q", "").strip()
        if query:
            accounts = accounts.filter(
                Q(handle__icontains=query)
                | Q(display_name__icontains=query)
                | Q(owner__full_name__icontains=query)
            )
        return accounts

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["query"] = self.request.GET.get("q", "")
        context["kind"] = self.request.GET.get("kind", "")
        return context


class AccountCreate(ClerkRequiredMixin, ServiceFormMixin, CreateView):
    model = SocialAccount
    form_class = SocialAccountForm
    template_name = FORM_TEMPLATE
    service = services.save_account
    title = "Add a social media account"
    success_message = "Account added"

    def get_initial(self) -> dict[str, Any]:
        return {"owner": self.request.GET.get("owner")}

    def get_success_url(self) -> str:
        return reverse("account-list")


class AccountUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = SocialAccount
    form_class = SocialAccountForm
    template_name = FORM_TEMPLATE
    service = services.save_account
    title = "Change a social media account"
    success_message = "Account saved"

    def get_success_url(self) -> str:
        return reverse("account-list")


# --- Posting authorities -----------------------------------------------------------------------
class AuthorityList(ClerkRequiredMixin, ListView):
    model = PostingAuthority
    template_name = "people/authority_list.html"

    def get_queryset(self) -> QuerySet[PostingAuthority]:
        authorities = PostingAuthority.objects.select_related("person", "account__platform")
        if self.request.GET.get("show") != "all":
            authorities = authorities.current_on(today())
        return authorities

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["show_all"] = self.request.GET.get("show") == "all"
        return context


class AuthorityCreate(ClerkRequiredMixin, ServiceFormMixin, CreateView):
    model = PostingAuthority
    form_class = AuthorityForm
    template_name = FORM_TEMPLATE
    service = services.grant_authority
    title = "Agree a councillor to post for an official account"
    success_message = "Authority granted"

    def get_initial(self) -> dict[str, Any]:
        return {"person": self.request.GET.get("person"), "starts_on": today()}

    def get_success_url(self) -> str:
        return reverse("authority-list")


class AuthorityUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = PostingAuthority
    form_class = AuthorityForm
    template_name = FORM_TEMPLATE
    service = services.grant_authority
    title = "Change an authority to post"
    success_message = "Authority saved"

    def get_success_url(self) -> str:
        return reverse("authority-list")


# --- Ending things (never deleting them) -------------------------------------------------------
def end_date_page(
    request: HttpRequest, obj: Any, *, title: str, label: str, action: Any, next_url: str
) -> HttpResponse:
    """Ask from which date an entry ends, then ``action(actor, obj, day)``; it stays on record.
    Used for roles, accounts and authorities here and for the other registers."""
    form = EndDateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            action(request.user, obj, form.cleaned_data["ends_on"])
        except ValidationError as error:
            for message in error.message_dict.get("ends_on", error.messages):
                form.add_error("ends_on", message)
        else:
            messages.success(request, f"{label}: {obj}")
            return redirect(next_url)
    return render(
        request,
        "people/end_date.html",
        {"form": form, "object": obj, "title": title, "back_url": next_url},
    )


@login_required
def end_role(request: HttpRequest, pk: int) -> HttpResponse:
    _require_clerk(request)
    role = get_object_or_404(Role, pk=pk)
    return end_date_page(
        request,
        role,
        title="When does this role end?",
        label="Role ended",
        action=lambda actor, obj, day: services.end_dated(actor, obj, day, "role"),
        next_url=reverse("person-detail", args=[role.person_id]),
    )


@login_required
def end_authority(request: HttpRequest, pk: int) -> HttpResponse:
    _require_clerk(request)
    authority = get_object_or_404(PostingAuthority, pk=pk)
    return end_date_page(
        request,
        authority,
        title="When does this authority end?",
        label="Authority ended",
        action=lambda actor, obj, day: services.end_dated(actor, obj, day, "authority"),
        next_url=reverse("authority-list"),
    )


@login_required
def close_account(request: HttpRequest, pk: int) -> HttpResponse:
    _require_clerk(request)
    account = get_object_or_404(SocialAccount, pk=pk)
    return end_date_page(
        request,
        account,
        title="When was this account closed?",
        label="Account closed",
        action=services.close_account,
        next_url=reverse("account-list"),
    )


def _require_clerk(request: HttpRequest) -> None:
    require_clerk(request, "manage this register")


@login_required
def give_sign_in(request: HttpRequest, pk: int) -> HttpResponse:
    _require_clerk(request)
    person = get_object_or_404(Person, pk=pk)
    if person.user_id:
        messages.info(request, f"{person} can already sign in as {person.user.get_username()}.")
        return redirect("person-detail", pk=person.pk)
    form = SignInForm(request.POST or None, initial={"email": person.email})
    if request.method == "POST" and form.is_valid():
        services.give_sign_in(
            request.user, person, form.cleaned_data["username"], form.cleaned_data["email"], request
        )
        messages.success(
            request,
            f"Sign-in made. We have emailed {form.cleaned_data['email']} "
            "a link to choose a password",
        )
        return redirect("person-detail", pk=person.pk)
    return render(request, FORM_TEMPLATE, {"form": form, "title": f"Give {person} a sign-in"})
