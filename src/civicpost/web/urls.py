from django.contrib.auth import views as auth_views
from django.urls import include, path

from civicpost.accounts import views as accounts
from civicpost.audit import views as audit

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("sign-in/", accounts.SignInView.as_view(), name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("two-factor/", accounts.two_factor_setup, name="two-factor-setup"),
    path("two-factor/verify/", accounts.two_factor_verify, name="two-factor-verify"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset_form.html",
            email_template_name="accounts/password_reset_email.txt",
            subject_template_name="accounts/password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html"
        ),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("audit/", audit.event_list, name="audit-list"),
    path("audit/verify/", audit.start_verify, name="audit-verify"),
    path("", include("civicpost.people.urls")),
    path("", include("civicpost.complaints.urls")),
    path("", include("civicpost.elections.urls")),
    path("", include("civicpost.registers.urls")),
    path("", include("civicpost.checks.urls")),
    path("", include("civicpost.posts.urls")),
    path("", include("civicpost.api.urls")),
    path("", include("civicpost.bulkaudit.urls")),
    path("", include("civicpost.reports.urls")),
]

handler403 = "civicpost.web.errors.forbidden"
