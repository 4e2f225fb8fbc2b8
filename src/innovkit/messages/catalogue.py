"""Sentences of the catalogue: cards, levers, ``list``, ``show``, ``cards`` (see
``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {
    # ---- problems in card files (each follows "file:line: field: ")
    "cards.unreadable": {
        "fr": "le fichier ne peut pas être lu ({reason}).",
        "en": "the file cannot be read ({reason}).",
    },
    "cards.not_utf8": {
        "fr": "le fichier n’est pas en UTF-8 ; enregistrez-le en UTF-8.",
        "en": "the file is not UTF-8; save it as UTF-8.",
    },
    "cards.bad_yaml": {
        "fr": "ce n’est pas du YAML valide ({detail}).",
        "en": "this is not valid YAML ({detail}).",
    },
    "cards.yaml_tag_refused": {
        "fr": "les balises YAML qui créent des objets (« !!python/… », « !tag ») sont refusées "
        "dans une fiche.",
        "en": "YAML tags that build objects (“!!python/…”, “!tag”) are not allowed in a card.",
    },
    "cards.key_not_text": {
        "fr": "une clé doit être un mot, pas une liste ni un tableau.",
        "en": "a key must be a word, not a list or a mapping.",
    },
    "cards.duplicate_key": {
        "fr": "cette clé est écrite deux fois.",
        "en": "this key is written twice.",
    },
    "cards.expected_mapping": {
        "fr": "il faut ici des champs « clé: valeur ».",
        "en": "“key: value” fields are expected here.",
    },
    "cards.unknown_key": {
        "fr": "clé inconnue « {key} » (clés possibles : {allowed}).",
        "en": "unknown key “{key}” (possible keys: {allowed}).",
    },
    "cards.missing_field": {
        "fr": "ce champ est obligatoire.",
        "en": "this field is required.",
    },
    "cards.bad_slug": {
        "fr": "« {value} » n’est pas un identifiant valide : lettres minuscules sans accent, "
        "chiffres et tirets.",
        "en": "“{value}” is not a valid id: lower-case letters without accents, digits and "
        "hyphens.",
    },
    "cards.bad_field_id": {
        "fr": "« {value} » n’est pas un identifiant de champ valide : lettres minuscules sans "
        "accent, chiffres et soulignés (_).",
        "en": "“{value}” is not a valid field id: lower-case letters without accents, digits "
        "and underscores (_).",
    },
    "cards.id_is_boolean": {
        "fr": "YAML lit yes, no, on ou off comme vrai ou faux\u00a0: mettez cet identifiant entre "
        'guillemets (par exemple "yes").',
        "en": "YAML reads yes, no, on or off as true or false: put this id in quotes (for "
        'example "yes").',
    },
    "cards.expected_integer": {
        "fr": "« {value} » n’est pas un nombre entier.",
        "en": "“{value}” is not a whole number.",
    },
    "cards.integer_too_small": {
        "fr": "{value} est trop petit : au moins {minimum}.",
        "en": "{value} is too small: at least {minimum}.",
    },
    "cards.integer_too_big": {
        "fr": "{value} est trop grand : au plus {maximum}.",
        "en": "{value} is too large: at most {maximum}.",
    },
    "cards.text_too_long": {
        "fr": "ce texte est trop long : {maximum} caractères au plus.",
        "en": "this text is too long: {maximum} characters at most.",
    },
    "cards.id_too_long": {
        "fr": "cet identifiant est trop long : {maximum} caractères au plus.",
        "en": "this id is too long: {maximum} characters at most.",
    },
    "cards.too_long_in_all": {
        "fr": "Les étapes durent {minutes} minutes en tout : au plus {maximum} (une semaine).",
        "en": "The steps last {minutes} minutes in all: at most {maximum} (a week).",
    },
    "cards.empty_text": {
        "fr": "ce texte est vide.",
        "en": "this text is empty.",
    },
    "cards.missing_translation": {
        "fr": 'la traduction « {lang} » manque (écrivez {{fr: "…", en: "…"}}).',
        "en": 'the “{lang}” translation is missing (write {{fr: "…", en: "…"}}).',
    },
    "cards.unknown_language": {
        "fr": "langue inconnue « {lang} » (langues possibles : {allowed}).",
        "en": "unknown language “{lang}” (possible languages: {allowed}).",
    },
    "cards.expected_text": {
        "fr": 'il faut ici un texte, ou {{fr: "…", en: "…"}}.',
        "en": 'a text is expected here, or {{fr: "…", en: "…"}}.',
    },
    "cards.expected_list": {
        "fr": "il faut ici une liste (des lignes commençant par « - »).",
        "en": "a list is expected here (lines starting with “- ”).",
    },
    "cards.list_too_short": {
        "fr": "il faut au moins {minimum} élément(s) ici.",
        "en": "at least {minimum} item(s) are needed here.",
    },
    "cards.duplicate_id": {
        "fr": "l’identifiant « {id} » est utilisé deux fois.",
        "en": "the id “{id}” is used twice.",
    },
    "cards.participants_order": {
        "fr": "le minimum ({min}) dépasse le maximum ({max}).",
        "en": "the minimum ({min}) is larger than the maximum ({max}).",
    },
    "cards.typical_outside": {
        "fr": (
            "la taille habituelle du groupe doit être entre le minimum ({min}) et le maximum "
            "({max})."
        ),
        "en": "the typical group size must be between the minimum ({min}) and the maximum ({max}).",
    },
    "cards.split_missing": {
        "fr": (
            "une étape minutée par sous-groupe dit comment le groupe se répartit : « split: "
            "trios », « split: pairs » ou « split: {min: 4, max: 6} »."
        ),
        "en": (
            "a step timed per sub-group says how the group is split: “split: trios”, “split: "
            "pairs” or “split: {min: 4, max: 6}”."
        ),
    },
    "cards.split_unused": {
        "fr": (
            "un découpage en sous-groupes sert à minuter chaque sous-groupe : ajoutez "
            "« per_group_minutes » ou retirez « split »."
        ),
        "en": "a split times each sub-group: add “per_group_minutes” or remove “split”.",
    },
    "cards.bad_split": {
        "fr": "il faut ici « pairs », « trios » ou une taille de sous-groupe « {min: 4, max: 6} ».",
        "en": "expected “pairs”, “trios” or a sub-group size “{min: 4, max: 6}”.",
    },
    "cards.too_little_per_person": {
        "fr": (
            "à {people} participants (le maximum de la fiche), l’étape « {step} » ne laisse "
            "que {seconds} s à chacun, moins que les {floor} s demandées : allongez l’étape ou "
            "baissez le maximum."
        ),
        "en": (
            "with {people} participants (the card’s maximum), step “{step}” leaves each person "
            "only {seconds} s, less than the {floor} s asked for: lengthen the step or lower the "
            "maximum."
        ),
    },
    "cards.too_little_per_person_in_form": {
        "fr": (
            "à {people} participants (le maximum de la fiche), la forme « {form} » ne laisse à "
            "l’étape « {step} » que {seconds} s par personne, moins que les {floor} s "
            "demandées : allongez l’étape dans cette forme ou baissez le maximum."
        ),
        "en": (
            "with {people} participants (the card’s maximum), the “{form}” form leaves step "
            "“{step}” only {seconds} s per person, less than the {floor} s asked for: lengthen "
            "the step in this form or lower the maximum."
        ),
    },
    "cards.seconds": {"fr": "{seconds} s", "en": "{seconds} s"},
    "cards.per_person": {"fr": "{time} par personne", "en": "{time} per person"},
    "cards.per_pairs": {"fr": "{time} par binôme", "en": "{time} per pair"},
    "cards.per_trios": {"fr": "{time} par trinôme", "en": "{time} per trio"},
    "cards.per_group_of": {
        "fr": "{time} par groupe de {size}",
        "en": "{time} per group of {size}",
    },
    "cards.per_group": {
        "fr": "{time} par groupe de {min} à {max}",
        "en": "{time} per group of {min} to {max}",
    },
    "cards.timed_for": {
        "fr": "pour {count} participants",
        "en": "for {count} participants",
    },
    "cards.step_too_long_for_group": {
        "fr": (
            "à {people} participants (le maximum de la fiche), l’étape « {step} » dure plus "
            "d’une journée ({maximum} minutes) : réduisez son temps par personne ou par "
            "sous-groupe, ou baissez le maximum."
        ),
        "en": (
            "with {people} participants (the card’s maximum), step “{step}” lasts more than a day "
            "({maximum} minutes): shorten its time per person or per sub-group, or lower the "
            "maximum."
        ),
    },
    "cards.too_long_for_group": {
        "fr": (
            "à {people} participants (le maximum de la fiche), les étapes durent {minutes} minutes "
            "en tout : au plus {maximum} (une semaine)."
        ),
        "en": (
            "with {people} participants (the card’s maximum), the steps last {minutes} minutes in "
            "all: at most {maximum} (a week)."
        ),
    },
    "cards.bad_choice": {
        "fr": "« {value} » n’est pas permis (valeurs possibles : {allowed}).",
        "en": "“{value}” is not allowed (possible values: {allowed}).",
    },
    "cards.variant_needs_description": {
        "fr": "une variante sans « steps » doit avoir une « description ».",
        "en": "a variant without “steps” needs a “description”.",
    },
    "cards.statuses_only_for_items": {
        "fr": "« {field} » ne sert qu’aux champs de type items.",
        "en": "“{field}” is only for fields of kind items.",
    },
    "cards.statuses_missing": {
        "fr": "Un champ de type items donne la liste de ses statuts (« statuses »), au moins "
        "deux : le premier est celui de la séance.",
        "en": "A field of kind items lists its statuses (“statuses”), at least two: the first is "
        "the one at the session.",
    },
    "cards.taster_has_steps": {
        "fr": "un avant-goût (variante «\u00a0taster\u00a0») se décrit, il ne se minute"
        " pas\u00a0: retirez ses «\u00a0steps\u00a0» et dites dans sa «\u00a0description\u00a0»"
        " ce qu’il laisse de côté de l’outil.",
        "en": "a taster (variant “taster”) is described, not timed: remove its “steps” and say in"
        " its “description” what it leaves out of the tool.",
    },
    "cards.choices_only_for_choice": {
        "fr": "« choices » ne sert qu’aux champs de type choice.",
        "en": "“choices” is only for fields of kind choice.",
    },
    "cards.expected_boolean": {
        "fr": "il faut ici true ou false.",
        "en": "true or false is expected here.",
    },
    "cards.id_not_filename": {
        "fr": "l’identifiant « {id} » doit être le nom du fichier (« {stem} »).",
        "en": "the id “{id}” must be the file's name (“{stem}”).",
    },
    "cards.duplicate_tool": {
        "fr": "une autre fiche de ce dossier porte déjà l’identifiant « {id} ».",
        "en": "another card in this folder already has the id “{id}”.",
    },
    "cards.unknown_lever_in_card": {
        "fr": "levier inconnu « {lever} » (leviers possibles : {allowed}).",
        "en": "unknown lever “{lever}” (possible levers: {allowed}).",
    },
    "cards.bad_status": {
        "fr": "statut inconnu « {value} » (statuts possibles : draft, ready).",
        "en": "unknown status “{value}” (possible statuses: draft, ready).",
    },
    "cards.at_most_only_for_lists": {
        "fr": "at_most ne va qu’avec un champ de type list ou items.",
        "en": "at_most only goes with a field of kind list or items.",
    },
    "cards.action_only_for_date": {
        "fr": "action (ce qui est à faire ce jour-là) ne va qu’avec un champ de type date.",
        "en": "action (what is to be done that day) only goes with a field of kind date.",
    },
    "cards.follow_up_only_for_date": {
        "fr": "follow_up_days ne va qu’avec un champ de type date.",
        "en": "follow_up_days only goes with a field of kind date.",
    },
    "catalogue.draft_mark": {
        "fr": "BROUILLON",
        "en": "DRAFT",
    },
    "catalogue.draft_note": {
        "fr": "Les fiches en brouillon ne sont ni suggérées ni comptées dans les rapports : "
        "« innovkit cards ready ID » les rend prêtes.",
        "en": "Draft cards are neither suggested nor counted in the reports: "
        "“innovkit cards ready ID” makes them ready.",
    },
    "catalogue.ready_done": {
        "fr": "La fiche « {id} » est prête : {path}",
        "en": "The card “{id}” is ready: {path}",
    },
    "catalogue.ready_already": {
        "fr": "La fiche « {id} » est déjà prête : rien n’a changé.",
        "en": "The card “{id}” is already ready: nothing changed.",
    },
    "catalogue.ready_refused.one": {
        "fr": "La fiche « {id} » ne se valide pas ({count} problème ci-dessus) : "
        "elle reste en brouillon.",
        "en": "The card “{id}” does not validate ({count} problem above): it stays a draft.",
    },
    "catalogue.ready_refused.other": {
        "fr": "La fiche « {id} » ne se valide pas ({count} problèmes ci-dessus) : "
        "elle reste en brouillon.",
        "en": "The card “{id}” does not validate ({count} problems above): it stays a draft.",
    },
    "catalogue.ready_no_file": {
        "fr": "Aucune fiche « {id}.yaml » dans vos dossiers de fiches "
        "(« innovkit cards path » les montre).",
        "en": "No card “{id}.yaml” in your card folders (“innovkit cards path” shows them).",
    },
    "catalogue.ready_no_line": {
        "fr": "La fiche {path} n’a pas de ligne « status: draft » à changer : "
        "écrivez « status: ready » vous-même.",
        "en": "The card {path} has no “status: draft” line to change: write “status: ready” "
        "yourself.",
    },
    "help.cards_ready": {
        "fr": "Marquer une fiche en brouillon comme prête, si elle se valide.",
        "en": "Mark a draft card as ready, if it validates.",
    },
    "help.ready_id": {
        "fr": "L’identifiant de la fiche (le nom de son fichier sans .yaml).",
        "en": "The card's id (its file name without .yaml).",
    },
    "cards.folder_missing": {
        "fr": "ce dossier de fiches n’existe pas.",
        "en": "this card folder does not exist.",
    },
    "cards.file_missing": {
        "fr": "ce fichier n’existe pas.",
        "en": "this file does not exist.",
    },
    "cards.skipped": {
        "fr": "fiche ignorée — {problem}",
        "en": "card skipped — {problem}",
    },
    # ---- finding things
    "cards.unknown_tool": {
        "fr": "Aucun outil ne s’appelle « {query} ».",
        "en": "No tool is called “{query}”.",
    },
    "cards.ambiguous_tool": {
        "fr": "« {query} » peut désigner plusieurs outils : {choices}. Précisez.",
        "en": "“{query}” could mean several tools: {choices}. Be more specific.",
    },
    "cards.unknown_lever": {
        "fr": "Aucun levier ne s’appelle « {query} ».",
        "en": "No lever is called “{query}”.",
    },
    "cards.ambiguous_lever": {
        "fr": "« {query} » peut désigner plusieurs leviers : {choices}. Précisez.",
        "en": "“{query}” could mean several levers: {choices}. Be more specific.",
    },
    "cards.unknown_variant": {
        "fr": "L’outil {tool} n’a pas de variante « {variant} » (variantes minutées : {choices}).",
        "en": "The tool {tool} has no variant “{variant}” (timed variants: {choices}).",
    },
    "cards.variant_not_structured": {
        "fr": "La variante « {variant} » de {tool} est décrite mais pas minutée : elle ne peut "
        "pas servir de déroulé. Lisez-la avec «\u00a0innovkit show {tool}\u00a0».",
        "en": "The variant “{variant}” of {tool} is described but not timed: it cannot be "
        "used as a run plan. Read it with “innovkit show {tool}”.",
    },
    # ---- list / show / levers
    "catalogue.nothing_fits": {
        "fr": "Aucun outil ne correspond à ces critères.",
        "en": "No tool matches these criteria.",
    },
    "catalogue.outcome_key": {
        "fr": "--outcome {key}=…",
        "en": "--outcome {key}=…",
    },
    "catalogue.col_tool": {"fr": "Outil", "en": "Tool"},
    "catalogue.col_lever": {"fr": "Levier", "en": "Lever"},
    "catalogue.col_duration": {"fr": "Durée", "en": "Duration"},
    "catalogue.col_group": {"fr": "Groupe", "en": "Group"},
    "catalogue.col_tool_and_description": {
        "fr": "Outil et sens du levier",
        "en": "Tool and what the lever means",
    },
    "catalogue.col_sessions": {"fr": "Séances\n12 mois", "en": "Sessions\n12 months"},
    "catalogue.col_last_session": {"fr": "Dernière\nséance", "en": "Last\nsession"},
    "catalogue.neglected": {"fr": "⚠ en sommeil", "en": "⚠ asleep"},
    "catalogue.levers_summary.one": {
        "fr": "{count} levier sur {total} actif ces trois derniers mois\u00a0; les leviers "
        "«\u00a0en sommeil\u00a0» n’ont eu aucune séance depuis plus de 90 jours.",
        "en": "{count} of {total} levers active in the last three months; levers marked "
        "“asleep” have had no session for more than 90 days.",
    },
    "catalogue.levers_summary.other": {
        "fr": "{count} leviers sur {total} actifs ces trois derniers mois\u00a0; les leviers "
        "«\u00a0en sommeil\u00a0» n’ont eu aucune séance depuis plus de 90 jours.",
        "en": "{count} of {total} levers active in the last three months; levers marked "
        "“asleep” have had no session for more than 90 days.",
    },
    "catalogue.no_tool": {"fr": "(aucun outil)", "en": "(no tool)"},
    "catalogue.shortest": {
        "fr": "(version courte\u00a0: {minutes}\u00a0min)",
        "en": "(short version: {minutes} min)",
    },
    "catalogue.condensed": {
        "fr": "(forme resserrée\u00a0: {minutes}\u00a0min)",
        "en": "(condensed form: {minutes} min)",
    },
    "catalogue.override_note": {
        "fr": "* fiche personnalisée qui remplace la fiche intégrée du même nom.",
        "en": "* custom card replacing the built-in card of the same id.",
    },
    "catalogue.setting": {"fr": "Cadre", "en": "Setting"},
    "catalogue.setting_indoor": {"fr": "en salle", "en": "indoors"},
    "catalogue.setting_outdoor": {"fr": "en extérieur", "en": "outdoors"},
    "catalogue.setting_remote": {"fr": "à distance", "en": "remote"},
    "catalogue.invitation": {"fr": "L’invitation", "en": "The invitation"},
    "catalogue.objectives": {"fr": "Objectifs", "en": "Objectives"},
    "catalogue.materials": {"fr": "Matériel", "en": "Materials"},
    "catalogue.roles": {"fr": "Rôles", "en": "Roles"},
    "catalogue.preparation": {"fr": "Préparation", "en": "Preparation"},
    "catalogue.steps": {"fr": "Déroulé", "en": "Steps"},
    "catalogue.tip": {"fr": "Conseil :", "en": "Tip:"},
    "catalogue.variants": {"fr": "Variantes", "en": "Variants"},
    "catalogue.debrief": {"fr": "Questions de débriefing", "en": "Debrief questions"},
    "catalogue.checklist": {"fr": "Check-list", "en": "Checklist"},
    "catalogue.phase_before": {"fr": "Avant", "en": "Before"},
    "catalogue.phase_during": {"fr": "Pendant", "en": "During"},
    "catalogue.phase_after": {"fr": "Après", "en": "After"},
    "catalogue.outcomes": {"fr": "À noter au journal", "en": "To record in the journal"},
    "catalogue.kind_text": {"fr": "texte", "en": "text"},
    "catalogue.kind_list": {"fr": "liste", "en": "list"},
    "catalogue.kind_items": {"fr": "un statut par élément", "en": "a status per item"},
    "catalogue.kind_number": {"fr": "nombre", "en": "number"},
    "catalogue.kind_scale": {"fr": "note de 1 à 5", "en": "rating 1 to 5"},
    "catalogue.kind_date": {"fr": "date", "en": "date"},
    "catalogue.kind_choice": {"fr": "choix", "en": "choice"},
    "catalogue.handouts": {"fr": "Supports à distribuer", "en": "Handouts"},
    "catalogue.pitfalls": {"fr": "Pièges à éviter", "en": "Pitfalls"},
    "catalogue.credits": {"fr": "Crédits", "en": "Credits"},
    # ---- cards validate / new / path
    "catalogue.card_ok": {"fr": "✓ {source} ({id})", "en": "✓ {source} ({id})"},
    "catalogue.validate_failed.one": {
        "fr": "{count} problème dans les fiches\u00a0: corrigez-le puis relancez la vérification.",
        "en": "{count} problem in the cards: fix it and check again.",
    },
    "catalogue.validate_failed.other": {
        "fr": "{count} problèmes dans les fiches\u00a0: corrigez-les puis relancez la "
        "vérification.",
        "en": "{count} problems in the cards: fix them and check again.",
    },
    "catalogue.validate_done.one": {"fr": "{count} fiche valide.", "en": "{count} valid card."},
    "catalogue.validate_done.other": {
        "fr": "{count} fiches valides.",
        "en": "{count} valid cards.",
    },
    "catalogue.new_bad_id": {
        "fr": "« {id} » ne peut pas servir d’identifiant : lettres minuscules sans accent, "
        "chiffres et tirets (par exemple « cafe-curieux »).",
        "en": "“{id}” cannot be used as an id: lower-case letters without accents, digits and "
        "hyphens (for example “curious-cafe”).",
    },
    "catalogue.new_written": {
        "fr": "Fiche de départ écrite : {path}. Modifiez-la, puis vérifiez-la avec "
        "« innovkit cards validate ».",
        "en": "Starter card written: {path}. Edit it, then check it with "
        "“innovkit cards validate”.",
    },
    "catalogue.new_overrides": {
        "fr": "cette fiche remplacera l’outil intégré « {id} ».",
        "en": "this card will replace the built-in tool “{id}”.",
    },
    "catalogue.folder_absent": {"fr": "(n’existe pas encore)", "en": "(does not exist yet)"},
    "catalogue.origin_builtin": {"fr": "fiches intégrées", "en": "built-in cards"},
    "catalogue.origin_user": {"fr": "vos fiches", "en": "your cards"},
    "catalogue.origin_custom": {"fr": "fiches supplémentaires", "en": "extra cards"},
    # ---- help
    "help.list": {
        "fr": "Le catalogue des outils, filtré selon ce qui convient (levier, durée, groupe).",
        "en": "The catalogue of tools, filtered by what fits (lever, time, group).",
    },
    "help.list_lever": {
        "fr": "Seulement les outils de ce levier, par exemple : curiosité",
        "en": "Only the tools of this lever, for example: curiosity",
    },
    "help.list_minutes": {
        "fr": "Seulement les outils dont la forme la plus courte tient en N minutes.",
        "en": "Only the tools whose shortest form fits in N minutes.",
    },
    "help.list_participants": {
        "fr": "Seulement les outils prévus pour N participants.",
        "en": "Only the tools made for N participants.",
    },
    "help.show": {
        "fr": "Une fiche outil en entier, par exemple : innovkit show audace-up",
        "en": "One tool card in full, for example: innovkit show audace-up",
    },
    "help.tool_arg": {
        "fr": "L’outil : son identifiant, son nom ou son début (audace, « Audace up ! »).",
        "en": 'The tool: its id, its name or their beginning (audace, "Audace up !").',
    },
    "help.levers": {
        "fr": "Les 12 leviers de l’écosystème et leurs outils. Sur un terminal étroit, la "
        "date de la dernière séance, puis le nombre de séances, sont omis.",
        "en": "The ecosystem's 12 levers and their tools. In a narrow terminal, the last "
        "session's date, then the count of sessions, are left out.",
    },
    "help.cards_group": {
        "fr": "Vos propres fiches : vérifier, créer, savoir où elles sont.",
        "en": "Your own cards: check them, create one, find where they live.",
    },
    "help.cards_validate": {
        "fr": "Vérifier des fiches (toutes si aucun chemin n’est donné) ; code 2 au moindre "
        "problème.",
        "en": "Check cards (all of them when no path is given); exit code 2 on any problem.",
    },
    "help.validate_paths": {
        "fr": "Fichiers ou dossiers de fiches à vérifier.",
        "en": "Card files or folders to check.",
    },
    "help.cards_new": {
        "fr": "Écrire une fiche de départ, valide et commentée, dans votre dossier de fiches.",
        "en": "Write a valid, commented starter card into your cards folder.",
    },
    "help.new_id": {
        "fr": "Identifiant de la nouvelle fiche (minuscules et tirets).",
        "en": "Id of the new card (lower case and hyphens).",
    },
    "help.force": {
        "fr": "Remplacer un fichier existant.",
        "en": "Replace an existing file.",
    },
    "help.cards_path": {
        "fr": "Les dossiers où innovkit cherche les fiches, dans l’ordre.",
        "en": "The folders where innovkit looks for cards, in order.",
    },
    # ---- card folders holding other things than card files
    "cards.broken_link": {
        "fr": "ce lien symbolique ne mène à aucun fichier (lien cassé ou en boucle).",
        "en": "this symbolic link leads to no file (a broken or looping link).",
    },
    "cards.not_regular_file": {
        "fr": "ce n’est pas un fichier ordinaire (tube, périphérique ou dossier)\u00a0: il n’est "
        "pas lu.",
        "en": "this is not a regular file (a pipe, device or folder): it is not read.",
    },
    "cards.file_too_large": {
        "fr": "le fichier dépasse {limit}, la taille maximale d’une fiche.",
        "en": "the file is larger than {limit}, the largest size of a card.",
    },
}
