from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "civicpost.reports"
    verbose_name = "Annual report on the social media policy"
