"""Sentences of the follow-up: actions edited, deleted and done, the participants' summary,
the attendance sheet (see ``innovkit.messages``). French typography: no-break spaces inside
« » and before : ; ? !"""

MESSAGES: dict[str, dict[str, str]] = {
    # ---- actions
    "journal.done_on": {
        "fr": "faite le {date}",
        "en": "done on {date}",
    },
    "journal.action_already_done": {
        "fr": "Cette action est déjà faite{when}\u00a0: {text} ({id}). Rien n’a changé.",
        "en": "This action is already done{when}: {text} ({id}). Nothing changed.",
    },
    "journal.action_already_done_when": {
        "fr": " (le {date})",
        "en": " (on {date})",
    },
    "journal.action_already_open": {
        "fr": "Cette action est déjà ouverte\u00a0: {text} ({id}). Rien n’a changé.",
        "en": "This action is already open: {text} ({id}). Nothing changed.",
    },
    "journal.action_edited": {
        "fr": "Action modifiée\u00a0: {action}.",
        "en": "Action changed: {action}.",
    },
    "journal.action_unchanged": {
        "fr": "Rien n’a changé\u00a0: {action}.",
        "en": "Nothing changed: {action}.",
    },
    "journal.action_edit_needs_change": {
        "fr": "Dites ce qui change\u00a0: --text, --owner ou --due (l’action reste telle quelle).",
        "en": "Say what changes: --text, --owner or --due (the action is left as it is).",
    },
    "journal.action_text_empty": {
        "fr": "Le texte d’une action ne peut pas être vide.",
        "en": "An action's text cannot be empty.",
    },
    "journal.action_deleted": {
        "fr": "Action supprimée\u00a0: {action}.",
        "en": "Action deleted: {action}.",
    },
    "journal.action_delete_kept": {
        "fr": "Rien n’a été supprimé.",
        "en": "Nothing was deleted.",
    },
    "journal.action_delete_needs_yes": {
        "fr": "Pour supprimer l’action {action} sans question, ajoutez --yes.",
        "en": "To delete the action {action} without a question, add --yes.",
    },
    "journal.action_delete_confirm": {
        "fr": "Supprimer l’action {action}\u202f?",
        "en": "Delete the action {action}?",
    },
    "journal.action_delete_keep": {
        "fr": "Non, garder l’action",
        "en": "No, keep the action",
    },
    "journal.action_delete_remove": {
        "fr": "Oui, la supprimer",
        "en": "Yes, delete it",
    },
    "journal.action_words": {
        "fr": "«\u00a0{text}\u00a0» ({id})",
        "en": "“{text}” ({id})",
    },
    "journal.ask_action_text": {
        "fr": "Texte de l’action",
        "en": "Text of the action",
    },
    "journal.ask_action_owner": {
        "fr": "Responsable",
        "en": "Owner",
    },
    "journal.ask_action_due": {
        "fr": "Échéance (AAAA-MM-JJ, «\u00a0-\u00a0» pour aucune)",
        "en": "Due date (YYYY-MM-DD, “-” for none)",
    },
    "journal.follow_up_action": {
        "fr": "{label} ({tool})",
        "en": "{label} ({tool})",
    },
    "help.journal_action_edit": {
        "fr": "Corriger une action\u00a0: son texte, son responsable, son échéance.",
        "en": "Correct an action: its text, owner or due date.",
    },
    "help.journal_action_delete": {
        "fr": "Supprimer une action (demande confirmation).",
        "en": "Delete an action (asks for confirmation).",
    },
    "help.journal_action_text": {
        "fr": "Le nouveau texte de l’action.",
        "en": "The action's new text.",
    },
    "help.journal_action_owner": {
        "fr": "Le nouveau responsable (vide\u00a0: personne).",
        "en": "The new owner (empty: nobody).",
    },
    "help.journal_action_due": {
        "fr": "La nouvelle échéance, AAAA-MM-JJ («\u00a0-\u00a0»\u00a0: aucune).",
        "en": "The new due date, YYYY-MM-DD (“-”: none).",
    },
    "help.journal_action_yes": {
        "fr": "Supprimer sans demander de confirmation.",
        "en": "Delete without asking for confirmation.",
    },
}
