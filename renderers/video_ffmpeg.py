"""The same film as ``renderers.video``, made by one ffmpeg command: the benchmark's yardstick.

Each shot is a looped still (``-loop 1``) cropped to the film's aspect and moved with
``zoompan`` along the same eased path as the moviepy assembler (``camera_view``);
shots join with ``xfade`` (crossfades) or ``concat`` (cuts), libass burns the SRT in, and the
audio is the very wav ``mix_audio`` made for moviepy. Only ``bench/`` and the tests use this.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import imageio_ffmpeg
from PIL import Image, ImageFont

from renderers.subtitles import safe_area
from renderers.video import CAMERA_ZOOM, DEFAULT_FONT, DOLLY_ZOOM, HANDHELD, cover_box, encoder_params
from studio.models import Timeline, TimelineShot

# libass lays SRT subtitles out on a 384x288 canvas whatever the video size.
LIBASS_PLAY_RES_Y = 288
# The eased 0..1 progress of a shot, as an ffmpeg expression of zoompan's output frame number;
# the same smoothstep as renderers.video.smoothstep.
EASED = "(3*pow(min(on/{n},1),2)-2*pow(min(on/{n},1),3))"


def ffmpeg_command(
    timeline: Timeline,
    project_dir: Path,
    out_path: Path,
    mixed_wav: Path,
    srt_path: Path | None,
    video_config: Mapping[str, Any] | Any = None,
) -> list[str]:
    if not timeline.shots:
        raise ValueError("the timeline has no shots")
    config = _as_dict(video_config)
    fps = timeline.fps
    inputs: list[str] = []
    graph: list[str] = []
    for index, shot in enumerate(timeline.shots):
        still = Path(project_dir) / shot.image
        frames = shot_frames(shot, fps)
        # One spare frame of input: trim cuts the exact count, whatever -t rounds to.
        inputs += ["-loop", "1", "-framerate", str(fps), "-t", f"{(frames + 1) / fps:.6f}", "-i", str(still)]
        graph.append(f"[{index}:v]{shot_filter(shot, still, timeline, frames)}[s{index}]")
    joined = join_shots(timeline, graph)
    if config.get("burn_subtitles", True) and srt_path is not None:
        graph.append(f"[{joined}]{subtitles_filter(Path(srt_path), timeline.width, timeline.height, config.get('font'))}[vout]")
    else:
        graph.append(f"[{joined}]null[vout]")
    audio_input = len(timeline.shots)
    return [
        imageio_ffmpeg.get_ffmpeg_exe(),
        "-y",
        "-loglevel",
        "error",
        *inputs,
        "-i",
        str(mixed_wav),
        "-filter_complex",
        ";".join(graph),
        "-map",
        "[vout]",
        "-map",
        f"{audio_input}:a",
        "-c:v",
        "libx264",
        "-preset",
        str(config.get("preset", "veryfast")),
        *encoder_params(int(config.get("crf", 23))),
        "-threads",
        str(config.get("threads", 2)),
        "-c:a",
        "aac",
        "-r",
        str(fps),
        "-t",
        f"{timeline.duration:.6f}",
        str(out_path),
    ]


def run_command(command: list[str]) -> float:
    """Run the command; return its wall-clock seconds or raise with ffmpeg's own complaint."""
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"ffmpeg failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
    return elapsed


def shot_frames(shot: TimelineShot, fps: int) -> int:
    # Counting from absolute frame boundaries keeps rounding from piling up over many shots.
    return max(1, round((shot.start + shot.duration) * fps) - round(shot.start * fps))


def shot_filter(shot: TimelineShot, still: Path, timeline: Timeline, frames: int) -> str:
    """Crop the still to the film's aspect, move the camera, and normalise for xfade/concat."""
    film = (timeline.width, timeline.height)
    with Image.open(still) as image:
        left, top, right, bottom = cover_box(image.size, film)
    crop = f"crop={round(right - left)}:{round(bottom - top)}:{round(left)}:{round(top)}"
    if shot.move == "static":
        camera = f"scale={film[0]}:{film[1]}:flags=bilinear"
    else:
        zoom, x, y = zoompan_expressions(shot.move, shot.duration * timeline.fps, timeline.fps)
        camera = f"zoompan=z={quote(zoom)}:x={quote(x)}:y={quote(y)}:d=1:s={film[0]}x{film[1]}:fps={timeline.fps}"
    return f"{crop},{camera},trim=end_frame={frames},setpts=PTS-STARTPTS,format=yuv420p,setsar=1,settb=AVTB"


def zoompan_expressions(move: str, shot_frames_exact: float, fps: float) -> tuple[str, str, str]:
    """zoompan's zoom, x and y for a move: ``renderers.video.camera_view`` written for ffmpeg
    (zoom is 1/scale; x and y slide through the slack like its shares)."""
    eased = EASED.format(n=f"{shot_frames_exact:.6f}")
    tight, closer = 1.0 / CAMERA_ZOOM, 1.0 / DOLLY_ZOOM
    middle_x, middle_y = "(iw-iw/zoom)/2", "(ih-ih/zoom)/2"

    def viewing(start: float, end: float) -> str:  # zoom for a view of start -> end of the cover
        return f"1/({start:.6f}+({end - start:.6f})*{eased})"

    def across(share: str) -> str:
        return f"(iw-iw/zoom)*{share}"

    def down(share: str) -> str:
        return f"(ih-ih/zoom)*{share}"

    def drift(axis: int) -> str:
        seconds = f"(on/{fps})"
        return (f"(0.5+{HANDHELD}*(0.6*sin(2*PI*0.7*{seconds}+{1.3 * axis})"
                f"+0.4*sin(2*PI*1.9*{seconds}+{2.1 * axis})))")

    table = {
        "push_in": (viewing(1.0, tight), middle_x, middle_y),
        "pull_out": (viewing(tight, 1.0), middle_x, middle_y),
        "dolly_in": (viewing(1.0, closer), middle_x, middle_y),
        "dolly_out": (viewing(closer, 1.0), middle_x, middle_y),
        "pan_right": (f"{CAMERA_ZOOM}", across(eased), middle_y),
        "truck_right": (f"{CAMERA_ZOOM}", across(eased), middle_y),
        "pan_left": (f"{CAMERA_ZOOM}", across(f"(1-{eased})"), middle_y),
        "truck_left": (f"{CAMERA_ZOOM}", across(f"(1-{eased})"), middle_y),
        "tilt_up": (f"{CAMERA_ZOOM}", middle_x, down(f"(1-{eased})")),
        "tilt_down": (f"{CAMERA_ZOOM}", middle_x, down(eased)),
        "orbit_right": (viewing(tight, closer), across(eased), middle_y),
        "orbit_left": (viewing(tight, closer), across(f"(1-{eased})"), middle_y),
        "handheld": (f"{CAMERA_ZOOM}", across(drift(0)), down(drift(1))),
    }
    return table.get(move, ("1", "0", "0"))


def join_shots(timeline: Timeline, graph: list[str]) -> str:
    """Chain the shots in order; returns the label of the whole picture."""
    fps = timeline.fps
    joined = "s0"
    for index, shot in enumerate(timeline.shots[1:], start=1):
        label = f"j{index}"
        if shot.transition_in == "crossfade" and shot.transition_s > 0:
            offset = round(shot.start * fps) / fps  # where the fade begins, on the frame grid
            graph.append(
                f"[{joined}][s{index}]xfade=transition=fade:duration={shot.transition_s:.6f}:offset={offset:.6f}[{label}]"
            )
        else:
            graph.append(f"[{joined}][s{index}]concat=n=2:v=1:a=0[{label}]")
        joined = label
    return joined


def subtitles_filter(srt_path: Path, film_width: int, film_height: int, font: str | None) -> str:
    """libass styled like the moviepy captions: white text on a translucent dark box, bottom centre,
    inside the frame's safe area (``renderers.subtitles.safe_area``)."""
    font_file = Path(font) if font and Path(font).is_file() else DEFAULT_FONT
    area = safe_area(film_width, film_height)
    pixels = area.em_px  # the moviepy caption's em size
    if font_file.is_file():
        face = ImageFont.truetype(str(font_file), 100)
        # An ASS font size is the line height (ascent + descent), Pillow's is the em.
        family, line_per_em = face.getname()[0], sum(face.getmetrics()) / 100
    else:
        family, line_per_em = "Sans", 1.0
    size = round(pixels * line_per_em * LIBASS_PLAY_RES_Y / film_height)
    style = (
        f"FontName={family},FontSize={size},PrimaryColour=&H00FFFFFF,OutlineColour=&H73000000,"
        f"BorderStyle=3,Outline=2,Shadow=0,Alignment=2,MarginV={round(LIBASS_PLAY_RES_Y * area.bottom)}"
    )
    options = f"filename={quote(str(srt_path))}:force_style={quote(style)}"
    if font_file.is_file():
        options += f":fontsdir={quote(str(font_file.parent))}"
    return f"subtitles={options}"


def quote(value: str) -> str:
    """Escape a filter option value for both levels of ffmpeg's filtergraph parsing.

    The option parser treats ``\\ ' :`` specially (escaped with a backslash); the graph parser
    splits on ``, ; [ ]`` outside single quotes (so the whole value is quoted, with any quote
    inside closed, escaped and reopened).
    """
    option_level = "".join("\\" + c if c in "\\':" else c for c in value)
    return "'" + option_level.replace("'", "'\\''") + "'"


def _as_dict(config: Mapping[str, Any] | Any) -> dict[str, Any]:
    if config is None:
        return {}
    if hasattr(config, "model_dump"):
        return config.model_dump()
    return dict(config)
