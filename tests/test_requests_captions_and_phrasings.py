"""The spatial parser on requests ("could you draw ..."), captions and art forms, and phrasings of
hiding, between, around, support, sides, depth, camera and facing. Sentences written for this
file, none from the benchmarks."""

import pytest

from crews.spatial.parse import parse


def nouns(prompt: str) -> list[tuple[str, int]]:
    return [(e.noun, e.count) for e in parse(prompt).entities]


def relations(prompt: str) -> set[tuple]:
    return {(r.subject, r.kind, r.object) + ((r.object2,) if r.object2 else ()) for r in parse(prompt).relations}


def facing(prompt: str) -> list[tuple[str, str | None]]:
    return [(e.noun, e.facing) for e in parse(prompt).entities]


# ---- requests, captions, art forms


@pytest.mark.parametrize("prompt", [
    "Could you draw a wombat beside a bin",
    "can you sketch a wombat beside a bin",
    "I want you to draw a wombat beside a bin",
])
def test_the_one_asked_to_draw_puts_the_thing_in_the_scene(prompt):
    assert relations(prompt) == {("wombat", "near", "bin")}


def test_someone_in_the_scene_drawing_puts_it_on_paper():
    spec = parse("a girl draws a wombat")
    assert [e.noun for e in spec.entities] == ["girl"] and any("wombat" in s for s in spec.style)


@pytest.mark.parametrize("prompt,style", [
    ("Concept art of a tapir on the left", "concept art"),
    ("pixel art of two kayaks and a buoy", "pixel art"),
])
def test_art_of_is_the_style_of_what_follows(prompt, style):
    spec = parse(prompt)
    assert spec.entities and style in spec.style
    assert all(e.noun not in ("art", "concept art", "pixel art") for e in spec.entities)


@pytest.mark.parametrize("closing", [
    "sepia daguerreotype", "in the style of a Victorian engraving", "papercut diorama", "felt-tip doodle",
    "needle-felted miniature", "tempera on a wood panel", "chalk drawing on a blackboard",
    "in a farmyard, backlit by a low sun, linocut", "in a barn, under a stormy sky, risograph",
])
def test_a_closing_art_form_is_style_not_a_thing(closing):
    assert nouns(f"A tapir by a kiosk, {closing}") == [("tapir", 1), ("kiosk", 1)]


def test_an_opening_caption_is_no_thing():
    assert relations("Thumbnail for a short film: Under a bench sleeps a tapir") == {("tapir", "under", "bench")}


@pytest.mark.parametrize("closing,setting", [
    ("in a cobbled mews", "mews"), ("in a school canteen", "school canteen"), ("in a village hall", "village hall"),
])
def test_a_closing_place_one_is_in_is_the_setting(closing, setting):
    spec = parse(f"A tapir by a kiosk, {closing}")
    assert nouns(spec.prompt) == [("tapir", 1), ("kiosk", 1)] and spec.setting in (setting, setting.split()[-1])


def test_closing_ground_is_the_setting_and_a_structure_is_a_thing():
    assert parse("Six elves circling a brazier, on a station forecourt, at dawn").setting == "station forecourt"
    assert ("angler", "on_top_of", "bridge") in relations("An angler fishing, on a bridge")


def test_a_kind_of_meadow_is_a_place():
    spec = parse("In a hay meadow, a tapir beside a trough")
    assert [e.noun for e in spec.entities] == ["tapir", "trough"] and spec.setting == "meadow"


def test_a_bare_place_said_first_takes_the_name_after_it():
    assert relations("Left: a juggler. Right: Ottilie.") == {("juggler", "left_side", None),
                                                             ("Ottilie", "right_side", None)}


# ---- nouns


@pytest.mark.parametrize("prompt,noun", [
    ("a photo booth beside a kiosk", "photo booth"),
    ("a picture frame beside a kiosk", "picture frame"),
    ("a hot dog stand beside a kiosk", "hot dog stand"),
    ("a cockatoo beside a kiosk", "cockatoo"),
    ("three cinder blocks beside a kiosk", "cinder block"),
    ("a single column of four cinder blocks, one on top of the next", "cinder block"),
    ("a motorhome parked beside a kiosk", "motorhome"),
    ("a bobcat stuck between a kiosk and a van", "bobcat"),
])
def test_compounds_and_misread_nouns_are_kept_whole(prompt, noun):
    assert parse(prompt).entities[0].noun == noun


def test_a_thing_blocking_another_still_hides_it():
    assert relations("A tractor blocks part of a heron") == {("heron", "hidden_by", "tractor")}


def test_a_possessive_name_is_kept_as_written():
    assert [e.noun for e in parse("three director's chairs around a brazier").entities] == ["director's chair",
                                                                                            "brazier"]


def test_an_inverted_verb_is_no_compound():
    assert relations("Beneath a daybed lies a tapir") == {("tapir", "under", "daybed")}


def test_idling_around_is_no_ring_and_ends_the_list():
    assert relations("Nine elves standing around in small groups, and a sundial") == set()
    assert relations("A crowd of ten elves milling about, Ottilie on a tree stump") == {("Ottilie", "on_top_of",
                                                                                          "tree stump")}
    assert relations("Six benches stand round about the fountain") == {("bench", "around", "fountain")}


def test_a_place_opening_a_sentence_is_not_the_last_sentence_s():
    assert relations("Seven elves stand idly; beneath a cart lies a tapir") == {("tapir", "under", "cart")}


def test_a_likeness_is_no_thing_and_wanting_is_no_likeness():
    assert nouns("Cabbages in two straight lines of five, like a small army") == [("cabbage", 10)]
    assert nouns("I'd like a kayak beside a buoy") == [("kayak", 1), ("buoy", 1)]


# ---- hiding, between, around, support


@pytest.mark.parametrize("prompt", [
    "A forklift obstructs our view of part of a heron",
    "A heron only partly visible, the rest of it behind a forklift",
    "A heron whose outline is cut off by a forklift in front",
    "A heron peering round a forklift",
    "Part of a heron cut off from view by a forklift",
])
def test_ways_of_saying_partly_hidden(prompt):
    assert ("heron", "hidden_by", "forklift") in relations(prompt)


@pytest.mark.parametrize("prompt", [
    "A mule has a crate on one side of it and a barrel on the other",
    "A mule, with a crate on one side and a barrel on the other",
])
def test_one_side_and_the_other_puts_it_between(prompt):
    assert relations(prompt) == {("mule", "between", "crate", "barrel")}


@pytest.mark.parametrize("prompt", [
    "A matching pair of geese and a heron between the two",
    "Two geese and a heron between them",
    "A heron between twin geese",
])
def test_between_the_two_of_a_pair(prompt):
    spec = parse(prompt)
    between = [r for r in spec.relations if r.kind == "between"]
    assert len(between) == 1 and between[0].subject == "heron"
    assert {spec.entity(between[0].object).noun, spec.entity(between[0].object2).noun} == {"goose"}


@pytest.mark.parametrize("prompt", [
    "Five crates spaced out at intervals round a well",
    "Five crates spread out around a well on all sides",
    "A well in the middle of a circle made of five crates",
    "A circle of five crates surrounding a well",
])
def test_ways_of_saying_around(prompt):
    assert nouns(prompt) == [("crate", 5), ("well", 1)] or nouns(prompt) == [("well", 1), ("crate", 5)]
    assert ("crate", "around", "well") in relations(prompt)


@pytest.mark.parametrize("prompt,relation", [
    ("The top of a cabinet, where a kettle has been placed", ("kettle", "on_top_of", "cabinet")),
    ("A crate serving as a stand for a lantern", ("lantern", "on_top_of", "crate")),
    ("A bench that a fox is hiding beneath", ("fox", "under", "bench")),
    ("A bucket on the ground directly below a pier", ("bucket", "under", "pier")),
    ("A table with a fox in the space beneath it", ("fox", "under", "table")),
])
def test_ways_of_saying_on_and_under(prompt, relation):
    assert relation in relations(prompt)


# ---- sides and depth


@pytest.mark.parametrize("prompt,relation", [
    ("A miner keeping to the left of a windmill", ("miner", "left_of", "windmill")),
    ("A heron well to the right", ("heron", "right_side", None)),
    ("A symmetrical picture with a vase at its centre", ("vase", "center", None)),
    ("Foreground: a cart; background: a windmill", ("cart", "in_front_of", "windmill")),
    ("A goat, and far behind it, a barn", ("barn", "behind", "goat")),
    ("A shed takes up the left of the picture and a silo the right", ("silo", "right_side", None)),
])
def test_ways_of_saying_sides_and_depth(prompt, relation):
    assert relation in relations(prompt)


def test_a_gapped_side_never_takes_a_verb_or_a_facing():
    assert parse("A kayak and a buoy viewed from the left").camera.view == "left"
    assert facing("A tapir on the left and a wombat facing the right") == [("tapir", None), ("wombat", "right")]


# ---- camera


@pytest.mark.parametrize("prompt,view", [
    ("A tapir, shot looking straight down from a hot-air balloon", "top"),
    ("A god's-eye view of a ladle", "top"),
    ("A knolling photo of a ladle and a whisk", "top"),
    ("A tapir from a ceiling-mounted camera looking down", "top"),
    ("The camera at the rear of a tapir, looking at its back", "back"),
    ("A kiosk from a viewpoint off to the left of the scene", "left"),
    ("The camera moved round to the right side of the scene, looking across at a tapir", "right"),
    ("A wombat, photographed side-on from the scene's right", "right"),
])
def test_camera_views(prompt, view):
    spec = parse(prompt)
    assert spec.camera.view == view and spec.entities


@pytest.mark.parametrize("prompt,shot", [
    ("A plum shot from a few centimetres away", "close_up"),
    ("A teapot so close it fills the picture", "close_up"),
    ("A mule viewed from a great distance", "wide"),
    ("A hiker seen from across a wide open field", "wide"),
    ("A tapir and a kiosk far from the camera, small in the frame", "wide"),
])
def test_camera_distances(prompt, shot):
    spec = parse(prompt)
    assert spec.camera.shot == shot and spec.entities


# ---- facing


@pytest.mark.parametrize("prompt,way", [
    ("A mule facing screen left", "left"),
    ("A cart moving from right to left across the frame", "left"),
    ("A tractor pointed towards the left edge of the picture", "left"),
    ("A clerk looking off towards the right edge of the picture", "right"),
    ("A caravan retreating from the camera", "away"),
    ("A tapir with its tail towards us", "away"),
    ("A tractor facing into the scene, away from the camera", "away"),
    ("A van parked nose-first towards the camera", "camera"),
])
def test_ways_of_facing(prompt, way):
    spec = parse(prompt)
    assert [e.facing for e in spec.entities] == [way] and not spec.relations


def test_a_bonnet_says_where_a_vehicle_faces():
    assert facing("A tractor in side view, bonnet towards the left") == [("tractor", "left")]


def test_members_belong_to_the_group_named_last():
    spec = parse("Two hounds, one a little way in front of the other, and two fencers side by side, the one on the "
                 "left looking at us and the other turned away from us")
    assert [(e.noun, e.facing) for e in spec.entities if e.noun == "fencer"] == [("fencer", "camera"),
                                                                                  ("fencer", "away")]


def test_all_but_one_face_one_way():
    assert facing("Four rams side by side, all facing the camera except the one on the far right, which faces away") \
        == [("ram", "camera"), ("ram", "away")]
    assert nouns("Four rams side by side, all facing the camera except the one on the far right") == \
        [("ram", 3), ("ram", 1)]


def test_opposite_directions_then_each_ones_way():
    assert facing("Two guards facing in opposite directions, the one on the left facing left and the other facing "
                  "right") == [("guard", "left"), ("guard", "right")]
    assert facing("Two guards facing in opposite directions") == [("guard", "left"), ("guard", "right")]


# ---- arrangements


@pytest.mark.parametrize("prompt,count,rows", [
    ("Two lines of beehives, four in each line", 8, 2),
    ("A block of deckchairs set out two lines deep with four to a line", 8, 2),
    ("Cabbages in three straight lines of four", 12, 3),
])
def test_grids_said_by_lines(prompt, count, rows):
    entity = parse(prompt).entities[0]
    assert (entity.count, entity.arrangement, entity.rows) == (count, "grid", rows)


@pytest.mark.parametrize("prompt,count,arrangement", [
    ("A line of six kayaks drawn up next to one another, running across the picture", 6, "row"),
    ("Three hay bales stacked one above another", 3, "stack"),
    ("Five tea chests stacked neatly, a goat beside them", 5, "stack"),
    ("Three tea chests, each sitting on the one beneath", 3, "stack"),
])
def test_lines_and_stacks(prompt, count, arrangement):
    entity = parse(prompt).entities[0]
    assert (entity.count, entity.arrangement) == (count, arrangement)
