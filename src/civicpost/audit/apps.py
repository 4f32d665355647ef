from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "civicpost.audit"
    verbose_name = "Audit trail"
