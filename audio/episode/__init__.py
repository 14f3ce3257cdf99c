"""Episode: what goes with the audio: ID3 tags written and read back, the files beside
it (captions, transcript, chapters, cover: one SIDECARS table), chapters, the cover.
"""
