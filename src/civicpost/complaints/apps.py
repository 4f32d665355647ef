from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "civicpost.complaints"
    verbose_name = "Complaints of misuse (clause 7)"
