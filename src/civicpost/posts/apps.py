from django.apps import AppConfig


class PostsConfig(AppConfig):
    name = "civicpost.posts"
    label = "posts"
    verbose_name = "Official posts"
