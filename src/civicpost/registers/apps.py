from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "civicpost.registers"
    verbose_name = "Registers the policy depends on"

    def ready(self) -> None:
        from .stamp import connect

        connect()
