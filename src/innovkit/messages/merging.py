"""Sentences of a merge: what an import did field by field, conflicts, deletions that travel
(see ``innovkit.messages``). French typography: no-break spaces inside « » and before : ; ? !"""

MESSAGES: dict[str, dict[str, str]] = {
    "merging.conflict_unknown": {
        "fr": "Aucun conflit n’a l’identifiant «\u00a0{id}\u00a0»\u00a0: «\u00a0innovkit "
        "journal conflicts\u00a0» montre "
        "les identifiants.",
        "en": "No conflict has the id “{id}”: “innovkit journal conflicts” shows the ids.",
    },
    "merging.conflict_ambiguous": {
        "fr": "Plusieurs conflits commencent par «\u00a0{id}\u00a0» ({choices}…)\u00a0: tapez "
        "quelques "
        "caractères de plus.",
        "en": "Several conflicts start with “{id}” ({choices}…): type a few more characters.",
    },
    "merging.conflict_closed": {
        "fr": "Le conflit {id} est déjà réglé\u00a0: rien n’a changé.",
        "en": "Conflict {id} is already settled: nothing changed.",
    },
    "merging.conflict_session_gone": {
        "fr": "La séance du conflit {id} n’est plus dans le journal\u00a0: l’autre valeur ne "
        "peut pas "
        "y être remise. «\u00a0--accept {id}\u00a0» clôt le conflit.",
        "en": "The session of conflict {id} is no longer in the journal: the other value cannot "
        "be put back. “--accept {id}” closes the conflict.",
    },
    "merging.import_bad_deletions": {
        "fr": "Le fichier {path} a une liste de séances supprimées («\u00a0deletions\u00a0») "
        "illisible\u00a0: "
        "rien n’a été importé.",
        "en": "The file {path} has a list of deleted sessions (“deletions”) that cannot be "
        "read: nothing was imported.",
    },
    "merging.also": {
        "fr": "Et aussi\u00a0: {parts}.",
        "en": "Also: {parts}.",
    },
    "merging.n_conflicts.one": {"fr": "{count} conflit", "en": "{count} conflict"},
    "merging.n_conflicts.other": {"fr": "{count} conflits", "en": "{count} conflicts"},
    "merging.n_deleted.one": {
        "fr": "{count} séance supprimée comme dans le fichier",
        "en": "{count} session deleted as in the file",
    },
    "merging.n_deleted.other": {
        "fr": "{count} séances supprimées comme dans le fichier",
        "en": "{count} sessions deleted as in the file",
    },
    "merging.n_to_delete.one": {
        "fr": "{count} séance à supprimer comme dans le fichier",
        "en": "{count} session to delete as in the file",
    },
    "merging.n_to_delete.other": {
        "fr": "{count} séances à supprimer comme dans le fichier",
        "en": "{count} sessions to delete as in the file",
    },
    "merging.n_not_restored.one": {
        "fr": "{count} séance supprimée ici non reprise",
        "en": "{count} session deleted here not brought back",
    },
    "merging.n_not_restored.other": {
        "fr": "{count} séances supprimées ici non reprises",
        "en": "{count} sessions deleted here not brought back",
    },
    "merging.updated_line": {
        "fr": "  • {session}\u00a0: mis à jour\u00a0: {fields}.",
        "en": "  • {session}: updated: {fields}.",
    },
    "merging.updated_line_dry": {
        "fr": "  • {session}\u00a0: à mettre à jour\u00a0: {fields}.",
        "en": "  • {session}: to update: {fields}.",
    },
    "merging.conflict_line": {
        "fr": "  ⚠ Conflit, {session}, {field}\u00a0: modifié des deux côtés. Gardé\u00a0: "
        "«\u00a0{kept}\u00a0» "
        "({side}, la modification la plus récente)\u00a0; mis de côté\u00a0: "
        "«\u00a0{other}\u00a0».",
        "en": "  ⚠ Conflict, {session}, {field}: changed on both sides. Kept: “{kept}” ({side}, "
        "the more recent change); set aside: “{other}”.",
    },
    "merging.side_here": {"fr": "la valeur d’ici", "en": "this journal’s value"},
    "merging.side_theirs": {"fr": "la valeur importée", "en": "the imported value"},
    "merging.conflicts_hint": {
        "fr": "«\u00a0innovkit journal conflicts\u00a0» liste les conflits\u00a0; "
        "«\u00a0innovkit journal conflicts "
        "--keep-other ID\u00a0» reprend la valeur mise de côté.",
        "en": "“innovkit journal conflicts” lists the conflicts; “innovkit journal conflicts "
        "--keep-other ID” takes the value set aside.",
    },
    "merging.settle_hint": {
        "fr": "«\u00a0innovkit journal conflicts --keep-other ID\u00a0» reprend la valeur mise de "
        "côté, «\u00a0--accept ID\u00a0» garde la valeur retenue\u00a0; l’un comme l’autre clôt le "
        "conflit.",
        "en": "“innovkit journal conflicts --keep-other ID” takes the value set aside, “--accept "
        "ID” keeps the value kept; either closes the conflict.",
    },
    "merging.deleted_line": {
        "fr": "  ✗ {session}\u00a0: supprimée, comme dans le fichier importé (le {when}{by}).",
        "en": "  ✗ {session}: deleted, as in the imported file (on {when}{by}).",
    },
    "merging.deleted_line_dry": {
        "fr": "  ✗ {session}\u00a0: à supprimer, comme dans le fichier importé (supprimée le "
        "{when}{by}).",
        "en": "  ✗ {session}: to delete, as in the imported file (deleted on {when}{by}).",
    },
    "merging.by": {"fr": " par {name}", "en": " by {name}"},
    "merging.restored_line": {
        "fr": "  ↺ {session}\u00a0: supprimée ici, mais modifiée ailleurs après sa "
        "suppression\u00a0: elle "
        "revient.",
        "en": "  ↺ {session}: deleted here, but changed elsewhere after its deletion: it comes "
        "back.",
    },
    "merging.kept_after_line": {
        "fr": "  • {session}\u00a0: supprimée dans le fichier importé, mais modifiée ici après sa "
        "suppression\u00a0: gardée.",
        "en": "  • {session}: deleted in the imported file, but changed here after its "
        "deletion: kept.",
    },
    "merging.empty_value": {"fr": "(vide)", "en": "(empty)"},
    "merging.action_field": {"fr": "{part} de l’action {id}", "en": "{part} of action {id}"},
    "merging.part_text": {"fr": "texte", "en": "text"},
    "merging.part_owner": {"fr": "responsable", "en": "owner"},
    "merging.part_due": {"fr": "échéance", "en": "due date"},
    "merging.part_status": {"fr": "état", "en": "status"},
    "merging.status_open": {"fr": "à faire", "en": "open"},
    "merging.status_done": {"fr": "faite", "en": "done"},
    "merging.session_gone": {"fr": "séance {id} (supprimée)", "en": "session {id} (deleted)"},
    "merging.conflicts_none": {
        "fr": "Aucun conflit ouvert\u00a0: tout ce qui a été importé s’est accordé.",
        "en": "No open conflict: everything imported agreed.",
    },
    "merging.col_id": {"fr": "Id", "en": "Id"},
    "merging.col_session": {"fr": "Séance", "en": "Session"},
    "merging.col_field": {"fr": "Champ", "en": "Field"},
    "merging.col_kept": {"fr": "Gardé", "en": "Kept"},
    "merging.col_other": {"fr": "Mis de côté", "en": "Set aside"},
    "merging.col_from": {"fr": "Valeur gardée", "en": "Kept from"},
    "merging.from_here": {"fr": "ici", "en": "here"},
    "merging.from_theirs": {"fr": "l’import", "en": "the import"},
    "merging.from_edit": {"fr": "une modification de {by}", "en": "a change by {by}"},
    "merging.n_open.one": {"fr": "{count} conflit ouvert.", "en": "{count} open conflict."},
    "merging.n_open.other": {"fr": "{count} conflits ouverts.", "en": "{count} open conflicts."},
    "merging.took_other": {
        "fr": "Conflit {id} réglé\u00a0: {session}, {field} vaut maintenant «\u00a0{value}\u00a0».",
        "en": "Conflict {id} settled: {session}, {field} is now “{value}”.",
    },
    "merging.accepted": {
        "fr": "Conflit {id} réglé\u00a0: {session}, {field} garde «\u00a0{value}\u00a0».",
        "en": "Conflict {id} settled: {session}, {field} keeps “{value}”.",
    },
    "merging.keep_and_accept": {
        "fr": "Choisissez l’un ou l’autre\u00a0: --keep-other ou --accept, pour un conflit à la "
        "fois.",
        "en": "Choose one: --keep-other or --accept, for one conflict at a time.",
    },
    "help.journal_conflicts": {
        "fr": "Lister les conflits laissés par les imports, et les régler.",
        "en": "List the conflicts imports left, and settle them.",
    },
    "help.journal_keep_other": {
        "fr": "Reprendre la valeur mise de côté du conflit ID, et clore le conflit.",
        "en": "Take the value set aside by conflict ID, and close the conflict.",
    },
    "help.journal_accept": {
        "fr": "Garder la valeur retenue du conflit ID, et clore le conflit.",
        "en": "Keep the value conflict ID kept, and close the conflict.",
    },
}
