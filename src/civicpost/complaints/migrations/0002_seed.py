"""Seed the stages and deadlines, the letters, the retention periods and the settings row.

The Clerk can change all of them afterwards. Where the policy, the ACAS Code or the law sets no
number, the number here is civicpost's choice and the stage's "source" says so.
"""

from django.db import migrations

ACAS = "ACAS Code of Practice on disciplinary and grievance procedures (2015)"

# route, code, name, working days, earliest, asks person, letter, optional, source, guidance
STAGES = [
    # Councillor, conduct matter: referral to the principal authority's Monitoring Officer.
    (
        "conduct_referral",
        "acknowledge",
        "Acknowledge the complaint in writing",
        5,
        0,
        "",
        "acknowledgement",
        False,
        "civicpost default (common parish practice: acknowledge within 5 working days)",
        "Send the complainant the acknowledgement letter. Tell them the complaint is about a councillor’s conduct, so the Monitoring Officer decides it.",
    ),
    (
        "conduct_referral",
        "refer",
        "Refer the complaint to the Monitoring Officer",
        10,
        0,
        "",
        "mo_referral",
        False,
        "Policy clause 7; Localism Act 2011 s.28(9). 10 working days is civicpost’s default",
        "Check the evidence is intact, print the referral letter and send it with the evidence bundle. Note the Monitoring Officer’s reference when they give one.",
    ),
    (
        "conduct_referral",
        "mo_decision",
        "Record the Monitoring Officer’s decision",
        30,
        0,
        "",
        "",
        False,
        "civicpost default: a reminder to ask the Monitoring Officer for news after 30 working days",
        "The Monitoring Officer assesses (and may investigate) the complaint; only they decide it. The parish council may act only on their recommendation (Taylor v Honiton Town Council [2016]).",
    ),
    (
        "conduct_referral",
        "inform",
        "Tell both parties the outcome",
        5,
        0,
        "",
        "mo_outcome",
        False,
        "civicpost default",
        "Send each party the outcome letter, unless the Monitoring Officer has already told them.",
    ),
    # Councillor, not a conduct matter: the council's Complaints Policy.
    (
        "complaints_policy",
        "acknowledge",
        "Acknowledge the complaint in writing",
        5,
        0,
        "",
        "acknowledgement",
        False,
        "civicpost default (common parish practice: acknowledge within 5 working days)",
        "Send the complainant the acknowledgement letter.",
    ),
    (
        "complaints_policy",
        "notify",
        "Tell the councillor and ask for their response",
        5,
        0,
        "",
        "subject_notice",
        False,
        "civicpost default; fairness requires the councillor to be heard",
        "Send the councillor the notice letter with a copy of the material.",
    ),
    (
        "complaints_policy",
        "consider",
        "Consider the complaint",
        20,
        0,
        "Decided by",
        "",
        False,
        "The council’s Complaints Policy; 20 working days is civicpost’s default",
        "The complaint is considered as the council’s Complaints Policy says (usually by the council or a committee, in confidential session). Record who decided.",
    ),
    (
        "complaints_policy",
        "decision",
        "Write to both parties with the decision",
        5,
        0,
        "",
        "complaint_decision",
        False,
        "civicpost default",
        "Send each party the decision letter, with how to ask for a review.",
    ),
    (
        "complaints_policy",
        "review_window",
        "Wait for a request for a review",
        10,
        0,
        "",
        "",
        True,
        "civicpost default: 10 working days to ask for a review",
        "Mark this done if a party asks for a review; mark it not needed if nobody does.",
    ),
    (
        "complaints_policy",
        "review",
        "Review the decision",
        20,
        0,
        "Reviewed by",
        "complaint_decision",
        True,
        "civicpost default",
        "The review is by people not involved in the first decision.",
    ),
    # Employee: the Disciplinary Procedure with the ACAS Code's stages.
    (
        "disciplinary",
        "acknowledge",
        "Acknowledge the complaint in writing",
        5,
        0,
        "",
        "acknowledgement",
        False,
        "civicpost default (common parish practice: acknowledge within 5 working days)",
        "Send the complainant the acknowledgement letter. They are not told the details of any disciplinary action (the employee’s personal data).",
    ),
    (
        "disciplinary",
        "investigator",
        "Appoint an investigator",
        5,
        0,
        "Investigator",
        "",
        False,
        f"{ACAS}, paras 5-6: establish the facts without unreasonable delay; where practicable, different people investigate and hear the case",
        "Appoint someone who is not a party to the complaint. Give them access to the case.",
    ),
    (
        "disciplinary",
        "investigation",
        "Finish the investigation",
        20,
        0,
        "",
        "",
        False,
        f"{ACAS}, para 5. The Code sets no period: 20 working days is civicpost’s default",
        "Record the investigator’s findings. If there is no case to answer, say so and go straight to the outcome letter.",
    ),
    (
        "disciplinary",
        "invitation",
        "Invite the employee to a hearing in writing",
        5,
        0,
        "",
        "hearing_invitation",
        False,
        f"{ACAS}, paras 9-10 and 13-16; Employment Relations Act 1999 s.10 (right to be accompanied)",
        "The letter says what is alleged and what could happen, includes copies of the evidence, and gives the time and place of the hearing and the right to be accompanied by a colleague or a trade union representative.",
    ),
    (
        "disciplinary",
        "hearing",
        "Hold the hearing",
        10,
        5,
        "Hearing chaired by",
        "",
        False,
        f"{ACAS}, paras 11-12: reasonable time to prepare. civicpost’s default: at least 5 working days’ notice; Employment Relations Act 1999 s.10(4)-(5): a companion who cannot come may propose another time within 5 working days",
        "Note whether the employee was accompanied and by whom. If possible, someone other than the investigator chairs it.",
    ),
    (
        "disciplinary",
        "outcome",
        "Write to the employee with the decision",
        5,
        0,
        "",
        "disciplinary_outcome",
        False,
        f"{ACAS}, paras 18-22. The Code says ‘as soon as possible’: 5 working days is civicpost’s default",
        "Say what was decided, why, and how to appeal.",
    ),
    (
        "disciplinary",
        "appeal_window",
        "Wait for an appeal",
        10,
        0,
        "",
        "",
        True,
        f"{ACAS}, paras 25-26: the employee appeals in writing, giving grounds. The Code sets no period: 10 working days is civicpost’s default",
        "Mark this done when an appeal arrives (note the grounds); mark it not needed if none came in time.",
    ),
    (
        "disciplinary",
        "appeal",
        "Hear the appeal",
        10,
        0,
        "Appeal heard by",
        "",
        True,
        f"{ACAS}, paras 27-28: without unreasonable delay, where possible by someone not involved before; the right to be accompanied applies",
        "The appeal is heard by someone who was not the investigator or the hearing’s chair.",
    ),
    (
        "disciplinary",
        "appeal_outcome",
        "Write to the employee with the appeal decision",
        5,
        0,
        "",
        "appeal_outcome",
        True,
        f"{ACAS}, para 29: inform the employee in writing as soon as possible",
        "Send the appeal outcome letter.",
    ),
    # Neither a councillor nor an employee when the material was posted.
    (
        "signpost",
        "signpost",
        "Tell the complainant where to go",
        5,
        0,
        "",
        "signpost",
        False,
        "Policy clause 7 covers only councillors and employees; civicpost default 5 working days",
        "Send the complainant the letter saying the council cannot deal with it, and where they can go.",
    ),
]

HEAD = """{{ council_name }}
{{ date }}

Our reference: {{ reference }}

"""

LETTERS = [
    (
        "acknowledgement",
        "Acknowledgement to the complainant",
        "complainant",
        ["conduct_referral", "complaints_policy", "disciplinary", "signpost"],
        HEAD
        + """Dear {{ recipient_name }},

Thank you for telling us about material posted on social media by {{ subject_name }} on {{ posted_on }}, which you saw on {{ seen_on }}. We recorded your complaint on {{ recorded_on }}.

{{ handler_name }} ({{ handler_office }}) will deal with it, following {{ route }}. We will keep what you have given us safe, and we will only share it with the people who need to see it to deal with your complaint.

The next step is due by {{ next_deadline }}.

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "subject_notice",
        "Notice to the councillor",
        "subject",
        ["complaints_policy"],
        HEAD
        + """Dear {{ recipient_name }},

We have received a complaint about material you posted on social media on {{ posted_on }}. It is being dealt with under the council’s Complaints Policy, as clause 7 of the council’s Social Media Policy says.

What was complained about:
{{ material_text }}
{{ material_url }}

Please send us your response by {{ next_deadline }}.

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "mo_referral",
        "Referral to the Monitoring Officer",
        "monitoring_officer",
        ["conduct_referral"],
        """{{ monitoring_officer|default:"The Monitoring Officer" }}
{{ principal_authority }}
{{ monitoring_officer_address }}

"""
        + HEAD
        + """Dear {{ recipient_name }},

Complaint about the conduct of {{ subject_name }}, {{ subject_role }}

{{ council_name }} has received a complaint from {{ complainant_name }} about material posted on social media by {{ subject_name }} on {{ posted_on }}. Clause 7 of the council’s Social Media Policy says that complaints about a councillor’s conduct are referred to the Monitoring Officer of {{ principal_authority|default:"the principal authority" }}, so we refer it to you under section 28 of the Localism Act 2011.
{{ subject_left_note }}
What the complainant says happened: {{ harms }}.
{{ harm_details }}

The material, as the complainant saw it on {{ seen_on }}:
{{ material_text }}
{{ material_url }}

The evidence bundle sent with this letter holds the following items. Each one was sealed with its SHA-256 fingerprint when we captured it, so you can check that nothing has changed since.
{% for item in evidence %}
{{ item.number }}. {{ item.description }} (captured {{ item.captured_at }})
   SHA-256 {{ item.sha256 }}{% endfor %}

Please tell us your reference for this complaint. {{ handler_name }} is our contact for it.

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "mo_outcome",
        "Monitoring Officer’s decision, to each party",
        "parties",
        ["conduct_referral"],
        HEAD
        + """Dear {{ recipient_name }},

The Monitoring Officer of {{ principal_authority|default:"the principal authority" }} has decided the complaint about material posted on social media on {{ posted_on }}.

Their decision, made on {{ mo_decided_on }}:
{{ mo_outcome }}

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "complaint_decision",
        "Complaints Policy decision, to each party",
        "parties",
        ["complaints_policy"],
        HEAD
        + """Dear {{ recipient_name }},

The council has considered the complaint about material posted on social media on {{ posted_on }}, under its Complaints Policy.

The decision:
{{ outcome }}

If you are not satisfied, you may ask for a review in writing by {{ next_deadline }}.

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "hearing_invitation",
        "Invitation to a disciplinary hearing",
        "subject",
        ["disciplinary"],
        HEAD
        + """Dear {{ recipient_name }},

Invitation to a disciplinary hearing

A complaint has been made about material you posted on social media on {{ posted_on }}. {{ investigator_name }} has investigated it. We now invite you to a disciplinary hearing under the council’s Disciplinary Procedure.

What is alleged: that the material caused {{ harms }} to a colleague, contrary to the council’s Social Media Policy.

Copies of the evidence are enclosed:
{% for item in evidence %}
{{ item.number }}. {{ item.description }}{% endfor %}

The hearing will be held on or after {{ earliest_hearing }}; we will confirm the time and place. Please tell us if you cannot attend.

You have the right to be accompanied at the hearing by a colleague, a trade union representative or an official employed by a trade union (Employment Relations Act 1999, section 10). If your companion cannot come, you may propose another time within 5 working days of the date we set.

The possible outcomes include no action, a warning, or other action under the Disciplinary Procedure.

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "disciplinary_outcome",
        "Disciplinary decision and right of appeal",
        "subject",
        ["disciplinary"],
        HEAD
        + """Dear {{ recipient_name }},

Outcome of the disciplinary hearing

{{ outcome }}

You have the right to appeal against this decision. Please write to {{ handler_name }} with your grounds of appeal by {{ next_deadline }}. The appeal will be heard, where possible, by someone who has not been involved before, and you may be accompanied at it.

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "appeal_outcome",
        "Appeal decision",
        "subject",
        ["disciplinary"],
        HEAD
        + """Dear {{ recipient_name }},

Outcome of your appeal

{{ outcome }}

This decision is final.

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "complainant_outcome",
        "Outcome to the complainant (employee case)",
        "complainant",
        ["disciplinary"],
        HEAD
        + """Dear {{ recipient_name }},

Your complaint about material posted on social media on {{ posted_on }} has been dealt with under the council’s Disciplinary Procedure, and the procedure has finished. Details of any action taken about an employee are confidential, so we cannot share them.

Thank you for raising it.

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
    (
        "signpost",
        "Where to go instead",
        "complainant",
        ["signpost"],
        HEAD
        + """Dear {{ recipient_name }},

Thank you for telling us about material posted on social media by {{ subject_name }} on {{ posted_on }}.

The council’s Social Media Policy (clause 7) covers material posted by the council’s councillors and employees. {{ subject_name }} was neither when the material was posted, so the council cannot deal with your complaint. We have kept a record of it.

{{ signpost_text }}

Yours sincerely,

{{ handler_name }}
{{ handler_office }}, {{ council_name }}
""",
    ),
]

RETENTION = [
    (
        "conduct_referral",
        6,
        "final_decision",
        "anonymise",
        "Until the Monitoring Officer's final determination + 6 years (East Riding privacy notice; shared/domain/uk-law-notes.md s.5)",
    ),
    (
        "complaints_policy",
        6,
        "final_decision",
        "anonymise",
        "1 to 6 years after closure per the council's retention policy (NALC LTN 40); civicpost takes 6",
    ),
    (
        "disciplinary",
        7,
        "employment_end",
        "anonymise",
        "Disciplinary files: 7 years after employment ends (NALC LTN 40; Limitation Act 1980)",
    ),
    (
        "signpost",
        1,
        "final_decision",
        "delete",
        "1 year after closure (the defamation limitation period)",
    ),
]


def seed(apps, schema_editor):
    StageRule = apps.get_model("complaints", "StageRule")
    LetterTemplate = apps.get_model("complaints", "LetterTemplate")
    RetentionRule = apps.get_model("complaints", "RetentionRule")
    ComplaintSettings = apps.get_model("complaints", "ComplaintSettings")
    orders: dict[str, int] = {}
    for route, code, name, days, earliest, asks, letter, optional, source, guidance in STAGES:
        orders[route] = orders.get(route, 0) + 1
        StageRule.objects.get_or_create(
            route=route,
            code=code,
            defaults={
                "order": orders[route],
                "name": name,
                "working_days": days,
                "earliest_working_days": earliest,
                "asks_person": asks,
                "letter": letter,
                "optional": optional,
                "source": source,
                "guidance": guidance,
            },
        )
    for code, name, recipient, routes, body in LETTERS:
        LetterTemplate.objects.get_or_create(
            code=code,
            defaults={"name": name, "recipient": recipient, "routes": routes, "body": body},
        )
    for route, years, basis, action, source in RETENTION:
        RetentionRule.objects.get_or_create(
            route=route,
            defaults={"years": years, "basis": basis, "action": action, "source": source},
        )
    ComplaintSettings.objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("complaints", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
