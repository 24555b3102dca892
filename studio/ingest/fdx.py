"""Final Draft (.fdx) screenplays -> Source, to the same contract as Fountain.

An .fdx file is XML: ``<FinalDraft><Content>`` holds one ``<Paragraph Type="...">`` per screenplay
element, its words in one or more ``<Text>`` runs (a run per style change). Scene Heading paragraphs
open scenes; Action, General and Shot paragraphs are action; a Character paragraph opens a speech
that its Parenthetical and Dialogue paragraphs continue; a ``<DualDialogue>`` holds two speeches
spoken at once. Speech is cut into elements by the Fountain reader's own rules (a parenthetical
opens a new run and rides on it, extensions read from the cue), so a script says the same thing
whichever of the two formats it was saved in.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from studio.ingest.errors import InputError
from studio.ingest.fountain import _one_spelling_per_speaker, _speakers, dialogue_elements, tidy
from studio.models import Source, SourceElement, SourceScene

ACTION_TYPES = {"Action", "General", "Shot"}  # what the camera sees
SPEECH_TYPES = {"Parenthetical", "Dialogue"}  # what continues a Character paragraph
# Character names and sceneless notes organise the writing; nothing in them is filmed.
IGNORED_TYPES = {"Cast List", "New Act", "End of Act", "Outline", "Outline Body", "Lyrics"}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # the Fountain reader's stand-ins must not come from the file


@dataclass
class Speech:
    """A Character paragraph and what follows it, in the shape ``dialogue_elements`` reads."""

    character: str
    blocks: list[tuple[bool, str]] = field(default_factory=list)  # (is parenthetical, text)


def parse_fdx(text: str, path: str = "<text>") -> Source:
    """Parse a Final Draft document. The title is "" when its title page has none."""
    root = _parse_xml(text, path)
    content = root.find("Content")
    if content is None:
        raise InputError(f"{path} is a Final Draft file without a <Content> element: it holds no script")
    scenes = _scenes(content)
    characters = _speakers(scenes)
    scenes = _one_spelling_per_speaker(scenes, characters)
    if not scenes:
        raise InputError(f"{path} has no scenes, action or dialogue")
    title, meta = _title_page(root.find("TitlePage"))
    return Source(title=title, format="fountain", path=path, scenes=scenes, characters=characters,
                  meta={**meta, "Format": "Final Draft"})


def _parse_xml(text: str, path: str) -> ET.Element:
    # Entities are the one XML feature a script never needs and an attack always does.
    if re.search(r"<!ENTITY", text, re.IGNORECASE):
        raise InputError(f"{path} declares XML entities; a Final Draft file has none")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":", 1)[0]
        raise InputError(f"{path} is not well-formed XML ({reason} at line {line}, column {column + 1}); "
                         "is it a Final Draft file?") from None
    if root.tag != "FinalDraft":
        raise InputError(f"{path} is XML but not a Final Draft script (its root element is <{root.tag}>, "
                         "not <FinalDraft>)")
    return root


def paragraph_text(paragraph: ET.Element) -> str:
    """The words of a paragraph: its Text runs joined as written (styles dropped), spacing tidied."""
    runs = "".join("".join(run.itertext()) for run in paragraph.findall("Text"))
    return tidy(_PRIVATE_USE.sub("", runs))


def _scenes(content: ET.Element) -> list[SourceScene]:
    # Action before the first scene heading is kept, in a scene without a heading (as in Fountain).
    scenes: list[tuple[str, list[SourceElement]]] = [("", [])]
    speech: Speech | None = None

    def finish_speech() -> None:
        nonlocal speech
        if speech is not None:
            scenes[-1][1].extend(dialogue_elements(speech))
            speech = None

    for paragraph in content.findall("Paragraph"):
        kind = paragraph.get("Type", "General")
        dual = paragraph.find("DualDialogue")
        if dual is not None:
            finish_speech()
            scenes[-1][1].extend(_dual(dual))
            continue
        text = paragraph_text(paragraph)
        if kind in SPEECH_TYPES and speech is not None:
            if text:
                speech.blocks.append((kind == "Parenthetical", text))
            continue
        finish_speech()
        if not text or kind in IGNORED_TYPES:
            continue
        if kind == "Scene Heading":
            scenes.append((text, []))
        elif kind == "Character":
            speech = Speech(character=text)
        elif kind == "Transition":
            scenes[-1][1].append(SourceElement(kind="transition", text=text))
        elif kind in ACTION_TYPES or kind in SPEECH_TYPES:  # a stray line of dialogue is still seen
            if re.search(r"\w", text):
                scenes[-1][1].append(SourceElement(kind="action", text=text))
        else:  # a type from a newer Final Draft: what it says is still part of the script
            scenes[-1][1].append(SourceElement(kind="action", text=text))
    finish_speech()
    return [SourceScene(heading=heading, elements=elements) for heading, elements in scenes if elements]


def _dual(dual: ET.Element) -> list[SourceElement]:
    """Two speeches at once: the second side's first run is marked ``dual`` (as Fountain's ``^``)."""
    speeches: list[Speech] = []
    for paragraph in dual.findall("Paragraph"):
        kind, text = paragraph.get("Type", ""), paragraph_text(paragraph)
        if kind == "Character" and text:
            speeches.append(Speech(character=text))
        elif kind in SPEECH_TYPES and text and speeches:
            speeches[-1].blocks.append((kind == "Parenthetical", text))
    elements: list[SourceElement] = []
    for side, speech in enumerate(speeches):
        elements.extend(dialogue_elements(speech, dual=side > 0))
    return elements


def _title_page(title_page: ET.Element | None) -> tuple[str, dict[str, str]]:
    """The title is the first line of the title page; "Written by" / "by" introduces the author."""
    if title_page is None:
        return "", {}
    lines = [paragraph_text(p) for p in title_page.iter("Paragraph")]
    lines = [line for line in lines if line]
    if not lines:
        return "", {}
    title, rest = lines[0], lines[1:]
    meta: dict[str, str] = {}
    for i, line in enumerate(rest):
        if line.lower().rstrip(":") in {"written by", "by", "screenplay by"} and i + 1 < len(rest):
            meta["Credit"] = line
            meta["Author"] = rest[i + 1]
            break
    return title, meta
