"""Commands for listening: serve a site, write a playlist, play an episode, list voices."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from audio.commands.common import FILE
from audio.speech.profiles import load_profile, profile_names


@click.command()
@click.argument("site_dir", metavar="SITE_OR_SHOW", type=click.Path(file_okay=False,
                                                                    path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 to let phones on your network in.")
@click.option("--password-file", type=FILE, metavar="FILE",
              help="Ask for this password (first line: user:password, or a password).")
def serve(site_dir: Path, port: int, host: str, password_file: Path | None) -> None:
    """Serve a built site (or a show folder's site): player page, feed and episodes.
    Ctrl-C stops it.

    \b
    Example:
        papercast serve evening-reads --host 0.0.0.0 --port 8000
    """
    from audio.listen.serve import (  # run-time import
        exposure,
        lan_address,
        make_server,
        read_credentials,
    )

    credentials = read_credentials(password_file) if password_file else None
    server = make_server(site_dir, host, port, credentials)
    reachable = exposure(host)
    if reachable and credentials is None:
        click.echo(f"Warning: {site_dir} is open to your network, without a password, at "
                   f"{', '.join(reachable)} (port {server.server_address[1]}); use "
                   "--host 127.0.0.1 to keep it on this computer.", err=True)
    elif reachable:
        click.echo("Warning: the password crosses your network in plain HTTP, readable by "
                   "anyone on it; serve it behind HTTPS to share it further.", err=True)
    url = server.url
    shown = url if host not in ("0.0.0.0", "::") else url.replace(
        host if host != "::" else "[::]", lan_address() or "localhost")
    click.echo(f"Serving {server.root} at {shown}")
    click.echo(f"  listen:    {shown}")
    click.echo(f"  subscribe: {shown}feed.xml")
    click.echo("Press Ctrl-C to stop.", err=True)
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
    finally:
        server.server_close()


@click.command()
@click.argument("site_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Playlist to write [default: SITE_DIR/playlist.m3u].")
def playlist(site_dir: Path, output: Path | None) -> None:
    """Write an extended M3U playlist of a folder's episodes, newest first.

    \b
    Example:
        papercast playlist site
    """
    from audio.listen.playlist import write_playlist  # run-time import

    click.echo(write_playlist(site_dir, output))


@click.command()
@click.argument("episode_mp3", metavar="EPISODE.mp3",
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("--player", help="Player to use (mpv, ffplay, mpg123, cvlc, afplay).")
def play(episode_mp3: Path, player: str | None) -> None:
    """Play an episode in the terminal with the system's audio player.

    \b
    Example:
        papercast play site/episodes/night-trains.mp3
    """
    from audio.listen.play import play as play_file  # run-time import

    sys.exit(play_file(episode_mp3, player))


@click.command()
def voices() -> None:
    """List voice profiles, speech engines and the voices each engine has installed.

    \b
    Example:
        papercast voices
        papercast episode story.md --voice natural
    """
    from audio.speech.engine import ENGINES  # run-time import
    from audio.speech.licenses import license_of, voice_licenses  # run-time import
    from audio.speech.synthesize import list_voices  # run-time import

    click.echo("Voice profiles (use with --voice):")
    licenses = voice_licenses()
    for name in profile_names():
        profile = load_profile(name)
        click.echo(f"  {name:<10} {profile.engine:<7} {profile.voice:<20} {profile.rate} wpm"
                   f"  {profile.description}")
        found = license_of(profile, licenses)
        if found and profile.engine != "espeak":  # espeak-ng's line is said once, below
            click.echo(f"  {'':<10} licence: trained on {found.dataset}; base model: "
                       f"{found.base_model}; commercial use: {found.commercial}")
    espeak = licenses.get("espeak-ng")
    if espeak:
        click.echo(f"  espeak-ng voices: commercial use: {espeak.commercial}")
    for engine in ENGINES.values():
        click.echo(f"\n{engine.summary}")
        installed = list_voices(engine.name)
        for voice_id, name in installed:
            click.echo(f"  {voice_id:<24} {name}")
        if not installed:
            click.echo(f"  (none installed) {engine.install_hint}")
        click.echo(f"  More: {engine.more_voices}")



COMMANDS = (serve, playlist, play, voices)
