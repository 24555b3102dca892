"""Questions with their answers, counting games, posts' hashtags, a guide's tour stops, the viewer's
own window and page, treasure-hunt clues, hyphenated adjectives and bracketed styles, in sentences of
our own.

The parse is checked directly: which things the scene has, their counts, facings and relations, and
the camera."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from tests.parse_views import counts, facings, nouns, relations

# ------------------------------------------------------------------ questions and answers ---

@pytest.mark.parametrize("prompt, expected", [
    ("Q: How many geese are there? A: Nine, I think.", {"goose": 9}),
    ("Q: so how many lanterns altogether? A: 3", {"lantern": 3}),
    ("Question: How many owls can you see? Answer: Only the one.", {"owl": 1}),
])
def test_a_count_asked_and_answered_is_the_count(prompt: str, expected: dict[str, int]) -> None:
    assert counts(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    ("Q: Where's the hamster? A: Behind the laundry basket.", ("hamster", "behind", "laundry basket")),
    ("Q: Where should the kettle go? A: On top of the fridge.", ("kettle", "on_top_of", "fridge")),
    ("Q: Where's the hedgehog? A: It's under the wheelbarrow.", ("hedgehog", "under", "wheelbarrow")),
    ("Q: Where is Odile? A: Odile is to the left of the piano.", ("Odile", "left_of", "piano")),
])
def test_where_and_its_answer_place_the_thing_asked_about(prompt: str, expected: tuple) -> None:
    assert expected in relations(prompt)


def test_what_is_somewhere_is_the_answer_placed_there() -> None:
    assert ("scarecrow", "behind", "tractor") in relations("Q: What's behind the tractor? A: A scarecrow (gouache).")
    spec = parse("Q: What's around the maypole? A: 6 dancers, in a circle.")
    assert {e.noun: e.count for e in spec.entities}["dancer"] == 6
    assert ("dancer", "around", "maypole") in {(r.subject, r.kind, r.object) for r in spec.relations}


def test_what_is_in_the_picture_is_the_answer_alone() -> None:
    assert nouns("Q: What's in the picture? A: A llama beside a wheelbarrow.") == ["llama", "wheelbarrow"]


def test_which_way_and_its_answer_turn_the_thing() -> None:
    assert facings("Q: Which way is the donkey facing? A: Away from us.") == {"donkey": "away"}
    assert facings("Q: Which way is the scooter pointing? A: To the right of the picture.") == {"scooter": "right"}


def test_can_you_see_names_the_thing_the_answer_speaks_of() -> None:
    spec = parse("Q: Can you see the badger? A: Barely: the hay cart stands in front of it and hides most of it.")
    assert sorted(e.noun for e in spec.entities) == ["badger", "hay cart"]
    assert ("badger", "hidden_by", "hay cart") in {(r.subject, r.kind, r.object) for r in spec.relations}


def test_can_you_see_someone_named_like_a_quality() -> None:
    spec = parse("Q: Can you see Hope? A: Just about: the tractor is in front of her, hiding most of her.")
    assert sorted(e.noun for e in spec.entities) == ["Hope", "tractor"]
    assert ("Hope", "hidden_by", "tractor") in {(r.subject, r.kind, r.object) for r in spec.relations}


def test_how_far_and_how_close_are_the_camera_s() -> None:
    assert parse("Q: How far off is the windmill? A: Miles away, tiny in a wide bare plain.").camera.shot == "wide"
    assert parse("Q: How near is the camera? A: Near enough that the teapot fills the entire frame.").camera.shot \
        == "close_up"


# ------------------------------------------------------------------ counting, posts, tours ---

@pytest.mark.parametrize("prompt, expected", [
    ("Puzzle 2: count the ducks; there are 6 of them.", {"duck": 6}),
    ("count the kites over the dunes: there are nine.", {"kite": 9}),
    ("Counted eleven swallows on the fence this afternoon", {"swallow": 11, "fence": 1}),
    ("Spotted three herons by the weir", {"heron": 3, "weir": 1}),
])
def test_a_counting_game_says_a_count(prompt: str, expected: dict[str, int]) -> None:
    assert {noun: n for noun, n in counts(prompt).items() if noun in expected} == expected


def test_hashtags_are_no_things() -> None:
    assert nouns("A llama next to a wheelbarrow #farmlife #weekendvibes") == ["llama", "wheelbarrow"]


def test_a_guide_s_tour_stop_and_audience_are_no_things() -> None:
    assert nouns("Boys and girls, at our next stop there is a walrus beside a buoy.") == ["buoy", "walrus"]


def test_the_viewer_s_window_is_where_the_picture_is_seen_from() -> None:
    assert facings("Every evening a tractor would rumble past our kitchen window from left to right.") \
        == {"tractor": "right"}
    assert ("fox", "left_of", "shed") in relations("a fox just to the left of the shed, as we looked out of my window")


@pytest.mark.parametrize("prompt", ["a heron in the centre of my sheet", "a heron smack in the middle of our screen",
                                    "POV: a heron in the dead centre of your viewfinder"])
def test_the_reader_s_page_or_screen_is_the_picture(prompt: str) -> None:
    spec = parse(prompt)
    assert [e.noun for e in spec.entities] == ["heron"]
    assert [r.kind for r in spec.relations] == ["center"]


def test_a_treasure_hunt_clue_places_the_finder() -> None:
    prompt = ("Hint 4: locate the birdbath and then look to the right of it as we face it: "
              "the gnome is holding your next hint.")
    spec = parse(prompt)
    assert sorted(e.noun for e in spec.entities) == ["birdbath", "gnome"]
    assert {(r.subject, r.kind, r.object) for r in spec.relations} == {("gnome", "right_of", "birdbath")}


# ------------------------------------------------------------------ words and brackets ---

def test_a_hyphenated_adjective_is_no_thing() -> None:
    assert nouns("a hand-made kite beside a second-hand lawnmower") == ["kite", "lawnmower"]
    assert nouns("a wind-up mouse on a rug") == ["rug", "wind_up mouse"]  # a particle's noun stays whole


def test_a_style_in_brackets_closing_a_sentence_is_a_style() -> None:
    spec = parse("A tortoise behind the watering can (linocut).")
    assert sorted(e.noun for e in spec.entities) == ["tortoise", "watering can"]
    assert "linocut" in " ".join(spec.style)


def test_a_house_s_back_room_or_front_garden_is_no_side() -> None:
    spec = parse("a rocking horse in the back room and a bicycle in the front garden")
    assert {(r.subject, r.kind, r.object) for r in spec.relations} == set()


def test_goes_right_of_is_a_side_not_a_turn() -> None:
    spec = parse("the vase goes right of the clock in the painting")
    assert sorted(e.noun for e in spec.entities) == ["clock", "vase"]
    assert {(r.subject, r.kind, r.object) for r in spec.relations} == {("vase", "right_of", "clock")}


def test_watched_doing_is_a_verb_not_a_compound() -> None:
    assert facings("I saw a goat run off away from me") == {"goat": "away"}
    assert facings("We watched a heron wander off away from us") == {"heron": "away"}


def test_rows_said_with_so_many_in_each() -> None:
    spec = parse("crates stacked in two rows, five per row")
    assert [(e.noun, e.count, e.rows) for e in spec.entities] == [("crate", 10, 2)]
    spec = parse("a front row of four cellos and a back row of three harps")
    assert {e.noun: e.count for e in spec.entities} == {"cello": 4, "harp": 3}
    assert ("cello", "in_front_of", "harp") in {(r.subject, r.kind, r.object) for r in spec.relations}


@pytest.mark.parametrize("prompt", [
    "behind the kiosk there's a postman, mostly hidden from view.",
    "a kiosk with a postman behind it, largely hidden by it.",
    "put a postman behind a kiosk so that most of him is out of sight.",
])
def test_hidden_behind_said_after_the_place(prompt: str) -> None:
    assert ("postman", "hidden_by", "kiosk") in relations(prompt)


@pytest.mark.parametrize("prompt, view", [
    ("POV: we're sitting over at the right side of the set, looking across at a yak and a tent.", "right"),
    ("you are over on the left side of the room, looking across at a harp", "left"),
])
def test_the_viewer_standing_at_a_side_is_the_camera_there(prompt: str, view: str) -> None:
    assert parse(prompt).camera.view == view


@pytest.mark.parametrize("prompt", ["I pressed my nose right up against a goldfish bowl",
                                    "we crept up on the beetle till it was all we could see",
                                    "you're so near the candle that it fills all of the view"])
def test_as_close_as_a_face_gets_is_a_close_up(prompt: str) -> None:
    assert parse(prompt).camera.shot == "close_up"


def test_far_away_across_open_land_is_a_wide_shot() -> None:
    assert parse("a windmill and a barn far away across the marsh, tiny").camera.shot == "wide"


# ------------------------------------------------------------------ diaries, briefs and edits ---

def test_everything_one_could_see_is_the_picture() -> None:
    assert relations("I remember a windmill, way over on the right of everything we could see") == {
        ("windmill", "right_side", None)}


@pytest.mark.parametrize("prompt, way", [
    ("a pony, turned towards the left of the picture", "left"),
    ("a tractor trundled past us from left to right", "right"),
    ("a heron standing with its back to me", "away"),
    ("a bride, turned to face the photographer", "camera"),
])
def test_facings_said_to_the_viewer(prompt: str, way: str) -> None:
    assert [e.facing for e in parse(prompt).entities] == [way]


def test_hesitations_between_commas_say_nothing() -> None:
    assert ("kitten", "under", "bench") in relations("So, a bench, and under it, erm, a kitten.")


def test_what_something_would_hide() -> None:
    assert ("pony", "hidden_by", "horsebox") in relations("Show me how a horsebox might hide most of a pony behind it.")


def test_one_on_each_side_is_two_either_side() -> None:
    spec = parse("a birdbath with one gnome on either side of it")
    gnomes = {e.ref for e in spec.entities if e.noun == "gnome"}
    assert len(gnomes) == 2 and all(e.count == 1 for e in spec.entities)
    assert [(r.subject, {r.object, r.object2}) for r in spec.relations if r.kind == "between"] == [("birdbath", gnomes)]


@pytest.mark.parametrize("prompt, view", [
    ("The camera must look straight down on a chessboard.", "top"),
    ("this time the camera should sit right over the rug, pointing directly down", "top"),
    ("The camera shall be set behind the tractor.", "back"),
    ("I crept after a heron and took a photo of its back.", "back"),
])
def test_briefs_and_diaries_place_the_camera(prompt: str, view: str) -> None:
    assert parse(prompt).camera.view == view


def test_a_place_then_there_is() -> None:
    spec = parse("In our beach hut there's a kite leaning on a deckchair.")
    assert spec.setting == "beach hut" and sorted(e.noun for e in spec.entities) == ["deckchair", "kite"]


@pytest.mark.parametrize("prompt, expected", [
    ("Close, but turn the scooter so it faces right, not left.", ("scooter", "right")),
    ("The other way round: the kettle goes in front of the toaster, not behind.", ("kettle", "in_front_of")),
])
def test_an_edit_says_what_it_should_be_and_what_not(prompt: str, expected: tuple[str, str]) -> None:
    spec = parse(prompt)
    facings = {(e.noun, e.facing) for e in spec.entities}
    kinds = {(r.subject, r.kind) for r in spec.relations}
    assert expected in facings | kinds
    assert not {("kettle", "behind"), ("scooter", "left")} & (facings | kinds)
    assert all(e.noun in ("scooter", "kettle", "toaster") for e in spec.entities)


@pytest.mark.parametrize("prompt, view", [
    ("Yesterday I stood at the right end of the stage and snapped a harpist and a drummer.", "right"),
    ("Show a kiln and a potter as somebody standing at the left edge of the room would.", "left"),
    ("The camera should be placed at the right-hand side of the set, looking across at a loom.", "right"),
])
def test_where_the_viewer_or_camera_stands_at_an_end(prompt: str, view: str) -> None:
    assert parse(prompt).camera.view == view
