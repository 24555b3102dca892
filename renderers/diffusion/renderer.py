"""DiffusionRenderer: keyframe backend ``diffusers``, the previz painted by a diffusion model.

Each request is first rendered by the previz (through the registry), so the contract's ``depth``
and ``mask`` files are the 3D layout's own and the rule critic still checks the layout on them;
then a diffusers pipeline paints ``rgb``: text-to-image held to the previz by ControlNet (depth,
and optionally edges or segments), image-to-image from the previz, or both, by config. Characters
with a reference image are held to it by IP-Adapter, each in its own region of the instance mask.

The pipeline is loaded once per worker process (``studio.resident``) and reused across tasks;
any SD 1.5, SDXL or SD3 family folder works, since diffusers' auto pipelines pick the class from
the folder's ``model_index.json``.
"""

from __future__ import annotations

import inspect
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from renderers.diffusion.controls import CONTROLS, control_image
from studio import registry
from studio.models import RenderRequest
from studio.resident import slot
from studio.weights import WeightsMissing, digests, locate, stamp

SCHEDULERS = {  # short names a config may use; any diffusers scheduler class name works too
    "ddim": "DDIMScheduler", "euler": "EulerDiscreteScheduler", "euler_a": "EulerAncestralDiscreteScheduler",
    "dpm++": "DPMSolverMultistepScheduler", "unipc": "UniPCMultistepScheduler", "lcm": "LCMScheduler",
    "pndm": "PNDMScheduler", "flow_euler": "FlowMatchEulerDiscreteScheduler",
}
MODES = ("auto", "txt2img", "controlnet", "img2img")
UNSET = "keyframes.model is not set: name a diffusers model folder (see README, 'Weights')"
HOW = ("offload", "attention", "allow_download", "threads")  # settings that leave the pictures alone


@dataclass(frozen=True)
class IPAdapter:
    """IP-Adapter weights and the CLIP image encoder they were trained with, both local folders."""

    model: str
    weight_name: str
    image_encoder: str
    subfolder: str = ""
    scale: float = 0.6


class DiffusionRenderer:
    """Config (the ``keyframes`` section): ``model`` (a folder or a hub id in the local cache),
    ``mode`` (auto: controlnet when one is configured, else img2img), ``controlnet`` (a folder for
    depth, or ``{depth: folder, canny: folder, segmentation: folder}``), ``scheduler``, ``steps``,
    ``guidance``, ``strength`` (img2img), ``control_scale``, ``resolution`` (the side of a square
    of the same area the model paints; default the model's native size), ``device`` (auto, cpu,
    cuda, cuda:1, mps), ``dtype`` (auto, float32, float16, bfloat16), ``offload`` (none, model,
    sequential), ``attention`` (sdpa, xformers, slicing), ``ip_adapter`` ({model, weight_name,
    image_encoder, subfolder, scale}), ``allow_download`` (false: never touch the network),
    ``previz`` (the previz backend's own config)."""

    def __init__(self, model: str | None = None, mode: str = "auto", controlnet: str | dict[str, str] | None = None,
                 scheduler: str | None = None, steps: int = 25, guidance: float = 7.0, strength: float = 0.6,
                 control_scale: float = 1.0, resolution: int | None = None, device: str = "auto",
                 dtype: str = "auto", offload: str = "none", attention: str = "sdpa",
                 ip_adapter: dict[str, Any] | None = None, allow_download: bool = False,
                 previz: dict[str, Any] | None = None, threads: int | None = None, **_: Any) -> None:
        if not model:
            raise WeightsMissing(UNSET)
        if mode not in MODES:
            raise ValueError(f"keyframes.mode must be one of {', '.join(MODES)}, not {mode!r}")
        controls = {"depth": controlnet} if isinstance(controlnet, str) else dict(controlnet or {})
        if unknown := set(controls) - set(CONTROLS):
            raise ValueError(f"keyframes.controlnet: unknown controls {sorted(unknown)} (known: {', '.join(CONTROLS)})")
        self.model, self.controls = model, controls
        self.mode = ("controlnet" if controls else "img2img") if mode == "auto" else mode
        if self.mode == "controlnet" and not controls:
            raise ValueError("keyframes.mode is controlnet but keyframes.controlnet names no model folder")
        if self.mode == "txt2img" and controls:
            raise ValueError("keyframes.mode txt2img paints without ControlNet: remove keyframes.controlnet, or use "
                             "mode controlnet (or img2img, which takes both)")
        self.scheduler, self.steps = scheduler, int(steps)
        self.guidance, self.strength = float(guidance), float(strength)
        self.control_scale, self.resolution = float(control_scale), resolution
        self.device, self.dtype, self.offload, self.attention = device, dtype, offload, attention
        self.ip_adapter = IPAdapter(**ip_adapter) if ip_adapter else None
        self.allow_download, self.threads = bool(allow_download), threads
        self._previz = registry.build("keyframes", "previz", previz or {})

    @staticmethod
    def fingerprint(section: dict[str, Any]) -> dict[str, str]:
        """The section's model folders by content, for cache keys (see ``weights.manifest``)."""
        return digests(folders_of(section))

    @staticmethod
    def key_section(section: dict[str, Any]) -> dict[str, Any]:
        """What keyframes are keyed by: the section without its folders' paths (their contents
        are keyed by ``fingerprint``: moving the weights re-renders nothing) and without the
        settings that change how the work is done but not what is painted."""
        key = {k: v for k, v in section.items() if k not in ("model", "controlnet", *HOW)}
        key["controls"] = sorted(folders_of(section))
        if adapter := section.get("ip_adapter"):
            key["ip_adapter"] = {k: v for k, v in adapter.items() if k not in ("model", "image_encoder")}
        return key

    @staticmethod
    def model_folders(section: dict[str, Any]) -> dict[str, str]:
        """Every model folder the section names, by the setting naming it (``studio doctor`` lists them)."""
        return folders_of(section)

    @staticmethod
    def preflight(section: dict[str, Any]) -> None:
        """Raise ``WeightsMissing`` for the first configured folder this machine lacks."""
        if not section.get("model"):
            raise WeightsMissing(UNSET)
        for setting, name in folders_of(section).items():
            locate(name, setting, bool(section.get("allow_download")))

    # ----------------------------------------------------------------- render

    def warm(self) -> None:
        """Load the model now (``studio worker --preload keyframes``), not on the first shot."""
        with slot("keyframes").using(self._spec(), self._load):
            pass

    def render(self, request: RenderRequest, out_dir: Path) -> dict:
        return self.render_batch([request], [out_dir])[0]

    def render_batch(self, requests: list[RenderRequest], out_dirs: list[Path]) -> list[dict]:
        """Several shots in one pipeline call where they share a size and references; each gets
        its own prompt, seed and control images, and its own folder of files."""
        metas = []
        for request, out_dir in zip(requests, out_dirs):
            out_dir = Path(out_dir)
            meta = self._previz.render(request, out_dir)
            (out_dir / "rgb.png").replace(out_dir / "previz.png")  # kept beside the painting it guided
            metas.append(meta)
        with slot("keyframes").using(self._spec(), self._load) as loaded:
            groups: dict[tuple, list[int]] = {}
            for index, request in enumerate(requests):
                # Several ControlNets take one prompt per call (diffusers' MultiControlNet); IP-Adapter
                # masks are the shot's own.
                alone = index if len(self.controls) > 1 or self.ip_adapter else None
                groups.setdefault((request.width, request.height, tuple(request.references()), alone), []).append(index)
            for indices in groups.values():
                folders = [Path(out_dirs[i]) for i in indices]
                images, notes = self._paint(loaded, [requests[i] for i in indices], folders)
                for i, image in zip(indices, images):
                    image.resize((requests[i].width, requests[i].height), Image.LANCZOS).save(
                        Path(out_dirs[i]) / "rgb.png", compress_level=1)
                    metas[i].update(self._meta(loaded, requests[i], image.size, notes, batch=len(indices)))
        return metas

    def _paint(self, loaded: Loaded, requests: list[RenderRequest], folders: list[Path]) -> tuple[list, list[str]]:
        import torch

        pipe, notes = loaded.pipe, list(loaded.notes)
        width, height = generation_size(pipe, requests[0].width, requests[0].height, self.resolution)
        call: dict[str, Any] = {
            "prompt": [r.prompt for r in requests],
            "negative_prompt": [r.negative_prompt for r in requests] if self.guidance > 1 else None,
            "num_inference_steps": self.steps,
            "guidance_scale": self.guidance,
            "generator": [torch.Generator("cpu").manual_seed(r.seed) for r in requests],
            "output_type": "pil",
        }
        # One list of images per control; several controls come one prompt at a time (see render_batch).
        controls = [[control_image(kind, folder, (width, height)) for folder in folders] for kind in self.controls]
        if len(controls) > 1:
            controls = [images[0] for images in controls]
        if self.mode == "img2img":
            call["image"] = [Image.open(f / "previz.png").convert("RGB").resize((width, height), Image.LANCZOS)
                             for f in folders]
            call["strength"] = self.strength
        else:
            call.update(width=width, height=height)
        if controls:
            # SD and SDXL ControlNet pipelines take the control as ``image``; their img2img
            # variants, SD3's and Flux's as ``control_image``.
            accepts = inspect.signature(pipe.__call__).parameters
            call["control_image" if "control_image" in accepts else "image"] = (
                controls[0] if len(controls) == 1 else controls)
            call["controlnet_conditioning_scale"] = self.control_scale
        if loaded.ip_adapter:
            self._condition_on_references(pipe, call, requests[0], folders[0], (width, height), notes)
        result = pipe(**call)
        return result.images, notes

    def _condition_on_references(self, pipe: Any, call: dict, request: RenderRequest, folder: Path,
                                 size: tuple[int, int], notes: list[str]) -> None:
        """IP-Adapter: each character's reference image steers only that character's pixels (its
        region of the previz instance mask); without references the adapter is switched off."""
        from diffusers.image_processor import IPAdapterMaskProcessor

        ids = np.asarray(Image.open(folder / "mask.png"))
        references, masks = [], []
        for obj in request.layout.objects:
            look = request.characters.get(obj.character or "")
            if obj.kind == "character" and look and look.reference_image and (ids == obj.id).any():
                references.append(Image.open(look.reference_image).convert("RGB"))
                masks.append(Image.fromarray(np.where(ids == obj.id, 255, 0).astype(np.uint8)))
        if not references:
            pipe.set_ip_adapter_scale(0.0)
            call["ip_adapter_image"] = Image.new("RGB", (224, 224))
            return
        pipe.set_ip_adapter_scale([[self.ip_adapter.scale] * len(references)])
        call["ip_adapter_image"] = [references]
        processed = IPAdapterMaskProcessor().preprocess(masks, height=size[1], width=size[0])
        call["cross_attention_kwargs"] = {"ip_adapter_masks": [processed.reshape(1, len(masks), *processed.shape[-2:])]}
        notes.append(f"ip-adapter: {len(references)} character reference(s), masked")

    def _meta(self, loaded: Loaded, request: RenderRequest, size: tuple[int, int], notes: list[str],
              batch: int) -> dict:
        return {"painter": "diffusers", "pipeline": type(loaded.pipe).__name__, "model": self.model,
                "mode": self.mode, "controls": list(self.controls), "seed": request.seed, "steps": self.steps,
                "guidance": self.guidance, "strength": self.strength if self.mode == "img2img" else 1.0,
                "scheduler": type(loaded.pipe.scheduler).__name__, "generated_size": list(size),
                "device": loaded.device, "dtype": loaded.dtype, "batch": batch, "previz": "previz.png",
                "notes": notes}

    # ------------------------------------------------------------------ load

    def _spec(self) -> tuple:
        folders = folders_of({"model": self.model, "controlnet": self.controls,
                              "ip_adapter": self.ip_adapter and vars(self.ip_adapter)})
        return (self.model, tuple(sorted(self.controls.items())), self.mode, self.scheduler, self.device, self.dtype,
                self.offload, self.attention, self.ip_adapter, self.allow_download,
                tuple(stamp(name) for name in folders.values()))

    def _load(self) -> Loaded:
        import diffusers
        import torch

        if self.threads:
            torch.set_num_threads(int(self.threads))
        device = pick_device(self.device)
        dtype, notes = pick_dtype(self.dtype, device)
        folder = locate(self.model, "keyframes.model", self.allow_download)
        options: dict[str, Any] = {"dtype": dtype, "local_files_only": not self.allow_download}
        if "safety_checker" in (folder / "model_index.json").read_text(encoding="utf-8"):
            options.update(safety_checker=None, requires_safety_checker=False)  # a studio reviews its own frames
        if self.controls:
            nets = [load_controlnet(locate(path, f"keyframes.controlnet.{kind}", self.allow_download), dtype)
                    for kind, path in self.controls.items()]
            options["controlnet"] = nets[0] if len(nets) == 1 else nets
        auto = diffusers.AutoPipelineForImage2Image if self.mode == "img2img" else diffusers.AutoPipelineForText2Image
        pipe = auto.from_pretrained(folder, **options)
        if self.scheduler:
            name = SCHEDULERS.get(self.scheduler, self.scheduler)
            if not hasattr(diffusers, name):
                raise ValueError(f"keyframes.scheduler: unknown scheduler {self.scheduler!r}")
            pipe.scheduler = getattr(diffusers, name).from_config(pipe.scheduler.config)
        if self.ip_adapter:
            if getattr(pipe, "unet", None) is None:
                raise ValueError(f"keyframes.ip_adapter is wired for UNet models (SD 1.5, SDXL), not for "
                                 f"{type(pipe).__name__}: remove it, or paint with an SD 1.5 or SDXL model")
            self._load_ip_adapter(pipe, dtype)
        notes += place(pipe, device, self.offload)
        notes += choose_attention(pipe, device, self.attention)
        pipe.set_progress_bar_config(disable=True)  # the film's progress bar counts keyframes
        # The Artist writes the shot first and the style last, so CLIP's 77-token cut drops the least
        # important words; diffusers would warn of it on every call.
        diffusers.utils.logging.set_verbosity_error()
        return Loaded(pipe=pipe, device=str(device), dtype=str(dtype).removeprefix("torch."),
                      ip_adapter=self.ip_adapter is not None, notes=tuple(notes))

    def _load_ip_adapter(self, pipe: Any, dtype: Any) -> None:
        from transformers import CLIPImageProcessor, CLIPVisionModelWithProjection

        adapter = self.ip_adapter
        encoder = locate(adapter.image_encoder, "keyframes.ip_adapter.image_encoder", self.allow_download)
        pipe.register_modules(image_encoder=CLIPVisionModelWithProjection.from_pretrained(encoder, dtype=dtype),
                              feature_extractor=CLIPImageProcessor.from_pretrained(encoder))
        weights = locate(adapter.model, "keyframes.ip_adapter.model", self.allow_download)
        pipe.load_ip_adapter(str(weights), subfolder=adapter.subfolder, weight_name=adapter.weight_name,
                             image_encoder_folder=None, local_files_only=not self.allow_download)


@dataclass
class Loaded:
    pipe: Any
    device: str
    dtype: str
    ip_adapter: bool
    notes: tuple[str, ...] = ()


def folders_of(section: dict[str, Any]) -> dict[str, str]:
    """Every model folder a keyframes section names, by the setting that names it."""
    controlnet = section.get("controlnet")
    controls = {"depth": controlnet} if isinstance(controlnet, str) else dict(controlnet or {})
    adapter = section.get("ip_adapter") or {}
    folders = {"keyframes.model": section.get("model"),
               **{f"keyframes.controlnet.{kind}": path for kind, path in controls.items()},
               "keyframes.ip_adapter.model": adapter.get("model"),
               "keyframes.ip_adapter.image_encoder": adapter.get("image_encoder")}
    return {setting: name for setting, name in folders.items() if name}


def load_controlnet(folder: Path, dtype: Any) -> Any:
    """The ControlNet class its config names (SD/SDXL ``ControlNetModel``, ``SD3ControlNetModel``...)."""
    import json

    import diffusers

    name = json.loads((folder / "config.json").read_text(encoding="utf-8")).get("_class_name", "ControlNetModel")
    return getattr(diffusers, name).from_pretrained(folder, dtype=dtype, local_files_only=True)


def generation_size(pipe: Any, width: int, height: int, resolution: int | None) -> tuple[int, int]:
    """The keyframe's aspect at the model's native area, in multiples the model accepts."""
    denoiser = getattr(pipe, "unet", None) or pipe.transformer
    scale = pipe.vae_scale_factor
    levels = getattr(denoiser.config, "block_out_channels", None)
    # The latent must survive every downsampling level; the pipelines also insist on multiples of 8.
    multiple = math.lcm(8, scale * (2 ** (len(levels) - 1) if levels else getattr(denoiser.config, "patch_size", 2)))
    sample = denoiser.config.sample_size
    native = resolution or (sample if isinstance(sample, int) else max(sample)) * scale
    aspect = width / height
    w, h = math.sqrt(native * native * aspect), math.sqrt(native * native / aspect)
    return max(multiple, round(w / multiple) * multiple), max(multiple, round(h / multiple) * multiple)


def pick_device(name: str) -> Any:
    import torch

    if name != "auto":
        if name.startswith("cuda") and not torch.cuda.is_available():
            raise RuntimeError(f"keyframes.device is {name} but this worker has no CUDA device (torch "
                               f"{torch.__version__}); use device: auto or cpu, or route diffusers to a GPU worker")
        return torch.device(name)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def pick_dtype(name: str, device: Any) -> tuple[Any, list[str]]:
    """Half precision on accelerators; on the CPU float32 always (half is slower there, or unsupported)."""
    import torch

    if device.type == "cpu":
        notes = [f"dtype {name} is GPU-only: float32 on the CPU"] if name not in ("auto", "float32") else []
        return torch.float32, notes
    if name == "auto":
        return (torch.bfloat16 if device.type == "cuda" and torch.cuda.is_bf16_supported() else torch.float16), []
    return getattr(torch, name), []


def place(pipe: Any, device: Any, offload: str) -> list[str]:
    """Move the pipeline to its device, or let accelerate page it in and out of the GPU."""
    if offload not in ("none", "model", "sequential"):
        raise ValueError(f"keyframes.offload must be none, model or sequential, not {offload!r}")
    if offload != "none" and device.type == "cuda":
        (pipe.enable_model_cpu_offload if offload == "model" else pipe.enable_sequential_cpu_offload)(
            gpu_id=device.index or 0)
        return [f"offload: {offload}"]
    pipe.to(device)
    return [f"offload {offload} is GPU-only: skipped on {device.type}"] if offload != "none" else []


def choose_attention(pipe: Any, device: Any, attention: str) -> list[str]:
    if attention == "slicing":
        pipe.enable_attention_slicing()
    elif attention == "xformers":
        if device.type != "cuda":
            return ["attention xformers is GPU-only: PyTorch SDPA instead"]
        pipe.enable_xformers_memory_efficient_attention()
    elif attention != "sdpa":  # SDPA is diffusers' default with torch 2: nothing to switch on
        raise ValueError(f"keyframes.attention must be sdpa, xformers or slicing, not {attention!r}")
    return []
