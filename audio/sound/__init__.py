"""Sound: clips laid out into one program, cut into chunks, mastered and encoded to MP3.

pcm (pydub) → layout (Program, timings) → chunks (every cut rule) → master (loudness,
with meter) → encode (ffmpeg) → mp3join (one stream); ffmpeg finds the binary.
"""
