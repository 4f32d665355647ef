from django.urls import path

from . import views

urlpatterns = [
    path("check/", views.check_page, name="check"),
    path("check/live/", views.live_panel, name="check-live"),
    path("check/history/", views.history, name="check-history"),
    path("check/history/<int:pk>/", views.record_detail, name="check-record"),
    path("policy/", views.policy_page, name="policy"),
    path("policy/adoption/", views.adoption, name="policy-adoption"),
    path("policy/adoption/confirm/", views.acknowledge, name="policy-acknowledge"),
    path("policy/rules/<slug:slug>/", views.rule_page, name="policy-rule"),
    path("policy/rules/<slug:slug>/<str:kind>/", views.set_severity, name="policy-rule-severity"),
]
