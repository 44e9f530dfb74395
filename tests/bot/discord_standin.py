"""A loopback Discord for the tests: the REST API and the gateway that discord.py speaks.

An aiohttp server on 127.0.0.1 (random port). REST lives under /api/v10 (users/@me,
oauth2/applications/@me, gateway/bot, application command sync, interaction callbacks,
webhook follow-ups, channel messages); / is the gateway websocket (HELLO, IDENTIFY,
READY, GUILD_CREATE, heartbeats and ACKs, zlib-stream compressed like the real one).
Tests dispatch MESSAGE_CREATE and INTERACTION_CREATE, inject faults (5xx, 429 with
`retry_after`, dropped connections, slow responses) and read back every request,
every message and the heartbeat timing. Nothing of factbot is patched: only discord.py's
REST base URL and gateway URL are pointed here (see `point_discord_py_at`).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp
from aiohttp import web

__all__ = ["BOT_ID", "GUILD_ID", "Fault", "Interaction", "StandIn", "StandInThread", "point_discord_py_at"]

API = "/api/v10"
BOT_ID = 900_000_000_000_000_001
GUILD_ID = 910_000_000_004_194_304  # (id >> 22) % 2 == 1: shard 1 of 2
OTHER_GUILD_ID = 910_000_000_000_000_000  # shard 0 of 2
CHANNEL_ID = 920_000_000_000_000_001
QUIET_CHANNEL_ID = 920_000_000_000_000_002
OWNER_ID = 930_000_000_000_000_001
ADMIN_ID = 930_000_000_000_000_002
MEMBER_ID = 930_000_000_000_000_003
MANAGE_GUILD = 1 << 5
EVERYDAY_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 16)  # view, send, embed links, history
LOADING = 1 << 7
EPHEMERAL = 1 << 6
_ZLIB_SUFFIX = b"\x00\x00\xff\xff"
_BODY = web.RequestKey("body", object)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response typed exactly `application/json`, as Discord sends (discord.py checks)."""
    headers = {**(headers or {}), "Content-Type": "application/json"}
    return web.Response(body=json.dumps(data).encode(), status=status, headers=headers)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user_json(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


def member_json(user: dict[str, Any] | None = None, permissions: int | None = None) -> dict[str, Any]:
    member: dict[str, Any] = {
        "roles": [],
        "joined_at": "2024-01-01T00:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "nick": None,
        "avatar": None,
        "communication_disabled_until": None,
    }
    if user is not None:
        member["user"] = user
    if permissions is not None:
        member["permissions"] = str(permissions)
    return member


def channel_json(channel_id: int, guild_id: int | None, name: str = "general") -> dict[str, Any]:
    if guild_id is None:
        return {"id": str(channel_id), "type": 1, "recipients": [], "last_message_id": None, "flags": 0}
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


@dataclass
class Fault:
    """Make matching requests fail: a status (with `retry_after` for 429), a drop, or a delay."""

    method: str
    path: str  # regular expression matched against the path after /api/v10
    status: int = 500
    times: int = 1
    retry_after: float | None = None
    drop: bool = False  # close the connection instead of answering
    after: bool = False  # apply the drop/delay after the request has been carried out
    delay: float = 0.0  # with a status below 400 and no drop: answer normally, only late

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and method == self.method and re.fullmatch(self.path, path) is not None


@dataclass
class Request:
    """One REST request as the stand-in saw it."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    at: float
    status: int | None = None


@dataclass
class Interaction:
    """An interaction the stand-in dispatched, and every response the bot gave to it."""

    id: int
    token: str
    payload: dict[str, Any]
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    original: dict[str, Any] | None = None
    followups: list[dict[str, Any]] = field(default_factory=list)  # accepted follow-up payloads
    answered: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def callback_types(self) -> list[int]:
        return [c["type"] for c in self.callbacks]

    @property
    def reply(self) -> dict[str, Any] | None:
        """What the user finally sees: the last follow-up, else the immediate response's data."""
        if self.followups:
            return self.followups[-1]
        for c in self.callbacks:
            if c["type"] in (4, 7, 8):  # a message, an updated message, autocomplete choices
                return c.get("data", {})
        return None


@dataclass
class Session:
    """One gateway connection (one shard)."""

    ws: web.WebSocketResponse
    shard: tuple[int, int] = (0, 1)
    seq: int = 0
    compress: zlib._Compress | None = None
    identified: asyncio.Event = field(default_factory=asyncio.Event)
    heartbeats: list[float] = field(default_factory=list)
    close_code: int | None = None
    session_id: str = ""
    events: list[dict[str, Any]] = field(default_factory=list)  # every dispatch of the logical session
    heartbeat_seq: int | None = None  # the sequence number the client's last heartbeat reported
    resumed_from: int | None = None  # the sequence number a RESUME asked to continue after
    ended: bool = False  # the server side has seen the connection end
    replayed: list[str] = field(default_factory=list)  # event types a RESUME replayed on this connection


class StandIn:
    """The fake Discord. Start it in a running event loop with `await start()`."""

    def __init__(
        self,
        token: str = "standin.bot.token",
        heartbeat_interval: float = 1.0,
        permissions: int = EVERYDAY_PERMISSIONS,
    ) -> None:
        self.token = token
        self.heartbeat_interval = heartbeat_interval
        self.permissions = permissions
        self.requests: list[Request] = []
        self.faults: list[Fault] = []
        self.messages: list[dict[str, Any]] = []  # every message created, in order
        self.interactions: dict[str, Interaction] = {}
        self.commands: dict[int | None, list[dict[str, Any]]] = {}  # guild id (None = global) -> commands
        self.sessions: list[Session] = []
        self.identifies: list[dict[str, Any]] = []
        self.resumes: list[dict[str, Any]] = []
        self.expired_sessions: set[str] = set()  # RESUME of these is refused (op 9), as Discord does
        self.replay_from_heartbeat = False  # on RESUME, replay from the last heartbeat (at least once)
        self.guilds = {GUILD_ID: [CHANNEL_ID, QUIET_CHANNEL_ID], OTHER_GUILD_ID: []}
        self._ids = itertools.count(1_000_000_000_000_000_000)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---- lifecycle -------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        for session in self.sessions:
            if not session.ws.closed:
                await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def new_id(self) -> int:
        return next(self._ids)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 20.0, what: str = "") -> None:
        """Wait (bounded) until `predicate()` holds."""

        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or predicate}") from None

    async def wait_connected(self, shards: int = 1, timeout: float = 15.0) -> None:
        """Wait until `shards` sessions have identified and received their guilds."""
        await self.wait_until(
            lambda: sum(s.identified.is_set() and not s.ws.closed for s in self.sessions) >= shards,
            timeout,
            f"{shards} identified shard(s)",
        )

    # ---- faults and records ----------------------------------------------------------
    def fail(self, method: str, path: str, **kwargs: Any) -> Fault:
        fault = Fault(method, path, **kwargs)
        self.faults.append(fault)
        return fault

    def requests_to(self, method: str, pattern: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and re.fullmatch(pattern, r.path)]

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return [
            m
            for m in self.messages
            if m["channel_id"] == str(channel_id) and m["author"]["id"] == str(BOT_ID)
        ]

    def heartbeats(self) -> list[float]:
        return [t for s in self.sessions for t in s.heartbeats]

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        if not request.path.startswith(API):
            return await handler(request)
        path = request.path[len(API) :]
        body = (
            await request.json()
            if request.can_read_body and request.content_type == "application/json"
            else None
        )
        record = Request(request.method, path, dict(request.query), body, time.monotonic())
        request[_BODY] = body
        self.requests.append(record)
        fault = next((f for f in self.faults if f.matches(request.method, path)), None)
        if fault is not None:
            fault.times -= 1
        if fault is not None and not fault.after:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop:
                return self._drop(request, record)
            if fault.status < 400:  # only slow: carry the request out now
                fault = None
        if fault is not None and not fault.after:
            record.status = fault.status
            await self._notify()
            return self._error(fault)
        response = await handler(request)
        record.status = response.status
        await self._notify()
        if fault is not None:  # carried out, then the answer is lost or late
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop:
                return self._drop(request, record)
        return response

    def _drop(self, request: web.Request, record: Request) -> web.StreamResponse:
        record.status = -1
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=500)  # never reaches the client: the connection is gone

    @staticmethod
    def _error(fault: Fault) -> web.Response:
        if fault.status == 429:
            retry_after = fault.retry_after if fault.retry_after is not None else 1.0
            headers = {
                "Via": "1.1 google",
                "Retry-After": str(max(1, round(retry_after))),
                "X-RateLimit-Scope": "user",
                "X-RateLimit-Global": "false",
            }
            body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
            return _json(body, status=429, headers=headers)
        return _json({"message": f"{fault.status}: stand-in fault", "code": 0}, status=fault.status)

    # ---- REST ------------------------------------------------------------------------
    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = request.path[len(API) :]
        body = request.get(_BODY)
        for method, pattern, needs_auth, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and method == request.method:
                if needs_auth and request.headers.get("Authorization") != f"Bot {self.token}":
                    return _json({"message": "401: Unauthorized", "code": 0}, status=401)
                return await handler(request, body, *match.groups())
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def _routes(self) -> list[tuple[str, str, bool, Callable[..., Any]]]:
        return [
            ("GET", r"/users/@me", True, self._me),
            ("GET", r"/oauth2/applications/@me", True, self._application),
            ("GET", r"/gateway/bot", True, self._gateway_bot),
            ("PUT", r"/applications/(\d+)/commands", True, self._sync_global),
            ("PUT", r"/applications/(\d+)/guilds/(\d+)/commands", True, self._sync_guild),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", False, self._callback),
            ("POST", r"/webhooks/(\d+)/([^/]+)", False, self._followup),
            ("GET", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", False, self._get_webhook_message),
            ("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", False, self._edit_webhook_message),
            ("POST", r"/channels/(\d+)/messages", True, self._create_message),
            ("POST", r"/channels/(\d+)/typing", True, self._typing),
        ]

    def bot_user(self) -> dict[str, Any]:
        return user_json(BOT_ID, "factbot", bot=True)

    async def _me(self, request: web.Request, body: Any) -> web.Response:
        return _json({**self.bot_user(), "verified": True, "mfa_enabled": False, "locale": "en-US"})

    async def _application(self, request: web.Request, body: Any) -> web.Response:
        return _json(
            {
                "id": str(BOT_ID),
                "name": "factbot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user_json(OWNER_ID, "owner"),
                "verify_key": "00" * 32,
                "flags": 0,
                "team": None,
                "summary": "",
                "rpc_origins": [],
                "tags": [],
                "bot": self.bot_user(),
                "interactions_endpoint_url": None,
                "redirect_uris": [],
            }
        )

    async def _gateway_bot(self, request: web.Request, body: Any) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _sync(self, guild_id: int | None, body: list[dict[str, Any]]) -> web.Response:
        stored = []
        for command in body:
            stored.append(
                {
                    **command,
                    "id": str(self.new_id()),
                    "application_id": str(BOT_ID),
                    "version": "1",
                    **({"guild_id": str(guild_id)} if guild_id else {}),
                }
            )
        self.commands[guild_id] = stored
        return _json(stored)

    async def _sync_global(self, request: web.Request, body: Any, app_id: str) -> web.Response:
        return await self._sync(None, body)

    async def _sync_guild(self, request: web.Request, body: Any, app_id: str, guild_id: str) -> web.Response:
        return await self._sync(int(guild_id), body)

    def message_json(
        self,
        channel_id: int | str,
        payload: dict[str, Any],
        *,
        author: dict[str, Any] | None = None,
        guild_id: int | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        message = {
            "id": str(self.new_id()),
            "channel_id": str(channel_id),
            "author": author or self.bot_user(),
            "content": payload.get("content") or "",
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": payload.get("embeds") or [],
            "pinned": False,
            "type": 0,
            "flags": payload.get("flags", 0),
            "components": payload.get("components") or [],
        }
        if guild_id is not None:
            message["guild_id"] = str(guild_id)
        message.update(extra)
        return message

    async def _create_message(self, request: web.Request, body: Any, channel_id: str) -> web.Response:
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            for old in self.channel_messages(int(channel_id)):
                if old.get("nonce") == nonce:
                    return _json(old)  # Discord returns the first message, creates nothing
        guild_id = next((g for g, chans in self.guilds.items() if int(channel_id) in chans), None)
        message = self.message_json(channel_id, body, guild_id=guild_id, nonce=nonce)
        message["sent"] = body  # what the bot asked for, verbatim
        if body.get("message_reference"):
            message["type"] = 19
            message["message_reference"] = body["message_reference"]
        self.messages.append(message)
        return _json(message)

    async def _typing(self, request: web.Request, body: Any, channel_id: str) -> web.Response:
        return web.Response(status=204)

    async def _callback(
        self, request: web.Request, body: Any, interaction_id: str, token: str
    ) -> web.Response:
        interaction = self.interactions.get(token)
        if interaction is None or str(interaction.id) != interaction_id:
            return _json({"message": "Unknown interaction", "code": 10062}, status=404)
        if interaction.callbacks:  # an interaction is answered exactly once
            body_ = {"message": "Interaction has already been acknowledged.", "code": 40060}
            return _json(body_, status=400)
        interaction.callbacks.append(body)
        kind, data = body["type"], body.get("data") or {}
        resource: dict[str, Any] = {"type": kind}
        channel_id = interaction.payload["channel_id"]
        if kind in (4, 5):
            flags = (data.get("flags") or 0) | (LOADING if kind == 5 else 0)
            user = interaction.payload.get("user") or interaction.payload["member"]["user"]
            meta = {"id": interaction_id, "type": interaction.payload["type"], "user": user}
            name = interaction.payload["data"].get("name", "")
            message = self.message_json(
                channel_id,
                {**data, "flags": flags},
                interaction={**meta, "name": name},
                interaction_metadata=meta,
                type=20,
            )
            message["sent"] = data
            interaction.original = message
            if kind == 4:
                self.messages.append(message)
                interaction.answered.set()
            resource["message"] = message
        elif kind == 7:
            target = interaction.payload["message"]
            target.update({k: v for k, v in data.items() if k in ("content", "embeds", "components")})
            target["sent"] = data
            interaction.answered.set()
        elif kind == 8:
            interaction.answered.set()
        await self._notify()
        if request.query.get("with_response") not in ("1", "true", "True"):
            return web.Response(status=204)
        loading = kind == 5
        ephemeral = bool((data.get("flags") or 0) & EPHEMERAL)
        summary = {
            "id": interaction_id,
            "type": interaction.payload["type"],
            "response_message_loading": loading,
            "response_message_ephemeral": ephemeral,
        }
        if interaction.original is not None:
            summary["response_message_id"] = interaction.original["id"]
        return _json({"interaction": summary, "resource": resource})

    async def _followup(self, request: web.Request, body: Any, app_id: str, token: str) -> web.Response:
        interaction = self.interactions.get(token)
        if interaction is None or app_id != str(BOT_ID):
            return _json({"message": "Unknown Webhook", "code": 10015}, status=404)
        original = interaction.original
        if original is not None and original["flags"] & LOADING:
            # The first follow-up after a deferral replaces the "thinking…" message.
            original.update(
                content=body.get("content") or "",
                embeds=body.get("embeds") or [],
                components=body.get("components") or [],
                flags=original["flags"] & ~LOADING,
            )
            message = original
            self.messages.append(message)
        else:
            message = self.message_json(interaction.payload["channel_id"], body, webhook_id=str(BOT_ID))
            self.messages.append(message)
        message["sent"] = body
        interaction.followups.append(body)
        interaction.answered.set()
        await self._notify()
        if request.query.get("wait") in ("1", "true", "True"):
            return _json(message)
        return web.Response(status=204)

    def _webhook_message(self, token: str, message_id: str) -> dict[str, Any] | None:
        interaction = self.interactions.get(token)
        if interaction is None:
            return None
        original = interaction.original
        if message_id == "@original" or (original is not None and original["id"] == message_id):
            return original
        return next((m for m in self.messages if m["id"] == message_id), None)

    async def _get_webhook_message(
        self, request: web.Request, body: Any, app_id: str, token: str, message_id: str
    ) -> web.Response:
        message = self._webhook_message(token, message_id)
        if message is None:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        return _json(message)

    async def _edit_webhook_message(
        self, request: web.Request, body: Any, app_id: str, token: str, message_id: str
    ) -> web.Response:
        message = self._webhook_message(token, message_id)
        if message is None:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        message.update({k: v for k, v in body.items() if k in ("content", "embeds", "components")})
        await self._notify()
        return _json(message)

    # ---- gateway ---------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=None)
        await ws.prepare(request)
        compress = zlib.compressobj() if request.query.get("compress") == "zlib-stream" else None
        session = Session(ws=ws, compress=compress)
        self.sessions.append(session)
        await self._send(
            session, {"op": 10, "d": {"heartbeat_interval": int(self.heartbeat_interval * 1000)}}
        )
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            await self._on_gateway_message(session, json.loads(msg.data))
        session.close_code = ws.close_code
        session.ended = True
        await self._notify()
        return ws

    async def _send(self, session: Session, payload: dict[str, Any]) -> None:
        data = json.dumps(payload)
        if session.ws.closed or session.ended:
            return  # a dispatch stays in the session's log, for a RESUME to replay
        with contextlib.suppress(ConnectionError, aiohttp.ClientConnectionResetError):
            if session.compress is None:
                await session.ws.send_str(data)
            else:
                chunk = session.compress.compress(data.encode()) + session.compress.flush(zlib.Z_SYNC_FLUSH)
                assert chunk.endswith(_ZLIB_SUFFIX)
                await session.ws.send_bytes(chunk)

    async def _on_gateway_message(self, session: Session, message: dict[str, Any]) -> None:
        op = message.get("op")
        if op == 1:
            session.heartbeats.append(time.monotonic())
            session.heartbeat_seq = message.get("d")
            await self._send(session, {"op": 11})
        elif op == 2:
            await self._identify(session, message["d"])
        elif op == 6:
            await self._resume(session, message["d"])
        await self._notify()

    async def _resume(self, session: Session, data: dict[str, Any]) -> None:
        """Continue a dropped session: replay what the client missed, then RESUMED (or op 9)."""
        self.resumes.append(data)
        old = next((s for s in reversed(self.sessions) if s.session_id == data.get("session_id")), None)
        if old is None or old.session_id in self.expired_sessions or data.get("token") != self.token:
            await self._send(session, {"op": 9, "d": False})
            return
        session.session_id, session.shard, session.events = old.session_id, old.shard, old.events
        session.seq = old.seq
        session.resumed_from = after = int(data.get("seq") or 0)
        if self.replay_from_heartbeat:
            after = min(after, old.heartbeat_seq or 0)
        for event in session.events:
            if event["s"] > after:
                session.replayed.append(event["t"])
                await self._send(session, event)
        old.identified.clear()
        session.identified.set()
        await self._dispatch_on(session, "RESUMED", {})

    def _guilds_of(self, shard: tuple[int, int]) -> list[int]:
        return [g for g in self.guilds if (g >> 22) % shard[1] == shard[0]]

    async def _identify(self, session: Session, data: dict[str, Any]) -> None:
        self.identifies.append(data)
        if data.get("token") != self.token:
            await session.ws.close(code=4004, message=b"Authentication failed.")
            return
        shard = tuple(data.get("shard") or (0, 1))
        session.shard = (int(shard[0]), int(shard[1]))
        guilds = self._guilds_of(session.shard)
        session.session_id = f"session-{len(self.sessions)}"
        ready = {
            "v": 10,
            "user": self.bot_user(),
            "guilds": [{"id": str(g), "unavailable": True} for g in guilds],
            "session_id": session.session_id,
            "resume_gateway_url": self.gateway_url,
            "shard": list(session.shard),
            "application": {"id": str(BOT_ID), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "geo_ordered_rtc_regions": [],
        }
        await self._dispatch_on(session, "READY", ready)
        for guild_id in guilds:
            await self._dispatch_on(session, "GUILD_CREATE", self.guild_json(guild_id))
        session.identified.set()

    def guild_json(self, guild_id: int) -> dict[str, Any]:
        everyone = {
            "id": str(guild_id),
            "name": "@everyone",
            "permissions": str(self.permissions),
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
            "icon": None,
            "unicode_emoji": None,
        }
        return {
            "id": str(guild_id),
            "name": f"guild {guild_id}",
            "icon": None,
            "owner_id": str(OWNER_ID),
            "roles": [everyone],
            "emojis": [],
            "stickers": [],
            "features": [],
            "threads": [],
            "channels": [
                channel_json(c, guild_id, f"channel-{n}") for n, c in enumerate(self.guilds[guild_id])
            ],
            "members": [member_json(self.bot_user())],
            "member_count": 3,
            "large": False,
            "unavailable": False,
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "voice_states": [],
            "presences": [],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "afk_timeout": 300,
            "verification_level": 0,
            "mfa_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "nsfw_level": 0,
            "system_channel_id": None,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "description": None,
            "banner": None,
            "splash": None,
            "discovery_splash": None,
            "premium_subscription_count": 0,
            "max_members": 500000,
            "vanity_url_code": None,
        }

    async def _dispatch_on(self, session: Session, event: str, data: dict[str, Any]) -> None:
        """Send a dispatch; on a dropped (resumable) session it waits in the log for the RESUME."""
        session.seq += 1
        payload = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.events.append(payload)
        await self._send(session, payload)

    def _session_for(self, guild_id: int | None) -> Session:
        live = [
            s
            for s in self.sessions
            if s.identified.is_set() and (not s.ws.closed or s.session_id not in self.expired_sessions)
        ]
        if not live:
            raise AssertionError("no identified gateway session to dispatch on")
        if guild_id is None:  # DMs go to shard 0
            return next((s for s in live if s.shard[0] == 0), live[0])
        return next(s for s in live if (guild_id >> 22) % s.shard[1] == s.shard[0])

    async def dispatch(self, event: str, data: dict[str, Any], guild_id: int | None = None) -> None:
        await self._dispatch_on(self._session_for(guild_id), event, data)

    async def drop_gateway(self, code: int) -> None:
        """Close every live gateway connection with `code`; 1006 aborts it with no close frame."""
        dropped = [s for s in self.sessions if not s.ended]
        for session in dropped:
            if code == 1006:
                transport = session.ws._req.transport if session.ws._req is not None else None
                assert transport is not None
                transport.abort()
            else:
                await session.ws.close(code=code, message=b"stand-in drop")
        await self.wait_until(lambda: all(s.ended for s in dropped), 5, "the dropped connections to end")

    async def request_reconnect(self) -> None:
        """Ask every live connection to reconnect and resume (op 7), as Discord does before a move."""
        for session in list(self.sessions):
            if not session.ws.closed:
                await self._send(session, {"op": 7, "d": None})

    async def invalidate_sessions(self) -> None:
        """Invalidate every session (op 9, not resumable): the client must IDENTIFY again."""
        for session in list(self.sessions):
            if not session.ws.closed:
                session.identified.clear()
                await self._send(session, {"op": 9, "d": False})

    # ---- what users do ---------------------------------------------------------------
    async def post(
        self,
        content: str,
        *,
        user_id: int = MEMBER_ID,
        channel_id: int = CHANNEL_ID,
        guild_id: int | None = GUILD_ID,
        mention: bool = True,
    ) -> dict[str, Any]:
        """A user posts a message (in a guild channel, or a DM when guild_id is None)."""
        author = user_json(user_id, f"user{user_id % 1000}")
        mentions = []
        if mention and guild_id is not None:
            mentions = [{**self.bot_user(), "member": member_json()}]
            content = f"<@{BOT_ID}> {content}"
        extra: dict[str, Any] = {"mentions": mentions}
        if guild_id is not None:
            extra["member"] = member_json()
        message = self.message_json(
            channel_id, {"content": content}, author=author, guild_id=guild_id, **extra
        )
        self.messages.append(message)
        await self.dispatch("MESSAGE_CREATE", message, guild_id)
        return message

    def replies_to(self, message: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            m for m in self.messages if str(m.get("message_reference", {}).get("message_id")) == message["id"]
        ]

    async def command(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        user_id: int = MEMBER_ID,
        channel_id: int = CHANNEL_ID,
        guild_id: int | None = GUILD_ID,
        permissions: int | None = None,
        kind: int = 2,
        focused: str | None = None,
    ) -> Interaction:
        """A user runs a slash command (kind 2) or types in an autocompleted option (kind 4)."""
        options = options or {}
        command_id = next(
            (c["id"] for cs in self.commands.values() for c in cs if c["name"] == name), str(self.new_id())
        )
        data: dict[str, Any] = {
            "id": command_id,
            "name": name,
            "type": 1,
            "options": [
                {
                    "name": k,
                    "type": 3 if isinstance(v, str) else 4,
                    "value": v,
                    **({"focused": True} if k == focused else {}),
                }
                for k, v in options.items()
            ],
        }
        if guild_id is not None and guild_id in self.commands:
            data["guild_id"] = str(guild_id)
        return await self._interact(kind, data, user_id, channel_id, guild_id, permissions)

    async def click(
        self, interaction: Interaction, custom_id: str, *, user_id: int = MEMBER_ID
    ) -> Interaction:
        """A user presses a button on the message an interaction produced."""
        message = interaction.original
        assert message is not None, "the interaction produced no message"
        guild = interaction.payload.get("guild_id")
        data = {"custom_id": custom_id, "component_type": 2}
        channel_id = int(message["channel_id"])
        return await self._interact(3, data, user_id, channel_id, guild and int(guild), None, message=message)

    async def _interact(
        self,
        kind: int,
        data: dict[str, Any],
        user_id: int,
        channel_id: int,
        guild_id: int | None,
        permissions: int | None,
        **extra: Any,
    ) -> Interaction:
        interaction_id = self.new_id()
        token = f"interaction-token-{interaction_id}"
        user = user_json(user_id, f"user{user_id % 1000}")
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(BOT_ID),
            "type": kind,
            "data": data,
            "token": token,
            "version": 1,
            "channel_id": str(channel_id),
            "locale": "en-US",
            "app_permissions": str(self.permissions),
            "entitlements": [],
            "attachment_size_limit": 8388608,
            "channel": channel_json(channel_id, guild_id),
            **extra,
        }
        if guild_id is None:
            payload.update(user=user, context=1, authorizing_integration_owners={"1": str(user_id)})
        else:
            perms = self.permissions if permissions is None else permissions
            payload.update(
                guild_id=str(guild_id),
                guild_locale="en-US",
                context=0,
                member=member_json(user, perms),
                authorizing_integration_owners={"0": str(guild_id)},
            )
        interaction = Interaction(interaction_id, token, payload)
        self.interactions[token] = interaction
        await self.dispatch("INTERACTION_CREATE", payload, guild_id)
        return interaction

    async def answered(self, interaction: Interaction, timeout: float = 20.0) -> dict[str, Any]:
        """Wait until the bot's final reply to an interaction arrives, and return it."""
        try:
            await asyncio.wait_for(interaction.answered.wait(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"no reply to interaction {interaction.payload['data']} in {timeout} s"
            ) from None
        if interaction.callback_types[:1] == [5]:
            await self.wait_until(lambda: bool(interaction.followups), timeout, "the follow-up")
        reply = interaction.reply
        assert reply is not None
        return reply


def point_discord_py_at(standin: StandIn, monkeypatch: Any) -> None:
    """Point discord.py's REST base URL and default gateway URL at the stand-in (nothing else)."""
    import discord.gateway
    import discord.http
    import yarl

    monkeypatch.setattr(discord.http.Route, "BASE", standin.api_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket,
        "DEFAULT_GATEWAY",
        yarl.URL(standin.gateway_url + "/"),  # like wss://gateway.discord.gg/
    )


class StandInThread:
    """The stand-in on its own event loop in a thread, for a bot running in a subprocess."""

    def __init__(self, **kwargs: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.kwargs = kwargs
        self.standin = StandIn(**kwargs)

    def call(self, coro: Any, timeout: float = 30.0) -> Any:
        """Run a coroutine on the stand-in's loop and wait (bounded) for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def __enter__(self) -> StandInThread:
        self.thread.start()
        self.call(self._start())
        return self

    async def _start(self) -> None:
        self.standin._changed = asyncio.Condition()  # bound to the thread's loop
        await self.standin.start()

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self.call(self.standin.close(), 10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def sitecustomize_source() -> str:
    """A sitecustomize.py that points discord.py at STANDIN_API / STANDIN_GATEWAY in a subprocess."""
    return (
        "import os\n"
        "if os.environ.get('STANDIN_API'):\n"
        "    import discord.gateway, discord.http, yarl\n"
        "    discord.http.Route.BASE = os.environ['STANDIN_API']\n"
        "    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ['STANDIN_GATEWAY'])\n"
    )


def embeds_of(payload: dict[str, Any]) -> list[dict[str, Any]]:
    return list(payload.get("embeds") or [])


def iter_texts(payload: dict[str, Any]) -> Iterator[str]:
    """Every user-visible string of a message payload."""
    yield payload.get("content") or ""
    for embed in embeds_of(payload):
        yield embed.get("title", "")
        yield embed.get("description", "")
        yield embed.get("footer", {}).get("text", "")
        for f in embed.get("fields", []):
            yield f.get("name", "")
            yield f.get("value", "")


# ---- running the real bot against the stand-in ---------------------------------------------------
def run(coro: Any, timeout: float = 30.0) -> Any:
    """Run one async test scenario in a fresh event loop, with a hard time limit."""
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def eventually(predicate: Callable[[], bool], timeout: float = 5.0, what: str = "") -> None:
    """Poll (every 10 ms, bounded) for a condition on the bot's side."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or predicate}")
        await asyncio.sleep(0.01)


@contextlib.asynccontextmanager
async def live_bot(
    monkeypatch: Any,
    index: Any,
    *,
    shards: int = 1,
    heartbeat_interval: float = 1.0,
    logging_settings: dict[str, Any] | None = None,
    **discord_settings: Any,
) -> AsyncIterator[tuple[StandIn, Any]]:
    """Start the stand-in and the real factbot bot (FactbotBot) connected to it; stop both after."""
    from factbot.bot.config import Settings
    from factbot.bot.discord.bot import FactbotBot, serve
    from pydantic import SecretStr

    standin = StandIn(heartbeat_interval=heartbeat_interval)
    await standin.start()
    point_discord_py_at(standin, monkeypatch)
    options = {
        "guild_ids": [GUILD_ID],
        "cooldown_seconds": 0,
        "send_backoff_seconds": 0.05,
        "send_timeout_seconds": 2,
        **discord_settings,
    }
    bot = FactbotBot(Settings(discord=options, logging=logging_settings or {}), index)
    task = asyncio.create_task(serve(bot, SecretStr(standin.token)))
    try:
        await asyncio.wait(
            [task, asyncio.create_task(standin.wait_connected(shards))],
            timeout=15,
            return_when=asyncio.FIRST_COMPLETED,
        )
        if task.done():
            task.result()  # the bot failed to start: raise its error
        await standin.wait_connected(shards, timeout=1)
        yield standin, bot
    finally:
        await bot.close()
        await asyncio.wait_for(task, 10)
        await standin.close()
