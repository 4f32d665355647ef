from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "civicpost.accounts"
    verbose_name = "Sign-in and second factor"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the sign-in audit receivers)
