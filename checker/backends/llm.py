"""LLM judge over an OpenAI-compatible /chat/completions endpoint, standard library only (CC302)."""

from __future__ import annotations

import http.client
import ipaddress
import json
import logging
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Sequence

from checker.backends.base import Judge, Pair
from checker.errors import BackendError, Errors
from checker.models import Verdict

if TYPE_CHECKING:
    from checker.models import Claim

__all__ = ["LlmJudge", "LLM_CODE", "SYSTEM_PROMPT", "parse_reply", "VERDICTS", "DISCREPANCIES"]

logger = logging.getLogger(__name__)

LLM_CODE = "CC302"
"""Rule code of a discrepancy found by the LLM judge."""

DISCREPANCIES = ("contradiction", "scope-difference", "temporal-difference", "opinion-difference")
"""Verdicts that become a `Verdict`."""

VERDICTS = DISCREPANCIES + ("consistent", "unrelated")
"""Every verdict the model may answer."""

API_KEY_ENV = "CHECK_LLM_API_KEY"
"""Environment variable read when no ``api_key`` is given."""

SYSTEM_PROMPT = """\
You compare two claims taken from two different documents that a matcher believes describe the \
same news event. Decide whether a careful reader could believe both at once.

Answer with exactly one JSON object and nothing else:
{"verdict": "...", "slot": "...", "values": [["..."], ["..."]], "confidence": 0.0, "reason": "..."}

verdict, exactly one of:
- "contradiction": both cannot be true of the same event. They give different values for the \
same thing: a different date, number, product or version, actor, target, place, or one asserts \
what the other denies.
- "scope-difference": both can be true, but they describe a different extent of the same action: \
one covers a subset or a superset of the other (e.g. "Chinese research institutions" vs "all \
foreign nationals", "some models" vs "every model"), so readers get a different picture.
- "temporal-difference": both can be true at different times: an announcement vs when it takes \
effect, an earlier vs an updated figure, a plan vs what happened.
- "opinion-difference": at least one claim is an opinion, evaluation or prediction (or is \
attributed to someone), and they disagree in stance rather than in checkable fact.
- "consistent": same event and compatible: paraphrases, or one only adds detail the other lacks. \
A missing detail is not a discrepancy.
- "unrelated": they are not about the same event, or cannot be compared.

slot: what differs, one of "date", "quantity", "product", "actor", "target", "place", \
"polarity", "meaning" (anything else). Use "" for consistent or unrelated.
values: two lists, the conflicting words as written in claim A and in claim B; copy them \
verbatim, do not paraphrase. Use [[], []] for consistent or unrelated.
confidence: a number from 0 to 1, how sure you are of the verdict.
reason: one sentence naming both values and why they conflict (or agree).

Judge only from the two claims and their context; do not use outside knowledge about which \
one is true. Prefer "scope-difference" or "temporal-difference" over "contradiction" when both \
could be true."""

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


def _is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _BadReply(ValueError):
    """A reply the judge cannot use; retried, then reported as E022."""


def _describe(claim: "Claim", label: str) -> str:
    lines = [f"Claim {label}: {claim.text.strip()}"]
    if claim.context.strip() and claim.context.strip() != claim.text.strip():
        lines.append(f"Claim {label} in context: {claim.context.strip()}")
    if claim.attribution:
        lines.append(f"Claim {label} is asserted by: {claim.attribution}")
    if claim.modality != "fact":
        lines.append(f"Claim {label} modality: {claim.modality}")
    return "\n".join(lines)


def _user_prompt(pair: Pair) -> str:
    a, b = pair
    return f"{_describe(a, 'A')}\n\n{_describe(b, 'B')}\n\nAnswer with the JSON object only."


def _first_object(text: str) -> dict[str, Any]:
    """The first JSON object in ``text``, after removing ``<think>`` blocks and code fences."""
    text = _THINK.sub("", text)
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    for candidate in candidates:
        start = candidate.find("{")
        while start != -1:
            try:
                value, _ = decoder.raw_decode(candidate, start)
            except json.JSONDecodeError:
                start = candidate.find("{", start + 1)
                continue
            if isinstance(value, dict):
                return value
            start = candidate.find("{", start + 1)
    snippet = " ".join(text.split())[:60]
    raise _BadReply(f"reply is not JSON: {snippet!r}")


def _error_body(exc: urllib.error.HTTPError) -> str:
    """A short, one-line excerpt of an HTTP error body (servers put the real cause there)."""
    try:
        text = exc.read(300).decode("utf-8", "replace")
    except Exception:  # NOTE: the body is a courtesy; never let it mask the status
        return ""
    text = " ".join(text.split())[:120]
    return f": {text}" if text else ""


def _values(raw: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if raw is None:
        return ((), ())
    if not isinstance(raw, list) or len(raw) != 2:
        raise _BadReply("'values' must be a list of two lists")
    out: list[tuple[str, ...]] = []
    for side in raw:
        if isinstance(side, (str, int, float)):
            side = [side]
        if not isinstance(side, list):
            raise _BadReply("'values' must be a list of two lists")
        out.append(tuple(str(v) for v in side))
    return (out[0], out[1])


def _confidence(raw: Any) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise _BadReply(f"'confidence' is not a number: {raw!r}") from None
    if 1.0 < value <= 100.0:
        value /= 100.0  # NOTE: some models answer in percent
    if not 0.0 <= value <= 1.0:
        raise _BadReply(f"'confidence' out of 0..1: {raw!r}")
    return value


def parse_reply(content: str) -> Verdict | None:
    """Turn the model's message content into a CC302 `Verdict`, or None for consistent/unrelated.

    Raises `ValueError` naming what is wrong with the reply.
    """
    obj = _first_object(content)
    verdict = str(obj.get("verdict", "")).strip().lower().replace("_", "-").replace(" ", "-")
    if not verdict:
        raise _BadReply("missing field 'verdict'")
    if verdict not in VERDICTS:
        raise _BadReply(f"unknown verdict {obj.get('verdict')!r}")
    if verdict not in DISCREPANCIES:
        return None
    missing = [k for k in ("slot", "values", "confidence", "reason") if k not in obj]
    if missing:
        raise _BadReply("missing field(s) " + ", ".join(repr(k) for k in missing))
    reason = " ".join(str(obj["reason"]).split())
    return Verdict(
        code=LLM_CODE,
        verdict=verdict,
        confidence=_confidence(obj["confidence"]),
        slot=str(obj["slot"]).strip().lower() or "meaning",
        values=_values(obj["values"]),
        reason=reason,
    )


class LlmJudge(Judge):
    """Asks an OpenAI-compatible chat endpoint (Ollama, llama.cpp server, vLLM) to judge each pair.

    Nothing touches the network until `judge` / `judge_all` is called with at least one pair.
    """

    def __init__(
        self,
        url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 30.0,
        retries: int = 2,
        concurrency: int = 4,
        temperature: float = 0.0,
        backoff: float = 0.5,
        json_mode: bool = True,
    ) -> None:
        """Remember the settings.

        ``url`` is the base URL (``http://127.0.0.1:11434/v1``); ``/chat/completions`` is appended.
        ``api_key`` falls back to ``$CHECK_LLM_API_KEY``. ``retries`` extra attempts follow a failure,
        waiting ``backoff * 2**n`` seconds. ``json_mode`` sends ``response_format: json_object``.
        """
        if not url.startswith(("http://", "https://")):
            raise BackendError(Errors.E022.format(url=url, reason="the URL must start with http:// or https://"))
        if concurrency < 1 or retries < 0 or timeout <= 0:
            raise ValueError("concurrency >= 1, retries >= 0 and timeout > 0 are required")
        self.url = url.rstrip("/")
        self.endpoint = self.url + "/chat/completions"
        self.model = model
        self.api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV) or None
        self.timeout = timeout
        self.retries = retries
        self.concurrency = concurrency
        self.temperature = temperature
        self.backoff = backoff
        self.json_mode = json_mode
        self.name = f"llm:{model}"
        # NOTE: a local server must not be sent through $http_proxy (urllib has no loopback bypass).
        handlers = [urllib.request.ProxyHandler({})] if _is_loopback(self.url) else []
        self._opener = urllib.request.build_opener(*handlers)

    def _error(self, reason: str) -> BackendError:
        return BackendError(Errors.E022.format(url=self.endpoint, reason=reason))

    def _request(self, pair: Pair) -> str:
        """One POST; returns the message content. Raises `_BadReply`, `urllib` errors or timeouts."""
        body: dict[str, Any] = {
            "model": self.model,
            "temperature": self.temperature,
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": _user_prompt(pair)},
            ],
        }
        if self.json_mode:
            body["response_format"] = {"type": "json_object"}
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.endpoint, data=json.dumps(body).encode("utf-8"), headers=headers, method="POST"
        )
        with self._opener.open(request, timeout=self.timeout) as response:
            raw = response.read()
        try:
            reply = json.loads(raw)
            content = reply["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise _BadReply("response is not an OpenAI chat completion") from None
        if not isinstance(content, str):
            raise _BadReply("message content is empty")
        return content

    def judge(self, pair: Pair) -> Verdict | None:
        """Judge one pair, retrying failures; raises `BackendError` (E022) when all attempts fail."""
        reason = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                return parse_reply(self._request(pair))
            except _BadReply as exc:
                reason = str(exc)
            except urllib.error.HTTPError as exc:
                reason = f"HTTP {exc.code} {exc.reason}{_error_body(exc)}"
                if exc.code not in _RETRY_STATUS:
                    # NOTE: 400/401/404 will not fix themselves; a wrong URL or model fails fast.
                    hint = " (check that the URL ends in /v1 and the model name exists)" if exc.code == 404 else ""
                    raise self._error(reason + hint) from None
            except (TimeoutError, socket.timeout):
                reason = f"no reply within {self.timeout:g} s"
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                    reason = f"no reply within {self.timeout:g} s"
                else:
                    reason = f"cannot connect ({exc.reason})"
            except (OSError, http.client.HTTPException) as exc:
                reason = f"connection failed ({exc.__class__.__name__})"
            logger.debug("LLM attempt %d/%d failed: %s", attempt + 1, self.retries + 1, reason)
        attempts = self.retries + 1
        raise self._error(f"{reason} (after {attempts} attempt{'s' if attempts > 1 else ''})")

    def judge_all(self, pairs: Sequence[Pair]) -> list[Verdict | None]:
        """Judge pairs with at most ``concurrency`` requests in flight, keeping the input order.

        Requires `Claim.text` (uses `context`, `attribution`, `modality`); the first failure
        cancels the pairs not yet sent and is raised.
        """
        if not pairs:
            return []
        if self.concurrency == 1 or len(pairs) == 1:
            return [self.judge(p) for p in pairs]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(pairs)), thread_name_prefix="llm") as pool:
            futures = [pool.submit(self.judge, p) for p in pairs]
            try:
                return [f.result() for f in futures]
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
