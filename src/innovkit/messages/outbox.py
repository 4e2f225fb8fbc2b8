"""Sentences of the outbox: sessions kept on this computer while the shared journal cannot be
reached, ``journal sync`` and ``journal status`` (see ``innovkit.messages``). French
typography: no-break spaces inside « » and before : ; ? !"""

MESSAGES: dict[str, dict[str, str]] = {
    "outbox.kept": {
        "fr": "Le serveur du journal est injoignable\u00a0: la séance {id} est gardée sur cet "
        "ordinateur\u00a0; «\u00a0innovkit journal sync\u00a0» l’enverra.",
        "en": "The journal's server cannot be reached: session {id} is kept on this computer; "
        "“innovkit journal sync” will send it.",
    },
    "outbox.waiting.one": {
        "fr": "{count} séance attend dans la boîte d’envoi de cet ordinateur\u00a0: "
        "«\u00a0innovkit journal sync\u00a0» l’enverra quand le serveur répondra.",
        "en": "{count} session waits in this computer's outbox: “innovkit journal sync” will "
        "send it when the server answers.",
    },
    "outbox.waiting.other": {
        "fr": "{count} séances attendent dans la boîte d’envoi de cet ordinateur\u00a0: "
        "«\u00a0innovkit journal sync\u00a0» les enverra quand le serveur répondra.",
        "en": "{count} sessions wait in this computer's outbox: “innovkit journal sync” will "
        "send them when the server answers.",
    },
    "outbox.n_sent.one": {"fr": "{count} séance envoyée", "en": "{count} session sent"},
    "outbox.n_sent.other": {"fr": "{count} séances envoyées", "en": "{count} sessions sent"},
    "outbox.sync_done": {
        "fr": "{sent}, {conflicts} en conflit.",
        "en": "{sent}, {conflicts} in conflict.",
    },
    "outbox.n_already.one": {
        "fr": "{count} séance était déjà sur le serveur (envoyée avant une interruption)\u00a0: "
        "elle n’a pas été ajoutée une seconde fois.",
        "en": "{count} session was already on the server (sent before an interruption): it was "
        "not added a second time.",
    },
    "outbox.n_already.other": {
        "fr": "{count} séances étaient déjà sur le serveur (envoyées avant une "
        "interruption)\u00a0: elles n’ont pas été ajoutées une seconde fois.",
        "en": "{count} sessions were already on the server (sent before an interruption): "
        "they were not added a second time.",
    },
    "outbox.n_linked.one": {
        "fr": "Dont {count} moment suivant, relié à sa première séance comme lors d’un "
        "enregistrement en ligne.",
        "en": "Among them, {count} later moment, linked to its first session as when recorded "
        "online.",
    },
    "outbox.n_linked.other": {
        "fr": "Dont {count} moments suivants, reliés à leur première séance comme lors d’un "
        "enregistrement en ligne.",
        "en": "Among them, {count} later moments, linked to their first sessions as when "
        "recorded online.",
    },
    "outbox.moment_action_open": {
        "fr": "La séance {id} du {date} est reliée à la séance {first} du {first_date}, "
        "enregistrée par {who}\u00a0; son action de suivi ({action}) reste ouverte\u00a0: dans "
        "le journal partagé, c’est au compte {owner} (ou à la coordination de l’équipe) de la "
        "clore.",
        "en": "Session {id} of {date} is linked to session {first} of {first_date}, recorded "
        "by {who}; its follow-up action ({action}) stays open: in the shared journal, it is "
        "for the account {owner} (or the team's coordinators) to close it.",
    },
    "outbox.moment_review_waits": {
        "fr": "La première séance ({first}) de la séance {id} appartient à un ou une "
        "collègue\u00a0: les statuts sont gardés avec la séance {id}, et la personne qui a noté "
        "la première doit les confirmer («\u00a0innovkit journal edit {first} --outcome "
        "…\u00a0»).",
        "en": "The first session ({first}) of session {id} belongs to a colleague: the "
        "statuses are kept with session {id}, and whoever recorded the first one must confirm "
        "them (“innovkit journal edit {first} --outcome …”).",
    },
    "outbox.n_unlinked.one": {
        "fr": "{count} moment suivant ({tools}) a été envoyé tel qu’il a été noté, sans être "
        "relié à sa première séance\u00a0: la fiche de l’outil est introuvable sur cet "
        "ordinateur (un dossier de fiches --cards oublié\u00a0?).",
        "en": "{count} later moment ({tools}) was sent as recorded, not linked to its first "
        "session: the tool's card cannot be found on this computer (a --cards folder "
        "forgotten?).",
    },
    "outbox.n_unlinked.other": {
        "fr": "{count} moments suivants ({tools}) ont été envoyés tels qu’ils ont été notés, "
        "sans être reliés à leur première séance\u00a0: la fiche de l’outil est introuvable sur "
        "cet ordinateur (un dossier de fiches --cards oublié\u00a0?).",
        "en": "{count} later moments ({tools}) were sent as recorded, not linked to their "
        "first sessions: the tool's card cannot be found on this computer (a --cards folder "
        "forgotten?).",
    },
    "outbox.sync_conflicts": {
        "fr": "«\u00a0innovkit journal conflicts\u00a0» montre les conflits, et les règle.",
        "en": "“innovkit journal conflicts” shows the conflicts, and settles them.",
    },
    "outbox.sync_refused": {
        "fr": "La séance {id} du {date} reste dans la boîte d’envoi, refusée par le journal "
        "partagé\u00a0: {reason}",
        "en": "Session {id} of {date} stays in the outbox, refused by the shared journal: {reason}",
    },
    "outbox.n_refused.one": {
        "fr": "{count} séance refusée reste dans la boîte d’envoi\u00a0: une fois la cause "
        "réglée, «\u00a0innovkit journal sync\u00a0» la renverra\u00a0; si elle ne peut pas "
        "l’être (un compte en lecture seule, la séance d’un ou d’une collègue), "
        "«\u00a0innovkit journal sync --refused-to FICHIER.json\u00a0» l’écrit dans un "
        "fichier à faire importer par la coordination, et la retire de la boîte.",
        "en": "{count} refused session stays in the outbox: once the cause is settled, "
        "“innovkit journal sync” will send it again; if it cannot be (a read-only account, a "
        "colleague's session), “innovkit journal sync --refused-to FILE.json” writes it to a "
        "file for the coordination to import, and takes it out of the outbox.",
    },
    "outbox.n_refused.other": {
        "fr": "{count} séances refusées restent dans la boîte d’envoi\u00a0: une fois la cause "
        "réglée, «\u00a0innovkit journal sync\u00a0» les renverra\u00a0; si elles ne "
        "peuvent pas l’être (un compte en lecture seule, les séances d’un ou d’une collègue), "
        "«\u00a0innovkit journal sync --refused-to FICHIER.json\u00a0» les écrit dans un "
        "fichier à faire importer par la coordination, et les retire de la boîte.",
        "en": "{count} refused sessions stay in the outbox: once the cause is settled, "
        "“innovkit journal sync” will send them again; if they cannot be (a read-only account, "
        "a colleague's sessions), “innovkit journal sync --refused-to FILE.json” writes them "
        "to a file for the coordination to import, and takes them out of the outbox.",
    },
    "outbox.n_handed_over.one": {
        "fr": "{count} séance refusée est écrite dans {path}, et retirée de la boîte "
        "d’envoi\u00a0: à faire importer («\u00a0innovkit journal import {path}\u00a0») par "
        "la personne qui peut la noter, ou par la coordination.",
        "en": "{count} refused session is written to {path} and taken out of the outbox: to "
        "be imported (“innovkit journal import {path}”) by whoever may record it, or by the "
        "coordination.",
    },
    "outbox.n_handed_over.other": {
        "fr": "{count} séances refusées sont écrites dans {path}, et retirées de la boîte "
        "d’envoi\u00a0: à faire importer («\u00a0innovkit journal import {path}\u00a0») par "
        "les personnes qui peuvent les noter, ou par la coordination.",
        "en": "{count} refused sessions are written to {path} and taken out of the outbox: to "
        "be imported (“innovkit journal import {path}”) by whoever may record them, or by the "
        "coordination.",
    },
    "outbox.elsewhere.one": {
        "fr": "{count} séance attend dans la boîte d’envoi pour un autre journal partagé, "
        "{path}\u00a0: elle n’est pas envoyée à celui-ci\u00a0; «\u00a0innovkit journal "
        "sync\u00a0» l’y enverra quand ce journal sera de nouveau le vôtre (innovkit config "
        "set journal {path}).",
        "en": "{count} session waits in the outbox for another shared journal, {path}: it is "
        "not sent to this one; “innovkit journal sync” will send it there when that journal "
        "is yours again (innovkit config set journal {path}).",
    },
    "outbox.elsewhere.other": {
        "fr": "{count} séances attendent dans la boîte d’envoi pour un autre journal partagé, "
        "{path}\u00a0: elles ne sont pas envoyées à celui-ci\u00a0; «\u00a0innovkit journal "
        "sync\u00a0» les y enverra quand ce journal sera de nouveau le vôtre (innovkit config "
        "set journal {path}).",
        "en": "{count} sessions wait in the outbox for another shared journal, {path}: they "
        "are not sent to this one; “innovkit journal sync” will send them there when that "
        "journal is yours again (innovkit config set journal {path}).",
    },
    "outbox.nothing_here": {
        "fr": "Rien à envoyer à ce journal partagé.",
        "en": "Nothing to send to this shared journal.",
    },
    "outbox.status_kept_back": {
        "fr": "La séance {id} du {date} a été refusée par le journal partagé\u00a0: {reason}",
        "en": "Session {id} of {date} was refused by the shared journal: {reason}",
    },
    "outbox.nothing": {
        "fr": "La boîte d’envoi est vide\u00a0: rien à envoyer.",
        "en": "The outbox is empty: nothing to send.",
    },
    "outbox.local_nothing": {
        "fr": "Le journal est le fichier {path}, sur cet ordinateur\u00a0: tout y est enregistré "
        "directement, il n’y a rien à envoyer.",
        "en": "The journal is the file {path}, on this computer: everything is recorded in it "
        "directly, there is nothing to send.",
    },
    "outbox.local_waiting": {
        "fr": "Le journal est maintenant le fichier {path}, sur cet ordinateur, et la boîte "
        "d’envoi garde des séances pour un journal partagé\u00a0: remettez l’adresse du "
        "journal partagé (innovkit config set journal postgresql://…), puis relancez "
        "«\u00a0innovkit journal sync\u00a0». Rien n’a été envoyé.",
        "en": "The journal is now the file {path}, on this computer, and the outbox keeps "
        "sessions for a shared journal: set the shared journal's address again (innovkit "
        "config set journal postgresql://…), then run “innovkit journal sync” again. Nothing "
        "was sent.",
    },
    "outbox.status_file": {
        "fr": "Journal\u00a0: le fichier {path}, sur cet ordinateur.",
        "en": "Journal: the file {path}, on this computer.",
    },
    "outbox.status_shared": {
        "fr": "Journal partagé\u00a0: {path}",
        "en": "Shared journal: {path}",
    },
    "outbox.status_reachable": {
        "fr": "Le serveur répond.",
        "en": "The server answers.",
    },
    "outbox.status_unreachable": {
        "fr": "Le serveur est injoignable en ce moment (réseau, nom du serveur, ou serveur "
        "arrêté)\u00a0: les séances enregistrées sont gardées sur cet ordinateur.",
        "en": "The server cannot be reached at the moment (network, server name, or server "
        "stopped): sessions recorded are kept on this computer.",
    },
    "outbox.status_none": {
        "fr": "Pas de boîte d’envoi\u00a0: un journal sur cet ordinateur enregistre tout "
        "directement.",
        "en": "No outbox: a journal on this computer records everything directly.",
    },
    "outbox.status_empty": {
        "fr": "Boîte d’envoi\u00a0: vide.",
        "en": "Outbox: empty.",
    },
    "outbox.status_waiting.one": {
        "fr": "Boîte d’envoi\u00a0: {count} séance en attente, celle du {date}.",
        "en": "Outbox: {count} session waiting, that of {date}.",
    },
    "outbox.status_waiting.other": {
        "fr": "Boîte d’envoi\u00a0: {count} séances en attente, la plus ancienne du {date}.",
        "en": "Outbox: {count} sessions waiting, the oldest of {date}.",
    },
    "outbox.hint_now.one": {
        "fr": "«\u00a0innovkit journal sync\u00a0» l’envoie maintenant.",
        "en": "“innovkit journal sync” sends it now.",
    },
    "outbox.hint_now.other": {
        "fr": "«\u00a0innovkit journal sync\u00a0» les envoie maintenant.",
        "en": "“innovkit journal sync” sends them now.",
    },
    "outbox.hint_later.one": {
        "fr": "«\u00a0innovkit journal sync\u00a0» l’enverra quand le serveur répondra.",
        "en": "“innovkit journal sync” will send it when the server answers.",
    },
    "outbox.hint_later.other": {
        "fr": "«\u00a0innovkit journal sync\u00a0» les enverra quand le serveur répondra.",
        "en": "“innovkit journal sync” will send them when the server answers.",
    },
    "help.journal_sync_refused_to": {
        "fr": "Écrire dans FICHIER (un export que «\u00a0journal import\u00a0» lit) les séances "
        "que le journal partagé refuse, et les retirer de la boîte d’envoi.",
        "en": "Write to FILE (an export “journal import” reads) the sessions the shared journal "
        "refuses, and take them out of the outbox.",
    },
    "help.journal_sync": {
        "fr": "Envoyer au journal partagé les séances gardées sur cet ordinateur pendant "
        "qu’il était injoignable.",
        "en": "Send the shared journal the sessions kept on this computer while it could not "
        "be reached.",
    },
    "help.journal_status": {
        "fr": "Dire où est le journal, s’il répond, et ce qui attend dans la boîte d’envoi.",
        "en": "Say where the journal is, whether it answers, and what waits in the outbox.",
    },
}
