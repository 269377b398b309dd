"""The knowledge bank's pages: guidance, symbols, contacts and search. Thin: load, check, call."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.knowledge import selectors, services
from varna.knowledge.constants import PageKind
from varna.knowledge.forms import (
    AttachmentForm,
    OwnedForm,
    PageForm,
    SearchForm,
    SymbolFilterForm,
    SymbolForm,
)
from varna.knowledge.markup import render_markdown
from varna.knowledge.models import Attachment, Page, Symbol
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import requires
from varna.organisation.permissions import has_rule


def page_from(kwargs: dict[str, Any]) -> tuple[str, Page]:
    return "page", get_object_or_404(
        Page.objects.select_related("administration", "owner"), pk=kwargs.pop("page_id")
    )


def symbol_from(kwargs: dict[str, Any]) -> tuple[str, Symbol]:
    symbol = get_object_or_404(
        Symbol.objects.select_related("administration", "environment", "owner"), pk=kwargs.pop("symbol_id")
    )
    return "symbol", symbol


def attachment_from(kwargs: dict[str, Any]) -> tuple[str, Attachment]:
    attachment = get_object_or_404(Attachment.objects.select_related("page"), pk=kwargs.pop("attachment_id"))
    return "attachment", attachment


def _readable(request: HttpRequest, obj: Page | Symbol) -> None:
    """A draft exists only for those who may change it."""
    if not obj.is_published and not has_rule(request.user, "knowledge.edit", obj):
        raise Http404


def _audit_overrides(request: HttpRequest, form: OwnedForm, administration: Any) -> None:
    for label, reason in form.deid_overrides:
        record_event(
            action=Action.OVERRIDDEN,
            request=request,
            administration=administration,
            summary=f"{label}: {reason}",
        )


def _save(request: HttpRequest, form: OwnedForm, operation: Any, /, **kwargs: Any) -> Any:
    """Run the service; a refusal (personal data, a bad file) goes back onto the form."""
    try:
        saved = operation(actor=request.user, request=request, overridden=form.overrides(), **kwargs)
    except PersonalDataError:
        form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
        return None
    except ValidationError as error:
        for field, errors in (
            error.message_dict.items() if hasattr(error, "error_dict") else [(None, error.messages)]
        ):
            for message in errors:
                form.add_error(field if field in form.fields else None, message)
        return None
    _audit_overrides(request, form, saved.administration)
    return saved


def _form_page(request: HttpRequest, template: str, form: Any, **extra: Any) -> HttpResponse:
    return render(request, template, {"form": form, "override_reasons": OverrideReason.choices, **extra})


# --- Start, search, contacts ------------------------------------------------------------------


@requires("knowledge.read")
def knowledge_home(request: HttpRequest) -> HttpResponse:
    pages = selectors.visible_pages(request.user).order_by("title")
    groups = [(label, [p for p in pages if p.kind == kind]) for kind, label in PageKind.choices]
    due_pages, due_symbols = selectors.due_for_review(request.user)
    context = {
        "groups": [(label, items) for label, items in groups if items],
        "search_form": SearchForm(),
        "can_write": has_rule(request.user, "knowledge.write"),
        "due_count": len(due_pages) + len(due_symbols),
        "symbol_count": selectors.visible_symbols(request.user).count(),
    }
    return render(request, "knowledge/home.html", context)


@requires("knowledge.read")
def knowledge_search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    pages: list[Page] = []
    symbols: list[Symbol] = []
    query = ""
    if form.is_valid() and (query := form.cleaned_data["q"].strip()):
        pages, symbols = selectors.search(request.user, query)
    return render(
        request, "knowledge/search.html", {"form": form, "query": query, "pages": pages, "symbols": symbols}
    )


@requires("knowledge.read")
def contacts(request: HttpRequest) -> HttpResponse:
    shared, administrations = selectors.contacts()
    return render(request, "knowledge/contacts.html", {"shared": shared, "administrations": administrations})


@requires("knowledge.write")
def review_list(request: HttpRequest) -> HttpResponse:
    pages, symbols = selectors.due_for_review(request.user)
    return render(request, "knowledge/review_list.html", {"pages": pages, "symbols": symbols})


# --- Pages --------------------------------------------------------------------------------------


@requires("knowledge.read", load=page_from)
def page_detail(request: HttpRequest, page: Page) -> HttpResponse:
    _readable(request, page)
    context = {
        "page": page,
        "body": render_markdown(page.body),
        "attachments": page.attachments.all(),
        "can_edit": has_rule(request.user, "knowledge.edit", page),
    }
    return render(request, "knowledge/page_detail.html", context)


@requires("knowledge.write")
def page_create(request: HttpRequest) -> HttpResponse:
    form = PageForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        page = _save(request, form, services.save_page, values=form.cleaned_data)
        if page is not None:
            messages.success(request, _("Sidan är sparad."))
            return redirect("page_detail", page_id=page.pk)
    return _form_page(request, "knowledge/page_form.html", form)


@requires("knowledge.edit", load=page_from)
def page_edit(request: HttpRequest, page: Page) -> HttpResponse:
    initial = {name: getattr(page, name) for name in ("title", "kind", "summary", "body", "status")}
    initial["administration"] = PageForm.place_of(page)
    form = PageForm(request.POST or None, user=request.user, initial=initial)
    valid = request.method == "POST" and form.is_valid()
    if valid and _save(request, form, services.save_page, page=page, values=form.cleaned_data):
        messages.success(request, _("Sidan är sparad som version %(n)s.") % {"n": page.version + 1})
        return redirect("page_detail", page_id=page.pk)
    return _form_page(request, "knowledge/page_form.html", form, page=page)


@requires("knowledge.edit", load=page_from)
def page_versions(request: HttpRequest, page: Page) -> HttpResponse:
    versions = page.versions.select_related("saved_by")
    return render(request, "knowledge/page_versions.html", {"page": page, "versions": versions})


@require_POST
@requires("knowledge.edit", load=page_from)
def page_review(request: HttpRequest, page: Page) -> HttpResponse:
    services.mark_reviewed(actor=request.user, obj=page, request=request)
    messages.success(request, _("Sidan är markerad som granskad i dag."))
    return redirect("page_detail", page_id=page.pk)


@requires("knowledge.edit", load=page_from)
def attachment_add(request: HttpRequest, page: Page) -> HttpResponse:
    form = AttachmentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_attachment(
                actor=request.user, page=page, upload=form.cleaned_data["file"], request=request
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("Filen är bifogad."))
            return redirect("page_detail", page_id=page.pk)
    return render(request, "knowledge/attachment_form.html", {"form": form, "page": page})


@requires("knowledge.read", load=attachment_from)
def attachment_download(request: HttpRequest, attachment: Attachment) -> HttpResponse:
    _readable(request, attachment.page)
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_POST
@requires("knowledge.edit", load=attachment_from)
def attachment_delete(request: HttpRequest, attachment: Attachment) -> HttpResponse:
    page_id = attachment.page_id
    services.remove_attachment(actor=request.user, attachment=attachment, request=request)
    messages.success(request, _("Bilagan är borttagen."))
    return redirect("page_detail", page_id=page_id)


# --- Symbols ------------------------------------------------------------------------------------


@requires("knowledge.read")
def symbol_list(request: HttpRequest) -> HttpResponse:
    form = SymbolFilterForm(request.GET)
    symbols = selectors.visible_symbols(request.user).order_by("environment__order", "name")
    if form.is_valid():
        if query := form.cleaned_data["q"].strip():
            _pages, found = selectors.search(request.user, query)
            symbols = symbols.filter(pk__in=[s.pk for s in found])
        if environment := form.cleaned_data["environment"]:
            symbols = symbols.filter(environment=environment)
        if seen_on := form.cleaned_data["seen_on"]:
            symbols = [s for s in symbols if seen_on in s.seen_on]  # type: ignore[assignment]
    context = {"form": form, "symbols": list(symbols), "can_write": has_rule(request.user, "knowledge.write")}
    return render(request, "knowledge/symbol_list.html", context)


@requires("knowledge.read", load=symbol_from)
def symbol_detail(request: HttpRequest, symbol: Symbol) -> HttpResponse:
    _readable(request, symbol)
    context = {"symbol": symbol, "can_edit": has_rule(request.user, "knowledge.edit", symbol)}
    return render(request, "knowledge/symbol_detail.html", context)


@requires("knowledge.read", load=symbol_from)
def symbol_image(request: HttpRequest, symbol: Symbol) -> HttpResponse:
    _readable(request, symbol)
    if not symbol.image:
        raise Http404
    response = FileResponse(symbol.image.open("rb"), content_type="image/png")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response


@requires("knowledge.write")
def symbol_create(request: HttpRequest) -> HttpResponse:
    form = SymbolForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        symbol = _save(
            request,
            form,
            services.save_symbol,
            values=form.cleaned_data,
            image=form.cleaned_data.get("image"),
        )
        if symbol is not None:
            messages.success(request, _("Symbolen är sparad."))
            return redirect("symbol_detail", symbol_id=symbol.pk)
    return _form_page(request, "knowledge/symbol_form.html", form)


@requires("knowledge.edit", load=symbol_from)
def symbol_edit(request: HttpRequest, symbol: Symbol) -> HttpResponse:
    names = ("name", "environment", "image_alt", "meaning", "seen_on", "prevalence", "what_to_do", "status")
    initial = {name: getattr(symbol, name) for name in names}
    initial["administration"] = SymbolForm.place_of(symbol)
    form = SymbolForm(
        request.POST or None,
        request.FILES or None,
        user=request.user,
        initial=initial,
        has_image=bool(symbol.image),
    )
    if request.method == "POST" and form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if k != "image"}
        image = form.cleaned_data.get("image") or None
        if _save(request, form, services.save_symbol, symbol=symbol, values=values, image=image):
            messages.success(request, _("Symbolen är sparad."))
            return redirect("symbol_detail", symbol_id=symbol.pk)
    return _form_page(request, "knowledge/symbol_form.html", form, symbol=symbol)


@require_POST
@requires("knowledge.edit", load=symbol_from)
def symbol_review(request: HttpRequest, symbol: Symbol) -> HttpResponse:
    services.mark_reviewed(actor=request.user, obj=symbol, request=request)
    messages.success(request, _("Symbolen är markerad som granskad i dag."))
    return redirect("symbol_detail", symbol_id=symbol.pk)
