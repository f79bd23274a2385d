"""Words outside Qt: read from the compiled .qm, the same as the .ts says, only when wanted."""

from __future__ import annotations

import pytest

from kmdesk import wording
from kmdesk.paths import resource


def test_the_qm_reader_gives_every_word_the_ts_gives():
    from_qm = wording._read_qm(resource("i18n", "kmdesk_th.qm").read_bytes())
    from_ts = wording._read_ts(resource("i18n", "kmdesk_th.ts"))
    assert len(from_ts) > 1000
    assert from_qm == from_ts


def test_argparse_words_come_out_in_thai():
    # as written in kmdesk_th.ts by the translator
    assert wording.translate("ArgumentParser", "usage: ", "th") == "วิธีใช้: "
    assert wording.translate("ArgumentParser", "usage: ", "en") == "usage: "
    assert wording.translate("NoSuchContext", "never translated", "th") == "never translated"


def test_english_never_reads_the_thai_file():
    wording._thai.cache_clear()
    try:
        assert wording.translate("ArgumentParser", "usage: ", "en") == "usage: "
        assert wording._thai.cache_info().currsize == 0
    finally:
        wording._thai.cache_clear()


def test_a_file_that_is_not_a_qm_is_refused():
    with pytest.raises(ValueError, match="not a Qt translation"):
        wording._read_qm(b"<?xml version='1.0'?><TS/>" + bytes(16))
