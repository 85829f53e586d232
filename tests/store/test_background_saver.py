"""The background saver: newest version wins, bursts coalesce, failures are kept and retried."""

from __future__ import annotations

import threading
import time

from infocoach.store.background_saver import BackgroundSaver


class Disk:
    """A fake store: records writes; can be made to fail, or to block until released."""

    def __init__(self) -> None:
        self.writes: list[int] = []
        self.fail = False
        self.gate = threading.Event()
        self.gate.set()

    def save(self, item: int) -> None:
        self.gate.wait(5)
        if self.fail:
            raise OSError(28, "No space left on device")
        self.writes.append(item)


def test_a_burst_of_changes_is_one_write_of_the_newest() -> None:
    disk = Disk()
    saver = BackgroundSaver(disk.save, delay=0.2)
    for item in range(50):
        saver.submit(item)
    assert saver.flush(5)
    assert disk.writes == [49]
    saver.close()


def test_changes_are_written_after_the_delay_without_a_flush() -> None:
    disk = Disk()
    saved = threading.Event()
    saver = BackgroundSaver(disk.save, delay=0.05, on_saved=lambda recovered: saved.set())
    saver.submit(1)
    assert saved.wait(5)
    assert disk.writes == [1]
    saver.close()


def test_submit_returns_at_once_while_a_write_is_slow() -> None:
    disk = Disk()
    disk.gate.clear()  # the disk hangs
    saver = BackgroundSaver(disk.save, delay=0.0)
    saver.submit(1)
    time.sleep(0.05)
    began = time.monotonic()
    saver.submit(2)
    assert time.monotonic() - began < 0.5  # the caller (the event loop) never waits for the disk
    disk.gate.set()
    assert saver.flush(5)
    assert disk.writes == [1, 2]
    saver.close()


def test_a_failed_write_is_kept_reported_and_retried() -> None:
    disk = Disk()
    disk.fail = True
    errors: list[Exception] = []
    recovered: list[bool] = []
    saver = BackgroundSaver(disk.save, delay=0.0, retry=0.05, on_error=errors.append, on_saved=recovered.append)
    saver.submit(7)
    assert not saver.flush(1)  # one more attempt is made, and it fails too
    assert errors and isinstance(errors[0], OSError) and saver.failing
    disk.fail = False
    assert saver.flush(5)
    assert disk.writes == [7] and recovered[-1] is True and not saver.failing
    saver.close()


def test_a_newer_change_replaces_a_failed_one() -> None:
    disk = Disk()
    disk.fail = True
    saver = BackgroundSaver(disk.save, delay=0.0, retry=0.05)
    saver.submit(1)
    saver.flush(1)
    saver.submit(2)
    disk.fail = False
    assert saver.flush(5)
    assert disk.writes == [2]
    saver.close()


def test_close_flushes_and_refuses_more() -> None:
    disk = Disk()
    saver = BackgroundSaver(disk.save, delay=10.0)  # only the flush can write it in time
    saver.submit(3)
    assert saver.close(5)
    assert disk.writes == [3]
    try:
        saver.submit(4)
    except RuntimeError:
        pass
    else:
        raise AssertionError("submit after close must fail")


def test_a_failing_listener_does_not_stop_the_saving() -> None:
    disk = Disk()

    def broken(recovered: bool) -> None:
        raise RuntimeError("the app has closed")

    saver = BackgroundSaver(disk.save, delay=0.0, on_saved=broken)
    saver.submit(1)
    assert saver.flush(5)
    saver.submit(2)
    assert saver.flush(5)
    assert disk.writes == [1, 2]
    saver.close()
