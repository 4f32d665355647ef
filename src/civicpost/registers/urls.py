from django.urls import path

from . import views

urlpatterns = [
    path("registers/", views.index, name="register-index"),
    path("registers/context.yaml", views.context_yaml, name="register-context"),
    path("registers/council/", views.council_details, name="register-council"),
    path("registers/decisions/from-minutes/", views.minutes, name="decision-minutes"),
    path("registers/decisions/<int:pk>/confirm/", views.confirm, name="decision-confirm"),
    path("registers/<slug:slug>/", views.entry_list, name="register-list"),
    path("registers/<slug:slug>/add/", views.entry_form, name="register-add"),
    path("registers/<slug:slug>/<int:pk>/edit/", views.entry_form, name="register-edit"),
    path("registers/<slug:slug>/<int:pk>/end/", views.entry_end, name="register-end"),
    path("registers/<slug:slug>/export.csv", views.export, name="register-export"),
    path("registers/<slug:slug>/import/", views.import_rows, name="register-import"),
]
