"""Sentences of the printed documents: ``sheet``, ``checklist``, ``kit`` and the headings of
the sheets, checklists, booklet and room kit (see ``innovkit.messages``)."""

MESSAGES: dict[str, dict[str, str]] = {
    # ---- what the facilitator typed
    "documents.bad_format": {
        "fr": "Le format « {value} » n’existe pas : choisissez parmi {choices}.",
        "en": "There is no “{value}” format: choose one of {choices}.",
    },
    "documents.unknown_extension": {
        "fr": "innovkit n’écrit pas de fichier «\u00a0{suffix}\u00a0»\u00a0: nommez-le en "
        "{choices}, ou choisissez le format avec --format. Pour un PDF, écrivez le document en "
        ".html puis imprimez-le en PDF depuis le navigateur (Ctrl+P).",
        "en": "innovkit does not write “{suffix}” files: name it {choices}, or choose the format "
        "with --format. For a PDF, write the document as .html and print it to PDF from the web "
        "browser (Ctrl+P).",
    },
    "documents.pdf_needs_output": {
        "fr": "Un PDF s’écrit dans un fichier\u00a0: ajoutez -o, par exemple "
        "«\u00a0-o fiche.pdf\u00a0».",
        "en": "A PDF is written to a file: add -o, for example “-o sheet.pdf”.",
    },
    "documents.pdf_engine_missing": {
        "fr": "Pour écrire un PDF, installez WeasyPrint\u00a0: «\u00a0pip install "
        "'innovkit[pdf]'\u00a0» (ou écrivez le document en .html et imprimez-le en PDF depuis "
        "le navigateur).",
        "en": "To write a PDF, install WeasyPrint: “pip install 'innovkit[pdf]'” (or write the "
        "document as .html and print it to PDF from the web browser).",
    },
    "documents.pdf_pango_missing": {
        "fr": "WeasyPrint est installé, mais pas la bibliothèque Pango dont il a besoin pour "
        "écrire un PDF\u00a0: sous Debian ou Ubuntu, «\u00a0sudo apt-get install libpango-1.0-0 "
        "libpangoft2-1.0-0\u00a0»\u202f; sous Windows, installez MSYS2 et son paquet Pango "
        "(voir la page «\u00a0First steps\u00a0» de WeasyPrint).",
        "en": "WeasyPrint is installed, but not the Pango library it needs to write a PDF: on "
        "Debian or Ubuntu, “sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0”; on Windows, "
        "install MSYS2 and its Pango package (see WeasyPrint’s “First steps” page).",
    },
    "documents.pdf_failed": {
        "fr": "Le PDF n’a pas pu être écrit\u00a0: {reason}",
        "en": "The PDF could not be written: {reason}",
    },
    "documents.bad_phase": {
        "fr": "La phase « {value} » n’existe pas : choisissez parmi {choices} "
        "(avant, pendant, après).",
        "en": "There is no “{value}” phase: choose one of {choices}.",
    },
    "documents.no_tool": {
        "fr": "Indiquez au moins un outil (par exemple « innovkit sheet audace-up »), ou --all "
        "pour le livret des 12 outils.",
        "en": "Name at least one tool (for example “innovkit sheet audace-up”), or --all for "
        "the booklet of the 12 tools.",
    },
    "documents.all_and_tools": {
        "fr": "Choisissez : des outils nommés, ou --all pour tous, mais pas les deux.",
        "en": "Choose either named tools or --all for every tool, not both.",
    },
    "documents.participants_outside": {
        "fr": "{tool} est prévu pour {min} à {max} personnes ; vous en attendez {count}. "
        "Pensez aux variantes (« innovkit show {id} »).",
        "en": "{tool} is designed for {min} to {max} people; you expect {count}. Have a look at "
        "its variants (“innovkit show {id}”).",
    },
    "documents.written": {
        "fr": "Fichier écrit : {path}",
        "en": "Written: {path}",
    },
    "documents.written_many": {
        "fr": "{count} fichiers écrits dans {folder}",
        "en": "{count} files written in {folder}",
    },
    "documents.kit_written": {
        "fr": "Kit de salle prêt dans {folder} : ouvrez {index} dans un navigateur (aucune "
        "installation ni connexion nécessaire).",
        "en": "Room kit ready in {folder}: open {index} in a web browser (no installation and "
        "no network needed).",
    },
    "documents.kit_not_empty": {
        "fr": "Le dossier {folder} n’est pas vide : rien n’a été écrit. Choisissez un dossier "
        "nouveau ou vide, ou ajoutez --force pour y écrire quand même (les fichiers du kit "
        "seront remplacés, les autres laissés tels quels).",
        "en": "The folder {folder} is not empty, so nothing was written. Choose a new or empty "
        "folder, or add --force to write there anyway (the kit's files are replaced, other "
        "files are left alone).",
    },
    "documents.kit_is_file": {
        "fr": "{folder} est un fichier : le kit a besoin d’un dossier.",
        "en": "{folder} is a file: the kit needs a folder.",
    },
    "documents.folder_cannot_create": {
        "fr": "Le dossier {folder} n’a pas pu être créé ({reason}).",
        "en": "The folder {folder} could not be created ({reason}).",
    },
    "documents.interactive_needs_terminal": {
        "fr": "La check-list interactive se coche dans un terminal, au clavier : lancez-la "
        "dans une fenêtre de terminal, ou retirez --interactive pour obtenir la check-list "
        "à imprimer.",
        "en": "The interactive checklist is ticked in a terminal, with the keyboard: run it in "
        "a terminal window, or leave out --interactive to get the checklist to print.",
    },
    "documents.interactive_format": {
        "fr": "--interactive coche la check-list à l’écran : --format et -o ne servent qu’à la "
        "check-list à imprimer.",
        "en": "--interactive ticks the checklist on screen: --format and -o are only for the "
        "printable checklist.",
    },
    "documents.tick_question": {
        "fr": "{phase} — cochez ce qui est fait",
        "en": "{phase} — tick what is done",
    },
    "documents.tick_keys": {
        "fr": "(flèches pour se déplacer, espace pour cocher, a pour tout cocher, entrée pour "
        "valider)",
        "en": "(arrows to move, space to tick, a to tick everything, enter to confirm)",
    },
    "documents.ticked": {
        "fr": "✓ {phase} : {done} sur {total} coché(s)",
        "en": "✓ {phase}: {done} of {total} ticked",
    },
    "documents.all_done": {
        "fr": "Tout est coché : bonne séance !",
        "en": "Everything is ticked: have a good session!",
    },
    "documents.still_to_do": {
        "fr": "Encore à faire ({count}) :",
        "en": "Still to do ({count}):",
    },
    # ---- words printed in the documents
    "documents.next_day": {"fr": "(+{days}\u00a0j)", "en": "(+{days}\u00a0d)"},
    "documents.group": {"fr": "{min} à {max} personnes", "en": "{min} to {max} people"},
    "documents.group_short": {"fr": "{min} à {max}", "en": "{min} to {max}"},
    "documents.expected": {"fr": "{count} personnes", "en": "{count} people"},
    "documents.timed_for": {
        "fr": "horaires calculés pour {count} participants",
        "en": "times computed for {count} participants",
    },
    "documents.timed_for_each_typical": {
        "fr": "horaires calculés pour le groupe habituel de chaque outil",
        "en": "times computed for each tool’s typical group",
    },
    "documents.colon": {"fr": "\u00a0:", "en": ":"},
    "documents.designed_for": {"fr": "prévu pour {group}", "en": "designed for {group}"},
    "documents.present": {"fr": "présents", "en": "present"},
    "documents.setting_indoor": {"fr": "en salle", "en": "indoors"},
    "documents.setting_outdoor": {"fr": "en extérieur", "en": "outdoors"},
    "documents.setting_remote": {"fr": "à distance", "en": "remote"},
    "documents.kicker": {"fr": "Fiche de déroulé", "en": "Run sheet"},
    "documents.lever": {"fr": "levier", "en": "lever"},
    "documents.duration": {"fr": "Durée", "en": "Duration"},
    "documents.group_label": {"fr": "Groupe", "en": "Group"},
    "documents.setting": {"fr": "Cadre", "en": "Setting"},
    "documents.date": {"fr": "Date", "en": "Date"},
    "documents.facilitator": {"fr": "Animation", "en": "Facilitator"},
    "documents.invitation": {"fr": "L’invitation", "en": "The invitation"},
    "documents.objectives": {"fr": "Objectifs", "en": "Objectives"},
    "documents.materials": {"fr": "Matériel", "en": "Materials"},
    "documents.roles": {"fr": "Rôles", "en": "Roles"},
    "documents.preparation": {"fr": "Préparation", "en": "Preparation"},
    "documents.timeline": {"fr": "Déroulé minuté", "en": "Timeline"},
    "documents.col_number": {"fr": "N°", "en": "No."},
    "documents.col_step": {"fr": "Étape", "en": "Step"},
    "documents.col_duration": {"fr": "Durée", "en": "Length"},
    "documents.col_clock": {"fr": "Horaire", "en": "Time"},
    "documents.col_elapsed": {"fr": "Minutage", "en": "Minutes"},
    "documents.col_done": {"fr": "Fait", "en": "Done"},
    "documents.col_notes": {"fr": "Notes", "en": "Notes"},
    "documents.group_warning": {
        "fr": "Groupe de {count} personnes\u00a0: cet outil est prévu pour {min} à {max}. "
        "Adaptez (variantes, sous-groupes) avant la séance.",
        "en": "Group of {count} people: this tool is designed for {min} to {max}. Adapt it "
        "(variants, subgroups) before the session.",
    },
    "documents.elapsed": {"fr": "{start}–{end} min", "en": "{start}–{end} min"},
    "documents.total": {"fr": "Total", "en": "Total"},
    "documents.total_until": {"fr": "Total — fin à {end}", "en": "Total — ends at {end}"},
    "documents.steps": {"fr": "Les étapes", "en": "The steps"},
    "documents.say": {"fr": "À dire :", "en": "Say:"},
    "documents.debrief": {"fr": "Questions de débriefing", "en": "Debrief questions"},
    "documents.outcomes": {"fr": "À noter pour le journal", "en": "Notes for the journal"},
    "documents.review_grid": {
        "fr": "{label}\u00a0: où en est chaque ligne (cochez une case)",
        "en": "{label}: where each line stands (tick one box)",
    },
    "documents.outcomes_rule": {
        "fr": "Sans nom\u202f; en petit groupe, généralisez ou regroupez les propos avant de"
        " les noter.",
        "en": "No names; in a small group, generalise or group what was said before writing"
        " it down.",
    },
    "documents.blank": {"fr": "……………………………………", "en": "……………………………………"},
    "documents.blank_line": {
        "fr": "……………………………………………………………………",
        "en": "……………………………………………………………………",
    },
    "documents.blank_txt": {
        "fr": "______________________________",
        "en": "______________________________",
    },
    "documents.blank_line_txt": {
        "fr": "________________________________________________________________________",
        "en": "________________________________________________________________________",
    },
    "documents.ends_at": {"fr": "fin à {end}", "en": "ends at {end}"},
    "documents.date_blank": {"fr": "…… / …… / …………", "en": "…… / …… / …………"},
    "documents.credits": {"fr": "Sources", "en": "Sources"},
    # ---- the booklet
    "documents.booklet_title": {
        "fr": "Les outils de l’écosystème d’innovation organisationnelle",
        "en": "The tools of the organisational innovation ecosystem",
    },
    "documents.booklet_kicker": {
        "fr": "Ville d’Antibes · Innovation organisationnelle",
        "en": "Ville d’Antibes · Organisational innovation",
    },
    "documents.booklet_subtitle": {
        "fr": "Le livret des fiches de déroulé : {count} outils, chacun au service d’un levier.",
        "en": "The booklet of run sheets: {count} tools, each serving one lever.",
    },
    "documents.map": {"fr": "La carte des {count} leviers", "en": "The map of the {count} levers"},
    "documents.lever_without_tool": {"fr": "(pas d’outil)", "en": "(no tool)"},
    "documents.contents": {"fr": "Sommaire", "en": "Contents"},
    "documents.col_lever_number": {"fr": "N°", "en": "No."},
    "documents.col_lever": {"fr": "Levier", "en": "Lever"},
    "documents.col_tool": {"fr": "Outil", "en": "Tool"},
    "documents.col_lever_meaning": {"fr": "Sens du levier", "en": "What the lever means"},
    # ---- checklist and room kit
    "documents.checklist_title": {"fr": "Check-list", "en": "Checklist"},
    "documents.phase_before": {"fr": "Avant la séance", "en": "Before the session"},
    "documents.phase_during": {"fr": "Pendant la séance", "en": "During the session"},
    "documents.phase_after": {"fr": "Après la séance", "en": "After the session"},
    "documents.kit_title": {"fr": "Kit de salle", "en": "Room kit"},
    "documents.kit_howto": {
        "fr": "Tout ce qu’il faut pour animer cet outil. Ouvrez un document, puis imprimez-le "
        "(Ctrl+P, ou Cmd+P sur Mac).",
        "en": "Everything you need to run this tool. Open a document, then print it (Ctrl+P, or "
        "Cmd+P on a Mac).",
    },
    "documents.kit_documents": {"fr": "À imprimer", "en": "To print"},
    "documents.kit_sheet": {"fr": "Fiche de déroulé", "en": "Run sheet"},
    "documents.kit_sheet_note": {
        "fr": "le déroulé minuté, les consignes, ce qu’il faut dire et de quoi noter (trois pages "
        "A4 au plus).",
        "en": "the timed plan, the instructions, what to say and room to write (three A4 pages at "
        "most).",
    },
    "documents.kit_checklist": {"fr": "Check-list", "en": "Checklist"},
    "documents.kit_checklist_note": {
        "fr": "à cocher avant, pendant et après la séance.",
        "en": "to tick before, during and after the session.",
    },
    "documents.kit_markdown": {
        "fr": "version texte à modifier, en Markdown",
        "en": "editable text version, in Markdown",
    },
    "documents.kit_handouts": {"fr": "Supports à distribuer", "en": "Handouts"},
    # how many copies of a handout the kit prints, and for whom
    "documents.kit_copies_person.one": {
        "fr": "{count} exemplaire, un par personne",
        "en": "{count} copy, one per person",
    },
    "documents.kit_copies_person.other": {
        "fr": "{count} exemplaires, un par personne",
        "en": "{count} copies, one per person",
    },
    "documents.kit_copies_pair.one": {
        "fr": "{count} exemplaire, un par binôme",
        "en": "{count} copy, one per pair",
    },
    "documents.kit_copies_pair.other": {
        "fr": "{count} exemplaires, un par binôme",
        "en": "{count} copies, one per pair",
    },
    "documents.kit_copies_group.one": {
        "fr": "{count} exemplaire, un par groupe ou par table",
        "en": "{count} copy, one per group or table",
    },
    "documents.kit_copies_group.other": {
        "fr": "{count} exemplaires, un par groupe ou par table",
        "en": "{count} copies, one per group or table",
    },
    "documents.kit_copies_session.one": {
        "fr": "{count} exemplaire pour la séance",
        "en": "{count} copy for the session",
    },
    "documents.kit_deck.one": {
        "fr": "un jeu de {cards} cartes",
        "en": "a set of {cards} cards",
    },
    "documents.kit_deck.other": {
        "fr": "chacun un jeu de {cards} cartes",
        "en": "each a set of {cards} cards",
    },
    "documents.kit_copies_session.other": {
        "fr": "{count} exemplaires pour la séance",
        "en": "{count} copies for the session",
    },
    "documents.kit_offline": {
        "fr": "Ces fichiers s’ouvrent dans n’importe quel navigateur, sans installation ni "
        "connexion : copiez le dossier sur une clé USB si la salle n’a pas de réseau.",
        "en": "These files open in any web browser, with no installation and no network: copy "
        "the folder onto a USB stick if the room has no network.",
    },
    "documents.handout_kicker": {"fr": "Support à distribuer", "en": "Handout"},
    "documents.kit_sheet_file": {"fr": "fiche", "en": "sheet"},
    "documents.kit_checklist_file": {"fr": "check-list", "en": "checklist"},
    "documents.kit_handout_file": {"fr": "support", "en": "handout"},
    # ---- help
    "help.documents_sheet": {
        "fr": "Les fiches de déroulé à imprimer : un outil, plusieurs (réunis en un livret) ou "
        "--all (le livret des 12 outils). Exemple : innovkit sheet audace-up --start 14:00 "
        "-o audace.html",
        "en": "Printable run sheets: one tool, several (gathered in a booklet) or --all (the "
        "booklet of the 12 tools). Example: innovkit sheet audace-up --start 14:00 "
        "-o audace.html",
    },
    "help.documents_tools": {
        "fr": "Un ou plusieurs outils : identifiant, nom ou début (audace, « Audace up ! »).",
        "en": 'One or more tools: id, name or its beginning (audace, "Audace up !").',
    },
    "help.documents_all": {
        "fr": "Tous les outils, en un livret avec couverture, carte des leviers et sommaire.",
        "en": "Every tool, in one booklet with a cover, the lever map and contents.",
    },
    "help.documents_format": {
        "fr": "md (Markdown), html (à imprimer depuis le navigateur) ou txt (texte sur 80 "
        "colonnes, pour lp). Par défaut : l’extension du fichier -o, sinon md.",
        "en": "md (Markdown), html (to print from a web browser) or txt (80-column text, for "
        "lp). Default: the extension of the -o file, else md.",
    },
    "help.documents_kit_format": {
        "fr": "pdf\u00a0: la fiche, la check-list et les supports aussi en PDF (WeasyPrint "
        "requis)\u00a0; html (par défaut)\u00a0: sans PDF.",
        "en": "pdf: the sheet, the checklist and the handouts as PDF too (needs WeasyPrint); "
        "html (the default): no PDF.",
    },
    "help.documents_setting": {
        "fr": "Le cadre de cette séance, imprimé dans l’en-tête\u00a0: en salle, en extérieur ou "
        "à distance.",
        "en": "This session's setting, printed in the header: indoors, outdoors or remote.",
    },
    "help.documents_output": {
        "fr": "Écrire dans ce fichier plutôt qu’à l’écran ; un dossier (existant, ou terminé "
        "par /) reçoit une fiche par outil.",
        "en": "Write to this file instead of the screen; a folder (an existing one, or ending "
        "with /) gets one sheet per tool.",
    },
    "help.documents_output_file": {
        "fr": "Écrire dans ce fichier plutôt qu’à l’écran.",
        "en": "Write to this file instead of the screen.",
    },
    "help.documents_force": {
        "fr": "Remplacer les fichiers qui existent déjà.",
        "en": "Replace files that already exist.",
    },
    "help.documents_start": {
        "fr": "Heure de début, par exemple 14:00 : chaque étape reçoit son horaire, et l’heure "
        "de fin est calculée.",
        "en": "Start time, for example 14:00: each step gets its clock time, and the end time is "
        "worked out.",
    },
    "help.documents_date": {
        "fr": "Date de la séance, AAAA-MM-JJ (imprimée « mardi 3 novembre 2026 »).",
        "en": "Date of the session, YYYY-MM-DD (printed “Tuesday 3 November 2026”).",
    },
    "help.documents_participants": {
        "fr": "Nombre de participants attendus, imprimé sur la fiche.",
        "en": "Number of participants expected, printed on the sheet.",
    },
    "help.documents_facilitator": {
        "fr": "Nom de l’animateur ou de l’animatrice, imprimé sur la fiche.",
        "en": "The facilitator's name, printed on the sheet.",
    },
    "help.documents_variant": {
        "fr": "Une variante minutée de l’outil, par exemple short (voir « innovkit show »).",
        "en": "A timed variant of the tool, for example short (see “innovkit show”).",
    },
    "help.documents_checklist": {
        "fr": "La check-list d’un outil : à imprimer, ou à cocher à l’écran avec --interactive.",
        "en": "A tool's checklist: to print, or to tick on screen with --interactive.",
    },
    "help.documents_phase": {
        "fr": "Seulement cette phase : before (avant), during (pendant) ou after (après). "
        "Répétable.",
        "en": "Only this phase: before, during or after. Repeatable.",
    },
    "help.documents_interactive": {
        "fr": "Cocher la check-list au clavier dans le terminal (espace pour cocher, entrée pour "
        "passer à la phase suivante), puis voir ce qui reste à faire. Hors d’un terminal "
        "(script, redirection), la commande refuse : retirez --interactive pour la version à "
        "imprimer.",
        "en": "Tick the checklist with the keyboard in the terminal (space to tick, enter for the "
        "next phase), then see what is left to do. Outside a terminal (a script, a redirection) "
        "the command refuses: leave out --interactive for the printable version.",
    },
    "help.documents_kit": {
        "fr": "Le kit de salle d’un outil, dans un dossier : fiche et check-list (HTML et "
        "Markdown), supports à distribuer et une page d’accueil, qui s’ouvrent sans "
        "installation ni connexion. Exemple : innovkit kit audace-up -o kit-audace",
        "en": "A tool's room kit, in a folder: run sheet and checklist (HTML and Markdown), "
        "handouts and a start page, which open with no installation and no network. "
        "Example: innovkit kit audace-up -o kit-audace",
    },
    "help.documents_kit_output": {
        "fr": "Le dossier du kit : créé s’il n’existe pas, il doit être vide.",
        "en": "The kit's folder: created if missing, it must be empty.",
    },
    "help.documents_kit_force": {
        "fr": "Écrire aussi dans un dossier qui n’est pas vide (les fichiers du kit y sont "
        "remplacés, les autres laissés).",
        "en": "Also write into a folder that is not empty (the kit's files are replaced, others "
        "are left alone).",
    },
}
