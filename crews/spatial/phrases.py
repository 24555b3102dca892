"""Multi-word phrases of spatial prompts, matched on tokens, longest first.

A pattern is written as words separated by spaces; ``a|b`` is a choice and a trailing ``?``
makes a word optional ("on|to|at the? left of"). Each slot is one word: a choice of phrases of
different lengths ("cut off" or "hidden") is two entries, never "cut off|hidden". ``PhraseTable``
indexes the patterns by the words they can start with and walks a pattern's slots at match time.

The relation phrases are an inventory of English spatial language (prepositions, phrasal
prepositions, depth comparisons, distances, occlusion, support, containment), each mapped to one of
the kinds the solver knows; a few kinds are read in ``parse`` before they become relations
(``hides``, ``holds``, ``contains``, ``around_by``, ``flank``, ``on_or_near``, ``side_one``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from studio import language, wordnet
from studio.language import PAIR_NOUNS, number

PARTLY = "partially|partly|half|mostly|slightly|somewhat|largely|almost|nearly|all|completely|fully"
# Who looks at the scene, in depth comparisons: "closer to the camera than".
VIEWER = "camera|viewer|lens|observer|onlooker|spectator|photographer|front|foreground|us|me|you"
# "a few steps from", "two metres from", "a couple of yards off": a short distance.
DISTANCE = ("a|some|only|just? few|couple|several|short|little|one|two|three|four|five|six|ten|1|2|3|4|5|10? of?"
            " step|steps|pace|paces|stride|strides|metre|metres|meter|meters|foot|feet|yard|yards|inch|inches"
            "|centimetres|centimeters|cm|ft|m|hop|hops|arm|arms|length|lengths")
ASIDE = "over|out|off|away|way|back|up|down"  # "over on the right", "way off to the left": where, no more
# Relation phrases -> relation kind. "*it" kinds take their object from a pronoun ("on its left").
RELATIONS: list[tuple[str, str]] = [
    (f"{ASIDE}? on|to|at|in the? far|extreme|very? left hand? side|end? of", "left_of"),  # (over FRAME's "off to the left")
    # "to the immediate left of", "on its direct right": right beside it, on that side
    ("on|to|at the immediate|direct|near left hand? side? of", "left_of"),
    ("on|to|at the immediate|direct|near right hand? side? of", "right_of"),
    ("on|to|at its|his|her|their immediate|direct|near left", "left_of*it"),
    ("on|to|at its|his|her|their immediate|direct|near right", "right_of*it"),
    ("left|leftward of|to|from", "left_of"),
    (f"{ASIDE}? on|to|at|in the? far|extreme|very? right hand? side|end? of", "right_of"),
    ("further|farther|more|much|slightly|well? to? the? left|leftward than", "left_of"),  # "further left than"
    ("further|farther|more|much|slightly|well? to? the? right|rightward than", "right_of"),
    ("right|rightward of|to", "right_of"),
    ("on|to its|his|her|their left", "left_of*it"),
    ("on|to its|his|her|their right", "right_of*it"),
    ("on|at the? top of", "on_top_of"),
    ("on|at the very top of", "on_top_of"),  # "an owl nesting at the very top of it"
    ("on|upon|onto|atop|above|over|on-top-of", "on_top_of"),
    ("on top", "on_top_of*it"),
    ("under|underneath|beneath|below|beneath|underneath", "under"),
    ("on|at|in the? bottom of", "under"),
    ("under it|them", "under*it"),
    ("near|nearby|beside|besides|by|alongside", "near"),
    ("leaning|leans|leaned|propped on|against|beside", "near"),  # "a bike leaning against a tree"
    ("against", "near"),  # "a sofa against the wall"
    # "a table holding three mugs": what it holds is on it (a surface) or beside it (a person's hands).
    ("holding|holds|carrying|carries|bearing|supporting|supports", "holds"),
    ("near|close|next|adjacent|closer to", "near"),
    ("on|at|by the? side of", "near"),
    ("on|at|by either|each|both side|sides of", "flank"),  # "two dogs on either side of a man"
    ("at|on either|each|both end|ends of", "flank"),
    ("one on either|each side of", "flank"),
    ("either|each side of", "flank"),  # "a lamp either side of the bed" (the "on" left out)
    ("at|on either|each|both end|ends of? it|them", "flank*it"),
    ("at|on either|each|both end|ends", "flank*it"),  # "a sofa with a lamp at each end"
    ("at|by either|each|both side|sides", "flank*it"),  # "a bed with a lamp at each side"
    ("flanking|flank|flanks", "flank"),
    # A map's or a level brief's compass, seen from the south as a map is read: east on the right, north away
    ("to|on|due? the? east|eastern side? of", "right_of"),
    ("to|on|due? the? west|western side? of", "left_of"),
    ("to|on|due? the? north|northern side? of", "behind"),
    ("to|on|due? the? south|southern side? of", "in_front_of"),
    # "a deer partly hidden among ferns", "a rabbit poking its head out from behind a rock"
    (f"{PARTLY}? hidden|concealed|obscured|tucked|camouflaged|half-hidden among|amongst|amid|amidst", "hidden_by"),
    ("poking|peeking|peeping|sticking its|his|her|their head|heads|nose|noses|face|faces|snout out? from behind",
     "hidden_by"),
    ("next|close to it|them", "near*it"),
    ("at|by|around his|her|their|its feet|heels|side", "near*it"),  # "a dog sleeps at his feet"
    ("on|upon|atop one|either|both|top of them|those|these", "on_top_of*it"),  # "a cat on one of them"
    ("beside|near|by one|either|both of them|those|these", "near*it"),
    ("in|at the? front of", "in_front_of"),
    ("in front", "in_front_of*it"),
    ("before", "in_front_of"),
    ("behind of?", "behind"),
    ("in|at the? back of", "behind"),
    # "on the back of the bench", "on the roof of a house": parts of a thing's top.
    ("on|upon|atop the back|seat|arm|arms|edge|rim|lid|roof|rooftop|ledge|brim|cover|deck of", "on_top_of"),
    ("beyond", "behind"),
    ("seen|visible|showing|glimpsed past|beyond", "behind"),  # "a barn seen past a fence": the fence nearer
    ("past|across", "near"),  # "two swans glide past a boat", "facing each other across a table"
    ("among|amongst|outside", "near"),  # "a deer among the trees", "a bike outside a cafe"
    ("amid|amidst", "on_or_near"),  # (amid a ring of lanterns: inside it)
    ("in the midst of", "on_or_near"),
    ("outside|out of", "near"),
    ("off? to the side of", "near"),
    ("off to one side of", "near"),
    ("overlooking|overlooks|overshadowing|overshadows", "near"),
    ("towering|towers|looming|looms|leaning|leans|bending|bends|bent|standing|stands|watching|presiding|hunched"
     "|stooping|crouching|crouched over", "near"),  # "a giraffe towering over a jeep" stands beside it
    ("at", "near"),  # "a man at a desk", "a boat at a jetty" ("at the beach" is where: a setting)
    ("at|on the far|other|near? end|ends of", "near"),
    # "a cup at the edge of the table": on it if it is a top things stand on, else beside it.
    ("at|near|by|along the very? edge|edges|rim|lip|corner|corners|border|brink|margin of", "on_or_near"),
    ("on the very? edge|edges|rim|lip|corner|corners of", "on_top_of"),
    ("on|at|by|near|in|against|beside|along|to the far|other|opposite side|end of", "behind"),
    ("to|towards|toward the front of", "in_front_of"),
    ("over|across|against|covering the front|face of", "in_front_of"),  # "a poster pasted over the front of a shed"
    ("to|towards|toward the back|rear of", "behind"),
    ("across from", "near"),
    ("across|over the road|street|way|room|river|lane|path|square|hall|table|yard from", "near"),
    ("opposite to?", "near"),
    ("directly|right|just opposite to?", "near"),
    ("hangs|hanging|hung|suspended|dangling|dangles|swinging|swings down? from", "under"),
    ("at|in the? rear of", "behind"),
    ("partially|partly|half|mostly|slightly|somewhat? hidden|obscured|occluded|concealed|obstructed|blocked"
     "|covered by|behind",
     "hidden_by"),
    ("in|inside|within|into", "on_top_of"),  # "an apple in a bowl": resting in it reads as on it
    ("hiding|hides|hid|peeking|peeks|peeping|crouching|lurking behind", "hidden_by"),
    # "a curtain partly hiding a girl": the subject is the one in front (read as "Y hidden by X").
    ("partially|partly|half|mostly|slightly|somewhat? hiding|hides|obscuring|obscures|occluding|occludes|blocking"
     "|blocks|covering|covers|screening|screens|masking|masks|shielding|shields|concealing|conceals|eclipsing|eclipses",
     "hides"),
    ("in? between|betwixt", "between"),
    ("in the middle of|between", "between"),
    ("in|at the centre|center of", "between"),  # "in the centre of a table": on it, or by it
    ("in a circle|ring around|round", "around"),
    ("in circle|ring around|round", "around"),  # a learner's "children stand in circle around the tree"
    ("around|surrounding|surround|surrounds|encircling|encircle|circling|ringing", "around"),
    ("surrounded|encircled|ringed|circled by", "around_by"),
    # Depth, said as a comparison: "closer to the camera than a chair" is in front of it.
    (f"closer|nearer to? the? {VIEWER} than", "in_front_of"),  # ("closer to us than")
    (f"farther|further from the? {VIEWER} than", "behind"),
    ("farther|further back|away|off|behind than", "behind"),
    ("set|placed|sitting|standing? deeper|further|farther back|in than", "behind"),  # "deeper back than a shed"
    ("more distant than", "behind"),
    # "at a greater distance from us than"
    (f"at|from a greater|larger|bigger distance from the? {VIEWER} than", "behind"),
    (f"at|from a smaller|shorter|lesser distance from the? {VIEWER} than", "in_front_of"),
    ("farther|further forward|forwards than", "in_front_of"),
    ("farther|further up front than", "in_front_of"),
    ("closer|nearer than", "in_front_of"),
    # ... or with the thing compared to left unsaid: "a scarecrow with a wheelbarrow further forward".
    ("farther|further|much|slightly back|away|behind|off", "behind*it"),
    ("a bit|little farther|further? back|away", "behind*it"),
    ("farther|further|much|slightly forward|forwards", "in_front_of*it"),
    ("farther|further up front", "in_front_of*it"),
    ("a bit|little farther|further? forward|forwards", "in_front_of*it"),
    (f"closer|nearer to? the {VIEWER}", "in_front_of*it"),
    (f"farther|further from the {VIEWER}", "behind*it"),
    # Distance: a little way off is near.
    (f"{DISTANCE} away? from|off", "near"),
    ("a|at? short|small|little distance|way away? from|off", "near"),
    ("not far away? from|off", "near"),
    ("within|in arm? reach|range of", "near"),
    ("within|in touching|easy|arm|walking|spitting distance of", "near"),
    ("a|within stone throw away? from|off|of", "near"),
    ("within a stone throw of", "near"),
    ("near to|by|beside", "near"),
    ("hard|close|right|just by|beside|alongside|against", "near"),
    ("snug|snugly|tucked|nestled|pressed|squeezed|huddled|cuddled|cozied|cosied|snuggled|cozy|cosy up? "
     "against|beside|by|to|next", "near"),  # "a mug snug against a kettle"
    ("keeping|keeps|kept company with", "near"),
    ("in the vicinity|neighbourhood|neighborhood|proximity|company of", "near"),
    ("at|by the foot|base|feet of", "near"),
    ("against|along|alongside|beside|by the side|sides|wall|walls|flank of", "near"),  # "against the side of a cabin"
    ("in the shadow of", "near"),
    ("close by|beside|nearby", "near*it"),
    ("next|close to each other|one another", "near*it"),
    ("chained|tied|fixed|attached|fastened|locked|bolted|nailed|glued|pinned|clipped|hooked|tethered|secured"
     "|leashed|moored|connected|hitched|strapped|taped|stuck to", "near"),
    ("walking|running|driving|going|moving|cycling|riding|strolling|hurrying|rushing|passing|racing|wandering"
     "|sailing|flying|drifting past|by", "near"),
    ("astride|aboard|straddling|riding", "on_top_of"),  # "a boy astride a horse", "a girl riding a pony"
    ("mounted on|upon", "on_top_of"),
    ("ahead of", "in_front_of"),
    ("out front of", "in_front_of"),
    ("forward|forwards|downstage of", "in_front_of"),
    ("upstage of", "behind"),
    ("to|at the fore of", "in_front_of"),
    ("closer|nearer in than", "in_front_of"),
    ("set|standing|sitting|placed? back from", "behind"),  # "a fence set back from a dog"
    ("at its|his|her|their back|rear", "behind*it"),  # "a dog with a fence at its back"
    ("with its|his|her|their back|backs to|against", "in_front_of"),  # (facing away from it)
    ("out front", "in_front_of*it"),
    ("out back of", "behind"),
    ("abutting|adjoining|abuts|adjoins|touching|touches", "near"),
    ("paired|grouped|together with", "near"),
    ("accompanying|accompanies", "near"),
    ("accompanied by", "near"),
    ("in the lee|shelter of", "near"),
    ("in close? proximity to|of|with", "near"),
    ("huddling|snuggling|cozying|cosying|sidling|nestling|cuddling|curling up? to|against", "near"),
    ("neighbours|neighbors|neighbouring|neighboring|neighboured|neighbored", "near"),
    ("shoulder to shoulder with", "near"),
    ("rubbing shoulders with", "near"),
    ("close|near at hand", "near*it"),
    ("round|around the back|rear of", "behind"),
    ("deeper|further|farther in|into the? distance than", "behind"),
    # "a fence separating a dog and a horse", "a lamp equidistant from a cup and a vase": between them.
    ("separating|separates|dividing|divides", "between"),
    ("equidistant|midway|halfway from", "between"),
    ("up against", "near"),
    # "a kettle with a mug on one side and a plate on the other": the kettle between them.
    ("on|at one side", "side_one*it"),
    ("on|at one side of", "side_one"),
    ("on|at the other side?", "side_other*it"),
    ("on|at the other one", "side_other*it"),
    # "a wheelbarrow full of pumpkins": what it holds is in it.
    ("full|filled|loaded|piled|heaped|stacked|packed|brimming|overflowing|laden|stocked|crammed|stuffed|lined"
     " high|right|up? of|with", "contains"),
    ("containing|contains", "contains"),
    ("topped|crowned|capped off? with|by", "contains"),  # "a crate topped with a scooter": on it
    ("across|along the top|length of", "on_top_of"),  # "a cat lies across the top of a crate"
    # "flanked by a lamp and a vase": between them.
    ("flanked|bracketed|sandwiched|wedged|squeezed|framed|bookended by", "between"),
    ("sandwiched|wedged|squeezed|nestled|tucked|jammed|crammed|standing|sitting|placed|set|midway|halfway"
     " in? between", "between"),
    ("half way in? between", "between"),
    ("in|into|within the gap|space|spot|opening|passage|room|area between", "between"),
    # Occlusion: the thing named first is hidden.
    (f"{PARTLY}? hidden|obscured|occluded|concealed|obstructed|blocked|covered|screened|masked|shielded|eclipsed"
     "|veiled|shrouded|cloaked from view|sight by|behind", "hidden_by"),
    (f"{PARTLY}? screened|masked|shielded|eclipsed|veiled|shrouded|cloaked|camouflaged by", "hidden_by"),
    ("tucked|nestled|hidden|concealed|crouched|crouching|ducking|sheltering|huddled|cowering|lurking away? behind",
     "hidden_by"),
    (f"{PARTLY} hidden|concealed|tucked behind", "hidden_by"),
    ("peeking|peeping|peering|poking|sticking|looking|emerging|popping|showing|half out? from behind", "hidden_by"),
    (f"{PARTLY}? out of sight|view behind", "hidden_by"),
    (f"{PARTLY}? buried|sunk|submerged behind", "hidden_by"),
    # "a kettle just visible behind a toaster", "peeks over it": the rest of it is hidden.
    (f"only|just|barely|hardly|dimly|{PARTLY} visible behind|over|above|beyond", "hidden_by"),
    ("peeking|peeping|peering|poking over|above", "hidden_by"),  # "a boy peering over a wall": his head shows
    # "a toaster ... hides most of it": the thing named before is hidden.
    ("hiding|covering|obscuring|blocking|concealing most|part|half|much|some|all of it|them|him|her", "hides*it"),
    ("hidden|obscured|occluded|concealed|covered|screened|masked|blocked|shaded|shielded in part|places by",
     "hidden_by"),
    # Support: on its top.
    # ("perched on", "lying on", "piled on": the verb is dropped, its pose kept, and "on" read.)
    ("propped|set|perched|balanced up on|upon|atop", "on_top_of"),
    ("on the surface|top|lid of", "on_top_of"),
    ("balanced|poised|teetering on|upon|atop", "on_top_of"),  # "a gerbil balanced on a stool"
    ("balanced|poised|teetering on|at the? top of", "on_top_of"),
    # Under.
    ("tucked|sheltering|sheltered|huddled|hiding|hidden|lurking|directly|right|just|down|far away|out|up? beneath|below"
     "|underneath|under", "under"),  # ("hiding away under a pew")
    ("in|into the shade of", "under"),
    # Around.
    ("forming|form|forms|making|make|makes|in|into|arranged in? a circle|ring|semicircle around|round|about",
     "around"),
    ("arranged|placed|set|standing|gathered|grouped|clustered|scattered|dotted|spread|positioned|spaced|stationed|posted"
     "|deployed around|round|about", "around"),
    ("all|right around|round it|them", "around*it"),
    # "candles all around a cake"; "lanterns all around" (no object named: the thing named before)
    ("all|right around|round", "around"),
    ("all|round about it|them", "around*it"),
    ("round|all about", "around"),  # "six lanterns round about the well"
    ("huddled|huddle|huddles|huddling|crowded|crowding|sat|seated|sitting|standing|stood round", "around"),
    ("encircled|enclosed|ringed|circled|surrounded|hemmed in? on all sides by", "around_by"),
    ("encircled|enclosed|ringed|circled|surrounded with", "around_by"),  # "a fountain ringed with benches"
    ("on|at|from all|every side|sides of", "around"),  # ("on either side of" is two sides: flank)
    ("on|at|from all|every side|sides", "around*it"),
    ("encircled|enclosed|encompassed|fenced|hemmed in? by", "around_by"),
    ("ringed|circled|encircled|surrounded round|about with|by", "around_by"),
    # "a circle of chairs with a table at its centre": inside the ring (read in parse: on or by what is no ring).
    ("in|at its|their very? centre|center|middle|heart", "on_or_near*it"),
    ("in|at the very? heart of", "on_or_near"),
    ("set|spaced|placed|positioned|dotted? at equal|regular|even|intervals distances|intervals around|round",
     "around"),
    ("hemmed in by", "around_by"),
]
# Fixed quantity phrases -> how many ("half a dozen eggs"). Numbers, "N dozen", "a pair of",
# "a row of" and "two or three" are read by ``nounphrase._quantity`` from the word tables.
QUANTITIES: list[tuple[str, str]] = [
    ("half a dozen", "6"), ("a half dozen", "6"), ("a baker dozen", "13"), ("a dozen or so", "12"),
    ("a good|fair few", "4"), ("quite a few", "5"), ("a great|good many", "8"),
    ("a small number of", "3"), ("a large|great|good number of", "8"), ("one or two", "2"),
    ("a few dozen|scores", "20"), ("dozens|scores|hundreds|thousands of", "20"),
]
# Where in the picture, with no other object: "on the left", "in the centre of the image".
FRAME_WORDS = "image|picture|photo|photograph|frame|scene|room|view|canvas|shot|screen|composition|table-top|page"
FRAME: list[tuple[str, str]] = [
    ("in|at|on the? very? exact? center|centre|middle", "center"),
    (f"in|at|on the? very? center|centre|middle of the {FRAME_WORDS}", "center"),
    ("centered|centred|central|centrally", "center"),
    ("placed|positioned|set|located|situated|sitting|standing? dead|smack|bang|slap|plumb|squarely|exactly|precisely"
     " center|centre|middle", "center"),  # "dead centre", "a goat positioned dead centre" (not "goat positioned")
    ("smack|bang|slap|plumb|squarely|precisely|exactly|dead in|at|on the? very? center|centre|middle", "center"),
    (f"smack|bang|slap|plumb|squarely|precisely|exactly|dead in|at|on the? very? center|centre|middle"
     f" of the {FRAME_WORDS}", "center"),
    (f"at|in the very? heart|hub|focus|core of the {FRAME_WORDS}", "center"),
    (f"at|in the focal point of the {FRAME_WORDS}", "center"),
    # "at the centre point of the image", "in the central spot"
    (f"at|in|on the very? exact? center|centre|middle|central point|spot|position of? the? {FRAME_WORDS}?", "center"),
    (f"at|in|on the very? exact? midpoint|mid-point|midst of? the? {FRAME_WORDS}", "center"),  # "on the midpoint of"
    ("front and center|centre", "center"),
    (f"centered|centred in|on|within the {FRAME_WORDS}", "center"),
    (f"nearest|closest to? the {VIEWER}", "foreground"),
    # "a lamp close to the camera", "right up close to the lens" (only the one looking: "near the front of" is no place)
    ("close|near|right up? to the camera|viewer|lens|observer|onlooker|spectator|photographer", "foreground"),
    ("right? up close|near to? the camera|viewer|lens|observer|onlooker|spectator|photographer", "foreground"),
    ("near the camera|viewer|lens|observer|onlooker|spectator|photographer", "foreground"),
    ("nearest|closest to? us|me", "foreground"),
    (f"farther|further|far|farthest|furthest from|away from the {VIEWER}", "background"),
    ("far|way|well off|away in the background|distance", "background"),
    (f"{ASIDE}? on|at|in|to the far? left hand? side|part|half|edge|corner?", "left_side"),
    (f"{ASIDE}? on|at|to our|your|my left hand? side?", "left_side"),  # the viewer's left ("off to your left")
    (f"{ASIDE}? on|at|to our|your|my right hand? side?", "right_side"),
    (f"{ASIDE}? on|at|in|to the far|very|extreme? left hand? side|part|half|edge|corner? of the {FRAME_WORDS}",
     "left_side"),  # ("away to the left of the picture")
    (f"{ASIDE}? on|at|in|to the far? right hand? side|part|half|edge|corner?", "right_side"),
    (f"{ASIDE}? on|at|in|to the far|very|extreme? right hand? side|part|half|edge|corner? of the {FRAME_WORDS}",
     "right_side"),  # ("away to the right of the picture")
    ("in|at the near|immediate|very|extreme? foreground|front|fore|forefront", "foreground"),
    ("in|at the far|distant|very|deep|extreme? background|back|distance|rear", "background"),
    ("farthest|furthest|furthermost away|back|off", "background"),  # "a mule nearest us, a barn farthest away"
    ("in|on|at the front|first|nearest|near row|rank|line", "foreground"),
    ("in|on|at the back|rear|last|far|second|farthest|furthest row|rank|line", "background"),
    ("far away|behind|back", "background"),
    ("in the distance", "background"),
    ("at|to the far|other|back end|side", "background"),  # "a tower at the far end"
]
# Places in the picture (and one way of facing) as captions, screenplays and shot notes write them,
# rewritten to the phrase FRAME (and ORIENTATION) reads: "screen left", "Left: a clock", "a sundial
# (left)", "at right", "leftmost", "toward the left edge of the frame", "in the right third", "the
# left half shows a mailbox".
_PICTURE = r"(?:frame|image|picture|photo|photograph|shot|canvas|scene|screen|composition|view|page)"
_ENDS = r"(?=\s*(?:[,.;:!?]|$|\band\b|\bwith\b|\bwhile\b))"  # the phrase ends there: no "of the table" follows
_PART = r"(?:edge|border|margin|side|third|half|quarter|part|portion|area|region|section|corner)"
# Words that put a thing by a side of the picture ("hugging the left edge", "in the top left corner").
# ("towards the right" alone is a way of facing: towards a side of the picture only with its part named.)
_BY_SIDE = (r"(?:(?:pinned|pushed|shoved|squeezed|crammed|jammed|wedged|shifted|nudged|pressed)\s+"
            r"(?:over\s+|up\s+|hard\s+)?"
            r"(?:to|against|into)|near|by|along|down|at|on|against|in|into|hugging|close\s+to|next\s+to|occupies|occupying"
            r"|occupied|fills|filling|filled"
            r"|takes(?:\s+up)?|taking(?:\s+up)?|took\s+up|dominates|dominating|dominated"
            r"|(?:toward|towards)(?=\s+the\s+(?:\S+\s+)?(?:left|right)(?:[ -]hand)?\s+"
            rf"(?:edge|border|margin|corner|third|half|quarter|of\s+the\s+{_PICTURE})))")
# ("turned toward the left side": a facing; "towards the left of the frame": a place in it)
_TURNS = (r"facing|faces|face|looking|looks|turned|turning|pointing|points|pointed|heading|headed|aimed|angled"
          r"|gazing|staring|walking|moving|running|driving|going|flying|swimming")
_SIDE_OF = r"(?:(?:far|extreme|very|bottom|top|upper|lower)[ -])?"
_NOT_NOUN = rf"(?:from|to|of|in|on|at|by|with|towards?|into|over|near|beside|is|are|{_TURNS})\b"
# How a thing is placed, said between it and its place ("one trunk lying on top of another").
_HOW_PLACED = r"(?:sitting|lying|standing|set|placed|resting|stacked|parked|directly|right|just)\b"
# Ways of going or turning: a bare side after them is a facing ("a van swerving left"), no place.
_GOING_WORDS = r"heading|headed|facing|turning|looking|pointing|pointed|moving|walking|going|swerving|veering"
# Ways of travelling, which face where they go: "a cart trundling leftwards across the frame".
_TRAVELLING = (r"travell?ing|travels|travell?ed|driving|running|walking|flying|riding|rolling|sailing|drifting|gliding"
               r"|trotting|galloping|marching|strolling|wandering|crawling|waddling|hurrying|cycling|swimming|trundling"
               r"|making\s+(?:its|his|her|their)\s+way")
# The second of two things said ("... and a red van", "... and Ottoline"), kept as group 1.
_AND_ONE = r"(\band\s+(?:(?:a|an|the|one|two|three)\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?-i:[A-Z][a-z]+)))"
# A thing named in a rewrite: "a red van", "the old stone barn", "Ottoline", "Anna Maria".
_NAMED = r"((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
_TURN_PLACE = r"(?:far\s+|very\s+)?(?:left|right)|foreground|background|front|back|middle|centre|center"
_NUM_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"  # a count of a grid's side
_STACK_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s"  # "a tower of five ..."


def _rows_of(match: re.Match) -> str:
    """"two lines of hutches, three in each line": six hutches in two rows of three."""
    rows, things, each = match.group(1), match.group(2), match.group(3)
    total = (number(rows) or 0) * (number(each) or 0)
    return f"{total} {things} in {rows} rows of {each}" if total else match.group(0)


def _grid_of(match: re.Match) -> str:
    rows, across = number(match.group(1).lower()), number(match.group(2).lower())
    if not rows or not across:
        return match.group(0)
    return f"{rows * across} {match.group(3)} in {rows} rows of {across}"


def _counted_after(match: re.Match) -> str:
    count = number(match.group(2).lower())
    return f"{match.group(2)} {match.group(1)}" if count else match.group(0)


# Things named in the plural, with up to two words before ("garden gnomes", "Striped umbrellas"), none a word
# that opens a request or a place.
_PLURAL_THINGS = (
    r"((?:(?!(?:a|an|the|of|some|any|and|or|with|me|us|please|draw|paint|show|render|create|make|generate|depict"
    r"|illustrate|imagine|picture|sketch|give|want|like|need|see|photo|image|all|up|down|in|on|at|by|to|from|into"
    r"|onto|over|under|is|are|was|were|there|here|then|also|more|many|several)\b)(?-i:[A-Za-z][a-z-]*)\s+){0,2}"
    r"(?!(?:is|was|has|its|this|his|hers|ours|yours|theirs|us|as|yes|does|goes|plus|less|across|perhaps|always)\b)"
    r"(?:[A-Za-z]+s|[A-Za-z]+men|geese|mice|sheep|deer|fish|people|children))")


def _count_first(match: re.Match) -> str:
    """"Lanterns: four of them": "Four lanterns" (a capital opening the sentence is no name's)."""
    things, count = match.group(1), match.group(2)
    # ("two sailors, both of them ...": counted already, "both" no count of its own)
    if not number(count.lower()) or count.lower() in ("both", "all", "each", "every") or \
            number(things.split()[0].lower()):
        return match.group(0)
    if things[0].isupper() and things[1:].split()[0].islower():
        things, count = things.lower(), count[0].upper() + count[1:]
    return f"{count} {things}"


def _piled_high(match: re.Match) -> str:
    high = number(match.group(2).lower())
    return f"{match.group(1)} in a pile of {high}" if high else match.group(0)


def _in_order(side: str, things: str) -> str:
    """The things listed, across the picture from the side named."""
    return f"{things.rstrip()} {'from left to right' if side.lower() == 'left' else 'from right to left'}"


def _first_from_side(match: re.Match) -> str:
    """"a drum comes first from the left, then a stool, then a bell": the things in that order."""
    return ", " + _in_order(match.group(1), f"then {match.group(2)}")


def _side_first(match: re.Match) -> str:
    """"from the left, a drum comes first, then a stool": the things in that order."""
    return " " + _in_order(match.group(1), f"{match.group(2)}, then {match.group(3)}")


def _ordered_from_side(match: re.Match) -> str:
    """"first from the left is a drum, then a stool": the things in that order."""
    return " " + _in_order(match.group(1), match.group(2))


def _first_and_second(match: re.Match) -> str:
    """"a drum, a stool, the second behind the first": the one called so placed as said."""
    first, second, which, place = match.group(1), match.group(2), match.group(3).lower(), match.group(4)
    subject, other = (first, second) if which in ("first", "former") else (second, first)
    return f"{subject} {place} {other}"


def _nearer_of_two(match: re.Match) -> str:
    """"a drum is the nearer of the pair, a stool the further": the nearer one in front of the other."""
    first, word, second = match.group(1), match.group(2).lower(), match.group(3)
    front, back = (first, second) if word in ("closer", "nearer") else (second, first)
    return f"{front} in front of {back}"


def _places_in_turn(match: re.Match) -> str:
    """"a cat and a dog on the left and right, respectively": each thing at the place said in its turn."""
    first, second, word, one, other = (match.group(i) for i in range(1, 6))
    return f"{first} {word} the {one} and {second} {word} the {other}"


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth")
# A way of facing in "by turns left and right", "towards the lens then away".
_ONE_WAY = (r"(?:(?:towards|toward|to)(?:\s+(?:us|me|you|the\s+(?:camera|viewer|lens)))?|us"
            r"|the\s+(?:camera|viewer|lens)"
            r"|forwards?|out|away(?:\s+from\s+(?:us|me|you|the\s+(?:camera|viewer|lens)))?|(?:to\s+the\s+)?(?:left|right))")


def _way(words: str) -> str:
    """"towards us", "away from the camera", "to the left": the facing said ("us", "away", "left")."""
    words = words.lower()
    if words.startswith("away"):
        return "away"
    return next((side for side in ("left", "right") if words.endswith(side)), "us")


def _alternately(match: re.Match) -> str:
    """"four cooks abreast, by turns facing us and away, beginning with the first turned away": each one's
    facing said in turn, as "the first facing away, the second facing us, ..." says it."""
    count = number(match.group(2).lower()) or 0
    ways = [_way(match.group(4)), _way(match.group(5))]
    if match.group(6) and _way(match.group(6)) == ways[1]:
        ways.reverse()
    if not 2 <= count <= len(_ORDINALS):
        return match.group(0)
    turns = [f"the {_ORDINALS[i]} facing {ways[i % 2]}" for i in range(count)]
    return f"{match.group(1)}, {', '.join(turns[:-1])} and {turns[-1]}"


def _read_in_order(match: re.Match) -> str:
    """"going left to right, a drum comes before a stool and the stool before a bell": each thing that comes
    before another is on the side the reading starts from."""
    start, rest = match.group(1).lower(), match.group(2)
    before, after = ("left", "right") if start == "left" else ("right", "left")
    rest = re.sub(r"\b(?:comes|come|is|stands|sits|goes|appears)\s+(?:just\s+|immediately\s+|right\s+)?(before|after"
                  r"|ahead\s+of)\b", lambda m: f"is to the {after if m.group(1).lower() == 'after' else before} of",
                  rest, flags=re.IGNORECASE)
    return " ; " + rest  # (a clause of its own: "a tent, and reading ...": the tent is not in the order)


def _numbered_from_side(match: re.Match) -> str:
    """"a drum first from the left, then a stool second, a bell third": the things in that order from that side."""
    things = [t for t in (match.group(1), match.group(3), match.group(4)) if t]
    listed = f"{', '.join(things[:-1])} and {things[-1]}"
    return f" ; {_in_order(match.group(2), listed)} ; "  # (a clause of its own: the order is of these alone)


def _bare_centre(match: re.Match) -> str:
    """"a goat centre of frame": in the centre; after an article or a word saying how exactly ("the exact middle
    of the picture") the frame phrases read it as written."""
    before = match.group(1) or ""
    if before.strip().lower() in ("dead", "smack", "bang", "slap", "plumb"):
        return f"{before}in the centre"  # "dead centre of the view": exactly in it
    if before.strip().lower() in ("the", "a", "an", "its", "this", "that", "exact", "very", "precise", "true",
                                  "absolute", "perfect"):
        return match.group(0)
    return f"{before}in the centre"


def _exactly(match: re.Match) -> str:
    """"a butler right at the centre": the intensifier goes; "on the right, beside ...", "facing
    right in ..." keep their side."""
    before = match.group(1)
    keep = before.strip().lower() in ("the", "far", "to", "on", "at", "its", "their", "his", "her", "very") or \
        re.fullmatch(rf"(?:{_TURNS})", before.strip(), re.IGNORECASE)
    return match.group(0) if keep else before


_MIRROR = {"left": "right", "right": "left"}


def _blocking_side(match: re.Match) -> str:
    """"far house left", "stage right": a theatre's sides. The house (the audience) sees the picture, so
    its left is the picture's; the stage's left is the actor's, facing the house: the picture's right."""
    turn, far, whose, side = match.group(1), match.group(2), match.group(3).lower(), match.group(4).lower()
    if whose == "stage":
        side = _MIRROR[side]
    if turn:
        return f"{turn}to the {side}"
    return f"on the {'far ' if far else ''}{side}"


_FACED_WAY = (r"(?:left|right|leftwards|rightwards|away|forwards?"
              r"|(?:towards\s+|at\s+)?(?:us|me|the\s+(?:camera|viewer)))")
_LINED_UP = re.compile(r"(?i)\b(?:rows?|lines?|file|abreast|side\s+by\s+side|line-up|queue)\b")


def _part_facings(match: re.Match) -> str:
    """"four dogs in a row: two facing right, then two facing left": the first so many of the row face one way,
    the rest the other, as "the first two ..., the last two ..." says it; only after a row or line is named."""
    if not _LINED_UP.search(match.string[max(0, match.start() - 80):match.start()]):
        return match.group(0)
    return f"the first {match.group(1)} {match.group(2)} and the last {match.group(3)} {match.group(4)}"


def _then_list(match: re.Match) -> str:
    items = [item.strip() for item in re.split(r",\s*then\s+", match.group(1))]
    lead = ""
    if items[0].lower().startswith("and "):  # "..., and a teapot, then a kettle": the list starts after "and"
        lead, items[0] = "and ", items[0][4:]
    return f" {lead}from {match.group(2)} to {match.group(3)} {', '.join(items[:-1])} and {items[-1]}"


# How a picture was taken, said after the thing: "a kettle, photographed ...", "..., shot at ...".
_SHOT_VERBS = r"photographed|pictured|shot|captured|filmed|snapped|taken|posed|posing"
# A backdrop's plainness and hue: "a plain backdrop", "a blank white wall", "a seamless grey paper background".
_PLAIN = r"plain|blank|bare|empty|seamless|neutral|simple|solid|featureless|clean|unadorned"
_PLAIN_HUE = r"white|black|grey|gray|cream|beige|pale|dark|light|off-white|studio|paper|painted|photo"
_SIDE_OF_GROUND = (r"(?:on|at|to|in)\s+the\s+(far\s+)?(left|right)(?:[ -]hand)?(?:\s+(?:side|half|part|edge))?\s+of\s+"
                   r"(?:a|an|the)\s+")


def _on_side(match: re.Match) -> str:
    """"..., photographed on the left of a plain backdrop": on the picture's left (the comma kept)."""
    return f"{match.group(1) or ' '}on the {match.group(2) or ''}{match.group(3)}"


# Where the picture is said to be seen from: "Notes from the hide: ...", "as seen from the bridge", "taken from the
# landing, ..." (the side of a thing, the distance, the sky are no place to stand).
_VANTAGE_RE = re.compile(r"(?i)\b(?:(?:seen|viewed|watched|spotted|taken|photographed|pictured|shot|looking|sketched"
                         r"|drawn|painted)\s+)?from\s+(?:the|our|my)\s+([a-z]+)(?:\s+window)?"
                         r"(?=\s*(?:[:,.;!?]|$))")
_NOT_VANTAGE = {"front", "back", "rear", "left", "right", "side", "top", "bottom", "distance", "above", "below",
                "behind", "start", "beginning", "end", "far", "other", "outside", "inside", "ground", "floor", "sky",
                "air", "corner", "edge", "camera", "viewer", "lens", "middle", "centre", "center", "north", "south",
                "east", "west", "off", "afar", "up", "down", "same", "one"}


def _viewer_place(match: re.Match) -> str:
    """Nearer the hide, further from the hide, facing the hide: so to the camera, when the hide is where the
    picture is seen from."""
    text = match.group(0)
    for place in {m.group(1).lower() for m in _VANTAGE_RE.finditer(text)} - _NOT_VANTAGE:
        at = rf"the\s+{re.escape(place)}(?:\s+window)?\b"
        text = re.sub(rf"(?i)\b(nearer|closer|nearest|closest)\s+(?:to\s+)?{at}", r"\1 the camera", text)
        text = re.sub(rf"(?i)\b(further|farther|furthest|farthest)\s+(?:away\s+)?from\s+{at}", r"\1 from the camera",
                      text)
        text = re.sub(rf"(?i)\b(facing|faces|face|looking\s+at|looks\s+at|turned\s+to(?:wards?)?)\s+"
                      rf"(?:towards?\s+)?{at}", r"\1 the camera", text)
    return text


# How one thing of a pile rests on the next, said before "on": "resting squarely", "balanced neatly".
_RESTING = (r"(?:(?:sitting|resting|standing|balanced|perched|placed|set|lying|stacked|laid|stood)\s+)?"
            r"(?:(?:squarely|neatly|carefully|flat|right|directly|precariously|snugly|exactly|tidily)\s+)?")


# How to name a part of the picture after a possessive: "the photo's left edge", "the view's middle".
_PICTURE_PART = (r"(?:(?:far|very|extreme)\s+)?(?:(?:left|right|top|bottom)(?:[ -]hand)?(?:\s+" + _PART + r")?"
                 r"|middle|centre|center|heart|" + _PART + r")")
# What a picture is made, drawn or printed as ("the photo", "the sketch"): its parts are the picture's.
_PICTURE_MADE = r"(?:drawing|painting|sketch|print|snap|snapshot|photo|photograph|illustration)"


def _named_side(match: re.Match) -> str:
    """"From the gate: Tamsin left, a cart right": a name listed with a bare side is placed on it (a word the
    dictionary knows, "Turn left", "Keep right", is read as written)."""
    name = match.group(2)
    if wordnet.is_noun(name.lower()) or wordnet.is_verb(name.lower()) or wordnet.is_adjective(name.lower()) or \
            wordnet.is_adverb(name.lower()):
        return match.group(0)
    return f"{match.group(1)}{name} on the {match.group(3)}"


def _mid_ground(match: re.Match) -> str:
    ground = match.group(1).lower()
    if re.search(rf"(?i)\b(?:a|an|the|its|their|his|her|our|my|this|that)\s+(?:[\w-]+\s+)?{ground}s?\b", match.string):
        return match.group(0)
    return "in the centre"


def _picture_part(match: re.Match) -> str:
    """"the photo's left edge" is the left edge of the picture; so is "the lid's left-hand side" where the prompt
    says the lid is what carries the picture ("lid picture", "the picture on the lid"); "the barn's left side" is
    the barn's."""
    whose, part = match.group(1).lower(), match.group(2)
    carries = re.search(rf"(?i)\b{re.escape(whose)}\s+(?:picture|image|illustration|photo|art|artwork|scene)\b"
                        rf"|\b(?:picture|image|illustration|scene)\s+(?:on|of)\s+(?:the|its|a)\s+{re.escape(whose)}\b",
                        match.string)
    # (the scene's left may be where the camera stands: "seen from the scene's left" is read as written)
    if whose == "scene" or not (re.fullmatch(rf"{_PICTURE}|{_PICTURE_MADE}", whose) or carries):
        return match.group(0)
    return f"the {part} of the picture"


_SHOWN_IN = re.compile(r"(?i)\b(?:the|a|an|this|that|my|our|your|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                       + _PICTURE + r"|" + _PICTURE_MADE + r"|slide|thumbnail|poster|postcard|still|canvas|panel)s?\s+"
                       r"(?:shows|showed|show|has|had|is|was|depicts|depicted|features|featured)\b")


def _after_shown_picture(match: re.Match) -> bool:
    """A picture said to show something earlier in the match's sentence ("the slide showed ...")."""
    return bool(_SHOWN_IN.search(re.split(r"[.!?;]", match.string[:match.start()])[-1]))


def _its_picture_edge(match: re.Match) -> str:
    """"The slide showed one van, way over at its left": after a picture said to show the thing, "its"
    edge is the picture's (a thing is never at its own edge); elsewhere "its" is read as written."""
    if not _after_shown_picture(match):
        return match.group(0)
    return f"{match.group(1)} the {match.group(2)} {match.group(3)} of the picture"


def _its_picture_middle(match: re.Match) -> str:
    """"Her painting has a cat, right in its centre": after a picture said to show the thing, the picture's."""
    if not _after_shown_picture(match):
        return match.group(0)
    return f"{match.group(1)} the {match.group(2)} of the picture"


def _placed_wards(match: re.Match) -> str:
    """"Imogen leftwards and a van rightwards", "pushed leftwards": a place to that side of the picture; after a way
    of turning or going ("facing leftwards", "trundling rightwards") it is the way it faces, read as written."""
    before = match.string[max(0, match.start() - 30):match.start()].split()
    if before and re.fullmatch(rf"(?i)(?:{_TURNS}|{_GOING_WORDS}|{_TRAVELLING}|{TURN}|{GOING}|further|farther|more"
                               r"|well|slightly|off|away)", before[-1]):
        return match.group(0)
    return f"to the {match.group(1)}"


CAPTION_REWRITES: list[tuple[str, str | Callable[[re.Match], str]]] = [
    # "in my holiday snap", "my zoomed-in snap of a clock": a snap (a snapshot) is a photo, the picture
    (r"\b((?:a|my|our|your|his|her|their|this|that|the)\s+(?:[\w-]+\s+)?)(?:snap|snapshot)\b"
     r"(?![\s-]+(?:camera|cameras|lock|locks|hook|hooks|fastener|fasteners|button|buttons|pea|peas|dragon|dragons)\b)",
     r"\1photo"),
    # "in my holiday photo the cat is ...", "in our wedding picture": the picture itself, no thing in it
    (r"\b(?:in|on)\s+(?:my|our|your|this)\s+(?:[\w-]+\s+){0,2}?(?:photo|photograph|picture|pic|drawing|painting|sketch"
     r"|image)\b(?!\s+(?:of|from|is|was|shows|showed|has|had)\b)", " , "),
    # "a pine to your left as you come up the drive", "dead ahead in the middle as you walk down the lane": the viewer
    # coming along a way, said after where the thing is seen (no path in the scene, the side still the viewer's)
    (r"\b((?:your|our|my)\s+(?:left|right)|straight\s+ahead(?:\s+in\s+the\s+(?:middle|centre|center))?)\s*,?\s+"
     r"(?:as\s+(?:you|we|one|i)\s+(?:come|go|walk|drive|head|climb|cycle|ride)|coming|going|walking|driving|heading"
     r"|climbing|cycling|riding)\s+(?:up|down|along|into|towards?|round|around|over|across|through)\s+"
     r"(?:the|a|this|that)\s+[\w-]+(?=\s*(?:[,.;!?]|$))", r"\1"),
    # "mid-view, seen from my seat", "mid-frame": in the middle of the picture (the seat is where it is seen from)
    (r"\b(?:(?:squarely|right|dead|smack|bang|plumb|exactly|slap)\s+)?mid[ -](?:view|frame|picture|screen)"
     r"(?:\s+(?:from|as\s+seen\s+from)\s+(?:my|our|your|the|a)\s+(?:[\w-]+\s+)?[\w-]+(?=\s*(?:[,.;!?]|$)))?",
     "in the centre"),
    # "the slide showed a van hard against its left edge": the picture's edge
    (r"\b(?:(?:over|out|off|right|way)\s+)?(at|on|against|to|along|by|hugging)\s+its\s+(left|right|top|bottom)"
     r"(?:[ -]hand)?\s+(edge|border|margin|side)\b(?!\s+of\b)", _its_picture_edge),
    # "her painting has a cat, right in its centre": the picture's centre (a thing is never in its own)
    (r"\b(?:(?:right|just|dead|smack|bang|plumb|squarely|exactly)\s+)?(in|at)\s+its\s+(?:very\s+)?(centre|center"
     r"|middle)\b(?!\s+of\b)", _its_picture_middle),
    # "the photo's left edge", "slap bang in the view's middle": the picture's part, as "the left edge of the
    # picture" says it (before the "'s" goes and the picture's side phrases read it)
    (r"\bthe\s+([a-z]+)'s\s+(" + _PICTURE_PART + r")\b", _picture_part),
    # "a drum filled the left side of the picture, a stool its right side": "its" is the picture said just before
    (r"(\bthe\s+(?:left|right)\s+(side|half|edge|third|part)\s+of\s+the\s+picture\s*,\s*(?:and\s+)?" + _NAMED
     + r")\s+its\s+(left|right)\s+(?:side|half|edge|third|part)\b", r"\1 on the \4 \2 of the picture"),
    # "far left as you face the model", "as we looked at the stage", "as you look ahead": the one looking, where the
    # picture is seen from (nothing in it is looked at)
    (r"\s*,?\s*\b(?:as|when|while)\s+(?:you|we|one|i)\s+(?:face|faces|faced|facing|look|looks|looked|looking|gaze"
     r"|gazed)\s+(?:(?:at|towards?|into|over|across|on)\s+)?(?:the|this|our|my|your)\s+[\w-]+(?=\s*(?:[,.;:!?]|$))"
     r"|\s*,?\s*\b(?:as|when|while)\s+(?:you|we|one|i)\s+(?:look|looks|looked|gaze|gazes|face|faces)\s+(?:straight\s+)?"
     r"(?:ahead|forward|forwards|out)(?=\s*(?:[,.;:!?]|$))", ""),
    # "off to one side, the left": the side said after is the side
    (r"\b((?:off|out|over|away)\s+)?to\s+one\s+side\s*,\s*(?:the|our|your|my)\s+(left|right)\b(?!\s+of\b)",
     r"\1to the \2"),
    # "From the gate: Tamsin left, a cart right": a name with a bare side after it in a list
    (r"((?:^|[:;,])\s*)((?-i:[A-Z][a-z]{2,}))\s+(left|right)(?=\s*(?:[,;.!]|$))", _named_side),
    # "Imogen leftwards and a van rightwards", "pushed leftwards": to that side (a turn's "leftwards" is its way)
    (r"\b(left|right)wards?\b(?!\s+(?:of|than|across|through|over|along)\b)", _placed_wards),
    # "over on the left when you look at it", "as you stand at the entrance": the viewer looking, where the picture is
    # seen from; nothing in it is looked at
    (r"\s*,?\s*\b(?:when|as|while|if)\s+(?:you|we|one|i)\s+(?:look|looks|looked|view|views|viewed|see|sees)\s+at\s+"
     r"(?:it|them|this|the\s+(?:picture|page|painting|drawing|photo|card|screen|scene))\b", ""),
    (r"\s*,?\s*\b(?:as|when|while)\s+(?:you|we|one|i)\s+(?:stand|stands|stood|come\s+in|comes\s+in|came\s+in|walk\s+in"
     r"|walks\s+in|step\s+in|steps\s+in|enter|enters|entered)(?:\s+(?:at|in|by|through|from)\s+(?:the|a)\s+(?:[\w-]+\s+)?"
     r"(?:entrance|door|doorway|gate|gateway|threshold|opening|archway))?(?=\s*(?:[,.;:!?]|$))", ""),
    # "the view from the hide", "the view out of our window": the picture itself, seen from there
    (r"\bthe\s+view\s+(?:from|out\s+of|through)\s+(?:the|our|my|your)\s+[\w-]+(?:\s+window)?(?=\s*(?:[,.;:!?]|$))",
     "the picture"),
    # The place the picture is said to be seen from ("Notes from the hide: ...", "as seen from the bridge"): being
    # nearer it, further from it or facing it is being so to the viewer
    (r"(?s)^.*$", _viewer_place),
    # "the left-hand edge of the diagram", "the left of the little picture": the picture, whatever it is drawn as
    # (a figure may be a statue or a person: only its edge, corner or middle is the picture's; a painting or a card may
    # hang on a wall: only a place "on" or "in" its side is the picture's, as words.PICTURE_SIDE_RE reads it)
    (r"\b((?:left|right|middle|centre|center|edge|side|corner|top|bottom|half|third|end|heart|hub|front|back|border"
     r"|margin)\s+of\s+)(?:the|this|our|my|your)\s+(?:(?:whole|entire|little|small|tiny)\s+)?(?:diagram|illustration)\b"
     r"(?!\s+of\b)"
     r"|\b((?:edge|corner|middle|centre|center|heart|hub|border|margin|half|third)\s+of\s+)(?:the|this)\s+"
     r"(?:(?:whole|entire)\s+)?figure\b(?!\s+of\b)"
     r"|\b((?:on|in|at|within)\s+the\s+(?:(?:far|very|extreme)\s+)?(?:left|right|middle|centre|center|top|bottom)"
     r"(?:[ -]hand)?(?:\s+(?:side|edge|corner|half|third|part))?\s+of\s+)the\s+(?:(?:little|small|tiny|wee)\s+)?"
     r"(?:picture|drawing|painting|sketch|photo|image|page|card|postcard)\b(?!\s+of\b)",
     lambda m: f"{m.group(1) or m.group(2) or m.group(3)}the picture"),
    # "a bed on the left-hand side of everything": of the picture (where the viewer stands, "I stood on the left side of
    # everything", is the camera's)
    (r"(?<!\bstood\s)(?<!\bstanding\s)(?<!\bstand\s)(?<!\bsat\s)(?<!\bsitting\s)(?<!\bwas\s)(?<!\bam\s)(?<!\bare\s)"
     r"(?<!\bwere\s)(?<!'re\s)(?<!'m\s)(?<!\bbe\s)(?<!\bplaced\s)(?<!\bpositioned\s)(?<!\bcrouching\s)(?<!\bcrouched\s)"
     r"\b((?:on|in|along|by)\s+the\s+(?:far\s+)?(?:left|right)(?:[ -]hand)?"
     r"(?:\s+(?:side|half|part|edge))?\s+of\s+)"
     r"(?:everything|it\s+all|all\s+of\s+it|the\s+whole\s+lot|the\s+lot|the\s+whole\s+thing)\b"
     r"(?!\s+(?:that|which|i|we|you|one|they)\b)", r"\1the picture"),
    (r"\s*,?\s*\b(?:as\s+)?(?:seen|viewed|looked\s+at)\s+by\s+(?:us|me|you|the\s+viewer)\b(?=\s*(?:[,.;:!?]|$))", ""),
    (r"\s*\b(?:in|on|within)\s+(?:the|this|our|my|your)\s+(?:diagram|illustration)\b(?=\s*(?:[,.;:!?]|$))", ""),
    (r"\b((?:fill|fills|filling|filled)\s+(?:up\s+)?(?:all\s+(?:of\s+)?)?the\s+(?:whole\s+|entire\s+)?)(?:diagram|figure"
     r"|illustration|drawing|sketch|paper|sheet|card|plate|page)\b(?!\s+of\b)", r"\1picture"),
    # "a frame-filling close-up of a dish": the close-up says it (no frame in the picture)
    (r"\b(?:frame|picture|screen|page|image|shot|canvas)[ -]filling\s+(?=(?:close|extreme|tight|macro|shot|view|image"
     r"|photo|picture)\b)", ""),
    # "A table stands here, and under it lies a cat": said first, "under it" is where the thing after it is
    (r"((?:^|[,.;:!?])\s*(?:and\s+|but\s+)?(?:just\s+|right\s+|directly\s+)?)under\s+(it|them|him|her)\b(?=\s*,?\s*"
     r"(?:there\b|lies\b|lay\b|sits\b|sat\b|stands\b|stood\b|sleeps\b|slept\b|rests\b|waits\b|hides\b|crouches\b"
     r"|squats\b|is\b|are\b|was\b|were\b|lurks\b|curls\b|shelters\b|(?:a|an|the|one|two|three|some)\s))",
     r"\1beneath \2"),
    # "between two huts, one each side": the two on either side is what "between" says
    # ("flanked by a pair of lamps, one either side" the same)
    (r"(\b(?:between|(?:flanked|bracketed|framed|sandwiched)\s+by)\s+(?:the\s+)?(?:two|2|both|a\s+pair\s+of)\s+"
     r"[^,.;:!?]{1,60}?)\s*,\s*(?:with\s+)?one\s+(?:on\s+|at\s+"
     r"|to\s+|by\s+)?(?:each|either|every)\s+side(?:\s+of\s+(?:it|them|him|her))?\b", r"\1"),
    # "a goat mostly screened by a van in front of it": the van's place is what screening says (said twice)
    (r"(\b(?:hidden|screened|obscured|masked|blocked|covered|concealed|shielded|shaded)\s+(?:from\s+(?:view|sight)\s+)?"
     r"(?:by|behind)\s+" + _NAMED + r")\s+(?:(?:just|right|directly|standing|placed|set|parked)\s+)?in\s+front\s+of\s+"
     r"(?:it|them|him|her)\b", r"\1"),
    # "a cart and, behind it in the distance, a barn": behind it (how far is the relation's, no place of the cart)
    (r"\b(behind|beyond|past)\s+(it|them|him|her)\s*,?\s+(?:(?:far\s+)?(?:off\s+|away\s+)?in\s+the\s+(?:far\s+)?distance"
     r"|far\s+(?:off|away|back))\b", r"\1 \2"),
    # "a cart and, behind it, a barn": "it" is the cart, named again (a thing said before the cart is no "it")
    (r"\b(?:a|an|the)\s+((?:[\w-]+\s+){0,3}?[\w-]+)(\s+and\s*,\s*(?:just\s+|right\s+|directly\s+|far\s+)?(?:behind|beyond"
     r"|in\s+front\s+of|beside|next\s+to|under|beneath|above|on\s+top\s+of|(?:to\s+)?the\s+(?:left|right)\s+of)\s+)it"
     r"(?=\s*,)", lambda m: f"{m.group(0)[:m.start(2) - m.start(0)]}{m.group(2)}the {m.group(1)}"),
    # "Right in front of a van, closer to you, stands Kevin": the depth said twice, between the place and its thing
    (r"((?:^|[.;:!?])\s*(?:and\s+)?(?:right\s+|just\s+|directly\s+|immediately\s+)?)(in\s+front\s+of|before|behind|past"
     r"|beyond)(\s+" + _NAMED + r")\s*,\s*(?:(?:a\s+little\s+|a\s+bit\s+|much\s+|slightly\s+|even\s+|still\s+)?"
     r"(?:closer"
     r"|nearer|further|farther)(?:\s+(?:back|off|away|forward|out|in))?(?:\s+(?:to|from)\s+(?:you|us|me|the\s+(?:camera"
     r"|viewer|lens)))?|(?:far\s+(?:off\s+|away\s+)?)?in\s+the\s+(?:far\s+)?distance|far\s+(?:off|away|back))\s*,\s*",
     lambda m: f"{m.group(1)}{'behind' if m.group(2).lower() == 'past' else m.group(2)}{m.group(3)} "),
    # "Who's that under the table? It's a dormouse!": the answer names the thing at the place asked about
    (r"\b(?:who|what)(?:'s|\s+is)\s+(?:that|this|there|hiding|sitting|lurking|standing)?\s*((?:just\s+|right\s+)?"
     r"(?:under|underneath|beneath|below|behind|beside|next\s+to|on\s+top\s+of|on|in\s+front\s+of|by|near)\s+"
     r"(?:the|a|an)\s+[^?.!;]{1,50}?)\s*\?\s*(?:it'?s|it\s+is|that'?s|that\s+is|why\s*,?\s*it'?s)\s+" + _NAMED
     + r"(?=\s*(?:[,.;:!?]|$))", r"\2 \1"),
    # "a hare behind a hedge, almost lost from sight", "... behind the van, you can hardly see it", "Behind the
    # hedge! Only a little bit shows!": the hedge hides most of it
    (r"(?<!hiding\s)(?<!hidden\s)(?<!peeking\s)(?<!peeping\s)(?<!tucked\s)(?<!lurking\s)(?<!crouching\s)"
     r"\bbehind\s+" + _NAMED + r"\s*[,.!;]\s*(?:(?:and|but)\s+)?(?:(?:almost|nearly|mostly|largely|half|partly"
     r"|all\s+but)"
     r"\s+(?:lost|gone|hidden)\s+(?:from|to)\s+(?:sight|view)|(?:you|we|one|i)\s+can\s+(?:hardly|barely|scarcely|only\s+just"
     r"|just\s+about|just)\s+(?:see|make\s+out|spot)\s+(?:it|them|him|her)(?:\s+(?:in|on)\s+the\s+(?:picture|photo|page))?"
     r"|only\s+(?:a\s+)?(?:(?:little|tiny|small|wee)\s+)?(?:bit|part|corner|piece|tip|glimpse)(?:\s+of\s+(?:it|them|him"
     r"|her))?\s+(?:shows|is\s+showing|can\s+be\s+seen|is\s+visible|peeks\s+out|sticks\s+out|pokes\s+out)"
     r"|(?:just|only)\s+(?:peeking|peeping|poking)\s+out|(?:hardly|barely|only\s+just|just)\s+visible"
     # "..., leaving just an edge of it in view"
     r"|(?:leaving|with|so)\s+(?:just|only|barely)\s+(?:a|an|the|one)\s+(?:(?:little|tiny|small|thin|narrow)\s+)?(?:edge"
     r"|corner|bit|part|sliver|tip|glimpse|strip|slice)\s+of\s+(?:it|them|him|her)\s+(?:in\s+(?:view|sight)|visible"
     r"|showing|on\s+show)(?:\s+(?:past|beyond|behind|over|round|around|above)\s+(?:it|them|him|her))?)",
     r"partly hidden behind \1"),
    # "only the crate left, over on the right": the one remaining, its place said after ("left" is no side there)
    (r"\b((?:only|just)\s+(?:the|a|an|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:left|remaining|left\s+over)(?=\s*,\s*"
     r"(?:over|off|out|away|on|in|at|to|tucked|right|just|far|smack|bang|slap|plumb|dead|squarely|up|down|by|near"
     r"|beside|next|under|behind)\b)", r"\1"),
    # "The area is empty but for a fork in its very centre": the fork in the middle (the area is the picture's)
    (r"\b(?:the\s+)?(?:area|room|space|place|scene|clearing|field|floor|stage|yard|hall|square|page|picture|lawn|plain)\s+"
     r"(?:is|was|lies|stands|sits)\s+(?:quite\s+|completely\s+|totally\s+|entirely\s+|all\s+)?(?:empty|bare|clear|deserted"
     r"|vacant)\s+(?:but|except|save)\s+for\s+" + _NAMED + r"\s*,?\s*(?:in|at)\s+(?:its|the)\s+(?:very\s+|exact\s+)?"
     r"(centre|center|middle)\b", r"\1 in the very \2"),
    (r"\b(?:the\s+)?(?:area|room|space|place|scene|clearing|field|floor|stage|yard|hall|square|page|picture|lawn|plain)\s+"
     r"(?:is|was|lies|stands|sits)\s+(?:quite\s+|completely\s+|totally\s+|entirely\s+|all\s+)?(?:empty|bare|clear|deserted"
     r"|vacant)\s+(?:but|except|save)\s+for\s+(?=(?:a|an|the|one|two|three|four|five|six|(?-i:[A-Z]))\b)", ""),
    # "..., straight ahead of you": on the line the viewer looks along, the middle of the picture
    (r"\b(centre|center|middle)\s*,?\s*(?:straight|directly|dead|right)\s+ahead\s+of\s+(?:you|us|me)\b", r"\1"),
    (r"\b(?:straight|directly|dead|right)\s+ahead\s+of\s+(?:you|us|me)\s*:", ":"),  # (a list's heading: ahead of all)
    (r"\s*,?\s*\b(?:straight|directly|dead|right)\s+ahead\s+of\s+(?:you|us|me|the\s+(?:viewer|camera))\b"
     r"(?=\s*(?:[,.;!?]|$))", " in the centre"),
    # "facing that way, to the left side of the page": the way said after it is the way
    (rf"\b({_TURNS})\s+(?:that|this|the\s+one)\s+way\s*,?\s*(?:to|towards|toward)\s+the\s+(left|right)(?:[ -]hand)?"
     rf"(?:\s+(?:side|edge))?(?:\s+of\s+the\s+{_PICTURE})?", r"\1 \2"),
    # "facing the reader": the one the picture is for is the viewer
    (r"\b(facing|faces|face|looking\s+at|looks\s+at|turned\s+to(?:wards?)?)\s+(?:the|its|our)\s+readers?\b",
     r"\1 the viewer"),
    # "in the back room", "across the front lawn": which of the house's rooms or gardens, no "behind" in it
    (r"\b((?:in|into|on|at|across|round|around|through|from|out\s+of|onto)\s+(?:the|a|our|my|your|their|his|her)\s+)"
     r"(?:back|front)\s+(?=(?:room|yard|garden|porch|lawn|hall|bedroom|parlour|parlor|office|field|paddock|kitchen"
     r"|seat|step|steps|drive|driveway|path)\b)", r"\1"),
    # A treasure hunt: "find the robot, then look to the left of it as you face it: the cook has the next clue"
    (r"\b(?:find|locate|spot)\s+((?:a|an|the)\s+[^,;:.]{1,40}?|(?-i:[A-Z][a-z]+))\s*,?\s*(?:and\s+)?then\s+look\s+(?=(?:to|on"
     r"|under|underneath|beneath|behind|beside|next|in|inside|between|above|below|near)\b)", r"\1; "),
    (r"\s*,?\s*\bas\s+(?:you|we)\s+(?:face|look\s+at|stand\s+facing)\s+(?:it|them|him|her)\b", ""),
    (r"\s+(?:has|holds|is\s+holding|has\s+got|is\s+hiding|hides)\s+(?:the|your|our|a)\s+(?:next\s+|last\s+|final\s+)?"
     r"(?:clue|hint|riddle|envelope|card|password)\b", ""),
    # "a front row of three chairs": three chairs in the front row ("the back row of ..." the same)
    (r"\b(?:a|the)\s+(front|back|middle|rear|top|bottom|upper|lower)\s+row\s+of\s+((?:\d+|[a-z]+)\s+[a-z]+(?:\s+[a-z]+)?)"
     r"(?=\s*(?:[,.;!?]|\band\b|$))", r"\2 in the \1 row"),
    # "in three rows, with four in each row", "in a grid of two rows, three to each row": rows of so many
    (r"\b(?:in|as|into)\s+(?:a\s+(?:grid|block|pattern|formation)\s+of\s+)?(\d+|[a-z]+)\s+rows\s*,?\s*(?:with\s+|of\s+)?"
     r"(\d+|[a-z]+)\s+(?:in\s+each|per|to\s+a|to\s+each|in\s+every|each)(?:\s+row)?\b", r"in \1 rows of \2"),
    # "drawn up three abreast in four rows", "two abreast and five deep": rows of so many side by side
    (r"\b(?:(?:drawn|lined|set|formed|marshalled|paired)\s+up\s+|standing\s+|marching\s+|arranged\s+|placed\s+|parked\s+)?"
     r"(\d+|[a-z]+)\s+abreast\s*,?\s+(?:in|and|by)\s+(\d+|[a-z]+)\s+(?:rows|ranks|lines)(?:\s+deep)?\b"
     r"(\s*,(?=\s*(?:a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s))?",
     lambda m: f"in {m.group(2)} rows of {m.group(1)}{';' if m.group(3) else ''}"),  # (the next thing said is no rank)
    (r"\b(?:(?:drawn|lined|set|formed|marshalled|paired)\s+up\s+|standing\s+|marching\s+|arranged\s+|placed\s+|parked\s+)?"
     r"(\d+|[a-z]+)\s+abreast\s*,?\s+(?:and\s+)?(\d+|[a-z]+)\s+deep\b"
     r"(\s*,(?=\s*(?:a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s))?",
     lambda m: f"in {m.group(2)} rows of {m.group(1)}{';' if m.group(3) else ''}"),
    # "a dormouse having a snooze under a table": at rest there (no snooze in the scene)
    (r"\b(?:having|has|had|taking|takes|took|enjoying|enjoys|grabbing|catching)\s+(?:a|an|his|her|its|their)\s+"
     r"(?:(?:little|quick|short|long|well-earned|lazy|afternoon)\s+)?(?:snooze|nap|rest|kip|doze|breather|lie-down"
     r"|sit-down|siesta|catnap|sleep)\b", "resting"),
    # "laid out four across and three rows back": three rows of four
    (r"\b(\d+|[a-z]+)\s+(?:across|wide)\s+and\s+(\d+|[a-z]+)\s+(?:rows\s+)?(?:back|deep)\b", r"in \2 rows of \1"),
    # "Brendan taking shelter beneath a table": sheltering there, no shelter in the scene
    (r"\b(?:taking|takes|took|taken)\s+(?:shelter|cover|refuge)\b", "sheltering"),
    # "two kettles, one placed a little ahead of the other": one in front of the other
    (r"\bone\s+(?:(?:placed|set|put|standing|sitting|parked|positioned|stood|sat)\s+)?(?:a\s+little\s+|a\s+bit\s+|slightly\s+"
     r"|just\s+|well\s+|somewhat\s+)?(?:ahead|forward|forwards)\s+of\s+(?=(?:the\s+other|another)\b)",
     "one in front of "),
    # "two cans, one of them in front of the other": one of the two
    (r"\bone\s+of\s+(?:them|the\s+two|the\s+pair|those|these)\s*,?\s+(?=(?:placed|set|put|standing|sitting|parked"
     r"|positioned|stood|sat|nearer|closer|further|farther|in\s+front|behind|on\s+top|just|a\s+few|a\s+step|a\s+little"
     r"|slightly)\b)", "one "),
    # "one set closer to us, in front of the other": the depth said twice (the first with no other to be nearer than)
    (r"\bone\s+(?:(?:placed|set|put|standing|sitting|parked|positioned|stood|sat)\s+)?(?:a\s+(?:little|bit)\s+)?"
     r"(?:closer|nearer)(?:\s+to)?\s+(?:the\s+)?(?:camera|viewer|lens|us|me|you)\s*,\s*(?=in\s+front\s+of\s+"
     r"(?:the\s+other|another)\b)", "one "),
    (r"\bone\s+(?:(?:placed|set|put|standing|sitting|parked|positioned|stood|sat)\s+)?(?:a\s+(?:little|bit)\s+)?"
     r"(?:further|farther)(?:\s+(?:away\s+)?from)?\s+(?:the\s+)?(?:camera|viewer|lens|us|me|you)\s*,\s*"
     r"(?=behind\s+(?:the\s+other|another)\b)", "one "),
    # "two cans, one placed nearer to us than the other": one nearer than the other (placed, set, standing ...)
    (r"\bone\s+(?:placed|set|put|standing|sitting|parked|positioned|stood|sat)\s+(?=(?:nearer|closer|further|farther"
     r"|in\s+front|behind|on\s+top|to\s+the\s+(?:left|right)|forward\s+of|forwards\s+of|ahead\s+of|back\s+from)\b)",
     "one "),
    # "In our cottage there's a cat on a sofa": where, then what is there (the place is no subject of "is")
    (r"((?:^|[.!?;:]\s*)(?:in|inside|at|on)\s+(?:a|an|the|our|my|their|his|her|this)\s+[^,.;:!?]{1,40}?)\s+"
     r"(?=there(?:'s|\s+is|\s+are|\s+was|\s+were|\s+sits|\s+stands)\b)", r"\1, "),
    # "far over on the left of everything I could see": of the picture
    (r"\bof\s+(?:everything|all)\s+(?:that\s+)?(?:i|we|you)\s+(?:(?:could|can|were\s+able\s+to)\s+)?(?:see|saw"
     r"|behold|survey)\b",
     "of the picture"),
    # "a deer, turned towards the right of the frame": turned to the right (no place on the frame's side)
    (r"\b(turned|turning|facing|looking|pointing|pointed|angled|heading)\s+(?:to|towards|toward)\s+the\s+(left|right)\s+"
     r"of\s+the\s+(?:frame|picture|image|shot|screen|page|canvas|scene|photo)\b", r"\1 to the \2"),
    # "a car drove past me from right to left": the way it goes, the viewer is no thing passed
    (r"\b(?:past|by)\s+(?:me|us|you|the\s+camera|the\s+viewer|our\s+window)\s+(?=from\s+(?:left|right)\s+to\b)", ""),
    # "turned to face our photographer": the camera
    (r"\b(face|facing|faces|towards|toward|at)\s+(?:our|the|my|your)\s+(?:photographer|cameraman|camera\s+operator)\b",
     r"\1 the camera"),
    # "a van would hide most of a goat": says what it does ("a goat standing behind it" is then hidden)
    (r"\b(?:would|will|should|could|might|can)\s+(hide|cover|block|obscure|screen)\b", r"\1s"),
    # "a bowl with one teacher on each side of it", "a pram with a nanny either side of it": two, one each side
    (r"\bwith\s+(?:one|a|an)\s+([a-z]+(?:\s+(?!(?:on|at|to|by)\b)[a-z]+)?)\s+(?:(?:on|at|to|by)\s+)?(?:each|either|both)"
     r"\s+sides?(?:\s+of\s+(?:it|them|him|her))?\b",
     lambda m: f"between two {language.plural(m.group(1))}"),
    # "..., all in the one picture": everything said is in it, no picture in the picture
    (r"\s*,?\s*(?:all\s+)?(?:in|within|on)\s+(?:the\s+)?(?:one|same|single)\s+(?:picture|image|frame|shot|scene|drawing"
     r"|page|canvas)\b", ""),
    # "two boys in a hurry", "a vicar in a good mood": how they are, nothing they are in
    (r"\s+in\s+a\s+(?:hurry|rush|panic|huff|daze|temper|flap|tizzy|(?:good|bad|foul|great)\s+mood)\b", ""),
    # "a piano filling the left of the picture and a wardrobe filling the right": on that side
    # ("a sofa occupying our left as we see it": the viewer's left is the picture's)
    (r"\b(?:filling|fills|filled|occupying|occupies|occupied|taking\s+up|takes\s+up|took\s+up)\s+(?:the|our|your|my)\s+"
     r"(left|right)(?:[ -]hand)?(?:\s+side)?(?:\s*,?\s*\bas\s+(?:we|you|i|one)\s+(?:see|sees|saw|view|views|viewed"
     r"|look\s+at)"
     r"\s+(?:it|them|this|things))?(?=\s*(?:[,.;:!?]|$|\band\b))", r"on the \1"),
    # "two cooks, the one on our left looking right": the one on the left, as the viewer sees it
    (r"\b(the\s+(?:one|ones|other|first|second|third|last)\s+(?:(?:standing|sitting|placed|set)\s+)?)(?:on|to|at)\s+"
     r"(?:our|your|my)\s+(left|right)\b(?!\s+(?:of|hand)\b)", r"\1on the \2"),
    # "a teapot, then a kettle, then a cup, reading across from left to right": that list, in that order
    # (said first, the order takes the list after it; said last it would take the whole sentence)
    (r"(?:(?<=[,;:.!?])|^)((?:[^,;:.!?]{1,80}?,\s*then\s+){1,8}[^,;:.!?]{1,80}?)\s*,?\s*"
     r"(?:(?:reading|going|running|working|moving)\s+)?(?:across\s+)?from\s+(left|right)\s+to\s+(right|left)\b",
     _then_list),
    # "the outer two turned in towards the middle one": turned towards it
    (r"\b(turned|turning|turns|facing|faces|looking|looks|angled|pointing|points)\s+in\s+(?=(?:towards|toward)\b)",
     r"\1 "),
    # "a clock furthest to the left": at the far left
    (r"\b(?:furthest|farthest)\s+(?:to\s+the\s+|on\s+the\s+|over\s+to\s+the\s+)?(left|right)\b", r"on the far \1"),
    # "the hippo goes ahead of the van", "a cart stood ahead of a shed": in front of it (no turn "ahead")
    (r"\b(goes|go|went|going|gone|belongs|belong|sits|sat|stands|stood|should\s+go|needs\s+to\s+go|has\s+to\s+go"
     r"|is|are|was|were)\s+ahead\s+of\b", r"\1 in front of"),
    # "a mug midway from a kettle to a jar, between the two": between them (said twice)
    (r"\b(midway|halfway|half\s+way|equidistant)\s+(?:along\s+)?from\s+([^,.;:!?]{1,50}?)\s+to\s+([^,.;:!?]{1,50}?)"
     r"(?:\s*,\s*(?:right\s+|just\s+|exactly\s+|squarely\s+)?(?:in\s+)?between\s+(?:the\s+two|them|both)"
     r"(?:\s+of\s+them)?)?(?=\s*(?:[,.;:!?]|$))", r"\1 between \2 and \3"),
    # "a barn a stride or two from a cart", "a step or two away": a few steps
    (r"\b(?:a|one)\s+(step|pace|stride|yard|metre|meter|foot|hop|length)\s+or\s+(?:two|so)\b",
     lambda m: f"a few {'feet' if m.group(1).lower() == 'foot' else m.group(1) + 's'}"),
    # "pass a cart and you'll see a barn further on": further along the way, further off
    (r"\b(further|farther)\s+on\b(?!\s+(?:top|the|a|an|its|his|her|their|to|from|up|down)\b)", r"\1 back"),
    # "a barn further back, behind it": the depth said twice, the second with its thing
    (r"\b(?:a\s+(?:little|bit)\s+|much\s+|well\s+)?(?:further|farther)\s+(?:on|back|off|away)\s*,\s*(?=(?:just\s+|right\s+"
     r"|directly\s+|well\s+)?(?:behind|beyond)\s+(?:it|them|him|her)\b)", ""),
    # "the lamp goes right of the desk": where it goes, as "to the right of" says (not which way it turns)
    (r"\b(goes|go|went|going|belongs|belong|sits|stands|should\s+go|needs\s+to\s+go|has\s+to\s+go)\s+(left|right)\s+of\b",
     r"\1 to the \2 of"),
    # "... in the drawing", "..., in the painting": where the words are said to hold, not a thing in it
    (r"\s*,?\s*\bin\s+the\s+(?:drawing|painting|sketch|illustration)(?=\s*(?:[,.;!?]|$))", " "),
    # "a moose went past our window", "as you looked out of our front window": the window is the viewer's,
    # where the picture is seen from, not a thing in it
    (r"\s*,?\s*\b(?:as\s+(?:you|we|i)\s+(?:looked|look|looking)\s+)?(?:past|by|through|out\s+of|from)\s+(?:our|my|your)"
     r"\s+(?:[a-z]+\s+)?window\b", " "),
    # A story's stock opening ("Long ago, a fox ...", "One day a hen ..."): no time or thing in the scene
    (r"(?:^|(?<=[.;!?]))\s*(?:once\s+upon\s+a\s+time|long\s+(?:long\s+)?ago|one\s+(?:fine\s+)?(?:day|morning|evening"
     r"|night))\b\s*,?", " "),
    # "two crates, one of them just behind the other": one, as "one behind the other" says it
    (r"\bone\s+of\s+(?:them|those|these|the\s+two|the\s+pair)\s+(?=(?:[\w-]+\s+){1,5}?(?:the\s+other|another)\b)",
     "one "),
    # "one just behind the other": how near says nothing more ("one right in front of the other" reads so already)
    (r"\bone\s+(?:just|directly|slightly|immediately|a\s+little|a\s+bit|somewhat|squarely)\s+(?=(?:behind|in\s+front\s+of"
     r"|on\s+top\s+of|above|below|under|beneath|beside|next\s+to)\s+(?:the\s+other|another)\b)", "one "),
    # "one crate in front of the other, nearer the lens": the depth said twice (the second would need an "it")
    # ("a mule in front of a van, nearer the camera": the same of a thing named)
    (r"\b((?:in\s+front|forwards?|ahead|out\s+in\s+front)\s+of\s+(?:the\s+other|another|it|them|him|her|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
     r"|(?-i:[A-Z][a-z]+)))(?:\s+in\s+the\s+picture)?\s*,\s*(?:that\s+is\s+|i\.e\.\s+)?(?:closer|nearer|nearest"
     r"|closest)(?:\s+to)?\s+(?:the\s+)?(?:camera|viewer|lens|us|me|you)\b", r"\1"),
    (r"\b(behind\s+(?:the\s+other|another|it|them|him|her|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
     r"|(?-i:[A-Z][a-z]+)))(?:\s+in\s+the\s+picture)?\s*,\s*(?:that\s+is\s+|i\.e\.\s+)?(?:farther|further"
     r"|furthest|farthest)(?:\s+(?:away\s+)?from)?\s+(?:the\s+)?(?:camera|viewer|lens|us|me|you)\b", r"\1"),
    # "five carts, one by the next", "one set beside another": side by side in a row (no "next" thing, no split)
    (r"\s*,?\s*\bone\s+(?:(?:set|placed|standing|sitting|parked|lined\s+up)\s+)?(?:beside|next\s+to|alongside|by)\s+"
     r"(?:the\s+next|another|the\s+other)(?:\s+one)?\b", " side by side"),
    # "a drum, a stool, the former left of the latter": the one named first left of the other
    (_NAMED + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _NAMED
     + r"\s*,\s*(?:with\s+)?the\s+(first|second|former|latter)(?:\s+one)?\s+"
     r"((?:just\s+|directly\s+|slightly\s+)?(?:to\s+the\s+(?:left|right)\s+of|(?:left|right)\s+of|in\s+front\s+of|behind"
     r"|above|below|under|on\s+top\s+of|on|beside|next\s+to))\s+the\s+(?:first|second|former|latter|other)(?:\s+one)?\b",
     _first_and_second),
    # "a drum is the nearer one, a stool the further one": the drum in front of the stool
    (_NAMED + r"\s+(?:is|being|as)\s+the\s+(closer|nearer|farther|further|more\s+distant)(?:\s+one)?(?:\s+of\s+the"
     r"\s+(?:two|pair))?\s*,\s*(?:and\s+|with\s+|while\s+)?" + _NAMED + r"\s+(?:(?:is|being|as)\s+)?the\s+"
     r"(?:closer|nearer|farther|further|more\s+distant)(?:\s+one)?\b", _nearer_of_two),
    # "A lamp | a chair | the lamp on the left": a bar between things lists them, as a comma does
    (r"\s*\|\s*", ", "),
    # "a kite + a goat facing left + a hen": plus signs between parts are bullets, each part said apart; a single
    # plus joins two things ("a cat + a dog, side by side")
    (r"^(?=.*\s\+\s.*\s\+\s).*$", lambda match: re.sub(r"\s+\+\s+", " ; ", match.group(0))),
    (r"\s+\+\s+", " and "),
    # "a stool on one side, a bell on the other, and a drum in the middle"; "a drum in the middle, a stool to its
    # left and a bell to its right": the drum between them
    (_NAMED + r"\s+(?:on|to|at)\s+one\s+side\s*,\s*(?:and\s+)?" + _NAMED + r"\s+(?:on|to|at)\s+the\s+other"
     r"(?:\s+side)?\s*,?\s*(?:and\s+|with\s+)?" + _NAMED
     + r"\s+(?:in\s+the\s+(?:middle|centre|center)|in\s+between|between\s+them)\b", r"\3 between \1 and \2"),
    (_NAMED + r"\s+(?:in\s+the\s+(?:middle|centre|center)|in\s+between)\s*,\s*(?:with\s+)?" + _NAMED
     + r"\s+(?:to|on|at)\s+(?:its|his|her|their)\s+(?:left|right)(?:\s+side)?\s*,?\s+and\s+" + _NAMED
     + r"\s+(?:to|on|at)\s+(?:its|his|her|their)\s+(?:left|right)(?:\s+side)?\b", r"\1 between \2 and \3"),
    # "Centre frame: a drum": in the middle of the picture (before a caption
    # opening the prompt is cut)
    (r"(?:^|(?<=[.;!?]))\s*(?:centre|center|middle)[ -](?:of\s+(?:the\s+)?)?(?:frame|picture|image|shot|screen)\s*:",
     " in the centre, "),
    # "Lanterns: four of them", "skiffs - three of them": the count said after the things (before a caption
    # opening the prompt is cut: "A photo of lanterns: four of them" is no caption)
    (r"\b" + _PLURAL_THINGS + r"\s*[:,(]\s*(\d+|[a-z]+)\s+of\s+them\b(?:\s*\))?", _count_first),
    # "Kettles: 3", "lanterns x5", "Count: five lanterns": a count said as a list or a label says it
    (r"\b" + _PLURAL_THINGS + r"\s*(?::|[x\u00d7])\s*(\d+|(?-i:[a-z]+))(?=\s*(?:[,.;]|$))", _count_first),
    (r"\b(\d+)\s*[x\u00d7]\s+(?=[a-z])", r"\1 "),
    (r"(?:^|(?<=[.;!?]))\s*(?:count|quantity|number|total|amount)\s*:", " "),
    # "A ring: five chairs, a table at its centre": the chairs in a ring round the table (the ring is no thing;
    # before a caption opening the prompt is cut, which would take the ring with it)
    (r"\b(?:a|one|the)\s+(?:(?:loose|tight|wide|big|small|neat|closed|perfect)\s+)?(ring|circle)\s*:\s*"
     r"((?:\d+|[a-z]+)\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?:\s*,\s*(?:and\s+|with\s+)?|\s+(?:and|with)\s+)" + _NAMED
     + r"\s+(?:at|in)\s+(?:its|the)\s+(?:very\s+)?(?:centre|center|middle|heart|hub)\b", r"\2 in a \1 around \3"),
    # "Catalogue close-up: a teapot", "Macro shot: a beetle": a label with the shot size in it; the size stays
    (r"^\s*(?:(?:a|an|the)\s+)?(?:(?!(?:extreme|very|tight|big|super)\b)[\w-]+\s+){1,2}?((?:extreme\s+)?close[ -]?up"
     r"(?:\s+shot)?|macro(?:\s+shot)?|(?:wide|long|establishing|overhead|aerial|top[ -]down)\s+shot)\s*:", r" \1:"),
    # "the gap beneath a bench houses a box", "the area behind a shed hides a cart": the box under the bench
    (r"\bthe\s+(?:space|area|gap|room|spot|ground|floor)\s+(under|underneath|beneath|below|behind|beside|next\s+to"
     r"|in\s+front\s+of)\s+" + _NAMED + r"\s+(?:holds|contains|houses|hides|shelters|has|is\s+home\s+to|keeps|fits)\s+"
     + _NAMED + r"(?=\s*(?:[,.;:!?]|$|\band\b|\bwith\b))", r"\3 \1 \2"),
    # "a kite just beside it in frame", "a cart on-screen": in the picture, no screen in it
    (r"\s+(?:on|in)[ -](?:screen|camera|frame)\b(?!\s*(?:[-:]|of\b|left\b|right\b))", ""),
    # "Key frame for an animated short: ...", "Mood board image: ...": a caption of the picture opening the prompt
    (r"^\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:frame|keyframe|image|still|art|artwork|board|sketch|illustration"
     r"|panel|poster|render|photo|picture|reference|thumbnail|cover|card|plate|concept|storyboard|note|notes|memo"
     r"|cue|direction|directions)"
     r"(?:\s+(?:for|from|of)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?[\w-]+)?\s*:(?!\s*(?:$))", " "),
    # "in the style of a Victorian engraving": the engraving is the style (a bare closing art form)
    (r"\bin\s+the\s+(?:style|manner)\s+of\s+(?:a|an|the)\s+", ", "),
    # "high-key lighting": a kind of light, no key
    (r"\b(high|low)[ -]key\b", r"\1key"),
    # "doormen, eight in all": eight doormen
    (r"\b([A-Za-z]+s|[A-Za-z]+men|geese|mice|sheep|deer|fish|people|children)\s*,\s*(\d+|[a-z]+)\s+"
     r"(?:in\s+all|in\s+total|altogether|all\s+told|total)\b", _count_first),
    (r"\b" + _PLURAL_THINGS + r"\s*,?\s*(?:numbering|totalling|totaling)\s+(\d+|[a-z]+)\b", _count_first),
    (r"\b" + _PLURAL_THINGS + r"\s*,\s*(\d+|[a-z]+)\s+in\s+number\b", _count_first),
    # "a stool with a jug on its top surface": on it (no surface is a thing of its own)
    (r"\b(on|upon|across|along)\s+(?:its|their|his|her)\s+(?:(?:top|upper|flat|level|smooth|wooden)\s+)+"
     r"(?:surface|face|side)s?\b", r"\1 it"),
    (r"\b(on|upon)\s+(?:its|their|his|her)\s+surface\b", r"\1 it"),
    # "a bed with a box resting on its top", "on the chest's top": on top of it
    (r"\b(on|upon|onto)\s+(?:its|their|his|her)\s+top\b(?!\s+(?:of|shelf|shelves|step|rung|deck|floor|half|edge|corner"
     r"|left|right|end|row|drawer|tier|layer)\b)", r"\1 it"),
    (r"\b(on|upon|onto)\s+the\s+((?:[\w-]+\s+)?[\w-]+)'s\s+top\b(?!\s+(?:shelf|shelves|step|rung|deck|floor|half"
     r"|edge|corner|left|right|end|row|drawer|tier|layer)\b)", r"\1 top of the \2"),
    # "a ladder on this side of a shed", "on the near side of it": between it and the viewer
    (r"\b(?:(?:on|at|to)\s+)?(?:this|our|my|your|the\s+(?:near|nearer|closer|hither|viewer'?s?|camera'?s?|front))\s+"
     r"side\s+of\b", "in front of"),
    (r"\b(?:on|at|to)\s+the\s+side\s+of\s+" + _NAMED + r"\s+(?:that\s+is\s+|which\s+is\s+)?(?:nearest|closest|nearer"
     r"|closer|facing|towards|toward)\s+(?:to\s+)?(?:the\s+(?:viewer|camera|lens|onlooker|observer)|us|me|you)\b",
     r"in front of \1"),
    # "an owl hiding half of a shed": the owl in front of part of it ("hiding most of it": the table's)
    (r"\b(hiding|hides|hid|obscuring|obscures|covering|covers|blocking|blocks|concealing|conceals|screening|screens"
     r"|masking|masks|shielding|shields)\s+(?:only\s+)?(?:part|half|most|much|some|a\s+bit|a\s+corner|a\s+portion"
     r"|the\s+(?:lower|bottom|upper|top|left|right|front|back|rear|near)\s+(?:half|part|end|portion))\s+of\s+"
     r"(?=(?:a|an|the|one|two|three|four|five|six)\s|(?-i:[A-Z]))", "partly hiding "),
    # "we only see part of a hut because a van is in the way": the van hides the rest of it
    (r"\b(?:we|you|one|the\s+viewer|the\s+camera)\s+(?:can\s+|could\s+|can't\s+|cannot\s+)?(?:only\s+|just\s+)?"
     r"(?:see|sees|glimpse|make\s+out|catch)\s+(?:only\s+)?(?:part|some|half|a\s+bit|a\s+little|the\s+top|a\s+corner"
     r"|the\s+(?:upper|lower|top|bottom|left|right)\s+half)\s+of\s+" + _NAMED + r"\s*,?\s+(?:because|as|since|for"
     r"|where)\s+" + _NAMED + r"\s+(?:is|are|stands|sits|gets|got|was|were|stand|sit)\s+(?:standing\s+|sitting\s+"
     r"|parked\s+)?(?:in\s+the\s+way|in\s+front(?:\s+of\s+(?:it|them|him|her))?)\b", r"\1 partly hidden behind \2"),
    # "only part of a hut is visible because a van is in the way", "part of a hut is hidden as a van stands in front"
    (r"\b(?:only\s+|just\s+)?(?:part|some|half|a\s+bit|a\s+little|the\s+top|a\s+corner|the\s+(?:upper|lower|top"
     r"|bottom|left|right)\s+half)\s+of\s+" + _NAMED + r"\s+(?:is|are|can\s+be)\s+(?:only\s+)?(?:visible|seen"
     r"|showing|hidden|obscured|cut\s+off|blocked|covered)\s*,?\s+(?:because|as|since|for|where)\s+" + _NAMED +
     r"\s+(?:is|are|stands|sits|gets|got|was|were|stand|sit)\s+(?:standing\s+|sitting\s+|parked\s+)?(?:in\s+the\s+way"
     r"|in\s+front(?:\s+of\s+(?:it|them|him|her))?)\b", r"\1 partly hidden behind \2"),
    # "a hut hidden halfway behind a van": partly hidden by it
    (r"\b(hidden|tucked|concealed|obscured|screened|tucked\s+away)\s+(?:halfway|half|partly|partially|mostly|largely)\s+"
     r"(?=behind\b)", "partly hidden "),
    # "covered up by it", "which is covering the most part of her": hidden by it, hiding most of it
    (rf"\b((?:{PARTLY}\s+)?(?:covered|hidden|screened|blocked|masked|shut|boxed))\s+(?:up|over|off|away)\s+(?=by\b)",
     r"\1 "),
    (r"\b(hiding|hides|hid|covering|covers|covered|obscuring|obscures|blocking|blocks|concealing|conceals|screening"
     r"|screens)\s+(?:up\s+)?(?:the\s+)?(?:most|greater|greatest|larger|largest|better|biggest|bigger|main)\s+"
     r"(?:part|portion|share|bit)\s+of\b", r"\1 most of"),
    # "a mule behind a van mostly covered by it": the mule hidden, as "..., mostly covered by it" says (said
    # without the comma, "covered by it" would be read of the van)
    (rf"(\bbehind\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+(?=(?:(?:{PARTLY})\s+)?(?:covered|hidden|obscured"
     r"|concealed|screened|blocked|masked|shielded)\s+(?:from\s+view\s+|from\s+sight\s+)?by\s+(?:it|them|him|her)\b)",
     r"\1, "),
    # "a hut behind a van, only partly visible": the van hides part of it
    (r"\bbehind\s+" + _NAMED + r"\s*,\s*(?:and\s+)?(?:(?:only|just|barely)\s+)?(?:(?:partly|partially|half|barely"
     r"|just)\s+)(?:visible|seen|showing|in\s+view)\b", r"partly hidden behind \1"),
    (r"\bbehind\s+" + _NAMED + r"\s*,\s*(?:and\s+)?(?:partly|partially|half|mostly|largely|almost|nearly)\s+(?:hidden"
     r"|obscured|concealed|covered|screened|out\s+of\s+(?:sight|view))\b(?!\s+(?:by|behind)\b)",
     r"partly hidden behind \1"),
    # "behind the shed there's a boy, mostly hidden from view": the same, the place said first
    (r"\bbehind\s+" + _NAMED + r"\s+(?:there's|there\s+is|there\s+are|is|are|stands|sits|you'll\s+see|you\s+see)\s+"
     + _NAMED + r"\s*,\s*(?:and\s+)?(?:partly|partially|half|mostly|largely|almost|nearly)\s+(?:hidden|obscured"
     r"|concealed|covered|screened|out\s+of\s+(?:sight|view))(?:\s+from\s+(?:view|sight))?\b",
     r"\2 partly hidden behind \1"),
    # "a van with a boy behind it, mostly covered up by it"; "a boy behind a hut so that most of him is out of sight"
    (r"\bbehind\s+(it|them|him|her)\s*,\s*(?:and\s+)?(?:partly|partially|half|mostly|largely|almost|nearly)\s+"
     r"(?:hidden|obscured|concealed|covered|screened|blocked)(?:\s+up)?(?:\s+(?:by|behind)\s+(?:it|them|him|her))?\b",
     r"partly hidden behind \1"),
    (r"\bbehind\s+" + _NAMED + r"\s+so\s+(?:that\s+)?(?:most|much|part|half)\s+of\s+(?:it|them|him|her)\s+(?:is|are)\s+"
     r"(?:out\s+of\s+(?:sight|view)|hidden|covered|concealed)\b", r"partly hidden behind \1"),
    # "... peeking out from behind a hut: a cook, nearly out of sight": said of the hiding already told
    (r"\s*,\s*(?:partly|partially|half|mostly|largely|almost|nearly)\s+out\s+of\s+(?:sight|view)"
     r"(?=\s*(?:[.!?;]|$))", ""),
    # "a picture with four pears and two bowls in it": the picture holds them, neither is in the other
    (r"\b((?:a|an|the)\s+(?:[\w-]+\s+)?(?:picture|photo|photograph|image|scene|shot|drawing|painting|illustration"
     r"|render|composition)\s+with\s+[^.;:!?]*?)\s+in\s+it\b(?=\s*(?:[,.;:!?]|$))", r"\1"),
    # "a stool to the left of a drum from our point of view": the viewer's side, as sides always are
    (r",?\s*(?:as\s+)?(?:seen\s+)?from\s+(?:our|my|your|the\s+viewer'?s?|the\s+camera'?s?)\s+(?:point\s+of\s+view"
     r"|perspective|vantage\s+point|viewpoint|side|position|standpoint|angle|eyes)(?=\s*(?:[,.;]|$))", ""),
    # "a drum, central composition": the picture built round it, in its middle
    (r",\s*(?:in\s+|with\s+)?(?:a\s+)?(?:central|centred|centered|centre|center)[ -]"
     r"(?:composition|framing|placement)\b",
     ", in the centre"),
    # "facing the viewer's left", as stage notes say it of the audience (words.LOOKER_RE): the picture's left
    (r"\b(facing|faces|face|turned|turning|looking|looks|pointing|points|heading|heads)\s+(?:to\s+|towards?\s+)?"
     r"the\s+viewer(?:'s|s'|s)?\s+(left|right)(?:[ -]hand)?(?:\s+side)?\b", r"\1 \2"),
    # "facing whoever looks at it", "turned to anyone looking": the one looking at the picture
    (r"\b(facing|faces|face|turned\s+to|turned\s+towards|towards?|to|at)\s+(?:whoever|anyone|anybody|everyone|the\s+one"
     r"|those|all\s+who)\s+(?:looks|look|is\s+looking|are\s+looking|looking|sees|see|views|view)(?:\s+at\s+(?:it|them"
     r"|him|her|the\s+(?:picture|piece|page|work|canvas)))?\b", r"\1 the viewer"),
    # "a chest upstage, a stool downstage": a bare stage depth, the back (away from the house) or the front
    (r"(?<=[a-z] )(?:(?:right|well|far|way)\s+)?(up|down)stage\b(?!\s+(?:of|left|right|centre|center)\b)(?!-)",
     lambda m: "in the background" if m.group(1).lower() == "up" else "in the foreground"),
    # "in the exact middle of the picture", "in the very centre of it all": the picture's middle
    (r"\b(in|at)\s+the\s+(?:exact|precise|very|dead|true)\s+(middle|centre|center)\b", r"\1 the \2"),
    (r"\b(?:in|at)\s+the\s+(?:middle|centre|center)\s+of\s+(?:it\s+all|everything|all\s+of\s+it|the\s+whole\s+thing"
     r"|things)\b", "in the centre"),
    # The work itself, as a stitcher or a maker names it: "in the left third of the piece", "the top of the design"
    (rf"\b((?:on|in|at|to|towards?|across|along|filling|fills|fill|occupying|occupies)\s+the\s+(?:(?:far|very|extreme)\s+)?"
     rf"(?:left|right|top|bottom|upper|lower|middle|centre|center)(?:[ -]hand)?(?:\s+{_PART})?\s+of\s+the\s+)"
     r"(?:whole\s+|entire\s+)?(?:piece|work|artwork|design)\b", r"\1picture"),
    (r"\b((?:fills|filling|fill|filled|covers|covering|cover|across)\s+(?:up\s+)?(?:the\s+|all\s+(?:of\s+)?the\s+)"
     r"(?:whole\s+|entire\s+))(?:piece|work|artwork|design)\b", r"\1picture"),
    # "concealed for the greater part by a shed", "hidden in large part behind a wall": mostly hidden
    (r"\b(hidden|concealed|obscured|masked|screened|covered|blocked|shielded)\s+(?:for\s+the\s+(?:greater|greatest|most"
     r"|larger|main)\s+part|in\s+(?:large|great|good)\s+(?:part|measure)|to\s+a\s+(?:great|large)\s+(?:extent|degree)"
     r"|for\s+the\s+most\s+part)\b", r"mostly \1"),
    # "behind the shed, a goat, mostly hidden", "Behind a van there's a dog, partly hidden": hidden by it
    (r"\bbehind\s+((?:the|a|an)\s+[^,;.:!?]+?)\s*(?:,|\s+there(?:'s|\s+is|\s+was))\s*((?:a|an|the)\s+[^,;.:!?]+?"
     r"|(?-i:[A-Z][a-z]+))\s*,\s*((?:partially|partly|half|mostly|largely|almost|nearly|all\s+but)\s+)"
     r"(hidden|concealed|obscured|masked)\b", r"\2 \3\4 behind \1"),
    # "upon the left", "upon the right": a side of the picture, as "on the left" (nothing is on top)
    (r"\bupon\s+the\s+((?:far\s+|very\s+|extreme\s+)?(?:left|right))\b", r"on the \1"),
    # "as one regards the picture", "as one views it": as the one looking sees it
    (r"\bas\s+one\s+(?:regards|views|sees|looks\s+at|beholds|faces)\s+(?:the\s+(?:picture|painting|image|canvas|page"
     r"|drawing|photograph|photo|scene)|it|them)\b", "as we look"),
    # "at the time of the incident the goat stood ...": a time, no place
    (r"\b(?:at|by|around|about)\s+the\s+(?:very\s+)?(?:time|moment|hour)\s+of\s+(?:the|this|that|my|our|his|her|their"
     r"|its)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s*(?=(?:the|a|an|there|(?-i:[A-Z][a-z]+))\b)", ""),
    # "a drum centre stage": in the middle of the picture
    # "a sofa downstage right", "a desk upstage centre": the stage's side (nearer the house or further), read as one
    (r"\b(?:up|down)stage[ -](left|right|cent(?:re|er))\b", r"stage \1"),
    (r"\b(?:(?:in|at|on)\s+)?(?:the\s+)?(?:(?:centre|center)[ -]stage|stage[ -](?:centre|center))\b", "in the centre"),
    # "a goat centre of frame": the same, said without an article (after one, the frame phrases read it)
    (r"\b([\w-]+\s+)?(?:(?:in|at)\s+)?(?:centre|center|middle)\s+of\s+(?:the\s+)?(?:frame|screen|picture|image|shot"
     r"|canvas|view)\b", _bare_centre),
    # "a kite centre screen", "a mule mid-frame", "a drum frame centre": in the picture's middle ("mid-shot"
    # is a shot size, so "mid" goes only with the frame or the screen)
    (r"\b(?:(?:in|at|on)\s+)?(?:the\s+)?(?:(?:centre|center|middle)[ -]?(?:screen|frame|picture|image|canvas)"
     r"|mid[ -]?(?:screen|frame|picture|canvas)|(?:screen|frame|picture|image|canvas)[ -](?:centre|center|middle))\b"
     r"(?!\s*:)(?!\s+of\b)", "in the centre"),
    # "a trunk mid-board", "a lone oak mid-field": the middle of the ground the scene is set on, when that ground is
    # named no thing of its own ("a knight mid-board" beside "the board" is on the board's middle)
    (r"\b(?:(?:in|at|on)\s+)?mid[ -](board|field|floor|stage|lawn|pitch|court|yard|ground|table|deck|arena)\b"
     r"(?!\s+of\b)",
     _mid_ground),
    # "its back to the person looking": the one looking at the picture, no one in it ("the looker", "the beholder"
    # and "the watcher" are the viewer already: words.LOOKER_RE, before these rewrites)
    (r"\b(to|towards|toward|at|of|for|from|facing|faces|face)\s+the\s+(?:person|one)\s+looking\b", r"\1 the viewer"),
    # "with her face toward the onlooker", "turning its back to the spectator": the one looking at the picture
    (r"\b((?:its|his|her|their)\s+(?:face|faces|front|fronts|back|backs|nose|snout|muzzle|rear|rump|tail)\s+(?:turned\s+"
     r"|pointed\s+|pointing\s+)?(?:to|towards|toward|at|on)\s+the\s+)(?:onlooker|observer|spectator)\b",
     r"\1viewer"),
    # "a fox crosses frame right to left", "walks across the picture from left to right": the way it goes
    # (so the way it faces), no place at either side and no frame in the picture
    (rf"\b(?:cross|crosses|crossing|crossed|{_TRAVELLING}|{_GOING_WORDS}|goes|go|went|moves|walks|runs|drives|rides"
     r"|flies|swims|passes|passing|passed)\s+(?:across\s+|through\s+)?(?:the\s+)?(?:frame|screen|picture|image|shot"
     r"|panel|page|canvas|scene|view)\s+(?:from\s+)?(?:the\s+)?(left|right)\s+to\s+(?:the\s+)?(right|left)\b",
     lambda m: f"heading to the {m.group(2)}" if m.group(1).lower() != m.group(2).lower() else m.group(0)),
    (r"\b(?:cross|crosses|crossing|crossed)\s+(?:over\s+)?from\s+(?:the\s+)?(left|right)\s+to\s+(?:the\s+)?(right|left)\b",
     lambda m: f"heading to the {m.group(2)}" if m.group(1).lower() != m.group(2).lower() else m.group(0)),
    # "a mule face-on to the lens": it faces the viewer ("photographed face-on" is the camera's, said alone)
    (r"\b(?:face|head)[ -]on\s+(?:to|towards|toward|at)\s+(?:the\s+)?(camera|viewer|lens|us|me|you|onlooker|observer"
     r"|spectator|audience)\b", r"facing the \1"),
    # "a van rear-on to the lens", "tail on to us": it faces away
    (r"\b(?:rear|tail|back|stern)[ -]on\s+(?:to|towards|toward|at)\s+(?:the\s+)?(camera|viewer|lens|us|me|you|onlooker"
     r"|observer|spectator|audience)\b", r"facing away from the \1"),
    # "a statue at the hub of a ring of six geese": ringed by the geese
    (r"\b(?:in|at)\s+the\s+(?:hub|heart|core|eye|focus|midst|centre\s+point|center\s+point)\s+of\s+(?=(?:a|one)\s+"
     r"(?:(?:loose|tight|wide|big|small|large|neat|perfect)\s+)?(?:circle|ring)\s+of\b)", "at the centre of "),
    # "a drum and, a little further to the left, a stool": as "and, further left, a stool" says it
    (r"(?<=,)\s*(?:a\s+(?:little|bit)\s+|slightly\s+|much\s+|even\s+|still\s+|yet\s+)?(further|farther)\s+(?:off\s+"
     r"|over\s+|out\s+|away\s+|across\s+)?(?:(?:to|towards|toward)\s+the\s+)?(left|right)(?:\s+still)?"
     rf"(?:\s+(?:in|of|across)\s+the\s+{_PICTURE})?\s*,",  # (", farther left in the shot,": the same)
     r" \1 \2,"),
    # "six geese all around it in a loop": in a ring
    (r"\b(in|into|forming|form|forms|formed|making|make|makes)\s+(?:a|one)\s+(?:(?:loose|tight|wide|big|small|neat"
     r"|closed|rough)\s+)?loop\b(?!\s+of\b)", r"\1 a circle"),
    # "a drum occupying the middle of the frame": in the middle of it
    (r"\b(?:occupying|occupies|occupy|filling|fills|taking\s+up|takes\s+up|dominating|dominates|holding|holds)\s+"
     r"the\s+(?:very\s+|exact\s+)?(?:middle|centre|center)(?:\s+of\s+the\s+(?:frame|picture|image|photo|shot|canvas"
     r"|scene|composition))?\b", "in the centre"),
    # "a drum sits further left in the frame than a stool": further left than it
    (r"\b(further|farther|more)\s+(?:to\s+the\s+)?(left|right)\s+in\s+the\s+(?:frame|picture|image|photo|shot|canvas"
     r"|scene|composition)\s+than\b", r"\1 \2 than"),
    # "a drum and a stool, with the drum nearer the left edge of the picture": further left than the stool
    (r"\b(?:nearer|closer)\s+(?:to\s+)?the\s+(left|right)(?:\s+(?:edge|side|border|margin))?(?:\s+of\s+the\s+(?:frame"
     r"|picture|image|photo|shot|canvas|scene|composition))?\b", r"further \1"),
    # "with a stool a short way off to the left", "a few feet away on the viewer's right": to its side, near it
    (r"(\bwith\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,4}?)(?:just\s+|only\s+)?(?:a\s+(?:short|little|small|good)\s+"
     r"(?:way|distance)|(?:a\s+few|a\s+couple\s+of|some|several|two|three|a)\s+(?:feet|foot|metres|meters|yards|steps"
     r"|paces|strides))\s+(?:away\s+|off\s+|over\s+)?(?:to|on|at|towards?)\s+the\s+(?:viewer'?s?\s+|camera'?s?\s+)?"
     r"(left|right)\b", r"\1to its \2"),
    # "a drum with a stool to the left and another stool to the right": between them
    (r"\bwith\s+" + _NAMED + r"\s+(?:to|on|at)\s+the\s+(?:left|right)(?:\s+side)?\s*,?\s+and\s+((?:another|a\s+second"
     r"|a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?-i:[A-Z][a-z]+))\s+(?:to|on|at)\s+the\s+(?:left|right)(?:\s+side)?\b",
     r"between \1 and \2"),
    # "a drum and a stool, only a few centimetres apart", "bunched together": close beside each other
    # (only of two things said, "a drum and a stool ...": "five sheep bunched together" is one group)
    (_AND_ONE + r"\s*,?\s*(?:only|just|barely|no\s+more\s+than)?\s*(?:a\s+few|a\s+couple\s+of|some|several|one|two"
     r"|three|\d+)?\s*(?:centimetres|centimeters|cm|inches|millimetres|millimeters|mm|hand\s*widths?|hands?\s+widths?)\s+"
     r"apart\b", r"\1 next to each other"),
    (_AND_ONE + r"\s+(?:bunched|squashed|squeezed|jammed|crammed)\s+(?:up\s+)?together\b", r"\1 next to each other"),
    (_AND_ONE + r"\s+(?:practically|almost|nearly|right|virtually)\s+side\s+by\s+side\s*,?\s*(?:with\s+)?(?:no|little"
     r"|hardly\s+any)\s+(?:space|gap|room)\s+(?:in\s+)?between(?:\s+them)?\b", r"\1 next to each other"),
    # "a drum a hair's breadth from a stool", "with next to no gap from it": close beside it
    (r"\b(?:only\s+|just\s+|barely\s+)?(?:a|one)\s+(?:whisker|hair|hair'?s\s+breadth|hairsbreadth|smidgen|fingertip)\s+"
     r"(?:away\s+)?(?:from|off)\b|\bwithin\s+a\s+(?:whisker|hair'?s\s+breadth|hairsbreadth)\s+of\b", "right next to"),
    (r"\b(?:(?:at|with)\s+)?(?:no|hardly\s+any|barely\s+any|almost\s+no|next\s+to\s+no|practically\s+no|virtually\s+no)"
     r"\s+(?:distance|space|gap|room)(?:\s+at\s+all)?\s+(?:away\s+)?(?:from|between\s+(?:it|them|him|her)\s+and)\b",
     "right next to"),
    # "a drum only a hand's width from a stool": close beside it
    (r"\b(?:only\s+|just\s+|barely\s+)?(?:a|one)\s+(?:hand|finger|palm|arm)'?s?\s+(?:width|breadth|span|length)\s+"
     r"(?:away\s+)?(?:from|off)\b", "right next to"),
    # "a scene containing six drums and two stools": the picture holds them, neither holds the other
    (r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:scene|picture|image|photo|photograph|shot|illustration|view|composition)\s+"
     r"(?:containing|featuring|including|that\s+contains|which\s+contains|that\s+features|that\s+has)\b", " , "),
    # "a lamp perched up on top of a chest": on top of it (the verb, and its pose, kept)
    (r"\b(perched|propped|set|balanced|sitting|standing|resting|placed|stacked|sat|stood|poised)\s+up\s+(?=on\s+top\s+of\b"
     r"|atop\b)", r"\1 "),
    # "I want a drum and a stool next to each other": the wish opening the prompt names nothing
    (r"(?:^|(?<=[.;!?]))\s*(?:I|we)\s*(?:want|need|would\s+like|'d\s+like|would\s+love|'d\s+love|wish\s+for)\s+"
     r"(?:to\s+(?:see|have)\s+)?(?=(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|some)\b|\d|(?-i:[A-Z]))",
     " "),
    # "a drum between a stool and a bell, all on a rug": every one of them on it, as "them all" says it
    (r",\s*all\s+(?=(?:on|upon|atop|under|underneath|beneath|below|inside|behind|beside|near|by|around|in\s+front)"
     r"\b)", ", them all "),
    # "under fluorescent tubes", "lit by neon strips": the light they give, no tube in the scene (closing a clause)
    (r"\b(under|beneath|by|lit\s+by|in\s+the\s+glow\s+of)\s+(?:the\s+|some\s+)?"
     r"(?:(?:harsh|bright|dim|flickering|buzzing"
     r"|humming|pale|overhead|cold|stark)\s+)?(fluorescent|neon|halogen|sodium|strip|ultraviolet|uv|led|tungsten)\s+"
     r"(?:tubes?|strips?|bulbs?|lamps?|panels?)(?=\s*(?:[,.;!?]|$))", r"\1 \2 light"),
    # "a drum slap bang in the middle": exactly in it
    (r"\b(?:slap|smack|plumb)[ -]bang\b", "bang"),
    # "a drum and a stool, side by side": the two beside each other, as without the comma
    (_AND_ONE + r"\s*,\s*(?=side\s+by\s+side\b)", r"\1 "),
    # "a cart behind a barn, out of view for the most part": the barn hides it
    (r"\bbehind\s+" + _NAMED + r"\s*,\s*(?:(?:mostly|largely|partly|partially|half|almost|nearly)\s+)?out\s+of\s+"
     r"(?:sight|view)\b(?:\s+for\s+the\s+most\s+part)?", r"partly hidden behind \1"),
    # "a cart tucked in behind a barn": behind it ("in" is no container there)
    (r"\b(tucked|hidden|nestled|set|parked|hiding|sheltering|squeezed|wedged)\s+(?:away\s+)?in\s+(?=(?:behind|beside"
     r"|under|beneath|underneath|between|next\s+to)\b)", r"\1 "),
    # "only the top of a cart shows above a hedge": the hedge hides the rest
    # ("a thin sliver of one hare peeks past a van", "a glimpse of a hut shows beyond a wall": a thin part, the same)
    (r"\b(?:only\s+|just\s+)?(?:part|half|the\s+top|the\s+tip|the\s+roof|the\s+head|a\s+corner|the\s+upper\s+half"
     r"|a\s+(?:thin\s+|narrow\s+|tiny\s+|small\s+)?(?:sliver|slice|strip|glimpse|fraction|edge|bit)|the\s+edge)\s+of\s+"
     + _NAMED + r"\s+(?:shows|show|peeks|peeps|pokes|sticks\s+up|sticks\s+out|rises|appears|is\s+showing|peeps\s+out"
     r"|is\s+visible|can\s+be\s+seen"
     r")\s+(?:out\s+)?(?:above|over|behind|beyond|past|from\s+behind|round|around)\b", r"\1 partly hidden behind"),
    # "a teapot, one cup to its left and another to its right": a cup on either side of it
    (r",?\s*(?:with\s+)?one\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:to|on|at)\s+(?:its|his|her|their)\s+(?:left|right)(?:\s+side)?\s*,?"
     r"\s+and\s+(?:another|one|the\s+other)(?:\s+one)?\s+(?:to|on|at)\s+(?:its|his|her|their)\s+(?:left|right)(?:\s+side)?\b",
     r" with a \1 on either side of it"),
    # "flanked on both sides by cups": flanked by them
    (r"\b(flanked|bracketed|framed|hemmed\s+in)\s+on\s+(?:both|either|each|two|the\s+two)\s+sides?\s+by\b", r"\1 by"),
    # "four stools around a counter, one on each side": around it (each side is where the ring puts one)
    (r"\b(a?round)\s+" + _NAMED + r"\s*,\s*one\s+(?:on|at|by)\s+(?:each|every)\s+(?:side|end|corner)\b", r"\1 \2"),
    # "five drums in addition to two stools", "a group made up of five drums": and; a group of
    (r",?\s*in\s+addition\s+to\b", " and"),
    (r"\b(group|set|collection|cluster|crowd|row|line|ring|circle|pile|stack|team|herd|flock|pack|band)\s+(?:made\s+up\s+of"
     r"|consisting\s+of|composed\s+of|comprising|formed\s+of)\b", r"\1 of"),
    # "a teetering tower made of five pancakes": a stack of them, however it looks
    (r"\b(tower|stack|pile|heap)\s+(?:(?:made|built)\s+(?:up\s+)?(?:of|from)|consisting\s+of|composed\s+of|formed\s+of)"
     r"\s+(?=" + _STACK_COUNT + ")", r"\1 of "),
    (r"\b(?:(?:teetering|tottering|wobbly|precarious|leaning|shaky|rickety|unsteady)\s+)+(?=(?:tower|heap|pile)\s+of\s+"
     + _STACK_COUNT + ")", ""),
    # "ten sailors wandering around in every direction": scattered about (a direction is no thing)
    (r"\s+(?:off\s+)?in\s+(?:every|all|all\s+sorts\s+of|different|various|random)\s+directions?\b", ""),
    # "a barn way over on the left": over on the left ("way" is no part of the barn)
    (r"\b(?:way|well)\s+(?=(?:over|out|off)\s+(?:on|to|at)\s+(?:the|our|your|my)\s+(?:far\s+)?(?:left|right)\b)", ""),
    # "the left half of the picture given over to a barn and the right half to a mill": each on its side
    (r"\bthe\s+(left|right)\s+(?:half|side|third)\s+of\s+the\s+(?:picture|frame|image|scene|shot|canvas)\s+"
     r"(?:is\s+|being\s+)?(?:given\s+over|given|devoted|handed\s+over|taken\s+up|left)\s+(?:to|by)\s+" + _NAMED
     + r"\s*,?\s+and\s+the\s+(left|right)\s+(?:half|side|third)?\s*(?:(?:is\s+)?(?:given\s+over\s+|given\s+|devoted\s+"
     r"|taken\s+up\s+)?(?:to|by))\s+" + _NAMED, r"\2 on the \1 and \4 on the \3"),
    # "five lanterns, each one different": how they look, nothing more
    (r",?\s*(?:each|every|all)\s+(?:one\s+|of\s+them\s+)?(?:different|unique|distinct|identical|alike|the\s+same)"
     r"(?=\s*(?:[,.;]|$))", ""),
    # "a drum and a stool close together": next to each other
    (_AND_ONE + r"\s*,?\s+(?:(?:very|quite|fairly|pretty|so)\s+)?(?:close|near)\s+together\b",
     r"\1 next to each other"),
    # "starting from the left: a drum, then a stool": the things in that order
    (r"(?:^|(?<=[.;:!?]))\s*(?:starting|counting|reading|going|working|moving)\s+(?:from|at)\s+the\s+(left|right)"
     r"(?:\s+(?:side|edge))?\s*[:,]\s*([^.;!?]*)", _ordered_from_side),
    # "first from the left is a drum, then a stool"; "from the left, a drum comes first, then a stool"
    (r"(?:^|(?<=[.;:!?]))\s*(?:the\s+)?first\s+(?:from|on|at)\s+the\s+(left|right)\s+(?:is|comes|stands|sits)\s+"
     r"([^.;!?]*)", _ordered_from_side),
    (r"(?:^|(?<=[.;:!?]))\s*(?:starting\s+|counting\s+|reading\s+)?from\s+the\s+(left|right)\s*,\s*([^.;!?]*?)\s+"
     r"(?:comes|is|stands|sits|goes|appears)\s+first\s*,\s*(?:and\s+)?(?:then|next|followed\s+by)\s+([^.;!?]*)",
     _side_first),
    # "a drum comes first from the left, then a stool": from left to right, in the order said
    (r"\s+(?:comes|is|stands|sits|goes|appears)\s+first\s+(?:from|on|at)\s+the\s+(left|right)\s*,\s*"
     r"(?:and\s+)?(?:then|next|followed\s+by)\s+([^.;!?]*)", _first_from_side),
    # "Move Ottoline to the left": the request opening a sentence, no word of the name
    (r"(^|[.;:!?]\s+)(?:please\s+)?(?:move|shift|slide|drag|push|nudge|bring|position|stand|seat|visuali[sz]e)\s+"
     r"(?=(?-i:[A-Z][a-z]))", r"\1"),
    # "a counter with three cups standing in a row across its top": on it
    (r"\b(?:across|along|over|on)\s+(?:its|their|the)\s+top(?=\s*(?:[,.;:]|$|\band\b|\bwhile\b))", "on it"),
    # "forming a loose ring about a beacon": a ring around it, however loose
    (r"\b(ring|circle)\s+about\b", r"\1 around"),
    (r"\b(a|one)\s+(?:(?:loose|tight|wide|rough|neat|perfect|big|small|large|ragged|wobbly|uneven|broad|close|rough"
     r"|irregular|lopsided|tidy|rough-and-ready)\s+)+(ring|circle|semicircle)\b", r"\1 \2"),
    # "side by side from one side of the frame to the other": across the picture, no frame in it
    (r"\b(?:from\s+)?one\s+side\s+of\s+the\s+(?:frame|picture|image|shot|scene|canvas|composition)\s+to\s+the\s+"
     r"other\b", ""),
    # "a cat and a dog on the left and right, respectively": each at its own place, in the order named
    (_NAMED + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _NAMED + r"\s*,?\s*(on|at|in|to)\s+the\s+(" + _TURN_PLACE + r")"
     r"\s*,?\s*and\s+(?:(?:on|at|in|to)\s+)?(?:the\s+)?(" + _TURN_PLACE + r")\s*,?\s*(?:respectively|in\s+that\s+order"
     r"|in\s+the\s+same\s+order)\b", _places_in_turn),
    # Places as labels: "a kettle, left; a toaster, right", "foreground - a tractor", "lamp (L), clock (R)"
    (_NAMED + r"\s*,\s*(left|right)(?=\s*(?:[;.!]|$))", r"\1 on the \2"),
    (r"(?:^|(?<=[.;!?]))(\s*)(foreground|background|left|right|centre|center|middle)(?:\s*[—–]+|\s+-{1,2}(?=\s)|\s*--)\s*",
     r"\1\2: "),  # (a hyphen joining words, "right-side view", is no label's dash)
    (r"\(\s*(?-i:L)\s*\)", "(left)"), (r"\(\s*(?-i:R)\s*\)", "(right)"), (r"\(\s*(?-i:C)\s*\)", "(centre)"),
    # "behind the house, not in front of it": a place said not to be is no place ("not on the table" with
    # "the": a thing named elsewhere; "not on the floor" kept, the floor says indoors)
    (r"\s*,?\s*(?:but\s+|and\s+)?(?:not|never)\s+(?:directly\s+|right\s+|just\s+)?(?:in\s+front\s+of|behind|on\s+top\s+of"
     r"|on|under|beneath|below|above|beside|next\s+to|near|(?:to\s+the\s+)?(?:left|right)\s+of)\s+(?:it|them|him|her"
     r"|the\s+(?!(?:floor|ground)\b)(?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*(?:[,.;:!?]|$|\bbut\b))", ""),
    # An edit's "Other way round:", "Swap them round:": how to change it; the sentence after says how it should be
    (r"(?:^|(?<=[.!?;]\s))\s*(?:the\s+)?(?:other\s+way\s+(?:round|around)|swap\s+them(?:\s+(?:round|around|over))?)"
     r"\s*[:,.!-]\s*", ""),
    # "facing left, not right", "behind the jug, not in front": the way or place said not to be, with nothing after
    (r"\s*,\s*(?:but\s+)?(?:not|never)\s+(?:in\s+front|behind|on\s+top|underneath|left|right|away|forwards?|backwards?"
     r"|towards?\s+(?:us|me|you|the\s+camera)|(?:to\s+)?the\s+(?:left|right))(?=\s*(?:[,.;:!?]|$))", ""),
    # "neither left nor right of the cart but directly behind it": only the place said last
    (r"\bneither\s+(?:to\s+the\s+)?[\w-]+\s+nor\s+(?:to\s+the\s+)?[\w-]+\s+(?:of\s+)?" + _NAMED
     + r"\s*,?\s*but\s+(?:is\s+|it\s+is\s+|instead\s+)?((?:directly\s+|right\s+|just\s+|squarely\s+)?(?:in\s+front\s+of"
     r"|behind|on\s+top\s+of|on|under|beneath|below|above|beside|next\s+to|(?:to\s+the\s+)?(?:left|right)\s+of))\s+"
     r"(?:it|them)\b", r"\2 \1"),
    # "a bench, and behind that a hedge", "Beside this, a lamp": "that" and "this" alone point back, as "it" does
    # ("behind that tree" names the tree)
    (r"\b((?:behind|beside|under|beneath|below|underneath|above|atop|on\s+top\s+of|in\s+front\s+of|next\s+to"
     r"|to\s+the\s+(?:left|right)\s+of|(?:left|right)\s+of|near|by|alongside|past|beyond)\s+)(?:that|this)"
     r"(?=\s*(?:[,.;:!?]|$|\b(?:a|an|the|some|one|two|three|four|five|six|is|are|stands|sits|lies|rests|there|we|you)\b))",
     r"\1it"),
    # "a 2x3 grid", "a 4 x 4 array", "a 3×5 block": the same as "a 2 by 3 grid"
    (rf"\b({_NUM_WORD})\s*(?:[x×]|\s+x\s+|-by-)\s*({_NUM_WORD})(?=\s+(?:grid|array|matrix|block|formation|square"
     r"|rectangle|layout|arrangement)\b)", r"\1 by \2"),
    # "in a grid, three across and two down", "four wide and two down": rows of as many as go across
    (rf"(?:\bin\s+a\s+(?:tidy\s+|neat\s+|regular\s+|square\s+)?grid\s*,?\s*)?\b({_NUM_WORD})\s+(?:across|wide)"
     rf"\s*(?:,|and|by)?\s+({_NUM_WORD})\s+(?:down|deep)\b", r"in \2 rows of \1"),
    (rf"(?:\bin\s+a\s+(?:tidy\s+|neat\s+|regular\s+|square\s+)?grid\s*,?\s*)?\b({_NUM_WORD})\s+down"
     rf"\s*(?:,|and|by)?\s+({_NUM_WORD})\s+(?:across|wide)\b", r"in \1 rows of \2"),
    # "a 3-by-5 grid of palms": fifteen palms in three rows of five
    (r"\b(?:a|an)\s+(\d+|[a-z]+)(?:\s*-\s*|\s+)by(?:\s*-\s*|\s+)(\d+|[a-z]+)\s+(?:grid|array|matrix|block|formation)"
     r"\s+of\s+((?:[\w-]+\s+){0,2}?[\w-]+s)\b", _grid_of),
    # "set out as a block two ranks deep and four files wide": ranks are rows, files are how many in each
    (rf"\b(?:(?:(?:set|laid|spread|lined|drawn)\s+(?:out|up)\s+|arranged\s+|placed\s+|standing\s+|formed\s+(?:up\s+)?)?"
     r"(?:as|in|into)\s+(?:a|one)\s+(?:(?:neat|tidy|regular|square|solid|orderly|rectangular|close)\s+)?(?:block|formation"
     rf"|grid|phalanx|array|rectangle)\s*,?\s+)?({_NUM_WORD})\s+(?:ranks|rows|lines)\s+deep\s*,?\s*(?:and\s+|by\s+)?"
     rf"({_NUM_WORD})\s+(?:files|columns)\s+(?:wide|across)\b", r"in \1 rows of \2"),
    (rf"\b(?:(?:(?:set|laid|spread|lined|drawn)\s+(?:out|up)\s+|arranged\s+|placed\s+|standing\s+|formed\s+(?:up\s+)?)?"
     r"(?:as|in|into)\s+(?:a|one)\s+(?:(?:neat|tidy|regular|square|solid|orderly|rectangular|close)\s+)?(?:block|formation"
     rf"|grid|phalanx|array|rectangle)\s*,?\s+)?({_NUM_WORD})\s+(?:files|columns)\s+(?:wide|across)\s*,?\s*"
     rf"(?:and\s+|by\s+)?({_NUM_WORD})\s+(?:ranks|rows|lines)\s+deep\b", r"in \2 rows of \1"),
    # "five tins balanced one upon the next, only the lowest touching the ground": a pile, its foot on the floor
    (r"\s*,?\s*(?:with\s+)?only\s+the\s+(?:lowest|bottom|bottommost|undermost)(?:\s+one)?\s+(?:touching|on|resting\s+on"
     r"|standing\s+on|sitting\s+on|in\s+contact\s+with)\s+the\s+(?:ground|floor)\b", ""),
    # "stacked like pancakes", "piled up like plates": how a pile looks, no pancakes in it
    (r"\b(stacked|piled|heaped|layered|balanced)\s+(up\s+)?like\s+(?:(?:so\s+many|a\s+pile\s+of|a\s+stack\s+of)\s+)?"
     r"(?:[\w-]+\s+)?[\w-]+s\b", r"\1 \2"),
    # "a block of cauliflowers set out two lines deep with five to a line": a grid of them
    # ("a neat grid of leeks": how neat it is goes with it)
    (r"\b(?:a\s+)?(?:(?:neat|tidy|regular|square|orderly|perfect|careful|precise|rectangular|even)\s+)?"
     r"(?:block|bank|battery|phalanx|formation|array|grid)\s+of\s+(?=(?:[\w-]+\s+){0,2}?[\w-]+s\b)", ""),
    (r"\b(?:set\s+out\s+|laid\s+out\s+|arranged\s+|placed\s+|drawn\s+up\s+)?(\w+)\s+(?:lines|rows|ranks)\s+deep\s*,?\s*"
     r"(?:with\s+)?(\w+)\s+(?:to|in|per|on)\s+(?:a|each|every)\s+(?:line|row|rank)\b", r"in \1 rows of \2"),
    (r"\b(\w+)\s+(?:lines|rows|ranks)\s+of\s+((?:[\w-]+\s+){0,2}?[\w-]+s)\s*,\s*(\w+)\s+(?:in|to|per|on)\s+"
     r"(?:each|every|a)\s+(?:line|row|rank)\b", _rows_of),
    # "two guards facing in opposite directions": back to back (each one's own way may follow)
    (r"\b(?:facing|looking|turned|pointing|pointed|gazing)\s+(?:in\s+)?(?:opposite|different)\s+(?:directions|ways)\b"
     r"(?=\s*,\s*(?:the\s+one|one|the\s+first|the\s+left|the\s+right|the\s+leftmost|the\s+rightmost)\b)", ""),
    (r"\b(?:facing|looking|turned|pointing|pointed|gazing)\s+(?:in\s+)?(?:opposite|different)\s+(?:directions|ways)\b",
     "back to back"),
    # "drawn up next to one another": side by side; "running across the picture": across it, on no side
    (r"\b(?:drawn\s+up\s+|lined\s+up\s+|parked\s+|standing\s+|set\s+|placed\s+)?next\s+to\s+one\s+another\b",
     "side by side"),
    (rf",?\s*(?:running|stretching|reaching|spanning|extending|strung\s+out)\s+(?:right\s+|all\s+the\s+way\s+)?"
     rf"across\s+the\s+(?:whole\s+|entire\s+)?{_PICTURE}\b", ""),
    # "..., like a little army": a likeness, no army
    (r",\s*like\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*(?:[,.;]|$))", ""),
    # "a henhouse takes up the left of the picture and a belfry the right": the belfry on the right
    (rf"\band\s+((?:a|an|the)\s+(?:(?!(?:from|to|of|in|on|at|by|with|towards?|into|{_TURNS})\b)[\w-]+\s+){{0,2}}?"
     rf"(?!(?:from|to|of|in|on|at|by|with|towards?|into|{_TURNS})\b)[\w-]+)\s+the\s+(left|right)(?:\s+(?:half|side|third|part))?"
     r"(?=\s*(?:[,.;]|$))", r"and \1 on the \2"),
    # "Ada resting a hand on a gate", "Ada with one hand resting on a gate": beside the gate (a hand is hers)
    (r"\b(resting|rests|rest|laying|lays|placing|places|putting|puts|leaning|leans|with)\s+(?:a|one|her|his|their|its"
     r"|both)\s+(?:hand|hands|paw|paws|arm|arms|elbow|elbows|foot|feet|hoof|hooves)\s+"
     r"(?:(?:resting|laid|placed|propped|leaning|lying|planted)\s+)?(?:on|upon|against)\b",
     r"\1 beside"),
    # "nine druids standing around in small groups", "carollers milling about": idling, around nothing
    (r"\b(standing|stand|stands|milling|mill|mills|hanging|sitting|lounging|loitering|wandering|lying|waiting)\s+"
     r"(?:a?round|about)\b(?!\s+(?:a|an|the|it|them|him|her|his|its|their|about|round|one|two|three|four|five|six|seven|eight"
     r"|nine|ten|\d+)\b|\s+(?-i:[A-Z][a-z]))(?:\s+in\s+(?:small\s+|little\s+|loose\s+)?(?:groups|clusters|knots|twos\s+and\s+threes))?",
     r"\1 idly"),
    # "a yak half behind a shed", "half tucked away": partly (no half of anything is a thing)
    (r"\b(?:half|partly|partially)\s+behind\b", "partly hidden behind"),
    # "half lost behind a shed", "mostly lost from view behind": hidden, not mislaid
    (r"\b(?:half|partly|partially|mostly|largely|almost)\s+lost\s+(?:from\s+(?:view|sight)\s+)?behind\b",
     "partly hidden behind"),
    # "half-obscured", "halfway hidden": the same (spelt as one word later, no known adjective would be left)
    (r"\b(half|partly|partially)-(?=[a-z]+ed\b)", r"\1 "),
    (r"\bhalf(?:way|\s+way)?\s+(?=(?:hidden|hiding|in\s+front|tucked|buried|submerged|covered|obscured|concealed"
     r"|screened|blocked|out\s+of)\b)", "partly "),
    # "only part of a mule can be seen past a cart": the cart hides the rest of it
    (r"\b(?:only\s+|just\s+)?(?:part|half|some|a\s+bit|the\s+top|a\s+corner)\s+of\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
     r"[\w-]+)\s+(?:can\s+be|is|are)\s+(?:seen|visible|glimpsed|showing)\s+(?:past|behind|beyond|over|above)\b",
     r"\1 partly hidden behind"),
    # "a hare can just be made out behind a hedge": the hedge hides the rest; "can be seen behind" says only where
    (r"\b(?:can|could)\s+(?:only\s+|just\s+|barely\s+|just\s+about\s+|only\s+just\s+)(?:be\s+)?(?:made\s+out|seen"
     r"|spotted|glimpsed|discerned|spied)\s+(behind|beyond|past|over|above)\b", "partly hidden behind"),
    (r"\b(?:can|could)\s+(?:be\s+)?(?:made\s+out|seen|spotted|glimpsed|discerned|spied)\s+(?=(?:behind|beyond|past)\b)",
     "seen "),
    # "a stoat observed to the right of a log", "a heron sighted on the left": where it was seen, no way it
    # looks ("observing" is a way of facing, and "observed" its past)
    (r"\b(?:observed|watched|eyed|sighted|spotted|seen|noticed|recorded|logged|glimpsed|spied)\s+(?=(?:just\s+|directly"
     r"\s+|right\s+|immediately\s+|off\s+|over\s+)?(?:to|on|at)\s+the\s+(?:immediate\s+|far\s+)?(?:left|right)"
     r"(?:[ -]hand)?(?:\s+side)?\s+of\b)", ""),
    (r"\b(?:observed|watched|eyed|sighted|spotted|noticed|recorded|logged|glimpsed|spied)\s+(?:off\s+|over\s+)?"
     rf"(?:to|on|at)\s+the\s+(far\s+)?(left|right){_ENDS}", r"on the \1\2"),
    # "a mule behind a van, only its head showing"; "a mule, mostly hidden, behind a van"
    (r"\bbehind\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*,\s*(?:with\s+)?(?:only|just)\s+(?:its|his|her|their)\s+"
     r"(?:head|top|ears|face|nose|tail|roof|tip|back|snout|muzzle|horns|antlers|hat|chimney|spire)s?\s+"
     r"(?:is\s+|are\s+)?"
     r"(?:showing|visible|poking\s+out|sticking\s+out|peeking\s+out|peeping\s+out|in\s+view)\b",
     r"partly hidden behind \1"),
    (rf",\s*((?:{PARTLY}|halfway)\s+(?:hidden|concealed|obscured|screened|covered))\s*,\s*(behind|by)\b", r" \1 \2"),
    # "with a cart in front of it, cutting off part of the view": the cart hides part of it
    (r"\bin\s+front\s+of\s+(it|them|him|her)\s*,?\s*(?:and\s+)?(?:partly\s+)?(?:cutting\s+off|cuts\s+off"
     r"|blocking|blocks|hiding|hides|obscuring|obscures|covering|covers)\s+(?:part|some|half|much|most|a\s+bit)\s+of\s+"
     r"(?:the|our|my|your|its|their|his|her)\s+(?:view|sight|body|outline)(?:\s+of\s+(?:it|them|him|her))?",
     r"partly hiding \1"),
    # "a crate in the foreground, overlapping a sack": in front of part of it
    (r"\b(?:partly\s+|partially\s+|slightly\s+)?(overlapping|overlaps|overlapped)\s+"
     r"(?=(?:a|an|the|one|two|[A-Z])\w*\b)",
     "partly hiding "),
    # "a badger up close, a cart in the distance": near the viewer ("shot up close" is the camera's)
    (r"(?<!\bshot)(?<!\bseen)(?<!\bviewed)(?<!\bphotographed)(?<!\bfilmed)(?<!\btaken)(?<!,)(?<=[a-z])\s+up\s+close\b"
     r"(?=\s*(?:[,.;]|$|\band\b|\bwhile\b|\bwith\b))", " in the foreground"),
    # "the nearest thing is a goat; past it stands a mill": the goat in front, the mill beyond it
    (r"\bthe\s+(?:nearest|closest|frontmost)\s+(?:thing|object|one|item|figure)\s+(?:is|being)\s+",
     "in the foreground is "),
    (r"(?:^|(?<=[,;.:]))(\s*(?:and\s+)?)(?:just\s+|further\s+|farther\s+|well\s+|somewhere\s+)?past\s+"
     r"(?=(?:it|them|him|her)\b|(?:a|an|the)\s)", r"\1behind "),
    # "looking past a heron toward a mill": the heron nearer, the mill beyond it
    (r"\b(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:shot|view|photo|picture|image|frame)\s+)?(?:looking|peering|gazing|seen)\s+"
     r"past\s+" + _NAMED + r"\s+(?:toward|towards|to|at|on\s+to)\s+", r"\1 in front of "),
    # "a cart some way back from a mule": back from it (how far is not drawn)
    (r"(?<!from\s)\b(?:some|a\s+(?:little|short|long|good|fair)|a\s+bit)\s+(?:way|distance)\s+(?=back\b|behind\b|in\s+front\b"
     r"|ahead\b)", ""),
    # "a barn way off in the distance": far off ("way" would read as the barn's second word)
    (r"(?<!\bthe)(?<!\ba)(?<!\bthis)(?<!\bthat)(?<!\bsome)(?<!\bany)(?<!\bno)(?<!\blong)(?<!\blittle)(?<!\bshort)"
     r"(?<!\bgood)(?<!\bfair)(?<!\bone)(?<!\beach)(?<!\bwhole)\s+way\s+(?=(?:off|back|behind|beyond)\b)", " far "),
    # "more towards the left than a gate": further left than it ("more" is no word of the noun)
    (r"\b(?:more|further|farther|much\s+further|slightly|a\s+little|a\s+bit)\s+(?:to|towards|toward|over\s+to)\s+the\s+"
     r"(left|right)\s+than\b", r"further \1 than"),
    # "a mule with a goat to one side and a cart to the other", "on one flank ... on the other": either side
    (r"\b(?:on|to|at)\s+one\s+(?:side|flank|end)\b(.{0,80}?)\b(?:on|to|at)\s+the\s+other(?:\s+(?:side|flank|end))?\b",
     r"on one side\1on the other"),
    (r"\b(on|at)\s+(either|each|both)\s+(flank|end)s?\b(?!\s+of\b)", r"\1 \2 side"),
    (r"(?<!\bon )(?<!\bat )(?<!\bto )(?<!\bfrom )(?<!\bby )\b(either|each)\s+side\b(?=\s*(?:[,.;]|$|\band\b))",
     r"on \1 side"),  # "a post with a goat either side"
    (r",\s*((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+on\s+one\s+side(?:\s+of\s+(?:it|them|him|her))?"
     r"\s*,?\s+and\s+((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+on\s+the\s+other(?:\s+side)?\b",
     r" between \1 and \2"),
    # "over on the lefthand side", "on the viewer's left": the picture's left, as always
    (r"\b(left|right)hand\b", r"\1"),
    # ("a miller with a goose a few feet away on the viewer's left": to the miller's left, as the viewer sees it)
    (r"(\bwith\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,6}?)(?:on|to|at)\s+the\s+(?:viewer|camera|onlooker|spectator"
     r"|audience|observer|reader)(?:'s|s'|s)?\s+(left|right)\b", r"\1to its \2"),
    (r"\b(on|to|at|towards?)\s+the\s+(?:viewer|camera|onlooker|spectator|audience|observer|reader)(?:'s|s'|s)?\s+"
     r"(left|right)\b", r"\1 the \2"),
    # "put a goose left and a goat right": a side said bare after the thing
    (rf"\b((?:a|an|one|two|three)\s+(?:(?!(?:{_TURNS}|{_GOING_WORDS})\b)[\w-]+\s+){{0,2}}?(?!(?:{_TURNS}|{_GOING_WORDS}"
     rf"|{_PICTURE}|camera|stage|turn|turns|turned|veer|veers|bear|bears|keep|keeps|the|far|to|on|at|its|their|his|her"
     r"|hand|more|further|farther|furthest|farthest|extreme|very|slightly)\b)[a-z][\w-]*)\s+(left|right)"
     rf"{_ENDS}", r"\1 on the \2"),
    # "put a goose left and Ottoline right": a name with a bare side after it
    (rf"(?<=\band\s)((?-i:[A-Z][a-z]+))\s+(left|right){_ENDS}", r"\1 on the \2"),
    # ... or listed after a comma or first: "a drum left, Ottoline right, a stool between them"
    (rf"(?:(?<=,\s)|^)(?!(?:Turn|Turns|Keep|Keeps|Bear|Veer|Move|Go|Goes|Look|Looks|Face|Faces|Stay|Far|Top|Bottom|Upper"
     rf"|Lower|Centre|Center|Middle|Left|Right|Image|Picture|Frame|Screen|Camera|Stage)\b)((?-i:[A-Z][a-z]+))\s+"
     rf"(left|right){_ENDS}", r"\1 on the \2"),
    # "a farmer occupies the left, a miller the right", "the left belongs to a barn, the right to a silo"
    (rf"\bthe\s+(left|right)(?:\s+{_PART})?(?:\s+of\s+the\s+{_PICTURE})?\s+(?:belongs|goes|falls|(?:is\s+)?given"
     r"(?:\s+over)?|(?:is\s+)?left|(?:is\s+)?reserved|(?:is\s+)?kept)\s+to\b", r"on the \1 is"),
    (rf",\s*(?:and\s+|while\s+)?the\s+(left|right)(?:\s+{_PART})?\s+to\s+(?=(?:a|an|the|one|two|three)\b)",
     r", on the \1 is "),
    (rf",\s*((?:a|an|the)\s+(?:(?!{_NOT_NOUN})[\w-]+\s+){{0,2}}?(?!{_NOT_NOUN})[\w-]+|(?-i:[A-Z][a-z]+))\s+the\s+"
     r"(left|right)(?:\s+(?:half|side|third|part))?(?=\s*(?:[,.;]|$))", r", and \1 on the \2"),
    # "surrounded on every side by geese": by them, all round
    (r"\b(surrounded|encircled|ringed|circled|enclosed|hemmed\s+in)\s+(?:on|from)\s+(?:all|every)\s+(?:sides?"
     r"|directions?)\s+(by|with)\b", r"\1 \2"),
    # "in a round formation about a pond", "circled round it": in a ring around it
    (r"\bin\s+(?:a|one)\s+(?:round|circular|ring|rough\s+circular|loose\s+circular)\s+(?:formation|shape|pattern"
     r"|arrangement|group|cluster)\b", "in a circle"),
    (r"\b(?:circled|circling|ringed|ringing)\s+(?=(?:a?round|about)\s+(?:it|them|him|her|a|an|the|one)\b)",
     "in a circle "),
    # "look under a bed and you'll find a tin": the tin under the bed
    (r"\b(?:look|peer|peek|glance|check)\s+(under|underneath|beneath|below|behind|inside|on\s+top\s+of|beside)\s+"
     r"((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*,?\s*(?:and\s+)?(?:you'll|you\s+will|you\s+would|you'd|you\s+can"
     r"|we'll|we\s+will|one\s+will|there\s+you'll)?\s*(?:find|see|spot|discover|notice)\s+", r"\1 \2 is "),
    # "one trunk lying on top of another (a second)", "one armchair just behind another": two, one so from the other
    # (each named with "one": a count is a thing of its own, and "another" before a compound reads no noun)
    (rf"\bone\s+((?:(?!{_HOW_PLACED})[\w-]+\s+){{0,2}}?(?!{_HOW_PLACED})[\w-]*[a-z])\s+"
     r"((?:(?:sitting|lying|laid|standing|set|placed|resting|stacked|parked|perched|balanced|propped|stood|piled)\s+)?"
     r"(?:flat\s+)?(?:(?:directly|right|just|squarely|neatly|well|slightly|a\s+little|a\s+bit)\s+)?"
     r"(?:on\s+top\s+of|on|upon|atop|above|over|under|underneath|beneath|below|in\s+front\s+of|behind|beside"
     r"|next\s+to|alongside|to\s+the\s+(?:left|right)\s+of|(?:left|right)\s+of))\s+(?:another|a\s+second)"
     r"(?=\s*(?:[,.;:\u2012-\u2015]|$|-+\s|\band\b|\bwith\b|\bwhile\b|\bplus\b))", r"one \1 \2 one \1"),
    # "two crates, the upper crate sat on the lower", "the top one on the bottom one": a pair, one on the other
    # (the lower is no thing of its own: an adjective standing for "the lower one")
    (r"\bthe\s+(?:upper|top|higher|uppermost|topmost)(?:\s+one)?\s+(?:(?:sitting|lying|standing|set|placed|resting"
     r"|stacked|perched|balanced|propped|stood|piled|laid)\s+)?(?:(?:squarely|neatly|directly|right|just)\s+)?"
     r"(?:on\s+top\s+of|on|upon|atop)\s+the\s+(?:lower|bottom|lowest|bottommost|under)(?:\s+one)?"
     r"(?=\s*(?:[,.;:!?]|$|\band\b|\bwith\b|\bwhile\b))", "one on top of the other"),
    # "two crates, one sitting on the other": how it sits goes, the pair stays
    (r"\b(one|the\s+(?:first|second|other|nearer|farther|further|front|back|left|right)(?:\s+one)?)\s+"
     r"(?:sitting|lying|standing|set|placed|resting|stacked|parked|perched|balanced|propped|stood|piled)\s+"
     r"(?=(?:(?:directly|right|just|squarely|neatly|well|slightly)\s+)?(?:on\s+top\s+of|on|upon|atop|above|over|under"
     r"|underneath|beneath|below|in\s+front\s+of|behind|beside|next\s+to|back\s+behind)\s+(?:another|the\s+other"
     r"|the\s+(?:first|second))\b)", r"\1 "),
    # "four in a line, counted from the left: two pointed right, the other two left": split between the row's two ends
    (rf"(?<=[:,]\s)({_NUM_WORD})\s+((?:{_TURNS})\s+{_FACED_WAY})\s*,?\s*(?:and\s+)?(?:then\s+)?(?:the\s+other\s+)?"
     rf"({_NUM_WORD})\s+((?:{_TURNS})\s+{_FACED_WAY})(?=\s*(?:[,.;]|$))", _part_facings),
    # "photographed from behind (sorry)", "a cat (lol) on a mat": a bracketed interjection is the writer's aside,
    # no look of the word before it (brackets otherwise put their words before the noun: "a sundial (left)")
    (r"\s*\(\s*(?:sorry|oops|whoops|ha|haha|hah|lol|sic|honest|honestly|seriously|really|alas|ugh|phew|eek|yikes|hmm"
     r"|argh|gah|meh|ok|okay|yes|no|yep|nope|again|obviously|of\s+course)\s*[!?.]*\s*\)", ""),
    # "a goat smack between a cart and a barn", "plumb in front of the door", "dead against the wall": the degree
    # adverb says how exactly, no thing ("a goat smack"); "slap bang" is read as "bang" first
    (r"\b(?:smack|slap|bang|plumb|dead)\s+(?=(?:between|in\s+between|in\s+front\s+of|behind|beside|next\s+to"
     r"|alongside|against|above|below|under|underneath|beneath|on\s+top\s+of|atop|opposite|in\s+the\s+(?:middle"
     r"|centre|center|heart))\b)", ""),
    # "a van, hard left in the picture", "hard right of frame": as far to that side as it goes (not a way of
    # turning: "the car swung hard left" keeps its way)
    (rf"(?<=,\s)hard\s+(left|right)(?=\s*(?:[,.;]|$)|\s+(?:in|of|on)\s+(?:the|its|their|this|that)\s+{_PICTURE})",
     r"far \1"),
    # "a butler right at the centre", "right next to each other": "right" says how exactly, no side
    (r"\b(\w+\s+)right\s+(?=(?:at|in|by|next|beside|behind|above|below|under|against|across|alongside|between"
     r"|on\s+top)\b)", _exactly),
    # "a lemon-yellow kettle", "a cherry-red van": the colour; "a rust-coloured drum": the colour its name says
    (r"\b[A-Za-z]+-(red|green|blue|yellow|orange|purple|pink|brown|grey|gray|black|white)\b(?!-(?:colou?red|tinted))",
     r"\1"),
    # "part of a cat cut off from view by a van": hidden by it
    (r"\b(?:(?:partly|partially|half|mostly)\s+)?(?:cut\s+off|hidden|screened|shut\s+off|blocked)\s+from\s+"
     r"(?:view|sight)\s+by\b", "partly hidden by"),
    # "a ring of dogs closing in on a statue from every side": around it
    (r"\bclos(?:ing|e|es|ed)\s+in\s+on\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+from\s+(?:every|all)\s+"
     r"sides?\b", r"around \1"),
    # "a line of fencers stretching from one side to the other": across the picture, on no side of it
    (r"\b(?:stretching|reaching|running|spanning|extending)\s+from\s+one\s+side\s+to\s+the\s+other\b", ""),
    # "a late-night laundromat": when, not a night thing; "absent-mindedly": one adverb
    (r"\b(?:late|all|mid|early)-(?:night|day|morning|evening|afternoon)\s+", ""),
    (r"\b([A-Za-z]+)-([A-Za-z]+ly)\b", r"\1\2"),
    # "sandbags laid out four to a row, three rows in all", "in a grid, three deep and five across": a grid
    (r"\b(?:laid\s+out\s+|set\s+out\s+|arranged\s+|placed\s+|planted\s+|lined\s+up\s+)?(\w+)\s+(?:to|in|per)\s+"
     r"(?:a|each|every)\s+row\s*,?\s+(\w+)\s+rows(?:\s+in\s+all|\s+in\s+total|\s+altogether)?\b",
     r"in \2 rows of \1"),
    # ("set out as a block, four deep and two wide": a block of them is the grid)
    (r"(?:\b(?:(?:set|laid)\s+out\s+|arranged\s+|placed\s+|planted\s+)?(?:in|as|into)\s+a\s+(?:tidy\s+|neat\s+"
     r"|regular\s+|square\s+|solid\s+)?(?:grid|block|square|rectangle)\s*,?\s*)?\b(\w+)\s+"
     r"(?:(?:rows|ranks|lines|tiers)\s+)?deep\s*,?\s*(?:and\s+|by\s+)?(\w+)\s+(?:across|wide)\b",
     r"in \1 rows of \2"),  # ("two rows deep by four across", "three deep, five wide")
    # "trophies in a line along the top of the wall": on it
    (r"\balong\s+the\s+top\s+of\b", "on top of"),
    # "two mongooses, the nearer one partly blocking our view of the other": the nearer one hides the other
    (r"\b(?:partly\s+|partially\s+|half\s+)?(?:blocking|blocks|obscuring|obscures|obstructing|obstructs|hiding"
     r"|hides|cutting\s+off)\s+(?:part\s+of\s+|some\s+of\s+|half\s+of\s+)?(?:our|the|my|your|the\s+viewer's)\s+"
     r"view\s+of(?:\s+(?:part|some|half|a\s+bit|a\s+corner)\s+of)?\b", "partly hiding"),
    # "a vole only partly visible, the rest of it behind a log": partly hidden behind the log
    (r"\b(?:only\s+|just\s+)?(?:partly|partially|half|barely)\s+(?:visible|seen|showing)\s*,?\s*(?:with\s+)?"
     r"the\s+rest(?:\s+of\s+(?:it|them|him|her))?\s+(?:is\s+|are\s+)?(?:hidden\s+|tucked\s+)?(?:behind|by)\b",
     "partly hidden behind"),
    # "a hare whose outline is cut off by a hedge in front": the hedge hides part of it
    (r"\bwhose\s+(?:outline|silhouette|body|shape|lower\s+half|upper\s+half|side|flank|legs|view)\s+(?:is|are)\s+"
     r"(?:partly\s+|partially\s+|half\s+)?(?:cut\s+off|blocked|hidden|obscured|covered|interrupted|masked)\s+by\b",
     "partly hidden by"),
    # "Greetings from the seaside! Two donkeys ...": a postcard's greeting says where the scene is
    (r"(?:^|(?<=[.;!?]))\s*(?:greetings|love|hello|wish\s+you\s+were\s+here)\s+from\s+(?=\w)", " at "),
    # "a gull circling overhead", "a lamp hanging overhead": the thing is up above; no overhead camera, no thing
    (r"\b(flying|circling|hanging|hovering|soaring|wheeling|swooping|gliding|dangling|passing|flies|hangs)\s+overhead\b",
     r"\1"),
    # "a knight on horseback": on a horse (one each for "two riders on horseback")
    (r"\b((?:a|an|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+)on\s+horseback\b", r"\1on a horse"),
    (r"\bon\s+horseback\b", "on horses"),
    # "a gull in mid-air over a pier", "a diver midair above a pool": how it is, no air to place
    (r"\b(?:in\s+)?mid[ -]?air\b", " "),
    # "a parrot on the pirate's shoulder", "a kitten on Gran's lap": on that person (no "pirate shoulder" thing)
    # (not a shot's "close-up on the cook's hand": the hand is what is shown)
    (r"(?<!up\s)\b(on|onto|upon|atop)\s+((?:a|an|the|my|your|his|her|our|their)\s+)?([A-Za-z]+)'s\s+(?:left\s+|right\s+)?"
     r"(?:shoulders?|head|lap|back|knees?|arm|hand|palm)\b", r"\1 \2\3"),
    # "a lynx peering round a shed": it looks out past the shed, which hides the rest of it
    (r"\b(?:peering|peeking|peeping|poking\s+out|looking\s+out|leaning\s+out)\s+(?:a?round|past)(?=\s+(?:a|an|the)\b)",
     "partly hidden behind"),
    # "a tree standing in the way, so we only see part of a barn": the tree hides part of the barn
    (r"\b(?:standing|placed|set|sitting|parked|stood)?\s*in\s+the\s+way\s*,?\s*(?:so|such)\s+(?:that\s+)?"
     r"(?:we|you|one|the\s+viewer)\s+(?:can\s+)?(?:only\s+)?(?:just\s+)?(?:see|sees|glimpse)\s+"
     r"(?:part|some|half|a\s+bit|a\s+little|the\s+top|a\s+corner)\s+of\b", "partly hiding"),
    (r"\b(?:cutting|cuts|cut)\s+off\s+(?:part|some|half|a\s+bit|a\s+corner)\s+of\b", "partly hiding"),
    (r"\bglimpsed\s+(?:behind|past|through)\b", "partly hidden behind"),
    # "a fisherman, with a crate on one side and a barrel on the other": between them ("a crate one side and
    # a barrel the other", the "on" left out, too)
    (r"\b(?:with|has|have|having)\s+((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:on\s+)?one\s+side"
     r"(?:\s+of\s+(?:it|them|him|her))?\s*,?\s+and\s+((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:on\s+)?"
     r"the\s+other(?:\s+side)?\b", r"between \1 and \2"),
    # "a matching pair of skunks", "twin geese": two of them ("a twin bed" is one bed)
    # ("a pair of scissors", "a pair of little headphones" are one thing)
    (r"\b(?:a\s+)?(?:matching\s+|identical\s+)?pair\s+of\b(?!\s+(?:[a-z]+\s+){0,3}?(?:"
     + "|".join(sorted(PAIR_NOUNS)) + r")\b)", "two"),
    # (after "the" or an owner and before one thing, "the twin sister", "my twin pram", it names a kind)
    (r"(?<!\ba )(?<!\ban )(?<!\bone )(?<!\bthe )(?<!\bmy )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bour )"
     r"(?<!\btheir )\btwin\s+(?=[a-z])(?!(?:brother|sister|sibling|son|daughter)\b)", "two "),
    # (a sibling said so is one of two: "a sheepish twin brother")
    (r"\b(the|my|your|his|her|our|their)\s+twin\s+(?=(?:[a-z]+s|geese|mice|[a-z]*men|children|people|sheep|deer)\b)",
     r"\1 two "),
    # ("between the two lamps" names them again: read as written)
    (r"\bbetween\s+the\s+(?:two|pair)(?:\s+(?:of\s+)?them)?\b(?!\s+(?!(?:and|with|while|is|are|was|were|stands|stand|sits|sit"
     r"|lies|lie|hangs|hang|there|in|on|at|of)\b)[a-z])", "between them"),
    # "with a stool precisely in the centre of the pair", "halfway between them both": between them
    (r"\b(?:(?:exactly|right|directly|precisely|just|dead|squarely|smack)\s+)?(?:in\s+the\s+(?:very\s+)?(?:middle|centre"
     r"|center)|midway|halfway|half\s+way)\s+(?:of|between)\s+(?:the\s+(?:two|pair)(?:\s+of\s+them)?|them\s+(?:both|two)"
     r"|both\s+of\s+them|the\s+two\s+of\s+them)\b", "between them"),
    # "a kettle with one mug each side", "one lamp at either side of him": a mug on each side, the kettle between them
    (r"\bone\s+(?!(?:on|at|to|by|of)\b)([\w-]+(?:\s+(?!(?:on|at|to|by|either|each)\b)[\w-]+)?)\s+(?:(?:on|at|to)\s+)?"
     r"(?:either|each)\s+side(?:\s+of\s+(it|them|him|her))?\b",
     lambda match: f"a {match.group(1)} on either side of {match.group(2) or 'it'}"),
    # "six lambs forming a round shape about a post", "making a circular formation around it": a ring, the shape no
    # thing ("in a round about the pond" is read as it stands)
    (r"\b(forming|formed|form|forms|making|made|make|makes|in|into)\s+(?:a|one)\s+(?:(?:big|large|small|little|loose"
     r"|tight|neat|rough|wide|perfect)\s+)?(?:round|circular|ring|circle)[ -](?:shape|form|formation|pattern|figure"
     r"|arrangement)\b", r"\1 a ring"),
    # "they go round and round the trough", "skipping in circles about a maypole": a ring going around it
    (rf"\b(?:{_TRAVELLING}|{_GOING_WORDS}|go|goes|went|gone|run|runs|ran|walk|walks|dance|dances|dancing|danced"
     r"|skip|skips|skipping|skipped|trot|trots|march|marches|race|races|chase|chases|chasing|chased|circle|circles"
     r"|spin|spins|spinning|whirl|whirls|whirling|fly|flies|swim|swims|ride|rides|prance|prancing)\s+"
     r"(?:(?:a?round|about)\s+and\s+(?:a?round|about)(?:\s+and\s+(?:a?round|about))?"
     r"|(?:in|in\s+a)\s+(?:circles?|rings?|loops?)\s+(?:a?round|about))\s+(?=(?:a|an|the|it|them|(?-i:[A-Z]))\b)",
     "around "),
    # "eight geese forming one circle with a well as its core", "set along a ring centered upon a well": around it
    (r"\b(?:making|forming|form|forms|make|makes|in|into)\s+(?:a|one)\s+(ring|circle)\s+with\s+" + _NAMED
     + r"\s+(?:as|at)\s+"
     r"(?:its|the)\s+(?:very\s+)?(?:hub|centre|center|middle|heart|focus|core|pivot)\b", r"in a \1 around \2"),
    (r"\b(?:(?:evenly|equally|regularly|neatly)\s+)?(?:spaced|placed|set|arranged|positioned|standing|stationed|spread)?"
     r"\s*(?:out\s+)?\b(?:on|in|along|round|around)\s+(?:a|one)\s+(circle|ring)\s+(?:centred|centered|with\s+its\s+(?:centre"
     r"|center)|whose\s+(?:centre|center)\s+is)\s+(?:on|at|around|upon|in)?\s*\b", r"in a \1 around "),
    # "guards posted right the way about a tower": around it
    (r"\b(?:(?:all|right)\s+|the\s+whole\s+|right\s+the\s+)way\s+(?:a?round|about)\b", "around"),
    # "a fire with four hikers round it": around it, as "around it" reads (bare "round" took the fire for the ring)
    # (and before an article: "sitting cross-legged round the tree", whatever stands between it and its verb)
    (r"(?<![\w-])round\s+(?=(?:it|them|him|her|the|a|an|this|that|their|its|his)\b)", "around "),
    # "six chairs spaced out at intervals round a table on all sides": around it
    (r"\b(spaced|spread|dotted|strung)\s+(?:out\s+)?(?:at\s+(?:regular\s+|even\s+|equal\s+)?intervals\s+|evenly\s+)?"
     r"(?=a?round\b)", r"\1 "),
    (r"\b(a?round\s+(?:a|an|the|it|them|him|her)(?:\s+[\w-]+){0,4}?)\s+(?:on|from)\s+(?:all|every)\s+"
     r"(?:sides?|directions?|angles?)\b", r"\1"),
    # "six cows in a closed circle round a tree": in a circle (how closed it is is the ring's own)
    (r"\b(in|into|forming|form)\s+a\s+(?:closed|complete|full|perfect|tight|neat|rough|loose|wide|unbroken)\s+"
     r"(circle|ring)\b", r"\1 a \2"),
    # "a ring: six cows, a well at its centre": six cows in a ring around the well
    (r"\b(?:a|one)\s+(?:closed\s+|complete\s+|neat\s+|wide\s+)?(?:ring|circle)\s*:\s*((?:\w+\s+)(?:[\w-]+\s+){0,2}?[\w-]+)"
     r"\s*,\s*(?:with\s+)?" + _NAMED + r"\s+(?:at|in)\s+(?:its|the)\s+(?:very\s+)?(?:centre|center|middle|heart)\b",
     r"\1 in a ring around \2"),
    # "a well in the middle of a circle made of six geese": ringed by the geese
    (r"\b(?:in|at)\s+the\s+(?:middle|centre|center)\s+of\s+a\s+(?:circle|ring)\s+(?:made\s+(?:up\s+)?of|formed\s+by)"
     r"\s+", "at the centre of a ring of "),
    (r"\ba\s+(?:circle|ring)\s+of\s+((?:\w+\s+)(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:surrounding|encircling|enclosing)\b",
     r"\1 in a circle around"),
    # "the top of a cabinet, where a vase has been placed": the vase on the cabinet
    (r"\bthe\s+top\s+of\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*,?\s+(?:where|on\s+which)\s+"
     r"((?:a|an|the|one|two|three|four)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:has|have|had)\s+been\s+"
     r"(?:placed|put|set|left|perched|balanced|stood|positioned)\b", r"\2 on top of \1"),
    # "a crate serving as a stand for a lamp": the lamp on the crate
    (r"\b((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:serving|serves|acting|acts|used|doubling)\s+as\s+"
     r"(?:a|an|the)\s+(?:stand|base|plinth|pedestal|platform|support|table|rest|perch)\s+for\b", r"on \1:"),
    # "a bench that a fox is hiding beneath": the fox beneath the bench
    (r"\b((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:that|which)\s+((?:a|an|the|one|two|three)\s+"
     r"(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|are)\s+(?:hiding|sheltering|sleeping|lying|sitting|tucked|curled\s+up"
     r"|crouching|resting|dozing)\s+(beneath|under|underneath|below|behind|on|upon|beside)(?=\s*(?:[,.;:]|$))",
     r"\2 \3 \1"),
    # "on the ground directly below a bridge", "in the space beneath it": below it
    (r"\bon\s+the\s+(?:ground|floor)\s+(?:directly\s+|right\s+|just\s+|immediately\s+)?"
     r"(below|beneath|under|underneath)\b", r"\1"),
    (r"\bin\s+the\s+(?:space|gap|area|room|shade)\s+(below|beneath|under|underneath)\b", r"\1"),
    # "a heron well to the right", "a hut well behind a mill": "well" says how far, nothing more
    (r"\bwell\s+(?=(?:to|on|over|off)\s+(?:the\s+|its\s+)?(?:far\s+)?(?:left|right|side)\b|behind\b|in\s+front\b"
     r"|above\b|below\b|back\b|away\b|beyond\b)", ""),
    # "keeping to the left of a shed", "keeps to the right-hand side of the picture": where it stands
    (r"\b(?:keeping|keeps|kept|keep|staying|stays|stay|sticking|sticks)\s+(?=(?:well\s+)?(?:to|on)\s+the\s+"
     r"(?:far\s+)?(?:left|right)\b)", ""),
    # "with a lamp a short way off to the left as we look at it": the viewer's left, as always
    (r",?\s*as\s+(?:we|you|the\s+viewer|i|one)\s+(?:look|see|view|face)(?:\s+(?:at\s+)?(?:it|them|him|her"
     r"|the\s+scene|the\s+picture|the\s+image))?(?=\s*(?:[,.;:]|$))", ""),
    # "a symmetrical picture with a vase at its centre": the vase in the centre of the picture
    (rf"\b(?:a\s+|the\s+)?(?:symmetrical|symmetric|centred|centered|balanced)\s+{_PICTURE}\s+with\s+"
     r"((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:at|in)\s+its\s+(?:centre|center|middle)\b",
     r"\1 in the centre of the picture"),
    # "the left half of the frame holds a horse, the right half an ox": on the right, the ox
    (r",\s*(?:and\s+)?the\s+(left|right)(?:[ -]hand)?\s+(?:half|side|third|portion|part)\s+(?=(?:a|an|the|one|two|three)\b)",
     r", on the \1 is "),
    # "Foreground: a cart; background: a mill": the cart in front of the mill
    (r"(?:^|(?<=[.;!?]))\s*(?:in\s+the\s+)?foreground\s*:\s*([^;.:]+?)\s*[;.,]\s*(?:and\s+)?(?:in\s+the\s+)?"
     r"background\s*:\s*", r" \1 in front of "),
    # "a goat, and far behind it, a barn": the barn far behind the goat
    (r",?\s*and\s*,?\s*(?:far|well|way|some\s+way|a\s+long\s+way|just|right|a\s+little)?\s*"
     r"(behind|in\s+front\s+of|beyond)\s+(it|them|him|her)\s*,\s*((?:a|an|the|one|two|three)\s+(?:[\w-]+\s+){0,3}?"
     r"[\w-]+)(?=\s*(?:[,.;]|$))", r" and \3 \1 \2"),
    (r"\ball\s+the\s+way\s+(?:a?round)\b", "around"),  # "three chairs set all the way round it"
    # "... and nothing else in the picture", "with nothing else in it really": what is not there, no place of the rest
    (r",?\s*(?:and|with|but)?\s*(?:there(?:'s|\s+is)\s+)?nothing\s+else\s+(?:is\s+|at\s+all\s+)?(?:in|on)\s+(?:it|the\s+"
     rf"{_PICTURE}|shot|view)(?:\s+(?:really|at\s+all|whatsoever))?(?=\s*(?:[,.;!?]|$))", ""),
    # "..., empty space to the right": room left free, no thing there
    # ("copy space" is the room a layout leaves for text; "even margins all round" centres the thing)
    (r",?\s*(?:with\s+)?(?:lots\s+of\s+|plenty\s+of\s+)?(?:empty|negative|blank|open|free|copy|text)\s+space\s+"
     r"(?:to|on|at)\s+(?:the\s+|its\s+)?(?:left|right|top|bottom)(?:[ -]hand)?(?:\s+side)?", ""),
    (r",?\s*(?:with\s+)?(?:an?\s+)?(?:equal|even|the\s+same)\s+(?:amount\s+of\s+)?(?:space|room|margins?|gaps?)\s+"
     r"(?:on|at|to|round|around)\s+(?:every|each|all|both)\s+(?:sides?|edges?)", ", in the centre"),
    # "a boat with a kite over on its right": "over" says nothing more than "on its right"
    (r"\b(?:over|across)\s+(?=(?:on|to|at)\s+(?:the|its|his|her|their)\s+(?:far\s+)?(?:left|right)\b)", ""),
    # "a bison up front and a windmill at the back": in the foreground and the background
    (r"\bup\s+front\b", "in the foreground"),
    (r"\bat\s+the\s+(?:back|rear)\b(?=\s*(?:[,.;]|and\b|$))", "in the background"),
    # "a snowman with an igloo on either side": of it, the thing it is with
    (r"\bon\s+(either|each|both)\s+sides?\b(?!\s+of\b)(?!\s+(?:by|with)\b)", r"on \1 side of it"),
    # "a kettle, photographed on the left of a plain backdrop": on the picture's left; the backdrop is the
    # picture's ground, no thing ("a blank wall" only said plain, "a white wall" said of the camera's work)
    (rf"(,\s*)?\b(?:(?:{_SHOT_VERBS})\s+)?{_SIDE_OF_GROUND}(?:(?:{_PLAIN}|{_PLAIN_HUE})[ -]){{0,2}}"
     r"(?:backdrop|background|back\s+drop)\b", _on_side),
    (rf"(,\s*)?\b(?:(?:{_SHOT_VERBS})\s+)?{_SIDE_OF_GROUND}(?:(?:{_PLAIN_HUE})[ -])?(?:{_PLAIN})[ -]"
     rf"(?:(?:{_PLAIN_HUE})[ -])?(?:wall|sheet|cloth|curtain|screen|canvas)\b", _on_side),
    (rf"(,\s*)?\b(?:{_SHOT_VERBS})\s+{_SIDE_OF_GROUND}(?:{_PLAIN_HUE})[ -](?:wall|sheet|cloth|curtain|screen)\b",
     _on_side),
    # "a bicycle, photographed with a girl standing in front of it", ", pictured beside a gate": what the picture
    # shows, said after how it was taken (closing "photographed ..." is otherwise how it was taken, no thing)
    (rf"(?<=,)\s*(?:{_SHOT_VERBS})\s+(?=with\s+(?:(?:a|an|the|one|two|three|his|her|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?"
     r"(?:standing|sitting|stood|sat|lying|leaning|parked|perched|posed|posing|placed|set|crouching|kneeling|waiting"
     r"|resting|propped)\s+(?:right\s+|just\s+|directly\s+)?(?:in\s+front|behind|beside|next|by|near|on|under|before"
     r"|to\s+(?:the\s+)?(?:left|right)|alongside|against)\b)", " "),
    (rf"(?<=,)\s*(?:{_SHOT_VERBS})\s+(?=with\s+(?:(?:a|an|the|one|two|three|his|her|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?"
     r"(?:in\s+front\s+of|behind|beside|next\s+to|alongside|to\s+(?:the\s+)?(?:left|right)\s+of)\s+(?:it|them|him|her)\b)",
     " "),  # ("..., photographed with a girl behind it")
    (rf"(?<=,)\s*(?:{_SHOT_VERBS})\s+(?=(?:right\s+|just\s+|directly\s+)?(?:in\s+front\s+of|behind|beside|next\s+to"
     r"|alongside|to\s+the\s+(?:left|right)\s+of|on\s+the\s+(?:left|right)\s+of)\s+(?:a|an|the|(?-i:[A-Z]))\b)", " "),
    # ", shot with a 50mm lens": how it was taken (items.CAMERA_VERBS), not a shot "with" a lens in it
    (r"(?<=,)\s*(shot|taken|captured|photographed|filmed)\s+(?:with|using)\b", r" \1 on"),
    # "a dog keeps a goat company": beside it.
    (r"\b(keeps?|keeping|kept)\s+((?:(?:a|an|the|one|two|three|[A-Z][a-z]+|[a-z]+)\s+){0,3}?[A-Za-z]+)\s+company\b",
     r"beside \2"),
    # "set against a backdrop of a barn", "with a barn as a backdrop": in front of the barn.
    (r"\b(?:set\s+|standing\s+|seen\s+|posed\s+)?(?:against|before|in\s+front\s+of)\s+(?:a|an|the)\s+"
     r"(?:\w+\s+)?(?:backdrop|background|back\s+drop)\s+of\b", "in front of"),
    (r"\bwith\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+as\s+(?:a|an|the|its|their)\s+(?:backdrop|background)\b",
     r"in front of \1"),
    # "1) a bucket beside a well 2) a rope on the bucket": numbered items are clauses, not counts.
    (r"(?:^|(?<=\s))\d{1,2}[.)]\s+(?=[A-Za-z])", " ; "),
    # "a crate blocks the view of a scooter" hides it (before "view of" is cut as a picture's filler).
    (r"\b(?:blocks|blocking|blocked|block|obscures|obscuring|hides|hiding|cuts\s+off|cutting\s+off)\s+"
     r"(?:the|our|my|your|their)\s+(?:view|sight)\s+of\b", "hides"),
    # "deeper in the scene than a shed" is behind it (before "in the scene" is cut as filler).
    (rf"\b(?:deeper|further|farther)\s+(?:in|into)\s+the\s+{_PICTURE}\s+than\b", "further back than"),
    # "a dog between the camera and a fence", "stands between us and the fence": in front of it.
    (r"\b(?:in\s+)?between\s+(?:the\s+)?(?:camera|viewer|lens|us|you|me)\s+and\b", "in front of"),
    # "in the crate's shadow", "at the tree's foot": the part of a thing, said as its possessive.
    (r"\b(in|at|by|on)\s+(?:the|a|an)\s+([a-z]+)'s\s+(shadow|shade|foot|base|side|edge|top)\b", r"\1 the \3 of the \2"),
    # ... and a name's: "a lamp at Ingrid's side" is at the side of Ingrid
    (r"\b(in|at|by|on)\s+((?-i:[A-Z][a-z]+))'s\s+(shadow|shade|foot|feet|base|side)\b", r"\1 the \3 of \2"),
    # "in the gate's foreground": in front of the gate.
    (r"\bin\s+(?:the|a|an)\s+([a-z]+)'s\s+foreground\b", r"in front of the \1"),
    (r"\bin\s+(?:the|a|an)\s+([a-z]+)'s\s+background\b", r"behind the \1"),
    # "flanked on the left by a barrel and on the right by a crate", "on one side by ... on the other by": between them.
    (r"\b(flanked|bracketed|framed)\s+on\s+one\s+side\s+by\s+((?:\w+\s+){0,4}?\w+)\s*,?\s+and\s+on\s+the\s+other"
     r"(?:\s+side)?\s+by\b", r"\1 by \2 and"),
    (r"\bflanked\s+on\s+the\s+(?:left|right)\s+by\s+((?:\w+\s+){0,4}?\w+)\s+and\s+on\s+the\s+(?:left|right)\s+by\b",
     r"flanked by \1 and"),
    # "to the stove's right": a side of a thing, said as its possessive.
    (r"\b(on|to|at)\s+(?:the|a|an)\s+([a-z]+(?:\s+[a-z]+)?)'s\s+(left|right)(?:[ -]hand)?(?:\s+side)?\b",
     r"\1 the \3 of the \2"),
    (r"\(\s*(?:on\s+the\s+|at\s+(?:the\s+)?|to\s+the\s+)?(?:far\s+)?(left|right)\s*\)", r" on the \1 "),
    (r"\(\s*(?:in\s+the\s+|at\s+the\s+)?(?:cent(?:re|er)|middle)\s*\)", " in the centre "),
    (r"(?:^|(?<=[.;!?]))\s*(?:on\s+the\s+|at\s+)?(?:far\s+)?(left|right)\s*:", r" on the \1, "),
    (r"(?:^|(?<=[.;!?]))\s*(?:in\s+the\s+)?(?:cent(?:re|er)|middle)\s*:", " in the centre, "),
    # "a lamp far house right (the right of the audience's view)", "facing stage left": a theatre's blocking
    # (a gloss in brackets after it says the side again); "a house left of a barn" is a house
    (rf"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bour )(?<!\bmy )(?<!\bits )(?<!\btheir )"
     rf"\b((?:{_TURNS}|{_GOING_WORDS})\s+(?:off\s+|out\s+|over\s+)?(?:(?:to|towards|toward)\s+)?)?"
     r"(?:(?:at|on|to|in)\s+)?(?:(far|extreme|furthest|farthest)\s+)?(audience|house|stage)[ -](left|right)\b"
     r"(?:\s*\(\s*(?:i\.?e\.?\s*,?\s*)?(?:(?:on|to|at)\s+)?the\s+(?:left|right)(?:\s+side)?\s+(?:of|from|in|as\s+seen"
     r"\s+from)\s+(?:the\s+)?(?:audience|house|viewer|spectator|camera)s?'?s?'?(?:\s+(?:view|point\s+of\s+view"
     r"|perspective|side|eyes))?\s*\))?"
     r"(?=\s*(?:[,.;:!?(]|$|\band\b|\bwith\b|\bwhile\b|\bfacing\b|\blooking\b|\bturned\b))", _blocking_side),
    # "a hen is more near to the lens and a cart is more far": the comparison a learner makes with "more"
    (r"\bmore\s+(?:near|nearer|close|closer)\b(?:\s+(?=to\b))?", "nearer "),
    (r"\bmore\s+(?:far|farther|further|distant)\b(?!\s+(?:away|off|back|from|than)\b)", "farther away"),
    (r"\bmore\s+(?:far|farther|further)\b", "farther"),
    # "nearer to camera", "away from lens": the article a learner leaves out
    (r"\b(nearer|closer|farther|further|near|close|away)\s+(to|from)\s+(camera|lens|viewer)\b", r"\1 \2 the \3"),
    # "a vole is behind a log, so we can only see a bit of it": the log hides the rest
    (r"\bbehind\s+" + _NAMED + r"(?:\s*,\s*(?:and\s+|so\s+(?:that\s+)?|that\s+is\s+why\s+)?|\s+(?:and|so|so\s+that"
     r"|that\s+is\s+why)\s+)(?:we|you|one|i|the\s+viewer)\s+"
     r"(?:can\s+|could\s+)?(?:only\s+|just\s+|barely\s+)?(?:see|sees|saw|glimpse|make\s+out|catch)\s+(?:only\s+|just\s+)?"
     r"(?:a\s+(?:little|bit|small\s+part|tiny\s+bit|corner|sliver|glimpse)|little|part|some|half|the\s+top)\s+of\s+"
     r"(?:it|them|him|her)\b", r"partly hidden behind \1"),
    # "a hare behind a log, with just a little of it peeking out past it": the log hides the rest
    (r"\bbehind\s+" + _NAMED + r"\s*,\s*(?:and\s+)?(?:with\s+)?(?:only|just)\s+(?:a\s+(?:little|bit|tiny\s+bit"
     r"|small\s+part|sliver|corner|glimpse)|part|some|half|the\s+top)\s+of\s+(?:it|them|him|her)\s+(?:is\s+|are\s+)?"
     r"(?:showing|visible|poking\s+out|sticking\s+out|peeking\s+out|peeping\s+out|peeking|in\s+view|to\s+be\s+seen)"
     r"(?:\s+(?:past|behind|beside|around|round|over|above|from\s+behind)\s+(?:it|them|him|her))?",
     r"partly hidden behind \1"),
    # "put the van in front of a hut so that it covers most of it": the van hides the hut
    (r"\bin\s+front\s+of\s+" + _NAMED + r"\s*,?\s*(?:so\s+(?:that\s+)?|and\s+|where\s+|which\s+|to\s+)?"
     r"(?:it\s+|they\s+)?(?:covers|cover|hides|hide|blocks|block|obscures|obscure|conceals|conceal|screens|screen)\s+"
     r"(?:most|much|part|half|some|nearly\s+all|almost\s+all|a\s+lot|a\s+good\s+part|the\s+bulk)\s+of\s+"
     r"(?:it|them|him|her)\b", r"partly hiding \1"),
    # "I could hardly see the hut, a van was in the way": the van hides it
    (r"\b(?:I|we|you|one)\s+(?:couldn't|could\s+not|can't|cannot|can\s+not|could\s+hardly|can\s+hardly|could\s+barely"
     r"|can\s+barely|could\s+only|can\s+only|didn't|did\s+not|don't|do\s+not)\s+(?:really\s+|quite\s+)?(?:see|make\s+out"
     r"|spot|glimpse)\s+(?:much\s+of\s+|most\s+of\s+|all\s+of\s+|a\s+lot\s+of\s+|a\s+little\s+of\s+|part\s+of\s+"
     r"|some\s+of\s+|any\s+of\s+|the\s+whole\s+of\s+)?" + _NAMED + r"\s*(?:,\s*(?:because\s+|as\s+|since\s+)?"
     r"|\s+(?:because|as|since)\s+)" + _NAMED + r"\s+(?:was|were|is|are|stood|stands|sat|sits|got|being)\s+"
     r"(?:standing\s+|parked\s+|sitting\s+|right\s+|just\s+)?(?:in\s+the\s+way|in\s+front(?:\s+of\s+(?:it|them|him|her))?)"
     r"\b", r"\1 partly hidden behind \2"),
    # "stroll round a pond and you'll meet six geese in a ring": the geese in a ring around the pond
    (r"\b(?:walk|go|stroll|wander|run|drive|cycle|ride|circle|look|travel)\s+(?:all\s+the\s+way\s+)?(?:a?round|about)\s+"
     + _NAMED + r"\s*,?\s*(?:and\s+)?(?:you'll|you\s+will|you'd|you\s+would|we'll|we\s+will|one\s+will|you)\s+"
     r"(?:pass|see|meet|find|spot|come\s+across|come\s+to|go\s+past|walk\s+past)\s+((?:\d+|[a-z]+)\s+(?:[\w-]+\s+){0,2}?"
     r"[\w-]+?)(?:\s+(?:(?:spaced|spread|set|laid|standing|arranged|placed|dotted|stationed)\s+(?:out\s+)?(?:evenly\s+)?)?"
     r"(?:in|into|forming|on)\s+a\s+(?:(?:neat|loose|wide|big|rough)\s+)?(circle|ring))?(?=\s*(?:[,.;!?]|$))",
     lambda match: f"{match.group(2)} in a {match.group(3) or 'circle'} around {match.group(1)}"),
    # "two owls, the left one looking left and the right one looking right": the leftmost and the rightmost
    (r"\bthe\s+(left|right)(?:[ -]hand)?\s+(one|ones)\b", r"the \1most \2"),
    # "pears in a tidy block, two rows of three apiece": in two rows of three (the block is their shape, no thing)
    (r"\b(?:in|into|as|forming)\s+(?:a|one)\s+(?:(?:neat|tidy|regular|square|orderly|perfect|careful|precise|rectangular"
     r"|even|compact|solid|little|small)\s+)*(?:block|grid|formation|array|rectangle|square|arrangement)\s*(?:,\s*|:\s*"
     r"|\s+of\s+|\s+with\s+|\s+)(\w+)\s+(?:rows|lines|ranks)\s+of\s+(\w+)(?:\s+(?:each|apiece|per\s+row|in\s+each(?:\s+row)?))?"
     r"\b", r"in \1 rows of \2"),
    # "hens scattered all over the place, in no special order": scattered, over no thing
    (rf"\b(?:(spread|scattered|dotted|strewn|sprinkled|spaced|wandering|running|milling)\s+(?:out\s+|about\s+|around\s+)?)?"
     rf"all\s+over\s+the\s+(?:place|shop|{_PICTURE})\b",
     lambda match: f"{match.group(1)} out" if match.group(1) else ""),
    # "seagulls dotted around at random": scattered ("around" with nothing after it is no ring)
    (r"\b(spread|scattered|dotted|strewn|sprinkled|spaced|wandering|running|milling)\s+(?:out\s+|about\s+|around\s+)?"
     r"(?:at\s+random|randomly|here\s+and\s+there|everywhere|haphazardly|every\s+which\s+way|this\s+way\s+and\s+that"
     r"|in\s+all\s+directions)\b", r"\1 out"),
    # "goats milling idly every which way": no way is a thing
    (r"\s*\b(?:every\s+which\s+way|this\s+way\s+and\s+that)\b", ""),
    (r"\b(spread|scattered|dotted|strewn|sprinkled|wandering|milling)\s+(?:about|around)(?=\s*(?:[,;.!?]|$|in\s+no\b))",
     r"\1 out"),
    (r",?\s*(?:in\s+no\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:particular\s+|special\s+|set\s+|fixed\s+|real\s+)?"
     r"(?:order|pattern|arrangement)(?:\s+(?:at\s+all|whatsoever))?(?=\s*(?:[,.;:!?]|$|\band\b))|with\s+no\s+(?:particular"
     r"\s+|set\s+|real\s+)?(?:order|pattern|plan)(?:\s+(?:to|in)\s+(?:it|them))?)(?=\s*(?:[,.;:!?]|$|\band\b))", ""),
    # "all facing left apart from the last one, which faces right": except that one
    (r"\b(?:apart\s+from|aside\s+from|other\s+than|save\s+for|but\s+for|with\s+the\s+exception\s+of)\s+"
     r"(?=the\s+(?:(?:[\w-]+\s+){0,3}?(?:one|ones)\b|(?:first|last|middle|leftmost|rightmost|final)\b))", "except "),
    # "facing screen left", "looking off towards the right edge of the frame": a way of facing, no place
    # "ducks walking in single file towards the left": the way they go said after how they are lined up
    (rf"\b({_GOING_WORDS}|{_TRAVELLING})\s+((?:in|into)\s+(?:a\s+|one\s+)?(?:(?:single|indian|long|neat|straight|tidy"
     r"|orderly|short)\s+)?(?:file|line|row|column|procession|convoy|queue)|single\s+file|indian\s+file|side\s+by\s+side"
     r"|two\s+by\s+two|nose\s+to\s+tail|one\s+behind\s+(?:the\s+other|another))\s*,?\s+((?:off\s+)?(?:to|towards|toward)"
     r"\s+the\s+(?:left|right)|(?:left|right)wards?|away\s+from\s+(?:us|the\s+(?:camera|viewer|lens))"
     r"|towards?\s+(?:us|the\s+(?:camera|viewer|lens)))\b", r"\1 \3 \2"),
    # ("heading off to screen left", "exits frame right", "the cart trundles towards camera left": going there)
    (rf"\b({_TURNS}|{_TRAVELLING}|heads|goes|moves|walks|runs|drives|exits|exiting|exit|leaves|leaving|rides|flies|sails"
     rf"|swims)\s+(?:off\s+|out\s+)?(?:to\s+|towards\s+|toward\s+)?(?:{_PICTURE}|camera|stage)[ -](left|right)\b",
     r"heading to the \2"),
    # "a van heading towards the left of the frame", "a cart travelling leftwards across the frame": where it
    # goes, so the way it faces (it may be anywhere in the picture)
    (rf"\b({_GOING_WORDS}|{_TRAVELLING})\s+(?:off\s+|out\s+)?(?:to|towards|toward|for)\s+the\s+(left|right)\s+of"
     rf"\s+the\s+{_PICTURE}\b", r"heading to the \2"),
    # "a cart headed for the right side", "a yak bound for the frame's left": where it goes, so the way it faces
    (rf"\b(?:making|made|makes|bound|aiming|aimed|headed|heading|off)\s+(?:off\s+|straight\s+)?for\s+the\s+(left|right)"
     rf"(?:[ -]hand)?(?:\s+(?:side|edge))?(?:\s+of\s+the\s+{_PICTURE})?\b(?!\s+of\b)", r"heading to the \1"),
    (rf"\b({_GOING_WORDS}|{_TRAVELLING})\s+(left|right)wards?(?:\s+(?:across|through|over)\s+the\s+{_PICTURE})?\b",
     r"heading to the \2"),
    (rf"\b({_TURNS})\s+(?:off\s+|out\s+)?(?:to|towards|toward)\s+the\s+(left|right)(?:[ -]hand)?\s+(?:edge|side|border)"
     rf"(?:\s+of\s+the\s+{_PICTURE})?", r"\1 to the \2"),
    (rf"\b({_TURNS})\s+the\s+(left|right)(?:[ -]hand)?\s+(?:edge|side|border)\s+of\s+the\s+{_PICTURE}\b",
     r"\1 to the \2"),
    # ("a chair at frame right": the "at" goes too, or it is left as a "near" to the thing before)
    (rf"\b(?:(?:at|in|on|to)\s+)?(?:{_PICTURE}|camera|stage)[ -](left|right)\b", r"on the \1"),
    (rf"(?<!\bthe )(?<!\bfar )\b(left|right)\s+of\s+(?:the\s+)?{_PICTURE}\b", r"on the \1"),  # (FRAME reads "the left of")
    # "in the leftmost part of the picture" (a bare "the rightmost" is a member of a group: items.POSITIONS)
    (r"\b(in|on|at|to|towards?)\s+the\s+(left|right)most\b", r"\1 the far \2"),
    (r"(?<!\bthe )\b(left|right)most\b", r"on the far \1"),
    (r"(?<!\bthe )(?<!\bso )\b(?:far|extreme|furthest|farthest)\s+(left|right)\b"
     r"(?!\s+(?:of|hand|side|edge|end|corner|than))",
     r"on the far \1"),  # "a cat far left", "a bin furthest left"
    # "a cat positioned left", "a lamp stands right": a side said bare after a verb of being somewhere.
    (rf"\b(positioned|placed|situated|located|set|sits|sitting|stands|standing|parked|kept|is|are)\s+(left|right)"
     rf"{_ENDS}", r"\1 on the \2"),
    (r"\b(?:at|on)\s+(?:the\s+)?(far\s+)?(left|right)\b(?!\s+(?:of|hand|side|edge|end|corner))", r"on the \1\2"),
    # "a kiln towards the left of the frame, a van towards the right": the second is in the frame too
    (rf"(\b(?:toward|towards)\s+the\s+(?:left|right)\s+of\s+the\s+{_PICTURE}\s*,[^,.;:]*?)\b(?:toward|towards)"
     rf"\s+the\s+(left|right){_ENDS}", r"\1on the \2"),
    (rf"\b{_BY_SIDE}\s+the\s+{_SIDE_OF}(left|right)(?:[ -]hand)?(?:\s+{_PART})?\s+of\s+the\s+{_PICTURE}\b",
     r"on the \1"),
    (rf"\b{_BY_SIDE}\s+the\s+{_SIDE_OF}(left|right)(?:(?:[ -]hand)?\s+{_PART})?{_ENDS}", r"on the \1"),
    (rf"\bthe\s+(left|right)(?:[ -]hand)?\s+(?:half|side|third|part|portion)\s+(?:of\s+the\s+{_PICTURE}\s+)?"
     r"(?:shows|has|holds|contains|features|is)\b", r"on the \1 is"),
    (r"\bthe\s+(left|right)(?:[ -]hand)?\s+(?:half|third|portion)\s*,", r"on the \1,"),
    # "a fox lurking where a van hides nearly all of it": the fox is mostly hidden by the van
    (r"\bwhere\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:hides|covers|conceals|obscures|screens|masks)\s+"
     r"(?:nearly|almost|most|much|the\s+greater\s+part)(?:\s+all)?\s+of\s+(?:it|them|him|her)\b",
     r"mostly hidden by \1"),
    # "three crates piled one on top of another", "books stacked up": a stack, as "on top of each other" says it.
    # ("two books, one on the other, and ...": a pair, piled alone, so the comma goes; "a column of three
    # blocks, one on top of the next" keeps it, the column reads its own pile)
    # (how it rests may be said between: "two tins, one resting squarely on the other")
    (r"(?:\s*,)?\s*\bone\s+" + _RESTING + r"(?:on\s+top\s+of|upon|atop|on|above|over)\s+the\s+other\b",
     " on top of each other"),
    (r"\bone\s+" + _RESTING + r"(?:on\s+top\s+of|upon|atop|on|above|over)\s+(?:another|the\s+next)\b",
     "on top of each other"),
    (r"\beach\s+(?:one\s+)?(?:sitting|resting|standing|balanced|perched|placed|set|lying|stacked)\s+(?:on|upon|atop)\s+"
     r"(?:top\s+of\s+)?the\s+one\s+(?:beneath|below|under(?:neath)?)(?:\s+it)?\b", "in a pile"),
    # "pancakes stacked six high": a pile of six; "each balanced on the last": a pile too
    (r"\b(piled|stacked|heaped)\s+(?:up\s+)?(\d+|[a-z]+)\s+(?:high|tall|deep)\b", _piled_high),
    (r"\beach\s+(?:one\s+)?(?:(?:sitting|resting|standing|balanced|perched|placed|set|lying|stacked)\s+)?(?:on|upon|atop)\s+"
     r"(?:top\s+of\s+)?the\s+(?:last|previous|one\s+before)(?:\s+one)?\b", "in a pile"),  # (the verb may go unsaid)
    (r"\b(piled|stacked|heaped)\s+(?:up|high)\b(?!\s+with)", r"\1 in a pile"),
    (r"\b(piled|stacked|heaped)\s+(?:neatly|carefully|tidily|untidily|precariously|haphazardly)(?=\s*(?:[,.;]|$))",
     r"\1 in a pile"),  # "five boxes stacked neatly": a pile ("... one above another" says it too)  # ("piled high with oranges": on it)
    # "a cow with its head to the right" faces right: a way of facing, not a place ("its nose to
    # the left of a bowl" is a place, so not before "of").
    (r"(?:\bwith\s+(?:its|his|her|their)\s+|,\s*(?:its\s+|his\s+|her\s+|their\s+)?)(?:head|nose|face|muzzle|snout|beak|front"
     r"|bonnet|hood|bow|headlights|headlamps|spout|prow|grille|grill|windscreen|windshield|horns|antlers"
     r"|eyes|gaze)\s+(?:turned\s+|pointing\s+|pointed\s+|facing\s+|aimed\s+)?(?:to\s+|towards\s+|toward\s+)?"
     r"(?:the\s+)?(left|right)\b(?!\s+of\b)",
     r" facing \1"),
    # "six chairs in a closed circle round a table": a ring all the same
    (r"\b(?:closed|complete|full|unbroken|continuous|whole)\s+(?=(?:circle|ring)\b)", ""),
    # "then just left of them from where we're standing there's a stool": the viewer's side is the picture's
    (r"\b((?:left|right)\s+of\s+(?:it|them|him|her))\s*,?\s*(?:from|as\s+seen\s+from)\s+where\s+(?:we|you|i"
     r"|the\s+viewer)(?:'re|\s+are|'m|\s+am|\s+is|\s+stand)(?:\s+standing)?\b", r"\1"),
    (r",\s*that'?s\s+(?:it|all)(?=\s*(?:[,.;!]|$))", ""),
    # "a drum first from the right, a stool next": the two in that order from the right
    (r"(?:\s*,\s*(?:and\s+|also\s+|plus\s+)?|\s+(?:and|also|plus)\s+)?\b" + _NAMED
     + r"\s+(?:(?:is|comes|stands|sits|goes)\s+)?first\s+(?:on|from|at)\s+the\s+(left|right)\s*,\s*" + _NAMED
     + r"\s+(?:(?:is|comes|stands|sits|goes)\s+)?(?:second|next)(?:\s*,?\s*(?:and\s+)?" + _NAMED
     + r"\s+(?:(?:is|comes|stands|sits|goes)\s+)?(?:third|last))?\b", _numbered_from_side),
    # "scanning left to right, a drum comes before a stool": left of it, and so on in turn
    (rf"(?:(?:^|(?<=[.;:!?,]))\s*(?:and\s+)?|\s+and\s+)(?:reading|going|counting|looking|scanning|moving|working|read)\s+"
     rf"(?:(?:across"
     rf"|along|over)\s+)?(?:the\s+{_PICTURE}\s+)?(?:from\s+)?(?:the\s+)?(left|right)\s+to\s+(?:the\s+)?(?:right|left)\s*,?\s*"
     r"([^.;!?]*?\b(?:comes|come|is|stands|sits|goes|appears)\s+(?:just\s+|immediately\s+|right\s+)?(?:before|after"
     r"|ahead\s+of)\b[^.;!?]*)", _read_in_order),
    # "Going from left to right, you meet ...": the order the things are met in (no one going anywhere)
    (rf"(?:^|(?<=[.;:!?]))\s*(?:reading|going|looking|scanning|moving|working|panning|travell?ing)\s+(?:(?:across|along"
     rf"|over)\s+)?(?:the\s+{_PICTURE}\s+)?(?:from\s+)?(?:the\s+)?(left|right)\s+to\s+(?:the\s+)?(right|left)\s*,?\s*"
     r"(?=(?:you|we|one|the\s+eye)\s)", r" from \1 to \2, "),
    # "you meet a drum first and a stool second": the drum, then the stool
    (r"\b(?:you|we|one|the\s+eye)\s+(?:meet|meets|see|sees|find|finds|encounter|encounters|come\s+to|comes\s+to|come\s+across|comes\s+across|reach"
     r"|reaches|pass|passes)\s+((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?-i:[A-Z][a-z]+))\s+first\s*,?\s+"
     r"(?:and\s+)?(?:then\s+)?((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?-i:[A-Z][a-z]+))"
     r"(?:\s+(?:second|next|last)\b|(?=\s*(?:[,.;]|$|\bfrom\b)))",
     r"\1, then \2"),
    # "a stool on the left, and over to the right of them, Ingrid": a name closing the clause is the thing there
    (r",?\s*\band\s*(?:then\s*)?,\s*(?:over\s+|off\s+|out\s+|just\s+)*(to|on)\s+the\s+(left|right)\s+of\s+(it|them|him"
     r"|her)\s*,\s*((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*(?:[,.;]|$))", r" and \4 \1 the \2 of \3"),
    (r",\s*(?:and\s+)?(?:over\s+|off\s+|out\s+|just\s+)?(to|on)\s+the\s+(left|right)\s+of\s+(it|them|him|her)\s*,\s*"
     r"((?-i:[A-Z][a-z]+))(?=\s*(?:[,.;]|$))", r", and \4 \1 the \2 of \3"),
    # "a lamp, placed left of centre near the edge": off to that side of the picture
    (r"\b(?:(?:placed|positioned|set|sitting|standing|located|situated)\s+)?(?:just\s+|slightly\s+|well\s+|a\s+little\s+"
     r"|a\s+bit\s+|somewhat\s+)?(left|right)\s+of\s+(?:the\s+)?(?:centre|center|middle)\b"
     r"(?:\s*,?\s*(?:near|by|towards?|toward|close\s+to|at)\s+the\s+(?:edge|side|border|margin))?", r"on the \1"),
    # "a kettle as the subject, positioned right": the kettle is the subject, no thing called one ("as the central
    # subject" is left to say where)
    (r"\s+as\s+(?:the|our|its)\s+(?:main\s+|sole\s+|only\s+|principal\s+)?(?:subject|focus|focal\s+point"
     r"|centrepiece|centerpiece|hero)\b", ""),
    # "a drum before a stool, between it and us": said twice, the second time with "us"
    (r",?\s*(?:right\s+|directly\s+|just\s+)?(?:in\s+)?between\s+(?:it|them|him|her|the\s+[\w-]+(?:\s+[\w-]+)?)\s+and\s+"
     r"(?:us|me|you|the\s+(?:camera"
     r"|viewer|lens|onlooker))\b", ""),
    # "a kettle and a toaster, almost touching", "a kettle close enough to touch a toaster": near each other
    (r"\s*,?\s*(?:almost|nearly|practically|just|virtually|all\s+but)\s+touching(?=\s*(?:[,.;]|$))",
     " next to each other"),
    (r"\b(?:close|near)\s+enough\s+to\s+(?:reach\s+out\s+and\s+)?(?:touch|reach|tap|nudge)\b", "touching"),
    # "a van cutting off our view of most of a shed": hiding it
    (r"\bpartly\s+hiding\s+(?:most|much|all|the\s+bulk|a\s+lot|the\s+greater\s+part)\s+of\b", "partly hiding"),
    # "you can barely make out a goat behind a wall": the wall hides most of the goat
    (r"\b(?:you|we|one|i)\s+(?:can|could)\s+(?:only\s+|just\s+)?(?:barely|hardly|just|just\s+about|only\s+just|scarcely)\s+"
     r"(?:make\s+out|see|spot|glimpse|discern)\s+((?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?-i:[A-Z][a-z]+))\s+"
     r"(?=behind\b)", r"\1 partly hidden "),
    # "five geese in a line, by turns looking left and right, beginning with the first looking right": each in turn
    (r"\b((\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,3}?[\w-]+?"
     r"(\s+(?:standing\s+|lined\s+up\s+|set\s+|placed\s+|arranged\s+)?(?:in\s+(?:a|one)\s+(?:straight\s+)?(?:row|line)"
     r"|side\s+by\s+side|lined\s+up|abreast)))\s*,?\s*(?:each\s+)?(?:alternately|alternating|by\s+turns)\s+(?:facing|turned"
     r"|looking|pointing|pointed)\s+(" + _ONE_WAY + r")\s+(?:and|then|or)\s+(?:(?:facing|turned|looking|pointing)\s+)?("
     + _ONE_WAY + r")(?:\s*,?\s*(?:starting|beginning)\s+(?:with|from)\s+the\s+(?:leftmost|left-hand|first"
     r"|one\s+on\s+the\s+left)(?:\s+one)?\s+(?:(?:facing|turned|looking|pointing)\s+)?(" + _ONE_WAY + r"))?",
     _alternately),
    # "a goat, rear end towards us", "its tail to the lens": it faces away
    (r",\s*(?:(?:its|his|her|their)\s+)?(?:rear|rear\s+end|tail|tail\s+end|rump|backside|stern|hindquarters|tailgate)\s+"
     r"(?:turned\s+|pointed\s+|pointing\s+)?(?:to|towards|toward|at|facing)\s+(?:the\s+)?(?:viewer|camera|lens|us|me|you)\b",
     " facing away from the camera"),
    # "seen from behind, backs to me": the camera's place said twice (their backs face it, no turn of their own)
    (r"(\bfrom\s+(?:directly\s+|right\s+|just\s+)?(?:behind|the\s+back|the\s+rear)(?:\s+(?:it|them|him|her))?)\s*,\s*"
     r"(?:with\s+)?(?:(?:its|his|her|their)\s+)?backs?\s+(?:turned\s+)?(?:to|towards|toward|facing)\s+(?:the\s+)?"
     r"(?:viewer|camera|lens|us|me|you)\b", r"\1"),
    (r",\s*backs?\s+(?:turned\s+)?(?:to|towards|toward|facing)\s+(?:the\s+)?(?:viewer|camera|lens|us|me|you)\b",
     " facing away from the camera"),
    # "a bus swung about so you see just its rear": it faces away
    (r"\b(?:turned|turning|turns|swung|spun)\s+(?:a?round|about)\s*,?\s+so\s+(?:that\s+)?(?:we|you|one|the\s+(?:viewer"
     r"|camera))\s+(?:can\s+)?(?:only\s+|just\s+)?(?:see|sees|get|gets|face|faces|look\s+at)\s+(?:only\s+)?(?:its|his|her"
     r"|their)\s+(?:back|backs|rear|rear\s+end|tail|tails|rump|backside|stern|tailgate|hindquarters|boot|trunk)\b",
     "facing away from the camera"),
    # "a hare side-on, facing to my right": the turn says the side it faces; the camera stays in front
    (r"\bside[ -]on(?:\s+(?:to|towards|toward)\s+(?:you|us|me|the\s+(?:camera|viewer|lens)))?\s*,?\s*"
     r"(?=(?:turned|facing|pointing|looking|heading|angled|nose)\b)", ""),
    # "a dog with its back to our window": the window the picture is seen through is the viewer's
    (r"\b((?:its|his|her|their)\s+backs?\s+(?:turned\s+)?(?:to|towards|toward)\s+)(?:our|my|your)\s+(?:[a-z]+\s+)?"
     r"window\b", r"\1the viewer"),
    # "a goat facing the horizon, its back to the viewer": the back towards us
    (r",\s*(its|his|her|their)\s+backs?\s+(?:turned\s+)?(?:to|towards|toward)\s+(?:the\s+)?(viewer|camera|lens|us)\b",
     r" with \1 back to the \2"),
    # "a man walks to the left of a tree": where he walks, beside the tree ("to the left of the frame" is read before)
    (rf"\b({_GOING_WORDS}|{_TRAVELLING}|walks|runs|drives|moves|goes|stands|sits)\s+(?:off\s+|over\s+)?to\s+the\s+"
     rf"(left|right)\s+of\s+(?!(?:the\s+)?{_PICTURE}\b)", r"\1 on the \2 of "),
    # "CLOSE ON a dresser. A cat sits on it.": a screenplay's shot note, no thing called close
    (r"(?:^|(?<=[.;!?]))\s*(?-i:CLOSE\s+(?:UP\s+)?ON|ANGLE\s+ON|INSERT\s+ON)\b", " "),
]
CAPTION_REWRITES_RE = [(re.compile(regex, re.IGNORECASE), replacement) for regex, replacement in CAPTION_REWRITES]
# Which way something faces, from the camera's point of view.
TURN_AT = ("facing|faces|face|looking|looks|look|turned|turning|turns|pointing|points|heading|headed|oriented|directed"
           "|watching|watches|eyeing|eyes|observing|observes"
           "|gazing|staring|walking|moving|running|driving|going|flying|swimming")
# with the bare verb a learner may write after "is" ("the cart is turn to the left", "is drive away"); only
# with a way said, never straight before a thing ("go-karts", "a drive shaft")
TURN = TURN_AT + "|turn|drive|drives|walk|walks|run|runs|move|moves|go|goes"
# Ways of going somewhere, which face where they go only with a way said ("a rolling pin" is no turn).
GOING = ("wandering|wanders|rolling|rolls|strolling|strolls|trotting|trots|marching|marches|riding|rides|sailing"
         "|sails|drifting|drifts|crawling|crawls|waddling|waddles|galloping|gallops|hurrying|hurries|rumbling|rumbles"
         "|trundling|trundles|scuttling|scuttles|zooming|zooms"
         # the bare verb after "would", "watch a ... ": words that name no thing
         "|wander|stroll|trot|waddle|gallop|hurry|rumble|trundle|scuttle|zoom|drift|crawl")
_HEADING = "walking|walks|flying|flies|swimming|swims|driving|drives|moving|moves|heading|heads"
_OFF = "off|over|round|around|away|straight|directly|right"  # "looks off to the left", "straight at us"
ORIENTATION: list[tuple[str, str]] = [
    (f"{GOING} off|away|over|along? to|towards|toward the? left|leftwards|leftward", "left"),
    (f"{GOING} off|away|over|along? to|towards|toward the? right|rightwards|rightward", "right"),
    (f"{TURN} {_OFF}? to|towards|toward|at|into? the? left|leftwards|leftward", "left"),
    (f"{TURN} {_OFF}? to|towards|toward|at|into? the? right|rightwards|rightward", "right"),
    (f"{TURN} {_OFF}? to|towards|toward|at? the? east|eastward|eastwards", "right"),  # a map's compass
    (f"{TURN} {_OFF}? to|towards|toward|at? the? west|westward|westwards", "left"),
    (f"{TURN} {_OFF}? to|towards|toward|at? the? north|northward|northwards", "away"),
    (f"{TURN} {_OFF}? to|towards|toward|at? the? south|southward|southwards", "camera"),
    (f"{TURN} {_OFF}? to|towards|toward the|its|his|her|their left hand? side?", "left"),
    (f"{TURN} {_OFF}? to|towards|toward the|its|his|her|their right hand? side?", "right"),
    (f"{TURN} {_OFF}? to|towards|toward? our|your|my left hand? side?", "left"),  # the viewer's left, the picture's
    (f"{TURN} {_OFF}? to|towards|toward? our|your|my right hand? side?", "right"),
    (f"{TURN} {_OFF}? into|toward|towards|at the distance|horizon|scene|background|picture", "away"),
    (f"{TURN} {_OFF}? the horizon|skyline", "away"),  # "a goat facing the horizon"
    # "facing screen left", "heading camera right": the film-maker's way of saying the frame's side
    (f"{TURN} {_OFF}? to|towards|toward|at? screen|frame|camera left", "left"),
    (f"{TURN} {_OFF}? to|towards|toward|at? screen|frame|camera right", "right"),
    (f"{TURN}|{GOING} from right to left", "left"),  # "a cart moving from right to left across the frame"
    (f"{TURN}|{GOING} from left to right", "right"),
    # "geese flying left to right" (not left, then a word); a row "running left to right" is the row's way
    (f"{GOING}|{_HEADING} right to left", "left"),
    (f"{GOING}|{_HEADING} left to right", "right"),
    (f"{TURN} {_OFF}? to|towards|toward|at the left edge|side|border of? the? frame|picture|image|screen|shot|canvas?",
     "left"),
    (f"{TURN} {_OFF}? to|towards|toward|at the right edge|side|border of? the? frame|picture|image|screen|shot|canvas?",
     "right"),
    ("pointed|aimed|angled|nosing|nosed to|towards|toward|at? the? left|leftwards", "left"),
    ("pointed|aimed|angled|nosing|nosed to|towards|toward|at? the? right|rightwards", "right"),
    ("retreating|receding|departing|heading|going|walking|driving|moving away? from|into the|us? "
     "camera|viewer|us|distance", "away"),
    # "a lorry pulling off from the lens", "a rider speeding away from the camera" (not "backing away": that faces us)
    ("pulling|drawing|speeding|riding|cycling|sailing|rolling|running|trundling|striding|trotting|marching away|off "
     "from the|us? camera|viewer|lens|us|me", "away"),
    ("with its|his|her|their tail|tails|rear|rump|backside|bottom|back|backs to|towards|toward the|us? "
     "camera|viewer|us", "away"),
    # "a mule showing us its rump", "presenting the camera with its back"
    ("showing|presenting|turning us its|his|her|their back|backs|rear|rump|tail|tails|hindquarters|tailgate|backside"
     "|stern", "away"),
    ("showing|presenting|turning its|his|her|their back|backs|rear|rump|tail|tails|hindquarters to|towards|toward the? "
     "camera|viewer|lens|us|me|onlooker", "away"),
    ("showing|presenting the camera|viewer|lens with? its|his|her|their back|backs|rear|rump|tail|tails|hindquarters",
     "away"),
    ("with its|his|her|their rear|back|hind|tail end|ends|quarters to|towards|toward|facing the|us? "
     "camera|viewer|lens|us", "away"),  # "with its rear end to the lens"
    ("with its|his|her|their hindquarters|haunches|stern|tailgate to|towards|toward|facing the|us? "
     "camera|viewer|lens|us", "away"),
    ("nose|head|front|bonnet|hood|bow|snout first? to|towards|toward|at the? camera|viewer|us|lens", "camera"),
    ("left facing|pointing", "left"),
    ("right facing|pointing", "right"),
    (f"{TURN} {_OFF}? to|towards|toward|at|into? the|us|me|you? "
     "camera|viewer|lens|us|me|you|forward|forwards|front|out|outward|outwards|ahead", "camera"),
    ("camera|front facing", "camera"),
    (f"{TURN} {_OFF}? in? our|my|your way|direction", "camera"),  # "the middle one looking our way"
    # "a train coming towards us", "a bull charging straight at the camera", "a tram approaching the viewer"
    ("coming|comes|advancing|advances|charging|charges straight|right? at|towards|toward|to the|us|me|you? "
     "camera|viewer|lens|us|me|you", "camera"),
    ("approaching|approaches the|us|me|you? camera|viewer|lens|us|me|you", "camera"),
    (f"{TURN}|{GOING} off|straight? away|backward|backwards|back from? the|us|me|you? camera|viewer|lens|us|me|you?",
     "away"),
    (f"{TURN} toward|towards|to? the? back|rear|wall", "away"),
    ("turned|turning|turns|turn from the|us|me|you? camera|viewer|lens|us|me|you", "away"),  # "each turned from us"
    ("with its|his|her|their back|backs to|towards|toward the|us? camera|viewer|us|me|you", "away"),
    ("has|have|had? turned|turning|turns its|his|her|their back|backs on|to the|us? camera|viewer|lens|us|me",
     "away"),  # "which has turned its back on us"
    # "a dog, back turned to us", "with their backs turned to the lens": the back towards us
    ("with its|his|her|their back|backs turned|set on|to|towards|toward the|us? camera|viewer|lens|us|me|you",
     "away"),
    (f"{TURN} {_OFF}? at|towards|toward|to? each other", "each_other"),  # ("gazing directly at one another")
    ("back to back", "apart"),  # "two jesters back to back": facing away from each other, to the sides
    ("with|having their back|backs together|touching", "apart"),  # the same, said of their backs
    (f"{TURN} out|outward|outwards|away to|towards|toward|at either|each|both side|sides|way|ways", "apart"),
    ("face|nose|eye to face|nose|eye", "each_other"),  # "two kittens face to face"
    (f"{TURN} {_OFF}? at|towards|toward|to? one another", "each_other"),
    (f"{TURN_AT} at|towards|toward|to?", "toward"),  # then the thing looked at
    (f"{TURN_AT} in the direction of", "toward"),
    ("looking|looks|staring|stares|gazing|gazes|peering|peers|glancing|glances down|up|out|over|across at|towards"
     "|toward|on|to", "toward"),  # "a girl looking down at a puppy"
]
ROWS: list[tuple[str, str]] = [
    ("in|into a|one single|tidy|neat|straight|long|short|perfect|orderly|wobbly|crooked|rough|loose|tight|even? "
     "row|line|column|file|queue", "1"),
    ("in|into row|queue", "1"),  # a learner's "six chairs in row" (no article; "in line with" is no row)
    ("lined up", "1"),
    ("side by side", "1"),
    ("shoulder to shoulder", "1"),
    ("in a straight line", "1"),
    ("in|into single|indian file", "1"),
    ("single|indian file", "1"),  # "ducks walking single file"
    ("bumper to bumper", "1"),
    ("nose|head to tail", "1"),  # (one phrase a line: "a|b c" reads "a c" or "b c", so "or" never joins phrases)
    ("in|into a circle|ring", "ring"),
    ("in|into circle|ring", "ring"),  # "children dancing in circle"
    ("form|forms|formed|forming|make|makes|making a|one circle|ring", "ring"),
    ("in|into a loose|tight|rough|neat|perfect|wide|small|big|large|little circle|ring", "ring"),
    ("in|into a grid|cluster|group|bunch", "auto"),
    ("in|into a triangle|diamond|pyramid|huddle|clump|jumble|wedge|v|formation", "auto"),
    ("in|into a triangular|diamond|v|tight|loose formation|shape|pattern", "auto"),
    ("in|into a semicircle|arc|crescent|horseshoe", "ring"),
    ("in|into a semi|half circle", "ring"),
]


@dataclass(frozen=True)
class Match:
    kind: str  # the table's value
    start: int  # token index
    end: int  # token index after the phrase


class PhraseTable:
    """Patterns matched slot by slot: a pattern with many choices stands for millions of word
    sequences (the relation table for 1.6 million), too many to list at import."""

    def __init__(self, patterns: list[tuple[str, str]], inflect: tuple[str, ...] = ()):
        """``inflect``: the kinds (prefixes of them) whose verbs also match in their -s and -ed forms."""
        self.by_first: dict[str, list[Pattern]] = {}
        for order, (pattern, kind) in enumerate(patterns):
            compiled = Pattern(order, kind, slots(pattern, inflect=kind.startswith(inflect) if inflect else False))
            for word in compiled.first_words():
                self.by_first.setdefault(word, []).append(compiled)

    def match(self, tokens: list[str], start: int) -> Match | None:
        """The longest phrase starting at ``start``; of phrases as long, the one listed first."""
        best: tuple[int, int, str] | None = None  # length, order, kind
        for pattern in self.by_first.get(tokens[start], ()) if start < len(tokens) else ():
            length = pattern.longest(tokens, start)
            if length and (best is None or (length, -pattern.order) > (best[0], -best[1])):
                best = (length, pattern.order, pattern.kind)
        return Match(best[2], start, start + best[0]) if best else None


class Pattern:
    """One pattern of a table, as a row of slots walked word by word."""

    __slots__ = ("order", "kind", "slots", "closure")

    def __init__(self, order: int, kind: str, slots: tuple[tuple[frozenset[str], bool], ...]):
        self.order = order  # its place in the table: the first of two phrases as long wins
        self.kind = kind
        self.slots = slots  # (the words a slot takes, whether it may be left out)
        # closure[at]: the slot positions reached from ``at`` by leaving out optional slots
        self.closure = [frozenset(range(at, self._last_optional_after(at) + 1)) for at in range(len(slots) + 1)]

    def _last_optional_after(self, at: int) -> int:
        while at < len(self.slots) and self.slots[at][1]:
            at += 1
        return at

    def first_words(self) -> set[str]:
        return {word for at in self.closure[0] if at < len(self.slots) for word in self.slots[at][0]}

    def longest(self, tokens: list[str], start: int) -> int:
        """How many tokens from ``start`` the pattern takes at most (0: it does not match)."""
        end, states, longest = len(self.slots), self.closure[0], 0
        for taken, token in enumerate(tokens[start:start + end], start=1):
            states = frozenset().union(*(self.closure[at + 1] for at in states
                                         if at < end and token in self.slots[at][0]))
            if not states:
                break
            if end in states:
                longest = taken
        return longest


def slots(pattern: str, inflect: bool = False) -> tuple[tuple[frozenset[str], bool], ...]:
    """A pattern's slots; with ``inflect``, a verb's -ing form in a phrase of several words also
    stands for its -s and -ed forms ("peeking out from behind": peeks, peeked)."""
    multiword = len(pattern.split()) > 1
    compiled = []
    for slot in pattern.split():
        choices = slot.rstrip("?").split("|")
        if inflect and multiword:
            choices = [form for choice in choices for form in verb_forms(choice)]
        compiled.append((frozenset(choices), slot.endswith("?")))
    return tuple(compiled)


def verb_forms(word: str) -> list[str]:
    """An -ing form and the -s and -ed forms regular verbs make from it (hiding: hides; popping:
    pops, popped). Spellings that are no word (hids) never match a prompt, so they do no harm."""
    if not word.endswith("ing") or len(word) < 6:
        return [word]
    stem = word[:-3]
    single = stem[:-1] if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz" else stem
    return [word, single + "s", single + "es", stem + "ed", single + "ed", single + "d"]


# "a dog, a cat and a bird from left to right": the things listed, in that order across the picture.
ORDER: list[tuple[str, str]] = [
    ("from? left to right", "left_to_right"),
    ("from? right to left", "right_to_left"),
    ("from? our|your|my left to our|your|my? right", "left_to_right"),  # the viewer's left: the picture's
    ("from? our|your|my right to our|your|my? left", "right_to_left"),
    # "going left to right: first an anchor, ...": the order of what follows, no one's facing
    ("going|reading left to right", "left_to_right"),
    ("going|reading right to left", "right_to_left"),
    # "a row of prams running left to right": the row's way across the picture, nothing else's
    ("running|stretching|extending|reaching left to right", "along"),
    ("running|stretching|extending|reaching right to left", "along"),
    # "a cat and a dog facing left and right respectively": the facings said, one to each in turn.
    ("respectively", "respectively"),
    ("in that|this order", "respectively"),
    ("in the same order", "respectively"),
]
# One table, so the longest phrase wins across kinds: "in the middle of the image" (frame)
# over "in the middle of" (between), "on the left side of" (relation) over "on the left" (frame).
PHRASES = PhraseTable(
    [(p, f"rel:{k}") for p, k in RELATIONS] + [(p, f"frame:{k}") for p, k in FRAME]
    + [(p, f"orient:{k}") for p, k in ORIENTATION] + [(p, f"rows:{k}") for p, k in ROWS]
    + [(p, f"order:{k}") for p, k in ORDER],
    inflect=("rel:", "orient:"),
)

# "taken while standing far out to the SIDE, gazing along it", "from way out to the SIDE, looking sideways": the one
# looking stands off to that side (the CAMERA table reads it for each side).
_STOOD_OFF_TO = (r"(?:taken|shot|snapped|photographed|filmed|painted|drawn|sketched)\s+(?:while\s+)?(?:standing|stood"
                 r"|sitting|sat|crouching)\s+(?:well\s+|way\s+|far\s+)?(?:out|off|away|over)\s+to\s+the\s+SIDE"
                 r"(?:\s*,?\s*(?:looking|gazing|sighting|peering)\s+(?:along|across|sideways|down)"
                 r"(?:\s+(?:the\s+line|it|them))?)?"
                 r"|from\s+(?:(?:away|way|well|far)\s+)?(?:out|off|over)\s+(?:to\s+)?(?:the|our|your)\s+SIDE"
                 r"(?:\s*,?\s*(?:looking|gazing|peering)\s+(?:sideways|across|along)(?:\s+(?:the\s+line|it|them))?)?")

# Camera phrases are taken out of the text before anything else, so "from the left" is never
# read as a relation. Each: regex on the normalised text -> (field, value).
_LEAD = r"(?:\b(?:a|an|the)\s+)?"
# The viewer looking, not a thing in the scene ("a girl looking down at a puppy"): at the start of
# the prompt or of a clause, or said of the camera.
_LOOKING = (r"(?:(?:^|(?<=[,.;:]\s)|(?<=[,.;:]))(?:looking|peering|gazing)"
            r"|(?:camera|we|you|viewer|lens)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:looking|peering|gazing|looks|look"
            r"|looked))")
_TAIL = r"(?:\s+(?:of|showing|with|shot of|photo of|view of))?"
_SEEN_FROM = (r"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|shooting|taken|looking)\s+from"
              r"|(?:view|camera)\s+(?:is\s+)?(?:placed\s+|positioned\s+|set\s+|standing\s+|stands\s+|located\s+)?"
              r"(?:off\s+)?(?:from|on|at|to))")
# Whose side the viewer stands on: "from the left", "from its right", "from the barn's left".
_WHOSE = r"(?:(?:the|its|their|his|her)\s+)?(?:[a-z]+(?:'s)?\s+)?"  # (normalising drops the "'s")
_CLAUSE_END = r"(?=\s*(?:[,.;]|$))"
CAMERA: list[tuple[str, str, str]] = [
    # "the camera is up high and points straight down" (and the learner's "is high and look down"): a top view
    (r"camera\s+(?:is\s+|sits\s+|stands\s+)?(?:placed\s+|put\s+|set\s+|held\s+|mounted\s+|positioned\s+)?"
     r"(?:very\s+|way\s+|really\s+)?(?:high\s+up"
     r"|up\s+high|high|overhead|up\s+above|above)\s*,?\s*(?:and\s+)?(?:is\s+|it\s+)?(?:look|looks|looking|point|points"
     r"|pointing|pointed|aim|aims|aimed|angled|tilted)\s+(?:straight\s+|directly\s+|right\s+|vertically\s+)?"
     r"down(?:wards?)?", "view", "top"),
    # "as a person standing at the far right end of the scene would see it": the camera at that end
    (r"(?:as\s+)?(?:seen|viewed|pictured|captured|watched|observed)\s+by\s+(?:someone|somebody|a\s+person|a\s+viewer|an\s+onlooker"
     r"|a\s+spectator|an\s+observer|one)\s+(?:who\s+is\s+|who's\s+)?(?:standing|stood|sitting|sat|placed|positioned"
     r"|waiting|stationed)?\s*(?:at|on|by|to)\s+the\s+(?:far\s+)?left\s+(?:end|side|edge)(?:\s+of\s+(?:the\s+)?"
     r"(?:scene|set|stage|room|picture|frame|action))?", "view", "left"),
    (r"(?:as\s+)?(?:seen|viewed|pictured|captured|watched|observed)\s+by\s+(?:someone|somebody|a\s+person|a\s+viewer|an\s+onlooker"
     r"|a\s+spectator|an\s+observer|one)\s+(?:who\s+is\s+|who's\s+)?(?:standing|stood|sitting|sat|placed|positioned"
     r"|waiting|stationed)?\s*(?:at|on|by|to)\s+the\s+(?:far\s+)?right\s+(?:end|side|edge)(?:\s+of\s+(?:the\s+)?"
     r"(?:scene|set|stage|room|picture|frame|action))?", "view", "right"),
    # Two words of one view: "a bottom left view", "a high right angle", "low-angle view from the left".
    (r"(?:bottom|low|lower|low[ -]angle)[ -](?:left|right)(?:[ -]hand)?\s+(?:side\s+)?(?:view|shot|perspective|angle)",
     "view+low", "side"),
    (r"(?:top|upper|high|high[ -]angle)[ -](?:left|right)(?:[ -]hand)?\s+(?:side\s+)?(?:view|shot|perspective|angle)",
     "view+high", "side"),
    # "a numbat shot from high overhead": the whole phrase is the camera's (cut whole, "shot" names nothing)
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+from\s+(?:high|far|way|right|directly|straight)?\s*(?:up\s+)?"
     r"overhead", "view", "top"),
    (r"(?:top[ -]?down|top|overhead|bird'?s?[ -]eye|birds[ -]eye|aerial|plan)\s+(?:view|shot|perspective"
     r"|angle)", "view", "top"),
    (r"(?:top[ -]down|bird'?s[ -]eye|overhead|(?<!\ban )(?<!\bthe )aerial)", "view", "top"),  # not "an aerial"
    # "a hen in a straight-down view", "a vertical overhead angle": looking down on the scene
    (r"(?:straight|directly|vertically|dead|right)[ -]down(?:wards?)?\s+(?:view|shot|perspective|angle|photo)"
     r"|vertical(?:ly)?[ -](?:down(?:wards?)?|top[ -]down)\s+(?:view|shot|perspective|angle|photo)", "view", "top"),
    # "a view straight down from above onto a pond": looking down on it from right above
    (r"(?:straight|directly|vertically|right)\s+down\s+from\s+(?:high\s+|right\s+|directly\s+)?(?:above|overhead)"
     r"(?:\s+(?:onto|on|at|upon|over))?", "view", "top"),
    # "from the hotel roof, ...", "sketched from the church rafters": the same, the roof named as whose it is
    (r"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken|sketched|drawn|painted)\s+)?from\s+"
     r"(?:the|a|our|my)\s+[\w-]+\s+(?:ceiling|rafters|roof|rooftop)(?=\s*(?:[,.;:]|$))", "view", "top"),
    # "filmed from the roof, pointing straight down", "seen from the rafters": from right above the scene
    (r"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+(?:the\s+)?(?:ceiling|rafters|roof|sky)"
     r"(?:\s+(?:looking|pointing|aimed|angled)\s+(?:straight\s+|directly\s+|vertically\s+)?down(?:wards?)?)?",
     "view", "top"),
    # "shot looking straight down from a balloon": from above, the vantage no thing in the scene
    (r"(?:(?:shot|seen|viewed|photographed|filmed|taken)\s+)?looking\s+(?:straight\s+|directly\s+|right\s+)?down\s+"
     r"from\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s*(?:[,.;]|$))", "view", "top"),
    # "a god's-eye view", "a knolling photo" (things laid out flat, shot from above), "a ceiling-mounted camera"
    (r"gods?'?s?[ -]eye(?:\s+(?:view|shot|perspective))?|knolling(?:\s+(?:photo|photograph|shot|layout|style))?"
     r"|(?:from\s+)?(?:a|the)?\s*(?:ceiling|roof|rafter|overhead)[ -]?mounted\s+camera"
     r"(?:\s+looking\s+(?:straight\s+)?down)?",
     "view", "top"),
    # ("a cloud directly above a windmill" is where the cloud is: bare, only closing a clause is it the camera's)
    (r"(?:(?:drone|aerial|overhead)\s+)?(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|looking|taken)\s+(?:from\s+)?|from\s+"
     r"|(?:the\s+|a\s+|our\s+)?(?:camera|drone|lens)\s+(?:is\s+)?(?:placed\s+|positioned\s+|set\s+|mounted\s+|held\s+"
     r"|hung\s+|hovering\s+|hovers\s+|sits\s+|sitting\s+|looking\s+down\s+)?|(?:drone|aerial|overhead)\s+)"
     r"(?:straight|directly)\s+(?:from\s+)?(?:above|overhead)"
     r"|(?:straight|directly)\s+(?:from\s+)?(?:above|overhead)(?=\s*(?:[,.;:!?]|$))", "view", "top"),
    (rf"(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken|{_LOOKING})\s+(?:straight|directly|right|vertically)?\s*"
     r"down(?:wards?)?\s+(?:on|at|onto|upon|over|into)", "view", "top"),
    (r"(?:as\s+)?(?:seen|viewed|pictured|captured|filmed|shot|photographed)\s+(?:by|from)\s+(?:a\s+)?drone",
     "view", "top"),
    (rf"(?:{_LOOKING}|seen|viewed|shot)\s+(?:straight|directly)\s+down|(?:top|overhead|flat)[ -]?lay"
     r"|(?:plan|map|drone)[ -](?:view|shot)|from\s+(?:a\s+)?(?:drone|bird'?s?[ -]eye\s+view)", "view", "top"),
    # "seen from above" looks down on the scene: a top view ("from high above" too); a raised
    # camera that still shows the front is "high angle".
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|shooting|taken|looking)\s+(?:down\s+)?from\s+(?:high\s+)?above"
     rf"|{_LOOKING}\s+down\s+(?:on|at)", "view", "top"),
    # "head-on, at about shoulder height", "the camera at chest height": the camera's height, no thing's (read as the
    # front view it says; the solver keeps its own tilt, which shows more than a level one)
    (r"(?:straight[ -]on|head[ -]on|face[ -]on|camera)\s*,?\s*(?:is\s+|held\s+)?at\s+(?:shoulder|chest|head)"
     r"[ -](?:height|level)", "vantage", ""),  # (at eye level is the eye-level tilt, below)
    (r"straight[ -]on(?:\s+(?:view|shot|angle))?(?=\s+(?:frontal|front|from\s+the\s+front)\b|\s*(?:[,.;:]|$))"
     r"|straight[ -]on\s+(?:view|shot|angle)", "view", "front"),  # "straight-on frontal view"
    (r"(?:front|frontal|head[ -]on)\s+(?:view|shot|perspective|angle|elevation)", "view", "front"),
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+face[ -]on"
     r"|(?<!\bto )\bface[ -]on(?=\s*(?:[,.;]|$))", "view",
     "front"),  # "a shell photographed face-on" (not "two kittens face to face on a cushion")
    (r"(?:side|end)\s+elevation", "view", "left"),
    (r"(?:rear|back)\s+elevation", "view", "back"),
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|shooting|taken|view"
     r"|camera)\s+(?:from\s+)?(?:the\s+)?front", "view", "front"),
    (r"(?:left|left[ -]side|left[ -]hand)\s+(?:side\s+)?(?:view|shot|perspective|angle|profile)", "view", "left"),
    (r"(?:right|right[ -]side|right[ -]hand)\s+(?:side\s+)?(?:view|shot|perspective|angle|profile)", "view", "right"),
    # "a side view of a cart from the right of the scene": the camera on the scene's right (the side view's side)
    (rf"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+the\s+(?:far\s+)?left(?:\s+side)?\s+of\s+the\s+"
     rf"(?:scene|set|stage|room|action|subjects?){_CLAUSE_END}", "view", "left"),
    (rf"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+the\s+(?:far\s+)?right(?:\s+side)?\s+of\s+the\s+"
     rf"(?:scene|set|stage|room|action|subjects?){_CLAUSE_END}", "view", "right"),
    # "drawn from the left end of the room", "taken from off to the left of the whole scene", "the painter stood
    # off at the left end of the scene", "the view from the wings on the left": the one drawing stands at that end
    (rf"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken|drawn|painted|sketched|stitched)\s+)?from\s+"
     rf"(?:off\s+|over\s+|out\s+|round\s+)?(?:to\s+|at\s+)?the\s+(?:far\s+)?left\s+(?:(?:side|end|edge)\s+)?of\s+the\s+"
     rf"(?:whole\s+|entire\s+)?(?:scene|set|stage|room|action|subjects?|court|courtroom|hall|picture){_CLAUSE_END}"
     r"|(?:painter|artist|photographer|sketcher|illustrator|cameraman|camerawoman|camera\s+operator)\s+(?:was\s+|is\s+)?"
     r"(?:stood|standing|stands|sat|sitting|sits|placed|positioned|crouched|crouching)\s+(?:off\s+|over\s+|out\s+"
     r"|round\s+)?(?:at|on|to)\s+the\s+(?:far\s+)?left\s+(?:(?:side|end|edge)\s+)?of\s+the\s+(?:whole\s+|entire\s+)?"
     r"(?:scene|set|stage|room|action|court|courtroom|hall)"
     r"|(?:(?:view|seen|viewed|looking|watched)\s+)?from\s+the\s+wings\s+(?:on|at|to)\s+the\s+(?:far\s+)?left", "view",
     "left"),
    (rf"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken|drawn|painted|sketched|stitched)\s+)?from\s+"
     rf"(?:off\s+|over\s+|out\s+|round\s+)?(?:to\s+|at\s+)?the\s+(?:far\s+)?right\s+(?:(?:side|end|edge)\s+)?of\s+the\s+"
     rf"(?:whole\s+|entire\s+)?(?:scene|set|stage|room|action|subjects?|court|courtroom|hall|picture){_CLAUSE_END}"
     r"|(?:painter|artist|photographer|sketcher|illustrator|cameraman|camerawoman|camera\s+operator)\s+(?:was\s+|is\s+)?"
     r"(?:stood|standing|stands|sat|sitting|sits|placed|positioned|crouched|crouching)\s+(?:off\s+|over\s+|out\s+"
     r"|round\s+)?(?:at|on|to)\s+the\s+(?:far\s+)?right\s+(?:(?:side|end|edge)\s+)?of\s+the\s+(?:whole\s+|entire\s+)?"
     r"(?:scene|set|stage|room|action|court|courtroom|hall)"
     r"|(?:(?:view|seen|viewed|looking|watched)\s+)?from\s+the\s+wings\s+(?:on|at|to)\s+the\s+(?:far\s+)?right", "view",
     "right"),
    # ("a cat can be seen on the left" is where the cat is: only the camera is on a side)
    # (not "Pictured from left to right: ...", the order of a list)
    (rf"{_SEEN_FROM}\s+{_WHOSE}left(?:[ -]hand)?(?:\s+side)?(?!\s+to\s+(?:the\s+)?right)", "view", "left"),
    (rf"{_SEEN_FROM}\s+{_WHOSE}right(?:[ -]hand)?(?:\s+side)?(?!\s+to\s+(?:the\s+)?left)", "view", "right"),
    (rf"from\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?left(?:[ -]hand)?(?:\s+side)?{_CLAUSE_END}", "view", "left"),
    (rf"from\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?right(?:[ -]hand)?(?:\s+side)?{_CLAUSE_END}", "view", "right"),
    (rf"from\s+the\s+front{_CLAUSE_END}", "view", "front"),
    (r"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?side[ -]on", "view", "left"),
    (r"side\s+(?:view|profile|shot)|profile\s+(?:view|shot|photo|photograph|portrait)|in\s+profile", "view", "left"),
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|shooting|taken|camera)?\s*from\s+(?:the|one)\s+side"
     r"(?=\s*(?:[,.;]|$))", "view", "left"),
    (r"(?:three[ -]quarters?|3/4)\s+(?:view|angle|shot|perspective)|head[ -]on(?:\s+(?:view|shot))?",
     "view", "front"),
    (r"(?:back|rear|behind)\s+(?:view|shot|perspective|angle)", "view", "back"),
    (r"(?<=,\s)(?:the\s+)?camera\s+(?:is\s+)?(?:placed\s+|positioned\s+|set\s+|put\s+|standing\s+)?"
     r"(?:(?:directly|right|just|straight|dead)\s+)?(?:behind|at\s+the\s+back\s+of)\s+(?:it|them|him|her)",
     "view", "back"),
    # "..., our camera at its back", "the camera out the rear": behind what is shown
    (r"(?<=,\s)(?:the\s+|our\s+)?camera\s+(?:is\s+)?(?:placed\s+|positioned\s+|set\s+|put\s+|standing\s+|moved\s+)?"
     r"(?:(?:at|to)\s+(?:its|their|his|her)\s+backs?|(?:a?round|at|to|round\s+at|out)\s+the\s+(?:back|rear))"
     r"(?=\s*(?:[,.;]|$))", "view", "back"),
    # "just as a person directly behind them might view them": from where that onlooker stands
    (r"(?:just\s+)?as\s+(?:someone|somebody|a\s+person|anyone|one|you|we|a\s+passer-?by)\s+(?:standing\s+|stood\s+"
     r"|sitting\s+|placed\s+)?(?:right\s+|directly\s+|just\s+|close\s+)?behind\s+(?:it|them|him|her)\s+"
     r"(?:would|might|could|will)\s+(?:see|view)\s+(?:it|them|him|her)", "view", "back"),
    (r"camera\s+(?:is\s+)?(?:placed\s+|positioned\s+|set\s+|standing\s+|located\s+)?(?:at|to|in)\s+the\s+"
     r"(?:back|rear)\s+of\s+the\s+(?:scene|set|room|stage)", "view", "back"),
    # "the camera at the rear of a yak, looking at its back": cut up to the thing, which stays
    # ("the camera shall be placed behind the camel"; "took a picture of their back")
    (r"(?:took|take|takes|taking)\s+a\s+(?:picture|photo|photograph|shot|snap)\s+of\s+(?:its|his|her|their)\s+back"
     r"|camera\s+(?:is\s+|shall\s+be\s+|should\s+be\s+|will\s+be\s+|must\s+be\s+|to\s+be\s+)?"
     r"(?:placed\s+|positioned\s+|set\s+|standing\s+|located\s+|moved\s+)?(?:behind"
     r"|(?:at|to|round\s+to|around\s+to|on)\s+the\s+(?:back|rear)(?:[ -]?side|[ -]?end)?\s+of)(?=\s+(?:a|an|the)\b)"
     r"|(?<=,\s)(?:looking\s+at|seeing|showing|facing|viewing|watching)\s+(?:its|their|his|her)\s+"
     r"(?:back|backs|rear|tail)s?", "view", "back"),  # ("the camera at the back side of a calf, seeing its back")
    # "a reverse angle from behind a mule", "I drew a nun from the back so you can't see her face": from behind
    (r"reverse[ -](?:angle|shot)(?:\s+(?:shot|view))?\s+(?:from\s+)?(?:behind|the\s+back\s+of|the\s+rear\s+of)"
     r"(?=\s+\w)"
     r"|from\s+(?:the\s+)?(?:back|behind|rear)\s*,?\s*so\s+(?:that\s+)?(?:you|we|one|i|nobody|no\s+one|the\s+viewer)\s+"
     r"(?:can't|cannot|can\s+not|cant|couldn't|could\s+not|don't|do\s+not|won't|will\s+not|never)\s+(?:see|sees)"
     r"\s+(?:its|his|her|their|the)\s+(?:faces?|fronts?|eyes)(?:\s+at\s+all)?", "view", "back"),
    # "from a viewpoint off to the left of the scene", "the camera moved round to the left side of the set"
    (r"(?:from\s+)?(?:a|the)\s+(?:viewpoint|vantage\s+point|vantage|position|spot|camera\s+position)\s+(?:off\s+|out\s+)?"
     r"(?:to|on|at)\s+the\s+left(?:\s+side)?(?:\s+of\s+the\s+(?:scene|set|stage|room|frame|picture|subject))?"
     r"|camera\s+(?:is\s+|(?:shall|should|will|must)\s+be\s+)?(?:moved|swung|placed|positioned|set|standing|stands|stand"
     r"|sits|sit|sitting|stationed"
     r"|located)?"
     r"\s*(?:round|around|over|off)?\s*(?:to|on|at)\s+"
     r"the\s+left(?:\s+side)?(?:\s+of\s+the\s+(?:scene|set|stage|room|frame|picture|subject))?", "view", "left"),
    (r"(?:from\s+)?(?:a|the)\s+(?:viewpoint|vantage\s+point|vantage|position|spot|camera\s+position)\s+(?:off\s+|out\s+)?"
     r"(?:to|on|at)\s+the\s+right(?:\s+side)?(?:\s+of\s+the\s+(?:scene|set|stage|room|frame|picture|subject))?"
     r"|camera\s+(?:is\s+|(?:shall|should|will|must)\s+be\s+)?(?:moved|swung|placed|positioned|set|standing|stands|stand"
     r"|sits|sit|sitting|stationed"
     r"|located)?"
     r"\s*(?:round|around|over|off)?\s*(?:to|on|at)\s+"
     r"the\s+right(?:\s+side)?(?:\s+of\s+the\s+(?:scene|set|stage|room|frame|picture|subject))?", "view", "right"),
    # "you're standing off to the left-hand side of the scene": the viewer, so the camera, there
    (r"(?:(?:we|you|i)(?:'re|\s+are|'m|\s+am|\s+was|\s+were)?|someone|somebody|the\s+camera\s+(?:shall|should|will|must)"
     r"\s+be)\s+(?:standing|stood|sitting|sat|placed|positioned|crouching)?\s*(?:round|around|over|off|out)?\s*"
     r"(?:to|on|at)\s+the\s+left(?:\s+(?:side|end|edge))?\s+of\s+(?:the\s+(?:scene|set|stage|room|whole\s+scene)"
     r"|everything|it\s+all|all\s+of\s+it|them\s+all|all\s+of\s+them)"
     r"(?:\s+(?:to|and|so\s+(?:that\s+)?i\s+could|so\s+(?:that\s+)?i\s+can)\s+(?:draw|drew|paint|painted|sketch|sketched"
     r"|photograph|photographed|shoot|shot|film|filmed|snap|snapped|take\s+a\s+(?:picture|photo)\s+of"
     r"|took\s+a\s+(?:picture|photo)\s+of))?", "view", "left"),  # "I stood at the left end of everything to draw ..."
    (r"(?:(?:we|you|i)(?:'re|\s+are|'m|\s+am|\s+was|\s+were)?|someone|somebody|the\s+camera\s+(?:shall|should|will|must)"
     r"\s+be)\s+(?:standing|stood|sitting|sat|placed|positioned|crouching)?\s*(?:round|around|over|off|out)?\s*"
     r"(?:to|on|at)\s+the\s+right(?:\s+(?:side|end|edge))?\s+of\s+(?:the\s+(?:scene|set|stage|room|whole\s+scene)"
     r"|everything|it\s+all|all\s+of\s+it|them\s+all|all\s+of\s+them)"
     r"(?:\s+(?:to|and|so\s+(?:that\s+)?i\s+could|so\s+(?:that\s+)?i\s+can)\s+(?:draw|drew|paint|painted|sketch|sketched"
     r"|photograph|photographed|shoot|shot|film|filmed|snap|snapped|take\s+a\s+(?:picture|photo)\s+of"
     r"|took\s+a\s+(?:picture|photo)\s+of))?", "view", "right"),  # "I stood at the right end of everything to draw ..."
    # "observed from the left flank, looking across", "seen from away out on the left", "we saw it from a side window
    # out on the left, looking across", "from the left flank of it all": the viewer off to that side of the scene
    (rf"(?:seen|viewed|observed|watched|pictured|captured|shot|photographed|filmed|taken|drawn|painted|sketched)\s+from\s+"
     r"(?:(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:away|way|far|well)\s+)?(?:out|over|off|round)\s+(?:on|to|at)\s+"
     rf"the\s+(?:far\s+)?left(?:\s+(?:side|flank|wing))?{_CLAUSE_END}"
     r"|from\s+(?:(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:away|way|far|well)\s+)?(?:(?:out|over|off|round)\s+)?"
     r"(?:on|to|at)\s+the\s+(?:far\s+)?left(?:\s+(?:side|flank|wing))?(?=\s*,\s*(?:looking|gazing|peering)\s+(?:across"
     r"|over|in)\b)"
     rf"|(?:(?:seen|viewed|observed|watched|pictured|captured|shot|photographed|filmed|taken|drawn|painted|sketched)\s+)?"
     r"from\s+the\s+(?:far\s+)?left\s+(?:flank|wing)(?:\s+of\s+(?:it\s+all|everything|the\s+(?:whole\s+)?(?:scene"
     rf"|set|group|lot)))?{_CLAUSE_END}", "view", "left"),
    (rf"(?:seen|viewed|observed|watched|pictured|captured|shot|photographed|filmed|taken|drawn|painted|sketched)\s+from\s+"
     r"(?:(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:away|way|far|well)\s+)?(?:out|over|off|round)\s+(?:on|to|at)\s+"
     rf"the\s+(?:far\s+)?right(?:\s+(?:side|flank|wing))?{_CLAUSE_END}"
     r"|from\s+(?:(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:away|way|far|well)\s+)?(?:(?:out|over|off|round)\s+)?"
     r"(?:on|to|at)\s+the\s+(?:far\s+)?right(?:\s+(?:side|flank|wing))?(?=\s*,\s*(?:looking|gazing|peering)\s+(?:across"
     r"|over|in)\b)"
     rf"|(?:(?:seen|viewed|observed|watched|pictured|captured|shot|photographed|filmed|taken|drawn|painted|sketched)\s+)?"
     r"from\s+the\s+(?:far\s+)?right\s+(?:flank|wing)(?:\s+of\s+(?:it\s+all|everything|the\s+(?:whole\s+)?(?:scene"
     rf"|set|group|lot)))?{_CLAUSE_END}", "view", "right"),
    # "..., looking across at a yak": the viewer looks; the yak stays
    (r"(?<=,\s)(?:looking|gazing|peering)\s+(?:across|over|sideways|side\s+on)\s+(?:at|to|towards)\b", "vantage", ""),
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|shooting|taken|view|camera)\s+from\s+(?:the\s+)?(?:behind|back"
     r"|rear)", "view", "back"),
    (r"(?<!out )(?<!peeking )(?<!peeping )from\s+(?:directly\s+|right\s+|straight\s+|dead\s+|just\s+)?(?:the\s+)?"
     r"(?:behind|back|rear)(?:\s+(?:it|them|him|her))?"
     r"(?=\s*(?:[,.;:?!]|$))", "view", "back"),  # "From the back: a nun on a bench" too
    # "..., seen from behind the lot", "from behind them all": behind everything named, the camera's place
    (r"(?<!out )(?<!peeking )(?<!peeping )from\s+(?:directly\s+|right\s+|straight\s+|just\s+)?behind\s+"
     r"(?:(?:the\s+(?:whole\s+)?lot\s+)?of\s+(?:them|us)|(?:all|each|both)\s+of\s+them|them\s+(?:all|both)|everyone"
     r"|everybody)(?=\s*(?:[,.;:?!]|$))", "view", "back"),
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|shooting|taken|view|camera|looking)?\s*from\s+(?:high|slightly|just"
     r"|a\s+little|somewhat)?\s*above"
     r"|high[ -]angle(?:\s+(?:view|shot))?"
     r"|(?:seen|viewed|view|looking)\s+from\s+(?:the\s+)?up(?=\s*(?:[,.;]|$))"  # a learner's "view from up"
     # "seen from up high", "from a high vantage point", "viewed from behind and slightly above"
     r"|(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+(?:up\s+high|high\s+up|a\s+height|a\s+high\s+"
     r"(?:vantage\s+point|vantage|viewpoint|angle|position|spot|camera\s+position))"
     r"|(?:(?<=;\s)|(?<=;\s\s))and\s+(?:slightly|a\s+little|just|somewhat|high)?\s*above(?=\s*(?:[,.;]|$))",
     "elevation", "55"),
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|shooting|taken|view|camera|looking)?\s*from\s+(?:down\s+)?below"
     r"|(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken|view|camera)\s+from\s+(?:low\s+down|down\s+low)"
     r"|low[ -]angle(?:\s+(?:view|shot))?|low\s+shot|worm'?s?[ -]eye(?:\s+view)?"
     r"|(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken|camera)?\s*(?:from|at)\s+(?:the\s+)?(?:ground|floor|knee)"
     r"[ -]level|(?:ground|floor)[ -]level\s+(?:view|shot|angle|camera)"
     rf"|(?:{_LOOKING}|seen|viewed)\s+up\s+(?:at|to|towards)", "elevation", "-12"),
    # "..., from low down, looking up", "the camera close to the floor, tilted upwards": a low camera
    (r"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+(?:right\s+|way\s+|very\s+)?(?:down\s+low|low\s+down)"
     r"(?:\s*,?\s*(?:and\s+)?(?:looking|pointing|pointed|tilted|tilting|angled|aimed|gazing)\s+up(?:wards?)?)?"
     r"|(?:the\s+)?camera\s+(?:is\s+|placed\s+|set\s+|held\s+|sits\s+|sitting\s+|kept\s+|down\s+)?(?:very\s+|right\s+)?"
     r"(?:near|close\s+to|by|at|on|just\s+above|level\s+with|low\s+to|down\s+on)\s+the\s+(?:ground|floor)"
     r"(?:\s*,?\s*(?:and\s+)?(?:tilted|tilting|pointing|pointed|looking|angled|aimed)\s+up(?:wards?)?)?",
     "elevation", "-12"),
    # "our camera laid flat on the floor, aimed upwards": as low as it goes, looking up
    (r"(?:the\s+)?camera\s+(?:is\s+)?(?:lying|laid|placed|set|resting|sitting|put|down)\s+(?:flat\s+)?on\s+the\s+(?:ground"
     r"|floor)(?:\s*,?\s*(?:and\s+)?(?:pointing|pointed|looking|tilted|angled|aimed)\s+(?:straight\s+)?up(?:wards?)?)?",
     "elevation", "-12"),
    # "the camera points straight down at a plate": a top view (without "straight", a raised camera, below)
    # ("the camera shall look vertically down on ...", "..., pointing straight down", "a photo looking straight down")
    (r"(?:the\s+|our\s+|a\s+)?camera\s+(?:is\s+|shall\s+|should\s+|will\s+|must\s+|to\s+)?(?:tilted|tilting|tilts|tilt"
     r"|angled|angling|angles|angle|pointed|pointing|points|point|aimed|aiming|aims|aim|looking|looks|look|peering|peers"
     r"|facing|faces|face)\s+(?:straight|directly|vertically|right)\s+down(?:wards?)?(?:\s+(?:at|on|onto|towards|toward"
     r"|over|into))?"
     r"|(?:(?<=,\s)|(?<=photo\s)|(?<=picture\s)|(?<=image\s)|(?<=shot\s))(?:pointing|pointed|looking|aimed|aiming)\s+"
     r"(?:straight|directly|vertically|exactly|dead|right)\s+down(?:wards?)?", "view", "top"),
    # "the camera tilted down at a table", "a slight downward angle on a bowl": raised, looking down at the front
    (r"(?:the\s+|our\s+|a\s+)?camera\s+(?:is\s+)?(?:tilted|tilting|tilts|angled|angling|angles|pointed|pointing|points"
     r"|aimed|aiming|aims|looking|looks|peering|peers)\s+(?:slightly\s+|a\s+little\s+|a\s+bit\s+|gently\s+"
     r"|somewhat\s+)?down(?:wards?)?(?:\s+(?:at|on|onto|towards|toward|over|into))?"
     r"|(?:slight|gentle|steep|sharp|strong|mild)?\s*(?:downward|downwards|down[ -]?angled|down[ -]?tilted"
     r"|descending)\s+(?:angle|view|shot|tilt|perspective|look)(?:\s+(?:on|of|at|onto))?"
     r"|(?:pov|point[ -]of[ -]view|first[ -]person)\s+(?:shot|view|angle|perspective|camera)?\s*,?\s*looking\s+down"
     r"(?:\s+(?:at|on|onto))?", "elevation", "55"),
    # "camera tilted up at a tower", "an upward angle on a giant", "shot from knee height": low, looking up
    (r"(?:the\s+|our\s+|a\s+)?camera\s+(?:is\s+)?(?:tilted|tilting|tilts|angled|angling|angles|pointed|pointing|points"
     r"|aimed|aiming|aims|looking|looks|peering|peers)\s+(?:slightly\s+|a\s+little\s+|a\s+bit\s+|gently\s+|steeply\s+)?"
     r"up(?:wards?)?(?:\s+(?:at|to|towards|toward|into))?"
     r"|(?:slight|gentle|steep|sharp|strong|mild)?\s*(?:upward|upwards|up[ -]?angled|up[ -]?tilted|rising)\s+"
     r"(?:angle|view|shot|tilt|perspective|look)(?:\s+(?:on|of|at|onto))?"
     r"|(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?(?:from|at)\s+(?:knee|waist|hip|ankle|shin|toddler"
     r"|(?:a\s+)?(?:child|dog|cat|mouse|toddler)(?:'?s)?)[ -]?(?:height|level|eye[ -]level)", "elevation", "-12"),
    # "with the lens a few inches off the ground, tilted up": down low, looking up
    (r"(?:with\s+)?(?:the\s+|our\s+|a\s+|my\s+)?(?:camera|lens)\s+(?:is\s+|held\s+|kept\s+)?(?:just\s+|only\s+)?"
     r"(?:an?|one|two|three|a\s+few|a\s+couple\s+of|\d+)\s+(?:inch(?:es)?|centimet(?:re|er)s?|cm|hands?|foot|feet)\s+"
     r"(?:off|above|from|over)\s+(?:the\s+)?(?:ground|floor|grass|deck|boards)(?:\s*,?\s*(?:and\s+)?(?:tilted|tilting|angled"
     r"|pointing|pointed|looking|aimed)\s+up(?:wards?)?)?", "elevation", "-12"),
    # "with the camera sat on the floor, pointing up": down low, looking up
    (r"(?:with\s+)?(?:the\s+|our\s+|a\s+|my\s+)?(?:camera|lens)\s+(?:is\s+)?(?:sat|sitting|placed|put|resting|set|lying"
     r"|down|low)\s+(?:down\s+)?(?:on|at)\s+(?:the\s+)?(?:floor|ground)(?:\s+level)?(?:\s*,?\s*(?:and\s+)?(?:pointing|pointed"
     r"|looking|tilted|angled|aimed)\s+up(?:wards?)?)?", "elevation", "-12"),
    # "a POV shot of a steering wheel", "first-person view": the viewer's own eyes, no person in the scene
    (r"(?:pov|point[ -]of[ -]view|first[ -]person)\s+(?:shot|view|angle|perspective|camera)", "view", "front"),
    # "you come in behind a clerk", "you see only their backs", "That's the back of a clerk", "We're behind them!":
    # the viewer at their backs
    (r"(?:we|you|i)\s+(?:come|comes|came|walk|walks|walked|step|steps|stepped|creep|creeps|crept|sneak|sneaks"
     r"|sneaked|slip|slips|slipped)\s+(?:in|up)\s+(?:right\s+|directly\s+|just\s+)?behind(?=\s+(?:a|an|the)\b)"
     r"|(?:we|you|i|one)\s+(?:can\s+)?(?:only\s+)?(?:see|sees|get|view)\s+(?:only\s+|just\s+)?(?:its|his|her|their)\s+"
     r"(?:backs?|rears?|backsides?|tails?)(?=\s*(?:[,.;:!?]|$))"
     # "we only saw the backs of two porters": from behind them (a past "saw their back" may be one turned away)
     r"|(?:we|you|i|one)\s+(?:can\s+|could\s+)?(?:only\s+)?(?:see|sees|saw|get|got|view|viewed)\s+(?:only\s+|just\s+)?"
     r"the\s+(?:backs?|rears?|backsides?)\s+of(?=\s+(?:a|an|the|two|three|four|five|six|(?-i:[A-Z]))\b)"
     r"|(?:that|this|here|it|these|those)(?:'s|\s+is|\s+are)?\s+(?:only\s+|just\s+)?the\s+backs?\s+of(?=\s+(?:a|an|the)\b)"
     r"|(?:we|you|i)(?:'re|\s+are|'m|\s+am)\s+(?:standing\s+|right\s+|directly\s+|just\s+)?behind\s+(?:it|them|him|her)"
     r"(?=\s*(?:[,.;:!?]|$))", "view", "back"),
    # "You enter from the left end of the scene and look across at ...", "peeking in from the left end at ...",
    # "viewed across from the left end": the viewer at that end, looking along the scene
    (r"(?:(?:we|you|i)(?:'re|\s+are|'m|\s+am)?\s+)?(?:enter|enters|entering|come\s+in|comes\s+in|coming\s+in|walk\s+in|walks\s+in|walking\s+in|peek|peeks"
     r"|peeking|peer|peers|peering|look|looks|looking|viewed|seen|watched|drawn|painted)\s+(?:in\s+|across\s+)?from\s+"
     r"(?:the\s+)?(?:far\s+)?left\s+(?:end|side|edge)(?:\s+of\s+(?:(?:the\s+)?(?:whole\s+)?(?:scene|set|stage|room|picture)"
     r"|it\s+all|everything))?(?:\s*,?\s*(?:and\s+)?(?:(?:we|you|i)\s+)?(?:look|looks|looking|gaze|gazes|peer|peers)"
     r"\s+(?:across\s+|in\s+|along\s+)?)?(?:\s+at)?"
     r"|from\s+(?:the\s+)?(?:far\s+)?left\s+(?:end|side|edge)(?:\s+of\s+(?:(?:the\s+)?(?:whole\s+)?(?:scene|set|stage"
     r"|room|picture)|it\s+all|everything))?\s*,?\s*(?:(?:we|you|i)\s+)(?:look|looks|looking|gaze|gazes|peer|peers)"
     r"\s+(?:across\s+|in\s+|along\s+)(?:at)?", "view", "left"),
    (r"(?:(?:we|you|i)(?:'re|\s+are|'m|\s+am)?\s+)?(?:enter|enters|entering|come\s+in|comes\s+in|coming\s+in|walk\s+in|walks\s+in|walking\s+in|peek|peeks"
     r"|peeking|peer|peers|peering|look|looks|looking|viewed|seen|watched|drawn|painted)\s+(?:in\s+|across\s+)?from\s+"
     r"(?:the\s+)?(?:far\s+)?right\s+(?:end|side|edge)(?:\s+of\s+(?:(?:the\s+)?(?:whole\s+)?(?:scene|set|stage|room"
     r"|picture)|it\s+all|everything))?(?:\s*,?\s*(?:and\s+)?(?:(?:we|you|i)\s+)?(?:look|looks|looking|gaze|gazes|peer"
     r"|peers)\s+(?:across\s+|in\s+|along\s+)?)?(?:\s+at)?"
     r"|from\s+(?:the\s+)?(?:far\s+)?right\s+(?:end|side|edge)(?:\s+of\s+(?:(?:the\s+)?(?:whole\s+)?(?:scene|set|stage"
     r"|room|picture)|it\s+all|everything))?\s*,?\s*(?:(?:we|you|i)\s+)(?:look|looks|looking|gaze|gazes|peer|peers)"
     r"\s+(?:across\s+|in\s+|along\s+)(?:at)?", "view", "right"),
    # "pic taken from the landing, straight down on a bottle": looking straight down, a top view
    (r"(?<=,\s)(?:straight|directly|vertically|right)\s+down\s+(?:on|at|onto|upon|over)(?=\s+(?:a|an|the)\b)",
     "view", "top"),
    # "we're right behind the horse", "you stand just behind the goalkeeper": the viewer at its back
    (r"(?:we|you|i)(?:'re|\s+are|'m|\s+am)?\s+(?:standing\s+|stood\s+|stand\s+|placed\s+|positioned\s+|sitting\s+"
     r"|sit\s+|sat\s+|crouching\s+|watching\s+)?(?:right\s+|directly\s+|just\s+|close\s+|standing\s+)?behind"
     r"(?=\s+(?:a|an|the)\b)", "view", "back"),
    # "a beetle's-eye view", "from a frog's-eye angle": from as low as a small creature on the ground, looking up
    # (and the "gazing upwards" said after it is that view's tilt)
    (r"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken|drawn|painted)\s+)?(?:from\s+)?"
     r"(?:a\s+|an\s+)?(?:beetle|ant|bug|insect|mouse|frog|toad|snail|slug|spider|worm|ladybird|ladybug|grasshopper"
     r"|cricket|lizard)"
     r"s?'?s?[ -]eye(?:\s+(?:view|angle|perspective|level|height|shot))?"
     r"(?:\s*,?\s*(?:looking|gazing|peering|staring|pointing|pointed|angled|tilted)\s+up(?:wards?)?)?",
     "elevation", "-12"),
    # "the way a bird sees it, straight down": from above, looking down on everything
    (r"(?:just\s+)?as\s+(?:a\s+|an\s+|the\s+)?(?:bird|hawk|eagle|gull|seagull|crow|pigeon|kestrel|owl|bat|buzzard"
     r"|kite|falcon|drone|pilot)s?\s+(?:overhead\s+|above\s+|flying\s+over\s+)?(?:would|might|could|will|can|does|did)"
     r"\s+see\s+(?:it|them|this|everything|the\s+scene)(?:\s+all)?(?:\s+from\s+above)?"
     r"(?:\s*,?\s*(?:looking\s+|gazing\s+|peering\s+)?(?:straight|directly|right|vertically)\s+down(?:wards?)?)?",
     "view", "top"),
    # "the photo shows just the backs of a guard and a van": their backs towards us, the camera behind them
    (r"(?:(?:only|just)\s+)?(?:shows?|showed|showing|shown|see|sees|saw|seeing|seen|catches|caught|gets?|got)\s+"
     r"(?:(?:only|just)\s+)?the\s+backs\s+of(?=\s+(?:the|a|an|two|three|four|both|all|our|my|his|her|their)\b)",
     "view", "back"),
    # "taken while standing far out to the left, gazing along it", "watch them from way out to the left,
    # looking sideways": the one looking stands off to that side ("from a point off left of them" is read in
    # words.VANTAGE_SIDE_RE, as "from the left")
    (_STOOD_OFF_TO.replace("SIDE", "left"), "view", "left"),
    (_STOOD_OFF_TO.replace("SIDE", "right"), "view", "right"),
    # "a jug so close that it fills all you can see": as close as a picture gets
    (r"(?:so|that)\s+(?:near|close|big|large)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:fills|fill|filled|takes\s+up"
     r"|took\s+up)\s+"
     r"(?:up\s+)?(?:everything|all)\s+(?:that\s+)?(?:you|we|i|one)\s+(?:can|could)\s+see", "shot", "close_up"),
    (r"(?:at\s+)?eye[ -](?:level|height)(?:\s+(?:view|shot))?", "elevation", "6"),
    (r"(?:extreme\s+|tight\s+|big\s+)?close[ -]?ups?(?:\s+(?:view|shot|photo)s?)?"
     r"|macro(?:\s+(?:shot|photo|view|lens|photograph))?|closeups?|(?:tight|detail|close|insert)\s+(?:shot|view)"
     r"|tightly\s+framed|(?:shot|seen|viewed|photographed)\s+up\s+close|zoomed[ -]in(?:\s+on)?"
     # "super close on a kitten", "real tight on a mug": a shot note's close-up of it
     r"|(?:super|extra|ultra|really|real|very|right|nice\s+and|in\s+)\s*(?:close|tight)(?:[ -]up)?\s+(?:on|in\s+on)"
     r"(?=\s+(?:a|an|the|(?-i:[A-Z]))\b)"
     # "..., fill the whole thing", "so it fills the lot"
     r"|(?<=,\s)(?:fill|fills|filling)\s+(?:up\s+)?the\s+(?:whole|entire)\s+(?:thing|lot)(?=\s*(?:[,.;!?]|$))", "shot",
     "close_up"),
    # "shot from a few centimetres away", "so close it fills the picture"
    (r"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+(?:just\s+|only\s+|a\s+mere\s+)?(?:a\s+few|a\s+couple"
     r"\s+of|some|several|\d+|one|two|three|five|ten)\s+(?:centimetres|centimeters|cm|inches|millimetres|millimeters|mm)"
     r"\s+(?:away|off)|so\s+close\s+(?:that\s+)?(?:it|they|he|she)\s+(?:fills|fill|filling)\s+(?:the\s+)?(?:whole\s+|entire\s+)?"
     r"(?:frame|picture|image|shot)"
     # "so close it fills the whole glass", "enlarged to fill the whole page": whatever it is seen in, it fills
     r"|(?:so\s+(?:close|near|big|large|huge)|(?:enlarged|magnified|blown\s+up|zoomed\s+in)(?:\s+so\s+as)?"
     r"|(?:close|near|big|large|huge|enormous|giant)\s+so)\s+(?:that\s+)?"
     r"(?:(?:it|they|he|she)\s+)?(?:to\s+)?(?:fills|fill|filling)\s+(?:up\s+)?(?:all\s+(?:of\s+)?)?the\s+(?:whole\s+|entire\s+)"
     r"[a-z]+", "shot", "close_up"),
    # "a teacup filling the frame", "framed tightly", "up close" said alone
    (r"(?:(?:really|very|so|extra|super|nice\s+and)\s+(?:big|large|huge)\s*,?\s*(?:so\s+)?(?:that\s+)?(?:it|they|he|she)\s+)?"
     r"(?:filling|fills|fill|filled)\s+(?:up\s+)?(?:the\s+|all\s+(?:of\s+)?the\s+|all\s+)?(?:whole\s+|entire\s+)?"
     r"(?:frame|picture|image|shot|page|canvas|screen|paper|sheet|view)"
     r"(?:\s+(?:from\s+)?edge\s+to\s+edge)?"
     # "my nose right up to a robin", "until it was all I could see": as near as a face gets
     r"|(?:put|putting|puts|press|pressed|pressing|pressed)\s+(?:my|your|our|his|her|their)\s+nose\s+(?:right\s+)?"
     r"(?:up\s+)?(?:to|against)"
     r"|(?:until|till|so\s+that|so)\s+(?:it|they|he|she)\s+(?:was|were|is|are)\s+all\s+(?:i|we|you)\s+(?:could|can)\s+see"
     r"|(?:framed|cropped)\s+(?:very\s+)?(?:tightly|tight|close)|(?<=,\s)up\s+close(?=\s*(?:[,.;]|$))"
     r"|(?:in\s+)?(?:a\s+)?(?:very\s+)?(?:close|tight|closely)[ -]?(?:cropped\s+)?crop(?:ped)?(?:\s+(?:on|of))?",
     "shot", "close_up"),  # ("a tight crop on a kettle", "in a close crop")
    (r"over[ -]the[ -]shoulder(?:\s+(?:shot|view))?|medium[ -](?:long|wide|full)\s+(?:shot|view)|cowboy\s+shot",
     "shot", "medium"),
    (r"medium\s+(?:shot|view)|mid[ -]?shot", "shot", "medium"),  # ("a mid-shot of a baker")
    # "SHOT 4 - WIDE. Two riders ...", "Panel 2: Close. A hand on a latch": a shot list's size, a word of its own
    # (not "two cats, close.": near each other)
    (r"(?:^|(?<=[.;:!?,]\s)|(?<=[.;:!?,]))(?:extreme\s+|very\s+)?wide(?=\s*(?:[.:;!]|$))", "shot", "wide"),
    (r"(?:^|(?<=[.;:!?]\s)|(?<=[.;:!?]))(?:extreme\s+|very\s+)?(?:close|tight)(?=\s*(?:[.:;!]|$))", "shot", "close_up"),
    (r"(?:extreme\s+|very\s+)?(?:wide|long|establishing|full|panoramic)[ -]?(?:angle\s+)?(?:shot|view|photo)"
     r"|wide[ -]angle(?:\s+lens)?|zoomed[ -]out"
     # "camera pulled way back", "the camera zoomed right out": as far back as it goes
     r"|camera\s+(?:is\s+)?(?:pulled|pulls|pulling|drawn|pushed|moved|zoomed|zooms|zooming|set|held|placed)\s+"
     r"(?:way\s+|far\s+|right\s+|all\s+the\s+way\s+|a\s+long\s+way\s+|well\s+)(?:back|out)(?!\s+(?:of|from)\b)"
     r"|(?:full[ -](?:length|body)|long[ -]distance)\s+(?:shot|view|photo)"
     r"|(?:seen|shot|viewed|photographed|filmed|taken)\s+from\s+(?:far\s+away|a\s+(?:long\s+)?distance|afar)"
     r"|panorama|(?<=,\s)from\s+(?:far\s+away|a\s+(?:long\s+|great\s+)?distance|afar)(?=\s*(?:[,.;]|$))"
     r"|(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+a\s+long\s+way\s+(?:off|away|back)"
     r"|(?:tiny|small|little|far\s+off|far\s+away)\s+in\s+the\s+(?:far\s+)?distance"
     r"|(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+from\s+(?:off|afar)(?=\s*(?:[,.;]|$))",
     "shot", "wide"),
    (r"(?:distant|faraway|far[ -]off|far[ -]away|remote)\s+(?:view|shot|photo|photograph|perspective)"
     # "a farmhouse far away across the fields": the land between is the picture's
     r"|far\s+(?:away|off)\s+(?:across|over|beyond)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:fields?|meadows?|valley|lake"
     r"|water|sea|bay|plains?|moors?|hills?|park|river|square|street|bay|marsh|heath)(?:\s*,\s*(?:tiny|small|little))?",
     "shot", "wide"),
    # "a yak and a cart, tiny and far off", "from really far away, everything little": far from the camera
    (r"(?:very\s+|really\s+|quite\s+|teeny\s+|teensy\s+|weeny\s+)?(?:small|tiny|little|minute|weeny)\s+(?:and\s+)?"
     r"(?:very\s+|really\s+|so\s+)?(?:far\s+away"
     r"|far\s+off|distant|a\s+long\s+way\s+(?:off|away))"
     r"|(?:very\s+|really\s+|so\s+)?(?:far\s+away|far\s+off|distant)\s+and\s+(?:very\s+|really\s+|so\s+|quite\s+)?"
     r"(?:small|tiny|little|minute)"
     r"|(?:very|really|so)\s+far\s+and\s+(?:very\s+|really\s+|so\s+|quite\s+)?(?:small|tiny|little|minute)"
     r"|(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+far\s*,?\s+far\s+(?:away|off)"
     r"|(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+)?from\s+(?:very|really|so|extremely|incredibly)\s+far"
     r"(?:\s+away|\s+off)?"
     r"|everything\s+(?:is\s+|looks\s+|seems\s+|appears\s+)?(?:very\s+|really\s+|so\s+)?(?:small|tiny|little)"
     r"(?=\s*(?:[,.;?!]|$))", "shot", "wide"),
    # "a goat and a cart as tiny shapes in a wide vista", "a goat, a cart, both far away, lots of open space"
    (r"(?:as\s+)?(?:tiny|small|little|distant|minute)\s+(?:shapes|figures|specks|dots|silhouettes|forms)\s+(?:in|against"
     r"|within|on|across|under)\s+(?:a|an|the)\s+(?:(?:wide|vast|huge|broad|open|sweeping|immense|empty|endless|great"
     r"|bare)\s+){1,2}(?:vista|landscape|panorama|expanse|view|scene|space|sky|plain|plains|desert|field|sea|horizon"
     r"|valley|meadow|moor|steppe)"
     r"|as\s+(?:tiny|small|little|distant|minute)\s+(?:shapes|figures|specks|dots|silhouettes|forms)"
     # "a goat, a little dot on an empty plain": one thing said as a dot in open land
     r"|(?:a|an|just\s+a|only\s+a|like\s+a)\s+(?:tiny|small|little|distant|mere|minute)\s+(?:speck|dot|blip|spot|smudge"
     r"|figure|shape|silhouette)(?:\s+(?:in|against|within|on|across|under)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:vista|landscape|panorama|expanse|view|scene|space|sky|plain|plains|desert|field|sea|horizon|valley|meadow"
     r"|moor|steppe|wilderness|distance))?"
     # "a buggy a dot in a vast open map", "a cart just a speck on the huge level": a dot in a wide place
     r"|(?:a|an|just\s+a|only\s+a|like\s+a|as\s+a)\s+(?:speck|dot|blip|pinprick|pixel)\s+(?:in|against|within|on|across)"
     r"\s+(?:a|an|the)\s+(?:(?:vast|huge|wide|open|empty|endless|immense|great|enormous|giant|massive|sprawling|big|bare)"
     r",?\s+){1,3}(?:map|world|level|arena|terrain|landscape|space|expanse|plain|field|desert|sky|sea|scene|valley)"
     r"|(?:both|all|each)\s+(?:of\s+them\s+)?(?:far\s+away|far\s+off|in\s+the\s+(?:far\s+)?distance)"
     r"|(?:lots|plenty|a\s+lot|acres)\s+of\s+(?:open|empty)\s+space(?!\s+(?:to|on|at)\b)", "shot", "wide"),
    # "viewed from a great distance", "seen from across a wide field", "far from the camera, small in the frame"
    (r"(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+from\s+(?:a\s+)?(?:great|huge|vast|considerable|good)\s+distance"
     r"|(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken)\s+from\s+(?:far\s+|way\s+|right\s+|all\s+the\s+way\s+)?across\s+"
     r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:space|field|room|hall|square|plain|meadow|valley|lake|street|park|yard|lawn|car\s+park|distance)"
     r"|far\s+(?:away\s+)?from\s+the\s+(?:camera|viewer|lens)|(?:small|tiny|little)\s+in\s+the\s+(?:frame|picture|shot|image)"
     r"|(?:small|tiny|little|dwarfed|lost|alone|isolated|solitary|far\s+off|far\s+away)\s+(?:in|by|amid|within|on|across)\s+"
     r"(?:a|an|the)\s+(?:(?:vast|huge|wide|empty|open"
     r"|endless|immense|great"
     r"|enormous|barren|bare|boundless|sweeping),?\s+){1,3}(?:landscape|space|expanse|plain|field|desert|sky|emptiness|scene"
     r"|valley|wilderness|sea|ocean|tundra|moor|wasteland)"
     r"|(?:framed\s+(?:very\s+|extremely\s+)?wide\s*,?\s*)?so\s+(?:that\s+)?everything\s+(?:looks|seems|appears)\s+"
     r"(?:small|tiny|little)",
     "shot", "wide"),  # ("dwarfed by an immense bare plain", "so that everything seems tiny")
    # "from the back of the whole scene, looking in", "drawn from the rear of the set": behind everything
    (rf"(?:(?:seen|viewed|pictured|captured|shot|photographed|filmed|taken|drawn|painted|sketched)\s+)?from\s+"
     rf"(?:round\s+|out\s+|over\s+)?(?:at\s+)?the\s+(?:far\s+)?(?:back|rear)\s+(?:(?:side|end|edge)\s+)?of\s+the\s+"
     rf"(?:whole\s+|entire\s+)?(?:scene|set|stage|room|action|court|courtroom|hall){_CLAUSE_END}", "view", "back"),
    # Far off and small, said of open land: "a vast landscape", "miles of open country", "tiny on the horizon",
    # "tiny in all that space", "just dots in the distance", "tiny at the very back"
    (r"(?:a\s+|an\s+)?(?:vast|huge|immense|enormous|endless|boundless|sweeping|great|wide)\s+(?:(?:empty|open|bare|flat"
     r"|barren|desolate),?\s+)?(?:landscape|expanse|plain|plains|wilderness|panorama)"
     r"|miles\s+(?:and\s+miles\s+)?of\s+(?:open\s+|empty\s+|flat\s+|bare\s+)?(?:country|countryside|land|moor|moorland"
     r"|moors|plain|plains|desert|fields?|heath|prairie|tundra|steppe)"
     r"|(?:tiny|small|little|minute|(?:just\s+|mere\s+|only\s+)?(?:dots|specks|a\s+dot|a\s+speck))\s+(?:on|along|against"
     r"|at)\s+the\s+(?:far\s+|distant\s+)?(?:horizon|skyline)"
     r"|(?:tiny|small|little|minute)\s+in\s+all\s+(?:that|the|this)\s+(?:space|emptiness|land|country|openness|sky)"
     r"|(?:just\s+|mere\s+|only\s+)(?:dots|specks)\s+in\s+the\s+(?:far\s+)?distance"
     r"|(?:tiny|small|little|minute)(?=\s+at\s+the\s+(?:very\s+|far\s+)?back\b)"
     r"|(?:(?<=^)|(?<=[:;]\s)|(?<=,\s))(?:a\s+)?long\s+way\s+(?:off|away)(?=\s*,)"
     r"|(?<=,\s)(?:both\s+|all\s+)?(?:tiny|minute)(?=\s*(?:[.;!?]|$))", "shot", "wide"),
    # "a close study of a vase": a drawing made close up
    (r"close\s+(?:study|studies|detail)\s+of", "shot", "close_up"),
    # "..., looking across." said bare after where the painter stands: the viewer looks; nothing is crossed
    (r"(?<=,\s)(?:looking|gazing|peering)\s+(?:across|over|in)(?=\s*(?:[.;!?]|$))", "vantage", ""),
    (r"(?:left|right)\s+view", "view", "left"),
    # "..., bridge view.", "..., balcony view": the place the view is from, said after the scene, no thing in it
    (r"(?<=,\s)(?:(?:the|a|our|my)\s+)?(?:shore|beach|bank|riverbank|street|road|hill|hilltop|bridge|balcony|window"
     r"|doorway|deck|roof|rooftop|pavement|sidewalk|terrace|porch|tower|cliff|masthead|platform|gallery)\s+view"
     r"(?=\s*(?:[,.;!?]|$))", "vantage", ""),
    # Where the viewer stands, said as a place: "seen from the shore" (no thing called shore).
    (r"(?:seen|viewed|pictured|captured|photographed|shot|filmed|taken|looking)\s+(?:out\s+)?from\s+(?:the|a|an)\s+(?:shore|beach"
     r"|bank|riverbank|street|road|hill|hilltop|bridge|balcony|window|doorway|boat|deck|air|sky|ground|distance|roof"
     r"|rooftop|pavement|sidewalk|path|field|garden|car|train|plane|sea|water|cliff|tower|terrace|porch|corridor"
     r"|hallway|stage|audience|crowd|stands|gallery|trees|bushes|grass|doorstep)", "vantage", ""),
]
CAMERA_RE = [(re.compile(_LEAD + rf"\b(?:{regex})\b" + _TAIL, re.IGNORECASE), field, value)
             for regex, field, value in CAMERA]
_STYLE = r"\b(?:a|an|the)?\s*(?:(?:realistic|simple|3d|photorealistic|detailed|colorful)\s+)*"
FILLER_RE = re.compile(
    # "A poster with a lamp to its left": a poster (a drawing, a picture) *with* something
    # is an object of the scene; only "of" / "showing" make it the medium.
    _STYLE + r"(?<!\bof the )(?<!\bof )"
    r"(?:photo|photograph|image|render|rendering|illustration|scene|snapshot|view|shot|depiction)"
    r"\s+(?:of|showing|with|where|in which|that shows|depicting)\b"  # (not "the centre of the image with ...")
    r"|" + _STYLE + r"(?:picture|painting|drawing|sketch|portrait|artwork|print|etching|engraving|photography)"
    r"\s+(?:of|showing|that shows|depicting)\b"
    r"|\b(?:we|you)\s+(?:can\s+)?see\b|\bin\s+(?:the|this)\s+(?:image|picture|photo|scene|frame)\b"
    # "a figure of a horse", "a diagram of a chair": the drawing's subject is the thing.
    r"|" + _STYLE + r"(?:figure|figurine|diagram|model|statuette)\s+of\b",
    re.IGNORECASE,
)
# "Behind a hedge there is a bicycle", "On the table there stands a vase": "there is" joins
# the fronted place to its subject, so it is dropped without ending the clause.
THERE_RE = re.compile(r"\bthere\s+(?:is|are|was|were|stands?|sits?|lies?|rests?|hangs?|grows?|sleeps?)\b",
                      re.IGNORECASE)
