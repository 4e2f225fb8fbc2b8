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
        "pour en-immersion, report-back pour audace-up\u00a0; voir «\u00a0innovkit show\u00a0»).",
        "en": "The tool’s moment, for a tool in several moments (for example debrief for "
        "en-immersion, report-back for audace-up; see “innovkit show”).",
    },
    # ---- the journal
    "moments.follow_up_action": {
        "fr": "{moment} — {tool}",
        "en": "{moment} — {tool}",
    },
}
