"""Sentences of ``innovkit opendata`` (see ``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "opendata.written": {
        "fr": "Données ouvertes écrites dans {folder}\u00a0: {tools} outils, {levers} leviers, "
        "{rows} pour {sessions} ({merged}). Licence Ouverte 2.0 (Etalab).",
        "en": "Open data written to {folder}: {tools} tools, {levers} levers, {rows} for "
        "{sessions} ({merged}). Licence Ouverte 2.0 (Etalab).",
    },
    "opendata.n_rows.one": {"fr": "{count} ligne d’activité", "en": "{count} activity row"},
    "opendata.n_rows.other": {"fr": "{count} lignes d’activité", "en": "{count} activity rows"},
    "opendata.n_sessions.one": {"fr": "{count} séance", "en": "{count} session"},
    "opendata.n_sessions.other": {"fr": "{count} séances", "en": "{count} sessions"},
    "opendata.n_merged.one": {
        "fr": "{count} regroupement de petits effectifs, {hidden}",
        "en": "{count} merged row of small numbers, {hidden}",
    },
    "opendata.n_merged.other": {
        "fr": "{count} regroupements de petits effectifs, {hidden}",
        "en": "{count} merged rows of small numbers, {hidden}",
    },
    "opendata.n_hidden.one": {"fr": "dont {count} masqué", "en": "{count} of them suppressed"},
    "opendata.n_hidden.other": {"fr": "dont {count} masqués", "en": "{count} of them suppressed"},
    "help.opendata": {
        "fr": "Publie les outils et l’activité en données ouvertes (Frictionless Data "
        "Package\u00a0: datapackage.json et fichiers CSV), sans texte libre, sans nom ni "
        "service, les petits effectifs regroupés.",
        "en": "Publish the tools and the activity as open data (a Frictionless Data Package: "
        "datapackage.json and CSV files), with no free text, no names or services, small "
        "numbers merged.",
    },
    "help.opendata_output": {
        "fr": "Le dossier où écrire le paquet (créé s’il n’existe pas\u00a0; vide, sauf --force).",
        "en": "The folder to write the package to (created if missing; empty, unless --force).",
    },
    "help.opendata_force": {
        "fr": "Remplacer les fichiers du paquet déjà présents dans le dossier.",
        "en": "Replace the package's files already in the folder.",
    },
}
