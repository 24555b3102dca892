"""Writes the development scene descriptions (bench/prompts/scenes/dev.jsonl) for bench/scenes.py.

    .venv/bin/python bench/prompts/scenes_dev.py

Long, multi-clause descriptions of the kind people type into image tools, written by hand for
this project with their truth beside them (never read from the implementation). The held-out
scenes come from another script with another vocabulary (bench/prompts/scenes_grammar.py).

Truth, per prompt (every key but "objects" optional):
    objects      {name: count}: visible instances named so (singular, compound nouns whole;
                 "a|b" accepts either name where English allows both, e.g. "kitchen counter|counter")
    sides        [[name, "left"|"right"]]: where the picture shows it
    relations    [[subject, kind, object]] with the layout bench's kinds; the same name on both
                 sides ("a lamp hidden by a lamp") means two different instances
    arrangements [[name, "row"]], [[name, "grid", rows, columns]], [[name, "stack"]]
    facing       [[name, [way, ...]]]: the instances from the picture's left to its right face these
                 ways ("camera", "left", "right", "away")
    camera       "top" | "back" | "front" | "left" | "right" | "wide" | "close-up" | "low"
    forbidden    words that must not name an object (style, quality, manner, setting, light...)
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "scenes" / "dev.jsonl"


def scene(prompt: str, objects: dict, forbidden=(), **truth) -> dict:
    return {"prompt": prompt, "expect": {"objects": objects, "forbidden": list(forbidden),
                                         **{k: [list(x) for x in v] if k != "camera" else v
                                            for k, v in truth.items()}}}


SCENES = [
    scene("Two dogs chased a red ball across a sunny garden, ultra detailed, watercolor style",
          {"dog": 2, "ball": 1}, ["ultra", "detailed", "watercolor", "style", "garden", "sunny"]),
    scene("A lamp hidden by a lamp on a wooden desk, soft morning light, photorealistic",
          {"lamp": 2, "desk": 1}, ["light", "morning", "photorealistic", "soft"],
          relations=[("lamp", "hidden_by", "lamp")]),
    scene("Twelve geese in three rows of four on a frozen lake, seen from above, minimalist poster art",
          {"goose": 12}, ["lake", "poster", "art", "minimalist", "frozen"],
          arrangements=[("goose", "grid", 3, 4)], camera="top"),
    scene("Six stools around a kitchen counter, warm cinematic lighting",
          {"stool": 6, "kitchen counter|counter": 1}, ["lighting", "cinematic", "warm", "kitchen"],
          relations=[("stool", "around", "kitchen counter|counter")]),
    scene("Fifteen bicycles parked from left to right along a brick wall, golden hour, highly detailed",
          {"bicycle": 15, "brick wall|wall": 1}, ["hour", "golden", "highly", "detailed"],
          arrangements=[("bicycle", "row")], relations=[("bicycle", "near", "brick wall|wall")]),
    scene("An office chair stands to the left of a standing desk, and a potted fern sits on the desk, "
          "clean product photography",
          {"office chair": 1, "standing desk|desk": 1, "potted fern|fern": 1}, ["photography", "product", "clean"],
          relations=[("office chair", "left_of", "standing desk|desk"),
                     ("potted fern|fern", "on_top_of", "standing desk|desk")]),
    scene("Captain Orlov stands between two sailors on a pier, oil painting, dramatic",
          {"captain orlov|orlov": 1, "sailor": 2}, ["oil", "painting", "dramatic"],
          relations=[("captain orlov|orlov", "between", "sailor", "sailor")]),
    scene("A child draws a figure on a sheet of paper at a small table, crayon style",
          {"child": 1, "paper|sheet of paper|sheet": 1, "table": 1}, ["figure", "person", "crayon", "style"]),
    scene("Three kids carried two boxes into a barn", {"kid": 3, "box": 2}),
    scene("A cat sleeps neatly under a wooden bench while a dog sits in front of the bench, vintage photo",
          {"cat": 1, "bench": 1, "dog": 1}, ["neatly", "vintage", "photo"],
          relations=[("cat", "under", "bench"), ("dog", "in_front_of", "bench")]),
    scene("Five candles standing in a line on a long dining table, a fruit bowl beside them, dark moody lighting",
          {"candle": 5, "dining table|table": 1, "fruit bowl|bowl": 1}, ["lighting", "moody", "dark"],
          arrangements=[("candle", "row")], relations=[("candle", "on_top_of", "dining table|table")]),
    scene("A red car on the left side of the picture and a blue truck on the right, both parked in front of "
          "a garage, rainy evening",
          {"car": 1, "truck": 1, "garage": 1}, ["evening", "rainy", "picture", "side"],
          sides=[("car", "left"), ("truck", "right")],
          relations=[("car", "in_front_of", "garage"), ("truck", "in_front_of", "garage")]),
    scene("Seven chickens gathered around a scarecrow in a muddy field, children's book illustration",
          {"chicken": 7, "scarecrow": 1}, ["field", "muddy", "illustration", "book", "child"],
          relations=[("chicken", "around", "scarecrow")]),
    scene("A grandfather clock behind an armchair, a cat curled up on the armchair, 35mm film grain",
          {"grandfather clock|clock": 1, "armchair": 1, "cat": 1}, ["35mm", "film", "grain"],
          relations=[("grandfather clock|clock", "behind", "armchair"), ("cat", "on_top_of", "armchair")]),
    scene("Two horses grazing near a wooden fence, a farmhouse far behind them, wide shot, late afternoon sun",
          {"horse": 2, "fence": 1, "farmhouse": 1}, ["sun", "afternoon", "shot", "late"],
          relations=[("horse", "near", "fence"), ("farmhouse", "behind", "horse")], camera="wide"),
    scene("Sherlock Holmes stands beside a lamppost on a foggy London street at night, noir style",
          {"sherlock holmes": 1, "lamppost|lamp post": 1}, ["street", "london", "night", "noir", "style", "foggy"],
          relations=[("sherlock holmes", "near", "lamppost|lamp post")]),
    scene("A fire truck parked to the right of a fire hydrant, a firefighter standing between them, comic book style",
          {"fire truck": 1, "fire hydrant": 1, "firefighter": 1}, ["comic", "book", "style"],
          relations=[("fire truck", "right_of", "fire hydrant"),
                     ("firefighter", "between", "fire truck", "fire hydrant")]),
    scene("Four mugs on a tray, the tray on an ottoman, the ottoman in front of a sofa, cozy interior, soft focus",
          {"mug": 4, "tray": 1, "ottoman": 1, "sofa": 1}, ["interior", "focus", "cozy", "soft"],
          relations=[("mug", "on_top_of", "tray"), ("tray", "on_top_of", "ottoman"),
                     ("ottoman", "in_front_of", "sofa")]),
    scene("A rocking horse in the centre of a nursery, with a toy chest to its left and a small bookshelf to its "
          "right, pastel colours",
          {"rocking horse": 1, "toy chest|chest": 1, "bookshelf": 1}, ["nursery", "pastel", "colour", "color"],
          relations=[("rocking horse", "centre"), ("toy chest|chest", "left_of", "rocking horse"),
                     ("bookshelf", "right_of", "rocking horse")]),
    scene("Nine penguins standing in a 3 by 3 grid on the ice, top view, crisp 8k render",
          {"penguin": 9}, ["ice", "render", "8k", "crisp", "view"],
          arrangements=[("penguin", "grid", 3, 3)], camera="top"),
    scene("A garden hose coiled beside a bucket, a spade leaning against a shed, bright summer day",
          {"garden hose|hose": 1, "bucket": 1, "spade": 1, "shed": 1}, ["day", "summer", "bright"],
          relations=[("garden hose|hose", "near", "bucket"), ("spade", "near", "shed")]),
    scene("Pip sits on a swing while her grandmother watches from a bench on the right, impressionist brush strokes",
          {"pip": 1, "swing": 1, "grandmother": 1, "bench": 1}, ["stroke", "brush", "impressionist"],
          relations=[("pip", "on_top_of", "swing")], sides=[("bench", "right")]),
    scene("A small airplane parked in front of a hangar, a fuel truck to its left, overcast sky, aerial photograph",
          {"airplane": 1, "hangar": 1, "fuel truck": 1}, ["sky", "photograph", "overcast", "aerial"],
          relations=[("airplane", "in_front_of", "hangar"), ("fuel truck", "left_of", "airplane")]),
    scene("On a beach, three umbrellas stand in a row with a towel under each one, sun-drenched, vivid",
          {"umbrella": 3, "towel": 3}, ["beach", "vivid", "sun"],
          arrangements=[("umbrella", "row")], relations=[("towel", "under", "umbrella")]),
    scene("A dog lying on a bed and a cat lying under the bed, low angle shot",
          {"dog": 1, "bed": 1, "cat": 1}, ["angle", "shot", "low"],
          relations=[("dog", "on_top_of", "bed"), ("cat", "under", "bed")], camera="low"),
    scene("Eight chairs around a round table in a banquet hall, shot from directly above, elegant",
          {"chair": 8, "round table|table": 1}, ["hall", "banquet", "elegant"],
          relations=[("chair", "around", "round table|table")], camera="top"),
    scene("Two dogs and a cat watch a goldfish bowl on a low shelf; the cat is on the left, the dogs on the right",
          {"dog": 2, "cat": 1, "goldfish bowl|bowl": 1, "shelf": 1}, [],
          relations=[("goldfish bowl|bowl", "on_top_of", "shelf")], sides=[("cat", "left"), ("dog", "right")]),
    scene("Three suitcases piled on top of each other next to a taxi, street photography",
          {"suitcase": 3, "taxi": 1}, ["stack", "photography", "street"],
          arrangements=[("suitcase", "stack")], relations=[("suitcase", "near", "taxi")]),
    scene("Filmed from behind, a knight faces a dragon across a stone bridge, epic fantasy art",
          {"knight": 1, "dragon": 1}, ["art", "fantasy", "epic"], camera="back"),
    scene("Zorblax the robot waits beside a vending machine while two pigeons peck at the pavement, gritty realism",
          {"zorblax|robot": 1, "vending machine": 1, "pigeon": 2}, ["realism", "gritty", "pavement"],
          relations=[("zorblax|robot", "near", "vending machine")]),
    scene("Three horses standing in a row, facing left, right and left respectively, oil on canvas",
          {"horse": 3}, ["oil", "canvas"], arrangements=[("horse", "row")],
          facing=[("horse", ["left", "right", "left"])]),
    scene("A cat, a dog and a rabbit sit on a rug from left to right in that order, soft pastel drawing",
          {"cat": 1, "dog": 1, "rabbit": 1, "rug": 1}, ["order", "drawing", "pastel", "soft"],
          relations=[("cat", "left_of", "dog"), ("dog", "left_of", "rabbit"), ("cat", "on_top_of", "rug"),
                     ("dog", "on_top_of", "rug"), ("rabbit", "on_top_of", "rug")]),
    scene("Five children standing in a line; the two on the right face away from the camera and the others "
          "face us, school photo",
          {"child": 5}, ["photo", "school"], arrangements=[("child", "row")],
          facing=[("child", ["camera", "camera", "camera", "away", "away"])]),
    scene("Close-up of an old microscope on a writing desk, shallow focus, nostalgic mood",
          {"microscope": 1, "writing desk|desk": 1}, ["focus", "mood", "nostalgic", "shallow"],
          relations=[("microscope", "on_top_of", "writing desk|desk")], camera="close-up"),
]


def heldout_nouns() -> set[str]:
    """Nouns of the held-out layout prompts: a dev scene must not teach them."""
    nouns = set()
    for path in (OUT.parent.parent / "heldout").glob("*.jsonl"):
        for line in path.read_text().splitlines():
            if line.strip():
                nouns |= set(json.loads(line)["expect"]["objects"])
    return nouns


def main() -> None:
    mine = {n for s in SCENES for spec in s["expect"]["objects"] for n in spec.split("|")}
    shared = mine & heldout_nouns()
    assert not shared, f"dev scene nouns also in the held-out layout prompts: {sorted(shared)}"
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("".join(json.dumps(s) + "\n" for s in SCENES))
    print(f"{len(SCENES)} dev scenes -> {OUT}")


if __name__ == "__main__":
    main()
