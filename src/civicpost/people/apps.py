from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "civicpost.people"
    verbose_name = "People and accounts"
