"""Sentences of ``suggest``, ``plan``, ``config`` and the lever balance (see
``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "planning.config_bad_facilitator": {
        "fr": "Le nom d’animateur doit faire entre 1 et 80 caractères.",
        "en": "The facilitator name must be 1 to 80 characters long.",
    },
    "planning.config_bad_journal": {
        "fr": "« {value} » ne peut pas servir de fichier journal : indiquez un chemin de fichier "
        "(par exemple ~/innovkit/journal.sqlite3).",
        "en": "“{value}” cannot be used as the journal file: give a file path (for example "
        "~/innovkit/journal.sqlite3).",
    },
    "planning.config_bad_variant": {
        "fr": "« {value} » n’est pas un nom de variante (par exemple « short »).",
        "en": "“{value}” is not a variant name (for example “short”).",
    },
    "planning.config_unknown_key": {
        "fr": "Le réglage « {key} » n’existe pas. Réglages possibles : {keys}.",
        "en": "There is no setting called “{key}”. Possible settings: {keys}.",
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
        "fr": 'Changer un réglage, par exemple : innovkit config set facilitator "Claire M."',
        "en": "Change a setting, for example: innovkit config set language fr",
    },
    "help.config_unset": {"fr": "Retirer un réglage.", "en": "Remove a setting."},
    "help.config_key": {
        "fr": "language, facilitator, journal ou variant",
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
        "planning.reason_lever_alive": {
            "fr": "{lever}\u00a0: {count} séance(s) ces 12 derniers mois",
            "en": "{lever}: {count} session(s) in the last 12 months",
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
        "planning.bad_setting": {
            "fr": "Le cadre «\u00a0{value}\u00a0» n’existe pas\u00a0: choisissez parmi {choices}.",
            "en": "There is no setting “{value}”: choose one of {choices}.",
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
            "fr": "Le cadre\u00a0: indoor (en salle), outdoor (dehors) ou remote (à distance).",
            "en": "The setting: indoor, outdoor or remote.",
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
