"""Tiny randomly initialised models, built and saved inside the tests: the real diffusers,
transformers and coqui code paths run on them in a second, and nothing is downloaded.

Shapes follow ../shared/NOTES.md: two VAE levels give a VAE scale factor of 2 (a 64 px image is a
32 px latent), the ControlNet's conditioning embedding has as many levels, and the CLIP tokenizer
is written from a byte-level vocabulary with no merges, which tokenizes by character offline.
"""

from __future__ import annotations

import json
from pathlib import Path

WIDTH = 32  # every tiny model's hidden size


def clip_tokenizer(folder: Path):
    from transformers import CLIPTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    # GPT-2's byte-to-unicode table: printable bytes stand for themselves, the others above 255.
    keep = [*range(33, 127), *range(161, 173), *range(174, 256)]
    symbols = [chr(b) for b in keep] + [chr(256 + i) for i in range(256 - len(keep))]
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for symbol in symbols + [s + "</w>" for s in symbols]:
        vocab.setdefault(symbol, len(vocab))
    (folder / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    (folder / "merges.txt").write_text("#version: 0.2\n", encoding="utf-8")
    return CLIPTokenizer.from_pretrained(folder, model_max_length=77)


def stable_diffusion(folder: Path, seed: int = 0) -> Path:
    """An SD 1.5-shaped pipeline folder (unet, vae, text encoder, tokenizer, scheduler)."""
    import torch
    from diffusers import AutoencoderKL, DDIMScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel

    torch.manual_seed(seed)
    tokenizer = clip_tokenizer(folder / "tokenizer")
    unet = UNet2DConditionModel(
        block_out_channels=(WIDTH, 2 * WIDTH), layers_per_block=1, sample_size=32, in_channels=4, out_channels=4,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"), up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=WIDTH, attention_head_dim=8, norm_num_groups=WIDTH)
    vae = AutoencoderKL(
        block_out_channels=(WIDTH, 2 * WIDTH), in_channels=3, out_channels=3, latent_channels=4,
        down_block_types=("DownEncoderBlock2D",) * 2, up_block_types=("UpDecoderBlock2D",) * 2,
        norm_num_groups=WIDTH, sample_size=64)
    text_encoder = CLIPTextModel(CLIPTextConfig(
        bos_token_id=0, eos_token_id=1, pad_token_id=1, hidden_size=WIDTH, intermediate_size=37, projection_dim=WIDTH,
        num_attention_heads=4, num_hidden_layers=2, vocab_size=len(tokenizer), max_position_embeddings=77))
    scheduler = DDIMScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear", clip_sample=False,
                              set_alpha_to_one=False, steps_offset=1)
    StableDiffusionPipeline(unet=unet, vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, scheduler=scheduler,
                            safety_checker=None, feature_extractor=None, requires_safety_checker=False,
                            ).save_pretrained(folder)
    return folder


def controlnet(folder: Path, seed: int = 1) -> Path:
    import torch
    from diffusers import ControlNetModel

    torch.manual_seed(seed)
    net = ControlNetModel(
        block_out_channels=(WIDTH, 2 * WIDTH), layers_per_block=1, in_channels=4, cross_attention_dim=WIDTH,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"), conditioning_embedding_out_channels=(16, 32),
        attention_head_dim=8, norm_num_groups=WIDTH)
    # A new ControlNet starts with zeroed output convolutions (so that training starts from the
    # base model): untrained, it would change nothing. Random ones make the control image matter.
    with torch.no_grad():
        for conv in [*net.controlnet_down_blocks, net.controlnet_mid_block, net.controlnet_cond_embedding.conv_out]:
            conv.weight.normal_(0.0, 1.0)
    net.save_pretrained(folder)
    return folder


def clip_vision(folder: Path, seed: int = 2) -> Path:
    """A CLIP image encoder with projection and its image processor (224 px input, as real ones)."""
    import torch
    from transformers import CLIPImageProcessor, CLIPVisionConfig, CLIPVisionModelWithProjection

    torch.manual_seed(seed)
    CLIPVisionModelWithProjection(CLIPVisionConfig(
        hidden_size=WIDTH, intermediate_size=37, projection_dim=WIDTH, num_attention_heads=4, num_hidden_layers=2,
        image_size=224, patch_size=32)).save_pretrained(folder)
    CLIPImageProcessor(crop_size=224, size={"shortest_edge": 224}).save_pretrained(folder)
    return folder


def ip_adapter(folder: Path, pipeline: Path, image_embed_dim: int = WIDTH, tokens: int = 4, seed: int = 3) -> Path:
    """IP-Adapter weights for the pipeline at ``pipeline``, in the layout diffusers' loader reads:
    an image projection to ``tokens`` context tokens, and a key/value projection for each
    cross-attention layer, numbered 1, 3, 5... in the UNet's processor order."""
    import torch
    from diffusers import UNet2DConditionModel
    from safetensors.torch import save_file

    torch.manual_seed(seed)
    unet = UNet2DConditionModel.from_pretrained(pipeline / "unet")
    channels, context = list(unet.config.block_out_channels), unet.config.cross_attention_dim
    weights = {"image_proj.proj.weight": torch.randn(context * tokens, image_embed_dim) * 0.2,
               "image_proj.proj.bias": torch.zeros(context * tokens),
               "image_proj.norm.weight": torch.ones(context), "image_proj.norm.bias": torch.zeros(context)}
    key = 1
    for name in unet.attn_processors:
        if name.endswith("attn1.processor"):
            continue  # self-attention: no image tokens
        block = name.split(".")[0]
        hidden = (channels[-1] if block == "mid_block" else
                  list(reversed(channels))[int(name.split(".")[1])] if block == "up_blocks" else
                  channels[int(name.split(".")[1])])
        for projection in ("to_k_ip", "to_v_ip"):
            weights[f"ip_adapter.{key}.{projection}.weight"] = torch.randn(hidden, context) * 0.5
        key += 2
    folder.mkdir(parents=True, exist_ok=True)
    save_file(weights, str(folder / "ip-adapter.safetensors"))
    return folder
