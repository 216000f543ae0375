"""Sound cues for the check-in desk, and the optional camera scanner.

Both rely on QtMultimedia, which needs system audio/video libraries that a locked-down
laptop may lack; the desk then falls back to the system beep, and instead of the camera
button it says why there is none (``camera_support``).
"""

from __future__ import annotations

import enum
import logging
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication

from brokerage_app.paths import resources_dir
from brokerage_app.services.checkin import Tone

log = logging.getLogger(__name__)
SOUNDS = {Tone.GREEN: "ok.wav", Tone.AMBER: "warning.wav", Tone.RED: "error.wav"}
OFFLINE_SOUND = "offline.wav"  # ticks after the verdict's cue when the station is offline
# A frame every 250 ms is plenty for a badge held in front of the camera and keeps the
# decoder from eating a core of a two-core laptop.
CAMERA_INTERVAL_S = 0.25


_import_problem: list[str] = []  # why QtMultimedia failed to load, when it did


def multimedia() -> Any | None:
    try:
        from PySide6 import QtMultimedia
    except ImportError as exc:
        log.info("QtMultimedia unavailable: %s", exc)
        _import_problem[:] = [str(exc)]
        return None
    _import_problem.clear()
    return QtMultimedia


class CameraProblem(enum.Enum):
    NO_MULTIMEDIA = "no_multimedia"  # Qt's multimedia library did not load (detail: why)
    NO_CAMERA = "no_camera"  # it loaded, but the computer has no camera


@dataclass(frozen=True)
class CameraSupport:
    problem: CameraProblem | None
    detail: str = ""

    @property
    def available(self) -> bool:
        return self.problem is None


def camera_support() -> CameraSupport:
    """Whether a camera can scan badges here, and if not, why."""
    module = multimedia()
    if module is None:
        return CameraSupport(CameraProblem.NO_MULTIMEDIA, "".join(_import_problem))
    if not module.QMediaDevices.videoInputs():
        return CameraSupport(CameraProblem.NO_CAMERA)
    return CameraSupport(None)


class SoundCues(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._effects: dict[Tone, Any] = {}
        self._offline: Any = None
        module = multimedia()
        # Without an audio output (a desk PC with no sound card, CI) a sound effect cannot
        # play its file and Qt warns about it on every load: the cues are system beeps then.
        if module is None or not module.QMediaDevices.audioOutputs():
            return

        def load(name: str) -> Any:
            path = resources_dir() / "sounds" / name
            if not path.exists():
                return None
            effect = module.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            return effect

        for tone, name in SOUNDS.items():
            effect = load(name)
            if effect is not None:
                self._effects[tone] = effect
        self._offline = load(OFFLINE_SOUND)

    def play(self, tone: Tone, *, offline: bool = False) -> None:
        """The verdict's cue; ``offline`` adds the offline ticks (they start after a pause)."""
        if not self.enabled:
            return
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()
        else:
            QApplication.beep()
        ticks = self._offline if offline else None
        if ticks is not None:
            ticks.play()


class CameraScanner(QObject):
    """Grabs camera frames, decodes QR codes off the GUI thread, reports each new code once."""

    code_found = Signal(str)
    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._module = multimedia()
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._busy = threading.Event()
        self._last_code = ""
        self._last_time = 0.0

    @classmethod
    def available(cls) -> bool:
        return camera_support().available

    def start(self, video_widget: Any | None = None) -> None:
        module = self._module
        if module is None:
            self.error.emit(self.tr("No camera support on this computer."))
            return
        self._camera = module.QCamera(self)
        self._session = module.QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        if video_widget is not None:
            self._session.setVideoOutput(video_widget)
            self._sink = video_widget.videoSink()
        else:
            self._sink = module.QVideoSink(self)
            self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera.errorOccurred.connect(lambda _e, text: self.error.emit(text))
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera = None

    def _frame(self, frame: Any) -> None:
        import time

        now = time.monotonic()
        if self._busy.is_set() or now - self._last_time < CAMERA_INTERVAL_S:
            return
        self._last_time = now
        image = frame.toImage()
        if image.isNull():
            return
        self._busy.set()
        threading.Thread(target=self._decode, args=(image,), daemon=True).start()

    def _decode(self, image: Any) -> None:
        try:
            from PIL import ImageQt

            from brokerage_app.checkin.decode import decode_codes

            codes = decode_codes(ImageQt.fromqimage(image).convert("L"), fast=True)
        finally:
            self._busy.clear()
        for code in codes:
            if code != self._last_code:
                self._last_code = code
                self.code_found.emit(code)
