"""Sentences of ``suggest``, ``plan``, ``config`` and the lever balance (see
``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "planning.config_bad_facilitator": {
        "fr": "Le nom d’animateur doit faire entre 1 et 80 caractères.",
        "en": "The facilitator name must be 1 to 80 characters long.",
    },
    "planning.config_journal_password": {
        "fr": "L’adresse du journal contient un mot de passe : innovkit ne l’enregistre pas. "
        "Mettez le mot de passe dans votre fichier .pgpass (ou celui que nomme PGPASSFILE), "
        "puis donnez l’adresse sans lui, par exemple postgresql://claire@serveur/innovkit.",
        "en": "The journal's address holds a password: innovkit does not save it. Put the "
        "password in your .pgpass file (or the one PGPASSFILE names), then give the address "
        "without it, for example postgresql://claire@server/innovkit.",
    },
    "planning.config_bad_journal": {
        "fr": "« {value} » ne peut pas servir de fichier journal : indiquez un chemin de fichier "
        "(par exemple ~/innovkit/journal.sqlite3).",
        "en": "“{value}” cannot be used as the journal file: give a file path (for example "
        "~/innovkit/journal.sqlite3).",
    },
    "planning.config_bad_variant": {
        "fr": "Aucun outil n’a de variante minutée «\u00a0{value}\u00a0» (variantes\u00a0: "
        "{choices}).",
        "en": "No tool has a timed variant “{value}” (variants: {choices}).",
    },
    "planning.config_bad_variant_name": {
        "fr": "«\u00a0{value}\u00a0» n’est pas un nom de variante (par exemple "
        "«\u00a0short\u00a0»).",
        "en": "“{value}” is not a variant name (for example “short”).",
    },
    "planning.config_not_text": {
        "fr": "le réglage {key} doit être un texte entre guillemets.",
        "en": "the setting {key} must be a text in quotes.",
    },
    "planning.config_bad_saved": {
        "fr": "Le fichier de réglages {path} contient une valeur refusée pour {key} "
        "({problem})\u00a0: corrigez-la avec «\u00a0innovkit config set\u00a0».",
        "en": "The settings file {path} holds a bad value for {key} ({problem}): fix it with "
        "“innovkit config set”.",
    },
    "planning.config_journal_folder_missing": {
        "fr": "Le dossier {folder} n’existe pas\u00a0: créez-le d’abord, ou vérifiez le chemin "
        "du journal.",
        "en": "The folder {folder} does not exist: create it first, or check the journal's path.",
    },
    "planning.config_unknown_key": {
        "fr": "Le réglage « {key} » n’existe pas. Réglages possibles : langue (language), "
        "animation (facilitator), journal, variante (variant).",
        "en": "There is no setting called “{key}”. Possible settings: language, facilitator, "
        "journal, variant.",
    },
    "planning.config_damaged": {
        "fr": "Le fichier de réglages {path} est abîmé ({detail}) : corrigez-le ou supprimez-le.",
        "en": "The settings file {path} is damaged ({detail}): fix it or delete it.",
    },
    "planning.config_file": {
        "fr": "Réglages enregistrés dans {path}",
        "en": "Settings saved in {path}",
    },
    "planning.config_unset_value": {"fr": "(non défini)", "en": "(not set)"},
    "planning.config_not_set": {
        "fr": "Le réglage « {key} » n’est pas défini.",
        "en": "The setting “{key}” is not set.",
    },
    "planning.config_saved": {
        "fr": "Réglage enregistré : {key} = {value}",
        "en": "Setting saved: {key} = {value}",
    },
    "planning.config_removed": {
        "fr": "Réglage retiré : {key}",
        "en": "Setting removed: {key}",
    },
    "help.config": {
        "fr": "Vos réglages : langue, nom d’animateur par défaut, fichier journal, variante par "
        "défaut.",
        "en": "Your settings: language, default facilitator name, journal file, default variant.",
    },
    "help.config_show": {"fr": "Afficher tous les réglages.", "en": "Show every setting."},
    "help.config_get": {"fr": "Afficher un réglage.", "en": "Show one setting."},
    "help.config_set": {
        "fr": 'Changer un réglage, par exemple : innovkit config set animation "Claire M."',
        "en": "Change a setting, for example: innovkit config set language fr",
    },
    "help.config_unset": {"fr": "Retirer un réglage.", "en": "Remove a setting."},
    "help.config_key": {
        "fr": "langue, animation, journal ou variante (ou leurs noms anglais : language, "
        "facilitator, journal, variant)",
        "en": "language, facilitator, journal or variant",
    },
    "help.config_value": {"fr": "La nouvelle valeur.", "en": "The new value."},
}
MESSAGES.update(
    {
        "planning.reason_fits": {
            "fr": "la version complète ({length} min) tient dans vos {minutes} min",
            "en": "the full version ({length} min) fits in your {minutes} min",
        },
        "planning.reason_fits_short": {
            "fr": "tient dans vos {minutes} min en «\u00a0{variant}\u00a0» ({length} min au lieu "
            "de {full})",
            "en": "fits in your {minutes} min as “{variant}” ({length} min instead of {full})",
        },
        "planning.reason_group": {
            "fr": "{count} participants\u00a0: dans la fourchette {min} à {max}",
            "en": "{count} participants: within {min}–{max}",
        },
        "planning.reason_lever_never": {
            "fr": "{lever}\u00a0: aucune séance au journal",
            "en": "{lever}: no session in the journal",
        },
        "planning.reason_lever_asleep": {
            "fr": "{lever}\u00a0: aucune séance depuis {months} mois",
            "en": "{lever}: no session for {months} months",
        },
        "planning.reason_lever_alive.one": {
            "fr": "{lever}\u00a0: {count} séance ces 12 derniers mois",
            "en": "{lever}: {count} session in the last 12 months",
        },
        "planning.reason_lever_alive.other": {
            "fr": "{lever}\u00a0: {count} séances ces 12 derniers mois",
            "en": "{lever}: {count} sessions in the last 12 months",
        },
        "planning.reason_setting": {
            "fr": "se pratique {setting}",
            "en": "works {setting}",
        },
        "planning.nothing_fits": {
            "fr": "Aucun outil ne tient dans ces limites. Essayez avec plus de temps, un autre "
            "nombre de participants ou sans filtre de levier.",
            "en": "No tool fits these limits. Try more time, another group size, or no lever "
            "filter.",
        },
        "planning.col_why": {"fr": "Pourquoi", "en": "Why"},
        "help.suggest": {
            "fr": "Les outils qui conviennent maintenant, du plus indiqué au moins indiqué, avec "
            "leurs raisons (le journal fait remonter les leviers délaissés).",
            "en": "The tools that fit right now, best first, with their reasons (the journal "
            "brings neglected levers up).",
        },
        "help.suggest_minutes": {
            "fr": "Le temps dont vous disposez, en minutes.",
            "en": "The time you have, in minutes.",
        },
        "help.suggest_participants": {
            "fr": "Le nombre de participants attendus.",
            "en": "The number of participants expected.",
        },
        "help.suggest_setting": {
            "fr": "Le cadre\u00a0: en salle, en extérieur ou à distance (indoor, outdoor, remote).",
            "en": "The setting: indoor, outdoor or remote (or in French).",
        },
    }
)
MESSAGES.update(
    {
        "planning.break": {"fr": "Pause", "en": "Break"},
        "planning.plan_no_tool": {
            "fr": "Indiquez au moins un outil, par exemple\u00a0: innovkit plan point-silence "
            "audace-up --start 14:00",
            "en": "Give at least one tool, for example: innovkit plan point-silence audace-up "
            "--start 14:00",
        },
        "planning.plan_bad_break": {
            "fr": "La pause ne peut pas durer {value} minutes\u00a0: indiquez 0 ou plus.",
            "en": "A break cannot last {value} minutes: give 0 or more.",
        },
    }
)
MESSAGES.update(
    {
        "planning.plan_heading": {"fr": "Programme de l’atelier", "en": "Workshop agenda"},
        "planning.plan_agenda": {"fr": "Le programme", "en": "The agenda"},
        "planning.plan_col_item": {"fr": "Au programme", "en": "Item"},
        "planning.plan_preparation": {
            "fr": "À préparer avant l’atelier",
            "en": "To prepare before the workshop",
        },
        "planning.plan_overrun_title": {"fr": "Attention", "en": "Warning"},
        "planning.plan_overrun": {
            "fr": "le programme finit à {end}, soit {minutes} min après la fin prévue ({limit}). "
            "Raccourcissez une pause, prenez une version courte (--variant short) ou retirez un "
            "outil.",
            "en": "the agenda ends at {end}, {minutes} min after the planned end ({limit}). "
            "Shorten a break, use a short version (--variant short) or drop a tool.",
        },
        "planning.plan_written_ics": {
            "fr": "Événement de calendrier écrit\u00a0: {path}",
            "en": "Calendar event written: {path}",
        },
        "planning.plan_ics_needs": {
            "fr": "Pour l’événement de calendrier, indiquez la date et l’heure de début\u00a0: "
            "--date AAAA-MM-JJ --start HH:MM.",
            "en": "For the calendar event, give the date and the start time: --date YYYY-MM-DD "
            "--start HH:MM.",
        },
        "planning.plan_end_before_start": {
            "fr": "La fin prévue ({end}) doit venir après le début ({start}).",
            "en": "The planned end ({end}) must come after the start ({start}).",
        },
        "planning.plan_end_needs_start": {
            "fr": "--end n’a de sens qu’avec --start (l’heure de début).",
            "en": "--end only makes sense with --start (the start time).",
        },
        "planning.ics_summary": {"fr": "Atelier\u00a0: {tools}", "en": "Workshop: {tools}"},
        "planning.ics_preparation": {"fr": "À préparer\u00a0:", "en": "To prepare:"},
        "help.plan": {
            "fr": "Le programme d’un atelier de plusieurs outils, avec pauses et horaires, à "
            "imprimer\u00a0; --ics en fait un événement de calendrier.",
            "en": "The agenda of a workshop of several tools, with breaks and clock times, to "
            "print; --ics makes it a calendar event.",
        },
        "help.plan_tools": {
            "fr": "Les outils dans l’ordre\u00a0; OUTIL:VARIANTE pour une variante "
            "(audace-up:short).",
            "en": "The tools in order; TOOL:VARIANT for a variant (audace-up:short).",
        },
        "help.plan_break": {
            "fr": "Minutes de pause entre deux outils (10 par défaut, 0 pour aucune).",
            "en": "Minutes of break between two tools (10 by default, 0 for none).",
        },
        "help.plan_end": {
            "fr": "L’heure de fin prévue\u00a0: un avertissement si le programme la dépasse.",
            "en": "The planned end: a warning when the agenda runs past it.",
        },
        "help.plan_ics": {
            "fr": "Écrire aussi un fichier .ics (un événement, avec la préparation en "
            "description).",
            "en": "Also write an .ics file (one event, with the preparation in its description).",
        },
        "help.plan_title": {"fr": "Le titre de l’atelier.", "en": "The workshop's title."},
    }
)
MESSAGES.update(
    {
        # ---- a settings file that cannot be read
        "planning.config_ignored_line": {
            "fr": "le fichier de réglages {path} est abîmé à la ligne {line}\u00a0: aucun de ses "
            "réglages n’est appliqué. Corrigez-le ou supprimez-le.",
            "en": "the settings file {path} is damaged at line {line}: none of its settings "
            "apply. Fix it or delete it.",
        },
        "planning.config_ignored": {
            "fr": "le fichier de réglages {path} ne peut pas être lu ({detail})\u00a0: aucun de "
            "ses réglages n’est appliqué.",
            "en": "the settings file {path} cannot be read ({detail}): none of its settings apply.",
        },
        "planning.config_damaged_at": {
            "fr": "il est abîmé à la ligne {line}",
            "en": "it is damaged at line {line}",
        },
        "planning.config_journal_unreadable": {
            "fr": "Le réglage journal du fichier {path} ne peut pas être lu ({detail})\u00a0: le "
            "journal n’est pas ouvert, pour qu’aucune séance n’aille dans un autre journal. "
            "Corrigez ou supprimez ce fichier, ou indiquez le journal avec INNOVKIT_JOURNAL.",
            "en": "The journal setting of {path} cannot be read ({detail}): the journal is not "
            "opened, so that no session goes into another journal. Fix or delete that file, or "
            "name the journal with INNOVKIT_JOURNAL.",
        },
        "planning.config_journal_not_text": {
            "fr": "ce n’est pas un chemin de fichier entre guillemets",
            "en": "it is not a file path in quotes",
        },
    }
)
