"""What the attribution tests read off an annotation: each quote's words, speaker mention and
person, so a test states an article and the attributions it expects."""

from tui.core.annotation import annotate

INTRO = "Marcus Webb, the harbour master, met fishermen on Tuesday.\n\n"


def attributions(text):
    """(quoted words, speaker mention, person name) for each quote, in order."""
    annotation = annotate(text)
    return [
        (
            text[q.content_start : q.content_end],
            text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
            annotation.speaker_name(q),
        )
        for q in annotation.quotes
    ]


def speakers(text):
    return [name for _, _, name in attributions(text)]


def mentions(text):
    return [mention for _, mention, _ in attributions(text)]
