from django.apps import AppConfig


class BulkAuditConfig(AppConfig):
    name = "civicpost.bulkaudit"
    verbose_name = "Bulk audits of platform exports"
