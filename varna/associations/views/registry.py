"""The register: the list of associations, one association with documents and history."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.associations import selectors, services
from varna.associations.forms import AssociationForm, DocumentForm
from varna.associations.models import Association, AssociationDocument
from varna.associations.uploads import UploadRefused
from varna.associations.views.loaders import association_from, audit_overrides, document_from
from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.organisation.access import administration_from, requires
from varna.organisation.constants import Role
from varna.organisation.models import Administration
from varna.organisation.permissions import administration_ids_with_role, has_rule


@requires("associations.list")
def association_list(request: HttpRequest) -> HttpResponse:
    associations = selectors.associations_visible_to(request.user).order_by("administration__name", "name")
    # PostgreSQL refuses a NUL character in a query (a 500); no name or number holds one.
    query = request.GET.get("q", "").replace("\x00", "").strip()
    if query:
        associations = associations.filter(
            Q(name__icontains=query) | Q(organisation_number__startswith=query)
        )
    context = {
        "associations": associations,
        "query": query,
        "managed": selectors.managed_administrations(request.user),
        "due": selectors.follow_ups_due(request.user, timezone.localdate())[:20],
        "awaiting": selectors.applications_visible_to(request.user).filter(status="awaiting_confirmation"),
        "statistics_for": Administration.objects.filter(
            pk__in=[
                *administration_ids_with_role(request.user, Role.GRANTS_OFFICER),
                *administration_ids_with_role(request.user, Role.COORDINATOR),
            ]
        ).order_by("name"),
        "city_statistics": has_rule(request.user, "associations.statistics_city"),
        "manage_checklist": has_rule(request.user, "associations.manage_checklist"),
    }
    return render(request, "associations/association_list.html", context)


def _form_context(form: AssociationForm, **extra: object) -> dict[str, object]:
    return {"form": form, "override_reasons": OverrideReason.choices, **extra}


@requires("associations.manage", load=administration_from)
def association_create(request: HttpRequest, administration: Administration) -> HttpResponse:
    form = AssociationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            association = services.register_association(
                administration=administration,
                actor=request.user,
                request=request,
                overridden=form.overrides(),
                **form.cleaned_data,
            )
        except ValidationError as error:
            _add_errors(form, error)
        except PersonalDataError:
            form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
        else:
            audit_overrides(request, form, association)
            messages.success(request, _("Föreningen är registrerad."))
            return redirect("association_detail", pk=association.pk)
    title = _("Ny förening i %(name)s") % {"name": administration.name}
    return render(request, "associations/form.html", _form_context(form, title=title, back=None))


def _add_errors(form: object, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)  # type: ignore[attr-defined]
    else:
        form.add_error(None, error)  # type: ignore[attr-defined]


@requires("associations.view", load=association_from)
def association_detail(request: HttpRequest, association: Association) -> HttpResponse:
    context = {
        "association": association,
        "documents": association.documents.all(),
        "applications": selectors.application_history(association),
        "lettings": association.lettings.order_by("-event_date"),
        "can_manage": has_rule(request.user, "associations.manage", association),
    }
    return render(request, "associations/association_detail.html", context)


@requires("associations.manage", load=association_from)
def association_edit(request: HttpRequest, association: Association) -> HttpResponse:
    initial = {
        "name": association.name,
        "organisation_number": association.organisation_number,
        "contact_role": association.contact_role,
    }
    form = AssociationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_association(
                association=association,
                actor=request.user,
                request=request,
                overridden=form.overrides(),
                **form.cleaned_data,
            )
        except ValidationError as error:
            _add_errors(form, error)
        except PersonalDataError:
            form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
        else:
            audit_overrides(request, form, association)
            messages.success(request, _("Föreningens uppgifter är sparade."))
            return redirect("association_detail", pk=association.pk)
    title = _("Ändra %(name)s") % {"name": association.name}
    return render(request, "associations/form.html", _form_context(form, title=title, back=association))


@requires("associations.manage", load=association_from)
def document_upload(request: HttpRequest, association: Association) -> HttpResponse:
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.upload_document(
                association=association,
                kind=form.cleaned_data["kind"],
                upload=form.cleaned_data["file"],
                actor=request.user,
                request=request,
            )
        except UploadRefused as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, _("Handlingen är uppladdad."))
            return redirect("association_detail", pk=association.pk)
    title = _("Ladda upp handling: %(name)s") % {"name": association.name}
    return render(
        request, "associations/form.html", {"form": form, "title": title, "back": association, "upload": True}
    )


@requires("associations.view", load=document_from)
def document_download(request: HttpRequest, document: AssociationDocument) -> HttpResponse:
    """Only through this permission-checked view: the files have no public URL."""
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    record_event(
        action=Action.VIEWED,
        request=request,
        obj=document,
        summary=f"{document.association.name}: {document.get_kind_display()}",
    )
    response = FileResponse(
        handle, as_attachment=True, filename=document.original_name, content_type=document.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
