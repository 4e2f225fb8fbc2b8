"""Sentences about the group a tool's form holds: a variant's size, printing beyond it, the
other forms a sheet lists, a described variant's sheet (see ``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "cards.variant_size_empty": {
        "fr": "donnez le minimum, le maximum ou les deux\u00a0: "
        "«\u00a0participants: {{max: 12}}\u00a0».",
        "en": "give the minimum, the maximum or both: “participants: {{max: 12}}”.",
    },
    "cards.variant_size_outside": {
        "fr": "{value} personnes sort de la taille de l’outil lui-même ({min} à {max}).",
        "en": "{value} people is outside the tool’s own size ({min} to {max}).",
    },
}
MESSAGES.update(
    {
        "sizes.beyond_max": {
            "fr": "«\u00a0{variant}\u00a0» tient jusqu’à {max}\u00a0personnes\u00a0; pour {count}, "
            "prévoyez la version complète ou deux groupes.",
            "en": "“{variant}” holds up to {max} people; for {count}, plan the full version or "
            "two groups.",
        },
        "sizes.below_min": {
            "fr": "«\u00a0{variant}\u00a0» demande au moins {min}\u00a0personnes\u00a0; pour "
            "{count}, prévoyez la version complète.",
            "en": "“{variant}” needs at least {min} people; for {count}, plan the full version.",
        },
        # the same, said on stderr, where the tool is not in front of the reader
        "sizes.beyond_max_of": {
            "fr": "«\u00a0{variant}\u00a0» de {tool} tient jusqu’à {max}\u00a0personnes\u00a0; "
            "pour {count}, prévoyez la version complète ou deux groupes.",
            "en": "“{variant}” of {tool} holds up to {max} people; for {count}, plan the full "
            "version or two groups.",
        },
        "sizes.below_min_of": {
            "fr": "«\u00a0{variant}\u00a0» de {tool} demande au moins {min}\u00a0personnes\u00a0; "
            "pour {count}, prévoyez la version complète.",
            "en": "“{variant}” of {tool} needs at least {min} people; for {count}, plan the full "
            "version.",
        },
        "sizes.size_range": {
            "fr": "{min} à {max}\u00a0personnes",
            "en": "{min} to {max} people",
        },
        "sizes.not_for": {
            "fr": "{size}, pas pour {count}",
            "en": "{size}, not for {count}",
        },
        "sizes.size_exactly": {
            "fr": "{count}\u00a0personnes",
            "en": "{count} people",
        },
    }
)

# The sheet's words for the other forms of a tool (``documents.*``: the templates' ``t``).
MESSAGES.update(
    {
        "documents.other_forms": {"fr": "Autres formes", "en": "Other forms"},
        "documents.list_sep": {"fr": "\u00a0;", "en": ";"},
        "documents.described_forms": {"fr": "décrites", "en": "described"},
        "documents.not_timed": {
            "fr": "décrite, sans minutage",
            "en": "described, not timed",
        },
    }
)

# The sheet of a described variant (``documents.described``).
MESSAGES.update(
    {
        "documents.described_kicker": {
            "fr": "Fiche d’une variante décrite, sans minutage",
            "en": "Sheet of a described variant, not timed",
        },
        "documents.form": {"fr": "La forme", "en": "The form"},
        "documents.full_form": {"fr": "La forme complète", "en": "The full form"},
        "documents.full_form_note": {
            "fr": "Pour comparer\u00a0: {duration} pour {count}\u00a0participants.",
            "en": "For comparison: {duration} for {count} participants.",
        },
        "documents.full_form_print": {
            "fr": "Sa fiche de déroulé",
            "en": "Its run sheet",
        },
        "documents.described_debrief_note": {
            "fr": "Celles de l’outil\u00a0: gardez celles qui servent à cette forme.",
            "en": "The tool’s own: keep those this form needs.",
        },
        "documents.described_materials_note": {
            "fr": "Celui de l’outil\u00a0: gardez ce qui sert à cette forme.",
            "en": "The tool’s own: keep what this form needs.",
        },
    }
)
