"""`rhetoscope serve`: the local web app and REST API (FastAPI + uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from rhetoscope.cli.common import fail


def serve_command(
    host: Annotated[
        str, typer.Option(help="Address to bind; off loopback a token is required.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="RHETOSCOPE_TOKEN", help="API token clients must send (Bearer)."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Analyses run at once.")] = 2,
    queue: Annotated[int, typer.Option(help="Analyses allowed to wait; beyond: 503.")] = 16,
    timeout: Annotated[float, typer.Option(help="Seconds one analysis may take.")] = 120.0,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Request body cap in MiB.")] = 10.0,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URL analyses reach private addresses.")
    ] = False,
    warm: Annotated[bool, typer.Option("--warm", help="Load the models before serving.")] = False,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the paste/upload/URL form, HTML reports and the JSON API."""
    from rhetoscope.errors import RhetoscopeError
    from rhetoscope.web.settings import Settings

    try:
        settings = Settings.from_env(
            host=host,
            port=port,
            token=token,
            workers=workers,
            queue_size=queue,
            timeout_s=timeout,
            max_body_bytes=int(max_mb * 1024 * 1024),
            allow_private_urls=allow_private or None,
            warm=warm or None,
        )
        settings.check()
    except (RhetoscopeError, ValueError) as exc:
        fail(exc if isinstance(exc, RhetoscopeError) else f"bad server setting: {exc}")

    import uvicorn

    from rhetoscope.web import create_app

    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=log_level,
        proxy_headers=False,
        server_header=False,
    )


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
