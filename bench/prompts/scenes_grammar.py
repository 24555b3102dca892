"""Writes the HELD-OUT scene descriptions (bench/prompts/scenes/heldout.jsonl) for bench/scenes.py.

    .venv/bin/python bench/prompts/scenes_grammar.py

Each description is three or four clauses drawn from the clause kinds below, joined the ways
people join them (commas, "and", semicolons, full stops), then a setting, now and then a view,
and a tail of style words. The vocabulary (nouns, names, verbs, settings, styles) is this file's
own: no noun of the development scenes or of any layout prompt set is used (the script checks),
and nothing outside bench/ may import this file or quote its prompts. Truth is written by the
grammar with each clause (see bench/prompts/scenes_dev.py for the keys). Seed 23.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout.jsonl"
rng = random.Random(23)

CREATURES = ["alpaca", "badger", "otter", "raccoon", "beaver", "heron", "yak", "lamb", "piglet", "meerkat",
             "walrus", "ostrich"]
THINGS = ["traffic cone", "beach ball", "picnic basket", "bird bath", "garden gnome", "milk churn", "hay bale",
          "rocking chair", "ice cream cart", "tricycle", "anvil", "wine barrel", "music stand", "sewing machine",
          "treasure chest", "telescope", "birdcage", "water pump"]
SMALL = ["sugar bowl", "jam jar", "pocket watch", "snow globe", "paper lantern", "tin can", "chess piece",
         "soup bowl", "tea tray", "lunch box", "pepper mill"]
SUPPORTS = ["potting bench", "hay bale", "millstone", "wine barrel", "treasure chest", "sea chest", "piano stool"]
COVERS = ["park bench", "market stall", "kitchen table", "garden table", "pool table"]
TALL = ["totem pole", "water tower", "street clock", "phone booth", "grain silo", "oak tree", "flagpole"]
NAMES = ["Quillon", "Marisande", "Tobbe", "Ysolde", "Corvin Ash", "Petronella", "Brannoc", "Odalys Fenn",
         "Hesketh", "Winnow"]
VERBS = ["nudged", "circled", "sniffed at", "guarded", "pushed", "inspected"]
PLACES = [("in a sunlit courtyard", ["courtyard", "sunlit"]), ("in a cluttered workshop", ["workshop", "cluttered"]),
          ("deep in an orchard", ["orchard", "deep"]), ("on a windswept harbour", ["harbour", "windswept"]),
          ("inside a greenhouse", ["greenhouse"]), ("at a desert oasis", ["desert", "oasis"]),
          ("in a dusty attic", ["attic", "dusty"]), ("on a village green", ["village", "green"]),
          ("on the moon", ["moon"]), ("in a stadium", ["stadium"])]
STYLES = [("ink wash style, highly intricate", ["ink", "wash", "style", "intricate"]),
          ("isometric pixel art", ["isometric", "pixel", "art"]),
          ("chiaroscuro lighting, hyperrealistic, 4k", ["chiaroscuro", "lighting", "hyperrealistic", "4k"]),
          ("loose pencil sketch", ["pencil", "sketch", "loose"]),
          ("gouache texture, muted tones", ["gouache", "texture", "muted", "tone"]),
          ("dreamy matte painting, volumetric light", ["dreamy", "matte", "painting", "volumetric", "light"]),
          ("award-winning photograph, shallow depth of field",
           ["award", "winning", "photograph", "shallow", "depth", "field"]),
          ("claymation look, playful", ["claymation", "look", "playful"])]
MANNER = ["lazily", "proudly", "patiently", "cheerfully", "silently"]
NUMBER = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
          12: "twelve"}
PLURAL = {"walrus": "walruses", "ostrich": "ostriches", "bench": "benches", "box": "boxes", "watch": "watches",
          "glass": "glasses", "sheep": "sheep", "piece": "pieces"}


def plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    word = PLURAL.get(last, last[:-1] + "ies" if last.endswith("y") and last[-2] not in "aeiou" else last + "s")
    return f"{head} {word}".strip()


def an(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


class Draft:
    """One description being built: clauses, truth, and the nouns already used (no noun twice,
    so counts stay exact)."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.truth: dict = {"objects": {}, "forbidden": []}
        self.used: set[str] = set()
        self.view_ok = True  # a clause about depth order makes a top view ambiguous

    def take(self, pool: list[str]) -> str:
        noun = rng.choice([n for n in pool if n not in self.used])
        self.used.add(noun)
        return noun

    def add(self, key: str, *items) -> None:
        self.truth.setdefault(key, []).extend(list(i) for i in items)

    def count(self, noun: str, n: int) -> None:
        self.truth["objects"][noun] = n


def verb_counts(d: Draft) -> None:
    """Counts on the subject and the object of a verb: "three otters nudged two beach balls"."""
    a, b = d.take(CREATURES), d.take(THINGS)
    n, m = rng.choice([2, 3, 4]), rng.choice([1, 2, 3])
    obj = an(b) if m == 1 else f"{NUMBER[m]} {plural(b)}"
    manner = rng.choice(MANNER)
    d.truth["forbidden"].append(manner)
    d.clauses.append(f"{NUMBER[n]} {plural(a)} {manner} {rng.choice(VERBS)} {obj}")
    d.count(a, n)
    d.count(b, m)


def arrangement(d: Draft) -> None:
    kind = rng.choice(["row", "grid", "grid", "ring", "stack"])
    if kind == "row":
        a, n = d.take(THINGS + CREATURES), rng.choice([4, 5, 6, 8])
        d.clauses.append(rng.choice([f"{NUMBER[n]} {plural(a)} standing in a straight line",
                                     f"{NUMBER[n]} {plural(a)} lined up from left to right",
                                     f"a row of {NUMBER[n]} {plural(a)}"]))
        d.count(a, n)
        d.add("arrangements", (a, "row"))
    elif kind == "grid":
        a = d.take(THINGS + CREATURES)
        r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (2, 5)])
        d.clauses.append(rng.choice([f"{NUMBER[r * c]} {plural(a)} set out in {NUMBER[r]} rows of {NUMBER[c]}",
                                     f"{NUMBER[r * c]} {plural(a)} arranged in a {r} by {c} grid"]))
        d.count(a, r * c)
        d.add("arrangements", (a, "grid", r, c))
    elif kind == "ring":
        a, centre, n = d.take(CREATURES + THINGS), d.take(TALL + ["bonfire", "well head"]), rng.choice([4, 5, 6, 7])
        d.clauses.append(rng.choice([f"{NUMBER[n]} {plural(a)} in a ring around {an(centre)}",
                                     f"{an(centre)} encircled by {NUMBER[n]} {plural(a)}",
                                     f"{NUMBER[n]} {plural(a)} gathered round {an(centre)}"]))
        d.count(a, n)
        d.count(centre, 1)
        d.add("relations", (a, "around", centre))
    else:
        a, n = d.take(["hay bale", "treasure chest", "lunch box", "wine barrel"]), rng.choice([2, 3])
        d.clauses.append(rng.choice([f"{NUMBER[n]} {plural(a)} piled one on top of another",
                                     f"{NUMBER[n]} {plural(a)} stacked into a little tower"]))
        d.count(a, n)
        d.add("arrangements", (a, "stack"))


def sides(d: Draft) -> None:
    a, b = d.take(THINGS + CREATURES + TALL), d.take(THINGS + CREATURES + TALL)
    d.clauses.append(rng.choice([f"{an(a)} on the far left and {an(b)} on the far right",
                                 f"{an(a)} over at the left edge, {an(b)} over at the right edge",
                                 f"{an(b)} keeps to the right while {an(a)} keeps to the left"]))
    d.count(a, 1)
    d.count(b, 1)
    d.add("sides", (a, "left"), (b, "right"))


def relation(d: Draft) -> None:
    kind = rng.choice(["on", "under", "front", "hidden", "beside", "left"])
    if kind == "on":
        a, b = d.take(SMALL), d.take(SUPPORTS)
        d.clauses.append(rng.choice([f"{an(a)} balanced on {an(b)}", f"{an(b)} with {an(a)} sitting on it"]))
        d.add("relations", (a, "on_top_of", b))
    elif kind == "under":
        a, b = d.take(CREATURES + ["lunch box", "picnic basket"]), d.take(COVERS)
        if a in CREATURES:
            d.clauses.append(rng.choice([f"{an(a)} dozing beneath {an(b)}", f"{an(a)} crouched underneath {an(b)}"]))
        else:
            d.clauses.append(rng.choice([f"{an(a)} stowed beneath {an(b)}", f"{an(a)} left underneath {an(b)}"]))
        d.add("relations", (a, "under", b))
    elif kind == "front":
        a, b = d.take(CREATURES + THINGS), d.take(TALL)
        d.clauses.append(rng.choice([f"{an(a)} waiting just in front of {an(b)}",
                                     f"{an(b)} rising behind {an(a)}"]))
        d.add("relations", (a, "in_front_of", b))
        d.view_ok = False
    elif kind == "hidden":
        a, b = d.take(CREATURES + THINGS), d.take(TALL + ["market stall", "wine barrel"])
        d.clauses.append(rng.choice([f"{an(a)} half tucked away behind {an(b)}",
                                     f"{an(a)} partly screened from view by {an(b)}"]))
        d.add("relations", (a, "hidden_by", b))
        d.view_ok = False
    elif kind == "beside":
        name, b = rng.choice(NAMES), d.take(THINGS + TALL)
        if name in d.used:
            return relation(d)
        d.used.add(name)
        d.clauses.append(rng.choice([f"{name} lingers beside {an(b)}", f"{name} waits close to {an(b)}"]))
        d.count(name.lower(), 1)
        d.add("relations", (name.lower(), "near", b))
        d.count(b, 1)
        return None
    else:
        a, b = d.take(THINGS + CREATURES), d.take(THINGS + CREATURES)
        d.clauses.append(rng.choice([f"{an(a)} a little to the left of {an(b)}", f"{an(b)} with {an(a)} at its left"]))
        d.add("relations", (a, "left_of", b))
    d.count(a, 1)
    d.count(b, 1)


def twin(d: Draft) -> None:
    """The same noun on both sides: two instances."""
    a = d.take(THINGS + CREATURES)
    d.clauses.append(rng.choice([f"{an(a)} partly hidden by another {a}", f"{an(a)} half hidden behind a second {a}"]))
    d.count(a, 2)
    d.add("relations", (a, "hidden_by", a))
    d.view_ok = False


def describe() -> dict:
    d = Draft()
    kinds = [verb_counts, arrangement, sides, relation, relation, twin]
    chosen = rng.sample(kinds, rng.choice([3, 4]))
    for clause in chosen:
        clause(d)
    place, place_words = rng.choice(PLACES)
    style, style_words = rng.choice(STYLES)
    d.truth["forbidden"] += place_words + style_words
    text = d.clauses[0]
    for clause in d.clauses[1:]:
        text += rng.choice([", ", "; ", ". ", " and "]) + clause
    text += f", {place}"
    if d.view_ok and not d.truth.get("sides") and rng.random() < 0.4:
        text += ", viewed from high overhead"
        d.truth["camera"] = "top"
        d.truth["forbidden"] += ["overhead"]
    elif rng.random() < 0.25:
        text += ", a distant wide view"
        d.truth["camera"] = "wide"
        d.truth["forbidden"] += ["view", "distant"]
    text += f", {style}"
    text = ". ".join(s[:1].upper() + s[1:] for s in text.split(". "))
    return {"prompt": text, "expect": d.truth}


def known_nouns() -> set[str]:
    nouns = set()
    for path in list(HERE.glob("*.jsonl")) + list((HERE / "heldout").glob("*.jsonl")) + [HERE / "scenes" / "dev.jsonl"]:
        if path.exists():
            for line in path.read_text().splitlines():
                if line.strip():
                    for spec in json.loads(line)["expect"]["objects"]:
                        nouns |= set(spec.split("|"))
    return nouns


def main() -> None:
    rows = [describe() for _ in range(40)]
    mine = {n for r in rows for n in r["expect"]["objects"]}
    shared = mine & known_nouns()
    assert not shared, f"nouns also in other prompt sets: {sorted(shared)}"
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"{len(rows)} held-out scenes -> {OUT}")


if __name__ == "__main__":
    main()
