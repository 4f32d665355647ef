from django.urls import path

from . import views

urlpatterns = [
    path("complaints/", views.complaint_list, name="complaint-list"),
    path("complaints/report/", views.report, name="complaint-report"),
    path("complaints/settings/", views.Admin.as_view(), name="complaint-admin"),
    path("complaints/settings/council/", views.SettingsUpdate.as_view(), name="complaint-settings"),
    path(
        "complaints/settings/stages/<int:pk>/",
        views.StageRuleUpdate.as_view(),
        name="complaint-stage-edit",
    ),
    path(
        "complaints/settings/letters/<int:pk>/",
        views.LetterTemplateUpdate.as_view(),
        name="complaint-template-edit",
    ),
    path(
        "complaints/settings/retention/<int:pk>/",
        views.RetentionRuleUpdate.as_view(),
        name="complaint-retention-edit",
    ),
    path("complaints/settings/run/<slug:job>/", views.run_job, name="complaint-run"),
    path("complaints/<int:pk>/", views.detail, name="complaint-detail"),
    path("complaints/<int:pk>/recorded/", views.recorded, name="complaint-recorded"),
    path("complaints/<int:pk>/stages/<int:step_pk>/", views.step, name="complaint-step"),
    path("complaints/<int:pk>/stages/<int:step_pk>/skip/", views.skip, name="complaint-skip"),
    path("complaints/<int:pk>/route/", views.change_route, name="complaint-route"),
    path("complaints/<int:pk>/access/", views.add_access, name="complaint-access"),
    path("complaints/<int:pk>/handler/", views.change_handler, name="complaint-handler"),
    path("complaints/<int:pk>/evidence/add/", views.add_evidence, name="complaint-evidence-add"),
    path(
        "complaints/<int:pk>/evidence/check/",
        views.evidence_check,
        name="complaint-evidence-check",
    ),
    path(
        "complaints/<int:pk>/evidence/<int:number>/",
        views.evidence_file,
        name="complaint-evidence-file",
    ),
    path("complaints/<int:pk>/bundle/", views.bundle, name="complaint-bundle"),
    path("complaints/<int:pk>/decision/", views.decision, name="complaint-decision"),
    path("complaints/<int:pk>/mo-decision/", views.mo_decision, name="complaint-mo-decision"),
    path("complaints/<int:pk>/close/", views.close, name="complaint-close"),
    path(
        "complaints/<int:pk>/letters/make/<slug:code>/",
        views.make_letter,
        name="complaint-letter-make",
    ),
    path("complaints/<int:pk>/letters/<int:letter_pk>/", views.letter, name="complaint-letter"),
]
