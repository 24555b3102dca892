"""A spatial prompt as words: camera phrases and filler taken out, then the shared English parse.

``prepare`` cuts what is about the picture rather than the scene ("a top view of", "a photo of");
``read_words`` gives each remaining word its part of speech, dependency and head from the one
parse of English (``studio.language``); ``foreign_words`` tells a prompt in another language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from crews.spatial import lexicon
from crews.spatial.phrases import CAMERA_RE, CAPTION_REWRITES_RE, FILLER_RE, PHRASES, THERE_RE
from crews.spatial.spec import CameraSpec
from studio import language, wordnet

KEPT = re.compile(r"\d+|[^\W\d_]+(?:_[^\W\d_]+)*(?:'[^\W\d_]+)?|[,;.!?:]")  # words in any alphabet, clause punctuation

# Articles, conjunctions and prepositions of the languages a user is likeliest to try instead of
# English: two or more of them, outnumbering English ones, mean the prompt is not English.
FOREIGN_FUNCTION_WORDS = {
    "le", "la", "les", "un", "une", "des", "du", "et", "est", "dans", "sur", "sous", "avec", "à", "au", "aux",  # fr
    "der", "die", "das", "ein", "eine", "einem", "einen", "und", "ist", "auf", "unter", "mit", "neben", "zwei",  # de
    "el", "los", "las", "una", "unos", "y", "es", "con", "sobre", "del", "junto",  # es
    "il", "gli", "di", "che", "della", "sul", "sotto", "accanto",  # it
    "het", "een", "op", "naast", "onder", "twee",  # nl
}


@dataclass(frozen=True)
class Word:
    """One word of the prompt as the shared parse reads it."""

    text: str  # lower case, as the phrase tables match it
    written: str  # as written, for names ("Mara", "Sherlock Holmes")
    pos: str = "X"  # spaCy's universal part of speech
    dep: str = ""
    head: int = -1  # index of the head word in the same list (-1: none kept)
    entity: str = ""  # spaCy's entity label (PERSON, GPE, ...)
    tag: str = ""  # spaCy's fine tag (VB, VBN, NNS, ...)


@dataclass(frozen=True)
class Heading:
    """A screenplay scene heading opening the prompt: "INT. GARAGE - NIGHT", "Exterior, harbour, dawn"."""

    interior: bool | None  # None for INT./EXT.
    place: str  # "garage", lower case
    time: str | None  # "night"


_HEADING_TIME = (r"day|night|dawn|dusk|morning|evening|afternoon|noon|midnight|sunrise|sunset|twilight|later"
                 r"|continuous|moments\s+later|same\s+time|magic\s+hour|golden\s+hour")
HEADING_RE = re.compile(
    r"^\s*(?:(?P<side>int\.?\s*/\s*ext|ext\.?\s*/\s*int|i\s*/\s*e|int|ext)\b\.?[\s,:-]+"
    r"|(?P<word>interior|exterior)\s*[,.:;\-–—]+\s*)"  # "Interior, bakery": not "Interior design"
    r"(?P<place>[^.:;,\n\-–—]{1,60}?)"
    rf"(?:\s*[-–—,]+\s*(?P<time>{_HEADING_TIME}))?(?:\s*[-–—,]+\s*(?:{_HEADING_TIME}))*"
    r"\s*(?:[.:;]+|\s[-–—]+\s|$|(?<=\w)\s+(?=(?-i:[A-Z](?:[a-z]|\s))))\s*",
    re.IGNORECASE,
)


def take_heading(text: str) -> tuple[Heading | None, str]:
    """A scene heading at the start, and the text after it: the place is where the scene is (a
    setting, never a thing), INT. or EXT. says indoors or out, the time of day is the light."""
    found = HEADING_RE.match(text)
    if not found:
        return None, text
    side = (found.group("side") or found.group("word")).lower().replace(" ", "")
    interior = True if side in ("int", "interior") else False if side in ("ext", "exterior") else None
    time = " ".join(found.group("time").lower().split()) if found.group("time") else None
    place = " ".join(found.group("place").lower().split())
    if at := re.fullmatch(rf"(.+?)\s+(?:at|by|in\s+the)\s+({_HEADING_TIME})", place):  # "a farmyard at noon"
        place, time = at.group(1), time or at.group(2)
    place = re.sub(r"^(?:a|an|the)\s+", "", place)
    if time in ("later", "continuous", "moments later", "same time"):
        time = None  # continuity, not light
    return Heading(interior, place, time), text[found.end():]


def prepare(prompt: str) -> tuple[Heading | None, CameraSpec, str]:
    """The scene heading and the camera phrases taken out, filler cut, "there is" made a plain
    verb: (heading, camera, the text to parse)."""
    heading, text = take_heading(prompt)
    text = lexicon.owners_named_singly(unshouted(text))
    for step in (punctuated, without_transcript, without_tool_syntax, answered, without_address, without_asides,
                 without_openers):
        text = step(text)
    camera, text = take_camera(normalise(text))
    text = VANTAGE_OPENING_RE.sub(_without_opening_vantage, VANTAGE_AFTER_RE.sub(_without_vantage, text))
    text = VANTAGE_MINE_RE.sub(_without_own_vantage, text)
    text = EVENT_AFTER_RE.sub(_event_after, BARE_VIEW_RE.sub(_bare_view, text))
    text = without_pleasantries(text)
    text = without_label(text)  # after the camera's words: "Back view: ..." is the camera's
    text = FILLER_RE.sub(" , ", text)
    text = STILL_OF_RE.sub(_still_of, text)
    text = ART_OF_RE.sub(r"\1 , ", text)  # "concept art of a fox": the style, then the fox
    text = THERE_RE.sub(" is ", text)  # a verb: ends the noun phrase, not the clause
    return heading, camera, text


# A run of words all in capitals, as a telegram, a caption or a shouted note is written ("SIPPY CUP BESIDE TILER
# STOP"): the small model tags capitalised words as names, so the run is read as if written in lower case (a word or
# two in capitals, "a BBC van", "the TARDIS", is a name and stays). In such a run a telegram's "STOP" is its full
# stop, unless it closes the dictionary's name of a stop ("BUS STOP", "PIT STOP").
_CAPS_WORD = r"[A-Z]+(?:['-][A-Z]+)*"
_CAPS_GAP = r"[\s,.;:!?()\"/&+]+(?:\d+[\s,.;:!?()\"/&+]+)?"
CAPS_RUN_RE = re.compile(rf"(?<![\w'-]){_CAPS_WORD}(?:{_CAPS_GAP}{_CAPS_WORD})+(?![\w'-])")
CAPS_RUN_WORDS = 3  # words of two letters or more
TELEGRAM_STOP_RE = re.compile(r"(?:\b([a-z]+)\s+)?\bstop\b")


def unshouted(text: str) -> str:
    """Runs of three words or more in capitals in lower case, and a telegram's "STOP" as a full stop."""
    return CAPS_RUN_RE.sub(_unshouted, text)


def _unshouted(match: re.Match) -> str:
    run = match.group(0)
    if len(re.findall(r"[A-Z]{2,}", run)) < CAPS_RUN_WORDS:
        return run
    return TITLED_NAME_RE.sub(_titled_name, TELEGRAM_STOP_RE.sub(_telegram_stop, run.lower()))


# In such a run a title of address and the word after it are a name again ("COUSIN MAUREEN", "DOCTOR HUGHES"),
# unless the word after says what one does or is like ("NURSE WAITING BY A BED").
TITLED_NAME_RE = re.compile(r"\b(mr|mrs|ms|miss|mx|dr|doctor|prof|professor|sir|dame|lady|lord|auntie|aunty|aunt|uncle"
                            r"|nana|nanna|nan|grandma|grandpa|granny|gran|grandad|cousin|captain|nurse|reverend)"
                            r"\s+([a-z]+)\b")


def _titled_name(match: re.Match) -> str:
    from spacy.lang.en.stop_words import STOP_WORDS

    name = match.group(2)
    if name in STOP_WORDS or wordnet.is_verb(name) or wordnet.is_adjective(name) or wordnet.is_adverb(name):
        return match.group(0)
    return f"{match.group(1).capitalize()} {name.capitalize()}"


def _telegram_stop(match: re.Match) -> str:
    before = match.group(1)
    if before and wordnet.is_name(f"{before} stop"):
        return match.group(0)  # "a bus stop"
    return (before + "." if before else ".")


# Punctuation said aloud to a dictation app, in a prompt with none written: "a hen by a shed full stop", "new
# line", "comma". "Comma" and "period" only where a clause would end (the end, or a determiner, a number or "and"
# after them): "a comma butterfly", "a period costume" are things.
SPOKEN_MARKS = {"full stop": ".", "fullstop": ".", "new line": ".", "next line": ".", "new paragraph": ".",
                "question mark": "?", "exclamation mark": "!", "exclamation point": "!", "semicolon": ";",
                "semi colon": ";", "comma": ",", "period": ".", "colon": ":"}
SPOKEN_MARK_RE = re.compile(r"(?i)\b(full\s?stop|new\s+line|next\s+line|new\s+paragraph|question\s+mark"
                            r"|exclamation\s+(?:mark|point)|semi\s?colon|comma|period|colon)\b(?=\s*(\w*))")
CLAUSE_OPENERS = {"and", "then", "also", "but", "so", "with", "next", "plus"}


def punctuated(text: str) -> str:
    """Dictated punctuation as the marks it names, when the prompt has none written."""
    if re.search(r"[.,;:!?]", text):
        return text
    return SPOKEN_MARK_RE.sub(_spoken_mark, text)


def _spoken_mark(match: re.Match) -> str:
    said, following = " ".join(match.group(1).lower().split()), match.group(2).lower()
    if said in ("comma", "period", "colon") and following and following not in CLAUSE_OPENERS | DETERMINERS and \
            language.number(following) is None:
        return match.group(0)
    return SPOKEN_MARKS[said]


# A question and its answer ("Q: Where's the cat? A: Under the bench.") make one statement between them.
QUESTION_ANSWER_RE = re.compile(r"(?is)(?:^|(?<=[.!?;])\s*)(?:q|question)\s*[:.]\s*([^?]{1,200}\?)\s*"
                                r"(?:a|answer)\s*:\s*(.*?)(?=\s*(?:\b(?:q|question)\s*[:.])|$)")
_LEAD = r"^(?:and|so|ok|okay|now|right|well)?[\s,]*"
_BE = r"(?:'s|\s+is|\s+are|\s+was|\s+were)"
HOW_MANY_RE = re.compile(rf"(?i){_LEAD}how\s+many\s+(.+?)(?:\s+(?:are|were|is|can\s+you\s+see|do\s+you\s+see)"
                         r"(?:\s+there)?)?(?:\s+(?:in\s+the\s+end|altogether|in\s+total|in\s+all|here))?\s*\?$")
WHERE_RE = re.compile(rf"(?i){_LEAD}where(?:{_BE}|\s+(?:does|do|did|should|shall|will|would|can|could|has|have))\s+"
                      r"(.+?)(?:\s+(?:go|be|sit|stand|live|belong|end\s+up|ended\s+up|get\s+put|got\s+to|gone"
                      r"|hiding|hide|put|placed|sitting|standing|going|been\s+put))?\s*\?$")
WHICH_WAY_RE = re.compile(rf"(?i){_LEAD}which\s+way\s+(?:is|are|does|do|was|were)\s+(.+?)\s+(?:facing|face|looking"
                          r"|look|pointing|point|heading|head|going|go|walking|walk|turned|turning)\s*\?$")
CAN_SEE_RE = re.compile(rf"(?i){_LEAD}(?:can|could|do|did)\s+(?:you|we|i)\s+(?:see|spot|find|make\s+out)\s+(.+?)\s*\?$")
HOW_FAR_RE = re.compile(rf"(?i){_LEAD}how\s+(?:far|close|near|big|high|low|deep)(?:\s+away|\s+off|\s+back|\s+up)?"
                        r"\s+(?:is|are|was|were)\s+(.+?)\s*\?$")
WHAT_RE = re.compile(rf"(?i){_LEAD}(?:what|who){_BE}\s+(.+?)\s*\?$")
THE_PICTURE_RE = re.compile(r"(?i)^(?:(?:in|on)\s+(?:the\s+|this\s+|your\s+)?(?:picture|scene|image|photo|shot|frame"
                            r"|drawing|painting|page|view))?$")
ANSWER_COUNT_RE = re.compile(r"(?i)^(?:just|only|exactly|about|around)?\s*(?:the\s+)?(\d+|[a-z]+)\b")


def answered(text: str) -> str:
    """Questions with their answers said as statements: "Q: How many owls? A: Three." -> "three owls";
    "Q: What's behind the shed? A: A fox." -> "behind the shed: A fox."; a question of another form
    leaves its answer alone."""
    return QUESTION_ANSWER_RE.sub(_statement, text)


def _statement(match: re.Match) -> str:
    question, answer = match.group(1).strip(), match.group(2).strip()
    if (how_many := HOW_MANY_RE.match(question)) and (count := ANSWER_COUNT_RE.match(answer)) and \
            language.number(count.group(1).lower()) is not None:
        return f"{count.group(1)} {how_many.group(1)}{answer[count.end():]} "
    if where := WHERE_RE.match(question):
        return _about(where.group(1), "", answer)
    if which_way := WHICH_WAY_RE.match(question):
        return _about(which_way.group(1), "facing ", answer)
    if can_see := CAN_SEE_RE.match(question):
        # "Only just: the van hides most of it": "it" is the one asked about, seen (so "Grace" is someone)
        return f"you can see {can_see.group(1)}. {answer} "
    if how_far := HOW_FAR_RE.match(question):
        return _about(how_far.group(1), "", answer)
    if (what := WHAT_RE.match(question)) and not THE_PICTURE_RE.match(what.group(1)):
        return f"{what.group(1)}: {answer} "
    return answer + " "


ANSWER_PRONOUN_RE = re.compile(r"(?i)^(?:it|he|she|they|that|this)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+")


def _about(subject: str, verb: str, answer: str) -> str:
    """The answer said of the question's subject: "Under the bench", "It's under the bench" and "The cat
    is under the bench" all say "the cat under the bench"."""
    if answer.lower().startswith(subject.lower()):
        return answer + " "
    return f"{subject} {verb}{_lowered(ANSWER_PRONOUN_RE.sub('', answer, count=1))} "


def _lowered(answer: str) -> str:
    """The answer's first word in lower case unless it is a name ("Under the bench" goes on a sentence)."""
    first = answer.split(maxsplit=1)[0] if answer.split() else ""
    known = first.lower() in COMMON_WORDS or wordnet.is_adverb(first.lower()) or wordnet.is_adjective(first.lower())
    return answer[:1].lower() + answer[1:] if known else answer


KEY_VALUE_RE = re.compile(r"(?<![\w=])([A-Za-z][A-Za-z ]{0,20}?)\s*=\s*(?=[\w(])")  # "subject=fox; ..."


# What image tools read and no scene holds: the negative prompt ("Negative prompt: people, boats";
# "--no people"), parameters ("--ar 16:9 --v 6"), multi-prompt weights ("a cat::2"), "BREAK" and "|".
NEGATIVE_PROMPT_RE = re.compile(r"(?is)(?:^|[\n.;,]\s*)negative(?:\s+prompt)?\s*:.*$")
TOOL_NEGATIVE_RE = re.compile(r"(?i)\s--no\s+[^-]*")
TOOL_PARAMETER_RE = re.compile(r"(?i)\s--[a-z]+(?:\s+(?!--)[\w:.]+)?")
# A spaced double colon divides a caption's parts ("p.4 :: two hens :: photocopied"); no weight follows it.
CAPTION_DIVIDER_RE = re.compile(r"\s+::\s+(?![-+]?\d*\.?\d+\s*(?:[,;|]|$))")
TOOL_SEPARATOR_RE = re.compile(r"::\s*-?\d*\.?\d*|\bBREAK\b|\s\|\s")


def without_tool_syntax(text: str) -> str:
    """The prompt as an image tool's user types it, without what only the tool reads: negative
    prompts, parameters, weights, emphasis brackets, style-model tags; "key=value" made "key: value"."""
    text = NEGATIVE_PROMPT_RE.sub("", KEY_VALUE_RE.sub(r"\1: ", CAPTION_DIVIDER_RE.sub(" ; ", text)))
    text = TOOL_SEPARATOR_RE.sub(" , ", TOOL_PARAMETER_RE.sub("", TOOL_NEGATIVE_RE.sub("", text)))
    return WEIGHT_RE.sub("", WEIGHTED_TAG_RE.sub(r"\1\2", LORA_RE.sub("", text)))


# Image tools' prompt syntax: "(a red kite:1.3)" weighs the words inside, "<lora:inkwash:0.8>" loads a style
# model; the weights and the tags are for the tool, the words are the scene. A whole tag in brackets,
# "((a fox)), [a moon]", is emphasis: its brackets go too (a bracket after a word is a caption's, "a fox (left)").
WEIGHTED_TAG_RE = re.compile(r"(^\s*|[,;]\s*)[(\[]+\s*([^()\[\]]+?)\s*(?::\s*[-+]?\d*\.?\d+)?\s*[)\]]+"
                             r"(?=\s*(?:[,;.]|$))")
WEIGHT_RE = re.compile(r":\s*[-+]?\d*\.?\d+\s*(?=\))")
LORA_RE = re.compile(r"<\s*(?:lora|lyco|hypernet|embedding)\s*:[^>]*>", re.IGNORECASE)


# "A still of a dancer", "a film still of ...": a frame of a film, showing what follows.
STILL_OF_RE = re.compile(r"(?i)\b(?:a|an|the)\s+(?:(?:film|movie|video|production|cinematic)\s+)?still\s+(?:of|from)\b")




def _still_of(match: re.Match) -> str:
    """A frame of a film, or the quiet of a time ("in the still of the night": the night)."""
    after = re.match(r"\s+(?:the\s+)?([a-z]+)", match.string[match.end():].lower())
    return "" if after and wordnet.kind(after.group(1)) == "time" else " , "


# "For a children's picture book: ...", "Illustrate the following. ...", "Panel two of the comic.": what
# the picture is for or where it sits, or a request pointing at the words after it; none names a thing.
PREAMBLE_RE = re.compile(
    r"(?i)^\s*(?:(?:for|from)\s+(?:a|an|the|my|our)\s+(?!(?:back|rear)\s*:)[^:.;,]{1,60}:"  # "From the back:" views
    r"|(?:panel|page|plate|frame|figure|scene|shot|spread|exhibit|item|lot|entry|slide|card|level|stage|step"
    r"|chapter|no\.?)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+of\s+(?:the|a|an|my|our)\s+[\w' -]{1,30}?)?\s*[.:]"
    r"|(?:please\s+)?(?:illustrate|draw|paint|render|depict|show|picture|imagine|sketch)\s+"
    r"(?:the\s+following|this|these|what\s+follows)\s*[.:]"
    # "Need a pic: ...", "I want a picture of ...", "I'd like an image with this: ..."
    r"|(?:i\s+|i'd\s+|we\s+)?(?:need|want|would\s+like|like|want\s+to\s+see)\s+(?:a\s+|an\s+|some\s+|one\s+)?"
    r"(?:new\s+|quick\s+|nice\s+)?(?:pic|pix|picture|image|photo|drawing|illustration|render|painting|sketch)s?"
    r"(?:\s*[:,-]|\s+(?:of|with|showing)(?:\s+this\s*:)?))\s*")


# "Slide 4 shows a yak ...", "Plate 12 depicts two owls ...": the numbered page or picture shows the scene; its
# number counts nothing in it.
NUMBERED_PICTURE_RE = re.compile(r"(?i)^\s*(?:slide|figure|fig\.?|plate|page|panel|exhibit|photo|picture|image|frame)"
                                 r"\s+\d{1,4}[a-z]?\s+(?=(?:shows|depicts|illustrates|features|has|contains)\b)")


# "Panel 3 (close): a mouse ...", "Shot 9 (wide): ...": the shot size in brackets after a numbered panel or shot,
# said as its own sentence once the label goes.
BRACKETED_SHOT_RE = re.compile(r"(?i)^(\s*(?:panel|shot|frame|scene|page|slide)\s+[a-z0-9]{1,6})\s*"
                               r"\(\s*((?:extreme\s+)?(?:wide|close|close[ -]up|medium))(?:\s+shot)?\s*\)\s*:")


# "Blocking note: ...", "Witness statement: ...", "Brief: ...": what kind of text follows; a label of up
# to three bare words (no article, no number) before a colon, naming a message, a thought or a task.
# A numbered one ("Clue 4:", "Exercise 3:") and a clue's sheet too: any of its words may name the text.
LABEL_RE = re.compile(r"^\s*((?:[A-Za-z]+\s+){0,2}[A-Za-z]+)(?:\s+#?\d+[a-z]?)?\s*:\s*(?=\S)")
LABEL_KINDS = {"communication", "cognition", "act"}
LABEL_KEPT = {"foreground", "background", "midground", "distance"}  # "Foreground: a horse; background: ..."
LABEL_ABBREVIATIONS = {"pov", "nb", "ps", "fyi", "re", "eta", "tldr", "wip"}  # "POV: you're looking at ..."
LABEL_SHEETS = {"setup", "ingredient", "prop", "playset", "diagram"}  # "Drill setup: ...", "Ingredients: ..."


# A transcript's turn: "[00:22:44] host: ...", "HOST: ...", "Interviewer (laughing): ...": the clock time of the
# recording and who speaks, before a colon; the speaker is no thing in the scene. With a time stamp any bare word or
# two (no article) names the speaker; without one only a word for a speaking role does ("Narrator: ..."), since a
# bare word before a colon may be a caption's thing ("Cat: asleep on the mat").
_STAMP = r"[\[(]?\s*\d{1,2}(?::[0-5]\d){1,2}(?:[.,]\d{1,3})?\s*[\])]?"
TRANSCRIPT_TURN_RE = re.compile(rf"(^\s*|[.!?]\s+)(?P<stamp>{_STAMP}\s*(?:[-\u2013\u2014]\s*)?)?"
                                r"(?P<who>[A-Za-z][\w'-]*(?:\s+[A-Za-z0-9][\w'-]*)?)"
                                r"(?P<aside>\s*[\[(][^\[\]()]{1,30}[\])])?\s*:\s*(?=\S)")
SPEAKING_ROLES = {"host", "cohost", "co-host", "presenter", "narrator", "interviewer", "interviewee", "caller",
                  "moderator", "announcer", "commentator", "voiceover", "vo", "dj", "respondent", "participant", "user",
                  "me", "him", "her", "them"}  # (not "speaker", "anchor": things too; nor "teacher": a caption's)
# A stage note or an aside in brackets standing between what is said: "[laughs]", "[pause]", "(sorry)",
# "[inaudible]": how the speaker speaks, no thing (in square brackets anywhere; in round ones between sentences,
# since "a cat (asleep)" says how the cat is).
SQUARE_ASIDE_RE = re.compile(r"\s*\[\s*([A-Za-z][A-Za-z' ]{0,30}?)\s*\]")
ROUND_ASIDE_RE = re.compile(r"(?<=[.!?:])\s*\(\s*([A-Za-z][A-Za-z' ]{0,30}?)\s*\)|^\s*\(\s*([A-Za-z][A-Za-z' ]{0,30}?)"
                            r"\s*\)")
ASIDE_WORDS = 3


def without_transcript(text: str) -> str:
    """A recording's time stamps, speakers' labels and stage notes: see ``TRANSCRIPT_TURN_RE``."""
    text = TRANSCRIPT_TURN_RE.sub(_turn, text)
    text = SQUARE_ASIDE_RE.sub(lambda m: "" if _aside(m.group(1)) else m.group(0), text)
    return ROUND_ASIDE_RE.sub(lambda m: "" if _aside(m.group(1) or m.group(2)) else m.group(0), text)


def _turn(match: re.Match) -> str:
    who = [w.lower() for w in match.group("who").split()]
    if any(w in DETERMINERS | POSSESSIVES | SPATIAL_WORDS | PLACING_WORDS for w in who) or \
            match.group("aside") and not _aside(match.group("aside").strip(" [()]")):
        return match.group(0)
    if match.group("stamp") is None and not (len(who) == 1 and who[0] in SPEAKING_ROLES):
        return match.group(0)
    return match.group(1)


def _aside(content: str) -> bool:
    """How one speaks or a word of the telling, no thing: "laughs", "laughing", "pause", "sorry", "inaudible"
    (no thing, colour, look, side or count; "(ginger)", "(left)", "(x2)" stay)."""
    tokens = [w.lower() for w in re.findall(r"[A-Za-z']+", content)]
    if not tokens or len(tokens) > ASIDE_WORDS or any(PHRASES.match(tokens, k) for k in range(len(tokens))):
        return False
    for word in tokens:
        noun = language.singular(word)
        if word in SPATIAL_WORDS | PLACING_WORDS or word in lexicon.COLORS or lexicon.is_style_noun(noun) or \
                lexicon.is_art_form(noun) or lexicon.known_noun(noun) is not None or \
                language.number(word) is not None or wordnet.is_noun(noun) and wordnet.is_concrete(noun) is not False:
            return False
        if not any(test(word) for test in (wordnet.is_verb, wordnet.is_adjective, wordnet.is_adverb, wordnet.is_noun)):
            return False
    return True


# A pleasantry opening or closing a prompt of several sentences: "New here, go easy.", "Thanks ahead of time.",
# "Quote on enquiry.", "Hope this is clear!": its nouns name acts, ideas, messages or feelings ("thanks", "sense"),
# none a thing, a time of day or a look; and nothing in it says where or how things stand.
SENTENCE_RE = re.compile(r"[^.!?]*(?:[.!?]+|$)")
PLEASANTRY_WORDS = 12  # longer sentences say more than a courtesy
PLEASANTRIES = 3  # closing ones, at most: "It is silly. Thanks. The end."
TITLES = {"mr", "mrs", "ms", "dr", "st", "prof", "mx", "no"}  # "Mr. Brown ...": no sentence ends there


def without_pleasantries(text: str) -> str:
    return _without_comment(_without_pleasantries(text))


def _without_pleasantries(text: str) -> str:
    sentences = [s for s in SENTENCE_RE.findall(text) if s.strip()]
    if len(sentences) < 2:
        return text  # "Cat on mat.": a prompt of one sentence is the scene
    first, last = 0, len(sentences)
    while first < min(PLEASANTRIES, len(sentences) - 1) and (_pleasantry(sentences[first]) or
                                                              _frame_sentence(sentences[first])):
        first += 1  # "Look at this page! See? ..."
    tail = ""
    while last - 1 > first and len(sentences) - last < PLEASANTRIES:
        closing = sentences[last - 1]
        head, comma, rest = closing.partition(",")
        if _pleasantry(closing) or _sign_off(closing) or _frame_sentence(closing) or _closer(closing) or \
                _bidding(closing, "".join(sentences[first:last - 1])):
            last -= 1
        elif comma and not tail and (_pleasantry(head) and not _brings_thing(head) or _sign_off(head)) and \
                rest.strip():
            # "Turn over, watercolour.": what closes the last instruction (how it is drawn) closes the scene
            tail, last = ", " + rest.strip().rstrip(".!?"), last - 1
        else:
            break
    if (first, last) == (0, len(sentences)):
        return text
    kept = "".join(sentences[first:last])
    return re.sub(r"\s*[.!?]*\s*$", "", kept) + tail + "." if tail else kept


# A closing formula of a kind of text, naming nothing in the picture: an advert's terms ("40 quid ono", "collection
# only", "offers over 50", "no time-wasters"), a link or a cheer of a talk or a report ("anyway, moving on", "more
# on the hour", "keep it up", "that's all"), a good wish ("happy hunting"), a report's close said in participles
# alone ("Signed and sealed.", "Photographed and bagged."), an acronym standing alone ("TTFN").
_PRICE = r"(?:[\u00a3$\u20ac]\s?)?\d+(?:[.,]\d+)?\s*(?:pounds?|quid|dollars?|euros?|bucks|p|k)?"
CLOSER_RE = re.compile(
    r"(?i)^\s*(?:(?:and|so|ok|okay|right|well|anyway|anyhow|but|oh)(?:\s*,\s*|\s+))*(?:"
    rf"(?:{_PRICE}\s*)?(?:ono|ovno|obo|o\.n\.o\.?|or\s+(?:nearest|near|best)\s+offer)"
    rf"|(?:offers?|bids?)\s+(?:over|above|around|in\s+the\s+region\s+of|from)\s+{_PRICE}"
    r"|(?:collection|pick[- ]?up|cash|viewing)\s+only|buyer\s+collects|no\s+time[- ]?wasters"
    r"|(?:sold|offered|going|selling)\s+(?:as\s+(?:a|one)\s+(?:job\s+lot|set|bundle|lot)|together|separately)"
    r"|(?:price\s+)?(?:is\s+)?firm|no\s+offers|first\s+to\s+see\s+will\s+buy"
    r"|anyway|anyhow|moving\s+on|on\s+we\s+go|that(?:'s|\s+is|\s+was)\s+(?:all|it)|enough\s+said"
    r"|keep\s+(?:it|this|that)\s+up|well\s+done|good\s+(?:job|work|effort)|nice\s+one|stay\s+tuned"
    r"|more\s+(?:on|at|after)\s+the\s+(?:hour|half[- ]hour|break)|more\s+later|back\s+after\s+the\s+break"
    r"|see\s+you\s+(?:soon|later|next\s+time|then)"
    r"|happy\s+[a-z]+ing"
    r"|(?:with\s+)?only\s+(?:a\s+)?(?:sliver|glimpse|bit|corner|edge|tip|fraction|part)(?:\s+of\s+(?:it|them|him|her))?"
    r"\s+(?:showing|visible|peeking\s+out|poking\s+out|in\s+view)"
    r"|(?:very\s+|really\s+|so\s+)?(?:well|nicely|beautifully|neatly|carefully|skilfully|skillfully|cleverly)\s+"
    r"(?:drawn|done|painted|made|sketched|rendered|observed|captured|composed|executed|shaded|coloured|colored)"
    r"|(?:a|an|what\s+a)\s+(?:nice|lovely|witty|clever|neat|funny|sweet|charming|good|great|deft|subtle|fun|playful"
    r"|whimsical|thoughtful)\s+(?:touch|idea|joke|twist|detail|flourish)"
    r")\s*[.!?]*\s*$")
CLOSER_ACRONYM_RE = re.compile(r"^\s*[A-Z]{3,6}\s*[.!?]*\s*$")
CLOSER_PARTICIPLES = {"VBN", "VBD", "RB", "CC"}


def _closer(sentence: str) -> bool:
    """A closing sentence whose every part, between commas, is a closing formula or says nothing of the scene."""
    parts = [p for p in sentence.split(",") if p.strip(" .!?")]
    return bool(parts) and all(_closing_part(p) for p in parts)


def _closing_part(part: str) -> bool:
    if CLOSER_RE.match(part) or _comment(part):
        return True
    acronym = CLOSER_ACRONYM_RE.match(part)
    if acronym:
        return not wordnet.is_noun(part.strip(" .!?").lower())  # "TTFN", not "UFO"
    doc = language.parse(part.strip())
    said = [t for t in doc if t.is_alpha]
    return bool(said) and len(said) <= 5 and all(t.tag_ in CLOSER_PARTICIPLES for t in said) and \
        any(t.tag_ in ("VBN", "VBD") for t in said) and not _places_part(part)


def _places_part(part: str) -> bool:
    tokens = re.findall(r"[a-z]+", part.lower())
    return any(PHRASES.match(tokens, k) for k in range(len(tokens))) or \
        any(w in SPATIAL_WORDS | PLACING_WORDS or w in lexicon.SCENERY or w in ("mid", "midway") for w in tokens)


def _comment(part: str) -> bool:
    """A comment after the scene, naming nothing in it and placing nothing: "no idea why", "love it", "i kid you
    not", "yeah?" (see ``_pleasantry``, ``_sign_off``, ``_frame_sentence``); no phrase of place or look in it."""
    if _places_part(part) or _brings_thing(part) or _names_look(part):
        return False
    return _pleasantry(part) or _sign_off(part) or _frame_sentence(part)


def _names_look(part: str) -> bool:
    """", film still", ", gouache on paper": how the picture is made is its style, never a passing remark."""
    return any(lexicon.is_style_noun(w) or lexicon.is_art_form(w) for w in re.findall(r"[a-z]+", part.lower()))


def _brings_thing(part: str) -> bool:
    """", a watering can", ", hiding most of them", "You'll reach a stile": a thing brought in, or what it does."""
    written = re.findall(r"[A-Za-z]+", part)
    return any(w.lower() in NEW_THING_DETERMINERS and w != "A" or language.number(w.lower()) is not None or
               lexicon.known_noun(language.singular(w.lower())) is not None or
               w.lower().endswith("ing") and not w.lower().endswith("thing") for w in written)


COMMENT_PARTS = 2  # ", love it, honestly."


def _without_comment(text: str) -> str:
    """The scene's last sentence without the comments closing it, set off by commas: "..., no idea why."."""
    for _ in range(COMMENT_PARTS):
        match = re.search(r",([^,.;:!?]*)([.!?]*\s*)$", text)
        if match is None or not match.group(1).strip() or not _comment(match.group(1)) and \
                not CLOSER_RE.match(match.group(1)):
            return text
        before = text[:match.start()]
        if not re.search(r"[A-Za-z]", before.split(".")[-1] if before.strip() else ""):
            return text
        text = before + (match.group(2) or "")
    return text


# Words that close a message and say nothing of the picture: a letter's "Yours sincerely", a radio call's "Over
# and out", a cue ("Go."), praise ("Lovely!"), a presenter's link ("Now, the news."), the reader sent on ("Turn the
# page.", "Tap for the next one.").
SIGN_OFF_RE = re.compile(
    r"(?i)^\s*(?:(?:and|ok|okay|right|so|well|oh|ah)\s*,?\s+)?(?:"
    r"(?:yours|ever\s+yours)(?:\s+(?:very\s+)?(?:faithfully|sincerely|truly|respectfully|cordially|ever|aye))?"
    r"|(?:(?:with\s+)?(?:kind|kindest|best|warm|warmest|many)\s+)?(?:regards|wishes)"
    r"|(?:over|out|over\s+and\s+out|roger|wilco|copy\s+that|received|ends|go|standby|stand\s+by|cue)"
    r"|(?:how\s+|just\s+|really\s+|so\s+|very\s+|simply\s+|absolutely\s+)?(?:lovely|beautiful|nice|great|wonderful"
    r"|brilliant|perfect|gorgeous|marvell?ous|splendid|excellent|fantastic|super|superb|amazing|stunning|charming"
    r"|delightful|smashing|fabulous|terrific|glorious)(?:\s+(?:one|stuff|work|job))?"
    r"|(?:back|over)\s+to\s+(?:you|the\s+studio)\b[^.!?]*"
    r"|now\s*,?\s+(?:for\s+)?(?:the|some|our)\s+(?P<next>[a-z]+)"
    r"|(?:press|push|hit|tap|click|swipe|scroll|turn|flip|select|dial|see)\b(?P<on>[^.!?]{0,40})"
    r")\s*[.!?]*\s*$")
READER_CONTROLS = {"page", "pages", "button", "key", "screen", "link", "arrow", "card", "over", "overleaf", "next",
                   "more", "continue", "carry", "go", "on", "back", "forward", "left", "right", "up", "down", "see",
                   "read", "rest", "again", "proceed", "the", "a", "to", "for", "and", "or", "one", "this", "then"}


def _sign_off(sentence: str) -> bool:
    match = SIGN_OFF_RE.match(sentence)
    if match is None:
        return False
    if match.group("next") is not None:  # "Now, the weather.": the next item of the programme, no thing
        return wordnet.is_noun(match.group("next").lower()) and not wordnet.is_concrete(match.group("next").lower())
    if match.group("on") is not None:  # "Press 5 to go on.", "Turn the page.": the reader's page or button
        return all(w.isdigit() or w in READER_CONTROLS for w in re.findall(r"[a-z]+|\d+", match.group("on").lower()))
    return True


def _pleasantry(sentence: str) -> bool:
    """A sentence naming nothing in the scene: at least one noun, and every noun the dictionary's idea,
    act, message or feeling ("Cheers in advance", "It is funny"), or a bare word for a place or a post
    ("New here"); no thing (nor any noun that could be one after "a", "the", "my" or a number), no name,
    no time of day or look, no word the dictionary lacks, no side, facing or arrangement."""
    from spacy.lang.en.stop_words import STOP_WORDS

    written = re.findall(r"[A-Za-z]+(?:'[a-z]+)?|\d+", sentence)
    tokens = [w.lower() for w in written]
    if not tokens or len(tokens) > PLEASANTRY_WORDS or tokens[-1] in TITLES or \
            any(w[:1].isupper() and w != "I" for w in written[1:]):
        return False  # ("Thanks, Maude.": someone named)
    if any((found := PHRASES.match(tokens, k)) and not found.kind.startswith("rel:") for k in range(len(tokens))):
        return False  # "All facing left.", "Side by side."
    nouns = 0
    for at, word in enumerate(tokens):
        if word in STOP_WORDS or "'" in word or word.isdigit():
            continue
        if not any(test(form) for form in (word, language.singular(word)) for test in
                   (wordnet.is_noun, wordnet.is_verb, wordnet.is_adjective, wordnet.is_adverb)):
            return False  # a word no dictionary has may be a thing's name
        if lexicon.is_style_noun(word) or word in lexicon.COLORS or word in lexicon.STYLE_ADJECTIVES:
            return False
        noun = language.singular(word) if wordnet.is_noun(language.singular(word)) else word
        kind = wordnet.kind(noun)
        if kind is None:
            continue
        before = tokens[max(0, at - 3):at]
        counted = any(w.isdigit() or w in language.NUMBER_WORDS for w in before)
        introduced = counted or any(w in DETERMINERS | POSSESSIVES for w in before)
        if kind not in MESSAGE_KINDS | {"location"} or counted or introduced and (
                kind not in MESSAGE_KINDS or wordnet.is_concrete(noun) or lexicon.known_noun(noun) is not None):
            return False  # "A fox.", "At dusk.", "Six tennis rackets.": a thing, the light, the place, a count
        nouns += 1
    return nouns > 0 or bool(ADDRESSED_RE.search(sentence))


# A sentence of the telling, not of the scene: it brings in no thing (no noun after "a" or a count, no bare plural,
# no name but a day's, a month's or a feast's), says nothing of where or how things stand, and what it names
# otherwise is the text itself ("Keep these instructions for future reference.", "Look at this page!"), an idea, an
# act or a time ("Next meeting Tuesday.", "Happy Easter!"), the one who speaks saying so ("The elders have
# spoken."), or the one praised or called in an exclamation ("Good dog!"); or, naming nothing at all, it asks,
# exclaims or bids ("What do you do?", "See?", "Well done you!").
SPEAKING = {"speak", "speaks", "spoke", "spoken", "say", "says", "said", "tell", "tells", "told", "write", "writes",
            "wrote", "written", "announced", "declared", "proclaimed", "decreed", "revealed", "whispered", "reported",
            "signed", "agreed", "decided", "ruled"}
OTHER_TIMES = {"next", "last", "previous", "upcoming", "coming", "following"}
SPATIAL_WORDS = {"nearer", "closer", "further", "farther", "far", "away", "ahead", "forward", "left", "right", "front",
                 "middle", "centre", "center", "top", "bottom", "side", "upwards", "downwards", "back", "behind",
                 "there", "here", "where", "nearby", "beyond"}
NEW_THING_DETERMINERS = {"a", "an", "some", "several", "another", "any", "many", "few", "each", "every", "no"}


def _frame_sentence(sentence: str) -> bool:
    text = sentence.strip()
    written = re.findall(r"[A-Za-z]+", text)
    if not written or len(written) > PLEASANTRY_WORDS:
        return False
    tokens = [w.lower() for w in written]
    doc = language.parse(text)
    spoken = any(t.lower_ in SPEAKING and t.pos_ == "VERB" for t in doc)
    texts = {t.i for t in doc if t.pos_ == "NOUN" and _names_the_text(t.lower_) and  # "this page", not "diagram"
             any(c.dep_ in ("det", "poss") and c.lower_ not in NEW_THING_DETERMINERS for c in t.children)}
    for at in range(len(tokens)):
        found = PHRASES.match(tokens, at)
        at_text = found and READING_WORDS & set(tokens[at:found.end]) and \
            any(w.lower_ in tokens[found.end:found.end + 3] for w in doc if w.i in texts)
        if found and not (found.kind.startswith(("rel:", "orient:")) and texts and at_text):
            return False  # "All facing left." ("Look at this page!": at the text)
    for at, word in enumerate(tokens):
        if word == "next" and tokens[at + 1:at + 2] != ["to"]:
            continue  # "next week"
        at_the_text = at + 1 < len(tokens) and tokens[at + 1] in DETERMINERS and word in READING_WORDS and \
            any(t.i in texts for t in doc if t.lower_ in tokens[at + 1:at + 3])
        if (word in SPATIAL_WORDS or word in PLACING_WORDS) and not at_the_text:
            return False  # "Nearer to us!", "Over there!": where ("Look at this page!": at the text)
    if tokens[:2] in (["how", "many"], ["how", "much"]) and text.endswith("?"):
        return True  # "How many geese?": asking, the count is said after (or not at all)
    nouns = 0
    for token in doc:
        pos = _tag(token)
        if pos == "NUM" or token.lower_ in NEW_THING_DETERMINERS or language.number(token.lower_) is not None:
            return False  # "A fox.", "Two more!"
        if pos not in ("NOUN", "PROPN"):
            continue
        nouns += 1
        word = language.singular(token.lower_)
        kind = wordnet.kind(word)
        if token.text[:1].isupper() and token.i > 0 or pos == "PROPN":
            if pos == "PROPN" and not wordnet.is_noun(word) and wordnet.is_adjective(word):
                continue  # "Merry Christmas!": an adjective in capitals
            if kind != "time":
                return False  # "Thanks, Maude.": someone named
            continue  # "Tuesday", "December"
        if token.i in texts:
            continue
        other_time = any(c.lower_ in OTHER_TIMES for c in token.children)  # "next meeting": not the picture's
        if (lexicon.is_style_noun(word) and not other_time) or word in lexicon.COLORS or \
                kind in ("time", "location") or kind is None:
            return False  # "Moonlight.", "At dusk.", "In the yard.", "Party!"
        bare = not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
        if kind not in wordnet.CONCRETE and (not bare or language.singular(token.lower_) == token.lower_):
            continue  # "future reference", "the meeting"
        if kind == "person" and spoken and token.dep_.startswith("nsubj"):
            continue  # "The spirits have spoken."
        if bare and token.lower_ == word and text.endswith(("!", "?")) and \
                not any(t.pos_ in ("VERB", "AUX") for t in doc):
            continue  # "Clever girl!": praise or a call, no thing brought in
        return False
    if nouns:
        return True
    return text.endswith(("!", "?")) or any(t.lower_ in ("you", "i", "we") for t in doc)


# A bidding closing the prompt, to the reader or to oneself: "Return the form by Thursday.", "Confirm with the
# organiser.", "Allow an hour.", "Must ring back.": no subject, a verb opening it (or a modal), and all it names is a
# day or a span of time, an idea, the text, or someone it is done with or for ("with the organiser"): no thing
# brought in, no name, no light or weather (but a deadline's: "by noon"), no place. A verb of showing asks for the
# picture ("Add the lamp."), and what the scene named is the scene's ("... a dog on a rug. Walk the dog.").
DEADLINE_WORDS = {"by", "before", "until", "till"}
TIME_KINDS = {"time"}


def _bidding(sentence: str, before: str) -> bool:
    doc = language.parse(sentence.strip())
    said = [t for t in doc if t.is_alpha or t.like_num]
    if not said or len(said) > PLEASANTRY_WORDS:
        return False
    opener = said[0]
    if opener.tag_ != "MD":
        word = opener.lower_
        if not wordnet.is_verb(word) or re.search(r"(?<!s)s$|ed$|ing$", word) or re.fullmatch(_REQUEST, word) or \
                lexicon.is_style_noun(word) or word in SPATIAL_WORDS | PLACING_WORDS or \
                opener.pos_ != "VERB" and (any(t.pos_ in ("VERB", "AUX") for t in said[1:]) or len(said) == 1 or
                                           lexicon.is_art_form(word) or _names_the_text(word)):
            return False  # "Crowd cheering.": a noun and its verb, "Diagram.": a noun ("Dress by Friday.": the verb
            # read as a noun)
    scene = {language.singular(w) for w in re.findall(r"[a-z]+", before.lower())}
    for at, token in enumerate(said[1:], 1):
        word = token.lower_
        following = said[at + 1] if at + 1 < len(said) else None
        timed = following is not None and wordnet.kind(language.singular(following.lower_)) in TIME_KINDS
        counting = language.number(word) is not None and token.pos_ != "NOUN"  # ("the couple": no number)
        if token.like_num or word in NEW_THING_DETERMINERS or counting:
            if not timed and not (following is not None and following.lower_ in lexicon.MEASURES):
                return False  # "Add two cats." ("Allow 40 minutes.", "Allow an hour.": a span of time)
            continue
        if (word in SPATIAL_WORDS or word in PLACING_WORDS) and token.dep_ != "prt":
            if not any(wordnet.kind(language.singular(t.lower_)) in TIME_KINDS for t in token.children):
                return False  # "Put it on the left.", "Wait by the gate." ("by Friday": when)
            continue
        if _tag(token) not in ("NOUN", "PROPN"):
            continue
        noun = language.singular(word)
        kind = wordnet.kind(noun)
        if kind in TIME_KINDS:
            spans = any(c.dep_ in ("det", "nummod") for c in token.children)  # "an hour": how long
            if lexicon.is_style_noun(noun) and not spans and token.head.lower_ not in DEADLINE_WORDS:
                return False  # "Go at dusk.": the light of the picture
            continue
        if token.text[:1].isupper() or noun in scene or lexicon.is_style_noun(noun) or noun in lexicon.COLORS:
            return False  # "Ask Maude.", "Walk the dog.", "Use moonlight."
        definite = any(c.lower_ not in NEW_THING_DETERMINERS and c.dep_ in ("det", "poss") for c in token.children)
        if kind in ("person", "group") and definite and token.dep_ == "pobj" or definite and _names_the_text(word):
            continue  # "Check with the couple.", "Sign the form."
        if kind is None or kind in wordnet.CONCRETE or kind in ("location", "group", "object"):
            return False
    return True


# The words that point at a text or a picture rather than place a thing: "look at this page", "in the leaflet"
# ("behind the log!" places a thing, whatever else a log may be written in).
READING_WORDS = {"at", "on", "in", "into", "onto", "to", "of", "from", "over", "through"}


def _names_the_text(word: str) -> bool:
    """"this page", "these instructions", "the leaflet", "this picture": a word for a text, a page, a message
    or the picture itself."""
    noun = language.singular(word)
    return any(sense.kind == "communication" for sense in wordnet.senses(noun)[:wordnet.MAX_SENSES]) or \
        re.fullmatch(rf"(?:{_PICTURE_NOUNS}|diagram)", noun) is not None


# WordNet's kinds of what a courtesy speaks of: thanks, help, a request, a hope, a joke.
MESSAGE_KINDS = {"act", "communication", "cognition", "attribute", "state", "feeling", "event", "process", "relation",
                 "motive"}


# The reader addressed: "thank you", "go easy", "be gentle with me": a request of the one who reads, not of the picture.
ADDRESSED_RE = re.compile(r"(?i)\b(?:you|u|ya|yourself|y'all)\b|(?:^|,)\s*(?:be|go)\s+[a-z]+\s*(?:[,.!?]|$)")


# A numbered label opening the prompt: "Bay 6 plan:", "Site diary, week 9.", "Room 12:": a few bare words, the
# number after a word that names no thing the tables draw (a level, a day, an aisle), so it says which page or
# place the text is about and counts nothing; the words after the number name the text ("plan", "notes").
# The number may be one of a series ("Slide 2 of 9:"), a reference with a letter ("File 3051/K:"), a call sign
# speaking to another ("Car 9 to base:"), a page or a clock time ("Diary, p. 12.", "Log, 0915 hrs:"), and more
# numbered or lettered words may follow ("Pattern 4, section C:", "Exhibit 7, item 2, as seen from the door:": where
# the looker stands is read after). The label may say whose text it is ("Cook's notes 3:"), and the words after
# the number may name the text, whatever the label names ("Shelf 4 memo:", "Box no. 9, cover photo:").
_LABEL_CODE = (r"(?:(?P<clock>[0-2]\d[0-5]\d\s*(?:hrs|hours|h)\b)"
               r"|(?:no\.?\s*|#\s*|(?P<page>(?i:pp?|pg|vol|fig|ch)\.\s*))?\d{1,5}(?P<ref>/[A-Za-z0-9]{1,4}\b)?[a-z]?"
               r"(?:\s+of\s+\d{1,5}|(?P<call>\s+to\s+[A-Za-z]+(?=\s*:)))?)")
NUMBERED_LABEL_RE = re.compile(rf"^\s*([A-Za-z]+(?:'s)?(?:\s*,?\s+[A-Za-z]+(?:'s)?){{0,3}})\s*,?\s+{_LABEL_CODE}"
                               r"(?P<more>(?:\s*,\s*[A-Za-z]+\s+(?:\d{1,5}[a-z]?|[A-Z])\b){0,3})"
                               r"(?P<after>,?(?:\s+[A-Za-z]+){0,2})(?P<note>\s*\([^()]{1,30}\))?\s*"
                               r"(?:[.:](?!\d)|,(?=\s*as\s+(?:seen|viewed|glimpsed|watched)\s+from\b))\s*(?=\S)")
PHRASE_END = r"(?='s\b|\s*[,.;:!?]|\s*$|\s+(?:at|to|in|on|from|towards?)\s)"  # ("the lid handle" goes on)
LABEL_NOT_NAMING = {"animal", "person", "plant", "food"}  # ("Cat 2: ..." names a cat)


def without_numbered_label(text: str) -> str:
    match = NUMBERED_LABEL_RE.match(text)
    if match is None:
        return text
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"'s\b", "", match.group(1)))]
    after = [w.lower() for w in re.findall(r"[A-Za-z]+", match.group("after"))]
    texted = bool(after) and _names_the_text(after[-1])  # "Shelf 4 memo:": a text about shelf 4
    # the words of the numbered parts after the first ("motif" of ", motif E"), without their letters
    more = [w.lower() for w in re.findall(r"[A-Za-z]{2,}", match.group("more"))]
    named = words[-1]
    if any(w in DETERMINERS | PRONOUNS | POSSESSIVES | COMMON_WORDS or language.number(w) is not None
           for w in words + after + more):
        return text  # "Cats near 2 dogs.", "A cat by 3 dogs.": a clause, the number counts
    if any(not wordnet.is_noun(w) or language.singular(w) != w or lexicon.known_noun(w) is not None or
           wordnet.kind(w) in LABEL_NOT_NAMING for w in more):
        return text  # "Shed 2, cats 3:": a count of things after it
    if match.group("note") and not _frame_note(match.group("note")):
        return text  # "Shed 2 (two cats):": what is in it
    coded = any(match.group(part) is not None for part in ("ref", "call", "clock", "page"))
    if not coded and not texted and (
            not wordnet.is_noun(named) or language.singular(named) != named or lexicon.known_noun(named) is not None
            or wordnet.kind(named) in LABEL_NOT_NAMING):
        return text  # "Cats 3.", "Table 4:", "Dog 2:": the number counts or tells one of the things apart
        # (a number with a letter after a stroke, "4410/B", is a reference, one speaking "to base" a call
        # sign, a page or a time of day a place in a text or a day: none counts anything, whatever it names)
    if not texted and any(not wordnet.is_noun(language.singular(w)) or
                          wordnet.kind(language.singular(w)) in wordnet.CONCRETE for w in after):
        return text  # "Level 3 boss:": the number's word names someone
    rest = text[match.end():]
    # "Bay 4, shelf 2: ... recorded on this shelf": the place the label numbers, said again, is where the scene is
    labelled = "|".join(re.escape(w) for w in {named} | set(more) if len(w) > 2)
    rest = re.sub(rf"(?i)\s*\b(?:on|in|at)\s+this\s+(?:{labelled})\b(?=\s*(?:[.;,!?]|$|\s+(?:today|tonight|now)\b))",
                  "", rest)
    if texted and re.fullmatch(_PICTURE_NOUNS, after[-1]) and len(after) > 1:
        # "Tin 5, lid picture: ... in the lid's corner": what the picture is on is the picture, said again
        rest = re.sub(rf"(?i)\bthe\s+(?:(?:whole|entire)\s+)?{after[-2]}{PHRASE_END}", "the picture", rest)
    return rest


def _frame_note(note: str) -> bool:
    """A bracketed note on a label that names no thing: "(grade B+)", "(reserve met)", "(draft)" ("(two cats)",
    "(a jug)", "(left)" say what is in it or where)."""
    tokens = [w.lower() for w in re.findall(r"[A-Za-z]+|\d+", note) if not re.fullmatch(r"[A-Z]", w)]  # "(grade A)"
    return not any(w in NEW_THING_WORDS or w in SPATIAL_WORDS | PLACING_WORDS or language.number(w) is not None or
                   lexicon.known_noun(language.singular(w)) is not None and len(w) > 1 for w in tokens)


# A heading before the scene, ended by a colon or a semicolon (or a full stop after a code): a label with a code
# ("Ward 6 (rota B):", "Vol. 3, no. 12, from the archive:", "Crate #40, p.7;", "Case 118."), or a clause of the
# one speaking or spoken to ("I have it here:", "it's the night porter re ticket 88:"). It says which text, page or
# case this is and who tells it: all it names is the text, its maker or its reference (definite, possessive or
# coded), never a thing brought in with "a" or a count, a place, a side or a view; what follows is the scene.
_CODE = r"(?:#\s?\d{1,6}|no\.?\s?\d{1,6}|[A-Za-z]{0,4}[-.]?\d{1,6}(?:[-/][A-Za-z0-9]{1,5})?[a-z]?)"
HEADING_LABEL_RE = re.compile(rf"^\s*([A-Za-z]+)(\.?)\s*{_CODE}(?![\w-])")
HEADING_SPEAKER_RE = re.compile(r"(?i)^\s*(?:[a-z]+\s*,\s*)?(?:i|we|it|this|here|you)"
                                r"(?:'s|'m|'re|'ve|\s+(?:am|is|are|have|see|saw|can|did|do|made|found|got))\b")
HEADING_END_RE = re.compile(r"\s*(?::+|;)\s*")  # (a label closed by a full stop is ``without_numbered_label``'s)
HEADING_WORDS = 16
HEADING_CHARACTERS = 160
CODE_WORD_RE = re.compile(rf"(?<![\w-])[A-Za-z]{{1,12}}\.?\s*{_CODE}(?![\w-])|\([^()]{{0,30}}\)")
HEADING_PREPOSITIONS = {"in", "at", "from", "for", "to", "of", "re"}  # "from the archive", "in the ledger"
NEW_THING_WORDS = NEW_THING_DETERMINERS - {"any", "no"}


def without_frame_heading(text: str) -> str:
    label = HEADING_LABEL_RE.match(text)
    speaker = None if label else HEADING_SPEAKER_RE.match(text)
    if label is None and speaker is None:
        return text
    end = HEADING_END_RE.search(text, label.end() if label else 0, HEADING_CHARACTERS)
    if end is None:
        return text
    heading, rest = text[:end.start()], text[end.end():]
    if label is None and (re.search(r"[.!?]\s", heading) or re.search(r"(?<=\s)[A-Z]", heading[2:])):
        return text  # "you can see Tomasz. Only just:": more than the speaker's clause, or someone named
    if not rest.strip() or len(heading.split()) > HEADING_WORDS or not _heading_frame(heading, label):
        return text
    return rest


def _heading_frame(heading: str, label: re.Match | None) -> bool:
    """The heading names no thing of the scene: see ``without_frame_heading``."""
    if label is not None and not label.group(2):  # "Table 4:", "Cat 2:": what the scene is on, or one of its things
        word = label.group(1).lower()
        # ("table" is an array first, furniture second)
        above = set(wordnet.hypernyms(word, 6)) | set(wordnet.hypernyms(word, 6, senses=2)) & {"furniture"}
        if wordnet.kind(word) in LABEL_NOT_NAMING or above & (lexicon.HOLDERS | lexicon.SUPPORT_KINDS) or \
                language.singular(word) != word and wordnet.is_noun(language.singular(word)):
            return False
    if any(regex.search(heading) for regex, _, _ in CAMERA_RE) or VANTAGE_AFTER_RE.search(heading):
        return False  # "Exhibit 7, as seen from the door:": where the viewer stands is read after
    plain = CODE_WORD_RE.sub(" ", heading)  # the codes out: "p.18", "job 6453", "(model TX-910)"
    tokens = re.findall(r"[a-z]+|\d+", plain.lower())
    if any(w in NEW_THING_WORDS or w.isdigit() or language.number(w) is not None and w != "one" for w in tokens):
        return False  # "Bay 6, two cats:", "Shelf 3, a jug:": things brought in
    for at, word in enumerate(tokens):
        found = PHRASES.match(tokens, at)
        if found and found.kind.startswith("rel:") and word not in HEADING_PREPOSITIONS:
            return False  # "Room 4, behind the sofa:": where things are
        noun = language.singular(word)
        if at > 0 and tokens[at - 1] in DETERMINERS | POSSESSIVES | PLACING_WORDS and wordnet.kind(noun) == "location":
            return False  # "We're in the kitchen:", "Ward 6, in the garden:": the place the scene is in
        if label is None and at > 1 and tokens[at - 1] in DETERMINERS and tokens[at - 2] not in PLACING_WORDS | \
                HEADING_PREPOSITIONS and wordnet.kind(noun) in wordnet.CONCRETE and \
                lexicon.known_noun(noun) is not None:
            return False  # "I found the kettle yesterday:": what the speaker found is in the scene
    return True


# A notice's heading: "FOUND: one blue glove ...", "LOST - tabby cat, ...": what happened to the thing, no thing.
NOTICE_RE = re.compile(r"(?i)^\s*(?:lost|found|missing|wanted|stolen|for\s+sale|sold|reward)\s*[:,!.]\s*")


def without_label(text: str) -> str:
    text = NOTICE_RE.sub("", text)
    match = LABEL_RE.match(text)
    if match is None:
        return text
    words = [w.lower() for w in match.group(1).split()]
    if any(w in DETERMINERS | LABEL_KEPT for w in words):
        return text
    if words != [w for w in words if w in LABEL_ABBREVIATIONS] and \
            all(wordnet.kind(language.singular(w)) not in LABEL_KINDS and language.singular(w) not in LABEL_SHEETS
                for w in words):
        return text
    return text[match.end():]


# "... fantasy art by Greg Rutkowski", "a painting by Hokusai": whose style, no one in the scene.
ARTIST_RE = re.compile(r"(?i)\b((?:art|artwork|painting|illustration|drawing|sketch|style|photo|photograph|photography"
                       r"|render|print|poster|etching|woodcut|watercolou?r|portrait)s?)\s+by\s+"
                       r"(?-i:[A-Z][\w'-]+(?:\s+(?:de|van|von|da|di|le|la)?\s*[A-Z][\w'-]+){0,3})")


# "As seen from a distant headland - ...": where the viewer stands, opening the prompt; no thing in it.
VANTAGE_RE = re.compile(r"(?i)^\s*as\s+(?:seen|viewed|glimpsed|watched)\s+from\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?"
                        r"[\w'-]+\s*(?:[-,:;\u2012-\u2015]+|\.)\s*")


# "..., as seen from my hide", "..., watched from the old jetty": where the one looking stands, after the scene (once
# the camera's own "seen from the left" is read); a side, a height or a direction stays for the camera.
VANTAGE_AFTER_RE = re.compile(r"(?i)(?:\s*,\s*|\s+)(?:as\s+)?(?:seen|viewed|watched|glimpsed|observed|spotted"
                              r"|photographed|sketched|drawn|painted|shot|taken|filmed|picture|photo|snap)\s+from\s+"
                              r"(?:my|our|your|his|her|their|the|a|an)\s+"
                              r"((?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s*(?:[.;,!?]|$))")
# "From the masthead, looking straight down on ...", "from our balcony, miles of ...": where the one looking stands,
# opening a clause before what the camera reads ("looking straight down", "directly overhead"); no thing.
VANTAGE_OPENING_RE = re.compile(r"(?i)(^\s*|[.:!?]\s*|,\s*)from\s+(?:my|our|your|the|a|an)\s+"
                                r"((?:[\w'-]+\s+){0,2}?[\w'-]+)\s*,(?=\s*(?:;|(?:straight|directly|right|looking)\b))")
# "..., squarely in the middle from my bench.", "From our bench we see ...": where the speaker stands, said without a
# verb of seeing ("my", "our": the speaker's own place, which the speaker looks from, not at); a distance before it
# measures ("ten feet from my door").
VANTAGE_MINE_RE = re.compile(r"(?i)(?:\s*,\s*|\s+)from\s+(?:my|our)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)"
                             r"(?=\s*(?:[.;,!?]|$))|(?:^\s*|(?<=[.:!?])\s*)from\s+(?:my|our)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)"
                             r"\s*,?\s+(?=(?:i|we)\s)")
MEASURED_BEFORE_RE = re.compile(r"(?i)(?:\d|away|far|metres?|meters?|feet|foot|yards?|steps?|paces?|miles?|inches"
                                r"|distance|apart|close|near|back|across|down|up|out|along|through)\s*$")
VANTAGE_KEPT = lexicon.SCENERY | {"rear", "above", "below", "angle", "level", "height", "eye", "window", "door",
                                  "doorway", "outside", "inside", "street"}  # ("from our window": what frames it)


# "..., far left, bridge view.": where the picture was seen from, a bare noun and "view" set off by commas, once the
# camera's own ("side view", "rear view") is read; no bridge in it.
BARE_VIEW_RE = re.compile(r"(?i)\s*,\s*([a-z]+)\s+view\s*(?=[.;,!?]|$)")


# "..., looking left (before the speeches).": when the picture was taken, an event closing the clause; no thing ("...,
# before the house" places it, "after the rain" is the weather).
EVENT_AFTER_RE = re.compile(r"(?i)\s*,\s*(?:before|after|during)\s+(?:the|this|that|our|my)\s+([a-z]+)\s*(?=[.;!?]|$)")


def _event_after(match: re.Match) -> str:
    noun = language.singular(match.group(1).lower())
    event = wordnet.is_noun(noun) and wordnet.is_concrete(noun) is False and lexicon.known_noun(noun) is None and \
        not lexicon.is_style_noun(noun) and wordnet.kind(noun) not in ("location", "phenomenon", "time")
    return "" if event else match.group(0)


def _bare_view(match: re.Match) -> str:
    word = match.group(1).lower()
    return "" if wordnet.is_noun(word) and word not in DETERMINERS | POSSESSIVES and \
        not wordnet.is_adjective(word) else match.group(0)


def _without_opening_vantage(match: re.Match) -> str:
    stands = match.group(2).split()[-1].lower()
    return match.group(0) if stands in SPATIAL_WORDS else match.group(1)  # ("from the left, ...": the camera's)


def _without_own_vantage(match: re.Match) -> str:
    stands = [w.lower() for w in (match.group(1) or match.group(2)).split()]
    if MEASURED_BEFORE_RE.search(match.string[:match.start()]) or \
            any(w in VANTAGE_KEPT or language.singular(w) in VANTAGE_KEPT or w in SPATIAL_WORDS for w in stands):
        return match.group(0)  # "ten feet from my door", "from my window", "from my left": the camera's
    if not _standpoint(language.singular(stands[-1])):
        return match.group(0)  # "a cat hides from my dog", "steam rises from our kettle": a thing of the scene
    return "" if match.group(1) else match.group(0)[:len(match.group(0)) - len(match.group(0).lstrip())]


# What one stands or sits on or in to look: furniture, a structure, a platform, a vehicle, a place or a rise.
STANDPOINT_KINDS = {"furniture", "structure", "platform", "surface", "vehicle", "location", "region", "area", "tract",
                    "natural elevation", "room"}


def _standpoint(noun: str) -> bool:
    """"from my bench", "from our balcony", "from my post": somewhere to look from, not a dog or a kettle."""
    return wordnet.kind(noun) == "location" or bool(STANDPOINT_KINDS & set(wordnet.hypernyms(noun)))


def _without_vantage(match: re.Match) -> str:
    stands = [w.lower() for w in match.group(1).split()]
    return match.group(0) if any(w in VANTAGE_KEPT or language.singular(w) in VANTAGE_KEPT for w in stands) else ""


# The one looking at the picture, in other words: "the looker", "the beholder" are the viewer; "from the point of
# view of the viewer" is the viewer's point of view (no "point" in the scene).
LOOKER_RE = re.compile(r"(?i)\bthe\s+(?:looker|watcher|beholder|looker[- ]on|onlookers?|audience|public\s+gallery"
                       r"|gallery(?=\s+(?:sees?|saw|watch|watches|views?)\b))(?!\s+(?:of|in|at|on)\b)")
# Who took the picture, named with "the" and never brought into the scene ("a goat between the photographer and
# the barn"): the one whose view the picture is (a painter or an artist is as often someone in it).
MAKER_RE = re.compile(r"(?i)\bthe\s+(photographer|cameraman|camera\s+operator)\b")
# "far left as the audience sees it": as the viewer looks, which the phrase tables read after a comma too.
VIEWER_SEES_RE = re.compile(r"(?i)\bas\s+the\s+(?:viewer|house)\s+(?:sees|views|regards|watches|faces)\s+"
                            r"(?:it|them|him|her|this)\b")


# "far left as you face the layout": the viewer facing what the picture shows as a whole (a thing faced, "as you
# face the altar", is in the scene and its sides are read after).
VIEWER_FACES_RE = re.compile(r"(?i)\bas\s+(?:you|we|one)\s+(?:faces?|looks?\s+at|views?|regards?)\s+(?:the|this)\s+"
                             r"(?:whole\s+)?([a-z]+)\b")


def _viewer_faces(match: re.Match) -> str:
    noun = language.singular(match.group(1).lower())
    faced = wordnet.is_noun(noun) and wordnet.is_concrete(noun) is False and not _names_the_text(noun)
    return "as you look" if faced or _names_the_text(noun) else match.group(0)


def _maker(match: re.Match) -> str:
    earlier = match.string[:match.start()].lower()
    named = re.search(rf"\b(?:a|an|one|two|three|some|several)\s+(?:[a-z]+\s+)?{match.group(1).lower()}s?\b",
                      earlier)
    brought = re.search(r"\bthere(?:'s|\s+is|\s+was)\s+(?:only\s+|just\s+)?$", earlier)  # "there's the cameraman"
    return match.group(0) if named or brought else "the viewer"


# "taken from a point off left of them", "watched from a post past the picture's right-hand end": where the one looking
# stands, a side of the scene; a spot or a post is no thing in it.
VANTAGE_SIDE_RE = re.compile(r"(?i)\bfrom\s+(?:a|one|some|my|our)\s+(?:spot|point|position|place|post|perch|hide"
                             r"|vantage\s+point|viewpoint)\s+(?:(?:out|off|away|well|way|far|over|just|round)\s+){0,2}"
                             r"(?:(?:to|on)\s+(?:the\s+)?|beyond\s+(?:the\s+)?(?:scene|picture|group|line)(?:'s)?\s+)?"
                             r"(left|right)(?:\s+(?:end|side|edge))?(?:\s+of\s+(?:them|it|him|her|the\s+scene|the\s+group))?\b")
VIEW_OF_VIEWER_RE = re.compile(r"(?i)\bfrom\s+the\s+(?:point\s+of\s+view|viewpoint|perspective|view|eyes?)\s+of\s+"
                               r"the\s+viewer\b")


# "Once upon a time a fox ...", "Gather round.", "Legend has it that ...", "They say that ...": how a story or a
# tale opens, calling the listeners or saying who tells it; no thing of the scene ("a time", "legend" are none).
STORY_OPENING_RE = re.compile(r"(?i)(^\s*|[.;:!?]\s+)(?:once\s+upon\s+a\s+time|long\s+ago|one\s+day"
                              r"|gather\s+(?:a?round|near|close)(?:\s*,\s*[a-z]+(?:\s+[a-z]+)?)?\s*[.!:;]"
                              r"|(?:legend|rumou?r|folklore|tradition)\s+has\s+it(?:\s+that)?"
                              r"|(?:the\s+)?(?:story|tale|legend)\s+goes(?:\s+that)?"
                              r"|(?:it\s+is|it's|'tis)\s+said(?:\s+that)?"
                              # a report's: "It was noted that ...", "It is recorded that ..."
                              r"|it\s+(?:is|was|has\s+been)\s+(?:noted|recorded|reported|observed|minuted|agreed"
                              r"|confirmed)\s+that"
                              r"|(?:they|people|folk|folks|some)\s+(?:say|said|tell|claim)\s+that)\s*,?\s*")


# Texting: greetings, asks and sign-offs around the request ("hiya could u draw this:", "... pls", "... lol",
# "ok so ...") are about the message, never things in the scene.
_CHAT_SIGN_OFF = (r"lol|lmao|rofl|haha+|hehe+|pls|plz|please|thx|thanx|thnx|thanks|thank\s+you|ty|tysm|tia|asap"
                  r"|ok|okay|kthx|kthxbye|cheers|btw|fyi|imo|imho|tbh|idk|ngl|lmk|smh|xx+|:\)|:D|;\)")
CHAT_SIGN_OFF_RE = re.compile(rf"(?i)(?:[\s,]+|^)(?:{_CHAT_SIGN_OFF})(?:\s*[!.]+)?\s*(?=[.;!?]|$)")
CHAT_OPENING_RE = re.compile(
    r"(?i)^\s*(?:(?:hi|hiya|hey|hello|yo|ok|okay|so|um+|erm+|uh+)\b[\s,!.]*)+"
    r"(?:(?:could|can|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+)?)?"
    r"(?:(?:draw|do|make|show|render|paint|sketch|picture|imagine)\s+(?:me\s+)?(?:this|the\s+following)\b\s*[:.,-]*)?\s*")


# Who the speaker addresses, set off by commas: "Right, class, ...", "..., everyone.", "Now, children:
# ...". The words that only ever address ("class", "everyone") go wherever they stand; those that also
# name things in a picture ("children", "kids") only after a discourse marker opening the sentence.
_MARKER = r"right|ok|okay|now|so|alright|all\s+right|well|listen|hey|hi|hello|morning|good\s+morning|come\s+on"
_ADDRESS = (r"class|everyone|everybody|folks|guys|y'all|you\s+all|you\s+guys|you\s+lot|ladies\s+and\s+gentlemen"
            r"|boys\s+and\s+girls")
_ADDRESS_AFTER_MARKER = rf"{_ADDRESS}|kids|children|boys|girls|students|pupils|friends|team|people|all"
VOCATIVE_RE = re.compile(rf"(?i)(^\s*|[.;:!?]\s*|,\s*)(?:(?:{_MARKER})\s*,\s*(?:{_ADDRESS_AFTER_MARKER})"
                         rf"|(?:{_ADDRESS}))\s*(?:[,:;!]+\s*|(?=[.?]|$))")


# "too many last time", "under the bed this time": when, no thing called a time.
# A guide's "on this stop", "at our next stop": where the tour is, nothing in the picture.
TOUR_STOP_RE = re.compile(r"(?i)\s*\b(?:on|at|for)\s+(?:this|the\s+next|our\s+next|the\s+first|our\s+first|our\s+last"
                          r"|the\s+last)\s+(?:stop|leg)\b")
TIME_PHRASE_RE = re.compile(r"(?i)\s*\b(?:last|this|next|that|the\s+first|the\s+last|every|each|one)\s+(?:time|morning"
                            r"|afternoon|evening|night|week|weekend|month|year|summer|winter|spring|autumn|day)\b"
                            # "at the time of the accident", "at the moment of the fall": when, no event drawn
                            r"|\s*\b(?:at|by|since)\s+the\s+(?:time|moment|hour|day)\s+of\s+"
                            r"(?:the|this|that|our|my|your)\s+[a-z]+\b")
# Editing a picture: "the teapot ended up in the middle: move it to the left": where it was, not where it goes
# (but where a thing "always ended up", "would end up", is where it is: the look-behind keeps those).
OLD_STATE_RE = re.compile(r"(?i)(?<!always)(?<!usually)(?<!often)(?<!would)(?<!'d)(?<!always\s)(?<!usually\s)"
                          r"(?<!often\s)(?<!would\s)\s+(?:has\s+|had\s+)?(?:ended|wound|finished)\s+up\s+(?:in|on|at|by|near|next\s+to"
                          r"|beside|behind|under)\s+[^:;,.]*")


# A letter's or a diary's greeting: "Dear diary, ...", "Dear Sam, ...".
SALUTATION_RE = re.compile(r"(?i)^\s*dear\s+[a-z][\w']*(?:\s+[a-z][\w']*)?\s*[,:!-]\s*")
# "Style: cross-stitch", "Medium: poster paint": a label saying the words after it are how it looks.
STYLE_LABEL_RE = re.compile(r"(?i)(^\s*|[.;!?]\s*)(?:art\s+|visual\s+|drawing\s+|painting\s+)?(?:style|medium|look"
                            r"|palette|technique|finish|aesthetic|rendering)\s*:\s*([^.;!?:]+)")


# Whom a sentence of the telling speaks to, set off by a comma and closing its clause: "my" and a word for a
# person or of endearment ("..., my dear,", "..., my old friend."), an adjective and "one" ("..., little one!"),
# or a bare singular noun, with no article or count, closing an exclamation or a question that opens with a
# command, a greeting or a question word ("Look at this, pumpkin!", "Morning, sunshine!", "Where is it, pet?").
# No thing of the scene is named so: a thing has its article, its count or its place.
ADDRESS_RE = re.compile(r"(?i),\s*(?:(?P<my>my\s+(?:[a-z]+\s+)?[a-z]+)|(?P<one>[a-z]+\s+one)|(?P<bare>[a-z]+))\s*"
                        r"(?=(?P<mark>[!?:,;]|\.\.\.|\u2026|\.(?!\w)|$))")
ADDRESS_KINDS = {"person", "animal", "food", "plant", "artifact", "feeling", "possession", "phenomenon"}
ADDRESS_OPENERS = {"hi", "hello", "hey", "hiya", "morning", "evening", "night", "goodnight", "well", "oh", "ah", "now",
                   "where", "what", "who", "which", "how", "can", "could", "do", "does", "did", "is", "are", "was",
                   "were", "will", "would", "good", "come", "thank", "thanks", "ok", "okay", "right"}


def without_addressee(text: str) -> str:
    """The one the telling speaks to, named in the middle or at the end of a sentence: see ``ADDRESS_RE``."""
    return ADDRESS_RE.sub(_addressee, text)


def _addressee(match: re.Match) -> str:
    if match.group("my"):
        word = match.group("my").split()[-1].lower()
        return "" if _endearment(word) or wordnet.is_adjective(word) and not wordnet.is_noun(word) else match.group(0)
    if match.group("one"):
        return "" if wordnet.is_adjective(match.group("one").split()[0].lower()) else match.group(0)
    word = match.group("bare").lower()
    if match.group("mark") not in ("!", "?") or not _endearment(word) or language.singular(word) != word:
        return match.group(0)
    sentence = re.split(r"[.!?;:]\s", match.string[max(0, match.start() - 200):match.start()])[-1].split()
    first = sentence[0].lower().strip(",") if sentence else ""
    commands = first not in DETERMINERS and wordnet.is_verb(first) and not first.endswith(("s", "ed", "ing"))
    return "" if commands or first in ADDRESS_OPENERS else match.group(0)


def _endearment(word: str) -> bool:
    """A word one may call someone by: a person's word, or a pet name from the animals, foods, plants or toys."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if wordnet.is_noun(word):
        return wordnet.kind(word) in ADDRESS_KINDS and word not in lexicon.COLORS and not lexicon.is_style_noun(word)
    return word not in STOP_WORDS and not (wordnet.is_adjective(word) or wordnet.is_verb(word) or
                                           wordnet.is_adverb(word))  # "kiddo": no dictionary has it


def _without_vocative(match: re.Match) -> str:
    before = match.group(1)
    rest = match.string[match.end():]
    # ", class." closes the sentence: the comma before goes too; ", class, behind ..." keeps one.
    return before if rest[:1] not in (".", "?", "") or not before.strip().startswith(",") else ""


def without_address(text: str) -> str:
    """The message around the scene: a greeting, whom it addresses, texting ("Dear diary, ...",
    "Right, class, ...", "... lol"); "Okay, kids," goes before the texting rules take the "Okay"."""
    return without_addressee(without_chat(VOCATIVE_RE.sub(_without_vocative, SALUTATION_RE.sub("", text))))


# Counting as a game or a diary: "count the owls: there are five", "Counted five owls": the owls, five.
COUNT_THEN_NUMBER_RE = re.compile(r"(?i)\bcount\s+(?:the\s+|all\s+the\s+)?([^;:,.]{1,80}?)\s*[;:,.]\s*"
                                  r"there\s+(?:are|were)\s+(\d+|[a-z]+)(?:\s+of\s+them)?\b")
COUNTED_RE = re.compile(r"(?i)(^\s*|[.;:!?]\s+)(?:i\s+|we\s+)?(?:counted|spotted|saw|found)\s+"
                        r"(?=(?:\d+|[a-z]+)\s+[a-z])")


def _counted(match: re.Match) -> str:
    things, count = match.groups()
    if language.number(count.lower()) is None:
        return match.group(0)
    # "Count them: there are six owls": the things named after the count
    return count if things.lower() in ("them", "these", "those", "it", "they", "all", "everything") else \
        f"{count} {things}"


def _counted_opening(match: re.Match) -> str:
    """"Counted five owls": the count stays, the counting goes ("Saw a fox" keeps its verb: no count)."""
    count = match.string[match.end():].split()[0].lower()
    return match.group(1) if language.number(count) is not None else match.group(0)


# A dream or a memory told as a list: "I dreamt of a fox, and then of two owls": the fox, the owls.
DREAMT_OF_RE = re.compile(r"(?i)\b(?:i\s+|we\s+)?(?:dreamt|dreamed|dream|dreaming|thought|think|thinking)\s+"
                          r"(?:of|about)\s+|(?<=,)(\s*(?:and\s+)?(?:then|finally|lastly|next|also)\s+)(?:of|about)\s+")


# The look said with a verb, closing its clause: "..., done as a linocut print", "rendered in pastel", "made to look
# like a felt collage": the art form is how it is drawn, as a bare closing "..., linocut print" says (a colour, a
# thing after the verb stay: "painted in red", "drawn as a cat").
VERB_STYLE_RE = re.compile(r"(?i)(?:\s*,\s*|\s+)(?:and\s+)?(?:all\s+|everything\s+|it\s+"
                           r"|the\s+whole\s+(?:thing|lot|scene|picture)\s+)?(?:done|rendered|made|drawn|painted"
                           r"|executed|finished|styled|created|produced|presented|worked|illustrated|sketched)"
                           r"(?:\s+(?:up|out))?\s+(?:as|in|like"
                           r"|to\s+look\s+like)\s+(?:(?:a|an)\s+)?((?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s*(?:[.;,!?]|$))")


def _verb_style(match: re.Match) -> str:
    last = match.group(1).split()[-1].lower()
    if lexicon.is_art_form(last) or lexicon.is_style_noun(last) or re.fullmatch(_PICTURE_NOUNS, last):
        # ("worked up as a claymation still": a picture of a kind)
        return ", " + match.group(1)
    if re.match(r"(?i)\s*,?\s*(?:and\s+)?(?:all|everything|it|the\s+whole\s+(?:thing|lot|scene|picture))\s+"
                r"(?:done|rendered|executed|styled|worked|finished|made|drawn|painted|presented)(?:\s+up)?\s+as\b",
                match.group(0)):
        # "..., everything done as a tapestry": how the whole is made, whatever it names
        return f", {match.group(1)} style"
    return match.group(0)


# A simile after how things are put: "stacked like pancakes", "lined up like soldiers", "fanned out like a hand of
# cards": a likeness, no thing in the scene (closing its clause; a place after it stays: "piled like logs by a door").
SIMILE_RE = re.compile(r"(?i)\b([a-z]+(?:ed|en|ing)(?:\s+(?:up|out|down|together|round|around))?)\s+like\s+"
                       r"(?:(?:a|an|so\s+many|some)\s+)?(?:[a-z'-]+\s+){0,2}?[a-z'-]+"
                       r"(?=\s*(?:[,.;:!?]|$)|\s+(?:on|in|under|beneath|by|beside|behind|near|at|along|across|against"
                       r"|next|inside|around|round|between)\b)")


def _simile(match: re.Match) -> str:
    return match.group(0) if match.group(1).lower() in ("made", "done", "drawn", "painted", "rendered", "styled",
                                                        "looking", "dressed") else match.group(1)


# Who reports the scene, opening a clause: "members reported two owls ...", "the wardens have logged a heron ...":
# people telling what they saw, no part of it (what they report is the scene).
# "Reports of a fox on the hard shoulder", "Sightings of two owls ...": the news of the things, which are the scene.
REPORTS_OF_RE = re.compile(r"(?i)(^\s*|[.;:!?]\s+)(?:(?:more|new|further|unconfirmed)\s+)?(?:reports?|sightings?"
                           r"|news|word|rumou?rs?)\s+of\s+(?=(?:a|an|the|one|two|three|four|five|six|seven|eight|nine"
                           r"|ten|several|some|\d+)\b)")
REPORTED_RE = re.compile(r"(?i)(^\s*|[.;:!?]\s*)(?:the\s+|our\s+|some\s+|several\s+)?([a-z]+)\s+(?:have\s+|had\s+)?"
                         r"(?:reported|recorded|noted|logged|listed|described|mentioned|submitted)\s+(?:seeing\s+)?")


def _reported(match: re.Match) -> str:
    who = match.group(2).lower()
    person = language.singular(who) != who and wordnet.kind(language.singular(who)) == "person"
    return match.group(1) if person or who in ("we", "i", "they", "you") else match.group(0)


# What a thing is there as, closing the clause: "..., as the signal", "as a warning", "as a joke": its purpose, an
# idea, no thing ("as a table", "as a doorstop" make it a thing and stay).
AS_ROLE_RE = re.compile(r"(?i)(?:\s*,\s*|\s+)as\s+(?:a|an|the|our|my|their|his|her)\s+([a-z]+)(?=\s*(?:[.;,!?]|$))")
# When, said by a sound of the hour: "when the clock strikes", "as the bells chime twelve": no clock drawn.
CLOCK_STRIKES_RE = re.compile(r"(?i)(?:\s*,\s*|\s+)(?:when|as|until|till|before|after|once)\s+the\s+"
                              r"(?:church\s+|town\s+)?(?:clock|bells?|chimes)\s+(?:strikes?|struck|chimes?|chimed|tolls?|tolled|rings?|rang)"
                              r"(?:\s+[a-z]+)?(?=\s*(?:[.;,!?]|$))")
# Left where it was found: "..., left in situ", "in situ": the Latin "in its place"; no site is named.
IN_SITU_RE = re.compile(r"(?i)(?:\s*,\s*|\s+)(?:(?:left|found|kept|preserved|recorded|photographed|still)\s+)?"
                        r"in\s+situ\b")


def _as_role(match: re.Match) -> str:
    noun = language.singular(match.group(1).lower())
    idea = wordnet.is_noun(noun) and wordnet.is_concrete(noun) is False and lexicon.known_noun(noun) is None and \
        not lexicon.is_style_noun(noun) and noun not in lexicon.COLORS and \
        wordnet.kind(noun) not in ("time", "location", "phenomenon", "person", "group")
    return "" if idea else match.group(0)


def without_asides(text: str) -> str:
    """When and how it was, and how it should look: "last time", "ended up in the middle" (an edit's
    old state), "Style: cross-stitch" (made style words); counting games said as counts; what a thing is
    there as ("as the signal"), a time said by a clock ("when the clock strikes"), "in situ"."""
    text = IN_SITU_RE.sub("", CLOCK_STRIKES_RE.sub("", AS_ROLE_RE.sub(_as_role, text)))
    text = OLD_STATE_RE.sub("", TIME_PHRASE_RE.sub("", TOUR_STOP_RE.sub("", text)))
    text = COUNT_THEN_NUMBER_RE.sub(_counted, text)
    text = DREAMT_OF_RE.sub(lambda m: m.group(1) or "", text)
    # (a cut opening's space would read as a word)
    text = REPORTED_RE.sub(_reported, COUNTED_RE.sub(_counted_opening, REPORTS_OF_RE.sub(r"\1", text))).strip()
    return SIMILE_RE.sub(_simile, VERB_STYLE_RE.sub(_verb_style, STYLE_LABEL_RE.sub(_as_style, text)))


def _as_style(match: re.Match) -> str:
    return match.group(1) + ", ".join(f"{part.strip()} style" for part in match.group(2).split(",") if part.strip())


# The picture named opening the prompt: "In this painting:", "Before the match, a fan's photo taken from
# behind: ...", "Our neighbour's sketch: ...": whose picture it is and when it was shown are no thing in it
# (the picture's own words stay for the camera: "photo taken from behind", "close-up").
_PICTURE_NOUNS = (r"picture|pic|photo|photograph|snap|snapshot|image|painting|drawing|sketch|illustration|print"
                  r"|canvas|shot|still|close[- ]?up|study|portrait|view|scene|frame")
IN_PICTURE_RE = re.compile(rf"(?i)^\s*in\s+(?:this|the|my|our|your)\s+(?:{_PICTURE_NOUNS})\s*[:,]\s*")
# ... and after a label or another sentence, with a word for which picture ("quick note: in my holiday snap there's
# ...", "In our wedding photo, ...", "in my old photo the cat ...", "in my snap bernadette is ..."): where the things
# are seen ("in the window frame, ..." is a place).
IN_PICTURE_CLAUSE_RE = re.compile(rf"(?i)(^\s*|[.;:!?]\s+)in\s+(?:this|the|my|our|your)\s+(?:([a-z]+)\s+)?"
                                  rf"(?:{_PICTURE_NOUNS})(?:\s*[:,]\s*|\s+(?=(?:there|the|a|an)\b|[a-z]+(?:'s|\s+(?:is|was|has))\b))")
# "Before the forecast, ...", "After the news, ...": a programme or an event the picture comes around; an
# event that is a thing ("before the fire") is where things stand.
PICTURE_TIME_RE = re.compile(r"(?i)^\s*(?:before|after|during|ahead\s+of)\s+(?:the|this|that|tonight's|today's)\s+"
                             r"([a-z]+)\s*,\s*")
PICTURE_OWNER_RE = re.compile(rf"(?i)^\s*(?:a|an|the|my|our|your|this)\s+(?:[a-z]+\s+){{0,2}}?[a-z]+'s\s+"
                              rf"(?=(?:{_PICTURE_NOUNS})\b)")
# "the scene was as follows:", "The layout is as follows.": what follows is the scene.
AS_FOLLOWS_RE = re.compile(r"(?i)(^\s*|[.;:!?]\s*)(?:the\s+)?(?:scene|picture|view|layout|setup|set-up|arrangement"
                           r"|situation|position|positions|image|photo|photograph)\s+(?:is|was|were|are)\s+as\s+follows"
                           r"\s*[:.;,]\s*")


# A lighting cue: "single special on a cat", "warm wash, centre stage, on two chairs", "downlight on a lamp": the
# stage's light falls on the things after "on"; no light is a thing on the stage.
# (A pool or a wash only with what a light's has: "a tight pool", "a warm wash"; "a pool on a lawn" is water.)
STAGE_LIGHT_RE = re.compile(r"(?i)(^\s*|[.;:!?]\s*)(?:(?:a|an|one|single|lone|two|soft|hard|bright|dim|narrow)\s+)"
                            r"{0,2}(?:(?:specials?|downlights?|uplights?|backlights?|spotlights?|follow\s*spots?"
                            r"|lights\s+up)"
                            r"|(?:tight|narrow)\s+(?:pools?|spots?)|(?:warm|cool|cold|blue|amber|general|golden)\s+wash)"
                            r"(?:\s*,\s*([^,;:.]{1,30}?)\s*,)?\s+on\s+")


# "... on a chair, stage left, and on a lamp": the light on the next thing too, said again.
LIT_TOO_RE = re.compile(r"(?i)(,\s*|\s)and\s+(?:also\s+)?on\s+(?=(?:a|an|the|one|two|three|four|five|six|\d+)\s|[A-Z])")


def _stage_light(match: re.Match) -> str:
    return match.group(1) + (f"{match.group(2)}, " if match.group(2) else "")


def without_stage_light(text: str) -> str:
    """The things a lighting cue falls on, without the light: "lights up on a chair, and on a lamp": a chair, a lamp."""
    lit = STAGE_LIGHT_RE.search(text)
    if lit is None:
        return text
    end = re.search(r"[.;!?]", text[lit.end():])
    end = lit.end() + end.start() if end else len(text)
    return text[:lit.start()] + _stage_light(lit) + LIT_TOO_RE.sub(r"\1and ", text[lit.end():end]) + \
        without_stage_light(text[end:])


# The reader asked to move before looking, opening the prompt: "Now crouch down a little:", "Step closer to this
# one:": where the one looking goes, no thing (a thing named in it keeps the clause: "Look under the bench: ...").
READER_MOVE_RE = re.compile(r"(?i)^\s*(?:(?:now|so|ok|okay|right)\s*,?\s+)?(?:step|bend|come|lean|crouch|kneel|stoop"
                            r"|move|walk|get|climb|sit)\b([^:.;!?]{0,40}):\s*")
READER_MOVE_WORDS = {"a", "little", "bit", "step", "steps", "few", "right", "up", "down", "in", "over", "closer",
                     "nearer", "low", "lower", "to", "this", "one", "here", "back", "forward", "now", "and", "just"}
# "The damage occurred when ...", "The accident happened as ...": when the scene is, said by an event; no thing.
EVENT_WHEN_RE = re.compile(r"(?i)(^\s*|[.;:!?]\s*)(?:the|this|that|our|my)\s+([a-z]+)\s+(?:occurred|happened"
                           r"|took\s+place|was\s+caused)\s+(?:when|as|while|because)\s+")


def _without_reader_move(text: str) -> str:
    move = READER_MOVE_RE.match(text)
    if move and all(w in READER_MOVE_WORDS for w in re.findall(r"[a-z]+", move.group(1).lower())):
        return text[move.end():]
    return text


def _event_when(match: re.Match) -> str:
    noun = match.group(2).lower()
    return match.group(1) if wordnet.is_noun(noun) and not wordnet.is_concrete(noun) else match.group(0)


def _without_picture_owner(text: str) -> str:
    when = PICTURE_TIME_RE.match(text)
    rest = text[when.end():] if when and wordnet.is_noun(when.group(1).lower()) and \
        not wordnet.is_concrete(when.group(1).lower()) else text
    owner = PICTURE_OWNER_RE.match(rest)
    if owner:
        return rest[owner.end():]
    return rest if rest is not text and (IN_PICTURE_RE.match(rest) or re.match(rf"(?i)\s*(?:{_PICTURE_NOUNS})\b",
                                                                               rest)) else text


# A text about the picture heading the prompt: "Quick note about my holiday snap:", "Some thoughts on this photo:",
# "Caption for our wedding print:": a message (or a thought) and the picture it is about; no thing.
PICTURE_TOPIC_RE = re.compile(rf"(?i)^\s*(?:[a-z]+\s+){{0,2}}?([a-z]+)\s+(?:about|on|re|for|of|from)\s+"
                              rf"(?:this|the|my|our|your)\s+(?:([a-z]+)\s+)?(?:{_PICTURE_NOUNS})\s*:\s*(?=\S)")


# "my zoomed-in snap of a travel clock ...", "Our old photo of two kids ...": the speaker's picture opening the
# clause, and what it is of; how it was taken stays for the camera ("zoomed-in").
OWN_PICTURE_OF_RE = re.compile(rf"(?i)(^\s*|[.;:!?]\s+)(?:my|our|your)\s+((?:[\w-]+\s+){{0,2}}?)"
                               rf"(?:{_PICTURE_NOUNS})\s+of\s+(?=(?:a|an|the|one|two|three|four|five|six|\d+)\b)")


def _own_picture_of(match: re.Match) -> str:
    return f"{match.group(1)}{match.group(2).strip()}, " if match.group(2) else match.group(1)


def _without_picture_topic(text: str) -> str:
    topic = PICTURE_TOPIC_RE.match(text)
    if topic is None or wordnet.kind(language.singular(topic.group(1).lower())) not in LABEL_KINDS or \
            _a_thing(topic.group(2)):
        return text  # "A cat on the photo:": a thing
    return text[topic.end():]


def _in_picture(match: re.Match) -> str:
    return match.group(0) if _a_thing(match.group(2)) else match.group(1)


def _a_thing(word: str | None) -> bool:
    """A word before a picture's that makes another thing of it: "window frame" (not "holiday snap")."""
    return word is not None and (wordnet.is_concrete(word.lower()) is True or
                                 lexicon.known_noun(word.lower()) is not None)


# The picture named by what it is on or in, as the subject of showing it: "The slide showed a fox ...", "Her painting
# has a fox ...", "the thumbnail is only a fox ...", "the listing photo's a close crop of ...": the picture itself,
# and so is that word said again after ("... on the slide."). The medium is a word for a picture, a print, a page
# or a screen (one naming a thing before it, "the window frame", is no medium).
_MEDIUM_WORDS = rf"{_PICTURE_NOUNS}|thumbnail|slide|transparency|poster|postcard|print|mural|screenshot|screengrab" \
    r"|still|frame\s*grab|cover|plate|figure|diagram|plan|map|chart|sketch|doodle|cartoon|comic|panel|page|screen"
_SHOWING_PROPER = r"shows?|showed|shown|depicts?|depicted|features?|featured|captures?|captured|includes?|included" \
    r"|presents?|presented" \
    r"|(?:looks?|looked|looking|peers?)\s+(?:straight|directly|right|vertically|down|up|across|along|over|out|from)"
_SHOWING = _SHOWING_PROPER + r"|has|had|places?|placed|puts|holds|contains"  # (what shows, or holds)
_SHOWING_ADVERB = r"(?:\s+(?:only|just|also|clearly|now|still))?"
MEDIUM_SUBJECT_RE = re.compile(rf"(?i)(^\s*|[.;:!?]\s+|\bthat\s+)(?:the|this|that|my|our|your|her|his|their)\s+"
                               rf"(?:([a-z]+)\s+)?({_MEDIUM_WORDS})(?={_SHOWING_ADVERB}"
                               rf"\s+(?:{_SHOWING})\b|(?:'s|\s+is|\s+was)\s+"
                               r"(?:just|only|simply|mostly|nothing\s+but|all|a|an|this|shot|taken|of)\b)")
# "..., as it is drawn on the section", "as marked on the plan", "as shown in the leaflet": the text or the drawing the
# scene is read from, whatever its word; no thing in the scene.
AS_DRAWN_RE = re.compile(r"(?i)(?:\s*,\s*|\s+)as\s+(?:drawn|shown|pictured|depicted|marked|plotted|sketched|recorded"
                         r"|labell?ed|illustrated|printed)\s+(?:on|in)\s+(?:the|this|that|my|our|your|her|his|their)\s+"
                         r"(?:[a-z]+\s+){0,2}?[a-z]+(?=\s*(?:[.;,!?]|$))")
# Those who will look, said as a kind of people: "Passengers will see ...", "Visitors can spot ...": the viewer,
# and their left and right the viewer's.
VIEWERS_SEE_RE = re.compile(r"(?i)(^\s*|[.;:!?]\s+)(?:the\s+)?(?:passengers|visitors|readers|viewers|onlookers"
                            r"|spectators|travellers|travelers|walkers|drivers|guests|tourists|listeners|customers)\s+"
                            r"(will|can|could|may|might|should|would)\s+(see|spot|notice|find|make\s+out)\b([^.;!?]*)")


# "the thumbnail": a small picture standing for a bigger one, or a video's (a thumb's nail is someone's: "her
# thumbnail").
THUMBNAIL_RE = re.compile(r"(?i)\b(the|this|that|each|every)\s+thumbnail\b")


# "X appears left of Y on the slide": what a thing appears on, closing the clause, is the picture it is shown in.
APPEARS_ON_RE = re.compile(rf"(?i)(\b(?:appears?|appeared|is\s+shown|are\s+shown|is\s+pictured|are\s+pictured"
                           rf"|can\s+be\s+seen|shows\s+up|show\s+up)\b[^.;:!?]*?)\s+(?:on|in)\s+the\s+"
                           rf"(?:{_MEDIUM_WORDS})(?=\s*(?:[.;!?]|$))")


def _appears_on(match: re.Match) -> str:
    medium = match.group(0).split()[-1].lower()
    placed = re.search(r"(?i)\b(?:left|right|centre|center|middle|top|bottom)\b", match.group(1))
    if medium in THING_MEDIA and not placed:
        return match.group(0)  # ("a crack appears in the plate": where the crack is, a plate; "appears left of a
        # punt on the slide": placed within the picture)
    return match.group(1) + " in the picture"


# "far left in our view from the stile": the speaker's view from where they stand, a view, no stile in it.
VIEW_FROM_RE = re.compile(r"(?i)\b((?:my|our|your|the)\s+view)\s+from\s+(?:the|my|our|a)\s+(?:[a-z]+\s+)?[a-z]+"
                          r"(?=\s*(?:[.;,!?]|$))")


# Media words that are also everyday things: a picture only as what shows ("the slide showed a fox"), never as what
# has, holds or carries ("the plate holds two pears", "a crack appears in the plate").
THING_MEDIA = {"slide", "still", "cover", "plate", "figure", "plan", "map", "chart", "panel", "page", "screen", "print",
               "poster", "transparency"}
SHOWING_PROPER_RE = re.compile(rf"(?i){_SHOWING_ADVERB}\s+(?:{_SHOWING_PROPER})\b")


def without_picture_medium(text: str) -> str:
    """The picture named by its medium: see ``MEDIUM_SUBJECT_RE``, ``AS_DRAWN_RE``, ``VIEWERS_SEE_RE``,
    ``APPEARS_ON_RE``, ``VIEW_FROM_RE``."""
    text = AS_DRAWN_RE.sub("", THUMBNAIL_RE.sub(r"\1 picture", text))
    text = VIEW_FROM_RE.sub(r"\1", APPEARS_ON_RE.sub(_appears_on, text))
    text = VIEWERS_SEE_RE.sub(lambda m: f"{m.group(1)}you {m.group(2)} {m.group(3)}" +
                              re.sub(r"(?i)\btheir\s+(left|right)\b", r"your \1", m.group(4)), text)
    match = MEDIUM_SUBJECT_RE.search(text)
    if match is None or _a_thing(match.group(2)) or \
            match.group(2) and match.group(2).lower() in DETERMINERS | POSSESSIVES | SPATIAL_WORDS or \
            match.group(3).lower() in THING_MEDIA and not SHOWING_PROPER_RE.match(text, match.end()):
        return text  # ("the plate holds two pears", "the figure has a lantern": a plate, a figure)
    medium = re.escape(match.group(3))
    rest = re.sub(rf"(?i)\b(?:the|this|that)\s+{medium}\b(?!\s+(?:of|in|on)\b)", "the picture",
                  text[match.end():])
    return text[:match.start()] + match.group(1) + "the picture" + rest


# A log's opening boast with a code for what was found or done: "Found GC1234 today!", "Bagged NY123 at last.": the
# code names a record, no thing in the picture.
FOUND_CODE_RE = re.compile(r"(?i)^\s*(?:(?:i|we)\s+)?(?:found|logged|visited|spotted|bagged|reached|completed|did"
                           r"|finished|ticked\s+off)\s+(?:[A-Z]{1,4}-?\d{2,7}|#\d{1,7})(?:\s+(?:today|yesterday|tonight"
                           r"|this\s+(?:morning|afternoon|evening)|at\s+last|finally))?\s*[!.]+\s*")


def without_openers(text: str) -> str:
    """What opens the request, not the scene: "For a card:", "Need a pic:", "Once upon a time", "As seen
    from a cliff -", "Paint Odalys ...", and the artist credited ("art by Greg Rutkowski")."""
    text = BRACKETED_SHOT_RE.sub(r"\1: \2.", NUMBERED_PICTURE_RE.sub("The picture ", text))
    text = without_picture_medium(FOUND_CODE_RE.sub("", text))
    text = without_frame_heading(without_numbered_label(text))
    text = IN_PICTURE_CLAUSE_RE.sub(_in_picture, _without_picture_owner(_without_picture_topic(text)))
    text = OWN_PICTURE_OF_RE.sub(_own_picture_of, text)
    text = without_stage_light(AS_FOLLOWS_RE.sub(r"\1", text))
    text = EVENT_WHEN_RE.sub(_event_when, _without_reader_move(text))
    text = ARTIST_RE.sub(r"\1", PREAMBLE_RE.sub("", text))
    text = STORY_OPENING_RE.sub(r"\1", text)
    text = VANTAGE_RE.sub("", text)
    return REQUEST_BEFORE_NAME_RE.sub(lambda m: m.group(1) or m.group(2) or "", text)


# "#nofilter", "#sundaystroll": a post's tags file it under a topic; nothing in the scene.
HASHTAG_RE = re.compile(r"(?<![\w&#])#[A-Za-z]\w*")


# Hesitations set off by commas: "..., and under it, um, a dog", "a cat, like, on a mat".
HESITATION_RE = re.compile(r"(?i),\s*(?:um+|uh+|er+|erm+|like|you\s+know|i\s+mean|oh|yeah|well)\s*(?=,)")


# Texting inside the sentence: laughter ("a bike lol and ..."), "n" for "and" ("a sofa n a tv"), the
# dropped g of "sittin", "chillin'" (a word no dictionary has as it stands: "cabin", "robin" stay).
LAUGHTER_RE = re.compile(r"(?i)(?<![\w'])(?:lol|lmao|lmfao|rofl|haha+|hehe+)(?![\w'])")
TEXTED_AND_RE = re.compile(r"(?<=[a-z] )n(?= [a-z0-9])")
DROPPED_G_RE = re.compile(r"(?<![\w'])[a-z]{2,20}in(?:'|(?![\w']))")


def _with_g(match: re.Match) -> str:
    word = match.group(0).rstrip("'")
    if wordnet.is_noun(word) or wordnet.is_adjective(word) or wordnet.is_adverb(word) or \
            not wordnet.is_verb(word + "g"):
        return match.group(0)
    return word + "g"


# Asking nicely inside a clause, after the thing asked for: "three owls pls, no more", "a sofa please and a lamp".
# (Not after "you" or "and": "could you please ..." is how a request opens.)
POLITE_AFTER_NOUN_RE = re.compile(r"(?i)(?<=[a-z])(?<!\byou)(?<!\bu)(?<!\band)(?<!\bso)\s+"
                                  r"(?:pls|plz|please|ty|thx|thanks|tysm)\b"
                                  r"(?=\s*[,;:]|\s+(?:a|an|the|and|then|not|but|with|no)\b)")


def without_chat(text: str) -> str:
    """The request without its texting: "ok picture this two cats lol #cute" -> "two cats"."""
    text = POLITE_AFTER_NOUN_RE.sub("", text)
    text = CHAT_OPENING_RE.sub("", HESITATION_RE.sub("", HASHTAG_RE.sub("", text)), count=1)
    text = DROPPED_G_RE.sub(_with_g, TEXTED_AND_RE.sub("and", LAUGHTER_RE.sub("", text)))
    while (cut := CHAT_SIGN_OFF_RE.sub("", text)) != text:
        text = cut
    return text


# What people open a sentence with to ask for a picture; the first six never name a thing there.
_DEPICT = "generate|render|depict|illustrate|create|frame|visuali[sz]e|envisage|envision"
_REQUEST = rf"{_DEPICT}|paint|draw|show|put|place|make|sketch|imagine|picture|add|give|photograph|keep|design|set|let"


# "Paint Odalys on the right", "Sketch Wilhelmina beside a lamp": the request opening a sentence
# goes before a name, which the small model would otherwise take as the name's first word.
REQUEST_BEFORE_NAME_RE = re.compile(
    rf"(^|[.;:!?]\s+)(?i:(?:please\s+)?(?:{_REQUEST}))\s+(?=[A-Z][a-z])"
    rf"|(^|[.;:!?]\s+)(?i:(?:please\s+|pray\s+|kindly\s+)?(?:{_DEPICT}))\s+(?!of\b)")


# A compass point in capitals after the weather it is said of: "wind NE", "swell SW": where from, spelt out (the
# letters alone read as a name; "N gauge", "Plan E" stay).
COMPASS_RE = re.compile(r"\b([A-Za-z]+)\s+([NSEW]{1,3})\b(?![\w'-])")
COMPASS_POINTS = {"N": "north", "S": "south", "E": "east", "W": "west", "NE": "northeast", "NW": "northwest",
                  "SE": "southeast", "SW": "southwest", "NNE": "north-northeast", "ENE": "east-northeast",
                  "ESE": "east-southeast", "SSE": "south-southeast", "SSW": "south-southwest",
                  "WSW": "west-southwest", "WNW": "west-northwest", "NNW": "north-northwest"}


def _compass(match: re.Match) -> str:
    said = match.group(1).lower()
    if match.group(2) not in COMPASS_POINTS or not lexicon.is_style_noun(said) or wordnet.kind(said) != "phenomenon":
        return match.group(0)
    return f"{match.group(1)} {COMPASS_POINTS[match.group(2)]}"


def normalise(prompt: str) -> str:
    """Punctuation and spelling the tables expect; the case is kept, names need it."""
    text = LOOKER_RE.sub("the viewer", prompt.replace("\u2019", "'").replace("\u2018", "'"))
    text = COMPASS_RE.sub(_compass, text)
    text = VIEW_OF_ALL_RE.sub(r"\1", text)  # "from behind the whole lot" (the phrase tables read its sides)
    text = VIEW_OF_VIEWER_RE.sub("from the viewer's point of view", MAKER_RE.sub(_maker, text))
    text = VANTAGE_SIDE_RE.sub(r"from the \1", text)  # "from a point off left of them"
    text = VIEWER_SEES_RE.sub("as you look", text)  # "far left as the audience sees it"
    text = VIEWER_FACES_RE.sub(_viewer_faces, text)  # "far left as you face the display"
    text = PICTURE_WORD_RE.sub("the picture", re.sub(r"(?i)\bpic\b", "picture", text))  # "the whole pic"
    text = PICTURE_SIDE_RE.sub(r"\1picture", THIS_PICTURE_RE.sub("in this picture", text))
    text = BARE_VIEWER_SIDE_RE.sub(r"\1on the viewer's \2", text)  # "a cat, audience's left, ..."
    text = FACING_FRAME_SIDE_RE.sub(r"\1", text)  # "facing the left of the screen": facing left
    text = STUDY_OF_RE.sub(lambda m: f"{m.group(1)} close-up of" if m.group(2) else f"{m.group(1)} drawing of", text)
    text = DOUBLE_BARRELLED_RE.sub(r"\1\2_\3", text)  # "Mrs Adeyemi-Brown": one surname (no brown in it)
    text = SHORT_ORDER_RE.sub(_short_order, text)  # "Pictured (L to R): ..."
    text = ACCENTED_RE.sub(_unaccented, text)  # "a cat in a café": the tables spell it "cafe"
    text = LINE_BREAK_RE.sub(_line_break, text)  # "a cat / under the bench / so still": lines of a verse, each
    # read whole by the rewrites ("behind the van / a fox, mostly hidden")
    for regex, replacement in CAPTION_REWRITES_RE:  # before brackets go: "a sundial (left)"
        text = regex.sub(replacement, text)
    text = BRACKETED_LOOK_RE.sub(_look_before_noun, text)  # "a cat (ginger)" is a ginger cat
    text = BARE_SIDE_RE.sub(_bare_side, text)  # "barn left, silo right"
    text = TRAILING_BRACKET_RE.sub(r", \1", text)  # "... behind the shed (lino print)." how it is drawn
    text = re.sub(r"[\"()\[\]{}]", " ", text)
    text = re.sub(r"\s+[+&]\s+", " , ", text)  # "a cat + a lamp", "hats & scarves": a list
    text = re.sub(r"\s*[\u2012-\u2015]\s*|\s+-+\s+|--+", ", ", text)  # a dash between clauses is a comma
    text = re.sub(r"(?i)\b(left|right)[- ]hand(?:ed)?\b", r"\1", text)  # "the right-hand side": the right side
    text = FRAME_POSSESSIVE_RE.sub(lambda m: f"the {m.group(1)}{m.group(2) or 'picture'}", text)  # "your screen"
    # "sun-drenched", "snow-covered", "candle-lit": one adjective, no sun, snow or candle in it.
    text = JOINED_PARTICIPLE_RE.sub(r"\1\2", text)  # "well-worn" too ("a tea-set" stays)
    text = HYPHENATED_RE.sub(_one_word, text)  # "a jack-in-the-box": one noun, whatever its words say
    text = PARTICLE_NOUN_RE.sub(_particle_word, text)  # "a lean-to", "a drive-in", "a ride-on mower"
    text = JOINED_ADJECTIVE_RE.sub(_joined_adjective, text)  # "a second-hand printer": no hand in it
    text = NUMBERED_ADJECTIVE_RE.sub(_numbered_adjective, text)  # "a two-tone chair" is one chair
    text = re.sub(r"(?i)\bukiyo-e\b", "ukiyoe", text)  # the print style, one word
    text = re.sub(r"(?i)\blow[- ]poly\b", "lowpoly", text)  # the 3D style: no "poly" in the scene
    text = COINED_PAIR_RE.sub(_coined_pair, text)  # "a helter-skelter", "a tuk-tuk": one word
    text = DETERMINED_HYPHEN_RE.sub(_determined_hyphen, text)  # "a great-grandma" is one person
    text = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", text)  # "close-up", "left-facing", "teddy-bear"
    text = re.sub(r"(?<=\d)\s*[x\u00d7]\s*(?=\d)", " by ", text)  # "a 3x4 grid"
    text = re.sub(r"(?i)\b(?:children|women|men|people|kids)'s\s+(?=[a-z])", "", text)  # "children's books": books
    text = re.sub(r"\b(\w+)'s\b", r"\1", text)  # "the dog's left" -> "the dog left" (rare; keeps tokens clean)
    text = re.sub(r"(?i)colour", "color", text)
    # "a cow some way off in the dark", "in the gloom": the light, as "in darkness" says it (no thing called dark)
    text = re.sub(r"(?i)\b(in|into|out\s+of)\s+the\s+(?:dark|darkness|gloom|murk|blackness|pitch\s+dark)"
                  r"(?=\s*(?:[.;,!?]|$))", r"\1 darkness", text)
    text = re.sub(r"(?i)\bin\s+(fore|back|mid)ground\b", r"in the \1ground", text)  # "castle in background"
    return UNMEASURED_DISTANCE.sub("", text)


# The whole scene named as a whole ("everything", "it all", "the whole lot"): seen from behind it, it is seen
# from behind (its sides and ends are the picture's: the phrase tables read "the left-hand side of everything").
_ALL_OF_IT = r"(?:everything|it\s+all|all\s+of\s+it|the\s+whole\s+lot|the\s+lot|the\s+whole\s+thing)"
VIEW_OF_ALL_RE = re.compile(rf"(?i)(\bfrom\s+(?:behind|above|below|beneath|in\s+front\s+of|beside|over))\s+"
                            rf"{_ALL_OF_IT}\b")


# A line break written as a spaced stroke, as verse and notes are set on one line: "a hen / on the gate / at dawn".
LINE_BREAK_RE = re.compile(r"\s+/\s+")
# A line that opens with one of these says where the thing on the line next to it is: "under the bench / a fox".
PLACING_WORDS = {"in", "on", "at", "by", "under", "underneath", "beneath", "below", "above", "over", "behind", "beside",
                 "near", "next", "inside", "outside", "atop", "upon", "onto", "against", "among", "amid", "between",
                 "across", "along", "around", "round", "before", "past", "beyond", "opposite", "up", "down", "off"}
PLACING_LEADS = {"just", "right", "close", "far", "well", "up", "down", "out", "over", "high", "low", "tucked"}


def _line_break(match: re.Match) -> str:
    """A comma when the line before or after only says where ("a gavel / up on the shelf", "under the bench / a
    fox"): the place and its thing are one clause; a semicolon between lines that each name their own thing."""
    before = re.split(r"[/.;!?]", match.string[max(0, match.start() - 80):match.start()])[-1].split()
    after = re.split(r"[/.;!?]", match.string[match.end():match.end() + 80])[0].split()
    return ", " if _places(before) or _places(after) else "; "


def _places(line: list[str]) -> bool:
    """The line only says where ("up on the shelf"); "behind it, a windmill" says where and what, a clause whole."""
    if any(w.endswith(",") for w in line[:-1]):
        return False
    words = [w.lower().strip(",:") for w in line]
    while len(words) > 1 and words[0] in PLACING_LEADS and words[1] in PLACING_WORDS | PLACING_LEADS:
        words = words[1:]  # "right by the door", "up on the shelf", "just behind it"
    return bool(words) and words[0] in PLACING_WORDS


# The picture as a craft's finished work names it: "the whole piece", "the centre of the piece" (a piece of
# something is a bit of it: "a piece of cake").
PICTURE_WORD_RE = re.compile(r"(?i)\bthe\s+(?:whole|entire|finished)\s+piece\b(?!\s+of\b)"
                             r"|(?<=\bof\s)the\s+piece\b(?!\s+of\b)")
# "on the right of the drawing", "in the top corner of the canvas": a side of the picture, whatever it is drawn on
# ("to the right of the painting" may be a painting on a wall).
PICTURE_SIDE_RE = re.compile(r"(?i)\b((?:on|in|at)\s+the\s+(?:(?:far|very|extreme)\s+)?(?:left|right|top|bottom"
                             r"|centre|center|middle)(?:[- ]hand)?(?:\s+(?:side|half|edge|corner|third|end))?"
                             r"\s+of\s+the\s+)"
                             r"(?:whole\s+)?(?:drawing|sketch|painting|canvas|page|photo|photograph|print|piece"
                             r"|sheet|diagram|illustration)\b")
# A side said as the viewer's, bare after a comma as stage notes have it: "a chair, audience's left, ...".
BARE_VIEWER_SIDE_RE = re.compile(r"(?i)(,\s*)(?:the\s+)?(?:audience|viewer|onlooker|house)(?:'s|s'|s)?\s+(left|right)\b"
                                 r"(?!\s+(?:of|side|hand|half|edge)\b)")
# "facing the left of the screen": facing left, as the viewer sees it.
FACING_FRAME_SIDE_RE = re.compile(r"(?i)(?<=\bfacing\s)(?:towards\s+)?the\s+(left|right)"
                                  r"(?:\s+(?:side|edge|hand\s+side))?\s+of\s+(?:the|your|my|our)\s+"
                                  r"(?:screen|picture|page|frame|image|photo|canvas|view)\b")
# "on this page", "in this drawing": the picture itself.
THIS_PICTURE_RE = re.compile(r"(?i)\b(?:in|on)\s+this\s+(?:page|drawing|painting|canvas|sketch|photo|photograph|piece"
                             r"|print|card|sheet)\b(?!\s+of\b)")
# "a study of a vase": a drawing of it, "a close study" one from close up.
STUDY_OF_RE = re.compile(r"(?i)\b(a|an|the|this)\s+(close\s+|detailed\s+)?study\s+of\b")


# A borrowed word written with its accents ("café", "crêpe", "jalapeño"), lower case and three letters or more
# (names keep theirs, and so does a French "à").
ACCENTED_RE = re.compile(r"(?<![^\W\d_])(?=[a-z\u00e0-\u00ff]{3})[a-z]*[\u00e0-\u00ff][a-z\u00e0-\u00ff]*(?![^\W\d_])")


def _unaccented(match: re.Match) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", match.group(0)) if not unicodedata.combining(c))
    return plain if plain.isascii() else match.group(0)


# A caption's "(L to R)", "(l-r)": the list's order across the picture, in full words.
SHORT_ORDER_RE = re.compile(r"(?i)\(\s*(?:from\s+)?([lr])\s*(?:to|-|\u2013|>|\u2192)\s*([lr])\s*\)")


def _short_order(match: re.Match) -> str:
    first, last = ("left" if side.lower() == "l" else "right" for side in match.groups())
    return f", from {first} to {last} " if first != last else match.group(0)


# Brackets closing a sentence hold an aside, most often how it is drawn: "... by the shed (lino print).".
TRAILING_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)\s*(?=[.!?;]|$)")
# A describing word in brackets after a noun: "a cat (ginger)", "the vase (tall)".
BRACKETED_LOOK_RE = re.compile(r"\b([A-Za-z]+)\s+\(\s*([a-z]+)\s*\)")


def _look_before_noun(match: re.Match) -> str:
    noun, look = match.groups()
    if wordnet.is_adjective(look) and not wordnet.is_noun(look) or look in lexicon.COLORS:
        return f"{look} {noun}"
    return match.group(0)


# A noun and a bare side closing its list item, as notes are written: "barn left, silo right".
BARE_SIDE_RE = re.compile(r"(?i)\b([a-z]{3,})\s+(left|right)\s*(?=[,;.]|$)")
NOT_PLACED_BY_SIDE = {"turn", "turned", "turns", "face", "faces", "facing", "look", "looks", "looking", "point",
                      "points", "pointing", "head", "heads", "heading", "go", "goes", "going", "keep", "stay", "far",
                      "top", "bottom", "upper", "lower", "screen", "stage", "camera", "frame", "picture", "image",
                      "house", "audience", "lean", "leans", "leaning", "step", "steps", "move", "moves", "slightly",
                      "bit", "more", "further", "farther", "back", "front", "and", "the", "extreme", "centre", "center"}


POSSESSIVES = {"its", "his", "her", "their", "our", "my", "your", "whose"}


def _bare_side(match: re.Match) -> str:
    word, side = match.groups()
    if word.lower() in NOT_PLACED_BY_SIDE | PRONOUNS | DETERMINERS | POSSESSIVES or \
            len(word) > 4 and word.lower().endswith(("ing", "ed", "ly")) or \
            not wordnet.is_noun(language.singular(word.lower())):
        return match.group(0)
    return f"{word} on the {side}"


# Past participles not in -ed that join a word before them into one adjective: "well-worn", "hand-made".
IRREGULAR_PARTICIPLES = ("worn", "known", "kept", "made", "built", "born", "grown", "drawn", "torn", "sewn", "spun",
                         "read", "done", "thrown", "shorn", "hewn", "bred", "fed", "felt")
JOINED_PARTICIPLE_RE = re.compile(rf"\b([A-Za-z]+)-([A-Za-z]+(?:ed|lit)|{'|'.join(IRREGULAR_PARTICIPLES)})\b")

NUMBERED_ADJECTIVE_RE = re.compile(r"\b([A-Za-z]+|\d+)-([A-Za-z]+)\b")


def _numbered_adjective(match: re.Match) -> str:
    """"two-tone", "four-poster", "three-legged": a number joined to a word describes one thing (and
    only a participle is read as a word of its own); a number joined to a number ("twenty-one") or
    to "by" ("3-by-4") stays a count."""
    first, second = match.group(1), match.group(2)
    if language.number(first.lower()) is None or language.number(second.lower()) is not None or \
            second.lower() in ("by", "and", "or", "to"):
        return match.group(0)
    if wordnet.is_concrete(f"{first}_{language.singular(second)}".lower()):
        return f"{first}_{second}"  # "a four-poster bed", "a two-seater": the dictionary's name of a thing
    return f"{first}{second}" if second.lower().endswith("ed") else ""  # ("three-legged" is an adjective still)


# A hyphenated word just after an article, a number or an owner, with no noun after it: the thing
# itself ("a great-grandma", "two trick-or-treaters", "my step-dad"), one name, whatever its parts say.
DETERMINED_HYPHEN_RE = re.compile(r"(?i)\b((?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|twelve|my|your"
                                  r"|his|her|our|their|this|that|these|those|\d+)\s+)([a-z]+(?:-[a-z]+)+)\b(?![-'\u2019])")
HYPHEN_HEAD_KINDS = {"person", "animal", "artifact", "plant", "food"}


def _determined_hyphen(match: re.Match) -> str:
    parts = match.group(2).lower().split("-")
    following = re.match(r"\s+([A-Za-z]+)", match.string[match.end():])
    after = following.group(1).lower() if following else ""
    # A verb agreeing with the word as its subject ("a great-granddad dozes", "two trick-or-treaters wait"):
    # the word is the thing, whatever noun the verb also spells.
    plural = language.is_plural(parts[-1])
    agrees = wordnet.is_verb(after) and (after.endswith("s") and not after.endswith("ss")) != plural
    if after and after not in COMMON_WORDS and wordnet.is_noun(language.singular(after)) and not agrees:
        return match.group(0)  # ("a dog-eared book", "a ride-on mower": it describes the noun after it)
    if wordnet.kind(language.singular(parts[-1])) not in HYPHEN_HEAD_KINDS or \
            wordnet.is_adjective("".join(parts)) or wordnet.is_adjective("_".join(parts)):
        return match.group(0)  # ("the far-left", "a hand-made": no thing named)
    if len(parts) == 2 and (not lexicon.looks_adjective(parts[0]) or wordnet.is_noun("_".join(parts))):
        return match.group(0)  # ("a fire-eater", "a half-brother": read apart, the words still name the thing)
    return match.group(1) + match.group(2).replace("-", "_")


HYPHENATED_RE = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+){2,}\b")
# A noun of a word and a particle ("lean-to", "lay-by", "walk-in"): split, the particle reads as a preposition
# (a "close-up", "top-down", "head-on" are the camera's or a facing, read with those words).
PARTICLE_NOUN_RE = re.compile(r"(?i)\b(?!(?:close|top|head|side|front|straight|bottom|back|left|right|face|nose|rear"
                              r"|end|full|far|zoomed|looking|seen|shot|turned)-)[a-z]+-"
                              r"(?:to|in|up|out|off|on|by|over|down|away|about|through)\b(?!-)")


# The picture as the one it is for names it: "your page", "my screen", "our view" are the frame.
FRAME_POSSESSIVE_RE = re.compile(r"(?i)\b(?:your|my|our)\s+((?:whole\s+|entire\s+)?)(?:(page|screen|view|picture|frame"
                                 r"|canvas|shot|photo|photograph|image)|drawing|sheet|viewfinder|paper|painting)\b")
JOINED_ADJECTIVE_RE = re.compile(r"(?<![\w-])([A-Za-z]{2,})-([A-Za-z]{2,})(?![\w-])")


def _joined_adjective(match: re.Match) -> str:
    """A hyphenated pair the dictionary lists as one adjective ("hand-made", "red-brick"), written as that
    word; any other pair is left for the rules after. One that is a noun too ("second-hand") would be read
    as the first half of a compound ("a secondhand printer"), so it goes: how an object was had is not drawn."""
    joined = (match.group(1) + match.group(2)).lower()
    if not wordnet.is_adjective(joined):
        return match.group(0)
    return "" if wordnet.is_noun(joined) else joined


# A double-barrelled name after a title: "Mrs Adeyemi-Brown", "Uncle Jean-Paul".
DOUBLE_BARRELLED_RE = re.compile(r"\b((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Auntie|Aunty|Aunt|Uncle"
                                 r"|Nana|Nanna|Grandma|Grandpa|Granny|Gran|Grandad|Cousin|Captain|Father|Sister|Brother)\.?\s+)"
                                 r"([A-Z][a-z]+)-([A-Z][a-z]+)\b")
COINED_PAIR_RE = re.compile(r"(?<![\w-])([A-Za-z]{2,})-([A-Za-z]{2,})(?![\w-])")


def _coined_pair(match: re.Match) -> str:
    """Two halves no dictionary knows ("helter-skelter", "tuk-tuk"): one word, joined (but not before a
    noun it describes: "a sci-fi cover", "a hip-hop club" keep their style words apart)."""
    halves = [match.group(1).lower(), match.group(2).lower()]
    known = [wordnet.is_noun(h) or wordnet.is_adjective(h) or wordnet.is_verb(h) or wordnet.is_adverb(h)
             or h in COMMON_WORDS for h in halves]
    following = re.match(r"\s+([a-z]+)", match.string[match.end():])
    describes = following is not None and following.group(1) not in COMMON_WORDS and \
        wordnet.is_noun(language.singular(following.group(1)))
    return f"{match.group(1)}_{match.group(2)}" if not any(known) and not describes else match.group(0)


COMMON_WORDS = {"a", "an", "the", "to", "in", "on", "of", "by", "up", "off", "out", "and", "or", "at", "as", "so",
                "with", "for", "from", "into", "behind", "beside", "near", "under", "over", "is", "are", "was", "were",
                "which", "that", "who", "between", "next", "left", "right", "just"}


def _one_word(match: re.Match) -> str:
    """A hyphenated noun the dictionary lists, kept as one word, and so a run naming an art form's kind
    ("a pen-and-wash drawing", "a cut-and-paste collage"): no pen or collage in the scene."""
    words = match.group(0)
    joined = words.replace("-", "_")
    after = re.match(r"\s+([A-Za-z]+)", match.string[match.end():])
    art = after is not None and "-and-" in words.lower() and (  # ("an over-the-shoulder shot" is the camera's)
        lexicon.is_art_form(after.group(1).lower()) or lexicon.is_style_noun(after.group(1).lower()))
    return joined if art or wordnet.is_noun(language.singular(joined.lower())) else words


# "a heron a little way in front of a shed", "a kite a long way above a house": how far is not
# drawn, and left standing the words read as a thing ("way") that swallows the one before.
UNMEASURED_DISTANCE = re.compile(
    r"(?i)\b(?:just |only |quite )?(?:(?:a (?:little|short|long|good|fair|small) |some |a |a little )"
    r"(?:way|distance|bit|ways)|(?:a |one |a single |a few |a couple of |two |three |several )(?:pace|step|stride)s?)"
    r"(?: off| away| out| over| back| further| farther)?\s+"
    r"(?=(?:in front|behind|before|ahead|to the|to its|to their|on the|off|over|above|below|under|beneath"
    r"|beside|left|right|further|farther|closer|nearer)\b)")  # (not "a short distance from": near)


# "Concept art of a fox", "pixel art of two bikes": what follows "of" is the scene, the art its style.
ART_OF_RE = re.compile(r"(?i)\b((?:[a-z]+\s+)?(?:art|artwork|fanart))\s+of\b")


CAMERA_HEIGHTS = {"view+low": 4.0, "view+high": 55.0}  # degrees, as "from below" and "high angle" say


def _particle_word(match: re.Match) -> str:
    """A word and a particle, kept as one word when the dictionary names a thing so ("a lean-to") or
    when a noun follows, which it describes ("a ride-on mower", "a walk-in wardrobe")."""
    joined = _one_word(match)
    following = re.match(r"\s+([A-Za-z]+)", match.string[match.end():])
    describes = following is not None and following.group(1).lower() not in PARTICLE_STOPS and \
        wordnet.is_noun(language.singular(following.group(1).lower()))
    first = match.group(0).split("-")[0].lower()
    named = following is not None and following.group(1).lower() not in PARTICLE_STOPS | COMMON_WORDS and \
        not wordnet.is_verb(following.group(1).lower())  # ("a cut-out westie": a name no dictionary has)
    if (describes or named) and (first in IRREGULAR_PARTICIPLES or first in NOUN_LIKE_PARTICIPLES or
                      first.endswith(("ed", "en")) and wordnet.is_verb(first)):
        return ""  # "a cut-out owl", "a built-in oven": a participle says what was done to it, no kind of thing
    return match.group(0).replace("-", "_") if describes else joined


PARTICLE_STOPS = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "with", "from", "for", "as",
                  "is", "are", "was", "were", "left", "right", "front", "back", "top", "side"}


# What is left of "a sweeping long shot", "in a wide panorama" once the shot is read: the article
# and the shot's adjective (and the preposition before them).
SHOT_ADJECTIVE_RE = re.compile(r"(?i)(?:\b(?:in|on|at|with|from)\s+)?\b(?:a|an|the)\s+([a-z]+)\s+(?= ; )")


# An order told from a side: "counting from the left", "numbered from the right": no view of the camera.
ORDER_FROM_RE = re.compile(r"(?i)\b(?:counting|counted|numbered|numbering|reading|read|starting|working|going)\s*$")


def take_camera(text: str) -> tuple[CameraSpec, str]:
    camera = CameraSpec()
    stated = []
    for regex, field_name, value in CAMERA_RE:
        def cut(match: re.Match, field_name=field_name, value=value) -> str:
            nonlocal camera
            if ORDER_FROM_RE.search(match.string[max(0, match.start() - 40):match.start()]):
                return match.group(0)  # "counting from the left": the order members are told in, not the view
            stated.append(match.group(0).strip())
            if field_name == "view" and camera.view == "front":
                camera = camera.model_copy(update={"view": value})
            elif field_name == "shot" and camera.shot == "default":
                camera = camera.model_copy(update={"shot": value})
            elif field_name == "elevation" and camera.elevation_deg is None:
                camera = camera.model_copy(update={"elevation_deg": float(value)})
            elif field_name.startswith("view+"):  # "bottom left view": a side and a height in one phrase
                side = "left" if "left" in match.group(0).lower() else "right"
                update = {"elevation_deg": CAMERA_HEIGHTS[field_name]} if camera.elevation_deg is None else {}
                if camera.view == "front":
                    update["view"] = side
                camera = camera.model_copy(update=update)
            return " ; "
        text = regex.sub(cut, text)
    if stated:
        text = SHOT_ADJECTIVE_RE.sub(_shot_adjective, text)
        text = SHOT_TILT_RE.sub("", text)
        text = FACE_ON_SHOT_RE.sub("", text)
    return camera.model_copy(update={"stated": stated}), text


# "a low-angle shot looking up": once the shot is read, which way it looks is said already.
SHOT_TILT_RE = re.compile(r"(?i)(?<= ; )\s*(?:looking|gazing|pointing|pointed|tilted|angled)\s+"
                          r"(?:up|upwards|down|downwards)\b")


# "face-on from the front": the camera's "face-on", said again before the shot it describes.
FACE_ON_SHOT_RE = re.compile(r"(?i)\b(?:face|head|square)[- ]on\s*(?= ; )")


def _shot_adjective(match: re.Match) -> str:
    word = match.group(1).lower()
    # ("a sweeping long shot" loses its adjective; "a harp seen from the front" keeps its harp)
    describes = wordnet.is_adjective(word) and not wordnet.is_noun(word) or \
        word.endswith("ing") and wordnet.is_verb(word)
    return "" if describes else match.group(0)


def read_words(text: str) -> list[Word]:
    """The shared parse of the text, keeping the words the phrase tables read (letters, digits,
    clause punctuation); each word knows its part of speech and its head among the kept words."""
    doc = language.parse(text)
    kept = [t for t in doc if KEPT.fullmatch(t.lower_)]
    index = {t.i: k for k, t in enumerate(kept)}
    words = [Word(t.lower_, t.text, _tag(t), t.dep_, index.get(t.head.i, -1) if t.head.i != t.i else -1, t.ent_type_,
                  t.tag_) for t in kept]
    # A noun the tags now call a verb is its participle ("a bobcat *stuck* between"), whatever its fine tag said
    words = [replace(w, tag="VBN") if w.pos == "VERB" and w.tag.startswith("NN") else w for w in words]
    for k, t in enumerate(kept):
        if k > 0 and _compound_read_as_verb(t) and kept[k - 1].i == t.i - 1:
            # "a coat rack beside a door": "a coat" cannot take "rack" as its verb ("a coat racks").
            words[k - 1] = replace(words[k - 1], dep="compound", head=k)
            words[k] = replace(words[k], pos="NOUN")
            if t.lower_ == "can" and k + 1 < len(words) and words[k + 1].tag == "VB":
                words[k + 1] = replace(words[k + 1], tag="VBN")  # "a tin can balanced on a stool"
        elif _participle_read_as_noun(t):
            words[k] = replace(words[k], pos="VERB", tag="VBN")  # "a boot set on a crate"
        elif k > 1 and t.tag_ in ("VBD", "VBN") and kept[k - 2].lower_ in ("a", "an") and \
                kept[k - 1].tag_ in ("VBN", "JJ") and kept[k - 1].i == t.i - 1 and wordnet.is_noun(t.lower_) and \
                not wordnet.is_noun(kept[k - 1].lower_):  # ("a croissant set off": the thing, then its verb)
            # "a chipped moped": after "a" and its adjective comes the thing, though the small model reads a
            # past tense ("moped") or makes the adjective the subject of it
            words[k - 1] = replace(words[k - 1], pos="ADJ", tag="JJ", dep="amod", head=k)
            words[k] = replace(words[k], pos="NOUN", tag="NN")
        elif k > 1 and t.tag_ in ("VBD", "VBN") and kept[k - 2].lower_ in ("a", "an") and kept[k - 1].tag_ == "NN" and \
                kept[k - 1].i == t.i - 1 and wordnet.kind(t.lower_) == "artifact" and \
                (k + 1 == len(kept) or kept[k + 1].tag_ in ("VBG", "IN", ",", ".")):
            # "a boat shed looming at the right": after "a" and a noun, a made thing's name the small model
            # reads as a past tense, with an -ing verb or a place after it, is the thing the noun names the kind of
            words[k - 1] = replace(words[k - 1], dep="compound", head=k)
            words[k] = replace(words[k], pos="NOUN", tag="NN")
    return words


NOUN_LIKE_PARTICIPLES = {"set", "cut", "cast", "spread"}  # past participles spelt as nouns
# Words after which such a participle was a thing being put somewhere: "set down on", "set squarely on".
SETTING_DOWN = {"on", "onto", "upon", "down", "atop", "in", "into", "inside", "beside", "by", "against", "under",
                "beneath", "behind", "before", "between", "among", "amid", "out", "back", "up", "apart", "well",
                "just", "high", "low", "far", "slightly", "right", "directly", "squarely", "neatly", "carefully",
                "at", "near", "next", "above", "below", "over", "along", "across", "atop", "flat", "upright"}


def _participle_read_as_noun(token) -> bool:
    """"a sneaker set on a wagon": a participle spelt like a noun, between a noun and a
    preposition, that makes no dictionary compound with the noun ("a chess set on a table")."""
    if token.lower_ not in NOUN_LIKE_PARTICIPLES or token.tag_ != "NN" or not 0 < token.i < len(token.doc) - 1:
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    return before.tag_ == "NN" and after.tag_ == "IN" and not _names_a_set(before, token)


def _names_a_set(before, token) -> bool:
    """"a chess set", "a tennis set": the dictionary's compound, or a game or pastime's set (no game
    can be set down anywhere, so the set is the thing: "a tennis set beside a lamp")."""
    return wordnet.is_name(f"{before.lower_} {token.lower_}") or \
        token.lower_ == "set" and _a_pastime(before.lower_)


def _a_pastime(word: str) -> bool:
    """A game or pastime, and no made thing ("chess", "tennis", "mahjong"): nothing one sets down."""
    kinds = {s.kind for s in wordnet.senses(word)}
    return "act" in kinds and not kinds & {"artifact", "animal", "food", "person"}


def _compound_read_as_verb(token) -> bool:
    """A base-form verb right after a singular noun with "a"/"an" as its subject: the verb does
    not agree ("a coat rack", "an umbrella stand"), so it is the noun the first one modifies."""
    if token.i == 0:
        return False
    if token.tag_ == "MD" and token.lower_ == "can" and (token.i + 1 == len(token.doc) or
                                                         not _base_verb(token.doc[token.i + 1]) or
                                                         wordnet.is_name(f"{token.doc[token.i - 1].lower_} can")):
        # "an oil can beside a toolbox", "a watering can set on a bench": a can, unless a verb
        # follows a word that names no kind of can ("a dog can swim")
        return token.doc[token.i - 1].tag_ in ("NN", "NNP", "VBG")
    if token.tag_ == "VBZ" and token.doc[token.i - 1].tag_ == "NN" and any(
            c.dep_ == "nummod" and (language.number(c.lower_) or 0) > 1 for c in token.doc[token.i - 1].children):
        return True  # "two music stands": after a count of two, a singular noun and a plural "verb" are one noun
    if token.lower_ in NOUN_LIKE_PARTICIPLES and token.tag_ == "VBN" and token.doc[token.i - 1].tag_ == "NN" and \
            _names_a_set(token.doc[token.i - 1], token) and \
            (token.i + 1 == len(token.doc) or token.doc[token.i + 1].lower_ not in SETTING_DOWN or
             token.doc[token.i + 1].pos_ == "ADP" and token.doc[token.i + 1].dep_ == "prep" and
             _a_pastime(token.doc[token.i - 1].lower_)):
        return True  # "a chess set to the left": the dictionary's set ("a radio set on a table" was put there)
    if token.tag_ not in ("VB", "VBP"):
        return False
    subject = token.doc[token.i - 1]
    return subject.tag_ == "NN" and subject.dep_ in ("nsubj", "compound") and subject.head.i == token.i and \
        any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "each", "every") for c in subject.children) \
        and not _asked_by_modal(token) and not _seen_doing(token)


PERCEIVING = {"watch", "watches", "watched", "watching", "see", "sees", "saw", "seen", "seeing", "notice", "noticed",
              "spot", "spotted", "hear", "heard"}


def _seen_doing(token) -> bool:
    """A bare verb after what one watches: "watch an ostrich walk off" agrees with nothing, and is a verb."""
    return token.dep_ in ("ccomp", "xcomp") and token.head.lower_ in PERCEIVING


def _asked_by_modal(token) -> bool:
    """"Should a fox sit ...?", "Can a dog lie ...?": a modal before the subject, no verb between, asks
    about the base verb after it (in "Could you paint a coat rack" a verb comes between)."""
    for before in reversed(token.doc[token.sent.start:token.i]):
        if before.tag_ == "MD":
            return True
        if before.tag_.startswith("VB"):
            return False
    return False


def _base_verb(token) -> bool:
    """A verb in its base form after "can" ("a dog can swim"); not a participle the small model
    calls one ("a tin can balanced on a stool")."""
    word = token.lower_
    return token.tag_ == "VB" and not (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))


WHEN_WORDS = {"today", "tonight", "yesterday", "tomorrow", "now", "nowadays"}


def _closes_phrase(token) -> bool:
    return token.i + 1 == len(token.doc) or token.doc[token.i + 1].pos_ == "PUNCT"


def _noun_read_as_adjective(token) -> bool:
    """An adjective right after an article with no noun after it, that the dictionary knows as a thing
    first ("a tabby lying", "the giant under the bridge"); not a colour or a size ("a red", "a big")."""
    doc, at = token.doc, token.i
    if token.pos_ != "ADJ" or at == 0 or doc[at - 1].lower_ not in ("a", "an", "the") and \
            not (at > 2 and doc[at - 1].pos_ == "NOUN" and doc[at - 2].pos_ == "DET" and doc[at - 3].pos_ == "ADP"
                 and _closes_phrase(token)):
        return False  # (after a noun, closing a place: "in a student flat")
    after = doc[at + 1] if at + 1 < len(doc) else None
    then = doc[at + 2] if at + 2 < len(doc) else None
    # ("a tabby and a dog"; but "the upper and lower shelf": two adjectives of one noun; "a glossy maned wolf",
    # "a cosy living room": the participle describes the noun after it)
    return (after is None or after.pos_ in ("ADP", "PUNCT", "AUX", "ADV") or
            (after.pos_ == "VERB" or after.lower_.endswith("ing")) and after.tag_ != "VBN" and
            (then is None or then.pos_ not in ("NOUN", "PROPN")) or
            after.pos_ == "CCONJ" and then is not None and then.pos_ in ("DET", "NUM")) and \
        token.lower_ not in lexicon.COLORS and wordnet.is_concrete(token.lower_) is True


def _tag(token) -> str:
    """The parse's part of speech, corrected where the small model is known to slip:
    a word the recogniser takes for a person's name is a name ("Kowalski", tagged ADJ); the verb of
    a sentence that has no verb, read as the head of a compound ("a spaceship *hovers* above")."""
    if token.lower_ in WHEN_WORDS:
        return "ADV"  # "I found the dog basket today": when, never part of a thing's name
    if _imperative_opening(token):
        return "VERB"  # "Fit the daughter between ...", "Stand the fan by ...": a command, no one named Fit
    if token.ent_type_ == "PERSON" and token.text[:1].isupper():
        return "PROPN"
    if token.text[:1].isupper() and (token.pos_ in ("VERB", "AUX", "ADJ", "ADV", "X") or
                                     token.pos_ in ("DET", "PRON") and token.lower_ not in DETERMINERS | PRONOUNS or
                                     token.pos_ in ("ADP", "SCONJ", "CCONJ") and not token.is_stop) and \
            not wordnet.is_noun(token.lower_) and not wordnet.is_adjective(token.lower_) and \
            not wordnet.is_verb(token.lower_) and not wordnet.is_adverb(token.lower_) and token.tag_ != "MD":
        return "PROPN"  # "Rosalind between two tubs", "...; Bethan on the right": a name no dictionary knows
        # (but "Would it be possible ...", "Maybe a ...": no modal verb, nor an adverb, is a name)
    if token.text[:1].isupper() and token.pos_ in ("NOUN", "PROPN") and token.lower_.endswith("s") and \
            not wordnet.is_noun(token.lower_) and not wordnet.is_noun(language.singular(token.lower_)) and \
            not wordnet.is_adjective(token.lower_) and not wordnet.is_verb(token.lower_):
        return "PROPN"  # "Odalys on the left": a name ending in s, no plural of a noun the dictionary knows
    if token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.i > 0 and token.doc[token.i - 1].pos_ == "NOUN" and \
            wordnet.is_verb(token.lower_) and _asked_by_modal(token):
        return "VERB"  # "Can a dog lie under a table?": what the modal asks, no "dog lie"
    if _comparative(token):
        return "ADV"  # "a bus deeper in the scene": how far, never part of the bus's name
    if _noun_read_as_adjective(token):
        return "NOUN"  # "a tabby lying under a shed": after "a" and before no noun, the dictionary's animal
    if token.pos_ == "NOUN" and _motion_participle(token):
        return "VERB"  # "a tram making for the left": what the tram does
    if token.pos_ == "PROPN" and _opening_noun(token):
        return "NOUN"  # "Bread rolls in a row", "Rose petals on a cloth": a capital opening the sentence
    if token.pos_ in ("VERB", "ADV", "ADJ", "X", "INTJ") and _unknown_word(token):
        return "NOUN"  # "rusalka in front", "a stocky klipspringer alone": a word no dictionary knows is a name
    if token.pos_ == "VERB" and token.tag_ in ("VB", "VBP", "VBZ") and token.i > 0 and \
            token.doc[token.i - 1].dep_ == "compound" and token.doc[token.i - 1].head.i == token.i:
        return "NOUN"  # "yoga mats on a floor": what a compound noun modifies is a noun itself
    if token.pos_ == "VERB" and (token.dep_ == "pobj" and not token.lower_.endswith("ing") or
                                 wordnet.is_noun(language.singular(token.lower_)) and
                                 not wordnet.is_verb(token.lower_)):
        return "NOUN"  # "a fluffy warthog": a word the dictionary knows as a noun and never as a verb
    word = token.lower_
    if token.pos_ == "ADV" and not wordnet.is_adverb(word) and not word.endswith("ly") and \
            (token.i > 0 and token.doc[token.i - 1].lower_ in ("a", "an", "the") or wordnet.is_concrete(word)) and \
            not wordnet.is_adjective(word) and not wordnet.is_verb(word):
        return "NOUN"  # "a cockatoo on a crate", "a motorhome parked": no adverb the dictionary knows, after "a"
    if token.pos_ == "ADV" and word.endswith("ly") and not wordnet.is_adverb(word) and \
            not wordnet.is_adjective(word) and wordnet.is_concrete(word) is True and \
            token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "DET", "ADJ", "NUM"):
        return "NOUN"  # "a peace lily", "a sprig of holly": a noun ending in "ly", no adverb of any dictionary
    if token.pos_ == "ADJ" and token.dep_ == "amod" and wordnet.is_concrete(word) and \
            not wordnet.is_adjective(word) and not wordnet.is_verb(word):
        return "NOUN"  # "a bobcat stuck between ...": a thing the dictionary knows, and never as an adjective
    if token.pos_ == "NOUN" and not wordnet.is_noun(word) and wordnet.is_verb(word) and token.i > 0 and \
            token.doc[token.i - 1].pos_ in ("NOUN", "PROPN", "ADJ") and token.tag_ == "NN" and not word.endswith("s"):
        return "VERB"  # "a bobcat *stuck* between": a verb's form the dictionary knows as no noun
    if token.pos_ in ("NOUN", "VERB", "PROPN") and token.tag_ in ("NN", "VBN", "VBD", "NNP", "JJ") and \
            word.endswith(("ed", "lit", *IRREGULAR_PARTICIPLES)) \
            and not wordnet.is_noun(word) and not wordnet.is_verb(word) and token.i + 1 < len(token.doc) and \
            token.doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        return "ADJ"  # "a handpainted booth", "a redhaired janitor", "a wellworn mug": one adjective of two words
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if token.tag_ == "JJR" and token.i > 0 and token.doc[token.i - 1].pos_ == "NOUN" and wordnet.is_noun(word) and \
            not wordnet.is_adjective(word) and after != "than":
        return "NOUN"  # "a lion tamer", "a bird feeder": a noun in -er, no comparative when no "than" follows
    if token.pos_ == "PROPN" and token.text.islower() and wordnet.is_noun(language.singular(word)):
        return "NOUN"  # "a lion tamer tucked ...": a dictionary noun written in lower case names no one
    if token.pos_ == "AUX" and token.lower_ not in AUXILIARIES:
        return "NOUN"  # "a skinny warthog placed ...": no auxiliary verb, whatever the small model says
    opener = token.doc[token.i - 2] if token.i >= 2 else None  # the word before the compound's first
    if token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.lower_.endswith("s") and \
            not token.lower_.endswith("ss") and \
            _noun_before(token.doc[token.i - 1]) and token.i + 1 < len(token.doc) and \
            opener is not None and not opener.is_punct and \
            opener.lower_ not in ("the", "these", "those", "some", "many") and \
            token.doc[token.i + 1].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in token.sent) and \
            (language.number(opener.lower_) or 0) < 2:
        # (but "two dog kennels near a fence", "yoga mats on a floor", "the dog kennels by ...":
        # a plural after a count, opening the prompt or after a plural's article is its noun; and
        # "a cider press by ..." ends in no verb's "s")
        return "VERB"
    return token.pos_


def _imperative_opening(token) -> bool:
    """A verb of the dictionary opening its sentence, straight before an article or a possessive: a command
    ("Fit the shelf ...", "Hang your coat ..."), though its capital makes the small model read a name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_sent_start and token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and \
        following is not None and following.lower_ in ("the", "a", "an", "this", "these", "those", "your", "my",
                                                        "our", "his", "her", "their", "its") and \
        wordnet.is_verb(token.lower_) and not token.lower_.endswith(("s", "ed", "ing"))


def _comparative(token) -> bool:
    """"deeper in the scene", "further back": a comparative of an adjective the dictionary lists, no noun
    itself, saying how far (before a noun it describes it: "a taller tree")."""
    word = token.lower_
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not word.endswith("er") or wordnet.is_noun(word) or \
            following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ"):
        return False
    return _graded(word)


def _graded(word: str) -> bool:
    """"taller", "deepest", "tidier": a comparative or superlative of an adjective the dictionary lists."""
    for end in ("er", "est"):
        stem = word[:-len(end)]
        if word.endswith(end) and len(stem) >= 3 and any(
                wordnet.is_adjective(s) for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "",
                                                  stem[:-1] + "y" if stem.endswith("i") else "") if s):
            return True
    return False


# Going somewhere, and where to: "making for", "heading off", "hurrying past" ("a painting across the room"
# is a thing there).
MOTION_VERBS = {"making", "heading", "hurrying", "walking", "running", "driving", "sailing", "flying", "trotting",
                "rushing", "striding", "racing", "marching", "wandering", "drifting", "moving", "travelling",
                "traveling", "rolling", "crawling", "strolling", "pulling", "backing", "turning", "scuttling",
                "ambling", "trundling", "speeding", "steering", "swimming", "galloping", "cycling", "riding"}
MOTION_AFTER = {"for", "towards", "toward", "away", "off", "past", "across", "into", "out", "to"}


def _motion_participle(token) -> bool:
    """A verb of going after a noun, with where to after it, read as a compound's head: "a tram
    making for the left", "a yak heading off"."""
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ in MOTION_VERBS and following in MOTION_AFTER and token.i > 0 and \
        token.doc[token.i - 1].pos_ in ("NOUN", "PROPN")


# How English adjectives and adverbs the dictionary lacks still end: "sparkly", "boho-ish", "fantastical".
DESCRIBING_ENDINGS = ("ly", "ish", "esque", "ic", "ous", "ful", "less", "able", "ible", "ive", "al", "ed", "ing", "lit")


def _unknown_word(token) -> bool:
    """A lower-case word in no part of speech the dictionary lists, nor spelt like a description:
    in a scene request it is nearly always a thing's name the small model could not place."""
    word = token.lower_
    return token.text.islower() and word.isalpha() and len(word) > 2 and not token.is_stop and \
        not _spelt_describing(word) and not _graded(word) and not wordnet.is_noun(word) and \
        not wordnet.is_noun(language.singular(word)) and not wordnet.is_verb(word) and \
        not wordnet.is_adjective(word) and not wordnet.is_adverb(word)


def _opening_noun(token) -> bool:
    """A dictionary noun opening the sentence, a common noun after it: the capital is the sentence's."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_sent_start and following is not None and following.text.islower() and \
        following.pos_ == "NOUN" and wordnet.is_noun(token.lower_) and token.ent_type_ != "PERSON"


def _spelt_describing(word: str) -> bool:
    """Ends as a description does, after a stem of three letters or more ("famous", not "sous")."""
    return any(word.endswith(end) and len(word) - len(end) >= 3 for end in DESCRIBING_ENDINGS + IRREGULAR_PARTICIPLES)


# The determiners and pronouns of English: any other capitalised word the small model calls one
# ("Xanthe sheltering") is a name.
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "all",
               "both", "either", "neither", "another", "such", "what", "which", "whatever", "whichever", "half",
               "many", "much", "few", "several", "my", "your", "his", "her", "its", "our", "their"}

PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "who", "whom", "whose", "one",
            "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
            "nobody", "nothing", "none", "mine", "yours", "hers", "ours", "theirs", "itself", "himself", "herself",
            "themselves", "myself", "yourself", "ourselves", "there", "here"}

AUXILIARIES = {"be", "is", "are", "was", "were", "am", "been", "being", "'s", "'re", "'m", "has", "have", "had",
               "having", "'ve", "'d", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
               "might", "must", "ought", "wo", "ca", "'ll", "need", "dare", "get", "got", "gets"}


def _noun_before(token) -> bool:
    """The word before is a noun, or one the small model calls an adjective though the
    dictionary knows it only as a thing ("a *lemur* clings", "a *toucan* roosts") or not at all."""
    return token.dep_ == "compound" or token.pos_ == "ADJ" and token.dep_ == "amod" and \
        (wordnet.is_concrete(token.lower_) is True and not wordnet.is_adjective(token.lower_) or _unknown_word(token))


SENTENCE_ENDS = (".", "!", "?", ";", ":")


def opens_sentence(at: int, words: list[Word]) -> bool:
    """The word at ``at`` is the first of its sentence (or of a clause a colon or semicolon opens)."""
    return at == 0 or words[at - 1].text in SENTENCE_ENDS


STEP_WORDS = {"also", "then", "next", "now", "and", "finally", "lastly", "first", "firstly", "secondly", "please", ","}


def opens_request(at: int, words: list[Word]) -> bool:
    """The verb at ``at`` opens its sentence but for words saying which step it is ("; also draw ...",
    "next, draw ...")."""
    while at > 0 and words[at - 1].text in STEP_WORDS:
        at -= 1
    return opens_sentence(at, words)


def foreign_words(prompt: str, words: list[Word]) -> str:
    """Some of the words, when the prompt is in another language: mostly letters outside the
    Latin alphabet ("一只猫在桌子上"), or more function words of French, German, Spanish, Italian or
    Dutch than of English ("un chat à gauche d'un chien"); "" for English."""
    from spacy.lang.en.stop_words import STOP_WORDS

    letters = [c for c in prompt if c.isalpha()]
    if letters and sum(c.isascii() for c in letters) < 0.5 * len(letters):
        return prompt[:20]
    texts = [w.text for w in words if w.text.isalpha()]
    foreign = [w for w in texts if w in FOREIGN_FUNCTION_WORDS]
    english = [w for w in texts if w in STOP_WORDS and w not in FOREIGN_FUNCTION_WORDS]
    if len(foreign) >= 2 and len(foreign) > len(english):
        return " ".join(texts[:4])
    return ""
