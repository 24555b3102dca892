"""Spatial prompt -> ``SceneSpec``: the things named, how many, and how they relate.

Offline and deterministic, in four passes, each its own module:

1. ``words``: camera phrases ("top view", "close-up", "filmed from behind") and filler ("a photo
   of") are cut out of the text, and the rest is read through the shared English parse
   (``studio.language``: spaCy), every word with its part of speech and head;
2. ``items`` and ``nounphrase``: the words become a stream of items. Only nouns name things:
   verbs, adverbs and prepositions end a noun phrase ("two dogs chased a ball"), adjectives are
   attributes, style, light and weather words the scene's style, places after in/on/at its
   setting, an unknown name a figure. Items are noun phrases (count, colour, size, noun), relation,
   frame and orientation phrases, arrangements ("in three rows of four", "in a circle"), members
   by position ("the two on the right"), pronouns and separators;
3. here, a small clause machine turns the stream into relations: ``NP REL NP``, ``NP between NP
   and NP``, ``REL NP is NP``, co-subjects ("a cat and a dog on a table"), pronouns ("on it"), a
   clause without a subject continuing the previous one ("a cat left of a dog, facing right"), a
   place phrase the parse hangs on a placing verb given to the thing placed, fronted places ("Behind
   the sofa, a bookcase"), relative clauses ("a table under which a dog sleeps", "a bench where a
   man sits"), shared objects ("next to a kettle and a toaster"), joined relations ("behind and to
   the left of"), one for each ("a towel under each one") and things said to be absent ("without");
4. ``dependencies``: the same relation phrases read again from the parse's dependency tree (what
   each phrase modifies or whose verb it hangs on, what it governs), whatever order the sentence
   says them in ("Beside the well sits a cat", "a ring of stones encircles a fire"); a relation
   found so is added only when the clause machine said nothing of those things or that phrase.

The same noun with "the" (or no article) refers back to the thing already named ("the chair" to
an office chair); "another", a second count, a different colour, or the same noun on both sides
of one relation ("a lamp hidden by a lamp") makes a new one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from crews.spatial import dependencies, lexicon
from crews.spatial.dependencies import PLACING_VERBS
from crews.spatial.items import Item, items
from crews.spatial.nounphrase import NounPhrase
from crews.spatial.spec import FRAME_KINDS, PAIR_KINDS, CameraSpec, EntitySpec, RelationSpec, SceneSpec
from crews.spatial.words import Word, foreign_words, opens_request, opens_sentence, prepare, read_words
from studio import language, wordnet
from studio.library import load_catalog

MAX_COUNT = 20
UNSTATED_RING = 6  # "chairs around a table", "lanterns all around": a ring needs more than the two "some" gives
MAX_WORDS = 400  # a spatial prompt is a few sentences; the rest of a very long line is reported, not read
# Relations a list of objects shares ("near a kettle and a toaster"); "on a table and a chair" is
# more often a second thing than a second support, so only these.
CO_OBJECT_KINDS = {"near"}
SETTING_PREPOSITIONS = {"in", "on", "at", "inside", "into", "within", "across", "through", "throughout", "around",
                        "along"}


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
    pose: str | None = None  # "sitting", "lying": how the subjects rest on what the clause puts them on
    naming: bool = False  # "named": the next noun phrase is the name of the last one
    wearing: bool = False  # "in silver armor", "wearing a hat": the next noun phrase is worn
    opened_by: str = ""  # the separator that began the clause ("with": its "it" is the owner)
    holders: list[str] = field(default_factory=list)  # "a table holding three mugs": the holder
    owners: list[str] = field(default_factory=list)  # a "with" clause's owner ("a desk with a lamp on it")
    front_between: list[str] | None = None  # "Between a and b (stands) c": a and b so far
    fronted_frame: str | None = None  # "In the background, a barn and a silo": the frame both are in
    also: list[str] = field(default_factory=list)  # "above and to the left of": kinds waiting for the next's object
    also_subjects: list[str] = field(default_factory=list)
    each: bool = False  # "under each one", "beside each bed": the object's every member has one
    depicted: bool = False  # "draws a horse on a sheet": the place after the drawn thing is the drawing's
    facing: str | None = None  # "a right-facing horse": the way the thing named next faces
    ahead: bool = False  # "..., on a shelf, three clocks stand": the place opening it is the next clause's
    list_closed: bool = False  # after "a, b and c,": a further ", and" opens a clause of its own
    listed: int = 0  # the list items carried so far ("a kettle, two cups,": 2)
    start: int = 0  # the index of its first word


def parse(prompt: str) -> SceneSpec:
    """The scene a prompt describes; never raises on odd text (unknown nouns become stand-ins)."""
    heading, camera, text = prepare(prompt)
    words = read_words(text)
    builder = _Builder(prompt, camera, words)
    if heading is not None:  # "INT. GARAGE - NIGHT": the garage is where, not what
        builder.setting, builder.heading_interior = heading.place, heading.interior
        builder.style.extend([heading.time] if heading.time else [])
    if len(words) > MAX_WORDS:
        builder.notes.append(f"the prompt is {len(words)} words long: read the first {MAX_WORDS}")
        words = words[:MAX_WORDS]
    stream = items(words)
    builder.run(stream)
    builder.add_missed(dependencies.read(words, stream, builder.word_refs))
    return builder.spec()


def parse_many(prompts: list[str]) -> list[SceneSpec]:
    """Each prompt's scene, the English parses made together through ``nlp.pipe`` (a batch of
    prompts parses faster so); each result is exactly what ``parse`` gives the prompt alone."""
    language.parse_many([prepare(p)[2] for p in prompts])
    return [parse(p) for p in prompts]


# --------------------------------------------------------------- clauses ----


class _Builder:
    def __init__(self, prompt: str, camera: CameraSpec, words: list[Word] | None = None):
        self.prompt = prompt
        self.camera = camera
        self.words = words or []
        self.entities: list[EntitySpec] = []
        self.relations: list[RelationSpec] = []
        self.notes: list[str] = []
        self.recent: list[str] = []  # entity refs, most recent last
        self.previous_subjects: list[str] = []
        self.previous_mentioned: list[str] = []  # for "both" / "they": everything the last clause named
        self.sentence: list[str] = []  # the subjects listed in the sentence so far, for "from left to right"
        self.sentence_facings: list[tuple[str, str]] = []  # (subject, facing) in the order said, for "respectively"
        self.sentence_colors: list[str] = []  # colours said after the things ("in red and blue"), in order
        self.pending_order: str | None = None  # "from left to right: a, b, c": applies at the sentence's end
        self.order_span: tuple[int, int] | None = None  # (first, how many) of the sentence's things it orders
        self.place_words: set[str] = set()
        self.style: list[str] = []
        self.setting: str | None = None
        self.heading_interior: bool | None = None  # INT. or EXT. of a scene heading
        self.some: set[str] = set()  # refs of plurals said without a number ("chairs")
        self.named_at: dict[int, str] = {}  # word index of a noun phrase's head -> its entity
        self.word_refs: dict[int, str] = {}  # every word of a noun phrase -> its entity ("a ring of stones")
        self.row_parts: dict[str, list[str]] = {}  # a group split by position -> its parts, left to right
        self.picked: dict[str, list[str]] = {}  # a group -> the parts singled out of it so far
        self.clause = Clause()
        self._followed_by_relation = False  # the noun phrase being read has a relation phrase after it
        self._stranded_at = -1  # the stream index of a relation phrase a closing relative clause has read already
        self.side_one: tuple[str, str] | None = None  # "a mug on one side": (the mug, what it is beside)
        self.topic: str | None = None  # what fronted pronouns stand for ("on its left, ...; on its right, ...")
        self.last_members: list[str] = []  # the members of a group picked out last ("the one on the right")

    # ---- entities

    def entity_for(self, np: NounPhrase) -> str | None:
        if np.style:
            self.style.append(" ".join(np.style))
        if np.noun is None:
            self.place_words.update(np.words)
            if np.setting and self.setting is None:
                self.setting = np.setting
            return None
        if self._a_game_played(np):
            self.style.append("playing: " + " ".join(np.words))  # "children playing chess": a game, no thing
            return None
        if self._depicted(np):
            self.style.append("drawn: " + " ".join(np.words))  # "a child draws a horse": on the paper
            self.clause.depicted = True
            return None
        if np.setting is None and np.noun.stand_in and not np.proper and (np.definite or np.indefinite) and \
                self._after_place_preposition(np, ("in", "into", "inside", "within", "through", "among")) and \
                _woodland(np.noun.noun.split()[-1]):
            np = dataclasses.replace(np, setting=np.noun.noun)  # "in a beech wood", "through a copse": woodland
        if np.setting and not self._ringed(np) and (self._frames_the_scene(np) or
                self._after_place_preposition(np) or noun_is_place(np) and not self.clause.pending and
                not self._followed_by_relation):
            # "in the kitchen", "on the moon": where the scene is, not a thing in it.
            self.setting = self.setting or np.setting
            self.place_words.add(np.setting)
            return None
        noun = np.noun
        color = lexicon.COLORS.get(np.color_name) if np.color_name else None
        # The same noun again is the same thing ("a cat ... the cat", even "a cat ... a cat"),
        # unless a number, "another" or another colour says otherwise, or the relation waiting
        # for it starts from that very thing ("a lamp hidden by a lamp": two lamps). "The chair"
        # refers back to an office chair.
        waiting = set(self.clause.pending[1]) if self.clause.pending else set(self.clause.between_subjects)
        if not np.fresh and (np.definite or np.count is None):
            for entity in reversed(self.entities):
                same_color = np.color_name is None or entity.color_name in (None, np.color_name)
                same_noun = entity.noun == noun.noun or entity.ref.split("#")[0] == noun.noun or np.definite and (
                    entity.noun.split()[-1] == noun.noun.split()[-1] and entity.category == noun.category
                    or entity.category == noun.category and noun.category not in ("person", "unknown")
                    and noun.noun == noun.category)  # "a labrador ... the dog"; "a saucepan ... my frying pan": two
                # "a tabby cat on a fridge, a ginger cat under it": described otherwise, another cat.
                described = np.indefinite and (np.color_name or np.attributes) and (
                    (np.color_name or None, sorted(np.attributes)) != (entity.color_name, sorted(entity.attributes)))
                if same_noun and same_color and not (np.indefinite and entity.ref in waiting) and not described:
                    if np.color_name and entity.color_name is None:
                        entity.color_name, entity.color = np.color_name, color
                    if np.count and np.count > entity.count:
                        entity.count = min(np.count, MAX_COUNT)
                    self._touch(entity.ref)
                    return entity.ref
        count = np.count or (2 if np.plural else 1)  # "apples", "the children": some, at least two
        unstated = not np.count and np.plural
        if count > MAX_COUNT:
            self.notes.append(f"{count} {noun.noun}: more than {MAX_COUNT}; placed {MAX_COUNT}")
            count = MAX_COUNT
        ref = noun.noun if all(e.ref != noun.noun for e in self.entities) else f"{noun.noun}#{len(self.entities) + 1}"
        arrangement = np.arrangement if count > 1 else None  # "a row of bottles", "a pile of plates"
        rows = 1 if arrangement == "row" else None
        if arrangement and arrangement.startswith("rows:"):  # "two rows of chairs"
            rows, arrangement = int(arrangement[5:]), "grid"
        self.entities.append(EntitySpec(
            ref=ref, noun=noun.noun, category=noun.category, count=count, color=color, color_name=np.color_name,
            scale=round(noun.scale * np.scale, 3), stand_in=noun.stand_in, size=noun.size, mention=np.start,
            attributes=list(np.attributes), proper=np.proper, arrangement=arrangement, rows=rows,
            ring=arrangement == "ring",
        ))
        if unstated:
            self.some.add(ref)  # "chairs around a table": how many is not said
        if noun.how == "hypernym":
            self.notes.append(f"'{noun.noun}' is not in the object library: drawn as a {noun.category}")
        elif noun.how == "figure":
            self.notes.append(f"'{noun.noun}' is not in the object library: drawn as a person figure")
        elif noun.stand_in:
            self.notes.append(f"unknown noun '{noun.noun}': labelled stand-in block")
        self._touch(ref)
        return ref

    def _a_game_played(self, np: NounPhrase) -> bool:
        """"playing chess", "plays cards": a bare object of "play" is the game; "playing with a ball",
        "plays a violin" name things."""
        if not 0 <= np.start < len(self.words) or np.definite or np.indefinite or np.count:
            return False
        word = self.words[np.start]
        return word.dep == "dobj" and 0 <= word.head < len(self.words) and \
            self.words[word.head].text in ("play", "plays", "playing", "played")

    def _depicted(self, np: NounPhrase) -> bool:
        """True for the object of a verb of depicting ("a child draws a horse", "sketching a tree")."""
        if not 0 <= np.start < len(self.words):
            return False
        word = self.words[np.start]
        if word.dep != "dobj" or not 0 <= word.head < len(self.words) or \
                self.words[word.head].text not in lexicon.DEPICTING_VERBS:
            return False
        # Someone in the scene draws it; "Draw a cat on a mat" asks for the picture itself.
        # ("Could you draw a cat", "I want you to sketch a fox": the one asked is no one in the scene.)
        verb = word.head
        if opens_request(verb, self.words):
            return False  # "Draw two vans, each turned right", "; also draw a cat": the request itself
        # Who draws: the verb's subject, or, for "to draw", whoever the verb it completes names ("I'd like
        # you to draw", "would it be possible to draw"). The one asked, the asker and "it" are making
        # the picture ("we draw a fox today"); anyone else draws in the scene.
        while True:
            doers = [w.text for k, w in enumerate(self.words) if w.head == verb and (
                w.dep in ("nsubj", "nsubjpass", "expl") or w.dep == "dobj" and k < word.head)]
            if doers:
                return not set(doers) <= PICTURE_MAKERS
            if self.words[verb].dep != "xcomp" or not 0 <= self.words[verb].head < len(self.words):
                return self.words[verb].dep in ("acl", "relcl", "advcl", "conj")
            verb = self.words[verb].head

    def _written(self, np: NounPhrase) -> list[Word]:
        """The words of a name as written: "Tomasz", "Anna Maria"."""
        return [w for w in self.words[np.first:np.start + 1] if w.text not in lexicon.ARTICLES]

    def _frames_the_scene(self, np: NounPhrase) -> bool:
        """"The classroom has four desks ...", "A busy market: three stalls ...": a place that holds the
        things said, or heads the prompt before a colon, is where the scene is."""
        if not 0 <= np.start < len(self.words):
            return False
        word = self.words[np.start]
        if word.dep == "nsubj" and 0 <= word.head < len(self.words) and self.words[word.head].text in HOLDING_VERBS:
            return True
        return opens_sentence(np.first, self.words) and np.start + 1 < len(self.words) and \
            self.words[np.start + 1].text == ":"

    def _ringed(self, np: NounPhrase) -> bool:
        """"Toddlers sitting in a circle around the sandpit": what a group sits, stands or forms a ring
        around is a thing at the ring's hub ("running around the park" is where they run)."""
        k = np.first - 1
        while k >= 0 and self.words[k].text in lexicon.ARTICLES:
            k -= 1
        if k < 0 or self.words[k].text not in ("around", "round"):
            return False
        return any(w.text in RING_POSES for w in self.words[max(0, k - 4):k])

    def _after_place_preposition(self, np: NounPhrase, prepositions: Sequence[str] = ()) -> bool:
        """True when the words just before the phrase are "in", "on", "at" (with "the", "a", or a part of
        the place: "at the foot of the slope"; on top of a hill is on the hill)."""
        k = np.first - 1
        while k >= 0 and self.words[k].text in lexicon.ARTICLES | {"deep", "far", "out", "middle", "of", "centre",
                                                                    "center", "heart", "corner", "edge", "back",
                                                                    "foot", "bottom", "base"}:
            k -= 1
        return k >= 0 and self.words[k].text in (prepositions or SETTING_PREPOSITIONS)

    def split(self, entity: EntitySpec) -> str:
        """Halve a counted group into two entities of the same noun; returns the new one's ref."""
        second = entity.count // 2
        entity.count -= second
        ref = f"{entity.noun}#{len(self.entities) + 1}"
        self.entities.append(entity.model_copy(update={"ref": ref, "count": second}))
        # What was said of the whole group holds for its second half too ("two cushions on a sofa").
        self.relations += [r.model_copy(update={"subject": ref}) for r in self.relations
                           if r.subject == entity.ref and r.kind in PAIR_KINDS + FRAME_KINDS]
        return ref

    def _touch(self, ref: str) -> None:
        if ref in self.recent:
            self.recent.remove(ref)
        self.recent.append(ref)

    def pronoun(self, exclude: list[str], word: str = "") -> str | None:
        """What a pronoun refers to: the thing named last, a person for "him"/"her"; in a "with"
        clause ("a sofa with two cushions on it") the thing the clause belongs to."""
        candidates = [r for r in reversed(self.recent) if r not in exclude]
        if self.clause.opened_by == "with":
            owners = [r for r in (self.clause.owners or self.previous_subjects) if r not in exclude]
            candidates = owners[:1] + candidates
        if word in ("him", "her", "he", "she", "his", "hers"):
            people = [r for r in candidates if self.entity(r).category in lexicon.PERSON_CATEGORIES]
            candidates = people or candidates
        elif word in ("it", "its"):
            things = [r for r in candidates if self.entity(r).category not in lexicon.PERSON_CATEGORIES]
            candidates = things or candidates
        elif word in ("them", "they", "themselves", "their", "those", "these") and self.clause.opened_by != "with":
            groups = [r for r in candidates if self.entity(r).count >= 2]  # "them": several, if any were named
            candidates = groups[:1] + candidates if groups and groups[0] in self.previous_mentioned else candidates
        return candidates[0] if candidates else None

    def _pronoun_said(self, item: Item) -> str:
        """The pronoun inside a relation phrase ("at his feet", "on one of them", "on its left"), so
        it refers as that pronoun does; "it" when the phrase has none ("on top")."""
        said = [w.text for w in self.words[item.start:item.end]]
        return next((w for w in said if w in ("his", "her", "him", "their", "them", "those", "these", "its")), "it")

    # ---- relations

    def relate(self, kind: str, subjects: list[str], obj: str | None, phrase: str = "",
               obj2: str | None = None) -> None:
        if kind == "along":  # "bicycles along a wall" stand in front of it; "clocks along a shelf" on it
            kind = "on_top_of" if obj is not None and _is_support(self.entity(obj)) else "in_front_of"
        if kind == "flank" and obj is not None:  # "four on each side of a table", however it arrived
            self.flank([s for s in subjects if s != obj], obj)
            return
        said = obj
        for subject in subjects:
            obj = said  # (each subject's turn starts from the object said: the kinds below swap them)
            if subject == obj or subject == obj2 or (obj is None and kind not in ("center", "left_side", "right_side")):
                continue
            if kind in ("on_top_of", "on_or_near", "between") and obj2 is None and obj is not None and self._ring(obj):
                kind = "around_by"  # "a table inside a ring of chairs", "... in the middle of a circle of chairs"
            if kind == "holds":
                # "a table holding three mugs": on it; "a girl holding a kite": beside her.
                holder = self.entity(subject)
                kind_, subject, obj = ("on_top_of" if _is_support(holder) else "near"), obj, subject
            elif kind == "around_by":
                kind_, subject, obj = "around", obj, subject  # "a table surrounded by chairs"
            elif kind == "hides":
                kind_, subject, obj = "hidden_by", obj, subject  # "a curtain partly hiding a girl"
            elif kind == "toward":  # "a dog watching them": each of them
                kind_ = "facing_toward"
            elif kind == "on_or_near":  # "at the edge of the table": on it; "at the edge of a pond": by it
                spec = load_catalog().get(self.entity(obj).category)
                kind_ = "on_top_of" if spec is not None and spec.surface else "near"
            elif kind == "contains":
                kind_, subject, obj = "on_top_of", obj, subject  # "a cart full of pumpkins": in it, on its floor
            else:
                kind_ = kind
            if kind_ == "on_top_of" and self.clause.pose == "seated" and obj is not None and \
                    self.entity(subject).category in lexicon.PERSON_CATEGORIES and \
                    self.entity(obj).category in lexicon.SEATS:
                kind_ = "seated_on"  # "a man sitting on a bench": on its seat, not standing on its top
                self.entity(subject).pose = "seated"
            elif kind_ == "on_top_of" and self.clause.pose == "lying" and obj is not None and \
                    self.entity(subject).category in lexicon.PERSON_CATEGORIES:
                self.entity(subject).pose = "lying"
                self.notes.append(f"'{self.entity(subject).noun}' lying: the previz has no lying figure, "
                                  "drawn standing on it")
            relation = RelationSpec(kind=kind_, subject=subject, object=obj, object2=obj2, phrase=phrase)
            if relation not in self.relations:
                self.relations.append(relation)
            if kind_ in ("on_top_of", "under") and \
                    any(set(parts) == {subject, obj} for parts in self.row_parts.values()):
                # "two crates, one resting upon the other": a pair one on the other stands in no row
                self.relations = [r for r in self.relations if not (r.phrase == "in a row" and
                                                                    {r.subject, r.object} == {subject, obj})]
        self.clause.related = True

    def _ring(self, ref: str) -> bool:
        entity = self.entity(ref)
        return entity.count >= 2 and (entity.ring or entity.arrangement == "ring")

    def frame(self, kind: str, subjects: list[str]) -> None:
        rings = [r for r in self.sentence if self._ring(r)]
        inside = [s for s in subjects if s not in rings]
        if kind == "center" and rings and inside:  # "six chairs in a circle, a table in the middle": of the circle
            self.relate("around_by", inside, rings[-1], "in the middle")
            return
        if kind in ("foreground", "background"):
            for subject in subjects:
                self.relations.append(RelationSpec(kind=kind, subject=subject, phrase=kind))
            self.clause.related = True  # "cats in the front row and dogs ...": the dogs are not in it
        else:
            self.relate(kind, subjects, None, kind)
            carried = self.clause.carried
            if kind in ("left_side", "right_side") and len(subjects) == 1 and len(carried) == 2 and \
                    subjects[0] in carried:  # "a cat and a dog, the cat on the left": left of the other one
                other = next(r for r in carried if r != subjects[0])
                self.relate("left_of" if kind == "left_side" else "right_of", subjects, other, kind)

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
        self.stream = stream
        for i, item in enumerate(stream):
            self.at = i
            handler = getattr(self, f"on_{item.kind}")
            handler(item, stream[i + 1] if i + 1 < len(stream) else None)
        self.end_clause(None)

    def on_np(self, item: Item, following: Item | None) -> None:
        c = self.clause
        owner = c.last_np or (c.subjects[0] if c.subjects else None)
        if c.naming and owner and item.np.noun is not None:
            c.naming = False  # "a shepherd named Tomasz": one figure, called Tomasz
            entity = self.entity(owner)
            entity.noun, entity.proper = " ".join(words.written for words in self._written(item.np)), True
            return
        if c.wearing and (item.np.noun is not None or item.np.style):  # (a bare "in armour" reads as style)
            c.wearing = False
            if owner:
                self.entity(owner).attributes.append(" ".join(item.np.words))
            return
        if item.np.noun is None and item.np.count and self._counts_them(item, following):
            return
        if self._formation_restated(item):  # "five crates heaped up, a single wobbly stack": the crates' pile
            return
        if self._one_of_group(item, following):  # "two kettles, one placed a little ahead of ...": one of them
            self.on_member(Item("member", "next:1", start=item.start), following)
            return
        if self._counterpart(item):  # "... ahead of its twin": the other one of the pair
            self.on_member(Item("member", "rest", start=item.start), following)
            return
        # (a side placing it too: "greenhouse on the right" is a thing placed there, no setting)
        self._followed_by_relation = following is not None and following.kind in ("rel", "frame")
        ref = self.entity_for(item.np)
        if ref is not None:
            self.named_at[item.np.start] = ref
            self.word_refs.update(dict.fromkeys(range(item.np.first, item.np.start + 1), ref))
        if ref is None and c.between_subjects and not c.between and item.np.words[-1:] in (["two"], ["pair"]):
            self.between_named(c.between_subjects)  # "a lantern between the two": the two things named before
            c.between_subjects = []
            return
        if ref is None:  # scenery: "on the floor", "in the kitchen"
            if c.between_subjects and not c.between and item.np.setting:
                self.frame("center", c.between_subjects)  # "in the centre of a nursery": of the picture
                c.between_subjects = []
            if c.pending and c.pending[0] in ("left_of", "right_of"):
                side = "left_side" if c.pending[0] == "left_of" else "right_side"
                self.frame(side, c.pending[1])
            if item.np.owner and self.previous_mentioned:
                self.on_pron(Item("pron", "them"), following)  # "around their feet": around them
                return
            if c.pending:
                c.related = True  # its place is said ("along the sidewalk"): not carried to the next clause
            c.pending = None
            return
        self.receive_object(ref)

    def _formation_restated(self, item: Item) -> bool:
        """A stack, row or ring said on its own after a comma, right after a group ("five crates heaped one upon
        another, a single wobbly stack"; "four vans nose to tail, a line spanning the picture"): the shape the
        group stands in, said again, no thing of its own; a shape the group has none of yet becomes its own."""
        np, at = item.np, self.at
        head = np.words[-1] if np.words else ""
        if head not in FORMATIONS or np.plural or np.definite or (np.count or 1) != 1 or np.noun is not None and \
                (np.noun.noun.split()[-1] != head or wordnet.is_name(np.noun.noun)) or at < 1 or \
                self.stream[at - 1].kind != "sep" or \
                self.stream[at - 1].value != "," or self.clause.subjects or not self.previous_subjects:
            return False
        group = self.entity(self.previous_subjects[-1])
        if group.count < 2 or group.ref not in self.sentence:
            return False
        if group.arrangement is None:
            shape = FORMATIONS[head]
            group.arrangement, group.rows, group.ring = shape, 1 if shape == "row" else group.rows, shape == "ring"
        self.clause.related = True
        return True

    def _one_of_group(self, item: Item, following: Item | None) -> bool:
        """A bare "one" opening a clause after one about a counted group ("two kettles, one placed a little
        ahead of its twin"): one member of that group, as "one facing left" is."""
        np, at = item.np, self.at
        if np.noun is not None or np.words != ["one"] or at < 2 or following is None or following.kind == "sep" or \
                following.kind == "np" and following.np.noun is not None or \
                np.start > 0 and self.words[np.start - 1].text in ("each", "every"):
            return False  # ("eight tadpoles, one for each child"; "two brides, each one facing right": all of them)
        comma = self.stream[at - 1]
        if comma.kind != "sep" or comma.value not in (",", ":") or len(self.previous_subjects) != 1:
            return False
        # (the pair the clause before was about: "two swans on a lake, one gliding behind ..."; "toy cars set out
        # in a row, one after another" is how all of them stand)
        end = next((k for k in range(np.start + 1, len(self.words)) if self.words[k].text in (",", ";", ".", ":")),
                   len(self.words))
        return self.entity(self.previous_subjects[0]).count == 2 and \
            not any(w.text in ("another", "next") for w in self.words[np.start + 1:end])

    def _counterpart(self, item: Item) -> bool:
        """"its twin", "her partner" said of one member of a pair just picked out: the pair's other member."""
        said = item.np.words
        if len(said) != 2 or said[0] not in ("its", "his", "her", "their") or said[1] not in COUNTERPARTS or \
                not self.last_members or not set(self.last_members) <= set(self.clause.subjects):
            return False
        group = next((g for g, parts in self.row_parts.items() if self.last_members[0] in parts), None)
        return group is not None and len(self.row_parts[group]) == 2

    def _counts_them(self, item: Item, following: Item | None) -> bool:
        """"N of them": the pronoun names the things. "the meerkats! Usually five of them stand ...", "tents
        in a ring, eight of them": the count of the things named last without one; "a dog beside two of
        them": some of them, the dog beside them."""
        if following is None or following.kind != "pron" or following.value != "them" or \
                following.start < 1 or self.words[following.start - 1].text != "of":
            return False
        group = next((ref for ref in reversed(self.recent) if ref in self.some), None)
        if group is not None and not self.clause.pending:
            self.entity(group).count = min(item.np.count, MAX_COUNT)
            self.some.discard(group)
        return True

    def receive_object(self, ref: str) -> None:
        c = self.clause
        if c.facing:
            self.face(c.facing, [ref])
            c.facing = None
        if ref not in c.mentioned:
            c.mentioned.append(ref)
        if c.front_between is not None:
            pair = c.front_between
            complete = len(pair) == 2 or len(pair) == 1 and self.entity(pair[0]).count >= 2
            if not complete:
                pair.append(ref)
                return
            c.front_between = None
            if len(pair) == 1:
                pair.append(self.split(self.entity(pair[0])))
            self.relate("between", [ref], pair[0], "between", pair[1])
            c.subjects, c.last_np = [ref], ref
            return
        if c.between_subjects and not c.pending:  # a relation said inside "between" takes its own object
            c.between.append(ref)
            if len(c.between) == 2:
                self.relate("between", c.between_subjects, c.between[0], "between", c.between[1])
                c.between_subjects, c.between = [], []
            c.last_np = ref
            return
        if c.pending:
            kind, subjects = c.pending
            group = self.entity(ref).count
            if c.each and group > 1 and kind not in ("flank", "toward"):
                # "a towel under each one", "a lamp beside each bed": one for each of them.
                for subject in subjects:
                    if self.entity(subject).count == 1:
                        self.entity(subject).count = min(group, MAX_COUNT)
            c.each = False
            if kind == "flank":
                self.flank(subjects, ref)
            elif kind in ("side_one", "side_other"):  # "a barrel on one side of a lantern, a crate on the other"
                self.one_side(kind, subjects, ref)
            elif kind == "toward":
                for subject in subjects:
                    if subject != ref:
                        self.relations.append(RelationSpec(kind="facing_toward", subject=subject, object=ref,
                                                           phrase="facing"))
                self.clause.related = True
            else:
                self.relate(kind, subjects, ref, kind)
                if kind == "holds":
                    c.holders = list(subjects)
            for also in c.also:
                if also in ("on_top_of", "under") and kind in ("left_of", "right_of"):
                    # "above and to the left of": higher and beside it, not resting on it
                    self.notes.append(f"'{also}' with '{kind}': placed {kind.replace('_', ' ')} only")
                    continue
                self.relate(also, c.also_subjects or subjects, ref, also)
            c.also, c.also_subjects = [], []
            c.pending = None
            # "a cart full of pumpkins next to a barn": the cart is next to it, the pumpkins in it.
            c.last_np = subjects[-1] if kind == "contains" and subjects else ref
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
                c.fronted_frame, c.pending_frame = c.pending_frame, None
        c.last_np = ref

    def on_rel(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if self.at == self._stranded_at:
            return  # read with the pronoun before it ("the crate it stands on")
        if c.depicted:
            c.depicted = False
            if item.value == "on_top_of":  # "draws a horse on a sheet": the sheet is a thing, "on" the drawing's
                c.pending = (item.value, [])
                return
        if following is not None and following.kind == "frame" and item.end == item.start + 1 and \
                self.words[item.start].text == "over":
            return  # "a mast over on our left": "over there", a side of the picture, nothing it is above
        implicit = item.value.endswith("*it")  # "on its left", "on top": the object is a pronoun
        kind = item.value.removesuffix("*it")
        # Attachment: a relation belongs to the nearest noun before it ("a mug on a desk in
        # front of a sofa": the table is in front of the sofa).
        if c.last_np and c.last_np not in c.subjects and not c.pending:
            # Also "Amara put a cup on the table": the thing just named is what is on the table.
            subjects = [c.last_np]
        else:
            subjects = self.clause_subjects()
        first = self.words[item.start] if 0 <= item.start < len(self.words) else None
        if c.carried and c.last_np and first is not None and first.dep == "acl" and first.tag == "VBN" and \
                self.word_refs.get(first.head) == c.last_np:
            subjects = [c.last_np]  # "a kettle, a hat, the table ringed by chairs": the participle is the table's
        owners = [o for o in c.owners or self.previous_subjects if o not in (c.subjects or [])]
        if c.opened_by == "with" and not implicit and kind in ("near", "left_of", "right_of", "in_front_of", "behind") \
                and c.subjects and len(c.mentioned) == 1 and owners and following is not None and \
                following.kind == "np" and self.entity(c.subjects[0]).category not in lexicon.PERSON_CATEGORIES and \
                _living(self.entity(owners[0])) and not self._described_by(item.start, c.subjects[0]):
            # "a woman with an umbrella beside a bus stop": she is beside it, the umbrella with her
            self.relate("near", list(c.subjects), owners[0], "with")
            subjects = owners[:1]
        if kind == "flank" and subjects == [c.last_np] and c.subjects and \
                any(self.entity(r).count >= 2 for r in c.subjects) and self.entity(c.last_np).count == 1:
            subjects = [r for r in c.subjects if self.entity(r).count >= 2]  # "two dogs on a rug on either side of"
        verb_subject = self._verb_attachment(item.start)
        # Only within the clause, or for a place phrase that continues it (", beside a blue book"):
        # across clauses the parse's attachment is too often wrong.
        if verb_subject and not c.pending and (verb_subject in c.mentioned or not c.subjects and
                                               c.opened_by not in (".", ";", "!", "?")):
            subjects = list(self.row_parts.get(verb_subject, [verb_subject]))  # a group said in parts: all of them
        if not implicit and kind != "between" and self._opens_next_clause(following):
            c.leading, c.ahead = (kind, None), True  # "..., on a mantelpiece, three clocks stand": the clocks'
            return
        if not subjects:
            if not implicit and kind != "between":
                c.leading = (kind, None)  # "on the table is a cup", or "..., behind a car"
                return
            if kind == "between" and following is not None and following.kind == "pron":
                c.front_between = []  # "and between them, a lantern": the thing comes after
                return
            if implicit and self._fronted(following):  # "to its left, a tractor", "in its centre stands a table"
                self.topic = self.topic or self.pronoun([], self._pronoun_said(item))
                c.leading = (kind, self.topic)
                return
            subjects = list(self.previous_subjects)
        if kind == "between":
            if not subjects:
                c.front_between = []  # "Between the two windows hangs a clock": the thing comes last
                return
            if following is None or following.kind == "sep" or following.kind == "pron" and \
                    following.value in ("them", "both", "these", "those"):
                if self.between_named(list(c.subjects) or subjects):
                    return
            c.between_subjects, c.between = subjects, []
            return
        after = self.stream[self.at + 2] if self.at + 2 < len(self.stream) else None
        if not implicit and following is not None and following.kind == "sep" and following.value in ("and", "but") \
                and after is not None and after.kind == "rel" and not after.value.endswith("*it"):
            c.also.append(kind)  # "above and to the left of a tree": both, of the tree
            c.also_subjects = subjects
            return
        if kind == "hides" and not implicit and (following is None or following.kind == "sep"):
            return  # "behind which a fox hides": hiding, not hiding something
        objectless = implicit or following is None or following.kind == "sep"
        if objectless and c.carried:  # "a tree and a bench, the bench further back": than the tree
            subjects = [s for s in subjects if s in c.subjects] or subjects
        if implicit or following is None or following.kind in ("sep", "rel", "frame", "orient", "rows"):
            obj = self.pronoun(subjects, self._pronoun_said(item) if implicit else "it")
            if obj is None:
                fallback = {"left_of": "left_side", "right_of": "right_side", "in_front_of": "foreground",
                            "behind": "background"}.get(kind)
                if fallback:
                    self.frame(fallback, subjects)
                return
            if kind in ("side_one", "side_other"):
                self.one_side(kind, subjects, obj)
                return
            self.relate(kind, subjects, obj, item.value)
            return
        c.pending = (kind, subjects)

    def _described_by(self, at: int, ref: str) -> bool:
        """True when the parse hangs the phrase at ``at`` on a participle describing ``ref`` ("with a
        car *parked* on the right of the house"): the place is the car's own."""
        head = self.words[at].head if 0 <= at < len(self.words) else -1
        return head >= 0 and self.words[head].dep == "acl" and self.word_refs.get(self.words[head].head) == ref

    def _opens_next_clause(self, following: Item | None) -> bool:
        """A place said after a comma, then a comma and a thing with its own verb: "..., on a
        mantelpiece, three clocks stand in a line" places the clocks, not what came before."""
        s, at = self.stream, self.at
        if following is None or following.kind != "np" or at < 1 or at + 3 >= len(s):
            return False
        before, comma, thing = s[at - 1], s[at + 2], s[at + 3]
        if before.kind != "sep" or before.value not in (",", ";", ":") or comma.kind != "sep" or \
                comma.value != "," or thing.kind != "np" or thing.np.noun is None:
            return False
        verb = thing.np.start + 1
        return verb < len(self.words) and self.words[verb].pos in ("VERB", "AUX")

    def _fronted(self, following: Item | None) -> bool:
        """True when a relation opens a clause and a thing follows it, after a comma or not: the
        thing is what the relation places ("behind it, a barn")."""
        after = self.stream[self.at + 2] if self.at + 2 < len(self.stream) else None
        c = self.clause
        return not c.subjects and not c.mentioned and following is not None and (
            following.kind == "np" or following.kind == "sep" and following.value in (",", ":") and
            after is not None and after.kind == "np")

    def between_named(self, subjects: list[str], besides: Sequence[str] = ()) -> bool:
        """"A dog and a horse, a fence between them", "... with a fence in between": between the
        two things named last (not the clause's own subject, which the list carried over includes).
        False when fewer than two were named ("two trucks ... between them": a group's halves).
        ``besides``: others that are not the two either (the subjects of a clause it interrupts)."""
        pair = [r for r in reversed(self.recent) if r not in subjects and r not in besides][:2]
        if len(pair) == 1 and self.entity(pair[0]).count >= 2:
            # "two geese, and a heron between them": the group said first, in two halves
            self.relate("between", subjects, pair[0], "between", self.split(self.entity(pair[0])))
            return True
        if len(pair) < 2:
            return False
        self.relate("between", subjects, pair[1], "between", pair[0])
        return True

    def one_side(self, kind: str, subjects: list[str], centre: str) -> None:
        """"a kettle with a mug on one side and a plate on the other": the kettle between them."""
        if kind == "side_one":
            self.side_one = (subjects[0], centre) if subjects else None
            self.clause.related = True
            return
        if self.side_one and self.side_one[1] == centre and subjects and subjects[0] != self.side_one[0]:
            self.relate("between", [centre], self.side_one[0], "on either side", subjects[0])
        else:
            self.relate("near", subjects, centre, "on one side")
        self.side_one = None

    def _verb_attachment(self, at: int) -> str | None:
        """The thing a place phrase belongs to when the parse hangs it on a verb: the verb's object
        for a placing verb ("Mara set a lantern on the shelf"), else its subject ("a cat sleeps on a
        rug to the left of the table": the cat is left of the table, not the rug)."""
        if not 0 <= at < len(self.words):
            return None
        head = self.words[at].head
        if head < 0 or self.words[head].pos not in ("VERB", "AUX"):
            return None
        # The thing placed: the object ("Mara set a lantern"), or the subject of a passive ("an
        # umbrella is propped against the wall").
        # ("the cottage boasts a pear tree left of the door": the tree held is the one placed, as "has" says)
        placing = self.words[head].text in PLACING_VERBS | HOLDING_VERBS
        wanted = ("dobj", "nsubjpass") if placing else ("nsubj", "nsubjpass")
        for k, word in enumerate(self.words):
            if word.head == head and word.dep in wanted and k in self.named_at:
                return self.named_at[k]
        return None

    def clause_subjects(self) -> list[str]:
        c = self.clause
        if any(s in c.carried for s in c.subjects):  # "a cat and a dog, the dog on a mat": that one singled out
            return list(c.subjects)
        return c.subjects + [s for s in c.carried if s not in c.subjects] if c.subjects else []

    def on_frame(self, item: Item, following: Item | None) -> None:
        c = self.clause
        after = self.stream[self.at + 2] if self.at + 2 < len(self.stream) else None
        opening = not c.subjects and not c.mentioned and following is not None and following.kind == "sep" and \
            following.value in (",", ":") and after is not None and after.kind == "np" and after.np.noun is not None
        if opening:  # "On the left, a greenhouse": the next clause's subject
            c.pending_frame = item.value
            return
        subjects = self.subjects() if (c.subjects or not (following and following.kind == "np")) else []
        just_named = self.at > 0 and self.stream[self.at - 1].kind == "np"
        if (c.related or just_named) and c.last_np and c.last_np not in c.subjects:
            subjects = [c.last_np]  # "watches from a bench on the right": the bench is on the right
        held = c.last_np or (self.recent[-1] if not c.mentioned and self.recent else None)
        if held and len(subjects) == 1 and held not in subjects and self._holds(subjects[0], held):
            # "her sketch has a suitcase, squeezed against the left edge": the suitcase is (all the things it has)
            subjects = self._held(subjects[0], item.start)
        head = self.words[item.start].head if 0 <= item.start < len(self.words) else -1
        if head in self.named_at and self.named_at[head] in c.mentioned and self.named_at[head] not in subjects:
            subjects = [self.named_at[head]]  # the parse hangs "in the background" on "a farmhouse"
        if subjects:
            self.frame(item.value, subjects)
        else:
            c.pending_frame = item.value

    def _holds(self, holder: str, held: str) -> bool:
        """The holder is the subject of a verb that has or is the held thing, said after it: "the sketch has a
        suitcase", "the photo is just a poodle" (a place in the picture said next is the held thing's)."""
        said = [k for k, ref in self.named_at.items() if ref == holder]
        held_at = [k for k, ref in self.named_at.items() if ref == held]
        if not said or not held_at:
            return False
        word = self.words[said[-1]]
        return word.dep == "nsubj" and said[-1] < word.head < held_at[-1] and \
            self.words[word.head].text in HOLDING_VERBS | {"is", "was", "showed", "depicts", "depicted"}

    def _held(self, holder: str, before: int) -> list[str]:
        """The things named after the holder's verb and before the word at ``before``, in order."""
        verb = self.words[max(k for k, ref in self.named_at.items() if ref == holder)].head
        return list(dict.fromkeys(ref for k, ref in sorted(self.named_at.items())
                                  if verb < k < before and ref != holder))

    def on_orient(self, item: Item, following: Item | None) -> None:
        c = self.clause
        subjects = self.subjects()
        if not subjects and c.last_np:
            subjects = [c.last_np]
        if item.value == "toward":
            if following is not None and following.kind in ("np", "pron", "eachother", "member"):
                # (its own subject only: the things carried over from a clause before may be what it watches)
                c.pending = ("toward", subjects if c.opened_by == "and" else list(c.subjects) or subjects)
            return
        if item.value == "each_other":
            if c.last_np and c.last_np in subjects and self.entity(c.last_np).count >= 2:
                subjects = [c.last_np]  # "..., two nuns facing each other": that pair, not what was carried over
            pair = self._members(subjects)  # "two armchairs face each other"
            if len(pair) < 2 and len(self.sentence) >= 2:
                pair = self.sentence[-2:]  # "a cat on the left and a dog on the right, facing each other": those two
            self._each_other("facing_toward", pair)
            return
        if item.value == "apart":  # "two jesters back to back": the left one faces left, the right one right
            named = c.last_np or (self.recent[-1] if self.recent else None)
            if named and self.entity(named).count == 2:
                subjects = [named]  # (the pair just named, not what an earlier clause carried over)
            done = [r for r in self.relations if r.kind == "left_of" and r.phrase == "back to back" and named in
                    (r.subject, r.object)]
            if named and self.entity(named).count == 1 and done:
                return  # "a pair of goats, back to back, looking out to either side": said twice, one pair
            pair = self._members(subjects)
            if len(pair) == 2:
                if named and pair[0] == named and named not in self.row_parts:
                    self.row_parts[named] = pair  # "..., one facing left, the other right": the pair's two
                self.face("left", pair[:1])
                self.face("right", pair[1:])
                if not any(r.kind == "left_of" and {r.subject, r.object} == set(pair) for r in self.relations):
                    self.relate("left_of", pair[:1], pair[1], "back to back")
                c.faced += pair
            return
        if not subjects and following is not None and following.kind == "np":
            c.facing = item.value  # "a right-facing horse"
            return
        # "a woman facing us beside a truck facing right": the subject's way is already said,
        # so a second one belongs to the noun just named.
        if c.last_np and c.last_np not in subjects and any(s in c.faced for s in subjects):
            subjects = [c.last_np]
        self.face(item.value, subjects)
        c.faced += subjects
        self.sentence_facings += [(s, item.value) for s in subjects[:1]]

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
        value = item.value
        c = self.clause
        together = c.subjects + (c.carried if c.opened_by == "and" else []) if ref in c.subjects else []
        if value == "1" and len(together) >= 2 and all(self.entity(r).count == 1 for r in together):
            for one, other in zip(together, together[1:]):  # "a kiosk and a cyclist side by side": beside each other
                self.relate("near", [other], one, "side by side")
            return
        if value != "ring" and not value.startswith("stack") and entity.count < 2:
            # "a counter with five saucers sitting on it in a tidy row": the saucers stand in it
            group = next((r for r in reversed(self.recent) if r in c.mentioned and self.entity(r).count >= 2), None)
            if group is not None:
                entity = self.entity(group)
        if value == "ring" and entity.count < 2:
            # "six geese standing round a well, forming a circle": the group forms it, not the one thing
            group = next((r for r in reversed(self.recent) if self.entity(r).count >= 2), None)
            if group is None:
                return
            entity = self.entity(group)
        if value == "ring":
            entity.ring = True
            entity.arrangement = "ring"
        elif value.startswith("stack"):
            entity.arrangement = "stack"
            c.related = True  # "three chests in a pile, a heron ...": the pile is where they are, none carried on
            high = int(value[6:] or 0)
            if entity.count < high:  # "crates stacked three high": as many as the pile is high
                entity.count = min(high, MAX_COUNT)
        elif value.startswith("cols"):  # "in three columns": rows of three across
            columns = int(value[4:])
            entity.rows = max(1, -(-entity.count // columns))
            entity.arrangement = "grid"
        elif "x" in value:  # "in three rows of four", "a 3 by 4 grid": the count follows when unsaid
            rows, per = (int(v) for v in value.split("x"))
            entity.rows = rows
            entity.arrangement = "grid" if rows > 1 else "row"
            c.related = c.related or rows > 1  # "chairs in four rows of two, a dog behind a plant": not behind it too
            if entity.count < rows * per and entity.count <= max(rows, per):
                entity.count = min(rows * per, MAX_COUNT)
        elif value.isdigit():
            entity.rows = int(value)
            entity.arrangement = "row" if entity.rows == 1 else "grid"

    def on_member(self, item: Item, following: Item | None) -> None:
        """"the two on the right": those members of the last counted group become a group of their
        own (so facings, colours and places said of them are said of them only, and checked)."""
        # the group named last: one split before, or a counted one ("two spaniels, one in front of the
        # other, and two duellists, the one on the left ...": the duellists)
        group = next((r for r in reversed(self.recent[-3:]) if r in self.row_parts or self.entity(r).count >= 2),
                     None) or next((r for r in reversed(self.recent) if self.entity(r).count >= 2), None)
        if group is None:
            return
        parts = self.row_parts.get(group, [group])
        if item.value.startswith("ends") and not self.picked.get(group):
            # "the two on the ends" said first: the middle ones are set apart, the ends are the rest
            total = sum(self.entity(p).count for p in parts)
            if len(parts) == 1 and total > 2:
                middle, pieces = self.split_out(self.entity(group), 1, total - 2)
                self.row_parts[group] = pieces
                self.picked[group] = [middle]
                self._chain(group)
                parts = pieces
        if item.value == "rest" or item.value.startswith("ends"):  # "the other two": every part not singled out yet
            picked = self.picked.get(group, [])
            rest = [p for p in parts if p not in picked] or parts
            self.last_members = rest
            if self.clause.pending and len(rest) == 1:
                self.receive_object(rest[0])  # "the nearer one partly hiding the other"
            else:
                self._as_subjects(rest)
            return
        said = [p for p in self.picked.get(group, []) if item.value == f"pick:{self.entity(p).color_name}"]
        if said:  # "one brown and one white, the white one on the left": the one already picked out
            self.last_members = said[:1]
            self._as_subjects(said[:1])
            return
        counts = [self.entity(p).count for p in parts]
        total = sum(counts)
        which, _, size = item.value.partition(":")
        size_n = 1 if which in ("index", "pick") else int(size)
        picked = len(self.picked.get(group, []))
        start = {"first": 0, "last": total - size_n, "middle": (total - size_n) // 2, "pick": picked,
                 "next": picked, "near": 0}.get(which, int(size) - 1 if size.isdigit() else 0)
        if not 0 <= start < total or size_n >= total:
            return
        # The part that holds those members, and where they start in it.
        offset = 0
        for k, (ref, count) in enumerate(zip(parts, counts)):
            if offset <= start and start + size_n <= offset + count:
                break
            offset += count
        else:
            return  # they span two parts already split: left as said before
        member, pieces = self.split_out(self.entity(ref), start - offset, size_n)
        self.row_parts[group] = parts[:k] + pieces + parts[k + 1:]
        self.picked.setdefault(group, []).append(member)
        self.last_members = [member]
        if which != "near":  # (the nearer one is in front, on neither side)
            self._chain(group)
        if which == "pick":  # "the white one": its colour picks it out
            self.entity(member).color_name, self.entity(member).color = size, lexicon.COLORS[size]
        self._touch(group)
        c = self.clause
        if c.pending or c.between_subjects or c.leading:
            self.receive_object(member)  # "leaning against the second lamppost"
        else:
            carried = list(c.carried) if which == "pick" and c.opened_by == "and" else []
            self._as_subjects([member])
            c.carried = carried  # "two kittens, one grey and one white, under a table": both of them

    def _as_subjects(self, refs: list[str]) -> None:
        c = self.clause
        c.subjects, c.last_np, c.related, c.carried = list(refs), refs[-1], False, []
        c.mentioned += [r for r in refs if r not in c.mentioned]

    def split_out(self, entity: EntitySpec, start: int, size: int) -> tuple[str, list[str]]:
        """Members start..start+size of a part become their own entity, the rest stay on each side;
        the part keeps its name for its leftmost piece. (member ref, the pieces from left to right)."""
        before, after = start, entity.count - start - size
        pieces: list[str] = []

        def piece(count: int) -> str:
            if not pieces:
                entity.count = count
                pieces.append(entity.ref)
            else:
                ref = f"{entity.noun}#{len(self.entities) + 1}"
                self.entities.append(entity.model_copy(update={"ref": ref, "count": count, "rows": None}))
                pieces.append(ref)
            return pieces[-1]

        if before:
            piece(before)
        member = piece(size)
        if after:
            piece(after)
        return member, pieces

    def _chain(self, group: str) -> None:
        """Each part of a split row left of the next, as they stood in the row."""
        parts = self.row_parts[group]
        self.relations = [r for r in self.relations if not (r.phrase == "in a row" and r.subject in parts)]
        for a, b in zip(parts, parts[1:]):
            self.relations.append(RelationSpec(kind="left_of", subject=a, object=b, phrase="in a row"))

    def on_color(self, item: Item, following: Item | None) -> None:
        for ref in self.subjects() or ([self.clause.last_np] if self.clause.last_np else []):
            entity = self.entity(ref)
            entity.color_name, entity.color = item.value, lexicon.COLORS[item.value]
        self.sentence_colors.append(item.value)

    def on_step(self, item: Item, following: Item | None) -> None:
        """"the middle one a step back": behind the rest of its row (in front, for forward)."""
        kind = {"back": "behind", "forward": "in_front_of", "left": "left_of", "right": "right_of"}[item.value]
        in_row = False
        for ref in self.subjects():
            row = next((parts for parts in self.row_parts.values() if ref in parts), [])
            for other in (p for p in row if p != ref):
                in_row = True
                self.relate(kind, [ref], other, "a step " + item.value)
        if not in_row:  # "a scarecrow with a wheelbarrow further forward": than the thing named before
            self.on_rel(Item("rel", kind + "*it", start=item.start), following)

    def on_which(self, item: Item, following: Item | None) -> None:
        """"a table under which a dog sleeps", "a sofa, on which sits a cat": the relation's object
        is the thing just named, its subject the thing named next."""
        c = self.clause
        kind = c.pending[0] if c.pending else c.leading[0] if c.leading else None
        antecedent = c.last_np or (self.recent[-1] if self.recent else None)
        if kind is None or antecedent is None:
            return
        c.pending, c.leading = None, (kind, antecedent)
        c.subjects, c.last_np, c.carried = [], None, []

    def on_each(self, item: Item, following: Item | None) -> None:
        self.clause.each = True  # "a lamp beside each bed": one beside every bed

    def on_named(self, item: Item, following: Item | None) -> None:
        self.clause.naming = True

    def on_worn(self, item: Item, following: Item | None) -> None:
        self.clause.wearing = True

    def on_pose(self, item: Item, following: Item | None) -> None:
        """"sitting", "lying": the subjects rest that way on what the clause puts them on."""
        self.clause.pose = item.value

    def on_pron(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if self._stranded(item, following):
            return
        after = self.words[item.start + 1].text if item.start + 1 < len(self.words) else ""
        if item.value in ("they", "people", "you", "we") and after in REPORTING_VERBS:
            # "they say that two owls ...", "you know, a cat ...": the teller's words, no one in the scene; what is
            # told next has its own subjects (a place or facing said before them is not an earlier sentence's)
            self.previous_subjects = []
            return
        if c.front_between == [] and item.value in ("them", "both", "these", "those"):
            pair = [r for r in reversed(self.recent) if r not in c.subjects][:2]  # "and between them, a lantern"
            if len(pair) == 2 or pair and self.entity(pair[0]).count >= 2:
                c.front_between = pair[::-1][-2:] if len(pair) == 2 else pair
                return
        if c.pending or c.between_subjects or c.leading:
            exclude = c.pending[1] if c.pending else c.between_subjects
            if item.value == "each":
                c.each = True
            if c.between_subjects and not c.pending and not c.between and item.value in ("them", "both", "these",
                                                                                          "those", "they"):
                if self.between_named(c.between_subjects, besides=c.subjects):
                    c.between_subjects = []  # "a firefighter standing between them": the two things named before
                    return
            # "The sofa has a cushion on it": the clause's subject, when the relation is not its own.
            owner = c.pending and c.subjects and not set(c.subjects) & set(exclude) and item.value in ("it", "its")
            ref = self.pronoun(list(exclude) + ([] if owner else list(c.subjects)), item.value)
            if ref is None and c.pending and set(c.carried) & set(c.pending[1]) and c.subjects:
                # "four chairs, a cushion on each of them": the things carried over are the pronoun's.
                c.pending = (c.pending[0], [r for r in c.pending[1] if r not in c.carried])
                ref = self.pronoun(c.pending[1], item.value)
            if ref is not None and item.value in ("them", "they", "themselves") and c.pending:
                # "a fence behind them": behind every part of the group the pronoun names, or all
                # the things the clause before named ("a robot and an astronaut ...; behind them").
                group = next((parts for parts in self.row_parts.values() if ref in parts), None)
                if group is None and ref in self.previous_mentioned and len(self.previous_mentioned) > 1:
                    person = self.entity(ref).category in lexicon.PERSON_CATEGORIES
                    group = [r for r in self.previous_mentioned if r not in c.pending[1]
                             and (self.entity(r).category in lexicon.PERSON_CATEGORIES) == person]
                if group:
                    for part in group:
                        self.relate(c.pending[0], c.pending[1], part, c.pending[0])
                    c.pending = None
                    return
            if ref is not None and c.leading and c.leading[1] is None and not c.subjects:
                self.topic = self.topic or ref  # "behind it, a barn; to its left, a tractor": the horse's left
            if ref is not None:
                self.word_refs[item.start] = ref  # the tree's reading of the same pronoun names the same thing
                self.receive_object(ref)
            return
        if item.value == "each":
            return
        if item.value in ("which", "who"):  # ", which sits ...": the thing just named
            before = [i for i in self.stream[max(0, self.at - 2):self.at] if i.kind != "sep"]
            if before and before[-1].kind == "member" and self.last_members:
                # "all facing us except the one on the right, which faces away", "the two outside ones facing
                # the middle one, which faces us": the members just picked out
                c.subjects, c.last_np = list(self.last_members), self.last_members[-1]
                return
            if self.recent:
                c.subjects, c.last_np = [self.recent[-1]], self.recent[-1]
            return
        group = item.value in ("both", "they", "them", "themselves")
        previous = self.previous_mentioned if group and len(self.previous_mentioned) > 1 else self.previous_subjects
        if not c.subjects and previous:
            c.subjects = list(previous)
            c.last_np = c.subjects[0]

    def _stranded(self, item: Item, following: Item | None) -> bool:
        """"a vase and the crate it stands on", "the shelf they sit on": a relative clause whose preposition closes
        it, its subject a pronoun. The pronoun's thing stands in that relation to the noun just named (the vase on
        the crate), the reverse of a noun followed by its own relation phrase."""
        at = self.at + 1
        while at < len(self.stream) and self.stream[at].kind == "pose":  # "it sits on": how it rests, said between
            at += 1
        following = self.stream[at] if at < len(self.stream) else None
        if item.value not in ("it", "they", "he", "she") or following is None or following.kind != "rel" or \
                following.value.endswith("*it") or following.value in FRAME_KINDS or self.at == 0:
            return False
        before = self.stream[self.at - 1]
        after = self.stream[at + 1] if at + 1 < len(self.stream) else None
        obj = self.named_at.get(before.start) if before.kind == "np" else None
        if obj is None or after is not None and (after.kind != "sep" or after.start != following.end):
            return False
        ref = self.pronoun([obj], item.value)
        if ref is None or ref == obj:
            return False
        self.word_refs[item.start] = ref
        self.relate(following.value, [ref], obj, following.value)
        self._stranded_at = at
        return True

    def on_eachother(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if not c.pending and c.leading and c.leading[1] is None and self.previous_subjects:
            # "three crates, on top of each other": no place comes after, so the group before
            c.pending, c.leading = (c.leading[0], list(self.previous_subjects)), None
        if c.pending:
            kind, subjects = c.pending
            own = [r for r in subjects if r in c.subjects]
            if kind == "on_top_of" and len(own) == 1 and len(subjects) > 1 and self.entity(own[0]).count >= 2:
                subjects = own  # "three go-karts in a line, four blocks one above another": the blocks' pile
            if kind == "on_top_of" and len(subjects) == 1 and self.entity(subjects[0]).count >= 2:
                # "five boxes piled on top of each other": one group, one pile.
                self.entity(subjects[0]).arrangement = "stack"
                c.related = True
            elif kind == "near" and len(subjects) == 1 and self.entity(subjects[0]).count > 2 and \
                    self.entity(subjects[0]).arrangement in ("row", "grid", "ring"):
                c.related = True  # "a row of five boats, all alongside one another": the row says it
            elif kind == "near" and len(subjects) == 1 and self.entity(subjects[0]).count >= 2 and \
                    self.entity(subjects[0]).arrangement is None:
                # "four scooters next to each other": side by side, one row (not two halves near each other)
                self.entity(subjects[0]).arrangement, self.entity(subjects[0]).rows = "row", 1
                c.related = True
            else:
                self._each_other("facing_toward" if kind == "toward" else kind, self._members(subjects))
            c.pending = None

    def _members(self, refs: list[str]) -> list[str]:
        """"Each other" between the things of one counted group: two of its halves."""
        if len(refs) == 1 and self.entity(refs[0]).count >= 2:
            other = self.split(self.entity(refs[0]))
            if refs[0] in self.clause.subjects:  # "two kittens face to face on a cushion": both halves on it
                self.clause.subjects.append(other)
            # the halves are still the group's parts: "..., the one on the left facing right" picks from them
            self.row_parts.setdefault(refs[0], [refs[0], other])
            return [refs[0], other]
        return refs

    def entity(self, ref: str) -> EntitySpec:
        return next(e for e in self.entities if e.ref == ref)

    def on_order(self, item: Item, following: Item | None) -> None:
        """"A, B and C from left to right": each left of the next; "... respectively": the facings
        said, one to each thing listed, in order."""
        if item.value == "respectively":
            self.respectively()
            return
        if item.value == "along":  # "five prams, side by side, running left to right": one row of them
            last = self.clause.last_np or (self.recent[-1] if self.recent else None)
            if last is not None and self.entity(last).count > 1 and self.entity(last).arrangement is None:
                self.entity(last).rows, self.entity(last).arrangement = 1, "row"
            return
        listed = self._list_ahead()
        if len(self.sentence) == 1 and self.entity(self.sentence[0]).count > 1 and len(listed) < 2:
            entity = self.entity(self.sentence[0])  # "fifteen bicycles from left to right": one row
            entity.rows, entity.arrangement = 1, "row"
            return
        row = self.clause.last_np
        if self.at and self.stream[self.at - 1].kind == "rows" and self.stream[self.at - 1].value == "1" and \
                row is not None and self.entity(row).count > 1 and len(listed) < 2:
            return  # "..., five vans lined up in a single row from left to right": that row's way, not the list's
        last = row or (self.recent[-1] if self.recent else None)
        if last is not None and self.entity(last).arrangement == "row" and self.entity(last).count > 1 and \
                self.at and self.stream[self.at - 1].kind in ("np", "sep") and len(listed) < 2 and \
                (self.stream[self.at - 1].kind == "np" or self.stream[self.at - 1].value == ","):
            return  # "a straight row of three boats, left to right": the row's way, not the sentence's
        if len(self.sentence) < 2 or len(listed) >= 2:
            self.pending_order = item.value  # the list follows ("..., from left to right a kiosk, a cart and a van")
            self.order_span = (len(self.sentence), len(listed)) if len(listed) >= 2 else None
            if self.order_span is None and following is not None and following.kind == "sep" and following.value == ":":
                # "a sailor by a mast - going left to right: first a kettle, then ...": what the colon opens
                self.order_span = (len(self.sentence), len(self.stream))
            return
        self.order(item.value)

    def _list_ahead(self) -> list[Item]:
        """The noun phrases listed right after this item: "a, b and c" (a second "and" starts a clause)."""
        listed: list[Item] = []
        said_and = False
        rest = self.stream[self.at + 1:]
        for k, ahead in enumerate(rest):
            if ahead.kind == "np" and ahead.np.noun is not None:
                after = rest[k + 1] if k + 1 < len(rest) else None
                if len(listed) >= 2 and not said_and and after is not None and after.kind != "sep":
                    break  # "a, then b, then c, then five mugs lined up on a tray": a clause of its own ends the list
                listed.append(ahead)
                if said_and:
                    break
            elif ahead.kind == "sep" and ahead.value in (",", ":", "and", "then"):
                said_and = said_and or ahead.value == "and"
            else:
                break
        return listed

    def respectively(self) -> None:
        listed = [r for r in self.sentence]
        said = [facing for _, facing in self.sentence_facings]
        if len(listed) == 1 and len(said) > 1 and self.entity(listed[0]).count == len(said):
            listed = self._singles(listed[0])  # "three horses in a row, facing left, right and left respectively"
        if len(listed) >= 2 and len(said) == len(listed):
            for ref, facing in zip(listed, said):
                self.entity(ref).facing = facing
        elif said:
            self.notes.append(f"'respectively': {len(said)} facings for {len(listed)} things; not distributed")
        colors = self.sentence_colors
        if len(listed) == 1 and len(colors) > 1 and self.entity(listed[0]).count == len(colors):
            listed = self._singles(listed[0])  # "three vases in a row, in white, black and gold, in that order"
        if len(listed) >= 2 and len(colors) == len(listed):
            for ref, color in zip(listed, colors):
                self.entity(ref).color_name, self.entity(ref).color = color, lexicon.COLORS[color]
        elif len(colors) > 1:
            self.notes.append(f"'respectively': {len(colors)} colours for {len(listed)} things; not distributed")

    def _singles(self, group: str) -> list[str]:
        """A counted group split into its members, one entity each, left to right in a row."""
        parts, rest = [], self.entity(group)
        while rest.count > 1:
            member, pieces = self.split_out(rest, 0, 1)
            parts.append(member)
            rest = self.entity(pieces[-1])
        parts.append(rest.ref)
        self.row_parts[group] = parts
        self._chain(group)
        return parts

    def order(self, direction: str) -> None:
        listed = list(self.sentence)
        if self.order_span:  # only the things listed after "from left to right"
            start, size = self.order_span
            listed = listed[start:start + size]
        if direction == "right_to_left":
            listed.reverse()
        for a, b in zip(listed, listed[1:]):
            self.relations.append(RelationSpec(kind="left_of", subject=a, object=b, phrase="from left to right"))
        self.clause.related = True

    def flank(self, subjects: list[str], centre: str) -> None:
        """"Two dogs on either side of a man": the man between the two halves of the dogs."""
        for group, picked in self.picked.items():
            if subjects and set(subjects) <= set(picked):  # "two pillars, one on each side": both of them
                subjects = [p for p in self.row_parts.get(group, [group]) if p != centre]
        if len(subjects) == 2 and all(self.entity(ref).count == 1 for ref in subjects):
            self.relate("between", [centre], subjects[0], "on either side of", subjects[1])  # "a lamp and a clock"
            return
        for ref in subjects:
            entity = next(e for e in self.entities if e.ref == ref)
            if entity.count == 1 and not entity.proper and entity.category not in lexicon.PERSON_CATEGORIES:
                entity.count = 2  # "a lamp on each side of a bed": one on each side, two lamps
            if entity.count >= 2:
                other = self.split(entity)
                self.relate("between", [centre], ref, "on either side of", other)
            else:
                self.relate("near", [ref], centre, "on either side of")

    def on_sep(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if item.value == "," and self.at > 0 and self.stream[self.at - 1].kind == "sep" and \
                self.stream[self.at - 1].value in (",", ":", "and"):
            return  # "In front of the bakery, (you can see) a van", "a barrel and, left of it, a lantern": one pause
        if item.value == "and" and c.leading is not None and not c.subjects and not c.mentioned and self.at > 0 and \
                self.stream[self.at - 1].kind == "sep" and self.stream[self.at - 1].value == ",":
            return  # "On the shelf sit a vase, a clock, *and* two mugs": the list's last, on the shelf too
        if c.also and following is not None and following.kind == "rel":
            return  # "above *and* to the left of"
        if item.value == "and" and c.between_subjects and len(c.between) == 1:
            return  # "between a cat *and* a dog"
        if item.value == "and" and self._co_object():
            return
        if item.value == "and" and c.front_between is not None and len(c.front_between) == 1:
            return  # "Between the bench *and* the tree"
        self.end_clause(item)

    def _co_object(self) -> bool:
        """"a mug next to a kettle and a toaster": near both, when the list ends the clause (a
        relation after the second thing makes it a clause of its own: "... and a toaster on a shelf")."""
        stream, i = self.stream, self.at
        if not (i >= 2 and stream[i - 1].kind == "np" and stream[i - 2].kind == "rel" and i + 1 < len(stream)):
            return False
        kind = stream[i - 2].value
        after = stream[i + 2] if i + 2 < len(stream) else None
        ref = self.named_at.get(stream[i - 1].np.start)
        if kind not in CO_OBJECT_KINDS or stream[i + 1].kind != "np" or ref is None or \
                after is not None and not (after.kind == "sep" and after.value in (",", ".", ";", "!", "?")):
            return False
        subjects = [r.subject for r in self.relations if r.kind == kind and r.object == ref]
        if not subjects:
            return False
        self.clause.pending = (kind, subjects)
        return True

    def end_clause(self, item: Item | None) -> None:
        c = self.clause
        # "Behind the sofa, a bookcase": a place phrase opening a sentence is the next clause's.
        forward = c.leading is not None and c.leading[1] is not None and not c.subjects and item is not None and \
            item.value in (",", ":") and (c.opened_by in ("", ".", "!", "?", ";", ":", "and") or c.ahead)
        if c.leading and c.leading[1] is not None and self.previous_subjects and not forward:
            self.relate(c.leading[0], self.previous_subjects, c.leading[1], c.leading[0])
        if c.between_subjects and len(c.between) == 1:
            obj = c.between[0]
            entity = next(e for e in self.entities if e.ref == obj)
            if self._ring(obj):
                self.relate("around_by", c.between_subjects, obj, "in the middle of")
            elif entity.count >= 2:
                # "an apple between two bananas": one group on each side.
                other = self.split(entity)
                self.relate("between", c.between_subjects, obj, "between", other)
            else:
                # "in the middle of the table": on it if it is a surface, else next to it.
                kind = "on_top_of" if _is_surface(entity) else "near"
                self.relate(kind, c.between_subjects, obj, "in the middle of")
        carried: list[str] = []
        own_object = any(r not in c.subjects for r in c.mentioned)  # "Ada polishes six tyres": a whole clause
        busy = item is not None and any(w.pos == "VERB" and w.tag in ("VBG", "VBZ", "VBP", "VBD", "VBN") and
                                        i not in self.word_refs
                                        for i, w in enumerate(self.words[c.start:item.start], c.start))
        # ("twelve carollers milling, Tomasz on a milestone", "hens dotted about, a barn on the right": a clause
        # with its own verb is no list item; the "rocking" of "a rocking chair" is the thing's name, no verb)
        if item is not None and item.value in ("and", ",") and c.subjects and not c.related and not own_object \
                and not busy:
            carried = c.subjects + c.carried  # "a cat and a dog on a table": both on it
        elif item is not None and item.value == "and" and not c.subjects and not c.mentioned and c.carried and \
                not c.list_closed and c.listed != 1:
            carried = list(c.carried)  # "a kettle, two cups, and a jug on a tray": the comma before "and"
            # (but "six plates, and Ottoline sheltering under a tree": two things, the comma parts them)
        fronted = c.fronted if item is not None and (item.value == "and" or item.value == "," and
                                                     self._list_goes_on()) else None
        if c.subjects:
            self.previous_subjects = self.clause_subjects()
        if c.mentioned:
            self.previous_mentioned = list(c.mentioned) + [s for s in c.carried if s not in c.mentioned]
        if item is None or item.value in (".", "!", "?", ";"):
            if self.pending_order and len(self.sentence) >= 2:
                self.order(self.pending_order)
            self.sentence, self.pending_order, self.sentence_facings, self.sentence_colors = [], None, [], []
            self.order_span = None
        if item is None or item.value in (".", "!", "?"):  # (a list of places after ";" keeps its topic)
            self.topic = None
        holders = c.holders if item is not None and item.value == "and" else []
        opened_by = item.value if item is not None else ""
        owners: list[str] = []
        if opened_by == "with":
            owners = list(self.previous_subjects)
        elif opened_by == "and" and c.opened_by == "with":
            # "with a toy box to its left and a shelf to its right": "its" is still the owner's.
            opened_by, owners = "with", list(c.owners)
        listed = (c.listed + 1 if item is not None and item.value == "," and carried else 0)
        self.clause = Clause(carried=carried, opened_by=opened_by, owners=owners, listed=listed,
                             list_closed=item is not None and item.value == "," and c.opened_by == "and",
                             start=item.start + 1 if item is not None else 0)
        if holders:  # "a table holding three mugs and a teapot": the teapot is held too
            self.clause.pending = ("holds", holders)
            self.clause.holders = holders
        if fronted:  # "on the table are a vase and a cup": the cup is on it too
            self.clause.leading = fronted
        if item is not None and item.value == "where" and c.last_np and not c.pending:
            self.clause.leading = ("near", c.last_np)  # "a bench where a man is sitting": at the bench
        if forward:
            self.clause.leading = c.leading
        if c.front_between and not c.subjects and item is not None and item.value in (",", ":"):
            self.clause.front_between = c.front_between  # "Nestled between two boulders, a tiny tent"
        if c.pending_frame and not c.subjects and item is not None and item.value in (",", ":"):
            self.clause.pending_frame = c.pending_frame  # "On the left, a greenhouse"
        if c.fronted_frame and item is not None and item.value == "and":
            self.clause.pending_frame = c.fronted_frame  # "In the background there is a barn and a silo"

    def _list_goes_on(self) -> bool:
        """After this comma come only things, up to the next comma, "and" or the end: the list of
        a fronted place goes on ("On the table are a vase, a clock and a globe")."""
        ahead = self.stream[self.at + 1:]
        if ahead and ahead[0].kind == "sep" and ahead[0].value == "and":
            ahead = ahead[1:]  # "a vase, a clock, and two mugs"
        end = next((k for k, it in enumerate(ahead) if it.kind == "sep"), len(ahead))
        if end < len(ahead) and ahead[end].value not in (",", "and"):
            return False
        if not (end > 0 and all(it.kind == "np" for it in ahead[:end])):
            return False
        # A list is closed by "and": without one, the things after the commas are the scene's other
        # parts ("On a trestle, a row of cigar boxes, a throng of birdwatchers, ..." : no crowd on it).
        for it in self.stream[self.at + 1:]:
            if it.kind == "sep" and it.value == "and":
                return True
            if it.kind != "np" and not (it.kind == "sep" and it.value == ","):
                return False
        return False

    def add_missed(self, readings: list[dependencies.Reading]) -> None:
        """The relations the dependency tree shows that the clause machine did not read: each kept
        only when nothing said already relates the same two things, gives the subject that kind of
        place, or used that phrase's object so (the clause machine's reading stands)."""
        for reading in readings:
            second = reading.objects[1] if reading.kind == "between" else None
            for subject in reading.subjects:
                before = list(self.relations)
                self.relate(reading.kind, [subject], reading.objects[0], reading.phrase, second)
                added = self.relations[len(before):]
                if any(_said_already(relation, before) for relation in added):
                    self.relations = before

    # ---- result

    def interior(self) -> bool | None:
        """Indoors or out: as a scene heading says (INT., EXT.), else as the setting or the places named do."""
        if self.heading_interior is not None:
            return self.heading_interior
        if self.setting is not None:
            listed = lexicon.SETTINGS.get(self.setting, lexicon.SETTINGS.get(self.setting.split()[-1]))
            if listed is None and lexicon.is_ground(self.setting):
                return False  # "a headland", "a car park"
            if listed is None and lexicon.is_building(self.setting):
                return True  # "a gymnasium"
            return listed
        if self.place_words & lexicon.OUTDOOR_PLACES:
            return False
        if self.place_words & lexicon.INDOOR_PLACES:
            return True
        return None

    def spec(self) -> SceneSpec:
        relations = []
        depth = {(r.subject, r.kind) for r in self.relations if r.kind in ("foreground", "background")}
        for relation in self.relations:
            if relation.kind == "foreground" or relation.kind == "background":
                kind = "in_front_of" if relation.kind == "foreground" else "behind"
                for other in self.entities:
                    # (not of another thing in the same plane: "in the background, a barn and a silo")
                    if other.ref != relation.subject and (other.ref, relation.kind) not in depth:
                        relations.append(RelationSpec(kind=kind, subject=relation.subject, object=other.ref,
                                                      phrase=f"in the {relation.kind}"))
            elif relation.kind in PAIR_KINDS + FRAME_KINDS + ("between",):
                relations.append(relation)
            else:  # a phrase kind no rule turned into a relation: said, not silently checked as something else
                self.notes.append(f"'{relation.phrase or relation.kind}' not understood as a place; left out")
        unique: dict[tuple, RelationSpec] = {}
        for relation in relations:  # the same relation said twice ("in front, nearer the camera") is one
            unique.setdefault((relation.kind, relation.subject, relation.object, relation.object2), relation)
        relations = list(unique.values())
        ringed = {r.subject for r in relations if r.kind == "around"}
        for entity in self.entities:  # "chairs around a table": a ring, not a pair
            if entity.ref in self.some and entity.ref in ringed and entity.count == 2:
                entity.count = UNSTATED_RING
        interior = self.interior()
        notes = list(dict.fromkeys(self.notes))
        if self.setting:
            notes.append(f"setting: {self.setting} ({'indoors' if interior else 'outdoors'})")
        if self.style:
            notes.append("style, not objects: " + "; ".join(dict.fromkeys(self.style)))
        foreign = foreign_words(self.prompt, self.words)
        if foreign:
            # Only the words an English table knows are kept ("Auto"): the rest would be boxes
            # labelled with foreign words.
            kept = [e for e in self.entities if not e.stand_in and not e.proper]
            refs = {e.ref for e in kept}
            self.entities = kept
            relations = [r for r in relations if r.subject in refs and (r.object is None or r.object in refs)
                         and (r.object2 is None or r.object2 in refs)]
            notes = [n for n in notes if "stand-in" not in n and "person figure" not in n]
            notes.append(f"the prompt does not read as English ({foreign}): only English scene language is understood")
        if not self.entities:
            notes.append("no objects found in the prompt")
        for entity in self.entities:
            entity.noun = _as_written(entity.noun, self.prompt)
        return SceneSpec(prompt=self.prompt, entities=self.entities, relations=relations, camera=self.camera,
                         interior=interior, setting=self.setting, style=list(dict.fromkeys(self.style)), notes=notes)


def _as_written(noun: str, prompt: str) -> str:
    """"a director's chair", "two directors' chairs": the name keeps the "'s" the tables' spelling drops
    ("director chair")."""
    words = noun.split()
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return noun
    owner, thing = words
    written = re.search(rf"(?i)\b{owner}(?:['\u2019]s|s['\u2019])\s+{thing}(?:s|es)?\b", prompt)  # ("captains' chairs")
    return f"{owner}'s {thing}" if written else noun


def _said_already(relation: RelationSpec, said: list[RelationSpec]) -> bool:
    """True when a relation read from the tree would repeat or contradict one already said: the
    same two things related in any way, the subject already given that kind of place, or that kind
    of place already given relative to the same object (the phrase was read, for another subject)."""
    pair = {relation.subject, relation.object, relation.object2} - {None}
    for other in said:
        things = {other.subject, other.object, other.object2}
        if len(pair & things) >= 2 or other.subject == relation.subject and other.kind == relation.kind or \
                other.kind == relation.kind and (other.object, other.object2) == (relation.object, relation.object2):
            return True
    return False


REPORTING_VERBS = {"say", "said", "says", "reckon", "reckoned", "tell", "told", "claim", "claimed", "believe", "know",
                   "swear", "heard", "hear"}  # "they say", "you know": how it is told
HOLDING_VERBS = {"has", "have", "had", "contains", "contain", "holds", "hold", "features", "feature", "includes",
                 "include", "houses", "shows", "boasts", "boast"}  # ("the plot boasts a well ...": an agent's)
# Poses and formations of a group in a ring: "sitting around", "gathered round", "in a circle around".
RING_POSES = {"sitting", "sat", "seated", "standing", "stood", "gathered", "huddled", "kneeling", "grouped",
              "clustered", "arranged", "placed", "spaced", "circle", "ring", "circled", "crowded", "dancing"}
# The shape a group stands in, named as a thing ("..., a single wobbly stack"), and the arrangement it is.
FORMATIONS = {"stack": "stack", "pile": "stack", "heap": "stack", "column": "stack", "row": "row", "line": "row",
              "queue": "row", "file": "row", "ring": "ring", "circle": "ring"}
# What one of a pair calls the other ("one resting upon its twin", "one a pace behind her partner").
COUNTERPARTS = {"twin", "fellow", "partner", "mate", "companion", "counterpart", "double", "neighbour", "neighbor",
                "sibling", "brother", "sister", "pair", "match"}
ADDRESSEE = {"you", "u", "ya", "yourself"}  # who a request asks: never a thing in the scene
PICTURE_MAKERS = ADDRESSEE | {"i", "we", "us", "me", "it", "let"}  # who asks, and "it would be nice to draw"


def _living(entity: EntitySpec) -> bool:
    """A person or an animal: what it is "with" goes where it goes."""
    spec = load_catalog().get(entity.category)
    return entity.category in lexicon.PERSON_CATEGORIES or bool(spec and spec.group == "animal")


def noun_is_place(np: NounPhrase) -> bool:
    """A place no table knows as a thing, said without an article ("cosy interior" closing a
    prompt): a setting; "a greenhouse", "opposite a petrol station" name a thing."""
    return np.noun is not None and np.noun.stand_in and np.noun.how == "stand-in" and not (
        np.definite or np.indefinite or np.count)


def _woodland(word: str) -> bool:
    """A word with a sense that is a stand of trees or plants ("wood" as in a beech wood, "copse", "thicket"): a
    group whose parent is vegetation or a forest. Unknown as a thing, after "in" or "through" it is where the
    scene is (a wood to walk in, not a block of wood)."""
    one = lexicon._singular(word)
    for at, sense in enumerate(wordnet.senses(one)[:2]):  # (a stand of trees is a rare stand)
        if sense.kind == "group":
            parents = set(wordnet.hypernyms(one, 1, senses=at + 1)) - set(wordnet.hypernyms(one, 1, senses=at))
            if parents & {"vegetation", "forest", "woods"}:
                return True
    return False


def _is_surface(entity: EntitySpec) -> bool:
    """A top things stand on: a table, a shelf, or anything flat and wide (a blanket, a rug)."""
    from studio.library import load_catalog

    spec = load_catalog().get(entity.category)
    return bool(spec and (spec.surface or spec.size[1] < 0.25 * max(spec.size[0], spec.size[2])))


def _is_support(entity: EntitySpec) -> bool:
    """A top things are set out along: a surface, or a thing named as a shelf, ledge or counter."""
    return _is_surface(entity) or entity.noun.split()[-1] in lexicon.SUPPORT_NAMES


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
        subject = _known(words, spec.entity(relation.subject).noun)
        anchor = _known(words, spec.entity(relation.object).noun)
        if subject and anchor and subject != anchor:
            found.append((subject, relation.kind, anchor))
    return found


def _known(words: dict[str, str], noun: str) -> str | None:
    return words.get(noun) or words.get(noun.lower())  # names keep their capitals in the spec
