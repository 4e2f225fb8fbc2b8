"""Sentences of the tools in several moments (see ``innovkit.cards.moments``): the card
format's checks, the run sheet's and the run's words, the follow-up action and the report.
French typography: no-break spaces inside « » and before : ; ? !"""

MESSAGES: dict[str, dict[str, str]] = {
    # ---- the card format
    "moments.first_has_no_after": {
        "fr": "Le premier moment est la séance elle-même\u00a0: il n’a pas de délai "
        "«\u00a0after\u00a0». Donnez-le aux moments suivants.",
        "en": "The first moment is the session itself: it has no “after” delay. Give it to "
        "the later moments.",
    },
    "moments.first_groups_steps": {
        "fr": "Le premier moment regroupe des étapes de la fiche\u00a0: donnez leurs "
        "identifiants, ou aucune liste (il prend alors les étapes qu’aucun autre moment ne "
        "prend).",
        "en": "The first moment groups steps of the card: give their ids, or no list at all "
        "(it then takes the steps no other moment takes).",
    },
    "moments.unknown_step": {
        "fr": "La fiche n’a pas d’étape «\u00a0{step}\u00a0» (étapes\u00a0: {allowed}).",
        "en": "The card has no step “{step}” (steps: {allowed}).",
    },
    "moments.step_in_no_moment": {
        "fr": "L’étape «\u00a0{step}\u00a0» n’appartient à aucun moment\u00a0: ajoutez-la "
        "aux étapes d’un moment.",
        "en": "The step “{step}” belongs to no moment: add it to the steps of a moment.",
    },
    "moments.after_order": {
        "fr": "Le délai va de {min} à {max} jours\u00a0: le minimum doit être inférieur ou "
        "égal au maximum.",
        "en": "The delay goes from {min} to {max} days: the minimum must not be above the maximum.",
    },
    "moments.reviewed_only_items": {
        "fr": "Seul un résultat de type «\u00a0items\u00a0» peut dire à quel moment le statut "
        "de ses éléments est recueilli («\u00a0reviewed_at\u00a0»).",
        "en": "Only an outcome of kind “items” can say at which moment its items’ statuses are "
        "gathered (“reviewed_at”).",
    },
    "moments.reviewed_not_later": {
        "fr": "«\u00a0reviewed_at\u00a0» doit nommer un moment postérieur de la fiche, pas "
        "«\u00a0{moment}\u00a0» (moments postérieurs\u00a0: {allowed}).",
        "en": "“reviewed_at” must name a later moment of the card, not “{moment}” (later "
        "moments: {allowed}).",
    },
    "moments.unknown_moment_in_card": {
        "fr": "La fiche n’a pas de moment «\u00a0{moment}\u00a0» (moments\u00a0: {allowed}).",
        "en": "The card has no moment “{moment}” (moments: {allowed}).",
    },
    # ---- choosing a moment
    "moments.unknown_moment": {
        "fr": "L’outil {tool} n’a pas de moment «\u00a0{moment}\u00a0» (moments\u00a0: {choices}).",
        "en": "The tool {tool} has no moment “{moment}” (moments: {choices}).",
    },
    "moments.tool_has_one_moment": {
        "fr": "L’outil {tool} se déroule en un seul moment\u00a0: il n’a pas de moment "
        "«\u00a0{moment}\u00a0».",
        "en": "The tool {tool} happens in a single moment: it has no moment “{moment}”.",
    },
    "moments.one_tool_only": {
        "fr": "--moment vaut pour un seul outil\u00a0: donnez-en un seul.",
        "en": "--moment is for a single tool: give only one.",
    },
    # ---- sheets and show
    "moments.after_days": {
        "fr": "{min} à {max}\u00a0jours après",
        "en": "{min} to {max} days after",
    },
    "moments.then": {
        "fr": "puis {name}, {after}",
        "en": "then {name}, {after}",
    },
    "moments.after_first": {
        "fr": "{after} {first}",
        "en": "{after} {first}",
    },
    "moments.heading": {
        "fr": "Moment {number} sur {count}\u00a0: {name}",
        "en": "Moment {number} of {count}: {name}",
    },
    "help.moment_option": {
        "fr": "Le moment de l’outil, pour un outil en plusieurs moments (par exemple debrief "
        "pour en-immersion, report-back pour audace-up\u202f; voir «\u00a0innovkit show\u00a0»).",
        "en": "The tool’s moment, for a tool in several moments (for example debrief for "
        "en-immersion, report-back for audace-up; see “innovkit show”).",
    },
    # ---- the run of a later moment
    "moments.which_cycle": {
        "fr": "Ce «\u00a0{moment}\u00a0» fait suite à quelle séance\u202f?",
        "en": "Which session does this “{moment}” follow?",
    },
    "moments.follows_the_only": {
        "fr": "Suite de la séance du {session}.",
        "en": "Following the session of {session}.",
    },
    "moments.people": {
        "fr": "{count}\u00a0participants",
        "en": "{count} participants",
    },
    # ---- the report
    "moments.report_cycles": {"fr": "{cycles} (dont {done})", "en": "{cycles} ({done})"},
    "moments.n_cycles": {"fr": "{count}\u00a0cycles", "en": "{count} cycles"},
    "moments.n_cycles_one": {"fr": "{count}\u00a0cycle", "en": "{count} cycle"},
    "moments.n_cycles_zero": {"fr": "aucun cycle", "en": "no cycle"},
    "moments.n_done_zero": {"fr": "aucun retour fait", "en": "none followed up yet"},
    "moments.n_done": {"fr": "{count}\u00a0retours faits", "en": "{count} followed up"},
    "moments.n_done_one": {"fr": "{count}\u00a0retour fait", "en": "{count} followed up"},
    # ---- the calendar
    "moments.ics_description": {
        "fr": "{moment} de l’atelier {tool} du {date}\u00a0: {window}, {minutes}\u00a0min. "
        "Déplacez-le au jour et à l’heure qui conviennent. Le jour venu\u00a0: {command}",
        "en": "{moment} of the {tool} workshop of {date}: {window}, {minutes} min. Move it to "
        "the day and time that suit. On the day: {command}",
    },
    # ---- the journal
    "metavar.SESSION": {"fr": "SÉANCE", "en": "SESSION"},
    "metavar.MOMENT": {"fr": "MOMENT", "en": "MOMENT"},
    "spreadsheet.col_moment": {"fr": "Moment", "en": "Moment"},
    "spreadsheet.col_follows": {"fr": "Suite de", "en": "Follows"},
    "journal.label_moment": {"fr": "Moment", "en": "Moment"},
    "journal.label_follows": {"fr": "Suite de la séance", "en": "Follows the session"},
    "journal.label_followed_by": {"fr": "Suivie par", "en": "Followed by"},
    "journal.review_to_confirm": {
        "fr": "Statuts notés lors de cette séance, à reporter ici\u00a0: «\u00a0{command}\u00a0».",
        "en": "Statuses recorded at that session, to write here: “{command}”.",
    },
    "help.journal_moment": {
        "fr": "Le moment de l’outil, pour un outil en plusieurs moments (debrief, "
        "report-back, review…). Sans lui\u00a0: le premier.",
        "en": "The tool’s moment, for a tool in several moments (debrief, report-back, "
        "review…). Without it: the first.",
    },
    "help.journal_follows": {
        "fr": "Pour un moment de suite\u00a0: l’identifiant (ou son début) de la première "
        "séance du cycle. Sans lui\u00a0: le dernier cycle ouvert de l’outil.",
        "en": "For a later moment: the id (or its beginning) of the cycle’s first session. "
        "Without it: the tool’s latest open cycle.",
    },
    "help.sheet_follows": {
        "fr": "Pour la fiche d’un moment de suite\u00a0: l’identifiant (ou son début) de la "
        "première séance du cycle\u00a0; la grille porte alors ses éléments, sans nom.",
        "en": "For the sheet of a later moment: the id (or its beginning) of the cycle’s first "
        "session; its grid then carries that session's items, with no names.",
    },
    "moments.sheet_follows_needs_moment": {
        "fr": "--follows va avec --moment et un seul outil\u00a0: la fiche d’un moment de suite "
        "(«\u00a0innovkit sheet audace-up --moment report-back --follows ID\u00a0»).",
        "en": "--follows goes with --moment and one tool: the sheet of a later moment "
        "(“innovkit sheet audace-up --moment report-back --follows ID”).",
    },
    "moments.first_follows_nothing": {
        "fr": "«\u00a0{moment}\u00a0» est le premier moment de {tool}\u00a0: il ne suit "
        "aucune séance. Retirez --follows.",
        "en": "“{moment}” is the first moment of {tool}: it follows no session. Leave out "
        "--follows.",
    },
    "moments.no_cycle": {
        "fr": "Aucune séance de {tool} n’attend son moment «\u00a0{moment}\u00a0»\u00a0: "
        "notez d’abord le premier moment, ou donnez la séance avec --follows.",
        "en": "No session of {tool} is waiting for its moment “{moment}”: record the first "
        "moment first, or give the session with --follows.",
    },
    "moments.not_a_first_session": {
        "fr": "La séance {id} n’est pas un premier moment de {tool}\u00a0: donnez avec "
        "--follows la séance qui ouvre le cycle.",
        "en": "The session {id} is not a first moment of {tool}: give with --follows the "
        "session that opens the cycle.",
    },
    "moments.colleagues_action_open": {
        "fr": "Votre séance est reliée à la séance {id} du {date}, enregistrée par "
        "{who}\u00a0; son action de suivi ({action}) reste ouverte\u00a0: dans le journal "
        "partagé, c’est au compte {owner} (ou à la coordination de l’équipe) de la clore.",
        "en": "Your session is linked to session {id} of {date}, recorded by {who}; its "
        "follow-up action ({action}) stays open: in the shared journal, it is for the account "
        "{owner} (or the team's coordinators) to close it.",
    },
    "moments.follows_unknown": {
        "fr": "Aucune séance du journal ne commence par «\u00a0{id}\u00a0».",
        "en": "No session in the journal starts with “{id}”.",
    },
    "moments.follow_up_action": {
        "fr": "{moment} — {tool}",
        "en": "{moment} — {tool}",
    },
    # ---- a later moment gathers the statuses of the first session's items
    "journal.review_applied": {
        "fr": "Les statuts sont reportés sur les éléments de la première séance ({first}).",
        "en": "The statuses are written onto the items of the first session ({first}).",
    },
    "journal.review_waits": {
        "fr": "Les statuts sont gardés avec votre séance\u00a0: la première ({first}) ne peut "
        "être changée que par la personne qui l’a notée, ou par la coordination. Pour les y "
        "reporter\u00a0: «\u00a0innovkit journal edit {first} {options}\u00a0».",
        "en": "The statuses are kept with your session: the first one ({first}) may only be "
        "changed by whoever recorded it, or by the coordination. To write them onto it: "
        "“innovkit journal edit {first} {options}”.",
    },
}
