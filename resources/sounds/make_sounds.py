"""Write the check-in desk's sound cues (public domain): uv run python resources/sounds/make_sounds.py

ok: a rising two-note chime; warning: two equal mid beeps; error: a low buzz; offline: three
quick high ticks after the verdict's own cue, so staff hear that the station is offline. Short
(under 0.4 s), soft attack and release so they do not click, 22,050 Hz mono 16-bit.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050


def tone(
    frequency: float, seconds: float, volume: float = 0.5, square: bool = False
) -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.01)
    samples = []
    for i in range(count):
        phase = math.sin(2 * math.pi * frequency * i / RATE)
        value = (1.0 if phase >= 0 else -1.0) * 0.4 if square else phase
        envelope = min(1.0, i / fade, (count - i) / fade)
        samples.append(value * volume * envelope)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main() -> None:
    here = Path(__file__).resolve().parent
    write(here / "ok.wav", tone(880, 0.12) + tone(1318.5, 0.2))
    write(here / "warning.wav", tone(660, 0.12) + silence(0.06) + tone(660, 0.12))
    write(here / "error.wav", tone(196, 0.35, volume=0.45, square=True))
    tick = tone(1760, 0.05, volume=0.35) + silence(0.05)
    write(here / "offline.wav", silence(0.4) + tick * 3)


if __name__ == "__main__":
    main()
