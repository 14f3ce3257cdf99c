"""What espeak-ng will say, as phonemes: spoken text judged by sound, not spelling.

The bundled libespeak-ng (espeakng-loader) is asked directly with
espeak_TextToPhonemes, clause by clause, so "A M", "AM" and "am" compare as espeak-ng
will say them. Loaded once per test process.
"""

from __future__ import annotations

import ctypes
from functools import lru_cache

import espeakng_loader

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_CHARS_UTF8 = 1
_PHONEMES_IPA = 0x02


@lru_cache(maxsize=1)
def _library() -> ctypes.CDLL:
    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    lib.espeak_Initialize.restype = ctypes.c_int
    rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                 espeakng_loader.get_data_path().encode(), 0)
    if rate <= 0:
        raise RuntimeError("libespeak-ng did not initialise")
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int,
                                          ctypes.c_int]
    return lib


def phonemes(text: str, voice: str = "en") -> str:
    """The IPA espeak-ng's ``voice`` says for ``text``, stress and pauses removed."""
    lib = _library()
    lib.espeak_SetVoiceByName(voice.encode())
    buffer = ctypes.create_string_buffer(text.encode("utf-8"))
    pointer = ctypes.c_void_p(ctypes.addressof(buffer))
    clauses = []
    while pointer.value:
        said = lib.espeak_TextToPhonemes(ctypes.byref(pointer), _CHARS_UTF8, _PHONEMES_IPA)
        if said:
            clauses.append(said.decode("utf-8"))
    ipa = " ".join(clauses)
    return "".join(ch for ch in ipa if ch not in "ˈˌ ")
