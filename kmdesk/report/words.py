"""The words the reports write themselves, in Thai and English (the CLI has no Qt translator)."""

from __future__ import annotations

from kmdesk.wording import QT_TRANSLATE_NOOP, Words

WORDS = Words(
    "ReportWords",
    {
        "title_person": QT_TRANSLATE_NOOP("ReportWords", "Facilitator self-assessment"),
        "title_team": QT_TRANSLATE_NOOP("ReportWords", "Facilitator team self-assessment"),
        "anonymous_note": QT_TRANSLATE_NOOP(
            "ReportWords", "Anonymous edition: members are shown as letters, for sharing"
        ),
        "purpose": QT_TRANSLATE_NOOP("ReportWords", "Purpose"),
        "name": QT_TRANSLATE_NOOP("ReportWords", "Name"),
        "agency": QT_TRANSLATE_NOOP("ReportWords", "Agency"),
        "team": QT_TRANSLATE_NOOP("ReportWords", "Team (sub-district)"),
        "round": QT_TRANSLATE_NOOP("ReportWords", "Assessment round"),
        "round_short": QT_TRANSLATE_NOOP("ReportWords", "Round"),
        "round_date": QT_TRANSLATE_NOOP("ReportWords", "Date of the round"),
        "framework_version": QT_TRANSLATE_NOOP("ReportWords", "Framework version"),
        "printed": QT_TRANSLATE_NOOP("ReportWords", "Printed on"),
        "roles_rated": QT_TRANSLATE_NOOP("ReportWords", "Roles rated"),
        "no_team": QT_TRANSLATE_NOOP("ReportWords", "(no team)"),
        "team_file": QT_TRANSLATE_NOOP("ReportWords", "Team"),
        "team_short": QT_TRANSLATE_NOOP("ReportWords", "Sub-district team"),
        "members": QT_TRANSLATE_NOOP("ReportWords", "Team members"),
        "member": QT_TRANSLATE_NOOP("ReportWords", "Member"),
        "role": QT_TRANSLATE_NOOP("ReportWords", "Role"),
        "role_section": QT_TRANSLATE_NOOP("ReportWords", "Role"),
        "profile": QT_TRANSLATE_NOOP("ReportWords", "Competency profile"),
        "target": QT_TRANSLATE_NOOP("ReportWords", "Target"),
        "competency": QT_TRANSLATE_NOOP("ReportWords", "Competency"),
        "indicator": QT_TRANSLATE_NOOP("ReportWords", "Indicator"),
        "level": QT_TRANSLATE_NOOP("ReportWords", "Level"),
        "level_sentence": QT_TRANSLATE_NOOP("ReportWords", "The level I rated"),
        "evidence": QT_TRANSLATE_NOOP("ReportWords", "Evidence / note"),
        "mean": QT_TRANSLATE_NOOP("ReportWords", "mean"),
        "not_rated": QT_TRANSLATE_NOOP("ReportWords", "not rated"),
        "table_title": QT_TRANSLATE_NOOP("ReportWords", "Ratings by indicator"),
        "learn_from": QT_TRANSLATE_NOOP("ReportWords", "Who in the team to learn from"),
        "learn_col_now": QT_TRANSLATE_NOOP("ReportWords", "Now / target"),
        "learn_col_from": QT_TRANSLATE_NOOP("ReportWords", "Learn from"),
        "outside": QT_TRANSLATE_NOOP("ReportWords", "Nobody in the team yet: find outside help"),
        "outside_short": QT_TRANSLATE_NOOP("ReportWords", "outside help"),
        "no_learning": QT_TRANSLATE_NOOP(
            "ReportWords", "No competency is far below its target in this role"
        ),
        "can_share": QT_TRANSLATE_NOOP("ReportWords", "You can help team-mates with"),
        "progress": QT_TRANSLATE_NOOP("ReportWords", "Progress across all rounds"),
        "progress_note": QT_TRANSLATE_NOOP(
            "ReportWords",
            "Each competency's mean in each round; Change compares the last two",
        ),
        "change": QT_TRANSLATE_NOOP("ReportWords", "Change"),
        "domain_K": QT_TRANSLATE_NOOP("ReportWords", "Knowledge"),
        "domain_S": QT_TRANSLATE_NOOP("ReportWords", "Skill"),
        "questions": QT_TRANSLATE_NOOP("ReportWords", "Not sure yet: questions to discuss"),
        "questions_note": QT_TRANSLATE_NOOP(
            "ReportWords",
            "Answers of “{not_sure}” are left out of the means; bring them to the team's circle",
        ),
        "question": QT_TRANSLATE_NOOP("ReportWords", "What does “{text}” mean in our work?"),
        "to_discuss": QT_TRANSLATE_NOOP("ReportWords", "Question to discuss"),
        "no_questions": QT_TRANSLATE_NOOP("ReportWords", "No not-sure answers in this round"),
        "signature": QT_TRANSLATE_NOOP("ReportWords", "Signed"),
        "assessor": QT_TRANSLATE_NOOP("ReportWords", "Assessor"),
        "reviewer": QT_TRANSLATE_NOOP("ReportWords", "Reviewer (team lead / mentor)"),
        "preparer": QT_TRANSLATE_NOOP("ReportWords", "Prepared by"),
        "certifier": QT_TRANSLATE_NOOP("ReportWords", "Approved by"),
        "date": QT_TRANSLATE_NOOP("ReportWords", "Date"),
        "page": QT_TRANSLATE_NOOP("ReportWords", "Page {n} of {total}"),
        "radar_team": QT_TRANSLATE_NOOP("ReportWords", "Members' profiles"),
        "pairs": QT_TRANSLATE_NOOP("ReportWords", "Learning pairs"),
        "outside_list": QT_TRANSLATE_NOOP("ReportWords", "Needs outside help"),
        "none": QT_TRANSLATE_NOOP("ReportWords", "None"),
        "team_progress": QT_TRANSLATE_NOOP("ReportWords", "The team's progress across all rounds"),
        "team_progress_note": QT_TRANSLATE_NOOP(
            "ReportWords", "The team's mean in each round (of the members who rated that round)"
        ),
        "no_ratings_role": QT_TRANSLATE_NOOP("ReportWords", "Nobody has rated this role yet"),
        "rated_count": QT_TRANSLATE_NOOP("ReportWords", "{n} of {total} members rated"),
        "pair_learner": QT_TRANSLATE_NOOP("ReportWords", "Learner"),
        "pair_supplier": QT_TRANSLATE_NOOP("ReportWords", "Learns from"),
        "anonymous": QT_TRANSLATE_NOOP("ReportWords", "anonymous"),
        "profiles_roles": QT_TRANSLATE_NOOP(
            "ReportWords", "Profile and learning stairs in each role"
        ),
        "key": QT_TRANSLATE_NOOP("ReportWords", "Competency codes in the charts and tables"),
        "appendix": QT_TRANSLATE_NOOP("ReportWords", "Appendix: what each chosen level says"),
        "appendix_note": QT_TRANSLATE_NOOP(
            "ReportWords", "For each indicator, the framework's sentence for the level chosen"
        ),
        "level_chosen": QT_TRANSLATE_NOOP("ReportWords", "Level chosen"),
        "level_says": QT_TRANSLATE_NOOP("ReportWords", "What the level says"),
        "compared_with": QT_TRANSLATE_NOOP("ReportWords", "The river is compared with {round}"),
    },
)


def w(key: str, lang: str, **fields: object) -> str:
    """The report word ``key`` in ``lang`` ("en" for English, anything else for Thai)."""
    return WORDS(key, lang, **fields)
