"""``studio doctor``: one cheap call to each configured model endpoint, and what it answered."""

from __future__ import annotations

from pydantic import BaseModel

from crews.llm.client import LLMClient, describe_error, endpoint_name
from studio.config import Settings
from studio.ledger import ModelError


class Check(BaseModel):
    role: str
    endpoint: str
    model: str
    ok: bool
    detail: str


def model_roles(settings: Settings) -> dict[str, dict]:
    """Every role this configuration sends to a model, with its section."""
    roles = {f"crews.{name}": role.model_dump() for name, role in settings.crews.roles().items() if role.backend == "llm"}
    if "vlm" in settings.critic.backends:
        roles["critic.vlm"] = settings.critic.vlm.model_dump()
    return roles


def check_endpoints(settings: Settings) -> list[Check]:
    checks = []
    for role, section in model_roles(settings).items():
        endpoint = endpoint_name(section["base_url"]) if section.get("base_url") else "(none)"
        model = section.get("model") or "(none)"
        ok, client = False, None  # a client from the role before must not redact (or fail) this one's error
        try:
            # One try, short: a doctor reports what is there now, it does not wait for it to come back.
            client = LLMClient(role, **{**section, "retries": 0, "timeout_s": min(section.get("timeout_s") or 10, 10)})
            detail, ok = client.ping(), True
        except ModelError as exc:
            detail = str(exc)
        except Exception as exc:  # noqa: BLE001 - every failure is a finding to print, not a crash
            detail = describe_error(exc)
            if client is not None:  # a proxy may echo the key in its error
                detail = client.redact(detail)
        checks.append(Check(role=role, endpoint=endpoint, model=model, ok=ok, detail=detail))
    return checks

