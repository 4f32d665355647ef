from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "civicpost.web"
    verbose_name = "civicpost"
