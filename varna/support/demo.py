"""Demo data of the support log, after the seed documents.

- Socialförvaltningen (seeds 000 and 004): the VBE team makes the first contact; the committee's
  VBE coordinator supports the district administrations in individual cases where schools and
  Säkerhetspolisen made reports of concern, and with returnees from conflict zones.
- Bromma (seed 003): the coordinator supports the district's own units; the individual and
  family care's team makes the first contact.
- Requests to leave of recent days: most contacted within 24 hours, one late, one waiting, and
  one at Socialförvaltningen overdue without first contact (for the escalation command).

Loaded once per administration: one that already has consultations or requests is left alone.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from varna.organisation.constants import Role
from varna.organisation.models import Administration, Unit, User
from varna.reports.constants import AgeGroup, ReferenceKind
from varna.reports.models import ReferenceItem
from varna.support import services
from varna.support.constants import Channel, ContactOutcome, Leaving, Requester, Subject, SupportKind
from varna.support.models import Consultation, FirstContactRequest, SupportTeam

# The teams and their demo members (personas only: the demo has one account per role). In seed
# 004 the VBE team works with the committee's VBE coordinator; in Bromma the unit manager stands
# in for the social services' staff who make the first contact.
TEAMS = {
    "Socialförvaltningen": ("VBE-teamet", "samordnare.soc"),
    "Bromma": ("Första kontakt IFO Bromma", "enhetschef"),
}

# (administration, days ago, asking administration, asking unit, subject, age group, environments,
#  support given, question, outcome, follow up in days or None)
CONSULTATIONS = [
    (
        "Socialförvaltningen",
        40,
        "Bromma",
        "Socialtjänst barn och unga Bromma",
        Subject.CHILD_IN_EXTREMIST_ENVIRONMENT,
        AgeGroup.UNDER_18,
        ("islamist",),
        (SupportKind.ADVICE, SupportKind.JOINT_MEETING),
        "Orosanmälan från skolan om ett barn som växer upp i en våldsbejakande miljö.",
        "Gemensamt möte med handläggarna om bedömningen i barnavårdsutredningen.",
        14,
    ),
    (
        "Socialförvaltningen",
        33,
        "Hägersten-Älvsjö",
        None,
        Subject.RETURNEE,
        AgeGroup.UNDER_18,
        ("islamist",),
        (SupportKind.ADVICE, SupportKind.POLICE_CONTACT),
        "Barn som kan komma att återvända från ett konfliktområde.",
        "Vägledningen om återvändare gicks igenom; kontakt med polisen om samverkan.",
        None,
    ),
    (
        "Socialförvaltningen",
        26,
        "Farsta",
        None,
        Subject.RADICALISATION,
        AgeGroup.AGE_18_20,
        ("right_wing",),
        (SupportKind.ADVICE, SupportKind.REFERRAL_SIG),
        "Ung vuxen som radikaliseras i vit makt-miljön.",
        "Hänvisad till SIG; stadsdelen tar kontakt.",
        30,
    ),
    (
        "Socialförvaltningen",
        19,
        "Enskede-Årsta-Vantör",
        None,
        Subject.RELATIVE,
        AgeGroup.AGE_21_PLUS,
        ("hybrid",),
        (SupportKind.REFERRAL_RELATIVES,),
        "En förälder söker stöd för egen del.",
        "Hänvisad till behandlingsenhetens stödsamtal för anhöriga.",
        None,
    ),
    (
        "Socialförvaltningen",
        12,
        "Utbildningsförvaltningen",
        "Grundskolor Söderort",
        Subject.THREAT_TO_STAFF,
        AgeGroup.UNDER_18,
        ("lone_actor",),
        (SupportKind.ADVICE, SupportKind.POLICE_CONTACT),
        "Oro för en skolattack efter uttalanden på nätet.",
        "Rektor gjorde orosanmälan; polisen kontaktades.",
        3,
    ),
    (
        "Socialförvaltningen",
        5,
        "Hässelby-Vällingby",
        None,
        Subject.WANTS_TO_LEAVE,
        AgeGroup.AGE_21_PLUS,
        ("right_wing",),
        (SupportKind.REFERRAL_SIG,),
        "Vuxen som vill lämna miljön, frågan kom via frivården.",
        "Lotsad till SIG i stadsdelen.",
        None,
    ),
    (
        "Bromma",
        21,
        "Bromma",
        "Blackebergsskolan",
        Subject.RADICALISATION,
        AgeGroup.UNDER_18,
        ("right_wing",),
        (SupportKind.ADVICE,),
        "Elev som sprider vit makt-propaganda på nätet.",
        "Råd om samtal med vårdnadshavare och orosanmälan.",
        2,
    ),
    (
        "Bromma",
        9,
        "Bromma",
        "Fritidsgården Blackeberg",
        Subject.WANTS_TO_LEAVE,
        AgeGroup.AGE_18_20,
        (),
        (SupportKind.REFERRAL_SIG, SupportKind.JOINT_MEETING),
        "Ung vuxen vill lämna en kriminell livsstil.",
        "Begäran registrerad enligt Rutin 24 timmar; gemensamt möte med socialtjänsten.",
        None,
    ),
]

# (administration, hours ago, hours to first contact or None, channel, requester, leaving, age group)
REQUESTS = [
    (
        "Socialförvaltningen",
        24 * 20,
        5,
        Channel.PHONE,
        Requester.SELF,
        Leaving.VIOLENT_EXTREMISM,
        AgeGroup.AGE_21_PLUS,
    ),
    (
        "Socialförvaltningen",
        24 * 14,
        18,
        Channel.VIA_STAFF,
        Requester.STAFF,
        Leaving.CRIMINAL,
        AgeGroup.AGE_18_20,
    ),
    (
        "Socialförvaltningen",
        24 * 9,
        2,
        Channel.IN_PERSON,
        Requester.SELF,
        Leaving.CRIMINAL,
        AgeGroup.AGE_21_PLUS,
    ),
    (
        "Socialförvaltningen",
        24 * 6,
        31,
        Channel.EMAIL,
        Requester.RELATIVE,
        Leaving.VIOLENT_EXTREMISM,
        AgeGroup.UNKNOWN,
    ),
    (
        "Socialförvaltningen",
        30,
        None,
        Channel.PHONE,
        Requester.RELATIVE,
        Leaving.VIOLENT_EXTREMISM,
        AgeGroup.AGE_18_20,
    ),
    (
        "Socialförvaltningen",
        3,
        None,
        Channel.VIA_STAFF,
        Requester.STAFF,
        Leaving.CRIMINAL,
        AgeGroup.AGE_21_PLUS,
    ),
    # Enough of each outcome that the split and the median show outside too (issue 21).
    (
        "Socialförvaltningen",
        24 * 4,
        40,
        Channel.PHONE,
        Requester.SELF,
        Leaving.CRIMINAL,
        AgeGroup.AGE_21_PLUS,
    ),
    (
        "Socialförvaltningen",
        24 * 5,
        27,
        Channel.EMAIL,
        Requester.RELATIVE,
        Leaving.CRIMINAL,
        AgeGroup.UNKNOWN,
    ),
    (
        "Socialförvaltningen",
        24 * 7,
        3,
        Channel.VIA_STAFF,
        Requester.STAFF,
        Leaving.VIOLENT_EXTREMISM,
        AgeGroup.AGE_18_20,
    ),
    ("Socialförvaltningen", 12, None, Channel.PHONE, Requester.SELF, Leaving.UNKNOWN, AgeGroup.UNKNOWN),
    ("Bromma", 24 * 9, 6, Channel.VIA_STAFF, Requester.STAFF, Leaving.CRIMINAL, AgeGroup.AGE_18_20),
    ("Bromma", 10, None, Channel.PHONE, Requester.SELF, Leaving.CRIMINAL, AgeGroup.AGE_18_20),
]


def load_demo_teams() -> dict[str, SupportTeam]:
    teams = {}
    for name, (team_name, username) in TEAMS.items():
        administration = Administration.objects.filter(name=name).first()
        if administration is None:
            continue
        member = User.objects.filter(username=username).first()
        if member is None:
            continue
        team, _created = SupportTeam.objects.get_or_create(administration=administration, name=team_name)
        team.members.add(member)
        teams[name] = team
    return teams


@transaction.atomic
def load_demo_support() -> int:
    """Teams, consultations and requests in Socialförvaltningen and Bromma; returns how many were made."""
    teams = load_demo_teams()
    administrations = {a.name: a for a in Administration.objects.all()}
    environments = {i.code: i for i in ReferenceItem.objects.filter(kind=ReferenceKind.ENVIRONMENT)}
    done_consultations = set(Consultation.objects.values_list("administration__name", flat=True))
    done_requests = set(FirstContactRequest.objects.values_list("administration__name", flat=True))
    today = timezone.localdate()
    now = timezone.now()
    created = 0
    for name, days, asking, unit, subject, age, envs, support, question, outcome, follow_up in CONSULTATIONS:
        coordinator = User.objects.filter(
            memberships__administration__name=name, memberships__role=Role.COORDINATOR
        ).first()
        if name in done_consultations or coordinator is None or asking not in administrations:
            continue
        date = today - datetime.timedelta(days=days)
        services.save_consultation(
            administration=administrations[name],
            by=coordinator,
            date=date,
            asking_administration=administrations[asking],
            asking_unit=Unit.objects.filter(administration__name=asking, name=unit).first() if unit else None,
            subject=subject,
            age_group=age,
            environments=[environments[code] for code in envs if code in environments],
            support_given=support,
            question=question,
            outcome=outcome,
            follow_up_on=date + datetime.timedelta(days=follow_up) if follow_up is not None else None,
        )
        created += 1
    for name, hours_ago, contact_after, channel, requester, leaving, age in REQUESTS:
        team = teams.get(name)
        if team is None or name in done_requests:
            continue
        member = team.members.first()
        # Logged by the administration's own staff, so that the requests count outside too.
        logger = (
            User.objects.filter(username="medarbetare", memberships__administration__name=name).first()
            or member
        )
        requested_at = now - datetime.timedelta(hours=hours_ago)
        item = services.log_request(
            by=logger,
            team=team,
            requested_at=requested_at,
            channel=channel,
            requester=requester,
            leaving=leaving,
            age_group=age,
            notify=False,
        )
        if contact_after is not None:
            services.record_first_contact(
                item=item,
                by=member,
                at=requested_at + datetime.timedelta(hours=contact_after, minutes=12),
                outcome=ContactOutcome.SOCIAL_SERVICES,
            )
        created += 1
    return created
