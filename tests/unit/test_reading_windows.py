"""A fixed-width window of the request never starts or ends inside a word."""
from agents.generation import windows


def test_window_before_blanks_the_tail_of_a_cut_word():
    text = "we run two shops 5 streets apart"
    at = text.index("5")
    assert windows.before(text, at, 8) == "  shops "  # "wo shops ": the end of "two" is no word
    assert windows.before(text, at, 3) == "   "  # "ps ": no aside marker "p.s." inside "shops"


def test_window_before_keeps_a_word_that_starts_at_the_cut():
    text = "name Hyper"
    assert windows.before(text, len(text), 5) == "Hyper"
    assert windows.before(text, len(text), 6) == " Hyper"


def test_window_before_that_reaches_the_start_is_the_whole_prefix():
    assert windows.before("ps 5", 3, 40) == "ps "


def test_window_after_blanks_the_head_of_a_cut_word():
    text = "5 kmart stores"
    window = windows.after(text, 1, 3)
    assert window == "   "
    assert windows.after(text, 1, 7) == " kmart "


def test_window_after_keeps_a_word_that_ends_at_the_cut():
    assert windows.after("5 km away", 1, 3) == " km"


def test_windows_keep_their_width_so_offsets_hold():
    text = "the workshops hold 40 looms"
    for width in range(0, 30):
        assert len(windows.before(text, text.index("40"), width)) == min(width, text.index("40"))
        assert len(windows.after(text, 0, width)) == min(width, len(text))
