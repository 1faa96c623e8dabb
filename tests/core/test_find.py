from tui.core.find import find_all


def test_every_occurrence_in_any_case_and_across_line_breaks():
    text = "Rafah is near. RAFAH crossing,\nthe rafah\ncrossing."
    assert find_all(text, "rafah") == [(0, 5), (15, 20), (35, 40)]
    assert [text[a:b] for a, b in find_all(text, "rafah crossing")] == [
        "RAFAH crossing",
        "rafah\ncrossing",
    ]
    assert find_all(text, "  ") == [] and find_all(text, "(") == []
