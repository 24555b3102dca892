"""Fountain screenplays -> Source, with the grammar left to ``screenplain``.

screenplain knows Fountain; we only prepare its input and translate its paragraphs. The
preparation removes boneyard (``/* */``) and notes (``[[ ]]``) and strips emphasis ourselves, in
linear time: screenplain's own regexes for those backtrack on unclosed markers (a 2 MB line of
``[[`` takes minutes), so by the time it sees the text no such marker is left.
"""

from __future__ import annotations

import io
import re

from screenplain.parsers import fountain as screenplain_fountain
from screenplain.types import Action, Dialog, DualDialog, Slug, Transition

from studio.ingest.errors import InputError
from studio.models import Source, SourceElement, SourceScene

# Private-use characters stand in for markers while screenplain parses.
_LITERAL_STAR = "\ue706"  # screenplain's own "literal star": it turns it back into "*"
_UNDERSCORE = "\ue000"  # an underscore that is not emphasis
_REMOVED = "\ue001"  # where a note or boneyard was; a line of nothing else is dropped
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # screenplain's style markers live here too
NOTE_MARK = re.compile("\ue002(\\d+)\ue003")  # where an author's shot note was: its number in the notes
_SHOT_NOTE = re.compile(r"\[\[\s*(SHOT\b[^\]\n]{0,300}?)\s*\]\]", re.IGNORECASE)
_MAX_NOTE = 200

_BOLD = re.compile(r"\*\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*\*")
_ITALIC = re.compile(r"\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*")
_UNDERLINED = re.compile(r"(?<![\w\\])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?!\w)")
_EXTENSION = re.compile(r"\(([^()]*)\)")
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")
_LONG_SPACES = re.compile(r"[^\S\n]{5,}")
_MAX_PARAGRAPH_LINES = 500

_CONTINUED = {"CONT'D", "CONT’D", "CONTD", "CONT", "CONT.", "CONTINUED", "CONT'D."}
_CANONICAL_EXTENSIONS = {"VO": "V.O.", "V.O": "V.O.", "OS": "O.S.", "O.S": "O.S.", "OC": "O.C.", "O.C": "O.C."}


def parse_fountain(text: str, path: str = "<text>") -> Source:
    """Parse a Fountain screenplay. The title is "" when the title page has none."""
    notes: list[str] = []
    try:
        screenplay = screenplain_fountain.parse(io.StringIO(prepare(text, notes)))
    except Exception as exc:  # screenplain has no error type of its own; any failure is the input's
        raise InputError(f"{path} could not be parsed as a Fountain screenplay ({exc})") from None
    title_page = {key: [_clean(line) for line in lines] for key, lines in screenplay.title_page.items()}
    scenes = _with_shot_notes(_scenes(screenplay.paragraphs), notes)
    characters = _speakers(scenes)
    scenes = _one_spelling_per_speaker(scenes, characters)
    if not scenes:
        what = "a title page but no scenes" if title_page else "no scenes, action or dialogue"
        raise InputError(f"{path} has {what}")
    title = " ".join(line for line in title_page.pop("Title", []) if line)
    return Source(
        title=title,
        format="fountain",
        path=path,
        scenes=scenes,
        characters=characters,
        meta={key: "\n".join(lines) for key, lines in title_page.items()},
    )


# ------------------------------------------------------------- preparation ---


def prepare(text: str, shot_notes: list[str] | None = None) -> str:
    """The text screenplain will see: no boneyard, no notes, no emphasis markers. Shot notes
    (``[[SHOT: MCU ANNA 85mm push in]]``) are appended to ``shot_notes`` and leave a numbered
    marker on the line they steer, which ``_with_shot_notes`` turns back into the element's note."""
    text = _PRIVATE_USE.sub("", text)
    # Fountain gives meaning to two spaces and to indentation, never to longer runs; capping them
    # keeps screenplain's `\s*`-then-`$` patterns linear.
    text = _LONG_SPACES.sub("    ", text.replace("\t", "    "))
    text = remove_between(text, "/*", "*/")
    if shot_notes is not None:
        text = _mark_shot_notes(text, shot_notes)
    # Notes never cross a blank line (screenplain finds them per paragraph, and so do we).
    text = "".join(_fold_long(remove_between(part, "[[", "]]")) for part in _PARAGRAPH_BREAK.split(text))
    text = "\n".join(line for line in text.split("\n") if not _only_removed(line))
    text = text.replace(_REMOVED, "")
    # An opener left without its closer is a typo; it must not reach screenplain's regexes.
    text = re.sub(r"/\*+", "/", text)
    text = re.sub(r"\[{2,}", "[", text)
    return _strip_emphasis(text)


def _mark_shot_notes(text: str, notes: list[str]) -> str:
    """Each ``[[SHOT ...]]`` note -> a marker. A note on a line of its own moves to the line it
    steers: the next line with words, past a character cue (onto the speech), a parenthetical,
    or a one-line heading or transition (onto what follows it)."""

    text = _SHOT_NOTE.sub(lambda match: mark_note(match[1], notes), text)
    lines = text.split("\n")
    carried = ""
    kept: list[str] = []
    for number, line in enumerate(lines):
        if line.strip() and not NOTE_MARK.sub("", line).strip():  # only notes: they steer what follows
            carried += "".join(m.group(0) for m in NOTE_MARK.finditer(line))
            continue
        if carried and line.strip() and not _passes_note_on(lines, number):
            line, carried = line.rstrip() + carried, ""
        kept.append(line)
    return "\n".join(kept)


def mark_note(raw: str, notes: list[str]) -> str:
    """A shot note ("SHOT 4A: WS 24mm") kept in ``notes`` without its keyword; the marker to leave
    in the text where it was (private-use characters, which parsers pass through as words)."""
    notes.append(tidy(re.sub(r"^SHOT\b[\s:]*", "", raw, flags=re.IGNORECASE))[:_MAX_NOTE])
    return f"\ue002{len(notes) - 1}\ue003"


def take_notes(text: str | None, notes: list[str]) -> tuple[str | None, list[str]]:
    """The notes whose markers ``text`` holds, and the text without them (unchanged when none)."""
    if not text:
        return text, []
    found = [notes[int(n)] for n in NOTE_MARK.findall(text) if int(n) < len(notes)]
    return tidy(NOTE_MARK.sub(" ", text)) if found else text, found


def _passes_note_on(lines: list[str], number: int) -> bool:
    """A line a note does not rest on: a cue or heading (upper case) or a parenthetical."""
    line = lines[number].strip()
    return line.startswith("(") or (line.upper() == line and any(c.isalpha() for c in line))


def _with_shot_notes(scenes: list[SourceScene], notes: list[str]) -> list[SourceScene]:
    """Markers left in elements' words -> their ``shot`` note; one in a heading steers the scene's first."""
    if not notes:
        return scenes

    def take(text: str | None) -> tuple[str | None, list[str]]:
        return take_notes(text, notes)

    marked = []
    for scene in scenes:
        heading, pending = take(scene.heading)
        elements = []
        for element in scene.elements:
            text, found = take(element.text)
            parenthetical, more = take(element.parenthetical)
            speaker, cue = take(element.speaker)
            found = pending + cue + more + found
            pending = []
            elements.append(element.model_copy(update={"text": text, "parenthetical": parenthetical,
                                                       "speaker": speaker, "shot": found[-1] if found else None}))
        marked.append(SourceScene(heading=heading or "", elements=elements))
    return marked


def remove_between(text: str, opener: str, closer: str, marker: str = _REMOVED) -> str:
    """Replace every ``opener ... closer`` span with ``marker``, scanning once (str.find, no regex)."""
    pieces, position = [], 0
    while True:
        start = text.find(opener, position)
        if start < 0:
            break
        end = text.find(closer, start + len(opener))
        if end < 0:
            break  # no closer anywhere after this point: nothing further can close either
        pieces.append(text[position:start])
        pieces.append(marker)
        position = end + len(closer)
    pieces.append(text[position:])
    return "".join(pieces)


def _fold_long(paragraph: str) -> str:
    """A paragraph of thousands of lines is not a screenplay's; fold it so screenplain's per-line
    work stays small. Its first line keeps its role (a character cue stays a cue)."""
    if paragraph.count("\n") <= _MAX_PARAGRAPH_LINES:
        return paragraph
    first, _, rest = paragraph.partition("\n")
    return first + "\n" + rest.replace("\n", " ")


def _only_removed(line: str) -> bool:
    return _REMOVED in line and not line.replace(_REMOVED, "").strip()


def _strip_emphasis(text: str) -> str:
    """``**bold**``, ``*italic*``, ``_underline_`` -> plain; other stars and underscores stay literal."""
    text = text.replace("\\*", _LITERAL_STAR).replace("\\_", _UNDERSCORE)
    for _ in range(3):  # nested emphasis ("**bold *and* italic**") needs a second round
        stripped = _UNDERLINED.sub(r"\1", _ITALIC.sub(r"\1", _BOLD.sub(r"\1", text)))
        if stripped == text:
            break
        text = stripped
    return text.replace("*", _LITERAL_STAR).replace("_", _UNDERSCORE)


def _clean(rich: object) -> str:
    """Plain text of a screenplain string, with our stand-ins undone and spacing tidied."""
    text = str(rich).replace(_LITERAL_STAR, "*").replace(_UNDERSCORE, "_")
    return tidy(text)


def tidy(text: str) -> str:
    """One space between words, none before punctuation (a removed inline note leaves two)."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" (?=[.,;:!?)])", "", text)


# ------------------------------------------------------------------ scenes ---


def _scenes(paragraphs: list[object]) -> list[SourceScene]:
    # Action before the first scene heading is kept, in a scene without a heading.
    scenes: list[tuple[str, list[SourceElement]]] = [("", [])]
    for paragraph in paragraphs:
        if isinstance(paragraph, Slug):
            scenes.append((_clean(paragraph.line), []))
            continue
        elements = scenes[-1][1]
        if isinstance(paragraph, Action):
            text = _clean(" ".join(str(line).lstrip("~") for line in paragraph.lines))
            if re.search(r"\w", text):  # a line of stray punctuation shows nothing
                elements.append(SourceElement(kind="action", text=text))
        elif isinstance(paragraph, Dialog):
            elements.extend(dialogue_elements(paragraph))
        elif isinstance(paragraph, DualDialog):
            elements.extend(dialogue_elements(paragraph.left))
            elements.extend(dialogue_elements(paragraph.right, dual=True))
        elif isinstance(paragraph, Transition):
            elements.append(SourceElement(kind="transition", text=_clean(paragraph.line)))
        # Sections, synopses and page breaks organise the writing; nothing in them is filmed.
    return [SourceScene(heading=heading, elements=elements) for heading, elements in scenes if elements]


def split_cue(cue: str) -> tuple[str, str | None]:
    """ "JOHN (V.O.) (CONT'D)" -> ("JOHN", "V.O."); CONT'D only when it is the sole extension."""
    name = tidy(cue.split("(", 1)[0]).rstrip("^ ").strip()
    extensions = [_extension(e) for e in _EXTENSION.findall(cue) if e.strip()]
    meaningful = [e for e in extensions if e != "CONT'D"]
    if meaningful:
        return name, meaningful[0]
    return name, ("CONT'D" if extensions else None)


def _extension(text: str) -> str:
    ext = tidy(text).upper()
    if ext in _CONTINUED:
        return "CONT'D"
    return _CANONICAL_EXTENSIONS.get(ext, ext)


def dialogue_elements(dialog: Dialog, dual: bool = False) -> list[SourceElement]:
    """One element per run of speech; a parenthetical opens a new run and rides on it."""
    speaker, extension = split_cue(_clean(dialog.character))
    elements: list[SourceElement] = []
    lines: list[str] = []
    parentheticals: list[str] = []

    def flush() -> None:
        if not lines:
            return
        elements.append(SourceElement(
            kind="dialogue",
            text=tidy(" ".join(lines)),
            speaker=speaker,
            extension=extension,
            parenthetical=_parenthetical(parentheticals),
            dual=dual and not elements,  # only the first run is simultaneous with the other side
        ))
        lines.clear()
        parentheticals.clear()

    for is_parenthetical, line in dialog.blocks:
        text = _clean(line)
        if is_parenthetical:
            flush()
            parentheticals.append(text)
        elif text:
            lines.append(text)
    if parentheticals and not lines and elements and elements[-1].parenthetical is None:
        # A trailing "(beat)" after the last line belongs to that line.
        elements[-1] = elements[-1].model_copy(update={"parenthetical": _parenthetical(parentheticals)})
    flush()
    return elements


def _parenthetical(lines: list[str]) -> str | None:
    joined = " ".join(lines)
    parts = [tidy(p) for p in _EXTENSION.findall(joined)] or [joined.strip("() ")]
    text = "; ".join(p for p in parts if p)
    return text or None


def _one_spelling_per_speaker(scenes: list[SourceScene], characters: list[str]) -> list[SourceScene]:
    """ "@John" after "JOHN": every element names its speaker as the character list does."""
    spelling = {name.upper(): name for name in characters}
    for scene in scenes:
        for i, element in enumerate(scene.elements):
            if element.speaker and spelling[element.speaker.upper()] != element.speaker:
                scene.elements[i] = element.model_copy(update={"speaker": spelling[element.speaker.upper()]})
    return scenes


def _speakers(scenes: list[SourceScene]) -> list[str]:
    """Speaker names in order of first appearance; "JOHN" and "John" are one person."""
    seen: dict[str, str] = {}
    for scene in scenes:
        for element in scene.elements:
            if element.speaker:
                seen.setdefault(element.speaker.upper(), element.speaker)
    return list(seen.values())
