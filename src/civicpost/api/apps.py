from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "civicpost.api"
    verbose_name = "The JSON API and its tokens"
