"""The garbage collector held back while a document is built (``innovkit.collector``), and
given back as it was, even when the command fails."""

from __future__ import annotations

import gc

import pytest

from innovkit.collector import collector_held


def test_no_collection_inside_and_the_collector_as_it_was_after() -> None:
    assert gc.isenabled()
    with collector_held():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_after_a_failure() -> None:
    with pytest.raises(ZeroDivisionError), collector_held():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_switched_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_held():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_report_export_holds_it(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    from innovkit.journal import reportwords

    render = reportwords.render_report

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return render(*args, **kwargs)

    monkeypatch.setattr(reportwords, "render_report", watched)
    result = cli("journal", "export", "--month", "2026-06")
    assert result.exit_code == 0, result.stderr
    assert seen == [False]
    assert gc.isenabled()
