"""The report's page 1 (« En bref », « À décider »), its quarters and years, the tools' own
results and honest hours."""

MESSAGES = {
    "report.quarter_name": {
        "fr": "{quarter}e trimestre {year}",
        "en": "Q{quarter} {year}",
    },
    "report.quarter_name_first": {
        "fr": "1er trimestre {year}",
        "en": "Q1 {year}",
    },
    "report.period_quarter": {
        "fr": "du {name}",
        "en": "for {name}",
    },
    "report.period_year": {
        "fr": "de l’année {year}",
        "en": "for {year}",
    },
    "report.bad_quarter": {
        "fr": "«\u00a0{value}\u00a0» n’est pas un trimestre\u00a0: écrivez par exemple "
        "2026-T4 ou 2026-Q4.",
        "en": "“{value}” is not a quarter: write for example 2026-Q4.",
    },
    "report.bad_year": {
        "fr": "«\u00a0{value}\u00a0» n’est pas une année\u00a0: écrivez-la en quatre chiffres, "
        "par exemple 2026.",
        "en": "“{value}” is not a year: write it with four digits, for example 2026.",
    },
    "report.minutes_planned": {
        "fr": "{minutes}\u00a0min prévues",
        "en": "{minutes}\u00a0min planned",
    },
    "report.h_brief": {"fr": "En bref", "en": "In brief"},
    "report.h_decide": {"fr": "À décider", "en": "To decide"},
    "report.fig_actual_hours": {
        "fr": "Heures d’animation mesurées",
        "en": "Facilitation hours measured",
    },
    "report.fig_planned_hours": {
        "fr": "Heures prévues, durée non relevée",
        "en": "Hours planned, duration not recorded",
    },
    "report.fig_satisfaction": {
        "fr": "Satisfaction moyenne (sur 5)",
        "en": "Average satisfaction (out of 5)",
    },
    "report.col_vs_previous": {
        "fr": "Écart avec {period}",
        "en": "Change from {period}",
    },
    "report.untimed_note": {
        "fr": "Sans durée relevée\u00a0: {sessions}\u202f; leur temps prévu est compté à part, "
        "jamais comme du temps passé.",
        "en": "No duration recorded: {sessions}; their planned time is counted apart, never as "
        "time spent.",
    },
    "report.services_named": {
        "fr": "Services touchés\u00a0: {names}.",
        "en": "Services reached: {names}.",
    },
    "report.services_none": {
        "fr": "Aucun service n’est noté pour ces séances.",
        "en": "No service is recorded for these sessions.",
    },
    "report.h_asleep": {
        "fr": "Leviers en sommeil\u00a0: lesquels relancer\u202f?",
        "en": "Levers asleep: which to revive?",
    },
    "report.asleep_rule": {
        "fr": "Aucune séance depuis plus de 90 jours au {day} "
        "(la règle de «\u00a0innovkit levers\u00a0»).",
        "en": "No session for more than 90 days on {day} (the rule of “innovkit levers”).",
    },
    "report.asleep_since": {
        "fr": "dernière séance le {day}",
        "en": "last session on {day}",
    },
    "report.asleep_never_note": {
        "fr": "Sans date\u00a0: aucune séance depuis plus d’un an.",
        "en": "Without a date: no session for over a year.",
    },
    "report.asleep_none": {
        "fr": "Aucun levier en sommeil\u00a0: chacun a eu une séance ces 90 derniers jours.",
        "en": "No lever asleep: each had a session in the last 90 days.",
    },
    "report.h_late": {
        "fr": "Actions en retard\u00a0: qui relancer\u202f?",
        "en": "Late actions: whom to remind?",
    },
    "report.late_none": {
        "fr": "Aucune action en retard.",
        "en": "No action is late.",
    },
    "report.late_first": {
        "fr": "{count} actions en retard\u00a0; voici les {listed} dont l’échéance est la plus "
        "ancienne. La liste complète\u00a0: «\u00a0{command}\u00a0».",
        "en": "{count} late actions; here are the {listed} longest overdue. The full list: "
        "“{command}”.",
    },
    "report.earlier_first": {
        "fr": "Voici les {listed} premières, les plus en retard d’abord\u00a0; la liste "
        "complète\u00a0: «\u00a0{command}\u00a0».",
        "en": "Here are the first {listed}, the longest overdue first; the full list: “{command}”.",
    },
    "report.owner_missing": {
        "fr": "responsable à désigner",
        "en": "owner to be named",
    },
    "report.h_waiting": {
        "fr": "En attente de la Direction",
        "en": "Waiting for the Direction",
    },
    "report.waiting_rule": {
        "fr": "Actions ouvertes dont le responsable ou le texte nomme la Direction.",
        "en": "Open actions whose owner or text names the Direction.",
    },
    "report.waiting_none": {
        "fr": "Aucune décision en attente de la Direction.",
        "en": "No decision is waiting for the Direction.",
    },
    "report.h_results": {
        "fr": "Résultats des outils",
        "en": "The tools’ own results",
    },
    "report.results_none": {
        "fr": "Aucun résultat propre aux outils n’est noté pour ces séances.",
        "en": "No tool result is recorded for these sessions.",
    },
    "report.col_field": {"fr": "Ce qui est noté", "en": "What is recorded"},
    "report.col_result": {"fr": "Résultat", "en": "Result"},
    "report.n_items.one": {"fr": "{count} élément", "en": "{count} item"},
    "report.n_items.other": {"fr": "{count} éléments", "en": "{count} items"},
    "report.h_months": {"fr": "Mois par mois", "en": "Month by month"},
    "report.col_total": {"fr": "Total", "en": "Total"},
    "report.months_note": {
        "fr": "Séances, participants et heures\u00a0: le total est la somme des mois. Personnes "
        "et services\u00a0: chacun compté une fois sur la période. Satisfaction\u00a0: moyenne "
        "de toutes les notes de la période.",
        "en": "Sessions, participants and hours: the total is the sum of the months. People and "
        "services: each counted once over the period. Satisfaction: the average of every mark "
        "of the period.",
    },
    "report.page": {"fr": "Page", "en": "Page"},
    "report.page_of": {"fr": "sur", "en": "of"},
    "report.no_session_bar": {
        "fr": "aucune séance",
        "en": "no session",
    },
    "help.journal_quarter": {
        "fr": "Le trimestre, AAAA-TN (2026-T4) ou AAAA-QN\u00a0: un rapport trimestriel, mois par "
        "mois.",
        "en": "The quarter, YYYY-QN (2026-Q4): a quarterly report, month by month.",
    },
    "help.journal_year": {
        "fr": "L’année, AAAA\u00a0: un rapport annuel, mois par mois.",
        "en": "The year, YYYY: an annual report, month by month.",
    },
    "report.period_conflict": {
        "fr": "Choisissez une seule période\u00a0: --month, --quarter, --year, ou --from et --to, "
        "ou --all.",
        "en": "Choose one period only: --month, --quarter, --year, or --from and --to, or --all.",
    },
    "report.pdf_needs_output": {
        "fr": "Un PDF s’écrit dans un fichier\u00a0: ajoutez -o, par exemple "
        "«\u00a0-o rapport.pdf\u00a0».",
        "en": "A PDF is written to a file: add -o, for example “-o report.pdf”.",
    },
    "report.h_facilitated": {"fr": "Qui a animé", "en": "Facilitated by"},
    "report.col_person": {"fr": "Nom", "en": "Name"},
    "report.col_facilitated": {"fr": "Séances animées", "en": "Sessions facilitated"},
    "report.col_co_facilitated": {
        "fr": "dont en co-animation",
        "en": "of which co-facilitated",
    },
    "report.facilitated_note": {
        "fr": "Une séance co-animée compte pour chacune des personnes qui l’ont animée.",
        "en": "A co-facilitated session counts for each person who facilitated it.",
    },
    "report.facilitated_unnamed": {
        "fr": "Séances sans nom d’animateur ou d’animatrice : {count}.",
        "en": "Sessions without a facilitator’s name: {count}.",
    },
}
