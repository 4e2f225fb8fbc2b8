"""Sentences of the journal's CSV for spreadsheets: its column headers (see
``innovkit.messages``). A header is short, in the words of ``journal show``."""

MESSAGES: dict[str, dict[str, str]] = {
    "spreadsheet.col_id": {"fr": "Identifiant", "en": "ID"},
    "spreadsheet.col_date": {"fr": "Date", "en": "Date"},
    "spreadsheet.col_start": {"fr": "Début", "en": "Start"},
    "spreadsheet.col_tool": {"fr": "Outil", "en": "Tool"},
    "spreadsheet.col_lever": {"fr": "Levier", "en": "Lever"},
    "spreadsheet.col_variant": {"fr": "Variante", "en": "Variant"},
    "spreadsheet.col_planned_minutes": {"fr": "Durée prévue (min)", "en": "Planned (min)"},
    "spreadsheet.col_actual_minutes": {"fr": "Durée réelle (min)", "en": "Actual (min)"},
    "spreadsheet.col_participants": {"fr": "Participants", "en": "Participants"},
    "spreadsheet.col_facilitator": {"fr": "Animation", "en": "Facilitation"},
    "spreadsheet.col_co_facilitators": {"fr": "Co-animation", "en": "Co-facilitation"},
    "spreadsheet.col_services": {"fr": "Services", "en": "Services"},
    "spreadsheet.col_setting": {"fr": "Lieu", "en": "Setting"},
    "spreadsheet.col_satisfaction": {"fr": "Satisfaction", "en": "Satisfaction"},
    "spreadsheet.col_ideas": {"fr": "Idées", "en": "Ideas"},
    "spreadsheet.col_decisions": {"fr": "Décisions", "en": "Decisions"},
    "spreadsheet.col_actions": {"fr": "Actions", "en": "Actions"},
    "spreadsheet.col_notes": {"fr": "Notes", "en": "Notes"},
    "spreadsheet.col_tags": {"fr": "Étiquettes", "en": "Tags"},
    "spreadsheet.col_created_at": {"fr": "Enregistrée le", "en": "Recorded"},
    "spreadsheet.col_updated_at": {"fr": "Modifiée le", "en": "Changed"},
    "spreadsheet.col_count": {"fr": "{label} (nombre)", "en": "{label} (count)"},
    "spreadsheet.col_item_status": {"fr": "{label}\u00a0: {status}", "en": "{label}: {status}"},
    "spreadsheet.col_of_tool": {"fr": "{label} ({tool})", "en": "{label} ({tool})"},
    "spreadsheet.col_session": {"fr": "Séance", "en": "Session"},
    "spreadsheet.col_action": {"fr": "Action", "en": "Action"},
    "spreadsheet.col_owner": {"fr": "Responsable", "en": "Owner"},
    "spreadsheet.col_due": {"fr": "Échéance", "en": "Due"},
    "spreadsheet.col_status": {"fr": "État", "en": "Status"},
    "spreadsheet.col_done_on": {"fr": "Faite le", "en": "Done on"},
    "spreadsheet.actions_written": {
        "fr": "Actions des séances\u00a0: {path}",
        "en": "Actions of the sessions: {path}",
    },
    "spreadsheet.actions_only_csv": {
        "fr": "--actions va avec --format csv\u00a0: les autres formats gardent les actions dans "
        "le même fichier.",
        "en": "--actions goes with --format csv: the other formats keep the actions in the "
        "same file.",
    },
    "help.journal_actions_csv": {
        "fr": "Avec --format csv\u00a0: le fichier où écrire les actions des séances (état, "
        "responsable, échéance). Par défaut, à côté de -o\u00a0: «\u00a0NOM-actions.csv\u00a0».",
        "en": "With --format csv: the file for the sessions' actions (status, owner, due "
        "date). By default, beside -o: “NAME-actions.csv”.",
    },
}
