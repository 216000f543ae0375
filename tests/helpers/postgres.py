"""A throwaway PostgreSQL server on loopback, started by the test session itself.

It asks for a password (``scram-sha-256``, as a real server would), so every test that uses
:meth:`PostgresServer.create_database` connects through a URL carrying the password.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import psycopg


def find_pg_bin() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(command: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; the Debian package provides a postgres user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class PostgresServer:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="brokerage-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = "postgres"
        # Characters a URL must quote, to prove that passwords survive every round trip.
        self.password = f"pw:{secrets.token_hex(8)}@/#%"

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        password_file = self.folder / "pwfile"
        password_file.write_text(self.password + "\n")
        if os.geteuid() == 0:
            shutil.chown(password_file, "postgres", "postgres")
        subprocess.run(
            _as_postgres(
                [
                    str(self.bin_dir / "initdb"),
                    "-D",
                    str(self.data),
                    "--auth=scram-sha-256",
                    f"--pwfile={password_file}",
                    "-U",
                    self.user,
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
        )
        self.resume()

    def resume(self) -> None:
        """Start the server (again, after :meth:`halt`) on the same port and data."""
        options = f"-p {self.port} -k {self.folder} -h 127.0.0.1 -F -c max_connections=200"
        subprocess.run(
            _as_postgres(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-w",
                    "-l",
                    str(self.folder / "server.log"),
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )

    def resume_if_halted(self) -> None:
        status = subprocess.run(
            _as_postgres([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "status"]),
            capture_output=True,
        )
        if status.returncode != 0:
            self.resume()

    def halt(self) -> None:
        """``pg_ctl stop -m immediate``: the server vanishes as in a crash or a lost network,
        keeping its data for :meth:`resume`."""
        subprocess.run(
            _as_postgres(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ]
            ),
            capture_output=True,
        )

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", *, password: bool = True) -> str:
        """A URL for ``database``; with the password (quoted) unless ``password=False``."""
        secret = f":{quote(self.password, safe='')}" if password else ""
        return f"postgresql+psycopg://{self.user}{secret}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its URL carries the password."""
        name = f"event_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url().replace("+psycopg", ""), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextmanager
def running_server() -> Iterator[PostgresServer | None]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        yield None
        return
    server = PostgresServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()
