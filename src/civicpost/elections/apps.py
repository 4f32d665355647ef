from django.apps import AppConfig


class ElectionsConfig(AppConfig):
    """Elections: the statutory timetable, pre-election periods and candidates' spending
    (policy clause 4)."""

    name = "civicpost.elections"
    label = "elections"
    verbose_name = "Elections"

    def ready(self) -> None:
        from civicpost.registers.context import EXTRA_SECTIONS

        from .context import context_section

        EXTRA_SECTIONS.append(context_section)
