"""The text check: any signed-in person pastes a text and sees what Värna would refuse.

Nothing typed here is stored. It is the same check every free-text field in Värna makes, so a
coordinator can clean a text (an analysis, an e-mail) before it goes anywhere.
"""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import DeidentifiedFormMixin, OverrideReason
from varna.organisation.access import requires


class TextCheckForm(DeidentifiedFormMixin, forms.Form):
    deid_fields = ("text",)
    text = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20_000,
        help_text=_("Texten sparas inte. Samma kontroll görs i alla fritextfält i Värna."),
    )


@requires("accounts.signed_in")
def text_check(request: HttpRequest) -> HttpResponse:
    form = TextCheckForm(request.POST or None)
    clean_text = None
    if request.method == "POST" and form.is_valid():
        clean_text = form.cleaned_data["text"]
        for label, reason in form.deid_overrides:
            record_event(action=Action.OVERRIDDEN, request=request, summary=f"{label}: {reason}")
    return render(
        request,
        "text_check.html",
        {
            "form": form,
            "clean_text": clean_text,
            "override_reasons": OverrideReason.choices,
        },
    )
