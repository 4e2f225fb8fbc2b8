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
