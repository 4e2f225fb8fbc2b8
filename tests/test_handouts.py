"""Every handout a card's materials list exists (issue 11, item 4): a material that says it is
printed, or sends to the handouts, names one of the card's handouts by its title, in French and
in English; every handout is named by a material; and the room kit writes each one, under a
file name in the session's language. Signs for a door or a wall are pages of their own, printed
once."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from innovkit.cards.catalogue import load_catalogue
from innovkit.documents.handouts import (
    handout_copies,
    handout_layout,
    is_sign,
    render_handout,
    sign_layout,
)
from innovkit.documents.kit import file_slug, kit_files
from innovkit.documents.options import SheetOptions
from innovkit.i18n import tr_in

LANGS = ("fr", "en")
# what says, in a card's materials, that a thing is printed or is among the handouts
PRINTED = {
    "fr": re.compile(r"imprim|voir (le|les) supports?", re.I),
    "en": re.compile(r"print|see (the )?handouts?", re.I),
}
POSSESSIVE = re.compile(r"^(ma|mon|mes|my) ", re.I)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def plain(text: str) -> str:
    """Lower case, no quotation marks, one kind of apostrophe and of space: « Mon point
    silence » and “My quiet point” are found whatever the punctuation around them."""
    text = re.sub(r"[«»“”\"‘]", " ", text.lower()).replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def handout_name(title: str) -> re.Pattern[str]:
    """How a material names a handout: its title without « Ma »/« My » and without what follows
    a colon (« Cartes de rôle : rêveur… » → « cartes de rôle »), each word singular or plural."""
    name = POSSESSIVE.sub("", plain(re.split(r"\s*:", title)[0]))
    words = [re.escape(word) + "[sx]?" for word in name.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b")


def named_handouts(material: str, handouts, lang: str) -> list[str]:
    return [h.id for h in handouts if handout_name(h.title(lang)).search(plain(material))]


@pytest.mark.parametrize("lang", LANGS)
def test_each_printed_material_names_a_handout_and_each_handout_is_in_the_materials(
    catalogue, lang
) -> None:
    missing, unlisted = [], []
    for card in catalogue.tools.values():
        found: set[str] = set()
        for material in card.materials:
            text = material(lang)
            names = named_handouts(text, card.handouts, lang)
            found.update(names)
            if PRINTED[lang].search(text) and not names:
                missing.append(f"{card.id}: « {text} »")
        unlisted += [f"{card.id}: {h.id}" for h in card.handouts if h.id not in found]
    assert not missing, f"printed, but no handout: {missing}"
    assert not unlisted, f"a handout no material names: {unlisted}"


def test_the_handouts_the_issue_names_exist(catalogue) -> None:
    """Role cards, constraint cards, the host's aide-mémoire, pairing forms, door signs."""
    wanted = {
        "dans-la-peau-de-walt": {"role-cards", "spaces-poster", "parking-poster"},
        "cadran-total": {"constraint-cards", "eight-boxes"},
        "en-immersion": {"host-reminder", "pairing-form", "immersion-notebook"},
        "point-silence": {"door-sign", "take-away-card"},
        "time-out": {"door-sign", "time-out-card"},
        "essais-libres": {"probe-card", "gallery-poster"},
    }
    for tool, ids in wanted.items():
        assert ids <= {h.id for h in catalogue.tools[tool].handouts}, tool
    door = next(h for h in catalogue.tools["point-silence"].handouts if h.id == "door-sign")
    assert "POINT SILENCE EN COURS" in door.content("fr")
    assert "Merci de ne pas entrer." in door.content("fr")


@pytest.mark.parametrize("lang", LANGS)
def test_the_kit_writes_every_handout_under_a_name_in_the_session_language(catalogue, lang) -> None:
    prefix = tr_in(lang, "documents.kit_handout_file")
    for card in catalogue.tools.values():
        files = kit_files(card, catalogue, SheetOptions(lang=lang, participants=12))
        for handout in card.handouts:
            name = f"{prefix}-{file_slug(handout.title(lang))}.html"
            assert name in files, (card.id, name)
            html = str(files[name])
            assert f'lang="{lang}"' in html
            assert str(escape(handout.title(lang))) in html, (card.id, handout.id)
    assert prefix == {"fr": "support", "en": "handout"}[lang]


def test_a_sign_is_one_page_printed_once_whatever_the_group(catalogue) -> None:
    door = next(h for h in catalogue.tools["time-out"].handouts if h.id == "door-sign")
    assert is_sign(door.id) and not is_sign("dare-card")
    size, pages = sign_layout(door.content("fr"))
    assert size == "sign" and len(pages) == 1
    heading = pages[0][0]["blocks"][0]
    assert heading == {"kind": "heading", "text": "TIME OUT EN COURS"}  # the message, kept
    walt = next(
        h for h in catalogue.tools["dans-la-peau-de-walt"].handouts if h.id == "spaces-poster"
    )
    size, pages = sign_layout(walt.content("en"))
    assert [page[0]["blocks"][0]["text"] for page in pages] == [
        "THE DREAMER",
        "THE REALIST",
        "THE CRITIC",
    ]
    html = kit_files(
        catalogue.tools["time-out"], catalogue, SheetOptions(lang="fr", participants=12)
    )["support-affichette-de-porte.html"]
    assert str(html).count('class="card"') == 1  # not twelve
    # a card to hand out is still one per participant
    card = next(h for h in catalogue.tools["time-out"].handouts if h.id == "time-out-card")
    size, sheets = handout_layout(card.content("fr"), card.title("fr"), copies=12)
    assert sum(len(sheet) for sheet in sheets) == 12


# --------------------------------------------------------------------------- copies


def cards_printed(catalogue, tool: str, handout: str, participants: int | None) -> list[str]:
    """The cards of a handout's print layout, each as its section's label (« title n »)."""
    html = render_handout(
        catalogue.tools[tool], catalogue, SheetOptions("fr", participants=participants), handout
    )
    return re.findall(r'<section class="card" aria-label="([^"]*)"', html)


def test_role_cards_are_a_whole_deck_for_each_participant(catalogue) -> None:
    """« dans la peau de Walt »: everyone plays the dreamer, the realist and the critic in
    turn, and the card says « une série par participant »: six people, six decks of three."""
    card = catalogue.tools["dans-la-peau-de-walt"]
    deck = next(h for h in card.handouts if h.id == "role-cards")
    assert deck.copies == "person"
    assert len(cards_printed(catalogue, card.id, "role-cards", 6)) == 6 * 3
    assert len(cards_printed(catalogue, card.id, "role-cards", 8)) == 8 * 3
    assert len(cards_printed(catalogue, card.id, "role-cards", None)) == card.typical * 3
    _size, sheets = handout_layout(deck.content("en"), deck.title("en"), copies=2)
    roles = [card["blocks"][0]["text"] for sheet in sheets for card in sheet]
    assert roles == ["THE DREAMER", "THE REALIST", "THE CRITIC"] * 2  # deck after deck
    # read in one's hand, not across a table: not the constraint cards' 17 pt bold sentence,
    # which pushed a role card's last lines out of its A6 card
    options = SheetOptions("fr", participants=6)
    walt = render_handout(card, catalogue, options, "role-cards")
    assert 'class="handouts size-a6 deck-cards"' in walt
    cadran = catalogue.tools["cadran-total"]
    constraints = render_handout(cadran, catalogue, options, "constraint-cards")
    assert 'class="handouts size-a6 deck-sentences"' in constraints


@pytest.mark.parametrize(
    ("tool", "handout", "participants", "copies"),
    [
        ("audace-up", "dare-card", 12, 12),  # one per person
        ("time-out", "time-out-card", None, 7),  # the card's typical group when none is given
        ("en-immersion", "pairing-form", 12, 6),  # one per pair
        ("en-immersion", "pairing-form", 5, 3),  # the odd one out still gets a form
        ("en-immersion", "host-reminder", 12, 12),  # one host per agent in immersion
        ("la-balade", "walk-card", 14, 4),  # one per walking group of three or four
        ("echecs-and-mates", "analysis-sheet", 25, 5),  # one per table of four to six
        ("colle-ton-avis", "how-to", 18, 3),  # one per table (no split: tables of 4–6)
        ("essais-libres", "probe-card", 16, 4),  # one per trial group of three or four
        ("cadran-total", "constraint-cards", 12, 1),  # one deck, drawn once for the session
        ("point-silence", "door-sign", 40, 1),  # a sign, once
    ],
)
def test_every_handout_prints_as_many_copies_as_the_group_needs(
    catalogue, tool: str, handout: str, participants: int | None, copies: int
) -> None:
    card = catalogue.tools[tool]
    found = next(h for h in card.handouts if h.id == handout)
    assert handout_copies(card, found, participants) == copies
    if is_sign(handout):
        return
    deck = len(cards_printed(catalogue, tool, handout, 1))
    assert len(cards_printed(catalogue, tool, handout, participants)) == copies * deck


def test_the_kit_says_how_many_copies_of_each_handout_and_for_whom(catalogue) -> None:
    card = catalogue.tools["en-immersion"]
    index = str(kit_files(card, catalogue, SheetOptions("fr", participants=12))["index.html"])
    assert "12 exemplaires, un par personne" in index  # the notebook, the host's reminder
    assert "6 exemplaires, un par binôme" in index
    english = kit_files(catalogue.tools["cadran-total"], catalogue, SheetOptions("en"))
    assert re.search(r"1 copy for the session, a set of \d+ cards", str(english["index.html"]))
    walt = kit_files(
        catalogue.tools["dans-la-peau-de-walt"], catalogue, SheetOptions("fr", participants=6)
    )
    assert "6 exemplaires, un par personne, chacun un jeu de 3 cartes" in str(walt["index.html"])
    assert "8 copies, one per person" in str(english["index.html"])  # typical group: 8
