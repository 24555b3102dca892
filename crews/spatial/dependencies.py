"""Relations read from the dependency tree of the parse, whatever order the sentence says them in.

The clause machine in ``parse`` reads relations from the order of the items: it knows the sentence
shapes someone anticipated. This pass reads the same relation phrases from spaCy's dependency
tree instead: a phrase's object is what its last preposition governs ("in front *of* a barn",
"between a teapot *and* a vase", "surrounded *by* chairs"), its subject what the phrase modifies,
a noun ("a tractor parked in front of the barn") or, through the verb it hangs on, that verb's
subject, wherever it stands ("While a dog sleeps beside the sofa", "Beside the well sits a cat",
"a mug can be seen left of a laptop", "the bridge, under which a troll waits"). Verbs that are
relations by themselves ("encircles", "conceals") are read here too.

It only proposes: ``parse`` keeps what the clause machine did not already say of the same things.
"""

from __future__ import annotations

from dataclasses import dataclass

from crews.spatial.items import Item
from crews.spatial.words import Word

# The kinds the clause machine handles with more than a subject and an object (splitting a group
# in two, one side and the other): never proposed from the tree.
SKIPPED_KINDS = {"flank", "side_one", "side_other"}
OBJECT_DEPS = ("pobj", "dobj")
SUBJECT_DEPS = ("nsubjpass", "nsubj")
RELATIVE = {"which", "that", "who", "whom", "whose"}
PRONOUNS = {"it", "them", "its", "their"}
NOUNS = ("NOUN", "PROPN", "NUM")
# Verbs by which someone puts a thing somewhere, or has it there: the place is the thing's, not theirs.
PLACING_VERBS = {"set", "sets", "put", "puts", "placed", "places", "laid", "lays", "hung", "hangs", "left", "leaves",
                 "stood", "propped", "rested", "dropped", "leaned", "tucked", "slid", "tossed", "parked", "stacked",
                 "place", "lay", "hang", "arrange", "arranged", "position", "positioned", "has", "have", "had", "having"}
# Verbs that are a relation by themselves, their subject to their object ("six stones encircle a
# fire", "a hedge conceals a gnome"); every form of them, as the tagger reads a verb.
RELATION_VERB_STEMS = {"surround": "around", "encircle": "around", "enclose": "around", "ring": "around",
                       "circle": "around", "hide": "hides", "conceal": "hides", "obscure": "hides",
                       "shield": "hides", "orbit": "around", "crown": "on_top_of", "top": "on_top_of", "overshadow": "near", "overlook": "near"}
# Prepositions no phrase table reads alone, because outside a place phrase they mean something
# else ("a round table"): read when the tree shows them governing an object.
PREPOSITIONS = {"round": "around"}
# A relation verb said in the passive relates the other way round ("a fountain ringed with benches").
PASSIVE = {"around": "around_by", "hides": "hidden_by", "on_top_of": "contains"}
# A verb that continues another ("sits and watches", "sleeping while ...", "Sitting ... is a cup"):
# without a subject of its own, its place phrase is about that verb's subject.
CONTINUING = ("conj", "advcl", "xcomp", "ccomp", "csubj")
MAX_CLIMB = 6  # verbs chained so: a sentence is never deeper than this


@dataclass(frozen=True)
class Reading:
    """One relation as the tree reads it: every subject has it to the object (two for between)."""

    kind: str
    subjects: tuple[str, ...]
    objects: tuple[str, ...]
    phrase: str


def _forms(stem: str) -> list[str]:
    base = stem[:-1] if stem.endswith("e") else stem
    return [stem, stem + "s", base + "ed", base + "ing", stem + "d"]


RELATION_VERBS = {form: kind for stem, kind in RELATION_VERB_STEMS.items() for form in _forms(stem)}


class Tree:
    """The words as a tree: children by head, and which entity each word names."""

    def __init__(self, words: list[Word], refs: dict[int, str]):
        self.words = words
        self.refs = refs
        self.children: dict[int, list[int]] = {}
        for k, word in enumerate(words):
            if 0 <= word.head < len(words) and word.head != k:
                self.children.setdefault(word.head, []).append(k)

    def kids(self, k: int, *deps: str) -> list[int]:
        return [c for c in self.children.get(k, []) if self.words[c].dep in deps]

    def listed(self, k: int, subject: bool = False) -> list[int]:
        """A noun and the nouns joined to it ("a teapot and a vase", "a cat, a dog and a bird"); of
        subjects, not one with a place of its own ("a boat near a pier and a bird on a rock": the
        small model often joins such clauses as one list)."""
        found = [k]
        for c in self.kids(k, "conj"):
            if self.words[c].pos in NOUNS + ("PRON",) and not (subject and self.kids(c, "prep", "acl", "relcl")):
                found += self.listed(c, subject)
        return found

    def subject_list(self, k: int) -> list[int]:
        return self.listed(k, subject=True)

    def antecedent(self, k: int) -> int | None:
        """The noun a relative pronoun stands for: the head of its relative clause."""
        for _ in range(MAX_CLIMB):
            if k < 0:
                return None
            if self.words[k].dep == "relcl":
                return self.words[k].head
            k = self.words[k].head
        return None

    def entities(self, tokens: list[int], besides: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The entities the words name, in order, each once; a relative pronoun names its antecedent,
        "it" or "them" the thing named last before it (other than ``besides``, the relation's subjects)."""
        found: list[str] = []
        for k in tokens:
            if self.words[k].text in RELATIVE:
                k = self.antecedent(k)
                if k is None:
                    continue
            ref = self.refs.get(k)
            if ref is None and self.words[k].text in PRONOUNS:
                ref = next((self.refs[j] for j in range(k - 1, -1, -1) if j in self.refs and
                            self.refs[j] not in besides), None)
            if ref is not None and ref not in found:
                found.append(ref)
        return tuple(found)

    # ---- what a phrase relates

    def top(self, span: range) -> int:
        """The word of the phrase that the rest of the sentence governs."""
        return next((k for k in span if self.words[k].head not in span), span.start)

    def objects(self, span: range) -> list[int]:
        """What the phrase governs: the object of its last preposition ("in front of *a barn*"),
        with the nouns listed after it; for a particle ("gather round a fire") the verb's object."""
        for k in reversed(span):
            found = [c for c in self.kids(k, *OBJECT_DEPS) if c >= span.start and c not in span]
            if found:
                return self.listed(found[0])
            for agent in self.kids(k, "agent", "prep"):  # "surrounded by": "by" outside a phrase of one word
                if agent not in span and self.words[agent].text in ("by", "with"):
                    found = self.kids(agent, "pobj")
                    if found:
                        return self.listed(found[0])
        top = self.top(span)
        head = self.words[top].head
        if self.words[top].dep in ("advmod", "prt") and head >= 0:
            found = [c for c in self.kids(head, "dobj") if c >= span.stop]
            if found:
                return self.listed(found[0])
        return []

    def subjects(self, span: range, objects: list[int]) -> list[int]:
        """What the phrase says the place of: the noun it modifies, or the subject of its verb."""
        k = self.top(span)
        if self.words[k].pos == "VERB":  # "encircles", "hidden behind", "leaning against": the verb's own
            return self.verb_subjects(k, k, objects)
        for _ in range(MAX_CLIMB):
            head = self.words[k].head
            if head < 0:
                return []
            word = self.words[head]
            if word.pos in NOUNS or word.pos == "PRON" and word.text in RELATIVE:
                return self.subject_list(head)
            if word.pos in ("VERB", "AUX"):
                return self.verb_subjects(head, span.start, objects)
            k = head  # an adjective or adverb between: "visible behind", "close to"
        return []

    def verb_subjects(self, verb: int, before: int, objects: list[int]) -> list[int]:
        """The thing a verb's place phrase is about: the thing placed ("Mara set *a lantern* on
        the shelf"), else the verb's subject, the noun after it when the place comes first
        ("Beside the well sits *a cat*"), the noun a participle describes ("a dog, sleeping
        beside the sofa"), or the subject of the verb it continues."""
        for climbed in range(MAX_CLIMB):
            word = self.words[verb]
            done = [c for c in self.kids(verb, "dobj") if c not in objects]
            if word.text in PLACING_VERBS and done:
                return self.subject_list(done[0])
            if done and not climbed and before > verb:
                return []  # "a child draws a figure on a sheet": the figure's place or the child's?
            for dep in SUBJECT_DEPS:
                found = self.kids(verb, dep)
                if found:
                    return self.subject_list(found[0])
            after = [c for c in self.kids(verb, "attr", "dobj", "npadvmod") if c > verb and
                     (before < verb or word.pos == "AUX") and self.words[c].pos in NOUNS]
            if after:  # "is a vase on the table", "Beside the well sits a cat"
                return self.subject_list(after[0])
            head = word.head
            if head < 0:
                return []
            if word.dep in ("acl", "relcl") and self.words[head].pos in NOUNS:
                return self.subject_list(head)
            if word.dep not in CONTINUING or self.words[head].pos not in ("VERB", "AUX"):
                return []
            verb = head
        return []


def read(words: list[Word], stream: list[Item], refs: dict[int, str]) -> list[Reading]:
    """The relations the tree shows for every relation phrase of the stream and every verb that
    is a relation by itself, between the entities ``refs`` maps words to."""
    tree = Tree(words, refs)
    readings = (_reading(tree, kind, span) for kind, span in _phrases(tree, stream))
    return [reading for reading in readings if reading is not None]


def _phrases(tree: Tree, stream: list[Item]) -> list[tuple[str, range]]:
    """(kind, words) of the relation phrases: the stream's, then the relation verbs and
    prepositions no phrase of the stream covers."""
    spans = [(item.value, range(item.start, max(item.end, item.start + 1))) for item in stream
             if item.kind == "rel" and not item.value.endswith("*it") and item.value not in SKIPPED_KINDS]
    covered = {k for _, span in spans for k in span}
    for k, word in enumerate(tree.words):
        if k in covered:
            continue
        if word.text in RELATION_VERBS and word.pos == "VERB":
            kind = RELATION_VERBS[word.text]
            passive = word.tag == "VBN" and not tree.kids(k, "dobj")
            spans.append((PASSIVE.get(kind, kind) if passive else kind, range(k, k + 1)))
        elif word.text in PREPOSITIONS:  # (a verb, to the tagger, opening a sentence: "Round the table stand ...")
            spans.append((PREPOSITIONS[word.text], range(k, k + 1)))
    return spans


def _reading(tree: Tree, kind: str, span: range) -> Reading | None:
    tokens = tree.objects(span)
    subjects = tree.entities(tree.subjects(span, tokens))
    objects = tree.entities(tokens if kind == "between" else tokens[:1], besides=subjects)
    subjects = tuple(s for s in subjects if s not in objects)
    if not subjects or len(objects) != (2 if kind == "between" else 1):
        return None
    return Reading(kind, subjects, objects, " ".join(w.text for w in tree.words[span.start:span.stop]))
