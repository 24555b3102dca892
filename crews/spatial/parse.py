"""Spatial prompt -> ``SceneSpec``: the things named, how many, and how they relate.

Offline and deterministic, in three passes:

1. camera phrases ("top view", "close-up", "shooting from the left") and filler ("a photo of")
   are cut out of the text, so their words are never read as relations;
2. the tokens become a stream of items: noun phrases (count, colour, size, noun), relation
   phrases, frame phrases ("on the left"), orientation phrases, row hints, pronouns and
   separators;
3. a small clause machine turns the stream into relations: ``NP REL NP``, ``NP between NP and
   NP``, ``REL NP is NP``, co-subjects ("a cat and a dog on a table"), pronouns ("on it"), and a
   clause without a subject continuing the previous one ("a cat left of a dog, facing right").

The same noun with "the" (or no article) refers back to the thing already named; "another",
a second count or a different colour makes a new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crews.spatial import lexicon
from crews.spatial.phrases import CAMERA_RE, FILLER_RE, PHRASES, THERE_RE
from crews.spatial.spec import CameraSpec, EntitySpec, RelationSpec, SceneSpec

MAX_COUNT = 20
TOKEN = re.compile(r"\d+|[a-z]+(?:'[a-z]+)?|[,;.!?:]")
SEPARATORS = {",", ";", ".", "!", "?", ":", "and", "while", "with", "plus", "but", "whereas", "where", "then",
              "also", "whilst", "beside", "besides"}
PRONOUNS = {"it", "they", "them", "itself", "themselves", "him", "he", "she", "both"}
POSSESSIVE = {"its", "his", "her", "their"}
# Words that end a noun phrase without meaning anything spatial ("a cat *is sitting* on ...").
VERBS = {
    "is", "are", "was", "were", "be", "been", "being", "sits", "sit", "sitting", "seated", "stands", "stand",
    "standing", "lies", "lie", "lying", "laying", "rests", "rest", "resting", "placed", "place", "located",
    "positioned", "situated", "parked", "hangs", "hanging", "hung", "perched", "perches", "floats", "floating",
    "stays", "kept", "put", "appears", "appear", "can", "could", "seen", "which", "that", "who", "whose", "stood",
    "sat", "lay", "set", "has", "have", "had", "holding", "holds", "waits", "waiting", "sleeps", "sleeping",
    "staying", "remains", "remaining", "there", "here", "visible", "shown", "arranged", "lined", "stacked",
    "not", "also", "just", "right", "directly", "exactly", "slightly", "somewhat", "very", "far", "immediately",
    "straight", "each", "all", "both", "only", "now", "gently", "neatly", "sits", "sitting", "parked",
    "grazing", "grazes", "eating", "eats", "playing", "plays", "lying", "laid", "leaning", "leans", "leaned",
    "facing", "looking", "turned", "pointing", "photo", "image", "picture", "at", "to", "from",
}
# "right" and "directly" are intensifiers ("right behind", "directly under"): dropped as verbs are.


@dataclass
class NounPhrase:
    words: list[str]
    noun: lexicon.Noun | None  # None: only scenery ("the floor", "the image")
    count: int | None
    definite: bool
    plural: bool
    fresh: bool  # "another cat", "a second cat": never the cat already named
    color_name: str | None
    scale: float
    start: int  # token index


@dataclass
class Item:
    kind: str  # np | rel | frame | orient | rows | pron | eachother | sep
    value: str = ""
    np: NounPhrase | None = None
    start: int = 0


@dataclass
class Clause:
    subjects: list[str] = field(default_factory=list)
    carried: list[str] = field(default_factory=list)  # "a cat and": subjects offered to the next clause
    last_np: str | None = None
    related: bool = False  # some relation already used the subjects
    pending: tuple[str, list[str]] | None = None  # (relation kind, subjects) waiting for an object
    between: list[str] = field(default_factory=list)  # objects of a "between" so far
    between_subjects: list[str] = field(default_factory=list)
    leading: tuple[str, str | None] | None = None  # "on the table (is) a cup": (kind, object)
    pending_frame: str | None = None  # "on the left is a cat"
    mentioned: list[str] = field(default_factory=list)  # every entity the clause names
    faced: list[str] = field(default_factory=list)  # entities this clause already turned ("facing ...")
    fronted: tuple[str, str] | None = None  # the fronted relation applied ("on the table is a vase")


def parse(prompt: str) -> SceneSpec:
    """The scene a prompt describes; never raises on odd text (unknown words become stand-ins)."""
    text = normalise(prompt)
    camera, text = take_camera(text)
    text = FILLER_RE.sub(" , ", text)
    text = THERE_RE.sub(" is ", text)  # a verb: ends the noun phrase, not the clause
    tokens = TOKEN.findall(text)
    builder = _Builder(prompt, camera)
    builder.run(items(tokens))
    return builder.spec()


# ------------------------------------------------------------------ text ----


def normalise(prompt: str) -> str:
    text = prompt.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\"()\[\]{}]", " ", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "close-up", "left-facing", "teddy-bear"
    text = re.sub(r"\bon-top-of\b", "on top of", text)
    text = re.sub(r"\b(\w+)'s\b", r"\1", text)  # "the dog's left" -> "the dog left" (rare; keeps tokens clean)
    text = text.replace("colour", "color")
    return text


def take_camera(text: str) -> tuple[CameraSpec, str]:
    camera = CameraSpec()
    stated = []
    for regex, field_name, value in CAMERA_RE:
        def cut(match: re.Match, field_name=field_name, value=value) -> str:
            nonlocal camera
            stated.append(match.group(0).strip())
            if field_name == "view" and camera.view == "front":
                camera = camera.model_copy(update={"view": value})
            elif field_name == "shot" and camera.shot == "default":
                camera = camera.model_copy(update={"shot": value})
            elif field_name == "elevation" and camera.elevation_deg is None:
                camera = camera.model_copy(update={"elevation_deg": float(value)})
            return " ; "
        text = regex.sub(cut, text)
    return camera.model_copy(update={"stated": stated}), text


# ----------------------------------------------------------------- items ----


def items(tokens: list[str]) -> list[Item]:
    """Tokens -> items; consecutive plain words become one noun phrase each."""
    out: list[Item] = []
    run: list[tuple[str, int]] = []

    def flush() -> None:
        if run:
            for np in noun_phrases(run):
                out.append(Item("np", np=np, start=np.start))
            run.clear()

    i = 0
    while i < len(tokens):
        token = tokens[i]
        rows = _rows_count(tokens, i)
        if rows:
            flush()
            out.append(Item("rows", str(rows[0]), start=i))
            i = rows[1]
            continue
        match = PHRASES.match(tokens, i)
        # "her"/"its" before a noun is an article, not the start of "on her left".
        if match and not (match.kind.startswith("orient:toward") and _next_is_relation(tokens, match.end)):
            flush()
            family, _, value = match.kind.partition(":")
            out.append(Item(family, value, start=i))
            i = match.end
            continue
        if token in ("each", "one") and i + 1 < len(tokens) and tokens[i + 1] in ("other", "another"):
            flush()
            out.append(Item("eachother", start=i))
            i += 2
            continue
        if token in SEPARATORS:
            flush()
            out.append(Item("sep", token, start=i))
        elif token in PRONOUNS or (token in POSSESSIVE and not _noun_follows(tokens, i)):
            flush()
            out.append(Item("pron", token, start=i))
        elif token in VERBS and not (token in ("right",) and run):
            flush()
        else:
            run.append((token, i))
        i += 1
    flush()
    return out


def _rows_count(tokens: list[str], i: int) -> tuple[int, int] | None:
    """"in two rows" / "in 3 lines" -> (rows, index after the phrase)."""
    if tokens[i] in ("in", "into") and i + 2 < len(tokens) and tokens[i + 2] in (
            "rows", "row", "lines", "line", "columns", "column", "ranks", "tiers"):
        count = _count_value(tokens[i + 1])
        if count:
            return count, i + 3
    return None


def _next_is_relation(tokens: list[str], i: int) -> bool:
    match = PHRASES.match(tokens, i) if i < len(tokens) else None
    return bool(match and match.kind.startswith("rel:"))


def _noun_follows(tokens: list[str], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1] not in SEPARATORS and tokens[i + 1] not in VERBS and \
        not PHRASES.match(tokens, i + 1) and tokens[i + 1] not in ("left", "right", "back", "front", "side")


def _count_value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return lexicon.COUNT_WORDS.get(token) or ({"a": 1, "an": 1}.get(token))


def noun_phrases(run: list[tuple[str, int]]) -> list[NounPhrase]:
    """One run of plain words -> its noun phrase(s): "three red apples", "a group of people"."""
    words = [w for w, _ in run]
    count: int | None = None
    definite = fresh = False
    color = None
    scale = 1.0
    k = 0
    while k < len(words):
        word = words[k]
        if word in ("another", "second", "third", "other", "more", "extra", "additional", "different"):
            fresh = True
        if word in lexicon.DEFINITE:
            definite = True
        value = _count_value(word)
        if value and not (word == "one" and count):
            if word not in ("a", "an") or count is None:
                count = value if word not in ("a", "an") else count
        elif word in lexicon.COLLECTIVES and k + 1 < len(words) and words[k + 1] == "of":
            count = count if count and count > 1 else lexicon.COLLECTIVES[word]
            k += 2
            continue
        elif word in lexicon.COLORS and k + 1 < len(words):
            color = word
        elif word in lexicon.SIZE_WORDS and k + 1 < len(words):
            scale *= lexicon.SIZE_WORDS[word]
        elif word not in lexicon.ARTICLES and word != "of" and word not in ("more", "extra"):
            if word in lexicon.ADJECTIVES and k + 1 < len(words):
                pass
            else:
                break
        k += 1
    rest = words[k:]
    start = run[k][1] if k < len(run) else run[-1][1]
    noun_words, head_at = _head(rest)
    if noun_words is None:
        if not rest and words and (words[-1] in lexicon.COLORS or words[-1] in lexicon.SIZE_WORDS):
            return []  # "a red", "a big": adjectives split from their noun by "and"
        return [NounPhrase(words, None, count, definite, False, fresh, color, scale, start)] if words else []
    noun = lexicon.resolve_noun(noun_words)
    plural = lexicon.is_plural(noun_words)
    return [NounPhrase(words, noun, count, definite, plural, fresh, color, scale, run[min(k + head_at, len(run) - 1)][1])]


def _head(words: list[str]) -> tuple[str | None, int]:
    """The noun of the remaining words: a two-word name, else the last known noun before "of",
    else the first unknown word (a noun the tables lack), unless all are scenery."""
    if "of" in words:
        words = words[:words.index("of")]
    best: tuple[str, int] | None = None
    for i, word in enumerate(words):
        if i + 1 < len(words):
            pair = f"{word} {words[i + 1]}"
            if lexicon.known_noun(pair) and lexicon.known_noun(pair).how != "stand-in" or pair in lexicon.STAND_IN_SIZES:
                best = (pair, i)
                continue
        if best and best[1] + 1 == i and " " in best[0]:
            continue
        if word in lexicon.SCENERY or word in lexicon.ARTICLES:
            continue
        if lexicon.known_noun(word):
            best = (word, i)
    if best:
        return best
    for i, word in enumerate(words):
        if word not in lexicon.SCENERY and word not in lexicon.ADJECTIVES and word not in lexicon.ARTICLES \
                and not word.isdigit() and len(word) > 1:
            return word, i
    return None, 0


# --------------------------------------------------------------- clauses ----


class _Builder:
    def __init__(self, prompt: str, camera: CameraSpec):
        self.prompt = prompt
        self.camera = camera
        self.entities: list[EntitySpec] = []
        self.relations: list[RelationSpec] = []
        self.notes: list[str] = []
        self.recent: list[str] = []  # entity refs, most recent last
        self.previous_subjects: list[str] = []
        self.previous_mentioned: list[str] = []  # for "both" / "they": everything the last clause named
        self.sentence: list[str] = []  # the subjects listed in the sentence so far, for "from left to right"
        self.pending_order: str | None = None  # "from left to right: a, b, c": applies at the sentence's end
        self.place_words: set[str] = set()
        self.clause = Clause()

    # ---- entities

    def entity_for(self, np: NounPhrase) -> str | None:
        if np.noun is None:
            self.place_words.update(np.words)
            return None
        noun = np.noun
        color = lexicon.COLORS.get(np.color_name) if np.color_name else None
        # The same noun again is the same thing ("a cat ... the cat", even "a cat ... a cat"),
        # unless a number, "another" or another colour says otherwise.
        if not np.fresh and (np.definite or np.count is None):
            for entity in reversed(self.entities):
                same_color = np.color_name is None or entity.color_name in (None, np.color_name)
                if entity.noun == noun.noun and same_color:
                    if np.color_name and entity.color_name is None:
                        entity.color_name, entity.color = np.color_name, color
                    if np.count and np.count > entity.count:
                        entity.count = min(np.count, MAX_COUNT)
                    self._touch(entity.ref)
                    return entity.ref
        count = np.count or (2 if np.plural else 1)  # "apples", "the children": some, at least two
        if count > MAX_COUNT:
            self.notes.append(f"{count} {noun.noun}: more than {MAX_COUNT}; placed {MAX_COUNT}")
            count = MAX_COUNT
        ref = noun.noun if all(e.ref != noun.noun for e in self.entities) else f"{noun.noun}#{len(self.entities) + 1}"
        self.entities.append(EntitySpec(
            ref=ref, noun=noun.noun, category=noun.category, count=count, color=color, color_name=np.color_name,
            scale=round(noun.scale * np.scale, 3), stand_in=noun.stand_in, size=noun.size, mention=np.start,
        ))
        if noun.how == "hypernym":
            self.notes.append(f"'{noun.noun}' is not in the object library: drawn as a {noun.category}")
        elif noun.stand_in:
            self.notes.append(f"unknown noun '{noun.noun}': labelled stand-in block")
        self._touch(ref)
        return ref

    def split(self, entity: EntitySpec) -> str:
        """Halve a counted group into two entities of the same noun; returns the new one's ref."""
        second = entity.count // 2
        entity.count -= second
        ref = f"{entity.noun}#{len(self.entities) + 1}"
        self.entities.append(entity.model_copy(update={"ref": ref, "count": second}))
        return ref

    def _touch(self, ref: str) -> None:
        if ref in self.recent:
            self.recent.remove(ref)
        self.recent.append(ref)

    def pronoun(self, exclude: list[str]) -> str | None:
        return next((r for r in reversed(self.recent) if r not in exclude), None)

    # ---- relations

    def relate(self, kind: str, subjects: list[str], obj: str | None, phrase: str = "", obj2: str | None = None) -> None:
        for subject in subjects:
            if subject == obj or subject == obj2 or (obj is None and kind not in ("center", "left_side", "right_side")):
                continue
            if kind == "around_by":
                kind_, subject, obj = "around", obj, subject  # "a table surrounded by chairs"
            elif kind == "hides":
                kind_, subject, obj = "hidden_by", obj, subject  # "a door partly hiding a person"
            else:
                kind_ = kind
            relation = RelationSpec(kind=kind_, subject=subject, object=obj, object2=obj2, phrase=phrase)
            if relation not in self.relations:
                self.relations.append(relation)
        self.clause.related = True

    def frame(self, kind: str, subjects: list[str]) -> None:
        if kind in ("foreground", "background"):
            for subject in subjects:
                self.relations.append(RelationSpec(kind=kind, subject=subject, phrase=kind))
        else:
            self.relate(kind, subjects, None, kind)

    def face(self, direction: str, subjects: list[str]) -> None:
        for ref in subjects:
            entity = next(e for e in self.entities if e.ref == ref)
            entity.facing = direction
        self.clause.related = True

    # ---- the clause machine

    def subjects(self) -> list[str]:
        """The clause's subjects, or the previous clause's ("..., facing left")."""
        return self.clause_subjects() or list(self.previous_subjects)

    def run(self, stream: list[Item]) -> None:
        for i, item in enumerate(stream):
            handler = getattr(self, f"on_{item.kind}")
            handler(item, stream[i + 1] if i + 1 < len(stream) else None)
        self.end_clause(None)

    def on_np(self, item: Item, following: Item | None) -> None:
        ref = self.entity_for(item.np)
        c = self.clause
        if ref is None:  # scenery: "on the floor", "in the kitchen"
            if c.pending and c.pending[0] in ("left_of", "right_of"):
                side = "left_side" if c.pending[0] == "left_of" else "right_side"
                self.frame(side, c.pending[1])
            c.pending = None
            return
        self.receive_object(ref)

    def receive_object(self, ref: str) -> None:
        c = self.clause
        if ref not in c.mentioned:
            c.mentioned.append(ref)
        if c.between_subjects:
            c.between.append(ref)
            if len(c.between) == 2:
                self.relate("between", c.between_subjects, c.between[0], "between", c.between[1])
                c.between_subjects, c.between = [], []
            c.last_np = ref
            return
        if c.pending:
            kind, subjects = c.pending
            if kind == "flank":
                self.flank(subjects, ref)
            elif kind == "toward":
                for subject in subjects:
                    if subject != ref:
                        self.relations.append(RelationSpec(kind="facing_toward", subject=subject, object=ref,
                                                           phrase="facing"))
                self.clause.related = True
            else:
                self.relate(kind, subjects, ref, kind)
            c.pending = None
            c.last_np = ref
            return
        if c.leading and c.leading[1] is None:
            c.leading = (c.leading[0], ref)
            c.last_np = ref
            return
        if c.leading:
            kind, obj = c.leading
            self.relate(kind, [ref], obj, kind)
            c.fronted = (kind, obj)
            c.leading = None
            c.subjects = [ref]
            c.last_np = ref
            return
        if not c.subjects:
            c.subjects = [ref]
            if ref not in self.sentence:
                self.sentence.append(ref)  # the things listed, not what they stand on
            if c.pending_frame:
                self.frame(c.pending_frame, [ref])
                c.pending_frame = None
        c.last_np = ref

    def on_rel(self, item: Item, following: Item | None) -> None:
        c = self.clause
        implicit = item.value.endswith("*it")  # "on its left", "on top": the object is a pronoun
        kind = item.value.removesuffix("*it")
        # Attachment: a relation belongs to the nearest noun before it ("a cup on a table in
        # front of a sofa": the table is in front of the sofa).
        if c.last_np and c.last_np not in c.subjects and not c.pending:
            # Also "Amara put a cup on the table": the thing just named is what is on the table.
            subjects = [c.last_np]
        else:
            subjects = self.clause_subjects()
        if not subjects:
            if not implicit and kind != "between":
                c.leading = (kind, None)  # "on the table is a cup", or "..., behind a car"
                return
            subjects = list(self.previous_subjects)
        if kind == "between":
            c.between_subjects, c.between = subjects, []
            return
        if implicit or following is None or following.kind in ("sep", "rel", "frame", "orient", "rows"):
            obj = self.pronoun(subjects)
            if obj is None:
                fallback = {"left_of": "left_side", "right_of": "right_side", "in_front_of": "foreground",
                            "behind": "background"}.get(kind)
                if fallback:
                    self.frame(fallback, subjects)
                return
            self.relate(kind, subjects, obj, item.value)
            return
        c.pending = (kind, subjects)

    def clause_subjects(self) -> list[str]:
        c = self.clause
        return c.subjects + [s for s in c.carried if s not in c.subjects] if c.subjects else []

    def on_frame(self, item: Item, following: Item | None) -> None:
        c = self.clause
        subjects = self.subjects() if (c.subjects or not (following and following.kind == "np")) else []
        if c.related and c.last_np and c.last_np not in c.subjects:
            subjects = [c.last_np]
        if subjects:
            self.frame(item.value, subjects)
        else:
            c.pending_frame = item.value

    def on_orient(self, item: Item, following: Item | None) -> None:
        c = self.clause
        subjects = self.subjects()
        if not subjects and c.last_np:
            subjects = [c.last_np]
        if item.value == "toward":
            if following is not None and following.kind in ("np", "pron", "eachother"):
                c.pending = ("toward", subjects)
            return
        if item.value == "each_other":
            self._each_other("facing_toward", subjects)
            return
        # "a man facing the camera next to a car facing left": the subject's way is already said,
        # so a second one belongs to the noun just named.
        if c.last_np and c.last_np not in subjects and any(s in c.faced for s in subjects):
            subjects = [c.last_np]
        self.face(item.value, subjects)
        c.faced += subjects

    def _each_other(self, kind: str, subjects: list[str]) -> None:
        for a in subjects:
            for b in subjects:
                if a != b and (kind == "facing_toward" or subjects.index(a) < subjects.index(b)):
                    self.relations.append(RelationSpec(kind=kind, subject=a, object=b, phrase="each other"))
        self.clause.related = True

    def on_rows(self, item: Item, following: Item | None) -> None:
        ref = self.clause.last_np or (self.clause.subjects[0] if self.clause.subjects else None)
        if ref is None and self.recent:
            ref = self.recent[-1]
        if ref is None:
            return
        entity = next(e for e in self.entities if e.ref == ref)
        if item.value == "ring":
            entity.ring = True
        elif item.value.isdigit():
            entity.rows = int(item.value)

    def on_pron(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if c.pending or c.between_subjects or c.leading:
            exclude = c.pending[1] if c.pending else c.between_subjects
            ref = self.pronoun(list(exclude) + list(c.subjects))
            if ref is not None:
                self.receive_object(ref)
            return
        group = item.value in ("both", "they", "them", "themselves")
        previous = self.previous_mentioned if group and len(self.previous_mentioned) > 1 else self.previous_subjects
        if not c.subjects and previous:
            c.subjects = list(previous)
            c.last_np = c.subjects[0]

    def on_eachother(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if c.pending:
            kind, subjects = c.pending
            self._each_other("facing_toward" if kind == "toward" else kind, subjects)
            c.pending = None

    def on_order(self, item: Item, following: Item | None) -> None:
        """"A, B and C from left to right": each left of the next."""
        if len(self.sentence) < 2:
            self.pending_order = item.value  # the list follows
            return
        self.order(item.value)

    def order(self, direction: str) -> None:
        listed = list(self.sentence)
        if direction == "right_to_left":
            listed.reverse()
        for a, b in zip(listed, listed[1:]):
            self.relations.append(RelationSpec(kind="left_of", subject=a, object=b, phrase="from left to right"))
        self.clause.related = True

    def flank(self, subjects: list[str], centre: str) -> None:
        """"Two dogs on either side of a man": the man between the two halves of the dogs."""
        for ref in subjects:
            entity = next(e for e in self.entities if e.ref == ref)
            if entity.count >= 2:
                other = self.split(entity)
                self.relate("between", [centre], ref, "on either side of", other)
            else:
                self.relate("near", [ref], centre, "on either side of")

    def on_sep(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if item.value == "and" and c.between_subjects and len(c.between) == 1:
            return  # "between a cat *and* a dog"
        self.end_clause(item)

    def end_clause(self, item: Item | None) -> None:
        c = self.clause
        if c.leading and c.leading[1] is not None and self.previous_subjects:
            self.relate(c.leading[0], self.previous_subjects, c.leading[1], c.leading[0])
        if c.between_subjects and len(c.between) == 1:
            obj = c.between[0]
            entity = next(e for e in self.entities if e.ref == obj)
            if entity.count >= 2:
                # "an apple between two bananas": one group on each side.
                other = self.split(entity)
                self.relate("between", c.between_subjects, obj, "between", other)
            else:
                # "in the middle of the table": on it if it is a surface, else next to it.
                kind = "on_top_of" if _is_surface(entity) else "near"
                self.relate(kind, c.between_subjects, obj, "in the middle of")
        carried: list[str] = []
        if item is not None and item.value in ("and", ",") and c.subjects and not c.related:
            carried = c.subjects + c.carried  # "a cat and a dog on a table": both on it
        fronted = c.fronted if item is not None and item.value == "and" else None
        if c.subjects:
            self.previous_subjects = self.clause_subjects()
        if c.mentioned:
            self.previous_mentioned = list(c.mentioned) + [s for s in c.carried if s not in c.mentioned]
        if item is None or item.value in (".", "!", "?", ";"):
            if self.pending_order and len(self.sentence) >= 2:
                self.order(self.pending_order)
            self.sentence, self.pending_order = [], None
        self.clause = Clause(carried=carried)
        if fronted:  # "on the table are a vase and a cup": the cup is on it too
            self.clause.leading = fronted

    # ---- result

    def spec(self) -> SceneSpec:
        relations = []
        for relation in self.relations:
            if relation.kind == "foreground" or relation.kind == "background":
                kind = "in_front_of" if relation.kind == "foreground" else "behind"
                for other in self.entities:
                    if other.ref != relation.subject:
                        relations.append(RelationSpec(kind=kind, subject=relation.subject, object=other.ref,
                                                      phrase=f"in the {relation.kind}"))
            else:
                relations.append(relation)
        interior = None
        if self.place_words & lexicon.OUTDOOR_PLACES:
            interior = False
        elif self.place_words & lexicon.INDOOR_PLACES:
            interior = True
        notes = list(dict.fromkeys(self.notes))
        if not self.entities:
            notes.append("no objects found in the prompt")
        return SceneSpec(prompt=self.prompt, entities=self.entities, relations=relations, camera=self.camera,
                         interior=interior, notes=notes)


def _is_surface(entity: EntitySpec) -> bool:
    from studio.library import load_catalog

    spec = load_catalog().get(entity.category)
    return bool(spec and spec.surface)


def relation_triples(text: str, words: dict[str, str]) -> list[tuple[str, str, str]]:
    """(subject, relation kind, anchor) for the spatial phrases of a prose text.

    ``words`` maps nouns (singular, as the spec names them) and lower-case names to the caller's
    keys; relations between things the caller does not know are left out. The film's Layout
    agent uses this on a scene's action lines ("A cup stood on the table.").
    """
    spec = parse(text)
    found = []
    for relation in spec.relations:
        if relation.object is None or relation.kind == "facing_toward":  # where things are, not where they look
            continue
        subject = words.get(spec.entity(relation.subject).noun)
        anchor = words.get(spec.entity(relation.object).noun)
        if subject and anchor and subject != anchor:
            found.append((subject, relation.kind, anchor))
    return found
