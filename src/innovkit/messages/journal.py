"""Sentences of the journal: sessions, actions, exports and the monthly report (see
``innovkit.messages``). French typography: no-break spaces inside « » and before : ; ? !"""

MESSAGES: dict[str, dict[str, str]] = {
    "journal.bad_date": {
        "fr": "« {value} » n’est pas une date : écrivez-la AAAA-MM-JJ (2026-11-03), JJ/MM "
        "(03/11) ou en mots (« hier », « vendredi », « 3 novembre »).",
        "en": "“{value}” is not a date: write it as YYYY-MM-DD (2026-11-03), DD/MM (03/11) or "
        "in words (“yesterday”, “friday”, “3 November”).",
    },
    "journal.day_first": {
        "fr": "« {value} » n’est pas une date : le jour vient d’abord, puis le mois ({fixed}).",
        "en": "“{value}” is not a date: write the day first, then the month ({fixed}).",
    },
    "journal.date_in_future": {
        "fr": "La séance serait datée du {day}, qui n’est pas encore arrivé : le journal note ce "
        "qui a eu lieu (pour préparer une séance à venir, voyez « innovkit plan »). Vérifiez "
        "la date (AAAA-MM-JJ).",
        "en": "The session would be dated {day}, which has not come yet: the journal records "
        "what happened (to prepare a session to come, see “innovkit plan”). Check the date "
        "(YYYY-MM-DD).",
    },
    "journal.no_such_month_in_date": {
        "fr": "« {value} » n’est pas une date qui existe : le mois va de 01 à 12.",
        "en": "“{value}” is not a real date: the month goes from 01 to 12.",
    },
    "journal.no_such_day": {
        "fr": "« {value} » n’est pas une date qui existe : {month} n’a que {days} jours.",
        "en": "“{value}” is not a real date: {month} has only {days} days.",
    },
    "journal.bad_time": {
        "fr": "« {value} » n’est pas une heure : écrivez-la HH:MM, par exemple 14:00.",
        "en": "“{value}” is not a time: write it as HH:MM, for example 14:00.",
    },
    "journal.bad_month": {
        "fr": "« {value} » n’est pas un mois : écrivez-le AAAA-MM (2026-11), MM/AAAA (11/2026) "
        "ou en mots (« novembre », « novembre 2026 », « le mois dernier »).",
        "en": "“{value}” is not a month: write it as YYYY-MM (2026-11), MM/YYYY (11/2026) or in "
        "words (“November”, “November 2026”, “last month”).",
    },
    "journal.no_such_month": {
        "fr": "« {value} » n’est pas un mois qui existe : le mois va de 01 à 12, par exemple "
        "2026-11.",
        "en": "“{value}” is not a real month: the month goes from 01 to 12, for example 2026-11.",
    },
    "journal.bad_satisfaction": {
        "fr": "La satisfaction se note de 1 à 5 : « {value} » ne convient pas.",
        "en": "Satisfaction is a mark from 1 to 5: “{value}” will not do.",
    },
    "journal.bad_participants": {
        "fr": "Le nombre de participants est un nombre entier, au moins 1 : « {value} » ne "
        "convient pas.",
        "en": "The number of participants is a whole number, at least 1: “{value}” will not do.",
    },
    "journal.bad_minutes": {
        "fr": "Une durée s’écrit par exemple 45, 1h30 ou 1:30:00 (24 heures au plus) : "
        "« {value} » ne convient pas.",
        "en": "A duration is written for example 45, 1h30 or 1:30:00 (24 hours at most): "
        "“{value}” will not do.",
    },
    "journal.empty_text": {
        "fr": "{field} ne peut pas être vide.",
        "en": "{field} cannot be empty.",
    },
    "journal.field_ideas": {
        "fr": "Une idée",
        "en": "An idea",
    },
    "journal.field_decisions": {
        "fr": "Une décision",
        "en": "A decision",
    },
    "journal.field_services": {
        "fr": "Un service",
        "en": "A service",
    },
    "journal.field_co_facilitators": {
        "fr": "Le nom d’une personne en co-animation",
        "en": "A co-facilitator's name",
    },
    "journal.field_tags": {
        "fr": "Une étiquette",
        "en": "A tag",
    },
    "journal.field_facilitator": {
        "fr": "Le nom de la personne qui anime",
        "en": "The facilitator's name",
    },
    "journal.setting_indoor": {
        "fr": "en salle",
        "en": "indoor",
    },
    "journal.setting_outdoor": {
        "fr": "en extérieur",
        "en": "outdoor",
    },
    "journal.setting_remote": {
        "fr": "à distance",
        "en": "remote",
    },
    "journal.bad_setting": {
        "fr": "« {value} » n’est pas un lieu connu : choisissez parmi {choices}.",
        "en": "“{value}” is not a known setting: choose one of {choices}.",
    },
    "journal.bad_action": {
        "fr": "« {value} » n’est pas une action : écrivez « texte ; responsable ; AAAA-MM-JJ » "
        "(le responsable et l’échéance sont facultatifs).",
        "en": "“{value}” is not an action: write “text; owner; YYYY-MM-DD” (the owner and the due "
        "date may be left out).",
    },
    "journal.outcome_format": {
        "fr": "« {value} » n’est pas un résultat : écrivez CLÉ=VALEUR, par exemple {example}.",
        "en": "“{value}” is not an outcome: write KEY=VALUE, for example {example}.",
    },
    "journal.unknown_outcome": {
        "fr": "L’outil {tool} n’a pas de résultat « {key} » : ses résultats sont {keys} (le nom "
        "ou la clé entre parenthèses).",
        "en": "The tool {tool} has no outcome “{key}”: its outcomes are {keys} (the name or "
        "the key in brackets).",
    },
    "journal.outcome_empty": {
        "fr": "Le résultat « {label} » ({key}) est vide : donnez-lui une valeur.",
        "en": "The outcome “{label}” ({key}) is empty: give it a value.",
    },
    "journal.outcome_number": {
        "fr": "Le résultat « {label} » attend un nombre positif : « {value} » ne convient pas.",
        "en": "The outcome “{label}” takes a positive number: “{value}” will not do.",
    },
    "journal.outcome_scale": {
        "fr": "Le résultat « {label} » se note de 1 à 5 : « {value} » ne convient pas.",
        "en": "The outcome “{label}” is a mark from 1 to 5: “{value}” will not do.",
    },
    "journal.outcome_choice": {
        "fr": "« {value} » n’est pas un choix possible pour « {label} » : choisissez parmi "
        "{choices}.",
        "en": "“{value}” is not a possible choice for “{label}”: choose one of {choices}.",
    },
    "journal.item_status": {
        "fr": "« {value} » n’est pas un statut de « {label} » : choisissez parmi {statuses}. "
        "Écrivez chaque élément TEXTE=STATUT, séparés par « ; » (« Parler en réunion=fait; "
        "Déléguer un dossier=adapté »).",
        "en": "“{value}” is not a status of “{label}”: choose one of {statuses}. Write each "
        "item TEXT=STATUS, separated by “;” (“Speak up in a meeting=done; Delegate a "
        "file=adapted”).",
    },
    "journal.items_are_statuses": {
        "fr": "«\u00a0{value}\u00a0» ne donne que des statuts de «\u00a0{label}\u00a0», sans "
        "leurs textes\u00a0: rien n’est noté. Pour changer le statut d’un élément déjà noté, "
        "donnez son numéro (par exemple «\u00a0--outcome {key}.1={status}\u00a0», les numéros "
        "sont ceux de «\u00a0innovkit journal show\u00a0»)\u00a0; pour noter un élément sans "
        "texte, écrivez «\u00a0={status}\u00a0».",
        "en": "“{value}” gives only statuses of “{label}”, without their texts: nothing is "
        "recorded. To change the status of an item already recorded, give its number (for "
        "example “--outcome {key}.1={status}”, the numbers are those of “innovkit journal "
        "show”); to record an item without a text, write “={status}”.",
    },
    "journal.item_number": {
        "fr": "« {label} » n’a pas d’élément n° {number} : il en a {count} (voyez « innovkit "
        "journal show »).",
        "en": "“{label}” has no item number {number}: it has {count} (see “innovkit journal "
        "show”).",
    },
    "journal.item_bad": {
        "fr": "Un élément de « {label} » n’est pas un texte et un statut : {value}.",
        "en": "An item of “{label}” is not a text and a status: {value}.",
    },
    "journal.item_too_long": {
        "fr": "Un élément de « {label} » est trop long : {most} caractères au plus.",
        "en": "An item of “{label}” is too long: {most} characters at most.",
    },
    "journal.items_too_many": {
        "fr": "« {label} » a trop d’éléments : {most} au plus.",
        "en": "“{label}” has too many items: {most} at most.",
    },
    "journal.item_not_items": {
        "fr": "« {label} » ({key}) n’a pas d’éléments numérotés : écrivez {key}=… pour le changer.",
        "en": "“{label}” ({key}) has no numbered items: write {key}=… to change it.",
    },
    "journal.import_bad_item": {
        "fr": "{where}\u00a0: {problem} Rien n’a été importé.",
        "en": "{where}: {problem} Nothing was imported.",
    },
    "journal.item_no_text": {"fr": "(sans texte)", "en": "(no text)"},
    "journal.outcome_missing": {
        "fr": "le résultat « {label} » n’est pas encore noté ; ajoutez-le avec « innovkit journal "
        "edit {id} --outcome {key}=… ».",
        "en": "the outcome “{label}” is not recorded yet; add it with “innovkit journal edit {id} "
        "--outcome {key}=…”.",
    },
    "journal.outcome_missing_kept": {
        "fr": "le résultat «\u00a0{label}\u00a0» n’est pas encore noté\u00a0; une fois la "
        "séance envoyée («\u00a0innovkit journal sync\u00a0»), ajoutez-le avec «\u00a0innovkit "
        "journal edit {id} --outcome {key}=…\u00a0».",
        "en": "the outcome “{label}” is not recorded yet; once the session is sent (“innovkit "
        "journal sync”), add it with “innovkit journal edit {id} --outcome {key}=…”.",
    },
    "journal.card_gone": {
        "fr": "La fiche de l’outil « {tool} » est introuvable : ses résultats et ses variantes ne "
        "peuvent pas être vérifiés. Remettez la fiche en place (voir « innovkit cards path ») "
        "puis recommencez.",
        "en": "The card of the tool “{tool}” cannot be found, so its outcomes and variants cannot "
        "be checked. Put the card back (see “innovkit cards path”) and try again.",
    },
    "journal.bad_field": {
        "fr": "La valeur du champ {field} ne peut pas être enregistrée : {value}.",
        "en": "The value of the field {field} cannot be stored: {value}.",
    },
    "journal.data_bad_field": {
        "fr": "{where} : le champ « {field} » n’est pas valable ({value}).",
        "en": "{where}: the field “{field}” is not valid ({value}).",
    },
    "journal.data_bad_session": {
        "fr": "{where} : {problem}",
        "en": "{where}: {problem}",
    },
    "journal.session_unknown": {
        "fr": "Aucune séance n’a l’identifiant « {id} » : « innovkit journal list » montre les "
        "identifiants.",
        "en": "No session has the id “{id}”: “innovkit journal list” shows the ids.",
    },
    "journal.session_ambiguous": {
        "fr": "Plusieurs séances commencent par « {id} » ({choices}…) : tapez quelques caractères "
        "de plus.",
        "en": "Several sessions start with “{id}” ({choices}…): type a few more characters.",
    },
    "journal.action_unknown": {
        "fr": "Aucune action n’a l’identifiant « {id} » : « innovkit journal actions » montre les "
        "identifiants.",
        "en": "No action has the id “{id}”: “innovkit journal actions” shows the ids.",
    },
    "journal.action_ambiguous": {
        "fr": "Plusieurs actions commencent par « {id} » ({choices}…) : tapez quelques caractères "
        "de plus.",
        "en": "Several actions start with “{id}” ({choices}…): type a few more characters.",
    },
    "journal.duplicate_id": {
        "fr": "Une séance avec le même identifiant est déjà dans le journal : rien n’a été "
        "enregistré.",
        "en": "A session with the same id is already in the journal: nothing was recorded.",
    },
    "journal.busy": {
        "fr": "Le journal {path} est occupé par un autre innovkit depuis plus de 15 secondes : "
        "réessayez dans un moment.",
        "en": "The journal {path} has been busy with another innovkit for over 15 seconds: try "
        "again in a moment.",
    },
    "journal.pg_missing_driver": {
        "fr": "Ce journal est sur PostgreSQL : installez le module PostgreSQL d’innovkit "
        "(pip install 'innovkit[postgres]').",
        "en": "This journal is on PostgreSQL: install innovkit's PostgreSQL module "
        "(pip install 'innovkit[postgres]').",
    },
    "journal.pg_bad_address": {
        "fr": "L’adresse du journal partagé {path} n’est pas lisible : elle s’écrit "
        "postgresql://utilisateur@serveur/base.",
        "en": "The shared journal's address {path} cannot be read: it is written "
        "postgresql://user@server/database.",
    },
    "journal.pg_unreachable": {
        "fr": "Le journal partagé {path} est injoignable : vérifiez le réseau et le nom du "
        "serveur, ou demandez au service informatique s’il est en marche.",
        "en": "The shared journal {path} cannot be reached: check the network and the server's "
        "name, or ask the IT department whether it is running.",
    },
    "journal.pg_password_file_open": {
        "fr": "Le serveur du journal partagé {path} a refusé la connexion\u00a0: votre fichier "
        "de mots de passe {file} peut être lu par d’autres comptes de cet ordinateur, et "
        "PostgreSQL l’ignore dans ce cas. Rendez-le privé («\u00a0chmod 600 {file}\u00a0»), "
        "puis recommencez.",
        "en": "The server of the shared journal {path} refused the connection: your password "
        "file {file} can be read by other accounts of this computer, and PostgreSQL ignores it "
        "then. Make it private (“chmod 600 {file}”), then try again.",
    },
    "journal.pg_login_refused": {
        "fr": "Le serveur du journal partagé {path} a refusé la connexion (utilisateur ou mot "
        "de passe) : vérifiez votre fichier .pgpass, ou demandez votre accès au service "
        "informatique.",
        "en": "The server of the shared journal {path} refused the connection (user or "
        "password): check your .pgpass file, or ask the IT department for your access.",
    },
    "journal.pg_no_database": {
        "fr": "La base « {database} » n’existe pas sur le serveur du journal partagé {path} : "
        "vérifiez l’adresse, ou demandez au service informatique de la créer (voir le README).",
        "en": "The database “{database}” does not exist on the server of the shared journal "
        "{path}: check the address, or ask the IT department to create it (see the README).",
    },
    "journal.pg_not_allowed": {
        "fr": "Le journal partagé {path} n’autorise pas cette opération pour votre compte : "
        "rien n’a été modifié. Demandez les droits au service informatique.",
        "en": "The shared journal {path} does not allow this for your account: nothing was "
        "changed. Ask the IT department for the rights.",
    },
    "journal.pg_not_yours": {
        "fr": "La séance {id} ({tool}, {date}) a été enregistrée par {who}\u00a0: dans le "
        "journal partagé, seuls le compte {owner} et la coordination de l’équipe peuvent la "
        "modifier ou la supprimer. Rien n’a été modifié.",
        "en": "Session {id} ({tool}, {date}) was recorded by {who}: in the shared journal, only "
        "the account {owner} and the team's coordinators may change or delete it. Nothing was "
        "changed.",
    },
    "journal.recorded_by_named": {
        "fr": "{facilitator} (compte {owner})",
        "en": "{facilitator} (account {owner})",
    },
    "journal.recorded_by_account": {
        "fr": "le compte {owner}",
        "en": "the account {owner}",
    },
    "journal.pg_needs_owner": {
        "fr": "Le journal partagé {path} n’est pas encore prêt pour cette version d’innovkit "
        "(tables à créer ou à mettre à jour, version {version})\u00a0: seul son compte "
        "propriétaire peut le faire. Demandez au service informatique de l’ouvrir une fois "
        "avec ce compte (README, «\u00a0A team's journal on PostgreSQL\u00a0»). Rien n’a été "
        "modifié.",
        "en": "The shared journal {path} is not ready for this version of innovkit yet (tables "
        "to create or update, version {version}): only its owner account may do it. Ask the IT "
        "department to open it once with that account (README, “A team's journal on "
        "PostgreSQL”). Nothing was changed.",
    },
    "journal.pg_failed": {
        "fr": "Le journal partagé {path} a refusé l’opération ({reason}) : rien n’a été modifié.",
        "en": "The shared journal {path} refused the operation ({reason}): nothing was changed.",
    },
    "journal.cannot_open": {
        "fr": "Le journal {path} ne peut pas être ouvert ({reason}).",
        "en": "The journal {path} cannot be opened ({reason}).",
    },
    "journal.cannot_create": {
        "fr": "Le journal {path} ne peut pas être créé ({reason}) : vérifiez le dossier, ou "
        "choisissez un autre emplacement avec INNOVKIT_JOURNAL.",
        "en": "The journal {path} cannot be created ({reason}): check the folder, or choose "
        "another place with INNOVKIT_JOURNAL.",
    },
    "journal.action_id_taken": {
        "fr": "La séance {id} contient une action ({action}) qui appartient déjà à la séance "
        "{other} : était-ce une séance exportée à laquelle on a donné un nouvel "
        "identifiant ? Rien n’a été enregistré.",
        "en": "Session {id} has an action ({action}) that already belongs to session {other}: "
        "was it an exported session given a new id? Nothing was recorded.",
    },
    "journal.damaged": {
        "fr": "Le journal {path} semble abîmé ({reason}) : gardez-en une copie et prévenez "
        "l’équipe innovkit.",
        "en": "The journal {path} looks damaged ({reason}): keep a copy of it and tell the "
        "innovkit team.",
    },
    "journal.not_sqlite": {
        "fr": "Le fichier {path} n’est pas un journal innovkit (ce n’est pas une base SQLite) ; "
        "il n’a pas été modifié. Vérifiez INNOVKIT_JOURNAL.",
        "en": "The file {path} is not an innovkit journal (it is not an SQLite database); it was "
        "left as it is. Check INNOVKIT_JOURNAL.",
    },
    "journal.not_journal": {
        "fr": "Le fichier {path} est la base SQLite d’un autre programme, pas un journal "
        "innovkit ; il n’a pas été modifié. Vérifiez INNOVKIT_JOURNAL.",
        "en": "The file {path} is another program’s SQLite database, not an innovkit journal; "
        "it was left as it is. Check INNOVKIT_JOURNAL.",
    },
    "journal.too_new": {
        "fr": "Le journal {path} a été écrit par une version plus récente d’innovkit (schéma "
        "{version} ; cette version connaît jusqu’au schéma {known}) ; il n’a pas été modifié. "
        "Mettez innovkit à jour pour l’ouvrir.",
        "en": "The journal {path} was written by a newer version of innovkit (schema {version}; "
        "this version knows up to schema {known}); it was left as it is. Update innovkit to open "
        "it.",
    },
    "journal.path_is_folder": {
        "fr": "{path} est un dossier, pas un fichier.",
        "en": "{path} is a folder, not a file.",
    },
    "journal.import_missing": {
        "fr": "Le fichier {path} n’existe pas.",
        "en": "The file {path} does not exist.",
    },
    "journal.import_unreadable": {
        "fr": "Le fichier {path} ne peut pas être lu ({reason}).",
        "en": "The file {path} cannot be read ({reason}).",
    },
    "journal.not_regular": {
        "fr": "Le journal {path} n’est pas un fichier ordinaire (un tube, un périphérique ou un "
        "socket) : choisissez un autre emplacement avec INNOVKIT_JOURNAL.",
        "en": "The journal {path} is not a regular file (a pipe, device or socket): choose "
        "another place with INNOVKIT_JOURNAL.",
    },
    "journal.import_not_regular": {
        "fr": "{path} n’est pas un fichier ordinaire (un tube, un périphérique ou un socket) : "
        "rien n’a été importé.",
        "en": "{path} is not a regular file (a pipe, device or socket): nothing was imported.",
    },
    "journal.import_not_export": {
        "fr": "Le fichier {path} n’est pas un export de journal innovkit (« innovkit journal "
        "export --format json ») : rien n’a été importé.",
        "en": "The file {path} is not an innovkit journal export (“innovkit journal export "
        "--format json”): nothing was imported.",
    },
    "journal.import_too_new": {
        "fr": "Le fichier {path} vient d’une version plus récente d’innovkit (format {version} ; "
        "cette version lit jusqu’au format {known}) : rien n’a été importé. Mettez innovkit à "
        "jour.",
        "en": "The file {path} comes from a newer version of innovkit (format {version}; this "
        "version reads up to format {known}): nothing was imported. Update innovkit.",
    },
    "journal.import_where": {
        "fr": "{path}, séance n° {number}",
        "en": "{path}, session {number}",
    },
    "journal.imported": {
        "fr": "Import terminé : {added}, {updated}, {unchanged}, {kept}.",
        "en": "Import done: {added}, {updated}, {unchanged}, {kept}.",
    },
    "journal.imported_dry": {
        "fr": "Simulation, rien n’a été écrit : {added}, {updated}, {unchanged}, {kept}.",
        "en": "Dry run, nothing was written: {added}, {updated}, {unchanged}, {kept}.",
    },
    # Counted words (``i18n.tr_count``): « .one » for one thing (and none, in French), « .other »
    # for more.
    "journal.n_sessions.one": {"fr": "{count} séance", "en": "{count} session"},
    "journal.n_sessions.other": {"fr": "{count} séances", "en": "{count} sessions"},
    "journal.n_found.one": {"fr": "{count} séance trouvée.", "en": "{count} session found."},
    "journal.n_found.other": {"fr": "{count} séances trouvées.", "en": "{count} sessions found."},
    "journal.n_actions.one": {"fr": "{count} action", "en": "{count} action"},
    "journal.n_actions.other": {"fr": "{count} actions", "en": "{count} actions"},
    "journal.none_late": {"fr": "aucune en retard", "en": "none overdue"},
    "journal.n_late.one": {"fr": "{count} en retard", "en": "{count} overdue"},
    "journal.n_late.other": {"fr": "{count} en retard", "en": "{count} overdue"},
    "journal.n_marks.one": {"fr": "{count} note donnée", "en": "{count} mark given"},
    "journal.n_marks.other": {"fr": "{count} notes données", "en": "{count} marks given"},
    "journal.n_added.one": {"fr": "{count} séance ajoutée", "en": "{count} session added"},
    "journal.n_added.other": {"fr": "{count} séances ajoutées", "en": "{count} sessions added"},
    "journal.n_updated.one": {"fr": "{count} mise à jour", "en": "{count} updated"},
    "journal.n_updated.other": {"fr": "{count} mises à jour", "en": "{count} updated"},
    "journal.n_unchanged.one": {"fr": "{count} déjà présente", "en": "{count} already there"},
    "journal.n_unchanged.other": {"fr": "{count} déjà présentes", "en": "{count} already there"},
    "journal.n_kept.one": {
        "fr": "{count} gardée car plus récente ici",
        "en": "{count} kept because newer here",
    },
    "journal.n_kept.other": {
        "fr": "{count} gardées car plus récentes ici",
        "en": "{count} kept because newer here",
    },
    "journal.n_to_add.one": {"fr": "{count} séance à ajouter", "en": "{count} session to add"},
    "journal.n_to_add.other": {"fr": "{count} séances à ajouter", "en": "{count} sessions to add"},
    "journal.n_to_update.one": {"fr": "{count} à mettre à jour", "en": "{count} to update"},
    "journal.n_to_update.other": {"fr": "{count} à mettre à jour", "en": "{count} to update"},
    "journal.n_to_keep.one": {
        "fr": "{count} à garder car plus récente ici",
        "en": "{count} to keep because newer here",
    },
    "journal.n_to_keep.other": {
        "fr": "{count} à garder car plus récentes ici",
        "en": "{count} to keep because newer here",
    },
    "journal.added": {
        "fr": "Séance enregistrée : {tool}, {date} (identifiant {id}).",
        "en": "Session recorded: {tool}, {date} (id {id}).",
    },
    "journal.edit_nothing": {
        "fr": "Rien à modifier : indiquez au moins une option, par exemple --participants 12 "
        "(voir « innovkit journal edit --help »).",
        "en": "Nothing to change: give at least one option, for example --participants 12 (see "
        "“innovkit journal edit --help”).",
    },
    "journal.edit_unchanged": {
        "fr": "La séance {id} était déjà ainsi : rien n’a changé.",
        "en": "The session {id} was already like this: nothing changed.",
    },
    "journal.edited": {
        "fr": "Séance {id} modifiée ({fields}).",
        "en": "Session {id} updated ({fields}).",
    },
    "journal.edit_kept_theirs": {
        "fr": "Les changements faits entre-temps par quelqu’un d’autre sont gardés ({fields}).",
        "en": "The changes someone else made meanwhile are kept ({fields}).",
    },
    "journal.edit_conflict": {
        "fr": (
            "Entre-temps, quelqu’un d’autre a aussi changé cette séance ({fields})\u00a0: votre "
            "version est gardée, l’autre attend votre décision dans «\u00a0innovkit journal "
            "conflicts\u00a0»."
        ),
        "en": (
            "Meanwhile someone else also changed this session ({fields}): your version is kept, "
            "the other one waits for your decision in “innovkit journal conflicts”."
        ),
    },
    "journal.session_words": {
        "fr": "{tool} du {date} ({id})",
        "en": "{tool} of {date} ({id})",
    },
    "journal.delete_needs_yes": {
        "fr": "Suppression non confirmée : {session}. Rien n’a été supprimé ; ajoutez --yes pour "
        "confirmer.",
        "en": "Deletion not confirmed: {session}. Nothing was deleted; add --yes to confirm.",
    },
    "journal.delete_confirm": {
        "fr": "Supprimer définitivement la séance {session} ?",
        "en": "Delete the session {session} for good?",
    },
    "journal.delete_keep": {
        "fr": "Non, garder la séance",
        "en": "No, keep the session",
    },
    "journal.delete_remove": {
        "fr": "Oui, la supprimer",
        "en": "Yes, delete it",
    },
    "journal.add_interrupted": {
        "fr": "Interrompu : rien n’a été enregistré dans le journal.",
        "en": "Interrupted: nothing was recorded in the journal.",
    },
    "journal.delete_interrupted": {
        "fr": "Interrompu : rien n’a été supprimé.",
        "en": "Interrupted: nothing was deleted.",
    },
    "journal.delete_kept": {
        "fr": "Rien n’a été supprimé.",
        "en": "Nothing was deleted.",
    },
    "journal.deleted": {
        "fr": "Séance supprimée : {session}.",
        "en": "Session deleted: {session}.",
    },
    "journal.list_empty": {
        "fr": "Aucune séance ne correspond.",
        "en": "No session matches.",
    },
    "journal.actions_empty": {
        "fr": "Aucune action ne correspond.",
        "en": "No action matches.",
    },
    "journal.actions_count": {
        "fr": "{actions} ; {late}.",
        "en": "{actions}; {late}.",
    },
    "journal.action_done": {
        "fr": "Action faite : {text} ({id}).",
        "en": "Action done: {text} ({id}).",
    },
    "journal.action_reopened": {
        "fr": "Action rouverte : {text} ({id}).",
        "en": "Action reopened: {text} ({id}).",
    },
    "journal.overdue_flag": {
        "fr": "EN RETARD",
        "en": "OVERDUE",
    },
    "journal.due_on": {
        "fr": "échéance le {date}",
        "en": "due {date}",
    },
    "journal.exported": {
        "fr": "Période : {period} ; {sessions}.",
        "en": "Period: {period}; {sessions}.",
    },
    "journal.period_conflict": {
        "fr": "Choisissez une seule période : --month, --last-month, --week, ou --from et "
        "--to, ou --all.",
        "en": "Choose one period only: --month, --last-month, --week, or --from and --to, or "
        "--all.",
    },
    "journal.period_backwards": {
        "fr": "La période irait du {start} au {end} : la date de début doit venir avant la date "
        "de fin.",
        "en": "The period would run from {start} to {end}: the start date must come before the "
        "end date.",
    },
    "journal.period_day": {
        "fr": "du {day}",
        "en": "for {day}",
    },
    "journal.period_range": {
        "fr": "du {start} au {end}",
        "en": "from {start} to {end}",
    },
    "journal.period_since": {
        "fr": "depuis le {start}",
        "en": "since {start}",
    },
    "journal.period_until": {
        "fr": "jusqu’au {end}",
        "en": "until {end}",
    },
    "journal.period_whole": {
        "fr": "tout le journal",
        "en": "the whole journal",
    },
    "journal.period_month": {
        "fr": "de {month}",
        "en": "for {month}",
    },
    "journal.period_month_elided": {
        "fr": "d’{month}",
        "en": "for {month}",
    },
    "journal.period_whole_phrase": {
        "fr": "de tout le journal",
        "en": "for the whole journal",
    },
    "journal.period_whole_range": {
        "fr": "de tout le journal ({range})",
        "en": "for the whole journal ({range})",
    },
    "journal.col_id": {
        "fr": "ID",
        "en": "ID",
    },
    "journal.col_date": {
        "fr": "Date",
        "en": "Date",
    },
    "journal.col_start": {
        "fr": "Heure",
        "en": "Time",
    },
    "journal.col_tool": {
        "fr": "Outil",
        "en": "Tool",
    },
    "journal.col_facilitator": {
        "fr": "Animation",
        "en": "Facilitation",
    },
    "journal.col_participants": {
        "fr": "Participants",
        "en": "Participants",
    },
    "journal.col_duration": {
        "fr": "Durée",
        "en": "Duration",
    },
    "journal.col_satisfaction": {
        "fr": "Satisfaction",
        "en": "Satisfaction",
    },
    "journal.col_status": {
        "fr": "État",
        "en": "Status",
    },
    "journal.col_due": {
        "fr": "Échéance",
        "en": "Due",
    },
    "journal.col_late": {
        "fr": "Retard",
        "en": "Late",
    },
    "journal.col_owner": {
        "fr": "Responsable",
        "en": "Owner",
    },
    "journal.col_action": {
        "fr": "Action",
        "en": "Action",
    },
    "journal.col_session": {
        "fr": "Séance",
        "en": "Session",
    },
    "journal.col_lever": {
        "fr": "Levier",
        "en": "Lever",
    },
    "journal.col_figure": {
        "fr": "Indicateur",
        "en": "Figure",
    },
    "journal.col_change": {
        "fr": "Évolution",
        "en": "Change",
    },
    "journal.col_sessions": {
        "fr": "Séances",
        "en": "Sessions",
    },
    "journal.col_coverage": {
        "fr": "Sur la période",
        "en": "In this period",
    },
    "journal.col_avg_satisfaction": {
        "fr": "Satisfaction moyenne",
        "en": "Average satisfaction",
    },
    "journal.col_mark": {
        "fr": "Note",
        "en": "Mark",
    },
    "journal.col_timed": {
        "fr": "Séances chronométrées",
        "en": "Timed sessions",
    },
    "journal.col_planned": {
        "fr": "Temps prévu",
        "en": "Planned",
    },
    "journal.col_actual": {
        "fr": "Temps réel",
        "en": "Actual",
    },
    "journal.col_gap": {
        "fr": "Écart",
        "en": "Difference",
    },
    "journal.col_state": {
        "fr": "État",
        "en": "Status",
    },
    "journal.col_decided": {
        "fr": "Décidée lors de",
        "en": "Decided at",
    },
    "journal.col_facilitation": {
        "fr": "Animation",
        "en": "Facilitation",
    },
    "journal.show_title": {
        "fr": "Séance {id}",
        "en": "Session {id}",
    },
    "journal.label_tool": {
        "fr": "Outil",
        "en": "Tool",
    },
    "journal.label_lever": {
        "fr": "Levier",
        "en": "Lever",
    },
    "journal.label_variant": {
        "fr": "Variante",
        "en": "Variant",
    },
    "journal.label_date": {
        "fr": "Date",
        "en": "Date",
    },
    "journal.label_duration": {
        "fr": "Durée",
        "en": "Duration",
    },
    "journal.label_facilitator": {
        "fr": "Animation",
        "en": "Facilitation",
    },
    "journal.label_co_facilitators": {
        "fr": "Co-animation",
        "en": "Co-facilitation",
    },
    "journal.label_participants": {
        "fr": "Participants",
        "en": "Participants",
    },
    "journal.label_services": {
        "fr": "Services",
        "en": "Services",
    },
    "journal.label_setting": {
        "fr": "Lieu",
        "en": "Setting",
    },
    "journal.label_satisfaction": {
        "fr": "Satisfaction",
        "en": "Satisfaction",
    },
    "journal.label_ideas": {
        "fr": "Idées",
        "en": "Ideas",
    },
    "journal.label_decisions": {
        "fr": "Décisions",
        "en": "Decisions",
    },
    "journal.label_actions": {
        "fr": "Actions",
        "en": "Actions",
    },
    "journal.label_outcomes": {
        "fr": "Résultats de l’outil",
        "en": "The tool's outcomes",
    },
    "journal.label_steps": {
        "fr": "Étapes, prévu → réel",
        "en": "Steps, planned → actual",
    },
    "journal.label_notes": {
        "fr": "Notes",
        "en": "Notes",
    },
    "journal.label_tags": {
        "fr": "Étiquettes",
        "en": "Tags",
    },
    "journal.duration_both": {
        "fr": "{actual} min (prévu : {planned} min)",
        "en": "{actual} min (planned: {planned} min)",
    },
    "journal.duration_planned": {
        "fr": "{planned} min prévues",
        "en": "{planned} min planned",
    },
    "journal.step_timing": {
        "fr": "{title} : {planned} → {actual}",
        "en": "{title}: {planned} → {actual}",
    },
    "journal.step_skipped": {
        "fr": "(passée)",
        "en": "(skipped)",
    },
    "journal.show_stamps": {
        "fr": "Enregistrée le {created}, modifiée le {updated}.",
        "en": "Recorded on {created}, last changed on {updated}.",
    },
    "journal.answer_required_or_later": {
        "fr": "Cette réponse est attendue pour cet outil\u00a0: tapez-la, ou appuyez encore "
        "sur Entrée pour la noter plus tard («\u00a0innovkit journal edit\u00a0»).",
        "en": "This answer is expected for this tool: type it, or press Enter again to record "
        "it later (“innovkit journal edit”).",
    },
    "journal.review_unreachable": {
        "fr": "Le journal partagé ne répond pas\u00a0: ce que sont devenus les éléments de la "
        "première séance ne peut pas être demandé maintenant. Notez-le plus tard avec "
        "«\u00a0innovkit journal edit\u00a0», par exemple «\u00a0--outcome dares.2=fait\u00a0».",
        "en": "The shared journal is not answering: what became of the first session's items "
        "cannot be asked now. Record it later with “innovkit journal edit”, for example "
        "“--outcome dares.2=done”.",
    },
    "journal.ask_skip": {
        "fr": "(passer)",
        "en": "(skip)",
    },
    "journal.report_title": {
        "fr": "Innovation organisationnelle — rapport {period}",
        "en": "Organisational innovation — report {period}",
    },
    "journal.report_intro": {
        "fr": "Établi le {today} à partir du journal des séances.",
        "en": "Prepared on {today} from the session journal.",
    },
    "journal.previous_value": {
        "fr": "({period} : {value})",
        "en": "({period}: {value})",
    },
    "journal.h_headline": {
        "fr": "Chiffres clés",
        "en": "Key figures",
    },
    "journal.fig_sessions": {
        "fr": "Séances",
        "en": "Sessions",
    },
    "journal.fig_participants": {
        "fr": "Participants",
        "en": "Participants",
    },
    "journal.fig_hours": {
        "fr": "Heures d’animation",
        "en": "Hours of facilitation",
    },
    "journal.fig_facilitators": {
        "fr": "Personnes à l’animation",
        "en": "Facilitators",
    },
    "journal.fig_services": {
        "fr": "Services touchés",
        "en": "Services reached",
    },
    "journal.h_levers": {
        "fr": "Couverture des {count} leviers",
        "en": "Coverage of the {count} levers",
    },
    "journal.levers_summary": {
        "fr": "Leviers activés sur la période : {active} sur {total}.",
        "en": "Levers activated in this period: {active} of {total}.",
    },
    "journal.levers_sleeping_list": {
        "fr": "Leviers non activés : {names}.",
        "en": "Levers not activated: {names}.",
    },
    "journal.lever_active": {
        "fr": "activé",
        "en": "activated",
    },
    "journal.lever_sleeping": {
        "fr": "non activé",
        "en": "not activated",
    },
    "journal.h_tools": {
        "fr": "Séances par outil",
        "en": "Sessions by tool",
    },
    "journal.no_sessions": {
        "fr": "Aucune séance n’a été enregistrée sur la période.",
        "en": "No session was recorded in this period.",
    },
    "journal.h_satisfaction": {
        "fr": "Satisfaction",
        "en": "Satisfaction",
    },
    "journal.satisfaction_summary": {
        "fr": "Note moyenne : {average} sur 5 ({marks} pour {sessions}).",
        "en": "Average mark: {average} out of 5 ({marks} for {sessions}).",
    },
    "journal.satisfaction_none": {
        "fr": "Aucune note de satisfaction sur la période.",
        "en": "No satisfaction mark in this period.",
    },
    "journal.h_time": {
        "fr": "Temps prévu et temps réel",
        "en": "Planned and actual time",
    },
    "journal.time_none": {
        "fr": "Aucune durée réelle n’a été notée sur la période.",
        "en": "No actual duration was recorded in this period.",
    },
    "journal.h_ideas": {
        "fr": "Idées",
        "en": "Ideas",
    },
    "journal.none_ideas": {
        "fr": "Aucune idée notée sur la période.",
        "en": "No idea recorded in this period.",
    },
    "journal.h_decisions": {
        "fr": "Décisions",
        "en": "Decisions",
    },
    "journal.none_decisions": {
        "fr": "Aucune décision notée sur la période.",
        "en": "No decision recorded in this period.",
    },
    "journal.h_actions": {
        "fr": "Actions à suivre",
        "en": "Follow-up actions",
    },
    "journal.none_actions": {
        "fr": "Aucune action décidée sur la période.",
        "en": "No action decided in this period.",
    },
    "journal.h_earlier": {
        "fr": "Actions plus anciennes encore ouvertes",
        "en": "Older actions still open",
    },
    "journal.older_open": {
        "fr": "Actions encore ouvertes issues de séances de plus d’un an\u00a0: {count} (voir "
        "«\u00a0{command}\u00a0»).",
        "en": "Still-open actions from sessions over a year old: {count} (see “{command}”).",
    },
    "journal.state_overdue": {
        "fr": "en retard",
        "en": "overdue",
    },
    "journal.state_done": {
        "fr": "faite",
        "en": "done",
    },
    "journal.state_open": {
        "fr": "à faire",
        "en": "open",
    },
    "journal.h_notes": {
        "fr": "Notes des séances",
        "en": "Session notes",
    },
    "journal.h_sessions": {
        "fr": "Séances de la période",
        "en": "Sessions of the period",
    },
    "journal.footer": {
        "fr": "Rapport produit par innovkit. Les participants ne sont jamais nommés : seul leur "
        "nombre est noté.",
        "en": "Report produced by innovkit. Participants are never named: only their number is "
        "recorded.",
    },
    "help.journal": {
        "fr": "Le journal des séances : noter chaque séance, suivre les actions, produire le "
        "rapport mensuel.",
        "en": "The session journal: record each session, follow up actions, produce the monthly "
        "report.",
    },
    "help.journal_add": {
        "fr": "Enregistrer une séance d’un outil et afficher son identifiant. Sur un terminal, "
        "demande ce qui manque.",
        "en": "Record a session of a tool and print its id. At a terminal, asks for what is "
        "missing.",
    },
    "help.journal_list": {
        "fr": "Lister les séances d’une période, avec des filtres. Sur un terminal étroit, "
        "l’outil et l’animation passent à la ligne ; puis l’heure, la satisfaction, la durée et "
        "les participants sont omis, dans cet ordre (redirigée, la liste garde tout).",
        "en": "List the sessions of a period, with filters. In a narrow terminal, the tool and "
        "the facilitators wrap; then the time, the satisfaction, the duration and the "
        "participants are left out, in that order (piped, the list keeps everything).",
    },
    "help.journal_show": {
        "fr": "Afficher une séance en entier (le début de son identifiant suffit).",
        "en": "Show one session in full (the start of its id is enough).",
    },
    "help.journal_edit": {
        "fr": "Corriger une séance : chaque option remplace ce qui était noté ; --action ajoute "
        "une action ; --outcome CLÉ= retire un résultat.",
        "en": "Correct a session: each option replaces what was recorded; --action adds an "
        "action; --outcome KEY= removes an outcome.",
    },
    "help.journal_delete": {
        "fr": "Supprimer une séance (demande confirmation ; sans terminal, il faut --yes).",
        "en": "Delete a session (asks for confirmation; without a terminal, --yes is needed).",
    },
    "help.journal_actions": {
        "fr": "Suivre les actions décidées en séance. Sur un terminal étroit, le texte, le "
        "responsable et la séance passent à la ligne ; puis la séance, le retard et le "
        "responsable sont omis, dans cet ordre (redirigée, la liste garde tout).",
        "en": "Follow up the actions decided in sessions. In a narrow terminal, the text, the "
        "owner and the session wrap; then the session, the lateness and the owner are left "
        "out, in that order (piped, the list keeps everything).",
    },
    "help.journal_action_done": {
        "fr": "Marquer une action comme faite.",
        "en": "Mark an action as done.",
    },
    "help.journal_export": {
        "fr": "Exporter une période : rapport Markdown ou HTML pour la Direction générale, ou "
        "données JSON ou CSV (CSV pour Excel : séparateur « ; » en français, « , » en "
        "anglais). Sans période : le mois qui vient de finir pendant les 7 premiers jours "
        "d’un mois, ensuite le mois en cours.",
        "en": "Export a period: a Markdown or HTML report for management, or JSON or CSV data "
        "(CSV for Excel: separator “;” in French, “,” in English). Without a period: the "
        "month just ended during the first 7 days of a month, afterwards the month in "
        "progress.",
    },
    "help.journal_import": {
        "fr": "Fusionner dans votre journal l’export JSON d’un autre journal.",
        "en": "Merge another journal's JSON export into yours.",
    },
    "help.journal_path": {
        "fr": "Afficher l’emplacement du fichier du journal.",
        "en": "Show where the journal file is.",
    },
    "help.journal_tool": {
        "fr": "L’outil utilisé : identifiant, nom ou début de nom.",
        "en": "The tool used: id, name or start of a name.",
    },
    "help.journal_id": {
        "fr": "L’identifiant de la séance, ou son début.",
        "en": "The session's id, or its start.",
    },
    "help.journal_action_id": {
        "fr": "L’identifiant de l’action, ou son début (voir « innovkit journal actions »).",
        "en": "The action's id, or its start (see “innovkit journal actions”).",
    },
    "help.journal_date": {
        "fr": "Date de la séance : 2026-11-03, 03/11, « 3 novembre », « hier », « vendredi » "
        "(le dernier) ; par défaut : aujourd’hui, jamais une date à venir.",
        "en": "Date of the session: 2026-11-03, 03/11, “3 November”, “yesterday”, “friday” "
        "(the last one); default: today, never a date to come.",
    },
    "help.journal_edit_date": {
        "fr": "La date de la séance, si elle était mal notée : 2026-11-03, 03/11, « hier », "
        "« vendredi »… (jamais une date à venir).",
        "en": "The session's date, if it was recorded wrong: 2026-11-03, 03/11, “yesterday”, "
        "“friday”… (never a date to come).",
    },
    "help.journal_edit_facilitator": {
        "fr": "Qui animait, si c’était mal noté.",
        "en": "Who facilitated, if it was recorded wrong.",
    },
    "help.journal_start": {
        "fr": "Heure de début, HH:MM.",
        "en": "Start time, HH:MM.",
    },
    "help.journal_minutes": {
        "fr": "Durée réelle, écrite comme pour timer (45, 1h30, 1:30:00, 2,5).",
        "en": "Actual duration, written as for timer (45, 1h30, 1:30:00, 2,5).",
    },
    "help.journal_facilitator": {
        "fr": "Qui animait (par défaut : « facilitator » dans la configuration).",
        "en": "Who facilitated (default: “facilitator” in the configuration).",
    },
    "help.journal_co_facilitator": {
        "fr": "Une personne en co-animation (répétable).",
        "en": "A co-facilitator (repeatable).",
    },
    "help.journal_participants": {
        "fr": "Nombre de participants (jamais leurs noms).",
        "en": "Number of participants (never their names).",
    },
    "help.journal_service": {
        "fr": "Un service ou une direction touchés (répétable).",
        "en": "A service or department reached (repeatable).",
    },
    "help.journal_setting": {
        "fr": "Lieu : en salle, en extérieur ou à distance.",
        "en": "Setting: indoor, outdoor or remote.",
    },
    "help.journal_variant": {
        "fr": "La variante de l’outil utilisée (elle change le temps prévu).",
        "en": "The tool's variant used (it changes the planned time).",
    },
    "help.journal_satisfaction": {
        "fr": "Satisfaction du groupe, de 1 à 5.",
        "en": "The group's satisfaction, from 1 to 5.",
    },
    "help.journal_idea": {
        "fr": "Une idée retenue (répétable).",
        "en": "An idea kept (repeatable).",
    },
    "help.journal_decision": {
        "fr": "Une décision prise (répétable).",
        "en": "A decision made (repeatable).",
    },
    "help.journal_action": {
        "fr": "Une action à suivre : « texte ; responsable ; AAAA-MM-JJ » (répétable).",
        "en": "An action to follow up: “text; owner; YYYY-MM-DD” (repeatable).",
    },
    "help.journal_outcome": {
        "fr": "Un résultat propre à l’outil, CLÉ=VALEUR (répétable ; les clés sont dans "
        "« innovkit show OUTIL »).",
        "en": "An outcome of the tool, KEY=VALUE (repeatable; the keys are in “innovkit show "
        "TOOL”).",
    },
    "help.journal_note": {
        "fr": "Notes libres, lues par l’équipe et reprises dans le rapport mensuel\u00a0: "
        "aucun nom, rien sur une personne.",
        "en": "Free notes, read by the team and shown in the monthly report: no names, nothing "
        "about a person.",
    },
    "help.journal_tag": {
        "fr": "Une étiquette pour retrouver la séance (répétable).",
        "en": "A tag to find the session again (repeatable).",
    },
    "help.journal_no_input": {
        "fr": "Ne rien demander, même sur un terminal.",
        "en": "Never ask anything, even at a terminal.",
    },
    "help.journal_month": {
        "fr": "Le mois : 2026-11, 11/2026, « novembre 2026 », « novembre » (le dernier "
        "commencé) ou « le mois dernier ».",
        "en": "The month: 2026-11, 11/2026, “November 2026”, “November” (the last one begun) "
        "or “last month”.",
    },
    "help.journal_last_month": {
        "fr": "Le mois dernier (comme --month « le mois dernier »).",
        "en": "Last month (as --month “last month”).",
    },
    "help.journal_week": {
        "fr": "Cette semaine, du lundi au dimanche.",
        "en": "This week, Monday to Sunday.",
    },
    "help.journal_from": {
        "fr": "Premier jour : 2026-11-03, 03/11, « 3 novembre », « vendredi », « hier »…",
        "en": "First day: 2026-11-03, 03/11, “3 November”, “friday”, “yesterday”…",
    },
    "help.journal_to": {
        "fr": "Dernier jour : 2026-11-30, 30/11, « 30 novembre », « hier »…",
        "en": "Last day: 2026-11-30, 30/11, “30 November”, “yesterday”…",
    },
    "help.journal_filter_tool": {
        "fr": "Seulement cet outil.",
        "en": "Only this tool.",
    },
    "help.journal_filter_lever": {
        "fr": "Seulement ce levier.",
        "en": "Only this lever.",
    },
    "help.journal_filter_facilitator": {
        "fr": "Seulement les séances de cette personne (animation ou co-animation).",
        "en": "Only this person's sessions (facilitating or co-facilitating).",
    },
    "help.journal_filter_tag": {
        "fr": "Seulement les séances qui portent cette étiquette.",
        "en": "Only the sessions with this tag.",
    },
    "help.journal_yes": {
        "fr": "Supprimer sans demander de confirmation.",
        "en": "Delete without asking for confirmation.",
    },
    "help.journal_open": {
        "fr": "Seulement les actions à faire.",
        "en": "Only the open actions.",
    },
    "help.journal_mine": {
        "fr": "Seulement vos séances (animées ou co-animées), d’après "
        "«\u00a0innovkit config set facilitator\u00a0», et, sur un journal partagé, celles "
        "que votre compte a enregistrées.",
        "en": "Only your sessions (facilitated or co-facilitated), as "
        "“innovkit config set facilitator” names you, and, on a shared journal, those your "
        "account recorded.",
    },
    "help.journal_mine_actions": {
        "fr": "Seulement vos actions\u00a0: celles qui vous sont confiées et celles de vos séances "
        "(d’après «\u00a0innovkit config set facilitator\u00a0», et, sur un journal partagé, "
        "votre compte).",
        "en": "Only your actions: those given to you and those of your sessions (as “innovkit "
        "config set facilitator” names you, and, on a shared journal, your account).",
    },
    "journal.mine_without_name": {
        "fr": "Pour --mine, innovkit doit connaître votre nom : "
        'innovkit config set facilitator "Prénom Nom".',
        "en": 'For --mine, innovkit needs your name: innovkit config set facilitator "First Last".',
    },
    "help.journal_overdue": {
        "fr": "Seulement les actions en retard.",
        "en": "Only the overdue actions.",
    },
    "help.journal_reopen": {
        "fr": "Rouvrir l’action au lieu de la marquer faite.",
        "en": "Reopen the action instead of marking it done.",
    },
    "help.journal_all": {
        "fr": "Tout le journal.",
        "en": "The whole journal.",
    },
    "help.journal_format": {
        "fr": "md (par défaut, ou d’après l’extension de -o), html, pdf (avec -o), json ou csv. "
        "Le CSV est en "
        "UTF-8 avec BOM, pour Excel ; ses colonnes sont séparées par « ; » en français, par "
        "« , » en anglais (voir --lang).",
        "en": "md (default, or from the extension of -o), html, pdf (with -o), json or csv. "
        "The CSV is UTF-8 "
        "with a BOM, for Excel; its columns are separated by “;” in French, by “,” in English "
        "(see --lang).",
    },
    "help.journal_output": {
        "fr": "Le fichier à écrire (sinon : la sortie standard).",
        "en": "The file to write (else: standard output).",
    },
    "help.journal_force": {
        "fr": "Remplacer le fichier s’il existe déjà.",
        "en": "Replace the file if it already exists.",
    },
    "help.journal_import_file": {
        "fr": "L’export JSON à fusionner.",
        "en": "The JSON export to merge.",
    },
    "help.journal_dry_run": {
        "fr": "Montrer ce que l’import ferait, sans rien écrire.",
        "en": "Show what the import would do, without writing anything.",
    },
}
