"""Properties of strip_boilerplate on the seed corpus.

Injecting a known piece of furniture between two body paragraphs removes
exactly that line and leaves every paragraph as it was; the order of the
furniture lines does not change which lines are removed.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from conftest import SEED_NAMES, read_seed
from strategies import BOILERPLATE_LINES

_seed = st.sampled_from(SEED_NAMES)
_line = st.sampled_from(BOILERPLATE_LINES)


def _split(text: str) -> tuple[list[str], str]:
    """Lines of a seed and the separator it uses between paragraphs."""
    sep = "\n\n" if "\n\n" in text else "\n"
    return text.split(sep), sep


@settings(max_examples=40, deadline=None)
@given(_seed, _line, st.data())
def test_injected_line_is_removed_and_nothing_else_changes(
    name: str, line: str, data: st.DataObject
) -> None:
    text = read_seed(name)
    before = newsclean.clean(text)
    body = before.paragraphs
    lines, sep = _split(text)
    body_positions = [i for i, ln in enumerate(lines) if ln.strip() and ln.strip() in body]
    gaps = [i + 1 for i in body_positions if i + 1 in body_positions or i + 2 in body_positions]
    if not gaps:
        return
    at = data.draw(st.sampled_from(gaps))
    injected = sep.join([*lines[:at], line, *lines[at:]])
    after = newsclean.clean(injected)
    assert after.paragraphs == body
    count = sum(r.text == line for r in after.removed) - sum(r.text == line for r in before.removed)
    assert count == 1
    assert len(after.removed) == len(before.removed) + 1


@settings(max_examples=30, deadline=None)
@given(_seed, st.lists(_line, min_size=2, max_size=5, unique=True), st.randoms())
def test_order_of_furniture_does_not_change_what_is_removed(
    name: str, furniture: list[str], rnd: object
) -> None:
    text = read_seed(name)
    shuffled = list(furniture)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    one = newsclean.clean(text + "\n\n" + "\n\n".join(furniture))
    two = newsclean.clean(text + "\n\n" + "\n\n".join(shuffled))
    assert one.paragraphs == two.paragraphs
    assert sorted(r.text for r in one.removed) == sorted(r.text for r in two.removed)
