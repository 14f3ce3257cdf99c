"""Join MP3 streams encoded in parallel into one file with one correct Info header.

Each chunk is a complete CBR MP3 from ffmpeg: an Info (Xing/LAME) frame, then
audio frames. The joined file keeps the first chunk's Info frame, rewritten for
the whole: total frames and bytes, seek table, the last chunk's end padding,
the music length and both CRCs (CRC-16/ARC, as LAME and ffmpeg write them).

Timing at a join, measured and relied on: a chunk whose length is a multiple of
1152 samples ends with exactly 576 samples of padding, and the next chunk starts
with libmp3lame's 576-sample encoder delay; so every join adds exactly 1152
samples of silence, which the caller removes from the pause it cuts through.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from audio.errors import EngineError

MP3_FRAME_SAMPLES = 1152
LAME_DELAY_SAMPLES = 576  # libmp3lame's encoder delay, recorded in the Info header
LAME_MIN_PADDING = 576  # libmp3lame pads the end by at least this much (measured)
JOIN_SAMPLES = LAME_MIN_PADDING + LAME_DELAY_SAMPLES  # the silence a join adds
_BITRATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_RATES = (44100, 48000, 32000)
_TOC_SIZE = 100
_TAG_CRC_SPAN = 190  # bytes of the Info frame covered by the LAME tag CRC
_MAX_FRAME_BYTES = 1441  # the largest MPEG-1 Layer III frame (320 kbit/s at 32 kHz)


@dataclass(frozen=True)
class InfoFrame:
    """Where the fields of a chunk's Info frame are, and what they say."""

    length: int  # bytes of the Info frame itself
    tag: int  # offset of "Info"/"Xing" in the frame
    frames: int
    delay: int
    padding: int

    @property
    def lame(self) -> int:  # the LAME extension follows flags, frames, bytes, TOC, quality
        return self.tag + 4 + 4 + 4 + 4 + _TOC_SIZE + 4


def read_info(data: bytes) -> InfoFrame:
    """The Info frame at the start of an MPEG-1 Layer III stream."""
    if len(data) < 4 or data[0] != 0xFF or (data[1] & 0xFE) != 0xFA:
        raise EngineError("encoded chunk does not start with an MPEG-1 Layer III frame")
    bitrate = _BITRATES[data[2] >> 4] * 1000
    rate = _RATES[(data[2] >> 2) & 3]
    length = 144 * bitrate // rate + ((data[2] >> 1) & 1)
    mono = (data[3] >> 6) == 3
    tag = 4 + (17 if mono else 32)
    if data[tag:tag + 4] not in (b"Info", b"Xing"):
        raise EngineError("encoded chunk has no Info header (was -write_xing 0 used?)")
    frames = int.from_bytes(data[tag + 8:tag + 12], "big")
    lame = tag + 4 + 4 + 4 + 4 + _TOC_SIZE + 4
    packed = int.from_bytes(data[lame + 21:lame + 24], "big")
    return InfoFrame(length, tag, frames, packed >> 12, packed & 0xFFF)


def join(chunks: list[Path], target: Path) -> None:
    """Write ``chunks`` (each with its own Info frame) to ``target`` as one stream.

    Streams the audio through: a book's chunks are hundreds of MB.
    """
    heads = []
    for chunk in chunks:
        with open(chunk, "rb") as stream:
            heads.append(stream.read(_MAX_FRAME_BYTES))
    infos = [read_info(head) for head in heads]
    for info in infos[:-1]:
        if info.padding != JOIN_SAMPLES // 2:
            raise EngineError(f"chunk ends with {info.padding} samples of padding, expected "
                              f"{JOIN_SAMPLES // 2}: chunks must be cut at frame boundaries")
    sizes = [Path(chunk).stat().st_size - info.length for chunk, info in zip(chunks, infos)]
    first = infos[0]
    head = bytearray(heads[0][:first.length])
    total_bytes = len(head) + sum(sizes)
    head[first.tag + 8:first.tag + 12] = sum(info.frames for info in infos).to_bytes(4, "big")
    head[first.tag + 12:first.tag + 16] = total_bytes.to_bytes(4, "big")
    toc = first.tag + 16
    head[toc:toc + _TOC_SIZE] = bytes(min(255, 256 * i // _TOC_SIZE) for i in range(_TOC_SIZE))
    lame = first.lame
    packed = (first.delay << 12) | infos[-1].padding
    head[lame + 21:lame + 24] = packed.to_bytes(3, "big")
    head[lame + 28:lame + 32] = total_bytes.to_bytes(4, "big")  # music length
    music_crc = 0
    for chunk_head, info, size in zip(heads, infos, sizes):  # each header has its audio's CRC
        chunk_crc = int.from_bytes(chunk_head[info.lame + 32:info.lame + 34], "big")
        music_crc = crc16_combine(music_crc, chunk_crc, size)
    head[lame + 32:lame + 34] = music_crc.to_bytes(2, "big")
    head[lame + 34:lame + 36] = b"\0\0"
    head[lame + 34:lame + 36] = crc16(bytes(head[:_TAG_CRC_SPAN])).to_bytes(2, "big")
    with open(target, "wb") as out:
        out.write(head)
        for chunk, info in zip(chunks, infos):
            with open(chunk, "rb") as stream:
                stream.seek(info.length)
                shutil.copyfileobj(stream, out, 1024 * 1024)


def _crc_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_TABLE = _crc_table()


def crc16(data: bytes, crc: int = 0) -> int:
    """CRC-16/ARC (reflected 0x8005), the checksum of LAME's Info tag."""
    table = _TABLE
    for byte in data:
        crc = (crc >> 8) ^ table[(crc ^ byte) & 0xFF]
    return crc


def crc16_combine(crc_a: int, crc_b: int, length_b: int) -> int:
    """CRC-16/ARC of A+B from the CRCs of A and B, without reading them again.

    Appending a zero byte is a linear map on the CRC register (ARC has no init or
    final xor), so crc(A+B) = zeros(len B) applied to crc(A), xor crc(B); the map is
    raised to the power len(B) by squaring, as zlib's crc32_combine does.
    """
    return _apply(_power(_ZERO_BYTE, length_b), crc_a) ^ crc_b


def _zero_byte_operator() -> list[int]:
    """Columns of the 16×16 GF(2) matrix that feeds one zero byte through the register."""
    columns = []
    for bit in range(16):
        crc = 1 << bit
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        columns.append(crc)
    return columns


def _apply(matrix: list[int], vector: int) -> int:
    result, bit = 0, 0
    while vector:
        if vector & 1:
            result ^= matrix[bit]
        vector >>= 1
        bit += 1
    return result


def _power(matrix: list[int], exponent: int) -> list[int]:
    result = [1 << bit for bit in range(16)]  # identity
    while exponent:
        if exponent & 1:
            result = [_apply(matrix, column) for column in result]
        matrix = [_apply(matrix, column) for column in matrix]
        exponent >>= 1
    return result


_ZERO_BYTE = _zero_byte_operator()
