"""Sentences shared by every command (see ``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "common.bad_language": {
        "fr": "La langue « {value} » n’est pas disponible : choisissez parmi {choices}.",
        "en": "The language “{value}” is not available: choose one of {choices}.",
    },
    "common.did_you_mean": {
        "fr": "Vouliez-vous dire : {choices} ?",
        "en": "Did you mean: {choices}?",
    },
    "common.output_exists": {
        "fr": "Le fichier {path} existe déjà : il n’a pas été modifié. "
        "Ajoutez --force pour le remplacer.",
        "en": "The file {path} already exists and was left as it is. Add --force to replace it.",
    },
    "common.output_is_folder": {
        "fr": "{path} est un dossier : indiquez un nom de fichier.",
        "en": "{path} is a folder: give a file name.",
    },
    "common.output_folder_missing": {
        "fr": "Le dossier {folder} n’existe pas : créez-le ou choisissez-en un autre.",
        "en": "The folder {folder} does not exist: create it or choose another one.",
    },
    "common.output_folder_unwritable": {
        "fr": "Impossible d’écrire dans le dossier {folder} : choisissez-en un autre.",
        "en": "Cannot write in the folder {folder}: choose another one.",
    },
    "common.output_failed": {
        "fr": "Le fichier {path} n’a pas pu être écrit ({reason}).",
        "en": "The file {path} could not be written ({reason}).",
    },
    "common.date_out_of_range": {
        "fr": "«\u00a0{value}\u00a0» est trop loin\u00a0: l’année doit être entre {first} et "
        "{last}.",
        "en": "“{value}” is too far off: the year must be between {first} and {last}.",
    },
    "common.written": {
        "fr": "Fichier écrit : {path}",
        "en": "Written: {path}",
    },
    "common.error_prefix": {
        "fr": "Erreur",
        "en": "Error",
    },
    "common.warning_prefix": {
        "fr": "Attention",
        "en": "Warning",
    },
    "common.unexpected": {
        "fr": "Une erreur inattendue s’est produite ({detail}). Relancez avec --debug pour "
        "le détail, et signalez-la à l’équipe innovkit.",
        "en": "Something unexpected went wrong ({detail}). Run again with --debug for the "
        "details, and report it to the innovkit team.",
    },
    "common.stdout_full": {
        "fr": "La sortie standard n’a pas pu être écrite, le disque est plein : ce qui devait "
        "s’afficher est incomplet.",
        "en": "Standard output could not be written, the disk is full: what was to be printed is "
        "incomplete.",
    },
    "common.stdout_failed": {
        "fr": "La sortie standard n’a pas pu être écrite ({reason}) : ce qui devait s’afficher "
        "est incomplet.",
        "en": "Standard output could not be written ({reason}): what was to be printed is "
        "incomplete.",
    },
    "common.stdout_closed": {
        "fr": "La sortie standard est fermée : rien ne peut s’afficher.",
        "en": "Standard output is closed: nothing can be printed.",
    },
    "common.interrupted": {
        "fr": "Interrompu.",
        "en": "Interrupted.",
    },
    "common.usage_error": {
        "fr": "{message} (voir «\u00a0{command} --help\u00a0»)",
        "en": "{message} (see “{command} --help”)",
    },
    "common.minutes": {
        "fr": "{minutes} min",
        "en": "{minutes} min",
    },
    "common.people": {
        "fr": "{min} à {max} pers.",
        "en": "{min}–{max} people",
    },
    "common.yes": {"fr": "oui", "en": "yes"},
    "common.no": {"fr": "non", "en": "no"},
    "help.app": {
        "fr": "innovkit — le compagnon des animateurs de l’écosystème d’innovation "
        "organisationnelle : les 12 leviers, leurs 12 outils, les fiches à imprimer, "
        "les séances guidées et le journal.",
        "en": "innovkit — the facilitators' companion for the organisational innovation "
        "ecosystem: the 12 levers, their 12 tools, printable run sheets, guided sessions "
        "and the session journal.",
    },
    "help.debug": {
        "fr": "Afficher le détail technique des erreurs.",
        "en": "Show the technical details of errors.",
    },
    "help.version": {
        "fr": "Afficher la version et quitter.",
        "en": "Show the version and exit.",
    },
    "help.lang": {
        "fr": "Langue : fr ou en (sinon INNOVKIT_LANG, puis la langue du système).",
        "en": "Language: fr or en (else INNOVKIT_LANG, then the system's language).",
    },
    "help.json": {
        "fr": "Sortie JSON (clés stables en anglais) pour d’autres programmes.",
        "en": "JSON output (stable English keys) for other programs.",
    },
    "help.cards": {
        "fr": "Dossier de fiches supplémentaires, prioritaire (répétable).",
        "en": "Extra card folder, searched first (repeatable).",
    },
    # Typer's own words (see innovkit.cli.usage)
    # The placeholders of the help pages (metavars), in each language: see cli/usage.py.
    "metavar.DIR": {"fr": "DOSSIER", "en": "DIR"},
    "metavar.DURATION": {"fr": "DURÉE", "en": "DURATION"},
    "metavar.FILE": {"fr": "FICHIER", "en": "FILE"},
    "metavar.KEY": {"fr": "CLÉ", "en": "KEY"},
    "metavar.LEVER": {"fr": "LEVIER", "en": "LEVER"},
    "metavar.NAME": {"fr": "NOM", "en": "NAME"},
    "metavar.PATH": {"fr": "CHEMIN", "en": "PATH"},
    "metavar.TAG": {"fr": "ÉTIQUETTE", "en": "TAG"},
    "metavar.TEXT": {"fr": "TEXTE", "en": "TEXT"},
    "metavar.TOOL": {"fr": "OUTIL", "en": "TOOL"},
    "metavar.VALUE": {"fr": "VALEUR", "en": "VALUE"},
    "metavar.YYYY": {"fr": "AAAA", "en": "YYYY"},
    "metavar.YYYY-QN": {"fr": "AAAA-TN", "en": "YYYY-QN"},
    "metavar.YYYY-MM": {"fr": "AAAA-MM", "en": "YYYY-MM"},
    "metavar.YYYY-MM-DD": {"fr": "AAAA-MM-JJ", "en": "YYYY-MM-DD"},
    "metavar.VARIANT": {"fr": "VARIANTE", "en": "VARIANT"},
    "metavar.SETTING": {"fr": "LIEU", "en": "SETTING"},
    "metavar.OWNER": {"fr": "RESPONSABLE", "en": "OWNER"},
    "metavar.SERVICE": {"fr": "SERVICE", "en": "SERVICE"},
    "metavar.<str>": {"fr": "TEXTE", "en": "TEXT"},
    "metavar.<int>": {"fr": "N", "en": "N"},
    "metavar.<float>": {"fr": "NOMBRE", "en": "NUMBER"},
    "metavar.before|during|after": {"fr": "avant|pendant|après", "en": "before|during|after"},
    "metavar.indoor|outdoor|remote": {
        "fr": "salle|extérieur|distance",
        "en": "indoor|outdoor|remote",
    },
    "metavar.L": {"fr": "L", "en": "L"},
    "metavar.S": {"fr": "S", "en": "S"},
    "metavar.V": {"fr": "V", "en": "V"},
    "metavar.HH": {"fr": "HH", "en": "HH"},
    "metavar.MM": {"fr": "MM", "en": "MM"},
    "click.usage": {"fr": "Utilisation\u00a0: ", "en": "Usage: "},
    "click.command_metavar": {
        "fr": "COMMANDE [ARGUMENTS]...",
        "en": "COMMAND [ARGS]...",
    },
    "click.arguments": {"fr": "Arguments", "en": "Arguments"},
    "click.options": {"fr": "Options", "en": "Options"},
    "click.commands": {"fr": "Commandes", "en": "Commands"},
    "click.default": {"fr": "par défaut\u00a0: {default}", "en": "default: {default}"},
    "click.required": {"fr": "obligatoire", "en": "required"},
    "click.help_option": {
        "fr": "Afficher cette aide et quitter.",
        "en": "Show this message and exit.",
    },
    "click.install_completion": {
        "fr": "Installer la complétion pour le shell utilisé.",
        "en": "Install completion for the current shell.",
    },
    "click.show_completion": {
        "fr": "Afficher le script de complétion du shell utilisé, pour l’installer à la main.",
        "en": "Show the completion script for the current shell, to install it by hand.",
    },
    "click.missing_command": {
        "fr": "Indiquez une commande.",
        "en": "Give a command.",
    },
    "click.no_such_command": {
        "fr": "La commande «\u00a0{name}\u00a0» n’existe pas.",
        "en": "There is no command “{name}”.",
    },
    "click.no_such_option": {
        "fr": "L’option {option} n’existe pas pour cette commande.",
        "en": "The option {option} does not exist for this command.",
    },
    "click.missing_argument": {
        "fr": "Il manque l’argument {name}.",
        "en": "The argument {name} is missing.",
    },
    "click.missing_option": {
        "fr": "Il manque l’option {name}.",
        "en": "The option {name} is missing.",
    },
    "click.extra_arguments": {
        "fr": "Je ne sais pas quoi faire de\u00a0: {args}.",
        "en": "Unexpected extra argument(s): {args}.",
    },
    "click.needs_value": {
        "fr": "L’option {option} attend une valeur.",
        "en": "The option {option} needs a value.",
    },
    "click.generic": {
        "fr": "Commande mal formée ({detail}).",
        "en": "Malformed command ({detail}).",
    },
    # whole numbers read by the core (see innovkit.numbers)
    "common.not_whole_number": {
        "fr": "Valeur refusée pour {name}\u00a0: «\u00a0{value}\u00a0» n’est pas un nombre entier.",
        "en": "Bad value for {name}: “{value}” is not a whole number.",
    },
    "common.number_out_of_range": {
        "fr": "Valeur refusée pour {name}\u00a0: {value} ne convient pas, il faut {range}.",
        "en": "Bad value for {name}: {value} will not do, it must be {range}.",
    },
    "common.range_at_least": {"fr": "au moins {low}", "en": "at least {low}"},
    "common.range_at_most": {"fr": "au plus {high}", "en": "at most {high}"},
    "common.range_between": {"fr": "de {low} à {high}", "en": "from {low} to {high}"},
    "common.option_takes_no_value": {
        "fr": "L’option {option} ne prend pas de valeur.",
        "en": "The option {option} takes no value.",
    },
    # ---- outputs that innovkit refuses to write over
    "common.output_not_regular": {
        "fr": "{path} n’est pas un fichier ordinaire (tube, périphérique ou socket)\u00a0: "
        "innovkit n’écrit que dans des fichiers ordinaires, même avec --force.",
        "en": "{path} is not a regular file (a pipe, device or socket): innovkit writes only "
        "regular files, even with --force.",
    },
    "common.output_broken_link": {
        "fr": "{path} est un lien symbolique qui ne mène à aucun fichier\u00a0: indiquez le "
        "fichier lui-même.",
        "en": "{path} is a symbolic link that leads to no file: give the file itself.",
    },
    "common.output_protected": {
        "fr": "{path} est un fichier qu’innovkit lit (le journal, la configuration ou une "
        "fiche)\u00a0: il n’est jamais remplacé, même avec --force. Choisissez un autre nom.",
        "en": "{path} is a file innovkit reads (the journal, the configuration or a card): it "
        "is never replaced, even with --force. Choose another name.",
    },
    # ---- the home folder
    "common.home_not_folder": {
        "fr": "INNOVKIT_HOME désigne {folder}, qui n’est pas un dossier\u00a0: indiquez un "
        "dossier (il est créé s’il n’existe pas).",
        "en": "INNOVKIT_HOME names {folder}, which is not a folder: give a folder (it is created "
        "if it does not exist).",
    },
    "common.folder_blocked": {
        "fr": "Le dossier {folder} ne peut pas être créé\u00a0: un fichier porte ce nom ou celui "
        "d’un dossier au-dessus. Déplacez ce fichier ou changez INNOVKIT_HOME.",
        "en": "The folder {folder} cannot be created: a file has its name, or the name of a "
        "folder above it. Move that file or change INNOVKIT_HOME.",
    },
    "common.folder_refused": {
        "fr": "Le dossier {folder} ne peut pas être créé ni écrit ({reason})\u00a0: vérifiez "
        "ses droits, ou choisissez un autre dossier avec INNOVKIT_HOME.",
        "en": "The folder {folder} cannot be created or written ({reason}): check its "
        "permissions, or choose another folder with INNOVKIT_HOME.",
    },
    "common.folder_failed": {
        "fr": "Le dossier {folder} n’a pas pu être créé ({reason}).",
        "en": "The folder {folder} could not be created ({reason}).",
    },
}
