"""Plain-text documents made from strings, for the tests of the pipeline and its cache."""

from __future__ import annotations

from tui.core.documents import Document, paragraph_blocks


def text_documents(texts: list[str]) -> list[Document]:
    """One `.txt` document per text: ids `d0`, `d1`…, titles `Story 0`, `Story 1`…"""
    return [
        Document(
            id=f"d{n}",
            title=f"Story {n}",
            text=text,
            blocks=paragraph_blocks(text),
            path=f"d{n}.txt",
            format="txt",
        )
        for n, text in enumerate(texts)
    ]
