"""Who is in a prose story: proper names, their aliases and a guess at their gender.

A first pass over the whole text collects every capitalised name run ("Captain Ilse Brandt",
"Mr. Okafor", "Amara") and groups the shorter forms under the longest one ("Ilse", "Brandt" and
"Captain Brandt" all mean "Captain Ilse Brandt"). A group becomes a character when it recurs, or
later when the reader finds it speaking. Gender is only used to resolve "he said" / "she said".

Every regex here is linear on adversarial input: no nested unbounded quantifiers, no lazy dot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# ------------------------------------------------------------------ vocabulary ---

# Titles that may precede a name; with their gender when they imply one.
TITLES: dict[str, str | None] = {
    "mr": "m", "mrs": "f", "ms": "f", "mx": None, "miss": "f", "dr": None, "doctor": None,
    "prof": None, "professor": None, "captain": None, "capt": None, "sir": "m", "dame": "f",
    "lady": "f", "lord": "m", "king": "m", "queen": "f", "prince": "m", "princess": "f",
    "uncle": "m", "aunt": "f", "auntie": "f", "grandma": "f", "grandpa": "m", "granny": "f",
    "father": "m", "mother": "f", "brother": "m", "sister": "f", "sergeant": None, "sgt": None,
    "lieutenant": None, "lt": None, "colonel": None, "col": None, "general": None, "gen": None,
    "detective": None, "inspector": None, "officer": None, "agent": None, "judge": None,
    "madam": "f", "madame": "f", "monsieur": "m", "señor": "m", "señora": "f", "rev": None,
    "reverend": None, "st": None, "saint": None, "nurse": None, "chief": None, "commander": None,
}
# What a family calls its own, used as a name ("Grandad said"): the word gives the gender.
KIN_NAMES: dict[str, str] = {
    "grandad": "m", "granddad": "m", "grandpa": "m", "gramps": "m", "grandfather": "m", "dad": "m",
    "daddy": "m", "papa": "m", "pa": "m", "father": "m", "grandma": "f", "gran": "f", "granny": "f",
    "nana": "f", "grandmother": "f", "mum": "f", "mummy": "f", "mom": "f", "mommy": "f", "mama": "f",
    "ma": "f", "mother": "f",
}
# Titles written with a dot; the dot is part of the name ("Mr. Okafor"), not a sentence end.
DOTTED_TITLES = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Capt", "Sgt", "Lt", "Col", "Gen", "Rev", "St")
ABBREVIATIONS = frozenset(t.lower() for t in DOTTED_TITLES) | {"jr", "sr", "vs", "etc", "mt", "no"}

MALE_NAMES = frozenset("""
john james tom thomas peter paul david michael mark jack harry george william henry charles robert
richard joseph daniel matthew andrew luke ben benjamin kofi kwame kwesi ahmed omar ali carlos juan
luis pedro hans karl ivan arjun raj wei kenji hiro liam noah oliver elijah lucas leo max felix hugo
oscar arthur edward frank fred bob bill jim joe tim ted ethan adam simon martin victor elias tobias
finn jonas marcus musa chidi emeka tunde yusuf hassan samuel isaac jacob aaron nathan owen rhys
dylan sean patrick connor jamal malik tariq diego mateo santiago pablo marco luca giovanni pierre
jean louis franz otto erik lars sven nils anton dmitri sergei yuri boris kai rafael gabriel ibrahim
""".split())
FEMALE_NAMES = frozenset("""
mary anna anne ann emma sarah sara alice jane elizabeth lucy kate katie emily grace rose lily ella
sophie sophia olivia ava mia isabella charlotte amelia hannah laura julia maria marie ilse greta
ingrid elena ana carmen lucia rosa fatima aisha amara amina zara priya mei yuki nora clara eva helen
margaret ruth martha esther leila nadia chloe zoe ruby ivy maya ada ines freya astrid ama abena
ngozi chioma adaeze wanjiru esi mira lena tess molly nell bea edith agnes iris abigail victoria
eleanor harriet beatrice florence matilda isla poppy daisy jasmine layla yasmin sofia valentina
camila gabriela mariana isabel elise sylvie amelie heidi anya olga natasha svetlana hana keiko
""".split())

# People named by what they are: "the old woman said" makes a character "Old Woman".
PERSON_NOUNS: dict[str, str | None] = {
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "child": None, "kid": None, "baby": None,
    "stranger": None, "king": "m", "queen": "f", "prince": "m", "princess": "f", "captain": None,
    "doctor": None, "nurse": None, "keeper": None, "fisherman": "m", "fisherwoman": "f",
    "sailor": None, "soldier": None, "guard": None, "driver": None, "voice": None, "lady": "f",
    "gentleman": "m", "mother": "f", "father": "m", "brother": "m", "sister": "f", "son": "m",
    "daughter": "f", "wife": "f", "husband": "m", "grandmother": "f", "grandfather": "m",
    "uncle": "m", "aunt": "f", "teacher": None, "priest": "m", "monk": "m", "nun": "f",
    "witch": "f", "wizard": "m", "farmer": None, "merchant": None, "innkeeper": None,
    "shopkeeper": None, "officer": None, "detective": None, "inspector": None, "pilot": None,
    "boatman": "m", "ferryman": "m", "landlady": "f", "landlord": "m", "servant": None,
    "maid": "f", "butler": "m", "knight": None, "lighthouse-keeper": None, "waiter": None,
    "waitress": "f", "clerk": None, "judge": None, "sergeant": None, "professor": None,
    "girlfriend": "f", "boyfriend": "m", "friend": None, "neighbour": None, "neighbor": None,
    "mayor": None, "cook": None, "chef": None, "baker": None, "postman": "m", "messenger": None,
    "traveller": None, "traveler": None, "visitor": None, "newcomer": None, "twin": None,
    "lad": "m", "lass": "f", "crone": "f", "hag": "f", "fellow": "m", "youth": None,
    "policeman": "m", "policewoman": "f", "constable": None, "sheriff": None, "deputy": None,
    "ranger": None, "warden": None, "jailer": None, "prisoner": None, "thief": None, "robber": None,
    "pirate": None, "bandit": None, "beggar": None, "vendor": None, "customer": None,
    "passenger": None, "conductor": None, "porter": None, "bartender": None, "barman": "m",
    "barmaid": "f", "doorman": "m", "janitor": None, "student": None, "pupil": None,
    "scientist": None, "engineer": None, "general": None, "colonel": None, "lieutenant": None,
    "admiral": None, "guide": None, "hunter": None, "host": None, "hostess": "f",
    "receptionist": None, "librarian": None, "lawyer": None, "banker": None, "miner": None,
    "surgeon": None, "mechanic": None, "fireman": "m", "firefighter": None, "shepherd": None,
    "gardener": None, "tailor": None, "blacksmith": None, "carpenter": None, "duke": "m",
    "duchess": "f", "emperor": "m", "empress": "f", "widow": "f", "widower": "m", "bride": "f",
    "groom": "m", "abbot": "m", "abbess": "f", "actor": None, "actress": "f", "singer": None,
    "musician": None, "painter": None, "poet": None, "writer": None, "reporter": None,
}

# Capitalised words that start sentences or are otherwise never names.
COMMON_WORDS = frozenset("""
the a an and but or nor so then when while after before if as at in on of to for from with without
by into onto over under up down out off near this that these those there here where what who whom
whose why how which it its he she they we you i me him her them us my your his our their yes no not
oh ah well now just only even still yet all some any every each both nothing something everything
someone everyone nobody anyone once later meanwhile soon finally suddenly perhaps maybe please thank
thanks hello hi goodbye sorry okay good let come go look wait stop run listen do did does is are
was were be been have has had will would can could should shall may might must never always again
too very much many more most chapter part scene dear one two three four five six seven eight nine
ten first second third last next another other such because although though unless until since
whether whatever whenever above below behind beside between beyond inside outside through toward
towards across along around about against among upon within instead otherwise however therefore
also besides indeed outside today tonight tomorrow yesterday morning evening night afternoon dawn
dusk noon midnight somewhere everywhere anywhere nowhere how's what's there's here's that's it's
let's don't can't won't didn't isn't wasn't aren't weren't couldn't wouldn't shouldn't i'm i've
i'll i'd you're you've you'll he's she's we're they're no-one mister sure right fine great hey
together slowly quickly quietly softly carefully gently sometimes often usually already almost
every enough far few half hours days years minutes moments weeks months later earlier back home
end beginning epilogue prologue title author draft note notes story book
god gods heaven hell lord christmas easter english french german spanish italian chinese japanese
african european american british irish scottish welsh dutch greek latin arabic russian internet
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december
""".split())

# Capitalised words that make a name run a place ("Harbour Street", "Saint Anne's Church").
PLACE_WORDS = frozenset("""
street st road rd lane avenue ave square harbour harbor river city village town bay island isle
lake sea ocean mountain mount mountains hill hills valley forest wood woods park bridge castle tower
hall house church cathedral chapel station market point cape coast beach port inn tavern abbey
palace manor farm falls creek glen fields cove rock head lighthouse kingdom empire republic county
province district quarter gardens garden close court place row way hotel school college university
hospital museum library gate gates pier quay dock docks canal sound strait desert plains marsh
""".split())

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}

# ------------------------------------------------------------------- patterns ---


# Letters that start a name, and letters that go on with it: Latin, Greek and Cyrillic, since a name
# is as likely to be Łucja, Ørjan or Анна as Amara. ``re`` has no \\p{Lu}; Latin Extended-A and -B
# alternate capitals and small letters, so both classes take those blocks whole (a listed class of
# single letters compiles ten times slower, in every pattern a name is part of).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΏΑ-ΩЀ-Я"
_LOWER = "a-zß-öø-ÿĀ-ɏά-ώα-ωа-џ"
# One capitalised word: "Amara", "McKenzie", "O'Brien", "Jean-Luc", "Amara's".
NAME_WORD = (rf"[{_UPPER}](?:[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?|['’][{_UPPER}][{_LOWER}]+)"
             rf"(?:[-'’][{_UPPER}]?[{_LOWER}]+)*")
DOTTED_TITLE = r"(?:" + "|".join(DOTTED_TITLES) + r")\."
# A run of up to four capitalised words, optionally after a dotted title.
NAME_RUN = re.compile(rf"(?<![\w'’-])(?:{DOTTED_TITLE}\s+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}")

# Evidence for a place: a preposition before the name ("in Lisbon", "to the Harbour").
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|into|across|towards|toward|near|through|of|on|inside|outside|around)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\bthe\s+$")
# Evidence for a person: acting ("Tom loved", "Larbi swept"), owning ("Amara's"), being named by
# a speech verb ("said Amara"). Places take prepositions, conjunctions and pronouns after them.
_NEXT_WORD = re.compile(r"(['’]s\b)|[ \t]+([a-z]+)\b")
_NOT_A_VERB = frozenset("""
a an the and or but nor so yet to of in on at by for from with into onto over under near as than
that this these those he she they we you i it him her them us me his its their our my your who
which where when while if because though although before after since until
""".split())
_PERSON_BEFORE = re.compile(r"\b(?:said|asked|replied|answered|whispered|shouted|called|cried|told|thanked)\s+$")


_SENTENCE_OPENERS = set(".!?:;…\"“‘([—–\n")
# Starts only at the first mark of a run ("?!...") and never gives back: linear on "......".
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’')\]]*+(?=\s|$)")


# ------------------------------------------------------------------ sentences ---


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; "Mr. Okafor" and "St. Ives" do not end one."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        word = text[max(start, match.start() - 6):match.start()].split()
        if match.group().startswith(".") and word and word[-1].lower().strip("\"“‘(") in ABBREVIATIONS:
            continue
        if text[start:match.end()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]


def is_sentence_initial(text: str, start: int) -> bool:
    """True when only whitespace, quotes or dashes separate ``start`` from a sentence boundary."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'—–-(":
        if text[i] in "\"“‘(—–":
            return True  # an opening quote or a dash starts a new utterance
        i -= 1
    return i < 0 or text[i] in _SENTENCE_OPENERS


# --------------------------------------------------------------------- names ---


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "s'", "s’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)] + ("s" if suffix.startswith("s") else "")
    return word


def _is_contraction(word: str) -> bool:
    """ "Don't", "I'll": an apostrophe followed by lower case (O'Brien has upper case)."""
    for quote in "'’":
        head, sep, tail = word.partition(quote)
        if sep and tail[:1].islower():
            return True
    return False


def title_key(word: str) -> str:
    return word.rstrip(".").lower()


@lru_cache(maxsize=1 << 16)
def is_title(word: str) -> bool:
    return title_key(word) in TITLES


def name_words(run: str) -> list[str]:
    """The words of a name run that can be a name: no leading common words, no possessive."""
    words = run.split()
    if words:
        words[-1] = _strip_possessive(words[-1])
    while words and (words[0].lower() in COMMON_WORDS or _is_contraction(words[0])) and not is_title(words[0]):
        words.pop(0)
    # "Amara Then" or "Tom Said" do not occur; a common word after the name ends it.
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in COMMON_WORDS or _is_contraction(word):
            words = words[:i]
            break
    return words


@lru_cache(maxsize=1 << 16)
def key_words(name: str) -> tuple[str, ...]:
    """The words that identify a person, lower case, without titles: ("ilse", "brandt")."""
    return tuple(w.lower() for w in name.split() if not is_title(w))


def titles_of(name: str) -> tuple[str, ...]:
    return tuple(title_key(w) for w in name.split() if is_title(w))


def role_name(phrase: str) -> str | None:
    """ "the old woman" -> "Old Woman"; None unless the last word names a person."""
    words = phrase.lower().split()
    if words and words[0] in {"the", "a", "an", "his", "her", "their", "my", "our", "your"}:
        words = words[1:]
    if not words or words[-1] not in PERSON_NOUNS:
        return None
    return " ".join(w.capitalize() for w in words)


# ---------------------------------------------------------------------- cast ---


@dataclass
class Person:
    name: str  # canonical: the longest form seen ("Captain Ilse Brandt")
    forms: set[str] = field(default_factory=set)
    count: int = 0
    mid_sentence: int = 0  # mentions not at a sentence start: real names, not "Still," or "Rain"
    place_hints: int = 0  # "in the Harbour", "to Lisbon"
    person_hints: int = 0  # "Tom loved", "Amara's", "said Amara"
    first_seen: tuple[int, int] = (1 << 30, 0)  # (paragraph, offset)
    gender: str | None = None
    speaks: bool = False
    role: bool = False  # named by a role ("Old Woman")

    @property
    def plausible(self) -> bool:
        """Looks like a person's name: mid-sentence capitals, a known given name or a title."""
        if self.role or self.speaks or titles_of(self.name):
            return True
        if self.place_hints and not self.person_hints:
            return False  # only ever somewhere one goes: "from Lisbon", "in Brightwater"
        if any(w.capitalize() in PLACE_WORDS for w in " ".join(self.forms).split() if not is_title(w)):
            return False
        first = key_words(self.name)[:1]
        known = bool(first and (first[0] in MALE_NAMES or first[0] in FEMALE_NAMES))
        return self.mid_sentence > 0 or known

    @property
    def recurs(self) -> bool:
        return not self.role and self.count >= 2 and self.plausible

    @property
    def is_character(self) -> bool:
        return self.speaks or self.recurs


@dataclass
class _Sighting:
    name: str
    at: tuple[int, int]
    mid_sentence: bool
    place_hint: bool
    person_hint: bool


class Cast:
    """Names found in the story, their aliases, and who has spoken."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}  # canonical -> person
        self._aliases: dict[str, str] = {}  # lower-case form -> canonical
        self._roles: dict[str, str] = {}  # "old woman" -> "Old Woman"
        self._role_pattern: re.Pattern[str] | None = None

    # ---- building

    def add_person(self, name: str, at: tuple[int, int] = (1 << 30, 0), gender: str | None = None) -> Person:
        person = Person(name=name, forms={name}, first_seen=at, gender=gender or guess_gender(name))
        self.people[name] = person
        self._index(person)
        return person

    def add_role(self, phrase: str, at: tuple[int, int]) -> str | None:
        """A speaker known only by a role; returns the canonical name ("Old Woman")."""
        name = role_name(phrase)
        if name is None:
            return None
        key = name.lower()
        if key in self._roles:
            return self._roles[key]
        person = Person(name=name, forms={name}, first_seen=at, role=True,
                        gender=PERSON_NOUNS.get(key.split()[-1]))
        self.people[name] = person
        self._roles[key] = name
        self._role_pattern = re.compile(
            r"\b(?:the|a|an|his|her|their|my|our)\s+(" + "|".join(
                re.escape(r) for r in sorted(self._roles, key=len, reverse=True)) + r")\b",
            re.IGNORECASE,
        )
        return name

    def _index(self, person: Person) -> None:
        for form in person.forms:
            self._aliases.setdefault(form.lower(), person.name)
            self._aliases.setdefault(" ".join(key_words(form)), person.name)

    # ---- looking up

    def resolve(self, written: str) -> str | None:
        """The canonical name for a name as written ("Brandt", "Mr Okafor", "Amara's")."""
        words = name_words(written)
        if not words:
            return None
        name = " ".join(words)
        for key in (name.lower(), " ".join(key_words(name))):
            if key and key in self._aliases:
                return self._aliases[key]
        role = role_name(name)
        return self._roles.get(role.lower()) if role else None

    def resolve_or_add(self, written: str, at: tuple[int, int]) -> str | None:
        """The canonical name, adding a new person for a name not seen before ("Grandma said")."""
        canonical = self.resolve(written)
        if canonical is None:
            words = name_words(written)
            if not words:
                return None
            canonical = self.add_person(" ".join(words), at).name
        return canonical

    def gender(self, name: str | None) -> str | None:
        person = self.people.get(name or "")
        return person.gender if person else None

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(offset, canonical) of every character mentioned in ``text``, in order."""
        found = []
        for match in NAME_RUN.finditer(text):
            canonical = self.resolve(match.group())
            if canonical and self.people[canonical].plausible:
                found.append((match.start(), canonical))
        if self._role_pattern is not None:
            for match in self._role_pattern.finditer(text):
                found.append((match.start(), self._roles[match.group(1).lower()]))
        return sorted(found)

    def mark_speaker(self, name: str, at: tuple[int, int]) -> None:
        person = self.people[name]
        person.speaks = True
        person.first_seen = min(person.first_seen, at)

    def characters(self) -> list[str]:
        """Canonical names of the characters, in order of first appearance."""
        people = [p for p in self.people.values() if p.is_character]
        return [p.name for p in sorted(people, key=lambda p: p.first_seen)]


def guess_gender(name: str) -> str | None:
    for title in titles_of(name):
        if TITLES.get(title):
            return TITLES[title]
    words = key_words(name)
    if len(words) == 1 and words[0] in KIN_NAMES:
        return KIN_NAMES[words[0]]
    if words and words[0] in MALE_NAMES:
        return "m"
    if words and words[0] in FEMALE_NAMES:
        return "f"
    return None


# ------------------------------------------------------------------- the pass ---


def _looks_like_a_subject(after: str) -> bool:
    """ "Tom loved", "Amara's": the name acts or owns, as people do."""
    found = _NEXT_WORD.match(after)
    return bool(found and (found.group(1) or found.group(2) not in _NOT_A_VERB))


def _sightings(paragraphs: list[str]) -> list[_Sighting]:
    found = []
    for index, paragraph in enumerate(paragraphs):
        for match in NAME_RUN.finditer(paragraph):
            words = name_words(match.group())
            if not words or (len(words) == 1 and is_title(words[0])):
                continue
            dropped = match.group().split()[: len(match.group().split()) - len(words)]
            # "In Lisbon": the dropped sentence-initial words are context too.
            before = paragraph[max(0, match.start() - 16):match.start()] + "".join(w + " " for w in dropped)
            after = paragraph[match.end():match.end() + 16]
            found.append(_Sighting(
                name=" ".join(words),
                at=(index, match.start()),
                mid_sentence=bool(dropped) or not is_sentence_initial(paragraph, match.start()),
                place_hint=bool(_PLACE_BEFORE.search(before) or _THE_BEFORE.search(before)),
                person_hint=_looks_like_a_subject(after) or bool(_PERSON_BEFORE.search(before)),
            ))
    return found


def _group(names: list[str]) -> dict[str, str]:
    """Each written form -> the longest form it is part of (its canonical name).

    "Ilse" and "Captain Brandt" belong to "Captain Ilse Brandt"; a form that fits two different
    people ("Brandt" with both "Ilse Brandt" and "Karl Brandt") stays on its own.
    """
    first = {name: i for i, name in reversed(list(enumerate(names)))}
    ordered = sorted(first, key=lambda n: (-len(key_words(n)), -len(n.split()), first[n]))
    canonical: dict[str, str] = {}
    # Every subset of a canonical name's key words -> a few canonical names containing it.
    # Names have at most four words, so this is at most 15 entries a name: a lookup, not a search.
    heads_by_subset: dict[frozenset[str], list[str]] = {}
    for name in ordered:
        words = key_words(name)
        owners = [h for h in heads_by_subset.get(frozenset(words), []) if _titles_agree(name, h)]
        if len(owners) == 1:
            canonical[name] = owners[0]
            continue
        canonical[name] = name
        for subset in _subsets(words):
            heads = heads_by_subset.setdefault(subset, [])
            if len(heads) < 4:  # enough to tell "one owner" from "ambiguous"
                heads.append(name)
    return canonical


def _subsets(words: tuple[str, ...]) -> list[frozenset[str]]:
    unique = list(dict.fromkeys(words))[:4]
    return [frozenset(w for i, w in enumerate(unique) if mask >> i & 1) for mask in range(1, 1 << len(unique))]


def _titles_agree(a: str, b: str) -> bool:
    """ "Mr. Okafor" and "Mrs. Okafor" are two people; "Okafor" may be either."""
    ta, tb = titles_of(a), titles_of(b)
    return not ta or not tb or bool(set(ta) & set(tb))


def _vote_genders(cast: Cast, paragraphs: list[str]) -> dict[str, dict[str, int]]:
    """Pronouns after a name: "Amara lifted her cup. She ..." votes female for Amara.

    A sentence votes for its first character, with the pronouns before the next name; a sentence
    naming one character also lends it the subject pronoun that opens the next sentence.
    """
    votes: dict[str, dict[str, int]] = {}
    for paragraph in paragraphs:
        spans = sentence_spans(paragraph)
        for i, (start, end) in enumerate(spans):
            sentence = paragraph[start:end]
            named = cast.mentions(sentence)
            if not named:
                continue
            first_offset, name = named[0]
            others = [offset for offset, other in named if other != name]
            stretch = sentence[first_offset:others[0] if others else len(sentence)].lower()
            pronouns = re.findall(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", stretch)
            if not others and i + 1 < len(spans):
                following = paragraph[spans[i + 1][0]:spans[i + 1][1]]
                opener = re.match(r"\W*(he|she)\b", following, re.IGNORECASE)
                if opener and not cast.mentions(following):
                    pronouns += [opener.group(1).lower()] * 2  # a subject pronoun is the best clue
            tally = votes.setdefault(name, {"m": 0, "f": 0})
            for pronoun in pronouns:
                tally[PRONOUN_GENDER[pronoun]] += 1
    return votes


def find_cast(paragraphs: list[str]) -> Cast:
    """First pass over the story's paragraphs: every name, grouped with its aliases."""
    sightings = _sightings(paragraphs)
    canonical = _group([s.name for s in sightings])
    cast = Cast()
    for sighting in sightings:
        head = canonical[sighting.name]
        person = cast.people.get(head) or cast.add_person(head, sighting.at)
        person.forms.add(sighting.name)
        person.count += 1
        person.mid_sentence += sighting.mid_sentence
        person.place_hints += sighting.place_hint
        person.person_hints += sighting.person_hint
        person.first_seen = min(person.first_seen, sighting.at)
    for person in cast.people.values():
        cast._index(person)
    _index_short_forms(cast)
    for name, tally in _vote_genders(cast, paragraphs).items():
        person = cast.people[name]
        fixed = KIN_NAMES.get(name.lower()) or (TITLES.get(titles_of(name)[0]) if titles_of(name) else None)
        if fixed is None:  # a title or a kin name says it; pronouns nearby may be someone else's
            if tally["m"] >= 2 * tally["f"] + 1:
                person.gender = "m" if person.gender is None or tally["m"] >= 2 else person.gender
            elif tally["f"] >= 2 * tally["m"] + 1:
                person.gender = "f" if person.gender is None or tally["f"] >= 2 else person.gender
    return cast


def _index_short_forms(cast: Cast) -> None:
    """A single word of a multi-word name ("Ilse") refers to it when no one else shares the word."""
    owners: dict[str, set[str]] = {}
    for person in cast.people.values():
        for word in key_words(person.name):
            owners.setdefault(word, set()).add(person.name)
    for word, names in owners.items():
        if len(names) == 1:
            cast._aliases.setdefault(word, next(iter(names)))
