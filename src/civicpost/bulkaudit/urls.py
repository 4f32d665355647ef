from django.urls import path

from . import views

urlpatterns = [
    path("bulk-audits/", views.AuditList.as_view(), name="bulkaudit-list"),
    path("bulk-audits/new/", views.audit_new, name="bulkaudit-new"),
    path("bulk-audits/<int:pk>/", views.audit_detail, name="bulkaudit-detail"),
    path("bulk-audits/<int:pk>/progress/", views.audit_progress, name="bulkaudit-progress"),
]
