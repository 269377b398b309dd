"""GET /api/v1/me: who the caller is and which roles they hold where."""

from django.http import HttpRequest
from ninja import Schema

from varna.api.api import api
from varna.organisation.access import api_rule
from varna.organisation.selectors import memberships_for_user


class MembershipOut(Schema):
    administration_id: int
    administration: str
    role: str
    role_label: str
    unit_id: int | None
    unit: str | None


class MeOut(Schema):
    id: int
    username: str
    name: str
    memberships: list[MembershipOut]


@api.get("/me", response=MeOut, operation_id="me", tags=["konto"], summary="Den inloggade användaren")
@api_rule("accounts.signed_in")
def me(request: HttpRequest) -> MeOut:
    user = request.user
    return MeOut(
        id=user.pk,
        username=user.username,
        name=user.get_full_name(),
        memberships=[
            MembershipOut(
                administration_id=m.administration_id,
                administration=m.administration.name,
                role=m.role,
                role_label=str(m.get_role_display()),
                unit_id=m.unit_id,
                unit=m.unit.name if m.unit else None,
            )
            for m in memberships_for_user(user)
        ],
    )
