"""Tests for the LLM judge against a canned OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from checker.backends.llm import SYSTEM_PROMPT, VERDICTS, LlmJudge, parse_reply
from checker.errors import BackendError
from checker.models import Claim

VALID = {
    "verdict": "contradiction",
    "slot": "date",
    "values": [["May 2025"], ["June 2025"]],
    "confidence": 0.9,
    "reason": "A dates the ban to May 2025, B to June 2025.",
}


def _claim(text: str, source: str = "s1", **kw) -> Claim:
    return Claim(
        source_id=source, path=f"{source}.md", start=0, end=len(text), line=1, column=1, end_line=1, text=text, **kw
    )


PAIR = (_claim("The ban began in May 2025."), _claim("The ban began in June 2025.", source="s2"))


@dataclass
class Reply:
    """One canned response: HTTP status, message content (or raw body), delay before answering."""

    content: str = json.dumps(VALID)
    status: int = 200
    delay: float = 0.0
    raw: bytes | None = None


@dataclass
class _State:
    script: Callable[[dict, int], Reply] = lambda body, n: Reply()
    requests: list[dict] = field(default_factory=list)
    headers: list[dict] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    """Answers POST /v1/chat/completions from the server's `_State` script."""

    def do_POST(self) -> None:  # noqa: N802 (http.server API)
        state = self.server.state  # type: ignore[attr-defined]
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with state.lock:
            n = len(state.requests)
            state.requests.append(body)
            state.headers.append(dict(self.headers))
            state.paths.append(self.path)
            state.active += 1
            state.max_active = max(state.max_active, state.active)
        counted = True
        try:
            reply = state.script(body, n)
            time.sleep(reply.delay)
            # NOTE: stop counting before the reply goes out: once the client has it, it may send its
            # next request before this thread gets back here, which is not a concurrency breach.
            with state.lock:
                state.active -= 1
            counted = False
            if reply.raw is not None:
                payload = reply.raw
            else:
                payload = json.dumps(
                    {"id": "x", "object": "chat.completion",
                     "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content}}]}
                ).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # NOTE: the client gave up (timeout test)
        finally:
            if counted:
                with state.lock:
                    state.active -= 1

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, _State]]:
    state = _State()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    httpd.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", state
    finally:
        httpd.shutdown()
        httpd.server_close()


def _judge(url: str, **kw) -> LlmJudge:
    kw.setdefault("backoff", 0.01)
    kw.setdefault("timeout", 2.0)
    return LlmJudge(url, "tiny-llm", **kw)


def test_llm_valid_reply_gives_verdict(server) -> None:
    url, state = server
    verdict = _judge(url).judge(PAIR)
    assert verdict is not None
    assert (verdict.code, verdict.verdict, verdict.slot) == ("CC302", "contradiction", "date")
    assert verdict.values == (("May 2025",), ("June 2025",))
    assert verdict.confidence == pytest.approx(0.9)
    assert verdict.reason == VALID["reason"]
    (body,) = state.requests
    assert state.paths == ["/v1/chat/completions"]
    assert body["model"] == "tiny-llm" and body["temperature"] == 0
    assert body["messages"][0] == {"role": "system", "content": SYSTEM_PROMPT}
    assert "The ban began in May 2025." in body["messages"][1]["content"]
    assert "The ban began in June 2025." in body["messages"][1]["content"]


def test_llm_fenced_reply_is_parsed(server) -> None:
    url, state = server
    fenced = "Sure, here is my verdict:\n```json\n" + json.dumps({**VALID, "verdict": "scope-difference"}) + "\n```"
    state.script = lambda body, n: Reply(content=fenced)
    verdict = _judge(url).judge(PAIR)
    assert verdict is not None and verdict.verdict == "scope-difference"


def test_llm_consistent_and_unrelated_give_none(server) -> None:
    url, state = server
    answers = [{"verdict": "consistent"}, {"verdict": "unrelated", "slot": "", "values": [[], []]}]
    state.script = lambda body, n: Reply(content=json.dumps(answers[n]))
    judge = _judge(url, concurrency=1)
    assert judge.judge_all([PAIR, PAIR]) == [None, None]


def test_llm_malformed_reply_retried_then_e022(server) -> None:
    url, state = server
    state.script = lambda body, n: Reply(content="I think these claims contradict each other.")
    with pytest.raises(BackendError, match=r"\[E022\].*127\.0\.0\.1.*not JSON.*after 3 attempts") as info:
        _judge(url, retries=2).judge(PAIR)
    assert len(state.requests) == 3
    assert "\n" not in str(info.value)


def test_llm_bad_verdict_and_missing_fields_are_e022(server) -> None:
    url, state = server
    state.script = lambda body, n: Reply(content=json.dumps({**VALID, "verdict": "maybe"}))
    with pytest.raises(BackendError, match=r"\[E022\].*unknown verdict 'maybe'"):
        _judge(url, retries=0).judge(PAIR)
    state.script = lambda body, n: Reply(content=json.dumps({"verdict": "contradiction", "slot": "date"}))
    with pytest.raises(BackendError, match=r"\[E022\].*missing field\(s\) 'values', 'confidence', 'reason'"):
        _judge(url, retries=0).judge(PAIR)


def test_llm_server_error_then_success_retries(server) -> None:
    url, state = server
    state.script = lambda body, n: Reply(status=500, raw=b'{"error": "overloaded"}') if n == 0 else Reply()
    verdict = _judge(url, retries=2).judge(PAIR)
    assert verdict is not None and verdict.verdict == "contradiction"
    assert len(state.requests) == 2


def test_llm_server_error_exhausts_retries(server) -> None:
    url, state = server
    state.script = lambda body, n: Reply(status=503, raw=b'{"error": "loading model"}')
    with pytest.raises(BackendError, match=r"\[E022\].*HTTP 503.*loading model.*after 2 attempts"):
        _judge(url, retries=1).judge(PAIR)
    assert len(state.requests) == 2


def test_llm_not_found_fails_without_retry(server) -> None:
    url, state = server
    state.script = lambda body, n: Reply(status=404, raw=b'{"error": "model \\"tiny-llm\\" not found"}')
    with pytest.raises(BackendError, match=r"\[E022\].*HTTP 404.*not found"):
        _judge(url, retries=2).judge(PAIR)
    assert len(state.requests) == 1


def test_llm_timeout_raises_e022_quickly(server) -> None:
    url, state = server
    state.script = lambda body, n: Reply(delay=1.5)
    started = time.monotonic()
    with pytest.raises(BackendError, match=r"\[E022\].*no reply within 0\.2 s.*after 2 attempts"):
        _judge(url, timeout=0.2, retries=1).judge(PAIR)
    assert time.monotonic() - started < 1.4  # NOTE: well under one 1.5 s reply, with room for a loaded machine
    assert len(state.requests) == 2


def test_llm_bad_url_is_e022_without_network() -> None:
    with pytest.raises(BackendError, match=r"\[E022\] LLM endpoint 127\.0\.0\.1:8080/v1 failed: the URL must start"):
        LlmJudge("127.0.0.1:8080/v1", "tiny-llm")


def test_llm_connection_refused_is_e022() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(BackendError, match=r"\[E022\].*cannot connect"):
        _judge(f"http://127.0.0.1:{port}/v1", retries=0).judge(PAIR)


def test_llm_concurrency_limit_respected(server) -> None:
    url, state = server
    state.script = lambda body, n: Reply(delay=0.3)  # NOTE: long enough to overlap on a loaded machine
    pairs = [(_claim(f"Claim {i} in May."), _claim(f"Claim {i} in June.", source="s2")) for i in range(9)]
    verdicts = _judge(url, concurrency=3).judge_all(pairs)
    assert len(verdicts) == 9 and all(v is not None for v in verdicts)
    assert len(state.requests) == 9
    assert 2 <= state.max_active <= 3


def test_llm_judge_all_keeps_order(server) -> None:
    url, state = server

    def script(body: dict, n: int) -> Reply:
        user = body["messages"][1]["content"]
        index = int(user.split("Claim A: Claim ")[1].split()[0])
        # NOTE: earlier pairs answer later, so completion order differs from input order.
        return Reply(delay=0.02 * (6 - index), content=json.dumps({**VALID, "reason": f"pair {index}"}))

    state.script = script
    pairs = [(_claim(f"Claim {i} x"), _claim(f"Claim {i} y", source="s2")) for i in range(6)]
    verdicts = _judge(url, concurrency=4).judge_all(pairs)
    assert [v.reason for v in verdicts] == [f"pair {i}" for i in range(6)]


def test_llm_nothing_called_when_unused(server) -> None:
    url, state = server
    judge = _judge(url)
    judge.warm_up()
    assert judge.judge_all([]) == []
    assert state.requests == []


def test_llm_api_key_from_env(server, monkeypatch: pytest.MonkeyPatch) -> None:
    url, state = server
    monkeypatch.setenv("CHECK_LLM_API_KEY", "sekret")
    _judge(url).judge(PAIR)
    assert state.headers[0].get("Authorization") == "Bearer sekret"
    monkeypatch.delenv("CHECK_LLM_API_KEY")
    _judge(url).judge(PAIR)
    assert "Authorization" not in state.headers[1]


def test_llm_parse_reply_is_robust() -> None:
    thinking = "<think>{not json} hmm</think>\nAnswer: " + json.dumps({**VALID, "confidence": "85"}) + " done"
    verdict = parse_reply(thinking)
    assert verdict is not None and verdict.confidence == pytest.approx(0.85)
    loose = parse_reply(json.dumps({**VALID, "verdict": "Temporal Difference", "values": ["May", "June"]}))
    assert loose is not None and loose.verdict == "temporal-difference"
    assert loose.values == (("May",), ("June",))
    for bad in ("", "[1, 2]", '{"verdict": "contradiction", "slot": "x", "values": [[]], "confidence": 1, "reason": ""}'):
        with pytest.raises(ValueError):
            parse_reply(bad)


def test_llm_system_prompt_names_every_verdict() -> None:
    for verdict in VERDICTS:
        assert f'"{verdict}"' in SYSTEM_PROMPT


def test_llm_loopback_bypasses_proxy(server, monkeypatch: pytest.MonkeyPatch) -> None:
    url, state = server
    for name in ("http_proxy", "HTTP_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    assert _judge(url, retries=0).judge(PAIR) is not None
    assert len(state.requests) == 1
