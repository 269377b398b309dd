"""The city's two-part survey of unit managers (seeds 000, 003, 004) as the default template.

Part 1 asks about events and observations related to violent extremism in the unit, with the
same environments and event types as the reports; part 2 about knowledge, awareness of the
routine, the de-identified form and the coordinator, training needs and cooperation. Loaded
after every migrate; a template that exists by name is never touched (it may have rounds).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

DEFAULT_NAME = "Lägesbildsenkät om våldsbejakande extremism"

YES_NO = [("yes", "Ja"), ("no", "Nej")]
YES_NO_UNSURE = [("yes", "Ja"), ("no", "Nej"), ("unsure", "Vet inte")]

# Codes that the situation picture reads (selectors.py): keep them stable.
OBSERVED, ENVIRONMENTS, EVENT_TYPES, EVENT_COUNT = "observed", "environments", "event_types", "event_count"
KNOWLEDGE, ROUTINE, FORM, COORDINATOR = "knowledge", "routine_known", "form_known", "coordinator_known"
TRAINING_NEEDED, TRAINING_TOPICS, COOPERATION = "training_needed", "training_topics", "cooperation"

DEFAULT_TEMPLATE: dict[str, Any] = {
    "name": DEFAULT_NAME,
    "description": (
        "Enkäten är underlag för förvaltningens lokala lägesbild. Svara för din enhet. Skriv inga "
        "uppgifter som kan identifiera en person: inga namn, adresser eller andra kännetecken."
    ),
    "sections": [
        {
            "title": "Del 1. Händelser och iakttagelser",
            "description": "Händelser och iakttagelser med koppling till våldsbejakande extremism i enhetens "
            "verksamhet under det senaste året.",
            "questions": [
                {
                    "code": OBSERVED,
                    "kind": "single",
                    "required": True,
                    "text": "Har enheten uppmärksammat händelser eller iakttagelser med koppling till "
                    "våldsbejakande extremism under det senaste året?",
                    "choices": YES_NO_UNSURE,
                },
                {
                    "code": ENVIRONMENTS,
                    "kind": "multiple",
                    "reference_list": "environment",
                    "text": "Vilka miljöer hade händelserna koppling till?",
                    "help_text": "Välj alla som stämmer.",
                    "condition": (OBSERVED, "yes"),
                },
                {
                    "code": EVENT_TYPES,
                    "kind": "multiple",
                    "reference_list": "event_type",
                    "text": "Vilka typer av händelser eller iakttagelser var det?",
                    "help_text": "Välj alla som stämmer.",
                    "condition": (OBSERVED, "yes"),
                },
                {
                    "code": EVENT_COUNT,
                    "kind": "number",
                    "text": "Ungefär hur många händelser har enheten uppmärksammat?",
                    "condition": (OBSERVED, "yes"),
                },
                {
                    "code": "reported",
                    "kind": "single",
                    "text": "Har händelserna rapporterats med blanketten för avidentifierad information?",
                    "choices": [("all", "Ja, alla"), ("some", "Några av dem"), ("none", "Nej")],
                    "condition": (OBSERVED, "yes"),
                },
                {
                    "code": "observations",
                    "kind": "text",
                    "text": "Beskriv kortfattat vad ni har uppmärksammat",
                    "help_text": "Utan namn, adresser eller annat som kan identifiera någon.",
                    "condition": (OBSERVED, "yes"),
                },
            ],
        },
        {
            "title": "Del 2. Kunskap, rutiner och utbildningsbehov",
            "description": "Kunskapsnivån och utbildningsbehovet hos chefer och medarbetare på enheten.",
            "questions": [
                {
                    "code": KNOWLEDGE,
                    "kind": "scale",
                    "required": True,
                    "text": "Hur bedömer du kunskapsnivån om våldsbejakande extremism bland enhetens "
                    "medarbetare?",
                    "scale": (1, 5, "Mycket låg", "Mycket hög"),
                },
                {
                    "code": ROUTINE,
                    "kind": "single",
                    "required": True,
                    "text": "Känner enhetens medarbetare till rutinen vid oro eller händelse?",
                    "choices": [("yes", "Ja"), ("partly", "Delvis"), ("no", "Nej")],
                },
                {
                    "code": FORM,
                    "kind": "single",
                    "required": True,
                    "text": "Känner du till blanketten för avidentifierad information?",
                    "choices": YES_NO,
                },
                {
                    "code": "form_used",
                    "kind": "single",
                    "text": "Har enheten använt blanketten?",
                    "choices": [
                        ("yes", "Ja"),
                        ("no_reason", "Nej, vi har inte haft anledning"),
                        ("no", "Nej, trots att det fanns anledning"),
                    ],
                    "condition": (FORM, "yes"),
                },
                {
                    "code": COORDINATOR,
                    "kind": "single",
                    "required": True,
                    "text": "Känner du till att förvaltningen har en samordnare mot våldsbejakande "
                    "extremism?",
                    "choices": YES_NO,
                },
                {
                    "code": "plan_spread",
                    "kind": "multiple",
                    "text": "Hur har förvaltningens handlingsplan uppmärksammats på enheten?",
                    "choices": [
                        ("apt", "På arbetsplatsträffar"),
                        ("training", "På föreläsningar eller utbildningar"),
                        ("discussion", "Som diskussionsunderlag"),
                        ("not", "Den har inte uppmärksammats"),
                    ],
                },
                {
                    "code": "web_training",
                    "kind": "single",
                    "text": "Hur många av enhetens medarbetare har gått stadens webbutbildning om "
                    "våldsbejakande extremism?",
                    "choices": [
                        ("all", "Alla"),
                        ("most", "Fler än hälften"),
                        ("few", "Färre än hälften"),
                        ("none", "Ingen"),
                        ("unsure", "Vet inte"),
                    ],
                },
                {
                    "code": TRAINING_NEEDED,
                    "kind": "single",
                    "required": True,
                    "text": "Behöver enheten mer utbildning om våldsbejakande extremism?",
                    "choices": YES_NO,
                },
                {
                    "code": TRAINING_TOPICS,
                    "kind": "multiple",
                    "text": "Vilka utbildningsbehov har enheten?",
                    "choices": [
                        ("basics", "Grundläggande kunskap om våldsbejakande extremism"),
                        ("signs", "Tecken, symboler och propaganda"),
                        ("routine", "Rutinen vid oro eller händelse"),
                        ("conversation", "Samtal med unga om våldsbejakande åsikter"),
                        ("online", "Radikalisering på nätet"),
                        ("returnees", "Återvändare från konfliktområden"),
                        ("undue_influence", "Otillåten påverkan på tjänstepersoner"),
                    ],
                    "condition": (TRAINING_NEEDED, "yes"),
                },
                {
                    "code": COOPERATION,
                    "kind": "multiple",
                    "text": "Vilka aktörer vill enheten samverka med i arbetet mot våldsbejakande extremism?",
                    "help_text": "Välj alla som stämmer.",
                    "choices": [
                        ("social_services", "Stadsdelsförvaltningarnas socialtjänst"),
                        ("police", "Polisen"),
                        ("psychiatry", "Psykiatrin (BUP, vuxenpsykiatri)"),
                        ("prison_service", "Kriminalvården"),
                        ("school", "Skolan"),
                        ("associations", "Föreningar"),
                        ("faith", "Trossamfund"),
                        ("relatives", "Anhöriga"),
                        ("cve", "Center mot våldsbejakande extremism (CVE)"),
                    ],
                },
                {
                    "code": "comments",
                    "kind": "text",
                    "text": "Övriga synpunkter",
                    "help_text": "Utan namn, adresser eller annat som kan identifiera någon.",
                },
            ],
        },
    ],
}


def build_template(spec: dict[str, Any], *, is_default: bool = False) -> Any:
    """Create a template from a spec like DEFAULT_TEMPLATE (conditions refer to earlier codes)."""
    from varna.surveys.models import Choice, Question, SurveyTemplate, TemplateSection

    with transaction.atomic():
        template = SurveyTemplate.objects.create(
            name=spec["name"], description=spec.get("description", ""), is_default=is_default
        )
        by_code: dict[str, Question] = {}
        order = 0
        for section_order, section_spec in enumerate(spec["sections"]):
            section = TemplateSection.objects.create(
                template=template,
                title=section_spec["title"],
                description=section_spec.get("description", ""),
                order=section_order * 10,
            )
            for q in section_spec["questions"]:
                order += 10
                low, high, low_label, high_label = q.get("scale", (1, 5, "", ""))
                condition = q.get("condition")
                question = Question.objects.create(
                    section=section,
                    code=q["code"],
                    kind=q["kind"],
                    text=q["text"],
                    help_text=q.get("help_text", ""),
                    reference_list=q.get("reference_list", ""),
                    required=q.get("required", False),
                    order=order,
                    scale_min=low,
                    scale_max=high,
                    scale_min_label=low_label,
                    scale_max_label=high_label,
                    condition_question=by_code[condition[0]] if condition else None,
                    condition_value=condition[1] if condition else "",
                )
                Choice.objects.bulk_create(
                    Choice(question=question, code=code, label=label, order=i * 10)
                    for i, (code, label) in enumerate(q.get("choices", []))
                )
                by_code[question.code] = question
    return template


def load_default_template(**_: Any) -> Any:
    """The default template, created if no template of that name exists (idempotent)."""
    from varna.surveys.models import SurveyTemplate

    existing = SurveyTemplate.objects.filter(name=DEFAULT_NAME).first()
    if existing is not None:
        return existing
    return build_template(
        DEFAULT_TEMPLATE, is_default=not SurveyTemplate.objects.filter(is_default=True).exists()
    )
