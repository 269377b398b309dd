"""Writing the knowledge bank: pages (a new version on every save), attachments and symbols.

Every text passes the de-identification check first; the user may let a name through that is
not personal data (a public figure, a symbol's name), which the view audits. Uploads are checked
by their content (files.py) before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.knowledge.files import check_attachment, check_image
from varna.knowledge.models import Attachment, Page, PageVersion, Symbol
from varna.lib.personal_data import Overrides, ensure_clean
from varna.organisation.models import Administration, User

PAGE_TEXTS = ("title", "summary", "body")
SYMBOL_TEXTS = ("meaning", "what_to_do", "image_alt")


@transaction.atomic
def save_page(
    *,
    actor: User,
    values: Mapping[str, Any],
    page: Page | None = None,
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
) -> Page:
    """Create or change a page; the saved text becomes a new version."""
    ensure_clean({name: values.get(name) or "" for name in PAGE_TEXTS}, overridden)
    creating = page is None
    if page is None:
        page = Page(owner=actor, administration=values.get("administration"))
    else:
        page = Page.objects.select_for_update().get(pk=page.pk)
        page.version += 1
    for name in ("title", "kind", "summary", "body", "status", "administration"):
        if name in values:
            setattr(page, name, values[name])
    if values.get("owner"):
        page.owner = values["owner"]
    page.reviewed_on = timezone.localdate()  # saving the text is reviewing it
    page.full_clean()
    page.save()
    PageVersion.objects.create(
        page=page,
        number=page.version,
        title=page.title,
        summary=page.summary,
        body=page.body,
        status=page.status,
        saved_by=actor,
    )
    record_event(
        action=Action.CREATED if creating else Action.CHANGED, actor=actor, request=request, obj=page
    )
    return page


@transaction.atomic
def mark_reviewed(*, actor: User, obj: Page | Symbol, request: HttpRequest | None = None) -> None:
    """The owner has read it through and it is still right."""
    type(obj).objects.filter(pk=obj.pk).update(reviewed_on=timezone.localdate())
    obj.reviewed_on = timezone.localdate()
    record_event(action=Action.CHANGED, actor=actor, request=request, obj=obj, summary="granskad")


@transaction.atomic
def add_attachment(
    *, actor: User, page: Page, upload: UploadedFile, request: HttpRequest | None = None
) -> Attachment:
    checked = check_attachment(upload)
    attachment = Attachment(
        page=page,
        name=checked.name,
        extension=checked.extension,
        content_type=checked.content_type,
        size=len(checked.content),
        uploaded_by=actor,
    )
    attachment.file.save(checked.name, ContentFile(checked.content), save=False)
    with removed_on_error(attachment.file):
        attachment.save()
    record_event(action=Action.CREATED, actor=actor, request=request, obj=attachment)
    return attachment


@transaction.atomic
def remove_attachment(*, actor: User, attachment: Attachment, request: HttpRequest | None = None) -> None:
    record_event(action=Action.DELETED, actor=actor, request=request, obj=attachment)
    file = attachment.file
    attachment.delete()
    transaction.on_commit(lambda: file.storage.delete(file.name))


@transaction.atomic
def save_symbol(
    *,
    actor: User,
    values: Mapping[str, Any],
    symbol: Symbol | None = None,
    image: UploadedFile | None = None,
    overridden: Overrides | None = None,
    request: HttpRequest | None = None,
) -> Symbol:
    """Create or change a symbol; a new image replaces the old one, re-encoded."""
    ensure_clean({name: values.get(name) or "" for name in SYMBOL_TEXTS}, overridden)
    creating = symbol is None
    if symbol is None:
        symbol = Symbol(owner=actor, administration=values.get("administration"))
    else:
        symbol = Symbol.objects.select_for_update().get(pk=symbol.pk)
    for name in (
        "name",
        "environment",
        "meaning",
        "seen_on",
        "prevalence",
        "what_to_do",
        "image_alt",
        "status",
        "administration",
    ):
        if name in values:
            setattr(symbol, name, values[name])
    if values.get("owner"):
        symbol.owner = values["owner"]
    old_image = symbol.image.name if symbol.image else ""
    symbol.reviewed_on = timezone.localdate()
    if image is not None:
        try:
            png = check_image(image)
        except ValidationError as error:
            raise ValidationError({"image": error.messages}) from error
        symbol.image.save("bild.png", ContentFile(png), save=False)
    with removed_on_error(symbol.image if image is not None else _NoFile()):
        symbol.full_clean()
        symbol.save()
    if image is not None and old_image:
        storage = symbol.image.storage
        transaction.on_commit(lambda: storage.delete(old_image))
    record_event(
        action=Action.CREATED if creating else Action.CHANGED, actor=actor, request=request, obj=symbol
    )
    return symbol


class _NoFile:
    name = ""


@contextmanager
def removed_on_error(field_file: Any) -> Iterator[None]:
    """Delete a file just written if the rest of the save fails: no orphan uploads."""
    try:
        yield
    except BaseException:
        if field_file.name:
            field_file.storage.delete(field_file.name)
        raise


def administration_choices(user: User) -> list[Administration | None]:
    """Where `user` may write: the whole city (central coordinator, admin) and own administrations."""
    from varna.organisation.permissions import has_rule

    choices: list[Administration | None] = []
    if has_rule(user, "knowledge.write_city"):
        choices.append(None)
    choices += [a for a in Administration.objects.order_by("name") if has_rule(user, "knowledge.edit", a)]
    return choices
