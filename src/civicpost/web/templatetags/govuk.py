"""GOV.UK Frontend markup for Django forms.

Load with ``{% load govuk %}``:

``{% govuk_error_summary form %}``
    "There is a problem" with every error, each linking to its field; nothing if no errors.
``{% govuk_field form.name %}``
    One bound field the GOV.UK way: form group, label (or fieldset and legend), hint from
    ``help_text``, error message and the widget with the GOV.UK classes. Optional keywords:
    ``label="..."`` (instead of the field's label), ``label_size="s|m|l|xl"``,
    ``page_heading=True`` (the label or legend is the page's ``<h1>``), ``classes="..."``
    (extra classes for the input, e.g. ``govuk-input--width-10``), ``small=True`` (small
    radios or checkboxes), ``inline=True`` (radios side by side), ``optional=False`` (do not
    add "(optional)" to the label of a field that is not required).
``{% govuk_button "Save" %}``
    A submit button. Second argument: ``"secondary"``, ``"warning"`` or ``"inverse"``.
    Keywords: ``name``, ``value``, ``type`` (default ``submit``), ``href`` (a link styled as
    a button), ``prevent_double_click=True``, ``disabled=True``, ``id``.

Widgets keep Django's own rendering (values, choices, ``required``), with ids ``id_<name>`` so
the links in the error summary land on them. For radios and checkbox groups the first option has
the id ``id_<name>`` (the GOV.UK convention) and the next ones ``id_<name>_1``, ``id_<name>_2``...
"""

from __future__ import annotations

from typing import Any

from django import forms, template
from django.forms.boundfield import BoundField, BoundWidget
from django.forms.widgets import Input
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_LABEL_SIZES = {"s", "m", "l", "xl"}
_DJANGO_EMPTY_LABEL = "---------"
_EMPTY = SafeString("")


def _join(sep: str, parts: Any) -> SafeString:
    """Join pieces of markup; plain strings among them are escaped."""
    return format_html_join(sep, "{}", ((p,) for p in parts))


def _kind(widget: forms.Widget) -> str:
    """What GOV.UK component a Django widget becomes."""
    if widget.is_hidden:
        return "hidden"
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.FileInput):
        return "file"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.MultiWidget):
        return "other"
    if isinstance(widget, Input):
        return "input"
    return "other"


def _field_id(bf: BoundField) -> str:
    return bf.field.widget.attrs.get("id") or bf.auto_id or ""


def _target_id(bf: BoundField) -> str:
    """The id that the error summary links to: the field's (first) control."""
    id_ = _field_id(bf)
    if id_ and _kind(bf.field.widget) == "other" and isinstance(bf.field.widget, forms.MultiWidget):
        return bf.field.widget.id_for_label(id_)
    return id_


def _classes(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p)


def _error_messages(bf: BoundField) -> list[str]:
    return [str(e) for e in bf.errors]


@register.simple_tag
def govuk_error_summary(form: Any, title: str = "There is a problem") -> SafeString:
    """GOV.UK error summary for a bound form; an empty string when the form has no errors."""
    if not form or not getattr(form, "errors", None):
        return _EMPTY
    visible = [bf for bf in form if not bf.is_hidden]
    items: list[tuple[str, str]] = []  # (href or "", message)
    first_href = f"#{_target_id(visible[0])}" if visible and _target_id(visible[0]) else ""
    for message in form.non_field_errors():
        items.append((first_href, str(message)))
    for bf in form:
        if bf.is_hidden:
            for message in bf.errors:
                items.append(("", f"{bf.label}: {message}"))
            continue
        target = _target_id(bf)
        for message in bf.errors:
            items.append((f"#{target}" if target else "", str(message)))
    lis = format_html_join(
        "\n",
        "{}",
        (
            (
                format_html('<li><a href="{}">{}</a></li>', href, msg)
                if href
                else format_html("<li>{}</li>", msg),
            )
            for href, msg in items
        ),
    )
    return format_html(
        '<div class="govuk-error-summary" data-module="govuk-error-summary">\n'
        '  <div role="alert">\n'
        '    <h2 class="govuk-error-summary__title">{}</h2>\n'
        '    <div class="govuk-error-summary__body">\n'
        '      <ul class="govuk-list govuk-error-summary__list">\n{}\n      </ul>\n'
        "    </div>\n"
        "  </div>\n"
        "</div>",
        title,
        lis,
    )


def _lines(*parts: SafeString, end: str = "") -> SafeString:
    """Join the non-empty pieces of markup, one a line."""
    kept = [p for p in parts if p]
    if not kept:
        return _EMPTY
    return format_html("{}{}", _join("\n", kept), end)


def _label_text(bf: BoundField, label: str | None, optional: bool) -> SafeString:
    text = bf.label if label is None else label
    if optional and not bf.field.required:
        return format_html("{} (optional)", text)
    return conditional_escape(text)


def _label(
    bf: BoundField, for_id: str, text: SafeString, size: str, page_heading: bool
) -> SafeString:
    cls = _classes("govuk-label", f"govuk-label--{size}" if size in _LABEL_SIZES else "")
    html = format_html('<label class="{}" for="{}">{}</label>', cls, for_id, text)
    if page_heading:
        html = format_html('<h1 class="govuk-label-wrapper">{}</h1>', html)
    return html


def _legend(text: SafeString, size: str, page_heading: bool) -> SafeString:
    cls = _classes(
        "govuk-fieldset__legend", f"govuk-fieldset__legend--{size}" if size in _LABEL_SIZES else ""
    )
    if page_heading:
        return format_html(
            '<legend class="{}"><h1 class="govuk-fieldset__heading">{}</h1></legend>', cls, text
        )
    return format_html('<legend class="{}">{}</legend>', cls, text)


def _hint(bf: BoundField, id_: str, extra_class: str = "") -> SafeString:
    if not bf.help_text:
        return _EMPTY
    # Like Django's own form templates, help_text is written by developers and not escaped.
    return format_html(
        '<div id="{}-hint" class="{}">{}</div>',
        id_,
        _classes("govuk-hint", extra_class),
        mark_safe(bf.help_text),  # noqa: S308 - as Django's own form templates do
    )


def _error(bf: BoundField, id_: str) -> SafeString:
    messages = _error_messages(bf)
    if not messages:
        return _EMPTY
    body = _join(SafeString("<br>"), messages)
    return format_html(
        '<p id="{}-error" class="govuk-error-message">'
        '<span class="govuk-visually-hidden">Error:</span> {}</p>',
        id_,
        body,
    )


def _describedby(bf: BoundField, id_: str) -> str:
    ids = []
    if bf.help_text:
        ids.append(f"{id_}-hint")
    if bf.errors:
        ids.append(f"{id_}-error")
    return " ".join(ids)


def _widget(
    bf: BoundField, govuk_class: str, error_class: str, classes: str, describedby: str
) -> SafeString:
    attrs: dict[str, Any] = {
        "class": _classes(
            govuk_class,
            error_class if bf.errors else "",
            bf.field.widget.attrs.get("class"),
            classes,
        )
    }
    if describedby:
        attrs["aria-describedby"] = describedby
    return bf.as_widget(attrs=attrs)


def _choice_items(bf: BoundField, id_: str, kind: str) -> SafeString:
    """Radios or checkboxes: each option's <input> rendered by Django, in GOV.UK markup."""
    widget = bf.field.widget
    attrs: dict[str, Any] = {"class": _classes(f"govuk-{kind}__input", widget.attrs.get("class"))}
    if id_:
        attrs["id"] = id_
    attrs = bf.build_widget_attrs(attrs)
    parts = []
    index = 0
    for option in widget.subwidgets(bf.html_name, bf.value(), attrs=attrs):
        if (
            kind == "radios"
            and option.get("value") in ("", None)
            and str(option.get("label")) == _DJANGO_EMPTY_LABEL
        ):
            continue  # ModelChoiceField's "---------" is not a GOV.UK radio
        option_attrs = dict(option["attrs"])
        if id_:
            option_attrs["id"] = id_ if index == 0 else f"{id_}_{index}"
        option = {**option, "attrs": option_attrs}
        tag = BoundWidget(widget, option, bf.form.renderer).tag(wrap_label=False)
        parts.append(
            format_html(
                '<div class="govuk-{}__item">\n  {}\n'
                '  <label class="govuk-label govuk-{}__label" for="{}">{}</label>\n</div>',
                kind,
                tag,
                kind,
                option_attrs.get("id", ""),
                option["label"],
            )
        )
        index += 1
    return _join("\n", parts)


@register.simple_tag
def govuk_field(
    bf: BoundField,
    label: str | None = None,
    label_size: str = "",
    page_heading: bool = False,
    classes: str = "",
    small: bool = False,
    inline: bool = False,
    optional: bool = True,
) -> SafeString:
    """One bound form field in GOV.UK Frontend markup."""
    if not isinstance(bf, BoundField):
        raise template.TemplateSyntaxError(
            "govuk_field takes a bound field, e.g. {% govuk_field form.name %}"
        )
    widget = bf.field.widget
    kind = _kind(widget)
    if kind == "hidden":
        return bf.as_widget()

    id_ = _field_id(bf)
    group_class = _classes("govuk-form-group", "govuk-form-group--error" if bf.errors else "")
    describedby = _describedby(bf, id_)

    if kind in ("radios", "checkboxes"):
        text = _label_text(bf, label, optional and kind == "radios")
        container = _classes(
            f"govuk-{kind}",
            f"govuk-{kind}--small" if small else "",
            "govuk-radios--inline" if inline and kind == "radios" else "",
        )
        fieldset_attrs = format_html(' aria-describedby="{}"', describedby) if describedby else ""
        return format_html(
            '<div class="{}">\n<fieldset class="govuk-fieldset"{}>\n{}\n'
            '<div class="{}" data-module="govuk-{}">\n{}\n</div>\n</fieldset>\n</div>',
            group_class,
            fieldset_attrs,
            _lines(_legend(text, label_size, page_heading), _hint(bf, id_), _error(bf, id_)),
            container,
            kind,
            _choice_items(bf, id_, kind),
        )

    if kind == "checkbox":
        text = _label_text(bf, label, False)
        tag = _widget(bf, "govuk-checkboxes__input", "", "", describedby)
        label_cls = "govuk-label govuk-checkboxes__label"
        item = _lines(
            tag,
            format_html('<label class="{}" for="{}">{}</label>', label_cls, id_, text),
            _hint(bf, id_, "govuk-checkboxes__hint"),
        )
        return format_html(
            '<div class="{}">\n{}<div class="{}" data-module="govuk-checkboxes">\n'
            '<div class="govuk-checkboxes__item">\n{}\n</div>\n</div>\n</div>',
            group_class,
            _lines(_error(bf, id_), end="\n"),
            _classes("govuk-checkboxes", "govuk-checkboxes--small" if small else ""),
            item,
        )

    govuk_class, error_class = {
        "input": ("govuk-input", "govuk-input--error"),
        "textarea": ("govuk-textarea", "govuk-textarea--error"),
        "select": ("govuk-select", "govuk-select--error"),
        "file": ("govuk-file-upload", "govuk-file-upload--error"),
        "other": ("", ""),
    }[kind]
    text = _label_text(bf, label, optional)
    for_id = _target_id(bf)
    return format_html(
        '<div class="{}">\n{}\n</div>',
        group_class,
        _lines(
            _label(bf, for_id, text, label_size, page_heading),
            _hint(bf, id_),
            _error(bf, id_),
            _widget(bf, govuk_class, error_class, classes, describedby),
        ),
    )


@register.simple_tag
def govuk_button(
    text: str,
    variant: str = "",
    name: str = "",
    value: str = "",
    type: str = "submit",  # noqa: A002 - the HTML attribute's name
    href: str = "",
    prevent_double_click: bool = False,
    disabled: bool = False,
    id: str = "",  # noqa: A002
) -> SafeString:
    """A GOV.UK button: ``{% govuk_button "Save" %}``, ``{% govuk_button "Delete" "warning" %}``."""
    if variant and variant not in {"secondary", "warning", "inverse"}:
        raise template.TemplateSyntaxError(f"govuk_button: unknown variant {variant!r}")
    cls = _classes("govuk-button", f"govuk-button--{variant}" if variant else "")
    extra = []
    if id:
        extra.append(format_html(' id="{}"', id))
    if href:
        return format_html(
            '<a href="{}" role="button" draggable="false" class="{}"'
            ' data-module="govuk-button"{}>{}</a>',
            href,
            cls,
            _join("", extra),
            text,
        )
    if name:
        extra.append(format_html(' name="{}"', name))
    if value:
        extra.append(format_html(' value="{}"', value))
    if disabled:
        extra.append(SafeString(' disabled aria-disabled="true"'))
    if prevent_double_click:
        extra.append(SafeString(' data-prevent-double-click="true"'))
    return format_html(
        '<button type="{}" class="{}" data-module="govuk-button"{}>{}</button>',
        type,
        cls,
        _join("", extra),
        text,
    )
