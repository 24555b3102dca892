"""Writes the layout prompt sets (bench/prompts/*.jsonl) with their ground truth.

    .venv/bin/python bench/prompts/make_prompts.py

The truth is written here together with each prompt (the phrasing's meaning, chosen by hand),
never read back from the layout implementation. The JSONL files are what the bench reads; this
script is kept so the sets can be reviewed and regenerated. Output is deterministic (fixed seed).

One JSON object a line:
    {"prompt": "...", "expect": {"objects": {"cat": 1, "dog": 1},
                                  "relations": [["cat", "left_of", "dog"]],
                                  "facing": [["dog", "left"]], "camera": "top"}}
Object names are the nouns as written in the prompt, in the singular ("mouse" for "mice").
Relation forms: [subject, kind, object] for the pairwise kinds; [subject, "between", a, b];
[ring, "around", centre]; [subject, "centre" | "image_left" | "image_right"].
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(4)

ANIMALS = {
    "cat", "dog", "horse", "zebra", "sheep", "cow", "bird", "mouse", "deer", "pig", "duck", "goose",
    "rabbit", "bear", "elephant", "giraffe", "chicken", "fish", "fox", "owl", "pony", "puppy",
    "penguin", "lion", "kangaroo", "camel", "flamingo",
}
PEOPLE = {"person", "man", "woman", "child"}
ANIMAL_ADJ = ["brown", "black", "white", "grey", "small", "big", "fluffy"]
THING_ADJ = ["red", "blue", "black", "white", "green", "old", "small", "large", "yellow"]

PLURAL = {
    "mouse": "mice", "sheep": "sheep", "deer": "deer", "goose": "geese", "child": "children",
    "person": "people", "man": "men", "woman": "women", "knife": "knives", "fish": "fish",
    "wolf": "wolves", "shelf": "shelves", "loaf": "loaves", "calf": "calves", "cactus": "cacti",
    "snowman": "snowmen", "ox": "oxen", "pony": "ponies", "puppy": "puppies", "box": "boxes",
    "bus": "buses", "bench": "benches", "glass": "glasses", "dish": "dishes", "bush": "bushes",
    "fox": "foxes", "tomato": "tomatoes", "strawberry": "strawberries", "peach": "peaches",
    "torch": "torches", "cherry": "cherries",
}
NUMBERS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",
]


def plural(noun: str) -> str:
    return PLURAL.get(noun, noun + "s")


def article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def a(noun: str, adj_chance: float = 0.25) -> str:
    """'a dog', 'an owl' and now and then 'a brown dog': prompts in the wild carry adjectives."""
    if noun not in PEOPLE and rng.random() < adj_chance:
        adj = rng.choice(ANIMAL_ADJ if noun in ANIMALS else THING_ADJ)
        return f"{article(adj)} {adj} {noun}"
    return f"{article(noun)} {noun}"


def the(noun: str) -> str:
    return f"the {noun}"


def n_of(count: int, noun: str, digits: bool = False) -> str:
    if count == 1:
        return a(noun, 0)
    return f"{count if digits else NUMBERS[count]} {plural(noun)}"


def objects(*names: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return counts


def item(prompt: str, objs: dict[str, int], relations=(), facing=(), camera=None) -> dict:
    expect: dict = {"objects": objs}
    if relations:
        expect["relations"] = [list(r) for r in relations]
    if facing:
        expect["facing"] = [list(f) for f in facing]
    if camera:
        expect["camera"] = camera
    prompt = prompt[0].upper() + prompt[1:]
    return {"prompt": prompt, "expect": expect}


def pairwise(kind: str, pairs, phrasings) -> list[dict]:
    """One prompt per pair; the phrasings rotate so each kind is said several ways."""
    out = []
    for i, (s, o) in enumerate(pairs):
        text = phrasings[i % len(phrasings)](s, o)
        out.append(item(text, objects(s, o), [(s, kind, o)]))
    return out


# ------------------------------------------------------------------ relations ---

LEFT = pairwise("left_of", [
    ("cat", "dog"), ("chair", "table"), ("car", "truck"), ("horse", "cow"), ("cup", "bottle"),
    ("lamp", "sofa"), ("tree", "house"), ("bicycle", "bench"), ("vase", "clock"), ("teddy bear", "ball"),
    ("woman", "man"), ("pig", "sheep"), ("apple", "banana"), ("guitar", "piano"), ("fire hydrant", "stop sign"),
    ("boat", "lighthouse"), ("backpack", "suitcase"), ("duck", "goose"), ("candle", "book"), ("person", "horse"),
    ("fox", "rabbit"), ("barrel", "crate"),
], [
    lambda s, o: f"{a(s)} on the left of {a(o)}",
    lambda s, o: f"{a(s)} to the left of {a(o)}",
    lambda s, o: f"{a(s)} left of {a(o)}",
    lambda s, o: f"{a(o)} with {a(s)} on its left",
    lambda s, o: f"{a(s)} placed to the left of {a(o)}",
])

RIGHT = pairwise("right_of", [
    ("dog", "cat"), ("table", "lamp"), ("bus", "car"), ("cow", "pig"), ("mug", "teapot"),
    ("armchair", "fireplace"), ("barn", "tree"), ("motorcycle", "bicycle"), ("clock", "painting"),
    ("ball", "chair"), ("man", "child"), ("sheep", "horse"), ("orange", "apple"), ("bookshelf", "desk"),
    ("bench", "streetlight"), ("tent", "campfire"), ("suitcase", "bag"), ("chicken", "duck"),
    ("bottle", "glass"), ("woman", "dog"), ("owl", "lantern"), ("bucket", "well"),
], [
    lambda s, o: f"{a(s)} on the right of {a(o)}",
    lambda s, o: f"{a(s)} to the right of {a(o)}",
    lambda s, o: f"{a(s)} right of {a(o)}",
    lambda s, o: f"{a(o)} with {a(s)} on its right",
    lambda s, o: f"{a(s)} standing to the right of {a(o)}",
])

ON_TOP = pairwise("on_top_of", [
    ("cup", "table"), ("cat", "sofa"), ("book", "desk"), ("vase", "cabinet"), ("apple", "plate"),
    ("box", "crate"), ("laptop", "desk"), ("teapot", "table"), ("clock", "shelf"), ("bird", "bench"),
    ("pillow", "bed"), ("teddy bear", "bed"), ("bottle", "table"), ("cat", "chair"), ("dog", "rug"),
    ("lantern", "barrel"), ("basket", "stool"), ("cake", "plate"), ("mug", "desk"), ("bowl", "table"),
    ("bird", "rock"), ("candle", "piano"), ("hat", "chest"),
], [
    lambda s, o: f"{a(s)} on {a(o)}",
    lambda s, o: f"{a(s)} on top of {a(o)}",
    lambda s, o: f"{a(s)} sitting on {a(o)}",
    lambda s, o: f"{a(s)} resting on top of {a(o)}",
    lambda s, o: f"{a(o)} with {a(s)} on it",
])

UNDER = pairwise("under", [
    ("cat", "table"), ("ball", "chair"), ("dog", "table"), ("box", "desk"), ("suitcase", "table"),
    ("cat", "bench"), ("dog", "bench"), ("basket", "table"), ("ball", "desk"), ("rabbit", "bench"),
    ("chicken", "table"), ("bucket", "table"), ("duck", "bench"), ("teddy bear", "desk"),
    ("backpack", "bench"), ("dog", "tree"), ("bicycle", "tree"), ("sheep", "tree"), ("person", "tree"),
], [
    lambda s, o: f"{a(s)} under {a(o)}",
    lambda s, o: f"{a(s)} underneath {a(o)}",
    lambda s, o: f"{a(s)} below {a(o)}",
    lambda s, o: f"{a(s)} beneath {a(o)}",
    lambda s, o: f"{a(o)} with {a(s)} under it",
])

FRONT = pairwise("in_front_of", [
    ("dog", "car"), ("cat", "sofa"), ("person", "tree"), ("bicycle", "house"), ("table", "fireplace"),
    ("man", "door"), ("stool", "piano"), ("vase", "mirror"), ("cow", "barn"), ("car", "barn"),
    ("box", "wardrobe"), ("cup", "laptop"), ("horse", "fence"), ("child", "tent"), ("lamp", "bookshelf"),
    ("bucket", "well"), ("sheep", "hut"), ("fire hydrant", "house"), ("candle", "clock"), ("chair", "wall"),
], [
    lambda s, o: f"{a(s)} in front of {a(o)}",
    lambda s, o: f"{a(s)} standing in front of {a(o)}",
    lambda s, o: f"in front of {a(o)} there is {a(s)}",
    lambda s, o: f"{a(o)} with {a(s)} in front of it",
])

BEHIND = pairwise("behind", [
    ("horse", "fence"), ("house", "tree"), ("lamp", "sofa"), ("bookshelf", "desk"), ("giraffe", "bush"),
    ("castle", "tree"), ("mountain", "lake"), ("dog", "bench"), ("person", "table"), ("cow", "fence"),
    ("wardrobe", "bed"), ("lighthouse", "boat"), ("tower", "wall"), ("elephant", "rock"), ("mirror", "chair"),
    ("barn", "cart"), ("fridge", "table"), ("bear", "log"), ("streetlight", "car"), ("palm tree", "hut"),
], [
    lambda s, o: f"{a(s)} behind {a(o)}",
    lambda s, o: f"{a(s)} standing behind {a(o)}",
    lambda s, o: f"behind {the(o)} is {a(s)}",
    lambda s, o: f"{a(o)} with {a(s)} behind it",
])

NEAR = pairwise("near", [
    ("cat", "dog"), ("lamp", "armchair"), ("bench", "tree"), ("cup", "teapot"), ("dog", "fire hydrant"),
    ("chair", "fireplace"), ("car", "house"), ("horse", "cart"), ("backpack", "tent"), ("bucket", "well"),
    ("mug", "laptop"), ("boat", "bridge"), ("cow", "tree"), ("umbrella", "chair"), ("log", "campfire"),
    ("person", "bicycle"), ("child", "snowman"), ("candle", "vase"), ("suitcase", "door"), ("sheep", "barn"),
], [
    lambda s, o: f"{a(s)} next to {a(o)}",
    lambda s, o: f"{a(s)} beside {a(o)}",
    lambda s, o: f"{a(s)} near {a(o)}",
    lambda s, o: f"{a(s)} close to {a(o)}",
    lambda s, o: f"{a(s)} by {a(o)}",
])

HIDDEN = pairwise("hidden_by", [
    ("vase", "candle"), ("cat", "chair"), ("car", "tree"), ("dog", "bush"), ("person", "door"),
    ("house", "tree"), ("horse", "fence"), ("chair", "table"), ("bottle", "box"), ("cup", "teapot"),
    ("sheep", "rock"), ("rabbit", "log"), ("lamp", "armchair"), ("fox", "bush"), ("deer", "tree"),
    ("cow", "cart"),
], [
    lambda s, o: f"{a(s)} hidden by {a(o)}",
    lambda s, o: f"{a(s)} partly hidden behind {a(o)}",
    lambda s, o: f"{a(s)} half hidden by {a(o)}",
    lambda s, o: f"{a(s)} partially obscured by {a(o)}",
    lambda s, o: f"{a(o)} partly hiding {a(s)}",
])


def between_prompts() -> list[dict]:
    triples = [
        ("lamp", "sofa", "armchair"), ("tree", "house", "barn"), ("person", "horse", "cow"),
        ("cup", "plate", "bottle"), ("bench", "tree", "streetlight"), ("car", "truck", "bus"),
        ("vase", "candle", "clock"), ("dog", "man", "woman"), ("box", "crate", "barrel"),
        ("sheep", "pig", "cow"), ("apple", "banana", "orange"), ("fire hydrant", "car", "tree"),
        ("chair", "bed", "wardrobe"),
    ]
    say = [
        lambda s, x, y: f"{a(s)} between {a(x)} and {a(y)}",
        lambda s, x, y: f"{a(s)} placed between {the(x)} and {the(y)}",
        lambda s, x, y: f"{a(s)} in between {a(x)} and {a(y)}",
    ]
    out = [item(say[i % 3](s, x, y), objects(s, x, y), [(s, "between", x, y)]) for i, (s, x, y) in enumerate(triples)]
    # Between two of the same noun: the subject sits between the two instances.
    for s, pair in [("cat", "dog"), ("table", "chair"), ("child", "woman"), ("pig", "goose"), ("lamp", "bed")]:
        out.append(item(f"{a(s)} between two {plural(pair)}", {s: 1, pair: 2}, [(s, "between", pair, pair)]))
    return out


def around_prompts() -> list[dict]:
    rings = [
        (4, "chair", "table"), (6, "person", "campfire"), (5, "sheep", "tree"), (3, "cat", "bowl"),
        (4, "child", "snowman"), (8, "chair", "table"), (3, "dog", "fire hydrant"), (4, "duck", "pond"),
        (5, "candle", "cake"), (4, "stool", "table"), (3, "horse", "well"), (5, "rock", "campfire"),
        (3, "tent", "campfire"), (4, "cow", "tree"),
    ]
    say = [
        lambda n, r, c: f"{n_of(n, r)} around {a(c, 0)}",
        lambda n, r, c: f"{n_of(n, r)} arranged around {a(c, 0)}",
        lambda n, r, c: f"{a(c, 0)} surrounded by {n_of(n, r)}",
        lambda n, r, c: f"{n_of(n, r)} in a circle around {a(c, 0)}",
    ]
    return [item(say[i % 4](n, r, c), {r: n, c: 1}, [(r, "around", c)]) for i, (n, r, c) in enumerate(rings)]


def mixed_prompts() -> list[dict]:
    """Two or three relations in one prompt, as people write them."""
    return [
        item("A cat on the left of a dog, and a ball in front of the dog",
             objects("cat", "dog", "ball"), [("cat", "left_of", "dog"), ("ball", "in_front_of", "dog")]),
        item("A cup on a table with a chair to the right of the table",
             objects("cup", "table", "chair"), [("cup", "on_top_of", "table"), ("chair", "right_of", "table")]),
        item("A lamp next to a sofa and a cat under the table",
             objects("lamp", "sofa", "cat", "table"), [("lamp", "near", "sofa"), ("cat", "under", "table")]),
        item("A horse behind a fence, a tree on the left of the fence",
             objects("horse", "fence", "tree"), [("horse", "behind", "fence"), ("tree", "left_of", "fence")]),
        item("A vase on a cabinet and a painting to the right of the cabinet",
             objects("vase", "cabinet", "painting"),
             [("vase", "on_top_of", "cabinet"), ("painting", "right_of", "cabinet")]),
        item("A dog in front of a house, with a car parked on the right of the house",
             objects("dog", "house", "car"), [("dog", "in_front_of", "house"), ("car", "right_of", "house")]),
        item("A book on a desk, a chair in front of the desk and a lamp beside the desk",
             objects("book", "desk", "chair", "lamp"),
             [("book", "on_top_of", "desk"), ("chair", "in_front_of", "desk"), ("lamp", "near", "desk")]),
        item("A boat near a lighthouse and a bird on a rock",
             objects("boat", "lighthouse", "bird", "rock"),
             [("boat", "near", "lighthouse"), ("bird", "on_top_of", "rock")]),
        item("A teapot between a cup and a jug, all on a table",
             objects("teapot", "cup", "jug", "table"),
             [("teapot", "between", "cup", "jug"), ("teapot", "on_top_of", "table"), ("cup", "on_top_of", "table"),
              ("jug", "on_top_of", "table")]),
        item("A man to the left of a woman, and a child in front of them",
             objects("man", "woman", "child"), [("man", "left_of", "woman"), ("child", "in_front_of", "man"),
                                                ("child", "in_front_of", "woman")]),
        item("A bicycle leaning next to a bench, a tree behind the bench",
             objects("bicycle", "bench", "tree"), [("bicycle", "near", "bench"), ("tree", "behind", "bench")]),
        item("A candle in front of a mirror and a clock on the left of the mirror",
             objects("candle", "mirror", "clock"),
             [("candle", "in_front_of", "mirror"), ("clock", "left_of", "mirror")]),
    ]


# ------------------------------------------------------------- composition ---

def composition_prompts() -> list[dict]:
    centre = [
        ("cat", "{} in the centre"), ("vase", "{} in the middle of the picture"),
        ("dog", "{} in the center of the image"), ("chair", "{} right in the centre of the frame"),
        ("horse", "{} standing in the middle of the image"), ("teapot", "{} in the centre of the picture"),
        ("tree", "{} in the center of the frame"), ("car", "{} parked in the middle of the image"),
        ("snowman", "{} in the centre of the image"), ("giraffe", "{} in the middle of the frame"),
    ]
    left = [
        ("horse", "{} on the left side of the image"), ("bench", "on the left side of the picture there is {}"),
        ("lamp", "{} at the left of the frame"), ("sofa", "{} on the left side of the room"),
        ("tree", "{} on the left side of the picture"), ("dog", "{} on the left side of the frame"),
        ("bicycle", "{} at the far left of the image"), ("wardrobe", "{} on the left-hand side of the image"),
    ]
    right = [
        ("car", "{} on the right side of the image"), ("clock", "on the right side of the picture there is {}"),
        ("cow", "{} at the right of the frame"), ("bookshelf", "{} on the right side of the room"),
        ("lighthouse", "{} on the right side of the picture"), ("cat", "{} on the right side of the frame"),
        ("streetlight", "{} at the far right of the image"), ("piano", "{} on the right-hand side of the image"),
    ]
    out = [item(t.format(a(n)), {n: 1}, [(n, "centre")]) for n, t in centre]
    out += [item(t.format(a(n)), {n: 1}, [(n, "image_left")]) for n, t in left]
    out += [item(t.format(a(n)), {n: 1}, [(n, "image_right")]) for n, t in right]
    out += [
        item("A car in the centre of the image with a tree on the left side",
             objects("car", "tree"), [("car", "centre"), ("tree", "image_left")]),
        item("A dog on the left side of the picture and a cat on the right side",
             objects("dog", "cat"), [("dog", "image_left"), ("cat", "image_right")]),
        item("A lamp on the right side of the image and an armchair in the middle",
             objects("lamp", "armchair"), [("lamp", "image_right"), ("armchair", "centre")]),
        item("Two horses on the left side of the frame and a barn on the right side",
             {"horse": 2, "barn": 1}, [("horse", "image_left"), ("barn", "image_right")]),
        item("A table in the centre with a chair on the left side of the image",
             objects("table", "chair"), [("table", "centre"), ("chair", "image_left")]),
    ]
    return out


# ------------------------------------------------------------------ counts ---

def count_prompts() -> list[dict]:
    singles = [
        (1, "cat"), (2, "dog"), (3, "apple"), (4, "chair"), (5, "bird"), (6, "cup"), (7, "tree"),
        (8, "duck"), (9, "bottle"), (10, "book"), (11, "candle"), (12, "cup"), (13, "chicken"),
        (14, "orange"), (15, "flower"), (16, "cow"), (17, "ball"), (18, "mushroom"), (19, "rock"),
        (20, "apple"), (2, "horse"), (3, "car"), (4, "pig"), (5, "bicycle"), (6, "barrel"), (7, "fish"),
        (8, "mug"), (9, "rabbit"), (10, "pillow"), (3, "elephant"), (2, "lamp"), (5, "house"),
    ]
    say = [
        lambda n, x, d: f"{n_of(n, x, d)}",
        lambda n, x, d: f"a picture of {n_of(n, x, d)}",
        lambda n, x, d: f"exactly {n_of(n, x, d)}",
        lambda n, x, d: f"{n_of(n, x, d)} in a row",
    ]
    out = []
    for i, (n, x) in enumerate(singles):
        digits = i % 5 == 4 and n > 1  # now and then "12 cups" rather than "twelve cups"
        out.append(item(say[i % 4](n, x, digits), {x: n}))
    out += [
        item("Sixteen sheep in two rows", {"sheep": 16}),
        item("Two boats and one pig", {"boat": 2, "pig": 1}),
        item("Three cats and two dogs", {"cat": 3, "dog": 2}),
        item("One horse, two cows and three chickens", {"horse": 1, "cow": 2, "chicken": 3}),
        item("Four chairs and a table", {"chair": 4, "table": 1}),
        item("Twelve cups on a table", {"cup": 12, "table": 1}, [("cup", "on_top_of", "table")]),
        item("Five apples on a plate", {"apple": 5, "plate": 1}, [("apple", "on_top_of", "plate")]),
        item("Eighteen birds on a fence, a single tree nearby", {"bird": 18, "fence": 1, "tree": 1},
             [("bird", "on_top_of", "fence")]),
        item("7 bottles and 2 glasses", {"bottle": 7, "glass": 2}),
        item("Twenty ducks on a pond", {"duck": 20, "pond": 1}, [("duck", "on_top_of", "pond")]),
        item("Nine trees and one house", {"tree": 9, "house": 1}),
        item("Two cars, two trucks and a bus", {"car": 2, "truck": 2, "bus": 1}),
        item("Thirteen candles on a cake", {"candle": 13, "cake": 1}, [("candle", "on_top_of", "cake")]),
        item("Six books on a shelf", {"book": 6, "shelf": 1}, [("book", "on_top_of", "shelf")]),
        item("Fifteen sheep and one dog", {"sheep": 15, "dog": 1}),
        item("Three teddy bears on a bed", {"teddy bear": 3, "bed": 1}, [("teddy bear", "on_top_of", "bed")]),
        item("Eleven chairs in two rows", {"chair": 11}),
        item("A single elephant", {"elephant": 1}),
        item("Nineteen balloons", {"balloon": 19}),
        item("Four horses and four cows", {"horse": 4, "cow": 4}),
    ]
    return out


# ------------------------------------------------------------- orientation ---

def orientation_prompts() -> list[dict]:
    """Facing is judged from yaw against the camera: left/right = towards image left/right,
    camera/forward = towards the viewer, away/backward = away from the viewer."""
    rows = [
        ("horse", "a {} facing left", "left"), ("dog", "a {} facing right", "right"),
        ("car", "a {} facing the camera", "camera"), ("man", "a {} facing away from the camera", "away"),
        ("chair", "a {} facing forward", "camera"), ("cat", "a {} facing backward", "away"),
        ("bus", "a {} facing left", "left"), ("woman", "a {} facing the viewer", "camera"),
        ("sofa", "a {} facing away from us", "away"), ("deer", "a {} looking to the left", "left"),
        ("motorcycle", "a {} turned to the right", "right"), ("cow", "a {} facing right", "right"),
        ("elephant", "an {} facing left", "left"), ("bicycle", "a {} pointing to the right", "right"),
        ("person", "a {} facing the camera", "camera"), ("truck", "a {} facing away", "away"),
        ("pig", "a {} facing left", "left"), ("armchair", "an {} facing the camera", "camera"),
        ("bench", "a {} facing away from the camera", "away"), ("giraffe", "a {} facing right", "right"),
        ("child", "a {} facing left", "left"), ("train", "a {} heading to the right", "right"),
        ("piano", "a {} facing forward", "camera"), ("rabbit", "a {} facing right", "right"),
    ]
    out = [item(t.format(n), {n: 1}, facing=[(n, d)]) for n, t, d in rows]
    out += [
        item("Two cows facing right", {"cow": 2}, facing=[("cow", "right")]),
        item("Three ducks facing left", {"duck": 3}, facing=[("duck", "left")]),
        item("A dog facing left and a cat facing right", objects("dog", "cat"),
             facing=[("dog", "left"), ("cat", "right")]),
        item("A horse on the left of a cart, facing right", objects("horse", "cart"),
             [("horse", "left_of", "cart")], facing=[("horse", "right")]),
        item("A man facing the camera next to a car facing left", objects("man", "car"),
             [("man", "near", "car")], facing=[("man", "camera"), ("car", "left")]),
        item("A woman facing away from the camera, in front of a house", objects("woman", "house"),
             [("woman", "in_front_of", "house")], facing=[("woman", "away")]),
        item("A sheep facing the camera beside a fence", objects("sheep", "fence"),
             [("sheep", "near", "fence")], facing=[("sheep", "camera")]),
    ]
    return out


# ------------------------------------------------------------------ camera ---

def camera_prompts() -> list[dict]:
    """View names follow the scene axes: 'left view' = camera on the -x side looking +x,
    'right view' = +x side, 'front' = +z side, 'top' = looking down steeply. Close-up and wide
    shot are judged on the first object's size in the frame."""
    return [
        item("A car, top view", {"car": 1}, camera="top"),
        item("A table with a cup on it, seen from above", objects("table", "cup"),
             [("cup", "on_top_of", "table")], camera="top"),
        item("A top-down view of four chairs around a table", {"chair": 4, "table": 1},
             [("chair", "around", "table")], camera="top"),
        item("Bird's-eye view of a house and a tree", objects("house", "tree"), camera="top"),
        item("Three apples on a plate, viewed from directly above", {"apple": 3, "plate": 1},
             [("apple", "on_top_of", "plate")], camera="top"),
        item("Overhead shot of a dog next to a cat", objects("dog", "cat"), [("dog", "near", "cat")], camera="top"),
        item("A front view of a house", {"house": 1}, camera="front"),
        item("A sofa and a lamp, front view", objects("sofa", "lamp"), camera="front"),
        item("Front view of a cat on the left of a dog", objects("cat", "dog"),
             [("cat", "left_of", "dog")], camera="front"),
        item("A piano seen from the front", {"piano": 1}, camera="front"),
        item("A truck, front view", {"truck": 1}, camera="front"),
        item("A horse and a cart, left view", objects("horse", "cart"), camera="left"),
        item("A bicycle next to a bench, viewed from the left", objects("bicycle", "bench"),
             [("bicycle", "near", "bench")], camera="left"),
        item("Shooting from the left: a table and two chairs", {"table": 1, "chair": 2}, camera="left"),
        item("A car parked by a house, seen from the left side", objects("car", "house"),
             [("car", "near", "house")], camera="left"),
        item("A cow in a field, left view", {"cow": 1}, camera="left"),
        item("A bus, right view", {"bus": 1}, camera="right"),
        item("A dog beside a fire hydrant, viewed from the right", objects("dog", "fire hydrant"),
             [("dog", "near", "fire hydrant")], camera="right"),
        item("Shooting from the right: a desk with a laptop on it", objects("desk", "laptop"),
             [("laptop", "on_top_of", "desk")], camera="right"),
        item("A boat near a lighthouse, seen from the right side", objects("boat", "lighthouse"),
             [("boat", "near", "lighthouse")], camera="right"),
        item("A sheep, right view", {"sheep": 1}, camera="right"),
        item("A close-up of a cat", {"cat": 1}, camera="close-up"),
        item("Close-up shot of a teapot", {"teapot": 1}, camera="close-up"),
        item("A close-up of a vase on a table", objects("vase", "table"),
             [("vase", "on_top_of", "table")], camera="close-up"),
        item("Close up of a dog's face", {"dog": 1}, camera="close-up"),
        item("A close-up of a clock", {"clock": 1}, camera="close-up"),
        item("A close-up of a horse", {"horse": 1}, camera="close-up"),
        item("A wide shot of a lighthouse", {"lighthouse": 1}, camera="wide"),
        item("A wide shot of a barn with two horses", {"barn": 1, "horse": 2}, camera="wide"),
        item("Wide shot: a house, a tree and a car", objects("house", "tree", "car"), camera="wide"),
        item("A wide shot of a tent near a campfire", objects("tent", "campfire"),
             [("tent", "near", "campfire")], camera="wide"),
        item("A wide establishing shot of a castle", {"castle": 1}, camera="wide"),
        item("A wide shot of a cow in front of a barn", objects("cow", "barn"),
             [("cow", "in_front_of", "barn")], camera="wide"),
    ]


# ------------------------------------------------------------------- nouns ---

def noun_prompts() -> list[dict]:
    """Irregular plurals (the name must come back singular) and nouns the library lacks."""
    irregular = [
        (3, "mouse"), (2, "person"), (4, "sheep"), (2, "deer"), (5, "goose"), (3, "child"),
        (3, "woman"), (4, "wolf"), (2, "cactus"), (3, "bus"), (2, "shelf"), (4, "box"),
        (3, "bench"), (2, "glass"), (3, "puppy"), (2, "pony"), (3, "calf"), (2, "fish"),
        (3, "snowman"), (4, "tomato"), (2, "fox"), (3, "bush"), (2, "ox"), (3, "loaf"),
    ]
    out = [item(n_of(n, x), {x: n}) for n, x in irregular]
    out += [
        item("Two knives and a fork", {"knife": 2, "fork": 1}),
        item("Two men and a woman", {"man": 2, "woman": 1}),
        item("Three mice on the left of a cat", {"mouse": 3, "cat": 1}, [("mouse", "left_of", "cat")]),
        item("Two people next to a car", {"person": 2, "car": 1}, [("person", "near", "car")]),
        item("Four geese in front of a barn", {"goose": 4, "barn": 1}, [("goose", "in_front_of", "barn")]),
        item("Three children around a tree", {"child": 3, "tree": 1}, [("child", "around", "tree")]),
        item("Two deer behind a fence", {"deer": 2, "fence": 1}, [("deer", "behind", "fence")]),
        item("Three knives on a table", {"knife": 3, "table": 1}, [("knife", "on_top_of", "table")]),
        item("Two buses and a bench", {"bus": 2, "bench": 1}),
        item("A glass on the left of two dishes", {"glass": 1, "dish": 2}, [("glass", "left_of", "dish")]),
    ]
    # Unknown nouns: the name must still be the noun as written (singular), mapped or stood in.
    out += [
        item("A penguin next to a chair", objects("penguin", "chair"), [("penguin", "near", "chair")]),
        item("Two lions", {"lion": 2}),
        item("A kangaroo on the left of a tree", objects("kangaroo", "tree"), [("kangaroo", "left_of", "tree")]),
        item("A robot in front of a car", objects("robot", "car"), [("robot", "in_front_of", "car")]),
        item("Three flamingos", {"flamingo": 3}),
        item("A skateboard under a bench", objects("skateboard", "bench"), [("skateboard", "under", "bench")]),
        item("A trumpet on a table", objects("trumpet", "table"), [("trumpet", "on_top_of", "table")]),
        item("A dinosaur behind a house", objects("dinosaur", "house"), [("dinosaur", "behind", "house")]),
        item("Two camels and a tent", {"camel": 2, "tent": 1}),
        item("A toaster to the right of a teapot", objects("toaster", "teapot"), [("toaster", "right_of", "teapot")]),
        item("Four strawberries on a plate", {"strawberry": 4, "plate": 1}, [("strawberry", "on_top_of", "plate")]),
        item("A wheelchair beside a bed", objects("wheelchair", "bed"), [("wheelchair", "near", "bed")]),
    ]
    return out


SETS = {
    "relations": LEFT + RIGHT + ON_TOP + UNDER + FRONT + BEHIND + NEAR + HIDDEN
    + between_prompts() + around_prompts() + mixed_prompts(),
    "composition": composition_prompts(),
    "counts": count_prompts(),
    "orientation": orientation_prompts(),
    "camera": camera_prompts(),
    "nouns": noun_prompts(),
}


def main() -> None:
    total = 0
    for name, rows in SETS.items():
        path = HERE / f"{name}.jsonl"
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
        print(f"{path.relative_to(HERE.parents[1])}: {len(rows)} prompts")
        total += len(rows)
    print(f"total: {total}")


if __name__ == "__main__":
    main()
