"""The task runner's LatestTask: a newer request cancels the older one and drops its late callbacks."""

from __future__ import annotations

import threading

from app.ui.tasks import LatestTask, TaskContext, TaskRunner


def test_a_newer_request_drops_the_older_ones_results(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(synchronous=False)
    job = LatestTask(runner)
    sent, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def slow(task: TaskContext, label: str) -> str:
        task.partial(label)  # queued for the GUI thread, which sees it only after the newer request started
        sent.set()
        release.wait(10)
        return label  # finishes even though cancelled: `slow` never checks, as careless work might not

    job.submit(slow, "old", name="old", on_partial=seen.append, on_done=seen.append)
    old = job.generation
    assert job.is_busy() and sent.wait(10)
    job.submit(lambda task, label: label, "new", name="new", on_done=seen.append)
    assert not job.is_current(old)
    qtbot.waitUntil(lambda: "new" in seen, timeout=10_000)
    release.set()
    assert runner.wait(10_000)
    qtbot.wait(50)  # let queued signals from the old task arrive
    assert seen == ["new"]
    assert not job.is_busy()


def test_cancel_stops_the_job_and_silences_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(synchronous=False)
    job = LatestTask(runner)
    started, stopped = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def loop(task: TaskContext) -> None:
        started.set()
        while not task.cancelled:
            task.progress(1, 2)
        stopped.set()

    job.submit(loop, name="loop", on_progress=lambda *_: errors.append(RuntimeError("progress after cancel")))
    assert started.wait(10)
    job.cancel()
    assert stopped.wait(10) and runner.wait(10_000)
    qtbot.wait(50)  # progress the loop sent before it stopped is still queued: it is delivered now, and dropped
    assert errors == []
    assert not job.is_busy()
