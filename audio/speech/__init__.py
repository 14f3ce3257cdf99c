"""Speech: a Script's segments spoken into Clips by an engine, in worker processes.

profiles (voice profiles, roles) → engine (the interface; espeak = the pyttsx3/espeak-ng
one) → synthesize (worker pool and clip cache).
"""
