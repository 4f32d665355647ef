"""Template filters for the elections pages: ``{% load elections %}``."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils import timezone

from civicpost.elections.spending import format_pence

register = template.Library()


@register.filter
def pounds(pence: int | None) -> str:
    """``117050|pounds`` → ``£1,170.50``."""
    return "" if pence is None else format_pence(int(pence))


@register.filter
def clock(value: dt.time | dt.datetime | None) -> str:
    """A time the GOV.UK way: ``4pm``, ``10pm``, ``9:30am``, ``midnight``, ``midday``."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value).time()
    if (value.hour, value.minute) == (0, 0):
        return "midnight"
    if (value.hour, value.minute) == (12, 0):
        return "midday"
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"
