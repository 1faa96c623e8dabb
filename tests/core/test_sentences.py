from tui.core.sentences import sentence_end


def end_after(text: str, marker: str) -> str:
    return text[: sentence_end(text, text.index(marker), len(text))]


def test_a_sentence_goes_on_after_a_quote_closed_by_a_comma():
    text = '"It is late," President Biden\'s top diplomat said. Then he left.'
    assert end_after(text, ',"') == '"It is late," President Biden\'s top diplomat said.'


def test_a_quote_ending_in_a_full_stop_ends_its_sentence():
    text = '"It could be." Then he left.'
    assert end_after(text, '."') == '"It could be."'


def test_a_question_inside_a_sentence_does_not_end_it():
    text = '"Why now?" she asked Mr. Park. He did not answer.'
    assert end_after(text, "now") == '"Why now?" she asked Mr. Park.'


def test_without_a_full_stop_the_paragraph_end_is_the_sentence_end():
    text = '"It is late," he said'
    assert sentence_end(text, 3, len(text)) == len(text)
