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
        "fr": "Responsable (« - » pour personne)",
        "en": "Owner (“-” for nobody)",
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
    # ---- the attendance sheet (feuille d'émargement)
    "documents.attendance_title": {
        "fr": "Feuille d’émargement",
        "en": "Attendance sheet",
    },
    "documents.attendance_time": {
        "fr": "Horaire",
        "en": "Time",
    },
    "documents.attendance_name": {
        "fr": "Nom et prénom",
        "en": "Name",
    },
    "documents.attendance_service": {
        "fr": "Service",
        "en": "Department",
    },
    "documents.attendance_signature": {
        "fr": "Signature",
        "en": "Signature",
    },
    "documents.attendance_privacy": {
        "fr": "Cette feuille reste sur papier : innovkit n’enregistre aucun nom, seulement le "
        "nombre de participants.",
        "en": "This sheet stays on paper: innovkit records no name, only the number of "
        "participants.",
    },
    "documents.attendance_one_tool": {
        "fr": "Une feuille d’émargement est pour un outil à la fois : nommez-en un seul.",
        "en": "An attendance sheet is for one tool at a time: name only one.",
    },
    "help.documents_attendance": {
        "fr": "La feuille d’émargement de la séance (nom, service, signature), une ligne par "
        "participant (--participants, sinon le maximum prévu par la fiche).",
        "en": "The session's attendance sheet (name, department, signature), one line per "
        "participant (--participants, else the card's largest group).",
    },
    # ---- the participants' summary
    "journal.summary_title": {
        "fr": "Compte rendu — {tool}, {when}",
        "en": "Summary — {tool}, {when}",
    },
    "journal.summary_participants.one": {
        "fr": "{count} participant",
        "en": "{count} participant",
    },
    "journal.summary_participants.other": {
        "fr": "{count} participants",
        "en": "{count} participants",
    },
    "journal.summary_ideas": {"fr": "Les idées", "en": "Ideas"},
    "journal.summary_decisions": {"fr": "Ce que nous avons décidé", "en": "What we decided"},
    "journal.summary_actions": {"fr": "Qui fait quoi", "en": "Who does what"},
    "journal.summary_col_action": {"fr": "Action", "en": "Action"},
    "journal.summary_col_owner": {"fr": "Responsable", "en": "Owner"},
    "journal.summary_col_due": {"fr": "Pour le", "en": "By"},
    "journal.summary_due": {"fr": "pour le {date}", "en": "by {date}"},
    "journal.summary_next": {"fr": "Prochain rendez-vous", "en": "Next date"},
    "journal.summary_nothing": {
        "fr": "Aucune idée, décision ni action n’a été notée pour cette séance.",
        "en": "No idea, decision or action was noted for this session.",
    },
    "journal.summary_thanks": {
        "fr": "Merci à toutes et à tous pour votre participation.",
        "en": "Thank you all for taking part.",
    },
    "help.journal_summary": {
        "fr": "Le compte rendu d’une séance pour les participants (idées, décisions, actions, "
        "prochaine date), prêt à coller dans un courriel.",
        "en": "A session's summary for its participants (ideas, decisions, actions, next date), "
        "ready to paste into an e-mail.",
    },
    "help.journal_summary_format": {
        "fr": "md (par défaut), html ou txt ; sinon l’extension du fichier -o.",
        "en": "md (the default), html or txt; else the extension of the -o file.",
    },
    # ---- the calendar: the room and the follow-up events
    "help.plan_location": {
        "fr": "Le lieu de l’atelier (la salle), écrit dans l’événement du fichier --ics.",
        "en": "Where the workshop takes place (the room), written in the --ics file's event.",
    },
    "planning.plan_location_needs_ics": {
        "fr": "--location va dans l’invitation du calendrier : ajoutez --ics FICHIER.",
        "en": "--location goes into the calendar invitation: add --ics FILE.",
    },
    "planning.ics_follow_up_summary": {
        "fr": "{label} — {tool}",
        "en": "{label} — {tool}",
    },
    "planning.ics_follow_up_description": {
        "fr": "Suite de l’atelier {tool} du {date}, proposée {days} jours après : "
        "déplacez-la au jour et à l’heure qui conviennent.",
        "en": "Follow-up of the {tool} workshop of {date}, proposed {days} days later: move it "
        "to the day and time that suit.",
    },
    # ---- timer --until
    "live.until_passed": {
        "fr": "{until} est déjà passé (il est {now}) : donnez une heure à venir, ou une durée.",
        "en": "{until} has already passed (it is {now}): give a time still to come, or a duration.",
    },
    "live.until_and_duration": {
        "fr": "Donnez soit une durée, soit --until HEURE, pas les deux.",
        "en": "Give either a duration or --until TIME, not both.",
    },
    "live.duration_or_until": {
        "fr": "Combien de temps ? Donnez une durée (5m, 1h30…) ou --until HEURE (14:30).",
        "en": "How long? Give a duration (5m, 1h30…) or --until TIME (14:30).",
    },
    "help.timer_until": {
        "fr": "Compter jusqu’à une heure (14:30, 14h30) au lieu d’une durée.",
        "en": "Count down to a clock time (14:30) instead of a duration.",
    },
}
