"""Forms for the organisation pages. Validation only; changes go through services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from varna.organisation.constants import Role
from varna.organisation.models import Administration, ApiToken, Area, Department, Unit
from varna.organisation.permissions import can_grant_role


class AdministrationPartForm(forms.ModelForm):
    """Base for the parts of one administration; the administration is fixed by the URL."""

    def __init__(self, *args: Any, administration: Administration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.administration = administration
        self.administration = administration


class DepartmentForm(AdministrationPartForm):
    class Meta:
        model = Department
        fields = ["name"]


class UnitForm(AdministrationPartForm):
    class Meta:
        model = Unit
        fields = ["name", "department"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = self.administration.departments.all()


class AreaForm(AdministrationPartForm):
    class Meta:
        model = Area
        fields = ["name"]


class MembershipForm(forms.Form):
    username = forms.CharField(
        label=_("Användarnamn"),
        max_length=150,
        help_text=_("Finns kontot redan får det rollen; annars skapas det."),
    )
    first_name = forms.CharField(label=_("Förnamn"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Efternamn"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("E-postadress"),
        required=False,
        help_text=_("Ett nytt konto får en länk för att välja lösenord hit."),
    )
    role = forms.ChoiceField(label=_("Roll"), choices=Role.choices)
    unit = forms.ModelChoiceField(label=_("Enhet"), queryset=Unit.objects.none(), required=False)

    def __init__(self, *args: Any, administration: Administration, actor: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = administration.units.all()
        # Offer only the roles the actor may give here. Validation still accepts any role, so that
        # a forged choice reaches the service, which refuses it with its reason (permissions.py).
        self.fields["role"].widget.choices = [
            choice for choice in Role.choices if can_grant_role(actor, choice[0], administration)
        ]


class ApiTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]


class IdentityLinkForm(forms.Form):
    """An administrator links an account to the identity provider's exact (iss, sub)."""

    issuer = forms.CharField(
        label=_("Utfärdare (iss)"),
        max_length=255,
        strip=False,
        help_text=_("Identitetsleverantörens utfärdare, exakt som i inloggningsbiljetten."),
    )
    subject = forms.CharField(
        label=_("Identifierare (sub)"),
        max_length=255,
        strip=False,
        help_text=_("Personens identifierare hos identitetsleverantören, exakt."),
    )


class PasswordProofForm(forms.Form):
    """At a first sign-in through the identity provider: prove an existing account's password."""

    # A plain CharField: Django's UsernameField folds Unicode (NFKC), and the username must be
    # compared exactly.
    username = forms.CharField(label=_("Användarnamn"), max_length=150, strip=False)
    password = forms.CharField(label=_("Lösenord"), strip=False, widget=forms.PasswordInput)
