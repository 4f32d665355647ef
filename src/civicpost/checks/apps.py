from django.apps import AppConfig


class ChecksConfig(AppConfig):
    name = "civicpost.checks"
    verbose_name = "The policy checker in the browser"
