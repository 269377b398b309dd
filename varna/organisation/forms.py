"""Forms for the organisation pages. Validation only; changes go through services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from varna.organisation.constants import Role
from varna.organisation.models import Administration, ApiToken, Area, Department, Unit


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

    def __init__(
        self, *args: Any, administration: Administration, allow_admin_role: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = administration.units.all()
        if not allow_admin_role:
            # Only a system administrator hands out city-wide or system roles.
            self.fields["role"].choices = [
                choice for choice in Role.choices if choice[0] not in (Role.ADMIN, Role.CENTRAL_COORDINATOR)
            ]


class ApiTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]
