"""A small SOCKS5 proxy on 127.0.0.1 for tests (RFC 1928, with RFC 1929 user/password).

It resolves names itself from a fixed table, as Tor does for .onion addresses, so a test can
prove that names were left to the proxy (a name the machine cannot resolve still loads) and
that every connection went through it (`requests` lists what was asked for).
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
import threading
from collections.abc import Iterator


class Socks5Server:
    def __init__(
        self, names: dict[str, tuple[str, int]], credentials: tuple[str, str] | None = None
    ) -> None:
        self.names = names
        self.credentials = credentials
        self.requests: list[tuple[str, int]] = []
        self.refused: list[str] = []
        self.loop = asyncio.new_event_loop()
        self.port = 0

    @property
    def url(self) -> str:
        auth = f"{self.credentials[0]}:{self.credentials[1]}@" if self.credentials else ""
        return f"socks5h://{auth}127.0.0.1:{self.port}"

    async def _handshake(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        version, count = await reader.readexactly(2)
        methods = await reader.readexactly(count)
        wanted = 2 if self.credentials else 0
        if version != 5 or wanted not in methods:
            writer.write(b"\x05\xff")
            self.refused.append("no acceptable method")
            return False
        writer.write(bytes([5, wanted]))
        if not self.credentials:
            return True
        _, ulen = await reader.readexactly(2)
        user = (await reader.readexactly(ulen)).decode()
        (plen,) = await reader.readexactly(1)
        password = (await reader.readexactly(plen)).decode()
        ok = (user, password) == self.credentials
        writer.write(b"\x01\x00" if ok else b"\x01\x01")
        if not ok:
            self.refused.append("bad credentials")
        return ok

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream: asyncio.StreamWriter | None = None
        try:
            if not await self._handshake(reader, writer):
                return
            _, command, _, kind = await reader.readexactly(4)
            if kind == 3:
                (length,) = await reader.readexactly(1)
                host = (await reader.readexactly(length)).decode()
            elif kind == 1:
                host = ".".join(str(b) for b in await reader.readexactly(4))
            else:
                host = "(ipv6)"
                await reader.readexactly(16)
            (port,) = struct.unpack("!H", await reader.readexactly(2))
            self.requests.append((host, port))
            target = self.names.get(host)
            if command != 1 or target is None:
                self.refused.append(f"{host}:{port}")
                writer.write(b"\x05\x04\x00\x01" + bytes(6))  # host unreachable
                return
            up_reader, upstream = await asyncio.open_connection(*target)
            writer.write(b"\x05\x00\x00\x01\x7f\x00\x00\x01" + struct.pack("!H", target[1]))
            await asyncio.gather(_pipe(reader, upstream), _pipe(up_reader, writer))
        except (asyncio.IncompleteReadError, OSError):
            pass
        finally:
            for end in (writer, upstream):
                if end is not None:
                    end.close()

    @contextlib.contextmanager
    def running(self) -> Iterator[Socks5Server]:
        ready = threading.Event()

        servers: list[asyncio.Server] = []

        async def start() -> None:
            servers.append(await asyncio.start_server(self._serve, "127.0.0.1", 0))
            self.port = servers[0].sockets[0].getsockname()[1]
            ready.set()

        async def stop() -> None:
            for server in servers:
                server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            # let the cancelled connections run their `finally` (closing both ends) and the
            # transports finish closing before the loop stops: a transport left "closing" when
            # the loop closes is reported as unclosed whenever the garbage collector finds it
            await asyncio.gather(*tasks, return_exceptions=True)
            for server in servers:
                await server.wait_closed()
            for _ in range(3):
                await asyncio.sleep(0)

        thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        thread.start()
        asyncio.run_coroutine_threadsafe(start(), self.loop)
        ready.wait(10)
        try:
            yield self
        finally:
            asyncio.run_coroutine_threadsafe(stop(), self.loop).result(10)
            self.loop.call_soon_threadsafe(self.loop.stop)
            thread.join(10)
            self.loop.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            writer.write_eof()
