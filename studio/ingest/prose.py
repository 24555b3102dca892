"""Prose stories (.txt, .md) -> Source: scenes of narration and quoted speech with its speaker.

Three passes:

1. Markdown or plain text becomes blocks: headings, scene breaks and paragraphs, markup removed.
2. ``characters.find_cast`` reads every paragraph once for names, aliases and genders.
3. ``StoryReader`` cuts each paragraph into narration and quotes. A quote's speaker comes from, in
   order of trust: its attribution ("she said"), another attributed quote in the same paragraph,
   a self-introduction ("I'm Kofi"), the subject of the sentence next to it, the turn-taking of a
   two-person exchange. When none applies the speaker is None and the narrator reads the line:
   a missing name is better than a wrong voice.

Nothing here rewrites the story: attribution clauses ("she said") are left out of the narration,
everything else is kept in order. Every regex is linear on adversarial input (bounded
repetitions, character classes that stop at the next delimiter, no lazy dot over unbounded text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt

from studio import language
from studio.ingest.characters import (
    DOTTED_TITLE,
    NAME_WORD,
    PERSON_NOUNS,
    Cast,
    find_cast,
    name_words,
    sentence_spans,
)
from studio.ingest.errors import InputError
from studio.ingest.fountain import NOTE_MARK, mark_note, take_notes, tidy
from studio.models import Source, SourceElement, SourceScene


def parse_prose(text: str, path: str = "<text>", max_beats: int | None = None) -> Source:
    """Parse a story. The title is "" when the text names none; ``max_beats`` stops early."""
    blocks = markdown_blocks(text)
    title, blocks = split_title(blocks)
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    if not paragraphs:
        raise InputError(f"{path} has a title but no story text" if title else f"{path} has no story text")
    cast = find_cast(paragraphs)
    reader = StoryReader(cast)
    scenes = _build_scenes(blocks, reader, path, max_beats)
    return Source(title=title, format="prose", path=path, scenes=scenes, characters=cast.characters())


# ===================================================================== blocks ===


@dataclass
class Block:
    kind: Literal["heading", "break", "paragraph"]
    text: str = ""
    level: int = 0
    shot: str | None = None  # an author's shot note ("[SHOT: MCU Anna 85mm]") on or before the paragraph


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# Scene breaks as stories write them ("***", "* * *", "~~~", "• • •", "⁂", "§"), wider than
# Markdown's thematic break: "~~~" would open a code fence, "---" under a line would make it a
# heading. Such a line is made a plain Markdown break before the text is parsed.
_SCENE_BREAK = re.compile(r"[ \t]*(?:([*\-_~•·=])(?:[ \t]*\1){2,}|⁂|§)[ \t]*")
_BULLET = re.compile(r"^([ \t]*)[•·‣◦][ \t]+", re.MULTILINE)  # "• item": a list item Markdown does not know
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>|<!--.*?-->", re.DOTALL)
# CommonMark with strikethrough; no indented code blocks, since story paragraphs are often indented.
_MARKDOWN = MarkdownIt("commonmark").disable("code").enable("strikethrough")
_MARKUP = re.compile(r"[*_\[\]`<>!\\~#]")
MAX_MARKUP = 20_000  # markup characters; a long novel in Markdown has a few thousand


def markdown_blocks(text: str) -> list[Block]:
    """Headings, scene breaks and paragraphs (text without markup); code blocks are skipped.

    The Markdown is read by markdown-it-py: every paragraph, list item and quoted paragraph is a
    paragraph of the story; an empty heading is a scene break."""
    text = _PRIVATE_USE.sub("", text)
    notes: list[str] = []
    text = _SHOT_NOTE.sub(lambda match: f" {mark_note(match[1], notes)} ", text)
    lines = ["\n* * *\n" if _SCENE_BREAK.fullmatch(line) else line for line in text.split("\n")]
    text = _BULLET.sub(r"\1- ", "\n".join(lines))
    if len(_MARKUP.findall(text)) > MAX_MARKUP:
        return _with_notes(_unmarked_blocks(text), notes)
    blocks: list[Block] = []
    tokens = _MARKDOWN.parse(text)
    for i, token in enumerate(tokens):
        if token.type == "hr":
            blocks.append(Block("break"))
        elif token.type == "inline" and i and tokens[i - 1].type == "heading_open":
            words = inline_text(token)
            level = int(tokens[i - 1].tag[1:])
            blocks.append(Block("heading", words, level) if words else Block("break"))
        elif token.type == "inline":
            words = inline_text(token)
            if re.search(r"\w", words) or NOTE_MARK.search(words):
                blocks.append(Block("paragraph", words))
        elif token.type == "html_block":
            words = tidy(_HTML_TAG.sub(" ", token.content))
            if re.search(r"\w", words):
                blocks.append(Block("paragraph", words))
    return _with_notes(blocks, notes)


# An author steers a shot with a bracketed note, as in a screenplay: "[SHOT: MCU Anna 85mm push in]"
# (or "[[SHOT: ...]]") on a line of its own before the paragraph, or at its start.
# "SHOT" and a colon (after an optional number) make it a note: "[Shot in the dark](...)" stays a link.
_SHOT_NOTE = re.compile(r"\[\[?[ \t]*(SHOT[ \t]*(?:#?[0-9][\w.-]*)?[ \t]*:[^\[\]\n]{0,300}?)[ \t]*\]\]?",
                        re.IGNORECASE)


def _with_notes(blocks: list[Block], notes: list[str]) -> list[Block]:
    """Markers -> each paragraph's ``shot``: a paragraph of notes alone steers the next one."""
    if not notes:
        return blocks
    kept: list[Block] = []
    pending: str | None = None
    for block in blocks:
        words, found = take_notes(block.text, notes)
        if block.kind == "paragraph" and not re.search(r"\w", words):
            pending = found[-1] if found else pending
            continue
        shot = found[-1] if found else pending
        pending = None if block.kind == "paragraph" else pending
        kept.append(Block(block.kind, words, block.level, shot if block.kind == "paragraph" else None))
    return kept


def _unmarked_blocks(text: str) -> list[Block]:
    """Paragraphs (blank-line separated) with the markup characters dropped: for text so dense in
    markup that it is not a story written in Markdown (markdown-it-py is pure Python and spends
    tens of microseconds on each markup character; a megabyte of "[[" would take minutes)."""
    blocks: list[Block] = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        if paragraph.strip() == "* * *":
            blocks.append(Block("break"))
            continue
        words = tidy(_MARKUP.sub(" ", paragraph.replace("\n", " ")))
        if re.search(r"\w", words):
            blocks.append(Block("paragraph", words))
    return blocks


def inline_text(token) -> str:
    """One block's inline Markdown -> the words a narrator reads: emphasis, links and code keep
    their words; images, bare web addresses and HTML tags are dropped."""
    words: list[str] = []
    skipping = 0
    for child in token.children or []:
        if child.type == "link_open" and child.markup == "autolink":
            skipping += 1
        elif child.type == "link_close" and skipping:
            skipping -= 1
        elif skipping:
            continue
        elif child.type in ("text", "code_inline"):
            words.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            words.append(" ")
    return tidy("".join(words))


def plain_text(markdown: str) -> str:
    """Inline Markdown -> the words a narrator reads."""
    tokens = _MARKDOWN.parseInline(markdown)
    return inline_text(tokens[0]) if tokens else ""


def split_title(blocks: list[Block]) -> tuple[str, list[Block]]:
    """A leading ``# Title`` (the only level-1 heading) or a short Title Case first line."""
    if not blocks:
        return "", blocks
    first = blocks[0]
    top_headings = [b for b in blocks if b.kind == "heading" and b.level == 1]
    if first.kind == "heading" and first.level == 1 and len(top_headings) == 1:
        return first.text, blocks[1:]
    later_text = any(b.kind == "paragraph" for b in blocks[1:])
    if first.kind == "paragraph" and later_text and looks_like_title(first.text):
        return first.text, blocks[1:]
    return "", blocks


MINOR_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
                "with", "from", "into", "nor", "as", "vs"}


def looks_like_title(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 10 or len(line) > 80 or line[-1] in ".!?,;:\"”’'" or re.search("[\"“”]", line):
        return False
    significant = [w for w in words[1:] if w.lower() not in MINOR_WORDS]
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() for w in significant)


# ===================================================================== scenes ===

PLACE_NOUNS = frozenset("""
harbour harbor house kitchen lighthouse beach shore village town city street market station church
chapel school library hospital dock docks pier quay jetty cliff cliffs cottage cabin barn field
meadow forest woods wood clearing road path square inn tavern pub bar cafe café restaurant hotel
castle tower hall palace camp tent cave river lake sea boat ship deck bridge porch garden yard
courtyard cellar attic bedroom room hallway corridor stairs landing shop office apartment flat
studio workshop laboratory lab classroom courtroom prison cell farm farmhouse orchard hill hills
mountain valley island coast bay cove airport port platform train car bus parlour parlor lounge
lobby kitchens cemetery graveyard temple mosque monastery mill bakery clinic surgery ward
church churchyard police precinct embassy stable stables warehouse factory mine well tunnel
lighthouse-keeper's gallery theatre theater cinema stadium arena alley lane avenue park
playground kitchen-garden greenhouse shed hut lodge manor estate mansion villa chamber study
dining-room sitting-room living-room bathroom nursery ballroom throne-room dungeon crypt
""".split())

_TIME_WORD = (r"(?:night|evening|morning|afternoon|day|dawn|dusk|noon|midnight|week|month|year|"
              r"winter|summer|spring|autumn|weekend|sunrise|sunset|nightfall|daybreak)s?")
_COUNT = r"(?:a\s+few|a\s+couple\s+of|several|some|many|two|three|four|five|six|seven|eight|nine|ten|\d{1,4})"
_UNIT = r"(?:seconds|minutes|hours|days|weeks|months|years|moments)"
_TIME_CHANGE = re.compile(
    rf"""(?:
        (?:that|this|the\s+same|the\s+next|the\s+following|early\s+the\s+next|early\s+that|late\s+that
           |later\s+that|one|next)\s+{_TIME_WORD}
      | (?:later|afterwards|afterward|eventually)\s*,
      | later\s+(?:on|that|the\s+same)
      | meanwhile
      | {_UNIT}\s+later
      | {_COUNT}\s+{_UNIT}\s+later
      | (?:an?|one)\s+(?:hour|day|week|month|year|moment|minute)\s+later
      | at\s+(?:dawn|dusk|midnight|noon|sunrise|sunset|nightfall|daybreak|first\s+light)
      | by\s+(?:dawn|dusk|midnight|noon|morning|evening|nightfall|sunset|sunrise)
      | on\s+the\s+(?:next|following|second|third|last)\s+{_TIME_WORD}
      | when\s+(?:morning|night|dawn|evening|the\s+sun)\s+(?:came|rose|fell|set)
    )(?=\W|$)""",
    re.IGNORECASE | re.VERBOSE,
)
_PLACE_PREPOSITION = (r"back\s+at|back\s+in|back\s+on|down\s+at|up\s+at|over\s+at|out\s+on|at|in|inside|"
                      r"outside|on|aboard|near|by|beside|behind|across|along|into|onto|under|beneath")
_DETERMINER = r"(?:the|a|an|his|her|their|our|my)"
_PLACE_PHRASE = re.compile(
    rf"\b(?P<prep>{_PLACE_PREPOSITION})\s+(?P<det>{_DETERMINER})\s+"
    rf"(?P<part>(?:top|bottom|edge|end|foot|back|front|side|middle|centre|center|far\s+end)\s+of\s+{_DETERMINER}\s+)?"
    rf"(?P<adj>(?:[a-z'’-]+\s+){{0,2}}?)(?P<noun>{'|'.join(sorted(PLACE_NOUNS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# A paragraph opening "At the harbour," or "Inside the castle," has moved; one opening "Across the
# road" or "Behind the counter" looks around the place it is already in.
_MOVING_PREPOSITION = (r"back\s+at|back\s+in|back\s+on|down\s+at|up\s+at|over\s+at|out\s+on|at|in|inside|"
                       r"outside|on|aboard|into")
_OPENING_PLACE = re.compile(
    rf"(?P<meanwhile>meanwhile\s*,?\s*)?"
    + _PLACE_PHRASE.pattern.replace(f"(?P<prep>{_PLACE_PREPOSITION})", f"(?P<prep>{_MOVING_PREPOSITION})"),
    re.IGNORECASE)
_HEADING_PREPOSITION = {"into": "In", "onto": "On", "back at": "At", "back in": "In", "back on": "On",
                        "down at": "At", "up at": "At", "over at": "At", "out on": "On"}


@dataclass
class _SceneDraft:
    heading: str | None = None
    first_paragraph: str = ""
    elements: list[SourceElement] = field(default_factory=list)
    words: set[str] = field(default_factory=set)  # "At the harbour," is no move if already there

    def add(self, paragraph: str, elements: list[SourceElement]) -> None:
        self.first_paragraph = self.first_paragraph or paragraph
        self.elements.extend(elements)
        self.words.update(re.findall(r"[a-z'’-]+", paragraph.lower()))


def _build_scenes(blocks: list[Block], reader: StoryReader, path: str, max_beats: int | None) -> list[SourceScene]:
    drafts = [_SceneDraft()]
    beats = 0
    for block in blocks:
        current = drafts[-1]
        if block.kind == "heading":
            if current.elements:
                drafts.append(_SceneDraft(heading=block.text))
                reader.new_scene()
            else:  # "## Part One" then "### The Harbour": one scene, both names
                current.heading = f"{current.heading}: {block.text}" if current.heading else block.text
        elif block.kind == "break":
            if current.elements:
                drafts.append(_SceneDraft())
                reader.new_scene()
        else:
            if current.elements and opens_new_scene(block.text, current.words):
                drafts.append(_SceneDraft())
                reader.new_scene()
            elements = reader.read(block.text)
            if block.shot and elements:  # the paragraph's first beat starts the shot the author described
                elements[0] = elements[0].model_copy(update={"shot": block.shot})
            drafts[-1].add(block.text, elements)
            beats += len(elements)
            if max_beats is not None and beats > max_beats:
                raise InputError(f"{path} has more than {max_beats} beats (limits.max_beats); split it into parts")
    scenes = []
    for draft in drafts:
        if draft.elements:  # a heading with nothing under it is not a scene
            number = len(scenes) + 1
            heading = draft.heading or place_heading(draft.first_paragraph) or f"Scene {number}"
            scenes.append(SourceScene(heading=heading, elements=draft.elements))
    return scenes


def opens_new_scene(paragraph: str, scene_words: set[str]) -> bool:
    """A paragraph that starts with a change of time ("That night,") or of place ("At the harbour,")."""
    head = paragraph[:200]
    if _TIME_CHANGE.match(head):
        return True
    place = _OPENING_PLACE.match(head)
    if not place:
        return False
    if place.group("meanwhile") or place.group("prep").lower().startswith("back"):
        return True
    noun = place.group("noun").lower()
    return noun not in scene_words and noun + "s" not in scene_words  # already there: no move


def place_heading(paragraph: str) -> str | None:
    """ "At the old harbour" from the first place phrase of the scene's opening sentence."""
    opening = paragraph[:400]
    spans = sentence_spans(opening)
    for start, end in spans[:2]:
        found = _PLACE_PHRASE.search(opening, start, end)
        if found:
            prep = re.sub(r"\s+", " ", found.group("prep").lower())
            prep = _HEADING_PREPOSITION.get(prep, prep.capitalize())
            words = " ".join(w for w in found.group("det", "part", "adj", "noun") if w)
            return f"{prep} {' '.join(words.lower().split())}"
    return None


# ================================================================ attribution ===

SPEECH_VERBS = """
said says say asked asks replied replies answered answers whispered whispers shouted shouts called
calls cried cries muttered mutters murmured murmurs added adds told tells exclaimed yelled screamed
snapped sighed laughed began begins continued insisted protested agreed admitted explained warned
suggested demanded pleaded begged breathed growled hissed groaned grumbled mumbled stammered
stuttered repeated announced declared observed remarked offered promised interrupted ordered croaked
chuckled sobbed gasped roared bellowed barked wondered mused teased joked retorted countered urged
ventured conceded noted prompted corrected confirmed reminded recalled concluded sang whimpered
wailed squeaked panted grunted sneered scoffed smiled grinned called\\s+out went\\s+on shot\\s+back
complained complains argued argues objected boasted quipped drawled cooed purred rasped blurted
whined moaned mocked taunted apologised apologized shrieked hollered yelped thundered boomed
confided commanded persisted coaxed soothed reassured stated sniffed snorted huffed chirped
cautioned advised piped\\s+up spoke\\s+up
""".split()
_VERB = "(?P<verb>" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")(?![\w'’])"
_HAS_VERB = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\b")
_ADVERB = r"(?:[a-z]+ly|again|aloud|back|at\s+last|at\s+once|once\s+more|too|then|now)(?![\w'’])"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Yy]ou)(?![\w'’])"
_NAME = rf"(?:{DOTTED_TITLE}\s+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}"
_PERSON = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
_ROLE = rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Aa]n?)\s+(?:[a-z][a-z'’-]*\s+){{0,2}}?(?:{_PERSON})(?![\w'’])"
_WHO = rf"(?P<who>{_PRONOUN}|{_ROLE}|{_NAME})"
_OBJECT = rf"(?:him|her|them|me|us|you|{NAME_WORD}|the\s+[a-z]+(?:\s+[a-z]+)?)(?![\w'’])"
_TAIL = rf"(?:\s+{_ADVERB})?(?:\s+(?:back\s+)?(?:(?:to|at)\s+)?{_OBJECT})?(?:\s+{_ADVERB})?"

# After a quote: "said Amara", "asked the old woman softly", "Amara said", "she whispered to Tom".
_AFTER_VERB_FIRST = re.compile(rf"[\s—–-]*{_VERB}(?:\s+{_ADVERB})?\s+{_WHO}{_TAIL}")
_AFTER_WHO_FIRST = re.compile(rf"[\s—–-]*{_WHO}(?:\s+{_ADVERB})?\s+{_VERB}{_TAIL}")
# Before a quote: "Amara said," / "The door opened and Tom said:" / "She turned and said," / "Amara:".
_BEFORE_WHO_VERB = re.compile(
    rf"(?:(?P<action>.{{1,300}}?)(?:\s*[,;]\s*|\s+)(?:(?:and|then|but|so)\s+)?)?"
    rf"{_WHO}(?:\s+{_ADVERB})?\s+{_VERB}{_TAIL}\s*[,:—–-]*\s*",
    re.DOTALL,
)
_BEFORE_AND_VERB = re.compile(
    rf"(?P<action>.{{1,300}}?)\s*,?\s+and\s+(?:then\s+)?(?:{_ADVERB}\s+)?{_VERB}{_TAIL}\s*[,:—–-]*\s*",
    re.DOTALL,
)
_BEFORE_COLON = re.compile(rf"(?P<who>{_NAME}|{_ROLE})\s*:\s*")
_SUBJECT = re.compile(rf"[\s\"“‘]*(?:(?:[Tt]hen|[Aa]nd|[Bb]ut|[Ss]o|[Ff]inally|[Nn]ow)\s*,?\s+)?{_WHO}(?=[\s,;:.!?]|$)")
# After an attribution, the rest of its sentence: "and he grabbed the lantern" is kept as a sentence.
_REMNANT = re.compile(r"[\s,;]*(?:(?:and|but|then|while|as)\b|[a-z]+ing\b)")
_KEPT_CLAUSE = re.compile(r"[\s,;]*(?:(?:and|but|so|then)\s+)+(?=(?:he|she|they|I|we|it|the|a|an|his|her|their|[A-Z])\b)")

_SELF_INTRODUCTION = re.compile(
    rf"(?:\bI['’]m|\bI\s+am|\b[Mm]y\s+name\s+is|\b[Mm]y\s+name['’]s|\b[Nn]ame['’]s|\b[Cc]all\s+me"
    rf"|\b[Ii]t['’]s\s+(?:only\s+)?me,?|\b[Tt]his\s+is)\s+(?P<name>{_NAME})"
)
_VOCATIVE = re.compile(rf"(?:^|,\s*)(?P<name>{_NAME})\s*(?=[,!?.]|$)")


@dataclass
class Attribution:
    who: str | None  # as written: "Amara", "she", "the old woman"
    end: int = 0  # where the clause ends in the narration after a quote
    kept: str = ""  # narration that stays: "He grabbed the lantern." / the action before "and said"
    joins_next: bool = False  # "I know," she said, "but not today." -> one line of speech


def attribution_after(text: str, next_quote: str | None) -> Attribution | None:
    """The attribution that follows a quote, at the start of ``text`` ("," she said. ...)."""
    window = text[:300]
    if not _HAS_VERB.search(window):
        return None
    found = _AFTER_VERB_FIRST.match(window) or _AFTER_WHO_FIRST.match(window)
    if not found:
        return None
    rest = text[found.end():]
    stripped = rest.lstrip()
    if not stripped:
        return Attribution(found.group("who"), end=len(text))
    if stripped[0] in ".!?…":  # the clause is a sentence of its own
        return Attribution(found.group("who"), end=len(text) - len(stripped.lstrip(".!?…")))
    if stripped[0] in ",:;—–-" and not stripped.strip(",:;—–- "):
        # Only a comma before the next quote: a lower-case quote continues the same sentence.
        joins = bool(next_quote and next_quote.lstrip()[:1].islower())
        return Attribution(found.group("who"), end=len(text), joins_next=joins)
    end_of_sentence, kept = sentence_remnant(rest)
    joins = end_of_sentence == len(rest) and bool(next_quote and next_quote.lstrip()[:1].islower())
    return Attribution(found.group("who"), end=found.end() + end_of_sentence, kept=kept, joins_next=joins)


def sentence_remnant(rest: str) -> tuple[int, str]:
    """The end of a sentence interrupted by a quote, and what of it is worth narrating.

    ", grabbing the lantern." is dropped (a participle cannot stand alone); ", and he grabbed the
    lantern." is kept as "He grabbed the lantern.".
    """
    spans = sentence_spans(rest)
    end = spans[0][1] if spans else len(rest)
    remnant = rest[:end]
    clause = _KEPT_CLAUSE.match(remnant)
    if clause and remnant[clause.end():].strip():
        kept = remnant[clause.end():].strip()
        return end, kept[0].upper() + kept[1:]
    return end, ""


def attribution_before(text: str) -> Attribution | None:
    """An attribution that leads into a quote at the end of ``text`` ("Amara said, ")."""
    fragment = _last_open_sentence(text)
    if not fragment:
        return None
    colon = _BEFORE_COLON.fullmatch(fragment)
    if colon:
        return Attribution(colon.group("who"), kept=text[: len(text) - len(fragment)])
    if not _HAS_VERB.search(fragment):
        return None
    before = text[: len(text) - len(fragment)]
    found = _BEFORE_AND_VERB.fullmatch(fragment)
    if found:  # "She turned to Tom and said," keeps "She turned to Tom."
        subject = _SUBJECT.match(found.group("action"))
        return Attribution(subject.group("who") if subject else None,
                           kept=before + found.group("action").rstrip(" ,;") + ".")
    found = _BEFORE_WHO_VERB.fullmatch(fragment)
    if found:
        action = (found.group("action") or "").rstrip(" ,;")
        return Attribution(found.group("who"), kept=before + (action + "." if action else ""))
    return None


def _last_open_sentence(text: str) -> str:
    """The unfinished sentence a quote completes: the text after the last full stop, if any."""
    tail = text[-400:]
    spans = sentence_spans(tail)
    if not spans:
        return ""
    start, end = spans[-1]
    fragment = tail[start:end].strip()
    return "" if not fragment or fragment[-1] in ".!?…" else tail[start:]


def self_introduction(speech: str) -> str | None:
    """ "I'm Kofi" / "My name is Kofi" / "I am Doctor Reyes" -> the name."""
    found = _SELF_INTRODUCTION.search(speech[:500])
    if not found:
        return None
    words = name_words(found.group("name"))
    return " ".join(words) if words else None


# ===================================================================== quotes ===


@dataclass
class Segment:
    kind: Literal["narration", "quote"]
    text: str
    start: int


def split_quotes(paragraph: str) -> tuple[list[Segment], bool]:
    """Narration and quoted speech, alternating; and whether the paragraph ends inside a quote.

    A paragraph with double quotes uses them for speech (single ones are then nested quotes or
    apostrophes); otherwise single quotes may mark speech, British style.
    """
    double = re.search("[\"“”]", paragraph)
    marks = _double_quote_marks(paragraph) if double else _single_quote_marks(paragraph)
    segments, position, inside = [], 0, False
    for at, kind in marks:
        if kind == "open" and inside:  # an opener inside a quote: the previous one was never closed
            kind = "close_open"
        if kind == "close" and not inside:
            continue  # a stray closer; the narration cleaner drops the mark
        segments.append(Segment("quote" if inside else "narration", paragraph[position:at], position))
        position, inside = at + 1, kind != "close"
    segments.append(Segment("quote" if inside else "narration", paragraph[position:], position))
    return [s for s in segments if s.kind == "quote" or s.text.strip()], inside


def _double_quote_marks(paragraph: str) -> list[tuple[int, str]]:
    marks, inside = [], False
    for found in re.finditer("[\"“”]", paragraph):
        char = found.group()
        kind = "open" if char == "“" else "close" if char == "”" else ("close" if inside else "open")
        inside = kind == "open"
        marks.append((found.start(), kind))
    return marks


def _single_quote_marks(paragraph: str) -> list[tuple[int, str]]:
    """British-style ‘speech,’ she said: the closing mark follows punctuation.

    A mark between two letters is an apostrophe (don’t, O’Brien); one after a plain letter is an
    elision or a plural possessive (rock 'n' roll, the dogs’ bowls), so the quote stays open.
    """
    marks, inside = [], False
    for found in re.finditer("['‘’]", paragraph):
        at = found.start()
        before = paragraph[at - 1] if at else " "
        after = paragraph[at + 1] if at + 1 < len(paragraph) else " "
        if before.isalnum() and after.isalnum():
            continue
        if not inside and (before.isspace() or before in "([—–-") and not after.isspace():
            marks.append((at, "open"))
            inside = True
        elif inside and before in ",.!?…—–-;:" and not after.isalnum():
            marks.append((at, "close"))
            inside = False
    if inside:  # never closed: an elision ('em, 'tis), not speech
        marks.pop()
    return marks


def merge_scare_quotes(segments: list[Segment]) -> list[Segment]:
    """She named the boat "Hope" and smiled: a short quote inside a sentence is not speech."""
    merged: list[Segment] = []
    for i, segment in enumerate(segments):
        if segment.kind == "quote" and merged and merged[-1].kind == "narration" and _is_scare_quote(
            merged[-1].text, segment.text, segments[i + 1].text if i + 1 < len(segments) else ""
        ):
            merged[-1] = Segment("narration", merged[-1].text + segment.text, merged[-1].start)
        elif segment.kind == "narration" and merged and merged[-1].kind == "narration":
            merged[-1] = Segment("narration", merged[-1].text + segment.text, merged[-1].start)
        else:
            merged.append(segment)
    return merged


def _is_scare_quote(before: str, quote: str, after: str) -> bool:
    words = quote.split()
    last_word = before.split()[-1].lower() if before.split() else ""
    return (
        0 < len(words) <= 4
        and not re.search(r"[.!?,;:…—–-]\s*$", quote)
        and before.rstrip()[-1:].isalpha()
        and not _HAS_VERB.fullmatch(last_word)
        and (not after or after[:1] in ".,;:)" or after[:1].isspace() and after.lstrip()[:1].islower())
    )


# ===================================================================== reader ===


@dataclass
class _Quote:
    text: str
    at: tuple[int, int]  # (paragraph, offset): orders characters by first appearance
    who: str | None = None  # the attribution as written
    attributed: bool = False  # an attribution clause was found, resolved or not
    speaker: str | None = None
    joins_previous: bool = False


@dataclass
class _Narration:
    text: str


THIRD_PERSON = frozenset({"he", "she", "they"})
FIRST_AND_SECOND_PERSON = frozenset({"i", "we", "you"})  # "I said": the narrator's own line
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "my", "our"})


def main_subject(sentence: str) -> str | None:
    """The one person a sentence is about, as written, from spaCy's parse of it: "My cousin Hamid
    came running" -> "Hamid", "Old Maria Lopez, the baker, wiped" -> "Old Maria Lopez", "Then the
    tall stranger stood up" -> "the tall stranger", "He opened one eye" -> "He". None for two
    subjects ("Kofi and Ama burst in") or a subject that is no person."""
    doc = language.parse(sentence[:1000])
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    subject = next((child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")), None) if root else None
    if subject is None or any(child.dep_ == "conj" for child in subject.children):
        return None
    name = next((child for child in subject.children if child.dep_ == "appos" and child.pos_ == "PROPN"), None)
    if subject.pos_ == "PROPN" or name is not None:
        head = name or subject
        names = [child.i for child in head.lefts if child.dep_ == "compound" and child.pos_ == "PROPN"]
        first = min(names, default=head.i)
        return doc[first:head.i + 1].text
    if subject.pos_ == "PRON":
        return subject.text
    words = [child for child in subject.lefts if child.dep_ in ("det", "amod", "compound")]
    if subject.lower_ in PERSON_NOUNS and words and words[0].lower_ in ("a", "an", "the"):
        return doc[words[0].i:subject.i + 1].text
    return None


def subject_roles(narration: str) -> list[str]:
    """The people known by a role who are the subject of a sentence of the narration: "Behind them
    a policeman blew his whistle." -> ["a policeman"], so that the "he" of the quote after it can
    be him. Only the subject of a main clause with an article counts: "her brother Dev" is Dev,
    and in "Anna watched as the waiter poured" the one to speak next is more likely Anna. Only the
    last three sentences are read, and only those naming a role are parsed."""
    roles = []
    for start, end in sentence_spans(narration)[-3:]:
        sentence = narration[start:end][:1000]
        if not PERSON_NOUNS.keys() & set(re.findall(r"[a-z]+(?:-[a-z]+)?", sentence.lower())):
            continue
        for token in language.parse(sentence):
            if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and token.lower_ in PERSON_NOUNS:
                words = [child.lower_ for child in token.lefts if child.dep_ in ("det", "amod", "compound")]
                if words and words[0] in ("a", "an", "the"):
                    roles.append(" ".join([*words, token.lower_]))  # "a bus driver"
    return roles


def _first_word(phrase: str) -> str:
    return phrase.split()[0].lower()


def _may_guess(quote: _Quote) -> bool:
    """Guess a speaker only without an attribution, or when its "he"/"she" found nobody."""
    return not quote.attributed or _first_word(quote.who or "-") in THIRD_PERSON


class StoryReader:
    """Reads paragraphs in order, remembering who was mentioned and who spoke."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        # Insertion-ordered sets (dicts): the latest mention last.
        self.recent: dict[str, None] = {}  # characters by recency of mention
        self.here: dict[str, None] = {}  # characters mentioned so far in the current paragraph
        self.scene_people: dict[str, None] = {}  # characters mentioned or speaking in this scene
        self.turns: list[str | None] = []  # the speaker of each dialogue paragraph in this scene
        self.called: set[str] = set()  # whom the last dialogue paragraph addressed by name ("..., Dev.")
        self.paragraph = -1
        self.open_quote_speaker: str | None = None  # a speech running on into the next paragraph
        self.open_quote = False

    def new_scene(self) -> None:
        self.turns, self.scene_people, self.called = [], {}, set()

    def read(self, paragraph: str) -> list[SourceElement]:
        self.paragraph += 1
        self.here = {}
        segments, ends_open = split_quotes(paragraph)
        pieces = self._pieces(merge_scare_quotes(segments))
        quotes = [p for p in pieces if isinstance(p, _Quote)]
        if quotes and self.open_quote and paragraph.lstrip()[:1] in "\"“‘'" and not quotes[0].attributed:
            quotes[0].speaker, quotes[0].attributed = self.open_quote_speaker, True  # the speech goes on
        self._fill_speakers(pieces)
        for quote in quotes:
            if quote.speaker:
                self.cast.mark_speaker(quote.speaker, quote.at)
                self._remember(quote.speaker)
        if quotes:
            self.turns.append(quotes[-1].speaker)
            self.called = set().union(*(self._addressees(q.text) for q in quotes)) - {q.speaker for q in quotes}
            for name in self.called:  # someone spoken to is present: "Grandad, ..." - "He opened one eye."
                self._remember(name)
        self.open_quote, self.open_quote_speaker = ends_open, quotes[-1].speaker if quotes else None
        return _elements(pieces)

    # ---- pass 1: narration, quotes and explicit attributions

    def _pieces(self, segments: list[Segment]) -> list[_Quote | _Narration]:
        pieces: list[_Quote | _Narration] = []
        lead_in: Attribution | None = None
        joins_next = False
        for i, segment in enumerate(segments):
            at = (self.paragraph, segment.start)
            if segment.kind == "quote":
                quote = _Quote(segment.text, at, joins_previous=joins_next)
                if lead_in is not None:
                    quote.who, quote.attributed = lead_in.who, True
                    quote.speaker = self._resolve(lead_in.who, at)
                pieces.append(quote)
                lead_in, joins_next = None, False
                continue
            text = segment.text
            next_quote = segments[i + 1].text if i + 1 < len(segments) else None
            previous = pieces[-1] if pieces and isinstance(pieces[-1], _Quote) else None
            after = attribution_after(text, next_quote) if previous and not previous.attributed else None
            if after:
                previous.who, previous.attributed = after.who, True
                previous.speaker = self._resolve(after.who, at)
                joins_next = after.joins_next
                text = after.kept + " " + text[after.end:]
            elif previous and _REMNANT.match(text):
                # Amara said, "Come in," and smiled: the rest of a sentence the quote interrupted.
                end, kept = sentence_remnant(text)
                text = kept + " " + text[end:]
            if next_quote is not None:
                lead_in = attribution_before(text)
                if lead_in:
                    text = lead_in.kept
            narration = clean_narration(text)
            if narration:
                pieces.append(_Narration(narration))
                for _, name in self.cast.mentions(narration):
                    self._remember(name)
                if next_quote is not None:
                    for phrase in subject_roles(narration):
                        self._remember(self.cast.add_role(phrase, at))
        return pieces

    def _resolve(self, who: str | None, at: tuple[int, int]) -> str | None:
        """The character an attribution names; None for "I" (the narrator) or when unsure."""
        if not who:
            return None
        word = _first_word(who)
        if word in FIRST_AND_SECOND_PERSON:
            return None
        if word in THIRD_PERSON:
            return self._pronoun(word)
        if word in DETERMINERS:
            return self.cast.add_role(who, at)
        return self.cast.resolve_or_add(who, at)

    def _pronoun(self, pronoun: str) -> str | None:
        """The nearest fitting character: in this paragraph first, then by recency."""
        gender = {"he": "m", "she": "f"}.get(pronoun)
        # A new paragraph usually means a new speaker: from earlier paragraphs, skip the last one.
        last_speaker = self.turns[-1] if self.turns else None
        return self._nearest(self.here, gender) or self._nearest(self.recent, gender, skip=last_speaker)

    def _nearest(self, mentioned: dict[str, None], gender: str | None, skip: str | None = None) -> str | None:
        nearest_first = list(reversed(mentioned))
        pool = [n for n in nearest_first if gender is None or self.cast.gender(n) == gender]
        if not pool and gender:  # nobody known to be of that gender: someone we know nothing of
            pool = [n for n in nearest_first if self.cast.gender(n) is None]
        if not pool:
            return None
        choice = pool[1] if pool[0] == skip and len(pool) > 1 else pool[0]
        if gender and self.cast.gender(choice) is None:
            self.cast.people[choice].gender = gender  # learnt: later pronouns stay consistent
        return choice

    def _remember(self, name: str) -> None:
        for people in (self.recent, self.here, self.scene_people):
            people.pop(name, None)
            people[name] = None

    # ---- pass 2: quotes without an attribution

    def _fill_speakers(self, pieces: list[_Quote | _Narration]) -> None:
        quotes = [p for p in pieces if isinstance(p, _Quote)]
        for quote in quotes:
            introduced = self_introduction(quote.text)
            if introduced and not self._named_by_attribution(quote):
                quote.speaker = self.cast.resolve_or_add(introduced, quote.at)
                quote.attributed = quote.attributed or quote.speaker is not None
        for i, quote in enumerate(quotes):
            if quote.joins_previous and i and quote.speaker is None:
                quote.speaker, quote.attributed = quotes[i - 1].speaker, quotes[i - 1].attributed
        # One paragraph, one speaker: an unattributed quote takes its neighbour's speaker.
        known = [q.speaker for q in quotes if q.speaker]
        latest = None
        for quote in quotes:
            if quote.speaker is None and known and not quote.attributed:
                quote.speaker = latest or known[0]
            latest = quote.speaker or latest
        for index, piece in enumerate(pieces):
            if isinstance(piece, _Quote) and piece.speaker is None and _may_guess(piece):
                piece.speaker = self._subject_nearby(pieces, index, piece) or self._next_turn(piece)

    def _named_by_attribution(self, quote: _Quote) -> bool:
        """True when the attribution used a name (not "she" or "the stranger")."""
        return bool(quote.speaker and quote.who and _first_word(quote.who) not in THIRD_PERSON | DETERMINERS)

    def _subject_nearby(self, pieces: list[_Quote | _Narration], index: int, quote: _Quote) -> str | None:
        """ "Amara set down the cup. "It's late."": the subject of the sentence next to the quote."""
        addressed = self._addressees(quote.text)
        neighbours = []
        if index > 0 and isinstance(pieces[index - 1], _Narration):
            spans = sentence_spans(pieces[index - 1].text)
            if spans:
                neighbours.append(pieces[index - 1].text[spans[-1][0]:spans[-1][1]])
        if index + 1 < len(pieces) and isinstance(pieces[index + 1], _Narration):
            spans = sentence_spans(pieces[index + 1].text)
            if spans:
                neighbours.append(pieces[index + 1].text[spans[0][0]:spans[0][1]])
        for sentence in neighbours:
            who = main_subject(sentence)
            subject = _SUBJECT.match(sentence) if who is None else None
            if subject and subject.group("who").lower() not in DETERMINERS:
                who = subject.group("who")  # the parse found no person; the pattern may ("Then Amara,")
            if not who:
                continue
            word = _first_word(who)
            if word in THIRD_PERSON:
                name = self._pronoun(word)
            elif word in FIRST_AND_SECOND_PERSON:
                return None
            elif word in DETERMINERS:  # "A stranger stepped onto the deck. "Is this the crossing?""
                name = self.cast.add_role(who, quote.at)
            else:
                name = self.cast.resolve(who)
                if name and not self.cast.people[name].is_character:
                    name = None
            if name and name not in addressed:
                return name
        return None

    def _next_turn(self, quote: _Quote) -> str | None:
        """In a two-person exchange, an unattributed line belongs to whoever did not speak last."""
        addressed = self._addressees(quote.text)
        gender = {"he": "m", "she": "f"}.get(_first_word(quote.who or "-"))
        last = self.turns[-1] if self.turns else None
        guess = None
        if len(self.called) == 1 and last and last not in self.called:
            guess = next(iter(self.called))  # "He has a point, Dev." - "Whose side are you on?": Dev answers
        elif len(self.turns) >= 2 and self.turns[-2] and last and self.turns[-2] != last:
            guess = self.turns[-2]
        elif last:
            others = [p for p in self.scene_people if p != last]
            if len(others) == 1:
                guess = others[0]
        if guess is None or guess in addressed:
            return None
        if gender and self.cast.gender(guess) not in (None, gender):
            return None
        return guess

    def _addressees(self, speech: str) -> set[str]:
        """ "Amara, wait!" is said to Amara, so not by her."""
        names = set()
        for found in _VOCATIVE.finditer(speech[:500]):
            name = self.cast.resolve(found.group("name"))
            if name:
                names.add(name)
        return names


# =================================================================== elements ===


def clean_narration(text: str) -> str:
    """Narration that reads well aloud: no stray quote marks, no dangling commas."""
    text = tidy(re.sub("[\"“”]", "", text))
    text = text.strip(" ‘’'") if text[:1] in "‘’'" or text[-1:] in "‘’'" else text
    stripped = text.strip(" ,;:—–-")
    if not re.search(r"\w", stripped):
        return ""
    if stripped != text.strip() and not re.search(r"[.!?…)]$", stripped):
        stripped += "."
    return stripped


def clean_speech(text: str) -> str:
    text = tidy(re.sub("[\"“”]", "", text)).strip(" ‘’'")
    text = re.sub(r"[,;:]+$", ".", text)
    return text if re.search(r"\w", text) else ""


def join_speech(parts: list[str]) -> str:
    """ "I know," + "but not today." -> "I know, but not today."; a capital starts a sentence."""
    joined = [parts[0].strip()]
    for part in parts[1:]:
        part = part.strip()
        if part[:1].isupper() and joined[-1].endswith(","):
            joined[-1] = joined[-1][:-1] + "."
        joined.append(part)
    return " ".join(joined)


def _elements(pieces: list[_Quote | _Narration]) -> list[SourceElement]:
    """Adjacent narration reads as one element; adjacent quotes of one speaker as one line."""
    runs: list[tuple[str, str | None, list[str]]] = []  # (kind, speaker, texts)
    for piece in pieces:
        if isinstance(piece, _Narration):
            if runs and runs[-1][0] == "narration":
                runs[-1][2].append(piece.text)
            else:
                runs.append(("narration", None, [piece.text]))
            continue
        speech = tidy(re.sub("[\"“”]", "", piece.text))
        if not re.search(r"\w", speech):
            continue
        if runs and runs[-1][0] == "dialogue" and runs[-1][1] == piece.speaker:
            runs[-1][2].append(speech)
        else:
            runs.append(("dialogue", piece.speaker, [speech]))
    return [
        SourceElement(kind="narration", text=" ".join(texts)) if kind == "narration"
        else SourceElement(kind="dialogue", text=clean_speech(join_speech(texts)), speaker=speaker)
        for kind, speaker, texts in runs
    ]
