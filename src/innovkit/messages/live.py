"""Sentences of the live session: ``timer`` and ``run`` (see ``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {
    # durations
    "live.bad_duration": {
        "fr": "« {value} » n’est pas une durée : écrivez par exemple 90s, 5m, 5, 1h30 ou 10:00.",
        "en": "“{value}” is not a duration: write for example 90s, 5m, 5, 1h30 or 10:00.",
    },
    "live.duration_zero": {
        "fr": "La durée « {value} » doit être plus longue que zéro.",
        "en": "The duration “{value}” must be longer than zero.",
    },
    "live.duration_too_long": {
        "fr": "La durée « {value} » dépasse 24 heures : choisissez une durée plus courte.",
        "en": "The duration “{value}” is over 24 hours: choose a shorter one.",
    },
    "live.seconds_short": {"fr": "{seconds} s", "en": "{seconds} s"},
    "live.hours_short": {"fr": "{hours} h {minutes}", "en": "{hours} h {minutes}"},
    # the guided run: drafts
    "live.draft_unreadable": {
        "fr": "Le brouillon {path} est illisible ou abîmé : il n’a pas été modifié. Déplacez-le "
        "ailleurs pour démarrer une nouvelle séance.",
        "en": "The draft {path} cannot be read or is damaged; it was left as it is. Move it "
        "elsewhere to start a new session.",
    },
    "live.resumed_notice": {
        "fr": "Séance reprise là où elle s’était arrêtée. Le chrono est en pause : "
        "espace pour repartir.",
        "en": "Session resumed where it stopped. The countdown is paused: space to start again.",
    },
    "live.quit_keep_draft": {
        "fr": "Garder le brouillon pour reprendre plus tard ?",
        "en": "Keep the draft to resume later?",
    },
    "live.quit_help": {
        "fr": "o : garder et quitter · n : effacer et quitter · a : annuler et continuer",
        "en": "y: keep it and quit · n: delete it and quit · c: cancel and go on",
    },
    "live.bad_yes_no": {
        "fr": "Répondez o (oui) ou n (non) ; « {value} » n’est pas une réponse.",
        "en": "Answer y (yes) or n (no); “{value}” is not an answer.",
    },
    "live.answer_required": {
        "fr": "Cette réponse est obligatoire pour cet outil.",
        "en": "This answer is required for this tool.",
    },
    # debrief and outcomes
    "live.debrief_heading": {"fr": "Débriefing", "en": "Debrief"},
    "live.debrief_help": {
        "fr": "Posez chaque question au groupe et notez ce qui en ressort (Entrée pour passer).",
        "en": "Ask the group each question and note what comes out (Enter to skip).",
    },
    "live.outcomes_heading": {"fr": "Résultats de la séance", "en": "Session outcomes"},
    "live.outcomes_help": {
        "fr": "Ils vont dans le journal. Entrée accepte la valeur proposée entre crochets ou "
        "laisse vide ; Ctrl-C met la séance de côté sans rien perdre.",
        "en": "They go into the journal. Enter accepts the value in brackets or leaves it blank; "
        "Ctrl-C puts the session aside without losing anything.",
    },
    "live.field_participants": {"fr": "Nombre de participants", "en": "Number of participants"},
    "live.help_participants": {
        "fr": "Un nombre, jamais de noms.",
        "en": "A number, never names.",
    },
    "live.field_facilitator": {"fr": "Animateur", "en": "Facilitator"},
    "live.field_co_facilitators": {"fr": "Co-animateurs", "en": "Co-facilitators"},
    "live.field_services": {"fr": "Services représentés", "en": "Services involved"},
    "live.field_setting": {"fr": "Lieu", "en": "Setting"},
    "live.field_satisfaction": {
        "fr": "Satisfaction du groupe",
        "en": "Group satisfaction",
    },
    "live.field_ideas": {"fr": "Idées", "en": "Ideas"},
    "live.field_decisions": {"fr": "Décisions", "en": "Decisions"},
    "live.field_actions": {"fr": "Actions à suivre", "en": "Follow-up actions"},
    "live.field_notes": {"fr": "Notes", "en": "Notes"},
    "live.field_tags": {"fr": "Étiquettes", "en": "Tags"},
    "live.help_list": {
        "fr": "Un élément par ligne ; une ligne vide pour finir.",
        "en": "One per line; an empty line to finish.",
    },
    "live.help_actions": {
        "fr": "Une par ligne, « texte ; responsable ; AAAA-MM-JJ » (responsable et date "
        "facultatifs) ; une ligne vide pour finir.",
        "en": "One per line, “text; owner; YYYY-MM-DD” (owner and date optional); an empty "
        "line to finish.",
    },
    "live.help_notes": {
        "fr": "Une ligne ; les notes du débriefing y seront ajoutées.",
        "en": "One line; the debrief notes are added to it.",
    },
    "live.hint_scale": {
        "fr": "De 1 (pas du tout) à 5 (tout à fait).",
        "en": "From 1 (not at all) to 5 (completely).",
    },
    "live.hint_date": {
        "fr": "AAAA-MM-JJ, JJ/MM ou en mots (« 3 novembre », « vendredi » : le prochain).",
        "en": "YYYY-MM-DD, DD/MM or in words (“3 November”, “friday”: the next one).",
    },
    "live.hint_number": {"fr": "Un nombre.", "en": "A number."},
    "live.hint_items": {
        "fr": "Un élément après l’autre : son texte (facultatif en petit groupe : tapez « - »), "
        "puis son statut. Entrée sur un texte vide termine la liste.",
        "en": "One item after another: its text (optional in a small group: type “-”), then its "
        "status. Enter on an empty text ends the list.",
    },
    "live.item_status": {
        "fr": "Statut de « {item} »",
        "en": "Status of “{item}”",
    },
    "live.hint_choice": {
        "fr": "Tapez le numéro ou le nom d’un choix.",
        "en": "Type the number or the name of a choice.",
    },
    # timer
    "live.warn_too_late": {
        "fr": "L’avertissement --warn {warn} tomberait avant le début du minuteur de {duration} : "
        "choisissez un temps restant plus court.",
        "en": "The warning --warn {warn} would come before a {duration} timer even starts: "
        "choose a shorter time left.",
    },
    "live.timer_line_start": {
        "fr": "Minuteur lancé : {duration}, fin à {end}.",
        "en": "Timer started: {duration}, ends at {end}.",
    },
    "live.timer_line_warning": {
        "fr": "Plus que {left}.",
        "en": "{left} left.",
    },
    "live.timer_line_end": {
        "fr": "Temps écoulé ({duration}).",
        "en": "Time’s up ({duration}).",
    },
    "live.timer_interrupted": {
        "fr": "Minuteur interrompu après {elapsed} (il restait {left}).",
        "en": "Timer interrupted after {elapsed} ({left} were left).",
    },
    "live.timer_stopped": {
        "fr": "Minuteur arrêté ; il restait {left}.",
        "en": "Timer stopped with {left} left.",
    },
    "live.state_counting": {"fr": "EN COURS · fin à {end}", "en": "COUNTING · ends at {end}"},
    "live.state_warning": {
        "fr": "BIENTÔT FINI : moins de {left} · fin à {end}",
        "en": "ALMOST DONE: under {left} left · ends at {end}",
    },
    "live.state_over": {"fr": "TEMPS ÉCOULÉ", "en": "TIME’S UP"},
    "live.state_paused": {
        "fr": "EN PAUSE · espace pour reprendre",
        "en": "PAUSED · space to resume",
    },
    "live.timer_keys": {
        "fr": "espace : pause   + / - : ± 1 min   → / ← : ± 10 s   q : quitter",
        "en": "space: pause   + / -: ± 1 min   → / ←: ± 10 s   q: quit",
    },
    # run: the step screen
    "live.step_of": {"fr": "Étape {number} sur {count}", "en": "Step {number} of {count}"},
    "live.step_counting": {"fr": "EN COURS", "en": "RUNNING"},
    "live.step_warning": {
        "fr": "BIENTÔT LA FIN DE L’ÉTAPE : {left}",
        "en": "STEP ENDING SOON: {left}",
    },
    "live.step_over": {
        "fr": "TEMPS DE L’ÉTAPE DÉPASSÉ DE {over}",
        "en": "STEP OVER TIME BY {over}",
    },
    "live.on_time": {"fr": "à l’heure", "en": "on time"},
    "live.behind": {"fr": "{late} de retard", "en": "{late} behind"},
    "live.ahead": {"fr": "{early} d’avance", "en": "{early} ahead"},
    "live.schedule_line": {
        "fr": "Fin prévue {planned} · estimée {projected} · {drift}",
        "en": "Planned end {planned} · expected {projected} · {drift}",
    },
    "live.schedule_heading": {"fr": "Déroulé", "en": "Schedule"},
    # the same, with the group the times are computed for
    "live.schedule_line_group.one": {
        "fr": "Pour {count} personne · fin prévue {planned} · estimée {projected} · {drift}",
        "en": "For {count} person · planned end {planned} · expected {projected} · {drift}",
    },
    "live.schedule_line_group.other": {
        "fr": "Pour {count} personnes · fin prévue {planned} · estimée {projected} · {drift}",
        "en": "For {count} people · planned end {planned} · expected {projected} · {drift}",
    },
    "live.row_skipped": {"fr": "passée", "en": "skipped"},
    "live.row_extended": {"fr": "prolongée de {extra}", "en": "extended by {extra}"},
    "live.tip": {"fr": "Conseil", "en": "Tip"},
    "live.run_keys": {
        "fr": "n\u00a0: suivante   b\u00a0: précédente   espace\u00a0: pause   "
        "+\u00a0/\u00a0-\u00a0: une minute de plus\u00a0/\u00a0de moins   s\u00a0: passer   "
        "t\u00a0: tout le texte   q\u00a0: quitter",
        "en": "n: next   b: back   space: pause   "
        "+\u00a0/\u00a0-: one minute more\u00a0/\u00a0less   s: skip   t: full text   q: quit",
    },
    "live.more_text": {
        "fr": "… suite des consignes : touche t",
        "en": "… rest of the instructions: press t",
    },
    "live.more_text_tips.other": {
        "fr": "… suite des consignes et {count} conseils : touche t",
        "en": "… rest of the instructions and {count} tips: press t",
    },
    "live.more_text_tips.one": {
        "fr": "… suite des consignes et {count} conseil : touche t",
        "en": "… rest of the instructions and {count} tip: press t",
    },
    "live.more_tips.other": {
        "fr": "+ {count} conseils : touche t",
        "en": "+ {count} tips: press t",
    },
    "live.more_tips.one": {
        "fr": "+ {count} conseil : touche t",
        "en": "+ {count} tip: press t",
    },
    "live.text_instructions": {"fr": "Consignes", "en": "Instructions"},
    "live.text_prompts": {"fr": "À dire", "en": "To say"},
    "live.text_tips": {"fr": "Conseils", "en": "Tips"},
    "live.text_keys": {
        "fr": "↑ ↓ : faire défiler   t, q ou Échap : revenir à l’étape   espace : pause",
        "en": "↑ ↓: scroll   t, q or Esc: back to the step   space: pause",
    },
    "live.text_position": {
        "fr": "lignes {first} à {last} sur {count}",
        "en": "lines {first}–{last} of {count}",
    },
    "live.checklist_heading": {
        "fr": "Avant de commencer : la liste de préparation ({ticked} sur {total} cochés)",
        "en": "Before you start: the preparation checklist ({ticked} of {total} ticked)",
    },
    "live.checklist_keys": {
        "fr": "↑ ↓ : choisir   espace ou 1 à 9 : cocher   a : tout cocher   "
        "Entrée : commencer la séance   q : quitter",
        "en": "↑ ↓: choose   space or 1 to 9: tick   a: tick all   Enter: start the session   "
        "q: quit",
    },
    # run: the command
    "live.tool_missing": {
        "fr": "Indiquez l’outil à animer, par exemple : innovkit run audace-up.",
        "en": "Name the tool to run, for example: innovkit run audace-up.",
    },
    "live.record_and_no_record": {
        "fr": "--record et --no-record se contredisent : choisissez l’un des deux.",
        "en": "--record and --no-record contradict each other: choose one.",
    },
    "live.no_terminal": {
        "fr": "Pas de terminal interactif : voici le déroulé de la séance, sans minuteur ni "
        "question (comme avec --no-input).",
        "en": "No interactive terminal: here is the session script, with no timer and no "
        "questions (as with --no-input).",
    },
    "live.resume_needs_terminal": {
        "fr": "Reprendre une séance demande un terminal interactif : relancez la commande "
        "dans une fenêtre de terminal, sans redirection ni tube.",
        "en": "Resuming a session needs an interactive terminal: run the command again in a "
        "terminal window, without redirecting or piping it.",
    },
    "live.resume_and_no_input": {
        "fr": "--resume et --no-input se contredisent : une séance se reprend au terminal, "
        "avec ses minuteurs et ses questions ; relancez la commande sans --no-input.",
        "en": "--resume and --no-input contradict each other: a session is resumed at the "
        "terminal, with its timers and questions; run the command again without --no-input.",
    },
    "live.record_options_ignored": {
        "fr": "--record et les options du journal ne servent qu’avec --no-input ; pendant une "
        "séance guidée, les questions viennent à la fin.",
        "en": "--record and the journal options are only used with --no-input; in a guided "
        "session the questions come at the end.",
    },
    "live.no_draft_tool": {
        "fr": "Aucune séance de {tool} n’est en attente de reprise.",
        "en": "There is no unfinished session of {tool} to resume.",
    },
    "live.no_draft": {
        "fr": "Aucune séance n’est en attente de reprise.",
        "en": "There is no unfinished session to resume.",
    },
    "live.draft_found": {
        "fr": "Une séance de {tool} n’a pas été terminée (enregistrée le {when}, {where}).",
        "en": "A session of {tool} was not finished (saved {when}, {where}).",
    },
    "live.card_changed": {
        "fr": "La fiche de {tool} a changé depuis le début de cette séance : la reprise suit "
        "la nouvelle fiche (les étapes retirées sont écartées, les nouvelles partent de zéro).",
        "en": "The card of {tool} has changed since this session began: the run goes on with the "
        "new card (steps taken out are dropped, new ones start from zero).",
    },
    "live.draft_at_step": {
        "fr": "à l’étape {number} sur {count}",
        "en": "at step {number} of {count}",
    },
    "live.draft_phase_checklist": {"fr": "à la préparation", "en": "at the checklist"},
    "live.draft_phase_steps": {"fr": "pendant les étapes", "en": "during the steps"},
    "live.draft_phase_debrief": {"fr": "au débriefing", "en": "at the debrief"},
    "live.draft_phase_outcomes": {
        "fr": "à la saisie des résultats",
        "en": "while recording the outcomes",
    },
    "live.draft_phase_done": {
        "fr": "prête à entrer dans le journal",
        "en": "ready to go into the journal",
    },
    "live.draft_resume_question": {
        "fr": "La reprendre ? (O/n, n en commence une nouvelle et garde l’ancienne)",
        "en": "Resume it? (Y/n; n starts a new one and keeps the old draft)",
    },
    "live.interrupted_saved": {
        "fr": "Séance interrompue ; tout est gardé. Pour la reprendre : {command}",
        "en": "Session interrupted; everything is kept. To resume it: {command}",
    },
    "live.interrupted_typing_kept": {
        "fr": "La réponse que vous étiez en train d’écrire est gardée aussi : à la reprise, "
        "elle reviendra sur la ligne, prête à être complétée.",
        "en": "The answer you were typing is kept too: when you resume, it will be back on the "
        "line, ready to finish.",
    },
    "live.kept_after_error": {
        "fr": "Tout ce qui a été saisi est gardé ; pour réessayer : {command}",
        "en": "Everything typed is kept; to try again: {command}",
    },
    "live.draft_kept": {
        "fr": "Brouillon gardé. Pour reprendre la séance : {command}",
        "en": "Draft kept. To resume the session: {command}",
    },
    "live.draft_deleted": {
        "fr": "Brouillon effacé ; rien n’a été noté dans le journal.",
        "en": "Draft deleted; nothing was recorded in the journal.",
    },
    "live.finished_not_recorded": {
        "fr": "Séance terminée, sans enregistrement dans le journal (--no-record).",
        "en": "Session finished, not recorded in the journal (--no-record).",
    },
    "live.recorded": {
        "fr": "Séance notée dans le journal\u00a0: {tool} (identifiant {id}).",
        "en": "Session recorded in the journal: {tool} (id {id}).",
    },
    "live.col_step": {"fr": "Étape", "en": "Step"},
    "live.col_planned": {"fr": "Prévu", "en": "Planned"},
    "live.col_actual": {"fr": "Réel", "en": "Actual"},
    "live.col_note": {"fr": "Remarque", "en": "Note"},
    # help texts
    "help.timer": {
        "fr": "Un minuteur en grands chiffres, lisible du fond de la salle "
        "(90s, 5m, 5, 1h30, 10:00, 1:30:00).",
        "en": "A countdown in large digits, readable from the back of the room "
        "(90s, 5m, 5, 1h30, 10:00, 1:30:00).",
    },
    "help.timer_duration": {
        "fr": "La durée : 90s, 5m, 5 (minutes), 1h30, 10:00 ou 1:30:00.",
        "en": "How long: 90s, 5m, 5 (minutes), 1h30, 10:00 or 1:30:00.",
    },
    "help.timer_label": {
        "fr": "Un titre affiché au-dessus des chiffres.",
        "en": "A title shown above the digits.",
    },
    "help.timer_warn": {
        "fr": "Prévenir quand il reste cette durée (couleur et texte) ; répétable. "
        "Par défaut : 1 minute avant la fin si le minuteur dépasse 2 minutes.",
        "en": "Warn when this much time is left (colour and text); repeatable. "
        "Default: one minute before the end for timers over 2 minutes.",
    },
    "help.live_no_bell": {
        "fr": "Pas de sonnerie à la fin.",
        "en": "No bell at the end.",
    },
    "help.run": {
        "fr": "Animer une séance pas à pas : préparation, étapes minutées, débriefing, puis "
        "résultats notés dans le journal. Rien n’est perdu en cas d’interruption.",
        "en": "Run a session step by step: checklist, timed steps, debrief, then the outcome "
        "recorded in the journal. Nothing is lost if it is interrupted.",
    },
    "help.run_tool": {
        "fr": "L’outil à animer (identifiant, nom ou début du nom).",
        "en": "The tool to run (its id, name or the beginning of either).",
    },
    "help.run_resume": {
        "fr": "Reprendre la séance interrompue là où elle s’était arrêtée.",
        "en": "Resume the interrupted session where it stopped.",
    },
    "help.run_no_input": {
        "fr": "Afficher le déroulé avec ses horaires, sans minuteur ni question "
        "(répétition, scripts).",
        "en": "Print the script with its clock times, with no timer and no questions "
        "(rehearsal, scripts).",
    },
    "help.run_no_record": {
        "fr": "Ne rien noter dans le journal à la fin (répétition).",
        "en": "Record nothing in the journal at the end (rehearsal).",
    },
    "help.run_record": {
        "fr": "Avec --no-input : noter la séance dans le journal avec les options de "
        "« journal add ».",
        "en": "With --no-input: record the session in the journal with the options of "
        "“journal add”.",
    },
    "live.review_item": {
        "fr": "{label} — «\u00a0{item}\u00a0» (aujourd’hui\u00a0: {status})\u00a0: "
        "qu’est-il devenu\u00a0?",
        "en": "{label} — “{item}” (now: {status}): what became of it?",
    },
    "live.review_item_number": {
        "fr": "n°\u00a0{number}, sans texte",
        "en": "no. {number}, no text",
    },
    "live.bad_status": {
        "fr": "«\u00a0{value}\u00a0» n’est pas un de ces statuts\u00a0: tapez son numéro, "
        "de 1 à {count}, ou son nom.",
        "en": "“{value}” is not one of these statuses: type its number, from 1 to {count}, or its "
        "name.",
    },
    "live.bad_choice": {
        "fr": "« {value} » n’est pas dans la liste : tapez un numéro de 1 à {count}.",
        "en": "“{value}” is not in the list: type a number from 1 to {count}.",
    },
    "live.moment_invitation": {
        "fr": "{moment}, l’invitation à dire en ouvrant\u00a0: {invitation}",
        "en": "{moment}, the invitation to say as you open: {invitation}",
    },
    "live.preparation_carried": {
        "fr": "Coches reprises de «\u00a0innovkit checklist\u00a0» du {day}.",
        "en": "Ticks carried over from “innovkit checklist” of {day}.",
    },
    "live.preparation_left.one": {
        "fr": "Reste à faire avant de commencer\u00a0: {items}",
        "en": "Still to do before you start: {items}",
    },
    "live.preparation_left.other": {
        "fr": "Restent à faire avant de commencer ({count})\u00a0: {items}",
        "en": "Still to do before you start ({count}): {items}",
    },
    "live.preparation_kept_day": {
        "fr": "Coches gardées pour la séance du {day}\u00a0: "
        "«\u00a0innovkit run {tool}\u00a0» partira de là.",
        "en": "Ticks kept for the session of {day}: “innovkit run {tool}” will start from them.",
    },
    "live.preparation_kept_next": {
        "fr": "Coches gardées pour la prochaine séance (dans les {days} jours)\u00a0: "
        "«\u00a0innovkit run {tool}\u00a0» partira de là.",
        "en": "Ticks kept for the next session (within {days} days): “innovkit run {tool}” will "
        "start from them.",
    },
}
